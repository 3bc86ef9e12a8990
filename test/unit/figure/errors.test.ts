import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import { Figure } from '../../../src/figure/Figure.js';
import * as plt from '../../../src/pyplot.js';

const ax = () => new Figure().addSubplot();

describe('bad input fails at the call with a clear message', () => {
  it('plot() with x and y of different lengths names both lengths', () => {
    expect(() => ax().plot([1, 2, 3], [1, 2])).toThrow(
      'plot: x and y must have the same length, got 3 and 2',
    );
  });
  it('scatter() with x and y of different sizes names both sizes', () => {
    expect(() => ax().scatter([1, 2, 3], [1, 2])).toThrow(
      'scatter: x and y must be the same size, got 3 and 2',
    );
  });
  it('plot() with an unknown color suggests the nearest name', () => {
    expect(() => ax().plot([1, 2], [1, 2], { color: 'gren' })).toThrow(
      /unknown color "gren" \(did you mean "green"\?\)/,
    );
  });
  it('plot() with an unknown fmt character names the character and the string', () => {
    expect(() => ax().plot([1, 2], [1, 2], 'rq')).toThrow(
      'plot: unrecognized character "q" in format string "rq"',
    );
  });
  it('plot() with an unknown option key suggests the matplotlib name', () => {
    expect(() => ax().plot([1, 2], [1, 2], { colour: 'r' } as never)).toThrow(
      'plot: unknown option "colour" (did you mean "color"?)',
    );
    expect(() => ax().plot([1, 2], [1, 2], { line_width: 2 } as never)).toThrow(
      /unknown option "line_width" \(did you mean "linewidth"\?\)/,
    );
  });
  it('plot() with non-numeric data names the element', () => {
    expect(() => ax().plot([1, 'a' as never, 3])).toThrow('plot: y[1] must be a number, got "a"');
  });
  it('a format string before its data is reported', () => {
    expect(() => ax().plot('r--' as never)).toThrow(/must follow the data/);
  });
  it('Figure() rejects negative, zero and non-finite sizes and dpi', () => {
    expect(() => new Figure({ figsize: [-1, 3] })).toThrow(
      'figure: invalid figsize width -1; expected a positive number',
    );
    expect(() => new Figure({ figsize: [NaN, 3] })).toThrow(/figsize width NaN/);
    expect(() => new Figure({ dpi: 0 })).toThrow('figure: invalid dpi 0; expected a positive number');
    expect(() => new Figure({ dpi: Infinity })).toThrow(/invalid dpi Infinity/);
    expect(() => new Figure({ figsize: [3] as never })).toThrow(/figsize/);
  });
  it('savefig() refuses a figure too large to allocate before allocating it', () => {
    const fig = new Figure({ figsize: [1000, 1000] });
    expect(() => fig.toBuffer('png')).toThrow(/too large to allocate/);
  });
  it('use() with an unknown backend lists the known ones and suggests the nearest', () => {
    expect(() => plt.use('svq')).toThrow(
      /use: unknown backend "svq" \(did you mean "svg"\?\); known backends: .*agg/,
    );
  });
  it('savefig() with an unknown format names the supported ones', () => {
    expect(() => new Figure().toBuffer('bmpx')).toThrow(/unsupported format "bmpx".*supported: .*png.*svg/);
  });
  it('every error is a TsplotlibError that names the call', () => {
    try {
      ax().setXscale('lgo');
    } catch (e) {
      expect(e).toBeInstanceOf(TsplotlibError);
      expect((e as TsplotlibError).message).toMatch(/^setXscale: .*"lgo".*did you mean "log"/);
      return;
    }
    throw new Error('setXscale did not throw');
  });
});

describe('log axes mask non-positive values as matplotlib does', () => {
  it('autoscaling ignores non-positive data on a log axis', () => {
    const a = ax();
    a.setYscale('log');
    a.plot([0, 1, 2, 3], [-1, 0, 10, 1000]);
    const [lo, hi] = a.getYlim();
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeCloseTo(10 / 10 ** (2 * 0.05), 10);
    expect(hi).toBeCloseTo(1000 * 10 ** (2 * 0.05), 6);
  });
  it('setYlim() ignores a non-positive limit on a log axis', () => {
    const a = ax();
    a.setYscale('log');
    a.plot([1, 2], [1, 100]);
    const before = a.getYlim();
    a.setYlim(-1, 1000);
    expect(a.getYlim()).toEqual([before[0], 1000]);
  });
  it('a line through non-positive values still draws (broken at the masked points)', () => {
    const a = ax();
    a.setYscale('log');
    a.plot([0, 1, 2, 3], [1, -1, 10, 100]);
    expect(a.figure).toBeDefined();
    expect(() => (a.figure as Figure).toBuffer('png')).not.toThrow();
  });
});

describe('savefig() never leaves a partial file', () => {
  it('a failed savefig leaves the previous file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsplotlib-'));
    const path = join(dir, 'plot.png');
    writeFileSync(path, 'previous');
    const fig = new Figure({ figsize: [1000, 1000] });
    expect(() => fig.savefig(path)).toThrow(TsplotlibError);
    expect(readFileSync(path, 'utf8')).toBe('previous');
  });
  it('a failed savefig creates no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsplotlib-'));
    const path = join(dir, 'new.png');
    expect(() => new Figure().savefig(path, { dpi: -5 })).toThrow(
      'savefig: invalid dpi -5; expected a positive number',
    );
    expect(existsSync(path)).toBe(false);
  });
  it('savefig() picks the format from the extension and writes a decodable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsplotlib-'));
    const fig = new Figure();
    fig.addSubplot().plot([1, 2, 3]);
    fig.savefig(join(dir, 'a.png'));
    fig.savefig(join(dir, 'a.svg'));
    expect(readFileSync(join(dir, 'a.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
  });
});
