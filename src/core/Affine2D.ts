/**
 * Affine: an immutable 2-D affine matrix in the Canvas layout
 *
 *     | a c e |        x' = a·x + c·y + e
 *     | b d f |        y' = b·x + d·y + f
 *     | 0 0 1 |
 *
 * This is the value that crosses the renderer boundary. The mutable, invalidating node that users
 * build transforms from is {@link Affine2D} in `transforms.ts`.
 */
export class Affine {
  constructor(
    readonly a = 1,
    readonly b = 0,
    readonly c = 0,
    readonly d = 1,
    readonly e = 0,
    readonly f = 0,
  ) {}

  static readonly IDENTITY = new Affine();

  static translation(tx: number, ty: number): Affine {
    return new Affine(1, 0, 0, 1, tx, ty);
  }
  static scaling(sx: number, sy: number = sx): Affine {
    return new Affine(sx, 0, 0, sy, 0, 0);
  }
  static rotation(radians: number): Affine {
    const c = Math.cos(radians), s = Math.sin(radians); // prettier-ignore
    return new Affine(c, s, -s, c, 0, 0);
  }

  /** `this` followed by `other` (matplotlib's `A + B`: apply A, then B). */
  then(other: Affine): Affine {
    const { a, b, c, d, e, f } = this;
    return new Affine(
      other.a * a + other.c * b,
      other.b * a + other.d * b,
      other.a * c + other.c * d,
      other.b * c + other.d * d,
      other.a * e + other.c * f + other.e,
      other.b * e + other.d * f + other.f,
    );
  }

  determinant(): number {
    return this.a * this.d - this.b * this.c;
  }

  /** The inverse; throws RangeError when the matrix is singular. */
  inverted(): Affine {
    const det = this.determinant();
    if (det === 0 || !Number.isFinite(det)) throw new RangeError('Affine.inverted(): the matrix is singular');
    const { a, b, c, d, e, f } = this;
    return new Affine(d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det);
  }

  isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** True when the matrix only scales and translates (no rotation or skew). */
  isSeparable(): boolean {
    return this.b === 0 && this.c === 0;
  }

  transformPoint(x: number, y: number): [number, number] {
    return [this.a * x + this.c * y + this.e, this.b * x + this.d * y + this.f];
  }

  /** Maps flat x, y pairs into a new array (or into `out` when given). */
  transformFlat(src: ArrayLike<number>, out: Float64Array = new Float64Array(src.length)): Float64Array {
    const { a, b, c, d, e, f } = this;
    for (let i = 0; i < src.length; i += 2) {
      const x = src[i]!, y = src[i + 1]!; // prettier-ignore
      out[i] = a * x + c * y + e;
      out[i + 1] = b * x + d * y + f;
    }
    return out;
  }

  toArray(): [number, number, number, number, number, number] {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }

  equals(o: Affine): boolean {
    return (
      this.a === o.a && this.b === o.b && this.c === o.c && this.d === o.d && this.e === o.e && this.f === o.f
    );
  }
}
