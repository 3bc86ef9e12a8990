/**
 * Plumbing shared by the live examples, kept out of them so that each example reads as what a
 * user writes: the options every `run()` takes, the backend and output folder they pick, a frame
 * counter built on `draw_event`, a seeded random source, and "am I the script being run?".
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';

/** What every example's `run()` accepts. */
export interface LiveOptions {
  /** How many steps (epochs, samples, frames) to run; tests pass a small number. */
  steps?: number;
  /** Where PNG snapshots go (default `out/live`). */
  outDir?: string;
  /** The backend by name (default: env `TSPLOTLIB_BACKEND`, else 'agg'). */
  backend?: string;
  /** Where the one-line-per-frame report goes (default `console.log`; tests pass their own). */
  log?: (line: string) => void;
}

/** What every example's `run()` returns: how many figures it made, and the frames each one got. */
export interface LiveResult {
  figures: number;
  /** Frames delivered per figure (draw_event count), in the order the figures were created. */
  frames: number[];
  /** The PNG snapshots written. */
  files: string[];
}

/** The options with their defaults filled in, after selecting the backend and making the folder. */
export interface LiveSetup {
  steps: number;
  outDir: string;
  log: (line: string) => void;
  backend: string;
}

/** Selects the backend, creates the output folder and fills in the defaults. */
export function setup(o: LiveOptions, defaultSteps: number): LiveSetup {
  const backend = o.backend || process.env['TSPLOTLIB_BACKEND'] || 'agg';
  plt.use(backend);
  const outDir = resolve(o.outDir ?? 'out/live');
  mkdirSync(outDir, { recursive: true });
  return { steps: o.steps ?? defaultSteps, outDir, log: o.log ?? console.log, backend: plt.getBackendName() };
}

/**
 * Counts the frames a figure gets: every delivered frame fires `draw_event` (DESIGN.md section 6,
 * rule 1), so a callback on it sees exactly what a view would see. With `describe`, each frame is
 * logged with the figure's name and what `describe()` says about the state it shows.
 */
export function frameCounter(
  fig: Figure,
  name: string,
  log: (line: string) => void,
  describe?: () => string,
): { count: number } {
  const counter = { count: 0 };
  fig.canvas.mplConnect('draw_event', () => {
    counter.count++;
    if (describe) log(`[${name}] frame ${counter.count}: ${describe()}`);
  });
  return counter;
}

/** Saves each figure as `<outDir>/<name>.png` and returns the paths. */
export function snapshot(outDir: string, figures: ReadonlyArray<readonly [Figure, string]>): string[] {
  return figures.map(([fig, name]) => {
    const file = join(outDir, `${name}.png`);
    fig.savefig(file);
    return file;
  });
}

/** A seeded generator of numbers in [0, 1) (Park–Miller), so every run shows the same data. */
export function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/** Waits `ms` milliseconds without blocking: stands for real asynchronous work (I/O, a GPU step). */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Whether the module with this `import.meta.url` is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === metaUrl;
}
