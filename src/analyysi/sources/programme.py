"""Programme-wide project lists ("rahoitetut hankkeet" exports of rakennerahastot.fi) to the
``programme_projects`` table.

Real exports are messy: commas inside names and authorities are not quoted, lines end in
``;``, some lines are quoted whole, and the encoding may be Windows-1252. A row of such an
export is read by anchoring on the fields that can be recognised — the code and fund at the
start, the status and the two dates in the middle, the four amounts at the end — and the
free-text fields are whatever lies between.

The same list opened in a spreadsheet and saved again arrives quoted and separated by
semicolons, with decimal commas (Excel in Finnish), or as an ``.xlsx`` workbook: its fields are
then exact and are taken by their column names. Project codes are a letter and 5 to 9 digits
(ESF and ERDF, both periods). An amount that cannot be read without guessing sets its row
aside. Every row is imported or set aside with its reason.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from analyysi.config import MAX_LIST_MB
from analyysi.documents.fields import PROJECT_CODE
from analyysi.documents.read import decode_text

_CODE = PROJECT_CODE
_FUNDS = {"ESR", "EAKR"}
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_AMOUNT = re.compile(r"^-?\d+(?:\.\d{1,2})?$")  # corrections can make a sum negative
# An amount in a re-saved (spreadsheet) list: digits with space groups, a decimal comma or point
_SAVED_AMOUNT = re.compile(r"^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?$")
# The columns of both periods' exports, by their (lower-case) names.
_COLUMNS = {
    "koodi": "project_code",
    "rahasto": "fund",
    "hankkeen nimi": "project_name",
    "projektin nimi": "project_name",
    "ohjelma / osio": "programme_section",
    "tl": "priority_axis_code",
    "viranomainen": "authority",
    "tila": "status",
    "toiminnan tila": "status",
    "aloituspvm": "start",
    "päättymispvm": "end",
    "toteuttajan nimi": "implementer",
    "myönnetty eu- ja valtion rahoitus": "granted_eu_state_eur",
    "toteutunut eu- ja valtion rahoitus": "realised_eu_state_eur",
    "suunniteltu julkinen rahoitus yhteensä": "planned_public_eur",
    "toteutunut julkinen rahoitus yhteensä": "realised_public_eur",
}
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


class ListRefused(Exception):
    """The file cannot be read as a project list at all; the message says why."""


def read_programme_list(path: Path, max_mb: float = MAX_LIST_MB) -> ProgrammeList:
    """Every data row of an export: imported into ``rows`` or set aside in ``issues``.
    Raises ``ListRefused`` for a file that is no list (over ``max_mb``, read or unpacked, or
    a broken workbook)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _keep_rows(_workbook_rows(path, max_mb), ProgrammeList(encoding="xlsx"))
    _refuse_beyond(path.name, path.stat().st_size, max_mb, "is")
    text, encoding, _ = decode_text(path.read_bytes())
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result = ProgrammeList(encoding=encoding)
    header = lines[0].lower() if lines else ""
    if header.count(";") >= 5:  # saved again by a spreadsheet: exact fields, by name
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";")
        return _keep_rows(_named_rows(list(enumerate(reader, start=1))), result)
    start = 0
    if header.startswith("koodi"):
        result.has_section = _SECTION_HEADER in header
        start = 1
    numbered = [
        (number, raw)
        for number, raw in enumerate(lines[start:], start=start + 1)
        if raw.strip().strip(";").strip()
    ]
    parsed = []
    for number, raw in numbered:
        try:
            parsed.append((number, raw, parse_row(raw, result.has_section)))
        except ValueError as exc:
            parsed.append((number, raw, exc))
    return _keep_rows(parsed, result)


def _keep_rows(parsed, result: ProgrammeList) -> ProgrammeList:
    """(row number, raw line, row or ValueError) to rows and issues; a code seen before is
    set aside."""
    seen: dict[str, int] = {}
    for number, raw, row in parsed:
        if isinstance(row, Exception):
            result.issues.append({"row": number, "reason": str(row), "raw_line": raw})
            continue
        if row.pop("_has_section", None):
            result.has_section = True
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


def _named_rows(rows: list[tuple[int, list]]):
    """Rows with a header line: each field taken by its column's name."""
    if not rows:
        return []
    header = [str(c or "").strip().strip(";").strip().lower() for c in rows[0][1]]
    columns = {i: _COLUMNS[name] for i, name in enumerate(header) if name in _COLUMNS}
    missing = {"project_code", "fund", "start", "end", *AMOUNT_COLUMNS} - set(columns.values())
    if missing:
        reason = f"not a project list: no column(s) {', '.join(sorted(missing))} in the header"
        return [(rows[0][0], _raw(rows[0][1]), ValueError(reason))]
    out = []
    for number, cells in rows[1:]:
        if not any(str(c or "").strip().strip(";") for c in cells):
            continue
        values = {columns[i]: cells[i] for i in columns if i < len(cells)}
        try:
            out.append((number, _raw(cells), _named_row(values)))
        except ValueError as exc:
            out.append((number, _raw(cells), exc))
    return out


def _named_row(values: dict) -> dict:
    def text(name: str) -> str | None:
        value = values.get(name)
        if value is None:
            return None
        value = " ".join(str(value).split())
        return value or None

    code, fund = text("project_code") or "", (text("fund") or "").upper()
    if not _CODE.match(code):
        raise ValueError(f"not a project code (a letter and 5 to 9 digits): {code!r}")
    if fund not in _FUNDS:
        raise ValueError(f"not a fund (ESR, EAKR): {fund!r}")
    name = text("project_name")
    if not name:
        raise ValueError("empty project name")
    return {
        "project_code": code,
        "fund": fund,
        "project_name": name,
        "programme_section": text("programme_section"),
        "priority_axis_code": text("priority_axis_code"),
        "authority": text("authority"),
        "status": text("status"),
        "start": _cell_date(values.get("start"), "start"),
        "end": _cell_date(values.get("end"), "end"),
        "implementer": text("implementer"),
        **{column: _cell_amount(values.get(column), column) for column in AMOUNT_COLUMNS},
        "_has_section": "programme_section" in values,
    }


def _cell_date(value, column: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value or "").strip()
    if _DATE.match(raw):
        return _date(raw)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return date.fromisoformat(raw)
    raise ValueError(f"{column} is not a date (d.m.yyyy): {raw!r}")


def _cell_amount(value, column: str) -> float:
    """A number as a spreadsheet holds or writes it; anything else is not guessed at."""
    if isinstance(value, bool):
        raise ValueError(f"{column} is not an amount: {value!r}")
    if isinstance(value, int | float):
        return float(value)
    raw = str(value or "").strip()
    match = _SAVED_AMOUNT.match(raw)
    if not match:
        raise ValueError(f"{column} cannot be read as an amount without guessing: {raw!r}")
    sign, whole, cents = match.groups()
    number = float(re.sub(r"\D", "", whole) + (f".{cents}" if cents else ""))
    return -number if sign else number


def _raw(cells: list) -> str:
    return ";".join("" if c is None else str(c) for c in cells)


def _refuse_beyond(name: str, size_bytes: int, max_mb: float, verb: str) -> None:
    if size_bytes > max_mb * 1024**2:
        raise ListRefused(
            f"{name} {verb} {size_bytes / 1024**2:,.0f} MB, more than the {max_mb:,g} MB "
            "limit for a project list: not read (raise the limit with --max-list-mb)"
        )


def _workbook_rows(path: Path, max_mb: float):
    """The rows of the first sheet of a workbook, after checking what it unpacks to."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ListRefused(f"{path.name} is not a readable .xlsx workbook ({exc})") from None
    _refuse_beyond(path.name, unpacked, max_mb, "unpacks to")
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        rows = [(n, list(r)) for n, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    return _named_rows(rows)


def parse_row(raw: str, has_section: bool) -> dict:
    """One export line to a row; raises ValueError naming what could not be recognised."""
    tokens = _tokens(raw)
    if len(tokens) < 11:
        raise ValueError(f"too few fields ({len(tokens)})")
    code, fund = tokens[0], tokens[1].upper()
    if not _CODE.match(code):
        raise ValueError(
            f"first field is not a project code (a letter and 5 to 9 digits): {code!r}"
        )
    if fund not in _FUNDS:
        raise ValueError(f"second field is not a fund (ESR, EAKR): {fund!r}")
    amounts = tokens[-4:]
    if not all(_AMOUNT.match(a) for a in amounts):
        raise ValueError(f"the last four fields are not amounts: {amounts!r}")
    numeric = 0
    for token in reversed(tokens):
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", token):
            break
        numeric += 1
    if numeric > 4 and any(re.fullmatch(r"\d{1,2}", t) for t in tokens[-numeric:][1:]):
        # "…,50177,67,461132,…": decimal commas in a comma-separated line
        raise ValueError(
            f"{numeric} numbers at the end of the line: amounts with decimal commas cannot be "
            "told apart in a comma-separated list (save it as semicolon-separated or .xlsx)"
        )
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


def import_projects(source: Path, out: Path, max_mb: float = MAX_LIST_MB) -> Imported:
    """``analyysi import-projects``: write ``programme_projects.csv`` and
    ``programme_issues.csv`` to ``out`` (validated, atomically)."""
    from analyysi.tables.metadata import RESOURCES
    from analyysi.tables.tidy import build_table, format_csv, write_tables

    listed = read_programme_list(source, max_mb)
    files = {}
    for name, rows in (("programme_projects", listed.rows), ("programme_issues", listed.issues)):
        resource = RESOURCES[name]
        files[resource.path] = format_csv(resource, build_table(resource, rows))
    return Imported(len(listed.rows), len(listed.issues), listed.encoding, write_tables(out, files))
