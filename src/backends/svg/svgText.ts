/**
 * Text in SVG, both of matplotlib's ways: glyph outlines (`svg.fonttype = 'path'`), each glyph
 * defined once per document and placed with `<use>`, or a real `<text>` element with font
 * attributes (`'none'`), which stays selectable and searchable but depends on the viewer's fonts.
 */
import { Affine } from '../../core/Affine2D.js';
import type { TextStyle } from '../../core/renderer.js';
import { fontKey, getTextOutlineEngine } from '../canvas/textOutlines.js';
import { escapeXmlAttr, escapeXmlText, xmlId } from './escape.js';
import type { SvgRenderer } from './SvgRenderer.js';
import { hexColor, num, pathData } from './svgStyle.js';

/** Glyphs are defined at this size (pixels at 72 dpi) and scaled at each use, as matplotlib's FONT_SCALE. */
export const GLYPH_REFERENCE_SIZE = 100;

/** A scale factor with enough digits that a long line of text keeps its width. */
const precise = (n: number) => String(Number(n.toFixed(6)));

function fillCss(style: TextStyle): string {
  const a = style.color[3];
  return `fill: ${hexColor(style.color)}${a !== 1 ? `; fill-opacity: ${num(a)}` : ''}`;
}

/** Glyph outlines: one `<g>` with the text's position, rotation and scale, one `<use>` per glyph. */
export function drawTextAsPaths(r: SvgRenderer, text: string, x: number, y: number, style: TextStyle): void {
  const engine = getTextOutlineEngine();
  if (!engine) return;
  const rotate = style.angle ? ` rotate(${num(-style.angle)})` : '';
  const glyphs = engine.layoutGlyphs?.(text, style.font, r.dpi) ?? null;
  if (!glyphs || !engine.glyphPath) {
    const outline = engine.textToPath(text, style.font, r.dpi);
    const t = Affine.rotation((style.angle * Math.PI) / 180)
      .then(Affine.scaling(1, -1))
      .then(Affine.translation(x, y));
    const d = pathData(outline, t);
    if (d) r.write(`<path d="${d}" style="${fillCss(style)}"/>`);
    return;
  }
  const reference = { ...style.font, size: GLYPH_REFERENCE_SIZE };
  const scale = (style.font.size * r.dpi) / 72 / GLYPH_REFERENCE_SIZE;
  const prefix = fontKey(style.font);
  const defs: string[] = [];
  const uses: string[] = [];
  for (const glyph of glyphs) {
    const id = xmlId(`${prefix}-${glyph.id}`);
    if (r.claimId(id)) {
      const d = pathData(engine.glyphPath(glyph.id, reference, 72), null);
      defs.push(`<path id="${id}" d="${d}"/>`);
    }
    uses.push(`<use xlink:href="#${id}"${glyph.x ? ` x="${num(glyph.x / scale)}"` : ''}/>`);
  }
  r.write(
    `<g style="${fillCss(style)}" transform="translate(${num(x)} ${num(y)})${rotate} scale(${precise(scale)} ${precise(-scale)})">`,
  );
  if (defs.length) r.write(` <defs>${defs.join('')}</defs>`);
  for (const u of uses) r.write(` ${u}`);
  r.write('</g>');
}

const GENERIC: Readonly<Record<string, string>> = {
  'sans-serif': "'DejaVu Sans', sans-serif",
  serif: "'DejaVu Serif', 'DejaVu Sans', serif",
  monospace: "'DejaVu Sans Mono', monospace",
  cursive: "'DejaVu Sans', cursive",
  fantasy: "'DejaVu Sans', fantasy",
};

/**
 * A CSS font-family list for a family name: the bundled font named first and the generic family
 * last and unquoted (a quoted generic name is a font called "sans-serif", which makes browsers fall
 * back to serif). Characters that would end the CSS value are dropped.
 */
export function cssFontFamily(family: string): string {
  const generic = GENERIC[family.toLowerCase()];
  if (generic) return generic;
  const clean = family.replace(/['";\\{}<>]/g, '');
  return `'${clean}', sans-serif`;
}

/** A `<text>` element; the family name is stripped of characters that would end the CSS value. */
export function drawTextAsText(r: SvgRenderer, text: string, x: number, y: number, style: TextStyle): void {
  const f = style.font;
  const parts: string[] = [];
  if (f.style !== 'normal') parts.push(f.style);
  if (f.weight !== 'normal' && f.weight !== 400) parts.push(String(f.weight));
  parts.push(`${num((f.size * r.dpi) / 72)}px`);
  parts.push(cssFontFamily(f.family));
  const css = `font: ${parts.join(' ')}; text-anchor: start; ${fillCss(style)}`;
  const rotate = style.angle ? ` rotate(${num(-style.angle)})` : '';
  r.write(
    `<text xml:space="preserve" transform="translate(${num(x)} ${num(y)})${rotate}" style="${escapeXmlAttr(css)}">${escapeXmlText(text)}</text>`,
  );
}
