/**
 * Replays a recorded frame onto any {@link Renderer}: the canvas renderer in a browser at its
 * device pixel ratio, the SVG or PDF renderer for a download, or the template renderer in tests.
 */
import { checkFinite, checkOptionKeys, TsplotlibError } from '../errors.js';
import type { RasterImage, Renderer } from '../renderer.js';
import { drawMarkers, drawPathCollection } from '../renderer.js';
import { decodeDisplayList } from './decode.js';
import type { DisplayList, DisplayOp } from './format.js';
import { ScaledRenderer } from './ScaledRenderer.js';

/** Options of {@link replayDisplayList}. */
export interface ReplayOptions {
  /** Images held from earlier frames, by content hash; images this frame sends are added. */
  readonly imageCache?: Map<string, RasterImage>;
  /**
   * Device pixel ratio: everything is scaled by it on the way to the renderer, which should be
   * `scale` times the frame's size (and, for text and hatches to match, `scale` times its dpi).
   */
  readonly scale?: number;
}

/**
 * Draws a frame (bytes from `DisplayListRecorder.finish()`, or a decoded {@link DisplayList}) onto
 * `renderer`. Markers and collections use the renderer's fast paths when it has them and the core
 * fallbacks otherwise. Bytes are decoded as untrusted input first, so a corrupt frame throws
 * before anything is drawn. Returns the decoded frame.
 *
 * ```ts
 * replayDisplayList(frame, canvasRenderer, { imageCache, scale: devicePixelRatio });
 * ```
 */
export function replayDisplayList(
  frame: Uint8Array | DisplayList,
  renderer: Renderer,
  options: ReplayOptions = {},
): DisplayList {
  checkOptionKeys('replayDisplayList', options, ['imageCache', 'scale']);
  const scale = checkFinite('replayDisplayList', 'scale', options.scale ?? 1, { positive: true });
  const list =
    frame instanceof Uint8Array
      ? decodeDisplayList(frame, options.imageCache ? { imageCache: options.imageCache } : {})
      : frame;
  const target = scale === 1 ? renderer : new ScaledRenderer(renderer, scale, list.dpi);
  const open = { clips: 0, groups: [] as string[] };
  let done = false;
  try {
    for (const op of list.ops) replayOp(list, op, target, open);
    done = true;
  } finally {
    // A renderer that threw part way is left as it was found: no clip or group stays open.
    if (!done) unwind(target, open);
  }
  return list;
}

function replayOp(
  list: DisplayList,
  op: DisplayOp,
  r: Renderer,
  open: { clips: number; groups: string[] },
): void {
  switch (op.op) {
    case 'path':
      r.drawPath(op.path, op.transform, list.styles[op.style]!);
      return;
    case 'markers':
      drawMarkers(r, op.path, op.transform, op.offsets, list.styles[op.style]!);
      return;
    case 'collection': {
      const { op: _kind, ...spec } = op;
      drawPathCollection(r, spec);
      return;
    }
    case 'image': {
      const img = list.images[op.image]!;
      if (!img.data) throw new TsplotlibError('replayDisplayList', `image ${img.hash} has no pixels`);
      const { op: _kind, image: _index, x, y, ...style } = op;
      r.drawImage(x, y, { width: img.width, height: img.height, data: img.data }, style);
      return;
    }
    case 'text':
      r.drawText(op.text, op.x, op.y, list.textStyles[op.style]!);
      return;
    case 'clipRect':
      r.pushClip({ kind: 'rect', x: op.x, y: op.y, width: op.width, height: op.height });
      open.clips++;
      return;
    case 'clipPath':
      r.pushClip({ kind: 'path', path: op.path, transform: op.transform });
      open.clips++;
      return;
    case 'popClip':
      r.popClip();
      open.clips--;
      return;
    case 'openGroup':
      r.openGroup(op.name, op.gid);
      open.groups.push(op.name);
      return;
    case 'closeGroup':
      r.closeGroup(op.name);
      open.groups.pop();
  }
}

function unwind(r: Renderer, open: { clips: number; groups: string[] }): void {
  for (; open.clips > 0; open.clips--) r.popClip();
  for (let name = open.groups.pop(); name !== undefined; name = open.groups.pop()) r.closeGroup(name);
}
