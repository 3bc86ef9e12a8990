"""Dump matplotlib's rc defaults, its style sheets and its rc validators' answers to test fixtures.

Writes
  test/fixtures/rc_defaults.json  rcParamsDefault, and the text of each `#key: value` default line
                                  of mpl-data/matplotlibrc (so the tests can parse it with ours)
  test/fixtures/rc_styles.json    for each sheet in mpl-data/stylelib: the rcParams that differ from
                                  rcParamsDefault after plt.style.use('default'); plt.style.use(sheet),
                                  blacklisted keys left out
  test/fixtures/rc_validation.json  rc text probes: what rcsetup's validator makes of each, or null
                                  when it raises
With --style-data it also regenerates src/core/styleData.ts: the sheets' text, minus comments.

Values are made JSON as tsplotlib stores them: tuples become lists, None null, the JoinStyle and
CapStyle enums their values, a Cycler its by_key() dict. `backend` is left out (matplotlib's
default is a sentinel object).

Run:  /usr/bin/python3 scripts/mpl/rc_fixture.py [--style-data]
"""
import json
import os
import re
import sys
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import cbook, rcsetup  # noqa: E402
from matplotlib.style.core import STYLE_BLACKLIST  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "test/fixtures")
DATA = matplotlib.get_data_path()
STYLELIB = os.path.join(DATA, "stylelib")


def enc(v):
    """The JSON form of an rc value, as tsplotlib stores it."""
    if hasattr(v, "by_key"):
        return {k: enc(x) for k, x in v.by_key().items()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if hasattr(v, "value") and type(v).__module__.startswith("matplotlib._enums"):
        return v.value
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    raise TypeError(f"cannot encode {v!r}")


def defaults():
    values = {k: enc(v) for k, v in matplotlib.rcParamsDefault.items() if k != "backend"}
    texts = {}
    with open(os.path.join(DATA, "matplotlibrc"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^#([a-z_][\w.\-]*)\s*:(.*)$", line.rstrip("\n"))
            if m and m.group(1) in rcsetup._validators and m.group(1) not in texts:
                # Kept as written (quotes too), so that the line can be read back as it stands.
                texts[m.group(1)] = cbook._strip_comment(m.group(2))
    return {
        "version": matplotlib.__version__,
        "values": values,
        "texts": texts,
        "styleBlacklist": sorted(STYLE_BLACKLIST),
    }


def sheet_names():
    return sorted(f[: -len(".mplstyle")] for f in os.listdir(STYLELIB) if f.endswith(".mplstyle"))


def styles():
    base = {k: enc(v) for k, v in matplotlib.rcParamsDefault.items() if k != "backend"}
    out = {}
    for name in sheet_names():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            plt.style.use("default")
            plt.style.use(name)
        now = {k: enc(v) for k, v in matplotlib.rcParams.items() if k != "backend"}
        # Blacklisted keys are left out: styles cannot change them, and pyplot's import and backend
        # selection change some of them (backend_fallback) in ways that say nothing about the sheet.
        out[name] = {k: v for k, v in now.items() if v != base[k] and k not in STYLE_BLACKLIST}
    plt.style.use("default")
    return out


# Text as it appears after the colon of an rc line, for the keys whose validators do more than
# convert a number: what matplotlib makes of each is the expected answer for our parser.
PROBES = [
    ("lines.linewidth", "2"), ("lines.linewidth", "2."), ("lines.linewidth", "abc"), ("lines.linewidth", ""),
    ("lines.linestyle", "--"), ("lines.linestyle", "Dashed"), ("lines.linestyle", "None"),
    ("lines.linestyle", "(0, (3, 1))"), ("lines.linestyle", "(3, 1, 1, 1)"), ("lines.linestyle", "(0, (3,))"),
    ("lines.linestyle", "dashes"), ("grid.linestyle", ":"), ("contour.negative_linestyle", "solid"),
    ("lines.color", "E24A33"), ("lines.color", "#e24a33"), ("lines.color", "0.5"), ("lines.color", "none"),
    ("lines.color", "None"), ("lines.color", "(0.1, 0.2, 0.3)"), ("lines.color", "(0.1, 0.2, 0.3, 0.5)"),
    ("lines.color", "#12345"), ("lines.color", "1.5"), ("lines.color", "C3"), ("lines.color", "tab:blue"),
    ("lines.markerfacecolor", "auto"), ("legend.facecolor", "inherit"), ("xtick.labelcolor", "inherit"),
    ("legend.labelcolor", "linecolor"), ("legend.labelcolor", "mfc"), ("legend.labelcolor", "mec"),
    ("legend.labelcolor", "None"), ("legend.labelcolor", "red"),
    ("axes.grid", "True"), ("axes.grid", "false"), ("axes.grid", "yes"), ("axes.grid", "off"),
    ("axes.grid", "1"), ("axes.grid", "maybe"),
    ("axes.axisbelow", "line"), ("axes.axisbelow", "True"), ("axes.axisbelow", "lines"),
    ("axes.autolimit_mode", "round_numbers"), ("axes.autolimit_mode", "round"),
    ("axes.formatter.limits", "-7, 7"), ("axes.formatter.limits", "-7"), ("axes.formatter.limits", "1.5, 2"),
    ("axes.xmargin", "0"), ("axes.xmargin", "1"), ("axes.xmargin", "1.5"), ("figure.subplot.wspace", "1"),
    ("figure.subplot.wspace", "0.99"),
    ("axes.titley", "None"), ("axes.titley", "1.05"), ("legend.framealpha", "None"),
    ("axes.titlesize", "large"), ("axes.titlesize", "X-Large"), ("axes.titlesize", "14"),
    ("axes.titlesize", "huge"), ("legend.title_fontsize", "None"),
    ("font.weight", "bold"), ("font.weight", "700"), ("font.weight", "Bold"), ("font.stretch", "condensed"),
    ("font.stretch", "500"), ("font.family", "serif"), ("font.family", "serif, monospace"),
    ("font.sans-serif", "Arial, , Helvetica"),
    ("axes.prop_cycle", "cycler('color', ['E24A33', '348ABD'])"),
    ("axes.prop_cycle", "cycler('color', 'bgrcmyk')"),
    ("axes.prop_cycle", "cycler(color=['r', 'g'], linestyle=['-', '--'])"),
    ("axes.prop_cycle", "cycler('color', ['r', 'g']) + cycler('lw', [1, 2])"),
    ("axes.prop_cycle", "cycler('color', ['r', 'g']) * cycler('ls', ['-', '--', ':'])"),
    ("axes.prop_cycle", "cycler('colour', ['r', 'g'])"), ("axes.prop_cycle", "cycler('color', ['C0', 'C1'])"),
    ("axes.prop_cycle", "cycler('color', ['r', 'g']) + cycler('lw', [1, 2, 3])"),
    ("axes.prop_cycle", "cycler(c=['r', 'g'], mew=[1, 2])"), ("axes.prop_cycle", "['r', 'g']"),
    ("figure.figsize", "8, 6"), ("figure.figsize", "8"), ("savefig.dpi", "figure"), ("savefig.dpi", "300"),
    ("savefig.bbox", "tight"), ("savefig.bbox", "standard"), ("savefig.bbox", "Standard"), ("savefig.bbox", "loose"),
    ("path.sketch", "None"), ("path.sketch", "1, 100, 2"), ("path.sketch", "1, 2"),
    ("boxplot.whiskers", "1.5"), ("boxplot.whiskers", "5, 95"), ("boxplot.bootstrap", "None"),
    ("boxplot.bootstrap", "1000"), ("hist.bins", "auto"), ("hist.bins", "20"), ("hist.bins", "0, 1, 2.5"),
    ("hist.bins", "many"), ("image.aspect", "equal"), ("image.aspect", "2"), ("image.aspect", "wide"),
    ("legend.loc", "upper right"), ("legend.loc", "Upper Right"), ("legend.loc", "top"),
    ("ps.papersize", "A4"), ("ps.usedistiller", "False"), ("ps.usedistiller", "xpdf"),
    ("ps.fonttype", "42"), ("pdf.fonttype", "truetype"), ("pdf.fonttype", "1"),
    ("mathtext.fallback", "None"), ("mathtext.fallback", "STIX"), ("mathtext.fallback", "arial"),
    ("toolbar", "None"), ("toolbar", "ToolManager"), ("svg.hashsalt", "None"), ("svg.hashsalt", "salt"),
    ("keymap.quit", "ctrl+w, cmd+w, q"), ("keymap.quit_all", ""), ("animation.ffmpeg_args", ""),
    ("lines.dashed_pattern", "3.7, 1.6"), ("lines.dash_joinstyle", "miter"), ("lines.dash_joinstyle", "sharp"),
    ("lines.solid_capstyle", "projecting"), ("markers.fillstyle", "left"), ("markers.fillstyle", "half"),
    ("date.epoch", "0000-12-31T00:00:00"), ("date.epoch", "yesterday"), ("text.hinting_factor", "8"),
    ("text.hinting_factor", "8.5"), ("webagg.port", "8988"),
]


def validation():
    out = []
    for key, text in PROBES:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = enc(rcsetup._validators[key](text))
        except Exception:  # noqa: BLE001 - any refusal counts as "invalid"
            value = None
            ok = False
        else:
            ok = True
        out.append({"key": key, "text": text, "ok": ok, "value": value})
    return out


def style_data():
    """src/core/styleData.ts: every sheet's lines, stripped of comments as matplotlib strips them."""
    parts = [
        "/**",
        " * matplotlib 3.6.3's style sheets (mpl-data/stylelib/*.mplstyle) as text, with comments and blank",
        " * lines removed; `styles.ts` parses a sheet the first time it is used. Generated by",
        " * `scripts/mpl/rc_fixture.py --style-data`; do not edit by hand.",
        " */",
        "",
        "/** The text of each style sheet, by name. */",
        "export const STYLE_SHEET_TEXT: Readonly<Record<string, string>> = {",
    ]
    for name in sheet_names():
        lines = []
        with open(os.path.join(STYLELIB, name + ".mplstyle"), encoding="utf-8") as f:
            for line in f:
                stripped = cbook._strip_comment(line)
                if stripped:
                    key, _, val = stripped.partition(":")
                    lines.append(f"{key.strip()}: {val.strip()}".rstrip())
        body = "\n".join(lines).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        # Property names written as prettier writes them, so that the generated file is already formatted.
        prop = name if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else f"'{name}'"
        parts.append(f"  {prop}: `\n{body}\n`,")
    parts.append("};")
    with open(os.path.join(ROOT, "src/core/styleData.ts"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def write(name, data):
    with open(os.path.join(FIXTURES, name), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


def main():
    write("rc_defaults.json", defaults())
    write("rc_styles.json", styles())
    write("rc_validation.json", validation())
    if "--style-data" in sys.argv:
        style_data()


if __name__ == "__main__":
    main()
