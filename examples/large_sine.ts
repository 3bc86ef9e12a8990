/**
 * Long paths: a 2000-point chirp and its noisy copy (deterministic noise from a Lehmer generator),
 * the kind of trace a signal-processing notebook plots without thinking twice.
 */
import type { Axes, Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

export const description = 'A 2000-point chirp and a noisy copy: long paths.';

/** RMS against matplotlib measured at 11.04; unhinted text accounts for most of it (see docs/parity.md). */
export const parityTolerance = 13;

export default function largeSine(): Figure {
  let state = 12345;
  const noise = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  const n = 2000;
  const t = Array.from({ length: n }, (_, i) => (i / (n - 1)) * 4);
  const clean = t.map((v) => Math.sin(2 * Math.PI * (1 + 2 * v) * v));
  const noisy = clean.map((v) => v + 0.4 * noise());
  const [fig, ax] = plt.subplots() as [Figure, Axes];
  ax.plot(t, noisy, { lw: 0.5, color: 'tab:gray', label: 'measured' });
  ax.plot(t, clean, { lw: 1.2, color: 'tab:blue', label: 'chirp' });
  ax.setXlabel('time (s)');
  ax.setTitle('2000-point chirp');
  ax.legend({ loc: 'lower left' });
  return fig;
}
