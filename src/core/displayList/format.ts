/**
 * The display list: one frame of a figure as a compact, versioned binary message that can be
 * replayed later on any {@link Renderer} (DESIGN.md sections 2 and 7). This module holds the
 * in-memory model, the wire constants and the decoder's limits; `encode.ts` and `decode.ts` hold
 * the two directions.
 *
 * ## Wire format, version 1 (all numbers little-endian)
 *
 * ```
 * header   u8[4] magic "TPDL" · u16 version (1) · u16 flags (0) · f64 width · f64 height · f64 dpi
 * styles   u32 count, then GraphicsStyle entries      (ops refer to them by index)
 * texts    u32 count, then TextStyle entries          (text ops refer to them by index)
 * images   u32 count, then image entries              (image ops refer to them by index)
 * ops      u32 count, then ops: u8 opcode + operands
 * ```
 *
 * Building blocks: `str` is u32 byte length + UTF-8; `nums` is u8 kind (0 Float32, 1 Float64) +
 * u32 count + the values; `path` is `nums` vertices (x, y pairs) + u8 hasCodes (+ one u8 code per
 * vertex); `affine` is u8 kind (0 identity, 1 six f64 a b c d e f); `rgba?` is u8 present + 4 f64;
 * `colors` is u8 kind (0 Uint8 k/255, 1 Float32, 2 Float64) + u32 count + 4 values per color;
 * `dashes?` is u8 present + f64 offset + `nums` pattern. Optional style fields carry a u8 tag
 * that tells absent, null and each value apart, so a decoded style equals the recorded one.
 *
 * Image entries are `str` content hash ({@link imageHash}) · u32 width · u32 height · u8 hasPixels
 * (+ width·height·4 RGBA bytes). A frame omits the pixels of images the receiver already holds
 * (`finish({ knownImages })`) and the decoder takes them from its image cache: images are sent
 * once and reused.
 *
 * Ops: 1 path (u32 style, affine, path) · 2 markers (u32 style, affine, path, nums offsets) ·
 * 3 collection (u32 n + n paths, u32 n + n affines, master affine, nums offsets, offset affine,
 * colors faces, colors edges, nums widths, u32 n + n dashes?, u8 antialiased, u8 cap, u8 join,
 * hatch tag) · 4 image (u32 image, f64 x, f64 y, alpha tag, smoothing tag, u8 present + affine) ·
 * 5 text (u32 text style, f64 x, f64 y, str) · 6 clip rect (4 f64) · 7 clip path (affine, path) ·
 * 8 pop clip · 9 open group (str name, u8 present + str gid) · 10 close group (str name).
 *
 * ## Why Float32 vertices, and where Float64 stays
 *
 * The encoder writes each number array in the smallest kind that holds it exactly (Float32 when
 * every value survives `Math.fround`), so encoding never loses anything. The recorder decides the
 * precision: by default it maps geometry into display pixels and rounds it to Float32, which is
 * what canvas rasterizers (Skia, Cairo) use internally anyway; 24 bits of mantissa keep 1/64 px up
 * to 2^18 px, far beyond any canvas. Data coordinates are not safe in Float32 (epoch seconds lose
 * whole minutes), which is why the rounding happens only after the transform to pixels, and why
 * transforms, text and image positions, widths and styles stay Float64.
 */
import type { Affine } from '../Affine2D.js';
import type { Path } from '../Path.js';
import type { CapStyle, GraphicsStyle, JoinStyle, PathCollectionSpec, TextStyle } from '../renderer.js';

/** The four magic bytes every frame starts with: "TPDL". */
export const MAGIC = [0x54, 0x50, 0x44, 0x4c] as const;
/** The format version this module writes and reads. */
export const FORMAT_VERSION = 1;
/** Bytes before the first section. */
export const HEADER_BYTES = 32;

/** Opcodes of the op stream. */
export const OpCode = {
  PATH: 1,
  MARKERS: 2,
  COLLECTION: 3,
  IMAGE: 4,
  TEXT: 5,
  CLIP_RECT: 6,
  CLIP_PATH: 7,
  POP_CLIP: 8,
  OPEN_GROUP: 9,
  CLOSE_GROUP: 10,
} as const;

/** What the decoder accepts from untrusted input; larger claims fail before any allocation. */
export const LIMITS = Object.freeze({
  /** Ops in one frame. */
  ops: 1 << 22,
  /** Entries of the style, text style and image tables. */
  tableEntries: 1 << 16,
  /** Canvas side in pixels (where Float32 still keeps 1/64 px). */
  canvasSide: 1 << 18,
  /** Image side in pixels. */
  imageSide: 1 << 15,
  /** UTF-8 bytes of one string. */
  stringBytes: 1 << 20,
  /** Nesting depth of clips and of groups. */
  nesting: 1 << 12,
});

/** Cap styles and join styles in wire order. */
export const CAP_STYLES: readonly CapStyle[] = ['butt', 'round', 'projecting'];
export const JOIN_STYLES: readonly JoinStyle[] = ['miter', 'round', 'bevel'];
/** Font styles in wire order. */
export const FONT_STYLES = ['normal', 'italic', 'oblique'] as const;

/** An image of a frame: its content hash, size and pixels (null when the receiver already holds them). */
export interface ImageResource {
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray | null;
}

/** A path collection as recorded: the renderer's {@link PathCollectionSpec} itself, tagged. */
export interface CollectionOp extends PathCollectionSpec {
  readonly op: 'collection';
}

/** One recorded renderer call. Style, text style and image fields are indices into the tables. */
export type DisplayOp =
  | { readonly op: 'path'; readonly path: Path; readonly transform: Affine; readonly style: number }
  | {
      readonly op: 'markers';
      readonly path: Path;
      readonly transform: Affine;
      readonly offsets: Float64Array;
      readonly style: number;
    }
  | CollectionOp
  | {
      readonly op: 'image';
      readonly image: number;
      readonly x: number;
      readonly y: number;
      readonly alpha?: number;
      readonly smoothing?: boolean;
      readonly transform?: Affine;
    }
  | {
      readonly op: 'text';
      readonly text: string;
      readonly x: number;
      readonly y: number;
      readonly style: number;
    }
  | {
      readonly op: 'clipRect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly op: 'clipPath'; readonly path: Path; readonly transform: Affine }
  | { readonly op: 'popClip' }
  | { readonly op: 'openGroup'; readonly name: string; readonly gid?: string }
  | { readonly op: 'closeGroup'; readonly name: string };

/** One frame in memory: what the recorder builds, the encoder writes and the decoder returns. */
export interface DisplayList {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly styles: readonly GraphicsStyle[];
  readonly textStyles: readonly TextStyle[];
  readonly images: readonly ImageResource[];
  readonly ops: readonly DisplayOp[];
}
