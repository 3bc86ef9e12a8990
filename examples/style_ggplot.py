import math

import matplotlib.pyplot as plt

with plt.style.context("ggplot"):
    fig, ax = plt.subplots()
    x = [i / 10 for i in range(100)]
    for k in range(4):
        ax.plot(x, [math.sin(v + k * 0.7) * (1 + k / 4) for v in x], label=f"phase {k}")
    ax.scatter([1, 3, 5, 7, 9], [1.8, -1.5, 1.6, -1.2, 1.4], s=50, label="events")
    ax.set_title("ggplot style")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend(loc="lower left", ncols=5, fontsize="small")
