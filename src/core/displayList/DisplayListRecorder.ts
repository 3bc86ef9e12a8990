/**
 * A {@link Renderer} that draws nothing and records every call as a display list op, so a frame
 * can be sent elsewhere and replayed on any renderer (`replayDisplayList`).
 *
 * ```ts
 * const rec = new DisplayListRecorder({ width: 640, height: 480, dpi: 100 });
 * fig.drawWith(rec);
 * const frame = rec.finish({ knownImages: sentToThisView });
 * ```
 *
 * The optional fast paths are recorded as themselves, so the replaying renderer uses its own fast
 * paths or the core fallbacks; text is recorded as text, so the replaying side draws it with its
 * own font engine, crisp at any device pixel ratio.
 */
import { Affine } from '../Affine2D.js';
import { checkChoice, checkFinite, checkOptionKeys, TsplotlibError } from '../errors.js';
import { Path } from '../Path.js';
import type {
  ClipRegion,
  GraphicsStyle,
  ImageStyle,
  PathCollectionSpec,
  RasterImage,
  Renderer,
  RGBA,
  TextStyle,
} from '../renderer.js';
import type { EncodeOptions } from './encode.js';
import { encodeDisplayList } from './encode.js';
import type { DisplayList, DisplayOp, ImageResource } from './format.js';
import { imageHash } from './imageHash.js';

/** Options of {@link DisplayListRecorder}. */
export interface DisplayListRecorderOptions {
  /** Canvas size in display pixels. */
  readonly width: number;
  readonly height: number;
  /** Dots per inch the figure is laid out at. */
  readonly dpi: number;
  /**
   * `'float32'` (the default) maps geometry into display pixels at record time and rounds it to
   * Float32, about half the size (1/64 px or better up to 2^18 px); `'float64'` records paths and
   * transforms exactly as drawn, so a replay makes exactly the same calls.
   */
  readonly precision?: 'float32' | 'float64';
}

const OPTION_KEYS = ['width', 'height', 'dpi', 'precision'];

/** Rounds every value to Float32 in place; returns the array. */
function quantize(v: Float64Array): Float64Array {
  for (let i = 0; i < v.length; i++) v[i] = Math.fround(v[i]!);
  return v;
}

/** A color channel that is not an exact k/255 rounded to Float32 (exact bytes stay bytes on the wire). */
const quantizeChannel = (v: number) =>
  v >= 0 && v <= 1 && Math.round(v * 255) / 255 === v ? v : Math.fround(v);

/** A dedup key for a style object: equal keys encode to equal bytes. */
const styleKey = (s: object) => JSON.stringify(s);

/** Records renderer calls into a display list. */
export class DisplayListRecorder implements Renderer {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly precision: 'float32' | 'float64';
  private ops: DisplayOp[] = [];
  private styles: GraphicsStyle[] = [];
  private textStyles: TextStyle[] = [];
  private images: ImageResource[] = [];
  private readonly index = new Map<string, number>();
  private clipDepth = 0;
  private groupDepth = 0;

  constructor(options: DisplayListRecorderOptions) {
    const call = 'DisplayListRecorder';
    checkOptionKeys(call, options, OPTION_KEYS);
    this.width = checkFinite(call, 'width', options.width, { positive: true });
    this.height = checkFinite(call, 'height', options.height, { positive: true });
    this.dpi = checkFinite(call, 'dpi', options.dpi, { positive: true });
    this.precision = checkChoice(call, 'precision', options.precision ?? 'float32', ['float32', 'float64']);
  }

  /** The number of ops recorded so far. */
  get opCount(): number {
    return this.ops.length;
  }

  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }

  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void {
    const [p, t] = this.geometry(path, transform);
    this.ops.push({ op: 'path', path: p, transform: t, style: this.styleId(style) });
  }

  drawMarkers(markerPath: Path, markerTransform: Affine, offsets: Float64Array, style: GraphicsStyle): void {
    const [p, t] = this.geometry(markerPath, markerTransform);
    const copy = this.precision === 'float32' ? quantize(Float64Array.from(offsets)) : offsets.slice();
    this.ops.push({ op: 'markers', path: p, transform: t, offsets: copy, style: this.styleId(style) });
  }

  drawPathCollection(spec: PathCollectionSpec): void {
    const exact = this.precision === 'float64';
    // Per-path transforms (marker sizes) come before the master transform, so the paths can be
    // mapped into pixels ahead of time only when there are none.
    const bake = !exact && spec.pathTransforms.length === 0;
    const colors = (list: readonly RGBA[]): RGBA[] =>
      exact ? [...list] : list.map((c) => c.map(quantizeChannel) as unknown as RGBA);
    this.ops.push({
      op: 'collection',
      paths: bake ? spec.paths.map((p) => this.geometry(p, spec.masterTransform)[0]) : [...spec.paths],
      pathTransforms: [...spec.pathTransforms],
      masterTransform: bake ? Affine.IDENTITY : spec.masterTransform,
      offsets: exact ? spec.offsets.slice() : quantize(spec.offsetTransform.transformFlat(spec.offsets)),
      offsetTransform: exact ? spec.offsetTransform : Affine.IDENTITY,
      facecolors: colors(spec.facecolors),
      edgecolors: colors(spec.edgecolors),
      linewidths: [...spec.linewidths],
      dashes: [...spec.dashes],
      antialiased: spec.antialiased,
      capStyle: spec.capStyle,
      joinStyle: spec.joinStyle,
      ...(spec.hatch === undefined ? {} : { hatch: spec.hatch }),
    });
  }

  /**
   * Records the image by content hash: the same pixels drawn twice are stored once. The pixels
   * are read again by `finish()`, so they must not change before it.
   */
  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void {
    const hash = imageHash(image);
    let id = this.index.get(`image:${hash}`);
    if (id === undefined) {
      id = this.images.push({ hash, width: image.width, height: image.height, data: image.data }) - 1;
      this.index.set(`image:${hash}`, id);
    }
    this.ops.push({
      op: 'image',
      image: id,
      x,
      y,
      ...(style.alpha === undefined ? {} : { alpha: style.alpha }),
      ...(style.smoothing === undefined ? {} : { smoothing: style.smoothing }),
      ...(style.transform === undefined ? {} : { transform: style.transform }),
    });
  }

  drawText(text: string, x: number, y: number, style: TextStyle): void {
    const key = `text:${styleKey(style)}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.textStyles.push(style) - 1;
      this.index.set(key, id);
    }
    this.ops.push({ op: 'text', text, x, y, style: id });
  }

  pushClip(clip: ClipRegion): void {
    if (clip.kind === 'rect') {
      const { x, y, width, height } = clip;
      this.ops.push({ op: 'clipRect', x, y, width, height });
    } else {
      const [path, transform] = this.geometry(clip.path, clip.transform);
      this.ops.push({ op: 'clipPath', path, transform });
    }
    this.clipDepth++;
  }

  popClip(): void {
    if (this.clipDepth === 0) throw new TsplotlibError('popClip', 'no clip region to pop');
    this.clipDepth--;
    this.ops.push({ op: 'popClip' });
  }

  openGroup(name: string, gid?: string): void {
    this.groupDepth++;
    this.ops.push(gid === undefined ? { op: 'openGroup', name } : { op: 'openGroup', name, gid });
  }

  closeGroup(name: string): void {
    if (this.groupDepth === 0) throw new TsplotlibError('closeGroup', `no open group to close ("${name}")`);
    this.groupDepth--;
    this.ops.push({ op: 'closeGroup', name });
  }

  /** The frame recorded so far, in memory. */
  displayList(): DisplayList {
    const { width, height, dpi, styles, textStyles, images, ops } = this;
    return { width, height, dpi, styles, textStyles, images, ops };
  }

  /** Content hashes of the images this frame draws (the keys `knownImages` and image caches use). */
  imageHashes(): string[] {
    return this.images.map((img) => img.hash);
  }

  /**
   * Encodes the frame. Images whose hash is in `knownImages` go without their pixels: the
   * receiver takes them from its image cache. The recording is kept, so one frame can be
   * encoded for several receivers that hold different images.
   */
  finish(options: EncodeOptions = {}): Uint8Array {
    checkOptionKeys('DisplayListRecorder.finish', options, ['knownImages']);
    if (this.clipDepth || this.groupDepth)
      throw new TsplotlibError(
        'DisplayListRecorder.finish',
        `the frame is incomplete: ${this.clipDepth} clips and ${this.groupDepth} groups are still open`,
      );
    return encodeDisplayList(this.displayList(), options);
  }

  /** Forgets everything recorded, to record the next frame. */
  clear(): void {
    this.ops = [];
    this.styles = [];
    this.textStyles = [];
    this.images = [];
    this.index.clear();
    this.clipDepth = 0;
    this.groupDepth = 0;
  }

  private styleId(style: GraphicsStyle): number {
    const key = `style:${styleKey(style)}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.styles.push(style) - 1;
      this.index.set(key, id);
    }
    return id;
  }

  /** The path and transform to store: as drawn, or mapped to pixels and rounded to Float32. */
  private geometry(path: Path, transform: Affine): [Path, Affine] {
    if (this.precision === 'float64') return [path, transform];
    return [new Path(quantize(transform.transformFlat(path.vertices)), path.codes), Affine.IDENTITY];
  }
}
