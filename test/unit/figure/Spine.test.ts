import { describe, expect, it } from 'vitest';
import '../../../src/backends/index.js';
import { TemplateRenderer } from '../../../src/backends/template/index.js';
import { Figure } from '../../../src/figure/Figure.js';
import type { Axes } from '../../../src/figure/Axes.js';

/** The y positions (display, y up) of the drawn texts whose string is in `labels`. */
function textPositions(fig: Figure, labels: readonly string[]): { text: string; x: number; y: number }[] {
  const spy = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
  fig.drawWith(spy);
  return spy.calls
    .filter((c) => c.method === 'drawText' && labels.includes(c.args['text'] as string))
    .map((c) => ({ text: c.args['text'] as string, x: c.args['x'] as number, y: c.args['y'] as number }));
}

function axesWithData(): [Figure, Axes] {
  const fig = new Figure({ figsize: [6.4, 4.8], dpi: 100 });
  const ax = fig.addSubplot();
  ax.plot([0, 1, 2], [-1, 0, 1]);
  ax.setXlim(-1, 2);
  ax.setYlim(-1, 1);
  ax.setXticks([0, 1, 2], ['a', 'b', 'c']);
  ax.setYticks([-1, 0, 1], ['lo', 'mid', 'hi']);
  return [fig, ax];
}

describe('Spine.getSpineTransform()', () => {
  it("Spine.getSpineTransform() puts the bottom spine's ticks at data y = 0 for 'zero'", () => {
    const [, ax] = axesWithData();
    ax.spines.bottom.setPosition('zero');
    const [, y] = ax.spines.bottom.getSpineTransform().transformPoint(1, 0);
    expect(y).toBeCloseTo(ax.transData.transformPoint(1, 0)[1], 9);
  });

  it("Spine.getSpineTransform() pins the right spine at an axes fraction for ['axes', 0.25]", () => {
    const [, ax] = axesWithData();
    ax.spines.right.setPosition(['axes', 0.25]);
    const [x, y] = ax.spines.right.getSpineTransform().transformPoint(1, 0.5);
    expect(x).toBeCloseTo(ax.transAxes.transformPoint(0.25, 0)[0], 9);
    expect(y).toBeCloseTo(ax.transData.transformPoint(0, 0.5)[1], 9);
  });
});

describe('Axis ticks follow their spine', () => {
  it("Axis.draw() moves the y tick labels outward with spines.left.setPosition(['outward', 10])", () => {
    const [fig, ax] = axesWithData();
    const before = textPositions(fig, ['lo', 'mid', 'hi']);
    ax.spines.left.setPosition(['outward', 10]);
    const after = textPositions(fig, ['lo', 'mid', 'hi']);
    expect(after).toHaveLength(3);
    after.forEach((t, i) => {
      // 10 points at 100 dpi, to the left; the vertical positions do not change.
      expect(before[i]!.x - t.x).toBeCloseTo((10 * 100) / 72, 6);
      expect(t.y).toBeCloseTo(before[i]!.y, 6);
    });
  });

  it("Axis.draw() puts the x tick labels under the bottom spine moved to 'zero'", () => {
    const [fig, ax] = axesWithData();
    const before = textPositions(fig, ['a', 'b', 'c']);
    ax.spines.bottom.setPosition('zero');
    const after = textPositions(fig, ['a', 'b', 'c']);
    const shift = ax.transData.transformPoint(0, 0)[1] - ax.bbox.ymin;
    expect(shift).toBeGreaterThan(100);
    after.forEach((t, i) => expect(t.y - before[i]!.y).toBeCloseTo(shift, 6));
  });

  it('Axis.draw() places the x label below the tick labels of a spine moved outward', () => {
    const [fig, ax] = axesWithData();
    ax.setXlabel('time');
    const before = textPositions(fig, ['time'])[0]!;
    ax.spines.bottom.setPosition(['outward', 20]);
    const after = textPositions(fig, ['time'])[0]!;
    expect(before.y - after.y).toBeCloseTo((20 * 100) / 72, 6);
  });
});
