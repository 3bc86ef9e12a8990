/**
 * Style sheets: named sets of rc settings applied together, as matplotlib's `matplotlib.style`.
 *
 * The library holds matplotlib 3.6.3's sheets (`ggplot`, `bmh`, `classic`, `seaborn-v0_8-*`, …),
 * kept as their mplstyle text and parsed the first time each is used. `style.use('ggplot')` applies
 * a sheet on top of the current settings; `'default'` puts back matplotlib's defaults. Settings that
 * describe the environment rather than the look ({@link STYLE_BLACKLIST}: `backend`, `interactive`,
 * `webagg.port`, …) are ignored in sheets and dictionaries alike, as matplotlib ignores them.
 *
 * @example
 * style.use('ggplot');
 * style.context(['dark_background', { 'lines.linewidth': 3 }], () => plot());
 */
import { TsplotlibError, describeValue, suggestion } from './errors.js';
import { rcParams, rcParamsDefault } from './rc/instance.js';
import { validateRc } from './rc/RcParams.js';
import type { RcContextHandle, RcUpdate } from './rc/RcParams.js';
import { parseRcText } from './rc/rcFile.js';
import { isRcKey, RC_KEYS } from './rc/schema.js';
import type { RcKey, RcValues } from './rc/schema.js';
import { STYLE_SHEET_TEXT } from './styleData.js';

/** A style sheet's settings, validated. */
export type StyleSheet = Readonly<Partial<RcValues>>;

/** What `style.use()` takes: a sheet name, a dictionary of settings, or a list of them applied in order. */
export type StyleSpec = string | RcUpdate | readonly (string | RcUpdate)[];

/** The keys that styles never change (matplotlib's `STYLE_BLACKLIST`, plus tsplotlib's environment keys). */
export const STYLE_BLACKLIST: ReadonlySet<RcKey> = new Set<RcKey>([
  'interactive',
  'backend',
  'webagg.port',
  'webagg.address',
  'webagg.port_retries',
  'webagg.open_in_browser',
  'backend_fallback',
  'toolbar',
  'timezone',
  'figure.max_open_warning',
  'figure.raise_window',
  'savefig.directory',
  'tk.window_focus',
  'docstring.hardcopy',
  'date.epoch',
  'web.token',
  'inline.terminal',
  'canvas.provider',
]);

/** Other names matplotlib accepts for sheets: `mpl20`/`mpl15`, and the pre-3.6 seaborn names. */
const STYLE_ALIASES: Readonly<Record<string, string>> = {
  mpl20: 'default',
  mpl15: 'classic',
  ...Object.fromEntries(
    [
      '',
      '-bright',
      '-colorblind',
      '-dark',
      '-darkgrid',
      '-dark-palette',
      '-deep',
      '-muted',
      '-notebook',
      '-paper',
      '-pastel',
      '-poster',
      '-talk',
      '-ticks',
      '-white',
      '-whitegrid',
    ].map((suffix) => [`seaborn${suffix}`, `seaborn-v0_8${suffix}`]),
  ),
};

/** The named style sheets: matplotlib's, parsed on first use, plus any registered at run time. */
export class StyleLibrary {
  private readonly texts = new Map<string, string>(Object.entries(STYLE_SHEET_TEXT));
  private readonly sheets = new Map<string, StyleSheet>();

  /** Whether a sheet of this name exists (`'default'` is not a sheet; `style.use` handles it). */
  has(name: string): boolean {
    return this.sheets.has(name) || this.texts.has(name);
  }

  /** The sheet's settings; throws for an unknown name, suggesting the nearest. */
  get(name: string): StyleSheet {
    const cached = this.sheets.get(name);
    if (cached !== undefined) return cached;
    const text = this.texts.get(name);
    if (text === undefined) {
      throw new TsplotlibError('style', `unknown style "${name}"${suggestion(name, this.names())}`);
    }
    const sheet = Object.freeze(parseRcText(text, { source: `style "${name}"`, strict: true }).values);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** The sheet names, sorted (matplotlib's `style.available`). */
  names(): string[] {
    return [...new Set([...this.texts.keys(), ...this.sheets.keys()])].sort();
  }

  /**
   * Adds or replaces a sheet, from mplstyle text (`'axes.grid: True\nlines.linewidth: 2'`) or from
   * settings. Both are validated now, so a bad sheet fails here rather than when used.
   */
  register(name: string, sheet: string | RcUpdate): void {
    if (typeof name !== 'string' || name === '' || name === 'default') {
      throw new TsplotlibError('style.register', `invalid style name ${describeValue(name)}`);
    }
    const values =
      typeof sheet === 'string'
        ? parseRcText(sheet, { source: `style "${name}"`, strict: true }).values
        : validateRc(sheet, 'style.register');
    this.texts.delete(name);
    this.sheets.set(name, Object.freeze(values));
  }
}

/** The style library; `styleLibrary.register(name, sheet)` adds sheets of your own. */
export const styleLibrary = new StyleLibrary();

/** matplotlib's defaults minus the blacklisted keys: what the `'default'` style applies. */
function defaultSheet(): RcUpdate {
  const out: Record<string, unknown> = {};
  for (const key of RC_KEYS) if (!STYLE_BLACKLIST.has(key)) out[key] = rcParamsDefault.get(key);
  return out as RcUpdate;
}

function resolveOne(spec: string | RcUpdate): RcUpdate {
  if (typeof spec === 'string') {
    const name = STYLE_ALIASES[spec] ?? spec;
    return name === 'default' ? defaultSheet() : (styleLibrary.get(name) as RcUpdate);
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new TsplotlibError(
      'style',
      `expected a style name or an object of settings, got ${describeValue(spec)}`,
    );
  }
  for (const key of Object.keys(spec)) {
    if (!isRcKey(key)) throw new TsplotlibError('style', `unknown key "${key}"${suggestion(key, RC_KEYS)}`);
  }
  return spec;
}

/**
 * The combined settings a style spec stands for, blacklisted keys removed. A list is merged in order,
 * which is the same as applying its items one after another.
 */
export function resolveStyle(spec: StyleSpec): RcUpdate {
  const items = Array.isArray(spec) ? (spec as readonly (string | RcUpdate)[]) : [spec as string | RcUpdate];
  const merged: Record<string, unknown> = {};
  for (const item of items) {
    for (const [key, value] of Object.entries(resolveOne(item))) {
      if (!STYLE_BLACKLIST.has(key as RcKey)) merged[key] = value;
    }
  }
  return merged as RcUpdate;
}

/** matplotlib's `matplotlib.style`: apply sheets, now or for a while, and list them. */
export const style = {
  /**
   * Applies a style on top of the current settings: `style.use('ggplot')`, `style.use('default')`,
   * `style.use({ 'axes.grid': true })`, `style.use(['seaborn-v0_8', 'seaborn-v0_8-talk'])`.
   * Every item is validated before anything changes.
   */
  use(spec: StyleSpec): void {
    rcParams.update(resolveStyle(spec));
  },

  /**
   * Applies a style for the duration of `fn`, restoring every setting afterwards even if `fn` throws
   * (matplotlib's `style.context`). Without `fn`, returns a handle for `using`.
   */
  context: ((spec: StyleSpec, fn?: () => unknown) =>
    fn === undefined ? rcParams.context(resolveStyle(spec)) : rcParams.context(resolveStyle(spec), fn)) as {
    (spec: StyleSpec): RcContextHandle;
    <T>(spec: StyleSpec, fn: () => T): T;
  },

  /** The names of the sheets in the library, sorted. */
  get available(): string[] {
    return styleLibrary.names();
  },

  /** The style library (matplotlib's `style.library`). */
  library: styleLibrary,
};
