/**
 * The live-data examples (examples/live/) deliver the frames their header comments promise, on the
 * template backend (which counts frames without pixels) and on 'agg' (which renders them), write
 * PNG snapshots that decode, and end their background work. Also: every complete code block of
 * docs/interactive.md runs and prints what its `// prints:` comments say.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as plt from '../../src/pyplot.js';
import { decodePng } from '../helpers/images.js';

const OUT = mkdtempSync(join(tmpdir(), 'tsplotlib-live-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const quiet = () => {};

/** Every snapshot decodes to an image of the expected size with something drawn on it. */
async function expectSnapshots(files: readonly string[], count: number): Promise<void> {
  expect(files).toHaveLength(count);
  for (const file of files) {
    const bytes = readFileSync(file);
    if (file.endsWith('.gif')) {
      expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
      continue;
    }
    const img = await decodePng(bytes);
    expect(img.width).toBeGreaterThan(100);
    let dark = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i]! < 128) dark++;
    expect(dark, `${file} has something drawn`).toBeGreaterThan(100);
  }
}

describe.each(['template', 'agg'])('live examples on the %s backend', (backend) => {
  const o = (steps: number) => ({ steps, outDir: join(OUT, backend), backend, log: quiet });

  it('(a) a_separate_steps: each figure gets one frame when it opens and one per change, others none', async () => {
    const { run } = await import('../../examples/live/a_separate_steps.js');
    const r = await run(o(7));
    // loss: 1 + 7 epochs; accuracy: 1 + 3 validations (epochs 2, 4, 6); lr: 1 + 2 changes (3, 6).
    expect(r.figures).toBe(3);
    expect(r.frames).toEqual([8, 4, 3]);
    await expectSnapshots(r.files, 3);
    expect(plt.getFignums()).toEqual([]);
    expect(plt.isInteractive()).toBe(false);
  });

  it('(b) b_one_loop: pause() and flushEvents() deliver one frame per figure per step; no flush, one at the end', async () => {
    const { run } = await import('../../examples/live/b_one_loop.js');
    const withPause = await run({ ...o(5), idiom: 'pause' });
    expect(withPause.frames).toEqual([5, 5, 5]);
    const withFlush = await run({ ...o(5), idiom: 'flushEvents' });
    expect(withFlush.frames).toEqual([5, 5, 5]);
    const without = await run({ ...o(5), idiom: 'none' });
    expect(without.frames).toEqual([1, 1, 1]);
    await expectSnapshots(withPause.files, 3);
  });

  it('(c1) c_background_worker: all samples reach the figure, coalesced, and the worker thread exits', async () => {
    const { run } = await import('../../examples/live/c_background_worker.js');
    const r = await run(o(6));
    expect(r.samples).toBe(60);
    expect(r.workerExitCode).toBe(0);
    // At least the first frame and one with data; never more than one per batch plus the first.
    expect(r.frames[0]).toBeGreaterThanOrEqual(2);
    expect(r.frames[0]).toBeLessThanOrEqual(7);
    await expectSnapshots(r.files, 1);
    expect(plt.getFignums()).toEqual([]);
  });

  it('(c2) c_async_stream: the stream and the timer update their figures independently; the timer stops', async () => {
    const { run } = await import('../../examples/live/c_async_stream.js');
    const r = await run(o(6));
    expect(r.requests).toBeGreaterThanOrEqual(6);
    expect(r.frames[0]).toBeGreaterThanOrEqual(2);
    expect(r.frames[0]).toBeLessThanOrEqual(7);
    // One frame when the figure opens, then one per timer tick.
    expect(r.timerTicks).toBeGreaterThanOrEqual(1);
    expect(r.frames[1]).toBe(r.timerTicks + 1);
    expect(r.timerRunning).toBe(false);
    await expectSnapshots(r.files, 2);
  });

  it('(d) d_animation: one animation frame per chunk; blitted with a single full draw where the backend can', async () => {
    const { run } = await import('../../examples/live/d_animation.js');
    const r = await run(o(6));
    expect(r.animationFrames).toBe(6);
    expect(r.blit).toBe(backend === 'agg');
    if (r.blit) expect(r.frames).toEqual([1]);
    else expect(r.frames[0]).toBeGreaterThanOrEqual(r.animationFrames);
    await expectSnapshots(r.files, 2);
  });
});

// ---- docs/interactive.md ----

const DOC = 'docs/interactive.md';
const TMP = resolve('test/.docs-run');

/** The complete programs of the page (```ts; fragments are ```typescript). */
function blocks(): string[] {
  return [...readFileSync(DOC, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

/** What a block says it prints: the text after `// prints: ` on its lines, in order. */
function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/ prints: (.*)$/gm)].map((m) => m[1]!.trim());
}

describe('docs/interactive.md code blocks run', () => {
  const dirs: string[] = [];
  // Only this file's own folders are removed: test/unit/docs.test.ts uses the same parent.
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  it('the page has complete programs, each saying what it prints', () => {
    const all = blocks();
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const code of all) expect(expectedOutput(code).length).toBeGreaterThan(0);
  });
  blocks().forEach((code, i) => {
    it(`${DOC} block ${i + 1} runs and prints what it says`, () => {
      const dir = join(TMP, `interactive_md-${i + 1}`);
      dirs.push(dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'snippet.ts'), code);
      const tsx = resolve('node_modules/tsx/dist/cli.mjs');
      const out = execFileSync(process.execPath, [tsx, 'snippet.ts'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 60_000,
        env: { ...process.env, TSPLOTLIB_BACKEND: '' },
      });
      const printed = out.split('\n').filter((l) => l.trim() !== '');
      expect(printed).toEqual(expectedOutput(code));
    });
  });
});
