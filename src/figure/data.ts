/**
 * Conversion of user data into the typed arrays the artists keep. Plain arrays, typed arrays and
 * array-likes are accepted; anything else fails with a message naming the call and the argument.
 */
import { describeValue, TsplotlibError } from '../core/errors.js';

/** Numeric data as users pass it. `null` entries become NaN (a gap), as Python's None does. */
export type ArrayLikeNumbers = ArrayLike<number | null> | Iterable<number | null>;

/** Copies `data` into a new Float64Array (typed input is copied too, so later user edits are not seen). */
export function toFloat64(call: string, what: string, data: unknown): Float64Array {
  if (data instanceof Float64Array) return data.slice();
  if (ArrayBuffer.isView(data) && !(data instanceof DataView))
    return Float64Array.from(data as unknown as ArrayLike<number>);
  if (Array.isArray(data)) {
    const out = new Float64Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = toNumber(call, what, data[i], i);
    return out;
  }
  if (data !== null && typeof data === 'object' && Symbol.iterator in data && typeof data !== 'string') {
    return toFloat64(call, what, Array.from(data as Iterable<unknown>));
  }
  throw new TsplotlibError(call, `${what} must be an array of numbers, got ${describeValue(data)}`);
}

function toNumber(call: string, what: string, v: unknown, i: number): number {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.getTime();
  throw new TsplotlibError(call, `${what}[${i}] must be a number, got ${describeValue(v)}`);
}

/** True when `v` looks like numeric data (an array or typed array), as opposed to a fmt string or options. */
export function isArrayData(v: unknown): boolean {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** `[0, 1, …, n-1]` as a Float64Array (the implicit x of `plot(y)`). */
export function arange(n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
