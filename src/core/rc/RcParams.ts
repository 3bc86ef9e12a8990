/**
 * RcParams: a validated store of rc settings under matplotlib's dotted names.
 *
 * Every key always holds a value (a new store starts from matplotlib's defaults), every write goes
 * through the key's validator, and stored arrays and cycles are frozen so they can be handed out
 * without copies. Besides `get`/`set`, a store answers `rcParams['lines.linewidth']` through a Proxy,
 * as matplotlib's dict-like `rcParams` does, and reports changes to `onChange` listeners (which lets
 * interactive code mark figures stale when a setting changes).
 */
import { describeValue, suggestion, TsplotlibError } from '../errors.js';
import { RC_DEFAULTS } from './defaults.js';
import { isRcKey, RC_KEYS, RC_SCHEMA } from './schema.js';
import type { RcInputs, RcKey, RcValues } from './schema.js';
import { INVALID } from './validators.js';
import type { Validator } from './validators.js';

/** A set of rc values to apply at once: `{ 'lines.linewidth': 2, 'axes.grid': true }`. */
export type RcUpdate = Partial<RcInputs>;

/** Called after settings changed, with the keys whose values actually changed. */
export type RcChangeListener = (keys: readonly RcKey[], params: RcParams) => void;

/** A temporary change of settings, undone by `restore()` or at the end of a `using` block. */
export interface RcContextHandle extends Disposable {
  /** Puts back every setting as it was when the context began (only the first call has an effect). */
  restore(): void;
}

/** `rcParams['lines.linewidth']`: every rc key as a typed property of the store. */
export type RcIndex = { -readonly [K in RcKey]: RcValues[K] };

/** Structural equality for rc values: primitives, arrays and plain objects (cycles). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k as keyof typeof a], b[k as keyof typeof b]));
}

/** The error for a key that is not an rc parameter, with the nearest key as a suggestion. */
export function unknownKeyError(call: string, key: string): TsplotlibError {
  return new TsplotlibError(call, `unknown key "${key}"${suggestion(key, RC_KEYS)}`);
}

/** Converts one value through its key's validator, or throws naming the key, the value and what fits. */
export function convertRc<K extends RcKey>(key: K, value: unknown, call = 'rcParams'): RcValues[K] {
  const v = RC_SCHEMA[key] as Validator<unknown>;
  const result = v.check(value);
  if (result !== INVALID) return result as RcValues[K];
  const hint = typeof value === 'string' && v.choices ? suggestion(value, v.choices) : '';
  throw new TsplotlibError(
    call,
    `invalid value ${describeValue(value)} for "${key}"; expected ${v.expected}${hint}`,
  );
}

/** Converts every entry of an update, throwing at the first unknown key or bad value. */
function convertRcUpdate(values: RcUpdate, call: string): Map<RcKey, unknown> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new TsplotlibError(call, `expected an object of settings, got ${describeValue(values)}`);
  }
  const converted = new Map<RcKey, unknown>();
  for (const [key, value] of Object.entries(values)) {
    if (!isRcKey(key)) throw unknownKeyError(call, key);
    converted.set(key, convertRc(key, value, call));
  }
  return converted;
}

/** Validates a set of settings without applying them: their stored forms, or a throw naming the first bad one. */
export function validateRc(values: RcUpdate, call = 'rcParams'): Partial<RcValues> {
  return Object.fromEntries(convertRcUpdate(values, call)) as Partial<RcValues>;
}

let convertedDefaults: ReadonlyMap<RcKey, unknown> | undefined;

/** matplotlib's defaults in stored form, converted once (which also checks the defaults table itself). */
function defaultValues(): ReadonlyMap<RcKey, unknown> {
  convertedDefaults ??= new Map(RC_KEYS.map((key) => [key, convertRc(key, RC_DEFAULTS[key], 'RC_DEFAULTS')]));
  return convertedDefaults;
}

/**
 * The implementation behind {@link RcParams}; use `RcParams` (the same class, typed with its indexed
 * keys) rather than this name.
 */
export class RcParamsStore {
  private readonly values = new Map<RcKey, unknown>();
  private readonly listeners = new Set<RcChangeListener>();
  private readonly readOnly: boolean;
  /** The name used in error messages (`rcParams`, `rcParamsDefault`). */
  readonly callName: string;

  /** A store holding matplotlib's defaults, then `overrides`; `readOnly` stores refuse every write. */
  constructor(overrides: RcUpdate = {}, options: { readOnly?: boolean; callName?: string } = {}) {
    this.callName = options.callName ?? 'rcParams';
    this.readOnly = false;
    for (const [key, value] of defaultValues()) this.values.set(key, value);
    this.update(overrides);
    this.readOnly = options.readOnly ?? false;
    return new Proxy(this, INDEX_HANDLER);
  }

  /** The value of one setting: `rcParams.get('lines.linewidth')` → `1.5`. */
  get<K extends RcKey>(key: K): RcValues[K] {
    if (!isRcKey(key)) throw unknownKeyError(this.callName, key);
    return this.values.get(key) as RcValues[K];
  }

  /** Sets one setting after validating it: `rcParams.set('axes.grid', true)`. */
  set<K extends RcKey>(key: K, value: RcInputs[K]): void {
    this.update({ [key]: value } as RcUpdate);
  }

  /** Sets several settings; all are validated first, so a bad value leaves every setting unchanged. */
  update(values: RcUpdate): void {
    const converted = convertRcUpdate(values, this.callName);
    if (this.readOnly && converted.size > 0) {
      throw new TsplotlibError(this.callName, 'is read-only; change rcParams instead');
    }
    this.assign(converted);
  }

  /** Whether `key` names a setting. */
  has(key: string): key is RcKey {
    return isRcKey(key);
  }

  /** Every key, in matplotlibrc order. */
  keys(): RcKey[] {
    return [...RC_KEYS];
  }

  /** Every `[key, value]` pair, in matplotlibrc order. */
  entries(): [RcKey, RcValues[RcKey]][] {
    return RC_KEYS.map((k) => [k, this.values.get(k) as RcValues[RcKey]]);
  }

  /** Iterates `[key, value]` pairs, so `new Map(rcParams)` and `for (const [k, v] of rcParams)` work. */
  [Symbol.iterator](): IterableIterator<[RcKey, RcValues[RcKey]]> {
    return this.entries()[Symbol.iterator]();
  }

  /** A plain snapshot of every setting (values are frozen, the object is not shared). */
  toObject(): RcValues {
    return Object.fromEntries(this.values) as unknown as RcValues;
  }

  /** `JSON.stringify(rcParams)` gives the settings, not the store's internals. */
  toJSON(): RcValues {
    return this.toObject();
  }

  /** The settings whose key matches `pattern` (matplotlib's `find_all`): `find(/^lines\./)`. */
  find(pattern: RegExp | string): Partial<RcValues> {
    const re = typeof pattern === 'string' ? new RegExp(pattern) : pattern;
    const out: Record<string, unknown> = {};
    for (const key of RC_KEYS) {
      re.lastIndex = 0;
      if (re.test(key)) out[key] = this.values.get(key);
    }
    return out as Partial<RcValues>;
  }

  /** An independent, writable store with the same values and no listeners. */
  copy(): RcParams {
    const twin = new RcParams();
    twin.assign(this.values, false);
    return twin;
  }

  /**
   * Calls `listener` after every change, with the keys whose values changed. Returns a function that
   * unsubscribes. A listener that throws does not stop the others; the first error is rethrown after.
   */
  onChange(listener: RcChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies `overrides` until the context ends (matplotlib's `rc_context`): with `fn`, runs it and
   * restores every setting afterwards even if it throws (after the promise settles, if it returns one);
   * without `fn`, returns a handle to restore, usable with `using`. Changes made inside are undone too.
   */
  context(overrides: RcUpdate): RcContextHandle;
  context<T>(overrides: RcUpdate, fn: () => T): T;
  context<T>(overrides: RcUpdate, fn?: () => T): T | RcContextHandle {
    const saved = new Map(this.values);
    this.update(overrides);
    let done = false;
    const restore = () => {
      if (done) return;
      done = true;
      this.assign(saved);
    };
    const handle: RcContextHandle = { restore, [Symbol.dispose]: restore };
    if (fn === undefined) return handle;
    return runThenRestore(fn, restore);
  }

  /** Stores already-converted values and tells the listeners which ones changed. */
  private assign(values: ReadonlyMap<RcKey, unknown>, notify = true): void {
    const changed: RcKey[] = [];
    for (const [key, value] of values) {
      if (sameValue(this.values.get(key), value)) continue;
      this.values.set(key, value);
      changed.push(key);
    }
    if (notify && changed.length > 0) this.notify(changed);
  }

  private notify(keys: readonly RcKey[]): void {
    let firstError: unknown;
    let failed = false;
    for (const listener of [...this.listeners]) {
      try {
        listener(keys, this as unknown as RcParams);
      } catch (e) {
        if (!failed) [firstError, failed] = [e, true];
      }
    }
    if (failed) throw firstError;
  }
}

/** Runs `fn`, then `restore`, whether `fn` returns, throws, or returns a promise that settles either way. */
function runThenRestore<T>(fn: () => T, restore: () => void): T {
  let result: T;
  try {
    result = fn();
  } catch (e) {
    restore();
    throw e;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

/**
 * Routes `store['lines.linewidth']` reads and writes to `get`/`set`. Writing any other unknown property
 * throws (a misspelt key must not become a silent new property); reading a dotted unknown name throws too,
 * as matplotlib's `KeyError` does, while other unknown reads (`then`, `toJSON`) stay undefined for tools.
 */
const INDEX_HANDLER: ProxyHandler<RcParamsStore> = {
  get(target, prop, receiver) {
    if (typeof prop === 'string' && isRcKey(prop)) return target.get(prop);
    if (typeof prop === 'string' && prop.includes('.') && !(prop in target)) {
      throw unknownKeyError(target.callName, prop);
    }
    return Reflect.get(target, prop, receiver) as unknown;
  },
  set(target, prop, value, receiver) {
    if (typeof prop === 'string' && isRcKey(prop)) {
      target.set(prop, value as RcInputs[RcKey]);
      return true;
    }
    if (typeof prop === 'string' && !(prop in target)) throw unknownKeyError(target.callName, prop);
    return Reflect.set(target, prop, value, receiver);
  },
  has(target, prop) {
    return (typeof prop === 'string' && isRcKey(prop)) || Reflect.has(target, prop);
  },
  deleteProperty(target, prop) {
    if (typeof prop === 'string' && isRcKey(prop)) {
      throw new TsplotlibError(target.callName, `cannot delete "${prop}"; every rc key always has a value`);
    }
    return Reflect.deleteProperty(target, prop);
  },
};

/**
 * A store of rc settings, readable and writable by key: `params.get('lines.linewidth')`,
 * `params.set('axes.grid', true)`, `params['figure.dpi'] = 150`.
 *
 * @example
 * const params = new RcParams({ 'lines.linewidth': 2 });
 * params['axes.grid'] = true;
 */
export type RcParams = RcParamsStore & RcIndex;

/** The constructor of {@link RcParams}: `new RcParams(overrides?)` starts from matplotlib's defaults. */
export const RcParams = RcParamsStore as unknown as {
  new (overrides?: RcUpdate, options?: { readOnly?: boolean; callName?: string }): RcParams;
  readonly prototype: RcParamsStore;
};
