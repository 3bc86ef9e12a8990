/**
 * Figure: the top-level container of everything drawn (matplotlib's `figure.Figure`): its size and
 * resolution, background, axes, figure-level texts, and saving to files and buffers.
 *
 * A Figure draws only through the renderer interface; `savefig`/`toBuffer` reach the format
 * writers through the registry in `core/output.ts`, which the backends fill.
 */
import { Bbox, TransformedBbox } from '../core/Bbox.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkFinite, checkOptionKeys, invalid, TsplotlibError } from '../core/errors.js';
import { formatWriter, getFileSink, type RenderTarget } from '../core/output.js';
import { rcParams } from '../core/rcParams.js';
import type { Renderer } from '../core/renderer.js';
import { Affine2D, BboxTransformTo, type Transform } from '../core/transforms.js';
import { Artist, sortByZorder, type StaleListener } from './Artist.js';
import { Axes, type AxesOptions } from './Axes.js';
import { FigureCanvas } from './FigureCanvas.js';
import {
  checkSubplotParams,
  defaultSubplotParams,
  GridSpec,
  SubplotSpec,
  type GridSpecOptions,
  type SubplotParams,
} from './GridSpec.js';
import { Rectangle } from './patches.js';
import { Text, type TextOptions } from './Text.js';

export interface FigureOptions {
  /** Width and height in inches (default rc `figure.figsize`, [6.4, 4.8]). */
  figsize?: readonly [number, number];
  /** Dots per inch (default rc `figure.dpi`, 100). */
  dpi?: number;
  facecolor?: ColorSpec;
  edgecolor?: ColorSpec;
  /** Width of the figure's frame edge in points. */
  linewidth?: number;
  /** Whether the figure background is drawn. */
  frameon?: boolean;
  /** Margins and gaps for subplots. */
  subplotpars?: Partial<SubplotParams>;
}

export const FIGURE_OPTION_KEYS = [
  'figsize',
  'dpi',
  'facecolor',
  'edgecolor',
  'linewidth',
  'frameon',
  'subplotpars',
];

/** Options of `savefig` and `toBuffer`. */
export interface SaveOptions {
  /** Output format; by default the file extension, else rc `savefig.format`. */
  format?: string;
  /** Resolution in dots per inch, or 'figure' for the figure's own (default rc `savefig.dpi`). */
  dpi?: number | 'figure';
  /** Background color; 'auto' uses the figure's (default rc `savefig.facecolor`). */
  facecolor?: ColorSpec | 'auto';
  edgecolor?: ColorSpec | 'auto';
  /** Transparent background: the figure and axes patches are not drawn. */
  transparent?: boolean;
  /** Text metadata written where the format supports it. */
  metadata?: Record<string, string>;
  /** JPEG/WebP quality, 0–100. */
  quality?: number;
}

export const SAVE_OPTION_KEYS = [
  'format',
  'dpi',
  'facecolor',
  'edgecolor',
  'transparent',
  'metadata',
  'quality',
];

/** Options of `Figure.subplots`. */
export interface SubplotsOptions {
  /** Return a single Axes or a 1-D array where possible (default true). */
  squeeze?: boolean;
  widthRatios?: readonly number[];
  heightRatios?: readonly number[];
  /** Options passed to every Axes. */
  subplotKw?: AxesOptions;
  /** Options of the GridSpec. */
  gridspecKw?: GridSpecOptions;
}

export const SUBPLOTS_OPTION_KEYS = [
  'squeeze',
  'widthRatios',
  'heightRatios',
  'subplotKw',
  'gridspecKw',
  'sharex',
  'sharey',
];

/** The result of `subplots`, shaped by matplotlib's squeeze rules. */
export type SubplotsResult = Axes | Axes[] | Axes[][];

/** Figures wider or taller than this many pixels are refused before anything is allocated. */
const MAX_PIXELS_PER_SIDE = 2 ** 15;

export class Figure extends Artist implements RenderTarget, StaleListener {
  readonly bboxInches: Bbox;
  readonly dpiScaleTrans: Affine2D;
  readonly bbox: Bbox;
  readonly transFigure: Transform;
  readonly patch: Rectangle;
  readonly subplotpars: SubplotParams;
  private _dpi: number;
  private axesList: Axes[] = [];
  private currentAxes: Axes | null = null;
  private texts: Text[] = [];
  private artists: Artist[] = [];
  private suptitleText: Text | null = null;
  /** Called whenever the figure becomes stale (the interactive machinery listens here). */
  private readonly staleListeners = new Set<(fig: Figure) => void>();
  /** Number and label under pyplot, if managed. */
  number: number | null = null;
  label = '';

  constructor(o: FigureOptions = {}) {
    super();
    checkOptionKeys('figure', o, FIGURE_OPTION_KEYS);
    const [w, h] = checkFigsize('figure', o.figsize ?? rcParams.get('figure.figsize'));
    this._dpi = checkFinite('figure', 'dpi', o.dpi ?? rcParams.get('figure.dpi'), { positive: true });
    this.bboxInches = new Bbox(0, 0, w, h);
    this.dpiScaleTrans = new Affine2D().scale(this._dpi);
    this.bbox = new TransformedBbox(this.bboxInches, this.dpiScaleTrans);
    this.transFigure = new BboxTransformTo(this.bbox);
    this.patch = new Rectangle([0, 0], 1, 1, {
      facecolor: o.facecolor ?? rcParams.get('figure.facecolor'),
      edgecolor: o.edgecolor ?? rcParams.get('figure.edgecolor'),
      linewidth: o.linewidth ?? 0,
      transform: this.transFigure,
      visible: o.frameon ?? rcParams.get('figure.frameon'),
    });
    this.patch.parent = this;
    this.subplotpars = checkSubplotParams('figure', { ...defaultSubplotParams(), ...o.subplotpars });
  }

  // ---- the canvas ----
  private _canvas: FigureCanvas | null = null;
  /** The canvas: drawing, idle draws, input events, callbacks and timers (DESIGN.md section 6). */
  get canvas(): FigureCanvas {
    return (this._canvas ??= new FigureCanvas(this));
  }

  /** Every visible artist with a picker, for pick_event: axes children, figure texts and artists. */
  pickableArtists(): Artist[] {
    const out: Artist[] = [];
    for (const ax of this.axesList) {
      for (const c of ax.getChildren()) if (c.isPickable()) out.push(c);
      const leg = ax.getLegend();
      if (leg?.isPickable()) out.push(leg);
    }
    for (const a of [...this.texts, ...this.artists]) if (a.isPickable()) out.push(a);
    return out;
  }

  // ---- size and resolution ----
  get dpi(): number {
    return this._dpi;
  }
  /** Changes the resolution (pixel size follows; inches stay). */
  setDpi(dpi: number): this {
    this._dpi = checkFinite('setDpi', 'dpi', dpi, { positive: true });
    this.dpiScaleTrans.clear().scale(this._dpi);
    this.changed();
    return this;
  }
  getDpi(): number {
    return this._dpi;
  }
  getSizeInches(): [number, number] {
    return [this.bboxInches.width, this.bboxInches.height];
  }
  setSizeInches(w: number, h: number): this {
    const [cw, ch] = checkFigsize('setSizeInches', [w, h]);
    this.bboxInches.set(0, 0, cw, ch);
    this.changed();
    return this;
  }
  setFacecolor(c: ColorSpec): this {
    this.patch.setFacecolor(c);
    return this;
  }
  getFacecolor(): ColorSpec {
    return this.patch.getFacecolor();
  }

  // ---- staleness ----
  childBecameStale(): void {
    this.stale = true;
  }
  override get stale(): boolean {
    return super.stale;
  }
  override set stale(v: boolean) {
    super.stale = v;
    // Changes made by the draw itself (tick labels, title positions) are not user changes: they
    // must not request another draw, or a live figure would redraw forever.
    if (v && this.drawDepth === 0) for (const l of this.staleListeners) l(this);
  }
  /** How many draws are in progress (saving while a live draw runs nests). */
  private drawDepth = 0;
  /** Registers a listener for staleness; returns a function that removes it. */
  onStale(listener: (fig: Figure) => void): () => void {
    this.staleListeners.add(listener);
    return () => this.staleListeners.delete(listener);
  }

  // ---- axes ----
  /** The Axes of this figure, in the order they were added. */
  get axes(): readonly Axes[] {
    return this.axesList;
  }

  /**
   * Adds an Axes on a grid: `addSubplot(2, 2, 1)`, `addSubplot(221)`, `addSubplot(gs.get(0, 1))`, or
   * `addSubplot()` for a single full subplot.
   */
  addSubplot(
    ...args:
      | []
      | [number]
      | [SubplotSpec]
      | [number, number, number | readonly [number, number]]
      | [number, number, number, AxesOptions]
      | [SubplotSpec, AxesOptions]
      | [number, AxesOptions]
  ): Axes {
    const last = args[args.length - 1];
    const opts = (
      typeof last === 'object' && last !== null && !(last instanceof SubplotSpec) && !Array.isArray(last)
        ? last
        : {}
    ) as AxesOptions;
    const pos = (opts === last ? args.slice(0, -1) : args) as unknown[];
    const spec = this.specFromArgs(pos);
    const ax = new Axes(this, spec.getPosition(this.subplotpars), opts);
    ax.subplotspec = spec;
    return this.addAxesObject(ax);
  }

  private specFromArgs(pos: unknown[]): SubplotSpec {
    if (pos.length === 0) return new GridSpec(1, 1).cell(1);
    if (pos.length === 1 && pos[0] instanceof SubplotSpec) return pos[0];
    if (pos.length === 1 && typeof pos[0] === 'number') {
      const n = pos[0];
      if (!Number.isInteger(n) || n < 111 || n > 999)
        invalid('addSubplot', 'position', n, 'a three-digit integer like 111');
      return new GridSpec(Math.floor(n / 100), Math.floor(n / 10) % 10).cell(n % 10);
    }
    if (pos.length === 3 && typeof pos[0] === 'number' && typeof pos[1] === 'number') {
      return new GridSpec(pos[0], pos[1]).cell(pos[2] as number | [number, number]);
    }
    return invalid(
      'addSubplot',
      'arguments',
      pos,
      '(nrows, ncols, index), a three-digit integer or a SubplotSpec',
    );
  }

  /** Adds an Axes at [left, bottom, width, height] in figure fractions. */
  addAxes(rect: readonly [number, number, number, number], opts: AxesOptions = {}): Axes {
    if (!Array.isArray(rect) || rect.length !== 4)
      invalid('addAxes', 'rect', rect, '[left, bottom, width, height]');
    const [l, b, w, h] = rect.map((v, i) =>
      checkFinite('addAxes', ['left', 'bottom', 'width', 'height'][i]!, v),
    );
    if (w! < 0 || h! < 0) invalid('addAxes', 'rect', rect, 'a non-negative width and height');
    return this.addAxesObject(new Axes(this, Bbox.fromBounds(l!, b!, w!, h!), opts));
  }

  private addAxesObject(ax: Axes): Axes {
    this.axesList.push(ax);
    this.currentAxes = ax;
    this.changed();
    return ax;
  }

  /**
   * A grid of subplots (matplotlib's `Figure.subplots`). With `squeeze` (the default) a 1x1 grid
   * gives an Axes, a single row or column a 1-D array, anything else a 2-D array.
   */
  subplots(
    nrows = 1,
    ncols = 1,
    o: SubplotsOptions & {
      sharex?: boolean | 'all' | 'row' | 'col' | 'none';
      sharey?: boolean | 'all' | 'row' | 'col' | 'none';
    } = {},
  ): SubplotsResult {
    checkOptionKeys('subplots', o, SUBPLOTS_OPTION_KEYS);
    const gs = new GridSpec(nrows, ncols, {
      ...o.gridspecKw,
      ...(o.widthRatios ? { widthRatios: o.widthRatios } : {}),
      ...(o.heightRatios ? { heightRatios: o.heightRatios } : {}),
    });
    const grid: Axes[][] = [];
    for (let r = 0; r < nrows; r++) {
      const row: Axes[] = [];
      for (let c = 0; c < ncols; c++) row.push(this.addSubplot(gs.get(r, c), { ...o.subplotKw }));
      grid.push(row);
    }
    shareAxes(grid, 'x', o.sharex ?? false);
    shareAxes(grid, 'y', o.sharey ?? false);
    if (o.squeeze === false) return grid;
    if (nrows === 1 && ncols === 1) return grid[0]![0]!;
    if (nrows === 1 || ncols === 1) return grid.flat();
    return grid;
  }

  /** The current Axes, creating one when there is none (matplotlib's `gca`). */
  gca(): Axes {
    return this.currentAxes ?? this.addSubplot();
  }
  /** Makes `ax` the current Axes. */
  sca(ax: Axes): Axes {
    if (!this.axesList.includes(ax))
      throw new TsplotlibError('sca', 'the Axes does not belong to this figure');
    this.currentAxes = ax;
    return ax;
  }
  /** Removes an Axes. */
  delaxes(ax: Axes): void {
    this.axesList = this.axesList.filter((a) => a !== ax);
    if (this.currentAxes === ax) this.currentAxes = this.axesList[this.axesList.length - 1] ?? null;
    this.changed();
  }
  removeChild(a: Artist): void {
    if (a instanceof Axes) return this.delaxes(a);
    this.texts = this.texts.filter((t) => t !== a);
    this.artists = this.artists.filter((t) => t !== a);
    this.changed();
  }
  /** Removes everything (matplotlib's `clf`). */
  clear(): this {
    this.axesList = [];
    this.currentAxes = null;
    this.texts = [];
    this.artists = [];
    this.suptitleText = null;
    this.changed();
    return this;
  }
  clf(): this {
    return this.clear();
  }

  /** Moves the subplots' margins and gaps (matplotlib's `subplots_adjust`). */
  subplotsAdjust(p: Partial<SubplotParams>): this {
    checkOptionKeys('subplotsAdjust', p, ['left', 'right', 'bottom', 'top', 'wspace', 'hspace']);
    Object.assign(this.subplotpars, checkSubplotParams('subplotsAdjust', { ...this.subplotpars, ...p }));
    for (const ax of this.axesList)
      if (ax.subplotspec) ax.setPosition(ax.subplotspec.getPosition(this.subplotpars));
    this.changed();
    return this;
  }

  // ---- figure-level artists ----
  /** Adds text at (x, y) in figure fractions. */
  text(x: number, y: number, s: string | number, o: TextOptions = {}): Text {
    const t = new Text(x, y, s, { transform: this.transFigure, ...o }, 'Figure.text');
    t.parent = this;
    this.texts.push(t);
    this.changed();
    return t;
  }

  /** A centered title above all subplots (matplotlib's `suptitle`). */
  suptitle(s: string, o: TextOptions & { x?: number; y?: number } = {}): Text {
    const { x = 0.5, y = 0.98, ...rest } = o;
    const t = new Text(x, y, s, {
      transform: this.transFigure,
      ha: 'center',
      va: 'top',
      fontsize: rcParams.get('figure.titlesize'),
      fontweight: rcParams.get('figure.titleweight'),
      ...rest,
    }, 'suptitle'); // prettier-ignore
    t.parent = this;
    if (this.suptitleText) this.texts = this.texts.filter((a) => a !== this.suptitleText);
    this.suptitleText = t;
    this.texts.push(t);
    this.changed();
    return t;
  }
  getSuptitle(): string {
    return this.suptitleText?.getText() ?? '';
  }
  /** Adds any artist drawn in figure coordinates (legends, patches). */
  addArtist<T extends Artist>(a: T): T {
    a.parent = this;
    this.artists.push(a);
    this.changed();
    return a;
  }

  // ---- drawing ----
  override draw(renderer: Renderer): void {
    if (!this._visible) return;
    renderer.openGroup('figure', this._gid ?? undefined);
    this.patch.draw(renderer);
    const list = sortByZorder<Artist>(
      [...this.axesList, ...this.texts, ...this.artists].filter((a) => !a.getAnimated()),
    );
    try {
      for (const a of list) a.draw(renderer);
    } finally {
      renderer.closeGroup('figure');
      this.stale = false;
    }
  }

  /** Draws the whole figure at the renderer's dpi (the figure's own dpi is restored afterwards). */
  drawWith(renderer: Renderer): void {
    const own = this._dpi;
    this.drawDepth++;
    try {
      if (renderer.dpi !== own) this.setDpi(renderer.dpi);
      this.draw(renderer);
    } finally {
      if (renderer.dpi !== own) this.setDpi(own);
      this.drawDepth--;
    }
  }

  /** The pixel size at `dpi`, refusing sizes no canvas could hold. */
  pixelSize(call: string, dpi = this._dpi): [number, number] {
    const [w, h] = this.getSizeInches();
    const pw = Math.round(w * dpi), ph = Math.round(h * dpi); // prettier-ignore
    if (pw > MAX_PIXELS_PER_SIDE || ph > MAX_PIXELS_PER_SIDE) {
      throw new TsplotlibError(
        call,
        `a figure of ${pw}x${ph} px is too large to allocate (limit ${MAX_PIXELS_PER_SIDE} px a side); lower figsize or dpi`,
      );
    }
    return [pw, ph];
  }

  /** Renders the figure into the bytes of `format` ('png', 'svg', 'jpg', …). */
  toBuffer(format: string = rcParams.get('savefig.format'), o: SaveOptions = {}): Uint8Array {
    checkOptionKeys('toBuffer', o, SAVE_OPTION_KEYS);
    return this.render('toBuffer', (o.format ?? format).toLowerCase(), o);
  }

  /**
   * Saves the figure to `fname`; the format comes from `options.format`, else the extension, else rc
   * `savefig.format`. The file is written atomically: a failure never leaves a partial file.
   */
  savefig(fname: string, o: SaveOptions = {}): void {
    checkOptionKeys('savefig', o, SAVE_OPTION_KEYS);
    if (typeof fname !== 'string' || fname === '') invalid('savefig', 'fname', fname, 'a file path');
    const ext = /\.([A-Za-z0-9]+)$/.exec(fname)?.[1]?.toLowerCase();
    let format = o.format?.toLowerCase() ?? ext ?? rcParams.get('savefig.format');
    let path = fname;
    if (!o.format && !ext) path = `${fname}.${format}`;
    if (o.format && ext && ext !== format) format = o.format.toLowerCase();
    const bytes = this.render('savefig', format, o);
    getFileSink('savefig')(path, bytes);
  }

  private render(call: string, format: string, o: SaveOptions): Uint8Array {
    const writer = formatWriter(call, format);
    const rcDpi = rcParams.get('savefig.dpi');
    const dpiOpt = o.dpi ?? rcDpi;
    const dpi = dpiOpt === 'figure' ? this._dpi : checkFinite(call, 'dpi', dpiOpt, { positive: true });
    this.pixelSize(call, dpi);
    const transparent = o.transparent ?? rcParams.get('savefig.transparent');
    // Saving changes colors and dpi for a moment; none of it is a change a live view should redraw for.
    this.drawDepth++;
    const restore = this.applySaveColors(call, o, transparent);
    try {
      const quality = o.quality;
      return writer(this, {
        dpi,
        facecolor: null,
        ...(o.metadata ? { metadata: o.metadata } : {}),
        ...(quality !== undefined ? { quality } : {}),
      });
    } finally {
      restore();
      this.drawDepth--;
    }
  }

  /** Sets the background colors savefig asks for, returning a function that puts them back. */
  private applySaveColors(call: string, o: SaveOptions, transparent: boolean): () => void {
    const saved = { face: this.patch.getFacecolor(), edge: this.patch.getEdgecolor() };
    const axes = this.axesList.map((ax) => [ax, ax.patch.getFacecolor()] as const);
    const fc = o.facecolor ?? rcParams.get('savefig.facecolor');
    const ec = o.edgecolor ?? rcParams.get('savefig.edgecolor');
    if (transparent) {
      this.patch.setFacecolor('none').setEdgecolor('none');
      for (const [ax] of axes) ax.patch.setFacecolor('none');
    } else {
      if (fc !== 'auto') this.patch.setFacecolor(toRgba(fc, null, call));
      if (ec !== 'auto') this.patch.setEdgecolor(toRgba(ec, null, call));
    }
    return () => {
      this.patch.setFacecolor(saved.face).setEdgecolor(saved.edge);
      for (const [ax, c] of axes) ax.patch.setFacecolor(c);
    };
  }
}

function checkFigsize(call: string, size: unknown): [number, number] {
  if (!Array.isArray(size) || size.length !== 2) invalid(call, 'figsize', size, '[width, height] in inches');
  const [w, h] = size as number[];
  return [
    checkFinite(call, 'figsize width', w, { positive: true }),
    checkFinite(call, 'figsize height', h, { positive: true }),
  ];
}

/** Links the axes of a subplot grid for sharex/sharey ('all', 'row', 'col'), hiding inner tick labels. */
function shareAxes(grid: Axes[][], axis: 'x' | 'y', mode: boolean | 'all' | 'row' | 'col' | 'none'): void {
  const m = mode === true ? 'all' : mode === false ? 'none' : mode;
  if (m === 'none') return;
  const groups: Axes[][] =
    m === 'all' ? [grid.flat()] : m === 'row' ? grid : grid[0]!.map((_, c) => grid.map((row) => row[c]!));
  for (const g of groups) for (const ax of g.slice(1)) ax.share(axis, g[0]!);
  const nrows = grid.length;
  grid.forEach((row, r) =>
    row.forEach((ax, c) => {
      // matplotlib hides the inner tick labels of shared grids: x labels except on the bottom row, y except on the left column.
      if (axis === 'x' && (m === 'all' || m === 'col') && r < nrows - 1)
        ax.xaxis.setTickParams('both', { label1On: false });
      if (axis === 'y' && (m === 'all' || m === 'row') && c > 0)
        ax.yaxis.setTickParams('both', { label1On: false });
    }),
  );
}
