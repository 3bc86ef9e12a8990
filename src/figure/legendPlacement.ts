/**
 * Where a legend goes when `loc` is 'best' (matplotlib's `Legend._find_best_position`): the
 * candidate box that covers the fewest line vertices, scatter points and patches, and that the
 * fewest lines cross. The geometry predicates follow matplotlib's C++ exactly, including its
 * treatment of edge and corner touches.
 */
import type { LegendObstacles } from './legendHandlers.js';

/**
 * The candidate (lower-left corner) whose `width` x `height` box covers the fewest obstacles: line
 * vertices and scatter points strictly inside, overlapped patch boxes, and lines crossing the box.
 * The first candidate with nothing in the way wins at once; ties go to the earlier candidate
 * (matplotlib's `_find_best_position`).
 */
export function bestPosition(
  candidates: ReadonlyArray<readonly [number, number]>,
  width: number,
  height: number,
  obstacles: LegendObstacles,
): [number, number] {
  let best: [number, number] | null = null;
  let bestBadness = Infinity;
  for (const [l, b] of candidates) {
    const box = [l, b, l + width, b + height] as const;
    let badness = countContains(box, obstacles.offsets) + countOverlaps(box, obstacles.bboxes);
    for (const line of obstacles.lines)
      badness += countContains(box, line) + (polylineIntersectsBox(line, box) ? 1 : 0);
    if (badness === 0) return [l, b];
    if (badness < bestBadness) [best, bestBadness] = [[l, b], badness];
  }
  return best ?? [candidates[0]![0], candidates[0]![1]];
}

type Box = readonly [x0: number, y0: number, x1: number, y1: number];

/** How many points lie strictly inside `box` (matplotlib's `Bbox.count_contains`; NaN never counts). */
export function countContains(box: Box, xy: Float64Array): number {
  const [x0, y0, x1, y1] = box;
  let n = 0;
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i]!, y = xy[i + 1]!; // prettier-ignore
    if (x0 < x && x < x1 && y0 < y && y < y1) n++;
  }
  return n;
}

/** How many of the boxes (flat quadruples) overlap `box` with a non-empty interior (matplotlib's `count_overlaps`). */
export function countOverlaps(box: Box, boxes: Float64Array): number {
  const [ax0, ay0, ax1, ay1] = box;
  let n = 0;
  for (let i = 0; i < boxes.length; i += 4) {
    const bx0 = Math.min(boxes[i]!, boxes[i + 2]!), bx1 = Math.max(boxes[i]!, boxes[i + 2]!); // prettier-ignore
    const by0 = Math.min(boxes[i + 1]!, boxes[i + 3]!), by1 = Math.max(boxes[i + 1]!, boxes[i + 3]!); // prettier-ignore
    if (!(bx1 <= ax0 || by1 <= ay0 || bx0 >= ax1 || by0 >= ay1)) n++;
  }
  return n;
}

/**
 * Whether a polyline touches `box` (matplotlib's `Path.intersects_bbox(filled=False)`): its first
 * vertex lies in the closed box, or one of its segments crosses the open box. Non-finite vertices
 * are skipped and their neighbours joined, as matplotlib's NaN remover feeds the segment test.
 */
export function polylineIntersectsBox(xy: Float64Array, box: Box): boolean {
  const cx = (box[0] + box[2]) * 0.5, cy = (box[1] + box[3]) * 0.5; // prettier-ignore
  const w = Math.abs(box[2] - box[0]), h = Math.abs(box[3] - box[1]); // prettier-ignore
  let i = 0;
  while (i < xy.length && !(Number.isFinite(xy[i]!) && Number.isFinite(xy[i + 1]!))) i += 2;
  if (i >= xy.length) return false;
  let x1 = xy[i]!, y1 = xy[i + 1]!; // prettier-ignore
  if (2 * Math.abs(x1 - cx) <= w && 2 * Math.abs(y1 - cy) <= h) return true;
  for (i += 2; i < xy.length; i += 2) {
    const x2 = xy[i]!, y2 = xy[i + 1]!; // prettier-ignore
    if (!Number.isFinite(x2) || !Number.isFinite(y2)) continue;
    if (segmentIntersectsBox(x1, y1, x2, y2, cx, cy, w, h)) return true;
    x1 = x2;
    y1 = y2;
  }
  return false;
}

/** matplotlib's `segment_intersects_rectangle`: a separating-axis test against the box centred at (cx, cy). */
function segmentIntersectsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  w: number,
  h: number,
): boolean {
  const dx = ax - bx, dy = ay - by; // prettier-ignore
  // The same operations in the same order as matplotlib's C++, so that boxes touched exactly at an
  // edge or a corner round the same way.
  return (
    Math.abs(ax + bx - 2 * cx) < Math.abs(dx) + w &&
    Math.abs(ay + by - 2 * cy) < Math.abs(dy) + h &&
    2 * Math.abs((ax - cx) * dy - (ay - cy) * dx) < w * Math.abs(dy) + h * Math.abs(dx)
  );
}
