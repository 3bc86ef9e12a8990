import { describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { Path } from '../../../src/core/Path.js';
import { drawMarkers, makeStyle } from '../../../src/core/renderer.js';
import { TemplateRenderer } from '../../../src/backends/template/index.js';

const FONT = { family: 'DejaVu Sans', size: 10, weight: 'normal', style: 'normal' } as const;

describe('TemplateRenderer', () => {
  it('records every call in order with a summary of its arguments and counts them', () => {
    const r = new TemplateRenderer({ width: 100, height: 50, dpi: 72 });
    r.openGroup('axes', 'a1');
    r.pushClip({ kind: 'rect', x: 0, y: 0, width: 10, height: 10 });
    r.drawPath(Path.fromPoints([[0, 0], [1, 1]]), Affine.scaling(2), makeStyle({ lineWidth: 3 })); // prettier-ignore
    r.drawText('hi', 1, 2, { font: FONT, color: [0, 0, 0, 1], angle: 45 });
    r.drawImage(0, 0, { width: 2, height: 3, data: new Uint8ClampedArray(24) }, { smoothing: false });
    r.popClip();
    r.closeGroup('axes');
    expect(r.calls.map((c) => c.method)).toEqual([
      'openGroup',
      'pushClip',
      'drawPath',
      'drawText',
      'drawImage',
      'popClip',
      'closeGroup',
    ]);
    expect(r.callsOf('drawPath')[0]!.args).toMatchObject({
      vertices: 2,
      transform: [2, 0, 0, 2, 0, 0],
      lineWidth: 3,
    });
    expect(r.callsOf('drawText')[0]!.args).toMatchObject({ text: 'hi', angle: 45, size: 10 });
    expect(r.callsOf('drawImage')[0]!.args).toMatchObject({ width: 2, height: 3, smoothing: false });
    expect(r.count()).toBe(7);
    expect(r.count('drawPath')).toBe(1);
    expect(r.pointsToPixels(72)).toBe(72);
    r.clear();
    expect(r.count()).toBe(0);
  });

  it('records the marker fast path, or the drawPath fallback when fastPaths is false', () => {
    const marker = Path.fromPoints([[0, 0], [1, 0]]); // prettier-ignore
    const offsets = Float64Array.of(1, 1, 2, 2, NaN, 3);
    const fast = new TemplateRenderer();
    drawMarkers(fast, marker, Affine.IDENTITY, offsets, makeStyle({}));
    expect(fast.count('drawMarkers')).toBe(1);
    expect(fast.callsOf('drawMarkers')[0]!.args).toMatchObject({ offsets: 3 });
    const slow = new TemplateRenderer({ fastPaths: false });
    expect(slow.drawMarkers).toBeUndefined();
    drawMarkers(slow, marker, Affine.IDENTITY, offsets, makeStyle({}));
    expect(slow.count('drawPath')).toBe(2);
  });
});
