"""The evaluator's review from end to end: a worksheet of what awaits a decision, filled in and
merged back, applied by `analyysi run`, and a stale decision reported, never applied."""

from __future__ import annotations

import csv
import io
import shutil

import openpyxl
import pandas as pd
import pytest
from conftest import RAW, SEEDS

from analyysi.analyses.analyse import analyse
from analyysi.cli import main

S22106 = "001_bff608aa8b8d76fe.txt"
TEAMS = "Kahdeksan kokoontumista pidettiin kokonaan Teamsissä koronan vuoksi."


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    """The bundled documents parsed and analysed once, with a formula planted in an evidence
    sentence of S22106 (document text is untrusted)."""
    base = tmp_path_factory.mktemp("review")
    raw = base / "raw"
    raw.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, raw / seed.name)
    text = (raw / S22106).read_text(encoding="utf-8")
    assert TEAMS in text
    (raw / S22106).write_text(text.replace(TEAMS, "\n=" + TEAMS), encoding="utf-8")
    processed = base / "processed"
    assert main(["parse", "--raw", str(raw), "--out", str(processed)]) == 0
    analyse(processed)
    return processed


@pytest.fixture
def processed(parsed, tmp_path):
    copy = tmp_path / "processed"
    shutil.copytree(parsed, copy)
    return copy


def _rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_worksheet_lists_what_awaits_a_decision_with_its_evidence(processed, tmp_path, capsys):
    out = tmp_path / "sheet"
    assert main(["review", "--processed", str(processed), "--out", str(out)]) == 0
    assert "Waiting for a decision" in capsys.readouterr().out
    outcomes = {r["project_code"]: r for r in _rows(out / "participant_outcomes-worksheet.csv")}
    # only what was read and has a target; nothing decided yet
    assert set(outcomes) == {"S20573", "S22084", "S22106", "S22126"}
    s22106 = outcomes["S22106"]
    assert (s22106["decision"], s22106["realised_from_text"], s22106["status"]) == (
        "",
        "50",
        "not_met",
    )
    assert "50 Nuorten Ystävien asiakasta" in s22106["evidence"]
    assert s22106["previous_sentence"] and s22106["next_sentence"]
    assert s22106["fingerprint"]
    evidence = _rows(out / "covid_evidence-worksheet.csv")
    teams = [r for r in evidence if "Teamsissä" in r["sentence"]]
    assert len(teams) == 1
    # a formula in document text is text in the CSV and in the workbook
    assert teams[0]["sentence"].startswith("'=")
    book = openpyxl.load_workbook(out / "worksheet.xlsx")
    assert {"participant_outcomes", "covid_evidence"} <= set(book.sheetnames)
    cells = [c for row in book["covid_evidence"].iter_rows() for c in row]
    planted = [c for c in cells if isinstance(c.value, str) and "Teamsissä koronan" in c.value]
    assert planted and all(c.data_type == "s" for c in planted)


def _fill(path, decisions: dict[tuple[str, ...], tuple[str, str]], key, column: str) -> None:
    """Fill in a worksheet as an evaluator would: decision (and correction) by row key."""
    rows = _rows(path)
    for row in rows:
        decided = decisions.get(tuple(row[k] for k in key))
        if decided:
            row["decision"], row[column] = decided
            row["reviewer"] = "Evaluator"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_decisions_merged_back_change_the_tables(processed, tmp_path, capsys):
    review, out = tmp_path / "review", tmp_path / "sheet"
    assert main(["review", "--processed", str(processed), "--out", str(out)]) == 0
    outcomes_sheet = out / "participant_outcomes-worksheet.csv"
    _fill(
        outcomes_sheet,
        {("S22106",): ("accept", ""), ("S20573",): ("reject", ""), ("S22126",): ("correct", "120")},
        ("project_code",),
        "value",
    )
    evidence_sheet = out / "covid_evidence-worksheet.csv"
    evidence = _rows(evidence_sheet)
    teams = next(r for r in evidence if "Teamsissä" in r["sentence"])
    first_s22196 = next(r for r in evidence if r["project_code"] == "S22196")
    key = ("project_code", "sentence_index")
    _fill(
        evidence_sheet,
        {
            tuple(teams[k] for k in key): ("correct", "remote_delivery;substitution"),
            tuple(first_s22196[k] for k in key): ("reject", ""),
        },
        key,
        "categories",
    )
    merged = main(
        ["review", "--review", str(review), "--merge", str(outcomes_sheet), str(evidence_sheet)]
    )
    assert merged == 0, capsys.readouterr().err
    assert (review / "participant_outcomes.csv").is_file()

    analysed = analyse(processed, review=review)
    assert analysed.review_issues == []
    outcome = pd.read_csv(processed / "participant_outcomes.csv").set_index(
        ["project_code", "indicator"]
    )
    accepted = outcome.loc[("S22106", "persons")]
    assert (accepted["review_status"], accepted["realised_confirmed"]) == ("accepted", 50)
    assert accepted["status_confirmed"] == "not_met"
    assert outcome.loc[("S20573", "persons"), "review_status"] == "rejected"
    assert pd.isna(outcome.loc[("S20573", "persons"), "status_confirmed"])
    corrected = outcome.loc[("S22126", "persons")]
    assert (corrected["review_status"], corrected["realised_confirmed"]) == ("corrected", 120)
    assert corrected["status_confirmed"] == "not_met"  # 120 of 130
    assert outcome.loc[("S22084", "persons"), "review_status"] == "unconfirmed"

    evidence = pd.read_csv(processed / "covid_evidence.csv")
    row = evidence[evidence["sentence"].str.contains("Teamsissä", regex=False)].iloc[0]
    assert (row["review_status"], row["adaptations_confirmed"]) == (
        "corrected",
        "remote_delivery;substitution",
    )
    projects = pd.read_csv(processed / "covid_projects.csv").set_index("project_code")
    assert projects.loc["S22106", "evidence_confirmed"] == 1
    assert projects.loc["S22106", "evidence_unconfirmed"] == 1  # the other sentence waits
    assert projects.loc["S22196", "evidence_unconfirmed"] == 5  # one of six rejected


def test_a_bad_or_stale_review_row_is_reported_and_not_applied(processed, tmp_path):
    review = tmp_path / "review"
    review.mkdir()
    (review / "participant_outcomes.csv").write_text(
        "project_code,indicator,decision,value,reviewer,note,fingerprint\n"
        "S22106,persons,accept,,Evaluator,,000000000000\n"
        "S22084,persons,perhaps,,Evaluator,,\n"
        "S22126,persons,correct,,Evaluator,no value given,\n"
        "S20573,persons,accept,,Evaluator,,\n",
        encoding="utf-8",
    )
    analysed = analyse(processed, review=review)
    problems = {(i.line, i.problem.split(":")[0].split(" ")[0]) for i in analysed.review_issues}
    assert problems == {(2, "stale"), (3, "decision"), (4, "value")}
    issues = pd.read_csv(processed / "review_issues.csv")
    assert sorted(issues["line"]) == [2, 3, 4]
    outcome = pd.read_csv(processed / "participant_outcomes.csv").set_index(
        ["project_code", "indicator"]
    )
    assert outcome.loc[("S22106", "persons"), "review_status"] == "unconfirmed"
    assert outcome.loc[("S20573", "persons"), "review_status"] == "accepted"


def test_run_reports_a_stale_review_on_the_terminal_and_in_the_report(tmp_path, capsys):
    review = tmp_path / "review"
    review.mkdir()
    (review / "participant_outcomes.csv").write_text(
        "project_code,indicator,decision,value,reviewer,note,fingerprint\n"
        "S22106,persons,accept,,Evaluator,,000000000000\n"
        "S22106,enterprises,reject,,Evaluator,,\n",
        encoding="utf-8",
    )
    reports = tmp_path / "reports"
    code = main(
        [
            "run",
            "--raw",
            str(RAW),
            "--processed",
            str(tmp_path / "processed"),
            "--reports",
            str(reports),
            "--projects",
            "S22106",
            "--review",
            str(review),
            "--lang",
            "en",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Review decisions in" in captured.out and "applied: 1" in captured.out
    assert "1 review row(s) not applied" in captured.err
    assert "participant_outcomes.csv:2: S22106, persons: stale" in captured.err
    page = (reports / "02_participants.html").read_text(encoding="utf-8")
    assert "Review rows not applied" in page and "stale" in page
    assert "rejected" in page  # the enterprises row
    assert "Evaluator&#x27;s review decisions (1)" in page  # the file is in the provenance
