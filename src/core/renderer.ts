/**
 * The renderer contract (DESIGN.md section 3), modelled on matplotlib's RendererBase: a small
 * required core (paths, images, text), optional fast paths with fallbacks built on that core, and
 * immutable style objects in place of a graphics context full of setters.
 *
 * Coordinates are display pixels with matplotlib's convention: origin at the bottom-left, y up.
 * The renderer flips for its output. Every length in a style (line widths, dashes) is in display
 * pixels already; artists convert from points with {@link Renderer.pointsToPixels}.
 */
import { Affine } from './Affine2D.js';
import type { Path } from './Path.js';

/** A color as red, green, blue, alpha, each in 0..1. */
export type RGBA = readonly [r: number, g: number, b: number, a: number];

/** A dash pattern in display pixels: on, off, on, off… starting `offset` into the pattern. */
export interface Dashes {
  readonly offset: number;
  readonly pattern: readonly number[];
}

export type CapStyle = 'butt' | 'round' | 'projecting';
export type JoinStyle = 'miter' | 'round' | 'bevel';

/** How a path is painted. Immutable: artists build one per draw, backends only read it. */
export interface GraphicsStyle {
  /** Fill color, or null for no fill. */
  readonly fill: RGBA | null;
  /** Stroke color, or null for no stroke. */
  readonly stroke: RGBA | null;
  /** Stroke width in display pixels (0 draws no stroke). */
  readonly lineWidth: number;
  /** Dash pattern, or null for a solid stroke. */
  readonly dashes: Dashes | null;
  readonly capStyle: CapStyle;
  readonly joinStyle: JoinStyle;
  readonly antialiased: boolean;
  /** matplotlib's hatch pattern string (`'/'`, `'x'`, …), drawn in `hatchColor`; optional. */
  readonly hatch?: string | null;
  readonly hatchColor?: RGBA | null;
  /**
   * Pixel snapping, as matplotlib's `snap`: null (the default) snaps only paths made of horizontal
   * and vertical segments, so thin rectilinear lines stay crisp; true snaps every vertex; false never.
   */
  readonly snap?: boolean | null;
}

/** Defaults matching matplotlib's GraphicsContextBase. */
export const DEFAULT_STYLE: GraphicsStyle = Object.freeze({
  fill: null,
  stroke: [0, 0, 0, 1] as RGBA,
  lineWidth: 1,
  dashes: null,
  capStyle: 'butt',
  joinStyle: 'round',
  antialiased: true,
  snap: null,
});

/** Builds a style from the defaults and the given fields. */
export function makeStyle(fields: Partial<GraphicsStyle>): GraphicsStyle {
  return Object.freeze({ ...DEFAULT_STYLE, ...fields });
}

/** A clip region: a rectangle in display pixels, or a path with its affine. */
export type ClipRegion =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'path'; readonly path: Path; readonly transform: Affine };

/** Straight (not premultiplied) RGBA pixels, rows from the top, as Canvas ImageData. */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export interface ImageStyle {
  /** Extra opacity applied to the whole image. */
  readonly alpha?: number;
  /** Pixel interpolation when the image is scaled: nearest keeps hard pixel edges. */
  readonly smoothing?: boolean;
  /**
   * Maps the image's pixel grid (0..width, 0..height, y up) to display pixels. When absent the image
   * is drawn unscaled with its bottom-left corner at (x, y).
   */
  readonly transform?: Affine;
}

/** A font request, in matplotlib's FontProperties terms. Sizes are in points. */
export interface FontSpec {
  readonly family: string;
  readonly size: number;
  readonly weight: 'normal' | 'bold' | number;
  readonly style: 'normal' | 'italic' | 'oblique';
}

export interface TextStyle {
  readonly font: FontSpec;
  readonly color: RGBA;
  /** Rotation in degrees, counter-clockwise, about the baseline start. */
  readonly angle: number;
  readonly antialiased?: boolean;
}

/**
 * Everything `drawPathCollection` needs (scatter and friends), in matplotlib's
 * `draw_path_collection` terms. Per-item lists cycle: item i uses entry `i % list.length`.
 * The number of items is max(paths.length, offsets.length / 2).
 */
export interface PathCollectionSpec {
  readonly paths: readonly Path[];
  /** Per-path transforms (e.g. marker sizes), applied before `masterTransform`; may be empty. */
  readonly pathTransforms: readonly Affine[];
  readonly masterTransform: Affine;
  /** Flat x, y offsets, already through any non-affine transform; `offsetTransform` maps them to pixels. */
  readonly offsets: Float64Array;
  readonly offsetTransform: Affine;
  readonly facecolors: readonly RGBA[];
  readonly edgecolors: readonly RGBA[];
  /** Widths in display pixels. */
  readonly linewidths: readonly number[];
  readonly dashes: readonly (Dashes | null)[];
  readonly antialiased: boolean;
  readonly capStyle: CapStyle;
  readonly joinStyle: JoinStyle;
  readonly hatch?: string | null;
}

/** The interface every backend implements. */
export interface Renderer {
  /** Canvas size in display pixels. */
  readonly width: number;
  readonly height: number;
  /** Dots per inch of the output (72 for the vector backends, as in matplotlib). */
  readonly dpi: number;

  /** Converts points (1/72 inch) to display pixels: `points * dpi / 72`. */
  pointsToPixels(points: number): number;

  /** Strokes and/or fills `path` mapped through `transform` into display pixels. */
  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void;
  /** Draws an image with its bottom-left corner at (x, y) display pixels, or through `style.transform`. */
  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void;
  /** Draws a single line of text whose baseline starts at (x, y), rotated by `style.angle`. */
  drawText(text: string, x: number, y: number, style: TextStyle): void;

  /** Stamps `markerPath` (through `markerTransform`, in pixels around 0,0) at each display offset. */
  drawMarkers?(markerPath: Path, markerTransform: Affine, offsets: Float64Array, style: GraphicsStyle): void;
  drawPathCollection?(spec: PathCollectionSpec): void;

  /** Starts a clip region; every draw until the matching popClip is clipped to it. */
  pushClip(clip: ClipRegion): void;
  popClip(): void;
  /** Groups the following draws (SVG `<g>`); other backends may ignore it. */
  openGroup(name: string, gid?: string): void;
  closeGroup(name: string): void;
}

/** Draws markers through the fast path when the backend has one, else one drawPath per offset. */
export function drawMarkers(
  r: Renderer,
  markerPath: Path,
  markerTransform: Affine,
  offsets: Float64Array,
  style: GraphicsStyle,
): void {
  if (r.drawMarkers) {
    r.drawMarkers(markerPath, markerTransform, offsets, style);
    return;
  }
  for (let i = 0; i < offsets.length; i += 2) {
    const x = offsets[i]!, y = offsets[i + 1]!; // prettier-ignore
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    r.drawPath(markerPath, markerTransform.then(Affine.translation(x, y)), style);
  }
}

/** The number of items a collection draws, and the style of item i, as matplotlib's `_iter_collection`. */
export function collectionItemCount(spec: PathCollectionSpec): number {
  if (spec.paths.length === 0) return 0;
  return Math.max(spec.paths.length, spec.offsets.length / 2);
}

/**
 * Iterates the items of a path collection with their final transform and style, cycling
 * per-item properties modulo their length and skipping non-finite offsets, as matplotlib does.
 */
export function* iterCollection(
  spec: PathCollectionSpec,
): Generator<{ index: number; path: Path; transform: Affine; style: GraphicsStyle }> {
  const n = collectionItemCount(spec);
  const nOffsets = spec.offsets.length / 2;
  for (let i = 0; i < n; i++) {
    const path = spec.paths[i % spec.paths.length]!;
    let t = spec.pathTransforms.length
      ? spec.pathTransforms[i % spec.pathTransforms.length]!.then(spec.masterTransform)
      : spec.masterTransform;
    if (nOffsets) {
      const j = i % nOffsets;
      const [xo, yo] = spec.offsetTransform.transformPoint(spec.offsets[2 * j]!, spec.offsets[2 * j + 1]!);
      if (!Number.isFinite(xo) || !Number.isFinite(yo)) continue;
      t = t.then(Affine.translation(xo, yo));
    }
    const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[i % list.length] : undefined);
    const face = pick(spec.facecolors) ?? null;
    const edge = pick(spec.edgecolors) ?? null;
    const lw = pick(spec.linewidths) ?? 0;
    const style = makeStyle({
      // A fully transparent face or edge is not drawn at all (matplotlib: rgbFace None, linewidth 0).
      fill: face && face[3] > 0 ? face : null,
      stroke: edge && edge[3] > 0 && lw > 0 ? edge : null,
      lineWidth: edge && edge[3] > 0 ? lw : 0,
      dashes: pick(spec.dashes) ?? null,
      antialiased: spec.antialiased,
      capStyle: spec.capStyle,
      joinStyle: spec.joinStyle,
      hatch: spec.hatch ?? null,
    });
    yield { index: i, path, transform: t, style };
  }
}

/** Draws a path collection through the fast path when present, else item by item via drawPath. */
export function drawPathCollection(r: Renderer, spec: PathCollectionSpec): void {
  if (r.drawPathCollection) {
    r.drawPathCollection(spec);
    return;
  }
  for (const item of iterCollection(spec)) r.drawPath(item.path, item.transform, item.style);
}
