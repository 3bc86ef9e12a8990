/**
 * The 'dark_background' style sheet combined with a few settings of our own, through
 * `rcContext`: light lines and text on black, thicker lines, restored afterwards.
 */
import { rcContext, style, type Axes, type Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = "rcContext with the 'dark_background' sheet plus overrides.";

/** RMS against matplotlib measured at 12.54; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 15;

export default function darkBackground(): Figure {
  return style.context('dark_background', () =>
    rcContext({ 'lines.linewidth': 2.5, 'axes.titlesize': 'x-large' }, () => {
      const [fig, ax] = plt.subplots() as [Figure, Axes];
      const x = Array.from({ length: 200 }, (_, i) => i / 20);
      ax.plot(
        x,
        x.map((v) => Math.sin(v)),
        { label: 'sin' },
      );
      ax.plot(
        x,
        x.map((v) => Math.cos(v)),
        { label: 'cos' },
      );
      ax.plot(
        x,
        x.map((v) => Math.sin(v) * Math.cos(v)),
        '--',
        { label: 'sin·cos' },
      );
      ax.setTitle('dark_background');
      ax.legend({ loc: 'upper right' });
      return fig;
    }),
  );
}
