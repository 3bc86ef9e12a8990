/**
 * The one place where the library asks the host for a macrotask (DESIGN.md section 6): coalesced
 * idle draws and queued input are delivered "when the event loop gets control", never inside user
 * code. The default uses `setTimeout(fn, 0)`, which every JavaScript host has; Node backends
 * install `setImmediate`, which runs as soon as the current turn ends without the 1 ms clamp.
 */

export type MacrotaskScheduler = (fn: () => void) => void;

let scheduler: MacrotaskScheduler = (fn) => {
  setTimeout(fn, 0);
};

/** Runs `fn` in a later turn of the event loop. */
export function scheduleMacrotask(fn: () => void): void {
  scheduler(fn);
}

/** Replaces the macrotask scheduler (backends call this once for their host). */
export function setMacrotaskScheduler(s: MacrotaskScheduler): void {
  scheduler = s;
}

/** Resolves after one macrotask turn: what "one turn of the event loop" means in tests and pause(). */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => scheduleMacrotask(resolve));
}
