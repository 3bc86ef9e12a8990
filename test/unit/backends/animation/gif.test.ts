import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { AnimationFrame } from '../../../../src/core/animationWriters.js';
import { gifWriter } from '../../../../src/backends/animation/gif.js';
import { lzwEncode } from '../../../../src/backends/animation/lzw.js';
import { medianCut } from '../../../../src/backends/animation/quantize.js';
import { decodeGif, frameAsGif, lzwDecode } from '../../../helpers/gifDecode.js';

/** Seeded pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Joins the data sub-blocks that follow the min-code-size byte. */
function unblock(image: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let o = 1; image[o]! > 0; o += image[o]! + 1) out.push(...image.subarray(o + 1, o + 1 + image[o]!));
  return Uint8Array.from(out);
}

async function decodeWithCanvas(bytes: Uint8Array): Promise<Uint8Array> {
  const img = await loadImage(Buffer.from(bytes));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return new Uint8Array(ctx.getImageData(0, 0, img.width, img.height).data);
}

function encode(frames: AnimationFrame[], fps = 10): Uint8Array {
  const s = gifWriter.open('test', { fps, dpi: 72, loop: 0 });
  for (const f of frames) s.addFrame(f);
  return s.finish() as Uint8Array;
}

/** A frame of few colours: a background and a moving square. */
function squareFrame(w: number, h: number, at: number, colors = [0xffffff, 0x1f77b4]): AnimationFrame {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const inside = x >= at && x < at + 5 && y >= 3 && y < 8;
      const c = inside ? colors[1]! : colors[0]!;
      data.set([c >> 16, (c >> 8) & 255, c & 255, 255], (y * w + x) * 4);
    }
  return { width: w, height: h, data };
}

describe('lzwEncode', () => {
  it('lzwEncode() round-trips random indices for every code size, across table resets', () => {
    const rand = rng(7);
    for (const bits of [2, 3, 5, 8]) {
      for (const n of [1, 2, 17, 5000, 60000]) {
        const data = Uint8Array.from({ length: n }, () =>
          Math.floor(rand() * (1 << bits) ** (rand() < 0.5 ? 1 : 0.5)),
        );
        const image = lzwEncode(data, bits);
        expect(image[0]).toBe(bits);
        expect(lzwDecode(unblock(image), bits, n)).toEqual(data);
      }
    }
  });
  it('lzwEncode() compresses runs (a flat image is far smaller than its pixels)', () => {
    const image = lzwEncode(new Uint8Array(100_000), 2);
    expect(image.length).toBeLessThan(2000);
    expect(lzwDecode(unblock(image), 2, 100_000)).toEqual(new Uint8Array(100_000));
  });
});

describe('gifWriter', () => {
  it('writes GIF89a with a global table, the NETSCAPE2.0 loop and delays from fps', () => {
    const frames = [0, 4, 8, 12].map((at) => squareFrame(24, 12, at));
    const gif = decodeGif(encode(frames, 30));
    expect(gif.width).toBe(24);
    expect(gif.loop).toBe(0);
    expect(gif.globalTable).not.toBeNull();
    expect(gif.frames.length).toBe(4);
    // 100/30 cs a frame, rounded so that four frames last 13 cs in all.
    expect(gif.frames.map((f) => f.delay).reduce((a, b) => a + b)).toBe(13);
    gif.frames.forEach((f, i) => expect(f.rgba).toEqual(frames[i]!.data));
  });

  it('stores only the changed rectangle after the first frame, with disposal "do not dispose"', () => {
    const gif = decodeGif(encode([squareFrame(30, 12, 0), squareFrame(30, 12, 10), squareFrame(30, 12, 10)]));
    expect(gif.frames[0]!.rect).toEqual({ x: 0, y: 0, width: 30, height: 12 });
    expect(gif.frames[1]!.rect).toEqual({ x: 0, y: 3, width: 15, height: 5 });
    expect(gif.frames[2]!.rect.width * gif.frames[2]!.rect.height).toBe(1);
    expect(gif.frames.map((f) => f.disposal)).toEqual([1, 1, 1]);
  });

  it('gives a frame whose colours no longer fit the global table a local one, still exact', () => {
    const first = squareFrame(16, 16, 0);
    // 255 new colours: with the first frame's two, more than a colour table holds.
    const d = new Uint8Array(16 * 16 * 4);
    for (let p = 0; p < 256; p++) d.set([Math.min(p, 254), 3, 3, 255], p * 4);
    const frames = [first, { width: 16, height: 16, data: d }];
    const gif = decodeGif(encode(frames));
    expect(gif.frames[1]!.localTable).toBe(true);
    gif.frames.forEach((f, i) => expect(f.rgba).toEqual(frames[i]!.data));
  });

  it('quantises frames of more than 256 colours by median cut, close to the original', () => {
    const w = 64, h = 64; // prettier-ignore
    const data = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) data.set([x * 4, y * 4, (x + y) * 2, 255], (y * w + x) * 4);
    const gif = decodeGif(encode([{ width: w, height: h, data }]));
    let worst = 0;
    for (let i = 0; i < data.length; i++)
      if (i % 4 !== 3) worst = Math.max(worst, Math.abs(gif.frames[0]!.rgba[i]! - data[i]!));
    expect(worst).toBeLessThanOrEqual(16);
    expect(medianCut(data).size).toBe(256);
  });

  it('writes transparent pixels with a transparent index, whole frames and background disposal', () => {
    const a = squareFrame(16, 10, 2);
    const b = squareFrame(16, 10, 8);
    for (const f of [a, b]) for (let i = 3; i < 16 * 4; i += 4) (f.data as Uint8Array)[i] = 0;
    const gif = decodeGif(encode([a, b]));
    expect(gif.frames[1]!.rect).toEqual({ x: 0, y: 0, width: 16, height: 10 });
    expect(gif.frames[0]!.disposal).toBe(2);
    expect(gif.frames.every((f) => f.transparentIndex !== null)).toBe(true);
    gif.frames.forEach((f, i) => {
      const want = Uint8Array.from([a, b][i]!.data);
      for (let p = 0; p < want.length; p += 4) if (want[p + 3] === 0) want.set([0, 0, 0, 0], p);
      expect(f.rgba).toEqual(want);
    });
  });

  it("every frame's image data decodes the same with @napi-rs/canvas's GIF decoder", async () => {
    const rand = rng(3);
    const frames = [0, 6, 12].map((at) => {
      const f = squareFrame(120, 60, at);
      // Noise fills the LZW table, so the data holds clear codes and every code width.
      for (let p = 0; p < 120 * 60; p++)
        (f.data as Uint8Array).set([Math.floor(rand() * 200), 9, 9, 255], p * 4);
      return f;
    });
    const bytes = encode(frames);
    const gif = decodeGif(bytes);
    for (let i = 0; i < frames.length; i++)
      expect(await decodeWithCanvas(frameAsGif(bytes, i))).toEqual(gif.frames[i]!.own);
  });

  it('refuses frames of a different size or a wrong byte count', () => {
    const s = gifWriter.open('Animation.save', { fps: 5, dpi: 72, loop: 0 });
    s.addFrame(squareFrame(10, 10, 0));
    expect(() => s.addFrame(squareFrame(12, 10, 0))).toThrow(
      'Animation.save: frame size changed from 10x10 to 12x10',
    );
    expect(() => s.addFrame({ width: 10, height: 10, data: new Uint8Array(7) })).toThrow(
      'expected 400 bytes',
    );
  });
});
