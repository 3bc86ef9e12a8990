import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeFontLoader } from '../../../../src/backends/node/fonts.js';
import {
  getTextWidthHeightDescent,
  hintedTextToPath,
  layoutGlyphs,
  measureText,
  textToPath,
} from '../../../../src/core/font/textMetrics.js';
import { findFont } from '../../../../src/core/font/fontManager.js';
import { LruCache } from '../../../../src/core/font/lru.js';
import type { FontSpec } from '../../../../src/core/renderer.js';

interface MetricRow {
  text: string;
  family: string;
  size: number;
  weight: 'normal' | 'bold';
  style: 'normal' | 'oblique';
  math: boolean;
  width: number;
  height: number;
  descent: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/text_metrics.json', import.meta.url), 'utf8'),
) as {
  metrics: MetricRow[];
};
const spec = (
  size = 10,
  weight: FontSpec['weight'] = 'normal',
  style: FontSpec['style'] = 'normal',
): FontSpec => ({
  family: 'DejaVu Sans',
  size,
  weight,
  style,
});

beforeAll(() => installNodeFontLoader());

/** Absolute errors of our metrics against matplotlib Agg's for the fixture rows selected. */
function errors(select: (r: MetricRow) => boolean) {
  const out = { width: [] as number[], height: [] as number[], descent: [] as number[] };
  for (const r of fixture.metrics.filter(select)) {
    const m = getTextWidthHeightDescent(
      r.text,
      { ...spec(r.size, r.weight, r.style), family: r.family },
      100,
      r.math,
    );
    out.width.push(Math.abs(m.width - r.width));
    out.height.push(Math.abs(m.height - r.height));
    out.descent.push(Math.abs(m.descent - r.descent));
  }
  return out;
}
const max = (v: number[]) => Math.max(...v);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const isNumber = (r: MetricRow) => !r.math && /^[\d.\u2212e-]+$/.test(r.text);

describe('getTextWidthHeightDescent()', () => {
  // matplotlib hints glyphs (autohinter, hinting_factor 8); we snap widths to the same 1/8-px
  // grid and take heights from our grid-fitted outlines (hinting.ts), which leaves these errors.
  it('matches matplotlib Agg for tick-label numbers: width within 1/8 px, descent exact, height within 0.2 px', () => {
    const e = errors(isNumber);
    expect(e.width.length).toBeGreaterThan(200);
    expect(max(e.width)).toBeLessThanOrEqual(0.125);
    expect(max(e.descent)).toBe(0);
    expect(max(e.height)).toBeLessThanOrEqual(0.2);
    expect(mean(e.height)).toBeLessThan(0.02);
  });

  it('matches matplotlib Agg for plain strings over sizes, bold and oblique', () => {
    const e = errors((r) => !r.math && !isNumber(r));
    expect(e.width.length).toBeGreaterThan(500);
    expect(max(e.width)).toBeLessThanOrEqual(0.625);
    expect(mean(e.width)).toBeLessThan(0.06);
    expect(max(e.height)).toBeLessThanOrEqual(1);
    expect(mean(e.height)).toBeLessThan(0.1);
    expect(max(e.descent)).toBeLessThanOrEqual(1);
    expect(mean(e.descent)).toBeLessThan(0.06);
  });

  it('matches matplotlib Agg for mathtext (widths within 0.15 px except the approximated \\sqrt)', () => {
    const e = errors((r) => r.math && !r.text.includes('sqrt'));
    expect(max(e.width)).toBeLessThanOrEqual(0.15);
    expect(max(e.height)).toBeLessThanOrEqual(2);
    expect(max(e.descent)).toBeLessThanOrEqual(1);
    const log = errors((r) => r.math && r.size === 12 && r.text.startsWith('$\\mathdefault{10^'));
    expect(max(log.height)).toBeLessThan(1e-9);
    expect(max(log.width)).toBeLessThan(0.05);
  });

  it('applies kern-table kerning: width("AV") < width("A") + width("V")', () => {
    const w = (s: string) => measureText(s, spec(), 100).width;
    expect(w('AV')).toBeLessThan(w('A') + w('V'));
    expect(w('AV')).toBe(18.125);
  });

  it('measures the empty string and a space as matplotlib does', () => {
    expect(measureText('', spec(), 100)).toEqual({ width: 0, height: 0, descent: 0 });
    expect(measureText(' ', spec(), 100)).toEqual({ width: 4.375, height: 0, descent: 0 });
  });

  it('rejects a non-positive dpi or font size', () => {
    expect(() => measureText('x', spec(), 0)).toThrow(/getTextWidthHeightDescent: invalid dpi 0/);
    expect(() => measureText('x', spec(-1), 100)).toThrow(/font size/);
  });
});

describe('measureText()', () => {
  it('routes $…$ strings to mathtext and others to plain layout', () => {
    const math = measureText('$\\mathdefault{10^{2}}$', spec(), 100);
    expect(math).toEqual(getTextWidthHeightDescent('$\\mathdefault{10^{2}}$', spec(), 100, true));
    expect(measureText('10^2', spec(), 100)).toEqual(getTextWidthHeightDescent('10^2', spec(), 100, false));
    // A single dollar is not math: it is measured as plain text.
    expect(measureText('costs $5', spec(), 100)).toEqual(
      getTextWidthHeightDescent('costs $5', spec(), 100, false),
    );
  });

  it('scales with dpi', () => {
    const a = measureText('Hello', spec(10), 72).width;
    const b = measureText('Hello', spec(10), 144).width;
    expect(b / a).toBeCloseTo(2, 1);
  });
});

describe('layoutGlyphs()', () => {
  it('returns glyph ids and pen positions with kerning on the 1/8 px grid', () => {
    const l = layoutGlyphs('AVA', spec(), 100);
    const face = findFont(spec());
    expect([...l.glyphs]).toEqual([...'AVA'].map((c) => face.glyphIndex(c.codePointAt(0)!)));
    expect(l.x[0]).toBe(0);
    expect(l.x[1]).toBe(9.5 - 0.875);
    for (const x of l.x) expect(x * 8).toBe(Math.round(x * 8));
  });
});

describe('textToPath()', () => {
  it('draws the string at the baseline start; the grid-fitted outline fills its measured box exactly', () => {
    const text = 'Hello, lp';
    const m = measureText(text, spec(12), 100);
    const [hx0, hy0, hx1, hy1] = hintedTextToPath(text, spec(12), 100).extents();
    expect(hx0).toBeGreaterThanOrEqual(0);
    expect(hx1).toBeLessThanOrEqual(m.width);
    expect(hy0).toBe(-m.descent);
    expect(hy1 - hy0).toBe(m.height);
    // The unhinted outline (SVG, PDF) stays within a pixel of the fitted one.
    const [, y0, , y1] = textToPath(text, spec(12), 100).extents();
    expect(Math.abs(y0 - hy0)).toBeLessThan(1);
    expect(Math.abs(y1 - hy1)).toBeLessThan(1.5);
  });

  it('hintedTextToPath() puts flat tops and the baseline on whole pixels', () => {
    for (const size of [8, 10, 12, 14.4]) {
      const [, y0, , y1] = hintedTextToPath('Hxz', spec(size), 100).extents();
      expect(y0).toBe(Math.round(y0));
      expect(y1).toBe(Math.round(y1));
    }
  });

  it('returns the cached path for a repeated request', () => {
    expect(textToPath('0.5', spec(), 100)).toBe(textToPath('0.5', spec(), 100));
  });

  it('draws mathtext superscripts smaller and raised', () => {
    const base = textToPath('$\\mathdefault{10}$', spec(), 100).extents();
    const full = textToPath('$\\mathdefault{10^{2}}$', spec(), 100).extents();
    expect(full[2]).toBeGreaterThan(base[2] + 4);
    expect(full[3]).toBeGreaterThan(base[3] + 2);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.size).toBe(2);
  });
});
