/**
 * A renderer that draws nothing: a figure drawn through it still lays itself out, autoscales and
 * computes ticks (matplotlib requires `canvas.draw()` to walk the tree even without output). It is
 * the output of a figure that no backend shows yet.
 */
import type { Renderer } from './renderer.js';

export class NullRenderer implements Renderer {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly dpi: number,
  ) {}
  pointsToPixels(points: number): number {
    return (points * this.dpi) / 72;
  }
  drawPath(): void {}
  drawImage(): void {}
  drawText(): void {}
  pushClip(): void {}
  popClip(): void {}
  openGroup(): void {}
  closeGroup(): void {}
}
