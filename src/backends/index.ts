/**
 * Loads the built-in backends: registers `agg` (alias `png`), `svg` and `template` with the backend
 * registry, their formats (`png`, `jpg`/`jpeg`, `webp`, `raw`/`rgba`, `svg`, `svgz`) with
 * `core/output.ts`, the atomic file sink, the bundled fonts and the font engine that draws text. Importing this module does it once; calling
 * {@link loadBuiltinBackends} again is harmless.
 */
import { registerFileSink } from '../core/output.js';
import './animation/index.js';
import { createAggBackend, registerCanvasBackend, setTextOutlineEngine } from './canvas/index.js';
import { coreTextOutlines } from './canvas/fontEngine.js';
import { installNodeFontLoader } from './node/fonts.js';
import { setMacrotaskScheduler } from '../core/scheduler.js';
import { atomicWriteFile } from './node/fileSink.js';
import { registerBackend } from './registry.js';
import { createSvgBackend, registerSvgBackend } from './svg/index.js';
import { createTemplateBackend } from './template/index.js';

export * from './registry.js';
export { atomicWriteFile } from './node/fileSink.js';

let loaded = false;

/** Registers the built-in backends, formats and file sink (idempotent). */
export function loadBuiltinBackends(): void {
  if (loaded) return;
  loaded = true;
  registerCanvasBackend();
  registerSvgBackend();
  registerBackend('agg', createAggBackend, { aliases: ['png'] });
  registerBackend('svg', createSvgBackend);
  registerBackend('template', createTemplateBackend);
  registerFileSink(atomicWriteFile);
  installNodeFontLoader();
  // Node runs setImmediate callbacks as soon as the current turn ends, without setTimeout's 1 ms clamp.
  setMacrotaskScheduler((fn) => setImmediate(fn));
  setTextOutlineEngine(coreTextOutlines);
}

loadBuiltinBackends();
