/**
 * Legends: automatic 'best' placement, named locations, several columns, a title, and keys for
 * lines, markers and scatter collections, one legend per subplot.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = "Legends at 'best' and named locations, with ncols, a title and scatter keys.";

/** RMS against matplotlib measured at 21.78; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 24;

export default function legendLocations(): Figure {
  const [fig, axs] = plt.subplots(2, 2) as [Figure, Axes[][]];
  const x = Array.from({ length: 50 }, (_, i) => i / 7);
  const [a, b] = axs[0]!;
  const [c, d] = axs[1]!;

  a!.plot(
    x,
    x.map((v) => Math.sin(v)),
    { label: 'sin' },
  );
  a!.plot(
    x,
    x.map((v) => Math.cos(v)),
    '--',
    { label: 'cos' },
  );
  a!.plot(
    x,
    x.map((v) => 0.9 - v / 10),
    ':',
    { label: 'trend' },
  );
  a!.legend({ loc: 'best' });
  a!.setTitle("loc='best'");

  for (let k = 0; k < 4; k++)
    b!.plot(
      x,
      x.map((v) => (k + 1) * Math.sqrt(v)),
      { label: `run ${k + 1}` },
    );
  b!.legend({ loc: 'upper left', ncols: 2, fontsize: 'small' });
  b!.setTitle("'upper left', ncols=2");

  c!.plot(
    x,
    x.map((v) => Math.exp(-v / 3)),
    'o-',
    { markersize: 4, label: 'decay' },
  );
  c!.plot(
    x,
    x.map((v) => Math.exp(-v / 5)),
    's',
    { markersize: 4, markevery: 4, label: 'samples' },
  );
  c!.scatter([1, 3, 5], [0.6, 0.5, 0.4], { s: 60, color: 'tab:red', marker: '*', label: 'events' });
  c!.legend({ loc: 'upper right', title: 'Signals' });
  c!.setTitle("'upper right', title");

  d!.scatter([1, 2, 3, 4], [1, 3, 2, 4], { s: [20, 60, 120, 200], c: 'tab:green', label: 'sized' });
  d!.plot([1, 4], [1.5, 3.5], 'k-', { lw: 1, label: 'fit' });
  d!.legend({ loc: 'lower right', frameon: false, scatterpoints: 3 });
  d!.setTitle("'lower right', no frame");

  fig.subplotsAdjust({ hspace: 0.4, wspace: 0.25 });
  return fig;
}
