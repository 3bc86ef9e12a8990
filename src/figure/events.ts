/**
 * The events a canvas dispatches, with matplotlib's names and fields (`backend_bases.Event` and
 * subclasses). Coordinates are display pixels from the bottom-left, so `ax.transData.inverted()`
 * turns them into data coordinates; `xdata`/`ydata`/`inaxes` are filled in for you.
 */
import type { Renderer } from '../core/renderer.js';
import type { Artist } from './Artist.js';
import type { Axes } from './Axes.js';

/** matplotlib's event names, in its order. */
export const EVENT_NAMES = [
  'resize_event',
  'draw_event',
  'key_press_event',
  'key_release_event',
  'button_press_event',
  'button_release_event',
  'scroll_event',
  'motion_notify_event',
  'pick_event',
  'figure_enter_event',
  'figure_leave_event',
  'axes_enter_event',
  'axes_leave_event',
  'close_event',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Mouse buttons as matplotlib numbers them; scrolls report 'up' or 'down'. */
export type MouseButton = 1 | 2 | 3 | 'up' | 'down' | null;

/** The base of every event: its name, the canvas it happened on, and the view's own event. */
export interface CanvasEvent {
  readonly name: EventName;
  readonly canvas: unknown;
  readonly guiEvent: unknown;
}

/** An event at a point: pixels from the bottom-left, the Axes under it and the data coordinates there. */
export interface LocationEvent extends CanvasEvent {
  readonly x: number | null;
  readonly y: number | null;
  readonly inaxes: Axes | null;
  readonly xdata: number | null;
  readonly ydata: number | null;
}

/** Mouse presses, releases, motion and scrolls. */
export interface MouseEvent extends LocationEvent {
  readonly button: MouseButton;
  /** The key held down (modifier or letter), if any. */
  readonly key: string | null;
  /** Scroll steps: positive up, negative down; 0 for other mouse events. */
  readonly step: number;
  readonly dblclick: boolean;
}

/** Key presses and releases, located at the last pointer position. */
export interface KeyEvent extends LocationEvent {
  readonly key: string | null;
}

/** An artist with a picker was hit by a mouse event. */
export interface PickEvent extends CanvasEvent {
  readonly mouseevent: MouseEvent;
  readonly artist: Artist;
  /** Indices of the data points hit (lines and collections). */
  readonly ind: number[];
}

/** The figure was resized by its view. */
export interface ResizeEvent extends CanvasEvent {
  readonly width: number;
  readonly height: number;
}

/** The figure was drawn; `renderer` is what it was drawn with. */
export interface DrawEvent extends CanvasEvent {
  readonly renderer: Renderer;
}

export type CloseEvent = CanvasEvent;

/** The event type each name delivers. */
export interface EventMap {
  resize_event: ResizeEvent;
  draw_event: DrawEvent;
  key_press_event: KeyEvent;
  key_release_event: KeyEvent;
  button_press_event: MouseEvent;
  button_release_event: MouseEvent;
  scroll_event: MouseEvent;
  motion_notify_event: MouseEvent;
  pick_event: PickEvent;
  figure_enter_event: LocationEvent;
  figure_leave_event: LocationEvent;
  axes_enter_event: LocationEvent;
  axes_leave_event: LocationEvent;
  close_event: CloseEvent;
}

/**
 * Input as a view reports it (what `canvas.injectEvent` takes): display pixels from the bottom-left
 * of the figure, matplotlib's button numbers and key names.
 */
export type InputEvent =
  | {
      readonly type: 'button_press_event' | 'button_release_event' | 'motion_notify_event';
      readonly x: number;
      readonly y: number;
      readonly button?: 1 | 2 | 3 | null;
      readonly dblclick?: boolean;
      readonly key?: string | null;
      readonly guiEvent?: unknown;
    }
  | {
      readonly type: 'scroll_event';
      readonly x: number;
      readonly y: number;
      readonly step: number;
      readonly key?: string | null;
      readonly guiEvent?: unknown;
    }
  | {
      readonly type: 'key_press_event' | 'key_release_event';
      readonly key: string;
      readonly x?: number;
      readonly y?: number;
      readonly guiEvent?: unknown;
    }
  | { readonly type: 'figure_leave_event'; readonly guiEvent?: unknown }
  | {
      readonly type: 'resize_event';
      readonly width: number;
      readonly height: number;
      readonly guiEvent?: unknown;
    }
  | { readonly type: 'close_event'; readonly guiEvent?: unknown };

export const INPUT_EVENT_TYPES = [
  'button_press_event',
  'button_release_event',
  'motion_notify_event',
  'scroll_event',
  'key_press_event',
  'key_release_event',
  'figure_leave_event',
  'resize_event',
  'close_event',
] as const;
