/**
 * Turns input from views into matplotlib's events (matplotlib's `_mouse_handler`, `_key_handler`,
 * `LocationEvent._update_enter_leave` and `Figure.pick`): fills in `inaxes`, `xdata` and `ydata`,
 * synthesizes figure and axes enter/leave events from motion, fires `pick_event` for artists with
 * a picker before the press itself, and applies resizes and closes.
 */
import type { Artist } from './Artist.js';
import type { Axes } from './Axes.js';
import type { InputEvent, LocationEvent, MouseEvent } from './events.js';
import type { FigureCanvas } from './FigureCanvas.js';

/** Where the pointer was at the last location event, for enter/leave synthesis. */
export interface PointerState {
  inFigure: boolean;
  inaxes: Axes | null;
  x: number | null;
  y: number | null;
}

/** What a pickable artist reports when hit. */
export interface PickHit {
  ind: number[];
}

/** Artists that can be picked implement this; `radius` is in display pixels. */
export interface Pickable {
  pickHit(x: number, y: number, renderer: { pointsToPixels(p: number): number }): PickHit | null;
}

function location(canvas: FigureCanvas, x: number | null, y: number | null): Omit<LocationEvent, 'name'> {
  const inaxes = x === null || y === null ? null : canvas.inaxes(x, y);
  let xdata: number | null = null;
  let ydata: number | null = null;
  if (inaxes && x !== null && y !== null) {
    const [dx, dy] = inaxes.transData.inverted().transformPoint(x, y);
    [xdata, ydata] = [dx, dy];
  }
  return { canvas, guiEvent: null, x, y, inaxes, xdata, ydata };
}

/** Dispatches one queued input event. */
export function dispatchInput(canvas: FigureCanvas, e: InputEvent, pointer: PointerState): void {
  const cb = canvas.callbacks;
  switch (e.type) {
    case 'button_press_event':
    case 'button_release_event':
    case 'motion_notify_event':
    case 'scroll_event': {
      const base = { ...location(canvas, e.x, e.y), guiEvent: e.guiEvent ?? null };
      const mouse: MouseEvent = {
        ...base,
        name: e.type,
        button: e.type === 'scroll_event' ? (e.step >= 0 ? 'up' : 'down') : (e.button ?? null),
        key: e.key ?? null,
        step: e.type === 'scroll_event' ? e.step : 0,
        dblclick: 'dblclick' in e ? (e.dblclick ?? false) : false,
      };
      updateEnterLeave(canvas, mouse, pointer);
      if (e.type === 'button_press_event' || e.type === 'scroll_event') pick(canvas, mouse);
      cb.process(e.type, mouse);
      return;
    }
    case 'key_press_event':
    case 'key_release_event': {
      const x = e.x ?? pointer.x;
      const y = e.y ?? pointer.y;
      cb.process(e.type, {
        ...location(canvas, x, y),
        name: e.type,
        key: e.key,
        guiEvent: e.guiEvent ?? null,
      });
      return;
    }
    case 'figure_leave_event': {
      const leave = { ...location(canvas, pointer.x, pointer.y), guiEvent: e.guiEvent ?? null };
      if (pointer.inaxes)
        cb.process('axes_leave_event', { ...leave, name: 'axes_leave_event', inaxes: pointer.inaxes });
      if (pointer.inFigure) cb.process('figure_leave_event', { ...leave, name: 'figure_leave_event' });
      pointer.inFigure = false;
      pointer.inaxes = null;
      return;
    }
    case 'resize_event': {
      const dpi = canvas.figure.dpi;
      canvas.figure.setSizeInches(e.width / dpi, e.height / dpi);
      cb.process('resize_event', {
        name: 'resize_event',
        canvas,
        guiEvent: e.guiEvent ?? null,
        width: e.width,
        height: e.height,
      });
      canvas.drawIdle();
      return;
    }
    case 'close_event':
      canvas.closeFromView();
      return;
  }
}

/** figure_enter on the first motion inside, then axes_leave / axes_enter when the Axes changes. */
function updateEnterLeave(canvas: FigureCanvas, e: MouseEvent, pointer: PointerState): void {
  const cb = canvas.callbacks;
  if (!pointer.inFigure) {
    pointer.inFigure = true;
    cb.process('figure_enter_event', { ...e, name: 'figure_enter_event' });
  }
  if (pointer.inaxes && pointer.inaxes !== e.inaxes) {
    const prev = pointer.inaxes;
    const [xd, yd] =
      e.x !== null && e.y !== null ? prev.transData.inverted().transformPoint(e.x, e.y) : [null, null];
    cb.process('axes_leave_event', { ...e, name: 'axes_leave_event', inaxes: prev, xdata: xd, ydata: yd });
  }
  if (e.inaxes && e.inaxes !== pointer.inaxes)
    cb.process('axes_enter_event', { ...e, name: 'axes_enter_event' });
  pointer.inaxes = e.inaxes;
  pointer.x = e.x;
  pointer.y = e.y;
}

/** Fires pick_event for every pickable artist under the pointer (matplotlib's `Figure.pick`). */
function pick(canvas: FigureCanvas, mouse: MouseEvent): void {
  if (mouse.x === null || mouse.y === null || !canvas.callbacks.has('pick_event')) return;
  const renderer = { pointsToPixels: (p: number) => (p * canvas.figure.dpi) / 72 };
  for (const artist of canvas.figure.pickableArtists()) {
    const hit = (artist as Artist & Partial<Pickable>).pickHit?.(mouse.x, mouse.y, renderer);
    if (hit)
      canvas.callbacks.process('pick_event', {
        name: 'pick_event',
        canvas,
        guiEvent: mouse.guiEvent,
        mouseevent: mouse,
        artist,
        ind: hit.ind,
      });
  }
}
