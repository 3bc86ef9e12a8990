import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  FILL_STYLES,
  FILLED_MARKERS,
  MARKER_NAMES,
  MarkerStyle,
  markerDescription,
  type FillStyle,
  type MarkerSpec,
} from '../../../src/core/markers.js';
import { Path } from '../../../src/core/Path.js';
import type { CapStyle, JoinStyle } from '../../../src/core/renderer.js';
import { unitCircle } from '../../../src/core/shapes.js';

interface PathJson {
  vertices: [number, number][];
  codes: number[] | null;
}
type MarkerJson = string | number | number[] | { vertices: [number, number][] } | { path: PathJson };
interface UserJson {
  rotated?: number;
  scaled?: [number, number];
  transform?: [number, number, number, number, number, number];
  capstyle?: CapStyle;
  joinstyle?: JoinStyle;
}
interface MarkerCase {
  marker: MarkerJson;
  fillstyle: FillStyle;
  user: UserJson | null;
  path: PathJson;
  transform: number[];
  altPath: PathJson | null;
  altTransform: number[] | null;
  joinstyle: JoinStyle;
  capstyle: CapStyle;
  filled: boolean;
  snapThreshold: number | 'inf' | null;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/markers.json', import.meta.url), 'utf8')) as {
  cases: MarkerCase[];
};

function specOf(json: MarkerJson): MarkerSpec {
  if (typeof json === 'string' || typeof json === 'number') return json;
  if (Array.isArray(json)) return json as unknown as MarkerSpec;
  if ('vertices' in json) return json.vertices;
  return new Path(json.path.vertices.flat(), json.path.codes);
}

function build(c: MarkerCase): MarkerStyle {
  const u = c.user ?? {};
  let m = new MarkerStyle(specOf(c.marker), {
    fillStyle: c.fillstyle,
    ...(u.transform ? { transform: new Affine(...u.transform) } : {}),
    ...(u.capstyle ? { capStyle: u.capstyle } : {}),
    ...(u.joinstyle ? { joinStyle: u.joinstyle } : {}),
  });
  if (u.rotated !== undefined) m = m.rotated({ deg: u.rotated });
  if (u.scaled) m = m.scaled(...u.scaled);
  return m;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(
      Math.abs(actual[i]! - expected[i]!),
      `index ${i}: ${actual[i]} vs ${expected[i]}`,
    ).toBeLessThanOrEqual(1e-12);
  }
}

function expectPath(actual: Path | null, expected: PathJson | null): void {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expectClose(actual!.vertices, expected.vertices.flat());
  expect(actual!.codes === null ? null : Array.from(actual!.codes)).toEqual(expected.codes);
}

const label = (c: MarkerCase) =>
  `${JSON.stringify(c.marker).slice(0, 40)} fillstyle=${c.fillstyle}${c.user ? ' ' + JSON.stringify(c.user) : ''}`;

describe('MarkerStyle', () => {
  it.each(fixture.cases.map((c) => [label(c), c] as const))('%s matches matplotlib', (_name, c) => {
    const m = build(c);
    expectPath(m.path, c.path);
    expectClose(m.transform.toArray(), c.transform);
    expectPath(m.altPath, c.altPath);
    if (c.altTransform === null) expect(m.altTransform).toBeNull();
    else expectClose(m.altTransform!.toArray(), c.altTransform);
    expect(m.joinStyle).toBe(c.joinstyle);
    expect(m.capStyle).toBe(c.capstyle);
    expect(m.filled).toBe(c.filled);
    expect(m.snapThreshold).toBe(c.snapThreshold === 'inf' ? Infinity : c.snapThreshold);
  });

  it('the fixture covers every marker code and fill style', () => {
    const codes = new Set(fixture.cases.map((c) => c.marker));
    for (const code of MARKER_NAMES) expect(codes.has(code)).toBe(true);
    expect(new Set(fixture.cases.map((c) => c.fillstyle))).toEqual(new Set(FILL_STYLES));
  });

  it('MARKER_NAMES lists the 25 character codes, 0-11 and the four empty markers', () => {
    expect(MARKER_NAMES).toHaveLength(41);
    expect(markerDescription('1')).toBe('tri_down');
    expect(markerDescription(1)).toBe('tickright');
    expect(markerDescription('q')).toBeUndefined();
    for (const code of FILLED_MARKERS) expect(new MarkerStyle(code).filled).toBe(true);
  });

  it('MarkerStyle() rejects an unknown marker with a suggestion', () => {
    expect(() => new MarkerStyle('ox')).toThrow('MarkerStyle: unknown marker "ox" (did you mean "o"?)');
    expect(() => new MarkerStyle('circle')).toThrow('(did you mean "o"?)');
    expect(() => new MarkerStyle('triangle_upp', { call: 'plot' })).toThrow(
      'plot: unknown marker "triangle_upp" (did you mean "^"?)',
    );
    expect(() => new MarkerStyle(12)).toThrow(TsplotlibError);
    expect(() => new MarkerStyle([5, 3, 0] as unknown as MarkerSpec)).toThrow(/invalid marker/);
    expect(() => new MarkerStyle([])).toThrow(TsplotlibError);
    expect(() => new MarkerStyle([5, 1, Number.NaN])).toThrow(/marker angle NaN/);
  });

  it('MarkerStyle() rejects bad options and mathtext markers', () => {
    expect(() => new MarkerStyle('o', { fillStyle: 'half' as FillStyle })).toThrow(
      /invalid fill style "half"/,
    );
    expect(() => new MarkerStyle('o', { capStyle: 'square' as CapStyle })).toThrow(/invalid cap style/);
    expect(() => new MarkerStyle('$\\alpha$')).toThrow(/mathtext markers .* not supported yet/);
    expect(() => new MarkerStyle('o').rotated({})).toThrow(/exactly one of deg and rad/);
  });

  it('MarkerStyle(markerStyle) copies the marker and its options, overriding with new ones', () => {
    const base = new MarkerStyle('^', { fillStyle: 'left', capStyle: 'round' });
    const copy = new MarkerStyle(base);
    expect(copy.fillStyle).toBe('left');
    expect(copy.capStyle).toBe('round');
    expect(copy.transform.equals(base.transform)).toBe(true);
    const top = base.withFillStyle('top');
    expect(top.fillStyle).toBe('top');
    expect(top.spec).toBe('^');
    expect(new MarkerStyle('o', 'bottom', 'plot').fillStyle).toBe('bottom');
    expect(() => new MarkerStyle('o', 'half' as FillStyle, 'setFillstyle')).toThrow(
      /^setFillstyle: invalid fill style/,
    );
  });

  it('MarkerStyle.rotated() agrees in degrees and radians, and isEmpty() marks empty markers', () => {
    const a = new MarkerStyle('s').rotated({ deg: 90 });
    const b = new MarkerStyle('s').rotated({ rad: Math.PI / 2 });
    expectClose(a.transform.toArray(), b.transform.toArray());
    expect(new MarkerStyle('None').isEmpty()).toBe(true);
    expect(new MarkerStyle('o').isEmpty()).toBe(false);
    expect(new MarkerStyle(unitCircle()).transform.toArray()).toEqual([0.5, 0, 0, 0.5, 0, 0]);
  });
});
