"""The files beside each report table: the standard CSV (unchanged), its spreadsheet variant
read as a Finnish (or English) spreadsheet reads it, and the description the workbook and
the Word documents are built from."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import openpyxl
import pandas as pd
import pytest
from conftest import HOSTILE_CELL, author_frame

from analyysi.report import display
from analyysi.report.display import Report
from analyysi.report.downloads import read_table_info, spreadsheet_path

pytestmark = pytest.mark.usefixtures("sample_words")  # the sample pages' own words

HOSTILE = HOSTILE_CELL


@pytest.fixture
def shown(monkeypatch):
    """What a notebook would display, collected instead."""
    markup: list[str] = []
    monkeypatch.setattr(display, "_show", markup.append)
    return markup


def _table(tmp_path, lang: str) -> tuple[Report, str]:
    report = Report("01_funding", lang, tmp_path)
    report.heading("funding.by_project")
    report.table(author_frame(), "sample", caption="funding.by_project")
    return report, (tmp_path / "tables" / "01_funding--sample.csv")


def test_the_standard_csv_stays_plain(tmp_path, shown):
    _, path = _table(tmp_path, "fi")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # machine-readable: no byte-order mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    assert rows[0][:2] == ["Hankekoodi", "Hankkeen nimi"]
    assert rows[1][:3] == ["S22196", "Järjestöjen etäpalvelut käyttöön", "2020-09-01"]
    assert rows[1][4:] == ["1.0", "365", "00100"]  # as pandas writes a column of floats
    assert rows[2][1] == "'" + HOSTILE and rows[2][3] == "159117.25" and rows[2][4] == "0.8873"


def test_the_finnish_spreadsheet_variant_reads_as_a_finnish_spreadsheet_reads_it(tmp_path, shown):
    _, path = _table(tmp_path, "fi")
    variant = spreadsheet_path(path)
    raw = variant.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # else Excel takes UTF-8 for a code page
    lines = raw.decode("utf-8-sig").split("\r\n")
    rows = list(csv.reader(lines[:-1], delimiter=";"))
    header, first, second = rows
    assert header[1] == "Hankkeen nimi" and first[1] == "Järjestöjen etäpalvelut käyttöön"
    assert "Suunniteltu julkinen (€)" in header
    assert first[2] == "1.9.2020" and second[2] == "1.2.2016"  # d.m.yyyy
    assert float(second[3].replace(",", ".")) == 159117.25  # decimal comma
    assert second[4] == "0,8873" and first[4] == "1"
    assert second[6] == "70100"  # a code stays as written
    assert second[1] == "'" + HOSTILE  # neutralised, as in the standard CSV
    standard = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == len(standard) and [len(r) for r in rows] == [len(r) for r in standard]


def test_the_english_spreadsheet_variant(tmp_path, shown):
    _, path = _table(tmp_path, "en")
    raw = spreadsheet_path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Project code"
    assert rows[2][2] == "2016-02-01" and rows[2][3] == "159117.25"
    assert rows[2][1] == "'" + HOSTILE


def test_the_page_links_both_files_in_its_language(tmp_path, shown):
    _table(tmp_path, "fi")
    page = "".join(shown)
    assert 'href="tables/01_funding--sample.csv"' in page
    assert 'href="tables/excel/01_funding--sample-excel.csv"' in page
    assert ">CSV Exceliin</a>" in page and "Taulukko tiedostona" in page
    shown.clear()
    _table(tmp_path / "en", "en")
    page = "".join(shown)
    assert ">CSV for Excel</a>" in page and "Exceliin" not in page


def test_the_description_beside_the_csv(tmp_path, shown):
    report, path = _table(tmp_path, "fi")
    report.table(
        author_frame().head(0), "empty", caption="funding.by_project"
    )  # no rows: no number
    info = read_table_info(path)
    assert (info.number, info.label) == (1, "Taulukko 1.")
    assert info.caption == info.section == "Hankkeittain"
    assert info.source.startswith("Lähde: EURA 2014")
    assert info.rows == 2 and info.order == 1
    kinds = {c.name: (c.type, c.unit) for c in info.columns}
    assert kinds == {
        "project_code": ("string", None),
        "project_name": ("string", None),
        "planned_start": ("date", None),
        "planned_public_eur": ("number", "EUR"),
        "public_realisation": ("number", "ratio"),
        "planned_days": ("integer", "days"),
        "applicant_postcode": ("string", None),
    }
    assert [c.title for c in info.columns][:2] == ["Hankekoodi", "Hankkeen nimi"]
    empty = json.loads(path.with_name("01_funding--empty.json").read_text(encoding="utf-8"))
    assert empty["number"] is None and empty["rows"] == 0 and empty["order"] == 2
    assert 'id="01_funding-table-1"' in "".join(shown)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_with_a_finnish_locale_reads_the_variant_into_columns_and_numbers(
    tmp_path, shown
):
    _, path = _table(tmp_path, "fi")
    variant = spreadsheet_path(path)
    # CSV import options: ';' (59), '"' (34), UTF-8 (76), from line 1, Finnish (1035)
    options = "59,34,76,1,,1035"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            f"--infilter=Text - txt - csv (StarCalc):{options}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "converted"),
            str(variant),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    converted = tmp_path / "converted" / f"{variant.stem}.xlsx"
    assert converted.is_file(), done.stderr
    sheet = openpyxl.load_workbook(converted).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:2] == ["Hankekoodi", "Hankkeen nimi"]  # split into columns, ä intact
    assert rows[2][1] == "'" + HOSTILE  # text, not a formula
    assert rows[2][3] == pytest.approx(159117.25)  # the decimal comma read as a number
    assert rows[2][4] == pytest.approx(0.8873)
    assert rows[1][5] == 365


def test_document_text_is_marked_finnish_on_an_english_page(tmp_path, shown):
    _table(tmp_path, "en")
    page = "".join(shown)
    assert '<td lang="fi">Järjestöjen etäpalvelut käyttöön</td>' in page
    assert '<td lang="fi">S22196' not in page  # codes and numbers are not Finnish text
    shown.clear()
    _table(tmp_path / "fi", "fi")
    assert 'lang="fi"' not in "".join(shown)  # the page's own language needs no mark


def test_the_codebook_sets_column_names_as_code(tmp_path, shown):
    from analyysi.analyses.overview import codebook

    Report("00_data_overview", "fi", tmp_path).table(codebook("fi"), "codebook")
    page = "".join(shown)
    assert "<td><code>planned_public_eur</code></td>" in page
    assert "<td>planned_public_eur</td>" not in page


@pytest.mark.parametrize("projects", [3, 21])
def test_a_table_per_project_only_while_there_are_few(tmp_path, shown, projects):
    frame = pd.DataFrame({"project_code": [f"S{i:05d}" for i in range(projects)], "sentence": "x"})
    report = Report("02_participants", "fi", tmp_path)
    report.tables_by_project(
        frame, "claims", caption="participants.claims_caption",
        all_caption="participants.claims_all_caption",
    )  # fmt: skip
    tables = "".join(shown).count("<table")
    files = sorted(p.name for p in (tmp_path / "tables").glob("*.csv"))
    if projects <= 20:
        assert tables == projects and "02_participants--claims_S00000.csv" in files
    else:
        assert tables == 1 and files == ["02_participants--claims.csv"]
        assert "21" in "".join(shown)  # says how many projects share the table


def test_a_project_name_in_an_english_title_is_marked_finnish(tmp_path, shown):
    Report("project_card-S1", "en", tmp_path).title("card.title", project_code="S1", name="<Hanke>")
    assert '<span lang="fi">&lt;Hanke&gt;</span>' in shown[0] and "<Hanke>" not in shown[0]
    shown.clear()
    Report("project_card-S1", "fi", tmp_path).title("card.title", project_code="S1", name="Hanke")
    assert 'lang="fi"' not in shown[0]


def test_codes_and_iso_dates_in_the_codebook_descriptions_are_set_as_code(tmp_path, shown):
    from analyysi.analyses.overview import codebook

    Report("00_data_overview", "en", tmp_path).table(codebook("en"), "codebook")
    page = "".join(shown)
    assert "<code>not_met</code>" in page and "<code>2020-03-16</code>" in page
    assert "<code>Project</code>" not in page  # plain words stay plain
