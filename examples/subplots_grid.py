import math

import matplotlib.pyplot as plt

fig, axs = plt.subplots(2, 2)
x = [(i / 199) * 2 * math.pi for i in range(200)]
(a, b), (c, d) = axs
a.plot(x, [math.sin(v) for v in x])
a.set_title("sin(x)")
a.set_ylabel("amplitude")
b.plot(x, [math.sin(v) ** 2 for v in x], "tab:orange")
b.set_title("sin²(x)")
c.plot(x, [math.sin(3 * v) * math.exp(-v / 3) for v in x], "tab:green")
c.set_title("damped sin(3x)")
c.set_xlabel("x (rad)")
c.set_ylabel("amplitude")
d.plot(x, [abs(math.cos(v)) ** 0.5 * math.copysign(1, math.cos(v)) for v in x], "tab:red")
d.set_title("signed √|cos(x)|")
d.set_xlabel("x (rad)")
fig.suptitle("Four functions of x")
fig.subplots_adjust(hspace=0.45, wspace=0.3)
