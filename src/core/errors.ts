/**
 * One error template for the whole library: `call: what is wrong (did you mean …?)`.
 *
 * Every public entry point validates its arguments at once and throws a {@link TsplotlibError}
 * naming the call, the argument and the value, so mistakes surface where they are made rather
 * than as a `TypeError` deep inside a draw (matplotlib issues #4420 and #16186 show the cost of
 * silently ignored keywords).
 */

/** The error every library check throws. `call` names the public function that was misused. */
export class TsplotlibError extends Error {
  override name = 'TsplotlibError';
  constructor(
    readonly call: string,
    detail: string,
  ) {
    super(`${call}: ${detail}`);
  }
}

/** Formats a user value for an error message: short, quoted when a string, never huge. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value))
    return `a ${value.constructor.name} of length ${(value as Uint8Array).length}`;
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return String(value);
}

/** Throws `call: invalid <what> <value>; expected <expected>`. */
export function invalid(call: string, what: string, value: unknown, expected: string): never {
  throw new TsplotlibError(call, `invalid ${what} ${describeValue(value)}; expected ${expected}`);
}

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (typos like "lgo"). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The closest candidate to `word`, if one is close enough to be a plausible typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const squash = (s: string) => s.toLowerCase().replace(/[_-]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    // Python-style names (line_width) and case slips (LineWidth) count as exact matches.
    const score = squash(c) === squash(word) ? 0 : editDistance(lower, c.toLowerCase());
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** `(did you mean "x"?)` or the empty string. */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const best = closestMatch(word, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/**
 * Rejects option keys the call does not know: `plot: unknown option "colour" (did you mean "color"?)`.
 * Keys whose value is `undefined` are checked too: a misspelt key is a mistake whatever its value.
 */
export function checkOptionKeys(call: string, options: object | undefined, known: Iterable<string>): void {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TsplotlibError(call, `options must be an object, got ${describeValue(options)}`);
  }
  const knownSet = known instanceof Set ? (known as Set<string>) : new Set(known);
  for (const key of Object.keys(options)) {
    if (!knownSet.has(key)) {
      throw new TsplotlibError(call, `unknown option "${key}"${suggestion(key, knownSet)}`);
    }
  }
}

/** Checks that `value` is a finite number, optionally bounded; returns it. */
export function checkFinite(
  call: string,
  what: string,
  value: unknown,
  bounds: { min?: number; max?: number; positive?: boolean } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(call, what, value, 'a finite number');
  if (bounds.positive && value <= 0) invalid(call, what, value, 'a positive number');
  if (bounds.min !== undefined && value < bounds.min) invalid(call, what, value, `a number >= ${bounds.min}`);
  if (bounds.max !== undefined && value > bounds.max) invalid(call, what, value, `a number <= ${bounds.max}`);
  return value;
}

/** Checks that `value` is one of `choices` (case-sensitive); returns it typed. */
export function checkChoice<T extends string>(
  call: string,
  what: string,
  value: unknown,
  choices: readonly T[],
): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? suggestion(value, choices) : '';
  throw new TsplotlibError(
    call,
    `invalid ${what} ${describeValue(value)}; expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}${hint}`,
  );
}
