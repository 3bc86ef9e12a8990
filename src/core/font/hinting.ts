/**
 * Vertical grid fitting of glyph outlines for raster output: an approximation of FreeType's
 * autohinter as matplotlib's Agg backend uses it (`text.hinting: force_autohint` with
 * `text.hinting_factor: 8`, which leaves horizontal positions unhinted and fits vertical ones).
 *
 * For each glyph the horizontal edges (flat segments and the tops and bottoms of curves) are moved
 * to whole pixels; edges inside a blue zone (baseline, x-height, cap height, ascender, descender,
 * with their overshoots) all go to the zone's pixel, so letters share their baseline and x-height
 * row exactly. Every other point is interpolated between the fitted edges, as the autohinter's
 * IUP step does. SVG and PDF keep the unhinted outlines, as matplotlib's do.
 */
import type { Path } from '../Path.js';
import type { FontFace } from './FontFace.js';
import { pointsToPath, type GlyphPoints } from './glyf.js';

/** A blue zone: a reference height (flat letters) and its overshoot (round letters), in font units. */
interface BlueZone {
  readonly ref: number;
  readonly shoot: number;
}

/** A blue zone at one size: where its reference and overshoot edges go, in pixels. */
interface FittedZone extends BlueZone {
  readonly refFit: number;
  readonly shootFit: number;
}

/** How the autohinter scales one face at one size: the adjusted vertical scale and the fitted zones. */
interface VerticalFit {
  readonly scale: number;
  readonly zones: readonly FittedZone[];
  /** Edges closer than this to a zone (font units) snap to it: 1/40 em, at most half a pixel. */
  readonly snapDistance: number;
}

const zonesByFace = new WeakMap<FontFace, { xShoot: number; zones: BlueZone[] }>();
const fitsByFace = new WeakMap<FontFace, Map<number, VerticalFit>>();
const hintedByFace = new WeakMap<FontFace, Map<string, Path>>();
const MAX_HINTED = 4096;

/** The zones of a face, measured from reference letters as the autohinter's Latin script does. */
function blueZones(face: FontFace): { xShoot: number; zones: BlueZone[] } {
  let z = zonesByFace.get(face);
  if (z) return z;
  const box = (ch: string) => face.glyphBounds(face.glyphIndex(ch.codePointAt(0)!));
  z = {
    xShoot: box('o')[3],
    zones: [
      { ref: 0, shoot: box('o')[1] },
      { ref: box('x')[3], shoot: box('o')[3] },
      { ref: box('H')[3], shoot: box('O')[3] },
      { ref: box('d')[3], shoot: box('d')[3] },
      { ref: box('p')[1], shoot: box('g')[1] },
    ],
  };
  zonesByFace.set(face, z);
  return z;
}

/** FreeType's FT_PIX_ROUND on pixels. */
const pixRound = (v: number): number => Math.floor(v + 0.5);

/**
 * The autohinter's vertical scaling (af_latin_metrics_scale_dim): the scale is nudged so that the
 * x-height overshoot lands on a whole pixel (rounding up from 0.375 px), then each zone's reference
 * is rounded and its overshoot kept at 0, 1/2 or 1 pixel; zones taller than 3/4 pixel are inactive.
 */
function verticalFit(face: FontFace, scale: number): VerticalFit {
  let cache = fitsByFace.get(face);
  if (!cache) fitsByFace.set(face, (cache = new Map()));
  const hit = cache.get(scale);
  if (hit) return hit;
  const { xShoot, zones } = blueZones(face);
  const scaled = xShoot * scale;
  const fitted = Math.floor(scaled + 40 / 64);
  const s = scaled > 0 && fitted > 0 ? (scale * fitted) / scaled : scale;
  const fittedZones: FittedZone[] = [];
  for (const z of zones) {
    const dist = (z.ref - z.shoot) * s;
    if (Math.abs(dist) > 0.75) continue;
    const d = Math.abs(dist) < 0.5 ? 0 : Math.abs(dist) < 0.75 ? 0.5 : 1;
    const refFit = pixRound(z.ref * s);
    fittedZones.push({ ...z, refFit, shootFit: refFit - Math.sign(dist) * d });
  }
  const fit = { scale: s, zones: fittedZones, snapDistance: Math.min(face.unitsPerEm / 40, 0.5 / s) };
  cache.set(scale, fit);
  return fit;
}

/** Where an edge at `y` (font units) goes, in pixels, and whether a blue zone fixed it. */
function fitEdge(y: number, fit: VerticalFit): { px: number; zone: boolean } {
  let best: { px: number; dist: number } | null = null;
  for (const z of fit.zones) {
    for (const [v, px] of [
      [z.ref, z.refFit],
      [z.shoot, z.shootFit],
    ] as const) {
      const dist = Math.abs(y - v);
      if (dist <= fit.snapDistance && (!best || dist < best.dist)) best = { px, dist };
    }
    const lo = Math.min(z.ref, z.shoot), hi = Math.max(z.ref, z.shoot); // prettier-ignore
    if (!best && y > lo && y < hi) best = { px: z.shootFit, dist: 0 };
  }
  return best ? { px: best.px, zone: true } : { px: pixRound(y * fit.scale), zone: false };
}

/** The y values of a glyph's horizontal edges: flat segments and the extremes of its curves. */
function edgeValues(pts: GlyphPoints): number[] {
  const { y, onCurve, contourEnds } = pts;
  const out = new Set<number>();
  let first = 0;
  for (const last of contourEnds) {
    const n = last - first + 1;
    for (let k = 0; k < n; k++) {
      const i = first + k;
      const prev = first + ((k - 1 + n) % n);
      const next = first + ((k + 1) % n);
      const yi = y[i]!;
      const flat = onCurve[i] && onCurve[next] && Math.abs(y[next]! - yi) < 1e-9 && pts.x[next] !== pts.x[i];
      // The extreme of a curve may be an off-curve point whose neighbours both lie on one side.
      const extreme = (y[prev]! < yi && y[next]! <= yi) || (y[prev]! > yi && y[next]! >= yi);
      if (flat || extreme) out.add(yi);
    }
    first = last + 1;
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Fits every edge and keeps them in order. Edges of a real stroke (at least 0.6 px apart) that
 * would fall on the same pixel are kept a pixel apart by moving the edge that no blue zone holds,
 * so thin bars (the minus sign, the bar of an 'e') never vanish.
 */
function fitEdges(edges: number[], fit: VerticalFit): number[] {
  const fitted = edges.map((e) => fitEdge(e, fit));
  const targets = fitted.map((f) => f.px);
  for (let i = 1; i < targets.length; i++) {
    const gap = (edges[i]! - edges[i - 1]!) * fit.scale;
    if (targets[i]! < targets[i - 1]!) targets[i] = targets[i - 1]!;
    if (gap < 0.6 || targets[i] !== targets[i - 1]) continue;
    if (!fitted[i]!.zone) targets[i] = targets[i - 1]! + 1;
    else if (!fitted[i - 1]!.zone) {
      targets[i - 1] = targets[i]! - 1;
      for (let j = i - 1; j > 0 && targets[j - 1]! > targets[j]!; j--) targets[j - 1] = targets[j]!;
    }
  }
  return targets;
}

/** Maps y (font units) to pixels through the fitted edges, interpolating between them. */
function mapY(y: number, scale: number, edges: number[], targets: number[]): number {
  const n = edges.length;
  if (n === 0) return y * scale;
  if (y <= edges[0]!) return targets[0]! + (y - edges[0]!) * scale;
  if (y >= edges[n - 1]!) return targets[n - 1]! + (y - edges[n - 1]!) * scale;
  let lo = 0, hi = n - 1; // prettier-ignore
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! <= y) lo = mid;
    else hi = mid;
  }
  const e0 = edges[lo]!, e1 = edges[hi]!; // prettier-ignore
  const t = e1 === e0 ? 0 : (y - e0) / (e1 - e0);
  return targets[lo]! + t * (targets[hi]! - targets[lo]!);
}

/**
 * The outline of `glyph` in pixels at `scale` (pixels per font unit), its vertical edges fitted to
 * the pixel grid. Cached per face, glyph and size.
 */
export function hintedGlyphPath(face: FontFace, glyph: number, scale: number): Path {
  let cache = hintedByFace.get(face);
  if (!cache) hintedByFace.set(face, (cache = new Map()));
  const key = `${glyph}@${scale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pts = face.glyphPoints(glyph);
  const fit = verticalFit(face, scale);
  const edges = edgeValues(pts);
  const targets = fitEdges(edges, fit);
  const y = new Float64Array(pts.y.length);
  const x = new Float64Array(pts.x.length);
  for (let i = 0; i < y.length; i++) {
    x[i] = pts.x[i]! * scale;
    y[i] = mapY(pts.y[i]!, fit.scale, edges, targets);
  }
  const path = pointsToPath({ ...pts, x, y });
  if (cache.size >= MAX_HINTED) cache.clear();
  cache.set(key, path);
  return path;
}

/**
 * The vertical extent [yMin, yMax] in pixels of a glyph's grid-fitted outline (what FreeType's
 * hinted control box gives matplotlib's text metrics); [0, 0] for an empty glyph.
 */
export function hintedGlyphExtent(face: FontFace, glyph: number, scale: number): [number, number] {
  const [, y0, , y1] = hintedGlyphPath(face, glyph, scale).extents();
  return Number.isFinite(y0) ? [y0, y1] : [0, 0];
}
