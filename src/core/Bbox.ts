/**
 * Bbox: a mutable axis-aligned box `(x0, y0)`–`(x1, y1)` that takes part in the invalidation tree, so
 * transforms built on it (`BboxTransformTo(ax.bbox)`) follow its changes. `x0 > x1` is allowed (an
 * inverted axis keeps its view limits that way), as in matplotlib.
 */
import { Affine } from './Affine2D.js';
import { TransformNode } from './TransformNode.js';
import type { Transform } from './transforms.js';

export type BboxBounds = readonly [x0: number, y0: number, x1: number, y1: number];

export class Bbox extends TransformNode {
  protected pts: [number, number, number, number];

  constructor(x0 = 0, y0 = 0, x1 = 1, y1 = 1) {
    super();
    this.pts = [x0, y0, x1, y1];
    this.invalid = false;
  }

  static fromBounds(x: number, y: number, width: number, height: number): Bbox {
    return new Bbox(x, y, x + width, y + height);
  }
  static fromExtents(x0: number, y0: number, x1: number, y1: number): Bbox {
    return new Bbox(x0, y0, x1, y1);
  }
  static unit(): Bbox {
    return new Bbox(0, 0, 1, 1);
  }
  /** The "null" box that any union replaces: [Inf, Inf, -Inf, -Inf]. */
  static null(): Bbox {
    return new Bbox(Infinity, Infinity, -Infinity, -Infinity);
  }

  /** The current corners; computed boxes (TransformedBbox) override this. */
  get points(): BboxBounds {
    return this.pts;
  }
  get x0(): number {
    return this.points[0];
  }
  get y0(): number {
    return this.points[1];
  }
  get x1(): number {
    return this.points[2];
  }
  get y1(): number {
    return this.points[3];
  }
  get xmin(): number {
    return Math.min(this.x0, this.x1);
  }
  get xmax(): number {
    return Math.max(this.x0, this.x1);
  }
  get ymin(): number {
    return Math.min(this.y0, this.y1);
  }
  get ymax(): number {
    return Math.max(this.y0, this.y1);
  }
  get width(): number {
    return this.x1 - this.x0;
  }
  get height(): number {
    return this.y1 - this.y0;
  }
  get intervalx(): [number, number] {
    return [this.x0, this.x1];
  }
  get intervaly(): [number, number] {
    return [this.y0, this.y1];
  }
  /** [x, y, width, height] */
  get bounds(): [number, number, number, number] {
    return [this.x0, this.y0, this.width, this.height];
  }

  /** Replaces the corners and invalidates dependents (no-op when nothing changed). */
  set(x0: number, y0: number, x1: number, y1: number): this {
    const p = this.pts;
    if (p[0] === x0 && p[1] === y0 && p[2] === x1 && p[3] === y1) return this;
    this.pts = [x0, y0, x1, y1];
    this.invalidate();
    return this;
  }
  setIntervalx(x0: number, x1: number): this {
    return this.set(x0, this.pts[1], x1, this.pts[3]);
  }
  setIntervaly(y0: number, y1: number): this {
    return this.set(this.pts[0], y0, this.pts[2], y1);
  }
  setBounds(x: number, y: number, w: number, h: number): this {
    return this.set(x, y, x + w, y + h);
  }

  /** A frozen copy that no longer follows its sources. */
  frozen(): Bbox {
    const [x0, y0, x1, y1] = this.points;
    return new Bbox(x0, y0, x1, y1);
  }

  containsPoint(x: number, y: number): boolean {
    return x >= this.xmin && x <= this.xmax && y >= this.ymin && y <= this.ymax;
  }

  overlaps(o: Bbox): boolean {
    return this.xmin < o.xmax && o.xmin < this.xmax && this.ymin < o.ymax && o.ymin < this.ymax;
  }

  /** A new box grown by `dx`, `dy` on every side. */
  padded(dx: number, dy: number = dx): Bbox {
    return new Bbox(this.xmin - dx, this.ymin - dy, this.xmax + dx, this.ymax + dy);
  }

  /** A new box through `affine` (the box around the four mapped corners). */
  transformedBy(t: Affine | Transform): Bbox {
    const [x0, y0, x1, y1] = this.points;
    const corners = new Float64Array([x0, y0, x0, y1, x1, y0, x1, y1]);
    const out = t instanceof Affine ? t.transformFlat(corners) : t.transformFlat(corners);
    let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity; // prettier-ignore
    for (let i = 0; i < 8; i += 2) {
      a = Math.min(a, out[i]!);
      c = Math.max(c, out[i]!);
      b = Math.min(b, out[i + 1]!);
      d = Math.max(d, out[i + 1]!);
    }
    return new Bbox(a, b, c, d);
  }

  /** The smallest box around every box given (ignoring null boxes). */
  static union(boxes: Iterable<Bbox>): Bbox {
    let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity; // prettier-ignore
    for (const bb of boxes) {
      if (bb.isNull()) continue;
      a = Math.min(a, bb.xmin);
      b = Math.min(b, bb.ymin);
      c = Math.max(c, bb.xmax);
      d = Math.max(d, bb.ymax);
    }
    return new Bbox(a, b, c, d);
  }

  /** True for a box with a non-finite corner, such as {@link Bbox.null}. */
  isNull(): boolean {
    const [x0, y0, x1, y1] = this.points;
    return !Number.isFinite(x0 + y0 + x1 + y1);
  }

  override toString(): string {
    return `Bbox(x0=${this.x0}, y0=${this.y0}, x1=${this.x1}, y1=${this.y1})`;
  }
}

/** A box that follows `bbox` mapped through `transform` (matplotlib's TransformedBbox). */
export class TransformedBbox extends Bbox {
  private cache: BboxBounds = [0, 0, 1, 1];

  constructor(
    private readonly source: Bbox,
    private readonly transform: Transform,
  ) {
    super();
    this.invalid = true;
    this.dependOn(source, transform);
  }

  override get points(): BboxBounds {
    if (this.invalid) {
      const [x0, y0, x1, y1] = this.source.points;
      const out = this.transform.transformFlat(new Float64Array([x0, y0, x1, y1]));
      this.cache = [out[0]!, out[1]!, out[2]!, out[3]!];
      this.invalid = false;
    }
    return this.cache;
  }

  override set(): this {
    throw new Error('TransformedBbox is computed from its source and cannot be set');
  }
}
