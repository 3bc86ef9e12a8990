/**
 * FuncAnimation and ArtistAnimation running live on the canvas's timers (fake timers make the
 * schedule exact): frame sources, start on first draw, repeat, pause/resume, close, blitting and its
 * fallback, the error path, and bad input.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../src/backends/index.js';
import { AnimationError, ArtistAnimation, FuncAnimation } from '../../../../src/figure/animation/index.js';
import type { Axes } from '../../../../src/figure/Axes.js';
import { Figure } from '../../../../src/figure/Figure.js';
import type { Line2D } from '../../../../src/figure/Line2D.js';

function scene(): { fig: Figure; ax: Axes; line: Line2D } {
  const fig = new Figure({ figsize: [2, 1.5], dpi: 50 });
  const ax = fig.addSubplot();
  const [line] = ax.plot([0, 1], [0, 1]);
  return { fig, ax, line: line! };
}

/** Records every frame the function is called with. */
function recorder<T = number>(): { seen: T[]; func: (f: T) => void } {
  const seen: T[] = [];
  return { seen, func: (f: T) => void seen.push(f) };
}

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FuncAnimation: starting and stepping', () => {
  it('starts on the first draw of the figure, not before', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const anim = new FuncAnimation(fig, func, { frames: 3, interval: 10, repeat: false });
    await tick(100);
    expect(seen).toEqual([]);
    expect(anim.running).toBe(false);
    fig.canvas.draw();
    // The initial draw shows the first frame, then the timer steps through all of them.
    expect(seen).toEqual([0]);
    expect(anim.running).toBe(true);
    await tick(10);
    expect(seen).toEqual([0, 0]);
    await tick(20);
    expect(seen).toEqual([0, 0, 1, 2]);
  });

  it('stops its timer when the frames run out and repeat is false', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const anim = new FuncAnimation(fig, func, { frames: 2, interval: 10, repeat: false });
    fig.canvas.draw();
    await tick(200);
    expect(seen).toEqual([0, 0, 1]);
    expect(anim.eventSource).toBeNull();
    expect(() => anim.resume()).toThrow('FuncAnimation.resume: the animation has stopped');
  });

  it('repeats after repeatDelay, redrawing the initial frame first', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const init = vi.fn();
    new FuncAnimation(fig, func, { frames: 2, interval: 10, repeatDelay: 50, initFunc: init });
    fig.canvas.draw();
    expect(init).toHaveBeenCalledTimes(1);
    await tick(30); // frames 0 and 1, then the end: initFunc again and a 50 ms pause
    expect(seen).toEqual([0, 1]);
    expect(init).toHaveBeenCalledTimes(2);
    await tick(49);
    expect(seen).toEqual([0, 1]);
    await tick(1);
    expect(seen).toEqual([0, 1, 0]);
    await tick(10);
    expect(seen).toEqual([0, 1, 0, 1]);
  });

  it('asks for a coalesced redraw after each frame', async () => {
    const { fig, line } = scene();
    new FuncAnimation(fig, (i: number) => void line.setYdata([i, i]), {
      frames: 5,
      interval: 10,
      repeat: false,
    });
    fig.canvas.draw();
    const before = fig.canvas.drawCount;
    for (let i = 1; i <= 4; i++) {
      await tick(10);
      expect(fig.canvas.drawPending).toBe(true);
      fig.canvas.flushEvents();
      expect(fig.canvas.drawCount).toBe(before + i);
    }
  });

  it('pause() stops the frames and resume() continues from the same place', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const anim = new FuncAnimation(fig, func, { frames: 10, interval: 10 });
    fig.canvas.draw();
    await tick(20);
    anim.pause();
    expect(anim.running).toBe(false);
    await tick(100);
    expect(seen).toEqual([0, 0, 1]);
    anim.resume();
    await tick(20);
    expect(seen).toEqual([0, 0, 1, 2, 3]);
  });

  it('pausing before the first draw keeps it from starting until resume()', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const anim = new FuncAnimation(fig, func, { frames: 10, interval: 10 });
    anim.pause();
    fig.canvas.draw();
    await tick(50);
    expect(seen).toEqual([0]);
    anim.resume();
    await tick(10);
    expect(seen).toEqual([0, 0]);
  });

  it('closing the figure stops the animation', async () => {
    const { fig } = scene();
    const { seen, func } = recorder();
    const anim = new FuncAnimation(fig, func, { frames: 10, interval: 10 });
    fig.canvas.draw();
    await tick(10);
    fig.canvas.close();
    await tick(100);
    expect(seen).toEqual([0, 0]);
    expect(anim.eventSource).toBeNull();
  });

  it('passes fargs after the frame', async () => {
    const { fig } = scene();
    const calls: unknown[][] = [];
    new FuncAnimation(fig, (f: number, a: string, b: number) => void calls.push([f, a, b]), {
      frames: 1,
      fargs: ['x', 2],
      repeat: false,
      interval: 5,
    });
    fig.canvas.draw();
    await tick(5);
    expect(calls).toEqual([
      [0, 'x', 2],
      [0, 'x', 2],
    ]);
  });
});

describe('FuncAnimation: frame sources', () => {
  async function play<T>(frames: unknown, ms: number, extra: object = {}): Promise<T[]> {
    const { fig } = scene();
    const { seen, func } = recorder<T>();
    new FuncAnimation(fig, func, {
      frames: frames as never,
      interval: 10,
      repeat: false,
      initFunc: () => {},
      ...extra,
    });
    fig.canvas.draw();
    await tick(ms);
    return seen;
  }

  it('a count n gives 0..n-1', async () => expect(await play(4, 100)).toEqual([0, 1, 2, 3]));
  it('an array gives its elements', async () => expect(await play(['a', 'b'], 100)).toEqual(['a', 'b']));
  it('a Set and a string are iterated', async () => {
    expect(await play(new Set([5, 6]), 100)).toEqual([5, 6]);
    expect(await play('xy', 100)).toEqual(['x', 'y']);
  });
  it('a generator is drawn as it yields', async () => {
    function* gen() {
      yield 10;
      yield 20;
    }
    expect(await play(gen(), 100)).toEqual([10, 20]);
  });
  it('a generator function makes a fresh generator for every pass', async () => {
    function* gen() {
      yield 1;
      yield 2;
    }
    expect(await play(gen, 45, { repeat: true })).toEqual([1, 2, 1, 2]);
  });
  it('a generator object is replayed from a buffer when the animation repeats', async () => {
    function* gen() {
      yield 'p';
      yield 'q';
    }
    expect(await play(gen(), 45, { repeat: true })).toEqual(['p', 'q', 'p', 'q']);
  });
  it('an async iterable: each value is awaited, and ticks wait for it', async () => {
    async function* stream() {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, 25));
        yield i * 100;
      }
    }
    const seen = await play<number>(stream(), 40);
    expect(seen).toEqual([0]);
    expect(await play(stream(), 200)).toEqual([0, 100, 200]);
  });
  it('undefined counts forever', async () => {
    const seen = await play(undefined, 300);
    expect(seen.length).toBe(30);
    expect(seen.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

describe('FuncAnimation: errors', () => {
  it('an exception in func stops the animation and is reported with the frame to the canvas error handler', async () => {
    const { fig } = scene();
    const errors: [unknown, string][] = [];
    fig.canvas.callbacks.onError = (e, signal) => void errors.push([e, signal]);
    const anim = new FuncAnimation(
      fig,
      (i: number) => {
        if (i === 2) throw new Error('bad data');
      },
      { frames: 5, interval: 10 },
    );
    fig.canvas.draw();
    await tick(100);
    expect(anim.eventSource).toBeNull();
    expect(errors.length).toBe(1);
    const [err, signal] = errors[0]!;
    expect(signal).toBe('animation');
    expect(err).toBeInstanceOf(AnimationError);
    expect((err as AnimationError).frame).toBe(2);
    expect((err as Error).message).toBe(
      'FuncAnimation: the animation stopped: an error was thrown at frame 2: bad data',
    );
  });

  it('a rejecting async frame source is reported, never an unhandled rejection', async () => {
    const { fig } = scene();
    const errors: unknown[] = [];
    fig.canvas.callbacks.onError = (e) => void errors.push(e);
    async function* broken(): AsyncGenerator<number> {
      yield 1;
      throw new Error('socket closed');
    }
    const anim = new FuncAnimation(fig, () => {}, { frames: broken(), interval: 10, cacheFrameData: false });
    fig.canvas.draw();
    await tick(100);
    expect(anim.eventSource).toBeNull();
    expect(String(errors[0])).toContain('while taking the next frame: socket closed');
  });
});

describe('FuncAnimation: bad input', () => {
  it('rejects non-positive or non-finite intervals, naming the value', () => {
    const { fig } = scene();
    for (const interval of [0, -5, NaN, Infinity])
      expect(() => new FuncAnimation(fig, () => {}, { interval })).toThrow(
        /^FuncAnimation: invalid interval/,
      );
  });
  it('rejects frames of a wrong type', () => {
    const { fig } = scene();
    for (const frames of [{}, true, -1, 2.5])
      expect(() => new FuncAnimation(fig, () => {}, { frames: frames as never })).toThrow(
        /^FuncAnimation: invalid frames .*expected a count/,
      );
    const bad = () => 42 as never;
    expect(() => new FuncAnimation(fig, () => {}, { frames: bad })).toThrow(
      'FuncAnimation: the frames function returned 42; expected an iterable',
    );
  });
  it('rejects unknown options, a missing function and a bad repeatDelay', () => {
    const { fig } = scene();
    expect(() => new FuncAnimation(fig, () => {}, { intervall: 5 } as never)).toThrow(
      'FuncAnimation: unknown option "intervall" (did you mean "interval"?)',
    );
    expect(() => new FuncAnimation(fig, 'f' as never)).toThrow('FuncAnimation: invalid func "f"');
    expect(() => new FuncAnimation(fig, () => {}, { repeatDelay: -1 })).toThrow('invalid repeatDelay -1');
    expect(() => new FuncAnimation(fig, () => {}, { saveCount: 2.5 })).toThrow('invalid saveCount 2.5');
  });
});

describe('ArtistAnimation', () => {
  it('shows one group of artists per frame and hides the others', async () => {
    const { fig, ax } = scene();
    const groups = [0, 1, 2].map((i) => ax.plot([0, 1], [i, i]));
    const anim = new ArtistAnimation(fig, groups, { interval: 10, repeat: false });
    const visible = () => groups.map((g) => g[0]!.getVisible());
    fig.canvas.draw();
    expect(visible()).toEqual([false, false, false]);
    await tick(10);
    expect(visible()).toEqual([true, false, false]);
    await tick(10);
    expect(visible()).toEqual([false, true, false]);
    await tick(10);
    expect(visible()).toEqual([false, false, true]);
    await tick(10);
    expect(anim.eventSource).toBeNull();
  });

  it('rejects frames that are not arrays of artists', () => {
    const { fig } = scene();
    expect(() => new ArtistAnimation(fig, 'x' as never)).toThrow('ArtistAnimation: invalid artists "x"');
    expect(() => new ArtistAnimation(fig, [[1 as never]])).toThrow('ArtistAnimation: invalid frame 0');
  });
});
