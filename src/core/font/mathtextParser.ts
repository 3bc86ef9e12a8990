/**
 * The mathtext parser: turns a string with `$…$` segments into a packed box tree, following
 * matplotlib's `_mathtext.Parser` (a TeX subset). Supported: text mixed with math; `^` and `_`
 * with braced groups or single tokens, nested; font switches (`\mathdefault{…}`, `\mathrm{…}`,
 * `\mathit`, `\mathbf`, `\mathsf`, `\mathtt`, and bare `\rm`…); named symbols (Greek letters,
 * `\times`, `\cdot`, `\pm`, `\infty`, `\circ`, `\degree`, `\minus`, `\%`, `\$`, …); the spaces
 * `\,` `\:` `\;` `\ ` `\!` `\quad` `\qquad` `~`; `\frac`, `\dfrac` and `\sqrt`.
 */
import { TsplotlibError } from '../errors.js';
import type { FontSpec } from '../renderer.js';
import type { FontFace } from './FontFace.js';
import { findFont } from './fontManager.js';
import { charMetrics, hlist, makeBox, makeChar, makeKern, shrink, vlist } from './mathtextBoxes.js';
import type { ListNode, MathNode } from './mathtextBoxes.js';
import {
  BINARY_OPERATORS,
  DEJAVU_SANS_CONSTANTS as C,
  FONT_NAMES,
  PUNCTUATION,
  SPACE_WIDTHS,
  SPACED_SYMBOLS,
  TEX_SYMBOLS,
} from './mathtextSymbols.js';

const CALL = 'mathtext';

/** The parser state matplotlib pushes on `{` and pops on `}`: current font and size. */
interface ParserState {
  font: string;
  readonly sizePt: number;
  readonly dpi: number;
  readonly base: FontSpec;
}

/**
 * True when `s` holds math: an even, non-zero number of unescaped `$` (matplotlib's
 * `cbook.is_math_text`).
 */
export function isMathText(s: string): boolean {
  const dollars = (s.match(/\$/g)?.length ?? 0) - (s.match(/\\\$/g)?.length ?? 0);
  return dollars > 0 && dollars % 2 === 0;
}

/** Parses a whole mathtext string (text with `$…$` segments) into one packed Hlist. */
export function parseMathtext(text: string, font: FontSpec, dpi: number): ListNode {
  const segments = splitMath(text);
  const textState: ParserState = { font: 'default', sizePt: font.size, dpi, base: font };
  const parts: MathNode[] = [];
  segments.forEach((segment, i) => {
    if (i % 2 === 0) {
      const chars = Array.from(segment.replace(/\\\$/g, '$'), (c) => charNode(textState, c.codePointAt(0)!));
      parts.push(hlist(chars));
    } else {
      // Math starts in the italic font (rcParams['mathtext.default'] = 'it').
      const parser = new MathParser(segment, { ...textState, font: 'it' });
      parts.push(hlist(parser.parseAll()));
    }
  });
  return hlist(parts);
}

/** Splits at unescaped `$`: even indices are plain text, odd indices the math between dollars. */
function splitMath(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '$') i++;
    else if (text[i] === '$') {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  if (out.length % 2 === 0) throw new TsplotlibError(CALL, `unbalanced "$" in ${JSON.stringify(text)}`);
  return out;
}

/** The face for a mathtext font name, as matplotlib's DejaVuSansFonts fontmap. */
function faceFor(state: ParserState, name: string): FontFace {
  const plain = { family: 'DejaVu Sans', weight: 'normal', style: 'normal' } as const;
  if (name === 'default' || name === 'regular') return findFont(state.base);
  if (name === 'it') return findFont({ ...plain, style: 'italic' });
  if (name === 'bf') return findFont({ ...plain, weight: 'bold' });
  if (name === 'tt') return findFont({ ...plain, family: 'monospace' });
  return findFont(plain);
}

/** Only letters are italicized in `it`, and Greek capitals stay upright (matplotlib's `_get_glyph`). */
function glyphFont(name: string, codePoint: number): string {
  if (name !== 'it') return name;
  const c = String.fromCodePoint(codePoint);
  const greekCapital = codePoint >= 0x391 && codePoint <= 0x3a9;
  return /\p{L}/u.test(c) && !greekCapital ? 'it' : 'rm';
}

function charNode(state: ParserState, codePoint: number): MathNode {
  const name = glyphFont(state.font, codePoint);
  let face = faceFor(state, name);
  let cp = codePoint;
  if (!face.hasGlyph(cp)) {
    face = faceFor(state, 'rm');
    // matplotlib substitutes the currency sign for a symbol no font has.
    if (!face.hasGlyph(cp)) cp = 0xa4;
  }
  return makeChar(face, cp, (state.sizePt * state.dpi) / 72, name === 'it');
}

class MathParser {
  private pos = 0;
  private readonly states: ParserState[];

  constructor(
    private readonly src: string,
    state: ParserState,
  ) {
    this.states = [state];
  }

  private get state(): ParserState {
    return this.states[this.states.length - 1]!;
  }

  parseAll(): MathNode[] {
    const nodes = this.parseTokens(false);
    if (this.pos < this.src.length) this.fail('unexpected "}"');
    return nodes;
  }

  private fail(message: string): never {
    throw new TsplotlibError(
      CALL,
      `${message} at position ${this.pos} in ${JSON.stringify('$' + this.src + '$')}`,
    );
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  /** Tokens until the end of input, or until the closing `}` of a group when `inGroup`. */
  private parseTokens(inGroup: boolean): MathNode[] {
    const nodes: MathNode[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.src[this.pos];
      if (c === undefined) {
        if (inGroup) this.fail('missing "}"');
        return nodes;
      }
      if (c === '}') return nodes;
      const simple = this.parseSimple();
      if (simple) nodes.push(simple);
    }
  }

  /** A space, a font switch (which yields no node), or a nucleus with optional scripts. */
  private parseSimple(): MathNode | null {
    const cmd = this.peekCommand();
    if (cmd !== null && SPACE_WIDTHS.has(cmd)) {
      this.pos += cmd.length;
      return this.makeSpace(SPACE_WIDTHS.get(cmd)!);
    }
    if (cmd !== null && FONT_NAMES.has(cmd.slice(1))) {
      this.pos += cmd.length;
      this.state.font = cmd.slice(1);
      return null;
    }
    const c = this.src[this.pos];
    const nucleus = c === '^' || c === '_' ? null : this.parsePlaceable();
    return this.parseScripts(nucleus);
  }

  /** The command at the cursor (`\name` or `\` plus one character), or `~`; null otherwise. */
  private peekCommand(): string | null {
    if (this.src[this.pos] === '~') return '~';
    if (this.src[this.pos] !== '\\') return null;
    const m = /^\\(?:[a-zA-Z]+|.)/.exec(this.src.slice(this.pos));
    return m ? m[0] : null;
  }

  /** A group, a \frac, a \sqrt, or one symbol. */
  private parsePlaceable(): MathNode {
    this.skipSpace();
    const start = this.pos;
    const cmd = this.peekCommand();
    if (this.src[this.pos] === '{') return this.parseGroup(null);
    if (cmd !== null && cmd.startsWith('\\math') && FONT_NAMES.has(cmd.slice(5))) {
      this.pos += cmd.length;
      this.skipSpace();
      if (this.src[this.pos] !== '{') this.fail(`expected "{" after ${cmd}`);
      return this.parseGroup(cmd.slice(5));
    }
    if (cmd === '\\frac' || cmd === '\\dfrac') {
      this.pos += cmd.length;
      const num = this.parseGroup(null);
      const den = this.parseGroup(null);
      return this.fraction(num, den, cmd === '\\frac' ? 1 : 0);
    }
    if (cmd === '\\sqrt') {
      this.pos += cmd.length;
      return this.sqrt(this.parseGroup(null));
    }
    if (cmd !== null) {
      this.pos += cmd.length;
      const cp = TEX_SYMBOLS.get(cmd.slice(1));
      if (cp === undefined) {
        this.pos = start;
        this.fail(`unknown symbol ${cmd}`);
      }
      return this.symbol(cmd, cp, start);
    }
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    if (ch === '^' || ch === '_' || ch === '}') this.fail(`unexpected "${ch}"`);
    this.pos += ch.length;
    // A hyphen in math is a minus sign, as in matplotlib (Unicode TR25).
    const sym = ch === '-' ? '\u2212' : ch;
    return this.symbol(sym, sym.codePointAt(0)!, start);
  }

  /** `{…}`, optionally switching font for its content (`\mathrm{…}`). */
  private parseGroup(font: string | null): ListNode {
    this.skipSpace();
    if (this.src[this.pos] !== '{') this.fail('expected "{"');
    this.pos++;
    this.states.push({ ...this.state, font: font ?? this.state.font });
    const nodes = this.parseTokens(true);
    this.states.pop();
    this.pos++; // The closing brace.
    return hlist(nodes);
  }

  /** A symbol with matplotlib's spacing for binary operators, relations and punctuation. */
  private symbol(name: string, codePoint: number, loc: number): MathNode {
    const char = charNode(this.state, codePoint);
    const before = this.src.slice(0, loc).trimEnd();
    const prev = before[before.length - 1] ?? '';
    if (SPACED_SYMBOLS.has(name)) {
      // Binary operators at the start of an expression or a group are unary: no space.
      if (BINARY_OPERATORS.has(name) && (before === '' || prev === '{' || '([<'.includes(prev))) return char;
      return hlist([this.makeSpace(0.2), char, this.makeSpace(0.2)]);
    }
    if (PUNCTUATION.has(name)) {
      const next = this.src.slice(this.pos).trimStart()[0] ?? '';
      if (name === ',' && prev === '{' && next === '}') return char;
      if (name === '.' && /\d/.test(prev) && /\d/.test(next)) return char;
      return hlist([char, this.makeSpace(0.2)]);
    }
    return char;
  }

  /** A kern of `fraction` em, where an em is the advance of an italic "m" (matplotlib's `_make_space`). */
  private makeSpace(fraction: number): MathNode {
    const face = faceFor(this.state, 'it');
    const px = (this.state.sizePt * this.state.dpi) / 72;
    return makeKern(charMetrics(face, face.glyphIndex(0x6d), px).advance * fraction);
  }

  private xHeight(): number {
    const name = glyphFont(this.state.font, 0x78);
    const face = faceFor(this.state, name);
    return charMetrics(face, face.glyphIndex(0x78), (this.state.sizePt * this.state.dpi) / 72).ymax;
  }

  private ruleThickness(): number {
    return ((0.75 / 12) * this.state.sizePt * this.state.dpi) / 72;
  }

  /** Reads `^x` / `_x` after a nucleus and builds the script layout of matplotlib's `subsuper`. */
  private parseScripts(nucleus: MathNode | null): MathNode {
    let sup: MathNode | null = null;
    let sub: MathNode | null = null;
    for (;;) {
      const save = this.pos;
      this.skipSpace();
      const op = this.src[this.pos];
      if (op !== '^' && op !== '_') {
        this.pos = save;
        break;
      }
      this.pos++;
      const arg = this.parsePlaceable();
      if (op === '^') {
        if (sup) this.fail('double superscript');
        sup = arg;
      } else {
        if (sub) this.fail('double subscript');
        sub = arg;
      }
    }
    if (!sup && !sub) return nucleus ?? makeBox(0, 0, 0);
    return this.subsuper(nucleus ?? makeBox(0, 0, 0), sup, sub);
  }

  private subsuper(nucleusIn: MathNode, sup: MathNode | null, sub: MathNode | null): MathNode {
    const ruleThickness = this.ruleThickness();
    const xHeight = this.xHeight();
    // The last character sets the script positions; its width becomes its advance, without kerning.
    let lastChar: MathNode = nucleusIn;
    let nucleus: ListNode;
    if (nucleusIn.kind === 'hlist') {
      let children = nucleusIn.children;
      if (
        children.length >= 2 &&
        children[children.length - 1]!.kind === 'kern' &&
        children[children.length - 2]!.kind === 'char'
      ) {
        children = children.slice(0, -1);
      }
      if (children.length) {
        lastChar = children[children.length - 1]!;
        if (lastChar.kind === 'char') lastChar.width = lastChar.advance;
      }
      nucleus = hlist(children, false);
    } else {
      if (nucleusIn.kind === 'char') nucleusIn.width = nucleusIn.advance;
      nucleus = hlist([nucleusIn]);
    }
    const lcHeight = lastChar.kind === 'kern' ? 0 : lastChar.height;
    const slanted = lastChar.kind === 'char' && lastChar.slanted;
    let superkern = C.delta * xHeight;
    let subkern = C.delta * xHeight;
    if (slanted) {
      superkern += C.delta * xHeight + C.deltaSlanted * (lcHeight - (xHeight * 2) / 3);
      subkern = 0;
    }
    let x: ListNode;
    if (!sup) {
      x = hlist([makeKern(subkern), sub!]);
      shrink(x);
      x.shift = C.sub1 * xHeight;
    } else {
      x = hlist([makeKern(superkern), sup]);
      shrink(x);
      let shiftUp = C.sup1 * xHeight;
      if (!sub) x.shift = -shiftUp;
      else {
        const y = hlist([makeKern(subkern), sub]);
        shrink(y);
        const shiftDown = C.sub2 * xHeight;
        // If the scripts collide, move the superscript up.
        const clr = 2 * ruleThickness - (shiftUp - x.depth - (y.height - shiftDown));
        if (clr > 0) shiftUp += clr;
        x = vlist([x, makeKern(shiftUp - x.depth - (y.height - shiftDown)), y]);
        x.shift = shiftDown;
      }
    }
    x.width += C.scriptSpace * xHeight;
    return hlist([nucleus, x]);
  }

  /** `\frac` (one script level smaller) and `\dfrac` (full size), as matplotlib's `_genfrac`. */
  private fraction(num: ListNode, den: ListNode, levels: number): MathNode {
    const t = this.ruleThickness();
    for (let i = 0; i < levels; i++) {
      shrink(num);
      shrink(den);
    }
    const width = Math.max(num.width, den.width);
    const cnum = centered(num, width);
    const cden = centered(den, width);
    const v = vlist([
      cnum,
      makeBox(0, 0, 2 * t),
      makeBox(Infinity, t / 2, t / 2, true),
      makeBox(0, 0, 2 * t),
      cden,
    ]);
    // Shift so the fraction bar sits in the middle of an equals sign.
    const face = faceFor(this.state, glyphFont(this.state.font, 0x3d));
    const m = charMetrics(face, face.glyphIndex(0x3d), (this.state.sizePt * this.state.dpi) / 72);
    v.shift = cden.height - ((m.ymax + m.ymin) / 2 - 3 * t);
    return hlist([v, makeBox(2 * t, 0, 0)]);
  }

  /** `\sqrt{…}`: a radical sign scaled to the body's height, a rule over the padded body. */
  private sqrt(body: ListNode): MathNode {
    const t = this.ruleThickness();
    const height = body.height - body.shift + 5 * t;
    const depth = body.depth + body.shift;
    const probe = charNode(this.state, 0x221a);
    if (probe.kind !== 'char') return body;
    // matplotlib picks the closest sized alternative; DejaVu has one size, so scale it to fit.
    const factor = (height + depth) / Math.max(probe.height + probe.depth, 1e-9);
    const check = makeChar(probe.face, 0x221a, probe.sizePx * factor, false);
    const checkList = hlist([check]);
    checkList.shift = check.depth - depth;
    const padded = hlist([makeBox(2 * t, 0, 0), body, makeBox(2 * t, 0, 0)]);
    // The rule sits a little above the body: matplotlib stretches glue to this height.
    const target = height + (this.state.sizePt * this.state.dpi) / 1200;
    const gap = Math.max(target - t - padded.height, 0);
    const rightside = vlist([makeBox(Infinity, t / 2, t / 2, true), makeKern(gap), padded]);
    rightside.depth = depth;
    return hlist([makeBox(check.width * 0.5, 0, 0), makeKern(-check.width * 0.5), checkList, rightside]);
  }
}

/**
 * `node` centred in `width`. matplotlib uses stretchable glue whose offsets `ship` rounds to whole
 * pixels; the left pad is rounded the same way.
 */
function centered(node: ListNode, width: number): ListNode {
  const left = Math.round((width - node.width) / 2);
  const list = hlist([makeKern(left), node, makeKern(width - node.width - left)], false);
  return list;
}
