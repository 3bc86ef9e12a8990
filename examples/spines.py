import math

import matplotlib.pyplot as plt

fig, (a, b) = plt.subplots(1, 2, figsize=(8, 3.6))
x = [(i / 99) * 2 * math.pi for i in range(100)]

a.plot(x, [1 + math.sin(v) for v in x])
a.spines.top.set_visible(False)
a.spines.right.set_visible(False)
a.spines.left.set_position(("outward", 10))
a.spines.bottom.set_position(("outward", 10))
a.set_title("outward, top/right hidden")

b.plot(x, [2 * math.sin(v) - 0.5 for v in x], "tab:purple")
b.spines.left.set_position("zero")
b.spines.bottom.set_position("zero")
b.spines.top.set_visible(False)
b.spines.right.set_visible(False)
b.spines.left.set_color("tab:gray")
b.spines.bottom.set_linewidth(1.5)
b.set_title("crossing at zero")

fig.subplots_adjust(wspace=0.3, bottom=0.15)
