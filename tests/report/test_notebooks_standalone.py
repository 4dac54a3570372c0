"""Notebooks outside the pipeline: run with papermill by hand (or in Lab), they find their
tables, say what is missing, and fail loudly on a misspelt parameter, a wrong type or an
unknown project code instead of rendering a wrong or empty report."""

from __future__ import annotations

import papermill
import pytest
from conftest import ROOT

from analyysi.cli import main
from analyysi.report.execute import KERNEL, prepare_kernel

CARD = ROOT / "notebooks" / "project_card.ipynb"
OVERVIEW = ROOT / "notebooks" / "00_data_overview.ipynb"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    assert main(["parse", "--out", str(folder), "-q"]) == 0
    prepare_kernel(folder / ".kernel")
    return folder


def _run(notebook, tmp_path, cwd, **parameters):
    return papermill.execute_notebook(
        str(notebook),
        str(tmp_path / "out.ipynb"),
        parameters=parameters,
        kernel_name=KERNEL,
        cwd=str(cwd),
        progress_bar=False,
    )


def _error(notebook, tmp_path, cwd, **parameters) -> str:
    with pytest.raises(papermill.PapermillExecutionError) as raised:
        _run(notebook, tmp_path, cwd, **parameters)
    return str(raised.value)


def test_a_card_runs_by_hand_from_the_project_folder(tables, tmp_path):
    _run(CARD, tmp_path, ROOT, processed=str(tables), reports=str(tmp_path / "r"),
         project_code="S22084")  # fmt: skip
    written = tmp_path / "r" / "tables"  # written where it was told, nowhere else
    assert (written / "project_card-S22084--facts.csv").is_file()
    assert not (ROOT / "data" / "scratch" / "tables" / "project_card-S22084--facts.csv").exists()


def test_a_misspelt_parameter_fails_loudly(tables, tmp_path):
    error = _error(OVERVIEW, tmp_path, ROOT, processed=str(tables), reports=str(tmp_path),
                   langg="en")  # fmt: skip
    assert "unknown parameter 'langg'" in error and "processed, reports, lang" in error


def test_a_wrong_type_fails_loudly(tables, tmp_path):
    error = _error(OVERVIEW, tmp_path, ROOT, processed=str(tables), reports=str(tmp_path), lang=5)
    assert "parameter 'lang' must be str, got int 5" in error


@pytest.mark.parametrize("given", [{"project_code": "S99999"}, {"projects": "S22084,S99998"}])
def test_an_unknown_project_code_fails_loudly(tables, tmp_path, given):
    error = _error(CARD, tmp_path, ROOT, processed=str(tables), reports=str(tmp_path), **given)
    assert "unknown project code S9999" in error and "S22084" in error


def test_without_tables_it_says_to_run_analyysi_first(tmp_path):
    prepare_kernel(tmp_path / ".kernel")
    error = _error(OVERVIEW, tmp_path, tmp_path, processed="nowhere", reports=str(tmp_path))
    assert "no tables in" in error and "run `analyysi run` (or `make report`) first" in error


def test_a_notebook_with_an_untyped_parameters_cell_is_skipped_and_the_others_render(
    tables, tmp_path
):
    import shutil

    import nbformat

    from analyysi.report.pipeline import Settings, run

    root = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    mine = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell('lang = "fi"', metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("print(lang)"),
        ]
    )
    nbformat.write(mine, root / "notebooks" / "05_mine.ipynb")
    reports = tmp_path / "reports"
    lines: list[str] = []
    summary = run(
        Settings(root=root, processed=tables, reports=reports, lang="en", projects=("S22084",)),
        print_line=lines.append,
    )
    assert [r.name for r in summary.failed] == ["05_mine"]
    assert any("05_mine" in line and "is not 'name: type = literal" in line for line in lines)
    assert "not run: 05_mine.ipynb: parameters cell line 1" in (reports / "05_mine.html").read_text(
        encoding="utf-8"
    )
    for name in ("00_data_overview", "01_funding", "03_covid", "project_card-S22084"):
        assert (reports / f"{name}.html").exists()
