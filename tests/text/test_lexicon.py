"""The lexicon matches patterns against word forms, lemmas and compound parts, in phrases and
across gaps within a clause, and never matches an excluded word."""

from __future__ import annotations

import pytest

from analyysi.text.clauses import split_clauses
from analyysi.text.lexicon import MAX_WORD, Lexicon, find_terms

TERMS = """category,pattern,example,note
remote,etä*,etäohjaus,
remote,verkko*,,
place,paikan päällä,,
widened,kohderyhmä* … laajen*,,
exclude,etäi*,etäisten,far away is not remote
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    path = tmp_path_factory.mktemp("lexicon") / "terms.csv"
    path.write_text(TERMS, encoding="utf-8")
    return Lexicon(path)


def _found(sentence: str, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(h.category, h.text) for h in find_terms(split_clauses(sentence), lexicon)}


def test_inflected_forms_and_compound_parts(lexicon):
    assert _found("Ohjaus siirtyi verkkoon.", lexicon) == {("remote", "verkkoon")}
    assert ("remote", "ryhmäetäohjausta") in _found(
        "Järjestimme ryhmäetäohjausta viikoittain.", lexicon
    )


def test_phrases_need_adjacent_words(lexicon):
    assert ("place", "paikan päällä") in _found("Neuvonta annettiin paikan päällä.", lexicon)
    assert not _found("Paikan valinta tehtiin päällä olevan tilanteen mukaan.", lexicon)


def test_a_gap_stays_inside_one_clause(lexicon):
    assert ("widened", "Kohderyhmää laajentaa") in _found(
        "Kohderyhmää päätettiin kevään aikana laajentaa.", lexicon
    )
    assert not _found("Kohderyhmä pysyi samana, mutta palvelua laajennettiin.", lexicon)


def test_an_excluded_word_is_never_matched(lexicon):
    assert not _found("Etäisten kylien asukkaat tavoitettiin.", lexicon)


def test_an_overlong_word_is_not_scanned(lexicon):
    assert not _found("etä" + "a" * MAX_WORD + " oli sana.", lexicon)
