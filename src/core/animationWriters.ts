/**
 * The seam between animations and the encoders that turn their frames into a file (GIF, APNG, MP4).
 *
 * `figure` must not import `backends` (DESIGN.md section 1), yet `anim.save('a.gif')` has to reach
 * the GIF encoder. Backends register their animation writers here when they load, exactly as
 * format writers register in `output.ts`; animations look them up by name or file extension.
 *
 * A writer opens a session per save: frames go in one at a time as straight RGBA pixels (rows from
 * the top), and `finish` hands back the whole file's bytes, which the caller writes atomically.
 */
import { TsplotlibError, suggestion } from './errors.js';

/** One frame: straight (not premultiplied) RGBA, rows from the top, `width * height * 4` bytes. */
export interface AnimationFrame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** What every writer is told when a save starts. */
export interface AnimationWriterOptions {
  /** Frames per second of the output. */
  readonly fps: number;
  /** The resolution the frames were rendered at (written where the format records it). */
  readonly dpi: number;
  /** How many times the file plays: 0 loops forever (GIF and APNG). */
  readonly loop: number;
  /** Text metadata (title, artist, …) where the format supports it. */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Video bitrate in kbit/s, or -1 to let the encoder choose (matplotlib's `bitrate`). */
  readonly bitrate?: number;
  /** Video codec name for external encoders (matplotlib's `codec`, default rc `animation.codec`). */
  readonly codec?: string;
  /** Extra command-line arguments for external encoders. */
  readonly extraArgs?: readonly string[];
}

/** One save in progress. */
export interface AnimationSession {
  /** Adds the next frame; the pixels may be reused by the caller once this returns (or resolves). */
  addFrame(frame: AnimationFrame): void | Promise<void>;
  /** Ends the file and returns its bytes. */
  finish(): Uint8Array | Promise<Uint8Array>;
  /** Abandons the save, releasing whatever the session holds (processes, temporary files). */
  abort(): void;
}

/** An encoder for one animation format. */
export interface AnimationWriter {
  /** A one-line description for listings and error messages. */
  readonly description: string;
  /** File extensions (without the dot) this writer produces, first the preferred one. */
  readonly extensions: readonly string[];
  /** Whether the writer can run here (an external program may be missing); absent means always. */
  isAvailable?(): boolean;
  /** Starts a save; `call` names the public call in error messages. */
  open(call: string, options: AnimationWriterOptions): AnimationSession;
}

const writers = new Map<string, AnimationWriter>();

/** Registers (or replaces) the writer known as `name` (`'gif'`, `'apng'`, `'ffmpeg'`). */
export function registerAnimationWriter(name: string, writer: AnimationWriter): void {
  writers.set(name.toLowerCase(), writer);
}

/** The names of the registered writers, sorted. */
export function animationWriterNames(): string[] {
  return [...writers.keys()].sort();
}

/** The name of the writer that produces files with extension `ext` (no dot), if any. */
export function animationWriterForExtension(ext: string): string | undefined {
  const e = ext.toLowerCase();
  for (const [name, w] of writers) if (w.extensions.includes(e)) return name;
  return undefined;
}

/**
 * The writer registered as `name`, or the one producing the file extension `name`
 * (`'png'` finds APNG, `'mp4'` finds ffmpeg); throws naming the call and the known writers.
 */
export function animationWriter(call: string, name: string): AnimationWriter {
  if (typeof name !== 'string' || name === '')
    throw new TsplotlibError(call, `the writer must be a non-empty string, got ${JSON.stringify(name)}`);
  const key = name.toLowerCase();
  const writer = writers.get(key) ?? writers.get(animationWriterForExtension(key) ?? '');
  if (!writer) {
    const known = animationWriterNames();
    throw new TsplotlibError(
      call,
      `unknown animation writer ${JSON.stringify(name)}${suggestion(name, known)}; known writers: ${known.join(', ') || 'none (no backend loaded)'}`,
    );
  }
  return writer;
}
