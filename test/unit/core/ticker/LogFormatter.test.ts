import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DummyAxis,
  LogFormatter,
  LogFormatterExponent,
  LogFormatterMathtext,
  LogFormatterSciNotation,
  stripMath,
} from '../../../../src/core/ticker/index.js';
import { fixtureAxis } from './fixtureAxis.js';

interface LogCase {
  view: [number, number];
  base: number;
  locs: number[];
  labels: string[];
  offset: string;
  minorLocs: number[];
  minorLabels: string[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_log.json', import.meta.url), 'utf8'),
) as {
  cases: LogCase[];
};

function dummy(vmin: number, vmax: number): DummyAxis {
  const a = new DummyAxis();
  a.setViewInterval(vmin, vmax);
  return a;
}

describe('LogFormatter', () => {
  it('LogFormatterSciNotation.formatTicks() matches matplotlib for every random log interval (major and minor)', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const major = new LogFormatterSciNotation({ base: c.base }).setAxis(fixtureAxis(c.view));
      const minor = new LogFormatterSciNotation({ base: c.base, labelOnlyBase: false }).setAxis(
        fixtureAxis(c.view),
      );
      const got = [major.formatTicks(c.locs), major.getOffset(), minor.formatTicks(c.minorLocs)];
      const want = [c.labels, c.offset, c.minorLabels];
      if (JSON.stringify(got) !== JSON.stringify(want))
        bad.push(`${JSON.stringify(c.view)}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('LogFormatterSciNotation labels decades in mathtext and multiples in scientific notation', () => {
    // Values from matplotlib 3.6.3. Over 2 decades only powers of ten get labels; over 0.7 decades
    // the multiples 2, 3, 4 and 6 too; over 0.3 decades every multiple.
    expect(new LogFormatterSciNotation().setAxis(dummy(1, 50)).formatTicks([1, 2, 5, 10, 20, 0.01])).toEqual([
      '$\\mathdefault{10^{0}}$',
      '',
      '',
      '$\\mathdefault{10^{1}}$',
      '',
      '$\\mathdefault{10^{-2}}$',
    ]);
    expect(new LogFormatterSciNotation().setAxis(dummy(1, 5)).formatTicks([1, 2, 3, 5, 10])).toEqual([
      '$\\mathdefault{10^{0}}$',
      '$\\mathdefault{2\\times10^{0}}$',
      '$\\mathdefault{3\\times10^{0}}$',
      '',
      '$\\mathdefault{10^{1}}$',
    ]);
    expect(new LogFormatterSciNotation().setAxis(dummy(1, 2)).formatTicks([1, 1.5, 5])).toEqual([
      '$\\mathdefault{10^{0}}$',
      '$\\mathdefault{1.5\\times10^{0}}$',
      '$\\mathdefault{5\\times10^{0}}$',
    ]);
    expect(
      new LogFormatterSciNotation({ labelOnlyBase: true }).setAxis(dummy(1, 5)).formatTicks([2, 10]),
    ).toEqual(['', '$\\mathdefault{10^{1}}$']);
    expect(new LogFormatterSciNotation().call(0)).toBe('$\\mathdefault{0}$');
    expect(new LogFormatterSciNotation().call(-100)).toBe('$\\mathdefault{-10^{2}}$');
  });

  it('LogFormatterMathtext writes non-decades as fractional powers', () => {
    const f = new LogFormatterMathtext().setAxis(dummy(1, 3));
    expect(f.formatTicks([2, 3])).toEqual(['$\\mathdefault{10^{0.30}}$', '$\\mathdefault{10^{0.48}}$']);
  });

  it('LogFormatter writes plain numbers and LogFormatterExponent the exponent', () => {
    const f = new LogFormatter().setAxis(dummy(1, 1e5));
    expect(f.formatTicks([1, 10, 100, 1e5, 0.1])).toEqual(['1', '10', '100', '1e+05', '1e\u221201']);
    const g = new LogFormatter().setAxis(dummy(1, 3));
    expect(g.formatTicks([1.5, 2, 2.5])).toEqual(['1.5', '2', '2.5']);
    const e = new LogFormatterExponent().setAxis(dummy(1, 1e5));
    expect(e.formatTicks([1, 10, 1000])).toEqual(['0', '1', '3']);
  });

  it('LogFormatter.formatData() strips the mathtext and formatDataShort() pads to 12', () => {
    const f = new LogFormatterSciNotation({ labelOnlyBase: true }).setAxis(dummy(100, 500));
    f.setLocs([]);
    expect(f.formatData(200)).toBe('2x10^2');
    expect(f.formatDataShort(200)).toBe('200         ');
    expect(stripMath('$\\mathdefault{10^{2}}$')).toBe('10^2');
  });

  it('LogFormatter on a symlog axis counts only the logarithmic decades', () => {
    const f = new LogFormatterSciNotation({ linthresh: 1, minorThresholds: [2, 0.4] }).setAxis(dummy(-5, 5));
    expect(f.formatTicks([-5, -1, 0, 1, 2, 5])).toEqual([
      '',
      '$\\mathdefault{-10^{0}}$',
      '$\\mathdefault{0}$',
      '$\\mathdefault{10^{0}}$',
      '$\\mathdefault{2\\times10^{0}}$',
      '',
    ]);
  });
});
