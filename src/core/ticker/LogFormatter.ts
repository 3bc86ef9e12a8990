/**
 * Formatters for log and symlog axes (matplotlib's `LogFormatter`, `LogFormatterExponent`,
 * `LogFormatterMathtext` and `LogFormatterSciNotation`, the default of a log axis).
 *
 * Which ticks get a label depends on how many decades the view spans: only the powers of the base
 * beyond `minorThresholds[0]` decades, a subset of the multiples (1, 2, 3, 4, 6 for base 10) up to
 * `minorThresholds[1]`, all of them below it.
 */
import { checkOptionKeys } from '../errors.js';
import { checkLogBase } from './LogLocator.js';
import { percentFormat } from './format.js';
import { Formatter, type FormatterOptions } from './Formatter.js';
import { nonsingular } from './nonsingular.js';
import { isCloseToInt, pyMod, rint } from './pyMath.js';

/** Options of the log formatters; defaults are matplotlib's. */
export interface LogFormatterOptions extends FormatterOptions {
  /** The log base; should match the locator's. Default 10. */
  base?: number;
  /** Label only integer powers of the base (normally true for major ticks, false for minor). Default false. */
  labelOnlyBase?: boolean;
  /**
   * [subset, all]: when labelOnlyBase is false, label all ticks if the view spans at most `all`
   * decades, a subset up to `subset` decades, only the powers beyond. Default [1, 0.4] ([0, 0] in classic mode).
   */
  minorThresholds?: readonly [number, number];
  /** The symlog scale's linear threshold, when formatting a symlog axis without asking the axis. */
  linthresh?: number | null;
  /** rc `axes.formatter.min_exponent` (mathtext formatters): exponents below it are written out. Default 0. */
  minExponent?: number;
}

const OPTION_KEYS = ['base', 'labelOnlyBase', 'minorThresholds', 'linthresh', 'minExponent', 'unicodeMinus'];

/** matplotlib's `cbook.strip_math`: a `$…$` string without its TeX markup. */
export function stripMath(s: string): string {
  if (s.length < 2 || s[0] !== '$' || s[s.length - 1] !== '$') return s;
  let out = s.slice(1, -1);
  const pairs: [string, string][] = [
    ['\\times', 'x'],
    ['\\mathdefault', ''],
    ['\\rm', ''],
    ['\\cal', ''],
    ['\\tt', ''],
    ['\\it', ''],
    ['\\', ''],
    ['{', ''],
    ['}', ''],
  ];
  for (const [tex, plain] of pairs) out = out.split(tex).join(plain);
  return out;
}

/** Python's `s.rstrip(chars)` for a single character. */
function rstrip(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

/** The base as matplotlib prints it: '%d' for integral bases, else str(). */
function baseText(b: number): string {
  return pyMod(b, 1) === 0 ? percentFormat('%d', b) : percentFormat('%s', b);
}

/** Where a value sits on a log axis: its exponent, whether it is a power of the base, the multiple. */
interface LogPosition {
  fx: number;
  isDecade: boolean;
  coeff: number;
}

/** Base class of the log formatters: plain numbers ('1e+04', '200', '0.002'). */
export class LogFormatter extends Formatter {
  protected base = 10;
  labelOnlyBase = false;
  minorThresholds: [number, number] = [1, 0.4];
  /** The multiples that get labels, or null for all (decided by setLocs). */
  sublabels: Set<number> | null = null;
  protected linthresh: number | null = null;
  minExponent = 0;

  constructor(options: LogFormatterOptions = {}) {
    super();
    checkOptionKeys(this.constructor.name, options, OPTION_KEYS);
    const { base, labelOnlyBase, minorThresholds, linthresh, minExponent, unicodeMinus } = options;
    if (base !== undefined) this.setBase(base);
    if (labelOnlyBase !== undefined) this.labelOnlyBase = labelOnlyBase;
    if (minorThresholds !== undefined) this.minorThresholds = [minorThresholds[0], minorThresholds[1]];
    if (linthresh !== undefined) this.linthresh = linthresh;
    if (minExponent !== undefined) this.minExponent = minExponent;
    if (unicodeMinus !== undefined) this.unicodeMinus = unicodeMinus;
  }

  /** Changes the base; it should match the locator's. */
  setBase(base: number): void {
    this.base = checkLogBase(`${this.constructor.name}.setBase`, base);
  }

  /** Switches labels between powers of the base only (true) and the minor-threshold logic (false). */
  setLabelMinor(labelOnlyBase: boolean): void {
    this.labelOnlyBase = labelOnlyBase;
  }

  /** Chooses which multiples get labels from the number of decades in view (the locations are not used). */
  override setLocs(locs: ArrayLike<number> = []): void {
    super.setLocs(locs);
    if (this.minorThresholds[0] === Infinity) {
      this.sublabels = null;
      return;
    }
    const linthresh = this.linthresh ?? this.axis?.getLinthresh?.() ?? null;
    const [a, b] = this.requireAxis(`${this.constructor.name}.setLocs`).getViewInterval();
    const vmin = Math.min(a, b), vmax = Math.max(a, b); // prettier-ignore
    if (linthresh === null && vmin <= 0) {
      // Probably a colorbar with a log formatter on a linear axis: label the powers of the base.
      this.sublabels = new Set([1]);
      return;
    }
    const logb = Math.log(this.base);
    let numdec = 0;
    if (linthresh !== null) {
      // Only the decades of the logarithmic parts of a symlog axis count.
      if (vmin < -linthresh) numdec += Math.log(vmin / Math.min(vmax, -linthresh)) / logb;
      if (vmax > linthresh) numdec += Math.log(vmax / Math.max(vmin, linthresh)) / logb;
    } else {
      numdec = Math.abs(Math.log(vmax) / logb - Math.log(vmin) / logb);
    }
    const [subset, all] = this.minorThresholds;
    if (numdec > subset) this.sublabels = new Set([1]);
    else if (numdec > all)
      this.sublabels = new Set(geomspace(1, this.base, Math.floor(this.base / 2) + 1).map(rint));
    else {
      this.sublabels = new Set();
      for (let k = 1; k < this.base + 1; k++) this.sublabels.add(k);
    }
  }

  /** The exponent, decade-ness and multiple of |x| (x nonzero). */
  protected position(x: number): LogPosition {
    const b = this.base;
    const fx = Math.log(x) / Math.log(b);
    const isDecade = isCloseToInt(fx);
    const exponent = isDecade ? rint(fx) : Math.floor(fx);
    return { fx, isDecade, coeff: rint(Math.pow(b, fx - exponent)) };
  }

  /** Whether a tick at this position is labelled at all. */
  protected labelled(p: LogPosition): boolean {
    if (this.labelOnlyBase && !p.isDecade) return false;
    return this.sublabels === null || this.sublabels.has(p.coeff);
  }

  override call(x: number, _pos: number | null = null): string {
    if (x === 0) return '0'; // Symlog.
    x = Math.abs(x);
    if (!this.labelled(this.position(x))) return '';
    const [a, b] = this.requireAxis(`${this.constructor.name}.call`).getViewInterval();
    const [vmin, vmax] = nonsingular(a, b, 0.05);
    return this.fixMinus(this.numToString(x, vmin, vmax));
  }

  protected numToString(x: number, vmin: number, vmax: number): string {
    if (x > 10000 || x < 1) return percentFormat('%1.0e', x);
    return this.pprintVal(x, vmax - vmin);
  }

  /** A value with few digits, its precision chosen from the range `d` (matplotlib's `_pprint_val`). */
  protected pprintVal(x: number, d: number): string {
    if (Math.abs(x) < 1e4 && x === Math.trunc(x)) return percentFormat('%d', x);
    const fmt = d < 1e-2 ? '%1.3e' : d <= 1 ? '%1.3f' : d <= 10 ? '%1.2f' : d <= 1e5 ? '%1.1f' : '%1.1e';
    const s = percentFormat(fmt, x);
    const parts = s.split('e');
    if (parts.length === 2) {
      const mantissa = rstrip(rstrip(parts[0]!, '0'), '.');
      const exponent = Number(parts[1]);
      return exponent !== 0 ? `${mantissa}e${exponent}` : mantissa;
    }
    return rstrip(rstrip(s, '0'), '.');
  }

  /** The label of any value, as if every tick were labelled, without TeX markup. */
  override formatData(value: number): string {
    const saved = this.labelOnlyBase;
    this.labelOnlyBase = false;
    try {
      return stripMath(this.call(value, null));
    } finally {
      this.labelOnlyBase = saved;
    }
  }

  override formatDataShort(value: number): string {
    return percentFormat('%-12g', value);
  }
}

/** Labels log ticks with the exponent: '3' for 1000 on a base-10 axis. */
export class LogFormatterExponent extends LogFormatter {
  protected override numToString(x: number, vmin: number, vmax: number): string {
    const fx = Math.log(x) / Math.log(this.base);
    if (Math.abs(fx) > 10000 || Math.abs(fx) < 1) return percentFormat('%1.0g', fx);
    const fd = Math.log(vmax - vmin) / Math.log(this.base);
    return this.pprintVal(fx, fd);
  }
}

/** Labels log ticks as mathtext powers: `$\mathdefault{10^{3}}$`, `$\mathdefault{10^{2.30}}$` between. */
export class LogFormatterMathtext extends LogFormatter {
  protected nonDecadeFormat(sign: string, base: string, fx: number): string {
    return `$\\mathdefault{${sign}${base}^{${percentFormat('%.2f', fx)}}}$`;
  }

  override call(x: number, _pos: number | null = null): string {
    if (x === 0) return '$\\mathdefault{0}$'; // Symlog.
    const sign = x < 0 ? '-' : '';
    x = Math.abs(x);
    const p = this.position(x);
    const fx = p.isDecade ? rint(p.fx) : p.fx;
    if (!this.labelled(p)) return '';
    const base = baseText(this.base);
    if (Math.abs(fx) < this.minExponent) return `$\\mathdefault{${sign}${percentFormat('%g', x)}}$`;
    if (!p.isDecade) return this.nonDecadeFormat(sign, base, fx);
    return `$\\mathdefault{${sign}${base}^{${percentFormat('%d', fx)}}}$`;
  }
}

/**
 * The default formatter of log axes: powers of the base in mathtext, `$\mathdefault{10^{2}}$`,
 * and multiples between them in scientific notation, `$\mathdefault{2\times10^{2}}$`.
 */
export class LogFormatterSciNotation extends LogFormatterMathtext {
  protected override nonDecadeFormat(sign: string, base: string, fx: number): string {
    const b = Number(base);
    const exponent = Math.floor(fx);
    let coeff = Math.pow(b, fx - exponent);
    if (isCloseToInt(coeff)) coeff = rint(coeff);
    return `$\\mathdefault{${sign}${percentFormat('%g', coeff)}\\times${base}^{${percentFormat('%d', exponent)}}}$`;
  }
}

/** NumPy's `np.geomspace(start, stop, num)` for positive endpoints. */
export function geomspace(start: number, stop: number, num: number): number[] {
  const a = Math.log10(start), b = Math.log10(stop); // prettier-ignore
  const out: number[] = [];
  for (let i = 0; i < num; i++) out.push(Math.pow(10, num === 1 ? a : a + (i * (b - a)) / (num - 1)));
  if (num > 0) out[0] = start;
  if (num > 1) out[num - 1] = stop;
  return out;
}
