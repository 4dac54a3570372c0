"""Every report survives any selection of projects — no closed ones, no funding section, no
section 7, no final report, an ERDF page — and says what it covers and what it left out."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS, seed_text

from analyysi.cli import main

KUOPIO = "000_3ca5471cb25b77c0.txt"


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    text = seed_text(KUOPIO)
    running = text.replace("S22196", "S29901").replace("Toiminta päättynyt", "Toiminnassa")
    (folder / "running.txt").write_text(running[: running.index("5 Projektin")], "utf-8")
    cut = text.replace("S22196", "S29902")
    (folder / "cut.txt").write_text(cut[: cut.index("Toteutunut EU- ja valtion")], "utf-8")
    erdf = text.replace("S22196", "A72213").replace("(ESR)", "(EAKR)")
    start, end = erdf.index("7.1 Osallistuvien yritysten"), erdf.index("8 Horisontaaliset")
    erdf = erdf[:start] + "7.1 Uusien yritysten lukumäärä\n\nSuunniteltu: 3\n\n" + erdf[end:]
    (folder / "erdf.txt").write_text(erdf, "utf-8")
    return folder


@pytest.mark.parametrize(
    ("projects", "expected"),
    [
        (
            "S29901,S29902",
            {
                "01_funding": ["cover 0 of the 2 selected", "no funding section (5)",
                               "has a final public funding realisation"],
                "02_participants": ["no participant section (7.2)"],
                "03_covid": ["no final report"],
            },
        ),
        (
            "A72213",
            {
                "01_funding": ["cover all 1 selected"],
                "02_participants": ["cover 0 of the 1 selected", "no participant section (7.2)"],
            },
        ),
        (
            "",  # the whole mixed folder: five seeds, a running, a truncated and an ERDF page
            {
                "01_funding": ["cover 6 of the 8 selected", "no funding section (5)",
                               "Closed projects: 6. Planned public funding"],
                "02_participants": ["cover 5 of the 8 selected", "A72213", "S29901", "S29902"],
                "03_covid": ["cover 8 of the 8 selected", "no final report"],
                "index": ["both planned and realised public funding, 6 of 8.",
                          "Left out: S29901 (no funding section (5)), S29902 (planned or realised public funding missing)"],
            },
        ),
    ],
)  # fmt: skip
def test_reports_of_any_selection(raw, tmp_path, capsys, projects, expected):
    reports = tmp_path / "reports"
    code = main(
        [
            "run",
            "--raw",
            str(raw),
            "--processed",
            str(tmp_path / "processed"),
            "--reports",
            str(reports),
            "--projects",
            projects,
            "--lang",
            "en",
        ]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    for name, phrases in expected.items():
        page = (reports / f"{name}.html").read_text(encoding="utf-8")
        for phrase in phrases:
            assert phrase in page, (name, phrase)


def test_strict_run_renders_and_then_exits_1_on_document_errors(raw, tmp_path, capsys):
    reports = tmp_path / "reports"
    arguments = ["run", "--raw", str(raw), "--processed", str(tmp_path / "processed"),
                 "--reports", str(reports), "--projects", "S22084", "--lang", "en"]  # fmt: skip
    assert main([*arguments, "--strict"]) == 1
    err = capsys.readouterr().err
    assert "--strict:" in err and "error(s) in the documents" in err
    assert (reports / "index.html").exists()  # the reports are there all the same
