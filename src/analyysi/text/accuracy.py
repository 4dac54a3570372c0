"""How well the text rules read text they were not written on: the figures of
``data/reference/text_rules_evaluation.csv`` (written by ``make evaluate``; a test checks that
they are those of the current rules), for the reports to quote.

``test`` figures come from sentences written by someone who had not seen the rules, before the
rules were changed, and never tuned on: these are the ones to quote. ``dev`` figures are
in-sample: the rules were written on those sentences.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analyysi import config

EVALUATION = config.REFERENCE / "text_rules_evaluation.csv"
# The measures a report shows, per task: (measure, Finnish label, English label)
SHOWN = {
    "participants": (
        ("people_precision", "Henkilölukujen tarkkuus (precision)", "People counts: precision"),
        ("people_recall", "Henkilölukujen kattavuus (recall)", "People counts: recall"),
        ("unit_f1", "Lukujen yksikkö oikein (F1)", "Quantities with the right unit (F1)"),
        (
            "counts_accuracy",
            "Mitä henkilöluku laskee, oikein",
            "What a people count counts: accuracy",
        ),
        (
            "excluded_read_as_people",
            "Ei-lukumääriä (vuosia, puhelinnumeroita, …) luettu henkilöiksi, osuus",
            "Non-counts (years, phone numbers, …) read as people: share",
        ),
    ),
    "outcomes": (
        ("status_accuracy", "Tavoitteen tila oikein", "Target status right"),
        ("realised_accuracy", "Toteutunut määrä oikein", "Realised count right"),
    ),
    "covid": (
        ("micro_f1", "Luokat (mikro-F1)", "Categories (micro-F1)"),
        (
            "adaptation_precision",
            "Muutokseksi laskettu oikein (precision)",
            "Counted as an adaptation: precision",
        ),
        ("adaptation_recall", "Muutokset löydetty (recall)", "Adaptations found: recall"),
    ),
}


def read_evaluation(path: Path = EVALUATION) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame(columns=["set", "task", "measure", "value"])
    return pd.read_csv(path, dtype={"set": str, "task": str, "measure": str})


def accuracy_table(task: str, lang: str, path: Path = EVALUATION) -> pd.DataFrame:
    """One row per measure: its label and the held-out test and development figures."""
    figures = read_evaluation(path)
    mine = figures[figures["task"] == task]
    rows = []
    for measure, fi, en in SHOWN[task]:
        values = {
            kind: _share(mine[mine["set"] == kind], measure)
            for kind in ("test", "dev", "dev_documents")
        }
        rows.append(
            {
                "measure": fi if lang == "fi" else en,
                "test": _first(values["test"]),
                "dev": _first(values["dev"])
                if len(values["dev"])
                else _first(values["dev_documents"]),
            }
        )
    return pd.DataFrame(rows, columns=["measure", "test", "dev"])


def _share(figures: pd.DataFrame, measure: str) -> pd.Series:
    """A measure's value; a count of non-counts read as people as a share of them all."""
    value = figures.loc[figures["measure"] == measure, "value"].astype(float)
    if measure == "excluded_read_as_people" and not value.empty:
        total = figures.loc[figures["measure"] == "excluded_labelled", "value"].astype(float)
        return value.reset_index(drop=True) / total.iloc[0] if not total.empty else value[:0]
    return value


def sizes(task: str, path: Path = EVALUATION) -> dict[str, int | None]:
    """How many sentences (or cases) each set holds for the task: test and dev."""
    figures = read_evaluation(path)
    mine = figures[(figures["task"] == task) & figures["measure"].isin(["sentences", "cases"])]
    found = {}
    for kind in ("test", "dev"):
        value = _first(mine.loc[mine["set"] == kind, "value"])
        found[kind] = None if value is None else int(value)
    return found


def _first(values: pd.Series) -> float | None:
    if values.empty or pd.isna(values.iloc[0]):
        return None
    return round(float(values.iloc[0]), 3)
