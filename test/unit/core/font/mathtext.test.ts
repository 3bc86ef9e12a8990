import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeFontLoader } from '../../../../src/backends/node/fonts.js';
import { isMathText, mathtextLayout } from '../../../../src/core/font/mathtext.js';
import { parseMathtext } from '../../../../src/core/font/mathtextParser.js';
import { ship } from '../../../../src/core/font/mathtextBoxes.js';
import { TsplotlibError } from '../../../../src/core/errors.js';
import type { FontSpec } from '../../../../src/core/renderer.js';

interface MathFixture {
  text: string;
  glyphs: { char: string; file: string; size: number; x: number; y: number }[];
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/text_metrics.json', import.meta.url), 'utf8'),
) as {
  mathtext: MathFixture[];
};
const font: FontSpec = { family: 'DejaVu Sans', size: 10, weight: 'normal', style: 'normal' };

beforeAll(() => installNodeFontLoader());

describe('isMathText()', () => {
  it('needs an even, non-zero number of unescaped dollars', () => {
    expect(isMathText('$x$')).toBe(true);
    expect(isMathText('a $x$ and $y$')).toBe(true);
    expect(isMathText('$5')).toBe(false);
    expect(isMathText('\\$5 and \\$6')).toBe(false);
    expect(isMathText('plain')).toBe(false);
  });
});

describe('mathtextLayout()', () => {
  // The fixture is matplotlib's unhinted vector layout at 72 dpi (points); ours snaps glyph
  // heights to whole pixels as Agg's hinting does, which moves scripts by up to 0.6 pt.
  it('places glyphs where matplotlib does (x within 0.15 pt, baseline offsets within 0.6 pt)', () => {
    const cases = fixture.mathtext.filter((m) => !m.text.includes('sqrt'));
    expect(cases.length).toBeGreaterThan(15);
    for (const m of cases) {
      const box = parseMathtext(m.text, font, 72);
      const glyphs = ship(box).glyphs;
      expect(glyphs.map((g) => String.fromCodePoint(g.node.codePoint)).join(''), m.text).toBe(
        m.glyphs.map((g) => g.char).join(''),
      );
      const base = m.glyphs[0]!;
      glyphs.forEach((g, i) => {
        const ref = m.glyphs[i]!;
        expect(Math.abs(g.x - ref.x), `${m.text} glyph ${i} x`).toBeLessThan(0.15);
        // Compare heights relative to the first glyph: ours are y down, matplotlib's y up.
        const ourRaise = glyphs[0]!.y - g.y;
        expect(Math.abs(ourRaise - (ref.y - base.y)), `${m.text} glyph ${i} y`).toBeLessThan(0.6);
        expect(g.node.sizePx, `${m.text} glyph ${i} size`).toBeCloseTo(ref.size, 6);
      });
    }
  });

  it('uses DejaVu Sans Oblique for math letters and upright digits and Greek capitals', () => {
    const fileOf = (face: { styleName: string }) =>
      /oblique/i.test(face.styleName) ? 'DejaVuSans-Oblique.ttf' : 'DejaVuSans.ttf';
    for (const m of fixture.mathtext) {
      const glyphs = ship(parseMathtext(m.text, font, 72)).glyphs;
      glyphs.forEach((g, i) =>
        expect(fileOf(g.node.face), `${m.text} ${m.glyphs[i]!.char}`).toBe(m.glyphs[i]!.file),
      );
    }
  });

  it('lays out $\\mathdefault{10^{-2}}$ with a smaller, raised exponent and a minus sign', () => {
    const glyphs = ship(parseMathtext('$\\mathdefault{10^{-2}}$', font, 100)).glyphs;
    expect(glyphs.map((g) => String.fromCodePoint(g.node.codePoint)).join('')).toBe('10\u22122');
    expect(glyphs[2]!.node.sizePx).toBeCloseTo(glyphs[0]!.node.sizePx * 0.7, 9);
    expect(glyphs[2]!.y).toBeLessThan(glyphs[0]!.y - 3);
    const layout = mathtextLayout('$\\mathdefault{10^{-2}}$', font, 100);
    const [x0, , x1] = layout.path.extents();
    expect(x0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(layout.width);
  });

  it('spaces binary operators except at the start of an expression', () => {
    const width = (s: string) => mathtextLayout(s, font, 100).box.width;
    expect(width('$2\\times3$')).toBeGreaterThan(width('$\\times3$') + width('$2$') + 1);
  });

  it('draws \\frac with a rule between numerator and denominator', () => {
    const out = ship(parseMathtext('$\\frac{1}{2}$', font, 100));
    expect(out.rects.length).toBe(1);
    const [, y1] = out.rects[0]!;
    expect(out.glyphs[0]!.y).toBeLessThan(y1);
    expect(out.glyphs[1]!.y).toBeGreaterThan(y1);
  });

  it('throws a TsplotlibError naming an unknown symbol and its position', () => {
    expect(() => mathtextLayout('$\\foo$', font, 100)).toThrow(TsplotlibError);
    expect(() => mathtextLayout('$\\foo$', font, 100)).toThrow(/unknown symbol \\foo at position 0/);
    expect(() => mathtextLayout('$x^{2$', font, 100)).toThrow(/missing "}"/);
    expect(() => mathtextLayout('$x^2^3$', font, 100)).toThrow(/double superscript/);
  });
});
