"""Dump matplotlib's marker geometry and fmt-string parsing for tsplotlib's parity tests.

Run with Debian's matplotlib 3.6.3:  /usr/bin/python3 scripts/mpl/markers_fixture.py

Writes
  test/fixtures/markers.json  every marker code x every fill style (plus tuple, vertex-list and Path
                              markers, user transforms and cap/join overrides): MarkerStyle's path,
                              transform, alt path, alt transform, join style, cap style, is_filled()
                              and snap threshold.
  test/fixtures/fmt.json      _process_plot_format() for a list of fmt strings (result or error), with
                              the RGBA of every colour spec involved so the tests can compare colours.
  test/fixtures/markers_shapes.json  Path.unit_* shapes, circle, arc and wedge: vertices and codes.
  test/fixtures/markers_linestyles.json  unscaled and scaled dash patterns from Line2D for line styles and widths.
"""
import json
import math
import os
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.lines as mlines  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import cbook  # noqa: E402
from matplotlib._enums import CapStyle, JoinStyle  # noqa: E402
from matplotlib.axes._base import _process_plot_format  # noqa: E402
from matplotlib.markers import MarkerStyle  # noqa: E402
from matplotlib.path import Path  # noqa: E402
from matplotlib.transforms import Affine2D  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures")

FILLSTYLES = ["full", "left", "right", "bottom", "top", "none"]


def num(x):
    """A JSON-safe float: infinities become strings."""
    x = float(x)
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def path_json(path):
    if path is None:
        return None
    codes = None if path.codes is None else [int(c) for c in path.codes]
    return {"vertices": [[num(x), num(y)] for x, y in path.vertices], "codes": codes}


def matrix_json(transform):
    if transform is None:
        return None
    m = transform.get_matrix()
    # Canvas layout a, b, c, d, e, f: x' = a x + c y + e, y' = b x + d y + f.
    return [num(m[0, 0]), num(m[1, 0]), num(m[0, 1]), num(m[1, 1]), num(m[0, 2]), num(m[1, 2])]


def marker_json(spec):
    """The marker as the JSON the tests rebuild it from."""
    if isinstance(spec, Path):
        return {"path": path_json(spec)}
    if isinstance(spec, np.ndarray):
        return {"vertices": spec.tolist()}
    if isinstance(spec, tuple):
        return list(spec)
    return spec


def dump_marker(spec, fillstyle, user=None):
    kwargs = {}
    if user:
        # MarkerStyle keeps user cap and join styles as given; get_capstyle() needs the enums.
        if "capstyle" in user:
            kwargs["capstyle"] = CapStyle(user["capstyle"])
        if "joinstyle" in user:
            kwargs["joinstyle"] = JoinStyle(user["joinstyle"])
        if "transform" in user:
            kwargs["transform"] = Affine2D.from_values(*user["transform"])
    m = MarkerStyle(spec, fillstyle, **kwargs)
    if user and "rotated" in user:
        m = m.rotated(deg=user["rotated"])
    if user and "scaled" in user:
        m = m.scaled(*user["scaled"])
    alt = m.get_alt_path()
    snap = m.get_snap_threshold()
    return {
        "marker": marker_json(spec),
        "fillstyle": fillstyle,
        "user": user,
        "path": path_json(m.get_path()),
        "transform": matrix_json(m.get_transform()),
        "altPath": path_json(alt),
        "altTransform": matrix_json(m.get_alt_transform()) if alt is not None else None,
        "joinstyle": m.get_joinstyle(),
        "capstyle": m.get_capstyle(),
        "filled": bool(m.is_filled()),
        "snapThreshold": None if snap is None else num(snap),
    }


def marker_cases():
    specs = [k for k in MarkerStyle.markers]
    specs += [(3, 0, 0), (4, 0), (5, 1, 0), (6, 2, 45), (7, 1, 30.5), (5, 2), (16, 0, 10), (20, 1, 0), (2, 0, 0)]
    specs += [np.array([[0, 0], [1, 0], [1, 2], [-0.5, 1]]), np.array([[-3, -1], [2, 4]])]
    specs += [
        Path.unit_circle(),
        Path([[0, 0], [2, 1], [1, 3], [0, 0]], [Path.MOVETO, Path.LINETO, Path.CURVE3, Path.CLOSEPOLY]),
    ]
    cases = [dump_marker(s, fs) for s in specs for fs in FILLSTYLES]
    users = [
        {"rotated": 30},
        {"scaled": [2, 3]},
        {"transform": [1, 0.5, -0.25, 2, 3, -1], "rotated": 15},
        {"capstyle": "round", "joinstyle": "bevel"},
        {"capstyle": "projecting", "joinstyle": "miter"},
    ]
    for user in users:
        for s in ["o", "s", "^", "x", "*", "D", "d", "P", "|", 2, 5, (5, 0, 0), (6, 1, 0), (4, 2, 0)]:
            for fs in ["full", "left", "top"]:
                cases.append(dump_marker(s, fs, user))
    return cases


FMTS = [
    "r--o", "C2:", "k^", "o", "--", "-.", "ro-", "#ff0000", "1", "C1", "2", "3", "4", "8", "0",
    "1.0", ".5", " 1", "", " ", "r", "g", "b", "c", "m", "y", "k", "w", "red", "tab:blue", "None",
    "none", "-", ":", "-.r", "r-.", "--r", "r--", "k:o", "b-", "rC1", "C1r", "C10", "C9--", "Cx", "C",
    "oC", "rg", "r-:", "--:", "o^", "ro^", "rq", "q", "xr", "x--", "|k", "_", ",", ".", ".b", "b.",
    "r ", " r", "s-", "D--", "d:", "p", "P", "*", "h", "H", "+", "X", "<", ">", "v", "^-", "1-", "-1",
    "#0f0", "#ff000080", "#ff0000o", "rr", "---", "--.", "-.-", "..", "o-o", "C0C1", "0.5", "0.5o",
    "1o", "2r", "k-", "--k^", "x-", "ro--", "g^:", "m+", "yx-.", "co", "wD", "k.", "r|",
]


def classify(message):
    if "two linestyle symbols" in message:
        return "two linestyle symbols"
    if "two marker symbols" in message:
        return "two marker symbols"
    if "two color symbols" in message:
        return "two color symbols"
    m = re.search(r"unrecognized character '(.)'", message)
    if m:
        return "unrecognized character " + m.group(1)
    if "invalid literal for int()" in message:
        return "color cycle"
    raise AssertionError(message)


def is_color(s):
    try:
        mcolors.to_rgba(s)
        return True
    except ValueError:
        return False


def dump_fmt(fmt):
    named = is_color(fmt) and fmt.lower() in mcolors.get_named_colors_mapping()
    case = {"fmt": fmt, "isColor": is_color(fmt), "namedColor": named}
    try:
        ls, marker, color = _process_plot_format(fmt)
    except ValueError as err:
        case["error"] = classify(str(err))
        return case
    case["linestyle"] = ls
    case["marker"] = marker
    case["color"] = None if color is None else (color if isinstance(color, str) else [float(v) for v in color])
    return case


def fmt_fixture():
    cases = [dump_fmt(f) for f in FMTS]
    specs = set(f for f in FMTS if is_color(f)) | {f"C{i}" for i in range(10)} | set("bgrcmykw")
    colors = {s: [float(v) for v in mcolors.to_rgba(s)] for s in sorted(specs)}
    return {"lines.linestyle": matplotlib.rcParams["lines.linestyle"], "cases": cases, "colors": colors}


def linestyle_fixture():
    styles = ["-", "--", "-.", ":", "solid", "dashed", "dashdot", "dotted", "None", "none", " ", "",
              (0, (1, 2)), (3, (4, 1, 2, 1)), (10, (1, 2)), (-1, (3, 1)), (2.5, (0, 2)), (5, None)]
    cases = []
    for scale in (True, False):
        with matplotlib.rc_context({"lines.scale_dashes": scale}):
            for ls in styles:
                for lw in (0.5, 1.5, 2.0):
                    line = mlines.Line2D([0, 1], [0, 1], linestyle=ls, linewidth=lw)
                    offset, dashes = line._dash_pattern
                    cases.append({
                        "linestyle": list(ls) if isinstance(ls, tuple) else ls,
                        "linewidth": lw,
                        "scaleDashes": scale,
                        "offset": float(offset),
                        "dashes": None if dashes is None else [float(d) for d in dashes],
                    })
    rng = np.random.default_rng(7)
    steps = []
    for n in (0, 1, 2, 5, 9):
        x = np.sort(rng.uniform(-5, 5, n))
        y = rng.uniform(-5, 5, n)
        entry = {"x": x.tolist(), "y": y.tolist()}
        for name, fn in (("pre", cbook.pts_to_prestep), ("post", cbook.pts_to_poststep),
                         ("mid", cbook.pts_to_midstep)):
            out = fn(x, y)
            entry[name] = {"x": out[0].tolist(), "y": out[1].tolist()}
        steps.append(entry)
    rc = {k: list(matplotlib.rcParams[k]) for k in
          ("lines.dashed_pattern", "lines.dashdot_pattern", "lines.dotted_pattern")}
    return {"rc": rc, "cases": cases, "steps": steps}


def shapes_fixture():
    shapes = [
        {"call": "unitRectangle", "args": [], "path": path_json(Path.unit_rectangle())},
        {"call": "unitCircle", "args": [], "path": path_json(Path.unit_circle())},
        {"call": "unitCircleRighthalf", "args": [], "path": path_json(Path.unit_circle_righthalf())},
        {"call": "circle", "args": [1.5, -2, 3], "path": path_json(Path.circle((1.5, -2), 3))},
        {"call": "circle", "args": [0, 0, 0.25], "path": path_json(Path.circle((0, 0), 0.25))},
    ]
    for n in (1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 17, 30):
        shapes.append({"call": "unitRegularPolygon", "args": [n], "path": path_json(Path.unit_regular_polygon(n))})
        shapes.append({"call": "unitRegularAsterisk", "args": [n], "path": path_json(Path.unit_regular_asterisk(n))})
    for n, inner in ((5, 0.5), (5, 0.381966), (3, 0.2), (8, 0.75), (20, 0.5)):
        shapes.append({"call": "unitRegularStar", "args": [n, inner],
                       "path": path_json(Path.unit_regular_star(n, inner))})
    angles = [(0, 90), (0, 360), (0, 0), (10, 370), (45, 30), (-30, 30), (90, 720.5), (0, 1e-9),
              (200, 100), (12.5, 287.25), (-720, -45), (0, 180)]
    for t1, t2 in angles:
        for n in (None, 1, 3):
            args = [t1, t2] if n is None else [t1, t2, n]
            shapes.append({"call": "arc", "args": args, "path": path_json(Path.arc(t1, t2, n))})
            shapes.append({"call": "wedge", "args": args, "path": path_json(Path.wedge(t1, t2, n))})
    return shapes


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as fh:
        json.dump(data, fh, separators=(",", ":"))
        fh.write("\n")


if __name__ == "__main__":
    assert matplotlib.__version__ == "3.6.3", matplotlib.__version__
    write("markers.json", {"matplotlib": matplotlib.__version__, "cases": marker_cases()})
    write("fmt.json", {"matplotlib": matplotlib.__version__, **fmt_fixture()})
    write("markers_shapes.json", {"matplotlib": matplotlib.__version__, "shapes": shapes_fixture()})
    write("markers_linestyles.json", {"matplotlib": matplotlib.__version__, **linestyle_fixture()})
