/**
 * The demo: renders every example in `examples/` (with or without a matplotlib twin) to
 * `out/NAME.png` and `out/NAME.svg`, one line per example, then a summary.
 *
 * Usage: `npx tsx scripts/demo.ts [name …]` from the repository root (`npm run demo`). Exits
 * non-zero if any example throws.
 */
import { mkdirSync } from 'node:fs';
import { close } from '../src/pyplot.js';
import { exampleNames } from '../test/helpers/examples.js';

const OUT_DIR = 'out';

/** Builds one example and writes its PNG and SVG; returns the paths written. */
async function renderExample(name: string): Promise<string[]> {
  const mod = (await import(`../examples/${name}.ts`)) as {
    default: () => { savefig(fname: string): void } | Promise<{ savefig(fname: string): void }>;
  };
  try {
    const fig = await mod.default();
    const paths = [`${OUT_DIR}/${name}.png`, `${OUT_DIR}/${name}.svg`];
    for (const p of paths) fig.savefig(p);
    return paths;
  } finally {
    close('all');
  }
}

async function main(): Promise<number> {
  const all = exampleNames();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((n) => !all.includes(n));
  if (unknown.length) {
    console.error(`demo: no example named ${unknown.join(', ')} (known: ${all.join(', ')})`);
    return 1;
  }
  const names = wanted.length ? wanted : all;
  mkdirSync(OUT_DIR, { recursive: true });
  const failed: string[] = [];
  for (const name of names) {
    const started = performance.now();
    try {
      const paths = await renderExample(name);
      const ms = (performance.now() - started).toFixed(0);
      console.log(`${name.padEnd(20)} ${paths.join('  ')}  (${ms} ms)`);
    } catch (err) {
      failed.push(name);
      console.error(
        `${name.padEnd(20)} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }
  const ok = names.length - failed.length;
  console.log(
    `${ok} of ${names.length} examples rendered to ${OUT_DIR}/ (PNG and SVG)` +
      (failed.length ? `; failed: ${failed.join(', ')}` : ''),
  );
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
