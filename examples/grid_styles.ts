/**
 * Grid lines: a styled major grid on both axes drawn below the data, and a finer minor grid on the
 * x axis only (matplotlib's "Major and minor ticks" / grid styling).
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'A dashed major grid below the data and a dotted minor x grid.';

/** RMS against matplotlib measured at 15.25; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 17;

export default function gridStyles(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const t = Array.from({ length: 301 }, (_, i) => i / 30);
  ax.plot(
    t,
    t.map((v) => Math.exp(-v / 4) * Math.cos(2 * Math.PI * v * 0.5)),
    { lw: 2, label: 'damped' },
  );
  ax.plot(
    t,
    t.map((v) => Math.exp(-v / 4)),
    'k--',
    { lw: 1, label: 'envelope' },
  );
  ax.plot(
    t,
    t.map((v) => -Math.exp(-v / 4)),
    'k--',
    { lw: 1 },
  );
  ax.setAxisbelow(true);
  ax.minorticksOn();
  ax.grid(true, { which: 'major', color: '0.75', linestyle: '--', linewidth: 0.8 });
  ax.grid(true, { which: 'minor', axis: 'x', color: '0.9', linestyle: ':', linewidth: 0.6 });
  ax.setXlabel('time (s)');
  ax.setYlabel('amplitude');
  ax.setTitle('Styled major and minor grid');
  ax.legend({ loc: 'upper right' });
  return fig;
}
