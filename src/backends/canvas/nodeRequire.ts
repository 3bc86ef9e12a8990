/**
 * Synchronous, lazy loading of CommonJS packages from ES modules. `savefig` is synchronous (as in
 * matplotlib), so the canvas package must be loadable without `await`; `createRequire` gives the
 * ESM build a `require`, and the CommonJS build has its own.
 */
import { createRequire } from 'node:module';

let cached: NodeJS.Require | null = null;

/** Loads `pkg` with Node's `require`; throws what `require` throws when it is missing. */
export function requirePackage<T>(pkg: string): T {
  cached ??= typeof require === 'function' ? require : createRequire(import.meta.url);
  return cached(pkg) as T;
}
