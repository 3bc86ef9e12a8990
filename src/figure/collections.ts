/**
 * Collections: many similar paths drawn in one renderer call (matplotlib's `collections.py`).
 * {@link PathCollection} is what `scatter` returns: one marker path, per-point sizes, offsets in
 * data coordinates and per-point colors, optionally mapped from values through a colormap.
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { toRgbaArray, type ColorSpec } from '../core/colors.js';
import { checkFinite, TsplotlibError } from '../core/errors.js';
import { dashPattern, type LineStyle } from '../core/linestyles.js';
import type { Path } from '../core/Path.js';
import {
  drawPathCollection,
  type CapStyle,
  type JoinStyle,
  type Renderer,
  type RGBA,
} from '../core/renderer.js';
import { IdentityTransform, type Transform } from '../core/transforms.js';
import { ARTIST_OPTION_KEYS, Artist, type ArtistOptions } from './Artist.js';
import { toFloat64 } from './data.js';
import { pointHits } from './picking.js';
import { MAPPABLE_OPTION_KEYS, ScalarMappable, type MappableOptions } from './ScalarMappable.js';

export interface CollectionOptions extends ArtistOptions, MappableOptions {
  facecolors?: ColorSpec | readonly ColorSpec[];
  /** Edge colors, or 'face' to use the face colors. */
  edgecolors?: ColorSpec | readonly ColorSpec[] | 'face';
  /** Edge widths in points. */
  linewidths?: number | readonly number[];
  linestyles?: LineStyle | readonly LineStyle[];
  antialiased?: boolean;
  hatch?: string | null;
  capstyle?: CapStyle;
  joinstyle?: JoinStyle;
  /** Offsets (data coordinates, through `offsetTransform`) where the paths are placed. */
  offsets?: Float64Array | null;
  offsetTransform?: Transform;
  transform?: Transform;
}

export const COLLECTION_OPTION_KEYS = [
  ...ARTIST_OPTION_KEYS, ...MAPPABLE_OPTION_KEYS,
  'facecolors', 'edgecolors', 'linewidths', 'linestyles', 'antialiased', 'hatch', 'capstyle', 'joinstyle',
  'offsets', 'offsetTransform', 'transform',
]; // prettier-ignore

export class Collection extends Artist {
  static override defaultZorder = 1;
  readonly mappable: ScalarMappable;
  protected paths: Path[];
  protected faceSpec: ColorSpec | readonly ColorSpec[];
  protected edgeSpec: ColorSpec | readonly ColorSpec[] | 'face';
  protected linewidths: number[];
  protected linestyles: LineStyle[];
  protected antialiased: boolean;
  protected hatch: string | null;
  protected capStyle: CapStyle;
  protected joinStyle: JoinStyle;
  protected offsets: Float64Array;
  protected offsetTransform: Transform | null;

  constructor(paths: Path[], o: CollectionOptions = {}, call = 'Collection') {
    super();
    this.mappable = new ScalarMappable(call, o);
    this.paths = paths;
    this.faceSpec = o.facecolors ?? 'C0';
    this.edgeSpec = o.edgecolors ?? 'face';
    toRgbaArray(this.faceSpec as ColorSpec, null, call);
    if (this.edgeSpec !== 'face') toRgbaArray(this.edgeSpec as ColorSpec, null, call);
    const lws = o.linewidths ?? 1;
    this.linewidths = (typeof lws === 'number' ? [lws] : [...lws]).map((w) =>
      checkFinite(call, 'linewidths', w, { min: 0 }),
    );
    const ls = o.linestyles ?? 'solid';
    this.linestyles = isStyleList(ls) ? [...ls] : [ls as LineStyle];
    for (const l of this.linestyles) dashPattern(l, 1, undefined, call);
    this.antialiased = o.antialiased ?? true;
    this.hatch = o.hatch ?? null;
    this.capStyle = o.capstyle ?? 'butt';
    this.joinStyle = o.joinstyle ?? 'round';
    this.offsets = o.offsets ?? new Float64Array(0);
    this.offsetTransform = o.offsetTransform ?? null;
    if (o.transform) this._transform = o.transform;
    this.applyArtistOptions(call, o);
  }

  getPaths(): Path[] {
    return this.paths;
  }
  setPaths(p: Path[]): this {
    this.paths = p;
    this.changed();
    return this;
  }
  /** Offsets as flat x, y pairs in data coordinates. */
  getOffsets(): Float64Array {
    return this.offsets;
  }
  /** Replaces the offsets: flat x, y pairs, or [x, y] points. */
  setOffsets(xy: Float64Array | ReadonlyArray<readonly [number, number]>): this {
    this.offsets =
      xy instanceof Float64Array ? xy.slice() : Float64Array.from(xy.flatMap((p) => [p[0], p[1]]));
    if (this.offsets.length % 2) throw new TsplotlibError('setOffsets', 'offsets must hold x, y pairs');
    this.changed();
    return this;
  }
  getOffsetTransform(): Transform {
    return this.offsetTransform ?? new IdentityTransform();
  }
  setOffsetTransform(t: Transform): this {
    this.offsetTransform = t;
    this.changed();
    return this;
  }
  /** Maps values to face colors through the colormap (matplotlib's `set_array`). */
  setArray(values: ArrayLike<number> | null): this {
    this.mappable.setArray(values === null ? null : toFloat64('setArray', 'values', values));
    this.changed();
    return this;
  }
  getArray(): Float64Array | null {
    return this.mappable.getArray();
  }
  setFacecolor(c: ColorSpec | readonly ColorSpec[]): this {
    toRgbaArray(c as ColorSpec, null, 'setFacecolor');
    this.faceSpec = c;
    this.changed();
    return this;
  }
  setEdgecolor(c: ColorSpec | readonly ColorSpec[] | 'face'): this {
    if (c !== 'face') toRgbaArray(c as ColorSpec, null, 'setEdgecolor');
    this.edgeSpec = c;
    this.changed();
    return this;
  }
  setLinewidth(w: number | readonly number[]): this {
    this.linewidths = (typeof w === 'number' ? [w] : [...w]).map((v) =>
      checkFinite('setLinewidth', 'linewidth', v, { min: 0 }),
    );
    this.changed();
    return this;
  }
  getLinewidths(): number[] {
    return this.linewidths;
  }

  /** Face colors: mapped from the array when one is set, else the given colors, with alpha. */
  getFacecolors(): RGBA[] {
    if (this.mappable.getArray()) return this.mappable.mappedColors(this._alpha);
    return toRgbaArray(this.faceSpec as ColorSpec, this._alpha);
  }
  getEdgecolors(): RGBA[] {
    if (this.edgeSpec === 'face') return this.getFacecolors();
    return toRgbaArray(this.edgeSpec as ColorSpec, this._alpha);
  }

  /** Per-path transforms applied before the artist transform (sizes, for PathCollection). */
  protected pathTransforms(_renderer: Renderer): Affine[] {
    return [];
  }

  /** Offsets through the non-affine part of their transform, and the affine that remains. */
  protected offsetsAndAffine(): { offsets: Float64Array; affine: Affine } {
    const t = this.getOffsetTransform();
    return { offsets: t.isAffine ? this.offsets : t.transformNonAffine(this.offsets), affine: t.getAffine() };
  }

  override draw(renderer: Renderer): void {
    if (!this._visible || this.paths.length === 0) return;
    const { offsets, affine } = this.offsetsAndAffine();
    const t = this.getTransform();
    renderer.openGroup(this.constructor.name, this._gid ?? undefined);
    const clips = this.pushClip(renderer);
    drawPathCollection(renderer, {
      paths: t.isAffine ? this.paths : this.paths.map((p) => p),
      pathTransforms: this.pathTransforms(renderer),
      masterTransform: t.getAffine(),
      offsets,
      offsetTransform: affine,
      facecolors: this.getFacecolors(),
      edgecolors: this.getEdgecolors(),
      linewidths: this.linewidths.map((w) => renderer.pointsToPixels(w)),
      dashes: this.linestyles.map((ls) => {
        const d = dashPattern(ls, this.linewidths[0] ?? 1);
        return (
          d && {
            offset: renderer.pointsToPixels(d.offset),
            pattern: d.pattern.map((v) => renderer.pointsToPixels(v)),
          }
        );
      }),
      antialiased: this.antialiased,
      capStyle: this.capStyle,
      joinStyle: this.joinStyle,
      hatch: this.hatch,
    });
    this.popClip(renderer, clips);
    renderer.closeGroup(this.constructor.name);
    this.stale = false;
  }

  /** The items whose offset lies within their marker's radius plus the pick tolerance of (x, y). */
  pickHit(x: number, y: number, r: { pointsToPixels(p: number): number }): { ind: number[] } | null {
    if (!this.isPickable() || this.offsets.length === 0) return null;
    const t = this.getOffsetTransform();
    const xy = t.transformFlat(this.offsets);
    const tol = r.pointsToPixels(typeof this._picker === 'number' ? this._picker : 5);
    const sizes = this instanceof PathCollection ? this.getSizes() : new Float64Array(0);
    const radii = sizes.length
      ? Float64Array.from(sizes, (s) => r.pointsToPixels(Math.sqrt(s) / 2) + tol)
      : tol;
    const ind = pointHits(x, y, xy, radii);
    return ind.length ? { ind } : null;
  }

  /** The offsets' extent in data coordinates, with the smallest positive x and y. */
  dataExtents(): { bbox: Bbox; minposX: number; minposY: number } | null {
    const o = this.offsets;
    if (o.length === 0) return null;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, mx = Infinity, my = Infinity; // prettier-ignore
    for (let i = 0; i < o.length; i += 2) {
      const x = o[i]!, y = o[i + 1]!; // prettier-ignore
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      if (x > 0) mx = Math.min(mx, x);
      if (y > 0) my = Math.min(my, y);
    }
    return { bbox: new Bbox(x0, y0, x1, y1), minposX: mx, minposY: my };
  }
}

function isStyleList(ls: LineStyle | readonly LineStyle[]): ls is readonly LineStyle[] {
  // A dash tuple is [offset, [on, off…]]; a list of styles has strings or tuples as entries.
  return Array.isArray(ls) && !(typeof ls[0] === 'number');
}

/** A collection of one path (or several) scaled per item by area: what `scatter` draws. */
export class PathCollection extends Collection {
  private sizes: Float64Array;

  constructor(
    paths: Path[],
    sizes: ArrayLike<number> | null,
    o: CollectionOptions = {},
    call = 'PathCollection',
  ) {
    super(paths, o, call);
    this.sizes = sizes === null ? new Float64Array(0) : toFloat64(call, 's', sizes);
    for (const s of this.sizes)
      if (!(s >= 0)) throw new TsplotlibError(call, `marker sizes must be non-negative, got ${s}`);
  }

  /** Marker areas in points². */
  getSizes(): Float64Array {
    return this.sizes;
  }
  setSizes(s: ArrayLike<number>): this {
    this.sizes = toFloat64('setSizes', 's', s);
    this.changed();
    return this;
  }

  /** Each size s scales the unit marker by sqrt(s) points (matplotlib's `set_sizes`). */
  protected override pathTransforms(renderer: Renderer): Affine[] {
    const out: Affine[] = new Array(this.sizes.length);
    for (let i = 0; i < this.sizes.length; i++)
      out[i] = Affine.scaling(renderer.pointsToPixels(Math.sqrt(this.sizes[i]!)));
    return out;
  }
}
