"""Finnish morphology: the readings of a word form (lemma, class, case, number, compound
parts, verb mood and person), from Voikko's transducer (pyvoikko).

Readings are cached per word form, in memory and, when the analysis stage asks for it, in a
JSON file beside the tables, so a rerun whose forms are all known never loads the transducer
(about half a second). Words the dictionary does not know are read by their longest known
tail ("digikummia" → "kummi"); hyphenated words by their last part ("Covid-19-pandemian").
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, fields, replace
from pathlib import Path

# Voikko's Finnish grammatical terms, in English.
CASES = {
    "nimento": "nominative",
    "omanto": "genitive",
    "osanto": "partitive",
    "olento": "essive",
    "tulento": "translative",
    "kohdanto": "accusative",
    "sisaolento": "inessive",
    "sisaeronto": "elative",
    "sisatulento": "illative",
    "ulkoolento": "adessive",
    "ulkoeronto": "ablative",
    "ulkotulento": "allative",
    "vajanto": "abessive",
    "seuranto": "comitative",
    "keinonto": "instructive",
    "kerrontosti": "adverbial",
}
CLASSES = {
    "nimisana": "noun",
    "laatusana": "adjective",
    "nimisana_laatusana": "noun",  # both; as a head it is a noun
    "teonsana": "verb",
    "seikkasana": "adverb",
    "asemosana": "pronoun",
    "suhdesana": "adposition",
    "sidesana": "conjunction",
    "huudahdussana": "interjection",
    "lukusana": "numeral",
    "kieltosana": "negation",
    "etunimi": "proper_noun",
    "sukunimi": "proper_noun",
    "paikannimi": "proper_noun",
    "nimi": "proper_noun",
    "lyhenne": "abbreviation",
    "etuliite": "prefix",
}
_FORMAT = 3  # of the cache file; bump when Reading changes
_VERB_BASE = re.compile(r"^\[Lt\](?:\[[^\]]*\])*?\[Xp\]([^\[]+)\[X\]")
# How the head of a word is derived, from Voikko's analysis string: an agent noun made from a
# verb ("osallistuja", "kilpailija", "vastaaja": [Lt]…[Xp]verb[X]…[Ln][Xj]ja[X]), or a noun
# of belonging in -lainen/-läinen ("kärköläläinen", "leiriläinen", "eläkeläinen")
_AGENT = re.compile(
    r"\[Lt\]\[Xp\][^\[]+\[X\][^\[]*(?:\[Ln\][a-zäö]*)*\[Ln\]\[Xj\]j[aä]\[X\][^\[]*(?:\[[SN][a-z]*\][^\[]*)*$"
)
_BELONGING = re.compile(r"(?:\[Dg\]l[aä]i\[Xj\]nen|l[aä]inen\[X\])")


@dataclass(frozen=True, slots=True)
class Reading:
    lemma: str  # lower case, compound boundaries removed
    word_class: str  # noun, adjective, verb, numeral, pronoun, negation, … (CLASSES)
    case: str | None = None  # nominative, partitive, … (CASES)
    is_plural: bool | None = None
    parts: tuple[str, ...] = ()  # lemmas of a compound's parts, the head last
    mood: str | None = None  # indicative, conditional, imperative, …
    person: str | None = None  # "1", "2", "3", or "4" for the passive
    is_connegative: bool = False  # the verb form that follows a negation ("ei tarvittu")
    participle: str | None = None  # past_passive, present_active, …
    is_guess: bool = False  # read from a known tail of an unknown word
    verb: str | None = None  # the verb a participle or -minen noun comes from ("voinut": voida)
    derivation: str | None = None  # agent ("osallistuja"), belonging ("eskarilainen")

    @property
    def head(self) -> str:
        """The lemma of the compound's last part: what the word is ("työntekijä")."""
        return self.parts[-1] if self.parts else self.lemma


_cache: dict[str, tuple[Reading, ...]] = {}
_dirty = False
_voikko = None


def analyse(word: str) -> tuple[Reading, ...]:
    """Every reading of a word form; empty when nothing is known of it."""
    global _dirty
    readings = _cache.get(word)
    if readings is None:
        readings = _analyse(word)
        _cache[word] = readings
        _dirty = True
    return readings


# abbreviations written after a count, read as the noun they shorten (in the partitive)
_COUNT_ABBREVIATIONS = {"hlö": "henkilö", "hlöä": "henkilö", "hlöt": "henkilö", "kpl": "kappale"}
MAX_WORD = 60  # letters: a longer "word" (a pasted string) has no reading and is not looked up


def _analyse(word: str) -> tuple[Reading, ...]:
    if len(word) > MAX_WORD or not any(c.isalpha() for c in word):
        return ()  # a pasted string, or digits ("2 400"): nothing to look up
    if word.lower() in _COUNT_ABBREVIATIONS:  # "12 hlö", "5 hlöä"
        return (Reading(_COUNT_ABBREVIATIONS[word.lower()], "noun", "partitive", False),)
    found = _lookup(word) or (_lookup(word.lower()) if word[:1].isupper() else ())
    if not any(r.lemma.endswith(("lainen", "läinen")) for r in found):
        belonging = _belonging_by_form(word)
        if belonging is not None:
            found = (belonging, *found)
    if found:
        return found
    if "-" in word.strip("-"):  # "Covid-19-pandemian", "TE-live-lähetys": the last part heads
        *first, last = [p for p in word.split("-") if p]
        return tuple(
            _with_prefix(r, [p.lower() for p in first], guess=False)
            for r in analyse(last)
            if not r.is_guess
        )
    lower = word.lower()
    for start in range(2, len(lower) - 3):  # an unknown compound: its longest known tail
        tail = _lookup(lower[start:])
        if tail and tail[0].word_class in ("noun", "adjective"):
            return tuple(_with_prefix(r, [lower[:start]], guess=True) for r in tail)
    return ()


def _with_prefix(reading: Reading, prefix: list[str], guess: bool) -> Reading:
    return Reading(
        lemma="".join(prefix) + reading.lemma,
        word_class=reading.word_class,
        case=reading.case,
        is_plural=reading.is_plural,
        parts=(*prefix, *(reading.parts or (reading.lemma,))),
        mood=reading.mood,
        person=reading.person,
        is_connegative=reading.is_connegative,
        participle=reading.participle,
        is_guess=guess,
        verb=reading.verb,
        derivation=reading.derivation,
    )


def load_dictionary() -> None:
    """Load the transducer (about a second) now, not at the first form that is not cached:
    a process that will read texts does it while it waits for them."""
    global _voikko
    if _voikko is None:
        import pyvoikko  # loads the transducer

        _voikko = pyvoikko


def _lookup(word: str) -> tuple[Reading, ...]:
    load_dictionary()  # only when a form is not cached
    readings = []
    for a in _voikko.analyse(word):
        parts = tuple(_clean(p.BASEFORM) for p in a.COMPOUND_PARTS or ())
        word_class = CLASSES.get(a.CLASS, "other")
        base = _VERB_BASE.match(a.FSTOUTPUT or "")
        reading = Reading(
            lemma=_clean(a.BASEFORM),
            word_class=word_class,
            case=CASES.get(a.SIJAMUOTO),
            is_plural=None if a.NUMBER is None else a.NUMBER == "plural",
            parts=parts if len(parts) > 1 else (),
            mood=a.MOOD,
            person=a.PERSON,
            is_connegative=a.NEGATIVE == "true",
            participle=a.PARTICIPLE,
            # the verb of a participle ("voineet" → voida); agent and action nouns
            # ("osallistuja", "toiminta") are words of their own
            verb=_clean(base.group(1)) if base and a.PARTICIPLE else None,
            derivation=_derivation(a.FSTOUTPUT or "", word_class),
        )
        if reading.derivation == "belonging" and _KIND_WORDS.search(reading.lemma):
            reading = replace(reading, derivation=None)  # "tällainen", "uudenlainen"
        if reading not in readings:
            readings.append(reading)
        if reading.word_class == "verb" and reading.case:  # "kokoontumista": a -minen noun
            noun = _nominalised(word, reading)
            if noun is not None and noun not in readings:
                readings.append(noun)
    return tuple(readings)


def _derivation(analysis: str, word_class: str) -> str | None:
    """How the word's last part is derived: "agent" (a doer made from a verb) or "belonging"
    (a noun or adjective in -lainen/-läinen)."""
    last = analysis.split("[Bc]")[-1]  # the head of a compound
    if word_class in ("noun", "adjective") and _AGENT.search(last):
        return "agent"
    if word_class in ("noun", "adjective") and _BELONGING.search(last):
        return "belonging"
    return None


# "-lainen" words that say what kind, not whose: "tällainen", "samanlainen", "erilainen"
_KIND_WORDS = re.compile(r"(?:l|n|kä|^eri)l[aä]inen$")
# the endings of a -lainen/-läinen noun Voikko does not know ("eskarilaista"): (case, plural)
_BELONGING_ENDINGS = {
    "nen": ("nominative", False),
    "sen": ("genitive", False),
    "sta": ("partitive", False),
    "set": ("nominative", True),
    "sia": ("partitive", True),
    "sten": ("genitive", True),
    "sien": ("genitive", True),
    "sille": ("allative", True),
    "sista": ("elative", True),
    "sissa": ("inessive", True),
    "silla": ("adessive", True),
    "selle": ("allative", False),
    "sesta": ("elative", False),
}
_UNKNOWN_BELONGING = re.compile(
    r"^(\w{3,}?l)([aä])i(nen|sen|sta|stä|set|sia|siä|sten|sien|sille|sista|sistä|sissa|sissä|silla|sillä|selle|sesta|sestä)$"
)


def _belonging_by_form(word: str) -> Reading | None:
    """A -lainen/-läinen noun the dictionary does not know or reads as something else
    ("eskarilaista" is not the elative of "eskarilaki"): read by its ending."""
    found = _UNKNOWN_BELONGING.match(word.lower())
    if found is None:
        return None
    stem, vowel, ending = found.groups()
    lemma = f"{stem}{vowel}inen"
    if _KIND_WORDS.search(lemma):
        return None
    case, plural = _BELONGING_ENDINGS[ending.replace("ä", "a")]
    return Reading(
        lemma=lemma,
        word_class="noun",
        case=case,
        is_plural=plural,
        derivation="belonging",
        is_guess=True,
    )


def _nominalised(word: str, verb: Reading) -> Reading | None:
    """The noun of a verb's fourth infinitive ("kokoontumista" → "kokoontuminen"), which
    Voikko reads only as a verb form."""
    at = word.lower().rfind("mi")
    if at < 2:
        return None
    return Reading(
        lemma=word.lower()[:at] + "minen",
        word_class="noun",
        case=verb.case,
        is_plural=verb.is_plural,
        verb=verb.lemma,
    )


def _clean(lemma: str | None) -> str:
    return (lemma or "").replace("=", "").lower()


# --- the cache on disk ----------------------------------------------------------------------


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"pyvoikko {version('pyvoikko')}; format {_FORMAT}"
    except PackageNotFoundError:
        return f"format {_FORMAT}"


def load_cache(path: Path) -> int:
    """Readings saved by an earlier run (if the analyser is the same); the number loaded."""
    global _dirty
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if not isinstance(saved, dict) or saved.get("version") != _version():
        return 0
    forms = saved.get("forms", {})
    for word, readings in forms.items():
        if word not in _cache:
            _cache[word] = tuple(
                Reading(r[0], r[1], r[2], r[3], tuple(r[4]), *r[5:]) for r in readings
            )
    _dirty = False
    return len(forms)


_FIELDS = tuple(f.name for f in fields(Reading))


def save_cache(path: Path) -> None:
    """Write the readings known now, when there are new ones (atomically)."""
    global _dirty
    if not _dirty and path.exists():
        return
    payload = {
        "version": _version(),
        # field by field: dataclasses.astuple copies every value deeply, a third of the time
        "forms": {
            w: [[getattr(r, name) for name in _FIELDS] for r in rs]
            for w, rs in sorted(_cache.items())
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:  # dumps: json's C encoder
        stream.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
    os.replace(tmp, path)
    _dirty = False


def is_loaded() -> bool:
    """Whether the transducer has been loaded in this process."""
    return _voikko is not None
