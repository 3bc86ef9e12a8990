/**
 * Line2D: a line through (x, y) data with optional markers (matplotlib's `lines.Line2D`).
 *
 * Data is kept in Float64Arrays; NaN and ±Infinity break the line into pieces as in matplotlib.
 * The non-affine part of the transform (log scales) is applied here, once per change of data or
 * scale, and the affine part goes to the renderer with the path.
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkChoice, checkFinite, checkOptionKeys, TsplotlibError } from '../core/errors.js';
import {
  dashPattern,
  drawStyleSteps,
  type DrawStyle,
  type LineStyleSpec,
  isNoLine,
} from '../core/linestyles.js';
import { MarkerStyle, type FillStyle, type MarkerSpec } from '../core/markers.js';
import { Path } from '../core/Path.js';
import { rcParams } from '../core/rcParams.js';
import {
  drawMarkers,
  makeStyle,
  type CapStyle,
  type JoinStyle,
  type Renderer,
  type RGBA,
} from '../core/renderer.js';
import type { Transform } from '../core/transforms.js';
import { ARTIST_OPTION_KEYS, Artist, type ArtistOptions } from './Artist.js';
import { toFloat64, type ArrayLikeNumbers } from './data.js';
import { pointHits, segmentHits } from './picking.js';

/**
 * Which markers to draw: every Nth point, every Nth from `start` (matplotlib's `(start, N)` tuple),
 * explicit indices, or a boolean mask.
 */
export type MarkEvery =
  number | { start: number; step: number } | readonly number[] | readonly boolean[] | null;

export interface Line2DOptions extends ArtistOptions {
  color?: ColorSpec;
  c?: ColorSpec;
  /** Width in points. */
  linewidth?: number;
  lw?: number;
  linestyle?: LineStyleSpec;
  ls?: LineStyleSpec;
  marker?: MarkerSpec;
  /** Marker size in points. */
  markersize?: number;
  ms?: number;
  markeredgewidth?: number;
  mew?: number;
  markeredgecolor?: ColorSpec | 'auto';
  mec?: ColorSpec | 'auto';
  markerfacecolor?: ColorSpec | 'auto';
  mfc?: ColorSpec | 'auto';
  markerfacecoloralt?: ColorSpec;
  mfcalt?: ColorSpec;
  fillstyle?: FillStyle;
  markevery?: MarkEvery;
  drawstyle?: DrawStyle;
  ds?: DrawStyle;
  antialiased?: boolean;
  aa?: boolean;
  dashCapstyle?: CapStyle;
  solidCapstyle?: CapStyle;
  dashJoinstyle?: JoinStyle;
  solidJoinstyle?: JoinStyle;
  transform?: Transform;
}

export const LINE2D_OPTION_KEYS = [
  ...ARTIST_OPTION_KEYS,
  'color', 'c', 'linewidth', 'lw', 'linestyle', 'ls', 'marker', 'markersize', 'ms', 'markeredgewidth', 'mew',
  'markeredgecolor', 'mec', 'markerfacecolor', 'mfc', 'markerfacecoloralt', 'mfcalt', 'fillstyle', 'markevery',
  'drawstyle', 'ds', 'antialiased', 'aa', 'dashCapstyle', 'solidCapstyle', 'dashJoinstyle', 'solidJoinstyle',
  'transform',
]; // prettier-ignore

const CAPS = ['butt', 'round', 'projecting'] as const;
const JOINS = ['miter', 'round', 'bevel'] as const;

export class Line2D extends Artist {
  static override defaultZorder = 2;
  private x: Float64Array;
  private y: Float64Array;
  private colorSpec: ColorSpec;
  private lw: number;
  private ls: LineStyleSpec;
  private marker: MarkerStyle;
  private ms: number;
  private mew: number;
  private mec: ColorSpec | 'auto';
  private mfc: ColorSpec | 'auto';
  private mfcalt: ColorSpec;
  private markevery: MarkEvery = null;
  private drawstyle: DrawStyle;
  private antialiased: boolean;
  private caps: { dash: CapStyle; solid: CapStyle; dashJoin: JoinStyle; solidJoin: JoinStyle };
  /** The data path through the non-affine transform, cached until data or transform change. */
  private cache: { key: unknown; version: number; path: Path; markerPath: Path } | null = null;
  private dataVersion = 0;

  constructor(x: ArrayLikeNumbers, y: ArrayLikeNumbers, o: Line2DOptions = {}, call = 'Line2D') {
    super();
    checkOptionKeys(call, o, LINE2D_OPTION_KEYS);
    this.x = toFloat64(call, 'x', x);
    this.y = toFloat64(call, 'y', y);
    checkSameLength(call, this.x, this.y);
    this.colorSpec = o.color ?? o.c ?? rcParams.get('lines.color');
    toRgba(this.colorSpec, null, call);
    this.lw = checkFinite(call, 'linewidth', o.linewidth ?? o.lw ?? rcParams.get('lines.linewidth'), {
      min: 0,
    });
    this.ls = o.linestyle ?? o.ls ?? rcParams.get('lines.linestyle');
    dashPattern(this.ls, this.lw, undefined, call);
    this.marker = new MarkerStyle(
      o.marker ?? rcParams.get('lines.marker'),
      o.fillstyle ?? rcParams.get('markers.fillstyle'),
      call,
    );
    this.ms = checkFinite(call, 'markersize', o.markersize ?? o.ms ?? rcParams.get('lines.markersize'), {
      min: 0,
    });
    this.mew = checkFinite(
      call,
      'markeredgewidth',
      o.markeredgewidth ?? o.mew ?? rcParams.get('lines.markeredgewidth'),
      { min: 0 },
    );
    this.mec = o.markeredgecolor ?? o.mec ?? rcParams.get('lines.markeredgecolor');
    this.mfc = o.markerfacecolor ?? o.mfc ?? rcParams.get('lines.markerfacecolor');
    this.mfcalt = o.markerfacecoloralt ?? o.mfcalt ?? 'none';
    for (const [k, v] of [
      ['markeredgecolor', this.mec],
      ['markerfacecolor', this.mfc],
      ['markerfacecoloralt', this.mfcalt],
    ] as const) {
      if (v !== 'auto') toRgba(v, null, `${call} ${k}`);
    }
    if (o.markevery !== undefined) this.markevery = o.markevery;
    this.drawstyle = checkChoice(call, 'drawstyle', o.drawstyle ?? o.ds ?? 'default', [
      'default', 'steps', 'steps-pre', 'steps-mid', 'steps-post',
    ] as const); // prettier-ignore
    this.antialiased = o.antialiased ?? o.aa ?? rcParams.get('lines.antialiased');
    this.caps = {
      dash: checkChoice(call, 'dashCapstyle', o.dashCapstyle ?? rcParams.get('lines.dash_capstyle'), CAPS),
      solid: checkChoice(
        call,
        'solidCapstyle',
        o.solidCapstyle ?? rcParams.get('lines.solid_capstyle'),
        CAPS,
      ),
      dashJoin: checkChoice(
        call,
        'dashJoinstyle',
        o.dashJoinstyle ?? rcParams.get('lines.dash_joinstyle'),
        JOINS,
      ),
      solidJoin: checkChoice(
        call,
        'solidJoinstyle',
        o.solidJoinstyle ?? rcParams.get('lines.solid_joinstyle'),
        JOINS,
      ),
    };
    if (o.transform) this._transform = o.transform;
    this.applyArtistOptions(call, o);
  }

  // ---- data ----
  getXdata(): Float64Array {
    return this.x;
  }
  getYdata(): Float64Array {
    return this.y;
  }
  getData(): [Float64Array, Float64Array] {
    return [this.x, this.y];
  }
  /** Replaces both arrays; they must have the same length. */
  setData(x: ArrayLikeNumbers, y: ArrayLikeNumbers): this {
    const fx = toFloat64('setData', 'x', x);
    const fy = toFloat64('setData', 'y', y);
    checkSameLength('setData', fx, fy);
    this.x = fx;
    this.y = fy;
    return this.dataChanged();
  }
  /**
   * Replaces x. As in matplotlib, x and y may disagree in length between two calls (set one, then
   * the other); the mismatch is reported at draw time if it is still there.
   */
  setXdata(x: ArrayLikeNumbers): this {
    this.x = toFloat64('setXdata', 'x', x);
    return this.dataChanged();
  }
  setYdata(y: ArrayLikeNumbers): this {
    this.y = toFloat64('setYdata', 'y', y);
    return this.dataChanged();
  }
  private dataChanged(): this {
    this.dataVersion++;
    this.cache = null;
    this.changed();
    return this;
  }
  /** The data's bounding box [x0, y0, x1, y1] over finite points, and the smallest positive x and y. */
  dataExtents(): { bbox: Bbox; minposX: number; minposY: number } {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, mx = Infinity, my = Infinity; // prettier-ignore
    const n = Math.min(this.x.length, this.y.length);
    for (let i = 0; i < n; i++) {
      const x = this.x[i]!, y = this.y[i]!; // prettier-ignore
      // matplotlib's update_from_path ignores a point whose x or y is not finite, per coordinate.
      if (Number.isFinite(x)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (x > 0 && x < mx) mx = x;
      }
      if (Number.isFinite(y)) {
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        if (y > 0 && y < my) my = y;
      }
    }
    return { bbox: new Bbox(x0, y0, x1, y1), minposX: mx, minposY: my };
  }

  // ---- style ----
  getColor(): ColorSpec {
    return this.colorSpec;
  }
  setColor(c: ColorSpec): this {
    toRgba(c, null, 'setColor');
    this.colorSpec = c;
    this.changed();
    return this;
  }
  getLinewidth(): number {
    return this.lw;
  }
  setLinewidth(w: number): this {
    this.lw = checkFinite('setLinewidth', 'linewidth', w, { min: 0 });
    this.changed();
    return this;
  }
  getLinestyle(): LineStyleSpec {
    return this.ls;
  }
  setLinestyle(ls: LineStyleSpec): this {
    dashPattern(ls, this.lw, undefined, 'setLinestyle');
    this.ls = ls;
    this.changed();
    return this;
  }
  getMarker(): MarkerStyle {
    return this.marker;
  }
  setMarker(m: MarkerSpec): this {
    this.marker = new MarkerStyle(m, this.marker.fillStyle, 'setMarker');
    this.changed();
    return this;
  }
  setFillstyle(f: FillStyle): this {
    this.marker = new MarkerStyle(this.marker.spec, f, 'setFillstyle');
    this.changed();
    return this;
  }
  getMarkersize(): number {
    return this.ms;
  }
  setMarkersize(s: number): this {
    this.ms = checkFinite('setMarkersize', 'markersize', s, { min: 0 });
    this.changed();
    return this;
  }
  getMarkeredgewidth(): number {
    return this.mew;
  }
  setMarkeredgewidth(w: number): this {
    this.mew = checkFinite('setMarkeredgewidth', 'markeredgewidth', w, { min: 0 });
    this.changed();
    return this;
  }
  setMarkeredgecolor(c: ColorSpec | 'auto'): this {
    if (c !== 'auto') toRgba(c, null, 'setMarkeredgecolor');
    this.mec = c;
    this.changed();
    return this;
  }
  setMarkerfacecolor(c: ColorSpec | 'auto'): this {
    if (c !== 'auto') toRgba(c, null, 'setMarkerfacecolor');
    this.mfc = c;
    this.changed();
    return this;
  }
  setMarkevery(m: MarkEvery): this {
    this.markevery = m;
    this.changed();
    return this;
  }
  getDrawstyle(): DrawStyle {
    return this.drawstyle;
  }
  setDrawstyle(d: DrawStyle): this {
    this.drawstyle = checkChoice('setDrawstyle', 'drawstyle', d, [
      'default',
      'steps',
      'steps-pre',
      'steps-mid',
      'steps-post',
    ] as const);
    this.cache = null;
    this.changed();
    return this;
  }
  setAntialiased(b: boolean): this {
    this.antialiased = b;
    this.changed();
    return this;
  }

  /** The marker face color (the line color when 'auto'), with alpha; `alt` for half-filled markers. */
  markerFaceColor(alt = false): RGBA {
    if (this.marker.fillStyle === 'none') return [0, 0, 0, 0];
    const fc = alt ? this.mfcalt : this.mfc;
    return toRgba(fc === 'auto' ? this.colorSpec : fc, this._alpha);
  }
  markerEdgeColor(): RGBA {
    const ec = toRgba(this.mec === 'auto' ? this.colorSpec : this.mec, this._alpha);
    // matplotlib: an 'auto' edge takes the line color but the face color's alpha, unless the face is 'none'.
    if (this.mec === 'auto' && this.mfc !== 'none') return [ec[0], ec[1], ec[2], this.markerFaceColor()[3]];
    return ec;
  }

  /** matplotlib's `pickradius`: the default pick tolerance in points. */
  pickradius = 5;

  /** The points (markers-only lines) or segments under (x, y) display pixels, as matplotlib's `contains`. */
  pickHit(x: number, y: number, r: { pointsToPixels(p: number): number }): { ind: number[] } | null {
    if (!this.isPickable() || this.x.length === 0) return null;
    const tol = r.pointsToPixels(typeof this._picker === 'number' ? this._picker : this.pickradius);
    const t = this.getTransform();
    const xy = t.transformFlat(Path.fromXY(this.x, this.y).vertices);
    const ind = isNoLine(this.ls) ? pointHits(x, y, xy, tol) : segmentHits(x, y, xy, tol);
    return ind.length ? { ind } : null;
  }

  /** The legend needs these to draw a handle like the line. */
  legendStyle(): {
    color: ColorSpec;
    linewidth: number;
    linestyle: LineStyleSpec;
    marker: MarkerStyle;
    markersize: number;
  } {
    return {
      color: this.colorSpec,
      linewidth: this.lw,
      linestyle: this.ls,
      marker: this.marker,
      markersize: this.ms,
    };
  }

  /** The line's and markers' vertices through the non-affine transform, cached. */
  private transformedPaths(t: Transform): { path: Path; markerPath: Path } {
    const version = (t as unknown as { version: number }).version;
    if (this.cache && this.cache.key === t && this.cache.version === version) return this.cache;
    if (this.x.length !== this.y.length) {
      throw new TsplotlibError(
        'Line2D.draw',
        `x and y must have the same length, got ${this.x.length} and ${this.y.length}`,
      );
    }
    const raw = Path.fromXY(this.x, this.y);
    const steps = this.drawstyle === 'default' ? raw : drawStyleSteps(this.drawstyle, this.x, this.y);
    const nonAffine = (p: Path) => (t.isAffine ? p : new Path(t.transformNonAffine(p.vertices), p.codes));
    const markerPath = nonAffine(raw);
    const path = steps === raw ? markerPath : nonAffine(steps);
    this.cache = { key: t, version, path, markerPath };
    return this.cache;
  }

  override draw(renderer: Renderer): void {
    if (!this._visible || this.x.length === 0) return;
    const t = this.getTransform();
    const { path, markerPath } = this.transformedPaths(t);
    const affine = t.getAffine();
    renderer.openGroup('line2d', this._gid ?? undefined);
    const clips = this.pushClip(renderer);
    if (!isNoLine(this.ls) && this.lw > 0) this.drawLine(renderer, path, affine);
    if (!this.marker.isEmpty() && this.ms > 0) this.drawMarkerSet(renderer, markerPath, affine);
    this.popClip(renderer, clips);
    renderer.closeGroup('line2d');
    this.stale = false;
  }

  private drawLine(renderer: Renderer, path: Path, affine: Affine): void {
    const dashes = dashPattern(this.ls, this.lw);
    const dashed = dashes !== null;
    renderer.drawPath(
      path,
      affine,
      makeStyle({
        stroke: toRgba(this.colorSpec, this._alpha),
        lineWidth: renderer.pointsToPixels(this.lw),
        dashes: dashes && {
          offset: renderer.pointsToPixels(dashes.offset),
          pattern: dashes.pattern.map((d) => renderer.pointsToPixels(d)),
        },
        capStyle: dashed ? this.caps.dash : this.caps.solid,
        joinStyle: dashed ? this.caps.dashJoin : this.caps.solidJoin,
        antialiased: this.antialiased,
      }),
    );
  }

  private drawMarkerSet(renderer: Renderer, markerPath: Path, affine: Affine): void {
    const offsets = affine.transformFlat(this.markedVertices(markerPath.vertices));
    const w = renderer.pointsToPixels(this.ms);
    const pixel = this.marker.spec === ',';
    const style = makeStyle({
      fill: nonZero(this.markerFaceColor()),
      stroke: pixel ? null : nonZero(this.markerEdgeColor()),
      lineWidth: pixel ? 0 : renderer.pointsToPixels(this.mew),
      joinStyle: this.marker.joinStyle,
      capStyle: this.marker.capStyle,
      antialiased: this.antialiased,
      snap: markerSnap(this.marker, w),
    });
    // The pixel marker is drawn unscaled, as matplotlib does.
    const scale = (a: Affine) => (pixel ? a : a.then(Affine.scaling(w)));
    drawMarkers(renderer, this.marker.path, scale(this.marker.transform), offsets, style);
    if (this.marker.altPath && this.marker.altTransform) {
      const alt = { ...style, fill: nonZero(this.markerFaceColor(true)) };
      drawMarkers(renderer, this.marker.altPath, scale(this.marker.altTransform), offsets, alt);
    }
  }

  /** The vertices that get markers, after `markevery` (matplotlib's integer and index forms). */
  private markedVertices(v: Float64Array): Float64Array {
    const me = this.markevery;
    if (me === null || me === undefined) return v;
    const n = v.length / 2;
    const keep: number[] = [];
    if (typeof me === 'number') {
      const step = Math.max(1, Math.floor(me));
      for (let i = 0; i < n; i += step) keep.push(i);
    } else if (!Array.isArray(me)) {
      const { start, step } = me as { start: number; step: number };
      for (let i = Math.max(0, Math.floor(start)); i < n; i += Math.max(1, Math.floor(step))) keep.push(i);
    } else if (typeof me[0] === 'boolean') {
      (me as readonly boolean[]).forEach((b, i) => b && i < n && keep.push(i));
    } else {
      for (const i of me as readonly number[]) if (i >= 0 && i < n) keep.push(i);
    }
    const out = new Float64Array(keep.length * 2);
    keep.forEach((i, k) => {
      out[2 * k] = v[2 * i]!;
      out[2 * k + 1] = v[2 * i + 1]!;
    });
    return out;
  }
}

/**
 * Whether markers of `sizePx` pixels snap: matplotlib snaps a marker when it is at least its
 * `snap_threshold` pixels big, and leaves markers without a threshold to the automatic rule.
 */
export function markerSnap(marker: MarkerStyle, sizePx: number): boolean | null {
  const t = marker.snapThreshold;
  return typeof t === 'number' ? sizePx >= t : null;
}

function nonZero(c: RGBA): RGBA | null {
  return c[3] > 0 ? c : null;
}

function checkSameLength(call: string, x: Float64Array, y: Float64Array): void {
  if (x.length !== y.length) {
    throw new TsplotlibError(call, `x and y must have the same length, got ${x.length} and ${y.length}`);
  }
}
