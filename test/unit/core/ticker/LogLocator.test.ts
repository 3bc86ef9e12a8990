import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../../src/core/errors.js';
import { LogTransform } from '../../../../src/core/scale.js';
import {
  LogLocator,
  decadeGreater,
  decadeGreaterEqual,
  decadeLess,
  decadeLessEqual,
  ticksInView,
} from '../../../../src/core/ticker/index.js';
import { fixtureAxis, sameLocs } from './fixtureAxis.js';

interface LogCase {
  axis: 'x' | 'y';
  requested: [number, number];
  view: [number, number];
  tickSpace: number;
  base: number;
  locs: number[];
  visible: number[];
  minorLocs: number[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_log.json', import.meta.url), 'utf8'),
) as {
  cases: LogCase[];
};

const axisFor = (c: LogCase) =>
  fixtureAxis(c.view, { axisName: c.axis, tickSpace: c.tickSpace, getScale: () => 'log' });

describe('LogLocator', () => {
  it('has at least 500 matplotlib cases to compare with', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(500);
  });

  it('LogLocator.call() matches matplotlib for every random log interval (major ticks)', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = new LogLocator({ base: c.base }).setAxis(axisFor(c)).call();
      if (!sameLocs(got, c.locs))
        bad.push(`${JSON.stringify(c.view)} b=${c.base}: got ${got} want ${c.locs}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("LogLocator({ subs: 'auto' }).call() matches matplotlib's minor ticks, AutoLocator fallback included", () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = new LogLocator({ base: c.base, subs: 'auto' }).setAxis(axisFor(c)).call();
      if (!sameLocs(got, c.minorLocs))
        bad.push(`${JSON.stringify(c.view)} b=${c.base}: got ${got} want ${c.minorLocs}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('ticksInView() on the log transform keeps the major ticks matplotlib draws', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = ticksInView(c.locs, c.view[0], c.view[1], new LogTransform(c.base));
      if (!sameLocs(got, c.visible)) bad.push(`${JSON.stringify(c.view)}: got ${got} want ${c.visible}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('LogLocator.tickValues() places decades, subs and strides as matplotlib', () => {
    // Values from matplotlib 3.6.3 (no axis: numticks 9). NumPy's powers of ten are sometimes an
    // ulp off (0.09999999999999999); ours are correctly rounded, hence the relative comparison.
    const cases: [LogLocator, number, number, number[]][] = [
      [new LogLocator(), 1, 1000, [0.09999999999999999, 1, 10, 100, 1000, 10000]],
      [
        new LogLocator({ subs: [1, 5] }),
        1,
        100,
        [0.09999999999999999, 0.49999999999999994, 1, 5, 10, 50, 100, 500, 1000, 5000],
      ],
      [new LogLocator({ base: 2 }), 1, 16, [0.5, 1, 2, 4, 8, 16, 32]],
      [new LogLocator({ numticks: 3 }), 1, 1e6, [0.001, 1, 1000, 1e6, 1e9]],
      [new LogLocator({ subs: 'auto' }), 1, 1e12, []],
    ];
    for (const [loc, vmin, vmax, want] of cases)
      expect(sameLocs(loc.tickValues(vmin, vmax), want)).toBe(true);
    expect(new LogLocator({ subs: 'all' }).tickValues(1, 1e12).slice(0, 3)).toEqual([0.01, 1, 100]);
  });

  it('LogLocator.tickValues() rejects a range without positive values', () => {
    expect(() => new LogLocator().tickValues(-1, 0)).toThrow(TsplotlibError);
  });

  it('LogLocator.nonsingular() fixes empty, non-positive and zero-width ranges', () => {
    const loc = new LogLocator();
    expect(loc.nonsingular(-Infinity, Infinity)).toEqual([1, 10]);
    expect(loc.nonsingular(-5, -1)).toEqual([1, 10]);
    expect(loc.nonsingular(100, 100)).toEqual([10, 1000]);
    expect(loc.nonsingular(30, 3)).toEqual([3, 30]);
  });

  it('LogLocator rejects bad options', () => {
    expect(() => new LogLocator({ base: 1 })).toThrow(/invalid base 1/);
    expect(() => new LogLocator({ subs: 'some' as never })).toThrow(/invalid subs "some"/);
    expect(() => new LogLocator({ numTicks: 3 } as never)).toThrow(/did you mean "numticks"/);
  });

  it('decadeLessEqual() and friends find the powers of the base around a value', () => {
    expect(decadeLessEqual(350, 10)).toBe(100);
    expect(decadeGreaterEqual(350, 10)).toBe(1000);
    expect(decadeLess(100, 10)).toBe(10);
    expect(decadeGreater(100, 10)).toBe(1000);
    expect(decadeLessEqual(-350, 10)).toBe(-1000);
    expect(decadeLessEqual(0, 10)).toBe(0);
  });
});
