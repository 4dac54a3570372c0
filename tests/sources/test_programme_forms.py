"""Programme lists as they really arrive: both funds' codes, the export as downloaded in every
encoding, the list saved again by a Finnish spreadsheet (semicolons, decimal commas, quotes),
and .xlsx. The expected codes, funds and amounts come from splitting each line of the real
exports at its commas (the first two fields and the last four), not from the importer."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import SHARED_DATA

from analyysi.cli import main
from analyysi.sources.programme import AMOUNT_COLUMNS, ListRefused, read_programme_list

OLD = SHARED_DATA / "projektilista-2007-2013-esr.csv"
NEW = SHARED_DATA / "projektilista-2014-2020-esr-2016-10.csv"
PERIODS = pytest.mark.parametrize("export", [OLD, NEW], ids=["2007-2013", "2014-2020"])
needs_data = pytest.mark.skipif(not OLD.exists(), reason="../shared/data is not beside the project")


def _fields(export: Path) -> tuple[list[str], list[list[str]]]:
    """An export's fields, half of its rows turned into ERDF rows with the codes ERDF has (a
    letter and 6 or 9 digits). The cleaned 2007–2013 export has exactly 14 fields a line. The
    2014–2020 one has unquoted commas in names: its text fields, which only carry the rows into
    the other forms, are taken from the importer; the values checked are split from the line."""
    header, *lines = export.read_text(encoding="utf-8").splitlines()
    header = header.rstrip(";").split(",")
    if export == OLD:
        rows = [line.split(",") for line in lines if line.strip()]
    else:
        text = {r["project_code"]: r for r in read_programme_list(export).rows}
        rows = []
        for line in lines:
            tokens = line.strip().rstrip(";").strip('"').split(",")
            while not tokens[-1]:
                tokens.pop()
            row = text[tokens[0]]
            dates = [f"{row[d].day}.{row[d].month}.{row[d].year}" for d in ("start", "end")]
            rows.append(
                [*tokens[:2], row["project_name"], row["priority_axis_code"], row["authority"],
                 row["status"], *dates, row["implementer"], *tokens[-4:]]
            )  # fmt: skip
    for k, row in enumerate(rows):
        if k % 2:
            row[0] = f"A{500000 + k}" if k % 4 == 1 else f"A601{k:06d}"
            row[1] = "EAKR"
    return header, rows


def _expected(rows: list[list[str]]) -> dict[str, tuple]:
    return {r[0]: (r[1], *(round(float(a), 2) for a in r[-4:])) for r in rows}


def _check(listed, expected: dict[str, tuple]) -> None:
    """≥ 99.5 % of rows imported with code, fund and all four amounts right; the others set
    aside with a reason; nothing lost."""
    got = {
        r["project_code"]: (r["fund"], *(round(r[c], 2) for c in AMOUNT_COLUMNS))
        for r in listed.rows
    }
    right = sum(1 for code, values in got.items() if expected.get(code) == values)
    assert right >= 0.995 * len(expected), (right, len(expected))
    assert all(expected.get(code) == values for code, values in got.items())  # none wrong
    assert len(listed.rows) + len(listed.issues) == len(expected)
    assert all(issue["reason"] for issue in listed.issues)


def _finnish(amount: str) -> str:
    """An amount as Excel in Finnish writes it: decimal comma, space between thousands."""
    whole, _, cents = amount.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}".replace(",", "\u00a0")
    return sign + grouped + ("," + cents if cents else "")


@needs_data
@PERIODS
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_the_export_as_downloaded_with_erdf_rows(tmp_path, export, encoding):
    header, rows = _fields(export)
    path = tmp_path / "export.csv"
    text = "\n".join([",".join(header), *(",".join(r) for r in rows)]) + "\n"
    path.write_bytes(text.encode(encoding))
    _check(read_programme_list(path), _expected(rows))


@needs_data
@PERIODS
def test_the_list_saved_again_by_a_finnish_spreadsheet(tmp_path, export):
    header, rows = _fields(export)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([*row[:-4], *(_finnish(a) for a in row[-4:])])
    path = tmp_path / "saved.csv"
    path.write_bytes(out.getvalue().encode("cp1252"))
    listed = read_programme_list(path)
    _check(listed, _expected(rows))
    assert listed.has_section == (export == OLD)


@needs_data
@PERIODS
def test_the_list_as_xlsx(tmp_path, export):
    header, rows = _fields(export)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append([*row[:-4], *(float(a) for a in row[-4:])])
    path = tmp_path / "list.xlsx"
    book.save(path)
    _check(read_programme_list(path), _expected(rows))


HEADER = (
    "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,"
    "Toteuttajan nimi,A,B,C,D;"
)


def test_decimal_commas_in_a_comma_separated_list_are_never_guessed(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "S20156,ESR,Ohjaamo,3,ELY,Toiminnassa,1.3.2015,28.2.2018,Lahti,92951,50177,67,"
                "461132,66903,55;",
                "A543697,EAKR,Kasvu,1,Liitto,Toiminnassa,1.3.2015,28.2.2018,Oulu,1000,900,2000,1800;",
                "A601070006,EAKR,Vanha koodi,1,Liitto,Toiminta päättynyt,1.3.2009,28.2.2011,Oulu,"
                "5,4,10,8;",
                "S2015,ESR,Liian lyhyt koodi,3,ELY,Toiminnassa,1.3.2015,28.2.2018,X,1,1,1,1;",
            ]
        ),
        encoding="utf-8",
    )
    listed = read_programme_list(path)
    assert [r["project_code"] for r in listed.rows] == ["A543697", "A601070006"]
    reasons = {i["row"]: i["reason"] for i in listed.issues}
    assert "decimal commas" in reasons[2]
    assert "a letter and 5 to 9 digits" in reasons[5]


def test_a_workbook_that_unpacks_to_a_gigabyte_is_refused(tmp_path, capsys):
    bomb = tmp_path / "list.xlsx"
    with (
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        chunk = b"0" * (1 << 20)
        for _ in range(1024):
            member.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ListRefused, match="unpacks to 1,024 MB"):
        read_programme_list(bomb)
    out = tmp_path / "out"
    assert main(["import-projects", str(bomb), "--out", str(out)]) == 2
    assert "unpacks to 1,024 MB" in capsys.readouterr().err
    assert not out.exists()


def test_the_list_size_limit_is_the_users_to_raise(tmp_path, capsys):
    listed = tmp_path / "list.csv"
    listed.write_text(
        HEADER
        + "\nA543697,EAKR,Kasvu,1,Liitto,Toiminnassa,1.3.2015,28.2.2018,Oulu,1000,900,2000,1800;\n",
        encoding="utf-8",
    )
    with pytest.raises(ListRefused, match=r"limit for a project list.*--max-list-mb"):
        read_programme_list(listed, max_mb=0.0001)
    out = tmp_path / "out"
    assert main(["import-projects", str(listed), "--out", str(out), "--max-list-mb", "0.0001"]) == 2
    assert "--max-list-mb" in capsys.readouterr().err and not out.exists()
    assert main(["import-projects", str(listed), "--out", str(out), "--max-list-mb", "1"]) == 0
    assert len(read_programme_list(listed, max_mb=1).rows) == 1


def test_a_broken_workbook_is_refused(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ListRefused, match=r"not a readable \.xlsx"):
        read_programme_list(Path(path))
