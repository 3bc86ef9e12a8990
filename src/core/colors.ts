/**
 * Color specifications to RGBA, as matplotlib's `matplotlib.colors` module reads them: named
 * colors (CSS4, `tab:`, `xkcd:`, the base letters `bgrcmykw`), the property-cycle references
 * `'C0'`, `'C1'`, …, hex strings (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), gray levels as strings
 * (`'0.5'`), `'none'`, and RGB/RGBA arrays of numbers in 0..1.
 *
 * @example
 * toRgba('tab:orange');        // [1, 0.4980…, 0.0549…, 1]
 * toRgba('#ff000080');         // [1, 0, 0, 0.5019…]
 * toRgba('C1', 0.5);           // the second cycle color at half opacity
 * toHex([1, 0.5, 0, 1]);       // '#ff8000'
 */
import { BASE_COLORS, CSS4_COLORS, TABLEAU_COLORS, XKCD_COLORS } from './colorNames.js';
import { closestMatch, describeValue, TsplotlibError } from './errors.js';
import type { RGBA } from './renderer.js';

/**
 * Anything matplotlib accepts as one color: a name, a hex string, a gray level string, `'none'`,
 * a cycle reference `'C<n>'`, or an RGB/RGBA array of numbers in 0..1.
 */
export type ColorSpec = string | readonly number[];

/** matplotlib's default `axes.prop_cycle` colors (the Tableau 10 palette), as `#rrggbb`. */
export const DEFAULT_CYCLE: readonly string[] = Object.freeze([
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
]);

/**
 * Every named color, built in matplotlib's order of priority (later entries win): xkcd (with a
 * `gray` spelling for each `grey` name), CSS4, Tableau (with `grey` spellings), the base letters.
 */
const NAMED_COLORS: ReadonlyMap<string, string | readonly number[]> = (() => {
  const map = new Map<string, string | readonly number[]>();
  for (const [k, v] of Object.entries(XKCD_COLORS)) map.set(k, v);
  for (const [k, v] of Object.entries(XKCD_COLORS))
    if (k.includes('grey')) map.set(k.replaceAll('grey', 'gray'), v);
  for (const [k, v] of Object.entries(CSS4_COLORS)) map.set(k, v);
  for (const [k, v] of Object.entries(TABLEAU_COLORS)) map.set(k, v);
  for (const [k, v] of Object.entries(TABLEAU_COLORS))
    if (k.includes('gray')) map.set(k.replaceAll('gray', 'grey'), v);
  for (const [k, v] of Object.entries(BASE_COLORS)) map.set(k, v);
  return map;
})();

let currentCycle: readonly string[] = DEFAULT_CYCLE;

/**
 * Sets the colors that `'C0'`, `'C1'`, … refer to (matplotlib reads them from
 * `rcParams['axes.prop_cycle']`); the rc module calls this when that parameter changes.
 * Every entry must itself be a color (cycle references excluded).
 */
export function setColorCycle(colors: readonly ColorSpec[]): void {
  if (!Array.isArray(colors) || colors.length === 0) {
    throw new TsplotlibError(
      'setColorCycle',
      `expected a non-empty array of colors, got ${describeValue(colors)}`,
    );
  }
  for (const c of colors) {
    if (typeof c === 'string' && NTH_COLOR.test(c)) {
      throw new TsplotlibError('setColorCycle', `a cycle color cannot be a cycle reference, got "${c}"`);
    }
    toRgba(c, null, 'setColorCycle');
  }
  currentCycle = Object.freeze(colors.map((c) => (typeof c === 'string' ? c : toHex(c, true))));
}

/** The colors `'C<n>'` currently refers to. */
export function getColorCycle(): readonly string[] {
  return currentCycle;
}

const NTH_COLOR = /^C[0-9]+$/;
const HEX = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
/** Python's float() syntax for finite decimals, digits optionally grouped by underscores. */
const DECIMAL = /^\s*[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?\s*$/;

/** Parsed string colors without alpha override; strings repeat a lot (fmt strings, rc values). */
const stringCache = new Map<string, RGBA>();
/** Arbitrary gray strings could grow the cache without bound, so it starts over past this size. */
const STRING_CACHE_LIMIT = 4096;

/**
 * Converts one color specification to RGBA floats in 0..1, exactly as matplotlib's `to_rgba`.
 *
 * `alpha`, when given, replaces the color's own alpha (except for `'none'`, which is always
 * fully transparent). `'C<n>'` picks from `cycle`, by default the one {@link setColorCycle} set.
 * Bad input throws a {@link TsplotlibError} that names `call` and the value, with a suggestion
 * for a misspelt name: `color: unknown color "gren" (did you mean "green"?)`.
 */
export function toRgba(
  spec: ColorSpec,
  alpha?: number | null,
  call = 'color',
  cycle: readonly ColorSpec[] = currentCycle,
): RGBA {
  if (alpha !== undefined && alpha !== null) checkAlpha(alpha, call);
  if (typeof spec === 'string' && NTH_COLOR.test(spec)) {
    const chosen = cycle.length ? cycle[Number(spec.slice(1)) % cycle.length]! : 'k';
    return toRgba(chosen, alpha, call, []);
  }
  if (typeof spec === 'string') return withAlpha(parseString(spec, call), alpha, spec);
  if (Array.isArray(spec) || ArrayBuffer.isView(spec)) return parseArray(spec, alpha, call);
  throw new TsplotlibError(
    call,
    `invalid color ${describeValue(spec)}; expected a color name, hex string or RGB(A) array`,
  );
}

function checkAlpha(alpha: number, call: string): void {
  if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1)) {
    throw new TsplotlibError(call, `invalid alpha ${describeValue(alpha)}; expected a number within 0-1`);
  }
}

/** Replaces the alpha of a parsed string color; `'none'` keeps its zero alpha. */
function withAlpha(rgba: RGBA, alpha: number | null | undefined, spec: string): RGBA {
  if (alpha === undefined || alpha === null || spec.toLowerCase() === 'none') return rgba;
  return [rgba[0], rgba[1], rgba[2], alpha];
}

function parseString(spec: string, call: string): RGBA {
  let rgba = stringCache.get(spec);
  if (rgba === undefined) {
    rgba = Object.freeze(parseUncached(spec, call));
    if (stringCache.size >= STRING_CACHE_LIMIT) stringCache.clear();
    stringCache.set(spec, rgba);
  }
  return rgba;
}

function parseUncached(spec: string, call: string): RGBA {
  if (spec.toLowerCase() === 'none') return [0, 0, 0, 0];
  // matplotlib tries the exact name first, then (except for single letters, so 'R' is not red)
  // the lowercased name.
  let named = NAMED_COLORS.get(spec);
  if (named === undefined && spec.length !== 1) named = NAMED_COLORS.get(spec.toLowerCase());
  if (named !== undefined)
    return typeof named === 'string' ? parseHex(named) : [named[0]!, named[1]!, named[2]!, 1];
  if (HEX.test(spec)) return parseHex(spec);
  if (DECIMAL.test(spec)) {
    const gray = Number(spec.replaceAll('_', ''));
    if (!(gray >= 0 && gray <= 1)) {
      throw new TsplotlibError(
        call,
        `invalid grayscale string ${describeValue(spec)}; expected a value within 0-1`,
      );
    }
    return [gray, gray, gray, 1];
  }
  if (spec.startsWith('#')) {
    throw new TsplotlibError(
      call,
      `invalid hex color ${describeValue(spec)}; expected #rgb, #rgba, #rrggbb or #rrggbbaa`,
    );
  }
  throw new TsplotlibError(call, `unknown color ${describeValue(spec)}${colorSuggestion(spec)}`);
}

/** Parses a validated hex string; each channel is its byte / 255, as matplotlib computes it. */
function parseHex(hex: string): RGBA {
  const digits = hex.length <= 5 ? [...hex.slice(1)].map((d) => d + d) : hex.slice(1).match(/../g)!;
  const v = digits.map((d) => parseInt(d, 16) / 255);
  return [v[0]!, v[1]!, v[2]!, v[3] ?? 1];
}

function parseArray(spec: ArrayLike<number>, alpha: number | null | undefined, call: string): RGBA {
  const n = spec.length;
  if (n !== 3 && n !== 4) {
    throw new TsplotlibError(
      call,
      `invalid color ${formatArray(spec)}; an RGB or RGBA array needs 3 or 4 values`,
    );
  }
  for (let i = 0; i < n; i++) {
    const v = spec[i];
    if (typeof v !== 'number')
      throw new TsplotlibError(call, `invalid color ${formatArray(spec)}; expected numbers`);
  }
  const a = alpha ?? (n === 4 ? spec[3]! : 1);
  const rgba: RGBA = [spec[0]!, spec[1]!, spec[2]!, a];
  if (!rgba.every((v) => v >= 0 && v <= 1)) {
    throw new TsplotlibError(call, `invalid color ${formatArray(spec)}; RGBA values must be within 0-1`);
  }
  return rgba;
}

function formatArray(spec: ArrayLike<unknown>): string {
  const items = Array.from(spec)
    .slice(0, 6)
    .map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)));
  return `[${items.join(', ')}${spec.length > 6 ? ', ...' : ''}]`;
}

/** ` (did you mean "…"?)` for a misspelt color name, also pointing bare xkcd names at `xkcd:`. */
function colorSuggestion(spec: string): string {
  const common = [...NAMED_COLORS.keys()].filter((k) => !k.startsWith('xkcd:'));
  let best = closestMatch(spec, common);
  if (best === undefined) {
    const bare = Object.keys(XKCD_COLORS).map((k) => k.slice(5));
    const hit = closestMatch(spec.replace(/^xkcd:/i, ''), bare);
    if (hit !== undefined) best = `xkcd:${hit}`;
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** Whether `x` can be read as one color (matplotlib's `is_color_like`). */
export function isColorLike(x: unknown): boolean {
  if (typeof x === 'string' && NTH_COLOR.test(x)) return true;
  if (typeof x !== 'string' && !Array.isArray(x) && !ArrayBuffer.isView(x)) return false;
  try {
    toRgba(x as ColorSpec);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts one color or a list of colors to a list of RGBA (matplotlib's `to_rgba_array`).
 * `'none'` gives an empty list. A single color with an array of alphas repeats the color once per
 * alpha; for a list, `alpha` (one number, or one per color) replaces every color's alpha.
 */
export function toRgbaArray(
  specs: ColorSpec | readonly ColorSpec[],
  alpha?: number | readonly number[] | null,
  call = 'color',
): RGBA[] {
  const alphas = typeof alpha === 'number' ? null : (alpha ?? null);
  if (alphas) alphas.forEach((a) => checkAlpha(a, call));
  if (typeof specs === 'string' && specs.toLowerCase() === 'none') return [];
  if (isSingleColor(specs)) {
    if (alphas) return alphas.map((a) => toRgba(specs, a, call));
    return [toRgba(specs, alpha as number | null | undefined, call)];
  }
  const list = specs as readonly ColorSpec[];
  if (alphas && alphas.length !== list.length && alphas.length !== 1) {
    throw new TsplotlibError(call, `got ${list.length} colors but ${alphas.length} alpha values`);
  }
  return list.map((c, i) => {
    const rgba = toRgba(c, null, call);
    if (alpha === undefined || alpha === null) return rgba;
    const a = typeof alpha === 'number' ? alpha : alphas![alphas!.length === 1 ? 0 : i]!;
    checkAlpha(a, call);
    // As matplotlib, the alpha override applies to 'none' entries of a list too.
    return [rgba[0], rgba[1], rgba[2], a] as RGBA;
  });
}

function isSingleColor(specs: ColorSpec | readonly ColorSpec[]): specs is ColorSpec {
  if (typeof specs === 'string') return true;
  return specs.length > 0 && specs.every((v) => typeof v === 'number');
}

/** Python's `round()`: halves go to the even neighbour, which is what `to_hex` relies on. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Formats a color as `#rrggbb`, or `#rrggbbaa` with `keepAlpha` (matplotlib's `to_hex`: each
 * channel is `round(v * 255)`, halves to even).
 */
export function toHex(color: ColorSpec, keepAlpha = false, call = 'toHex'): string {
  const rgba = toRgba(color, null, call);
  const channels = keepAlpha ? rgba : rgba.slice(0, 3);
  return (
    '#' +
    channels
      .map((v) =>
        roundHalfEven(v * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/**
 * Whether two colors, or two lists of colors, are the same RGBA values (matplotlib's
 * `same_color`). Lists of different lengths throw; `'none'` counts as one color.
 */
export function sameColor(
  c1: ColorSpec | readonly ColorSpec[],
  c2: ColorSpec | readonly ColorSpec[],
): boolean {
  const a = toRgbaArray(c1, null, 'sameColor');
  const b = toRgbaArray(c2, null, 'sameColor');
  if (Math.max(a.length, 1) !== Math.max(b.length, 1)) {
    throw new TsplotlibError('sameColor', `different numbers of colors: ${a.length} and ${b.length}`);
  }
  return a.length === b.length && a.every((x, i) => x.every((v, j) => v === b[i]![j]));
}

/** The mapping of every color name to its value (hex string, or RGB for the base letters). */
export function getNamedColorsMapping(): ReadonlyMap<string, string | readonly number[]> {
  return NAMED_COLORS;
}
