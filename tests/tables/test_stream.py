"""The streamed parse: byte for byte the tables of the former pandas path, on any number of
workers, and without pandas.

``fixtures/parse_golden.json`` holds the SHA-256 of every file the parse stage wrote before it
streamed (pandas and pandera, commit b7fb8bc) for the bundled documents and for a mixed
corpus of 120 files made by ``benchmarks/corpus.py`` (rejected files, duplicates kept earlier
and later, encodings, a skipped file, a subfolder). Should a change of the parser alter the
output on purpose, regenerate it with ``python tests/tables/test_stream.py`` and say so in
the commit.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import make_documents  # noqa: E402

from analyysi.tables.metadata import RESOURCES  # noqa: E402
from analyysi.tables.rows import RowsInvalid, TableRows  # noqa: E402

GOLDEN = ROOT / "tests" / "fixtures" / "parse_golden.json"
MIXED = 120


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def mixed_raw(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    make_documents(folder, MIXED, mixed=True)
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    ("corpus", "flags"),
    [("raw", ()), ("mixed120", ()), ("mixed120 --include-contacts", ("--include-contacts",))],
)
def test_output_is_byte_identical_to_the_golden(parse, mixed_raw, corpus, flags, jobs):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))[corpus]
    raw = RAW if corpus == "raw" else mixed_raw
    run = parse(raw, "--jobs", jobs, *flags)
    assert run.code == 0, run.stderr
    got = _hashes(run.out)
    assert sorted(got) == sorted(golden)
    differing = [name for name in golden if got[name] != golden[name]]
    assert not differing, f"differ from the golden output: {differing}"


def test_the_mixed_corpus_exercises_every_path(parse, mixed_raw):
    """The golden covers rejections, every duplicate rule, warnings and skipped files."""
    issues = parse(mixed_raw, "--jobs", "2").issues()
    messages = " | ".join(row["message"] for row in issues)
    for words in (
        "which is as complete and comes first by name",
        "which is more complete",
        "which has the same sections with fewer errors or more values",
        "file is empty",
        "not text but an image",
        "not a project description",
        "holds more than one project description",
        "not all UTF-8",
        "not read: a word-processor document",
    ):
        assert words in messages, words
    kept_later = [r for r in issues if r["source_file"] == "doc_00052.txt"]
    assert "also in doc_00053.txt" in kept_later[0]["message"]  # the later file was kept
    assert any(r["source_file"].startswith("sub/") for r in parse(mixed_raw).table("projects"))


def test_workers_reject_a_project_breaking_the_contract_alone(parse, mixed_raw, monkeypatch):
    """In worker processes as in one: the project is rejected with an error row naming the
    table, its duplicates still name it, every other project is written."""
    from analyysi.documents import fields

    real = fields.extract_record

    def broken(document, *args):
        record = real(document, *args)
        if record.project_code == "S90012":  # doc_00012.txt; doc_00013.txt is its copy
            record.sustainability[0]["direct"] = 99
        return record

    monkeypatch.setattr("analyysi.tables.parse.extract_record", broken)
    run = parse(mixed_raw, "--jobs", "2")
    assert run.code == 0, run.stderr
    codes = [r["project_code"] for r in run.table("projects")]
    assert "S90012" not in codes and len(codes) == len(set(codes)) == 108
    errors = {r["source_file"]: r["message"] for r in run.issues("error")}
    assert (
        "sustainability.csv (direct less_than_or_equal_to(10): np.int64(99))"
        in errors["doc_00012.txt"]
    )
    assert "also in doc_00012.txt" in errors["doc_00013.txt"]
    assert not [r for r in run.table("sustainability") if r["project_code"] == "S90012"]
    assert not [r for r in run.issues("warning") if r["source_file"] == "doc_00012.txt"]


def test_workers_write_nothing_on_an_untraceable_failure(parse, mixed_raw, monkeypatch):
    from analyysi.documents import checks
    from analyysi.documents.fields import Issue

    real = checks.check_record

    def broken(record):
        found = real(record)
        if record.project_code == "S90050":
            found.append(Issue(record.source_file, None, "fatal", "x", None, "m"))
        return found

    monkeypatch.setattr("analyysi.tables.parse.check_record", broken)
    run = parse(mixed_raw, "--jobs", "2")
    assert run.code == 3 and "parse_issues.csv does not meet its contract" in run.stderr
    assert "severity isin(['error', 'warning']): 'fatal'" in run.stderr
    assert not run.out.exists()


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_process_spills_to_its_own_file_and_none_is_left(
    parse, mixed_raw, tmp_path, monkeypatch, jobs
):
    """The rows lie in spill files of each process that parsed (the workers', or this one's
    for one job), one per table, all in the run's temporary folder, which is gone after the
    run."""
    import multiprocessing
    import os
    import tempfile

    from analyysi.tables import stream

    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    seen: list[str] = []
    real_open = stream._Spill.open

    def open_noting(spill):
        seen.extend(spill.prefixes)
        real_open(spill)

    monkeypatch.setattr(stream._Spill, "open", open_noting)
    run = parse(mixed_raw, "--jobs", str(jobs))
    assert run.code == 0, run.stderr
    names = {Path(path).name for path in seen}
    if jobs == 1:
        assert names == {f"rows-{os.getpid()}"}
    else:
        assert len(names) == 2 and f"rows-{os.getpid()}" not in names
    assert {Path(path).parent.parent for path in seen} == {temporary}
    assert list(temporary.iterdir()) == []
    assert stream._own_spill is None and multiprocessing.active_children() == []


@pytest.mark.parametrize(("pread", "run_bytes"), [(False, 1 << 20), (True, 1), (True, 3000)])
def test_the_spill_is_read_the_same_in_any_runs_and_without_pread(
    parse, mixed_raw, monkeypatch, pread, run_bytes
):
    """Windows has no ``os.pread``: the rows are then read with a seek and a read. Rows that
    lie together are read at once up to a size, beyond which the next run starts."""
    from analyysi.tables import stream

    monkeypatch.setattr(stream, "_PREAD", pread)
    monkeypatch.setattr(stream, "RUN_BYTES", run_bytes)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["mixed120"]
    run = parse(mixed_raw, "--jobs", "2")
    assert run.code == 0, run.stderr
    assert _hashes(run.out) == golden


@pytest.mark.parametrize("pending_bytes", [1, 1 << 22])
def test_a_process_writes_its_rows_once_a_batch_or_when_they_grow(
    parse, mixed_raw, monkeypatch, pending_bytes
):
    """A process's rows wait in its memory until its batch of documents is done (then one
    write per table) or until they hold PENDING_BYTES; the tables are the same either way."""
    from analyysi.tables import parse as parse_stage
    from analyysi.tables import stream

    writes: list[int] = []
    real_write = stream._write_all
    monkeypatch.setattr(
        stream, "_write_all", lambda s, d: writes.append(len(d)) or real_write(s, d)
    )
    monkeypatch.setattr(stream, "PENDING_BYTES", pending_bytes)
    run = parse(mixed_raw, "--jobs", "1")
    assert run.code == 0, run.stderr
    assert _hashes(run.out) == json.loads(GOLDEN.read_text(encoding="utf-8"))["mixed120"]
    documents = len(parse_stage.find_document_names(mixed_raw)[0])
    tables = len(parse_stage.written_tables(include_contacts=False))
    batches = -(-documents // stream.CHUNK)
    if pending_bytes == 1:  # every document's rows written at once
        assert len(writes) > documents
    else:
        assert 0 < len(writes) <= tables * batches


def test_a_spill_that_cannot_be_written_still_closes_its_files(tmp_path, monkeypatch):
    from analyysi.tables import stream

    def full(stream_, data):
        raise OSError(28, "No space left on device")

    spill = stream._SpillFiles(str(tmp_path / "rows-1"), ["areas", "parse_issues"])
    spill.append([b"a\n", b"i\n"])
    monkeypatch.setattr(stream, "_write_all", full)
    with pytest.raises(OSError, match="No space left"):
        spill.close()
    assert all(file.closed for file in spill.streams)


def test_rows_that_lie_together_are_read_at_once_up_to_a_size(tmp_path, monkeypatch):
    """The spill's reads: in the order asked, a run of adjacent rows read whole, a run ending
    once it holds RUN_BYTES (so memory stays bounded), an empty document read not at all."""
    from analyysi.tables import stream

    tables = ["areas", "parse_issues"]
    written = stream._SpillFiles(str(tmp_path / "rows-1"), tables)
    documents = [(f"a{n}\n".encode() * (n % 3), f"i{n}\n".encode()) for n in range(10)]
    spill = stream._Spill(tables)
    slots = [spill.add(written.append(list(parts))) for parts in documents]
    written.close()
    spill.open()
    reads: list[int] = []
    real_read = spill._read
    monkeypatch.setattr(spill, "_read", lambda *a: reads.append(a[3]) or real_read(*a))
    monkeypatch.setattr(stream, "RUN_BYTES", 8)
    got: list[bytes] = []
    order = [*slots[:6], *reversed(slots[6:])]
    spill.copy("areas", order, got.append)
    spill.close()
    assert b"".join(got) == b"".join(documents[slot][0] for slot in order)
    assert reads == list(map(len, got))  # one read for each piece written
    assert len(got) < sum(1 for rows, _ in documents if rows)  # some documents read at once
    assert max(reads) < 8 + max(len(rows) for rows, _ in documents)


def test_an_interrupted_parse_ends_its_workers_and_leaves_no_spill(
    mixed_raw, tmp_path, monkeypatch
):
    """Ctrl-C while the workers parse: the interrupt reaches the caller, the workers are ended,
    their spill files removed and no table is written."""
    import multiprocessing
    import tempfile

    from analyysi.tables import stream

    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    spilled: list[list[Path]] = []

    def interrupt(done: int, total: int) -> None:
        if done == 60:
            spilled.append(list(next(temporary.iterdir()).iterdir()))
            raise KeyboardInterrupt

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        stream.parse_to_tables(mixed_raw, out, jobs=2, progress=interrupt)
    assert spilled and spilled[0]  # the workers had written rows
    assert list(temporary.iterdir()) == []
    assert multiprocessing.active_children() == []
    assert not out.exists()


def test_parse_does_not_import_pandas(tmp_path):
    script = (
        "import sys; from analyysi.cli import main; "
        f"code = main(['parse', '--raw', {str(RAW)!r}, '--out', {str(tmp_path)!r}, '-q']); "
        "loaded = sorted(m for m in ('pandas', 'pandera', 'numpy') if m in sys.modules); "
        "print(code, loaded)"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert ran.stdout.split("\n")[-2] == "0 []", ran.stdout + ran.stderr
    assert (tmp_path / "projects.csv").is_file()


# What pandera said for each broken value before the parse stage checked rows itself.
PANDERA_MESSAGES = [
    (
        "indicators",
        [{"project_code": "S1", "indicator": "bogus", "indicator_label": "x", "planned": 1}],
        "indicator isin(['enterprises', 'persons', 'other']): 'bogus'",
    ),
    (
        "sustainability",
        [{"project_code": "S1", "position": 16, "criterion": "c", "line": 3, "direct": 99}],
        "position less_than_or_equal_to(15): np.int64(16); "
        "direct less_than_or_equal_to(10): np.int64(99)",
    ),
    (
        "funding",
        [
            {
                "project_code": "S1",
                "source": "eu_state",
                "stage": "planned",
                "amount_eur": -1,
                "label_fi": "x",
            }
        ],
        "amount_eur greater_than_or_equal_to(0): np.float64(-1.0)",
    ),
    (
        "organisations",
        [{"project_code": "S1", "role": "applicant", "position": 1, "business_id": "123"}],
        "business_id str_matches('^\\d{7}-\\d$'): '123'",
    ),
    (
        "texts",
        [{"project_code": "S1", "section": "plan_summary", "text": None, "first_line": 4}],
        "text not_nullable: nan",
    ),
    (
        "gender_equality",
        [
            {"project_code": "S1", "question": "q", "line": 1},
            {"project_code": "S1", "question": "q", "line": 2},
        ],
        "project_code multiple_fields_uniqueness: 'S1'; project_code multiple_fields_uniqueness: "
        "'S1'; question multiple_fields_uniqueness: 'q'; question multiple_fields_uniqueness: 'q'; "
        "question isin(['context_analysis', 'mainstreaming', 'main_objective']): 'q'",
    ),
    (
        "projects",
        [
            {
                "project_code": "S1",
                "has_final_report": "maybe",
                "source_file": "a",
                "source_sha256": "0" * 64,
                "planned_start": "2020-01-01",
            }
        ],
        "has_final_report coerce_dtype('boolean'): 'maybe'; "
        "has_final_report dtype('boolean'): 'maybe'",
    ),
    (
        "parse_issues",
        [
            {
                "source_file": "a",
                "project_code": None,
                "severity": "fatal",
                "field": "f",
                "line": None,
                "message": "m",
            }
        ],
        "severity isin(['error', 'warning']): 'fatal'",
    ),
]


@pytest.mark.parametrize(("table", "rows", "message"), PANDERA_MESSAGES)
def test_a_broken_value_is_described_as_before(table, rows, message):
    with pytest.raises(RowsInvalid) as caught:
        TableRows(RESOURCES[table]).text(rows)
    assert caught.value.summary == message


def test_valid_rows_are_sorted_by_key_numerically_missing_first():
    rows = [
        {"project_code": "S2", "level": "kunta", "position": 10, "name": "b", "line": 1},
        {"project_code": "S2", "level": "kunta", "position": 2, "name": "a", "line": 2},
        {"project_code": "S1", "level": "maakunta", "position": 1, "name": "c", "line": 3},
    ]
    text = TableRows(RESOURCES["areas"]).text(rows)
    assert text == "S1,maakunta,1,c,3\nS2,kunta,2,a,2\nS2,kunta,10,b,1\n"
    issues = [
        {"source_file": "a", "severity": "warning", "field": "x", "line": 5, "message": "m"},
        {"source_file": "a", "severity": "error", "field": "file", "line": None, "message": "m"},
    ]
    first = TableRows(RESOURCES["parse_issues"]).text(issues).split("\n")[0]
    assert first == "a,,error,file,,m"


def test_values_of_other_types_are_coerced_as_pandas_coerced_them():
    """The quick path takes values as the parser makes them; others take the full coercion and
    give the same cells (a whole float in an integer column, a Decimal or an int amount)."""
    from decimal import Decimal

    funding = TableRows(RESOURCES["funding"])
    row = {"project_code": "S1", "source": "eu_state", "stage": "planned", "label_fi": "x"}
    cells = {
        funding.text([{**row, "amount_eur": amount, "line": line}])
        for amount, line in ((Decimal("17743.48"), 3), (17743.48, 3.0), (Decimal("17743.480"), 3))
    }
    assert cells == {"S1,eu_state,planned,17743.48,x,3\n"}
    whole = {funding.text([{**row, "amount_eur": a, "line": 3}]) for a in (5, 5.0, Decimal(5))}
    assert whole == {"S1,eu_state,planned,5,x,3\n"}


def test_the_quick_path_gives_the_cells_of_the_full_checks(mixed_raw):
    """The cells of the quick path (a function written out per table) are those of the full
    coercion and checks, for every row of every table of the mixed corpus."""
    from analyysi.tables import parse
    from analyysi.tables.rows import _Slow, _text

    rows = parse._table_rows(parse.parse_folder(mixed_raw))
    compared = 0
    for name in parse.written_tables(include_contacts=True):
        table = TableRows(RESOURCES[name])
        full = [
            [_text(c.field, v) for c, v in zip(table.columns, values, strict=True)]
            for values in table.check(rows[name])
        ]
        assert [list(cells) for cells in table._quick(rows[name])] == full, name
        compared += len(rows[name])
    assert compared > 5000
    # a value the quick path does not take goes to the full checks
    projects = TableRows(RESOURCES["projects"])
    for column, value in (("project_code", None), ("planned_start", "S1"), ("planned_start", 1.5)):
        row = {**rows["projects"][0], column: value}  # missing where required, not a date
        with pytest.raises(_Slow):
            projects.cells([row])


if __name__ == "__main__":  # regenerate the golden (only when the output changes on purpose)
    import tempfile

    from analyysi.cli import main

    golden = {}
    with tempfile.TemporaryDirectory() as work:
        mixed = Path(work) / "mixed"
        mixed.mkdir()
        make_documents(mixed, MIXED, mixed=True)
        for corpus, raw, flags in (
            ("raw", RAW, []),
            ("mixed120", mixed, []),
            ("mixed120 --include-contacts", mixed, ["--include-contacts"]),
        ):
            out = Path(work) / "out" / corpus.replace(" ", "_")
            main(["parse", "--raw", str(raw), "--out", str(out), "-q", *flags])
            golden[corpus] = _hashes(out)
    GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n", encoding="utf-8")
