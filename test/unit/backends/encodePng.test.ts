import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from '../../../src/backends/png/encodePng.js';
import { decodeImage } from './helpers.js';

describe('encodePng', () => {
  it('encodePng() round-trips straight RGBA pixels through a real decoder', async () => {
    const width = 7, height = 5; // prettier-ignore
    const data = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < data.length; i += 4)
      data.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, 255], i);
    const img = await decodeImage(encodePng({ width, height, data }));
    expect([img.width, img.height]).toEqual([width, height]);
    expect([...img.data]).toEqual([...data]);
  });

  it('encodePng() writes pHYs and tEXt chunks with valid CRCs', () => {
    const png = encodePng(
      { width: 1, height: 1, data: Uint8ClampedArray.of(1, 2, 3, 4) },
      { dpi: 254, text: { Software: 'tsplotlib' } },
    );
    const view = new DataView(png.buffer, png.byteOffset);
    const chunks: string[] = [];
    for (let o = 8; o < png.length;) {
      const len = view.getUint32(o);
      const type = new TextDecoder().decode(png.slice(o + 4, o + 8));
      chunks.push(type);
      expect(view.getUint32(o + 8 + len)).toBe((crc32(png.subarray(o + 4, o + 8 + len)) ^ 0xffffffff) >>> 0);
      if (type === 'pHYs') expect(view.getUint32(o + 8)).toBe(10000);
      if (type === 'IDAT')
        expect([...inflateSync(png.subarray(o + 8, o + 8 + len))]).toEqual([0, 1, 2, 3, 4]);
      o += 12 + len;
    }
    expect(chunks).toEqual(['IHDR', 'pHYs', 'tEXt', 'IDAT', 'IEND']);
  });

  it('encodePng() rejects a buffer of the wrong length', () => {
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8ClampedArray(3) })).toThrow(
      /encodePng: expected 16 bytes/,
    );
  });
});
