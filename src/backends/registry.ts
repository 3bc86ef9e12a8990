/**
 * The backend registry (DESIGN.md section 5): backends by case-insensitive name, with aliases.
 *
 * A backend is registered as a factory so that nothing it needs (a canvas package, a socket
 * server, a kernel API) is loaded before someone asks for it by name. `getBackend('agg')` calls
 * the factory once and keeps the backend it returns.
 *
 * Third parties register their own exactly as the built-ins do:
 *
 * ```ts
 * registerBackend('mybackend', () => ({
 *   name: 'mybackend',
 *   interactive: false,
 *   createRenderer: (w, h, dpi) => new MyRenderer(w, h, dpi),
 * }));
 * use('MyBackend');
 * ```
 */
import { TsplotlibError, suggestion } from '../core/errors.js';
import type { CanvasOutput } from '../core/canvasOutput.js';
import type { RenderTarget } from '../core/output.js';
import type { Renderer } from '../core/renderer.js';

/** Options pyplot passes to a backend's `show`. */
export interface ShowOptions {
  /** False asks `show` to display and return at once instead of waiting for the views to close. */
  readonly block?: boolean;
}

/**
 * What a backend is. Minimal on purpose: a name, whether it is interactive, and optional hooks.
 * Interactive backends (web, inline) add their canvas and manager hooks as further optional
 * members, so existing backends keep compiling when the interface grows.
 */
export interface Backend {
  /** The canonical name, lower case (`'agg'`, `'svg'`, `'template'`). */
  readonly name: string;
  /** True when the backend shows figures in a live view (web, inline), false for file backends. */
  readonly interactive: boolean;
  /** The file formats this backend natively produces (informational; savefig picks by extension). */
  readonly formats?: readonly string[];
  /** A one-line description for listings. */
  readonly description?: string;
  /** A renderer of `width` x `height` display pixels at `dpi`, for drawing figures directly. */
  createRenderer?(width: number, height: number, dpi: number): Renderer;
  /**
   * The output a figure's canvas draws through (DESIGN.md section 6): where frames go, whether a
   * view shows the figure, and the blitting primitives. pyplot gives every managed figure one.
   */
  createOutput?(target: RenderTarget): CanvasOutput;
  /**
   * Displays figures. File backends leave it out: pyplot then warns that the backend cannot show
   * and resolves, as matplotlib does for Agg.
   */
  show?(targets: readonly RenderTarget[], options: ShowOptions): void | Promise<void>;
}

/** Builds a backend on first use. */
export type BackendFactory = () => Backend;

/** Options of {@link registerBackend}. */
export interface RegisterBackendOptions {
  /** Other names that select the same backend (`png` for `agg`, `webagg` for `web`). */
  readonly aliases?: readonly string[];
}

interface Entry {
  readonly name: string;
  readonly factory: BackendFactory;
  instance: Backend | null;
}

const entries = new Map<string, Entry>();
const aliasTargets = new Map<string, string>();

function normalize(call: string, name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '')
    throw new TsplotlibError(call, `backend name must be a non-empty string, got ${JSON.stringify(name)}`);
  return name.trim().toLowerCase();
}

/**
 * Registers (or replaces) a backend under `name` and its aliases, all case-insensitive. The
 * factory runs when the backend is first requested with {@link getBackend}.
 */
export function registerBackend(
  name: string,
  factory: BackendFactory,
  options: RegisterBackendOptions = {},
): void {
  const key = normalize('registerBackend', name);
  if (typeof factory !== 'function')
    throw new TsplotlibError('registerBackend', `factory for "${key}" must be a function`);
  entries.set(key, { name: key, factory, instance: null });
  aliasTargets.delete(key);
  for (const alias of options.aliases ?? []) {
    const a = normalize('registerBackend', alias);
    if (a !== key) aliasTargets.set(a, key);
  }
}

/** The canonical name for `name` (resolving aliases), or undefined when nothing is registered under it. */
export function resolveBackendName(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  const target = entries.has(key) ? key : aliasTargets.get(key);
  return target !== undefined && entries.has(target) ? target : undefined;
}

/** Every name that selects a backend: canonical names and aliases, sorted. */
export function knownBackendNames(): string[] {
  return [...entries.keys(), ...[...aliasTargets.keys()].filter((a) => resolveBackendName(a))].sort();
}

/**
 * The backend registered under `name` (case-insensitive, aliases allowed). Throws naming the call,
 * the known backends and the closest one: `use: unknown backend "svq" (did you mean "svg"?); …`.
 */
export function getBackend(name: string, call = 'use'): Backend {
  const key = normalize(call, name);
  const target = resolveBackendName(key);
  const entry = target === undefined ? undefined : entries.get(target);
  if (!entry) {
    const known = knownBackendNames();
    throw new TsplotlibError(
      call,
      `unknown backend ${JSON.stringify(name)}${suggestion(key, known)}; known backends: ${known.join(', ') || 'none'}`,
    );
  }
  if (!entry.instance) {
    const backend = entry.factory();
    if (!backend || typeof backend.name !== 'string')
      throw new TsplotlibError(call, `the factory of backend "${entry.name}" did not return a backend`);
    entry.instance = backend;
  }
  return entry.instance;
}

/** True when a backend is registered under `name` or an alias of it. */
export function hasBackend(name: string): boolean {
  return resolveBackendName(name) !== undefined;
}
