"""Cards rendered without a kernel: the shipped card's cells run in the worker, and the page
shows what the same notebook shows when run in a kernel; an edited card runs as a notebook."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from analyysi.cli import main
from analyysi.report.execute import KERNEL, prepare_kernel
from analyysi.report.plain import SHIPPED, can_render_plain, fingerprint, render_plain
from analyysi.report.render import notebook_body

CARD = ROOT / "notebooks" / "project_card.ipynb"


def test_the_shipped_notebooks_are_the_ones_rendered_plain():
    """When a notebook changes, its new fingerprint goes into report/plain.py SHIPPED."""
    found = {p.stem: fingerprint(p) for p in sorted((ROOT / "notebooks").glob("*.ipynb"))}
    assert found == SHIPPED
    assert all(can_render_plain(p, show_code=False) for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert not can_render_plain(CARD, show_code=True)  # code shown: run as a notebook


def test_an_edited_card_is_not_rendered_plain(tmp_path):
    edited = tmp_path / "project_card.ipynb"
    nb = json.loads(CARD.read_text(encoding="utf-8"))
    nb["cells"][-1]["source"] = ["print('my own addition')\n"]
    edited.write_text(json.dumps(nb), encoding="utf-8")
    assert not can_render_plain(edited, show_code=False)
    nb = json.loads(CARD.read_text(encoding="utf-8"))
    nb["cells"][0]["outputs"] = []  # outputs and ids do not count
    nb["cells"][0]["id"] = "other"
    edited.write_text(json.dumps(nb), encoding="utf-8")
    assert can_render_plain(edited, show_code=False)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    assert main(["run", "--processed", str(folder / "p"), "--reports", str(folder / "r"),
                 "-q", "--lang", "en"]) == 0  # fmt: skip
    return folder / "p"


def _visible(body: str) -> str:
    """The words a reader sees, in order (entities decoded: nbconvert writes ' as it is)."""
    import html

    words = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", words)
    return " ".join(words.split())


@pytest.mark.parametrize("name", ["project_card", "01_funding", "03_covid"])
def test_plain_and_kernel_renders_show_the_same(tables, tmp_path, name):
    import papermill

    notebook = ROOT / "notebooks" / f"{name}.ipynb"
    parameters = {"processed": str(tables), "reports": str(tmp_path / "plain"), "lang": "en"}
    if name == "project_card":
        parameters["project_code"] = "S22106"
    body, outcome = render_plain(notebook, parameters, "en")
    assert outcome.ok, outcome
    prepare_kernel(tmp_path / ".kernel")
    executed = tmp_path / "executed.ipynb"
    papermill.execute_notebook(str(notebook), str(executed), kernel_name=KERNEL,
                               progress_bar=False, cwd=str(notebook.parent),
                               parameters={**parameters, "reports": str(tmp_path / "kernel")})  # fmt: skip
    kernel = notebook_body(executed, show_code=False, lang="en")
    assert _visible(body) == _visible(kernel)
    assert "Answers" in body or "Funding realisation" in body or "COVID" in body
    assert "Vastaukset" not in body and "Rahoituksen" not in body  # English prose only
    for folder in ("tables", "figures"):
        plain = sorted(p.name for p in (tmp_path / "plain" / folder).glob("*.*"))
        assert plain == sorted(p.name for p in (tmp_path / "kernel" / folder).glob("*.*"))


def test_a_failing_cell_is_named(tables, tmp_path):
    parameters = {"processed": str(tables), "reports": str(tmp_path), "lang": "fi",
                  "project_code": "S99999"}  # fmt: skip
    body, outcome = render_plain(CARD, parameters, "fi")
    assert not outcome.ok and "S99999" in outcome.error and outcome.cell is not None
    assert "S99999" in body  # the page says what went wrong


def test_a_run_with_an_edited_card_uses_a_kernel(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", project / "notebooks")
    card = project / "notebooks" / "project_card.ipynb"
    nb = json.loads(card.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "execution_count": None, "id": "mine",
                        "metadata": {}, "outputs": [],
                        "source": ["from IPython.display import HTML, display\n",
                                   "display(HTML('<p>edited by its user</p>'))"]})  # fmt: skip
    card.write_text(json.dumps(nb), encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from analyysi import config; "
        f"config.ROOT = Path({str(project)!r}); from analyysi.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    import subprocess
    import sys

    reports = tmp_path / "reports"
    done = subprocess.run([sys.executable, "-c", code, "run", "--projects", "S22084", "-q",
                           "--processed", str(tmp_path / "p"), "--reports", str(reports)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    page = (reports / "project_card-S22084.html").read_text(encoding="utf-8")
    assert "edited by its user" in page
    assert (reports / "notebooks" / "project_card-S22084.ipynb").exists()  # ran in a kernel


def test_a_warning_stays_out_of_the_terminal(tmp_path):
    notebook = tmp_path / "warns.ipynb"
    cells = [
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": "x = 1"},
        {
            "cell_type": "code",
            "metadata": {},
            "source": "import warnings\nwarnings.simplefilter('always')\nwarnings.warn('loud')",
        },
    ]
    notebook.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    # in a process of its own: pytest would catch the warning itself
    probe = (
        "from pathlib import Path\n"
        "from analyysi.report.plain import render_plain\n"
        f"print(render_plain(Path({str(notebook)!r}), {{}}, 'fi')[1].ok)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr
    assert "loud" not in done.stderr


def test_markdown_cells_read_as_nbconvert_reads_them():
    """The plain render's markdown (mistune, without importing nbconvert) gives what the
    kernel path's nbconvert gives, for every markdown cell of every shipped notebook and for
    the markdown an edited cell may hold."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    from analyysi.report.plain import _markdown
    from analyysi.report.render import plain_headings

    sources = [
        "".join(cell["source"])
        for path in sorted((ROOT / "notebooks").glob("*.ipynb"))
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
        if cell["cell_type"] == "markdown"
    ]
    sources += [
        "# Tästä ääkkösin\n\nTeksti *korostettu* ja **lihava**, `koodi`, <b>raaka</b> & 5 < 6.",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- kohta\n  - alakohta\n\n1. yksi\n\n~~pois~~",
        'Linkki https://www.eura2014.fi/ ja [teksti](https://example.org "otsikko").\n\n> lainaus',
        "### Otsikko `koodi` & <em>x</em>\n\n---\n\nTermi\n: selitys",
    ]
    for source in sources:
        expected = plain_headings(
            f'<div class="text_cell_render">{markdown2html_mistune(source)}</div>'
        )
        assert _markdown(source) == expected, source


def test_a_heading_keeps_its_letters_in_its_id():
    from analyysi.report.render import plain_headings

    body = (
        '<h2 id="x">Havainnot t&#228;st&#228; &#60;&amp;<a class="anchor-link" href="#x">¶</a></h2>'
    )
    assert plain_headings(body) == '<h2 id="havainnot-tästä-60-amp">Havainnot tästä &#60;&amp;</h2>'


def test_a_plain_render_starts_no_notebook_machinery(tables, tmp_path):
    """A worker rendering the shipped notebooks imports neither nbconvert nor nbformat and its
    schema checker (seconds per worker), nor papermill."""
    probe = f"""
import sys
from pathlib import Path
from analyysi.report.plain import render_plain
for name in ("00_data_overview", "01_funding", "project_card"):
    parameters = {{"processed": {str(tables)!r}, "reports": {str(tmp_path)!r}, "lang": "fi",
                  "project_code": "S20573"}}
    body, outcome = render_plain(Path({str(ROOT / "notebooks")!r}) / f"{{name}}.ipynb",
                                 parameters, "fi")
    assert outcome.ok, outcome.error
heavy = {{"nbconvert", "nbformat", "jsonschema", "papermill", "nbclient"}}
print(",".join(sorted({{m.split(".")[0] for m in sys.modules}} & heavy)))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip() == ""
