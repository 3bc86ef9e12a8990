/**
 * Connects the text seam of the backends ({@link TextOutlineEngine}) to the core font engine
 * (`src/core/font/`): whole-line outlines for the canvas, glyph ids, offsets and outlines for
 * SVG's glyph definitions. Mathtext has no glyph run of one font, so SVG draws it as one path.
 */
import { Affine } from '../../core/Affine2D.js';
import {
  findFont,
  hintedTextToPath,
  isMathText,
  layoutGlyphs,
  pixelSize,
  textToPath,
} from '../../core/font/index.js';
import type { Path } from '../../core/Path.js';
import type { FontSpec } from '../../core/renderer.js';
import type { PositionedGlyph, TextOutlineEngine } from './textOutlines.js';

/** The core font engine as the backends use it. */
export const coreTextOutlines: TextOutlineEngine = {
  textToPath,
  hintedTextToPath,
  layoutGlyphs(text: string, font: FontSpec, dpi: number): readonly PositionedGlyph[] | null {
    if (isMathText(text)) return null;
    const layout = layoutGlyphs(text, font, dpi);
    return Array.from(layout.glyphs, (id, i) => ({ id, x: layout.x[i]! }));
  },
  glyphPath(id: number | string, font: FontSpec, dpi: number): Path {
    const face = findFont(font);
    return face.glyphPath(Number(id)).transformed(Affine.scaling(pixelSize(font, dpi) / face.unitsPerEm));
  },
  fontName(font: FontSpec): string {
    const face = findFont(font);
    const style = /^(book|regular|normal)$/i.test(face.styleName) ? '' : `-${face.styleName}`;
    return `${face.familyName}${style}`.replace(/\s+/g, '');
  },
};
