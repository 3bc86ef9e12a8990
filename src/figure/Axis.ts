/**
 * Axis: the ticks, tick labels, grid lines, axis label and offset text of one side of an Axes
 * (matplotlib's `axis.XAxis` / `axis.YAxis`). Ticks come from the scale's locators and formatters;
 * tick marks are stamped as markers in one call, grid lines drawn as one path.
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkFinite } from '../core/errors.js';
import { dashPattern, type LineStyleSpec } from '../core/linestyles.js';
import { MarkerStyle } from '../core/markers.js';
import { Path, PathCode } from '../core/Path.js';
import { rcParams } from '../core/rcParams.js';
import { drawMarkers, makeStyle, type Renderer } from '../core/renderer.js';
import { createScale, type DefaultLocators, type Scale } from '../core/scale.js';
import type { Formatter, Locator, TickAxis } from '../core/ticker/index.js';
import { NullLocator, ticksInView } from '../core/ticker/index.js';
import {
  BlendedTransform,
  IdentityTransform,
  ScaledTranslation,
  type Transform,
} from '../core/transforms.js';
import { Artist } from './Artist.js';
import type { AxesBase } from './AxesBase.js';
import { resolveFontSize } from './fontProps.js';
import { markerSnap } from './Line2D.js';
import { Text, type TextOptions } from './Text.js';

export type TickDirection = 'in' | 'out' | 'inout';

/** Tick appearance for one of the major/minor sets (matplotlib's tick_params keys). */
export interface TickStyle {
  size: number;
  width: number;
  pad: number;
  color: ColorSpec;
  labelsize: number;
  labelcolor: ColorSpec;
  direction: TickDirection;
  /** Ticks on the bottom/left (1) and top/right (2) sides; labels likewise. */
  tick1On: boolean;
  tick2On: boolean;
  label1On: boolean;
  label2On: boolean;
  labelrotation: number;
  gridOn: boolean;
}

/** Grid line appearance. */
export interface GridStyle {
  color: ColorSpec;
  linestyle: LineStyleSpec;
  linewidth: number;
  alpha: number;
}

interface TickSet {
  locator: Locator;
  formatter: Formatter;
  style: TickStyle;
  /** Extra text properties for the labels (from setXticklabels). */
  labelProps: TextOptions;
  /** Label artists reused between draws. */
  labels1: Text[];
  labels2: Text[];
}

/** The ticks of one draw: positions and the label artists that were laid out for them. */
interface DrawnTicks {
  major: number[];
  minor: number[];
  labels: Text[];
}

const OFFSET_TEXT_PAD = 3;

export abstract class Axis extends Artist implements TickAxis {
  static override defaultZorder = 1.5;
  /** 'x' or 'y' (a getter, so the base constructor can already read it). */
  abstract get axisName(): 'x' | 'y';
  protected scale: Scale;
  readonly major: TickSet;
  readonly minor: TickSet;
  readonly label: Text;
  readonly offsetText: Text;
  labelpad: number;
  gridStyle: GridStyle;
  /** Whether the label's position follows the tick labels (false once the user places it). */
  autoLabelPosition = true;
  private lastDrawn: DrawnTicks | null = null;

  constructor(readonly axes: AxesBase) {
    super();
    this.scale = createScale('linear', {}, 'Axis');
    const prefix = this.rcPrefix();
    this.major = this.makeTickSet('major');
    this.minor = this.makeTickSet('minor');
    this.labelpad = rcParams.get('axes.labelpad');
    this.label = new Text(0, 0, '', {
      fontsize: rcParams.get('axes.labelsize'),
      fontweight: rcParams.get('axes.labelweight'),
      color: rcParams.get('axes.labelcolor'),
    });
    this.offsetText = new Text(0, 0, '', { fontsize: rcParams.get(`${prefix}.labelsize`) });
    this.gridStyle = {
      color: rcParams.get('grid.color'),
      linestyle: rcParams.get('grid.linestyle'),
      linewidth: rcParams.get('grid.linewidth'),
      alpha: rcParams.get('grid.alpha'),
    };
    this.setScale('linear');
  }

  protected abstract rcPrefix(): 'xtick' | 'ytick';
  /** The transform placing ticks: data along this axis, axes fraction across it. */
  abstract tickTransform(): Transform;
  protected abstract tickMarkers(dir: TickDirection): [number, number];
  protected abstract placeLabels(renderer: Renderer, labelBoxes: Bbox[]): void;
  abstract getTickSpace(): number;
  abstract getViewInterval(): [number, number];
  abstract getDataInterval(): [number, number];
  abstract getMinpos(): number;

  private makeTickSet(which: 'major' | 'minor'): TickSet {
    const p = this.rcPrefix();
    const side1 = p === 'xtick' ? 'bottom' : 'left';
    const side2 = p === 'xtick' ? 'top' : 'right';
    const major = which === 'major';
    const on = (side: string) =>
      rcParams.get(`${p}.${side}` as 'xtick.bottom') &&
      rcParams.get(`${p}.${which}.${side}` as 'xtick.major.bottom');
    const style: TickStyle = {
      size: rcParams.get(`${p}.${which}.size` as 'xtick.major.size'),
      width: rcParams.get(`${p}.${which}.width` as 'xtick.major.width'),
      pad: rcParams.get(`${p}.${which}.pad` as 'xtick.major.pad'),
      color: rcParams.get(`${p}.color`),
      labelsize: resolveFontSize('Axis', rcParams.get(`${p}.labelsize`)),
      labelcolor: inheritColor(rcParams.get(`${p}.labelcolor`), rcParams.get(`${p}.color`)),
      direction: rcParams.get(`${p}.direction`) as TickDirection,
      tick1On: on(side1),
      tick2On: on(side2),
      label1On: rcParams.get(`${p}.label${side1}` as 'xtick.labelbottom'),
      label2On: rcParams.get(`${p}.label${side2}` as 'xtick.labeltop'),
      labelrotation: 0,
      gridOn:
        rcParams.get('axes.grid') &&
        (rcParams.get('axes.grid.which') === 'both' || rcParams.get('axes.grid.which') === which),
    };
    const placeholder = createScale('linear', {}, 'Axis').defaultLocators();
    return {
      locator: major ? placeholder.majorLocator : placeholder.minorLocator,
      formatter: major ? placeholder.majorFormatter : placeholder.minorFormatter,
      style,
      labelProps: {},
      labels1: [],
      labels2: [],
    };
  }

  // ---- scale, locators, formatters ----
  getScale(): string {
    return this.scale.name;
  }
  getScaleObject(): Scale {
    return this.scale;
  }
  /** Sets the scale and its default locators and formatters (matplotlib's `_set_scale`). */
  setScale(name: string, options: Record<string, unknown> = {}): void {
    this.scale = createScale(name, options, `set${this.axisName.toUpperCase()}scale`);
    const d = this.defaultLocators();
    this.setMajorLocator(d.majorLocator);
    this.setMajorFormatter(d.majorFormatter);
    this.setMinorLocator(d.minorLocator);
    this.setMinorFormatter(d.minorFormatter);
    this.changed();
  }

  /** The scale's default tickers, configured from the live rc values (matplotlib reads them at creation). */
  private defaultLocators(): DefaultLocators {
    const d = this.scale.defaultLocators({
      minorVisible: rcParams.get(`${this.rcPrefix()}.minor.visible`),
      useOffset: rcParams.get('axes.formatter.useoffset'),
      useMathText: rcParams.get('axes.formatter.use_mathtext'),
      offsetThreshold: rcParams.get('axes.formatter.offset_threshold'),
      powerlimits: rcParams.get('axes.formatter.limits'),
      minExponent: rcParams.get('axes.formatter.min_exponent'),
      unicodeMinus: rcParams.get('axes.unicode_minus'),
      classic: rcParams.get('_internal.classic_mode'),
    });
    const mode = rcParams.get('axes.autolimit_mode');
    for (const l of [d.majorLocator, d.minorLocator]) l.autolimitMode = mode;
    return d;
  }
  /** The scale's transform (data → scaled space). */
  getScaleTransform(): Transform {
    return this.scale.getTransform();
  }
  setMajorLocator(l: Locator): void {
    l.setAxis(this);
    this.major.locator = l;
    this.changed();
  }
  setMinorLocator(l: Locator): void {
    l.setAxis(this);
    this.minor.locator = l;
    this.changed();
  }
  setMajorFormatter(f: Formatter): void {
    f.setAxis(this);
    this.major.formatter = f;
    this.changed();
  }
  setMinorFormatter(f: Formatter): void {
    f.setAxis(this);
    this.minor.formatter = f;
    this.changed();
  }
  getMajorLocator(): Locator {
    return this.major.locator;
  }
  getMinorLocator(): Locator {
    return this.minor.locator;
  }
  getMajorFormatter(): Formatter {
    return this.major.formatter;
  }
  getMinorFormatter(): Formatter {
    return this.minor.formatter;
  }

  /** Tick locations from the major locator (including one beyond each end of the view, as matplotlib). */
  getMajorticklocs(): number[] {
    return this.major.locator.call();
  }
  /** Minor tick locations, without those that coincide with a major tick. */
  getMinorticklocs(): number[] {
    const minor = this.minor.locator.call();
    if (minor.length === 0) return minor;
    const major = this.getMajorticklocs();
    const t = this.scale.getTransform();
    const tmajor = major.map((m) => t.transformPoint(m, m)[0]);
    const tminor = minor.map((m) => t.transformPoint(m, m)[0]);
    const [lo, hi] = this.getViewInterval().map((v) => t.transformPoint(v, v)[0]) as [number, number];
    const tol = (hi - lo) * 1e-5;
    return minor.filter((_, i) => !tmajor.some((M) => Math.abs(M - tminor[i]!) <= Math.abs(tol)));
  }

  /** The visible major tick locations (what is drawn). */
  getTicklocs(minor = false): number[] {
    const locs = minor ? this.getMinorticklocs() : this.getMajorticklocs();
    const [v0, v1] = this.getViewInterval();
    return ticksInView(locs, v0, v1, this.scale.getTransform());
  }

  /** Applies `tickParams` options to the major and/or minor tick sets. */
  setTickParams(which: 'major' | 'minor' | 'both', o: Partial<TickStyle>): void {
    for (const set of which === 'both' ? [this.major, this.minor] : [this[which]])
      Object.assign(set.style, o);
    this.changed();
  }

  /** Text properties (rotation, fontsize, ha, …) applied to every tick label of a set. */
  setLabelProps(which: 'major' | 'minor', props: TextOptions): void {
    this[which].labelProps = { ...props };
    this.changed();
  }

  /** The labels of the visible major ticks, formatted now. */
  visibleTickLabels(): string[] {
    const locs = this.getMajorticklocs();
    const texts = locs.length ? this.major.formatter.formatTicks(locs) : [];
    const [v0, v1] = this.getViewInterval();
    const inView = new Set(ticksInView(locs, v0, v1, this.scale.getTransform()));
    return texts.filter((_, i) => inView.has(locs[i]!));
  }

  /** Shows minor ticks (AutoMinorLocator on linear axes) or hides them. */
  showMinorTicks(on: boolean): void {
    const d = this.defaultLocators();
    this.setMinorLocator(
      on
        ? this.scale.name === 'linear'
          ? (d.autoMinorLocator ?? d.minorLocator)
          : d.minorLocator
        : new NullLocator(),
    );
  }

  /** A tick label size in points from a number or a named size. */
  resolveLabelSize(size: number | string): number {
    return resolveFontSize('tickParams', size);
  }

  /** Turns the grid on or off and styles it (matplotlib's `Axis.grid`). */
  grid(visible: boolean | null, which: 'major' | 'minor' | 'both', props: Partial<GridStyle>): void {
    for (const set of which === 'both' ? [this.major, this.minor] : [this[which]]) {
      set.style.gridOn = visible ?? (Object.keys(props).length > 0 ? true : !set.style.gridOn);
    }
    Object.assign(this.gridStyle, props);
    this.changed();
  }

  /** The label text's properties, as `setXlabel` takes them. */
  setLabelText(text: string, props: ConstructorParameters<typeof Text>[3] = {}, labelpad?: number): void {
    this.label.setText(text);
    if (Object.keys(props).length) this.label.set(props as Record<string, unknown>);
    if (labelpad !== undefined) this.labelpad = checkFinite('setLabel', 'labelpad', labelpad);
    this.changed();
  }

  // ---- drawing ----
  /** Computes ticks and lays out their labels; reused by draw and by tight bounding boxes. */
  private layoutTicks(renderer: Renderer): DrawnTicks {
    const labels: Text[] = [];
    const major = this.setupTicks(this.major, this.getMajorticklocs(), labels);
    const minor = this.setupTicks(this.minor, this.getMinorticklocs(), labels);
    void renderer;
    return { major, minor, labels };
  }

  /** Formats `locs`, keeps the visible ones and positions their label artists. */
  private setupTicks(set: TickSet, locs: number[], labels: Text[]): number[] {
    const texts = locs.length ? set.formatter.formatTicks(locs) : [];
    const [v0, v1] = this.getViewInterval();
    const t = this.scale.getTransform();
    const visible: number[] = [];
    const visibleTexts: string[] = [];
    const inView = new Set(ticksInView(locs, v0, v1, t));
    locs.forEach((loc, i) => {
      if (inView.has(loc)) {
        visible.push(loc);
        visibleTexts.push(texts[i] ?? '');
      }
    });
    const s = set.style;
    const padPts = s.pad + s.size * { out: 1, in: 0, inout: 0.5 }[s.direction];
    if (s.label1On) this.fillLabels(set.labels1, visible, visibleTexts, 1, padPts, s, labels, set.labelProps);
    if (s.label2On) this.fillLabels(set.labels2, visible, visibleTexts, 2, padPts, s, labels, set.labelProps);
    return visible;
  }

  private fillLabels(
    pool: Text[],
    locs: number[],
    texts: string[],
    side: 1 | 2,
    padPts: number,
    s: TickStyle,
    out: Text[],
    props: TextOptions,
  ): void {
    while (pool.length < locs.length) pool.push(this.makeTickLabel(side));
    const transform = this.labelTransform(side, padPts);
    locs.forEach((loc, i) => {
      const t = pool[i]!;
      t.setTransform(transform);
      if (this.axisName === 'x') t.setPosition(loc, side === 1 ? 0 : 1);
      else t.setPosition(side === 1 ? 0 : 1, loc);
      t.setText(texts[i]!);
      t.setFont({ fontsize: s.labelsize });
      t.setColor(s.labelcolor);
      if (t.getRotation() !== s.labelrotation) t.setRotation(s.labelrotation);
      if (Object.keys(props).length) t.set(props as Record<string, unknown>);
      t.parent = null;
      out.push(t);
    });
  }

  protected abstract makeTickLabel(side: 1 | 2): Text;

  /** The tick transform shifted outward by `padPts` points (matplotlib's get_xaxis_text1_transform). */
  private labelTransform(side: 1 | 2, padPts: number): Transform {
    const sign = side === 1 ? -1 : 1;
    const dpiScale = this.axes.figureDpiScale();
    const [dx, dy] = this.axisName === 'x' ? [0, (sign * padPts) / 72] : [(sign * padPts) / 72, 0];
    return this.sideTransform(side).plus(new ScaledTranslation(dx, dy, dpiScale));
  }

  /**
   * Where the ticks of side 1 (bottom/left) or 2 (top/right) sit: on that side's spine, wherever it
   * was moved (matplotlib's `get_xaxis_transform(which='tick1')`).
   */
  protected sideTransform(side: 1 | 2): Transform {
    return this.axes.spines[this.sideName(side)].getSpineTransform();
  }
  protected sideName(side: 1 | 2): 'left' | 'right' | 'top' | 'bottom' {
    if (this.axisName === 'x') return side === 1 ? 'bottom' : 'top';
    return side === 1 ? 'left' : 'right';
  }

  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    renderer.openGroup(`${this.axisName}axis`, this._gid ?? undefined);
    const drawn = this.layoutTicks(renderer);
    this.lastDrawn = drawn;
    this.drawGrid(renderer, drawn.major, this.major.style);
    this.drawGrid(renderer, drawn.minor, this.minor.style);
    this.drawTickMarks(renderer, drawn.major, this.major.style);
    this.drawTickMarks(renderer, drawn.minor, this.minor.style);
    for (const t of drawn.labels) t.draw(renderer);
    const boxes = drawn.labels.map((t) => t.getWindowExtent(renderer)).filter((b): b is Bbox => b !== null);
    this.offsetText.setText(this.major.formatter.getOffset());
    this.placeLabels(renderer, boxes);
    this.label.draw(renderer);
    this.offsetText.draw(renderer);
    renderer.closeGroup(`${this.axisName}axis`);
    this.stale = false;
  }

  private drawGrid(renderer: Renderer, locs: number[], s: TickStyle): void {
    if (!s.gridOn || locs.length === 0) return;
    const g = this.gridStyle;
    const t = this.tickTransform();
    const v = new Float64Array(locs.length * 4);
    const codes = new Uint8Array(locs.length * 2);
    locs.forEach((loc, i) => {
      const pts = this.axisName === 'x' ? [loc, 0, loc, 1] : [0, loc, 1, loc];
      v.set(pts, 4 * i);
      codes[2 * i] = PathCode.MOVETO;
      codes[2 * i + 1] = PathCode.LINETO;
    });
    const path = new Path(t.isAffine ? v : t.transformNonAffine(v), codes);
    const dashes = dashPattern(g.linestyle, g.linewidth);
    const clip = this.axes.bbox;
    renderer.pushClip({ kind: 'rect', x: clip.xmin, y: clip.ymin, width: clip.width, height: clip.height });
    renderer.drawPath(
      path,
      t.getAffine(),
      makeStyle({
        stroke: toRgba(g.color, g.alpha),
        lineWidth: renderer.pointsToPixels(g.linewidth),
        dashes: dashes && {
          offset: renderer.pointsToPixels(dashes.offset),
          pattern: dashes.pattern.map((d) => renderer.pointsToPixels(d)),
        },
        capStyle: dashes ? rcParams.get('lines.dash_capstyle') : rcParams.get('lines.solid_capstyle'),
        joinStyle: 'round',
      }),
    );
    renderer.popClip();
  }

  private drawTickMarks(renderer: Renderer, locs: number[], s: TickStyle): void {
    if (locs.length === 0 || s.size <= 0) return;
    const [m1, m2] = this.tickMarkers(s.direction);
    const style = makeStyle({
      stroke: toRgba(s.color),
      lineWidth: renderer.pointsToPixels(s.width),
      capStyle: 'butt',
      joinStyle: 'miter',
    });
    const sizePx = renderer.pointsToPixels(s.size);
    const scale = Affine.scaling(sizePx);
    for (const [on, marker, across, side] of [
      [s.tick1On, m1, 0, 1],
      [s.tick2On, m2, 1, 2],
    ] as const) {
      if (!on) continue;
      const t = this.sideTransform(side);
      const flat = new Float64Array(locs.length * 2);
      locs.forEach((loc, i) => flat.set(this.axisName === 'x' ? [loc, across] : [across, loc], 2 * i));
      const ms = new MarkerStyle(marker);
      const snapped = { ...style, snap: markerSnap(ms, sizePx) };
      drawMarkers(renderer, ms.path, ms.transform.then(scale), t.transformFlat(flat), snapped);
    }
  }

  /** The union of what the axis drew (tick labels, label, offset text), for tight layout. */
  getTightbbox(renderer: Renderer): Bbox | null {
    if (!this._visible) return null;
    const drawn = this.lastDrawn ?? this.layoutTicks(renderer);
    const boxes = drawn.labels.map((t) => t.getWindowExtent(renderer));
    this.placeLabels(
      renderer,
      boxes.filter((b): b is Bbox => b !== null),
    );
    for (const t of [this.label, this.offsetText]) if (t.getText()) boxes.push(t.getWindowExtent(renderer));
    const real = boxes.filter((b): b is Bbox => b !== null && b.width !== 0 && b.height !== 0);
    return real.length ? Bbox.union(real) : null;
  }

  /**
   * The side-1 spine line and its outward ticks, which axis labels must clear (matplotlib's
   * Spine.get_window_extent); the spine is wherever it was moved, visible or not.
   */
  protected spineExtent(renderer: Renderer): Bbox {
    const b = this.axes.bbox;
    const s = this.major.style;
    const out = s.tick1On ? renderer.pointsToPixels(s.size * { out: 1, in: 0, inout: 0.5 }[s.direction]) : 0;
    const t = this.sideTransform(1);
    if (this.axisName === 'x') {
      const y = t.transformPoint(this.getViewInterval()[0], 0)[1];
      return new Bbox(b.xmin, y - out, b.xmax, y);
    }
    const x = t.transformPoint(0, this.getViewInterval()[0])[0];
    return new Bbox(x - out, b.ymin, x, b.ymax);
  }

  static readonly OFFSET_TEXT_PAD = OFFSET_TEXT_PAD;
}

function inheritColor(c: ColorSpec, fallback: ColorSpec): ColorSpec {
  return c === 'inherit' ? fallback : c;
}

export class XAxis extends Axis {
  get axisName(): 'x' {
    return 'x';
  }
  constructor(axes: AxesBase) {
    super(axes);
    this.label.setTransform(new BlendedTransform(axes.transAxes, new IdentityTransform()));
    this.label.set({ verticalalignment: 'top', horizontalalignment: 'center' });
    this.offsetText.setTransform(new BlendedTransform(axes.transAxes, new IdentityTransform()));
    this.offsetText.set({ verticalalignment: 'top', horizontalalignment: 'right' });
  }
  protected rcPrefix(): 'xtick' {
    return 'xtick';
  }
  tickTransform(): Transform {
    return this.axes.getXaxisTransform();
  }
  protected tickMarkers(dir: TickDirection): [number, number] {
    // TICKDOWN = 3, TICKUP = 2; '|' for inout.
    return dir === 'out' ? [3, 2] : dir === 'in' ? [2, 3] : [11, 11];
  }
  protected makeTickLabel(side: 1 | 2): Text {
    return new Text(0, 0, '', { ha: 'center', va: side === 1 ? 'top' : 'bottom' });
  }
  getTickSpace(): number {
    const lengthPts = (this.axes.bbox.width / this.axes.figureDpi()) * 72;
    const size = this.major.style.labelsize * 3;
    return size > 0 ? Math.floor(lengthPts / size) : 2 ** 31 - 1;
  }
  getViewInterval(): [number, number] {
    return this.axes.viewLimX();
  }
  getDataInterval(): [number, number] {
    return this.axes.dataLim.intervalx;
  }
  getMinpos(): number {
    return this.axes.minpos.x;
  }
  protected placeLabels(renderer: Renderer, boxes: Bbox[]): void {
    const bbox = Bbox.union([...boxes, this.spineExtent(renderer)]);
    const dpi = renderer.dpi;
    if (this.autoLabelPosition) this.label.setPosition(0.5, bbox.y0 - (this.labelpad * dpi) / 72);
    const bottom = boxes.length ? Bbox.union(boxes).y0 : this.axes.bbox.ymin;
    this.offsetText.setPosition(1, bottom - (OFFSET_TEXT_PAD * dpi) / 72);
  }
}

export class YAxis extends Axis {
  get axisName(): 'y' {
    return 'y';
  }
  constructor(axes: AxesBase) {
    super(axes);
    this.label.setTransform(new BlendedTransform(new IdentityTransform(), axes.transAxes));
    this.label.set({
      verticalalignment: 'bottom',
      horizontalalignment: 'center',
      rotation: 90,
      rotationMode: 'anchor',
    });
    this.offsetText.setTransform(new BlendedTransform(axes.transAxes, new IdentityTransform()));
    this.offsetText.set({ verticalalignment: 'baseline', horizontalalignment: 'left' });
  }
  protected rcPrefix(): 'ytick' {
    return 'ytick';
  }
  tickTransform(): Transform {
    return this.axes.getYaxisTransform();
  }
  protected tickMarkers(dir: TickDirection): [number, number] {
    // TICKLEFT = 0, TICKRIGHT = 1; '_' for inout.
    return dir === 'out' ? [0, 1] : dir === 'in' ? [1, 0] : [10, 10];
  }
  protected makeTickLabel(side: 1 | 2): Text {
    return new Text(0, 0, '', { ha: side === 1 ? 'right' : 'left', va: 'center_baseline' });
  }
  getTickSpace(): number {
    const lengthPts = (this.axes.bbox.height / this.axes.figureDpi()) * 72;
    const size = this.major.style.labelsize * 2;
    return size > 0 ? Math.floor(lengthPts / size) : 2 ** 31 - 1;
  }
  getViewInterval(): [number, number] {
    return this.axes.viewLimY();
  }
  getDataInterval(): [number, number] {
    return this.axes.dataLim.intervaly;
  }
  getMinpos(): number {
    return this.axes.minpos.y;
  }
  protected placeLabels(renderer: Renderer, boxes: Bbox[]): void {
    const bbox = Bbox.union([...boxes, this.spineExtent(renderer)]);
    const dpi = renderer.dpi;
    if (this.autoLabelPosition) this.label.setPosition(bbox.x0 - (this.labelpad * dpi) / 72, 0.5);
    this.offsetText.setPosition(0, this.axes.bbox.ymax + (OFFSET_TEXT_PAD * dpi) / 72);
  }
}
