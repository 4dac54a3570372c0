"""Tidy tables: rows to validated DataFrames, CSV text, atomic writes, and reading back.

Types, constraints and keys come from ``analyysi.tables.metadata``; nothing here names a column.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

import pandas as pd
import pandera.pandas as pa

from analyysi.tables.datapackage import describe_package
from analyysi.tables.metadata import RESOURCES, Field, Resource

_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


class TableValidationError(Exception):
    """A table broke its contract; this is a bug in analyysi, not in the input."""

    def __init__(self, table: str, summary: str, project_codes: set[str]) -> None:
        super().__init__(f"{table} does not meet its contract: {summary}")
        self.table, self.summary, self.project_codes = table, summary, project_codes


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


def sort_table(resource: Resource, frame: pd.DataFrame) -> pd.DataFrame:
    """Sort by the key (numbers numerically, missing first) so output is deterministic."""
    by = list(resource.sort_by or resource.primary_key)
    if not by or frame.empty:
        return frame.reset_index(drop=True)
    return frame.sort_values(by, na_position="first", kind="stable").reset_index(drop=True)


def _schema(resource: Resource) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {f.name: _column(f) for f in resource.fields},
        unique=list(resource.primary_key) or None,
        strict=True,
        ordered=True,
        coerce=True,
    )


def _column(field: Field) -> pa.Column:
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


def write_files_atomically(
    out: Path, contents: Mapping[str, str | Callable[[TextIO], None]]
) -> None:
    """Write every file to a temporary name first, then move each into place.

    Nothing is replaced until every file is complete on disk, and each replacement is atomic:
    a failure while writing leaves the previous tables as they were, and no file is ever
    half-written. Only a kill during the final renames (microseconds) could leave some tables
    from the previous run beside new ones; rerun to make them one set again. A content is
    text, or a function that writes it to the stream it is given."""
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    mask = os.umask(0)
    os.umask(mask)
    try:
        for name, text in contents.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            os.chmod(tmp, 0o666 & ~mask)  # as an ordinary file would be, not mkstemp's 0600
            staged.append((name, Path(tmp)))
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                text(stream) if callable(text) else stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
        for name, tmp in staged:
            os.replace(tmp, out / name)
    finally:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)


def write_tables(
    out: Path,
    files: Mapping[str, str | Callable[[TextIO], None]],
    remove: Iterable[str] = (),
) -> list[Path]:
    """Write table files atomically with a ``datapackage.json`` that describes every known
    table now in ``out`` (tables of other stages written earlier included); delete ``remove``
    first. Returns the paths written."""
    for name in remove:
        (out / name).unlink(missing_ok=True)
    present = [r for r in RESOURCES.values() if r.path in files or (out / r.path).exists()]
    contents = {**files, "datapackage.json": describe_package(present)}
    write_files_atomically(out, contents)
    return [out / name for name in contents]


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
