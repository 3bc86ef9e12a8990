/**
 * A TrueType (`glyf`-outline) font file parser over plain bytes, with no dependency: the table
 * directory and the tables that metrics and outlines need (`head`, `hhea`, `maxp`, `hmtx`, `cmap`
 * formats 4 and 12, `loca`, `kern` format 0, `OS/2`, `name`). Glyph outlines live in `glyf.ts`.
 *
 * Only the legacy `kern` table is read for kerning, not GPOS: that is what FreeType's
 * `FT_Get_Kerning` consults, and hence what matplotlib's text layout uses.
 */
import { TsplotlibError } from '../errors.js';

/** The parsed tables of one font file, in font units (y up). */
export interface TrueTypeTables {
  readonly view: DataView;
  readonly unitsPerEm: number;
  /** `head.indexToLocFormat`: 0 for 16-bit loca offsets (halved), 1 for 32-bit. */
  readonly indexToLocFormat: number;
  readonly numGlyphs: number;
  /** `hhea` ascender, descender (negative) and line gap. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  readonly advanceWidths: Uint16Array;
  readonly leftSideBearings: Int16Array;
  /** Byte offset of each glyph in the file, numGlyphs + 1 entries (equal neighbours: an empty glyph). */
  readonly glyphOffsets: Uint32Array;
  /** The cmap subtable used for lookups. */
  readonly cmap: CmapSubtable;
  /** Horizontal kerning pairs keyed by `left * 65536 + right`. */
  readonly kerning: ReadonlyMap<number, number>;
  /** `OS/2` usWeightClass (400 regular, 700 bold) and the italic bit of fsSelection. */
  readonly weightClass: number;
  readonly italic: boolean;
  /** `name` table family (id 1, or the typographic family id 16) and subfamily (id 2). */
  readonly familyName: string;
  readonly subfamilyName: string;
}

/** A cmap subtable of format 4 (BMP segments) or 12 (segmented coverage, full Unicode). */
export type CmapSubtable =
  | { readonly format: 4; readonly offset: number; readonly segCount: number }
  | { readonly format: 12; readonly offset: number; readonly numGroups: number }
  | { readonly format: 0; readonly offset: number };

interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

const CALL = 'parseTrueType';

/** Parses a TrueType font file. Throws a TsplotlibError when the bytes are not a glyf-outline font. */
export function parseTrueType(bytes: Uint8Array): TrueTypeTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) throw new TsplotlibError(CALL, 'not a TrueType font (file too short)');
  const tag = view.getUint32(0);
  // 0x00010000 and 'true' are TrueType outlines; 'OTTO' is CFF, which this parser does not read.
  if (tag !== 0x00010000 && tag !== 0x74727565) {
    throw new TsplotlibError(
      CALL,
      'not a TrueType font with glyf outlines (CFF/OpenType-PS is not supported)',
    );
  }
  const tables = readTableDirectory(view);
  const need = (name: string): TableRecord => {
    const t = tables.get(name);
    if (!t) throw new TsplotlibError(CALL, `font has no "${name}" table`);
    return t;
  };
  const head = need('head');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const indexToLocFormat = view.getInt16(head.offset + 50);
  const numGlyphs = view.getUint16(need('maxp').offset + 4);
  const hhea = need('hhea');
  const numHMetrics = view.getUint16(hhea.offset + 34);
  const { advanceWidths, leftSideBearings } = readHmtx(view, need('hmtx').offset, numHMetrics, numGlyphs);
  const os2 = tables.get('OS/2');
  const names = readNames(view, tables.get('name'));
  return {
    view,
    unitsPerEm,
    indexToLocFormat,
    numGlyphs,
    ascender: view.getInt16(hhea.offset + 4),
    descender: view.getInt16(hhea.offset + 6),
    lineGap: view.getInt16(hhea.offset + 8),
    advanceWidths,
    leftSideBearings,
    glyphOffsets: readLoca(view, need('loca').offset, need('glyf').offset, numGlyphs, indexToLocFormat),
    cmap: chooseCmap(view, need('cmap').offset),
    kerning: readKern(view, tables.get('kern')),
    weightClass: os2 ? view.getUint16(os2.offset + 4) : 400,
    // fsSelection bit 0 is ITALIC; bit 9 is OBLIQUE (OS/2 version 4).
    italic: os2 ? (view.getUint16(os2.offset + 62) & 0x201) !== 0 : false,
    familyName: names.family,
    subfamilyName: names.subfamily,
  };
}

function readTableDirectory(view: DataView): Map<string, TableRecord> {
  const numTables = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    tables.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return tables;
}

function readHmtx(
  view: DataView,
  offset: number,
  numHMetrics: number,
  numGlyphs: number,
): { advanceWidths: Uint16Array; leftSideBearings: Int16Array } {
  const advanceWidths = new Uint16Array(numGlyphs);
  const leftSideBearings = new Int16Array(numGlyphs);
  let lastAdvance = 0;
  for (let g = 0; g < numGlyphs; g++) {
    if (g < numHMetrics) {
      lastAdvance = view.getUint16(offset + 4 * g);
      leftSideBearings[g] = view.getInt16(offset + 4 * g + 2);
    } else {
      // Glyphs past numHMetrics share the last advance and store only their side bearing.
      leftSideBearings[g] = view.getInt16(offset + 4 * numHMetrics + 2 * (g - numHMetrics));
    }
    advanceWidths[g] = lastAdvance;
  }
  return { advanceWidths, leftSideBearings };
}

function readLoca(
  view: DataView,
  locaOffset: number,
  glyfOffset: number,
  numGlyphs: number,
  format: number,
): Uint32Array {
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    const rel = format === 0 ? view.getUint16(locaOffset + 2 * g) * 2 : view.getUint32(locaOffset + 4 * g);
    offsets[g] = glyfOffset + rel;
  }
  return offsets;
}

/** Picks the best Unicode subtable: full-repertoire format 12 first, then BMP format 4, then format 0. */
function chooseCmap(view: DataView, offset: number): CmapSubtable {
  const count = view.getUint16(offset + 2);
  let best: CmapSubtable | null = null;
  let bestRank = -1;
  for (let i = 0; i < count; i++) {
    const rec = offset + 4 + 8 * i;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = offset + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    let rank = -1;
    if (format === 12 && unicode) rank = 3;
    else if (format === 4 && unicode) rank = 2;
    else if (format === 0) rank = 1;
    if (rank <= bestRank) continue;
    bestRank = rank;
    if (format === 12) best = { format: 12, offset: sub, numGroups: view.getUint32(sub + 12) };
    else if (format === 4) best = { format: 4, offset: sub, segCount: view.getUint16(sub + 6) / 2 };
    else best = { format: 0, offset: sub };
  }
  if (!best) throw new TsplotlibError(CALL, 'font has no Unicode cmap subtable of format 4 or 12');
  return best;
}

/** The glyph index of `codePoint` in `cmap`, or 0 (the .notdef glyph) when the font lacks it. */
export function cmapLookup(view: DataView, cmap: CmapSubtable, codePoint: number): number {
  if (cmap.format === 12) return cmap12Lookup(view, cmap.offset, cmap.numGroups, codePoint);
  if (cmap.format === 4) return cmap4Lookup(view, cmap.offset, cmap.segCount, codePoint);
  return codePoint >= 0 && codePoint < 256 ? view.getUint8(cmap.offset + 6 + codePoint) : 0;
}

function cmap4Lookup(view: DataView, sub: number, segCount: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const endCodes = sub + 14;
  const startCodes = endCodes + 2 * segCount + 2;
  const idDeltas = startCodes + 2 * segCount;
  const idRangeOffsets = idDeltas + 2 * segCount;
  // Segments are sorted by end code: binary search for the first end code >= cp.
  let lo = 0;
  let hi = segCount - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.getUint16(endCodes + 2 * mid) < cp) lo = mid + 1;
    else hi = mid;
  }
  const start = view.getUint16(startCodes + 2 * lo);
  if (cp < start || cp > view.getUint16(endCodes + 2 * lo)) return 0;
  const delta = view.getUint16(idDeltas + 2 * lo);
  const rangeOffset = view.getUint16(idRangeOffsets + 2 * lo);
  if (rangeOffset === 0) return (cp + delta) & 0xffff;
  // idRangeOffset is relative to its own position in the idRangeOffset array.
  const addr = idRangeOffsets + 2 * lo + rangeOffset + 2 * (cp - start);
  const g = view.getUint16(addr);
  return g === 0 ? 0 : (g + delta) & 0xffff;
}

function cmap12Lookup(view: DataView, sub: number, numGroups: number, cp: number): number {
  let lo = 0;
  let hi = numGroups - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const rec = sub + 16 + 12 * mid;
    const start = view.getUint32(rec);
    const end = view.getUint32(rec + 4);
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return view.getUint32(rec + 8) + (cp - start);
  }
  return 0;
}

/** Reads every horizontal format-0 subtable of a Microsoft (version 0) `kern` table. */
function readKern(view: DataView, table: TableRecord | undefined): Map<number, number> {
  const pairs = new Map<number, number>();
  if (!table || view.getUint16(table.offset) !== 0) return pairs;
  const nTables = view.getUint16(table.offset + 2);
  let sub = table.offset + 4;
  for (let t = 0; t < nTables; t++) {
    const length = view.getUint16(sub + 2);
    const coverage = view.getUint16(sub + 4);
    const format = coverage >> 8;
    // Bit 0: horizontal; bit 1: minimum values; bit 2: cross-stream. Only plain horizontal kerning applies.
    if (format === 0 && (coverage & 0x7) === 0x1) {
      const nPairs = view.getUint16(sub + 6);
      for (let p = 0; p < nPairs; p++) {
        const rec = sub + 14 + 6 * p;
        pairs.set(view.getUint16(rec) * 65536 + view.getUint16(rec + 2), view.getInt16(rec + 4));
      }
    }
    sub += length;
  }
  return pairs;
}

function readNames(view: DataView, table: TableRecord | undefined): { family: string; subfamily: string } {
  const found = new Map<number, string>();
  if (!table) return { family: '', subfamily: '' };
  const count = view.getUint16(table.offset + 2);
  const strings = table.offset + view.getUint16(table.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = table.offset + 6 + 12 * i;
    const platform = view.getUint16(rec);
    const nameId = view.getUint16(rec + 6);
    const length = view.getUint16(rec + 8);
    const start = strings + view.getUint16(rec + 10);
    if (nameId !== 1 && nameId !== 2 && nameId !== 16) continue;
    // Windows and Unicode names are UTF-16BE; Macintosh names are single-byte Roman.
    const text = platform === 1 ? readLatin1(view, start, length) : readUtf16(view, start, length);
    if (!found.has(nameId) || platform === 3) found.set(nameId, text);
  }
  return { family: found.get(16) ?? found.get(1) ?? '', subfamily: found.get(2) ?? '' };
}

function readUtf16(view: DataView, start: number, length: number): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < length; i += 2) units.push(view.getUint16(start + i));
  return String.fromCharCode(...units);
}

function readLatin1(view: DataView, start: number, length: number): string {
  const codes: number[] = [];
  for (let i = 0; i < length; i++) codes.push(view.getUint8(start + i));
  return String.fromCharCode(...codes);
}
