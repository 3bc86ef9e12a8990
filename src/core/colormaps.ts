/**
 * Colormaps: scalar in 0..1 to RGBA, through an N-entry lookup table built exactly as matplotlib
 * builds it (`Colormap._init`, `_create_lookup_table`), plus under/over/bad colors, and the
 * registry of matplotlib's builtin maps by name (`getCmap('viridis')`, `getCmap('viridis_r')`).
 *
 * @example
 * const cmap = getCmap('viridis').withExtremes({ under: 'k', over: 'w', bad: 'red' });
 * cmap.map(0.5);                      // RGBA floats
 * cmap.mapInto(normalized, imageData) // RGBA bytes for an image, no allocation per pixel
 */
import { COLORMAP_DATA, type ColormapSpec } from './colormapData/index.js';
import { type ColorSpec, toRgba, toRgbaArray } from './colors.js';
import { checkFinite, invalid, suggestion, TsplotlibError } from './errors.js';
import type { RGBA } from './renderer.js';

/** One channel of segment data: rows (x, y0, y1) with x rising from 0 to 1, or a function of x. */
export type SegmentChannel =
  readonly (readonly [x: number, y0: number, y1: number])[] | ((x: number) => number);

/** matplotlib's `segmentdata`: one channel per color component; alpha is optional. */
export interface SegmentData {
  readonly red: SegmentChannel;
  readonly green: SegmentChannel;
  readonly blue: SegmentChannel;
  readonly alpha?: SegmentChannel;
}

/** A `[position, color]` stop for {@link LinearSegmentedColormap.fromList}. */
export type ColorStop = readonly [position: number, color: ColorSpec];

/** The colorbar extension a colormap asks for (matplotlib's `colorbar_extend`). */
export type ColorbarExtend = false | 'neither' | 'both' | 'min' | 'max';

/** Colors for masked (bad), low (under) and high (over) values; absent keys are left alone. */
export interface Extremes {
  readonly bad?: ColorSpec;
  readonly under?: ColorSpec;
  readonly over?: ColorSpec;
}

/** `n` samples from 0 to 1 as numpy's `linspace(0, 1, n)` computes them: `i * (1 / (n - 1))`, last = 1. */
export function linspace01(n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) return out;
  const step = 1 / (n - 1);
  for (let i = 0; i < n; i++) out[i] = i * step;
  out[n - 1] = 1;
  return out;
}

/**
 * An `n`-entry lookup table for one channel (matplotlib's `_create_lookup_table`). Between rows
 * i and i+1 of segment data the value runs linearly from y1[i] to y0[i+1]; `gamma` distorts the
 * sampling as x → x^gamma. Functional channels are sampled and clipped to 0..1.
 */
export function createLookupTable(n: number, data: SegmentChannel, gamma = 1): Float64Array {
  const xs = linspace01(n);
  for (let i = 0; i < n; i++) xs[i] = xs[i]! ** gamma;
  if (typeof data === 'function') return xs.map((x) => clip01(data(x)));
  const last = data.length - 1;
  const lut = new Float64Array(n);
  if (n === 1) {
    lut[0] = clip01(data[last]![1]);
    return lut;
  }
  lut[0] = clip01(data[0]![2]);
  lut[n - 1] = clip01(data[last]![1]);
  let j = 1; // Sample positions rise, so the segment search (numpy's searchsorted, left) only moves on.
  for (let i = 1; i < n - 1; i++) {
    const xi = (n - 1) * xs[i]!;
    while (j < last && data[j]![0] * (n - 1) < xi) j++;
    const x0 = data[j - 1]![0] * (n - 1), x1 = data[j]![0] * (n - 1); // prettier-ignore
    const distance = (xi - x0) / (x1 - x0);
    lut[i] = clip01(distance * (data[j]![1] - data[j - 1]![2]) + data[j - 1]![2]);
  }
  return lut;
}

function clip01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Checks one channel of segment data as matplotlib does before building its table. */
function checkChannel(call: string, key: string, data: unknown): SegmentChannel {
  if (typeof data === 'function') return data as SegmentChannel;
  if (!Array.isArray(data) || data.length === 0 || data.some((r) => !Array.isArray(r) || r.length !== 3)) {
    invalid(call, `segment data "${key}"`, data, 'an array of [x, y0, y1] rows or a function');
  }
  const rows = data as readonly (readonly [number, number, number])[];
  if (rows[0]![0] !== 0 || rows[rows.length - 1]![0] !== 1) {
    throw new TsplotlibError(call, `segment data "${key}" must start with x=0 and end with x=1`);
  }
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]![0] < rows[i - 1]![0])
      throw new TsplotlibError(call, `segment data "${key}" must have x increasing`);
  }
  return rows;
}

const UNDER = 0, OVER = 1, BAD = 2; // prettier-ignore

/**
 * The base of all scalar → RGBA maps (matplotlib's `Colormap`). Subclasses supply the N colors;
 * the base adds under, over and bad entries and does the mapping. The table is built on first use.
 */
export abstract class Colormap {
  /** The map's name, as the registry knows it. */
  name: string;
  /** Number of entries in the lookup table (matplotlib's `N`, 256 for the builtin maps). */
  readonly N: number;
  /** Colorbar extension a colorbar of this map uses when not told otherwise. */
  colorbarExtend: ColorbarExtend = false;
  protected rgbaBad: RGBA = [0, 0, 0, 0];
  protected rgbaUnder: RGBA | null = null;
  protected rgbaOver: RGBA | null = null;
  private table: Float64Array | null = null;
  private byteTable: Uint8Array | null = null;

  protected constructor(name: string, n: number, call: string) {
    if (!Number.isInteger(n) || n < 1) invalid(call, 'N', n, 'a positive integer');
    this.name = name;
    this.N = n;
  }

  /** The N colors, flat RGBA (N * 4 floats). */
  protected abstract buildColors(): Float64Array;
  /** A copy of this map with `n` entries, keeping its extremes. */
  abstract resampled(n: number): Colormap;
  /** The map run backwards, named `name` (default `<name>_r`); under and over swap. */
  abstract reversed(name?: string): Colormap;

  /** The full table, (N + 3) * 4 floats: N colors, then under, over and bad. Do not modify it. */
  getLut(): Float64Array {
    if (this.table === null) {
      this.table = new Float64Array((this.N + 3) * 4);
      this.table.set(this.buildColors());
      this.writeExtremes();
    }
    return this.table;
  }

  /** Drops the built table so the next use rebuilds it (after a change to the data). */
  protected invalidate(): void {
    this.table = null;
    this.byteTable = null;
  }

  private writeExtremes(): void {
    const t = this.table!;
    const n = this.N;
    const put = (slot: number, rgba: ArrayLike<number>) => t.set(rgba, (n + slot) * 4);
    put(UNDER, this.rgbaUnder ?? t.slice(0, 4));
    put(OVER, this.rgbaOver ?? t.slice((n - 1) * 4, n * 4));
    put(BAD, this.rgbaBad);
    // matplotlib converts with (lut * 255).astype(uint8), which truncates.
    this.byteTable = Uint8Array.from(t, (v) => Math.trunc(v * 255));
  }

  private bytes(): Uint8Array {
    this.getLut();
    return this.byteTable!;
  }

  /** Table row for a value in 0..1: NaN is bad, below 0 under, above 1 over, 1 itself the last color. */
  indexOf(value: number): number {
    const n = this.N;
    if (Number.isNaN(value)) return n + BAD;
    const x = value * n;
    if (x < 0) return n + UNDER;
    // 1 itself (x === n) is the last color; beyond it, including +Infinity, is over.
    if (x === n) return n - 1;
    return x > n ? n + OVER : Math.trunc(x);
  }

  /** Table row for a color index (BoundaryNorm, NoNorm): NaN bad, < 0 under, > N - 1 over. */
  indexOfIndex(index: number): number {
    const n = this.N;
    if (Number.isNaN(index)) return n + BAD;
    const i = Math.floor(index);
    return i < 0 ? n + UNDER : i > n - 1 ? n + OVER : i;
  }

  /** The color of a value in 0..1 (matplotlib's `cmap(x)` for a float); `alpha` replaces its alpha. */
  map(value: number, alpha?: number | null): RGBA {
    return this.row(this.indexOf(value), alpha);
  }

  /** The color at an integer index into the table (matplotlib's `cmap(i)` for an int). */
  mapIndex(index: number, alpha?: number | null): RGBA {
    return this.row(this.indexOfIndex(index), alpha);
  }

  private row(r: number, alpha: number | null | undefined): RGBA {
    const t = this.getLut();
    const rgba: [number, number, number, number] = [t[r * 4]!, t[r * 4 + 1]!, t[r * 4 + 2]!, t[r * 4 + 3]!];
    if (alpha === undefined || alpha === null) return rgba;
    // As matplotlib: a fully transparent bad color stays transparent whatever alpha says.
    if (r === this.N + BAD && this.rgbaBad.every((v) => v === 0)) return [0, 0, 0, 0];
    rgba[3] = clip01(alpha);
    return rgba;
  }

  /**
   * Writes RGBA bytes for `values` (normalized to 0..1) into `out` (4 bytes per value), as
   * matplotlib's `cmap(x, bytes=True)`. `alpha` in 0..1 replaces the alpha of every pixel.
   */
  mapInto(values: ArrayLike<number>, out: Uint8ClampedArray | Uint8Array, alpha?: number | null): typeof out {
    return this.writeBytes(values, out, alpha, false);
  }

  /** As {@link mapInto}, for color indices (the output of BoundaryNorm or NoNorm). */
  mapIndicesInto(
    values: ArrayLike<number>,
    out: Uint8ClampedArray | Uint8Array,
    alpha?: number | null,
  ): typeof out {
    return this.writeBytes(values, out, alpha, true);
  }

  private writeBytes(
    values: ArrayLike<number>,
    out: Uint8ClampedArray | Uint8Array,
    alpha: number | null | undefined,
    indices: boolean,
  ): typeof out {
    const n = values.length;
    if (out.length < n * 4)
      invalid('Colormap.mapInto', 'output length', out.length, `at least ${n * 4} bytes`);
    const lut = this.bytes();
    const bad = this.N + BAD;
    const hasAlpha = alpha !== undefined && alpha !== null;
    const a = hasAlpha ? Math.trunc(clip01(alpha) * 255) : 0;
    // As matplotlib: with an alpha, a fully transparent bad color stays fully transparent.
    const clearBad = hasAlpha && lut.subarray(bad * 4, bad * 4 + 4).every((v) => v === 0);
    for (let i = 0; i < n; i++) {
      const r = indices ? this.indexOfIndex(values[i]!) : this.indexOf(values[i]!);
      const o = i * 4, s = r * 4; // prettier-ignore
      out[o] = lut[s]!;
      out[o + 1] = lut[s + 1]!;
      out[o + 2] = lut[s + 2]!;
      out[o + 3] = hasAlpha ? (clearBad && r === bad ? 0 : a) : lut[s + 3]!;
    }
    return out;
  }

  /** The color used for bad (NaN, masked) values. */
  getBad(): RGBA {
    return this.row(this.N + BAD, null);
  }
  /** The color used for values below 0. */
  getUnder(): RGBA {
    return this.row(this.N + UNDER, null);
  }
  /** The color used for values above 1. */
  getOver(): RGBA {
    return this.row(this.N + OVER, null);
  }
  /** Sets the color for bad values (default black, as matplotlib's `set_bad()`). */
  setBad(color: ColorSpec = 'k', alpha?: number | null): void {
    this.rgbaBad = toRgba(color, alpha, 'Colormap.setBad');
    if (this.table) this.writeExtremes();
  }
  /** Sets the color for values below 0. */
  setUnder(color: ColorSpec = 'k', alpha?: number | null): void {
    this.rgbaUnder = toRgba(color, alpha, 'Colormap.setUnder');
    if (this.table) this.writeExtremes();
  }
  /** Sets the color for values above 1. */
  setOver(color: ColorSpec = 'k', alpha?: number | null): void {
    this.rgbaOver = toRgba(color, alpha, 'Colormap.setOver');
    if (this.table) this.writeExtremes();
  }
  /** Sets any of the bad, under and over colors. */
  setExtremes(extremes: Extremes): void {
    for (const key of Object.keys(extremes)) {
      if (key !== 'bad' && key !== 'under' && key !== 'over') {
        throw new TsplotlibError(
          'Colormap.setExtremes',
          `unknown option "${key}"${suggestion(key, ['bad', 'under', 'over'])}`,
        );
      }
    }
    if (extremes.bad !== undefined) this.setBad(extremes.bad);
    if (extremes.under !== undefined) this.setUnder(extremes.under);
    if (extremes.over !== undefined) this.setOver(extremes.over);
  }
  /** A copy of this map with the given extremes. */
  withExtremes(extremes: Extremes): this {
    const copy = this.copy();
    copy.setExtremes(extremes);
    return copy;
  }

  /** Whether every color is a gray (r = g = b). */
  isGray(): boolean {
    const t = this.getLut();
    for (let i = 0; i < t.length; i += 4) if (t[i] !== t[i + 1] || t[i] !== t[i + 2]) return false;
    return true;
  }

  /** An independent copy: changing its extremes leaves this map alone. */
  copy(): this {
    const clone = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(clone, this);
    clone.table = this.table && this.table.slice();
    clone.byteTable = this.byteTable && this.byteTable.slice();
    return clone;
  }

  /** Same name, colorbar extension and table, as matplotlib's `==`. */
  equals(other: Colormap): boolean {
    if (this.name !== other.name || this.colorbarExtend !== other.colorbarExtend) return false;
    const a = this.getLut(), b = other.getLut(); // prettier-ignore
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }

  /** Copies the extremes of `source` onto `target`, swapping under and over when `swap`. */
  protected static carryExtremes<T extends Colormap>(source: Colormap, target: T, swap: boolean): T {
    target.rgbaUnder = swap ? source.rgbaOver : source.rgbaUnder;
    target.rgbaOver = swap ? source.rgbaUnder : source.rgbaOver;
    target.rgbaBad = source.rgbaBad;
    return target;
  }
}

/**
 * A map built by linear interpolation between anchor points per channel (matplotlib's
 * `LinearSegmentedColormap`).
 *
 * @example
 * const ramp: SegmentChannel = [[0, 0, 0], [1, 1, 1]];
 * const off: SegmentChannel = [[0, 0, 0], [1, 0, 0]];
 * new LinearSegmentedColormap('reds', { red: ramp, green: off, blue: off });
 */
export class LinearSegmentedColormap extends Colormap {
  /** The segment data as given. */
  readonly segmentData: SegmentData;
  private gammaValue: number;
  /** Whether all colors are identical (contour uses it). */
  monochrome = false;

  constructor(name: string, segmentData: SegmentData, N = 256, gamma = 1) {
    const call = 'LinearSegmentedColormap';
    super(name, N, call);
    if (typeof segmentData !== 'object' || segmentData === null) {
      invalid(call, 'segment data', segmentData, 'an object with red, green and blue channels');
    }
    for (const key of ['red', 'green', 'blue'] as const) checkChannel(call, key, segmentData[key]);
    if (segmentData.alpha !== undefined) checkChannel(call, 'alpha', segmentData.alpha);
    this.segmentData = segmentData;
    this.gammaValue = checkFinite(call, 'gamma', gamma, { positive: true });
  }

  /** The gamma that distorts the sampling of the segments. */
  get gamma(): number {
    return this.gammaValue;
  }

  /** Sets a new gamma and rebuilds the table. */
  setGamma(gamma: number): void {
    this.gammaValue = checkFinite('LinearSegmentedColormap.setGamma', 'gamma', gamma, { positive: true });
    this.invalidate();
  }

  protected buildColors(): Float64Array {
    const n = this.N;
    const out = new Float64Array(n * 4).fill(1);
    const channels = [this.segmentData.red, this.segmentData.green, this.segmentData.blue];
    channels.forEach((data, c) =>
      createLookupTable(n, data, this.gammaValue).forEach((v, i) => (out[i * 4 + c] = v)),
    );
    // matplotlib samples alpha without gamma.
    if (this.segmentData.alpha)
      createLookupTable(n, this.segmentData.alpha, 1).forEach((v, i) => (out[i * 4 + 3] = v));
    return out;
  }

  /**
   * A map running smoothly through `colors`, evenly spaced, or through `[position, color]` pairs
   * (matplotlib's `LinearSegmentedColormap.from_list`).
   */
  static fromList(
    name: string,
    colors: readonly ColorSpec[] | readonly ColorStop[],
    N = 256,
    gamma = 1,
  ): LinearSegmentedColormap {
    const call = 'LinearSegmentedColormap.fromList';
    if (!Array.isArray(colors) || colors.length === 0)
      invalid(call, 'colors', colors, 'a non-empty array of colors');
    const first = colors[0] as unknown;
    // (position, color) pairs have length 2; an RGB or RGBA color never does.
    const pairs = Array.isArray(first) && first.length === 2 ? (colors as readonly ColorStop[]) : null;
    const positions = pairs ? pairs.map((p) => p[0]) : Array.from(linspace01(colors.length));
    const rgba = toRgbaArray(pairs ? pairs.map((p) => p[1]) : (colors as readonly ColorSpec[]), null, call);
    const channel = (c: number) => positions.map((x, i) => [x, rgba[i]![c]!, rgba[i]![c]!] as const);
    const data = { red: channel(0), green: channel(1), blue: channel(2), alpha: channel(3) };
    return new LinearSegmentedColormap(name, data, N, gamma);
  }

  /** A copy with `n` entries. As matplotlib, the copy samples with gamma 1. */
  resampled(n: number): LinearSegmentedColormap {
    return Colormap.carryExtremes(this, new LinearSegmentedColormap(this.name, this.segmentData, n), false);
  }

  reversed(name = `${this.name}_r`): LinearSegmentedColormap {
    const flip = (data: SegmentChannel): SegmentChannel =>
      typeof data === 'function'
        ? (x: number) => data(1 - x)
        : data.map(([x, y0, y1]) => [1 - x, y1, y0] as const).reverse();
    const data = mapChannels(this.segmentData, flip);
    return Colormap.carryExtremes(
      this,
      new LinearSegmentedColormap(name, data, this.N, this.gammaValue),
      true,
    );
  }
}

/** Segment data with `f` applied to each channel present. */
function mapChannels<C, D>(
  s: { red: C; green: C; blue: C; alpha?: C },
  f: (channel: C) => D,
): { red: D; green: D; blue: D; alpha?: D } {
  const out = { red: f(s.red), green: f(s.green), blue: f(s.blue) };
  return s.alpha === undefined ? out : { ...out, alpha: f(s.alpha) };
}

/**
 * A map that is a list of colors, value x picking entry floor(x * N) (matplotlib's
 * `ListedColormap`). With `N` the list is truncated or repeated to N entries.
 */
export class ListedColormap extends Colormap {
  /** The colors, one per entry. */
  readonly colors: readonly ColorSpec[];
  /** Whether all colors are identical (contour uses it). */
  readonly monochrome: boolean;

  constructor(colors: readonly ColorSpec[] | ColorSpec, name = 'from_list', N?: number) {
    const call = 'ListedColormap';
    const single = typeof colors === 'string';
    if (!single && (!Array.isArray(colors) || colors.length === 0)) {
      invalid(call, 'colors', colors, 'a non-empty array of colors');
    }
    const list = single ? [colors] : (colors as readonly ColorSpec[]);
    if (single && N === undefined) invalid(call, 'colors', colors, 'an array of colors, or a color with N');
    const n = N ?? list.length;
    super(name, n, call);
    this.colors = Object.freeze(Array.from({ length: n }, (_, i) => list[i % list.length]!));
    this.colors.forEach((c) => toRgba(c, null, call));
    this.monochrome = N !== undefined && list.length === 1;
  }

  protected buildColors(): Float64Array {
    const out = new Float64Array(this.N * 4);
    this.colors.forEach((c, i) => out.set(toRgba(c), i * 4));
    return out;
  }

  /** A copy with `n` entries sampled evenly from this one. */
  resampled(n: number): ListedColormap {
    const colors = Array.from(linspace01(n), (x) => this.map(x));
    return Colormap.carryExtremes(this, new ListedColormap(colors, this.name), false);
  }

  reversed(name = `${this.name}_r`): ListedColormap {
    return Colormap.carryExtremes(this, new ListedColormap([...this.colors].reverse(), name, this.N), true);
  }
}

/** matplotlib's `rcParams['image.lut']`: the size of every builtin map's table. */
const BUILTIN_LUT = 256;

function triples(flat: readonly number[]): (readonly [number, number, number])[] {
  return Array.from(
    { length: flat.length / 3 },
    (_, i) => [flat[3 * i]!, flat[3 * i + 1]!, flat[3 * i + 2]!] as const,
  );
}

/** Builds a builtin map from its data, as matplotlib's `_gen_cmap_registry` does. */
function buildBuiltin(name: string, spec: ColormapSpec): Colormap {
  switch (spec.kind) {
    case 'listed':
      return new ListedColormap(triples(spec.colors), name);
    case 'segments': {
      return new LinearSegmentedColormap(name, mapChannels(spec, triples), BUILTIN_LUT);
    }
    case 'functions':
      return new LinearSegmentedColormap(
        name,
        { red: spec.red, green: spec.green, blue: spec.blue },
        BUILTIN_LUT,
      );
    case 'fromList': {
      const colors = triples(spec.colors);
      const { positions } = spec;
      if (positions === undefined) return LinearSegmentedColormap.fromList(name, colors, BUILTIN_LUT);
      const pairs = colors.map((c, i) => [positions[i]!, c] as const);
      return LinearSegmentedColormap.fromList(name, pairs, BUILTIN_LUT);
    }
  }
}

const builtinCache = new Map<string, Colormap>();
const registered = new Map<string, Colormap>();

function isBuiltin(name: string): boolean {
  return Object.hasOwn(COLORMAP_DATA, name);
}

/** A builtin map or its `_r` twin, built once on first request. */
function builtin(name: string): Colormap | undefined {
  let cmap = builtinCache.get(name);
  if (cmap === undefined) {
    if (isBuiltin(name)) cmap = buildBuiltin(name, COLORMAP_DATA[name]!);
    else if (name.endsWith('_r') && isBuiltin(name.slice(0, -2)))
      cmap = builtin(name.slice(0, -2))!.reversed(name);
    else return undefined;
    builtinCache.set(name, cmap);
  }
  return cmap;
}

/** The registered or builtin map called `name` (not a copy), or undefined. */
function lookup(name: string): Colormap | undefined {
  const cmap = registered.get(name) ?? builtin(name);
  if (cmap !== undefined || !name.endsWith('_r')) return cmap;
  // Registered maps get their reversal on request too, rebuilt each time so re-registering is seen.
  return registered.get(name.slice(0, -2))?.reversed(name);
}

/**
 * A colormap by name, as `matplotlib.colormaps[name]` (every map also as `<name>_r`). The result is
 * a copy: changing its extremes does not change the registry. A Colormap is returned as it is;
 * no name means matplotlib's default `'viridis'`. With `lut`, the copy is resampled to that size.
 */
export function getCmap(name?: string | Colormap | null, lut?: number | null): Colormap {
  if (name instanceof Colormap) return lut ? name.resampled(lut) : name;
  const key = name ?? 'viridis';
  if (typeof key !== 'string') invalid('getCmap', 'colormap', key, 'a colormap name or a Colormap');
  const cmap = lookup(key);
  if (cmap === undefined) {
    throw new TsplotlibError('getCmap', `unknown colormap "${key}"${suggestion(key, colormapNames())}`);
  }
  return lut ? cmap.resampled(checkFinite('getCmap', 'lut', lut, { positive: true })) : cmap.copy();
}

/**
 * Adds a colormap to the registry under `name` (default `cmap.name`). Builtin names cannot be
 * replaced; a name registered before needs `force`. The registry keeps a copy.
 */
export function registerCmap(cmap: Colormap, options: { name?: string; force?: boolean } = {}): void {
  if (!(cmap instanceof Colormap)) invalid('registerCmap', 'colormap', cmap, 'a Colormap');
  const name = options.name ?? cmap.name;
  if (builtin(name) !== undefined) {
    throw new TsplotlibError('registerCmap', `cannot replace the builtin colormap "${name}"`);
  }
  if (registered.has(name) && !options.force) {
    throw new TsplotlibError(
      'registerCmap',
      `a colormap named "${name}" is already registered; pass force: true`,
    );
  }
  registered.set(name, cmap.copy());
}

/** Removes a colormap added with {@link registerCmap}; builtin maps cannot be removed. */
export function unregisterCmap(name: string): void {
  if (builtin(name) !== undefined) {
    throw new TsplotlibError('unregisterCmap', `cannot remove the builtin colormap "${name}"`);
  }
  registered.delete(name);
}

/** Every colormap name, builtin (with its `_r` twin) and registered, sorted as matplotlib sorts. */
export function colormapNames(): string[] {
  const names = new Set<string>();
  for (const name of Object.keys(COLORMAP_DATA)) names.add(name).add(`${name}_r`);
  for (const name of registered.keys()) names.add(name);
  return [...names].sort();
}
