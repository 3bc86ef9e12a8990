import { describe, expect, it } from 'vitest';
import '../../../src/backends/index.js';
import { cssFontFamily } from '../../../src/backends/svg/svgText.js';
import { rcContext } from '../../../src/core/rcParams.js';
import { Figure } from '../../../src/figure/Figure.js';

const svgOf = (fig: Figure) => Buffer.from(fig.toBuffer('svg')).toString();

describe('SVG text', () => {
  it('cssFontFamily() names the bundled font first and leaves the generic family unquoted', () => {
    expect(cssFontFamily('sans-serif')).toBe("'DejaVu Sans', sans-serif");
    expect(cssFontFamily('monospace')).toBe("'DejaVu Sans Mono', monospace");
    expect(cssFontFamily("Evil'; } <x>")).toBe("'Evil  x', sans-serif");
  });
  it("rcParams['svg.fonttype'] = 'none' writes real <text> elements, 'path' glyph outlines", () => {
    const fig = new Figure();
    fig.addSubplot().setTitle('Hello');
    const asText = rcContext({ 'svg.fonttype': 'none' }, () => svgOf(fig));
    expect(asText).toMatch(/<text[^>]*>Hello<\/text>/);
    const asPaths = svgOf(fig);
    expect(asPaths).not.toContain('>Hello</text>');
    expect(asPaths).toMatch(/<use xlink:href="#DejaVuSans-/);
  });
});
