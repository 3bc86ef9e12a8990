/**
 * The simple formatters: NullFormatter, FixedFormatter, FuncFormatter, FormatStrFormatter,
 * StrMethodFormatter, PercentFormatter and EngFormatter (matplotlib's classes of the same names).
 */
import { checkOptionKeys, invalid } from '../errors.js';
import { formatValue, percentFormat, strFormat } from './format.js';
import { Formatter, type FormatterOptions } from './Formatter.js';
import { pow10 } from './pyMath.js';

/** Always the empty string. */
export class NullFormatter extends Formatter {
  override call(_x: number, _pos: number | null = null): string {
    return '';
  }
}

/** Labels by position from a fixed list, whatever the value (use with a FixedLocator). */
export class FixedFormatter extends Formatter {
  private offsetString = '';
  constructor(readonly seq: readonly string[]) {
    super();
  }
  override call(_x: number, pos: number | null = null): string {
    return pos === null || pos >= this.seq.length ? '' : this.seq[pos]!;
  }
  override getOffset(): string {
    return this.offsetString;
  }
  /** Sets the offset text. */
  setOffsetString(ofs: string): void {
    this.offsetString = ofs;
  }
}

/** Labels from a function of the value and the position. @example new FuncFormatter((x) => `${x} m`) */
export class FuncFormatter extends Formatter {
  private offsetString = '';
  constructor(readonly func: (x: number, pos: number | null) => string) {
    super();
    if (typeof func !== 'function') invalid('FuncFormatter', 'func', func, 'a function (x, pos) => string');
  }
  override call(x: number, pos: number | null = null): string {
    return this.func(x, pos);
  }
  override getOffset(): string {
    return this.offsetString;
  }
  /** Sets the offset text. */
  setOffsetString(ofs: string): void {
    this.offsetString = ofs;
  }
}

/**
 * Labels from a printf-style format applied to the value: `new FormatStrFormatter('%1.2f')`.
 * Negative values keep a hyphen (as matplotlib); write `'$%g$'` for a mathtext minus.
 */
export class FormatStrFormatter extends Formatter {
  constructor(readonly fmt: string) {
    super();
    percentFormat(fmt, 0);
  }
  override call(x: number, _pos: number | null = null): string {
    return percentFormat(this.fmt, x);
  }
}

/**
 * Labels from a `str.format`-style template with fields `x` (the value) and `pos` (the position):
 * `new StrMethodFormatter('{x:,.0f}')`.
 */
export class StrMethodFormatter extends Formatter {
  constructor(readonly fmt: string) {
    super();
    strFormat(fmt, { x: 0, pos: 0n });
  }
  override call(x: number, pos: number | null = null): string {
    return strFormat(this.fmt, { x, pos: pos === null ? null : BigInt(pos) });
  }
}

/** Options of {@link PercentFormatter}. */
export interface PercentFormatterOptions {
  /** The data value that is 100%. Default 100. */
  xmax?: number;
  /** Decimal places, or null to choose from the view range. Default null. */
  decimals?: number | null;
  /** Appended to each label; null or '' for none. Default '%'. */
  symbol?: string | null;
  /** With usetex, whether `symbol` is already LaTeX (else its special characters are escaped). Default false. */
  isLatex?: boolean;
  /** rc `text.usetex`. Default false. */
  usetex?: boolean;
  /** rc `axes.unicode_minus`. Default true. */
  unicodeMinus?: boolean;
}

/** Labels values as percentages of `xmax`: '35%', '34.5%' with decimals from the view range. */
export class PercentFormatter extends Formatter {
  readonly xmax: number;
  readonly decimals: number | null;
  private readonly rawSymbol: string | null;
  private readonly isLatex: boolean;
  private readonly usetex: boolean;

  constructor(options: PercentFormatterOptions = {}) {
    super();
    checkOptionKeys('PercentFormatter', options, [
      'xmax',
      'decimals',
      'symbol',
      'isLatex',
      'usetex',
      'unicodeMinus',
    ]);
    this.xmax = options.xmax ?? 100;
    this.decimals = options.decimals ?? null;
    this.rawSymbol = options.symbol === undefined ? '%' : options.symbol;
    this.isLatex = options.isLatex ?? false;
    this.usetex = options.usetex ?? false;
    if (options.unicodeMinus !== undefined) this.unicodeMinus = options.unicodeMinus;
  }

  override call(x: number, _pos: number | null = null): string {
    const [a, b] = this.requireAxis('PercentFormatter.call').getViewInterval();
    return this.fixMinus(this.formatPct(x, Math.abs(b - a)));
  }

  /** The percentage text of `x`, with decimals chosen from `displayRange` unless fixed. */
  formatPct(x: number, displayRange: number): string {
    const pct = this.convertToPct(x);
    let decimals = this.decimals;
    if (decimals === null) {
      const scaledRange = this.convertToPct(displayRange);
      // decimals > 2 - log10(2 * range), clipped to [0, 5].
      decimals = scaledRange <= 0 ? 0 : Math.min(5, Math.max(0, Math.ceil(2 - Math.log10(2 * scaledRange))));
    }
    return formatValue(pct, `0.${Math.trunc(decimals)}f`) + this.symbol;
  }

  /** `100 * x / xmax`. */
  convertToPct(x: number): number {
    return 100 * (x / this.xmax);
  }

  /** The symbol, escaped for LaTeX when usetex is on and it is not LaTeX already. */
  get symbol(): string {
    let s = this.rawSymbol ?? '';
    if (s !== '' && this.usetex && !this.isLatex) {
      for (const ch of '\\#$%&~_^{}') s = s.split(ch).join('\\' + ch);
    }
    return s;
  }
}

/** The SI prefixes of powers of 1000. */
const ENG_PREFIXES = new Map<number, string>([
  [-24, 'y'], [-21, 'z'], [-18, 'a'], [-15, 'f'], [-12, 'p'], [-9, 'n'], [-6, '\u00b5'], [-3, 'm'],
  [0, ''], [3, 'k'], [6, 'M'], [9, 'G'], [12, 'T'], [15, 'P'], [18, 'E'], [21, 'Z'], [24, 'Y'],
]); // prettier-ignore

/** Options of {@link EngFormatter}. */
export interface EngFormatterOptions extends FormatterOptions {
  /** The unit appended after the prefix, e.g. 'Hz'. Default ''. */
  unit?: string;
  /** Digits after the decimal point, or null for '%g' (up to 6 significant digits). Default null. */
  places?: number | null;
  /** Between the value and the prefix/unit. Default ' '. */
  sep?: string;
  /** rc `axes.formatter.use_mathtext`: the number in `$…$`. Default false. */
  useMathText?: boolean;
  /** rc `text.usetex`: as useMathText. Default false. */
  usetex?: boolean;
}

/** Engineering notation with SI prefixes: '10 kHz', '1.5 µs'. */
export class EngFormatter extends Formatter {
  unit: string;
  places: number | null;
  sep: string;
  useMathText: boolean;
  usetex: boolean;

  constructor(options: EngFormatterOptions = {}) {
    super();
    checkOptionKeys('EngFormatter', options, [
      'unit',
      'places',
      'sep',
      'useMathText',
      'usetex',
      'unicodeMinus',
    ]);
    this.unit = options.unit ?? '';
    this.places = options.places ?? null;
    this.sep = options.sep ?? ' ';
    this.useMathText = options.useMathText ?? false;
    this.usetex = options.usetex ?? false;
    if (options.unicodeMinus !== undefined) this.unicodeMinus = options.unicodeMinus;
  }

  override call(x: number, _pos: number | null = null): string {
    let s = this.formatEng(x) + this.unit;
    // Remove the trailing separator when there is neither prefix nor unit.
    if (this.sep !== '' && s.endsWith(this.sep)) s = s.slice(0, -this.sep.length);
    return this.fixMinus(s);
  }

  /** `num` in engineering notation with its SI prefix (and no unit). */
  formatEng(num: number): string {
    const fmt = this.places === null ? 'g' : `.${this.places}f`;
    const sign = num < 0 ? -1 : 1;
    num = Math.abs(num);
    let exp3 = 0;
    if (num !== 0) exp3 = Math.floor(Math.log10(num) / 3) * 3;
    else num = 0; // Avoids '-0' for negative zero.
    exp3 = Math.min(Math.max(exp3, -24), 24);
    let mant = (sign * num) / pow10(exp3);
    // 999.9… may round to 1000 rather than 1 k (unless past the largest prefix).
    if (Math.abs(Number(formatValue(mant, fmt))) >= 1000 && exp3 < 24) {
      mant /= 1000;
      exp3 += 3;
    }
    const prefix = ENG_PREFIXES.get(exp3) ?? '';
    const m = formatValue(mant, fmt);
    return this.useMathText || this.usetex ? `$${m}$${this.sep}${prefix}` : `${m}${this.sep}${prefix}`;
  }
}
