/**
 * Real Chromium for the browser tests: Debian's `/usr/bin/chromium` driven by `playwright-core`
 * (no browser is ever downloaded). A test file launches it once in `beforeAll` and closes it in
 * `afterAll`; where Chromium is absent the file skips with a printed reason, except under CI=true,
 * where a missing browser fails the run.
 *
 * Also here: the page-side checks the SVG tests share (parse a document with the browser's own
 * `DOMParser`, screenshot an SVG at a given pixel size).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { decodePng, skipReason } from './images.js';
import type { Pixels } from './images.js';

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, sandbox-free (containers), and quiet: no GPU, no background network or updates. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the Chromium tests skip (null when Chromium is installed); throws under CI=true when it is not. */
export function chromiumSkipReason(): string | null {
  return skipReason('chromium', existsSync(CHROMIUM_PATH));
}

/** Launches Debian's Chromium headlessly. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * A fresh page with one CSS pixel per device pixel (deviceScaleFactor 1) and the given viewport,
 * so that a screenshot has exactly the pixel size of the PNG it is compared with.
 */
export function openPage(browser: Browser, width: number, height: number): Promise<Page> {
  return browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
}

/**
 * Parses `text` with the page's `DOMParser` as `mime` and returns the parser's error message, or
 * null when the document is well-formed. Browsers report malformed XML by returning a document
 * that contains a `<parsererror>` element rather than by throwing.
 */
export function xmlParseError(page: Page, text: string, mime = 'image/svg+xml'): Promise<string | null> {
  return page.evaluate(
    ([src, type]) => {
      const doc = new DOMParser().parseFromString(src, type as DOMParserSupportedType);
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return error.textContent ?? 'parsererror';
      return doc.documentElement.localName === 'svg' ? null : `root is <${doc.documentElement.localName}>`;
    },
    [text, mime] as const,
  );
}

/**
 * Shows `svg` as an `<img>` of `width`x`height` CSS pixels on a white page and returns the
 * screenshot's pixels. The SVG's own size is in points; setting the image size in pixels makes the
 * browser scale it by viewBox, as a PNG of the same figure at that pixel size is drawn.
 */
export async function screenshotSvg(page: Page, svg: string, width: number, height: number): Promise<Pixels> {
  await page.setViewportSize({ width, height });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:#fff">` +
      `<img id="fig" width="${width}" height="${height}" style="display:block" src="${src}"></body></html>`,
  );
  const ok = await page.evaluate(async () => {
    const img = document.getElementById('fig') as HTMLImageElement;
    await img.decode().catch(() => undefined);
    return img.complete && img.naturalWidth > 0;
  });
  if (!ok) throw new Error('Chromium could not load the SVG as an image');
  const png = await page.screenshot({ clip: { x: 0, y: 0, width, height }, animations: 'disabled' });
  return decodePng(png);
}
