"""The pandemic timeline as the analyses share it.

``covid_era`` is the one definition of a project's COVID cohort, used by the funding
breakdowns and the COVID analysis alike.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi import config

PANDEMIC_START = pd.Timestamp("2020-03-16")  # first state of emergency in Finland
PANDEMIC_END = pd.Timestamp("2022-02-28")  # restrictions lifted 1.3.2022
ERAS = ("pre_covid", "exposed", "covid_born", "post_covid")


def covid_era(start: pd.Series, end: pd.Series) -> pd.Series:
    """pre_covid: ended before 2020-03-16; exposed: started before and ran past it;
    covid_born: started 2020-03-16 – 2022-02-28; post_covid: started later. Empty where a
    date is missing."""
    era = pd.Series(pd.NA, index=start.index, dtype="string")
    known = start.notna() & end.notna()
    era[known & (end < PANDEMIC_START)] = "pre_covid"
    era[known & (start < PANDEMIC_START) & (end >= PANDEMIC_START)] = "exposed"
    era[known & (start >= PANDEMIC_START) & (start <= PANDEMIC_END)] = "covid_born"
    era[known & (start > PANDEMIC_END)] = "post_covid"
    return era


def ran_in_pandemic(start: pd.Series, end: pd.Series) -> pd.Series:
    """Whether a planned period overlaps the pandemic period."""
    return (start <= PANDEMIC_END) & (end >= PANDEMIC_START)


# --- reference data ---------------------------------------------------------------------

REFERENCE = config.ROOT / "data" / "reference"
TIMELINE = REFERENCE / "covid_timeline_fi.csv"
LEXICON = REFERENCE / "covid_lexicon_fi.csv"
CATEGORIES = (
    "pandemic_context",
    "remote_delivery",
    "hybrid",
    "cancelled_or_blocked",
    "postponed_or_extended",
    "substitution",
    "reach_change",
    "new_target_or_content",
)


def load_timeline(path: Path = TIMELINE) -> pd.DataFrame:
    """The reference timeline; a period without an end lasts to the end of the pandemic."""
    timeline = pd.read_csv(path, dtype=str, keep_default_na=False)
    timeline["start"] = pd.to_datetime(timeline["start"])
    timeline["end"] = pd.to_datetime(timeline["end"].replace("", None)).fillna(PANDEMIC_END)
    timeline["counts_as_restriction"] = timeline["counts_as_restriction"] == "true"
    return timeline


@dataclass(frozen=True)
class Term:
    category: str
    words: tuple[str, ...]  # word patterns that must follow each other; * = any letters
    pattern: str


def load_lexicon(path: Path = LEXICON) -> list[Term]:
    lexicon = pd.read_csv(path, dtype=str, keep_default_na=False)
    return [
        Term(row.category, tuple(row.pattern.lower().split()), row.pattern)
        for row in lexicon.itertuples(index=False)
    ]


# --- exposure on the timeline -------------------------------------------------------------


def days_within(
    start: pd.Timestamp, end: pd.Timestamp, periods: list[tuple[pd.Timestamp, pd.Timestamp]]
) -> int:
    """Days of start..end (both included) that fall inside any of the periods."""
    if pd.isna(start) or pd.isna(end) or end < start:
        return 0
    inside = set()
    for low, high in periods:
        first, last = max(start, low), min(end, high)
        if first <= last:
            inside.update(pd.date_range(first, last, freq="D"))
    return len(inside)


def exposure(projects: pd.DataFrame, timeline: pd.DataFrame) -> pd.DataFrame:
    """Per project: era, days within the states of emergency, share of planned days within
    restriction periods."""
    emergencies = [
        (r.start, r.end) for r in timeline.itertuples() if r.kind == "state_of_emergency"
    ]
    restrictions = [(r.start, r.end) for r in timeline.itertuples() if r.counts_as_restriction]
    rows = []
    for p in projects.itertuples(index=False):
        planned = (
            (p.planned_end - p.planned_start).days + 1
            if pd.notna(p.planned_start) and pd.notna(p.planned_end)
            else None
        )
        restricted = days_within(p.planned_start, p.planned_end, restrictions)
        rows.append(
            {
                "project_code": p.project_code,
                "emergency_overlap_days": days_within(p.planned_start, p.planned_end, emergencies)
                if planned
                else None,
                "restriction_share": round(restricted / planned, 4)
                if planned and planned > 0
                else None,
            }
        )
    out = pd.DataFrame(
        rows, columns=["project_code", "emergency_overlap_days", "restriction_share"]
    )
    out.insert(1, "era", covid_era(projects["planned_start"], projects["planned_end"]).to_numpy())
    return out


# --- sentence evidence --------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-zÅÄÖåäö0-9]+(?:-[A-Za-zÅÄÖåäö0-9]+)*-?")


def _forms(word: str) -> set[str]:
    """A word as written, its hyphen parts and its lemma (lower case)."""
    lower = word.lower().strip("-")
    forms = {lower, *filter(None, lower.split("-"))}
    forms.add(_lemma(lower))
    return forms


@functools.cache
def _lemma(word: str) -> str:
    import simplemma  # loads its Finnish dictionary once, on first use

    return simplemma.lemmatize(word, lang="fi").lower()


def _matches(pattern: str, forms: set[str]) -> bool:
    return any(fnmatch.fnmatchcase(form, pattern) for form in forms)


@dataclass(frozen=True)
class Classified:
    categories: tuple[str, ...]
    matched_terms: tuple[str, ...]
    is_negated: bool


def classify(sentence: str, lexicon: list[Term]) -> Classified:
    """The categories of one sentence, the words that put it in them, and whether a
    delivery form is said not to have happened (a negated blocked verb)."""
    words = _WORD.findall(sentence)
    excluded = [t.words[0] for t in lexicon if t.category == "exclude"]
    forms = [set() if any(_matches(p, _forms(w)) for p in excluded) else _forms(w) for w in words]
    found: dict[str, list[str]] = {}
    positions: dict[str, list[int]] = {}
    for term in lexicon:
        span = len(term.words)
        for i in range(len(words) - span + 1):
            if all(_matches(p, forms[i + k]) for k, p in enumerate(term.words)):
                found.setdefault(term.category, []).append(" ".join(words[i : i + span]))
                positions.setdefault(term.category, []).append(i)
    negations = positions.get("negation", [])
    negated = any(0 < b - n <= 4 for n in negations for b in positions.get("blocked_verb", []))
    categories = {c for c in found if c in CATEGORIES}
    # "ei peruttu" (was not cancelled): a negated cancellation is none
    cancelled = positions.get("cancelled_or_blocked", [])
    if cancelled and all(any(0 < i - n <= 3 for n in negations) for i in cancelled):
        categories.discard("cancelled_or_blocked")
    if negated:
        categories.add("cancelled_or_blocked")
    if "face_to_face" in found and "remote_delivery" in found and "substitution" not in found:
        categories.add("hybrid")  # both forms side by side, not one replacing the other
    if "purpose" in found and "pandemic_context" in found:
        categories.add("new_target_or_content")
    ordered = tuple(c for c in CATEGORIES if c in categories)
    terms = tuple(
        dict.fromkeys(
            t
            for c in (*CATEGORIES, "face_to_face", "negation", "blocked_verb", "purpose")
            if c in found
            for t in found[c]
        )
    )
    return Classified(ordered, terms if ordered else (), negated)


def sentence_evidence(texts: pd.DataFrame, lexicon: list[Term]) -> pd.DataFrame:
    """``covid_evidence``: every sentence of the free-text sections in at least one category."""
    from analyysi.text.sentences import split_sentences

    rows = []
    for item in texts.itertuples(index=False):
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())
            result = classify(words, lexicon)
            if result.categories:
                rows.append(
                    {
                        "project_code": item.project_code,
                        "section": item.section,
                        "sentence_index": sentence.index,
                        "sentence": words,
                        "categories": ";".join(result.categories),
                        "matched_terms": ";".join(result.matched_terms),
                        "is_negated": result.is_negated,
                    }
                )
    columns = [
        "project_code",
        "section",
        "sentence_index",
        "sentence",
        "categories",
        "matched_terms",
        "is_negated",
    ]
    return pd.DataFrame(rows, columns=columns)


PLAN_SECTIONS = ("plan_summary", "target_groups_primary", "target_groups_indirect")
COVID_ERAS = ("exposed", "covid_born")


def adaptations(evidence: pd.DataFrame, eras: pd.Series) -> pd.DataFrame:
    """Which evidence sentences show an adaptation: a category other than pandemic_context
    in the same or an adjacent sentence as pandemic context, or anywhere in the final report
    of a COVID-era project. Adds ``adaptations`` (semicolon-separated) to each sentence."""
    out = evidence.copy()
    context = {
        (r.project_code, r.section, r.sentence_index)
        for r in evidence.itertuples()
        if "pandemic_context" in r.categories.split(";")
    }
    era = eras.to_dict()
    found = []
    for r in evidence.itertuples():
        near = any((r.project_code, r.section, r.sentence_index + d) in context for d in (-1, 0, 1))
        covid_final = r.section == "final_report" and era.get(r.project_code) in COVID_ERAS
        kinds = [c for c in r.categories.split(";") if c != "pandemic_context"]
        found.append(";".join(kinds) if (near or covid_final) else "")
    out["adaptations"] = found
    return out


def project_summary(
    projects: pd.DataFrame, texts: pd.DataFrame, evidence: pd.DataFrame, timeline: pd.DataFrame
) -> pd.DataFrame:
    """``covid_projects``: exposure on the timeline and what the texts say, per project."""
    table = exposure(projects, timeline)
    eras = table.set_index("project_code")["era"]
    marked = adaptations(evidence, eras)
    sentences = _sentence_counts(texts)
    rows = []
    for code in table["project_code"]:
        mine = marked[marked["project_code"] == code]
        plan = mine[mine["section"].isin(PLAN_SECTIONS)]
        final = mine[mine["section"] == "final_report"]
        counted = mine[mine["adaptations"] != ""]
        kinds = {k for a in counted["adaptations"] for k in a.split(";")}
        rows.append(
            {
                "project_code": code,
                "covid_mentions_plan": _count(plan, "pandemic_context"),
                "covid_mentions_final": _count(final, "pandemic_context")
                if sentences.get((code, "final"))
                else None,
                "remote_share_plan": _share(
                    _count(plan, "remote_delivery"), sentences.get((code, "plan"))
                ),
                "remote_share_final": _share(
                    _count(final, "remote_delivery"), sentences.get((code, "final"))
                ),
                "adaptations": ";".join(c for c in CATEGORIES if c in kinds) or None,
                "evidence_count": len(counted),
            }
        )
    return table.merge(pd.DataFrame(rows), on="project_code")


def _count(evidence: pd.DataFrame, category: str) -> int:
    return int(evidence["categories"].str.split(";").map(lambda c: category in c).sum())


def _share(count: int, total: int | None) -> float | None:
    return round(count / total, 4) if total else None


def _sentence_counts(texts: pd.DataFrame) -> dict[tuple[str, str], int]:
    from analyysi.text.sentences import split_sentences

    counts: dict[tuple[str, str], int] = {}
    for item in texts.itertuples(index=False):
        part = "final" if item.section == "final_report" else "plan"
        counts[(item.project_code, part)] = counts.get((item.project_code, part), 0) + len(
            split_sentences(item.text)
        )
    return counts
