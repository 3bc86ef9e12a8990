/**
 * A renderer that scales everything drawn through it by a device pixel ratio before handing it to
 * its target: geometry, line widths, dashes, clip regions, image placement and font sizes. Drawing
 * a frame through a ScaledRenderer of ratio 2 onto a canvas of twice the size and twice the dpi
 * looks like the figure drawn at twice the dpi (crisp HiDPI output from one recorded frame).
 */
import { Affine } from '../Affine2D.js';
import { checkFinite } from '../errors.js';
import type { Path } from '../Path.js';
import type {
  ClipRegion,
  Dashes,
  GraphicsStyle,
  ImageStyle,
  PathCollectionSpec,
  RasterImage,
  Renderer,
  TextStyle,
} from '../renderer.js';
import { drawMarkers, drawPathCollection } from '../renderer.js';

const scaleDashes = (d: Dashes | null, s: number): Dashes | null =>
  d && { offset: d.offset * s, pattern: d.pattern.map((v) => v * s) };

/** Scales what is drawn by `scale` on its way to `target`. */
export class ScaledRenderer implements Renderer {
  /** Size and dpi of the frame being drawn (the target's divided by the scale, unless given). */
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  private readonly m: Affine;
  /** Factor applied to font sizes in points: the frame's pixels per point over the target's. */
  private readonly fontScale: number;

  /**
   * @param target the renderer that draws, `scale` times the size of the frame
   * @param scale the device pixel ratio
   * @param dpi the dpi the frame was laid out at; defaults to `target.dpi / scale`, which is right
   *   when the target was made at the scaled dpi (then font sizes in points need no change)
   */
  constructor(
    readonly target: Renderer,
    readonly scale: number,
    dpi?: number,
  ) {
    checkFinite('ScaledRenderer', 'scale', scale, { positive: true });
    this.width = target.width / scale;
    this.height = target.height / scale;
    this.dpi = target.dpi / scale;
    if (dpi !== undefined) this.dpi = checkFinite('ScaledRenderer', 'dpi', dpi, { positive: true });
    this.m = Affine.scaling(scale);
    this.fontScale = (scale * this.dpi) / target.dpi;
  }

  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }

  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void {
    this.target.drawPath(path, transform.then(this.m), this.style(style));
  }

  drawMarkers(markerPath: Path, markerTransform: Affine, offsets: Float64Array, style: GraphicsStyle): void {
    const scaled = new Float64Array(offsets.length);
    for (let i = 0; i < offsets.length; i++) scaled[i] = offsets[i]! * this.scale;
    drawMarkers(this.target, markerPath, markerTransform.then(this.m), scaled, this.style(style));
  }

  drawPathCollection(spec: PathCollectionSpec): void {
    const s = this.scale;
    drawPathCollection(this.target, {
      ...spec,
      masterTransform: spec.masterTransform.then(this.m),
      offsetTransform: spec.offsetTransform.then(this.m),
      linewidths: spec.linewidths.map((w) => w * s),
      dashes: spec.dashes.map((d) => scaleDashes(d, s)),
    });
  }

  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void {
    // An image without a transform is drawn one pixel per display pixel; scaled, it needs one.
    const transform = (style.transform ?? Affine.translation(x, y)).then(this.m);
    this.target.drawImage(x * this.scale, y * this.scale, image, { ...style, transform });
  }

  drawText(text: string, x: number, y: number, style: TextStyle): void {
    const font =
      this.fontScale === 1 ? style.font : { ...style.font, size: style.font.size * this.fontScale };
    this.target.drawText(
      text,
      x * this.scale,
      y * this.scale,
      font === style.font ? style : { ...style, font },
    );
  }

  pushClip(clip: ClipRegion): void {
    const s = this.scale;
    this.target.pushClip(
      clip.kind === 'rect'
        ? { kind: 'rect', x: clip.x * s, y: clip.y * s, width: clip.width * s, height: clip.height * s }
        : { kind: 'path', path: clip.path, transform: clip.transform.then(this.m) },
    );
  }

  popClip(): void {
    this.target.popClip();
  }

  openGroup(name: string, gid?: string): void {
    this.target.openGroup(name, gid);
  }

  closeGroup(name: string): void {
    this.target.closeGroup(name);
  }

  private style(style: GraphicsStyle): GraphicsStyle {
    const s = this.scale;
    return { ...style, lineWidth: style.lineWidth * s, dashes: scaleDashes(style.dashes, s) };
  }
}
