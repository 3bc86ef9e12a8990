import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ffmpegWriter, findExecutable } from '../../../../src/backends/animation/ffmpeg.js';
import type { AnimationFrame } from '../../../../src/core/animationWriters.js';
import { rcParams } from '../../../../src/core/rcParams.js';

const dir = mkdtempSync(join(tmpdir(), 'tsplotlib-ffmpeg-test-'));
const log = join(dir, 'args.txt');
const defaultPath = rcParams.get('animation.ffmpeg_path');

/** A stand-in for ffmpeg: records its arguments and copies stdin to its output file. */
function fakeFfmpeg(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const options = { fps: 12, dpi: 72, loop: 0, codec: 'h264', bitrate: 800, extraArgs: ['-preset', 'fast'] };

function frame(w: number, h: number, v: number): AnimationFrame {
  return { width: w, height: h, data: new Uint8Array(w * h * 4).fill(v) };
}

afterEach(() => rcParams.set('animation.ffmpeg_path', defaultPath));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ffmpegWriter', () => {
  it('says clearly when ffmpeg is missing', () => {
    rcParams.set('animation.ffmpeg_path', join(dir, 'no-such-ffmpeg'));
    expect(ffmpegWriter.isAvailable!()).toBe(false);
    expect(() => ffmpegWriter.open('Animation.save', options)).toThrow(
      /Animation\.save: ffmpeg was not found .*apt install ffmpeg.*\.gif or \.png/,
    );
    expect(findExecutable('surely-not-a-program-xyz', dir)).toBeNull();
  });

  it('pipes raw RGBA frames to ffmpeg with the H.264/yuv420p arguments and returns its output', async () => {
    const exe = fakeFfmpeg(
      'ffmpeg-ok',
      `printf '%s\\n' "$@" > '${log}'\nfor last; do :; done\ncat > "$last"`,
    );
    rcParams.set('animation.ffmpeg_path', exe);
    expect(ffmpegWriter.isAvailable!()).toBe(true);
    const s = ffmpegWriter.open('Animation.save', options);
    // Frames larger than a pipe buffer exercise the wait for 'drain'.
    const frames = [frame(301, 201, 1), frame(301, 201, 2), frame(301, 201, 3)];
    for (const f of frames) await s.addFrame(f);
    const out = await s.finish();
    expect(out.length).toBe(3 * 301 * 201 * 4);
    expect([out[0], out[301 * 201 * 4], out[out.length - 1]]).toEqual([1, 2, 3]);
    const args = readFileSync(log, 'utf8').trim().split('\n');
    expect(args.slice(0, 8)).toEqual([
      '-f',
      'rawvideo',
      '-vcodec',
      'rawvideo',
      '-s',
      '301x201',
      '-pix_fmt',
      'rgba',
    ]);
    expect(args).toContain('pad=ceil(iw/2)*2:ceil(ih/2)*2');
    expect(args.join(' ')).toContain('-vcodec libx264 -pix_fmt yuv420p -b:v 800k -preset fast');
    expect(args.at(-1)).toMatch(/\.mp4$/);
  });

  it("reports ffmpeg's own error message when it fails", async () => {
    const exe = fakeFfmpeg('ffmpeg-bad', `cat > /dev/null\necho 'Unknown encoder libx264' >&2\nexit 1`);
    rcParams.set('animation.ffmpeg_path', exe);
    const s = ffmpegWriter.open('Animation.save', options);
    await s.addFrame(frame(4, 4, 0));
    await expect(s.finish()).rejects.toThrow(
      'Animation.save: ffmpeg exited with status 1: Unknown encoder libx264',
    );
  });
});
