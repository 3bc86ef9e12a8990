/**
 * Norms: data values to the 0..1 interval a {@link Colormap} reads (matplotlib's `Normalize`
 * family). NaN stands for a masked value throughout: it goes in as NaN and comes out as NaN, which
 * a colormap paints with its bad color. Like matplotlib, a norm without vmin/vmax takes them from
 * the first data it normalizes, ignoring NaN and infinite values (matplotlib masks those first).
 *
 * @example
 * const norm = new LogNorm(1, 1000);
 * norm.call(10);                               // 1/3
 * norm.normalizeInto(values, new Float64Array(values.length));
 */
import { checkChoice, checkFinite, invalid, TsplotlibError } from './errors.js';

/** The per-value function a norm uses once its limits are settled. */
type Kernel = (v: number) => number;

/** Checks an optional limit: a finite number, or null/undefined for "take it from the data". */
function checkLimit(call: string, what: string, value: unknown): number | null {
  return value === undefined || value === null ? null : checkFinite(call, what, value);
}

/** Smallest and largest finite values of `data` that `keep` accepts, or null when there are none. */
function finiteRange(
  data: ArrayLike<number>,
  keep: (v: number) => boolean = () => true,
): [number, number] | null {
  let lo = Infinity, hi = -Infinity; // prettier-ignore
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!Number.isFinite(v) || !keep(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** numpy's `interp` for increasing `xp`, extrapolating to -inf/+inf outside as TwoSlopeNorm asks. */
function interp(x: number, xp: readonly number[], fp: readonly number[]): number {
  if (Number.isNaN(x)) return NaN;
  const last = xp.length - 1;
  if (x < xp[0]!) return -Infinity;
  if (x > xp[last]!) return Infinity;
  if (x === xp[last]) return fp[last]!;
  let j = 0;
  while (j < last - 1 && xp[j + 1]! <= x) j++;
  if (x === xp[j]) return fp[j]!;
  const slope = (fp[j + 1]! - fp[j]!) / (xp[j + 1]! - xp[j]!);
  return slope * (x - xp[j]!) + fp[j]!;
}

/**
 * Linear normalization of [vmin, vmax] onto [0, 1] (matplotlib's `Normalize`). Values outside
 * map below 0 or above 1 (the colormap's under and over colors) unless `clip` is set.
 */
export class Normalize {
  private vminValue: number | null;
  private vmaxValue: number | null;
  private clipValue: boolean;
  private readonly listeners = new Set<() => void>();
  /** The class name used in error messages (a getter, so constructors already see the subclass's). */
  protected get callName(): string {
    return 'Normalize';
  }

  constructor(vmin?: number | null, vmax?: number | null, clip = false) {
    this.vminValue = checkLimit(this.callName, 'vmin', vmin);
    this.vmaxValue = checkLimit(this.callName, 'vmax', vmax);
    this.clipValue = Boolean(clip);
  }

  /** The data value mapped to 0, or null until set or autoscaled. */
  get vmin(): number | null {
    return this.vminValue;
  }
  set vmin(value: number | null) {
    const v = checkLimit(`${this.callName}.vmin`, 'vmin', value);
    if (v !== this.vminValue) {
      this.vminValue = v;
      this.changed();
    }
  }
  /** The data value mapped to 1, or null until set or autoscaled. */
  get vmax(): number | null {
    return this.vmaxValue;
  }
  set vmax(value: number | null) {
    const v = checkLimit(`${this.callName}.vmax`, 'vmax', value);
    if (v !== this.vmaxValue) {
      this.vmaxValue = v;
      this.changed();
    }
  }
  /** Whether values outside [vmin, vmax] are clipped to its ends. */
  get clip(): boolean {
    return this.clipValue;
  }
  set clip(value: boolean) {
    if (Boolean(value) !== this.clipValue) {
      this.clipValue = Boolean(value);
      this.changed();
    }
  }

  /** True when the output is a color index (BoundaryNorm, NoNorm) rather than a fraction in 0..1. */
  get indexed(): boolean {
    return false;
  }

  /** Registers a listener for any change of the limits or settings; returns its remover. */
  onChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners that the norm changed (matplotlib's `changed` signal). */
  protected changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Sets vmin and vmax to the smallest and largest finite values of `data`. */
  autoscale(data: ArrayLike<number>): void {
    this.vminValue = this.vmaxValue = null;
    this.autoscaleNone(data);
  }

  /** Sets whichever of vmin and vmax is unset from the finite values of `data`. */
  autoscaleNone(data: ArrayLike<number>): void {
    const range = finiteRange(data, (v) => this.inDomain(v));
    if (range === null) return;
    if (this.vmin === null) this.vmin = range[0];
    if (this.vmax === null) this.vmax = range[1];
  }

  /** Whether a value counts for autoscaling (LogNorm ignores non-positive values). */
  protected inDomain(_v: number): boolean {
    return true;
  }

  /** Whether both vmin and vmax are set. */
  scaled(): boolean {
    return this.vmin !== null && this.vmax !== null;
  }

  /** Settles the limits before a normalization: unset ones come from `data`. */
  protected prepare(data: ArrayLike<number>): void {
    if (!this.scaled()) this.autoscaleNone(data);
  }

  /** The per-value function for the current limits; throws when they are inconsistent. */
  protected kernel(clip: boolean): Kernel {
    const { vmin, vmax } = this.limits();
    if (vmin === vmax) return (v) => (Number.isNaN(v) ? NaN : 0);
    const span = vmax - vmin;
    if (clip) return (v) => ((v < vmin ? vmin : v > vmax ? vmax : v) - vmin) / span;
    return (v) => (v - vmin) / span;
  }

  /** vmin and vmax, both set and in order, or a TsplotlibError. */
  protected limits(): { vmin: number; vmax: number } {
    const { vmin, vmax } = this;
    if (vmin === null || vmax === null) {
      throw new TsplotlibError(
        this.callName,
        'vmin and vmax are not set and there was no finite data to take them from',
      );
    }
    if (vmin > vmax)
      throw new TsplotlibError(this.callName, `vmin (${vmin}) must be less than or equal to vmax (${vmax})`);
    return { vmin, vmax };
  }

  /** Normalizes one value (matplotlib's `norm(value)`); `clip` overrides the norm's own setting. */
  call(value: number, clip?: boolean): number {
    this.prepare([value]);
    return this.kernel(clip ?? this.clip)(value);
  }

  /**
   * Normalizes `values` into `out` (allocated when not given) without allocating per value, and
   * returns `out`. NaN (masked) values stay NaN.
   */
  normalizeInto(values: ArrayLike<number>, out?: Float64Array, clip?: boolean): Float64Array {
    const result = out ?? new Float64Array(values.length);
    if (result.length < values.length) {
      invalid(`${this.callName}.normalizeInto`, 'output length', result.length, `at least ${values.length}`);
    }
    this.prepare(values);
    const f = this.kernel(clip ?? this.clip);
    for (let i = 0; i < values.length; i++) result[i] = f(values[i]!);
    return result;
  }

  /** The data value that normalizes to `value`. */
  inverse(value: number): number {
    if (!this.scaled())
      throw new TsplotlibError(`${this.callName}.inverse`, 'not invertible until vmin and vmax are set');
    return this.vmin! + value * (this.vmax! - this.vmin!);
  }
}

/**
 * Two linear ramps meeting at `vcenter`: [vmin, vcenter] onto [0, 0.5] and [vcenter, vmax] onto
 * [0.5, 1] (matplotlib's `TwoSlopeNorm`). Values beyond the ends go to -Infinity/+Infinity.
 */
export class TwoSlopeNorm extends Normalize {
  protected override get callName(): string {
    return 'TwoSlopeNorm';
  }
  private vcenterValue: number;

  constructor(vcenter: number, vmin?: number | null, vmax?: number | null) {
    super(vmin, vmax);
    this.vcenterValue = checkFinite('TwoSlopeNorm', 'vcenter', vcenter);
    if ((vmax != null && vcenter >= vmax) || (vmin != null && vcenter <= vmin)) {
      throw new TsplotlibError('TwoSlopeNorm', 'vmin, vcenter and vmax must be in ascending order');
    }
  }

  /** The data value mapped to 0.5. */
  get vcenter(): number {
    return this.vcenterValue;
  }
  set vcenter(value: number) {
    const v = checkFinite('TwoSlopeNorm.vcenter', 'vcenter', value);
    if (v !== this.vcenterValue) {
      this.vcenterValue = v;
      this.changed();
    }
  }

  /** Takes unset limits from the data, then widens them to include vcenter. */
  override autoscaleNone(data: ArrayLike<number>): void {
    super.autoscaleNone(data);
    if (this.vmin !== null && this.vmin > this.vcenter) this.vmin = this.vcenter;
    if (this.vmax !== null && this.vmax < this.vcenter) this.vmax = this.vcenter;
  }

  protected override prepare(data: ArrayLike<number>): void {
    this.autoscaleNone(data);
  }

  protected override kernel(): Kernel {
    const { vmin, vmax } = this.limits();
    const vcenter = this.vcenter;
    if (!(vmin <= vcenter && vcenter <= vmax)) {
      throw new TsplotlibError(this.callName, 'vmin, vcenter and vmax must increase monotonically');
    }
    const xp = [vmin, vcenter, vmax];
    const fp = [0, 0.5, 1];
    return (v) => interp(v, xp, fp);
  }

  override inverse(value: number): number {
    if (!this.scaled())
      throw new TsplotlibError('TwoSlopeNorm.inverse', 'not invertible until vmin and vmax are set');
    return interp(value, [0, 0.5, 1], [this.vmin!, this.vcenter, this.vmax!]);
  }
}

/**
 * A linear norm symmetric about `vcenter`: vcenter ± halfrange map to 0 and 1 (matplotlib's
 * `CenteredNorm`). Without `halfrange`, the first data sets it to the largest distance from vcenter.
 */
export class CenteredNorm extends Normalize {
  protected override get callName(): string {
    return 'CenteredNorm';
  }
  private vcenterValue: number;
  private halfrangeValue: number | null = null;

  constructor(vcenter = 0, halfrange?: number | null, clip = false) {
    super(null, null, clip);
    this.vcenterValue = checkFinite('CenteredNorm', 'vcenter', vcenter);
    this.halfrange = halfrange ?? null;
  }

  /** The data value mapped to 0.5. Changing it keeps vmin and vmax inside the new range. */
  get vcenter(): number {
    return this.vcenterValue;
  }
  set vcenter(value: number) {
    const v = checkFinite('CenteredNorm.vcenter', 'vcenter', value);
    if (v !== this.vcenterValue) {
      this.vcenterValue = v;
      this.changed();
    }
    if (this.vmin !== null && this.vmax !== null) {
      this.halfrangeValue = Math.max(v - this.vmin, this.vmax - v);
      this.setVminVmax();
    }
  }

  /** The data distance from vcenter that maps to 0 and 1, or null until autoscaled. */
  get halfrange(): number | null {
    return this.halfrangeValue;
  }
  set halfrange(value: number | null) {
    if (value === null || value === undefined) {
      this.halfrangeValue = null;
      this.vmin = null;
      this.vmax = null;
    } else {
      this.halfrangeValue = Math.abs(checkFinite('CenteredNorm.halfrange', 'halfrange', value));
    }
  }

  private setVminVmax(): void {
    this.vmax = this.vcenterValue + this.halfrangeValue!;
    this.vmin = this.vcenterValue - this.halfrangeValue!;
  }

  /** Sets halfrange to the largest distance of the finite data from vcenter, then vmin and vmax. */
  override autoscale(data: ArrayLike<number>): void {
    const range = finiteRange(data);
    if (range === null) return;
    this.halfrangeValue = Math.max(this.vcenterValue - range[0], range[1] - this.vcenterValue);
    this.setVminVmax();
  }

  override autoscaleNone(data: ArrayLike<number>): void {
    if (this.halfrangeValue === null) this.autoscale(data);
  }

  protected override prepare(data: ArrayLike<number>): void {
    if (this.halfrangeValue !== null) this.setVminVmax();
    super.prepare(data);
  }
}

/**
 * (value - vmin)^gamma / (vmax - vmin)^gamma (matplotlib's `PowerNorm`). Values below vmin map
 * to 0, not to the under color, as in matplotlib.
 */
export class PowerNorm extends Normalize {
  protected override get callName(): string {
    return 'PowerNorm';
  }
  /** The exponent. */
  readonly gamma: number;

  constructor(gamma: number, vmin?: number | null, vmax?: number | null, clip = false) {
    super(vmin, vmax, clip);
    this.gamma = checkFinite('PowerNorm', 'gamma', gamma);
  }

  protected override prepare(data: ArrayLike<number>): void {
    this.autoscaleNone(data);
  }

  protected override kernel(clip: boolean): Kernel {
    const { vmin, vmax } = this.limits();
    const gamma = this.gamma;
    if (vmin === vmax) return (v) => (Number.isNaN(v) ? NaN : 0);
    const scale = (vmax - vmin) ** gamma;
    return (v) => {
      if (Number.isNaN(v)) return NaN;
      const shifted = (clip ? (v < vmin ? vmin : v > vmax ? vmax : v) : v) - vmin;
      return (shifted < 0 ? 0 : shifted) ** gamma / scale;
    };
  }

  override inverse(value: number): number {
    if (!this.scaled())
      throw new TsplotlibError('PowerNorm.inverse', 'not invertible until vmin and vmax are set');
    return value ** (1 / this.gamma) * (this.vmax! - this.vmin!) + this.vmin!;
  }
}

/**
 * A norm that normalizes linearly after a scale transform (matplotlib's `make_norm_from_scale`):
 * `(f(v) - f(vmin)) / (f(vmax) - f(vmin))`. Values whose transform is not finite (a log of 0)
 * come out NaN, the colormap's bad color.
 */
export abstract class ScaleNorm extends Normalize {
  /** The scale's forward transform of one value. */
  protected abstract forward(v: number): number;
  /** The scale's inverse transform of one value. */
  protected abstract backward(t: number): number;

  protected override inDomain(v: number): boolean {
    return Number.isFinite(this.forward(v));
  }

  /** f(vmin) and f(vmax), checked finite. */
  private transformedLimits(): [number, number] {
    const { vmin, vmax } = this.limits();
    const t0 = this.forward(vmin), t1 = this.forward(vmax); // prettier-ignore
    if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
      throw new TsplotlibError(this.callName, `invalid vmin or vmax (${vmin}, ${vmax}) for this scale`);
    }
    return [t0, t1];
  }

  protected override kernel(clip: boolean): Kernel {
    const { vmin, vmax } = this.limits();
    if (vmin === vmax) return (v) => (Number.isNaN(v) ? NaN : 0);
    const [t0, t1] = this.transformedLimits();
    const span = t1 - t0;
    return (v) => {
      const t = (this.forward(clip ? (v < vmin ? vmin : v > vmax ? vmax : v) : v) - t0) / span;
      return Number.isFinite(t) ? t : NaN;
    };
  }

  override inverse(value: number): number {
    if (!this.scaled())
      throw new TsplotlibError(`${this.callName}.inverse`, 'not invertible until vmin and vmax are set');
    const [t0, t1] = this.transformedLimits();
    return this.backward(value * (t1 - t0) + t0);
  }
}

/** Logarithmic normalization, base 10; values <= 0 are masked (matplotlib's `LogNorm`). */
export class LogNorm extends ScaleNorm {
  protected override get callName(): string {
    return 'LogNorm';
  }
  protected forward(v: number): number {
    return Math.log10(v);
  }
  protected backward(t: number): number {
    return 10 ** t;
  }
}

/** Options of {@link SymLogNorm}. */
export interface SymLogNormOptions {
  /** Decades used for each half of the linear range (default 1). */
  linscale?: number;
  vmin?: number | null;
  vmax?: number | null;
  clip?: boolean;
  /** Logarithm base (default 10). */
  base?: number;
}

/**
 * Logarithmic in both directions from 0 with a linear range (-linthresh, linthresh) around it
 * (matplotlib's `SymLogNorm`).
 */
export class SymLogNorm extends ScaleNorm {
  protected override get callName(): string {
    return 'SymLogNorm';
  }
  /** Half-width of the linear range around 0. */
  readonly linthresh: number;
  /** Decades used for each half of the linear range. */
  readonly linscale: number;
  /** Logarithm base. */
  readonly base: number;
  private readonly linscaleAdj: number;
  private readonly logBase: number;

  constructor(linthresh: number, options: SymLogNormOptions = {}) {
    const call = 'SymLogNorm';
    super(options.vmin, options.vmax, options.clip ?? false);
    this.linthresh = checkFinite(call, 'linthresh', linthresh, { positive: true });
    this.linscale = checkFinite(call, 'linscale', options.linscale ?? 1, { positive: true });
    this.base = checkFinite(call, 'base', options.base ?? 10);
    if (this.base <= 1) invalid(call, 'base', this.base, 'a number larger than 1');
    this.linscaleAdj = this.linscale / (1 - this.base ** -1);
    this.logBase = Math.log(this.base);
  }

  protected forward(a: number): number {
    const abs = Math.abs(a);
    if (abs <= this.linthresh) return a * this.linscaleAdj;
    return Math.sign(a) * this.linthresh * (this.linscaleAdj + Math.log(abs / this.linthresh) / this.logBase);
  }

  protected backward(t: number): number {
    const abs = Math.abs(t);
    if (abs <= this.linthresh * this.linscaleAdj) return t / this.linscaleAdj;
    return Math.sign(t) * this.linthresh * this.base ** (abs / this.linthresh - this.linscaleAdj);
  }
}

/** Options of {@link AsinhNorm}. */
export interface AsinhNormOptions {
  /** Width of the quasi-linear region around 0 (default 1). */
  linearWidth?: number;
  vmin?: number | null;
  vmax?: number | null;
  clip?: boolean;
}

/** Inverse hyperbolic sine: linear near 0, logarithmic far from it (matplotlib's `AsinhNorm`). */
export class AsinhNorm extends ScaleNorm {
  protected override get callName(): string {
    return 'AsinhNorm';
  }
  /** Width of the quasi-linear region around 0. */
  readonly linearWidth: number;

  constructor(options: AsinhNormOptions = {}) {
    super(options.vmin, options.vmax, options.clip ?? false);
    this.linearWidth = checkFinite('AsinhNorm', 'linearWidth', options.linearWidth ?? 1, { positive: true });
  }
  protected forward(a: number): number {
    return this.linearWidth * Math.asinh(a / this.linearWidth);
  }
  protected backward(t: number): number {
    return this.linearWidth * Math.sinh(t / this.linearWidth);
  }
}

/** Normalization through a monotonic forward function and its inverse (matplotlib's `FuncNorm`). */
export class FuncNorm extends ScaleNorm {
  protected override get callName(): string {
    return 'FuncNorm';
  }
  private readonly fns: readonly [(v: number) => number, (v: number) => number];

  constructor(
    functions: readonly [forward: (v: number) => number, inverse: (v: number) => number],
    vmin?: number | null,
    vmax?: number | null,
    clip = false,
  ) {
    super(vmin, vmax, clip);
    if (
      !Array.isArray(functions) ||
      typeof functions[0] !== 'function' ||
      typeof functions[1] !== 'function'
    ) {
      invalid('FuncNorm', 'functions', functions, 'a [forward, inverse] pair of functions');
    }
    this.fns = functions;
  }
  protected forward(v: number): number {
    return this.fns[0](v);
  }
  protected backward(t: number): number {
    return this.fns[1](t);
  }
}

/** Options of {@link BoundaryNorm}. */
export interface BoundaryNormOptions {
  /** Map values below the first boundary to 0 and above the last to ncolors - 1. */
  clip?: boolean;
  /** Extra bins beyond the boundaries, as a colorbar with triangle ends shows them. */
  extend?: 'neither' | 'both' | 'min' | 'max';
}

/** How many of the increasing `edges` are <= x (numpy's `digitize`), by bisection. */
function countAtMost(edges: Float64Array, x: number): number {
  let lo = 0, hi = edges.length; // prettier-ignore
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps values to color indices by bins (matplotlib's `BoundaryNorm`): a value in
 * [b[i], b[i+1]) gets bin i, stretched onto 0..ncolors-1 when there are more colors than bins.
 * Below the first boundary is -1 (under), at or above the last is ncolors (over). The output is
 * {@link Normalize.indexed}: use `Colormap.mapIndex`/`mapIndicesInto` on it.
 */
export class BoundaryNorm extends Normalize {
  protected override get callName(): string {
    return 'BoundaryNorm';
  }
  /** The bin edges, increasing. */
  readonly boundaries: Float64Array;
  /** Number of colors of the colormap the indices are for. */
  readonly ncolors: number;
  /** Extra bins beyond the ends. */
  readonly extend: 'neither' | 'both' | 'min' | 'max';
  private readonly nRegions: number;
  private readonly offset: number;

  constructor(boundaries: ArrayLike<number>, ncolors: number, options: BoundaryNormOptions = {}) {
    const call = 'BoundaryNorm';
    const b = Float64Array.from(boundaries ?? []);
    if (b.length < 2) invalid(call, 'boundaries', boundaries, 'at least 2 boundaries (1 region)');
    b.forEach((v, i) => {
      checkFinite(call, `boundaries[${i}]`, v);
      if (i > 0 && v < b[i - 1]!) invalid(call, 'boundaries', boundaries, 'monotonically increasing values');
    });
    const extend = checkChoice(call, 'extend', options.extend ?? 'neither', [
      'neither',
      'both',
      'min',
      'max',
    ]);
    if (options.clip && extend !== 'neither')
      throw new TsplotlibError(call, 'clip: true is not compatible with extend');
    super(b[0], b[b.length - 1], options.clip ?? false);
    if (!Number.isInteger(ncolors) || ncolors < 1) invalid(call, 'ncolors', ncolors, 'a positive integer');
    this.boundaries = b;
    this.ncolors = ncolors;
    this.extend = extend;
    this.offset = extend === 'min' || extend === 'both' ? 1 : 0;
    this.nRegions = b.length - 1 + this.offset + (extend === 'max' || extend === 'both' ? 1 : 0);
    if (this.nRegions > ncolors) {
      const bins = `there are ${this.nRegions} color bins including extensions, but ncolors = ${ncolors}`;
      throw new TsplotlibError(call, `${bins}; ncolors must equal or exceed the number of bins`);
    }
  }

  override get indexed(): boolean {
    return true;
  }

  protected override kernel(clip: boolean): Kernel {
    const { vmin, vmax } = this.limits();
    const { boundaries: b, ncolors, nRegions, offset } = this;
    const maxCol = clip ? ncolors - 1 : ncolors;
    const stretch = ncolors > nRegions && nRegions > 1 ? (ncolors - 1) / (nRegions - 1) : 1;
    return (v) => {
      if (Number.isNaN(v)) return NaN;
      const x = clip ? (v < vmin ? vmin : v > vmax ? vmax : v) : v;
      if (x < vmin) return -1;
      if (x >= vmax) return maxCol;
      const region = countAtMost(b, x) - 1 + offset;
      if (ncolors > nRegions && nRegions === 1) return region === 0 ? Math.floor((ncolors - 1) / 2) : region;
      return Math.trunc(stretch * region);
    };
  }

  /** Always throws: bins cannot be inverted. */
  override inverse(_value: number): number {
    throw new TsplotlibError('BoundaryNorm.inverse', 'BoundaryNorm is not invertible');
  }
}

/**
 * Passes values through unchanged, as color indices (matplotlib's `NoNorm`): use
 * `Colormap.mapIndex`/`mapIndicesInto` on the output.
 */
export class NoNorm extends Normalize {
  protected override get callName(): string {
    return 'NoNorm';
  }

  override get indexed(): boolean {
    return true;
  }
  protected override prepare(): void {}
  protected override kernel(): Kernel {
    return (v) => v;
  }
  override inverse(value: number): number {
    return value;
  }
}
