"""Figures shared by the notebooks. Each returns a ``Chart``: the matplotlib figure and how
many projects it shows out of how many it was given; ``display.Report.figure`` shows and
saves it with that count in its caption."""

from __future__ import annotations

import matplotlib

matplotlib.use("agg")  # no screen: figures are files and embedded images
from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analyysi.analyses.covid import PANDEMIC_END, PANDEMIC_START
from analyysi.catalogue import text, value_label

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


@dataclass(frozen=True)
class Chart:
    figure: Figure
    shown: int | None = None  # projects drawn (None: a figure of one project)
    total: int | None = None  # projects given; those not drawn lack the figure's data


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
    return Chart(fig, len(known), len(projects))


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
    return Chart(fig)


def realisation_dumbbell(realisation: pd.DataFrame, lang: str):
    """Planned against realised public funding per project: a line from plan to outcome."""
    data = realisation.dropna(subset=["planned_public_eur", "realised_public_eur"])
    data = data.sort_values("planned_public_eur")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(data) + 1.2))
    y = range(len(data))
    ax.hlines(y, data["realised_public_eur"], data["planned_public_eur"], color="#c5d1d8", lw=3)
    ax.scatter(
        data["planned_public_eur"],
        y,
        color=PLANNED,
        s=40,
        label=value_label("planned", lang),
        zorder=3,
    )
    ax.scatter(
        data["realised_public_eur"],
        y,
        color=REALISED,
        s=40,
        label=value_label("realised", lang),
        zorder=3,
    )
    ax.set_yticks(list(y), data["project_code"])
    ax.set_xlabel(text("funding.public_eur_axis", lang))
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2)
    return Chart(fig, len(data), len(realisation))


BAND_EDGES = ((0, 0.5, "lt_50"), (0.5, 0.8, "50_80"), (0.8, 1.0, "80_100"), (1.0, 1.5, "gt_100"))
BAND_COLOURS = {"lt_50": "#f4d6d2", "50_80": "#f8ead0", "80_100": "#dcebdc", "gt_100": "#dde3f0"}


def realisation_distribution(ratios: pd.Series, lang: str, marks: pd.Series | None = None):
    """Distribution of public funding realisation over the bands; ``marks`` (project code →
    ratio) are drawn as labelled lines, e.g. the documented projects within a programme."""
    total = len(ratios)
    ratios = ratios.dropna().astype(float)
    fig, ax = plt.subplots(figsize=(7, 3))
    top = max(1.5, float(ratios.max()) if len(ratios) else 1.5)
    for low, high, band in BAND_EDGES:
        ax.axvspan(low, high if band != "gt_100" else top, color=BAND_COLOURS[band], zorder=0)
        ax.text(
            (low + min(high, top)) / 2,
            1.0,
            text(f"band.{band}", lang),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=8,
        )
    ax.hist(
        ratios.dropna().astype(float),
        bins=30 if len(ratios) > 30 else 10,
        range=(0, top),
        color=REALISED,
    )
    for code, ratio in (marks if marks is not None else pd.Series(dtype=float)).dropna().items():
        ax.axvline(ratio, color="#b03a2e", lw=1)
        ax.text(
            ratio,
            0.9,
            f" {code}",
            transform=ax.get_xaxis_transform(),
            fontsize=7,
            rotation=90,
            va="top",
        )
    ax.set_xlim(0, top)
    ax.set_xlabel(text("funding.realisation_axis", lang))
    ax.set_ylabel(text("funding.projects_axis", lang))
    return Chart(fig, len(ratios), total)


def unspent_bars(realisation: pd.DataFrame, lang: str):
    """Unspent public euros per project, largest first."""
    data = realisation.dropna(subset=["unspent_public_eur"]).sort_values("unspent_public_eur")
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(data) + 1))
    colours = [REALISED if v >= 0 else "#b03a2e" for v in data["unspent_public_eur"]]
    ax.barh(data["project_code"], data["unspent_public_eur"], color=colours, height=0.55)
    ax.axvline(0, color="#4a5866", lw=0.8)
    ax.set_xlabel(text("funding.unspent_axis", lang))
    return Chart(fig, len(data), len(realisation))


def achievement_bars(outcome: pd.DataFrame, lang: str):
    """Planned against realised participants (persons) per project with a target: the
    confirmed figure, and beside it, hatched, a reading that still awaits review."""
    data = outcome[(outcome["indicator"] == "persons") & outcome["planned"].gt(0)].copy()
    reading = data["realised_reported"].fillna(data["realised_from_text"])
    data["waiting"] = reading.where(data["review_status"] == "unconfirmed")
    fig, ax = plt.subplots(figsize=(7, 0.6 * max(len(data), 1) + 1.2))
    y = range(len(data))
    ax.barh(
        [i - 0.27 for i in y],
        data["planned"],
        height=0.26,
        color=PLANNED,
        label=value_label("planned", lang),
    )
    ax.barh(
        list(y),
        data["realised_confirmed"].astype(float).fillna(0),
        height=0.26,
        color=REALISED,
        label=text("participants.bar_confirmed", lang),
    )
    ax.barh(
        [i + 0.27 for i in y],
        data["waiting"].astype(float).fillna(0),
        height=0.26,
        color="white",
        edgecolor=REALISED,
        hatch="///",
        label=text("participants.bar_waiting", lang),
    )
    ax.set_yticks(list(y), data["project_code"])
    ax.invert_yaxis()
    ax.set_xlabel(text("participants.count_axis", lang))
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3)
    return Chart(fig, len(data), outcome["project_code"].nunique())


def realisation_vs_achievement(realisation: pd.DataFrame, outcome: pd.DataFrame, lang: str):
    """Funding realisation against participant achievement as an evaluator confirmed it, one
    dot per project with both (machine readings are not findings)."""
    persons = outcome[outcome["indicator"] == "persons"][["project_code", "achievement_confirmed"]]
    persons = persons.rename(columns={"achievement_confirmed": "achievement"})
    data = realisation.merge(persons, on="project_code").dropna(
        subset=["achievement", "public_realisation"]
    )
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.axhline(1, color="#c5d1d8", lw=1)
    ax.axvline(1, color="#c5d1d8", lw=1)
    ax.scatter(
        data["achievement"].astype(float), data["public_realisation"].astype(float), color=REALISED
    )
    for row in data.itertuples():
        ax.annotate(
            row.project_code,
            (float(row.achievement), float(row.public_realisation)),
            fontsize=7,
            xytext=(4, 4),
            textcoords="offset points",
        )
    ax.set_xlabel(text("participants.achievement_axis", lang))
    ax.set_ylabel(text("funding.realisation_axis", lang))
    return Chart(fig, len(data), len(realisation))


def covid_timelines(projects: pd.DataFrame, timeline: pd.DataFrame, lang: str):
    """Planned periods over the shaded states of emergency and restriction periods."""
    ordered = projects.dropna(subset=["planned_start", "planned_end"]).sort_values("planned_start")
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(ordered), 1) + 1.6))
    shades = {
        "state_of_emergency": "#e8b4ae",
        "restriction": "#f2d7d5",
        "recommendation": "#f8ecea",
    }
    shown = set()
    for row in timeline.itertuples():
        if row.kind in shades:
            label = None if row.kind in shown else value_label(row.kind, lang)
            ax.axvspan(row.start, row.end, color=shades[row.kind], zorder=0, label=label)
            shown.add(row.kind)
    ax.barh(
        ordered["project_code"],
        ordered["planned_end"] - ordered["planned_start"],
        left=ordered["planned_start"],
        color=REALISED,
        height=0.5,
        zorder=2,
    )
    ax.invert_yaxis()
    ax.set_xlabel(text("covid.days_axis", lang))
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=7)
    return Chart(fig, len(ordered), len(projects))


def category_heatmap(
    evidence: pd.DataFrame, codes: list[str], categories: tuple[str, ...], lang: str
):
    """Sentences per category and project."""
    import numpy as np

    counts = np.zeros((len(codes), len(categories)))
    for row in evidence.itertuples():
        if row.project_code in codes:
            for category in row.categories.split(";"):
                if category in categories:
                    counts[codes.index(row.project_code), categories.index(category)] += 1
    fig, ax = plt.subplots(figsize=(8, 0.5 * max(len(codes), 1) + 2))
    ax.imshow(counts, cmap="Blues", aspect="auto")
    ax.set_xticks(
        range(len(categories)), [value_label(c, lang) for c in categories], rotation=35, ha="right"
    )
    ax.set_yticks(range(len(codes)), codes)
    for i in range(len(codes)):
        for j in range(len(categories)):
            ax.text(
                j,
                i,
                int(counts[i, j]),
                ha="center",
                va="center",
                fontsize=7,
                color="white" if counts[i, j] > counts.max() / 2 else "#1d2733",
            )
    return Chart(fig, len(codes), len(codes))
