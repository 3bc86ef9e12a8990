/**
 * Canvas providers: the ~50-line modules that give the raster backend a Canvas 2D surface and an
 * encoder (DESIGN.md section 5). The renderer itself speaks only the standard Canvas 2D API, which
 * this file declares as the small interfaces below, so the same code runs on `@napi-rs/canvas`
 * (the default), node-canvas and, later, a browser canvas.
 *
 * Providers are looked up by name and loaded on first use, so a missing optional package only
 * matters to the caller who selected it.
 */
import { TsplotlibError, suggestion } from '../../core/errors.js';
import type { PathSink } from '../../core/Path.js';
import { rcParams } from '../../core/rcParams.js';
import type { RasterImage } from '../../core/renderer.js';

/** A Path2D object: a reusable path the context can fill or stroke many times. */
export type Path2DLike = PathSink;

/** Pixel data as Canvas ImageData: straight RGBA, rows from the top. */
export interface ImageDataLike {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** The subset of `CanvasRenderingContext2D` the raster renderer uses. */
export interface Canvas2DContext extends PathSink {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: 'butt' | 'round' | 'square';
  lineJoin: 'miter' | 'round' | 'bevel';
  miterLimit: number;
  lineDashOffset: number;
  globalAlpha: number;
  imageSmoothingEnabled: boolean;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  fill(path?: Path2DLike): void;
  stroke(path?: Path2DLike): void;
  clip(): void;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  clearRect(x: number, y: number, width: number, height: number): void;
  createPattern(image: CanvasLike, repetition: 'repeat'): unknown;
  createImageData(width: number, height: number): ImageDataLike;
  putImageData(image: ImageDataLike, dx: number, dy: number): void;
  getImageData(sx: number, sy: number, sw: number, sh: number): ImageDataLike;
  drawImage(image: CanvasLike, dx: number, dy: number): void;
}

/** A canvas: a size and a 2D context. */
export interface CanvasLike {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): Canvas2DContext;
}

/** The raster formats a provider may encode. */
export type RasterFormat = 'png' | 'jpeg' | 'webp';

/** Encoder settings: quality (0..100) for lossy formats, text metadata and resolution for PNG/JPEG. */
export interface EncodeOptions {
  readonly quality?: number;
  readonly dpi?: number;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** What a provider offers: surfaces, optional Path2D, encoders. */
export interface CanvasProvider {
  readonly name: string;
  createCanvas(width: number, height: number): CanvasLike;
  /** A fresh Path2D when the environment has one; markers are then built once and stamped. */
  createPath2D?(): Path2DLike;
  /** Formats `encode` supports. */
  readonly formats: readonly RasterFormat[];
  encode(canvas: CanvasLike, format: RasterFormat, options: EncodeOptions): Uint8Array;
}

/** Loads a provider synchronously; throws when its package is missing. */
export type ProviderLoader = () => CanvasProvider;

const loaders = new Map<string, ProviderLoader>();
const loaded = new Map<string, CanvasProvider>();

/** The provider `rcParams['canvas.provider']` names by default (`@napi-rs/canvas`). */
export const DEFAULT_CANVAS_PROVIDER = 'napi';

/** Registers a provider loader under a case-insensitive name (a browser build registers its own). */
export function registerCanvasProvider(name: string, loader: ProviderLoader): void {
  const key = name.toLowerCase();
  loaders.set(key, loader);
  loaded.delete(key);
}

/** Names of the registered providers. */
export function canvasProviderNames(): string[] {
  return [...loaders.keys()].sort();
}

/**
 * The provider called `name`, loaded on first use. Without a name it is `rcParams['canvas.provider']`
 * (default {@link DEFAULT_CANVAS_PROVIDER}), read at each call, so `savefig` and `toBuffer` inside
 * `rcContext({ 'canvas.provider': 'node-canvas' }, ...)` render on node-canvas.
 */
export function getCanvasProvider(
  name: string = rcParams.get('canvas.provider'),
  call = 'savefig',
): CanvasProvider {
  const key = name.toLowerCase();
  const cached = loaded.get(key);
  if (cached) return cached;
  const loader = loaders.get(key);
  if (!loader) {
    const known = canvasProviderNames();
    throw new TsplotlibError(
      call,
      `unknown canvas provider ${JSON.stringify(name)}${suggestion(key, known)}; known providers: ${known.join(', ')}`,
    );
  }
  const provider = loader();
  loaded.set(key, provider);
  return provider;
}

/** Copies a provider's ImageData into a RasterImage (straight RGBA, rows from the top). */
export function readPixels(canvas: CanvasLike): RasterImage {
  const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data) };
}

/** Thrown by loaders when an optional package is not installed. */
export function missingPackage(call: string, provider: string, pkg: string, cause: unknown): TsplotlibError {
  const err = new TsplotlibError(
    call,
    `canvas provider "${provider}" needs the package "${pkg}", which could not be loaded (install it with \`npm install ${pkg}\`)`,
  );
  (err as Error & { cause?: unknown }).cause = cause;
  return err;
}
