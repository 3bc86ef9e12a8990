/**
 * Content hashes of images, the keys of the display list's image table and of a receiver's image
 * cache: an image drawn in many frames is sent once and afterwards referred to by its hash.
 */
import type { RasterImage } from '../renderer.js';

const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;
/** A second, independent offset basis: two 32-bit FNV-1a lanes make a 64-bit key. */
const FNV_OFFSET_2 = 0x050c5d1f;

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * The content hash of an image: its size and two FNV-1a lanes over its RGBA bytes, as
 * `"<width>x<height>:<16 hex digits>"`. Equal pixels give equal hashes on every machine.
 */
export function imageHash(image: RasterImage): string {
  const data = image.data;
  let h1 = FNV_OFFSET;
  let h2 = FNV_OFFSET_2;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    h1 = Math.imul(h1 ^ b, FNV_PRIME);
    h2 = Math.imul(h2 ^ b, FNV_PRIME);
  }
  // Folding in the length separates images whose bytes agree but whose shapes differ.
  h2 = Math.imul(h2 ^ (data.length & 0xff), FNV_PRIME);
  return `${image.width}x${image.height}:${hex8(h1)}${hex8(h2)}`;
}
