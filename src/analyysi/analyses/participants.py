"""Participant targets versus outcomes, with outcomes read from the final-report text.

Every number in the free-text sections is a claim with what it counts: the noun it is attached
to by case agreement (``analyysi.text.numbers``), that noun's unit from the reviewable lexicon
``data/reference/count_nouns_fi.csv``, and what kind of figure it is (``counts``): people of
the target group, the organisation's own staff, attendances or visits (one person may count
twice), a rate, a background statistic, or a total that adds several kinds. Staff, attendances,
rates and background figures are never realised participants.

Official counts (sections 7.1 and 7.2) and figures read from the text are kept apart and
labelled, and a sentence saying the targets were exceeded or missed is quoted beside any
number. No evidence, no number; every reading is a suggestion until an evaluator confirms it
(``analyysi.review``).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi import config
from analyysi.review.decisions import ReviewIssue, Reviews, match
from analyysi.tables.metadata import FIELDS
from analyysi.text.clauses import Clause, around, clause_at, split_clauses
from analyysi.text.morphology import analyse
from analyysi.text.numbers import Number, read_numbers
from analyysi.text.sentences import split_sentences
from analyysi.text.unsure import ONE_YEAR as _ONE_YEAR
from analyysi.text.unsure import PEOPLE_UNITS
from analyysi.text.unsure import sentence_has as _sentence_has

UNITS = FIELDS["unit"].enum  # declared once, with the column
COUNTS = FIELDS["counts"].enum
COUNT_NOUNS = config.REFERENCE / "count_nouns_fi.csv"
PLAN_SECTIONS = ("plan_summary", "target_groups_primary", "target_groups_indirect")

# Lemmas that make a figure a target or plan ("tavoitteena oli 70", "arvioimme tavoittavamme")
# — not "tavoittaa" (to reach), which is a result.
_TARGET_LEMMAS = {
    "tavoite",
    "tavoitella",
    "tavoitteellinen",
    "osallistujatavoite",
    "henkilötavoite",
    "suunnitella",
    "arvioida",
    "arvio",
    "odottaa",
    "odotettu",
    "ennakoida",
    "pyrkiä",
    "aikoa",
    "tarkoitus",
    "tähdätä",
}
_TRAINING_VERBS = {"kouluttaa", "valmentaa", "perehdyttää", "opettaa", "kurssittaa", "kouluttautua"}
_TRAINING_NOUNS = {"koulutus", "valmennus", "kurssi", "työpaja", "opinto", "täydennyskoulutus"}
# "kerrallaan", "kuhunkin ryhmään", "vuosittain", "ryhmään mahtuu": a figure per something
_RATE_LEMMAS = {
    "kerrallaan",
    "vuosittain",
    "kuukausittain",
    "viikoittain",
    "päivittäin",
    "kukin",
    "jokainen",
    "kumpikin",
    "mahtua",
    "ryhmäkoko",
    "samanaikaisesti",
    "tyypillisesti",
    "keskimäärin",
    "enimmillään",
    "kerralla",
    "yhtäaikaa",
}
# people in the project's own bodies and pay: "ohjausryhmään kuuluu 7 jäsentä",
# "hankkeen palveluksessa oli 4 henkilöä", "Hankkeen omaa henkilöstöä oli 5 henkilöä"
_STAFF_CONTEXT = {"ohjausryhmä", "johtoryhmä", "työryhmä", "hallitus", "henkilöstö", "tiimi"}
_VISIT_VERBS = {
    "asioida",
    "käydä",
    "vierailla",
    "poiketa",
    "piipahtaa",
    "ilmoittautua",
    "rekisteröityä",
}
_VIEW_VERBS = {"katsoa", "vierailla", "ladata", "kuunnella", "avata", "klikata", "jakaa", "toistaa"}
_POPULATION_VERBS = {"asua", "asuva", "elää", "kattaa"}
_PLACE_NOUNS = {
    "alue",
    "kunta",
    "maakunta",
    "kaupunki",
    "seutu",
    "seutukunta",
    "suomi",
    "kylä",
    "väestö",
    "lääni",
    "kohderyhmä",
    "talousalue",
}
_STATISTIC_LEMMAS = {"tilasto", "väestö", "asukasluku", "työttömyysaste", "väkiluku", "väestöpohja"}
_PROJECT_LEMMAS = {"hanke", "projekti", "toiminta", "osallistua", "tavoittaa", "palvelu"}
# A sentence about the participant targets being reached, and the ways Finnish says so.
_TARGET_NOUNS = {"tavoite", "osallistujatavoite", "henkilötavoite", "määrätavoite", "tavoitetaso"}
_PEOPLE_CUES = {
    "osallistuja",
    "osallistua",
    "henkilö",
    "asiakas",
    "nuori",
    "ihminen",
    "osallistujatavoite",
    "henkilötavoite",
    "osallistujamäärä",
    "asiakasmäärä",
}
_EXCEEDED = {"ylittää", "ylittyä", "ylitys", "ylitetty"}
_MET = {"saavuttaa", "saavutettu", "täyttyä", "toteutua", "täyttää"}
_SHORT = {"jäädä", "alittaa", "alittua", "vajaa"}
_NEGATIONS = {"ei"}
_SAMPLE_SIZE = re.compile(r"\b[nN]\s*=\s*$")
# agent nouns that name things as often as people: "kolme tekijää" (factors)
_NOT_PERSONS = {"tekijä"}


@dataclass(frozen=True)
class CountNoun:
    lemma: str
    unit: str
    counts: str | None


@functools.cache
def count_nouns(path: Path = COUNT_NOUNS) -> dict[str, CountNoun]:
    """The lexicon by lemma, each entry also under the lemma Voikko gives the word (a compound
    joins its parts' base forms: "omaishoitaja" is read "omainenhoitaja")."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    nouns: dict[str, CountNoun] = {}
    for row in table.itertuples(index=False):
        entry = CountNoun(row.lemma.lower(), row.unit, row.counts or None)
        nouns.setdefault(entry.lemma, entry)
    for lemma, entry in list(nouns.items()):
        for reading in analyse(lemma):
            if reading.word_class in ("noun", "adjective", "pronoun") and reading.lemma:
                nouns.setdefault(reading.lemma, entry)
    return nouns


def unit_of_lemma(lemma: str, parts: tuple[str, ...] = ()) -> CountNoun | None:
    """The lexicon entry of a word: its lemma, else the longest tail of its compound parts
    ("sopimus|omainen|hoitaja" → omaishoitaja), else the longest entry its lemma ends with
    ("hanketyöntekijä" → työntekijä)."""
    nouns = count_nouns()
    if lemma in nouns:
        return nouns[lemma]
    for k in range(1, len(parts)):
        tail = "".join(parts[k:])
        if tail in nouns:
            return nouns[tail]
    for size in range(len(lemma) - 3, 2, -1):
        if lemma[-size:] in nouns:
            return nouns[lemma[-size:]]
    return person_by_form(lemma)


@functools.lru_cache(maxsize=4096)
def person_by_form(lemma: str) -> CountNoun | None:
    """A word the lexicon does not list that Finnish forms as a person: an agent noun made
    from a verb ("kilpailija", "vastaaja", "auttaja"), a noun of belonging in -lainen/-läinen
    ("leiriläinen", "eskarilainen", "kärköläläinen") or a past active participle used as a
    noun ("ilmoittautuneita", "vastanneista")."""
    for reading in analyse(lemma):
        if reading.head in _NOT_PERSONS:
            continue
        if reading.derivation in ("agent", "belonging") or (
            reading.participle == "past_active" and reading.case == "nominative"
        ):
            return CountNoun(lemma, "persons", "participants")
    return None


def is_counted(lemma: str) -> bool:
    """Whether the lexicon knows the word as something counted (the number reader asks)."""
    return unit_of_lemma(lemma) is not None


# --- claims ---------------------------------------------------------------------------------

CLAIM_COLUMNS = [
    "project_code",
    "section",
    "sentence_index",
    "sentence",
    "start",
    "end",
    "value",
    "number_text",
    "low",
    "high",
    "qualifier",
    "unit",
    "stage",
    "counts",
    "counted_word",
    "relation",
    "is_target",
]


def extract_claims(texts: pd.DataFrame, on_text=None) -> pd.DataFrame:
    """Every quantity in the free-text sections with what it counts (``participant_claims``).
    ``on_text(length)`` is called after each text, for progress."""
    rows = []
    for item in texts.itertuples(index=False):
        if on_text is not None:
            on_text(len(item.text) if isinstance(item.text, str) else 0)
        stage = "outcome" if item.section == "final_report" else "target"
        previous: list[dict] = []
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())  # offsets refer to this one-line form
            mine = read_claims(words, is_plan=item.section in PLAN_SECTIONS)
            _mark_mixed_totals(mine, previous)
            for claim in mine:
                rows.append(
                    {
                        "project_code": item.project_code,
                        "section": item.section,
                        "sentence_index": sentence.index,
                        "sentence": words,
                        "stage": stage,
                        **claim,
                    }
                )
            previous = mine
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def read_claims(sentence: str, is_plan: bool) -> list[dict]:
    """The amounts of one sentence, each with its unit, what kind of figure it is, the word
    it counts and whether it states a target."""
    numbers = [n for n in read_numbers(sentence, counted=is_counted) if n.excluded is None]
    if not numbers:
        return []
    every = split_clauses(sentence)
    starts = [c.start for c in every]
    claims = []
    for number in numbers:
        clauses = around(every, starts, number.start, number.end)
        clause = clause_at(clauses, number.start)
        unit, kind = classify(number, clause, clauses)
        if _SAMPLE_SIZE.search(sentence[: number.start]) and not number.is_percent:
            unit, kind = "persons", "participants"  # "(n=26)": the respondents of a survey
        claims.append(
            {
                "start": number.start,
                "end": number.end,
                "value": number.value,
                "number_text": number.number_text,
                "low": number.low,
                "high": number.high,
                "qualifier": number.qualifier,
                "unit": unit,
                "counts": kind,
                "counted_word": number.head.word if number.head else None,
                "is_target": _is_target(number, clause, clauses, is_plan, kind),
                "relation": number.head.relation if number.head else None,
            }
        )
    return claims


def classify(
    number: Number, clause: Clause | None, clauses: list[Clause]
) -> tuple[str, str | None]:
    """(unit, counts) of one number."""
    if number.is_percent:
        return "percent", None
    if number.head is None:
        return "other", None
    head = number.head
    parts = head.reading.parts if head.relation != "amount" else ()
    entry = unit_of_lemma(head.counted, parts)
    said = number.predicate
    if said is not None and head.relation == "group" and (entry is None or entry.unit == "persons"):
        # "joista 7 oli työntekijöitä": what they were says more than whom they are of
        entry = unit_of_lemma(said.reading.lemma, said.reading.parts) or entry
    if entry is None:
        return "other", None
    if entry.unit in PEOPLE_UNITS and clause is not None and _volunteer_before(head, clause):
        entry = CountNoun(entry.lemma, "volunteers", "staff")  # "kolme vapaaehtoista tulkkia"
    if number.value is not None and 0 < number.value < 1:  # a share: "puolet asiakkaista"
        return "other", None
    if entry.lemma == "kerta" and clause is not None and clause.lemmas & _VIEW_VERBS:
        return "other", None  # "videoita katsottiin 5 320 kertaa": times, not sessions
    if entry.unit not in PEOPLE_UNITS:
        return entry.unit, None
    return entry.unit, _kind(number, entry, clause, clauses)


def _volunteer_before(head, clause: Clause) -> bool:
    """ "vapaaehtoinen" right before the counted word."""
    words = [w for w in clause.words if w.token.end <= head.start]
    return bool(words) and "vapaaehtoinen" in words[-1].lemmas


def _kind(number: Number, entry: CountNoun, clause: Clause | None, clauses: list[Clause]) -> str:
    """What kind of people figure a number is: participants, staff, attendances, rate or
    background (a mixed total is found afterwards, from the figures around it)."""
    lemmas = clause.lemmas if clause else set()
    at_once = {"yhtä", "aikaa"} <= lemmas
    if number.rate or lemmas & _RATE_LEMMAS or at_once or _distributive(clause):
        return "rate"  # "20 osallistujaa kerrallaan", "kuhunkin ryhmään 8–12", "vuosittain 60"
    organising = lemmas & {"järjestäminen", "toteuttaminen", "suunnittelu", "järjestää"}
    trained = lemmas & (_TRAINING_VERBS | {"tavoittaa"}) or (
        lemmas & {"osallistua", "suorittaa"}
        and lemmas & (_TRAINING_NOUNS | {"hanke", "toiminta"})
        and not organising
    )
    if {"mukaan", "lukien"} <= lemmas and lemmas & (_STAFF_CONTEXT | {"työntekijä"}):
        return "mixed_total"  # "Hankkeen henkilöstö mukaan lukien … 135 henkilöä"
    if entry.unit in ("employees", "volunteers") and trained:
        return "participants"  # "koulutti 10 vapaaehtoista", "koulutuksen suorittaa 80 hoitajaa"
    if _is_staff_context(lemmas) or _acts_as_role(clause):
        return "staff"  # "ohjausryhmään kuuluu 7 jäsentä", "esiintyjinä toimi 38 taiteilijaa"
    if entry.unit in ("employees", "volunteers"):
        return "staff"
    if "eri" in lemmas:
        return "participants"  # "1 024 eri nuorta": distinct people
    if entry.counts == "attendances" or lemmas & _VISIT_VERBS:
        return "attendances"
    if number.head and number.head.relation != "group" and _is_background(clause):
        return "background"
    if _counts_attendance(number, clauses):
        return "attendances"
    return entry.counts or "participants"


def _is_staff_context(lemmas: set[str]) -> bool:
    """The project's own bodies and pay: "ohjausryhmään kuuluu", "hankkeen palveluksessa"
    ("yritysten palveluksessa" is their workforce, not the project's)."""
    if lemmas & _STAFF_CONTEXT:
        return True
    return "palvelus" in lemmas and bool(lemmas & {"hanke", "projekti"})


def _distributive(clause: Clause | None) -> bool:
    """ "kuhunkin ryhmään", "kumpaankin", "kullakin", "jokaiseen": per each."""
    if clause is None:
        return False
    return any(
        word.token.lower.endswith("kin")
        and any(r.lemma in ("kuka", "kumpi", "mikä") for r in word.readings)
        for word in clause.words
    )


def _acts_as_role(clause: Clause | None) -> bool:
    """ "toimia" with a role in the essive ("Esiintyjinä toimi 38 taiteilijaa",
    "Kyläkoordinaattorina toimi yksi henkilö"): people working for the project."""
    if clause is None:
        return False
    acts = any(
        r.word_class == "verb" and r.lemma == "toimia" for w in clause.words for r in w.readings
    )
    role = any(
        r.case == "essive" and r.word_class == "noun" and r.lemma != "aika"
        for w in clause.words
        for r in w.readings
    )
    return acts and role


def _is_background(clause: Clause | None) -> bool:
    """A population statistic: people who live or work in a region, belong to a group or are
    covered by a service, with no word of the project reaching them ("Alueella asuu noin
    12 000 vieraskielistä", "Kuopiossa on 3 000 venäjänkielistä", "kielivalikoima kattaa
    3 900 henkilöä", "Pirkanmaalla, jossa työttömiä oli 27 000")."""
    if clause is None:
        return False
    lemmas = clause.lemmas
    if lemmas & _STATISTIC_LEMMAS or lemmas & _POPULATION_VERBS:
        return True
    if "olla" not in lemmas and not lemmas & {"työskennellä"}:
        return False
    if _project_acts(clause):
        return False
    if any(  # "heidän hoidettavinaan oli 70 henkilöä": people in another role
        r.case == "essive"
        and r.word_class in ("noun", "adjective")
        and (unit_of_lemma(r.lemma) is None or unit_of_lemma(r.lemma).unit not in PEOPLE_UNITS)
        for word in clause.words
        for r in word.readings
    ):
        return True
    opens_with_place = bool(clause.words) and clause.words[0].token.lower in ("jossa", "jolla")
    place = (
        opens_with_place
        or bool(lemmas & _PLACE_NOUNS)
        or any(
            r.word_class == "proper_noun" and r.case in ("inessive", "adessive")
            for word in clause.words
            for r in word.readings
        )
    )
    return place


def _project_acts(clause: Clause) -> bool:
    """The project reaches, serves or involves the people: a project word other than a
    genitive ("hankkeen alkaessa" only dates the figure) or a verb of taking part."""
    for word in clause.words:
        for reading in word.readings:
            if reading.lemma in _PROJECT_LEMMAS and reading.case != "genitive":
                return True
    return False


def _counts_attendance(number: Number, clauses: list[Clause]) -> bool:
    """People counted over several events or trainings, where one person may be counted more
    than once: the events are the subject ("Koulutukset keräsivät 159 osallistujaa") or what
    people attended ("tilaisuuksiin osallistui 320 henkilöä", "…kuusi työpajaa, ja niihin
    osallistui 94")."""
    clause = clause_at(clauses, number.start)
    if clause is None:
        return False
    attended = clause.lemmas & {
        "osallistua",
        "käydä",
        "kerätä",
        "tavoittaa",
        "seurata",
        "rekisteröityä",
        "ilmoittautua",
    }
    for word in clause.words:
        if number.head and word.token.start == number.head.start:
            continue
        if word.token.lower in ("niihin", "joihin", "niissä", "joissa") and attended:
            index = clauses.index(clause)  # "…kuusi työpajaa, ja niihin osallistui 94"
            earlier = clauses[max(0, index - 2) : index]
            if any(
                _is_events(r, plural=False) for c in earlier for w in c.words for r in w.readings
            ):
                return True
        for reading in word.readings:
            if not _is_events(reading, plural=True):
                continue
            if reading.case == "nominative" or (
                attended and reading.case in ("illative", "inessive", "elative")
            ):
                return True
    return False


def _is_events(reading, plural: bool) -> bool:
    if reading.word_class != "noun" or (plural and not reading.is_plural):
        return False
    entry = unit_of_lemma(reading.lemma, reading.parts)
    return entry is not None and entry.unit in ("events", "trainings", "sessions")


def _is_target(
    number: Number, clause: Clause | None, clauses: list[Clause], is_plan: bool, kind: str | None
) -> bool:
    """Whether the figure states a goal, plan or estimate rather than a result: every figure
    of the plan but a background statistic; in the final report, a figure in a clause that
    speaks of a target, plan or estimate ("tavoitteena oli 70"), or in a clause governed by
    one ("Suunnitelmassa arvioitiin, että hanke tavoittaa 500") or set beside one ("Hankkeen
    tavoite, 250 osallistujaa, saavutettiin")."""
    if kind == "background":
        return False
    if is_plan:
        return True
    if clause is None:
        return False
    if _has_target_cue(clause):
        return True
    index = clauses.index(clause)
    if index == 0:
        return False
    governed = clause.words and clause.words[0].token.lower == "että"
    verbless = not any(r.mood for word in clause.words for r in word.readings)
    return bool((governed or verbless) and _has_target_cue(clauses[index - 1]))


def _has_target_cue(clause: Clause) -> bool:
    """A word of target, plan or estimate: a verb ("arvioitiin", "tavoiteltiin"), or a noun
    saying what the target is ("tavoitteena oli", "tavoite oli", "suunnitelman mukaan") —
    not one a result is compared with ("tavoitteen mukainen", "tavoitetta enemmän")."""
    words = clause.words
    for k, word in enumerate(words):
        for reading in word.readings:
            if reading.lemma not in _TARGET_LEMMAS and reading.head not in _TARGET_LEMMAS:
                if not (
                    reading.lemma == "suunnitelma"
                    and reading.case == "genitive"
                    and k + 1 < len(words)
                    and words[k + 1].token.lower == "mukaan"
                ):
                    continue
                return True
            if reading.word_class != "noun" or reading.case in (
                "nominative",
                "essive",
                "translative",
            ):
                return True
    return False


def _mark_mixed_totals(claims: list[dict], previous: list[dict]) -> None:
    """A people total that adds the parts given just before it, of different kinds (50
    clients and 19 staff, "yhteensä 69"), is a mixed total, never a count of participants."""
    people = [
        c for c in [*previous, *claims] if c["unit"] in PEOPLE_UNITS and c["value"] is not None
    ]
    mine = {id(c) for c in claims}
    for i, claim in enumerate(people):
        if id(claim) not in mine:
            continue
        # the twelve people counts either side: a sentence rarely lists more parts, and the
        # work per number stays bounded however long the text
        near = people[max(0, i - 12) : i] + people[i + 1 : i + 13]
        parts = [p for p in near if p["value"] < claim["value"]]
        for size in (2, 3):
            for combo in itertools.combinations(parts, size):
                kinds = {p["counts"] for p in combo}
                if sum(p["value"] for p in combo) == claim["value"] and len(kinds) > 1:
                    claim["counts"] = "mixed_total"
                    break


# --- targets versus outcomes ----------------------------------------------------------------

# a count of one year only ("Vuonna 2020 osallistujia oli 54") is no total
_TAKING_PART = re.compile(r"\b(?:aloitti|aloittivat|osallistui|osallistuivat|suoritti)\b")
_TOTAL = re.compile(r"\b(?:yhteensä|kaikkiaan|kokonaismäärä\w*)\b", re.I)
OUTCOME_COLUMNS = [
    "project_code",
    "indicator",
    "planned",
    "realised_reported",
    "realised_from_text",
    "achievement",
    "status",
    "evidence",
    "source",
    "realised_parts",
    "statement",
    "fingerprint",
]


def outcomes(indicators: pd.DataFrame, claims: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """``participant_outcomes``: per project and indicator, planned against realised, the
    realised figure from the monitoring data or else from the final report, with its evidence
    and any sentence that says how the targets went."""
    rows = []
    esf = indicators[indicators["indicator"].isin(["enterprises", "persons"])]
    # each table split by project once: searching it per project costs N² at scale
    claims_of = dict(tuple(claims.groupby("project_code", sort=False)))
    texts_of = dict(tuple(texts.groupby("project_code", sort=False)))
    for item in esf.itertuples(index=False):
        planned = _int_or_none(item.planned)
        reported = _int_or_none(item.realised)
        from_text = evidence = parts = statement = None
        source = "indicator" if reported is not None else None
        share = None
        verdict = None
        if item.indicator == "persons":
            mine = claims_of.get(item.project_code, claims.iloc[:0])
            found = text_outcome(mine, item.project_code)
            if found is not None:
                from_text, evidence, parts = found.value, found.sentence, found.parts
            own_texts = texts_of.get(item.project_code, texts.iloc[:0])
            said = target_statement(own_texts, mine, item.project_code)
            if said is not None:
                verdict, statement, share = said
        realised = reported if reported is not None else from_text
        if reported is None and from_text is not None:
            source = "text_total"
        achievement = round(realised / planned, 4) if realised is not None and planned else None
        status = _status(planned, realised)
        if status == "not_reported" and share is not None:
            achievement, source = round(share, 4), "text_share"
            status = "exceeded" if share > 1 else "met" if share == 1 else "not_met"
            evidence = statement
        elif status == "not_reported" and verdict is not None:
            status, source, evidence = verdict, "text_qualitative", statement
        rows.append(
            {
                "project_code": item.project_code,
                "indicator": item.indicator,
                "planned": planned,
                "realised_reported": reported,
                "realised_from_text": from_text,
                "achievement": achievement,
                "status": status,
                "evidence": evidence,
                "source": source,
                "realised_parts": parts,
                "statement": statement,
            }
        )
    frame = pd.DataFrame(rows, columns=OUTCOME_COLUMNS)
    frame["fingerprint"] = [outcome_fingerprint(r) for r in frame.to_dict("records")]
    return frame


def outcome_fingerprint(row: dict) -> str:
    """What a reviewer saw when deciding: the figures and the quoted sentences. A review whose
    fingerprint no longer matches was made on another reading and is not applied."""

    def shown(name: str) -> str:
        value = row.get(name)
        if value is None or pd.isna(value):
            return ""
        if isinstance(value, int | float):  # 60 and 60.0 alike, whatever the column's dtype
            return f"{float(value):g}"
        return str(value)

    seen = "|".join(
        shown(name)
        for name in ("planned", "realised_reported", "realised_from_text", "status", "evidence")
    )
    return hashlib.sha256(seen.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class TextOutcome:
    value: int
    sentence: str
    parts: str | None


def text_outcome(claims: pd.DataFrame, project_code: str) -> TextOutcome | None:
    """The number of target-group participants the final report says were reached: a total
    if one is given ("yhteensä 480 henkilöä"), else the only such figure; None when several
    figures could each be it. A total that mixes clients and staff gives its participant part,
    and the parts are shown."""
    mine = claims[(claims["project_code"] == project_code) & (claims["section"] == "final_report")]
    people = mine[mine["unit"].isin(PEOPLE_UNITS) & mine["value"].notna()]
    results = people[
        (people["counts"] == "participants")
        & ~people["is_target"].astype(bool)
        & (people["value"] >= 1)
        & ~_sentence_has(people, _ONE_YEAR)
    ]
    candidates = results[~results["relation"].isin(["group", "shared"])]
    if candidates.empty:  # "ilmoittautui 74 henkilöä, joista koulutuksen aloitti 58"
        candidates = results[
            (results["relation"] == "group") & _sentence_has(results, _TAKING_PART)
        ]
    if candidates.empty:
        return None
    totals = candidates[(candidates["qualifier"] == "yhteensä") | _sentence_has(candidates, _TOTAL)]
    if not totals.empty:
        chosen = totals.sort_values(["value", "sentence_index"], ascending=[False, True]).iloc[0]
    elif candidates["value"].nunique() == 1:
        chosen = candidates.sort_values("sentence_index").iloc[0]
    else:
        return None
    parts = _parts_of(people, chosen)
    return TextOutcome(int(chosen["value"]), chosen["sentence"], parts)


def _parts_of(people: pd.DataFrame, chosen: pd.Series) -> str | None:
    """The other people figures of the chosen sentence and of a mixed total next to it:
    "50 asiakasta: participants; 19 työntekijää: staff; 69 (mixed_total)"."""
    near = people[
        (people["sentence_index"] - chosen["sentence_index"]).abs().le(1)
        & (
            (people["sentence_index"] == chosen["sentence_index"])
            | (people["counts"] == "mixed_total")
        )
    ]
    if len(near) < 2:
        return None
    return "; ".join(
        f"{r.number_text} {r.counted_word or ''}".strip() + f": {r.counts}"
        for r in near.sort_values(["sentence_index", "start"]).itertuples()
    )


def target_statement(
    texts: pd.DataFrame, claims: pd.DataFrame, project_code: str
) -> tuple[str, str, float | None] | None:
    """A final-report sentence on how the participant targets went: (status, sentence,
    share of the target where a percentage is given). "Hanke ylitti sille asetut määrälliset
    tavoitteet osallistuvien henkilöiden osalta" → exceeded; "Osallistujatavoitteesta
    saavutettiin 85 prosenttia" → not_met, 0.85; "tavoitetta ei saavutettu" → not_met."""
    final = texts[(texts["project_code"] == project_code) & (texts["section"] == "final_report")]
    for item in final.itertuples(index=False):
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())
            found = read_statement(words)
            if found is not None:
                return (*found[:1], words, found[1])
    return None


def read_statement(sentence: str) -> tuple[str, float | None] | None:
    """(status, share) when the sentence says how the participant targets went."""
    clauses = split_clauses(sentence)
    lemmas = {lemma for clause in clauses for lemma in clause.lemmas}
    if not lemmas & _TARGET_NOUNS and not any(lemma.endswith("tavoite") for lemma in lemmas):
        return None
    if not lemmas & _PEOPLE_CUES and not any(
        lemma.startswith(("osallistuja", "henkilö", "asiakas"))
        or ((entry := unit_of_lemma(lemma)) is not None and entry.unit in PEOPLE_UNITS)
        for lemma in lemmas
    ):
        return None
    share = None
    for number in read_numbers(sentence):
        if number.excluded is None and number.is_percent and number.value is not None:
            share = number.value / 100
    for clause in clauses:
        negated = bool(clause.lemmas & _NEGATIONS)
        if clause.lemmas & _EXCEEDED:
            return ("not_met" if negated else "exceeded"), share
        if clause.lemmas & _SHORT:
            return "not_met", share
        if clause.lemmas & _MET:
            if negated:
                return "not_met", share
            if share is not None:
                return ("exceeded" if share > 1 else "met" if share == 1 else "not_met"), share
            return "met", share
    return None


def confirm(outcome: pd.DataFrame, reviews: Reviews) -> tuple[pd.DataFrame, list[ReviewIssue]]:
    """The evaluator's decisions applied: ``review_status`` and the confirmed figures that
    findings may use. accept takes the machine's figure and status; correct takes the
    reviewer's count (or status); reject leaves nothing confirmed."""
    rows = outcome.to_dict("records")
    decisions, issues = match(rows, "participant_outcomes", reviews)
    for row, decision in zip(rows, decisions, strict=True):
        row.update(
            review_status="unconfirmed",
            realised_confirmed=None,
            status_confirmed=None,
            achievement_confirmed=None,
        )
        if decision is None:
            continue
        planned = _int_or_none(row["planned"])
        if decision.decision == "accept":
            realised = _int_or_none(row["realised_reported"])
            if realised is None:
                realised = _int_or_none(row["realised_from_text"])
            row.update(
                review_status="accepted",
                realised_confirmed=realised,
                status_confirmed=row["status"],
                achievement_confirmed=row["achievement"],
            )
        elif decision.decision == "reject":
            row["review_status"] = "rejected"
        elif decision.correction.isdigit():
            value = int(decision.correction)
            row.update(
                review_status="corrected",
                realised_confirmed=value,
                status_confirmed=_status(planned, value),
                achievement_confirmed=round(value / planned, 4) if planned else None,
            )
        else:
            row.update(review_status="corrected", status_confirmed=decision.correction)
    return pd.DataFrame(rows, columns=[*OUTCOME_COLUMNS, *REVIEW_COLUMNS]), issues


REVIEW_COLUMNS = [
    "review_status",
    "realised_confirmed",
    "status_confirmed",
    "achievement_confirmed",
]


def _status(planned: int | None, realised: int | None) -> str:
    if not planned:
        return "no_target"
    if realised is None:
        return "not_reported"
    if realised > planned:
        return "exceeded"
    return "met" if realised == planned else "not_met"


def _int_or_none(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def cost_per_participant(outcome: pd.DataFrame, realisation: pd.DataFrame) -> pd.DataFrame:
    """Realised public funding ÷ confirmed realised persons, where both are known. Only
    figures an evaluator confirmed count (``realised_confirmed``)."""
    persons = outcome[outcome["indicator"] == "persons"].copy()
    persons["realised"] = persons["realised_confirmed"]
    merged = persons.merge(realisation[["project_code", "realised_public_eur"]], on="project_code")
    merged = merged[
        merged["realised"].notna()
        & (merged["realised"] > 0)
        & merged["realised_public_eur"].notna()
    ]
    merged["cost_per_participant_eur"] = (merged["realised_public_eur"] / merged["realised"]).round(
        0
    )
    return merged[
        ["project_code", "realised", "source", "realised_public_eur", "cost_per_participant_eur"]
    ]


def regional_distribution(claims: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Planned shares against realised counts by region (maakunta), where the texts state
    both: a fraction next to a region's name in a target section, a count next to it in the
    final report."""
    rows = []
    regions = areas[areas["level"] == "maakunta"]
    for code, mine in claims.groupby("project_code"):
        names = regions.loc[regions["project_code"] == code, "name"].tolist()
        planned, realised = {}, {}
        for claim in mine.itertuples(index=False):
            region = _region_after(claim.sentence, claim.end, names)
            if region is None or claim.value is None or pd.isna(claim.value):
                continue
            if claim.stage == "target" and claim.value < 1:
                planned.setdefault(region, (claim.value, claim.sentence))
            elif claim.stage == "outcome" and claim.value >= 1:
                realised.setdefault(region, (claim.value, claim.sentence))
        if planned and realised:
            total = sum(v for v, _ in realised.values())
            for region in names:
                share = planned.get(region, (None, None))[0]
                count = realised.get(region, (None, None))[0]
                rows.append(
                    {
                        "project_code": code,
                        "region": region,
                        "planned_share": round(share, 3) if share is not None else None,
                        "realised_count": count,
                        "realised_share": round(count / total, 3) if count is not None else None,
                    }
                )
    return pd.DataFrame(
        rows,
        columns=["project_code", "region", "planned_share", "realised_count", "realised_share"],
    )


def _region_after(sentence: str, end: int, names: list[str]) -> str | None:
    """The region named within a few words after a number ("1/5 Lapin alueelta", "65 asui
    Pohjois-Pohjanmaalla")."""
    window = sentence[end : end + 40]
    found = []
    for name in names:
        match = re.search(rf"\b{re.escape(name[: max(3, len(name) - 2)])}", window)
        if match:
            found.append((match.start(), name))
    return min(found)[1] if found else None


def unmeasured(outcome: pd.DataFrame, lang: str) -> list[str]:
    """A plain statement per indicator that could not be measured, and why."""
    from analyysi.catalogue import text, value_label

    return [
        text(
            "participants.unmeasured_row",
            lang,
            project_code=row.project_code,
            indicator=value_label(row.indicator, lang),
            reason=text(f"participants.reason.{row.status}", lang),
        )
        for row in outcome.itertuples()
        if row.status in ("not_reported", "no_target")
    ]


@dataclass(frozen=True)
class Findings:
    """What the participants report may state as findings: confirmed figures only."""

    targets: int  # projects with a participant target
    confirmed: int  # of them, with an evaluator's accepted or corrected reading
    reached: int  # confirmed met or exceeded
    short: int  # confirmed not met
    waiting: int  # machine readings no one has decided on yet
    rejected: int


def findings(outcome: pd.DataFrame) -> Findings:
    persons = outcome[(outcome["indicator"] == "persons") & (outcome["status"] != "no_target")]
    confirmed = persons[persons["review_status"].isin(["accepted", "corrected"])]
    return Findings(
        targets=len(persons),
        confirmed=len(confirmed),
        reached=int(confirmed["status_confirmed"].isin(["met", "exceeded"]).sum()),
        short=int((confirmed["status_confirmed"] == "not_met").sum()),
        waiting=int((persons["review_status"] == "unconfirmed").sum()),
        rejected=int((persons["review_status"] == "rejected").sum()),
    )


def describe_parts(parts: str | None, lang: str) -> str | None:
    """``realised_parts`` for a reader: each number as written, with what it counts in words
    ("50 asiakasta (osallistujat); 19 työntekijää (henkilöstö)")."""
    from analyysi.catalogue import value_label

    if parts is None or pd.isna(parts) or not str(parts).strip():
        return None
    shown = []
    for part in str(parts).split("; "):
        words, _, counts = part.rpartition(": ")
        shown.append(f"{words} ({value_label(counts, lang)})" if words else part)
    return "; ".join(shown)


def shown_outcomes(outcome: pd.DataFrame) -> pd.DataFrame:
    """``participant_outcomes`` as a report shows it: without the quoted text (shown apart)
    and with no review status where nothing awaits a decision (no target, no decision)."""
    shown = outcome.drop(columns=["evidence", "realised_parts", "statement", "fingerprint"])
    idle = (shown["status"] == "no_target") & (shown["review_status"] == "unconfirmed")
    shown["review_status"] = shown["review_status"].astype(object).where(~idle, None)
    return shown


def coverage(outcome: pd.DataFrame, projects: pd.DataFrame):
    """Projects with a participant section (7.2) are covered; the others are named. Those
    without a final report can show only the monitoring figure (listed too, as a note)."""
    from analyysi.analyses.funding import Coverage

    with_target = set(outcome.loc[outcome["indicator"] == "persons", "project_code"])
    rows = [
        {"project_code": code, "reason": "no_participant_section"}
        for code in projects["project_code"]
        if code not in with_target
    ]
    left_out = pd.DataFrame(rows, columns=["project_code", "reason"])
    return Coverage(len(projects) - len(left_out), len(projects), left_out)
