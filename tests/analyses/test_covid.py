"""COVID-era adaptations: the timeline by hand, Finnish forms, negation, and the categories
against hand-labelled sentences (tests/fixtures/covid_sentences_gold.csv)."""

from __future__ import annotations

import csv
import fnmatch

import pandas as pd
import pytest
from conftest import RAW, ROOT

from analyysi.analyses import covid
from analyysi.analyses.overview import load_tables
from analyysi.cli import main
from analyysi.text.sentences import split_sentences

GOLD = ROOT / "tests" / "fixtures" / "covid_sentences_gold.csv"
GATED = ("pandemic_context", "remote_delivery", "cancelled_or_blocked")


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["parse", "--raw", str(RAW), "--out", str(out)]) == 0
    return load_tables(out)


@pytest.fixture(scope="module")
def lexicon():
    return covid.load_lexicon()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_categories_against_hand_labels(tables, lexicon):
    texts = {(r.project_code, r.section): r.text for r in tables["texts"].itertuples()}
    with open(GOLD, encoding="utf-8") as stream:
        gold = list(csv.DictReader(stream))
    assert len(gold) >= 80
    counts = {c: [0, 0, 0] for c in covid.CATEGORIES}  # tp, fp, fn
    for row in gold:
        start = _one_line(row["sentence_start"])
        sentence = next(
            _one_line(s.text)
            for s in split_sentences(texts[(row["project_code"], row["section"])])
            if _one_line(s.text).lstrip("*0123456789. ").startswith(start)
            or _one_line(s.text).startswith(start)
        )
        got = set(covid.classify(sentence, lexicon).categories)
        want = set(filter(None, row["categories"].split(";")))
        for category in covid.CATEGORIES:
            counts[category][0] += category in got and category in want
            counts[category][1] += category in got and category not in want
            counts[category][2] += category in want and category not in got
    print()
    scores = {}
    for category, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        scores[category] = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
        print(
            f"{category:24} precision {precision:.2f} recall {recall:.2f} F1 {scores[category]:.2f} "
            f"(tp {tp}, fp {fp}, fn {fn})"
        )
    for category in GATED:
        assert scores[category] >= 0.85, category


@pytest.mark.parametrize(
    ("word", "category"),
    [
        ("koronan", "pandemic_context"),
        ("koronakriisin", "pandemic_context"),
        ("korona-aikana", "pandemic_context"),
        ("poikkeustilanteen", "pandemic_context"),
        ("etänä", "remote_delivery"),
        ("etäyhteysalustoja", "remote_delivery"),
        ("webinaareja", "remote_delivery"),
        ("Teamsissä", "remote_delivery"),
        ("Skypen", "remote_delivery"),
    ],
)
def test_inflected_and_compound_forms(lexicon, word, category):
    assert category in covid.classify(f"Hanke toimi {word} tänä vuonna.", lexicon).categories


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Koulutuksia ei voitu järjestää kasvokkain.", True),
        ("Emme saaneet lupaa järjestää neuvontaa.", True),
        ("Koulutukset voitiin järjestää kasvokkain.", False),
        ("Ei ole tarkoitus, että palvelut keskeytyisivät; toiminta on voitu toteuttaa.", False),
    ],
)
def test_negation(lexicon, sentence, negated):
    result = covid.classify(sentence, lexicon)
    assert result.is_negated is negated
    assert ("cancelled_or_blocked" in result.categories) is negated


def test_exposure_by_hand(tables):
    table = covid.exposure(tables["projects"], covid.load_timeline()).set_index("project_code")
    s22196 = table.loc["S22196"]  # 1.9.2020–31.8.2021, 365 days
    assert s22196["era"] == "covid_born"
    assert s22196["emergency_overlap_days"] == 31 + 27  # 1.3.–27.4.2021
    assert s22196["restriction_share"] == round((365 - 44) / 365, 4)  # free only 1.9.–14.10.2020
    s22084 = table.loc["S22084"]  # 1.5.2020–28.2.2021, 304 days
    assert s22084["emergency_overlap_days"] == 31 + 16  # 1.5.–16.6.2020
    assert s22084["restriction_share"] == round((47 + 137) / 304, 4)
    control = table.loc["S20573"]
    assert (control["era"], control["emergency_overlap_days"], control["restriction_share"]) == (
        "pre_covid",
        0,
        0.0,
    )


def test_adaptations_need_a_covid_context(tables, lexicon):
    evidence = covid.sentence_evidence(tables["texts"], lexicon)
    summary = covid.project_summary(
        tables["projects"], tables["texts"], evidence, covid.load_timeline()
    )
    summary = summary.set_index("project_code")
    # the 2016 control tried remote advice (Skype) and failed to spread it: no pandemic, no adaptation
    assert summary.loc["S20573", "remote_share_final"] > 0
    assert (
        pd.isna(summary.loc["S20573", "adaptations"])
        and summary.loc["S20573", "evidence_count"] == 0
    )
    s22196 = summary.loc["S22196"].adaptations.split(";")
    assert {"remote_delivery", "cancelled_or_blocked", "substitution"} <= set(s22196)
    kela = evidence[
        evidence["sentence"].str.startswith("Kelan linjauksen mukaan emme saaneet lupaa")
    ]
    assert kela["is_negated"].tolist() == [True]


def test_reference_files_are_complete():
    timeline = covid.load_timeline()
    assert timeline["source_url"].str.startswith("https://").all()
    kinds = set(timeline["kind"])
    assert {
        "state_of_emergency",
        "restriction",
        "recommendation",
        "funding_call",
        "milestone",
    } <= kinds
    with open(covid.LEXICON, encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:  # each pattern's own example must be matched by it
        words = [w.lower() for w in row["example"].replace(";", " ").replace("-", " ").split()]
        first = row["pattern"].lower().split()[0]
        assert (
            any(fnmatch.fnmatchcase(w, first) for w in words) or first in row["example"].lower()
        ), row


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Koulutuksia ei peruttu.", ()),
        ("Tapahtumat jouduttiin perumaan.", ("cancelled_or_blocked",)),
        ("Toimintaa ei jouduttu keskeyttämään.", ()),
        ("Lähiopetus korvattiin verkko-opetuksella.", ("remote_delivery", "substitution")),
        ("Tuemme kriisiin joutuneita perheitä.", ()),
        ("Etäisten kylien asukkaat osallistuivat.", ()),
        ("Hankkeen päätyttyä toiminta jatkuu.", ()),
    ],
)
def test_realistic_sentences_beyond_the_seeds(lexicon, sentence, expected):
    assert covid.classify(sentence, lexicon).categories == expected
