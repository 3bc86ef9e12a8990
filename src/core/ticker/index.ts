/**
 * Tick locators and formatters (matplotlib's `ticker` module): where ticks go on an axis and how
 * their labels read, reproducing matplotlib's algorithms so that ticks, labels and offset texts
 * match it exactly.
 */
export { AutoMinorLocator } from './AutoMinorLocator.js';
export { exactDecimal, reprFloat, type ExactDecimal } from './decimal.js';
export { formatValue, percentFormat, pyStr, strFormat, type FormatValue } from './format.js';
export { Formatter, MINUS_SIGN, type FormatterOptions } from './Formatter.js';
export {
  DummyAxis,
  Locator,
  TickHelper,
  ticksInView,
  type AutolimitMode,
  type ScaleForward,
  type TickAxis,
} from './Locator.js';
export {
  LogFormatter,
  LogFormatterExponent,
  LogFormatterMathtext,
  LogFormatterSciNotation,
  stripMath,
  type LogFormatterOptions,
} from './LogFormatter.js';
export {
  LogLocator,
  decadeGreater,
  decadeGreaterEqual,
  decadeLess,
  decadeLessEqual,
  type LogLocatorOptions,
  type LogSubs,
} from './LogLocator.js';
export {
  AutoLocator,
  EdgeInteger,
  MaxNLocator,
  scaleRange,
  type MaxNLocatorOptions,
  type Prune,
} from './MaxNLocator.js';
export { intervalContainsClose, nonsingular } from './nonsingular.js';
export { ScalarFormatter, gSigDigits, type ScalarFormatterOptions } from './ScalarFormatter.js';
export {
  EngFormatter,
  FixedFormatter,
  FormatStrFormatter,
  FuncFormatter,
  NullFormatter,
  PercentFormatter,
  StrMethodFormatter,
  type EngFormatterOptions,
  type PercentFormatterOptions,
} from './simpleFormatters.js';
export {
  FixedLocator,
  IndexLocator,
  LinearLocator,
  MultipleLocator,
  NullLocator,
  linspace,
  type LinearLocatorOptions,
} from './simpleLocators.js';
export { SymmetricalLogLocator, type SymmetricalLogLocatorOptions } from './SymmetricalLogLocator.js';
