/**
 * Hatch patterns, as matplotlib's `hatch.py` defines them: each character of the pattern string
 * adds `density` lines (or rows of shapes) to a unit square, and a pattern tile one inch wide
 * (72 points) repeats over the filled area. Repeating a character doubles the density: `'//'` draws
 * twice as many diagonals as `'/'`.
 *
 * `/` and `\` diagonals, `|` vertical and `-` horizontal lines, `+` both, `x` (or `X`) both
 * diagonals, `o` small and `O` large circles, `.` small filled dots, `*` filled stars.
 */
import { invalid } from '../../core/errors.js';
import { Path, PathCode } from '../../core/Path.js';

/** matplotlib's default number of lines per unit square for each pattern character. */
export const HATCH_DENSITY = 6;

const VALID = new Set('-+|/\\xXoO.*');

/** Counts how many of `chars` occur in `pattern`. */
function count(pattern: string, chars: string): number {
  let n = 0;
  for (const ch of pattern) if (chars.includes(ch)) n++;
  return n;
}

/** Accumulates vertices and codes without per-vertex objects. */
class PathBuilder {
  readonly v: number[] = [];
  readonly c: number[] = [];
  push(code: number, x: number, y: number): void {
    this.c.push(code);
    this.v.push(x, y);
  }
  segment(x0: number, y0: number, x1: number, y1: number): void {
    this.push(PathCode.MOVETO, x0, y0);
    this.push(PathCode.LINETO, x1, y1);
  }
  build(): Path {
    return new Path(Float64Array.from(this.v), Uint8Array.from(this.c));
  }
}

function addLines(b: PathBuilder, pattern: string, density: number): void {
  const horizontal = count(pattern, '-+') * density;
  for (let k = 0; k < horizontal; k++) b.segment(0, (k + 0.5) / horizontal, 1, (k + 0.5) / horizontal);
  const vertical = count(pattern, '|+') * density;
  for (let k = 0; k < vertical; k++) b.segment((k + 0.5) / vertical, 0, (k + 0.5) / vertical, 1);
  // Diagonals run past the square on both sides so the tile edges join without gaps.
  const ne = count(pattern, '/xX') * density;
  for (let k = 0; ne && k <= ne; k++) {
    const s = -0.5 + k / ne;
    b.segment(s, -s, 1 + s, 1 - s);
  }
  const se = count(pattern, '\\xX') * density;
  for (let k = 0; se && k <= se; k++) {
    const s = -0.5 + k / se;
    b.segment(s, 1 + s, 1 + s, s);
  }
}

/** Cubic Bezier approximation of a circle: four quarter arcs. */
function addCircle(b: PathBuilder, cx: number, cy: number, r: number, clockwise: boolean): void {
  const k = 0.5522847498307936 * r;
  const dir = clockwise ? -1 : 1;
  b.push(PathCode.MOVETO, cx + r, cy);
  for (let q = 0; q < 4; q++) {
    const a0 = (dir * q * Math.PI) / 2, a1 = (dir * (q + 1) * Math.PI) / 2; // prettier-ignore
    const [c0, s0, c1, s1] = [Math.cos(a0), Math.sin(a0), Math.cos(a1), Math.sin(a1)];
    b.push(PathCode.CURVE4, cx + r * c0 - dir * k * s0, cy + r * s0 + dir * k * c0);
    b.push(PathCode.CURVE4, cx + r * c1 + dir * k * s1, cy + r * s1 - dir * k * c1);
    b.push(PathCode.CURVE4, cx + r * c1, cy + r * s1);
  }
  b.push(PathCode.CLOSEPOLY, cx + r, cy);
}

/** A five-pointed star of outer radius r (matplotlib's `unit_regular_star(5)`, inner radius 0.5). */
function addStar(b: PathBuilder, cx: number, cy: number, r: number): void {
  for (let i = 0; i < 10; i++) {
    const theta = (Math.PI / 5) * i + Math.PI / 2;
    const rr = i % 2 ? r * 0.5 : r;
    b.push(i ? PathCode.LINETO : PathCode.MOVETO, cx + rr * Math.cos(theta), cy + rr * Math.sin(theta));
  }
  b.push(PathCode.CLOSEPOLY, cx, cy + r);
}

type ShapeKind = 'ring' | 'dot' | 'star';

/** Rows of shapes, alternate rows shifted by half a cell, as matplotlib's `Shapes`. */
function addShapes(b: PathBuilder, rows: number, size: number, kind: ShapeKind): void {
  if (rows === 0) return;
  const cell = 1 / rows;
  const r = cell * size;
  for (let row = 0; row <= rows; row++) {
    const even = row % 2 === 0;
    const cols = even ? rows + 1 : rows;
    for (let col = 0; col < cols; col++) {
      const x = even ? col * cell : cell / 2 + col * cell;
      const y = row * cell;
      if (kind === 'star') addStar(b, x, y, r);
      else addCircle(b, x, y, r, false);
      // An open circle is a ring: an inner circle at 0.9 the radius, wound the other way.
      if (kind === 'ring') addCircle(b, x, y, r * 0.9, true);
    }
  }
}

/** Checks a hatch string; throws naming the call and the bad characters. */
export function checkHatch(call: string, pattern: string): void {
  for (const ch of pattern)
    if (!VALID.has(ch)) invalid(call, 'hatch', pattern, 'characters from "-+|/\\xXoO.*"');
}

/** The hatch of `pattern` in the unit square (y up), `density` lines per character. */
export function hatchPath(pattern: string, density = HATCH_DENSITY): Path {
  checkHatch('hatch', pattern);
  const b = new PathBuilder();
  addLines(b, pattern, density);
  addShapes(b, count(pattern, 'o') * density, 0.2, 'ring');
  addShapes(b, count(pattern, 'O') * density, 0.35, 'ring');
  addShapes(b, count(pattern, '.') * density, 0.1, 'dot');
  addShapes(b, count(pattern, '*') * density, 1 / 3, 'star');
  return b.build();
}

/** matplotlib's `hatch.linewidth` default, in points. */
export const HATCH_LINEWIDTH_PT = 1;
