/**
 * matplotlib's `transforms.nonsingular`: the guard every locator and autoscaler applies to a range
 * before dividing by its width.
 */
import { FLOAT_TINY } from './pyMath.js';

/**
 * Modifies the endpoints of a range as needed to avoid singularities.
 *
 * - Infinite or NaN endpoints give `[-expander, expander]`.
 * - Endpoints both within about 1e6 / tiny smallest normal doubles of zero give `[-expander, expander]`.
 * - A range narrower than `tiny` times its largest absolute endpoint is widened by `expander` times
 *   each endpoint's magnitude (or to `[-expander, expander]` when both are 0).
 * - With `increasing` (the default) a decreasing range is returned increasing.
 *
 * @example nonsingular(1, 1, 0.05) // [0.95, 1.05]
 */
export function nonsingular(
  vmin: number,
  vmax: number,
  expander = 0.001,
  tiny = 1e-15,
  increasing = true,
): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) {
    [vmin, vmax] = [vmax, vmin];
    swapped = true;
  }
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < (1e6 / tiny) * FLOAT_TINY) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxabs * tiny) {
    if (vmax === 0 && vmin === 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * Math.abs(vmin);
      vmax += expander * Math.abs(vmax);
    }
  }
  return swapped && !increasing ? [vmax, vmin] : [vmin, vmax];
}

/**
 * Whether `val` lies in the closed interval, widened by `rtol` times its width on each side
 * (matplotlib's `_interval_contains_close`).
 */
export function intervalContainsClose(
  interval: readonly [number, number],
  val: number,
  rtol = 1e-10,
): boolean {
  let [a, b] = interval;
  if (a > b) [a, b] = [b, a];
  const tol = (b - a) * rtol;
  return a - tol <= val && val <= b + tol;
}
