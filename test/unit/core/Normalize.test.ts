import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getCmap } from '../../../src/core/colormaps.js';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  AsinhNorm,
  BoundaryNorm,
  CenteredNorm,
  FuncNorm,
  LogNorm,
  NoNorm,
  Normalize,
  PowerNorm,
  SymLogNorm,
  TwoSlopeNorm,
} from '../../../src/core/Normalize.js';

type Num = number | null | 'inf' | '-inf';
interface NormCase {
  label: string;
  out?: Num[];
  vmin?: Num;
  vmax?: Num;
  inverse?: Num[] | null;
  error?: string;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/colors.json', import.meta.url), 'utf8')) as {
  norms: NormCase[];
};
const num = (v: Num): number => (v === null ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

/** The same data as the fixture script, after matplotlib's masked_invalid: NaN marks masked values. */
const DATA = [-3, -1, -0.01, 0, 0.001, 0.5, 1, 2.5, 4, 10, 99, 100, 1000, NaN, NaN, NaN];

const FACTORIES: Record<string, () => Normalize> = {
  'Normalize(0,10)': () => new Normalize(0, 10),
  'Normalize(0,10,clip)': () => new Normalize(0, 10, true),
  'Normalize()': () => new Normalize(),
  'Normalize(5,5)': () => new Normalize(5, 5),
  'Normalize(10,0)': () => new Normalize(10, 0),
  'LogNorm(1,1000)': () => new LogNorm(1, 1000),
  'LogNorm()': () => new LogNorm(),
  'LogNorm(1,1000,clip)': () => new LogNorm(1, 1000, true),
  'SymLogNorm(1)': () => new SymLogNorm(1, { vmin: -100, vmax: 1000 }),
  'SymLogNorm(0.5,2,base2)': () => new SymLogNorm(0.5, { linscale: 2, base: 2 }),
  'AsinhNorm(2)': () => new AsinhNorm({ linearWidth: 2, vmin: -10, vmax: 100 }),
  'TwoSlopeNorm(0,-4,10)': () => new TwoSlopeNorm(0, -4, 10),
  'TwoSlopeNorm(1)': () => new TwoSlopeNorm(1),
  'TwoSlopeNorm(-10)': () => new TwoSlopeNorm(-10),
  'CenteredNorm()': () => new CenteredNorm(),
  'CenteredNorm(1,3)': () => new CenteredNorm(1, 3),
  'CenteredNorm(2,clip)': () => new CenteredNorm(2, null, true),
  'PowerNorm(0.5,0,100)': () => new PowerNorm(0.5, 0, 100),
  'PowerNorm(2)': () => new PowerNorm(2),
  'PowerNorm(3,0,10,clip)': () => new PowerNorm(3, 0, 10, true),
  'BoundaryNorm([0,1,2.5,10],3)': () => new BoundaryNorm([0, 1, 2.5, 10], 3),
  'BoundaryNorm([0,1,2.5,10],256)': () => new BoundaryNorm([0, 1, 2.5, 10], 256),
  'BoundaryNorm([0,1,2.5,10],256,both)': () => new BoundaryNorm([0, 1, 2.5, 10], 256, { extend: 'both' }),
  'BoundaryNorm([0,1,2.5,10],7,min)': () => new BoundaryNorm([0, 1, 2.5, 10], 7, { extend: 'min' }),
  'BoundaryNorm([0,1,2.5,10],5,clip)': () => new BoundaryNorm([0, 1, 2.5, 10], 5, { clip: true }),
  'BoundaryNorm([-1,4],9)': () => new BoundaryNorm([-1, 4], 9),
  'BoundaryNorm([-1,1,1,4],4,max)': () => new BoundaryNorm([-1, 1, 1, 4], 4, { extend: 'max' }),
  'NoNorm()': () => new NoNorm(),
};

/** Equal to the last bits for plain arithmetic; within 1e-12 where Math.log10/pow/asinh may differ from libm. */
function expectClose(label: string, got: ArrayLike<number>, want: readonly Num[]): void {
  expect(got.length, label).toBe(want.length);
  want.forEach((w, i) => {
    const g = got[i]!, e = num(w); // prettier-ignore
    if (!Number.isFinite(e)) expect(g, `${label}[${i}]`).toBe(e);
    else
      expect(Math.abs(g - e), `${label}[${i}]: ${g} vs ${e}`).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(e)),
      );
  });
}

describe('norms against matplotlib', () => {
  it('every fixture case has a tsplotlib counterpart', () => {
    expect(fixture.norms.map((c) => c.label).sort()).toEqual(Object.keys(FACTORIES).sort());
  });

  for (const c of fixture.norms) {
    it(`${c.label}.normalizeInto(), call() and inverse() match matplotlib`, () => {
      const norm = FACTORIES[c.label]!();
      if (c.error !== undefined) {
        expect(() => norm.normalizeInto(DATA)).toThrow(TsplotlibError);
        return;
      }
      const out = norm.normalizeInto(DATA, new Float64Array(DATA.length));
      expectClose(c.label, out, c.out!);
      expect([norm.vmin ?? NaN, norm.vmax ?? NaN]).toEqual([num(c.vmin!), num(c.vmax!)]);
      // A second, scalar pass sees the limits the first one settled.
      expectClose(
        `${c.label} call`,
        DATA.map((v) => norm.call(v)),
        c.out!,
      );
      if (c.inverse === null) expect(() => norm.inverse(0.5)).toThrow(TsplotlibError);
      else
        expectClose(
          `${c.label} inverse`,
          [0, 0.25, 0.5, 0.75, 1].map((v) => norm.inverse(v)),
          c.inverse!,
        );
    });
  }
});

describe('norm validation and behaviour', () => {
  it('Normalize rejects non-finite limits and reports vmin > vmax at call time, naming the norm', () => {
    expect(() => new Normalize(NaN, 1)).toThrow('Normalize: invalid vmin NaN');
    expect(() => new LogNorm(10, 1).call(5)).toThrow(
      'LogNorm: vmin (10) must be less than or equal to vmax (1)',
    );
    expect(() => new LogNorm(-1, 10).call(5)).toThrow(/LogNorm: invalid vmin or vmax/);
    expect(() => new Normalize().inverse(0.5)).toThrow('Normalize.inverse: not invertible');
  });

  it('TwoSlopeNorm, SymLogNorm, BoundaryNorm validate their parameters as matplotlib does', () => {
    expect(() => new TwoSlopeNorm(5, 0, 4)).toThrow(/ascending order/);
    expect(() => new TwoSlopeNorm(0, 0, 4)).toThrow(/ascending order/);
    expect(() => new SymLogNorm(0)).toThrow(/linthresh/);
    expect(() => new SymLogNorm(1, { base: 1 })).toThrow(/base/);
    expect(() => new BoundaryNorm([1], 3)).toThrow(/at least 2 boundaries/);
    expect(() => new BoundaryNorm([0, 1, 2, 3], 2)).toThrow(
      /3 color bins including extensions, but ncolors = 2/,
    );
    expect(() => new BoundaryNorm([0, 1], 2, { clip: true, extend: 'both' })).toThrow(/not compatible/);
    expect(() => new BoundaryNorm([0, 1], 2, { extend: 'bth' as never })).toThrow('(did you mean "both"?)');
    expect(() => new BoundaryNorm([2, 1], 2)).toThrow(/increasing/);
  });

  it('Normalize.autoscale() ignores NaN and infinities, and autoscaleNone() keeps set limits', () => {
    const norm = new Normalize(null, 5);
    norm.autoscaleNone([NaN, -2, Infinity, 9]);
    expect([norm.vmin, norm.vmax]).toEqual([-2, 5]);
    norm.autoscale([1, 3, NaN]);
    expect([norm.vmin, norm.vmax]).toEqual([1, 3]);
    expect(norm.scaled()).toBe(true);
  });

  it('Normalize.onChanged() hears limit changes until removed', () => {
    const norm = new Normalize(0, 1);
    let calls = 0;
    const off = norm.onChanged(() => calls++);
    norm.vmax = 2;
    norm.vmax = 2;
    norm.clip = true;
    off();
    norm.vmin = -1;
    expect(calls).toBe(2);
  });

  it('FuncNorm normalizes through the given forward function and inverts through the inverse', () => {
    const norm = new FuncNorm([Math.sqrt, (t) => t * t], 0, 100);
    expect(norm.call(25)).toBe(0.5);
    expect(norm.inverse(0.5)).toBe(25);
  });

  it('LogNorm output drives a colormap: masked values paint bad, indexed norms use mapIndex', () => {
    const cmap = getCmap('viridis').withExtremes({ bad: 'red' });
    const norm = new LogNorm(1, 100);
    const values = norm.normalizeInto([0, 10]);
    expect(cmap.map(values[0]!)).toEqual([1, 0, 0, 1]);
    expect(cmap.map(values[1]!)).toEqual(cmap.map(0.5));
    const bounds = new BoundaryNorm([0, 1, 2], cmap.N);
    expect(bounds.indexed).toBe(true);
    expect(cmap.mapIndex(bounds.call(1.5))).toEqual(cmap.map(1));
  });
});
