/**
 * Events as matplotlib defines them: names and fields, enter/leave synthesized from motion, picking,
 * errors in callbacks, bad event names and input, and a closed figure's live view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import type { Axes } from '../../../src/figure/Axes.js';
import type { Figure } from '../../../src/figure/Figure.js';
import * as plt from '../../../src/pyplot.js';

let fig: Figure;
let axs: Axes[];

beforeEach(() => {
  plt.use('template');
  const made = plt.subplots(1, 2) as [Figure, Axes[]];
  [fig, axs] = made;
  for (const ax of axs) {
    ax.setXlim(0, 10);
    ax.setYlim(0, 10);
  }
});
afterEach(() => plt.close('all'));

/** The display point of data (x, y) in an Axes. */
const at = (ax: Axes, x: number, y: number) => ax.transData.transformPoint(x, y);

describe('mouse events', () => {
  it('button_press_event carries x, y, button, dblclick, key and the data point', () => {
    const got: unknown[] = [];
    fig.canvas.mplConnect('button_press_event', (e) =>
      got.push([e.button, e.dblclick, e.key, e.inaxes === axs[1], e.xdata, e.ydata]),
    );
    const [x, y] = at(axs[1]!, 2, 3);
    fig.canvas.injectEvent({ type: 'button_press_event', x, y, button: 3, dblclick: true, key: 'shift' });
    fig.canvas.flushEvents();
    const [button, dbl, key, inRight, xd, yd] = got[0] as [number, boolean, string, boolean, number, number];
    expect([button, dbl, key, inRight]).toEqual([3, true, 'shift', true]);
    expect(xd).toBeCloseTo(2, 9);
    expect(yd).toBeCloseTo(3, 9);
  });
  it('scroll_event reports step and the up/down button', () => {
    const got: unknown[] = [];
    fig.canvas.mplConnect('scroll_event', (e) => got.push([e.button, e.step]));
    fig.canvas.injectEvent({ type: 'scroll_event', x: 10, y: 10, step: -2 });
    fig.canvas.injectEvent({ type: 'scroll_event', x: 10, y: 10, step: 1 });
    fig.canvas.flushEvents();
    expect(got).toEqual([
      ['down', -2],
      ['up', 1],
    ]);
  });
  it('outside every Axes, inaxes and the data coordinates are null', () => {
    let ev: { inaxes: unknown; xdata: unknown } | null = null;
    fig.canvas.mplConnect('motion_notify_event', (e) => (ev = e));
    fig.canvas.injectEvent({ type: 'motion_notify_event', x: 2, y: 2 });
    fig.canvas.flushEvents();
    expect(ev).toMatchObject({ inaxes: null, xdata: null });
  });
});

describe('enter and leave events are synthesized from motion', () => {
  it('figure_enter, axes_enter, axes_leave, axes_enter, axes_leave, figure_leave in order', () => {
    const seq: string[] = [];
    for (const name of [
      'figure_enter_event',
      'figure_leave_event',
      'axes_enter_event',
      'axes_leave_event',
    ] as const) {
      fig.canvas.mplConnect(name, (e) =>
        seq.push(
          `${name.replace('_event', '')}${'inaxes' in e && e.inaxes ? `:${axs.indexOf(e.inaxes)}` : ''}`,
        ),
      );
    }
    const [x0, y0] = at(axs[0]!, 5, 5);
    const [x1, y1] = at(axs[1]!, 5, 5);
    fig.canvas.injectEvent({ type: 'motion_notify_event', x: 1, y: 1 });
    fig.canvas.injectEvent({ type: 'motion_notify_event', x: x0, y: y0 });
    fig.canvas.injectEvent({ type: 'motion_notify_event', x: x0 + 1, y: y0 });
    fig.canvas.injectEvent({ type: 'motion_notify_event', x: x1, y: y1 });
    fig.canvas.injectEvent({ type: 'figure_leave_event' });
    fig.canvas.flushEvents();
    expect(seq).toEqual([
      'figure_enter',
      'axes_enter:0',
      'axes_leave:0',
      'axes_enter:1',
      'axes_leave:1',
      'figure_leave:1',
    ]);
  });
});

describe('key events', () => {
  it('key_press_event and key_release_event are located at the last pointer position', () => {
    const got: unknown[] = [];
    fig.canvas.mplConnect('key_press_event', (e) => got.push([e.key, e.inaxes === axs[0]]));
    fig.canvas.mplConnect('key_release_event', (e) => got.push([`up ${e.key}`]));
    const [x, y] = at(axs[0]!, 1, 1);
    fig.canvas.injectEvent({ type: 'motion_notify_event', x, y });
    fig.canvas.injectEvent({ type: 'key_press_event', key: 'ctrl+a' });
    fig.canvas.injectEvent({ type: 'key_release_event', key: 'ctrl+a' });
    fig.canvas.flushEvents();
    expect(got).toEqual([['ctrl+a', true], ['up ctrl+a']]);
  });
});

describe('picking', () => {
  it('a click near a line with a picker fires pick_event with the hit indices, before button_press_event', () => {
    const ax = axs[0]!;
    const [line] = ax.plot([0, 5, 10], [0, 5, 10], { picker: 5 });
    ax.plot([0, 10], [10, 0]); // no picker: never picked
    const order: string[] = [];
    fig.canvas.mplConnect('pick_event', (e) => order.push(`pick ${e.artist === line} ${e.ind.join(',')}`));
    fig.canvas.mplConnect('button_press_event', () => order.push('press'));
    const [x, y] = at(ax, 5, 5);
    fig.canvas.injectEvent({ type: 'button_press_event', x: x + 2, y, button: 1 });
    const [mx, my] = at(ax, 2.5, 2.5);
    fig.canvas.injectEvent({ type: 'button_press_event', x: mx, y: my + 1, button: 1 });
    fig.canvas.flushEvents();
    expect(order).toEqual(['pick true 1', 'press', 'pick true 0', 'press']);
  });
  it('scatter points, patches and texts can be picked; a miss fires nothing', () => {
    const ax = axs[1]!;
    const sc = ax.scatter([2, 8], [2, 8], { picker: true });
    const txt = ax.text(5, 5, 'label', { picker: true });
    const picked: string[] = [];
    fig.canvas.mplConnect('pick_event', (e) =>
      picked.push(e.artist === sc ? `scatter ${e.ind}` : e.artist === txt ? 'text' : 'other'),
    );
    const click = (x: number, y: number) =>
      fig.canvas.injectEvent({ type: 'button_press_event', x, y, button: 1 });
    click(...at(ax, 8, 8));
    click(...(() => { const b = txt.getWindowExtent(undefined, 100)!; return [b.x0 + 2, b.y0 + 2] as [number, number]; })()); // prettier-ignore
    click(...at(ax, 5, 9));
    fig.canvas.flushEvents();
    expect(picked).toEqual(['scatter 1', 'text']);
  });
});

describe('errors', () => {
  it('mplConnect() with an unknown event name names it and suggests the nearest', () => {
    expect(() => fig.canvas.mplConnect('button_pres_event' as never, () => {})).toThrow(
      /mplConnect: unknown event name "button_pres_event" \(did you mean "button_press_event"\?\)/,
    );
  });
  it('a callback that throws is reported with the event name and the other callbacks still run', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    let after = 0;
    fig.canvas.mplConnect('button_press_event', () => {
      throw new Error('boom');
    });
    fig.canvas.mplConnect('button_press_event', () => after++);
    fig.canvas.injectEvent({ type: 'button_press_event', x: 1, y: 1, button: 1 });
    fig.canvas.injectEvent({ type: 'button_press_event', x: 1, y: 1, button: 1 });
    fig.canvas.flushEvents();
    expect(after).toBe(2);
    expect(String(err.mock.calls[0]![0])).toMatch(/'button_press_event' callback threw/);
    err.mockRestore();
  });
  it('injectEvent() rejects unknown types and non-finite coordinates', () => {
    expect(() => fig.canvas.injectEvent({ type: 'click' } as never)).toThrow(
      /injectEvent: invalid event type "click"/,
    );
    expect(() => fig.canvas.injectEvent({ type: 'motion_notify_event', x: NaN, y: 1 })).toThrow(
      /injectEvent: invalid x NaN/,
    );
  });
  it('timers with non-positive or non-finite intervals are refused', () => {
    expect(() => fig.canvas.newTimer({ interval: 0 })).toThrow(
      'newTimer: invalid interval 0; expected a positive number',
    );
    expect(() => fig.canvas.newTimer({ interval: Infinity })).toThrow(/invalid interval Infinity/);
    expect(() => fig.canvas.newTimer({ interval: -5 })).toThrow(TsplotlibError);
  });
  it("a closed figure's live view refuses input and timers, but the figure can still be saved", () => {
    plt.close(fig);
    expect(() => fig.canvas.injectEvent({ type: 'key_press_event', key: 'a' })).toThrow(
      /injectEvent: the figure was closed/,
    );
    expect(() => fig.canvas.newTimer({ interval: 10 })).toThrow(/newTimer: the figure was closed/);
    expect(() => fig.savefig('/dev/null/x.png')).toThrow();
    expect(fig.toBuffer('svg').length).toBeGreaterThan(100);
  });
});

describe('resize and close from a view', () => {
  it('resize_event resizes the figure like a window and requests a draw', () => {
    const sizes: number[][] = [];
    fig.canvas.mplConnect('resize_event', (e) => sizes.push([e.width, e.height]));
    fig.canvas.injectEvent({ type: 'resize_event', width: 800, height: 400 });
    fig.canvas.flushEvents();
    expect(sizes).toEqual([[800, 400]]);
    expect(fig.getSizeInches()).toEqual([8, 4]);
    expect(fig.canvas.drawPending).toBe(true);
  });
  it('close_event from a view closes the figure in pyplot too', () => {
    let closed = 0;
    fig.canvas.mplConnect('close_event', () => closed++);
    fig.canvas.injectEvent({ type: 'close_event' });
    fig.canvas.flushEvents();
    expect(closed).toBe(1);
    expect(plt.getFignums()).toEqual([]);
  });
});
