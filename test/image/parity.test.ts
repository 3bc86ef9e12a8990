/**
 * Image parity with matplotlib: every example that has a Python twin is rendered by tsplotlib and
 * by Debian's matplotlib, and the two PNGs are compared with matplotlib's RMS metric. A failure
 * writes both images and an amplified diff to test/image/actual/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { close } from '../../src/pyplot.js';
import {
  decodePng,
  diffImage,
  matplotlibPython,
  renderMatplotlib,
  rms,
  skipReason,
  writeFile,
} from '../helpers/images.js';
import {
  DEFAULT_PARITY_TOLERANCE,
  exampleNames,
  hasMatplotlibTwin,
  loadExample,
} from '../helpers/examples.js';

const py = matplotlibPython();
const skip = skipReason('python3-matplotlib', py !== null);
const names = exampleNames().filter(hasMatplotlibTwin);

describe.skipIf(skip !== null)('parity with matplotlib', () => {
  afterAll(() => close('all'));
  it('has at least 12 example scenes with a matplotlib twin', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });
  for (const name of names) {
    it(`examples/${name} renders like matplotlib`, async () => {
      const mod = await loadExample(name);
      const tol = mod.parityTolerance ?? DEFAULT_PARITY_TOLERANCE;
      const fig = await mod.default();
      const oursBytes = fig.toBuffer('png');
      const theirsPath = `test/image/actual/${name}.mpl.png`;
      renderMatplotlib(py!, `examples/${name}.py`, theirsPath);
      const [ours, theirs] = await Promise.all([decodePng(oursBytes), decodePng(readFileSync(theirsPath))]);
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      const score = rms(ours, theirs);
      if (score > tol) {
        writeFile(`test/image/actual/${name}.ts.png`, oursBytes);
        writeFile(`test/image/actual/${name}.diff.png`, diffImage(ours, theirs));
      }
      expect(score, `RMS of ${name} against matplotlib`).toBeLessThanOrEqual(tol);
    });
  }
});
