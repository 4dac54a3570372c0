"""COVID-era adaptations: the pandemic timeline, and sentence evidence of how projects
changed their own delivery.

``covid_era`` is the one definition of a project's COVID cohort, used by the funding
breakdowns and the COVID analysis alike.

A sentence is put in categories by the reviewable lexicon ``data/reference/covid_lexicon_fi.csv``
(``analyysi.text.lexicon``), with negation scoped to the clause and the verb it negates ("ei
voitu järjestää" is a cancellation, "Etätoteutusta ei tarvittu" is nothing). It shows an
adaptation of the project only when the change is tied to the pandemic — pandemic words in the
same or an adjacent sentence, or the change dated within 2020–2022 in a project that ran then
— and when it is about the project, not the sector or other organisations. Plans and
target-group descriptions are context, unless they record a change made because of the
pandemic.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analyysi import config
from analyysi.review.decisions import ReviewIssue, Reviews, match
from analyysi.text.clauses import Clause, split_clauses
from analyysi.text.lexicon import Lexicon, find_terms
from analyysi.text.morphology import analyse
from analyysi.text.sentences import split_sentences

PANDEMIC_START = pd.Timestamp("2020-03-16")  # first state of emergency in Finland
PANDEMIC_END = pd.Timestamp("2022-02-28")  # restrictions lifted 1.3.2022
ERAS = ("pre_covid", "exposed", "covid_born", "post_covid")


def covid_era(start: pd.Series, end: pd.Series) -> pd.Series:
    """pre_covid: ended before 2020-03-16; exposed: started before and ran past it;
    covid_born: started 2020-03-16 – 2022-02-28; post_covid: started later. Empty where a
    date is missing."""
    era = pd.Series(pd.NA, index=start.index, dtype="string")
    known = start.notna() & end.notna()
    era[known & (end < PANDEMIC_START)] = "pre_covid"
    era[known & (start < PANDEMIC_START) & (end >= PANDEMIC_START)] = "exposed"
    era[known & (start >= PANDEMIC_START) & (start <= PANDEMIC_END)] = "covid_born"
    era[known & (start > PANDEMIC_END)] = "post_covid"
    return era


def ran_in_pandemic(start: pd.Series, end: pd.Series) -> pd.Series:
    """Whether a planned period overlaps the pandemic period."""
    return (start <= PANDEMIC_END) & (end >= PANDEMIC_START)


# --- reference data ---------------------------------------------------------------------

REFERENCE = config.REFERENCE
TIMELINE = REFERENCE / "covid_timeline_fi.csv"
LEXICON = REFERENCE / "covid_lexicon_fi.csv"
CATEGORIES = (
    "pandemic_context",
    "remote_delivery",
    "hybrid",
    "cancelled_or_blocked",
    "postponed_or_extended",
    "substitution",
    "reach_change",
    "new_target_or_content",
)


def load_timeline(path: Path = TIMELINE) -> pd.DataFrame:
    """The reference timeline; a period without an end lasts to the end of the pandemic."""
    timeline = pd.read_csv(path, dtype=str, keep_default_na=False)
    timeline["start"] = pd.to_datetime(timeline["start"])
    timeline["end"] = pd.to_datetime(timeline["end"].replace("", None)).fillna(PANDEMIC_END)
    timeline["counts_as_restriction"] = timeline["counts_as_restriction"] == "true"
    return timeline


def load_lexicon(path: Path = LEXICON) -> Lexicon:
    """The lexicon of ``path``: one object while the file is unchanged, so that a sentence
    classified once (``classify`` caches by sentence and lexicon) is not classified again
    when ``project_summary`` reads the sentences ``sentence_evidence`` has read."""
    stat = path.stat()
    return _lexicon(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _lexicon(path: Path, stamp: int, size: int) -> Lexicon:
    return Lexicon(path)


# --- exposure on the timeline -------------------------------------------------------------


def days_within(
    start: pd.Timestamp, end: pd.Timestamp, periods: list[tuple[pd.Timestamp, pd.Timestamp]]
) -> int:
    """Days of start..end (both included) that fall inside any of the periods."""
    if pd.isna(start) or pd.isna(end) or end < start:
        return 0
    inside = set()
    for low, high in periods:
        first, last = max(start, low), min(end, high)
        if first <= last:
            inside.update(pd.date_range(first, last, freq="D"))
    return len(inside)


def exposure(projects: pd.DataFrame, timeline: pd.DataFrame) -> pd.DataFrame:
    """Per project: era, days within the states of emergency, share of planned days within
    restriction periods."""
    emergencies = [
        (r.start, r.end) for r in timeline.itertuples() if r.kind == "state_of_emergency"
    ]
    restrictions = [(r.start, r.end) for r in timeline.itertuples() if r.counts_as_restriction]
    rows = []
    for p in projects.itertuples(index=False):
        planned = (
            (p.planned_end - p.planned_start).days + 1
            if pd.notna(p.planned_start) and pd.notna(p.planned_end)
            else None
        )
        restricted = days_within(p.planned_start, p.planned_end, restrictions)
        rows.append(
            {
                "project_code": p.project_code,
                "emergency_overlap_days": days_within(p.planned_start, p.planned_end, emergencies)
                if planned
                else None,
                "restriction_share": round(restricted / planned, 4)
                if planned and planned > 0
                else None,
            }
        )
    out = pd.DataFrame(
        rows, columns=["project_code", "emergency_overlap_days", "restriction_share"]
    )
    out.insert(1, "era", covid_era(projects["planned_start"], projects["planned_end"]).to_numpy())
    return out


# --- sentence evidence --------------------------------------------------------------------

CHANGES = CATEGORIES[1:]  # all but pandemic_context
# Verbs that, negated, say something could not be done ("ei voitu", "emme päässeet"), and
# "ei toteutunut" (did not take place).
_BLOCKED = {"voida", "pystyä", "saada", "onnistua", "päästä", "kyetä", "ehtiä", "toteutua"}
_NEGATION_WORDS = {"ei", "emme", "eivät", "en", "et", "ette", "eikä", "eivätkä", "emmekä"}
_EVENTS = {
    "tapahtuma",
    "festivaali",
    "konsertti",
    "kokous",
    "juhla",
    "leiri",
    "kilpailu",
    "ottelu",
    "näyttely",
    "seminaari",
    "messut",
    "matka",
    "retki",
    "esitys",
    "ensi-ilta",
    "vuosikokous",
    "syyskokous",
    "kevätkokous",
}
_MOVE_VERBS = {"siirtää", "siirtyä", "viedä"}  # "kursseja vietäessä verkkoon"
_LATER = {
    "syksy",
    "kevät",
    "kesä",
    "talvi",
    "vuosi",
    "lukuvuosi",
    "kausi",
    "myöhä",
    "myöhempi",
    "tuleva",
    "seuraava",
    "ensi",
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
    "päättymispäivä",
    "loppu",
    "kuukausi",
    "viikko",
}
# Others than the project: a change they made is no adaptation of the project.
_OTHERS = {
    "järjestö",
    "organisaatio",
    "toimija",
    "kunta",
    "kaupunki",
    "yritys",
    "oppilaitos",
    "koulu",
    "yliopisto",
    "kela",
    "viranomainen",
    "työnantaja",
    "yhteiskunta",
    "ala",
    "sektori",
    "toimiala",
    "harrastustoiminta",
    "matkailuala",
    "matkailija",
    "kuluttaja",
    "kansalainen",
    "väestö",
}
_SECTOR_WORDS = {
    "suurin",
    "valtaosa",
    "monet",
    "moni",
    "useat",
    "kaikkialla",
    "valtakunnallisesti",
    "yleistyä",
}
_PROJECT_WORDS = {"hanke", "projekti", "me", "hankkeemme", "toimintamme"}
_OPINION_VERBS = {"sopia", "vaikuttaa", "haitata", "häiritä", "riittää", "tuntua"}
_NEGATIVE_TERM = re.compile(r"(?:^|\s)(?:ei|eivät)(?:\s|$)")
_SUBORDINATORS = {
    "koska",
    "sillä",
    "jos",
    "vaikka",
    # the forms of the relative pronoun "joka"
    "joka",
    "jotka",
    "jonka",
    "joiden",
    "jota",
    "joita",
    "jossa",
    "joissa",
    "josta",
    "joista",
    "johon",
    "joihin",
    "jolla",
    "joilla",
    "jolta",
    "joilta",
    "jolle",
    "joille",
    "jona",
    "joina",
}
_PAST_CHANGE = re.compile(r"(?:ttiin|tiin|ttu|tty|tettu|tetty)$")
_MONTHS_EARLY_2022 = ("tammikuu", "helmikuu", "alku", "alkuvuo")


@dataclass(frozen=True)
class Classified:
    categories: tuple[str, ...]
    matched_terms: tuple[str, ...]
    is_negated: bool  # something could not be done (a negated blocked verb)
    is_about_project: bool  # the change is the project's, not the sector's or others'
    delivery: frozenset[str]  # remote, face_to_face: how activities were delivered
    is_change_statement: bool  # a plan that records a change ("muutoshakemuksella …")
    is_dated: bool  # the sentence dates something within the pandemic (2020 – early 2022)
    has_own_cause: bool  # it gives another cause ("koska rakennustyöt viivästyivät")
    # no change made: "alun perin suunniteltu verkkokursseiksi", or only a future or
    # conditional plan ("tarvittaessa myös etänä", "jos tilanne vaatii", "pyrimme jatkamaan")
    is_original_plan: bool
    is_topic_only: bool  # remote services as the subject matter ("kerätä etäpalvelut")
    # … also when no verb says so either way (a title, a list item): how a project delivered
    # is read only from sentences that say it
    is_topic_only_strict: bool = False


def classify(sentence: str, lexicon: Lexicon) -> Classified:
    """The categories of one sentence and what they rest on."""
    return _classify(sentence, lexicon)


@functools.lru_cache(maxsize=20_000)
def _classify(sentence: str, lexicon: Lexicon) -> Classified:
    clauses = split_clauses(sentence)
    hits = find_terms(clauses, lexicon)
    negated_verbs = {c: _negated_lemma(clause) for c, clause in enumerate(clauses)}
    negated = {c for c, clause in enumerate(clauses) if _negation(clause)}
    # "Verkossa opiskelu ei sopinut kaikille": an opinion negated, the remote study happened
    undone = {c for c in negated if not negated_verbs[c] & _OPINION_VERBS}
    without = _without(clauses)  # "ilman jatkoaikaa": the words right after "ilman"
    main = {c for c, clause in enumerate(clauses) if not _subordinate(clause)}
    # "koska aamiaisia ei voitu pitää": an impersonal cause still tells of a cancellation
    main |= {
        c
        for c, clause in enumerate(clauses)
        if clause.words
        and clause.words[0].token.lower in ("koska", "sillä")
        and any(w.token.lower == "ei" for w in clause.words)
    }
    # "emme pystyneet", "ei voitu järjestää"; not "he eivät pysty hyödyntämään" (the target
    # group's own limits)
    replacing = {h.clause for h in hits if h.category == "substitution"}
    blocked = {  # not "webinaareilla ei pysty korvaamaan …": a replacement that fell short
        c
        for c in negated & main
        if negated_verbs[c] & _BLOCKED and "he" not in clauses[c].lemmas and c not in replacing
    }
    failed_reach = {c for c in negated if "tavoittaa" in negated_verbs[c]}
    found: dict[str, list[str]] = {}
    for hit in hits:
        keeps = hit.category in ("pandemic_context", "negation") or _NEGATIVE_TERM.search(
            hit.pattern
        )  # "jotka eivät olleet aiemmin osallistuneet" says so with its negation
        if (hit.clause in undone or (hit.clause, hit.first) in without) and not keeps:
            continue  # "Etätoteutusta ei tarvittu", "ilman jatkoaikaa": it did not happen
        found.setdefault(hit.category, []).append(hit.text)
    # "tapahtumia ei pidetty koronan vuoksi": an event not held, when the pandemic is named
    if "pandemic_context" in found:
        blocked |= {
            c
            for c in negated & main
            if (
                negated_verbs[c] & _HELD
                # "kokoontumisia ei ollut": no activity was held
                or ("olla" in negated_verbs[c] and clauses[c].lemmas & _ACTIVITIES)
            )
            and "he" not in clauses[c].lemmas
            and c not in replacing
            and c not in without_clauses(without)
        }
    if blocked:
        found.setdefault("cancelled_or_blocked", []).append(_negated_words(clauses, blocked))
    counted = _counted_change(clauses, undone)
    if counted:  # "kävijöitä tuli vähemmän", "osallistujamäärät laskivat"
        found.setdefault("reach_change", []).append(counted)
    started = _started_service(clauses) if "pandemic_context" in found else None
    if started:  # "koronan vuoksi käynnistettiin asiointiapu": a new service for the pandemic
        found.setdefault("new_target_or_content", []).append(started)
    capped = _capped(clauses) if "pandemic_context" in found else None
    if capped:  # "koronan vuoksi enintään 10 henkeä kerrallaan": a cap on who can come
        found.setdefault("reach_change", []).append(capped)
    if failed_reach:
        found.setdefault("reach_change", []).append(_negated_words(clauses, failed_reach))
    _moves(clauses, undone, found, lexicon)
    if _not_but_remote(clauses, negated, lexicon):
        found.setdefault("substitution", []).append("ei … vaan")
    if "substitution" in found and _in_contrast(clauses, hits):
        del found["substitution"]  # "Nuorten osallistuminen sen sijaan vilkastui": in contrast
    also = [h for h in hits if h.category == "hybrid" and h.pattern.startswith("myös")]
    if (
        found.get("hybrid")
        and also
        and all(t.lower().startswith("myös") for t in found["hybrid"])
        and "face_to_face" not in found
        and any(h.category == "remote_delivery" and h.clause != also[0].clause for h in hits)
    ):
        del found["hybrid"]  # "verkossa, ja yksilöohjausta myös puhelimitse": both remote
    forced = any("joutua" in clause.lemmas for clause in clauses)
    lower = sentence.lower()
    compared = any(w in lower for w in (" kuin ", "verrattuna", "ylitti"))
    if "remote_delivery" in found and "hybrid" not in found and _both_parts(clauses):
        found["hybrid"] = ["osa … osa"]  # "osa luokassa, osa seurasi kotoa käsin"
    if (
        "face_to_face" in found
        and "remote_delivery" in found
        and "substitution" not in found
        and not compared
    ):
        if forced:  # "lähipäivät jouduttiin pitämään etänä": one replaced the other
            found.setdefault("substitution", []).extend(found["face_to_face"])
        else:
            found.setdefault("hybrid", []).extend(found["face_to_face"])
    categories = tuple(c for c in CATEGORIES if c in found)
    helpers = ("face_to_face", "negation")
    terms = tuple(dict.fromkeys(t for c in (*CATEGORIES, *helpers) if c in found for t in found[c]))
    lemmas = {lemma for clause in clauses for lemma in clause.lemmas}
    delivery = _delivered(found, lemmas, clauses)
    change = any(
        _PAST_CHANGE.search(word.token.lower) and word.has_class("verb")
        for clause in clauses
        for word in clause.words
    ) or any(lemma.startswith("muutoshakemu") for lemma in lemmas)
    causal = lemmas & {"koska", "vuoksi", "takia", "johdosta", "syystä", "sillä"}
    original = (
        "alun perin" in lower or bool(re.search(r"alusta (?:alkaen|lähtien|asti)", lower))
    ) and not found.keys() & {"substitution", "cancelled_or_blocked", "postponed_or_extended"}
    original = original or _only_planned(clauses, hits)
    # a postponement to a date in 2022 was decided while the pandemic lasted
    dated = _is_dated(lower) or (
        "postponed_or_extended" in found and bool(re.search(r"\b2022\b", lower))
    )
    return Classified(
        categories,
        terms if categories else (),
        bool(blocked),
        _about_project(clauses, hits),
        delivery,
        change,
        dated,
        bool(causal) and "pandemic_context" not in found,
        original,
        _topic_only(clauses, hits, found),
        _topic_only(clauses, hits, found, strict=True),
    )


# What remote services are as a subject matter, not a way of working: "etäpalvelut",
# "etäpalvelutarjotin", "etäyhteysalusta", "verkkopalvelu", "etätoiminta".
_TOPIC_HEADS = {"palvelu", "tarjotin", "alusta", "sivusto", "portaali", "toiminta", "toiminto"}
_TOPIC_STEMS = ("palvelu", "tarjot", "alust", "sivusto", "portaal", "toimin")
# Places people come to: "neuvontapalvelupisteessä" (not an "etäpiste")
_IN_PERSON_HEADS = {"piste", "toimipiste", "palvelupiste", "neuvontapiste"}


def _delivered(
    found: dict[str, list[str]], lemmas: set[str], clauses: list[Clause]
) -> frozenset[str]:
    """How the sentence says activities were delivered: remote, face_to_face. Remote words
    that name a subject matter (remote services, platforms) or a skill taught ("koulutusta
    etäopetukseen", "esiintymiseen etäyhteyksissä") say nothing of it, nor does a goal
    ("tavoitteena oli kerätä etäpalvelut")."""
    if lemmas & {"tavoite", "tavoitteena", "tarkoitus"}:
        return frozenset()
    skills = _skill_words(clauses)
    forms = set()
    for category, kind in (
        ("remote_delivery", "remote"),
        ("hybrid", "remote"),
        ("face_to_face", "face_to_face"),
        ("hybrid", "face_to_face"),
    ):
        for words in found.get(category, ()):
            last = words.split()[-1].strip("-").lower() if words.split() else ""
            if not _names_topic(last) and last not in skills:
                forms.add(kind)
    for lemma in lemmas:
        if any(lemma.endswith(h) for h in _IN_PERSON_HEADS) and not lemma.startswith("etä"):
            forms.add("face_to_face")
    return frozenset(forms)


def _skill_words(clauses: list[Clause]) -> set[str]:
    """Words (lower case) that name what is learnt or aimed at rather than how: an action
    noun in the illative ("koulutusta etäopetukseen"; not "siirrettiin verkkoon"), or a word
    right after one ("esiintymiseen etäyhteyksissä")."""
    skills = set()
    for clause in clauses:
        previous = None
        for word in clause.words:
            if word.readings and all(
                r.case == "illative" and r.head.endswith(_ACTION_ENDINGS) for r in word.readings
            ):
                skills.add(word.token.lower)
            if previous is not None and any(
                r.case == "illative" and r.lemma.endswith("minen") for r in previous.readings
            ):
                skills.add(word.token.lower)
            previous = word
    return skills


_ACTION_ENDINGS = ("minen", "us", "ys", "ly", "ely", "nta", "ntä", "nti")


def _names_topic(last: str) -> bool:
    readings = analyse(last)
    if readings:
        return any(r.head in _TOPIC_HEADS or r.lemma in _TOPIC_HEADS for r in readings)
    # a compound Voikko does not know ("tietosuojaetäpalveluissa"): by its letters
    return any(stem in last for stem in _TOPIC_STEMS)


# Verbs that make remote services the subject matter, not the way the project worked.
_TOPIC_VERBS = {
    "kehittää",
    "kerätä",
    "kartoittaa",
    "löytyä",
    "löytää",
    "koota",
    "markkinoida",
    "esitellä",
    "valita",
    "vertailla",
    "selvittää",
    "tutkia",
    "mallintaa",
    "tuotteistaa",
    "hankkia",
    "ilmoittaa",
    "kehittäminen",
    "idea",
    "tavoite",
    "opettaa",
    "oppia",
    "valmis",
    "valmius",
    "osaaminen",
}
_DELIVERY_VERBS = {
    "pitää",
    "järjestää",
    "toteuttaa",
    "tarjota",
    "antaa",
    "siirtää",
    "siirtyä",
    "jatkaa",
    "käydä",
    "kokoontua",
    "osallistua",
    "seurata",
    "korvata",
    "hoitaa",
    "ohjata",
    "neuvoa",
}


def _topic_only(clauses: list[Clause], hits: list, found: dict, strict: bool = False) -> bool:
    """Remote delivery only as the subject matter: remote services or tools developed,
    collected, mapped or found ("kerätä järjestöjen etäpalvelut", "kartoitettiin
    etäyhteysalustoja", a title "Järjestöjen etäpalvelut käyttöön"), never in a clause whose
    finite verb delivers something ("pidettiin verkko webinaareja")."""
    changes = [h for h in hits if h.category in CHANGES]
    if not changes or not any(h.category in ("remote_delivery", "hybrid") for h in changes):
        return False
    for hit in changes:
        clause = clauses[hit.clause]
        finite = {  # words that can only be finite verbs ("ajan" may be "aika", not "ajaa")
            r.lemma
            for w in clause.words
            if w.readings and all(r.word_class == "verb" and r.mood for r in w.readings)
            for r in w.readings
        }
        if finite & _DELIVERY_VERBS:
            return False
        # "etänä järjestetyssä marttaillassa": a participle of delivering
        if any(
            r.verb in _DELIVERY_VERBS and (r.participle or "").startswith("past")
            for w in clause.words
            for r in w.readings
        ):
            return False
        if finite and not clause.lemmas & _TOPIC_VERBS:
            return False
        skills = any(c.lemmas & _TOPIC_VERBS for c in clauses)  # "valmiimpia toteuttamaan"
        if not (finite or strict or skills):
            last = hit.text.split()[-1].strip("-").lower() if hit.text.split() else ""
            if not _names_topic(last):
                return False  # no verb at all, and the remote word names no service
    return True


# Words that make a clause a condition or an intention, not a change made: "tarvittaessa
# myös etänä", "jos pandemiatilanne vaatii", "pyrimme jatkamaan hybridimallilla"
_CONDITIONAL_WORDS = {"tarvittaessa", "jos", "mikäli", "mahdollisesti", "tarpeen"}
_INTENT_FORMS = {"pyritään", "pyrimme", "aiomme", "aiotaan", "suunnitellaan", "tullaan"}


def without_clauses(without: set[tuple[int, int]]) -> set[int]:
    return {c for c, _ in without}


# Verbs of holding something: negated, with the pandemic named, an event was not held.
_HELD = {"järjestää", "pitää", "toteuttaa", "kokoontua", "järjestyä"}
_ACTIVITIES = {
    "toiminta",
    "tapahtuma",
    "tilaisuus",
    "kokoontuminen",
    "harjoitus",
    "kokous",
    "kurssi",
    "leiri",
    "kerho",
    "ilta",
    "retki",
    "konsertti",
    "esitys",
    "tapaaminen",
}
_CAPS = {"enintään", "korkeintaan", "maksimissaan", "max", "vain", "ainoastaan"}
# People as Finnish names them by derivation or as an audience, and their numbers
_PEOPLE_HEADS = {"asiakas", "yleisö", "kävijä", "jäsen", "ihminen", "ilmoittautuminen"}
_MORE_OR_FEWER = {
    "vähentyä",
    "vähentää",
    "vähetä",
    "laskea",
    "pudota",
    "romahtaa",
    "puolittua",
    "hiipua",
    "supistua",
    "kasvaa",
    "lisääntyä",
    "kaksinkertaistua",
    "vähemmän",
    "enemmän",
    "pienentyä",
    "pienentää",
    "kasvattaa",
    "supistaa",
    "kutistua",
    "rajoittaa",
    "moninkertaistua",
}


def _counted_change(clauses: list[Clause], undone: set[int]) -> str | None:
    """The number of people reached changed: the number of a word for people
    ("osallistujamäärä", "ilmoittautuneiden määrä") or people in the partitive plural
    ("kävijöitä tuli vähemmän") with a word of more or fewer in the same clause."""
    for c, clause in enumerate(clauses):
        if c in undone or not clause.lemmas & _MORE_OR_FEWER:
            continue
        previous = None
        for word in clause.words:
            for r in word.readings:
                parts = r.parts or (r.lemma,)
                number_of = parts[-1] == "määrä" and (
                    (len(parts) > 1 and _is_people(parts[-2]))
                    or (previous is not None and any(_is_people_word(p) for p in previous))
                )
                many = r.case == "partitive" and r.is_plural and _is_people_word(r)
                if number_of or many:
                    return word.token.text
            previous = word.readings
    return None


_START_VERBS = {"aloittaa", "käynnistää", "perustaa", "organisoida", "ryhtyä", "avata"}
_SERVICES = {"apu", "palvelu", "tuki", "linja", "puhelin", "neuvonta", "lähetys", "kampanja"}


def _started_service(clauses: list[Clause]) -> str | None:
    """A service started: a verb of starting and a word for help or a service in one clause
    ("aloitettiin kauppa-apu", "avattiin tukipuhelin", "organisoivat asiointiavun")."""
    for clause in clauses:
        verbs = {r.lemma for w in clause.words for r in w.readings if r.word_class == "verb"} | {
            r.verb for w in clause.words for r in w.readings if r.verb
        }
        if not verbs & _START_VERBS:
            continue
        for word in clause.words:
            if any(r.word_class == "noun" and r.head in _SERVICES for r in word.readings):
                return word.token.text
    return None


def _capped(clauses: list[Clause]) -> str | None:
    """A cap on the number of people: "enintään 10 henkeä", "vain kymmenen osallistujaa"
    (digits are no words of a clause: the cap word stands right before the noun)."""
    for clause in clauses:
        words = clause.words
        for k, word in enumerate(words[:-1]):
            if word.token.lower not in _CAPS:
                continue
            after = words[k + 1]
            if after.has_class("numeral") and k + 2 < len(words):
                after = words[k + 2]
            if any(r.lemma in ("henki", "henkilö") or _is_people_word(r) for r in after.readings):
                return f"{word.token.text} … {after.token.text}"
    return None


def _is_people_word(reading) -> bool:
    return reading.word_class in ("noun", "adjective") and (
        reading.derivation == "agent"
        or reading.head in _PEOPLE_HEADS
        or reading.participle == "past_active"
    )


def _is_people(lemma: str) -> bool:
    return lemma in _PEOPLE_HEADS or any(r.derivation == "agent" for r in analyse(lemma))


def _only_planned(clauses: list[Clause], hits: list) -> bool:
    """Every change of the sentence follows a condition or an intention in its clause."""
    changes = [h for h in hits if h.category in CHANGES]
    if not changes:
        return False
    for hit in changes:  # the condition comes before what it governs
        words = {w.token.lower for w in clauses[hit.clause].words[: hit.first + 1]}
        if not words & (_CONDITIONAL_WORDS | _INTENT_FORMS):
            return False
    return True


def _is_dated(lower: str) -> bool:
    """A date within the pandemic period: 2020 or 2021, or early 2022 ("tammikuussa 2022",
    "vuoden 2022 alussa"); "syksyllä 2022" is after it."""
    if re.search(r"\b202[01]\b|koronakevä|poikkeuskevä", lower):
        return True
    for year in re.finditer(r"\b2022\b", lower):
        around = lower[max(0, year.start() - 20) : year.end() + 10]
        if any(word in around for word in _MONTHS_EARLY_2022):
            return True
    return False


def _in_contrast(clauses: list[Clause], hits: list) -> bool:
    """ "sen sijaan" right after the subject, before any finite verb, means "in contrast"
    ("Videoyhteyksin toteutettuja jumppia sen sijaan kokeiltiin vain kahdessa"); at the start
    or after the verb it means "instead" ("Sen sijaan tehostettiin …", "Resurssit
    kohdennettiin sen sijaan …"). Only a substitution resting on "sen sijaan" alone goes."""
    subs = [h for h in hits if h.category == "substitution"]
    if not subs or any(h.pattern != "sijaan" for h in subs):
        return False
    for hit in subs:
        words = clauses[hit.clause].words
        if hit.first < 1 or words[hit.first - 1].token.lower != "sen":
            return False
        before = words[: hit.first - 1]
        if not before:
            return False  # "Sen sijaan tehostettiin …"
        if any(
            w.readings and all(r.word_class == "verb" and r.mood for r in w.readings)
            for w in before
        ):
            return False
    return True


def _without(clauses: list[Clause]) -> set[tuple[int, int]]:
    """(clause, word) positions of the two words after "ilman"."""
    found = set()
    for c, clause in enumerate(clauses):
        for i, word in enumerate(clause.words):
            if word.token.lower == "ilman":
                found |= {(c, i + 1), (c, i + 2)}
    return found


def _both_parts(clauses: list[Clause]) -> bool:
    """ "osa …, osa …": part one way, part the other."""
    return sum(w.token.lower == "osa" for c in clauses for w in c.words) >= 2


def _negation(clause: Clause) -> bool:
    return any(
        word.token.lower in _NEGATION_WORDS or word.has_class("negation") for word in clause.words
    )


def _negated_lemma(clause: Clause) -> set[str]:
    """The verb a negation negates: the next verb form after it, else the one just before it
    ("Etätoteutusta ei tarvittu", "ei voitu järjestää"); a participle gives its verb."""
    words = clause.words
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w.token.lower in _NEGATION_WORDS or w.has_class("negation")
        ),
        None,
    )
    if at is None:
        return set()
    around = [*words[at + 1 : at + 5], *reversed(words[max(0, at - 2) : at])]
    for word in around:
        verbs = {r.lemma for r in word.readings if r.word_class == "verb"}
        # "ei voitu", "emme päässeet"; not "saatavilla" (a present participle: available)
        verbs |= {
            r.verb for r in word.readings if r.verb and (r.participle or "").startswith("past")
        }
        if verbs - {"olla"}:  # "ei ole tavoittanut": the auxiliary is not what is negated
            return verbs - {"olla"}
    return {"olla"} if any(w.lemmas & {"olla"} for w in around) else set()


def _negated_words(clauses: list[Clause], which: set[int]) -> str:
    clause = clauses[min(which)]
    words = clause.words
    at = next(
        i
        for i, w in enumerate(words)
        if w.token.lower in _NEGATION_WORDS or w.has_class("negation")
    )
    return " ".join(w.token.text for w in words[at : at + 2])


def _moves(clauses: list[Clause], negated: set[int], found: dict, lexicon: Lexicon) -> None:
    """ "siirrettiin verkkoon" (moved online) is a substitution; "siirrettiin syksyyn"
    (moved to the autumn) a postponement; moving an office is neither."""
    for c, clause in enumerate(clauses):
        if c in negated or not clause.lemmas & _MOVE_VERBS:
            continue
        move = next(w.token.text for w in clause.words if w.lemmas & _MOVE_VERBS)
        remote = any(
            lexicon_hit in ("remote_delivery", "hybrid")
            for lexicon_hit in _categories_of(clause, lexicon)
        )
        later = any(
            r.lemma in _LATER or r.head in _LATER
            for word in clause.words
            for r in word.readings
            if r.case in ("illative", "allative", "translative", "elative", "ablative", "adessive")
        )
        later = later or any(  # "siirrettiin vuoteen 2021", "siirtyi 2022"
            re.fullmatch(r"202[0-4]", w.token.text) for w in clause.words
        )
        outdoors = any(
            w.token.lower in ("ulos", "ulkotiloihin", "ulkoilmaan") for w in clause.words
        )
        # "Konsertti siirtyy.": an event moved, to no place, is moved in time
        event_moved = any(
            r.head in _EVENTS and r.case == "nominative" for w in clause.words for r in w.readings
        ) and not any(
            r.word_class == "noun" and r.case in ("illative", "allative") and r.head not in _LATER
            for w in clause.words
            for r in w.readings
        )
        if remote or outdoors:
            found.setdefault("substitution", []).append(move)
        elif later or event_moved:
            found.setdefault("postponed_or_extended", []).append(move)


def _not_but_remote(clauses: list[Clause], negated: set[int], lexicon: Lexicon) -> bool:
    """ "Tapahtumia ei ollut, vaan tapaamiset hoidettiin videon välityksellä": not one way
    but another, the other remote."""
    for c, clause in enumerate(clauses):
        if c == 0 or not clause.words or clause.words[0].token.lower != "vaan":
            continue
        if (c - 1) in negated and _categories_of(clause, lexicon) & {"remote_delivery", "hybrid"}:
            return True
    return False


def _categories_of(clause: Clause, lexicon: Lexicon) -> set[str]:
    return {hit.category for hit in find_terms([clause], lexicon)}


def _subordinate(clause: Clause) -> bool:
    """A relative or causal clause ("…, jotka eivät kyenneet", "koska kumppanit eivät
    pystyneet"): its negation tells of others or of a reason, not of what was blocked."""
    return bool(clause.words) and clause.words[0].token.lower in _SUBORDINATORS


def _about_project(clauses: list[Clause], hits: list) -> bool:
    """Whether a change is the project's own: not when the clauses that hold it speak of
    others or of a whole sector ("Suurin osa järjestöjen palveluista siirrettiin verkkoon",
    "oppilaitokset siirtyivät etäopetukseen koko Suomessa", "moni tapahtumajärjestäjä kokeili
    striimattuja konsertteja") without a word of the project."""
    lemmas = {lemma for clause in clauses for lemma in clause.lemmas}
    we = any(  # "siirryimme", "emme pystyneet"
        r.person == "1" and r.is_plural for c in clauses for w in c.words for r in w.readings
    )
    if lemmas & _PROJECT_WORDS or we:
        return True
    changed = {h.clause for h in hits if h.category in CHANGES} or set(range(len(clauses)))
    for c in changed:
        clause = clauses[c]
        written = " ".join(w.token.lower for w in clause.words)
        sector = bool(clause.lemmas & _SECTOR_WORDS) or any(
            phrase in written for phrase in ("koko suomessa", "lähes kaikki", "alueella")
        )
        others = any(
            r.word_class == "noun"
            and r.case == "nominative"
            and (r.lemma in _OTHERS or r.head in _OTHERS)
            for w in clause.words
            for r in w.readings
        )
        if not (sector or others):
            return True
    return False


EVIDENCE_COLUMNS = [
    "project_code",
    "section",
    "sentence_index",
    "sentence",
    "categories",
    "matched_terms",
    "is_negated",
    "is_about_project",
    "is_change_statement",
    "is_dated",
    "has_own_cause",
    "is_original_plan",
    "is_topic_only",
]


def sentence_evidence(texts: pd.DataFrame, lexicon: Lexicon, on_text=None) -> pd.DataFrame:
    """``covid_evidence``: every sentence of the free-text sections in at least one category.
    ``on_text(length)`` is called for each text, for progress."""
    rows = []
    for item in texts.itertuples(index=False):
        if on_text is not None:
            on_text(len(item.text) if isinstance(item.text, str) else 0)
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())
            result = classify(words, lexicon)
            if result.categories:
                rows.append(
                    {
                        "project_code": item.project_code,
                        "section": item.section,
                        "sentence_index": sentence.index,
                        "sentence": words,
                        "categories": ";".join(result.categories),
                        "matched_terms": ";".join(result.matched_terms),
                        "is_negated": result.is_negated,
                        "is_about_project": result.is_about_project,
                        "is_change_statement": result.is_change_statement,
                        "is_dated": result.is_dated,
                        "has_own_cause": result.has_own_cause,
                        "is_original_plan": result.is_original_plan,
                        "is_topic_only": result.is_topic_only,
                    }
                )
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


PLAN_SECTIONS = ("plan_summary", "target_groups_primary", "target_groups_indirect")
COVID_ERAS = ("exposed", "covid_born")


def adaptations(evidence: pd.DataFrame, eras: pd.Series) -> pd.DataFrame:
    """Which evidence sentences show an adaptation of the project (``adaptations``: the
    change categories, semicolon-separated) and what ties the change to the pandemic
    (``link``): same_sentence, previous_sentence, next_sentence, date (within the pandemic, in
    a project that ran then) or continues (the next step of an adaptation told just before).
    A change with another cause stated in its sentence is tied only by a pandemic word of its
    own; a plan's sentence counts only when it records a change made for the pandemic."""
    out = evidence.copy()
    context = {
        (r.project_code, r.section, r.sentence_index)
        for r in evidence.itertuples()
        if "pandemic_context" in r.categories.split(";")
    }
    era = eras.to_dict()
    adapted: set[tuple] = set()
    found: dict = {}
    ordered = evidence.sort_values(["project_code", "section", "sentence_index"])
    for index, r in zip(ordered.index, ordered.itertuples(), strict=True):
        changes = [c for c in r.categories.split(";") if c in CHANGES]
        key = (r.project_code, r.section, r.sentence_index)
        before = (r.project_code, r.section, r.sentence_index - 1)
        after = (r.project_code, r.section, r.sentence_index + 1)
        link = ""
        if key in context:
            link = "same_sentence"
        elif r.has_own_cause:
            link = ""  # "koska rakennustyöt viivästyivät": another cause, stated
        elif before in context:
            link = "previous_sentence"
        elif after in context:
            link = "next_sentence"
        elif r.is_dated and era.get(r.project_code) in COVID_ERAS:
            link = "date"
        elif before in adapted:
            link = "continues"
        in_plan = r.section in PLAN_SECTIONS
        counts = (
            bool(changes)
            and bool(link)
            and bool(r.is_about_project)
            and not r.is_original_plan
            and not r.is_topic_only
            and (not in_plan or (link in ("same_sentence", "date") and bool(r.is_change_statement)))
        )
        if counts:
            adapted.add(key)
        found[index] = (";".join(changes) if counts else "", link)
    out["adaptations"] = [found[i][0] or None for i in evidence.index]
    out["link"] = [found[i][1] or None for i in evidence.index]
    out["fingerprint"] = [
        _fingerprint(s, a) for s, a in zip(out["sentence"], out["adaptations"], strict=True)
    ]
    return out


def _fingerprint(sentence: str, adaptations: str | None) -> str:
    """What a reviewer saw: the sentence and the adaptations read from it. A decision made
    on another sentence or another reading of it no longer matches."""
    seen = f"{sentence}|{adaptations or ''}"
    return hashlib.sha256(seen.encode("utf-8")).hexdigest()[:12]


def confirm(evidence: pd.DataFrame, reviews: Reviews) -> tuple[pd.DataFrame, list[ReviewIssue]]:
    """The evaluator's decisions applied: ``review_status`` and ``adaptations_confirmed``
    (accept: the machine's adaptations; correct: the reviewer's categories; reject: none)."""
    rows = evidence.to_dict("records")
    decisions, issues = match(rows, "covid_evidence", reviews)
    for row, decision in zip(rows, decisions, strict=True):
        row["review_status"], row["adaptations_confirmed"] = "unconfirmed", None
        if decision is None:
            continue
        if decision.decision == "accept":
            row["review_status"] = "accepted"
            row["adaptations_confirmed"] = row["adaptations"] or ""
        elif decision.decision == "reject":
            row["review_status"], row["adaptations_confirmed"] = "rejected", ""
        else:
            named = [c.strip() for c in decision.correction.split(";") if c.strip()]
            row["review_status"] = "corrected"
            row["adaptations_confirmed"] = ";".join(c for c in CATEGORIES if c in named)
    columns = [*evidence.columns, "review_status", "adaptations_confirmed"]
    return pd.DataFrame(rows, columns=columns), issues


def project_summary(
    projects: pd.DataFrame, texts: pd.DataFrame, evidence: pd.DataFrame, timeline: pd.DataFrame
) -> pd.DataFrame:
    """``covid_projects``: exposure on the timeline and what the texts say, per project.
    ``evidence`` has ``adaptations`` (and, once reviewed, ``review_status``)."""
    table = exposure(projects, timeline)
    sentences = _sentence_counts(texts)
    delivery = _delivery(texts)
    reviewed = "review_status" in evidence
    rows = []
    evidence_of = dict(tuple(evidence.groupby("project_code", sort=False)))  # split once
    for code in table["project_code"]:
        mine = evidence_of.get(code, evidence.iloc[:0])
        plan = mine[mine["section"].isin(PLAN_SECTIONS)]
        final = mine[mine["section"] == "final_report"]
        counted = mine[mine["adaptations"].fillna("") != ""]
        kinds = {k for a in counted["adaptations"] for k in a.split(";")}
        confirmed = (
            mine[mine["review_status"].isin(["accepted", "corrected"])] if reviewed else mine[:0]
        )
        confirmed_kinds = {
            k for a in confirmed["adaptations_confirmed"].fillna("") for k in a.split(";") if k
        }
        waiting = counted[counted["review_status"] == "unconfirmed"] if reviewed else counted
        rows.append(
            {
                "project_code": code,
                "covid_mentions_plan": _count(plan, "pandemic_context"),
                "covid_mentions_final": _count(final, "pandemic_context")
                if sentences.get((code, "final"))
                else None,
                "remote_share_plan": _share(
                    _count(plan, "remote_delivery"), sentences.get((code, "plan"))
                ),
                "remote_share_final": _share(
                    _count(final, "remote_delivery"), sentences.get((code, "final"))
                ),
                "adaptations": ";".join(c for c in CATEGORIES if c in kinds) or None,
                "evidence_count": len(counted),
                "delivery_plan": delivery.get((code, "plan"), "not_stated"),
                "delivery_final": delivery.get((code, "final"), "not_stated")
                if sentences.get((code, "final"))
                else None,
                "adaptations_confirmed": ";".join(c for c in CATEGORIES if c in confirmed_kinds)
                or None,
                "evidence_confirmed": int(
                    (confirmed["adaptations_confirmed"].fillna("") != "").sum()
                ),
                "evidence_unconfirmed": len(waiting),
            }
        )
    return table.merge(pd.DataFrame(rows), on="project_code")


def _delivery(texts: pd.DataFrame) -> dict[tuple[str, str], str]:
    """How the project itself delivered, by what its own sentences say: remote, hybrid,
    face_to_face or not_stated; per plan and final report."""
    lexicon = load_lexicon()
    seen: dict[tuple[str, str], set[str]] = {}
    for item in texts.itertuples(index=False):
        part = "final" if item.section == "final_report" else "plan"
        forms = seen.setdefault((item.project_code, part), set())
        for sentence in split_sentences(item.text):
            result = classify(" ".join(sentence.text.split()), lexicon)
            if result.is_about_project and not result.is_topic_only_strict:
                forms |= result.delivery
    return {
        key: "hybrid"
        if forms >= {"remote", "face_to_face"}
        else "remote"
        if "remote" in forms
        else "face_to_face"
        if forms
        else "not_stated"
        for key, forms in seen.items()
    }


def _count(evidence: pd.DataFrame, category: str) -> int:
    return int(evidence["categories"].str.split(";").map(lambda c: category in c).sum())


def _share(count: int, total: int | None) -> float | None:
    return round(count / total, 4) if total else None


def _sentence_counts(texts: pd.DataFrame) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for item in texts.itertuples(index=False):
        part = "final" if item.section == "final_report" else "plan"
        counts[(item.project_code, part)] = counts.get((item.project_code, part), 0) + len(
            split_sentences(item.text)
        )
    return counts


@dataclass(frozen=True)
class Findings:
    """What the COVID report may state as findings: confirmed adaptations only."""

    era_projects: int  # projects that ran in the COVID era
    suggested: int  # of them, with adaptations read from their texts
    confirmed_projects: int  # with an adaptation an evaluator confirmed
    confirmed_sentences: int
    rejected_sentences: int
    waiting_sentences: int  # adaptation sentences no one has decided on yet


def findings(projects: pd.DataFrame, evidence: pd.DataFrame) -> Findings:
    era = projects[projects["era"].isin(COVID_ERAS)]
    return Findings(
        era_projects=len(era),
        suggested=int(era["adaptations"].notna().sum()),
        confirmed_projects=int(era["adaptations_confirmed"].notna().sum()),
        confirmed_sentences=int(projects["evidence_confirmed"].sum()),
        rejected_sentences=int((evidence["review_status"] == "rejected").sum()),
        waiting_sentences=int(projects["evidence_unconfirmed"].sum()),
    )


def by_era(projects: pd.DataFrame) -> pd.DataFrame:
    """The comparison across cohorts: how many projects of each era delivered remotely by
    their own final report, and how many had adaptations suggested and confirmed. A
    pre-pandemic project working remotely is the control: remote work alone is no change."""
    rows = []
    for era in ERAS:
        mine = projects[projects["era"] == era]
        if mine.empty:
            continue
        rows.append(
            {
                "era": era,
                "projects": len(mine),
                "projects_remote_final": int(
                    mine["delivery_final"].isin(["remote", "hybrid"]).sum()
                ),
                "projects_adapted": int(mine["adaptations"].notna().sum()),
                "evidence_count": int(mine["evidence_count"].sum()),
                "projects_adapted_confirmed": int(mine["adaptations_confirmed"].notna().sum()),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "era",
            "projects",
            "projects_remote_final",
            "projects_adapted",
            "evidence_count",
            "projects_adapted_confirmed",
        ],
    )


def coverage(exposure_table: pd.DataFrame, projects: pd.DataFrame):
    """Projects with a planned period are placed on the timeline; the others are named.
    Adaptations are read from final reports: a project without one is named too."""
    from analyysi.analyses.funding import Coverage

    dated = set(exposure_table.loc[exposure_table["era"].notna(), "project_code"])
    rows = []
    for row in projects.itertuples(index=False):
        if row.project_code not in dated:
            rows.append({"project_code": row.project_code, "reason": "no_planned_period"})
        elif not bool(row.has_final_report):
            rows.append({"project_code": row.project_code, "reason": "no_final_report"})
    left_out = pd.DataFrame(rows, columns=["project_code", "reason"])
    covered = len(projects) - int((left_out["reason"] == "no_planned_period").sum())
    return Coverage(covered, len(projects), left_out)
