/**
 * The tick locator base class and what locators and formatters need from an axis.
 *
 * matplotlib's locators and formatters hold a reference to their Axis and ask it for the view
 * interval, the tick space and a few other facts. Here that dependency is the small
 * {@link TickAxis} interface, so the ticker stays in `core` and the figure's Axis implements it.
 */
import { TsplotlibError } from '../errors.js';
import { intervalContainsClose, nonsingular } from './nonsingular.js';

/** What a locator or formatter asks of the axis it is attached to (matplotlib's Axis methods). */
export interface TickAxis {
  /** The view limits, in the order set (they may be decreasing). */
  getViewInterval(): [number, number];
  /** The data limits. */
  getDataInterval(): [number, number];
  /** The smallest positive data value (log scales use it in place of non-positive limits). */
  getMinpos(): number;
  /** matplotlib's `Axis.get_tick_space()`: roughly how many tick labels fit along the axis. */
  getTickSpace(): number;
  /** `'x'` or `'y'`. */
  readonly axisName: string;
  /** The major tick locations, unfiltered (AutoMinorLocator subdivides them). */
  getMajorticklocs?(): ArrayLike<number>;
  /** The scale's name (`'linear'`, `'log'`, …). */
  getScale?(): string;
  /** The symlog scale's linear threshold, when the axis has one (LogFormatter labels symlog axes). */
  getLinthresh?(): number | undefined;
  /**
   * The largest data distance between `value` and the values one display pixel away on either side
   * (ScalarFormatter.formatDataShort picks its precision from it). Without it, a ten-thousandth of
   * the view interval is used, as matplotlib does for axes without a screen transform.
   */
  pixelDelta?(value: number): number;
}

/**
 * A stand-in axis for locators and formatters used on their own (matplotlib's `_DummyAxis`):
 * mutable view and data intervals, a tick space of 9.
 */
export class DummyAxis implements TickAxis {
  readonly axisName = 'x';
  viewInterval: [number, number] = [0, 1];
  dataInterval: [number, number] = [0, 1];
  constructor(
    public minpos = 0,
    public tickSpace = 9,
  ) {}
  getViewInterval(): [number, number] {
    return [this.viewInterval[0], this.viewInterval[1]];
  }
  /** Sets the view interval (matplotlib's `axis.set_view_interval`). */
  setViewInterval(vmin: number, vmax: number): void {
    this.viewInterval = [vmin, vmax];
  }
  getDataInterval(): [number, number] {
    return [this.dataInterval[0], this.dataInterval[1]];
  }
  /** Sets the data interval. */
  setDataInterval(vmin: number, vmax: number): void {
    this.dataInterval = [vmin, vmax];
  }
  getMinpos(): number {
    return this.minpos;
  }
  getTickSpace(): number {
    return this.tickSpace;
  }
}

/** Something attached to an axis (matplotlib's TickHelper). */
export abstract class TickHelper {
  /** The axis this helper reads its limits from; null until attached. */
  axis: TickAxis | null = null;

  /** Attaches the helper to an axis. */
  setAxis(axis: TickAxis | null): this {
    this.axis = axis;
    return this;
  }

  /** Attaches a {@link DummyAxis} when no axis is set yet (matplotlib's `create_dummy_axis`). */
  createDummyAxis(minpos = 0): TickAxis {
    if (this.axis === null) this.axis = new DummyAxis(minpos);
    return this.axis;
  }

  /** The attached axis, or an error naming the call. */
  protected requireAxis(call: string): TickAxis {
    if (this.axis === null) {
      throw new TsplotlibError(
        call,
        `${this.constructor.name} is not attached to an axis; call setAxis(axis) first`,
      );
    }
    return this.axis;
  }
}

/** rc `axes.autolimit_mode`: view limits at the data ('data') or widened to ticks ('round_numbers', the classic style). */
export type AutolimitMode = 'data' | 'round_numbers';

/**
 * Base class of tick locators: `call()` gives the ticks for the attached axis's current view,
 * `tickValues(vmin, vmax)` the ticks for any interval.
 */
export abstract class Locator extends TickHelper {
  /**
   * The most ticks a locator may produce. matplotlib logs a warning past this and carries on,
   * which can exhaust memory for a badly chosen step; we throw instead, before generating them.
   */
  static MAXTICKS = 1000;

  /** rc `axes.autolimit_mode`, which some locators' view limits (and MaxNLocator's steps) follow. */
  autolimitMode: AutolimitMode = 'data';

  /** The tick locations for the interval from `vmin` to `vmax`. */
  abstract tickValues(vmin: number, vmax: number): number[];

  /** The tick locations for the attached axis's view interval (matplotlib's `__call__`). */
  call(): number[] {
    const [vmin, vmax] = this.requireAxis(`${this.constructor.name}.call`).getViewInterval();
    return this.tickValues(vmin, vmax);
  }

  /** Throws when `count` ticks would exceed {@link Locator.MAXTICKS}; returns `count`. */
  protected checkTickCount(count: number, first: number, last: number): number {
    if (!(count <= Locator.MAXTICKS)) {
      throw new TsplotlibError(
        `${this.constructor.name}.tickValues`,
        `would generate ${count} ticks ([${first}, ..., ${last}]), more than Locator.MAXTICKS (${Locator.MAXTICKS}); ` +
          'choose a larger step or fewer ticks',
      );
    }
    return count;
  }

  /** Returns `locs` after checking their number against {@link Locator.MAXTICKS} (matplotlib's `raise_if_exceeds`). */
  raiseIfExceeds(locs: number[]): number[] {
    this.checkTickCount(locs.length, locs[0] ?? NaN, locs[locs.length - 1] ?? NaN);
    return locs;
  }

  /**
   * Adjusts a range to avoid singularities during autoscaling: a zero-width range is widened by 5%,
   * infinite limits give (-0.05, 0.05).
   */
  nonsingular(v0: number, v1: number): [number, number] {
    return nonsingular(v0, v1, 0.05);
  }

  /** The view limits this locator would choose for data from `vmin` to `vmax`. */
  viewLimits(vmin: number, vmax: number): [number, number] {
    return nonsingular(vmin, vmax);
  }
}

/** A one-dimensional forward mapping: a function, or a (separable) transform whose x part is used. */
export type ScaleForward =
  ((v: number) => number) | { transformPoint(x: number, y: number): [number, number] };

/**
 * The ticks the axis draws: `locs` within the view interval, widened by a relative tolerance of
 * 1e-10 of its span to admit floating point error (matplotlib's `Axis._update_ticks` with
 * `_interval_contains_close`). For a non-linear scale pass its transform (or forward function):
 * the test is made in scaled coordinates, as matplotlib does.
 */
export function ticksInView(
  locs: ArrayLike<number>,
  vmin: number,
  vmax: number,
  forward?: ScaleForward,
): number[] {
  const f =
    forward === undefined
      ? (v: number) => v
      : typeof forward === 'function'
        ? forward
        : (v: number) => forward.transformPoint(v, v)[0];
  const interval: [number, number] = [f(Math.min(vmin, vmax)), f(Math.max(vmin, vmax))];
  const out: number[] = [];
  for (let i = 0; i < locs.length; i++) {
    if (intervalContainsClose(interval, f(locs[i]!))) out.push(locs[i]!);
  }
  return out;
}
