/**
 * FontFace: one TrueType font file, read for metrics and outlines. Everything is in font units
 * (`unitsPerEm` per em, y up); callers scale to pixels with `size * dpi / 72 / unitsPerEm`.
 * Glyphs are decoded lazily on first use and cached, so a face costs little until text is drawn.
 */
import type { Path } from '../Path.js';
import { decodeGlyphPoints, pointsBounds, pointsToPath } from './glyf.js';
import type { GlyphPoints } from './glyf.js';
import { cmapLookup, parseTrueType } from './ttf.js';
import type { TrueTypeTables } from './ttf.js';

/** A glyph's control box in font units: xMin, yMin, xMax, yMax (all 0 for an empty glyph). */
export type GlyphBounds = readonly [xMin: number, yMin: number, xMax: number, yMax: number];

export class FontFace {
  /** Font units per em (2048 for DejaVu). */
  readonly unitsPerEm: number;
  /** `hhea` ascender in font units (positive, above the baseline). */
  readonly ascender: number;
  /** `hhea` descender in font units (negative, below the baseline). */
  readonly descender: number;
  /** `hhea` line gap in font units. */
  readonly lineGap: number;
  /** The family name from the `name` table, e.g. "DejaVu Sans". */
  readonly familyName: string;
  /** The style name from the `name` table, e.g. "Bold Oblique". */
  readonly styleName: string;
  /** The OS/2 weight class: 400 regular, 700 bold. */
  readonly weight: number;
  /** True for italic and oblique faces. */
  readonly italic: boolean;
  /** The number of glyphs in the font. */
  readonly numGlyphs: number;

  private readonly tables: TrueTypeTables;
  private readonly glyphIds = new Map<number, number>();
  private readonly points = new Map<number, GlyphPoints>();
  private readonly paths = new Map<number, Path>();
  private readonly bounds = new Map<number, GlyphBounds>();

  /** Parses `bytes` (a whole .ttf file). Throws a TsplotlibError when they are not a TrueType font. */
  constructor(bytes: Uint8Array) {
    const t = parseTrueType(bytes);
    this.tables = t;
    this.unitsPerEm = t.unitsPerEm;
    this.ascender = t.ascender;
    this.descender = t.descender;
    this.lineGap = t.lineGap;
    this.familyName = t.familyName;
    this.styleName = t.subfamilyName;
    this.weight = t.weightClass;
    this.italic = t.italic || /italic|oblique/i.test(t.subfamilyName);
    this.numGlyphs = t.numGlyphs;
  }

  /** The glyph index for a Unicode code point, or 0 (.notdef, drawn as a box) when the font lacks it. */
  glyphIndex(codePoint: number): number {
    let g = this.glyphIds.get(codePoint);
    if (g === undefined) {
      g = cmapLookup(this.tables.view, this.tables.cmap, codePoint);
      this.glyphIds.set(codePoint, g);
    }
    return g;
  }

  /** True when the font maps `codePoint` to a real glyph. */
  hasGlyph(codePoint: number): boolean {
    return this.glyphIndex(codePoint) !== 0;
  }

  /** The advance width of a glyph in font units. */
  advanceWidth(glyph: number): number {
    return this.tables.advanceWidths[glyph] ?? 0;
  }

  /** The left side bearing of a glyph in font units. */
  leftSideBearing(glyph: number): number {
    return this.tables.leftSideBearings[glyph] ?? 0;
  }

  /** The `kern`-table adjustment between two glyphs in font units (0 when the pair is not kerned). */
  kerning(left: number, right: number): number {
    return this.tables.kerning.get(left * 65536 + right) ?? 0;
  }

  /** True when the font has a `kern` table with horizontal pairs. */
  get hasKerning(): boolean {
    return this.tables.kerning.size > 0;
  }

  /** The control box of a glyph's outline in font units (on- and off-curve points, as FreeType's cbox). */
  glyphBounds(glyph: number): GlyphBounds {
    let b = this.bounds.get(glyph);
    if (!b) {
      b = pointsBounds(this.glyphPoints(glyph));
      this.bounds.set(glyph, b);
    }
    return b;
  }

  /** The outline of a glyph in font units, y up: MOVETO, LINETO, CURVE3 and CLOSEPOLY codes. */
  glyphPath(glyph: number): Path {
    let p = this.paths.get(glyph);
    if (!p) {
      p = pointsToPath(this.glyphPoints(glyph));
      this.paths.set(glyph, p);
    }
    return p;
  }

  /** The raw TrueType points of a glyph (composites resolved), decoded once. */
  glyphPoints(glyph: number): GlyphPoints {
    let pts = this.points.get(glyph);
    if (!pts) {
      pts = decodeGlyphPoints(this.tables, glyph);
      this.points.set(glyph, pts);
    }
    return pts;
  }
}
