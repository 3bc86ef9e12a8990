import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  LinearScale,
  LogScale,
  LogTransform,
  SymmetricalLogScale,
  SymmetricalLogTransform,
  createScale,
  getScaleNames,
  nonsingular,
  registerScale,
} from '../../../src/core/scale.js';
import {
  AutoLocator,
  AutoMinorLocator,
  LogFormatterSciNotation,
  LogLocator,
  NullFormatter,
  NullLocator,
  ScalarFormatter,
  SymmetricalLogLocator,
} from '../../../src/core/ticker/index.js';

function xs(t: { transformFlat(flat: ArrayLike<number>): Float64Array }, values: number[]): number[] {
  const flat = t.transformFlat(values.flatMap((v) => [v, v]));
  return values.map((_, i) => flat[2 * i]!);
}

describe('scale', () => {
  it('createScale() builds scales by name and rejects unknown names and options', () => {
    expect(createScale('linear').name).toBe('linear');
    expect(createScale('log', { base: 2 }).name).toBe('log');
    expect(createScale('symlog', { linthresh: 1 }).name).toBe('symlog');
    expect(() => createScale('lgo', {}, 'setXscale')).toThrow(
      'setXscale: unknown scale "lgo"; expected one of "linear", "log", "symlog" (did you mean "log"?)',
    );
    expect(() => createScale('log', { bsae: 2 }, 'setXscale')).toThrow(
      'setXscale: unknown option "bsae" (did you mean "base"?)',
    );
    expect(() => createScale('linear', { base: 2 })).toThrow(TsplotlibError);
    expect(() => createScale('log', { nonpositive: 'drop' })).toThrow(/invalid nonpositive "drop"/);
    expect(() => createScale('log', { base: 1 })).toThrow(/invalid base 1/);
    expect(() => createScale('symlog', { linthresh: 0 })).toThrow(/invalid linthresh 0/);
    expect(() => createScale('symlog', { base: 1 })).toThrow(/larger than 1/);
  });

  it('registerScale() adds a scale createScale() can build', () => {
    registerScale('mylinear', () => new LinearScale());
    expect(getScaleNames()).toContain('mylinear');
    expect(createScale('mylinear').getTransform().isAffine).toBe(true);
  });

  it("LogTransform maps to log_base and clips non-positive values to -1000 ('clip') or NaN ('mask')", () => {
    // Values from matplotlib 3.6.3.
    expect(xs(new LogTransform(10), [0, -1, 100, 1e-5])).toEqual([-1000, -1000, 2, -5]);
    const masked = xs(new LogTransform(2, 'mask'), [0, -1, 8]);
    expect(masked.slice(0, 2).every(Number.isNaN)).toBe(true);
    expect(masked[2]).toBe(3);
    expect(xs(new LogTransform(10).inverted(), [2, -1])).toEqual([100, 0.1]);
  });

  it('SymmetricalLogTransform is linear inside ±linthresh, logarithmic beyond, and inverts', () => {
    const t = new SymmetricalLogTransform(10, 2, 1);
    const values = [-100, -2, -1, 0, 0.5, 2, 3, 1000];
    const want = [
      -5.620162230894261, -2.2222222222222223, -1.1111111111111112, 0, 0.5555555555555556, 2.2222222222222223,
      2.574404740333585, 7.62016223089426,
    ];
    xs(t, values).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 12));
    xs(t.inverted(), xs(t, values)).forEach((v, i) => expect(v).toBeCloseTo(values[i]!, 9));
  });

  it('LogScale.limitRangeForScale() replaces non-positive limits by minpos', () => {
    const s = new LogScale();
    expect(s.limitRangeForScale(-1, 10, 0.5)).toEqual([0.5, 10]);
    expect(s.limitRangeForScale(-1, -2, Infinity)).toEqual([1e-300, 1e-300]);
    expect(new LinearScale().limitRangeForScale(-1, 10, 0.5)).toEqual([-1, 10]);
  });

  it("defaultLocators() gives matplotlib's default locators and formatters", () => {
    const lin = new LinearScale().defaultLocators();
    expect(lin.majorLocator).toBeInstanceOf(AutoLocator);
    expect(lin.majorFormatter).toBeInstanceOf(ScalarFormatter);
    expect(lin.minorLocator).toBeInstanceOf(NullLocator);
    expect(lin.minorFormatter).toBeInstanceOf(NullFormatter);
    expect(new LinearScale().defaultLocators({ minorVisible: true }).minorLocator).toBeInstanceOf(
      AutoMinorLocator,
    );

    const log = new LogScale({ base: 2 }).defaultLocators();
    expect(log.majorLocator).toBeInstanceOf(LogLocator);
    expect(log.minorLocator).toBeInstanceOf(LogLocator);
    expect(log.majorFormatter).toBeInstanceOf(LogFormatterSciNotation);
    expect((log.minorFormatter as LogFormatterSciNotation).labelOnlyBase).toBe(false);
    expect(
      (new LogScale({ subs: [2, 5] }).defaultLocators().minorFormatter as LogFormatterSciNotation)
        .labelOnlyBase,
    ).toBe(true);
    expect(log.majorLocator.tickValues(1, 16)).toEqual([0.5, 1, 2, 4, 8, 16, 32]);

    const sym = new SymmetricalLogScale({ linthresh: 1 }).defaultLocators();
    expect(sym.majorLocator).toBeInstanceOf(SymmetricalLogLocator);
    expect(sym.minorFormatter).toBeInstanceOf(NullFormatter);
  });

  it('nonsingular() widens degenerate ranges and swaps decreasing ones', () => {
    // Values from matplotlib 3.6.3.
    expect(nonsingular(1, 1, 0.05)).toEqual([0.95, 1.05]);
    expect(nonsingular(0, 0, 0.05)).toEqual([-0.05, 0.05]);
    expect(nonsingular(-Infinity, Infinity, 0.05)).toEqual([-0.05, 0.05]);
    expect(nonsingular(3, 1)).toEqual([1, 3]);
    expect(nonsingular(3, 1, 0.001, 1e-15, false)).toEqual([3, 1]);
    expect(nonsingular(1e-300, 2e-300)).toEqual([-0.001, 0.001]);
  });
});
