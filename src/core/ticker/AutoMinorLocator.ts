/**
 * AutoMinorLocator: minor ticks that subdivide the interval between evenly spaced major ticks
 * (matplotlib's `AutoMinorLocator`).
 */
import { TsplotlibError, invalid } from '../errors.js';
import { Locator } from './Locator.js';
import { arange, arangeLength, floorDiv, npIsClose, pyMod } from './pyMath.js';

/**
 * Minor ticks between major ticks, `n` subdivisions per major interval; by default 5 when the
 * major step is 1, 2.5 or 5 times a power of ten (and 10), else 4.
 */
export class AutoMinorLocator extends Locator {
  /** Subdivisions per major interval, or null to choose 4 or 5 from the major step. */
  ndivs: number | null;

  constructor(n: number | null = null) {
    super();
    if (n !== null && !(Number.isInteger(n) && n >= 1))
      invalid('AutoMinorLocator', 'n', n, 'a positive integer or null');
    this.ndivs = n;
  }

  /** The minor ticks for the axis's view, from its major tick locations. */
  override call(): number[] {
    const axis = this.requireAxis('AutoMinorLocator.call');
    // matplotlib warns that AutoMinorLocator does not work with a log scale, and places none.
    if (axis.getScale?.() === 'log') return [];
    if (axis.getMajorticklocs === undefined) {
      throw new TsplotlibError('AutoMinorLocator.call', 'the axis does not provide getMajorticklocs()');
    }
    const [vmin, vmax] = axis.getViewInterval();
    return this.minorTicks(axis.getMajorticklocs(), vmin, vmax);
  }

  /**
   * The minor ticks for a view from `vmin` to `vmax`, given the major tick locations (the first
   * two set the step). Fewer than two major ticks give no minor ticks.
   */
  minorTicks(majorLocs: ArrayLike<number>, vmin: number, vmax: number): number[] {
    if (majorLocs.length < 2) return [];
    const t0 = majorLocs[0]!;
    const majorstep = majorLocs[1]! - t0;
    let ndivs = this.ndivs;
    if (ndivs === null) {
      const mantissa = Math.pow(10, pyMod(Math.log10(majorstep), 1));
      ndivs = [1, 2.5, 5, 10].some((v) => npIsClose(mantissa, v)) ? 5 : 4;
    }
    const minorstep = majorstep / ndivs;
    if (vmin > vmax) [vmin, vmax] = [vmax, vmin];
    const tmin = (floorDiv(vmin - t0, minorstep) + 1) * minorstep;
    const tmax = (floorDiv(vmax - t0, minorstep) + 1) * minorstep;
    this.checkTickCount(arangeLength(tmin, tmax, minorstep), tmin + t0, tmax + t0);
    return arange(tmin, tmax, minorstep).map((t) => t + t0);
  }

  /** Not available: minor ticks depend on the major ticks (matplotlib raises too). */
  override tickValues(_vmin: number, _vmax: number): number[] {
    throw new TsplotlibError(
      'AutoMinorLocator.tickValues',
      'cannot compute minor ticks without major ticks; use minorTicks(majorLocs, vmin, vmax)',
    );
  }
}
