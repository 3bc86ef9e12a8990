/**
 * The parity report: every example with a matplotlib twin is rendered by tsplotlib and by Debian's
 * matplotlib, compared with matplotlib's RMS metric, and written to `docs/parity/` (both images and
 * an amplified diff) and `docs/parity.md` (side by side, with scores and tolerances).
 *
 * Usage: `npx tsx scripts/parity-report.ts [name …]` from the repository root (`npm run parity`).
 * With names, only those scenes are rendered and reported. Exits non-zero when matplotlib is missing,
 * an example throws, or a score exceeds its tolerance.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { close } from '../src/pyplot.js';
import {
  DEFAULT_PARITY_TOLERANCE,
  exampleNames,
  hasMatplotlibTwin,
  loadExample,
} from '../test/helpers/examples.js';
import {
  decodePng,
  diffImage,
  matplotlibPython,
  renderMatplotlib,
  rms,
  writeFile,
} from '../test/helpers/images.js';

const OUT_DIR = 'docs/parity';
const REPORT = 'docs/parity.md';

/** One compared scene. */
interface SceneResult {
  name: string;
  description: string;
  score: number;
  tolerance: number;
  size: [number, number];
}

/** Renders one scene both ways, writes the three images and returns its score. */
async function compareScene(py: string, name: string): Promise<SceneResult> {
  const mod = await loadExample(name);
  const fig = await mod.default();
  const oursBytes = fig.toBuffer('png');
  close('all');
  const oursPath = `${OUT_DIR}/${name}.tsplotlib.png`;
  const theirsPath = `${OUT_DIR}/${name}.matplotlib.png`;
  writeFile(oursPath, oursBytes);
  renderMatplotlib(py, `examples/${name}.py`, theirsPath);
  const [ours, theirs] = await Promise.all([decodePng(oursBytes), decodePng(readFileSync(theirsPath))]);
  if (ours.width !== theirs.width || ours.height !== theirs.height) {
    throw new Error(
      `${name}: image sizes differ (tsplotlib ${ours.width}x${ours.height}, matplotlib ${theirs.width}x${theirs.height})`,
    );
  }
  writeFile(`${OUT_DIR}/${name}.diff.png`, diffImage(ours, theirs));
  return {
    name,
    description: mod.description ?? '',
    score: rms(ours, theirs),
    tolerance: mod.parityTolerance ?? DEFAULT_PARITY_TOLERANCE,
    size: [ours.width, ours.height],
  };
}

function matplotlibVersion(py: string): string {
  return execFileSync(py, ['-c', 'import matplotlib; print(matplotlib.__version__)'], {
    encoding: 'utf8',
  }).trim();
}

/** The markdown page: the metric, how to regenerate, a summary table and one section per scene. */
function renderReport(results: SceneResult[], mplVersion: string): string {
  const status = (r: SceneResult) => (r.score <= r.tolerance ? 'ok' : '**over tolerance**');
  const lines = [
    '# Parity with matplotlib',
    '',
    `Every example in \`examples/\` that has a Python twin (\`examples/NAME.py\`) is drawn twice: by tsplotlib`,
    `(\`examples/NAME.ts\`) and by matplotlib ${mplVersion} (Debian's \`python3-matplotlib\`, Agg backend), at the`,
    `figure's own size and dpi. The score is matplotlib's image-comparison metric (\`calculate_rms\`): the root mean`,
    `square of the per-channel differences over RGB, 0–255, all pixels. 0 means identical. Most of what remains is`,
    `text: glyph shapes, hinting and pixel placement differ from FreeType's hinted bitmaps, and text-heavy scenes`,
    `score higher; the rest is anti-aliasing (Skia against Agg). Each scene's tolerance (\`parityTolerance\` in the`,
    `example) is what \`test/image/parity.test.ts\` enforces.`,
    '',
    'Regenerate this page and the images with `npm run parity` (`npx tsx scripts/parity-report.ts [name …]`). The',
    'diff images amplify differences ×10 on black.',
    '',
    '| scene | RMS | tolerance | status |',
    '| --- | ---: | ---: | --- |',
    ...results.map(
      (r) => `| [${r.name}](#${r.name}) | ${r.score.toFixed(2)} | ${r.tolerance} | ${status(r)} |`,
    ),
    '',
  ];
  for (const r of results) {
    lines.push(
      `## ${r.name}`,
      '',
      ...(r.description ? [r.description, ''] : []),
      `RMS ${r.score.toFixed(2)} (tolerance ${r.tolerance}), ${r.size[0]}x${r.size[1]} px. Sources:`,
      `[examples/${r.name}.ts](../examples/${r.name}.ts), [examples/${r.name}.py](../examples/${r.name}.py);`,
      `[diff](parity/${r.name}.diff.png).`,
      '',
      '| tsplotlib | matplotlib |',
      '| --- | --- |',
      `| ![${r.name}, tsplotlib](parity/${r.name}.tsplotlib.png) | ![${r.name}, matplotlib](parity/${r.name}.matplotlib.png) |`,
      '',
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const py = matplotlibPython();
  if (py === null) {
    console.error(
      'parity-report: /usr/bin/python3 with matplotlib is required (apt install python3-matplotlib)',
    );
    return 1;
  }
  const wanted = process.argv.slice(2);
  const all = exampleNames().filter(hasMatplotlibTwin);
  const unknown = wanted.filter((n) => !all.includes(n));
  if (unknown.length) {
    console.error(`parity-report: no example with a matplotlib twin named ${unknown.join(', ')}`);
    return 1;
  }
  const names = wanted.length ? wanted : all;
  const results: SceneResult[] = [];
  let failures = 0;
  for (const name of names) {
    try {
      const r = await compareScene(py, name);
      results.push(r);
      const over = r.score > r.tolerance;
      if (over) failures++;
      console.log(
        `${over ? 'OVER' : 'ok  '} ${name.padEnd(20)} RMS ${r.score.toFixed(2).padStart(6)}  tolerance ${r.tolerance}`,
      );
    } catch (err) {
      failures++;
      console.error(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // A partial run (named scenes) refreshes their images but leaves the full page as it was.
  if (!wanted.length) {
    // Formatted as the repository's `prettier --check` expects, so a regenerated page lints clean.
    const options = (await prettier.resolveConfig(REPORT)) ?? {};
    const page = await prettier.format(renderReport(results, matplotlibVersion(py)), {
      ...options,
      parser: 'markdown',
    });
    writeFileSync(REPORT, page);
  }
  console.log(
    `${results.length} scenes compared, ${failures} failing; images in ${OUT_DIR}/` +
      (wanted.length ? '' : `, report in ${REPORT}`),
  );
  return failures ? 1 : 0;
}

process.exitCode = await main();
