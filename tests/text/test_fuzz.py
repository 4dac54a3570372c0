"""Long and odd texts through the text reader: nothing crashes, every offset points at what
it claims to, no sentence is longer than the limit. (Speed is measured in benchmarks/.)"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyysi.analyses import covid
from analyysi.analyses.participants import read_claims
from analyysi.text.numbers import read_numbers
from analyysi.text.sentences import MAX_SENTENCE, split_sentences

PIECES = [
    "hanke",
    "Hankkeeseen",
    "osallistui",
    "henkilöä",
    "asiakasta",
    "työntekijää",
    "koronan",
    "vuoksi",
    "etänä",
    "Teamsissä",
    "peruttiin",
    "ei",
    "voitu",
    "yhteensä",
    "noin",
    "joista",
    "kaksikymmentä",
    "puolitoista",
    "kolmasosa",
    "12",
    "2 400",
    "1.3.2020",
    "2021",
    "20–30",
    "5 %",
    "040 123 4567",
    "7.2",
    "1)",
    "4H-liiton",
    "Covid 19",
    "=HYPERLINK(",
    "@SUM(",
    "-",
    "–",
    "…",
    "(",
    ")",
    ":",
    ";",
    ",",
    ".",
    "!",
    "?",
    "mm.",
    "n.",
    "\u00a0",
    "\t",
    "ä" * 80,
]
SEPARATORS = [" ", "", "\n", "\n\n", ", ", ". ", " – "]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=400).map(
    lambda parts: "".join(p + s for p, s in parts)
)
noise = st.text(alphabet=st.characters(codec="utf-8"), max_size=600)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(texts, noise))
def test_sentences_are_spans_of_the_text(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert len(sentence.text) <= MAX_SENTENCE
        previous_end = sentence.end


@SETTINGS
@given(st.one_of(texts, noise))
def test_numbers_point_at_their_text(text):
    for sentence in split_sentences(text):
        line = " ".join(sentence.text.split())
        for number in read_numbers(line):
            assert line[number.start : number.end] == number.number_text
            if number.head is not None:
                assert line[number.head.start : number.head.end] == number.head.word
        for claim in read_claims(line, is_plan=False):
            assert line[claim["start"] : claim["end"]] == claim["number_text"]


@SETTINGS
@given(st.one_of(texts, noise))
def test_covid_reading_of_any_sentence(text):
    lexicon = covid.load_lexicon()
    for sentence in split_sentences(text):
        result = covid.classify(" ".join(sentence.text.split()), lexicon)
        assert set(result.categories) <= set(covid.CATEGORIES)
        assert result.delivery <= {"remote", "face_to_face"}


def test_a_pasted_table_without_full_stops_is_read_in_pieces():
    numbers = " ".join(str(n % 1000) for n in range(20_000))
    pieces = split_sentences(numbers)
    assert len(pieces) >= len(numbers) // MAX_SENTENCE and all(
        len(p.text) <= MAX_SENTENCE for p in pieces
    )
    assert "".join(p.text + " " for p in pieces).split() == numbers.split()
