/**
 * Offset and scientific tick labels: values near 1e6 that vary in the last digits get an offset
 * ("+1e6") and values at the 1e-7 scale get a multiplier ("1e-7"), as matplotlib's ScalarFormatter
 * decides by itself.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'ScalarFormatter offset (+1e6) and scientific multiplier (1e-7) labels.';

/** RMS against matplotlib measured at 15.08; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 17;

export default function offsetTicks(): Figure {
  const [fig, axs] = plt.subplots(1, 2, { figsize: [8, 3.8] }) as [Figure, Axes[]];
  const [a, b] = axs;
  const x = Array.from({ length: 50 }, (_, i) => i);
  a!.plot(
    x,
    x.map((v) => 1e6 + 3 * v + 20 * Math.sin(v / 3)),
  );
  a!.setTitle('values near 1e6');
  a!.setXlabel('sample');
  b!.plot(
    x.map((v) => v * 2e-7),
    x.map((v) => 1e-7 * (1 + Math.cos(v / 5))),
    'tab:red',
  );
  b!.setTitle('values at 1e-7');
  b!.setXlabel('time (s)');
  fig.subplotsAdjust({ wspace: 0.35, bottom: 0.15 });
  return fig;
}
