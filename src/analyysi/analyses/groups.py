"""The portfolio in the shape programme reports publish it: by fund, priority axis, specific
objective, region and managing authority.

Funding is counted for closed projects with both amounts (realised against granted EU and
state funding, and against planned public funding); participants for projects with a target,
by the best reading of each (confirmed where an evaluator decided, else the machine's). A
project working in several regions is counted in each of them, so regional rows do not add
up to the total; the reports say so.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analyysi.analyses.answers import REACHED, ProjectAnswers

GROUPINGS = ("fund", "priority_axis", "specific_objective", "region", "authority")


def group_labels(projects: pd.DataFrame, areas: pd.DataFrame, by: str) -> dict[str, list[str]]:
    """project code → the groups it belongs to under ``by`` (several for regions)."""
    if by == "region":
        regions = areas[areas["level"] == "maakunta"]
        found = regions.groupby("project_code")["name"].apply(list).to_dict()
        return {code: found.get(code, ["—"]) for code in projects["project_code"]}
    columns = {
        "fund": ("fund", None),
        "priority_axis": ("priority_axis_code", "priority_axis_name"),
        "specific_objective": ("specific_objective_code", "specific_objective_name"),
        "authority": ("authority", None),
    }
    code_column, name_column = columns[by]
    labels = {}
    for row in projects.itertuples(index=False):
        code = getattr(row, code_column)
        name = getattr(row, name_column) if name_column else None
        shown = "—" if pd.isna(code) else str(code)
        if name_column and not pd.isna(name):
            shown = f"{shown} {name}"
        labels[row.project_code] = [shown]
    return labels


FUNDING_COLUMNS = [
    "group",
    "projects",
    "granted_eu_state_eur",
    "realised_eu_state_eur",
    "eu_state_realisation",
    "planned_public_eur",
    "realised_public_eur",
    "public_realisation",
]


def funding_by_group(
    tables: Mapping[str, pd.DataFrame], answers: list[ProjectAnswers], by: str
) -> pd.DataFrame:
    """Closed projects with both public amounts per group: granted and realised EU and state
    funding, planned and realised public funding, and the realisation of each (Σ ÷ Σ)."""
    realisation = tables["funding_realisation"].set_index("project_code")
    counted = {
        a.project_code
        for a in answers
        if a.funding is not None and a.funding.share is not None and a.funding.is_closed
    }
    labels = group_labels(tables["projects"], tables["areas"], by)
    rows: dict[str, dict] = {}
    for code in sorted(counted):
        r = realisation.loc[code]
        for group in labels.get(code, ["—"]):
            row = rows.setdefault(group, dict.fromkeys(FUNDING_COLUMNS[1:], 0.0))
            row["projects"] += 1
            for column in (
                "granted_eu_state_eur",
                "realised_eu_state_eur",
                "planned_public_eur",
                "realised_public_eur",
            ):
                value = r[column]
                row[column] += 0.0 if pd.isna(value) else float(value)
    out = []
    for group, row in sorted(rows.items()):
        row["projects"] = int(row["projects"])
        row["eu_state_realisation"] = _share(
            row["realised_eu_state_eur"], row["granted_eu_state_eur"]
        )
        row["public_realisation"] = _share(row["realised_public_eur"], row["planned_public_eur"])
        out.append({"group": group, **row})
    return _groups_as_written(pd.DataFrame(out, columns=FUNDING_COLUMNS))


PARTICIPANT_COLUMNS = [
    "group",
    "projects",
    "planned_persons",
    "projects_with_result",
    "planned_persons_reported",
    "realised_persons",
    "projects_reached",
    "projects_awaiting_review",
]


def participants_by_group(
    tables: Mapping[str, pd.DataFrame], answers: list[ProjectAnswers], by: str
) -> pd.DataFrame:
    """Projects with a participant target per group: planned persons; of the projects that
    gave a realised figure, their planned and realised persons (like against like); projects
    that met or exceeded their target; and how many of the readings await review."""
    labels = group_labels(tables["projects"], tables["areas"], by)
    rows: dict[str, dict] = {}
    for a in answers:
        p = a.participants
        if p is None or not p.planned:
            continue
        for group in labels.get(a.project_code, ["—"]):
            row = rows.setdefault(group, dict.fromkeys(PARTICIPANT_COLUMNS[1:], 0))
            row["projects"] += 1
            row["planned_persons"] += p.planned
            if p.realised is not None:
                row["realised_persons"] += int(p.realised)
                row["planned_persons_reported"] += p.planned
                row["projects_with_result"] += 1
            row["projects_reached"] += int(p.status in REACHED)
            row["projects_awaiting_review"] += int(p.review_status == "unconfirmed")
    out = [{"group": group, **row} for group, row in sorted(rows.items())]
    return _groups_as_written(pd.DataFrame(out, columns=PARTICIPANT_COLUMNS))


def _share(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _groups_as_written(frame: pd.DataFrame) -> pd.DataFrame:
    # the groups are names as the descriptions write them (regions, authorities, axes):
    # Finnish on a page in another language
    frame.attrs["document_text_columns"] = ["group"]
    return frame
