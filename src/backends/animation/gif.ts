/**
 * The GIF writer: animated GIF89a with the NETSCAPE2.0 loop extension.
 *
 * Each frame after the first stores only the rectangle that changed, drawn over the previous frame
 * (disposal "do not dispose"); a frame with transparent pixels is stored whole over a cleared
 * canvas instead (the frame before it is disposed to the background), since a transparent pixel
 * could not otherwise erase what was there. Frames are indexed exactly into a palette shared with
 * earlier frames (the global colour table) while it has room, else into a local table, and are
 * quantised by median cut only when they hold more than 256 colours. Delays are in hundredths of
 * a second, rounded so that they add up to the right total at any fps.
 */
import type {
  AnimationFrame,
  AnimationSession,
  AnimationWriter,
  AnimationWriterOptions,
} from '../../core/animationWriters.js';
import { TsplotlibError } from '../../core/errors.js';
import { lzwEncode } from './lzw.js';
import { changedRect, checkFrame, cropRgba, pixelWords, type PixelRect } from './pixels.js';
import { medianCut, Palette, tableBits } from './quantize.js';

/** GIF disposal methods. */
const DISPOSE_NONE = 1;
const DISPOSE_BACKGROUND = 2;

interface GifFrame {
  readonly rect: PixelRect;
  /** The local colour table, or null when the frame uses the global one. */
  readonly table: Uint8Array | null;
  readonly image: Uint8Array;
  readonly transparentIndex: number;
  readonly delay: number;
  readonly transparent: boolean;
  disposal: number;
}

/** Little-endian 16-bit. */
function le16(n: number): [number, number] {
  return [n & 0xff, (n >> 8) & 0xff];
}

function hasTransparency(data: Uint8Array | Uint8ClampedArray): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 128) return true;
  return false;
}

class GifSession implements AnimationSession {
  private readonly global = new Palette();
  private readonly frames: GifFrame[] = [];
  private size: [number, number] | null = null;
  private prev: Uint32Array | null = null;
  private prevTransparent = false;

  constructor(
    private readonly call: string,
    private readonly options: AnimationWriterOptions,
  ) {}

  addFrame(frame: AnimationFrame): void {
    checkFrame(this.call, frame, this.size);
    const { width, height } = frame;
    this.size ??= [width, height];
    const words = pixelWords(frame);
    const transparent = hasTransparency(frame.data);
    const full: PixelRect = { x: 0, y: 0, width, height };
    const rect =
      this.prev && !transparent && !this.prevTransparent
        ? (changedRect(this.prev, words, width, height) ?? { x: 0, y: 0, width: 1, height: 1 })
        : full;
    const region = rect === full ? Uint8Array.from(frame.data) : cropRgba(frame.data, width, rect);
    const last = this.frames[this.frames.length - 1];
    if (last) last.disposal = transparent ? DISPOSE_BACKGROUND : DISPOSE_NONE;
    this.frames.push({
      ...this.index(region, transparent),
      rect,
      transparent,
      delay: this.delay(this.frames.length),
      disposal: DISPOSE_NONE,
    });
    this.prev = words.slice();
    this.prevTransparent = transparent;
  }

  /** Indexes a region: into the global palette if it fits, else exactly into a local one, else quantised. */
  private index(
    region: Uint8Array,
    transparent: boolean,
  ): Pick<GifFrame, 'table' | 'image' | 'transparentIndex'> {
    const indices = new Uint8Array(region.length >> 2);
    if (this.global.tryIndex(region, indices)) {
      const t = transparent ? this.global.transparentIndex : -1;
      return {
        table: null,
        image: lzwEncode(indices, Math.max(2, tableBits(this.global.size))),
        transparentIndex: t,
      };
    }
    const local = new Palette();
    if (local.tryIndex(region, indices)) {
      const image = lzwEncode(indices, Math.max(2, tableBits(local.size)));
      return { table: local.colorTable(), image, transparentIndex: local.transparentIndex };
    }
    const q = medianCut(region);
    return {
      table: q.table,
      image: lzwEncode(q.indices, Math.max(2, tableBits(q.size))),
      transparentIndex: q.transparentIndex,
    };
  }

  /** Frame `i`'s delay in centiseconds, rounded so that the running total stays exact. */
  private delay(i: number): number {
    const cs = 100 / this.options.fps;
    return Math.min(0xffff, Math.round((i + 1) * cs) - Math.round(i * cs));
  }

  finish(): Uint8Array {
    if (!this.size || this.frames.length === 0) throw new TsplotlibError(this.call, 'no frames were added');
    const first = this.frames[0]!;
    this.frames[this.frames.length - 1]!.disposal = first.transparent ? DISPOSE_BACKGROUND : DISPOSE_NONE;
    const parts: Uint8Array[] = [this.header(this.size)];
    for (const f of this.frames) parts.push(...frameParts(f));
    parts.push(Uint8Array.of(0x3b));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  /** The signature, the logical screen with the global colour table, and the loop extension. */
  private header([width, height]: [number, number]): Uint8Array {
    const hasGlobal = this.global.size > 0;
    const bits = tableBits(this.global.size);
    const bytes = [...'GIF89a'].map((c) => c.charCodeAt(0));
    bytes.push(...le16(width), ...le16(height), hasGlobal ? 0xf0 | (bits - 1) : 0x70, 0, 0);
    if (hasGlobal) bytes.push(...this.global.colorTable());
    const loop = this.options.loop;
    // NETSCAPE2.0 counts repetitions after the first play; 0 means forever.
    if (loop !== 1) {
      bytes.push(0x21, 0xff, 0x0b, ...[...'NETSCAPE2.0'].map((c) => c.charCodeAt(0)));
      bytes.push(0x03, 0x01, ...le16(loop === 0 ? 0 : loop - 1), 0x00);
    }
    return Uint8Array.from(bytes);
  }

  abort(): void {
    this.frames.length = 0;
  }
}

/** A frame's graphic control extension, image descriptor, local colour table and image data. */
function frameParts(f: GifFrame): Uint8Array[] {
  const t = f.transparentIndex >= 0;
  const gce = [
    0x21,
    0xf9,
    0x04,
    (f.disposal << 2) | (t ? 1 : 0),
    ...le16(f.delay),
    t ? f.transparentIndex : 0,
    0,
  ];
  const { x, y, width, height } = f.rect;
  const packed = f.table ? 0x80 | (tableBits(f.table.length / 3) - 1) : 0;
  const descriptor = [0x2c, ...le16(x), ...le16(y), ...le16(width), ...le16(height), packed];
  return [Uint8Array.from([...gce, ...descriptor]), ...(f.table ? [f.table] : []), f.image];
}

/** The animated GIF writer (extension `.gif`). */
export const gifWriter: AnimationWriter = {
  description: 'animated GIF (GIF89a, at most 256 colours a frame)',
  extensions: ['gif'],
  open: (call, options) => new GifSession(call, options),
};
