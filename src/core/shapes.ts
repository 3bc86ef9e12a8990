/**
 * Unit shapes as {@link Path}s: matplotlib's `Path.unit_rectangle`, `unit_circle`, `circle`,
 * `unit_regular_polygon`, `unit_regular_star`, `unit_regular_asterisk`, `unit_circle_righthalf`,
 * `arc` and `wedge`, with the same vertices and codes.
 *
 * Paths returned here are shared and must be treated as immutable (their typed arrays cannot be
 * frozen): the unit shapes are cached, as matplotlib caches its readonly ones, so every marker of a
 * kind draws the same object.
 */
import { checkFinite, invalid } from './errors.js';
import { Path, PathCode } from './Path.js';

const { MOVETO, LINETO, CURVE4, CLOSEPOLY } = PathCode;

/**
 * Codes for matplotlib's `Path(vertices, closed=True)`: MOVETO, LINETO…, and CLOSEPOLY on the last
 * vertex, which stays in the path (it is not appended).
 */
function closedCodes(n: number): Uint8Array {
  const codes = new Uint8Array(n).fill(LINETO);
  codes[0] = MOVETO;
  codes[n - 1] = CLOSEPOLY;
  return codes;
}

let unitRectangleCache: Path | undefined;

/** The unit square from (0, 0) to (1, 1), closed: matplotlib's `Path.unit_rectangle()`. */
export function unitRectangle(): Path {
  unitRectangleCache ??= new Path([0, 0, 1, 0, 1, 1, 0, 1, 0, 0], closedCodes(5));
  return unitRectangleCache;
}

const polygonCache = new Map<number, Path>();
const starCache = new Map<string, Path>();

function checkVertexCount(call: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) invalid(call, 'number of vertices', n, 'a positive integer');
  return n;
}

/**
 * A regular polygon with `n` vertices on the unit circle, centred at the origin, with a vertex
 * pointing up: matplotlib's `Path.unit_regular_polygon(n)`. Closed; shapes up to 16 sides are cached.
 */
export function unitRegularPolygon(n: number): Path {
  checkVertexCount('unitRegularPolygon', n);
  const cached = polygonCache.get(n);
  if (cached) return cached;
  const v = new Float64Array(2 * (n + 1));
  const step = (2 * Math.PI) / n;
  for (let i = 0; i <= n; i++) {
    // The quarter turn makes the polygon point up.
    const theta = step * i + Math.PI / 2;
    v[2 * i] = Math.cos(theta);
    v[2 * i + 1] = Math.sin(theta);
  }
  const path = new Path(v, closedCodes(n + 1));
  if (n <= 16) polygonCache.set(n, path);
  return path;
}

/**
 * A regular star with `n` points of radius 1 and inner vertices at radius `innerCircle`, centred at
 * the origin with a point up: matplotlib's `Path.unit_regular_star(n, innerCircle)`. Closed.
 */
export function unitRegularStar(n: number, innerCircle = 0.5): Path {
  checkVertexCount('unitRegularStar', n);
  checkFinite('unitRegularStar', 'inner radius', innerCircle);
  const key = `${n}:${innerCircle}`;
  const cached = starCache.get(key);
  if (cached) return cached;
  const count = 2 * n;
  const v = new Float64Array(2 * (count + 1));
  const step = (2 * Math.PI) / count;
  for (let i = 0; i <= count; i++) {
    const theta = step * i + Math.PI / 2;
    const r = i % 2 === 1 ? innerCircle : 1;
    v[2 * i] = r * Math.cos(theta);
    v[2 * i + 1] = r * Math.sin(theta);
  }
  const path = new Path(v, closedCodes(count + 1));
  if (n <= 16) starCache.set(key, path);
  return path;
}

/** A regular asterisk: a star whose inner radius is 0. matplotlib's `Path.unit_regular_asterisk(n)`. */
export function unitRegularAsterisk(n: number): Path {
  return unitRegularStar(n, 0);
}

/** The constant of Lancaster's four-Bézier-per-circle construction that matplotlib uses. */
const MAGIC = 0.2652031;
const SQRTHALF = Math.sqrt(0.5);
const MAGIC45 = SQRTHALF * MAGIC;

/**
 * The unit circle from (0, -1) counter-clockwise, as 8 cubic Bézier segments (start point plus 24
 * control and end points). The right half is the first 13 of these.
 */
// prettier-ignore
const CIRCLE_POINTS = [
  0, -1,
  MAGIC, -1, SQRTHALF - MAGIC45, -SQRTHALF - MAGIC45, SQRTHALF, -SQRTHALF,
  SQRTHALF + MAGIC45, -SQRTHALF + MAGIC45, 1, -MAGIC, 1, 0,
  1, MAGIC, SQRTHALF + MAGIC45, SQRTHALF - MAGIC45, SQRTHALF, SQRTHALF,
  SQRTHALF - MAGIC45, SQRTHALF + MAGIC45, MAGIC, 1, 0, 1,
  -MAGIC, 1, -SQRTHALF + MAGIC45, SQRTHALF + MAGIC45, -SQRTHALF, SQRTHALF,
  -SQRTHALF - MAGIC45, SQRTHALF - MAGIC45, -1, MAGIC, -1, 0,
  -1, -MAGIC, -SQRTHALF - MAGIC45, -SQRTHALF + MAGIC45, -SQRTHALF, -SQRTHALF,
  -SQRTHALF + MAGIC45, -SQRTHALF - MAGIC45, -MAGIC, -1, 0, -1,
];

/** MOVETO, CURVE4 for the Bézier points, and a CLOSEPOLY vertex at the start point. */
function curveCodes(n: number): Uint8Array {
  const codes = new Uint8Array(n).fill(CURVE4);
  codes[0] = MOVETO;
  codes[n - 1] = CLOSEPOLY;
  return codes;
}

/**
 * A circle of radius `r` centred at (`cx`, `cy`), approximated with 8 cubic Bézier curves:
 * matplotlib's `Path.circle(center, radius)`, 26 vertices.
 */
export function circle(cx = 0, cy = 0, r = 1): Path {
  checkFinite('circle', 'centre x', cx);
  checkFinite('circle', 'centre y', cy);
  checkFinite('circle', 'radius', r);
  const v = new Float64Array(CIRCLE_POINTS.length + 2);
  for (let i = 0; i < CIRCLE_POINTS.length; i += 2) {
    v[i] = CIRCLE_POINTS[i]! * r + cx;
    v[i + 1] = CIRCLE_POINTS[i + 1]! * r + cy;
  }
  // The CLOSEPOLY vertex repeats the start point, as in matplotlib.
  v[CIRCLE_POINTS.length] = cx;
  v[CIRCLE_POINTS.length + 1] = -r + cy;
  return new Path(v, curveCodes(v.length / 2));
}

let unitCircleCache: Path | undefined;

/** The cached unit circle: matplotlib's `Path.unit_circle()`. */
export function unitCircle(): Path {
  unitCircleCache ??= circle(0, 0, 1);
  return unitCircleCache;
}

let rightHalfCache: Path | undefined;

/** The right half of the unit circle, closed along the y axis: `Path.unit_circle_righthalf()`. */
export function unitCircleRighthalf(): Path {
  if (!rightHalfCache) {
    // Four Béziers from (0, -1) to (0, 1), then CLOSEPOLY on a vertex at (0, -1).
    const v = new Float64Array(28);
    v.set(CIRCLE_POINTS.slice(0, 26));
    v[26] = 0;
    v[27] = -1;
    rightHalfCache = new Path(v, curveCodes(14));
  }
  return rightHalfCache;
}

const DEG = Math.PI / 180;

/**
 * The unit-circle arc from `theta1` to `theta2` degrees, counter-clockwise, as cubic Béziers:
 * matplotlib's `Path.arc(theta1, theta2, n)` (L. Maisonobe's construction). `theta2` is unwrapped to
 * the shortest arc within 360 degrees. `n` is the number of Bézier segments; by default it doubles
 * with each quarter turn the arc spans.
 */
export function arc(theta1: number, theta2: number, n?: number): Path {
  return bezierArc('arc', theta1, theta2, n, false);
}

/**
 * The unit-circle wedge (a pie slice: centre, arc, back to the centre) from `theta1` to `theta2`
 * degrees: matplotlib's `Path.wedge(theta1, theta2, n)`.
 */
export function wedge(theta1: number, theta2: number, n?: number): Path {
  return bezierArc('wedge', theta1, theta2, n, true);
}

function bezierArc(call: string, theta1: number, theta2: number, n: number | undefined, isWedge: boolean) {
  checkFinite(call, 'theta1', theta1);
  checkFinite(call, 'theta2', theta2);
  let eta2 = theta2 - 360 * Math.floor((theta2 - theta1) / 360);
  // A full turn must not collapse to nothing through rounding, but an empty arc stays empty.
  if (theta2 !== theta1 && eta2 <= theta1) eta2 += 360;
  const eta1 = theta1 * DEG;
  eta2 *= DEG;
  const segments = n ?? Math.trunc(2 ** Math.ceil((eta2 - eta1) / (Math.PI / 2)));
  if (!Number.isInteger(segments) || segments < 1) {
    invalid(call, 'number of segments', n, 'an integer >= 1');
  }
  const deta = (eta2 - eta1) / segments;
  const t = Math.tan(0.5 * deta);
  const alpha = (Math.sin(deta) * (Math.sqrt(4 + 3 * t * t) - 1)) / 3;

  const length = isWedge ? 3 * segments + 4 : 3 * segments + 1;
  const v = new Float64Array(2 * length);
  const codes = new Uint8Array(length).fill(CURVE4);
  // A wedge starts at the centre (0, 0), already zero in `v`, and runs a line out to the arc.
  let k = isWedge ? 1 : 0;
  codes[0] = MOVETO;
  if (isWedge) {
    codes[1] = LINETO;
    codes[length - 2] = LINETO;
    codes[length - 1] = CLOSEPOLY;
  }
  let xA = Math.cos(eta1);
  let yA = Math.sin(eta1);
  v[2 * k] = xA;
  v[2 * k + 1] = yA;
  for (let i = 1; i <= segments; i++) {
    const eta = linspaceAt(eta1, eta2, segments, i);
    const xB = Math.cos(eta);
    const yB = Math.sin(eta);
    // Control points follow the tangents (-y, x) at both ends, scaled by alpha.
    v.set([xA - alpha * yA, yA + alpha * xA, xB + alpha * yB, yB - alpha * xB, xB, yB], 2 * (k + 1));
    k += 3;
    xA = xB;
    yA = yB;
  }
  return new Path(v, codes);
}

/** The `i`-th of `n + 1` evenly spaced values from `a` to `b`, computed as numpy's `linspace` does. */
function linspaceAt(a: number, b: number, n: number, i: number): number {
  return i === n ? b : a + i * ((b - a) / n);
}
