"""Participant claims against hand-labelled ones (tests/fixtures/participant_claims_gold.csv,
read from the five descriptions by hand), and targets against outcomes."""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from conftest import RAW, ROOT

from analyysi.analyses import participants
from analyysi.analyses.overview import load_tables
from analyysi.cli import main

GOLD = ROOT / "tests" / "fixtures" / "participant_claims_gold.csv"
PEOPLE = set(participants.PEOPLE_UNITS)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["parse", "--raw", str(RAW), "--out", str(out)]) == 0
    return load_tables(out)


@pytest.fixture(scope="module")
def claims(tables):
    return participants.extract_claims(tables["texts"])


def _gold() -> list[dict]:
    with open(GOLD, encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def _squash(text: str) -> str:
    return text.replace(" ", "").replace("\u00a0", "")


def _match(claims: pd.DataFrame, gold: dict) -> pd.Series | None:
    """The predicted claim at the hand-labelled place: same project and section, inside the
    labelled context, same number as written."""
    context = " ".join(gold["context"].split())
    mine = claims[
        (claims["project_code"] == gold["project_code"]) & (claims["section"] == gold["section"])
    ]
    for claim in mine.itertuples():
        at = claim.sentence.find(context)
        same = _squash(claim.number_text) == _squash(gold["number_text"]).removeprefix("n.")
        if at >= 0 and at <= claim.start < at + len(context) and same:
            return claims.loc[claim.Index]
    return None


def test_people_counts_precision_and_recall(claims):
    gold = _gold()
    assert len([g for g in gold if g["unit"] != "excluded"]) >= 60
    gold_people = [g for g in gold if g["unit"] in PEOPLE]
    matched = {}
    for g in gold_people:
        hit = _match(claims, g)
        if hit is not None and hit["unit"] in PEOPLE:
            matched[hit.name] = g
    predicted_people = claims[claims["unit"].isin(PEOPLE)]
    precision = len(matched) / len(predicted_people)
    recall = len(matched) / len(gold_people)
    print(
        f"\npeople counts: precision {precision:.3f} ({len(matched)}/{len(predicted_people)}), "
        f"recall {recall:.3f} ({len(matched)}/{len(gold_people)})"
    )
    assert precision >= 0.9 and recall >= 0.9


def test_all_quantities_and_exclusions(claims):
    gold = _gold()
    quantities = [g for g in gold if g["unit"] != "excluded"]
    found = [g for g in quantities if _match(claims, g) is not None]
    same_unit = [g for g in found if _match(claims, g)["unit"] == g["unit"]]
    leaked = [g for g in gold if g["unit"] == "excluded" and _match(claims, g) is not None]
    recall = len(found) / len(quantities)
    print(
        f"\nall quantities: recall {recall:.3f} ({len(found)}/{len(quantities)}); unit agrees "
        f"{len(same_unit)}/{len(found)}; excluded numbers extracted {len(leaked)}/"
        f"{len(gold) - len(quantities)}"
    )
    assert recall >= 0.9
    assert leaked == []  # dates, years, euros, phones, section numbers, scales, names


def test_ranges_fractions_words_and_qualifiers(claims):
    def one(code, context, number_text):
        hit = _match(
            claims,
            {
                "project_code": code,
                "section": section_of(code, context),
                "context": context,
                "number_text": number_text,
            },
        )
        assert hit is not None, context
        return hit

    def section_of(code, context):
        return next(
            g["section"] for g in _gold() if g["project_code"] == code and g["context"] == context
        )

    r = one("S22106", "Ystävien toiminnoissa on n.200-250 henkilöä", "200-250")
    assert (r["low"], r["high"], r["qualifier"], r["unit"], r["stage"]) == (
        200,
        250,
        "noin",
        "persons",
        "target",
    )
    k = one("S22106", "heistä vähintään kolmannes osallistuu digivalmennukseen", "kolmannes")
    assert (round(k["value"], 3), k["qualifier"], k["unit"]) == (0.333, "vähintään", "participants")
    f = one("S22106", "osallistujista 1/5 on Lapin alueelta", "1/5")
    assert (f["value"], f["unit"]) == (0.2, "participants")
    w = one("S22106", "osa-aikaisesti kaksi hanketyöntekijää", "kaksi")
    assert (w["value"], w["unit"], w["stage"]) == (2, "employees", "outcome")
    t = one("S20573", "vuoden lopussa 7 430 vieraskielistä", "7 430")
    assert t["value"] == 7430


def test_outcomes_from_indicators_and_text(tables, claims):
    outcome = participants.outcomes(tables["indicators"], claims, tables["texts"]).set_index(
        ["project_code", "indicator"]
    )
    s22106 = outcome.loc[("S22106", "persons")]
    assert (s22106["planned"], s22106["realised_from_text"], s22106["source"]) == (
        70,
        69,
        "text_total",
    )
    assert s22106["achievement"] == round(69 / 70, 4) and s22106["status"] == "not_met"
    assert "yhteensä 69 hankkeeseen kirjatusta" in s22106["evidence"]
    gloria = outcome.loc[("S20573", "persons")]
    assert (gloria["realised_from_text"], gloria["status"]) == (159, "exceeded")
    # official and text figures stay apart: the monitoring count is empty, not 159
    assert pd.isna(gloria["realised_reported"])
    assert outcome.loc[("S22196", "persons"), "status"] == "no_target"  # planned 0
    assert outcome.loc[("S22084", "persons"), "status"] == "not_reported"
    assert pd.isna(outcome.loc[("S22084", "persons"), "evidence"])  # no evidence, no number
    enterprises = outcome.loc[("S22106", "enterprises")]
    assert (enterprises["realised_reported"], enterprises["status"]) == (1, "no_target")


def test_qualitative_statement_counts_with_its_sentence():
    texts = pd.DataFrame(
        {
            "project_code": ["X1"],
            "section": ["final_report"],
            "text": [
                "Hanke onnistui hyvin. Hanke ylitti sille asetetut määrälliset tavoitteet osallistuvien henkilöiden osalta."
            ],
        }
    )
    indicators = pd.DataFrame(
        {"project_code": ["X1"], "indicator": ["persons"], "planned": [40], "realised": [pd.NA]}
    )
    claims = participants.extract_claims(texts)
    (row,) = participants.outcomes(indicators, claims, texts).to_dict("records")
    assert (row["status"], row["source"], row["realised_from_text"]) == (
        "exceeded",
        "text_qualitative",
        None,
    )
    assert row["evidence"].startswith("Hanke ylitti")
    assert row["achievement"] is None


def test_regional_distribution(tables, claims):
    regions = participants.regional_distribution(claims, tables["areas"]).set_index("region")
    assert regions.loc["Pohjois-Pohjanmaa", "planned_share"] == 0.6
    assert regions.loc["Pohjois-Pohjanmaa", "realised_count"] == 65
    assert (regions.loc["Lappi", "realised_count"], regions.loc["Kainuu", "realised_count"]) == (
        3,
        1,
    )


def test_cost_per_participant(tables, claims):
    from analyysi.analyses import funding

    outcome = participants.outcomes(tables["indicators"], claims, tables["texts"])
    realisation = funding.project_realisation(tables["projects"], tables["funding"])
    cost = participants.cost_per_participant(outcome, realisation).set_index("project_code")
    assert cost.loc["S22106", "cost_per_participant_eur"] == round(74319 / 69)
    assert "S22084" not in cost.index  # no realised count: no cost


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Osallistujien määrän tavoitetta ei täysin saavutettu.", "not_met"),
        ("Hankkeen osallistujatavoite jäi saavuttamatta.", "not_met"),
        ("Osallistujamäärä ei ylittänyt asetettua tavoitetta.", "not_met"),
        ("Henkilötavoitteet ylitettiin selvästi.", "exceeded"),
    ],
)
def test_qualitative_statements_either_way(sentence, status):
    texts = pd.DataFrame({"project_code": ["X1"], "section": ["final_report"], "text": [sentence]})
    indicators = pd.DataFrame(
        {"project_code": ["X1"], "indicator": ["persons"], "planned": [40], "realised": [pd.NA]}
    )
    (row,) = participants.outcomes(indicators, participants.extract_claims(texts), texts).to_dict(
        "records"
    )
    assert row["status"] == status


def test_a_restated_target_or_staff_is_no_result():
    texts = pd.DataFrame(
        {
            "project_code": ["X1"],
            "section": ["final_report"],
            "text": [
                "Tavoitteena oli tavoittaa yhteensä 500 henkilöä. Hankkeessa työskenteli yhteensä 3 työntekijää."
            ],
        }
    )
    indicators = pd.DataFrame(
        {"project_code": ["X1"], "indicator": ["persons"], "planned": [200], "realised": [pd.NA]}
    )
    (row,) = participants.outcomes(indicators, participants.extract_claims(texts), texts).to_dict(
        "records"
    )
    assert (row["realised_from_text"], row["status"]) == (None, "not_reported")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kohderyhmänä ovat 15–29-vuotiaat nuoret.", []),
        ("Vuosina 2018–2020 osallistujia oli paljon.", []),
        ("Budjetti oli 50 000 EUR ja osallistujia 40.", [("40", "participants")]),
        ("Keskiarvo oli 4,5 asteikolla 1–5.", [("4,5", "other")]),
        ("Pidettiin 30 henkilökohtaista ohjauskeskustelua.", [("30", "other")]),
        (
            "Mukana oli kaksikymmentä osallistujaa ja viisitoista vapaaehtoista.",
            [("kaksikymmentä", "participants"), ("viisitoista", "volunteers")],
        ),
    ],
)
def test_numbers_in_new_sentences(sentence, expected):
    texts = pd.DataFrame({"project_code": ["X1"], "section": ["final_report"], "text": [sentence]})
    claims = participants.extract_claims(texts)
    assert list(zip(claims["number_text"], claims["unit"], strict=True)) == expected
