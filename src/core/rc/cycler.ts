/**
 * Property cycles (`axes.prop_cycle`): which colors, widths, styles… successive lines and patches take.
 *
 * A {@link Cycler} is stored in matplotlib's `by_key()` form, one equal-length list per property:
 * `{ color: ['#1f77b4', '#ff7f0e'] }`, or `{ color: ['r', 'g'], linestyle: ['-', '--'] }` for two
 * properties that cycle together. Property names are matplotlib's; aliases (`c`, `lw`, `ls`, …) are
 * normalised on the way in. `+` (zip) and `*` (outer product) of matplotlib's cycler package are
 * {@link cyclerAdd} and {@link cyclerMultiply}; the rc text form `cycler('color', ['E24A33', …])` is
 * read by {@link parseCyclerText}.
 */
import { TsplotlibError, describeValue, suggestion } from '../errors.js';
import { readPyLiteral } from './pyLiteral.js';
import type { PyValue } from './pyLiteral.js';
import {
  capStyle,
  colorList,
  cycleColorList,
  fillStyle,
  hatch,
  joinStyle,
  lineStyle,
} from './propertyValidators.js';
import type { CapStyle, JoinStyle, LineStyle, RcColor } from './propertyValidators.js';
import { float, floatList, INVALID, listOf, string, validator } from './validators.js';
import type { Invalid, Validator } from './validators.js';

/** The value type of each property a cycle may carry (matplotlib's `_prop_validators`). */
export interface CyclerProperties {
  color: RcColor;
  linewidth: number;
  linestyle: LineStyle;
  facecolor: RcColor;
  edgecolor: RcColor;
  joinstyle: JoinStyle;
  capstyle: CapStyle;
  fillstyle: 'full' | 'left' | 'right' | 'bottom' | 'top' | 'none';
  markerfacecolor: RcColor;
  markersize: number;
  markeredgewidth: number;
  markeredgecolor: RcColor;
  markevery: unknown;
  alpha: number;
  marker: string;
  hatch: string;
  dashes: readonly number[];
}

/** A property cycle in `by_key()` form: each present property maps to a list, all of one length. */
export type Cycler = { readonly [P in keyof CyclerProperties]?: readonly CyclerProperties[P][] };

/** The short names matplotlib accepts for cycle properties. */
export const CYCLER_ALIASES: Readonly<Record<string, keyof CyclerProperties>> = {
  c: 'color',
  lw: 'linewidth',
  ls: 'linestyle',
  fc: 'facecolor',
  ec: 'edgecolor',
  mfc: 'markerfacecolor',
  mec: 'markeredgecolor',
  mew: 'markeredgewidth',
  ms: 'markersize',
};

/** What {@link cycler} accepts: property lists keyed by name or alias (a color list may be a string). */
export type CyclerInput = { readonly [key: string]: readonly unknown[] | string };

const markevery = validator<unknown>('a markevery value', (v) => (v === undefined ? INVALID : v));

const PROPERTY_VALIDATORS: {
  readonly [P in keyof CyclerProperties]: Validator<readonly unknown[], unknown>;
} = {
  color: cycleColorList,
  linewidth: floatList,
  linestyle: listOf(lineStyle),
  facecolor: colorList,
  edgecolor: colorList,
  joinstyle: listOf(joinStyle),
  capstyle: listOf(capStyle),
  fillstyle: listOf(fillStyle),
  markerfacecolor: colorList,
  markersize: floatList,
  markeredgewidth: floatList,
  markeredgecolor: colorList,
  markevery: listOf(markevery),
  alpha: listOf(float),
  marker: listOf(string),
  hatch: listOf(hatch),
  dashes: listOf(floatList),
};

function canonicalProperty(name: string): keyof CyclerProperties {
  const canonical = CYCLER_ALIASES[name] ?? name;
  if (!Object.hasOwn(PROPERTY_VALIDATORS, canonical)) {
    const known = [...Object.keys(PROPERTY_VALIDATORS), ...Object.keys(CYCLER_ALIASES)];
    throw new TsplotlibError('cycler', `unknown property "${name}"${suggestion(name, known)}`);
  }
  return canonical as keyof CyclerProperties;
}

/** The number of entries in a cycle (0 for an empty one). */
export function cyclerLength(c: Cycler): number {
  for (const values of Object.values(c) as (readonly unknown[])[]) return values.length;
  return 0;
}

/**
 * Builds a validated cycle, as matplotlib's `cycler()`: `cycler('color', ['r', 'g'])` or
 * `cycler({ color: ['r', 'g'], lw: [1, 2] })`. Several properties must have lists of one length.
 */
export function cycler(property: string, values: readonly unknown[] | string): Cycler;
export function cycler(properties: CyclerInput): Cycler;
export function cycler(first: string | CyclerInput, values?: readonly unknown[] | string): Cycler {
  const pairs: [string, unknown][] = typeof first === 'string' ? [[first, values]] : Object.entries(first);
  if (pairs.length === 0) throw new TsplotlibError('cycler', 'needs at least one property');
  const out: Record<string, readonly unknown[]> = {};
  for (const [name, vals] of pairs) {
    const prop = canonicalProperty(name);
    if (Object.hasOwn(out, prop)) {
      throw new TsplotlibError('cycler', `property "${prop}" is given twice (once through an alias)`);
    }
    const checked = PROPERTY_VALIDATORS[prop].check(vals);
    if (checked === INVALID) {
      throw new TsplotlibError(
        'cycler',
        `invalid ${prop} values ${describeValue(vals)}; expected ${PROPERTY_VALIDATORS[prop].expected}`,
      );
    }
    out[prop] = checked;
  }
  return checkLengths(out);
}

function checkLengths(c: Record<string, readonly unknown[]>): Cycler {
  const lengths = new Set(Object.values(c).map((v) => v.length));
  if (lengths.size > 1) {
    throw new TsplotlibError('cycler', `property lists differ in length (${[...lengths].join(', ')})`);
  }
  return Object.freeze(c) as Cycler;
}

/** `a + b`: properties of both cycles zipped together; they must be disjoint and of one length. */
export function cyclerAdd(a: Cycler, b: Cycler): Cycler {
  const shared = Object.keys(a).filter((k) => Object.hasOwn(b, k));
  if (shared.length)
    throw new TsplotlibError('cycler', `cannot add cycles that share "${shared.join('", "')}"`);
  return checkLengths({ ...a, ...b } as Record<string, readonly unknown[]>);
}

/** `a * b`: every entry of `a` combined with every entry of `b`, `a` varying slowest. */
export function cyclerMultiply(a: Cycler, b: Cycler): Cycler {
  const shared = Object.keys(a).filter((k) => Object.hasOwn(b, k));
  if (shared.length)
    throw new TsplotlibError('cycler', `cannot multiply cycles that share "${shared.join('", "')}"`);
  const n = cyclerLength(a);
  const m = cyclerLength(b);
  const out: Record<string, readonly unknown[]> = {};
  for (const [k, v] of Object.entries(a) as [string, readonly unknown[]][]) {
    out[k] = Object.freeze(v.flatMap((x) => Array<unknown>(m).fill(x)));
  }
  for (const [k, v] of Object.entries(b) as [string, readonly unknown[]][]) {
    out[k] = Object.freeze(Array.from({ length: n * m }, (_, i) => v[i % m]));
  }
  return Object.freeze(out) as Cycler;
}

/** Entry `i` of a cycle (wrapping around), as one property object: `{ color: '#1f77b4' }`. */
export function cyclerAt(c: Cycler, i: number): Partial<CyclerProperties> {
  const n = cyclerLength(c);
  const out: Record<string, unknown> = {};
  if (n === 0) return out;
  const k = ((i % n) + n) % n;
  for (const [prop, values] of Object.entries(c) as [string, readonly unknown[]][]) out[prop] = values[k];
  return out as Partial<CyclerProperties>;
}

/** Tags the cycles built while reading rc text, to tell them from plain dictionaries. */
const CYCLE_TAG = new WeakSet<object>();

/** Runs a builder that throws on bad input, turning the throw into {@link INVALID}. */
function attempt(build: () => Cycler): PyValue | Invalid {
  try {
    const c = build();
    CYCLE_TAG.add(c);
    return c as PyValue;
  } catch (e) {
    if (e instanceof TsplotlibError) return INVALID;
    throw e;
  }
}

const isCycle = (v: PyValue): v is Cycler & PyValue =>
  typeof v === 'object' && v !== null && CYCLE_TAG.has(v);

/**
 * Reads matplotlib's rc text form of a cycle: `cycler('color', ['E24A33', '348ABD'])`,
 * `cycler(color='rgb', linestyle=['-', '--', ':'])`, and sums and products of such calls.
 */
export function parseCyclerText(text: string): Cycler | Invalid {
  const value = readPyLiteral(text, {
    call(name, args, kwargs) {
      if (name !== 'cycler') return INVALID;
      if (args.length === 2 && kwargs.size === 0 && typeof args[0] === 'string') {
        const [prop, vals] = args;
        if (typeof vals !== 'string' && !Array.isArray(vals)) return INVALID;
        return attempt(() => cycler(prop, vals as readonly unknown[] | string));
      }
      if (args.length === 1 && kwargs.size === 0 && isCycle(args[0]!)) return args[0]!;
      if (args.length > 0 || kwargs.size === 0) return INVALID;
      return attempt(() => cycler(Object.fromEntries(kwargs) as CyclerInput));
    },
    binary(op, a, b) {
      if (!isCycle(a) || !isCycle(b)) return INVALID;
      return attempt(() => (op === '+' ? cyclerAdd(a, b) : cyclerMultiply(a, b)));
    },
  });
  return value !== INVALID && isCycle(value) ? value : INVALID;
}

/** Checks a cycle given from code: validates and normalises every property list. */
function checkCycler(v: unknown): Cycler | Invalid {
  if (typeof v === 'string') return parseCyclerText(v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
  try {
    return cycler(v as CyclerInput);
  } catch (e) {
    if (e instanceof TsplotlibError) return INVALID;
    throw e;
  }
}

/** `axes.prop_cycle`: a {@link Cycler} (aliases allowed), or its rc text `"cycler('color', [...])"`. */
export const propCycle = validator<Cycler, Cycler | CyclerInput | string>(
  "a cycle such as { color: ['r', 'g'] } or \"cycler('color', ['r', 'g'])\"",
  checkCycler,
  parseCyclerText,
);
