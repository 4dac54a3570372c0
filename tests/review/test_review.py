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
    # the last row is applied, and said to be unverified: it carries no fingerprint
    assert problems == {(2, "stale"), (3, "decision"), (4, "value"), (None, "unverified")}
    issues = pd.read_csv(processed / "review_issues.csv")
    assert sorted(issues["line"].dropna()) == [2, 3, 4]
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
    assert "1 review row not applied" in captured.err
    assert "participant_outcomes.csv:2: S22106, persons: stale" in captured.err
    page = (reports / "02_participants.html").read_text(encoding="utf-8")
    assert "Review rows not applied or not verified" in page and "stale" in page
    assert "rejected" in page  # the enterprises row
    assert "Review decision files (1)" in page  # the file is in the provenance


def test_merge_leaves_a_review_file_with_bad_rows_as_it_was(processed, tmp_path, capsys):
    review, out = tmp_path / "review", tmp_path / "sheet"
    review.mkdir()
    existing = (
        "project_code,indicator,decision,value,reviewer,note\n"
        "S22126,persons,acept,,Evaluator,a typo the evaluator must see\n"
    )
    (review / "participant_outcomes.csv").write_text(existing, encoding="utf-8")
    assert main(["review", "--processed", str(processed), "--out", str(out)]) == 0
    sheet = out / "participant_outcomes-worksheet.csv"
    _fill(sheet, {("S22106",): ("accept", "")}, ("project_code",), "value")
    capsys.readouterr()
    assert main(["review", "--review", str(review), "--merge", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "participant_outcomes.csv:2: S22126, persons: decision 'acept'" in err
    assert "nothing was merged into it" in err
    assert (review / "participant_outcomes.csv").read_text(encoding="utf-8") == existing


def test_a_worksheet_saved_by_finnish_excel_on_windows(processed, tmp_path, capsys):
    """Semicolons, Windows-1252 and a note full of commas: merged as written."""
    review, out = tmp_path / "review", tmp_path / "sheet"
    assert main(["review", "--processed", str(processed), "--out", str(out)]) == 0
    rows = _rows(out / "participant_outcomes-worksheet.csv")
    s22106 = next(r for r in rows if r["project_code"] == "S22106")
    s22106.update(decision="accept", reviewer="Päivi Mäkelä", note="asiakkaat, ei henkilöstö, ok")
    saved = io.StringIO()
    writer = csv.DictWriter(saved, fieldnames=list(s22106), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(s22106)
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes(saved.getvalue().encode("cp1252", errors="replace"))
    assert main(["review", "--review", str(review), "--merge", str(sheet)]) == 0, (
        capsys.readouterr().err
    )
    (merged,) = _rows(review / "participant_outcomes.csv")
    assert (merged["reviewer"], merged["note"]) == ("Päivi Mäkelä", "asiakkaat, ei henkilöstö, ok")
    assert merged["fingerprint"] == s22106["fingerprint"]


def test_a_comma_file_with_semicolons_in_a_note_is_read_as_commas(processed, tmp_path):
    review = tmp_path / "review"
    review.mkdir()
    (review / "participant_outcomes.csv").write_text(
        "project_code,indicator,decision,value,reviewer,note\n"
        "S22106,persons,accept,,Evaluator,clients; not staff; checked; twice; ok; ok; ok\n",
        encoding="utf-8",
    )
    analysed = analyse(processed, review=review)
    assert [i for i in analysed.review_issues if not i.is_applied] == []
    outcome = pd.read_csv(processed / "participant_outcomes.csv")
    row = outcome[(outcome["project_code"] == "S22106") & (outcome["indicator"] == "persons")]
    assert row["review_status"].item() == "accepted"


def test_fingerprints_do_not_depend_on_other_rows():
    from analyysi.analyses.participants import outcome_fingerprint

    row = {"planned": 70, "realised_reported": None, "realised_from_text": 50, "status": "not_met"}
    as_floats = {**row, "planned": 70.0, "realised_from_text": 50.0}
    assert outcome_fingerprint(row) == outcome_fingerprint(as_floats)


def test_an_accepted_adaptation_read_differently_now_is_stale(parsed):
    from analyysi.analyses import covid
    from analyysi.review.decisions import Reviews, read_rows

    evidence = pd.read_csv(parsed / "covid_evidence.csv")
    teams = evidence[evidence["sentence"].str.contains("Teamsissä", regex=False)].iloc[0]
    reviews = Reviews()
    read_rows(
        [
            (
                2,
                {
                    "project_code": "S22106",
                    "section": "final_report",
                    "sentence_index": str(teams["sentence_index"]),
                    "decision": "accept",
                    "categories": "",
                    "reviewer": "E",
                    "note": "",
                    "fingerprint": teams["fingerprint"],
                },
            )
        ],
        "review.csv",
        "covid_evidence",
        covid.CATEGORIES,
        reviews,
    )
    today = evidence.drop(columns=["review_status", "adaptations_confirmed"])
    confirmed, issues = covid.confirm(today, reviews)
    assert issues == []
    # the same sentence, read by changed rules: the reviewer never saw this reading
    changed = today.copy()
    at = changed.index[changed["fingerprint"] == teams["fingerprint"]]
    changed.loc[at, "adaptations"] = "remote_delivery;cancelled_or_blocked"
    changed.loc[at, "fingerprint"] = covid._fingerprint(
        teams["sentence"], "remote_delivery;cancelled_or_blocked"
    )
    confirmed, issues = covid.confirm(changed, reviews)
    assert [i.problem.split(":")[0] for i in issues] == ["stale"]
    assert confirmed.loc[at, "review_status"].item() == "unconfirmed"
