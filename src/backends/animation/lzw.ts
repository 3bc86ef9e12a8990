/**
 * The LZW compressor of GIF images: variable-length codes from `minCodeSize + 1` up to 12 bits,
 * least significant bit first, a clear code at the start and whenever the 4096-entry table fills,
 * and the end-of-information code at the end. The output is split into the data sub-blocks GIF
 * expects (a length byte, at most 255 bytes, and a zero-length block to finish).
 *
 * The string table is a flat array indexed by `prefix * 256 + byte`. Each entry carries the number
 * of the table generation that wrote it, so a clear code costs nothing: bumping the generation
 * forgets every entry at once.
 */

const MAX_CODE = 4096;
const TABLE_SIZE = MAX_CODE * 256;

let codes: Uint16Array | null = null;
let stamps: Uint16Array | null = null;
let generation = 0;

/** A fresh, empty string table (allocated once per process, 4 MB). */
function resetTable(): { codes: Uint16Array; stamps: Uint16Array; gen: number } {
  codes ??= new Uint16Array(TABLE_SIZE);
  stamps ??= new Uint16Array(TABLE_SIZE);
  generation++;
  if (generation > 0xffff) {
    stamps.fill(0);
    generation = 1;
  }
  return { codes, stamps, gen: generation };
}

/** Packs codes of varying width into bytes, least significant bit first. */
class BitWriter {
  private bytes = new Uint8Array(4096);
  private length = 0;
  private acc = 0;
  private bits = 0;

  write(code: number, width: number): void {
    this.acc |= code << this.bits;
    this.bits += width;
    while (this.bits >= 8) {
      this.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  /** The packed bytes, the last partial byte padded with zeros. */
  finish(): Uint8Array {
    if (this.bits > 0) this.push(this.acc & 0xff);
    this.acc = 0;
    this.bits = 0;
    return this.bytes.subarray(0, this.length);
  }

  private push(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }
}

/** Splits LZW bytes into GIF data sub-blocks, ending with the block terminator. */
function subBlocks(data: Uint8Array): Uint8Array {
  const blocks = Math.ceil(data.length / 255);
  const out = new Uint8Array(data.length + blocks + 1);
  let o = 0;
  for (let i = 0; i < data.length; i += 255) {
    const n = Math.min(255, data.length - i);
    out[o++] = n;
    out.set(data.subarray(i, i + n), o);
    o += n;
  }
  out[o] = 0;
  return out;
}

/**
 * Compresses palette indices (each below `2 ** minCodeSize`) into GIF image data: the LZW minimum
 * code size byte followed by the data sub-blocks.
 */
export function lzwEncode(indices: Uint8Array, minCodeSize: number): Uint8Array {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const out = new BitWriter();
  let table = resetTable();
  let next = clear + 2;
  let width = minCodeSize + 1;
  out.write(clear, width);
  let prefix = indices.length > 0 ? indices[0]! : 0;
  for (let i = 1; i < indices.length; i++) {
    const k = indices[i]!;
    const key = (prefix << 8) | k;
    if (table.stamps[key] === table.gen) {
      prefix = table.codes[key]!;
      continue;
    }
    out.write(prefix, width);
    // The decoder widens its codes when its table reaches the current width's limit, one code
    // after the encoder adds that entry; widening here, before adding, keeps the two in step.
    if (next === 1 << width && width < 12) width++;
    if (next < MAX_CODE) {
      table.codes[key] = next++;
      table.stamps[key] = table.gen;
    } else {
      out.write(clear, width);
      table = resetTable();
      next = clear + 2;
      width = minCodeSize + 1;
    }
    prefix = k;
  }
  out.write(prefix, width);
  if (next === 1 << width && width < 12) width++;
  out.write(end, width);
  const data = out.finish();
  const result = new Uint8Array(1 + data.length + Math.ceil(data.length / 255) + 1);
  result[0] = minCodeSize;
  result.set(subBlocks(data), 1);
  return result;
}
