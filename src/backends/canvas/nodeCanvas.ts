/**
 * The node-canvas provider (`canvas` package, Cairo). Optional: loaded only when selected, with a
 * clear error when the package is not installed. node-canvas encodes PNG and JPEG, not WebP.
 */
import type { CanvasLike, CanvasProvider, EncodeOptions, RasterFormat } from './providers.js';
import { missingPackage } from './providers.js';
import { requirePackage } from './nodeRequire.js';

/** The part of node-canvas's canvas this provider uses. */
interface NodeCanvasCanvas {
  toBuffer(mime: 'image/png', config?: object): Uint8Array;
  toBuffer(mime: 'image/jpeg', config?: object): Uint8Array;
}

interface NodeCanvasModule {
  createCanvas(width: number, height: number): unknown;
}

/** Loads `canvas` (node-canvas) and wraps it as a {@link CanvasProvider}. */
export function loadNodeCanvasProvider(): CanvasProvider {
  let mod: NodeCanvasModule;
  try {
    mod = requirePackage<NodeCanvasModule>('canvas');
  } catch (cause) {
    throw missingPackage('savefig', 'node-canvas', 'canvas', cause);
  }
  return {
    name: 'node-canvas',
    formats: ['png', 'jpeg'],
    createCanvas: (w, h) => mod.createCanvas(w, h) as CanvasLike,
    encode(canvas: CanvasLike, format: RasterFormat, options: EncodeOptions): Uint8Array {
      const c = canvas as unknown as NodeCanvasCanvas;
      if (format === 'jpeg') return c.toBuffer('image/jpeg', { quality: (options.quality ?? 95) / 100 });
      // node-canvas writes pHYs from `resolution` in PNGs, as @napi-rs/canvas does.
      return c.toBuffer('image/png', options.dpi === undefined ? {} : { resolution: options.dpi });
    },
  };
}
