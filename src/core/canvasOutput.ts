/**
 * The seam between a figure's canvas (src/figure/FigureCanvas.ts) and the backend that shows it
 * (DESIGN.md sections 5 and 6). A backend gives each figure a CanvasOutput: `draw` renders the
 * figure now and hands the frame to the backend's views (a web page, a notebook output, a file
 * surface); `show` puts the figure in a view; `close` tells the views it is gone. Raster outputs
 * also offer the blitting primitives.
 */
import type { Bbox } from './Bbox.js';
import type { RenderTarget } from './output.js';
import type { Renderer } from './renderer.js';

/** A saved block of pixels (opaque to callers), for `restoreRegion`. */
export interface PixelRegion {
  readonly bbox: Bbox;
}

export interface CanvasOutput {
  /** Draws the whole figure now, synchronously, and delivers the frame; returns the renderer used. */
  draw(target: RenderTarget): Renderer;
  /** Whether a view currently shows the figure. */
  readonly shown: boolean;
  /** Displays the figure in a view (interactive backends only). */
  show?(): void;
  /** Sends frames that are waiting for their views now (flushEvents). */
  flush?(): void;
  /** Detaches the figure from its views; they are told it closed. Drawing afterwards is a no-op. */
  close(): void;
  /** The renderer of the last draw, for `drawArtist` and blitting between full draws. */
  lastRenderer?(): Renderer | null;
  /** Copies the pixels under `bbox` (display pixels) of the last frame. */
  copyFromBbox?(bbox: Bbox): PixelRegion;
  /** Puts saved pixels back. */
  restoreRegion?(region: PixelRegion): void;
  /** Delivers the part of the frame under `bbox` (or all of it) to the views. */
  blit?(bbox?: Bbox): void;
  /** Device pixel ratio of the view (HiDPI screens), 1 by default. */
  readonly devicePixelRatio?: number;
}

/** What an interactive backend provides to create outputs for figures. */
export type CanvasOutputFactory = (target: RenderTarget) => CanvasOutput;
