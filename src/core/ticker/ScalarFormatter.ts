/**
 * ScalarFormatter, the default formatter of a linear axis (matplotlib's `ScalarFormatter`).
 *
 * `setLocs` decides three things from the ticks in view, exactly as matplotlib does: an additive
 * offset when the ticks share a long common prefix (`+1e6`), an order of magnitude for scientific
 * notation outside the power limits (`1e−5`), and the number of decimals that tells every tick
 * apart. Labels are then `'%1.{n}f' % ((x - offset) / 10**oom)` with a Unicode minus.
 */
import { checkOptionKeys, invalid } from '../errors.js';
import { absFixed, isNegative } from './decimal.js';
import { percentFormat } from './format.js';
import { Formatter, type FormatterOptions } from './Formatter.js';
import { floorDiv, npRound, pow10, pyMod, spacing } from './pyMath.js';

/** Options of {@link ScalarFormatter}; defaults are matplotlib's rc defaults. */
export interface ScalarFormatterOptions extends FormatterOptions {
  /** rc `axes.formatter.useoffset`: true for an automatic offset, false for none, a number for a fixed one. Default true. */
  useOffset?: boolean | number;
  /** rc `axes.formatter.use_mathtext`: `$\times10^{n}$`-style mathtext in labels and offset. Default false. */
  useMathText?: boolean;
  /** rc `text.usetex`: format for TeX (as useMathText). Default false. */
  usetex?: boolean;
  /** rc `axes.formatter.offset_threshold`: the offset must save at least this many digits. Default 4. */
  offsetThreshold?: number;
  /** rc `axes.formatter.limits`: scientific notation when the exponent is <= min or >= max. Default [-5, 6]. */
  powerlimits?: readonly [number, number];
  /** Whether scientific notation may be used at all. Default true. */
  scientific?: boolean;
}

const OPTION_KEYS = [
  'useOffset',
  'useMathText',
  'usetex',
  'offsetThreshold',
  'powerlimits',
  'scientific',
  'unicodeMinus',
];

/** The number of significant digits to show `value` known to within `delta` (matplotlib's `cbook._g_sig_digits`). */
export function gSigDigits(value: number, delta: number): number {
  if (!Number.isFinite(value)) return 0;
  if (delta === 0) delta = spacing(value);
  const lead = value !== 0 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 1;
  return Math.max(0, lead - Math.floor(Math.log10(delta)));
}

/** Python's `round(x, 10)` (correctly rounded, half to even on the exact value). */
function round10(x: number): number {
  const r = Number(absFixed(x, 10));
  return isNegative(x) ? -r : r;
}

/**
 * Formats tick values as plain numbers, with an offset and a scientific-notation multiplier when
 * they help. Labels use U+2212 for minus unless `unicodeMinus` is false.
 *
 * @example
 * const f = new ScalarFormatter().setAxis(axis);
 * f.formatTicks([1e6 + 1, 1e6 + 2]); // ['1', '2'], f.getOffset() === '+1e6'
 */
export class ScalarFormatter extends Formatter {
  /** The additive offset in effect (0 for none). */
  offset = 0;
  /** The power of ten the labels are divided by (0 for none). */
  orderOfMagnitude = 0;
  /** The printf format of the labels, e.g. '%1.2f'. */
  format = '';
  private useOffsetAuto = true;
  useMathText = false;
  usetex = false;
  offsetThreshold = 4;
  powerlimits: [number, number] = [-5, 6];
  scientific = true;

  constructor(options: ScalarFormatterOptions = {}) {
    super();
    checkOptionKeys('ScalarFormatter', options, OPTION_KEYS);
    const {
      useOffset = true,
      useMathText,
      usetex,
      offsetThreshold,
      powerlimits,
      scientific,
      unicodeMinus,
    } = options;
    this.setUseOffset(useOffset);
    if (useMathText !== undefined) this.useMathText = useMathText;
    if (usetex !== undefined) this.usetex = usetex;
    if (offsetThreshold !== undefined) this.offsetThreshold = offsetThreshold;
    if (powerlimits !== undefined) this.setPowerlimits(powerlimits);
    if (scientific !== undefined) this.scientific = scientific;
    if (unicodeMinus !== undefined) this.unicodeMinus = unicodeMinus;
  }

  /** Whether the offset is automatic (false also when a fixed offset was set). */
  getUseOffset(): boolean {
    return this.useOffsetAuto;
  }

  /** true: automatic offset; false: none; a number: that fixed offset. */
  setUseOffset(val: boolean | number): void {
    if (typeof val === 'boolean') {
      this.offset = 0;
      this.useOffsetAuto = val;
    } else {
      if (!Number.isFinite(val))
        invalid('ScalarFormatter.setUseOffset', 'offset', val, 'a boolean or a finite number');
      this.useOffsetAuto = false;
      this.offset = val;
    }
  }

  /** Turns scientific notation on or off. */
  setScientific(b: boolean): void {
    this.scientific = b;
  }

  /** Sets the exponents (min, max) at and beyond which scientific notation is used. */
  setPowerlimits(lims: readonly [number, number]): void {
    if (!Array.isArray(lims) || lims.length !== 2)
      invalid('ScalarFormatter.setPowerlimits', 'lims', lims, 'a pair [min, max]');
    this.powerlimits = [lims[0], lims[1]];
  }

  private get mathy(): boolean {
    return this.useMathText || this.usetex;
  }

  private formatMinus(fmt: string, arg: number): string {
    return this.fixMinus(percentFormat(fmt, arg));
  }

  override call(x: number, _pos: number | null = null): string {
    if (this.locs.length === 0) return '';
    let xp = (x - this.offset) / pow10(this.orderOfMagnitude);
    if (Math.abs(xp) < 1e-8) xp = 0;
    return this.formatMinus(this.format, xp);
  }

  /** The value with as many significant digits as the pixel resolution of the axis warrants. */
  override formatDataShort(value: number): string {
    let delta: number;
    if (this.axis?.pixelDelta) delta = this.axis.pixelDelta(value);
    else {
      // Rough approximation without a screen transform: no more than 1e4 divisions.
      const [a, b] = this.axis ? this.axis.getViewInterval() : [0, 1];
      delta = Math.abs(b - a) / 1e4;
    }
    return this.formatMinus(`%-#.${gSigDigits(value, delta)}g`, value);
  }

  /** The full value in scientific form: '1.5e6', or '1.5 \\times 10^{6}' with mathtext. */
  override formatData(value: number): string {
    return this.formatScientific(value, round10);
  }

  /**
   * matplotlib's `format_data`, with the rounding of the significand to 10 decimals made by
   * `round10`: Python's `round` for Python floats, NumPy's for the NumPy floats an automatic
   * offset is computed as (they differ where the value is a hair from a tie).
   */
  private formatScientific(value: number, round: (x: number) => number): string {
    const e = Math.floor(Math.log10(Math.abs(value)));
    const s = round(value / pow10(e));
    const exponent = this.formatMinus('%d', e);
    const significand = this.formatMinus(pyMod(s, 1) === 0 ? '%d' : '%1.10g', s);
    if (e === 0) return significand;
    if (this.mathy) {
      const power = `10^{${exponent}}`;
      return s === 1 ? power : `${significand} \\times ${power}`;
    }
    return `${significand}e${exponent}`;
  }

  /** The offset text: the scientific multiplier and the offset, e.g. '1e6', '+1.234e3', '1e−7−9.6e6'. */
  override getOffset(): string {
    if (this.locs.length === 0 || (this.orderOfMagnitude === 0 && this.offset === 0)) return '';
    let offsetStr = '';
    let sciNotStr = '';
    if (this.offset !== 0) {
      offsetStr = this.formatScientific(this.offset, this.useOffsetAuto ? (x) => npRound(x, 10) : round10);
      if (this.offset > 0) offsetStr = '+' + offsetStr;
    }
    if (this.orderOfMagnitude !== 0) {
      sciNotStr = this.mathy
        ? this.formatData(pow10(this.orderOfMagnitude))
        : percentFormat('1e%d', this.orderOfMagnitude);
    }
    const s = this.mathy
      ? `$${sciNotStr === '' ? '' : `\\times\\mathdefault{${sciNotStr}}`}\\mathdefault{${offsetStr}}$`
      : sciNotStr + offsetStr;
    return this.fixMinus(s);
  }

  /** Records the ticks and recomputes offset, order of magnitude and label format from them. */
  override setLocs(locs: ArrayLike<number>): void {
    super.setLocs(locs);
    if (this.locs.length === 0) return;
    if (this.useOffsetAuto) this.computeOffset();
    this.setOrderOfMagnitude();
    this.setFormat();
  }

  /** The ticks inside the (sorted) view interval, without tolerance. */
  private visibleLocs(): number[] {
    const [a, b] = this.requireAxis('ScalarFormatter.setLocs').getViewInterval();
    const vmin = Math.min(a, b), vmax = Math.max(a, b); // prettier-ignore
    return this.locs.filter((l) => vmin <= l && l <= vmax);
  }

  /**
   * An offset when all visible ticks have the same sign and share their leading digits: the
   * smallest power of ten at which they agree, kept only if it saves `offsetThreshold` digits.
   */
  private computeOffset(): void {
    const locs = this.visibleLocs();
    this.offset = 0;
    if (locs.length === 0) return;
    const lmin = Math.min(...locs), lmax = Math.max(...locs); // prettier-ignore
    if (lmin === lmax || (lmin <= 0 && 0 <= lmax)) return;
    const absMin = Math.min(Math.abs(lmin), Math.abs(lmax));
    const absMax = Math.max(Math.abs(lmin), Math.abs(lmax));
    const sign = isNegative(lmin) ? -1 : 1;
    // Working with exponents rather than powers of ten avoids some numerical accuracy issues.
    const ommMax = Math.ceil(Math.log10(absMax));
    const firstOom = (differs: (lo: number, hi: number) => boolean): number => {
      // The search ends once 10**oom is below both values; the bound only guards against NaN input.
      for (let oom = ommMax; oom > ommMax - 700; oom--) {
        const p = pow10(oom);
        if (differs(floorDiv(absMin, p), floorDiv(absMax, p))) return oom + 1;
      }
      return ommMax + 1;
    };
    let oom = firstOom((lo, hi) => lo !== hi);
    if ((absMax - absMin) / pow10(oom) <= 1e-2) {
      // Straddling a multiple of a large power of ten (relative to the span): the smallest power of
      // ten at which the values are more than 1 apart.
      oom = firstOom((lo, hi) => hi - lo > 1);
    }
    const p = pow10(oom);
    const head = floorDiv(absMax, p);
    this.offset = head >= pow10(this.offsetThreshold - 1) ? sign * head * p : 0;
  }

  /** The exponent for scientific notation, from the largest visible tick (or the span when offset). */
  private setOrderOfMagnitude(): void {
    if (!this.scientific) {
      this.orderOfMagnitude = 0;
      return;
    }
    const [lo, hi] = this.powerlimits;
    if (lo === hi && lo !== 0) {
      // Fixed scaling when the lower power limit equals the upper one.
      this.orderOfMagnitude = lo;
      return;
    }
    const [a, b] = this.requireAxis('ScalarFormatter.setLocs').getViewInterval();
    const locs = this.visibleLocs().map(Math.abs);
    if (locs.length === 0) {
      this.orderOfMagnitude = 0;
      return;
    }
    let oom: number;
    if (this.offset !== 0) oom = Math.floor(Math.log10(Math.max(a, b) - Math.min(a, b)));
    else {
      const val = Math.max(...locs);
      oom = val === 0 ? 0 : Math.floor(Math.log10(val));
    }
    this.orderOfMagnitude = oom <= lo || oom >= hi ? oom : 0;
  }

  /** The fewest decimals (at most 3 significant past the range) that keep every tick label exact. */
  private setFormat(): void {
    const few = this.locs.length < 2;
    // With fewer than two ticks, the view limits stand in for the range computation.
    const raw = few
      ? [...this.locs, ...this.requireAxis('ScalarFormatter.setLocs').getViewInterval()]
      : this.locs;
    const scale = pow10(this.orderOfMagnitude);
    let locs = raw.map((l) => (l - this.offset) / scale);
    let locRange = Math.max(...locs) - Math.min(...locs);
    // Curvilinear coordinates can yield two identical points; both might be zero.
    if (locRange === 0) locRange = Math.max(...locs.map(Math.abs));
    if (locRange === 0) locRange = 1;
    if (few) locs = locs.slice(0, -2);
    const locRangeOom = Math.floor(Math.log10(locRange));
    let sigfigs = Math.max(0, 3 - locRangeOom);
    const thresh = 1e-3 * pow10(locRangeOom);
    while (sigfigs >= 0) {
      const err = Math.max(...locs.map((l) => Math.abs(l - npRound(l, sigfigs))));
      if (err < thresh) sigfigs -= 1;
      else break;
    }
    sigfigs += 1;
    this.format = `%1.${sigfigs}f`;
    if (this.mathy) this.format = `$\\mathdefault{${this.format}}$`;
  }
}
