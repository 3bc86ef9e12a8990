/**
 * Little-endian byte streams for the display list: a growable writer and a bounds-checked reader.
 * The reader never trusts a length: every count is checked against the bytes that remain (times
 * the smallest size of one element) before anything is allocated, so a corrupt or hostile frame
 * fails fast with a clear error instead of allocating gigabytes or looping for minutes.
 */
import { TsplotlibError } from '../errors.js';

/** True on little-endian hosts, where typed arrays can be copied to and from the wire as bytes. */
const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Throws the decoder's error: `displayList: <detail>`. */
export function corrupt(detail: string): never {
  throw new TsplotlibError('displayList', detail);
}

/** Appends little-endian values to a buffer that doubles when full. */
export class ByteWriter {
  private bytes = new Uint8Array(4096);
  private view = new DataView(this.bytes.buffer);
  private pos = 0;

  /**
   * Claims `n` bytes and returns where they start. It may replace the buffer and its view, so
   * callers take the offset first and only then touch `this.bytes` or `this.view`.
   */
  private reserve(n: number): number {
    const at = this.pos;
    if (at + n > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < at + n) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, at));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.pos += n;
    return at;
  }

  u8(v: number): void {
    const at = this.reserve(1);
    this.view.setUint8(at, v);
  }
  u16(v: number): void {
    const at = this.reserve(2);
    this.view.setUint16(at, v, true);
  }
  u32(v: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, v, true);
  }
  f64(v: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, v, true);
  }
  /** Raw bytes, as they are. */
  raw(src: Uint8Array | Uint8ClampedArray): void {
    const at = this.reserve(src.length);
    this.bytes.set(src, at);
  }
  /** A u32 byte length and the UTF-8 bytes. */
  str(s: string): void {
    const b = utf8Encoder.encode(s);
    this.u32(b.length);
    this.raw(b);
  }
  /** The values of a Float32Array or Float64Array, without a count. */
  floats(values: Float32Array | Float64Array): void {
    if (HOST_LE) {
      this.raw(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
      return;
    }
    const size = values.BYTES_PER_ELEMENT;
    const at = this.reserve(values.length * size);
    for (let i = 0; i < values.length; i++) {
      if (size === 4) this.view.setFloat32(at + 4 * i, values[i]!, true);
      else this.view.setFloat64(at + 8 * i, values[i]!, true);
    }
  }
  /** The bytes written so far (a copy sized to fit). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.pos);
  }
}

/** Reads little-endian values, refusing to read past the end. */
export class ByteReader {
  private readonly view: DataView;
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  get offset(): number {
    return this.pos;
  }

  /** Claims `n` bytes for `what`, or throws the truncation error. */
  private take(n: number, what: string): number {
    if (n > this.remaining)
      corrupt(`truncated frame: ${what} needs ${n} bytes at offset ${this.pos}, ${this.remaining} remain`);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  u8(what: string): number {
    return this.view.getUint8(this.take(1, what));
  }
  u16(what: string): number {
    return this.view.getUint16(this.take(2, what), true);
  }
  u32(what: string): number {
    return this.view.getUint32(this.take(4, what), true);
  }
  f64(what: string): number {
    return this.view.getFloat64(this.take(8, what), true);
  }
  /** A u8 that must be below `count` (an enum or a tag). */
  tag(what: string, count: number): number {
    const v = this.u8(what);
    if (v >= count) corrupt(`invalid ${what} tag ${v} at offset ${this.pos - 1}`);
    return v;
  }
  /**
   * A u32 count of elements each at least `minBytes` long, checked against `max` and against what
   * remains, so no count can make the decoder allocate more than the frame itself could hold.
   */
  count(what: string, minBytes: number, max = Infinity): number {
    const n = this.u32(what);
    if (n > max) corrupt(`${what} ${n} exceeds the limit of ${max}`);
    if (n * minBytes > this.remaining)
      corrupt(`${what} ${n} needs at least ${n * minBytes} bytes, only ${this.remaining} remain`);
    return n;
  }
  /** A copy of `n` raw bytes. */
  raw(n: number, what: string): Uint8Array {
    const at = this.take(n, what);
    return this.bytes.slice(at, at + n);
  }
  str(what: string, maxBytes: number): string {
    const n = this.count(`${what} length`, 1, maxBytes);
    const at = this.take(n, what);
    try {
      return utf8Decoder.decode(this.bytes.subarray(at, at + n));
    } catch {
      return corrupt(`${what} at offset ${at} is not valid UTF-8`);
    }
  }
  /** `n` Float32 or Float64 values, widened to a Float64Array. */
  floats(n: number, size: 4 | 8, what: string): Float64Array {
    const at = this.take(n * size, what);
    if (size === 8 && HOST_LE) return new Float64Array(this.bytes.slice(at, at + 8 * n).buffer);
    if (HOST_LE) return Float64Array.from(new Float32Array(this.bytes.slice(at, at + 4 * n).buffer));
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++)
      out[i] = size === 4 ? this.view.getFloat32(at + 4 * i, true) : this.view.getFloat64(at + 8 * i, true);
    return out;
  }
}
