/**
 * Raster output: renders a {@link RenderTarget} onto a provider's canvas and encodes it (PNG, JPEG,
 * WebP) or hands back its raw RGBA bytes. These are the format writers `savefig` finds in
 * `core/output.ts`.
 */
import { checkFinite, TsplotlibError } from '../../core/errors.js';
import type { FormatWriter, RenderTarget, WriteOptions } from '../../core/output.js';
import { CanvasRenderer } from './CanvasRenderer.js';
import { cssRgba } from './paint.js';
import type { CanvasLike, CanvasProvider, RasterFormat } from './providers.js';
import { getCanvasProvider, readPixels } from './providers.js';

/** Largest canvas side accepted, in pixels. */
export const MAX_CANVAS_SIDE = 2 ** 15;
/** Largest canvas area accepted, in pixels (1 GiB of RGBA). */
export const MAX_CANVAS_PIXELS = 2 ** 28;

/** Options of the raster writers, beyond those every writer understands. */
export interface RasterWriteOptions extends WriteOptions {
  /** Canvas provider name (`'napi'`, `'node-canvas'`), as `rcParams['canvas.provider']` would give it. */
  readonly provider?: string;
}

/** A rendered canvas with the renderer that drew it. */
export interface RenderedCanvas {
  readonly canvas: CanvasLike;
  readonly renderer: CanvasRenderer;
  readonly provider: CanvasProvider;
}

/** Throws a clear error, never a native crash, when a canvas would be too large to allocate. */
export function checkCanvasSize(call: string, width: number, height: number): void {
  if (width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_PIXELS) return;
  throw new TsplotlibError(
    call,
    `figure of ${width}x${height} px is too large to allocate (limit ${MAX_CANVAS_SIDE} px a side and ${MAX_CANVAS_PIXELS} px in all); lower the dpi or the figure size`,
  );
}

/** The pixel size of a figure at `dpi`: `round(inches * dpi)`, at least one pixel. */
export function canvasSize(call: string, target: RenderTarget, dpi: number): [number, number] {
  checkFinite(call, 'dpi', dpi, { positive: true });
  const [wi, hi] = target.getSizeInches();
  checkFinite(call, 'figure width', wi, { positive: true });
  checkFinite(call, 'figure height', hi, { positive: true });
  const w = Math.max(1, Math.round(wi * dpi)), h = Math.max(1, Math.round(hi * dpi)); // prettier-ignore
  checkCanvasSize(call, w, h);
  return [w, h];
}

/** A canvas renderer of the given pixel size on the named provider. */
export function createCanvasRenderer(
  width: number,
  height: number,
  dpi: number,
  providerName?: string,
  call = 'createRenderer',
): RenderedCanvas {
  checkCanvasSize(call, width, height);
  const provider = getCanvasProvider(providerName, call);
  const canvas = provider.createCanvas(width, height);
  const options = provider.createPath2D
    ? { createCanvas: provider.createCanvas, createPath2D: provider.createPath2D }
    : { createCanvas: provider.createCanvas };
  const renderer = new CanvasRenderer(canvas.getContext('2d'), width, height, dpi, options);
  return { canvas, renderer, provider };
}

/**
 * Renders `target` at `options.dpi`: the canvas is `round(inches * dpi)` pixels, painted with the
 * facecolor (JPEG has no alpha, so it gets white underneath first, as matplotlib composites it).
 */
export function renderTarget(
  target: RenderTarget,
  options: RasterWriteOptions,
  opaque = false,
  call = 'savefig',
): RenderedCanvas {
  const [w, h] = canvasSize(call, target, options.dpi);
  const rendered = createCanvasRenderer(w, h, options.dpi, options.provider, call);
  const ctx = rendered.canvas.getContext('2d');
  if (opaque) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
  }
  if (options.facecolor && options.facecolor[3] > 0) {
    ctx.fillStyle = cssRgba(options.facecolor);
    ctx.fillRect(0, 0, w, h);
  }
  target.drawWith(rendered.renderer);
  return rendered;
}

/** A writer that encodes the rendered canvas in `format` through the provider. */
export function encodedWriter(format: RasterFormat): FormatWriter {
  return (target, options) => {
    const opts = options as RasterWriteOptions;
    if (options.quality !== undefined)
      checkFinite('savefig', 'quality', options.quality, { min: 0, max: 100 });
    const provider = getCanvasProvider(opts.provider);
    if (!provider.formats.includes(format))
      throw new TsplotlibError(
        'savefig',
        `canvas provider "${provider.name}" cannot encode ${format}; it encodes ${provider.formats.join(', ')}`,
      );
    const { canvas } = renderTarget(target, opts, format === 'jpeg');
    const metadata = { Software: 'tsplotlib', ...options.metadata };
    const encodeOptions = {
      dpi: options.dpi,
      metadata,
      ...(options.quality === undefined ? {} : { quality: options.quality }),
    };
    return provider.encode(canvas, format, encodeOptions);
  };
}

/** The raw writer: straight RGBA bytes, rows from the top (matplotlib's `raw`/`rgba` formats). */
export const rawWriter: FormatWriter = (target, options) => {
  const { canvas } = renderTarget(target, options as RasterWriteOptions);
  const pixels = readPixels(canvas);
  return new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
};
