/**
 * FigureCanvas: where a figure meets its backend and its user (matplotlib's FigureCanvasBase), and
 * where the interactive contract of DESIGN.md section 6 lives:
 *
 * - `draw()` renders now through the backend's output, clears staleness, fires `draw_event` and
 *   hands the frame to the views;
 * - `drawIdle()` requests a draw; requests coalesce into one draw at the next `flushEvents()`, the
 *   next macrotask, or an explicit `draw()`;
 * - input from views is queued in arrival order and dispatched by `flushEvents()` or one macrotask
 *   when the event loop is free, never in the middle of user code.
 *
 * The canvas stays with its figure for life; switching backends swaps its output, so connections,
 * timers and state survive.
 */
import type { Bbox } from '../core/Bbox.js';
import { CallbackRegistry } from '../core/callbacks.js';
import type { CanvasOutput, PixelRegion } from '../core/canvasOutput.js';
import { checkChoice, checkFinite, TsplotlibError } from '../core/errors.js';
import { NullRenderer } from '../core/NullRenderer.js';
import type { RenderTarget } from '../core/output.js';
import type { Renderer } from '../core/renderer.js';
import { scheduleMacrotask } from '../core/scheduler.js';
import { Timer, type TimerOptions } from '../core/Timer.js';
import type { Artist } from './Artist.js';
import type { Axes } from './Axes.js';
import { EVENT_NAMES, INPUT_EVENT_TYPES, type EventMap, type EventName, type InputEvent } from './events.js';
import { dispatchInput, type PointerState } from './inputDispatch.js';

/** The figure as the canvas sees it. */
export interface CanvasFigure extends RenderTarget {
  readonly axes: readonly Axes[];
  stale: boolean;
  setSizeInches(w: number, h: number): unknown;
  /** Every artist that can be picked, for pick_event. */
  pickableArtists(): Artist[];
}

/** The output of a figure no backend shows: draws lay the figure out but produce nothing. */
class NullOutput implements CanvasOutput {
  readonly shown = false;
  private last: Renderer | null = null;
  draw(target: RenderTarget): Renderer {
    const [w, h] = target.getSizeInches();
    this.last = new NullRenderer(w * target.dpi, h * target.dpi, target.dpi);
    target.drawWith(this.last);
    return this.last;
  }
  lastRenderer(): Renderer | null {
    return this.last;
  }
  close(): void {}
}

export class FigureCanvas {
  /** matplotlib's `canvas.callbacks`: the connections of `mplConnect`. */
  readonly callbacks = new CallbackRegistry<EventMap[EventName]>(EVENT_NAMES);
  private output: CanvasOutput = new NullOutput();
  private idlePending = false;
  private idleScheduled = false;
  private readonly queue: InputEvent[] = [];
  private dispatchScheduled = false;
  private readonly pointer: PointerState = { inFigure: false, inaxes: null, x: null, y: null };
  private eventLoopStop: (() => void) | null = null;
  private timers = new Set<Timer>();
  /** Counts draws, for tests and diagnostics. */
  drawCount = 0;
  private closed = false;

  constructor(readonly figure: CanvasFigure) {}

  // ---- backend plumbing ----
  /** Connects the canvas to a backend's output (or back to no output with null). */
  setOutput(output: CanvasOutput | null): void {
    this.output = output ?? new NullOutput();
    // A closed figure handed to a backend again (pyplot's figure(fig)) is live again.
    if (output) this.closed = false;
  }
  getOutput(): CanvasOutput {
    return this.output;
  }
  /** Whether a view shows this figure. */
  get shown(): boolean {
    return this.output.shown;
  }
  /** The view's device pixel ratio (2 on most HiDPI screens). */
  get devicePixelRatio(): number {
    return this.output.devicePixelRatio ?? 1;
  }
  /** The figure's size in logical pixels, or in device pixels with `physical`. */
  getWidthHeight(physical = false): [number, number] {
    const [w, h] = this.figure.getSizeInches();
    const scale = physical ? this.devicePixelRatio : 1;
    return [Math.round(w * this.figure.dpi * scale), Math.round(h * this.figure.dpi * scale)];
  }

  // ---- drawing ----
  /** Draws now, synchronously: renders, clears staleness, fires draw_event, delivers the frame. */
  draw(): void {
    this.idlePending = false;
    const renderer = this.output.draw(this.figure);
    this.drawCount++;
    this.figure.stale = false;
    this.callbacks.process('draw_event', { name: 'draw_event', canvas: this, guiEvent: null, renderer });
  }

  /** Requests a draw; however many requests arrive, one draw runs (DESIGN.md section 6, rule 2). */
  drawIdle(): void {
    this.idlePending = true;
    if (this.idleScheduled) return;
    this.idleScheduled = true;
    scheduleMacrotask(() => {
      this.idleScheduled = false;
      if (this.idlePending) this.draw();
    });
  }

  /** Whether a requested draw has not run yet. */
  get drawPending(): boolean {
    return this.idlePending;
  }

  /** Runs the pending draw, sends frames to the views and dispatches queued input, synchronously. */
  flushEvents(): void {
    if (this.idlePending) this.draw();
    this.output.flush?.();
    this.dispatchQueued();
  }

  /** The renderer of the last draw (drawing one first if there was none), for `drawArtist`. */
  getRenderer(): Renderer {
    const r = this.output.lastRenderer?.();
    if (r) return r;
    this.draw();
    return this.output.lastRenderer?.() ?? this.output.draw(this.figure);
  }

  // ---- blitting ----
  /** Whether this backend can copy and restore pixel regions (the raster backends can). */
  get supportsBlit(): boolean {
    return typeof this.output.copyFromBbox === 'function' && typeof this.output.restoreRegion === 'function';
  }
  copyFromBbox(bbox: Bbox): PixelRegion {
    if (!this.output.copyFromBbox)
      throw new TsplotlibError('copyFromBbox', 'this backend cannot copy pixels (supportsBlit is false)');
    return this.output.copyFromBbox(bbox);
  }
  restoreRegion(region: PixelRegion): void {
    if (!this.output.restoreRegion)
      throw new TsplotlibError('restoreRegion', 'this backend cannot restore pixels (supportsBlit is false)');
    this.output.restoreRegion(region);
  }
  /** Delivers the pixels under `bbox` (or the whole frame) to the views. */
  blit(bbox?: Bbox): void {
    this.output.blit?.(bbox);
  }

  // ---- callbacks ----
  /** Connects a callback to a matplotlib event name; returns the id for `mplDisconnect`. */
  mplConnect<K extends EventName>(name: K, fn: (event: EventMap[K]) => unknown): number {
    return this.callbacks.connect(name, fn as (e: EventMap[EventName]) => unknown, 'mplConnect');
  }
  mplDisconnect(cid: number): void {
    this.callbacks.disconnect(cid);
  }

  // ---- input ----
  /**
   * Queues input from a view (or a test): it is dispatched in arrival order by `flushEvents()` or
   * by one macrotask when the event loop is free, never during user code.
   */
  injectEvent(event: InputEvent): void {
    this.assertOpen('injectEvent');
    checkInput(event);
    this.queue.push(event);
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    scheduleMacrotask(() => {
      this.dispatchScheduled = false;
      this.dispatchQueued();
    });
  }

  /** The number of input events waiting to be dispatched. */
  get pendingEvents(): number {
    return this.queue.length;
  }

  private dispatchQueued(): void {
    while (this.queue.length) {
      const e = this.queue.shift()!;
      dispatchInput(this, e, this.pointer);
    }
  }

  /** The topmost visible Axes containing the display point, as matplotlib's `inaxes`. */
  inaxes(x: number, y: number): Axes | null {
    let best: Axes | null = null;
    for (const ax of this.figure.axes) {
      if (!ax.getVisible() || !ax.bbox.containsPoint(x, y)) continue;
      if (!best || ax.zorder >= best.zorder) best = ax;
    }
    return best;
  }

  // ---- timers and the event loop ----
  /** A timer on this canvas (matplotlib's `new_timer`). */
  newTimer(options: TimerOptions = {}): Timer {
    this.assertOpen('newTimer');
    const t = new Timer({
      ...options,
      onError: options.onError ?? ((e) => this.callbacks.onError(e, 'timer')),
    });
    this.timers.add(t);
    return t;
  }

  /**
   * Lets the event loop run for `timeout` seconds (0: until `stopEventLoop()`), dispatching input
   * as it arrives. Returns a promise: it never blocks the process.
   */
  startEventLoop(timeout = 0): Promise<void> {
    checkFinite('startEventLoop', 'timeout', timeout, { min: 0 });
    this.stopEventLoop();
    return new Promise((resolve) => {
      const handle = timeout > 0 ? setTimeout(() => done(), timeout * 1000) : null;
      const done = () => {
        if (handle) clearTimeout(handle);
        this.eventLoopStop = null;
        resolve();
      };
      this.eventLoopStop = done;
    });
  }
  stopEventLoop(): void {
    this.eventLoopStop?.();
  }

  /**
   * Who closes the figure when a view asks to (pyplot installs its `close`, so the figure also
   * leaves the registry); without one the canvas closes itself.
   */
  closeHandler: (() => void) | null = null;

  /** A view closed the figure (its panel or window went away). */
  closeFromView(): void {
    if (this.closeHandler) this.closeHandler();
    else this.close();
  }

  /** Whether the figure was closed (it can still be drawn and saved, but has no live view). */
  get isClosed(): boolean {
    return this.closed;
  }

  private assertOpen(call: string): void {
    if (this.closed) {
      throw new TsplotlibError(call, 'the figure was closed; it has no live view (it can still be saved)');
    }
  }

  /** Stops the canvas's timers and its event loop, fires close_event and detaches the views. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) t.stop();
    this.timers.clear();
    this.stopEventLoop();
    this.queue.length = 0;
    this.callbacks.process('close_event', { name: 'close_event', canvas: this, guiEvent: null });
    this.output.close();
    this.output = new NullOutput();
  }
}

function checkInput(e: InputEvent): void {
  if (!e || typeof e !== 'object') throw new TsplotlibError('injectEvent', 'an event must be an object');
  checkChoice('injectEvent', 'event type', (e as { type: unknown }).type, INPUT_EVENT_TYPES);
  if ('x' in e && e.x !== undefined) checkFinite('injectEvent', 'x', e.x);
  if ('y' in e && e.y !== undefined) checkFinite('injectEvent', 'y', e.y);
  if (e.type === 'resize_event') {
    checkFinite('injectEvent', 'width', e.width, { positive: true });
    checkFinite('injectEvent', 'height', e.height, { positive: true });
  }
  if (e.type === 'scroll_event') checkFinite('injectEvent', 'step', e.step);
}
