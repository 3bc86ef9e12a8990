import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AutoLocator,
  AutoMinorLocator,
  EdgeInteger,
  MaxNLocator,
  scaleRange,
  ticksInView,
} from '../../../../src/core/ticker/index.js';
import { TsplotlibError } from '../../../../src/core/errors.js';
import { fixtureAxis, sameLocs } from './fixtureAxis.js';

interface LinearCase {
  axis: 'x' | 'y';
  requested: [number, number];
  view: [number, number];
  tickSpace: number;
  locs: number[];
  visible: number[];
  autoMinor: number[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_linear.json', import.meta.url), 'utf8'),
) as {
  cases: LinearCase[];
};

/** An axis standing in for matplotlib's, with the fixture's view interval and tick space. */

const axisFor = (c: LinearCase, majors: number[] = []) =>
  fixtureAxis(c.view, {
    axisName: c.axis,
    tickSpace: c.tickSpace,
    getMajorticklocs: () => majors,
    getScale: () => 'linear',
  });

describe('MaxNLocator', () => {
  it('has at least 500 matplotlib cases to compare with', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(500);
  });

  it('AutoLocator.call() matches matplotlib for every random linear interval', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = new AutoLocator().setAxis(axisFor(c)).call();
      if (!sameLocs(got, c.locs))
        bad.push(`${JSON.stringify(c.view)} ts=${c.tickSpace}: got ${got} want ${c.locs}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('ticksInView() keeps the ticks matplotlib draws', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = ticksInView(c.locs, c.view[0], c.view[1]);
      if (!sameLocs(got, c.visible)) bad.push(`${JSON.stringify(c.view)}: got ${got} want ${c.visible}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('Locator.nonsingular() turns the requested limits into the view matplotlib sets', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const [a, b] = c.requested;
      const [lo, hi] = new AutoLocator().nonsingular(a, b);
      const got = a > b ? [hi, lo] : [lo, hi];
      if (!sameLocs(got, c.view)) bad.push(`${JSON.stringify(c.requested)}: got ${got} want ${c.view}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('AutoMinorLocator.call() matches matplotlib for every random linear interval', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = new AutoMinorLocator().setAxis(axisFor(c, c.locs)).call();
      if (!sameLocs(got, c.autoMinor)) bad.push(`${JSON.stringify(c.view)}: got ${got} want ${c.autoMinor}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('MaxNLocator.tickValues() works the worked example of the reference: (-0.15, 3.15) → steps of 0.5', () => {
    const loc = new AutoLocator();
    expect(loc.tickValues(-0.15, 3.15)).toEqual([-0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
  });

  it('MaxNLocator.tickValues() follows nbins, steps, integer, symmetric and prune', () => {
    // Values from matplotlib 3.6.3.
    expect(new MaxNLocator({ nbins: 4 }).tickValues(0, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(new MaxNLocator().tickValues(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new MaxNLocator({ nbins: 3, steps: [1, 5, 10] }).tickValues(0, 7)).toEqual([0, 5, 10]);
    expect(new MaxNLocator({ integer: true }).tickValues(0, 2.5)).toEqual([0, 1, 2, 3]);
    expect(new MaxNLocator({ nbins: 4, symmetric: true }).tickValues(-1, 3)).toEqual([-3, -1.5, 0, 1.5, 3]);
    expect(new MaxNLocator({ nbins: 4, prune: 'both' }).tickValues(0, 1)).toEqual([0.25, 0.5, 0.75]);
    expect(new MaxNLocator({ nbins: 4, prune: 'lower' }).tickValues(0, 1)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(new MaxNLocator({ nbins: 1, minNTicks: 3 }).tickValues(0, 1)).toEqual([0, 0.5, 1]);
  });

  it("MaxNLocator.tickValues() with nbins 'auto' and no axis uses 9 bins", () => {
    expect(new MaxNLocator({ nbins: 'auto' }).tickValues(0, 9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("MaxNLocator.viewLimits() in 'round_numbers' mode widens to the outer ticks", () => {
    expect(new MaxNLocator({ autolimitMode: 'round_numbers' }).viewLimits(0.3, 9.7)).toEqual([0, 10]);
    expect(new MaxNLocator().viewLimits(0.3, 9.7)).toEqual([0.3, 9.7]);
  });

  it('MaxNLocator rejects unknown options and bad values, naming the call', () => {
    expect(() => new MaxNLocator({ nbin: 3 } as never)).toThrow(
      'MaxNLocator.setParams: unknown option "nbin" (did you mean "nbins"?)',
    );
    expect(() => new MaxNLocator({ steps: [3, 2] })).toThrow(TsplotlibError);
    expect(() => new MaxNLocator({ prune: 'top' as never })).toThrow(/invalid prune "top"/);
  });

  it('scaleRange() gives the scale and the offset of a range', () => {
    expect(scaleRange(0, 10, 10)).toEqual([1, 0]);
    expect(scaleRange(1e6 + 1, 1e6 + 3, 9)).toEqual([0.1, 1e6]);
    expect(scaleRange(-1e6 - 3, -1e6 - 1, 9)).toEqual([0.1, -1e6]);
  });

  it('EdgeInteger.le() and ge() tolerate floating point slop', () => {
    const e = new EdgeInteger(0.1, 0);
    expect(e.ge(0.30000000000000004)).toBe(3);
    expect(e.le(0.29999999999999993)).toBe(3);
    expect(() => new EdgeInteger(0, 0)).toThrow(TsplotlibError);
  });

  it('AutoMinorLocator.minorTicks() subdivides by 5 or 4 and needs two major ticks', () => {
    const m = new AutoMinorLocator();
    // Values from matplotlib 3.6.3: a step of 1 splits in 5, a step of 2 in 4.
    expect(m.minorTicks([0, 1, 2], 0, 2)).toEqual([
      0.2, 0.4, 0.6000000000000001, 0.8, 1, 1.2, 1.4000000000000001, 1.6, 1.8,
    ]);
    expect(m.minorTicks([0, 2, 4], 0, 4)).toEqual([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
    expect(m.minorTicks([0], 0, 4)).toEqual([]);
    expect(new AutoMinorLocator(2).minorTicks([0, 1, 2], 0, 2)).toEqual([0.5, 1, 1.5, 2]);
    expect(() => m.tickValues(0, 1)).toThrow(TsplotlibError);
  });
});
