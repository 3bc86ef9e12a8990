import math

import matplotlib.pyplot as plt

fig, (a, b, c) = plt.subplots(1, 3, figsize=(9, 3.6))
x = [i / 4 for i in range(41)]
y = [math.sin(v) + v / 5 for v in x]

a.plot(x, y, ".-")
a.margins(0.2)
a.set_title("margins(0.2)")

b.plot(x, y, ".-")
b.set_xlim(2, 8)
b.set_ylim(-0.5, 2.5)
b.set_title("xlim (2, 8), ylim (-0.5, 2.5)")

depth = [i * 10 for i in range(30)]
c.plot([4 + 14 * math.exp(-z / 80) for z in depth], depth, "tab:blue")
c.invert_yaxis()
c.set_xlabel("temperature (°C)")
c.set_ylabel("depth (m)")
c.set_title("inverted y")

fig.subplots_adjust(wspace=0.35, bottom=0.15)
