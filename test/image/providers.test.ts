/**
 * The same figures rendered to PNG by both canvas providers: `@napi-rs/canvas` (Skia, the default)
 * and node-canvas (Cairo), selected with `rcParams['canvas.provider']`. The renderer speaks only
 * the Canvas 2D API and draws text as outlines, so the two differ only where the rasterizers
 * anti-alias edges differently. node-canvas is optional: locally the file skips when it is not
 * installed; under CI=true (where `.ci/run` installs it) a missing package fails the run.
 */
import { describe, expect, it } from 'vitest';
import { rcContext } from '../../src/index.js';
import type { Figure } from '../../src/index.js';
import { getCanvasProvider } from '../../src/backends/canvas/index.js';
import type { Pixels } from '../helpers/images.js';
import { decodePng, diffImage, rms, skipReason, writeFile } from '../helpers/images.js';
import { SCENES, markupFigure } from '../helpers/scenes.js';

/**
 * Largest RMS (matplotlib's metric, RGB 0–255) between the two providers' PNGs of one figure.
 * Measured: lines 2.06, scatter 2.65, text 1.63, log 1.58, markup 1.64 (Skia and Cairo cover
 * partly-covered edge pixels differently, e.g. Cairo spreads a 1.11 px spine over three rows where
 * Skia fills one). Removing the legend from the lines figure alone costs about 17.
 */
const PROVIDER_TOLERANCE = 3.5;

/** JPEG adds its own, provider-specific quantization; measured 2.23 on the lines figure. */
const JPEG_TOLERANCE = 4;

function nodeCanvasInstalled(): boolean {
  try {
    getCanvasProvider('node-canvas');
    return true;
  } catch {
    return false;
  }
}

const skip = skipReason('node-canvas (npm package "canvas")', nodeCanvasInstalled());

/** Renders `fig` with the named provider, whatever rcParams said before. */
function render(fig: Figure, provider: 'napi' | 'node-canvas', format = 'png', dpi?: number): Uint8Array {
  return rcContext({ 'canvas.provider': provider }, () =>
    fig.toBuffer(format, dpi === undefined ? {} : { dpi }),
  );
}

/** The chunk types of a PNG, in order, with the text of its tEXt chunks. */
function pngChunks(png: Uint8Array): { types: string[]; text: Record<string, string> } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  const text: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    types.push(type);
    if (type === 'tEXt') {
      const [key = '', value = ''] = Buffer.from(png.subarray(at + 8, at + 8 + length))
        .toString('latin1')
        .split('\0');
      text[key] = value;
    }
    at += 12 + length;
  }
  return { types, text };
}

/** Compares two renderings, leaving both and an amplified diff in test/image/actual/ on failure. */
function expectClose(name: string, a: Pixels, b: Pixels, bytes: [Uint8Array, Uint8Array], tol: number): void {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const score = rms(a, b);
  if (score > tol) {
    writeFile(`test/image/actual/providers-${name}.napi.png`, bytes[0]);
    writeFile(`test/image/actual/providers-${name}.node-canvas.png`, bytes[1]);
    writeFile(`test/image/actual/providers-${name}.diff.png`, diffImage(a, b));
  }
  expect(score, `RMS of ${name} between napi and node-canvas`).toBeLessThanOrEqual(tol);
}

describe.skipIf(skip !== null)('canvas providers: napi and node-canvas', () => {
  it("rcParams['canvas.provider'] selects the provider toBuffer renders with", () => {
    expect(rcContext({ 'canvas.provider': 'node-canvas' }, () => getCanvasProvider().name)).toBe(
      'node-canvas',
    );
    expect(rcContext({ 'canvas.provider': 'napi' }, () => getCanvasProvider().name)).toBe('napi');
    // The encoders differ (Skia writes sRGB, Cairo's libpng path does not), so identical bytes
    // would mean both renderings went through the same provider and the comparisons below were vacuous.
    const fig = SCENES[0]!.build();
    expect(pngChunks(render(fig, 'napi')).types).toContain('sRGB');
    expect(pngChunks(render(fig, 'node-canvas')).types).not.toContain('sRGB');
  });

  for (const scene of [...SCENES, { name: 'markup', build: markupFigure }]) {
    it(`Figure.toBuffer('png') of the ${scene.name} figure matches between napi and node-canvas`, async () => {
      const fig = scene.build();
      const bytes: [Uint8Array, Uint8Array] = [render(fig, 'napi'), render(fig, 'node-canvas')];
      const [a, b] = await Promise.all(bytes.map(decodePng));
      expect([a!.width, a!.height]).toEqual([640, 480]);
      expectClose(scene.name, a!, b!, bytes, PROVIDER_TOLERANCE);
    });
  }

  it("Figure.toBuffer('png', { dpi }) sizes the canvas and writes pHYs with node-canvas", async () => {
    const png = render(SCENES[1]!.build(), 'node-canvas', 'png', 50);
    const img = await decodePng(png);
    expect([img.width, img.height]).toEqual([320, 240]);
    expect(pngChunks(png).types).toContain('pHYs');
  });

  it('Figure.toBuffer() writes the same PNG text metadata with either provider', () => {
    const fig = SCENES[3]!.build();
    const metadata = { Title: 'log axes', Author: 'tsplotlib tests' };
    const text = (provider: 'napi' | 'node-canvas') =>
      pngChunks(rcContext({ 'canvas.provider': provider }, () => fig.toBuffer('png', { metadata }))).text;
    const expected = { Software: 'tsplotlib', Title: 'log axes', Author: 'tsplotlib tests' };
    expect(text('napi')).toEqual(expected);
    expect(text('node-canvas')).toEqual(expected);
  });

  it("Figure.toBuffer('jpg') encodes through node-canvas close to napi's JPEG", async () => {
    const fig = SCENES[0]!.build();
    const bytes: [Uint8Array, Uint8Array] = [render(fig, 'napi', 'jpg'), render(fig, 'node-canvas', 'jpg')];
    expect([...bytes[1].subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const [a, b] = await Promise.all(bytes.map(decodePng));
    expectClose('lines-jpeg', a!, b!, bytes, JPEG_TOLERANCE);
  });

  it("Figure.toBuffer('webp') on node-canvas fails naming the provider and the formats it has", () => {
    expect(() => render(SCENES[0]!.build(), 'node-canvas', 'webp')).toThrow(
      'savefig: canvas provider "node-canvas" cannot encode webp; it encodes png, jpeg',
    );
  });
});
