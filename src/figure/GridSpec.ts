/**
 * GridSpec and SubplotSpec: the grid that subplots are laid out on (matplotlib's `gridspec.py`).
 * Positions follow `GridSpecBase.get_grid_positions` exactly, so a default subplot lands at
 * matplotlib's (80, 52.8, 496, 369.6) px on a 640x480 figure.
 */
import { Bbox } from '../core/Bbox.js';
import { checkFinite, checkOptionKeys, invalid, TsplotlibError } from '../core/errors.js';
import { rcParams } from '../core/rcParams.js';

/** The figure margins and gaps, as fractions (matplotlib's SubplotParams). */
export interface SubplotParams {
  left: number;
  right: number;
  bottom: number;
  top: number;
  wspace: number;
  hspace: number;
}

export interface GridSpecOptions extends Partial<SubplotParams> {
  /** Relative column widths. */
  widthRatios?: readonly number[];
  /** Relative row heights. */
  heightRatios?: readonly number[];
}

export const GRIDSPEC_OPTION_KEYS = [
  'left',
  'right',
  'bottom',
  'top',
  'wspace',
  'hspace',
  'widthRatios',
  'heightRatios',
];

/** The rc defaults of the subplot parameters. */
export function defaultSubplotParams(): SubplotParams {
  return {
    left: rcParams.get('figure.subplot.left'),
    right: rcParams.get('figure.subplot.right'),
    bottom: rcParams.get('figure.subplot.bottom'),
    top: rcParams.get('figure.subplot.top'),
    wspace: rcParams.get('figure.subplot.wspace'),
    hspace: rcParams.get('figure.subplot.hspace'),
  };
}

/** Validates subplot parameters as matplotlib's SubplotParams.update does. */
export function checkSubplotParams(call: string, p: SubplotParams): SubplotParams {
  for (const [k, v] of Object.entries(p)) checkFinite(call, k, v);
  if (p.left >= p.right)
    throw new TsplotlibError(call, `left (${p.left}) must be less than right (${p.right})`);
  if (p.bottom >= p.top)
    throw new TsplotlibError(call, `bottom (${p.bottom}) must be less than top (${p.top})`);
  return p;
}

export class GridSpec {
  readonly nrows: number;
  readonly ncols: number;
  /** Parameters given to this grid; unset ones follow the figure's. */
  readonly own: Partial<SubplotParams>;
  readonly widthRatios: number[];
  readonly heightRatios: number[];

  constructor(nrows: number, ncols: number, o: GridSpecOptions = {}) {
    checkOptionKeys('GridSpec', o, GRIDSPEC_OPTION_KEYS);
    if (!Number.isInteger(nrows) || nrows < 1) invalid('GridSpec', 'nrows', nrows, 'a positive integer');
    if (!Number.isInteger(ncols) || ncols < 1) invalid('GridSpec', 'ncols', ncols, 'a positive integer');
    this.nrows = nrows;
    this.ncols = ncols;
    const { widthRatios, heightRatios, ...own } = o;
    this.own = own;
    this.widthRatios = checkRatios('widthRatios', widthRatios, ncols);
    this.heightRatios = checkRatios('heightRatios', heightRatios, nrows);
  }

  /** The cell at (row, col), or a span: `gs.get([0, 2], 1)` covers rows 0–1 of column 1. */
  get(row: number | readonly [number, number], col: number | readonly [number, number]): SubplotSpec {
    const [r0, r1] = this.span('row', row, this.nrows);
    const [c0, c1] = this.span('col', col, this.ncols);
    return new SubplotSpec(this, r0, r1, c0, c1);
  }

  /** The 1-based `index` of matplotlib's `add_subplot(nrows, ncols, index)`, or a (first, last) span. */
  cell(index: number | readonly [number, number]): SubplotSpec {
    const n = this.nrows * this.ncols;
    const [a, b] = typeof index === 'number' ? [index, index] : index;
    for (const i of [a, b]) {
      if (!Number.isInteger(i) || i < 1 || i > n)
        invalid('addSubplot', 'index', i, `an integer from 1 to ${n}`);
    }
    const r0 = Math.floor((a - 1) / this.ncols), c0 = (a - 1) % this.ncols; // prettier-ignore
    const r1 = Math.floor((b - 1) / this.ncols), c1 = (b - 1) % this.ncols; // prettier-ignore
    return new SubplotSpec(
      this,
      Math.min(r0, r1),
      Math.max(r0, r1) + 1,
      Math.min(c0, c1),
      Math.max(c0, c1) + 1,
    );
  }

  private span(what: string, v: number | readonly [number, number], n: number): [number, number] {
    const norm = (i: number) => (i < 0 ? i + n : i);
    const [a, b] = typeof v === 'number' ? [norm(v), norm(v) + 1] : [norm(v[0]), norm(v[1])];
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > n || a >= b) {
      invalid('GridSpec', what, v, `an index or [start, stop) span within 0..${n}`);
    }
    return [a, b];
  }

  /**
   * Cell edges in figure fractions: [bottoms, tops, lefts, rights], one per row or column
   * (matplotlib's `get_grid_positions`).
   */
  gridPositions(figureParams: SubplotParams): {
    bottoms: number[];
    tops: number[];
    lefts: number[];
    rights: number[];
  } {
    const p = { ...figureParams, ...this.own };
    const cellH = (p.top - p.bottom) / (this.nrows + p.hspace * (this.nrows - 1));
    const cellW = (p.right - p.left) / (this.ncols + p.wspace * (this.ncols - 1));
    const heights = scaleRatios(this.heightRatios, cellH * this.nrows);
    const widths = scaleRatios(this.widthRatios, cellW * this.ncols);
    const tops: number[] = [], bottoms: number[] = []; // prettier-ignore
    let y = p.top;
    heights.forEach((h, i) => {
      if (i > 0) y -= p.hspace * cellH;
      tops.push(y);
      y -= h;
      bottoms.push(y);
    });
    const lefts: number[] = [], rights: number[] = []; // prettier-ignore
    let x = p.left;
    widths.forEach((w, i) => {
      if (i > 0) x += p.wspace * cellW;
      lefts.push(x);
      x += w;
      rights.push(x);
    });
    return { bottoms, tops, lefts, rights };
  }
}

function checkRatios(what: string, r: readonly number[] | undefined, n: number): number[] {
  if (r === undefined) return new Array<number>(n).fill(1);
  if (r.length !== n) invalid('GridSpec', what, r, `${n} positive numbers`);
  return r.map((v) => checkFinite('GridSpec', what, v, { positive: true }));
}

function scaleRatios(ratios: number[], total: number): number[] {
  const sum = ratios.reduce((a, b) => a + b, 0);
  return ratios.map((r) => (r * total) / sum);
}

/** A rectangle of cells of a GridSpec (rows r0..r1-1, columns c0..c1-1). */
export class SubplotSpec {
  constructor(
    readonly gridspec: GridSpec,
    readonly rowStart: number,
    readonly rowStop: number,
    readonly colStart: number,
    readonly colStop: number,
  ) {}

  /** The spec's box in figure fractions. */
  getPosition(figureParams: SubplotParams): Bbox {
    const g = this.gridspec.gridPositions(figureParams);
    const bottom = g.bottoms[this.rowStop - 1]!;
    const top = g.tops[this.rowStart]!;
    const left = g.lefts[this.colStart]!;
    const right = g.rights[this.colStop - 1]!;
    return new Bbox(left, bottom, right, top);
  }

  isFirstRow(): boolean {
    return this.rowStart === 0;
  }
  isLastRow(): boolean {
    return this.rowStop === this.gridspec.nrows;
  }
  isFirstCol(): boolean {
    return this.colStart === 0;
  }
  isLastCol(): boolean {
    return this.colStop === this.gridspec.ncols;
  }
}
