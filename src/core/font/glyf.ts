/**
 * TrueType glyph outlines: decodes the `glyf` records of simple and composite glyphs into their
 * points (quadratic B-spline contours with on/off-curve flags), then into a {@link Path} with
 * MOVETO, LINETO, CURVE3 and CLOSEPOLY codes, inserting the on-curve points that TrueType leaves
 * implied between two consecutive off-curve points.
 */
import { Path, PathCode } from '../Path.js';
import type { TrueTypeTables } from './ttf.js';

/** A glyph's raw outline points in font units, y up. */
export interface GlyphPoints {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** 1 for an on-curve point, 0 for an off-curve (quadratic control) point. */
  readonly onCurve: Uint8Array;
  /** Index of the last point of each contour. */
  readonly contourEnds: Uint16Array;
}

const EMPTY: GlyphPoints = {
  x: new Float64Array(0),
  y: new Float64Array(0),
  onCurve: new Uint8Array(0),
  contourEnds: new Uint16Array(0),
};

// Simple-glyph point flags.
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

// Composite-glyph component flags.
const ARGS_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;
const SCALED_COMPONENT_OFFSET = 0x0800;

/** Composites nest; fonts in the wild stay far below this, so deeper means a malformed (cyclic) file. */
const MAX_COMPOSITE_DEPTH = 16;

/** Decodes the points of glyph `gid`; an empty glyph (a space) gives no points. */
export function decodeGlyphPoints(font: TrueTypeTables, gid: number, depth = 0): GlyphPoints {
  if (gid < 0 || gid >= font.numGlyphs || depth > MAX_COMPOSITE_DEPTH) return EMPTY;
  const start = font.glyphOffsets[gid]!;
  if (font.glyphOffsets[gid + 1]! <= start) return EMPTY;
  const numberOfContours = font.view.getInt16(start);
  return numberOfContours >= 0
    ? decodeSimple(font.view, start, numberOfContours)
    : decodeComposite(font, start, depth);
}

function decodeSimple(view: DataView, start: number, numberOfContours: number): GlyphPoints {
  const contourEnds = new Uint16Array(numberOfContours);
  let p = start + 10;
  for (let c = 0; c < numberOfContours; c++, p += 2) contourEnds[c] = view.getUint16(p);
  const n = numberOfContours ? contourEnds[numberOfContours - 1]! + 1 : 0;
  p += 2 + view.getUint16(p); // Skip the hinting instructions.
  const flags = new Uint8Array(n);
  for (let i = 0; i < n;) {
    const f = view.getUint8(p++);
    flags[i++] = f;
    if (f & REPEAT) {
      let count = view.getUint8(p++);
      while (count-- > 0 && i < n) flags[i++] = f;
    }
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  p = readCoordinates(view, p, flags, x, X_SHORT, X_SAME_OR_POSITIVE);
  readCoordinates(view, p, flags, y, Y_SHORT, Y_SAME_OR_POSITIVE);
  const onCurve = new Uint8Array(n);
  for (let i = 0; i < n; i++) onCurve[i] = flags[i]! & ON_CURVE;
  return { x, y, onCurve, contourEnds };
}

/** Reads delta-encoded coordinates into `out`; returns the byte position after them. */
function readCoordinates(
  view: DataView,
  p: number,
  flags: Uint8Array,
  out: Float64Array,
  shortBit: number,
  sameBit: number,
): number {
  let value = 0;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (f & shortBit) {
      const d = view.getUint8(p++);
      value += f & sameBit ? d : -d;
    } else if (!(f & sameBit)) {
      value += view.getInt16(p);
      p += 2;
    }
    out[i] = value;
  }
  return p;
}

/** Decodes a composite glyph: each component's points, transformed and offset, appended in order. */
function decodeComposite(font: TrueTypeTables, start: number, depth: number): GlyphPoints {
  const view = font.view;
  const xs: number[] = [];
  const ys: number[] = [];
  const on: number[] = [];
  const ends: number[] = [];
  let p = start + 10;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    flags = view.getUint16(p);
    const gid = view.getUint16(p + 2);
    p += 4;
    let arg1: number, arg2: number; // prettier-ignore
    if (flags & ARGS_ARE_WORDS) {
      const signed = (flags & ARGS_ARE_XY_VALUES) !== 0;
      arg1 = signed ? view.getInt16(p) : view.getUint16(p);
      arg2 = signed ? view.getInt16(p + 2) : view.getUint16(p + 2);
      p += 4;
    } else {
      const signed = (flags & ARGS_ARE_XY_VALUES) !== 0;
      arg1 = signed ? view.getInt8(p) : view.getUint8(p);
      arg2 = signed ? view.getInt8(p + 1) : view.getUint8(p + 1);
      p += 2;
    }
    let a = 1, b = 0, c = 0, d = 1; // prettier-ignore
    if (flags & HAVE_SCALE) {
      a = d = f2dot14(view, p);
      p += 2;
    } else if (flags & HAVE_XY_SCALE) {
      a = f2dot14(view, p);
      d = f2dot14(view, p + 2);
      p += 4;
    } else if (flags & HAVE_2X2) {
      a = f2dot14(view, p);
      b = f2dot14(view, p + 2);
      c = f2dot14(view, p + 4);
      d = f2dot14(view, p + 6);
      p += 8;
    }
    const part = decodeGlyphPoints(font, gid, depth + 1);
    let dx: number, dy: number; // prettier-ignore
    if (flags & ARGS_ARE_XY_VALUES) {
      // FreeType leaves offsets unscaled unless the component asks for scaling.
      [dx, dy] = flags & SCALED_COMPONENT_OFFSET ? [arg1 * a + arg2 * c, arg1 * b + arg2 * d] : [arg1, arg2];
    } else {
      // Point matching: move the component so its point arg2 lands on the parent's point arg1.
      const px = xs[arg1] ?? 0, py = ys[arg1] ?? 0; // prettier-ignore
      const cx = part.x[arg2] ?? 0, cy = part.y[arg2] ?? 0; // prettier-ignore
      dx = px - (cx * a + cy * c);
      dy = py - (cx * b + cy * d);
    }
    const base = xs.length;
    for (let i = 0; i < part.x.length; i++) {
      const x = part.x[i]!, y = part.y[i]!; // prettier-ignore
      xs.push(x * a + y * c + dx);
      ys.push(x * b + y * d + dy);
      on.push(part.onCurve[i]!);
    }
    for (const e of part.contourEnds) ends.push(base + e);
  }
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    onCurve: Uint8Array.from(on),
    contourEnds: Uint16Array.from(ends),
  };
}

function f2dot14(view: DataView, p: number): number {
  return view.getInt16(p) / 16384;
}

/** The control box of the points (on- and off-curve), as FreeType's FT_Outline_Get_CBox. */
export function pointsBounds(pts: GlyphPoints): [number, number, number, number] {
  if (pts.x.length === 0) return [0, 0, 0, 0];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity; // prettier-ignore
  for (let i = 0; i < pts.x.length; i++) {
    const x = pts.x[i]!, y = pts.y[i]!; // prettier-ignore
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/**
 * Converts contours of quadratic B-spline points to a Path. Between two off-curve points the
 * on-curve midpoint is implied; a contour that starts off-curve starts at its last point if that
 * is on-curve, else at the midpoint of its last and first points. Each contour ends in CLOSEPOLY.
 */
export function pointsToPath(pts: GlyphPoints): Path {
  const n = pts.x.length;
  // Worst case per contour: a MOVETO, two vertices per point, and the CLOSEPOLY.
  const cap = 2 * n + 2 * pts.contourEnds.length + 2;
  const v = new Float64Array(2 * cap);
  const codes = new Uint8Array(cap);
  let k = 0;
  const push = (code: number, x: number, y: number): void => {
    codes[k] = code;
    v[2 * k] = x;
    v[2 * k + 1] = y;
    k++;
  };
  let first = 0;
  for (const last of pts.contourEnds) {
    if (last >= first) emitContour(pts, first, last, push);
    first = last + 1;
  }
  return new Path(v.slice(0, 2 * k), codes.slice(0, k));
}

function emitContour(
  pts: GlyphPoints,
  first: number,
  last: number,
  push: (code: number, x: number, y: number) => void,
): void {
  const { x, y, onCurve } = pts;
  let sx: number, sy: number, begin: number; // prettier-ignore
  if (onCurve[first]) {
    [sx, sy, begin] = [x[first]!, y[first]!, first + 1];
  } else if (onCurve[last]) {
    [sx, sy, begin] = [x[last]!, y[last]!, first];
  } else {
    [sx, sy, begin] = [(x[first]! + x[last]!) / 2, (y[first]! + y[last]!) / 2, first];
  }
  push(PathCode.MOVETO, sx, sy);
  // A pending control point waits for the next point to know where its curve ends.
  let ctrl = false;
  let cx = 0, cy = 0; // prettier-ignore
  const count = last - first + 1;
  const stop = onCurve[first] ? count - 1 : onCurve[last] ? count - 1 : count;
  for (let s = 0; s < stop; s++) {
    const i = first + ((begin - first + s) % count);
    const px = x[i]!, py = y[i]!; // prettier-ignore
    if (onCurve[i]) {
      if (ctrl) {
        push(PathCode.CURVE3, cx, cy);
        push(PathCode.CURVE3, px, py);
      } else push(PathCode.LINETO, px, py);
      ctrl = false;
    } else {
      if (ctrl) {
        const mx = (cx + px) / 2, my = (cy + py) / 2; // prettier-ignore
        push(PathCode.CURVE3, cx, cy);
        push(PathCode.CURVE3, mx, my);
      }
      [cx, cy, ctrl] = [px, py, true];
    }
  }
  // Close back to the start point, through the pending control point if there is one.
  if (ctrl) {
    push(PathCode.CURVE3, cx, cy);
    push(PathCode.CURVE3, sx, sy);
  } else push(PathCode.LINETO, sx, sy);
  push(PathCode.CLOSEPOLY, sx, sy);
}
