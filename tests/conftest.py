"""Shared test helpers: the bundled documents and a way to run `analyysi parse` on a folder."""

from __future__ import annotations

import csv
import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import psutil
import pytest

from analyysi.cli import main

# The tool speaks the user's language; the tests read its English words, whatever the locale
# of the machine (tests of the Finnish words set it themselves)
os.environ["ANALYYSI_LANG"] = "en"

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED_DATA = ROOT.parent / "shared" / "data"  # real programme lists, read where they lie
SEEDS = sorted(RAW.glob("*.txt"))


@dataclass
class Run:
    code: int
    out: Path
    stdout: str
    stderr: str

    def table(self, name: str) -> list[dict[str, str]]:
        """A written CSV as a list of rows of strings, exactly as on disk."""
        with open(self.out / f"{name}.csv", encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))

    def issues(self, severity: str | None = None) -> list[dict[str, str]]:
        rows = self.table("parse_issues")
        return [r for r in rows if severity is None or r["severity"] == severity]


@pytest.fixture
def parse(tmp_path, capsys):
    """parse(raw_dir, *flags) -> Run, writing to a fresh folder under tmp_path."""
    counter = iter(range(1000))

    def run(raw: Path, *flags: str) -> Run:
        out = tmp_path / f"out{next(counter)}"
        code = main(["parse", "--raw", str(raw), "--out", str(out), *flags])
        captured = capsys.readouterr()
        return Run(code, out, captured.out, captured.err)

    return run


@pytest.fixture
def raw_dir(tmp_path):
    """An empty folder for documents; write(name, data) puts a file in it."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def copy_seeds(folder: Path) -> None:
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)


def seed_text(name: str) -> str:
    return (RAW / name).read_text(encoding="utf-8")


def read_csv_text(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def kernel_pids(reports: Path) -> set[int]:
    """Process ids of the running Jupyter kernels started for ``reports`` (they carry
    ANALYYSI_KERNEL_OF in their environment)."""
    mark = str((reports / ".kernel").resolve())
    found = set()
    for process in psutil.process_iter(["cmdline"]):
        if not any("ipykernel_launcher" in part for part in process.info["cmdline"] or []):
            continue
        try:
            if process.environ().get("ANALYYSI_KERNEL_OF") == mark:
                found.add(process.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """The bundled documents through the whole pipeline, in Finnish, two jobs:
    (base folder, exit code, kernels running before)."""
    base = tmp_path_factory.mktemp("run")
    kernels_before = kernel_pids(base / "reports")
    code = main(
        [
            "run",
            "--raw",
            str(RAW),
            "--processed",
            str(base / "processed"),
            "--reports",
            str(base / "reports"),
            "--jobs",
            "2",
        ]
    )
    return base, code, kernels_before


HOSTILE_CELL = '=HYPERLINK("http://evil.example","x")'


def author_frame() -> pd.DataFrame:
    """A report table as an analysis gives it: codes, text with ä and ö and one cell a
    spreadsheet would run, a date, euros, a share, days, a code made of digits."""
    return pd.DataFrame(
        {
            "project_code": ["S22196", "S20573"],
            "project_name": ["Järjestöjen etäpalvelut käyttöön", HOSTILE_CELL],
            "planned_start": [pd.Timestamp("2020-09-01"), pd.Timestamp("2016-02-01")],
            "planned_public_eur": [51005.0, 159117.25],
            "public_realisation": [1.0, 0.8873],
            "planned_days": [365, 335],
            "applicant_postcode": ["00100", "70100"],
        }
    )


# Words of the sample report pages the author-file tests build by hand. They are the tests'
# own, so the catalogue's prose can move (into the notebooks) without breaking them.
SAMPLE_WORDS = {
    "funding.intro": {
        "fi": "Kuinka suuri osa myönnetystä ja suunnitellusta julkisesta rahoituksesta käytettiin.",
        "en": "How much of the granted and planned public funding was used.",
    },
    "funding.by_project": {"fi": "Hankkeittain", "en": "By project"},
    "card.texts": {"fi": "Tekstit", "en": "Texts"},
    "card.funding": {"fi": "Julkinen rahoitus", "en": "Public funding"},
}


@pytest.fixture
def sample_words(monkeypatch):
    from analyysi.catalogue import MESSAGES

    for key, words in SAMPLE_WORDS.items():
        monkeypatch.setitem(MESSAGES, key, words)
