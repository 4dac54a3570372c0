"""Programme-wide project lists ("rahoitetut hankkeet" exports of rakennerahastot.fi) to the
``programme_projects`` table.

Real exports are messy: commas inside names and authorities are not quoted, lines end in
``;``, some lines are quoted whole, and the encoding may be Windows-1252. A row is therefore
read by anchoring on the fields that can be recognised — the code and fund at the start, the
status and the two dates in the middle, the four amounts at the end — and the free-text fields
are whatever lies between. Every row is imported or set aside with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analyysi.documents.read import decode_text

_CODE = re.compile(r"^[A-Z]\d{5}$")
_FUNDS = {"ESR", "EAKR"}
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_AMOUNT = re.compile(r"^-?\d+(?:\.\d{1,2})?$")  # corrections can make a sum negative
_AXIS = re.compile(r"^\d{1,2}$")
_SECTION_HEADER = "ohjelma / osio"  # only the 2007–2013 export has this column
AMOUNT_COLUMNS = (
    "granted_eu_state_eur",
    "realised_eu_state_eur",
    "planned_public_eur",
    "realised_public_eur",
)


@dataclass
class ProgrammeList:
    rows: list[dict] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)  # row, reason, raw_line
    encoding: str = "utf-8"
    has_section: bool = False


def read_programme_list(path: Path) -> ProgrammeList:
    """Every data row of an export: imported into ``rows`` or set aside in ``issues``."""
    text, encoding, _ = decode_text(path.read_bytes())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result = ProgrammeList(encoding=encoding)
    start = 0
    if lines and lines[0].lower().startswith("koodi"):
        result.has_section = _SECTION_HEADER in lines[0].lower()
        start = 1
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines[start:], start=start + 1):
        if not raw.strip().strip(";").strip():
            continue
        try:
            row = parse_row(raw, result.has_section)
        except ValueError as exc:
            result.issues.append({"row": number, "reason": str(exc), "raw_line": raw})
            continue
        if row["project_code"] in seen:
            result.issues.append(
                {
                    "row": number,
                    "reason": f"project code {row['project_code']} already on row "
                    f"{seen[row['project_code']]}",
                    "raw_line": raw,
                }
            )
            continue
        seen[row["project_code"]] = number
        result.rows.append({**row, "source_row": number})
    return result


def parse_row(raw: str, has_section: bool) -> dict:
    """One export line to a row; raises ValueError naming what could not be recognised."""
    tokens = _tokens(raw)
    if len(tokens) < 11:
        raise ValueError(f"too few fields ({len(tokens)})")
    code, fund = tokens[0], tokens[1].upper()
    if not _CODE.match(code):
        raise ValueError(f"first field is not a project code: {code!r}")
    if fund not in _FUNDS:
        raise ValueError(f"second field is not a fund (ESR, EAKR): {fund!r}")
    amounts = tokens[-4:]
    if not all(_AMOUNT.match(a) for a in amounts):
        raise ValueError(f"the last four fields are not amounts: {amounts!r}")
    dates = [
        i
        for i in range(3, len(tokens) - 5)
        if _DATE.match(tokens[i]) and _DATE.match(tokens[i + 1])
    ]
    if len(dates) != 1:
        raise ValueError(
            "no single pair of start and end dates found" if not dates else "dates ambiguous"
        )
    at = dates[0]
    status = tokens[at - 1]
    middle = tokens[2 : at - 1]  # name [, section], axis, authority
    axes = [i for i, token in enumerate(middle) if _AXIS.match(token)]
    if not axes:
        raise ValueError("no priority axis (a number) before the authority")
    axis = axes[-1]
    before = middle[:axis]
    if has_section:
        if len(before) < 2:
            raise ValueError("no programme section before the priority axis")
        name, section = _join(before[:-1]), before[-1]
    else:
        name, section = _join(before), None
    if not name:
        raise ValueError("empty project name")
    start, end = (_date(tokens[at]), _date(tokens[at + 1]))
    return {
        "project_code": code,
        "fund": fund,
        "project_name": name,
        "programme_section": section,
        "priority_axis_code": middle[axis],
        "authority": _join(middle[axis + 1 :]) or None,
        "status": status or None,
        "start": start,
        "end": end,
        "implementer": _join(tokens[at + 2 : -4]) or None,
        **{column: float(a) for column, a in zip(AMOUNT_COLUMNS, amounts, strict=True)},
    }


def _tokens(raw: str) -> list[str]:
    line = raw.strip().rstrip(";").strip()
    if line.startswith('"') and line.endswith('"') and "," in line:
        line = line[1:-1].replace('""', '"')  # a whole line quoted as one field
    tokens = [t.strip() for t in line.split(",")]
    while tokens and not tokens[-1]:
        tokens.pop()
    return tokens


def _join(tokens: list[str]) -> str:
    """Fields split at unquoted commas, put back together as written."""
    value = ", ".join(t for t in tokens).strip()
    if len(value) > 1 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('""', '"')
    return " ".join(value.split())


def _date(raw: str) -> date:
    day, month, year = (int(p) for p in _DATE.match(raw).groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"not a calendar date: {raw!r}") from None


@dataclass(frozen=True)
class Imported:
    rows: int
    set_aside: int
    encoding: str
    paths: list[Path]


def import_projects(source: Path, out: Path) -> Imported:
    """``analyysi import-projects``: write ``programme_projects.csv`` and
    ``programme_issues.csv`` to ``out`` (validated, atomically)."""
    from analyysi.tables.metadata import RESOURCES
    from analyysi.tables.tidy import build_table, format_csv, write_tables

    listed = read_programme_list(source)
    files = {}
    for name, rows in (("programme_projects", listed.rows), ("programme_issues", listed.issues)):
        resource = RESOURCES[name]
        files[resource.path] = format_csv(resource, build_table(resource, rows))
    return Imported(len(listed.rows), len(listed.issues), listed.encoding, write_tables(out, files))
