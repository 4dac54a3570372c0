"""How sure the text rules are of a reading, for the review worksheet: why a participant
outcome or a COVID sentence needs an evaluator's look (``uncertain_reason``). Nothing is guessed
and nothing is dropped: a reading the rules are unsure of keeps its evidence, goes to the
worksheet with the reason, and waits for a decision like any other.

Here, in the text room, so that both the analyses (which read) and the review (which lists
what awaits a decision) can ask it.
"""

from __future__ import annotations

import re

import pandas as pd

PEOPLE_UNITS = ("persons", "participants", "clients", "employees", "volunteers")
PLAN_SECTIONS = ("plan_summary", "target_groups_primary", "target_groups_indirect")
# a sentence about one year ("vuonna 2019 osallistui 40"): a figure of that year, not the total
ONE_YEAR = re.compile(r"\b(?:[Vv]uonna|[Vv]uoden)\s+(?:19|20)\d\d\b(?![\s]*[-–])")


def sentence_has(claims: pd.DataFrame, pattern: re.Pattern) -> pd.Series:
    """Whether each claim's sentence matches, each sentence searched once (a sentence with
    thousands of numbers is not searched thousands of times)."""
    found = {s: bool(pattern.search(s)) for s in claims["sentence"].unique()}
    return claims["sentence"].map(found).astype(bool)


def realised_candidates(claims: pd.DataFrame, project_code: str) -> pd.DataFrame:
    """The participant figures of a final report that could each be the realised count."""
    mine = claims[(claims["project_code"] == project_code) & (claims["section"] == "final_report")]
    people = mine[mine["unit"].isin(PEOPLE_UNITS) & mine["value"].notna()]
    return people[
        (people["counts"] == "participants")
        & ~people["is_target"].astype(bool)
        & (people["value"] >= 1)
        & ~sentence_has(people, ONE_YEAR)
    ]


def outcome_reason(outcome: dict, claims: pd.DataFrame) -> tuple[str, str | None] | None:
    """Why the reading of a project's realised participants is unsure, and the sentences it
    rests on: (reason, evidence), or None when the reading is plain."""
    if outcome.get("status") == "no_target":
        return None
    source = outcome.get("source")
    if isinstance(outcome.get("realised_parts"), str) and outcome["realised_parts"]:
        return "mixed_total: the total adds people of different kinds", outcome.get("evidence")
    if source == "text_qualitative":
        return "qualitative: no figure, only a statement of how the target went", None
    if source == "text_share":
        return "share: the realised count is a share of the target, not a count", None
    from_text = outcome.get("realised_from_text")
    if source is None and (from_text is None or pd.isna(from_text)):
        found = realised_candidates(claims, outcome["project_code"])
        values = sorted({int(v) for v in found["value"]})
        if len(values) > 1:
            shown = ", ".join(str(v) for v in values[:6])
            sentences = " | ".join(dict.fromkeys(found.sort_values("sentence_index")["sentence"]))
            return f"several_figures: {shown}; which, if any, is the realised count?", sentences
        mine = claims[
            (claims["project_code"] == outcome["project_code"])
            & (claims["section"] == "final_report")
            & claims["unit"].isin(PEOPLE_UNITS)
        ]
        if not mine.empty:
            kinds = ", ".join(sorted(set(mine["counts"].dropna())))
            sentences = " | ".join(dict.fromkeys(mine.sort_values("sentence_index")["sentence"]))
            return f"other_people_figures: people counted as {kinds}, not participants", sentences
    return None


def evidence_reason(row: dict) -> str | None:
    """Why the rules are unsure of a COVID sentence's reading: a change tied to the pandemic
    that was not counted as the project's own, or an adaptation that rests only on a date or
    on a neighbouring sentence. Plans are context by rule, not unsure. None when plain."""
    changes = [
        c for c in str(row.get("categories") or "").split(";") if c and c != "pandemic_context"
    ]
    counted = isinstance(row.get("adaptations"), str) and bool(row["adaptations"])
    link = row.get("link") if isinstance(row.get("link"), str) else ""
    if changes and link and not counted and row.get("section") not in PLAN_SECTIONS:
        if not row.get("is_about_project"):
            return "others: a change tied to the pandemic, said of others or of a whole sector"
        return "not_counted: a change tied to the pandemic, read as a plan, a condition or a topic"
    if counted and link == "date":
        return "date_only: tied to the pandemic only by its date"
    if counted and link in ("previous_sentence", "next_sentence", "continues"):
        return "neighbour: tied to the pandemic only by a sentence next to it"
    return None
