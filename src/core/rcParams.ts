/**
 * rc parameters: matplotlib's settings under their dotted names, with matplotlib's defaults and
 * validation, typed per key.
 *
 * @example
 * rcParams.get('lines.linewidth');            // 1.5, typed number
 * rcParams.set('axes.grid', true);
 * rcParams['figure.dpi'] = 150;
 * rcContext({ 'lines.linewidth': 3 }, () => drawThickLines());
 * {
 *   using _ = rcContext('ggplot');           // restored at the end of the block
 * }
 *
 * The pieces live in `rc/`: the validators, the schema of keys, matplotlib's defaults, the store
 * class and the rc text reader. This module gathers them with the process-wide stores and the
 * context helpers. matplotlib's `backend` default is its "pick on first use" sentinel; here it is
 * `'agg'`, and pyplot applies the TSPLOTLIB_BACKEND environment variable on top.
 */
import { setColorCycle, type ColorSpec } from './colors.js';
import { rcParams, rcParamsDefault } from './rc/instance.js';
import type { RcContextHandle, RcUpdate } from './rc/RcParams.js';
import type { RcKey } from './rc/schema.js';
import { resolveStyle, STYLE_BLACKLIST } from './styles.js';
import type { StyleSpec } from './styles.js';

export { rcParams, rcParamsDefault } from './rc/instance.js';
export { convertRc, RcParams, RcParamsStore, unknownKeyError, validateRc } from './rc/RcParams.js';
export type { RcChangeListener, RcContextHandle, RcIndex, RcUpdate } from './rc/RcParams.js';
export { isRcKey, RC_KEYS, RC_SCHEMA } from './rc/schema.js';
export type { RcInputs, RcKey, RcValues } from './rc/schema.js';
export { RC_DEFAULTS } from './rc/defaults.js';
export { parseRcText, stripComment } from './rc/rcFile.js';
export type { ParseRcTextOptions, RcTextResult } from './rc/rcFile.js';
export {
  cycler,
  cyclerAdd,
  cyclerAt,
  cyclerLength,
  cyclerMultiply,
  CYCLER_ALIASES,
  parseCyclerText,
} from './rc/cycler.js';
export type { Cycler, CyclerInput, CyclerProperties } from './rc/cycler.js';
export type {
  CapStyle as RcCapStyle,
  ColormapLike,
  FontSize as RcFontSize,
  FontStretch as RcFontStretch,
  FontWeight as RcFontWeight,
  HistBinsName,
  JoinStyle as RcJoinStyle,
  LineStyle as RcLineStyle,
  LineStyleInput as RcLineStyleInput,
  NamedLineStyle as RcNamedLineStyle,
  RcColor,
} from './rc/propertyValidators.js';

/**
 * Restores matplotlib's defaults (matplotlib's `rcdefaults`). As there, the keys that styles leave
 * alone (`backend`, `interactive`, … see `STYLE_BLACKLIST`) keep their current values.
 */
export function rcDefaults(): void {
  const values: Record<string, unknown> = {};
  for (const [key, value] of rcParamsDefault) if (!STYLE_BLACKLIST.has(key)) values[key] = value;
  rcParams.update(values as RcUpdate);
}

/**
 * Changes settings temporarily (matplotlib's `rc_context`): `overrides` is an object of settings, a
 * style name, or a list of styles and objects. With `fn`, runs it and restores every setting
 * afterwards, even when it throws (or when its promise settles); without `fn`, returns a handle that
 * restores on `restore()` or at the end of a `using` block. Settings changed inside are restored too.
 *
 * @example
 * const fig = rcContext({ 'figure.dpi': 200, 'font.size': 12 }, () => makeFigure());
 * using _ = rcContext('dark_background');
 */
export function rcContext(overrides?: RcUpdate | StyleSpec): RcContextHandle;
export function rcContext<T>(overrides: RcUpdate | StyleSpec | undefined, fn: () => T): T;
export function rcContext<T>(overrides: RcUpdate | StyleSpec = {}, fn?: () => T): T | RcContextHandle {
  const update = isStyleSpec(overrides) ? resolveStyle(overrides) : overrides;
  return fn === undefined ? rcParams.context(update) : rcParams.context(update, fn);
}

/** Style names and lists go through the style library; a plain object is applied as it is (no blacklist). */
function isStyleSpec(x: RcUpdate | StyleSpec): x is StyleSpec {
  return typeof x === 'string' || Array.isArray(x);
}

/** The keys whose current value differs from matplotlib's default. */
export function changedRcKeys(): RcKey[] {
  return rcParams
    .keys()
    .filter((key) => JSON.stringify(rcParams.get(key)) !== JSON.stringify(rcParamsDefault.get(key)));
}

/** `'C0'`…`'C9'` follow `axes.prop_cycle`, so a style's palette recolors them as in matplotlib. */
function followPropCycle(): void {
  const colors = rcParams.get('axes.prop_cycle').color;
  setColorCycle(colors && colors.length ? (colors as readonly ColorSpec[]) : ['k']);
}
rcParams.onChange((keys) => {
  if (keys.includes('axes.prop_cycle')) followPropCycle();
});
