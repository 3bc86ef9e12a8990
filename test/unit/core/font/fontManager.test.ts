import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeFontLoader, readFontFile } from '../../../../src/backends/node/fonts.js';
import { findFont, isBold, registerFont, setFontWarningHook } from '../../../../src/core/font/fontManager.js';

beforeAll(() => installNodeFontLoader());

describe('findFont()', () => {
  it('resolves sans-serif and DejaVu Sans to the regular face', () => {
    const face = findFont({ family: 'sans-serif', weight: 'normal', style: 'normal' });
    expect(face.familyName).toBe('DejaVu Sans');
    expect(face.styleName).toBe('Book');
    expect(findFont({ family: 'DejaVu Sans', weight: 'normal', style: 'normal' })).toBe(face);
  });

  it('picks the bold face for "bold" and numeric weights >= 600, and Oblique for italic and oblique', () => {
    expect(findFont({ family: 'sans-serif', weight: 'bold', style: 'normal' }).styleName).toBe('Bold');
    expect(findFont({ family: 'sans-serif', weight: 700, style: 'normal' }).styleName).toBe('Bold');
    expect(findFont({ family: 'sans-serif', weight: 500, style: 'normal' }).styleName).toBe('Book');
    expect(findFont({ family: 'sans-serif', weight: 'normal', style: 'italic' }).styleName).toBe('Oblique');
    expect(findFont({ family: 'sans-serif', weight: 'bold', style: 'oblique' }).styleName).toBe(
      'Bold Oblique',
    );
    expect(isBold(600)).toBe(true);
    expect(isBold('normal')).toBe(false);
  });

  it('maps monospace to DejaVu Sans Mono', () => {
    expect(findFont({ family: 'monospace', weight: 'normal', style: 'normal' }).familyName).toBe(
      'DejaVu Sans Mono',
    );
  });

  it('falls back to DejaVu Sans for serif with a one-time warning', () => {
    const warnings: string[] = [];
    setFontWarningHook((m) => warnings.push(m));
    const face = findFont({ family: 'serif', weight: 'normal', style: 'normal' });
    findFont({ family: 'serif', weight: 'bold', style: 'normal' });
    expect(face.familyName).toBe('DejaVu Sans');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Font family "serif" not found/);
    setFontWarningHook(() => {});
  });

  it('takes the first available family of a comma-separated list', () => {
    expect(
      findFont({ family: 'Nope Sans, DejaVu Sans Mono', weight: 'normal', style: 'normal' }).familyName,
    ).toBe('DejaVu Sans Mono');
  });

  it('registerFont() adds a face under a custom family name', () => {
    const face = registerFont(readFontFile('DejaVuSansMono.ttf'), 'My Mono');
    expect(findFont({ family: 'My Mono', weight: 'normal', style: 'normal' })).toBe(face);
    expect(() => registerFont('not bytes' as unknown as Uint8Array)).toThrow(
      /registerFont: expected the font file/,
    );
  });
});
