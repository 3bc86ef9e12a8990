/**
 * Reads the matplotlibrc / mplstyle text format: one `key : value  # comment` per line.
 *
 * The rules are matplotlib's `_rc_params_in_file`: everything from the first `#` outside double
 * quotes is a comment (so hex colors are written without their '#', `axes.facecolor: E5E5E5`, or
 * quoted), the line splits at its first colon, a value wrapped in double quotes loses them, and a
 * later line for the same key wins. Values are converted by each key's validator from text, so
 * `True`, `8, 6`, `(0, (3, 1))` and `cycler('color', [...])` mean what they mean to matplotlib.
 */
import { TsplotlibError } from '../errors.js';
import { unknownKeyError } from './RcParams.js';
import { isRcKey, RC_SCHEMA } from './schema.js';
import type { RcKey, RcValues } from './schema.js';
import { INVALID } from './validators.js';
import type { Validator } from './validators.js';

/** The settings read from rc text, and a message for every line that was skipped. */
export interface RcTextResult {
  /** The valid settings, converted to their stored types. */
  readonly values: Partial<RcValues>;
  /** One message per skipped line (bad value, unknown key, missing colon…), naming the line. */
  readonly warnings: readonly string[];
}

/** Options of {@link parseRcText}. */
export interface ParseRcTextOptions {
  /** A name for the text in messages, such as a file name or a style name. */
  readonly source?: string;
  /** Throw at the first bad line instead of skipping it with a warning (matplotlib's `fail_on_error`). */
  readonly strict?: boolean;
}

/** Strips everything from the first `#` that is not inside double quotes; null for an unclosed quote. */
export function stripComment(line: string): string | null {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '#' && !inQuotes) return line.slice(0, i).trim();
  }
  return inQuotes ? null : line.trim();
}

/**
 * Reads rc text into validated settings. Bad lines are skipped with a warning (as matplotlib logs
 * them), or throw with `strict`.
 *
 * @example
 * parseRcText('lines.linewidth : 2  # thicker\naxes.facecolor: E5E5E5').values
 * // { 'lines.linewidth': 2, 'axes.facecolor': '#E5E5E5' }
 */
export function parseRcText(text: string, options: ParseRcTextOptions = {}): RcTextResult {
  const source = options.source ?? 'rc text';
  const raw = new Map<RcKey, [value: string, lineNo: number]>();
  const warnings: string[] = [];
  const problem = (lineNo: number, message: string) => {
    const full = `${source}, line ${lineNo}: ${message}`;
    if (options.strict) throw new TsplotlibError('parseRcText', full);
    warnings.push(full);
  };
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    const stripped = stripComment(line);
    if (stripped === null) return problem(lineNo, 'missing closing double quote');
    if (stripped === '') return;
    const colon = stripped.indexOf(':');
    if (colon < 0) return problem(lineNo, `missing colon in ${JSON.stringify(stripped)}`);
    const key = stripped.slice(0, colon).trim();
    let value = stripped.slice(colon + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!isRcKey(key))
      return problem(lineNo, unknownKeyError('parseRcText', key).message.replace(/^[^:]*: /, ''));
    if (raw.has(key)) problem(lineNo, `duplicate key "${key}"; the later value wins`);
    raw.set(key, [value, lineNo]);
  });
  const values: Record<string, unknown> = {};
  for (const [key, [value, lineNo]] of raw) {
    const v = RC_SCHEMA[key] as Validator<unknown>;
    const converted = v.parse(value);
    if (converted === INVALID) {
      problem(lineNo, `invalid value ${JSON.stringify(value)} for "${key}"; expected ${v.expected}`);
    } else values[key] = converted;
  }
  return { values: values as Partial<RcValues>, warnings };
}
