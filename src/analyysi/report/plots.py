"""Figures shared by the notebooks. Each returns a ``Chart``: the matplotlib figure, how many
projects it draws out of how many it was given, and a note of what it leaves out or sums up;
``display.Report.figure`` shows and saves it with that count and note in its caption.

Figures are 16 cm wide, the width of a column in a Word report, so their text keeps its size
(8–9 pt) when an author pastes them in. A figure of one row per project shows at most
``MAX_ROWS`` rows; beyond that it shows the largest (saying by what) or a summary, so its size
never grows with the number of projects. Missing values are drawn as missing, never as zero;
axes speak the report language (``axes``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("agg")  # no screen: figures are files and embedded images
import textwrap
from dataclasses import dataclass

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analyysi.analyses.covid import COVID_ERAS, PANDEMIC_END, PANDEMIC_START, ran_in_pandemic
from analyysi.catalogue import number, text, value_label
from analyysi.formats import format_date, format_percent
from analyysi.report.axes import count_axis, date_axis, euro_axis, percent_axis

plt.rcParams.update(
    {
        "svg.hashsalt": "analyysi",  # stable element ids: reruns give identical SVGs
        "svg.fonttype": "none",
        "figure.dpi": 110,
        "font.size": 9,
        "axes.titlesize": 9,
        "axes.labelsize": 9,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)
# Light and dark: told apart in greyscale too. Overspending is orange and hatched (blue and
# orange stay apart for colour-blind readers).
PLANNED, REALISED, OVERSPENT, MARK = "#9db4c0", "#1f5673", "#d9822b", "#b03a2e"
NOT_KNOWN = "#5b6770"

# Inches: a column of a Word report (16 cm) and a page of it (24 cm), less the 0.1-inch margin
# savefig adds on each side, so the saved figure is no larger.
WIDTH = 16 / 2.54 - 0.2
MAX_HEIGHT = 24 / 2.54 - 0.2
ROW = 0.2  # inches per project row: room for an 8-pt label
MAX_ROWS = 40  # rows of one project each before a figure shows the largest or a summary
MAX_LABELLED_MARKS = 10  # marked projects named in a distribution; more are lines only


@dataclass(frozen=True)
class Chart:
    figure: Figure
    shown: int | None = None  # projects drawn (None: not a figure of projects)
    total: int | None = None  # projects given
    note: str = ""  # what is left out or summed up, and why, in the report language
    alt: str | None = None  # catalogue key of the alt text when the notebook names none


def _figure(height: float) -> tuple[Figure, Axes]:
    return plt.subplots(figsize=(WIDTH, min(height, MAX_HEIGHT)), layout="constrained")


def _rows_height(rows: int, furniture: float) -> float:
    """Height for ``rows`` project rows plus axes, labels and legend."""
    return furniture + ROW * max(rows, 1)


def _nothing(ax: Axes, lang: str) -> None:
    """An empty figure says so, with no axes to misread."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, text("figure.empty", lang), ha="center", va="center", color=NOT_KNOWN)


def _notes(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def _left_out(key: str, count: int, lang: str, **values: object) -> str:
    """A sentence naming how many projects a figure leaves out, or nothing when none."""
    return text(key, lang, count=number(count, lang), **values) if count else ""


def _legend_above(ax: Axes, columns: int, height: float = 1.0, **options: object) -> None:
    """Legends sit above the axes (at ``height`` in axes units), never over the data."""
    ax.legend(
        frameon=False, loc="lower center", bbox_to_anchor=(0.5, height), ncols=columns, **options
    )


_NOT_KNOWN = {"color": NOT_KNOWN, "fontstyle": "italic", "fontsize": 8}


def _not_known(ax: Axes, row: float, lang: str) -> None:
    """The words "not known" where a bar would be: a missing value is not a zero."""
    ax.text(0, row, f" {text('missing', lang)}", va="center", **_NOT_KNOWN)


# --- periods ------------------------------------------------------------------------------


def _known_periods(projects: pd.DataFrame) -> pd.DataFrame:
    """Projects whose planned period is known (both dates, the end not before the start)."""
    known = projects.dropna(subset=["planned_start", "planned_end"])
    return known[known["planned_end"] >= known["planned_start"]]


def _period_bars(ax: Axes, periods: pd.DataFrame, lang: str) -> None:
    """One bar per project from planned start to planned end, earliest at the top."""
    ordered = periods.sort_values(["planned_start", "project_code"])
    start = mdates.date2num(ordered["planned_start"].to_numpy())
    end = mdates.date2num(ordered["planned_end"].to_numpy())
    rows = np.arange(len(ordered))
    # A day's width at least, so a one-day project is still seen.
    ax.barh(rows, np.maximum(end - start, 1), left=start, color=REALISED, height=0.6, zorder=2)
    ax.set_yticks(rows, ordered["project_code"])
    ax.set_ylim(len(ordered) - 0.5, -0.5)
    date_axis(ax.xaxis, lang)


def _running(ax: Axes, periods: pd.DataFrame, lang: str) -> None:
    """How many projects were running on each day by their plans: a step line."""
    start = mdates.date2num(periods["planned_start"].to_numpy())
    after = mdates.date2num(periods["planned_end"].to_numpy()) + 1  # the end day counts
    days = np.concatenate([start, after])
    change = np.concatenate([np.ones(len(start)), -np.ones(len(after))])
    order = np.argsort(days, kind="stable")
    days, running = days[order], np.cumsum(change[order])
    # One value per day: the count after all of that day's starts and ends.
    last_of_day = np.append(days[1:] != days[:-1], True)
    days, running = days[last_of_day], running[last_of_day]
    ax.fill_between(days, running, step="post", color=REALISED, alpha=0.85, zorder=2, lw=0)
    ax.set_ylim(0, max(running.max(), 1) * 1.05)
    ax.set_ylabel(text("figure.running_axis", lang))
    count_axis(ax.yaxis, lang)
    date_axis(ax.xaxis, lang)


def project_periods(projects: pd.DataFrame, lang: str, shade_pandemic: bool = False) -> Chart:
    """Horizontal bars from planned start to planned end, one per project; over ``MAX_ROWS``
    projects, how many were running on each day."""
    known = _known_periods(projects)
    summary = len(known) > MAX_ROWS
    fig, ax = _figure(3.2 if summary else _rows_height(len(known), 1.1))
    if known.empty:
        _nothing(ax, lang)
    else:
        if shade_pandemic:
            ax.axvspan(
                PANDEMIC_START, PANDEMIC_END, color="#f2d7d5", label=text("figure.pandemic", lang)
            )
            _legend_above(ax, 1)
        (_running if summary else _period_bars)(ax, known, lang)
        ax.set_xlabel(text("overview.periods", lang))
    note = _notes(
        _left_out("overview.note.running", len(known) if summary else 0, lang, limit=MAX_ROWS),
        _left_out("figure.note.missing", len(projects) - len(known), lang),
    )
    return Chart(fig, len(known), len(projects), note, "overview.periods_alt")


# --- funding ------------------------------------------------------------------------------


def funding_bars(funding: pd.DataFrame, lang: str) -> Chart:
    """Planned against realised amounts for the two funding sources of one project (its rows
    of the funding table; a card's have no project code); an amount not known is labelled so,
    never drawn as zero."""
    codes = funding["project_code"].dropna().unique() if "project_code" in funding else []
    if len(codes) > 1:
        raise ValueError(f"funding_bars draws one project; got {len(codes)}")
    sources = ["eu_state", "public_total"]
    fig, ax = _figure(2.6)
    known = 0
    for offset, stage, colour in ((-0.2, "planned", PLANNED), (0.2, "realised", REALISED)):
        for row, source in enumerate(sources):
            amount = funding.loc[
                (funding["source"] == source) & (funding["stage"] == stage), "amount_eur"
            ].sum(min_count=1)
            label = value_label(stage, lang) if row == 0 else None
            if pd.isna(amount):
                ax.barh(row + offset, 0, height=0.38, color=colour, label=label)
                _not_known(ax, row + offset, lang)
            else:
                ax.barh(row + offset, amount, height=0.38, color=colour, label=label)
                known += 1
    if known:
        ax.set_yticks(range(len(sources)), [value_label(s, lang) for s in sources])
        ax.set_ylim(len(sources) - 0.5, -0.5)
        ax.set_xlabel(text("funding.public_eur_axis", lang))
        euro_axis(ax.xaxis, lang)
        _legend_above(ax, 2)
    else:
        ax.clear()
        _nothing(ax, lang)
    shown = 1 if known else 0
    note = _left_out("figure.note.missing", 1 - shown, lang)
    return Chart(fig, shown, 1, note, "card.funding_alt")


def realisation_dumbbell(realisation: pd.DataFrame, lang: str) -> Chart:
    """Planned against realised public funding per project: a line from plan to outcome; over
    ``MAX_ROWS`` projects, a scatter of realised against planned, one dot per project."""
    data = realisation.dropna(subset=["planned_public_eur", "realised_public_eur"])
    summary = len(data) > MAX_ROWS
    if data.empty:
        fig, ax = _figure(1.5)
        _nothing(ax, lang)
    elif summary:
        fig, ax = _figure(WIDTH * 0.75)
        _funding_scatter(ax, data, lang)
    else:
        fig, ax = _figure(_rows_height(len(data), 1.3))
        _dumbbell(ax, data.sort_values(["planned_public_eur", "project_code"]), lang)
    note = _notes(
        _left_out("funding.note.scatter", len(data) if summary else 0, lang, limit=MAX_ROWS),
        _left_out("figure.note.missing", len(realisation) - len(data), lang),
    )
    return Chart(fig, len(data), len(realisation), note, "funding.dumbbell_alt")


def _dumbbell(ax: Axes, data: pd.DataFrame, lang: str) -> None:
    rows = np.arange(len(data))
    planned = data["planned_public_eur"].astype(float)
    realised = data["realised_public_eur"].astype(float)
    ax.hlines(rows, realised, planned, color="#c5d1d8", lw=3)
    ax.scatter(planned, rows, color=PLANNED, s=30, label=value_label("planned", lang), zorder=3)
    ax.scatter(realised, rows, color=REALISED, s=30, label=value_label("realised", lang), zorder=3)
    ax.set_yticks(rows, data["project_code"])
    ax.set_ylim(-0.5, len(data) - 0.5)  # largest plan at the top
    ax.set_xlabel(text("funding.public_eur_axis", lang))
    euro_axis(ax.xaxis, lang)
    _legend_above(ax, 2)


def _funding_scatter(ax: Axes, data: pd.DataFrame, lang: str) -> None:
    planned = data["planned_public_eur"].astype(float)
    realised = data["realised_public_eur"].astype(float)
    top = max(planned.max(), realised.max()) * 1.05
    low = min(0.0, planned.min(), realised.min())
    ax.plot([low, top], [low, top], color="#c5d1d8", lw=1, label=text("funding.diagonal", lang))
    ax.scatter(planned, realised, s=8, color=REALISED, alpha=0.6, lw=0)
    ax.set_xlim(low, top)
    ax.set_ylim(low, top)
    ax.set_xlabel(text("funding.planned_public_axis", lang))
    ax.set_ylabel(text("funding.realised_public_axis", lang))
    euro_axis(ax.xaxis, lang)
    euro_axis(ax.yaxis, lang)
    _legend_above(ax, 1)


# Realisation bands: (low, high, key); 100 % itself belongs to 80–100 %, as in
# ``funding.realisation_band``.
BAND_EDGES = ((0, 0.5, "lt_50"), (0.5, 0.8, "50_80"), (0.8, 1.0, "80_100"), (1.0, None, "gt_100"))
BAND_COLOURS = {"lt_50": "#f4d6d2", "50_80": "#f8ead0", "80_100": "#dcebdc", "gt_100": "#dde3f0"}
AXIS_LOW, AXIS_HIGH = 0.0, 2.0  # realisations drawn; beyond, the note counts them
MIN_AXIS_HIGH = 1.5


def bin_width(count: int) -> float:
    """Bins of 10 percentage points, 5 over 50 projects: both divide every band edge."""
    return 0.10 if count <= 50 else 0.05


def realisation_bins(ratios: pd.Series) -> tuple[np.ndarray, np.ndarray, float]:
    """Counts per bin, the bins' left edges and their width. Bins are closed on the left below
    100 % and on the right above it, so 100 % falls in the last bin of 80–100 % and no bin
    crosses a band edge (50, 80, 100 %)."""
    width = bin_width(len(ratios))
    percent = np.round(ratios.to_numpy(dtype=float) * 100, 6)  # 1.1 × 100 is 110.00000000000001
    step = width * 100
    index = np.where(percent < 100, np.floor(percent / step), np.ceil(percent / step) - 1)
    index = index.astype(int)
    first, last = (index.min(), index.max()) if len(index) else (0, 0)
    counts = np.bincount(index - first, minlength=last - first + 1)
    lefts = np.round(np.arange(first, last + 1) * width, 6)
    return counts, lefts, width


def realisation_distribution(ratios: pd.Series, lang: str, marks: pd.Series | None = None) -> Chart:
    """Distribution of public funding realisation over the bands; ``marks`` (project code →
    ratio) are drawn as dashed lines, named when there are few, e.g. the documented projects
    within a programme."""
    total = len(ratios)
    known = ratios.dropna().astype(float)
    drawn = known[(known >= AXIS_LOW) & (known <= AXIS_HIGH)]
    fig, ax = _figure(3.2)
    if drawn.empty:
        _nothing(ax, lang)
    else:
        counts, lefts, width = realisation_bins(drawn)
        high = max(MIN_AXIS_HIGH, float(lefts[-1] + width))
        _bands(ax, lang, high)
        ax.bar(lefts, counts, width=width, align="edge", color=REALISED, zorder=2)
        _marks(ax, marks, lang, high, int(counts.max()))
        ax.set_xlim(AXIS_LOW, high)
        ax.set_xlabel(text("funding.realisation_axis", lang))
        ax.set_ylabel(text("funding.projects_axis", lang))
        percent_axis(ax.xaxis, lang)
        count_axis(ax.yaxis, lang)
    outside = len(known) - len(drawn)
    bounds = {"low": format_percent(AXIS_LOW, lang, 0), "high": format_percent(AXIS_HIGH, lang, 0)}
    note = _notes(
        _left_out("funding.note.outside_axis", outside, lang, **bounds),
        _left_out("figure.note.missing", total - len(known), lang),
    )
    alt = "funding.distribution_alt" if marks is None else "funding.programme_alt"
    return Chart(fig, len(drawn), total, note, alt)


def _bands(ax: Axes, lang: str, high: float) -> None:
    """Shaded bands, each named above the axes, with a rule at every edge (for greyscale)."""
    for low, band_high, band in BAND_EDGES:
        right = high if band_high is None else band_high
        ax.axvspan(low, right, color=BAND_COLOURS[band], zorder=0, lw=0)
        if low > AXIS_LOW:
            ax.axvline(low, color="#8a969f", lw=0.6, zorder=1)
        ax.text(
            (low + right) / 2,
            1.01,
            text(f"band.{band}", lang),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=8,
        )


def _marks(ax: Axes, marks: pd.Series | None, lang: str, high: float, top: int) -> None:
    """Dashed lines at the marked projects; up to ``MAX_LABELLED_MARKS`` of them named, names
    of lines closer than a label's breadth joined, in headroom kept free of bars."""
    ax.set_ylim(0, max(top, 1) * 1.1)
    if marks is None:
        return
    marks = marks.dropna().astype(float).sort_values()
    marks = marks[(marks >= AXIS_LOW) & (marks <= high)]
    for i, ratio in enumerate(marks):
        label = text("funding.marks", lang) if i == 0 else None
        ax.axvline(ratio, color=MARK, lw=1, ls="--", zorder=3, label=label)
    if len(marks):
        _legend_above(ax, 1, height=1.08)  # above the bands' names
    if not 0 < len(marks) <= MAX_LABELLED_MARKS:
        return
    groups: list[tuple[float, list[str]]] = []
    for code, ratio in marks.items():
        if groups and ratio - groups[-1][0] < 0.03 * (high - AXIS_LOW):
            groups[-1] = (ratio, [*groups[-1][1], str(code)])
        else:
            groups.append((ratio, [str(code)]))
    names = [", ".join(codes) for _, codes in groups]
    # A name of n characters at 7 pt, turned upright, is about n × 0.06 inches tall; the axes
    # are about 2 inches: the bars keep below the longest name.
    room = min(0.6, 0.1 + 0.06 * max(len(n) for n in names) / 2)
    ax.set_ylim(0, max(top, 1) / (1 - room))
    for (ratio, _), name in zip(groups, names, strict=True):
        ax.text(
            ratio,
            0.98,
            f" {name}",
            transform=ax.get_xaxis_transform(),
            fontsize=7,
            rotation=90,
            va="top",
            zorder=4,
        )


def unspent_bars(realisation: pd.DataFrame, lang: str) -> Chart:
    """Unspent public euros per project, largest first; overspending in orange, hatched. Over
    ``MAX_ROWS`` projects, those with the largest unspent or overspent amounts."""
    known = realisation.dropna(subset=["unspent_public_eur"])
    amounts = known["unspent_public_eur"].astype(float)
    top = known.assign(size=amounts.abs()).sort_values(
        ["size", "project_code"], ascending=[False, True]
    )
    data = top.head(MAX_ROWS).sort_values(["unspent_public_eur", "project_code"], ascending=False)
    fig, ax = _figure(_rows_height(len(data), 1.3))
    if data.empty:
        _nothing(ax, lang)
    else:
        rows = np.arange(len(data))
        values = data["unspent_public_eur"].astype(float).to_numpy()
        over = values < 0
        unspent = {"facecolor": REALISED}
        overspent = {"facecolor": OVERSPENT, "hatch": "///", "edgecolor": "white"}
        ax.barh(rows[~over], values[~over], height=0.6, **unspent)
        ax.barh(rows[over], values[over], height=0.6, **overspent)
        ax.axvline(0, color="#4a5866", lw=0.8)
        ax.set_yticks(rows, data["project_code"])
        ax.set_ylim(len(data) - 0.5, -0.5)
        ax.set_xlabel(text("funding.unspent_axis", lang))
        euro_axis(ax.xaxis, lang)
        if over.any():
            _legend_above(
                ax,
                2,
                handles=[
                    Patch(label=text("funding.unspent_legend", lang), **unspent),
                    Patch(label=text("funding.overspent_legend", lang), **overspent),
                ],
            )
    note = _notes(
        _left_out("funding.note.top_unspent", len(data) if len(known) > MAX_ROWS else 0, lang),
        _left_out("figure.note.missing", len(realisation) - len(known), lang),
    )
    return Chart(fig, len(data), len(realisation), note, "funding.unspent_alt")


# --- participants -------------------------------------------------------------------------


def achievement_bars(outcome: pd.DataFrame, lang: str) -> Chart:
    """Participant targets (persons) per project with a target, the realised count drawn over
    each: confirmed by an evaluator (solid) or a machine reading that awaits review (hatched);
    where neither is known the row says so. Over ``MAX_ROWS`` projects, the largest targets."""
    persons = outcome[outcome["indicator"] == "persons"]
    targeted = persons[persons["planned"].astype(float).gt(0)].copy()
    reading = (
        targeted["realised_reported"]
        .astype(float)
        .fillna(targeted["realised_from_text"].astype(float))
    )
    targeted["confirmed"] = targeted["realised_confirmed"].astype(float)
    targeted["waiting"] = reading.where(targeted["review_status"] == "unconfirmed")
    data = targeted.sort_values(["planned", "project_code"], ascending=[False, True])
    data = data.head(MAX_ROWS)
    fig, ax = _figure(_rows_height(len(data), 1.2))
    not_known = data["confirmed"].isna() & data["waiting"].isna()
    if data.empty:
        _nothing(ax, lang)
    else:
        _achievement(ax, data, not_known, lang)
    total = outcome["project_code"].nunique()
    top = len(data) if len(targeted) > MAX_ROWS else 0
    note = _notes(
        _left_out("participants.note.top_target", top, lang),
        _left_out("participants.note.not_known", int(not_known.sum()), lang),
        _left_out("participants.note.no_target", total - len(targeted), lang),
    )
    return Chart(fig, int((~not_known).sum()), total, note, "participants.achievement_alt")


def _achievement(ax: Axes, data: pd.DataFrame, not_known: pd.Series, lang: str) -> None:
    rows = np.arange(len(data))
    styles = {
        "planned": {"facecolor": PLANNED},
        "confirmed": {"facecolor": REALISED},
        "waiting": {"facecolor": "white", "edgecolor": REALISED, "hatch": "///"},
    }
    ax.barh(rows, data["planned"].astype(float), height=0.7, **styles["planned"])
    for column in ("confirmed", "waiting"):
        known = data[column].notna().to_numpy()
        ax.barh(rows[known], data.loc[known, column], height=0.32, **styles[column])
    for row in rows[not_known.to_numpy()]:
        _not_known(ax, row, lang)
    ax.set_yticks(rows, data["project_code"])
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.set_xlabel(text("participants.count_axis", lang))
    count_axis(ax.xaxis, lang)
    names = {
        "planned": value_label("planned", lang),
        "confirmed": text("participants.bar_confirmed", lang),
        "waiting": text("participants.bar_waiting", lang),
    }
    _legend_above(ax, 3, handles=[Patch(label=names[k], **style) for k, style in styles.items()])


def realisation_vs_achievement(
    realisation: pd.DataFrame, outcome: pd.DataFrame, lang: str
) -> Chart:
    """Funding realisation against participant achievement as an evaluator confirmed it, one
    dot per project with both (machine readings are not findings); dots are named up to
    ``MAX_ROWS`` projects."""
    persons = outcome[outcome["indicator"] == "persons"][["project_code", "achievement_confirmed"]]
    persons = persons.rename(columns={"achievement_confirmed": "achievement"})
    data = realisation.merge(persons, on="project_code").dropna(
        subset=["achievement", "public_realisation"]
    )
    fig, ax = _figure(WIDTH * 0.7)
    if data.empty:
        _nothing(ax, lang)
    else:
        x, y = data["achievement"].astype(float), data["public_realisation"].astype(float)
        ax.axhline(1, color="#c5d1d8", lw=1)
        ax.axvline(1, color="#c5d1d8", lw=1)
        named = len(data) <= MAX_ROWS
        ax.scatter(x, y, color=REALISED, s=20 if named else 8, alpha=0.8)
        if named:
            for code, xi, yi in zip(data["project_code"], x, y, strict=True):
                ax.annotate(code, (xi, yi), fontsize=7, xytext=(4, 4), textcoords="offset points")
        ax.set_xlabel(text("participants.achievement_axis", lang))
        ax.set_ylabel(text("funding.realisation_axis", lang))
        percent_axis(ax.xaxis, lang)
        percent_axis(ax.yaxis, lang)
    note = _left_out("funding.note.vs_participants", len(realisation) - len(data), lang)
    return Chart(fig, len(data), len(realisation), note, "funding.vs_participants_alt")


# --- COVID --------------------------------------------------------------------------------

_SHADES = {"state_of_emergency": "#e8b4ae", "restriction": "#f2d7d5", "recommendation": "#f8ecea"}


def _pandemic_dates(lang: str) -> dict[str, str]:
    return {"start": format_date(PANDEMIC_START, lang), "end": format_date(PANDEMIC_END, lang)}


def covid_timelines(projects: pd.DataFrame, timeline: pd.DataFrame, lang: str) -> Chart:
    """Planned periods of the projects that ran during the pandemic over the shaded states of
    emergency and restriction periods; over ``MAX_ROWS`` projects, how many ran on each day.
    Projects outside the pandemic are left out, and the note counts them."""
    known = _known_periods(projects)
    pandemic = known[ran_in_pandemic(known["planned_start"], known["planned_end"])]
    summary = len(pandemic) > MAX_ROWS
    fig, ax = _figure(3.4 if summary else _rows_height(len(pandemic), 1.4))
    if pandemic.empty:
        _nothing(ax, lang)
    else:
        shaded = set()
        for row in timeline.itertuples():
            if row.kind in _SHADES:
                label = None if row.kind in shaded else value_label(row.kind, lang)
                ax.axvspan(row.start, row.end, color=_SHADES[row.kind], zorder=0, lw=0, label=label)
                shaded.add(row.kind)
        (_running if summary else _period_bars)(ax, pandemic, lang)
        ax.set_xlabel(text("covid.days_axis", lang))
        _legend_above(ax, 3)
    note = _notes(
        _left_out("overview.note.running", len(pandemic) if summary else 0, lang, limit=MAX_ROWS),
        _left_out("covid.note.outside", len(known) - len(pandemic), lang, **_pandemic_dates(lang)),
        _left_out("covid.note.period_unknown", len(projects) - len(known), lang),
    )
    return Chart(fig, len(pandemic), len(projects), note, "covid.timeline_alt")


def category_heatmap(
    evidence: pd.DataFrame, exposure: pd.DataFrame, categories: tuple[str, ...], lang: str
) -> Chart:
    """Sentences per category and project, for the projects that ran during the pandemic
    (``exposure``: the covid_projects table, whose ``era`` says so); the others are left out,
    and the note counts them. Over ``MAX_ROWS`` projects, those with the most sentences."""
    in_pandemic = exposure["era"].isin(COVID_ERAS).fillna(False).astype(bool)
    codes = sorted(exposure.loc[in_pandemic, "project_code"])
    pairs = evidence[evidence["project_code"].isin(codes)][["project_code", "categories"]]
    listed = pairs["categories"].fillna("").astype(str).str.split(";")
    pairs = pairs.assign(category=listed).explode("category")
    counts = (
        pd.crosstab(pairs["project_code"], pairs["category"])
        .reindex(index=codes, columns=list(categories), fill_value=0)
        .fillna(0)
        .astype(int)
    )
    if len(counts) > MAX_ROWS:
        order = counts.sum(axis=1).rename("sentences").reset_index()
        order = order.sort_values(["sentences", "project_code"], ascending=[False, True])
        counts = counts.loc[order["project_code"].head(MAX_ROWS)]
    fig, ax = _figure(_rows_height(len(counts), 2.0))
    if counts.empty:
        _nothing(ax, lang)
    else:
        _heat(ax, counts, lang)
    era = exposure["era"]
    outside = int(era.notna().sum() - in_pandemic.sum())
    note = _notes(
        _left_out("covid.note.top_sentences", len(counts) if len(codes) > MAX_ROWS else 0, lang),
        _left_out("covid.note.outside", outside, lang, **_pandemic_dates(lang)),
        _left_out("covid.note.period_unknown", int(era.isna().sum()), lang),
    )
    return Chart(fig, len(counts), len(exposure), note, "covid.heatmap_alt")


def _heat(ax: Axes, counts: pd.DataFrame, lang: str) -> None:
    values = counts.to_numpy()
    # Cells as vector quads: no image resampled to the page (lighter, sharp in the SVG).
    ax.pcolormesh(values, cmap="Blues", vmin=0, vmax=max(values.max(), 1))
    ax.set_xlim(0, values.shape[1])
    ax.set_ylim(values.shape[0], 0)
    # Upright category names would run into each other; turned, each keeps its column.
    names = [textwrap.fill(str(value_label(c, lang)), 16) for c in counts.columns]
    ax.set_xticks(np.arange(len(counts.columns)) + 0.5, names, rotation=90)
    ax.set_yticks(np.arange(len(counts)) + 0.5, counts.index)
    dark = values.max() / 2
    for (i, j), value in np.ndenumerate(values):
        ax.text(
            j + 0.5,
            i + 0.5,
            number(value, lang),
            ha="center",
            va="center",
            fontsize=7,
            color="white" if value > dark else "#1d2733",
        )
