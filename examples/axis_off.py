import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(5, 5))
t = [(i / 999) * 2 * math.pi for i in range(1000)]
ax.plot([math.sin(3 * v) for v in t], [math.sin(4 * v) for v in t], lw=1.5, color="tab:blue")
ax.plot([0.5 * math.sin(5 * v + 0.5) for v in t], [0.5 * math.sin(4 * v) for v in t], lw=1, color="tab:orange")
ax.text(0, -1.22, "x = sin 3t, y = sin 4t", ha="center", fontsize=11, color="0.3")
ax.axis("off")
ax.set_title("Lissajous figures")
