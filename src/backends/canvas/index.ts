/**
 * The raster backend (`agg`, alias `png`): Canvas 2D rendering on a pluggable provider, and the
 * `png`, `jpg`/`jpeg`, `webp` and `raw`/`rgba` format writers.
 */
import { registerFormat } from '../../core/output.js';
import type { Backend } from '../registry.js';
import { loadNapiProvider } from './napi.js';
import { loadNodeCanvasProvider } from './nodeCanvas.js';
import { registerCanvasProvider } from './providers.js';
import { createCanvasRenderer, encodedWriter, rawWriter } from './raster.js';
import { RasterOutput } from './RasterOutput.js';

export { RasterOutput } from './RasterOutput.js';

export { CanvasRenderer } from './CanvasRenderer.js';
export type { CanvasRendererOptions } from './CanvasRenderer.js';
export * from './providers.js';
export * from './raster.js';
export { hatchPath, checkHatch, HATCH_DENSITY } from './hatch.js';
export { setTextOutlineEngine, getTextOutlineEngine, textPath } from './textOutlines.js';
export type { TextOutlineEngine, PositionedGlyph } from './textOutlines.js';

/** Registers the built-in providers (`napi`, `node-canvas` with alias `canvas`) and the raster formats. */
export function registerCanvasBackend(): void {
  registerCanvasProvider('napi', loadNapiProvider);
  registerCanvasProvider('@napi-rs/canvas', loadNapiProvider);
  registerCanvasProvider('node-canvas', loadNodeCanvasProvider);
  registerCanvasProvider('canvas', loadNodeCanvasProvider);
  registerFormat(['png'], 'Portable Network Graphics', encodedWriter('png'));
  registerFormat(['jpg', 'jpeg'], 'Joint Photographic Experts Group', encodedWriter('jpeg'));
  registerFormat(['webp'], 'WebP Image Format', encodedWriter('webp'));
  registerFormat(['raw', 'rgba'], 'Raw RGBA bitmap', rawWriter);
}

/** The `agg` backend: non-interactive raster output through the default canvas provider. */
export function createAggBackend(): Backend {
  return {
    name: 'agg',
    interactive: false,
    description: 'raster images (PNG, JPEG, WebP, raw RGBA) through Canvas 2D',
    formats: ['png', 'jpg', 'jpeg', 'webp', 'raw', 'rgba'],
    createRenderer: (width, height, dpi) => createCanvasRenderer(width, height, dpi).renderer,
    createOutput: () => new RasterOutput(),
  };
}
