/**
 * Text metrics and text as paths, the one pair every caller uses: {@link measureText} and
 * {@link textToPath} route mathtext strings (`$…$`) to the mathtext engine and plain strings to
 * single-line glyph layout. Results are cached per (text, font, dpi) in bounded LRU caches, since
 * tick labels are measured on every frame.
 */
import { checkFinite, invalid } from '../errors.js';
import type { Path } from '../Path.js';
import type { FontSpec } from '../renderer.js';
import { LruCache } from './lru.js';
import { isMathText, mathtextLayout } from './mathtext.js';
import type { MathtextLayout } from './mathtext.js';
import { layoutGlyphs } from './textLayout.js';
import type { GlyphLayout } from './textLayout.js';
import { layoutToHintedPath, layoutToPath } from './textPath.js';

export { layoutGlyphs } from './textLayout.js';
export type { GlyphLayout } from './textLayout.js';

/** The size of a line of text in pixels, in matplotlib's terms. */
export interface TextExtent {
  /** The advance width (for math: the padded ink width). */
  readonly width: number;
  /** Ink height, from the lowest descender to the highest ascender of the laid-out glyphs. */
  readonly height: number;
  /** How far the ink reaches below the baseline (positive down). */
  readonly descent: number;
}

/** How many distinct (text, font, dpi) layouts each cache keeps. */
const CACHE_SIZE = 2048;

const plainCache = new LruCache<string, GlyphLayout>(CACHE_SIZE);
const mathCache = new LruCache<string, MathtextLayout>(CACHE_SIZE);
const pathCache = new LruCache<string, Path>(CACHE_SIZE);

function cacheKey(text: string, font: FontSpec, dpi: number): string {
  return `${font.family}\u0000${font.size}\u0000${font.weight}\u0000${font.style}\u0000${dpi}\u0000${text}`;
}

function checkArgs(call: string, text: unknown, font: FontSpec, dpi: number): void {
  if (typeof text !== 'string') invalid(call, 'text', text, 'a string');
  checkFinite(call, 'dpi', dpi, { positive: true });
  checkFinite(call, 'font size', font?.size, { positive: true });
}

function plainLayout(text: string, font: FontSpec, dpi: number): GlyphLayout {
  const key = cacheKey(text, font, dpi);
  let layout = plainCache.get(key);
  if (!layout) {
    layout = layoutGlyphs(text, font, dpi);
    plainCache.set(key, layout);
  }
  return layout;
}

function mathLayout(text: string, font: FontSpec, dpi: number): MathtextLayout {
  const key = cacheKey(text, font, dpi);
  let layout = mathCache.get(key);
  if (!layout) {
    layout = mathtextLayout(text, font, dpi);
    mathCache.set(key, layout);
  }
  return layout;
}

/**
 * Width, height and descent in pixels of one line of text, as matplotlib's
 * `RendererAgg.get_text_width_height_descent`: `isMath` selects mathtext; plain text is measured
 * as FT2Font lays it out (advances and kerning for the width, the glyphs' boxes for height).
 */
export function getTextWidthHeightDescent(
  text: string,
  font: FontSpec,
  dpi: number,
  isMath: boolean,
): TextExtent {
  checkArgs('getTextWidthHeightDescent', text, font, dpi);
  if (isMath) {
    const m = mathLayout(text, font, dpi);
    return { width: m.width, height: m.height, descent: m.descent };
  }
  const l = plainLayout(text, font, dpi);
  return { width: l.width, height: l.yMax - l.yMin, descent: 0 - l.yMin };
}

/**
 * Measures one line of text in pixels at `dpi`, routing `$…$` strings to mathtext.
 *
 * @example
 * measureText('0.5', { family: 'sans-serif', size: 10, weight: 'normal', style: 'normal' }, 100);
 */
export function measureText(text: string, font: FontSpec, dpi: number): TextExtent {
  return getTextWidthHeightDescent(text, font, dpi, isMathText(text));
}

/**
 * The outlines of one line of text as a Path in pixels, origin at the baseline start, y up
 * (mathtext included), ready to be rotated and translated to the text's anchor.
 */
export function textToPath(text: string, font: FontSpec, dpi: number): Path {
  checkArgs('textToPath', text, font, dpi);
  const key = cacheKey(text, font, dpi);
  let path = pathCache.get(key);
  if (!path) {
    path = isMathText(text) ? mathLayout(text, font, dpi).path : layoutToPath(plainLayout(text, font, dpi));
    pathCache.set(key, path);
  }
  return path;
}

/**
 * {@link textToPath} with each glyph's vertical edges fitted to the pixel grid, as FreeType's
 * autohinter fits them for matplotlib's Agg output. For raster backends; mathtext is not hinted.
 */
export function hintedTextToPath(text: string, font: FontSpec, dpi: number): Path {
  if (isMathText(text)) return textToPath(text, font, dpi);
  checkArgs('hintedTextToPath', text, font, dpi);
  const key = `h|${cacheKey(text, font, dpi)}`;
  let path = pathCache.get(key);
  if (!path) {
    path = layoutToHintedPath(plainLayout(text, font, dpi));
    pathCache.set(key, path);
  }
  return path;
}

/** Empties the layout caches (after registering fonts that change what a family resolves to). */
export function clearTextCaches(): void {
  plainCache.clear();
  mathCache.clear();
  pathCache.clear();
}
