/**
 * Text as paths: a laid-out line of glyph outlines in pixels, origin at the baseline start, y up.
 * SVG and PDF (and the fallback renderer) draw text this way, as matplotlib does by default, so
 * text looks identical in every backend.
 */
import { Path, PathCode } from '../Path.js';
import { hintedGlyphPath } from './hinting.js';
import type { GlyphLayout } from './textLayout.js';

/** Concatenates the outlines of a glyph layout into one Path in pixels, shifted by (dx, dy). */
export function layoutToPath(layout: GlyphLayout, dx = 0, dy = 0): Path {
  const parts: { path: Path; x: number }[] = [];
  let total = 0;
  for (let i = 0; i < layout.glyphs.length; i++) {
    const path = layout.face.glyphPath(layout.glyphs[i]!);
    if (path.length === 0) continue;
    parts.push({ path, x: layout.x[i]! });
    total += path.length;
  }
  const out = new PathBuilder(total);
  for (const { path, x } of parts) out.appendScaled(path, layout.scale, x + dx, dy);
  return out.build();
}

/**
 * Like {@link layoutToPath}, with each glyph's vertical edges fitted to the pixel grid
 * (see `hinting.ts`); for raster output, where matplotlib hints too.
 */
export function layoutToHintedPath(layout: GlyphLayout): Path {
  const parts: Path[] = [];
  const xs: number[] = [];
  let total = 0;
  for (let i = 0; i < layout.glyphs.length; i++) {
    const path = hintedGlyphPath(layout.face, layout.glyphs[i]!, layout.scale);
    if (path.length === 0) continue;
    parts.push(path);
    xs.push(layout.x[i]!);
    total += path.length;
  }
  const out = new PathBuilder(total);
  parts.forEach((p, i) => out.appendScaled(p, 1, xs[i]!, 0));
  return out.build();
}

/** Accumulates glyph outlines and rectangles into one Path without per-vertex allocation. */
export class PathBuilder {
  private vertices: Float64Array;
  private codes: Uint8Array;
  private n = 0;

  /** A builder with room for `capacity` vertices (it grows as needed). */
  constructor(capacity = 64) {
    this.vertices = new Float64Array(2 * Math.max(capacity, 8));
    this.codes = new Uint8Array(Math.max(capacity, 8));
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.codes.length) return;
    const cap = Math.max(2 * this.codes.length, this.n + extra);
    const v = new Float64Array(2 * cap);
    v.set(this.vertices.subarray(0, 2 * this.n));
    const c = new Uint8Array(cap);
    c.set(this.codes.subarray(0, this.n));
    this.vertices = v;
    this.codes = c;
  }

  /** Appends `path` (font units) scaled by `scale` and then translated by (dx, dy). */
  appendScaled(path: Path, scale: number, dx: number, dy: number): void {
    const m = path.length;
    this.reserve(m);
    const src = path.vertices;
    const codes = path.codes;
    for (let i = 0; i < m; i++) {
      this.vertices[2 * (this.n + i)] = src[2 * i]! * scale + dx;
      this.vertices[2 * (this.n + i) + 1] = src[2 * i + 1]! * scale + dy;
      this.codes[this.n + i] = codes ? codes[i]! : i === 0 ? PathCode.MOVETO : PathCode.LINETO;
    }
    this.n += m;
  }

  /** Appends a closed axis-aligned rectangle (a rule in math: fraction bars, radicals). */
  appendRect(x0: number, y0: number, x1: number, y1: number): void {
    this.reserve(5);
    const pts = [x0, y0, x1, y0, x1, y1, x0, y1, x0, y0];
    for (let i = 0; i < 5; i++) {
      this.vertices[2 * (this.n + i)] = pts[2 * i]!;
      this.vertices[2 * (this.n + i) + 1] = pts[2 * i + 1]!;
      this.codes[this.n + i] = i === 0 ? PathCode.MOVETO : i === 4 ? PathCode.CLOSEPOLY : PathCode.LINETO;
    }
    this.n += 5;
  }

  /** The accumulated Path. */
  build(): Path {
    return new Path(this.vertices.slice(0, 2 * this.n), this.codes.slice(0, this.n));
  }
}
