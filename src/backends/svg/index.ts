/**
 * The SVG backend (`svg`) and its format writers, `svg` and `svgz` (gzip-compressed SVG).
 */
import { gzipSync } from 'node:zlib';
import { checkChoice, checkFinite } from '../../core/errors.js';
import { rcParams } from '../../core/rcParams.js';
import type { FormatWriter, RenderTarget, WriteOptions } from '../../core/output.js';
import { registerFormat } from '../../core/output.js';
import { Affine } from '../../core/Affine2D.js';
import { Path } from '../../core/Path.js';
import { makeStyle } from '../../core/renderer.js';
import type { Backend } from '../registry.js';
import { SvgRenderer } from './SvgRenderer.js';
import type { SvgFonttype } from './SvgRenderer.js';

export { SvgRenderer } from './SvgRenderer.js';
export type { SvgFonttype, SvgRendererOptions } from './SvgRenderer.js';
export { escapeXmlAttr, escapeXmlText, stripInvalidXmlChars, xmlId } from './escape.js';
export { SVG_METADATA_KEYS } from './document.js';
export type { SvgMetadata } from './document.js';

/** Options of the SVG writers, beyond those every writer understands. */
export interface SvgWriteOptions extends WriteOptions {
  /** matplotlib's `svg.fonttype`: `'path'` (default) or `'none'`. */
  readonly fonttype?: SvgFonttype;
}

/** Renders `target` as an SVG document string (the figure's size in points, 72 dpi). */
export function renderSvg(target: RenderTarget, options: Partial<SvgWriteOptions> = {}): string {
  const fonttype = checkChoice('savefig', 'fonttype', options.fonttype ?? rcParams.get('svg.fonttype'), [
    'path',
    'none',
  ] as const);
  const [wi, hi] = target.getSizeInches();
  checkFinite('savefig', 'figure width', wi, { positive: true });
  checkFinite('savefig', 'figure height', hi, { positive: true });
  const renderer = new SvgRenderer(wi * 72, hi * 72, { fonttype });
  if (options.facecolor && options.facecolor[3] > 0) {
    const { width: w, height: h } = renderer;
    const rect = Path.fromPoints([[0, 0], [w, 0], [w, h], [0, h]], true); // prettier-ignore
    renderer.drawPath(
      rect,
      Affine.IDENTITY,
      makeStyle({ fill: options.facecolor, stroke: null, lineWidth: 0 }),
    );
  }
  target.drawWith(renderer);
  return renderer.toDocument(options.metadata ?? {});
}

/** The `svg` writer: UTF-8 bytes of {@link renderSvg}. */
export const svgWriter: FormatWriter = (target, options) =>
  new TextEncoder().encode(renderSvg(target, options as SvgWriteOptions));

/** The `svgz` writer: the SVG, gzip-compressed. */
export const svgzWriter: FormatWriter = (target, options) =>
  new Uint8Array(gzipSync(svgWriter(target, options)));

/** Registers the `svg` and `svgz` formats. */
export function registerSvgBackend(): void {
  registerFormat(['svg'], 'Scalable Vector Graphics', svgWriter);
  registerFormat(['svgz'], 'Scalable Vector Graphics (gzip)', svgzWriter);
}

/** The `svg` backend: non-interactive, renderers at 72 dpi whatever dpi is asked. */
export function createSvgBackend(): Backend {
  return {
    name: 'svg',
    interactive: false,
    description: 'Scalable Vector Graphics documents',
    formats: ['svg', 'svgz'],
    createRenderer: (width, height, dpi) => new SvgRenderer((width * 72) / dpi, (height * 72) / dpi),
  };
}
