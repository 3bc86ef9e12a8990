/**
 * SymmetricalLogLocator: ticks for a symlog axis, at powers of the base on the logarithmic parts
 * and at 0 on the linear part (matplotlib's `SymmetricalLogLocator`).
 */
import { checkFinite, checkOptionKeys, invalid } from '../errors.js';
import { Locator } from './Locator.js';
import { decadeGreater, decadeGreaterEqual, decadeLess, decadeLessEqual } from './LogLocator.js';
import { nonsingular } from './nonsingular.js';
import { floorDiv, powBase } from './pyMath.js';

/** Options of {@link SymmetricalLogLocator}: `base` and `linthresh` (or a transform carrying them), `subs`. */
export interface SymmetricalLogLocatorOptions {
  /** A symlog transform whose base and linthresh to use. */
  transform?: { readonly base: number; readonly linthresh: number };
  /** The log base, when no transform is given. */
  base?: number;
  /** The linear threshold, when no transform is given. */
  linthresh?: number;
  /** Multiples of the powers of the base to tick. Default [1]. */
  subs?: readonly number[] | null;
  /** The most decades to tick before striding. Default 15. */
  numticks?: number;
}

/** Ticks for a symmetrical log axis. */
export class SymmetricalLogLocator extends Locator {
  private readonly base: number;
  private readonly linthresh: number;
  private subs: number[];
  numticks = 15;

  constructor(options: SymmetricalLogLocatorOptions) {
    super();
    const call = 'SymmetricalLogLocator';
    checkOptionKeys(call, options, ['transform', 'base', 'linthresh', 'subs', 'numticks']);
    const { transform, base, linthresh } = options;
    if (transform !== undefined) {
      this.base = transform.base;
      this.linthresh = transform.linthresh;
    } else if (base !== undefined && linthresh !== undefined) {
      this.base = checkFinite(call, 'base', base, { positive: true });
      this.linthresh = checkFinite(call, 'linthresh', linthresh, { positive: true });
    } else {
      invalid(call, 'options', options, 'either transform, or both linthresh and base');
    }
    this.subs = options.subs ? [...options.subs] : [1];
    if (options.numticks !== undefined) this.numticks = options.numticks;
  }

  /** Changes subs or numticks. */
  setParams(options: { subs?: readonly number[]; numticks?: number }): this {
    if (options.numticks !== undefined) this.numticks = options.numticks;
    if (options.subs !== undefined) this.subs = [...options.subs];
    return this;
  }

  override tickValues(vmin: number, vmax: number): number[] {
    const { base, linthresh } = this;
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    // Only the linear range (-t, t) is in view: its ends.
    if (-linthresh < vmin && vmin < vmax && vmax < linthresh) return [vmin, vmax];

    // The domain splits into a lower log part (a), a linear part around 0 (b) and an upper log part (c).
    const hasA = vmin < -linthresh;
    const hasC = vmax > linthresh;
    const hasB = (hasA && vmax > -linthresh) || (hasC && vmin < linthresh);
    const logRange = (lo: number, hi: number): [number, number] => [
      Math.floor(Math.log(lo) / Math.log(base)),
      Math.ceil(Math.log(hi) / Math.log(base)),
    ];
    let [aLo, aHi] = [0, 0];
    if (hasA) [aLo, aHi] = logRange(Math.abs(Math.min(-linthresh, vmax)), Math.abs(vmin) + 1);
    let [cLo, cHi] = [0, 0];
    if (hasC) [cLo, cHi] = logRange(Math.max(linthresh, vmin), vmax + 1);

    const totalTicks = aHi - aLo + (cHi - cLo) + (hasB ? 1 : 0);
    const stride = Math.max(floorDiv(totalTicks, this.numticks - 1), 1);
    this.checkTickCount(Math.ceil(totalTicks / stride) * this.subs.length, vmin, vmax);

    const decades: number[] = [];
    if (hasA) {
      const exps: number[] = [];
      for (let e = aLo; e < aHi; e += stride) exps.push(e);
      for (let i = exps.length - 1; i >= 0; i--) decades.push(-powBase(base, exps[i]!));
    }
    if (hasB) decades.push(0);
    if (hasC) for (let e = cLo; e < cHi; e += stride) decades.push(powBase(base, e));

    const subs = this.subs;
    if (subs.length > 1 || subs[0] !== 1) {
      const ticklocs: number[] = [];
      for (const decade of decades) {
        if (decade === 0) ticklocs.push(0);
        else for (const s of subs) ticklocs.push(s * decade);
      }
      return this.raiseIfExceeds(ticklocs);
    }
    return this.raiseIfExceeds(decades);
  }

  /** The view limits: nonsingular, and widened to decades in 'round_numbers' mode. */
  override viewLimits(vmin: number, vmax: number): [number, number] {
    const b = this.base;
    if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
    if (this.autolimitMode === 'round_numbers') {
      vmin = decadeLessEqual(vmin, b);
      vmax = decadeGreaterEqual(vmax, b);
      if (vmin === vmax) {
        vmin = decadeLess(vmin, b);
        vmax = decadeGreater(vmax, b);
      }
    }
    return nonsingular(vmin, vmax);
  }
}
