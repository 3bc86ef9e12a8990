/**
 * MaxNLocator: at most N+1 nice ticks (multiples of 1, 2, 2.5, 5… times a power of ten), and
 * AutoLocator, the default major locator of a linear axis. The algorithm is matplotlib's
 * `MaxNLocator._raw_ticks`, step for step, so tick positions match it to the last bit.
 */
import { checkChoice, checkOptionKeys, invalid } from '../errors.js';
import { Locator, type AutolimitMode } from './Locator.js';
import { nonsingular } from './nonsingular.js';
import { divmod, floorDiv, pow10, rint } from './pyMath.js';

/**
 * matplotlib's `scale_range`: the power of ten `scale` just below the range divided by `n`, and an
 * `offset` (the power of ten of the mean, signed) when the range is small compared to its mean.
 */
export function scaleRange(vmin: number, vmax: number, n = 1, threshold = 100): [number, number] {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  let offset = 0;
  if (!(Math.abs(meanv) / dv < threshold)) {
    offset = Math.sign(meanv) * pow10(floorDiv(Math.log10(Math.abs(meanv)), 1));
  }
  const scale = pow10(floorDiv(Math.log10(dv / n), 1));
  return [scale, offset];
}

/**
 * Integer multiples of a step with a tolerance that grows with the offset (matplotlib's
 * `_Edge_integer`): limits a hair off a multiple, from floating point error, count as on it.
 */
export class EdgeInteger {
  private readonly offset: number;
  constructor(
    readonly step: number,
    offset: number,
  ) {
    if (!(step > 0)) invalid('EdgeInteger', 'step', step, 'a positive number');
    this.offset = Math.abs(offset);
  }

  /** Whether `ms` is within the tolerance of `edge`. */
  closeTo(ms: number, edge: number): boolean {
    let tol = 1e-10;
    if (this.offset > 0) {
      // Allow more slop when the offset is large compared to the step.
      const digits = Math.log10(this.offset / this.step);
      tol = Math.min(0.4999, Math.max(1e-10, Math.pow(10, digits - 12)));
    }
    return Math.abs(ms - edge) < tol;
  }

  /** The largest n with n * step <= x. */
  le(x: number): number {
    const [d, m] = divmod(x, this.step);
    return this.closeTo(m / this.step, 1) ? d + 1 : d;
  }

  /** The smallest n with n * step >= x. */
  ge(x: number): number {
    const [d, m] = divmod(x, this.step);
    return this.closeTo(m / this.step, 0) ? d : d + 1;
  }
}

/** Which edge ticks MaxNLocator drops. */
export type Prune = 'lower' | 'upper' | 'both' | null;

/** Options of {@link MaxNLocator} (matplotlib's keyword arguments). */
export interface MaxNLocatorOptions {
  /** Maximum number of intervals (one less than the number of ticks), or `'auto'` to use the axis's tick space. Default 10. */
  nbins?: number | 'auto';
  /** Acceptable multiples of a power of ten, increasing from 1 to 10. Default [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]. */
  steps?: readonly number[] | null;
  /** Only integer ticks, provided at least `minNTicks` integers are in view. Default false. */
  integer?: boolean;
  /** Make the range symmetric about zero. Default false. */
  symmetric?: boolean;
  /** Drop the lowest, highest or both edge ticks. Default null. */
  prune?: Prune;
  /** Relax nbins and integer to get at least this many ticks in view. Default 2. */
  minNTicks?: number;
  /** rc `axes.autolimit_mode`: with 'round_numbers' (the classic style) larger steps may be taken so that view limits land on ticks. Default 'data'. */
  autolimitMode?: AutolimitMode;
}

const OPTION_KEYS = ['nbins', 'steps', 'integer', 'symmetric', 'prune', 'minNTicks', 'autolimitMode'];
const DEFAULT_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Checks and completes a steps list: increasing, within [1, 10], starting at 1 and ending at 10. */
function validateSteps(call: string, steps: readonly number[]): number[] {
  const ok =
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.every((s, i) => typeof s === 'number' && (i === 0 || s > steps[i - 1]!)) &&
    steps[0]! >= 1 &&
    steps[steps.length - 1]! <= 10;
  if (!ok) invalid(call, 'steps', steps, 'an increasing sequence of numbers between 1 and 10 inclusive');
  const out = [...steps];
  if (out[0] !== 1) out.unshift(1);
  if (out[out.length - 1] !== 10) out.push(10);
  return out;
}

/**
 * Finds up to `nbins + 1` nice tick locations; the result includes one tick beyond each end of the
 * interval (the axis draws only those in view).
 *
 * @example new MaxNLocator({ nbins: 4 }).tickValues(0, 1) // [0, 0.25, 0.5, 0.75, 1]
 */
export class MaxNLocator extends Locator {
  protected nbins: number | 'auto' = 10;
  protected steps: number[] = DEFAULT_STEPS;
  protected extendedSteps: number[] = [];
  protected integer = false;
  protected symmetric = false;
  protected prune: Prune = null;
  protected minNTicks = 2;

  constructor(options: MaxNLocatorOptions = {}) {
    super();
    this.setParams({ steps: null, ...options });
  }

  /** Changes some of the options. */
  setParams(options: MaxNLocatorOptions): this {
    const call = `${this.constructor.name}.setParams`;
    checkOptionKeys(call, options, OPTION_KEYS);
    const { nbins, steps, integer, symmetric, prune, minNTicks, autolimitMode } = options;
    if (autolimitMode !== undefined) {
      this.autolimitMode = checkChoice(call, 'autolimitMode', autolimitMode, [
        'data',
        'round_numbers',
      ] as const);
    }
    if (nbins !== undefined) {
      if (nbins !== 'auto' && !(typeof nbins === 'number' && nbins >= 1 && Number.isFinite(nbins))) {
        invalid(call, 'nbins', nbins, "a positive integer or 'auto'");
      }
      this.nbins = nbins === 'auto' ? 'auto' : Math.trunc(nbins);
    }
    if (symmetric !== undefined) this.symmetric = Boolean(symmetric);
    if (prune !== undefined)
      this.prune =
        prune === null ? null : checkChoice(call, 'prune', prune, ['lower', 'upper', 'both'] as const);
    if (minNTicks !== undefined) {
      if (!Number.isInteger(minNTicks)) invalid(call, 'minNTicks', minNTicks, 'an integer');
      this.minNTicks = Math.max(1, minNTicks);
    }
    if (steps !== undefined) {
      this.steps = steps === null ? DEFAULT_STEPS : validateSteps(call, steps);
      // An extended staircase, in which the needed step will be found.
      const s = this.steps;
      this.extendedSteps = [...s.slice(0, -1).map((v) => 0.1 * v), ...s, 10 * s[1]!];
    }
    if (integer !== undefined) this.integer = Boolean(integer);
    return this;
  }

  /** The number of bins in effect: `nbins`, or the axis tick space clipped to [max(1, minNTicks - 1), 9] for 'auto'. */
  protected effectiveNbins(): number {
    if (this.nbins !== 'auto') return this.nbins;
    if (this.axis === null) return 9;
    const lo = Math.max(1, this.minNTicks - 1);
    return Math.min(Math.max(this.axis.getTickSpace(), lo), 9);
  }

  /**
   * Tick locations covering `vmin`..`vmax` (matplotlib's `_raw_ticks`): the largest staircase
   * step not below range / nbins, then smaller steps until at least `minNTicks` ticks are in view.
   */
  protected rawTicks(vmin: number, vmax: number): number[] {
    const nbins = this.effectiveNbins();
    const [scale, offset] = scaleRange(vmin, vmax, nbins);
    const lo = vmin - offset;
    const hi = vmax - offset;
    const rawStep = (hi - lo) / nbins;
    let steps = this.extendedSteps.map((s) => s * scale);
    if (this.integer) {
      // For steps > 1, keep only integer values.
      steps = steps.filter((s) => s < 1 || Math.abs(s - rint(s)) < 0.001);
    }
    const first = steps.findIndex((s) => s >= rawStep);
    let istep = first < 0 ? 0 : first;
    if (this.autolimitMode === 'round_numbers') {
      // Classic round_numbers mode may require a larger step, so that nbins steps cover the range.
      for (; istep < steps.length - 1; istep++) {
        const step = steps[istep]!;
        if (floorDiv(lo, step) * step + step * nbins >= hi) break;
      }
    }
    let ticks: number[] = [];
    for (; istep >= 0; istep--) {
      let step = steps[istep]!;
      if (this.integer && Math.floor(hi) - Math.ceil(lo) >= this.minNTicks - 1) step = Math.max(1, step);
      const bestVmin = floorDiv(lo, step) * step;
      // Tick locations spanning the range, with a tolerance for the precision lost to a large offset.
      const edge = new EdgeInteger(step, offset);
      const low = edge.le(lo - bestVmin);
      const high = edge.ge(hi - bestVmin);
      const count = Math.max(0, Math.ceil(high + 1 - low));
      this.checkTickCount(count, low * step + bestVmin, high * step + bestVmin);
      ticks = new Array<number>(count);
      let inView = 0;
      for (let i = 0; i < count; i++) {
        const t = (low + i) * step + bestVmin;
        ticks[i] = t;
        if (t <= hi && t >= lo) inView++;
      }
      if (inView >= this.minNTicks) break;
    }
    return ticks.map((t) => t + offset);
  }

  override tickValues(vmin: number, vmax: number): number[] {
    if (this.symmetric) {
      vmax = Math.max(Math.abs(vmin), Math.abs(vmax));
      vmin = -vmax;
    }
    [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
    let locs = this.rawTicks(vmin, vmax);
    if (this.prune === 'lower') locs = locs.slice(1);
    else if (this.prune === 'upper') locs = locs.slice(0, -1);
    else if (this.prune === 'both') locs = locs.slice(1, -1);
    return this.raiseIfExceeds(locs);
  }

  /**
   * The view limits for data from `dmin` to `dmax`: symmetric if asked, nonsingular, and in
   * 'round_numbers' mode widened to the outermost ticks.
   */
  override viewLimits(dmin: number, dmax: number): [number, number] {
    if (this.symmetric) {
      dmax = Math.max(Math.abs(dmin), Math.abs(dmax));
      dmin = -dmax;
    }
    [dmin, dmax] = nonsingular(dmin, dmax, 1e-12, 1e-13);
    if (this.autolimitMode !== 'round_numbers') return [dmin, dmax];
    const ticks = this.rawTicks(dmin, dmax);
    return [ticks[0]!, ticks[ticks.length - 1]!];
  }
}

/**
 * The default major locator of a linear axis: a {@link MaxNLocator} with `nbins: 'auto'` and
 * steps [1, 2, 2.5, 5, 10] (classic mode: nbins 9, steps [1, 2, 5, 10]).
 */
export class AutoLocator extends MaxNLocator {
  constructor(options: { classic?: boolean; autolimitMode?: AutolimitMode } = {}) {
    checkOptionKeys('AutoLocator', options, ['classic', 'autolimitMode']);
    const { classic = false, autolimitMode = 'data' } = options;
    super(
      classic
        ? { nbins: 9, steps: [1, 2, 5, 10], autolimitMode }
        : { nbins: 'auto', steps: [1, 2, 2.5, 5, 10], autolimitMode },
    );
  }
}
