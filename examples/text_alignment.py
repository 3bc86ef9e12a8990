import matplotlib.pyplot as plt

fig, ax = plt.subplots()
has = ["left", "center", "right"]
vas = ["bottom", "center", "top"]
for i, ha in enumerate(has):
    for j, va in enumerate(vas):
        x, y = 0.12 + 0.28 * i, 0.55 + 0.15 * j
        ax.plot([x], [y], "o", color="tab:red", markersize=4)
        ax.text(x, y, f"{ha}/{va}", ha=ha, va=va, fontsize=9)
ax.text(0.9, 0.75, "rotated 45°", rotation=45, ha="center", va="center")
ax.text(0.9, 0.4, "vertical", rotation="vertical", ha="center", va="center", color="tab:purple")
ax.text(
    0.2,
    0.3,
    "round box",
    ha="center",
    va="center",
    fontsize=12,
    bbox=dict(boxstyle="round", facecolor="wheat", edgecolor="saddlebrown", alpha=0.8),
)
ax.text(
    0.5,
    0.3,
    "square box",
    ha="center",
    va="center",
    bbox=dict(boxstyle="square", pad=0.4, facecolor="lightblue", edgecolor="navy", linewidth=1.5),
)
ax.text(
    0.35,
    0.1,
    "A multi-line note\nwith centered lines\nthat wrap by hand",
    ha="center",
    va="center",
    ma="center",
    fontsize=9,
    fontstyle="italic",
)
ax.text(0.75, 0.1, "right-aligned\nlines\nof text", ha="center", va="center", ma="right", fontweight="bold")
ax.set_xlim(0, 1)
ax.set_ylim(0, 1)
ax.set_title("Text alignment, rotation and boxes")
