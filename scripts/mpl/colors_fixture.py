"""Dump matplotlib's answers for colors, colormaps and norms to test/fixtures/colors.json.

The unit tests in test/unit/core/{colors,colormaps,Normalize}.test.ts compare tsplotlib with
these values, so the test suite itself never runs Python. Floats are written with repr (exact);
NaN and masked values are written as null, infinities as the strings "inf" and "-inf".

Run:  /usr/bin/python3 scripts/mpl/colors_fixture.py
"""
import json
import math
import os

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
from matplotlib import colors as mcolors  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test/fixtures/colors.json")


def enc(x):
    """Plain JSON for numbers, arrays and masked arrays."""
    if isinstance(x, np.ma.MaskedArray):
        return [enc(v) for v in x.astype(float).filled(np.nan).tolist()]
    if isinstance(x, np.ndarray):
        return [enc(v) for v in x.tolist()]
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    if isinstance(x, (float, np.floating, int, np.integer)) and not isinstance(x, bool):
        x = float(x)
        if math.isnan(x):
            return None
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return x
    return x


def color_specs():
    names = ["red", "Red", "RED", "green", "tab:blue", "tab:grey", "xkcd:sky blue", "xkcd:Sky Blue",
             "xkcd:greyish blue", "xkcd:grayish blue", "darkgrey", "rebeccapurple", "b", "g", "r", "c", "m", "y", "k", "w",
             "none", "None", "NONE", "C0", "C1", "C9", "C10", "C23"]
    hexes = ["#f00", "#F0a", "#ff000080", "#12345678", "#abc8", "#0f0f0f", "#AbCdEf", "#ffffff00"]
    grays = ["0", "1", "0.5", ".25", "0.75 ", " 1e-1", "0.3333333333333333", "1.0", "0_5e-1"]
    arrays = [[0.1, 0.2, 0.3], [0.1, 0.2, 0.3, 0.4], [1, 0, 0], [0, 0, 0, 0], [1, 1, 1, 1]]
    bad = ["gren", "bleu", "#12345", "#ggg", "1.5", "-0.1", "C", "c0", "R", "sky blue", "xkcd:sky blu",
           [0.1, 0.2], [1.2, 0, 0], [0, 0, 0, 0, 0], "", "redd"]
    return names + hexes + grays + arrays, bad


def colors_section():
    good, bad = color_specs()
    cases = []
    for spec in good:
        for alpha in (None, 0.5, 0.0, 1.0):
            cases.append({"spec": spec, "alpha": alpha, "rgba": enc(mcolors.to_rgba(spec, alpha))})
    errors = []
    for spec in bad:
        try:
            mcolors.to_rgba(spec)
            raise AssertionError(f"{spec!r} was accepted")
        except ValueError:
            errors.append(spec)
    values = [0, 1, 0.5, 0.1, 0.2, 1 / 3, 127.5 / 255, 0.25, 0.75, 0.999, 0.0019607843137254902, 0.998]
    hexes = [{"rgba": [a, b, c, d], "hex": mcolors.to_hex([a, b, c, d]),
              "hexAlpha": mcolors.to_hex([a, b, c, d], keep_alpha=True)}
             for a, b, c, d in zip(values, values[3:] + values[:3], values[6:] + values[:6], values[::-1])]
    hexes += [{"rgba": spec, "hex": mcolors.to_hex(spec), "hexAlpha": mcolors.to_hex(spec, keep_alpha=True)}
              for spec in ["tab:orange", "xkcd:sky blue", "C3", "0.5", "#abc8", "none"]]
    arrays = []
    for specs, alpha in [(["red", "none", "C2", [0.1, 0.2, 0.3]], None), (["red", "none", "C2"], 0.25),
                         (["red", "blue"], [0.2, 0.4]), ("red", [0.1, 0.2, 0.3]), ([0.1, 0.2, 0.3], None),
                         ("none", None), ([], None)]:
        arrays.append({"specs": specs, "alpha": alpha, "rgba": enc(mcolors.to_rgba_array(specs, alpha))})
    same = [{"a": a, "b": b, "same": bool(mcolors.same_color(a, b))}
            for a, b in [("red", "#ff0000"), ("red", "r"), ("0.5", [0.5, 0.5, 0.5]), ("none", "none"),
                         (["red", "blue"], ["r", "b"]), ("green", "g"), ("C0", "tab:blue")]]
    like = {str(i): mcolors.is_color_like(s) for i, s in enumerate(good + bad)}
    return {"toRgba": cases, "errors": errors, "toHex": hexes, "toRgbaArray": arrays, "sameColor": same,
            "isColorLike": [{"spec": s, "like": bool(like[str(i)])} for i, s in enumerate(good + bad)]}


SAMPLES = [-0.5, -1e-9, 0.0, 1e-9, 0.001, 1 / 256, 0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5 - 1e-12, 0.5, 0.6, 2 / 3,
           0.75, 0.8, 0.9, 255 / 256, 0.999, 1 - 1e-12, 1.0, 1.0 + 1e-12, 1.5, float("nan"), float("inf"),
           float("-inf")]


def cmap_entry(cmap):
    return {"N": cmap.N, "samples": enc(cmap(np.array(SAMPLES)))}


def colormaps_section():
    names = sorted(matplotlib.colormaps)
    maps = {name: cmap_entry(matplotlib.colormaps[name]) for name in names}
    luts = {}
    for name in names:
        if name.endswith("_r"):
            continue
        cmap = matplotlib.colormaps[name]
        cmap(0.5)  # builds the table
        luts[name] = bytes((cmap._lut * 255).astype(np.uint8).ravel()).hex()
    float_luts = {}
    for name in ["viridis", "jet", "coolwarm", "cubehelix", "terrain", "gnuplot2", "flag", "Blues_r"]:
        cmap = matplotlib.colormaps[name]
        cmap(0.5)
        float_luts[name] = enc(cmap._lut)
    cases = {}
    base = matplotlib.colormaps["viridis"].with_extremes(under="k", over="w", bad="r")
    cases["viridisExtremes"] = enc(base(np.array(SAMPLES)))
    cases["viridisAlpha"] = enc(base(np.array(SAMPLES), alpha=0.5))
    cases["viridisAlphaBytes"] = enc(matplotlib.colormaps["viridis"](np.array(SAMPLES), alpha=0.3, bytes=True))
    cases["viridisBytes"] = enc(base(np.array(SAMPLES), bytes=True))
    cases["jetIndices"] = enc(matplotlib.colormaps["jet"](np.array([-1, 0, 1, 100, 255, 256, 300])))
    seg = mcolors.LinearSegmentedColormap(
        "custom", {"red": [(0, 0, 0), (0.3, 0.6, 0.2), (0.3, 0.2, 0.2), (1, 1, 1)],
                   "green": [(0, 0.1, 0.1), (1, 0.9, 0.9)], "blue": [(0, 1, 1), (0.5, 0, 0), (1, 0.5, 0.5)],
                   "alpha": [(0, 0.2, 0.2), (1, 1, 1)]}, N=37, gamma=0.7)
    cases["customSegments"] = {"samples": enc(seg(np.array(SAMPLES))), "reversed": enc(seg.reversed()(np.array(SAMPLES))),
                               "resampled": enc(seg.resampled(11)(np.array(SAMPLES)))}
    fl = mcolors.LinearSegmentedColormap.from_list("fl", ["red", (0, 0.5, 1, 0.5), "#00ff00"], N=64)
    pairs = mcolors.LinearSegmentedColormap.from_list("pairs", [(0, "k"), (0.2, "tab:orange"), (1, "w")], N=100)
    cases["fromList"] = enc(fl(np.array(SAMPLES)))
    cases["fromListPairs"] = enc(pairs(np.array(SAMPLES)))
    listed = mcolors.ListedColormap(["red", "green", "blue"], N=5)
    listed.set_under("0.2")
    cases["listedN"] = {"samples": enc(listed(np.array(SAMPLES))), "reversed": enc(listed.reversed()(np.array(SAMPLES))),
                        "resampled": enc(listed.resampled(4)(np.array(SAMPLES)))}
    return {"samples": enc(SAMPLES), "maps": maps, "byteLuts": luts, "floatLuts": float_luts, "cases": cases}


NORM_DATA = [-3.0, -1.0, -0.01, 0.0, 0.001, 0.5, 1.0, 2.5, 4.0, 10.0, 99.0, 100.0, 1000.0, float("nan"),
             float("inf"), float("-inf")]


def run_norm(label, norm, data=NORM_DATA, inverse=(0.0, 0.25, 0.5, 0.75, 1.0)):
    masked = np.ma.masked_invalid(np.array(data, dtype=float))
    try:
        out = norm(masked)
        result = {"label": label, "out": enc(out), "vmin": enc(norm.vmin), "vmax": enc(norm.vmax)}
    except ValueError as err:
        return {"label": label, "error": str(err)}
    try:
        result["inverse"] = enc([norm.inverse(v) for v in inverse])
    except ValueError:
        result["inverse"] = None
    return result


def norms_section():
    cases = [
        run_norm("Normalize(0,10)", mcolors.Normalize(0.0, 10.0)),
        run_norm("Normalize(0,10,clip)", mcolors.Normalize(0.0, 10.0, clip=True)),
        run_norm("Normalize()", mcolors.Normalize()),
        run_norm("Normalize(5,5)", mcolors.Normalize(5.0, 5.0)),
        run_norm("Normalize(10,0)", mcolors.Normalize(10.0, 0.0)),
        run_norm("LogNorm(1,1000)", mcolors.LogNorm(1.0, 1000.0)),
        run_norm("LogNorm()", mcolors.LogNorm()),
        run_norm("LogNorm(1,1000,clip)", mcolors.LogNorm(1.0, 1000.0, clip=True)),
        run_norm("SymLogNorm(1)", mcolors.SymLogNorm(1.0, vmin=-100.0, vmax=1000.0)),
        run_norm("SymLogNorm(0.5,2,base2)", mcolors.SymLogNorm(0.5, linscale=2.0, base=2)),
        run_norm("AsinhNorm(2)", mcolors.AsinhNorm(linear_width=2.0, vmin=-10.0, vmax=100.0)),
        run_norm("TwoSlopeNorm(0,-4,10)", mcolors.TwoSlopeNorm(0.0, vmin=-4.0, vmax=10.0)),
        run_norm("TwoSlopeNorm(1)", mcolors.TwoSlopeNorm(1.0)),
        run_norm("TwoSlopeNorm(-10)", mcolors.TwoSlopeNorm(-10.0)),
        run_norm("CenteredNorm()", mcolors.CenteredNorm()),
        run_norm("CenteredNorm(1,3)", mcolors.CenteredNorm(1.0, 3.0)),
        run_norm("CenteredNorm(2,clip)", mcolors.CenteredNorm(2.0, clip=True)),
        run_norm("PowerNorm(0.5,0,100)", mcolors.PowerNorm(0.5, 0.0, 100.0)),
        run_norm("PowerNorm(2)", mcolors.PowerNorm(2.0)),
        run_norm("PowerNorm(3,0,10,clip)", mcolors.PowerNorm(3.0, 0.0, 10.0, clip=True)),
        run_norm("BoundaryNorm([0,1,2.5,10],3)", mcolors.BoundaryNorm([0, 1, 2.5, 10], 3)),
        run_norm("BoundaryNorm([0,1,2.5,10],256)", mcolors.BoundaryNorm([0, 1, 2.5, 10], 256)),
        run_norm("BoundaryNorm([0,1,2.5,10],256,both)", mcolors.BoundaryNorm([0, 1, 2.5, 10], 256, extend="both")),
        run_norm("BoundaryNorm([0,1,2.5,10],7,min)", mcolors.BoundaryNorm([0, 1, 2.5, 10], 7, extend="min")),
        run_norm("BoundaryNorm([0,1,2.5,10],5,clip)", mcolors.BoundaryNorm([0, 1, 2.5, 10], 5, clip=True)),
        run_norm("BoundaryNorm([-1,4],9)", mcolors.BoundaryNorm([-1, 4], 9)),
        run_norm("BoundaryNorm([-1,1,1,4],4,max)", mcolors.BoundaryNorm([-1, 1, 1, 4], 4, extend="max")),
        run_norm("NoNorm()", mcolors.NoNorm()),
    ]
    return cases


def main():
    fixture = {"matplotlib": matplotlib.__version__, "colors": colors_section(),
               "colormaps": colormaps_section(), "norms": norms_section()}
    with open(OUT, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    print("wrote", OUT, os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
