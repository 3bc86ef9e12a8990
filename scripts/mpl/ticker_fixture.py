"""Dump matplotlib's tick locations, labels and offset texts for tsplotlib's ticker parity tests.

Run with Debian's matplotlib 3.6.3:  /usr/bin/python3 scripts/mpl/ticker_fixture.py

Every case sets the view limits of a real Axes (mostly on the default 640x480 figure, some on other
figure sizes so that the tick space varies) and records what the default locators and formatters of
the axis produce, exactly as Axis._update_ticks uses them.

Writes
  test/fixtures/ticks_linear.json  linear axes: requested and resulting view interval, tick space,
                                   raw AutoLocator output, the ticks drawn (filtered to the view),
                                   ScalarFormatter labels and offset text, AutoMinorLocator output.
  test/fixtures/ticks_log.json     log axes (base 10, some base 2): major and minor LogLocator output,
                                   drawn majors, LogFormatterSciNotation labels for both.
  test/fixtures/ticks_symlog.json  symlog axes: SymmetricalLogLocator output and its labels.
  test/fixtures/ticks_format.json  Python's %-formatting and str.format of floats and ints, for the
                                   format mini-languages the formatters are built on.
"""
import json
import os
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib import ticker  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures")

N_LINEAR = 600
N_LOG = 600
N_SYMLOG = 150
DEFAULT_SIZE = (6.4, 4.8)
OTHER_SIZES = [(2.0, 1.5), (3.0, 2.0), (1.2, 1.0), (10.0, 8.0), (4.0, 6.0), (1.6, 3.0)]

rng = np.random.default_rng(20240607)
warnings.simplefilter("ignore")


def floats(values):
    return [float(v) for v in values]


class Axes:
    """One figure per (size, scale) so that limits can be set many times without re-creating figures."""

    def __init__(self):
        self.cache = {}

    def get(self, size, scale, **kw):
        key = (size, scale, tuple(sorted(kw.items())))
        if key not in self.cache:
            fig, ax = plt.subplots(figsize=size)
            if scale != "linear":
                ax.set_xscale(scale, **kw)
                ax.set_yscale(scale, **kw)
            self.cache[key] = ax
        return self.cache[key]


AXES = Axes()


def pick_size():
    if rng.random() < 0.8:
        return DEFAULT_SIZE
    return OTHER_SIZES[rng.integers(len(OTHER_SIZES))]


def set_limits(ax, which, lo, hi):
    (ax.set_xlim if which == "x" else ax.set_ylim)(lo, hi)
    return ax.xaxis if which == "x" else ax.yaxis


def drawn_majors(axis):
    """The major ticks Axis._update_ticks keeps (locator output filtered to the view, with tolerance)."""
    drawn = axis._update_ticks()
    majors = set(map(id, axis.majorTicks))
    return [float(t.get_loc()) for t in drawn if id(t) in majors]


def common_record(axis, which, size, lo, hi):
    locs = axis.get_majorticklocs()
    fmt = axis.get_major_formatter()
    labels = fmt.format_ticks(locs)
    fmt.set_locs(locs)
    return {
        "axis": which,
        "figsize": list(size),
        "requested": [float(lo), float(hi)],
        "view": floats(axis.get_view_interval()),
        "tickSpace": int(axis.get_tick_space()),
        "locs": floats(locs),
        "visible": drawn_majors(axis),
        "labels": list(labels),
        "offset": fmt.get_offset(),
    }


# ---------------------------------------------------------------------------------------------
# Linear intervals.


def linear_interval():
    kind = rng.choice(["generic", "offset", "round", "zero", "tiny", "extreme"], p=[0.35, 0.25, 0.15, 0.1, 0.07, 0.08])
    if kind == "generic":
        span = 10 ** rng.uniform(-12, 12) * rng.uniform(0.5, 10)
        lo = rng.uniform(-3, 3) * span
        hi = lo + span
    elif kind == "offset":
        center = (1 if rng.random() < 0.7 else -1) * 10 ** rng.uniform(-6, 14)
        span = abs(center) * 10 ** rng.uniform(-12, -1)
        lo = center + rng.uniform(-1, 0) * span
        hi = lo + span
    elif kind == "round":
        p = int(rng.integers(-8, 9))
        k0 = int(rng.integers(-20, 20))
        k1 = k0 + int(rng.integers(1, 30))
        lo, hi = k0 * 10.0**p, k1 * 10.0**p
    elif kind == "zero":
        x = 10 ** rng.uniform(-9, 9) * rng.uniform(1, 10)
        lo, hi = (0.0, x) if rng.random() < 0.5 else (-x, 0.0)
    elif kind == "tiny":
        center = (1 if rng.random() < 0.5 else -1) * 10 ** rng.uniform(-5, 8)
        span = abs(center) * 10 ** rng.uniform(-15.5, -12)
        lo, hi = center, center + span
    else:
        mag = 10 ** rng.uniform(20, 300) if rng.random() < 0.8 else 10 ** rng.uniform(-300, -280)
        lo = rng.uniform(-2, 1) * mag
        hi = lo + mag * rng.uniform(0.3, 5)
    if rng.random() < 0.2:
        lo, hi = hi, lo
    return str(kind), float(lo), float(hi)


def linear_cases():
    out = []
    for _ in range(N_LINEAR):
        kind, lo, hi = linear_interval()
        size = pick_size()
        which = "x" if rng.random() < 0.5 else "y"
        ax = AXES.get(size, "linear")
        axis = set_limits(ax, which, lo, hi)
        rec = common_record(axis, which, size, lo, hi)
        minor = ticker.AutoMinorLocator()
        minor.set_axis(axis)
        rec["kind"] = kind
        rec["autoMinor"] = floats(minor())
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# Log intervals.


def log_interval():
    base = 2.0 if rng.random() < 0.1 else 10.0
    if rng.random() < 0.15:
        k = int(rng.integers(-20, 20))
        m = int(rng.integers(1, 25))
        lo, hi = base**k, base ** (k + m)
    else:
        lo = base ** rng.uniform(-30, 30)
        hi = lo * base ** (10 ** rng.uniform(-1.5, 1.7))
    if rng.random() < 0.2:
        lo, hi = hi, lo
    return base, float(lo), float(hi)


def log_cases():
    out = []
    for _ in range(N_LOG):
        base, lo, hi = log_interval()
        size = pick_size()
        which = "x" if rng.random() < 0.5 else "y"
        ax = AXES.get(size, "log", base=base)
        axis = set_limits(ax, which, lo, hi)
        rec = common_record(axis, which, size, lo, hi)
        minor_locs = axis.minor.locator()
        minor_fmt = axis.get_minor_formatter()
        rec["base"] = base
        rec["minorLocs"] = floats(minor_locs)
        rec["minorLabels"] = list(minor_fmt.format_ticks(minor_locs))
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# Symlog intervals.


def symlog_cases():
    out = []
    for _ in range(N_SYMLOG):
        linthresh = float(rng.choice([0.1, 1.0, 2.0, 10.0]))
        a = (1 if rng.random() < 0.5 else -1) * 10 ** rng.uniform(-2, 8)
        b = (1 if rng.random() < 0.7 else -1) * 10 ** rng.uniform(-2, 8)
        lo, hi = sorted([a, b])
        if lo == hi:
            continue
        if rng.random() < 0.2:
            lo, hi = hi, lo
        size = pick_size()
        which = "x" if rng.random() < 0.5 else "y"
        ax = AXES.get(size, "symlog", linthresh=linthresh)
        axis = set_limits(ax, which, lo, hi)
        rec = common_record(axis, which, size, lo, hi)
        rec["linthresh"] = linthresh
        rec["base"] = 10.0
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# Python's number formatting.

PERCENT_FORMATS = ["%1.3f", "%d", "%g", "%1.10g", "%-12g", "%1.0e", "%1.3e", "%.2f", "%5.1f", "%+d", "%05.1f",
                   "%#g", "%e", "%s", "%r", "%.15g", "%10.4e", "%.0f", "%1.1f", "%#.3g", "% .2f", "%.20f",
                   "%.1e", "%G", "%#.0f", "%.0e", "%i", "%3d", "%-#.4g", "%-#.1g", "%1.0g"]
STR_FORMATS = ["{x:.2f}", "{x:,.0f}", "{x}", "{x:g}", "{x:.3}", "{x:>10.2f}", "{x:+.1e}", "{x:.1%}", "{x:_}",
               "{x:,}", "{x:010.3f}", "{x:^12}", "{x:.0f}", "{x:e}", "{x:,.2f}", "{x:<9}", "{x:*^15.3g}",
               "{x:.5}", "{x:n}", "{x:%}", "{x:z.1f}", "{x:.12g}", "{x!r:>8}", "[{x:.1f}]"]
INT_PERCENT_FORMATS = ["%d", "%x", "%X", "%#x", "%o", "%5d", "%-5d|", "%05d", "%+d", "%s", "%.3d"]
INT_STR_FORMATS = ["{x}", "{x:d}", "{x:,}", "{x:x}", "{x:#b}", "{x:08d}", "{x:.2f}", "{x:e}", "{x:>6}", "{x:_}", "{x:n}"]


def format_cases():
    values = [0.5, 1.5, 2.5, 0.125, 0.375, -0.5, -2.5, 0.0, -0.0, 1e20, 1e22, 1e21, 123456789.0, 1e16, 1e15,
              9.9999999, 1e-5, 1e-4, 1.25e-7, 999.9995, 0.045, 1e300, 5e-324, 2.5e-308, 1234.5678, 99999.5, 0.15,
              1e100, -123.456, float("inf"), float("-inf"), float("nan")]
    values += [float(rng.choice([-1, 1]) * 10 ** rng.uniform(-30, 30) * rng.random()) for _ in range(80)]
    values += [float(rng.integers(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000])) for _ in range(30)]
    out = []

    def attempt(f):
        try:
            return f()
        except (ValueError, TypeError, OverflowError):
            return None

    for v in values:
        for f in PERCENT_FORMATS:
            out.append(["%", f, repr(v), attempt(lambda: f % v)])
        for f in STR_FORMATS:
            out.append(["{}", f, repr(v), attempt(lambda: f.format(x=v))])
    for n in [0, 1, -1, 255, 123456789, 10**20]:
        for f in INT_PERCENT_FORMATS:
            out.append(["%int", f, str(n), f % n])
        for f in INT_STR_FORMATS:
            out.append(["{}int", f, str(n), f.format(x=n)])
    return out


def write(name, cases):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump({"matplotlib": matplotlib.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("ticks_linear.json", linear_cases())
    write("ticks_log.json", log_cases())
    write("ticks_symlog.json", symlog_cases())
    write("ticks_format.json", format_cases())
