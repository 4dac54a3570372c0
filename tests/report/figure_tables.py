"""Synthetic tables for the figures, of any number of projects, in the shape the analyses write
them (projects, funding, funding_realisation, participant_outcomes, covid_projects,
covid_evidence), and ``FIGURES``, every figure of ``plots`` called on them: for the
figure-review test and the figure benchmark.

``kind`` is "varied" (values spread as in real portfolios, some above 100 %), "equal" (every
project the same) or "missing" (a share of every value the figures draw left empty).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analyysi.analyses.covid import CATEGORIES, covid_era, load_timeline
from analyysi.report import plots

KINDS = ("varied", "equal", "missing")


@dataclass(frozen=True)
class Tables:
    projects: pd.DataFrame
    funding: pd.DataFrame  # one project's rows (a card draws one project)
    realisation: pd.DataFrame
    outcome: pd.DataFrame
    exposure: pd.DataFrame
    evidence: pd.DataFrame
    timeline: pd.DataFrame


def tables(count: int, kind: str = "varied", seed: int = 19) -> Tables:
    if kind not in KINDS:
        raise ValueError(kind)
    rng = np.random.default_rng(seed)
    codes = [f"S{20000 + i}" for i in range(count)]
    equal = kind == "equal"

    def spread(low: float, high: float) -> np.ndarray:
        return np.full(count, (low + high) / 2) if equal else rng.uniform(low, high, count)

    start = pd.Timestamp("2015-01-01") + pd.to_timedelta(spread(0, 8 * 365).round(), unit="D")
    end = start + pd.to_timedelta(spread(180, 1100).round(), unit="D")
    projects = pd.DataFrame(
        {"project_code": codes, "planned_start": start, "planned_end": end}
    ).astype({"planned_start": "datetime64[ns]", "planned_end": "datetime64[ns]"})

    planned = spread(20_000, 2_500_000).round()
    ratio = np.clip(rng.normal(0.9, 0.15, count), 0.3, 1.45) if not equal else np.full(count, 1.0)
    realised = (planned * ratio).round()
    realisation = pd.DataFrame(
        {
            "project_code": codes,
            "planned_public_eur": planned,
            "realised_public_eur": realised,
            "public_realisation": (realised / planned).round(4),
            "unspent_public_eur": planned - realised,
        }
    )

    targets = spread(5, 3000).round()
    reading = (targets * spread(0.4, 1.3)).round()
    status = np.where(np.arange(count) % 3 == 0, "accepted", "unconfirmed")
    outcome = pd.DataFrame(
        {
            "project_code": codes,
            "indicator": "persons",
            "planned": targets,
            "realised_reported": reading,
            "realised_from_text": np.nan,
            "review_status": status,
            "realised_confirmed": np.where(status == "accepted", reading, np.nan),
            "achievement_confirmed": np.where(status == "accepted", reading / targets, np.nan),
        }
    )

    exposure = pd.DataFrame({"project_code": codes})
    exposure["era"] = covid_era(projects["planned_start"], projects["planned_end"]).to_numpy()
    picks = rng.integers(0, len(CATEGORIES), (count, 6)) if not equal else np.zeros((count, 6))
    evidence = pd.DataFrame(
        {
            "project_code": np.repeat(codes, 6),
            "categories": [CATEGORIES[int(i)] for i in picks.ravel()],
        }
    )

    funding = pd.DataFrame(
        [
            (codes[0], source, stage, amount)
            for source, share in (("eu_state", 0.75), ("public_total", 1.0))
            for stage, amount in (("planned", planned[0]), ("realised", realised[0]))
            for amount in [round(amount * share)]
        ]
        if count
        else [],
        columns=["project_code", "source", "stage", "amount_eur"],
    )
    made = Tables(projects, funding, realisation, outcome, exposure, evidence, load_timeline())
    return _with_gaps(made, rng) if kind == "missing" else made


def _with_gaps(made: Tables, rng: np.random.Generator) -> Tables:
    """About a quarter of each drawn value left empty, as documents leave them; the first
    project always lacks them, so even a table of one project has a gap."""

    def holes(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
        frame = frame.copy()
        for column in columns:
            gap = rng.random(len(frame)) < 0.25
            gap[:1] = True
            frame.loc[gap, column] = None
        return frame

    projects = holes(made.projects, ["planned_end"])
    exposure = made.exposure.copy()
    exposure["era"] = covid_era(projects["planned_start"], projects["planned_end"]).to_numpy()
    return Tables(
        projects,
        holes(made.funding, ["amount_eur"]),
        holes(
            made.realisation, ["realised_public_eur", "public_realisation", "unspent_public_eur"]
        ),
        holes(made.outcome, ["realised_reported", "realised_confirmed", "achievement_confirmed"]),
        exposure,
        made.evidence,
        made.timeline,
    )


# Every figure of plots, called as the notebooks call it, on a set of synthetic tables.
FIGURES = {
    "project_periods": lambda t, lang: plots.project_periods(t.projects, lang),
    "project_periods_shaded": lambda t, lang: plots.project_periods(
        t.projects, lang, shade_pandemic=True
    ),
    "funding_bars": lambda t, lang: plots.funding_bars(t.funding, lang),
    "realisation_dumbbell": lambda t, lang: plots.realisation_dumbbell(t.realisation, lang),
    "realisation_distribution": lambda t, lang: plots.realisation_distribution(
        t.realisation["public_realisation"], lang
    ),
    "realisation_distribution_marks": lambda t, lang: plots.realisation_distribution(
        t.realisation["public_realisation"],
        lang,
        marks=t.realisation.set_index("project_code")["public_realisation"].head(9),
    ),
    "unspent_bars": lambda t, lang: plots.unspent_bars(t.realisation, lang),
    "achievement_bars": lambda t, lang: plots.achievement_bars(t.outcome, lang),
    "realisation_vs_achievement": lambda t, lang: plots.realisation_vs_achievement(
        t.realisation, t.outcome, lang
    ),
    "covid_timelines": lambda t, lang: plots.covid_timelines(t.projects, t.timeline, lang),
    "category_heatmap": lambda t, lang: plots.category_heatmap(
        t.evidence, t.exposure, CATEGORIES, lang
    ),
}
