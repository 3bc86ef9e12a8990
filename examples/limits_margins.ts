/**
 * View limits: autoscaling with wider margins, explicit limits that crop the data, and an inverted
 * y axis for a depth profile (matplotlib's `margins`, `set_xlim`/`set_ylim` and `invert_yaxis`).
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'margins(), explicit limits and an inverted y axis.';

/** RMS against matplotlib measured at 14.18; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 16;

export default function limitsMargins(): Figure {
  const [fig, axs] = plt.subplots(1, 3, { figsize: [9, 3.6] }) as [Figure, Axes[]];
  const [a, b, c] = axs;
  const x = Array.from({ length: 41 }, (_, i) => i / 4);
  const y = x.map((v) => Math.sin(v) + v / 5);

  a!.plot(x, y, '.-');
  a!.margins(0.2);
  a!.setTitle('margins(0.2)');

  b!.plot(x, y, '.-');
  b!.setXlim(2, 8);
  b!.setYlim(-0.5, 2.5);
  b!.setTitle('xlim (2, 8), ylim (-0.5, 2.5)');

  const depth = Array.from({ length: 30 }, (_, i) => i * 10);
  c!.plot(
    depth.map((z) => 4 + 14 * Math.exp(-z / 80)),
    depth,
    'tab:blue',
  );
  c!.invertYaxis();
  c!.setXlabel('temperature (°C)');
  c!.setYlabel('depth (m)');
  c!.setTitle('inverted y');

  fig.subplotsAdjust({ wspace: 0.35, bottom: 0.15 });
  return fig;
}
