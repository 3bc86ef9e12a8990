/**
 * DESIGN.md section 6, rule by rule, on the template backend: its outputs record every delivered
 * frame, so draws are counted exactly. Rule 12 (pages reattaching after a restart) belongs to the
 * web backend and is tested there.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TemplateOutput } from '../../../src/backends/template/TemplateOutput.js';
import { nextMacrotask } from '../../../src/core/scheduler.js';
import type { Axes } from '../../../src/figure/Axes.js';
import type { Figure } from '../../../src/figure/Figure.js';
import * as plt from '../../../src/pyplot.js';

const frames = (fig: Figure) => (fig.canvas.getOutput() as TemplateOutput).frames.length;
let restoreMode: plt.InteractiveModeHandle;

function newFigure(): [Figure, Axes] {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  return [fig, ax];
}

beforeEach(() => {
  plt.use('template');
  restoreMode = plt.ioff();
});
afterEach(() => {
  plt.close('all');
  restoreMode.restore();
});

describe('rule 1: canvas.draw()', () => {
  it('renders synchronously, clears staleness, fires draw_event and delivers the frame', () => {
    const [fig, ax] = newFigure();
    ax.plot([1, 2, 3]);
    const seen: string[] = [];
    fig.canvas.mplConnect('draw_event', (e) => seen.push(e.name));
    expect(fig.stale).toBe(true);
    fig.canvas.draw();
    expect(fig.stale).toBe(false);
    expect(seen).toEqual(['draw_event']);
    expect(frames(fig)).toBe(1);
  });
});

describe('rule 2: drawIdle() coalesces', () => {
  it('many requests produce one draw at the next macrotask', async () => {
    const [fig] = newFigure();
    for (let i = 0; i < 100; i++) fig.canvas.drawIdle();
    expect(frames(fig)).toBe(0);
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
  });
  it('flushEvents() runs a pending idle draw synchronously', () => {
    const [fig] = newFigure();
    fig.canvas.drawIdle();
    fig.canvas.flushEvents();
    expect(frames(fig)).toBe(1);
  });
  it('an explicit draw() satisfies the pending request', async () => {
    const [fig] = newFigure();
    fig.canvas.drawIdle();
    fig.canvas.draw();
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
  });
});

describe('rule 3: interactive mode', () => {
  it('1000 setter calls under ion() and one turn of the event loop produce exactly one draw', async () => {
    const [fig, ax] = newFigure();
    const [line] = ax.plot([0, 1], [0, 1]);
    using _ = plt.ion();
    for (let i = 0; i < 1000; i++) line!.setYdata([0, i]);
    expect(frames(fig)).toBe(0);
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
  });
  it('under ioff() changes draw nothing until draw()', async () => {
    const [fig, ax] = newFigure();
    ax.plot([1, 2]);
    await nextMacrotask();
    expect(frames(fig)).toBe(0);
    plt.draw();
    expect(frames(fig)).toBe(1);
  });
  it('ion() and ioff() return a handle that restores the previous mode (using)', () => {
    expect(plt.isInteractive()).toBe(false);
    {
      using _on = plt.ion();
      expect(plt.isInteractive()).toBe(true);
      {
        using _off = plt.ioff();
        expect(plt.isInteractive()).toBe(false);
      }
      expect(plt.isInteractive()).toBe(true);
    }
    expect(plt.isInteractive()).toBe(false);
  });
  it('a draw does not request another draw (no redraw loop)', async () => {
    using _ = plt.ion();
    const [fig, ax] = newFigure();
    ax.setTitle('t');
    await nextMacrotask();
    await nextMacrotask();
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
  });
});

describe('rule 4: input is queued and dispatched in order, never during user code', () => {
  it('events wait in the queue while user code runs, then arrive in arrival order', async () => {
    const [fig] = newFigure();
    const got: string[] = [];
    fig.canvas.mplConnect('button_press_event', (e) => got.push(`press ${e.x}`));
    fig.canvas.mplConnect('key_press_event', (e) => got.push(`key ${e.key}`));
    fig.canvas.injectEvent({ type: 'button_press_event', x: 100, y: 100, button: 1 });
    fig.canvas.injectEvent({ type: 'key_press_event', key: 'a' });
    fig.canvas.injectEvent({ type: 'button_press_event', x: 200, y: 100, button: 1 });
    // Synchronous user code still running: nothing dispatched.
    expect(got).toEqual([]);
    await nextMacrotask();
    expect(got).toEqual(['press 100', 'key a', 'press 200']);
  });
  it('fills in inaxes, xdata and ydata in display pixels from the bottom-left', () => {
    const [fig, ax] = newFigure();
    ax.setXlim(0, 10);
    ax.setYlim(0, 1);
    let ev: { inaxes: unknown; xdata: number | null; ydata: number | null } | null = null;
    fig.canvas.mplConnect('button_press_event', (e) => (ev = e));
    fig.canvas.injectEvent({ type: 'button_press_event', x: 80 + 496 / 2, y: 52.8 + 369.6 / 4, button: 1 });
    fig.canvas.flushEvents();
    expect(ev!.inaxes).toBe(ax);
    expect(ev!.xdata).toBeCloseTo(5, 9);
    expect(ev!.ydata).toBeCloseTo(0.25, 9);
  });
});

describe('rule 5: flushEvents() is synchronous', () => {
  it('draws, delivers and dispatches before it returns', () => {
    const [fig] = newFigure();
    let pressed = 0;
    fig.canvas.mplConnect('button_press_event', () => pressed++);
    fig.canvas.drawIdle();
    fig.canvas.injectEvent({ type: 'button_press_event', x: 10, y: 10, button: 1 });
    plt.flushEvents();
    expect(frames(fig)).toBe(1);
    expect(pressed).toBe(1);
  });
});

describe('rule 6: pause()', () => {
  it('draws stale shown figures and dispatches input that arrives while it waits', async () => {
    const [fig, ax] = newFigure();
    ax.plot([1, 2, 3]);
    const got: number[] = [];
    fig.canvas.mplConnect('button_press_event', (e) => got.push(e.x!));
    setTimeout(() => fig.canvas.injectEvent({ type: 'button_press_event', x: 42, y: 42, button: 1 }), 10);
    await plt.pause(0.05);
    expect(fig.canvas.shown).toBe(true);
    expect(frames(fig)).toBe(1);
    expect(got).toEqual([42]);
  });
  it('never blocks the process: other work runs during the pause', async () => {
    newFigure();
    let ticks = 0;
    const t = setInterval(() => ticks++, 5);
    await plt.pause(0.06);
    clearInterval(t);
    expect(ticks).toBeGreaterThan(3);
  });
});

describe('rule 7: show()', () => {
  it('with ioff() shows every figure and resolves when the views have closed them', async () => {
    const [a] = newFigure();
    const [b] = newFigure();
    let resolved = false;
    const shown = plt.show().then(() => (resolved = true));
    await nextMacrotask();
    expect(a.canvas.shown && b.canvas.shown).toBe(true);
    expect(resolved).toBe(false);
    a.canvas.injectEvent({ type: 'close_event' });
    await nextMacrotask();
    expect(resolved).toBe(false);
    b.canvas.injectEvent({ type: 'close_event' });
    await shown;
    expect(plt.getFignums()).toEqual([]);
  });
  it('with ion() or block: false shows and resolves at once', async () => {
    const [fig] = newFigure();
    await plt.show({ block: false });
    expect(fig.canvas.shown).toBe(true);
    using _ = plt.ion();
    await plt.show();
  });
  it('a file backend warns that it cannot show and resolves', async () => {
    plt.use('agg');
    newFigure();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await plt.show();
    expect(warn.mock.calls[0]![0]).toMatch(/'agg' backend cannot show figures/);
    warn.mockRestore();
  });
});

describe('rule 8: a synchronous loop without flush shows only its final state', () => {
  it('delivers one frame after the loop, of the last state', async () => {
    using _ = plt.ion();
    const [fig, ax] = newFigure();
    const [line] = ax.plot([0, 1], [0, 0]);
    for (let i = 1; i <= 50; i++) {
      line!.setYdata([0, i]);
      ax.relim();
      ax.autoscaleView();
    }
    expect(frames(fig)).toBe(0);
    await nextMacrotask();
    expect(frames(fig)).toBe(1);
    expect(ax.getYlim()[1]).toBeGreaterThan(49);
  });
  it('with flushEvents() inside the loop every step is delivered as it is drawn', () => {
    using _ = plt.ion();
    const [fig, ax] = newFigure();
    const [line] = ax.plot([0, 1], [0, 0]);
    for (let i = 1; i <= 20; i++) {
      line!.setYdata([0, i]);
      fig.canvas.flushEvents();
    }
    expect(frames(fig)).toBe(20);
  });
});

describe('rule 9: timers', () => {
  it('a callback returning false is removed; with no callbacks left the timer stops', async () => {
    const [fig] = newFigure();
    let a = 0, b = 0; // prettier-ignore
    const timer = fig.canvas.newTimer({
      interval: 5,
      callbacks: [() => (++a >= 2 ? false : true), () => (++b >= 4 ? false : true)],
    });
    timer.start();
    await new Promise((r) => setTimeout(r, 80));
    expect([a, b]).toEqual([2, 4]);
    expect(timer.running).toBe(false);
  });
  it('a single-shot timer fires once', async () => {
    const [fig] = newFigure();
    let n = 0;
    fig.canvas.newTimer({ interval: 5, singleShot: true, callbacks: [() => n++] }).start();
    await new Promise((r) => setTimeout(r, 40));
    expect(n).toBe(1);
  });
});

describe('rule 10: background work is applied on the main thread', () => {
  it('data from an async producer updates the figure between turns, drawn coalesced', async () => {
    using _ = plt.ion();
    const [fig, ax] = newFigure();
    const [line] = ax.plot([0], [0]);
    const xs: number[] = [];
    async function* producer() {
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 2));
        yield i;
      }
    }
    for await (const v of producer()) {
      xs.push(v);
      line!.setData(xs, xs);
    }
    await nextMacrotask();
    expect(frames(fig)).toBeGreaterThanOrEqual(1);
    expect(frames(fig)).toBeLessThanOrEqual(11);
    expect(line!.getXdata().length).toBe(10);
  });
});

describe('rule 11: close()', () => {
  it('detaches the figure, tells its views, fires close_event, and the figure can still be saved', () => {
    const [fig] = newFigure();
    const output = fig.canvas.getOutput() as TemplateOutput;
    output.show();
    let closed = 0;
    fig.canvas.mplConnect('close_event', () => closed++);
    plt.close(fig);
    expect(closed).toBe(1);
    expect(output.isClosed).toBe(true);
    expect(plt.figExists(fig.number!)).toBe(false);
    expect(fig.toBuffer('png').length).toBeGreaterThan(100);
  });
  it("close('all'), by number and by label", () => {
    plt.figure('loss');
    plt.figure(7);
    plt.figure();
    plt.close('loss');
    expect(plt.getFiglabels()).not.toContain('loss');
    plt.close(7);
    expect(plt.getFignums()).toEqual([8]);
    plt.close('all');
    expect(plt.getFignums()).toEqual([]);
  });
  it('use() at run time moves open figures with their state; the next draw goes to the new backend', () => {
    const [fig, ax] = newFigure();
    ax.plot([0, 10], [0, 5]);
    ax.setXlim(2, 8);
    const before = fig.canvas.getOutput();
    plt.use('agg');
    expect(fig.canvas.getOutput()).not.toBe(before);
    expect((before as TemplateOutput).isClosed).toBe(true);
    expect(ax.getXlim()).toEqual([2, 8]);
    expect(ax.getChildren().length).toBe(1);
    fig.canvas.draw();
    expect((before as TemplateOutput).frames.length).toBe(0);
    plt.use('template');
    fig.canvas.draw();
    expect(frames(fig)).toBe(1);
  });
});
