/**
 * The simple locators: MultipleLocator, FixedLocator, NullLocator, IndexLocator, LinearLocator
 * (matplotlib's classes of the same names).
 */
import { checkFinite, invalid } from '../errors.js';
import { Locator } from './Locator.js';
import { EdgeInteger } from './MaxNLocator.js';
import { nonsingular } from './nonsingular.js';
import { arange, arangeLength, divmod, floorDiv } from './pyMath.js';

/**
 * A tick on every integer multiple of `base` in view (plus one beyond each end).
 *
 * @example new MultipleLocator(0.5).tickValues(0, 2) // [-0.5, 0, 0.5, 1, 1.5, 2, 2.5]
 */
export class MultipleLocator extends Locator {
  private edge: EdgeInteger;

  constructor(base = 1) {
    super();
    this.edge = new EdgeInteger(checkFinite('MultipleLocator', 'base', base, { positive: true }), 0);
  }

  /** Changes the base. */
  setParams(options: { base?: number }): this {
    if (options.base !== undefined) {
      this.edge = new EdgeInteger(
        checkFinite('MultipleLocator.setParams', 'base', options.base, { positive: true }),
        0,
      );
    }
    return this;
  }

  override tickValues(vmin: number, vmax: number): number[] {
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    const step = this.edge.step;
    vmin = this.edge.ge(vmin) * step;
    const n = floorDiv(vmax - vmin + 0.001 * step, step);
    this.checkTickCount(n + 3, vmin - step, vmin + (n + 1) * step);
    const locs: number[] = [];
    for (let i = 0; i < n + 3; i++) locs.push(vmin - step + i * step);
    return locs;
  }

  /** In 'round_numbers' mode, the nearest multiples of base around the data; else the data limits. */
  override viewLimits(dmin: number, dmax: number): [number, number] {
    if (this.autolimitMode !== 'round_numbers') return nonsingular(dmin, dmax);
    let vmin = this.edge.le(dmin) * this.edge.step;
    let vmax = this.edge.ge(dmax) * this.edge.step;
    if (vmin === vmax) {
      vmin -= 1;
      vmax += 1;
    }
    return nonsingular(vmin, vmax);
  }
}

/**
 * Ticks at fixed locations. With `nbins`, every k-th location is kept so that at most nbins + 1
 * remain, choosing the subsequence that contains the location of smallest magnitude (so 0, if present).
 */
export class FixedLocator extends Locator {
  readonly locs: number[];
  nbins: number | null;

  constructor(locs: ArrayLike<number>, nbins: number | null = null) {
    super();
    this.locs = Array.from(locs);
    this.nbins = nbins === null ? null : Math.max(nbins, 2);
  }

  /** Changes nbins. */
  setParams(options: { nbins?: number | null }): this {
    if (options.nbins !== undefined) this.nbins = options.nbins;
    return this;
  }

  override call(): number[] {
    return this.tickValues(NaN, NaN);
  }

  /** The fixed locations (the interval is not used). */
  override tickValues(_vmin: number, _vmax: number): number[] {
    if (this.nbins === null) return [...this.locs];
    const step = Math.max(Math.ceil(this.locs.length / this.nbins), 1);
    const pick = (from: number) => this.locs.filter((_, i) => i >= from && (i - from) % step === 0);
    const minAbs = (a: number[]) => Math.min(...a.map(Math.abs));
    let ticks = pick(0);
    for (let i = 1; i < step; i++) {
      const candidate = pick(i);
      if (minAbs(candidate) < minAbs(ticks)) ticks = candidate;
    }
    return this.raiseIfExceeds(ticks);
  }
}

/** No ticks. */
export class NullLocator extends Locator {
  override call(): number[] {
    return [];
  }
  override tickValues(_vmin: number, _vmax: number): number[] {
    return [];
  }
}

/**
 * A tick on every `base`-th data index starting at `offset`, over the axis's data interval (for
 * index plots).
 */
export class IndexLocator extends Locator {
  constructor(
    public base: number,
    public offset: number,
  ) {
    super();
    checkFinite('IndexLocator', 'base', base, { positive: true });
    checkFinite('IndexLocator', 'offset', offset);
  }

  /** Changes base or offset. */
  setParams(options: { base?: number; offset?: number }): this {
    if (options.base !== undefined)
      this.base = checkFinite('IndexLocator.setParams', 'base', options.base, { positive: true });
    if (options.offset !== undefined)
      this.offset = checkFinite('IndexLocator.setParams', 'offset', options.offset);
    return this;
  }

  /** Ticks over the data interval (not the view). */
  override call(): number[] {
    const [dmin, dmax] = this.requireAxis('IndexLocator.call').getDataInterval();
    return this.tickValues(dmin, dmax);
  }

  override tickValues(vmin: number, vmax: number): number[] {
    const start = vmin + this.offset;
    this.checkTickCount(arangeLength(start, vmax + 1, this.base), start, vmax);
    return arange(start, vmax + 1, this.base);
  }
}

/** Options of {@link LinearLocator}. */
export interface LinearLocatorOptions {
  /** The number of ticks. Default 11. */
  numticks?: number | null;
  /** Fixed tick lists for given view limits, keyed by `${vmin},${vmax}`. */
  presets?: Record<string, number[]>;
}

/** `numticks` evenly spaced ticks from vmin to vmax. */
export class LinearLocator extends Locator {
  private numticksValue: number | null = null;
  presets: Record<string, number[]> = {};

  constructor(options: LinearLocatorOptions = {}) {
    super();
    this.setParams(options);
  }

  /** The number of ticks (11 unless set). */
  get numticks(): number {
    return this.numticksValue ?? 11;
  }
  set numticks(n: number | null) {
    if (n !== null && !(Number.isInteger(n) && n >= 0))
      invalid('LinearLocator', 'numticks', n, 'a non-negative integer');
    this.numticksValue = n;
  }

  /** Changes numticks or presets. */
  setParams(options: LinearLocatorOptions): this {
    if (options.presets !== undefined) this.presets = options.presets;
    if (options.numticks !== undefined) this.numticks = options.numticks;
    return this;
  }

  override tickValues(vmin: number, vmax: number): number[] {
    [vmin, vmax] = nonsingular(vmin, vmax, 0.05);
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    const preset = this.presets[`${vmin},${vmax}`];
    if (preset !== undefined) return [...preset];
    const n = this.numticks;
    if (n === 0) return [];
    this.checkTickCount(n, vmin, vmax);
    return linspace(vmin, vmax, n);
  }

  /** In 'round_numbers' mode, limits rounded outward to a power of (numticks - 1); else the data limits. */
  override viewLimits(vmin: number, vmax: number): [number, number] {
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    if (vmin === vmax) {
      vmin -= 1;
      vmax += 1;
    }
    if (this.autolimitMode === 'round_numbers') {
      const k = Math.max(this.numticks - 1, 1);
      const [d, r] = divmod(Math.log10(vmax - vmin), Math.log10(k));
      const exponent = d - (r < 0.5 ? 1 : 0);
      const scale = Math.pow(k, -exponent);
      vmin = Math.floor(scale * vmin) / scale;
      vmax = Math.ceil(scale * vmax) / scale;
    }
    return nonsingular(vmin, vmax);
  }
}

/** NumPy's `np.linspace(start, stop, num)`: `start + i * step`, the last value exactly `stop`. */
export function linspace(start: number, stop: number, num: number): number[] {
  if (num <= 0) return [];
  if (num === 1) return [start];
  const div = num - 1;
  const step = (stop - start) / div;
  const out = new Array<number>(num);
  for (let i = 0; i < num; i++) out[i] = step === 0 ? start + (i / div) * (stop - start) : start + i * step;
  out[num - 1] = stop;
  return out;
}
