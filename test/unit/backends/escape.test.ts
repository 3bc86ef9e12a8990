import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttr,
  escapeXmlText,
  stripInvalidXmlChars,
  xmlId,
} from '../../../src/backends/svg/escape.js';
import { checkWellFormed } from './helpers.js';

describe('svg/escape', () => {
  it('escapeXmlText() turns the five markup characters into entities', () => {
    expect(escapeXmlText(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('escapeXmlText() drops characters XML forbids and keeps tab, newline and non-ASCII', () => {
    expect(escapeXmlText('x\u0000\u0001\u000b\u001f\ufffe\ufffey\t\nμ😀')).toBe('xy\t\nμ😀');
    expect(stripInvalidXmlChars('a\ud800b\udc00c')).toBe('abc');
  });

  it('escapeXmlAttr() also encodes whitespace that attribute normalization would lose', () => {
    expect(escapeXmlAttr('a\tb\nc\rd"')).toBe('a&#9;b&#10;c&#13;d&quot;');
  });

  it('escaped markup in labels never breaks a document', () => {
    const labels = [
      '</svg>',
      '<![CDATA[x]]>',
      '&amp;',
      '<!-- -->',
      '"/><script>alert(1)</script>',
      '\u0002&\u0003',
    ];
    for (const label of labels) {
      const doc = `<svg a="${escapeXmlAttr(label)}"><text>${escapeXmlText(label)}</text></svg>`;
      expect(checkWellFormed(doc)).toEqual(['svg', 'text']);
    }
  });

  it('checkWellFormed() rejects unescaped markup, so the test above can fail', () => {
    expect(() => checkWellFormed('<svg><text>a</svg></text></svg>')).toThrow();
    expect(() => checkWellFormed('<svg><text>a & b</text></svg>')).toThrow();
    expect(() => checkWellFormed('<svg a=""/>"><text/></svg>')).toThrow();
  });

  it('xmlId() makes a valid XML name from any string', () => {
    expect(xmlId('DejaVu Sans-30')).toBe('DejaVu_Sans-30');
    expect(xmlId('3d<axes>')).toBe('_3d_axes_');
  });
});
