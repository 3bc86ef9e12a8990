/**
 * SVG output in real Chromium: each representative figure's SVG must be well-formed XML (the
 * browser's own `DOMParser`), must render like the PNG of the same figure, and must show a label
 * with markup as text without running it. One browser serves the whole file. Locally the file
 * skips when Chromium is absent; under CI=true it fails instead.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/index.js';
import { renderSvg } from '../../src/backends/svg/index.js';
import type { SvgFonttype } from '../../src/backends/svg/index.js';
import {
  chromiumSkipReason,
  launchChromium,
  openPage,
  screenshotSvg,
  xmlParseError,
} from '../helpers/chromium.js';
import type { Pixels } from '../helpers/images.js';
import { decodePng, diffImage, rms, writeFile } from '../helpers/images.js';
import { MARKUP_LABEL, SCENES, markupFigure } from '../helpers/scenes.js';

/**
 * The PNG and Chromium's rendering of the SVG are compared after a 4x4 box filter (160x120 px).
 * At full resolution they differ by design on every edge: the PNG snaps text origins, hinted
 * glyphs, markers and clip boxes to whole pixels as Agg does, the SVG keeps exact coordinates, so
 * the RMS is 17–21 for identical figures and only 22–29 for a figure that lost its legend. The
 * filter averages those sub-pixel placements out and keeps what a reader would see.
 * Measured (filtered): lines 6.19, scatter 4.94, text 5.68, log 5.19, markup 5.60; a missing
 * legend gives 12.8 and a linear instead of a log y axis 17.3 (see the negative control below).
 */
const SVG_TOLERANCE = 7.5;
const FILTER = 4;

/** The page location the SVG documents are served at (intercepted; no network is used). */
const SVG_URL = 'http://tsplotlib.test/figure.svg';

/** Averages `k`x`k` blocks, after compositing on white as `rms` does. */
function boxFilter(p: Pixels, k: number): Pixels {
  const w = Math.floor(p.width / k), h = Math.floor(p.height / k); // prettier-ignore
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0; // prettier-ignore
      for (let dy = 0; dy < k; dy++) {
        for (let dx = 0; dx < k; dx++) {
          const i = ((y * k + dy) * p.width + x * k + dx) * 4;
          const a = p.data[i + 3]! / 255;
          r += p.data[i]! * a + 255 * (1 - a);
          g += p.data[i + 1]! * a + 255 * (1 - a);
          b += p.data[i + 2]! * a + 255 * (1 - a);
        }
      }
      const o = (y * w + x) * 4;
      out.set([r / (k * k), g / (k * k), b / (k * k), 255], o);
    }
  }
  return { width: w, height: h, data: out };
}

const svgText = (fig: Figure, fonttype: SvgFonttype = 'path') =>
  fonttype === 'path' ? new TextDecoder().decode(fig.toBuffer('svg')) : renderSvg(fig, { fonttype });

/** What a page that loaded an SVG document shows: its root, scripts and `<text>` contents. */
interface LoadedSvg {
  readonly root: string;
  readonly scripts: number;
  readonly parseErrors: number;
  readonly texts: string[];
  readonly dialogs: string[];
}

const skip = chromiumSkipReason();

describe.skipIf(skip !== null)('SVG output in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, 640, 480);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Scores the SVG's rendering against the PNG of the same figure. A score over the tolerance
   * leaves both images, the SVG and a diff in test/image/actual/, unless `keep` is false (the
   * negative control, which exceeds it on purpose).
   */
  async function svgVersusPng(name: string, pngFig: Figure, svgFig = pngFig, keep = true): Promise<number> {
    const pngBytes = pngFig.toBuffer('png');
    const png = await decodePng(pngBytes);
    const svg = svgText(svgFig);
    const shot = await screenshotSvg(page, svg, png.width, png.height);
    const score = rms(boxFilter(png, FILTER), boxFilter(shot, FILTER));
    if (keep && score > SVG_TOLERANCE) {
      writeFile(`test/image/actual/svg-chromium-${name}.png`, pngBytes);
      writeFile(`test/image/actual/svg-chromium-${name}.svg`, svg);
      writeFile(`test/image/actual/svg-chromium-${name}.diff.png`, diffImage(png, shot));
    }
    return score;
  }

  /**
   * Opens `svg` in a fresh page, either as a top-level `image/svg+xml` document (scripts in it
   * would run there) or inline in an HTML page, and reports what it shows and any dialog.
   */
  async function loadSvg(svg: string, as: 'document' | 'inline'): Promise<LoadedSvg> {
    const p = await openPage(browser, 640, 480);
    const dialogs: string[] = [];
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      if (as === 'document') {
        await p.route(SVG_URL, (route) =>
          route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }),
        );
        await p.goto(SVG_URL);
      } else {
        await p.setContent(`<!doctype html><html><body>${svg}</body></html>`);
      }
      // A script would have run during parsing; one more task lets any timer-driven dialog show.
      await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const shown = await p.evaluate(() => {
        const svgRoot = document.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'svg')[0];
        return {
          root: svgRoot?.localName ?? document.documentElement.localName,
          scripts: document.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'script').length,
          parseErrors: document.getElementsByTagName('parsererror').length,
          texts: Array.from(
            document.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'text'),
            (t) => t.textContent ?? '',
          ),
        };
      });
      return { ...shown, dialogs };
    } finally {
      await p.close();
    }
  }

  for (const scene of [...SCENES, { name: 'markup', build: markupFigure }]) {
    it(`the SVG of the ${scene.name} figure is well-formed XML for Chromium's DOMParser`, async () => {
      const fig = scene.build();
      expect(await xmlParseError(page, svgText(fig))).toBeNull();
      expect(await xmlParseError(page, svgText(fig, 'none'))).toBeNull();
    });

    it(`the SVG of the ${scene.name} figure renders in Chromium like its PNG`, async () => {
      const score = await svgVersusPng(scene.name, scene.build());
      expect(score, `filtered RMS of ${scene.name}: SVG in Chromium vs PNG`).toBeLessThanOrEqual(
        SVG_TOLERANCE,
      );
    });
  }

  it('the SVG-versus-PNG comparison fails for figures that differ (negative control)', async () => {
    const withLegend = SCENES[0]!.build();
    const withoutLegend = SCENES[0]!.build();
    withoutLegend.axes[0]!.getLegend()!.remove();
    expect(await svgVersusPng('control-legend', withLegend, withoutLegend, false)).toBeGreaterThan(
      SVG_TOLERANCE,
    );
    const logY = SCENES[3]!.build();
    const linearY = SCENES[3]!.build();
    linearY.axes[0]!.setYscale('linear');
    expect(await svgVersusPng('control-scale', logY, linearY, false)).toBeGreaterThan(SVG_TOLERANCE);
  });

  it("xmlParseError() reports Chromium's parsererror for malformed SVG (the check can fail)", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>a & b</text></svg>';
    expect(await xmlParseError(page, svg)).toMatch(/error/i);
    expect(await xmlParseError(page, '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toMatch(/error/i);
  });

  it('a script in an SVG does run when loaded, so the dialog listener can see one (positive control)', async () => {
    const scripted = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await loadSvg(scripted, 'document')).dialogs).toEqual(['1']);
    expect((await loadSvg(scripted, 'inline')).dialogs).toEqual(['1']);
  });

  it('a label with markup is drawn, not run, in the default SVG (glyph outlines)', async () => {
    const svg = svgText(markupFigure());
    expect(svg).not.toContain('<script');
    for (const as of ['document', 'inline'] as const) {
      const shown = await loadSvg(svg, as);
      expect(shown, as).toMatchObject({ root: 'svg', scripts: 0, parseErrors: 0, dialogs: [] });
    }
  });

  it("a label with markup shows as text and never runs with fonttype 'none' (real <text>)", async () => {
    const svg = svgText(markupFigure(), 'none');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    for (const as of ['document', 'inline'] as const) {
      const shown = await loadSvg(svg, as);
      expect(shown, as).toMatchObject({ root: 'svg', scripts: 0, parseErrors: 0, dialogs: [] });
      // The title, the x label and the legend entry each carry the label, verbatim.
      expect(shown.texts.filter((t) => t === MARKUP_LABEL).length, as).toBe(3);
    }
  });
});
