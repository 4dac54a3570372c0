"""Default paths, relative to the working directory (the project root for make targets)."""

from pathlib import Path

RAW = Path("data/raw")
PROCESSED = Path("data/processed")
