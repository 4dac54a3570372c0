"""The three evaluation questions answered, for the portfolio and for each project.

One computation feeds the index, the reports and the cards, so a project's figures are the
same wherever a reader meets them. A figure read from text by the machine is shown as the
machine's reading, marked as awaiting review, until an evaluator confirms it; nothing that
only means "not reviewed yet" is ever shown as a confirmed zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from analyysi.analyses import covid
from analyysi.analyses.funding import Estimate, portfolio

# Below this many closed projects a portfolio figure is described, not estimated: no
# interval is printed (a bootstrap of five values only restates their range).
MIN_PROJECTS_FOR_INTERVAL = 10
CONFIRMED = ("accepted", "corrected")
REACHED = ("met", "exceeded")


# --- per project --------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectFunding:
    planned_public_eur: float | None
    realised_public_eur: float | None
    unspent_public_eur: float | None
    share: float | None  # realised ÷ planned public funding
    is_closed: bool  # closed: the share is final; running: interim


@dataclass(frozen=True)
class ProjectParticipants:
    planned: int | None  # persons, section 7.2
    realised: float | None  # the figure read (monitoring data or the final report)
    achievement: float | None  # realised ÷ planned
    status: str | None  # met, exceeded, not_met, not_reported, no_target; None: rejected
    source: str | None  # indicator, text_total, text_qualitative
    evidence: str | None  # the quoted sentence(s)
    review_status: str  # unconfirmed, accepted, corrected, rejected
    counted: tuple[str, ...] = ()  # the words of the evidence that make the figure

    @property
    def is_confirmed(self) -> bool:
        return self.review_status in CONFIRMED


@dataclass(frozen=True)
class EvidenceSentence:
    section: str
    sentence: str
    matched_terms: tuple[str, ...]
    categories: tuple[str, ...]  # the adaptations read (or confirmed)
    review_status: str


@dataclass(frozen=True)
class ProjectCovid:
    era: str | None  # pre_covid, exposed, covid_born, post_covid
    emergency_overlap_days: int | None
    adaptations: tuple[str, ...]  # read from its sentences: confirmed where decided, else suggested
    is_confirmed: bool  # every adaptation sentence decided on
    waiting: int  # adaptation sentences awaiting a decision
    evidence: tuple[EvidenceSentence, ...] = ()

    @property
    def ran_in_pandemic(self) -> bool:
        return self.era in covid.COVID_ERAS


@dataclass(frozen=True)
class ProjectAnswers:
    project_code: str
    project_name: str
    planned_start: pd.Timestamp | None
    planned_end: pd.Timestamp | None
    funding: ProjectFunding | None  # None: no funding section
    participants: ProjectParticipants | None  # None: no participant section
    covid: ProjectCovid | None  # None: no planned period
    # funding None: no funding section (5)
    is_analysed: bool = True  # False: only parsed so far (the analysis tables are missing)


ANALYSIS_TABLES = (
    "funding_realisation",
    "participant_outcomes",
    "covid_projects",
    "covid_evidence",
)


def project_answers(tables: Mapping[str, pd.DataFrame], code: str) -> ProjectAnswers:
    """The three answers for one project, from the analysis tables."""
    rows = {
        name: _records(tables[name][tables[name]["project_code"] == code])
        for name in ("projects", "funding", *ANALYSIS_TABLES)
        if name in tables
    }
    return _answers(code, rows)


def all_project_answers(tables: Mapping[str, pd.DataFrame]) -> list[ProjectAnswers]:
    """Every project's answers. Each table is turned into plain rows and split by project
    once: per-project searches and pandas rows cost milliseconds each, minutes for the index
    of thousands of projects."""
    names = [n for n in ("projects", "funding", *ANALYSIS_TABLES) if n in tables]
    split: dict[str, dict[str, list[dict]]] = {}
    for name in names:
        split[name] = by_code = {}
        for row in _records(tables[name]):
            by_code.setdefault(row["project_code"], []).append(row)
    return [
        _answers(code, {name: split[name].get(code, []) for name in names})
        for code in sorted(tables["projects"]["project_code"])
    ]


def _records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def _answers(code: str, rows: Mapping[str, list[dict]]) -> ProjectAnswers:
    """One project's answers from its rows of each table (a table absent from ``rows`` has
    not been written)."""
    if not rows["projects"]:
        raise LookupError(f"project {code} is not in projects.csv")
    project = rows["projects"][0]
    answers = ProjectAnswers(
        project_code=code,
        project_name=str(project["project_name"]),
        planned_start=_value(project["planned_start"]),
        planned_end=_value(project["planned_end"]),
        funding=None,
        participants=None,
        covid=None,
        is_analysed=False,
    )
    if not all(name in rows for name in ANALYSIS_TABLES):
        return answers
    persons = [r for r in rows["participant_outcomes"] if r["indicator"] == "persons"]
    changes = [r for r in rows["covid_evidence"] if _value(r["adaptations"]) is not None]
    return replace(
        answers,
        funding=_funding(_first(rows["funding_realisation"])) if rows["funding"] else None,
        participants=_participants(persons),
        covid=_covid(_first(rows["covid_projects"]), changes),
        is_analysed=True,
    )


def _first(rows: list[dict]) -> dict | None:
    return rows[0] if rows else None


def _value(value: object) -> object:
    return None if value is None or value is pd.NA or pd.isna(value) else value


def _number(value: object) -> float | None:
    value = _value(value)
    return None if value is None else float(value)


def _funding(row: Mapping | None) -> ProjectFunding | None:
    if row is None:
        return None
    return ProjectFunding(
        planned_public_eur=_number(row["planned_public_eur"]),
        realised_public_eur=_number(row["realised_public_eur"]),
        unspent_public_eur=_number(row["unspent_public_eur"]),
        share=_number(row["public_realisation"]),
        is_closed=bool(_value(row["is_closed"]) or False),
    )


def _participants(persons: list[dict]) -> ProjectParticipants | None:
    """From the project's rows of participant_outcomes for the indicator ``persons``."""
    if not persons:
        return None
    row = persons[0]
    review = str(row["review_status"])
    planned = _value(row["planned"])
    if review in CONFIRMED:
        status = _value(row["status_confirmed"])
        realised = _value(row["realised_confirmed"])
        achievement = _value(row["achievement_confirmed"])
    elif review == "rejected":
        status, realised, achievement = None, None, None
    else:
        status = _value(row["status"])
        realised = _value(row["realised_reported"])
        if realised is None:
            realised = _value(row["realised_from_text"])
        achievement = _value(row["achievement"])
    return ProjectParticipants(
        planned=None if planned is None else int(planned),
        realised=None if realised is None else float(realised),
        achievement=None if achievement is None else float(achievement),
        status=status,
        source=_value(row["source"]),
        evidence=_value(row["evidence"]),
        review_status=review,
        counted=_counted(_value(row["realised_parts"]), _value(row["statement"])),
    )


def _counted(parts: str | None, statement: str | None) -> tuple[str, ...]:
    """The words to mark in the quotation: the participant counts added up ("50 asiakasta"),
    or the statement that says the target was met."""
    if parts:
        found = []
        for part in str(parts).split("; "):
            words, _, counts = part.rpartition(": ")
            if words and counts == "participants":
                found.append(words)
        return tuple(found)
    return (str(statement),) if statement else ()


def _covid(row: Mapping | None, changes: list[dict]) -> ProjectCovid | None:
    """From the project's row of covid_projects and its evidence rows that read a change."""
    if row is None or _value(row["era"]) is None:
        return None
    sentences = []
    for r in changes:
        status = str(r["review_status"])
        read = _value(r["adaptations_confirmed"] if status in CONFIRMED else r["adaptations"])
        if status == "rejected":
            continue
        sentences.append(
            EvidenceSentence(
                section=r["section"],
                sentence=r["sentence"],
                matched_terms=tuple(t for t in str(r["matched_terms"]).split(";") if t),
                categories=tuple(c for c in str(read or "").split(";") if c),
                review_status=status,
            )
        )
    read = {c for s in sentences for c in s.categories}
    waiting = sum(s.review_status == "unconfirmed" for s in sentences)
    overlap = _value(row["emergency_overlap_days"])
    return ProjectCovid(
        era=_value(row["era"]),
        emergency_overlap_days=None if overlap is None else int(overlap),
        adaptations=tuple(c for c in covid.CATEGORIES if c in read),
        is_confirmed=not waiting,
        waiting=waiting,
        evidence=tuple(sentences),
    )


# --- the portfolio ------------------------------------------------------------------------


@dataclass(frozen=True)
class FundingAnswer:
    projects: int  # closed projects with both planned and realised public funding
    total: int  # projects in the selection
    planned_public_eur: float
    realised_public_eur: float
    unspent_public_eur: float
    share: float | None  # Σ realised ÷ Σ planned
    interval: Estimate | None  # bootstrap 95 % of the share; None below the minimum n
    lowest: float | None  # the per-project shares
    median: float | None
    highest: float | None
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (code, reason)


@dataclass(frozen=True)
class ParticipantAnswer:
    targets: int  # projects with a participant target (persons, section 7.2)
    total: int
    reached: int  # met or exceeded, by the best reading (confirmed where decided)
    short: int
    not_reported: int
    confirmed: int  # of the targets, decided by an evaluator
    waiting: int  # awaiting a decision
    rejected: int  # readings an evaluator rejected (no figure)
    left_out: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class CovidAnswer:
    total: int
    dated: int  # projects with a planned period
    era_projects: int  # ran during the pandemic
    adapted: int  # of them, with adaptations (confirmed, or suggested and awaiting review)
    confirmed_projects: int  # with an adaptation an evaluator confirmed
    waiting_sentences: int
    categories: dict[str, int] = field(default_factory=dict)  # projects per adaptation
    left_out: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class PortfolioAnswers:
    funding: FundingAnswer
    participants: ParticipantAnswer
    covid: CovidAnswer
    projects: list[ProjectAnswers]


def portfolio_answers(tables: Mapping[str, pd.DataFrame]) -> PortfolioAnswers:
    """The portfolio's three answers, built from the same per-project answers the cards
    show."""
    answers = all_project_answers(tables)
    return PortfolioAnswers(
        _funding_answer(answers, tables["funding_realisation"]),
        _participant_answer(answers),
        _covid_answer(answers),
        answers,
    )


def _funding_answer(answers: list[ProjectAnswers], realisation: pd.DataFrame) -> FundingAnswer:
    counted, left_out = [], []
    for a in answers:
        f = a.funding
        if f is None:
            left_out.append((a.project_code, "no_funding_section"))
        elif f.share is None:
            left_out.append((a.project_code, "funding_amount_missing"))
        elif not f.is_closed:
            left_out.append((a.project_code, "running_interim"))
        else:
            counted.append(f)
    whole = portfolio(realisation)
    shares = pd.Series([f.share for f in counted], dtype=float)
    planned = sum(f.planned_public_eur for f in counted)
    realised = sum(f.realised_public_eur for f in counted)
    return FundingAnswer(
        projects=len(counted),
        total=len(answers),
        planned_public_eur=float(planned),
        realised_public_eur=float(realised),
        unspent_public_eur=float(planned - realised),
        share=round(float(realised / planned), 4) if planned else None,
        interval=whole.weighted if len(counted) >= MIN_PROJECTS_FOR_INTERVAL else None,
        lowest=float(shares.min()) if len(shares) else None,
        median=float(shares.median()) if len(shares) else None,
        highest=float(shares.max()) if len(shares) else None,
        left_out=left_out,
    )


def _participant_answer(answers: list[ProjectAnswers]) -> ParticipantAnswer:
    targets, left_out = [], []
    for a in answers:
        p = a.participants
        if p is None:
            left_out.append((a.project_code, "no_participant_section"))
        elif not p.planned:
            left_out.append((a.project_code, "no_target"))
        else:
            targets.append(p)
    return ParticipantAnswer(
        targets=len(targets),
        total=len(answers),
        reached=sum(p.status in REACHED for p in targets),
        short=sum(p.status == "not_met" for p in targets),
        not_reported=sum(p.status == "not_reported" for p in targets),
        confirmed=sum(p.is_confirmed for p in targets),
        waiting=sum(p.review_status == "unconfirmed" for p in targets),
        rejected=sum(p.review_status == "rejected" for p in targets),
        left_out=left_out,
    )


def _covid_answer(answers: list[ProjectAnswers]) -> CovidAnswer:
    era = [a for a in answers if a.covid is not None and a.covid.ran_in_pandemic]
    adapted = [a for a in era if a.covid.adaptations]
    categories = {
        c: sum(c in a.covid.adaptations for a in adapted)
        for c in covid.CATEGORIES
        if any(c in a.covid.adaptations for a in adapted)
    }
    left_out = [(a.project_code, "no_planned_period") for a in answers if a.covid is None]
    return CovidAnswer(
        total=len(answers),
        dated=sum(a.covid is not None for a in answers),
        era_projects=len(era),
        adapted=len(adapted),
        confirmed_projects=sum(
            any(s.review_status in CONFIRMED and s.categories for s in a.covid.evidence)
            for a in era
        ),
        waiting_sentences=sum(a.covid.waiting for a in era),
        categories=dict(sorted(categories.items(), key=lambda kv: -kv[1])),
        left_out=left_out,
    )


# --- in words -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Said:
    """One answer as a reader meets it: the key figure first, then what it rests on."""

    question: str  # e.g. "Rahoituksen toteutuminen"
    figure: str  # the key figure, e.g. "93,3 %" or "1 / 4"; "—" when there is none
    figure_label: str  # what the figure is
    sentences: list[str]
    review: str | None = None  # how much of it awaits an evaluator's decision
    is_confirmed: bool = True  # False: the machine's reading, awaiting review
    uncertainty: str | None = None  # in words a non-statistician reads right
    coverage: str | None = None  # which projects it covers, which are left out and why
    quotes: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)
    # (document text, words to mark, its review status)
    share: float | None = None  # a realisation to draw as a bar beside the figure


def say_portfolio(answers: PortfolioAnswers, lang: str) -> list[Said]:
    """The portfolio's three answers in ``lang``."""
    return [
        _say_funding(answers.funding, lang),
        _say_participants(answers.participants, lang),
        _say_covid(answers.covid, lang),
    ]


def _left_out(pairs: list[tuple[str, str]], lang: str) -> str:
    from analyysi.catalogue import text, value_label

    if not pairs:
        return ""
    listed = ", ".join(f"{code} ({value_label(reason, lang)})" for code, reason in pairs[:10])
    more = len(pairs) - 10
    if more > 0:
        listed += " " + text("answer.more", lang, count=more)
    return " " + text("answer.left_out", lang, projects=listed)


def _say_funding(f: FundingAnswer, lang: str) -> Said:
    from analyysi.catalogue import percent, text
    from analyysi.formats import format_euros

    question = text("answer.funding", lang)
    coverage = text("answer.funding_coverage", lang, count=f.projects, total=f.total)
    coverage += _left_out(f.left_out, lang)
    if f.share is None:
        return Said(question, "—", text("answer.funding_none", lang), [], coverage=coverage)
    sentences = [
        text(
            "answer.funding_totals",
            lang,
            planned=format_euros(f.planned_public_eur, lang),
            realised=format_euros(f.realised_public_eur, lang),
            unspent=format_euros(f.unspent_public_eur, lang),
        )
    ]
    if f.projects > 1:
        sentences.append(
            text(
                "answer.funding_spread",
                lang,
                lowest=percent(f.lowest, lang),
                median=percent(f.median, lang),
                highest=percent(f.highest, lang),
            )
        )
    if f.interval is not None and f.interval.low is not None:
        uncertainty = text(
            "answer.funding_interval",
            lang,
            low=percent(f.interval.low, lang),
            high=percent(f.interval.high, lang),
        )
    else:
        uncertainty = text("answer.funding_exact", lang, count=f.projects)
    return Said(
        question,
        percent(f.share, lang),
        text("answer.funding_label", lang),
        sentences,
        uncertainty=uncertainty,
        coverage=coverage,
        share=f.share,
    )


def _say_participants(p: ParticipantAnswer, lang: str) -> Said:
    from analyysi.catalogue import percent, text
    from analyysi.text.accuracy import read_evaluation

    question = text("answer.participants", lang)
    coverage = text("answer.participants_coverage", lang, count=p.targets, total=p.total)
    coverage += _left_out(p.left_out, lang)
    if not p.targets:
        return Said(question, "—", text("answer.participants_none", lang), [], coverage=coverage)
    sentences = [
        text(
            "answer.participants_counts",
            lang,
            targets=p.targets,
            reached=p.reached,
            short=p.short,
            not_reported=p.not_reported,
            rejected=p.rejected,
        )
    ]
    figures = read_evaluation()
    outcome = figures[(figures["set"] == "test") & (figures["task"] == "outcomes")]
    values = dict(zip(outcome["measure"], outcome["value"], strict=True))
    uncertainty = None
    if "status_accuracy" in values:
        uncertainty = text(
            "answer.participants_accuracy",
            lang,
            accuracy=percent(float(values["status_accuracy"]), lang, 0),
            cases=int(values.get("cases", 0)),
        )
    return Said(
        question,
        f"{p.reached} / {p.targets}",
        text("answer.participants_label", lang),
        sentences,
        review=_review_words(p.confirmed, p.waiting, p.targets, lang),
        is_confirmed=p.waiting == 0,
        uncertainty=uncertainty,
        coverage=coverage,
    )


def _review_words(confirmed: int, waiting: int, total: int, lang: str) -> str | None:
    from analyysi.catalogue import text

    if waiting == 0:
        return text("answer.review_done", lang) if confirmed else None
    if confirmed == 0:
        return text("answer.review_none", lang, count=waiting)
    return text("answer.review_some", lang, confirmed=confirmed, count=waiting)


def _say_covid(c: CovidAnswer, lang: str) -> Said:
    from analyysi.catalogue import percent, text, value_label
    from analyysi.formats import format_date
    from analyysi.text.accuracy import read_evaluation

    question = text("answer.covid", lang)
    coverage = text("answer.covid_coverage", lang, count=c.dated, total=c.total)
    coverage += _left_out(c.left_out, lang)
    period = text(
        "answer.covid_period",
        lang,
        start=format_date(covid.PANDEMIC_START, lang),
        end=format_date(covid.PANDEMIC_END, lang),
        count=c.era_projects,
    )
    if not c.era_projects:
        return Said(question, "—", period, [], coverage=coverage)
    sentences = [period]
    if c.categories:
        kinds = ", ".join(f"{value_label(k, lang)} ({n})" for k, n in c.categories.items())
        sentences.append(text("answer.covid_kinds", lang, kinds=kinds))
    else:
        sentences.append(text("answer.covid_no_changes", lang))
    figures = read_evaluation()
    test = figures[(figures["set"] == "test") & (figures["task"] == "covid")]
    values = dict(zip(test["measure"], test["value"], strict=True))
    uncertainty = None
    if "adaptation_precision" in values and "adaptation_recall" in values:
        uncertainty = text(
            "answer.covid_accuracy",
            lang,
            precision=percent(float(values["adaptation_precision"]), lang, 0),
            recall=percent(float(values["adaptation_recall"]), lang, 0),
        )
    review = None
    if c.waiting_sentences:
        review = (
            text(
                "answer.covid_review_some",
                lang,
                confirmed=c.confirmed_projects,
                count=c.waiting_sentences,
            )
            if c.confirmed_projects
            else text("answer.covid_review_none", lang, count=c.waiting_sentences)
        )
    return Said(
        question,
        f"{c.adapted} / {c.era_projects}",
        text("answer.covid_label", lang),
        sentences,
        review=review,
        is_confirmed=c.waiting_sentences == 0,
        uncertainty=uncertainty,
        coverage=coverage,
    )


def say_project(a: ProjectAnswers, lang: str) -> list[Said]:
    """One project's three answers in ``lang`` (a card opens with them)."""
    from analyysi.catalogue import text

    if not a.is_analysed:
        return [
            Said(text(f"answer.{q}", lang), "—", text("answer.not_analysed", lang), [])
            for q in ("funding", "participants", "covid")
        ]
    return [
        _say_project_funding(a, lang),
        _say_project_participants(a, lang),
        _say_project_covid(a, lang),
    ]


def _say_project_funding(a: ProjectAnswers, lang: str) -> Said:
    from analyysi.catalogue import percent, text
    from analyysi.formats import format_euros

    question = text("answer.funding", lang)
    f = a.funding
    if f is None:
        return Said(question, "—", text("answer.project_no_funding", lang), [])
    if f.share is None:
        return Said(question, "—", text("value.funding_amount_missing", lang), [])
    sentences = [
        text(
            "answer.project_funding",
            lang,
            planned=format_euros(f.planned_public_eur, lang),
            realised=format_euros(f.realised_public_eur, lang),
            unspent=format_euros(f.unspent_public_eur, lang),
        ),
        text("answer.project_final" if f.is_closed else "answer.project_interim", lang),
    ]
    return Said(question, percent(f.share, lang), text("answer.funding_label_one", lang), sentences)


def _say_project_participants(a: ProjectAnswers, lang: str) -> Said:
    from analyysi.catalogue import number, percent, text, value_label

    question = text("answer.participants", lang)
    p = a.participants
    if p is None:
        return Said(question, "—", text("value.no_participant_section", lang), [])
    if not p.planned:
        return Said(question, "—", text("answer.project_no_target", lang), [])
    status = value_label(p.status, lang) if p.status else text("answer.rejected", lang)
    if p.realised is not None:
        figure = f"{number(p.realised, lang)} / {number(p.planned, lang)}"
        label = text("answer.project_participants_label", lang)
    else:
        figure = str(status)
        label = text("answer.project_status_label", lang)
    sentences = [text("answer.project_target", lang, planned=number(p.planned, lang))]
    if p.realised is not None:
        sentences.append(
            text(
                "answer.project_result",
                lang,
                realised=number(p.realised, lang),
                source=value_label(p.source, lang),
                status=status,
                achievement=percent(p.achievement, lang) if p.achievement is not None else "—",
            )
        )
    elif p.status and p.source:
        sentences.append(
            text("answer.project_status", lang, status=status, source=value_label(p.source, lang))
        )
    elif p.status:
        sentences.append(text("answer.project_status_unsourced", lang, status=status))
    quotes = [(p.evidence, p.counted, p.review_status)] if p.evidence else []
    review = {
        "unconfirmed": text("answer.project_waiting", lang),
        "accepted": text("answer.project_accepted", lang),
        "corrected": text("answer.project_corrected", lang),
        "rejected": text("answer.project_rejected", lang),
    }[p.review_status]
    return Said(
        question,
        figure,
        label,
        sentences,
        review=review,
        is_confirmed=p.is_confirmed,
        quotes=quotes,
    )


def _say_project_covid(a: ProjectAnswers, lang: str) -> Said:
    from analyysi.catalogue import text, value_label
    from analyysi.formats import format_date

    question = text("answer.covid", lang)
    c = a.covid
    if c is None:
        return Said(question, "—", text("value.no_planned_period", lang), [])
    sentences = [
        text(
            "answer.project_period",
            lang,
            start=format_date(a.planned_start, lang),
            end=format_date(a.planned_end, lang),
            era=value_label(c.era, lang),
        )
    ]
    if c.ran_in_pandemic and c.emergency_overlap_days:
        sentences.append(text("answer.project_emergency", lang, count=c.emergency_overlap_days))
    if not c.ran_in_pandemic:
        figure, label = "—", text("answer.project_not_in_pandemic", lang)
    elif c.adaptations:
        figure = str(len(c.adaptations))
        label = text("answer.project_adaptations_label", lang)
        kinds = ", ".join(str(value_label(k, lang)) for k in c.adaptations)
        sentences.append(text("answer.project_adaptations", lang, kinds=kinds))
    else:
        figure, label = "0", text("answer.project_adaptations_label", lang)
        sentences.append(text("answer.project_no_adaptations", lang))
    quotes = [(s.sentence, s.matched_terms, s.review_status) for s in c.evidence]
    review = None
    if c.waiting:
        review = text("answer.project_covid_waiting", lang, count=c.waiting)
    elif c.evidence:
        review = text("answer.project_covid_done", lang)
    return Said(
        question, figure, label, sentences, review=review, is_confirmed=not c.waiting, quotes=quotes
    )
