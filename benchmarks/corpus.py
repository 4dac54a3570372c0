"""A synthetic corpus of N documents made from the bundled seeds (data/raw), for the parse
benchmark and the byte-identity test of the parse stage.

Every document is a seed with its project code replaced by a new one (S90000 + i). With
``mixed``, about one file in ten is bad input of a known kind, so that rejected files,
duplicates (kept earlier or later, by completeness), encodings and skipped files take part:
the same kinds as ``tests/documents/test_bad_input.py``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "raw").glob("*.txt"))
CYCLE = 97  # one bad-input kind per position in each block of 97 files


def _seeds() -> tuple[list[str], list[str]]:
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    codes = [text.split("Hankekoodi: ", 1)[1].split("\n", 1)[0] for text in texts]
    return texts, codes


def make_documents(folder: Path, count: int, mixed: bool = False) -> None:
    """Write ``count`` files into ``folder`` (some into ``folder/sub`` with ``mixed``)."""
    texts, codes = _seeds()

    def good(i: int) -> str:
        return texts[i % len(texts)].replace(codes[i % len(codes)], f"S{90000 + i}")

    def cut(text: str) -> str:
        return text[: text.index("3 Suunnitelman")] if "3 Suunnitelman" in text else text[:400]

    for i in range(count):
        name, data = f"doc_{i:05d}.txt", None
        kind = i % CYCLE if mixed else -1
        text = good(i)
        if kind == 13 and i >= 1:  # an exact copy of the previous file: kept first by name
            text = good(i - 1)
        elif kind == 29 and i >= 2:  # a cut copy: the earlier, more complete one is kept
            text = cut(good(i - 2))
        elif kind == 41 and i >= 3:  # a copy with an error
            text = good(i - 3).replace("Suunniteltu: ", "Suunniteltu: x", 1)
        elif kind == 52:  # cut, then the complete one (kind 53) with the same code follows
            text = cut(good(i + 1))
        elif kind == 61:
            data = b""
        elif kind == 67:
            data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
        elif kind == 71:
            text = "Kokouksen pöytäkirja\n\n1. Kokouksen avaus\n2. Todettiin läsnäolijat\n"
        elif kind == 73:  # two descriptions in one file
            text = good(i) + "\n" + good(i + 100000)
        elif kind == 79:  # Windows-1252
            data = text.encode("cp1252", errors="replace")
        elif kind == 83:  # UTF-8 with a stray Windows-1252 byte on its last line
            data = text.encode("utf-8") + b"\n8\x9610 tilaisuutta\n"
        elif kind == 89:
            name, data = f"doc_{i:05d}.docx", b"PK\x03\x04 not a description"
        elif kind == 91:  # a date that cannot be read: an error row, the rest kept
            text = text.replace(".20", ".13.20", 1)
        elif kind == 95:
            text = text.replace(f"S{90000 + i}", "S 9x!", 1)
        elif kind == 7:
            (folder / "sub").mkdir(exist_ok=True)
            name = f"sub/doc_{i:05d}.txt"
        path = folder / name
        if data is None:
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(data)
