/**
 * The SVG renderer: the Renderer contract written as SVG 1.1 elements, at matplotlib's 72 dpi (one
 * display pixel is one point). Paths become `<path d style>`, markers and collection items one
 * definition plus a `<use>` per point, clip regions `<clipPath>` definitions shared by content
 * hash, images base64 PNG `<image>`s, and text either glyph outlines defined once and reused
 * (`fonttype: 'path'`, matplotlib's default) or real `<text>` (`fonttype: 'none'`).
 *
 * The renderer accumulates the body; {@link SvgRenderer.toDocument} wraps it into a document.
 */
import { Affine } from '../../core/Affine2D.js';
import { TsplotlibError } from '../../core/errors.js';
import type { Path } from '../../core/Path.js';
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
import { HATCH_LINEWIDTH_PT, hatchPath } from '../canvas/hatch.js';
import { encodePng } from '../png/encodePng.js';
import { svgDocument } from './document.js';
import type { SvgMetadata } from './document.js';
import { escapeXmlAttr } from './escape.js';
import { contentHash, hexColor, num, pathData, styleString } from './svgStyle.js';
import { drawTextAsPaths, drawTextAsText } from './svgText.js';

/** How text is written: outlines (`'path'`, matplotlib's `svg.fonttype` default) or `<text>`. */
export type SvgFonttype = 'path' | 'none';

/** Options of {@link SvgRenderer}. */
export interface SvgRendererOptions {
  /** `'path'` (default) draws glyph outlines; `'none'` writes `<text>` with font attributes. */
  readonly fonttype?: SvgFonttype;
}

/** Writes a figure as SVG. Width and height are in points (= pixels at 72 dpi). */
export class SvgRenderer implements Renderer {
  readonly dpi = 72;
  readonly fonttype: SvgFonttype;
  /** Elements of the body, in drawing order. */
  private readonly body: string[] = [];
  /** Definitions collected at the end of the document (clip paths, hatch patterns). */
  private readonly trailingDefs = new Map<string, string>();
  /** Ids already defined inline (markers, collection paths, glyphs). */
  private readonly inlineIds = new Set<string>();
  private readonly groupCounts = new Map<string, number>();
  private readonly flip: Affine;
  private depth = 0;
  private openClips = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    options: SvgRendererOptions = {},
  ) {
    this.fonttype = options.fonttype ?? 'path';
    this.flip = new Affine(1, 0, 0, -1, 0, height);
  }

  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }

  /** Appends one line of markup at the current nesting depth. */
  write(markup: string): void {
    this.body.push(' '.repeat(this.depth + 1) + markup);
  }

  /** Reserves an inline definition id; false when it is already defined in this document. */
  claimId(id: string): boolean {
    if (this.inlineIds.has(id)) return false;
    this.inlineIds.add(id);
    return true;
  }

  /** Defines `markup` inline under `id` unless that id already exists. */
  defineInline(id: string, markup: string): void {
    if (this.claimId(id)) this.write(`<defs>${markup}</defs>`);
  }

  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void {
    const d = pathData(path, transform.then(this.flip));
    if (!d) return;
    this.write(`<path d="${d}" style="${this.style(style)}"/>`);
  }

  drawMarkers(markerPath: Path, markerTransform: Affine, offsets: Float64Array, style: GraphicsStyle): void {
    const d = pathData(markerPath, markerTransform.then(Affine.scaling(1, -1)));
    if (!d) return;
    const css = this.style(style);
    const id = `m${contentHash(d + css)}`;
    this.defineInline(id, `<path id="${id}" d="${d}" style="${css}"/>`);
    for (let i = 0; i + 1 < offsets.length; i += 2) {
      const x = offsets[i]!, y = offsets[i + 1]!; // prettier-ignore
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      this.write(`<use xlink:href="#${id}" x="${num(x)}" y="${num(this.height - y)}"/>`);
    }
  }

  /**
   * Each distinct (path, path transform) pair is defined once; every item is a `<use>` at its
   * offset with its own style, so a scatter of N points costs N short elements.
   */
  drawPathCollection(spec: PathCollectionSpec): void {
    const nOffsets = spec.offsets.length / 2;
    const { paths, pathTransforms: transforms } = spec;
    for (const item of iterCollection(spec)) {
      const pi = item.index % paths.length;
      const ti = transforms.length ? item.index % transforms.length : -1;
      const local = ti >= 0 ? transforms[ti]!.then(spec.masterTransform) : spec.masterTransform;
      const d = pathData(paths[pi]!, local.then(Affine.scaling(1, -1)));
      if (!d) continue;
      const id = `C${contentHash(d)}`;
      this.defineInline(id, `<path id="${id}" d="${d}"/>`);
      let [xo, yo] = [0, 0];
      if (nOffsets) {
        const j = item.index % nOffsets;
        [xo, yo] = spec.offsetTransform.transformPoint(spec.offsets[2 * j]!, spec.offsets[2 * j + 1]!);
      }
      const css = this.style(item.style);
      this.write(`<use xlink:href="#${id}" x="${num(xo)}" y="${num(this.height - yo)}" style="${css}"/>`);
    }
  }

  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void {
    if (image.width === 0 || image.height === 0) return;
    const rows = new Affine(1, 0, 0, -1, 0, image.height);
    const m = rows.then(style.transform ?? Affine.translation(x, y)).then(this.flip);
    const png = Buffer.from(encodePng(image)).toString('base64');
    const matrix = [m.a, m.b, m.c, m.d, m.e, m.f].map(num).join(' ');
    const smooth = style.smoothing ?? true;
    const attrs = [
      `transform="matrix(${matrix})"`,
      `width="${image.width}" height="${image.height}"`,
      smooth ? '' : 'style="image-rendering:crisp-edges;image-rendering:pixelated"',
      style.alpha !== undefined && style.alpha !== 1 ? `opacity="${num(style.alpha)}"` : '',
    ].filter(Boolean);
    this.write(`<image ${attrs.join(' ')} xlink:href="data:image/png;base64,${png}"/>`);
  }

  drawText(text: string, x: number, y: number, style: TextStyle): void {
    if (text === '' || style.color[3] <= 0) return;
    if (this.fonttype === 'none') drawTextAsText(this, text, x, this.height - y, style);
    else drawTextAsPaths(this, text, x, this.height - y, style);
  }

  pushClip(clip: ClipRegion): void {
    const shape =
      clip.kind === 'rect'
        ? `<rect x="${num(clip.x)}" y="${num(this.height - clip.y - clip.height)}" width="${num(clip.width)}" height="${num(clip.height)}"/>`
        : `<path d="${pathData(clip.path, clip.transform.then(this.flip))}"/>`;
    const id = `p${contentHash(shape)}`;
    this.trailingDefs.set(id, `<clipPath id="${id}">${shape}</clipPath>`);
    this.write(`<g clip-path="url(#${id})">`);
    this.depth++;
    this.openClips++;
  }

  popClip(): void {
    if (this.openClips === 0) throw new TsplotlibError('popClip', 'no clip region to pop');
    this.openClips--;
    this.depth--;
    this.write('</g>');
  }

  /** `<g id="gid">`, or an id numbered per group name as matplotlib does (`line2d_3`). */
  openGroup(name: string, gid?: string): void {
    let id = gid;
    if (!id) {
      const n = (this.groupCounts.get(name) ?? 0) + 1;
      this.groupCounts.set(name, n);
      id = `${name}_${n}`;
    }
    this.write(`<g id="${escapeXmlAttr(id)}">`);
    this.depth++;
  }

  closeGroup(_name: string): void {
    if (this.depth === 0) throw new TsplotlibError('closeGroup', 'no group to close');
    this.depth--;
    this.write('</g>');
  }

  /** The complete SVG document; open groups and clips are closed. */
  toDocument(metadata: SvgMetadata = {}): string {
    const body = [...this.body];
    for (let d = this.depth; d > 0; d--) body.push(' '.repeat(d) + '</g>');
    return svgDocument(this.width, this.height, metadata, body, [...this.trailingDefs.values()]);
  }

  /** The style string of `style`, with its hatch registered as a pattern when it has one. */
  private style(style: GraphicsStyle): string {
    const face = style.fill && style.fill[3] > 0 ? style.fill : null;
    if (!style.hatch) return styleString(style, face);
    return styleString(
      style,
      `url(#${this.hatchPattern(style.hatch, face, style.hatchColor ?? [0, 0, 0, 1])})`,
    );
  }

  /** A 72-unit pattern tile (one inch): the face color behind the hatch lines, as matplotlib writes it. */
  private hatchPattern(hatch: string, face: RGBA | null, color: RGBA): string {
    const size = 72;
    const d = pathData(hatchPath(hatch), new Affine(size, 0, 0, -size, 0, size));
    const bg = face ? `<rect x="0" y="0" width="${size}" height="${size}" fill="${hexColor(face)}"${face[3] !== 1 ? ` fill-opacity="${num(face[3])}"` : ''}/>` : ''; // prettier-ignore
    const ink = `fill: ${hexColor(color)}; stroke: ${hexColor(color)}; stroke-width: ${num(HATCH_LINEWIDTH_PT)}; stroke-linecap: butt; stroke-linejoin: miter`;
    const body = `${bg}<path d="${d}" style="${ink}"/>`;
    const id = `h${contentHash(body)}`;
    this.trailingDefs.set(
      id,
      `<pattern id="${id}" patternUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}">${body}</pattern>`,
    );
    return id;
  }
}
