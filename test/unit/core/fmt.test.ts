import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import { isBasicColor, parseFmt, type ParsedFmt } from '../../../src/core/fmt.js';
import type { LineStyle } from '../../../src/core/linestyles.js';

interface FmtCase {
  fmt: string;
  isColor: boolean;
  namedColor: boolean;
  error?: string;
  linestyle?: string | null;
  marker?: string | null;
  color?: string | number[] | null;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/fmt.json', import.meta.url), 'utf8')) as {
  'lines.linestyle': LineStyle;
  cases: FmtCase[];
  colors: Record<string, number[]>;
};

/** matplotlib's `to_rgba` for the specs in the fixture: lets the test compare colors as RGBA. */
const rgbaOf = (spec: string): number[] | undefined => fixture.colors[spec];
const mplIsColor = (s: string): boolean => fixture.cases.find((c) => c.fmt === s)?.isColor ?? false;

/** The message part we promise for each kind of matplotlib error. */
function expectedMessage(kind: string, fmt: string): string {
  const where = ` in format string ${JSON.stringify(fmt)}`;
  if (kind.startsWith('unrecognized character '))
    return `plot: unrecognized character "${kind.slice(-1)}"${where}`;
  if (kind === 'color cycle') return 'plot: invalid color cycle reference';
  return `plot: ${kind}${where}`;
}

function expectMatches(parsed: ParsedFmt, c: FmtCase): void {
  expect(parsed.linestyle ?? null).toBe(c.linestyle);
  expect(parsed.marker ?? null).toBe(c.marker);
  if (c.color === null || typeof c.color === 'string') expect(parsed.color ?? null).toBe(c.color);
  else expect(rgbaOf(parsed.color!)).toEqual(c.color);
}

describe('parseFmt', () => {
  it.each(fixture.cases.map((c) => [JSON.stringify(c.fmt), c] as const))(
    'parseFmt(%s) matches _process_plot_format',
    (_name, c) => {
      const options = { isColor: mplIsColor, defaultLinestyle: fixture['lines.linestyle'] };
      if (c.error !== undefined) {
        expect(() => parseFmt(c.fmt, options)).toThrow(TsplotlibError);
        expect(() => parseFmt(c.fmt, options)).toThrow(expectedMessage(c.error, c.fmt));
      } else expectMatches(parseFmt(c.fmt, options), c);
    },
  );

  it.each(fixture.cases.filter((c) => !c.namedColor).map((c) => [JSON.stringify(c.fmt), c] as const))(
    'isBasicColor(%s) agrees with matplotlib to_rgba() on everything but color names',
    (_name, c) => {
      expect(isBasicColor(c.fmt)).toBe(c.isColor);
    },
  );

  it('isBasicColor() reads gray levels with Python float syntax', () => {
    expect(isBasicColor('1e-1')).toBe(true);
    expect(isBasicColor('0_5')).toBe(false);
    expect(isBasicColor('1.5')).toBe(false);
    expect(isBasicColor('0.')).toBe(true);
    expect(isBasicColor('.')).toBe(false);
    expect(isBasicColor('#abcd')).toBe(true);
    expect(isBasicColor('#abcde')).toBe(false);
    expect(isBasicColor('NONE')).toBe(true);
  });

  it('parseFmt() without a color hook still parses letters, cycle colors and markers', () => {
    expect(parseFmt('r--o')).toEqual({ linestyle: '--', marker: 'o', color: 'r' });
    expect(parseFmt('C2:')).toEqual({ linestyle: ':', marker: 'None', color: 'C2' });
    expect(parseFmt('o')).toEqual({ linestyle: 'None', marker: 'o' });
    expect(parseFmt('1')).toEqual({ linestyle: 'None', marker: '1' });
    expect(parseFmt('#ff0000')).toEqual({ color: '#ff0000' });
    expect(parseFmt('', { defaultLinestyle: ':' })).toEqual({ linestyle: ':', marker: 'None' });
  });

  it('parseFmt() names the call and the character in its errors', () => {
    expect(() => parseFmt('rq')).toThrow('plot: unrecognized character "q" in format string "rq"');
    expect(() => parseFmt('rg', { call: 'errorbar' })).toThrow(
      'errorbar: two color symbols in format string "rg"',
    );
    expect(() => parseFmt('Cx')).toThrow('plot: invalid color cycle reference "Cx"');
    expect(() => parseFmt(5 as unknown as string)).toThrow('plot: invalid format string 5');
  });
});
