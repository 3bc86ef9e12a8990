/**
 * Pixel snapping, as matplotlib's `PathSnapper` (`src/path_converters.h`): a path made only of
 * horizontal and vertical segments (and at most 1024 vertices, no curves) has its vertices rounded
 * to pixel centres, so a 1-pixel line covers one row of pixels instead of blurring over two.
 *
 * The rule works in output pixel coordinates (after the y flip): `floor(v + 0.5) + s`, where `s`
 * is 0.5 for strokes of odd integer width (their centre line must sit in a pixel's middle) and 0
 * for even widths and unstroked fills (their edges must sit on pixel boundaries).
 */
import { PathCode } from '../../core/Path.js';

/** Paths longer than this are never snapped automatically (matplotlib's limit). */
export const SNAP_MAX_VERTICES = 1024;
const TOLERANCE = 1e-4;

/** True when every segment of the flat vertex array is horizontal or vertical and nothing is curved. */
export function isRectilinear(v: Float64Array, codes: Uint8Array | null): boolean {
  const n = v.length / 2;
  if (n === 0 || n > SNAP_MAX_VERTICES) return false;
  let x0 = v[0]!, y0 = v[1]!; // prettier-ignore
  let xs = x0, ys = y0; // prettier-ignore
  for (let i = 1; i < n; i++) {
    const code = codes ? codes[i]! : PathCode.LINETO;
    const x1 = v[2 * i]!, y1 = v[2 * i + 1]!; // prettier-ignore
    if (code === PathCode.STOP) break;
    if (code === PathCode.CURVE3 || code === PathCode.CURVE4) return false;
    if (code === PathCode.LINETO && Math.abs(x0 - x1) >= TOLERANCE && Math.abs(y0 - y1) >= TOLERANCE)
      return false;
    if (code === PathCode.CLOSEPOLY && Math.abs(x0 - xs) >= TOLERANCE && Math.abs(y0 - ys) >= TOLERANCE)
      return false;
    if (code === PathCode.MOVETO) [xs, ys] = [x1, y1];
    x0 = x1;
    y0 = y1;
  }
  return true;
}

/** The offset added after rounding: 0.5 for odd integer stroke widths, else 0. */
export function snapOffset(strokeWidth: number): number {
  return Math.round(strokeWidth) % 2 === 1 ? 0.5 : 0;
}

/** Rounds every vertex in place to `floor(v + 0.5) + offset`. */
export function snapInPlace(v: Float64Array, offset: number): void {
  for (let i = 0; i < v.length; i++) v[i] = Math.floor(v[i]! + 0.5) + offset;
}

/**
 * Snaps `v` in place when the path is rectilinear; returns whether it did. `strokeWidth` is the
 * width of the stroke actually drawn (0 for a fill only).
 */
export function snapIfRectilinear(v: Float64Array, codes: Uint8Array | null, strokeWidth: number): boolean {
  if (!isRectilinear(v, codes)) return false;
  snapInPlace(v, snapOffset(strokeWidth));
  return true;
}
