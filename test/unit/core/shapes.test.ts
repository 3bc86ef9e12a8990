import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PathCode, type Path } from '../../../src/core/Path.js';
import {
  arc,
  circle,
  unitCircle,
  unitCircleRighthalf,
  unitRectangle,
  unitRegularAsterisk,
  unitRegularPolygon,
  unitRegularStar,
  wedge,
} from '../../../src/core/shapes.js';
import { TsplotlibError } from '../../../src/core/errors.js';

interface PathJson {
  vertices: [number, number][];
  codes: number[] | null;
}
interface ShapeCase {
  call: string;
  args: number[];
  path: PathJson;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/markers_shapes.json', import.meta.url), 'utf8'),
) as { shapes: ShapeCase[] };

const builders: Record<string, (...args: number[]) => Path> = {
  unitRectangle: () => unitRectangle(),
  unitCircle: () => unitCircle(),
  unitCircleRighthalf: () => unitCircleRighthalf(),
  circle: (cx, cy, r) => circle(cx, cy, r),
  unitRegularPolygon: (n) => unitRegularPolygon(n!),
  unitRegularAsterisk: (n) => unitRegularAsterisk(n!),
  unitRegularStar: (n, inner) => unitRegularStar(n!, inner),
  arc: (t1, t2, n) => arc(t1!, t2!, n),
  wedge: (t1, t2, n) => wedge(t1!, t2!, n),
};

/** Compares a path with matplotlib's vertices and codes to 1e-12. */
function expectPathEqual(actual: Path | null, expected: PathJson | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const path = actual!;
  expect(path.length).toBe(expected.vertices.length);
  expected.vertices.forEach(([x, y], i) => {
    expect(Math.abs(path.vertices[2 * i]! - x)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(path.vertices[2 * i + 1]! - y)).toBeLessThanOrEqual(1e-12);
  });
  expect(path.codes === null ? null : Array.from(path.codes)).toEqual(expected.codes);
}

describe('shapes', () => {
  it.each(fixture.shapes.map((s) => [`${s.call}(${s.args.join(', ')})`, s] as const))(
    '%s matches matplotlib vertices and codes',
    (_name, shape) => {
      expectPathEqual(builders[shape.call]!(...shape.args), shape.path);
    },
  );

  it('unitCircle() and unitRegularPolygon() return cached, shared paths', () => {
    expect(unitCircle()).toBe(unitCircle());
    expect(unitRectangle()).toBe(unitRectangle());
    expect(unitCircleRighthalf()).toBe(unitCircleRighthalf());
    expect(unitRegularPolygon(5)).toBe(unitRegularPolygon(5));
    expect(unitRegularStar(5, 0.3)).toBe(unitRegularStar(5, 0.3));
    expect(unitRegularStar(5, 0.3)).not.toBe(unitRegularStar(5, 0.4));
  });

  it('circle() ends with a CLOSEPOLY vertex at its start point', () => {
    const p = circle(2, 3, 4);
    expect(p.codes![p.length - 1]).toBe(PathCode.CLOSEPOLY);
    expect([p.vertices[2 * p.length - 2], p.vertices[2 * p.length - 1]]).toEqual([2, -1]);
  });

  it('arc() rejects a segment count below 1 and non-finite angles', () => {
    expect(() => arc(0, 90, 0)).toThrow(TsplotlibError);
    expect(() => arc(0, 90, 1.5)).toThrow(/number of segments/);
    expect(() => wedge(Number.NaN, 90)).toThrow(/wedge: invalid theta1 NaN/);
  });

  it('unitRegularPolygon() rejects a non-integer vertex count', () => {
    expect(() => unitRegularPolygon(0)).toThrow(/unitRegularPolygon: invalid number of vertices 0/);
    expect(() => unitRegularStar(2.5)).toThrow(TsplotlibError);
  });
});
