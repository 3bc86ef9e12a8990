/**
 * Text: a string placed at (x, y) in its transform's coordinates (matplotlib's `text.Text`), with
 * alignment, rotation, multi-line layout and an optional box behind it. Layout uses the font
 * engine's metrics only, so text sits identically in every backend.
 */
import { Affine } from '../core/Affine2D.js';
import { Bbox } from '../core/Bbox.js';
import { toRgba, type ColorSpec } from '../core/colors.js';
import { checkChoice, checkFinite, checkOptionKeys, invalid } from '../core/errors.js';
import { measureText } from '../core/font/index.js';
import { rcParams } from '../core/rcParams.js';
import type { FontSpec, Renderer, RGBA } from '../core/renderer.js';
import type { Transform } from '../core/transforms.js';
import { ARTIST_OPTION_KEYS, Artist, type ArtistOptions } from './Artist.js';
import { FONT_OPTION_KEYS, fontSpec, type FontOptions } from './fontProps.js';
import { FancyBboxPatch, type BoxStyleName } from './patches.js';

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'center' | 'bottom' | 'baseline' | 'center_baseline';

/** Properties of the box drawn behind a text (matplotlib's `bbox=dict(...)`). */
export interface TextBoxOptions {
  boxstyle?: BoxStyleName;
  /** Padding: in points for 'square' without boxstyle, else a fraction of the font size. */
  pad?: number;
  facecolor?: ColorSpec;
  fc?: ColorSpec;
  edgecolor?: ColorSpec;
  ec?: ColorSpec;
  linewidth?: number;
  lw?: number;
  alpha?: number;
  fill?: boolean;
}

export interface TextOptions extends ArtistOptions, FontOptions {
  color?: ColorSpec;
  c?: ColorSpec;
  horizontalalignment?: HorizontalAlignment;
  ha?: HorizontalAlignment;
  verticalalignment?: VerticalAlignment;
  va?: VerticalAlignment;
  /** Alignment of the lines of a multi-line text among themselves. */
  multialignment?: HorizontalAlignment;
  ma?: HorizontalAlignment;
  /** Degrees counter-clockwise, or 'horizontal' (0) / 'vertical' (90). */
  rotation?: number | 'horizontal' | 'vertical';
  /** 'default' rotates then aligns the box; 'anchor' aligns then rotates about the anchor. */
  rotationMode?: 'default' | 'anchor';
  /** Line spacing in multiples of the font size. */
  linespacing?: number;
  /** A box drawn behind the text. */
  bbox?: TextBoxOptions | null;
  transform?: Transform;
}

export const TEXT_OPTION_KEYS = [
  ...ARTIST_OPTION_KEYS, ...FONT_OPTION_KEYS,
  'color', 'c', 'horizontalalignment', 'ha', 'verticalalignment', 'va', 'multialignment', 'ma', 'rotation',
  'rotationMode', 'linespacing', 'bbox', 'transform',
]; // prettier-ignore

/** One laid-out line: its text and its baseline start relative to the anchor, in pixels. */
interface LaidOutLine {
  text: string;
  x: number;
  y: number;
}

export interface TextLayout {
  /** The text's extent relative to the anchor point, in pixels. */
  bbox: Bbox;
  lines: LaidOutLine[];
  descent: number;
}

const HA = ['left', 'center', 'right'] as const;
const VA = ['top', 'center', 'bottom', 'baseline', 'center_baseline'] as const;

export class Text extends Artist {
  static override defaultZorder = 3;
  private x: number;
  private y: number;
  private text: string;
  private colorSpec: ColorSpec;
  private font: FontSpec;
  private ha: HorizontalAlignment;
  private va: VerticalAlignment;
  private ma: HorizontalAlignment | null;
  private rotation: number;
  private rotationMode: 'default' | 'anchor';
  private linespacing: number;
  private boxPatch: FancyBboxPatch | null = null;
  private boxPadPoints = 0;

  constructor(x: number, y: number, text: string | number, o: TextOptions = {}, call = 'text') {
    super();
    checkOptionKeys(call, o, TEXT_OPTION_KEYS);
    this.x = x;
    this.y = y;
    this.text = String(text);
    this.colorSpec = o.color ?? o.c ?? rcParams.get('text.color');
    toRgba(this.colorSpec, null, call);
    this.font = fontSpec(call, o);
    this.ha = checkChoice(call, 'horizontalalignment', o.horizontalalignment ?? o.ha ?? 'left', HA);
    this.va = checkChoice(call, 'verticalalignment', o.verticalalignment ?? o.va ?? 'baseline', VA);
    const ma = o.multialignment ?? o.ma;
    this.ma = ma === undefined ? null : checkChoice(call, 'multialignment', ma, HA);
    this.rotation = resolveRotation(call, o.rotation ?? 0);
    this.rotationMode = checkChoice(call, 'rotationMode', o.rotationMode ?? 'default', [
      'default',
      'anchor',
    ] as const);
    this.linespacing = checkFinite(call, 'linespacing', o.linespacing ?? 1.2, { min: 0 });
    if (o.transform) this._transform = o.transform;
    if (o.bbox) this.setBbox(o.bbox);
    this.applyArtistOptions(call, o);
  }

  getText(): string {
    return this.text;
  }
  setText(s: string | number): this {
    this.text = String(s);
    this.changed();
    return this;
  }
  getPosition(): [number, number] {
    return [this.x, this.y];
  }
  setPosition(x: number, y: number): this {
    if (x !== this.x || y !== this.y) {
      this.x = x;
      this.y = y;
      this.changed();
    }
    return this;
  }
  setX(x: number): this {
    return this.setPosition(x, this.y);
  }
  setY(y: number): this {
    return this.setPosition(this.x, y);
  }
  getColor(): RGBA {
    return toRgba(this.colorSpec, this._alpha);
  }
  setColor(c: ColorSpec): this {
    toRgba(c, null, 'setColor');
    this.colorSpec = c;
    this.changed();
    return this;
  }
  getFont(): FontSpec {
    return this.font;
  }
  /** Updates font properties (size, weight, style, family). */
  setFont(o: FontOptions): this {
    this.font = fontSpec('setFont', o, {
      fontsize: this.font.size,
      fontweight: this.font.weight,
      fontstyle: this.font.style,
      fontfamily: this.font.family,
    });
    this.changed();
    return this;
  }
  getFontsize(): number {
    return this.font.size;
  }
  setFontsize(size: FontOptions['fontsize']): this {
    return this.setFont(size === undefined ? {} : { fontsize: size });
  }
  /** Font weight: a name ('bold', 'light', …) or a number 100–900. */
  setFontweight(weight: FontOptions['fontweight']): this {
    return this.setFont(weight === undefined ? {} : { fontweight: weight });
  }
  /** Font style: 'normal', 'italic' or 'oblique'. */
  setFontstyle(style: FontOptions['fontstyle']): this {
    return this.setFont(style === undefined ? {} : { fontstyle: style });
  }
  /** Font family: a name or a list of names in order of preference. */
  setFontfamily(family: FontOptions['fontfamily']): this {
    return this.setFont(family === undefined ? {} : { fontfamily: family });
  }
  /** matplotlib's aliases, so that `set({ size, weight, style, family, c, ma })` works as `text()` options do. */
  setSize(size: FontOptions['fontsize']): this {
    return this.setFontsize(size);
  }
  setWeight(weight: FontOptions['fontweight']): this {
    return this.setFontweight(weight);
  }
  setStyle(style: FontOptions['fontstyle']): this {
    return this.setFontstyle(style);
  }
  setFamily(family: FontOptions['fontfamily']): this {
    return this.setFontfamily(family);
  }
  setC(c: ColorSpec): this {
    return this.setColor(c);
  }
  /** Alignment of the lines of a multi-line text among themselves. */
  setMultialignment(a: HorizontalAlignment): this {
    this.ma = checkChoice('setMultialignment', 'multialignment', a, HA);
    this.changed();
    return this;
  }
  setMa(a: HorizontalAlignment): this {
    return this.setMultialignment(a);
  }
  getRotation(): number {
    return this.rotation;
  }
  setRotation(r: TextOptions['rotation']): this {
    this.rotation = resolveRotation('setRotation', r ?? 0);
    this.changed();
    return this;
  }
  setRotationMode(m: 'default' | 'anchor'): this {
    this.rotationMode = checkChoice('setRotationMode', 'rotationMode', m, ['default', 'anchor'] as const);
    this.changed();
    return this;
  }
  getHorizontalalignment(): HorizontalAlignment {
    return this.ha;
  }
  setHorizontalalignment(a: HorizontalAlignment): this {
    this.ha = checkChoice('setHorizontalalignment', 'horizontalalignment', a, HA);
    this.changed();
    return this;
  }
  getVerticalalignment(): VerticalAlignment {
    return this.va;
  }
  setVerticalalignment(a: VerticalAlignment): this {
    this.va = checkChoice('setVerticalalignment', 'verticalalignment', a, VA);
    this.changed();
    return this;
  }
  setHa(a: HorizontalAlignment): this {
    return this.setHorizontalalignment(a);
  }
  setVa(a: VerticalAlignment): this {
    return this.setVerticalalignment(a);
  }
  setLinespacing(s: number): this {
    this.linespacing = checkFinite('setLinespacing', 'linespacing', s, { min: 0 });
    this.changed();
    return this;
  }

  /** Draws a box behind the text (matplotlib's `set_bbox`); null removes it. */
  setBbox(props: TextBoxOptions | null): this {
    if (!props) {
      this.boxPatch = null;
      return this;
    }
    checkOptionKeys('text bbox', props, [
      'boxstyle',
      'pad',
      'facecolor',
      'fc',
      'edgecolor',
      'ec',
      'linewidth',
      'lw',
      'alpha',
      'fill',
    ]);
    const { boxstyle, pad, alpha, ...rest } = props;
    // matplotlib: without a boxstyle the box is square with a 4-point pad; with one, pad is 0.3 font sizes.
    this.boxPadPoints = boxstyle === undefined ? (pad ?? 4) : (pad ?? 0.3) * this.font.size;
    this.boxPatch = new FancyBboxPatch([0, 0], 1, 1, { boxstyle: boxstyle ?? 'square', pad: 0, ...rest });
    if (alpha !== undefined) this.boxPatch.setAlpha(alpha);
    this.changed();
    return this;
  }
  getBboxPatch(): FancyBboxPatch | null {
    return this.boxPatch;
  }

  /** Lays the text out at `dpi` (matplotlib's `Text._get_layout`). */
  getLayout(dpi: number): TextLayout {
    const lines = this.text.split('\n');
    const lp = measureText('lp', this.font, dpi);
    const minDy = (lp.height - lp.descent) * this.linespacing;
    const ws: number[] = [];
    const xs: number[] = [];
    const ys: number[] = [];
    let thisy = 0;
    let d = 0;
    let baseline = 0;
    lines.forEach((line, i) => {
      const m = line ? measureText(line, this.font, dpi) : { width: 0, height: 0, descent: 0 };
      const h = Math.max(m.height, lp.height);
      d = Math.max(m.descent, lp.descent);
      ws.push(m.width);
      baseline = h - d - thisy;
      if (i === 0) thisy = -(h - d);
      else thisy -= Math.max(minDy, (h - d) * this.linespacing);
      xs.push(0);
      ys.push(thisy);
      thisy -= d;
    });
    const descent = d;
    const width = Math.max(...ws);
    const malign = this.ma ?? this.ha;
    const offsets = xs.map((x, i) => {
      const w = ws[i]!;
      const dx = malign === 'center' ? width / 2 - w / 2 : malign === 'right' ? width - w : 0;
      return [x + dx, ys[i]!] as const;
    });
    return this.alignLayout(lines, offsets, width, ys[ys.length - 1]! - descent, descent, baseline);
  }

  /** Rotates the laid-out box and moves it so the anchor follows the alignment. */
  private alignLayout(
    lines: string[],
    offsets: ReadonlyArray<readonly [number, number]>,
    width: number,
    ymin0: number,
    descent: number,
    baseline: number,
  ): TextLayout {
    const M = Affine.rotation((this.rotation * Math.PI) / 180);
    const corners = M.transformFlat([0, ymin0, 0, 0, width, 0, width, ymin0]);
    let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity; // prettier-ignore
    for (let i = 0; i < 8; i += 2) {
      xmin = Math.min(xmin, corners[i]!);
      xmax = Math.max(xmax, corners[i]!);
      ymin = Math.min(ymin, corners[i + 1]!);
      ymax = Math.max(ymax, corners[i + 1]!);
    }
    const w = xmax - xmin, h = ymax - ymin; // prettier-ignore
    let ox: number, oy: number; // prettier-ignore
    const { ha, va } = this;
    if (this.rotationMode !== 'anchor') {
      ox = ha === 'center' ? (xmin + xmax) / 2 : ha === 'right' ? xmax : xmin;
      if (va === 'center') oy = (ymin + ymax) / 2;
      else if (va === 'top') oy = ymax;
      else if (va === 'baseline') oy = ymin + descent;
      else if (va === 'center_baseline') oy = ymin + h - baseline / 2;
      else oy = ymin;
    } else {
      ox = ha === 'center' ? width / 2 : ha === 'right' ? width : 0;
      if (va === 'center') oy = ymin0 / 2;
      else if (va === 'top') oy = 0;
      else if (va === 'baseline') oy = -baseline;
      else if (va === 'center_baseline') oy = -baseline / 2;
      else oy = ymin0;
      [ox, oy] = M.transformPoint(ox, oy);
    }
    const laid = offsets.map(([x, y], i) => {
      const [rx, ry] = M.transformPoint(x, y);
      return { text: lines[i]!, x: rx - ox, y: ry - oy };
    });
    return { bbox: Bbox.fromBounds(xmin - ox, ymin - oy, w, h), lines: laid, descent };
  }

  /** The anchor point in display pixels, or null when it is not finite. */
  private anchor(): [number, number] | null {
    const [px, py] = this.getTransform().transformPoint(this.x, this.y);
    return Number.isFinite(px) && Number.isFinite(py) ? [px, py] : null;
  }

  /** Whether (x, y) display pixels lies on the text's box. */
  pickHit(x: number, y: number, r: { pointsToPixels(p: number): number }): { ind: number[] } | null {
    if (!this.isPickable()) return null;
    const box = this.getWindowExtent(undefined, r.pointsToPixels(72));
    return box && box.containsPoint(x, y) ? { ind: [] } : null;
  }

  /** The text's extent in display pixels (an empty box at the anchor for empty text). */
  override getWindowExtent(renderer?: Renderer, dpi?: number): Bbox | null {
    if (!this._visible) return null;
    const anchor = this.anchor();
    if (!anchor) return null;
    if (this.text === '') return new Bbox(anchor[0], anchor[1], anchor[0], anchor[1]);
    const { bbox } = this.getLayout(dpi ?? renderer?.dpi ?? 100);
    return Bbox.fromBounds(bbox.x0 + anchor[0], bbox.y0 + anchor[1], bbox.width, bbox.height);
  }

  override draw(renderer: Renderer): void {
    if (!this._visible || this.text === '') return;
    const anchor = this.anchor();
    if (!anchor) return;
    const layout = this.getLayout(renderer.dpi);
    renderer.openGroup('text', this._gid ?? undefined);
    const clips = this.pushClip(renderer);
    if (this.boxPatch) this.drawBox(renderer, layout, anchor);
    const style = { font: this.font, color: this.getColor(), angle: this.rotation };
    for (const line of layout.lines) {
      if (line.text) renderer.drawText(line.text, anchor[0] + line.x, anchor[1] + line.y, style);
    }
    this.popClip(renderer, clips);
    renderer.closeGroup('text');
    this.stale = false;
  }

  private drawBox(renderer: Renderer, layout: TextLayout, anchor: [number, number]): void {
    const patch = this.boxPatch!;
    const pad = renderer.pointsToPixels(this.boxPadPoints);
    const b = layout.bbox;
    patch.setBounds(anchor[0] + b.x0, anchor[1] + b.y0, b.width, b.height);
    patch.pad = pad;
    patch.mutationScale = 1;
    patch.draw(renderer);
  }
}

function resolveRotation(call: string, r: number | 'horizontal' | 'vertical'): number {
  if (r === 'horizontal') return 0;
  if (r === 'vertical') return 90;
  if (typeof r !== 'number' || !Number.isFinite(r))
    invalid(call, 'rotation', r, "a number of degrees, 'horizontal' or 'vertical'");
  // matplotlib normalises the angle to [0, 360).
  return ((r % 360) + 360) % 360;
}
