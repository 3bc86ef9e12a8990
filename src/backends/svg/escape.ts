/**
 * XML escaping for every user string that reaches an SVG document (text, ids, metadata), so that
 * markup in a label (`'<b>&'`) is shown as written and can never break the document.
 *
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) are dropped: no escape makes them legal.
 */

// Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; the u flag makes a
// lone surrogate its own code point, so it matches the surrogate range here and is removed.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Removes characters that cannot appear in an XML document at all. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(FORBIDDEN, '');
}

/** Escapes text content: `& < > " '` become entities, forbidden characters are dropped. */
export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s).replace(/[&<>"']/g, (ch) => TEXT_ENTITIES[ch]!);
}

/**
 * Escapes an attribute value. Besides the text escapes, tab, newline and carriage return become
 * character references, which XML's attribute normalization would otherwise turn into spaces.
 */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Turns any string into a valid XML name for an `id` (letters, digits, `_`, `-`, `.`, starting
 * with a letter or `_`), for ids the backend builds from font or user names.
 */
export function xmlId(s: string): string {
  const cleaned = stripInvalidXmlChars(s).replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
