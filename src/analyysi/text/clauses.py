"""Clauses of a Finnish sentence, and the readings of their words.

A clause ends at a comma, semicolon, colon, dash between words or bracket, or before a
conjunction that starts a new clause ("mutta", "joten", "koska", "vaan", "ja" before a verb).
Cues that decide what a number counts or whether a statement is negated are looked for in the
clause that holds it, so "Tavoitteena oli 70 osallistujaa, mutta mukaan saatiin 50" reads the
70 as a target and the 50 as a result.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from analyysi.text.morphology import Reading, analyse
from analyysi.text.numbers import Token, tokenise

_BOUNDARIES = {",", ";", ":", "(", ")", "–", "—"}
_FUNCTION_WORDS = {"eli": ("conjunction", "adverb"), "kuin": ("conjunction",), "vain": ("adverb",)}
_OPENERS = {
    "jossa",
    "jolla",
    "josta",
    "johon",
    "jota",
    "mutta",
    "joten",
    "koska",
    "vaan",
    "sillä",
    "jotta",
    "kun",
    "vaikka",
    "jolloin",
    "minkä",
    "mikä",
    "jonka",
    "jotka",
    "joka",
    "joissa",
    "joihin",
    "joista",
    "joita",
    "joilla",
    "eikä",
}


@dataclass(frozen=True)
class Word:
    token: Token
    readings: tuple[Reading, ...]

    @cached_property
    def lemmas(self) -> set[str]:
        """The lemmas and compound heads of the word, and the word itself as written (lower
        case): "kerrallaan" is also there, not only its lemma "kerta"."""
        return (
            {r.lemma for r in self.readings}
            | {r.head for r in self.readings}
            | {r.verb for r in self.readings if r.verb}
            | {self.token.lower}
        )

    def has_class(self, word_class: str) -> bool:
        return any(r.word_class == word_class for r in self.readings)


@dataclass(frozen=True)
class Clause:
    start: int  # character offsets in the sentence
    end: int
    words: tuple[Word, ...]

    @cached_property
    def lemmas(self) -> set[str]:
        return {lemma for word in self.words for lemma in word.lemmas}

    @cached_property
    def word_starts(self) -> list[int]:
        return [word.token.start for word in self.words]

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence, with the readings of every word."""
    return list(_split_clauses(sentence))


@functools.lru_cache(maxsize=512)  # the participant and COVID readings split the same sentences
def _split_clauses(sentence: str) -> tuple[Clause, ...]:
    tokens = tokenise(sentence)
    clauses: list[Clause] = []
    words: list[Word] = []
    start = 0

    def close(end: int) -> None:
        nonlocal words, start
        if words:
            clauses.append(Clause(start, end, tuple(words)))
        words, start = [], end

    for k, token in enumerate(tokens):
        if token.kind == "punct" and token.text in _BOUNDARIES:
            around = (tokens[k - 1] if k else None, tokens[k + 1] if k + 1 < len(tokens) else None)
            if token.text in "–—" and not all(t is not None and t.kind == "word" for t in around):
                continue  # "8 – 10", "18.5.2020 – 15.3.2021": a range, not a break
            close(token.start)
            start = token.end
            continue
        if token.kind != "word":
            continue
        readings = analyse(token.text)
        if token.lower in _FUNCTION_WORDS:  # "eli" (that is), never "elää" (to live)
            readings = tuple(r for r in readings if r.word_class in _FUNCTION_WORDS[token.lower])
        if (token.lower in _OPENERS and words) or (
            token.lower == "ja" and words and _verb_follows(tokens, k)
        ):
            close(token.start)
        words.append(Word(token, readings))
    close(len(sentence))
    return tuple(clauses)


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """ "ja" opens a clause when a finite verb comes within two words after it."""
    for token in tokens[k + 1 : k + 3]:
        if token.kind != "word":
            return False
        if any(r.word_class in ("verb", "negation") and r.mood for r in analyse(token.text)):
            return True
    return False


def clause_at(clauses: list[Clause], offset: int) -> Clause | None:
    """The clause that holds ``offset`` (clauses in sentence order: found by bisection)."""
    k = bisect_right([c.start for c in clauses], offset) - 1 if len(clauses) > 8 else None
    if k is None:
        return next((c for c in clauses if c.contains(offset)), None)
    return clauses[k] if k >= 0 and clauses[k].contains(offset) else None


REACH = 300  # characters either side of a number that its cues are looked for in


def around(clauses: list[Clause], starts: list[int], start: int, end: int) -> list[Clause]:
    """The clauses within ``REACH`` characters of a span, those at the edges cut to it.
    Cues for a number are looked for only here, so a sentence that is a pasted table of
    thousands of numbers is read in time linear in its length (``starts``: the clauses'
    start offsets)."""
    low, high = start - REACH, end + REACH
    k = max(bisect_right(starts, low) - 1, 0)
    near = []
    for clause in itertools.islice(clauses, k, None):
        if clause.start > high:
            break
        if clause.end < low:
            continue
        if clause.start >= low and clause.end <= high:
            near.append(clause)
            continue
        first = bisect_left(clause.word_starts, low)
        last = bisect_right(clause.word_starts, high)
        if first < last:
            near.append(
                Clause(max(clause.start, low), min(clause.end, high), clause.words[first:last])
            )
    return near
