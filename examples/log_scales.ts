/**
 * Non-linear axes: a log y axis over data spanning six decades, a log x axis (a frequency
 * response), log-log, and a symmetric log axis through zero (matplotlib's "Log scale" and
 * "Symlog" gallery examples).
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Log y over six decades, log x, log-log and symlog axes.';

/** RMS against matplotlib measured at 16.02; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 18;

export default function logScales(): Figure {
  const [fig, axs] = plt.subplots(2, 2) as [Figure, Axes[][]];
  const [a, b] = axs[0]!;
  const [c, d] = axs[1]!;

  const t = Array.from({ length: 100 }, (_, i) => i / 10);
  a!.plot(
    t,
    t.map((v) => Math.exp(1.4 * v) / 10),
  );
  a!.setYscale('log');
  a!.setTitle('log y');
  a!.grid(true);

  const f = Array.from({ length: 200 }, (_, i) => 10 ** (-1 + (i / 199) * 4));
  b!.plot(
    f,
    f.map((v) => 20 * Math.log10(1 / Math.sqrt(1 + (v / 10) ** 2))),
    'tab:orange',
  );
  b!.setXscale('log');
  b!.setTitle('log x');
  b!.setYlabel('gain (dB)');

  const n = Array.from({ length: 50 }, (_, i) => 2 ** (i / 4));
  c!.plot(
    n,
    n.map((v) => v ** 1.5),
    'o-',
    { markersize: 3, label: 'n^1.5' },
  );
  c!.plot(
    n,
    n.map((v) => v * Math.log2(v + 1)),
    's-',
    { markersize: 3, label: 'n log n' },
  );
  c!.setXscale('log', { base: 2 });
  c!.setYscale('log');
  c!.setTitle('log-log (base 2 x)');
  c!.legend();

  const s = Array.from({ length: 201 }, (_, i) => -50 + i / 2);
  d!.plot(
    s,
    s.map((v) => v ** 3 / 100),
    'tab:green',
  );
  d!.setYscale('symlog', { linthresh: 1 });
  d!.setTitle('symlog y');
  d!.grid(true);

  fig.subplotsAdjust({ hspace: 0.45, wspace: 0.3 });
  return fig;
}
