/**
 * Every complete code block of the README and the guide runs: blocks fenced as ```ts are whole
 * programs (fragments are fenced as ```typescript). Each runs with tsx in its own directory inside
 * the package, so `tsplotlib` resolves through package.json exports to the built dist/, as it
 * would for a user. `npm test` builds dist/ first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DOCS = ['README.md', 'docs/guide.md'];
const TMP = resolve('test/.docs-run');
const built = existsSync('dist/esm/index.js');

function blocks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

describe.skipIf(!built)('documentation code blocks run', () => {
  const made: string[] = [];
  // Only this file's folders: other docs tests run their blocks under the same parent at the same time.
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  for (const file of DOCS) {
    blocks(file).forEach((code, i) => {
      it(`${file} block ${i + 1} runs`, () => {
        const dir = join(TMP, `${file.replace(/\W/g, '_')}-${i + 1}`);
        mkdirSync(dir, { recursive: true });
        made.push(dir);
        writeFileSync(join(dir, 'snippet.ts'), code);
        const tsx = resolve('node_modules/tsx/dist/cli.mjs');
        execFileSync(process.execPath, [tsx, 'snippet.ts'], { cwd: dir, stdio: 'pipe', timeout: 60_000 });
        expect(true).toBe(true);
      });
    });
  }
  it('the README and the guide have runnable blocks', () => {
    expect(DOCS.map((f) => blocks(f).length).every((n) => n > 0)).toBe(true);
  });
});
