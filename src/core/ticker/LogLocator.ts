/**
 * LogLocator: ticks at `subs[j] * base**i` for a log axis, thinned to every k-th decade when the
 * view spans many (matplotlib's `LogLocator`, non-classic mode, with its fallback to AutoLocator
 * for minor ticks when a view shows less than two of them).
 */
import { TsplotlibError, checkChoice, checkOptionKeys, invalid } from '../errors.js';
import { Locator } from './Locator.js';
import { AutoLocator } from './MaxNLocator.js';
import { floorDiv, powBase } from './pyMath.js';

/** Where ticks go between integer powers of the base: 'auto', 'all', or a list of multiples. */
export type LogSubs = 'auto' | 'all' | readonly number[];

/** Options of {@link LogLocator}. */
export interface LogLocatorOptions {
  /** The log base; major ticks at `base**n`. Default 10. */
  base?: number;
  /** Multiples of `base**n` to tick: [1] (the default, majors only), a list, 'auto' (minor ticks between the powers) or 'all' (including them); null means 'auto'. */
  subs?: LogSubs | null;
  /** The most ticks to produce, or 'auto' to use the axis tick space clipped to [2, 9]. Default 'auto' (15 in classic mode). */
  numticks?: number | 'auto';
  /** Only for polar axes in matplotlib; kept for API parity. Default 4. */
  numdecs?: number;
  /** matplotlib's classic mode (rc `_internal.classic_mode`): a different decade stride. Default false. */
  classic?: boolean;
}

/** `base ** floor(log_base(x))`, the largest integer power of base not above x (signed for x < 0). */
export function decadeLessEqual(x: number, base: number): number {
  if (x === 0) return x;
  if (x < 0) return -decadeGreaterEqual(-x, base);
  return powBase(base, Math.floor(Math.log(x) / Math.log(base)));
}

/** The smallest integer power of base not below x (signed for x < 0). */
export function decadeGreaterEqual(x: number, base: number): number {
  if (x === 0) return x;
  if (x < 0) return -decadeLessEqual(-x, base);
  return powBase(base, Math.ceil(Math.log(x) / Math.log(base)));
}

/** The largest integer power of base strictly below x. */
export function decadeLess(x: number, base: number): number {
  if (x < 0) return -decadeGreater(-x, base);
  const less = decadeLessEqual(x, base);
  return less === x ? less / base : less;
}

/** The smallest integer power of base strictly above x. */
export function decadeGreater(x: number, base: number): number {
  if (x < 0) return -decadeLess(-x, base);
  const greater = decadeGreaterEqual(x, base);
  return greater === x ? greater * base : greater;
}

/** Checks a log base: positive and not 1. */
export function checkLogBase(call: string, base: unknown): number {
  if (typeof base !== 'number' || !Number.isFinite(base) || base <= 0 || base === 1) {
    invalid(call, 'base', base, 'a positive number other than 1');
  }
  return base;
}

/** Ticks for a log axis. @example new LogLocator().tickValues(1, 1000) // [0.1, 1, 10, 100, 1000, 10000] */
export class LogLocator extends Locator {
  protected base = 10;
  protected subs: 'auto' | 'all' | number[] = [1];
  protected numticks: number | 'auto' = 'auto';
  numdecs = 4;
  protected classic = false;

  constructor(options: LogLocatorOptions = {}) {
    super();
    checkOptionKeys('LogLocator', options, ['base', 'subs', 'numticks', 'numdecs', 'classic']);
    if (options.classic) {
      this.classic = true;
      this.numticks = 15;
    }
    this.setParams(options);
  }

  /** Changes base, subs, numticks or numdecs. */
  setParams(options: Omit<LogLocatorOptions, 'classic'>): this {
    const call = 'LogLocator.setParams';
    checkOptionKeys(call, options, ['base', 'subs', 'numticks', 'numdecs', 'classic']);
    if (options.base !== undefined) this.base = checkLogBase(call, options.base);
    if (options.subs !== undefined) this.subs = parseSubs(call, options.subs);
    if (options.numticks !== undefined) {
      const n = options.numticks;
      if (n !== 'auto' && !(Number.isInteger(n) && n >= 1))
        invalid(call, 'numticks', n, "a positive integer or 'auto'");
      this.numticks = n;
    }
    if (options.numdecs !== undefined) this.numdecs = options.numdecs;
    return this;
  }

  /** The base of the logarithm. */
  getBase(): number {
    return this.base;
  }

  private effectiveNumticks(): number {
    if (this.numticks !== 'auto') return this.numticks;
    return this.axis === null ? 9 : Math.min(Math.max(this.axis.getTickSpace(), 2), 9);
  }

  override tickValues(vmin: number, vmax: number): number[] {
    const numticks = this.effectiveNumticks();
    const b = this.base;
    if (vmin <= 0) {
      if (this.axis !== null) vmin = this.axis.getMinpos();
      if (vmin <= 0 || !Number.isFinite(vmin)) {
        throw new TsplotlibError(
          'LogLocator.tickValues',
          'Data has no positive values, and therefore can not be log-scaled.',
        );
      }
    }
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    const logVmin = Math.log(vmin) / Math.log(b);
    const logVmax = Math.log(vmax) / Math.log(b);
    const numdec = Math.floor(logVmax) - Math.ceil(logVmin);

    let subs: number[];
    if (typeof this.subs === 'string') {
      if (numdec > 10 || b < 3) {
        if (this.subs === 'auto') return []; // No minor or major ticks.
        subs = [1];
      } else {
        subs = [];
        for (let s = this.subs === 'auto' ? 2 : 1; s < b; s++) subs.push(s);
      }
    } else {
      subs = this.subs;
    }

    // Decades between major ticks.
    let stride = this.classic
      ? Math.max(Math.ceil(numdec / (numticks - 1)), 1)
      : floorDiv(numdec + 1, numticks) + 1;
    // A stride as large as the range would leave one tick visible: clip it to the range - 1.
    if (stride >= numdec) stride = Math.max(1, numdec - 1);

    // Does subs include anything other than 1? (Whether this is a major or a minor locator.)
    const haveSubs = subs.length > 1 || (subs.length === 1 && subs[0] !== 1);
    const start = Math.floor(logVmin) - stride;
    const stop = Math.ceil(logVmax) + 2 * stride;
    const ndecades = Math.max(0, Math.ceil((stop - start) / stride));
    this.checkTickCount(ndecades * (haveSubs ? subs.length : 1), start, stop);

    let ticklocs: number[] = [];
    if (!haveSubs) {
      for (let i = 0; i < ndecades; i++) ticklocs.push(powBase(b, start + i * stride));
    } else if (stride === 1) {
      for (let i = 0; i < ndecades; i++) {
        const decade = powBase(b, start + i);
        for (const s of subs) ticklocs.push(s * decade);
      }
    }

    if (subs.length > 1 && stride === 1 && ticklocs.filter((t) => vmin <= t && t <= vmax).length <= 1) {
      // A minor locator that expects at least two ticks per decade, showing at most one: switch to
      // linear ticks (an AutoLocator without an axis, as matplotlib's).
      return new AutoLocator().tickValues(vmin, vmax);
    }
    ticklocs = this.raiseIfExceeds(ticklocs);
    return ticklocs;
  }

  /** The view limits for data from vmin to vmax: nonsingular, and decades in 'round_numbers' mode. */
  override viewLimits(vmin: number, vmax: number): [number, number] {
    [vmin, vmax] = this.nonsingular(vmin, vmax);
    if (this.autolimitMode !== 'round_numbers') return [vmin, vmax];
    return [decadeLessEqual(vmin, this.base), decadeGreaterEqual(vmax, this.base)];
  }

  /**
   * A positive, increasing, non-degenerate range: no data gives (1, 10), a non-positive vmin the
   * axis's smallest positive value, a zero-width range the decades around it.
   */
  override nonsingular(vmin: number, vmax: number): [number, number] {
    if (vmin > vmax) [vmin, vmax] = [vmax, vmin];
    if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [1, 10];
    // matplotlib warns here ("Data has no positive values"); the range falls back to (1, 10).
    if (vmax <= 0) return [1, 10];
    let minpos = this.axis === null ? 0 : this.axis.getMinpos();
    if (!Number.isFinite(minpos)) minpos = 1e-300;
    if (vmin <= 0) vmin = minpos;
    if (vmin === vmax) return [decadeLess(vmin, this.base), decadeGreater(vmax, this.base)];
    return [vmin, vmax];
  }
}

/** Normalizes a subs option to 'auto', 'all' or an array of finite numbers. */
export function parseSubs(call: string, subs: LogSubs | null): 'auto' | 'all' | number[] {
  if (subs === null) return 'auto';
  if (typeof subs === 'string') return checkChoice(call, 'subs', subs, ['auto', 'all'] as const);
  if (
    !Array.isArray(subs) ||
    subs.length === 0 ||
    !subs.every((s) => typeof s === 'number' && Number.isFinite(s))
  ) {
    invalid(call, 'subs', subs, "'auto', 'all' or a non-empty array of numbers");
  }
  return [...subs];
}
