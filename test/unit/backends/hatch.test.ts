import { describe, expect, it } from 'vitest';
import { PathCode } from '../../../src/core/Path.js';
import { hatchPath } from '../../../src/backends/canvas/hatch.js';
import { isRectilinear, snapIfRectilinear, snapOffset } from '../../../src/backends/canvas/snap.js';

const moves = (pattern: string, density?: number) =>
  [...hatchPath(pattern, density).codes!].filter((c) => c === PathCode.MOVETO).length;

describe('hatchPath', () => {
  it('hatchPath() adds density lines per character, diagonals one more to cover the corners', () => {
    expect(moves('-')).toBe(6);
    expect(moves('|')).toBe(6);
    expect(moves('+')).toBe(12);
    expect(moves('/')).toBe(7);
    expect(moves('//')).toBe(13);
    expect(moves('\\')).toBe(7);
    expect(moves('x')).toBe(14);
    expect(moves('-', 2)).toBe(2);
  });

  it('hatchPath() spaces horizontal lines evenly inside the unit square', () => {
    const v = hatchPath('-', 2).vertices;
    expect([...v]).toEqual([0, 0.25, 1, 0.25, 0, 0.75, 1, 0.75]);
  });

  it('hatchPath() lays shapes in staggered rows: n+1 on even rows, n on odd rows', () => {
    // Two rows of density 1 → rows 0 and 1: 2 + 1 circles; rings are two circles each.
    expect(moves('o', 1)).toBe(6);
    expect(moves('.', 1)).toBe(3);
    expect(moves('*', 1)).toBe(3);
  });

  it('hatchPath() rejects characters that are not hatch patterns', () => {
    expect(() => hatchPath('/#')).toThrow(/hatch: invalid hatch "\/#"/);
  });
});

describe('pixel snapping', () => {
  it('isRectilinear() accepts axis-aligned polylines and rejects diagonals and curves', () => {
    expect(isRectilinear(Float64Array.of(0, 0, 10, 0, 10, 10), null)).toBe(true);
    expect(isRectilinear(Float64Array.of(0, 0, 10, 1), null)).toBe(false);
    const curve = Uint8Array.of(PathCode.MOVETO, PathCode.CURVE3, PathCode.CURVE3);
    expect(isRectilinear(Float64Array.of(0, 0, 1, 0, 1, 1), curve)).toBe(false);
    expect(isRectilinear(new Float64Array(2 * 1025), null)).toBe(false);
  });

  it('snapOffset() centres odd-width strokes in pixels and puts even widths and fills on edges', () => {
    expect([0, 0.6, 1, 2, 3, 4.4].map(snapOffset)).toEqual([0, 0.5, 0.5, 0, 0.5, 0]);
  });

  it('snapIfRectilinear() rounds vertices as matplotlib: floor(v + 0.5) + offset', () => {
    const v = Float64Array.of(10.2, 40.7, 90.6, 40.7);
    expect(snapIfRectilinear(v, null, 1)).toBe(true);
    expect([...v]).toEqual([10.5, 41.5, 91.5, 41.5]);
    const d = Float64Array.of(0.2, 0.2, 5.4, 9.9);
    expect(snapIfRectilinear(d, null, 1)).toBe(false);
    expect([...d]).toEqual([0.2, 0.2, 5.4, 9.9]);
  });
});
