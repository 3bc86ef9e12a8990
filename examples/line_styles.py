import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
x = [i * 0.1 for i in range(101)]
styles = [
    ("solid", "-"),
    ("dashed", "--"),
    ("dashdot", "-."),
    ("dotted", ":"),
    ("loosely dashed", (0, (5, 10))),
    ("densely dashdotted", (0, (3, 1, 1, 1))),
    ("dashdotdotted", (0, (3, 5, 1, 5, 1, 5))),
]
for i, (_, ls) in enumerate(styles):
    ax.plot(x, [i + 0.25 * math.sin(v) for v in x], linestyle=ls, color="C0")
widths = [0.5, 1, 2, 3, 5]
for j, lw in enumerate(widths):
    ax.plot(x, [len(styles) + j + 0.25 * math.cos(v) for v in x], linewidth=lw, color="C3")
labels = [name for name, _ in styles] + [f"lw = {lw}" for lw in widths]
ax.set_yticks(range(len(labels)), labels)
ax.set_title("Line styles and widths")
ax.set_xlabel("x")
fig.subplots_adjust(left=0.25)
