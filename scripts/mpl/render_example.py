"""Render a matplotlib example script to PNG with Debian's matplotlib (the parity reference).

Usage: python3 render_example.py EXAMPLE.py OUT.png

The example builds its figure with pyplot; this runner selects Agg, runs it, and saves the current
figure at its own dpi, so the TypeScript twin and the Python script are compared like for like.
"""
import runpy
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

script, out = sys.argv[1], sys.argv[2]
runpy.run_path(script, run_name="__main__")
plt.gcf().savefig(out, dpi="figure")
