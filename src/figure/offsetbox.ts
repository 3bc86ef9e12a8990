/**
 * Offset boxes: containers that lay their children out in display pixels at draw time
 * (matplotlib's `offsetbox.py`). The legend is built from them: a {@link DrawingArea} per handle, a
 * {@link TextArea} per label, {@link HPacker}s and {@link VPacker}s to stack them into rows,
 * columns and the whole box.
 *
 * Every box reports its extent as `width, height, xdescent, ydescent` in pixels: the box spans
 * `(x - xdescent, y - ydescent)` to that plus `(width, height)` when its offset is `(x, y)`. Pads and
 * separations are given in points and scaled by `renderer.pointsToPixels(1)` at layout time, so a
 * change of dpi re-lays the box out.
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { checkChoice } from '../core/errors.js';
import { measureText } from '../core/font/index.js';
import type { Renderer } from '../core/renderer.js';
import { Affine2D } from '../core/transforms.js';
import { Artist } from './Artist.js';
import { Text, type TextOptions } from './Text.js';

/** What layout needs from a renderer: its dpi and the points-to-pixels factor. */
export type LayoutRenderer = Pick<Renderer, 'dpi' | 'pointsToPixels'>;

/** A layout-only renderer at `dpi`, for extents asked for outside a draw. */
export function layoutRenderer(dpi: number): LayoutRenderer {
  return { dpi, pointsToPixels: (points: number) => (points * dpi) / 72 };
}

/** A box's size and the position of its reference point inside it, in pixels. */
export interface Extent {
  width: number;
  height: number;
  xdescent: number;
  ydescent: number;
}

/** A fixed offset in pixels, or a function of the box's extent (how the legend places itself). */
export type OffsetSpec =
  readonly [number, number] | ((extent: Extent, renderer: LayoutRenderer) => [number, number]);

/** Alignment of packed children across the packing direction. */
export type PackAlign = 'baseline' | 'left' | 'top' | 'right' | 'bottom' | 'center';
/** How packed children share the packing direction. */
export type PackMode = 'fixed' | 'expand' | 'equal';

const ALIGNS: readonly PackAlign[] = ['baseline', 'left', 'top', 'right', 'bottom', 'center'];
const MODES: readonly PackMode[] = ['fixed', 'expand', 'equal'];

/**
 * Places boxes given as `(length, descent)` one after another (matplotlib's `_get_packed_offsets`,
 * described for a horizontal layout). Returns the total length and each box's start offset.
 */
export function packedOffsets(
  lengths: readonly number[],
  total: number | null,
  sep: number | null,
  mode: PackMode = 'fixed',
): { total: number; offsets: number[] } {
  const n = lengths.length;
  if (mode === 'fixed' || mode === 'expand') {
    let gap = sep ?? 0;
    let length = total;
    if (mode === 'expand') {
      // matplotlib treats a missing total as 1 here, so that tight layout never sees a TypeError.
      length ??= 1;
      gap = n > 1 ? (length - lengths.reduce((a, b) => a + b, 0)) / (n - 1) : 0;
    }
    const offsets: number[] = [];
    let x = 0;
    for (const w of lengths) {
      offsets.push(x);
      x += w + gap;
    }
    return { total: length ?? x - gap, offsets };
  }
  const maxw = Math.max(...lengths);
  let gap: number;
  let length: number;
  if (total === null) {
    if (sep === null)
      throw new RangeError("packedOffsets: total and sep cannot both be null in mode 'equal'");
    gap = sep;
    length = (maxw + sep) * n;
  } else {
    length = total;
    gap = total / n - maxw;
  }
  return { total: length, offsets: lengths.map((_, i) => (maxw + gap) * i) };
}

/**
 * Aligns boxes given as `(height, descent)` across the packing direction (matplotlib's
 * `_get_aligned_offsets`, described for a horizontal layout). Returns the total height, the
 * descent of the packing and each box's bottom offset.
 */
export function alignedOffsets(
  boxes: ReadonlyArray<readonly [height: number, descent: number]>,
  height: number | null,
  align: PackAlign = 'baseline',
): { height: number; descent: number; offsets: number[] } {
  let h = height ?? Math.max(...boxes.map(([bh]) => bh));
  if (align === 'baseline') {
    const above = Math.max(...boxes.map(([bh, d]) => bh - d));
    const descent = Math.max(...boxes.map(([, d]) => d));
    h = above + descent;
    return { height: h, descent, offsets: boxes.map(() => 0) };
  }
  if (align === 'left' || align === 'top') return { height: h, descent: 0, offsets: boxes.map(([, d]) => d) };
  if (align === 'right' || align === 'bottom') {
    return { height: h, descent: 0, offsets: boxes.map(([bh, d]) => h - bh + d) };
  }
  return { height: h, descent: 0, offsets: boxes.map(([bh, d]) => (h - bh) * 0.5 + d) };
}

/** A container artist whose children are drawn at positions relative to its own (matplotlib's OffsetBox). */
export abstract class OffsetBox extends Artist {
  protected offset: OffsetSpec = [0, 0];
  protected children: Artist[] = [];

  constructor() {
    super();
    // Clipping is not implemented for offset boxes in matplotlib either.
    this._clipOn = false;
  }

  /** Sets the offset in pixels, or a function computing it from the extent at layout time. */
  setOffset(xy: OffsetSpec): this {
    this.offset = xy;
    this.changed();
    return this;
  }
  /** The offset for the given extent. */
  getOffset(extent: Extent, renderer: LayoutRenderer): [number, number] {
    return typeof this.offset === 'function'
      ? this.offset(extent, renderer)
      : [this.offset[0], this.offset[1]];
  }
  getChildren(): readonly Artist[] {
    return this.children;
  }
  getVisibleChildren(): Artist[] {
    return this.children.filter((c) => c.getVisible());
  }

  /** Lays the children out: the box's extent and each visible child's offset from the box's offset. */
  abstract getExtentOffsets(renderer: LayoutRenderer): { extent: Extent; offsets: Array<[number, number]> };

  getExtent(renderer: LayoutRenderer): Extent {
    return this.getExtentOffsets(renderer).extent;
  }

  /** The box in display pixels; without a renderer, lengths are laid out at 72 dpi. */
  override getWindowExtent(renderer?: LayoutRenderer): Bbox {
    const r = renderer ?? layoutRenderer(72);
    const { extent } = this.getExtentOffsets(r);
    const [px, py] = this.getOffset(extent, r);
    return Bbox.fromBounds(px - extent.xdescent, py - extent.ydescent, extent.width, extent.height);
  }

  override draw(renderer: Renderer): void {
    const { extent, offsets } = this.getExtentOffsets(renderer);
    const [px, py] = this.getOffset(extent, renderer);
    this.getVisibleChildren().forEach((c, i) => {
      const [ox, oy] = offsets[i]!;
      if (c instanceof OffsetBox) c.setOffset([px + ox, py + oy]);
      c.draw(renderer);
    });
    this.stale = false;
  }
}

/** Options shared by {@link HPacker} and {@link VPacker}. Lengths are in points. */
export interface PackerOptions {
  /** Space around the packed children. */
  pad?: number;
  /** Space between the children. */
  sep?: number;
  /** Fixed width; null packs to the children's size. */
  width?: number | null;
  height?: number | null;
  align?: PackAlign;
  mode?: PackMode;
}

/** Common state of the two packers (matplotlib's PackerBase). */
export abstract class PackerBase extends OffsetBox {
  pad: number;
  sep: number;
  width: number | null;
  height: number | null;
  align: PackAlign;
  mode: PackMode;
  protected override children: OffsetBox[];

  constructor(children: OffsetBox[], o: PackerOptions = {}) {
    super();
    this.children = children;
    this.pad = o.pad ?? 0;
    this.sep = o.sep ?? 0;
    this.width = o.width ?? null;
    this.height = o.height ?? null;
    this.align = checkChoice(this.constructor.name, 'align', o.align ?? 'baseline', ALIGNS);
    this.mode = checkChoice(this.constructor.name, 'mode', o.mode ?? 'fixed', MODES);
  }
  override getVisibleChildren(): OffsetBox[] {
    return this.children.filter((c) => c.getVisible());
  }
  /** Sets a fixed width in pixels (used by the legend's 'expand' mode). */
  setWidth(width: number | null): this {
    this.width = width;
    this.changed();
    return this;
  }
}

/** Packs its children top to bottom (matplotlib's VPacker). */
export class VPacker extends PackerBase {
  override getExtentOffsets(renderer: LayoutRenderer): { extent: Extent; offsets: Array<[number, number]> } {
    const dpicor = renderer.pointsToPixels(1);
    const pad = this.pad * dpicor;
    const sep = this.sep * dpicor;
    const visible = this.getVisibleChildren();
    if (this.width !== null) {
      for (const c of visible) if (c instanceof PackerBase && c.mode === 'expand') c.setWidth(this.width);
    }
    // Vertically, a child's "descent" is measured from its top, so packing runs downwards.
    const exts = visible.map((c) => c.getExtent(renderer));
    if (exts.length === 0)
      return { extent: { width: 2 * pad, height: 2 * pad, xdescent: pad, ydescent: pad }, offsets: [] };
    const across = alignedOffsets(
      exts.map((e) => [e.width, e.xdescent] as const),
      this.width,
      this.align,
    );
    const topDescents = exts.map((e) => e.height - e.ydescent);
    const packed = packedOffsets(
      exts.map((e) => e.height),
      this.height,
      sep,
      this.mode,
    );
    const height = packed.total;
    const ys = packed.offsets.map((y, i) => y + topDescents[i]!);
    const ydescent = height - ys[0]!;
    const offsets = ys.map((y, i): [number, number] => [across.offsets[i]!, height - y - ydescent]);
    return {
      extent: {
        width: across.height + 2 * pad,
        height: height + 2 * pad,
        xdescent: across.descent + pad,
        ydescent: ydescent + pad,
      },
      offsets,
    };
  }
}

/** Packs its children left to right (matplotlib's HPacker). */
export class HPacker extends PackerBase {
  override getExtentOffsets(renderer: LayoutRenderer): { extent: Extent; offsets: Array<[number, number]> } {
    const dpicor = renderer.pointsToPixels(1);
    const pad = this.pad * dpicor;
    const sep = this.sep * dpicor;
    const exts = this.getVisibleChildren().map((c) => c.getExtent(renderer));
    if (exts.length === 0)
      return { extent: { width: 2 * pad, height: 2 * pad, xdescent: pad, ydescent: pad }, offsets: [] };
    const across = alignedOffsets(
      exts.map((e) => [e.height, e.ydescent] as const),
      this.height,
      this.align,
    );
    const packed = packedOffsets(
      exts.map((e) => e.width),
      this.width,
      sep,
      this.mode,
    );
    const xdescent = exts[0]!.xdescent;
    const offsets = packed.offsets.map((x, i): [number, number] => [
      x + exts[i]!.xdescent - xdescent,
      across.offsets[i]!,
    ]);
    return {
      extent: {
        width: packed.total + 2 * pad,
        height: across.height + 2 * pad,
        xdescent: xdescent + pad,
        ydescent: across.descent + pad,
      },
      offsets,
    };
  }
}

/**
 * A fixed-size box, in points, that holds arbitrary artists drawn in its own coordinates: points
 * from its reference point (matplotlib's DrawingArea). Legend handles live in one.
 */
export class DrawingArea extends OffsetBox {
  /** Maps the area's coordinates (points from the reference point) to display pixels. */
  private readonly childTransform = new Affine2D();
  private dpiCor = 1;
  private xy: [number, number] = [0, 0];

  constructor(
    readonly width: number,
    readonly height: number,
    readonly xdescent = 0,
    readonly ydescent = 0,
  ) {
    super();
  }

  /** The transform children are drawn with: points to pixels, then the offset. */
  override getTransform(): Affine2D {
    return this.childTransform;
  }
  override setOffset(xy: OffsetSpec): this {
    if (typeof xy === 'function')
      throw new TypeError('DrawingArea.setOffset: the offset must be a fixed point');
    this.xy = [xy[0], xy[1]];
    this.updateTransform();
    this.changed();
    return this;
  }
  override getOffset(): [number, number] {
    return [...this.xy];
  }
  /** Adds an artist drawn in the area's coordinates. */
  addArtist(a: Artist): void {
    this.children.push(a);
    if (!a.isTransformSet()) a.setTransform(this.childTransform);
  }
  override getExtentOffsets(renderer: LayoutRenderer): { extent: Extent; offsets: Array<[number, number]> } {
    const c = renderer.pointsToPixels(1);
    return {
      extent: {
        width: this.width * c,
        height: this.height * c,
        xdescent: this.xdescent * c,
        ydescent: this.ydescent * c,
      },
      offsets: [],
    };
  }
  override draw(renderer: Renderer): void {
    this.dpiCor = renderer.pointsToPixels(1);
    this.updateTransform();
    for (const c of this.children) c.draw(renderer);
    this.stale = false;
  }
  private updateTransform(): void {
    this.childTransform.setMatrix(
      Affine.scaling(this.dpiCor).then(Affine.translation(this.xy[0], this.xy[1])),
    );
  }
}

/**
 * A box around one {@link Text}, anchored at its baseline start (matplotlib's TextArea). With
 * `multilinebaseline`, a multi-line text is centred on where a single line's baseline would be, so
 * legend entries with several lines sit level with one-line entries.
 */
export class TextArea extends OffsetBox {
  readonly text: Text;
  multilinebaseline: boolean;
  private xy: [number, number] = [0, 0];
  private baselineShift = 0;
  private readonly textTransform = new Affine2D();

  constructor(s: string, textprops: TextOptions = {}, multilinebaseline = false) {
    super();
    this.text = new Text(0, 0, s, textprops, 'TextArea');
    this.text.setTransform(this.textTransform);
    this.children = [this.text];
    this.multilinebaseline = multilinebaseline;
  }

  setText(s: string): this {
    this.text.setText(s);
    this.changed();
    return this;
  }
  getText(): string {
    return this.text.getText();
  }
  override setOffset(xy: OffsetSpec): this {
    if (typeof xy === 'function') throw new TypeError('TextArea.setOffset: the offset must be a fixed point');
    this.xy = [xy[0], xy[1]];
    this.updateTransform();
    this.changed();
    return this;
  }
  override getOffset(): [number, number] {
    return [...this.xy];
  }

  /**
   * The text's extent with the "lp" rule: a single line is at least as tall above its baseline as
   * "lp" in the same font, so labels without ascenders keep the common row height.
   */
  override getExtentOffsets(renderer: LayoutRenderer): { extent: Extent; offsets: Array<[number, number]> } {
    const lp = measureText('lp', this.text.getFont(), renderer.dpi);
    const layout = this.text.getLayout(renderer.dpi);
    const w = layout.bbox.width;
    let h = layout.bbox.height;
    let yd = layout.descent;
    this.baselineShift = 0;
    if (layout.lines.length > 1 && this.multilinebaseline) {
      const ydNew = 0.5 * h - 0.5 * (lp.height - lp.descent);
      this.baselineShift = yd - ydNew;
      yd = ydNew;
    } else {
      h = Math.max(lp.height - lp.descent, h - yd) + yd;
    }
    this.updateTransform();
    const ha = this.text.getHorizontalalignment();
    const xd = ha === 'center' ? w / 2 : ha === 'right' ? w : 0;
    return { extent: { width: w, height: h, xdescent: xd, ydescent: yd }, offsets: [] };
  }
  override draw(renderer: Renderer): void {
    this.text.draw(renderer);
    this.stale = false;
  }
  private updateTransform(): void {
    this.textTransform.setMatrix(Affine.translation(this.xy[0], this.xy[1] + this.baselineShift));
  }
}
