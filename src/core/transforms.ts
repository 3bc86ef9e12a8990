/**
 * The transform tree (matplotlib's `transforms.py`, trimmed to what a 2-D plotting library uses).
 *
 * A Transform maps flat x, y pairs. It splits into a non-affine part (log scales and the like,
 * applied by artists to their data) and an affine part (handed to the renderer with the path).
 * Transforms are TransformNodes: composite and bbox-driven transforms cache their matrices and
 * recompute only after something they depend on has changed.
 *
 *     transData = transScale + transLimits + transAxes      (as in matplotlib)
 */
import { Affine } from './Affine2D.js';
import type { Bbox } from './Bbox.js';
import { TransformNode } from './TransformNode.js';

export abstract class Transform extends TransformNode {
  /** True when the whole transform is affine (then transformNonAffine is the identity). */
  abstract readonly isAffine: boolean;

  /** The affine part, applied after the non-affine part. */
  abstract getAffine(): Affine;

  /** The non-affine part; the default (for affine transforms) returns the input unchanged. */
  transformNonAffine(flat: Float64Array): Float64Array {
    return flat;
  }

  /** The whole mapping of flat x, y pairs, into a new array. */
  transformFlat(flat: ArrayLike<number>): Float64Array {
    const src = flat instanceof Float64Array ? flat : Float64Array.from(flat);
    const mid = this.isAffine ? src : this.transformNonAffine(src);
    return this.getAffine().transformFlat(mid);
  }

  transformPoint(x: number, y: number): [number, number] {
    const out = this.transformFlat(new Float64Array([x, y]));
    return [out[0]!, out[1]!];
  }

  /** The inverse transform. Affine transforms invert their matrix lazily, following changes. */
  abstract inverted(): Transform;

  /** `this` followed by `other` (matplotlib's `a + b`). */
  plus(other: Transform): Transform {
    return compose(this, other);
  }
}

/** Transforms whose whole mapping is one matrix. */
export abstract class AffineBase extends Transform {
  readonly isAffine = true;

  override inverted(): Transform {
    return new InvertedAffine(this);
  }
}

/** The identity transform. */
export class IdentityTransform extends AffineBase {
  override getAffine(): Affine {
    return Affine.IDENTITY;
  }
  override inverted(): Transform {
    return this;
  }
}

/** A mutable affine transform (matplotlib's Affine2D): chainable scale, rotate, translate. */
export class Affine2D extends AffineBase {
  private matrix: Affine;

  constructor(matrix: Affine = Affine.IDENTITY) {
    super();
    this.matrix = matrix;
    this.invalid = false;
  }

  override getAffine(): Affine {
    return this.matrix;
  }
  setMatrix(m: Affine): this {
    if (!m.equals(this.matrix)) {
      this.matrix = m;
      this.invalidate();
    }
    return this;
  }
  clear(): this {
    return this.setMatrix(Affine.IDENTITY);
  }
  scale(sx: number, sy: number = sx): this {
    return this.setMatrix(this.matrix.then(Affine.scaling(sx, sy)));
  }
  translate(tx: number, ty: number): this {
    return this.setMatrix(this.matrix.then(Affine.translation(tx, ty)));
  }
  rotate(radians: number): this {
    return this.setMatrix(this.matrix.then(Affine.rotation(radians)));
  }
  rotateDeg(degrees: number): this {
    return this.rotate((degrees * Math.PI) / 180);
  }
  /** An Affine2D that does not follow this one. */
  frozen(): Affine2D {
    return new Affine2D(this.matrix);
  }
}

/** A cached affine whose matrix is recomputed from its sources when they change. */
abstract class DerivedAffine extends AffineBase {
  private cached: Affine = Affine.IDENTITY;
  protected abstract compute(): Affine;
  override getAffine(): Affine {
    if (this.invalid) {
      this.cached = this.compute();
      this.invalid = false;
    }
    return this.cached;
  }
}

class InvertedAffine extends DerivedAffine {
  constructor(private readonly source: Transform) {
    super();
    this.dependOn(source);
  }
  protected compute(): Affine {
    return this.source.getAffine().inverted();
  }
  override inverted(): Transform {
    return this.source;
  }
}

/** Maps the unit square onto `boxout` (matplotlib's BboxTransformTo: transAxes, transFigure). */
export class BboxTransformTo extends DerivedAffine {
  constructor(private readonly boxout: Bbox) {
    super();
    this.dependOn(boxout);
  }
  protected compute(): Affine {
    const [x0, y0, x1, y1] = this.boxout.points;
    return new Affine(x1 - x0, 0, 0, y1 - y0, x0, y0);
  }
}

/** Maps `boxin` onto the unit square (matplotlib's BboxTransformFrom: transLimits). */
export class BboxTransformFrom extends DerivedAffine {
  constructor(private readonly boxin: Bbox) {
    super();
    this.dependOn(boxin);
  }
  protected compute(): Affine {
    const [x0, y0, x1, y1] = this.boxin.points;
    const w = x1 - x0, h = y1 - y0; // prettier-ignore
    // A zero-size box would make a singular matrix; matplotlib avoids this with nonsingular limits,
    // and we map a degenerate side to the middle rather than produce NaN.
    const sx = w === 0 ? 0 : 1 / w, sy = h === 0 ? 0 : 1 / h; // prettier-ignore
    return new Affine(sx, 0, 0, sy, w === 0 ? 0.5 : -x0 * sx, h === 0 ? 0.5 : -y0 * sy);
  }
}

/** Maps `boxin` onto `boxout`. */
export class BboxTransform extends DerivedAffine {
  constructor(
    private readonly boxin: Bbox,
    private readonly boxout: Bbox,
  ) {
    super();
    this.dependOn(boxin, boxout);
  }
  protected compute(): Affine {
    const [a0, b0, a1, b1] = this.boxin.points;
    const [c0, d0, c1, d1] = this.boxout.points;
    const sx = (c1 - c0) / (a1 - a0), sy = (d1 - d0) / (b1 - b0); // prettier-ignore
    return new Affine(sx, 0, 0, sy, c0 - a0 * sx, d0 - b0 * sy);
  }
}

/**
 * A translation by (xt, yt) scaled by `scaleTrans` (matplotlib's ScaledTranslation): offsets given in
 * points or inches that follow the figure's dpi.
 */
export class ScaledTranslation extends DerivedAffine {
  constructor(
    private readonly xt: number,
    private readonly yt: number,
    private readonly scaleTrans: Transform,
  ) {
    super();
    this.dependOn(scaleTrans);
  }
  protected compute(): Affine {
    const [tx, ty] = this.scaleTrans.getAffine().transformPoint(this.xt, this.yt);
    const [ox, oy] = this.scaleTrans.getAffine().transformPoint(0, 0);
    return Affine.translation(tx - ox, ty - oy);
  }
}

/** A then B, caching what it can. */
export class CompositeTransform extends Transform {
  private cachedAffine: Affine = Affine.IDENTITY;

  constructor(
    readonly a: Transform,
    readonly b: Transform,
  ) {
    super();
    this.dependOn(a, b);
  }

  get isAffine(): boolean {
    return this.a.isAffine && this.b.isAffine;
  }

  override transformNonAffine(flat: Float64Array): Float64Array {
    if (this.a.isAffine && this.b.isAffine) return flat;
    if (this.b.isAffine) return this.a.transformNonAffine(flat);
    // b is non-affine: everything of a, then b's non-affine part; b's affine remains.
    return this.b.transformNonAffine(this.a.transformFlat(flat));
  }

  override getAffine(): Affine {
    if (this.invalid) {
      this.cachedAffine = this.b.isAffine ? this.a.getAffine().then(this.b.getAffine()) : this.b.getAffine();
      this.invalid = false;
    }
    return this.cachedAffine;
  }

  override inverted(): Transform {
    return compose(this.b.inverted(), this.a.inverted());
  }
}

/** Composes two transforms, collapsing identities. */
export function compose(a: Transform, b: Transform): Transform {
  if (a instanceof IdentityTransform) return b;
  if (b instanceof IdentityTransform) return a;
  return new CompositeTransform(a, b);
}

/**
 * x from one transform, y from another (matplotlib's blended_transform_factory): text and lines
 * placed in data coordinates along one axis and axes coordinates along the other. Both children
 * must be separable (scales, limits and bbox transforms are).
 */
export class BlendedTransform extends Transform {
  private cachedAffine: Affine = Affine.IDENTITY;

  constructor(
    readonly x: Transform,
    readonly y: Transform,
  ) {
    super();
    this.dependOn(x, y);
  }

  get isAffine(): boolean {
    return this.x.isAffine && this.y.isAffine;
  }

  override transformNonAffine(flat: Float64Array): Float64Array {
    if (this.isAffine) return flat;
    const fx = this.x.isAffine ? flat : this.x.transformNonAffine(flat);
    const fy = this.y.isAffine ? flat : this.y.transformNonAffine(flat);
    const out = new Float64Array(flat.length);
    for (let i = 0; i < flat.length; i += 2) {
      out[i] = fx[i]!;
      out[i + 1] = fy[i + 1]!;
    }
    return out;
  }

  override getAffine(): Affine {
    if (this.invalid) {
      const ax = this.x.getAffine(), ay = this.y.getAffine(); // prettier-ignore
      this.cachedAffine = new Affine(ax.a, 0, 0, ay.d, ax.e, ay.f);
      this.invalid = false;
    }
    return this.cachedAffine;
  }

  override inverted(): Transform {
    return new BlendedTransform(this.x.inverted(), this.y.inverted());
  }
}

/**
 * A transform whose child can be swapped (matplotlib's TransformWrapper): `transScale` keeps its
 * identity while `setXscale('log')` replaces what it wraps.
 */
export class TransformWrapper extends Transform {
  constructor(private child: Transform) {
    super();
    this.dependOn(child);
  }
  get isAffine(): boolean {
    return this.child.isAffine;
  }
  set(child: Transform): void {
    this.forget(this.child);
    this.child = child;
    this.dependOn(child);
    this.invalidate();
  }
  get wrapped(): Transform {
    return this.child;
  }
  override transformNonAffine(flat: Float64Array): Float64Array {
    return this.child.transformNonAffine(flat);
  }
  override getAffine(): Affine {
    return this.child.getAffine();
  }
  override inverted(): Transform {
    return new InvertedWrapper(this);
  }
}

class InvertedWrapper extends Transform {
  constructor(private readonly source: TransformWrapper) {
    super();
    this.dependOn(source);
  }
  get isAffine(): boolean {
    return this.source.isAffine;
  }
  private get inv(): Transform {
    return this.source.wrapped.inverted();
  }
  override transformNonAffine(flat: Float64Array): Float64Array {
    return this.inv.transformFlat(flat);
  }
  override getAffine(): Affine {
    return this.isAffine ? this.inv.getAffine() : Affine.IDENTITY;
  }
  override transformFlat(flat: ArrayLike<number>): Float64Array {
    return this.inv.transformFlat(flat);
  }
  override inverted(): Transform {
    return this.source;
  }
}

/**
 * A separable non-affine transform applying one function to x and another to y (the shape of every
 * scale's transform). `fx`/`fy` of null leave that coordinate alone.
 */
export class SeparableTransform extends Transform {
  readonly isAffine = false;
  constructor(
    readonly fx: ((v: number) => number) | null,
    readonly fy: ((v: number) => number) | null,
    private readonly inverse: () => Transform,
  ) {
    super();
    this.invalid = false;
  }
  override transformNonAffine(flat: Float64Array): Float64Array {
    const out = new Float64Array(flat.length);
    const { fx, fy } = this;
    for (let i = 0; i < flat.length; i += 2) {
      out[i] = fx ? fx(flat[i]!) : flat[i]!;
      out[i + 1] = fy ? fy(flat[i + 1]!) : flat[i + 1]!;
    }
    return out;
  }
  override getAffine(): Affine {
    return Affine.IDENTITY;
  }
  override inverted(): Transform {
    return this.inverse();
  }
}
