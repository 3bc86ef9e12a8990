import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFilesDir, readFontFile } from '../../../../src/backends/node/fonts.js';
import { FontFace } from '../../../../src/core/font/FontFace.js';
import { TsplotlibError } from '../../../../src/core/errors.js';
import { PathCode } from '../../../../src/core/Path.js';

interface GlyphFact {
  char: string;
  glyph: number;
  advance: number;
  composite: boolean;
  bounds: [number, number, number, number];
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/text_metrics.json', import.meta.url), 'utf8'),
) as {
  font: {
    unitsPerEm: number;
    glyphs: GlyphFact[];
    kerning: { left: string; right: string; value: number }[];
  };
};
const face = new FontFace(readFontFile('DejaVuSans.ttf'));
const cp = (c: string) => c.codePointAt(0)!;

describe('FontFace', () => {
  it('reads the name, head and hhea tables of DejaVu Sans', () => {
    expect(face.familyName).toBe('DejaVu Sans');
    expect(face.unitsPerEm).toBe(fixture.font.unitsPerEm);
    expect(face.ascender).toBeGreaterThan(0);
    expect(face.descender).toBeLessThan(0);
    expect(face.weight).toBe(400);
    expect(face.italic).toBe(false);
    const bold = new FontFace(readFontFile('DejaVuSans-BoldOblique.ttf'));
    expect(bold.weight).toBeGreaterThanOrEqual(600);
    expect(bold.italic).toBe(true);
  });

  it('glyphIndex() maps code points through the cmap as fontTools does', () => {
    for (const g of fixture.font.glyphs) expect(face.glyphIndex(cp(g.char)), g.char).toBe(g.glyph);
    expect(face.glyphIndex(0x10ffff)).toBe(0);
  });

  it('advanceWidth() and glyphBounds() match the hmtx and glyf tables', () => {
    for (const g of fixture.font.glyphs) {
      const id = face.glyphIndex(cp(g.char));
      expect(face.advanceWidth(id), g.char).toBe(g.advance);
      expect([...face.glyphBounds(id)], g.char).toEqual(g.bounds);
    }
  });

  it('decodes composite glyphs (é is e plus an accent) to their full bounds', () => {
    const e = fixture.font.glyphs.find((g) => g.char === 'é')!;
    expect(e.composite).toBe(true);
    const path = face.glyphPath(face.glyphIndex(cp('é')));
    const [x0, y0, x1, y1] = path.extents();
    expect([x0, y0, x1, y1]).toEqual(e.bounds);
    // The accent adds a contour above the plain e.
    const moves = (p: typeof path) => p.codes!.filter((c) => c === PathCode.MOVETO).length;
    expect(moves(path)).toBeGreaterThan(moves(face.glyphPath(face.glyphIndex(cp('e')))));
  });

  it('glyphPath() emits closed quadratic contours whose control box is the glyph box', () => {
    for (const ch of 'AOgp0%') {
      const id = face.glyphIndex(cp(ch));
      const path = face.glyphPath(id);
      const codes = path.codes!;
      expect(codes[0]).toBe(PathCode.MOVETO);
      expect(codes[codes.length - 1]).toBe(PathCode.CLOSEPOLY);
      expect([...path.extents()], ch).toEqual([...face.glyphBounds(id)]);
      // CURVE3 vertices come in pairs (control point, end point).
      let run = 0;
      for (const c of codes) {
        if (c === PathCode.CURVE3) run++;
        else {
          expect(run % 2).toBe(0);
          run = 0;
        }
      }
    }
    expect(face.glyphPath(face.glyphIndex(cp('O'))).codes!.includes(PathCode.CURVE3)).toBe(true);
    expect(face.glyphPath(face.glyphIndex(cp(' '))).length).toBe(0);
  });

  it('kerning() reads the kern table pairs FreeType uses', () => {
    for (const k of fixture.font.kerning) {
      expect(face.kerning(face.glyphIndex(cp(k.left)), face.glyphIndex(cp(k.right))), k.left + k.right).toBe(
        k.value,
      );
    }
    expect(face.kerning(face.glyphIndex(cp('A')), face.glyphIndex(cp('V')))).toBeLessThan(0);
  });

  it('rejects bytes that are not a TrueType font', () => {
    expect(() => new FontFace(new Uint8Array([1, 2, 3]))).toThrow(TsplotlibError);
    expect(() => new FontFace(new TextEncoder().encode('OTTO and more bytes here'))).toThrow(
      /not a TrueType font/,
    );
  });

  it('fontFilesDir() finds the package fonts directory', () => {
    expect(readFileSync(`${fontFilesDir()}/DejaVuSansMono.ttf`).byteLength).toBeGreaterThan(1000);
  });
});
