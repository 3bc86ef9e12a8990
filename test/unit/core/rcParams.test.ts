import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  cycler,
  cyclerAdd,
  cyclerAt,
  cyclerLength,
  cyclerMultiply,
  parseRcText,
  rcContext,
  rcDefaults,
  RcParams,
  rcParams,
  rcParamsDefault,
  RC_KEYS,
  RC_SCHEMA,
} from '../../../src/core/rcParams.js';
import type { RcKey } from '../../../src/core/rcParams.js';
import { INVALID } from '../../../src/core/rc/validators.js';
import type { Validator } from '../../../src/core/rc/validators.js';

interface DefaultsFixture {
  version: string;
  values: Record<string, unknown>;
  texts: Record<string, string>;
  styleBlacklist: string[];
}
interface Probe {
  key: string;
  text: string;
  ok: boolean;
  value: unknown;
}
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const mpl = fixture('rc_defaults.json') as DefaultsFixture;
const probes = fixture('rc_validation.json') as Probe[];

/** Keys that exist only in tsplotlib, or whose default is deliberately tsplotlib's own. */
const OWN_KEYS = new Set(['backend', 'web.token', 'inline.terminal', 'canvas.provider']);

afterEach(() => {
  rcParams.update(rcParamsDefault.toObject());
});

describe('rcParams defaults', () => {
  it('rcParamsDefault has every key of matplotlib 3.6.3 and no others besides its own', () => {
    const ours = RC_KEYS.filter((k) => !OWN_KEYS.has(k)).sort();
    expect(ours).toEqual(Object.keys(mpl.values).sort());
  });

  it.each(Object.keys(mpl.values))('rcParamsDefault.get(%j) equals matplotlib rcParamsDefault', (key) => {
    expect(rcParamsDefault.get(key as RcKey)).toEqual(mpl.values[key]);
  });

  it('parseRcText() reads the default lines of matplotlibrc to matplotlib rcParamsDefault', () => {
    const text = Object.entries(mpl.texts)
      .map(([k, v]) => `${k} : ${v}`)
      .join('\n');
    const { values, warnings } = parseRcText(text, { source: 'matplotlibrc' });
    expect(warnings).toEqual([]);
    for (const key of Object.keys(mpl.texts))
      expect([key, values[key as RcKey]]).toEqual([key, mpl.values[key]]);
  });

  it('tsplotlib keys default to an unset token, auto-detected terminal and the napi canvas', () => {
    expect(rcParams.get('web.token')).toBeNull();
    expect(rcParams.get('inline.terminal')).toBe('auto');
    expect(rcParams.get('canvas.provider')).toBe('napi');
    expect(rcParams.get('backend')).toBe('agg');
  });

  it('stored arrays are frozen, so a value read cannot change the store', () => {
    const size = rcParams.get('figure.figsize');
    expect(Object.isFrozen(size)).toBe(true);
    expect(() => (size as unknown as number[]).push(1)).toThrow(TypeError);
    expect(Object.isFrozen(rcParams.get('axes.prop_cycle').color)).toBe(true);
  });
});

describe('rc validators match matplotlib on rc text', () => {
  it.each(probes.map((p) => [p.key, p.text, p] as const))(
    '%s parses %j as matplotlib does',
    (_k, _t, probe) => {
      const v = RC_SCHEMA[probe.key as RcKey] as Validator<unknown>;
      const parsed = v.parse(probe.text);
      if (probe.ok) expect(parsed).toEqual(probe.value);
      else expect(parsed).toBe(INVALID);
    },
  );
});

describe('RcParams get/set', () => {
  it('get() and index access return typed values', () => {
    const lw: number = rcParams.get('lines.linewidth');
    expect(lw).toBe(1.5);
    expect(rcParams['figure.figsize']).toEqual([6.4, 4.8]);
    expect(rcParams['lines.dashed_pattern']).toEqual([3.7, 1.6]);
    expect(rcParams['axes.formatter.limits']).toEqual([-5, 6]);
  });

  it('set() and index assignment validate and store', () => {
    rcParams.set('axes.grid', true);
    rcParams['lines.linewidth'] = 2.5;
    expect(rcParams.get('axes.grid')).toBe(true);
    expect(rcParams.get('lines.linewidth')).toBe(2.5);
  });

  it('set() normalises inputs as matplotlib does', () => {
    rcParams.set('font.family', 'serif');
    expect(rcParams.get('font.family')).toEqual(['serif']);
    rcParams.set('lines.linestyle', [4, 2]);
    expect(rcParams.get('lines.linestyle')).toEqual([0, [4, 2]]);
    rcParams.set('axes.facecolor', 'E5E5E5');
    expect(rcParams.get('axes.facecolor')).toBe('#E5E5E5');
    rcParams.set('legend.loc', 'Upper Left' as 'upper left');
    expect(rcParams.get('legend.loc')).toBe('upper left');
    rcParams.set('savefig.bbox', 'standard');
    expect(rcParams.get('savefig.bbox')).toBeNull();
    rcParams.set('axes.grid', 'True');
    expect(rcParams.get('axes.grid')).toBe(true);
    rcParams.set('axes.prop_cycle', { c: ['r', 'g'], lw: [1, 2] });
    expect(rcParams.get('axes.prop_cycle')).toEqual({ color: ['r', 'g'], linewidth: [1, 2] });
    rcParams.set('axes.prop_cycle', "cycler('color', ['E24A33', '348ABD'])");
    expect(rcParams.get('axes.prop_cycle')).toEqual({ color: ['#E24A33', '#348ABD'] });
  });

  it('set() of an unknown key throws and suggests the nearest key', () => {
    expect(() => rcParams.set('lines.linewdith' as RcKey, 2 as never)).toThrow(
      new TsplotlibError('rcParams', 'unknown key "lines.linewdith" (did you mean "lines.linewidth"?)'),
    );
    expect(() => {
      (rcParams as unknown as Record<string, unknown>)['axes.gird'] = true;
    }).toThrow('rcParams: unknown key "axes.gird" (did you mean "axes.grid"?)');
    expect(() => (rcParams as unknown as Record<string, unknown>)['axes.gird']).toThrow(
      'unknown key "axes.gird"',
    );
  });

  it('set() of a bad value names the key, the value and what is expected', () => {
    expect(() => rcParams.set('lines.linewidth', 'thick' as never)).toThrow(
      'rcParams: invalid value "thick" for "lines.linewidth"; expected a number >= 0',
    );
    expect(() => rcParams.set('figure.dpi', 0)).toThrow(
      'invalid value 0 for "figure.dpi"; expected a number > 0',
    );
    expect(() => rcParams.set('axes.autolimit_mode', 'round_number' as never)).toThrow(
      'expected one of "data", "round_numbers" (did you mean "round_numbers"?)',
    );
    expect(() => rcParams.set('lines.linestyle', 'dashes' as never)).toThrow('for "lines.linestyle"');
    expect(() => rcParams.set('axes.grid', 'yes' as never)).toThrow('expected a boolean');
    expect(() => rcParams.set('axes.xmargin', 1.5)).toThrow('expected a number >= 0 and <= 1');
    expect(() => rcParams.set('axes.prop_cycle', { color: ['C0', 'C1'] })).toThrow('for "axes.prop_cycle"');
    expect(() => rcParams.set('figure.figsize', [6.4] as never)).toThrow('a list of 2');
    expect(() => rcParams.set('axes.facecolor', [0.1, 0.2])).toThrow('expected a color');
    expect(() => rcParams.set('inline.terminal', 'kity' as never)).toThrow('(did you mean "kitty"?)');
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
  });

  it('update() applies nothing when one value is bad', () => {
    expect(() => rcParams.update({ 'lines.linewidth': 4, 'axes.grid': 3 as never })).toThrow('"axes.grid"');
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
    rcParams.update({ 'lines.linewidth': 4, 'axes.grid': true });
    expect([rcParams.get('lines.linewidth'), rcParams.get('axes.grid')]).toEqual([4, true]);
  });

  it('find() returns the settings whose key matches', () => {
    expect(Object.keys(rcParams.find(/^webagg\./)).sort()).toEqual([
      'webagg.address',
      'webagg.open_in_browser',
      'webagg.port',
      'webagg.port_retries',
    ]);
    expect(rcParams.find('linewidth$')['grid.linewidth']).toBe(0.8);
  });

  it('copy() is independent of the original', () => {
    const twin = rcParams.copy();
    twin.set('lines.linewidth', 9);
    expect(twin.get('lines.linewidth')).toBe(9);
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
    expect(twin).toBeInstanceOf(RcParams);
  });

  it('new RcParams(overrides) starts from the defaults', () => {
    const p = new RcParams({ 'axes.grid': true });
    expect(p['axes.grid']).toBe(true);
    expect(p['font.size']).toBe(10);
    expect('lines.color' in p).toBe(true);
    expect(new Map(p).size).toBe(RC_KEYS.length);
  });

  it('rcParamsDefault refuses writes', () => {
    expect(() => rcParamsDefault.set('lines.linewidth', 3)).toThrow('rcParamsDefault: is read-only');
    expect(() => {
      rcParamsDefault['axes.grid'] = true;
    }).toThrow('read-only');
    expect(rcParamsDefault.get('axes.grid')).toBe(false);
  });

  it('rcDefaults() restores defaults but keeps the blacklisted keys', () => {
    rcParams.update({ 'lines.linewidth': 5, backend: 'svg', interactive: true });
    rcDefaults();
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
    expect(rcParams.get('backend')).toBe('svg');
    expect(rcParams.get('interactive')).toBe(true);
  });
});

describe('RcParams.onChange()', () => {
  it('reports the keys whose value changed, once per update', () => {
    const listener = vi.fn();
    const off = rcParams.onChange(listener);
    rcParams.update({ 'lines.linewidth': 1.5, 'axes.grid': true, 'figure.figsize': [6.4, 4.8] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0]).toEqual(['axes.grid']);
    off();
    rcParams.set('axes.grid', false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still calls every listener when one throws, then rethrows', () => {
    const second = vi.fn();
    const offA = rcParams.onChange(() => {
      throw new Error('boom');
    });
    const offB = rcParams.onChange(second);
    expect(() => rcParams.set('axes.grid', true)).toThrow('boom');
    expect(second).toHaveBeenCalledOnce();
    expect(rcParams.get('axes.grid')).toBe(true);
    offA();
    offB();
  });
});

describe('rcContext()', () => {
  it('applies overrides during fn and restores them after', () => {
    const seen = rcContext({ 'lines.linewidth': 3 }, () => rcParams.get('lines.linewidth'));
    expect(seen).toBe(3);
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
  });

  it('restores every setting when fn throws, including ones set inside', () => {
    expect(() =>
      rcContext({ 'axes.grid': true }, () => {
        rcParams.set('font.size', 20);
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(rcParams.get('axes.grid')).toBe(false);
    expect(rcParams.get('font.size')).toBe(10);
  });

  it('restores after the promise of an async fn settles', async () => {
    const p = rcContext({ 'font.size': 14 }, async () => {
      await Promise.resolve();
      return rcParams.get('font.size');
    });
    expect(rcParams.get('font.size')).toBe(14);
    await expect(p).resolves.toBe(14);
    expect(rcParams.get('font.size')).toBe(10);
    await expect(
      rcContext({ 'font.size': 15 }, async () => {
        throw new Error('late');
      }),
    ).rejects.toThrow('late');
    expect(rcParams.get('font.size')).toBe(10);
  });

  it('works as a disposable with using', () => {
    {
      using _ctx = rcContext({ 'axes.grid': true, 'lines.linewidth': 4 });
      expect(rcParams.get('axes.grid')).toBe(true);
    }
    expect(rcParams.get('axes.grid')).toBe(false);
    expect(rcParams.get('lines.linewidth')).toBe(1.5);
  });

  it('accepts a style name and restores after', () => {
    rcContext('ggplot', () => expect(rcParams.get('axes.facecolor')).toBe('#E5E5E5'));
    expect(rcParams.get('axes.facecolor')).toBe('white');
  });

  it('changes nothing when an override is invalid', () => {
    expect(() => rcContext({ 'axes.grid': true, 'font.size': 'big' as never }, () => 1)).toThrow(
      '"font.size"',
    );
    expect(rcParams.get('axes.grid')).toBe(false);
  });

  it('restore() is idempotent and nests correctly', () => {
    const outer = rcContext({ 'font.size': 11 });
    const inner = rcContext({ 'font.size': 12 });
    inner.restore();
    inner.restore();
    expect(rcParams.get('font.size')).toBe(11);
    outer.restore();
    expect(rcParams.get('font.size')).toBe(10);
  });
});

describe('cycler()', () => {
  it('normalises aliases and validates every property', () => {
    expect(cycler({ c: ['r', 'g'], ls: ['-', ':'] })).toEqual({ color: ['r', 'g'], linestyle: ['-', ':'] });
    expect(cycler('color', 'bgr')).toEqual({ color: ['b', 'g', 'r'] });
    expect(() => cycler('colour', ['r'])).toThrow(
      'cycler: unknown property "colour" (did you mean "color"?)',
    );
    expect(() => cycler({ color: ['r', 'g'], lw: [1] })).toThrow('differ in length');
    expect(() => cycler({ color: ['r'], c: ['g'] })).toThrow('given twice');
  });

  it('cyclerAdd() zips and cyclerMultiply() takes the outer product', () => {
    const colors = cycler('color', ['r', 'g']);
    expect(cyclerAdd(colors, cycler('lw', [1, 2]))).toEqual({ color: ['r', 'g'], linewidth: [1, 2] });
    const product = cyclerMultiply(colors, cycler('marker', ['o', 's', '^']));
    expect(cyclerLength(product)).toBe(6);
    expect(cyclerAt(product, 4)).toEqual({ color: 'g', marker: 's' });
    expect(cyclerAt(product, 7)).toEqual({ color: 'r', marker: 's' });
  });
});
