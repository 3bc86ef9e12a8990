/**
 * The font registry: maps a {@link FontSpec} (family, weight, style) to a {@link FontFace}, the way
 * matplotlib's font_manager resolves FontProperties against its family lists. Fonts are bytes:
 * they arrive through {@link registerFont} or lazily through the loader installed with
 * {@link setFontLoader}, so `core` never touches the file system (the Node backend installs a
 * loader that reads the package's `fonts/` directory).
 */
import { TsplotlibError, describeValue } from '../errors.js';
import type { FontSpec } from '../renderer.js';
import { FontFace } from './FontFace.js';

/** Returns the bytes of a bundled font file by name (e.g. "DejaVuSans-Bold.ttf"). */
export type FontLoader = (fileName: string) => Uint8Array;

/** The font files that ship with the package, by family and variant. */
export const BUNDLED_FONT_FILES = {
  'DejaVu Sans': {
    regular: 'DejaVuSans.ttf',
    bold: 'DejaVuSans-Bold.ttf',
    italic: 'DejaVuSans-Oblique.ttf',
    boldItalic: 'DejaVuSans-BoldOblique.ttf',
  },
  'DejaVu Sans Mono': {
    regular: 'DejaVuSansMono.ttf',
    bold: 'DejaVuSansMono.ttf',
    italic: 'DejaVuSansMono.ttf',
    boldItalic: 'DejaVuSansMono.ttf',
  },
} as const;

/**
 * matplotlib's generic family lists (rcParams `font.sans-serif` and friends, as in matplotlibrc),
 * narrowed by what is registered at resolution time. The first registered family wins.
 */
export const GENERIC_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'sans-serif': ['DejaVu Sans', 'Bitstream Vera Sans', 'Computer Modern Sans Serif', 'Lucida Grande', 'Verdana', 'Geneva', 'Lucid', 'Arial', 'Helvetica', 'Avant Garde'],
  serif: ['DejaVu Serif', 'Bitstream Vera Serif', 'Computer Modern Roman', 'New Century Schoolbook', 'Century Schoolbook L', 'Utopia', 'ITC Bookman', 'Bookman', 'Nimbus Roman No9 L', 'Times New Roman', 'Times', 'Palatino', 'Charter'],
  monospace: ['DejaVu Sans Mono', 'Bitstream Vera Sans Mono', 'Computer Modern Typewriter', 'Andale Mono', 'Nimbus Mono L', 'Courier New', 'Courier', 'Fixed', 'Terminal'],
  cursive: ['Apple Chancery', 'Textile', 'Zapf Chancery', 'Sand', 'Script MT', 'Felipa', 'Comic Neue', 'Comic Sans MS', 'cursive'],
  fantasy: ['Chicago', 'Charcoal', 'Impact', 'Western', 'Humor Sans', 'xkcd', 'fantasy'],
}; // prettier-ignore

/** The family used when nothing in a request is available (matplotlib's fallback to DejaVu Sans). */
export const DEFAULT_FAMILY = 'DejaVu Sans';

interface Registered {
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly face: FontFace;
}

/** Called once per unavailable family with a message; matplotlib logs "findfont: Font family … not found". */
export type FontWarningHook = (message: string) => void;

const registry: Registered[] = [];
/** The faces that came from the loader, so a new loader can replace them. */
const bundled = new Set<FontFace>();
const resolved = new Map<string, FontFace>();
const warned = new Set<string>();
let loader: FontLoader | null = null;
let bundledLoaded = false;
let warningHook: FontWarningHook = () => {};

/**
 * Registers a font from its bytes. `family` overrides the family name read from the font's `name`
 * table. Later registrations of the same family, weight and style take precedence.
 */
export function registerFont(bytes: Uint8Array, family?: string): FontFace {
  if (!(bytes instanceof Uint8Array)) {
    throw new TsplotlibError(
      'registerFont',
      `expected the font file as a Uint8Array, got ${describeValue(bytes)}`,
    );
  }
  const face = new FontFace(bytes);
  addFace(face, family ?? face.familyName, face.weight >= 600, face.italic);
  return face;
}

function addFace(face: FontFace, family: string, bold: boolean, italic: boolean): void {
  registry.unshift({ family, bold, italic, face });
  resolved.clear();
}

/**
 * Installs the function that reads bundled font files. It runs lazily, the first time a font is
 * needed; a loader set after fonts were loaded makes the bundled files load again through it.
 */
export function setFontLoader(load: FontLoader | null): void {
  if (load === loader) return;
  loader = load;
  if (bundledLoaded) {
    for (let i = registry.length - 1; i >= 0; i--) if (bundled.has(registry[i]!.face)) registry.splice(i, 1);
    bundled.clear();
    bundledLoaded = false;
    resolved.clear();
  }
}

/** True when a loader is installed or fonts were registered, i.e. text can be measured. */
export function hasFonts(): boolean {
  return loader !== null || registry.length > 0;
}

/** Sets the hook that receives the one-time "family not found, falling back" warning. */
export function setFontWarningHook(hook: FontWarningHook): void {
  warningHook = hook;
}

function ensureBundled(): void {
  if (bundledLoaded || loader === null) return;
  bundledLoaded = true;
  for (const [family, files] of Object.entries(BUNDLED_FONT_FILES)) {
    const variants: [string, boolean, boolean][] = [
      [files.regular, false, false],
      [files.bold, true, false],
      [files.italic, false, true],
      [files.boldItalic, true, true],
    ];
    const byFile = new Map<string, FontFace>();
    for (const [file, bold, italic] of variants) {
      let face = byFile.get(file);
      if (!face) {
        face = new FontFace(loader(file));
        byFile.set(file, face);
      }
      bundled.add(face);
      // Bundled faces go to the back, so fonts the user registered win.
      registry.push({ family, bold, italic, face });
    }
  }
}

/** True for matplotlib's bold weights: 'bold' and numeric weights of 600 and above. */
export function isBold(weight: FontSpec['weight']): boolean {
  return weight === 'bold' || (typeof weight === 'number' && weight >= 600);
}

/**
 * The FontFace for a font request. `spec.family` may be a family name or a generic family, or a
 * comma-separated list of them; the first available one wins. An unknown family falls back to
 * DejaVu Sans with a one-time warning through the hook, as matplotlib's findfont does.
 */
export function findFont(spec: Pick<FontSpec, 'family' | 'weight' | 'style'>): FontFace {
  const bold = isBold(spec.weight);
  const italic = spec.style === 'italic' || spec.style === 'oblique';
  const key = `${spec.family}|${bold}|${italic}`;
  const hit = resolved.get(key);
  if (hit) return hit;
  ensureBundled();
  if (registry.length === 0) {
    throw new TsplotlibError(
      'findFont',
      'no fonts available; import tsplotlib from Node (which installs the bundled font loader) or call registerFont()',
    );
  }
  const face = pickFace(spec.family, bold, italic);
  resolved.set(key, face);
  return face;
}

function pickFace(familyList: string, bold: boolean, italic: boolean): FontFace {
  const requested = familyList.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
  for (const name of requested) {
    const generic = GENERIC_FAMILIES[name.toLowerCase()];
    for (const family of generic ?? [name]) {
      const face = bestVariant(family, bold, italic);
      if (face) return face;
    }
  }
  const message = `findfont: Font family ${JSON.stringify(familyList)} not found. Falling back to ${DEFAULT_FAMILY}.`;
  if (!warned.has(familyList)) {
    warned.add(familyList);
    warningHook(message);
  }
  return bestVariant(DEFAULT_FAMILY, bold, italic) ?? registry[0]!.face;
}

/** The registered face of `family` closest to the requested weight and style (style matters more). */
function bestVariant(family: string, bold: boolean, italic: boolean): FontFace | null {
  const lower = family.toLowerCase();
  let best: Registered | null = null;
  let bestScore = Infinity;
  for (const r of registry) {
    if (r.family.toLowerCase() !== lower) continue;
    const score = (r.italic === italic ? 0 : 2) + (r.bold === bold ? 0 : 1);
    if (score < bestScore) [best, bestScore] = [r, score];
  }
  return best ? best.face : null;
}
