import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DummyAxis, ScalarFormatter, gSigDigits } from '../../../../src/core/ticker/index.js';
import { fixtureAxis } from './fixtureAxis.js';

interface LinearCase {
  axis: 'x' | 'y';
  view: [number, number];
  tickSpace: number;
  locs: number[];
  labels: string[];
  offset: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_linear.json', import.meta.url), 'utf8'),
) as {
  cases: LinearCase[];
};

/** Labels and offset text for `locs` in the view, as Axis._update_ticks computes them. */
function format(locs: number[], view: [number, number], f = new ScalarFormatter()) {
  f.setAxis(fixtureAxis(view));
  const labels = f.formatTicks(locs);
  f.setLocs(locs);
  return { labels, offset: f.getOffset() };
}

describe('ScalarFormatter', () => {
  it('ScalarFormatter.formatTicks() and getOffset() match matplotlib for every random linear interval', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const got = format(c.locs, c.view);
      if (JSON.stringify(got) !== JSON.stringify({ labels: c.labels, offset: c.offset })) {
        bad.push(
          `${JSON.stringify(c.view)}: got ${JSON.stringify(got)} want ${JSON.stringify([c.labels, c.offset])}`,
        );
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('ScalarFormatter.getOffset() separates an offset from ticks with a long common prefix', () => {
    // Values from matplotlib 3.6.3.
    expect(format([1e6 + 1, 1e6 + 2, 1e6 + 3], [1e6 + 1, 1e6 + 3])).toEqual({
      labels: ['1', '2', '3'],
      offset: '+1e6',
    });
    expect(format([-1234.5, -1234.25, -1234], [-1234.5, -1234])).toEqual({
      labels: ['\u22120.50', '\u22120.25', '0.00'],
      offset: '\u22121.234e3',
    });
  });

  it('ScalarFormatter.getOffset() writes the order of magnitude beyond the power limits', () => {
    expect(format([0, 1e6, 2e6], [0, 2e6])).toEqual({ labels: ['0', '1', '2'], offset: '1e6' });
    expect(format([-2e-5, 0, 2e-5], [-2e-5, 2e-5])).toEqual({
      labels: ['\u22122', '0', '2'],
      offset: '1e\u22125',
    });
  });

  it('ScalarFormatter with useMathText writes the offset as mathtext', () => {
    const f = new ScalarFormatter({ useMathText: true });
    expect(format([0, 1e6, 2e6], [0, 2e6], f)).toEqual({
      labels: ['$\\mathdefault{0}$', '$\\mathdefault{1}$', '$\\mathdefault{2}$'],
      offset: '$\\times\\mathdefault{10^{6}}\\mathdefault{}$',
    });
  });

  it('ScalarFormatter with useOffset false, a fixed offset or unicodeMinus false', () => {
    expect(format([1e6 + 1, 1e6 + 2], [1e6 + 1, 1e6 + 2], new ScalarFormatter({ useOffset: false }))).toEqual(
      {
        labels: ['1.000001', '1.000002'],
        offset: '1e6',
      },
    );
    expect(format([1001, 1002], [1001, 1002], new ScalarFormatter({ useOffset: 1000 }))).toEqual({
      labels: ['1', '2'],
      offset: '+1e3',
    });
    expect(format([-1, 0, 1], [-1, 1], new ScalarFormatter({ unicodeMinus: false })).labels).toEqual([
      '-1',
      '0',
      '1',
    ]);
  });

  it('ScalarFormatter.formatData() and formatDataShort() give the full and the resolution-limited value', () => {
    const f = new ScalarFormatter();
    const axis = new DummyAxis();
    axis.setViewInterval(0, 10);
    f.setAxis(axis);
    expect(f.formatData(1234.5)).toBe('1.2345e3');
    expect(f.formatData(-0.001)).toBe('\u22121e\u22123');
    expect(f.formatData(5)).toBe('5');
    expect(f.formatDataShort(3.14159265)).toBe('3.142');
    expect(f.formatDataShort(-3.14159265)).toBe('\u22123.142');
  });

  it('gSigDigits() counts the digits a value known to delta deserves', () => {
    expect(gSigDigits(45.67, 0.02)).toBe(4);
    expect(gSigDigits(0, 0.02)).toBe(3);
    expect(gSigDigits(Infinity, 1)).toBe(0);
  });
});
