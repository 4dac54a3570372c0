"""Tidy tables: rows to validated DataFrames, CSV text, atomic writes, and reading back.

Types, constraints and keys come from ``analyysi.tables.metadata``; nothing here names a column.
The parse stage checks and writes its rows without pandas (``rows``, ``files``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import pandas as pd

from analyysi.tables.files import write_files_atomically, write_tables
from analyysi.tables.metadata import RESOURCES, Field, Resource
from analyysi.tables.rows import RowsInvalid, TableRows, TableValidationError

if TYPE_CHECKING:
    import pandera.pandas as pa

__all__ = [
    "TableValidationError",
    "build_table",
    "checked_csv",
    "csv_writer",
    "format_csv",
    "read_table",
    "sort_table",
    "write_files_atomically",
    "write_tables",
]

_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


def build_table(
    resource: Resource, rows: Iterable[Mapping[str, Any]] | pd.DataFrame
) -> pd.DataFrame:
    """Rows (dicts, or a DataFrame) to a DataFrame with the resource's columns, types and
    sort order, validated against its metadata."""
    names = resource.field_names
    if isinstance(rows, pd.DataFrame):  # no detour through a dict per row
        frame = rows.reindex(columns=names)
    else:
        frame = pd.DataFrame(
            [{name: row.get(name) for name in names} for row in rows], columns=names
        )
    frame = frame.astype(object).where(frame.notna(), None)
    import pandera.pandas as pa  # here: its import costs most of an unchanged rerun's second

    try:
        frame = _schema(resource).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        summary = "; ".join(
            f"{case.column} {case.check}: {case.failure_case!r}"
            for case in cases.head(5).itertuples()
        )
        rows = cases["index"].dropna()
        codes = set()
        if "project_code" in resource.primary_key and len(rows) == len(cases):
            codes = {frame.at[int(i), "project_code"] for i in rows} - {None}
        raise TableValidationError(resource.path, summary, codes) from None
    return sort_table(resource, frame)


def checked_csv(resource: Resource, rows: Iterable[Mapping[str, Any]] | pd.DataFrame) -> str:
    """What ``format_csv(resource, build_table(resource, rows))`` gives (the header too),
    checked and formatted in plain Python by ``rows.TableRows`` from the same metadata,
    without pandera: its import alone took a second of every analysis run."""
    names = resource.field_names
    if isinstance(rows, pd.DataFrame):
        frame = rows.reindex(columns=names)
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    else:
        records = [{name: row.get(name) for name in names} for row in rows]
    checker = TableRows(resource)
    try:
        return checker.header() + checker.text(records)
    except RowsInvalid as exc:
        codes: set[str] = set()
        if "project_code" in resource.primary_key:
            codes = {records[n].get("project_code") for *_, n in exc.failures} - {None}
        raise TableValidationError(resource.path, exc.summary, codes) from None


def sort_table(resource: Resource, frame: pd.DataFrame) -> pd.DataFrame:
    """Sort by the key (numbers numerically, missing first) so output is deterministic."""
    by = list(resource.sort_by or resource.primary_key)
    if not by or frame.empty:
        return frame.reset_index(drop=True)
    return frame.sort_values(by, na_position="first", kind="stable").reset_index(drop=True)


def _schema(resource: Resource) -> pa.DataFrameSchema:
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {f.name: _column(f) for f in resource.fields},
        unique=list(resource.primary_key) or None,
        strict=True,
        ordered=True,
        coerce=True,
    )


def _column(field: Field) -> pa.Column:
    import pandera.pandas as pa

    checks = []
    if field.enum:
        checks.append(pa.Check.isin(list(field.enum)))
    if field.minimum is not None:
        checks.append(pa.Check.ge(field.minimum))
    if field.maximum is not None:
        checks.append(pa.Check.le(field.maximum))
    if field.pattern:
        checks.append(pa.Check.str_matches(field.pattern))
    return pa.Column(_DTYPES[field.type], checks=checks, nullable=not field.required)


def format_csv(resource: Resource, frame: pd.DataFrame) -> str:
    """CSV text by the data contract: ISO dates, true/false, whole euros without decimals,
    empty cell for missing, '\\n' line ends."""
    return _formatted(resource, frame).to_csv(index=False, lineterminator="\n")


def csv_writer(resource: Resource, frame: pd.DataFrame) -> Callable[[TextIO], None]:
    """What ``format_csv`` gives, written straight to a stream when called: a large table
    is never held as one string (for ``write_tables`` and ``write_files_atomically``)."""

    def write(stream: TextIO) -> None:
        _formatted(resource, frame).to_csv(stream, index=False, lineterminator="\n")

    return write


def _formatted(resource: Resource, frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {f.name: _format_column(f, frame[f.name]) for f in resource.fields},
        columns=resource.field_names,
    )


def _format_column(field: Field, column: pd.Series) -> pd.Series:
    def fmt(value: Any) -> str:
        if value is None or value is pd.NA or value is pd.NaT:
            return ""
        if field.type == "boolean":
            return "true" if value else "false"
        if field.type == "date":
            return value.strftime("%Y-%m-%d")
        if field.type == "number":
            return str(int(value)) if float(value).is_integer() else f"{value:.{field.decimals}f}"
        return str(value)

    return pd.Series(
        [fmt(v) for v in column.astype(object).where(column.notna(), None)], dtype=object
    )


def read_table(name: str, processed: Path | str = "data/processed") -> pd.DataFrame:
    """Read a written table back with the types its metadata declares."""
    resource = RESOURCES[name]
    path = Path(processed) / resource.path
    types = {f.name: f.type for f in resource.fields}
    frame = pd.read_csv(
        path,
        dtype={n: "string" if t in ("date", "boolean") else _DTYPES[t] for n, t in types.items()},
        keep_default_na=False,
        na_values=[""],
    )
    for column, kind in types.items():
        if kind == "date":
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
        elif kind == "boolean":
            frame[column] = frame[column].map({"true": True, "false": False}).astype("boolean")
    return frame
