"""Measure the text rules (numbers and what they count, COVID categories and adaptations)
against hand-labelled sentences, and write the figures the reports quote.

    python tools/evaluate_text_rules.py            # print the figures
    python tools/evaluate_text_rules.py --write    # also write data/reference/text_rules_evaluation.csv

Two sets, kept apart:
- development (``tests/fixtures/``): labels of the five bundled documents and sentences written
  while the rules were written; the rules were tuned on them (in-sample figures);
- test (``tests/testset/``): sentences written by a helper who had not seen the rules, before
  they were changed; never tuned on. These are the figures to quote.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
TESTSET = ROOT / "tests" / "testset"
OUTPUT = ROOT / "data" / "reference" / "text_rules_evaluation.csv"
PEOPLE = {"persons", "participants", "clients", "employees", "volunteers"}
SECTIONS = {"plan": "plan_summary", "target_groups": "target_groups_primary"}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _squash(text: str) -> str:
    """A number as written, without spaces or a case ending after a colon ("300:aan")."""
    return "".join(text.split()).split(":")[0]


# --- participants ---------------------------------------------------------------------------


@dataclass
class Match:
    gold: dict
    predicted: dict | None


def _claims_for_sentences(rows: list[dict]) -> pd.DataFrame:
    """Run the claim reader with each labelled sentence as a text of its own."""
    from analyysi.analyses import participants

    sentences = {}
    for row in rows:
        section = "final_report" if row["section"] == "final_report" else "plan_summary"
        sentences[row["sentence_id"]] = (section, row["sentence"])
    texts = pd.DataFrame(
        [
            {"project_code": sid, "section": section, "text": sentence}
            for sid, (section, sentence) in sentences.items()
        ]
    )
    return participants.extract_claims(texts)


def _match_sentence_numbers(rows: list[dict], claims: pd.DataFrame) -> list[Match]:
    """Each labelled number with the claim read at its place (same number text, same
    occurrence in the sentence)."""
    by_sentence = {sid: group for sid, group in claims.groupby("project_code")}
    matches = []
    for row in rows:
        if not row["number_text"]:
            continue
        mine = by_sentence.get(row["sentence_id"])
        found = None
        if mine is not None:
            wanted = _squash(row["number_text"])
            same = [c for c in mine.to_dict("records") if _squash(c["number_text"]) == wanted]
            occurrence = int(row.get("occurrence") or 1)
            if len(same) >= occurrence:
                found = sorted(same, key=lambda c: c["start"])[occurrence - 1]
        matches.append(Match(row, found))
    return matches


def participant_figures(matches: list[Match], claims: pd.DataFrame, counted: int) -> dict:
    """People counts precision/recall, quantities with the right unit (P/R/F1), what a people
    count counts (accuracy), and non-counts read as people."""
    gold_people = [m for m in matches if m.gold["unit"] in PEOPLE]
    found_people = [m for m in gold_people if m.predicted and m.predicted["unit"] in PEOPLE]
    predicted_people = int(claims["unit"].isin(PEOPLE).sum())
    quantities = [m for m in matches if m.gold["unit"] != "excluded"]
    right_unit = [m for m in quantities if m.predicted and m.predicted["unit"] == m.gold["unit"]]
    predicted_quantities = len(claims)
    leaks = [m for m in matches if m.gold["unit"] == "excluded" and m.predicted is not None]
    leaks_people = [m for m in leaks if m.predicted["unit"] in PEOPLE]
    with_counts = [m for m in found_people if m.gold.get("counts")]
    counts_right = [
        m
        for m in with_counts
        if "counts" in m.predicted and m.predicted["counts"] == m.gold["counts"]
    ]
    stage_known = [m for m in found_people if m.gold.get("stage")]
    stage_right = [m for m in stage_known if m.predicted["stage"] == m.gold["stage"]]
    p = len(right_unit) / predicted_quantities if predicted_quantities else 0.0
    r = len(right_unit) / len(quantities) if quantities else 0.0
    return {
        "sentences": counted,
        "labelled_numbers": len(matches),
        "people_precision": len(found_people) / predicted_people if predicted_people else 0.0,
        "people_recall": len(found_people) / len(gold_people) if gold_people else 0.0,
        "people_labelled": len(gold_people),
        "people_predicted": predicted_people,
        "unit_precision": p,
        "unit_recall": r,
        "unit_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "excluded_labelled": len(matches) - len(quantities),
        "excluded_read_as_amount": len(leaks),
        "excluded_read_as_people": len(leaks_people),
        "counts_accuracy": len(counts_right) / len(with_counts) if with_counts else None,
        "stage_accuracy": len(stage_right) / len(stage_known) if stage_known else None,
    }


def evaluate_participant_test() -> tuple[dict, list[Match]]:
    rows = _rows(TESTSET / "participant_numbers.csv")
    claims = _claims_for_sentences(rows)
    matches = _match_sentence_numbers(rows, claims)
    sentences = len({r["sentence_id"] for r in rows})
    return participant_figures(matches, claims, sentences), matches


def evaluate_participant_sentences_dev() -> tuple[dict, list[Match]]:
    rows = _rows(FIXTURES / "participant_sentences_dev.csv")
    claims = _claims_for_sentences(rows)
    matches = _match_sentence_numbers(rows, claims)
    return participant_figures(matches, claims, len({r["sentence_id"] for r in rows})), matches


def _bundled_tables() -> dict[str, pd.DataFrame]:
    from analyysi.analyses.overview import load_tables
    from analyysi.cli import main

    out = Path(tempfile.mkdtemp(prefix="analyysi-eval-"))
    code = main(["parse", "--raw", str(ROOT / "data" / "raw"), "--out", str(out)])
    if code != 0:
        raise SystemExit("the bundled documents did not parse")
    return load_tables(out)


def evaluate_participant_documents_dev(tables: dict[str, pd.DataFrame]) -> dict:
    """The hand labels of the five bundled documents (tests/fixtures/participant_claims_gold.csv),
    matched by their context."""
    from analyysi.analyses import participants

    claims = participants.extract_claims(tables["texts"])
    matches = []
    for gold in _rows(FIXTURES / "participant_claims_gold.csv"):
        context = " ".join(gold["context"].split())
        mine = claims[
            (claims["project_code"] == gold["project_code"])
            & (claims["section"] == gold["section"])
        ]
        found = None
        for claim in mine.to_dict("records"):
            at = claim["sentence"].find(context)
            same = _squash(claim["number_text"]) == _squash(gold["number_text"]).removeprefix("n.")
            if at >= 0 and at <= claim["start"] < at + len(context) and same:
                found = claim
                break
        matches.append(Match(gold, found))
    return participant_figures(matches, claims, len(tables["texts"]))


def evaluate_outcome_cases(path: Path) -> tuple[dict, list[tuple[dict, dict]]]:
    """Short final reports with a participant target: the realised participants read and the
    status, against an evaluator's reading."""
    from analyysi.analyses import participants

    cases = _rows(path)
    texts = pd.DataFrame(
        [
            {"project_code": c["case_id"], "section": "final_report", "text": c["final_report"]}
            for c in cases
        ]
    )
    indicators = pd.DataFrame(
        [
            {
                "project_code": c["case_id"],
                "indicator": "persons",
                "planned": int(c["planned_persons"]),
                "realised": None,
            }
            for c in cases
        ]
    )
    claims = participants.extract_claims(texts)
    found = participants.outcomes(indicators, claims, texts).set_index("project_code")
    pairs = []
    right_status = right_value = 0
    for case in cases:
        row = found.loc[case["case_id"]].to_dict()
        value = row["realised_from_text"]
        value = None if value is None or pd.isna(value) else int(value)
        expected = int(case["realised_participants"]) if case["realised_participants"] else None
        right_value += value == expected
        right_status += row["status"] == case["status"]
        pairs.append((case, row))
    return {
        "cases": len(cases),
        "status_accuracy": right_status / len(cases),
        "realised_accuracy": right_value / len(cases),
    }, pairs


# --- COVID --------------------------------------------------------------------------------


def _covid_tables(rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Passages as texts (sentences joined by a space) and projects with their periods."""
    texts, projects, sentences = {}, {}, {}
    for row in rows:
        pid = row["passage_id"]
        section = SECTIONS.get(row["section"], row["section"])
        texts.setdefault((pid, section), []).append(row["sentence"])
        projects[pid] = (row["planned_start"], row["planned_end"])
        sentences[(pid, section, int(row["sentence_no"]) - 1)] = row
    text_frame = pd.DataFrame(
        [
            {"project_code": pid, "section": section, "text": " ".join(parts)}
            for (pid, section), parts in texts.items()
        ]
    )
    project_frame = pd.DataFrame(
        [
            {
                "project_code": pid,
                "planned_start": pd.Timestamp(start),
                "planned_end": pd.Timestamp(end),
            }
            for pid, (start, end) in projects.items()
        ]
    )
    return text_frame, project_frame, sentences


def covid_readings(texts: pd.DataFrame, projects: pd.DataFrame) -> pd.DataFrame:
    """covid_evidence as the analysis stage writes it (categories and adaptations)."""
    from analyysi.analyses import covid

    lexicon = covid.load_lexicon()
    evidence = covid.sentence_evidence(texts, lexicon)
    eras = covid.exposure(projects, covid.load_timeline()).set_index("project_code")["era"]
    return covid.adaptations(evidence, eras)


def covid_figures(gold: dict, evidence: pd.DataFrame) -> dict:
    from analyysi.analyses import covid

    predicted = {
        (r.project_code, r.section, r.sentence_index): r for r in evidence.itertuples(index=False)
    }
    tp, fp, fn = Counter(), Counter(), Counter()
    adapt = Counter()
    for key, row in gold.items():
        truth = set(filter(None, row["categories"].split(";")))
        hit = predicted.get(key)
        said = set(filter(None, hit.categories.split(";"))) if hit is not None else set()
        for category in covid.CATEGORIES:
            if category in truth and category in said:
                tp[category] += 1
            elif category in said:
                fp[category] += 1
            elif category in truth:
                fn[category] += 1
        is_true = row["is_adaptation"] == "true"
        said_adapt = bool(hit is not None and isinstance(hit.adaptations, str) and hit.adaptations)
        adapt[(is_true, said_adapt)] += 1
    extra = [k for k in predicted if k not in gold]
    figures: dict = {"sentences": len(gold), "unlabelled_predictions": len(extra)}
    for category in covid.CATEGORIES:
        p = tp[category] / (tp[category] + fp[category]) if tp[category] + fp[category] else 0.0
        r = tp[category] / (tp[category] + fn[category]) if tp[category] + fn[category] else 0.0
        figures[f"f1_{category}"] = 2 * p * r / (p + r) if p + r else 0.0
        figures[f"recall_{category}"] = r
    p = sum(tp.values()) / (sum(tp.values()) + sum(fp.values())) if tp or fp else 0.0
    r = sum(tp.values()) / (sum(tp.values()) + sum(fn.values())) if tp or fn else 0.0
    figures["micro_precision"], figures["micro_recall"] = p, r
    figures["micro_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    said_true = adapt[(True, True)] + adapt[(False, True)]
    figures["adaptation_precision"] = adapt[(True, True)] / said_true if said_true else 0.0
    truly = adapt[(True, True)] + adapt[(True, False)]
    figures["adaptation_recall"] = adapt[(True, True)] / truly if truly else 0.0
    figures["adaptations_labelled"] = truly
    figures["adaptations_predicted"] = said_true
    return figures


def evaluate_covid_test() -> dict:
    texts, projects, gold = _covid_tables(_rows(TESTSET / "covid_sentences.csv"))
    return covid_figures(gold, covid_readings(texts, projects))


def evaluate_covid_sentences_dev() -> dict:
    """Both development sets of COVID sentences together."""
    rows = [
        *_rows(FIXTURES / "covid_sentences_dev.csv"),
        *_rows(FIXTURES / "covid_sentences_dev2.csv"),
    ]
    texts, projects, gold = _covid_tables(rows)
    return covid_figures(gold, covid_readings(texts, projects))


def evaluate(only: str | None = None) -> dict[tuple[str, str], dict]:
    """Figures per (set, task); ``only`` is "test" or "dev" for one set."""
    results = {}
    if only != "dev":
        results[("test", "participants")] = evaluate_participant_test()[0]
        results[("test", "covid")] = evaluate_covid_test()
        results[("test", "outcomes")] = evaluate_outcome_cases(
            TESTSET / "participant_outcome_cases.csv"
        )[0]
    if only != "test":
        if (FIXTURES / "participant_sentences_dev.csv").exists():
            results[("dev", "participants")] = evaluate_participant_sentences_dev()[0]
        if (FIXTURES / "participant_outcome_cases_dev.csv").exists():
            results[("dev", "outcomes")] = evaluate_outcome_cases(
                FIXTURES / "participant_outcome_cases_dev.csv"
            )[0]
        if (FIXTURES / "covid_sentences_dev.csv").exists():
            results[("dev", "covid")] = evaluate_covid_sentences_dev()
        results[("dev_documents", "participants")] = evaluate_participant_documents_dev(
            _bundled_tables()
        )
    return results


def figures_frame(results: dict[tuple[str, str], dict]) -> pd.DataFrame:
    """The rows of ``text_rules_evaluation.csv``: counts as integers, shares to 4 decimals."""
    return pd.DataFrame(
        [
            {
                "set": kind,
                "task": task,
                "measure": name,
                "value": f"{value:.4f}" if isinstance(value, float) else str(value),
            }
            for (kind, task), figures in results.items()
            for name, value in figures.items()
        ],
        columns=["set", "task", "measure", "value"],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    parser.add_argument("--only", choices=("test", "dev"), help="one set only")
    args = parser.parse_args()
    results = evaluate(args.only)
    for (kind, task), figures in results.items():
        print(f"== {kind} · {task}")
        for name, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            print(f"  {name:<28} {shown}")
    if args.write:
        if args.only:
            parser.error("--write needs both sets")
        figures_frame(results).to_csv(OUTPUT, index=False, lineterminator="\n")
        print(f"wrote {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
