"""Finding the numbered sections of a description by their known headings.

A heading is recognised only by its number *and* its known title, so a numbered line inside
free text ("1. Toteutettiin selvitys …") never opens a section. A known heading opens its section
only once; a second occurrence stays in the text and is reported.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import count, repeat
from typing import NamedTuple

from analyysi.documents.read import Document


@dataclass(frozen=True)
class SectionSpec:
    number: str
    title: str
    required: bool = True  # a missing required section is an error; parents and 9 are not


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("1", "Hanke"),
    SectionSpec("2", "Hakijan perustiedot"),
    SectionSpec("3", "Suunnitelman mukainen tiivistelmä toteutuksesta"),
    SectionSpec("4", "Hankkeen kohderyhmät", required=False),
    SectionSpec("4.1", "Varsinaiset kohderyhmät"),
    SectionSpec("4.2", "Välilliset kohderyhmät"),
    SectionSpec("5", "Projektin julkinen rahoitus, euroa"),
    SectionSpec("6", "Maantieteellinen kohdealue"),
    SectionSpec(
        "7", "Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista", False
    ),
    SectionSpec("7.1", "Osallistuvien yritysten lukumäärä"),
    SectionSpec("7.2", "Osallistuvien henkilöiden lukumäärä"),
    SectionSpec("8", "Horisontaaliset periaatteet", required=False),
    SectionSpec("8.1", "Sukupuolten tasa-arvo"),
    SectionSpec("8.2", "Kestävä kehitys"),
    SectionSpec("9", "Loppuraportin tiivistelmä", required=False),  # absent while a project runs
)

_TITLE_LINE = re.compile(r"^euroopan\s.*\((?P<fund>[A-ZÄÖ]{2,6})\)\s.*hankkeen kuvaus$", re.I)


class Line(NamedTuple):
    """One line of a document: made for every line, so a light immutable record."""

    number: int  # 1-based line number in the source file
    text: str  # stripped of surrounding white space


@dataclass(frozen=True)
class Section:
    spec: SectionSpec
    heading_line: int
    lines: tuple[Line, ...]  # the lines after the heading, up to the next heading


@dataclass(frozen=True)
class SplitDocument:
    preamble: tuple[Line, ...]
    sections: dict[str, Section]  # by section number
    misplaced: tuple[Line, ...] = ()  # headings out of order, or repeated (kept as text)

    def title_fund(self) -> Line | None:
        """The fund code in the title line, e.g. ``ESR``, with its line."""
        for line in self.preamble:
            match = _TITLE_LINE.match(line.text)
            if match:
                return Line(line.number, match["fund"].upper())
        return None


@functools.lru_cache(maxsize=4096)  # labels and headings recur in every document
def normalise(text: str) -> str:
    """Fold case and all white space, for comparing labels and headings."""
    return " ".join(text.split()).casefold()


_HEADING = re.compile(r"^(?P<number>\d+(?:\.\d+)?)\.?\s*(?P<title>\D.*?)\s*:?$")
_HEADINGS = {(spec.number, normalise(spec.title)): index for index, spec in enumerate(SECTIONS)}


_CACHED_LENGTH = 200  # longer lines are not headings one meets again: not kept in the cache
# A heading's text with its white space folded is at most its number, a dot, its title and a
# colon, with a space between each (case folding never shortens a text).
_LONGEST_HEADING = max(len(number) + len(title) for number, title in _HEADINGS) + 4


def heading_index(text: str) -> int | None:
    """The catalogue index of a heading line (number and known title), else None."""
    if not text[:1].isdigit():  # every heading starts with its number: most lines end here
        return None
    if len(text) <= _CACHED_LENGTH:
        return _cached_heading_index(text)
    # A paragraph that starts with a number (a year, a count): matching _HEADING would take
    # tens of microseconds, while its folded length already rules it out.
    if len(" ".join(text.split())) > _LONGEST_HEADING:
        return None
    return _heading_index(text)


def _heading_index(text: str) -> int | None:
    match = _HEADING.match(text)
    return _HEADINGS.get((match["number"], normalise(match["title"]))) if match else None


# The same headings recur in every document, and matching _HEADING takes microseconds a line
# (its lazy title tries the end at every character): each heading is matched once.
_cached_heading_index = functools.lru_cache(maxsize=1024)(_heading_index)


def split_sections(document: Document) -> SplitDocument:
    """Split a document's lines into the preamble and its known sections."""
    texts = [raw.strip() for raw in document.lines]
    # Every line becomes a Line: made in C (``tuple.__new__``), as the generated
    # ``Line(number, text)`` costs a Python call per line, a large part of the split.
    lines = list(map(tuple.__new__, repeat(Line), zip(count(1), texts)))
    misplaced: list[Line] = []
    opened: list[tuple[int, int]] = []  # (spec index, position in lines) of each opened heading
    seen: set[int] = set()
    # A heading starts with its number: only those lines are looked up.
    for position in [i for i, text in enumerate(texts) if text[:1].isdigit()]:
        index = heading_index(texts[position])
        if index is None:
            continue
        if index in seen:  # repeated: kept as text
            misplaced.append(lines[position])
            continue
        if opened and index < opened[-1][0]:  # out of order: opens its section all the same
            misplaced.append(lines[position])
        seen.add(index)
        opened.append((index, position))
    sections: dict[str, Section] = {}
    ends = [position for _, position in opened[1:]] + [len(lines)] if opened else []
    for (index, position), end in zip(opened, ends, strict=True):
        spec = SECTIONS[index]
        sections[spec.number] = Section(spec, position + 1, tuple(lines[position + 1 : end]))
    preamble = lines[: opened[0][1]] if opened else lines
    return SplitDocument(tuple(preamble), sections, tuple(misplaced))
