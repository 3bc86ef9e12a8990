/**
 * The node-canvas provider (`canvas` package, Cairo). Optional: loaded only when selected, with a
 * clear error when the package is not installed. node-canvas encodes PNG and JPEG, not WebP.
 */
import { crc32 } from '../png/encodePng.js';
import { napiMetadata } from './napi.js';
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
      const png = c.toBuffer('image/png', options.dpi === undefined ? {} : { resolution: options.dpi });
      return withTextChunks(png, pngText(options));
    },
  };
}

/**
 * The tEXt entries @napi-rs/canvas would write for these options (same keys, keywords capitalized
 * as it writes them: `Title`, `Software`, …), so a PNG's metadata does not depend on the provider.
 */
export function pngText(options: EncodeOptions): [string, string][] {
  return Object.entries(napiMetadata(options))
    .filter(([key]) => key !== 'resolution')
    .map(([key, value]) => [key[0]!.toUpperCase() + key.slice(1), String(value)]);
}

/** Latin-1 bytes, as tEXt requires; other characters (and NUL, the separator) become '?'. */
function latin1(s: string): number[] {
  return [...s].map((ch) => {
    const code = ch.codePointAt(0)!;
    return code > 0 && code < 256 ? code : 63;
  });
}

function textChunk(keyword: string, value: string): Uint8Array {
  const data = [...latin1(keyword.slice(0, 79)), 0, ...latin1(value)];
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/**
 * Inserts tEXt chunks just before IEND (node-canvas has no option for them). PNG allows tEXt
 * anywhere after IHDR; the encoder always ends with the 12-byte IEND chunk.
 */
export function withTextChunks(png: Uint8Array, entries: readonly [string, string][]): Uint8Array {
  const iendType = String.fromCharCode(...png.subarray(png.length - 8, png.length - 4));
  if (entries.length === 0 || iendType !== 'IEND') return png;
  const chunks = entries.map(([k, v]) => textChunk(k, v));
  const iend = png.length - 12;
  const out = new Uint8Array(png.length + chunks.reduce((n, ch) => n + ch.length, 0));
  out.set(png.subarray(0, iend), 0);
  let at = iend;
  for (const ch of chunks) {
    out.set(ch, at);
    at += ch.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}
