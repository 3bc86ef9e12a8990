/**
 * (c1) Updates from background work: a `worker_threads` producer, while the main program goes on.
 *
 * The scene: a greenhouse logger. A worker thread (c_worker.ts) reads three sensors and posts a
 * batch of 10 samples every 20 ms. The main thread applies each batch to the figure 'sensors'
 * (temperature, humidity and pressure, one Axes each) in the worker's 'message' handler, while the
 * main program goes on with its own synchronous work in 30 ms chunks (standing for parsing, model
 * fitting, I/O), awaiting between chunks.
 *
 * What you see: the figure grows as batches arrive, and each printed frame line says how many
 * batches that frame took in. When the main program was busy, batches waited in the port and
 * arrived together: they become ONE frame with all of them, so the figure always catches up with
 * the newest data instead of replaying a backlog. With 30 batches you get between a dozen and 31
 * frames depending on the machine, and the last frame always holds all 300 samples. At the end
 * the worker closes its port and exits (exit code 0, printed); out/live/c_sensors.png is the
 * final state.
 *
 * Why: the worker never touches the figure; it posts plain data (transferable Float64Arrays, no
 * copy), and the main thread applies it (DESIGN.md section 6, rule 10): matplotlib figures are not
 * thread-safe either, and updating them from threads is a classic source of crashes. Under
 * `ion()` each change requests an idle draw; requests coalesce (rule 2) and the draw runs when the
 * event loop is free (rule 3), that is after the messages waiting in the port have been handled.
 *
 * Run: npx tsx examples/live/c_background_worker.ts
 */
import { Worker } from 'node:worker_threads';
import type { Axes, Figure, Line2D } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';
import { frameCounter, isMain, setup, sleep, snapshot, type LiveOptions, type LiveResult } from './_live.js';
// Types only: importing the worker's module for values would run the producer on the main thread.
import type { SensorMessage, SensorWorkerConfig } from './c_worker.js';

/** Columns per sample row as the worker writes them: t, temperature, humidity, pressure. */
const SENSOR_COLUMNS = 4;

/** What run() reports beyond the frames: how much data arrived and how the worker ended. */
export interface WorkerResult extends LiveResult {
  samples: number;
  batches: number;
  workerExitCode: number;
}

/**
 * Starts the producer thread. Compiled to JavaScript this is just `new Worker(url, { workerData })`;
 * the worker here is a TypeScript file, and on Node 20 a worker does not inherit tsx's loader, so
 * it starts with a one-line bootstrap that loads the file through tsx's API.
 */
function startProducer(config: SensorWorkerConfig): Worker {
  const url = new URL('./c_worker.ts', import.meta.url);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(boot, { eval: true, workerData: config });
}

/** Busy, synchronous work of the main program: nothing else runs on the main thread meanwhile. */
function crunch(ms: number): number {
  const until = performance.now() + ms;
  let acc = 0;
  while (performance.now() < until) for (let i = 0; i < 1000; i++) acc += Math.sqrt(i);
  return acc;
}

export async function run(o: LiveOptions = {}): Promise<WorkerResult> {
  const { steps: batches, outDir, log } = setup(o, 30);
  const samplesPerBatch = 10;
  using _interactive = plt.ion();

  const [fig, axs] = plt.subplots(3, 1, {
    num: 'sensors',
    figsize: [5.5, 5],
    dpi: 80,
    sharex: true,
    subplotpars: { left: 0.15, hspace: 0.35 },
  }) as [Figure, Axes[]];
  const names = ['temperature (°C)', 'humidity (%)', 'pressure (hPa)'];
  const colors = ['tab:red', 'tab:blue', 'tab:gray'];
  const lines = axs.map((ax, i) => {
    ax.setYlabel(names[i]!, { fontsize: 9 });
    return ax.plot([], [], { color: colors[i]!, lw: 1 })[0]!;
  }) as Line2D[];
  axs[2]!.setXlabel('time (s)');

  // All the data lives on the main thread, in columns grown batch by batch.
  const capacity = batches * samplesPerBatch;
  const columns = Array.from({ length: SENSOR_COLUMNS }, () => new Float64Array(capacity));
  let samples = 0;
  let batchesSinceFrame = 0;
  const counter = frameCounter(fig, 'sensors', log, () => {
    const took = batchesSinceFrame;
    batchesSinceFrame = 0;
    return `${samples} samples (${took} batch${took === 1 ? '' : 'es'} in this frame)`;
  });

  const apply = (data: Float64Array) => {
    for (let row = 0; row < data.length / SENSOR_COLUMNS; row++, samples++) {
      for (let c = 0; c < SENSOR_COLUMNS; c++) columns[c]![samples] = data[row * SENSOR_COLUMNS + c]!;
    }
    const t = columns[0]!.subarray(0, samples);
    lines.forEach((line, i) => line.setData(t, columns[i + 1]!.subarray(0, samples)));
    for (const ax of axs) {
      ax.relim();
      ax.autoscaleView();
    }
    axs[0]!.setTitle(`greenhouse: ${samples} samples`);
    batchesSinceFrame++;
  };

  const worker = startProducer({ batches, samplesPerBatch, intervalMs: 20, sampleSeconds: 6, seed: 3 });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  let done = false;
  worker.on('message', (m: SensorMessage) => {
    if (m.kind === 'batch') apply(m.data);
    else done = true;
  });
  worker.once('error', (e) => {
    log(`(c1) the worker failed: ${String(e)}`);
    done = true;
  });

  // The main program goes on with its own work; the figure is updated between its chunks.
  let chunks = 0;
  try {
    while (!done) {
      crunch(30);
      chunks++;
      await sleep(5);
    }
  } finally {
    worker.postMessage('stop');
  }
  const workerExitCode = await exited;
  await sleep(0);
  log(
    `(c1) ${samples} samples in ${batches} batches, ${counter.count} frames, ` +
      `main program did ${chunks} chunks of work meanwhile; worker exited with code ${workerExitCode}`,
  );
  const files = snapshot(outDir, [[fig, 'c_sensors']]);
  plt.close(fig);
  return { figures: 1, frames: [counter.count], files, samples, batches, workerExitCode };
}

if (isMain(import.meta.url)) await run();
