/**
 * Python's two string-formatting mini-languages, as matplotlib's formatters use them:
 * printf-style `'%1.3f' % x` ({@link percentFormat}) and `str.format` ({@link strFormat},
 * `'{x:,.2f}'`). Numbers are formatted exactly as CPython does (see `decimal.ts`).
 *
 * JavaScript has one number type where Python has two: a `number` argument is a Python float
 * (`'{x}'` of 2 gives `'2.0'`), a `bigint` is a Python int (`'{pos}'` of 2n gives `'2'`). Integer
 * presentation types (`d`, `x`, …) accept integral numbers as well.
 */
import { TsplotlibError, describeValue } from '../errors.js';
import {
  absExponential,
  absFixed,
  absGeneral,
  absRepr,
  absTruncated,
  isNegative,
  nonFinite,
} from './decimal.js';

/** A value a format string can consume: float (number), int (bigint), string, boolean or None (null). */
export type FormatValue = number | bigint | string | boolean | null | undefined;

/** Python's `str()` of a value. */
export function pyStr(v: FormatValue): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return nonFinite(v) ?? (isNegative(v) ? '-' : '') + absRepr(v);
  return v;
}

/** Python's `repr()` of a value. */
function pyRepr(v: FormatValue): string {
  return typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : pyStr(v);
}

/** The integer digits of an int-like value, or an error naming the call. */
function toBigInt(call: string, v: FormatValue, type: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && Number.isFinite(v)) return BigInt(Math.trunc(v));
  throw new TsplotlibError(call, `format type "${type}" needs a finite number, got ${describeValue(v)}`);
}

/** The float of a numeric value, or an error naming the call. */
function toFloat(call: string, v: FormatValue, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new TsplotlibError(call, `format type "${type}" needs a number, got ${describeValue(v)}`);
}

/** Digits of |x| for a float presentation type, without sign or padding. */
function floatBody(x: number, type: string, precision: number | undefined, alt: boolean): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const special = nonFinite(Math.abs(x), upper);
  if (special !== undefined) return type === '%' ? special + '%' : special;
  switch (type) {
    case 'f':
    case 'F':
      return absFixed(x, precision ?? 6) + (alt && precision === 0 ? '.' : '');
    case 'e':
    case 'E': {
      const s = absExponential(x, precision ?? 6, alt);
      return upper ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G':
    case 'n': {
      const s = absGeneral(x, precision ?? 6, alt);
      return upper ? s.toUpperCase() : s;
    }
    case '%':
      return absFixed(x * 100, precision ?? 6) + '%';
    default:
      // str.format's default type: repr, or general with at least one decimal when a precision is given.
      return precision === undefined ? absRepr(x) : absGeneral(x, precision, alt, true);
  }
}

/** Digits of |n| for an integer presentation type. */
function intBody(n: bigint, type: string, alt: boolean): string {
  const a = n < 0n ? -n : n;
  switch (type) {
    case 'x':
      return (alt ? '0x' : '') + a.toString(16);
    case 'X':
      return (alt ? '0X' : '') + a.toString(16).toUpperCase();
    case 'o':
      return (alt ? '0o' : '') + a.toString(8);
    case 'b':
      return (alt ? '0b' : '') + a.toString(2);
    default:
      return a.toString();
  }
}

/** Inserts a thousands separator into the integer part of a plain decimal number. */
function group(body: string, sep: string): string {
  const m = /^(\d+)(.*)$/.exec(body);
  if (!m) return body;
  return m[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + m[2]!;
}

/** Pads `sign + body` to `width` with `fill`, aligned as asked ('=' pads between sign and digits). */
function pad(sign: string, body: string, width: number, fill: string, align: string): string {
  const n = width - sign.length - body.length;
  if (n <= 0) return sign + body;
  const f = fill.repeat(n);
  switch (align) {
    case '<':
      return sign + body + f;
    case '^':
      return fill.repeat(Math.floor(n / 2)) + sign + body + fill.repeat(n - Math.floor(n / 2));
    case '=':
      return sign + f + body;
    default:
      return f + sign + body;
  }
}

function signOf(negative: boolean, signFlag: string): string {
  return negative ? '-' : signFlag === '+' ? '+' : signFlag === ' ' ? ' ' : '';
}

const PERCENT_SPEC = /%(?:\(([^)]*)\))?([-#0 +]*)(\d+|\*)?(?:\.(\d*|\*))?[hlL]?([diouxXeEfFgGcrsa%])?/g;

/**
 * Python's printf-style formatting, `fmt % args`: `percentFormat('%1.3f', 0.5)` gives `'0.500'`.
 * `args` is one value, an array of values (a tuple) or, for `%(name)s` specifiers, a record.
 * Supports the flags `-#0 +`, width, precision and the types `d i u o x X e E f F g G c r s a %`.
 */
export function percentFormat(
  fmt: string,
  args: FormatValue | readonly FormatValue[] | Record<string, FormatValue>,
): string {
  const call = 'percentFormat';
  const isRecord = typeof args === 'object' && args !== null && !Array.isArray(args);
  const list: readonly FormatValue[] = Array.isArray(args) ? args : isRecord ? [] : [args as FormatValue];
  let next = 0;
  const out = fmt.replace(
    PERCENT_SPEC,
    (
      whole,
      key: string | undefined,
      flags: string,
      width: string | undefined,
      prec: string | undefined,
      type: string | undefined,
    ) => {
      if (type === undefined)
        throw new TsplotlibError(call, `incomplete format ${describeValue(whole)} in ${describeValue(fmt)}`);
      if (type === '%' && whole === '%%') return '%';
      if (width === '*' || prec === '*')
        throw new TsplotlibError(call, `"*" widths are not supported in ${describeValue(fmt)}`);
      let value: FormatValue;
      if (key !== undefined) {
        if (!isRecord || !(key in (args as object)))
          throw new TsplotlibError(call, `no value for key "${key}" in ${describeValue(fmt)}`);
        value = (args as Record<string, FormatValue>)[key];
      } else {
        if (next >= list.length)
          throw new TsplotlibError(call, `not enough arguments for format string ${describeValue(fmt)}`);
        value = list[next++];
      }
      return percentOne(
        call,
        value,
        flags,
        width === undefined ? 0 : Number(width),
        prec === undefined ? undefined : Number(prec || 0),
        type,
      );
    },
  );
  if (!isRecord && next < list.length)
    throw new TsplotlibError(call, `not all arguments converted in ${describeValue(fmt)}`);
  return out;
}

/** One `%` conversion: the value's text with its sign, padded as the flags and width ask. */
function percentOne(
  call: string,
  value: FormatValue,
  flags: string,
  width: number,
  precision: number | undefined,
  type: string,
): string {
  const left = flags.includes('-');
  const alt = flags.includes('#');
  const signFlag = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const zero = flags.includes('0') && !left;
  let sign = '';
  let body: string;
  let numeric = true;
  if (type === 's' || type === 'r' || type === 'a') {
    body = type === 's' ? pyStr(value) : pyRepr(value);
    if (precision !== undefined) body = body.slice(0, precision);
    numeric = false;
  } else if (type === 'c') {
    body = typeof value === 'string' ? value : String.fromCodePoint(Number(toBigInt(call, value, type)));
    numeric = false;
  } else if ('diuoxX'.includes(type)) {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TsplotlibError(call, `cannot format ${describeValue(value)} with "%${type}"`);
    const n = typeof value === 'number' ? value : Number(toBigInt(call, value, type));
    const big = typeof value === 'bigint' ? value : null;
    body =
      big !== null
        ? intBody(big, type, alt)
        : type === 'o' || type === 'x' || type === 'X'
          ? intBody(BigInt(Math.trunc(n)), type, alt)
          : absTruncated(n);
    if (precision !== undefined && body.length < precision) body = '0'.repeat(precision - body.length) + body;
    sign = signOf(big !== null ? big < 0n : Math.trunc(n) < 0, signFlag);
  } else {
    const x = toFloat(call, value, type);
    body = floatBody(x, type, precision, alt);
    sign = signOf(isNegative(x) && !Number.isNaN(x), signFlag);
  }
  if (!numeric) return pad('', body, width, ' ', left ? '<' : '>');
  return pad(sign, body, width, zero ? '0' : ' ', left ? '<' : zero ? '=' : '>');
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

/** Formats one value with a `str.format` spec (`format(value, spec)` in Python). */
export function formatValue(value: FormatValue, spec: string, call = 'formatValue'): string {
  const m = SPEC.exec(spec);
  if (!m) throw new TsplotlibError(call, `invalid format spec ${describeValue(spec)}`);
  const [, fillChar, alignChar, signFlag = '', z, hash, zero, widthText, grouping, precText, type = ''] = m;
  const width = widthText === undefined ? 0 : Number(widthText);
  const precision = precText === undefined ? undefined : Number(precText);
  const alt = hash !== undefined;
  const fill = fillChar ?? (zero !== undefined && alignChar === undefined ? '0' : ' ');
  const isString = typeof value === 'string' || value === null || value === undefined;
  const numericAlign = zero !== undefined && alignChar === undefined ? '=' : '>';
  if (isString || type === 's') {
    if (type !== '' && type !== 's')
      throw new TsplotlibError(call, `format type "${type}" cannot format ${describeValue(value)}`);
    let body = pyStr(value);
    if (precision !== undefined) body = body.slice(0, precision);
    return pad('', body, width, fill, alignChar ?? '<');
  }
  const intType =
    (type !== '' && 'bcdoxX'.includes(type)) ||
    (type === 'n' && typeof value === 'bigint') ||
    (type === '' && typeof value !== 'number');
  let sign: string;
  let body: string;
  if (intType) {
    if (typeof value === 'number' && !Number.isInteger(value))
      throw new TsplotlibError(call, `format type "${type}" needs an integer, got ${describeValue(value)}`);
    const n = toBigInt(call, value, type);
    if (type === 'c') return pad('', String.fromCodePoint(Number(n)), width, fill, alignChar ?? '>');
    body = intBody(n, type, alt);
    sign = signOf(n < 0n, signFlag);
  } else {
    let x = toFloat(call, value, type);
    if (z !== undefined && x === 0) x = 0;
    body = floatBody(x, type, precision, alt);
    if (z !== undefined && /^[0.]+(e[+-]0+)?%?$/i.test(body)) x = Math.abs(x);
    sign = signOf(isNegative(x) && !Number.isNaN(x), signFlag);
  }
  if (grouping !== undefined) body = group(body, grouping);
  return pad(sign, body, width, fill, alignChar ?? numericAlign);
}

/** A replacement field, or a doubled brace. */
const FIELD = /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::((?:[^{}]|\{[^{}]*\})*))?\}/g;

/**
 * Python's `fmt.format(*positional, **named)`: `strFormat('{x:.2f}', { x: 3.14159 })` gives `'3.14'`.
 * Fields are `{}` (automatic numbering), `{0}` or `{name}`, with an optional `!r`/`!s` conversion and
 * a format spec, which may itself contain `{…}` fields (`'{mant:{fmt}}'`). `{{` and `}}` are braces.
 */
export function strFormat(
  fmt: string,
  named: Record<string, FormatValue> = {},
  positional: readonly FormatValue[] = [],
): string {
  const call = 'strFormat';
  let auto = 0;
  const lookup = (field: string): FormatValue => {
    if (field === '') {
      if (auto >= positional.length)
        throw new TsplotlibError(call, `no positional value for "{}" in ${describeValue(fmt)}`);
      return positional[auto++];
    }
    if (/^\d+$/.test(field)) {
      const i = Number(field);
      if (i >= positional.length)
        throw new TsplotlibError(call, `no positional value ${i} in ${describeValue(fmt)}`);
      return positional[i];
    }
    if (!Object.prototype.hasOwnProperty.call(named, field))
      throw new TsplotlibError(call, `no value named "${field}" in ${describeValue(fmt)}`);
    return named[field];
  };
  const expand = (text: string): string =>
    text.replace(
      FIELD,
      (whole, field: string | undefined, conv: string | undefined, spec: string | undefined) => {
        if (whole === '{{') return '{';
        if (whole === '}}') return '}';
        let value = lookup(field ?? '');
        if (conv !== undefined) value = conv === 's' ? pyStr(value) : pyRepr(value);
        return formatValue(value, spec === undefined ? '' : expand(spec), call);
      },
    );
  if (/[{}]/.test(fmt.replace(FIELD, '')))
    throw new TsplotlibError(call, `unmatched brace in ${describeValue(fmt)}`);
  return expand(fmt);
}
