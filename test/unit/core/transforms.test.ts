import { describe, expect, it } from 'vitest';
import { Affine } from '../../../src/core/Affine2D.js';
import { Bbox, TransformedBbox } from '../../../src/core/Bbox.js';
import {
  Affine2D,
  BboxTransformFrom,
  BboxTransformTo,
  BlendedTransform,
  IdentityTransform,
  ScaledTranslation,
  SeparableTransform,
  TransformWrapper,
  compose,
} from '../../../src/core/transforms.js';

const log10 = (): SeparableTransform =>
  new SeparableTransform(
    Math.log10,
    Math.log10,
    () =>
      new SeparableTransform(
        (v) => 10 ** v,
        (v) => 10 ** v,
        log10,
      ),
  );

describe('Affine', () => {
  it('Affine.then() applies this matrix first, then the other', () => {
    const t = Affine.scaling(2).then(Affine.translation(1, 3));
    expect(t.transformPoint(1, 1)).toEqual([3, 5]);
    expect(Affine.translation(1, 3).then(Affine.scaling(2)).transformPoint(1, 1)).toEqual([4, 8]);
  });
  it('Affine.inverted() inverts a non-singular matrix', () => {
    const t = new Affine(2, 1, -1, 3, 5, -7);
    const back = t.then(t.inverted());
    const [x, y] = back.transformPoint(0.3, -4);
    expect(x).toBeCloseTo(0.3, 12);
    expect(y).toBeCloseTo(-4, 12);
  });
  it('Affine.inverted() throws on a singular matrix', () => {
    expect(() => Affine.scaling(0, 1).inverted()).toThrow(RangeError);
  });
  it('Affine.transformFlat() maps x, y pairs without touching the input', () => {
    const src = new Float64Array([1, 2, 3, 4]);
    expect([...Affine.rotation(Math.PI / 2).transformFlat(src)].map((v) => Math.round(v))).toEqual([
      -2, 1, -4, 3,
    ]);
    expect([...src]).toEqual([1, 2, 3, 4]);
  });
});

describe('Bbox', () => {
  it('Bbox.set() invalidates the transforms built on it', () => {
    const box = Bbox.fromBounds(10, 20, 100, 50);
    const to = new BboxTransformTo(box);
    expect(to.transformPoint(1, 1)).toEqual([110, 70]);
    box.setBounds(0, 0, 10, 10);
    expect(to.transformPoint(1, 1)).toEqual([10, 10]);
  });
  it('Bbox.union() skips null boxes and keeps inverted boxes by their extent', () => {
    const u = Bbox.union([Bbox.null(), new Bbox(5, 5, 1, 1), new Bbox(0, 2, 3, 3)]);
    expect(u.bounds).toEqual([0, 1, 5, 4]);
  });
  it('TransformedBbox follows its source and its transform', () => {
    const inches = new Bbox(0, 0, 6.4, 4.8);
    const dpi = new Affine2D().scale(100);
    const px = new TransformedBbox(inches, dpi);
    expect(px.bounds.map((v) => Math.round(v))).toEqual([0, 0, 640, 480]);
    dpi.clear().scale(50);
    expect(px.bounds.map((v) => Math.round(v))).toEqual([0, 0, 320, 240]);
  });
});

describe('transform tree', () => {
  it('transData = transScale + (transLimits + transAxes) maps the view to the axes box', () => {
    const axesBox = Bbox.fromBounds(80, 52.8, 496, 369.6);
    const viewLim = new Bbox(0, 0, 10, 1);
    const scale = new TransformWrapper(
      new BlendedTransform(new IdentityTransform(), new IdentityTransform()),
    );
    const limits = new BboxTransformFrom(new TransformedBbox(viewLim, scale));
    const data = scale.plus(limits.plus(new BboxTransformTo(axesBox)));
    expect(data.transformPoint(0, 0)).toEqual([80, 52.8]);
    expect(data.transformPoint(10, 1).map((v) => +v.toFixed(9))).toEqual([576, 422.4]);
    viewLim.setIntervalx(0, 20);
    expect(data.transformPoint(10, 0)[0]).toBeCloseTo(328, 9);
  });
  it('a log scale swapped into transScale makes transData non-affine with the same affine part', () => {
    const viewLim = new Bbox(1, 1, 1000, 10);
    const scale = new TransformWrapper(
      new BlendedTransform(new IdentityTransform(), new IdentityTransform()),
    );
    const limits = new BboxTransformFrom(new TransformedBbox(viewLim, scale));
    const data = scale.plus(limits.plus(new BboxTransformTo(Bbox.unit())));
    expect(data.isAffine).toBe(true);
    scale.set(new BlendedTransform(log10(), new IdentityTransform()));
    expect(data.isAffine).toBe(false);
    const [x] = data.transformPoint(10, 1);
    expect(x).toBeCloseTo(1 / 3, 12);
    const inv = data.inverted().transformPoint(2 / 3, 0);
    expect(inv[0]).toBeCloseTo(100, 9);
  });
  it('CompositeTransform caches its matrix until a child changes', () => {
    const a = new Affine2D().scale(2);
    const b = new Affine2D().translate(1, 0);
    const c = compose(a, b);
    const first = c.getAffine();
    expect(c.getAffine()).toBe(first);
    a.scale(3);
    expect(c.getAffine()).not.toBe(first);
    expect(c.transformPoint(1, 0)).toEqual([7, 0]);
  });
  it('ScaledTranslation offsets by inches that follow the dpi', () => {
    const dpi = new Affine2D().scale(100);
    const t = new ScaledTranslation(0, -7 / 72, dpi);
    expect(t.transformPoint(0, 0)[1]).toBeCloseTo(-9.7222, 4);
    dpi.clear().scale(72);
    expect(t.transformPoint(0, 0)[1]).toBeCloseTo(-7, 12);
  });
  it('BlendedTransform takes x from one child and y from the other', () => {
    const t = new BlendedTransform(new Affine2D().scale(10), new Affine2D().translate(0, 5));
    expect(t.transformPoint(2, 3)).toEqual([20, 8]);
  });
});
