/**
 * A small PNG encoder on `node:zlib`, with no canvas needed: 8-bit RGBA, no interlacing, filter
 * "up" on every row (cheap, and good on the smooth rows of colormapped images). The SVG backend
 * embeds images with it; anything that needs a PNG without a canvas can use it.
 */
import { deflateSync } from 'node:zlib';
import type { RasterImage } from '../../core/renderer.js';
import { TsplotlibError } from '../../core/errors.js';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes` as PNG chunks use it. */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** One PNG chunk: length, type, data and CRC (the APNG writer builds its chunks with it too). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/** Latin-1 bytes of a tEXt keyword or value; other characters become '?', as tEXt allows no more. */
function latin1(s: string): number[] {
  return [...s].map((ch) => (ch.charCodeAt(0) < 256 && ch !== '\0' ? ch.charCodeAt(0) : 63));
}

/** Options of {@link encodePng}. */
export interface EncodePngOptions {
  /** Written as a pHYs chunk (pixels per metre), as matplotlib does. */
  readonly dpi?: number;
  /** tEXt chunks (`Software`, `Title`, …). */
  readonly text?: Readonly<Record<string, string>>;
  /** zlib level 0..9 (default 6). */
  readonly level?: number;
}

/**
 * The compressed image data of straight RGBA pixels (what IDAT and APNG's fdAT chunks hold): each
 * row filtered with "up", then zlib-deflated at `level` (default 6).
 */
export function pngImageData(image: RasterImage, level = 6): Uint8Array {
  const { width, height, data } = image;
  const stride = width * 4;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    raw[o] = y === 0 ? 0 : 2;
    for (let i = 0; i < stride; i++) {
      const cur = data[y * stride + i]!;
      raw[o + 1 + i] = y === 0 ? cur : (cur - data[(y - 1) * stride + i]!) & 0xff;
    }
  }
  return deflateSync(raw, { level });
}

/** Encodes straight RGBA pixels (rows from the top) as PNG bytes. */
export function encodePng(image: RasterImage, options: EncodePngOptions = {}): Uint8Array {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new TsplotlibError('encodePng', `invalid image size ${width}x${height}`);
  if (data.length !== width * height * 4)
    throw new TsplotlibError('encodePng', `expected ${width * height * 4} bytes of RGBA, got ${data.length}`);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [SIGNATURE, pngChunk('IHDR', header)];
  if (options.dpi !== undefined && options.dpi > 0) {
    const phys = new Uint8Array(9);
    const ppm = Math.round(options.dpi / 0.0254);
    new DataView(phys.buffer).setUint32(0, ppm);
    new DataView(phys.buffer).setUint32(4, ppm);
    phys[8] = 1;
    parts.push(pngChunk('pHYs', phys));
  }
  for (const [key, value] of Object.entries(options.text ?? {}))
    parts.push(pngChunk('tEXt', Uint8Array.from([...latin1(key.slice(0, 79)), 0, ...latin1(value)])));
  parts.push(pngChunk('IDAT', pngImageData(image, options.level)));
  parts.push(pngChunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
