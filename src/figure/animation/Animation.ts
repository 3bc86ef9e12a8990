/**
 * Animation: the machinery FuncAnimation and ArtistAnimation share (matplotlib's `Animation` and
 * `TimedAnimation`).
 *
 * An animation does nothing until its figure is first drawn: then it makes its initial draw and
 * starts a timer from `fig.canvas.newTimer` that steps through the frames every `interval`
 * milliseconds (DESIGN.md section 6, rule 9). Each step draws one frame, then either asks for a
 * coalesced redraw (`drawIdle`) or, with `blit` on a backend that can, restores the saved
 * backgrounds, draws only the changed artists and blits them. When the frames run out the
 * animation starts again after `repeatDelay` milliseconds, or stops. Closing the figure stops it.
 *
 * An error thrown while drawing a frame stops the animation and is reported, with the frame, to
 * the canvas's callback error handler; it never becomes an unhandled rejection.
 */
import { describeValue, checkFinite, invalid, TsplotlibError } from '../../core/errors.js';
import { getFileSink } from '../../core/output.js';
import type { Timer } from '../../core/Timer.js';
import { Artist } from '../Artist.js';
import type { Figure } from '../Figure.js';
import { Blitter } from './blitting.js';
import { isThenable, type FrameCursor, type FrameStep } from './frames.js';
import { planSave, recordFrames, type AnimationSaveOptions, type FrameDriver } from './save.js';

/** Options every animation takes. */
export interface AnimationOptions {
  /** Milliseconds between frames (default 200). */
  interval?: number;
  /** Start again when the frames run out (default true). */
  repeat?: boolean;
  /** Milliseconds to wait before starting again (default 0). */
  repeatDelay?: number;
  /** Redraw only the changed artists where the backend can copy pixels (default false). */
  blit?: boolean;
}

/** The option names every animation accepts (for unknown-option errors). */
export const ANIMATION_OPTION_KEYS = ['interval', 'repeat', 'repeatDelay', 'blit'];

/** What went wrong in a running animation, with the frame it was drawing (undefined if none). */
export class AnimationError extends TsplotlibError {
  override name = 'AnimationError';
  constructor(
    call: string,
    readonly frame: unknown,
    where: string,
    override readonly cause: unknown,
  ) {
    super(
      call,
      `the animation stopped: an error was thrown ${where}: ${(cause as Error)?.message ?? String(cause)}`,
    );
  }
}

/** The part of a frame step's outcome the base class needs. */
type StepOutcome = 'continue' | 'stop';

/**
 * The base of FuncAnimation and ArtistAnimation: the timer, start on first draw, repeat, pause and
 * resume, blitting, the error path, and `save`/`toBuffer`. `T` is the type of one frame's data.
 */
export abstract class Animation<T = unknown> {
  /** Whether blitting was asked for. */
  readonly blitRequested: boolean;
  /** Start again when the frames run out. */
  repeat: boolean;
  protected readonly interval: number;
  protected readonly repeatDelay: number;
  /** The artists the last frame drew (the ones blitting redraws). */
  protected drawnArtists: Artist[] = [];
  private timer: Timer | null;
  private cursor: FrameCursor<T> | null = null;
  private readonly blitter: Blitter | null;
  private readonly connections: number[] = [];
  private firstDrawId: number | null = null;
  /** An async frame or initial draw is on its way; timer ticks until then are skipped. */
  private busy = false;
  private started = false;
  private paused = false;
  private stopped = false;
  protected saving = false;

  constructor(
    protected readonly call: string,
    readonly figure: Figure,
    o: AnimationOptions,
  ) {
    if (!figure || typeof (figure as { canvas?: unknown }).canvas !== 'object')
      invalid(call, 'figure', figure, 'a Figure');
    this.interval = checkFinite(call, 'interval', o.interval ?? 200, { positive: true });
    this.repeatDelay = checkFinite(call, 'repeatDelay', o.repeatDelay ?? 0, { min: 0 });
    this.repeat = checkBoolean(call, 'repeat', o.repeat ?? true);
    this.blitRequested = checkBoolean(call, 'blit', o.blit ?? false);
    this.blitter = this.blitRequested ? new Blitter(figure) : null;
    this.timer = figure.canvas.newTimer({ interval: this.interval });
  }

  /** A new pass over the frames, from the first (matplotlib's `new_frame_seq`). */
  protected abstract newFrameSeq(): FrameCursor<T>;
  /** The initial draw (matplotlib's `_init_draw`): clears the frame or draws the first one. */
  protected abstract initDraw(): void | Promise<void>;
  /** Draws one frame's data into the figure (matplotlib's `_draw_frame`). */
  protected abstract drawFrame(framedata: T): void;
  /** What a save iterates, and how many frames it may take. */
  protected abstract savedFrames(call: string): Omit<FrameDriver<T>, 'init' | 'draw'>;

  /**
   * Connects the animation to its figure; subclasses call it at the end of their constructor,
   * once their own fields exist. With blitting it also requests the first draw (as matplotlib's
   * `_setup_blit` does), so a blitted animation starts by itself.
   */
  protected setup(): void {
    const canvas = this.figure.canvas;
    this.cursor = this.newFrameSeq();
    this.firstDrawId = canvas.mplConnect('draw_event', () => this.start());
    this.connections.push(canvas.mplConnect('close_event', () => this.stop()));
    if (this.blitter) {
      const blitter = this.blitter;
      this.connections.push(canvas.mplConnect('draw_event', () => blitter.invalidate()));
    }
    if (this.blit) {
      canvas.drawIdle();
      this.guard(() => this.initDraw(), undefined, 'in the initial draw');
    }
  }

  /**
   * Whether this animation blits now: it was asked to and the figure's current backend can copy
   * pixels. It is asked afresh every frame, since a figure may move to another backend (`use()`).
   */
  get blit(): boolean {
    return this.blitRequested && this.figure.canvas.supportsBlit;
  }

  /** The timer that steps the animation (matplotlib's `event_source`); null once stopped. */
  get eventSource(): Timer | null {
    return this.timer;
  }

  /** Whether the timer is stepping the frames now. */
  get running(): boolean {
    return this.timer?.running ?? false;
  }

  /** Pauses the animation; blitted artists become ordinary again until `resume()`. */
  pause(): void {
    this.paused = true;
    this.timer?.stop();
    if (this.blit) for (const a of this.drawnArtists) a.setAnimated(false);
  }

  /** Resumes a paused animation. */
  resume(): void {
    if (this.stopped)
      throw new TsplotlibError(
        `${this.call}.resume`,
        'the animation has stopped (its frames ran out, its figure closed, it failed or stop() was called); create a new one',
      );
    this.paused = false;
    if (this.started) this.timer?.start();
    if (this.blit) for (const a of this.drawnArtists) a.setAnimated(true);
  }

  /** Stops the animation for good: the timer stops and every connection to the figure is dropped. */
  stop(): void {
    if (this.stopped) return;
    this.pause();
    this.stopped = true;
    const canvas = this.figure.canvas;
    if (this.firstDrawId !== null) canvas.mplDisconnect(this.firstDrawId);
    for (const id of this.connections) canvas.mplDisconnect(id);
    this.timer?.removeCallback(this.stepCallback);
    this.timer = null;
  }

  /** Starts on the figure's first draw (matplotlib's `_start`). */
  private start(): void {
    if (this.saving || this.stopped) return;
    if (this.firstDrawId !== null) this.figure.canvas.mplDisconnect(this.firstDrawId);
    this.firstDrawId = null;
    this.started = true;
    if (!this.guard(() => this.initDraw(), undefined, 'in the initial draw')) return;
    this.timer?.addCallback(this.stepCallback);
    if (!this.paused) this.timer?.start();
  }

  private readonly stepCallback = (): boolean => this.step();

  /** One timer tick: takes the next frame, synchronously or when it arrives. */
  private step(): boolean {
    if (this.busy) return true;
    let next: FrameStep<T>;
    try {
      next = this.cursor!.next();
    } catch (e) {
      this.fail(e, undefined, 'while taking the next frame');
      return false;
    }
    if (!isThenable(next)) return this.advance(next) === 'continue';
    this.busy = true;
    next.then(
      (r) => {
        this.busy = false;
        if (!this.stopped && this.advance(r) === 'stop') this.stop();
      },
      (e: unknown) => {
        this.busy = false;
        this.fail(e, undefined, 'while taking the next frame');
      },
    );
    return true;
  }

  /** Draws the frame, or repeats or stops at the end (matplotlib's `TimedAnimation._step`). */
  private advance(r: IteratorResult<T, unknown>): StepOutcome {
    if (!r.done) {
      const frame = r.value;
      const blit = this.blit;
      // Artists animated for a backend that blitted must show in full draws on one that cannot.
      if (!blit) for (const a of this.drawnArtists) if (a.getAnimated()) a.setAnimated(false);
      if (!this.guard(() => this.drawNextFrame(frame, blit), frame, `at frame ${describeValue(frame)}`))
        return 'stop';
      this.setInterval(this.interval);
      return 'continue';
    }
    if (!this.repeat) {
      this.stop();
      return 'stop';
    }
    if (!this.guard(() => this.initDraw(), undefined, 'in the initial draw of a repeat')) return 'stop';
    if (!this.guard(() => void (this.cursor = this.newFrameSeq()), undefined, 'while restarting the frames'))
      return 'stop';
    this.setInterval(Math.max(this.repeatDelay, 1));
    return 'continue';
  }

  private setInterval(ms: number): void {
    if (this.timer && this.timer.interval !== Math.max(Math.trunc(ms), 1)) this.timer.interval = ms;
  }

  /**
   * Runs `fn`, reporting what it throws (or rejects with) and stopping the animation; an async
   * result marks the animation busy until it settles. Returns false when `fn` threw at once.
   */
  private guard(fn: () => void | Promise<void>, frame: unknown, where: string): boolean {
    let result: void | Promise<void>;
    try {
      result = fn();
    } catch (e) {
      this.fail(e, frame, where);
      return false;
    }
    if (isThenable(result)) {
      this.busy = true;
      result.then(
        () => void (this.busy = false),
        (e: unknown) => {
          this.busy = false;
          this.fail(e, frame, where);
        },
      );
    }
    return true;
  }

  /** Stops and reports an error to the canvas's callback error handler. */
  private fail(error: unknown, frame: unknown, where: string): void {
    this.stop();
    this.figure.canvas.callbacks.onError(new AnimationError(this.call, frame, where, error), 'animation');
  }

  /** matplotlib's `_draw_next_frame`: clear, draw, then redraw or blit. */
  protected drawNextFrame(framedata: T, blit: boolean): void {
    this.preDraw(blit);
    this.drawFrame(framedata);
    this.postDraw(blit);
  }

  /** Before a frame: blitting puts the saved backgrounds back. */
  protected preDraw(blit: boolean): void {
    if (blit) this.blitter?.clear(this.drawnArtists);
  }

  /** After a frame: blit the changed artists, or request a redraw. */
  protected postDraw(blit: boolean): void {
    if (this.saving) return;
    if (blit && this.blitter && this.drawnArtists.length) this.blitter.draw(this.drawnArtists);
    else this.figure.canvas.drawIdle();
  }

  /** Marks `artists` animated when blitting (they are then left out of full draws). */
  protected animate(artists: readonly Artist[]): void {
    if (this.blit) for (const a of artists) a.setAnimated(true);
  }

  /**
   * Saves the animation to `filename`: GIF (`.gif`), APNG (`.png`, `.apng`) or MP4 through ffmpeg
   * (`.mp4`). Every frame is drawn in turn and rendered at `dpi`; the file is written atomically.
   *
   * ```ts
   * await anim.save('wave.gif', { fps: 10, dpi: 50 });
   * ```
   */
  async save(filename: string, o: AnimationSaveOptions = {}): Promise<void> {
    const call = `${this.call}.save`;
    if (typeof filename !== 'string' || filename === '') invalid(call, 'filename', filename, 'a file path');
    const bytes = await this.record(call, o, filename);
    getFileSink(call)(filename, bytes);
  }

  /** The bytes `save` would write, in the writer's format (`'gif'`, `'apng'`, `'ffmpeg'`, or an extension). */
  async toBuffer(format: string, o: Omit<AnimationSaveOptions, 'writer'> = {}): Promise<Uint8Array> {
    const call = `${this.call}.toBuffer`;
    if (typeof o === 'object' && o !== null && 'writer' in o)
      throw new TsplotlibError(call, 'pass the format as the first argument, not the writer option');
    return this.record(call, { ...o, writer: format }, null);
  }

  private async record(call: string, o: AnimationSaveOptions, filename: string | null): Promise<Uint8Array> {
    const plan = planSave(call, this.figure, o, filename, this.interval);
    const frames = this.savedFrames(call);
    const wasRunning = this.running;
    this.timer?.stop();
    this.saving = true;
    try {
      return await recordFrames(call, this.figure, plan, {
        ...frames,
        init: () => this.initDraw(),
        draw: (d) => this.drawNextFrame(d, false),
      });
    } finally {
      this.saving = false;
      if (wasRunning && !this.stopped && !this.paused) this.timer?.start();
      if (this.figure.canvas.shown) this.figure.canvas.drawIdle();
    }
  }
}

function checkBoolean(call: string, what: string, v: unknown): boolean {
  if (typeof v !== 'boolean') invalid(call, what, v, 'true or false');
  return v;
}

/** Checks that `value` is an iterable of Artists, as blitting needs; returns them as an array. */
export function checkArtists(call: string, what: string, value: unknown): Artist[] {
  const items =
    typeof value === 'object' && value !== null && Symbol.iterator in value
      ? [...(value as Iterable<unknown>)]
      : null;
  if (!items || !items.every((a) => a instanceof Artist))
    throw new TsplotlibError(
      call,
      `with blit: true, ${what} must return the artists it changed (an array of Artists), got ${describeValue(value)}`,
    );
  return items as Artist[];
}
