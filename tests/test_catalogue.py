"""One catalogue for every word analyysi says: each message in Finnish and English, with the
same placeholders in both, and plural forms where a count decides the word."""

from __future__ import annotations

import string

import pytest

from analyysi.catalogue import LANGUAGES, MESSAGES, text


def _placeholders(message) -> set[str]:
    forms = message.values() if isinstance(message, dict) else [message]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_in_both_languages_with_the_same_placeholders(key):
    message = MESSAGES[key]
    assert set(message) == set(LANGUAGES)
    assert _placeholders(message["fi"]) == _placeholders(message["en"]), key
    for form in message.values():
        if isinstance(form, dict):
            assert set(form) == {"one", "other"} and "count" in _placeholders(form)


def test_plural_forms_follow_the_count():
    one = text("cli.reports_failed", "en", count=1, names="01_funding")
    many = text("cli.reports_failed", "en", count=2, names="01_funding, 03_covid")
    assert one == "analyysi run: 1 report failed: 01_funding"
    assert many.startswith("analyysi run: 2 reports failed")
    assert text("cli.fetching", "fi", count=1, url="u", out="o").startswith("Ladataan 1 sivu ")
    assert text("cli.fetching", "fi", count=3, url="u", out="o").startswith("Ladataan 3 sivua ")


# Keys made at run time from a prefix and a code (f"value.{status}", f"title.{name}", ...).
DYNAMIC = ("value.", "title.", "cli.", "run.", "param.", "language.", "table.", "col.", "band.",
           "term.", "groups.", "programme.by_", "participants.reason.", "issue.", "answer.",
           "index.col.", "workbook.unit.", "workbook.caveat.")  # fmt: skip


def test_every_message_is_used():
    """A message no code or notebook names is left over from prose that moved (into a
    notebook's markdown cells, say): it would be translated and kept for nothing."""
    import json
    import re

    from conftest import ROOT

    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py")
               if p.name != "catalogue.py"]  # fmt: skip
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        sources += ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    corpus = "\n".join(sources)
    unused = [
        key
        for key in MESSAGES
        if not key.startswith(DYNAMIC) and not re.search(rf"[\"']{re.escape(key)}[\"']", corpus)
    ]
    assert unused == []


def test_every_coded_value_has_words():
    """A table's coded value reaches a page through ``value.<code>``: one without words is
    shown as its code (a Finnish page showed days, sessions and co_implementer)."""
    from analyysi.tables.metadata import RESOURCES

    missing = sorted(
        {
            f"{field.name}: {code}"
            for resource in RESOURCES.values()
            for field in resource.fields
            for code in field.enum or ()
            if f"value.{code}" not in MESSAGES
        }
    )
    assert missing == []
