"""``reports/index.html``: the synthesis, the reports, key figures per project, data quality."""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from analyysi.analyses import overview
from analyysi.analyses.answers import ProjectAnswers, portfolio_answers, say_portfolio
from analyysi.catalogue import column_label, number, percent, report_title, text, value_label
from analyysi.formats import format_date
from analyysi.report.display import answers_html
from analyysi.report.issues import field_label


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
    """The body of the index page: the three answers first, then the projects with their
    answers, the reports, downloads and data quality. Every value from a document is
    escaped."""

    def t(key: str, **values: object) -> str:
        return html.escape(text(key, lang, **values))

    links = {r.name: r for r in reports}

    def link(name: str) -> str:
        report = links.get(name)
        if report is None:
            return ""
        title = html.escape(report_title(name, lang))
        return f' <a href="{html.escape(report.href)}">{t("index.read_more")}: {title}</a>'

    answers = portfolio_answers(tables)
    evidence = [
        links[name].href if name in links else None
        for name in ("01_funding", "02_participants", "03_covid")
    ]
    quality = overview.quality_summary(tables)
    parts = [
        f"<h1>{t('title.index')}</h1>",
        f"<p>{t('index.intro', count=len(answers.projects))}</p>",
        f'<h2 id="answers">{t("index.answers")}</h2>',
        answers_html(say_portfolio(answers, lang), lang, evidence),
        *_review_item(tables, t),
        f'<h2 id="projects">{t("index.projects")}</h2>',
        f"<p>{t('index.projects_intro')}</p>",
        _projects_table(answers.projects, cards, lang),
        f'<h2 id="reports">{t("index.reports")}</h2>',
        "<ul>",
        *(_report_item(r, lang) for r in reports),
        "</ul>",
        f'<p><a href="tables.xlsx">{t("index.downloads")}</a> · {t("index.csv_files")} · '
        f'{t("index.figures")}: <a href="figures/">figures/</a></p>',
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
    return [f"<p>{t('index.review_issues', refused=refused, unverified=unverified)}</p>"]


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


def _projects_table(answers: list[ProjectAnswers], cards: dict[str, str], lang: str) -> str:
    """One row per project with its three answers, the same figures its card shows."""

    def t(key: str, **values: object) -> str:
        return html.escape(text(key, lang, **values))

    heads = ("project", "project_name", "planned_period", "funding", "participants", "covid")
    labels = [t(f"index.col.{h}") for h in heads]  # a phone shows each row as a card
    head = "".join(f'<th scope="col">{label}</th>' for label in labels)
    rows = []
    for a in answers:
        code = html.escape(a.project_code)
        if a.project_code in cards:
            code = f'<a href="{html.escape(cards[a.project_code])}">{code}</a>'
        period = (
            f"{format_date(a.planned_start, lang)}–{format_date(a.planned_end, lang)}"
            if a.planned_start is not None and a.planned_end is not None
            else ""
        )
        # data-sort: what a column sorts by, where the text would sort wrong (dates, shares)
        sorts = [
            "",
            "",
            a.planned_start.date().isoformat() if a.planned_start is not None else "",
            "" if a.funding is None or a.funding.share is None else f"{a.funding.share:.4f}",
            "" if a.participants is None or a.participants.achievement is None
            else f"{a.participants.achievement:.4f}",
            "",
        ]  # fmt: skip
        cells = [
            code,
            # the name as written: Finnish on an English page too
            html.escape(a.project_name)
            if lang == "fi"
            else f'<span lang="fi">{html.escape(a.project_name)}</span>',
            html.escape(period),
            _funding_cell(a, lang),
            _participants_cell(a, lang),
            _covid_cell(a, lang),
        ]
        rows.append(
            "<tr>"
            + "".join(
                f'<td data-label="{labels[i]}"{f" data-sort={chr(34)}{key}{chr(34)}" if key else ""}>'
                f"{c}</td>"
                for i, (c, key) in enumerate(zip(cells, sorts, strict=True))
            )
            + "</tr>"
        )
    label = t("index.filter")
    return (
        f'<p class="filter" hidden><label>{label} <input type="search" id="project-filter">'
        f'</label> <span id="project-count"></span></p>'
        f'<div class="table-wrap"><table class="data index" id="projects-table">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


# The project table filtered and sorted in the browser. The page works without it (the full
# table is there); the script reads only text already on the page and writes none as markup.
INDEX_SCRIPT = """
(function () {
  var table = document.getElementById("projects-table");
  var box = document.getElementById("project-filter");
  if (!table || !box) { return; }
  box.parentNode.parentNode.hidden = false;
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("project-count");
  function show() {
    var words = box.value.toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var hit = row.textContent.toLowerCase().indexOf(words) !== -1;
      row.hidden = !hit; if (hit) { shown += 1; }
    });
    count.textContent = shown + " / " + rows.length;
  }
  box.addEventListener("input", show);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (head, column) {
    var button = document.createElement("button");
    button.type = "button"; button.className = "sort";
    button.textContent = head.textContent; head.textContent = "";
    head.appendChild(button);
    var ascending = true;
    button.addEventListener("click", function () {
      var key = function (row) {
        var cell = row.cells[column];
        return cell.getAttribute("data-sort") || cell.textContent.trim().toLowerCase();
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
        other.removeAttribute("aria-sort");
      });
      head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      ascending = !ascending;
    });
  });
  show();
})();
"""


def _waiting(lang: str) -> str:
    return f' <span class="status">{html.escape(text("answer.status_waiting", lang))}</span>'


def _funding_cell(a: ProjectAnswers, lang: str) -> str:
    f = a.funding
    if f is None or f.share is None:
        return ""
    shown = html.escape(percent(f.share, lang))
    return shown if f.is_closed else f"{shown} ({html.escape(text('index.interim', lang))})"


def _participants_cell(a: ProjectAnswers, lang: str) -> str:
    p = a.participants
    if p is None or not p.planned:
        return html.escape(text("value.no_target", lang))
    status = value_label(p.status, lang) if p.status else text("answer.rejected", lang)
    if p.realised is not None:
        shown = f"{number(p.realised, lang)} / {number(p.planned, lang)}: {status}"
    else:  # e.g. a final report that says the target was exceeded without a figure
        shown = text("index.participants_no_count", lang, status=status,
                     planned=number(p.planned, lang))  # fmt: skip
    return html.escape(shown) + ("" if p.is_confirmed else _waiting(lang))


def _covid_cell(a: ProjectAnswers, lang: str) -> str:
    c = a.covid
    if c is None:
        return ""
    shown = html.escape(str(value_label(c.era, lang)))
    if c.ran_in_pandemic:
        kinds = ", ".join(str(value_label(k, lang)) for k in c.adaptations)
        shown += ": " + html.escape(kinds or text("index.no_adaptations", lang))
        if c.waiting:
            shown += _waiting(lang)
    return shown


def _issue_counts(issues: pd.DataFrame, lang: str) -> str:
    if issues.empty:
        return ""
    counts = issues.groupby(["severity", "field"]).size().reset_index(name="count")
    head = "".join(
        f"<th>{html.escape(column_label(c, lang))}</th>" for c in ("severity", "field", "count")
    )
    rows = "".join(
        f"<tr><td>{html.escape(str(value_label(r.severity, lang)))}</td>"
        f"<td>{html.escape(field_label(r.field, lang))}</td><td>{r.count}</td></tr>"
        for r in counts.itertuples()
    )
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
