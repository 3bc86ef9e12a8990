import math

import matplotlib.pyplot as plt

state = 12345


def noise():
    global state
    state = (state * 48271) % 2147483647
    return state / 2147483647 - 0.5


n = 2000
t = [(i / (n - 1)) * 4 for i in range(n)]
clean = [math.sin(2 * math.pi * (1 + 2 * v) * v) for v in t]
noisy = [v + 0.4 * noise() for v in clean]
fig, ax = plt.subplots()
ax.plot(t, noisy, lw=0.5, color="tab:gray", label="measured")
ax.plot(t, clean, lw=1.2, color="tab:blue", label="chirp")
ax.set_xlabel("time (s)")
ax.set_title("2000-point chirp")
ax.legend(loc="lower left")
