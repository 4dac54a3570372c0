"""Prose lives in the notebooks: a page keeps the markdown cells of its language, and an
author who edits a paragraph sees it in the next render."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import nbformat
from conftest import ROOT

from analyysi.report.render import cells_for

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def test_every_notebook_has_its_prose_in_both_languages():
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        fi = [c for c in cells if "lang-fi" in _tags(c)]
        en = [c for c in cells if "lang-en" in _tags(c)]
        assert fi and len(fi) == len(en), path.name
        # twins: the same headings, in the same order, so both pages have the same contents
        levels = [[line.split(" ")[0] for line in "".join(c["source"]).splitlines()
                   if line.startswith("#")] for c in fi]  # fmt: skip
        assert levels == [[line.split(" ")[0] for line in "".join(c["source"]).splitlines()
                           if line.startswith("#")] for c in en], path.name  # fmt: skip


def test_a_page_keeps_the_cells_of_its_language():
    cells = [
        nbformat.v4.new_markdown_cell("Suomeksi", metadata={"tags": ["lang-fi"]}),
        nbformat.v4.new_markdown_cell("In English", metadata={"tags": ["lang-en"]}),
        nbformat.v4.new_markdown_cell("Both"),
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
    ]
    assert [c.source for c in cells_for(cells, "fi", show_code=False)] == ["Suomeksi", "Both"]
    assert [c.source for c in cells_for(cells, "en", show_code=False)] == ["In English", "Both"]


def test_an_author_edits_a_paragraph_and_sees_it(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", project / "notebooks")
    path = project / "notebooks" / "01_funding.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    fi = next(c for c in nb["cells"] if "lang-fi" in _tags(c))
    en = next(c for c in nb["cells"] if "lang-en" in _tags(c))
    fi["source"] = "".join(fi["source"]) + "\n\nArvioijan oma kappale <& lisätty>.\n"
    en["source"] = "".join(en["source"]) + "\n\nThe evaluator's own paragraph.\n"
    path.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from analyysi import config; "
        f"config.ROOT = Path({str(project)!r}); from analyysi.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    reports = tmp_path / "reports"
    done = subprocess.run([sys.executable, "-c", code, "run", "--lang", "fi,en", "-q",
                           "--projects", "S22084", "--processed", str(tmp_path / "p"),
                           "--reports", str(reports)], capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    finnish = (reports / "01_funding.html").read_text(encoding="utf-8")
    english = (reports / "en" / "01_funding.html").read_text(encoding="utf-8")
    assert "Arvioijan oma kappale" in finnish and "evaluator&#x27;s own" not in finnish
    assert "own paragraph" in english and "Arvioijan oma" not in english


def test_headings_of_markdown_cells_lose_their_pilcrow_and_keep_their_words():
    from analyysi.report.render import plain_headings

    body = (
        '<h3 id="answer-1">Generated</h3><p>between</p>'
        '<h2 id="Toteuman-selitt%C3%A4j%C3%A4t">Toteuman selittäjät'
        '<a class="anchor-link" href="#Toteuman-selitt%C3%A4j%C3%A4t">¶</a></h2>'
    )
    assert plain_headings(body) == (
        '<h3 id="answer-1">Generated</h3><p>between</p>'
        '<h2 id="toteuman-selittäjät">Toteuman selittäjät</h2>'
    )
