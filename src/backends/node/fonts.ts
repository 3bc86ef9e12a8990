/**
 * The Node font loader: reads the DejaVu font files that ship in the package's `fonts/` directory
 * and installs them as the core font manager's loader, so text metrics work with no setup.
 *
 * The package root is found from this module's own location by walking up to the first directory
 * that holds `fonts/DejaVuSans.ttf`, so the same code works from `src/` (tests), from the ESM build
 * (`dist/esm/...`, through `import.meta.url`) and from a CommonJS bundle made by esbuild
 * (`dist/cjs/*.cjs`, through `__filename`, which esbuild's cjs format provides; `import.meta` is
 * empty there). No `--define` is needed; `TSPLOTLIB_FONTS_DIR` overrides the search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFontLoader } from '../../core/font/fontManager.js';

const PROBE = 'DejaVuSans.ttf';

let cachedDir: string | null = null;

/** The module's own file path, in ESM (import.meta.url) or CommonJS (__filename). */
function ownLocation(): string {
  const url = (import.meta as { url?: string } | undefined)?.url;
  if (typeof url === 'string' && url.startsWith('file:')) return fileURLToPath(url);
  if (typeof __filename === 'string') return __filename;
  return join(process.cwd(), 'index.js');
}

/**
 * The absolute path of the directory holding the bundled font files (also served to the browser
 * by the web backend). Throws when the package's `fonts/` directory cannot be found.
 */
export function fontFilesDir(): string {
  if (cachedDir !== null) return cachedDir;
  const override = process.env['TSPLOTLIB_FONTS_DIR'];
  if (override && existsSync(join(override, PROBE))) return (cachedDir = override);
  let dir = dirname(ownLocation());
  for (;;) {
    const candidate = join(dir, 'fonts');
    if (existsSync(join(candidate, PROBE))) return (cachedDir = candidate);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `tsplotlib: cannot find the bundled fonts directory (looked for fonts/${PROBE} above ${dirname(ownLocation())}); set TSPLOTLIB_FONTS_DIR`,
  );
}

/** Reads one bundled font file by name. */
export function readFontFile(fileName: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fontFilesDir(), fileName)));
}

/** Installs the file-reading loader in the core font manager. Idempotent; files are read lazily. */
export function installNodeFontLoader(): void {
  setFontLoader(readFontFile);
}
