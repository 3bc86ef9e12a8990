import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../../src/core/errors.js';
import {
  formatValue,
  percentFormat,
  pyStr,
  reprFloat,
  strFormat,
} from '../../../../src/core/ticker/index.js';

type Case = [kind: string, fmt: string, value: string, want: string | null];
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/ticks_format.json', import.meta.url), 'utf8'),
) as {
  cases: Case[];
};

function parse(v: string): number {
  return v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : Number(v);
}

/** Runs one fixture case; null when our function throws (Python raised too). */
function run([kind, fmt, value]: Case): string | null {
  try {
    if (kind === '%') return percentFormat(fmt, parse(value));
    if (kind === '{}') return strFormat(fmt, { x: parse(value) });
    if (kind === '%int') return percentFormat(fmt, BigInt(value));
    return strFormat(fmt, { x: BigInt(value) });
  } catch (e) {
    if (e instanceof TsplotlibError) return null;
    throw e;
  }
}

describe('format', () => {
  it('percentFormat() and strFormat() match Python for every fixture case', () => {
    expect(fixture.cases.length).toBeGreaterThan(5000);
    const bad = fixture.cases
      .filter((c) => run(c) !== c[3])
      .map((c) => `${c[1]} % ${c[2]}: got ${run(c)} want ${c[3]}`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('percentFormat() rounds exact ties half to even, as Python', () => {
    expect(percentFormat('%.0f', 0.5)).toBe('0');
    expect(percentFormat('%.0f', 2.5)).toBe('2');
    expect(percentFormat('%.2f', 0.125)).toBe('0.12');
    expect(percentFormat('%.1f', 0.35)).toBe('0.3'); // 0.35 is 0.34999… in binary.
    expect(percentFormat('%1.1f', -0.0)).toBe('-0.0');
  });

  it('percentFormat() formats huge and tiny values exactly', () => {
    expect(percentFormat('%d', 1e22)).toBe('10000000000000000000000');
    expect(percentFormat('%.3f', 1e22)).toBe('10000000000000000000000.000');
    expect(percentFormat('%g', 5e-324)).toBe('4.94066e-324');
  });

  it('percentFormat() takes tuples and mappings and reports mismatched arguments', () => {
    expect(percentFormat('%d-%s', [3, 'a'])).toBe('3-a');
    expect(percentFormat('%(x).1f%%', { x: 2.25 })).toBe('2.2%');
    expect(() => percentFormat('%d %d', [1])).toThrow(/not enough arguments/);
    expect(() => percentFormat('%d', [1, 2])).toThrow(/not all arguments converted/);
    expect(() => percentFormat('%d', NaN)).toThrow(TsplotlibError);
  });

  it('strFormat() resolves positional, named and nested fields', () => {
    expect(strFormat('{} and {}', {}, [1n, 2.5])).toBe('1 and 2.5');
    expect(strFormat('{0}{0}', {}, ['ab'])).toBe('abab');
    expect(strFormat('{mant:{fmt}} {prefix}', { mant: 1.5, fmt: '.2f', prefix: 'k' })).toBe('1.50 k');
    expect(strFormat('{{x}} = {x:.1f}', { x: 0.25 })).toBe('{x} = 0.2');
    expect(strFormat('{pos}', { pos: null })).toBe('None');
    expect(() => strFormat('{y}', { x: 1 })).toThrow(/no value named "y"/);
    expect(() => strFormat('{x', { x: 1 })).toThrow(/unmatched brace/);
    expect(() => strFormat('{x:q}', { x: 1 })).toThrow(/invalid format spec/);
  });

  it("formatValue() and reprFloat() follow Python's format() and repr()", () => {
    expect(formatValue(1234567.891, ',.2f')).toBe('1,234,567.89');
    expect(formatValue(2, 'd')).toBe('2');
    expect(() => formatValue(2.5, 'd')).toThrow(TsplotlibError);
    expect(reprFloat(1e16)).toBe('1e+16');
    expect(reprFloat(1e15)).toBe('1000000000000000.0');
    expect(reprFloat(0.0001)).toBe('0.0001');
    expect(reprFloat(1e-5)).toBe('1e-05');
    expect(pyStr(true)).toBe('True');
  });
});
