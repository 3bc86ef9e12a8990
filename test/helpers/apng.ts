/**
 * An APNG parser for tests, written from the APNG specification independently of the encoder: it
 * checks chunk CRCs and sequence numbers, inflates each frame's data, undoes the PNG row filters
 * (all five) for 8-bit RGBA, and composes frames with their dispose and blend operations.
 */
import { inflateSync } from 'node:zlib';

export interface ApngFrame {
  rect: { x: number; y: number; width: number; height: number };
  delay: [number, number];
  dispose: number;
  blend: number;
  /** The whole canvas after this frame, straight RGBA. */
  rgba: Uint8Array;
}

export interface DecodedApng {
  width: number;
  height: number;
  numFrames: number;
  numPlays: number;
  /** Chunk types in file order. */
  chunks: string[];
  frames: ApngFrame[];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); // prettier-ignore
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Inflates and unfilters 8-bit RGBA image data. */
export function unfilter(compressed: Uint8Array, width: number, height: number): Uint8Array {
  const raw = inflateSync(compressed);
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height)
    throw new Error(`PNG: ${raw.length} bytes of data for ${width}x${height}`);
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (pred === undefined) throw new Error(`PNG: unknown filter ${filter}`);
      out[y * stride + i] = (x + pred) & 0xff;
    }
  }
  return out;
}

/** Parses an APNG (or a plain PNG, as one frame) and composes every frame. */
export function decodeApng(bytes: Uint8Array): DecodedApng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] !== 0x89 || String.fromCharCode(...bytes.subarray(1, 4)) !== 'PNG')
    throw new Error('not a PNG');
  const chunks: string[] = [];
  let width = 0, height = 0, numFrames = 1, numPlays = 0; // prettier-ignore
  let expectedSeq = 0;
  interface Pending {
    rect: ApngFrame['rect'];
    delay: [number, number];
    dispose: number;
    blend: number;
    data: Uint8Array[];
  }
  const pending: Pending[] = [];
  let defaultImage: Uint8Array[] = [];
  for (let o = 8; o < bytes.length;) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...bytes.subarray(o + 4, o + 8));
    const data = bytes.subarray(o + 8, o + 8 + len);
    if (view.getUint32(o + 8 + len) !== crc(bytes.subarray(o + 4, o + 8 + len)))
      throw new Error(`PNG: bad CRC in ${type}`);
    chunks.push(type);
    const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (type === 'IHDR') {
      [width, height] = [d.getUint32(0), d.getUint32(4)];
      if (data[8] !== 8 || data[9] !== 6) throw new Error('this test parser reads 8-bit RGBA only');
    } else if (type === 'acTL') [numFrames, numPlays] = [d.getUint32(0), d.getUint32(4)];
    else if (type === 'fcTL') {
      if (d.getUint32(0) !== expectedSeq++) throw new Error('APNG: fcTL out of sequence');
      pending.push({
        rect: { width: d.getUint32(4), height: d.getUint32(8), x: d.getUint32(12), y: d.getUint32(16) },
        delay: [d.getUint16(20), d.getUint16(22)],
        dispose: data[24]!,
        blend: data[25]!,
        data: [],
      });
    } else if (type === 'IDAT') {
      if (pending.length === 1) pending[0]!.data.push(data);
      else defaultImage.push(data);
    } else if (type === 'fdAT') {
      if (d.getUint32(0) !== expectedSeq++) throw new Error('APNG: fdAT out of sequence');
      pending[pending.length - 1]!.data.push(data.subarray(4));
    }
    o += 12 + len;
  }
  if (pending.length === 0)
    pending.push({
      rect: { x: 0, y: 0, width, height },
      delay: [0, 0],
      dispose: 0,
      blend: 0,
      data: defaultImage,
    });
  defaultImage = [];
  const canvas = new Uint8Array(width * height * 4);
  const frames: ApngFrame[] = [];
  let prev: Pending | null = null;
  let saved: Uint8Array | null = null;
  for (const f of pending) {
    if (prev?.dispose === 1) {
      const r = prev.rect;
      for (let y = r.y; y < r.y + r.height; y++)
        canvas.fill(0, (y * width + r.x) * 4, (y * width + r.x + r.width) * 4);
    } else if (prev?.dispose === 2 && saved) canvas.set(saved);
    if (f.dispose === 2) saved = canvas.slice();
    const joined = Buffer.concat(f.data);
    const px = unfilter(joined, f.rect.width, f.rect.height);
    for (let y = 0; y < f.rect.height; y++)
      for (let x = 0; x < f.rect.width; x++) {
        const s = (y * f.rect.width + x) * 4;
        const t = ((f.rect.y + y) * width + f.rect.x + x) * 4;
        if (f.blend === 0) canvas.set(px.subarray(s, s + 4), t);
        else {
          const a = px[s + 3]! / 255;
          const ba = canvas[t + 3]! / 255;
          const oa = a + ba * (1 - a);
          for (let c = 0; c < 3; c++)
            canvas[t + c] = oa ? Math.round((px[s + c]! * a + canvas[t + c]! * ba * (1 - a)) / oa) : 0;
          canvas[t + 3] = Math.round(oa * 255);
        }
      }
    frames.push({ rect: f.rect, delay: f.delay, dispose: f.dispose, blend: f.blend, rgba: canvas.slice() });
    prev = f;
  }
  return { width, height, numFrames, numPlays, chunks, frames };
}
