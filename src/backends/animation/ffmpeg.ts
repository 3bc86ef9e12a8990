/**
 * The ffmpeg writer: MP4 video (H.264, yuv420p) through an `ffmpeg` process, as matplotlib's
 * `FFMpegWriter`. Frames are piped to its stdin as raw RGBA; ffmpeg writes a temporary file whose
 * bytes are handed back (the caller then writes the target atomically). Odd sizes are padded by one
 * pixel, since yuv420p needs even dimensions.
 *
 * ffmpeg is not bundled: the writer looks for rc `animation.ffmpeg_path` (default `ffmpeg`, on
 * PATH) and says clearly how to get it when it is missing.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type {
  AnimationFrame,
  AnimationSession,
  AnimationWriter,
  AnimationWriterOptions,
} from '../../core/animationWriters.js';
import { TsplotlibError } from '../../core/errors.js';
import { rcParams } from '../../core/rcParams.js';
import { checkFrame } from './pixels.js';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Finds a program: a path is checked as given, a bare name is looked up on PATH. */
export function findExecutable(name: string, searchPath = process.env['PATH'] ?? ''): string | null {
  if (/[\\/]/.test(name)) return isExecutable(name) ? name : null;
  const suffixes = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of searchPath.split(delimiter))
    for (const s of suffixes) if (dir && isExecutable(join(dir, name + s))) return join(dir, name + s);
  return null;
}

/** matplotlib's codec names mapped to ffmpeg encoders. */
function encoderFor(codec: string): string {
  return codec === 'h264' ? 'libx264' : codec;
}

/** The command line: raw RGBA frames on stdin, H.264 in yuv420p out, even dimensions. */
export function ffmpegArgs(
  width: number,
  height: number,
  o: AnimationWriterOptions,
  output: string,
): string[] {
  const args = ['-f', 'rawvideo', '-vcodec', 'rawvideo', '-s', `${width}x${height}`, '-pix_fmt', 'rgba'];
  args.push('-r', String(o.fps), '-loglevel', 'error', '-i', 'pipe:');
  args.push(
    '-vf',
    'pad=ceil(iw/2)*2:ceil(ih/2)*2',
    '-vcodec',
    encoderFor(o.codec ?? 'h264'),
    '-pix_fmt',
    'yuv420p',
  );
  if (o.bitrate !== undefined && o.bitrate > 0) args.push('-b:v', `${o.bitrate}k`);
  args.push(...(o.extraArgs ?? []));
  for (const [k, v] of Object.entries(o.metadata ?? {})) args.push('-metadata', `${k}=${v}`);
  args.push('-y', output);
  return args;
}

interface Exit {
  readonly code: number | null;
  readonly error?: Error;
}

class FfmpegSession implements AnimationSession {
  private child: ChildProcessWithoutNullStreams | null = null;
  private exited: Promise<Exit> | null = null;
  private stderr = '';
  private readonly dir = mkdtempSync(join(tmpdir(), 'tsplotlib-ffmpeg-'));
  private readonly output = join(this.dir, 'animation.mp4');
  private size: [number, number] | null = null;

  constructor(
    private readonly call: string,
    private readonly options: AnimationWriterOptions,
    private readonly program: string,
  ) {}

  private start(width: number, height: number): ChildProcessWithoutNullStreams {
    const child = spawn(this.program, ffmpegArgs(width, height, this.options, this.output));
    child.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    // A process that dies early makes writes fail with EPIPE; the exit status reports it.
    child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      child.on('error', (error) => resolve({ code: null, error }));
      child.on('close', (code) => resolve({ code }));
    });
    return child;
  }

  async addFrame(frame: AnimationFrame): Promise<void> {
    checkFrame(this.call, frame, this.size);
    this.size ??= [frame.width, frame.height];
    this.child ??= this.start(frame.width, frame.height);
    const stdin = this.child.stdin;
    if (!stdin.write(Buffer.from(frame.data))) {
      const drained = new Promise<null>((resolve) => stdin.once('drain', () => resolve(null)));
      const died = this.exited!.then((e) => this.failure(e));
      const failure = await Promise.race([drained, died]);
      if (failure) throw failure;
    }
  }

  async finish(): Promise<Uint8Array> {
    if (!this.child || !this.exited) throw new TsplotlibError(this.call, 'no frames were added');
    this.child.stdin.end();
    const exit = await this.exited;
    try {
      if (exit.code !== 0) throw this.failure(exit);
      return new Uint8Array(readFileSync(this.output));
    } finally {
      this.cleanup();
    }
  }

  abort(): void {
    this.child?.kill('SIGKILL');
    this.cleanup();
  }

  private failure(exit: Exit): TsplotlibError {
    const why = exit.error ? exit.error.message : `ffmpeg exited with status ${exit.code}`;
    const detail = this.stderr.trim() ? `: ${this.stderr.trim()}` : '';
    return new TsplotlibError(this.call, `${why}${detail}`);
  }

  private cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The MP4 writer through ffmpeg (extension `.mp4`). */
export const ffmpegWriter: AnimationWriter = {
  description: 'MP4 video (H.264) through ffmpeg',
  extensions: ['mp4'],
  isAvailable: () => findExecutable(rcParams.get('animation.ffmpeg_path')) !== null,
  open(call, options) {
    const name = rcParams.get('animation.ffmpeg_path');
    const program = findExecutable(name);
    if (!program)
      throw new TsplotlibError(
        call,
        `ffmpeg was not found (rc animation.ffmpeg_path is ${JSON.stringify(name)}, searched PATH); install it (Debian/Ubuntu: apt install ffmpeg) or set animation.ffmpeg_path, or save as .gif or .png (APNG), which need no external program`,
      );
    return new FfmpegSession(call, options, program);
  },
};
