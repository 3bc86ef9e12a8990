/**
 * AxesBase: the state of an Axes — position, transforms, data and view limits, autoscaling, axis
 * objects, spines, titles — and its draw (matplotlib's `axes._base._AxesBase`). Plotting methods
 * live in `Axes.ts`, built on this.
 *
 *     transData = transScale + (transLimits + transAxes)
 */
import { Bbox, TransformedBbox } from '../core/Bbox.js';
import { checkFinite, TsplotlibError } from '../core/errors.js';
import { rcParams } from '../core/rcParams.js';
import type { Renderer } from '../core/renderer.js';
import {
  BboxTransformFrom,
  BboxTransformTo,
  BlendedTransform,
  IdentityTransform,
  ScaledTranslation,
  TransformWrapper,
  type Transform,
} from '../core/transforms.js';
import { Artist, sortByZorder, type StaleListener } from './Artist.js';
import { XAxis, YAxis, type Axis } from './Axis.js';
import { Rectangle } from './patches.js';
import { Spine, type SpineSide } from './Spine.js';
import { Text } from './Text.js';

/** What an Axes needs from its figure. */
export interface AxesParent extends StaleListener {
  readonly transFigure: Transform;
  readonly dpiScaleTrans: Transform;
  readonly dpi: number;
  /** The figure's canvas, for drawing single artists between full draws (blitting). */
  readonly canvas: { getRenderer(): Renderer };
}

type Xy = 'x' | 'y';

export class AxesBase extends Artist implements StaleListener {
  static override defaultZorder = 0;
  readonly figure: AxesParent;
  /** Position in figure fractions. */
  readonly position: Bbox;
  /** Position in display pixels. */
  readonly bbox: Bbox;
  readonly transAxes: Transform;
  readonly transScale: TransformWrapper;
  readonly viewLim: Bbox = Bbox.unit();
  readonly transLimits: Transform;
  readonly transData: Transform;
  readonly dataLim: Bbox = Bbox.null();
  /** Smallest positive data values, for log scales. */
  readonly minpos = { x: Infinity, y: Infinity };
  readonly xaxis: XAxis;
  readonly yaxis: YAxis;
  readonly spines: Record<SpineSide, Spine>;
  readonly patch: Rectangle;
  readonly title: Text;
  readonly leftTitle: Text;
  readonly rightTitle: Text;
  /** Artists added by plotting calls, in insertion order. */
  protected children: Artist[] = [];
  /** Artists drawn above the children (legend). */
  protected legend_: Artist | null = null;
  protected autoscaleOn = { x: true, y: true };
  protected margin = { x: 0, y: 0 };
  protected staleViewLim = { x: false, y: false };
  protected viewLimSet = { x: false, y: false };
  protected tight = false;
  useStickyEdges = true;
  /** Axes sharing each axis with this one (this one included); one Set object per group. */
  protected shared: Record<Xy, Set<AxesBase>> = { x: new Set([this]), y: new Set([this]) };
  axisOn = true;
  frameOn = true;

  constructor(figure: AxesParent, position: Bbox) {
    super();
    this.figure = figure;
    this.parent = figure;
    this.position = position;
    this.bbox = new TransformedBbox(position, figure.transFigure);
    this.transAxes = new BboxTransformTo(this.bbox);
    this.transScale = new TransformWrapper(
      new BlendedTransform(new IdentityTransform(), new IdentityTransform()),
    );
    this.transLimits = new BboxTransformFrom(new TransformedBbox(this.viewLim, this.transScale));
    this.transData = this.transScale.plus(this.transLimits.plus(this.transAxes));
    this.margin = { x: rcParams.get('axes.xmargin'), y: rcParams.get('axes.ymargin') };
    this.xaxis = new XAxis(this);
    this.yaxis = new YAxis(this);
    for (const a of [this.xaxis, this.yaxis]) a.parent = this;
    this.spines = {
      left: new Spine(this, 'left'),
      right: new Spine(this, 'right'),
      bottom: new Spine(this, 'bottom'),
      top: new Spine(this, 'top'),
    };
    for (const s of Object.values(this.spines)) s.parent = this;
    this.patch = new Rectangle([0, 0], 1, 1, {
      facecolor: rcParams.get('axes.facecolor'),
      edgecolor: 'none',
      linewidth: 0,
      transform: this.transAxes,
    });
    this.patch.parent = this;
    this.title = this.makeTitle(0.5, 'center');
    this.leftTitle = this.makeTitle(0, 'left');
    this.rightTitle = this.makeTitle(1, 'right');
  }

  private makeTitle(x: number, ha: 'left' | 'center' | 'right'): Text {
    const color = rcParams.get('axes.titlecolor');
    const t = new Text(x, rcParams.get('axes.titley') ?? 1, '', {
      fontsize: rcParams.get('axes.titlesize'),
      fontweight: rcParams.get('axes.titleweight'),
      color: color === 'auto' ? rcParams.get('text.color') : color,
      ha,
      va: 'baseline',
    });
    t.setTransform(
      this.transAxes.plus(
        new ScaledTranslation(0, rcParams.get('axes.titlepad') / 72, this.figure.dpiScaleTrans),
      ),
    );
    t.parent = this;
    return t;
  }

  // ---- figure plumbing ----
  childBecameStale(): void {
    this.stale = true;
  }
  figureDpi(): number {
    return this.figure.dpi;
  }
  figureDpiScale(): Transform {
    return this.figure.dpiScaleTrans;
  }
  /** x in data, y in axes fraction (ticks and grid of the x axis, axvline). */
  getXaxisTransform(): Transform {
    return (this.xTransformCache ??= new BlendedTransform(this.transData, this.transAxes));
  }
  /** x in axes fraction, y in data. */
  getYaxisTransform(): Transform {
    return (this.yTransformCache ??= new BlendedTransform(this.transAxes, this.transData));
  }
  private xTransformCache: Transform | null = null;
  private yTransformCache: Transform | null = null;

  /** Moves the Axes (figure fractions: left, bottom, width, height). */
  setPosition(pos: readonly [number, number, number, number] | Bbox): this {
    const [x, y, w, h] = pos instanceof Bbox ? pos.bounds : pos;
    this.position.setBounds(x, y, w, h);
    this.changed();
    return this;
  }
  getPosition(): Bbox {
    return this.position.frozen();
  }

  /** Joins `other`'s group for `axis`: limits, autoscaling and scale are kept in step (sharex/sharey). */
  share(axis: Xy, other: AxesBase): void {
    const group = other.shared[axis];
    for (const ax of this.shared[axis]) {
      group.add(ax);
      ax.shared[axis] = group;
    }
    const [a, b] = axis === 'x' ? other.viewLim.intervalx : other.viewLim.intervaly;
    this.applyLim(axis, a, b, null);
    if (this.getAxis(axis).getScale() !== other.getAxis(axis).getScale())
      this.setScale(axis, other.getAxis(axis).getScale());
  }
  /** The Axes sharing `axis` with this one, this one included. */
  getSharedSiblings(axis: Xy): AxesBase[] {
    return [...this.shared[axis]];
  }
  getAxis(axis: Xy): Axis {
    return axis === 'x' ? this.xaxis : this.yaxis;
  }

  // ---- children ----
  /** Adds an artist as a child drawn in data coordinates, clipped to the axes. */
  addArtist<T extends Artist>(a: T, { clip = true } = {}): T {
    a.parent = this;
    if (!a.isTransformSet()) a.setTransform(this.transData);
    if (clip && a.getClipBox() === null) a.setClipBox(this.bbox);
    this.children.push(a);
    this.changed();
    return a;
  }
  removeChild(a: Artist): void {
    const i = this.children.indexOf(a);
    if (i >= 0) this.children.splice(i, 1);
    if (this.legend_ === a) this.legend_ = null;
    this.changed();
  }
  /** The artists added to this Axes, in insertion order. */
  getChildren(): readonly Artist[] {
    return this.children;
  }

  // ---- data limits ----
  /** Grows the data limits to include `bbox` (data coordinates), tracking the smallest positive values. */
  updateDatalim(
    bbox: Bbox,
    minposX = Infinity,
    minposY = Infinity,
    { updatex = true, updatey = true } = {},
  ): void {
    const d = this.dataLim;
    const grow = (lo: number, hi: number, a: number, b: number): [number, number] => [
      Number.isFinite(a) ? Math.min(lo, a) : lo,
      Number.isFinite(b) ? Math.max(hi, b) : hi,
    ];
    const [x0, x1] = updatex ? grow(d.x0, d.x1, bbox.xmin, bbox.xmax) : [d.x0, d.x1];
    const [y0, y1] = updatey ? grow(d.y0, d.y1, bbox.ymin, bbox.ymax) : [d.y0, d.y1];
    d.set(x0, y0, x1, y1);
    if (updatex) this.minpos.x = Math.min(this.minpos.x, minposX);
    if (updatey) this.minpos.y = Math.min(this.minpos.y, minposY);
  }

  /** Recomputes the data limits from the children that carry data (matplotlib's `relim`). */
  relim(): void {
    this.dataLim.set(Infinity, Infinity, -Infinity, -Infinity);
    this.minpos.x = this.minpos.y = Infinity;
    for (const c of this.children) {
      const ext = (
        c as { dataExtents?: () => { bbox: Bbox; minposX: number; minposY: number } | null }
      ).dataExtents?.();
      if (ext) this.updateDatalim(ext.bbox, ext.minposX, ext.minposY);
    }
  }

  /** Asks for the view to be autoscaled before the next draw or limit query (lazy, as matplotlib). */
  requestAutoscaleView(axis: Xy | 'both' = 'both'): void {
    if (axis !== 'y') this.staleViewLim.x = true;
    if (axis !== 'x') this.staleViewLim.y = true;
    this.changed();
  }

  /** Runs pending autoscaling. */
  protected unstaleViewLim(): void {
    const need = (n: Xy) => [...this.shared[n]].some((ax) => ax.staleViewLim[n]);
    const x = need('x'), y = need('y'); // prettier-ignore
    if (!x && !y) return;
    for (const n of ['x', 'y'] as const)
      for (const ax of this.shared[n]) if (n === 'x' ? x : y) ax.staleViewLim[n] = false;
    this.autoscaleView({ scalex: x, scaley: y });
  }

  viewLimX(): [number, number] {
    this.unstaleViewLim();
    return this.viewLim.intervalx;
  }
  viewLimY(): [number, number] {
    this.unstaleViewLim();
    return this.viewLim.intervaly;
  }

  /** The sticky edges of every child, sorted (matplotlib's autoscale_view preamble). */
  private stickies(axis: Xy): number[] {
    const on = axis === 'x' ? this.margin.x : this.margin.y;
    if (!this.useStickyEdges || !on || !this.autoscaleOn[axis]) return [];
    const all = [...this.shared[axis]].flatMap((ax) => ax.children.flatMap((c) => c.stickyEdges[axis]));
    const log = (axis === 'x' ? this.xaxis : this.yaxis).getScale() === 'log';
    return all.filter((v) => !log || v > 0).sort((a, b) => a - b);
  }

  /** Sets the view limits from the data limits with margins (matplotlib's `autoscale_view`). */
  autoscaleView({
    tight,
    scalex = true,
    scaley = true,
  }: { tight?: boolean; scalex?: boolean; scaley?: boolean } = {}): void {
    if (tight !== undefined) this.tight = tight;
    if (scalex) this.autoscaleAxis('x');
    if (scaley) this.autoscaleAxis('y');
  }

  private autoscaleAxis(name: Xy): void {
    if (!this.autoscaleOn[name]) return;
    const axis: Axis = name === 'x' ? this.xaxis : this.yaxis;
    const siblings = [...this.shared[name]];
    const values = siblings
      .flatMap((ax) => (name === 'x' ? ax.dataLim.intervalx : ax.dataLim.intervaly))
      .filter((v) => Number.isFinite(v));
    let x0: number, x1: number; // prettier-ignore
    if (values.length) [x0, x1] = [Math.min(...values), Math.max(...values)];
    else if (this.viewLimSet[name]) return;
    else [x0, x1] = [-Infinity, Infinity];
    const locator = axis.getMajorLocator();
    [x0, x1] = locator.nonsingular(x0, x1);
    const stickies = this.stickies(name);
    const tol = 1e-5 * Math.max(Math.abs(x0), Math.abs(x1), Math.abs(x1 - x0));
    const i0 = searchsorted(stickies, x0 + tol) - 1;
    const x0bound = i0 !== -1 ? stickies[i0] : undefined;
    const i1 = searchsorted(stickies, x1 - tol);
    const x1bound = i1 !== stickies.length ? stickies[i1] : undefined;
    const scale = axis.getScaleObject();
    [x0, x1] = scale.limitRangeForScale(x0, x1, Math.min(...siblings.map((ax) => ax.minpos[name])));
    const t = scale.getTransform();
    const [x0t, x1t] = [t.transformPoint(x0, x0)[0], t.transformPoint(x1, x1)[0]];
    let delta = (x1t - x0t) * this.margin[name];
    if (!Number.isFinite(delta)) delta = 0;
    const inv = t.inverted();
    x0 = inv.transformPoint(x0t - delta, x0t - delta)[0];
    x1 = inv.transformPoint(x1t + delta, x1t + delta)[0];
    if (x0bound !== undefined) x0 = Math.max(x0, x0bound);
    if (x1bound !== undefined) x1 = Math.min(x1, x1bound);
    if (!this.tight) [x0, x1] = locator.viewLimits(x0, x1);
    this.setBound(name, x0, x1);
  }

  /** Sets the limits keeping the axis's orientation (matplotlib's `set_xbound`). */
  private setBound(name: Xy, lower: number, upper: number): void {
    const [a, b] = name === 'x' ? this.viewLim.intervalx : this.viewLim.intervaly;
    const inverted = b < a;
    const [lo, hi] = inverted ? [upper, lower] : [lower, upper];
    this.applyLim(name, lo, hi, null);
  }

  /** Stores view limits on this Axes and its siblings; `auto` true/false turns autoscaling on/off, null leaves it. */
  protected applyLim(name: Xy, lo: number, hi: number, auto: boolean | null): void {
    for (const ax of this.shared[name]) {
      if (name === 'x') ax.viewLim.setIntervalx(lo, hi);
      else ax.viewLim.setIntervaly(lo, hi);
      if (auto !== null) ax.autoscaleOn[name] = auto;
      ax.changed();
    }
  }

  /** The validated limits for `setXlim`/`setYlim` (matplotlib's `_validate_converted_limits` and log checks). */
  protected checkLim(call: string, name: Xy, lo: number | null, hi: number | null): [number, number] {
    const cur = name === 'x' ? this.viewLimX() : this.viewLimY();
    let a = lo === null ? cur[0] : checkFinite(call, name === 'x' ? 'left' : 'bottom', lo);
    let b = hi === null ? cur[1] : checkFinite(call, name === 'x' ? 'right' : 'top', hi);
    const axis = name === 'x' ? this.xaxis : this.yaxis;
    if (axis.getScale() === 'log') {
      // matplotlib warns and ignores a non-positive limit on a log axis.
      if (a <= 0) a = cur[0];
      if (b <= 0) b = cur[1];
    }
    if (a === b) [a, b] = axis.getMajorLocator().nonsingular(a, b);
    return [a, b];
  }

  setLim(name: Xy, lo: number | null, hi: number | null, auto: boolean | null = false): [number, number] {
    const [a, b] = this.checkLim(`set${name.toUpperCase()}lim`, name, lo, hi);
    for (const ax of this.shared[name]) {
      ax.viewLimSet[name] = true;
      ax.staleViewLim[name] = false;
    }
    this.applyLim(name, a, b, auto);
    return [a, b];
  }

  setAutoscaleOn(name: Xy | 'both', on: boolean): void {
    if (name !== 'y') this.autoscaleOn.x = on;
    if (name !== 'x') this.autoscaleOn.y = on;
    if (on) this.requestAutoscaleView(name);
  }

  /** Sets the autoscaling margins as fractions of the data range. */
  setMargins(x?: number, y?: number): void {
    if (x !== undefined) this.margin.x = checkFinite('margins', 'x', x, { min: -0.5 });
    if (y !== undefined) this.margin.y = checkFinite('margins', 'y', y, { min: -0.5 });
    this.requestAutoscaleView();
  }
  getMargins(): [number, number] {
    return [this.margin.x, this.margin.y];
  }

  /** Changes an axis's scale, keeping transData's identity (matplotlib's `_set_scale` + `_update_transScale`). */
  setScale(name: Xy, scale: string, options: Record<string, unknown> = {}): void {
    for (const ax of this.shared[name]) {
      ax.getAxis(name).setScale(scale, options);
      ax.transScale.set(new BlendedTransform(ax.xaxis.getScaleTransform(), ax.yaxis.getScaleTransform()));
      ax.requestAutoscaleView(name);
    }
  }

  // ---- drawing ----
  /**
   * Title positions: lifted above the y-axis offset text when they would overlap, and all three
   * kept at the same height (matplotlib's `_update_title_position` for axes without top ticks).
   */
  protected updateTitlePosition(renderer: Renderer): void {
    const titles = [this.title, this.leftTitle, this.rightTitle];
    const y0 = rcParams.get('axes.titley') ?? 1;
    let top = this.bbox.ymax;
    const off = this.yaxis.offsetText;
    for (const t of titles) t.setPosition(t.getPosition()[0], y0);
    if (off.getText() && this.axisOn) {
      const ob = off.getWindowExtent(renderer);
      const hit = titles.some((t) => {
        const tb = t.getText() ? t.getWindowExtent(renderer) : null;
        return ob && tb && ob.overlaps(tb);
      });
      if (ob && hit) top = ob.ymax;
    }
    let ymax = y0;
    for (const t of titles) {
      const ext = t.getText() ? t.getWindowExtent(renderer) : null;
      if (ext && ext.ymin < top) ymax = Math.max(ymax, this.transAxes.inverted().transformPoint(0, top)[1]);
    }
    for (const t of titles) t.setPosition(t.getPosition()[0], ymax);
  }

  /** The artists drawn by `draw`, in order (matplotlib's `get_children` then the zorder sort). */
  protected drawList(): Artist[] {
    const list: Artist[] = [...this.children.filter((c) => !c.getAnimated())];
    if (this.axisOn && this.frameOn) list.push(...Object.values(this.spines));
    if (this.axisOn) list.push(this.xaxis, this.yaxis);
    list.push(this.title, this.leftTitle, this.rightTitle);
    if (this.legend_) list.push(this.legend_);
    return sortByZorder(list);
  }

  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    this.unstaleViewLim();
    renderer.openGroup('axes', this._gid ?? undefined);
    if (this.frameOn) this.patch.draw(renderer);
    const list = this.drawList();
    // Axis offset texts decide the title position, so lay the axes out before the titles draw.
    if (this.axisOn) this.yaxis.getTightbbox(renderer);
    this.updateTitlePosition(renderer);
    for (const a of list) a.draw(renderer);
    renderer.closeGroup('axes');
    this.stale = false;
  }

  /** The box around everything this Axes draws (for tight layout and bbox_inches='tight'). */
  getTightbbox(renderer: Renderer): Bbox {
    this.unstaleViewLim();
    const boxes: (Bbox | null)[] = [this.bbox.frozen()];
    if (this.axisOn) boxes.push(this.xaxis.getTightbbox(renderer), this.yaxis.getTightbbox(renderer));
    this.updateTitlePosition(renderer);
    for (const t of [this.title, this.leftTitle, this.rightTitle])
      if (t.getText()) boxes.push(t.getWindowExtent(renderer));
    if (this.legend_) boxes.push(this.legend_.getWindowExtent(renderer));
    for (const c of this.children)
      if (c instanceof Text && c.getText()) boxes.push(c.getWindowExtent(renderer));
    return Bbox.union(boxes.filter((b): b is Bbox => b !== null && !b.isNull()));
  }

  override getWindowExtent(): Bbox {
    return this.bbox.frozen();
  }

  /** Throws when an operation needs a figure this Axes was removed from. */
  protected assertAlive(call: string): void {
    if (!this.figure) throw new TsplotlibError(call, 'this Axes has been removed from its figure');
  }
}

/** numpy's searchsorted (left): the first index whose value is >= v. */
function searchsorted(sorted: number[], v: number): number {
  let lo = 0, hi = sorted.length; // prettier-ignore
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
