import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TsplotlibError } from '../../../src/core/errors.js';
import { getFileSink } from '../../../src/core/output.js';
import { atomicWriteFile } from '../../../src/backends/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tsplotlib-sink-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomicWriteFile', () => {
  it('is the registered file sink once the backends are loaded', () => {
    expect(getFileSink('savefig')).toBe(atomicWriteFile);
  });

  it('writes a new file and replaces an existing one, leaving no temporary file', () => {
    const path = join(dir, 'out.png');
    atomicWriteFile(path, Uint8Array.of(1, 2, 3));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    atomicWriteFile(path, Uint8Array.of(9));
    expect([...readFileSync(path)]).toEqual([9]);
    expect(readdirSync(dir)).toEqual(['out.png']);
  });

  it('leaves the existing file untouched and removes its temporary file when the write fails', () => {
    const path = join(dir, 'keep.svg');
    writeFileSync(path, 'old');
    const notBytes = { length: 4 } as unknown as Uint8Array;
    expect(() => atomicWriteFile(path, notBytes)).toThrow(TsplotlibError);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['keep.svg']);
  });

  it('names the path when the target cannot be replaced', () => {
    const path = join(dir, 'adir');
    mkdirSync(path);
    expect(() => atomicWriteFile(path, Uint8Array.of(1))).toThrow(/^savefig: cannot write ".*adir"/);
    expect(readdirSync(dir)).toEqual(['adir']);
    expect(() => atomicWriteFile(join(dir, 'missing', 'x.png'), Uint8Array.of(1))).toThrow(/cannot write/);
  });
});
