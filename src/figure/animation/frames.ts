/**
 * Frame sources of FuncAnimation (matplotlib's `frames` argument): a count, an array, a re-iterable
 * collection, a one-shot iterator or generator, an async iterable whose values are awaited as they
 * come, a function returning any of these, or nothing at all (an endless counter).
 *
 * Every source becomes a {@link FrameSequence} that can open fresh cursors, so `repeat` and `save`
 * can start again from the first frame. One-shot sources (generators, async iterables) cannot be
 * rewound; they are replayed from a buffer of the values seen so far (matplotlib tees them), unless
 * caching is turned off, in which case every cursor continues the one underlying iterator.
 */
import { describeValue, TsplotlibError } from '../../core/errors.js';

/** Anything FuncAnimation accepts as `frames`. */
export type FrameSource<T> =
  | number
  | readonly T[]
  | Iterable<T>
  | AsyncIterable<T>
  | (() => Iterable<T> | AsyncIterable<T>)
  | null
  | undefined;

/** The next frame, synchronously when the source is synchronous, else as a promise. */
export type FrameStep<T> = IteratorResult<T, unknown> | Promise<IteratorResult<T, unknown>>;

/** One pass over the frames. */
export interface FrameCursor<T> {
  next(): FrameStep<T>;
}

/** A source of passes over the frames. */
export interface FrameSequence<T> {
  /** A new pass from the first frame (or, for uncached one-shot sources, from where the last stopped). */
  open(): FrameCursor<T>;
  /** The number of frames when it is known without iterating (counts, arrays, sized collections). */
  readonly length: number | null;
  /** True for the endless counter of `frames: undefined`. */
  readonly endless: boolean;
}

const DONE: IteratorResult<never, unknown> = { done: true, value: undefined };

/** Whether `x` is a promise (or any thenable). */
export function isThenable<T>(x: unknown): x is PromiseLike<T> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

function isIterable(x: unknown): x is Iterable<unknown> {
  return (
    (typeof x === 'object' || typeof x === 'string') &&
    x !== null &&
    typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

/** An iterator that returns itself when asked for an iterator (generators): it can be walked once. */
function isOneShot(x: Iterable<unknown>): boolean {
  return (x as { [Symbol.iterator](): unknown })[Symbol.iterator]() === x;
}

/** The size of a collection when it advertises one (`length` of arrays and strings, `size` of sets). */
function knownLength(x: unknown): number | null {
  if (typeof x === 'string') return x.length;
  const o = x as { length?: unknown; size?: unknown };
  if (typeof o.length === 'number' && Number.isInteger(o.length)) return o.length;
  if (typeof o.size === 'number' && Number.isInteger(o.size)) return o.size;
  return null;
}

/**
 * Replays a one-shot iterator to any number of cursors: values are buffered as the first cursor
 * pulls them, and concurrent async pulls of the same value share one request.
 */
class Replay<T> {
  private readonly values: T[] = [];
  private finished = false;
  private pending: Promise<void> | null = null;

  constructor(private readonly source: Iterator<T> | AsyncIterator<T>) {}

  open(): FrameCursor<T> {
    let i = 0;
    const step = (): FrameStep<T> => {
      if (i < this.values.length) return { done: false, value: this.values[i++]! };
      if (this.finished) return DONE;
      const pulled = this.pull();
      return isThenable(pulled) ? pulled.then(step) : step();
    };
    return { next: step };
  }

  /** Pulls one more value into the buffer (or learns that there are none). */
  private pull(): void | Promise<void> {
    if (this.pending) return this.pending;
    const r = this.source.next();
    if (!isThenable<IteratorResult<T>>(r)) return this.record(r);
    this.pending = Promise.resolve(r).then(
      (res) => {
        this.pending = null;
        this.record(res);
      },
      (err: unknown) => {
        this.pending = null;
        throw err;
      },
    );
    return this.pending;
  }

  private record(r: IteratorResult<T>): void {
    if (r.done) this.finished = true;
    else this.values.push(r.value);
  }
}

function counter(limit: number): FrameSequence<number> {
  return {
    length: Number.isFinite(limit) ? limit : null,
    endless: !Number.isFinite(limit),
    open() {
      let i = 0;
      return { next: () => (i < limit ? { done: false, value: i++ } : DONE) };
    },
  };
}

/** A sequence over an iterable or async iterable that was handed over as is. */
function fromIterable<T>(x: Iterable<T> | AsyncIterable<T>, cache: boolean): FrameSequence<T> {
  const length = knownLength(x);
  if (isAsyncIterable(x) || isOneShot(x as Iterable<T>)) {
    const it = isAsyncIterable(x) ? x[Symbol.asyncIterator]() : (x as Iterable<T>)[Symbol.iterator]();
    if (cache) {
      const replay = new Replay<T>(it);
      return { length, endless: false, open: () => replay.open() };
    }
    return { length, endless: false, open: () => ({ next: () => it.next() }) };
  }
  return {
    length,
    endless: false,
    open: () => {
      const it = (x as Iterable<T>)[Symbol.iterator]();
      return { next: () => it.next() };
    },
  };
}

/** A sequence over a function that makes a new iterable for every pass (a generator function). */
function fromFactory<T>(call: string, make: () => unknown): FrameSequence<T> {
  return {
    length: null,
    endless: false,
    open: () => {
      const made = make();
      if (isAsyncIterable(made)) {
        const it = made[Symbol.asyncIterator]() as AsyncIterator<T>;
        return { next: () => it.next() };
      }
      if (isIterable(made)) {
        const it = made[Symbol.iterator]() as Iterator<T>;
        return { next: () => it.next() };
      }
      throw new TsplotlibError(
        call,
        `the frames function returned ${describeValue(made)}; expected an iterable or an async iterable (a generator function, for instance)`,
      );
    },
  };
}

/**
 * Turns a user's `frames` into a {@link FrameSequence}, checking its type at once.
 *
 * @param cache buffer one-shot sources so that later passes replay them (matplotlib's behaviour)
 */
export function frameSequence<T>(call: string, frames: FrameSource<T>, cache = true): FrameSequence<T> {
  if (frames === undefined || frames === null) return counter(Infinity) as unknown as FrameSequence<T>;
  if (typeof frames === 'number') {
    if (!Number.isInteger(frames) || frames < 0)
      throw new TsplotlibError(
        call,
        `invalid frames ${describeValue(frames)}; expected a count, a non-negative integer`,
      );
    return counter(frames) as unknown as FrameSequence<T>;
  }
  if (typeof frames === 'function') return fromFactory<T>(call, frames);
  if (isIterable(frames) || isAsyncIterable(frames)) return fromIterable(frames, cache);
  throw new TsplotlibError(
    call,
    `invalid frames ${describeValue(frames)}; expected a count, an array, an iterable, an async iterable, a function returning one, or undefined (count forever)`,
  );
}
