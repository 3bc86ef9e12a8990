import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  colormapNames,
  getCmap,
  LinearSegmentedColormap,
  ListedColormap,
  registerCmap,
  unregisterCmap,
} from '../../../src/core/colormaps.js';
import { TsplotlibError } from '../../../src/core/errors.js';

type Num = number | null | 'inf' | '-inf';
interface CmapFixture {
  samples: Num[];
  maps: Record<string, { N: number; samples: Num[][] }>;
  byteLuts: Record<string, string>;
  floatLuts: Record<string, number[][]>;
  cases: Record<string, Num[][] | Record<string, Num[][]>>;
}

const fixture = (
  JSON.parse(readFileSync(new URL('../../fixtures/colors.json', import.meta.url), 'utf8')) as {
    colormaps: CmapFixture;
  }
).colormaps;

/** Maps whose channels are trigonometric or power functions, evaluated by Math rather than libm. */
const TRIG_MAPS = ['flag', 'prism', 'cubehelix', 'gnuplot', 'rainbow'];
const num = (v: Num): number => (v === null ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);
const samples = Float64Array.from(fixture.samples, num);
const rows = (cmap: { map(v: number, a?: number | null): readonly number[] }, alpha?: number) =>
  Array.from(samples, (v) => [...cmap.map(v, alpha)]);

describe('builtin colormaps', () => {
  it('colormapNames() lists every matplotlib colormap, with its _r twin', () => {
    const expected = Object.keys(fixture.maps);
    expect(expected.length).toBeGreaterThan(160);
    expect(colormapNames()).toEqual(expected);
  });

  it('Colormap.map() matches matplotlib exactly for every builtin map, including under, over and bad', () => {
    for (const [name, { N, samples: want }] of Object.entries(fixture.maps)) {
      const cmap = getCmap(name);
      expect([name, cmap.N]).toEqual([name, N]);
      const got = rows(cmap);
      // Functional maps (flag, gnuplot, …) go through Math.sin/** whose last bit may differ from libm.
      got.forEach((row, i) =>
        row.forEach((v, c) => expect(v, `${name}[${i}][${c}]`).toBeCloseTo(num(want[i]![c]!), 12)),
      );
      if (!TRIG_MAPS.some((f) => name.startsWith(f))) {
        expect([name, got]).toEqual([name, want.map((r) => r.map(num))]);
      }
    }
  });

  it('Colormap.getLut() builds every entry as matplotlib _init does (bytes of the whole table)', () => {
    for (const [name, hex] of Object.entries(fixture.byteLuts)) {
      const bytes = Uint8Array.from(getCmap(name).getLut(), (v) => Math.trunc(v * 255));
      if (!TRIG_MAPS.some((f) => name.startsWith(f))) {
        expect([name, Buffer.from(bytes).toString('hex')]).toEqual([name, hex]);
        continue;
      }
      // A sine that lands a last bit away from libm's can move a truncated byte by one.
      const want = Buffer.from(hex, 'hex');
      bytes.forEach((b, i) => expect(Math.abs(b - want[i]!), `${name}[${i}]`).toBeLessThanOrEqual(1));
    }
  });

  it('Colormap.getLut() matches matplotlib floats for segmented, listed, functional and from-list maps', () => {
    for (const [name, lut] of Object.entries(fixture.floatLuts)) {
      const got = Array.from(getCmap(name).getLut());
      lut.flat().forEach((v, i) => expect(got[i], `${name}[${i}]`).toBeCloseTo(v, 13));
    }
  });

  it('getCmap() returns copies, so extremes set on one do not leak into the registry', () => {
    const a = getCmap('viridis');
    a.setBad('red');
    expect(getCmap('viridis').getBad()).toEqual([0, 0, 0, 0]);
    expect(getCmap(a)).toBe(a);
    expect(getCmap().name).toBe('viridis');
    expect(getCmap('viridis', 8).N).toBe(8);
  });

  it('getCmap() suggests the closest name for a typo', () => {
    expect(() => getCmap('virdis')).toThrow('getCmap: unknown colormap "virdis" (did you mean "viridis"?)');
  });
});

describe('Colormap extremes, alpha and bytes', () => {
  it('Colormap.withExtremes() paints under, over and bad as matplotlib', () => {
    const cmap = getCmap('viridis').withExtremes({ under: 'k', over: 'w', bad: 'r' });
    expect(rows(cmap)).toEqual((fixture.cases.viridisExtremes as Num[][]).map((r) => r.map(num)));
    expect(rows(cmap, 0.5)).toEqual((fixture.cases.viridisAlpha as Num[][]).map((r) => r.map(num)));
    expect(() => cmap.setExtremes({ ovr: 'k' } as never)).toThrow('(did you mean "over"?)');
  });

  it('Colormap.mapInto() writes the bytes matplotlib gives with bytes=True, alpha included', () => {
    const cmap = getCmap('viridis').withExtremes({ under: 'k', over: 'w', bad: 'r' });
    const out = new Uint8ClampedArray(samples.length * 4);
    cmap.mapInto(samples, out);
    expect(Array.from(out)).toEqual((fixture.cases.viridisBytes as Num[][]).flat());
    getCmap('viridis').mapInto(samples, out, 0.3);
    expect(Array.from(out)).toEqual((fixture.cases.viridisAlphaBytes as Num[][]).flat());
    expect(() => cmap.mapInto(samples, new Uint8ClampedArray(4))).toThrow(TsplotlibError);
  });

  it('Colormap.mapIndex() treats values as table indices, as matplotlib does for integers', () => {
    const jet = getCmap('jet');
    const got = [-1, 0, 1, 100, 255, 256, 300].map((i) => [...jet.mapIndex(i)]);
    expect(got).toEqual((fixture.cases.jetIndices as Num[][]).map((r) => r.map(num)));
    const out = new Uint8Array(8);
    jet.mapIndicesInto([0, NaN], out);
    expect(Array.from(out)).toEqual([0, 0, 127, 255, 0, 0, 0, 0]);
  });
});

describe('LinearSegmentedColormap and ListedColormap', () => {
  const custom = () =>
    new LinearSegmentedColormap(
      'custom',
      {
        red: [[0, 0, 0], [0.3, 0.6, 0.2], [0.3, 0.2, 0.2], [1, 1, 1]],
        green: [[0, 0.1, 0.1], [1, 0.9, 0.9]],
        blue: [[0, 1, 1], [0.5, 0, 0], [1, 0.5, 0.5]],
        alpha: [[0, 0.2, 0.2], [1, 1, 1]],
      },
      37,
      0.7,
    ); // prettier-ignore
  const want = (key: string, part: string) =>
    ((fixture.cases[key] as Record<string, Num[][]>)[part] as Num[][]).map((r) => r.map(num));

  it('LinearSegmentedColormap with gamma, alpha and a discontinuity matches matplotlib, reversed and resampled', () => {
    const cmap = custom();
    const close = (got: number[][], exp: number[][]) =>
      got.forEach((r, i) => r.forEach((v, c) => expect(v).toBeCloseTo(exp[i]![c]!, 14)));
    close(rows(cmap), want('customSegments', 'samples'));
    close(rows(cmap.reversed()), want('customSegments', 'reversed'));
    close(rows(cmap.resampled(11)), want('customSegments', 'resampled'));
    expect(cmap.reversed().name).toBe('custom_r');
  });

  it('LinearSegmentedColormap.fromList() matches matplotlib for plain colors and (position, color) pairs', () => {
    const fl = LinearSegmentedColormap.fromList('fl', ['red', [0, 0.5, 1, 0.5], '#00ff00'], 64);
    expect(rows(fl)).toEqual((fixture.cases.fromList as Num[][]).map((r) => r.map(num)));
    const pairs = LinearSegmentedColormap.fromList('pairs', [[0, 'k'], [0.2, 'tab:orange'], [1, 'w']], 100); // prettier-ignore
    expect(rows(pairs)).toEqual((fixture.cases.fromListPairs as Num[][]).map((r) => r.map(num)));
  });

  it('LinearSegmentedColormap rejects segment data that does not run from x=0 to x=1', () => {
    const bad = { red: [[0.1, 0, 0], [1, 1, 1]], green: [[0, 0, 0], [1, 1, 1]], blue: [[0, 0, 0], [1, 1, 1]] } as const; // prettier-ignore
    expect(() => new LinearSegmentedColormap('bad', bad)).toThrow(/must start with x=0/);
    expect(
      () =>
        new LinearSegmentedColormap('bad', {
          ...bad,
          red: [
            [0, 0],
            [1, 1],
          ],
        } as never),
    ).toThrow(TsplotlibError);
  });

  it('ListedColormap with N repeats its colors and keeps its extremes when reversed and resampled', () => {
    const listed = new ListedColormap(['red', 'green', 'blue'], 'from_list', 5);
    listed.setUnder('0.2');
    expect(listed.colors).toEqual(['red', 'green', 'blue', 'red', 'green']);
    expect(rows(listed)).toEqual(want('listedN', 'samples'));
    expect(rows(listed.reversed())).toEqual(want('listedN', 'reversed'));
    expect(rows(listed.resampled(4))).toEqual(want('listedN', 'resampled'));
    expect(() => new ListedColormap(['red', 'gren'])).toThrow('ListedColormap: unknown color "gren"');
  });

  it('Colormap.copy() keeps an independent table and equals() compares tables', () => {
    const a = getCmap('plasma');
    a.map(0.5);
    const b = a.copy();
    expect(b.equals(a)).toBe(true);
    b.setOver('k');
    expect(b.equals(a)).toBe(false);
    expect(a.getOver()).toEqual(a.map(1));
    expect(getCmap('gray').isGray()).toBe(true);
    expect(getCmap('viridis').isGray()).toBe(false);
  });
});

describe('registerCmap', () => {
  it('registerCmap() adds a map (and its _r), refuses builtins and duplicates without force', () => {
    const mine = LinearSegmentedColormap.fromList('mine', ['k', 'r']);
    registerCmap(mine);
    try {
      expect(getCmap('mine').map(1)).toEqual([1, 0, 0, 1]);
      expect(getCmap('mine_r').map(1)).toEqual([0, 0, 0, 1]);
      expect(colormapNames()).toContain('mine');
      expect(() => registerCmap(mine)).toThrow(/already registered/);
      registerCmap(LinearSegmentedColormap.fromList('mine', ['k', 'b']), { force: true });
      expect(getCmap('mine_r').map(0)).toEqual([0, 0, 1, 1]);
      expect(() => registerCmap(mine, { name: 'viridis' })).toThrow(/builtin/);
      expect(() => registerCmap(mine, { name: 'viridis_r' })).toThrow(/builtin/);
    } finally {
      unregisterCmap('mine');
    }
    expect(() => getCmap('mine')).toThrow(TsplotlibError);
  });
});
