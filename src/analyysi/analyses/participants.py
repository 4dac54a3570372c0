"""Participant targets versus outcomes, with outcomes read from the final-report text.

Official counts (sections 7.1 and 7.2) and numbers read from the text are kept apart and
labelled. Text counts are entries as the document states them, never unique persons, and are
never summed into "people reached". No evidence, no number.
"""

from __future__ import annotations

import re

import pandas as pd

from analyysi.tables.metadata import FIELDS
from analyysi.text.numbers import Number, find_numbers
from analyysi.text.sentences import split_sentences

PEOPLE_UNITS = ("persons", "participants", "clients", "employees", "volunteers")
UNITS = FIELDS["unit"].enum  # declared once, with the column
# Word stems (lower case) of what is counted, checked in this order after the number, then
# before it. Compound words are matched by their last part (e.g. "hanketyöntekijää").
_UNIT_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("volunteers", ("vapaaehtoi", "digikumm", "mentor")),
    (
        "employees",
        (
            "työntekijä",
            "ammattilai",
            "henkilöstö",
            "henkilökun",
            "neuvoj",
            "ohjaaj",
            "valmentaj",
            "projektipäällik",
            "hankeassistent",
        ),
    ),
    (
        "participants",
        (
            "osallistuj",
            "osallistui",
            "osallistuu",
            "koulutettav",
            "valmennettav",
            "opiskelij",
            "kurssilai",
        ),
    ),
    ("clients", ("asiaka", "asiakk", "kävijö", "kävijä", "yhteydenot")),
    (
        "persons",
        (
            "henkilö",
            "ihmis",
            "ihmist",
            "asukka",
            "maahanmuuttaj",
            "vieraskieli",
            "nuor",
            "kuntalai",
            "aikuis",
            "naisi",
            "miehi",
            "työtö",
            "työnhakij",
        ),
    ),
    (
        "organisations",
        (
            "järjestö",
            "yritys",
            "yrityk",
            "organisaati",
            "säätiö",
            "kunta",
            "kunnan",
            "kuntaa",
            "oppilaitok",
            "yhdistys",
            "yhdistyk",
            "toimija",
        ),
    ),
    ("trainings", ("koulutu", "koulutuk", "kurssi", "verkkokurssi", "webinaar", "työpaja")),
    ("events", ("tilaisuu", "tapahtum", "infotilaisuu", "lähetys", "lähetyk", "messu")),
    (
        "sessions",
        ("kerta", "kerra", "kokoontumi", "tapaami", "yksilövalmennu", "käyntiä", "käynti"),
    ),
    ("days", ("päivä", "pv", "lähiopetuspäiv", "etäopetuspäiv")),
    ("hours", ("tunti", "tunni", "tuntia")),
    (
        "materials",
        ("opas", "oppaa", "opasta", "materiaal", "video", "julkaisu", "julkaisu", "kortti"),
    ),
)
_COMPOUND_TAILS = tuple(stem for _, stems in _UNIT_STEMS for stem in stems)
# A sentence about participant targets being reached ("tavoite" also inside compounds:
# "henkilötavoitteet"), and the ways Finnish says they were not.
_QUALITATIVE = re.compile(
    r"(ylit\w*|saavut\w*|jäi\w* alle)\b.{0,80}tavoit\w*|tavoit\w*.{0,60}\b(ylit\w*|saavut\w*|jäi\w*)",
    re.I,
)
_NOT_REACHED = re.compile(
    r"\b(?:ei|eivät)\b(?:\s+\w+){0,2}\s+(?:saavutettu|saavuttanut|saavuttaneet|ylittänyt|ylittäneet|ylitetty)"
    r"|jäi\w*\s+(?:alle|saavuttamatta)|saavuttamatta",
    re.I,
)
# Counts of the people a project reaches; staff (employees) and volunteers are not its
# participants, so their counts never stand for realised participants.
OUTCOME_UNITS = ("persons", "participants", "clients")
_TARGET_CUE = re.compile(r"tavoit|suunnit|arvio|odote", re.I)


def extract_claims(texts: pd.DataFrame) -> pd.DataFrame:
    """Every quantity in the free-text sections with what it counts (``participant_claims``)."""
    rows = []
    for item in texts.itertuples(index=False):
        stage = "outcome" if item.section == "final_report" else "target"
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())  # offsets refer to this one-line form
            for number in find_numbers(words, counted_noun=lambda w: unit_of(w) is not None):
                rows.append(
                    {
                        "project_code": item.project_code,
                        "section": item.section,
                        "sentence_index": sentence.index,
                        "sentence": words,
                        "start": number.start,
                        "end": number.end,
                        "value": number.value,
                        "number_text": number.number_text,
                        "low": number.low,
                        "high": number.high,
                        "qualifier": number.qualifier,
                        "unit": classify_unit(words, number),
                        "stage": stage,
                    }
                )
    columns = [
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
    ]
    return pd.DataFrame(rows, columns=columns)


def classify_unit(sentence: str, number: Number) -> str:
    """What a number counts: the first counted noun right after it ("50 asiakasta"), else the
    group it is taken from earlier in the sentence ("Asiakkaista 65 …", "osallistujista 1/5"),
    else a counted noun just before it ("Etäopetuspäiviä hanke toteutti 148")."""
    if number.is_percent:
        return "percent"
    after = _words(re.split(r"[,;:()\d%]", sentence[number.end :])[0])[:4]
    # the group a number is taken from is in the elative plural ("asiakkaista") and is not
    # itself counted by a number ("10 vapaaehtoista" is a partitive)
    before_all = [
        m.group(2).lower()
        for m in re.finditer(
            r"(\d\s*)?\b([A-Za-zÅÄÖåäö-]+(?:ista|istä))\b", sentence[: number.start]
        )
        if not m.group(1)
    ][::-1]
    before_near = _words(re.split(r"[,;:()\d%]", sentence[: number.start])[-1])[::-1]
    for word in after:
        unit = unit_of(word)
        if unit:
            return unit
    for word in before_all:
        if unit_of(word):
            return unit_of(word)
    for word in before_near[:4]:
        unit = unit_of(word)
        if unit:
            return unit
    return "other"


def _words(text: str) -> list[str]:
    """The words of a text, lower-cased, without multi-word proper names ("Nuorten Ystävien")."""
    words = re.findall(r"[A-Za-zÅÄÖåäö-]+", text)
    capital = [w[:1].isupper() for w in words]
    return [
        w.lower()
        for i, w in enumerate(words)
        if not (
            capital[i] and ((i > 0 and capital[i - 1]) or (i + 1 < len(words) and capital[i + 1]))
        )
    ]


def unit_of(word: str) -> str | None:
    """The unit a word counts, by the stem nearest its end (the head of a compound:
    "henkilökoulutuspäivää" counts days)."""
    best, at = None, -1
    for unit, stems in _UNIT_STEMS:
        for stem in stems:
            position = word.rfind(stem)
            # the stem heads the word: only an inflection ending may follow it
            if position > at and len(word) - position - len(stem) <= 6:
                best, at = unit, position
    return best


# --- targets versus outcomes ------------------------------------------------------------

_TOTAL = re.compile(r"\b(?:yhteensä|kaikkiaan|kaikista|kokonaismäärä)\b", re.I)


def outcomes(indicators: pd.DataFrame, claims: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """``participant_outcomes``: per project and indicator, planned against realised, the
    realised figure from the monitoring data or else from the final report, with its evidence."""
    rows = []
    for item in indicators.itertuples(index=False):
        planned = _int_or_none(item.planned)
        reported = _int_or_none(item.realised)
        from_text, evidence, source = None, None, None
        if item.indicator == "persons":
            total = text_total(claims, item.project_code)
            if total is not None:
                from_text, evidence = total
        realised = reported if reported is not None else from_text
        if reported is not None:
            source = "indicator"
        elif from_text is not None:
            source = "text_total"
        achievement = round(realised / planned, 4) if realised is not None and planned else None
        status = _status(planned, realised)
        if status == "not_reported" and item.indicator == "persons":
            qualitative = qualitative_statement(texts, item.project_code)
            if qualitative:
                status, evidence, source = qualitative[0], qualitative[1], "text_qualitative"
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
            }
        )
    return pd.DataFrame(rows)


def text_total(claims: pd.DataFrame, project_code: str) -> tuple[int, str] | None:
    """The largest people count the final report gives as a total ("yhteensä 69 … kirjatusta")."""
    mine = claims[
        (claims["project_code"] == project_code)
        & (claims["section"] == "final_report")
        & claims["unit"].isin(OUTCOME_UNITS)
        & claims["value"].notna()
    ]
    mine = mine[~mine["sentence"].str.contains(_TARGET_CUE)]  # a target restated is no result
    totals = mine[(mine["qualifier"] == "yhteensä") | mine["sentence"].str.contains(_TOTAL)]
    totals = totals[totals["value"] >= 1]
    if totals.empty:
        return None
    best = totals.sort_values(["value", "sentence_index"], ascending=[False, True]).iloc[0]
    return int(best["value"]), best["sentence"]


def qualitative_statement(texts: pd.DataFrame, project_code: str) -> tuple[str, str] | None:
    """A final-report sentence saying the participant targets were exceeded or met."""
    final = texts[(texts["project_code"] == project_code) & (texts["section"] == "final_report")]
    for item in final.itertuples(index=False):
        for sentence in split_sentences(item.text):
            words = " ".join(sentence.text.split())
            if _QUALITATIVE.search(words) and re.search(r"osallistu|henkilö|asiak", words, re.I):
                if _NOT_REACHED.search(words):
                    return "not_met", words
                return ("exceeded" if re.search(r"ylit", words, re.I) else "met"), words
    return None


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
    """Realised public funding ÷ realised persons, where both are known."""
    persons = outcome[outcome["indicator"] == "persons"].copy()
    persons["realised"] = persons["realised_reported"].fillna(persons["realised_from_text"])
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
