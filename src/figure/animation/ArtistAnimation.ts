/**
 * ArtistAnimation: an animation over a fixed list of frames, each a group of artists that is shown
 * while the others are hidden (matplotlib's `animation.ArtistAnimation`). Draw everything first,
 * keep the artists of each frame, then animate:
 *
 * ```ts
 * const frames = [0, 1, 2].map((i) => ax.plot([0, 1], [i, i + 1]));
 * const anim = new ArtistAnimation(fig, frames, { interval: 100 });
 * await anim.save('steps.png');
 * ```
 */
import { checkOptionKeys, describeValue, TsplotlibError } from '../../core/errors.js';
import { Artist } from '../Artist.js';
import type { Figure } from '../Figure.js';
import { Animation, ANIMATION_OPTION_KEYS, type AnimationOptions } from './Animation.js';
import type { FrameCursor } from './frames.js';
import type { FrameDriver } from './save.js';

/** One frame of an ArtistAnimation: the artists visible in it. */
export type ArtistFrame = readonly Artist[];

function checkFrames(value: unknown): ArtistFrame[] {
  if (!Array.isArray(value))
    throw new TsplotlibError(
      'ArtistAnimation',
      `invalid artists ${describeValue(value)}; expected an array of frames, each an array of Artists`,
    );
  return value.map((group: unknown, i) => {
    const items = Array.isArray(group) ? group : group instanceof Artist ? [group] : null;
    if (!items || !items.every((a) => a instanceof Artist))
      throw new TsplotlibError(
        'ArtistAnimation',
        `invalid frame ${i}: ${describeValue(group)}; expected an array of Artists`,
      );
    return [...(items as Artist[])];
  });
}

/** Shows one group of prepared artists per frame (matplotlib's `ArtistAnimation`). */
export class ArtistAnimation extends Animation<ArtistFrame> {
  private readonly frames: readonly ArtistFrame[];

  /**
   * @param fig the figure to animate; the animation starts when it is first drawn
   * @param artists the frames, each an array of the artists shown in it
   */
  constructor(fig: Figure, artists: readonly ArtistFrame[], o: AnimationOptions = {}) {
    checkOptionKeys('ArtistAnimation', o, ANIMATION_OPTION_KEYS);
    super('ArtistAnimation', fig, o);
    this.frames = checkFrames(artists);
    this.setup();
  }

  protected newFrameSeq(): FrameCursor<ArtistFrame> {
    return this.frames[Symbol.iterator]();
  }

  /** Hides every artist of every frame (matplotlib's `ArtistAnimation._init_draw`). */
  protected initDraw(): void {
    for (const frame of this.frames)
      for (const a of frame) {
        a.setVisible(false);
        a.setAnimated(this.blit);
      }
    if (!this.saving) this.figure.canvas.drawIdle();
  }

  /** Hides the previous frame's artists, or lets blitting restore the background. */
  protected override preDraw(blit: boolean): void {
    if (blit) super.preDraw(blit);
    else for (const a of this.drawnArtists) a.setVisible(false);
  }

  protected drawFrame(artists: ArtistFrame): void {
    this.drawnArtists = [...artists];
    for (const a of artists) a.setVisible(true);
  }

  protected savedFrames(): Omit<FrameDriver<ArtistFrame>, 'init' | 'draw'> {
    const n = this.frames.length;
    return { cursor: this.newFrameSeq(), total: n, limit: n, truncationWarning: null };
  }
}
