/**
 * Timer: calls its callbacks every `interval` milliseconds on the host's event loop (matplotlib's
 * `TimerBase` semantics). A callback returning `false` is removed; a timer whose callbacks are all
 * gone stops itself; a single-shot timer fires once. Callbacks run between turns of user code,
 * never inside it, so they may change figures freely.
 */
import { checkFinite, TsplotlibError } from './errors.js';

export type TimerCallback = (...args: never[]) => unknown;

export interface TimerOptions {
  /** Milliseconds between calls (default 1000, as matplotlib). */
  interval?: number;
  /** Fire once and stop. */
  singleShot?: boolean;
  /** Callbacks, each a function or [function, ...args]. */
  callbacks?: ReadonlyArray<TimerCallback | readonly [TimerCallback, ...unknown[]]>;
  /** Where errors thrown by callbacks go (default: printed; the timer keeps running). */
  onError?: (error: unknown) => void;
}

interface Entry {
  fn: TimerCallback;
  args: unknown[];
}

export class Timer {
  private _interval: number;
  private _singleShot: boolean;
  private entries: Entry[] = [];
  private handle: ReturnType<typeof setTimeout> | null = null;
  private readonly onError: (error: unknown) => void;

  constructor(o: TimerOptions = {}) {
    this._interval = Timer.checkInterval('newTimer', o.interval ?? 1000);
    this._singleShot = o.singleShot ?? false;
    this.onError = o.onError ?? ((e) => console.error('tsplotlib: a timer callback threw:', e));
    for (const c of o.callbacks ?? []) {
      if (typeof c === 'function') this.addCallback(c);
      else this.addCallback(c[0], ...c.slice(1));
    }
  }

  private static checkInterval(call: string, ms: number): number {
    const v = checkFinite(call, 'interval', ms, { positive: true });
    // matplotlib stores whole milliseconds, at least 1.
    return Math.max(Math.trunc(v), 1);
  }

  get interval(): number {
    return this._interval;
  }
  set interval(ms: number) {
    this._interval = Timer.checkInterval('Timer.interval', ms);
    if (this.running) this.restart();
  }
  get singleShot(): boolean {
    return this._singleShot;
  }
  set singleShot(b: boolean) {
    this._singleShot = b;
  }
  /** Whether the timer is scheduled to fire. */
  get running(): boolean {
    return this.handle !== null;
  }
  /** The number of callbacks attached. */
  get callbackCount(): number {
    return this.entries.length;
  }

  /** Adds a callback called with `args`; returns it (usable as a decorator-like helper). */
  addCallback<F extends TimerCallback>(fn: F, ...args: unknown[]): F {
    if (typeof fn !== 'function')
      throw new TsplotlibError('Timer.addCallback', 'the callback must be a function');
    this.entries.push({ fn, args });
    return fn;
  }

  /** Removes every registration of `fn` (or only those with these exact `args`). */
  removeCallback(fn: TimerCallback, ...args: unknown[]): void {
    this.entries = this.entries.filter(
      (e) =>
        e.fn !== fn ||
        (args.length > 0 && (e.args.length !== args.length || e.args.some((a, i) => a !== args[i]))),
    );
  }

  /** Starts the timer, optionally with a new interval. */
  start(interval?: number): void {
    if (interval !== undefined) this._interval = Timer.checkInterval('Timer.start', interval);
    this.restart();
  }

  /** Stops the timer; callbacks stay attached. */
  stop(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  private restart(): void {
    this.stop();
    this.handle = setTimeout(() => this.fire(), this._interval);
  }

  /** One tick: every callback runs; false removes it; no callbacks left (or single shot) stops. */
  private fire(): void {
    this.handle = null;
    for (const e of [...this.entries]) {
      let result: unknown;
      try {
        result = e.fn(...(e.args as never[]));
      } catch (err) {
        this.onError(err);
        continue;
      }
      if (result === false || result === 0) this.entries = this.entries.filter((x) => x !== e);
    }
    if (this.entries.length === 0 || this._singleShot) return;
    if (this.handle === null) this.handle = setTimeout(() => this.fire(), this._interval);
  }
}
