/**
 * Legend handlers: how each kind of plotted artist is drawn as a small key in a legend entry
 * (matplotlib's `legend_handler.py`). A handler builds a new artist that looks like the original,
 * sized to the entry's {@link DrawingArea} (in points), and adds it to that area.
 *
 * Supported: {@link Line2D} (HandlerLine2D), {@link PathCollection} from scatter
 * (HandlerPathCollection), {@link Patch} (HandlerPatch) and bar containers (a patch like their first
 * bar). Other artists get no handler; the legend warns and leaves them out, as matplotlib does.
 */
import type { ColorSpec } from '../core/colors.js';
import type { RGBA } from '../core/renderer.js';
import { invalid, TsplotlibError } from '../core/errors.js';
import { applyDrawstyle } from '../core/linestyles.js';
import { IdentityTransform } from '../core/transforms.js';
import type { Artist } from './Artist.js';
import { Collection, PathCollection } from './collections.js';
import { Line2D } from './Line2D.js';
import type { DrawingArea } from './offsetbox.js';
import { Patch, Rectangle } from './patches.js';
import { Text } from './Text.js';

/** What a handler reads from its legend. */
export interface HandlerLegendInfo {
  readonly numpoints: number;
  readonly scatterpoints: number;
  readonly markerscale: number;
  /** Scatter point heights as fractions of the handle height, already tiled to `scatterpoints`. */
  readonly scatteryoffsets: readonly number[];
}

/** A group of artists shown as one legend entry, like matplotlib's BarContainer. */
export interface ContainerLike {
  getLabel(): string;
  readonly constructor: { readonly name: string };
  getChildren(): readonly Artist[];
}

/** Anything a legend may be asked to show. */
export type LegendHandle = Artist | ContainerLike;

/** Builds the legend key for one original artist inside `handlebox`; returns the key's main artist. */
export type LegendHandler = (
  legend: HandlerLegendInfo,
  orig: LegendHandle,
  fontsize: number,
  handlebox: DrawingArea,
) => Artist;

/** Whether `h` is a container (a group of artists with one label) rather than an artist. */
export function isContainer(h: LegendHandle): h is ContainerLike {
  return !('draw' in h) && typeof (h as ContainerLike).getChildren === 'function';
}

/** The handler for `handle` (matplotlib's default handler map), or null when there is none. */
export function legendHandlerFor(handle: LegendHandle): LegendHandler | null {
  if (handle instanceof Line2D) return handlerLine2D;
  if (handle instanceof PathCollection) return handlerPathCollection;
  if (handle instanceof Patch) return handlerPatch;
  if (isContainer(handle) && handle.getChildren()[0] instanceof Patch) return handlerPatch;
  return null;
}

/**
 * The x positions of the line and of its markers across the handle (matplotlib's
 * `HandlerNpoints.get_xdata`): with several points they are inset by a 0.3-fontsize marker pad.
 */
function handleXdata(
  numpoints: number,
  xdescent: number,
  width: number,
  fontsize: number,
): { line: number[]; markers: number[] } {
  if (numpoints > 1) {
    const pad = 0.3 * fontsize;
    const xs = linspace(-xdescent + pad, -xdescent + width - pad, numpoints);
    return { line: xs, markers: xs };
  }
  return { line: [-xdescent, -xdescent + width], markers: [-xdescent + 0.5 * width] };
}

/** numpy's linspace with both ends included. */
function linspace(a: number, b: number, n: number): number[] {
  if (n === 1) return [a];
  const step = (b - a) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? b : a + i * step));
}

/** The line's marker edge width. */
function markerEdgeWidth(line: Line2D): number {
  return line.getMarkeredgewidth();
}

/**
 * A line through the middle of the handle with the original's style; with one point, a 3-point
 * line that marks only its middle vertex (matplotlib's HandlerLine2D).
 */
const handlerLine2D: LegendHandler = (legend, orig, fontsize, box) => {
  const line = orig as Line2D;
  const { line: xs0 } = handleXdata(legend.numpoints, box.xdescent, box.width, fontsize);
  const single = legend.numpoints === 1;
  const xs = single ? linspace(xs0[0]!, xs0[xs0.length - 1]!, 3) : xs0;
  const y = (box.height - box.ydescent) / 2;
  const s = line.legendStyle();
  const key = new Line2D(
    xs,
    xs.map(() => y),
    {
      color: s.color,
      linewidth: s.linewidth,
      linestyle: s.linestyle,
      marker: s.marker.spec,
      fillstyle: s.marker.fillStyle,
      markersize: s.markersize * legend.markerscale,
      markeredgewidth: markerEdgeWidth(line),
      markerfacecolor: line.markerFaceColor() as ColorSpec,
      markerfacecoloralt: line.markerFaceColor(true) as ColorSpec,
      markeredgecolor: line.markerEdgeColor() as ColorSpec,
      drawstyle: line.getDrawstyle(),
      markevery: single ? [1] : null,
      alpha: line.getAlpha(),
      transform: box.getTransform(),
    },
    'legend',
  );
  box.addArtist(key);
  return key;
};

/** A rectangle filling the handle box, painted like the original patch (matplotlib's HandlerPatch). */
const handlerPatch: LegendHandler = (_legend, orig, _fontsize, box) => {
  const patch = (isContainer(orig) ? orig.getChildren()[0] : orig) as Patch;
  const hatch = patch.getHatch();
  const key = new Rectangle([-box.xdescent, -box.ydescent], box.width, box.height, {
    facecolor: patch.getFacecolor() as ColorSpec,
    edgecolor: patch.getEdgecolor() as ColorSpec,
    linewidth: patch.getLinewidth(),
    fill: patch.getFill(),
    hatch,
    transform: box.getTransform(),
  });
  box.addArtist(key);
  return key;
};

/**
 * Marker sizes of the scatter key (matplotlib's `HandlerRegularPolyCollection.get_sizes`): for up to
 * three points the mean, the largest and the smallest size; for more, evenly spaced between them.
 */
export function scatterKeySizes(sizes: ArrayLike<number>, markerscale: number, numpoints: number): number[] {
  const list = sizes.length ? Array.from(sizes) : [1];
  const max = Math.max(...list) * markerscale ** 2;
  const min = Math.min(...list) * markerscale ** 2;
  if (numpoints < 4) return [0.5 * (max + min), max, min].slice(0, numpoints);
  return linspace(0, 1, numpoints).map((t) => (max - min) * t + min);
}

/** A few markers of the scatter's shape, colors and sizes (matplotlib's HandlerPathCollection). */
const handlerPathCollection: LegendHandler = (legend, orig, fontsize, box) => {
  const coll = orig as PathCollection;
  const n = legend.scatterpoints;
  const { markers: xs } = handleXdata(n, box.xdescent, box.width, fontsize);
  const offsets = new Float64Array(2 * Math.min(xs.length, legend.scatteryoffsets.length));
  for (let i = 0; i < offsets.length / 2; i++) {
    offsets[2 * i] = xs[i]!;
    offsets[2 * i + 1] = box.height * legend.scatteryoffsets[i]!;
  }
  const path = coll.getPaths()[0];
  const key = new PathCollection(
    path ? [path] : [],
    scatterKeySizes(coll.getSizes(), legend.markerscale, n),
    {
      facecolors: coll.getFacecolors() as ColorSpec[],
      edgecolors: coll.getEdgecolors() as ColorSpec[],
      linewidths: coll.getLinewidths(),
      offsets,
      offsetTransform: box.getTransform(),
      // The markers are sized in pixels by the collection itself; only their offsets go through the box.
      transform: new IdentityTransform(),
    },
  );
  box.addArtist(key);
  return key;
};

// ---- label colors taken from the keys ----

type KeyColorGetter = (key: Artist) => RGBA | ColorSpec | undefined;
const faceOf: KeyColorGetter = (k) =>
  k instanceof Line2D
    ? k.markerFaceColor()
    : k instanceof PathCollection
      ? k.getFacecolors()[0]
      : k instanceof Patch
        ? k.getFacecolor()
        : undefined;
const edgeOf: KeyColorGetter = (k) =>
  k instanceof Line2D
    ? k.markerEdgeColor()
    : k instanceof PathCollection
      ? k.getEdgecolors()[0]
      : k instanceof Patch
        ? k.getEdgecolor()
        : undefined;
/** The colors `labelcolor: 'linecolor'` and friends copy from each key (matplotlib's getter table). */
const KEY_COLOR_GETTERS = {
  linecolor: (k: Artist) => (k instanceof Line2D ? k.getColor() : faceOf(k)),
  markerfacecolor: faceOf,
  mfc: faceOf,
  markeredgecolor: edgeOf,
  mec: edgeOf,
} as const;

/** The `labelcolor` values that copy a color from each entry's key. */
export type KeyColorName = keyof typeof KEY_COLOR_GETTERS;

/** Whether `s` names a color copied from the keys ('linecolor', 'markerfacecolor', 'mfc', …). */
export function isKeyColorName(s: string): s is KeyColorName {
  return Object.hasOwn(KEY_COLOR_GETTERS, s);
}

/** The color `which` of a legend key: its line color, marker face or marker edge (first item for scatter). */
export function keyColor(key: Artist, which: KeyColorName): RGBA | ColorSpec | undefined {
  return KEY_COLOR_GETTERS[which](key);
}

// ---- which artists a legend shows ----

/** What an Axes offers a legend: its children and, when it has them, its containers (bars). */
export interface LegendSource {
  getChildren(): readonly Artist[];
  readonly containers?: readonly ContainerLike[];
}

/**
 * The artists of `axes` a legend can show, in matplotlib's order: children first, then containers
 * (matplotlib's `_get_legend_handles`). Labelled artists that no handler can draw are reported.
 */
export function legendHandles(axes: LegendSource): LegendHandle[] {
  const out: LegendHandle[] = [];
  const candidates: LegendHandle[] = [
    ...axes.getChildren().filter((a) => isLegendCandidate(a)),
    ...(axes.containers ?? []),
  ];
  for (const h of candidates) {
    const label = h.getLabel();
    const handler = legendHandlerFor(h);
    if (handler && label !== '_nolegend_') out.push(h);
    else if (!handler && label && !label.startsWith('_')) {
      console.warn(
        `legend: handles of type ${h.constructor.name} are not supported; use a proxy artist (a Line2D or a Patch) instead`,
      );
    }
  }
  return out;
}

/** matplotlib looks at lines, patches, collections and texts among the children. */
function isLegendCandidate(a: Artist): boolean {
  return a instanceof Line2D || a instanceof Patch || a instanceof Collection || a instanceof Text;
}

/** The handles and labels `legend()` shows by default: labelled artists whose label does not start with '_'. */
export function legendHandlesAndLabels(axes: LegendSource): { handles: LegendHandle[]; labels: string[] } {
  const handles: LegendHandle[] = [];
  const labels: string[] = [];
  for (const h of legendHandles(axes)) {
    const label = h.getLabel();
    if (label && !label.startsWith('_')) {
      handles.push(h);
      labels.push(label);
    }
  }
  return { handles, labels };
}

/** The result of {@link parseLegendArgs}: what to show, and the remaining options. */
export interface LegendArgs<O> {
  handles: LegendHandle[];
  labels: string[];
  options: O;
}

/**
 * Reads the call shapes of `legend(...)`: `()`, `(labels)`, `(handles, labels)`, each optionally
 * followed by an options object, and `({ handles, labels, ...options })` (matplotlib's
 * `_parse_legend_args`). Labels without handles take the first handles of `axes`; handles without
 * labels take their own labels.
 */
export function parseLegendArgs<O extends object>(
  axes: LegendSource,
  args: readonly unknown[],
): LegendArgs<Omit<O, 'handles' | 'labels'>> {
  const positional = [...args];
  const last = positional[positional.length - 1];
  const opts = isPlainObject(last) ? (positional.pop() as Record<string, unknown>) : {};
  const {
    handles: kwHandles,
    labels: kwLabels,
    ...options
  } = opts as { handles?: unknown; labels?: unknown };
  if ((kwHandles !== undefined || kwLabels !== undefined) && positional.length) {
    console.warn('legend: positional and keyword handles/labels were mixed; some input may be discarded');
  }
  if (positional.length > 2)
    throw new TsplotlibError(
      'legend',
      `expected at most handles and labels before the options, got ${positional.length} arguments`,
    );
  let handles = (kwHandles ?? (positional.length === 2 ? positional[0] : undefined)) as
    LegendHandle[] | undefined;
  let labels = (kwLabels ?? (positional.length === 2 ? positional[1] : positional[0])) as
    unknown[] | undefined;
  if (handles !== undefined) checkHandles(handles);
  if (labels !== undefined && !Array.isArray(labels))
    invalid('legend', 'labels', labels, 'an array of strings');
  if (labels?.some((l) => typeof l === 'object' && l !== null)) {
    throw new TsplotlibError(
      'legend',
      'a single argument must be a list of labels, but it contains an artist; pass (handles, labels)',
    );
  }
  if (handles && labels) {
    const n = Math.min(handles.length, labels.length);
    [handles, labels] = [handles.slice(0, n), labels.slice(0, n)];
  } else if (handles) labels = handles.map((h) => h.getLabel());
  else if (labels) handles = legendHandles(axes).slice(0, labels.length);
  else {
    ({ handles, labels } = legendHandlesAndLabels(axes));
    if (handles.length === 0) {
      console.warn(
        "legend: no artists with labels found to put in legend; artists whose label starts with '_' are left out when legend() is called with no argument",
      );
    }
  }
  return {
    handles: handles!,
    labels: labels!.slice(0, handles!.length).map((l) => String(l)),
    options: options as Omit<O, 'handles' | 'labels'>,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

function checkHandles(h: unknown): asserts h is LegendHandle[] {
  if (!Array.isArray(h)) invalid('legend', 'handles', h, 'an array of artists');
  for (const a of h) {
    if (typeof a !== 'object' || a === null || typeof (a as LegendHandle).getLabel !== 'function') {
      invalid('legend', 'handle', a, 'an artist');
    }
  }
}

// ---- what 'best' placement avoids ----

/** What a legend placed with 'best' should avoid, in display pixels (matplotlib's `_auto_legend_data`). */
export interface LegendObstacles {
  /** Each line's vertices, flat x, y pairs. */
  readonly lines: Float64Array[];
  /** Patch boxes, flat x0, y0, x1, y1 quadruples. */
  readonly bboxes: Float64Array;
  /** Collection offsets (scatter points), flat x, y pairs. */
  readonly offsets: Float64Array;
}

/** Gathers the lines, patch boxes and scatter points of an Axes' children in display pixels. */
export function autoLegendData(children: readonly Artist[]): LegendObstacles {
  const lines: Float64Array[] = [];
  const boxes: number[] = [];
  const offsets: Float64Array[] = [];
  for (const a of children) {
    if (a instanceof Line2D) {
      const [x, y] = a.getData();
      const steps = applyDrawstyle(a.getDrawstyle(), x, y);
      lines.push(a.getTransform().transformFlat(interleave(steps.x, steps.y)));
    } else if (a instanceof Rectangle) {
      // matplotlib uses the unrotated rectangle here, mapped by its data transform.
      const b = a.getBbox().transformedBy(a.getTransform());
      boxes.push(b.x0, b.y0, b.x1, b.y1);
    } else if (a instanceof Patch) {
      const b = a.getWindowExtent();
      boxes.push(b.x0, b.y0, b.x1, b.y1);
    } else if (a instanceof Collection) {
      offsets.push(a.getOffsetTransform().transformFlat(a.getOffsets()));
    }
  }
  return { lines, bboxes: Float64Array.from(boxes), offsets: concat(offsets) };
}

function interleave(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(2 * x.length);
  for (let i = 0; i < x.length; i++) {
    out[2 * i] = x[i]!;
    out[2 * i + 1] = y[i]!;
  }
  return out;
}

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
