"""Measure the text rules (numbers and what they count, COVID categories and adaptations)
against hand-labelled sentences, and write the figures the reports quote.

    python tools/evaluate_text_rules.py            # print the figures
    python tools/evaluate_text_rules.py --write    # also write data/reference/text_rules_evaluation.csv

Two sets, kept apart:
- development (``tests/fixtures/``): labels of the five bundled documents and sentences written
  while the rules were written; the rules were tuned on them (in-sample figures);
- test (``tests/testset/``): sentences written by a helper who had not seen the rules, before
  they were changed; never tuned on. These are the figures to quote.

and, when they are at hand (``../shared/data/real-sentences/`` beside the project, or the folder
named by ``ANALYYSI_REAL_SENTENCES``; they are never copied into the repository), real sentences
copied from public project and association pages, split by page into two parts kept apart:
- ``real_dev`` (``claims_dev.csv``, ``covid_dev.csv``): the rules may be tuned on them;
- ``real_test`` (``claims_test.csv``, ``covid_test.csv``): never tuned on; only their figures
  are looked at.
"""

from __future__ import annotations

import argparse
import csv
import os
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
REAL = Path(
    os.environ.get("ANALYYSI_REAL_SENTENCES", ROOT.parent / "shared" / "data" / "real-sentences")
)
REAL_SETS = ("real_dev", "real_test")
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


# --- real sentences -------------------------------------------------------------------------


def real_available() -> bool:
    return all(
        (REAL / f"{kind}_{part}.csv").exists()
        for kind in ("claims", "covid")
        for part in ("dev", "test")
    )


def _real_value(text: str) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) of a labelled value: "1200", "0.5" or a range "15-20"."""
    low, dash, high = text.partition("-")
    if dash and low:
        return None, float(low), float(high)
    return float(text), None, None


def _real_gold(row: dict) -> list[tuple[tuple, set[str]]]:
    """The quantities a reader counts in a sentence: ((value, low, high), allowed units)."""
    gold = []
    for item in filter(None, (part.strip() for part in row["expected"].split(";"))):
        value, _, units = item.rpartition(":")
        gold.append((_real_value(value), set(units.split("|"))))
    return gold


def _same_value(claim: dict, value: tuple) -> bool:
    wanted, low, high = value
    if wanted is None:
        return claim["low"] == low and claim["high"] == high
    got = claim["value"]
    return got is not None and not pd.isna(got) and abs(float(got) - wanted) < 1e-6


def real_claim_matches(rows: list[dict]) -> tuple[list[tuple[set[str], dict | None]], list[dict]]:
    """Each labelled quantity with the claim read for it (same value; a claim with an allowed
    unit is preferred), and the claims of the sentences."""
    texts = pd.DataFrame(
        [{"project_code": r["id"], "section": "final_report", "text": r["sentence"]} for r in rows]
    )
    claims = _claims_for_texts(texts).to_dict("records")
    by_sentence: dict[str, list[dict]] = {}
    for claim in claims:
        by_sentence.setdefault(claim["project_code"], []).append(claim)
    matches = []
    for row in rows:
        free = list(by_sentence.get(row["id"], []))
        gold = _real_gold(row)
        # first the quantities whose unit is right, then the rest by value alone
        pending = []
        for value, units in gold:
            hit = next((c for c in free if _same_value(c, value) and c["unit"] in units), None)
            if hit is None:
                pending.append((value, units))
                continue
            free.remove(hit)
            matches.append((units, hit))
        for value, units in pending:
            hit = next((c for c in free if _same_value(c, value)), None)
            if hit is not None:
                free.remove(hit)
            matches.append((units, hit))
    return matches, claims


def _claims_for_texts(texts: pd.DataFrame) -> pd.DataFrame:
    from analyysi.analyses import participants

    return participants.extract_claims(texts)


def real_participant_figures(rows: list[dict]) -> dict:
    """People counts and quantities with the right unit on real sentences. A quantity labelled
    with two units ("persons|other") is right in either; it is a people count missed only when
    it is read neither as people nor as its other unit."""
    matches, claims = real_claim_matches(rows)
    matched_ids = {id(c) for _, c in matches if c is not None}
    people_gold = [(u, c) for u, c in matches if u & PEOPLE]
    found_people = [(u, c) for u, c in people_gold if c is not None and c["unit"] in PEOPLE]
    excused = [(u, c) for u, c in people_gold if c is not None and c["unit"] in u - PEOPLE]
    predicted_people = [c for c in claims if c["unit"] in PEOPLE]
    right_people = [c for u, c in found_people]
    right_unit = [c for u, c in matches if c is not None and c["unit"] in u]
    p = len(right_unit) / len(claims) if claims else 0.0
    r = len(right_unit) / len(matches) if matches else 0.0
    spurious = [c for c in claims if id(c) not in matched_ids]
    return {
        "sentences": len(rows),
        "labelled_numbers": len(matches),
        "people_precision": len(right_people) / len(predicted_people) if predicted_people else 0.0,
        "people_recall": len(found_people) / (len(people_gold) - len(excused))
        if len(people_gold) > len(excused)
        else 0.0,
        "people_labelled": len(people_gold) - len(excused),
        "people_predicted": len(predicted_people),
        "unit_precision": p,
        "unit_recall": r,
        "unit_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "read_but_not_labelled": len(spurious),
        "not_labelled_read_as_people": sum(c["unit"] in PEOPLE for c in spurious),
    }


def real_covid_figures(rows: list[dict]) -> dict:
    """COVID categories and adaptations on real sentences, each read alone as a final-report
    sentence of a project running through the pandemic (2019–2023), so that a change dated
    within 2020–2022 can be an adaptation. An adaptation left unjudged (empty: it depends on
    context outside the sentence) counts in neither direction."""
    texts = pd.DataFrame(
        [{"project_code": r["id"], "section": "final_report", "text": r["sentence"]} for r in rows]
    )
    projects = pd.DataFrame(
        [
            {
                "project_code": r["id"],
                "planned_start": pd.Timestamp("2019-01-01"),
                "planned_end": pd.Timestamp("2023-12-31"),
            }
            for r in rows
        ]
    )
    evidence = covid_readings(texts, projects)
    gold = {}
    for row in rows:
        judged = {"yes": "true", "no": "false"}.get(row["adaptation"].strip())
        gold[(row["id"], "final_report", 0)] = {
            "categories": row["categories"],
            "is_adaptation": judged or "",
        }
    # every sentence is one text; a sentence split in two keeps its readings together
    merged: dict = {}
    for r in evidence.itertuples(index=False):
        key = (r.project_code, r.section, 0)
        cats = set(filter(None, (merged.get(key, {}).get("categories") or "").split(";")))
        cats |= set(filter(None, r.categories.split(";")))
        adapt = merged.get(key, {}).get("adaptations") or ""
        if isinstance(r.adaptations, str) and r.adaptations:
            adapt = r.adaptations
        merged[key] = {"categories": ";".join(sorted(cats)), "adaptations": adapt}
    frame = pd.DataFrame(
        [
            {"project_code": k[0], "section": k[1], "sentence_index": k[2], **v}
            for k, v in merged.items()
        ],
        columns=["project_code", "section", "sentence_index", "categories", "adaptations"],
    )
    judged = {k: v for k, v in gold.items() if v["is_adaptation"]}
    figures = covid_figures(gold, frame)
    adaptation = covid_figures(judged, frame)
    for name in ("adaptation_precision", "adaptation_recall", "adaptations_labelled"):
        figures[name] = adaptation[name]
    figures["adaptations_predicted"] = adaptation["adaptations_predicted"]
    figures["adaptations_unjudged"] = sum(
        1 for v in gold.values() if v["categories"] and not v["is_adaptation"]
    )
    return figures


def evaluate_real(part: str) -> dict[tuple[str, str], dict]:
    return {
        (f"real_{part}", "participants"): real_participant_figures(
            _rows(REAL / f"claims_{part}.csv")
        ),
        (f"real_{part}", "covid"): real_covid_figures(_rows(REAL / f"covid_{part}.csv")),
    }


def evaluate(only: str | None = None, real: bool = True) -> dict[tuple[str, str], dict]:
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
    if real and real_available():
        if only != "test":
            results.update(evaluate_real("dev"))
        if only != "dev":
            results.update(evaluate_real("test"))
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
