/**
 * (c2) Updates from background work: an async stream consumed with `for await`, while a timer
 * keeps updating another figure.
 *
 * The scene: watching a web service's access log as it is written. The log is a Node stream of
 * JSON lines (simulated: an async generator emits a chunk of 1 to 4 requests every 15 ms). The
 * main program reads it line by line with `for await` and plots each request's latency, with the
 * running 95th percentile, in the figure 'latency'. Meanwhile a canvas timer fires every 100 ms
 * and updates the figure 'throughput' with the request rate over the last second.
 *
 * What you see: 'latency' gets one frame per chunk of the stream (the lines of one chunk arrive in
 * the same turn of the event loop and coalesce into one frame), 'throughput' one frame per timer
 * tick, independently of each other: with 60 chunks, about 60 latency frames and 10 throughput
 * frames, interleaved in the printed lines. When the stream ends, the timer's callback notices,
 * draws the final rate and returns false, which removes it, and a timer without callbacks stops.
 * out/live/c_latency.png and c_throughput.png are the final states.
 *
 * Why: `for await` hands control back to the event loop at every chunk it waits for, so the idle
 * draw requested by the changes (DESIGN.md section 6, rules 2 and 3) runs between chunks; the
 * timer's callbacks run between turns of user code too, never inside it (rule 9), so the timer can
 * change its figure freely while the stream is being read. No thread, no lock, no `pause()`.
 *
 * Run: npx tsx examples/live/c_async_stream.ts
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Axes, Figure, Line2D } from 'tsplotlib';
import * as plt from 'tsplotlib/pyplot';
import {
  frameCounter,
  isMain,
  seeded,
  setup,
  sleep,
  snapshot,
  type LiveOptions,
  type LiveResult,
} from './_live.js';

/** What run() reports beyond the frames. */
export interface StreamResult extends LiveResult {
  requests: number;
  timerTicks: number;
  /** Whether the timer was still running at the end (it stops itself: false). */
  timerRunning: boolean;
}

/** The simulated log: `chunks` chunks of JSON lines, one every 15 ms; a slow spell in the middle. */
async function* accessLog(chunks: number, rand: () => number): AsyncGenerator<string> {
  let t = 0;
  for (let c = 0; c < chunks; c++) {
    await sleep(15);
    const slow = c > chunks * 0.4 && c < chunks * 0.6;
    let chunk = '';
    for (let i = 0, n = 1 + Math.floor(4 * rand()); i < n; i++) {
      t += 0.004 + 0.012 * rand();
      const ms = (slow ? 120 : 35) * (0.5 + rand()) + (rand() < 0.015 ? 300 : 0);
      chunk +=
        JSON.stringify({ t: +t.toFixed(4), path: '/api/items', status: 200, ms: +ms.toFixed(1) }) + '\n';
    }
    yield chunk;
  }
}

/** The 95th percentile of the last `n` values. */
function p95(values: readonly number[], n: number): number {
  const tail = values.slice(-n).sort((a, b) => a - b);
  return tail[Math.min(tail.length - 1, Math.floor(0.95 * tail.length))] ?? 0;
}

function newFigure(num: string, ylabel: string): [Figure, Axes] {
  const made = plt.subplots(1, 1, {
    num,
    figsize: [5, 2.8],
    dpi: 80,
    subplotpars: { bottom: 0.17, left: 0.14 },
  });
  const ax = made[1] as Axes;
  ax.setXlabel('time (s)');
  ax.setYlabel(ylabel);
  return [made[0], ax];
}

export async function run(o: LiveOptions = {}): Promise<StreamResult> {
  const { steps: chunks, outDir, log } = setup(o, 60);
  const rand = seeded(5);
  using _interactive = plt.ion();

  const [latFig, latAx] = newFigure('latency', 'latency (ms)');
  const [points] = latAx.plot([], [], '.', { color: 'tab:blue', ms: 3, label: 'request' }) as [Line2D];
  const [p95Line] = latAx.plot([], [], { color: 'tab:red', label: 'p95 (last 50)' }) as [Line2D];
  latAx.legend({ loc: 'upper left', fontsize: 8 });
  const [rateFig, rateAx] = newFigure('throughput', 'requests / s');
  const [rateLine] = rateAx.plot([], [], 'o-', { color: 'tab:green', ms: 3 }) as [Line2D];

  const t: number[] = [], ms: number[] = [], p95s: number[] = []; // prettier-ignore
  const rate = { t: [] as number[], perSecond: [] as number[] };
  const latFrames = frameCounter(
    latFig,
    'latency',
    log,
    () => `${t.length} requests, p95 ${p95s.at(-1)?.toFixed(0) ?? '-'} ms`,
  );
  const rateFrames = frameCounter(
    rateFig,
    'throughput',
    log,
    () => `${rate.perSecond.at(-1)?.toFixed(0) ?? '-'} req/s`,
  );

  // The timer: every 100 ms, the rate over the last second of log time. It removes itself (returns
  // false) once it has drawn the state after the end of the stream.
  let streamDone = false;
  let ticks = 0;
  let timerFinished!: () => void;
  const timerDone = new Promise<void>((r) => (timerFinished = r));
  const timer = rateFig.canvas.newTimer({
    interval: 100,
    callbacks: [
      () => {
        ticks++;
        const now = t.at(-1) ?? 0;
        rate.t.push(now);
        rate.perSecond.push(t.filter((x) => x > now - 1).length / Math.min(1, Math.max(now, 0.1)));
        rateLine.setData(rate.t, rate.perSecond);
        rateAx.relim();
        rateAx.autoscaleView();
        rateAx.setTitle(`${t.length} requests`);
        if (!streamDone) return true;
        timerFinished();
        return false;
      },
    ],
  });
  timer.start();

  // The main program: read the stream line by line; each line updates the latency figure.
  const lines = createInterface({ input: Readable.from(accessLog(chunks, rand)), crlfDelay: Infinity });
  for await (const line of lines) {
    const entry = JSON.parse(line) as { t: number; ms: number };
    t.push(entry.t);
    ms.push(entry.ms);
    p95s.push(p95(ms, 50));
    points.setData(t, ms);
    p95Line.setData(t, p95s);
    latAx.relim();
    latAx.autoscaleView();
  }
  streamDone = true;
  await timerDone;
  await sleep(0);

  log(
    `(c2) ${t.length} requests in ${chunks} chunks: ${latFrames.count} latency frames, ` +
      `${rateFrames.count} throughput frames from ${ticks} timer ticks; timer running: ${timer.running}`,
  );
  const files = snapshot(outDir, [
    [latFig, 'c_latency'],
    [rateFig, 'c_throughput'],
  ]);
  plt.close(latFig);
  plt.close(rateFig);
  return {
    figures: 2,
    frames: [latFrames.count, rateFrames.count],
    files,
    requests: t.length,
    timerTicks: ticks,
    timerRunning: timer.running,
  };
}

if (isMain(import.meta.url)) await run();
