"""Figures shared by the notebooks. Each returns a matplotlib Figure; ``display.Report.figure``
shows and saves it."""

from __future__ import annotations

import matplotlib

matplotlib.use("agg")  # no screen: figures are files and embedded images
import matplotlib.pyplot as plt
import pandas as pd

from analyysi.catalogue import text, value_label
from analyysi.overview import PANDEMIC_END, PANDEMIC_START

plt.rcParams.update(
    {
        "svg.hashsalt": "analyysi",  # stable element ids: reruns give identical SVGs
        "svg.fonttype": "none",
        "figure.dpi": 110,
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)
PLANNED, REALISED = "#9db4c0", "#1f5673"


def project_periods(projects: pd.DataFrame, lang: str, shade_pandemic: bool = False):
    """Horizontal bars from planned start to planned end, one per project."""
    ordered = projects.sort_values("planned_start", na_position="last")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(ordered) + 1))
    if shade_pandemic:
        ax.axvspan(PANDEMIC_START, PANDEMIC_END, color="#f2d7d5", label="COVID-19")
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    known = ordered.dropna(subset=["planned_start", "planned_end"])
    ax.barh(
        known["project_code"],
        known["planned_end"] - known["planned_start"],
        left=known["planned_start"],
        color=REALISED,
        height=0.5,
    )
    ax.invert_yaxis()
    ax.set_xlabel(text("overview.periods", lang))
    return fig


def funding_bars(funding: pd.DataFrame, lang: str):
    """Planned against realised amounts for the two funding sources of one project."""
    fig, ax = plt.subplots(figsize=(5, 2.4))
    sources = ["eu_state", "public_total"]
    for offset, stage, colour in ((-0.2, "planned", PLANNED), (0.2, "realised", REALISED)):
        amounts = [
            funding.loc[(funding["source"] == s) & (funding["stage"] == stage), "amount_eur"].sum(
                min_count=1
            )
            for s in sources
        ]
        ax.barh(
            [i + offset for i in range(len(sources))],
            [0 if pd.isna(a) else a for a in amounts],
            height=0.38,
            color=colour,
            label=value_label(stage, lang),
        )
    ax.set_yticks(range(len(sources)), [value_label(s, lang) for s in sources])
    ax.invert_yaxis()
    ax.set_xlabel("€")
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2)
    return fig
