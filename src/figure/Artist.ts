/**
 * Artist: the base of everything drawn in a figure (matplotlib's `artist.Artist`).
 *
 * Every setter validates its input and marks the artist stale; staleness propagates artist → axes →
 * figure, where the interactive machinery picks it up (DESIGN.md section 2). Artists draw only
 * through the {@link Renderer} interface.
 */
import type { Bbox } from '../core/Bbox.js';
import { checkFinite, checkOptionKeys } from '../core/errors.js';
import type { ClipRegion, Renderer } from '../core/renderer.js';
import type { Transform } from '../core/transforms.js';
import { IdentityTransform } from '../core/transforms.js';
import { Path } from '../core/Path.js';

/** Edges that autoscaling margins may not cross (matplotlib's `sticky_edges`). */
export interface StickyEdges {
  x: number[];
  y: number[];
}

/** Options every artist accepts. */
export interface ArtistOptions {
  /** Label used by the legend; labels starting with `_` are left out of it. */
  label?: string;
  /** Draw order: higher is drawn later (on top). */
  zorder?: number;
  visible?: boolean;
  /** Opacity in 0..1 applied on top of the artist's colors. */
  alpha?: number | null;
  /** Whether the artist is clipped to its axes. */
  clipOn?: boolean;
  /** An id written into SVG output. */
  gid?: string | null;
  /** Animated artists are left out of normal draws (for blitting). */
  animated?: boolean;
  /** Makes the artist pickable (true, or a tolerance in points); clicks on it fire `pick_event`. */
  picker?: boolean | number | null;
}

export const ARTIST_OPTION_KEYS = [
  'label',
  'zorder',
  'visible',
  'alpha',
  'clipOn',
  'gid',
  'animated',
  'picker',
] as const;

/** Something that owns artists and wants to hear when one of them changes (Axes, Figure). */
export interface StaleListener {
  childBecameStale(child: Artist): void;
}

export abstract class Artist {
  /** Default draw order of this artist type (matplotlib's class attribute). */
  static defaultZorder = 0;

  zorder: number;
  protected _visible = true;
  protected _alpha: number | null = null;
  protected _label = '';
  protected _clipOn = true;
  protected _clipBox: Bbox | null = null;
  protected _clipPath: { path: Path; transform: Transform } | null = null;
  protected _transform: Transform | null = null;
  protected _gid: string | null = null;
  protected _animated = false;
  /** matplotlib's `picker`: true (default tolerance), a tolerance in points, or null (not pickable). */
  protected _picker: boolean | number | null = null;
  private _stale = true;
  /** Whoever must hear of this artist's changes (its axes or figure). */
  parent: StaleListener | null = null;
  readonly stickyEdges: StickyEdges = { x: [], y: [] };

  constructor() {
    this.zorder = (this.constructor as typeof Artist).defaultZorder;
  }

  /** Applies the common options; subclasses call it from their constructors. */
  protected applyArtistOptions(call: string, o: ArtistOptions): void {
    if (o.label !== undefined) this.setLabel(o.label);
    if (o.zorder !== undefined) this.setZorder(checkFinite(call, 'zorder', o.zorder));
    if (o.visible !== undefined) this.setVisible(o.visible);
    if (o.alpha !== undefined) this.setAlpha(o.alpha);
    if (o.clipOn !== undefined) this.setClipOn(o.clipOn);
    if (o.gid !== undefined) this.setGid(o.gid);
    if (o.animated !== undefined) this.setAnimated(o.animated);
    if (o.picker !== undefined) this.setPicker(o.picker);
  }

  /** Whether the artist changed since it was last drawn. */
  get stale(): boolean {
    return this._stale;
  }
  set stale(value: boolean) {
    this._stale = value;
    // Animated artists are redrawn by their owner's blitting loop; they never dirty the figure.
    if (value && !this._animated && this.parent) this.parent.childBecameStale(this);
  }

  /** Marks the artist changed (and, through its parents, its figure). */
  protected changed(): void {
    this.stale = true;
  }

  /** The transform from the artist's coordinates to display pixels. */
  getTransform(): Transform {
    if (!this._transform) this._transform = new IdentityTransform();
    return this._transform;
  }
  setTransform(t: Transform): this {
    this._transform = t;
    this.changed();
    return this;
  }
  /** Whether a transform was given explicitly (matplotlib's `is_transform_set`). */
  isTransformSet(): boolean {
    return this._transform !== null;
  }

  getVisible(): boolean {
    return this._visible;
  }
  setVisible(v: boolean): this {
    if (typeof v !== 'boolean') throw new TypeError(`setVisible: expected a boolean, got ${String(v)}`);
    this._visible = v;
    this.changed();
    return this;
  }
  getAlpha(): number | null {
    return this._alpha;
  }
  setAlpha(a: number | null): this {
    if (a !== null) checkFinite('setAlpha', 'alpha', a, { min: 0, max: 1 });
    this._alpha = a;
    this.changed();
    return this;
  }
  getLabel(): string {
    return this._label;
  }
  setLabel(s: string | number): this {
    this._label = String(s);
    this.changed();
    return this;
  }
  getZorder(): number {
    return this.zorder;
  }
  setZorder(z: number): this {
    this.zorder = checkFinite('setZorder', 'zorder', z);
    this.changed();
    return this;
  }
  getClipOn(): boolean {
    return this._clipOn;
  }
  setClipOn(b: boolean): this {
    this._clipOn = b;
    this.changed();
    return this;
  }
  getClipBox(): Bbox | null {
    return this._clipBox;
  }
  setClipBox(b: Bbox | null): this {
    this._clipBox = b;
    this.changed();
    return this;
  }
  setClipPath(path: Path | null, transform?: Transform): this {
    this._clipPath = path ? { path, transform: transform ?? new IdentityTransform() } : null;
    this.changed();
    return this;
  }
  getGid(): string | null {
    return this._gid;
  }
  setGid(g: string | null): this {
    this._gid = g;
    return this;
  }
  getAnimated(): boolean {
    return this._animated;
  }
  setAnimated(b: boolean): this {
    this._animated = b;
    return this;
  }

  getPicker(): boolean | number | null {
    return this._picker;
  }
  /**
   * Makes the artist pickable: a click on it fires `pick_event`. A number is the hit tolerance in
   * points (matplotlib's `pickradius` for lines); true uses the artist's default tolerance.
   */
  setPicker(p: boolean | number | null): this {
    if (typeof p === 'number') checkFinite('setPicker', 'picker', p, { min: 0 });
    this._picker = p;
    return this;
  }
  /** Whether a click can pick this artist. */
  isPickable(): boolean {
    return this._picker !== null && this._picker !== false && this._visible;
  }

  /** Sets several properties at once by their option names (matplotlib's `Artist.set`). */
  set(props: Record<string, unknown>): this {
    checkOptionKeys(`${this.constructor.name}.set`, props, this.settableKeys());
    for (const [k, v] of Object.entries(props)) {
      const setter = (this as unknown as Record<string, unknown>)[`set${k[0]!.toUpperCase()}${k.slice(1)}`];
      (setter as (v: unknown) => void).call(this, v);
    }
    return this;
  }

  /** The property names `set()` accepts: every `setXxx` method, as `xxx`. */
  protected settableKeys(): string[] {
    const keys = new Set<string>();
    for (let p = Object.getPrototypeOf(this); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) {
        if (/^set[A-Z]/.test(name) && typeof (this as Record<string, unknown>)[name] === 'function') {
          keys.add(name[3]!.toLowerCase() + name.slice(4));
        }
      }
    }
    return [...keys];
  }

  /** Pushes this artist's clip region onto the renderer; returns how many to pop. */
  protected pushClip(renderer: Renderer): number {
    if (!this._clipOn) return 0;
    let pushed = 0;
    if (this._clipBox) {
      const b = this._clipBox;
      const region: ClipRegion = {
        kind: 'rect',
        x: b.xmin,
        y: b.ymin,
        width: b.xmax - b.xmin,
        height: b.ymax - b.ymin,
      };
      renderer.pushClip(region);
      pushed++;
    }
    if (this._clipPath) {
      const { path, transform } = this._clipPath;
      renderer.pushClip({
        kind: 'path',
        path: nonAffinePart(transform, path),
        transform: transform.getAffine(),
      });
      pushed++;
    }
    return pushed;
  }

  protected popClip(renderer: Renderer, count: number): void {
    for (let i = 0; i < count; i++) renderer.popClip();
  }

  /** Draws the artist. Implementations return early when invisible and end with `stale = false`. */
  abstract draw(renderer: Renderer): void;

  /** The artist's extent in display pixels, or null when it has none (used by layout and legends). */
  getWindowExtent(_renderer?: Renderer): Bbox | null {
    return null;
  }

  /** Removes the artist from its parent. */
  remove(): void {
    const parent = this.parent as (StaleListener & { removeChild?(a: Artist): void }) | null;
    if (parent?.removeChild) parent.removeChild(this);
    this.parent = null;
  }
}

/** `path` through the non-affine part of `t`; the caller hands the affine part to the renderer. */
export function nonAffinePart(t: Transform, path: Path): Path {
  return t.isAffine ? path : new Path(t.transformNonAffine(path.vertices), path.codes);
}

/** Sorts artists by zorder, keeping insertion order for ties (matplotlib uses a stable sort). */
export function sortByZorder<T extends Artist>(artists: readonly T[]): T[] {
  return artists
    .map((a, i) => [a, i] as const)
    .sort((p, q) => p[0].zorder - q[0].zorder || p[1] - q[1])
    .map(([a]) => a);
}
