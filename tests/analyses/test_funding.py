"""Funding realisation against figures computed by hand from the five descriptions."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest
from conftest import RAW

from analyysi.analyses import covid, funding
from analyysi.analyses.analyse import analyse
from analyysi.analyses.overview import load_tables
from analyysi.cli import main


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["parse", "--raw", str(RAW), "--out", str(out)]) == 0
    analyse(out)
    return out


@pytest.fixture(scope="module")
def realisation(processed):
    tables = load_tables(processed)
    return funding.project_realisation(tables["projects"], tables["funding"])


def _row(frame, code):
    return frame.set_index("project_code").loc[code]


def test_s22084_by_hand(realisation):
    row = _row(realisation, "S22084")
    assert row["eu_state_realisation"] == 0.8980  # 67 228 / 74 866 = 0.89798
    assert row["public_realisation"] == 0.9008  # 77 470 / 86 001 = 0.90080
    assert row["unspent_public_eur"] == 8531  # 86 001 − 77 470
    assert row["eu_state_share"] == 0.8705  # 74 866 / 86 001 = 0.87053
    assert row["planned_days"] == 304  # 1.5.2020–28.2.2021, both days counted
    assert row["realisation_band"] == "80_100" and bool(row["is_closed"])


def test_fully_spent_project_is_in_the_80_100_band(realisation):
    row = _row(realisation, "S22196")  # 51 005 of 51 005
    assert (row["public_realisation"], row["realisation_band"], row["unspent_public_eur"]) == (
        1.0,
        "80_100",
        0,
    )
    assert row["planned_days"] == 365  # 1.9.2020–31.8.2021


def test_csv_rounds_ratios_to_four_decimals(processed):
    with open(processed / "funding_realisation.csv", encoding="utf-8") as stream:
        rows = {r["project_code"]: r for r in csv.DictReader(stream)}
    assert rows["S22084"]["eu_state_realisation"] == "0.8980"
    assert rows["S22084"]["granted_eu_state_eur"] == "74866"
    assert rows["S22196"]["public_realisation"] == "1"
    assert rows["S22084"]["programme_percentile"] == ""  # no programme list given


def test_portfolio_by_hand(realisation):
    p = funding.portfolio(realisation)
    assert p.projects == 5 and p.interim == 0
    assert p.eu_state_weighted == 0.9365  # 378 933 / 404 641
    assert (p.planned_public_eur, p.realised_public_eur, p.unspent_public_eur) == (
        462293,
        431177,
        31116,
    )
    assert p.weighted.value == pytest.approx(431177 / 462293)
    assert p.median.value == 0.9477  # middle of 0.8873 0.9008 0.9477 0.9937 1
    assert p.iqr.value == pytest.approx(0.9937 - 0.9008)
    assert p.weighted.low <= p.weighted.value <= p.weighted.high
    assert funding.portfolio(realisation) == p  # fixed seed: the same intervals every time


def test_running_projects_are_interim_and_left_out(realisation):
    running = realisation.copy()
    running.loc[running["project_code"] == "S20573", "is_closed"] = False
    p = funding.portfolio(running)
    assert (p.projects, p.interim) == (4, 1)
    assert p.planned_public_eur == 462293 - 159117


@pytest.mark.parametrize(
    ("ratio", "band"),
    [
        (0.0, "lt_50"),
        (0.4999, "lt_50"),
        (0.5, "50_80"),
        (0.7999, "50_80"),
        (0.8, "80_100"),
        (1.0, "80_100"),
        (1.0001, "gt_100"),
        (None, None),
        (float("nan"), None),
    ],
)
def test_bands(ratio, band):
    assert funding.realisation_band(ratio) == band


def test_breakdowns_add_up(realisation, processed):
    table = funding.breakdowns(realisation, load_tables(processed)["projects"])
    for _, part in table.groupby("breakdown"):
        assert part["projects"].sum() == 5
        assert part["planned_public_eur"].sum() == 462293
    era = table[table["breakdown"] == "covid_era"].set_index("group")["projects"].to_dict()
    assert era == {"covid_born": 4, "pre_covid": 1}


@pytest.mark.parametrize(
    ("start", "end", "era"),
    [
        ("2016-02-01", "2016-12-31", "pre_covid"),
        ("2019-01-01", "2020-03-15", "pre_covid"),
        ("2019-01-01", "2020-03-16", "exposed"),
        ("2020-03-16", "2020-12-31", "covid_born"),
        ("2022-02-28", "2023-01-01", "covid_born"),
        ("2022-03-01", "2023-01-01", "post_covid"),
    ],
)
def test_covid_era(start, end, era):
    got = covid.covid_era(pd.Series([pd.Timestamp(start)]), pd.Series([pd.Timestamp(end)]))
    assert got.iloc[0] == era


def test_programme_percentile_and_plan_changes(realisation):
    programme = pd.DataFrame(
        {
            "project_code": ["X1", "X2", "X3", "X4", "S20573"],
            "status": ["Toiminta päättynyt"] * 4 + ["Toiminnassa"],
            "granted_eu_state_eur": [1.0, 1.0, 1.0, 1.0, 120600.0],
            "planned_public_eur": [100.0, 100.0, 100.0, 100.0, 154417.0],
            "realised_public_eur": [50.0, 80.0, 90.0, 100.0, 22718.87],
        }
    )
    ranked = funding.with_programme_percentiles(realisation, programme).set_index("project_code")
    assert ranked.loc["S22084", "programme_percentile"] == 75.0  # 0.9008: at or above 0.5, 0.8, 0.9
    assert ranked.loc["S22196", "programme_percentile"] == 100.0  # 1.0 ties the best
    assert ranked.loc["S20573", "programme_percentile"] == 50.0  # 0.8873
    changes = funding.plan_changes(realisation, programme).set_index("project_code")
    assert changes.loc["S20573", "planned_public_eur_change"] == 159117 - 154417


def test_no_model_below_30_projects(realisation, processed):
    data = funding.model_covariates(realisation, load_tables(processed)["projects"])
    assert len(data) == 5 and funding.fit_realisation_model(data) is None
    (sentence,) = funding.model_sentences(None, 5, "en")
    assert "not possible" in sentence and "p-value" not in sentence


def test_model_recovers_a_known_effect():
    rng = np.random.default_rng(7)
    n = 600
    x = rng.normal(size=n)
    noise = rng.normal(size=n)  # a covariate with no effect
    p = 1 / (1 + np.exp(-(0.5 + 0.8 * x)))
    y = rng.binomial(40, p) / 40  # a fraction whose mean is exactly p
    result = funding.fit_realisation_model(
        pd.DataFrame({"public_realisation": y, "x": x, "noise": noise})
    )
    table = result.table.set_index("term")
    assert table.loc["x", "odds_ratio"] == pytest.approx(np.exp(0.8), rel=0.1)
    assert table.loc["x", "ci_low"] > 1
    assert table.loc["noise", "ci_low"] < 1 < table.loc["noise", "ci_high"]
    words = funding.model_sentences(result, n, "en")
    assert any("higher value goes with higher realisation" in s for s in words)


def test_no_closed_projects_leaves_empty_but_shaped_tables(realisation, processed):
    running = realisation.assign(is_closed=False)
    assert funding.portfolio(running).projects == 0
    table = funding.breakdowns(running, load_tables(processed)["projects"])
    assert table.empty and list(table.columns)[:3] == ["breakdown", "group", "projects"]


def test_size_quartiles_with_round_budgets():
    planned = pd.Series([100000.0] * 6 + [150000.0, 200000.0, 250000.0, 300000.0])
    quartiles = funding._quartiles(planned)
    assert quartiles.notna().all() and quartiles.nunique() == 4
    assert quartiles.iloc[-1] == "q4_largest"


def test_programme_percentiles_compare_like_with_like(realisation):
    programme = pd.DataFrame(
        {
            "project_code": ["X1", "A1"],
            "fund": ["ESR", "EAKR"],
            "status": ["Toiminta päättynyt"] * 2,
            "granted_eu_state_eur": [1.0, 1.0],
            "planned_public_eur": [100.0, 100.0],
            "realised_public_eur": [95.0, 10.0],
            "start": pd.to_datetime(["2008-01-01", "2008-01-01"]),
        }
    )
    ranked = funding.with_programme_percentiles(realisation, programme, {"ESR"}).set_index(
        "project_code"
    )
    assert ranked.loc["S22084", "programme_percentile"] == 0.0  # the ERDF row is not compared
    projects = pd.DataFrame({"planned_start": pd.to_datetime(["2020-05-01"])})
    assert funding.programme_mismatch(projects, programme) == (2008, 2008, 2020, 2020)
