"""The files beside each report table, for authors: the CSV, its spreadsheet variant and a
description of the table.

* ``tables/<report>--<name>.csv`` — the standard CSV (UTF-8, comma, plain numbers, ISO
  dates): a documented, machine-readable output.
* ``tables/excel/<report>--<name>-excel.csv`` — the same rows as a spreadsheet opens them
  with a double click: UTF-8 with a byte-order mark (else Excel reads ä and ö as two
  characters each); on Finnish pages ``;`` between cells, decimal commas and d.m.yyyy dates
  (a Finnish Excel or LibreOffice splits on ``;`` and takes ``0,9`` for a number), on
  English pages commas and ISO dates.
* ``tables/<report>--<name>.json`` — what the workbook and the Word documents need to know
  of the table: its number and caption on the page, its source line, the heading it stands
  under, and each column's title, type and unit (from the column metadata).

Both CSV files are spreadsheet-safe (``safe_frame``): a cell that a spreadsheet would run is
shown as text.
"""

from __future__ import annotations

import csv
import io
import json
import numbers
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from analyysi.tables.spreadsheet import safe_frame

SPREADSHEET_FOLDER = "excel"  # under tables/: the spreadsheet variants
# What a spreadsheet of each report language expects of a CSV file
SEPARATORS = {"fi": ";", "en": ","}
DECIMAL_MARKS = {"fi": ",", "en": "."}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Column:
    name: str  # the column's name in the analysis (project_code)
    title: str  # as the page and the CSV head it (Hankekoodi)
    type: str  # string, integer, number or date (coded values and booleans are text)
    unit: str | None = None  # EUR, ratio, percent, count, days; None: a number that names


@dataclass(frozen=True)
class TableInfo:
    """A table as the page shows it: the sidecar ``<report>--<name>.json``."""

    table: str  # file stem: <report>--<name>
    report: str
    lang: str
    rows: int
    columns: list[Column] = field(default_factory=list)
    number: int | None = None  # its number on the page (captioned tables are numbered)
    label: str = ""  # "Taulukko 3."
    caption: str = ""
    source: str = ""  # the source line under the table
    section: str = ""  # the heading the table stands under
    order: int = 0  # its place among the report's tables, in page order

    @property
    def title(self) -> str:
        """Number and caption as on the page, else the heading it stands under."""
        return f"{self.label} {self.caption}".strip() or self.section


def spreadsheet_path(csv_path: Path) -> Path:
    """Where the spreadsheet variant of a table's CSV goes."""
    return csv_path.parent / SPREADSHEET_FOLDER / f"{csv_path.stem}-excel.csv"


def sidecar_path(csv_path: Path) -> Path:
    return csv_path.with_suffix(".json")


def write_table_files(labelled: pd.DataFrame, csv_path: Path, info: TableInfo) -> None:
    """Write the CSV (content as before: plain numbers, ISO dates), its spreadsheet variant
    and the sidecar; ``labelled`` has the report's column titles and coded values."""
    safe = safe_frame(labelled)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    safe.to_csv(csv_path, index=False, lineterminator="\n")
    variant = spreadsheet_path(csv_path)
    variant.parent.mkdir(parents=True, exist_ok=True)
    dates = [c.type == "date" for c in info.columns] or [False] * len(safe.columns)
    variant.write_bytes(spreadsheet_csv(safe, info.lang, dates).encode("utf-8-sig"))
    sidecar_path(csv_path).write_text(
        json.dumps(asdict(info), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def spreadsheet_csv(safe: pd.DataFrame, lang: str, dates: list[bool]) -> str:
    """The rows as a spreadsheet of ``lang`` reads a CSV: its separator, its decimal mark,
    its date order. Only real numbers get the decimal mark; text (a code such as 10.1)
    is written as it is."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATORS[lang], lineterminator="\r\n")
    writer.writerow(safe.columns)
    for row in safe.itertuples(index=False):
        writer.writerow(
            _spreadsheet_cell(value, lang, is_date)
            for value, is_date in zip(row, dates, strict=True)
        )
    return out.getvalue()


def _spreadsheet_cell(value: object, lang: str, is_date: bool) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Real):
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # 51005, not 51005,0
        return str(value).replace(".", DECIMAL_MARKS[lang])
    if is_date and isinstance(value, str) and lang == "fi" and _ISO_DATE.fullmatch(value):
        year, month, day = _ISO_DATE.fullmatch(value).groups()
        return f"{int(day)}.{int(month)}.{year}"
    return value


def read_table_info(csv_path: Path) -> TableInfo | None:
    """The sidecar of a table's CSV, or None when there is none (a table written by an
    older analyysi, or by hand)."""
    try:
        data = json.loads(sidecar_path(csv_path).read_text(encoding="utf-8"))
        data["columns"] = [Column(**c) for c in data.get("columns", [])]
        return TableInfo(**data)
    except (OSError, ValueError, TypeError):
        return None
