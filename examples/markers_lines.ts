/**
 * Markers on lines: the unfilled marker codes, `markevery` in its forms (every Nth, a start and
 * step, explicit indices), and marker edge and face colors that differ from the line's.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Unfilled marker codes, markevery and marker edge/face colors on lines.';

/** RMS against matplotlib measured at 12.04; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 14;

export default function markersLines(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const unfilled = ['.', ',', '+', 'x', '|', '_', '1', '2', '3', '4'];
  unfilled.forEach((m, i) => {
    ax.plot([i, i + 0.5], [9, 9], { marker: m, markersize: 12, linestyle: 'none', color: 'k' });
  });
  const x = Array.from({ length: 40 }, (_, i) => i * 0.25);
  ax.plot(
    x,
    x.map((v) => 6.5 + 0.8 * Math.sin(v)),
    '-o',
    { markevery: 5, label: 'markevery=5' },
  );
  ax.plot(
    x,
    x.map((v) => 4.5 + 0.8 * Math.sin(v + 1)),
    '-s',
    {
      markevery: { start: 2, step: 8 },
      label: 'markevery=(2, 8)',
    },
  );
  ax.plot(
    x,
    x.map((v) => 2.5 + 0.8 * Math.sin(v + 2)),
    '--D',
    {
      markevery: [0, 10, 20, 39],
      markersize: 8,
      markerfacecolor: 'gold',
      markeredgecolor: 'firebrick',
      markeredgewidth: 2,
      label: 'indices, mfc/mec',
    },
  );
  ax.plot(
    x,
    x.map((v) => 0.5 + 0.8 * Math.sin(v + 3)),
    ':^',
    {
      markersize: 7,
      markerfacecolor: 'white',
      color: 'purple',
      label: 'hollow face',
    },
  );
  ax.setXlim(-0.5, 10.5);
  ax.setYlim(-0.8, 10);
  ax.legend({ loc: 'center right', fontsize: 'small' });
  ax.setTitle('Markers on lines');
  return fig;
}
