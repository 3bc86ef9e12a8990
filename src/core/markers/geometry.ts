/**
 * The geometry of every named marker: matplotlib's `MarkerStyle._set_*` methods as a table of pure
 * functions from a fill style to a path, its transform and, for half-filled styles, the other half.
 *
 * Transforms are built left to right in the order matplotlib applies its in-place `Affine2D` calls
 * (`scale(0.5).rotate_deg(90)` is `scale(0.5).then(rotateDeg(90))`), so the matrices agree with
 * matplotlib's to the last bit or so.
 */
import { Affine } from '../Affine2D.js';
import { Path, PathCode } from '../Path.js';
import type { JoinStyle } from '../renderer.js';
import {
  unitCircle,
  unitCircleRighthalf,
  unitRectangle,
  unitRegularPolygon,
  unitRegularStar,
} from '../shapes.js';

/** How much of a marker's face is painted with the face color (the rest gets the alt color). */
export type FillStyle = 'full' | 'left' | 'right' | 'bottom' | 'top' | 'none';

type HalfFill = 'left' | 'right' | 'bottom' | 'top';

/** What a marker function computes, before user overrides (cap, join, transform) are applied. */
export interface MarkerGeometry {
  readonly path: Path;
  readonly transform: Affine;
  readonly altPath: Path | null;
  readonly altTransform: Affine | null;
  /** The join style the marker asks for; null keeps the default 'round' and ignores the user's. */
  readonly joinStyle: JoinStyle | null;
  /** True for markers that are only strokes (`+`, `x`, ticks, …): they are never filled. */
  readonly strokeOnly: boolean;
  /** matplotlib's snap threshold in pixels; Infinity always snaps, null leaves it to the backend. */
  readonly snapThreshold: number | null;
}

type MarkerFunction = (fill: FillStyle) => MarkerGeometry;

const DEG = Math.PI / 180;
const { MOVETO, LINETO } = PathCode;

const scale = (sx: number, sy: number = sx): Affine => Affine.scaling(sx, sy);
const rotateDeg = (deg: number): Affine => Affine.rotation(deg * DEG);
const isHalf = (fill: FillStyle): fill is HalfFill => fill !== 'full' && fill !== 'none';

/** An open polyline path (no codes) through the given points, as matplotlib's `Path(verts)`. */
const polyline = (...pts: [number, number][]): Path =>
  Path.fromXY(
    pts.map((p) => p[0]),
    pts.map((p) => p[1]),
  );

/** matplotlib's `Path._create_closed(verts)`: the points, the first repeated, and CLOSEPOLY. */
const closed = (...pts: [number, number][]): Path => Path.fromPoints(pts, true);

/** The `i`-th vertex of `path`. */
const vertex = (path: Path, i: number): [number, number] => [
  path.vertices[2 * i]!,
  path.vertices[2 * i + 1]!,
];

/** An open path through the listed vertices of `path` (numpy fancy indexing `verts[[…]]`). */
const pick = (path: Path, ...indices: number[]): Path => polyline(...indices.map((i) => vertex(path, i)));

/** The marker's own geometry with defaults filled in: no alt path, round joins, fillable, no snap. */
function geometry(
  fields: Partial<MarkerGeometry> & Pick<MarkerGeometry, 'path' | 'transform'>,
): MarkerGeometry {
  return {
    altPath: null,
    altTransform: null,
    joinStyle: null,
    strokeOnly: false,
    snapThreshold: null,
    ...fields,
  };
}

/** Picks (face, alt) from per-half paths, as matplotlib's `{'top': (top, bottom), …}[fillstyle]`. */
function halves(fill: HalfFill, top: Path, bottom: Path, left: Path, right: Path): [Path, Path] {
  const table = {
    top: [top, bottom],
    bottom: [bottom, top],
    left: [left, right],
    right: [right, left],
  } as const;
  return [table[fill][0], table[fill][1]];
}

function circleMarker(size: number): MarkerFunction {
  return (fill) => {
    const base = scale(0.5 * size);
    if (!isHalf(fill)) return geometry({ path: unitCircle(), transform: base, snapThreshold: Infinity });
    const half = unitCircleRighthalf();
    const t = base.then(rotateDeg({ right: 0, top: 90, left: 180, bottom: 270 }[fill]));
    const altTransform = t.then(rotateDeg(180));
    return geometry({ path: half, transform: t, altPath: half, altTransform, snapThreshold: Infinity });
  };
}

const TRIANGLE = closed([0, 1], [-1, -1], [1, -1]);
// Going down halfway looks too small, the golden ratio too far: matplotlib's choice of 1/5.
const TRIANGLE_HALVES = [
  closed([0, 1], [-3 / 5, -1 / 5], [3 / 5, -1 / 5]),
  closed([0, 1], [0, -1], [-1, -1]),
  closed([-3 / 5, -1 / 5], [3 / 5, -1 / 5], [1, -1], [-1, -1]),
  closed([0, 1], [0, -1], [1, -1]),
] as const;

function triangleMarker(rotation: number, skip: number): MarkerFunction {
  return (fill) => {
    const t = scale(0.5).then(rotateDeg(rotation));
    const common = { transform: t, snapThreshold: 5, joinStyle: 'miter' } as const;
    if (!isHalf(fill)) return geometry({ ...common, path: TRIANGLE });
    // The four halves are listed top, left, bottom, right; `skip` turns the table with the marker.
    const face = { top: 0, left: 1, bottom: 2, right: 3 }[fill];
    const path = TRIANGLE_HALVES[(face + skip) % 4]!;
    const altPath = TRIANGLE_HALVES[(face + 2 + skip) % 4]!;
    return geometry({ ...common, path, altPath, altTransform: t });
  };
}

const square: MarkerFunction = (fill) => {
  const t = Affine.translation(-0.5, -0.5);
  if (!isHalf(fill))
    return geometry({ path: unitRectangle(), transform: t, snapThreshold: 2, joinStyle: 'miter' });
  const rotated = t.then(rotateDeg({ bottom: 0, right: 90, top: 180, left: 270 }[fill]));
  return geometry({
    path: polyline([0, 0], [1, 0], [1, 0.5], [0, 0.5], [0, 0]),
    altPath: polyline([0, 0.5], [1, 0.5], [1, 1], [0, 1], [0, 0.5]),
    transform: rotated,
    altTransform: rotated,
    snapThreshold: 2,
    joinStyle: 'miter',
  });
};

const diamond: MarkerFunction = (fill) => {
  const t = Affine.translation(-0.5, -0.5).then(rotateDeg(45));
  if (!isHalf(fill))
    return geometry({ path: unitRectangle(), transform: t, snapThreshold: 5, joinStyle: 'miter' });
  const rotated = t.then(rotateDeg({ right: 0, top: 90, left: 180, bottom: 270 }[fill]));
  return geometry({
    path: polyline([0, 0], [1, 0], [1, 1], [0, 0]),
    altPath: polyline([0, 0], [0, 1], [1, 1], [0, 0]),
    transform: rotated,
    altTransform: rotated,
    snapThreshold: 5,
    joinStyle: 'miter',
  });
};

const thinDiamond: MarkerFunction = (fill) => {
  // matplotlib scales its transform in place, and the alt transform is the same object.
  const g = diamond(fill);
  const narrow = scale(0.6, 1);
  return { ...g, transform: g.transform.then(narrow), altTransform: g.altTransform?.then(narrow) ?? null };
};

/** Polygon-based markers (pentagon, star, hexagons) share this shape: one path or two halves. */
function polygonMarker(
  transform: Affine,
  polygon: () => Path,
  split: (p: Path) => [top: Path, bottom: Path, left: Path, right: Path],
  extra: Pick<MarkerGeometry, 'snapThreshold' | 'joinStyle'>,
): MarkerFunction {
  return (fill) => {
    const poly = polygon();
    if (!isHalf(fill)) return geometry({ path: poly, transform, ...extra });
    const [path, altPath] = halves(fill, ...split(poly));
    return geometry({ path, altPath, transform, altTransform: transform, ...extra });
  };
}

const PENTAGON_Y = (1 + Math.sqrt(5)) / 4;
const pentagon = polygonMarker(
  scale(0.5),
  () => unitRegularPolygon(5),
  (p) => [
    pick(p, 0, 1, 4, 0),
    pick(p, 1, 2, 3, 4, 1),
    polyline(vertex(p, 0), vertex(p, 1), vertex(p, 2), [0, -PENTAGON_Y], vertex(p, 0)),
    polyline(vertex(p, 0), vertex(p, 4), vertex(p, 3), [0, -PENTAGON_Y], vertex(p, 0)),
  ],
  { snapThreshold: 5, joinStyle: 'miter' },
);

const star = polygonMarker(
  scale(0.5),
  () => unitRegularStar(5, 0.381966),
  (p) => [
    pick(p, 0, 1, 2, 3, 7, 8, 9, 0),
    pick(p, 3, 4, 5, 6, 7, 3),
    pick(p, 0, 1, 2, 3, 4, 5, 0),
    pick(p, 0, 5, 6, 7, 8, 9, 0),
  ],
  { snapThreshold: 5, joinStyle: 'bevel' },
);

// The half hexagons stop at the polygon's edges rather than drawing lines through its inside.
const HEX1_X = Math.abs(Math.cos((5 * Math.PI) / 6));
const hexagon1 = polygonMarker(
  scale(0.5),
  () => unitRegularPolygon(6),
  (p) => [
    polyline([-HEX1_X, 0], vertex(p, 1), vertex(p, 0), vertex(p, 5), [HEX1_X, 0]),
    polyline([-HEX1_X, 0], vertex(p, 2), vertex(p, 3), vertex(p, 4), [HEX1_X, 0]),
    pick(p, 0, 1, 2, 3),
    pick(p, 0, 5, 4, 3),
  ],
  { snapThreshold: null, joinStyle: 'miter' },
);

const HEX2_X = Math.sqrt(3) / 4;
const HEX2_Y = 3 / 4;
const hexagon2 = polygonMarker(
  scale(0.5).then(rotateDeg(30)),
  () => unitRegularPolygon(6),
  (p) => [
    pick(p, 1, 0, 5, 4, 1),
    pick(p, 1, 2, 3, 4),
    polyline(
      [HEX2_X, HEX2_Y],
      vertex(p, 0),
      vertex(p, 1),
      vertex(p, 2),
      [-HEX2_X, -HEX2_Y],
      [HEX2_X, HEX2_Y],
    ),
    polyline([HEX2_X, HEX2_Y], vertex(p, 5), vertex(p, 4), vertex(p, 3), [-HEX2_X, -HEX2_Y]),
  ],
  { snapThreshold: null, joinStyle: 'miter' },
);

const OCT_X = Math.sqrt(2) / 4;
const OCTAGON_HALF = polyline([0, -1], [0, 1], [-OCT_X, 1], [-1, OCT_X], [-1, -OCT_X], [-OCT_X, -1], [0, -1]);

const octagon: MarkerFunction = (fill) => {
  const common = { snapThreshold: 5, joinStyle: 'miter' } as const;
  if (!isHalf(fill)) {
    return geometry({ ...common, path: unitRegularPolygon(8), transform: scale(0.5).then(rotateDeg(22.5)) });
  }
  const t = scale(0.5).then(rotateDeg({ left: 0, bottom: 90, right: 180, top: 270 }[fill]));
  const altTransform = t.then(rotateDeg(180));
  return geometry({ ...common, path: OCTAGON_HALF, transform: t, altPath: OCTAGON_HALF, altTransform });
};

/** A stroke-only marker: one path, one transform, never filled. */
function strokeMarker(
  path: Path,
  transform: Affine,
  snapThreshold: number,
  joinStyle: JoinStyle | null = null,
) {
  const g = geometry({ path, transform, snapThreshold, strokeOnly: true, joinStyle });
  return (): MarkerGeometry => g;
}

const withCodes = (pts: number[], codes: number[]): Path => new Path(pts, codes);

const LINE = polyline([0, -1], [0, 1]);
const TICK_HORIZONTAL = polyline([0, 0], [1, 0]);
const TICK_VERTICAL = polyline([-0, 0], [-0, 1]);
const TRI = withCodes(
  [0, 0, 0, -1, 0, 0, 0.8, 0.5, 0, 0, -0.8, 0.5],
  [MOVETO, LINETO, MOVETO, LINETO, MOVETO, LINETO],
);
const CARET = polyline([-1, 1.5], [0, 0], [1, 1.5]);
const CARET_BASE = polyline([-1, 0], [0, -1.5], [1, 0]);
const PLUS = withCodes([-1, 0, 1, 0, 0, -1, 0, 1], [MOVETO, LINETO, MOVETO, LINETO]);
const CROSS = withCodes([-1, -1, 1, 1, -1, 1, 1, -1], [MOVETO, LINETO, MOVETO, LINETO]);

const sixths = (...pts: [number, number][]) => pts.map(([x, y]): [number, number] => [x / 6, y / 6]);
const quarters = (...pts: [number, number][]) => pts.map(([x, y]): [number, number] => [x / 4, y / 4]);

// prettier-ignore
const PLUS_FILLED = closed(...sixths(
  [-1, -3], [1, -3], [1, -1], [3, -1], [3, 1], [1, 1], [1, 3], [-1, 3], [-1, 1], [-3, 1], [-3, -1], [-1, -1],
));
const PLUS_FILLED_TOP = closed(...sixths([3, 0], [3, 1], [1, 1], [1, 3], [-1, 3], [-1, 1], [-3, 1], [-3, 0]));
// prettier-ignore
const X_FILLED = closed(...quarters(
  [-1, -2], [0, -1], [1, -2], [2, -1], [1, 0], [2, 1], [1, 2], [0, 1], [-1, 2], [-2, 1], [-1, 0], [-2, -1],
));
const X_FILLED_TOP = closed(...quarters([1, 0], [2, 1], [1, 2], [0, 1], [-1, 2], [-2, 1], [-1, 0]));

/** `P` and `X`: a filled outline, or its top half turned to the fill side with the other half as alt. */
function filledCrossMarker(full: Path, top: Path): MarkerFunction {
  return (fill) => {
    const common = { snapThreshold: 5, joinStyle: 'miter' } as const;
    if (!isHalf(fill)) return geometry({ ...common, path: full, transform: Affine.IDENTITY });
    const t = rotateDeg({ top: 0, left: 90, bottom: 180, right: 270 }[fill]);
    return geometry({
      ...common,
      path: top,
      transform: t,
      altPath: top,
      altTransform: t.then(rotateDeg(180)),
    });
  };
}

const NOTHING = geometry({
  path: new Path(new Float64Array(0)),
  transform: Affine.IDENTITY,
  strokeOnly: true,
});
const nothing = (): MarkerGeometry => NOTHING;

// The pixel marker is offset by slightly less than half a pixel so that Agg's snapping turns it into
// exactly one pixel, aligned with 1-pixel strokes such as ticks (matplotlib's `_set_pixel`).
const pixel = (): MarkerGeometry =>
  geometry({ path: unitRectangle(), transform: Affine.translation(-0.49999, -0.49999) });

const half = scale(0.5);
const caret = (rotation: number, base = false) =>
  strokeMarker(base ? CARET_BASE : CARET, half.then(rotateDeg(rotation)), 3, 'miter');
const tri = (rotation: number) => strokeMarker(TRI, half.then(rotateDeg(rotation)), 5);

/**
 * matplotlib's `MarkerStyle.markers` table: code → [name, marker function]. Integer codes 0–11 are
 * the tick and caret markers (`TICKLEFT` … `CARETDOWNBASE`).
 */
export const MARKER_TABLE: ReadonlyMap<string | number, readonly [name: string, build: MarkerFunction]> =
  new Map<string | number, readonly [string, MarkerFunction]>([
    ['.', ['point', circleMarker(0.5)]],
    [',', ['pixel', pixel]],
    ['o', ['circle', circleMarker(1)]],
    ['v', ['triangle_down', triangleMarker(180, 2)]],
    ['^', ['triangle_up', triangleMarker(0, 0)]],
    ['<', ['triangle_left', triangleMarker(90, 3)]],
    ['>', ['triangle_right', triangleMarker(270, 1)]],
    ['1', ['tri_down', tri(0)]],
    ['2', ['tri_up', tri(180)]],
    ['3', ['tri_left', tri(270)]],
    ['4', ['tri_right', tri(90)]],
    ['8', ['octagon', octagon]],
    ['s', ['square', square]],
    ['p', ['pentagon', pentagon]],
    ['*', ['star', star]],
    ['h', ['hexagon1', hexagon1]],
    ['H', ['hexagon2', hexagon2]],
    ['+', ['plus', strokeMarker(PLUS, half, 1)]],
    ['x', ['x', strokeMarker(CROSS, half, 3)]],
    ['D', ['diamond', diamond]],
    ['d', ['thin_diamond', thinDiamond]],
    ['|', ['vline', strokeMarker(LINE, half, 1)]],
    ['_', ['hline', strokeMarker(LINE, half.then(rotateDeg(90)), 1)]],
    ['P', ['plus_filled', filledCrossMarker(PLUS_FILLED, PLUS_FILLED_TOP)]],
    ['X', ['x_filled', filledCrossMarker(X_FILLED, X_FILLED_TOP)]],
    [0, ['tickleft', strokeMarker(TICK_HORIZONTAL, scale(-1, 1), 1)]],
    [1, ['tickright', strokeMarker(TICK_HORIZONTAL, scale(1, 1), 1)]],
    [2, ['tickup', strokeMarker(TICK_VERTICAL, scale(1, 1), 1)]],
    [3, ['tickdown', strokeMarker(TICK_VERTICAL, scale(1, -1), 1)]],
    [4, ['caretleft', caret(270)]],
    [5, ['caretright', caret(90)]],
    [6, ['caretup', caret(180)]],
    [7, ['caretdown', caret(0)]],
    [8, ['caretleftbase', caret(270, true)]],
    [9, ['caretrightbase', caret(90, true)]],
    [10, ['caretupbase', caret(180, true)]],
    [11, ['caretdownbase', caret(0, true)]],
    ['None', ['nothing', nothing]],
    ['none', ['nothing', nothing]],
    [' ', ['nothing', nothing]],
    ['', ['nothing', nothing]],
  ]);

/**
 * A user path as a marker, scaled so its largest coordinate (in x or y, control points and the
 * CLOSEPOLY vertex included) lands on the half-unit box: matplotlib's `_set_custom_marker`.
 */
export function customMarker(path: Path): MarkerGeometry {
  let rescale = 0;
  for (const v of path.vertices) rescale = Math.max(rescale, Math.abs(v));
  return geometry({ path, transform: scale(0.5 / rescale) });
}

/**
 * A `(numsides, style, angle)` marker: a regular polygon (style 0), star (1) or asterisk (2) with
 * `numsides` points, turned by `angle` degrees. matplotlib's `_set_tuple_marker`.
 */
export function tupleMarker(numsides: number, style: 0 | 1 | 2, angle: number): MarkerGeometry {
  const transform = scale(0.5).then(rotateDeg(angle));
  if (style === 0) return geometry({ path: unitRegularPolygon(numsides), transform, joinStyle: 'miter' });
  if (style === 1) return geometry({ path: unitRegularStar(numsides), transform, joinStyle: 'bevel' });
  return geometry({ path: unitRegularStar(numsides, 0), transform, joinStyle: 'bevel', strokeOnly: true });
}
