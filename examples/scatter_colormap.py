import matplotlib.pyplot as plt


def lehmer(seed):
    state = seed

    def rand():
        nonlocal state
        state = (state * 48271) % 2147483647
        return state / 2147483647

    return rand


rand = lehmer(19680801)
n = 60
x, y, c, s = [], [], [], []
for i in range(n):
    x.append(rand())
    y.append(rand())
    c.append(rand())
    s.append((30 * rand()) ** 2 / 2 + 10)
fig, ax = plt.subplots()
ax.scatter(x, y, s=s, c=c, cmap="viridis", alpha=0.6, edgecolors="k", linewidths=0.8)
ax.scatter([0.1, 0.5, 0.9], [1.05, 1.05, 1.05], s=120, marker="D", color="tab:red", edgecolors="none")
ax.set_title("Scatter with a colormap")
ax.set_xlabel("x")
ax.set_ylabel("y")
