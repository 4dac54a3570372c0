"""Files meant for a spreadsheet never hold a cell a spreadsheet would run: the helper, and a
whole run over the bundled documents plus one written to attack (report CSV downloads and
the workbook)."""

from __future__ import annotations

import csv
import re
import shutil
import zipfile

import openpyxl
import pandas as pd
import pytest
from conftest import SEEDS, seed_text

from analyysi.cli import main
from analyysi.tables.spreadsheet import safe_cell, safe_frame

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def _runs_in_a_spreadsheet(value: object) -> bool:
    return (
        isinstance(value, str) and value.startswith(TRIGGERS) and not PLAIN_NUMBER.fullmatch(value)
    )


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x","Avaa")', '\'=HYPERLINK("http://x","Avaa")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-2+3", "'-2+3"),
        ("\tx", "'\tx"),
        ("-5", "-5"),
        ("-0,5", "-0,5"),
        ("+3.2", "+3.2"),
        ("Hanke", "Hanke"),
        (12, 12),
    ],
)
def test_safe_cell(value, safe):
    assert safe_cell(value) == safe


def test_safe_frame_covers_column_names_too():
    frame = pd.DataFrame({"=bad": ["=1+1", "ok"]})
    safe = safe_frame(frame)
    assert list(safe.columns) == ["'=bad"]
    assert list(safe["'=bad"]) == ["'=1+1", "ok"]
    assert list(frame["=bad"]) == ["=1+1", "ok"]  # the data itself is left as it was


ATTACK = (
    "+cmd|' /C calc'!A0 koronan vuoksi toiminta siirrettiin verkkoon.\n\n"
    "@SUM(1+1) Hankkeeseen osallistui 45 henkilöä.\n\n"
    "-2+3 Tapaamiset pidettiin Teamsissä koronan vuoksi.\n\n"
    '=HYPERLINK("http://example.com","Avaa") Kahdeksan kokoontumista peruttiin koronan takia.\n\n'
)


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    base = tmp_path_factory.mktemp("attack")
    raw = base / "raw"
    raw.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, raw / seed.name)
    text = seed_text("000_3ca5471cb25b77c0.txt")
    text = text.replace("S22196", "S90010").replace(
        "Hankkeen nimi: Digituki arkeen Kuopio",
        'Hankkeen nimi: =HYPERLINK("http://example.com","Avaa")',
    )
    head, mark, tail = text.partition("9 Loppuraportin tiivistelmä\n\n")
    (raw / "attack.txt").write_text(head + mark + ATTACK + tail, encoding="utf-8")
    reports = base / "reports"
    code = main(
        [
            "run",
            "--raw",
            str(raw),
            "--processed",
            str(base / "processed"),
            "--reports",
            str(reports),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    return base


def test_the_attack_reached_the_tables(attacked):
    projects = pd.read_csv(attacked / "processed" / "projects.csv", dtype=str)
    name = projects.loc[projects["project_code"] == "S90010", "project_name"].item()
    assert name.startswith("=HYPERLINK")  # the tidy tables keep the text exactly


def test_no_report_csv_holds_a_cell_a_spreadsheet_would_run(attacked):
    files = sorted((attacked / "reports" / "tables").glob("*.csv"))
    assert files
    neutralised = 0
    for path in files:
        with open(path, encoding="utf-8", newline="") as stream:
            for row in csv.reader(stream):
                for cell in row:
                    assert not _runs_in_a_spreadsheet(cell), (path.name, cell)
                    neutralised += cell.startswith(("'=", "'+", "'@", "'-"))
    assert neutralised >= 2  # the name and the sentences did arrive, made safe


def test_no_spreadsheet_variant_holds_a_cell_a_spreadsheet_would_run(attacked):
    files = sorted((attacked / "reports" / "tables" / "excel").glob("*-excel.csv"))
    assert len(files) == len(list((attacked / "reports" / "tables").glob("*.csv")))
    neutralised = 0
    for path in files:
        with open(path, encoding="utf-8-sig", newline="") as stream:  # English: commas
            for row in csv.reader(stream):
                for cell in row:
                    assert not _runs_in_a_spreadsheet(cell), (path.name, cell)
                    neutralised += cell.startswith(("'=", "'+", "'@", "'-"))
    assert neutralised >= 2


def test_word_documents_keep_document_text_as_text(attacked):
    documents = sorted((attacked / "reports").glob("*.docx"))
    assert documents
    seen = 0
    for path in documents:
        with zipfile.ZipFile(path) as package:
            body = package.read("word/document.xml").decode("utf-8")
        assert "<w:hyperlink" not in body and "fldSimple" not in body, path.name
        fields = re.findall(r"<w:instrText[^>]*>([^<]*)<", body)
        assert all(re.fullmatch(r" SEQ (Table|Figure) \\\* ARABIC ", f) for f in fields), fields
        seen += body.count("=HYPERLINK(")
    assert seen


def test_no_workbook_cell_is_a_formula(attacked):
    book = openpyxl.load_workbook(attacked / "reports" / "tables.xlsx")
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert not _runs_in_a_spreadsheet(cell.value), (sheet.title, cell.value)
                seen += isinstance(cell.value, str) and "HYPERLINK" in cell.value
    assert seen
