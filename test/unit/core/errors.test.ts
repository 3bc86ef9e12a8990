import { describe, expect, it } from 'vitest';
import {
  checkChoice,
  checkFinite,
  checkOptionKeys,
  closestMatch,
  TsplotlibError,
} from '../../../src/core/errors.js';

describe('errors', () => {
  it('checkOptionKeys() names the call and suggests the close key', () => {
    expect(() => checkOptionKeys('plot', { colour: 'r' }, ['color', 'linewidth'])).toThrow(
      'plot: unknown option "colour" (did you mean "color"?)',
    );
  });
  it('checkOptionKeys() maps Python-style names to their camelCase spelling', () => {
    expect(closestMatch('line_width', ['lineWidth', 'color'])).toBe('lineWidth');
  });
  it('checkOptionKeys() accepts known keys and undefined options', () => {
    expect(() => checkOptionKeys('plot', { color: 'r' }, ['color'])).not.toThrow();
    expect(() => checkOptionKeys('plot', undefined, ['color'])).not.toThrow();
  });
  it('checkFinite() rejects NaN, Infinity and non-positive values when asked', () => {
    expect(() => checkFinite('figure', 'dpi', NaN, { positive: true })).toThrow(TsplotlibError);
    expect(() => checkFinite('figure', 'dpi', -1, { positive: true })).toThrow('figure: invalid dpi -1');
    expect(checkFinite('figure', 'dpi', 100, { positive: true })).toBe(100);
  });
  it('checkChoice() lists the choices and suggests the nearest', () => {
    expect(() => checkChoice('setXscale', 'scale', 'lgo', ['linear', 'log', 'symlog'])).toThrow(
      /expected one of "linear", "log", "symlog" \(did you mean "log"\?\)/,
    );
  });
});
