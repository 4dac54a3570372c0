"""Rows to checked CSV text in plain Python, driven by the column metadata.

What ``tidy.build_table`` and ``tidy.format_csv`` do with pandas and pandera, for the parse
stage, without either: each value is coerced to its column's type, checked against its
constraints (required, enum, minimum, maximum, pattern) and the table's unique key, the rows
are sorted by the key (numbers numerically, missing first, ties in the order given) and
written by the data contract (ISO dates, true/false, whole euros without decimals, an empty
cell for missing, '\\n' line ends). A failure is described as pandera describes it
(``column check: value``), so messages stay the same.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from analyysi.tables.metadata import Field, Resource

_DTYPES = {  # the names pandera gives the types in its messages
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}
_INT64 = range(-(2**63), 2**63)
# The dates a datetime64[ns] column can hold (what the pandas path could write).
_FIRST_DAY, _LAST_DAY = dt.date(1677, 9, 22), dt.date(2262, 4, 11)
SHOWN_FAILURES = 5  # failures named in a summary, as tidy.build_table names them


class TableValidationError(Exception):
    """A table broke its contract; this is a bug in analyysi, not in the input."""

    def __init__(self, table: str, summary: str, project_codes: set[str]) -> None:
        super().__init__(f"{table} does not meet its contract: {summary}")
        self.table, self.summary, self.project_codes = table, summary, project_codes


class RowsInvalid(Exception):
    """Rows of one table broke its contract: ``failures`` is a list of (column, check, value,
    row number), ``summary`` names the first few."""

    def __init__(self, resource: Resource, failures: list[tuple[str, str, Any, int]]) -> None:
        self.resource, self.failures = resource, failures
        self.summary = "; ".join(
            f"{column} {check}: {value if isinstance(value, _Shown) else repr(value)}"
            for column, check, value, _ in failures[:SHOWN_FAILURES]
        )
        super().__init__(f"{resource.path} does not meet its contract: {self.summary}")


class _Uncoercible(Exception):
    pass


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, Decimal) and value.is_nan()


def _to_string(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _to_integer(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float | Decimal) and math.isfinite(value) and value == int(value):
        number = int(value)
    else:
        raise _Uncoercible
    if number not in _INT64:
        raise _Uncoercible
    return number


def _to_number(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float | Decimal):
        try:
            return float(value)
        except OverflowError:
            raise _Uncoercible from None
    raise _Uncoercible


def _to_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _Uncoercible


def _to_date(value: Any) -> dt.date:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _Uncoercible from None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date) and _FIRST_DAY <= value <= _LAST_DAY:
        return value
    raise _Uncoercible


_COERCE = {
    "string": _to_string,
    "integer": _to_integer,
    "number": _to_number,
    "boolean": _to_boolean,
    "date": _to_date,
}


def _text(field: Field, value: Any) -> str:
    """A coerced value as written in the CSV."""
    if value is None:
        return ""
    if field.type == "boolean":
        return "true" if value else "false"
    if field.type == "date":
        return value.isoformat()  # YYYY-MM-DD: the years a column can hold have four digits
    if field.type == "number":
        return _number_text(value, field.decimals)
    return str(value)


class _Shown(str):
    """A value in a failure already written as pandera writes it."""


def _shown(field: Field, value: Any) -> _Shown:
    """A coerced value in a failure, as pandera shows it (numpy scalars, nan for missing)."""
    if value is None:
        return _Shown("nan")
    if field.type == "integer":
        return _Shown(f"np.int64({value})")
    if field.type == "number":
        return _Shown(f"np.float64({value!r})")
    return _Shown(repr(value))


class _Column:
    """One field's coercion, checks (as pandera names them) and formatting."""

    def __init__(self, field: Field) -> None:
        self.field = field
        self.name = field.name
        self.coerce = _COERCE[field.type]
        self.dtype = _DTYPES[field.type]
        checks: list[tuple[str, Any]] = []
        if field.enum:
            allowed = list(field.enum)
            checks.append((f"isin({allowed})", lambda v, a=frozenset(allowed): v in a))
        if field.minimum is not None:
            low = field.minimum
            checks.append((f"greater_than_or_equal_to({low})", lambda v, m=low: v >= m))
        if field.maximum is not None:
            high = field.maximum
            checks.append((f"less_than_or_equal_to({high})", lambda v, m=high: v <= m))
        if field.pattern:
            pattern = re.compile(field.pattern)
            checks.append(
                (f"str_matches('{field.pattern}')", lambda v, p=pattern: p.match(v) is not None)
            )
        self.checks = tuple(checks)
        # The same checks as callables without a Python frame, for the quick path.
        fast: list[Callable[[Any], Any]] = []
        if field.enum:
            fast.append(frozenset(field.enum).__contains__)
        if field.minimum is not None:
            fast.append(functools.partial(operator.le, field.minimum))  # minimum <= value
        if field.maximum is not None:
            fast.append(functools.partial(operator.ge, field.maximum))  # maximum >= value
        if field.pattern:
            fast.append(re.compile(field.pattern).match)  # a match is true, None false
        self.fast = tuple(fast)


# For each type: the test that lets a value ``v`` take the quick path (the column's checks
# follow it), and the cell made of it.
_QUICK_CELLS = {
    "string": ("type(v) is str", "v"),
    "integer": ("type(v) is int", "str(v)"),
    "boolean": ("type(v) is bool", '"true" if v else "false"'),
    "date": ("type(v) is date and FIRST_DAY <= v <= LAST_DAY", "v.isoformat()"),
    "number": (
        "type(v) in (int, float, Decimal) and isfinite(float(v))",
        "number(float(v), {decimals})",
    ),
}


def _number_text(value: float, decimals: int) -> str:
    return str(int(value)) if value.is_integer() else f"{value:.{decimals}f}"


def _quick_cells(columns: tuple[_Column, ...]) -> Callable[[list[Mapping[str, Any]]], list]:
    """The cells of rows whose values come as the parser makes them (each its column's plain
    Python type, valid); raises ``_Slow`` for anything else (missing where required, another
    type, a failed check), for the full coercion and checks to decide.

    The quick path is most of the parse stage's own work, and a function call per cell was
    most of the quick path: the function is written out from the metadata, one per table, the
    checks of every column inline in one loop over the rows (as ``dataclasses`` writes its
    methods)."""
    names: dict[str, Any] = {
        "Slow": _Slow, "date": dt.date, "FIRST_DAY": _FIRST_DAY, "LAST_DAY": _LAST_DAY,
        "Decimal": Decimal, "isfinite": math.isfinite, "number": _number_text,
    }  # fmt: skip
    body = ["def cells(rows):", "    made = []", "    for row in rows:", "        get = row.get"]
    for i, column in enumerate(columns):
        field = column.field
        test, cell = _QUICK_CELLS[field.type]
        tests = [test]
        for k, check in enumerate(column.fast):
            names[f"test_{i}_{k}"] = check
            tests.append(
                f"test_{i}_{k}(float(v))" if field.type == "number" else f"test_{i}_{k}(v)"
            )
        test = " and ".join(tests)
        cell = cell.format(decimals=int(field.decimals))
        body += [
            f"        v = get({field.name!r})",
            "        if v is None:",
            "            raise Slow" if field.required else f"            c{i} = ''",
            f"        elif {test}:",
            f"            c{i} = {cell}",
            "        else:",
            "            raise Slow",
        ]
    body += [f"        made.append(({', '.join(f'c{i}' for i in range(len(columns)))},))"]
    body += ["    return made"]
    # The source is made from the metadata alone, never from document text.
    exec("\n".join(body), names)
    return names["cells"]


class _Slow(Exception):
    """A row the quick path does not take: the full coercion and checks decide."""


class TableRows:
    """The checker and writer of one table, built once from its metadata."""

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.columns = tuple(_Column(f) for f in resource.fields)
        self.names = resource.field_names
        self.key = tuple(self.names.index(n) for n in resource.primary_key)
        self.sort = tuple(self.names.index(n) for n in (resource.sort_by or resource.primary_key))
        # for the quick path
        self.cells = _quick_cells(self.columns)
        self.key_names = tuple(self.names[i] for i in self.key)
        self.sort_names = tuple(self.names[i] for i in self.sort)
        self.sort_nullable = any(not self.columns[i].field.required for i in self.sort)
        # A row's sort values (a tuple, or the one value itself: they sort alike).
        self.sort_values = operator.itemgetter(*self.sort_names) if self.sort else None

    def header(self) -> str:
        return _csv_text([self.names])

    def text(self, rows: Iterable[Mapping[str, Any]]) -> str:
        """CSV text (no header) of the rows, checked and sorted by the key; raises
        ``RowsInvalid`` naming every failure."""
        rows = list(rows)
        try:
            cells = self._quick(rows)
        except _Slow:
            columns = self.columns
            cells = [
                [_text(c.field, value) for c, value in zip(columns, values, strict=True)]
                for values in self.check(rows)
            ]
        return _csv_text(cells)

    def _quick(self, rows: list[Mapping[str, Any]]) -> list[list[str]]:
        """The common case: every value of its plain type, valid, keys unique."""
        cells = self.cells(rows)
        if len(rows) > 1:
            if self.sort_nullable or self.sort_values is None:
                order = [tuple(map(row.get, self.sort_names)) for row in rows]
            else:  # the sort columns are required, so present once their cells are made
                order = list(map(self.sort_values, rows))  # in C: one Python loop less
            if self.key:  # required, so never missing here
                keys = (
                    order
                    if self.key_names == self.sort_names
                    else [tuple(map(row.get, self.key_names)) for row in rows]
                )
                if len(set(keys)) < len(keys):
                    raise _Slow
            if self.sort_nullable:
                order = [tuple((0, 0) if v is None else (1, v) for v in key) for key in order]
            ranked = sorted(range(len(rows)), key=order.__getitem__)
            cells = list(map(cells.__getitem__, ranked))
        return cells

    def check(self, rows: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
        """The rows as lists of coerced values in column order, sorted by the key; raises
        ``RowsInvalid`` naming every failure in pandera's order: values that cannot take
        their column's type, then repeated keys, then column by column the missing required
        values, the values of the wrong type and each check's failures."""
        table = [[row.get(name) for name in self.names] for row in rows]
        failures: list[tuple[str, str, Any, int]] = []
        uncoerced: set[tuple[int, int]] = set()
        for position, column in enumerate(self.columns):
            for number, values in enumerate(table):
                value = values[position]
                if _missing(value):
                    values[position] = None
                    continue
                try:
                    values[position] = column.coerce(value)
                except _Uncoercible:
                    uncoerced.add((number, position))
                    failures.append((column.name, f"coerce_dtype('{column.dtype}')", value, number))
        if self.key:
            keys = [tuple(values[i] for i in self.key) for values in table]
            seen: dict[tuple, int] = {}
            for key in keys:
                seen[key] = seen.get(key, 0) + 1
            repeated = [n for n, key in enumerate(keys) if seen[key] > 1]
            for i in self.key:
                column = self.columns[i]
                for number in repeated:
                    value = _shown(column.field, table[number][i])
                    failures.append((column.name, "multiple_fields_uniqueness", value, number))
        for position, column in enumerate(self.columns):
            found = [n for n, values in enumerate(table) if values[position] is None]
            if column.field.required:
                failures.extend((column.name, "not_nullable", _Shown("nan"), n) for n in found)
            wrong = [n for n in range(len(table)) if (n, position) in uncoerced]
            failures.extend(
                (column.name, f"dtype('{column.dtype}')", table[n][position], n) for n in wrong
            )
            for name, test in column.checks:
                for number, values in enumerate(table):
                    value = values[position]
                    if value is None or (number, position) in uncoerced:
                        continue
                    if not test(value):
                        failures.append((column.name, name, _shown(column.field, value), number))
        if failures:
            raise RowsInvalid(self.resource, failures)
        if self.sort and len(table) > 1:
            sort = self.sort
            table.sort(key=lambda v: tuple((0, 0) if v[i] is None else (1, v[i]) for i in sort))
        return table


def _csv_text(rows: Iterable[list[str]]) -> str:
    """The rows as the csv module writes them (``lineterminator="\\n"``, minimal quoting).

    The csv writer looks at every character of every field twice, which made it the parse
    stage's largest cost (a description's texts run to tens of kilobytes); ``in`` finds the
    few characters that matter at memchr speed (a regex character class would not: it steps
    through the text). Anything unusual (a carriage return, a NUL, a row of one field) is left
    to the csv module itself, whose rules for those have changed between Python versions."""
    lines = []
    for row in rows:
        line = ",".join(row)
        if (
            len(row) > 1
            and "\n" not in line  # first: a text's line break is found early, the rest is not
            and '"' not in line
            and line.count(",") == len(row) - 1  # no comma inside a field
            and "\r" not in line
            and "\x00" not in line
        ):
            lines.append(line)  # the common row: no field needs quotes
        elif len(row) < 2 or any("\r" in cell or "\x00" in cell for cell in row):
            lines.append(_csv_module_text([row])[:-1])
        else:  # a field with a comma, a quote or a line break goes in quotes, '"' doubled
            lines.append(",".join(map(_quoted, row)))
    lines.append("")
    return "\n".join(lines) if len(lines) > 1 else ""


def _quoted(cell: str) -> str:
    if "," in cell or '"' in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _csv_module_text(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
