/**
 * (a) Several figures created in separate steps and updated one by one later.
 *
 * The scene: watching a training run. The loss figure is opened first, then (after the data has
 * loaded) the accuracy figure, then (after the model is built) the learning-rate figure. Training
 * then updates them one at a time: the loss after every epoch, the accuracy after every second
 * epoch (validation), the learning rate only when the scheduler lowers it (every third epoch).
 *
 * What you see: each figure appears as soon as its step has run, and afterwards gets a new frame
 * exactly when it changed, one frame per change. With 12 epochs: the loss figure gets 13 frames
 * (1 when it opens + 12), the accuracy figure 7 (1 + 6 validations), the learning-rate figure 5
 * (1 + 4 rate changes). The printed lines show which figure was redrawn after which epoch; the
 * snapshots in out/live/ (a_loss.png, a_accuracy.png, a_lr.png) show the final state.
 *
 * Why: under `ion()` a change marks only the figure it touches stale, and a stale figure requests
 * an idle draw (DESIGN.md section 6, rule 3). Idle draws coalesce (rule 2): the epoch's several
 * changes to the loss figure (two lines, the limits, the title) become one frame, drawn when the
 * program next gives the event loop control, which it does at every `await` of the training step.
 * Figures that did not change are not redrawn. This program awaits anyway, so it needs neither
 * `pause()` nor `flushEvents()`; a synchronous loop would (see b_one_loop.ts, rule 8).
 *
 * Run: npx tsx examples/live/a_separate_steps.ts   (TSPLOTLIB_BACKEND=template to count only)
 */
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

/** One epoch of simulated training: async work, then the metrics it produced. */
async function trainEpoch(epoch: number, learned: number, rand: () => number) {
  await sleep(5);
  const progress = 1 - Math.exp(-learned * 30);
  const train = 2.2 * (1 - progress) + 0.1 + 0.03 * rand();
  // Validation loss flattens out and creeps up late in training: mild overfitting.
  const val = train + 0.06 + 0.0015 * epoch * epoch + 0.03 * rand();
  const accuracy = 0.1 + 0.8 * progress + 0.03 * rand();
  return { train, val, accuracy };
}

export async function run(o: LiveOptions = {}): Promise<LiveResult> {
  const { steps: epochs, outDir, log } = setup(o, 12);
  const rand = seeded(7);
  using _interactive = plt.ion();
  const history = { epoch: [] as number[], train: [] as number[], val: [] as number[] };
  const validation = { epoch: [] as number[], accuracy: [] as number[] };
  const lrHistory = { epoch: [0], lr: [0.01] };

  // Step 1: the loss figure. It appears when the program next awaits (its idle draw runs then).
  const [lossFig, lossAx] = plt.subplots(1, 1, {
    num: 'loss',
    figsize: [5, 3.2],
    dpi: 80,
    subplotpars: { bottom: 0.16 },
  }) as [Figure, Axes];
  const [trainLine, valLine] = [
    lossAx.plot([], [], { label: 'train', color: 'tab:blue' })[0]!,
    lossAx.plot([], [], { label: 'validation', color: 'tab:orange' })[0]!,
  ];
  lossAx.setXlabel('epoch');
  lossAx.setYlabel('loss');
  lossAx.legend({ loc: 'upper right' });
  const lossFrames = frameCounter(lossFig, 'loss', log, () => `epoch ${history.epoch.at(-1) ?? 0}`);
  await sleep(10); // loading the data set

  // Step 2: the accuracy figure, opened by label as a matplotlib user does with plt.figure('accuracy').
  const accFig = plt.figure('accuracy', { figsize: [5, 3.2], dpi: 80, subplotpars: { bottom: 0.16 } });
  const accAx = accFig.addSubplot();
  const [accLine] = accAx.plot([], [], 'o-', { color: 'tab:green' }) as [Line2D];
  accAx.setYlim(0, 1);
  accAx.setXlabel('epoch');
  accAx.setYlabel('validation accuracy');
  const accFrames = frameCounter(accFig, 'accuracy', log, () => `epoch ${validation.epoch.at(-1) ?? 0}`);
  await sleep(10); // building the model

  // Step 3: the learning-rate figure.
  const [lrFig, lrAx] = plt.subplots(1, 1, {
    num: 'lr',
    figsize: [5, 2.4],
    dpi: 80,
    subplotpars: { bottom: 0.2, left: 0.15 },
  }) as [Figure, Axes];
  const [lrLine] = lrAx.plot(lrHistory.epoch, lrHistory.lr, {
    drawstyle: 'steps-post',
    color: 'tab:red',
  }) as [Line2D];
  lrAx.setYscale('log');
  lrAx.setXlabel('epoch');
  lrAx.setYlabel('learning rate');
  const lrFrames = frameCounter(lrFig, 'lr', log, () => `lr ${lrHistory.lr.at(-1)!.toExponential(1)}`);

  // Later: training updates the figures one by one, each only when its own data changed.
  let lr = 0.01;
  let learned = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    learned += lr;
    const m = await trainEpoch(epoch, learned, rand);
    history.epoch.push(epoch);
    history.train.push(m.train);
    history.val.push(m.val);
    trainLine.setData(history.epoch, history.train);
    valLine.setData(history.epoch, history.val);
    lossAx.relim();
    lossAx.autoscaleView();
    lossAx.setTitle(`epoch ${epoch}: loss ${m.train.toFixed(3)}`);
    if (epoch % 2 === 0) {
      validation.epoch.push(epoch);
      validation.accuracy.push(m.accuracy);
      accLine.setData(validation.epoch, validation.accuracy);
      accAx.setXlim(0, epochs + 1);
    }
    if (epoch % 3 === 0) {
      lr /= 2;
      lrHistory.epoch.push(epoch);
      lrHistory.lr.push(lr);
      lrLine.setData([...lrHistory.epoch, epochs], [...lrHistory.lr, lr]);
      lrAx.relim();
      lrAx.autoscaleView();
    }
  }
  await sleep(0); // the last epoch's changes are drawn when the event loop next gets control

  const files = snapshot(outDir, [
    [lossFig, 'a_loss'],
    [accFig, 'a_accuracy'],
    [lrFig, 'a_lr'],
  ]);
  const frames = [lossFrames.count, accFrames.count, lrFrames.count];
  log(
    `(a) ${epochs} epochs: frames per figure loss/accuracy/lr = ${frames.join('/')}; wrote ${files.length} PNGs`,
  );
  for (const fig of [lossFig, accFig, lrFig]) plt.close(fig);
  return { figures: 3, frames, files };
}

if (isMain(import.meta.url)) await run();
