"""Default paths. The command line's defaults are relative to the working directory (the
project folder for make targets). The notebooks and reference data are the source checkout's
when analyysi runs from one, else the copies installed inside the package."""

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]  # src/analyysi/config.py → the project folder
IS_CHECKOUT = (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "notebooks").is_dir()
# The folder holding notebooks/, data/reference/ and requirements.lock: the checkout, or their
# copy that the build puts into the package (setup.py)
if IS_CHECKOUT:
    ROOT = _CHECKOUT
else:  # importlib.resources is imported only here: it costs every command tens of ms
    from importlib import resources

    ROOT = Path(str(resources.files("analyysi") / "_bundled"))
NOTEBOOKS = ROOT / "notebooks"
REFERENCE = ROOT / "data" / "reference"

RAW = Path("data/raw")
PROCESSED = Path("data/processed")
REPORTS = Path("reports")
REVIEW = Path("data/review")  # the evaluator's decisions on machine readings
# A list of 20 000 rows is a few megabytes, also unpacked from .xlsx (--max-list-mb)
MAX_LIST_MB = 200
