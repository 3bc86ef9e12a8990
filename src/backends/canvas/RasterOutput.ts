/**
 * The raster backend's canvas output (matplotlib's FigureCanvasAgg as an interactive surface): each
 * draw renders into a persistent Canvas 2D surface of the figure's pixel size, which is what
 * blitting works on. `copyFromBbox` saves a block of the last frame, `restoreRegion` puts it back,
 * and `drawArtist` (through `lastRenderer`) draws single artists on top between full draws.
 */
import type { Bbox } from '../../core/Bbox.js';
import type { CanvasOutput, PixelRegion } from '../../core/canvasOutput.js';
import type { RenderTarget } from '../../core/output.js';
import type { Renderer } from '../../core/renderer.js';
import type { CanvasRenderer } from './CanvasRenderer.js';
import type { CanvasLike, ImageDataLike } from './providers.js';
import { canvasSize, createCanvasRenderer } from './raster.js';

interface SavedRegion extends PixelRegion {
  readonly left: number;
  readonly top: number;
  readonly pixels: ImageDataLike;
}

export class RasterOutput implements CanvasOutput {
  shown = false;
  private canvas: CanvasLike | null = null;
  private renderer: CanvasRenderer | null = null;
  /** Number of full draws and of blits, for tests and diagnostics. */
  frames = 0;
  blits = 0;
  private closed = false;

  /** Draws the whole figure onto the surface (resized to the figure when needed). */
  draw(target: RenderTarget): Renderer {
    const [w, h] = canvasSize('draw', target, target.dpi);
    if (!this.canvas || this.canvas.width !== w || this.canvas.height !== h || !this.renderer) {
      const made = createCanvasRenderer(w, h, target.dpi, undefined, 'draw');
      this.canvas = made.canvas;
      this.renderer = made.renderer;
    } else {
      this.renderer.reset();
      this.canvas.getContext('2d').clearRect(0, 0, w, h);
    }
    target.drawWith(this.renderer);
    if (!this.closed) this.frames++;
    return this.renderer;
  }

  lastRenderer(): Renderer | null {
    return this.renderer;
  }

  /** The surface, for tests and for views that want the pixels. */
  surface(): CanvasLike | null {
    return this.canvas;
  }

  /** The pixel rectangle of a display-space box (bottom-left origin), clipped to the surface. */
  private rect(bbox: Bbox): { left: number; top: number; width: number; height: number } {
    const H = this.canvas!.height;
    const left = Math.max(0, Math.floor(bbox.xmin));
    const right = Math.min(this.canvas!.width, Math.ceil(bbox.xmax));
    const top = Math.max(0, Math.floor(H - bbox.ymax));
    const bottom = Math.min(H, Math.ceil(H - bbox.ymin));
    return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  }

  copyFromBbox(bbox: Bbox): PixelRegion {
    if (!this.canvas) throw new Error('copyFromBbox: the figure has not been drawn yet');
    const r = this.rect(bbox);
    const pixels = this.canvas
      .getContext('2d')
      .getImageData(r.left, r.top, Math.max(1, r.width), Math.max(1, r.height));
    const region: SavedRegion = { bbox: bbox.frozen(), left: r.left, top: r.top, pixels };
    return region;
  }

  restoreRegion(region: PixelRegion): void {
    if (!this.canvas) return;
    const r = region as SavedRegion;
    this.canvas.getContext('2d').putImageData(r.pixels, r.left, r.top);
  }

  /** There is no view to push to; the surface already holds the pixels. Counted for tests. */
  blit(): void {
    this.blits++;
  }

  close(): void {
    this.closed = true;
    this.shown = false;
  }
}
