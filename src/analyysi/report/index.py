"""``reports/index.html``: the synthesis, the reports, key figures per project, data quality."""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from analyysi.analyses import covid, funding, overview, participants
from analyysi.catalogue import column_label, number, percent, report_title, text, value_label


@dataclass(frozen=True)
class ReportLink:
    name: str  # notebook name, e.g. 01_funding
    href: str
    ok: bool
    error: str | None = None
    document_href: str | None = None  # the report as a Word document


def index_body(
    tables: dict[str, pd.DataFrame], reports: list[ReportLink], cards: dict[str, str], lang: str
) -> str:
    """The body of the index page; every value from a document is escaped."""

    def t(key: str, **values: object) -> str:
        return html.escape(text(key, lang, **values))

    links = {r.name: r for r in reports}

    def link(name: str) -> str:
        report = links.get(name)
        if report is None:
            return ""
        title = html.escape(report_title(name, lang))
        return f' <a href="{html.escape(report.href)}">{t("index.read_more")}: {title}</a>'

    projects = tables["projects"]
    portfolio = funding.portfolio(tables["funding_realisation"])
    if portfolio.projects == 0:
        funding_sentence = t("index.funding_none")
    else:
        funding_sentence = t(
            "index.funding",
            share=percent(portfolio.weighted.value, lang),
            realised=number(portfolio.realised_public_eur, lang),
            planned=number(portfolio.planned_public_eur, lang),
            count=portfolio.projects,
            closed=int(tables["funding_realisation"]["is_closed"].fillna(False).astype(bool).sum()),
        )
    found = participants.findings(tables["participant_outcomes"])
    participants_sentence = t(
        "index.participants",
        targets=found.targets,
        reached=found.reached,
        short=found.short,
        waiting=found.waiting,
    )
    adapted = covid.findings(tables["covid_projects"], tables["covid_evidence"])
    covid_sentence = t(
        "index.covid",
        era=adapted.era_projects,
        count=len(projects),
        suggested=adapted.suggested,
        waiting=adapted.waiting_sentences,
        confirmed=adapted.confirmed_projects,
    )
    quality = overview.quality_summary(tables)
    parts = [
        f"<h1>{t('title.index')}</h1>",
        f'<h2 id="synthesis">{t("index.synthesis")}</h2>',
        "<ul>",
        f"<li>{funding_sentence}{link('01_funding')}</li>",
        f"<li>{participants_sentence}{link('02_participants')}</li>",
        f"<li>{covid_sentence}{link('03_covid')}</li>",
        *_review_item(tables, t),
        "</ul>",
        f'<h2 id="reports">{t("index.reports")}</h2>',
        "<ul>",
        *(_report_item(r, lang) for r in reports),
        "</ul>",
        f'<p><a href="tables.xlsx">{t("index.downloads")}</a> · {t("index.csv_files")} · '
        f"{t('index.figures')}: figures/</p>",
        f'<h2 id="projects">{t("index.projects")}</h2>',
        _projects_table(overview.key_figures(tables), cards, lang),
        f'<h2 id="quality">{t("index.quality")}</h2>',
        f"<p>{t('index.quality_counts', **vars(quality))}{link('00_data_overview')}</p>",
        _issue_counts(tables["parse_issues"], lang),
    ]
    return "\n".join(parts)


def _review_item(tables, t) -> list[str]:
    """A line when review decisions were not applied: the findings above leave them out."""
    issues = tables.get("review_issues")
    if issues is None or issues.empty:
        return []
    refused = int((~issues["problem"].str.startswith("unverified")).sum())
    unverified = int(issues["problem"].str.startswith("unverified").sum())
    if not refused and not unverified:
        return []
    return [f"<li>{t('index.review_issues', refused=refused, unverified=unverified)}</li>"]


def _report_item(report: ReportLink, lang: str) -> str:
    title = html.escape(report_title(report.name, lang))
    if report.ok:
        document = (
            f' · <a href="{html.escape(report.document_href)}">'
            f"{html.escape(text('index.document', lang))}</a>"
            if report.document_href
            else ""
        )
        return f'<li><a href="{html.escape(report.href)}">{title}</a>{document}</li>'
    return (
        f'<li class="failed"><a href="{html.escape(report.href)}">{title}</a>: '
        f"{html.escape(text('index.failed', lang))}: {html.escape(report.error or '')}</li>"
    )


def _projects_table(figures: pd.DataFrame, cards: dict[str, str], lang: str) -> str:
    columns = list(figures.columns)
    head = "".join(f"<th>{html.escape(column_label(c, lang))}</th>" for c in columns)
    rows = []
    for row in figures.itertuples(index=False):
        cells = []
        for column in columns:
            value = getattr(row, column)
            if column == "project_code" and value in cards:
                shown = f'<a href="{html.escape(cards[value])}">{html.escape(str(value))}</a>'
            elif column == "public_realisation":
                shown = "" if pd.isna(value) else percent(value, lang)
            elif column.endswith("_eur"):
                shown = "" if pd.isna(value) else number(value, lang)
            elif isinstance(value, pd.Timestamp):
                shown = value.date().isoformat()
            else:
                shown = (
                    ""
                    if value is None or value is pd.NA
                    else html.escape(str(value_label(value, lang)))
                )
            cells.append(f"<td>{shown}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _issue_counts(issues: pd.DataFrame, lang: str) -> str:
    if issues.empty:
        return ""
    counts = issues.groupby(["severity", "field"]).size().reset_index(name="count")
    head = "".join(
        f"<th>{html.escape(column_label(c, lang))}</th>" for c in ("severity", "field", "count")
    )
    rows = "".join(
        f"<tr><td>{html.escape(str(value_label(r.severity, lang)))}</td>"
        f"<td>{html.escape(r.field)}</td><td>{r.count}</td></tr>"
        for r in counts.itertuples()
    )
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
