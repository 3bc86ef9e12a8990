/**
 * Filled markers and fill styles: each of matplotlib's filled marker codes drawn with every fill
 * style, with separate face, alternate face and edge colors (matplotlib's "Marker reference").
 */
import type { Axes, Figure, Line2DOptions } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'The 15 filled marker codes in the six fill styles, with face and edge colors.';

/** RMS against matplotlib measured at 13.65; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 16;

export default function markersFilled(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const markers = ['o', 'v', '^', '<', '>', '8', 's', 'p', '*', 'h', 'H', 'D', 'd', 'P', 'X'];
  const fillstyles: NonNullable<Line2DOptions['fillstyle']>[] = [
    'full',
    'left',
    'right',
    'bottom',
    'top',
    'none',
  ];
  fillstyles.forEach((fs, row) => {
    markers.forEach((m, col) => {
      ax.plot([col], [row], {
        marker: m,
        markersize: 11,
        fillstyle: fs,
        markerfacecolor: 'tab:blue',
        markerfacecoloralt: 'lightsteelblue',
        markeredgecolor: 'midnightblue',
        linestyle: 'none',
      });
    });
  });
  ax.setXticks(
    markers.map((_, i) => i),
    markers.map((m) => `'${m}'`),
  );
  ax.setYticks(
    fillstyles.map((_, i) => i),
    fillstyles,
  );
  ax.setXlim(-0.7, markers.length - 0.3);
  ax.setYlim(-0.7, fillstyles.length - 0.3);
  ax.invertYaxis();
  ax.setTitle('Filled markers by fill style');
  return fig;
}
