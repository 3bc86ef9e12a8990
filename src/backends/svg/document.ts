/**
 * The SVG document around a rendered body: XML declaration, DOCTYPE, the root element with its size
 * in points and a viewBox in 72-dpi pixels, Dublin Core metadata, the default stylesheet and the
 * trailing definitions (clip paths, hatch patterns).
 */
import { TsplotlibError, suggestion } from '../../core/errors.js';
import { escapeXmlText } from './escape.js';
import { num } from './svgStyle.js';

/** Metadata keys matplotlib's SVG writer accepts (Dublin Core terms; type and format are always written). */
export const SVG_METADATA_KEYS = [
  'Coverage',
  'Creator',
  'Date',
  'Description',
  'Identifier',
  'Keywords',
  'Language',
  'Publisher',
  'Relation',
  'Rights',
  'Source',
  'Title',
  'Contributor',
] as const;

/** Metadata written into `<metadata>`; `Creator` defaults to tsplotlib, nothing else is implied. */
export type SvgMetadata = Readonly<Record<string, string>>;

function metadataXml(metadata: SvgMetadata): string[] {
  const entries: Record<string, string> = { Creator: 'tsplotlib', ...metadata };
  const lines: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (!(SVG_METADATA_KEYS as readonly string[]).includes(key))
      throw new TsplotlibError(
        'savefig',
        `unknown SVG metadata key "${key}"${suggestion(key, SVG_METADATA_KEYS)}; known keys: ${SVG_METADATA_KEYS.join(', ')}`,
      );
    const v = escapeXmlText(value);
    if (key === 'Creator' || key === 'Publisher' || key === 'Rights' || key === 'Contributor')
      lines.push(
        `    <dc:${key.toLowerCase()}><cc:Agent><dc:title>${v}</dc:title></cc:Agent></dc:${key.toLowerCase()}>`,
      );
    else if (key === 'Keywords')
      lines.push(`    <dc:subject><rdf:Bag><rdf:li>${v}</rdf:li></rdf:Bag></dc:subject>`);
    else lines.push(`    <dc:${key.toLowerCase()}>${v}</dc:${key.toLowerCase()}>`);
  }
  return lines;
}

/** Assembles the document. `width` and `height` are in points (72 dpi pixels). */
export function svgDocument(
  width: number,
  height: number,
  metadata: SvgMetadata,
  body: readonly string[],
  trailingDefs: readonly string[],
): string {
  const w = num(width), h = num(height); // prettier-ignore
  return [
    '<?xml version="1.0" encoding="utf-8" standalone="no"?>',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"',
    '  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
    `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg" version="1.1">`,
    ' <metadata>',
    '  <rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '   <cc:Work>',
    '    <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>',
    '    <dc:format>image/svg+xml</dc:format>',
    ...metadataXml(metadata),
    '   </cc:Work>',
    '  </rdf:RDF>',
    ' </metadata>',
    ' <defs>',
    '  <style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style>',
    ' </defs>',
    ...body,
    ...(trailingDefs.length ? [' <defs>', ...trailingDefs.map((d) => `  ${d}`), ' </defs>'] : []),
    '</svg>',
    '',
  ].join('\n');
}
