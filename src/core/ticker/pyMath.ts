/**
 * Python and NumPy numeric semantics that matplotlib's tick algorithms depend on.
 *
 * Tick placement is decided by floor divisions, half-even roundings and exact powers of ten at
 * places where a result one ulp off moves a tick or changes a label. JavaScript's `%`, `Math.round`
 * and `Math.pow(10, n)` differ from Python's `divmod`, `round` and `10.0 ** n` exactly there, so the
 * ticker uses these helpers wherever matplotlib relies on the Python behaviour.
 */

/**
 * Python's float `divmod(x, y)` (and NumPy's `np.divmod`): a floored quotient snapped to the nearest
 * integer and a remainder with the sign of `y`, computed as CPython does from `fmod`.
 */
export function divmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

/** Python's float floor division `x // y`. */
export function floorDiv(x: number, y: number): number {
  return divmod(x, y)[0];
}

/** Python's float modulo `x % y` (the result has the sign of `y`). */
export function pyMod(x: number, y: number): number {
  return divmod(x, y)[1];
}

/** Rounds half to even (NumPy's `rint`, Python's `round(x)` for floats). */
export function rint(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

const EXACT_TENS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * NumPy's `np.round(x, decimals)` for `decimals >= 0`: multiply by a power of ten, round half to
 * even, divide back. (Python's builtin `round(x, n)` is correctly rounded instead; matplotlib's
 * ScalarFormatter uses NumPy's.)
 */
export function npRound(x: number, decimals: number): number {
  let f: number;
  if (decimals < 9) f = EXACT_TENS[decimals]!;
  else {
    // NumPy builds larger powers by repeated multiplication; we follow it for identical rounding.
    f = 1e9;
    for (let n = decimals; n > 9; n--) f *= 10;
  }
  return rint(x * f) / f;
}

const POW10_CACHE = new Map<number, number>();

/**
 * `10.0 ** n` for an integer `n`, correctly rounded (the C library's `pow` is, for these
 * arguments; `Math.pow(10, n)` is not for many negative `n`).
 */
export function pow10(n: number): number {
  if (!Number.isInteger(n)) return Math.pow(10, n);
  let v = POW10_CACHE.get(n);
  if (v === undefined) {
    v = Number(`1e${n}`);
    POW10_CACHE.set(n, v);
  }
  return v;
}

/** `base ** n`: exact decimal powers for base 10, `Math.pow` otherwise (exact for base 2). */
export function powBase(base: number, n: number): number {
  return base === 10 ? pow10(n) : Math.pow(base, n);
}

/** Python's `math.isclose(a, b)` with its defaults (rel_tol 1e-9, abs_tol 0). */
export function isCloseRel(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(a - b);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** NumPy's `np.isclose(a, b)`: `|a - b| <= atol + rtol * |b|` (defaults rtol 1e-5, atol 1e-8). */
export function npIsClose(a: number, b: number, rtol = 1e-5, atol = 1e-8): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

/** matplotlib's `_is_close_to_int`: `math.isclose(x, round(x))`. */
export function isCloseToInt(x: number): boolean {
  return isCloseRel(x, rint(x));
}

/** The distance from `x` to the next float away from zero (NumPy's `np.spacing`, absolute). */
export function spacing(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return NaN;
  const buf = new Float64Array([a]);
  const bits = new BigUint64Array(buf.buffer);
  bits[0] = bits[0]! + 1n;
  return buf[0]! - a;
}

/** The smallest positive normal double (NumPy's `np.finfo(float).tiny`). */
export const FLOAT_TINY = 2.2250738585072014e-308;

/**
 * NumPy's `np.arange(start, stop, step)` for floats: `ceil((stop - start) / step)` values, the
 * second one `start + step` and the rest `start + i * delta` with `delta` recomputed from the first
 * two, as NumPy fills them (which matters in the last bit).
 */
export function arange(start: number, stop: number, step: number): number[] {
  const count = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Array<number>(count);
  if (count > 0) out[0] = start;
  if (count > 1) out[1] = start + step;
  const delta = start + step - start;
  for (let i = 2; i < count; i++) out[i] = start + i * delta;
  return out;
}

/** The number of values `np.arange(start, stop, step)` produces. */
export function arangeLength(start: number, stop: number, step: number): number {
  return Math.max(0, Math.ceil((stop - start) / step));
}
