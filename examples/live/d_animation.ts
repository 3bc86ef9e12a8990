/**
 * (d) An animation: a live heart monitor drawn by FuncAnimation.
 *
 * The scene: a bedside monitor. A (simulated) ECG source delivers 10 samples every 30 ms, as an
 * async generator. A `FuncAnimation` takes its frames straight from that source: each frame
 * writes the new samples into a sweeping trace (the newest samples overwrite the oldest, with a
 * gap ahead of the cursor, as on a real monitor) and updates the heart-rate readout.
 *
 * What you see: the trace sweeps left to right, one frame per chunk of samples (100 chunks, 100
 * frames). On the raster backend ('agg') the animation blits: the figure is fully drawn once
 * (one `draw_event`), and every frame after that puts back the saved background of the Axes,
 * draws only the trace, the cursor and the readout, and delivers that region. On a backend that
 * cannot copy pixels ('template', or any output without copyFromBbox) each frame is a full draw
 * instead, requested with `drawIdle`, so the count of `draw_event`s follows the frames. The
 * snapshot out/live/d_monitor.png is the last frame, and out/live/d_monitor.gif the first
 * 40 frames saved as an animated GIF with `anim.save`.
 *
 * Why: an animation runs on a canvas timer (`fig.canvas.newTimer`, DESIGN.md section 6, rule 9),
 * started by the figure's first draw. It takes frames from a count, an array, a generator or, as
 * here, an async iterable, waiting for each value as it comes; ticks that arrive while a frame is
 * still awaited are skipped rather than queued, so a slow source never builds a backlog. Blitting
 * is chosen where the backend supports it (`canvas.supportsBlit`), with the same code.
 *
 * Run: npx tsx examples/live/d_animation.ts
 */
import { join } from 'node:path';
import { FuncAnimation, type Axes, type Figure, type Line2D, type Text } from 'tsplotlib';
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
export interface AnimationResult extends LiveResult {
  /** Frames the animation function drew. */
  animationFrames: number;
  /** Whether the animation blitted (the backend can copy pixels). */
  blit: boolean;
}

const RATE = 250; // samples per second
const CHUNK = 10; // samples per frame
const SWEEP = 750; // samples across the screen (3 s)

/** One chunk of the source: where it starts (in samples), its samples, the heart rate then. */
interface Chunk {
  start: number;
  values: Float64Array;
  bpm: number;
}

/** One heartbeat's shape at phase p in [0, 1): P wave, QRS complex, T wave. */
function ecg(p: number): number {
  const bump = (c: number, w: number, h: number) => h * Math.exp(-(((p - c) / w) ** 2));
  return (
    bump(0.18, 0.03, 0.12) -
    bump(0.36, 0.008, 0.15) +
    bump(0.39, 0.012, 1.1) -
    bump(0.42, 0.01, 0.3) +
    bump(0.65, 0.05, 0.3)
  );
}

/** The live source: `chunks` chunks of CHUNK samples, one every 30 ms; the heart rate drifts. */
async function* monitor(chunks: number, rand: () => number): AsyncGenerator<Chunk> {
  let phase = 0;
  let n = 0;
  for (let c = 0; c < chunks; c++) {
    await sleep(30);
    const bpm = 72 + 10 * Math.sin(c / 25);
    const values = new Float64Array(CHUNK);
    for (let i = 0; i < CHUNK; i++) {
      phase = (phase + bpm / 60 / RATE) % 1;
      values[i] = ecg(phase) + 0.02 * (rand() - 0.5);
    }
    yield { start: n, values, bpm };
    n += CHUNK;
  }
}

export async function run(o: LiveOptions = {}): Promise<AnimationResult> {
  const { steps: chunks, outDir, log } = setup(o, 100);
  const rand = seeded(9);
  using _interactive = plt.ion();

  const [fig, ax] = plt.subplots(1, 1, {
    num: 'monitor',
    figsize: [6, 2.6],
    dpi: 80,
    subplotpars: { bottom: 0.18 },
  }) as [Figure, Axes];
  ax.setFacecolor('black');
  ax.setXlim(0, SWEEP / RATE);
  ax.setYlim(-0.6, 1.4);
  ax.setXlabel('time in sweep (s)');
  ax.setYticks([]);
  const t = Float64Array.from({ length: SWEEP }, (_, i) => i / RATE);
  const y = new Float64Array(SWEEP).fill(NaN);
  const [trace] = ax.plot(t, y, { color: 'lime', lw: 1.2 }) as [Line2D];
  const [cursor] = ax.plot([0], [0], 'o', { color: 'white', ms: 4 }) as [Line2D];
  const readout = ax.text(0.98, 0.9, '', {
    transform: ax.transAxes,
    ha: 'right',
    color: 'lime',
    fontsize: 12,
  }) as Text;
  const fullDraws = frameCounter(fig, 'monitor', log, () => 'full draw');

  let drawn = 0;
  const recorded: Chunk[] = [];
  const drawChunk = (chunk: Chunk) => {
    const at = chunk.start % SWEEP;
    y.set(chunk.values.subarray(0, Math.min(CHUNK, SWEEP - at)), at);
    // The gap ahead of the cursor: the oldest samples of the previous sweep are erased.
    y.fill(NaN, (at + CHUNK) % SWEEP, Math.min(SWEEP, ((at + CHUNK) % SWEEP) + 25));
    trace.setYdata(y);
    cursor.setData([t[at + CHUNK - 1] ?? 0], [chunk.values[CHUNK - 1]!]);
    readout.setText(`${chunk.bpm.toFixed(0)} bpm`);
    return [trace, cursor, readout];
  };
  const update = (chunk: Chunk) => {
    drawn++;
    recorded.push(chunk);
    if (drawn % 10 === 0) log(`[monitor] animation frame ${drawn}: ${chunk.bpm.toFixed(0)} bpm`);
    return drawChunk(chunk);
  };
  const init = () => {
    y.fill(NaN);
    trace.setYdata(y);
    return [trace, cursor, readout];
  };

  let sourceDone!: () => void;
  const finished = new Promise<void>((r) => (sourceDone = r));
  async function* liveFrames() {
    yield* monitor(chunks, rand);
    sourceDone();
  }
  const anim = new FuncAnimation(fig, update, {
    frames: liveFrames(),
    initFunc: init,
    interval: 30,
    blit: true,
    repeat: false,
    // A live source is played once: keeping every chunk for a replay would only fill memory.
    cacheFrameData: false,
  });
  // Under ion() the new figure is drawn when the event loop gets control, which starts the animation.
  await finished;
  await sleep(50);
  log(
    `(d) ${drawn} animation frames, ${fullDraws.count} full draw(s), blit ${anim.blit} ` +
      `(the '${plt.getBackendName()}' backend ${fig.canvas.supportsBlit ? 'can' : 'cannot'} copy pixels)`,
  );
  const frames = [fullDraws.count];
  // Read while the figure is open: a closed figure has no view, so nothing could blit to it.
  const blitted = anim.blit;
  const files = snapshot(outDir, [[fig, 'd_monitor']]);

  // The recorded chunks, replayed into an animated GIF: saving drives the frames itself, at
  // 1000 / interval frames per second, without the timer. ioff() for the replay, so that its
  // changes do not also request live redraws.
  {
    using _quiet = plt.ioff();
    const replay = new FuncAnimation(fig, drawChunk, {
      frames: recorded.slice(0, 40),
      initFunc: init,
      interval: 40,
    });
    const gif = join(outDir, 'd_monitor.gif');
    await replay.save(gif, { dpi: 40 });
    replay.stop();
    files.push(gif);
  }
  plt.close(fig);
  return { figures: 1, frames, files, animationFrames: drawn, blit: blitted };
}

if (isMain(import.meta.url)) await run();
