"""The numbers in a Finnish sentence, and the noun each one counts.

A number is digits (``7 430``, ``6,9``, ``50:lle``), a range (``8–10``), a fraction (``1/5``,
``kolmannes``, ``puolet``) or number words in any case (``kahdestatoista``,
``kolmekymmentäkaksi``, ``puolitoista``). Years, dates, clock times, ages, phone numbers and
postal codes, section, list and reference numbers, euros and numbers inside names (``4H``,
``Covid 19``, ``5G``) are set apart with the reason.

A number is attached to the noun it counts by case agreement (Finnish morphology from
``analyysi.text.morphology``): a nominative numeral takes a partitive singular noun ("50
asiakasta"), any other case the same case ("kahdelle työntekijälle"); adjectives, participles
and genitive attributes in between are passed over ("25 maahanmuuttajataustaista nuorta",
"50 Nuorten Ystävien asiakasta"). Without a noun after it, the counted noun may stand before
it ("Osallistujia oli 45"), as the group it is taken from ("Asiakkaista 65 asui …") or as the
thing whose amount is given ("Osallistujamäärä oli 159").

Everything here is linear in the length of the sentence: one tokenising pass, then passes
over the tokens that look a bounded number of tokens around each number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from analyysi.text.morphology import Reading, analyse
from analyysi.text.sentences import ABBREVIATIONS

# --- tokens ------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<num>\d+(?:,\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<space>\s+)"
    r"|(?P<punct>.)",
    re.S,
)
_SEPARATOR = {" ", "\u00a0", "\u202f"}  # thousands separators: "2 400"
_DASHES = {"-", "–", "—"}


@dataclass
class Token:
    kind: str  # num, word, punct
    text: str
    start: int
    end: int
    glued_before: bool  # no space between this token and the previous one
    glued_after: bool = False
    thousands_dot: bool = False  # a dot between thousands follows ("1.496")

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenise(sentence: str) -> list[Token]:
    """Numbers (thousands groups joined), words (hyphenated compounds joined) and punctuation,
    with whether each touches its neighbours."""
    raw: list[Token] = []
    gap = True
    for match in _TOKEN.finditer(sentence):
        kind = match.lastgroup
        if kind == "space":
            if raw and match.group() in _SEPARATOR and raw[-1].kind == "num":
                raw[-1].glued_after = False
            gap = True
            continue
        token = Token(kind, match.group(), match.start(), match.end(), not gap)
        if raw and not gap:
            raw[-1].glued_after = True
        raw.append(token)
        gap = False
    return _join_words(sentence, _join_thousands(sentence, raw))


def _join_thousands(sentence: str, tokens: list[Token]) -> list[Token]:
    """ "2 400" and "1 250 000" are one number: groups of exactly three digits after a first
    group of one to three, separated by one space; five groups at most (a pasted column of
    numbers is not one number, and joining stays linear)."""
    out: list[Token] = []
    k = 0
    for k, token in enumerate(tokens):
        previous = out[-1] if out else None
        # "1.496", "2.500": a dot between thousands (not a date, time or section number)
        if (
            previous is not None
            and previous.kind == "num"
            and re.fullmatch(r"[1-9]\d{0,2}", previous.text)
            and token.text == "."
            and token.glued_before
            and k + 1 < len(tokens)
            and tokens[k + 1].kind == "num"
            and tokens[k + 1].glued_before
            and re.fullmatch(r"\d{3}", tokens[k + 1].text)
            and not (
                k + 2 < len(tokens)
                and tokens[k + 2].text == "."
                and tokens[k + 2].glued_before
                and k + 3 < len(tokens)
                and tokens[k + 3].kind == "num"
            )
            and not (len(out) >= 2 and out[-2].text == "." and out[-2].glued_after)
        ):
            previous.glued_after = True
            previous.thousands_dot = True
            continue
        if (
            previous is not None
            and getattr(previous, "thousands_dot", False)
            and token.kind == "num"
        ):
            previous.text = sentence[previous.start : token.end]
            previous.end = token.end
            previous.glued_after = token.glued_after
            previous.thousands_dot = False
            continue
        if (
            previous is not None
            and token.kind == "num"
            and previous.kind == "num"
            and re.fullmatch(r"\d{3}(?:,\d+)?", token.text)
            and len(previous.text) <= 15
            and re.fullmatch(r"\d{1,3}(?: \d{3})*", previous.text.replace("\u00a0", " "))
            and sentence[previous.end : token.start] in _SEPARATOR
            and not previous.text.startswith("0")
        ):
            previous.text = sentence[previous.start : token.end]
            previous.end = token.end
            previous.glued_after = token.glued_after
            continue
        out.append(token)
    return out


def _join_words(sentence: str, tokens: list[Token]) -> list[Token]:
    """Hyphenated words are one word ("TE-live-lähetys", "Covid-19-pandemian", "4H-liiton");
    a number glued to letters stays a number only when it ends in a case ending after a colon
    ("50:lle")."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        j = i
        # word(-word|-num)* or num-word: parts joined by a hyphen with no spaces
        while (
            j + 2 < len(tokens)
            and tokens[j + 1].text == "-"
            and tokens[j + 1].glued_before
            and tokens[j + 2].glued_before
            and tokens[j + 2].kind in ("word", "num")
            and "word" in (tokens[j].kind, tokens[j + 2].kind)
        ):
            j += 2
        if j > i:
            out.append(
                Token(
                    "word",
                    sentence[token.start : tokens[j].end],
                    token.start,
                    tokens[j].end,
                    token.glued_before,
                    tokens[j].glued_after,
                )
            )
            i = j + 1
            continue
        out.append(token)
        i += 1
    return out


# --- number words -----------------------------------------------------------------------------

# Every case form of the basic numerals (singular), so a word is read as a sum of its parts:
# "kolme|kymmentä|kaksi", "kahde|sta|toista", "kolme|lle|kymmene|lle|kahde|lle".
_ENDINGS = "n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|tta|ttä|na|nä"
_BASIC = [
    (1, r"yksi|yhde(?:ssä|stä|llä|ltä|lle|ksi|ttä|n)|yhtä|yhteen|yhtenä"),
    (2, r"kaksi|kahde(?:ssa|sta|lla|lta|lle|ksi|tta|n)|kahta|kahteen|kahtena"),
    (3, r"kolme(?:ssa|sta|lla|lta|lle|ksi|tta|na|en|n|a)?"),
    (4, r"neljä(?:ssä|stä|llä|ltä|lle|ksi|ttä|nä|än|n|ä)?"),
    (5, r"viisi|viide(?:ssä|stä|llä|ltä|lle|ksi|ttä|n)|viittä|viiteen|viitenä"),
    (6, r"kuusi|kuude(?:ssa|sta|lla|lta|lle|ksi|tta|n)|kuutta|kuuteen|kuutena"),
    (7, r"seitsemä(?:ssä|stä|llä|ltä|lle|ksi|ttä|nä|än|n|ä)|seitsentä"),
    (8, r"kahdeksa(?:ssa|sta|lla|lta|lle|ksi|tta|na|an|n|a)"),
    (9, r"yhdeksä(?:ssä|stä|llä|ltä|lle|ksi|ttä|nä|än|n|ä)"),
]
_TEN = r"kymmen(?:essä|estä|ellä|eltä|elle|eksi|että|enä|een|en|tä)"
_HUNDRED = r"sataan|satana|sataa|sada(?:ssa|sta|lla|lta|lle|ksi|tta|n)|sata"
_THOUSAND = r"tuhanteen|tuhantena|tuhatta|tuhanne(?:ssa|sta|lla|lta|lle|ksi|tta|n)|tuhat"
_PART = re.compile(
    "|".join(
        [
            r"(?P<teen>toista)",
            f"(?P<ten>{_TEN})",
            f"(?P<hundred>{_HUNDRED})",
            f"(?P<thousand>{_THOUSAND})",
            # longest first: "kahdeksan" before "kahde…", "yhdeksän" before "yhde…"
            *(f"(?P<u{v}>{p})" for v, p in sorted(_BASIC, key=lambda b: -len(b[1].split("|")[0]))),
        ]
    )
)
_HALF_PAST = re.compile(r"puoli(?:toista|ntoista|tatoista|sta toista)|puol(?:en|ta)toista")
FRACTION_WORDS = {"puoli": 0.5, "kolmannes": 1 / 3, "neljännes": 0.25, "viidennes": 0.2}
_ORDINAL_PARTS = {
    "kolmas": 3,
    "neljäs": 4,
    "viides": 5,
    "kuudes": 6,
    "seitsemäs": 7,
    "kahdeksas": 8,
    "yhdeksäs": 9,
    "kymmenes": 10,
}
# "kymmenkunta" (about ten), "parikymmentä" (about twenty), "satakunta" (about a hundred)
_ROUND_WORDS = [
    (re.compile(r"kymmenkun\w*|kymmenisen"), 10.0),
    (re.compile(r"parin?kymmen\w*|parisenkymmen\w*"), 20.0),
    (re.compile(r"(?:satakun|sadankun)\w*"), 100.0),
    (re.compile(r"parisa[td]a\w*"), 200.0),
    (re.compile(r"(?:tuhatkun|tuhannenkun)\w*"), 1000.0),
    (re.compile(r"parituha\w*"), 2000.0),
]
# "kolmisenkymmentä" (about thirty), "nelisensataa" (about four hundred): a digit in -isen
# before a ten, hundred or thousand
_ABOUT = re.compile(
    r"(kaks|kolm|nel|viit|kuut|seitsem|kahdeks|yhdeks)isen(kymmen|sa[td]a|tuha[tn])\w*"
)
_ABOUT_DIGITS = {
    "kaks": 2,
    "kolm": 3,
    "nel": 4,
    "viit": 5,
    "kuut": 6,
    "seitsem": 7,
    "kahdeks": 8,
    "yhdeks": 9,
}
_ABOUT_SCALE = {"kymmen": 10, "sata": 100, "sada": 100, "tuhat": 1000, "tuhan": 1000}


def round_value(word: str) -> float | None:
    """An approximate number word: "parisataa" 200, "kolmisenkymmentä" 30, "kymmenkunta" 10."""
    lower = word.lower()
    found = _ABOUT.fullmatch(lower)
    if found:
        return float(_ABOUT_DIGITS[found.group(1)] * _ABOUT_SCALE[found.group(2)])
    return next((v for pattern, v in _ROUND_WORDS if pattern.fullmatch(lower)), None)


def fraction_value(reading: Reading) -> float | None:
    """ "puolet" 0.5, "kolmannes" 1/3, "kolmasosa" 1/3, "kymmenesosa" 0.1."""
    if reading.lemma in FRACTION_WORDS:
        return FRACTION_WORDS[reading.lemma]
    if reading.lemma.endswith("osa") and reading.lemma[:-3] in _ORDINAL_PARTS:
        return 1 / _ORDINAL_PARTS[reading.lemma[:-3]]
    return None


def numeral_value(word: str) -> float | None:
    """The value of a number word in any case ("kahdestatoista" → 12); None if it is not one."""
    lower = word.lower()
    if _HALF_PAST.fullmatch(lower):
        return 1.5
    total = group = last = 0
    at = 0
    seen = False
    while at < len(lower):
        match = _PART.match(lower, at)
        if not match or match.end() == at:
            return None
        kind = match.lastgroup
        if kind.startswith("u"):
            last = int(kind[1:])
            group += last
        elif kind == "teen":
            if not last:
                return None
            group += 10
            last = 0
        elif kind == "ten":
            group += last * 9 if last else 10  # "kaksikymmentä": 2 → 20
            last = 0
        elif kind == "hundred":
            hundreds = (group or 1) * 100 if group < 100 else group + 100
            group, last = hundreds, 0
        else:  # thousand
            total += (group or 1) * 1000
            group = last = 0
        at = match.end()
        seen = True
    return float(total + group) if seen else None


# --- numbers and why some are not counts ------------------------------------------------------

QUALIFIERS = {
    "noin": "noin",
    "n": "noin",
    "vähintään": "vähintään",
    "ainakin": "vähintään",
    "yli": "yli",
    "runsaat": "yli",
    "runsas": "yli",
    "reilut": "yli",
    "reilu": "yli",
    "enintään": "enintään",
    "korkeintaan": "enintään",
    "alle": "alle",
    "lähes": "lähes",
    "miltei": "lähes",
    "melkein": "lähes",
    "arviolta": "arviolta",
    "keskimäärin": "keskimäärin",
    "yhteensä": "yhteensä",
    "kaikkiaan": "yhteensä",
    "kokonaisuudessaan": "yhteensä",
    "jopa": "jopa",
}
# A number after one of these is a reference, not an amount ("Dnro 123/2020", "klo 9").
_REFERENCES = {
    "nro": "reference",
    "numero": "reference",
    "dnro": "reference",
    "diaarinumero": "reference",
    "hakemusnumero": "reference",
    "hankenumero": "reference",
    "hankekoodi": "reference",
    "asianumero": "reference",
    "päätösnumero": "reference",
    "versio": "reference",
    "vuosikerta": "reference",
    "vol": "reference",
    "julkaisusarja": "reference",
    "klo": "time",
    "kello": "time",
    "puh": "phone",
    "puhelin": "phone",
    "puhelinnumero": "phone",
}
# … and after one of these, unless a counted noun follows ("toimintalinja 5" is a section,
# "vaiheessa 20 yritystä" a count).
_SECTION_WORDS = {
    "toimintalinja",
    "osio",
    "erityistavoite",
    "kohta",
    "luku",
    "liite",
    "sivu",
    "pykälä",
    "artikla",
    "momentti",
    "työpaketti",
    "vaihe",
    "taso",
    "toimenpide",
    "taulukko",
    "kuvio",
    "kaavio",
    "tavoite",
}
_STREETS = (
    "katu",
    "tie",
    "kuja",
    "polku",
    "väylä",
    "raitti",
    "ranta",
    "tori",
    "puistikko",
    "kaari",
)
_WEEK_FORMS = {"vko", "viikko", "viikolla", "viikoilla", "viikoille", "viikolle", "viikosta"}
_YEAR_WORDS = {"vuosi", "vuonna", "vuodesta", "vuoteen", "vuodelle", "vuoden", "vuosina", "vuosien"}
_NAMES = {"covid", "agenda", "iso", "windows", "office", "web", "industry", "teollisuus", "sfs"}
_SCALE_WORDS = {"asteikko", "arvosana", "kouluarvosana", "keskiarvo", "skaala", "tähti"}
_MONEY = re.compile(r"€|e|eur|euro\w*|milj|miljoona\w*|mrd|tuhatta euroa|m€|k€", re.I)
_PERCENT = re.compile(r"%|prosent\w*|prosenttiyksik\w*", re.I)
_AGE = re.compile(r"-?(?:vuotia\w*|vuotias\w*|v\b)", re.I)
_YEAR_SUFFIX = re.compile(r"-?(?:luvu\w*|luku\w*|vuode\w*|lla|llä|n|ssa|ssä|sta|stä)$", re.I)


@dataclass(frozen=True)
class Head:
    """The noun a number counts, as written, with its reading and where it stands."""

    word: str
    start: int
    end: int
    reading: Reading
    relation: str  # after ("50 asiakasta"), before ("Osallistujia oli 45"), group
    # ("Asiakkaista 65"), amount ("Osallistujamäärä oli 159"), shared (the noun of the
    # number before: "2 400 asiakasta, n. 200 kuukaudessa")

    @property
    def counted(self) -> str:
        """The lemma of what is counted: for an amount, the word the amount is of."""
        if self.relation == "amount" and len(self.reading.parts) > 1:
            return self.reading.parts[-2]
        return self.reading.lemma


@dataclass(frozen=True)
class Number:
    start: int  # offsets in the sentence
    end: int
    number_text: str
    value: float | None  # None for a range
    low: float | None
    high: float | None
    qualifier: str | None
    is_percent: bool
    excluded: str | None = None  # why this is not an amount (year, date, phone, …)
    head: Head | None = None
    case: str | None = None  # the numeral's own case, where it shows
    cases: tuple[str, ...] = ()  # every case its form may be ("kymmenen": genitive, nominative)
    rate: str | None = None  # the word that makes it a rate ("kerrallaan", "vuodessa")
    predicate: Head | None = None  # what they were: "joista 7 oli työntekijöitä"


Counted = Callable[[str], bool]


def read_numbers(sentence: str, counted: Counted | None = None) -> list[Number]:
    """Every number in the sentence: amounts with the noun they count, and the numbers that
    are not amounts with the reason (``excluded``). ``counted`` tells whether a lemma names
    something that is counted (a lexicon's say): it chooses between readings, and a noun in
    a case other than the partitive counts only if it says so ("19 työtoimintaan" is no
    count of activities)."""
    return list(_read_numbers(sentence, counted or _any))


def _any(lemma: str) -> bool:
    return True


@functools.lru_cache(maxsize=512)  # claims and statements read the same sentences
def _read_numbers(sentence: str, counted: Counted) -> tuple[Number, ...]:
    tokens = tokenise(sentence)
    numbers: list[tuple[Number, Token]] = []
    i = 0
    while i < len(tokens):
        found = _number_at(sentence, tokens, i)
        if found is None:
            i += 1
            continue
        number, last = found
        if number.excluded is None:
            last_of_number = last + (1 if number.is_percent else 0)
            head = (
                _share_of(tokens, i, last, counted)
                if number.is_percent
                else _head(tokens, i, last, number, counted)
            )
            rate = rate_after(tokens, last_of_number)
            if rate is None and number.qualifier == "keskimäärin":
                rate = "keskimäärin"
            predicate = _predicate(tokens, last) if not number.is_percent else None
            number = _with(number, head=head, rate=rate, predicate=predicate)
            if (
                tokens[i].kind == "word"
                and number.value == 1
                and not _counts_one(number, tokens[i])
            ):
                i = last + 1  # "yhdessä tekemisen", "yhdessä yössä", "yhden hankkeen"
                continue
        numbers.append((number, tokens[i]))
        i = last + 1
    inherited = _inherit_heads(sentence, [n for n, _ in numbers])
    return tuple(
        number
        for number, (_, token) in zip(inherited, numbers, strict=True)
        # "yhdessä", "kuusi": a number word only with a counted noun; not "pari tuhatta"
        if not (
            number.excluded is None
            and number.head is None
            and _needs_head(token)
            and number.end <= token.end
        )
    )


def _inherit_heads(sentence: str, numbers: list[Number]) -> list[Number]:
    """A number without a noun of its own counts what the one before it counts, when that
    one is the group they are taken from ("Asiakkaista 65 asui Pohjois-Pohjanmaalla, 1
    Kainuussa ja 3 Lapissa") or the noun they share ("2 400 asiakasta, n. 200 kuukaudessa")."""
    out: list[Number] = []
    previous: Number | None = None  # the last amount so far (kept, not searched: linear time)
    for number in numbers:
        if (
            _is_amount(number)
            and number.head is None
            and previous is not None
            and previous.head is not None
            and _coordinated(sentence, previous, number)
        ):
            relation = "group" if previous.head.relation == "group" else "shared"
            number = _with(number, head=Head(**{**previous.head.__dict__, "relation": relation}))
        out.append(number)
        if _is_amount(number):
            previous = number
    # … or what the one after it counts: "osallistui paikan päällä 85 ja etäyhteydellä 140
    # henkilöä"
    following: Number | None = None
    for k in range(len(out) - 1, -1, -1):
        number = out[k]
        if (
            _is_amount(number)
            and number.head is None
            and following is not None
            and following.head is not None
            and following.head.relation == "after"
            and _coordinated(sentence, number, following)
        ):
            out[k] = _with(number, head=Head(**{**following.head.__dict__, "relation": "shared"}))
        if _is_amount(out[k]):
            following = out[k]
    return out


def _is_amount(number: Number) -> bool:
    return number.excluded is None and not number.is_percent


def _coordinated(sentence: str, previous: Number, number: Number) -> bool:
    """Whether two numbers are items of one list: close together, joined by a comma or a
    conjunction, with no full stop between."""
    head = previous.head
    if head is not None and head.start > number.start:
        head = None  # the noun comes after both
    between = sentence[max(previous.end, head.end if head else 0) : number.start]
    words = between.split()
    return (
        len(words) <= 6
        and "." not in between
        and ("," in between or any(w.strip(",") in ("ja", "sekä", "tai", "eli") for w in words))
        # "25 henkilöä ja arvosana oli 4/5": a score of its own, not one more person count
        and not any(
            r.lemma in _SCALE_WORDS or r.head in _SCALE_WORDS
            for w in words
            for r in analyse(w.strip(",;:"))
        )
    )


def amounts(sentence: str) -> list[Number]:
    """The numbers of the sentence that are amounts (not excluded)."""
    return [n for n in read_numbers(sentence) if n.excluded is None]


def _with(number: Number, **changes) -> Number:
    return Number(**{**number.__dict__, **changes})


def _number_at(sentence: str, tokens: list[Token], i: int) -> tuple[Number, int] | None:
    token = tokens[i]
    if token.kind == "word":
        return _word_number(sentence, tokens, i)
    if token.kind != "num":
        return None
    special = _special_run(sentence, tokens, i)
    if special is not None:
        return special
    last = i
    low = high = None
    value = _to_float(token.text)
    text_end = token.end
    case = None
    nxt = _at(tokens, i + 1)
    third = _at(tokens, i + 2)
    # "50:lle": a case ending after a colon
    if nxt and nxt.text == ":" and nxt.glued_before and third and third.glued_before:
        if third.kind == "word" and len(third.text) <= 5:
            readings = analyse(f"{token.text}:{third.text}")
            case = next((r.case for r in readings if r.case), None)
            last, text_end = i + 2, third.end
    # a range "8–10", "8 - 10"
    elif nxt and nxt.text in _DASHES and third and nxt.glued_before == third.glued_before:
        if third.kind == "num":
            low, high, value = value, _to_float(third.text), None
            last, text_end = i + 2, third.end
        elif third.kind == "word" and third.text[:1].isdigit():  # "18–29-vuotiaat"
            digits = re.match(r"\d+", third.text)
            reason = _in_word(third.text) or "in_word"
            return _excluded(sentence, token.start, third.start + digits.end(), reason), i + 2
    # a fraction "1/5"
    elif (
        nxt
        and nxt.text == "/"
        and nxt.glued_before
        and third
        and third.kind == "num"
        and third.glued_before
    ):
        bottom = _to_float(third.text)
        last, text_end = i + 2, third.end
        if 0 < bottom <= 12 and value < bottom:
            value = value / bottom
        else:
            return _excluded(sentence, token.start, text_end, "reference"), last
    if value is not None:  # "puolitoista sataa", "kaksi tuhatta"
        before_multiplier = last
        value, last, text_end = _multiplied(tokens, last, value, text_end)
        if last > before_multiplier and _is_fraction_word(tokens[last]):
            return _excluded(sentence, token.start, text_end, "fraction"), last
    number = Number(
        token.start,
        text_end,
        sentence[token.start : text_end],
        value,
        low,
        high,
        _qualifier(sentence, tokens, i),
        _is_percent(tokens, last),
        case=case,
    )
    reason = _exclusion(sentence, tokens, i, last, number)
    if reason:
        return _with(number, excluded=reason, qualifier=None), last
    return number, last


_MULTIPLIERS = {"sata": 100, "tuhat": 1000, "miljoona": 1_000_000, "miljardi": 1_000_000_000}


def _multiplied(tokens: list[Token], last: int, value: float, end: int) -> tuple[float, int, int]:
    after = _at(tokens, last + 1)
    if after is None or after.kind != "word" or after.glued_before:
        return value, last, end
    for reading in analyse(after.text):
        if reading.word_class == "numeral" and reading.lemma in _MULTIPLIERS:
            return value * _MULTIPLIERS[reading.lemma], last + 1, after.end
        fraction = fraction_value(reading) if value >= 1 else None
        if fraction is not None and not after.lower.startswith("puol"):
            return value * fraction, last + 1, after.end  # "kaksi kolmasosaa"
    return value, last, end


def _special_run(sentence: str, tokens: list[Token], i: int) -> tuple[Number, int] | None:
    """Digits that are no amount whatever follows: dates ("15.3.2021", "7.–9.3."), clock
    times ("9.00"), section numbers ("10.1"), phone numbers ("040 123 4567", "+358 …") and
    postal codes ("00100 Helsinki")."""
    token = tokens[i]
    before = _at(tokens, i - 1)
    # a run of digits joined by dots, with or without a dot at its end
    parts, last = [token.text], i
    while (
        _at(tokens, last + 1)
        and tokens[last + 1].text == "."
        and tokens[last + 1].glued_before
        and _at(tokens, last + 2)
        and tokens[last + 2].kind == "num"
        and tokens[last + 2].glued_before
    ):
        parts.append(tokens[last + 2].text)
        last += 2
    dot = _at(tokens, last + 1)
    has_dot = bool(dot and dot.text == "." and dot.glued_before)
    end = dot.end if has_dot and len(parts) > 1 else tokens[last].end
    if len(parts) > 1:
        if before and before.kind == "word" and _lemma_in(before, _SECTION_WORDS):
            reason = "section"
        elif (
            len(parts) <= 3
            and _is_date_part(parts[0])
            and _is_date_part(parts[1], 12)
            and (len(parts) == 3 or has_dot)
        ):
            reason = "date"
        elif len(parts) == 2 and len(parts[1]) == 2 and int(parts[0]) <= 24 and not has_dot:
            reason = "time"
        else:
            reason = "section"
        return _excluded(sentence, token.start, end, reason), last + (1 if has_dot else 0)
    # "7.–9.3.2021": a day before a date
    if has_dot and _is_date_part(token.text):
        dash, other = _at(tokens, last + 2), _at(tokens, last + 3)
        if dash and dash.text in _DASHES and other and other.kind == "num":
            following = _special_run(sentence, tokens, last + 3)
            if following and following[0].excluded == "date":
                return _excluded(sentence, token.start, following[0].end, "date"), following[1]
    digits = token.text
    after = _at(tokens, i + 1)
    if (
        re.fullmatch(r"\d{5}", digits)
        and after
        and after.kind == "word"
        and after.text[:1].isupper()
    ):
        return _excluded(sentence, token.start, token.end, "postcode"), i
    plus = before is not None and before.text == "+" and token.glued_before
    if plus or (digits.startswith("0") and len(digits) >= 2 and "," not in digits):
        last = i
        while (
            _at(tokens, last + 1)
            and tokens[last + 1].kind == "num"
            and not tokens[last + 1].glued_before
            and re.fullmatch(r"\d{2,4}(?:[ \u00a0]\d{3})*", tokens[last + 1].text)
        ) or (
            _at(tokens, last + 2)
            and tokens[last + 1].text == "-"
            and tokens[last + 1].glued_before
            and tokens[last + 2].kind == "num"
            and tokens[last + 2].glued_before
        ):
            last += 1 if tokens[last + 1].kind == "num" else 2
        if last > i or len(digits) >= 6 or plus:
            start = before.start if plus else token.start
            return _excluded(sentence, start, tokens[last].end, "phone"), last
    return None


def _word_number(sentence: str, tokens: list[Token], i: int) -> tuple[Number, int] | None:
    token = tokens[i]
    lower = token.lower
    if "-" in token.text or any(ch.isdigit() for ch in token.text):
        reason = _in_word(token.text)
        if reason:  # "4H-liiton", "Covid-19", "18–29-vuotiaat" are not amounts
            digits = re.search(r"\d+", token.text)
            if digits:
                return _excluded(
                    sentence, token.start + digits.start(), token.start + digits.end(), reason
                ), i
        return None
    readings = analyse(token.text)
    value = None
    case = None
    if lower == "yhtenä":  # "yhtenä tavoitteena": as one (of), not a count
        return None
    before = _at(tokens, i - 1)
    if lower == "yksi" and before and before.lower in ("on", "ovat", "oli", "olivat", "olla"):
        return None  # "neuvontapalvelut ovat yksi palvelumuoto": one of, not a count
    qualifier = _qualifier(sentence, tokens, i)
    cases: tuple[str, ...] = ()
    if any(r.word_class == "numeral" for r in readings) or _HALF_PAST.fullmatch(lower):
        value = numeral_value(lower)
        cases = tuple(
            dict.fromkeys(r.case for r in readings if r.word_class == "numeral" and r.case)
        )
        case = cases[0] if cases else None
    opening = before is None or before.text in ("–", "-", "—", "”", '"')
    if value is None and (token.text[:1].islower() or (opening and not lower.startswith("sata"))):
        value = round_value(lower)  # capitalised only opening the sentence (not "Satakunta")
        if value is not None:
            qualifier = qualifier or "noin"
            cases = tuple(dict.fromkeys(r.case for r in readings if r.case))
            case = cases[0] if len(cases) == 1 else None  # "parinkymmenen": genitive
    if value is None and lower in ("pari", "puoli") and _scale_or_count_after(tokens, i):
        # "pari tuhatta", "pari viikkoa" (a couple: about two), "puoli miljoonaa"
        value = 2.0 if lower == "pari" else 0.5
        qualifier = qualifier or ("noin" if lower == "pari" else None)
    if value is None:
        fraction = next((f for r in readings if (f := fraction_value(r)) is not None), None)
        if fraction is None:
            return None
        if lower.startswith("puol") and not lower.startswith(("puolet", "puolta", "puolia")):
            return None  # "puolella", "puolesta": a side, on behalf of; only "puolet" halves
        # "puolet", "kolmannes", "viidesosalla": a share, not a count
        return _excluded(sentence, token.start, token.end, "fraction"), i
    after = _at(tokens, i + 1)
    if after is not None and after.lower in _CLOCK_AFTER and "genitive" in (cases or (case,)):
        return _excluded(sentence, token.start, token.end, "time"), i  # "viiden jälkeen"
    word_range = _word_range(tokens, i, value, case)
    if word_range is not None:  # "kuudesta kahdeksaan", "kahdeksan ja viidentoista välillä"
        high, last = word_range
        end = tokens[last].end
        return Number(
            token.start, end, sentence[token.start : end], None, value, high, qualifier, False
        ), last
    value, last, end = _multiplied(tokens, i, value, token.end)
    if last > i and _is_fraction_word(tokens[last]):
        return _excluded(sentence, token.start, end, "fraction"), last  # "kaksi kolmasosaa"
    number = Number(
        token.start,
        end,
        sentence[token.start : end],
        value,
        None,
        None,
        qualifier,
        _is_percent(tokens, last),
        case=case,
        cases=cases,
    )
    return number, last


def _is_fraction_word(token: Token) -> bool:
    return not token.lower.startswith("puol") and any(
        fraction_value(r) is not None for r in analyse(token.text)
    )


# A number word in the genitive right before one of these is a time of day: "viiden jälkeen"
_CLOCK_AFTER = {"jälkeen", "maissa", "aikaan", "mennessä"}


def _scale_or_count_after(tokens: list[Token], i: int) -> bool:
    """ "pari"/"puoli" as a number: before a multiplier ("pari tuhatta", "puoli miljoonaa"),
    or "pari" before a noun in the partitive singular ("pari viikkoa")."""
    after = _at(tokens, i + 1)
    if after is None or after.kind != "word" or after.glued_before:
        return False
    readings = analyse(after.text)
    if any(r.word_class == "numeral" and r.lemma in _MULTIPLIERS for r in readings):
        return True
    return tokens[i].lower == "pari" and any(
        r.word_class == "noun" and r.case == "partitive" and not r.is_plural for r in readings
    )


def _word_range(
    tokens: list[Token], i: int, value: float, case: str | None
) -> tuple[float, int] | None:
    """A range in words: elative to illative ("kuudesta kahdeksaan"), "X ja Y välillä", or
    two number words in one case joined by a dash or "tai" ("yhtä–kahta", "kaksi tai
    kolme")."""
    nxt = _at(tokens, i + 1)
    if nxt is None:
        return None
    other = _at(tokens, i + 2)
    if (nxt.text in _DASHES or nxt.lower == "tai") and other is not None and other.kind == "word":
        high = numeral_value(other.lower)
        same_case = case is not None and any(
            r.word_class == "numeral" and r.case == case for r in analyse(other.text)
        )
        if high is not None and high > value and same_case:
            return high, i + 2
    if nxt.kind != "word":
        return None
    if case == "elative":
        high = numeral_value(nxt.lower)
        if high is not None and any(
            r.word_class == "numeral" and r.case == "illative" for r in analyse(nxt.text)
        ):
            return high, i + 1
    if case == "genitive" and nxt.lower == "ja":
        other, after = _at(tokens, i + 2), _at(tokens, i + 3)
        if other and after and after.lower in ("välillä", "väliltä", "välille"):
            high = numeral_value(other.lower)
            if high is not None:
                return high, i + 2
    return None


# "yhdessä yössä" (overnight), "yhdessä hetkessä" (in an instant): idioms, not counts
_ONE_IDIOMS = {"yö", "hetki", "hujaus", "silmänräpäys", "rysäys"}


def _counts_one(number: Number, token: Token) -> bool:
    """Whether "one" in words counts: not "yhdessä" or "yhteen" without a noun of its own
    (together: "yhdessä tekemisen"), nor in an idiom ("yhdessä yössä")."""
    if number.head is None:
        return token.lower not in ("yhdessä", "yhteen")
    return number.head.reading.lemma not in _ONE_IDIOMS


def _needs_head(token: Token) -> bool:
    """Number words that are also other words count only with a noun: "yhdessä" (together),
    "yhtenä" (as one), "kuusi" (a spruce), "tuhat" (ashes)."""
    if token.kind != "word":
        return False
    readings = analyse(token.text)
    if any(fraction_value(r) is not None for r in readings):
        return False
    return token.lower.startswith(("yk", "yh")) or any(r.word_class != "numeral" for r in readings)


def _excluded(sentence: str, start: int, end: int, reason: str) -> Number:
    return Number(start, end, sentence[start:end], None, None, None, None, False, reason)


def _in_word(text: str) -> str | None:
    """Why digits inside a word are no amount: an age ("18–29-vuotiaat"), a decade
    ("2020-luvulla"), a name ("4H-liitto", "Covid-19", "5G-verkko") or part of a word
    ("3-vuotinen", "2-kielinen")."""
    lower = text.lower()
    if not re.search(r"\d", lower):
        return None
    if re.search(r"\d[-–]?(?:vuotia|vuotias)", lower):
        return "age"
    if re.search(r"(?:19|20)\d\d-(?:luvu|luku)", lower):
        return "year"
    if re.search(r"[^\W\d_][-–]?\d|\d[A-ZÅÄÖ]", text):
        return "name"
    return "in_word"


def _exclusion(sentence: str, tokens: list[Token], i: int, last: int, number: Number) -> str | None:
    """Why the number at tokens[i..last] is not an amount, or None."""
    token = tokens[i]
    before = _at(tokens, i - 1)
    before2 = _at(tokens, i - 2)
    after = _at(tokens, last + 1)
    after2 = _at(tokens, last + 2)
    digits = token.text.replace(" ", "").replace("\u00a0", "")
    # glued to letters: "4H", "5G", "3D", "19-vuotiaat", "2020-luvulla"
    if after and after.glued_before and after.kind == "word" and number.case is None:
        return _in_word(token.text + after.text) or "name"
    if before and before.kind == "word" and token.glued_before:
        return "name"  # "Covid19"
    if (
        before
        and before.text in _DASHES
        and token.glued_before
        and before2
        and (before2.kind == "word" and before.glued_before)
    ):
        return "name"  # "Covid-19" written with a dash the tokenizer kept apart
    if (
        after
        and after.text == "."
        and after.glued_before
        and after2
        and after2.kind == "word"
        and after2.text[:1].islower()
        and re.fullmatch(r"[1-9]\d{0,2}", digits)
    ):
        return "ordinal"  # "3. sektori", "2. vaihe", "46. toimintavuosi"
    # an age whose hyphen was cut off by a space: "alle 25- vuotiaille"
    if (
        after
        and after.text in _DASHES
        and after.glued_before
        and after2
        and after2.kind == "word"
        and not after2.glued_before
        and _AGE.match(after2.text)
    ):
        return "age"
    # a footnote marker glued after a word and its punctuation: "toimintaa.12 Seuraava"
    if (
        before
        and before.text in (".", ",", ";", ":", ")")
        and token.glued_before
        and before.glued_before
        and before2
        and before2.kind == "word"
        and len(before2.text) >= 4  # not "n.200", "yht.45": an abbreviation before a number
        and before2.lower not in ABBREVIATIONS
        and re.fullmatch(r"\d{1,3}", digits)
    ):
        return "footnote"
    # an age in apposition after a name: "NN, 45, kertoo"
    if (
        before
        and before.text == ","
        and before2
        and before2.kind == "word"
        and before2.text[:1].isupper()
        and after
        and after.text == ","
        and re.fullmatch(r"\d{1,3}", digits)
        and any(r.word_class == "proper_noun" for r in analyse(before2.text))
        | (before2.text.isupper() and len(before2.text) <= 3)
    ):
        return "age"
    # a week number: "viikolla 12", "vko 34"
    if (
        before
        and before.lower in _WEEK_FORMS
        and re.fullmatch(r"\d{1,2}", digits)
        and int(digits) <= 53
        and not _counts_after(tokens, last)
    ):
        return "week"
    # a street address: "Torikatu 10", "Rautatienkatu 21 B"
    if (
        before
        and before.kind == "word"
        and before.text[:1].isupper()
        and before.lower.endswith(_STREETS)
    ):
        return "address"
    # a list marker inside a sentence: "tavoitteet: 1. 120 osallistujaa 2. 40 % …"
    if after and after.text == "." and after.glued_before and after2 and after2.kind == "num":
        return "list"
    # an age: "Osallistujien ikä vaihteli 19 ja 63 vuoden välillä"
    if _near_lemma(tokens, i, last, {"ikä", "ikävuosi"}, 4):
        return "age"
    # a year after "vuonna", "vuoden" … ("vuoden 2020 alusta")
    if (
        before
        and before.lower in _YEAR_WORDS
        and re.fullmatch(r"(?:19|20)\d\d", token.text)
        and number.low is None
    ):
        return "year"
    # list markers: "1)", "a)", or "1." opening the sentence
    if (
        after
        and after.text == ")"
        and after.glued_before
        and (before is None or before.text != "(")
    ):
        return "list"
    if before is None and after and after.text == "." and after.glued_before:
        return "list"
    # references: "Dnro 123/2020", "klo 9", "toimintalinja 5", "osio 10.1"
    reference = _reference_before(tokens, i)
    if reference:
        return reference
    if (
        before
        and before.kind == "word"
        and _lemma_in(before, _SECTION_WORDS)
        and not _counts_after(tokens, last)
    ):
        return "section"
    # money and scores
    if after and after.kind in ("word", "punct") and _MONEY.fullmatch(after.text):
        return "money"
    if after and after.lower in ("tuhatta", "miljoonaa", "miljardia") and after2:
        return "money" if _MONEY.fullmatch(after2.text) else None
    if number.low is not None and _near_lemma(tokens, i, last, _SCALE_WORDS, 2):
        return "score"  # the ends of a scale: "asteikolla 1–5"; a score itself is an amount
    if before and _lemma_in(before, {"asteikko"}):
        return "score"
    # ages: "65 vuotta täyttäneet", "alle 30 vuotiaat"
    if after and after.kind == "word" and _AGE.match(after.text) and after.lower != "vuotta":
        return "age"
    if after and after.lower == "vuotta" and after2 and after2.lower.startswith("täyttä"):
        return "age"
    # numbers in names: "Covid 19", "Agenda 2030", "ISO 9001"
    if (
        before
        and before.kind == "word"
        and (before.lower in _NAMES or (before.text.isupper() and len(before.text) >= 2))
    ):
        return "name"
    # years: 1900–2099 not followed by a counted noun ("2000 henkilöä" is a count)
    if number.low is not None:
        if _is_year(number.low) and _is_year(number.high):
            return "year"
    elif re.fullmatch(r"(?:19|20)\d\d", token.text) and not _counts_after(tokens, last):
        return "year"
    return None


def _reference_before(tokens: list[Token], i: int) -> str | None:
    """ "Dnro 123", "klo 9", "puh. 040 …", "nro 5": the word (and a dot) just before."""
    j = i - 1
    token = _at(tokens, j)
    if token is not None and token.text in (".", ":"):
        token = _at(tokens, j - 1)
    if token is None or token.kind != "word":
        return None
    if token.lower in _REFERENCES:
        return _REFERENCES[token.lower]
    return next((_REFERENCES[r.lemma] for r in analyse(token.text) if r.lemma in _REFERENCES), None)


def _looks_like_date(tokens: list[Token], i: int) -> bool:
    day = tokens[i].text
    month = _at(tokens, i + 2)
    return _is_date_part(day) and month is not None and _is_date_part(month.text, 12)


def _is_date_part(text: str, limit: int = 31) -> bool:
    return text.isdigit() and 1 <= int(text) <= limit


def _is_year(value: float | None) -> bool:
    return value is not None and 1900 <= value <= 2099 and float(value).is_integer()


def _counts_after(tokens: list[Token], last: int) -> bool:
    after = _at(tokens, last + 1)
    if after is None or after.kind != "word":
        return False
    return any(
        r.case == "partitive" and not r.is_plural and r.word_class in ("noun", "adjective")
        for r in analyse(after.text)
    )


def _lemma_in(token: Token, lemmas: set[str]) -> bool:
    return token.lower in lemmas or any(
        r.lemma in lemmas or r.head in lemmas for r in analyse(token.text)
    )


def _near_lemma(tokens: list[Token], i: int, last: int, lemmas: set[str], reach: int) -> bool:
    for j in (*range(max(0, i - reach), i), *range(last + 1, min(len(tokens), last + 1 + reach))):
        if tokens[j].kind == "word" and _lemma_in(tokens[j], lemmas):
            return True
    return False


def _is_percent(tokens: list[Token], last: int) -> bool:
    after = _at(tokens, last + 1)
    return bool(after and _PERCENT.fullmatch(after.text))


def _qualifier(sentence: str, tokens: list[Token], i: int) -> str | None:
    """A qualifier right before the number ("noin 20", "n. 20", "yhteensä noin 50")."""
    j = i - 1
    for _ in range(3):
        token = _at(tokens, j)
        if token is None:
            return None
        if token.text == "." and _at(tokens, j - 1) and tokens[j - 1].lower == "n":
            return "noin"
        if token.kind != "word":
            return None
        if token.lower in QUALIFIERS:
            return QUALIFIERS[token.lower]
        j -= 1
        if token.lower not in ("jo", "vain", "ainoastaan", "peräti"):
            return None
    return None


def _to_float(text: str) -> float:
    plain = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", plain):
        plain = plain.replace(".", "")  # "1.496": dots between thousands
    return float(plain.replace(",", "."))


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


# --- the counted noun -------------------------------------------------------------------------

_OBLIQUE = {
    "genitive",
    "essive",
    "translative",
    "inessive",
    "elative",
    "illative",
    "adessive",
    "ablative",
    "allative",
    "abessive",
    "comitative",
    "instructive",
}
_STOP_WORDS = {"ja", "sekä", "tai", "eli", "mutta", "kuin", "joista", "jotka", "joka", "joita"}
_PASS_OVER = ("adjective", "pronoun", "numeral", "proper_noun", "abbreviation", "adverb")
_AMOUNT_HEADS = {"määrä", "lukumäärä", "kokonaismäärä", "luku"}
_NOT_HEADS = {"kaikki", "osa", "muu", "moni", "useampi", "jokainen", "oma", "sama", "eri"}
# Words that make a number a rate ("20 osallistujaa kerrallaan", "200 kuukaudessa").
RATE_WORDS = {
    "kerrallaan",
    "vuosittain",
    "vuodessa",
    "vuosi",
    "kuukausittain",
    "kuukaudessa",
    "viikoittain",
    "viikossa",
    "päivittäin",
    "päivässä",
    "vuorokaudessa",
    "tunnissa",
    "per",
    "kohden",
    "kohti",
    "keskimäärin",
}
# Nouns after a genitive that make it a postposition phrase, not a count ("20 työelämän
# ulkopuolella" is twenty outside working life, not twenty working lives).
_POSTPOSITIONS = {
    "ulkopuolella",
    "ulkopuolelle",
    "ulkopuolelta",
    "sisällä",
    "aikana",
    "ajan",
    "kanssa",
    "osalta",
    "mukaan",
    "kautta",
    "takia",
    "vuoksi",
    "avulla",
    "lisäksi",
    "jälkeen",
    "tueksi",
    "hyväksi",
    "puolesta",
    "toimesta",
    "parissa",
    "keskuudessa",
    "piirissä",
    "käyttöön",
    "alueella",
}
_REACH_FORWARD = 6
_REACH_BACK = 8


def _head(tokens: list[Token], i: int, last: int, number: Number, counted: Counted) -> Head | None:
    if number.value is not None and 0 < number.value < 1:  # a share: "1/5 osallistujista"
        return _group_after(tokens, last) or _head_before(tokens, i, counted)
    return _head_after(tokens, last, number, counted) or _head_before(tokens, i, counted)


def _agrees(reading: Reading, number: Number, strict: bool) -> bool:
    """Whether a noun in this reading can be what the number counts: singular and in
    agreement (strict), or a plural in an oblique case (a common slip)."""
    return any(
        _agrees_in(reading, number.value, case, strict) for case in (number.cases or (number.case,))
    )


def _agrees_in(reading: Reading, value: float | None, case: str | None, strict: bool) -> bool:
    if reading.is_plural:
        return not strict and reading.case in _OBLIQUE - {"genitive"} and case is None
    if case in (None, "nominative", "accusative"):
        if value == 1 and case in (None, "nominative"):
            return reading.case in ("nominative", *(_OBLIQUE if case is None else ()))
        if reading.case == "partitive":
            return True
        return case is None and reading.case in _OBLIQUE
    return reading.case == case


def _window_after(tokens: list[Token], last: int) -> list[tuple[Token, tuple[Reading, ...]]]:
    """The words after a number that may hold what it counts: up to the first word that is
    neither a modifier nor a noun, a stop word or punctuation; an elided compound ("ohjaus- ja
    konsultointipäivää", "3 lähi- ja 18,5 etäopetuspäivää") is passed over."""
    window = []
    j = last + 1
    while j < len(tokens) and len(window) < _REACH_FORWARD and j - last <= 4 * _REACH_FORWARD:
        token = tokens[j]
        nxt = _at(tokens, j + 1)
        if (
            token.kind == "word"
            and nxt
            and nxt.text == "-"
            and nxt.glued_before
            and not (nxt.glued_after)
        ):  # "ohjaus- ja …": skip the part, the dash and "ja"
            j += 2
            if _at(tokens, j) and tokens[j].lower in ("ja", "tai", "sekä"):
                j += 1
            if _at(tokens, j) and tokens[j].kind == "num":
                j += 1
            continue
        if (
            token.text == ","
            and window
            and nxt is not None
            and nxt.kind == "word"
            and any(r.word_class == "adjective" and r.case == "partitive" for r in window[-1][1])
        ):
            j += 1  # "31 selkokielistä, Selkokeskuksen hyväksymää opasta"
            continue
        if token.kind == "num" and nxt and nxt.kind == "word" and _AGE.match(nxt.text):
            j += 1  # "2 500 yksin asuvaa 75 vuotta täyttänyttä henkilöä": an age inside
            continue
        third = _at(tokens, j + 2)
        if (
            token.kind == "num"
            and nxt
            and nxt.text in _DASHES
            and third
            and third.kind == "word"
            and third.text[:1].isdigit()
        ):
            j += 2  # "kuuttakymmentä 13–17-vuotiasta nuorta": an age range inside
            continue
        if (
            token.lower in ("ja", "sekä")
            and window
            and nxt is not None
            and nxt.kind == "word"
            and _same_adjective_case(window[-1][1], analyse(nxt.text))
        ):
            j += 1  # "sata iloista ja aktiivista eläkeläistä": adjectives joined
            continue
        if token.kind != "word" or (token.lower in _STOP_WORDS):
            break
        if token.lower in QUALIFIERS and token.lower != "keskimäärin":
            j += 1
            continue
        window.append((token, analyse(token.text)))
        j += 1
    return window


def _same_adjective_case(first: tuple[Reading, ...], second: tuple[Reading, ...]) -> bool:
    cases = {r.case for r in first if r.word_class == "adjective" and r.case == "partitive"}
    return bool(cases) and any(r.word_class == "adjective" and r.case in cases for r in second)


def _head_after(tokens: list[Token], last: int, number: Number, counted: Counted) -> Head | None:
    """The noun after the number, past adjectives, participles, genitive attributes and
    the complements of a participle ("69 hankkeeseen kirjattua asiakasta")."""
    window = _window_after(tokens, last)
    usable: list[tuple[Token, tuple[Reading, ...]]] = []
    for k, (token, readings) in enumerate(window):
        if token.lower in RATE_WORDS:
            break
        if token.lower in _POSTPOSITIONS:
            continue  # "118 työelämän ulkopuolella olevaa henkilöä": passed, never a head
        if k > 0 and readings and all(r.word_class == "numeral" for r in readings):
            break  # "puoli miljoonaa kaikissa kymmenessä tuhannessa järjestössä": its own
        usable.append((token, readings))
        if not readings:
            if token.text[:1].isupper():  # an unknown name: "Digikummit"
                continue
            break
        before_participle = k + 1 < len(window) and any(
            r.participle or r.derivation == "agent" for r in window[k + 1][1]
        )  # "69 hankkeeseen kirjattua", "kuuden koulutukseen osallistujan"
        passable = any(
            r.word_class in _PASS_OVER
            or r.participle
            or r.lemma in _NOT_HEADS
            or (r.word_class == "noun" and r.case == "genitive")
            or (r.word_class == "noun" and r.case in _OBLIQUE and before_participle)
            for r in readings
        )
        if not passable:
            break
    for strict in (True, False):
        for k, (token, readings) in enumerate(usable):
            nxt = usable[k + 1] if k + 1 < len(usable) else None
            following = window[k + 1][0].lower if k + 1 < len(window) else ""
            # "10 ammattilaista" is ten professionals (partitive), not "from ten laws"; a
            # counted lemma before another ("neuvontakerta" before "neuvontakertoja")
            ordered = sorted(readings, key=lambda r: (r.case != "partitive", not counted(r.lemma)))
            for reading in ordered:
                if reading.word_class != "noun" or reading.lemma in _NOT_HEADS:
                    continue
                if not _agrees(reading, number, strict):
                    continue
                if (
                    reading.case != "partitive"
                    and number.case is None
                    and not counted(reading.lemma)
                ):
                    continue  # "19 kuntouttavaan työtoimintaan": no count of activities
                if reading.case == "genitive" and any(
                    r.word_class == "noun" and r.case == "partitive" and _agrees(r, number, True)
                    for _, later in usable[k + 1 :]
                    for r in later
                ):
                    continue  # "60 matkailuyrityksen edustajaa", "12 hankkeen omaa työntekijää"
                if (
                    reading.case == "genitive"
                    and "genitive" in (number.cases or (number.case,))
                    and not counted(reading.lemma)
                    and any(
                        r.word_class == "noun" and r.case == "genitive" and counted(r.lemma)
                        for _, later in usable[k + 1 :]
                        for r in later
                    )
                ):
                    continue  # "kymmenen sosiaalialan ammattilaisen": the counted one heads
                if (
                    reading.case == "genitive"
                    and following in _POSTPOSITIONS
                    and (number.case is None)
                ):
                    continue  # "20 työelämän ulkopuolella"; but "yhden vuoden aikana" counts
                if (
                    nxt
                    and any(r.participle for r in nxt[1])
                    and reading.case in _OBLIQUE
                    and reading.case != number.case  # "450:lle kurssille": the number's own
                ):
                    continue  # a complement of the participle after it
                if (
                    nxt
                    and (reading.participle or any(r.word_class == "adjective" for r in readings))
                    and any(r.word_class == "noun" and _agrees(r, number, True) for r in nxt[1])
                ):
                    continue  # an adjective before its noun: "10 vapaaehtoista digikummia"
                return Head(token.text, token.start, token.end, reading, "after")
        if strict:  # a substantivised adjective: "12 vapaaehtoista", "30 nuorta"
            for token, readings in usable:
                for reading in readings:
                    if (
                        reading.word_class == "adjective"
                        and (not reading.participle or counted(reading.lemma))
                        and _agrees(reading, number, True)
                        and (reading.case == "partitive" or counted(reading.lemma))
                    ):
                        return Head(token.text, token.start, token.end, reading, "after")
    return None


def _head_before(tokens: list[Token], i: int, counted: Counted) -> Head | None:
    """A counted noun earlier in the clause: "Osallistujia oli 45", "Asiakkaista 65 asui",
    "Osallistujamäärä oli 159", "Asiakkaiden määrä nousi 120:een"."""
    j = i - 1
    steps = 0
    only_qualifiers = True
    # steps count words; the bound on j keeps a run of digits and marks from being walked
    # through once per number (which would be quadratic in the sentence)
    while j >= 0 and steps < _REACH_BACK and i - j <= 4 * _REACH_BACK:
        token = tokens[j]
        if token.kind != "word":
            if token.text == "," and only_qualifiers and steps:
                j -= 1  # "Osallistujia oli suunniteltua enemmän, yhteensä 93"
                continue
            if token.text == ")" and j == i - 1:  # "Vastanneista (n=26) seitsemän"
                opening = next(
                    (k for k in range(j - 1, max(-1, j - 8), -1) if tokens[k].text == "("), None
                )
                if opening is not None:
                    j = opening - 1
                    continue
            if token.text in ",;:()":
                return None
            j -= 1
            continue
        only_qualifiers = only_qualifiers and token.lower in QUALIFIERS
        if token.lower in ("joita", "joista"):  # "opettajat, joita koulutetaan 45"
            return _antecedent(tokens, j, counted, "group" if token.lower == "joista" else "before")
        if token.lower == "kuin" and j > 0 and tokens[j - 1].lower in ("enemmän", "vähemmän"):
            j -= 2  # "osallistujia on enemmän kuin 9"
            continue
        if token.lower in _STOP_WORDS:
            return None
        readings = sorted(analyse(token.text), key=lambda r: not counted(r.lemma))
        for reading in readings:
            if reading.lemma in _NOT_HEADS:
                continue
            # nouns, and adjectives and participles used as nouns ("Valmennettavia
            # tavoitettiin 276", "Kurssille osallistuneista 39", "Heistä 54")
            nominal = reading.word_class == "noun" or (
                reading.word_class in ("adjective", "pronoun") and counted(reading.lemma)
            )
            if not nominal:
                continue
            if reading.case == "partitive" and reading.is_plural:
                return Head(token.text, token.start, token.end, reading, "before")
            if reading.case == "elative" and reading.is_plural:
                return Head(token.text, token.start, token.end, reading, "group")
            before = _at(tokens, j - 1)
            if reading.case == "elative" and before is not None and before.kind == "num":
                # "26 vastanneesta kahdeksan": of the 26 respondents
                return Head(token.text, token.start, token.end, reading, "group")
            if reading.word_class != "noun":
                continue
            if reading.case in ("nominative", "genitive", "partitive") and (
                reading.head in _AMOUNT_HEADS
            ):
                if len(reading.parts) > 1:
                    return Head(token.text, token.start, token.end, reading, "amount")
                of = _at(tokens, j - 1)  # "asiakkaiden määrä"
                if of and of.kind == "word":
                    for owner in analyse(of.text):
                        if owner.word_class == "noun" and owner.case == "genitive":
                            return Head(of.text, of.start, of.end, owner, "amount")
        j -= 1
        steps += 1
    return None


_OLLA = {"on", "ovat", "oli", "olivat", "olisi", "olisivat", "ollut", "olleet"}


def _predicate(tokens: list[Token], last: int) -> Head | None:
    """What the counted people were, said after the number: "joista 7 oli hankkeen
    työntekijöitä ja 105 työttömiä työnhakijoita", "Asiakkaista 24 oli työttömiä"."""
    j = last + 1
    if _at(tokens, j) and tokens[j].lower in _OLLA:
        j += 1
    for k in range(j, min(len(tokens), j + 5)):
        token = tokens[k]
        if token.kind != "word":
            return None
        readings = analyse(token.text)
        for reading in readings:
            if (
                reading.word_class == "noun"
                and reading.is_plural
                and reading.case
                in (
                    "partitive",
                    "nominative",
                )
            ):
                return Head(token.text, token.start, token.end, reading, "predicate")
        passable = token.lower in ("ja", "sekä") or any(
            r.case == "genitive" or r.word_class == "adjective" for r in readings
        )
        if not passable:
            return None
    return None


def _antecedent(tokens: list[Token], j: int, counted: Counted, relation: str) -> Head | None:
    """The noun a relative pronoun at ``j`` refers to: the last one before its comma."""
    k = j - 1
    if _at(tokens, k) is None or tokens[k].text != ",":
        return None
    for k in range(j - 2, max(-1, j - 6), -1):
        token = tokens[k]
        if token.kind != "word":
            return None
        for reading in sorted(analyse(token.text), key=lambda r: not counted(r.lemma)):
            if reading.word_class == "noun" or (
                reading.word_class == "adjective" and counted(reading.lemma)
            ):
                return Head(token.text, token.start, token.end, reading, relation)
    return None


def _group_after(tokens: list[Token], last: int) -> Head | None:
    """The group a share is of: "35 % osallistujista", "puolet asiakkaista"."""
    j = last + 1
    steps = 0
    while j < len(tokens) and steps < 3:
        token = tokens[j]
        if token.kind == "word":
            for reading in analyse(token.text):
                if reading.word_class == "noun" and reading.case == "elative":
                    return Head(token.text, token.start, token.end, reading, "group")
            steps += 1
        elif token.text != "%":
            return None
        j += 1
    return None


def _share_of(tokens: list[Token], i: int, last: int, counted: Counted) -> Head | None:
    """What a percentage is a share of: after it ("35 % osallistujista") or before it in the
    clause ("Osallistujatavoitteesta saavutettiin 85 prosenttia")."""
    after = _group_after(tokens, last + 1)
    if after is not None:
        return after
    head = _head_before(tokens, i, counted)
    return head if head is not None and head.relation == "group" else None


def rate_after(tokens: list[Token], last: int) -> str | None:
    """A rate word in the few words after a number ("kerrallaan", "vuodessa", "/kerta")."""
    j = last + 1
    while j < len(tokens) and j <= last + 6:
        token = tokens[j]
        if token.text in ",;:(" or token.lower in _STOP_WORDS:
            return None
        if token.text == "/" and _at(tokens, j + 1) and tokens[j + 1].kind == "word":
            return "/" + tokens[j + 1].lower
        if token.kind == "word" and (token.lower in RATE_WORDS or _is_time_frame(token)):
            return token.lower
        j += 1
    return None


_TIME_NOUNS = {"päivä", "viikko", "kuukausi", "vuosi", "kerta", "ilta", "tunti", "vuorokausi"}


def _is_time_frame(token: Token) -> bool:
    """ "vuodessa", "kuukaudessa", "neuvontapäivinä", "iltaisin": per a unit of time."""
    for reading in analyse(token.text):
        if reading.word_class != "noun" or reading.head not in _TIME_NOUNS:
            continue
        if reading.case == "inessive" and not reading.is_plural:
            return True
        if reading.case in ("essive", "instructive") and reading.is_plural:
            return True
    return False
