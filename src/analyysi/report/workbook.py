"""``tables.xlsx``: every table of the reports in one workbook an author can work from.

Built from the tables' CSV files and their descriptions (``report.downloads``): numbers are
numbers, dates are dates and text is text, each formatted by its column's unit in Excel's
own codes, which a spreadsheet shows in its reader's locale (``#,##0`` is ``431 177`` in a
Finnish Excel). Sheets: Contents (every sheet with its full name, report, number and
caption, source and CSV files), Notes (units, sources, the caveats of monitoring data, where
the tables come from), a sheet per report table (its number and caption above a styled,
frozen, filterable header), and a sheet per kind of project-card table with the project
code as its first column.

Document text is untrusted: every cell is written by type (never ``write``, which could
make a formula of a string) with xlsxwriter's string conversions off, and the text comes
from the spreadsheet-safe CSV files.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from analyysi.catalogue import column_label, report_title, text
from analyysi.formats import format_date
from analyysi.report import freshness
from analyysi.report.downloads import Column, TableInfo, read_table_info, spreadsheet_path
from analyysi.report.provenance import Provenance
from analyysi.report.render import report_date

WORKBOOK = "tables.xlsx"
WORKBOOK_ROWS = 20_000  # a longer table stays in its CSV file: the workbook says so
CARD = "project_card"
# Text is written as text: never a formula, a link or a number it happens to look like.
_AS_TEXT = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}

# Excel's format codes: the reader's spreadsheet shows them in its own locale.
_FORMATS = {"EUR": "#,##0", "percent": "0.0", "count": "#,##0", "days": "#,##0"}
_RATIO = {"fi": "0.0 %", "en": "0.0%"}
_DATE = {"fi": "d.m.yyyy", "en": "d mmm yyyy"}
_FRACTIONS = "#,##0.0##"  # counts that are not whole (a mean)
_WIDEST = 60  # characters; longer text wraps
_LINE_HEIGHT = 15  # points: a line of the default font
_MOST_LINES = 26  # a row higher than this is cut (a spreadsheet allows 409 points)
_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sheet:
    """One sheet of tables: a report table, or the tables of one kind from every card."""

    name: str  # the full name: the CSV file's stem, or project_card-*--<kind>
    info: TableInfo | None
    files: list[Path]  # CSV files, one per project for card tables
    codes: list[str] = field(default_factory=list)  # the project code of each card file
    report: str = ""


def write_tables_workbook(
    reports: Path,
    names: list[str],
    lang: str,
    cards: list[str] = (),
    provenance: Provenance | None = None,
) -> Path:
    """``reports/tables.xlsx`` from the tables of the reports ``names`` and of the cards of
    the projects ``cards``; rewritten only when one of them (or the code) changed."""
    path = reports / WORKBOOK
    sheets = _sheets(reports, names, cards)
    inputs = [
        p for sheet in sheets for csv_file in sheet.files for p in (csv_file, _info(csv_file))
    ]
    summary = (
        "" if provenance is None else f"{provenance.version}|{provenance.commit}|{provenance.dirty}"
    )
    key = freshness.key_of(lang, summary, *inputs)
    if freshness.is_current(reports, path, key):
        return path
    partial = path.with_name(f".{path.name}.partial")
    _write(partial, sheets, lang, provenance)
    os.replace(partial, path)
    freshness.record(reports, path, key)
    return path


def _info(csv_file: Path) -> Path:
    return csv_file.with_suffix(".json")


def _sheets(reports: Path, names: list[str], cards: list[str]) -> list[Sheet]:
    folder = reports / "tables"
    # the folder listed once and grouped by prefix: a glob per report or card reads the
    # whole folder each time (thousands of files at thousands of projects)
    by_prefix: dict[str, list[Path]] = {}
    for entry in sorted(folder.glob("*--*.csv")):
        by_prefix.setdefault(entry.name.split("--", 1)[0], []).append(entry)
    sheets = []
    for name in names:
        files = list(by_prefix.get(name, []))
        infos = {p: read_table_info(p) for p in files}
        # in page order when the descriptions give it, else by name
        files.sort(key=lambda p: (infos[p].order if infos[p] else 0, p.name))
        sheets += [Sheet(p.stem, infos[p], [p], report=name) for p in files]
    kinds: dict[str, list[tuple[str, Path]]] = {}
    for code in cards:
        for csv_file in by_prefix.get(f"{CARD}-{code}", []):
            kinds.setdefault(csv_file.stem.split("--", 1)[1], []).append((code, csv_file))
    for kind, found in kinds.items():
        first = read_table_info(found[0][1])
        sheets.append(
            Sheet(
                f"{CARD}-*--{kind}",
                first,
                [p for _, p in found],
                [code for code, _ in found],
                report=CARD,
            )
        )
    return sheets


def _write(path: Path, sheets: list[Sheet], lang: str, provenance: Provenance | None) -> None:
    import xlsxwriter  # imported when a workbook is written

    def t(key: str, **values: object) -> str:
        return text(key, lang, **values)

    book = xlsxwriter.Workbook(str(path), {**_AS_TEXT, "in_memory": False})
    book.set_properties({"title": t("index.downloads"), "comments": "analyysi"})
    styles = _Styles(book, lang)
    contents = book.add_worksheet(_safe_sheet_name(t("contents")))
    notes = book.add_worksheet(_safe_sheet_name(t("workbook.notes_sheet")))
    used = {contents.name, notes.name}
    listed = []
    units: set[str] = set()
    for sheet in sheets:
        worksheet = book.add_worksheet(_sheet_name(sheet.name, used))
        rows = _write_table(worksheet, sheet, lang, styles)
        if sheet.info:
            units |= {c.unit or c.type for c in sheet.info.columns}
        listed.append((worksheet.name, sheet, rows))
    _write_contents(contents, listed, notes.name, lang, styles)
    sources = sorted({s.info.source for s in sheets if s.info and s.info.source})
    _write_notes(notes, units, sources, provenance, lang, styles)
    contents.activate()
    book.close()


class _Styles:
    """The formats of one workbook (xlsxwriter makes them per workbook)."""

    def __init__(self, book, lang: str) -> None:
        self.book, self.lang = book, lang
        self.title = book.add_format({"bold": True, "font_size": 12})
        self.source = book.add_format({"italic": True, "font_color": "#4A5866"})
        header = {
            "bold": True,
            "text_wrap": True,
            "valign": "top",
            "bg_color": "#DCE6F0",
            "bottom": 1,
        }
        self.header = book.add_format(header)
        self.header_number = book.add_format({**header, "align": "right"})
        self.text = book.add_format({"valign": "top"})
        self.topic = book.add_format({"valign": "top", "bold": True})
        self.wrapped = book.add_format({"valign": "top", "text_wrap": True})
        self.link = book.add_format({"valign": "top", "font_color": "#1F5673", "underline": 1})
        self._numbers: dict[str, object] = {}

    def number(self, code: str):
        if code not in self._numbers:
            self._numbers[code] = self.book.add_format({"num_format": code, "valign": "top"})
        return self._numbers[code]


def _number_format(column: Column, whole: bool, lang: str) -> str:
    if column.type == "date":
        return _DATE[lang]
    if column.unit == "ratio":
        return _RATIO[lang]
    if column.unit in ("count", "days") and not whole:
        return _FRACTIONS
    if column.unit in _FORMATS:
        return _FORMATS[column.unit]
    return "0" if whole else "General"  # a number that names: a year, a line, a position


def _write_table(worksheet, sheet: Sheet, lang: str, styles: _Styles) -> int:
    """The sheet of one table (or of one kind of card table); returns its number of rows."""
    info = sheet.info
    if sheet.report == CARD:
        title = f"{text('workbook.cards', lang)}: {info.section if info else sheet.name}"
    elif info and info.caption:
        title = info.title
    else:  # a table the page shows without a caption: its report and its heading
        heading = info.section if info and info.section else sheet.name
        title = f"{report_title(sheet.report, lang)}: {heading}"
    worksheet.write_string(0, 0, title, styles.title)
    if info and info.source:
        worksheet.write_string(1, 0, info.source, styles.source)
    header, rows, too_long = _read_rows(sheet, column_label("project_code", lang))
    if too_long:
        limit = f"{WORKBOOK_ROWS:,}".replace(",", "\u00a0" if lang == "fi" else ",")
        files = ", ".join(f"tables/{p.name}" for p in sheet.files)
        worksheet.write_string(3, 0, text("workbook.too_long", lang, limit=limit, file=files))
        return sum(_count_rows(p) for p in sheet.files)
    if not header:
        return 0
    columns = _columns(header, info, sheet, rows)
    first = 3  # the header's row: the caption and the source line above it
    lines: dict[int, int] = {}  # rows of more than one line, and how many
    for j, (name, column) in enumerate(zip(header, columns, strict=True)):
        values = [row[j] if j < len(row) else "" for row in rows]
        width = min(max([_shown_width(v, column) for v in values] + [6]) + 2, _WIDEST)
        width = max(width, min(len(name), 12) + 2)  # a header wraps, but not word by word
        worksheet.set_column(j, j, width)
        numeric = column.type in ("integer", "number", "date")
        worksheet.write_string(
            first - 1, j, name, styles.header_number if numeric else styles.header
        )
        lines[first - 1] = max(lines.get(first - 1, 1), _line_count(name, width))
        whole = all(_whole(v) for v in values if v != "")
        number_style = styles.number(_number_format(column, whole, lang))
        for i, value in enumerate(values, start=first):
            shown = _write_cell(worksheet, i, j, value, column, width, number_style, styles)
            if shown > 1:
                lines[i] = max(lines.get(i, 1), shown)
    for i, count in lines.items():
        if count > 1:  # a spreadsheet does not fit a row to wrapped text when it opens it
            worksheet.set_row(i, _LINE_HEIGHT * min(count, _MOST_LINES))
    worksheet.freeze_panes(first, 0)
    worksheet.autofilter(first - 1, 0, first - 1 + len(rows), len(header) - 1)
    _for_print(worksheet, first - 1)
    return len(rows)


def _for_print(worksheet, header_row: int) -> None:
    """Printed landscape, as wide as a page, the header row on every page."""
    worksheet.set_landscape()
    worksheet.set_paper(9)  # A4
    worksheet.fit_to_pages(1, 0)
    worksheet.repeat_rows(header_row)


def _read_rows(sheet: Sheet, code_title: str) -> tuple[list[str], list[list[str]], bool]:
    """The header and the rows (card tables: the project code first, headed
    ``code_title``); too long: more than WORKBOOK_ROWS rows in all."""
    header: list[str] = []
    rows: list[list[str]] = []
    for i, path in enumerate(sheet.files):
        with open(path, encoding="utf-8", newline="") as stream:
            reader = csv.reader(stream)
            head = next(reader, [])
            if sheet.codes:
                head = [code_title, *head]
            if not header:
                header = head
            for row in reader:
                rows.append([sheet.codes[i], *row] if sheet.codes else row)
                if len(rows) > WORKBOOK_ROWS:
                    return header, [], True
    return header, rows, False


def _count_rows(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as stream:
        return max(sum(1 for _ in csv.reader(stream)) - 1, 0)


def _columns(header: list[str], info: TableInfo | None, sheet: Sheet, rows) -> list[Column]:
    """Each column's type and unit from the table's description; a table without one is
    read as text, except for columns of plain numbers."""
    described = list(info.columns) if info else []
    if sheet.codes and described:
        described = [Column("project_code", header[0], "string"), *described]
    if len(described) == len(header):
        return described
    columns = []
    for j, name in enumerate(header):
        values = [row[j] for row in rows if j < len(row) and row[j] != ""]
        number = bool(values) and all(_number(v) is not None for v in values)
        columns.append(Column(name, name, "number" if number else "string"))
    return columns


def _write_cell(
    worksheet, i: int, j: int, value: str, column: Column, width: int, style, styles
) -> int:
    """One cell by its column's type (text as text, wrapped when wider than the column);
    returns how many lines it takes."""
    if value == "":
        return 1
    if column.type in ("integer", "number"):
        number = _number(value)
        if number is not None:
            worksheet.write_number(i, j, number, style)
            return 1
    elif column.type == "date":
        day = _date(value)
        if day is not None:
            worksheet.write_datetime(i, j, dt.datetime(day.year, day.month, day.day), style)
            return 1
    wraps = "\n" in value or len(value) > width - 2
    worksheet.write_string(i, j, value, styles.wrapped if wraps else styles.text)
    return _line_count(value, width) if wraps else 1


def _shown_width(value: str, column: Column) -> int:
    """About how many characters wide a cell shows."""
    if value == "":
        return 0
    if column.type == "date" and _date(value) is not None:
        return 11
    number = _number(value) if column.type in ("integer", "number") else None
    if number is not None:
        return len(f"{number * 100:,.1f} %") if column.unit == "ratio" else len(f"{number:,.0f}")
    return max(len(line) for line in value.split("\n"))


def _line_count(value: str, width: int) -> int:
    """How many lines text takes in a column ``width`` characters wide."""
    return sum(len(textwrap.wrap(line, max(width - 2, 4))) or 1 for line in value.split("\n"))


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _whole(value: str) -> bool:
    number = _number(value)
    return number is None or number.is_integer()


_CONTENTS_WIDTHS = (31, 24, 40, 34, 30, 7, 44, 50)


def _write_contents(worksheet, listed, notes_name: str, lang: str, styles: _Styles) -> None:
    """The first sheet: every other sheet with its full name, report, caption, source and
    files, the sheet's name a link to it."""

    def t(key: str) -> str:
        return text(key, lang)

    heads = [
        t("workbook.sheet"),
        t("workbook.report"),
        t("workbook.caption"),
        t("workbook.table"),
        t("workbook.source"),
        t("workbook.rows"),
        t("workbook.csv"),
        t("workbook.csv_spreadsheet"),
    ]
    rows: list[tuple[str, list[str], int | None]] = [
        (notes_name, ["", t("workbook.notes_contents"), "", "", "", ""], None)
    ]
    for name, sheet, count in listed:
        info = sheet.info
        if sheet.report == CARD:
            report, caption = t("workbook.cards"), info.section if info else ""
        else:
            report, caption = report_title(sheet.report, lang), info.title if info else ""
        csv_name = f"tables/{sheet.name}.csv"
        variant = spreadsheet_path(Path(csv_name)).as_posix()
        source = info.source if info else ""
        rows.append((name, [report, caption, sheet.name, source, csv_name, variant], count))
    for j, (head, width) in enumerate(zip(heads, _CONTENTS_WIDTHS, strict=True)):
        worksheet.set_column(j, j, width)
        worksheet.write_string(0, j, head, styles.header_number if j == 5 else styles.header)
    for i, (name, values, count) in enumerate(rows, start=1):
        worksheet.write_url(i, 0, f"internal:'{name}'!A1", styles.link, string=name)
        *words, csv_name, variant = values
        for j, value in enumerate(words, start=1):
            worksheet.write_string(i, j, value, styles.wrapped)
        if count is not None:
            worksheet.write_number(i, 5, count, styles.number("#,##0"))
        worksheet.write_string(i, 6, csv_name, styles.text)
        worksheet.write_string(i, 7, variant, styles.text)
        lines = max(_line_count(v, w) for v, w in zip(words, _CONTENTS_WIDTHS[1:], strict=False))
        if lines > 1:
            worksheet.set_row(i, _LINE_HEIGHT * lines)
    worksheet.freeze_panes(1, 0)
    worksheet.autofilter(0, 0, len(rows), len(heads) - 1)
    _for_print(worksheet, 0)


def _write_notes(
    worksheet, units: set[str], sources: list[str], provenance, lang: str, styles: _Styles
) -> None:
    def t(key: str, **values: object) -> str:
        return text(key, lang, **values)

    rows = [("", t("workbook.about"))]
    order = ("EUR", "ratio", "percent", "count", "days", "date")
    rows += [(t("workbook.units"), t(f"workbook.unit.{u}")) for u in order if u in units]
    rows.append((t("workbook.units"), t("workbook.unit.text")))
    rows += [(t("workbook.sources"), source) for source in sources]
    for caveat in ("self_reported", "one_day", "targets", "realisation", "machine_readings"):
        rows.append((t("workbook.caveats"), t(f"workbook.caveat.{caveat}")))
    rows.append((t("workbook.provenance"), t("page.date", date=format_date(report_date(), lang))))
    if provenance is not None:
        state = (
            t("missing")
            if provenance.dirty is None
            else t("prov.dirty" if provenance.dirty else "prov.clean")
        )
        rows.append((t("workbook.provenance"), f"{t('prov.version')}: {provenance.version}"))
        rows.append(
            (t("workbook.provenance"), f"{t('prov.commit')}: {provenance.commit} ({state})")
        )
    worksheet.write_string(0, 0, t("workbook.topic"), styles.header)
    worksheet.write_string(0, 1, t("workbook.note"), styles.header)
    previous = None
    for i, (topic, note) in enumerate(rows, start=1):
        if topic != previous:  # each topic named once, beside its first note
            worksheet.write_string(i, 0, topic, styles.topic)
            previous = topic
        worksheet.write_string(i, 1, note, styles.wrapped)
        if _line_count(note, 100) > 1:
            worksheet.set_row(i, _LINE_HEIGHT * _line_count(note, 100))
    worksheet.set_column(0, 0, 30)
    worksheet.set_column(1, 1, 100)
    worksheet.freeze_panes(1, 0)
    _for_print(worksheet, 0)


def _safe_sheet_name(name: str) -> str:
    return _FORBIDDEN_IN_SHEET_NAMES.sub("_", name).strip("'")[:31] or "-"


def _sheet_name(stem: str, used: set[str]) -> str:
    """A sheet name within Excel's 31 characters, unique (the Contents sheet gives the full
    name)."""
    base = _safe_sheet_name(stem.replace("--", " ").replace("-*", ""))
    name, n = base, 1
    while name.lower() in {u.lower() for u in used}:
        n += 1
        name = f"{base[:27]}~{n}"
    used.add(name)
    return name
