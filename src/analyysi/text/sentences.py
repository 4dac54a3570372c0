"""Finnish sentences, with their offsets in the text.

Shared by the participant and COVID analyses. Sentences end at ``.``, ``!`` or ``?`` before a
capital letter, digit or quote, but not after common abbreviations or inside dates; a blank
line or a list item also ends one. A run of more than ``MAX_SENTENCE`` characters without an
end (a pasted table, a text with no full stops) is cut at spaces into pieces of at most that
length: each is read as a sentence, and no sentence is longer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mm",
    "esim",
    "n",
    "ym",
    "jne",
    "ns",
    "yms",
    "ks",
    "vrt",
    "s",
    "os",
    "ao",
    "ts",
    "eli",
    "tms",
    "nk",
    "klo",
    "puh",
    "p",
    "v",
    "kpl",
    "milj",
    "tri",
    "dos",
    "prof",
    "ry",
}
# A full stop before a space and a capital (or a line end), or glued to the next sentence
# when a word in lower case ends it and a capitalised word follows ("kertana.Kahdeksan").
_SENTENCE_END = re.compile(
    r"[.!?](?=[ \t]*\n|[ \t]+[\"“”'A-ZÅÄÖ0-9*]|[ \t]*$)"
    r"|(?<=[a-zåäö]{2})[.!?](?=[A-ZÅÄÖ][a-zåäö]{2})"
)
_LIST_ITEM = re.compile(r"^\s*(?:[*•–-]\s*|\d{1,2}\.\s+)(?=\S)")
MAX_SENTENCE = 600  # characters


@dataclass(frozen=True)
class Sentence:
    index: int  # 0-based within its text
    start: int  # character offsets in the text
    end: int
    text: str  # as written, line breaks inside kept


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of one section's text, with their offsets."""
    spans: list[tuple[int, int]] = []
    for start, end in _blocks(text):
        cursor = start
        for match in _SENTENCE_END.finditer(text, start, end):
            if (
                _is_abbreviation(text, start, match.start())
                or _in_number(text, match.start())
                or (  # the "1." of a list item
                    match.start() - cursor <= 12 and text[cursor : match.start()].strip().isdigit()
                )
            ):
                continue
            spans.extend(_pieces(text, cursor, match.end()))
            cursor = match.end()
        spans.extend(_pieces(text, cursor, end))
    sentences = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at spaces into pieces of at most MAX_SENTENCE characters."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs (split at blank lines) and list items (a line starting with * or 1.)."""
    blocks, start, offset = [], 0, 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        begins_item = bool(_LIST_ITEM.match(line)) and i > 0
        if (not line.strip() or begins_item) and offset > start:
            blocks.append((start, offset - 1 if offset > 0 else 0))
            start = offset
        offset += len(line) + 1
        if not line.strip():
            start = offset
    if start < len(text):
        blocks.append((start, len(text)))
    return [(s, e) for s, e in blocks if e > s]


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-zÅÄÖåäö]+)$", text[max(floor, dot - 12) : dot])
    return bool(word) and word.group(1).lower() in ABBREVIATIONS


def _in_number(text: str, dot: int) -> bool:
    """A dot inside a date or a section number such as 10.1. is not a sentence end."""
    return (
        dot > 0
        and text[dot - 1].isdigit()
        and re.match(r"\d+\.\d", text[max(0, dot - 3) : dot + 3]) is not None
    )
