/**
 * Spines: hide the top and right spines and move the others outward (a "Tufte" style), and cross
 * the spines at the data origin (matplotlib's "Spine placement").
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'Hidden top/right spines, spines moved outward, spines through zero.';

/** RMS against matplotlib measured at 16.68; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 19;

export default function spines(): Figure {
  const [fig, axs] = plt.subplots(1, 2, { figsize: [8, 3.6] }) as [Figure, Axes[]];
  const [a, b] = axs;
  const x = Array.from({ length: 100 }, (_, i) => (i / 99) * 2 * Math.PI);

  a!.plot(
    x,
    x.map((v) => 1 + Math.sin(v)),
  );
  a!.spines.top.setVisible(false);
  a!.spines.right.setVisible(false);
  a!.spines.left.setPosition(['outward', 10]);
  a!.spines.bottom.setPosition(['outward', 10]);
  a!.setTitle('outward, top/right hidden');

  b!.plot(
    x,
    x.map((v) => 2 * Math.sin(v) - 0.5),
    'tab:purple',
  );
  b!.spines.left.setPosition('zero');
  b!.spines.bottom.setPosition('zero');
  b!.spines.top.setVisible(false);
  b!.spines.right.setVisible(false);
  b!.spines.left.setColor('tab:gray');
  b!.spines.bottom.setLinewidth(1.5);
  b!.setTitle('crossing at zero');

  fig.subplotsAdjust({ wspace: 0.3, bottom: 0.15 });
  return fig;
}
