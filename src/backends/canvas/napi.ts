/**
 * The default canvas provider: `@napi-rs/canvas` (Skia, prebuilt binaries, no system packages).
 */
import type * as Napi from '@napi-rs/canvas';
import type { CanvasLike, CanvasProvider, EncodeOptions, Path2DLike, RasterFormat } from './providers.js';
import { missingPackage } from './providers.js';
import { requirePackage } from './nodeRequire.js';

/** PNG text chunks and JPEG XMP fields @napi-rs/canvas writes, keyed by matplotlib's metadata names. */
const METADATA_KEYS = ['title', 'author', 'description', 'copyright', 'software', 'comment'] as const;

/** Maps `{ Title: 'x', Software: 'y' }` (any case) to the encoder's metadata fields. */
export function napiMetadata(options: EncodeOptions): Napi.ImageMetadata {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(options.metadata ?? {})) {
    const k = key.toLowerCase();
    if ((METADATA_KEYS as readonly string[]).includes(k)) out[k] = value;
  }
  if (options.dpi !== undefined) out.resolution = options.dpi;
  return out as Napi.ImageMetadata;
}

/** Loads `@napi-rs/canvas` and wraps it as a {@link CanvasProvider}. */
export function loadNapiProvider(): CanvasProvider {
  let napi: typeof Napi;
  try {
    napi = requirePackage<typeof Napi>('@napi-rs/canvas');
  } catch (cause) {
    throw missingPackage('savefig', 'napi', '@napi-rs/canvas', cause);
  }
  return {
    name: 'napi',
    formats: ['png', 'jpeg', 'webp'],
    createCanvas: (w, h) => napi.createCanvas(w, h) as unknown as CanvasLike,
    createPath2D: () => new napi.Path2D() as unknown as Path2DLike,
    encode(canvas: CanvasLike, format: RasterFormat, options: EncodeOptions): Uint8Array {
      const c = canvas as unknown as Napi.Canvas;
      const quality = options.quality ?? 95;
      if (format === 'png') return c.encodeSync('png', napiMetadata(options));
      if (format === 'jpeg') return c.encodeSync('jpeg', { ...napiMetadata(options), quality });
      return c.encodeSync('webp', quality);
    },
  };
}
