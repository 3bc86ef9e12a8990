/**
 * Animation.save and toBuffer: every frame of a saved GIF and APNG is decoded and compared with
 * `fig.toBuffer('raw')` of the same state, frame sources are saved as far as they go (or up to
 * saveCount), and bad requests fail with clear messages.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findExecutable } from '../../../../src/backends/animation/ffmpeg.js';
import '../../../../src/backends/index.js';
import { rcParams } from '../../../../src/core/rcParams.js';
import { ArtistAnimation, FuncAnimation } from '../../../../src/figure/animation/index.js';
import { Figure } from '../../../../src/figure/Figure.js';
import { decodeApng } from '../../../helpers/apng.js';
import { decodeGif } from '../../../helpers/gifDecode.js';

const dir = mkdtempSync(join(tmpdir(), 'tsplotlib-anim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small figure with a line and a marker that move with the frame. */
function movingScene(blit = false) {
  const fig = new Figure({ figsize: [2, 1.5], dpi: 50 });
  const ax = fig.addSubplot();
  ax.setXlim(0, 10);
  ax.setYlim(-1.5, 1.5);
  const [line] = ax.plot([0, 1], [0, 0], '-');
  const [marker] = ax.plot([0], [0], 'o');
  const update = (t: number) => {
    line!.setData([0, t, 10], [0, Math.sin(t), 0]);
    marker!.setData([t], [Math.cos(t)]);
    return [line!, marker!];
  };
  return { fig, ax, update, blit };
}

function distinctColors(rgba: Uint8Array): number {
  const set = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4)
    set.add(((rgba[i]! << 24) | (rgba[i + 1]! << 16) | (rgba[i + 2]! << 8) | rgba[i + 3]!) >>> 0);
  return set.size;
}

/** The raw pixels of the figure in the state of frame `t`. */
function expectedFrame(s: ReturnType<typeof movingScene>, t: number): Uint8Array {
  s.update(t);
  for (const l of s.ax.getChildren()) l.setAnimated(false);
  return Uint8Array.from(s.fig.toBuffer('raw'));
}

const FRAMES = [1, 3.5, 6, 8.5];

describe('Animation.save', () => {
  it('saves a GIF whose every frame decodes back to the figure drawn in that state', async () => {
    const s = movingScene();
    const anim = new FuncAnimation(s.fig, s.update, { frames: FRAMES, interval: 100 });
    const file = join(dir, 'moving.gif');
    await anim.save(file);
    const gif = decodeGif(readFileSync(file));
    expect([gif.width, gif.height]).toEqual([100, 75]);
    expect(gif.frames.length).toBe(FRAMES.length);
    // 1000 / interval fps: 10 fps, 10 cs a frame.
    expect(gif.frames.map((f) => f.delay)).toEqual([10, 10, 10, 10]);
    FRAMES.forEach((t, i) => {
      const want = expectedFrame(s, t);
      expect(distinctColors(want)).toBeLessThanOrEqual(256);
      expect(gif.frames[i]!.rgba).toEqual(want);
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('saves an APNG whose frames decode back exactly, and whose first frame any PNG decoder reads', async () => {
    const s = movingScene();
    const anim = new FuncAnimation(s.fig, s.update, { frames: FRAMES });
    const file = join(dir, 'moving.png');
    await anim.save(file, { fps: 4 });
    const bytes = readFileSync(file);
    const png = decodeApng(bytes);
    expect(png.numFrames).toBe(FRAMES.length);
    expect(png.frames[0]!.delay).toEqual([1, 4]);
    FRAMES.forEach((t, i) => expect(png.frames[i]!.rgba).toEqual(expectedFrame(s, t)));
    const img = await loadImage(bytes);
    const ctx = createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    expect(new Uint8Array(ctx.getImageData(0, 0, 100, 75).data)).toEqual(expectedFrame(s, FRAMES[0]!));
  });

  it('saves blitted animations with their animated artists drawn', async () => {
    const s = movingScene();
    const anim = new FuncAnimation(s.fig, s.update, { frames: FRAMES, blit: true });
    const png = decodeApng(await anim.toBuffer('apng'));
    FRAMES.forEach((t, i) => expect(png.frames[i]!.rgba).toEqual(expectedFrame(s, t)));
  });

  it('renders at the dpi asked for and reports progress after each frame', async () => {
    const s = movingScene();
    const anim = new FuncAnimation(s.fig, s.update, { frames: 3 });
    const progress: [number, number | null][] = [];
    const gif = decodeGif(
      await anim.toBuffer('gif', { dpi: 20, progressCallback: (i, n) => void progress.push([i, n]) }),
    );
    expect([gif.width, gif.height]).toEqual([40, 30]);
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it('saves ArtistAnimation frames: one group visible in each', async () => {
    const fig = new Figure({ figsize: [2, 1.5], dpi: 50 });
    const ax = fig.addSubplot();
    ax.setYlim(-1, 3);
    const groups = [0, 1, 2].map((i) => ax.plot([0, 1], [i, i]));
    const anim = new ArtistAnimation(fig, groups);
    const gif = decodeGif(await anim.toBuffer('gif'));
    expect(gif.frames.length).toBe(3);
    groups.forEach((_, i) => {
      groups.forEach((g, j) => g[0]!.setVisible(i === j));
      expect(gif.frames[i]!.rgba).toEqual(Uint8Array.from(fig.toBuffer('raw')));
    });
  });
});

describe('Animation.save: frame sources', () => {
  const saved = async (frames: unknown, extra: object = {}) => {
    const fig = new Figure({ figsize: [1, 1], dpi: 10 });
    const seen: unknown[] = [];
    const anim = new FuncAnimation(fig, (f: unknown) => void seen.push(f), {
      frames: frames as never,
      initFunc: () => {},
      ...extra,
    });
    const gif = decodeGif(await anim.toBuffer('gif'));
    expect(gif.frames.length).toBe(seen.length);
    return seen;
  };

  it('a count, an array and a generator are saved whole', async () => {
    expect(await saved(3)).toEqual([0, 1, 2]);
    expect(await saved(['a', 'b'])).toEqual(['a', 'b']);
    expect(await saved((function* () { yield 7; yield 8; })())).toEqual([7, 8]); // prettier-ignore
  });

  it('an async iterable is awaited frame by frame', async () => {
    async function* stream() {
      for (let i = 0; i < 3; i++) yield await Promise.resolve(i * 2);
    }
    expect(await saved(stream())).toEqual([0, 2, 4]);
  });

  it('an endless source saves saveCount frames, and needs saveCount', async () => {
    expect(await saved(undefined, { saveCount: 4 })).toEqual([0, 1, 2, 3]);
    const fig = new Figure({ figsize: [1, 1], dpi: 10 });
    const anim = new FuncAnimation(fig, () => {});
    await expect(anim.save(join(dir, 'endless.gif'))).rejects.toThrow(
      /^FuncAnimation\.save: cannot save an endless frame source \(frames: undefined\) without saveCount; pass saveCount .*default is 100/,
    );
  });

  it('a generator of unknown length stops at 100 frames (matplotlib) with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function* forever() {
      for (let i = 0; ; i++) yield i;
    }
    expect((await saved(forever())).length).toBe(100);
    expect(String(warn.mock.calls[0]?.[0])).toContain('saved the first 100 frames');
    warn.mockRestore();
  });
});

describe('Animation.save: bad requests', () => {
  const anim = () => new FuncAnimation(new Figure({ figsize: [1, 1], dpi: 10 }), () => {}, { frames: 2 });

  it('names unknown writers and extensions', async () => {
    await expect(anim().save(join(dir, 'a.gif'), { writer: 'giff' })).rejects.toThrow(
      'FuncAnimation.save: unknown animation writer "giff" (did you mean "gif"?); known writers: apng, ffmpeg, gif',
    );
    await expect(anim().save(join(dir, 'a.bmp'))).rejects.toThrow(
      'FuncAnimation.save: cannot tell the animation format from the extension ".bmp"',
    );
    expect(existsSync(join(dir, 'a.bmp'))).toBe(false);
  });

  it('rejects bad options', async () => {
    await expect(anim().toBuffer('gif', { fps: 0 })).rejects.toThrow('FuncAnimation.toBuffer: invalid fps 0');
    await expect(anim().toBuffer('gif', { fsp: 3 } as never)).rejects.toThrow(
      'unknown option "fsp" (did you mean "fps"?)',
    );
    await expect(anim().toBuffer('gif', { savefigOptions: { dpi: 3 } as never })).rejects.toThrow(
      'savefigOptions may not set format or dpi',
    );
    await expect(anim().save('')).rejects.toThrow('FuncAnimation.save: invalid filename ""');
  });

  it('says clearly when MP4 needs an ffmpeg that is missing', async () => {
    const saved = rcParams.get('animation.ffmpeg_path');
    rcParams.set('animation.ffmpeg_path', join(dir, 'no-ffmpeg-here'));
    try {
      await expect(anim().save(join(dir, 'a.mp4'))).rejects.toThrow(
        /ffmpeg was not found.*apt install ffmpeg/,
      );
    } finally {
      rcParams.set('animation.ffmpeg_path', saved);
    }
  });
});

const ffmpeg = findExecutable('ffmpeg');
if (!ffmpeg) console.info('skipping the MP4 test: ffmpeg is not on PATH (Debian: apt install ffmpeg)');

describe.skipIf(!ffmpeg)('Animation.save to MP4 with a real ffmpeg', () => {
  it('writes an MP4 file (ftyp box) from an odd-sized figure', async () => {
    const s = movingScene();
    s.fig.setSizeInches(2.02, 1.5);
    const anim = new FuncAnimation(s.fig, s.update, { frames: FRAMES });
    const file = join(dir, 'moving.mp4');
    await anim.save(file, { fps: 5 });
    const bytes = readFileSync(file);
    expect(String.fromCharCode(...bytes.subarray(4, 8))).toBe('ftyp');
  });
});
