/**
 * The template backend's canvas output: every draw records its renderer calls, and `show` puts
 * the figure in a virtual view. It behaves as an interactive backend without a screen, which is
 * what tests of the interactive contract (DESIGN.md section 6) run on.
 */
import type { CanvasOutput } from '../../core/canvasOutput.js';
import type { RenderTarget } from '../../core/output.js';
import { TemplateRenderer } from './TemplateRenderer.js';

export class TemplateOutput implements CanvasOutput {
  shown = false;
  /** One entry per delivered frame: the renderer that recorded it. */
  readonly frames: TemplateRenderer[] = [];
  private last: TemplateRenderer | null = null;
  private closed = false;

  draw(target: RenderTarget): TemplateRenderer {
    const [w, h] = target.getSizeInches();
    const r = new TemplateRenderer({ width: w * target.dpi, height: h * target.dpi, dpi: target.dpi });
    target.drawWith(r);
    this.last = r;
    if (!this.closed) this.frames.push(r);
    // Only the last few frames are kept: a live figure drawn for days must not grow memory.
    if (this.frames.length > 64) this.frames.splice(0, this.frames.length - 64);
    return r;
  }
  lastRenderer(): TemplateRenderer | null {
    return this.last;
  }
  show(): void {
    if (!this.closed) this.shown = true;
  }
  close(): void {
    this.closed = true;
    this.shown = false;
  }
  get isClosed(): boolean {
    return this.closed;
  }
}
