/**
 * The published entry points, as a consumer loads them: `tsplotlib` and `tsplotlib/pyplot` through
 * package.json `exports`, both as ES modules and through require() (tslab notebook cells are
 * CommonJS). Runs in child processes so that nothing of the test runner's module resolution helps.
 * `npm test` builds dist/ before this runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const built = existsSync('dist/esm/index.js') && existsSync('dist/cjs/index.cjs');
const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();

describe.skipIf(!built)('package entry points', () => {
  it("import 'tsplotlib' and 'tsplotlib/pyplot' share one pyplot and draw a PNG", () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import * as tp from 'tsplotlib'; import * as plt from 'tsplotlib/pyplot';
       plt.plot([1, 2, 3], [3, 1, 2], 'o-');
       const png = plt.gcf().toBuffer('png');
       console.log(tp.pyplot.gcf() === plt.gcf(), png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47);`,
    ]);
    expect(out).toBe('true true');
  });
  it("require('tsplotlib') and require('tsplotlib/pyplot') work from CommonJS", () => {
    const out = node([
      '-e',
      `const tp = require('tsplotlib'); const plt = require('tsplotlib/pyplot');
       const fig = new tp.Figure(); fig.addSubplot().plot([1, 2, 3]);
       console.log(plt === tp.pyplot, Buffer.from(fig.toBuffer('svg')).toString().includes('</svg>'));`,
    ]);
    expect(out).toBe('true true');
  });
});
