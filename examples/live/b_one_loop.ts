/**
 * (b) One loop gathers data and updates all figures together.
 *
 * The scene: a system monitor. Each turn of one loop reads a sample of (simulated) CPU load per
 * core, memory and network traffic, and updates three figures: 'cpu', 'memory' and 'network',
 * each showing a sliding window of the last 60 samples.
 *
 * What you see, by the idiom the loop uses to hand its changes over (`run({ idiom })`):
 * - 'pause' (the default, what matplotlib users write): `await plt.pause(0.05)` after each sample.
 *   Every figure gets one frame per sample: 80 samples, 80 frames per figure.
 * - 'flushEvents': a synchronous loop calling `plt.flushEvents()` after each sample. Same frames,
 *   delivered at once, with no waiting: for a loop that paces itself (a blocking device read).
 * - 'none': a synchronous loop that only mutates the figures. Each figure gets ONE frame, after the
 *   loop has finished, showing the final state: the plots "appear only at the end".
 * The snapshots out/live/b_<idiom>_cpu.png, _memory.png and _network.png show the last window.
 *
 * Why: under `ion()` every change requests an idle draw, which runs when the event loop gets
 * control (DESIGN.md section 6, rules 2 and 3). `pause()` gives it control, drawing every stale
 * figure first (rule 6), and never blocks the process nor grabs focus, unlike matplotlib's
 * `plt.pause`, which raises windows on some backends. `flushEvents()` runs the pending draws
 * synchronously (rule 5). A synchronous loop with neither never lets the event loop in, so its
 * requests coalesce into one final frame (rule 8) — exactly what matplotlib's Qt and Tk backends
 * do, and the reason "my plot only shows at the end of the loop" is a classic question.
 *
 * Run: npx tsx examples/live/b_one_loop.ts   (runs the three idioms one after the other)
 */
import type { Axes, Figure, Line2D } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';
import { frameCounter, isMain, seeded, setup, snapshot, type LiveOptions, type LiveResult } from './_live.js';

/** How the loop hands its changes to the views. */
export type Idiom = 'pause' | 'flushEvents' | 'none';

const INTERVAL = 0.05;
const WINDOW = 60;
const CORES = 4;

interface Sample {
  cpu: number[];
  usedGiB: number;
  cacheGiB: number;
  rxMBs: number;
  txMBs: number;
}

/** One reading of the simulated machine: a build job on two cores from sample 12 to 40, a download from 22 to 34. */
function readSample(step: number, rand: () => number): Sample {
  const busy = step >= 12 && step < 40;
  const cpu = Array.from({ length: CORES }, (_, core) => {
    const base = 8 + 6 * Math.sin(step / 7 + core);
    const job = busy && core < 2 ? 70 : 0;
    return Math.min(100, Math.max(0, base + job + 10 * rand()));
  });
  const usedGiB = 5.2 + (busy ? 2.4 * Math.min(1, (step - 12) / 10) : 0) + 0.1 * rand();
  const cacheGiB = 1.5 + 2.5 * (1 - Math.exp(-step / 30));
  const downloading = step >= 22 && step < 34;
  const rxMBs = (downloading ? 48 : 2) + 6 * rand();
  const txMBs = 0.8 + 1.5 * rand();
  return { cpu, usedGiB, cacheGiB, rxMBs, txMBs };
}

/** A figure with a sliding window of lines, one per series. */
interface Panel {
  fig: Figure;
  name: string;
  push(t: number, values: readonly number[]): void;
}

function panel(
  name: string,
  title: string,
  ylabel: string,
  series: readonly string[],
  ylim?: [number, number],
): Panel {
  const [fig, ax] = plt.subplots(1, 1, {
    num: name,
    figsize: [5, 2.8],
    dpi: 80,
    subplotpars: { bottom: 0.17, left: 0.14 },
  }) as [Figure, Axes];
  const lines = series.map((label) => ax.plot([], [], { label, lw: 1.2 })[0]!) as Line2D[];
  const t: number[] = [];
  const ys = series.map(() => [] as number[]);
  ax.setTitle(title);
  ax.setXlabel('time (s)');
  ax.setYlabel(ylabel);
  if (ylim) ax.setYlim(...ylim);
  ax.legend({ loc: 'upper left', fontsize: 8 });
  return {
    fig,
    name,
    push(now, values) {
      t.push(now);
      values.forEach((v, i) => ys[i]!.push(v));
      if (t.length > WINDOW) {
        t.shift();
        for (const y of ys) y.shift();
      }
      lines.forEach((line, i) => line.setData(t, ys[i]!));
      ax.setXlim(Math.max(0, now - WINDOW * INTERVAL), Math.max(WINDOW * INTERVAL, now));
      if (!ylim) {
        ax.relim();
        ax.autoscaleView({ scalex: false });
      }
    },
  };
}

export async function run(o: LiveOptions & { idiom?: Idiom } = {}): Promise<LiveResult> {
  const { steps, outDir, log } = setup(o, 80);
  const idiom = o.idiom ?? 'pause';
  const rand = seeded(11);
  using _interactive = plt.ion();
  const cpu = panel('cpu', 'CPU load per core', '%', ['core 0', 'core 1', 'core 2', 'core 3'], [0, 100]);
  const memory = panel('memory', 'memory', 'GiB', ['used', 'cache'], [0, 16]);
  const network = panel('network', 'network', 'MB/s', ['received', 'sent']);
  const panels = [cpu, memory, network];
  const counters = panels.map((p) => frameCounter(p.fig, p.name, log));
  const framesNow = () => counters.map((c) => c.count).join('/');

  for (let step = 0; step < steps; step++) {
    const s = readSample(step, rand);
    const t = step * INTERVAL;
    cpu.push(t, s.cpu);
    memory.push(t, [s.usedGiB, s.cacheGiB]);
    network.push(t, [s.rxMBs, s.txMBs]);
    if (idiom === 'pause') await plt.pause(INTERVAL);
    else if (idiom === 'flushEvents') plt.flushEvents();
    if (step % 10 === 9 || step === steps - 1) {
      log(
        `(b:${idiom}) t=${t.toFixed(2)}s cpu0 ${s.cpu[0]!.toFixed(0)}% mem ${s.usedGiB.toFixed(1)} GiB ` +
          `rx ${s.rxMBs.toFixed(1)} MB/s; frames cpu/memory/network so far ${framesNow()}`,
      );
    }
  }
  // With idiom 'none' nothing has been drawn yet: the one coalesced draw per figure runs now.
  await plt.pause(0);
  log(`(b:${idiom}) ${steps} samples: frames cpu/memory/network = ${framesNow()}`);
  const files = snapshot(
    outDir,
    panels.map((p) => [p.fig, `b_${idiom}_${p.name}`] as const),
  );
  for (const p of panels) plt.close(p.fig);
  return { figures: panels.length, frames: counters.map((c) => c.count), files };
}

if (isMain(import.meta.url)) {
  for (const idiom of ['pause', 'flushEvents', 'none'] as const) await run({ idiom });
}
