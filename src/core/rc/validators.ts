/**
 * The building blocks of rc validation: a {@link Validator} converts a value to its stored form or
 * reports it invalid, in two situations that matplotlib's single validator function mixes up:
 * `check` for values given from TypeScript (`rcParams.set('lines.linewidth', 2)`), and `parse` for
 * the text of a matplotlibrc or mplstyle line (`lines.linewidth : 2`). Values are stored frozen, so
 * `rcParams.get('figure.figsize')` can be handed out without a defensive copy.
 *
 * This module holds the generic validators (numbers, booleans, strings, lists, choices);
 * `propertyValidators.ts` builds the plotting-specific ones (colors, line styles, fonts) on top.
 */

/** The marker a validator returns for a value it rejects. */
export const INVALID: unique symbol = Symbol('invalid');
/** The type of {@link INVALID}. */
export type Invalid = typeof INVALID;

/**
 * Converts and checks the value of one rc key. `T` is the stored type that `rcParams.get()` returns;
 * `I` is the looser input type that `rcParams.set()` accepts (a single font family for a list of
 * them, a dash sequence without its offset).
 */
export interface Validator<T, I = T> {
  /** What the key accepts, in words, for error messages: `"a number >= 0"`. */
  readonly expected: string;
  /** Converts a value given from code, or returns {@link INVALID}. */
  check(value: unknown): T | Invalid;
  /** Converts the text of a matplotlibrc line (already stripped of comments and quotes). */
  parse(text: string): T | Invalid;
  /** For validators of a fixed set of strings: the choices, so an error can suggest the nearest. */
  readonly choices?: readonly string[];
  /** Type-level only: the input type of `set()`. Never present at run time. */
  readonly input?: I;
}

/** The stored type of a validator. */
export type ValueOf<V> = V extends Validator<infer T, unknown> ? T : never;
/** The input type of a validator. */
export type InputOf<V> = V extends Validator<unknown, infer I> ? I : never;

/** Builds a validator; text is checked as it is unless a `parse` is given. */
export function validator<T, I = T>(
  expected: string,
  check: (value: unknown) => T | Invalid,
  parse: (text: string) => T | Invalid = check,
): Validator<T, I> {
  return { expected, check, parse };
}

/** Accepts anything a validator accepts, plus `null` (text `None`, any case). */
export function nullable<T, I>(inner: Validator<T, I>): Validator<T | null, I | null> {
  return validator<T | null, I | null>(
    `${inner.expected}, or null`,
    (v) => (v === null ? null : inner.check(v)),
    (text) => (text.toLowerCase() === 'none' ? null : inner.parse(text)),
  );
}

/** Python's `float()` on rc text: decimal and exponent forms, `inf` and `nan` are refused as useless here. */
export function parseNumber(text: string): number | Invalid {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return INVALID;
  return Number(t);
}

/** A finite number, optionally bounded: the common case behind most numeric rc keys. */
export function number(
  bounds: { min?: number; max?: number; below?: number; positive?: boolean } = {},
): Validator<number> {
  const { min, max, below, positive } = bounds;
  const parts = [
    positive ? '> 0' : undefined,
    min !== undefined ? `>= ${min}` : undefined,
    max !== undefined ? `<= ${max}` : undefined,
    below !== undefined ? `< ${below}` : undefined,
  ].filter((p) => p !== undefined);
  const inBounds = (v: unknown): number | Invalid => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return INVALID;
    if ((positive && v <= 0) || (min !== undefined && v < min)) return INVALID;
    if ((max !== undefined && v > max) || (below !== undefined && v >= below)) return INVALID;
    return v;
  };
  const expected = parts.length ? `a number ${parts.join(' and ')}` : 'a finite number';
  return validator(expected, inBounds, (text) => {
    const n = parseNumber(text);
    return n === INVALID ? n : inBounds(n);
  });
}

/** Any finite number (matplotlib's `validate_float`). */
export const float = number();
/** A number >= 0: widths, sizes and lengths, stricter than matplotlib 3.6 which took negatives too. */
export const nonNegative = number({ min: 0 });
/** A number in [0, 1]: margins, subplot positions. */
export const fraction = number({ min: 0, max: 1 });
/** A number in [0, 1): the spacing between subplots. */
export const fractionBelowOne = number({ min: 0, below: 1 });

const checkInt = (v: unknown): number | Invalid => (Number.isSafeInteger(v) ? (v as number) : INVALID);

/** An integer (matplotlib's `validate_int`); rc text must be written without a decimal point, as in Python. */
export const int = validator<number>('an integer', checkInt, (text) =>
  /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : INVALID,
);

const TRUE_TEXT = new Set(['t', 'y', 'yes', 'on', 'true', '1']);
const FALSE_TEXT = new Set(['f', 'n', 'no', 'off', 'false', '0']);

/**
 * A boolean. From code, `true`/`false` and the strings `'True'`/`'False'` (any case) that matplotlibrc
 * documents; rc text also takes the other spellings matplotlib's `validate_bool` knows (`yes`, `on`, `1`…).
 */
export const bool = validator<boolean, boolean | 'True' | 'False' | 'true' | 'false'>(
  'a boolean',
  (v) => {
    if (typeof v === 'boolean') return v;
    if (typeof v !== 'string') return INVALID;
    const lower = v.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : INVALID;
  },
  (text) => {
    const lower = text.toLowerCase();
    return TRUE_TEXT.has(lower) ? true : FALSE_TEXT.has(lower) ? false : INVALID;
  },
);

/** Any string (matplotlib's `validate_string`); matplotlib 3.6 deprecated non-strings, so they are refused. */
export const string = validator<string>('a string', (v) => (typeof v === 'string' ? v : INVALID));

/** A string, or null (the text `None`, any case, means null as in matplotlib's `validate_string_or_None`). */
export const stringOrNone = validator<string | null>('a string or null', (v) =>
  v === null || (typeof v === 'string' && v.toLowerCase() === 'none') ? null : string.check(v),
);

/** Splits rc list text at commas, trimming entries and dropping empty ones, as matplotlib does. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A list of values each accepted by `item`, optionally of a fixed `length`. From code an array (a lone
 * string also works for string lists); from text a comma-separated list. Empty strings are dropped.
 */
export function listOf<T, I>(
  item: Validator<T, I>,
  options: { length?: number; allowString?: boolean } = {},
): Validator<readonly T[], readonly I[]> {
  const { length, allowString = false } = options;
  const each = (values: readonly unknown[], conv: (v: never) => T | Invalid): readonly T[] | Invalid => {
    const out: T[] = [];
    for (const v of values) {
      if (v === '') continue;
      const c = conv(v as never);
      if (c === INVALID) return INVALID;
      out.push(c);
    }
    return length !== undefined && out.length !== length ? INVALID : Object.freeze(out);
  };
  const counted = length === undefined ? 'a list' : `a list of ${length}`;
  return validator<readonly T[], readonly I[]>(
    `${counted} (${item.expected} each)`,
    (v) => {
      if (allowString && typeof v === 'string') return each(splitList(v), (s: string) => item.check(s));
      return Array.isArray(v) ? each(v, (x: unknown) => item.check(x)) : INVALID;
    },
    (text) => each(splitList(text), (s: string) => item.parse(s)),
  );
}

/** A pair of numbers, typed as a tuple (`figure.figsize`, `axes.formatter.limits`). */
export function pairOf(item: Validator<number>): Validator<readonly [number, number]> {
  return listOf(item, { length: 2 }) as unknown as Validator<readonly [number, number]>;
}

/** A list of strings; from code a lone string is split at commas as matplotlib does (`'serif'` → `['serif']`). */
export const stringList = listOf(string, { allowString: true }) as Validator<
  readonly string[],
  string | readonly string[]
>;

/** A list of finite numbers. */
export const floatList = listOf(float);

/**
 * One of a fixed set of strings. With `ignoreCase` the input is matched case-insensitively and the
 * canonical spelling is stored (`'Upper Right'` → `'upper right'`), as matplotlib's `ValidateInStrings`.
 */
export function oneOf<const T extends string>(
  choices: readonly T[],
  options: { ignoreCase?: boolean } = {},
): Validator<T> {
  const fold = (s: string) => (options.ignoreCase ? s.toLowerCase() : s);
  const byFolded = new Map<string, T>(choices.map((c) => [fold(c), c]));
  const expected = `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`;
  const check = (v: unknown) => (typeof v === 'string' ? (byFolded.get(fold(v)) ?? INVALID) : INVALID);
  return { ...validator<T>(expected, check), choices };
}

/** Accepts what either validator accepts, trying `first` before `second`. */
export function either<A, AI, B, BI>(
  first: Validator<A, AI>,
  second: Validator<B, BI>,
  expected = `${first.expected}, or ${second.expected}`,
): Validator<A | B, AI | BI> {
  return validator<A | B, AI | BI>(
    expected,
    (v) => {
      const a = first.check(v);
      return a === INVALID ? second.check(v) : a;
    },
    (text) => {
      const a = first.parse(text);
      return a === INVALID ? second.parse(text) : a;
    },
  );
}

/** A fixed string literal (such as `'auto'` or `'figure'`), matched exactly. */
export function literal<const T extends string>(value: T): Validator<T> {
  return validator<T>(JSON.stringify(value), (v) => (v === value ? value : INVALID));
}
