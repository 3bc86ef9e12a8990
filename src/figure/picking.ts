/**
 * Hit tests for picking (matplotlib's `Artist.contains` family): which data points of a line or a
 * collection, or whether a patch or a text, lie under a display point within a tolerance.
 */

/**
 * matplotlib's `segment_hits`: the vertices within `radius` of (cx, cy), then the segments (by the
 * index of their first vertex) that pass within `radius` without either end being a hit.
 */
export function segmentHits(cx: number, cy: number, xy: Float64Array, radius: number): number[] {
  const n = xy.length / 2;
  const r2 = radius * radius;
  const pointHit = new Uint8Array(n);
  const points: number[] = [];
  for (let i = 0; i < n; i++) {
    const dx = cx - xy[2 * i]!, dy = cy - xy[2 * i + 1]!; // prettier-ignore
    if (dx * dx + dy * dy <= r2) {
      pointHit[i] = 1;
      points.push(i);
    }
  }
  if (n <= 1) return points;
  const lines: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    if (pointHit[i] || pointHit[i + 1]) continue;
    const x0 = xy[2 * i]!, y0 = xy[2 * i + 1]!; // prettier-ignore
    const dx = xy[2 * i + 2]! - x0, dy = xy[2 * i + 3]! - y0; // prettier-ignore
    const len2 = dx * dx + dy * dy;
    if (!(len2 > 0)) continue;
    const u = ((cx - x0) * dx + (cy - y0) * dy) / len2;
    if (u < 0 || u > 1) continue;
    const px = x0 + u * dx, py = y0 + u * dy; // prettier-ignore
    if ((cx - px) ** 2 + (cy - py) ** 2 <= r2) lines.push(i);
  }
  return [...points, ...lines];
}

/** The indices of the points within `radius` of (cx, cy). */
export function pointHits(cx: number, cy: number, xy: Float64Array, radius: number | Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < xy.length / 2; i++) {
    const r = typeof radius === 'number' ? radius : radius[i % radius.length]!;
    const dx = cx - xy[2 * i]!, dy = cy - xy[2 * i + 1]!; // prettier-ignore
    if (dx * dx + dy * dy <= r * r) out.push(i);
  }
  return out;
}

/** Whether (x, y) lies inside the polygon of flat vertices (even-odd rule). */
export function pointInPolygon(x: number, y: number, v: Float64Array): boolean {
  let inside = false;
  const n = v.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = v[2 * i]!, yi = v[2 * i + 1]!, xj = v[2 * j]!, yj = v[2 * j + 1]!; // prettier-ignore
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
