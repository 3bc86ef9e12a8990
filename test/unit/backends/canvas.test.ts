import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { TsplotlibError } from '../../../src/core/errors.js';
import { formatWriter } from '../../../src/core/output.js';
import { Path, PathCode } from '../../../src/core/Path.js';
import type { FontSpec, RGBA } from '../../../src/core/renderer.js';
import { drawMarkers, makeStyle } from '../../../src/core/renderer.js';
import '../../../src/backends/index.js';
import {
  createCanvasRenderer,
  getCanvasProvider,
  readPixels,
  setTextOutlineEngine,
  getTextOutlineEngine,
} from '../../../src/backends/canvas/index.js';
import { decodeImage, displayPixel, target } from './helpers.js';

const WHITE: RGBA = [1, 1, 1, 1];
const RED: RGBA = [1, 0, 0, 1];
const BLUE: RGBA = [0, 0, 1, 1];
const BLACK: RGBA = [0, 0, 0, 1];
const FONT: FontSpec = { family: 'DejaVu Sans', size: 10, weight: 'normal', style: 'normal' };
const opts = { dpi: 100, facecolor: WHITE };

const rect = (x0: number, y0: number, x1: number, y1: number) =>
  Path.fromPoints([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], true); // prettier-ignore
const fillOnly = (fill: RGBA) => makeStyle({ fill, stroke: null, lineWidth: 0 });

/** Renders a 1 x 1 inch (100 x 100 px) target through the PNG writer and decodes it. */
async function renderPng(draw: Parameters<typeof target>[2]) {
  return decodeImage(formatWriter('savefig', 'png')(target(1, 1, draw), opts));
}

const realEngine = getTextOutlineEngine();
afterEach(() => setTextOutlineEngine(realEngine));

describe('CanvasRenderer through the png writer', () => {
  it('png writer produces a PNG of round(inches * dpi) pixels painted with the facecolor', async () => {
    const bytes = formatWriter('savefig', 'png')(
      target(2.004, 1, () => {}),
      { dpi: 50, facecolor: BLUE },
    );
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const img = await decodeImage(bytes);
    expect([img.width, img.height]).toEqual([100, 50]);
    expect(displayPixel(img, 0, 0)).toEqual([0, 0, 255, 255]);
  });

  it('drawPath() flips y: a rect at the display bottom-left lands at the image bottom-left', async () => {
    const img = await renderPng((r) => r.drawPath(rect(0, 0, 10, 20), Affine.IDENTITY, fillOnly(RED)));
    expect(displayPixel(img, 5, 5)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 5, 15)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 5, 25)).toEqual([255, 255, 255, 255]);
    expect(displayPixel(img, 15, 5)).toEqual([255, 255, 255, 255]);
  });

  it('drawPath() maps vertices through the affine', async () => {
    const img = await renderPng((r) =>
      r.drawPath(rect(0, 0, 1, 1), new Affine(10, 0, 0, 10, 50, 50), fillOnly(RED)),
    );
    expect(displayPixel(img, 55, 55)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 45, 55)).toEqual([255, 255, 255, 255]);
  });

  it('drawPath() strokes dashes with gaps', async () => {
    const line = Path.fromPoints([[0, 50.5], [100, 50.5]]); // prettier-ignore
    const style = makeStyle({
      stroke: BLACK,
      lineWidth: 1,
      dashes: { offset: 0, pattern: [10, 10] },
      capStyle: 'butt',
      snap: false,
    });
    const img = await renderPng((r) => r.drawPath(line, Affine.IDENTITY, style));
    expect(displayPixel(img, 5, 50)[0]).toBeLessThan(20);
    expect(displayPixel(img, 15, 50)[0]).toBe(255);
    expect(displayPixel(img, 25, 50)[0]).toBeLessThan(20);
  });

  it('drawPath() with snap puts a 1-px horizontal line on exactly one pixel row', async () => {
    const line = Path.fromPoints([[10, 40.3], [90, 40.3]]); // prettier-ignore
    const snapped = await renderPng((r) =>
      r.drawPath(line, Affine.IDENTITY, makeStyle({ stroke: BLACK, snap: true })),
    );
    const rows = [39, 40, 41].map((y) => displayPixel(snapped, 50, y)[0]);
    expect(rows.filter((v) => v === 0)).toHaveLength(1);
    expect(rows.filter((v) => v === 255)).toHaveLength(2);
    const blurred = await renderPng((r) =>
      r.drawPath(line, Affine.IDENTITY, makeStyle({ stroke: BLACK, snap: false })),
    );
    const partial = [39, 40, 41].map((y) => displayPixel(blurred, 50, y)[0]).filter((v) => v > 0 && v < 255);
    expect(partial.length).toBeGreaterThan(0);
  });

  it('pushClip() restricts drawing to the clip rectangle until popClip()', async () => {
    const img = await renderPng((r) => {
      r.pushClip({ kind: 'rect', x: 20, y: 20, width: 30, height: 30 });
      r.drawPath(rect(0, 0, 100, 100), Affine.IDENTITY, fillOnly(BLUE));
      r.popClip();
      r.drawPath(rect(80, 80, 100, 100), Affine.IDENTITY, fillOnly(RED));
    });
    expect(displayPixel(img, 30, 30)).toEqual([0, 0, 255, 255]);
    expect(displayPixel(img, 10, 10)).toEqual([255, 255, 255, 255]);
    expect(displayPixel(img, 60, 30)).toEqual([255, 255, 255, 255]);
    expect(displayPixel(img, 90, 90)).toEqual([255, 0, 0, 255]);
  });

  it('pushClip() with a path clips to the path', async () => {
    const img = await renderPng((r) => {
      r.pushClip({ kind: 'path', path: rect(0, 0, 1, 1), transform: new Affine(50, 0, 0, 50, 50, 0) });
      r.drawPath(rect(0, 0, 100, 100), Affine.IDENTITY, fillOnly(BLUE));
      r.popClip();
    });
    expect(displayPixel(img, 75, 25)).toEqual([0, 0, 255, 255]);
    expect(displayPixel(img, 25, 25)).toEqual([255, 255, 255, 255]);
    expect(displayPixel(img, 75, 75)).toEqual([255, 255, 255, 255]);
  });

  it('popClip() without a clip throws', () => {
    const { renderer } = createCanvasRenderer(10, 10, 72);
    expect(() => renderer.popClip()).toThrow(TsplotlibError);
  });

  it('drawMarkers() stamps the marker at every offset and skips offsets far outside', async () => {
    const square = rect(-3, -3, 3, 3);
    const offsets = Float64Array.of(20, 20, 70, 30, 50, 80, NaN, 5, 1e12, 1e12, -1e9, 50);
    const img = await renderPng((r) => drawMarkers(r, square, Affine.IDENTITY, offsets, fillOnly(RED)));
    for (const [x, y] of [
      [20, 20],
      [70, 30],
      [50, 80],
    ] as const)
      expect(displayPixel(img, x, y)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 30, 20)).toEqual([255, 255, 255, 255]);
  });

  it('drawMarkers() strokes and fills the marker with the style', async () => {
    const square = rect(-5, -5, 5, 5);
    const style = makeStyle({ fill: BLUE, stroke: RED, lineWidth: 2, snap: true });
    const img = await renderPng((r) =>
      r.drawMarkers!(square, Affine.IDENTITY, Float64Array.of(50, 50), style),
    );
    expect(displayPixel(img, 50, 50)).toEqual([0, 0, 255, 255]);
    expect(displayPixel(img, 45, 50)[0]).toBe(255);
    expect(displayPixel(img, 45, 50)[2]).toBe(0);
  });

  it('drawPathCollection() cycles face colors over the offsets', async () => {
    const img = await renderPng((r) =>
      r.drawPathCollection!({
        paths: [rect(-4, -4, 4, 4)],
        pathTransforms: [],
        masterTransform: Affine.IDENTITY,
        offsets: Float64Array.of(20, 20, 40, 20, 60, 20),
        offsetTransform: Affine.IDENTITY,
        facecolors: [RED, BLUE],
        edgecolors: [],
        linewidths: [0],
        dashes: [null],
        antialiased: true,
        capStyle: 'butt',
        joinStyle: 'round',
      }),
    );
    expect(displayPixel(img, 20, 20)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 40, 20)).toEqual([0, 0, 255, 255]);
    expect(displayPixel(img, 60, 20)).toEqual([255, 0, 0, 255]);
  });

  it('drawImage() scales with nearest-neighbour or smooth interpolation as asked', async () => {
    const image = { width: 2, height: 1, data: Uint8ClampedArray.of(0, 0, 0, 255, 255, 255, 255, 255) };
    const transform = new Affine(20, 0, 0, 20, 30, 40);
    const nearest = await renderPng((r) => r.drawImage(0, 0, image, { smoothing: false, transform }));
    // The image spans x 30..70: the black pixel 30..50, the white one 50..70.
    expect(displayPixel(nearest, 49, 50)).toEqual([0, 0, 0, 255]);
    expect(displayPixel(nearest, 50, 50)).toEqual([255, 255, 255, 255]);
    expect(displayPixel(nearest, 31, 45)).toEqual([0, 0, 0, 255]);
    expect(displayPixel(nearest, 29, 45)).toEqual([255, 255, 255, 255]);
    const smooth = await renderPng((r) => r.drawImage(0, 0, image, { smoothing: true, transform }));
    const mid = displayPixel(smooth, 50, 50)[0];
    expect(mid).toBeGreaterThan(40);
    expect(mid).toBeLessThan(215);
  });

  it('drawImage() puts the first row of the image at the top', async () => {
    const image = { width: 1, height: 2, data: Uint8ClampedArray.of(255, 0, 0, 255, 0, 0, 255, 255) };
    const img = await renderPng((r) =>
      r.drawImage(10, 10, image, { smoothing: false, transform: new Affine(10, 0, 0, 10, 10, 10) }),
    );
    expect(displayPixel(img, 15, 25)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 15, 15)).toEqual([0, 0, 255, 255]);
  });

  it('drawPath() with a hatch draws hatch lines over the face', async () => {
    const style = makeStyle({ fill: BLUE, stroke: null, lineWidth: 0, hatch: '/', hatchColor: BLACK });
    const img = await renderPng((r) => r.drawPath(rect(0, 0, 100, 100), Affine.IDENTITY, style));
    // Six diagonals per inch (100 px) cross any column of the square about six times.
    const counts = { blue: 0, inked: 0 };
    for (let y = 0; y < 100; y++) {
      const [rr, , b] = displayPixel(img, 50, y);
      if (b === 255 && rr === 0) counts.blue++;
      if (b < 160) counts.inked++;
    }
    expect(counts.blue).toBeGreaterThan(50);
    expect(counts.inked).toBeGreaterThanOrEqual(5);
    expect(counts.inked).toBeLessThan(20);
  });

  it('drawText() fills the font engine outline, rotated about the baseline start', async () => {
    setTextOutlineEngine({ textToPath: (text) => rect(0, 0, 10 * text.length, 8) });
    const flat = await renderPng((r) => r.drawText('ab', 40, 40, { font: FONT, color: RED, angle: 0 }));
    expect(displayPixel(flat, 55, 44)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(flat, 44, 55)).toEqual([255, 255, 255, 255]);
    const turned = await renderPng((r) => r.drawText('ab', 40, 40, { font: FONT, color: RED, angle: 90 }));
    expect(displayPixel(turned, 36, 55)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(turned, 55, 44)).toEqual([255, 255, 255, 255]);
  });

  it('drawText() draws real glyphs with the bundled DejaVu Sans once the backends are loaded', async () => {
    const img = await renderPng((r) =>
      r.drawText('Hello', 10, 40, { font: { ...FONT, size: 20 }, color: BLACK, angle: 0 }),
    );
    let inkInside = 0;
    let inkOutside = 0;
    for (let y = 0; y < 100; y++)
      for (let x = 0; x < 100; x++) {
        const dark = displayPixel(img, x, y)[0] < 128;
        if (x >= 10 && x < 80 && y >= 38 && y < 70) inkInside += dark ? 1 : 0;
        else inkOutside += dark ? 1 : 0;
      }
    expect(inkInside).toBeGreaterThan(100);
    expect(inkOutside).toBe(0);
  });

  it('drawPath() breaks lines at NaN and draws curves', async () => {
    const p = new Path(
      Float64Array.of(10, 10, 10, 90, 90, 90, 90, 10, 0, 0),
      Uint8Array.of(PathCode.MOVETO, PathCode.CURVE4, PathCode.CURVE4, PathCode.CURVE4, PathCode.CLOSEPOLY),
    );
    const img = await renderPng((r) => r.drawPath(p, Affine.IDENTITY, fillOnly(RED)));
    expect(displayPixel(img, 50, 60)).toEqual([255, 0, 0, 255]);
    expect(displayPixel(img, 50, 5)).toEqual([255, 255, 255, 255]);
  });
});

describe('raster writers', () => {
  it('savefig writers refuse canvases too large to allocate with a clear error', () => {
    const huge = target(1000, 1000, () => {});
    expect(() => formatWriter('savefig', 'png')(huge, opts)).toThrow(
      /savefig: figure of 100000x100000 px is too large to allocate \(limit/,
    );
  });

  it('raw writer returns straight RGBA bytes, rows from the top', () => {
    const bytes = formatWriter('savefig', 'rgba')(
      target(0.1, 0.1, (r) => r.drawPath(rect(0, 0, 10, 5), Affine.IDENTITY, fillOnly(RED))),
      { dpi: 100, facecolor: null },
    );
    expect(bytes.length).toBe(10 * 10 * 4);
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 0, 0]);
    expect([...bytes.slice(9 * 40, 9 * 40 + 4)]).toEqual([255, 0, 0, 255]);
  });

  it('jpeg and webp writers produce their formats', async () => {
    const t = target(0.5, 0.5, (r) => r.drawPath(rect(0, 0, 25, 50), Affine.IDENTITY, fillOnly(RED)));
    const jpg = formatWriter('savefig', 'jpg')(t, { ...opts, quality: 90 });
    expect([...jpg.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const webp = formatWriter('savefig', 'webp')(t, opts);
    expect(new TextDecoder().decode(webp.slice(8, 12))).toBe('WEBP');
    const decoded = await decodeImage(jpg);
    expect(displayPixel(decoded, 10, 25)[0]).toBeGreaterThan(230);
    expect(displayPixel(decoded, 40, 25)[1]).toBeGreaterThan(230);
  });

  it('png writer rejects an unknown canvas provider naming the known ones', () => {
    const t = target(0.1, 0.1, () => {});
    expect(() => formatWriter('savefig', 'png')(t, { ...opts, provider: 'napj' } as typeof opts)).toThrow(
      /unknown canvas provider "napj" \(did you mean "napi"\?\)/,
    );
  });

  it('node-canvas provider fails with an install hint when the canvas package is missing', () => {
    let installed = true;
    try {
      createRequire(import.meta.url)('canvas');
    } catch {
      installed = false;
    }
    if (installed) return;
    expect(() => getCanvasProvider('node-canvas')).toThrow(
      /canvas provider "node-canvas" needs the package "canvas", which could not be loaded \(install it with `npm install canvas`\)/,
    );
  });

  it('createCanvasRenderer() renders into a canvas whose pixels can be read back', () => {
    const { canvas, renderer } = createCanvasRenderer(20, 10, 72);
    renderer.drawPath(rect(0, 0, 20, 10), Affine.IDENTITY, fillOnly(BLUE));
    const px = readPixels(canvas);
    expect([px.width, px.height]).toEqual([20, 10]);
    expect([...px.data.slice(0, 4)]).toEqual([0, 0, 255, 255]);
  });
});
