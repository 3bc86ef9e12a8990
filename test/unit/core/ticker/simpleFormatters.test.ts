import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../../src/core/errors.js';
import {
  DummyAxis,
  EngFormatter,
  FixedFormatter,
  FormatStrFormatter,
  FuncFormatter,
  NullFormatter,
  PercentFormatter,
  StrMethodFormatter,
} from '../../../../src/core/ticker/index.js';

function view(vmin: number, vmax: number): DummyAxis {
  const a = new DummyAxis();
  a.setViewInterval(vmin, vmax);
  return a;
}

describe('simple formatters', () => {
  // Expected values from matplotlib 3.6.3.
  it('FormatStrFormatter.call() applies a printf format and keeps the hyphen', () => {
    expect(new FormatStrFormatter('%1.2f').call(-0.5)).toBe('-0.50');
    expect(() => new FormatStrFormatter('%d %d')).toThrow(TsplotlibError);
  });

  it('StrMethodFormatter.call() formats x and pos with str.format', () => {
    expect(new StrMethodFormatter('{x:,.0f} [{pos}]').call(12345.6, 3)).toBe('12,346 [3]');
    expect(new StrMethodFormatter('{x}').call(2)).toBe('2.0');
    expect(() => new StrMethodFormatter('{y}')).toThrow(/no value named "y"/);
  });

  it('FuncFormatter.call() passes value and position', () => {
    expect(new FuncFormatter((x, p) => `${x}|${p}`).call(1.5, 2)).toBe('1.5|2');
  });

  it('FixedFormatter.formatTicks() labels by position and NullFormatter by nothing', () => {
    expect(new FixedFormatter(['a', 'b']).formatTicks([1, 2, 3])).toEqual(['a', 'b', '']);
    expect(new NullFormatter().formatTicks([1, 2])).toEqual(['', '']);
  });

  it('PercentFormatter.formatTicks() picks decimals from the view range', () => {
    expect(new PercentFormatter().setAxis(view(0, 100)).formatTicks([0, 25.5, -50])).toEqual([
      '0%',
      '26%',
      '\u221250%',
    ]);
    expect(new PercentFormatter({ xmax: 1 }).setAxis(view(0, 0.05)).formatTicks([0.01234])).toEqual(['1.2%']);
    expect(new PercentFormatter({ decimals: 1, symbol: null }).setAxis(view(0, 1)).formatTicks([3])).toEqual([
      '3.0',
    ]);
    expect(new PercentFormatter({ usetex: true }).symbol).toBe('\\%');
  });

  it('EngFormatter.formatTicks() writes SI prefixes', () => {
    expect(
      new EngFormatter({ unit: 'Hz' }).formatTicks([0, 1000, 1.5e6, -2e-6, 999.9999, 1e30, 0.5]),
    ).toEqual(['0 Hz', '1 kHz', '1.5 MHz', '\u22122 \u00b5Hz', '1 kHz', '1e+06 YHz', '500 mHz']);
    expect(new EngFormatter({ places: 1, sep: '' }).formatTicks([0, 1000, 1.5e6, -2e-6, 999.99])).toEqual([
      '0.0',
      '1.0k',
      '1.5M',
      '\u22122.0\u00b5',
      '1.0k',
    ]);
  });
});
