/**
 * Spine: one of the lines framing an Axes (matplotlib's `spines.Spine`, linear spines only).
 * Positions follow matplotlib: `'outward'` by points, `'axes'` fraction, `'data'` value, and the
 * shorthands `'center'` and `'zero'`.
 */
import { Affine } from '../core/Affine2D.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkChoice, checkFinite, invalid } from '../core/errors.js';
import { Path } from '../core/Path.js';
import { rcParams } from '../core/rcParams.js';
import { makeStyle, type Renderer } from '../core/renderer.js';
import { Affine2D, BlendedTransform, ScaledTranslation, type Transform } from '../core/transforms.js';
import { Artist } from './Artist.js';
import type { AxesBase } from './AxesBase.js';

export type SpineSide = 'left' | 'right' | 'top' | 'bottom';
export type SpinePosition = ['outward' | 'axes' | 'data', number] | 'center' | 'zero';

export class Spine extends Artist {
  static override defaultZorder = 2.5;
  private colorSpec: ColorSpec;
  private lw: number;
  private position: ['outward' | 'axes' | 'data', number] = ['outward', 0];
  private bounds: [number, number] | null = null;

  constructor(
    private readonly axes: AxesBase,
    readonly side: SpineSide,
  ) {
    super();
    this.colorSpec = rcParams.get('axes.edgecolor');
    this.lw = rcParams.get('axes.linewidth');
    this._visible = rcParams.get(`axes.spines.${side}`);
  }

  setColor(c: ColorSpec): this {
    toRgba(c, null, 'Spine.setColor');
    this.colorSpec = c;
    this.changed();
    return this;
  }
  setEdgecolor(c: ColorSpec): this {
    return this.setColor(c);
  }
  setLinewidth(w: number): this {
    this.lw = checkFinite('Spine.setLinewidth', 'linewidth', w, { min: 0 });
    this.changed();
    return this;
  }
  /** Moves the spine: `['outward', points]`, `['axes', fraction]`, `['data', value]`, 'center' or 'zero'. */
  setPosition(p: SpinePosition): this {
    if (p === 'center') this.position = ['axes', 0.5];
    else if (p === 'zero') this.position = ['data', 0];
    else if (Array.isArray(p) && p.length === 2) {
      checkChoice('Spine.setPosition', 'position type', p[0], ['outward', 'axes', 'data'] as const);
      this.position = [p[0], checkFinite('Spine.setPosition', 'position amount', p[1])];
    } else
      invalid('Spine.setPosition', 'position', p, "['outward'|'axes'|'data', number], 'center' or 'zero'");
    this.changed();
    return this;
  }
  /** Limits the spine to [low, high] in data coordinates along its length. */
  setBounds(low: number | null, high: number | null): this {
    this.bounds = low === null || high === null ? null : [low, high];
    this.changed();
    return this;
  }

  private vertical(): boolean {
    return this.side === 'left' || this.side === 'right';
  }

  /** The transform of the spine's path: along it in data (or axes) units, across it by position. */
  override getTransform(): Transform {
    const ax = this.axes;
    const [kind, amount] = this.position;
    const along = this.bounds ? ax.transData : ax.transAxes;
    let across: Transform = kind === 'data' ? ax.transData : ax.transAxes;
    if (kind === 'outward' && amount !== 0) {
      const sign = this.side === 'left' || this.side === 'bottom' ? -1 : 1;
      const off = (sign * amount) / 72;
      across = across.plus(
        new ScaledTranslation(this.vertical() ? off : 0, this.vertical() ? 0 : off, ax.figureDpiScale()),
      );
    }
    return this.vertical() ? new BlendedTransform(across, along) : new BlendedTransform(along, across);
  }

  /**
   * The transform of the ticks and tick labels on this spine's side (matplotlib's
   * `get_spine_transform`): the coordinate along the spine is data, the one across it is the side's
   * axes fraction (0 for left/bottom, 1 for right/top), moved to wherever the spine was placed.
   */
  getSpineTransform(): Transform {
    const ax = this.axes;
    const vertical = this.vertical();
    const base = vertical ? ax.getYaxisTransform() : ax.getXaxisTransform();
    const [kind, amount] = this.position;
    if (kind === 'outward') {
      if (amount === 0) return base;
      const sign = this.side === 'left' || this.side === 'bottom' ? -1 : 1;
      const off = (sign * amount) / 72;
      return base.plus(new ScaledTranslation(vertical ? off : 0, vertical ? 0 : off, ax.figureDpiScale()));
    }
    if (kind === 'axes') {
      // Pin the across coordinate at `amount`, keep the along coordinate.
      const pin = vertical ? new Affine(0, 0, 0, 1, amount, 0) : new Affine(1, 0, 0, 0, 0, amount);
      return new Affine2D(pin).plus(base);
    }
    // 'data': the across input is 0 (left/bottom) or 1 (right/top); shift it so it lands on `amount`.
    const shift = this.side === 'right' || this.side === 'top' ? amount - 1 : amount;
    const moved = new Affine2D().translate(vertical ? shift : 0, vertical ? 0 : shift).plus(ax.transData);
    return vertical ? new BlendedTransform(moved, ax.transData) : new BlendedTransform(ax.transData, moved);
  }

  private acrossValue(): number {
    const [kind, amount] = this.position;
    if (kind === 'outward') return this.side === 'left' || this.side === 'bottom' ? 0 : 1;
    return amount;
  }

  getPath(): Path {
    const c = this.acrossValue();
    const [lo, hi] = this.bounds ?? [0, 1];
    return this.vertical()
      ? Path.fromPoints([
          [c, lo],
          [c, hi],
        ])
      : Path.fromPoints([
          [lo, c],
          [hi, c],
        ]);
  }

  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    const t = this.getTransform();
    const p = this.getPath();
    const path = t.isAffine ? p : new Path(t.transformNonAffine(p.vertices), p.codes);
    renderer.openGroup('patch', this._gid ?? undefined);
    renderer.drawPath(
      path,
      t.getAffine() ?? Affine.IDENTITY,
      makeStyle({
        stroke: toRgba(this.colorSpec, this._alpha),
        lineWidth: renderer.pointsToPixels(this.lw),
        capStyle: 'projecting',
        joinStyle: 'miter',
      }),
    );
    renderer.closeGroup('patch');
    this.stale = false;
  }
}
