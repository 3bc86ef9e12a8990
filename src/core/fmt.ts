/**
 * The MATLAB-style format string of `plot(x, y, fmt)`: matplotlib's `_process_plot_format`.
 *
 * A fmt string combines at most one color, one marker and one line style in any order:
 * `'r--o'` (red, dashed, circles), `'C2:'` (third cycle color, dotted), `'k^'` (black triangles,
 * no line), `'o'` (circles, no line). A fmt that is a whole color spec (`'#ff0000'`, `'0.5'`,
 * `'tab:blue'` given a color hook) is just that color.
 */
import { TsplotlibError, describeValue, invalid } from './errors.js';
import type { LineStyle, LineStyleName } from './linestyles.js';
import { MARKER_NAMES } from './markers.js';

/** What a fmt string sets. A key that is absent is left to the caller's defaults. */
export interface ParsedFmt {
  /**
   * `'-'`, `'--'`, `'-.'`, `':'`, `' '`, or `'None'` when the fmt names a marker but no line style;
   * the rc default line style when it names neither. Absent when the whole fmt is a color.
   */
  linestyle?: LineStyle;
  /** A marker code, or `'None'` when the fmt names none. Absent when the whole fmt is a color. */
  marker?: string;
  /** A color spec for the caller to resolve: a letter (`'r'`), `'C<digit>'`, or the whole fmt. */
  color?: string;
}

/** Options of {@link parseFmt}. */
export interface ParseFmtOptions {
  /**
   * Whether a string is a valid color spec (matplotlib tries `to_rgba(fmt)` first). Pass the color
   * module's check so named colors (`'red'`, `'tab:blue'`, `'xkcd:sky'`) count; the default,
   * {@link isBasicColor}, knows hex, gray levels, `'none'`, single letters and `'C<n>'`.
   */
  isColor?: (s: string) => boolean;
  /** The line style used when the fmt names neither line nor marker: rc `lines.linestyle`, default `'-'`. */
  defaultLinestyle?: LineStyle;
  /** The public call to name in errors; default `'plot'`. */
  call?: string;
}

/** matplotlib's `Line2D.lineStyles` keys; fmt parsing tries two-character styles first. */
const LINE_STYLE_CODES: ReadonlySet<string> = new Set(['-', '--', '-.', ':', 'None', ' ', '']);

/** Single characters that name a marker (all of `MarkerStyle.markers` one character long). */
const MARKER_CHARS: ReadonlySet<string> = new Set(
  MARKER_NAMES.filter((m): m is string => typeof m === 'string' && m.length === 1),
);

/** The one-letter named colors, the only names a single fmt character can match. */
const COLOR_CHARS: ReadonlySet<string> = new Set(['b', 'g', 'r', 'c', 'm', 'y', 'k', 'w']);

const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const CYCLE_COLOR = /^C[0-9]+$/;
// Python's float() syntax (digits may be grouped with underscores), for gray levels like '0.5'.
const DIGITS = '[0-9](?:_?[0-9])*';
const PY_FLOAT = new RegExp(
  `^\\s*[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?\\s*$`,
);

/**
 * The color specs a fmt can be recognised as without a color table: `'none'` (any case), the
 * one-letter colors, `'C<n>'`, `#rgb[a]` and `#rrggbb[aa]` hex, and gray levels (a number in 0..1
 * in Python's float syntax, like matplotlib's `to_rgba('0.5')`).
 */
export function isBasicColor(s: string): boolean {
  if (s.toLowerCase() === 'none' || COLOR_CHARS.has(s) || CYCLE_COLOR.test(s) || HEX_COLOR.test(s))
    return true;
  if (!PY_FLOAT.test(s)) return false;
  const gray = Number(s.replace(/_/g, ''));
  return gray >= 0 && gray <= 1;
}

/**
 * Parses a format string into line style, marker and color, exactly as matplotlib's
 * `_process_plot_format`: the whole fmt is tried as a color first (except a bare integer like
 * `'1'`, which is the tri_down marker, not a gray level); otherwise characters are read left to
 * right, two-character line styles first. A fmt with a marker but no line style gets `'None'`
 * (no line); one with neither gets `defaultLinestyle`.
 *
 * Throws, naming the call: `plot: unrecognized character "q" in format string "rq"`, and for two
 * colors, two markers or two line styles.
 *
 * @example
 * parseFmt('r--o')  // { linestyle: '--', marker: 'o', color: 'r' }
 * parseFmt('C2:')   // { linestyle: ':', marker: 'None', color: 'C2' }
 * parseFmt('o')     // { linestyle: 'None', marker: 'o' }
 * parseFmt('0.5')   // { color: '0.5' }
 */
export function parseFmt(fmt: string, options: ParseFmtOptions = {}): ParsedFmt {
  const call = options.call ?? 'plot';
  if (typeof fmt !== 'string') invalid(call, 'format string', fmt, 'a string such as "r--o"');
  const isColor = options.isColor ?? isBasicColor;
  // '1' and '0' are gray levels too, but a canonical integer is read as markers, as matplotlib does.
  if (isColor(fmt) && !/^(?:0|-?[1-9][0-9]*)$/.test(fmt)) return { color: fmt };

  const fail = (reason: string): never => {
    throw new TsplotlibError(call, `${reason} in format string ${describeValue(fmt)}`);
  };
  let linestyle: LineStyleName | undefined;
  let marker: string | undefined;
  let color: string | undefined;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    const pair = fmt.slice(i, i + 2);
    if (LINE_STYLE_CODES.has(pair) || LINE_STYLE_CODES.has(c)) {
      if (linestyle !== undefined) fail('two linestyle symbols');
      linestyle = (LINE_STYLE_CODES.has(pair) ? pair : c) as LineStyleName;
      i += linestyle.length;
    } else if (MARKER_CHARS.has(c)) {
      if (marker !== undefined) fail('two marker symbols');
      marker = c;
      i += 1;
    } else if (COLOR_CHARS.has(c)) {
      if (color !== undefined) fail('two color symbols');
      color = c;
      i += 1;
    } else if (c === 'C' && i < fmt.length - 1) {
      // matplotlib lets a cycle color replace an earlier color without complaint; so do we.
      const digit = fmt[i + 1]!;
      if (!/[0-9]/.test(digit)) fail(`invalid color cycle reference "C${digit}" (expected "C" and a digit)`);
      color = `C${digit}`;
      i += 2;
    } else {
      fail(`unrecognized character ${describeValue(c)}`);
    }
  }

  const result: ParsedFmt = {
    linestyle: linestyle ?? (marker === undefined ? (options.defaultLinestyle ?? '-') : 'None'),
    marker: marker ?? 'None',
  };
  if (color !== undefined) result.color = color;
  return result;
}
