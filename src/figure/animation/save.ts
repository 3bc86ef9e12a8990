/**
 * Saving an animation (matplotlib's `Animation.save`): the frame sequence is driven directly, not
 * by the timer; after each frame the figure is rendered to raw RGBA pixels and handed to an
 * animation writer registered by the backends (GIF, APNG, MP4 through ffmpeg).
 *
 * While saving, animated artists are drawn like any other (matplotlib draws them when the canvas
 * `is_saving`), so a blitted animation saves the same frames it shows.
 */
import {
  animationWriter,
  animationWriterForExtension,
  type AnimationFrame,
  type AnimationWriter,
  type AnimationWriterOptions,
} from '../../core/animationWriters.js';
import { checkFinite, checkOptionKeys, invalid, TsplotlibError } from '../../core/errors.js';
import { rcParams } from '../../core/rcParams.js';
import type { Artist } from '../Artist.js';
import type { Figure, SaveOptions } from '../Figure.js';
import { isThenable, type FrameCursor } from './frames.js';

/** Options of `Animation.save` and `Animation.toBuffer`. */
export interface AnimationSaveOptions {
  /**
   * The writer: `'gif'`, `'apng'`, `'ffmpeg'` or any registered name. By default it follows the
   * file extension (`.gif`, `.png`/`.apng`, `.mp4`), else rc `animation.writer`.
   */
  writer?: string;
  /** Frames per second (default: 1000 / interval, as matplotlib). */
  fps?: number;
  /** Resolution of the frames (default rc `savefig.dpi`; `'figure'` is the figure's own). */
  dpi?: number | 'figure';
  /** Called after each frame with its index and the number of frames (null when unknown). */
  progressCallback?: (frame: number, total: number | null) => void;
  /** Options of the per-frame render (`facecolor`, `transparent`, …), as `savefig` takes them. */
  savefigOptions?: Omit<SaveOptions, 'format' | 'dpi'>;
  /** Text metadata, where the format stores it. */
  metadata?: Record<string, string>;
  /** Video bitrate in kbit/s for ffmpeg (default rc `animation.bitrate`, -1: the encoder chooses). */
  bitrate?: number;
  /** Video codec for ffmpeg (default rc `animation.codec`). */
  codec?: string;
  /** Extra ffmpeg arguments (default rc `animation.ffmpeg_args`). */
  extraArgs?: string[];
}

const SAVE_KEYS = [
  'writer',
  'fps',
  'dpi',
  'progressCallback',
  'savefigOptions',
  'metadata',
  'bitrate',
  'codec',
  'extraArgs',
];

/** Everything a save needs, checked before the first frame is drawn. */
export interface SavePlan {
  readonly writer: AnimationWriter;
  readonly writerOptions: AnimationWriterOptions;
  readonly dpi: number;
  readonly savefig: SaveOptions;
  readonly progress: ((frame: number, total: number | null) => void) | null;
}

/** How an animation hands its frames to {@link recordFrames}. */
export interface FrameDriver<T> {
  /** The initial draw (matplotlib's `_init_draw`), run once before the frames. */
  init(): void | Promise<void>;
  readonly cursor: FrameCursor<T>;
  /** The number of frames reported to the progress callback, or null when unknown. */
  readonly total: number | null;
  /** The most frames to save. */
  readonly limit: number;
  /** Printed when `limit` frames were saved without reaching the end of the source. */
  readonly truncationWarning: string | null;
  /** Draws one frame (without blitting). */
  draw(frame: T): void;
}

function extensionOf(filename: string): string | undefined {
  return /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
}

/** Resolves the writer name: the option, else the file extension, else rc `animation.writer`. */
function writerName(call: string, o: AnimationSaveOptions, filename: string | null): string {
  if (o.writer !== undefined) return o.writer;
  const ext = filename === null ? undefined : extensionOf(filename);
  if (ext !== undefined) {
    const byExt = animationWriterForExtension(ext);
    if (byExt) return byExt;
    throw new TsplotlibError(
      call,
      `cannot tell the animation format from the extension ".${ext}" of ${JSON.stringify(filename)}; use .gif, .png (APNG) or .mp4, or pass the writer option`,
    );
  }
  return rcParams.get('animation.writer');
}

/** Checks the options of a save and resolves its writer, fps and dpi. */
export function planSave(
  call: string,
  fig: Figure,
  o: AnimationSaveOptions,
  filename: string | null,
  interval: number,
): SavePlan {
  checkOptionKeys(call, o, SAVE_KEYS);
  const writer = animationWriter(call, writerName(call, o, filename));
  const fps = o.fps === undefined ? 1000 / interval : checkFinite(call, 'fps', o.fps, { positive: true });
  const dpiOpt = o.dpi ?? rcParams.get('savefig.dpi');
  const dpi = dpiOpt === 'figure' ? fig.dpi : checkFinite(call, 'dpi', dpiOpt, { positive: true });
  fig.pixelSize(call, dpi);
  if (o.progressCallback !== undefined && typeof o.progressCallback !== 'function')
    invalid(call, 'progressCallback', o.progressCallback, 'a function (frame, total) => void');
  const savefig = { ...(o.savefigOptions ?? {}) } as SaveOptions;
  if ('format' in savefig || 'dpi' in savefig)
    throw new TsplotlibError(call, 'savefigOptions may not set format or dpi; pass dpi to save itself');
  const writerOptions: AnimationWriterOptions = {
    fps,
    dpi,
    loop: 0,
    bitrate: o.bitrate ?? rcParams.get('animation.bitrate'),
    codec: o.codec ?? rcParams.get('animation.codec'),
    extraArgs: o.extraArgs ?? rcParams.get('animation.ffmpeg_args'),
    ...(o.metadata ? { metadata: o.metadata } : {}),
  };
  return { writer, writerOptions, dpi, savefig, progress: o.progressCallback ?? null };
}

/** The animated artists of the figure, which normal draws leave out. */
function animatedArtists(fig: Figure): Artist[] {
  return fig.axes.flatMap((ax) => ax.getChildren().filter((a) => a.getAnimated()));
}

/** Renders the figure as it is now to raw RGBA, animated artists included. */
export function grabFrame(fig: Figure, plan: SavePlan): AnimationFrame {
  const animated = animatedArtists(fig);
  for (const a of animated) a.setAnimated(false);
  try {
    const [width, height] = fig.pixelSize('Animation.save', plan.dpi);
    const data = fig.toBuffer('raw', { ...plan.savefig, dpi: plan.dpi });
    return { width, height, data };
  } finally {
    for (const a of animated) a.setAnimated(true);
  }
}

/** Drives the frames through the writer and returns the file's bytes. */
export async function recordFrames<T>(
  call: string,
  fig: Figure,
  plan: SavePlan,
  driver: FrameDriver<T>,
): Promise<Uint8Array> {
  const session = plan.writer.open(call, plan.writerOptions);
  try {
    const init = driver.init();
    if (isThenable(init)) await init;
    let count = 0;
    let ended = false;
    while (count < driver.limit) {
      const step = driver.cursor.next();
      const r = isThenable(step) ? await step : step;
      if (r.done) {
        ended = true;
        break;
      }
      driver.draw(r.value);
      const added = session.addFrame(grabFrame(fig, plan));
      if (isThenable(added)) await added;
      plan.progress?.(count, driver.total);
      count++;
    }
    if (count === 0) throw new TsplotlibError(call, 'the animation has no frames to save');
    if (!ended && driver.truncationWarning) console.warn(driver.truncationWarning);
    return await session.finish();
  } catch (e) {
    session.abort();
    throw e;
  }
}
