/**
 * Writes a {@link DisplayList} in the binary format described in `format.ts`. Encoding is
 * lossless: each number array goes out in the smallest kind that holds it exactly.
 */
import type { Affine } from '../Affine2D.js';
import { checkFinite, TsplotlibError } from '../errors.js';
import type { Path } from '../Path.js';
import type { Dashes, GraphicsStyle, RGBA, TextStyle } from '../renderer.js';
import { ByteWriter } from './bytes.js';
import type { CollectionOp, DisplayList, DisplayOp, ImageResource } from './format.js';
import { CAP_STYLES, FONT_STYLES, FORMAT_VERSION, JOIN_STYLES, LIMITS, MAGIC, OpCode } from './format.js';

/** Options of {@link encodeDisplayList}. */
export interface EncodeOptions {
  /** Hashes of images the receiver already holds: their pixels are left out of the frame. */
  readonly knownImages?: ReadonlySet<string>;
}

/** True when `v` survives a round trip through Float32 (NaN counts as surviving). */
const fitsFloat32 = (v: number) => Math.fround(v) === v || v !== v;
/** True when `v` is exactly k/255 for an integer k in 0..255. */
const fitsByte = (v: number) => v >= 0 && v <= 1 && Math.round(v * 255) / 255 === v;

/**
 * Encodes one frame. A frame the decoder's {@link LIMITS} would refuse throws here, at the
 * sender, rather than at every receiver.
 */
export function encodeDisplayList(list: DisplayList, options: EncodeOptions = {}): Uint8Array {
  checkLimits(list);
  const w = new ByteWriter();
  for (const b of MAGIC) w.u8(b);
  w.u16(FORMAT_VERSION);
  w.u16(0);
  w.f64(list.width);
  w.f64(list.height);
  w.f64(list.dpi);
  w.u32(list.styles.length);
  for (const s of list.styles) writeStyle(w, s);
  w.u32(list.textStyles.length);
  for (const s of list.textStyles) writeTextStyle(w, s);
  w.u32(list.images.length);
  for (const img of list.images) writeImage(w, img, options.knownImages?.has(img.hash) ?? false);
  w.u32(list.ops.length);
  for (const op of list.ops) writeOp(w, op);
  return w.finish();
}

function checkLimits(list: DisplayList): void {
  const call = 'encodeDisplayList';
  checkFinite(call, 'width', list.width, { positive: true, max: LIMITS.canvasSide });
  checkFinite(call, 'height', list.height, { positive: true, max: LIMITS.canvasSide });
  checkFinite(call, 'dpi', list.dpi, { positive: true });
  const tables = { styles: list.styles, 'text styles': list.textStyles, images: list.images };
  for (const [what, table] of Object.entries(tables))
    if (table.length > LIMITS.tableEntries)
      throw new TsplotlibError(
        call,
        `${table.length} distinct ${what} exceed the limit of ${LIMITS.tableEntries}`,
      );
  if (list.ops.length > LIMITS.ops)
    throw new TsplotlibError(call, `${list.ops.length} ops exceed the limit of ${LIMITS.ops}`);
}

/** A number array as Float32 when that is exact, else Float64. */
function writeNums(w: ByteWriter, values: Float64Array | readonly number[]): void {
  let f32 = true;
  for (let i = 0; i < values.length && f32; i++) f32 = fitsFloat32(values[i]!);
  w.u8(f32 ? 0 : 1);
  w.u32(values.length);
  w.floats(f32 ? Float32Array.from(values) : Float64Array.from(values));
}

function writePath(w: ByteWriter, path: Path): void {
  writeNums(w, path.vertices);
  w.u8(path.codes ? 1 : 0);
  if (path.codes) w.raw(path.codes);
}

function writeAffine(w: ByteWriter, t: Affine): void {
  if (t.isIdentity()) {
    w.u8(0);
    return;
  }
  w.u8(1);
  for (const v of t.toArray()) w.f64(v);
}

function writeRgba(w: ByteWriter, c: RGBA): void {
  for (const v of c) w.f64(v);
}

/** A nullable color: u8 present, then four f64. */
function writeMaybeRgba(w: ByteWriter, c: RGBA | null): void {
  w.u8(c ? 1 : 0);
  if (c) writeRgba(w, c);
}

/** Per-item colors as bytes (k/255), Float32 or Float64, whichever is the smallest exact kind. */
function writeColors(w: ByteWriter, colors: readonly RGBA[]): void {
  let bytes = true;
  let f32 = true;
  for (const c of colors) {
    for (const v of c) {
      bytes &&= fitsByte(v);
      f32 &&= fitsFloat32(v);
    }
  }
  const flat = colors.flat();
  w.u8(bytes ? 0 : f32 ? 1 : 2);
  w.u32(colors.length);
  if (bytes) w.raw(Uint8Array.from(flat, (v) => Math.round(v * 255)));
  else w.floats(f32 ? Float32Array.from(flat) : Float64Array.from(flat));
}

function writeDashes(w: ByteWriter, d: Dashes | null): void {
  w.u8(d ? 1 : 0);
  if (!d) return;
  w.f64(d.offset);
  writeNums(w, d.pattern);
}

/** Optional string: 0 absent, 1 null, 2 a string. */
function writeOptionalString(w: ByteWriter, s: string | null | undefined): void {
  w.u8(s === undefined ? 0 : s === null ? 1 : 2);
  if (typeof s === 'string') w.str(s);
}

function writeStyle(w: ByteWriter, s: GraphicsStyle): void {
  writeMaybeRgba(w, s.fill);
  writeMaybeRgba(w, s.stroke);
  w.f64(s.lineWidth);
  writeDashes(w, s.dashes);
  w.u8(CAP_STYLES.indexOf(s.capStyle));
  w.u8(JOIN_STYLES.indexOf(s.joinStyle));
  w.u8(s.antialiased ? 1 : 0);
  writeOptionalString(w, s.hatch);
  w.u8(s.hatchColor === undefined ? 0 : s.hatchColor === null ? 1 : 2);
  if (s.hatchColor) writeRgba(w, s.hatchColor);
  w.u8(s.snap === undefined ? 0 : s.snap === null ? 1 : s.snap ? 3 : 2);
}

function writeTextStyle(w: ByteWriter, s: TextStyle): void {
  w.str(s.font.family);
  w.f64(s.font.size);
  const weight = s.font.weight;
  w.u8(weight === 'normal' ? 0 : weight === 'bold' ? 1 : 2);
  if (typeof weight === 'number') w.f64(weight);
  w.u8(FONT_STYLES.indexOf(s.font.style));
  writeRgba(w, s.color);
  w.f64(s.angle);
  w.u8(s.antialiased === undefined ? 0 : s.antialiased ? 2 : 1);
}

function writeImage(w: ByteWriter, img: ImageResource, known: boolean): void {
  w.str(img.hash);
  w.u32(img.width);
  w.u32(img.height);
  const send = !known && img.data !== null;
  w.u8(send ? 1 : 0);
  if (send) w.raw(img.data!);
}

function writeCollection(w: ByteWriter, op: CollectionOp): void {
  w.u32(op.paths.length);
  for (const p of op.paths) writePath(w, p);
  w.u32(op.pathTransforms.length);
  for (const t of op.pathTransforms) writeAffine(w, t);
  writeAffine(w, op.masterTransform);
  writeNums(w, op.offsets);
  writeAffine(w, op.offsetTransform);
  writeColors(w, op.facecolors);
  writeColors(w, op.edgecolors);
  writeNums(w, op.linewidths);
  w.u32(op.dashes.length);
  for (const d of op.dashes) writeDashes(w, d);
  w.u8(op.antialiased ? 1 : 0);
  w.u8(CAP_STYLES.indexOf(op.capStyle));
  w.u8(JOIN_STYLES.indexOf(op.joinStyle));
  writeOptionalString(w, op.hatch);
}

function writeOp(w: ByteWriter, op: DisplayOp): void {
  switch (op.op) {
    case 'path':
      w.u8(OpCode.PATH);
      w.u32(op.style);
      writeAffine(w, op.transform);
      writePath(w, op.path);
      return;
    case 'markers':
      w.u8(OpCode.MARKERS);
      w.u32(op.style);
      writeAffine(w, op.transform);
      writePath(w, op.path);
      writeNums(w, op.offsets);
      return;
    case 'collection':
      w.u8(OpCode.COLLECTION);
      writeCollection(w, op);
      return;
    case 'image':
      w.u8(OpCode.IMAGE);
      w.u32(op.image);
      w.f64(op.x);
      w.f64(op.y);
      w.u8(op.alpha === undefined ? 0 : 1);
      if (op.alpha !== undefined) w.f64(op.alpha);
      w.u8(op.smoothing === undefined ? 0 : op.smoothing ? 2 : 1);
      w.u8(op.transform ? 1 : 0);
      if (op.transform) writeAffine(w, op.transform);
      return;
    case 'text':
      w.u8(OpCode.TEXT);
      w.u32(op.style);
      w.f64(op.x);
      w.f64(op.y);
      w.str(op.text);
      return;
    case 'clipRect':
      w.u8(OpCode.CLIP_RECT);
      for (const v of [op.x, op.y, op.width, op.height]) w.f64(v);
      return;
    case 'clipPath':
      w.u8(OpCode.CLIP_PATH);
      writeAffine(w, op.transform);
      writePath(w, op.path);
      return;
    case 'popClip':
      w.u8(OpCode.POP_CLIP);
      return;
    case 'openGroup':
      w.u8(OpCode.OPEN_GROUP);
      w.str(op.name);
      w.u8(op.gid === undefined ? 0 : 1);
      if (op.gid !== undefined) w.str(op.gid);
      return;
    case 'closeGroup':
      w.u8(OpCode.CLOSE_GROUP);
      w.str(op.name);
  }
}
