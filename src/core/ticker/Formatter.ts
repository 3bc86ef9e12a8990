/**
 * The tick formatter base class (matplotlib's `Formatter`): a label for each tick value, an offset
 * text for the whole axis, and short forms for the coordinate readout.
 */
import { TickHelper } from './Locator.js';

/** The Unicode minus sign (U+2212), which rc `axes.unicode_minus` puts in labels in place of '-'. */
export const MINUS_SIGN = '\u2212';

/** Options every formatter accepts. */
export interface FormatterOptions {
  /** rc `axes.unicode_minus`: write negative numbers with U+2212 rather than a hyphen. Default true. */
  unicodeMinus?: boolean;
}

/** Base class of tick formatters. */
export abstract class Formatter extends TickHelper {
  /** The tick locations last given to {@link Formatter.setLocs}. */
  locs: number[] = [];
  /** rc `axes.unicode_minus`. */
  unicodeMinus = true;

  /** The label for tick value `x` at position `pos` (null when the position is unknown). */
  abstract call(x: number, pos?: number | null): string;

  /** The labels for all ticks at once (sets the locations first, as some formatters need them all). */
  formatTicks(values: ArrayLike<number>): string[] {
    this.setLocs(values);
    const out: string[] = [];
    for (let i = 0; i < values.length; i++) out.push(this.call(values[i]!, i));
    return out;
  }

  /** The full representation of a value, position unspecified. */
  formatData(value: number): string {
    return this.call(value, null);
  }

  /** A short representation of a value (for the coordinate readout). */
  formatDataShort(value: number): string {
    return this.formatData(value);
  }

  /** The offset text shown at the end of the axis ('' by default). */
  getOffset(): string {
    return '';
  }

  /** Records the tick locations; called before labels are computed. */
  setLocs(locs: ArrayLike<number>): void {
    this.locs = Array.from(locs);
  }

  /** Replaces hyphens by U+2212 when {@link Formatter.unicodeMinus} is on (matplotlib's `fix_minus`). */
  fixMinus(s: string): string {
    return this.unicodeMinus ? s.replace(/-/g, MINUS_SIGN) : s;
  }
}
