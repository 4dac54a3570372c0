"""`analyysi run --project-list FILE`: the funding report places the projects in the
programme, and the programme report describes the list's closed projects as a population."""

from __future__ import annotations

from conftest import RAW

from analyysi.cli import main

HEADER = (
    "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,"
    "Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,"
    "Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä;"
)


def test_a_run_with_a_programme_list(tmp_path, capsys):
    rows = [HEADER]
    for k in range(40):
        status = "Toiminta päättynyt" if k % 8 else "Toiminnassa"
        planned, realised = 100_000 + 5_000 * k, 60_000 + 5_500 * k
        rows.append(
            f"S3{k:04d},ESR,Hanke {k},5,Keski-Suomen ELY-keskus,{status},1.5.2020,30.4.2021,"
            f"Toteuttaja {k},{planned},{realised},{planned},{realised};"
        )
    rows.append("S22196,ESR,Digituki arkeen Kuopio,5,Etelä-Savon ELY,Toiminta päättynyt,"
                "1.9.2020,31.8.2021,Lumikello ry,43005,43005,51005,51005;")  # fmt: skip
    rows.append("tämä rivi ei ole hanke")
    listing = tmp_path / "list.csv"
    listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reports = tmp_path / "reports"
    code = main(
        [
            "run",
            "--raw",
            str(RAW),
            "--processed",
            str(tmp_path / "processed"),
            "--reports",
            str(reports),
            "--lang",
            "en",
            "--projects",
            "S22196,S22106",
            "--project-list",
            str(listing),
        ]
    )
    assert code == 0, capsys.readouterr().err
    page = (reports / "04_programme.html").read_text(encoding="utf-8")
    assert "projects imported 41, rows set aside 1" in page
    assert "Closed projects with planned and realised public funding: 36." in page
    for heading in ("By fund", "By authority", "By priority axis", "By size", "By year of end"):
        assert heading in page
    assert "not closed" in page and "too few fields" in page
    funding = (reports / "01_funding.html").read_text(encoding="utf-8")
    assert "Programme percentile" in funding
