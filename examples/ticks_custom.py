import matplotlib.pyplot as plt

fig, ax = plt.subplots()
months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
rain = [78, 61, 55, 48, 52, 44, 38, 46, 58, 79, 92, 88]
idx = list(range(len(months)))
ax.plot(idx, rain, "o-", color="tab:blue")
ax.set_xticks(idx, months, rotation=45, ha="right")
ax.set_yticks([40, 60, 80, 100])
ax.set_ylim(30, 100)
ax.tick_params(direction="in", length=6, width=1.2, colors="tab:blue", labelsize=9, top=True, right=True)
ax.tick_params(axis="x", labelcolor="black")
ax.set_ylabel("rainfall (mm)")
ax.set_title("Monthly rainfall")
fig.subplots_adjust(bottom=0.2)
