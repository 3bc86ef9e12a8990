/**
 * Blitting for animations (matplotlib's `Animation._blit_draw` and `_blit_clear`): instead of
 * redrawing the figure, each frame puts back the saved background of every Axes it touches, draws
 * only the changed (animated) artists over it and delivers just those regions.
 *
 * The background of an Axes is copied the first time a frame draws into it after a full draw, so
 * it holds the figure without its animated artists. A full draw (a resize, a zoom, an explicit
 * `draw()`) forgets every saved background, and the next frame copies fresh ones.
 */
import type { Bbox } from '../../core/Bbox.js';
import type { PixelRegion } from '../../core/canvasOutput.js';
import { Artist } from '../Artist.js';
import { Axes } from '../Axes.js';
import type { Figure } from '../Figure.js';

/** The Axes an artist belongs to (walking up its owners), or null for figure-level artists. */
export function axesOf(artist: Artist): Axes | null {
  let owner: unknown = artist.parent;
  while (owner) {
    if (owner instanceof Axes) return owner;
    owner = owner instanceof Artist ? owner.parent : null;
  }
  return null;
}

/** Saved backgrounds per Axes (null stands for the whole figure, for figure-level artists). */
export class Blitter {
  private readonly backgrounds = new Map<Axes | null, PixelRegion>();

  constructor(private readonly figure: Figure) {}

  /** Forgets every saved background (after a full draw). */
  invalidate(): void {
    this.backgrounds.clear();
  }

  /** Restores the backgrounds under the artists of the previous frame. */
  clear(artists: readonly Artist[]): void {
    for (const ax of this.regionsOf(artists)) {
      const bg = this.backgrounds.get(ax);
      if (bg) this.figure.canvas.restoreRegion(bg);
    }
  }

  /** Draws `artists` over their backgrounds (saving any not yet saved) and blits their regions. */
  draw(artists: readonly Artist[]): void {
    const canvas = this.figure.canvas;
    // A backend that has not drawn yet (the figure just moved to it) draws the figure first; that
    // draw forgets the old backgrounds, and the ones copied below are of its pixels.
    canvas.getRenderer();
    const regions = this.regionsOf(artists);
    // Backgrounds are all saved before anything is drawn, so that an artist drawn into one Axes
    // never ends up in the saved background of an overlapping one.
    for (const ax of regions)
      if (!this.backgrounds.has(ax)) this.backgrounds.set(ax, canvas.copyFromBbox(this.bboxOf(ax)));
    for (const a of artists) {
      const ax = axesOf(a);
      if (ax) ax.drawArtist(a);
      else a.draw(canvas.getRenderer());
    }
    for (const ax of regions) canvas.blit(this.bboxOf(ax));
  }

  private regionsOf(artists: readonly Artist[]): Set<Axes | null> {
    return new Set(artists.map(axesOf));
  }

  private bboxOf(ax: Axes | null): Bbox {
    return ax ? ax.bbox : this.figure.bbox;
  }
}
