import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { formatWriter } from '../../../src/core/output.js';
import { Path } from '../../../src/core/Path.js';
import type { FontSpec, Renderer, RGBA } from '../../../src/core/renderer.js';
import { makeStyle } from '../../../src/core/renderer.js';
import '../../../src/backends/index.js';
import { setTextOutlineEngine, getTextOutlineEngine } from '../../../src/backends/canvas/index.js';
import { renderSvg, SvgRenderer } from '../../../src/backends/svg/index.js';
import { checkWellFormed, decodeImage, target } from './helpers.js';

const RED: RGBA = [1, 0, 0, 1];
const WHITE: RGBA = [1, 1, 1, 1];
const FONT: FontSpec = { family: 'DejaVu Sans', size: 10, weight: 'normal', style: 'normal' };
const NASTY = `<b>"Tom" & 'Jerry'</b> ]]> <!-- \u0001\u0007 -->`;

const rect = (x0: number, y0: number, x1: number, y1: number) =>
  Path.fromPoints([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], true); // prettier-ignore

function svgOf(draw: (r: Renderer) => void, options: Record<string, unknown> = {}): string {
  return renderSvg(target(6.4, 4.8, draw), { dpi: 72, facecolor: WHITE, ...options });
}

const count = (s: string, needle: string) => s.split(needle).length - 1;

const realEngine = getTextOutlineEngine();
afterEach(() => setTextOutlineEngine(realEngine));

describe('SvgRenderer', () => {
  it('renderSvg() writes a well-formed SVG 1.1 document sized in points with a 72-dpi viewBox', () => {
    const svg = svgOf(() => {});
    const names = checkWellFormed(svg);
    expect(names[0]).toBe('svg');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="utf-8" standalone="no"\?>/);
    expect(svg).toContain('width="460.8pt" height="345.6pt" viewBox="0 0 460.8 345.6"');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(svg).toContain('style="fill: #ffffff"');
  });

  it('drawPath() writes flipped path data with a matplotlib-like style string', () => {
    const style = makeStyle({
      stroke: [0.121569, 0.466667, 0.705882, 1],
      lineWidth: 1.5,
      capStyle: 'projecting',
      dashes: { offset: 0, pattern: [5.55, 2.4] },
    });
    const svg = svgOf((r) => r.drawPath(Path.fromPoints([[0, 0], [10, 20]]), Affine.IDENTITY, style)); // prettier-ignore
    expect(svg).toContain(
      '<path d="M 0 345.6 L 10 325.6" style="fill: none; stroke-dasharray: 5.55,2.4; stroke-dashoffset: 0; stroke: #1f77b4; stroke-width: 1.5; stroke-linecap: square"/>',
    );
  });

  it('pushClip() defines each distinct clip region once and references it', () => {
    const svg = svgOf((r) => {
      for (let i = 0; i < 3; i++) {
        r.pushClip({ kind: 'rect', x: 10, y: 10, width: 100, height: 50 });
        r.drawPath(rect(0, 0, 5, 5), Affine.IDENTITY, makeStyle({ fill: RED }));
        r.popClip();
      }
    });
    checkWellFormed(svg);
    expect(count(svg, '<clipPath ')).toBe(1);
    const id = /<clipPath id="([^"]+)"><rect x="10" y="285.6" width="100" height="50"\/>/.exec(svg)?.[1];
    expect(id).toBeDefined();
    expect(count(svg, `clip-path="url(#${id})"`)).toBe(3);
  });

  it('drawMarkers() defines the marker once and places a <use> per finite offset', () => {
    const offsets = Float64Array.of(1, 2, 3, 4, NaN, 5, 6, 7);
    const svg = svgOf((r) =>
      r.drawMarkers!(rect(-2, -2, 2, 2), Affine.IDENTITY, offsets, makeStyle({ fill: RED })),
    );
    checkWellFormed(svg);
    expect(count(svg, '<path id="m')).toBe(1);
    expect(count(svg, '<use xlink:href="#m')).toBe(3);
    expect(svg).toContain('x="1" y="343.6"');
  });

  it('drawPathCollection() writes one definition per path and a styled <use> per item', () => {
    const svg = svgOf((r) =>
      r.drawPathCollection!({
        paths: [rect(-1, -1, 1, 1)],
        pathTransforms: [Affine.scaling(2), Affine.scaling(3)],
        masterTransform: Affine.IDENTITY,
        offsets: Float64Array.of(10, 10, 20, 20, 30, 30, 40, 40),
        offsetTransform: Affine.IDENTITY,
        facecolors: [RED, [0, 0, 1, 0.5]],
        edgecolors: [],
        linewidths: [0],
        dashes: [null],
        antialiased: true,
        capStyle: 'butt',
        joinStyle: 'round',
      }),
    );
    checkWellFormed(svg);
    expect(count(svg, '<path id="C')).toBe(2);
    expect(count(svg, '<use xlink:href="#C')).toBe(4);
    expect(svg).toContain('style="fill: #0000ff; fill-opacity: 0.5"');
  });

  it('drawImage() embeds a base64 PNG that decodes to the same pixels', async () => {
    const data = Uint8ClampedArray.of(255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128);
    const svg = svgOf((r) => r.drawImage(10, 20, { width: 2, height: 2, data }, { smoothing: false }));
    checkWellFormed(svg);
    expect(svg).toContain('transform="matrix(1 0 0 1 10 323.6)"');
    expect(svg).toContain('image-rendering:pixelated');
    const b64 = /data:image\/png;base64,([^"]+)"/.exec(svg)![1]!;
    const img = await decodeImage(Buffer.from(b64, 'base64'));
    expect([...img.data.slice(0, 12)]).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255]);
    expect(img.data[15]).toBe(128);
  });

  it("drawText() with fonttype 'none' writes escaped <text> that keeps the document well formed", () => {
    const svg = svgOf(
      (r) => r.drawText(NASTY, 10, 20, { font: { ...FONT, family: "Evil'; }" }, color: RED, angle: 30 }),
      { fonttype: 'none' },
    );
    checkWellFormed(svg);
    expect(svg).toContain('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt; ]]&gt; &lt;!-- ');
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain('transform="translate(10 325.6) rotate(-30)"');
    expect(svg).toMatch(/font: 10px &apos;Evil &apos;/);
  });

  it("drawText() with fonttype 'path' defines each glyph once and reuses it", () => {
    setTextOutlineEngine({
      textToPath: () => rect(0, 0, 1, 1),
      layoutGlyphs: (text) => [...text].map((ch, i) => ({ id: ch.charCodeAt(0).toString(16), x: 6 * i })),
      glyphPath: (id) => rect(0, 0, 50, Number.parseInt(String(id), 16)),
      fontName: () => 'DejaVuSans',
    });
    const svg = svgOf((r) => {
      r.drawText('abba', 10, 20, { font: FONT, color: RED, angle: 0 });
      r.drawText('cab', 10, 40, { font: FONT, color: RED, angle: 90 });
    });
    checkWellFormed(svg);
    expect(count(svg, '<path id="DejaVuSans-61"')).toBe(1);
    expect(count(svg, '<path id="DejaVuSans-63"')).toBe(1);
    expect(count(svg, '<use xlink:href="#DejaVuSans-61"')).toBe(3);
    expect(svg).toContain('transform="translate(10 325.6) scale(0.1 -0.1)"');
    expect(svg).toContain('transform="translate(10 305.6) rotate(-90) scale(0.1 -0.1)"');
    expect(svg).toContain('<use xlink:href="#DejaVuSans-62" x="60"/>');
  });

  it('drawText() with the real font engine defines DejaVu glyphs once; mathtext is one path', () => {
    const svg = svgOf((r) => {
      r.drawText('tattoo', 10, 20, { font: FONT, color: RED, angle: 0 });
      r.drawText('$x^2$', 10, 60, { font: FONT, color: RED, angle: 0 });
    });
    checkWellFormed(svg);
    const defs = [...svg.matchAll(/<path id="(DejaVuSans-\d+)"/g)].map((m) => m[1]);
    expect(defs).toHaveLength(3);
    expect(count(svg, `<use xlink:href="#${defs[0]}"`)).toBe(3);
    expect(svg).toMatch(/<path d="M [^"]+" style="fill: #ff0000"\/>/);
  });

  it('openGroup() writes escaped gids and numbers unnamed groups per name', () => {
    const svg = svgOf((r) => {
      r.openGroup('line2d', NASTY);
      r.closeGroup('line2d');
      r.openGroup('line2d');
      r.openGroup('line2d');
      r.closeGroup('line2d');
      r.closeGroup('line2d');
    });
    checkWellFormed(svg);
    expect(svg).toContain('<g id="line2d_1">');
    expect(svg).toContain('<g id="line2d_2">');
    expect(svg).toContain('<g id="&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;');
  });

  it('toDocument() closes groups left open', () => {
    const r = new SvgRenderer(100, 100);
    r.openGroup('axes');
    r.pushClip({ kind: 'rect', x: 0, y: 0, width: 10, height: 10 });
    expect(() => checkWellFormed(r.toDocument())).not.toThrow();
  });

  it('hatched paths fill with a pattern defined once', () => {
    const style = makeStyle({ fill: RED, hatch: 'x', hatchColor: [0, 0, 0, 1] });
    const svg = svgOf((r) => {
      r.drawPath(rect(0, 0, 50, 50), Affine.IDENTITY, style);
      r.drawPath(rect(60, 0, 90, 50), Affine.IDENTITY, style);
    });
    checkWellFormed(svg);
    expect(count(svg, '<pattern ')).toBe(1);
    expect(count(svg, 'fill: url(#h')).toBe(2);
  });

  it('metadata is escaped and unknown keys are rejected with a suggestion', () => {
    const svg = svgOf(() => {}, { metadata: { Title: NASTY } });
    checkWellFormed(svg);
    expect(svg).toContain('<dc:title>&lt;b&gt;');
    expect(() => svgOf(() => {}, { metadata: { Titel: 'x' } })).toThrow(
      /unknown SVG metadata key "Titel" \(did you mean "Title"\?\)/,
    );
  });

  it('svg and svgz writers are registered; svgz gunzips to the svg', () => {
    const t = target(1, 1, (r) => r.drawPath(rect(0, 0, 5, 5), Affine.IDENTITY, makeStyle({ fill: RED })));
    const svg = new TextDecoder().decode(formatWriter('savefig', 'svg')(t, { dpi: 100, facecolor: null }));
    const svgz = formatWriter('savefig', 'svgz')(t, { dpi: 100, facecolor: null });
    expect(new TextDecoder().decode(gunzipSync(svgz))).toBe(svg);
    expect(svg).toContain('width="72pt"');
  });
});
