/**
 * The interactive contract on the PNG (agg) backend: the same redraw and event rules as on the
 * template backend, counted on the raster output, and blitting checked pixel for pixel against a
 * full redraw of the same state.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RasterOutput } from '../../../src/backends/canvas/RasterOutput.js';
import { nextMacrotask } from '../../../src/core/scheduler.js';
import type { Axes } from '../../../src/figure/Axes.js';
import type { Figure } from '../../../src/figure/Figure.js';
import * as plt from '../../../src/pyplot.js';

const output = (fig: Figure) => fig.canvas.getOutput() as RasterOutput;
function pixels(fig: Figure): Uint8ClampedArray {
  const s = output(fig).surface()!;
  return new Uint8ClampedArray(s.getContext('2d').getImageData(0, 0, s.width, s.height).data);
}

let restore: plt.InteractiveModeHandle;
beforeEach(() => {
  plt.use('agg');
  restore = plt.ioff();
});
afterEach(() => {
  plt.close('all');
  restore.restore();
});

describe('redraw rules on the PNG backend', () => {
  it('1000 setter calls under ion() and one turn of the event loop produce exactly one raster frame', async () => {
    const [fig, ax] = plt.subplots() as [Figure, Axes];
    const [line] = ax.plot([0, 1], [0, 1]);
    using _ = plt.ion();
    for (let i = 0; i < 1000; i++) line!.setYdata([0, i % 7]);
    expect(output(fig).frames).toBe(0);
    await nextMacrotask();
    expect(output(fig).frames).toBe(1);
  });
  it('flushEvents() draws a pending frame synchronously and dispatches input in order', () => {
    const [fig] = plt.subplots() as [Figure, Axes];
    const got: number[] = [];
    fig.canvas.mplConnect('button_press_event', (e) => got.push(e.x!));
    fig.canvas.drawIdle();
    fig.canvas.injectEvent({ type: 'button_press_event', x: 1, y: 1, button: 1 });
    fig.canvas.injectEvent({ type: 'button_press_event', x: 2, y: 1, button: 1 });
    expect(got).toEqual([]);
    fig.canvas.flushEvents();
    expect(output(fig).frames).toBe(1);
    expect(got).toEqual([1, 2]);
  });
  it('the raster surface holds the figure: its pixels equal the PNG of the same state', async () => {
    const [fig, ax] = plt.subplots({ figsize: [3, 2], dpi: 50 }) as [Figure, Axes];
    ax.plot([0, 1, 2], [2, 0, 1], 'r-o');
    fig.canvas.draw();
    const { decodePng } = await import('../../helpers/images.js');
    const png = await decodePng(fig.toBuffer('png'));
    expect(Buffer.from(pixels(fig)).equals(Buffer.from(png.data))).toBe(true);
  });
});

describe('blitting on the PNG backend', () => {
  it('supportsBlit is true and drawing an animated artist over a saved background equals a full redraw', () => {
    const [fig, ax] = plt.subplots({ figsize: [4, 3], dpi: 60 }) as [Figure, Axes];
    ax.setXlim(0, 10);
    ax.setYlim(-2, 2);
    ax.plot([0, 10], [1.5, 1.5], 'g-');
    const [moving] = ax.plot([1, 2, 3], [0, 0.5, 0], 'b-o', { animated: true });
    expect(fig.canvas.supportsBlit).toBe(true);
    fig.canvas.draw();
    const background = fig.canvas.copyFromBbox(ax.bbox);
    for (let step = 1; step <= 3; step++) {
      moving!.setData([1 + step, 2 + step, 3 + step], [-0.5, 0.5 * step - 1, 0]);
      fig.canvas.restoreRegion(background);
      ax.drawArtist(moving!);
      fig.canvas.blit(ax.bbox);
    }
    const blitted = pixels(fig);
    // The same state drawn from scratch, with the line as an ordinary artist.
    moving!.setAnimated(false);
    fig.canvas.draw();
    const full = pixels(fig);
    let differing = 0;
    for (let i = 0; i < full.length; i++) if (full[i] !== blitted[i]) differing++;
    expect(differing).toBe(0);
    expect(output(fig).blits).toBe(3);
  });
  it('restoring the background without redrawing the artist leaves the background exactly', () => {
    const [fig, ax] = plt.subplots({ figsize: [3, 2], dpi: 50 }) as [Figure, Axes];
    const [line] = ax.plot([0, 1], [0, 1], { animated: true });
    fig.canvas.draw();
    const clean = pixels(fig);
    const bg = fig.canvas.copyFromBbox(ax.bbox);
    ax.drawArtist(line!);
    expect(Buffer.from(pixels(fig)).equals(Buffer.from(clean))).toBe(false);
    fig.canvas.restoreRegion(bg);
    expect(Buffer.from(pixels(fig)).equals(Buffer.from(clean))).toBe(true);
  });
});
