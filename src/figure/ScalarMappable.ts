/**
 * ScalarMappable: data values mapped to colors through a norm and a colormap (matplotlib's
 * `cm.ScalarMappable`). Scatter with `c=values`, images and meshes share it; colorbars read it.
 */
import { getCmap, type Colormap } from '../core/colormaps.js';
import { invalid } from '../core/errors.js';
import { Normalize } from '../core/Normalize.js';
import { rcParams } from '../core/rcParams.js';
import type { RGBA } from '../core/renderer.js';

export interface MappableOptions {
  /** A colormap or its registered name (`'viridis'`, `'RdBu_r'`, …). */
  cmap?: string | Colormap | null;
  norm?: Normalize | null;
  vmin?: number | null;
  vmax?: number | null;
}

export const MAPPABLE_OPTION_KEYS = ['cmap', 'norm', 'vmin', 'vmax'] as const;

export class ScalarMappable {
  protected array: Float64Array | null = null;
  cmap: Colormap;
  norm: Normalize;

  constructor(call: string, o: MappableOptions = {}) {
    this.cmap = getCmap(o.cmap ?? (rcParams.get('image.cmap') as string | Colormap));
    if (o.norm && (o.vmin !== undefined || o.vmax !== undefined)) {
      invalid(
        call,
        'vmin/vmax',
        [o.vmin, o.vmax],
        'no vmin/vmax when a norm is given (set them on the norm)',
      );
    }
    this.norm = o.norm ?? new Normalize(o.vmin ?? null, o.vmax ?? null);
  }

  /** The values to be mapped, or null. */
  getArray(): Float64Array | null {
    return this.array;
  }
  setArray(a: ArrayLike<number> | null): void {
    this.array = a === null ? null : Float64Array.from(a);
  }
  setCmap(c: string | Colormap): void {
    this.cmap = getCmap(c);
  }
  setNorm(n: Normalize): void {
    this.norm = n;
  }
  /** Sets the color limits (matplotlib's `set_clim`). */
  setClim(vmin: number | null, vmax: number | null): void {
    if (vmin !== null) this.norm.vmin = vmin;
    if (vmax !== null) this.norm.vmax = vmax;
  }
  getClim(): [number | null, number | null] {
    return [this.norm.vmin, this.norm.vmax];
  }
  /** Fills unset norm limits from the array. */
  autoscaleNone(): void {
    if (this.array) this.norm.autoscaleNone(this.array);
  }

  /** The array's colors, one RGBA per value (NaN maps to the colormap's 'bad' color). */
  mappedColors(alpha: number | null): RGBA[] {
    if (!this.array) return [];
    this.autoscaleNone();
    const normed = this.norm.normalizeInto(this.array);
    const out: RGBA[] = new Array(normed.length);
    for (let i = 0; i < normed.length; i++) out[i] = this.cmap.map(normed[i]!, alpha);
    return out;
  }
}
