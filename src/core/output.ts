/**
 * The seam between figures and the backends that turn them into bytes or files.
 *
 * `figure` must not import `backends` (DESIGN.md section 1), yet `fig.savefig('a.png')` has to reach
 * the PNG writer. Backends register their format writers and the file sink here when they load;
 * figures look them up by format name. `src/index.ts` loads the built-in backends, so any user of
 * the package has them.
 */
import { TsplotlibError, suggestion } from './errors.js';
import type { Renderer, RGBA } from './renderer.js';

/** What a writer needs from a figure: its size, resolution and a way to draw into a renderer. */
export interface RenderTarget {
  /** Figure size in inches. */
  getSizeInches(): [number, number];
  /** The figure's own dpi (what `dpi: 'figure'` means). */
  readonly dpi: number;
  /** Draws the whole figure into `renderer`, whose dpi may differ from the figure's. */
  drawWith(renderer: Renderer): void;
}

/** Options every writer understands; others are writer-specific. */
export interface WriteOptions {
  /** Resolution of the output (raster formats) in dots per inch. */
  readonly dpi: number;
  /** Background painted behind the figure, or null to leave the canvas transparent. */
  readonly facecolor: RGBA | null;
  /** Extra per-format metadata (title, creator, …). */
  readonly metadata?: Readonly<Record<string, string>>;
  /** JPEG/WebP quality, 0..100. */
  readonly quality?: number;
}

/** Renders a figure to the bytes of one format. Synchronous, as matplotlib's savefig is. */
export type FormatWriter = (target: RenderTarget, options: WriteOptions) => Uint8Array;

/** Writes bytes to a path without ever leaving a half-written file behind. */
export type FileSink = (path: string, bytes: Uint8Array) => void;

interface FormatEntry {
  readonly writer: FormatWriter;
  readonly description: string;
}

const formats = new Map<string, FormatEntry>();
let fileSink: FileSink | null = null;

/** Registers a writer under one or more format names (`'png'`, `'jpg'`, `'jpeg'`, …). */
export function registerFormat(names: readonly string[], description: string, writer: FormatWriter): void {
  for (const n of names) formats.set(n.toLowerCase(), { writer, description });
}

/** The writer for a format name; throws naming the call and the known formats. */
export function formatWriter(call: string, format: string): FormatWriter {
  const entry = formats.get(format.toLowerCase());
  if (!entry) {
    const known = [...formats.keys()].sort();
    throw new TsplotlibError(
      call,
      `unsupported format ${JSON.stringify(format)}${suggestion(format, known)}; supported: ${known.join(', ') || 'none (no backend loaded)'}`,
    );
  }
  return entry.writer;
}

/** Every registered format name with its description (matplotlib's `get_supported_filetypes`). */
export function supportedFormats(): Record<string, string> {
  return Object.fromEntries([...formats].map(([k, v]) => [k, v.description]));
}

export function registerFileSink(sink: FileSink): void {
  fileSink = sink;
}

export function getFileSink(call: string): FileSink {
  if (!fileSink)
    throw new TsplotlibError(call, 'cannot write files in this environment; use toBuffer() instead');
  return fileSink;
}
