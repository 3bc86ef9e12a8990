import math

import matplotlib.pyplot as plt

fig, (a, b) = plt.subplots(1, 2, figsize=(8, 3.8))
x = list(range(50))
a.plot(x, [1e6 + 3 * v + 20 * math.sin(v / 3) for v in x])
a.set_title("values near 1e6")
a.set_xlabel("sample")
b.plot([v * 2e-7 for v in x], [1e-7 * (1 + math.cos(v / 5)) for v in x], "tab:red")
b.set_title("values at 1e-7")
b.set_xlabel("time (s)")
fig.subplots_adjust(wspace=0.35, bottom=0.15)
