/**
 * Animations (matplotlib's `matplotlib.animation`): {@link FuncAnimation} calls a function for
 * every frame, {@link ArtistAnimation} shows prepared groups of artists in turn. Both run on the
 * canvas's timers once the figure is drawn, blit where the backend can, and save to GIF, APNG or
 * MP4 with `await anim.save(filename)`.
 */
export { Animation, AnimationError } from './Animation.js';
export type { AnimationOptions } from './Animation.js';
export { FuncAnimation } from './FuncAnimation.js';
export type { AnimationFuncResult, FuncAnimationOptions } from './FuncAnimation.js';
export { ArtistAnimation } from './ArtistAnimation.js';
export type { ArtistFrame } from './ArtistAnimation.js';
export type { FrameSource } from './frames.js';
export type { AnimationSaveOptions } from './save.js';
