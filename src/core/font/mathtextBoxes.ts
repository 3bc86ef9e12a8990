/**
 * The TeX box model behind mathtext (matplotlib's `_mathtext.py` Node classes): characters, kerns,
 * invisible boxes, rules, and horizontal and vertical lists that pack their children. `ship`
 * walks a packed tree and emits glyph and rule positions, as TeX's `hlist_out`/`vlist_out` do.
 *
 * Coordinates inside the model follow TeX: x right, y down, with height above and depth below a
 * baseline. Lengths are pixels.
 */
import type { FontFace } from './FontFace.js';
import { NUM_SIZE_LEVELS, SHRINK_FACTOR } from './mathtextSymbols.js';
import { snapX, snapY } from './textLayout.js';

/** A glyph's metrics at one pixel size, in matplotlib's mathtext terms (y up). */
export interface CharMetrics {
  readonly advance: number;
  readonly xmin: number;
  readonly xmax: number;
  readonly ymin: number;
  readonly ymax: number;
}

/** One character: its face, glyph and pixel size, with TeX box dimensions. */
export interface CharNode {
  readonly kind: 'char';
  readonly face: FontFace;
  readonly glyph: number;
  readonly codePoint: number;
  readonly slanted: boolean;
  sizePx: number;
  width: number;
  height: number;
  depth: number;
  advance: number;
  level: number;
}

/** Horizontal (or, inside a vertical list, vertical) spacing. */
export interface KernNode {
  readonly kind: 'kern';
  width: number;
  level: number;
}

/** An invisible box (matplotlib's Hbox/Vbox), or a filled rule when `rule` is set. */
export interface BoxNode {
  readonly kind: 'box';
  readonly rule: boolean;
  width: number;
  height: number;
  depth: number;
  level: number;
}

/** A packed list of nodes, laid out horizontally or vertically. */
export interface ListNode {
  readonly kind: 'hlist' | 'vlist';
  children: MathNode[];
  width: number;
  height: number;
  depth: number;
  shift: number;
  level: number;
}

export type MathNode = CharNode | KernNode | BoxNode | ListNode;

/** Unhinted metrics, with matplotlib's hinted grid emulated (1/8 px across, whole pixels up). */
export function charMetrics(face: FontFace, glyph: number, sizePx: number): CharMetrics {
  const s = sizePx / face.unitsPerEm;
  const [x0, y0, x1, y1] = face.glyphBounds(glyph);
  return {
    advance: face.advanceWidth(glyph) * s,
    xmin: snapX(x0 * s),
    xmax: snapX(x1 * s),
    ymin: snapY(y0 * s),
    ymax: snapY(y1 * s),
  };
}

/** A Char node: ink width (advance for a space), iceberg height and depth, as matplotlib's Char. */
export function makeChar(face: FontFace, codePoint: number, sizePx: number, slanted: boolean): CharNode {
  const glyph = face.glyphIndex(codePoint);
  const m = charMetrics(face, glyph, sizePx);
  const width = codePoint === 0x20 ? m.advance : m.xmax - m.xmin;
  return {
    kind: 'char',
    face,
    glyph,
    codePoint,
    slanted,
    sizePx,
    width,
    height: m.ymax,
    depth: -m.ymin,
    advance: m.advance,
    level: 0,
  };
}

export function makeKern(width: number): KernNode {
  return { kind: 'kern', width, level: 0 };
}

export function makeBox(width: number, height: number, depth: number, rule = false): BoxNode {
  return { kind: 'box', rule, width, height, depth, level: 0 };
}

/** The space a character leaves before the next one: advance minus ink width, plus pair kerning. */
function kerningAfter(c: CharNode, next: MathNode | undefined): number {
  let kern = 0;
  if (next?.kind === 'char' && next.face === c.face && next.sizePx === c.sizePx) {
    kern = snapX(c.face.kerning(c.glyph, next.glyph) * (c.sizePx / c.face.unitsPerEm));
  }
  return c.advance - c.width + kern;
}

/** An Hlist with kerns inserted between characters (unless `kern` is false), packed to natural width. */
export function hlist(children: MathNode[], kern = true): ListNode {
  const list: ListNode = { kind: 'hlist', children, width: 0, height: 0, depth: 0, shift: 0, level: 0 };
  if (kern) {
    const out: MathNode[] = [];
    children.forEach((node, i) => {
      out.push(node);
      if (node.kind !== 'char') return;
      const k = kerningAfter(node, children[i + 1]);
      if (k !== 0) out.push(makeKern(k));
    });
    list.children = out;
  }
  hpack(list);
  return list;
}

/** Natural width, height and depth of a horizontal list (matplotlib's `hpack` with no glue). */
export function hpack(list: ListNode): void {
  let h = 0, d = 0, x = 0; // prettier-ignore
  for (const p of list.children) {
    x += p.width;
    if (p.kind === 'char') {
      h = Math.max(h, p.height);
      d = Math.max(d, p.depth);
    } else if (p.kind !== 'kern' && Number.isFinite(p.height) && Number.isFinite(p.depth)) {
      const s = p.kind === 'box' ? 0 : p.shift;
      h = Math.max(h, p.height - s);
      d = Math.max(d, p.depth + s);
    }
  }
  list.width = x;
  list.height = h;
  list.depth = d;
}

/** A Vlist packed to its natural height (matplotlib's `vpack`): depth is the last box's depth. */
export function vlist(children: MathNode[]): ListNode {
  const list: ListNode = { kind: 'vlist', children, width: 0, height: 0, depth: 0, shift: 0, level: 0 };
  let w = 0, d = 0, x = 0; // prettier-ignore
  for (const p of children) {
    if (p.kind === 'kern') {
      x += d + p.width;
      d = 0;
    } else if (p.kind !== 'char') {
      x += d + p.height;
      d = p.depth;
      if (Number.isFinite(p.width)) w = Math.max(w, p.width + (p.kind === 'box' ? 0 : p.shift));
    }
  }
  list.width = w;
  list.depth = d;
  list.height = x;
  return list;
}

/** Shrinks a node one script level (x 0.7), for at most NUM_SIZE_LEVELS levels, as matplotlib's `shrink`. */
export function shrink(node: MathNode): void {
  if (node.kind === 'hlist' || node.kind === 'vlist') for (const c of node.children) shrink(c);
  node.level += 1;
  if (node.level >= NUM_SIZE_LEVELS) return;
  node.width *= SHRINK_FACTOR;
  if (node.kind === 'kern') return;
  node.height *= SHRINK_FACTOR;
  node.depth *= SHRINK_FACTOR;
  if (node.kind === 'char') {
    node.sizePx *= SHRINK_FACTOR;
    node.advance *= SHRINK_FACTOR;
  } else if (node.kind !== 'box') node.shift *= SHRINK_FACTOR;
}

/** A shipped glyph: pen position (x right, y down from the top of the outer box) and its metrics. */
export interface ShippedGlyph {
  readonly node: CharNode;
  readonly x: number;
  readonly y: number;
  readonly metrics: CharMetrics;
}

/** Shipped output: glyphs and rules ([x1, y1, x2, y2], y down), as matplotlib's `Output`. */
export interface Shipped {
  readonly glyphs: ShippedGlyph[];
  readonly rects: [number, number, number, number][];
}

/** Walks a packed box and emits glyph and rule positions (matplotlib's `ship`). */
export function ship(box: ListNode): Shipped {
  const out: Shipped = { glyphs: [], rects: [] };
  let curV = 0;
  let curH = 0;
  const offV = box.height;

  const hlistOut = (list: ListNode): void => {
    const baseLine = curV;
    for (const p of list.children) {
      if (p.kind === 'char') {
        out.glyphs.push({
          node: p,
          x: curH,
          y: curV + offV,
          metrics: charMetrics(p.face, p.glyph, p.sizePx),
        });
        curH += p.width;
      } else if (p.kind === 'kern') curH += p.width;
      else if (p.kind === 'box') {
        const rh = Number.isFinite(p.height) ? p.height : list.height;
        const rd = Number.isFinite(p.depth) ? p.depth : list.depth;
        if (p.rule && rh > 0 && p.width > 0) {
          // matplotlib renders a rule from its bottom edge downwards by its height; kept for parity.
          const y = baseLine + rd + offV;
          out.rects.push([curH, y, curH + p.width, y + rh]);
        }
        curH += p.width;
      } else if (p.children.length === 0) curH += p.width;
      else {
        const edge = curH;
        curV = baseLine + p.shift;
        if (p.kind === 'hlist') hlistOut(p);
        else vlistOut(p);
        curH = edge + p.width;
        curV = baseLine;
      }
    }
  };

  const vlistOut = (list: ListNode): void => {
    const leftEdge = curH;
    curV -= list.height;
    for (const p of list.children) {
      if (p.kind === 'kern') curV += p.width;
      else if (p.kind === 'box') {
        const width = Number.isFinite(p.width) ? p.width : list.width;
        const rh = p.height + p.depth;
        // As in matplotlib, a box advances the list only when it has depth (a TeX quirk kept for parity).
        if (rh > 0 && p.depth > 0) {
          curV += rh;
          if (p.rule) out.rects.push([curH, curV + offV, curH + width, curV + offV + rh]);
        }
      } else if (p.kind === 'char') continue;
      else if (p.children.length === 0) curV += p.height + p.depth;
      else {
        curV += p.height;
        curH = leftEdge + p.shift;
        const save = curV;
        p.width = list.width;
        if (p.kind === 'hlist') hlistOut(p);
        else vlistOut(p);
        curV = save + p.depth;
        curH = leftEdge;
      }
    }
  };

  hlistOut(box);
  return out;
}
