"""The command line on any laptop: nothing in it may need a function only Linux has."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import RAW, ROOT

# Loaded by every Python process started with this folder on PYTHONPATH (the CLI, the workers
# it spawns and the notebook kernels), so the whole run sees an interpreter like macOS's or
# Windows': no CPU affinity calls and no fork.
WITHOUT_LINUX = """
import os
for name in ("sched_getaffinity", "sched_setaffinity", "process_cpu_count", "fork"):
    if hasattr(os, name):
        delattr(os, name)
"""


def _run_without_linux(tmp_path, *args: str) -> subprocess.CompletedProcess:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(WITHOUT_LINUX, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = "import os, analyysi.cli; print(hasattr(os, 'sched_getaffinity'))"
    seen = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert seen.stdout.strip() == "False"  # the platform is really simulated
    return subprocess.run(
        [sys.executable, "-m", "analyysi", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_help_and_run_on_an_interpreter_without_linux_only_functions(tmp_path):
    shown = _run_without_linux(tmp_path, "--help")
    assert shown.returncode == 0, shown.stderr
    assert "run" in shown.stdout and "fetch" in shown.stdout
    jobs = _run_without_linux(tmp_path, "run", "--help")
    assert f"default: number of cores, {os.cpu_count()}" in " ".join(jobs.stdout.split())
    reports = tmp_path / "reports"
    ran = _run_without_linux(
        tmp_path,
        "run",
        "--raw",
        str(RAW),
        "--processed",
        str(tmp_path / "processed"),
        "--reports",
        str(reports),
        "--projects",
        "S22084",
        "--lang",
        "en",
    )
    assert ran.returncode == 0, ran.stderr
    assert (reports / "index.html").exists() and (reports / "project_card-S22084.html").exists()


def test_quiet_prints_only_the_last_line_and_verbose_names_every_file(tmp_path, capsys):
    from analyysi.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    for number in range(25):  # more than the 20 files named by default
        (raw / f"notes{number:02d}.pdf").write_bytes(b"%PDF-1.7")
    (raw / "kuopio.txt").write_bytes((RAW / "000_3ca5471cb25b77c0.txt").read_bytes())
    out = tmp_path / "out"
    assert main(["parse", "--raw", str(raw), "--out", str(out), "-v"]) == 0
    printed = capsys.readouterr().out
    assert all(f"notes{number:02d}.pdf" in printed for number in range(25))
    assert main(["parse", "--raw", str(raw), "--out", str(out)]) == 0
    assert "… and 5 more" in capsys.readouterr().out
    reports = tmp_path / "reports"
    code = main(["run", "-q", "--raw", str(raw), "--processed", str(out), "--reports",
                 str(reports), "--lang", "en"])  # fmt: skip
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Parsed 1 file") and lines[-1].startswith("Done in")
    assert not any("project_card" in line or "Rendering" in line for line in lines)


def test_the_tool_speaks_finnish(tmp_path, monkeypatch, capsys):
    from analyysi.cli import choose_language, main

    monkeypatch.delenv("ANALYYSI_LANG")
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    assert choose_language([]) == "fi"
    assert choose_language(["run", "--lang", "en,fi"]) == "en"  # the reports' language leads
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert choose_language([]) == "en" and choose_language(["run", "--lang=fi"]) == "fi"
    monkeypatch.setenv("ANALYYSI_LANG", "fi")  # the user's own choice wins
    with __import__("pytest").raises(SystemExit):
        main(["run", "--help"])
    shown = capsys.readouterr().out
    assert "käyttö: analyysi run" in shown and "raporttien kieli tai kielet" in shown
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kuopio.txt").write_bytes((RAW / "000_3ca5471cb25b77c0.txt").read_bytes())
    assert main(["parse", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    assert "Luettu 1 tiedosto kansiosta" in capsys.readouterr().out  # the singular form
    assert main(["parse", "--raw", str(tmp_path / "nowhere")]) == 2
    assert "analyysi parse: virhe: --raw" in capsys.readouterr().err


def test_a_run_parses_again_only_when_its_documents_options_or_code_change(tmp_path):
    import argparse
    import shutil

    from analyysi.cli import PARSE_KEY, _parse_key, _record_parse, _unchanged_parse, main

    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(RAW, raw)
    args = argparse.Namespace(raw=raw, max_file_mb=5.0, with_examples=False)
    key = _parse_key(args)
    assert main(["parse", "--raw", str(raw), "--out", str(out), "-q"]) == 0
    assert _unchanged_parse(out, key) is None  # nothing recorded by a plain parse
    _record_parse(out, key, errors=2)
    assert _unchanged_parse(out, key) == 2  # the error count of that parse, for --strict
    first = sorted(raw.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nLisätty rivi.\n", encoding="utf-8")
    assert _parse_key(args) != key  # an edited document
    first.with_name("uusi.txt").write_text("x", encoding="utf-8")
    edited = _parse_key(args)
    assert _parse_key(argparse.Namespace(**{**vars(args), "max_file_mb": 1.0})) != edited
    _record_parse(out, edited, errors=0)
    (out / "funding.csv").unlink()
    assert _unchanged_parse(out, edited) is None  # a table is missing
    _record_parse(out, edited, errors=0)
    assert main(["parse", "--raw", str(raw), "--out", str(out), "-q"]) == 0
    assert not (out / PARSE_KEY).exists()  # a parse by hand: a run cannot trust the record


def test_an_unchanged_rerun_stops_early_and_anything_changed_runs_it_whole(tmp_path, capsys):
    from analyysi.cli import main
    from analyysi.report.freshness import RUN_RECORD

    raw, out, reports = tmp_path / "raw", tmp_path / "processed", tmp_path / "reports"
    raw.mkdir()
    (raw / "kuopio.txt").write_bytes((RAW / "000_3ca5471cb25b77c0.txt").read_bytes())
    run = ["run", "--raw", str(raw), "--processed", str(out), "--reports", str(reports),
           "--lang", "en"]  # fmt: skip
    assert main(run) == 0
    assert (reports / RUN_RECORD).is_file()
    card = next(reports.glob("project_card-*.html"))
    pages = {path: path.stat().st_mtime_ns for path in reports.rglob("*.html")}
    capsys.readouterr()
    assert main(run) == 0
    printed = capsys.readouterr().out
    assert "The reports (en) are as in the last run" in printed and "Rendering" not in printed
    assert {path: path.stat().st_mtime_ns for path in reports.rglob("*.html")} == pages
    card.unlink()  # a file of the last run gone: the run goes the whole way, and renders it
    assert main(run) == 0
    printed = capsys.readouterr().out
    assert "Rendering" in printed and card.is_file()
    assert "are as in the last run" in (main(run), capsys.readouterr().out)[1]
    assert main([*run, "--force"]) == 0  # asked to: the whole way
    assert "Rendering" in capsys.readouterr().out
    (raw / "kuopio.txt").write_bytes((raw / "kuopio.txt").read_bytes() + b"\nLisays.\n")
    assert main(run) == 0  # an edited document: parsed and rendered again
    printed = capsys.readouterr().out
    assert "Parsed 1 file" in printed and "are as in the last run" not in printed
    (out / "review_issues.csv").write_text(
        "review_file,line,review_table,review_key,problem\nx.csv,2,t,k,p\n", encoding="utf-8"
    )  # rows to report again: never the short way
    from analyysi.cli import _run_key, build_parser

    args = build_parser().parse_args(run)
    assert _run_key(args, "parse-key", tmp_path / "no-review") is None


# Loaded by every process of the run (see WITHOUT_LINUX): in a spawned worker, rendering the
# funding report ends the process at once, as a crash would.
WORKER_DIES = """
import os, sys
if sys.argv[:1] == ["-c"]:  # a process started by multiprocessing's spawn
    import analyysi.report.plain as plain
    render = plain.render_plain

    def dying(notebook, *args, **kwargs):
        if notebook.stem == "01_funding":
            os._exit(3)
        return render(notebook, *args, **kwargs)

    plain.render_plain = dying
"""


def test_a_worker_that_dies_fails_its_jobs_and_the_index_is_still_written(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(WORKER_DIES, encoding="utf-8")
    raw, reports = tmp_path / "raw", tmp_path / "reports"
    raw.mkdir()
    (raw / "kuopio.txt").write_bytes((RAW / "000_3ca5471cb25b77c0.txt").read_bytes())
    ran = subprocess.run(
        [sys.executable, "-m", "analyysi", "run", "--raw", str(raw), "--processed",
         str(tmp_path / "processed"), "--reports", str(reports), "--lang", "en"],
        env={**os.environ, "PYTHONPATH": str(site)}, cwd=ROOT, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip
    assert ran.returncode == 1, ran.stderr
    assert "01_funding" in ran.stderr and "stopped unexpectedly (exit code 3)" in ran.stdout
    page = (reports / "01_funding.html").read_text(encoding="utf-8")
    assert "stopped unexpectedly" in page
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "01_funding.html" in index
    assert not (reports / ".cache" / "run.json").exists()  # a failed run is not a shortcut
