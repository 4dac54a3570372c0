"""`analyysi run`: every notebook executes, the HTML is safe and self-contained, reruns are
cached, failures are contained, parameters are checked, no kernel is left behind."""

from __future__ import annotations

import html.parser
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import nbformat
import openpyxl
import psutil
import pytest
from conftest import RAW, ROOT, kernel_pids, seed_text
from PIL import Image

from analyysi.cli import main
from analyysi.report.parameters import ParameterError, check_parameters, read_parameters
from analyysi.report.pipeline import Settings, run

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ANALYSES = [p.stem for p in NOTEBOOKS if p.stem != "project_card"]
CODES = ["S20573", "S22084", "S22106", "S22126", "S22196"]


class _Page(html.parser.HTMLParser):
    """Collects what matters for safety and accessibility from an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    @classmethod
    def of(cls, path: Path) -> _Page:
        page = cls()
        page.feed(path.read_text(encoding="utf-8"))
        return page


def test_every_notebook_runs_and_every_page_exists(rendered):
    base, code, _ = rendered
    reports = base / "reports"
    assert code == 0
    for name in ANALYSES:
        assert (reports / f"{name}.html").is_file(), name
        # shipped notebooks render without a kernel: no executed copy is left behind
        assert not (reports / "notebooks" / f"{name}.ipynb").exists(), name
    for project in CODES:
        assert (reports / f"project_card-{project}.html").is_file(), project
    index = _Page.of(reports / "index.html")
    links = {attrs["href"] for tag, attrs in index.tags if tag == "a"}
    assert {f"{n}.html" for n in ANALYSES} <= links
    assert {f"project_card-{c}.html" for c in CODES} <= links


def test_pages_are_self_contained_accessible_and_hide_code(rendered):
    reports = rendered[0] / "reports"
    for path in sorted(reports.glob("*.html")):
        text = path.read_text(encoding="utf-8")
        page = _Page.of(path)
        assert '<html lang="fi">' in text, path.name
        tags = [tag for tag, _ in page.tags]
        assert "link" not in tags and "iframe" not in tags, path.name
        _only_the_index_script(path, tags)
        for tag, attrs in page.tags:
            for attr in ("src", "href"):
                value = attrs.get(attr) or ""
                assert not value.startswith(("http:", "https:", "//")), (path.name, value)
            if tag == "img":
                assert attrs["src"].startswith("data:image/png;base64,"), path.name
                assert attrs.get("alt", "").strip(), path.name
        assert 'id="provenance"' in text and "requirements.lock" not in text
        if path.name != "index.html":
            assert 'id="parameters"' in text, path.name
            assert "from analyysi" not in text and "# Parameters" not in text, path.name
            assert '<nav class="toc"' in text, path.name


def test_provenance_footer(rendered):
    base = rendered[0]
    text = (base / "reports" / "01_funding.html").read_text(encoding="utf-8")
    lock = __import__("hashlib").sha256((ROOT / "requirements.lock").read_bytes()).hexdigest()
    assert lock in text
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True
    )
    assert head.stdout.strip() in text
    for seed in RAW.glob("*.txt"):
        assert __import__("hashlib").sha256(seed.read_bytes()).hexdigest() in text
    assert "Lähdeasiakirjat (5)" in text and "pandas" in text and "Python 3." in text


def test_parameters_table_shows_the_run_values(rendered):
    base = rendered[0]
    text = (base / "reports" / "project_card-S22106.html").read_text(encoding="utf-8")
    assert "<tr><th>Hanke</th><td>S22106</td></tr>" in text  # as a reader reads them
    assert "<tr><th>Raportin kieli</th><td>suomi</td></tr>" in text
    assert "<tr><th>Valitut hankkeet</th><td>kaikki</td></tr>" in text


def test_figures_and_tables_for_authors(rendered):
    reports = rendered[0] / "reports"
    pngs = sorted((reports / "figures").glob("*.png"))
    assert pngs and all(p.with_suffix(".svg").is_file() for p in pngs)
    dpi = Image.open(pngs[0]).info["dpi"]
    assert round(dpi[0]) == 300
    workbook = openpyxl.load_workbook(reports / "tables.xlsx", read_only=True)
    assert "01_funding funding_by_projec" in workbook.sheetnames or any(
        s.startswith("01_funding") for s in workbook.sheetnames
    )
    assert workbook.sheetnames[:2] == ["Sisällys", "Huomiot"]
    assert "project_card facts" in workbook.sheetnames  # one sheet per kind of card table
    sheet = workbook["00_data_overview projects"]
    header = [cell.value for cell in next(sheet.iter_rows(min_row=3, max_row=3))]
    assert header[:2] == ["Hankekoodi", "Hankkeen nimi"]  # under the caption and source
    csvs = {p.name for p in (reports / "tables").glob("*.csv")}
    assert "00_data_overview--codebook.csv" in csvs and "project_card-S22196--funding.csv" in csvs
    variants = {p.name for p in (reports / "tables" / "excel").glob("*.csv")}
    assert variants == {name.replace(".csv", "-excel.csv") for name in csvs}
    assert all((reports / "tables" / name).with_suffix(".json").is_file() for name in csvs)


def test_each_report_and_the_index_as_a_word_document(rendered):
    reports = rendered[0] / "reports"
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert '<a href="index.docx">Raportti Word-asiakirjana</a>' in index
    for name in [*ANALYSES, "index"]:
        page = (reports / f"{name}.html").read_text(encoding="utf-8")
        document = docx.Document(str(reports / f"{name}.docx"))
        assert f'href="{name}.docx"' in page and f'href="{name}.docx"' in index, name
        assert len(document.tables) == page.count("<table "), name
        assert len(document.inline_shapes) == page.count("<figure "), name
        assert document.paragraphs[0].style.name == "Title", name
        assert document.paragraphs[-1].text.startswith("Tuotettu "), name
    assert not list(reports.glob("project_card-*.docx"))  # cards: the page is enough


def test_no_kernel_left_after_success(rendered):
    assert kernel_pids(rendered[0] / "reports") == set()


def test_unchanged_rerun_skips_and_force_reruns(rendered, capsys):
    base = rendered[0]
    settings = Settings(ROOT, base / "processed", base / "reports", jobs=2)
    derived = [base / "reports" / "tables.xlsx", *sorted((base / "reports").glob("*.docx"))]
    times = [path.stat().st_mtime_ns for path in derived]
    index = base / "reports" / "index.html"
    index_time = index.stat().st_mtime_ns
    again = run(settings, print_line=lambda line: None)
    assert all(r.outcome is None for r in again.results)
    assert len(again.results) == len(ANALYSES) + len(CODES)
    assert len(derived) == len(ANALYSES) + 2  # the workbook, the reports and the index
    assert [path.stat().st_mtime_ns for path in derived] == times  # not written again
    assert index.stat().st_mtime_ns == index_time  # nor is the index
    forced = run(
        Settings(
            ROOT, base / "processed", base / "reports", jobs=2, force=True, projects=("S22196",)
        ),
        print_line=lambda line: None,
    )
    assert all(r.outcome is not None and r.outcome.ok for r in forced.results)
    assert {r.name for r in forced.results} == {*ANALYSES, "project_card-S22196"}


def test_english_reports_with_code_shown(tmp_path):
    processed, reports = tmp_path / "processed", tmp_path / "reports" / "en"
    code = main(
        [
            "run",
            "--raw",
            str(RAW),
            "--processed",
            str(processed),
            "--reports",
            str(reports),
            "--lang",
            "en",
            "--show-code",
            "--projects",
            "S22084",
            "--jobs",
            "2",
        ]
    )
    assert code == 0
    card = (reports / "project_card-S22084.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in card and "Project card S22084" in card and "Key facts" in card
    assert '<span class="kn">from</span>' in card and "reset" not in card  # code on request
    assert "injected-parameters" not in card and "# Parameters" not in card
    assert not (reports / "project_card-S22196.html").exists()  # only the projects asked for
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert '<p class="figure">90.1%</p>' in index  # the answer's key figure first
    assert "Planned public funding was €86,001, of which €77,470 was used" in index
    assert (
        "Counted: the closed projects that give both planned and realised public funding, 1 of 1."
        in index
    )
    assert 'hreflang="fi"' not in index  # no Finnish index beside it: no link to one


MALICIOUS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _only_the_index_script(path: Path, tags: list[str]) -> None:
    """No page runs a script but the index, whose only script is the project filter."""
    from analyysi.report.index import INDEX_SCRIPT

    if path.name != "index.html":
        assert "script" not in tags, path.name
        return
    assert tags.count("script") == 1
    text = path.read_text(encoding="utf-8")
    assert text.count("<script") == 1 and f"<script>{INDEX_SCRIPT}</script>" in text


def test_document_text_cannot_inject_markup(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = seed_text("000_3ca5471cb25b77c0.txt")
    text = text.replace("Digituki arkeen Kuopio\n", f"Digituki {MALICIOUS}\n", 1)
    text = text.replace("Lumikello ry\n", f"Lumikello {MALICIOUS} ry\n", 1)
    text = text.replace("Toiminnan tavoitteena on ollut", f"{MALICIOUS} Toiminnan tavoitteena", 1)
    (raw / "evil.txt").write_text(text, encoding="utf-8")
    reports = tmp_path / "reports"
    assert _run(raw, tmp_path / "p", reports) == 0
    pages = sorted(reports.glob("*.html"))
    assert len(pages) == len(ANALYSES) + 2
    shown = 0
    for path in pages:
        page = _Page.of(path)
        _only_the_index_script(path, [tag for tag, _ in page.tags])
        for tag, attrs in page.tags:
            assert not [a for a in attrs if a.startswith("on")], (path.name, tag, attrs)
            if tag == "img":
                assert attrs["src"].startswith("data:"), path.name
        shown += path.read_text(encoding="utf-8").count("&lt;script&gt;")
    assert shown >= 3  # the text is there, as text


def _run(raw: Path, processed: Path, reports: Path, *options: str) -> int:
    """``analyysi run`` from the command line, two jobs."""
    return main(
        [
            "run",
            "--raw",
            str(raw),
            "--processed",
            str(processed),
            "--reports",
            str(reports),
            "--jobs",
            "2",
            *options,
        ]
    )


def _broken_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    nb = nbformat.read(root / "notebooks" / "01_funding.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell('raise RuntimeError("deliberate failure")'))
    nbformat.write(nb, root / "notebooks" / "05_broken.ipynb")
    return root


def test_a_failing_notebook_is_named_kept_and_others_still_render(tmp_path):
    root = _broken_project(tmp_path)
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    assert main(["parse", "--raw", str(RAW), "--out", str(processed)]) == 0
    lines: list[str] = []
    summary = run(
        Settings(root, processed, reports, jobs=2, projects=("S22196",)), print_line=lines.append
    )
    assert [r.name for r in summary.failed] == ["05_broken"]
    (line,) = [x for x in lines if "05_broken" in x]
    assert "FAILED in cell " in line and "RuntimeError: deliberate failure" in line
    partial = nbformat.read(reports / "notebooks" / "05_broken.ipynb", as_version=4)
    cell = int(line.split("FAILED in cell ")[1].split()[0])
    assert "deliberate failure" in partial.cells[cell - 1].source  # the named cell is the culprit
    assert any(
        o.get("ename") == "RuntimeError"
        for c in partial.cells
        if c.cell_type == "code"
        for o in c.outputs
    )
    assert "deliberate failure" in (reports / "05_broken.html").read_text(encoding="utf-8")
    for name in ANALYSES:
        assert (reports / f"{name}.html").is_file()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'class="failed"' in index
    # the failure is not cached: the next run tries again
    again = run(
        Settings(root, processed, reports, jobs=1, projects=("S22196",)), print_line=lambda _: None
    )
    assert [r.name for r in again.failed] == ["05_broken"]


def test_cli_exits_non_zero_when_a_report_failed(tmp_path, monkeypatch):
    root = _broken_project(tmp_path)
    monkeypatch.setattr("analyysi.config.ROOT", root)
    code = _run(RAW, tmp_path / "p", tmp_path / "r", "--projects", "S22196")
    assert code == 1


def test_ctrl_c_leaves_no_kernel(tmp_path):
    before = kernel_pids(tmp_path / "r")
    command = [
        sys.executable,
        "-m",
        "analyysi",
        "run",
        "--raw",
        str(RAW),
        "--processed",
        str(tmp_path / "p"),
        "--reports",
        str(tmp_path / "r"),
        "--jobs",
        "2",
        "--show-code",  # shown code needs a kernel: this run starts kernels to interrupt
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not seen:
        seen = kernel_pids(tmp_path / "r") - before
        time.sleep(0.1)
    assert seen, "no kernel started within 60 s"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    # one line, no traceback (progress lines of the parse stage aside)
    lines = [line for line in err.decode().splitlines() if "parsed" not in line]
    assert len(lines) == 1 and "interrupted" in lines[0], lines
    time.sleep(0.5)
    assert not [
        pid
        for pid in seen
        if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    ]
    assert kernel_pids(tmp_path / "r") == set()


# --- parameters -----------------------------------------------------------------------


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_declares_typed_commented_literal_parameters(notebook):
    declared = read_parameters(notebook)
    assert {"processed", "reports", "lang", "projects"} <= set(declared)
    assert all(p.comment for p in declared.values())
    nb = nbformat.reads(_as_committed(notebook), as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "outputs committed"
    assert nb.metadata.kernelspec.name == "analyysi"  # the project's named kernel


def _as_committed(notebook: Path) -> str:
    """The notebook as the last commit holds it: outputs saved since then in the working copy
    are stripped by the nbstripout filter when committed, so they do not count."""
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"HEAD:{notebook.relative_to(ROOT).as_posix()}"],
        capture_output=True,
        text=True,
    )
    return shown.stdout if shown.returncode == 0 else notebook.read_text(encoding="utf-8")


def _notebook_with(tmp_path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source, metadata={"tags": ["parameters"]})]
    )
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    return path


def test_unknown_parameter_is_named(tmp_path):
    path = _notebook_with(tmp_path, 'lang: str = "fi"  # language')
    with pytest.raises(ParameterError, match=r"x\.ipynb: unknown parameter 'colour'"):
        check_parameters(path, {"colour": "red"})


def test_wrong_type_is_named(tmp_path):
    path = _notebook_with(tmp_path, "jobs: int = 2  # how many")
    with pytest.raises(
        ParameterError, match=r"x\.ipynb: parameter 'jobs' must be int, got str '2'"
    ):
        check_parameters(path, {"jobs": "2"})
    with pytest.raises(ParameterError, match="must be int"):
        check_parameters(path, {"jobs": True})
    assert check_parameters(path, {}) == {"jobs": 2}


@pytest.mark.parametrize(
    "source",
    [
        'lang = "fi"  # untyped',
        'lang: str = "fi"',
        'base: str = "a"  # a\nfull: str = base + "b"  # derived',
        "n: int = 1.5  # wrong",
    ],
)
def test_malformed_parameters_cell_is_refused(tmp_path, source):
    with pytest.raises(ParameterError):
        read_parameters(_notebook_with(tmp_path, source))


def test_cli_reports_a_parameter_problem_before_any_kernel(tmp_path, monkeypatch, capsys):
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                'lang: str = "fi"  # language', metadata={"tags": ["parameters"]}
            )
        ]
    )
    nbformat.write(nb, root / "notebooks" / "09_old.ipynb")
    monkeypatch.setattr("analyysi.config.ROOT", root)
    code = _run(RAW, tmp_path / "p", tmp_path / "r")
    assert code == 1  # reported and skipped: no other notebook here to render
    captured = capsys.readouterr()
    assert "09_old.ipynb: unknown parameter 'processed'" in captured.out
    assert "09_old" in captured.err and "executed notebook kept" not in captured.out
    assert not (tmp_path / "r" / "notebooks" / "09_old.ipynb").exists()  # it never ran


def test_negative_defaults_and_hashes_in_strings(tmp_path):
    path = _notebook_with(
        tmp_path, 'threshold: float = -0.5  # lower bound\ncolour: str = "#ff0000"  # colour'
    )
    declared = read_parameters(path)
    assert declared["threshold"].default == -0.5 and declared["colour"].comment == "colour"
    with pytest.raises(ParameterError, match="has no comment"):
        read_parameters(_notebook_with(tmp_path, 'colour: str = "#ff0000"'))
    with pytest.raises(ParameterError, match="not valid Python"):
        read_parameters(_notebook_with(tmp_path, "x: int = (1  # broken"))


def test_a_dying_kernel_is_contained(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    nb = nbformat.read(root / "notebooks" / "00_data_overview.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import os\nos._exit(1)"))
    nbformat.write(nb, root / "notebooks" / "06_dies.ipynb")
    card = nbformat.read(root / "notebooks" / "project_card.ipynb", as_version=4)
    card.cells.append(
        nbformat.v4.new_code_cell('if project_code == "S22084":\n    import os\n    os._exit(1)')
    )
    nbformat.write(card, root / "notebooks" / "project_card.ipynb")
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    assert main(["parse", "--raw", str(RAW), "--out", str(processed)]) == 0
    lines: list[str] = []
    summary = run(Settings(root, processed, reports, jobs=1), print_line=lines.append)
    assert sorted(r.name for r in summary.failed) == ["06_dies", "project_card-S22084"]
    assert any(
        "06_dies" in line and "FAILED" in line and "DeadKernelError" in line for line in lines
    )
    for code in CODES:  # the warm kernel is replaced; the cards after the crash still render
        assert (reports / f"project_card-{code}.html").is_file()
    assert (reports / "index.html").is_file()
    assert kernel_pids(reports) == set()


def test_spreadsheet_keeps_document_text_as_text(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = seed_text("000_3ca5471cb25b77c0.txt").replace(
        "Hankkeen nimi: Digituki arkeen Kuopio",
        'Hankkeen nimi: =HYPERLINK("http://evil.example","x")',
    )
    (raw / "x.txt").write_text(text, encoding="utf-8")
    reports = tmp_path / "reports"
    assert _run(raw, tmp_path / "p", reports) == 0
    workbook = openpyxl.load_workbook(reports / "tables.xlsx")
    cells = [
        c
        for sheet in workbook
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and "HYPERLINK" in c.value
    ]
    assert cells and all(c.data_type == "s" for c in cells)


def test_editing_one_notebook_reruns_only_it(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    assert main(["parse", "--raw", str(RAW), "--out", str(processed)]) == 0
    first = run(
        Settings(root, processed, reports, jobs=2, projects=("S22196",)), print_line=lambda _: None
    )
    assert all(r.outcome and r.outcome.ok for r in first.results)
    nb = nbformat.read(root / "notebooks" / "02_participants.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("1 + 1"))
    nbformat.write(nb, root / "notebooks" / "02_participants.ipynb")
    (root / "notebooks" / "03_covid.ipynb").unlink()
    again = run(
        Settings(root, processed, reports, jobs=2, projects=("S22196",)), print_line=lambda _: None
    )
    assert [r.name for r in again.results if r.outcome is not None] == ["02_participants"]
    assert not (reports / "03_covid.html").exists()  # a notebook that is gone leaves no report
    assert not list((reports / "tables").glob("03_covid--*"))


def test_unknown_project_is_a_usage_error(tmp_path, capsys):
    code = _run(RAW, tmp_path / "p", tmp_path / "r", "--projects", "S99999")
    assert code == 2 and "S99999" in capsys.readouterr().err


def test_language_links_only_where_the_other_index_exists(rendered):
    reports = rendered[0] / "reports"
    assert 'hreflang="en"' not in (reports / "index.html").read_text(encoding="utf-8")
    for page in reports.glob("*.html"):
        for tag, attrs in _Page.of(page).tags:
            href = attrs.get("href", "") if tag == "a" else ""
            if href and not href.startswith(("#", "data:")) and not href.endswith("/"):
                assert (reports / href.split("#")[0]).exists(), (page.name, href)
