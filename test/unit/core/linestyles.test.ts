import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  DEFAULT_DASH_RC,
  DRAW_STYLES,
  applyDrawstyle,
  checkCapStyle,
  checkDrawstyle,
  checkJoinStyle,
  dashPattern,
  drawStyleSteps,
  isNoLine,
  normalizeLinestyle,
  stepsMid,
  stepsPost,
  stepsPre,
  unscaledDashPattern,
  type LineStyle,
} from '../../../src/core/linestyles.js';

interface DashCase {
  linestyle: string | [number, number[] | null];
  linewidth: number;
  scaleDashes: boolean;
  offset: number;
  dashes: number[] | null;
}
interface StepCase {
  x: number[];
  y: number[];
  pre: { x: number[]; y: number[] };
  post: { x: number[]; y: number[] };
  mid: { x: number[]; y: number[] };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/markers_linestyles.json', import.meta.url), 'utf8'),
) as { rc: Record<string, number[]>; cases: DashCase[]; steps: StepCase[] };

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++)
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-12);
}

describe('linestyles', () => {
  it('DEFAULT_DASH_RC holds matplotlib rc dash patterns', () => {
    for (const [key, value] of Object.entries(fixture.rc)) {
      expect(DEFAULT_DASH_RC[key as keyof typeof DEFAULT_DASH_RC]).toEqual(value);
    }
  });

  it.each(
    fixture.cases.map(
      (c) => [`${JSON.stringify(c.linestyle)} lw=${c.linewidth} scale=${c.scaleDashes}`, c] as const,
    ),
  )('dashPattern(%s) matches Line2D._dash_pattern', (_name, c) => {
    const d = dashPattern(c.linestyle as LineStyle, c.linewidth, { 'lines.scale_dashes': c.scaleDashes });
    if (c.dashes === null) return expect(d).toBeNull();
    expect(d).not.toBeNull();
    expect(Math.abs(d!.offset - c.offset)).toBeLessThanOrEqual(1e-12);
    expectClose(d!.pattern, c.dashes);
  });

  it('dashPattern() reads the patterns from the rc object it is given', () => {
    const rc = { 'lines.dashed_pattern': [2, 1], 'lines.scale_dashes': true };
    expect(dashPattern('dashed', 3, rc)).toEqual({ offset: 0, pattern: [6, 3] });
    expect(unscaledDashPattern([7, [2, 1]])).toEqual({ offset: 1, pattern: [2, 1] });
  });

  it('normalizeLinestyle() maps aliases to short codes and rejects unknown styles', () => {
    expect(normalizeLinestyle('dashdot')).toBe('-.');
    expect(normalizeLinestyle('none')).toBe('None');
    expect(normalizeLinestyle('')).toBe('None');
    expect(normalizeLinestyle([1, [2, 3]])).toEqual([1, [2, 3]]);
    expect(isNoLine(' ')).toBe(true);
    expect(isNoLine(':')).toBe(false);
    expect(() => normalizeLinestyle('dashes', 'plot')).toThrow(
      /^plot: invalid linestyle "dashes"; expected one of .* \(did you mean "dashed"\?\)$/,
    );
    expect(() => normalizeLinestyle(3)).toThrow(TsplotlibError);
    expect(() => normalizeLinestyle([0, [1, -1]])).toThrow(/invalid dash length -1/);
    expect(() => normalizeLinestyle([0, [0, 0]])).toThrow(/at least one length must be positive/);
    expect(() => normalizeLinestyle([Number.NaN, [1, 1]])).toThrow(/invalid dash offset NaN/);
    expect(() => dashPattern('-', -1)).toThrow(/invalid linewidth -1/);
  });

  it.each(fixture.steps.map((s) => [s.x.length, s] as const))(
    'stepsPre/stepsPost/stepsMid match cbook.pts_to_*step for %i points',
    (_n, s) => {
      for (const [fn, want] of [
        [stepsPre, s.pre],
        [stepsPost, s.post],
        [stepsMid, s.mid],
      ] as const) {
        const got = fn(Float64Array.from(s.x), s.y);
        expectClose(got.x, want.x);
        expectClose(got.y, want.y);
      }
    },
  );

  it('applyDrawstyle() dispatches on the draw style and checks lengths', () => {
    const x = [0, 1, 2];
    const y = [5, 6, 7];
    expect(Array.from(applyDrawstyle('steps', x, y).y)).toEqual(Array.from(stepsPre(x, y).y));
    expect(Array.from(applyDrawstyle('steps-post', x, y).x)).toEqual([0, 1, 1, 2, 2]);
    expect(Array.from(applyDrawstyle('default', x, y).x)).toEqual(x);
    expect(Array.from(drawStyleSteps('steps-mid', x, y).vertices)).toEqual([
      0, 5, 0.5, 5, 0.5, 6, 1.5, 6, 1.5, 7, 2, 7,
    ]);
    expect(() => stepsMid([1, 2], [1])).toThrow('stepsMid: x and y must have the same length, got 2 and 1');
    expect(DRAW_STYLES).toContain('steps-mid');
    expect(checkDrawstyle(undefined)).toBe('default');
    expect(() => checkDrawstyle('step')).toThrow(/invalid drawstyle "step"/);
  });

  it('checkCapStyle() and checkJoinStyle() accept matplotlib names only', () => {
    expect(checkCapStyle('projecting')).toBe('projecting');
    expect(checkJoinStyle('bevel')).toBe('bevel');
    expect(() => checkCapStyle('square', 'plot')).toThrow(/^plot: invalid capstyle "square"/);
    expect(() => checkJoinStyle('mitre')).toThrow(/did you mean "miter"/);
  });
});
