import { describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import {
  getBackend,
  hasBackend,
  knownBackendNames,
  registerBackend,
  resolveBackendName,
} from '../../../src/backends/index.js';
import { TemplateRenderer } from '../../../src/backends/template/index.js';
import { CanvasRenderer } from '../../../src/backends/canvas/index.js';
import { SvgRenderer } from '../../../src/backends/svg/index.js';

describe('backends/registry', () => {
  it('getBackend() finds the built-ins by case-insensitive name and alias', () => {
    expect(getBackend('AGG').name).toBe('agg');
    expect(getBackend('png')).toBe(getBackend('agg'));
    expect(getBackend(' Svg ').name).toBe('svg');
    // The template backend shows figures in virtual views, so the interactive contract runs on it.
    expect(getBackend('template').interactive).toBe(true);
  });

  it('getBackend() throws a TsplotlibError listing the known backends with a suggestion', () => {
    expect(() => getBackend('svq')).toThrow(TsplotlibError);
    expect(() => getBackend('svq')).toThrow(
      /^use: unknown backend "svq" \(did you mean "svg"\?\); known backends: .*agg.*png.*svg.*template/,
    );
    expect(() => getBackend('', 'switchBackend')).toThrow(
      /^switchBackend: backend name must be a non-empty string/,
    );
  });

  it('registerBackend() adds a third-party backend whose factory runs once, on first use', () => {
    let calls = 0;
    registerBackend(
      'MyBackend',
      () => {
        calls++;
        return { name: 'mybackend', interactive: true };
      },
      { aliases: ['mine'] },
    );
    expect(calls).toBe(0);
    expect(hasBackend('MINE')).toBe(true);
    expect(resolveBackendName('mine')).toBe('mybackend');
    expect(getBackend('mine')).toBe(getBackend('mybackend'));
    expect(calls).toBe(1);
    expect(knownBackendNames()).toContain('mine');
  });

  it('registerBackend() rejects a factory that is not a function', () => {
    expect(() => registerBackend('bad', 42 as never)).toThrow(
      /registerBackend: factory for "bad" must be a function/,
    );
  });

  it("createRenderer() of each built-in gives that backend's renderer", () => {
    expect(getBackend('agg').createRenderer!(20, 10, 100)).toBeInstanceOf(CanvasRenderer);
    const svg = getBackend('svg').createRenderer!(200, 100, 100);
    expect(svg).toBeInstanceOf(SvgRenderer);
    expect([svg.width, svg.height, svg.dpi]).toEqual([144, 72, 72]);
    expect(getBackend('template').createRenderer!(20, 10, 50)).toBeInstanceOf(TemplateRenderer);
  });
});
