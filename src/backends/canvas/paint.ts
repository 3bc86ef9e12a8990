/**
 * Translating immutable {@link GraphicsStyle} objects into Canvas 2D state.
 */
import type { GraphicsStyle, RGBA } from '../../core/renderer.js';
import type { Canvas2DContext } from './providers.js';

const to8 = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 255);

/** A color as a CSS `rgba(r, g, b, a)` string with 8-bit channels. */
export function cssRgba(c: RGBA): string {
  const a = Math.min(1, Math.max(0, c[3]));
  return `rgba(${to8(c[0])}, ${to8(c[1])}, ${to8(c[2])}, ${a})`;
}

/** The stroke actually drawn: a color with positive width, or null. */
export function effectiveStroke(style: GraphicsStyle): RGBA | null {
  return style.stroke && style.lineWidth > 0 && style.stroke[3] > 0 ? style.stroke : null;
}

/** Sets width, caps, joins and dashes; matplotlib's `projecting` cap is Canvas's `square`. */
export function applyStroke(ctx: Canvas2DContext, style: GraphicsStyle, color: RGBA): void {
  ctx.strokeStyle = cssRgba(color);
  ctx.lineWidth = style.lineWidth;
  ctx.lineCap = style.capStyle === 'projecting' ? 'square' : style.capStyle;
  ctx.lineJoin = style.joinStyle;
  if (style.dashes && style.dashes.pattern.some((d) => d > 0)) {
    ctx.setLineDash([...style.dashes.pattern]);
    ctx.lineDashOffset = style.dashes.offset;
  } else {
    ctx.setLineDash([]);
    ctx.lineDashOffset = 0;
  }
}
