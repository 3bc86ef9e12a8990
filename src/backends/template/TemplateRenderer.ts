/**
 * The template renderer (matplotlib's `backend_template`): implements every Renderer method by
 * recording the call and drawing nothing. It is the model to copy when writing a new backend, each
 * method saying what a real backend must do, and the spy tests use to see what a figure drew.
 *
 * ```ts
 * const spy = new TemplateRenderer({ width: 640, height: 480, dpi: 100 });
 * fig.drawWith(spy);
 * expect(spy.count('drawText')).toBe(12);
 * ```
 */
import type { Affine } from '../../core/Affine2D.js';
import type { Path } from '../../core/Path.js';
import type {
  ClipRegion,
  GraphicsStyle,
  ImageStyle,
  PathCollectionSpec,
  RasterImage,
  Renderer,
  TextStyle,
} from '../../core/renderer.js';
import { collectionItemCount } from '../../core/renderer.js';

/** One recorded call: the method and a small, JSON-friendly summary of its arguments. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** Options of {@link TemplateRenderer}. */
export interface TemplateRendererOptions {
  readonly width?: number;
  readonly height?: number;
  readonly dpi?: number;
  /**
   * When false the optional fast paths (`drawMarkers`, `drawPathCollection`) are absent, so the
   * core fallbacks run and their drawPath calls are recorded instead.
   */
  readonly fastPaths?: boolean;
}

type MarkersFn = (
  markerPath: Path,
  markerTransform: Affine,
  offsets: Float64Array,
  style: GraphicsStyle,
) => void;

const matrix = (t: Affine) => t.toArray();

function styleSummary(s: GraphicsStyle): Record<string, unknown> {
  return { fill: s.fill, stroke: s.stroke, lineWidth: s.lineWidth, dashes: s.dashes, hatch: s.hatch ?? null };
}

/** Records every call; draws nothing. */
export class TemplateRenderer implements Renderer {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  /** Every call in order. */
  readonly calls: RecordedCall[] = [];
  private readonly counts = new Map<string, number>();

  /** Stamps a marker at each offset. A real backend builds the marker once and reuses it. */
  drawMarkers?: MarkersFn;
  /** Draws a path collection. A real backend defines each path once and reuses it per item. */
  drawPathCollection?: (spec: PathCollectionSpec) => void;

  constructor(options: TemplateRendererOptions = {}) {
    this.width = options.width ?? 640;
    this.height = options.height ?? 480;
    this.dpi = options.dpi ?? 100;
    if (options.fastPaths !== false) {
      this.drawMarkers = (path, t, offsets, style) =>
        this.record('drawMarkers', {
          vertices: path.length,
          transform: matrix(t),
          offsets: offsets.length / 2,
          ...styleSummary(style),
        });
      this.drawPathCollection = (spec) =>
        this.record('drawPathCollection', {
          paths: spec.paths.length,
          items: collectionItemCount(spec),
          offsets: spec.offsets.length / 2,
        });
    }
  }

  /** How many times `method` was called (all calls when omitted). */
  count(method?: string): number {
    return method === undefined ? this.calls.length : (this.counts.get(method) ?? 0);
  }

  /** The recorded calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Forgets every recorded call. */
  clear(): void {
    this.calls.length = 0;
    this.counts.clear();
  }

  /** Points to pixels at this renderer's dpi; every backend computes it the same way. */
  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }

  /** Maps the path through the affine, flips y for the output and strokes/fills it with the style. */
  drawPath(path: Path, transform: Affine, style: GraphicsStyle): void {
    this.record('drawPath', {
      vertices: path.length,
      codes: path.codes !== null,
      transform: matrix(transform),
      ...styleSummary(style),
    });
  }

  /** Draws pixels with their bottom-left at (x, y) or through `style.transform`. */
  drawImage(x: number, y: number, image: RasterImage, style: ImageStyle): void {
    this.record('drawImage', {
      x,
      y,
      width: image.width,
      height: image.height,
      smoothing: style.smoothing ?? true,
      alpha: style.alpha ?? 1,
      transform: style.transform ? matrix(style.transform) : null,
    });
  }

  /** Draws one line of text from its baseline start, rotated by `style.angle` degrees. */
  drawText(text: string, x: number, y: number, style: TextStyle): void {
    this.record('drawText', { text, x, y, angle: style.angle, size: style.font.size, color: style.color });
  }

  /** Restricts drawing to the region until the matching popClip. */
  pushClip(clip: ClipRegion): void {
    this.record(
      'pushClip',
      clip.kind === 'rect' ? { ...clip } : { kind: 'path', vertices: clip.path.length },
    );
  }

  popClip(): void {
    this.record('popClip', {});
  }

  /** Groups what follows (an SVG `<g>`); most raster backends ignore groups. */
  openGroup(name: string, gid?: string): void {
    this.record('openGroup', { name, gid: gid ?? null });
  }

  closeGroup(name: string): void {
    this.record('closeGroup', { name });
  }

  private record(method: string, args: Record<string, unknown>): void {
    this.calls.push({ method, args });
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }
}
