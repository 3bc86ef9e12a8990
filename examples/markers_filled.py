import matplotlib.pyplot as plt

fig, ax = plt.subplots()
markers = ["o", "v", "^", "<", ">", "8", "s", "p", "*", "h", "H", "D", "d", "P", "X"]
fillstyles = ["full", "left", "right", "bottom", "top", "none"]
for row, fs in enumerate(fillstyles):
    for col, m in enumerate(markers):
        ax.plot(
            [col],
            [row],
            marker=m,
            markersize=11,
            fillstyle=fs,
            markerfacecolor="tab:blue",
            markerfacecoloralt="lightsteelblue",
            markeredgecolor="midnightblue",
            linestyle="none",
        )
ax.set_xticks(range(len(markers)), [f"'{m}'" for m in markers])
ax.set_yticks(range(len(fillstyles)), fillstyles)
ax.set_xlim(-0.7, len(markers) - 0.3)
ax.set_ylim(-0.7, len(fillstyles) - 0.3)
ax.invert_yaxis()
ax.set_title("Filled markers by fill style")
