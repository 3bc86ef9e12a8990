/**
 * pyplot: the stateful API (matplotlib's `pyplot`). It keeps the only global figure state of the
 * library: the open figures by number and label, the current figure and axes, and the backend
 * chosen by name. Every plotting function forwards to the current Axes.
 *
 * ```ts
 * import * as plt from 'tsplotlib/pyplot';
 * plt.plot([1, 2, 3], [4, 1, 3], 'r--o', { label: 'loss' });
 * plt.title('training');
 * plt.legend();
 * plt.savefig('out/loss.png');
 * ```
 */
import './backends/index.js';
import { getBackend, type Backend } from './backends/registry.js';
import { checkOptionKeys, invalid, TsplotlibError } from './core/errors.js';
import { rcParams } from './core/rcParams.js';
import { style } from './core/styles.js';
import type { Axes, PlotArg, ScatterOptions, TickParamsOptions } from './figure/Axes.js';
import type { PathCollection } from './figure/collections.js';
import type { ArrayLikeNumbers } from './figure/data.js';
import {
  FIGURE_OPTION_KEYS,
  Figure,
  type FigureOptions,
  type SaveOptions,
  type SubplotsOptions,
  type SubplotsResult,
} from './figure/Figure.js';
import type { Legend } from './figure/Legend.js';
import type { Line2D } from './figure/Line2D.js';
import type { Text, TextOptions } from './figure/Text.js';

export { rcParams, style };

/** The open figures, in activation order: the last one is the current figure (matplotlib's Gcf). */
const figures = new Map<number, Figure>();
let backendName: string | null = null;

/** Options of `figure()`: a Figure's options plus what pyplot does with existing figures. */
export interface PyplotFigureOptions extends FigureOptions {
  /** Clear the figure if it already exists. */
  clear?: boolean;
}

function activate(fig: Figure): Figure {
  if (fig.number !== null) {
    figures.delete(fig.number);
    figures.set(fig.number, fig);
  }
  return fig;
}

function nextNumber(): number {
  return figures.size === 0 ? 1 : Math.max(...figures.keys()) + 1;
}

/**
 * Creates a figure or activates an existing one: `figure()`, `figure(2)`, `figure('loss')` (by
 * label), `figure({ figsize: [8, 3] })`, `figure('loss', { dpi: 150 })`.
 */
export function figure(
  num?: number | string | Figure | PyplotFigureOptions,
  options: PyplotFigureOptions = {},
): Figure {
  if (typeof num === 'object' && num !== null && !(num instanceof Figure)) return figure(undefined, num);
  checkOptionKeys('figure', options, [...FIGURE_OPTION_KEYS, 'clear']);
  const { clear, ...figOptions } = options;
  if (num instanceof Figure) {
    if (num.number === null || !figures.has(num.number)) register(num, nextNumber(), num.label);
    return activate(num);
  }
  const existing = findFigure(num);
  if (existing) {
    if (clear) existing.clear();
    return activate(existing);
  }
  if (num !== undefined && typeof num === 'number' && (!Number.isInteger(num) || num < 1)) {
    invalid('figure', 'num', num, 'a positive integer or a label');
  }
  const fig = new Figure(figOptions);
  register(fig, typeof num === 'number' ? num : nextNumber(), typeof num === 'string' ? num : '');
  return fig;
}

function register(fig: Figure, num: number, label: string): void {
  fig.number = num;
  fig.label = label;
  figures.set(num, fig);
  const limit = rcParams.get('figure.max_open_warning');
  if (limit > 0 && figures.size > limit) {
    console.warn(
      `tsplotlib: more than ${limit} figures are open (${figures.size}). Figures created through pyplot are kept until closed with close(); ` +
        "to silence this warning, raise rcParams['figure.max_open_warning'].",
    );
  }
}

function findFigure(num: number | string | undefined): Figure | undefined {
  if (num === undefined) return undefined;
  if (typeof num === 'number') return figures.get(num);
  for (const f of figures.values()) if (f.label === num) return f;
  return undefined;
}

/** The current figure, creating one when none is open. */
export function gcf(): Figure {
  const last = [...figures.values()].pop();
  return last ?? figure();
}

/** The current Axes of the current figure, creating one when there is none. */
export function gca(): Axes {
  return gcf().gca();
}

/** Makes `ax` the current Axes and its figure the current figure. */
export function sca(ax: Axes): Axes {
  const fig = [...figures.values()].find((f) => f.axes.includes(ax));
  if (!fig) throw new TsplotlibError('sca', 'the Axes does not belong to an open pyplot figure');
  activate(fig);
  return fig.sca(ax);
}

/** The numbers of the open figures, ascending. */
export function getFignums(): number[] {
  return [...figures.keys()].sort((a, b) => a - b);
}
/** The labels of the open figures, in the order of their numbers. */
export function getFiglabels(): string[] {
  return getFignums().map((n) => figures.get(n)!.label);
}
/** Whether a figure with this number or label is open. */
export function figExists(num: number | string): boolean {
  return findFigure(num) !== undefined;
}

/**
 * Closes figures: `close()` the current one, `close(2)`, `close('loss')`, `close(fig)`, `close('all')`.
 * A closed Figure is detached from pyplot but can still be saved.
 */
export function close(which?: number | string | Figure): void {
  if (which === 'all') {
    figures.clear();
    return;
  }
  const fig =
    which === undefined ? [...figures.values()].pop() : which instanceof Figure ? which : findFigure(which);
  if (!fig || fig.number === null) return;
  figures.delete(fig.number);
}

/**
 * A figure and a grid of Axes (matplotlib's `subplots`): `const [fig, ax] = subplots()`,
 * `const [fig, axs] = subplots(2, 2, { sharex: true })`.
 */
export function subplots(
  nrows = 1,
  ncols = 1,
  options: SubplotsOptions &
    PyplotFigureOptions & {
      sharex?: boolean | 'all' | 'row' | 'col' | 'none';
      sharey?: boolean | 'all' | 'row' | 'col' | 'none';
      num?: number | string;
    } = {},
): [Figure, SubplotsResult] {
  const { figsize, dpi, facecolor, edgecolor, linewidth, frameon, subplotpars, clear, num, ...sub } = options;
  const figOpts = Object.fromEntries(
    Object.entries({ figsize, dpi, facecolor, edgecolor, linewidth, frameon, subplotpars, clear }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  const fig = figure(num, figOpts as PyplotFigureOptions);
  return [fig, fig.subplots(nrows, ncols, sub)];
}

/** Adds an Axes to the current figure: `subplot(2, 1, 1)` or `subplot(211)`. */
export function subplot(...args: Parameters<Figure['addSubplot']>): Axes {
  return gcf().addSubplot(...args);
}

// ---- plotting on the current Axes ----
/** `plot([x], y, [fmt], …, [options])` on the current Axes. */
export function plot(...args: PlotArg[]): Line2D[] {
  return gca().plot(...args);
}
export function scatter(x: ArrayLikeNumbers, y: ArrayLikeNumbers, options?: ScatterOptions): PathCollection {
  return gca().scatter(x, y, options);
}
export function text(x: number, y: number, s: string | number, options?: TextOptions): Text {
  return gca().text(x, y, s, options);
}
export function title(label: string, options?: Parameters<Axes['setTitle']>[1]): Text {
  return gca().setTitle(label, options);
}
export function xlabel(label: string, options?: Parameters<Axes['setXlabel']>[1]): Text {
  return gca().setXlabel(label, options);
}
export function ylabel(label: string, options?: Parameters<Axes['setYlabel']>[1]): Text {
  return gca().setYlabel(label, options);
}
/** Gets or sets the x limits: `xlim()`, `xlim(0, 10)`, `xlim([0, 10])`. */
export function xlim(
  left?: number | null | readonly [number | null, number | null],
  right?: number | null,
): [number, number] {
  const ax = gca();
  return left === undefined && right === undefined ? ax.getXlim() : ax.setXlim(left ?? null, right);
}
export function ylim(
  bottom?: number | null | readonly [number | null, number | null],
  top?: number | null,
): [number, number] {
  const ax = gca();
  return bottom === undefined && top === undefined ? ax.getYlim() : ax.setYlim(bottom ?? null, top);
}
export function xscale(scale: string, options?: Record<string, unknown>): void {
  gca().setXscale(scale, options);
}
export function yscale(scale: string, options?: Record<string, unknown>): void {
  gca().setYscale(scale, options);
}
export function xticks(
  ticks?: ArrayLikeNumbers,
  labels?: readonly string[],
  options?: Parameters<Axes['setXticks']>[2],
): number[] {
  const ax = gca();
  if (ticks !== undefined) ax.setXticks(ticks, labels, options);
  return ax.getXticks();
}
export function yticks(
  ticks?: ArrayLikeNumbers,
  labels?: readonly string[],
  options?: Parameters<Axes['setYticks']>[2],
): number[] {
  const ax = gca();
  if (ticks !== undefined) ax.setYticks(ticks, labels, options);
  return ax.getYticks();
}
export function legend(...args: unknown[]): Legend {
  return gca().legend(...args);
}
export function grid(visible?: boolean | null, options?: Parameters<Axes['grid']>[1]): void {
  gca().grid(visible ?? null, options);
}
export function tickParams(options: TickParamsOptions): void {
  gca().tickParams(options);
}
export function margins(x?: number, y?: number): [number, number] {
  return gca().margins(x, y);
}
export function axis(arg?: Parameters<Axes['axis']>[0]): [number, number, number, number] {
  return gca().axis(arg);
}
export function suptitle(s: string, options?: Parameters<Figure['suptitle']>[1]): Text {
  return gcf().suptitle(s, options);
}
/** Clears the current figure. */
export function clf(): void {
  gcf().clear();
}
/** Clears the current Axes. */
export function cla(): void {
  gca().clear();
}

// ---- output and backends ----
/** Saves the current figure (format from the extension or `options.format`). */
export function savefig(fname: string, options?: SaveOptions): void {
  gcf().savefig(fname, options);
}

/**
 * Selects the backend by name, case-insensitive: 'agg' (alias 'png'), 'svg', 'template', and those
 * other packages register. An unknown name throws, naming the known ones.
 */
export function use(name: string): void {
  const backend = getBackend(name, 'use');
  backendName = backend.name;
}
/** matplotlib's name for {@link use}. */
export const switchBackend = use;

/** The current backend's name (rc `backend`, env `TSPLOTLIB_BACKEND`, default 'agg'). */
export function getBackendName(): string {
  return currentBackend().name;
}

function currentBackend(): Backend {
  if (backendName) return getBackend(backendName, 'use');
  const env = typeof process !== 'undefined' ? process.env['TSPLOTLIB_BACKEND'] : undefined;
  const fromRc = rcParams.get('backend');
  const name = env || (fromRc && fromRc.toLowerCase() !== 'agg' ? fromRc : 'agg');
  const backend = getBackend(name, 'use');
  backendName = backend.name;
  return backend;
}

/**
 * Shows the open figures. A file backend cannot show: it warns, as matplotlib does for Agg, and
 * resolves. Interactive backends display the figures through their views.
 */
export async function show(options: { block?: boolean } = {}): Promise<void> {
  const backend = currentBackend();
  const open = getFignums().map((n) => figures.get(n)!);
  if (!backend.show) {
    if (open.length) {
      console.warn(
        `tsplotlib: the '${backend.name}' backend cannot show figures; use savefig() to write them to files.`,
      );
    }
    return;
  }
  await backend.show(open, options);
}
