"""Numbers in Finnish sentences: their value in any case, the noun they count by case
agreement, and the numbers that are not amounts at all (each with its reason)."""

from __future__ import annotations

import pytest

from analyysi.text.numbers import numeral_value, read_numbers


def _number(sentence: str, written: str, counted=None):
    found = [n for n in read_numbers(sentence, counted) if n.number_text == written]
    assert len(found) == 1, [n.number_text for n in read_numbers(sentence, counted)]
    return found[0]


@pytest.mark.parametrize(
    "word, value",
    [
        ("kahdestatoista", 12),
        ("yhdeksälle", 9),
        ("kolmekymmentäkaksi", 32),
        ("puolitoista", 1.5),
        ("kymmenelle", 10),
        ("sataviisikymmentä", 150),
        ("kolmellesadalle", 300),
    ],
)
def test_number_words_in_any_case(word, value):
    assert numeral_value(word) == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, written, value, lemma, relation",
    [
        (
            "Koulutuksiin osallistui kahdestatoista kunnasta yhteensä 45 henkilöä.",
            "kahdestatoista",
            12,
            "kunta",  # elative numeral, elative noun
            "after",
        ),
        (
            "Koulutuksiin osallistui kahdestatoista kunnasta yhteensä 45 henkilöä.",
            "45",
            45,
            "henkilö",
            "after",
        ),
        ("Neuvontaa annettiin yhdeksälle yrittäjälle.", "yhdeksälle", 9, "yrittäjä", "after"),
        (
            "Hankkeeseen osallistui kolmekymmentäkaksi nuorta.",
            "kolmekymmentäkaksi",
            32,
            "nuori",
            "after",
        ),
        ("Osallistujia oli 45, joista 7 oli työntekijöitä.", "45", 45, "osallistuja", "before"),
        (
            "Asiakkaista 65 asui Pohjois-Pohjanmaalla, 1 Kainuussa ja 3 Lapissa.",
            "3",
            3,
            "asiakas",
            "group",
        ),
    ],
)
def test_the_noun_a_number_counts(sentence, written, value, lemma, relation):
    number = _number(sentence, written)
    assert number.excluded is None
    assert number.value == pytest.approx(value)
    assert number.head is not None
    assert (number.head.reading.lemma, number.head.relation) == (lemma, relation)


def test_a_lexicon_chooses_between_readings():
    # "nuoria" is the partitive plural of both "nuori" (young person) and "nuora" (rope)
    sentence = "Hankkeeseen osallistui 18-29-vuotiaita nuoria 40."
    number = _number(sentence, "40", counted=lambda lemma: lemma == "nuori")
    assert number.head.reading.lemma == "nuori"


def test_ranges_and_qualifiers():
    sentence = "Tavoitteena oli tavoittaa 20–30 nuorta ja noin 200 yritystä."
    span = _number(sentence, "20–30")
    assert (span.value, span.low, span.high) == (None, 20, 30)
    about = _number(sentence, "200")
    assert (about.qualifier, about.head.reading.lemma) == ("noin", "yritys")


def test_a_fraction_word_counts_nothing_by_itself():
    number = _number("Työpaja kesti puolitoista tuntia.", "puolitoista")
    assert number.value == 1.5
    assert number.head.reading.lemma == "tunti"


@pytest.mark.parametrize(
    "sentence, written, reason",
    [
        ("Hanke alkoi 1.3.2020 ja päättyi vuonna 2022.", "1.3.2020", "date"),
        ("Hanke alkoi 1.3.2020 ja päättyi vuonna 2022.", "2022", "year"),
        ("Soita numeroon 040 123 4567 arkisin.", "040 123 4567", "phone"),
        ("Toimisto on osoitteessa Kauppakatu 12, 90100 Oulu.", "12", "address"),
        ("Toimisto on osoitteessa Kauppakatu 12, 90100 Oulu.", "90100", "postcode"),
        ("Katso kohta 7.2 hankesuunnitelmasta.", "7.2", "section"),
        ("Kohderyhmänä ovat 1) nuoret ja 2) työttömät.", "1", "list"),
        ("Kohderyhmänä ovat 1) nuoret ja 2) työttömät.", "2", "list"),
        ("Hankkeen diaarinumero on EURA 2014/123.", "2014/123", "reference"),
        ("Hakemusnumero 302145 on kirjattu.", "302145", "reference"),
        ("Kustannukset olivat 120 000 euroa.", "120 000", "money"),
        ("Kohderyhmä on 18-29-vuotiaat nuoret.", "18-29", "age"),
        ("Covid 19 -pandemia muutti toimintaa.", "19", "name"),
        ("Yhteistyökumppani on 4H-liitto.", "4", "name"),
        ("Selvitetään 5G-verkon mahdollisuuksia.", "5", "name"),
        ("Palaute kerättiin asteikolla 1–5.", "1–5", "score"),
    ],
)
def test_numbers_that_are_not_amounts(sentence, written, reason):
    number = _number(sentence, written)
    assert (number.excluded, number.head) == (reason, None)


def test_a_score_after_a_count_is_not_one_more_count():
    sentence = "Kurssille osallistui 25 henkilöä ja arvosana oli 4/5."
    assert _number(sentence, "25").head.reading.lemma == "henkilö"
    assert _number(sentence, "4/5").head is None


def test_coordinated_numbers_share_the_noun_after_them():
    sentence = "Tilaisuuteen osallistui paikan päällä 85 ja etäyhteydellä 140 henkilöä."
    shared = _number(sentence, "85")
    assert (shared.head.reading.lemma, shared.head.relation) == ("henkilö", "shared")


def test_a_rate_is_marked():
    number = _number("Neuvontaa annettiin keskimäärin 15 asiakkaalle viikossa.", "15")
    assert number.rate is not None
    assert number.head.reading.lemma == "asiakas"


def test_a_hostile_sentence_is_read_to_its_end():
    # thousands of bare digits: every one read once (its time is measured in benchmarks/)
    sentence = " ".join(["1 2 3 4 5 6 7 8 9 0"] * 500) + " henkilöä."
    numbers = read_numbers(sentence)
    assert len(numbers) == 5000
    assert numbers[-1].head is not None and numbers[-1].head.reading.lemma == "henkilö"


@pytest.mark.parametrize(
    "sentence, written, value",
    [
        # approximate number words and ranges of number words (issue 21)
        ("Juhlaan tuli parisataa vierasta.", "parisataa", 200),
        ("Paikalla oli kolmisenkymmentä yrittäjää.", "kolmisenkymmentä", 30),
        ("Mukana oli nelisensataa lasta.", "nelisensataa", 400),
        ("Työ kesti parinkymmenen vuoden ajan.", "parinkymmenen", 20),
        ("Vajetta on pari tuhatta osallistujaa.", "pari tuhatta", 2000),
        ("Jäseniä on noin puoli miljoonaa.", "puoli miljoonaa", 500_000),
        ("Kokeilu siirtyi pari viikkoa.", "pari", 2),
        ("Osallistujia oli 1.496 eli enemmän kuin ennen.", "1.496", 1496),
    ],
)
def test_numbers_as_people_write_them(sentence, written, value):
    number = _number(sentence, written)
    assert number.excluded is None
    assert number.value == pytest.approx(value)


def test_ranges_of_number_words():
    number = _number("Lainaan otetaan yhtä–kahta kirjaa.", "yhtä–kahta")
    assert (number.low, number.high) == (1, 2)
    number = _number("Tapaamisia on kahta tai kolmea viikossa.", "kahta tai kolmea")
    assert (number.low, number.high) == (2, 3)


@pytest.mark.parametrize(
    "sentence, written, reason",
    [
        ("Vuosi oli yhdistyksen 46. toimintavuosi.", "46.", "ordinal"),
        ("Palvelu on alle 25- vuotiaille nuorille.", "25", "age"),
        ("Kuitenkin noin viidesosalla opiskelijoista oli ongelmia.", "viidesosalla", "fraction"),
        ("Asiakkaista noin kaksi kolmasosaa on naisia.", "kaksi kolmasosaa", "fraction"),
        ("Kävijöitä oli kolmanneksen vähemmän.", "kolmanneksen", "fraction"),
        ("Toiminta jatkui koko kevään.12 Syksyllä aloitettiin uusi ryhmä.", "12", "footnote"),
        ("Virtanen, 45, kertoo tapahtumasta.", "45", "age"),
        ("Leiri pidettiin viikolla 27 Kuopiossa.", "27", "week"),
        ("Lehden vuosikerta 12 ilmestyi keväällä.", "12", "reference"),
    ],
)
def test_non_counts_of_real_text(sentence, written, reason):
    found = [n for n in read_numbers(sentence) if n.number_text.rstrip(".") == written.rstrip(".")]
    assert [n.excluded for n in found] == [reason]


def test_one_in_idioms_is_no_count():
    assert not [n for n in read_numbers("Muutos tehtiin yhdessä yössä.") if n.excluded is None]
    assert not [n for n in read_numbers("Viisi henkilöä kehui yhdessä tekemistä.") if n.value == 1]


def test_a_time_of_day_and_a_number_of_its_own_noun():
    (five,) = [n for n in read_numbers("Maanantaina viiden jälkeen tuli väkeä.")]
    assert five.excluded == "time"
    about = _number("Koronavaje on luokkaa pari tuhatta, hän sanoo.", "pari tuhatta")
    assert about.value == 2000  # a multiplied number word needs no noun
