/**
 * Titles at the left, center and right of an Axes at once, with their own font sizes and colors,
 * as a dashboard panel would label a series, its units and its source.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Left, center and right titles on one Axes.';

/** RMS against matplotlib measured at 9.51; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 12;

export default function titleLocations(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  ax.plot(
    days,
    days.map((d) => 20 + 5 * Math.sin(d / 4) + d / 10),
    'o-',
    { markersize: 3 },
  );
  ax.setTitle('Daily temperature', { loc: 'center', fontweight: 'bold' });
  ax.setTitle('°C', { loc: 'left', fontsize: 10, color: '0.4' });
  ax.setTitle('station 42', { loc: 'right', fontsize: 10, fontstyle: 'italic', color: 'tab:gray' });
  ax.setXlabel('day of month');
  return fig;
}
