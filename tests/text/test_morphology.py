"""Voikko readings of Finnish word forms, and the per-form cache that lets a rerun skip the
dictionary load."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from analyysi.text.morphology import analyse


def _readings(word: str) -> set[tuple]:
    return {(r.lemma, r.word_class, r.case, r.is_plural) for r in analyse(word)}


def test_case_and_number_of_nouns():
    assert ("kunta", "noun", "elative", False) in _readings("kunnasta")
    assert ("osallistuja", "noun", "partitive", True) in _readings("osallistujia")


def test_compound_parts_head_last():
    (reading,) = [r for r in analyse("etäohjausta") if r.word_class == "noun"]
    assert reading.parts == ("etä", "ohjaus")
    assert reading.head == "ohjaus"


def test_reached_is_not_target():
    # "tavoitti" (reached) was once taken for "tavoite" (target) by a stem list
    assert {r.lemma for r in analyse("tavoitti")} == {"tavoittaa"}
    assert {r.lemma for r in analyse("tavoite")} == {"tavoite"}


def test_participles_know_their_verb():
    (reading,) = analyse("osallistuneista")
    assert (reading.participle, reading.verb, reading.case) == (
        "past_active",
        "osallistua",
        "elative",
    )


def test_an_unknown_word_has_no_readings_or_guessed_ones():
    assert all(r.is_guess for r in analyse("Xyzzyplöks"))


PROGRAM = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from analyysi.text import morphology
    from analyysi.text.numbers import read_numbers

    cache = Path(sys.argv[1])
    loaded = morphology.load_cache(cache)
    numbers = read_numbers("Koulutuksiin osallistui kahdestatoista kunnasta 45 henkilöä.")
    morphology.save_cache(cache)
    print(loaded, morphology.is_loaded(), [(n.value, n.head.reading.lemma) for n in numbers])
    """
)


def test_a_rerun_with_a_complete_cache_does_not_load_the_dictionary(tmp_path):
    cache = tmp_path / "morphology-cache.json"

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM, str(cache)],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.split(" ", 2)

    first_loaded, first_dictionary, first_numbers = run()
    assert (first_loaded, first_dictionary) == ("0", "True")
    assert cache.exists()
    again_loaded, again_dictionary, again_numbers = run()
    assert int(again_loaded) > 0
    assert again_dictionary == "False"
    assert again_numbers == first_numbers
    assert "'kunta'" in first_numbers and "'henkilö'" in first_numbers


def test_a_damaged_cache_is_ignored(tmp_path):
    from analyysi.text.morphology import load_cache

    broken = tmp_path / "cache.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_cache(broken) == 0
    broken.write_text('{"version": "someone else", "forms": {"x": [["y"]]}}', encoding="utf-8")
    assert load_cache(broken) == 0


def test_how_a_person_word_is_derived():
    assert {r.derivation for r in analyse("kilpailijaa")} == {"agent"}
    assert "belonging" in {r.derivation for r in analyse("leiriläisiä")}
    # a -lainen noun Voikko does not know is read by its ending, not as "eskarilaki"
    assert ("eskarilainen", "partitive", "belonging") in {
        (r.lemma, r.case, r.derivation) for r in analyse("eskarilaista")
    }
    # kind words in -lainen are no people
    assert {r.derivation for r in analyse("erilaista")} == {None}
    assert {r.derivation for r in analyse("tällaisia")} == {None}
