import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/figure/Figure.js';
import { Text } from '../../../src/figure/Text.js';
import { TsplotlibError } from '../../../src/core/errors.js';

describe('Text.set()', () => {
  it('Text.set() accepts the font options text() accepts, with their aliases', () => {
    const t = new Text(0, 0, 'hello');
    t.set({ fontweight: 'bold', fontstyle: 'italic', fontsize: 14 });
    expect(t.getFont()).toMatchObject({ weight: 'bold', style: 'italic', size: 14 });
    t.set({ weight: 'normal', style: 'normal', size: 'large', c: 'red' });
    expect(t.getFont()).toMatchObject({ weight: 'normal', style: 'normal', size: 12 });
    expect(t.getColor()).toEqual([1, 0, 0, 1]);
  });

  it('Text.set() sets the multi-line alignment and validates it', () => {
    const t = new Text(0, 0, 'a\nbb');
    expect(() => t.set({ ma: 'right' })).not.toThrow();
    expect(() => t.set({ multialignment: 'middle' })).toThrow(TsplotlibError);
  });

  it('Axes.setTitle() and setXticks() pass font weight and style through to their texts', () => {
    const ax = new Figure().addSubplot();
    const title = ax.setTitle('Daily', { fontweight: 'bold', fontstyle: 'italic' });
    expect(title.getFont()).toMatchObject({ weight: 'bold', style: 'italic' });
    expect(() => ax.setXticks([0, 1], ['a', 'b'], { fontweight: 'bold', rotation: 45 })).not.toThrow();
  });
});
