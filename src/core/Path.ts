/**
 * Path: matplotlib's path model on typed arrays. Vertices are stored flat (`x0, y0, x1, y1, …`) in a
 * Float64Array; codes, when present, are one byte per vertex. A path without codes is a polyline:
 * MOVETO then LINETO for every following vertex. Non-finite vertices break a polyline into pieces,
 * exactly as matplotlib draws a line through NaN.
 */
import type { Affine } from './Affine2D.js';

/** Segment codes, with matplotlib's values. CURVE3 and CURVE4 repeat on every vertex they own. */
export const PathCode = {
  STOP: 0,
  MOVETO: 1,
  LINETO: 2,
  CURVE3: 3,
  CURVE4: 4,
  CLOSEPOLY: 79,
} as const;
export type PathCode = (typeof PathCode)[keyof typeof PathCode];

/**
 * The one path language every backend consumes: the Canvas path calls. A Canvas 2D context is a
 * PathSink as it is; SVG and PDF implement it with small string writers.
 */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  closePath(): void;
}

export class Path {
  /** Flat vertex coordinates: x0, y0, x1, y1, … */
  readonly vertices: Float64Array;
  /** One code per vertex, or null for a plain polyline. */
  readonly codes: Uint8Array | null;

  constructor(
    vertices: Float64Array | ArrayLike<number>,
    codes: Uint8Array | ArrayLike<number> | null = null,
  ) {
    this.vertices = vertices instanceof Float64Array ? vertices : Float64Array.from(vertices);
    if (this.vertices.length % 2 !== 0) throw new RangeError('Path: vertices must hold x, y pairs');
    this.codes = codes === null ? null : codes instanceof Uint8Array ? codes : Uint8Array.from(codes);
    if (this.codes && this.codes.length !== this.vertices.length / 2) {
      throw new RangeError('Path: codes must have one entry per vertex');
    }
  }

  /** A path from [x, y] pairs; `closed` appends a CLOSEPOLY vertex as matplotlib's `Path(verts, closed=True)`. */
  static fromPoints(points: ReadonlyArray<readonly [number, number]>, closed = false): Path {
    const n = points.length + (closed ? 1 : 0);
    const v = new Float64Array(n * 2);
    points.forEach(([x, y], i) => {
      v[2 * i] = x;
      v[2 * i + 1] = y;
    });
    if (!closed) return new Path(v);
    const codes = new Uint8Array(n).fill(PathCode.LINETO);
    codes[0] = PathCode.MOVETO;
    codes[n - 1] = PathCode.CLOSEPOLY;
    if (points.length) {
      v[2 * (n - 1)] = points[0]![0];
      v[2 * (n - 1) + 1] = points[0]![1];
    }
    return new Path(v, codes);
  }

  /** A polyline from separate x and y arrays (the shape of Line2D data). */
  static fromXY(x: ArrayLike<number>, y: ArrayLike<number>): Path {
    const n = Math.min(x.length, y.length);
    const v = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      v[2 * i] = x[i]!;
      v[2 * i + 1] = y[i]!;
    }
    return new Path(v);
  }

  get length(): number {
    return this.vertices.length / 2;
  }

  /** A new path with every vertex mapped through `affine`. Codes are shared (paths are immutable). */
  transformed(affine: Affine): Path {
    return new Path(affine.transformFlat(this.vertices), this.codes);
  }

  /**
   * The bounding box of the path's finite vertices as [x0, y0, x1, y1] (control points included, which
   * is what matplotlib uses for marker and patch extents). Empty paths give [Inf, Inf, -Inf, -Inf].
   */
  extents(): [number, number, number, number] {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity; // prettier-ignore
    const v = this.vertices;
    const codes = this.codes;
    for (let i = 0; i < v.length; i += 2) {
      if (codes && codes[i / 2] === PathCode.CLOSEPOLY) continue;
      const x = v[i]!, y = v[i + 1]!; // prettier-ignore
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
  }
}

/**
 * Writes `path`, mapped through `affine`, into `sink`. Segments touching a non-finite vertex are
 * dropped and the next finite vertex starts a new subpath, so NaN breaks a line as in matplotlib.
 */
export function emitPath(path: Path, affine: Affine | null, sink: PathSink): void {
  const v = affine ? affine.transformFlat(path.vertices) : path.vertices;
  const codes = path.codes;
  const n = v.length / 2;
  if (codes === null) {
    emitPolyline(v, n, sink);
    return;
  }
  let needMove = true;
  let i = 0;
  while (i < n) {
    const code = codes[i]!;
    const step = code === PathCode.CURVE4 ? 3 : code === PathCode.CURVE3 ? 2 : 1;
    if (code === PathCode.STOP) break;
    if (code === PathCode.CLOSEPOLY) {
      if (!needMove) sink.closePath();
      needMove = false;
      i += 1;
      continue;
    }
    if (!finiteRun(v, i, step)) {
      needMove = true;
      i += step;
      continue;
    }
    const j = 2 * (i + step - 1);
    if (code === PathCode.MOVETO || needMove) {
      // A curve after a break has no start point; matplotlib starts the new piece at its end.
      sink.moveTo(v[j]!, v[j + 1]!);
      needMove = false;
    } else if (code === PathCode.LINETO) sink.lineTo(v[j]!, v[j + 1]!);
    else if (code === PathCode.CURVE3) sink.quadraticCurveTo(v[2 * i]!, v[2 * i + 1]!, v[j]!, v[j + 1]!);
    else sink.bezierCurveTo(v[2 * i]!, v[2 * i + 1]!, v[2 * i + 2]!, v[2 * i + 3]!, v[j]!, v[j + 1]!);
    i += step;
  }
}

function emitPolyline(v: Float64Array, n: number, sink: PathSink): void {
  let needMove = true;
  for (let i = 0; i < n; i++) {
    const x = v[2 * i]!, y = v[2 * i + 1]!; // prettier-ignore
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      needMove = true;
      continue;
    }
    if (needMove) {
      sink.moveTo(x, y);
      needMove = false;
    } else sink.lineTo(x, y);
  }
}

function finiteRun(v: Float64Array, start: number, count: number): boolean {
  for (let k = 2 * start; k < 2 * (start + count); k++) if (!Number.isFinite(v[k]!)) return false;
  return true;
}

/** A PathSink that writes SVG path data (`M x y L x y …`) with a fixed number of decimals. */
export class SvgPathWriter implements PathSink {
  private parts: string[] = [];
  constructor(private readonly digits = 3) {}
  private f(n: number): string {
    const s = n.toFixed(this.digits);
    // Trim trailing zeros: "12.500" -> "12.5", "3.000" -> "3".
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }
  moveTo(x: number, y: number): void {
    this.parts.push(`M ${this.f(x)} ${this.f(y)}`);
  }
  lineTo(x: number, y: number): void {
    this.parts.push(`L ${this.f(x)} ${this.f(y)}`);
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.parts.push(`Q ${this.f(cx)} ${this.f(cy)} ${this.f(x)} ${this.f(y)}`);
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.parts.push(
      `C ${this.f(c1x)} ${this.f(c1y)} ${this.f(c2x)} ${this.f(c2y)} ${this.f(x)} ${this.f(y)}`,
    );
  }
  closePath(): void {
    this.parts.push('z');
  }
  toString(): string {
    return this.parts.join(' ');
  }
}
