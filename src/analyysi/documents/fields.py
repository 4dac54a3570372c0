"""From sections to one project record: each section's labels, lists and free text.

Labels are looked up only within their own section, so a label that repeats (``Jakeluosoite:``
is the applicant's street in section 2 and the site's street in section 6) lands in the right
field. Every value keeps its source line. A value that does not parse is left empty and an
``error`` issue names the field, the line and the raw value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from analyysi.documents import values
from analyysi.documents.read import Document
from analyysi.documents.sections import SECTIONS, Line, Section, SplitDocument, normalise


@dataclass(frozen=True)
class Issue:
    source_file: str
    project_code: str | None
    severity: str  # "error" or "warning"
    field: str
    line: int | None
    message: str


@dataclass
class Record:
    """Everything read from one document, table by table (rows as dicts)."""

    source_file: str
    source_sha256: str
    project: dict[str, Any] = field(default_factory=dict)
    project_lines: dict[str, int] = field(default_factory=dict)
    funding: list[dict[str, Any]] = field(default_factory=list)
    areas: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    texts: list[dict[str, Any]] = field(default_factory=list)
    gender_equality: list[dict[str, Any]] = field(default_factory=list)
    sustainability: list[dict[str, Any]] = field(default_factory=list)
    contact: dict[str, Any] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def project_code(self) -> str:
        return self.project["project_code"]


PROJECT_CODE_LABEL = "Hankekoodi"
_PROJECT_CODE = re.compile(r"^[A-Za-z0-9_-]+$")
# A letter and 5 to 9 digits: S22196 (ESF), A72213 (ERDF), A601070006 (ERDF, 2007–2013)
PROJECT_CODE = re.compile(r"^[A-Z]\d{5,9}$")

# Section 1 and 2 labels that fill one projects.csv column as written.
_PLAIN_LABELS = {
    "1": {
        "Hankkeen nimi": "project_name",
        "Toiminnan tila": "status",
        "Vastuuviranomainen": "authority",
    },
    "2": {
        "Hakijan virallinen nimi": "applicant_name",
        "Organisaatiotyyppi": "applicant_org_type",
        "Jakeluosoite": "applicant_street",
        "Postinumero": "applicant_postcode",
        "Postitoimipaikka": "applicant_city",
        "WWW-osoite": "applicant_website",
        "Hakijoiden lukumäärä tai tuen siirto -menettely": "applicant_mode",
    },
    "6": {
        "Jakeluosoite": "site_street",
        "Postinumero": "site_postcode",
        "Postitoimipaikka": "site_city",
    },
}
_CONTACT_LABELS = {
    "Hankkeen yhteyshenkilön nimi": "name",
    "Yhteyshenkilön asema hakijaorganisaatiossa": "role",
    "Yhteyshenkilön sähköpostisoite": "email",  # sic: the service's own spelling
    "Yhteyshenkilön sähköpostiosoite": "email",
    "Yhteyshenkilön puhelinnumero": "phone",
}
# Recognised but not extracted: the applicant's phone is often a person's own number.
_IGNORED_LABELS = {"2": {"Puhelinnumero"}}
_CO_IMPLEMENTERS_HEADING = "Osatoteuttajat"
# Sections whose unrecognised lines are not quoted in parse_issues (contact persons).
_PERSONAL_SECTIONS = {"2"}
_SITE_HEADING = "Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa"

FUNDING_LABELS = {
    "Myönnetty EU- ja valtion rahoitus": ("eu_state", "planned"),
    "Toteutunut EU- ja valtion rahoitus": ("eu_state", "realised"),
    "Suunniteltu julkinen rahoitus yhteensä": ("public_total", "planned"),
    "Toteutunut julkinen rahoitus yhteensä": ("public_total", "realised"),
}
AREA_LABELS = {"Maakunnat": "maakunta", "Seutukunnat": "seutukunta", "Kunnat": "kunta"}
INDICATOR_SECTIONS = {"7.1": "enterprises", "7.2": "persons"}
_INDICATOR_LABELS = {
    "Suunniteltu": "planned",
    "Toteutunut seurantatietojen mukaan": "realised",
    "Toteutunut": "realised",
}
TEXT_SECTIONS = {
    "3": "plan_summary",
    "4.1": "target_groups_primary",
    "4.2": "target_groups_indirect",
    "9": "final_report",
}
GENDER_QUESTIONS = {
    "Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta": "context_analysis",
    "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)": "mainstreaming",
    "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen": "main_objective",
}
SUSTAINABILITY_DIMENSIONS = {
    "Ekologinen kestävyys": "ecological",
    "Taloudellinen kestävyys": "economic",
    "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus": "social_cultural",
}
# The 15 criteria of the form, in form order, with the dimension they are printed under.
SUSTAINABILITY_CRITERIA = {
    "Luonnonvarojen käytön kestävyys": "ecological",
    "Ilmastonmuutoksen aiheuttamien riskien vähentäminen": "ecological",
    "Kasvillisuus, eliöt ja luonnon monimuotoisuus": "ecological",
    "Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)": "ecological",
    "Natura 2000 -ohjelman kohteet": "ecological",
    "Materiaalit ja jätteet": "economic",
    "Uusiutuvien energialähteiden käyttö": "economic",
    "Paikallisen elinkeinorakenteen kestävä kehittäminen": "economic",
    "Aineettomien tuotteiden ja palvelujen kehittäminen": "economic",
    "Liikkuminen ja logistiikka": "economic",
    "Hyvinvoinnin edistäminen": "social_cultural",
    "Tasa-arvon edistäminen": "social_cultural",
    "Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus": "social_cultural",
    "Kulttuuriympäristö": "social_cultural",
    "Ympäristöosaaminen": "social_cultural",
}
_SCORE_HEADER = {"välitönvälillinen", "välitön välillinen"}
_SCORES_LIKE = re.compile(r"^(?:\S{1,4}(?:\s\S{1,4})?)?$")

_FOLDED = {
    key: {normalise(label): target for label, target in labels.items()}
    for key, labels in {
        "plain1": _PLAIN_LABELS["1"],
        "plain2": _PLAIN_LABELS["2"],
        "plain6": _PLAIN_LABELS["6"],
        "contact": _CONTACT_LABELS,
        "funding": FUNDING_LABELS,
        "areas": AREA_LABELS,
        "indicator": _INDICATOR_LABELS,
        "gender": GENDER_QUESTIONS,
        "dimension": SUSTAINABILITY_DIMENSIONS,
    }.items()
}
_CRITERION_DIMENSIONS = {normalise(name): dim for name, dim in SUSTAINABILITY_CRITERIA.items()}
_CRITERION_POSITIONS = {normalise(name): i for i, name in enumerate(SUSTAINABILITY_CRITERIA, 1)}
_CRITERIA = sorted(_CRITERION_DIMENSIONS, key=len, reverse=True)
# The criteria a line can start with, by its first word (in the order of _CRITERIA).
_CRITERIA_BY_WORD: dict[str, list[str]] = {}
for _known in _CRITERIA:
    _CRITERIA_BY_WORD.setdefault(_known.split(" ", 1)[0], []).append(_known)


def find_project_codes(document: Document) -> list[tuple[str, int]]:
    """Every ``Hankekoodi:`` value (upper-cased, as codes are) and its line, in file order."""
    wanted = normalise(PROJECT_CODE_LABEL)
    found = []
    for number, raw in enumerate(document.lines, start=1):
        label, colon, value = raw.partition(":")
        if colon and normalise(label) == wanted and value.strip():
            found.append((value.strip().upper(), number))
    return found


def is_valid_project_code(code: str) -> bool:
    return bool(_PROJECT_CODE.match(code))


def extract_record(document: Document, split: SplitDocument, code: str, code_line: int) -> Record:
    """Read every contract field of one description into a ``Record``."""
    record = Record(document.source_file, document.sha256)
    record.project["project_code"] = code
    record.project_lines["project_code"] = code_line
    reader = _Reader(record)
    if not PROJECT_CODE.match(code):
        reader.warn("projects.project_code", code_line, f"unusual project code {code!r}")
    fund = split.title_fund()
    if fund is None:
        reader.warn("projects.fund", None, "no title line naming the fund, e.g. '(ESR)'")
    else:
        reader.set_project("fund", fund.text, fund.number)
    for line in split.misplaced:
        opened = any(section.heading_line == line.number for section in split.sections.values())
        reader.warn(
            "section",
            line.number,
            f"heading {line.text!r} "
            + (
                "out of order; its section is read all the same"
                if opened
                else "repeated; read as text"
            ),
        )
    for spec in SECTIONS:
        section = split.sections.get(spec.number)
        if section is None:
            if spec.number in INDICATOR_SECTIONS and record.project.get("fund") not in (
                None,
                "ESR",
            ):  # the ESF indicators; an ERDF page has its own
                reader.warn(
                    f"section {spec.number}",
                    None,
                    f"section '{spec.number} {spec.title}' is not on this "
                    f"{record.project['fund']} page (an ESF indicator)",
                )
            elif spec.required:
                reader.error(
                    f"section {spec.number}",
                    None,
                    f"section '{spec.number} {spec.title}' is missing",
                )
            continue
        handler = _HANDLERS.get(spec.number)
        if handler:
            handler(reader, section)
    record.project["has_final_report"] = any(
        text["section"] == "final_report" for text in record.texts
    )
    return record


class _Reader:
    """Collects values and issues for one record."""

    def __init__(self, record: Record) -> None:
        self.record = record

    def issue(self, severity: str, field_name: str, line: int | None, message: str) -> None:
        self.record.issues.append(
            Issue(
                self.record.source_file,
                self.record.project.get("project_code"),
                severity,
                field_name,
                line,
                message,
            )
        )

    def error(self, field_name: str, line: int | None, message: str) -> None:
        self.issue("error", field_name, line, message)

    def warn(self, field_name: str, line: int | None, message: str) -> None:
        self.issue("warning", field_name, line, message)

    def parse(
        self, parser: Callable[[str], Any], raw: str, field_name: str, line: int, label: str
    ) -> Any:
        """Parse a non-empty raw value; on failure record an error and return None."""
        if not raw:
            return None
        try:
            return parser(raw)
        except ValueError as exc:
            self.error(field_name, line, f"{label}: {exc}; raw value {raw!r}")
            return None

    def set_project(self, column: str, value: Any, line: int) -> None:
        self.record.project[column] = value
        self.record.project_lines[column] = line

    def labelled(
        self, section: Section, known: dict[str, str], *, skip: Sequence[str] = ()
    ) -> tuple[dict[str, tuple[str, str, int]], list[Line]]:
        """Split a section into its known ``Label: value`` lines and the other lines.

        Returns {target: (label as written, value, line)} and the remaining non-blank lines.
        A label repeated with the same value is harmless; with another value, which one holds
        cannot be told, so the value is left empty and an error names both lines.
        """
        found: dict[str, tuple[str, str, int]] = {}
        rest: list[Line] = []
        skipped = {normalise(label) for label in skip}
        for line in section.lines:
            if not line.text:
                continue
            label, colon, value = line.text.partition(":")
            if not colon:  # not a label line: its text is not folded (prose may be long)
                rest.append(line)
                continue
            folded = normalise(label)
            if folded in known:
                target, value = known[folded], value.strip()
                if target in found and found[target][1] != value:
                    written, _, first = found[target]
                    self.error(
                        f"section {section.spec.number}",
                        line.number,
                        f"label {written!r} repeated with another value (lines {first} and "
                        f"{line.number}); the value is left empty",
                    )
                    found[target] = (written, "", first)
                elif target not in found:
                    found[target] = (label.strip(), value, line.number)
            elif folded not in skipped:
                rest.append(line)
        return found, rest

    def unrecognised(self, section: Section, lines: Sequence[Line]) -> None:
        for line in lines:
            if section.spec.number in _PERSONAL_SECTIONS:
                shown = "(not shown: this section holds personal data)"
            else:
                shown = repr(line.text if len(line.text) <= 80 else line.text[:77] + "...")
            self.warn(
                f"section {section.spec.number}", line.number, f"unrecognised line ignored: {shown}"
            )

    def missing_label(self, section: Section, label: str) -> None:
        self.warn(
            f"section {section.spec.number}",
            section.heading_line,
            f"label {label!r} not found; its value is left empty",
        )


def _read_plain(reader: _Reader, section: Section, found: dict) -> None:
    for label, column in _PLAIN_LABELS[section.spec.number].items():
        if column in found:
            _, value, line = found[column]
            reader.set_project(column, value or None, line)
        else:
            reader.missing_label(section, label)


def _section_1(reader: _Reader, section: Section) -> None:
    known = {
        **_FOLDED["plain1"],
        normalise("Toimintalinja"): "priority_axis",
        normalise("Erityistavoite"): "specific_objective",
        normalise("Suunnitelman mukainen toteutusaika"): "period",
    }
    found, rest = reader.labelled(section, known, skip=[PROJECT_CODE_LABEL])
    _read_plain(reader, section, found)
    for key, label in (
        ("priority_axis", "Toimintalinja"),
        ("specific_objective", "Erityistavoite"),
    ):
        if key not in found:
            reader.missing_label(section, label)
            continue
        written, raw, line = found[key]
        parsed = reader.parse(
            values.split_numbered_name, raw, f"projects.{key}_code", line, written
        )
        code, name = parsed if parsed else (None, None)
        reader.set_project(f"{key}_code", code, line)
        reader.set_project(f"{key}_name", name, line)
    if "period" in found:
        _read_period(reader, *found["period"])
    else:
        reader.missing_label(section, "Suunnitelman mukainen toteutusaika")
    reader.unrecognised(section, rest)


def _read_period(reader: _Reader, label: str, raw: str, line: int) -> None:
    start = end = None
    parts = reader.parse(values.split_period, raw, "projects.planned_start", line, label)
    if parts:
        start = reader.parse(values.parse_date, parts[0], "projects.planned_start", line, label)
        end = reader.parse(values.parse_date, parts[1], "projects.planned_end", line, label)
    reader.set_project("planned_start", start, line)
    reader.set_project("planned_end", end, line)


def _section_2(reader: _Reader, section: Section) -> None:
    known = {
        **_FOLDED["plain2"],
        **{label: f"contact_{target}" for label, target in _FOLDED["contact"].items()},
        normalise("Y-tunnus"): "business_id",
    }
    found, rest = reader.labelled(section, known, skip=_IGNORED_LABELS["2"])
    _read_plain(reader, section, found)
    for label, target in _CONTACT_LABELS.items():
        if f"contact_{target}" in found:
            reader.record.contact[target] = found[f"contact_{target}"][1] or None
        elif target not in reader.record.contact:
            reader.record.contact[target] = None
            reader.missing_label(section, label)  # reported once, under its first spelling
    business_id = valid = None
    line = section.heading_line
    if "business_id" in found:
        written, raw, line = found["business_id"]
        parsed = reader.parse(
            values.parse_business_id, raw, "projects.applicant_business_id", line, written
        )
        business_id, valid = parsed if parsed else (None, None)
    else:
        reader.missing_label(section, "Y-tunnus")
    reader.set_project("applicant_business_id", business_id, line)
    reader.record.project["applicant_business_id_valid"] = valid
    reader.record.organisations.append(
        {
            "role": "applicant",
            "position": 1,
            "name": reader.record.project.get("applicant_name"),
            "org_type": reader.record.project.get("applicant_org_type"),
            "business_id": business_id,
            "business_id_valid": valid,
            "line": reader.record.project_lines.get("applicant_name", section.heading_line),
        }
    )
    _read_co_implementers(reader, section, rest)


def _read_co_implementers(reader: _Reader, section: Section, rest: list[Line]) -> None:
    heading = normalise(_CO_IMPLEMENTERS_HEADING)
    starts = [i for i, line in enumerate(rest) if normalise(line.text.split(":")[0]) == heading]
    if not starts:
        reader.unrecognised(section, rest)
        return
    reader.unrecognised(section, rest[: starts[0]])
    first = rest[starts[0]]
    entries = rest[starts[0] + 1 :]
    if first.text.partition(":")[2].strip():  # "Osatoteuttajat: Name, Y-tunnus" on one line
        entries.insert(0, Line(first.number, first.text.partition(":")[2].strip()))
    entries = [line for line in entries if line.text]
    repeated = [line for line in entries if normalise(line.text.rstrip(":")) == heading]
    for line in repeated:  # an empty "Osatoteuttajat" heading, repeated
        reader.warn("organisations", line.number, "'Osatoteuttajat' heading repeated; ignored")
    entries = [line for line in entries if line not in repeated]
    if not entries:
        reader.warn("organisations", first.number, "'Osatoteuttajat' heading without entries")
    for position, line in enumerate(entries, start=1):
        name, _, raw_id = line.text.rpartition(",")
        org_type = None
        head, _, middle = name.rpartition(",")
        if head.strip() and _is_org_type(middle):  # "Name, Kunta tai kuntayhtymä, 0171400-4"
            name, org_type = head, middle.strip()
        business_id = valid = None
        if name.strip() and raw_id.strip():
            parsed = reader.parse(
                values.parse_business_id,
                raw_id.strip(),
                "organisations.business_id",
                line.number,
                "Osatoteuttajat",
            )
            business_id, valid = parsed if parsed else (None, None)
            name = name.strip()
        else:
            name = line.text
            reader.error(
                "organisations.business_id",
                line.number,
                f"Osatoteuttajat: no Y-tunnus after a comma; raw value {line.text!r}",
            )
        reader.record.organisations.append(
            {
                "role": "co_implementer",
                "position": position,
                "name": name,
                "org_type": org_type,
                "business_id": business_id,
                "business_id_valid": valid,
                "line": line.number,
            }
        )


# Words of the service's organisation types ("Kunta tai kuntayhtymä", "Muu järjestö tai
# yhdistys", "Säätiö", "Yritys", …): a co-implementer line may give one between name and Y-tunnus.
_ORG_TYPE_WORDS = (
    "kunta", "kuntayhtymä", "järjestö", "yhdistys", "säätiö", "yritys", "yhteisö", "valtio",
    "virasto", "oppilaitos", "korkeakoulu", "yliopisto", "seurakunta", "laitos", "osakeyhtiö",
)  # fmt: skip


def _is_org_type(text: str) -> bool:
    words = normalise(text).replace(",", " ").split()
    return (
        bool(words)
        and not any(c.isdigit() for c in text)
        and any(w.startswith(_ORG_TYPE_WORDS) for w in words)
    )


def _section_5(reader: _Reader, section: Section) -> None:
    found, rest = reader.labelled(section, _FOLDED["funding"])
    for label, (source, stage) in FUNDING_LABELS.items():
        key = (source, stage)
        amount, line = None, None
        if key in found:
            written, raw, line = found[key]
            amount = reader.parse(values.parse_amount, raw, "funding.amount_eur", line, written)
        else:
            reader.missing_label(section, label)
        reader.record.funding.append(
            {
                "source": source,
                "stage": stage,
                "amount_eur": amount,
                "label_fi": label,
                "line": line,
            }
        )
    reader.unrecognised(section, rest)


def _section_6(reader: _Reader, section: Section) -> None:
    found, rest = reader.labelled(section, {**_FOLDED["areas"], **_FOLDED["plain6"]})
    for label, level in AREA_LABELS.items():
        if level not in found:
            reader.missing_label(section, label)
            continue
        _, raw, line = found[level]
        for position, name in enumerate(values.split_list(raw), start=1):
            reader.record.areas.append(
                {"level": level, "position": position, "name": name, "line": line}
            )
    _read_plain(reader, section, found)
    site = normalise(_SITE_HEADING)
    reader.unrecognised(section, [line for line in rest if normalise(line.text) != site])


_SUBHEADING = re.compile(r"^7\.\d{1,2}\.?\s+(?P<title>\D[^:]*)$")


def _section_7(reader: _Reader, section: Section) -> None:
    """7.1 and 7.2, the ESF indicators; an indicator heading of another form (ERDF pages)
    inside them starts an indicator of its own."""
    own, others = _split_at_subheading(section.lines)
    mine = Section(section.spec, section.heading_line, tuple(own))
    found, rest = reader.labelled(mine, _FOLDED["indicator"])
    row: dict[str, Any] = {
        "indicator": INDICATOR_SECTIONS[section.spec.number],
        "indicator_label": section.spec.title,
    }
    for stage in ("planned", "realised"):
        value = line = None
        if stage in found:
            written, raw, line = found[stage]
            value = reader.parse(values.parse_count, raw, f"indicators.{stage}", line, written)
        elif stage == "planned":
            reader.missing_label(section, "Suunniteltu")
        row[stage], row[f"{stage}_line"] = value, line
    reader.record.indicators.append(row)
    reader.unrecognised(section, rest)
    _other_indicators(reader, section, others)


def _section_7_parent(reader: _Reader, section: Section) -> None:
    """Lines under "7 Hakemusvaiheessa …" before any known sub-section: indicators of
    other forms (an ERDF page's), each with its label."""
    _other_indicators(reader, section, list(section.lines))


def _split_at_subheading(lines: Sequence[Line]) -> tuple[list[Line], list[Line]]:
    for i, line in enumerate(lines):
        if _SUBHEADING.match(line.text):
            return list(lines[:i]), list(lines[i:])
    return list(lines), []


def _other_indicators(reader: _Reader, section: Section, lines: list[Line]) -> None:
    """``7.N Title`` headings with their Suunniteltu / Toteutunut lines, and ``Label: count``
    lines, as indicators ``other`` with their labels; anything else is reported."""
    current: dict[str, Any] | None = None
    known = _FOLDED["indicator"]
    for line in lines:
        if not line.text:
            continue
        heading = _SUBHEADING.match(line.text)
        label, colon, raw = line.text.partition(":")
        if heading:
            current = _new_indicator(reader, heading["title"].strip(), line.number)
        elif colon and normalise(label) in known and current is not None:
            stage = known[normalise(label)]
            current[stage] = reader.parse(
                values.parse_count, raw.strip(), f"indicators.{stage}", line.number, label
            )
            current[f"{stage}_line"] = line.number
        elif colon and raw.strip() and re.fullmatch(r"[\d\s\u00a0]+", raw.strip()):
            other = _new_indicator(reader, label.strip(), line.number)
            other["planned"] = reader.parse(
                values.parse_count, raw.strip(), "indicators.planned", line.number, label
            )
            other["planned_line"] = line.number
            current = None
        else:
            reader.unrecognised(section, [line])


def _new_indicator(reader: _Reader, label: str, line: int) -> dict[str, Any]:
    row = {
        "indicator": "other",
        "indicator_label": label,
        "planned": None,
        "realised": None,
        "planned_line": None,
        "realised_line": None,
    }
    if any(r["indicator_label"] == label for r in reader.record.indicators):
        reader.warn("indicators.indicator_label", line, f"indicator {label!r} repeated; read again")
        row["indicator_label"] = f"{label} ({line})"
    reader.warn(
        "indicators.indicator_label",
        line,
        f"indicator {label!r} is not one of the ESF indicators (7.1, 7.2): read with its label",
    )
    reader.record.indicators.append(row)
    return row


def _parent_section(reader: _Reader, section: Section) -> None:
    """A parent heading's own lines (normally none): never dropped without a word."""
    reader.unrecognised(section, [line for line in section.lines if line.text])


def _text_section(reader: _Reader, section: Section) -> None:
    text, first_line = join_paragraphs(section.lines)
    if text:
        reader.record.texts.append(
            {"section": TEXT_SECTIONS[section.spec.number], "text": text, "first_line": first_line}
        )


def _section_8_1(reader: _Reader, section: Section) -> None:
    questions = _FOLDED["gender"]
    current: dict[str, Any] | None = None
    body: list[Line] = []
    before: list[Line] = []

    def close() -> None:
        if current is not None:
            current["justification"] = join_paragraphs(body)[0] or None
            reader.record.gender_equality.append(current)

    for line in section.lines:
        label, colon, raw = line.text.partition(":")
        question = questions.get(normalise(label)) if colon else None
        if question is None:
            (body if current is not None else before).append(line)
            continue
        close()
        answer = reader.parse(
            values.parse_yes_no, raw.strip(), "gender_equality.answer", line.number, label.strip()
        )
        if not raw.strip():
            reader.error(
                "gender_equality.answer",
                line.number,
                f"{label.strip()}: no answer (Kyllä or Ei) after the question",
            )
        current, body = {"question": question, "answer": answer, "line": line.number}, []
    close()
    reader.unrecognised(section, [line for line in before if line.text])
    seen = {row["question"] for row in reader.record.gender_equality}
    for label, question in GENDER_QUESTIONS.items():
        if question not in seen:
            reader.missing_label(section, label)


def _section_8_2(reader: _Reader, section: Section) -> None:
    """Criteria are recognised by their names in the form; ``position`` is the criterion's
    place in the form (1–15), so it means the same criterion in every project."""
    dimension: str | None = None
    current: dict[str, Any] | None = None
    body: list[Line] = []
    before: list[Line] = []
    rows: dict[int, dict[str, Any]] = {}

    def close() -> None:
        if current is not None:
            current["justification"] = join_paragraphs(body)[0] or None

    for line in section.lines:
        folded = normalise(line.text)
        if folded in _SCORE_HEADER:
            continue
        if folded in _FOLDED["dimension"]:
            close()
            current, body, dimension = None, [], _FOLDED["dimension"][folded]
            continue
        criterion = _match_criterion(line.text) if folded else None
        if criterion is None:
            (body if current is not None else before).append(line)
            continue
        position, name, raw_scores = criterion
        if position in rows:
            reader.error(
                "sustainability.criterion",
                line.number,
                f"criterion {name!r} repeated (first on line {rows[position]['line']}); "
                "this line is ignored",
            )
            continue
        close()
        current = rows[position] = {
            "position": position,
            "dimension": dimension or _CRITERION_DIMENSIONS[normalise(name)],
            "criterion": name,
            "direct": None,
            "indirect": None,
            "line": line.number,
        }
        body = []
        scores = raw_scores.split()
        if len(scores) != 2:
            reader.error(
                "sustainability.direct",
                line.number,
                f"{name}: expected two scores (direct, indirect); raw value {raw_scores!r}",
            )
            continue
        for column, raw in zip(("direct", "indirect"), scores, strict=True):
            current[column] = reader.parse(
                values.parse_score, raw, f"sustainability.{column}", line.number, name
            )
    close()
    reader.record.sustainability.extend(rows[p] for p in sorted(rows))
    reader.unrecognised(section, [line for line in before if line.text])
    missing = [name for i, name in enumerate(SUSTAINABILITY_CRITERIA, 1) if i not in rows]
    if missing:
        reader.error(
            "section 8.2",
            section.heading_line,
            f"{len(missing)} of the {len(SUSTAINABILITY_CRITERIA)} sustainability criteria "
            f"not found: {'; '.join(missing)}",
        )


def _match_criterion(text: str) -> tuple[int, str, str] | None:
    """(position in the form, criterion as written, the raw scores after it), or None."""
    words = text.split(None, 1)
    if not words or words[0].casefold() not in _CRITERIA_BY_WORD:  # most lines: no criterion
        return None
    if len(text) > _CACHED_LENGTH:
        return _criterion(text)
    return _cached_criterion(text)


_CACHED_LENGTH = 200  # longer lines are not criterion lines one meets again: never cached


def _criterion(text: str) -> tuple[int, str, str] | None:
    collapsed = " ".join(text.split())
    folded = collapsed.casefold()
    for known in _CRITERIA_BY_WORD.get(folded.split(" ", 1)[0], ()):
        if folded.startswith(known) and (len(folded) == len(known) or folded[len(known)] == " "):
            rest = collapsed[len(known) :].strip()
            # A justification may open with the criterion's words: scores are short tokens
            # with a digit among them (or missing altogether).
            if _SCORES_LIKE.match(rest) and (not rest or any(c.isdigit() for c in rest)):
                return _CRITERION_POSITIONS[known], collapsed[: len(known)], rest
    return None


# The fifteen criterion lines, scores and all, recur in nearly every document: each distinct
# line is matched once.
_cached_criterion = functools.lru_cache(maxsize=1024)(_criterion)


def join_paragraphs(lines: Sequence[Line]) -> tuple[str, int | None]:
    """Join lines into text: paragraphs (runs of non-blank lines) separated by one blank line,
    line wraps inside a paragraph kept. Returns the text and its first line number."""
    paragraphs: list[list[str]] = []
    first_line = None
    blank = True
    for line in lines:
        if not line.text:
            blank = True
            continue
        if first_line is None:
            first_line = line.number
        if blank:
            paragraphs.append([])
        paragraphs[-1].append(line.text)
        blank = False
    return "\n\n".join("\n".join(p) for p in paragraphs), first_line


_HANDLERS: dict[str, Callable[[_Reader, Section], None]] = {
    "1": _section_1,
    "2": _section_2,
    "3": _text_section,
    "4.1": _text_section,
    "4.2": _text_section,
    "5": _section_5,
    "6": _section_6,
    "4": _parent_section,
    "7": _section_7_parent,
    "7.1": _section_7,
    "7.2": _section_7,
    "8": _parent_section,
    "8.1": _section_8_1,
    "8.2": _section_8_2,
    "9": _text_section,
}
