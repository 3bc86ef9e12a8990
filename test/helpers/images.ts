/**
 * Image helpers for the image and parity tests: decode PNGs, compare them with matplotlib's RMS
 * metric, and write the actual image and a diff next to the expected one when a comparison fails.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, rows from the top. */
  data: Uint8ClampedArray;
}

/** Decodes PNG bytes to RGBA pixels. */
export async function decodePng(bytes: Uint8Array): Promise<Pixels> {
  const img = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height);
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(d.data) };
}

/**
 * matplotlib's `calculate_rms`: the root mean square of the per-channel differences (RGB, 0–255)
 * of two same-sized images, with transparent pixels composited on white first.
 */
export function rms(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`image sizes differ: ${a.width}x${a.height} vs ${b.width}x${b.height}`);
  }
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const aa = a.data[i + 3]! / 255, ba = b.data[i + 3]! / 255; // prettier-ignore
    for (let c = 0; c < 3; c++) {
      const va = a.data[i + c]! * aa + 255 * (1 - aa);
      const vb = b.data[i + c]! * ba + 255 * (1 - ba);
      sum += (va - vb) ** 2;
    }
  }
  return Math.sqrt(sum / ((a.data.length / 4) * 3));
}

/** A diff image: differences amplified ×10 on black, as matplotlib's failed-diff images. */
export function diffImage(a: Pixels, b: Pixels): Uint8Array {
  const canvas = createCanvas(a.width, a.height);
  const ctx = canvas.getContext('2d');
  const out = ctx.createImageData(a.width, a.height);
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++)
      out.data[i + c] = Math.min(255, Math.abs(a.data[i + c]! - b.data[i + c]!) * 10);
    out.data[i + 3] = 255;
  }
  ctx.putImageData(out, 0, 0);
  return canvas.encodeSync('png');
}

export function writeFile(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Debian's python with matplotlib, or null when it is not installed (tests then skip, except under CI). */
export function matplotlibPython(): string | null {
  const py = '/usr/bin/python3';
  if (!existsSync(py)) return null;
  try {
    execFileSync(py, ['-c', 'import matplotlib'], { stdio: 'ignore' });
    return py;
  } catch {
    return null;
  }
}

/**
 * Whether a test that needs an external tool may skip: locally yes (with the printed reason), but
 * under CI=true a missing tool is a failure, so CI always runs the full suite.
 */
export function skipReason(tool: string, available: boolean): string | null {
  if (available) return null;
  if (process.env['CI'] === 'true') throw new Error(`${tool} is required under CI=true but is not installed`);
  const reason = `${tool} is not installed; skipping (CI runs these)`;
  console.log(`[skip] ${reason}`);
  return reason;
}

/** Renders a matplotlib example script to PNG bytes with Debian's matplotlib. */
export function renderMatplotlib(py: string, script: string, outPng: string): void {
  mkdirSync(dirname(outPng), { recursive: true });
  execFileSync(py, ['scripts/mpl/render_example.py', script, outPng], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}
