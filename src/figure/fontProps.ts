/**
 * Font properties as users write them (`fontsize: 'large'`, `fontweight: 'bold'`), resolved into the
 * renderer's {@link FontSpec} with rcParams defaults (matplotlib's `FontProperties`).
 */
import { checkChoice, checkFinite, invalid } from '../core/errors.js';
import { rcParams } from '../core/rcParams.js';
import type { FontSpec } from '../core/renderer.js';

/** matplotlib's named font sizes, relative to `font.size` (font_manager.font_scalings). */
export const FONT_SCALINGS: Readonly<Record<string, number>> = {
  'xx-small': 0.579,
  'x-small': 0.694,
  small: 0.833,
  medium: 1.0,
  large: 1.2,
  'x-large': 1.44,
  'xx-large': 1.728,
  larger: 1.2,
  smaller: 0.833,
};

export type FontSize = number | keyof typeof FONT_SCALINGS | string;
/** A weight name (`'normal'`, `'bold'`, `'light'`, `'semibold'`, …) or a number 100–900. */
export type FontWeight = string | number;
export type FontStyle = 'normal' | 'italic' | 'oblique';

/** Font options shared by every text-bearing call. */
export interface FontOptions {
  /** Size in points or a named size (`'small'`, `'large'`, …). */
  fontsize?: FontSize;
  /** Alias of `fontsize`. */
  size?: FontSize;
  fontweight?: FontWeight;
  /** Alias of `fontweight`. */
  weight?: FontWeight;
  fontstyle?: FontStyle;
  /** Alias of `fontstyle`. */
  style?: FontStyle;
  fontfamily?: string | string[];
  /** Alias of `fontfamily`. */
  family?: string | string[];
}

export const FONT_OPTION_KEYS = [
  'fontsize',
  'size',
  'fontweight',
  'weight',
  'fontstyle',
  'style',
  'fontfamily',
  'family',
];

/** Resolves a font size in points: numbers pass through, names scale `font.size`. */
export function resolveFontSize(call: string, size: FontSize | undefined, base?: number): number {
  const rcSize = base ?? rcParams.get('font.size');
  if (size === undefined) return rcSize;
  if (typeof size === 'number') return checkFinite(call, 'fontsize', size, { positive: true });
  const scale = FONT_SCALINGS[size];
  if (scale !== undefined) return rcSize * scale;
  const n = Number(size);
  if (size.trim() !== '' && Number.isFinite(n) && n > 0) return n;
  return checkChoice(call, 'fontsize', size, Object.keys(FONT_SCALINGS) as string[]) as never;
}

const WEIGHTS: Record<string, number> = {
  ultralight: 100,
  light: 200,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  roman: 500,
  semibold: 600,
  demibold: 600,
  demi: 600,
  bold: 700,
  heavy: 800,
  'extra bold': 800,
  black: 900,
};

function resolveWeight(call: string, w: FontWeight | undefined): FontSpec['weight'] {
  const value = w ?? rcParams.get('font.weight');
  if (typeof value === 'number') return checkFinite(call, 'fontweight', value, { min: 0, max: 1000 });
  const n = WEIGHTS[value];
  if (n === undefined) return checkChoice(call, 'fontweight', value, Object.keys(WEIGHTS)) as never;
  return n >= 600 ? 'bold' : 'normal';
}

function resolveFamily(call: string, f: string | string[] | undefined): string {
  const fam = f ?? rcParams.get('font.family');
  const list = Array.isArray(fam) ? fam : [fam];
  if (list.length === 0 || typeof list[0] !== 'string') invalid(call, 'fontfamily', f, 'a family name');
  return list[0] as string;
}

/** The FontSpec for `options` with rcParams defaults; `defaults` supplies call-specific defaults. */
export function fontSpec(call: string, options: FontOptions = {}, defaults: FontOptions = {}): FontSpec {
  const style = options.fontstyle ?? options.style ?? defaults.fontstyle ?? rcParams.get('font.style');
  return {
    family: resolveFamily(call, options.fontfamily ?? options.family ?? defaults.fontfamily),
    size: resolveFontSize(call, options.fontsize ?? options.size ?? defaults.fontsize),
    weight: resolveWeight(call, options.fontweight ?? options.weight ?? defaults.fontweight),
    style: checkChoice(call, 'fontstyle', style, ['normal', 'italic', 'oblique'] as const),
  };
}
