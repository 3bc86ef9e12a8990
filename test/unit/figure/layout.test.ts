import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/figure/Figure.js';
import type { Axes } from '../../../src/figure/Axes.js';
import '../../../src/backends/index.js';

interface LimitsCase {
  kind: 'plot' | 'scatter';
  x: (number | null)[];
  y: (number | null)[];
  xscale: string;
  yscale: string;
  margins: [number, number] | null;
  xlim: [number, number];
  ylim: [number, number];
}
interface LayoutCase {
  nrows: number;
  ncols: number;
  figsize: [number, number];
  dpi: number;
  widthRatios: number[] | null;
  heightRatios: number[] | null;
  boxes: [number, number, number, number][];
}
const fixture = JSON.parse(readFileSync('test/fixtures/layout.json', 'utf8')) as {
  limits: LimitsCase[];
  layouts: LayoutCase[];
};

function closeTo(actual: number[], expected: number[], rel = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(Math.abs(a - e), `${a} vs ${e}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(e)));
  });
}

describe('Figure layout', () => {
  it("addSubplot() puts the default axes at matplotlib's (80, 52.8, 496, 369.6) px", () => {
    const ax = new Figure().addSubplot();
    closeTo(ax.bbox.bounds, [80, 52.8, 496, 369.6]);
  });

  it.each(fixture.layouts)('subplots($nrows, $ncols) boxes match matplotlib', (c) => {
    const fig = new Figure({ figsize: c.figsize, dpi: c.dpi });
    const grid = fig.subplots(c.nrows, c.ncols, {
      squeeze: false,
      ...(c.widthRatios ? { widthRatios: c.widthRatios } : {}),
      ...(c.heightRatios ? { heightRatios: c.heightRatios } : {}),
    }) as Axes[][];
    grid.flat().forEach((ax, i) => closeTo(ax.bbox.bounds, c.boxes[i]!));
  });
});

describe('Axes autoscaling', () => {
  it.each(fixture.limits.map((c, i) => ({ ...c, i })))(
    'case $i: $kind autoscaled limits match matplotlib',
    (c) => {
      const ax = new Figure().addSubplot();
      if (c.xscale !== 'linear') ax.setXscale(c.xscale);
      if (c.yscale !== 'linear') ax.setYscale(c.yscale);
      if (c.margins) ax.margins(c.margins[0], c.margins[1]);
      const x = c.x.map((v) => v ?? NaN);
      const y = c.y.map((v) => v ?? NaN);
      if (c.kind === 'plot') ax.plot(x, y);
      else ax.scatter(x, y);
      closeTo(ax.getXlim(), c.xlim);
      closeTo(ax.getYlim(), c.ylim);
    },
  );

  it('an empty Axes keeps the unit view', () => {
    const ax = new Figure().addSubplot();
    expect(ax.getXlim()).toEqual([0, 1]);
    expect(ax.getYlim()).toEqual([0, 1]);
  });

  it('setXlim() turns autoscaling off for x only', () => {
    const ax = new Figure().addSubplot();
    ax.setXlim(0, 10);
    ax.plot([0, 100], [0, 1]);
    expect(ax.getXlim()).toEqual([0, 10]);
    expect(ax.getYlim()[1]).toBeCloseTo(1.05);
  });

  it('invertXaxis() keeps the limits reversed through autoscaling', () => {
    const ax = new Figure().addSubplot();
    ax.plot([0, 1], [0, 1]);
    ax.invertXaxis();
    ax.plot([0, 2], [0, 1]);
    expect(ax.xaxisInverted()).toBe(true);
    closeTo(ax.getXlim(), [2.1, -0.1]);
  });

  it('sharex keeps the limits of a subplot grid together', () => {
    const grid = new Figure().subplots(2, 1, { sharex: true }) as Axes[];
    grid[0]!.plot([0, 10], [0, 1]);
    grid[1]!.plot([-5, 1], [0, 1]);
    expect(grid[0]!.getXlim()).toEqual(grid[1]!.getXlim());
    closeTo(grid[1]!.getXlim(), [-5.75, 10.75]);
  });
});
