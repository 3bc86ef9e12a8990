import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installNodeFontLoader } from '../../../src/backends/node/fonts.js';
import type * as FontModule from '../../../src/core/font/index.js';
import { measureText } from '../../../src/core/font/index.js';
import { TemplateRenderer } from '../../../src/backends/template/TemplateRenderer.js';
import { Bbox } from '../../../src/core/Bbox.js';
import { TsplotlibError } from '../../../src/core/errors.js';
import type { Axes } from '../../../src/figure/Axes.js';
import { Figure } from '../../../src/figure/Figure.js';
import { Line2D } from '../../../src/figure/Line2D.js';
import {
  bestPosition,
  countContains,
  countOverlaps,
  Legend,
  legendHandlesAndLabels,
  parseLegendArgs,
  polylineIntersectsBox,
  type LegendOptions,
} from '../../../src/figure/Legend.js';
import { scatterKeySizes } from '../../../src/figure/legendHandlers.js';
import { alignedOffsets, packedOffsets } from '../../../src/figure/offsetbox.js';
import { Rectangle, type PatchOptions } from '../../../src/figure/patches.js';

type ArtistSpec =
  | { kind: 'plot'; x: number[]; y: number[]; opts: Record<string, unknown> }
  | { kind: 'scatter'; x: number[]; y: number[]; s: number | number[] | null; opts: Record<string, unknown> }
  | { kind: 'rect'; xy: [number, number]; width: number; height: number; opts: Record<string, unknown> };
type Bounds = [number, number, number, number];
type KeyGeometry =
  | { kind: 'line'; xy: number[]; markersize: number }
  | { kind: 'scatter'; xy: number[]; sizes: number[] }
  | { kind: 'patch'; bounds: Bounds }
  | null;
interface Scene {
  name: string;
  artists: ArtistSpec[];
  legend: Record<string, unknown>;
  xlim: [number, number];
  ylim: [number, number];
  result: {
    axesBbox: Bounds;
    legendBbox: Bounds;
    frameBounds: Bounds;
    texts: Bounds[];
    labels: string[];
    title: Bounds | null;
    chosenLoc: number | null;
    keys: KeyGeometry[];
    metrics: MetricRow[];
  };
}
interface MetricRow {
  text: string;
  size: number;
  width: number;
  height: number;
  descent: number;
}
interface IntersectCase {
  box: Bounds;
  xy: (number | null)[];
  intersects: boolean;
  contains: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/legend.json', import.meta.url), 'utf8')) as {
  scenes: Scene[];
  intersects: IntersectCase[];
};

beforeAll(() => installNodeFontLoader());

/**
 * The layout tests run twice: once with matplotlib's own text metrics substituted for the strings
 * it measured (so the legend's arithmetic must agree to rounding error), once with our font engine.
 */
const metricsOverride = vi.hoisted(() => ({
  table: null as Map<string, { width: number; height: number; descent: number }> | null,
}));
vi.mock('../../../src/core/font/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof FontModule>();
  const measure: typeof real.measureText = (text, font, dpi) =>
    (dpi === 100 && font.weight === 'normal'
      ? metricsOverride.table?.get(`${text}@${font.size}`)
      : undefined) ?? real.measureText(text, font, dpi);
  return { ...real, measureText: measure };
});

function withMatplotlibMetrics<T>(scene: Scene, run: () => T): T {
  metricsOverride.table = new Map(scene.result.metrics.map((m) => [`${m.text}@${m.size}`, m]));
  try {
    return run();
  } finally {
    metricsOverride.table = null;
  }
}

/**
 * The slack our own metrics need: 1 px, plus the largest difference between our metrics and
 * matplotlib's for this scene's strings, once per text line stacked in the legend.
 */
function fontSlack(scene: Scene): number {
  let worst = 0;
  for (const m of scene.result.metrics) {
    const ours = measureText(
      m.text,
      { family: 'DejaVu Sans', size: m.size, weight: 'normal', style: 'normal' },
      100,
    );
    worst = Math.max(
      worst,
      Math.abs(ours.width - m.width),
      Math.abs(ours.height - m.height),
      Math.abs(ours.descent - m.descent),
    );
  }
  const lines =
    scene.result.labels.reduce((n, l) => n + l.split('\n').length, 0) + (scene.result.title ? 1 : 0);
  return 1 + worst * lines;
}

/** Python's snake_case keyword names in the fixture, as our camelCase options. */
function camel(opts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(opts).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
  );
}

/** Rebuilds a fixture scene with tsplotlib and draws it once, as the fixture did. */
function build(scene: Scene): { ax: Axes; leg: Legend; renderer: TemplateRenderer } {
  const fig = new Figure();
  const ax = fig.addSubplot(1, 1, 1);
  for (const a of scene.artists) {
    if (a.kind === 'plot') ax.plot(a.x, a.y, camel(a.opts));
    else if (a.kind === 'scatter')
      ax.scatter(a.x, a.y, { ...camel(a.opts), ...(a.s === null ? {} : { s: a.s }) });
    else ax.addArtist(new Rectangle(a.xy, a.width, a.height, camel(a.opts) as PatchOptions));
  }
  ax.setXlim(scene.xlim[0], scene.xlim[1]);
  ax.setYlim(scene.ylim[0], scene.ylim[1]);
  const { labels, ...options } = scene.legend as LegendOptions & { labels?: string[] };
  const leg = labels ? ax.legend(labels, options) : ax.legend(options);
  const renderer = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
  fig.drawWith(renderer);
  return { ax, leg, renderer };
}

function expectBounds(actual: Bbox, expected: Bounds, tol: number, what: string): void {
  const got = [actual.x0, actual.y0, actual.width, actual.height];
  got.forEach((v, i) => {
    if (Math.abs(v - expected[i]!) > tol) {
      throw new Error(
        `${what}: got [${got.map((g) => g.toFixed(2))}], matplotlib [${expected.map((e) => e.toFixed(2))}]`,
      );
    }
  });
}

/** Builds the scene and compares every box with matplotlib's, within `tol` pixels. */
function checkScene(scene: Scene, tol: number): void {
  const { ax, leg, renderer } = build(scene);
  const r = scene.result;
  expectBounds(ax.bbox, r.axesBbox, 1e-9, 'axes bbox');
  if (r.chosenLoc !== null) expect(leg.chosenLoc(renderer), 'loc chosen by best').toBe(r.chosenLoc);
  expectBounds(leg.getWindowExtent(renderer), r.legendBbox, tol, 'legend box');
  expectBounds(Bbox.fromBounds(...leg.getFrame().getBounds()), r.frameBounds, tol, 'frame');
  expect(leg.getTexts().map((t) => t.getText())).toEqual(r.labels);
  leg
    .getTexts()
    .forEach((t, i) => expectBounds(t.getWindowExtent(renderer)!, r.texts[i]!, tol, `label ${i}`));
  if (r.title) expectBounds(leg.getTitle().getWindowExtent(renderer)!, r.title, tol, 'title');
  else expect(leg.getTitle().getVisible()).toBe(false);
  checkKeys(leg, r.keys, tol);
}

describe("Legend against matplotlib 3.6.3, with matplotlib's text metrics", () => {
  for (const scene of fixture.scenes) {
    it(`Legend layout and placement match matplotlib exactly for scene "${scene.name}"`, () => {
      withMatplotlibMetrics(scene, () => checkScene(scene, 1e-6));
    });
  }
});

describe('Legend against matplotlib 3.6.3, with our font engine', () => {
  for (const scene of fixture.scenes) {
    it(`Legend layout matches matplotlib within font slack and 'best' chooses the same for scene "${scene.name}"`, () => {
      checkScene(scene, fontSlack(scene));
    });
  }
});

/** Compares the keys' display geometry: line vertices, scatter offsets and sizes, patch boxes. */
function checkKeys(leg: Legend, keys: KeyGeometry[], tol: number): void {
  const handles = leg.getLegendHandles();
  expect(handles).toHaveLength(keys.length);
  keys.forEach((k, i) => {
    const h = handles[i]!;
    if (k === null) return;
    if (k.kind === 'line') {
      const line = h as Line2D;
      const [x, y] = line.getData();
      const xy = line
        .getTransform()
        .transformFlat(Float64Array.from(Array.from(x).flatMap((v, j) => [v, y[j]!])));
      Array.from(xy).forEach((v, j) => expect(Math.abs(v - k.xy[j]!)).toBeLessThanOrEqual(tol));
      expect(line.getMarkersize()).toBeCloseTo(k.markersize, 9);
    } else if (k.kind === 'scatter') {
      const c = h as unknown as {
        getOffsets(): Float64Array;
        getOffsetTransform(): { transformFlat(a: Float64Array): Float64Array };
        getSizes(): Float64Array;
      };
      const xy = c.getOffsetTransform().transformFlat(c.getOffsets());
      Array.from(xy).forEach((v, j) => expect(Math.abs(v - k.xy[j]!)).toBeLessThanOrEqual(tol));
      expect(Array.from(c.getSizes())).toEqual(k.sizes);
    } else {
      expectBounds((h as Rectangle).getWindowExtent(), k.bounds, tol, `patch key ${i}`);
    }
  });
}

describe('Legend best-placement geometry', () => {
  it('polylineIntersectsBox() and countContains() match Path.intersects_bbox and Bbox.count_contains on 400 random cases', () => {
    for (const c of fixture.intersects) {
      const xy = Float64Array.from(c.xy.map((v) => (v === null ? NaN : v)));
      expect(polylineIntersectsBox(xy, c.box), JSON.stringify(c)).toBe(c.intersects);
      expect(countContains(c.box, xy)).toBe(c.contains);
    }
  });

  it('countOverlaps() counts boxes sharing interior, not those touching an edge', () => {
    const boxes = Float64Array.from([0, 0, 10, 10, 10, 0, 20, 10, 5, 5, 15, 15, 30, 30, 20, 20]);
    expect(countOverlaps([10, 0, 20, 10], boxes)).toBe(2);
    expect(countOverlaps([25, 25, 26, 26], boxes)).toBe(1);
  });

  it('bestPosition() returns the first candidate with zero badness and breaks ties by order', () => {
    // A line vertex inside costs 2 (the vertex, and the line touching the box); a scatter point 1.
    const obstacles = {
      lines: [Float64Array.from([5, 5])],
      bboxes: new Float64Array(0),
      offsets: Float64Array.from([25, 5, 45, 5]),
    };
    expect(
      bestPosition(
        [
          [0, 0],
          [20, 0],
          [60, 0],
        ],
        10,
        10,
        obstacles,
      ),
    ).toEqual([60, 0]);
    expect(
      bestPosition(
        [
          [0, 0],
          [20, 0],
          [40, 0],
        ],
        10,
        10,
        obstacles,
      ),
    ).toEqual([20, 0]);
  });
});

describe('offset box packing', () => {
  it("packedOffsets() packs 'fixed', 'expand' and 'equal' as matplotlib's _get_packed_offsets", () => {
    expect(packedOffsets([1, 2, 3], null, 1, 'fixed')).toEqual({ total: 8, offsets: [0, 2, 5] });
    expect(packedOffsets([1, 2, 3], 10, 1, 'expand')).toEqual({ total: 10, offsets: [0, 3, 7] });
    expect(packedOffsets([1, 2, 3], null, 1, 'equal')).toEqual({ total: 12, offsets: [0, 4, 8] });
    expect(packedOffsets([1, 2, 3], 12, null, 'equal')).toEqual({ total: 12, offsets: [0, 4, 8] });
  });

  it("alignedOffsets() aligns on the baseline, the edges and the centre as matplotlib's _get_aligned_offsets", () => {
    const boxes = [
      [10, 2],
      [6, 1],
    ] as const;
    expect(alignedOffsets(boxes, null, 'baseline')).toEqual({ height: 10, descent: 2, offsets: [0, 0] });
    expect(alignedOffsets(boxes, null, 'top')).toEqual({ height: 10, descent: 0, offsets: [2, 1] });
    expect(alignedOffsets(boxes, null, 'bottom')).toEqual({ height: 10, descent: 0, offsets: [2, 5] });
    expect(alignedOffsets(boxes, null, 'center')).toEqual({ height: 10, descent: 0, offsets: [2, 3] });
  });

  it('scatterKeySizes() gives mean, max, min for up to three points and a ramp for more', () => {
    expect(scatterKeySizes([10, 40, 90], 1, 3)).toEqual([50, 90, 10]);
    expect(scatterKeySizes([10, 40], 2, 1)).toEqual([100]);
    expect(scatterKeySizes([0, 30], 1, 4)).toEqual([0, 10, 20, 30]);
  });
});

describe('Legend options and arguments', () => {
  const axesWithLines = () => {
    const fig = new Figure();
    const ax = fig.addSubplot(1, 1, 1);
    ax.plot([0, 1], [0, 1], { label: 'a' });
    ax.plot([0, 1], [1, 0], { label: '_hidden' });
    ax.plot([0, 1], [0.5, 0.5], { label: 'c' });
    return ax;
  };

  it('new Legend() rejects unknown options with a suggestion', () => {
    const ax = axesWithLines();
    expect(() => ax.legend({ locc: 'best' })).toThrow(TsplotlibError);
    expect(() => ax.legend({ locc: 'best' })).toThrow(
      /legend: unknown option "locc" \(did you mean "loc"\?\)/,
    );
  });

  it('new Legend() rejects bad locations and codes', () => {
    const ax = axesWithLines();
    expect(() => ax.legend({ loc: 'upper middle' })).toThrow(/legend: invalid loc "upper middle"/);
    expect(() => ax.legend({ loc: 11 })).toThrow(/legend: invalid loc 11/);
    const fig = new Figure();
    expect(() => new Legend(fig, [], [], { loc: 'best' })).toThrow(/not implemented for figure legends/);
    expect(new Legend(fig, [], []).getLoc()).toBe(1);
  });

  it('legendHandlesAndLabels() skips labels starting with an underscore', () => {
    const { labels } = legendHandlesAndLabels(axesWithLines());
    expect(labels).toEqual(['a', 'c']);
  });

  it('parseLegendArgs() reads (), (labels), (handles, labels) and ({ handles, labels, ...options })', () => {
    const ax = axesWithLines();
    const [l0, l1, l2] = ax.getChildren() as Line2D[];
    expect(parseLegendArgs(ax, []).labels).toEqual(['a', 'c']);
    const byLabels = parseLegendArgs(ax, [['x', 'y'], { loc: 2 }]);
    expect(byLabels.handles).toEqual([l0, l1]);
    expect(byLabels.options).toEqual({ loc: 2 });
    expect(
      parseLegendArgs(ax, [
        [l2, l0],
        ['p', 'q'],
      ]).handles,
    ).toEqual([l2, l0]);
    const kw = parseLegendArgs(ax, [{ handles: [l2], ncols: 2 }]);
    expect(kw.labels).toEqual(['c']);
    expect(kw.options).toEqual({ ncols: 2 });
  });

  it('parseLegendArgs() warns when nothing is labelled', () => {
    const fig = new Figure();
    const ax = fig.addSubplot(1, 1, 1);
    ax.plot([0, 1], [0, 1]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseLegendArgs(ax, []).handles).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no artists with labels found/));
    warn.mockRestore();
  });

  it("Legend labelcolor 'linecolor' colors each label like its line", () => {
    const ax = axesWithLines();
    ax.getChildren()[0]!.set({ color: 'red' });
    const leg = ax.legend({ labelcolor: 'linecolor' });
    expect(leg.getTexts()[0]!.getColor()).toEqual([1, 0, 0, 1]);
  });

  it('Legend defaults: zorder 5, frame alpha 0.8 with edge 0.8 gray, rounded box', () => {
    const leg = axesWithLines().legend();
    expect(leg.getZorder()).toBe(5);
    const frame = leg.getFrame();
    expect(frame.getAlpha()).toBe(0.8);
    expect(frame.getEdgecolor()).toEqual([0.8, 0.8, 0.8, 0.8]);
    expect(frame.boxstyle).toBe('round');
    expect(frame.getLinewidth()).toBe(1);
  });

  it('Legend.setTitle() shows and hides the title row', () => {
    const ax = axesWithLines();
    const leg = ax.legend();
    const r = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
    const h0 = leg.getWindowExtent(r).height;
    leg.setTitle('Title');
    expect(leg.getTitle().getText()).toBe('Title');
    expect(leg.getWindowExtent(r).height).toBeGreaterThan(h0);
    leg.setTitle('');
    expect(leg.getWindowExtent(r).height).toBe(h0);
  });

  it("Legend labelcolor cycles a list over the labels and 'none' hides them", () => {
    const ax = axesWithLines();
    const cycled = ax.legend({ labelcolor: ['red', 'blue'] }).getTexts();
    expect(cycled.map((t) => t.getColor())).toEqual([
      [1, 0, 0, 1],
      [0, 0, 1, 1],
    ]);
    expect(ax.legend({ labelcolor: 'none' }).getTexts()[0]!.getColor()[3]).toBe(0);
  });

  it('Legend.draw() draws the frame, each key and each label through the renderer', () => {
    const leg = axesWithLines().legend({ title: 'T', shadow: true });
    const spy = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
    leg.draw(spy);
    expect(spy.count('drawText')).toBe(3);
    // Shadow, frame and the two line keys.
    expect(spy.count('drawPath')).toBe(4);
  });

  it('Legend.getWindowExtent() without a renderer lays out at the figure dpi', () => {
    const leg = axesWithLines().legend({ loc: 'upper left' });
    const r = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
    expect(leg.getWindowExtent().bounds).toEqual(leg.getWindowExtent(r).bounds);
  });

  it('a figure legend defaults to the upper right of the figure', () => {
    const fig = new Figure();
    const line = new Line2D([0, 1], [0, 1], { label: 'l' });
    const leg = new Legend(fig, [line], ['l']);
    const r = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
    const box = leg.getWindowExtent(r);
    // borderaxespad 0.5 * 10 pt = 5 pt, 6.94 px from the figure's top-right corner.
    expect(box.x1).toBeCloseTo(640 - 50 / 7.2, 9);
    expect(box.y1).toBeCloseTo(480 - 50 / 7.2, 9);
  });
});
