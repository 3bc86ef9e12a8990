import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
t = [i / 30 for i in range(301)]
ax.plot(t, [math.exp(-v / 4) * math.cos(2 * math.pi * v * 0.5) for v in t], lw=2, label="damped")
ax.plot(t, [math.exp(-v / 4) for v in t], "k--", lw=1, label="envelope")
ax.plot(t, [-math.exp(-v / 4) for v in t], "k--", lw=1)
ax.set_axisbelow(True)
ax.minorticks_on()
ax.grid(True, which="major", color="0.75", linestyle="--", linewidth=0.8)
ax.grid(True, which="minor", axis="x", color="0.9", linestyle=":", linewidth=0.6)
ax.set_xlabel("time (s)")
ax.set_ylabel("amplitude")
ax.set_title("Styled major and minor grid")
ax.legend(loc="upper right")
