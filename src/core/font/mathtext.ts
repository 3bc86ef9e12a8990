/**
 * Mathtext layout: the public entry point that parses a string with `$…$` segments, ships the box
 * tree, and returns the glyph outlines and rules as one Path in pixels (origin at the baseline
 * start, y up) with the metrics matplotlib's Agg renderer reports for the same string.
 */
import type { Path } from '../Path.js';
import type { FontSpec } from '../renderer.js';
import { parseMathtext } from './mathtextParser.js';
import { ship } from './mathtextBoxes.js';
import { PathBuilder } from './textPath.js';

export { isMathText } from './mathtextParser.js';

/** A laid-out mathtext string. */
export interface MathtextLayout {
  /**
   * Width, height and descent in pixels as matplotlib's Agg renderer reports them (its
   * `to_raster` ink box, padded by one pixel on each side); text layout uses these.
   */
  readonly width: number;
  readonly height: number;
  readonly descent: number;
  /** Glyph outlines and rules in pixels, origin at the baseline start, y up. */
  readonly path: Path;
  /** The TeX box of the whole expression: advance width, height above and depth below the baseline. */
  readonly box: { readonly width: number; readonly height: number; readonly depth: number };
}

/**
 * Lays out a mathtext string (plain text mixed with `$…$` math) in `font` at `dpi`.
 * Throws a TsplotlibError naming the position of a syntax error or unknown symbol.
 *
 * @example
 * const { width, path } = mathtextLayout('$\\mathdefault{10^{-2}}$', font, 100);
 */
export function mathtextLayout(text: string, font: FontSpec, dpi: number): MathtextLayout {
  const box = parseMathtext(text, font, dpi);
  const shipped = ship(box);
  const builder = new PathBuilder(256);
  // Ink extents in ship coordinates (y down from the top of the box), with the origin included.
  let xmin = 0, xmax = 0, ymin = 0, ymax = 0; // prettier-ignore
  for (const g of shipped.glyphs) {
    const { face, glyph, sizePx } = g.node;
    builder.appendScaled(face.glyphPath(glyph), sizePx / face.unitsPerEm, g.x, box.height - g.y);
    xmin = Math.min(xmin, g.x + g.metrics.xmin);
    xmax = Math.max(xmax, g.x + g.metrics.xmax);
    ymin = Math.min(ymin, g.y - g.metrics.ymax);
    ymax = Math.max(ymax, g.y - g.metrics.ymin);
  }
  for (const [x1, y1, x2, y2] of shipped.rects) {
    builder.appendRect(x1, box.height - y2, x2, box.height - y1);
    xmin = Math.min(xmin, x1);
    xmax = Math.max(xmax, x2);
    ymin = Math.min(ymin, y1);
    ymax = Math.max(ymax, y2);
  }
  // matplotlib's Output.to_raster: a one-pixel margin, then height and descent measured from the
  // ink box against the TeX box (which is why math labels report more height than their ink).
  const inkH = ymax - ymin + 2;
  const h = inkH - box.depth;
  const d = inkH - box.height;
  return {
    width: xmax - xmin + 2,
    height: h + d,
    descent: d,
    path: builder.build(),
    box: { width: box.width, height: box.height, depth: box.depth },
  };
}
