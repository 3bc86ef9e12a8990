/**
 * Figures for the display list tests, built with the real library: lines with dashes and markers,
 * a scatter through a colormap, rotated text with a box, a legend, clipping and an image drawn by
 * a small custom artist.
 */
import { Affine } from '../../../../src/core/Affine2D.js';
import type { RasterImage, Renderer } from '../../../../src/core/renderer.js';
import { Artist } from '../../../../src/figure/Artist.js';
import type { Axes } from '../../../../src/figure/Axes.js';
import { Figure } from '../../../../src/figure/Figure.js';
import '../../../../src/backends/index.js';
import { createCanvasRenderer, readPixels } from '../../../../src/backends/canvas/index.js';

/** A deterministic RGBA gradient of the given size. */
export function gradientImage(width: number, height: number, seed = 0): RasterImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      data.set([(x * 37 + seed) & 255, (y * 53 + seed) & 255, ((x + y) * 11) & 255, 255], i);
    }
  return { width, height, data };
}

/** Draws an image through `renderer.drawImage`, in figure pixels, scaled and unscaled. */
class ImageArtist extends Artist {
  constructor(readonly image: RasterImage) {
    super();
  }
  draw(renderer: Renderer): void {
    const s = renderer.dpi / 100;
    // Nearest-neighbour, through a transform: the same pixels at every dpi.
    const t = Affine.scaling(3 * s).then(Affine.translation(20 * s, 20 * s));
    renderer.drawImage(0, 0, this.image, { transform: t, smoothing: false, alpha: 0.9 });
  }
}

/** Options of {@link richFigure}. */
export interface RichOptions {
  /** Text, ticks, title, legend (default true); without them no geometry depends on text layout. */
  readonly text?: boolean;
  /** The image the custom artist draws (default a 12 x 8 gradient). */
  readonly image?: RasterImage;
}

/** The rich figure: every kind of op the recorder knows. */
export function richFigure(o: RichOptions = {}): Figure {
  const fig = new Figure({ figsize: [6.4, 4.8], dpi: 100 });
  const ax = fig.addSubplot();
  const x = Array.from({ length: 60 }, (_, i) => i / 6);
  ax.plot(x, x.map(Math.sin), 'b-', { label: 'sin' });
  ax.plot(x, x.map(Math.cos), 'r--o', { label: 'cos', markersize: 4 });
  ax.plot(
    x,
    x.map((v) => 0.5 * Math.sin(2 * v)),
    { linestyle: '-.', color: 'g', label: 'sin 2x' },
  );
  const n = 40;
  ax.scatter(
    Array.from({ length: n }, (_, i) => (i * 7.3) % 10),
    Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) * 1.4),
    { c: Array.from({ length: n }, (_, i) => i), cmap: 'viridis', s: 30, label: 'pts' },
  );
  fig.addArtist(new ImageArtist(o.image ?? gradientImage(12, 8)));
  if (o.text === false) {
    ax.setAxisOff();
    return fig;
  }
  ax.text(2, -1.2, 'rotated', { rotation: 30, bbox: { boxstyle: 'round', facecolor: 'wheat', alpha: 0.8 } });
  ax.setTitle('display list');
  ax.setXlabel('x');
  ax.setYlabel('y');
  ax.legend();
  return fig;
}

/** The default figure with one 1000-point line. */
export function lineFigure(): Figure {
  const fig = new Figure();
  const ax = fig.addSubplot();
  const x = Array.from({ length: 1000 }, (_, i) => i / 100);
  ax.plot(
    x,
    x.map((v) => Math.sin(v) + 0.1 * Math.sin(37 * v)),
  );
  return fig;
}

/** A 2x2 grid of small plots. */
export function gridFigure(): Figure {
  const fig = new Figure();
  const axes = fig.subplots(2, 2) as Axes[][];
  axes.flat().forEach((ax, k) => {
    const x = Array.from({ length: 50 }, (_, i) => i);
    ax.plot(
      x,
      x.map((v) => Math.sin(v / (k + 2))),
    );
  });
  return fig;
}

/** Pixels of a canvas renderer after `draw`, at the given pixel size and dpi. */
export function renderPixels(
  width: number,
  height: number,
  dpi: number,
  draw: (r: Renderer) => void,
): Uint8ClampedArray {
  const { canvas, renderer } = createCanvasRenderer(width, height, dpi);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  draw(renderer);
  return readPixels(canvas).data;
}

/** How many pixels differ, and the largest channel difference. */
export function pixelDiff(a: Uint8ClampedArray, b: Uint8ClampedArray): { pixels: number; max: number } {
  let pixels = 0;
  let max = 0;
  for (let i = 0; i < a.length; i += 4) {
    let d = 0;
    for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(a[i + k]! - b[i + k]!));
    if (d > 0) pixels++;
    max = Math.max(max, d);
  }
  return { pixels, max };
}
