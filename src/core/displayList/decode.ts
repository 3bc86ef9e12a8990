/**
 * Reads the binary display list (format in `format.ts`) back into a {@link DisplayList}, treating
 * the bytes as untrusted: every length is bounded by the limits and by what remains, every index
 * and enum is checked, clips and groups must nest, and anything wrong throws
 * `TsplotlibError('displayList', …)` naming what was wrong and where.
 */
import { Affine } from '../Affine2D.js';
import { Path, PathCode } from '../Path.js';
import type { Dashes, FontSpec, GraphicsStyle, RasterImage, RGBA, TextStyle } from '../renderer.js';
import { ByteReader, corrupt } from './bytes.js';
import type { CollectionOp, DisplayList, DisplayOp, ImageResource } from './format.js';
import {
  CAP_STYLES,
  FONT_STYLES,
  FORMAT_VERSION,
  HEADER_BYTES,
  JOIN_STYLES,
  LIMITS,
  MAGIC,
  OpCode,
} from './format.js';
import { imageHash } from './imageHash.js';

/** Options of {@link decodeDisplayList}. */
export interface DecodeOptions {
  /**
   * Images the receiver holds, by content hash. Images a frame sends are added to it; images a
   * frame only refers to are taken from it.
   */
  readonly imageCache?: Map<string, RasterImage>;
}

/** An entry of a frame's image table, as {@link frameImages} reports it. */
export interface FrameImage {
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  /** Whether the frame carries the pixels; when false the receiver must have them cached. */
  readonly included: boolean;
}

/** Largest font size accepted, in points. */
const MAX_FONT_SIZE = 1e4;
const VALID_CODES = new Set<number>(Object.values(PathCode));

/** Decodes one frame; throws a `displayList` error on anything malformed. */
export function decodeDisplayList(bytes: Uint8Array, options: DecodeOptions = {}): DisplayList {
  const r = new ByteReader(bytes);
  const { width, height, dpi } = readHeader(r);
  const styles = readTable(r, 'style', readStyle);
  const textStyles = readTable(r, 'text style', readTextStyle);
  const images = readTable(r, 'image', readImage).map((img) => resolveImage(img, options.imageCache));
  const ops = readOps(r, { styles: styles.length, texts: textStyles.length, images: images.length });
  if (r.remaining > 0) corrupt(`${r.remaining} unexpected bytes after the last op`);
  return { width, height, dpi, styles, textStyles, images, ops };
}

/** The images a frame refers to, read from its header and tables only (no pixels are copied out). */
export function frameImages(bytes: Uint8Array): FrameImage[] {
  const r = new ByteReader(bytes);
  readHeader(r);
  readTable(r, 'style', readStyle);
  readTable(r, 'text style', readTextStyle);
  return readTable(r, 'image', readImage).map(({ hash, width, height, data }) => ({
    hash,
    width,
    height,
    included: data !== null,
  }));
}

function readHeader(r: ByteReader): { width: number; height: number; dpi: number } {
  if (r.remaining < MAGIC.length) corrupt(`truncated frame: ${r.remaining} bytes, no header`);
  const magic = MAGIC.map(() => r.u8('magic'));
  if (magic.some((b, i) => b !== MAGIC[i])) corrupt('not a display list (bad magic bytes)');
  if (r.remaining < HEADER_BYTES - MAGIC.length)
    corrupt(
      `truncated frame: the header needs ${HEADER_BYTES} bytes, the frame has ${r.offset + r.remaining}`,
    );
  const version = r.u16('version');
  if (version !== FORMAT_VERSION)
    corrupt(`unsupported format version ${version}; this decoder reads version ${FORMAT_VERSION}`);
  r.u16('flags');
  const width = r.f64('width');
  const height = r.f64('height');
  const dpi = r.f64('dpi');
  for (const [what, v] of [
    ['width', width],
    ['height', height],
  ] as const)
    if (!(v > 0 && v <= LIMITS.canvasSide)) corrupt(`invalid ${what} ${v} in the header`);
  if (!(dpi > 0 && dpi < Infinity)) corrupt(`invalid dpi ${dpi} in the header`);
  return { width, height, dpi };
}

function readTable<T>(r: ByteReader, what: string, read: (r: ByteReader) => T): T[] {
  const n = r.count(`${what} count`, 1, LIMITS.tableEntries);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read(r));
  return out;
}

function readNums(r: ByteReader, what: string): Float64Array {
  const size = r.tag(`${what} kind`, 2) === 0 ? 4 : 8;
  const n = r.count(`${what} count`, size);
  return r.floats(n, size, what);
}

function readPath(r: ByteReader): Path {
  const vertices = readNums(r, 'path vertices');
  if (vertices.length % 2 !== 0) corrupt(`path has an odd number of coordinates (${vertices.length})`);
  if (r.tag('path codes flag', 2) === 0) return new Path(vertices);
  const codes = r.raw(vertices.length / 2, 'path codes');
  for (const c of codes) if (!VALID_CODES.has(c)) corrupt(`invalid path code ${c}`);
  return new Path(vertices, codes);
}

function readAffine(r: ByteReader): Affine {
  if (r.tag('transform kind', 2) === 0) return Affine.IDENTITY;
  const m = [0, 0, 0, 0, 0, 0].map(() => r.f64('transform'));
  return new Affine(...(m as [number, number, number, number, number, number]));
}

function readRgba(r: ByteReader): RGBA {
  return [r.f64('color'), r.f64('color'), r.f64('color'), r.f64('color')];
}

function readMaybeRgba(r: ByteReader): RGBA | null {
  return r.tag('color flag', 2) ? readRgba(r) : null;
}

function readColors(r: ByteReader): RGBA[] {
  const kind = r.tag('colors kind', 3);
  const size = kind === 0 ? 1 : kind === 1 ? 4 : 8;
  const n = r.count('color count', 4 * size);
  const flat =
    kind === 0
      ? Float64Array.from(r.raw(4 * n, 'colors'), (b) => b / 255)
      : r.floats(4 * n, size as 4 | 8, 'colors');
  const out: RGBA[] = [];
  for (let i = 0; i < n; i++) out.push([flat[4 * i]!, flat[4 * i + 1]!, flat[4 * i + 2]!, flat[4 * i + 3]!]);
  return out;
}

function readDashes(r: ByteReader): Dashes | null {
  if (r.tag('dashes flag', 2) === 0) return null;
  const offset = r.f64('dash offset');
  return { offset, pattern: [...readNums(r, 'dash pattern')] };
}

function readOptionalString(r: ByteReader, what: string): string | null | undefined {
  const tag = r.tag(`${what} tag`, 3);
  return tag === 0 ? undefined : tag === 1 ? null : r.str(what, LIMITS.stringBytes);
}

function readStyle(r: ByteReader): GraphicsStyle {
  const fill = readMaybeRgba(r);
  const stroke = readMaybeRgba(r);
  const lineWidth = r.f64('line width');
  const dashes = readDashes(r);
  const capStyle = CAP_STYLES[r.tag('cap style', CAP_STYLES.length)]!;
  const joinStyle = JOIN_STYLES[r.tag('join style', JOIN_STYLES.length)]!;
  const antialiased = r.tag('antialiased flag', 2) === 1;
  const style: { -readonly [K in keyof GraphicsStyle]: GraphicsStyle[K] } = {
    ...{ fill, stroke, lineWidth, dashes, capStyle, joinStyle, antialiased },
  };
  const hatch = readOptionalString(r, 'hatch');
  if (hatch !== undefined) style.hatch = hatch;
  const hatchTag = r.tag('hatch color tag', 3);
  if (hatchTag > 0) style.hatchColor = hatchTag === 1 ? null : readRgba(r);
  const snap = r.tag('snap tag', 4);
  if (snap > 0) style.snap = snap === 1 ? null : snap === 3;
  return Object.freeze(style);
}

function readTextStyle(r: ByteReader): TextStyle {
  const family = r.str('font family', LIMITS.stringBytes);
  const size = r.f64('font size');
  if (!(size >= 0 && size <= MAX_FONT_SIZE)) corrupt(`invalid font size ${size}`);
  const weightTag = r.tag('font weight', 3);
  const weight = weightTag === 0 ? 'normal' : weightTag === 1 ? 'bold' : r.f64('font weight');
  const fontStyle = FONT_STYLES[r.tag('font style', FONT_STYLES.length)]!;
  const font: FontSpec = { family, size, weight, style: fontStyle };
  const color = readRgba(r);
  const angle = r.f64('text angle');
  const aa = r.tag('text antialiased tag', 3);
  return aa === 0 ? { font, color, angle } : { font, color, angle, antialiased: aa === 2 };
}

function readImage(r: ByteReader): ImageResource {
  const hash = r.str('image hash', 256);
  const width = r.u32('image width');
  const height = r.u32('image height');
  if (width > LIMITS.imageSide || height > LIMITS.imageSide)
    corrupt(`image ${hash} of ${width}x${height} px exceeds ${LIMITS.imageSide} px a side`);
  if (r.tag('image pixels flag', 2) === 0) return { hash, width, height, data: null };
  const data = new Uint8ClampedArray(r.raw(width * height * 4, `pixels of image ${hash}`).buffer);
  return { hash, width, height, data };
}

/** Checks sent pixels against their hash and caches them, or takes unsent ones from the cache. */
function resolveImage(img: ImageResource, cache: Map<string, RasterImage> | undefined): ImageResource {
  if (img.data) {
    if (imageHash(img as RasterImage) !== img.hash)
      corrupt(`pixels of image ${img.hash} do not match its hash`);
    cache?.set(img.hash, img as RasterImage);
    return img;
  }
  const cached = cache?.get(img.hash);
  if (!cached) corrupt(`the frame needs image ${img.hash}, which is not in the image cache`);
  if (cached.width !== img.width || cached.height !== img.height)
    corrupt(
      `cached image ${img.hash} is ${cached.width}x${cached.height} px, the frame says ${img.width}x${img.height}`,
    );
  return { ...img, data: cached.data };
}

/** The table sizes ops may refer into. */
interface Tables {
  readonly styles: number;
  readonly texts: number;
  readonly images: number;
}

/** Reads the op stream, checking the nesting of clips and groups. */
function readOps(r: ByteReader, tables: Tables): DisplayOp[] {
  const n = r.count('op count', 1, LIMITS.ops);
  const depth = { clip: 0, group: 0 };
  const ops: DisplayOp[] = [];
  for (let i = 0; i < n; i++) {
    const op = readOp(r, tables, i, n);
    const kind = op.op === 'clipRect' || op.op === 'clipPath' || op.op === 'popClip' ? 'clip' : 'group';
    const delta = NESTING[op.op];
    if (delta !== undefined) {
      depth[kind] += delta;
      if (depth[kind] < 0) corrupt(`${kind} closed more often than opened (op ${i})`);
      if (depth[kind] > LIMITS.nesting) corrupt(`${kind}s nested deeper than ${LIMITS.nesting}`);
    }
    ops.push(op);
  }
  if (depth.clip || depth.group)
    corrupt(`the frame ends with ${depth.clip} clips and ${depth.group} groups open`);
  return ops;
}

/** How each op changes the depth of clips or groups. */
const NESTING: Partial<Record<DisplayOp['op'], 1 | -1>> = {
  clipRect: 1,
  clipPath: 1,
  popClip: -1,
  openGroup: 1,
  closeGroup: -1,
};

/** A u32 index that must fall inside a table of `count` entries. */
function readIndex(r: ByteReader, what: string, count: number): number {
  const i = r.u32(what);
  if (i >= count) corrupt(`${what} ${i} out of range (the table has ${count})`);
  return i;
}

/** Reads op `i` of `n`: its opcode, then its operands. */
function readOp(r: ByteReader, tables: Tables, i: number, n: number): DisplayOp {
  const code = r.u8('opcode');
  switch (code) {
    case OpCode.PATH: {
      const style = readIndex(r, 'style index', tables.styles);
      const transform = readAffine(r);
      return { op: 'path', style, transform, path: readPath(r) };
    }
    case OpCode.MARKERS: {
      const style = readIndex(r, 'style index', tables.styles);
      const transform = readAffine(r);
      const path = readPath(r);
      return { op: 'markers', style, transform, path, offsets: readNums(r, 'marker offsets') };
    }
    case OpCode.COLLECTION:
      return readCollection(r);
    case OpCode.IMAGE:
      return readImageOp(r, readIndex(r, 'image index', tables.images));
    case OpCode.TEXT: {
      const style = readIndex(r, 'text style index', tables.texts);
      const x = r.f64('text x');
      const y = r.f64('text y');
      return { op: 'text', style, x, y, text: r.str('text', LIMITS.stringBytes) };
    }
    case OpCode.CLIP_RECT: {
      const x = r.f64('clip x');
      const y = r.f64('clip y');
      const width = r.f64('clip width');
      return { op: 'clipRect', x, y, width, height: r.f64('clip height') };
    }
    case OpCode.CLIP_PATH: {
      const transform = readAffine(r);
      return { op: 'clipPath', transform, path: readPath(r) };
    }
    case OpCode.POP_CLIP:
      return { op: 'popClip' };
    case OpCode.OPEN_GROUP: {
      const name = r.str('group name', LIMITS.stringBytes);
      const gid = r.tag('group id flag', 2) ? r.str('group id', LIMITS.stringBytes) : undefined;
      return gid === undefined ? { op: 'openGroup', name } : { op: 'openGroup', name, gid };
    }
    case OpCode.CLOSE_GROUP:
      return { op: 'closeGroup', name: r.str('group name', LIMITS.stringBytes) };
    default:
      return corrupt(`unknown opcode ${code} at offset ${r.offset - 1} (op ${i} of ${n})`);
  }
}

function readImageOp(r: ByteReader, image: number): DisplayOp {
  const x = r.f64('image x');
  const y = r.f64('image y');
  const alpha = r.tag('image alpha flag', 2) ? r.f64('image alpha') : undefined;
  const smoothing = r.tag('image smoothing tag', 3);
  const transform = r.tag('image transform flag', 2) ? readAffine(r) : undefined;
  return {
    ...{ op: 'image', image, x, y },
    ...(alpha === undefined ? {} : { alpha }),
    ...(smoothing === 0 ? {} : { smoothing: smoothing === 2 }),
    ...(transform === undefined ? {} : { transform }),
  };
}

function readCollection(r: ByteReader): CollectionOp {
  const nPaths = r.count('collection path count', 6);
  const paths: Path[] = [];
  for (let i = 0; i < nPaths; i++) paths.push(readPath(r));
  const nTransforms = r.count('collection transform count', 1);
  const pathTransforms: Affine[] = [];
  for (let i = 0; i < nTransforms; i++) pathTransforms.push(readAffine(r));
  const masterTransform = readAffine(r);
  const offsets = readNums(r, 'collection offsets');
  if (offsets.length % 2 !== 0)
    corrupt(`collection has an odd number of offset coordinates (${offsets.length})`);
  const offsetTransform = readAffine(r);
  const facecolors = readColors(r);
  const edgecolors = readColors(r);
  const linewidths = [...readNums(r, 'collection line widths')];
  const nDashes = r.count('collection dash count', 1);
  const dashes: (Dashes | null)[] = [];
  for (let i = 0; i < nDashes; i++) dashes.push(readDashes(r));
  const antialiased = r.tag('antialiased flag', 2) === 1;
  const capStyle = CAP_STYLES[r.tag('cap style', CAP_STYLES.length)]!;
  const joinStyle = JOIN_STYLES[r.tag('join style', JOIN_STYLES.length)]!;
  const hatch = readOptionalString(r, 'hatch');
  const op: CollectionOp = {
    ...{ op: 'collection', paths, pathTransforms, masterTransform, offsets, offsetTransform },
    ...{ facecolors, edgecolors, linewidths, dashes, antialiased, capStyle, joinStyle },
  };
  return hatch === undefined ? op : { ...op, hatch };
}
