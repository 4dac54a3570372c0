"""Default paths. The command line's defaults are relative to the working directory (the
project folder for make targets); notebooks are found in the project folder itself."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project folder (src/analyysi/config.py)
RAW = Path("data/raw")
PROCESSED = Path("data/processed")
REPORTS = Path("reports")
REVIEW = Path("data/review")  # the evaluator's decisions on machine readings
