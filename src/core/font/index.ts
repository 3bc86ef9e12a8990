/**
 * The font engine: TrueType parsing, font resolution, text metrics, text as paths and mathtext.
 * Layout uses these metrics only, so a figure lays out identically in every backend.
 */
export { FontFace } from './FontFace.js';
export type { GlyphBounds } from './FontFace.js';
export {
  BUNDLED_FONT_FILES,
  DEFAULT_FAMILY,
  GENERIC_FAMILIES,
  findFont,
  hasFonts,
  isBold,
  registerFont,
  setFontLoader,
  setFontWarningHook,
} from './fontManager.js';
export type { FontLoader, FontWarningHook } from './fontManager.js';
export {
  clearTextCaches,
  getTextWidthHeightDescent,
  layoutGlyphs,
  measureText,
  textToPath,
  hintedTextToPath,
} from './textMetrics.js';
export type { GlyphLayout, TextExtent } from './textMetrics.js';
export { HINTING_FACTOR, pixelSize } from './textLayout.js';
export { isMathText, mathtextLayout } from './mathtext.js';
export type { MathtextLayout } from './mathtext.js';
export { LruCache } from './lru.js';
