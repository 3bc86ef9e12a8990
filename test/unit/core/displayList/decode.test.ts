import { describe, expect, it } from 'vitest';
import { Affine } from '../../../../src/core/Affine2D.js';
import { TsplotlibError } from '../../../../src/core/errors.js';
import { Path } from '../../../../src/core/Path.js';
import { makeStyle } from '../../../../src/core/renderer.js';
import { ByteWriter } from '../../../../src/core/displayList/bytes.js';
import {
  decodeDisplayList,
  DisplayListRecorder,
  LIMITS,
  OpCode,
} from '../../../../src/core/displayList/index.js';
import { gradientImage } from './scene.js';

const NEG_ONE = 0xffffffff; // -1 written as an int32 reads back as this u32

/** A small valid frame with one op of every kind. */
function sampleFrame(): Uint8Array {
  const rec = new DisplayListRecorder({ width: 64, height: 48, dpi: 72 });
  const tri = new Path([0, 0, 10, 0, 5, 8, 0, 0], [1, 2, 2, 79]);
  const style = makeStyle({ fill: [1, 0, 0, 1], dashes: { offset: 0, pattern: [2, 1] }, hatch: '/' });
  rec.openGroup('g', 'id');
  rec.pushClip({ kind: 'rect', x: 1, y: 1, width: 60, height: 40 });
  rec.drawPath(tri, Affine.translation(3, 4), style);
  rec.drawMarkers(tri, Affine.scaling(0.5), Float64Array.of(10, 10, 20, 20), style);
  rec.drawPathCollection({
    ...{ paths: [tri], pathTransforms: [Affine.scaling(0.3)], masterTransform: Affine.IDENTITY },
    ...{ offsets: Float64Array.of(1, 2, 3, 4), offsetTransform: Affine.scaling(2) },
    ...{ facecolors: [[0.1, 0.2, 0.3, 1]], edgecolors: [[0, 0, 0, 1]], linewidths: [1], dashes: [null] },
    ...{ antialiased: true, capStyle: 'butt', joinStyle: 'round' },
  });
  rec.pushClip({ kind: 'path', path: tri, transform: Affine.scaling(4) });
  rec.drawImage(2, 3, gradientImage(3, 2), { alpha: 0.5 });
  rec.popClip();
  rec.drawText('ok ✓', 5, 6, {
    font: { family: 'DejaVu Sans', size: 9, weight: 'normal', style: 'normal' },
    color: [0, 0, 0, 1],
    angle: 0,
  });
  rec.popClip();
  rec.closeGroup('g');
  return rec.finish();
}

/** A hand-made frame: header, one style, empty text and image tables, then what `ops` writes. */
function handFrame(
  ops: (w: ByteWriter) => void,
  header: { magic?: number[]; version?: number } = {},
): Uint8Array {
  const w = new ByteWriter();
  for (const b of header.magic ?? [0x54, 0x50, 0x44, 0x4c]) w.u8(b);
  w.u16(header.version ?? 1);
  w.u16(0);
  for (const v of [64, 48, 72]) w.f64(v);
  w.u32(1);
  w.u8(0); // no fill
  w.u8(1); // a black stroke
  for (const v of [0, 0, 0, 1]) w.f64(v);
  w.f64(1); // line width
  w.u8(0); // solid
  for (const v of [0, 1, 1]) w.u8(v); // butt caps, round joins, antialiased
  for (const v of [0, 0, 0]) w.u8(v); // hatch, hatch color and snap absent
  w.u32(0); // text styles
  w.u32(0); // images
  ops(w);
  return w.finish();
}

const expectCorrupt = (bytes: Uint8Array, message: RegExp) => {
  let error: unknown;
  try {
    decodeDisplayList(bytes);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TsplotlibError);
  expect((error as TsplotlibError).call).toBe('displayList');
  expect((error as Error).message).toMatch(message);
};

/** A path op with the given vertex count field and nothing after it. */
const pathOp = (count: number) => (w: ByteWriter) => {
  w.u32(1);
  w.u8(OpCode.PATH);
  w.u32(0);
  w.u8(0);
  w.u8(0);
  w.u32(count);
};

describe('decodeDisplayList on corrupt input', () => {
  it('the hand-made frames are valid before they are broken', () => {
    expect(decodeDisplayList(handFrame((w) => w.u32(0))).styles).toHaveLength(1);
    const ok = handFrame((w) => {
      pathOp(2)(w);
      w.floats(Float32Array.of(1, 2));
      w.u8(0);
    });
    expect(decodeDisplayList(ok).ops).toHaveLength(1);
  });

  it('every truncation of a valid frame throws a displayList error', () => {
    const bytes = sampleFrame();
    expect(decodeDisplayList(bytes).ops).toHaveLength(11);
    for (let n = 0; n < bytes.length; n++) expectCorrupt(bytes.slice(0, n), /^displayList: /);
    expectCorrupt(new Uint8Array(0), /truncated frame: 0 bytes, no header/);
    expectCorrupt(bytes.slice(0, 10), /truncated frame: the header needs 32 bytes, the frame has 10/);
  });

  it('wrong magic, an unsupported version and trailing bytes are refused', () => {
    expectCorrupt(
      handFrame((w) => w.u32(0), { magic: [0x89, 0x50, 0x4e, 0x47] }),
      /not a display list/,
    );
    expectCorrupt(handFrame((w) => w.u32(0), { version: 9 }), /unsupported format version 9; this decoder reads version 1/); // prettier-ignore
    const extra = new Uint8Array([...handFrame((w) => w.u32(0)), 0]);
    expectCorrupt(extra, /1 unexpected bytes after the last op/);
  });

  it('an op count bomb fails at once, without allocating or looping', () => {
    const start = performance.now();
    expectCorrupt(
      handFrame((w) => w.u32(NEG_ONE)),
      /op count 4294967295 exceeds the limit of 4194304/,
    );
    expectCorrupt(
      handFrame((w) => w.u32(LIMITS.ops)),
      /op count 4194304 needs at least 4194304 bytes, only 0 remain/,
    );
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('negative and oversized lengths are refused before anything is allocated', () => {
    expectCorrupt(
      handFrame(pathOp(NEG_ONE)),
      /path vertices count 4294967295 needs at least 17179869180 bytes/,
    );
    expectCorrupt(handFrame(pathOp(3)), /path vertices count 3 needs at least 12 bytes, only 0 remain/);
    const text = handFrame((w) => {
      w.u32(1);
      w.u8(OpCode.OPEN_GROUP);
      w.u32(NEG_ONE);
    });
    expectCorrupt(text, /group name length 4294967295 exceeds the limit of 1048576/);
  });

  it('bad indices, opcodes, tags, codes and UTF-8 are named in the error', () => {
    const op = (...bytes: number[]) => handFrame((w) => (w.u32(1), bytes.forEach((b) => w.u8(b))));
    expectCorrupt(op(42), /unknown opcode 42 at offset \d+ \(op 0 of 1\)/);
    expectCorrupt(op(OpCode.PATH, 7, 0, 0, 0), /style index 7 out of range \(the table has 1\)/);
    expectCorrupt(op(OpCode.PATH, 0, 0, 0, 0, 9), /invalid transform kind tag 9/);
    expectCorrupt(op(OpCode.POP_CLIP), /clip closed more often than opened/);
    expectCorrupt(op(OpCode.OPEN_GROUP, 1, 0, 0, 0, 0x67, 0), /ends with 0 clips and 1 groups open/);
    expectCorrupt(op(OpCode.CLOSE_GROUP, 1, 0, 0, 0, 0x67), /group closed more often than opened/);
    expectCorrupt(op(OpCode.OPEN_GROUP, 1, 0, 0, 0, 0xff, 0), /group name at offset \d+ is not valid UTF-8/);
    expectCorrupt(
      op(OpCode.PATH, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
      /odd number of coordinates \(1\)/,
    );
    const badCode = handFrame((w) => {
      pathOp(2)(w);
      w.floats(Float32Array.of(1, 2));
      w.u8(1);
      w.u8(5);
    });
    expectCorrupt(badCode, /invalid path code 5/);
  });

  it('images: an oversized side and pixels that do not match their hash are refused', () => {
    const rec = new DisplayListRecorder({ width: 10, height: 10, dpi: 72 });
    rec.drawImage(0, 0, gradientImage(2, 2), {});
    const bytes = rec.finish();
    const tampered = bytes.slice();
    const pixelAt = tampered.length - 30; // a pixel byte: the op count and image op take the last 29
    tampered[pixelAt] = tampered[pixelAt]! ^ 0xff;
    expectCorrupt(tampered, /pixels of image 2x2:[0-9a-f]{16} do not match its hash/);
    const huge = bytes.slice();
    const view = new DataView(huge.buffer);
    const widthAt = bytes.indexOf(0x3a /* ':' */) + 17; // after the 16 hex digits of the hash
    view.setUint32(widthAt, 1 << 16, true);
    expectCorrupt(huge, /of 65536x2 px exceeds 32768 px a side/);
  });

  it('2000 random byte flips of a valid frame decode or throw a displayList error, quickly', () => {
    const bytes = sampleFrame();
    let seed = 12345;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const start = performance.now();
    for (let k = 0; k < 2000; k++) {
      const broken = bytes.slice();
      for (let j = 0; j < 1 + Math.floor(rand() * 3); j++) broken[Math.floor(rand() * broken.length)] = Math.floor(rand() * 256); // prettier-ignore
      try {
        decodeDisplayList(broken);
      } catch (e) {
        if (!(e instanceof TsplotlibError) || e.call !== 'displayList') throw e;
      }
    }
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
