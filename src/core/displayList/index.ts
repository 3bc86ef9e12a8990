/**
 * The display list (DESIGN.md sections 2 and 7): record a frame as compact binary ops with
 * {@link DisplayListRecorder}, send it, and replay it on any renderer with
 * {@link replayDisplayList}, at any device pixel ratio. The wire format is documented in
 * `format.ts`.
 */
export { DisplayListRecorder } from './DisplayListRecorder.js';
export type { DisplayListRecorderOptions } from './DisplayListRecorder.js';
export { encodeDisplayList } from './encode.js';
export type { EncodeOptions } from './encode.js';
export { decodeDisplayList, frameImages } from './decode.js';
export type { DecodeOptions, FrameImage } from './decode.js';
export { replayDisplayList } from './replay.js';
export type { ReplayOptions } from './replay.js';
export { ScaledRenderer } from './ScaledRenderer.js';
export { imageHash } from './imageHash.js';
export { FORMAT_VERSION, LIMITS, MAGIC, OpCode } from './format.js';
export type { CollectionOp, DisplayList, DisplayOp, ImageResource } from './format.js';
