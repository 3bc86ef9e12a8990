/**
 * A small GIF decoder for tests, written from the GIF89a specification independently of the
 * encoder: it reads the logical screen, colour tables, graphic control and NETSCAPE2.0 extensions,
 * decodes LZW image data and composes every frame onto the canvas with its disposal method, so a
 * test can compare each frame as a viewer would show it.
 */

export interface GifFrame {
  /** Delay in centiseconds. */
  delay: number;
  disposal: number;
  transparentIndex: number | null;
  rect: { x: number; y: number; width: number; height: number };
  /** Whether the frame had its own colour table. */
  localTable: boolean;
  /** The whole canvas after this frame, RGBA (transparent pixels are 0,0,0,0). */
  rgba: Uint8Array;
  /** The frame's own image data in the file: from its image descriptor to its block terminator. */
  bytes: [number, number];
  /** The frame's pixels alone (its rectangle), before composition; transparent pixels are 0,0,0,0. */
  own: Uint8Array;
}

export interface DecodedGif {
  width: number;
  height: number;
  /** NETSCAPE2.0 loop count (0 forever), or null without the extension. */
  loop: number | null;
  globalTable: Uint8Array | null;
  frames: GifFrame[];
}

/** Decodes LZW image data (already joined from its sub-blocks) into `pixelCount` indices. */
export function lzwDecode(data: Uint8Array, minCodeSize: number, pixelCount: number): Uint8Array {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const out = new Uint8Array(pixelCount);
  let written = 0;
  // Each table entry is its prefix code and last byte; strings are unrolled when emitted.
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const stack = new Uint8Array(4097);
  for (let i = 0; i < clear; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    first[i] = i;
  }
  let width = minCodeSize + 1;
  let next = clear + 2;
  let prev = -1;
  let bitPos = 0;
  const totalBits = data.length * 8;
  const emit = (code: number): void => {
    let n = 0;
    for (let c = code; c >= 0; c = prefix[c]!) stack[n++] = suffix[c]!;
    while (n > 0 && written < pixelCount) out[written++] = stack[--n]!;
  };
  while (bitPos + width <= totalBits) {
    let code = 0;
    for (let b = 0; b < width; b++, bitPos++) code |= ((data[bitPos >> 3]! >> (bitPos & 7)) & 1) << b;
    if (code === clear) {
      width = minCodeSize + 1;
      next = clear + 2;
      prev = -1;
      continue;
    }
    if (code === end) break;
    if (prev < 0) {
      if (code >= clear) throw new Error(`GIF: first code after clear is ${code}`);
      emit(code);
      prev = code;
      continue;
    }
    if (code > next) throw new Error(`GIF: code ${code} is beyond the table (${next})`);
    if (next < 4096) {
      const known = code < next;
      prefix[next] = prev;
      suffix[next] = known ? first[code]! : first[prev]!;
      first[next] = first[prev]!;
      next++;
      if (next === 1 << width && width < 12) width++;
    }
    emit(code);
    prev = code;
  }
  if (written !== pixelCount) throw new Error(`GIF: decoded ${written} pixels, expected ${pixelCount}`);
  return out;
}

/** Decodes every frame of a GIF. */
export function decodeGif(bytes: Uint8Array): DecodedGif {
  const sig = String.fromCharCode(...bytes.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') throw new Error(`not a GIF: ${sig}`);
  let o = 6;
  const u16 = (): number => {
    const v = bytes[o]! | (bytes[o + 1]! << 8);
    o += 2;
    return v;
  };
  const width = u16();
  const height = u16();
  const packed = bytes[o]!;
  o += 3;
  const table = (flags: number): Uint8Array | null => {
    if (!(flags & 0x80)) return null;
    const n = 3 << ((flags & 7) + 1);
    const t = bytes.slice(o, o + n);
    o += n;
    return t;
  };
  const globalTable = table(packed);
  const readBlocks = (): Uint8Array => {
    const parts: number[] = [];
    for (let n = bytes[o++]!; n > 0; n = bytes[o++]!) {
      for (let i = 0; i < n; i++) parts.push(bytes[o + i]!);
      o += n;
    }
    return Uint8Array.from(parts);
  };
  let loop: number | null = null;
  const frames: GifFrame[] = [];
  const canvas = new Uint8Array(width * height * 4);
  let gce = { delay: 0, disposal: 0, transparentIndex: null as number | null };
  let previous: GifFrame | null = null;
  let savedCanvas: Uint8Array | null = null;
  for (;;) {
    const block = bytes[o++];
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = bytes[o++]!;
      const data = readBlocks();
      if (label === 0xf9)
        gce = {
          disposal: (data[0]! >> 2) & 7,
          delay: data[1]! | (data[2]! << 8),
          transparentIndex: data[0]! & 1 ? data[3]! : null,
        };
      if (label === 0xff && String.fromCharCode(...data.subarray(0, 11)) === 'NETSCAPE2.0')
        loop = data[12]! | (data[13]! << 8);
      continue;
    }
    if (block !== 0x2c) throw new Error(`GIF: unexpected block 0x${block?.toString(16)} at ${o - 1}`);
    const start = o - 1;
    const rect = { x: u16(), y: u16(), width: u16(), height: u16() };
    const flags = bytes[o++]!;
    if (flags & 0x40) throw new Error('GIF: interlaced images are not supported by this test decoder');
    const local = table(flags);
    const colors = local ?? globalTable;
    if (!colors) throw new Error('GIF: a frame without any colour table');
    const minCodeSize = bytes[o++]!;
    const indices = lzwDecode(readBlocks(), minCodeSize, rect.width * rect.height);
    // Apply the previous frame's disposal before drawing this one.
    if (previous?.disposal === 2) {
      const r = previous.rect;
      for (let y = r.y; y < r.y + r.height; y++)
        canvas.fill(0, (y * width + r.x) * 4, (y * width + r.x + r.width) * 4);
    } else if (previous?.disposal === 3 && savedCanvas) canvas.set(savedCanvas);
    if (gce.disposal === 3) savedCanvas = canvas.slice();
    const own = new Uint8Array(rect.width * rect.height * 4);
    for (let y = 0; y < rect.height; y++)
      for (let x = 0; x < rect.width; x++) {
        const idx = indices[y * rect.width + x]!;
        if (idx === gce.transparentIndex) continue;
        if (idx * 3 + 2 >= colors.length) throw new Error(`GIF: index ${idx} is outside the colour table`);
        const rgba = [colors[idx * 3]!, colors[idx * 3 + 1]!, colors[idx * 3 + 2]!, 255];
        own.set(rgba, (y * rect.width + x) * 4);
        canvas.set(rgba, ((rect.y + y) * width + rect.x + x) * 4);
      }
    const bytesRange: [number, number] = [start, o];
    previous = { ...gce, rect, localTable: local !== null, rgba: canvas.slice(), bytes: bytesRange, own };
    frames.push(previous);
    gce = { delay: 0, disposal: 0, transparentIndex: null };
  }
  return { width, height, loop, globalTable, frames };
}

/**
 * A one-image GIF holding frame `index`'s own image data (its rectangle, colour table and LZW
 * bytes as the encoder wrote them) at the origin, so that another decoder can check that data.
 */
export function frameAsGif(bytes: Uint8Array, index: number): Uint8Array {
  const gif = decodeGif(bytes);
  const f = gif.frames[index]!;
  const [start, end] = f.bytes;
  const { width: w, height: h } = f.rect;
  const header = bytes.subarray(0, 13).slice();
  header.set([w & 0xff, w >> 8, h & 0xff, h >> 8], 6);
  const gct = gif.globalTable ?? new Uint8Array(0);
  const image = bytes.slice(start, end);
  image.set([0, 0, 0, 0], 1);
  const out = new Uint8Array(header.length + gct.length + image.length + 1);
  out.set(header, 0);
  out.set(gct, header.length);
  out.set(image, header.length + gct.length);
  out[out.length - 1] = 0x3b;
  return out;
}
