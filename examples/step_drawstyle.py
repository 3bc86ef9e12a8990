import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
x = list(range(14))
y = [math.sin(v / 2) for v in x]
styles = ["steps-pre", "steps-mid", "steps-post", "default"]
for k, ds in enumerate(styles):
    yk = [v + 2 * (3 - k) for v in y]
    ax.plot(x, yk, drawstyle=ds, label=ds)
    ax.plot(x, yk, "o", color="grey", alpha=0.4, markersize=4)
ax.grid(True, axis="x", color="0.95")
ax.legend(title="drawstyle", loc="upper right", fontsize="small")
ax.set_title("Step plots")
ax.set_xlim(-0.5, 17)
