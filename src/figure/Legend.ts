/**
 * Legend: a box of entries, each a small key drawn like a plotted artist and its label, placed at
 * a named location, at the least crowded corner ('best'), or anchored anywhere (matplotlib's
 * `legend.Legend`).
 *
 * The box is built from offset boxes exactly as matplotlib's `_init_legend_box` does, so with the
 * same font metrics every entry lands on the same pixel:
 *
 *     VPacker(pad=borderpad)                      the whole legend, framed by a FancyBboxPatch
 *       TextArea                                  the title (hidden when there is none)
 *       HPacker(sep=columnspacing)                the columns
 *         VPacker(sep=labelspacing)               one column of entries
 *           HPacker(sep=handletextpad)            one entry: handle box and label
 *             DrawingArea, TextArea
 *
 * Lengths are fractions of the font size, in points; the packers convert them to pixels at draw
 * time, so a legend follows changes of dpi.
 */
import { Bbox, TransformedBbox } from '../core/Bbox.js';
import type { ColorSpec } from '../core/colors.js';
import { checkChoice, checkFinite, checkOptionKeys, invalid, TsplotlibError } from '../core/errors.js';
import { rcParams } from '../core/rcParams.js';
import type { FontSpec, Renderer, RGBA } from '../core/renderer.js';
import { BboxTransformTo, type Transform } from '../core/transforms.js';
import { Artist, type StaleListener } from './Artist.js';
import { AxesBase } from './AxesBase.js';
import { fontSpec, type FontOptions, type FontSize } from './fontProps.js';
import { Line2D } from './Line2D.js';
import {
  autoLegendData,
  isKeyColorName,
  keyColor,
  legendHandlerFor,
  type HandlerLegendInfo,
  type LegendHandle,
  type LegendObstacles,
} from './legendHandlers.js';
import {
  DrawingArea,
  HPacker,
  layoutRenderer,
  TextArea,
  VPacker,
  type Extent,
  type LayoutRenderer,
} from './offsetbox.js';
import { FancyBboxPatch, Patch } from './patches.js';
import type { Text } from './Text.js';

export { bestPosition, countContains, countOverlaps, polylineIntersectsBox } from './legendPlacement.js';
import { bestPosition } from './legendPlacement.js';

/** The argument helpers `Axes.legend` uses, re-exported next to the class they feed. */
export {
  autoLegendData,
  legendHandlesAndLabels,
  parseLegendArgs,
  type LegendArgs,
  type LegendObstacles,
} from './legendHandlers.js';

/** matplotlib's location names and their codes; 0 ('best') is for axes legends only. */
export const LEGEND_LOCATIONS = {
  best: 0,
  'upper right': 1,
  'upper left': 2,
  'lower left': 3,
  'lower right': 4,
  right: 5,
  'center left': 6,
  'center right': 7,
  'lower center': 8,
  'upper center': 9,
  center: 10,
} as const;

/** A location name ('upper right', 'best', …). */
export type LegendLocName = keyof typeof LEGEND_LOCATIONS;
/** A location name, its code 0–10, or the legend's lower-left corner as fractions of the anchor box. */
export type LegendLoc = LegendLocName | number | readonly [number, number];

/** Where in the anchor box each code puts the legend: fractions (cx, cy) of the free space. */
const ANCHOR_COEFS: ReadonlyArray<readonly [number, number]> = [
  [NaN, NaN], [1, 1], [0, 1], [0, 0], [1, 0], [1, 0.5], [0, 0.5], [1, 0.5], [0.5, 0], [0.5, 1], [0.5, 0.5],
]; // prettier-ignore

/** A figure (or anything with a pixel box and a dpi) that can hold a legend. */
export interface LegendFigureParent extends Partial<StaleListener> {
  readonly bbox: Bbox;
  readonly dpi: number;
}

/** What a legend can belong to: an Axes (which allows 'best') or a figure. */
export type LegendParent = AxesBase | LegendFigureParent;

/** Options of {@link Legend}; matplotlib's keyword arguments, camelCased. Defaults come from `legend.*` rc. */
export interface LegendOptions {
  /** Location: a name, a code 0–10, or [x, y] of the lower-left corner in anchor-box fractions. */
  loc?: LegendLoc;
  /** The box the legend is placed in: a Bbox, [x, y] or [x, y, width, height], in `bboxTransform` coordinates. */
  bboxToAnchor?: Bbox | readonly [number, number] | readonly [number, number, number, number] | null;
  /** Coordinates of `bboxToAnchor`; the parent's axes (or figure) fractions by default. */
  bboxTransform?: Transform | null;
  /** Number of columns. */
  ncols?: number;
  /** Alias of `ncols` (matplotlib's older name). */
  ncol?: number;
  /** 'expand' stretches the legend to the anchor box's width. */
  mode?: 'expand' | null;
  /** Label font size in points or a named size. */
  fontsize?: FontSize;
  /** Label font properties (size, weight, style, family). */
  prop?: FontOptions;
  /** Label color: a color, a list cycled over the labels, or 'linecolor', 'markerfacecolor' ('mfc'), 'markeredgecolor' ('mec'). */
  labelcolor?:
    | ColorSpec
    | readonly ColorSpec[]
    | 'linecolor'
    | 'markerfacecolor'
    | 'mfc'
    | 'markeredgecolor'
    | 'mec'
    | null;
  /** Number of marker points in a line's key. */
  numpoints?: number;
  /** Number of markers in a scatter's key. */
  scatterpoints?: number;
  /** Heights of the scatter key's markers, as fractions of the key's height. */
  scatteryoffsets?: readonly number[];
  /** Marker size in the keys relative to the plotted markers. */
  markerscale?: number;
  /** Whether the key comes before its label. */
  markerfirst?: boolean;
  /** Whether the frame is drawn. */
  frameon?: boolean;
  /** Rounded frame corners. */
  fancybox?: boolean;
  /** A shadow behind the frame. */
  shadow?: boolean;
  /** Frame opacity. */
  framealpha?: number | null;
  /** Frame fill color; 'inherit' takes `axes.facecolor`. */
  facecolor?: ColorSpec | 'inherit';
  /** Frame edge color; 'inherit' takes `axes.edgecolor`. */
  edgecolor?: ColorSpec | 'inherit';
  /** Space inside the frame, in font sizes. */
  borderpad?: number;
  /** Vertical space between entries, in font sizes. */
  labelspacing?: number;
  /** Length of the keys, in font sizes. */
  handlelength?: number;
  /** Height of the keys, in font sizes. */
  handleheight?: number;
  /** Space between key and label, in font sizes. */
  handletextpad?: number;
  /** Space between the frame and the anchor box, in font sizes. */
  borderaxespad?: number;
  /** Space between columns, in font sizes. */
  columnspacing?: number;
  title?: string | null;
  /** Title font size; `legend.title_fontsize`, else `font.size`. */
  titleFontsize?: FontSize | null;
  /** Title font properties. */
  titleFontproperties?: FontOptions;
  /** Alignment of the title and the entries inside the frame. */
  alignment?: 'center' | 'left' | 'right';
  /** Draw order; 5 by default. */
  zorder?: number;
}

/** The option names {@link Legend} accepts. */
export const LEGEND_OPTION_KEYS = [
  'loc', 'bboxToAnchor', 'bboxTransform', 'ncols', 'ncol', 'mode', 'fontsize', 'prop', 'labelcolor', 'numpoints',
  'scatterpoints', 'scatteryoffsets', 'markerscale', 'markerfirst', 'frameon', 'fancybox', 'shadow', 'framealpha',
  'facecolor', 'edgecolor', 'borderpad', 'labelspacing', 'handlelength', 'handleheight', 'handletextpad',
  'borderaxespad', 'columnspacing', 'title', 'titleFontsize', 'titleFontproperties', 'alignment', 'zorder',
] as const; // prettier-ignore

/** Lengths of the layout, in font sizes. */
interface Spacing {
  borderpad: number;
  labelspacing: number;
  handlelength: number;
  handleheight: number;
  handletextpad: number;
  borderaxespad: number;
  columnspacing: number;
}

/**
 * A legend on an Axes or a figure. Usually made by `ax.legend(...)`; constructed directly it takes
 * its parent, the artists to show, their labels and {@link LegendOptions}.
 *
 * @example
 * ax.plot(x, y, { label: 'loss' });
 * const leg = ax.legend({ loc: 'upper left', ncols: 2, title: 'Runs' });
 * leg.getTexts()[0].setColor('red');
 */
export class Legend extends Artist implements StaleListener, HandlerLegendInfo {
  static override defaultZorder = 5;
  readonly parentArtist: LegendParent;
  /** Whether the legend belongs to an Axes (only those can use 'best'). */
  readonly isaxes: boolean;
  readonly numpoints: number;
  readonly scatterpoints: number;
  readonly markerscale: number;
  readonly scatteryoffsets: number[];
  readonly shadow: boolean;
  /** Label font size in points. */
  readonly fontsize: number;
  private readonly prop: FontSpec;
  private readonly spacing: Spacing;
  private readonly legendMode: 'expand' | null;
  private loc: number | readonly [number, number];
  private bboxToAnchor: Bbox | null = null;
  private readonly frame: FancyBboxPatch;
  private readonly texts: Text[] = [];
  private readonly legendHandles: Array<Artist | null> = [];
  private readonly titleBox: TextArea;
  private readonly legendBox: VPacker;

  constructor(
    parent: LegendParent,
    handles: readonly LegendHandle[],
    labels: readonly (string | number)[],
    o: LegendOptions = {},
  ) {
    super();
    checkOptionKeys('legend', o, LEGEND_OPTION_KEYS);
    this.parentArtist = parent;
    this.parent = typeof parent.childBecameStale === 'function' ? (parent as StaleListener) : null;
    this.isaxes = parent instanceof AxesBase;
    // A `prop` without a size takes legend.fontsize, not `fontsize` (matplotlib gives prop precedence).
    this.prop = o.prop
      ? fontSpec('legend', o.prop, { fontsize: rcParams.get('legend.fontsize') })
      : fontSpec('legend', { fontsize: o.fontsize ?? rcParams.get('legend.fontsize') });
    this.fontsize = this.prop.size;
    this.numpoints = positiveInt('numpoints', o.numpoints ?? rcParams.get('legend.numpoints'));
    this.scatterpoints = positiveInt(
      'scatterpoints',
      o.scatterpoints ?? rcParams.get('legend.scatterpoints'),
    );
    this.markerscale = checkFinite(
      'legend',
      'markerscale',
      o.markerscale ?? rcParams.get('legend.markerscale'),
      { min: 0 },
    );
    this.scatteryoffsets = tile(o.scatteryoffsets ?? [3 / 8, 4 / 8, 2.5 / 8], this.scatterpoints);
    this.shadow = o.shadow ?? rcParams.get('legend.shadow');
    this.spacing = resolveSpacing(o);
    this.legendMode =
      o.mode === undefined || o.mode === null
        ? null
        : checkChoice('legend', 'mode', o.mode, ['expand'] as const);
    if (o.zorder !== undefined) this.setZorder(o.zorder);

    const { handles: hs, labels: ls } = dropHiddenLabels(handles, labels);
    const ncols =
      hs.length < 2
        ? 1
        : positiveInt('ncols', o.ncols !== undefined && o.ncols !== 1 ? o.ncols : (o.ncol ?? 1));
    this.loc = this.resolveLoc(o.loc);
    this.setBboxToAnchor(o.bboxToAnchor ?? null, o.bboxTransform ?? null);
    this.frame = this.makeFrame(o);
    const alignment = checkChoice('legend', 'alignment', o.alignment ?? 'center', [
      'center',
      'left',
      'right',
    ] as const);
    const handleBox = this.buildEntries(hs, ls, ncols, o.markerfirst ?? true);
    this.titleBox = new TextArea('');
    this.legendBox = new VPacker([this.titleBox, handleBox], {
      pad: this.spacing.borderpad * this.fontsize,
      sep: this.spacing.labelspacing * this.fontsize,
      align: alignment,
    });
    this.legendBox.setOffset((extent, renderer) => this.findOffset(extent, renderer));
    this.setTitle(o.title ?? '', titleFont(o));
    this.applyLabelColor(o.labelcolor);
  }

  // ---- construction ----
  private resolveLoc(loc: LegendLoc | undefined): number | readonly [number, number] {
    let value: LegendLoc = loc ?? rcParams.get('legend.loc');
    if (!this.isaxes && loc === undefined && (value === 'best' || value === 0)) value = 'upper right';
    let code: number | readonly [number, number];
    if (typeof value === 'string') {
      code =
        LEGEND_LOCATIONS[
          checkChoice('legend', 'loc', value, Object.keys(LEGEND_LOCATIONS) as LegendLocName[])
        ];
    } else if (typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0 || value > 10)
        invalid('legend', 'loc', value, 'a location code 0-10');
      code = value;
    } else if (Array.isArray(value) && value.length === 2) {
      code = [checkFinite('legend', 'loc x', value[0]), checkFinite('legend', 'loc y', value[1])];
    } else {
      return invalid('legend', 'loc', value, 'a location name, a code 0-10 or [x, y]');
    }
    if (!this.isaxes && code === 0) {
      throw new TsplotlibError(
        'legend',
        "automatic legend placement (loc='best') is not implemented for figure legends",
      );
    }
    return code;
  }

  private makeFrame(o: LegendOptions): FancyBboxPatch {
    let face = o.facecolor ?? rcParams.get('legend.facecolor');
    if (face === 'inherit') face = rcParams.get('axes.facecolor');
    let edge = o.edgecolor ?? rcParams.get('legend.edgecolor');
    if (edge === 'inherit') edge = rcParams.get('axes.edgecolor');
    const fancy = o.fancybox ?? rcParams.get('legend.fancybox');
    // A shadow needs an opaque frame, so it defaults alpha to 1 (matplotlib #8943).
    const alpha =
      o.framealpha !== undefined ? o.framealpha : this.shadow ? 1 : rcParams.get('legend.framealpha');
    const frame = new FancyBboxPatch([0, 0], 1, 1, {
      facecolor: face,
      edgecolor: edge,
      alpha,
      // The frame's bounds already include the border pad, so the box style adds none.
      boxstyle: fancy ? 'round' : 'square',
      pad: 0,
      roundingSize: fancy ? 0.2 : null,
      mutationScale: this.fontsize,
      visible: o.frameon ?? rcParams.get('legend.frameon'),
    });
    frame.snap = true;
    return frame;
  }

  /** One HPacker per entry, split into columns as numpy's array_split does (the first columns get the extra entries). */
  private buildEntries(
    handles: LegendHandle[],
    labels: string[],
    ncols: number,
    markerfirst: boolean,
  ): HPacker {
    const fs = this.fontsize;
    const { handlelength, handleheight, handletextpad, labelspacing, columnspacing } = this.spacing;
    // Keys are drawn in a box (0, -descent, width, height); this descent is matplotlib's heuristic.
    const descent = 0.35 * fs * (handleheight - 0.7);
    const height = fs * handleheight - descent;
    const entries: HPacker[] = [];
    handles.forEach((orig, i) => {
      const handler = legendHandlerFor(orig);
      if (!handler) {
        console.warn(
          `legend: handles of type ${orig.constructor.name} are not supported; use a proxy artist (a Line2D or a Patch) instead`,
        );
        this.legendHandles.push(null);
        return;
      }
      const textbox = new TextArea(
        labels[i]!,
        { va: 'baseline', ha: 'left', ...fontOptions(this.prop) },
        true,
      );
      const handlebox = new DrawingArea(handlelength * fs, height, 0, descent);
      textbox.text.parent = this;
      this.texts.push(textbox.text);
      const key = handler(this, orig, fs, handlebox);
      key.parent = this;
      this.legendHandles.push(key);
      entries.push(
        new HPacker(markerfirst ? [handlebox, textbox] : [textbox, handlebox], {
          sep: handletextpad * fs,
          align: 'baseline',
        }),
      );
    });
    const columns = arraySplit(entries, ncols)
      .filter((col) => col.length > 0)
      .map((col) => new VPacker(col, { sep: labelspacing * fs, align: markerfirst ? 'baseline' : 'right' }));
    return new HPacker(columns, {
      sep: columnspacing * fs,
      align: 'baseline',
      mode: this.legendMode === 'expand' ? 'expand' : 'fixed',
    });
  }

  private applyLabelColor(spec: LegendOptions['labelcolor']): void {
    let lc: LegendOptions['labelcolor'] = spec ?? null;
    if (lc === null)
      lc = (rcParams.get('legend.labelcolor') as ColorSpec | null) ?? rcParams.get('text.color');
    if (typeof lc === 'string' && isKeyColorName(lc)) {
      const keys = this.legendHandles.filter((h): h is Artist => h !== null);
      keys.forEach((key, i) => {
        const c = keyColor(key, lc);
        if (c) this.texts[i]?.setColor(c as ColorSpec);
      });
      return;
    }
    if (lc === 'none') {
      for (const t of this.texts) t.setColor('none');
      return;
    }
    // 'None' (the rc default) is an empty color list: the labels keep text.color, as in matplotlib.
    if (lc === 'None') return;
    const list = isColorList(lc) ? lc : [lc as ColorSpec];
    if (list.length === 0) return;
    this.texts.forEach((t, i) => t.setColor(list[i % list.length]!));
  }

  // ---- placement ----
  /** The box the legend is placed in, in display pixels: the anchor box, or the parent's box. */
  getBboxToAnchor(): Bbox {
    return this.bboxToAnchor ?? this.parentArtist.bbox;
  }

  /** Sets the anchor box: a Bbox, [x, y] or [x, y, w, h] in `transform` (parent fractions by default); null clears it. */
  setBboxToAnchor(bbox: LegendOptions['bboxToAnchor'], transform: Transform | null = null): this {
    if (bbox === null || bbox === undefined) {
      this.bboxToAnchor = null;
      return this;
    }
    let box: Bbox;
    if (bbox instanceof Bbox) box = bbox;
    else if (Array.isArray(bbox) && (bbox.length === 2 || bbox.length === 4)) {
      const [x, y, w = 0, h = 0] = (bbox as readonly number[]).map((v) =>
        checkFinite('legend', 'bboxToAnchor', v),
      );
      box = Bbox.fromBounds(x!, y!, w, h);
    } else return invalid('legend', 'bboxToAnchor', bbox, 'a Bbox, [x, y] or [x, y, width, height]');
    this.bboxToAnchor = new TransformedBbox(box, transform ?? new BboxTransformTo(this.parentArtist.bbox));
    this.changed();
    return this;
  }

  /** The location code (0–10) or [x, y] fractions. */
  getLoc(): number | readonly [number, number] {
    return this.loc;
  }
  setLoc(loc: LegendLoc): this {
    this.loc = this.resolveLoc(loc);
    this.changed();
    return this;
  }

  /** The lower-left corner for location `code` of a `width` x `height` box (matplotlib's `_get_anchored_bbox`). */
  anchoredPosition(code: number, width: number, height: number, renderer: LayoutRenderer): [number, number] {
    const [cx, cy] = ANCHOR_COEFS[code]!;
    const pad = this.spacing.borderaxespad * renderer.pointsToPixels(this.fontsize);
    const p = this.getBboxToAnchor().points;
    const [l, b] = [p[0] + pad, p[1] + pad];
    const [w, h] = [p[2] - pad - l, p[3] - pad - b];
    return [l + cx * (w - width), b + cy * (h - height)];
  }

  /** Where the legend box's reference point goes, given its extent (matplotlib's `_findoffset`). */
  private findOffset(e: Extent, renderer: LayoutRenderer): [number, number] {
    let x: number, y: number; // prettier-ignore
    if (this.loc === 0) [x, y] = this.findBestPosition(e.width, e.height, renderer);
    else if (typeof this.loc === 'number')
      [x, y] = this.anchoredPosition(this.loc, e.width, e.height, renderer);
    else {
      const b = this.getBboxToAnchor();
      [x, y] = [b.x0 + b.width * this.loc[0], b.y0 + b.height * this.loc[1]];
    }
    return [x + e.xdescent, y + e.ydescent];
  }

  /** The lower-left corner of the least crowded of the nine positions around the anchor box (loc 'best'). */
  private findBestPosition(width: number, height: number, renderer: LayoutRenderer): [number, number] {
    const obstacles: LegendObstacles = autoLegendData((this.parentArtist as AxesBase).getChildren());
    const candidates: Array<[number, number]> = [];
    for (let code = 1; code < ANCHOR_COEFS.length; code++)
      candidates.push(this.anchoredPosition(code, width, height, renderer));
    return bestPosition(candidates, width, height, obstacles);
  }

  /** For loc 'best', the code (1–10) of the position it picks now; otherwise the fixed location. */
  chosenLoc(renderer?: LayoutRenderer): number | readonly [number, number] {
    if (this.loc !== 0) return this.loc;
    const r = renderer ?? this.layoutRendererForParent();
    const box = this.legendBox.getWindowExtent(r);
    for (let code = 1; code < ANCHOR_COEFS.length; code++) {
      const [x, y] = this.anchoredPosition(code, box.width, box.height, r);
      if (x === box.x0 && y === box.y0) return code;
    }
    return 0;
  }

  // ---- drawing and extents ----
  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    renderer.openGroup('legend', this._gid ?? undefined);
    const fontsizePx = renderer.pointsToPixels(this.fontsize);
    if (this.legendMode === 'expand') {
      const pad = 2 * (this.spacing.borderaxespad + this.spacing.borderpad) * fontsizePx;
      this.legendBox.setWidth(this.getBboxToAnchor().width - pad);
    }
    const bbox = this.legendBox.getWindowExtent(renderer);
    this.frame.setBounds(bbox.x0, bbox.y0, bbox.width, bbox.height);
    this.frame.mutationScale = fontsizePx;
    if (this.shadow && this.frame.getVisible()) this.drawShadow(renderer);
    this.frame.draw(renderer);
    this.legendBox.draw(renderer);
    renderer.closeGroup('legend');
    this.stale = false;
  }

  /** A darker copy of the frame, 2 points right and 2 points down (matplotlib's Shadow). */
  private drawShadow(renderer: Renderer): void {
    const [x, y, w, h] = this.frame.getBounds();
    const [r, g, b] = this.frame.getFacecolor();
    const color: RGBA = [0.3 * r, 0.3 * g, 0.3 * b, 0.5];
    const shadow = new FancyBboxPatch(
      [x + renderer.pointsToPixels(2), y - renderer.pointsToPixels(2)],
      w,
      h,
      {
        facecolor: color as ColorSpec,
        edgecolor: color as ColorSpec,
        boxstyle: this.frame.boxstyle,
        pad: 0,
        roundingSize: this.frame.roundingSize,
        mutationScale: this.frame.mutationScale,
      },
    );
    shadow.draw(renderer);
  }

  private layoutRendererForParent(): LayoutRenderer {
    const p = this.parentArtist;
    return layoutRenderer(p instanceof AxesBase ? p.figureDpi() : p.dpi);
  }

  /** The legend box in display pixels (the frame's bounds). */
  override getWindowExtent(renderer?: LayoutRenderer): Bbox {
    return this.legendBox.getWindowExtent(renderer ?? this.layoutRendererForParent());
  }
  /** Same as {@link getWindowExtent}: nothing of a legend reaches outside its box. */
  getTightbbox(renderer?: LayoutRenderer): Bbox {
    return this.getWindowExtent(renderer);
  }

  // ---- accessors ----
  childBecameStale(): void {
    this.stale = true;
  }
  /** The label texts, in entry order. */
  getTexts(): Text[] {
    return [...this.texts];
  }
  /** The line keys (Line2D) of the entries. */
  getLines(): Line2D[] {
    return this.legendHandles.filter((h): h is Line2D => h instanceof Line2D);
  }
  /** The patch keys of the entries. */
  getPatches(): Patch[] {
    return this.legendHandles.filter((h): h is Patch => h instanceof Patch);
  }
  /** The keys of all entries (null where a handle had no handler), as matplotlib's `legendHandles`. */
  getLegendHandles(): Array<Artist | null> {
    return [...this.legendHandles];
  }
  /** The frame patch. */
  getFrame(): FancyBboxPatch {
    return this.frame;
  }
  getFrameOn(): boolean {
    return this.frame.getVisible();
  }
  setFrameOn(b: boolean): this {
    this.frame.setVisible(b);
    this.changed();
    return this;
  }
  /** The title text (empty and hidden when the legend has none). */
  getTitle(): Text {
    return this.titleBox.text;
  }
  /** Sets the title and, optionally, its font. An empty title hides the title row. */
  setTitle(title: string | null, prop?: FontOptions): this {
    const text = title ?? '';
    const t = this.titleBox.text;
    t.setText(text);
    t.setVisible(text !== '');
    this.titleBox.setVisible(text !== '');
    if (prop) t.setFont(prop);
    t.parent = this;
    this.changed();
    return this;
  }
  getAlignment(): 'center' | 'left' | 'right' {
    return this.legendBox.align as 'center' | 'left' | 'right';
  }
  setAlignment(a: 'center' | 'left' | 'right'): this {
    this.legendBox.align = checkChoice('setAlignment', 'alignment', a, ['center', 'left', 'right'] as const);
    this.changed();
    return this;
  }
}

function isColorList(c: unknown): c is readonly ColorSpec[] {
  return Array.isArray(c) && c.length > 0 && (typeof c[0] === 'string' || Array.isArray(c[0]));
}

function resolveSpacing(o: LegendOptions): Spacing {
  const pick = (key: keyof Spacing) => {
    const v = o[key] ?? rcParams.get(`legend.${key}`);
    return checkFinite('legend', key, v);
  };
  return {
    borderpad: pick('borderpad'),
    labelspacing: pick('labelspacing'),
    handlelength: pick('handlelength'),
    handleheight: pick('handleheight'),
    handletextpad: pick('handletextpad'),
    borderaxespad: pick('borderaxespad'),
    columnspacing: pick('columnspacing'),
  };
}

/** Leaves out entries whose label starts with '_', warning as matplotlib does. */
function dropHiddenLabels(
  handles: readonly LegendHandle[],
  labels: readonly (string | number)[],
): { handles: LegendHandle[]; labels: string[] } {
  const out = { handles: [] as LegendHandle[], labels: [] as string[] };
  const n = Math.min(handles.length, labels.length);
  for (let i = 0; i < n; i++) {
    const label = labels[i]!;
    if (typeof label === 'string' && label.startsWith('_')) {
      console.warn(
        `legend: the label ${JSON.stringify(label)} starts with '_', so its artist is left out of the legend`,
      );
      continue;
    }
    out.handles.push(handles[i]!);
    out.labels.push(String(label));
  }
  return out;
}

function positiveInt(what: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
    invalid('legend', what, v, 'a positive integer');
  return v;
}

/** `values` repeated to exactly `n` entries (numpy's tile, then a slice). */
function tile(values: readonly number[], n: number): number[] {
  if (values.length === 0) invalid('legend', 'scatteryoffsets', values, 'a non-empty list of numbers');
  return Array.from({ length: n }, (_, i) =>
    checkFinite('legend', 'scatteryoffsets', values[i % values.length]),
  );
}

/** numpy's array_split: n parts, the first `length % n` one longer. */
function arraySplit<T>(items: readonly T[], n: number): T[][] {
  const base = Math.floor(items.length / n);
  const extra = items.length % n;
  const parts: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const len = base + (i < extra ? 1 : 0);
    parts.push(items.slice(start, start + len));
    start += len;
  }
  return parts;
}

/** The title's font: `titleFontsize` or `titleFontproperties`, sized by legend.title_fontsize, else font.size. */
function titleFont(o: LegendOptions): FontOptions {
  if (o.titleFontsize != null && o.titleFontproperties !== undefined) {
    throw new TsplotlibError(
      'legend',
      'titleFontsize and titleFontproperties cannot be given together; put the size in titleFontproperties',
    );
  }
  const props = o.titleFontproperties ?? {};
  const size =
    o.titleFontsize ??
    props.fontsize ??
    props.size ??
    rcParams.get('legend.title_fontsize') ??
    rcParams.get('font.size');
  return { ...props, fontsize: size };
}

/** A FontSpec as Text options. */
function fontOptions(f: FontSpec): FontOptions {
  return { fontsize: f.size, fontweight: f.weight, fontstyle: f.style, fontfamily: f.family };
}
