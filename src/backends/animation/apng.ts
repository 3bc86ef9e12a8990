/**
 * The APNG writer: an animated PNG that every PNG decoder still reads (it shows the first frame).
 *
 * The first frame is an ordinary PNG from `encodePng` (with pHYs and tEXt), into which the acTL
 * chunk (frame count and loops) and the first fcTL (frame control) are inserted before its IDAT.
 * Every later frame is an fcTL and an fdAT holding only the rectangle that changed, which replaces
 * those pixels (blend "source", so alpha is exact) and stays in place (dispose "none"). Frames are
 * lossless, so the file decodes back to exactly the pixels it was given.
 */
import type {
  AnimationFrame,
  AnimationSession,
  AnimationWriter,
  AnimationWriterOptions,
} from '../../core/animationWriters.js';
import { TsplotlibError } from '../../core/errors.js';
import { encodePng, pngChunk, pngImageData } from '../png/encodePng.js';
import { changedRect, checkFrame, cropRgba, pixelWords, type PixelRect } from './pixels.js';

interface ApngFrame {
  readonly rect: PixelRect;
  /** Compressed image data (IDAT/fdAT payload). */
  readonly data: Uint8Array;
}

const DISPOSE_NONE = 0;
const BLEND_SOURCE = 0;

function u32(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value);
}

/** A frame delay as PNG's fraction of a second: exact for whole fps, else in milliseconds. */
function delayFraction(fps: number): [number, number] {
  if (Number.isInteger(fps) && fps <= 0xffff) return [1, fps];
  return [Math.min(0xffff, Math.max(1, Math.round(1000 / fps))), 1000];
}

/** The fcTL chunk of a frame. */
function fcTL(seq: number, rect: PixelRect, delay: [number, number]): Uint8Array {
  const data = new Uint8Array(26);
  const v = new DataView(data.buffer);
  u32(v, 0, seq);
  u32(v, 4, rect.width);
  u32(v, 8, rect.height);
  u32(v, 12, rect.x);
  u32(v, 16, rect.y);
  v.setUint16(20, delay[0]);
  v.setUint16(22, delay[1]);
  data[24] = DISPOSE_NONE;
  data[25] = BLEND_SOURCE;
  return pngChunk('fcTL', data);
}

/** The fdAT chunk: the sequence number, then the frame's compressed data. */
function fdAT(seq: number, compressed: Uint8Array): Uint8Array {
  const data = new Uint8Array(4 + compressed.length);
  u32(new DataView(data.buffer), 0, seq);
  data.set(compressed, 4);
  return pngChunk('fdAT', data);
}

/** Splits a PNG into the bytes before its first IDAT chunk and the IDAT chunks themselves. */
function splitAtIdat(png: Uint8Array): { head: Uint8Array; idat: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let o = 8;
  let start = -1;
  while (o < png.length) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    if (type === 'IDAT' && start < 0) start = o;
    if (type === 'IEND') break;
    o += 12 + len;
  }
  return { head: png.subarray(0, start), idat: png.subarray(start, o) };
}

class ApngSession implements AnimationSession {
  private first: Uint8Array | null = null;
  private readonly frames: ApngFrame[] = [];
  private size: [number, number] | null = null;
  private prev: Uint32Array | null = null;

  constructor(
    private readonly call: string,
    private readonly options: AnimationWriterOptions,
  ) {}

  addFrame(frame: AnimationFrame): void {
    checkFrame(this.call, frame, this.size);
    const { width, height, data } = frame;
    const words = pixelWords(frame);
    if (!this.prev) {
      this.size = [width, height];
      const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
      const text = { Software: 'tsplotlib', ...this.options.metadata };
      this.first = encodePng({ width, height, data: pixels }, { dpi: this.options.dpi, text });
      this.frames.push({ rect: { x: 0, y: 0, width, height }, data: new Uint8Array(0) });
    } else {
      const rect = changedRect(this.prev, words, width, height) ?? { x: 0, y: 0, width: 1, height: 1 };
      const crop = new Uint8ClampedArray(cropRgba(data, width, rect).buffer);
      this.frames.push({ rect, data: pngImageData({ width: rect.width, height: rect.height, data: crop }) });
    }
    this.prev = words.slice();
  }

  finish(): Uint8Array {
    if (!this.first) throw new TsplotlibError(this.call, 'no frames were added');
    const { head, idat } = splitAtIdat(this.first);
    const actl = new Uint8Array(8);
    const v = new DataView(actl.buffer);
    u32(v, 0, this.frames.length);
    u32(v, 4, this.options.loop);
    const delay = delayFraction(this.options.fps);
    const parts = [head, pngChunk('acTL', actl), fcTL(0, this.frames[0]!.rect, delay), idat];
    let seq = 1;
    for (const f of this.frames.slice(1)) {
      parts.push(fcTL(seq++, f.rect, delay), fdAT(seq++, f.data));
    }
    parts.push(pngChunk('IEND', new Uint8Array(0)));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  abort(): void {
    this.frames.length = 0;
    this.first = null;
  }
}

/** The animated PNG writer (extensions `.png` and `.apng`). */
export const apngWriter: AnimationWriter = {
  description: 'animated PNG (APNG, lossless)',
  extensions: ['png', 'apng'],
  open: (call, options) => new ApngSession(call, options),
};
