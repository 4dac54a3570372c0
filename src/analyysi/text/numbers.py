"""The numbers in a Finnish sentence.

Numbers are digits (``7 430``, ``6,9``), ranges (``8-10``), fractions (``1/5``, ``kolmannes``,
``puolet``) and number words (``kaksi`` … ``kymmenen``, ``sata``), with what is never a count
(dates, years, euros, phone numbers, section numbers, list markers, scale endpoints, numbers in
names) set apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD_VALUES = {
    "kaksi": 2,
    "kahden": 2,
    "kahta": 2,
    "kahteen": 2,
    "kahdella": 2,
    "kahdelle": 2,
    "kahdessa": 2,
    "kolme": 3,
    "kolmen": 3,
    "kolmea": 3,
    "kolmeen": 3,
    "kolmella": 3,
    "kolmelle": 3,
    "kolmessa": 3,
    "neljä": 4,
    "neljän": 4,
    "neljää": 4,
    "neljään": 4,
    "neljällä": 4,
    "neljälle": 4,
    "viisi": 5,
    "viiden": 5,
    "viittä": 5,
    "viiteen": 5,
    "viidellä": 5,
    "viidelle": 5,
    "kuusi": 6,
    "kuuden": 6,
    "kuutta": 6,
    "kuuteen": 6,
    "kuudella": 6,
    "kuudelle": 6,
    "seitsemän": 7,
    "seitsemää": 7,
    "seitsemään": 7,
    "seitsemällä": 7,
    "kahdeksan": 8,
    "kahdeksaa": 8,
    "kahdeksaan": 8,
    "kahdeksalla": 8,
    "yhdeksän": 9,
    "yhdeksää": 9,
    "yhdeksään": 9,
    "yhdeksällä": 9,
    "kymmenen": 10,
    "kymmentä": 10,
    "kymmeneen": 10,
    "kymmenellä": 10,
    "kymmenelle": 10,
    "kymmenenä": 10,
    "kymmenessä": 10,
    "sata": 100,
    "sadan": 100,
    "sataa": 100,
    "sataan": 100,
    "sadalla": 100,
    "sadalle": 100,
    "tuhat": 1000,
    "tuhannen": 1000,
    "tuhatta": 1000,
}
_UNITS_10 = {
    "yksi": 1,
    "kaksi": 2,
    "kolme": 3,
    "neljä": 4,
    "viisi": 5,
    "kuusi": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
}
_WORD_VALUES |= {f"{word}toista": value + 10 for word, value in _UNITS_10.items()}  # 11–19
_WORD_VALUES |= {f"{word}kymmentä": value * 10 for word, value in _UNITS_10.items() if value > 1}
# "Yksi" and its forms also mean "one of", "together" (yhdessä) or "as one" (yhtenä); they
# count only when a counted noun follows at once ("yhden verkkokurssin").
_ONE = {"yksi", "yhden", "yhtä", "yhteen", "yhdellä", "yhdelle"}
_FRACTION_WORDS = {
    "puolet": 0.5,
    "puolta": 0.5,
    "kolmannes": 1 / 3,
    "kolmanneksen": 1 / 3,
    "kolmannesta": 1 / 3,
    "neljännes": 0.25,
    "neljänneksen": 0.25,
    "neljännestä": 0.25,
}
QUALIFIERS = {
    "noin": "noin",
    "n.": "noin",
    "n": "noin",
    "vähintään": "vähintään",
    "yli": "yli",
    "enintään": "enintään",
    "alle": "alle",
    "lähes": "lähes",
    "arviolta": "arviolta",
    "keskimäärin": "keskimäärin",
    "yhteensä": "yhteensä",
    "kaikkiaan": "yhteensä",
    "ainakin": "vähintään",
    "jopa": "jopa",
}
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d+)?"
_TOKEN = re.compile(
    rf"(?P<range>(?:{_NUMBER})\s*[-–]\s*(?:{_NUMBER}))"
    rf"|(?P<fraction>\b\d+/\d+\b)"
    rf"|(?P<number>{_NUMBER})"
    rf"|(?P<word>\b[A-Za-zÅÄÖåäö]+\b)"
)
_EXCLUDED_CONTEXT = [
    (re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"), "date"),
    (re.compile(r"\b\d{2,4}-\d{5,8}\b|\b0\d{8,10}\b"), "phone"),
    (
        re.compile(r"\b[A-ZÅÄÖ][a-zåäö]*-\d+\b|\b[A-Z]{2,}[ -]?\d{2,5}\b"),
        "name",
    ),  # Covid-19, ISO 14001
    (re.compile(r"\b(?:Agenda|Natura|Windows|Office|Web)\s+\d+", re.I), "name"),
    (re.compile(r"asteik\w*\s+\d+\s*[-–]\s*\d+", re.I), "scale"),
    (re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?\s*(?:€|eur\b|euro)", re.I), "euro"),
    (re.compile(r"\d+(?:\s*[-–]\s*\d+)?\s*-?\s*vuotia\w*", re.I), "age"),  # 15–29-vuotiaat
    (re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"), "years"),
    (
        re.compile(r"(?:toimintalinja\w*|osio\w*|erityistavoit\w*)\s+\d+(?:\.\d+)*\.?", re.I),
        "section",
    ),
    (re.compile(r"\d+(?:\.\d+)+\.", re.I), "section"),
    (re.compile(r"\b\d{1,2}\.(?=\s+[a-zåäö])"), "ordinal"),  # "3. sektorin"
    (
        re.compile(
            r"\b(?:kerran|kaksi kertaa|kolme kertaa)\s+(?:viikossa|kuukaudessa|vuodessa|päivässä)",
            re.I,
        ),
        "frequency",
    ),
]


@dataclass(frozen=True)
class Number:
    start: int  # offsets in the sentence
    end: int
    number_text: str
    value: float | None  # None for a range
    low: float | None
    high: float | None
    qualifier: str | None
    is_percent: bool


def find_numbers(sentence: str, counted_noun: Callable[[str], bool] | None = None) -> list[Number]:
    """Quantities in one sentence, with what is never a count left out. ``counted_noun`` tells
    whether a word names something counted; without it "yksi" and its forms are not read."""
    blocked = _blocked_spans(sentence)
    found = []
    tokens = list(_TOKEN.finditer(sentence))
    for i, token in enumerate(tokens):
        kind = token.lastgroup
        if any(s <= token.start() < e for s, e in blocked):
            continue
        text = token.group()
        low = high = value = None
        if kind == "range":
            first, second = re.split(r"\s*[-–]\s*", text)
            low, high = _to_float(first), _to_float(second)
        elif kind == "fraction":
            top, bottom = text.split("/")
            if int(bottom) == 0:
                continue
            value = int(top) / int(bottom)
        elif kind == "number":
            value = _to_float(text)
            if _is_year(text, sentence, token.end()) or _is_list_marker(
                sentence, token.start(), token.end()
            ):
                continue
        else:
            word = text.lower()
            if word in _WORD_VALUES and not _is_frequency_word(sentence, token.end()):
                value = _WORD_VALUES[word]
            elif (
                word in _ONE and counted_noun and _next_word_is(sentence, token.end(), counted_noun)
            ):
                value = 1
            elif word in _FRACTION_WORDS:
                value = _FRACTION_WORDS[word]
            else:
                continue
        number_text = text
        start = token.start()
        # "n.200-250": the qualifier is glued to the number
        glued = re.search(r"\bn\.\s*$", sentence[max(0, start - 3) : start])
        qualifier = "noin" if glued else _qualifier(tokens, i, sentence)
        after = sentence[token.end() : token.end() + 12]
        is_percent = bool(re.match(r"\s*(?:%|prosent)", after))
        found.append(
            Number(start, token.end(), number_text, value, low, high, qualifier, is_percent)
        )
    return found


def _blocked_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for pattern, _ in _EXCLUDED_CONTEXT for m in pattern.finditer(sentence)]


def _to_float(text: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))


def _is_year(text: str, sentence: str, end: int) -> bool:
    if not re.fullmatch(r"(?:19|20)\d\d", text):
        return False
    # "2000 henkilöä" would be a count; a year is not followed by a counted noun in partitive
    return not re.match(r"\s+[a-zåäö]+(?:ää|aa|ta|tä)\b", sentence[end : end + 20])


def _is_list_marker(sentence: str, start: int, end: int) -> bool:
    return not sentence[:start].strip() and sentence[end : end + 1] == "."


def _next_word_is(sentence: str, end: int, test: Callable[[str], bool]) -> bool:
    following = re.match(r"\s+([a-zåäö-]+)", sentence[end:])
    return bool(following) and test(following.group(1))


def _is_frequency_word(sentence: str, end: int) -> bool:
    return bool(
        re.match(
            r"\s+kertaa\s+(?:viikossa|kuukaudessa|vuodessa|päivässä)", sentence[end : end + 30]
        )
    )


def _qualifier(tokens: list, i: int, sentence: str) -> str | None:
    for back in (1, 2):
        if i - back < 0:
            return None
        word = tokens[i - back].group().lower()
        if word in QUALIFIERS:
            return QUALIFIERS[word]
        if tokens[i - back].lastgroup != "word":
            return None
    return None
