/**
 * Registers the animation writers with `core/animationWriters.ts`: `gif` (`.gif`), `apng`
 * (`.png`, `.apng`) and `ffmpeg` (`.mp4`, when ffmpeg is installed). Importing this module does it.
 */
import { registerAnimationWriter } from '../../core/animationWriters.js';
import { apngWriter } from './apng.js';
import { ffmpegWriter } from './ffmpeg.js';
import { gifWriter } from './gif.js';

export { apngWriter } from './apng.js';
export { ffmpegWriter, findExecutable } from './ffmpeg.js';
export { gifWriter } from './gif.js';

/** Registers the built-in animation writers (idempotent). */
export function registerAnimationWriters(): void {
  registerAnimationWriter('gif', gifWriter);
  registerAnimationWriter('apng', apngWriter);
  registerAnimationWriter('ffmpeg', ffmpegWriter);
}

registerAnimationWriters();
