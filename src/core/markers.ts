/**
 * Marker styles: matplotlib's `MarkerStyle`, computing for every marker matplotlib accepts the same
 * path, transform, half-fill geometry, cap and join styles and fillability.
 *
 * A marker is stamped at each data point by mapping its unit path through {@link MarkerStyle.transform}
 * (sized for a marker size of 1 point), then scaling by the marker size in pixels:
 *
 * ```ts
 * const m = new MarkerStyle('o', { fillStyle: 'left' });
 * const size = renderer.pointsToPixels(markersize);
 * const toPixels = m.transform.then(Affine.scaling(size));
 * ```
 *
 * The pixel marker `','` is the exception, as in matplotlib's `Line2D.draw`: it is not scaled by the
 * marker size and is drawn with a zero line width.
 */
import { Affine } from './Affine2D.js';
import { TsplotlibError, checkChoice, closestMatch, describeValue, invalid } from './errors.js';
import { Path } from './Path.js';
import type { CapStyle, JoinStyle } from './renderer.js';
import {
  MARKER_TABLE,
  customMarker,
  tupleMarker,
  type FillStyle,
  type MarkerGeometry,
} from './markers/geometry.js';

export type { FillStyle } from './markers/geometry.js';

/** `(numsides, style, angle)`: a regular polygon (style 0), star (1) or asterisk (2), turned `angle` degrees. */
export type MarkerTuple = readonly [numsides: number, style: 0 | 1 | 2, angle?: number];

/**
 * Everything matplotlib accepts as a marker: a code (`'o'`, `'^'`, `'1'`, …; the integers 0–11 for
 * ticks and carets; `'none'`, `'None'`, `' '`, `''` for no marker), a {@link Path}, a list of [x, y]
 * vertices, a {@link MarkerTuple}, or another {@link MarkerStyle}. Mathtext markers (`'$…$'`) are
 * recognised but not supported yet.
 */
export type MarkerSpec =
  string | number | Path | ReadonlyArray<readonly [number, number]> | MarkerTuple | MarkerStyle;

/** The marker codes matplotlib knows, in its order: `MarkerStyle.markers`. */
export const MARKER_NAMES: readonly (string | number)[] = Object.freeze([...MARKER_TABLE.keys()]);

/** matplotlib's descriptive name for each marker code (`'o'` → `'circle'`, `4` → `'caretleft'`). */
export function markerDescription(code: string | number): string | undefined {
  return MARKER_TABLE.get(code)?.[0];
}

/** Markers that can be filled: matplotlib's `MarkerStyle.filled_markers`. */
// prettier-ignore
export const FILLED_MARKERS: readonly string[] = Object.freeze([
  'o', 'v', '^', '<', '>', '8', 's', 'p', '*', 'h', 'H', 'D', 'd', 'P', 'X',
]);

/** The fill styles: matplotlib's `MarkerStyle.fillstyles`. */
export const FILL_STYLES: readonly FillStyle[] = Object.freeze([
  'full',
  'left',
  'right',
  'bottom',
  'top',
  'none',
]);

/** Options of {@link MarkerStyle}. */
export interface MarkerStyleOptions {
  /** Which part of the face is painted with the face color; default `'full'` (rc `markers.fillstyle`). */
  fillStyle?: FillStyle;
  /** An extra transform applied after the marker's own (matplotlib's `transform=`). */
  transform?: Affine;
  /** Overrides the cap style of every marker (default `'butt'`). */
  capStyle?: CapStyle;
  /** Overrides the join style of the markers that choose one (polygons, stars, carets), as in matplotlib. */
  joinStyle?: JoinStyle;
  /** The public call to name in error messages; default `'MarkerStyle'`. */
  call?: string;
}

const CAP_STYLES: readonly CapStyle[] = ['butt', 'round', 'projecting'];
const JOIN_STYLES: readonly JoinStyle[] = ['miter', 'round', 'bevel'];

/** matplotlib's `cbook.is_math_text`: an even, non-zero number of unescaped dollar signs. */
function isMathText(s: string): boolean {
  const dollars = s.split('$').length - 1 - (s.split('\\$').length - 1);
  return dollars > 0 && dollars % 2 === 0;
}

function isTuple(spec: readonly unknown[]): spec is MarkerTuple {
  return (
    (spec.length === 2 || spec.length === 3) &&
    typeof spec[0] === 'number' &&
    (spec[1] === 0 || spec[1] === 1 || spec[1] === 2)
  );
}

function isVertexList(spec: readonly unknown[]): spec is ReadonlyArray<readonly [number, number]> {
  return spec.every(
    (p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'number' && typeof p[1] === 'number',
  );
}

/** Maps every descriptive name and code to the code, for "did you mean" hints (`'circle'` → `'o'`). */
const HINTS = new Map<string, string>();
for (const [code, [name]] of MARKER_TABLE) {
  if (typeof code === 'string' && code.trim() !== '') HINTS.set(code, code);
  if (name !== 'nothing' && !HINTS.has(name)) HINTS.set(name, String(code));
}

function unknownMarker(call: string, spec: unknown): never {
  if (typeof spec !== 'string') {
    invalid(
      call,
      'marker',
      spec,
      'a marker code, a Path, a list of [x, y] vertices or (numsides, style, angle)',
    );
  }
  const near = closestMatch(spec, HINTS.keys());
  const hint = near === undefined ? '' : ` (did you mean "${HINTS.get(near)}"?)`;
  throw new TsplotlibError(call, `unknown marker ${describeValue(spec)}${hint}`);
}

/** Resolves a marker spec to its geometry, throwing the library's error for anything unknown. */
function resolve(call: string, spec: Exclude<MarkerSpec, MarkerStyle>, fill: FillStyle): MarkerGeometry {
  if (spec instanceof Path) return customMarker(spec);
  if (typeof spec === 'string' && isMathText(spec)) {
    throw new TsplotlibError(call, `mathtext markers such as ${describeValue(spec)} are not supported yet`);
  }
  if (typeof spec === 'string' || typeof spec === 'number') {
    const entry = MARKER_TABLE.get(spec);
    if (!entry) return unknownMarker(call, spec);
    return entry[1](fill);
  }
  if (Array.isArray(spec)) {
    if (isTuple(spec)) {
      const [numsides, style, angle = 0] = spec;
      if (!Number.isInteger(numsides) || numsides < 1) {
        invalid(call, 'marker side count', numsides, 'a positive integer');
      }
      if (!Number.isFinite(angle)) invalid(call, 'marker angle', angle, 'a finite number of degrees');
      return tupleMarker(numsides, style, angle);
    }
    if (spec.length > 0 && isVertexList(spec)) return customMarker(Path.fromPoints(spec));
  }
  return unknownMarker(call, spec);
}

/**
 * A marker: its path and transforms for a marker size of 1 point, and how it is painted.
 * Immutable; {@link rotated}, {@link scaled}, {@link transformed} and {@link withFillStyle} return
 * new markers. Errors name the call: `MarkerStyle: unknown marker "ox" (did you mean "o"?)`.
 *
 * @example
 * new MarkerStyle('^').transform       // scale(0.5): the unit triangle fits a 1-point box
 * new MarkerStyle([6, 1, 0]).path      // a six-pointed star
 */
export class MarkerStyle {
  /** The marker as given, matplotlib's `get_marker()` (a {@link MarkerStyle} argument gives its own spec). */
  readonly spec: Exclude<MarkerSpec, MarkerStyle>;
  readonly fillStyle: FillStyle;
  /** The face path: the whole marker, or for half-filled styles the part painted with the face color. */
  readonly path: Path;
  /**
   * Maps {@link path} to points for a marker size of 1 (matplotlib's `get_transform()`: the marker's
   * own transform followed by the user transform). The caller scales by `pointsToPixels(markersize)`,
   * except for the pixel marker `','`.
   */
  readonly transform: Affine;
  /** The other half of a half-filled marker (painted with `markerfacecoloralt`), else null. */
  readonly altPath: Path | null;
  readonly altTransform: Affine | null;
  readonly joinStyle: JoinStyle;
  readonly capStyle: CapStyle;
  /** Whether the marker has a face to fill: false for `+`, `x`, `|`, `_`, `1`–`4`, ticks, carets, asterisks, none. */
  readonly filled: boolean;
  /** matplotlib's snap threshold in pixels (Infinity always snaps, null leaves it to the backend). */
  readonly snapThreshold: number | null;
  /** The user's extra transform, if any. */
  readonly userTransform: Affine | null;
  private readonly options: Readonly<MarkerStyleOptions>;

  /**
   * @param marker the marker: see {@link MarkerSpec}.
   * @param options a fill style (matplotlib's positional `MarkerStyle(marker, fillstyle)`) or options.
   * @param call the public call to name in errors (overrides `options.call`).
   */
  constructor(marker: MarkerSpec, options: FillStyle | MarkerStyleOptions = {}, call?: string) {
    const given: MarkerStyleOptions = typeof options === 'string' ? { fillStyle: options } : options;
    const own: MarkerStyleOptions = call === undefined ? given : { ...given, call };
    // Copying a MarkerStyle keeps its settings; options given here take precedence.
    const merged: MarkerStyleOptions = marker instanceof MarkerStyle ? { ...marker.options, ...own } : own;
    call = merged.call ?? 'MarkerStyle';
    const spec = marker instanceof MarkerStyle ? marker.spec : marker;
    const fill = checkChoice(call, 'fill style', merged.fillStyle ?? 'full', FILL_STYLES);
    const user = merged.transform ?? null;
    if (user !== null && !(user instanceof Affine)) invalid(call, 'marker transform', user, 'an Affine');
    if (merged.capStyle !== undefined) checkChoice(call, 'cap style', merged.capStyle, CAP_STYLES);
    if (merged.joinStyle !== undefined) checkChoice(call, 'join style', merged.joinStyle, JOIN_STYLES);

    const g = resolve(call, spec, fill);
    this.spec = spec;
    this.options = Object.freeze({ ...merged });
    this.fillStyle = fill;
    this.path = g.path;
    this.transform = user ? g.transform.then(user) : g.transform;
    this.altPath = g.altPath;
    this.altTransform = g.altTransform && user ? g.altTransform.then(user) : g.altTransform;
    // matplotlib starts every marker with round joins and lets the user's join style through only
    // where the marker picks its own; the user's cap style always applies.
    this.joinStyle = g.joinStyle === null ? 'round' : (merged.joinStyle ?? g.joinStyle);
    this.capStyle = merged.capStyle ?? 'butt';
    this.filled = fill !== 'none' && !g.strokeOnly;
    this.snapThreshold = g.snapThreshold;
    this.userTransform = user;
  }

  /** True when the marker draws nothing (`'none'`, `''`, …): matplotlib's `not bool(marker)`. */
  isEmpty(): boolean {
    return this.path.length === 0;
  }

  /** The same marker with another fill style (as `Line2D.set_fillstyle` rebuilds it). */
  withFillStyle(fillStyle: FillStyle): MarkerStyle {
    return new MarkerStyle(this, { fillStyle });
  }

  /** This marker followed by `transform` (matplotlib's `MarkerStyle.transformed`). */
  transformed(transform: Affine): MarkerStyle {
    const user = this.userTransform ? this.userTransform.then(transform) : transform;
    return new MarkerStyle(this, { transform: user });
  }

  /** This marker rotated by `deg` degrees or `rad` radians (exactly one), counter-clockwise. */
  rotated(angle: { deg?: number; rad?: number }): MarkerStyle {
    const call = this.options.call ?? 'MarkerStyle';
    if ((angle.deg === undefined) === (angle.rad === undefined)) {
      throw new TsplotlibError(`${call}.rotated`, 'give exactly one of deg and rad');
    }
    const radians = angle.rad ?? angle.deg! * (Math.PI / 180);
    if (!Number.isFinite(radians))
      invalid(`${call}.rotated`, 'angle', angle.rad ?? angle.deg, 'a finite number');
    return this.transformed(Affine.rotation(radians));
  }

  /** This marker scaled by `sx` horizontally and `sy` (default `sx`) vertically. */
  scaled(sx: number, sy: number = sx): MarkerStyle {
    return this.transformed(Affine.scaling(sx, sy));
  }
}
