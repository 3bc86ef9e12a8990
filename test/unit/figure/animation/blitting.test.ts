/**
 * Blitting in animations: the background/draw/blit sequence on an output that records it, the
 * fallback where the backend cannot blit, figures moving between backends, and the real raster
 * output, whose surface after blitted frames must equal a full draw of the same state.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../src/backends/index.js';
import { RasterOutput } from '../../../../src/backends/canvas/RasterOutput.js';
import type { Bbox } from '../../../../src/core/Bbox.js';
import type { CanvasOutput, PixelRegion } from '../../../../src/core/canvasOutput.js';
import { NullRenderer } from '../../../../src/core/NullRenderer.js';
import type { RenderTarget } from '../../../../src/core/output.js';
import type { Renderer } from '../../../../src/core/renderer.js';
import { FuncAnimation } from '../../../../src/figure/animation/index.js';
import type { Axes } from '../../../../src/figure/Axes.js';
import { Figure } from '../../../../src/figure/Figure.js';
import type { Line2D } from '../../../../src/figure/Line2D.js';

function scene(): { fig: Figure; ax: Axes; line: Line2D } {
  const fig = new Figure({ figsize: [2, 1.5], dpi: 50 });
  const ax = fig.addSubplot();
  const [line] = ax.plot([0, 1], [0, 1]);
  return { fig, ax, line: line! };
}

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A raster-like output that records the blitting primitives. */
class BlitOutput implements CanvasOutput {
  readonly shown = true;
  readonly log: string[] = [];
  private last: Renderer | null = null;
  draw(target: RenderTarget): Renderer {
    const [w, h] = target.getSizeInches();
    this.last = new NullRenderer(w * target.dpi, h * target.dpi, target.dpi);
    target.drawWith(this.last);
    this.log.push('draw');
    return this.last;
  }
  lastRenderer(): Renderer | null {
    return this.last;
  }
  close(): void {}
  copyFromBbox(bbox: Bbox): PixelRegion {
    this.log.push('copy');
    return { bbox };
  }
  restoreRegion(): void {
    this.log.push('restore');
  }
  blit(): void {
    this.log.push('blit');
  }
}

describe('FuncAnimation: blitting', () => {
  it('with blit, a function that returns no artists is reported', async () => {
    const { fig } = scene();
    fig.canvas.setOutput(new BlitOutput());
    const errors: unknown[] = [];
    fig.canvas.callbacks.onError = (e) => void errors.push(e);
    new FuncAnimation(fig, () => {}, { frames: 3, interval: 10, blit: true });
    await tick(50);
    expect(String(errors[0])).toContain(
      'with blit: true, the animation function must return the artists it changed',
    );
  });

  it('restores the background, draws only the returned artists and blits their axes', async () => {
    const { fig, line } = scene();
    const out = new BlitOutput();
    fig.canvas.setOutput(out);
    const draws = vi.spyOn(line, 'draw');
    const anim = new FuncAnimation(
      fig,
      (i: number) => {
        line.setYdata([i, -i]);
        return [line];
      },
      { frames: 3, interval: 10, blit: true, repeat: false },
    );
    expect(anim.blit).toBe(true);
    // The blitted animation asks for its first draw itself.
    expect(fig.canvas.drawPending).toBe(true);
    fig.canvas.flushEvents();
    expect(out.log).toEqual(['draw']);
    expect(line.getAnimated()).toBe(true);
    // Animated artists are left out of full draws.
    expect(draws).not.toHaveBeenCalled();
    await tick(10);
    expect(out.log).toEqual(['draw', 'copy', 'blit']);
    await tick(10);
    expect(out.log).toEqual(['draw', 'copy', 'blit', 'restore', 'blit']);
    expect(draws).toHaveBeenCalledTimes(2);
    // A full draw forgets the saved background; the next frame saves a fresh one.
    fig.canvas.draw();
    await tick(10);
    expect(out.log.slice(-3)).toEqual(['draw', 'copy', 'blit']);
    await tick(50);
    // Stopped: the line is an ordinary artist again.
    expect(line.getAnimated()).toBe(false);
  });

  it('falls back to drawIdle where the backend cannot blit (the default output)', async () => {
    const { fig, line } = scene();
    const anim = new FuncAnimation(fig, () => [line], { frames: 3, interval: 10, blit: true });
    expect(fig.canvas.supportsBlit).toBe(false);
    expect(anim.blit).toBe(false);
    expect(line.getAnimated()).toBe(false);
    fig.canvas.draw();
    await tick(10);
    expect(fig.canvas.drawPending).toBe(true);
  });
});

describe('FuncAnimation: changing backends', () => {
  it('starts blitting when the figure moves to a backend that can, and stops when it moves away', async () => {
    const { fig, line } = scene();
    const anim = new FuncAnimation(fig, () => [line], { frames: 100, interval: 10, blit: true });
    expect(anim.blit).toBe(false);
    fig.canvas.draw();
    const out = new BlitOutput();
    fig.canvas.setOutput(out);
    expect(anim.blit).toBe(true);
    await tick(10);
    // The new backend draws once (without the now animated line), then the frame is blitted.
    expect(out.log).toEqual(['draw', 'copy', 'blit']);
    expect(line.getAnimated()).toBe(true);
    fig.canvas.setOutput(null);
    await tick(10);
    expect(line.getAnimated()).toBe(false);
    expect(fig.canvas.drawPending).toBe(true);
  });
});

describe('FuncAnimation: blitting on the raster output', () => {
  it('the surface after blitted frames equals a full draw of the same state', async () => {
    const fig = new Figure({ figsize: [2, 1.5], dpi: 50 });
    const ax = fig.addSubplot();
    ax.setXlim(0, 10);
    ax.setYlim(-3, 3);
    const line = ax.plot([1, 9], [0, 0], '-')[0]!;
    const dot = ax.plot([5], [0], 'o')[0]!;
    const out = new RasterOutput();
    fig.canvas.setOutput(out);
    const update = (t: number) => {
      line.setData([1, 5, 9], [0, Math.sin(t), 0]);
      dot.setData([1 + t], [Math.cos(t)]);
      return [line, dot];
    };
    new FuncAnimation(fig, update, { frames: [1, 2, 3, 4], interval: 10, blit: true, repeat: false });
    fig.canvas.flushEvents();
    await tick(40);
    expect(out.blits).toBeGreaterThanOrEqual(4);
    const surface = out.surface()!;
    const blitted = new Uint8Array(surface.getContext('2d').getImageData(0, 0, 100, 75).data);
    update(4);
    for (const a of [line, dot]) a.setAnimated(false);
    expect(blitted).toEqual(Uint8Array.from(fig.toBuffer('raw')));
  });
});
