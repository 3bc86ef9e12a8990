import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../../src/core/errors.js';
import {
  DummyAxis,
  FixedLocator,
  IndexLocator,
  LinearLocator,
  Locator,
  MultipleLocator,
  NullLocator,
  linspace,
} from '../../../../src/core/ticker/index.js';

describe('simple locators', () => {
  // Expected values from matplotlib 3.6.3.
  it('MultipleLocator.tickValues() puts a tick on every multiple, one beyond each end', () => {
    expect(new MultipleLocator(0.5).tickValues(0, 2)).toEqual([-0.5, 0, 0.5, 1, 1.5, 2, 2.5]);
    expect(new MultipleLocator(0.1).tickValues(0.05, 0.42)).toEqual([
      0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5,
    ]);
    expect(new MultipleLocator(3).tickValues(10, -2)).toEqual([-3, 0, 3, 6, 9, 12]);
  });

  it('MultipleLocator.tickValues() throws rather than generating more than MAXTICKS ticks', () => {
    expect(() => new MultipleLocator(1e-9).tickValues(0, 1e6)).toThrow(/more than Locator.MAXTICKS \(1000\)/);
    expect(() => new MultipleLocator(0)).toThrow(TsplotlibError);
  });

  it("MultipleLocator.viewLimits() rounds to multiples in 'round_numbers' mode only", () => {
    const loc = new MultipleLocator(0.5);
    expect(loc.viewLimits(0.3, 1.6)).toEqual([0.3, 1.6]);
    loc.autolimitMode = 'round_numbers';
    expect(loc.viewLimits(0.3, 1.6)).toEqual([0, 2]);
  });

  it('FixedLocator.tickValues() subsamples to nbins keeping the smallest magnitude', () => {
    expect(new FixedLocator([-3, -2, -1, 0, 1, 2, 3, 4, 5], 3).tickValues(0, 1)).toEqual([-3, 0, 3]);
    expect(new FixedLocator([1, 2, 3]).call()).toEqual([1, 2, 3]);
  });

  it('NullLocator gives no ticks', () => {
    expect(new NullLocator().call()).toEqual([]);
    expect(new NullLocator().tickValues(0, 1)).toEqual([]);
  });

  it('IndexLocator.call() ticks every base-th index of the data interval', () => {
    expect(new IndexLocator(2, 0.5).tickValues(0, 6)).toEqual([0.5, 2.5, 4.5, 6.5]);
    const axis = new DummyAxis();
    axis.setDataInterval(0, 6);
    expect(new IndexLocator(2, 0.5).setAxis(axis).call()).toEqual([0.5, 2.5, 4.5, 6.5]);
  });

  it('LinearLocator.tickValues() spaces numticks ticks evenly and widens a zero-width range', () => {
    expect(new LinearLocator({ numticks: 5 }).tickValues(0, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(new LinearLocator({ numticks: 3 }).tickValues(0.1, 0.7)).toEqual([0.1, 0.4, 0.7]);
    expect(new LinearLocator().tickValues(2, 2)).toEqual([
      1.9, 1.92, 1.94, 1.96, 1.98, 2, 2.02, 2.04, 2.06, 2.08, 2.1,
    ]);
    expect(new LinearLocator({ presets: { '0,1': [0.5] } }).tickValues(0, 1)).toEqual([0.5]);
  });

  it("LinearLocator.viewLimits() in 'round_numbers' mode rounds to powers of numticks - 1", () => {
    const loc = new LinearLocator({ numticks: 5 });
    loc.autolimitMode = 'round_numbers';
    expect(loc.viewLimits(0.13, 0.87)).toEqual([0.125, 0.875]);
  });

  it('Locator.call() without an axis names the problem', () => {
    expect(() => new MultipleLocator(1).call()).toThrow(
      'MultipleLocator.call: MultipleLocator is not attached to an axis',
    );
    expect(new MultipleLocator(1) instanceof Locator).toBe(true);
  });

  it('linspace() ends exactly at stop', () => {
    expect(linspace(0, 1, 3)).toEqual([0, 0.5, 1]);
    expect(linspace(0.1, 0.7, 4)[3]).toBe(0.7);
  });
});
