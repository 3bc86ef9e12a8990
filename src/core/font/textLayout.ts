/**
 * Single-line text layout with matplotlib's Agg semantics (FT2Font.set_text): the pen advances by
 * each glyph's advance plus the `kern`-table kerning of the pair; the string's width is the final
 * pen position, its height and descent come from the union of the glyphs' control boxes.
 *
 * matplotlib loads glyphs hinted, with `text.hinting_factor` 8: horizontal metrics land on a grid
 * of 1/8 pixel (the font is sized at 8x the horizontal dpi, then scaled back), and the autohinter
 * fits vertical edges to whole pixels. Widths snap to the same 1/8-pixel grid; heights come from
 * the grid-fitted outlines of `hinting.ts`, the same ones the raster backend draws, which
 * reproduces matplotlib's heights in nearly all cases (see the tests for the measured bound).
 */
import type { FontSpec } from '../renderer.js';
import type { FontFace } from './FontFace.js';
import { findFont } from './fontManager.js';
import { hintedGlyphExtent } from './hinting.js';

/** matplotlib's rcParams['text.hinting_factor']: horizontal metrics snap to 1/8 pixel. */
export const HINTING_FACTOR = 8;

/** The font size in pixels for a size in points at `dpi`. */
export function pixelSize(font: Pick<FontSpec, 'size'>, dpi: number): number {
  return (font.size * dpi) / 72;
}

/** Snaps a horizontal length in pixels to matplotlib's 1/8-pixel grid (hinted advances and kerning). */
export function snapX(px: number): number {
  return Math.round(px * HINTING_FACTOR) / HINTING_FACTOR;
}

/** Snaps a vertical glyph extent to whole pixels, as hinting aligns stems and blue zones. */
export function snapY(px: number): number {
  return Math.round(px);
}

/** Glyphs laid out on one line: the face, the scale and each glyph's pen position. */
export interface GlyphLayout {
  readonly face: FontFace;
  /** Pixels per font unit. */
  readonly scale: number;
  /** Glyph indices, one per code point. */
  readonly glyphs: Uint16Array;
  /** Pen x of each glyph in pixels from the line start (kerning included). */
  readonly x: Float64Array;
  /** The final pen position: the advance width of the line in pixels. */
  readonly width: number;
  /** Ink extents above (positive) and below (negative) the baseline in pixels, snapped. */
  readonly yMax: number;
  readonly yMin: number;
}

/** Lays out `text` as one line in `font` at `dpi`: glyph ids and x offsets, in pixels. */
export function layoutGlyphs(text: string, font: FontSpec, dpi: number): GlyphLayout {
  return layoutWithFace(text, findFont(font), pixelSize(font, dpi));
}

/** {@link layoutGlyphs} for a known face and a size in pixels. */
export function layoutWithFace(text: string, face: FontFace, sizePx: number): GlyphLayout {
  const scale = sizePx / face.unitsPerEm;
  const codePoints = Array.from(text, (c) => c.codePointAt(0)!);
  const glyphs = new Uint16Array(codePoints.length);
  const x = new Float64Array(codePoints.length);
  let pen = 0;
  let prev = 0;
  let yMax = -Infinity;
  let yMin = Infinity;
  for (let i = 0; i < codePoints.length; i++) {
    const g = face.glyphIndex(codePoints[i]!);
    // FreeType kerns only between two real glyphs (neither is .notdef).
    if (prev && g) pen += snapX(face.kerning(prev, g) * scale);
    glyphs[i] = g;
    x[i] = pen;
    // The grid-fitted box, as FreeType's hinted control box; an empty glyph (a space) still
    // counts, with a zero box at the baseline, as in set_text.
    const [b0, b1] = hintedGlyphExtent(face, g, scale);
    yMax = Math.max(yMax, b1);
    yMin = Math.min(yMin, b0);
    pen += snapX(face.advanceWidth(g) * scale);
    prev = g;
  }
  if (codePoints.length === 0) yMax = yMin = 0;
  return { face, scale, glyphs, x, width: pen, yMax, yMin };
}
