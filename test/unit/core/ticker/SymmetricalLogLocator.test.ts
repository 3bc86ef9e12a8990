import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SymmetricalLogTransform } from '../../../../src/core/scale.js';
import {
  LogFormatterSciNotation,
  SymmetricalLogLocator,
  ticksInView,
} from '../../../../src/core/ticker/index.js';
import { fixtureAxis, sameLocs } from './fixtureAxis.js';

interface SymlogCase {
  view: [number, number];
  linthresh: number;
  base: number;
  locs: number[];
  visible: number[];
  labels: string[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_symlog.json', import.meta.url), 'utf8'),
) as {
  cases: SymlogCase[];
};

const axisFor = (c: SymlogCase) => fixtureAxis(c.view, { getLinthresh: () => c.linthresh });

describe('SymmetricalLogLocator', () => {
  it('SymmetricalLogLocator.call(), ticksInView() and the labels match matplotlib on random symlog axes', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      const t = new SymmetricalLogTransform(c.base, c.linthresh, 1);
      const locs = new SymmetricalLogLocator({ transform: t }).setAxis(axisFor(c)).call();
      const visible = ticksInView(locs, c.view[0], c.view[1], t);
      const labels = new LogFormatterSciNotation({ base: c.base }).setAxis(axisFor(c)).formatTicks(c.locs);
      if (
        !sameLocs(locs, c.locs) ||
        !sameLocs(visible, c.visible) ||
        JSON.stringify(labels) !== JSON.stringify(c.labels)
      ) {
        bad.push(
          `${JSON.stringify(c.view)} t=${c.linthresh}: got ${locs} ${JSON.stringify(labels)} want ${c.locs} ${JSON.stringify(c.labels)}`,
        );
      }
    }
    expect(fixture.cases.length).toBeGreaterThan(100);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('SymmetricalLogLocator.tickValues() ticks both log parts and zero', () => {
    // Values from matplotlib 3.6.3.
    const loc = new SymmetricalLogLocator({ linthresh: 1, base: 10 });
    expect(loc.tickValues(-100, 1000)).toEqual([-100, -10, -1, 0, 1, 10, 100, 1000]);
    expect(loc.tickValues(-0.5, 0.5)).toEqual([-0.5, 0.5]);
    expect(new SymmetricalLogLocator({ linthresh: 1, base: 10, subs: [1, 5] }).tickValues(0, 100)).toEqual([
      0, 1, 5, 10, 50, 100, 500,
    ]);
  });

  it('SymmetricalLogLocator needs a transform or both base and linthresh', () => {
    expect(() => new SymmetricalLogLocator({ base: 10 })).toThrow(
      /either transform, or both linthresh and base/,
    );
  });
});
