/**
 * CallbackRegistry: named signals with integer connection ids (matplotlib's
 * `cbook.CallbackRegistry`). A callback that throws is reported, with the signal's name, to the
 * registry's error handler, and the remaining callbacks still run: one broken handler must not
 * stop a live figure.
 */
import { TsplotlibError, suggestion } from './errors.js';

/** Where errors thrown by callbacks go; the default prints them with the signal name. */
export type CallbackErrorHandler = (error: unknown, signal: string) => void;

export const defaultCallbackErrorHandler: CallbackErrorHandler = (error, signal) => {
  console.error(`tsplotlib: a '${signal}' callback threw:`, error);
};

export class CallbackRegistry<E = unknown> {
  private readonly callbacks = new Map<string, Map<number, (event: E) => unknown>>();
  private nextId = 1;

  /**
   * @param signals the allowed signal names, or null to allow any
   * @param onError where callback errors are reported
   */
  constructor(
    private readonly signals: readonly string[] | null = null,
    public onError: CallbackErrorHandler = defaultCallbackErrorHandler,
  ) {}

  /** Connects `fn` to `signal`; returns the id to disconnect it with. */
  connect(signal: string, fn: (event: E) => unknown, call = 'mplConnect'): number {
    this.checkSignal(signal, call);
    if (typeof fn !== 'function')
      throw new TsplotlibError(call, `the callback for '${signal}' must be a function`);
    let map = this.callbacks.get(signal);
    if (!map) this.callbacks.set(signal, (map = new Map()));
    const id = this.nextId++;
    map.set(id, fn);
    return id;
  }

  /** Disconnects a callback by id; unknown ids are ignored, as in matplotlib. */
  disconnect(id: number): void {
    for (const map of this.callbacks.values()) if (map.delete(id)) return;
  }

  /** Whether anything listens to `signal`. */
  has(signal: string): boolean {
    return (this.callbacks.get(signal)?.size ?? 0) > 0;
  }

  /** Calls every callback of `signal` in connection order; errors go to the error handler. */
  process(signal: string, event: E): void {
    const map = this.callbacks.get(signal);
    if (!map) return;
    for (const fn of [...map.values()]) {
      try {
        fn(event);
      } catch (e) {
        this.onError(e, signal);
      }
    }
  }

  private checkSignal(signal: string, call: string): void {
    if (this.signals && !this.signals.includes(signal)) {
      throw new TsplotlibError(
        call,
        `unknown event name ${JSON.stringify(signal)}${suggestion(signal, this.signals)}; known events: ${this.signals.join(', ')}`,
      );
    }
  }
}
