/**
 * A figure without axes decorations: `axis('off')` hides spines, ticks and labels, leaving a
 * Lissajous figure, its annotation and the title.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = "axis('off'): curves and text without spines, ticks or labels.";

/** RMS against matplotlib measured at 7.34; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 9;

export default function axisOff(): Figure {
  const [fig, ax] = plt.subplots(1, 1, { figsize: [5, 5] }) as [Figure, Axes];
  const t = Array.from({ length: 1000 }, (_, i) => (i / 999) * 2 * Math.PI);
  ax.plot(
    t.map((v) => Math.sin(3 * v)),
    t.map((v) => Math.sin(4 * v)),
    { lw: 1.5, color: 'tab:blue' },
  );
  ax.plot(
    t.map((v) => 0.5 * Math.sin(5 * v + 0.5)),
    t.map((v) => 0.5 * Math.sin(4 * v)),
    {
      lw: 1,
      color: 'tab:orange',
    },
  );
  ax.text(0, -1.22, 'x = sin 3t, y = sin 4t', { ha: 'center', fontsize: 11, color: '0.3' });
  ax.axis('off');
  ax.setTitle('Lissajous figures');
  return fig;
}
