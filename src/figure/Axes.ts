/**
 * Axes: the plotting surface users call (matplotlib's `axes.Axes`): `plot`, `scatter`, `text`,
 * `legend`, titles and labels, limits, scales, ticks and grid, on top of {@link AxesBase}.
 */
import { isColorLike, toRgbaArray, type ColorSpec } from '../core/colors.js';
import { checkChoice, checkOptionKeys, describeValue, invalid, TsplotlibError } from '../core/errors.js';
import { parseFmt } from '../core/fmt.js';
import { MarkerStyle, type MarkerSpec } from '../core/markers.js';
import { rcParams, type Cycler } from '../core/rcParams.js';
import { FixedFormatter, FixedLocator } from '../core/ticker/index.js';
import { IdentityTransform, ScaledTranslation } from '../core/transforms.js';
import { ARTIST_OPTION_KEYS, type Artist } from './Artist.js';
import { AxesBase, type AxesParent } from './AxesBase.js';
import { PathCollection, type CollectionOptions } from './collections.js';
import { arange, isArrayData, toFloat64, type ArrayLikeNumbers } from './data.js';
import type { GridStyle, TickDirection, TickStyle } from './Axis.js';
import type { SubplotSpec } from './GridSpec.js';
import { Legend, parseLegendArgs } from './Legend.js';
import { LINE2D_OPTION_KEYS, Line2D, type Line2DOptions } from './Line2D.js';
import { Text, type TextOptions } from './Text.js';
import type { Bbox } from '../core/Bbox.js';

/** Options accepted when an Axes is created (`addSubplot`, `subplots({ subplotKw })`). */
export interface AxesOptions {
  facecolor?: ColorSpec;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  xlim?: readonly [number, number];
  ylim?: readonly [number, number];
  xscale?: string;
  yscale?: string;
  frameon?: boolean;
  label?: string;
}

export const AXES_OPTION_KEYS = [
  'facecolor',
  'title',
  'xlabel',
  'ylabel',
  'xlim',
  'ylim',
  'xscale',
  'yscale',
  'frameon',
  'label',
];

/** One argument of `plot`: data, a fmt string, or (last) the options object. */
export type PlotArg = ArrayLikeNumbers | string | Line2DOptions;

export interface ScatterOptions extends Omit<
  CollectionOptions,
  'offsets' | 'offsetTransform' | 'facecolors' | 'edgecolors'
> {
  /** Marker area in points², one value or one per point (default rc `lines.markersize`²). */
  s?: number | ArrayLikeNumbers;
  /** Colors: one color, one per point, or numbers mapped through `cmap`. */
  c?: ColorSpec | readonly ColorSpec[] | ArrayLikeNumbers;
  color?: ColorSpec | readonly ColorSpec[];
  marker?: MarkerSpec;
  facecolors?: ColorSpec | readonly ColorSpec[];
  facecolor?: ColorSpec | readonly ColorSpec[];
  edgecolors?: ColorSpec | readonly ColorSpec[] | 'face';
  edgecolor?: ColorSpec | readonly ColorSpec[] | 'face';
  /** Keep points with a non-finite `c` (drawn in the colormap's bad color). */
  plotnonfinite?: boolean;
}

const SCATTER_KEYS = [
  ...ARTIST_OPTION_KEYS, 'cmap', 'norm', 'vmin', 'vmax',
  'linewidths', 'linestyles', 'antialiased', 'hatch', 'capstyle', 'joinstyle', 'transform',
  's', 'c', 'color', 'marker', 'facecolors', 'facecolor', 'edgecolors', 'edgecolor', 'plotnonfinite',
]; // prettier-ignore

/** Options of `tickParams`, matplotlib's `tick_params` keywords. */
export interface TickParamsOptions {
  axis?: 'x' | 'y' | 'both';
  which?: 'major' | 'minor' | 'both';
  direction?: TickDirection;
  length?: number;
  width?: number;
  color?: ColorSpec;
  pad?: number;
  labelsize?: number | string;
  labelcolor?: ColorSpec;
  /** Tick and label color together. */
  colors?: ColorSpec;
  bottom?: boolean;
  top?: boolean;
  left?: boolean;
  right?: boolean;
  labelbottom?: boolean;
  labeltop?: boolean;
  labelleft?: boolean;
  labelright?: boolean;
  labelrotation?: number;
  gridOn?: boolean;
}

type Xy = 'x' | 'y';

export class Axes extends AxesBase {
  /** Where this Axes sits on its figure's grid, when it was made by addSubplot/subplots. */
  subplotspec: SubplotSpec | null = null;
  private lineCycle = 0;
  private patchCycle = 0;

  constructor(figure: AxesParent, position: Bbox, o: AxesOptions = {}) {
    super(figure, position);
    checkOptionKeys('addSubplot', o, AXES_OPTION_KEYS);
    if (o.facecolor !== undefined) this.patch.setFacecolor(o.facecolor);
    if (o.frameon !== undefined) this.frameOn = o.frameon;
    if (o.label !== undefined) this.setLabel(o.label);
    const { facecolor: _f, frameon: _o, label: _l, ...rest } = o;
    this.set(rest as Record<string, unknown>);
  }

  /**
   * Draws one artist now with the canvas's last renderer, without redrawing the figure (matplotlib's
   * `draw_artist`): the building block of blitting, with `copyFromBbox`/`restoreRegion`/`blit`.
   */
  drawArtist(a: Artist): void {
    a.draw(this.figure.canvas.getRenderer());
  }

  // ---- the property cycle ----
  private static cycleEntry(cycle: Cycler, i: number): Record<string, unknown> {
    const entry: Record<string, unknown> = {};
    for (const [k, list] of Object.entries(cycle)) if (list && list.length) entry[k] = list[i % list.length];
    return entry;
  }
  /** The next line properties from `axes.prop_cycle` (only advances when a cycled key is missing). */
  private nextLineProps(given: Record<string, unknown>): Record<string, unknown> {
    const cycle = rcParams.get('axes.prop_cycle');
    const keys = Object.keys(cycle);
    if (keys.every((k) => given[k] !== undefined)) return {};
    return Axes.cycleEntry(cycle, this.lineCycle++);
  }
  /** The next color for patches and collections (a separate cycle, as in matplotlib). */
  nextPatchColor(): ColorSpec {
    const cycle = rcParams.get('axes.prop_cycle');
    const colors = (cycle.color ?? ['C0']) as readonly ColorSpec[];
    return colors[this.patchCycle++ % colors.length]!;
  }

  // ---- plot ----
  /**
   * Plots y against x as lines and/or markers: `plot(y)`, `plot(x, y)`, `plot(x, y, 'r--o')`,
   * `plot(x1, y1, 'g', x2, y2, 'b:')`, with an options object last:
   * `ax.plot(x, y, '--', { label: 'loss', linewidth: 2 })`. Returns the lines added.
   */
  plot(...args: PlotArg[]): Line2D[] {
    const { groups, options } = splitPlotArgs('plot', args);
    checkOptionKeys('plot', options, LINE2D_OPTION_KEYS);
    const lines: Line2D[] = [];
    for (const g of groups) {
      const fmt =
        g.fmt === undefined
          ? {}
          : parseFmt(g.fmt, {
              isColor: isColorLike,
              call: 'plot',
              defaultLinestyle: rcParams.get('lines.linestyle'),
            });
      const props: Record<string, unknown> = { ...fmt, ...options };
      if (fmt.color !== undefined && (options.color !== undefined || options.c !== undefined)) {
        // matplotlib lets the keyword win over the fmt color, with a warning; we follow it quietly.
        props.color = options.color ?? options.c;
      }
      const given = { ...props, color: props.color ?? props.c };
      const defaults = this.nextLineProps(given);
      const merged = { ...defaults, ...props } as Line2DOptions;
      const line = new Line2D(g.x, g.y, merged, 'plot');
      lines.push(this.addLine(line));
    }
    this.requestAutoscaleView();
    return lines;
  }

  /** Adds a line, updating the data limits (matplotlib's `add_line`). */
  addLine(line: Line2D): Line2D {
    this.addArtist(line);
    if (!line.getLabel()) line.setLabel(`_child${this.children.length - 1}`);
    const ext = line.dataExtents();
    this.updateDatalim(ext.bbox, ext.minposX, ext.minposY);
    this.requestAutoscaleView();
    return line;
  }

  // ---- scatter ----
  /** A scatter plot of y against x with per-point sizes and colors (matplotlib's `scatter`). */
  scatter(x: ArrayLikeNumbers, y: ArrayLikeNumbers, o: ScatterOptions = {}): PathCollection {
    checkOptionKeys('scatter', o, SCATTER_KEYS);
    let fx = toFloat64('scatter', 'x', x);
    let fy = toFloat64('scatter', 'y', y);
    if (fx.length !== fy.length)
      throw new TsplotlibError('scatter', `x and y must be the same size, got ${fx.length} and ${fy.length}`);
    const n = fx.length;
    let sizes =
      o.s === undefined
        ? Float64Array.of(rcParams.get('lines.markersize') ** 2)
        : typeof o.s === 'number'
          ? Float64Array.of(o.s)
          : toFloat64('scatter', 's', o.s);
    if (sizes.length !== 1 && sizes.length !== n)
      throw new TsplotlibError(
        'scatter',
        `s must be a scalar, or the same size as x and y (${n}), got ${sizes.length}`,
      );
    const colors = this.scatterColors(o, n);
    // Points with non-finite coordinates (or a non-finite c, unless plotnonfinite) are dropped.
    const keep = (i: number) =>
      Number.isFinite(fx[i]!) &&
      Number.isFinite(fy[i]!) &&
      (colors.mapped === null || o.plotnonfinite || Number.isFinite(colors.mapped[i]!));
    const idx = Array.from({ length: n }, (_, i) => i).filter(keep);
    if (idx.length !== n) {
      fx = Float64Array.from(idx, (i) => fx[i]!);
      fy = Float64Array.from(idx, (i) => fy[i]!);
      if (sizes.length === n) sizes = Float64Array.from(idx, (i) => sizes[i]!);
      if (colors.mapped) colors.mapped = Float64Array.from(idx, (i) => colors.mapped![i]!);
      if (colors.face && colors.face.length === n) colors.face = idx.map((i) => colors.face![i]!);
    }
    const marker = new MarkerStyle(o.marker ?? rcParams.get('scatter.marker'), undefined, 'scatter');
    const path = marker.path.transformed(marker.transform);
    let face: ColorSpec | readonly ColorSpec[] = colors.face ?? 'C0';
    let edge = colors.edge;
    let lw = o.linewidths;
    if (!marker.filled) {
      if (marker.fillStyle === 'none') [edge, face] = [face, 'none'];
      else edge = 'face';
      lw ??= rcParams.get('lines.linewidth');
    }
    const offsets = new Float64Array(fx.length * 2);
    for (let i = 0; i < fx.length; i++) [offsets[2 * i], offsets[2 * i + 1]] = [fx[i]!, fy[i]!];
    const {
      s: _s,
      c: _c,
      color: _co,
      marker: _m,
      facecolor: _fc,
      facecolors: _fcs,
      edgecolor: _ec,
      edgecolors: _ecs,
      plotnonfinite: _p,
      transform,
      ...rest
    } = o;
    const coll = new PathCollection([path], sizes, {
      ...rest,
      facecolors: face,
      edgecolors: edge ?? 'face',
      linewidths: lw ?? rcParams.get('patch.linewidth'),
      offsets,
      offsetTransform: transform ?? this.transData,
    }, 'scatter'); // prettier-ignore
    if (colors.mapped) coll.setArray(colors.mapped);
    // Marker shapes are in points around each offset; only the offsets go through transData.
    coll.setTransform(new IdentityTransform());
    return this.addCollection(coll);
  }

  /** Adds a collection and grows the data limits to its offsets (matplotlib's `add_collection`). */
  addCollection<T extends PathCollection>(c: T): T {
    this.addArtist(c);
    if (!c.getLabel()) c.setLabel(`_child${this.children.length - 1}`);
    const ext = c.dataExtents();
    if (ext) this.updateDatalim(ext.bbox, ext.minposX, ext.minposY);
    this.requestAutoscaleView();
    return c;
  }

  /** matplotlib's `_parse_scatter_color_args`: face colors, edge colors, or values to colormap. */
  private scatterColors(
    o: ScatterOptions,
    n: number,
  ): { face: ColorSpec[] | null; edge: CollectionOptions['edgecolors']; mapped: Float64Array | null } {
    const facecolors = o.facecolors ?? o.facecolor;
    let edge = o.edgecolors ?? o.edgecolor;
    if (o.color !== undefined && o.c !== undefined)
      throw new TsplotlibError('scatter', 'give either c or color, not both');
    const face0 = facecolors ?? o.color;
    if (o.color !== undefined) edge ??= o.color;
    edge ??= rcParams.get('scatter.edgecolors') as CollectionOptions['edgecolors'];
    const c = o.c ?? face0 ?? this.nextPatchColor();
    if (
      typeof c === 'string' ||
      (Array.isArray(c) && c.length > 0 && c.every((v) => typeof v === 'string'))
    ) {
      return {
        face: toRgbaArray(c as ColorSpec, null, 'scatter'),
        edge,
        mapped: null,
      };
    }
    // A flat list of n numbers is mapped through the colormap, even when n is 3 or 4 (as matplotlib).
    const flatNumbers =
      ArrayBuffer.isView(c) || (Array.isArray(c) && c.every((v) => typeof v === 'number' || v === null));
    if (flatNumbers && (c as ArrayLike<unknown>).length === n && o.c !== undefined) {
      return { face: null, edge, mapped: toFloat64('scatter', 'c', c) };
    }
    if (isColorLike(c) || (Array.isArray(c) && c.every((v) => isColorLike(v)))) {
      const rgba = toRgbaArray(c as ColorSpec, null, 'scatter');
      if (rgba.length !== 1 && rgba.length !== n) {
        throw new TsplotlibError(
          'scatter',
          `c has ${rgba.length} colors, which is inconsistent with x and y of size ${n}`,
        );
      }
      return { face: rgba, edge, mapped: null };
    }
    throw new TsplotlibError(
      'scatter',
      `c must be a color, a list of colors, or ${n} numbers to colormap; got ${describeValue(c)}`,
    );
  }

  // ---- text ----
  /** Adds text at (x, y) in data coordinates (or `transform`), unclipped as in matplotlib. */
  text(x: number, y: number, s: string | number, o: TextOptions = {}): Text {
    const t = new Text(x, y, s, { clipOn: false, ...o }, 'text');
    return this.addArtist(t, { clip: false });
  }

  // ---- legend ----
  /**
   * Places a legend: `legend()` (labelled artists), `legend(['a', 'b'])`, `legend(handles, labels)`,
   * with options last: `ax.legend({ loc: 'upper left', ncols: 2 })`.
   */
  legend(...args: unknown[]): Legend {
    const { handles, labels, options } = parseLegendArgs(this, args);
    const leg = new Legend(this, handles, labels, options);
    leg.parent = this;
    this.legend_ = leg;
    this.changed();
    return leg;
  }
  getLegend(): Legend | null {
    return this.legend_ as Legend | null;
  }

  // ---- titles and labels ----
  /** Sets a title: `loc` 'center' (default), 'left' or 'right'; `pad` in points above the axes. */
  setTitle(label: string, o: TextOptions & { loc?: 'center' | 'left' | 'right'; pad?: number } = {}): Text {
    const { loc = rcParams.get('axes.titlelocation'), pad, ...props } = o;
    const which = checkChoice('setTitle', 'loc', loc, ['center', 'left', 'right'] as const);
    const t = which === 'center' ? this.title : which === 'left' ? this.leftTitle : this.rightTitle;
    t.setText(label);
    if (Object.keys(props).length) t.set(props as Record<string, unknown>);
    if (pad !== undefined) this.setTitlePad(pad);
    return t;
  }
  getTitle(loc: 'center' | 'left' | 'right' = 'center'): string {
    return (loc === 'center' ? this.title : loc === 'left' ? this.leftTitle : this.rightTitle).getText();
  }
  private setTitlePad(pad: number): void {
    for (const t of [this.title, this.leftTitle, this.rightTitle]) {
      t.setTransform(this.transAxes.plus(new ScaledTranslation(0, pad / 72, this.figureDpiScale())));
    }
  }
  setXlabel(label: string, o: TextOptions & { labelpad?: number } = {}): Text {
    const { labelpad, ...props } = o;
    this.xaxis.setLabelText(label, props, labelpad);
    return this.xaxis.label;
  }
  setYlabel(label: string, o: TextOptions & { labelpad?: number } = {}): Text {
    const { labelpad, ...props } = o;
    this.yaxis.setLabelText(label, props, labelpad);
    return this.yaxis.label;
  }
  getXlabel(): string {
    return this.xaxis.label.getText();
  }
  getYlabel(): string {
    return this.yaxis.label.getText();
  }

  // ---- limits ----
  /** Sets the x limits: `setXlim(0, 10)`, `setXlim([0, 10])`, `setXlim(null, 10)`. Turns x autoscaling off. */
  setXlim(
    left: number | null | readonly [number | null, number | null],
    right?: number | null,
  ): [number, number] {
    const [a, b] = Array.isArray(left) ? left : [left as number | null, right ?? null];
    return this.setLim('x', a, b, false);
  }
  setYlim(
    bottom: number | null | readonly [number | null, number | null],
    top?: number | null,
  ): [number, number] {
    const [a, b] = Array.isArray(bottom) ? bottom : [bottom as number | null, top ?? null];
    return this.setLim('y', a, b, false);
  }
  getXlim(): [number, number] {
    return this.viewLimX();
  }
  getYlim(): [number, number] {
    return this.viewLimY();
  }
  /** Sets the lower and upper bounds keeping the axis's direction (matplotlib's `set_xbound`). */
  setXbound(lower: number | null, upper: number | null): void {
    this.setBoundKeepingDirection('x', lower, upper);
  }
  setYbound(lower: number | null, upper: number | null): void {
    this.setBoundKeepingDirection('y', lower, upper);
  }
  private setBoundKeepingDirection(n: Xy, lower: number | null, upper: number | null): void {
    const [a, b] = n === 'x' ? this.viewLimX() : this.viewLimY();
    const lo = lower ?? Math.min(a, b), hi = upper ?? Math.max(a, b); // prettier-ignore
    if (b < a) this.setLim(n, hi, lo, null);
    else this.setLim(n, lo, hi, null);
  }
  invertXaxis(): void {
    const [a, b] = this.viewLimX();
    this.setLim('x', b, a, null);
  }
  invertYaxis(): void {
    const [a, b] = this.viewLimY();
    this.setLim('y', b, a, null);
  }
  xaxisInverted(): boolean {
    const [a, b] = this.viewLimX();
    return b < a;
  }
  yaxisInverted(): boolean {
    const [a, b] = this.viewLimY();
    return b < a;
  }
  /** Turns autoscaling on or off, optionally tight (matplotlib's `autoscale`). */
  autoscale(enable: boolean | null = true, axis: Xy | 'both' = 'both', tight: boolean | null = null): void {
    if (enable !== null) this.setAutoscaleOn(axis, enable);
    if (tight !== null) this.tight = tight;
    this.requestAutoscaleView(axis);
  }
  /** Sets or gets the autoscaling margins: `margins(0.1)`, `margins(0, 0.2)`, `margins()`. */
  margins(x?: number, y?: number): [number, number] {
    if (x !== undefined) this.setMargins(x, y ?? x);
    return this.getMargins();
  }
  setXmargin(m: number): void {
    this.setMargins(m, undefined);
  }
  setYmargin(m: number): void {
    this.setMargins(undefined, m);
  }

  // ---- scales ----
  /** 'linear', 'log' or 'symlog', with the scale's options (`{ base: 2 }`, `{ linthresh: 1 }`). */
  setXscale(scale: string, options: Record<string, unknown> = {}): void {
    this.setScale('x', scale, options);
  }
  setYscale(scale: string, options: Record<string, unknown> = {}): void {
    this.setScale('y', scale, options);
  }
  getXscale(): string {
    return this.xaxis.getScale();
  }
  getYscale(): string {
    return this.yaxis.getScale();
  }

  // ---- ticks ----
  /** Places ticks at `ticks` (and labels them with `labels` if given); the view grows to include them. */
  setXticks(
    ticks: ArrayLikeNumbers,
    labels?: readonly string[],
    o: { minor?: boolean } & TextOptions = {},
  ): void {
    this.setTicks('x', ticks, labels, o);
  }
  setYticks(
    ticks: ArrayLikeNumbers,
    labels?: readonly string[],
    o: { minor?: boolean } & TextOptions = {},
  ): void {
    this.setTicks('y', ticks, labels, o);
  }
  private setTicks(
    n: Xy,
    ticks: ArrayLikeNumbers,
    labels: readonly string[] | undefined,
    o: { minor?: boolean } & TextOptions,
  ): void {
    const { minor = false, ...props } = o;
    const locs = Array.from(toFloat64(`set${n.toUpperCase()}ticks`, 'ticks', ticks));
    const axis = this.getAxis(n);
    if (minor) axis.setMinorLocator(new FixedLocator(locs));
    else axis.setMajorLocator(new FixedLocator(locs));
    if (labels !== undefined) this.setTicklabels(n, labels, { minor, ...props });
    if (locs.length) this.expandView(n, Math.min(...locs), Math.max(...locs));
  }
  /** Grows the view to include [lo, hi] (matplotlib's `Axis.set_view_interval(ignore=False)`). */
  private expandView(n: Xy, lo: number, hi: number): void {
    const [a, b] = n === 'x' ? this.viewLimX() : this.viewLimY();
    const inverted = b < a;
    const min = Math.min(a, b, lo), max = Math.max(a, b, hi); // prettier-ignore
    this.applyLim(n, inverted ? max : min, inverted ? min : max, null);
  }
  /** Labels the current ticks; text options (rotation, fontsize, ha, …) style the labels. */
  setXticklabels(labels: readonly string[], o: { minor?: boolean } & TextOptions = {}): void {
    this.setTicklabels('x', labels, o);
  }
  setYticklabels(labels: readonly string[], o: { minor?: boolean } & TextOptions = {}): void {
    this.setTicklabels('y', labels, o);
  }
  private setTicklabels(n: Xy, labels: readonly string[], o: { minor?: boolean } & TextOptions): void {
    const { minor = false, ...props } = o;
    const axis = this.getAxis(n);
    if (!Array.isArray(labels))
      invalid(`set${n.toUpperCase()}ticklabels`, 'labels', labels, 'an array of strings');
    const f = new FixedFormatter(labels.map(String));
    if (minor) axis.setMinorFormatter(f);
    else axis.setMajorFormatter(f);
    axis.setLabelProps(minor ? 'minor' : 'major', props);
  }
  /** The major tick locations (the locator's output, as matplotlib's `get_xticks`). */
  getXticks(minor = false): number[] {
    return minor ? this.xaxis.getMinorticklocs() : this.xaxis.getMajorticklocs();
  }
  getYticks(minor = false): number[] {
    return minor ? this.yaxis.getMinorticklocs() : this.yaxis.getMajorticklocs();
  }
  /** The labels of the visible major ticks, as strings. */
  getXticklabels(): string[] {
    return this.xaxis.visibleTickLabels();
  }
  getYticklabels(): string[] {
    return this.yaxis.visibleTickLabels();
  }
  /** Shows minor ticks on both axes (matplotlib's `minorticks_on`). */
  minorticksOn(): void {
    for (const n of ['x', 'y'] as const) this.getAxis(n).showMinorTicks(true);
  }
  minorticksOff(): void {
    for (const n of ['x', 'y'] as const) this.getAxis(n).showMinorTicks(false);
  }

  /** Changes tick appearance (matplotlib's `tick_params`). */
  tickParams(o: TickParamsOptions = {}): void {
    checkOptionKeys('tickParams', o, [
      'axis', 'which', 'direction', 'length', 'width', 'color', 'pad', 'labelsize', 'labelcolor', 'colors',
      'bottom', 'top', 'left', 'right', 'labelbottom', 'labeltop', 'labelleft', 'labelright', 'labelrotation', 'gridOn',
    ]); // prettier-ignore
    const { axis = 'both', which = 'major' } = o;
    for (const n of axis === 'both' ? (['x', 'y'] as const) : [axis]) {
      const style: Partial<TickStyle> = {};
      if (o.direction !== undefined)
        style.direction = checkChoice('tickParams', 'direction', o.direction, [
          'in',
          'out',
          'inout',
        ] as const);
      if (o.length !== undefined) style.size = o.length;
      if (o.width !== undefined) style.width = o.width;
      if (o.pad !== undefined) style.pad = o.pad;
      if (o.color ?? o.colors) style.color = (o.color ?? o.colors)!;
      if (o.labelcolor ?? o.colors) style.labelcolor = (o.labelcolor ?? o.colors)!;
      if (o.labelsize !== undefined) style.labelsize = this.getAxis(n).resolveLabelSize(o.labelsize);
      if (o.labelrotation !== undefined) style.labelrotation = o.labelrotation;
      if (o.gridOn !== undefined) style.gridOn = o.gridOn;
      const [s1, s2, l1, l2] =
        n === 'x'
          ? (['bottom', 'top', 'labelbottom', 'labeltop'] as const)
          : (['left', 'right', 'labelleft', 'labelright'] as const);
      if (o[s1] !== undefined) style.tick1On = o[s1];
      if (o[s2] !== undefined) style.tick2On = o[s2];
      if (o[l1] !== undefined) style.label1On = o[l1];
      if (o[l2] !== undefined) style.label2On = o[l2];
      this.getAxis(n).setTickParams(which, style);
    }
  }

  /** Shows or hides grid lines (matplotlib's `grid`): `grid()`, `grid(true, { axis: 'y', color: '0.9' })`. */
  grid(
    visible: boolean | null = null,
    o: { which?: 'major' | 'minor' | 'both'; axis?: Xy | 'both' } & Partial<GridStyle> & {
        lw?: number;
        ls?: GridStyle['linestyle'];
        c?: ColorSpec;
      } = {},
  ): void {
    checkOptionKeys('grid', o, [
      'which',
      'axis',
      'color',
      'linestyle',
      'linewidth',
      'alpha',
      'lw',
      'ls',
      'c',
    ]);
    const { which = 'major', axis = 'both', lw, ls, c, ...props } = o;
    const style: Partial<GridStyle> = { ...props };
    if (lw !== undefined) style.linewidth = lw;
    if (ls !== undefined) style.linestyle = ls;
    if (c !== undefined) style.color = c;
    if (style.color !== undefined) toRgbaArray(style.color, null, 'grid');
    for (const n of axis === 'both' ? (['x', 'y'] as const) : [axis])
      this.getAxis(n).grid(visible, which, style);
  }

  /** Turns the axis lines, ticks and labels off or on: `axis('off')`; or sets [xmin, xmax, ymin, ymax]. */
  axis(
    arg?: 'on' | 'off' | 'tight' | boolean | readonly [number, number, number, number],
  ): [number, number, number, number] {
    if (arg === 'off' || arg === false) this.axisOn = false;
    else if (arg === 'on' || arg === true) this.axisOn = true;
    else if (arg === 'tight') this.autoscale(true, 'both', true);
    else if (Array.isArray(arg)) {
      if (arg.length !== 4) invalid('axis', 'limits', arg, '[xmin, xmax, ymin, ymax]');
      this.setXlim(arg[0], arg[1]);
      this.setYlim(arg[2], arg[3]);
    } else if (arg !== undefined)
      invalid('axis', 'argument', arg, "'on', 'off', 'tight' or [xmin, xmax, ymin, ymax]");
    this.changed();
    return [...this.getXlim(), ...this.getYlim()];
  }
  setAxisOff(): void {
    this.axis('off');
  }
  setAxisOn(): void {
    this.axis('on');
  }
  setFacecolor(c: ColorSpec): void {
    this.patch.setFacecolor(c);
  }
  setFrameOn(b: boolean): void {
    this.frameOn = b;
    this.changed();
  }

  /**
   * Sets several properties at once, as matplotlib's `ax.set(...)`:
   * `ax.set({ title: 'loss', xlabel: 'step', ylim: [0, 1], yscale: 'log' })`.
   */
  override set(props: Record<string, unknown>): this {
    const setters: Record<string, (v: never) => unknown> = {
      title: (v: string) => this.setTitle(v),
      xlabel: (v: string) => this.setXlabel(v),
      ylabel: (v: string) => this.setYlabel(v),
      xlim: (v: [number, number]) => this.setXlim(v),
      ylim: (v: [number, number]) => this.setYlim(v),
      xscale: (v: string) => this.setXscale(v),
      yscale: (v: string) => this.setYscale(v),
      xticks: (v: number[]) => this.setXticks(v),
      yticks: (v: number[]) => this.setYticks(v),
      xticklabels: (v: string[]) => this.setXticklabels(v),
      yticklabels: (v: string[]) => this.setYticklabels(v),
      xmargin: (v: number) => this.setXmargin(v),
      ymargin: (v: number) => this.setYmargin(v),
      facecolor: (v: ColorSpec) => this.setFacecolor(v),
      frameOn: (v: boolean) => this.setFrameOn(v),
      label: (v: string) => this.setLabel(v),
      visible: (v: boolean) => this.setVisible(v),
      zorder: (v: number) => this.setZorder(v),
      alpha: (v: number) => this.setAlpha(v),
      axisbelow: (v: boolean | 'line') => this.setAxisbelow(v),
    };
    checkOptionKeys('Axes.set', props, Object.keys(setters));
    for (const [k, v] of Object.entries(props)) if (v !== undefined) setters[k]!(v as never);
    return this;
  }

  /** Draws ticks and grid below (true), between patches and lines ('line'), or above everything (false). */
  setAxisbelow(b: boolean | 'line'): void {
    const z = b === true ? 0.5 : b === 'line' ? 1.5 : 2.5;
    this.xaxis.setZorder(z);
    this.yaxis.setZorder(z);
  }

  /** Removes every artist and resets limits, scales and labels (matplotlib's `cla`). */
  clear(): void {
    for (const c of [...this.children]) c.parent = null;
    this.children = [];
    this.legend_ = null;
    this.dataLim.set(Infinity, Infinity, -Infinity, -Infinity);
    this.minpos.x = this.minpos.y = Infinity;
    this.lineCycle = this.patchCycle = 0;
    for (const t of [this.title, this.leftTitle, this.rightTitle]) t.setText('');
    this.xaxis.label.setText('');
    this.yaxis.label.setText('');
    this.setScale('x', 'linear');
    this.setScale('y', 'linear');
    this.viewLim.set(0, 1, 0, 1);
    this.viewLimSet = { x: false, y: false };
    this.autoscaleOn = { x: true, y: true };
    this.staleViewLim = { x: false, y: false };
    this.changed();
  }
  cla(): void {
    this.clear();
  }
}

/** Splits `plot`'s arguments into (x, y, fmt) groups and the trailing options object. */
function splitPlotArgs(
  call: string,
  args: PlotArg[],
): {
  groups: { x: Float64Array; y: Float64Array; fmt?: string }[];
  options: Line2DOptions & Record<string, unknown>;
} {
  let options: Line2DOptions = {};
  const rest = [...args];
  const last = rest[rest.length - 1];
  if (
    last !== undefined &&
    typeof last === 'object' &&
    last !== null &&
    !isArrayData(last) &&
    !(Symbol.iterator in last)
  ) {
    options = rest.pop() as Line2DOptions;
  }
  const groups: { x: Float64Array; y: Float64Array; fmt?: string }[] = [];
  let i = 0;
  while (i < rest.length) {
    const a = rest[i];
    if (typeof a === 'string')
      throw new TsplotlibError(call, `a format string (${JSON.stringify(a)}) must follow the data it styles`);
    const b = rest[i + 1];
    const c = rest[i + 2];
    if (b === undefined || typeof b === 'string') {
      const y = toFloat64(call, 'y', a);
      groups.push({ x: arange(y.length), y, ...(typeof b === 'string' ? { fmt: b } : {}) });
      i += typeof b === 'string' ? 2 : 1;
    } else {
      const x = toFloat64(call, 'x', a);
      const y = toFloat64(call, 'y', b);
      if (x.length !== y.length)
        throw new TsplotlibError(call, `x and y must have the same length, got ${x.length} and ${y.length}`);
      groups.push({ x, y, ...(typeof c === 'string' ? { fmt: c } : {}) });
      i += typeof c === 'string' ? 3 : 2;
    }
  }
  return { groups, options: options as Line2DOptions & Record<string, unknown> };
}
