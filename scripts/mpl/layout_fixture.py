"""Autoscaled limits and layout boxes from Debian's matplotlib, for test/unit/figure/*.test.ts.

Run: /usr/bin/python3 scripts/mpl/layout_fixture.py  (writes test/fixtures/layout.json)

Each case is a small scene described as data (so the TypeScript test can rebuild it) together with
what matplotlib computes for it: view limits after autoscaling and the axes boxes in pixels.
"""
import json
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

rng = np.random.default_rng(20261122)


def clean(v):
    return [None if not math.isfinite(x) else float(x) for x in v]


def limits_case(kind, x, y, xscale="linear", yscale="linear", margins=None):
    fig, ax = plt.subplots()
    if xscale != "linear":
        ax.set_xscale(xscale)
    if yscale != "linear":
        ax.set_yscale(yscale)
    if margins is not None:
        ax.margins(*margins)
    if kind == "plot":
        ax.plot(x, y)
    else:
        ax.scatter(x, y)
    out = {
        "kind": kind, "x": clean(x), "y": clean(y), "xscale": xscale, "yscale": yscale,
        "margins": margins, "xlim": list(ax.get_xlim()), "ylim": list(ax.get_ylim()),
    }
    plt.close(fig)
    return out


cases = [
    limits_case("plot", [0, 1, 2, 3], [1, 4, 2, 3]),
    limits_case("plot", [2], [2]),
    limits_case("plot", [0, 1, 2], [5, 5, 5]),
    limits_case("plot", [0, 1, 2, 3], [1, float("nan"), 2, 3]),
    limits_case("plot", [1, 10, 100, 1000], [1, 2, 3, 4], xscale="log"),
    limits_case("plot", [-1, 0, 1, 10, 100], [1, 2, 3, 4, 5], xscale="log"),
    limits_case("plot", [0, 1, 2], [0.001, 1, 1000], yscale="log"),
    limits_case("plot", [0, 1, 2], [-5, 0, 5], yscale="symlog"),
    limits_case("plot", [0, 10], [0, 1], margins=(0, 0.2)),
    limits_case("scatter", [0, 1, 2, 3], [1, 4, 2, 3]),
    limits_case("scatter", [1e6, 1e6 + 1], [-3, 7]),
    limits_case("scatter", [0.5], [0.25]),
]
for _ in range(40):
    n = int(rng.integers(2, 50))
    scale = 10.0 ** rng.uniform(-6, 8)
    off = rng.choice([0, 1, -1]) * 10.0 ** rng.uniform(-3, 9)
    x = (rng.standard_normal(n) * scale + off).tolist()
    y = (rng.standard_normal(n) * scale * rng.uniform(0.1, 10) - off).tolist()
    cases.append(limits_case("plot" if rng.random() < 0.6 else "scatter", x, y))

layouts = []
for nrows, ncols, kw in [(1, 1, {}), (2, 2, {}), (1, 3, {}), (3, 1, {"figsize": (5, 7)}), (2, 3, {"dpi": 72}),
                         (2, 2, {"gridspec_kw": {"width_ratios": [1, 3], "height_ratios": [2, 1]}})]:
    fig, axs = plt.subplots(nrows, ncols, squeeze=False, **kw)
    layouts.append({
        "nrows": nrows, "ncols": ncols,
        "figsize": list(fig.get_size_inches()), "dpi": fig.dpi,
        "widthRatios": kw.get("gridspec_kw", {}).get("width_ratios"),
        "heightRatios": kw.get("gridspec_kw", {}).get("height_ratios"),
        "boxes": [list(ax.bbox.bounds) for ax in axs.flat],
    })
    plt.close(fig)

with open("test/fixtures/layout.json", "w") as f:
    json.dump({"limits": cases, "layouts": layouts}, f, indent=1)
print(f"wrote {len(cases)} limit cases and {len(layouts)} layouts")
