import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeFontLoader } from '../../../../src/backends/node/fonts.js';
import { TemplateRenderer } from '../../../../src/backends/template/TemplateRenderer.js';
import type { RecordedCall } from '../../../../src/backends/template/TemplateRenderer.js';
import type { RasterImage } from '../../../../src/core/renderer.js';
import {
  DisplayListRecorder,
  replayDisplayList,
  ScaledRenderer,
} from '../../../../src/core/displayList/index.js';
import type { Figure } from '../../../../src/figure/Figure.js';
import { gradientImage, gridFigure, lineFigure, pixelDiff, renderPixels, richFigure } from './scene.js';

beforeAll(() => installNodeFontLoader());

type Precision = 'float32' | 'float64';
const W = 640, H = 480; // prettier-ignore

function frameOf(fig: Figure, precision: Precision = 'float32'): Uint8Array {
  const rec = new DisplayListRecorder({ width: W, height: H, dpi: 100, precision });
  fig.drawWith(rec);
  return rec.finish();
}

/**
 * Template calls without their transforms: a float32 frame maps paths into pixels at record time,
 * so it replays them with the identity. Everything else (positions, sizes, styles) stays exact.
 */
const withoutTransforms = (calls: RecordedCall[]) =>
  calls.map(({ method, args }) => {
    const { transform: _mappedAtRecordTime, ...rest } = args;
    return { method, args: rest };
  });

describe('replayDisplayList onto a CanvasRenderer', () => {
  it.each([
    ['rich', richFigure],
    ['1000-point line', lineFigure],
    ['2x2 grid', gridFigure],
  ])('replay of a float64 frame is pixel-identical to drawing the %s figure directly', (_name, make) => {
    const fig = make();
    const bytes = frameOf(fig, 'float64');
    const direct = renderPixels(W, H, 100, (r) => fig.drawWith(r));
    const replayed = renderPixels(W, H, 100, (r) => replayDisplayList(bytes, r));
    expect(pixelDiff(direct, replayed)).toEqual({ pixels: 0, max: 0 });
  });

  it('replay of a float32 frame differs from drawing directly by at most one antialiasing step on few pixels', () => {
    // Rounding a vertex to Float32 moves it by under 3e-5 px; Skia quantizes edge coverage on a
    // subpixel grid, so an edge sitting on a grid line can flip by one coverage step (16/255).
    for (const make of [richFigure, lineFigure, gridFigure]) {
      const fig = make();
      const bytes = frameOf(fig);
      const direct = renderPixels(W, H, 100, (r) => fig.drawWith(r));
      const diff = pixelDiff(
        direct,
        renderPixels(W, H, 100, (r) => replayDisplayList(bytes, r)),
      );
      expect(diff.pixels).toBeLessThan(0.002 * W * H);
      expect(diff.max).toBeLessThanOrEqual(24);
    }
  });
});

describe('replayDisplayList onto a TemplateRenderer', () => {
  it.each([true, false])('makes the same calls as drawing directly (float64, fast paths %s)', (fastPaths) => {
    const fig = richFigure();
    const direct = new TemplateRenderer({ width: W, height: H, dpi: 100, fastPaths });
    fig.drawWith(direct);
    const replayed = new TemplateRenderer({ width: W, height: H, dpi: 100, fastPaths });
    replayDisplayList(frameOf(fig, 'float64'), replayed);
    expect(replayed.calls).toEqual(direct.calls);
  });

  it('makes the same calls as drawing directly, except transforms baked into the vertices (float32)', () => {
    const fig = richFigure();
    const direct = new TemplateRenderer({ width: W, height: H, dpi: 100 });
    fig.drawWith(direct);
    const replayed = new TemplateRenderer({ width: W, height: H, dpi: 100 });
    replayDisplayList(frameOf(fig), replayed);
    expect(withoutTransforms(replayed.calls)).toEqual(withoutTransforms(direct.calls));
    // Text and images are placed exactly: their positions stay Float64.
    expect(replayed.callsOf('drawText')).toEqual(direct.callsOf('drawText'));
    expect(replayed.callsOf('drawImage')).toEqual(direct.callsOf('drawImage'));
  });
});

describe('replayDisplayList with an image cache', () => {
  it('a second frame sent with knownImages is much smaller and replays identically from the cache', () => {
    const fig = richFigure({ image: gradientImage(64, 48, 7) });
    const rec = new DisplayListRecorder({ width: W, height: H, dpi: 100 });
    fig.drawWith(rec);
    const first = rec.finish();
    const cache = new Map<string, RasterImage>();
    const pixelsFirst = renderPixels(W, H, 100, (r) => replayDisplayList(first, r, { imageCache: cache }));
    expect([...cache.keys()]).toEqual(rec.imageHashes());

    rec.clear();
    fig.drawWith(rec);
    const second = rec.finish({ knownImages: new Set(cache.keys()) });
    expect(second.length).toBeLessThan(first.length - 64 * 48 * 4 + 100);
    expect(second.length).toBeLessThan(0.5 * first.length);
    const pixelsSecond = renderPixels(W, H, 100, (r) => replayDisplayList(second, r, { imageCache: cache }));
    expect(pixelDiff(pixelsFirst, pixelsSecond)).toEqual({ pixels: 0, max: 0 });
    expect(() => replayDisplayList(second, new TemplateRenderer())).toThrow(
      /displayList: the frame needs image 64x48:[0-9a-f]{16}, which is not in the image cache/,
    );
  });
});

describe('replayDisplayList with a scale (device pixel ratio)', () => {
  it('scale 2 onto a 2x canvas at 2x dpi is pixel-identical to drawing at 2x dpi when no text moves geometry', () => {
    const fig = richFigure({ text: false });
    const bytes = frameOf(fig, 'float64');
    const direct = renderPixels(2 * W, 2 * H, 200, (r) => fig.drawWith(r));
    const scaled = renderPixels(2 * W, 2 * H, 200, (r) => replayDisplayList(bytes, r, { scale: 2 }));
    expect(pixelDiff(direct, scaled)).toEqual({ pixels: 0, max: 0 });
    const scaled32 = renderPixels(2 * W, 2 * H, 200, (r) => replayDisplayList(frameOf(fig), r, { scale: 2 }));
    expect(pixelDiff(direct, scaled32).pixels).toBeLessThan(0.0005 * 4 * W * H);
  });

  it('scale 2 matches drawing at 2x dpi up to text laid out at 1x: under 0.2% of pixels, text within 1/4 px', () => {
    // Text is laid out with hinted metrics at the frame's dpi (as Agg does), so a frame recorded at
    // 100 dpi places right-aligned labels up to 1/8 px away from a layout made at 200 dpi; the
    // canvas renderer then rounds text origins to whole pixels, which can move a label by a pixel.
    for (const make of [richFigure, gridFigure]) {
      const fig = make();
      const bytes = frameOf(fig);
      const direct = renderPixels(2 * W, 2 * H, 200, (r) => fig.drawWith(r));
      const scaled = renderPixels(2 * W, 2 * H, 200, (r) => replayDisplayList(bytes, r, { scale: 2 }));
      expect(pixelDiff(direct, scaled).pixels).toBeLessThan(0.002 * 4 * W * H);

      const spyDirect = new TemplateRenderer({ width: 2 * W, height: 2 * H, dpi: 200 });
      fig.drawWith(spyDirect);
      const spyScaled = new TemplateRenderer({ width: 2 * W, height: 2 * H, dpi: 200 });
      replayDisplayList(bytes, spyScaled, { scale: 2 });
      expect(spyScaled.calls.map((c) => c.method)).toEqual(spyDirect.calls.map((c) => c.method));
      const a = spyDirect.callsOf('drawText');
      const b = spyScaled.callsOf('drawText');
      a.forEach((call, i) => {
        const { x, y, ...rest } = call.args;
        const { x: x2, y: y2, ...rest2 } = b[i]!.args;
        expect(rest2).toEqual(rest);
        expect(Math.abs((x as number) - (x2 as number))).toBeLessThanOrEqual(0.25);
        expect(Math.abs((y as number) - (y2 as number))).toBeLessThanOrEqual(0.25);
      });
    }
  });

  it('scale 2 onto a 2x canvas that keeps the 1x dpi scales font sizes instead, with the same pixels', () => {
    const fig = richFigure();
    const bytes = frameOf(fig);
    const at2x = renderPixels(2 * W, 2 * H, 200, (r) => replayDisplayList(bytes, r, { scale: 2 }));
    const at1x = renderPixels(2 * W, 2 * H, 100, (r) => replayDisplayList(bytes, r, { scale: 2 }));
    expect(pixelDiff(at2x, at1x)).toEqual({ pixels: 0, max: 0 });
    const spy = new TemplateRenderer({ width: 2 * W, height: 2 * H, dpi: 100 });
    replayDisplayList(bytes, spy, { scale: 2 });
    const unscaled = new TemplateRenderer({ width: W, height: H, dpi: 100 });
    replayDisplayList(bytes, unscaled);
    expect(spy.callsOf('drawText').map((c) => c.args.size)).toEqual(
      unscaled.callsOf('drawText').map((c) => 2 * (c.args.size as number)),
    );
  });

  it('ScaledRenderer scales line widths, dashes, clip rectangles and image placement', () => {
    const spy = new TemplateRenderer({ width: 300, height: 300, dpi: 300 });
    const r = new ScaledRenderer(spy, 3);
    expect([r.width, r.height, r.dpi]).toEqual([100, 100, 100]);
    const rec = new DisplayListRecorder({ width: 100, height: 100, dpi: 100 });
    rec.pushClip({ kind: 'rect', x: 1, y: 2, width: 3, height: 4 });
    rec.drawImage(5, 6, gradientImage(2, 2), {});
    rec.popClip();
    replayDisplayList(rec.finish(), r);
    expect(spy.calls[0]!.args).toEqual({ kind: 'rect', x: 3, y: 6, width: 9, height: 12 });
    expect(spy.calls[1]!.args).toMatchObject({ x: 15, y: 18, transform: [3, 0, 0, 3, 15, 18] });
    expect(() => replayDisplayList(rec.finish(), spy, { scale: 0 })).toThrow(/invalid scale 0/);
  });
});
