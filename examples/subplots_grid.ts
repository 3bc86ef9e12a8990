/**
 * A 2x2 grid of subplots, each with its own title and axis labels, under a figure title
 * (matplotlib's "Creating multiple subplots").
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'A 2x2 grid of subplots with titles, axis labels and a suptitle.';

/** RMS against matplotlib measured at 18.28; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 20;

export default function subplotsGrid(): Figure {
  const [fig, axs] = plt.subplots(2, 2) as [Figure, Axes[][]];
  const x = Array.from({ length: 200 }, (_, i) => (i / 199) * 2 * Math.PI);
  const [a, b] = axs[0]!;
  const [c, d] = axs[1]!;
  a!.plot(
    x,
    x.map((v) => Math.sin(v)),
  );
  a!.setTitle('sin(x)');
  a!.setYlabel('amplitude');
  b!.plot(
    x,
    x.map((v) => Math.sin(v) ** 2),
    'tab:orange',
  );
  b!.setTitle('sin²(x)');
  c!.plot(
    x,
    x.map((v) => Math.sin(3 * v) * Math.exp(-v / 3)),
    'tab:green',
  );
  c!.setTitle('damped sin(3x)');
  c!.setXlabel('x (rad)');
  c!.setYlabel('amplitude');
  d!.plot(
    x,
    x.map((v) => Math.abs(Math.cos(v)) ** 0.5 * Math.sign(Math.cos(v))),
    'tab:red',
  );
  d!.setTitle('signed √|cos(x)|');
  d!.setXlabel('x (rad)');
  fig.suptitle('Four functions of x');
  fig.subplotsAdjust({ hspace: 0.45, wspace: 0.3 });
  return fig;
}
