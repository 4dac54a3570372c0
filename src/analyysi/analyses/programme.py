"""The whole programme as a population: public funding realisation of every closed project of
a programme list, by fund, authority, priority axis, size and year of end; the rows the import
set aside, by reason; and where each described project stands.

Tables in, tables out; a list of 20 000 rows gives tables of a few dozen rows.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analyysi.analyses.funding import CLOSED

# Planned public funding, euros: the size bands (upper bounds)
SIZE_BANDS = (
    ("lt_100k", 100_000),
    ("100k_250k", 250_000),
    ("250k_500k", 500_000),
    ("500k_1m", 1_000_000),
    ("ge_1m", float("inf")),
)
BREAKDOWNS = ("fund", "authority", "priority_axis_code", "size_band", "end_year")


def closed_projects(programme: pd.DataFrame) -> pd.DataFrame:
    """Closed projects of the list with planned public funding above zero and a realised
    amount, each with its realisation, size band and year of end."""
    closed = programme[
        (programme["status"] == CLOSED)
        & programme["planned_public_eur"].gt(0)
        & programme["realised_public_eur"].notna()
    ].copy()
    planned = closed["planned_public_eur"].astype(float)
    closed["public_realisation"] = (closed["realised_public_eur"].astype(float) / planned).round(4)
    closed["size_band"] = [_size_band(v) for v in planned]
    closed["end_year"] = pd.to_datetime(closed["end"]).dt.year.astype("Int64")
    return closed


def _size_band(planned: float) -> str:
    return next(band for band, upper in SIZE_BANDS if planned < upper)


def left_out(programme: pd.DataFrame) -> pd.DataFrame:
    """The list's projects that are not in the population, counted by reason."""
    reasons = np.where(
        programme["status"] != CLOSED,
        "not_closed",
        np.where(
            ~programme["planned_public_eur"].gt(0),
            "no_planned_funding",
            np.where(programme["realised_public_eur"].isna(), "funding_amount_missing", ""),
        ),
    )
    counts = pd.Series(reasons[reasons != ""]).value_counts()
    return pd.DataFrame({"reason": counts.index, "projects": counts.to_numpy()})


def by_group(closed: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per group: projects, planned and realised public funding, the weighted realisation
    (realised ÷ planned of the group), the median and the share of projects under 80 %."""
    if closed.empty:
        return pd.DataFrame(
            columns=[by, "projects", "planned_public_eur", "realised_public_eur",
                     "weighted_realisation", "median_realisation", "share_under_80"]
        )  # fmt: skip
    grouped = closed.groupby(by, dropna=False)
    table = grouped.agg(
        projects=("project_code", "size"),
        planned_public_eur=("planned_public_eur", "sum"),
        realised_public_eur=("realised_public_eur", "sum"),
        median_realisation=("public_realisation", "median"),
        share_under_80=("public_realisation", lambda r: float((r < 0.8).mean())),
    ).reset_index()
    table["weighted_realisation"] = (
        table["realised_public_eur"] / table["planned_public_eur"]
    ).round(4)
    table["median_realisation"] = table["median_realisation"].round(4)
    table["share_under_80"] = table["share_under_80"].round(4)
    order = [by, "projects", "planned_public_eur", "realised_public_eur",
             "weighted_realisation", "median_realisation", "share_under_80"]  # fmt: skip
    if by == "size_band":
        rank = {band: i for i, (band, _) in enumerate(SIZE_BANDS)}
        table = table.sort_values(by, key=lambda s: s.map(rank))
    elif by == "end_year":
        table = table.sort_values(by)
    else:
        table = table.sort_values("projects", ascending=False)
    return table[order].reset_index(drop=True)


def set_aside(issues: pd.DataFrame, examples: int = 1) -> pd.DataFrame:
    """The rows the import set aside, counted by the kind of reason (its words before any
    quoted value), with the first row of each kind as an example."""
    if issues.empty:
        return pd.DataFrame(columns=["reason", "rows", "first_row"])
    kinds = issues["reason"].map(_reason_kind)
    table = (
        issues.assign(kind=kinds)
        .groupby("kind")
        .agg(rows=("row", "size"), first_row=("row", "min"))
        .reset_index()
        .rename(columns={"kind": "reason"})
        .sort_values("rows", ascending=False)
    )
    return table.reset_index(drop=True)


def _reason_kind(reason: str) -> str:
    """ "first field is not a project code …: 'X1'" and "…: 'X2'" are one kind."""
    kind = re.split(r": ['\"(]|\(\d", reason, maxsplit=1)[0]
    kind = re.sub(r"\s*\([^)]*\)", "", kind)  # "(a letter and 5 to 9 digits)"
    kind = re.sub(r"\b[A-Z]\d{5,9}\b", "…", kind)  # "project code S1 already on row 5"
    return re.sub(r"\d+", "N", kind).strip()


def standing(realisation: pd.DataFrame) -> pd.DataFrame:
    """The described projects in the programme: their realisation and percentile."""
    columns = ["project_code", "public_realisation", "realisation_band", "programme_percentile"]
    present = [c for c in columns if c in realisation]
    return realisation[present].sort_values("project_code").reset_index(drop=True)
