/**
 * Missing data: NaN values break a line into separate pieces (and drop their markers), as a
 * sensor trace with dropouts would be drawn.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'NaN values break lines into pieces; markers skip the gaps.';

/** RMS against matplotlib measured at 14.74; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 17;

export default function nanGaps(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const x = Array.from({ length: 60 }, (_, i) => i / 4);
  const y = x.map((v, i) => ((i >= 12 && i < 18) || i === 35 || (i >= 44 && i < 47) ? NaN : Math.sin(v)));
  ax.plot(
    x,
    x.map((v) => Math.sin(v)),
    { color: '0.8', lw: 4, label: 'true signal' },
  );
  ax.plot(x, y, 'o-', { markersize: 4, label: 'measured (with dropouts)' });
  const z = x.map((v, i) => (i % 10 === 5 ? NaN : 0.5 * Math.cos(v) - 1.6));
  ax.plot(x, z, 'r--', { label: 'every tenth sample missing' });
  ax.setXlabel('time (s)');
  ax.setYlabel('signal');
  ax.setTitle('NaN breaks a line');
  ax.legend({ loc: 'lower left', fontsize: 'small' });
  return fig;
}
