/**
 * The example gallery never rots: every `examples/*.ts` (with or without a matplotlib twin) builds
 * its figure and renders it to PNG and SVG without throwing, and declares its optional exports with
 * the right types.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Figure } from '../../src/figure/Figure.js';
import { close } from '../../src/pyplot.js';
import { exampleNames, loadExample } from '../helpers/examples.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const names = exampleNames();

describe('examples', () => {
  afterEach(() => close('all'));

  it('has at least 14 example scenes', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  for (const name of names) {
    it(`examples/${name} builds a Figure and renders it to PNG and SVG`, async () => {
      const mod = await loadExample(name);
      expect(typeof mod.default).toBe('function');
      if (mod.description !== undefined) expect(typeof mod.description).toBe('string');
      if (mod.parityTolerance !== undefined) expect(mod.parityTolerance).toBeGreaterThan(0);
      const fig = await mod.default();
      expect(fig).toBeInstanceOf(Figure);
      const png = fig.toBuffer('png');
      expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
      const [w, h] = fig.pixelSize('test');
      // The IHDR chunk holds the width and height, big-endian, right after the signature.
      const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([w, h]);
      const svg = new TextDecoder().decode(fig.toBuffer('svg'));
      expect(svg).toMatch(/<svg[^>]*>/);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    });
  }
});
