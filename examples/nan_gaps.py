import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
x = [i / 4 for i in range(60)]
y = [
    float("nan") if (12 <= i < 18) or i == 35 or (44 <= i < 47) else math.sin(v)
    for i, v in enumerate(x)
]
ax.plot(x, [math.sin(v) for v in x], color="0.8", lw=4, label="true signal")
ax.plot(x, y, "o-", markersize=4, label="measured (with dropouts)")
z = [float("nan") if i % 10 == 5 else 0.5 * math.cos(v) - 1.6 for i, v in enumerate(x)]
ax.plot(x, z, "r--", label="every tenth sample missing")
ax.set_xlabel("time (s)")
ax.set_ylabel("signal")
ax.set_title("NaN breaks a line")
ax.legend(loc="lower left", fontsize="small")
