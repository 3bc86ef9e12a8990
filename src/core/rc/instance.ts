/**
 * The process-wide rc stores, as matplotlib has them: `rcParams`, which every artist reads its
 * defaults from, and `rcParamsDefault`, the read-only pristine copy that `rcDefaults()` and the
 * `'default'` style restore from. They live in their own module so that both `rcParams.ts` and
 * `styles.ts` can import them without importing each other.
 */
import { RcParams } from './RcParams.js';

/** The settings in effect: read by artists when they are created and drawn. */
export const rcParams: RcParams = new RcParams();

/** matplotlib's defaults, read-only: every write throws. */
export const rcParamsDefault: RcParams = new RcParams({}, { readOnly: true, callName: 'rcParamsDefault' });
