"""Records matplotlib's text metrics for tsplotlib's font engine tests.

Writes test/fixtures/text_metrics.json with:
- "metrics": RendererAgg.get_text_width_height_descent at dpi 100 for plain strings over sizes,
  weights and styles, and for mathtext strings;
- "mathtext": the glyph and rule layout of mathtext strings from MathTextParser('path') at 72 dpi
  (positions in points, relative to the baseline start, y up);
- "glyphs": glyph indices, advances, bounds and kerning straight from the font file (fontTools), to
  check the TrueType parser against an independent reader.

Run with /usr/bin/python3 (Debian's matplotlib 3.6.3): python3 scripts/mpl/text_fixture.py
"""

import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.font_manager import FontProperties, findfont  # noqa: E402
from matplotlib.mathtext import MathTextParser  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "fixtures", "text_metrics.json")

PLAIN = [
    "0", "1", "2", "5", "0.0", "0.2", "0.5", "1.0", "\u22120.5", "\u22121", "100", "1e6", "2000",
    "0.25", "10\u207b\u00b3", "lp", "Title", "Hello World", "AVAWAY", "AV", "A", "V", "To", "Ty",
    "x", "y", "g", "j", "time (s)", "Amplitude [mV]", "caf\u00e9", "na\u00efve", "\u00c5ngstr\u00f6m",
    "\u03b1\u03b2\u03b3", "\u00b0C", "50%", "$", "a b", " ", "", ".", "WAVE", "Line 1", "sin(x)",
    "fig.", "Q_1", "{}", "Mg", "I", "ff", "\u00e9t\u00e9",
]
SIZES = [8, 10, 12, 14.4]
VARIANTS = [("normal", "normal"), ("bold", "normal"), ("normal", "oblique"), ("bold", "oblique")]
MONO = ["0.0", "Hello World", "x = 42"]
MATH = [
    r"$\mathdefault{10^{2}}$",
    r"$\mathdefault{10^{-3}}$",
    r"$\mathdefault{10^{0}}$",
    r"$\mathdefault{2\times10^{-2}}$",
    r"$\times10^{6}$",
    r"$\alpha^2_i$",
    r"$x_i$",
    r"$x^2$",
    r"$x_{ij}^{2}$",
    r"$\alpha + \beta$",
    r"$\Omega$",
    r"$10^{x^2}$",
    r"$\pm 3\%$",
    r"$45\degree$",
    r"value $\sigma$ = 2",
    r"$a\,b\;c\ d$",
    r"$\mathrm{d}x$",
    r"$\frac{1}{2}$",
    r"$\sqrt{x}$",
    r"$-1$",
    r"$\cdot\infty$",
]


def font_props(size, weight="normal", style="normal", family="DejaVu Sans"):
    return FontProperties(family=family, size=size, weight=weight, style=style)


def metrics(renderer):
    rows = []
    for weight, style in VARIANTS:
        for size in SIZES:
            for s in PLAIN:
                w, h, d = renderer.get_text_width_height_descent(
                    s, font_props(size, weight, style), ismath=False)
                rows.append(dict(text=s, family="DejaVu Sans", size=size, weight=weight,
                                 style=style, math=False, width=w, height=h, descent=d))
    for s in MONO:
        w, h, d = renderer.get_text_width_height_descent(
            s, font_props(10, family="DejaVu Sans Mono"), ismath=False)
        rows.append(dict(text=s, family="DejaVu Sans Mono", size=10, weight="normal",
                         style="normal", math=False, width=w, height=h, descent=d))
    for size in [10, 12]:
        for s in MATH:
            w, h, d = renderer.get_text_width_height_descent(s, font_props(size), ismath=True)
            rows.append(dict(text=s, family="DejaVu Sans", size=size, weight="normal",
                             style="normal", math=True, width=w, height=h, descent=d))
    return rows


def math_layouts():
    parser = MathTextParser("path")
    out = []
    for s in MATH:
        width, height, depth, glyphs, rects = parser.parse(s, dpi=72, prop=font_props(10))
        out.append(dict(
            text=s, width=width, height=height, depth=depth,
            glyphs=[dict(char=chr(num), file=os.path.basename(font.fname), size=size, x=ox, y=oy)
                    for font, size, num, ox, oy in glyphs],
            rects=[list(r) for r in rects],
        ))
    return out


def glyph_facts():
    from fontTools.ttLib import TTFont

    path = findfont(font_props(10))
    font = TTFont(path)
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    facts = []
    for ch in "AVe\u00e9\u00c5g0p%\u2212\u03a9\u20ac":
        name = cmap[ord(ch)]
        g = glyf[name]
        g.recalcBounds(glyf)
        facts.append(dict(char=ch, glyph=font.getGlyphID(name), advance=font["hmtx"][name][0],
                          composite=bool(g.isComposite()),
                          bounds=[g.xMin, g.yMin, g.xMax, g.yMax] if g.numberOfContours else [0, 0, 0, 0]))
    kern = font["kern"].kernTables[0].kernTable
    pairs = [dict(left=a, right=b, value=kern.get((cmap[ord(a)], cmap[ord(b)]), 0))
             for a, b in ["AV", "VA", "AY", "To", "AW", "ab"]]
    return dict(file=os.path.basename(path), unitsPerEm=font["head"].unitsPerEm, glyphs=facts, kerning=pairs)


def main():
    fig = plt.figure(dpi=100)
    renderer = fig.canvas.get_renderer()
    data = dict(
        matplotlib=matplotlib.__version__,
        dpi=100,
        hinting=matplotlib.rcParams["text.hinting"],
        hintingFactor=matplotlib.rcParams["text.hinting_factor"],
        metrics=metrics(renderer),
        mathtext=math_layouts(),
        font=glyph_facts(),
    )
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {OUT}: {len(data['metrics'])} metrics rows")


if __name__ == "__main__":
    main()
