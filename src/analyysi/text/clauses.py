"""Clauses of a Finnish sentence, and the readings of their words.

A clause ends at a comma, semicolon, colon, dash between words or bracket, or before a
conjunction that starts a new clause ("mutta", "joten", "koska", "vaan", "ja" before a verb).
Cues that decide what a number counts or whether a statement is negated are looked for in the
clause that holds it, so "Tavoitteena oli 70 osallistujaa, mutta mukaan saatiin 50" reads the
70 as a target and the 50 as a result.
"""

from __future__ import annotations

from dataclasses import dataclass

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

    @property
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

    @property
    def lemmas(self) -> set[str]:
        return {lemma for word in self.words for lemma in word.lemmas}

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence, with the readings of every word."""
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
    return clauses


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """ "ja" opens a clause when a finite verb comes within two words after it."""
    for token in tokens[k + 1 : k + 3]:
        if token.kind != "word":
            return False
        if any(r.word_class in ("verb", "negation") and r.mood for r in analyse(token.text)):
            return True
    return False


def clause_at(clauses: list[Clause], offset: int) -> Clause | None:
    return next((c for c in clauses if c.contains(offset)), None)
