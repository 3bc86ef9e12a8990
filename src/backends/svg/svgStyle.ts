/**
 * SVG attribute helpers: number formatting, colors, matplotlib-like `style` strings, path data and
 * content hashes for definition ids.
 */
import type { Affine } from '../../core/Affine2D.js';
import { emitPath, SvgPathWriter } from '../../core/Path.js';
import type { Path } from '../../core/Path.js';
import type { GraphicsStyle, RGBA } from '../../core/renderer.js';

/** Decimals written for coordinates: a thousandth of a point is far below any visible difference. */
export const SVG_DIGITS = 3;

/** A short decimal: at most {@link SVG_DIGITS} decimals, trailing zeros trimmed, no `-0`. */
export function num(n: number): string {
  const s = n.toFixed(SVG_DIGITS).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

const hex2 = (c: number) =>
  Math.round(Math.min(1, Math.max(0, c)) * 255)
    .toString(16)
    .padStart(2, '0');

/** `#rrggbb` of a color (alpha is written separately, as matplotlib does). */
export function hexColor(c: RGBA): string {
  return `#${hex2(c[0])}${hex2(c[1])}${hex2(c[2])}`;
}

/** SVG path data of `path` through `affine`. */
export function pathData(path: Path, affine: Affine | null): string {
  const w = new SvgPathWriter(SVG_DIGITS);
  emitPath(path, affine, w);
  return w.toString();
}

/**
 * matplotlib's SVG style string (`_get_style_dict`), given the fill to use (a color, a
 * `url(#…)` reference, or null). Defaults the document's stylesheet already sets (round joins,
 * butt caps, width 1) are left out, as matplotlib does.
 */
export function styleString(style: GraphicsStyle, fill: string | RGBA | null): string {
  const parts: string[] = [];
  if (fill === null) parts.push('fill: none');
  else if (typeof fill === 'string') parts.push(`fill: ${fill}`);
  else {
    parts.push(`fill: ${hexColor(fill)}`);
    if (fill[3] !== 1) parts.push(`fill-opacity: ${num(fill[3])}`);
  }
  if (style.dashes && style.dashes.pattern.some((d) => d > 0)) {
    parts.push(`stroke-dasharray: ${style.dashes.pattern.map(num).join(',')}`);
    parts.push(`stroke-dashoffset: ${num(style.dashes.offset)}`);
  }
  const stroke = style.stroke;
  if (stroke && style.lineWidth > 0 && stroke[3] > 0) {
    parts.push(`stroke: ${hexColor(stroke)}`);
    if (stroke[3] !== 1) parts.push(`stroke-opacity: ${num(stroke[3])}`);
    if (style.lineWidth !== 1) parts.push(`stroke-width: ${num(style.lineWidth)}`);
    if (style.joinStyle !== 'round') parts.push(`stroke-linejoin: ${style.joinStyle}`);
    if (style.capStyle !== 'butt')
      parts.push(`stroke-linecap: ${style.capStyle === 'projecting' ? 'square' : style.capStyle}`);
  }
  return parts.join('; ');
}

/**
 * A 64-bit FNV-1a hash of `s` as 16 hex digits. Definition ids are content hashes, as in
 * matplotlib, so two figures inlined in one page never clash: equal ids mean equal definitions.
 */
export function contentHash(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x050c5d1f; // prettier-ignore
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
