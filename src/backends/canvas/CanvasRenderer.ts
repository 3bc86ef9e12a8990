/**
 * The raster renderer: the Renderer contract on a standard Canvas 2D context (DESIGN.md section
 * 5). Display coordinates (origin bottom-left, y up) are mapped to canvas pixels (origin top-left)
 * by this renderer, vertex by vertex, so the context's own transform stays whatever its owner set
 * (a browser's device pixel ratio, for instance).
 */
import { Affine } from '../../core/Affine2D.js';
import { emitPath, Path } from '../../core/Path.js';
import type {
  ClipRegion,
  GraphicsStyle,
  ImageStyle,
  PathCollectionSpec,
  RasterImage,
  Renderer,
  RGBA,
  TextStyle,
} from '../../core/renderer.js';
import { iterCollection } from '../../core/renderer.js';
import { TsplotlibError } from '../../core/errors.js';
import { HATCH_LINEWIDTH_PT, hatchPath } from './hatch.js';
import { applyStroke, cssRgba, effectiveStroke } from './paint.js';
import type { Canvas2DContext, CanvasLike, Path2DLike } from './providers.js';
import { isRectilinear, snapIfRectilinear, snapInPlace, snapOffset } from './snap.js';
import { hintedTextPath } from './textOutlines.js';

/** What the renderer may ask its environment for, beyond the context it draws on. */
export interface CanvasRendererOptions {
  /** Creates offscreen canvases (for images and hatch tiles); without it those are skipped. */
  readonly createCanvas?: (width: number, height: number) => CanvasLike;
  /** Creates a Path2D; markers are then built once and stamped at every offset. */
  readonly createPath2D?: () => Path2DLike;
  /** Hatch line width in points (matplotlib's `hatch.linewidth`). */
  readonly hatchLinewidth?: number;
}

const BLACK: RGBA = [0, 0, 0, 1];

/** Draws figures onto a Canvas 2D context. */
export class CanvasRenderer implements Renderer {
  /** Display (y up) to canvas (y down). */
  private readonly flip: Affine;
  private readonly hatchTiles = new Map<string, CanvasLike>();
  private clipDepth = 0;

  constructor(
    readonly ctx: Canvas2DContext,
    readonly width: number,
    readonly height: number,
    readonly dpi: number,
    private readonly options: CanvasRendererOptions = {},
  ) {
    this.flip = new Affine(1, 0, 0, -1, 0, height);
  }

  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }

  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void {
    const v = transform.then(this.flip).transformFlat(path.vertices);
    const stroke = effectiveStroke(style);
    const width = stroke ? style.lineWidth : 0;
    if (style.snap === true) snapInPlace(v, snapOffset(width));
    else if (style.snap !== false) snapIfRectilinear(v, path.codes, width);
    const ctx = this.ctx;
    ctx.beginPath();
    emitPath(new Path(v, path.codes), null, ctx);
    if (style.fill && style.fill[3] > 0) {
      ctx.fillStyle = cssRgba(style.fill);
      ctx.fill();
    }
    if (style.hatch) this.fillHatch(style.hatch, style.hatchColor ?? BLACK);
    if (stroke) {
      applyStroke(ctx, style, stroke);
      ctx.stroke();
    }
  }

  /**
   * Stamps the marker at each offset. As in matplotlib's Agg backend, offsets are rounded to whole
   * pixels and a marker that is not snapped is centred in its pixel, so round markers look centred
   * on their data point; offsets outside the canvas (plus the marker's extent) are skipped.
   */
  drawMarkers(markerPath: Path, markerTransform: Affine, offsets: Float64Array, style: GraphicsStyle): void {
    const m = markerTransform.then(Affine.scaling(1, -1)).transformFlat(markerPath.vertices);
    const stroke = effectiveStroke(style);
    const fill = style.fill && style.fill[3] > 0 ? style.fill : null;
    if (!stroke && !fill) return;
    if (style.snap === true || (style.snap !== false && isRectilinear(m, markerPath.codes)))
      snapInPlace(m, snapOffset(stroke ? style.lineWidth : 0));
    else for (let i = 0; i < m.length; i++) m[i] = m[i]! + 0.5;
    const marker = new Path(m, markerPath.codes);
    const [x0, y0, x1, y1] = marker.extents();
    const pad = (stroke ? style.lineWidth : 0) + 1;
    const ctx = this.ctx;
    if (fill) ctx.fillStyle = cssRgba(fill);
    if (stroke) applyStroke(ctx, style, stroke);
    const shape = this.options.createPath2D?.();
    if (shape) emitPath(marker, null, shape);
    for (let i = 0; i + 1 < offsets.length; i += 2) {
      const x = Math.floor(offsets[i]! + 0.5);
      const y = Math.floor(this.height - offsets[i + 1]! + 0.5);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x + x1 < -pad || x + x0 > this.width + pad || y + y1 < -pad || y + y0 > this.height + pad) continue;
      ctx.translate(x, y);
      this.paintMarker(marker, shape, fill !== null, stroke !== null);
      ctx.translate(-x, -y);
    }
  }

  /** Fills and strokes the marker at the current origin, from its Path2D when there is one. */
  private paintMarker(marker: Path, shape: Path2DLike | undefined, fill: boolean, stroke: boolean): void {
    const ctx = this.ctx;
    if (shape) {
      if (fill) ctx.fill(shape);
      if (stroke) ctx.stroke(shape);
      return;
    }
    ctx.beginPath();
    emitPath(marker, null, ctx);
    if (fill) ctx.fill();
    if (stroke) ctx.stroke();
  }

  drawPathCollection(spec: PathCollectionSpec): void {
    for (const item of iterCollection(spec)) this.drawPath(item.path, item.transform, item.style);
  }

  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void {
    if (image.width === 0 || image.height === 0 || !this.options.createCanvas) return;
    const tile = this.options.createCanvas(image.width, image.height);
    const tctx = tile.getContext('2d');
    const data = tctx.createImageData(image.width, image.height);
    data.data.set(image.data);
    tctx.putImageData(data, 0, 0);
    // Image rows run from the top; the pixel grid of the contract runs y up from the bottom row.
    const rows = new Affine(1, 0, 0, -1, 0, image.height);
    const m = rows.then(style.transform ?? Affine.translation(x, y)).then(this.flip);
    const ctx = this.ctx;
    ctx.save();
    ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
    ctx.imageSmoothingEnabled = style.smoothing ?? true;
    ctx.globalAlpha = style.alpha ?? 1;
    ctx.drawImage(tile, 0, 0);
    ctx.restore();
  }

  /** Fills the outline of the text from the font engine, rotated about the baseline start. */
  /**
   * Text is drawn as grid-fitted outlines. As Agg places its text bitmaps on whole pixels, the
   * origin of axis-aligned text is rounded, so baselines and hinted edges fall on pixel boundaries.
   */
  drawText(text: string, x: number, y: number, style: TextStyle): void {
    const outline = hintedTextPath(text, style.font, this.dpi);
    if (outline.length === 0 || style.color[3] <= 0) return;
    const [ox, oy] = this.textOrigin(text, outline, x, y, style.angle);
    const t = Affine.rotation((style.angle * Math.PI) / 180)
      .then(Affine.translation(ox, oy))
      .then(this.flip);
    const ctx = this.ctx;
    ctx.beginPath();
    emitPath(outline, t, ctx);
    ctx.fillStyle = cssRgba(style.color);
    ctx.fill();
  }

  /**
   * Where Agg puts a text bitmap (matplotlib's RendererAgg.draw_text over FT2Font's bitmap). The
   * bitmap starts at the pixel column floor(xMin) of the text's frame and one row below the ink
   * (yMin - 1), and that corner goes to (round(x + xMin + d·sinθ), round(y + d·cosθ) + 1) in canvas
   * pixels, d being the descent. Solving for the text origin gives the position returned, so
   * baselines and grid-fitted edges land on the same pixels as matplotlib's.
   */
  private textOrigin(text: string, outline: Path, x: number, y: number, angle: number): [number, number] {
    const rad = (angle * Math.PI) / 180;
    const cos = Math.cos(rad), sin = Math.sin(rad); // prettier-ignore
    const [xmin0, ymin0] = outline.extents();
    // FT2Font's box includes the pen position of leading blanks, whose own box is empty.
    const xo = Number.isFinite(xmin0) ? (/^\s/.test(text) ? Math.min(0, xmin0) : xmin0) : 0;
    const d = Number.isFinite(ymin0) ? -ymin0 : 0;
    const fx = Math.floor(xo);
    const yc = this.height - y;
    const ox = Math.round(x + xo + d * sin) - fx * cos - (d + 1) * sin;
    const oyc = Math.round(yc + d * cos) + 1 + fx * sin - (d + 1) * cos;
    return [ox, this.height - oyc];
  }

  /** Drops any clip left over from an interrupted draw, so the surface can be drawn on again. */
  reset(): void {
    while (this.clipDepth > 0) this.popClip();
  }

  /** Clip rectangles are rounded to whole pixels, as Agg's `set_clipbox` does. */
  pushClip(clip: ClipRegion): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.beginPath();
    if (clip.kind === 'rect') {
      const left = Math.round(clip.x), right = Math.round(clip.x + clip.width); // prettier-ignore
      const top = Math.round(this.height - (clip.y + clip.height));
      const bottom = Math.round(this.height - clip.y);
      ctx.rect(left, top, right - left, bottom - top);
    } else {
      emitPath(clip.path, clip.transform.then(this.flip), ctx);
    }
    ctx.clip();
    this.clipDepth++;
  }

  popClip(): void {
    if (this.clipDepth === 0) throw new TsplotlibError('popClip', 'no clip region to pop');
    this.clipDepth--;
    this.ctx.restore();
  }

  openGroup(_name: string, _gid?: string): void {}

  closeGroup(_name: string): void {}

  /** Fills the current path with the repeating one-inch hatch tile. */
  private fillHatch(pattern: string, color: RGBA): void {
    const tile = this.hatchTile(pattern, color);
    if (!tile) return;
    this.ctx.fillStyle = this.ctx.createPattern(tile, 'repeat');
    this.ctx.fill();
  }

  private hatchTile(pattern: string, color: RGBA): CanvasLike | null {
    const create = this.options.createCanvas;
    if (!create) return null;
    const size = Math.max(1, Math.trunc(this.pointsToPixels(72)));
    const key = `${pattern}|${color.join(',')}|${size}`;
    let tile = this.hatchTiles.get(key);
    if (tile) return tile;
    tile = create(size, size);
    const tctx = tile.getContext('2d');
    tctx.beginPath();
    emitPath(hatchPath(pattern), new Affine(size, 0, 0, -size, 0, size), tctx);
    tctx.fillStyle = cssRgba(color);
    tctx.fill();
    tctx.strokeStyle = cssRgba(color);
    tctx.lineWidth = this.pointsToPixels(this.options.hatchLinewidth ?? HATCH_LINEWIDTH_PT);
    tctx.lineCap = 'butt';
    tctx.stroke();
    this.hatchTiles.set(key, tile);
    return tile;
  }
}
