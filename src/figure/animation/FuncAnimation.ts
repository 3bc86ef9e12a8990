/**
 * FuncAnimation: an animation made by calling a function for every frame (matplotlib's
 * `animation.FuncAnimation`).
 *
 * ```ts
 * const [fig, ax] = plt.subplots();
 * const x = Array.from({ length: 50 }, (_, i) => i / 8);
 * const [line] = ax.plot(x, x.map(Math.sin));
 * const anim = new FuncAnimation(fig, (t: number) => {
 *   line!.setYdata(x.map((v) => Math.sin(v + t / 5)));
 *   return [line!];
 * }, { frames: 40, interval: 50, blit: true });
 * await anim.save('wave.gif');
 * ```
 */
import { checkFinite, checkOptionKeys, invalid, TsplotlibError } from '../../core/errors.js';
import type { Artist } from '../Artist.js';
import type { Figure } from '../Figure.js';
import { Animation, ANIMATION_OPTION_KEYS, checkArtists, type AnimationOptions } from './Animation.js';
import {
  frameSequence,
  isThenable,
  type FrameCursor,
  type FrameSequence,
  type FrameSource,
} from './frames.js';
import type { FrameDriver } from './save.js';

/** What the frame function may return: the artists it changed (required with `blit`), or nothing. */
export type AnimationFuncResult = Iterable<Artist> | void | undefined | null;

/** Options of {@link FuncAnimation}. */
export interface FuncAnimationOptions<T> extends AnimationOptions {
  /**
   * The frames, each passed to the function: a count (0..n-1), an array, an iterable or generator,
   * an async iterable (each value awaited as it comes), a function returning one, or undefined to
   * count 0, 1, 2, … forever.
   */
  frames?: FrameSource<T>;
  /** Draws a clear frame before the first one (default: the first frame is drawn). With `blit`, returns the artists. */
  initFunc?: () => AnimationFuncResult;
  /** Extra arguments passed to the function after the frame. */
  fargs?: readonly unknown[];
  /**
   * Buffer the values of one-shot sources (generators, async iterables) so that `repeat` and `save`
   * replay them (default true). Turn it off for endless live streams, which would otherwise fill
   * memory; they then play once, and a save continues from where the stream is.
   */
  cacheFrameData?: boolean;
  /**
   * How many frames `save` takes from a source of unknown length (required for the endless
   * counter of `frames: undefined`; generators default to matplotlib's 100). Sources of known
   * length save all their frames.
   */
  saveCount?: number;
}

const FUNC_ANIMATION_KEYS = [
  ...ANIMATION_OPTION_KEYS,
  'frames',
  'initFunc',
  'fargs',
  'cacheFrameData',
  'saveCount',
];

/** matplotlib's default number of frames saved from a source of unknown length. */
const DEFAULT_SAVE_COUNT = 100;

/** Calls `func(frame, ...fargs)` for every frame (matplotlib's `FuncAnimation`); `T` is the frame type. */
export class FuncAnimation<T = number> extends Animation<T> {
  private readonly func: (frame: T, ...fargs: never[]) => AnimationFuncResult;
  private readonly initFunc: (() => AnimationFuncResult) | null;
  private readonly fargs: readonly unknown[];
  private readonly frames: FrameSequence<T>;
  /** The number of frames `save` takes from a source of unknown length (matplotlib's `save_count`). */
  readonly saveCount: number | null;

  /**
   * @param fig the figure to animate; the animation starts when it is first drawn
   * @param func called with each frame (and `fargs`); with `blit`, returns the artists it changed
   */
  constructor(
    fig: Figure,
    func: (frame: T, ...fargs: never[]) => AnimationFuncResult,
    o: FuncAnimationOptions<T> = {},
  ) {
    checkOptionKeys('FuncAnimation', o, FUNC_ANIMATION_KEYS);
    super('FuncAnimation', fig, o);
    if (typeof func !== 'function')
      invalid('FuncAnimation', 'func', func, 'a function (frame, ...fargs) => artists');
    if (o.initFunc !== undefined && typeof o.initFunc !== 'function')
      invalid('FuncAnimation', 'initFunc', o.initFunc, 'a function returning the artists');
    if (o.fargs !== undefined && !Array.isArray(o.fargs))
      invalid('FuncAnimation', 'fargs', o.fargs, 'an array');
    this.func = func;
    this.initFunc = o.initFunc ?? null;
    this.fargs = o.fargs ?? [];
    this.saveCount =
      o.saveCount === undefined
        ? null
        : checkFinite('FuncAnimation', 'saveCount', o.saveCount, { positive: true });
    if (this.saveCount !== null && !Number.isInteger(this.saveCount))
      invalid('FuncAnimation', 'saveCount', this.saveCount, 'a positive integer');
    this.frames = frameSequence('FuncAnimation', o.frames, o.cacheFrameData ?? true);
    this.setup();
  }

  protected newFrameSeq(): FrameCursor<T> {
    return this.frames.open();
  }

  protected initDraw(): void | Promise<void> {
    if (this.initFunc) {
      const result = this.initFunc();
      if (this.blit) {
        this.drawnArtists = checkArtists('FuncAnimation', 'initFunc', result);
        this.animate(this.drawnArtists);
      }
      return;
    }
    // Without initFunc, the first frame of a fresh pass is the initial picture (as matplotlib).
    const first = this.frames.open().next();
    if (isThenable(first)) return first.then((r) => this.drawFirst(r));
    this.drawFirst(first);
  }

  private drawFirst(r: IteratorResult<T, unknown>): void {
    if (r.done) {
      console.warn(
        'FuncAnimation: cannot start iterating the frames for the initial draw: the frames are empty, or a generator was already used up',
      );
      return;
    }
    this.drawFrame(r.value);
  }

  protected drawFrame(framedata: T): void {
    const result = this.func(framedata, ...(this.fargs as never[]));
    if (!this.blit) {
      this.drawnArtists = [];
      return;
    }
    const artists = checkArtists('FuncAnimation', 'the animation function', result);
    this.drawnArtists = artists.sort((a, b) => a.zorder - b.zorder);
    this.animate(this.drawnArtists);
  }

  protected savedFrames(call: string): Omit<FrameDriver<T>, 'init' | 'draw'> {
    const cursor = this.frames.open();
    const length = this.frames.length;
    if (length !== null) return { cursor, total: length, limit: length, truncationWarning: null };
    if (this.saveCount !== null)
      return { cursor, total: this.saveCount, limit: this.saveCount, truncationWarning: null };
    if (this.frames.endless)
      throw new TsplotlibError(
        call,
        `cannot save an endless frame source (frames: undefined) without saveCount; pass saveCount to FuncAnimation to say how many frames to save (matplotlib's default is ${DEFAULT_SAVE_COUNT})`,
      );
    return {
      cursor,
      total: null,
      limit: DEFAULT_SAVE_COUNT,
      truncationWarning: `${call}: saved the first ${DEFAULT_SAVE_COUNT} frames of a frame source of unknown length; pass saveCount to FuncAnimation to choose how many`,
    };
  }
}
