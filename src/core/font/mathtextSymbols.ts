/**
 * The TeX symbol names mathtext understands, with their Unicode code points (matplotlib's
 * `_mathtext_data.tex2uni`, restricted to the symbols DejaVu Sans covers), and the symbol classes
 * that decide spacing (matplotlib's `Parser._binary_operators` and friends).
 */

const GREEK_LOWER =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );
const GREEK_UPPER =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega'.split(
    ' ',
  );

function greek(): [string, number][] {
  const out: [string, number][] = [];
  // Lowercase Greek runs from U+03B1; U+03C2 (final sigma) is skipped by the names above.
  let cp = 0x3b1;
  for (const name of GREEK_LOWER) {
    if (cp === 0x3c2) cp++;
    out.push([name, cp++]);
  }
  cp = 0x391;
  for (const name of GREEK_UPPER) {
    if (cp === 0x3a2) cp++;
    out.push([name, cp++]);
  }
  // matplotlib maps \phi to the stroked form and \varphi to the curly one.
  out.push(['varepsilon', 0x3b5], ['phi', 0x3d5], ['varphi', 0x3c6]);
  out.push(
    ['vartheta', 0x3d1],
    ['varpi', 0x3d6],
    ['varrho', 0x3f1],
    ['varsigma', 0x3c2],
    ['varkappa', 0x3f0],
  );
  return out;
}

/** TeX symbol name (without the backslash) to code point. */
export const TEX_SYMBOLS: ReadonlyMap<string, number> = new Map<string, number>([
  ...greek(),
  ['times', 0xd7], ['cdot', 0x22c5], ['pm', 0xb1], ['mp', 0x2213], ['div', 0xf7], ['ast', 0x2217],
  ['star', 0x22c6], ['circ', 0x2218], ['bullet', 0x2219], ['infty', 0x221e], ['degree', 0xb0],
  ['minus', 0x2212], ['prime', 0x2032], ['partial', 0x2202], ['nabla', 0x2207], ['ell', 0x2113],
  ['hbar', 0x127], ['leq', 0x2264], ['geq', 0x2265], ['neq', 0x2260], ['approx', 0x2248],
  ['sim', 0x223c], ['simeq', 0x2243], ['equiv', 0x2261], ['propto', 0x221d], ['ll', 0x226a],
  ['gg', 0x226b], ['in', 0x2208], ['leftarrow', 0x2190], ['rightarrow', 0x2192],
  ['leftrightarrow', 0x2194], ['Rightarrow', 0x21d2], ['Leftarrow', 0x21d0], ['to', 0x2192],
  ['cdots', 0x22ef], ['ldots', 0x2026], ['dots', 0x2026], ['cap', 0x2229], ['cup', 0x222a],
  ['sum', 0x2211], ['prod', 0x220f], ['int', 0x222b], ['sqrt', 0x221a], ['AA', 0xc5], ['perp', 0x27c2],
  ['langle', 0x27e8], ['rangle', 0x27e9], ['lbrace', 0x7b], ['rbrace', 0x7d], ['vert', 0x7c],
  ['angstrom', 0xc5], ['%', 0x25], ['$', 0x24], ['{', 0x7b], ['}', 0x7d], ['_', 0x5f], ['#', 0x23],
  ['&', 0x26], ['|', 0x7c], ['ldotp', 0x2e], ['cdotp', 0xb7],
]); // prettier-ignore

/** Binary operators: spaced by 0.2 em on both sides unless they start an expression or a group. */
export const BINARY_OPERATORS: ReadonlySet<string> = new Set(
  '+ * - \u2212 \\pm \\mp \\times \\div \\ast \\star \\circ \\bullet \\cdot \\cap \\cup'.split(' '),
);

/** Relations and arrows: always spaced by 0.2 em on both sides. */
export const SPACED_SYMBOLS: ReadonlySet<string> = new Set([
  ...BINARY_OPERATORS,
  ...'= < > : \\leq \\geq \\equiv \\sim \\simeq \\neq \\approx \\propto \\ll \\gg \\in \\perp \\dots'.split(
    ' ',
  ),
  ...'\\leftarrow \\rightarrow \\leftrightarrow \\Leftarrow \\Rightarrow \\to'.split(' '),
]);

/** Punctuation: followed by 0.2 em, except a decimal point between digits. */
export const PUNCTUATION: ReadonlySet<string> = new Set([',', ';', '.', '!', '\\ldotp', '\\cdotp']);

/** Explicit spaces as fractions of an em (the advance of an italic "m"), as matplotlib's `_space_widths`. */
export const SPACE_WIDTHS: ReadonlyMap<string, number> = new Map([
  ['\\,', 0.16667], ['\\thinspace', 0.16667], ['\\/', 0.16667], ['\\>', 0.22222], ['\\:', 0.22222],
  ['\\;', 0.27778], ['\\ ', 0.33333], ['~', 0.33333], ['\\enspace', 0.5], ['\\quad', 1], ['\\qquad', 2],
  ['\\!', -0.16667],
]); // prettier-ignore

/** Font-switching names, as `\rm` or `\mathrm{…}`. */
export const FONT_NAMES: ReadonlySet<string> = new Set(
  'rm cal it tt sf bf default bb frak scr regular'.split(' '),
);

/** matplotlib's `FontConstantsBase` values for DejaVu Sans (fractions of the x-height). */
export const DEJAVU_SANS_CONSTANTS = {
  scriptSpace: 0.05,
  subdrop: 0.4,
  sup1: 0.7,
  sub1: 0.3,
  sub2: 0.5,
  delta: 0.025,
  deltaSlanted: 0.2,
  deltaIntegral: 0.1,
} as const;

/** Each script level scales by this factor, for at most `NUM_SIZE_LEVELS` levels. */
export const SHRINK_FACTOR = 0.7;
export const NUM_SIZE_LEVELS = 6;
