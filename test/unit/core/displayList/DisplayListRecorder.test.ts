import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeFontLoader } from '../../../../src/backends/node/fonts.js';
import { Affine } from '../../../../src/core/Affine2D.js';
import { TsplotlibError } from '../../../../src/core/errors.js';
import { Path } from '../../../../src/core/Path.js';
import { makeStyle } from '../../../../src/core/renderer.js';
import type { RasterImage, TextStyle } from '../../../../src/core/renderer.js';
import {
  decodeDisplayList,
  DisplayListRecorder,
  encodeDisplayList,
  FORMAT_VERSION,
  frameImages,
  imageHash,
} from '../../../../src/core/displayList/index.js';
import type { DisplayList } from '../../../../src/core/displayList/index.js';
import { Figure } from '../../../../src/figure/Figure.js';
import { gradientImage, gridFigure, lineFigure, richFigure } from './scene.js';

beforeAll(() => installNodeFontLoader());

const record = (fig: Figure, precision: 'float32' | 'float64' = 'float32') => {
  const [w, h] = fig.getSizeInches();
  const rec = new DisplayListRecorder({ width: w * fig.dpi, height: h * fig.dpi, dpi: fig.dpi, precision });
  fig.drawWith(rec);
  return rec;
};

const opKinds = (list: DisplayList) => {
  const counts: Record<string, number> = {};
  for (const op of list.ops) counts[op.op] = (counts[op.op] ?? 0) + 1;
  return counts;
};

const TEXT: TextStyle = {
  font: { family: 'DejaVu Sans', size: 10, weight: 'bold', style: 'italic' },
  color: [0.2, 0.4, 0.6, 0.8],
  angle: 45,
};

describe('DisplayListRecorder', () => {
  it('finish() writes the header: magic "TPDL", version, width, height and dpi, little-endian', () => {
    const bytes = new DisplayListRecorder({ width: 640, height: 480, dpi: 100 }).finish();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(String.fromCharCode(...bytes.slice(0, 4))).toBe('TPDL');
    expect(view.getUint16(4, true)).toBe(FORMAT_VERSION);
    expect([8, 16, 24].map((o) => view.getFloat64(o, true))).toEqual([640, 480, 100]);
    // Four empty sections (styles, text styles, images, ops) of one u32 count each.
    expect(bytes.length).toBe(32 + 16);
  });

  it('records every call of a rich figure, fast paths included, as its own op', () => {
    const kinds = opKinds(record(richFigure()).displayList());
    expect(kinds.markers).toBeGreaterThan(0);
    expect(kinds.collection).toBeGreaterThan(0);
    expect(kinds.image).toBe(1);
    expect(kinds.text).toBeGreaterThan(10);
    expect(kinds.clipRect).toBe(kinds.popClip);
    expect(kinds.openGroup).toBe(kinds.closeGroup);
    expect(kinds.path).toBeGreaterThan(5);
  });

  it('deduplicates styles: a handful of table entries for many ops', () => {
    const list = record(gridFigure()).displayList();
    const styled = list.ops.filter((o) => o.op === 'path' || o.op === 'markers').length;
    const texts = list.ops.filter((o) => o.op === 'text').length;
    expect(styled).toBeGreaterThan(30);
    expect(list.styles.length).toBeLessThan(styled / 3);
    expect(texts).toBeGreaterThan(30);
    expect(list.textStyles.length).toBeLessThanOrEqual(2);
  });

  it.each(['float32', 'float64'] as const)(
    'decodeDisplayList(finish()) returns the recorded frame exactly (%s) and re-encodes to the same bytes',
    (precision) => {
      const rec = record(richFigure(), precision);
      const bytes = rec.finish();
      const decoded = decodeDisplayList(bytes);
      expect(decoded).toEqual(rec.displayList());
      expect(encodeDisplayList(decoded)).toEqual(bytes);
    },
  );

  it('round-trips every optional style field: absent, null and values stay distinct', () => {
    const rec = new DisplayListRecorder({ width: 100, height: 100, dpi: 72, precision: 'float64' });
    const path = new Path([0, 0, 1, 1, 0.1, 0.3], [1, 2, 79]);
    rec.drawPath(
      path,
      new Affine(2, 0.5, -0.5, 2, 3, 4),
      makeStyle({ hatch: 'x/', hatchColor: null, snap: true }),
    );
    rec.drawPath(path, Affine.IDENTITY, makeStyle({ fill: [1, 0, 0, 0.5], dashes: { offset: 1, pattern: [3, 1.5] }, snap: false })); // prettier-ignore
    const { snap: _absent, ...noSnap } = makeStyle({ hatchColor: [0, 0, 1, 1] });
    rec.drawPath(path, Affine.IDENTITY, noSnap);
    rec.drawText('héllo ✓', 1.5, 2.5, TEXT);
    rec.drawText('w', 0, 0, { ...TEXT, font: { ...TEXT.font, weight: 600 }, antialiased: false });
    rec.openGroup('g', 'gid-1');
    rec.pushClip({ kind: 'path', path, transform: Affine.scaling(3) });
    rec.drawImage(1, 2, gradientImage(3, 2), {});
    rec.drawImage(1, 2, gradientImage(3, 2), { alpha: 0.5, smoothing: false, transform: Affine.rotation(1) });
    rec.popClip();
    rec.closeGroup('g');
    expect(decodeDisplayList(rec.finish())).toEqual(rec.displayList());
    expect(rec.displayList().images).toHaveLength(1);
  });

  it('float32 precision halves a 1000-point line and keeps 1/64 px after mapping to pixels', () => {
    const f32 = record(lineFigure()).finish();
    const f64 = record(lineFigure(), 'float64').finish();
    expect(f32.length).toBeLessThan(0.6 * f64.length);
    expect(f32.length).toBeLessThan(10_500);
  });

  it('float32 precision rounds after the transform, so epoch-second data stays exact to 1/64 px', () => {
    const x = Float64Array.from({ length: 200 }, (_, i) => 1.7e9 + i * 0.37);
    const draw = (precision: 'float32' | 'float64') => {
      const fig = new Figure();
      fig.addSubplot().plot(
        x,
        x.map((v) => Math.sin(v)),
      );
      const line = record(fig, precision)
        .displayList()
        .ops.find((o) => o.op === 'path' && o.path.length === 200);
      if (line?.op !== 'path') throw new Error('no line recorded');
      return line.transform.transformFlat(line.path.vertices);
    };
    const exact = draw('float64');
    const rounded = draw('float32');
    let worst = 0;
    for (let i = 0; i < exact.length; i++) worst = Math.max(worst, Math.abs(exact[i]! - rounded[i]!));
    expect(worst).toBeLessThan(1 / 64);
  });

  it('frames of the default figure with a 1000-point line and of a 2x2 grid stay small', () => {
    const sizes = {
      line: record(lineFigure()).finish().length,
      grid: record(gridFigure()).finish().length,
      lineFloat64: record(lineFigure(), 'float64').finish().length,
      gridFloat64: record(gridFigure(), 'float64').finish().length,
    };
    // 8 bytes per point of the line, plus about 1.5 KB of axes, ticks and labels.
    expect(sizes.line).toBeLessThan(8000 + 2000);
    expect(sizes.grid).toBeLessThan(7000);
    expect(sizes.gridFloat64).toBeGreaterThan(sizes.grid);
  });

  it('finish({ knownImages }) leaves out the pixels of images the receiver holds', () => {
    const image = gradientImage(64, 64);
    const rec = record(richFigure({ image }));
    const full = rec.finish();
    const lean = rec.finish({ knownImages: new Set(rec.imageHashes()) });
    expect(full.length - lean.length).toBe(64 * 64 * 4);
    expect(frameImages(full)).toEqual([{ hash: imageHash(image), width: 64, height: 64, included: true }]);
    expect(frameImages(lean)).toEqual([{ hash: imageHash(image), width: 64, height: 64, included: false }]);
  });

  it('finish() refuses an incomplete frame and popClip() a clip that was never pushed', () => {
    const rec = new DisplayListRecorder({ width: 10, height: 10, dpi: 72 });
    expect(() => rec.popClip()).toThrow(TsplotlibError);
    expect(() => rec.closeGroup('x')).toThrow(/no open group/);
    rec.pushClip({ kind: 'rect', x: 0, y: 0, width: 5, height: 5 });
    expect(() => rec.finish()).toThrow(/1 clips and 0 groups are still open/);
    rec.clear();
    expect(rec.opCount).toBe(0);
    expect(rec.finish().length).toBe(48);
  });

  it('new DisplayListRecorder() checks its options', () => {
    expect(() => new DisplayListRecorder({ width: 0, height: 1, dpi: 72 })).toThrow(/invalid width 0/);
    expect(
      () => new DisplayListRecorder({ width: 1, height: 1, dpi: 72, precision: 'half' as 'float32' }),
    ).toThrow(/invalid precision "half"/);
    expect(() => new DisplayListRecorder({ width: 1, height: 1, dpi: 72, dpl: 1 } as never)).toThrow(
      /unknown option "dpl" \(did you mean "dpi"\?\)/,
    );
  });
});

describe('imageHash', () => {
  it('imageHash() is equal for equal pixels and differs for one changed byte or another shape', () => {
    const a = gradientImage(16, 4);
    const b: RasterImage = { ...a, data: a.data.slice() };
    expect(imageHash(a)).toBe(imageHash(b));
    expect(imageHash(a)).toMatch(/^16x4:[0-9a-f]{16}$/);
    b.data[17] = b.data[17]! ^ 1;
    expect(imageHash(a)).not.toBe(imageHash(b));
    expect(imageHash({ width: 4, height: 16, data: a.data })).not.toBe(imageHash(a));
  });
});
