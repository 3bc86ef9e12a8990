import math

import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2)
(a, b), (c, d) = axs

t = [i / 10 for i in range(100)]
a.plot(t, [math.exp(1.4 * v) / 10 for v in t])
a.set_yscale("log")
a.set_title("log y")
a.grid(True)

f = [10 ** (-1 + (i / 199) * 4) for i in range(200)]
b.plot(f, [20 * math.log10(1 / math.sqrt(1 + (v / 10) ** 2)) for v in f], "tab:orange")
b.set_xscale("log")
b.set_title("log x")
b.set_ylabel("gain (dB)")

n = [2 ** (i / 4) for i in range(50)]
c.plot(n, [v**1.5 for v in n], "o-", markersize=3, label="n^1.5")
c.plot(n, [v * math.log2(v + 1) for v in n], "s-", markersize=3, label="n log n")
c.set_xscale("log", base=2)
c.set_yscale("log")
c.set_title("log-log (base 2 x)")
c.legend()

s = [-50 + i / 2 for i in range(201)]
d.plot(s, [v**3 / 100 for v in s], "tab:green")
d.set_yscale("symlog", linthresh=1)
d.set_title("symlog y")
d.grid(True)

fig.subplots_adjust(hspace=0.45, wspace=0.3)
