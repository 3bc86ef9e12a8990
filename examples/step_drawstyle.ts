/**
 * Step plots with `drawstyle`: 'steps-pre', 'steps-mid' and 'steps-post' against the plain line
 * through the same points, each shifted down for readability (matplotlib's "Step Demo").
 */
import type { Axes, Figure, Line2DOptions } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = "drawstyle 'steps-pre', 'steps-mid', 'steps-post' and 'default'.";

/** RMS against matplotlib measured at 14.69; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 17;

export default function stepDrawstyle(): Figure {
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  const x = Array.from({ length: 14 }, (_, i) => i);
  const y = x.map((v) => Math.sin(v / 2));
  const styles: NonNullable<Line2DOptions['drawstyle']>[] = [
    'steps-pre',
    'steps-mid',
    'steps-post',
    'default',
  ];
  styles.forEach((ds, k) => {
    const yk = y.map((v) => v + 2 * (3 - k));
    ax.plot(x, yk, { drawstyle: ds, label: ds });
    ax.plot(x, yk, 'o', { color: 'grey', alpha: 0.4, markersize: 4 });
  });
  ax.grid(true, { axis: 'x', color: '0.95' });
  ax.legend({ title: 'drawstyle', loc: 'upper right', fontsize: 'small' });
  ax.setTitle('Step plots');
  ax.setXlim(-0.5, 17);
  return fig;
}
