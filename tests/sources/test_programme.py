"""The programme-list importer on the real exports and on the forms they arrive in."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import SHARED_DATA

from analyysi.cli import main
from analyysi.sources.programme import parse_row, read_programme_list

OLD = SHARED_DATA / "projektilista-2007-2013-esr.csv"
NEW = SHARED_DATA / "projektilista-2014-2020-esr-2016-10.csv"
needs_data = pytest.mark.skipif(not NEW.exists(), reason="../shared/data is not beside the project")


def _data_lines(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip(" ;"))


@needs_data
@pytest.mark.parametrize("path", [OLD, NEW], ids=["2007-2013", "2014-2020"])
def test_every_row_is_imported_or_set_aside(path):
    listed = read_programme_list(path)
    assert len(listed.rows) + len(listed.issues) == _data_lines(path)
    assert len(listed.rows) > 0.99 * _data_lines(path)


@needs_data
def test_2014_2020_rows_with_unquoted_commas():
    rows = {r["project_code"]: r for r in read_programme_list(NEW).rows}
    kamu = rows["S20518"]  # commas in the name and in the implementer
    assert (kamu["project_name"], kamu["implementer"]) == (
        "Kaikki Mukaan, KaMu-hanke",
        "Pallokissat, Kuopio ry.",
    )
    assert kamu["authority"] == "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus"
    assert (kamu["granted_eu_state_eur"], kamu["planned_public_eur"]) == (29685, 35250)
    gloria = rows["S20573"]  # the bundled S20573, as it stood in October 2016
    assert (gloria["planned_public_eur"], gloria["realised_public_eur"], gloria["status"]) == (
        154417,
        22718.87,
        "Toiminnassa",
    )
    assert gloria["programme_section"] is None and gloria["priority_axis_code"] == "5"
    assert rows["S20774"]["project_name"].startswith("PIKKU-MUSTIKKA")  # a line quoted whole
    assert rows["S20774"]["realised_public_eur"] == 0


@needs_data
def test_2007_2013_rows():
    listed = read_programme_list(OLD)
    assert listed.has_section
    rows = {r["project_code"]: r for r in listed.rows}
    first = rows["S10324"]
    assert first["programme_section"] == "Etelä-Suomen suuralueosio"
    assert (first["start"].isoformat(), first["end"].isoformat()) == ("2008-04-01", "2010-12-31")
    assert first["realised_public_eur"] == 366699
    assert rows["S10194"]["realised_eu_state_eur"] == -876  # a correction, kept as listed


@needs_data
def test_latin_1_export_gives_the_same_rows(tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes(NEW.read_text(encoding="utf-8").encode("latin-1"))
    again = read_programme_list(latin)
    assert again.encoding == "windows-1252"
    assert again.rows == read_programme_list(NEW).rows


HEADER = "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,A,B,C,D;"


def test_stray_commas_and_mixed_funds(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "S29001,ESR,Nimi, jossa, pilkkuja,3,Uudenmaan elinkeino-, liikenne- ja ympäristökeskus,"
                "Toiminta päättynyt,1.1.2016,31.12.2017,Oy Ab, Helsinki,1000,900.5,2000,1800.25;",
                "A29002,EAKR,Yritysten kasvu,1,Pirkanmaan liitto,Toiminnassa,1.2.2016,31.1.2018,Tampere,5,4,10,8;",
                "S29003,ESR,Ilman summia,3,Viranomainen,Toiminnassa,1.1.2016,31.12.2017,Toteuttaja;",
                "tämä ei ole hankerivi",
                "S29001,ESR,Sama koodi,3,Viranomainen,Toiminnassa,1.1.2016,31.12.2017,X,1,1,1,1;",
                "",
            ]
        ),
        encoding="utf-8",
    )
    listed = read_programme_list(path)
    first, second = listed.rows
    assert (
        first["project_name"] == "Nimi, jossa, pilkkuja"
        and first["implementer"] == "Oy Ab, Helsinki"
    )
    assert first["authority"] == "Uudenmaan elinkeino-, liikenne- ja ympäristökeskus"
    assert (first["realised_eu_state_eur"], first["realised_public_eur"]) == (900.5, 1800.25)
    assert (second["fund"], second["priority_axis_code"]) == ("EAKR", "1")
    reasons = [(i["row"], i["reason"]) for i in listed.issues]
    assert reasons == [
        (4, "too few fields (9)"),
        (5, "too few fields (1)"),
        (6, "project code S29001 already on row 2"),
    ]
    assert all(i["raw_line"] for i in listed.issues)


def test_row_without_dates_is_refused():
    with pytest.raises(ValueError, match="dates"):
        parse_row(
            "S20001,ESR,Nimi,3,Viranomainen,Toiminnassa,ei,päivää,X,1,1,1,1", has_section=False
        )


def test_cli_writes_both_tables(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        HEADER
        + "\nS29001,ESR,Nimi,3,Viranomainen,Toiminnassa,1.1.2016,31.12.2017,X,1,1,2,2;\nroska\n",
        encoding="cp1252",
    )
    out = tmp_path / "out"
    assert main(["import-projects", str(path), "--out", str(out)]) == 0
    with open(out / "programme_projects.csv", encoding="utf-8") as stream:
        (row,) = list(csv.DictReader(stream))
    assert (row["project_code"], row["start"], row["planned_public_eur"], row["source_row"]) == (
        "S29001",
        "2016-01-01",
        "2",
        "2",
    )
    with open(out / "programme_issues.csv", encoding="utf-8") as stream:
        (issue,) = list(csv.DictReader(stream))
    assert (issue["row"], issue["raw_line"]) == ("3", "roska")
    assert main(["import-projects", str(tmp_path / "missing.csv"), "--out", str(out)]) == 2
