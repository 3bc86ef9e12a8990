/**
 * Test helpers for the backends: a hand-made RenderTarget (no Figure needed), PNG decoding through
 * @napi-rs/canvas, pixel lookup with display coordinates, and an XML well-formedness check.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { RenderTarget } from '../../../src/core/output.js';
import type { RasterImage, Renderer } from '../../../src/core/renderer.js';

/** A RenderTarget of the given size in inches whose drawing is the callback. */
export function target(
  widthIn: number,
  heightIn: number,
  draw: (r: Renderer) => void,
  dpi = 100,
): RenderTarget {
  return { dpi, getSizeInches: () => [widthIn, heightIn], drawWith: draw };
}

/** Decodes PNG (or JPEG/WebP) bytes into straight RGBA pixels. */
export async function decodeImage(bytes: Uint8Array): Promise<RasterImage> {
  const img = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height);
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(data.data) };
}

/** The RGBA of the pixel at column x, row y counted from the top. */
export function pixel(img: RasterImage, x: number, y: number): [number, number, number, number] {
  const i = (y * img.width + x) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!, img.data[i + 3]!];
}

/** The RGBA of the pixel whose display-coordinate centre (origin bottom-left) is (x + 0.5, y + 0.5). */
export function displayPixel(img: RasterImage, x: number, y: number): [number, number, number, number] {
  return pixel(img, x, img.height - 1 - y);
}

/**
 * Checks that `xml` is well formed: one root element, every tag closed in order, attributes quoted,
 * no raw `<` or `&` outside markup and references. Returns the element names seen, in order.
 */
export function checkWellFormed(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  let i = 0;
  let roots = 0;
  const references = (s: string) => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s))
      throw new Error(`bad reference in ${JSON.stringify(s.slice(0, 40))}`);
  };
  const text = (s: string) => {
    references(s);
    if (stack.length === 0 && s.trim())
      throw new Error(`text outside the root: ${JSON.stringify(s.slice(0, 40))}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(xml.slice(i));
      break;
    }
    text(xml.slice(i, lt));
    if (xml.startsWith('<?', lt)) i = xml.indexOf('?>', lt) + 2;
    else if (xml.startsWith('<!--', lt)) i = xml.indexOf('-->', lt) + 3;
    else if (xml.startsWith('<!DOCTYPE', lt)) i = xml.indexOf('>', lt) + 1;
    else {
      const m = /^<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!m) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`);
      const [all, close, name, attrs, selfClose] = m;
      references(attrs!);
      if (close) {
        const open = stack.pop();
        if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      } else {
        if (stack.length === 0) roots++;
        names.push(name!);
        if (!selfClose) stack.push(name!);
      }
      i = lt + all.length;
    }
    if (i <= 0) throw new Error('unterminated declaration');
  }
  if (stack.length) throw new Error(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
  return names;
}
