import math

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
days = list(range(1, 31))
ax.plot(days, [20 + 5 * math.sin(d / 4) + d / 10 for d in days], "o-", markersize=3)
ax.set_title("Daily temperature", loc="center", fontweight="bold")
ax.set_title("°C", loc="left", fontsize=10, color="0.4")
ax.set_title("station 42", loc="right", fontsize=10, fontstyle="italic", color="tab:gray")
ax.set_xlabel("day of month")
