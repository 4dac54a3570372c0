"""A workspace per evaluation: both languages from one run link to each other, and nothing of
an earlier run with other inputs (the other language's reports, a programme list) survives
into the new reports or data package."""

from __future__ import annotations

import json

from conftest import RAW

from analyysi.cli import main

LIST = (
    "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,"
    "Toteuttajan nimi,A,B,C,D;\n"
    "S20156,ESR,Ohjaamo,3,ELY,Toiminta päättynyt,1.3.2015,28.2.2018,Lahti,92951,50177,"
    "461132,400000;\n"
)


def _run(tmp_path, *extra: str) -> int:
    return main(
        ["run", "--raw", str(RAW), "--processed", str(tmp_path / "processed"),
         "--reports", str(tmp_path / "reports"), *extra]
    )  # fmt: skip


def test_one_run_renders_both_languages_and_a_later_run_leaves_no_stale_language(tmp_path, capsys):
    reports = tmp_path / "reports"
    assert _run(tmp_path, "--lang", "fi,en", "--projects", "S22084") == 0
    fi = (reports / "index.html").read_text(encoding="utf-8")
    en = (reports / "en" / "index.html").read_text(encoding="utf-8")
    assert 'href="en/index.html" hreflang="en"' in fi
    assert (
        'href="../index.html" hreflang="fi"' in en and (reports / "en" / "01_funding.html").exists()
    )
    capsys.readouterr()
    # Finnish alone, of other data: the English reports of the first data set are removed
    assert _run(tmp_path, "--lang", "fi", "--projects", "S22106") == 0
    assert "reports of earlier inputs in the other language" in capsys.readouterr().out
    assert not (reports / "en").exists()
    assert 'hreflang="en"' not in (reports / "index.html").read_text(encoding="utf-8")
    # and again with the same data: nothing to remove, nothing to link to
    assert _run(tmp_path, "--lang", "fi", "--projects", "S22106") == 0
    assert 'hreflang="en"' not in (reports / "index.html").read_text(encoding="utf-8")


def test_a_programme_list_of_an_earlier_run_does_not_survive(tmp_path, capsys):
    listing = tmp_path / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    processed = tmp_path / "processed"
    assert _run(tmp_path, "--projects", "S22084", "--project-list", str(listing)) == 0
    assert (processed / "programme_projects.csv").exists()
    capsys.readouterr()
    assert _run(tmp_path, "--projects", "S22084") == 0
    assert "this run was given no --project-list" in capsys.readouterr().out
    assert not (processed / "programme_projects.csv").exists()
    package = json.loads((processed / "datapackage.json").read_text(encoding="utf-8"))
    assert "programme_projects" not in {r["name"] for r in package["resources"]}
    page = (tmp_path / "reports" / "04_programme.html").read_text(encoding="utf-8")
    assert "so there is no programme report" in page or "joten tätä raporttia ei laadittu" in page


def test_an_interrupted_run_of_other_data_leaves_no_index_presenting_a_mix(tmp_path):
    import pytest

    from analyysi import config
    from analyysi.report.pipeline import Settings, run

    reports = tmp_path / "reports"
    assert _run(tmp_path, "--lang", "fi,en", "--projects", "S22084") == 0

    def stop_at_the_first_report(line: str) -> None:
        if line.startswith("  0"):
            raise KeyboardInterrupt

    other = Settings(root=config.ROOT, processed=tmp_path / "processed", reports=reports,
                     projects=("S22106",))  # fmt: skip
    with pytest.raises(KeyboardInterrupt):
        run(other, print_line=stop_at_the_first_report)
    assert not (reports / "index.html").exists()  # no entry point to pages of two data sets
    assert not (reports / "en").exists()  # the English reports of the first data set are gone


def test_a_worksheet_awaiting_decisions_does_not_make_the_data_other(tmp_path):
    from analyysi.report.pipeline import Settings, _data_key
    from analyysi.report.provenance import collect

    processed, review = tmp_path / "processed", tmp_path / "review"
    processed.mkdir()
    review.mkdir()
    (processed / "projects.csv").write_text("project_code\nS22084\n", encoding="utf-8")
    settings = Settings(root=tmp_path, processed=processed, reports=tmp_path / "r", review=review)

    def key() -> str:
        return _data_key(settings, collect(tmp_path, [], review))

    before = key()
    (review / "participant_outcomes-worksheet.csv").write_text("decision\n", encoding="utf-8")
    assert key() == before
    (review / "participant_outcomes.csv").write_text("decision\naccept\n", encoding="utf-8")
    assert key() != before  # a decision changes what the reports show
