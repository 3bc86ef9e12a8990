/**
 * Shared by the ticker tests: a TickAxis standing in for a matplotlib fixture case's axis, and the
 * comparison of tick locations (within 1e-9 relative, as NumPy's and our powers of ten may differ
 * in the last place).
 */
import type { TickAxis } from '../../../../src/core/ticker/index.js';

/** An axis showing `view`, with matplotlib's tick space (9 when the fixture does not record it). */
export function fixtureAxis(
  view: readonly [number, number],
  extra: Partial<TickAxis> & { tickSpace?: number; axisName?: 'x' | 'y' } = {},
): TickAxis {
  const { tickSpace = 9, axisName = 'x', ...more } = extra;
  return {
    axisName,
    getViewInterval: () => [view[0], view[1]],
    getDataInterval: () => [view[0], view[1]],
    getMinpos: () => Infinity,
    getTickSpace: () => tickSpace,
    ...more,
  };
}

/** Equal within 1e-9 relative (exactly equal for zero). */
export function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The same tick locations, element by element, within 1e-9 relative. */
export function sameLocs(got: readonly number[], want: readonly number[]): boolean {
  return got.length === want.length && got.every((g, i) => close(g, want[i]!));
}
