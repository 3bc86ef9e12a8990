/**
 * Line styles: the named styles, custom dash tuples and a range of widths, labelled on the y axis,
 * as matplotlib's "Linestyles" gallery example.
 */
import type { Axes, Figure, Line2DOptions } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Named line styles, custom dash tuples and five line widths.';

/** RMS against matplotlib measured at 16.28; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 18;

export default function lineStyles(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const x = Array.from({ length: 101 }, (_, i) => i * 0.1);
  const styles: [string, NonNullable<Line2DOptions['linestyle']>][] = [
    ['solid', '-'],
    ['dashed', '--'],
    ['dashdot', '-.'],
    ['dotted', ':'],
    ['loosely dashed', [0, [5, 10]]],
    ['densely dashdotted', [0, [3, 1, 1, 1]]],
    ['dashdotdotted', [0, [3, 5, 1, 5, 1, 5]]],
  ];
  styles.forEach(([, ls], i) => {
    ax.plot(
      x,
      x.map((v) => i + 0.25 * Math.sin(v)),
      { linestyle: ls, color: 'C0' },
    );
  });
  const widths = [0.5, 1, 2, 3, 5];
  widths.forEach((lw, j) => {
    ax.plot(
      x,
      x.map((v) => styles.length + j + 0.25 * Math.cos(v)),
      { linewidth: lw, color: 'C3' },
    );
  });
  const labels = [...styles.map(([name]) => name), ...widths.map((lw) => `lw = ${lw}`)];
  ax.setYticks(
    labels.map((_, i) => i),
    labels,
  );
  ax.setTitle('Line styles and widths');
  ax.setXlabel('x');
  fig.subplotsAdjust({ left: 0.25 });
  return fig;
}
