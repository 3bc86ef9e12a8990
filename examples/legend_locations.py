import math

import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2)
x = [i / 7 for i in range(50)]
(a, b), (c, d) = axs

a.plot(x, [math.sin(v) for v in x], label="sin")
a.plot(x, [math.cos(v) for v in x], "--", label="cos")
a.plot(x, [0.9 - v / 10 for v in x], ":", label="trend")
a.legend(loc="best")
a.set_title("loc='best'")

for k in range(4):
    b.plot(x, [(k + 1) * math.sqrt(v) for v in x], label=f"run {k + 1}")
b.legend(loc="upper left", ncols=2, fontsize="small")
b.set_title("'upper left', ncols=2")

c.plot(x, [math.exp(-v / 3) for v in x], "o-", markersize=4, label="decay")
c.plot(x, [math.exp(-v / 5) for v in x], "s", markersize=4, markevery=4, label="samples")
c.scatter([1, 3, 5], [0.6, 0.5, 0.4], s=60, color="tab:red", marker="*", label="events")
c.legend(loc="upper right", title="Signals")
c.set_title("'upper right', title")

d.scatter([1, 2, 3, 4], [1, 3, 2, 4], s=[20, 60, 120, 200], c="tab:green", label="sized")
d.plot([1, 4], [1.5, 3.5], "k-", lw=1, label="fit")
d.legend(loc="lower right", frameon=False, scatterpoints=3)
d.set_title("'lower right', no frame")

fig.subplots_adjust(hspace=0.4, wspace=0.25)
