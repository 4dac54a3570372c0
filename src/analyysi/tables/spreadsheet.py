"""Cells that a spreadsheet will not run.

Document text is untrusted. A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is taken for a formula by Excel and LibreOffice (``=HYPERLINK(…)``,
``+cmd|' /C calc'!A0``); following the OWASP guidance on CSV injection such a cell gets a
leading apostrophe, so it shows as text. Plain numbers (``-5``, ``-0,5``, ``+3.2``) are left as
they are. Every file offered for a spreadsheet (report CSV downloads, workbooks, review
worksheets) goes through ``safe_cell``; the tidy tables in ``data/processed`` keep the exact
text, because they are data.
"""

from __future__ import annotations

import re

import pandas as pd

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """The value, or for text that a spreadsheet would evaluate, the text after an
    apostrophe."""
    if (
        isinstance(value, str)
        and value.startswith(_TRIGGERS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell (and column name) made safe."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell)
    safe.columns = [safe_cell(str(c)) for c in safe.columns]
    return safe
