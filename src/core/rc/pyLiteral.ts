/**
 * A reader for the small Python expressions that appear as rc values in matplotlibrc and mplstyle
 * files: tuples such as `(0, (3, 1))` for a dash pattern or `(0.1, 0.2, 0.5)` for a color, and
 * `cycler('color', ['E24A33', '348ABD'])` for a property cycle, combined with `+` and `*`.
 *
 * matplotlib runs these through `ast.literal_eval` and a locked-down `eval`; this reader accepts the
 * same literal grammar (numbers, strings, `None`/`True`/`False`, tuples, lists, calls with positional
 * and keyword arguments) and evaluates nothing: calls and operators are handed to the caller.
 */
import { INVALID } from './validators.js';
import type { Invalid } from './validators.js';

/** A value read from Python literal syntax; tuples and lists both become arrays. */
export type PyValue =
  number | string | boolean | null | readonly PyValue[] | { readonly [key: string]: unknown };

/** What a caller supplies to give meaning to calls and operators; either may return {@link INVALID}. */
export interface PyEvaluator {
  /** Evaluates `name(args…, key=value…)`. */
  call(name: string, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>): PyValue | Invalid;
  /** Evaluates `a + b` or `a * b` when they are not both numbers. */
  binary(op: '+' | '*', a: PyValue, b: PyValue): PyValue | Invalid;
}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'punct'; value: string };

/** Raised inside the reader to abandon a parse; never escapes this module. */
class ParseFailure extends Error {}

const TOKEN =
  /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|([A-Za-z_]\w*)|([()[\],=+*-]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A sticky regex keeps its position in lastIndex, so each call works on its own copy.
  const re = new RegExp(TOKEN.source, 'y');
  while (re.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(re.lastIndex))) break;
    const m = re.exec(text);
    if (m === null) throw new ParseFailure();
    const [, num, str, name, punct] = m;
    if (num !== undefined) tokens.push({ kind: 'num', value: Number(num) });
    else if (str !== undefined) tokens.push({ kind: 'str', value: unescape(str.slice(1, -1)) });
    else if (name !== undefined) tokens.push({ kind: 'name', value: name });
    else tokens.push({ kind: 'punct', value: punct! });
  }
  return tokens;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"' };

function unescape(body: string): string {
  return body.replace(/\\(.)/g, (whole, c: string) => ESCAPES[c] ?? whole);
}

/** A recursive-descent reader over the token list; precedence as in Python (`*` before `+`). */
class Reader {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly evaluator: PyEvaluator,
  ) {}

  readAll(): PyValue {
    const value = this.expression();
    if (this.pos !== this.tokens.length) throw new ParseFailure();
    return value;
  }

  private peek(value: string): boolean {
    const t = this.tokens[this.pos];
    return t !== undefined && t.kind === 'punct' && t.value === value;
  }

  private expect(value: string): void {
    if (!this.peek(value)) throw new ParseFailure();
    this.pos++;
  }

  private expression(): PyValue {
    let left = this.term();
    while (this.peek('+')) {
      this.pos++;
      left = this.combine('+', left, this.term());
    }
    return left;
  }

  private term(): PyValue {
    let left = this.unary();
    while (this.peek('*')) {
      this.pos++;
      left = this.combine('*', left, this.unary());
    }
    return left;
  }

  private combine(op: '+' | '*', a: PyValue, b: PyValue): PyValue {
    if (typeof a === 'number' && typeof b === 'number') return op === '+' ? a + b : a * b;
    return this.checked(this.evaluator.binary(op, a, b));
  }

  private unary(): PyValue {
    if (!this.peek('-')) return this.atom();
    this.pos++;
    const v = this.unary();
    if (typeof v !== 'number') throw new ParseFailure();
    return -v;
  }

  private atom(): PyValue {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new ParseFailure();
    if (t.kind === 'num' || t.kind === 'str') return t.value;
    if (t.kind === 'name') return this.name(t.value);
    if (t.value === '(') return this.sequence(')', true);
    if (t.value === '[') return this.sequence(']', false);
    throw new ParseFailure();
  }

  private name(name: string): PyValue {
    if (this.peek('(')) {
      this.pos++;
      return this.call(name);
    }
    if (name === 'None') return null;
    if (name === 'True' || name === 'False') return name === 'True';
    throw new ParseFailure();
  }

  /** Reads items up to `close`; a parenthesised single item without a trailing comma is not a tuple. */
  private sequence(close: string, isTuple: boolean): PyValue {
    const items: PyValue[] = [];
    let trailingComma = false;
    while (!this.peek(close)) {
      items.push(this.expression());
      trailingComma = this.peek(',');
      if (trailingComma) this.pos++;
      else break;
    }
    this.expect(close);
    if (isTuple && items.length === 1 && !trailingComma) return items[0]!;
    return items;
  }

  private call(name: string): PyValue {
    const args: PyValue[] = [];
    const kwargs = new Map<string, PyValue>();
    while (!this.peek(')')) {
      const t = this.tokens[this.pos];
      const next = this.tokens[this.pos + 1];
      if (t?.kind === 'name' && next?.kind === 'punct' && next.value === '=') {
        this.pos += 2;
        kwargs.set(t.value, this.expression());
      } else {
        if (kwargs.size > 0) throw new ParseFailure();
        args.push(this.expression());
      }
      if (!this.peek(',')) break;
      this.pos++;
    }
    this.expect(')');
    return this.checked(this.evaluator.call(name, args, kwargs));
  }

  private checked(value: PyValue | Invalid): PyValue {
    if (value === INVALID) throw new ParseFailure();
    return value;
  }
}

/**
 * Reads one Python literal expression, or returns {@link INVALID} if the text is not one (or a call
 * or operator in it was refused by `evaluator`).
 */
export function readPyLiteral(text: string, evaluator: PyEvaluator = NO_CALLS): PyValue | Invalid {
  try {
    return new Reader(tokenize(text), evaluator).readAll();
  } catch (e) {
    if (e instanceof ParseFailure) return INVALID;
    throw e;
  }
}

/** The evaluator for plain literals: every call and non-numeric operator is refused. */
export const NO_CALLS: PyEvaluator = {
  call: () => INVALID,
  binary: () => INVALID,
};
