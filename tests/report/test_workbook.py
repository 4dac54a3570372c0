"""``tables.xlsx`` for authors: typed and formatted cells, a styled and frozen header, the
caption above each table, a Contents sheet first, a Notes sheet, the card tables one sheet per
kind, nothing a spreadsheet would run, and rewritten only when its inputs change."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pandas as pd
import pytest
from conftest import HOSTILE_CELL, author_frame

from analyysi.report import display, workbook
from analyysi.report.display import Report
from analyysi.report.workbook import write_tables_workbook

pytestmark = pytest.mark.usefixtures("sample_words")  # the sample pages' own words

HOSTILE = HOSTILE_CELL
LONG_NAME = "a_table_name_much_longer_than_thirty_one_characters"


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(display, "_show", lambda markup: None)


def _reports(folder, lang: str = "fi"):
    """Two report tables (one with a long name) and the tables of two project cards."""
    report = Report("01_funding", lang, folder)
    report.heading("funding.by_project")
    report.table(
        author_frame(),
        "realisation",
        caption="funding.by_project",
    )
    report.table(pd.DataFrame({"line": [7, 12], "projects": [3, 4]}), LONG_NAME)
    for code, amount in (("S22196", 43005), ("S20573", 120600)):
        card = Report(f"project_card-{code}", lang, folder)
        card.heading("card.funding")
        card.table(
            pd.DataFrame({"source": ["eu_state"], "stage": ["planned"], "amount_eur": [amount]}),
            "funding",
        )
    return folder


def _build(folder, lang: str = "fi"):
    path = write_tables_workbook(folder, ["01_funding"], lang, ["S20573", "S22196"])
    return openpyxl.load_workbook(path)


def test_contents_first_then_notes_then_a_sheet_per_table_and_per_kind_of_card_table(tmp_path):
    book = _build(_reports(tmp_path))
    names = book.sheetnames
    assert names[:2] == ["Sisällys", "Huomiot"]
    assert names[2] == "01_funding realisation" and all(len(n) <= 31 for n in names)
    assert names[-1] == "project_card funding" and len(names) == 5
    contents = [[c.value for c in row] for row in book["Sisällys"].iter_rows()]
    assert contents[0][:4] == ["Välilehti", "Raportti", contents[0][2], "Taulukko"]
    listed = {row[3]: row for row in contents[2:]}
    assert f"01_funding--{LONG_NAME}" in listed  # the full name, uncut
    realisation = listed["01_funding--realisation"]
    assert realisation[0] == "01_funding realisation"
    assert realisation[1] == "Rahoituksen toteutuminen"
    assert realisation[2] == "Taulukko 1. Hankkeittain"
    assert realisation[4].startswith("Lähde: EURA 2014") and realisation[5] == 2
    assert realisation[6:] == [
        "tables/01_funding--realisation.csv",
        "tables/excel/01_funding--realisation-excel.csv",
    ]
    assert listed["project_card-*--funding"][5] == 2
    first_link = book["Sisällys"]["A3"].hyperlink
    assert first_link.location == "'01_funding realisation'!A1"  # a link within the book


def test_numbers_are_numbers_dates_are_dates_each_formatted_by_its_unit(tmp_path):
    sheet = _build(_reports(tmp_path))["01_funding realisation"]
    assert sheet["A1"].value == "Taulukko 1. Hankkeittain" and sheet["A1"].font.b
    assert sheet["A2"].value.startswith("Lähde:")
    header = [c.value for c in sheet[3]]
    assert header[:2] == ["Hankekoodi", "Hankkeen nimi"]
    row = {h: c for h, c in zip(header, sheet[5], strict=True)}
    assert row["Suunniteltu julkinen (€)"].value == 159117.25
    assert row["Suunniteltu julkinen (€)"].number_format == "#,##0"
    assert row["Julkisen rahoituksen toteutuma"].value == pytest.approx(0.8873)
    assert row["Julkisen rahoituksen toteutuma"].number_format == "0.0 %"
    assert row["Kesto (pv)"].value == 335 and row["Kesto (pv)"].number_format == "#,##0"
    assert row["Alkaa"].value == dt.datetime(2016, 2, 1)
    assert row["Alkaa"].number_format == "d.m.yyyy"
    postcode = row["Postinumero"]
    assert postcode.value == "70100" and postcode.data_type == "s"  # a code stays text
    assert row["Hankkeen nimi"].value == "'" + HOSTILE and row["Hankkeen nimi"].data_type == "s"
    identifiers = _build(tmp_path)[f"01_funding {LONG_NAME}"[:31]]
    assert identifiers["A4"].value == 7 and identifiers["A4"].number_format == "0"


def test_the_english_workbook_formats_dates_unambiguously(tmp_path):
    book = _build(_reports(tmp_path, "en"), "en")
    assert book.sheetnames[:2] == ["Contents", "Notes"]
    sheet = book["01_funding realisation"]
    assert sheet["A1"].value == "Table 1. By project"
    assert sheet["C4"].number_format == "d mmm yyyy"
    assert sheet["E4"].number_format == "0.0%"


def test_header_styled_frozen_filtered_and_columns_sized(tmp_path):
    sheet = _build(_reports(tmp_path))["01_funding realisation"]
    head = sheet["A3"]
    assert head.font.b and head.alignment.wrap_text and head.fill.fgColor.rgb.endswith("DCE6F0")
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:G5"
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["B"] > widths["A"] >= 8  # the name is wider than the code


def test_card_tables_one_sheet_per_kind_with_the_project_code(tmp_path):
    sheet = _build(_reports(tmp_path))["project_card funding"]
    assert sheet["A1"].value == "Hankekortit: Julkinen rahoitus"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert rows[0] == ["Hankekoodi", "Rahoituslähde", "Vaihe", "Määrä (€)"]
    assert rows[1:] == [
        ["S20573", "EU ja valtio", "suunniteltu", 120600],
        ["S22196", "EU ja valtio", "suunniteltu", 43005],
    ]


def test_notes_give_units_sources_caveats_and_provenance(tmp_path):
    notes = _build(_reports(tmp_path))["Huomiot"]
    words = "\n".join(str(c.value) for row in notes.iter_rows() for c in row if c.value)
    for expected in (
        "Euromäärät (€)",
        "prosentteina yhden desimaalin tarkkuudella",
        "Päivämäärät",
        "Lähde: EURA 2014",
        "itse ilmoittamaan",  # participants are self-reported
        "Yhden päivän osallistumisia",
        "suunnitelmaversion",
        "lopullinen vain päättyneille",
        "koneen ehdotuksia",
        "Tuotettu",
    ):
        assert expected in words, expected
    assert "Persentiilit" not in words  # only units the tables have


def test_no_cell_is_a_formula(tmp_path):
    book = _build(_reports(tmp_path))
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                seen += isinstance(cell.value, str) and "HYPERLINK" in cell.value
    assert seen == 1


def test_a_table_too_long_for_the_workbook_names_its_csv(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "WORKBOOK_ROWS", 1)
    sheet = _build(_reports(tmp_path))["01_funding realisation"]
    assert "tables/01_funding--realisation.csv" in sheet["A4"].value
    assert "yli 1 riviä" in sheet["A4"].value


def test_rewritten_only_when_an_input_changes(tmp_path):
    folder = _reports(tmp_path)
    path = write_tables_workbook(folder, ["01_funding"], "fi", ["S20573", "S22196"])
    os.utime(path, ns=(1, 1))  # a rewrite would show in the time
    write_tables_workbook(folder, ["01_funding"], "fi", ["S20573", "S22196"])
    assert path.stat().st_mtime_ns == 1
    write_tables_workbook(folder, ["01_funding"], "fi", ["S22196"])  # fewer cards
    assert path.stat().st_mtime_ns != 1
    os.utime(path, ns=(1, 1))
    csv = folder / "tables" / "01_funding--realisation.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace("S20573", "S20574"), encoding="utf-8")
    write_tables_workbook(folder, ["01_funding"], "fi", ["S22196"])
    assert path.stat().st_mtime_ns != 1
    assert openpyxl.load_workbook(path)["01_funding realisation"]["A5"].value == "S20574"
