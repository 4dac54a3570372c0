"""Pages that differ from the five: an ERDF page with its own indicators, a co-implementer line
with an organisation type, an empty heading repeated, a running project without sections 5–9,
a page cut short. Each gives precise issues and every value that is there."""

from __future__ import annotations

import pytest
from conftest import seed_text

KUOPIO = "000_3ca5471cb25b77c0.txt"


def _erdf() -> str:
    text = seed_text(KUOPIO).replace("S22196", "A72213")
    text = text.replace(
        "Euroopan sosiaalirahaston (ESR) rahoittaman",
        "Euroopan aluekehitysrahaston (EAKR) rahoittaman",
    )
    start, end = text.index("7.1 Osallistuvien yritysten"), text.index("8 Horisontaaliset")
    indicators = (
        "7.1 Uusien yritysten lukumäärä\n\nSuunniteltu: 3\n\n"
        "7.3 Tutkimuslaitosten kanssa yhteistyötä tekevät yritykset\n\n"
        "Suunniteltu: 5\n\nToteutunut: 4\n\n"
    )
    text = text[:start] + indicators + text[end:]
    return text.replace(
        "Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija",
        "Hakijoiden lukumäärä tai tuen siirto -menettely: \n\nOsatoteuttajat\n\n"
        "Kuopion kaupunki, Kunta tai kuntayhtymä, 0171400-4\n\nOsatoteuttajat\n",
    )


@pytest.fixture
def erdf(parse, raw_dir):
    (raw_dir / "erdf.txt").write_text(_erdf(), encoding="utf-8")
    return parse(raw_dir)


def test_an_erdf_page_is_read_with_its_own_indicators(erdf):
    assert erdf.code == 0 and not erdf.issues("error")
    (project,) = erdf.table("projects")
    assert (project["project_code"], project["fund"]) == ("A72213", "EAKR")
    indicators = {r["indicator_label"]: r for r in erdf.table("indicators")}
    assert set(indicators) == {
        "Uusien yritysten lukumäärä",
        "Tutkimuslaitosten kanssa yhteistyötä tekevät yritykset",
    }
    assert all(r["indicator"] == "other" for r in indicators.values())
    research = indicators["Tutkimuslaitosten kanssa yhteistyötä tekevät yritykset"]
    assert (research["planned"], research["realised"]) == ("5", "4")
    messages = [r["message"] for r in erdf.issues("warning")]
    assert any("not on this EAKR page (an ESF indicator)" in m for m in messages)
    assert any(
        "is not one of the ESF indicators (7.1, 7.2): read with its label" in m for m in messages
    )


def test_a_co_implementer_with_an_organisation_type_and_a_repeated_empty_heading(erdf):
    (co,) = [r for r in erdf.table("organisations") if r["role"] == "co_implementer"]
    assert (co["name"], co["org_type"], co["business_id"]) == (
        "Kuopion kaupunki",
        "Kunta tai kuntayhtymä",
        "0171400-4",
    )
    assert any("'Osatoteuttajat' heading repeated" in r["message"] for r in erdf.issues("warning"))
    (applicant,) = [r for r in erdf.table("organisations") if r["role"] == "applicant"]
    assert applicant["org_type"] == "Muu järjestö tai yhdistys"


def test_a_running_project_without_sections_5_to_9(parse, raw_dir):
    text = seed_text(KUOPIO).replace("Toiminta päättynyt", "Toiminnassa")
    (raw_dir / "running.txt").write_text(text[: text.index("5 Projektin")], encoding="utf-8")
    run = parse(raw_dir)
    (project,) = run.table("projects")
    assert (project["status"], project["project_name"], project["has_final_report"]) == (
        "Toiminnassa",
        "Digituki arkeen Kuopio",
        "false",
    )
    missing = sorted(r["field"] for r in run.issues("error"))
    assert missing == [
        "section 5", "section 6", "section 7.1", "section 7.2", "section 8.1", "section 8.2",
    ]  # fmt: skip
    assert {r["section"] for r in run.table("texts")} == {
        "plan_summary", "target_groups_primary", "target_groups_indirect",
    }  # fmt: skip


def test_lines_under_a_parent_heading_are_never_dropped_silently(parse, raw_dir):
    text = seed_text(KUOPIO).replace(
        "4 Hankkeen kohderyhmät\n", "4 Hankkeen kohderyhmät\n\nTämä rivi ei kuulu minnekään.\n"
    )
    (raw_dir / "x.txt").write_text(text, encoding="utf-8")
    run = parse(raw_dir)
    assert any(
        r["field"] == "section 4" and "Tämä rivi ei kuulu minnekään." in r["message"]
        for r in run.issues("warning")
    )
