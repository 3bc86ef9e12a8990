import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRcText, rcParams, rcParamsDefault, RC_KEYS } from '../../../src/core/rcParams.js';
import type { RcKey } from '../../../src/core/rcParams.js';
import { STYLE_BLACKLIST, style, styleLibrary } from '../../../src/core/styles.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const mplStyles = fixture('rc_styles.json') as Record<string, Record<string, unknown>>;
const mplBlacklist = (fixture('rc_defaults.json') as { styleBlacklist: string[] }).styleBlacklist;

/** The settings that differ from matplotlib's defaults, as the fixture lists them. */
function changedSettings(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of RC_KEYS) {
    const now = rcParams.get(key);
    if (JSON.stringify(now) !== JSON.stringify(rcParamsDefault.get(key))) out[key] = now;
  }
  return out;
}

afterEach(() => {
  rcParams.update(rcParamsDefault.toObject());
});

describe('style.use()', () => {
  it.each(Object.keys(mplStyles))('style.use(%j) applies exactly matplotlib changes', (name) => {
    style.use('default');
    style.use(name);
    expect(changedSettings()).toEqual(mplStyles[name]);
  });

  it('style.available lists every matplotlib sheet, sorted', () => {
    expect(style.available).toEqual(Object.keys(mplStyles).sort());
  });

  it("style.use('default') puts back matplotlib's defaults", () => {
    style.use('classic');
    expect(rcParams.get('axes.prop_cycle')).toEqual({ color: ['b', 'g', 'r', 'c', 'm', 'y', 'k'] });
    style.use('default');
    expect(changedSettings()).toEqual({});
  });

  it('style.use(list) applies sheets and dictionaries in order', () => {
    style.use(['ggplot', { 'axes.facecolor': 'white' }, 'seaborn-v0_8-talk']);
    expect(rcParams.get('axes.facecolor')).toBe('white');
    expect(rcParams.get('axes.edgecolor')).toBe('white');
    expect(rcParams.get('lines.linewidth')).toBe(mplStyles['seaborn-v0_8-talk']!['lines.linewidth']);
  });

  it('style.use() ignores the blacklisted keys, as matplotlib does', () => {
    for (const key of mplBlacklist) expect(STYLE_BLACKLIST.has(key as RcKey)).toBe(true);
    style.use({ backend: 'svg', interactive: true, 'web.token': 'x', 'axes.grid': true });
    expect(rcParams.get('backend')).toBe('agg');
    expect(rcParams.get('interactive')).toBe(false);
    expect(rcParams.get('web.token')).toBeNull();
    expect(rcParams.get('axes.grid')).toBe(true);
  });

  it('style.use() of an unknown name suggests the nearest sheet', () => {
    expect(() => style.use('ggplto')).toThrow('style: unknown style "ggplto" (did you mean "ggplot"?)');
  });

  it('style.use() of a dictionary with a bad entry changes nothing', () => {
    expect(() => style.use({ 'axes.grid': true, 'axes.gird': true } as never)).toThrow(
      'unknown key "axes.gird" (did you mean "axes.grid"?)',
    );
    expect(() => style.use(['ggplot', { 'font.size': -1 }])).toThrow('"font.size"');
    expect(changedSettings()).toEqual({});
  });

  it('matplotlib names mpl15, mpl20 and the pre-3.6 seaborn names are aliases', () => {
    style.use('seaborn-dark');
    expect(changedSettings()).toEqual(mplStyles['seaborn-v0_8-dark']);
    style.use('mpl20');
    expect(changedSettings()).toEqual({});
    style.use('mpl15');
    expect(changedSettings()).toEqual(mplStyles['classic']);
  });
});

describe('style.context()', () => {
  it('restores every setting afterwards, even when fn throws', () => {
    expect(() =>
      style.context('dark_background', () => {
        expect(rcParams.get('figure.facecolor')).toBe('black');
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(changedSettings()).toEqual({});
  });

  it('returns a disposable handle without fn', () => {
    {
      using _s = style.context('bmh');
      expect(rcParams.get('axes.facecolor')).toBe('#eeeeee');
    }
    expect(rcParams.get('axes.facecolor')).toBe('white');
  });
});

describe('styleLibrary', () => {
  it('register() adds a sheet from mplstyle text or from settings', () => {
    styleLibrary.register('thick', 'lines.linewidth : 4  # wide\naxes.facecolor: "#fafafa"');
    styleLibrary.register('gridded', { 'axes.grid': true });
    style.use(['thick', 'gridded']);
    expect(rcParams.get('lines.linewidth')).toBe(4);
    expect(rcParams.get('axes.facecolor')).toBe('#fafafa');
    expect(rcParams.get('axes.grid')).toBe(true);
    expect(style.available).toContain('thick');
  });

  it('register() refuses a bad sheet at once', () => {
    expect(() => styleLibrary.register('bad', 'lines.linewidth: wide')).toThrow(
      'parseRcText: style "bad", line 1: invalid value "wide" for "lines.linewidth"',
    );
    expect(() => styleLibrary.register('bad', { 'lines.linewdith': 2 } as never)).toThrow('unknown key');
    expect(styleLibrary.has('bad')).toBe(false);
  });
});

describe('parseRcText()', () => {
  it("follows matplotlib's comment, quote and colon rules", () => {
    const text = [
      '# a comment line',
      '',
      'axes.edgecolor : #bcbcbc   # the hash starts a comment, so this line has no value',
      'axes.facecolor: "#eeeeee"  # quoted, so the hash is kept',
      'axes.labelcolor: 555555',
      'text.latex.preamble: \\usepackage{amsmath}',
      'lines.linestyle: (0, (3, 1))',
      'axes.prop_cycle: cycler(color=["r", "g"]) * cycler(marker=["o", "s"])',
      'no colon here',
      'lines.linewidth: 1',
      'lines.linewidth: 2',
      'lines.colour: red',
    ].join('\n');
    const { values, warnings } = parseRcText(text, { source: 'my.mplstyle' });
    expect(values).toEqual({
      'axes.facecolor': '#eeeeee',
      'axes.labelcolor': '#555555',
      'text.latex.preamble': '\\usepackage{amsmath}',
      'lines.linestyle': [0, [3, 1]],
      'axes.prop_cycle': { color: ['r', 'r', 'g', 'g'], marker: ['o', 's', 'o', 's'] },
      'lines.linewidth': 2,
    });
    expect(warnings).toEqual([
      'my.mplstyle, line 9: missing colon in "no colon here"',
      'my.mplstyle, line 11: duplicate key "lines.linewidth"; the later value wins',
      'my.mplstyle, line 12: unknown key "lines.colour" (did you mean "lines.color"?)',
      'my.mplstyle, line 3: invalid value "" for "axes.edgecolor"; expected a color',
    ]);
  });

  it('throws at the first bad line when strict', () => {
    expect(() => parseRcText('axes.grid: maybe', { strict: true })).toThrow(
      'parseRcText: rc text, line 1: invalid value "maybe" for "axes.grid"; expected a boolean',
    );
    expect(() => parseRcText('axes.facecolor: "#fff', { strict: true })).toThrow(
      'missing closing double quote',
    );
  });
});
