/**
 * Exact decimal formatting of doubles, as Python formats them.
 *
 * Python's `%f`, `%e` and `%g` round the exact binary value half to even; `Number.prototype.toFixed`
 * rounds ties up and switches to exponent notation from 1e21, so `'%.0f' % 0.5` (`'0'`) and
 * `(0.5).toFixed(0)` (`'1'`) disagree. Every double is a finite binary fraction, so its exact decimal
 * expansion is computed here with BigInt and rounded as Python does. Python's `repr` (the shortest
 * string that round-trips) uses the same digits as JavaScript's, laid out by Python's rules.
 */

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** An exact decimal: |x| = digits × 10^exp, `digits` without leading zeros ('0' for zero). */
export interface ExactDecimal {
  readonly digits: string;
  readonly exp: number;
}

/** The exact decimal expansion of |x| for a finite x. */
export function exactDecimal(x: number): ExactDecimal {
  f64[0] = Math.abs(x);
  const bits = u64[0]!;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp2 = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mant |= 0x10000000000000n;
  if (mant === 0n) return { digits: '0', exp: 0 };
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp2 += 1;
  }
  if (exp2 >= 0) return { digits: (mant << BigInt(exp2)).toString(), exp: 0 };
  // m / 2^k = m × 5^k / 10^k exactly.
  return { digits: (mant * 5n ** BigInt(-exp2)).toString(), exp: exp2 };
}

/** Rounds digits × 10^exp half to even to a multiple of 10^pos; returns the multiplier. */
function roundAt(d: ExactDecimal, pos: number): bigint {
  const { digits, exp } = d;
  if (exp >= pos) return BigInt(digits) * 10n ** BigInt(exp - pos);
  const cut = pos - exp;
  if (cut > digits.length) return 0n;
  const keep = digits.slice(0, digits.length - cut);
  const drop = digits.slice(digits.length - cut);
  const q = keep === '' ? 0n : BigInt(keep);
  const first = drop.charCodeAt(0) - 48;
  if (first > 5) return q + 1n;
  if (first < 5) return q;
  if (/[1-9]/.test(drop.slice(1))) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}

/** True for negative numbers and negative zero. */
export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** The text of a non-finite value as Python prints it, or undefined for finite values. */
export function nonFinite(x: number, upper = false): string | undefined {
  if (Number.isFinite(x)) return undefined;
  const s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  return upper ? s.toUpperCase() : s;
}

/** Places a decimal point before the last `decimals` digits of the integer `n`. */
function pointed(n: bigint, decimals: number): string {
  let s = n.toString();
  if (decimals <= 0) return s;
  if (s.length <= decimals) s = '0'.repeat(decimals - s.length + 1) + s;
  return `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
}

/** |x| in fixed notation with `decimals` digits after the point (Python's `'%.{decimals}f'`). */
export function absFixed(x: number, decimals: number): string {
  return pointed(roundAt(exactDecimal(x), -decimals), decimals);
}

/** |x| rounded to `precision + 1` significant digits: the digit string and the decimal exponent. */
export function sigDigits(x: number, precision: number): { digits: string; exponent: number } {
  if (x === 0) return { digits: '0'.repeat(precision + 1), exponent: 0 };
  const d = exactDecimal(x);
  let exponent = d.digits.length - 1 + d.exp;
  let digits = roundAt(d, exponent - precision).toString();
  if (digits.length > precision + 1) {
    // Rounding carried into a new leading digit (9.99 → 10.0).
    exponent += 1;
    digits = digits.slice(0, precision + 1);
  }
  return { digits, exponent };
}

/** An exponent as Python writes it: a sign and at least two digits. */
export function exponentText(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? `0${a}` : String(a));
}

/** |x| in exponent notation with `precision` digits after the point (Python's `'%.{p}e'`). */
export function absExponential(x: number, precision: number, alt = false): string {
  const { digits, exponent } = sigDigits(x, precision);
  const mantissa = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : alt ? `${digits}.` : digits;
  return `${mantissa}e${exponentText(exponent)}`;
}

/** Removes trailing zeros after a decimal point, and the point if nothing follows it. */
export function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * |x| in Python's general format (`'%.{p}g'`): fixed notation when the exponent X after rounding to
 * p significant digits satisfies -4 <= X < p, exponent notation otherwise; trailing zeros removed
 * unless `alt` (the `#` flag). `addDot0` keeps one decimal in fixed notation (str.format's default type).
 */
export function absGeneral(x: number, precision: number, alt = false, addDot0 = false): string {
  const p = precision === 0 ? 1 : precision;
  const { exponent } = sigDigits(x, p - 1);
  // With addDot0 Python keeps room for the '.0', so '{:.3}' of 491.4 is '4.91e+02'.
  if (exponent >= -4 && exponent < (addDot0 ? p - 1 : p)) {
    let s = absFixed(x, p - 1 - exponent);
    if (!alt) s = stripZeros(s);
    else if (!s.includes('.')) s += '.';
    if (addDot0 && !s.includes('.')) s += '.0';
    return s;
  }
  const s = absExponential(x, p - 1, alt);
  if (alt) return s;
  const [m, e] = s.split('e') as [string, string];
  return `${stripZeros(m)}e${e}`;
}

/**
 * |x| as Python's `repr`/`str`: the shortest digits that round-trip, in fixed notation when the
 * decimal point falls within 16 places (with at least one decimal, `'1.0'`), else `'1e+16'`.
 */
export function absRepr(x: number): string {
  if (x === 0) return '0.0';
  const [mant, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const decpt = Number(exp) + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${m}e${exponentText(decpt - 1)}`;
  }
  if (decpt <= 0) return `0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Python's `repr(x)` for a float, sign included. */
export function reprFloat(x: number): string {
  return nonFinite(x) ?? (isNegative(x) ? '-' : '') + absRepr(x);
}

/** Python's `'%d' % x` digits for a finite float: truncated toward zero, exact. */
export function absTruncated(x: number): string {
  return BigInt(Math.trunc(Math.abs(x))).toString();
}
