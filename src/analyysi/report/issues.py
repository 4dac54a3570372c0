"""Data-quality issues in the reader's language.

``parse_issues.csv`` keeps each issue's message in English, as the parser wrote it (it is a
documented output). A page shows the message in the report's language, translated from the
English pattern, and names the field in words ("Rahoitus: summa") rather than as
``funding.amount_eur``.
"""

from __future__ import annotations

import re

import pandas as pd

from analyysi.catalogue import MESSAGES, column_label, text
from analyysi.tables.metadata import RESOURCES

# (pattern of the English message, catalogue key); the key's text takes the named groups.
PATTERNS: tuple[tuple[re.Pattern, str], ...] = ()


def issue_message(message: str, lang: str) -> str:
    """The message in ``lang``; an English message no pattern knows is shown as written,
    marked as such."""
    if lang == "en":
        return message
    for pattern, key in PATTERNS:
        found = pattern.fullmatch(message)
        if found:
            return text(key, lang, **found.groupdict())
    return text("issue.untranslated", lang, message=message)


def field_label(field: str, lang: str) -> str:
    """``table.column`` as words: the table's title and the column's label."""
    if field == "file":
        return text("issue.field.file", lang)
    if field.startswith("section "):
        return text("issue.field.section", lang, section=field.removeprefix("section "))
    table, _, column = field.partition(".")
    if table in RESOURCES:
        title = text(f"table.{table}", lang) if f"table.{table}" in MESSAGES else table
        if not column:
            return title
        fields = {f.name: f for f in RESOURCES[table].fields}
        label = fields[column].title(lang) if column in fields else column_label(column, lang)
        return f"{title}: {label}"
    return field


def shown_issues(issues: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Issues as a page shows them: field in words, message in the page's language."""
    shown = issues.copy()
    if "field" in shown:
        shown["field"] = shown["field"].map(lambda f: field_label(str(f), lang))
    if "message" in shown:
        shown["message"] = shown["message"].map(lambda m: issue_message(str(m), lang))
    return shown
