/**
 * Axis scales (matplotlib's `scale` module): the transform from data to scaled coordinates, the
 * range a scale accepts, and the default locators and formatters of an axis using it.
 *
 * `createScale('log', { base: 2 }, 'setXscale')` builds a scale by name; `registerScale` adds one.
 */
import {
  TsplotlibError,
  checkChoice,
  checkFinite,
  checkOptionKeys,
  describeValue,
  suggestion,
} from './errors.js';
import { AutoMinorLocator } from './ticker/AutoMinorLocator.js';
import type { Formatter } from './ticker/Formatter.js';
import type { Locator } from './ticker/Locator.js';
import { LogFormatterSciNotation } from './ticker/LogFormatter.js';
import { LogLocator, checkLogBase, parseSubs, type LogSubs } from './ticker/LogLocator.js';
import { AutoLocator } from './ticker/MaxNLocator.js';
import { ScalarFormatter } from './ticker/ScalarFormatter.js';
import { NullFormatter } from './ticker/simpleFormatters.js';
import { NullLocator } from './ticker/simpleLocators.js';
import { SymmetricalLogLocator } from './ticker/SymmetricalLogLocator.js';
import { IdentityTransform, SeparableTransform, type Transform } from './transforms.js';

export { nonsingular } from './ticker/nonsingular.js';

/**
 * The rc parameters that shape an axis's default tickers; every key defaults to matplotlib's rc
 * default, and the axis passes the live values.
 */
export interface TickerRc {
  /** `xtick.minor.visible` / `ytick.minor.visible`: an AutoMinorLocator on linear axes. Default false. */
  minorVisible?: boolean;
  /** `axes.formatter.useoffset`. Default true. */
  useOffset?: boolean;
  /** `axes.formatter.use_mathtext`. Default false. */
  useMathText?: boolean;
  /** `axes.formatter.offset_threshold`. Default 4. */
  offsetThreshold?: number;
  /** `axes.formatter.limits`. Default [-5, 6]. */
  powerlimits?: readonly [number, number];
  /** `axes.formatter.min_exponent`. Default 0. */
  minExponent?: number;
  /** `axes.unicode_minus`. Default true. */
  unicodeMinus?: boolean;
  /** `text.usetex`. Default false. */
  usetex?: boolean;
  /** `_internal.classic_mode` (the classic style). Default false. */
  classic?: boolean;
}

/** The locators and formatters a scale gives an axis (matplotlib's `set_default_locators_and_formatters`). */
export interface DefaultLocators {
  majorLocator: Locator;
  majorFormatter: Formatter;
  minorLocator: Locator;
  minorFormatter: Formatter;
  /** The minor locator to use when minor ticks are turned on (linear scales: an AutoMinorLocator). */
  autoMinorLocator?: Locator;
}

/** A scale: a named, separable transformation of one axis. */
export interface Scale {
  /** The name `setXscale` takes: 'linear', 'log', 'symlog', … */
  readonly name: string;
  /** The transform from data to scaled coordinates (applied to x and y alike; axes blend two). */
  getTransform(): Transform;
  /** The range restricted to the domain of the scale (log: positive values, using `minpos`). */
  limitRangeForScale(vmin: number, vmax: number, minpos: number): [number, number];
  /** Fresh default locators and formatters for an axis using this scale. */
  defaultLocators(rc?: TickerRc): DefaultLocators;
}

function scalarFormatter(rc: TickerRc): ScalarFormatter {
  const f = new ScalarFormatter({
    useOffset: rc.useOffset ?? true,
    useMathText: rc.useMathText ?? false,
    usetex: rc.usetex ?? false,
    offsetThreshold: rc.offsetThreshold ?? 4,
    powerlimits: rc.powerlimits ?? [-5, 6],
    unicodeMinus: rc.unicodeMinus ?? true,
  });
  return f;
}

function logFormatter(base: number, rc: TickerRc, labelOnlyBase = false, linthresh: number | null = null) {
  return new LogFormatterSciNotation({
    base,
    labelOnlyBase,
    linthresh,
    minExponent: rc.minExponent ?? 0,
    unicodeMinus: rc.unicodeMinus ?? true,
    minorThresholds: rc.classic ? [0, 0] : [1, 0.4],
  });
}

/** The default linear scale. */
export class LinearScale implements Scale {
  readonly name: string = 'linear';
  private readonly transform = new IdentityTransform();
  getTransform(): Transform {
    return this.transform;
  }
  limitRangeForScale(vmin: number, vmax: number, _minpos: number): [number, number] {
    return [vmin, vmax];
  }
  defaultLocators(rc: TickerRc = {}): DefaultLocators {
    const autoMinor = new AutoMinorLocator();
    return {
      majorLocator: new AutoLocator({ classic: rc.classic ?? false }),
      majorFormatter: scalarFormatter(rc),
      minorLocator: rc.minorVisible ? autoMinor : new NullLocator(),
      minorFormatter: new NullFormatter(),
      autoMinorLocator: autoMinor,
    };
  }
}

/** What a log scale does with non-positive values: clip them to a very negative number, or mask them (NaN). */
export type Nonpositive = 'clip' | 'mask';

/** `log_base(v)`; non-positive values become -1000 ('clip', far outside any view) or NaN ('mask'). */
export class LogTransform extends SeparableTransform {
  constructor(
    readonly base: number,
    readonly nonpositive: Nonpositive = 'clip',
  ) {
    const log = base === 10 ? Math.log10 : base === 2 ? Math.log2 : base === Math.E ? Math.log : null;
    const lnBase = Math.log(base);
    const bad = nonpositive === 'clip' ? -1000 : NaN;
    // Values below 10**-1000 do not exist in double precision, so -1000 keeps clipped points off-screen.
    const f = (v: number) => (v > 0 ? (log ? log(v) : Math.log(v) / lnBase) : Number.isNaN(v) ? NaN : bad);
    super(f, f, () => new InvertedLogTransform(base));
  }
}

/** `base ** v`, the inverse of {@link LogTransform}. */
export class InvertedLogTransform extends SeparableTransform {
  constructor(readonly base: number) {
    const f = (v: number) => Math.pow(base, v);
    super(f, f, () => new LogTransform(base));
  }
}

/** Options of {@link LogScale}. */
export interface LogScaleOptions {
  /** The base of the logarithm. Default 10. */
  base?: number;
  /** Multiples of the powers of the base for minor ticks; null for 'auto'. Default null. */
  subs?: LogSubs | null;
  /** 'clip' (default) or 'mask' non-positive values. */
  nonpositive?: Nonpositive;
}

/** A logarithmic scale; only positive values are plotted. */
export class LogScale implements Scale {
  readonly name: string = 'log';
  readonly base: number;
  readonly subs: LogSubs | null;
  private readonly transform: LogTransform;

  constructor(options: LogScaleOptions = {}, call = 'LogScale') {
    checkOptionKeys(call, options, ['base', 'subs', 'nonpositive']);
    this.base = checkLogBase(call, options.base ?? 10);
    const nonpositive = checkChoice(call, 'nonpositive', options.nonpositive ?? 'clip', [
      'clip',
      'mask',
    ] as const);
    this.subs = options.subs === undefined || options.subs === null ? null : parseSubs(call, options.subs);
    this.transform = new LogTransform(this.base, nonpositive);
  }
  getTransform(): LogTransform {
    return this.transform;
  }
  /** Replaces non-positive limits by `minpos` (1e-300 when it is not finite). */
  limitRangeForScale(vmin: number, vmax: number, minpos: number): [number, number] {
    if (!Number.isFinite(minpos)) minpos = 1e-300;
    return [vmin <= 0 ? minpos : vmin, vmax <= 0 ? minpos : vmax];
  }
  defaultLocators(rc: TickerRc = {}): DefaultLocators {
    const classic = rc.classic ?? false;
    return {
      majorLocator: new LogLocator({ base: this.base, classic }),
      majorFormatter: logFormatter(this.base, rc),
      minorLocator: new LogLocator({ base: this.base, subs: this.subs, classic }),
      minorFormatter: logFormatter(this.base, rc, this.subs !== null),
    };
  }
}

/** The symmetrical log transform: linear within ±linthresh, logarithmic beyond. */
export class SymmetricalLogTransform extends SeparableTransform {
  constructor(
    readonly base: number,
    readonly linthresh: number,
    readonly linscale: number,
  ) {
    const adj = linscale / (1 - 1 / base);
    const logBase = Math.log(base);
    const f = (a: number) =>
      Math.abs(a) <= linthresh
        ? a * adj
        : Math.sign(a) * linthresh * (adj + Math.log(Math.abs(a) / linthresh) / logBase);
    super(f, f, () => new InvertedSymmetricalLogTransform(base, linthresh, linscale));
  }
}

/** The inverse of {@link SymmetricalLogTransform}. */
export class InvertedSymmetricalLogTransform extends SeparableTransform {
  constructor(
    readonly base: number,
    readonly linthresh: number,
    readonly linscale: number,
  ) {
    const adj = linscale / (1 - 1 / base);
    const invlinthresh = linthresh * adj;
    const f = (a: number) =>
      Math.abs(a) <= invlinthresh
        ? a / adj
        : Math.sign(a) * linthresh * Math.pow(base, Math.abs(a) / linthresh - adj);
    super(f, f, () => new SymmetricalLogTransform(base, linthresh, linscale));
  }
}

/** Options of {@link SymmetricalLogScale}. */
export interface SymmetricalLogScaleOptions {
  /** The base of the logarithm (> 1). Default 10. */
  base?: number;
  /** The half-width of the linear range around zero. Default 2. */
  linthresh?: number;
  /** Decades of axis length each half of the linear range takes. Default 1. */
  linscale?: number;
  /** Multiples of the powers of the base for minor ticks. Default null ([1]). */
  subs?: readonly number[] | null;
}

/** Logarithmic in both directions from zero, linear within ±linthresh. */
export class SymmetricalLogScale implements Scale {
  readonly name: string = 'symlog';
  readonly subs: readonly number[] | null;
  private readonly transform: SymmetricalLogTransform;

  constructor(options: SymmetricalLogScaleOptions = {}, call = 'SymmetricalLogScale') {
    checkOptionKeys(call, options, ['base', 'linthresh', 'linscale', 'subs']);
    const base = checkFinite(call, 'base', options.base ?? 10, { positive: true });
    if (base <= 1)
      throw new TsplotlibError(call, `invalid base ${describeValue(base)}; expected a number larger than 1`);
    const linthresh = checkFinite(call, 'linthresh', options.linthresh ?? 2, { positive: true });
    const linscale = checkFinite(call, 'linscale', options.linscale ?? 1, { positive: true });
    this.subs = options.subs ?? null;
    this.transform = new SymmetricalLogTransform(base, linthresh, linscale);
  }
  get base(): number {
    return this.transform.base;
  }
  get linthresh(): number {
    return this.transform.linthresh;
  }
  get linscale(): number {
    return this.transform.linscale;
  }
  getTransform(): SymmetricalLogTransform {
    return this.transform;
  }
  limitRangeForScale(vmin: number, vmax: number, _minpos: number): [number, number] {
    return [vmin, vmax];
  }
  defaultLocators(rc: TickerRc = {}): DefaultLocators {
    const t = this.transform;
    return {
      majorLocator: new SymmetricalLogLocator({ transform: t }),
      majorFormatter: logFormatter(t.base, rc, false, t.linthresh),
      minorLocator: new SymmetricalLogLocator({ transform: t, subs: this.subs }),
      minorFormatter: new NullFormatter(),
    };
  }
}

/** Builds a scale from its options, naming `call` in errors. */
export type ScaleFactory = (options: Record<string, unknown>, call: string) => Scale;

const registry = new Map<string, ScaleFactory>([
  ['linear', (o, call) => (checkOptionKeys(call, o, []), new LinearScale())],
  ['log', (o, call) => new LogScale(o as LogScaleOptions, call)],
  ['symlog', (o, call) => new SymmetricalLogScale(o as SymmetricalLogScaleOptions, call)],
]);

/** Registers a scale under a name, as matplotlib's `register_scale`; replaces one of the same name. */
export function registerScale(name: string, factory: ScaleFactory): void {
  if (typeof name !== 'string' || name === '')
    throw new TsplotlibError('registerScale', `invalid name ${describeValue(name)}`);
  registry.set(name, factory);
}

/** The names of the available scales, sorted. */
export function getScaleNames(): string[] {
  return [...registry.keys()].sort();
}

/**
 * Builds a scale by name with its options; unknown names and unknown options throw, naming `call`.
 *
 * @example createScale('log', { base: 2 }, 'setXscale')
 */
export function createScale(
  name: string,
  options: Record<string, unknown> = {},
  call = 'createScale',
): Scale {
  const factory = typeof name === 'string' ? registry.get(name) : undefined;
  if (factory === undefined) {
    const names = getScaleNames();
    const hint = typeof name === 'string' ? suggestion(name, names) : '';
    throw new TsplotlibError(
      call,
      `unknown scale ${describeValue(name)}; expected one of ${names.map((n) => JSON.stringify(n)).join(', ')}${hint}`,
    );
  }
  return factory(options, call);
}
