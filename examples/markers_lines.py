import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
unfilled = [".", ",", "+", "x", "|", "_", "1", "2", "3", "4"]
for i, m in enumerate(unfilled):
    ax.plot([i, i + 0.5], [9, 9], marker=m, markersize=12, linestyle="none", color="k")
x = [i * 0.25 for i in range(40)]
ax.plot(x, [6.5 + 0.8 * math.sin(v) for v in x], "-o", markevery=5, label="markevery=5")
ax.plot(x, [4.5 + 0.8 * math.sin(v + 1) for v in x], "-s", markevery=(2, 8), label="markevery=(2, 8)")
ax.plot(
    x,
    [2.5 + 0.8 * math.sin(v + 2) for v in x],
    "--D",
    markevery=[0, 10, 20, 39],
    markersize=8,
    markerfacecolor="gold",
    markeredgecolor="firebrick",
    markeredgewidth=2,
    label="indices, mfc/mec",
)
ax.plot(
    x,
    [0.5 + 0.8 * math.sin(v + 3) for v in x],
    ":^",
    markersize=7,
    markerfacecolor="white",
    color="purple",
    label="hollow face",
)
ax.set_xlim(-0.5, 10.5)
ax.set_ylim(-0.8, 10)
ax.legend(loc="center right", fontsize="small")
ax.set_title("Markers on lines")
