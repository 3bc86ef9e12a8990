/**
 * Scatter with per-point sizes and colors mapped through a colormap, semi-transparent with dark
 * edges (matplotlib's "Scatter plot" gallery example, with a deterministic generator instead of
 * numpy's random state so both libraries see the same points).
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Scatter: sizes, values mapped through viridis, alpha and edge colors.';

/** RMS against matplotlib measured at 7.79; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 10;

/** The "minimal standard" Lehmer generator: exact in doubles, so Python and JS agree bit for bit. */
function lehmer(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export default function scatterColormap(): Figure {
  const rand = lehmer(19680801);
  const n = 60;
  const x: number[] = [], y: number[] = [], c: number[] = [], s: number[] = []; // prettier-ignore
  for (let i = 0; i < n; i++) {
    x.push(rand());
    y.push(rand());
    c.push(rand());
    s.push((30 * rand()) ** 2 / 2 + 10);
  }
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  ax.scatter(x, y, { s, c, cmap: 'viridis', alpha: 0.6, edgecolors: 'k', linewidths: 0.8 });
  ax.scatter([0.1, 0.5, 0.9], [1.05, 1.05, 1.05], {
    s: 120,
    marker: 'D',
    color: 'tab:red',
    edgecolors: 'none',
  });
  ax.setTitle('Scatter with a colormap');
  ax.setXlabel('x');
  ax.setYlabel('y');
  return fig;
}
