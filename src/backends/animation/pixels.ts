/**
 * Pixel helpers shared by the animation encoders: frames as 32-bit words, the rectangle where two
 * frames differ, and cropping. Encoders store only the changed rectangle of each frame after the
 * first, which is most of their saving on plots, where a moving line changes a small part.
 */
import { TsplotlibError } from '../../core/errors.js';
import type { AnimationFrame } from '../../core/animationWriters.js';

/** A rectangle of pixels, from the top-left. */
export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The frame's RGBA bytes as one 32-bit word per pixel (copied only when the bytes are misaligned). */
export function pixelWords(frame: AnimationFrame): Uint32Array {
  const d = frame.data;
  if (d.byteOffset % 4 === 0) return new Uint32Array(d.buffer, d.byteOffset, d.length >> 2);
  return new Uint32Array(Uint8Array.from(d).buffer);
}

/** Checks a frame's size against the first one's. */
export function checkFrame(call: string, frame: AnimationFrame, size: [number, number] | null): void {
  const { width, height, data } = frame;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new TsplotlibError(call, `invalid frame size ${width}x${height}`);
  if (data.length !== width * height * 4)
    throw new TsplotlibError(call, `expected ${width * height * 4} bytes of RGBA, got ${data.length}`);
  if (size && (size[0] !== width || size[1] !== height))
    throw new TsplotlibError(
      call,
      `frame size changed from ${size[0]}x${size[1]} to ${width}x${height}; every frame must have the first one's size`,
    );
}

/** The smallest rectangle holding every pixel that differs, or null when the frames are equal. */
export function changedRect(
  prev: Uint32Array,
  cur: Uint32Array,
  width: number,
  height: number,
): PixelRect | null {
  let top = -1;
  for (let y = 0; y < height && top < 0; y++)
    for (let i = y * width, e = i + width; i < e; i++)
      if (prev[i] !== cur[i]) {
        top = y;
        break;
      }
  if (top < 0) return null;
  let bottom = top;
  for (let y = height - 1; y > top; y--) {
    let differs = false;
    for (let i = y * width, e = i + width; i < e; i++) if (prev[i] !== cur[i]) differs = true;
    if (differs) {
      bottom = y;
      break;
    }
  }
  let left = width - 1;
  let right = 0;
  for (let y = top; y <= bottom; y++) {
    const row = y * width;
    for (let x = 0; x < left; x++) if (prev[row + x] !== cur[row + x]) left = x;
    for (let x = width - 1; x > right; x--) if (prev[row + x] !== cur[row + x]) right = x;
  }
  if (right < left) right = left;
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** The RGBA bytes of `rect`, rows from the top. */
export function cropRgba(data: Uint8Array | Uint8ClampedArray, width: number, rect: PixelRect): Uint8Array {
  const out = new Uint8Array(rect.width * rect.height * 4);
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.y + y) * width + rect.x) * 4;
    out.set(data.subarray(from, from + rect.width * 4), y * rect.width * 4);
  }
  return out;
}
