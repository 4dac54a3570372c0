"""Funding realisation: per project, across a portfolio, and against a whole programme.

Pure functions, tables in and tables out. A ratio is final only for a closed project
("Toiminta päättynyt"); for a running one it is interim and portfolio statistics leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analyysi.analyses import covid
from analyysi.analyses.overview import funding_wide

CLOSED = "Toiminta päättynyt"
BANDS = (("lt_50", 0.5), ("50_80", 0.8), ("80_100", 1.0))  # upper bounds; 100 % is in 80_100
MIN_PROJECTS_FOR_MODEL = 30
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 20_201  # fixed: the same data give the same intervals


def realisation_band(ratio: float | None) -> str | None:
    """lt_50 (< 50 %), 50_80, 80_100 (≤ 100 %), gt_100; None when the ratio is unknown."""
    if ratio is None or pd.isna(ratio):
        return None
    for band, upper in BANDS:
        if ratio < upper or (band == "80_100" and ratio == upper):
            return band
    return "gt_100"


def project_realisation(projects: pd.DataFrame, funding: pd.DataFrame) -> pd.DataFrame:
    """The ``funding_realisation`` table without programme percentiles."""
    wide = funding_wide(funding)
    table = projects[["project_code", "planned_start", "planned_end", "status"]].merge(
        wide.reset_index(), on="project_code", how="left"
    )
    out = pd.DataFrame({"project_code": table["project_code"]})
    out["granted_eu_state_eur"] = table["planned_eu_state_eur"]
    out["realised_eu_state_eur"] = table["realised_eu_state_eur"]
    out["eu_state_realisation"] = _ratio(
        table["realised_eu_state_eur"], table["planned_eu_state_eur"]
    )
    out["planned_public_eur"] = table["planned_public_total_eur"]
    out["realised_public_eur"] = table["realised_public_total_eur"]
    out["public_realisation"] = _ratio(
        table["realised_public_total_eur"], table["planned_public_total_eur"]
    )
    out["unspent_public_eur"] = (
        table["planned_public_total_eur"] - table["realised_public_total_eur"]
    )
    out["eu_state_share"] = _ratio(table["planned_eu_state_eur"], table["planned_public_total_eur"])
    out["planned_days"] = ((table["planned_end"] - table["planned_start"]).dt.days + 1).astype(
        "Int64"
    )
    out["is_closed"] = (table["status"] == CLOSED).astype("boolean")
    out.loc[table["status"].isna(), "is_closed"] = pd.NA
    out["realisation_band"] = out["public_realisation"].map(realisation_band)
    out["programme_percentile"] = np.nan
    return out


def _ratio(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    ratio = numerator.astype("Float64") / denominator.astype("Float64").where(denominator != 0)
    return ratio.round(4)


@dataclass(frozen=True)
class Estimate:
    value: float | None
    low: float | None  # bootstrap 95 % interval
    high: float | None


@dataclass(frozen=True)
class Portfolio:
    projects: int  # closed projects with both public amounts
    interim: int  # running projects left out
    granted_eu_state_eur: float
    realised_eu_state_eur: float
    eu_state_weighted: float | None  # Σ realised ÷ Σ granted EU and state funding
    planned_public_eur: float
    realised_public_eur: float
    unspent_public_eur: float
    weighted: Estimate  # Σ realised ÷ Σ planned public funding
    median: Estimate  # of the per-project ratios
    iqr: Estimate
    quartiles: tuple[float | None, float | None] = (None, None)  # the middle half of projects
    lowest: float | None = None
    highest: float | None = None


def portfolio(realisation: pd.DataFrame, seed: int = BOOTSTRAP_SEED) -> Portfolio:
    """Totals and realisation statistics of the closed projects, with percentile-bootstrap
    95 % intervals (projects resampled with replacement)."""
    final = _final(realisation)
    planned = final["planned_public_eur"].to_numpy(float)
    realised = final["realised_public_eur"].to_numpy(float)
    ratios = final["public_realisation"].to_numpy(float)

    # each statistic of one sample of projects (indices) per row: the resamples at once
    def weighted(idx):
        return realised[idx].sum(axis=-1) / planned[idx].sum(axis=-1)

    def median(idx):
        return np.median(ratios[idx], axis=-1)

    def iqr(idx):
        q1, q3 = np.percentile(ratios[idx], [25, 75], axis=-1)
        return q3 - q1

    running = (
        realisation["is_closed"].fillna(False).eq(False) & realisation["public_realisation"].notna()
    )
    granted = final["granted_eu_state_eur"].astype(float).sum()
    realised_eu = final["realised_eu_state_eur"].astype(float).sum()
    return Portfolio(
        projects=len(final),
        interim=int(running.sum()),
        granted_eu_state_eur=float(granted),
        realised_eu_state_eur=float(realised_eu),
        eu_state_weighted=round(float(realised_eu / granted), 4) if granted else None,
        planned_public_eur=float(planned.sum()),
        realised_public_eur=float(realised.sum()),
        unspent_public_eur=float(planned.sum() - realised.sum()),
        weighted=_bootstrap(weighted, len(final), seed),
        median=_bootstrap(median, len(final), seed),
        iqr=_bootstrap(iqr, len(final), seed),
        quartiles=tuple(float(q) for q in np.percentile(ratios, [25, 75]))
        if len(ratios)
        else (None, None),
        lowest=float(ratios.min()) if len(ratios) else None,
        highest=float(ratios.max()) if len(ratios) else None,
    )


def _final(realisation: pd.DataFrame) -> pd.DataFrame:
    closed = realisation["is_closed"].fillna(False).astype(bool)
    known = realisation["planned_public_eur"].gt(0) & realisation["realised_public_eur"].notna()
    return realisation[closed & known.fillna(False).astype(bool)]


def _bootstrap(statistic, n: int, seed: int) -> Estimate:
    if n == 0:
        return Estimate(None, None, None)
    everyone = np.arange(n)
    value = float(statistic(everyone))
    if n < 2:
        return Estimate(value, None, None)
    rng = np.random.default_rng(seed)
    # Resamples drawn a block at a time: the same draws, in the same order, as one by one
    # (numbers unchanged), in memory bounded whatever the number of projects.
    rows = max(1, min(BOOTSTRAP_RESAMPLES, 2_000_000 // n))
    draws = np.concatenate(
        [
            statistic(rng.integers(0, n, (min(rows, BOOTSTRAP_RESAMPLES - start), n)))
            for start in range(0, BOOTSTRAP_RESAMPLES, rows)
        ]
    )
    low, high = np.percentile(draws, [2.5, 97.5])
    return Estimate(value, float(low), float(high))


BREAKDOWNS = (
    "authority",
    "applicant_org_type",
    "priority_axis_code",
    "specific_objective_code",
    "start_year",
    "covid_era",
    "size_quartile",
    "duration",
)


def breakdowns(
    realisation: pd.DataFrame, projects: pd.DataFrame, dimensions: tuple[str, ...] = BREAKDOWNS
) -> pd.DataFrame:
    """Per breakdown (of ``dimensions``) and group: closed projects, planned and realised
    public euros, the funding-weighted realisation and the median project ratio."""
    data = _final(realisation).merge(
        projects[
            [
                "project_code",
                "authority",
                "applicant_org_type",
                "priority_axis_code",
                "specific_objective_code",
                "planned_start",
                "planned_end",
            ]
        ],
        on="project_code",
    )
    data["start_year"] = data["planned_start"].dt.year.astype("Int64").astype("string")
    data["covid_era"] = covid.covid_era(data["planned_start"], data["planned_end"])
    data["size_quartile"] = _quartiles(data["planned_public_eur"])
    data["duration"] = pd.cut(
        data["planned_days"].astype(float),
        [0, 365, 730, float("inf")],
        labels=["up_to_1_year", "1_to_2_years", "over_2_years"],
    ).astype("string")
    rows = []
    for dimension in dimensions:
        for group, part in data.groupby(data[dimension].fillna("—"), sort=True):
            rows.append(
                {
                    "breakdown": dimension,
                    "group": str(group),
                    "projects": len(part),
                    "planned_public_eur": part["planned_public_eur"].sum(),
                    "realised_public_eur": part["realised_public_eur"].sum(),
                    "weighted_realisation": round(
                        part["realised_public_eur"].sum() / part["planned_public_eur"].sum(), 4
                    ),
                    "median_realisation": round(float(part["public_realisation"].median()), 4),
                }
            )
    columns = [
        "breakdown",
        "group",
        "projects",
        "planned_public_eur",
        "realised_public_eur",
        "weighted_realisation",
        "median_realisation",
    ]
    return pd.DataFrame(rows, columns=columns)


def _quartiles(planned: pd.Series) -> pd.Series:
    if len(planned) < 4:
        return pd.Series("—", index=planned.index, dtype="string")
    # ranks, not amounts: many projects share round budgets (100 000 €), which would leave
    # quartile edges that are not unique
    ranked = planned.rank(method="first")
    return pd.qcut(ranked, 4, labels=["q1_smallest", "q2", "q3", "q4_largest"]).astype("string")


# --- programme context ------------------------------------------------------------------


def programme_realisation(programme: pd.DataFrame, funds: set[str] | None = None) -> pd.DataFrame:
    """Closed projects of a programme list (of the given funds only, e.g. ESR) with their
    public funding realisation."""
    closed = programme[(programme["status"] == CLOSED) & programme["planned_public_eur"].gt(0)]
    if funds:
        closed = closed[closed["fund"].isin(funds)]
    return closed.assign(
        public_realisation=(closed["realised_public_eur"] / closed["planned_public_eur"]).round(4)
    )


def with_programme_percentiles(
    realisation: pd.DataFrame, programme: pd.DataFrame, funds: set[str] | None = None
) -> pd.DataFrame:
    """``programme_percentile``: the share (%) of the programme's closed projects whose
    realisation is at or below each project's; empty where either is unknown."""
    reference = np.sort(
        programme_realisation(programme, funds)["public_realisation"].dropna().to_numpy(float)
    )
    out = realisation.copy()
    if len(reference) == 0:
        out["programme_percentile"] = np.nan
        return out
    ratios = out["public_realisation"].astype(float)
    ranks = np.searchsorted(reference, ratios.fillna(np.nan).to_numpy(), side="right")
    out["programme_percentile"] = np.where(
        ratios.isna(), np.nan, np.round(100 * ranks / len(reference), 1)
    )
    return out


def programme_mismatch(
    projects: pd.DataFrame, programme: pd.DataFrame
) -> tuple[int, int, int, int] | None:
    """(list's first and last start year, the documented projects' first and last) when no
    documented project started within the list's years: the list is probably of another
    programme period. None when they overlap."""
    listed = programme["start"].dropna()
    ours = projects["planned_start"].dropna()
    if listed.empty or ours.empty:
        return None
    low, high = listed.min(), listed.max()
    if ((ours >= low) & (ours <= high)).any():
        return None
    return low.year, high.year, ours.min().year, ours.max().year


def plan_changes(realisation: pd.DataFrame, programme: pd.DataFrame) -> pd.DataFrame:
    """Documented projects that also appear in the list: the list's amounts beside the
    description's, and the differences (description − list)."""
    both = realisation.merge(programme, on="project_code", suffixes=("", "_list"))
    rows = pd.DataFrame({"project_code": both["project_code"], "list_status": both["status"]})
    for column in ("granted_eu_state_eur", "planned_public_eur", "realised_public_eur"):
        rows[column] = both[column]
        rows[f"{column}_list"] = both[f"{column}_list"]
        rows[f"{column}_change"] = both[column] - both[f"{column}_list"]
    return rows


# --- model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelResult:
    n: int
    table: pd.DataFrame  # term, odds_ratio, ci_low, ci_high, p_value
    clipped: int  # ratios above 1 set to 1 for the fractional response


def model_covariates(realisation: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """Covariates of the realisation model for closed projects: log planned public funding,
    planned years, EU+state share, and whether the project ran in the pandemic."""
    data = _final(realisation).merge(
        projects[["project_code", "planned_start", "planned_end"]], on="project_code"
    )
    return pd.DataFrame(
        {
            "public_realisation": data["public_realisation"].astype(float),
            "log_planned_public": np.log(data["planned_public_eur"].astype(float)),
            "planned_years": data["planned_days"].astype(float) / 365.25,
            "eu_state_share": data["eu_state_share"].astype(float),
            "ran_in_pandemic": covid.ran_in_pandemic(
                data["planned_start"], data["planned_end"]
            ).astype(float),
        }
    ).dropna()


def fit_realisation_model(
    data: pd.DataFrame, response: str = "public_realisation"
) -> ModelResult | None:
    """Fractional-logit GLM (binomial family, logit link, robust HC1 standard errors) of the
    realisation on every other column; None with fewer than 30 projects, where inference
    would mislead."""
    if len(data) < MIN_PROJECTS_FOR_MODEL:
        return None
    import statsmodels.api as sm

    y = data[response].clip(lower=0)
    clipped = int((y > 1).sum())
    y = y.clip(upper=1)
    covariates = [c for c in data.columns if c != response and data[c].nunique() > 1]
    x = sm.add_constant(data[covariates], has_constant="add")
    fit = sm.GLM(y, x, family=sm.families.Binomial()).fit(cov_type="HC1")
    ci = fit.conf_int()
    table = pd.DataFrame(
        {
            "term": covariates,
            "odds_ratio": np.exp(fit.params[covariates]).round(3).to_numpy(),
            "ci_low": np.exp(ci.loc[covariates, 0]).round(3).to_numpy(),
            "ci_high": np.exp(ci.loc[covariates, 1]).round(3).to_numpy(),
            "p_value": fit.pvalues[covariates].round(4).to_numpy(),
        }
    )
    return ModelResult(len(data), table, clipped)


# --- sentences for reports --------------------------------------------------------------


MIN_PROJECTS_FOR_INTERVAL = 10  # below it no interval is printed: it would restate the range


def portfolio_sentences(p: Portfolio, lang: str) -> list[str]:
    """The portfolio figures as sentences in the report language. Intervals are named for
    what they are, and printed only when there are enough projects to mean anything; the
    spread of projects is said as the middle half of them, not as a statistic."""
    from analyysi.catalogue import number, percent, text
    from analyysi.formats import format_euros

    if p.projects == 0:
        return [text("funding.none", lang)]

    def pct(value: float | None) -> str:
        return percent(value, lang)

    enough = p.projects >= MIN_PROJECTS_FOR_INTERVAL
    sentences = [
        text(
            "funding.totals",
            lang,
            count=p.projects,
            planned=format_euros(p.planned_public_eur, lang),
            realised=format_euros(p.realised_public_eur, lang),
            unspent=format_euros(p.unspent_public_eur, lang),
        ),
        text(
            "funding.weighted_interval" if enough else "funding.weighted",
            lang,
            value=pct(p.weighted.value),
            low=pct(p.weighted.low),
            high=pct(p.weighted.high),
        ),
        text(
            "funding.eu_state",
            lang,
            value=pct(p.eu_state_weighted),
            realised=format_euros(p.realised_eu_state_eur, lang),
            granted=format_euros(p.granted_eu_state_eur, lang),
        ),
    ]
    if enough:
        sentences.append(
            text(
                "funding.median_interval",
                lang,
                value=pct(p.median.value),
                low=pct(p.median.low),
                high=pct(p.median.high),
            )
        )
        sentences.append(
            text("funding.middle_half", lang, low=pct(p.quartiles[0]), high=pct(p.quartiles[1]))
        )
    else:
        sentences.append(
            text(
                "funding.small_n",
                lang,
                count=p.projects,
                value=pct(p.median.value),
                low=pct(p.lowest),
                high=pct(p.highest),
                n=number(p.projects, lang),
            )
        )
    if p.interim:
        sentences.append(text("funding.interim", lang, count=p.interim))
    return sentences


def model_sentences(result: ModelResult | None, n: int, lang: str) -> list[str]:
    """What the model says, in plain words; or why there is no model."""
    from analyysi.catalogue import label, number, text

    if result is None:
        return [text("funding.model_none", lang, minimum=MIN_PROJECTS_FOR_MODEL, n=n)]
    sentences = [text("funding.model_intro", lang, n=result.n)]
    for row in result.table.itertuples():
        key = "funding.model_unclear"
        if row.ci_low > 1:
            key = "funding.model_up"
        elif row.ci_high < 1:
            key = "funding.model_down"
        sentences.append(
            text(
                key,
                lang,
                term=label(f"term.{row.term}", lang, row.term),
                ratio=number(row.odds_ratio, lang, 2),
                low=number(row.ci_low, lang, 2),
                high=number(row.ci_high, lang, 2),
            )
        )
    if result.clipped:
        sentences.append(text("funding.model_clipped", lang, count=result.clipped))
    return sentences


@dataclass(frozen=True)
class Coverage:
    """What a report covers: projects counted in its figures, of all selected, and for each
    left out, why (a coded reason)."""

    covered: int
    total: int
    left_out: pd.DataFrame  # project_code, reason


def coverage(realisation: pd.DataFrame, funding: pd.DataFrame) -> Coverage:
    """The portfolio figures count closed projects with both planned and realised public
    funding; the others are named with the reason."""
    with_section = set(funding["project_code"])
    rows = []
    for row in realisation.itertuples(index=False):
        if row.project_code not in with_section:
            reason = "no_funding_section"
        elif pd.isna(row.public_realisation):
            reason = "funding_amount_missing"
        elif not bool(row.is_closed):
            reason = "running_interim"
        else:
            continue
        rows.append({"project_code": row.project_code, "reason": reason})
    left_out = pd.DataFrame(rows, columns=["project_code", "reason"])
    return Coverage(len(realisation) - len(left_out), len(realisation), left_out)
