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
import { checkFinite, checkOptionKeys, invalid, TsplotlibError } from './core/errors.js';
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
/** Interactive mode (matplotlib's `ion`/`ioff`), from rc `interactive` at start. */
let interactive = rcParams.get('interactive');
/** Resolvers of blocking `show()` calls, settled when the last figure closes. */
const showWaiters = new Set<() => void>();
/** Undo functions of each managed figure's hooks (stale listener), run on close. */
const unhook = new Map<Figure, () => void>();

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
  attach(fig, currentBackend());
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
  const targets =
    which === 'all'
      ? [...figures.values()]
      : [
          which === undefined
            ? [...figures.values()].pop()
            : which instanceof Figure
              ? which
              : findFigure(which),
        ];
  for (const fig of targets) {
    if (!fig || fig.number === null || figures.get(fig.number) !== fig) continue;
    figures.delete(fig.number);
    unhook.get(fig)?.();
    unhook.delete(fig);
    // close_event fires and the views are told; the Figure itself stays usable (it can still be saved).
    fig.canvas.close();
  }
  if (figures.size === 0) for (const resolve of [...showWaiters]) resolve();
}

/**
 * Connects a managed figure to a backend: its canvas draws through the backend's output, a view
 * closing it closes it here, and in interactive mode every change requests an idle draw.
 */
function attach(fig: Figure, backend: Backend): void {
  fig.canvas.setOutput(backend.createOutput?.(fig) ?? null);
  fig.canvas.closeHandler = () => close(fig);
  if (!unhook.has(fig)) {
    unhook.set(
      fig,
      fig.onStale(() => {
        if (interactive) fig.canvas.drawIdle();
      }),
    );
  }
}

/**
 * A figure and a grid of Axes (matplotlib's `subplots`): `const [fig, ax] = subplots()`,
 * `const [fig, axs] = subplots(2, 2, { sharex: true })`.
 */
/** Options of pyplot's `subplots`: the figure's, the grid's, sharing, and `num` to reuse a figure. */
export type PyplotSubplotsOptions = SubplotsOptions &
  PyplotFigureOptions & {
    sharex?: boolean | 'all' | 'row' | 'col' | 'none';
    sharey?: boolean | 'all' | 'row' | 'col' | 'none';
    num?: number | string;
  };

export function subplots(options?: PyplotSubplotsOptions): [Figure, SubplotsResult];
export function subplots(
  nrows: number,
  ncols?: number,
  options?: PyplotSubplotsOptions,
): [Figure, SubplotsResult];
export function subplots(
  nrowsOrOptions: number | PyplotSubplotsOptions = 1,
  ncolsArg = 1,
  optionsArg: PyplotSubplotsOptions = {},
): [Figure, SubplotsResult] {
  // matplotlib's keywords may come alone: subplots({ figsize: [8, 3] }).
  const [nrows, ncols, options] =
    typeof nrowsOrOptions === 'object' ? [1, 1, nrowsOrOptions] : [nrowsOrOptions, ncolsArg, optionsArg];
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
  if (backendName === backend.name) return;
  backendName = backend.name;
  // Open figures move to the new backend with their state; views of the old one are told they closed.
  for (const fig of figures.values()) {
    const wasShown = fig.canvas.shown;
    fig.canvas.getOutput().close();
    attach(fig, backend);
    if (wasShown) fig.canvas.getOutput().show?.();
    if (wasShown || fig.stale) fig.canvas.drawIdle();
  }
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

// ---- interactive mode, drawing and the event loop (DESIGN.md section 6) ----

/** Restores the interactive mode that was in force before `ion()`/`ioff()`; works with `using`. */
export interface InteractiveModeHandle extends Disposable {
  restore(): void;
}

function setInteractive(on: boolean): InteractiveModeHandle {
  const previous = interactive;
  interactive = on;
  if (on) for (const fig of figures.values()) if (fig.stale) fig.canvas.drawIdle();
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    interactive = previous;
  };
  return { restore, [Symbol.dispose]: restore };
}

/**
 * Turns interactive mode on: every change to a pyplot figure requests a draw, coalesced into one
 * when the event loop gets control. Returns a handle that restores the previous mode
 * (`using _ = ion()` restores it at the end of the block).
 */
export function ion(): InteractiveModeHandle {
  return setInteractive(true);
}
/** Turns interactive mode off: nothing is drawn until `draw()`, `show()`, `pause()` or `savefig()`. */
export function ioff(): InteractiveModeHandle {
  return setInteractive(false);
}
/** Whether interactive mode is on. */
export function isInteractive(): boolean {
  return interactive;
}

/** Draws the current figure now (synchronously) and delivers the frame to its views. */
export function draw(): void {
  gcf().canvas.draw();
}
/** Requests a draw of the current figure; requests coalesce into one draw. */
export function drawIdle(): void {
  gcf().canvas.drawIdle();
}
/** For every open figure: runs its pending draw, delivers frames and dispatches queued input. */
export function flushEvents(): void {
  for (const fig of [...figures.values()]) fig.canvas.flushEvents();
}

/**
 * Draws the stale figures that are shown (showing them first on an interactive backend), then lets
 * the event loop run for `seconds`, dispatching input and timers as they come. It never blocks the
 * process and never grabs focus: `await pause(0.1)` inside a loop animates every open figure.
 */
export async function pause(seconds: number): Promise<void> {
  checkFinite('pause', 'seconds', seconds, { min: 0 });
  const backend = currentBackend();
  for (const fig of [...figures.values()]) {
    const canvas = fig.canvas;
    if (!canvas.shown && backend.interactive) canvas.getOutput().show?.();
    if (canvas.shown && (fig.stale || canvas.drawPending)) canvas.draw();
    canvas.flushEvents();
  }
  await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
}

/**
 * Shows the open figures. On an interactive backend every open figure is drawn into its view;
 * with `ioff()` (and no `block: false`) the promise resolves when the views have closed them all.
 * A file backend cannot show: it warns, as matplotlib does for Agg, and resolves.
 */
export async function show(options: { block?: boolean } = {}): Promise<void> {
  checkOptionKeys('show', options, ['block']);
  const backend = currentBackend();
  const open = getFignums().map((n) => figures.get(n)!);
  if (!backend.interactive) {
    if (open.length) {
      console.warn(
        `tsplotlib: the '${backend.name}' backend cannot show figures; use savefig() to write them to files.`,
      );
    }
    return;
  }
  for (const fig of open) {
    fig.canvas.getOutput().show?.();
    fig.canvas.draw();
  }
  await backend.show?.(open, options);
  const block = options.block ?? !interactive;
  if (!block || figures.size === 0) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      showWaiters.delete(done);
      resolve();
    };
    showWaiters.add(done);
  });
}
