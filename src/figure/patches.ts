/**
 * Patches: filled shapes with an edge (matplotlib's `patches.py`): the base {@link Patch}, the
 * {@link Rectangle} used by axes backgrounds and bars, {@link PathPatch} and {@link FancyBboxPatch}
 * (the rounded legend frame and text boxes).
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkFinite, checkOptionKeys } from '../core/errors.js';
import { dashPattern, type LineStyleSpec } from '../core/linestyles.js';
import { Path, PathCode } from '../core/Path.js';
import { rcParams } from '../core/rcParams.js';
import {
  makeStyle,
  type CapStyle,
  type GraphicsStyle,
  type JoinStyle,
  type Renderer,
  type RGBA,
} from '../core/renderer.js';
import { unitRectangle } from '../core/shapes.js';
import type { Transform } from '../core/transforms.js';
import { ARTIST_OPTION_KEYS, Artist, nonAffinePart, type ArtistOptions } from './Artist.js';
import { pointInPolygon } from './picking.js';

export interface PatchOptions extends ArtistOptions {
  /** Face and edge color together. */
  color?: ColorSpec;
  facecolor?: ColorSpec;
  fc?: ColorSpec;
  edgecolor?: ColorSpec;
  ec?: ColorSpec;
  /** Edge width in points. */
  linewidth?: number;
  lw?: number;
  linestyle?: LineStyleSpec;
  ls?: LineStyleSpec;
  /** Whether the face is filled. */
  fill?: boolean;
  /** matplotlib hatch pattern, e.g. `'//'`, `'x'`. */
  hatch?: string | null;
  capstyle?: CapStyle;
  joinstyle?: JoinStyle;
  antialiased?: boolean;
  transform?: Transform;
}

export const PATCH_OPTION_KEYS = [
  ...ARTIST_OPTION_KEYS,
  'color', 'facecolor', 'fc', 'edgecolor', 'ec', 'linewidth', 'lw', 'linestyle', 'ls', 'fill', 'hatch',
  'capstyle', 'joinstyle', 'antialiased', 'transform',
]; // prettier-ignore

export abstract class Patch extends Artist {
  static override defaultZorder = 1;
  protected faceSpec: ColorSpec;
  protected edgeSpec: ColorSpec;
  protected lineWidth: number;
  protected lineStyle: LineStyleSpec = 'solid';
  protected filled = true;
  protected hatch: string | null = null;
  protected capStyle: CapStyle = 'butt';
  protected joinStyle: JoinStyle = 'miter';
  protected antialiased = true;
  snap: boolean | undefined = undefined;

  constructor(call: string, o: PatchOptions = {}, keys: readonly string[] = PATCH_OPTION_KEYS) {
    super();
    checkOptionKeys(call, o, keys);
    this.filled = o.fill ?? true;
    const face = o.facecolor ?? o.fc ?? o.color ?? rcParams.get('patch.facecolor');
    const forceEdge = rcParams.get('patch.force_edgecolor') || !this.filled;
    const edge = o.edgecolor ?? o.ec ?? o.color ?? (forceEdge ? rcParams.get('patch.edgecolor') : 'none');
    // Validate colors now, so a bad one fails at the call rather than at draw time.
    toRgba(face, null, call);
    toRgba(edge, null, call);
    this.faceSpec = face;
    this.edgeSpec = edge;
    this.lineWidth = checkFinite(call, 'linewidth', o.linewidth ?? o.lw ?? rcParams.get('patch.linewidth'), {
      min: 0,
    });
    if (o.linestyle !== undefined || o.ls !== undefined) this.lineStyle = (o.linestyle ?? o.ls)!;
    dashPattern(this.lineStyle, 1);
    if (o.hatch !== undefined) this.hatch = o.hatch;
    if (o.capstyle) this.capStyle = o.capstyle;
    if (o.joinstyle) this.joinStyle = o.joinstyle;
    if (o.antialiased !== undefined) this.antialiased = o.antialiased;
    if (o.transform) this._transform = o.transform;
    this.applyArtistOptions(call, o);
  }

  /** The shape in patch coordinates. */
  abstract getPath(): Path;

  /** Maps patch coordinates into the artist's coordinates (e.g. a rectangle's position and size). */
  getPatchTransform(): Affine {
    return Affine.IDENTITY;
  }

  /** The face color with the artist's alpha applied (transparent when not filled). */
  getFacecolor(): RGBA {
    return toRgba(this.faceSpec, this.filled ? this._alpha : 0);
  }
  getEdgecolor(): RGBA {
    return toRgba(this.edgeSpec, this._alpha);
  }
  setFacecolor(c: ColorSpec): this {
    toRgba(c, null, 'setFacecolor');
    this.faceSpec = c;
    this.changed();
    return this;
  }
  setEdgecolor(c: ColorSpec): this {
    toRgba(c, null, 'setEdgecolor');
    this.edgeSpec = c;
    this.changed();
    return this;
  }
  setColor(c: ColorSpec): this {
    return this.setFacecolor(c).setEdgecolor(c);
  }
  getLinewidth(): number {
    return this.lineWidth;
  }
  setLinewidth(w: number): this {
    this.lineWidth = checkFinite('setLinewidth', 'linewidth', w, { min: 0 });
    this.changed();
    return this;
  }
  setLinestyle(ls: LineStyleSpec): this {
    dashPattern(ls, 1);
    this.lineStyle = ls;
    this.changed();
    return this;
  }
  setFill(b: boolean): this {
    this.filled = b;
    this.changed();
    return this;
  }
  getFill(): boolean {
    return this.filled;
  }
  getHatch(): string | null {
    return this.hatch;
  }
  getLinestyle(): LineStyleSpec {
    return this.lineStyle;
  }
  setHatch(h: string | null): this {
    this.hatch = h;
    this.changed();
    return this;
  }

  /** The style the renderer receives, in pixels. */
  protected graphicsStyle(renderer: Renderer): GraphicsStyle {
    const face = this.getFacecolor();
    const edge = this.getEdgecolor();
    const lw = edge[3] > 0 ? renderer.pointsToPixels(this.lineWidth) : 0;
    const dashes = dashPattern(this.lineStyle, this.lineWidth);
    return makeStyle({
      fill: face[3] > 0 ? face : null,
      stroke: lw > 0 ? edge : null,
      lineWidth: lw,
      dashes: dashes && {
        offset: renderer.pointsToPixels(dashes.offset),
        pattern: dashes.pattern.map((d) => renderer.pointsToPixels(d)),
      },
      capStyle: this.capStyle,
      joinStyle: this.joinStyle,
      antialiased: this.antialiased,
      hatch: this.hatch,
      hatchColor: this.hatch
        ? toRgba(rcParams.get('hatch.color') === 'edge' ? this.edgeSpec : rcParams.get('hatch.color'))
        : null,
      ...(this.snap !== undefined ? { snap: this.snap } : {}),
    });
  }

  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    const t = this.getTransform();
    const path = nonAffinePart(t, this.getPath().transformed(this.getPatchTransform()));
    renderer.openGroup('patch', this._gid ?? undefined);
    const clips = this.pushClip(renderer);
    renderer.drawPath(path, t.getAffine(), this.graphicsStyle(renderer));
    this.popClip(renderer, clips);
    renderer.closeGroup('patch');
    this.stale = false;
  }

  /** Whether (x, y) display pixels lies inside the patch's outline. */
  pickHit(x: number, y: number): { ind: number[] } | null {
    if (!this.isPickable()) return null;
    const t = this.getTransform();
    const p = this.getPath().transformed(this.getPatchTransform());
    return pointInPolygon(x, y, t.transformFlat(p.vertices)) ? { ind: [] } : null;
  }

  /** The patch's extent in display pixels. */
  override getWindowExtent(): Bbox {
    const t = this.getTransform();
    const p = this.getPath().transformed(this.getPatchTransform());
    const [x0, y0, x1, y1] = new Path(t.transformFlat(p.vertices), p.codes).extents();
    return new Bbox(x0, y0, x1, y1);
  }
}

export interface RectangleOptions extends PatchOptions {
  /** Rotation in degrees about `rotationPoint` ('xy' by default). */
  angle?: number;
}

/** A rectangle with its lower-left corner at `xy` (matplotlib's `Rectangle`). */
export class Rectangle extends Patch {
  private x: number;
  private y: number;
  private w: number;
  private h: number;
  private angle: number;

  constructor(xy: readonly [number, number], width: number, height: number, o: RectangleOptions = {}) {
    super('Rectangle', o, [...PATCH_OPTION_KEYS, 'angle']);
    [this.x, this.y] = xy;
    this.w = width;
    this.h = height;
    this.angle = o.angle ?? 0;
  }
  override getPath(): Path {
    return unitRectangle();
  }
  override getPatchTransform(): Affine {
    return Affine.scaling(this.w, this.h)
      .then(Affine.rotation((this.angle * Math.PI) / 180))
      .then(Affine.translation(this.x, this.y));
  }
  getXy(): [number, number] {
    return [this.x, this.y];
  }
  getWidth(): number {
    return this.w;
  }
  getHeight(): number {
    return this.h;
  }
  setXy(x: number, y: number): this {
    this.x = x;
    this.y = y;
    this.changed();
    return this;
  }
  setWidth(w: number): this {
    this.w = w;
    this.changed();
    return this;
  }
  setHeight(h: number): this {
    this.h = h;
    this.changed();
    return this;
  }
  setBounds(x: number, y: number, w: number, h: number): this {
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
    this.changed();
    return this;
  }
  /** The rectangle's corners in its own coordinates, as a Bbox. */
  getBbox(): Bbox {
    return Bbox.fromBounds(this.x, this.y, this.w, this.h);
  }
}

/** A patch drawn from any {@link Path}. */
export class PathPatch extends Patch {
  constructor(
    private path: Path,
    o: PatchOptions = {},
  ) {
    super('PathPatch', o);
  }
  override getPath(): Path {
    return this.path;
  }
  setPath(p: Path): this {
    this.path = p;
    this.changed();
    return this;
  }
}

export type BoxStyleName = 'square' | 'round';

/**
 * The outline of a fancy box around (x0, y0, width, height), grown by `pad` (matplotlib's
 * BoxStyle.Square and BoxStyle.Round; lengths already multiplied by the mutation scale).
 */
export function boxStylePath(
  style: BoxStyleName,
  x0: number,
  y0: number,
  width: number,
  height: number,
  pad: number,
  roundingSize: number | null,
): Path {
  const x = x0 - pad, y = y0 - pad, w = width + 2 * pad, h = height + 2 * pad; // prettier-ignore
  const x1 = x + w, y1 = y + h; // prettier-ignore
  if (style === 'square') {
    const { MOVETO: M, LINETO: L, CLOSEPOLY: C } = PathCode;
    return new Path([x, y, x1, y, x1, y1, x, y1, x, y], [M, L, L, L, C]);
  }
  const dr = roundingSize ?? pad;
  const { MOVETO: M, LINETO: L, CURVE3: Q, CLOSEPOLY: C } = PathCode;
  // prettier-ignore
  return new Path(
    [x + dr, y, x1 - dr, y, x1, y, x1, y + dr, x1, y1 - dr, x1, y1, x1 - dr, y1, x + dr, y1, x, y1, x, y1 - dr,
      x, y + dr, x, y, x + dr, y, x + dr, y],
    [M, L, Q, Q, L, Q, Q, L, Q, Q, L, Q, Q, C],
  );
}

export interface FancyBboxOptions extends PatchOptions {
  boxstyle?: BoxStyleName;
  /** Padding as a fraction of the mutation scale. */
  pad?: number;
  /** Corner radius as a fraction of the mutation scale (round only); defaults to `pad`. */
  roundingSize?: number | null;
  /** The length that `pad` and `roundingSize` are fractions of, in the patch's units. */
  mutationScale?: number;
}

/** A box with a square or rounded outline around a rectangle (legend frames, text bboxes). */
export class FancyBboxPatch extends Patch {
  private bounds: [number, number, number, number];
  boxstyle: BoxStyleName;
  pad: number;
  roundingSize: number | null;
  mutationScale: number;

  constructor(xy: readonly [number, number], width: number, height: number, o: FancyBboxOptions = {}) {
    super('FancyBboxPatch', o, [...PATCH_OPTION_KEYS, 'boxstyle', 'pad', 'roundingSize', 'mutationScale']);
    this.bounds = [xy[0], xy[1], width, height];
    this.boxstyle = o.boxstyle ?? 'round';
    this.pad = o.pad ?? 0.3;
    this.roundingSize = o.roundingSize ?? null;
    this.mutationScale = o.mutationScale ?? 1;
  }
  setBounds(x: number, y: number, w: number, h: number): this {
    this.bounds = [x, y, w, h];
    this.changed();
    return this;
  }
  getBounds(): [number, number, number, number] {
    return [...this.bounds];
  }
  override getPath(): Path {
    const [x, y, w, h] = this.bounds;
    const m = this.mutationScale;
    return boxStylePath(
      this.boxstyle,
      x,
      y,
      w,
      h,
      this.pad * m,
      this.roundingSize === null ? null : this.roundingSize * m,
    );
  }
}
