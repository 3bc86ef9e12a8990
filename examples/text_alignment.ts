/**
 * Text placement: the nine horizontal/vertical alignment combinations around a marked anchor,
 * rotated text, text in round and square boxes, and multi-line text with its own alignment
 * (matplotlib's "Text alignment" and "Text rotation" gallery examples).
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Text alignment, rotation, boxes and multi-line text.';

/** RMS against matplotlib measured at 26.30; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 28;

export default function textAlignment(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const has = ['left', 'center', 'right'] as const;
  const vas = ['bottom', 'center', 'top'] as const;
  has.forEach((ha, i) => {
    vas.forEach((va, j) => {
      const x = 0.12 + 0.28 * i, y = 0.55 + 0.15 * j; // prettier-ignore
      ax.plot([x], [y], 'o', { color: 'tab:red', markersize: 4 });
      ax.text(x, y, `${ha}/${va}`, { ha, va, fontsize: 9 });
    });
  });
  ax.text(0.9, 0.75, 'rotated 45°', { rotation: 45, ha: 'center', va: 'center' });
  ax.text(0.9, 0.4, 'vertical', { rotation: 'vertical', ha: 'center', va: 'center', color: 'tab:purple' });
  ax.text(0.2, 0.3, 'round box', {
    ha: 'center',
    va: 'center',
    fontsize: 12,
    bbox: { boxstyle: 'round', facecolor: 'wheat', edgecolor: 'saddlebrown', alpha: 0.8 },
  });
  ax.text(0.5, 0.3, 'square box', {
    ha: 'center',
    va: 'center',
    bbox: { boxstyle: 'square', pad: 0.4, facecolor: 'lightblue', edgecolor: 'navy', linewidth: 1.5 },
  });
  ax.text(0.35, 0.1, 'A multi-line note\nwith centered lines\nthat wrap by hand', {
    ha: 'center',
    va: 'center',
    ma: 'center',
    fontsize: 9,
    fontstyle: 'italic',
  });
  ax.text(0.75, 0.1, 'right-aligned\nlines\nof text', {
    ha: 'center',
    va: 'center',
    ma: 'right',
    fontweight: 'bold',
  });
  ax.setXlim(0, 1);
  ax.setYlim(0, 1);
  ax.setTitle('Text alignment, rotation and boxes');
  return fig;
}
