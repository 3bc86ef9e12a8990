/**
 * The one seam between the backends and the font engine (`src/core/font/`). Every backend that
 * draws text as outlines (canvas, SVG with `fonttype: 'path'`) goes through these functions, so
 * wiring the engine is one call to {@link setTextOutlineEngine} in `src/backends/index.ts`.
 *
 * Until an engine is set, text draws nothing (layout and tests of other primitives still work).
 */
import { Path } from '../../core/Path.js';
import type { FontSpec } from '../../core/renderer.js';

/** One glyph of a laid-out line: its id in the font and its x offset from the line start, in pixels. */
export interface PositionedGlyph {
  readonly id: number | string;
  readonly x: number;
}

/** What the backends need from the font engine. Paths are in pixels, origin at the baseline start, y up. */
export interface TextOutlineEngine {
  /** The outline of a whole line of text. */
  textToPath(text: string, font: FontSpec, dpi: number): Path;
  /** The outline with vertical edges fitted to the pixel grid, for raster output (as Agg hints). */
  hintedTextToPath?(text: string, font: FontSpec, dpi: number): Path;
  /** The glyphs of a line with their x offsets (kerning applied), or null when the text is not one run of glyphs (mathtext). */
  layoutGlyphs?(text: string, font: FontSpec, dpi: number): readonly PositionedGlyph[] | null;
  /** The outline of one glyph at the font's size, origin at the glyph origin. */
  glyphPath?(id: number | string, font: FontSpec, dpi: number): Path;
  /** A stable name of the font file a spec resolves to (`DejaVuSans-Bold`), used for SVG glyph ids. */
  fontName?(font: FontSpec): string;
}

const EMPTY = new Path(new Float64Array(0));
let engine: TextOutlineEngine | null = null;

/** Installs the font engine the backends draw text with. */
export function setTextOutlineEngine(e: TextOutlineEngine | null): void {
  engine = e;
}

/** The engine in use, or null. */
export function getTextOutlineEngine(): TextOutlineEngine | null {
  return engine;
}

/** The outline of `text` in pixels (origin at the baseline start, y up); empty without an engine. */
export function textPath(text: string, font: FontSpec, dpi: number): Path {
  return engine ? engine.textToPath(text, font, dpi) : EMPTY;
}

/** The grid-fitted outline of `text` for raster output, or the plain outline when the engine has none. */
export function hintedTextPath(text: string, font: FontSpec, dpi: number): Path {
  if (!engine) return EMPTY;
  return engine.hintedTextToPath
    ? engine.hintedTextToPath(text, font, dpi)
    : engine.textToPath(text, font, dpi);
}

/** A name for a font spec that is safe inside an XML id: family, weight and style. */
export function fontKey(font: FontSpec): string {
  const name = engine?.fontName?.(font) ?? `${font.family}-${font.weight}-${font.style}`;
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}
