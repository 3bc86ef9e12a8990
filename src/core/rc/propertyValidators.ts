/**
 * Validators for the plotting-specific rc values: colors, line styles, fonts and the handful of
 * one-off keys (`savefig.bbox`, `hist.bins`, …), each following the matplotlib 3.6 validator of the
 * same name in `rcsetup.py`.
 *
 * Colors are checked loosely on purpose: full color parsing belongs to `colors.ts`, and rc values are
 * resolved there when drawn. What is checked here is the form: a non-empty string (hex with or
 * without '#', a gray level in [0, 1], a name, `'CN'`) or an RGB(A) array of numbers in [0, 1].
 */
import { readPyLiteral } from './pyLiteral.js';
import {
  bool,
  either,
  float,
  INVALID,
  int,
  listOf,
  literal,
  nonNegative,
  nullable,
  number,
  oneOf,
  parseNumber,
  splitList,
  string,
  validator,
} from './validators.js';
import type { Invalid, Validator } from './validators.js';

/** A color as rc parameters store it: matplotlib's string forms, or an RGB(A) array in [0, 1]. */
export type RcColor = string | readonly number[];

const BARE_HEX = /^[0-9a-f]{6}([0-9a-f]{2})?$/i;
const HASH_HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The string rules of matplotlib's `validate_color`: `'none'` folded, bare hex given its '#'. */
function checkColorString(s: string, foldNone = true): string | Invalid {
  if (foldNone && s.toLowerCase() === 'none') return 'none';
  if (BARE_HEX.test(s)) return '#' + s;
  if (s.startsWith('#')) return HASH_HEX.test(s) ? s : INVALID;
  if (s.trim() === '') return INVALID;
  const gray = parseNumber(s);
  if (gray !== INVALID) return gray >= 0 && gray <= 1 ? s : INVALID;
  return s;
}

function checkColor(v: unknown): RcColor | Invalid {
  if (typeof v === 'string') return checkColorString(v);
  if (!Array.isArray(v) || (v.length !== 3 && v.length !== 4)) return INVALID;
  const inUnit = v.every((x) => typeof x === 'number' && x >= 0 && x <= 1);
  return inUnit ? Object.freeze([...(v as number[])]) : INVALID;
}

/** rc text may hold a color as a Python tuple, `(0.1, 0.2, 0.5)`, which matplotlib reads with literal_eval. */
function parseColor(text: string): RcColor | Invalid {
  return /^[([]/.test(text.trim()) ? checkColor(readPyLiteral(text)) : checkColorString(text);
}

/** A color (matplotlib's `validate_color`). */
export const color = validator<RcColor>('a color', checkColor, parseColor);

/** A color or the word `word` (`'auto'`, `'inherit'`), which the artist resolves later. */
export function colorOr<const W extends string>(word: W): Validator<RcColor | W> {
  return validator<RcColor | W>(
    `a color or "${word}"`,
    (v) => (v === word ? word : checkColor(v)),
    (t) => (t === word ? word : parseColor(t)),
  );
}

/** A single letter of the basic color codes: the only letters that a color-letter string may contain. */
const COLOR_LETTERS = /^[bgrcmykw]{2,}$/;

/**
 * A list of colors for a property cycle. A string is split at commas; a string of basic color letters
 * such as `'bgrcmyk'` (the classic style) is split into letters, as matplotlib's `allow_stringlist`
 * does. Cycle references `'C0'`…`'C9'` are refused: a cycle cannot refer to itself.
 */
export const cycleColorList = validator<readonly RcColor[], string | readonly RcColor[]>(
  'a list of colors (no "CN" references)',
  (v) => {
    let items: readonly unknown[];
    if (typeof v === 'string') items = COLOR_LETTERS.test(v) ? [...v] : splitList(v);
    else if (Array.isArray(v)) items = v;
    else return INVALID;
    const out: RcColor[] = [];
    for (const item of items) {
      if (typeof item === 'string' && /^C[0-9]$/.test(item)) return INVALID;
      const c = checkColor(item);
      if (c === INVALID) return INVALID;
      out.push(c);
    }
    return Object.freeze(out);
  },
);

/** A list of colors (facecolor and edgecolor cycles accept `'CN'`). */
export const colorList = listOf(color, { allowString: true });

/** `legend.labelcolor`: a color, `'linecolor'`, `'markerfacecolor'`/`'mfc'`, `'markeredgecolor'`/`'mec'`, or null. */
export const legendLabelColor = validator<RcColor | null, RcColor | null>(
  'a color, "linecolor", "markerfacecolor", "markeredgecolor" or null',
  (v) => {
    if (v === null) return null;
    if (v === 'mfc' || v === 'markerfacecolor') return 'markerfacecolor';
    if (v === 'mec' || v === 'markeredgecolor') return 'markeredgecolor';
    // matplotlib keeps 'None' as written here (it is color-like), unlike validate_color.
    return typeof v === 'string' ? checkColorString(v, false) : checkColor(v);
  },
);

/** A named line style, stored with matplotlib's canonical spelling (`'None'` becomes `'none'`). */
export type NamedLineStyle =
  '-' | '--' | '-.' | ':' | 'solid' | 'dashed' | 'dashdot' | 'dotted' | 'none' | ' ' | '';
/** A line style: a name, or a dash pattern `[offset, [on, off, …]]` in points (scaled by the line width). */
export type LineStyle = NamedLineStyle | readonly [offset: number, onOff: readonly number[]];
/** What `set()` accepts for a line style: also `'None'` and a bare `[on, off, …]` sequence. */
export type LineStyleInput = LineStyle | 'None' | readonly number[];

const NAMED_LINE_STYLES: readonly NamedLineStyle[] = [
  '-',
  '--',
  '-.',
  ':',
  'solid',
  'dashed',
  'dashdot',
  'dotted',
  'none',
  ' ',
  '',
];
const namedLineStyle = oneOf(NAMED_LINE_STYLES, { ignoreCase: true });
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function checkDashes(v: unknown): LineStyle | Invalid {
  if (!Array.isArray(v)) return INVALID;
  const withOffset = v.length === 2 && Array.isArray(v[1]);
  const offset: unknown = withOffset ? v[0] : 0;
  const onOff: unknown[] = withOffset ? (v[1] as unknown[]) : v;
  if (!isNumber(offset) || onOff.length % 2 !== 0 || !onOff.every(isNumber)) return INVALID;
  return Object.freeze([offset, Object.freeze([...onOff])] as const);
}

/** A line style (matplotlib's `_validate_linestyle`); rc text may hold a tuple such as `(0, (3, 1))`. */
export const lineStyle = validator<LineStyle, LineStyleInput>(
  'a line style ("-", "--", "-.", ":", "solid", "dashed", "dashdot", "dotted", "none") or [offset, [on, off, ...]]',
  (v) => {
    const named = namedLineStyle.check(v);
    return named === INVALID ? checkDashes(v) : named;
  },
  (text) => {
    const named = namedLineStyle.check(text);
    return named === INVALID ? checkDashes(readPyLiteral(text)) : named;
  },
);

/** How the corners of a stroked path are joined. */
export type JoinStyle = 'miter' | 'round' | 'bevel';
/** How the ends of a stroked path are drawn. */
export type CapStyle = 'butt' | 'projecting' | 'round';
/** A join style (matplotlib's `JoinStyle` enum, by value). */
export const joinStyle = oneOf<JoinStyle>(['miter', 'round', 'bevel']);
/** A cap style (matplotlib's `CapStyle` enum, by value). */
export const capStyle = oneOf<CapStyle>(['butt', 'projecting', 'round']);
/** A marker fill style. */
export const fillStyle = oneOf(['full', 'left', 'right', 'bottom', 'top', 'none']);

/** A font size: points, or one of the relative size names (stored lower-case). */
export type FontSize =
  | number
  | 'xx-small'
  | 'x-small'
  | 'small'
  | 'medium'
  | 'large'
  | 'x-large'
  | 'xx-large'
  | 'smaller'
  | 'larger';
const fontSizeName = oneOf(
  ['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'smaller', 'larger'],
  { ignoreCase: true },
);
/** A font size (matplotlib's `validate_fontsize`). */
export const fontSize: Validator<FontSize> = either(
  fontSizeName,
  nonNegative,
  'a font size in points or a size name',
);

/** A font weight: a name or a number from 0 to 1000. */
export type FontWeight =
  | number
  | 'ultralight'
  | 'light'
  | 'normal'
  | 'regular'
  | 'book'
  | 'medium'
  | 'roman'
  | 'semibold'
  | 'demibold'
  | 'demi'
  | 'bold'
  | 'heavy'
  | 'extra bold'
  | 'black';
const fontWeightName = oneOf([
  'ultralight',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'roman',
  'semibold',
  'demibold',
  'demi',
  'bold',
  'heavy',
  'extra bold',
  'black',
]);
/** A font weight (matplotlib's `validate_fontweight`, case-sensitive as there). */
export const fontWeight: Validator<FontWeight> = either(
  fontWeightName,
  int,
  'a font weight name or an integer',
);

/** A font stretch: a name or a number. */
export type FontStretch =
  | number
  | 'ultra-condensed'
  | 'extra-condensed'
  | 'condensed'
  | 'semi-condensed'
  | 'normal'
  | 'semi-expanded'
  | 'expanded'
  | 'extra-expanded'
  | 'ultra-expanded';
const fontStretchName = oneOf([
  'ultra-condensed',
  'extra-condensed',
  'condensed',
  'semi-condensed',
  'normal',
  'semi-expanded',
  'expanded',
  'extra-expanded',
  'ultra-expanded',
]);
/** A font stretch (matplotlib's `validate_fontstretch`). */
export const fontStretch: Validator<FontStretch> = either(
  fontStretchName,
  int,
  'a font stretch name or an integer',
);

/** A fontconfig pattern such as `'sans:italic'` (the mathtext font keys); checked for being a non-empty string. */
export const fontPattern = validator<string>('a font pattern such as "sans:italic"', (v) =>
  typeof v === 'string' && v.trim() !== '' ? v : INVALID,
);

/** A PostScript/PDF font type: 3 (Type 3) or 42 (TrueType); the names `'type3'` and `'truetype'` are accepted. */
export const fontType: Validator<3 | 42, 3 | 42 | 'type3' | 'truetype'> = validator<
  3 | 42,
  3 | 42 | 'type3' | 'truetype'
>(
  '3, 42, "type3" or "truetype"',
  (v) => {
    if (v === 3 || v === 42) return v;
    const name = typeof v === 'string' ? v.toLowerCase() : undefined;
    return name === 'type3' ? 3 : name === 'truetype' ? 42 : INVALID;
  },
  (text) => fontType.check(/^\s*\d+\s*$/.test(text) ? Number(text) : text),
);

/** `axes.axisbelow`: a boolean, or `'line'` (below lines, above patches). */
export const axisBelow = either(literal('line'), bool, 'a boolean or "line"');

/** `savefig.dpi`: a positive number, or `'figure'` for the figure's own dpi. */
export const savefigDpi = either(
  literal('figure'),
  number({ positive: true }),
  'a positive number or "figure"',
);

/** `savefig.bbox`: `'tight'`, or null for the standard box (`'standard'` is stored as null, as matplotlib does). */
export const savefigBbox = validator<'tight' | null, 'tight' | 'standard' | null>(
  '"tight", "standard" or null',
  (v) => {
    if (v === null) return null;
    const s = typeof v === 'string' ? v.toLowerCase() : undefined;
    return s === 'tight' ? 'tight' : s === 'standard' ? null : INVALID;
  },
);

/** `path.sketch`: null, or `[scale, length, randomness]`. */
export const sketch = nullable(
  listOf(float, { length: 3 }) as unknown as Validator<readonly [number, number, number]>,
);

/** `boxplot.whiskers`: a multiple of the interquartile range, or a pair of percentiles. */
export const whiskers = either(
  float,
  listOf(float, { length: 2 }),
  'a number or a pair of percentiles',
) as Validator<number | readonly [number, number]>;

/** The binning strategies `hist.bins` accepts by name (numpy's `histogram_bin_edges`). */
export type HistBinsName = 'auto' | 'sturges' | 'fd' | 'doane' | 'scott' | 'rice' | 'sqrt';
/** `hist.bins`: a strategy name, a bin count, or the bin edges. */
export const histBins = either(
  oneOf<HistBinsName>(['auto', 'sturges', 'fd', 'doane', 'scott', 'rice', 'sqrt']),
  either(int, listOf(float)),
  'a bin strategy name, an integer, or a list of bin edges',
);

/** `image.aspect`: `'equal'`, `'auto'` or a number. */
export const aspect = either(oneOf(['auto', 'equal']), float, '"auto", "equal" or a number');

/** `ps.usedistiller`: null (also `false`, `'none'`, `'false'`), `'ghostscript'` or `'xpdf'`. */
export const psDistiller = validator<'ghostscript' | 'xpdf' | null, 'ghostscript' | 'xpdf' | false | null>(
  'null, "ghostscript" or "xpdf"',
  (v) => {
    if (v === null || v === false) return null;
    if (typeof v !== 'string') return INVALID;
    const s = v.toLowerCase();
    return s === 'none' || s === 'false' ? null : s === 'ghostscript' || s === 'xpdf' ? s : INVALID;
  },
);

/** `mathtext.fallback`: `'cm'`, `'stix'`, `'stixsans'`, or null to turn fallback off. */
export const mathtextFallback = validator<'cm' | 'stix' | 'stixsans' | null>(
  '"cm", "stix", "stixsans" or null',
  (v) => {
    if (v === null) return null;
    if (typeof v !== 'string') return INVALID;
    const s = v.toLowerCase();
    return s === 'none' ? null : s === 'cm' || s === 'stix' || s === 'stixsans' ? s : INVALID;
  },
);

/** A colormap given by object (anything with a `name`, such as a `Colormap` from `colors.ts`). */
export interface ColormapLike {
  /** The colormap's registered name. */
  readonly name: string;
}
/** `image.cmap`: a colormap name or a colormap object; the name is resolved when an image is drawn. */
export const cmap = validator<string | ColormapLike>('a colormap name or a Colormap', (v) => {
  if (typeof v === 'string') return v === '' ? INVALID : v;
  const named = typeof v === 'object' && v !== null && typeof (v as ColormapLike).name === 'string';
  return named ? (v as ColormapLike) : INVALID;
});

/** `date.epoch`: an ISO 8601 date-time such as `'1970-01-01T00:00:00'` (what numpy.datetime64 accepts). */
export const isoDate = validator<string>('an ISO 8601 date such as "1970-01-01T00:00:00"', (v) =>
  typeof v === 'string' && /^-?\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?)?)?$/.test(v)
    ? v
    : INVALID,
);

/** `path.effects`: a list of path effect objects (applied by artists; not inspected here). */
export const anyList = validator<readonly unknown[]>(
  'a list',
  (v) => (Array.isArray(v) ? Object.freeze([...(v as unknown[])]) : INVALID),
  (text) => (text.trim() === '' || text.trim() === '[]' ? Object.freeze([]) : INVALID),
);

/** `backend`: a backend name, resolved case-insensitively by the backend registry. */
export const backendName = validator<string>('a backend name', (v) =>
  typeof v === 'string' && v.trim() !== '' ? v : INVALID,
);

/** `toolbar`: `'toolbar2'`, `'toolmanager'` or `'None'`. */
export const toolbar = oneOf(['None', 'toolbar2', 'toolmanager'], { ignoreCase: true });

/** A hatch pattern: any sequence of the characters `\ / | - + * . x o O`. */
export const hatch = validator<string>('a hatch pattern of \\ / | - + * . x o O', (v) =>
  typeof v === 'string' && /^[\\/|\-+*.xoO]*$/.test(v) ? v : INVALID,
);

/** Plain string used for paths (`savefig.directory`, `animation.ffmpeg_path`). */
export const pathString = string;
