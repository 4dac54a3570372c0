"""Plausibility checks on a parsed record: each finding is a ``warning``, values are kept."""

from __future__ import annotations

from analyysi.documents.fields import Issue, Record

CLOSED = "Toiminta päättynyt"


def check_record(record: Record) -> list[Issue]:
    """Warnings for realised above planned, EU+state above total public, a Y-tunnus whose
    check digit fails, a planned end before the planned start, and a closed project without
    its final-report summary."""
    found: list[Issue] = []

    def warn(field: str, line: int | None, message: str) -> None:
        found.append(
            Issue(record.source_file, record.project_code, "warning", field, line, message)
        )

    funding = {(row["source"], row["stage"]): row for row in record.funding}
    for source, name in (("eu_state", "EU and state funding"), ("public_total", "public funding")):
        planned, realised = funding.get((source, "planned")), funding.get((source, "realised"))
        if _above(realised, planned, "amount_eur"):
            warn(
                "funding.amount_eur",
                realised["line"],
                f"realised {name} {realised['amount_eur']} € is above planned "
                f"{planned['amount_eur']} € (line {planned['line']})",
            )
    for stage in ("planned", "realised"):
        eu_state, total = funding.get(("eu_state", stage)), funding.get(("public_total", stage))
        if _above(eu_state, total, "amount_eur"):
            warn(
                "funding.amount_eur",
                eu_state["line"],
                f"{stage} EU and state funding {eu_state['amount_eur']} € is above {stage} total "
                f"public funding {total['amount_eur']} € (line {total['line']})",
            )
    for row in record.indicators:
        planned, realised = row["planned"], row["realised"]
        if planned is not None and realised is not None and realised > planned:
            warn(
                "indicators.realised",
                row["realised_line"],
                f"realised {row['indicator']} {row['realised']} is above planned "
                f"{row['planned']} (line {row['planned_line']})",
            )
    for row in record.organisations:
        if row["business_id_valid"] is False:
            field = (
                "projects.applicant_business_id"
                if row["role"] == "applicant"
                else "organisations.business_id"
            )
            line = (
                record.project_lines.get("applicant_business_id")
                if row["role"] == "applicant"
                else row["line"]
            )
            warn(field, line, f"Y-tunnus {row['business_id']} has a wrong check digit")
    start, end = record.project.get("planned_start"), record.project.get("planned_end")
    if start and end and end < start:
        warn(
            "projects.planned_end",
            record.project_lines.get("planned_end"),
            f"planned end {end.isoformat()} is before planned start {start.isoformat()}",
        )
    status = record.project.get("status") or ""
    if status.strip().lower() == CLOSED.lower() and not record.project.get("has_final_report"):
        warn(
            "section 9",
            record.project_lines.get("status"),
            f"the project is closed ({status}) but has no final-report summary (section 9): "
            "its outcomes and COVID adaptations cannot be read; the page may be cut short",
        )
    return found


def _above(row: dict | None, other: dict | None, column: str) -> bool:
    """row[column] > other[column], where both are known."""
    if row is None or other is None:
        return False
    value, limit = row[column], other[column]
    return value is not None and limit is not None and value > limit
