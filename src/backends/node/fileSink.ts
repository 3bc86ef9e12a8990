/**
 * Atomic file writes for `savefig`: the bytes go to a temporary file in the target's directory,
 * are flushed to disk, and the temporary file is renamed over the target. A crash or a full disk
 * leaves either the old file or the new one, never half of either; on error the temporary file is
 * removed and an existing target is untouched.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TsplotlibError } from '../../core/errors.js';
import type { FileSink } from '../../core/output.js';

/** The temporary name next to `path`: hidden, unique per process and call. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Writes `bytes` to `path` atomically; throws a TsplotlibError naming the path on failure. */
export const atomicWriteFile: FileSink = (path, bytes) => {
  const temp = tempPathFor(path);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o666);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (cause) {
    if (fd !== null) closeQuietly(fd);
    removeQuietly(temp);
    const err = new TsplotlibError(
      'savefig',
      `cannot write ${JSON.stringify(path)}: ${(cause as Error).message}`,
    );
    (err as Error & { cause?: unknown }).cause = cause;
    throw err;
  }
};

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that error is the one worth reporting.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // The temporary file may never have been created.
  }
}
