"""Records matplotlib's legend layout and placement for tsplotlib's Legend tests.

Writes test/fixtures/legend.json with:
- "scenes": small plots on the default 640x480, 100 dpi figure, each described as data (the
  artists with their options, the axes limits, the legend call) so that the tests can rebuild
  them with tsplotlib, together with matplotlib's results after a draw: the legend's window extent,
  each label's window extent, the display vertices of each key, the location 'best' chose, and
  the text metrics (width, height, descent at 100 dpi) matplotlib laid the texts out with;
- "intersects": random polylines against random boxes with Path.intersects_bbox(filled=False)
  and Bbox.count_contains, the geometry behind loc='best'.

Limits are set explicitly so that the scenes do not depend on autoscaling.

Run with /usr/bin/python3 (Debian's matplotlib 3.6.3): python3 scripts/mpl/legend_fixture.py
"""

import json
import os

import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.offsetbox import _get_anchored_bbox  # noqa: E402
from matplotlib.patches import Patch, Rectangle  # noqa: E402
from matplotlib.path import Path  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "fixtures", "legend.json")

X = np.linspace(0, 10, 41)


def line(y, label=None, x=None, **opts):
    opts = dict(opts)
    if label is not None:
        opts["label"] = label
    return {"kind": "plot", "x": list(X if x is None else x), "y": list(y), "opts": opts}


def scatter(x, y, s=None, label=None, **opts):
    opts = dict(opts)
    if label is not None:
        opts["label"] = label
    return {"kind": "scatter", "x": list(x), "y": list(y), "s": s, "opts": opts}


def rect(x, y, w, h, label=None, **opts):
    opts = dict(opts)
    if label is not None:
        opts["label"] = label
    return {"kind": "rect", "xy": [x, y], "width": w, "height": h, "opts": opts}


def bars(xs, heights, width=0.8, **opts):
    return [rect(x - width / 2, 0, width, h, **opts) for x, h in zip(xs, heights)]


THREE_LINES = [
    line(0.5 * X, "linear", marker="o", markevery=5),
    line(5 + 4 * np.sin(X), "sine", marker="s", linestyle="--"),
    line(10 - 0.8 * X, "falling", marker="^", markersize=8),
]


def scenes():
    out = []

    def add(name, artists, legend, xlim=(0, 10), ylim=(0, 10)):
        out.append({"name": name, "artists": artists, "legend": legend, "xlim": xlim, "ylim": ylim})

    # 'best' placements forced by where the data is.
    add("best-rising", [line(X, "rising")], {"loc": "best"})
    add("best-falling", [line(10 - X, "falling")], {"loc": "best"})
    add("best-top-band", [line(8 + np.sin(3 * X), "top"), line(2 + np.sin(3 * X), "bottom")], {"loc": "best"})
    add("best-left-right", [line(X, "a", x=np.full(41, 1.0)), line(X, "b", x=np.full(41, 9.0)),
                            line(np.full(41, 9.3), "c"), line(np.full(41, 0.7), "d")], {"loc": "best"})
    add("best-scatter", [scatter([9.3, 0.7, 9.3, 5, 9.3, 0.7, 5], [9.5, 9.5, 0.5, 9.5, 5, 5, 0.5], s=40, label="pts")],
        {"loc": "best"})
    add("best-bars", bars([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 9.5, 9, 2, 2, 2, 9.5, 9, 9.5], label="_bars") +
        [line(np.full(41, 0.3), "base")], {"loc": "best"})
    add("best-lower-center", [line(np.full(41, 9.5), "top"), line(np.full(41, 4.5), "middle"),
                              line(X, "left", x=np.full(41, 0.5)), line(X, "right", x=np.full(41, 9.5))],
        {"loc": "best"})
    add("best-segments", [line([0, 10], "diagonal", x=[0, 10])], {"loc": "best"})
    add("best-all-crowded", [line(10 * np.abs(np.sin(2 * X)), "wave"), line(10 * np.abs(np.cos(1.3 * X)), "wave2")],
        {"loc": "best"})
    add("best-six-lines", [line(k + 0.3 * np.sin(X), f"line {k}", marker="ox^sdv"[k % 6]) for k in range(1, 7)],
        {"loc": "best"})

    # Fixed locations with three styled lines.
    for code in range(1, 11):
        add(f"loc-{code}", THREE_LINES, {"loc": code})
    add("loc-string", THREE_LINES, {"loc": "lower center"})
    add("loc-xy", THREE_LINES, {"loc": [0.1, 0.2]})

    # Layout options.
    five = [line(k + 0 * X, f"entry {k}", marker="o") for k in range(1, 6)]
    add("ncols-2", five, {"loc": "upper left", "ncols": 2})
    add("ncols-3-title", five, {"loc": "lower right", "ncols": 3, "title": "Five entries"})
    add("title", THREE_LINES, {"loc": "upper right", "title": "A legend title"})
    add("title-left", THREE_LINES, {"loc": "upper right", "title": "Left aligned title", "alignment": "left"})
    add("title-fontsize", THREE_LINES, {"loc": "center", "title": "Big", "titleFontsize": 16})
    add("fontsize-small", THREE_LINES, {"loc": "upper left", "fontsize": "small"})
    add("fontsize-14", THREE_LINES, {"loc": "upper left", "fontsize": 14})
    add("markerfirst-false", THREE_LINES, {"loc": "upper left", "markerfirst": False})
    add("numpoints-3", THREE_LINES, {"loc": "upper left", "numpoints": 3})
    add("markerscale-2", THREE_LINES, {"loc": "upper left", "markerscale": 2})
    add("no-frame", THREE_LINES, {"loc": "upper left", "frameon": False, "fancybox": False})
    add("spacing", THREE_LINES, {"loc": "upper left", "borderpad": 1, "labelspacing": 1.2, "handlelength": 3,
                                 "handletextpad": 0.5, "borderaxespad": 1.5})
    add("handleheight-2", THREE_LINES, {"loc": "upper left", "handleheight": 2})
    add("multiline-label", [line(X, "first line\nsecond line"), line(10 - X, "single")], {"loc": "center"})
    add("anchor-outside", THREE_LINES, {"loc": "upper left", "bboxToAnchor": [1.02, 1], "borderaxespad": 0})
    add("anchor-box", THREE_LINES, {"loc": "lower left", "bboxToAnchor": [0, 1.02, 1, 0.2], "mode": "expand",
                                    "ncols": 3, "borderaxespad": 0})
    add("scatter", [scatter([2, 4, 6, 8], [2, 4, 6, 8], s=[10, 40, 90, 160], label="sized"),
                    scatter([2, 4, 6], [8, 6, 4], s=30, label="plain", marker="s")],
        {"loc": "lower right", "scatterpoints": 3})
    add("patches", [rect(1, 1, 2, 3, "box", facecolor="C1", edgecolor="k"),
                    rect(5, 5, 3, 2, "hatched", facecolor="none", edgecolor="C2", hatch="//"),
                    line(X, "line")], {"loc": "upper left"})
    add("labels-only", THREE_LINES, {"loc": "upper left", "labels": ["one", "two"]})
    return out


def record_scene(scene):
    fig, ax = plt.subplots()
    for a in scene["artists"]:
        if a["kind"] == "plot":
            ax.plot(a["x"], a["y"], **a["opts"])
        elif a["kind"] == "scatter":
            ax.scatter(a["x"], a["y"], s=a["s"], **a["opts"])
        elif a["kind"] == "rect":
            ax.add_patch(Rectangle(a["xy"], a["width"], a["height"], **a["opts"]))
    ax.set_xlim(*scene["xlim"])
    ax.set_ylim(*scene["ylim"])
    kw = {to_snake(k): v for k, v in scene["legend"].items() if k != "labels"}
    if "labels" in scene["legend"]:
        leg = ax.legend(scene["legend"]["labels"], **kw)
    else:
        leg = ax.legend(**kw)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    box = leg.get_window_extent(r)
    chosen = None
    if leg._loc == 0:
        for code in range(1, 11):
            x, y = _get_anchored_bbox(code, Bbox.from_bounds(0, 0, box.width, box.height), leg.get_bbox_to_anchor(),
                                      leg.borderaxespad * r.points_to_pixels(leg._fontsize))
            if np.allclose([x, y], [box.x0, box.y0]):
                chosen = code
                break
    result = {
        "axesBbox": list(ax.bbox.bounds),
        "legendBbox": list(box.bounds),
        "frameBounds": list(leg.get_frame().get_bbox().bounds),
        "texts": [list(t.get_window_extent(r).bounds) for t in leg.get_texts()],
        "labels": [t.get_text() for t in leg.get_texts()],
        "title": list(leg.get_title().get_window_extent(r).bounds) if leg.get_title().get_text() else None,
        "chosenLoc": chosen,
        "keys": [key_geometry(h, r) for h in leg.legendHandles],
        "metrics": text_metrics([*leg.get_texts(), leg.get_title()], r),
    }
    plt.close(fig)
    return result


def text_metrics(texts, r):
    """The metrics matplotlib laid the legend texts out with, line by line, plus "lp"."""
    rows = []
    for t in texts:
        fp = t.get_fontproperties()
        for s in [*t.get_text().split("\n"), "lp"]:
            if s:
                w, h, d = r.get_text_width_height_descent(s, fp, False)
                rows.append({"text": s, "size": fp.get_size_in_points(), "width": w, "height": h, "descent": d})
    return rows


def key_geometry(h, r):
    if isinstance(h, Line2D):
        xy = h.get_transform().transform(h.get_xydata())
        return {"kind": "line", "xy": xy.ravel().tolist(), "markersize": h.get_markersize()}
    if isinstance(h, PathCollection):
        xy = h.get_offset_transform().transform(h.get_offsets())
        return {"kind": "scatter", "xy": np.asarray(xy).ravel().tolist(), "sizes": h.get_sizes().tolist()}
    if isinstance(h, Patch):
        return {"kind": "patch", "bounds": list(h.get_window_extent(r).bounds)}
    return None


def to_snake(k):
    return {"ncols": "ncols", "bboxToAnchor": "bbox_to_anchor", "titleFontsize": "title_fontsize"}.get(
        k, "".join("_" + c.lower() if c.isupper() else c for c in k))


def intersect_cases(rng, n=400):
    cases = []
    for _ in range(n):
        x0, y0 = rng.uniform(0, 80, 2)
        w, h = rng.uniform(5, 40, 2)
        k = int(rng.integers(1, 6))
        pts = rng.uniform(-20, 140, (k, 2))
        # Some points snap onto the box's edges and corners, where the strict and closed tests differ.
        for p in pts:
            if rng.random() < 0.2:
                p[0] = rng.choice([x0, x0 + w])
            if rng.random() < 0.2:
                p[1] = rng.choice([y0, y0 + h])
        if k > 2 and rng.random() < 0.15:
            pts[1] = np.nan
        bbox = Bbox.from_bounds(x0, y0, w, h)
        cases.append({
            "box": [x0, y0, x0 + w, y0 + h],
            "xy": [None if not np.isfinite(v) else float(v) for v in pts.ravel()],
            "intersects": bool(Path(pts).intersects_bbox(bbox, filled=False)),
            "contains": int(bbox.count_contains(pts)),
        })
    return cases


def main():
    data = {
        "matplotlib": matplotlib.__version__,
        "scenes": [dict(s, result=record_scene(s)) for s in scenes()],
        "intersects": intersect_cases(np.random.default_rng(7)),
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"), default=to_plain)
        f.write("\n")
    for s in data["scenes"]:
        print(f'{s["name"]:20s} chosen={s["result"]["chosenLoc"]} box={np.round(s["result"]["legendBbox"], 2)}')


def to_plain(v):
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, np.ndarray):
        return v.tolist()
    raise TypeError(type(v))


if __name__ == "__main__":
    main()
