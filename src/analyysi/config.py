"""Default paths. The command line's defaults are relative to the working directory (the
project folder for make targets). The notebooks and reference data are the source checkout's
when analyysi runs from one, else the copies installed inside the package."""

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]  # src/analyysi/config.py → the project folder
IS_CHECKOUT = (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "notebooks").is_dir()
# The folder holding notebooks/, data/reference/ and requirements.lock: the checkout, or their
# copy that the build puts into the package (setup.py)
ROOT = _CHECKOUT if IS_CHECKOUT else Path(str(resources.files("analyysi") / "_bundled"))
NOTEBOOKS = ROOT / "notebooks"
REFERENCE = ROOT / "data" / "reference"

RAW = Path("data/raw")
PROCESSED = Path("data/processed")
REPORTS = Path("reports")
REVIEW = Path("data/review")  # the evaluator's decisions on machine readings
