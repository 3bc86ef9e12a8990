/**
 * Palettes for GIF frames. Plots usually hold few colours, so a frame is first indexed exactly
 * (every colour kept, the frame decodes back bit for bit) into a palette that may be shared with
 * earlier frames; only a frame with more than 256 colours is quantised, by median cut over a
 * 15-bit histogram (five bits per channel), whose boxes partition the histogram so that every
 * pixel's palette index is a table lookup.
 *
 * GIF has one-bit transparency: pixels with alpha below 128 become the palette's transparent entry,
 * the others are written opaque.
 */

/** The palette key of transparent pixels; opaque pixels use their 24-bit RGB value. */
const TRANSPARENT_KEY = 0x1000000;

/** The palette key of the RGBA pixel at byte offset `i`. */
function keyAt(d: Uint8Array, i: number): number {
  return d[i + 3]! < 128 ? TRANSPARENT_KEY : (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
}

/** An indexed palette of at most 256 colours that frames can add to. */
export class Palette {
  private readonly index = new Map<number, number>();
  private readonly keys: number[] = [];

  /** The number of entries. */
  get size(): number {
    return this.keys.length;
  }

  /** The index of the transparent entry, or -1. */
  get transparentIndex(): number {
    return this.index.get(TRANSPARENT_KEY) ?? -1;
  }

  /**
   * Indexes RGBA pixels into `out`, adding their colours; when more than `limit` entries would be
   * needed the palette is left as it was and false is returned.
   */
  tryIndex(rgba: Uint8Array, out: Uint8Array, limit = 256): boolean {
    const before = this.keys.length;
    let lastKey = -1;
    let lastIndex = 0;
    for (let p = 0, i = 0; i < rgba.length; p++, i += 4) {
      const key = keyAt(rgba, i);
      if (key !== lastKey) {
        let idx = this.index.get(key);
        if (idx === undefined) {
          if (this.keys.length >= limit) {
            this.rollback(before);
            return false;
          }
          idx = this.keys.length;
          this.keys.push(key);
          this.index.set(key, idx);
        }
        lastKey = key;
        lastIndex = idx;
      }
      out[p] = lastIndex;
    }
    return true;
  }

  private rollback(size: number): void {
    while (this.keys.length > size) this.index.delete(this.keys.pop()!);
  }

  /** The colour table: RGB triples, padded with black to a power of two of at least 2 entries. */
  colorTable(): Uint8Array {
    return tableOf(this.keys.map((k) => (k === TRANSPARENT_KEY ? 0 : k)));
  }
}

/** Bits of a GIF colour table for `n` entries: the table holds `2 ** bits` entries, bits in 1..8. */
export function tableBits(n: number): number {
  let bits = 1;
  while (1 << bits < n) bits++;
  return bits;
}

function tableOf(rgb: readonly number[]): Uint8Array {
  const out = new Uint8Array((1 << tableBits(rgb.length)) * 3);
  rgb.forEach((c, i) => out.set([c >> 16, (c >> 8) & 0xff, c & 0xff], i * 3));
  return out;
}

/** A quantised frame: its colour table, indices, and transparent entry (or -1). */
export interface QuantizedImage {
  readonly table: Uint8Array;
  readonly size: number;
  readonly indices: Uint8Array;
  readonly transparentIndex: number;
}

const BINS = 1 << 15;

function binOf(d: Uint8Array, i: number): number {
  return ((d[i]! >> 3) << 10) | ((d[i + 1]! >> 3) << 5) | (d[i + 2]! >> 3);
}

/** A median-cut box: the occupied histogram bins it holds. */
interface Box {
  bins: number[];
  count: number;
  /** The channel (0 r, 1 g, 2 b) with the widest range, and that range. */
  axis: number;
  range: number;
}

function makeBox(bins: number[], counts: Uint32Array): Box {
  let count = 0;
  const lo = [31, 31, 31], hi = [0, 0, 0]; // prettier-ignore
  for (const b of bins) {
    count += counts[b]!;
    const c = [b >> 10, (b >> 5) & 31, b & 31];
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, c[k]!);
      hi[k] = Math.max(hi[k]!, c[k]!);
    }
  }
  const ranges = [hi[0]! - lo[0]!, hi[1]! - lo[1]!, hi[2]! - lo[2]!];
  const axis = ranges.indexOf(Math.max(...ranges));
  return { bins, count, axis, range: ranges[axis]! };
}

/** Splits a box at the median pixel along its widest channel. */
function splitBox(box: Box, counts: Uint32Array): [Box, Box] {
  const shift = [10, 5, 0][box.axis]!;
  const sorted = [...box.bins].sort((a, b) => ((a >> shift) & 31) - ((b >> shift) & 31));
  let acc = 0;
  let cut = 1;
  for (let i = 0; i < sorted.length - 1; i++) {
    acc += counts[sorted[i]!]!;
    cut = i + 1;
    if (acc * 2 >= box.count) break;
  }
  return [makeBox(sorted.slice(0, cut), counts), makeBox(sorted.slice(cut), counts)];
}

/** Quantises RGBA pixels to at most 256 colours (255 and a transparent entry when needed). */
export function medianCut(rgba: Uint8Array): QuantizedImage {
  const counts = new Uint32Array(BINS);
  const sums = new Float64Array(BINS * 3);
  let transparent = false;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3]! < 128) {
      transparent = true;
      continue;
    }
    const b = binOf(rgba, i);
    counts[b]!++;
    sums[b * 3] = sums[b * 3]! + rgba[i]!;
    sums[b * 3 + 1] = sums[b * 3 + 1]! + rgba[i + 1]!;
    sums[b * 3 + 2] = sums[b * 3 + 2]! + rgba[i + 2]!;
  }
  const occupied: number[] = [];
  for (let b = 0; b < BINS; b++) if (counts[b]) occupied.push(b);
  const limit = transparent ? 255 : 256;
  const boxes: Box[] = occupied.length ? [makeBox(occupied, counts)] : [];
  while (boxes.length < limit) {
    let best = -1;
    for (let i = 0; i < boxes.length; i++)
      if (
        boxes[i]!.bins.length > 1 &&
        (best < 0 || boxes[i]!.count * boxes[i]!.range > boxes[best]!.count * boxes[best]!.range)
      )
        best = i;
    if (best < 0) break;
    boxes.splice(best, 1, ...splitBox(boxes[best]!, counts));
  }
  const lookup = new Uint8Array(BINS);
  const colors = boxes.map((box, i) => {
    let n = 0, r = 0, g = 0, b = 0; // prettier-ignore
    for (const bin of box.bins) {
      lookup[bin] = i;
      n += counts[bin]!;
      r += sums[bin * 3]!;
      g += sums[bin * 3 + 1]!;
      b += sums[bin * 3 + 2]!;
    }
    return (Math.round(r / n) << 16) | (Math.round(g / n) << 8) | Math.round(b / n);
  });
  const transparentIndex = transparent ? colors.length : -1;
  if (transparent) colors.push(0);
  const indices = new Uint8Array(rgba.length >> 2);
  for (let p = 0, i = 0; i < rgba.length; p++, i += 4)
    indices[p] = rgba[i + 3]! < 128 ? transparentIndex : lookup[binOf(rgba, i)]!;
  return { table: tableOf(colors), size: colors.length, indices, transparentIndex };
}
