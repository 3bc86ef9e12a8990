/**
 * The producer of c_background_worker.ts, run in a `worker_threads` worker: it reads three
 * (simulated) sensors of a greenhouse, temperature, humidity and pressure, and posts them to the
 * main thread in batches, as transferable Float64Arrays (no copy). It never touches a figure: all
 * figure state and drawing stay on the main thread (DESIGN.md section 6, rule 10), the lesson of
 * matplotlib's thread-safety failures.
 *
 * Protocol: each batch is `{ kind: 'batch', index, data }`, `data` holding `samples` rows of
 * [t, temperature, humidity, pressure]; then `{ kind: 'done' }`. The main thread may post 'stop'
 * at any time. Either way the worker closes its port and exits by itself, with exit code 0.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** What the main thread passes as `workerData`. */
export interface SensorWorkerConfig {
  /** How many batches to produce. */
  batches: number;
  /** Samples per batch. */
  samplesPerBatch: number;
  /** Milliseconds between batches. */
  intervalMs: number;
  /** Seconds between samples, in the simulated clock. */
  sampleSeconds: number;
  seed: number;
}

/** One batch as posted to the main thread. */
export type SensorMessage = { kind: 'batch'; index: number; data: Float64Array } | { kind: 'done' };

/** Columns per sample row: t, temperature, humidity, pressure. */
const SENSOR_COLUMNS = 4;

const port = parentPort;
if (!port) throw new Error('c_worker.ts runs as a worker thread; start c_background_worker.ts instead');
const config = workerData as SensorWorkerConfig;
let stopped = false;
port.on('message', (m) => {
  if (m === 'stop') stopped = true;
});

let state = config.seed;
const noise = () => {
  state = (state * 48271) % 2147483647;
  return state / 2147483647 - 0.5;
};

/** One sample at simulated time t: the sun warms the greenhouse, the humidity follows inversely. */
function sample(t: number, row: Float64Array, at: number): void {
  const day = Math.sin((2 * Math.PI * t) / 600);
  row[at] = t;
  row[at + 1] = 21 + 4 * day + 0.3 * noise();
  row[at + 2] = 62 - 12 * day + 1.5 * noise();
  row[at + 3] = 1013 + 2 * Math.sin((2 * Math.PI * t) / 1500) + 0.2 * noise();
}

let t = 0;
for (let index = 0; index < config.batches && !stopped; index++) {
  await new Promise((r) => setTimeout(r, config.intervalMs));
  const data = new Float64Array(config.samplesPerBatch * SENSOR_COLUMNS);
  for (let i = 0; i < config.samplesPerBatch; i++, t += config.sampleSeconds)
    sample(t, data, i * SENSOR_COLUMNS);
  const message: SensorMessage = { kind: 'batch', index, data };
  port.postMessage(message, [data.buffer]);
}
port.postMessage({ kind: 'done' } satisfies SensorMessage);
// Closing the port lets the worker's event loop empty, so the thread ends on its own.
port.close();
