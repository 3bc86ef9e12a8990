import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ColorSpec,
  DEFAULT_CYCLE,
  getColorCycle,
  isColorLike,
  sameColor,
  setColorCycle,
  toHex,
  toRgba,
  toRgbaArray,
} from '../../../src/core/colors.js';
import { TsplotlibError } from '../../../src/core/errors.js';

interface ColorsFixture {
  toRgba: { spec: ColorSpec; alpha: number | null; rgba: number[] }[];
  errors: ColorSpec[];
  toHex: { rgba: ColorSpec; hex: string; hexAlpha: string }[];
  toRgbaArray: { specs: ColorSpec | ColorSpec[]; alpha: number | number[] | null; rgba: number[][] }[];
  sameColor: { a: ColorSpec | ColorSpec[]; b: ColorSpec | ColorSpec[]; same: boolean }[];
  isColorLike: { spec: ColorSpec; like: boolean }[];
}

const fixture = (
  JSON.parse(readFileSync(new URL('../../fixtures/colors.json', import.meta.url), 'utf8')) as {
    colors: ColorsFixture;
  }
).colors;

describe('toRgba', () => {
  it('toRgba() matches matplotlib exactly for names, hex, grays, cycle refs and arrays, with and without alpha', () => {
    expect(fixture.toRgba.length).toBeGreaterThan(100);
    for (const { spec, alpha, rgba } of fixture.toRgba) {
      expect([spec, alpha, [...toRgba(spec, alpha)]]).toEqual([spec, alpha, rgba]);
    }
  });

  it('toRgba() rejects every spec matplotlib rejects, with a TsplotlibError', () => {
    for (const spec of fixture.errors) {
      expect(() => toRgba(spec), JSON.stringify(spec)).toThrow(TsplotlibError);
    }
  });

  it('toRgba() names the call and suggests the closest color name', () => {
    expect(() => toRgba('gren', null, 'colour')).toThrow(
      'colour: unknown color "gren" (did you mean "green"?)',
    );
    expect(() => toRgba('sky blue')).toThrow('(did you mean "skyblue"?)');
    expect(() => toRgba('xkcd:sky blu')).toThrow('(did you mean "xkcd:sky blue"?)');
    expect(() => toRgba('xkcd:very dark brwn')).toThrow('(did you mean "xkcd:very dark brown"?)');
    expect(() => toRgba('#12345')).toThrow(/color: invalid hex color "#12345"/);
    expect(() => toRgba('1.5')).toThrow(/invalid grayscale string "1.5"/);
    expect(() => toRgba([1.2, 0, 0])).toThrow(/\[1.2, 0, 0\]; RGBA values must be within 0-1/);
    expect(() => toRgba('red', 2)).toThrow(/invalid alpha 2/);
  });

  it('toRgba() reads C<n> from the cycle passed in, or the one setColorCycle() set', () => {
    expect(toRgba('C1', null, 'color', ['red', 'blue'])).toEqual([0, 0, 1, 1]);
    expect(toRgba('C2', null, 'color', ['red', 'blue'])).toEqual([1, 0, 0, 1]);
    try {
      setColorCycle(['k', '#00ff00']);
      expect(getColorCycle()).toEqual(['k', '#00ff00']);
      expect(toRgba('C3')).toEqual([0, 1, 0, 1]);
      expect(() => setColorCycle(['C0'])).toThrow(TsplotlibError);
    } finally {
      setColorCycle(DEFAULT_CYCLE);
    }
    expect(toHex('C0')).toBe('#1f77b4');
  });

  it('toRgba() returns values a caller cannot corrupt the cache through', () => {
    const first = toRgba('tab:green') as unknown as number[];
    expect(() => {
      first[0] = 0.5;
    }).toThrow(TypeError);
    expect(toRgba('tab:green', 0.5)[3]).toBe(0.5);
    expect(toRgba('tab:green')[3]).toBe(1);
  });
});

describe('toHex, toRgbaArray, sameColor, isColorLike', () => {
  it('toHex() rounds halves to even as matplotlib does, with and without alpha', () => {
    for (const { rgba, hex, hexAlpha } of fixture.toHex) {
      expect([rgba, toHex(rgba), toHex(rgba, true)]).toEqual([rgba, hex, hexAlpha]);
    }
  });

  it('toRgbaArray() matches matplotlib for lists, single colors, none and alpha arrays', () => {
    for (const { specs, alpha, rgba } of fixture.toRgbaArray) {
      expect([specs, toRgbaArray(specs, alpha).map((c) => [...c])]).toEqual([specs, rgba]);
    }
    expect(() => toRgbaArray(['red', 'blue'], [0.1, 0.2, 0.3])).toThrow(TsplotlibError);
  });

  it('sameColor() agrees with matplotlib and rejects lists of different lengths', () => {
    for (const { a, b, same } of fixture.sameColor) expect([a, b, sameColor(a, b)]).toEqual([a, b, same]);
    expect(() => sameColor(['red', 'blue'], 'red')).toThrow(TsplotlibError);
  });

  it('isColorLike() agrees with matplotlib on good and bad specs', () => {
    for (const { spec, like } of fixture.isColorLike) expect([spec, isColorLike(spec)]).toEqual([spec, like]);
    expect(isColorLike(42)).toBe(false);
    expect(isColorLike({ r: 1 })).toBe(false);
  });
});
