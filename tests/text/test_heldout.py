"""The text rules on sentences they were not written on (tests/testset/, written before the
rules were changed and never tuned on), and the figures the reports quote."""

from __future__ import annotations

import importlib.util
import sys

import pandas as pd
import pytest
from conftest import ROOT

TOOL = ROOT / "tools" / "evaluate_text_rules.py"


@pytest.fixture(scope="module")
def evaluation():
    spec = importlib.util.spec_from_file_location("evaluate_text_rules", TOOL)
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool  # its dataclasses look themselves up there
    spec.loader.exec_module(tool)
    results = tool.evaluate()
    return tool, results


def test_the_quoted_figures_are_those_of_the_current_rules(evaluation):
    tool, results = evaluation
    fresh = tool.figures_frame(results)
    written = pd.read_csv(tool.OUTPUT, dtype=str, keep_default_na=False)
    if not tool.real_available():  # the real sentences live outside the repository
        written = written[~written["set"].isin(tool.REAL_SETS)].reset_index(drop=True)
    assert written.equals(fresh), "rules changed: run `make evaluate` and commit the figures"


def test_people_counts_on_the_test_set(evaluation):
    figures = evaluation[1][("test", "participants")]
    assert figures["sentences"] >= 150
    assert figures["people_precision"] >= 0.95
    assert figures["people_recall"] >= 0.90
    assert figures["unit_f1"] >= 0.85


def test_nothing_that_is_not_a_count_is_read_as_people(evaluation):
    # list markers, names ("Covid 19", "4H"), years, phones, application numbers, …
    for kind in ("test", "dev", "dev_documents"):
        figures = evaluation[1][(kind, "participants")]
        assert figures["excluded_labelled"] > 0
        assert figures["excluded_read_as_people"] == 0, kind


def test_covid_categories_and_adaptations_on_the_test_set(evaluation):
    figures = evaluation[1][("test", "covid")]
    assert figures["sentences"] >= 150
    assert figures["micro_f1"] >= 0.90
    assert figures["adaptation_precision"] >= 0.90
