/**
 * A style sheet applied to one figure only: `style.context('ggplot', ...)` gives the gray panel,
 * white grid and ggplot colors, and restores the global settings afterwards.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = "style.context('ggplot'): a style sheet for one figure.";

/** RMS against matplotlib measured at 6.96; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 9;

export default function styleGgplot(): Figure {
  return plt.style.context('ggplot', () => {
    const [fig, ax] = plt.subplots() as [Figure, Axes];
    const x = Array.from({ length: 100 }, (_, i) => i / 10);
    for (let k = 0; k < 4; k++) {
      ax.plot(
        x,
        x.map((v) => Math.sin(v + k * 0.7) * (1 + k / 4)),
        { label: `phase ${k}` },
      );
    }
    ax.scatter([1, 3, 5, 7, 9], [1.8, -1.5, 1.6, -1.2, 1.4], { s: 50, label: 'events' });
    ax.setTitle('ggplot style');
    ax.setXlabel('x');
    ax.setYlabel('y');
    ax.legend({ loc: 'lower left', ncols: 5, fontsize: 'small' });
    return fig;
  });
}
