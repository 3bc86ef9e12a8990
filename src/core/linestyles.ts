/**
 * Line styles, dash patterns, draw styles (steps) and cap/join style validation, as matplotlib's
 * `Line2D` and `cbook` define them.
 *
 * Dash patterns are in points. matplotlib scales them by the line width (rc `lines.scale_dashes`),
 * and the artist converts points to pixels before building a `GraphicsStyle`:
 *
 * ```ts
 * const d = dashPattern('--', 2, rcParams);              // { offset: 0, pattern: [7.4, 3.2] } points
 * const px = d && { offset: toPx(d.offset), pattern: d.pattern.map(toPx) };
 * ```
 */
import { TsplotlibError, checkChoice, describeValue, invalid } from './errors.js';
import { Path } from './Path.js';
import type { CapStyle, Dashes, JoinStyle } from './renderer.js';

/** The named line styles and their aliases (`'-'` or `'solid'`, …; `'None'`, `'none'`, `' '`, `''` draw nothing). */
// prettier-ignore
export type LineStyleName =
  | '-' | '--' | '-.' | ':' | 'solid' | 'dashed' | 'dashdot' | 'dotted' | 'None' | 'none' | ' ' | '';

/** `[offset, [on, off, …]]` in points; a null sequence is a solid line. */
export type DashTuple = readonly [offset: number, onOff: readonly number[] | null];

/** A line style: a name or a dash tuple. */
export type LineStyle = LineStyleName | DashTuple;

/** Another name for {@link LineStyle}, for option interfaces. */
export type LineStyleSpec = LineStyle;

/** Every accepted line style name, short codes first: matplotlib's `lineStyles` plus `ls_mapper_r`. */
// prettier-ignore
export const LINE_STYLES: readonly LineStyleName[] = Object.freeze([
  '-', '--', '-.', ':', 'None', 'none', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted',
]);

/** Long names to short codes: matplotlib's `ls_mapper_r`. */
const SHORT_CODES: Readonly<Partial<Record<string, '-' | '--' | '-.' | ':'>>> = {
  solid: '-',
  dashed: '--',
  dashdot: '-.',
  dotted: ':',
};

/** The rc parameters the dash patterns come from, with matplotlib's defaults. */
export interface DashRc {
  'lines.scale_dashes': boolean;
  'lines.dashed_pattern': readonly number[];
  'lines.dashdot_pattern': readonly number[];
  'lines.dotted_pattern': readonly number[];
}

/** matplotlib's defaults for {@link DashRc} (`matplotlibrc`). */
export const DEFAULT_DASH_RC: Readonly<DashRc> = Object.freeze({
  'lines.scale_dashes': true,
  'lines.dashed_pattern': Object.freeze([3.7, 1.6]),
  'lines.dashdot_pattern': Object.freeze([6.4, 1.6, 1, 1.6]),
  'lines.dotted_pattern': Object.freeze([1, 1.65]),
});

/**
 * A validated line style in canonical form: a short code (`'-'`, `'--'`, `'-.'`, `':'`), `'None'`
 * for no line, or a dash tuple. matplotlib's `Line2D.set_linestyle` normalisation.
 */
export type NormalizedLineStyle = '-' | '--' | '-.' | ':' | 'None' | DashTuple;

/**
 * Validates `ls` and returns its canonical form: `'solid'` → `'-'`, `'none'`/`' '`/`''` → `'None'`,
 * tuples checked (finite offset; a sequence of finite, non-negative lengths, at least one positive).
 * Throws `call: invalid linestyle …` otherwise.
 */
export function normalizeLinestyle(ls: unknown, call = 'setLinestyle'): NormalizedLineStyle {
  if (Array.isArray(ls) && ls.length === 2) return checkDashTuple(call, ls as unknown as DashTuple);
  if (typeof ls !== 'string') {
    const names = LINE_STYLES.map((s) => JSON.stringify(s)).join(', ');
    invalid(call, 'linestyle', ls, `one of ${names}, or [offset, [on, off, …]]`);
  }
  const name = checkChoice(call, 'linestyle', ls, LINE_STYLES);
  if (name === ' ' || name === '' || name === 'none') return 'None';
  return SHORT_CODES[name] ?? (name as NormalizedLineStyle);
}

function checkDashTuple(call: string, [offset, onOff]: DashTuple): DashTuple {
  if (typeof offset !== 'number' || !Number.isFinite(offset))
    invalid(call, 'dash offset', offset, 'a finite number');
  if (onOff === null) return Object.freeze([offset, null]);
  const seq =
    Array.isArray(onOff) || ArrayBuffer.isView(onOff) ? Array.from(onOff as ArrayLike<number>) : null;
  if (seq === null || seq.length === 0)
    invalid(call, 'dash sequence', onOff, 'a non-empty list of lengths in points');
  for (const d of seq) {
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
      invalid(call, 'dash length', d, 'a finite, non-negative number of points');
    }
  }
  // matplotlib's GraphicsContextBase.set_dashes rejects an all-zero pattern: it would draw nothing.
  if (!seq.some((d) => d > 0)) {
    throw new TsplotlibError(
      call,
      `invalid dash sequence ${describeValue(seq)}: at least one length must be positive`,
    );
  }
  return Object.freeze([offset, Object.freeze(seq)]);
}

/** True when the line style draws no line (`'None'`, `'none'`, `' '` or `''`); throws on an invalid style. */
export function isNoLine(ls: LineStyle): boolean {
  return normalizeLinestyle(ls, 'isNoLine') === 'None';
}

/**
 * The unscaled dash pattern of a line style in points, or null for a solid line or no line:
 * matplotlib's `lines._get_dash_pattern`. The offset is reduced modulo the pattern length.
 */
export function unscaledDashPattern(
  ls: LineStyle,
  rc: Partial<DashRc> = {},
  call = 'setLinestyle',
): Dashes | null {
  const style = normalizeLinestyle(ls, call);
  let offset = 0;
  let pattern: readonly number[] | null;
  if (style === '-' || style === 'None') return null;
  if (style === '--') pattern = rc['lines.dashed_pattern'] ?? DEFAULT_DASH_RC['lines.dashed_pattern'];
  else if (style === '-.') pattern = rc['lines.dashdot_pattern'] ?? DEFAULT_DASH_RC['lines.dashdot_pattern'];
  else if (style === ':') pattern = rc['lines.dotted_pattern'] ?? DEFAULT_DASH_RC['lines.dotted_pattern'];
  else [offset, pattern] = style;
  if (pattern === null) return null;
  const sum = pattern.reduce((a, b) => a + b, 0);
  if (sum) offset = pythonModulo(offset, sum);
  return Object.freeze({ offset, pattern: Object.freeze([...pattern]) });
}

/** Python's float `%`: the result takes the sign of the divisor, so a negative offset wraps forward. */
function pythonModulo(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/**
 * The dash pattern for a line style drawn `linewidth` points wide, in points, or null for a solid
 * line or no line: matplotlib's `_get_dash_pattern` followed by `_scale_dashes`, which multiplies
 * offset and lengths by the line width when rc `lines.scale_dashes` is true (the default).
 * `rc` may be the rcParams object itself; missing keys take matplotlib's defaults.
 *
 * @example
 * dashPattern('--', 2)                   // { offset: 0, pattern: [7.4, 3.2] }
 * dashPattern([2, [4, 1]], 1)            // { offset: 2, pattern: [4, 1] }
 */
export function dashPattern(
  linestyle: LineStyle,
  linewidth: number,
  rc: Partial<DashRc> = {},
  call = 'setLinestyle',
): Dashes | null {
  if (typeof linewidth !== 'number' || !Number.isFinite(linewidth) || linewidth < 0) {
    invalid(call, 'linewidth', linewidth, 'a finite, non-negative number of points');
  }
  const dashes = unscaledDashPattern(linestyle, rc, call);
  if (dashes === null || !(rc['lines.scale_dashes'] ?? DEFAULT_DASH_RC['lines.scale_dashes'])) return dashes;
  return Object.freeze({
    offset: dashes.offset * linewidth,
    pattern: Object.freeze(dashes.pattern.map((d) => d * linewidth)),
  });
}

/** How the points of a line are connected: straight segments or steps (matplotlib's `drawstyle`). */
export type DrawStyle = 'default' | 'steps' | 'steps-pre' | 'steps-mid' | 'steps-post';

/** The draw styles, long names first (`Line2D.drawStyleKeys`). */
export const DRAW_STYLES: readonly DrawStyle[] = Object.freeze([
  'default',
  'steps-mid',
  'steps-pre',
  'steps-post',
  'steps',
]);

/** Validates a draw style (`undefined` means `'default'`, as matplotlib's `None`). */
export function checkDrawstyle(drawstyle: unknown, call = 'setDrawstyle'): DrawStyle {
  return drawstyle === undefined ? 'default' : checkChoice(call, 'drawstyle', drawstyle, DRAW_STYLES);
}

/** A line's vertices after a step conversion. */
export interface SteppedXY {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

function checkSameLength(call: string, x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new TsplotlibError(call, `x and y must have the same length, got ${x.length} and ${y.length}`);
  }
  return x.length;
}

/**
 * Steps that change value at the start of each interval: `2N - 1` points, the line at the right
 * point's y (matplotlib's `cbook.pts_to_prestep`, drawstyle `'steps'` and `'steps-pre'`).
 */
export function stepsPre(x: ArrayLike<number>, y: ArrayLike<number>): SteppedXY {
  const n = checkSameLength('stepsPre', x, y);
  const m = Math.max(2 * n - 1, 0);
  const sx = new Float64Array(m);
  const sy = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    sx[2 * i] = x[i]!;
    sy[2 * i] = y[i]!;
    if (i + 1 < n) {
      sx[2 * i + 1] = x[i]!;
      sy[2 * i + 1] = y[i + 1]!;
    }
  }
  return { x: sx, y: sy };
}

/**
 * Steps that change value at the end of each interval: `2N - 1` points, the line at the left
 * point's y (matplotlib's `cbook.pts_to_poststep`, drawstyle `'steps-post'`).
 */
export function stepsPost(x: ArrayLike<number>, y: ArrayLike<number>): SteppedXY {
  const n = checkSameLength('stepsPost', x, y);
  const m = Math.max(2 * n - 1, 0);
  const sx = new Float64Array(m);
  const sy = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    sx[2 * i] = x[i]!;
    sy[2 * i] = y[i]!;
    if (i + 1 < n) {
      sx[2 * i + 1] = x[i + 1]!;
      sy[2 * i + 1] = y[i]!;
    }
  }
  return { x: sx, y: sy };
}

/**
 * Steps that change value halfway between points: `2N` points (matplotlib's `cbook.pts_to_midstep`,
 * drawstyle `'steps-mid'`).
 */
export function stepsMid(x: ArrayLike<number>, y: ArrayLike<number>): SteppedXY {
  const n = checkSameLength('stepsMid', x, y);
  const sx = new Float64Array(2 * n);
  const sy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    sy[2 * i] = y[i]!;
    sy[2 * i + 1] = y[i]!;
    if (i + 1 < n) {
      const mid = (x[i]! + x[i + 1]!) / 2;
      sx[2 * i + 1] = mid;
      sx[2 * i + 2] = mid;
    }
  }
  if (n > 0) {
    sx[0] = x[0]!;
    sx[2 * n - 1] = x[n - 1]!;
  }
  return { x: sx, y: sy };
}

/**
 * Applies a draw style to a line's data: the step conversions above, or for `'default'` the data
 * as typed arrays (copied only when they are not Float64Arrays already).
 */
export function applyDrawstyle(drawstyle: DrawStyle, x: ArrayLike<number>, y: ArrayLike<number>): SteppedXY {
  switch (checkDrawstyle(drawstyle)) {
    case 'steps':
    case 'steps-pre':
      return stepsPre(x, y);
    case 'steps-post':
      return stepsPost(x, y);
    case 'steps-mid':
      return stepsMid(x, y);
    default:
      checkSameLength('applyDrawstyle', x, y);
      return {
        x: x instanceof Float64Array ? x : Float64Array.from(x),
        y: y instanceof Float64Array ? y : Float64Array.from(y),
      };
  }
}

/**
 * A line's path for its draw style: the data as a polyline for `'default'`, else the steps. The
 * convenience form of {@link applyDrawstyle} for artists.
 */
export function drawStyleSteps(drawstyle: DrawStyle, x: ArrayLike<number>, y: ArrayLike<number>): Path {
  const xy = applyDrawstyle(drawstyle, x, y);
  return Path.fromXY(xy.x, xy.y);
}

/** The cap styles: how a stroke ends (matplotlib's `CapStyle`). */
export const CAP_STYLES: readonly CapStyle[] = Object.freeze(['butt', 'projecting', 'round']);

/** The join styles: how strokes meet at corners (matplotlib's `JoinStyle`). */
export const JOIN_STYLES: readonly JoinStyle[] = Object.freeze(['miter', 'round', 'bevel']);

/** Validates a cap style for a style's `capStyle`: `call: invalid capstyle "square"; expected …`. */
export function checkCapStyle(value: unknown, call = 'setCapstyle'): CapStyle {
  return checkChoice(call, 'capstyle', value, CAP_STYLES);
}

/** Validates a join style for a style's `joinStyle`. */
export function checkJoinStyle(value: unknown, call = 'setJoinstyle'): JoinStyle {
  return checkChoice(call, 'joinstyle', value, JOIN_STYLES);
}
