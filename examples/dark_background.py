import math

import matplotlib.pyplot as plt

with plt.style.context("dark_background"):
    with plt.rc_context({"lines.linewidth": 2.5, "axes.titlesize": "x-large"}):
        fig, ax = plt.subplots()
        x = [i / 20 for i in range(200)]
        ax.plot(x, [math.sin(v) for v in x], label="sin")
        ax.plot(x, [math.cos(v) for v in x], label="cos")
        ax.plot(x, [math.sin(v) * math.cos(v) for v in x], "--", label="sin·cos")
        ax.set_title("dark_background")
        ax.legend(loc="upper right")
