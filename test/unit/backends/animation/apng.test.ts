import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { AnimationFrame } from '../../../../src/core/animationWriters.js';
import { apngWriter } from '../../../../src/backends/animation/apng.js';
import { decodeApng } from '../../../helpers/apng.js';

function frameAt(w: number, h: number, at: number, alpha = 255): AnimationFrame {
  const data = new Uint8Array(w * h * 4);
  for (let p = 0; p < w * h; p++) {
    const x = p % w, y = Math.floor(p / w); // prettier-ignore
    const inside = x >= at && x < at + 4 && y >= 2 && y < 6;
    data.set(inside ? [200, 30, 40, alpha] : [x * 9, y * 20, 128, 255], p * 4);
  }
  return { width: w, height: h, data };
}

function encode(frames: AnimationFrame[], fps: number, metadata?: Record<string, string>): Uint8Array {
  const s = apngWriter.open('test', { fps, dpi: 100, loop: 0, ...(metadata ? { metadata } : {}) });
  for (const f of frames) s.addFrame(f);
  return s.finish() as Uint8Array;
}

describe('apngWriter', () => {
  it('writes acTL, fcTL/IDAT for the first frame and fcTL/fdAT for the rest, decoding back exactly', () => {
    const frames = [0, 5, 10, 10].map((at) => frameAt(20, 9, at, at === 10 ? 128 : 255));
    const png = decodeApng(encode(frames, 10));
    expect(png.numFrames).toBe(4);
    expect(png.numPlays).toBe(0);
    expect(png.chunks.filter((c) => c === 'fcTL').length).toBe(4);
    expect(png.chunks.filter((c) => c === 'fdAT').length).toBe(3);
    expect(png.chunks.indexOf('acTL')).toBeLessThan(png.chunks.indexOf('IDAT'));
    expect(png.chunks.indexOf('fcTL')).toBeLessThan(png.chunks.indexOf('IDAT'));
    expect(png.frames.map((f) => f.delay)).toEqual(Array(4).fill([1, 10]));
    png.frames.forEach((f, i) => expect(f.rgba).toEqual(frames[i]!.data));
  });

  it('stores only the changed rectangle of later frames', () => {
    const png = decodeApng(encode([frameAt(30, 9, 0), frameAt(30, 9, 20), frameAt(30, 9, 20)], 5));
    expect(png.frames[1]!.rect).toEqual({ x: 0, y: 2, width: 24, height: 4 });
    expect(png.frames[2]!.rect).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('writes fractional fps as millisecond delays', () => {
    const png = decodeApng(encode([frameAt(8, 8, 0), frameAt(8, 8, 2)], 2.5));
    expect(png.frames[0]!.delay).toEqual([400, 1000]);
  });

  it('is an ordinary PNG to a decoder that knows nothing of APNG: it shows the first frame', async () => {
    const first = frameAt(12, 8, 3);
    const img = await loadImage(Buffer.from(encode([first, frameAt(12, 8, 6)], 10, { Title: 'anim' })));
    const ctx = createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    expect(new Uint8Array(ctx.getImageData(0, 0, 12, 8).data)).toEqual(first.data);
  });

  it('refuses finishing without frames', () => {
    expect(() => apngWriter.open('Animation.save', { fps: 5, dpi: 72, loop: 0 }).finish()).toThrow(
      'Animation.save: no frames were added',
    );
  });
});
