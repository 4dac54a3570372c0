"""A reviewable lexicon of Finnish terms, matched against the words of a sentence's clauses.

A term is one or more word patterns (``*`` stands for any letters). A pattern matches a word
when it matches the word as written, one of its hyphen parts, its lemma, the lemma of its
compound head, or the tail of its compound parts ("etäohjausta" → etäohjaus, ohjaus). Several
words must follow each other ("paikan päällä"); `` … `` between them means "later in the same
clause" ("kohderyhmä* … laajenne*"). Words matching an ``exclude`` pattern are never matched
("etäisten" is far away, not remote).

Every pattern is compiled once into a regular expression without nested repetition, and a
word is looked at only up to ``MAX_WORD`` letters, so matching is linear in the text.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi.text.clauses import Clause, Word

GAP = "…"
MAX_WORD = 60  # a longer "word" is no word of the lexicon (and is never scanned)


@dataclass(frozen=True)
class Term:
    category: str
    pattern: str  # as written in the lexicon
    steps: tuple[tuple[int, ...], ...]  # word-pattern ids: groups of adjacent words, gaps between


@dataclass(frozen=True)
class Hit:
    category: str
    pattern: str
    clause: int  # index of the clause
    first: int  # index of the first and last matched word in the clause
    last: int
    text: str  # the matched words as written


class Lexicon:
    """The terms of a lexicon file, with an index from word forms to the patterns they match
    (a pattern's literal start narrows the patterns tried; each form is looked up once)."""

    def __init__(self, path: Path) -> None:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        self.patterns: list[str] = []
        ids: dict[str, int] = {}
        terms = []
        for row in table.itertuples(index=False):
            steps = []
            for group in row.pattern.lower().split(GAP):
                words = group.split()
                for word in words:
                    ids.setdefault(word, len(ids))
                if words:
                    steps.append(tuple(ids[w] for w in words))
            terms.append(Term(row.category, row.pattern, tuple(steps)))
        self.patterns = list(ids)
        self.excluded = {t.steps[0][0] for t in terms if t.category == "exclude"}
        self.terms = [t for t in terms if t.category != "exclude"]
        self.by_first: dict[int, list[Term]] = {}
        for term in self.terms:
            self.by_first.setdefault(term.steps[0][0], []).append(term)
        self._by_start: dict[str, list[tuple[int, re.Pattern]]] = {}
        self._anywhere: list[tuple[int, re.Pattern]] = []
        for pattern, pid in ids.items():
            compiled = re.compile(fnmatch.translate(pattern), re.S)
            literal = re.match(r"[^*?\[]*", pattern).group()
            if len(literal) >= 2:
                self._by_start.setdefault(literal[:2], []).append((pid, compiled))
            else:
                self._anywhere.append((pid, compiled))
        self._cache: dict[str, frozenset[int]] = {}

    def matching(self, form: str) -> frozenset[int]:
        """The ids of the patterns a word form matches."""
        found = self._cache.get(form)
        if found is None:
            candidates = self._by_start.get(form[:2], []) + self._anywhere
            found = frozenset(pid for pid, p in candidates if p.fullmatch(form))
            if len(self._cache) < 500_000:
                self._cache[form] = found
        return found

    def categories(self) -> set[str]:
        return {t.category for t in self.terms}


def load_lexicon(path: Path) -> Lexicon:
    return Lexicon(path)


def word_forms(word: Word) -> set[str]:
    """What a pattern is matched against: the word as written, its hyphen parts, its lemmas,
    compound heads and tails of compound parts (lower case)."""
    written = word.token.lower.strip("-")
    if len(written) > MAX_WORD:
        return set()
    forms = {written, *filter(None, written.split("-"))}
    for reading in word.readings:
        forms.add(reading.lemma)
        forms.add(reading.head)
        for k in range(1, len(reading.parts)):
            forms.add("".join(reading.parts[k:]))
    return {f for f in forms if f and len(f) <= MAX_WORD}


def find_terms(clauses: list[Clause], lexicon: Lexicon) -> list[Hit]:
    """Every term found in the clauses (its first occurrence in each clause)."""
    hits = []
    for c, clause in enumerate(clauses):
        ids: list[frozenset[int]] = []
        for word in clause.words:
            mine = frozenset().union(*(lexicon.matching(f) for f in word_forms(word)))
            # an exclusion looks at the word itself and its lemmas, not at its parts
            whole = {word.token.lower, *(r.lemma for r in word.readings)}
            excluded = any(lexicon.matching(f) & lexicon.excluded for f in whole)
            ids.append(frozenset() if excluded else mine)
        present = frozenset().union(*ids) if ids else frozenset()
        for first in present:
            for term in lexicon.by_first.get(first, ()):
                found = _match(term, ids)
                if found is None:
                    continue
                start, end = found
                words = clause.words
                text = (
                    " ".join(words[i].token.text for i in sorted({start, end}))
                    if GAP in term.pattern
                    else " ".join(w.token.text for w in words[start : end + 1])
                )
                hits.append(Hit(term.category, term.pattern, c, start, end, text))
    return hits


def _match(term: Term, ids: list[frozenset[int]]) -> tuple[int, int] | None:
    """(first, last) word indices of the term's first occurrence in one clause."""
    start = 0
    first = None
    for group in term.steps:
        found = _adjacent(group, ids, start)
        if found is None:
            return None
        if first is None:
            first = found
        start = found + len(group)
    return first, start - 1


def _adjacent(group: tuple[int, ...], ids: list[frozenset[int]], start: int) -> int | None:
    for i in range(start, len(ids) - len(group) + 1):
        if all(pid in ids[i + k] for k, pid in enumerate(group)):
            return i
    return None
