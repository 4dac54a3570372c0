"""Data-quality issues in the reader's language.

``parse_issues.csv``, ``review_issues.csv`` and ``programme_issues.csv`` keep each message in
English, as the parser, the review or the list import wrote it (they are documented outputs). A
page shows the message in the report's language, translated from the English pattern, and names
the field in words ("Rahoitus: Määrä (€)") rather than as ``funding.amount_eur``.

Each pattern is matched whole (``fullmatch``) and in one pass: no part of a pattern can match
the same text in two ways, so a message quoting hostile document text costs time in proportion
to its length. Values quoted from a document stay as written; numbers and dates that the message
carries as numbers are written in the page's style (``1234.5`` → ``1 234,5``, ``2021-08-31`` →
``31.8.2021``). An English page shows the message as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

import pandas as pd

from analyysi.catalogue import MESSAGES, column_label, text
from analyysi.formats import format_date, format_number
from analyysi.tables.metadata import RESOURCES

# Pieces of patterns. Each matches its text one way only.
_REPR = r"(?:'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")"  # Python's repr() of a string
_INT = r"\d+"
_DEC = r"-?\d+(?:\.\d+)?"  # a Decimal or float as str() writes it
_LINE = r"(?:\d+|None)"  # a line number, or None where a value had none
_LABEL = r"[^:\n]*"  # a label as written in a document: the text before its colon
_CODE = r"[A-Z]\d{5,9}"
_ISO = r"\d{4}-\d{2}-\d{2}"


def _p(pattern: str, key: str) -> tuple[re.Pattern, str]:
    return re.compile(pattern, re.DOTALL), key


# What a file that is not read is (documents.read.identify_file, parse._identify), quoted by
# "not read: …" and "rejected: file is not text but …".
_FETCH = (
    r"fetch the page with `analyysi fetch CODE`, or save it from the browser as \.html or \.txt"
)
KINDS: tuple[tuple[re.Pattern, str], ...] = (
    _p(r"a PDF; project descriptions are web pages, not PDFs: " + _FETCH, "issue.kind.pdf"),
    _p(
        r"a word-processor document: save it as plain text \(\.txt, UTF-8\), or " + _FETCH,
        "issue.kind.word",
    ),
    _p(
        r"a spreadsheet or list, not a description; a programme project list is given with "
        r"`analyysi run --project-list FILE`",
        "issue.kind.spreadsheet",
    ),
    _p(
        r"a web archive: save the page as 'Web page, HTML only' \(\.html\), or as text \(\.txt\)",
        "issue.kind.web_archive",
    ),
    _p(r"an image; a description is read from its text: " + _FETCH, "issue.kind.image"),
    _p(
        r"an archive: unpack it, or save its descriptions as \.txt or \.html into the folder",
        "issue.kind.archive",
    ),
    _p(
        r"UTF-16 text without a byte-order mark: open it and save it again as UTF-8 \(in "
        r"Notepad: Save as, Encoding UTF-8\)",
        "issue.kind.utf16",
    ),
    _p(
        r"binary data: save the description as text \(\.txt, UTF-8\) or as a web page \(\.html\)",
        "issue.kind.binary",
    ),
    _p(r"only \.txt, \.html and \.htm files are descriptions", "issue.kind.other"),
)

# Python's words for a date that is not in the calendar (datetime.date), quoted by
# "not a calendar date (…)" and, alone, as a reason a programme row was set aside.
PYTHON_DATES: tuple[tuple[re.Pattern, str], ...] = (
    _p(r"month must be in 1\.\.12", "issue.python.month"),
    _p(r"day is out of range for month", "issue.python.day"),
    _p(r"year (?P<year>\d+) is out of range", "issue.python.year"),
)

# Why a value does not parse (documents.values), quoted by "{label}: {why}; raw value {raw}".
_VALUE_REASONS = (
    (r"not a euro amount \(expected e\.g\. '43 005' or '17 743,48'\)", "not_amount"),
    (r"implausibly large amount \(a trillion euros or more\)", "large_amount"),
    (r"not a whole number", "not_count"),
    (r"implausibly large count \(over a billion\)", "large_count"),
    (r"score outside 0–10", "score"),
    (r"not a date d\.m\.yyyy", "not_date"),
    (r"year (?P<year>\d+) outside (?P<first>\d+)–(?P<last>\d+)", "year"),
    (r"not a calendar date \((?P<python>[^()\n]*)\)", "calendar"),
    (r"not a period 'Alkaa d\.m\.yyyy ja päättyy d\.m\.yyyy'", "not_period"),
    (r"not a Y-tunnus \(expected 1234567-8\)", "not_business_id"),
    (r"not Kyllä or Ei", "not_yes_no"),
    (r"not a numbered name \(expected e\.g\. '10\.1\. Name'\)", "not_numbered"),
)

# (pattern of the English message, catalogue key); the key's text takes the named groups,
# written in the page's style by the group's name (see _FORMATS).
PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    # --- parse_issues.csv: a value or a section of a description (documents.fields)
    *(
        _p(rf"(?P<label>{_LABEL}): {reason}; raw value (?P<raw>{_REPR})", f"issue.value.{key}")
        for reason, key in _VALUE_REASONS
    ),
    _p(rf"unusual project code (?P<code>{_REPR})", "issue.unusual_code"),
    _p(r"no title line naming the fund, e\.g\. '\(ESR\)'", "issue.no_fund"),
    _p(
        rf"heading (?P<heading>{_REPR}) out of order; its section is read all the same",
        "issue.heading_out_of_order",
    ),
    _p(rf"heading (?P<heading>{_REPR}) repeated; read as text", "issue.heading_repeated"),
    _p(
        r"section '(?P<number>\d+(?:\.\d+)?) (?P<title>[^'\n]*)' is not on this "
        r"(?P<fund>[^ \n]*) page \(an ESF indicator\)",
        "issue.section_other_fund",
    ),
    _p(
        r"section '(?P<number>\d+(?:\.\d+)?) (?P<title>[^'\n]*)' is missing",
        "issue.section_missing",
    ),
    _p(
        rf"label (?P<label>{_REPR}) repeated with another value \(lines (?P<first>\d+) and "
        r"(?P<second>\d+)\); the value is left empty",
        "issue.label_repeated",
    ),
    _p(
        r"unrecognised line ignored: \(not shown: this section holds personal data\)",
        "issue.unrecognised_personal",
    ),
    _p(rf"unrecognised line ignored: (?P<line>{_REPR})", "issue.unrecognised"),
    _p(rf"label (?P<label>{_REPR}) not found; its value is left empty", "issue.label_missing"),
    _p(r"'Osatoteuttajat' heading repeated; ignored", "issue.co_heading_repeated"),
    _p(r"'Osatoteuttajat' heading without entries", "issue.co_heading_empty"),
    _p(
        rf"Osatoteuttajat: no Y-tunnus after a comma; raw value (?P<raw>{_REPR})",
        "issue.co_no_business_id",
    ),
    _p(rf"indicator (?P<label>{_REPR}) repeated; read again", "issue.indicator_repeated"),
    _p(
        rf"indicator (?P<label>{_REPR}) is not one of the ESF indicators \(7\.1, 7\.2\): "
        r"read with its label",
        "issue.indicator_other",
    ),
    _p(
        rf"(?P<question>{_LABEL}): no answer \(Kyllä or Ei\) after the question",
        "issue.no_answer",
    ),
    _p(
        rf"criterion (?P<name>{_REPR}) repeated \(first on line (?P<first>\d+)\); "
        r"this line is ignored",
        "issue.criterion_repeated",
    ),
    _p(
        rf"(?P<name>{_LABEL}): expected two scores \(direct, indirect\); raw value "
        rf"(?P<raw>{_REPR})",
        "issue.two_scores",
    ),
    _p(
        r"(?P<num_missing>\d+) of the (?P<num_total>\d+) sustainability criteria not found: "
        r"(?P<names>.*)",
        "issue.criteria_missing",
    ),
    # --- parse_issues.csv: plausibility (documents.checks)
    _p(
        rf"realised (?P<term>EU and state funding|public funding) (?P<eur_realised>{_DEC}) € "
        rf"is above planned (?P<eur_planned>{_DEC}) € \(line (?P<line>{_LINE})\)",
        "issue.realised_above_planned_funding",
    ),
    _p(
        rf"planned EU and state funding (?P<eur_part>{_DEC}) € is above planned total public "
        rf"funding (?P<eur_total>{_DEC}) € \(line (?P<line>{_LINE})\)",
        "issue.eu_state_above_total_planned",
    ),
    _p(
        rf"realised EU and state funding (?P<eur_part>{_DEC}) € is above realised total public "
        rf"funding (?P<eur_total>{_DEC}) € \(line (?P<line>{_LINE})\)",
        "issue.eu_state_above_total_realised",
    ),
    _p(
        rf"realised (?P<term>enterprises|persons|other) (?P<num_realised>{_INT}) is above "
        rf"planned (?P<num_planned>{_INT}) \(line (?P<line>{_LINE})\)",
        "issue.realised_above_planned_indicator",
    ),
    _p(r"Y-tunnus (?P<business_id>\d{7}-\d) has a wrong check digit", "issue.check_digit"),
    _p(
        rf"planned end (?P<date_end>{_ISO}) is before planned start (?P<date_start>{_ISO})",
        "issue.end_before_start",
    ),
    _p(
        r"the project is closed \((?P<status>[^()\n]*)\) but has no final-report summary "
        r"\(section 9\): its outcomes and COVID adaptations cannot be read; the page may be "
        r"cut short",
        "issue.no_final_report",
    ),
    # --- parse_issues.csv: files (tables.parse, documents.read)
    _p(r"not read: a hidden folder", "issue.file.hidden_folder"),
    _p(r"not read: a link to a folder", "issue.file.folder_link"),
    _p(r"not read: a hidden file", "issue.file.hidden_file"),
    _p(
        r"not read: one of the bundled example descriptions, left out because your own "
        r"documents are beside it \(--with-examples keeps it\)",
        "issue.file.example_left_out",
    ),
    _p(r"not read: (?P<kind>.+)", "issue.file.not_read"),
    _p(
        r"(?=.* is not used\Z)rejected: project code (?P<code>.+?) is also in (?P<kept>.+?), "
        r"which is more complete \((?P<num_there>\d+) sections missing there, (?P<num_here>\d+) "
        r"here\); (?P<other>.+) is not used",
        "issue.file.duplicate_more_complete",
    ),
    _p(
        r"(?=.* is not used\Z)rejected: project code (?P<code>.+?) is also in (?P<kept>.+?), "
        r"which is as complete and comes first by name; (?P<other>.+) is not used",
        "issue.file.duplicate_first",
    ),
    _p(
        r"(?=.* is not used\Z)rejected: project code (?P<code>.+?) is also in (?P<kept>.+?), "
        r"which has the same sections with fewer errors or more values; (?P<other>.+) is not used",
        "issue.file.duplicate_fewer_errors",
    ),
    _p(
        r"rejected: not a regular file \(a broken link, a pipe or a device\)",
        "issue.file.not_regular",
    ),
    _p(
        rf"rejected: file is (?P<num_size>{_DEC}) MB, larger than the (?P<num_limit>{_DEC}) MB "
        r"limit \(a description is well under 1 MB; raise the limit with --max-file-mb\)",
        "issue.file.too_large",
    ),
    _p(
        r"rejected: file starts as UTF-16 text but is not: open it and save it again as UTF-8",
        "issue.file.bad_utf16",
    ),
    _p(r"rejected: file is empty", "issue.file.empty"),
    _p(r"rejected: file is not text but (?P<kind>.+)", "issue.file.not_text"),
    _p(r"rejected: web page without text", "issue.file.empty_page"),
    _p(r"rejected: cannot be read \((?P<oserror>.*)\)", "issue.file.unreadable"),
    _p(
        r"rejected: not a project description \(no project code \(Hankekoodi\)\)",
        "issue.file.no_code",
    ),
    _p(
        r"rejected: not a project description \(no known section headings\)",
        "issue.file.no_sections",
    ),
    _p(
        r"rejected: not a project description \(no project code \(Hankekoodi\) and no known "
        r"section headings\)",
        "issue.file.no_code_no_sections",
    ),
    _p(
        r"(?=.*\); put each project in a file of its own\Z)rejected: holds more than one "
        r"project description \((?P<lines>.*)\); put each project in a file of its own",
        "issue.file.several_projects",
    ),
    _p(
        rf"rejected: Hankekoodi on line (?P<line>\d+) is not a project code: (?P<code>{_REPR})",
        "issue.file.bad_code",
    ),
    _p(
        r"not all UTF-8: bytes that are not UTF-8 \(first on this line\) were read as "
        r"Windows-1252; check the characters there",
        "issue.file.mixed_encoding",
    ),
    _p(
        r"(?=.*\); this is a bug in analyysi, please report it with this file\Z)rejected: a value "
        r"breaks the data contract in (?P<table>[^ \n]*) \((?P<summary>.*)\); this is a bug in "
        r"analyysi, please report it with this file",
        "issue.file.contract",
    ),
    # --- review_issues.csv (review.decisions)
    _p(
        r"not read: (?P<bytes_size>\d{1,3}(?:,\d{3})*) bytes, over the "
        r"(?P<bytes_limit>\d{1,3}(?:,\d{3})*)-byte limit",
        "issue.review.too_large",
    ),
    _p(r"not read: missing column\(s\) (?P<headers>[^\n]*)", "issue.review.missing_columns"),
    _p(r"the key \((?P<headers>[^()\n]*)\) is incomplete", "issue.review.key_incomplete"),
    _p(
        rf"decision (?P<decision>{_REPR}) is not one of (?P<choices>[a-z, ]*)",
        "issue.review.bad_decision",
    ),
    _p(
        r"(?P<header>value|categories) is given but the decision is (?P<decision>accept|reject)",
        "issue.review.correction_not_wanted",
    ),
    _p(r"sentence_index is not a whole number", "issue.review.bad_sentence_index"),
    _p(
        r"a second decision for this row \(the first is on line (?P<first>\d+)\); this later "
        r"one is applied",
        "issue.review.second_decision",
    ),
    _p(
        rf"value (?P<value>{_REPR}) is neither a whole number of participants nor a status "
        r"\((?P<statuses>[a-z_, ]*)\)",
        "issue.review.bad_value",
    ),
    _p(
        r"(?=.* \(known: [a-z_, ]*\)\Z)unknown categories (?P<categories>.*) \(known: "
        r"(?P<known>[a-z_, ]*)\)",
        "issue.review.unknown_categories",
    ),
    _p(
        r"stale: the row has changed since it was reviewed \(the document or the reading is "
        r"different\); review it again",
        "issue.review.stale_changed",
    ),
    _p(
        r"unverified: (?P<num_decisions>\d+) decision\(s\) carry no fingerprint and were applied by key "
        r"alone, so a change of the document since they were made cannot be detected; "
        r"decisions written through the worksheet \(analyysi review\) carry one",
        "issue.review.unverified",
    ),
    _p(
        r"stale: no such row in the tables \(the document changed or is gone, or the key is "
        r"mistyped\); not applied",
        "issue.review.stale_gone",
    ),
    # --- programme_issues.csv: reasons (sources.programme)
    _p(
        rf"project code (?P<code>{_CODE}) already on row (?P<row>\d+)",
        "issue.programme.duplicate",
    ),
    _p(
        r"not a project list: no column\(s\) (?P<columns>[a-z_, ]*) in the header",
        "issue.programme.not_a_list",
    ),
    _p(
        rf"not a project code \(a letter and 5 to 9 digits\): (?P<code>{_REPR})",
        "issue.programme.not_code",
    ),
    _p(rf"not a fund \(ESR, EAKR\): (?P<fund>{_REPR})", "issue.programme.not_fund"),
    _p(r"empty project name", "issue.programme.no_name"),
    _p(
        rf"(?P<column>start|end) is not a date \(d\.m\.yyyy\): (?P<raw>{_REPR})",
        "issue.programme.not_date",
    ),
    _p(
        r"(?P<column>[a-z_]+_eur) is not an amount: (?P<raw>True|False)",
        "issue.programme.not_amount",
    ),
    _p(
        rf"(?P<column>[a-z_]+_eur) cannot be read as an amount without guessing: (?P<raw>{_REPR})",
        "issue.programme.amount_guess",
    ),
    _p(r"too few fields \((?P<num_fields>\d+)\)", "issue.programme.few_fields"),
    _p(
        rf"first field is not a project code \(a letter and 5 to 9 digits\): (?P<code>{_REPR})",
        "issue.programme.first_not_code",
    ),
    _p(
        rf"second field is not a fund \(ESR, EAKR\): (?P<fund>{_REPR})",
        "issue.programme.second_not_fund",
    ),
    _p(
        r"the last four fields are not amounts: (?P<fields>\[.*\])",
        "issue.programme.last_not_amounts",
    ),
    _p(
        r"(?P<num_numbers>\d+) numbers at the end of the line: amounts with decimal commas cannot be "
        r"told apart in a comma-separated list \(save it as semicolon-separated or \.xlsx\)",
        "issue.programme.decimal_commas",
    ),
    _p(r"no single pair of start and end dates found", "issue.programme.no_dates"),
    _p(r"dates ambiguous", "issue.programme.dates_ambiguous"),
    _p(r"no priority axis \(a number\) before the authority", "issue.programme.no_axis"),
    _p(r"no programme section before the priority axis", "issue.programme.no_section"),
    _p(rf"not a calendar date: (?P<raw>{_REPR})", "issue.programme.calendar"),
    # Python's own words for an ISO date of a workbook cell that is no date
    _p(r"month must be in 1\.\.12", "issue.programme.iso_month"),
    _p(r"day is out of range for month", "issue.programme.iso_day"),
    _p(r"year (?P<year>\d+) is out of range", "issue.programme.iso_year"),
)

# The kinds of reasons the programme report counts (analyses.programme.set_aside): a reason's
# words before any quoted value, numbers as N and project codes as "…".
REASON_KINDS: tuple[tuple[re.Pattern, str], ...] = (
    _p(r"project code … already on row N", "issue.kind_of.duplicate"),
    _p(r"not a project list: no column [a-z_, ]* in the header", "issue.kind_of.not_a_list"),
    _p(r"not a project code", "issue.kind_of.not_code"),
    _p(r"not a fund", "issue.kind_of.not_fund"),
    _p(r"empty project name", "issue.programme.no_name"),
    _p(r"(?P<column>start|end) is not a date", "issue.kind_of.not_date"),
    _p(r"(?P<column>[a-z_]+_eur) is not an amount: (?:True|False)", "issue.kind_of.not_amount"),
    _p(
        r"(?P<column>[a-z_]+_eur) cannot be read as an amount without guessing",
        "issue.kind_of.amount_guess",
    ),
    _p(r"too few fields", "issue.kind_of.few_fields"),
    _p(r"first field is not a project code", "issue.kind_of.first_not_code"),
    _p(r"second field is not a fund", "issue.kind_of.second_not_fund"),
    _p(r"the last four fields are not amounts: \[.*\]", "issue.kind_of.last_not_amounts"),
    _p(
        r"N numbers at the end of the line: amounts with decimal commas cannot be told apart "
        r"in a comma-separated list",
        "issue.kind_of.decimal_commas",
    ),
    _p(r"no single pair of start and end dates found", "issue.programme.no_dates"),
    _p(r"dates ambiguous", "issue.programme.dates_ambiguous"),
    _p(r"no priority axis before the authority", "issue.kind_of.no_axis"),
    _p(r"no programme section before the priority axis", "issue.programme.no_section"),
    _p(r"not a calendar date", "issue.kind_of.calendar"),
    _p(r"month must be in N\.\.N", "issue.programme.iso_month"),
    _p(r"day is out of range for month", "issue.programme.iso_day"),
    _p(r"year N is out of range", "issue.kind_of.iso_year"),
)

# Words of the system quoted by "rejected: cannot be read (…)"; others are shown as written.
_OS_ERRORS = {
    "Permission denied": "issue.os.permission",
    "No such file or directory": "issue.os.missing",
    "Is a directory": "issue.os.directory",
    "Input/output error": "issue.os.io",
    "Too many levels of symbolic links": "issue.os.loop",
}
_TERMS = {
    "EU and state funding": "issue.term.eu_state",
    "public funding": "issue.term.public",
    "enterprises": "issue.term.enterprises",
    "persons": "issue.term.persons",
    "other": "issue.term.other",
}


def _number(value: str, lang: str) -> str:
    """``1234.5`` or ``20,971,520`` in the page's style, with the decimals it was written with."""
    plain = value.replace(",", "")
    return format_number(Decimal(plain), lang, len(plain.partition(".")[2]))


def _date(value: str, lang: str) -> str:
    return format_date(dt.date.fromisoformat(value), lang)


def _lines(value: str, lang: str) -> str:
    """``S1 (line 7), S2 (line 9)``: the word 'line' in the page's language."""
    return re.sub(r" \(line (\d+)\)", lambda m: " " + text("issue.at_line", lang, line=m[1]), value)


def _column(value: str, lang: str) -> str:
    """A column of a programme list in words, quoted: ``”Alkaa”``."""
    return text("issue.quoted", lang, words=column_label(value, lang))


def _columns(value: str, lang: str) -> str:
    return ", ".join(_column(name, lang) for name in value.split(", "))


def _term(value: str, lang: str) -> str:
    return text(_TERMS[value], lang)


def _os_error(value: str, lang: str) -> str:
    return text(_OS_ERRORS[value], lang) if value in _OS_ERRORS else value


# Groups that hold a message of their own, translated by their own patterns (a value no pattern
# knows means the outer pattern is not the one).
_NESTED: dict[str, tuple[tuple[re.Pattern, str], ...]] = {"kind": KINDS, "python": PYTHON_DATES}
# How a group is written on a page other than an English one, by the part of its name before
# "_"; a group not named here is a value shown as written.
_FORMATS: dict[str, Callable[[str, str], str]] = {
    "num": _number,
    "eur": _number,
    "bytes": _number,
    "date": _date,
    "lines": _lines,
    "column": _column,
    "columns": _columns,
    "term": _term,
    "oserror": _os_error,
}


def _render(message: str, lang: str, patterns: tuple[tuple[re.Pattern, str], ...]) -> str | None:
    """The message by the first pattern that takes it whole, or None."""
    for pattern, key in patterns:
        found = pattern.fullmatch(message)
        if not found:
            continue
        values: dict[str, str] = {}
        for name, value in found.groupdict().items():
            kind = name.split("_")[0]
            value = value or ""
            if kind in _NESTED:
                value = _render(value, lang, _NESTED[kind])
                if value is None:
                    break
            elif lang != "en" and kind in _FORMATS:
                value = _FORMATS[kind](value, lang)
            values[name] = value
        else:
            return text(key, lang, **values)
    return None


def translate(message: str, lang: str) -> str | None:
    """The message in ``lang`` by ``PATTERNS``, or None when no pattern knows it."""
    return _render(message, lang, PATTERNS)


def issue_message(message: str, lang: str) -> str:
    """The message in ``lang``; an English message no pattern knows is shown as written,
    marked as such."""
    if lang == "en":
        return message
    found = translate(message, lang)
    return found if found is not None else text("issue.untranslated", lang, message=message)


def reason_kind_message(kind: str, lang: str) -> str:
    """A kind of set-aside reason (``analyses.programme.set_aside``) in ``lang``."""
    if lang == "en":
        return kind
    found = _render(kind, lang, REASON_KINDS)
    return found if found is not None else text("issue.untranslated", lang, message=kind)


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


def shown_review_issues(issues: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``review_issues`` as a page shows them: the reviewed table in words, the problem in the
    page's language (the file, line and key as written: the evaluator looks them up)."""
    shown = issues.copy()
    if "review_table" in shown:
        shown["review_table"] = shown["review_table"].map(
            lambda t: (
                text(f"issue.review_table.{t}", lang)
                if f"issue.review_table.{t}" in MESSAGES
                else t
            )
        )
    if "problem" in shown:
        shown["problem"] = shown["problem"].map(lambda m: issue_message(str(m), lang))
    return shown


def shown_programme_issues(issues: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``programme_issues`` as a page shows them: the reason in the page's language, the row
    and the line as written."""
    shown = issues.copy()
    if "reason" in shown:
        shown["reason"] = shown["reason"].map(lambda m: issue_message(str(m), lang))
    return shown


def shown_set_aside(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The set-aside rows counted by kind (``analyses.programme.set_aside``), the kind in the
    page's language."""
    shown = table.copy()
    if "reason" in shown:
        shown["reason"] = shown["reason"].map(lambda k: reason_kind_message(str(k), lang))
    return shown
