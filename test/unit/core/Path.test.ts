import { describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { Path, PathCode, SvgPathWriter, emitPath, type PathSink } from '../../../src/core/Path.js';
import {
  collectionItemCount,
  drawMarkers,
  iterCollection,
  makeStyle,
  type PathCollectionSpec,
} from '../../../src/core/renderer.js';
import { TemplateRenderer } from '../../../src/backends/template/TemplateRenderer.js';

class Recorder implements PathSink {
  ops: string[] = [];
  moveTo(x: number, y: number): void {
    this.ops.push(`M${x},${y}`);
  }
  lineTo(x: number, y: number): void {
    this.ops.push(`L${x},${y}`);
  }
  quadraticCurveTo(a: number, b: number, x: number, y: number): void {
    this.ops.push(`Q${a},${b},${x},${y}`);
  }
  bezierCurveTo(a: number, b: number, c: number, d: number, x: number, y: number): void {
    this.ops.push(`C${a},${b},${c},${d},${x},${y}`);
  }
  closePath(): void {
    this.ops.push('Z');
  }
}

describe('Path', () => {
  it('emitPath() breaks a polyline at NaN and Infinity, as matplotlib draws a line through NaN', () => {
    const r = new Recorder();
    emitPath(Path.fromXY([0, 1, 2, 3, 4, 5], [0, 1, NaN, 3, Infinity, 5]), null, r);
    expect(r.ops).toEqual(['M0,0', 'L1,1', 'M3,3', 'M5,5']);
  });
  it('emitPath() writes curves and closes polygons through the affine', () => {
    const { MOVETO, CURVE3, CURVE4, CLOSEPOLY, LINETO } = PathCode;
    const p = new Path(
      [0, 0, 1, 1, 2, 0, 3, 1, 4, 1, 5, 0, 6, 6, 0, 0],
      [MOVETO, CURVE3, CURVE3, CURVE4, CURVE4, CURVE4, LINETO, CLOSEPOLY],
    );
    const r = new Recorder();
    emitPath(p, Affine.scaling(2), r);
    expect(r.ops).toEqual(['M0,0', 'Q2,2,4,0', 'C6,2,8,2,10,0', 'L12,12', 'Z']);
  });
  it('fromPoints(closed) appends a CLOSEPOLY vertex', () => {
    const p = Path.fromPoints([[0, 0], [1, 0], [1, 1]], true); // prettier-ignore
    expect(p.length).toBe(4);
    expect(p.codes && [...p.codes]).toEqual([1, 2, 2, 79]);
  });
  it('extents() ignores non-finite vertices', () => {
    expect(Path.fromXY([0, NaN, 4], [1, 2, -3]).extents()).toEqual([0, -3, 4, 1]);
  });
  it('SvgPathWriter writes compact path data', () => {
    const w = new SvgPathWriter(2);
    emitPath(Path.fromXY([0, 1.5], [0.125, 2]), null, w);
    expect(w.toString()).toBe('M 0 0.13 L 1.5 2');
  });
});

describe('renderer fallbacks', () => {
  it('drawMarkers() falls back to one drawPath per finite offset', () => {
    const r = new TemplateRenderer({ fastPaths: false });
    drawMarkers(
      r,
      Path.fromXY([0, 1], [0, 1]),
      Affine.IDENTITY,
      new Float64Array([1, 1, NaN, 2, 3, 3]),
      makeStyle({}),
    );
    expect(r.count('drawPath')).toBe(2);
  });
  it('iterCollection() cycles properties modulo their length over max(paths, offsets) items', () => {
    const spec: PathCollectionSpec = {
      paths: [Path.fromXY([0, 1], [0, 0])],
      pathTransforms: [Affine.scaling(1), Affine.scaling(2)],
      masterTransform: Affine.IDENTITY,
      offsets: new Float64Array([0, 0, 10, 0, 20, 0]),
      offsetTransform: Affine.IDENTITY,
      facecolors: [
        [1, 0, 0, 1],
        [0, 0, 1, 1],
      ],
      edgecolors: [[0, 0, 0, 0]],
      linewidths: [1],
      dashes: [null],
      antialiased: true,
      capStyle: 'butt',
      joinStyle: 'round',
    };
    expect(collectionItemCount(spec)).toBe(3);
    const items = [...iterCollection(spec)];
    expect(items.map((i) => i.style.fill)).toEqual([
      [1, 0, 0, 1],
      [0, 0, 1, 1],
      [1, 0, 0, 1],
    ]);
    // A fully transparent edge is not stroked at all.
    expect(items.every((i) => i.style.stroke === null && i.style.lineWidth === 0)).toBe(true);
    expect(items[1]!.transform.transformPoint(1, 0)).toEqual([12, 0]);
  });
});
