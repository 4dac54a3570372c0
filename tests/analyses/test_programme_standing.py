"""The programme as a population: closed projects' realisation by group, what is left out and
why, and tables that stay short at 20 000 rows."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analyysi.analyses import programme


def _list(n: int) -> pd.DataFrame:
    rows = []
    for k in range(n):
        rows.append(
            {
                "project_code": f"S{10000 + k}",
                "fund": "ESR" if k % 3 else "EAKR",
                "authority": f"Viranomainen {k % 17}",
                "priority_axis_code": str(k % 5 + 1),
                "status": "Toiminta päättynyt" if k % 10 else "Toiminnassa",
                "start": date(2015, 1, 1),
                "end": date(2016 + k % 6, 12, 31),
                "planned_public_eur": float(50_000 + (k % 40) * 40_000) if k % 97 else 0.0,
                "realised_public_eur": float(40_000 + (k % 40) * 38_000),
            }
        )
    return pd.DataFrame(rows)


def test_groups_by_hand():
    listed = pd.DataFrame(
        {
            "project_code": ["S1", "S2", "S3", "S4"],
            "fund": ["ESR", "ESR", "EAKR", "ESR"],
            "authority": ["A", "A", "B", "A"],
            "priority_axis_code": ["1", "1", "2", "1"],
            "status": ["Toiminta päättynyt"] * 3 + ["Toiminnassa"],
            "start": [date(2015, 1, 1)] * 4,
            "end": [date(2017, 6, 30), date(2018, 1, 31), date(2017, 1, 1), date(2019, 1, 1)],
            "planned_public_eur": [100_000.0, 300_000.0, 2_000_000.0, 50_000.0],
            "realised_public_eur": [50_000.0, 300_000.0, 1_900_000.0, 10_000.0],
        }
    )
    closed = programme.closed_projects(listed)
    assert list(closed["public_realisation"]) == [0.5, 1.0, 0.95]
    by_fund = programme.by_group(closed, "fund").set_index("fund")
    assert by_fund.loc["ESR", "projects"] == 2
    assert by_fund.loc["ESR", "weighted_realisation"] == round(350_000 / 400_000, 4)
    assert by_fund.loc["ESR", "share_under_80"] == 0.5
    assert list(programme.by_group(closed, "size_band")["size_band"]) == [
        "100k_250k",
        "250k_500k",
        "ge_1m",
    ]
    assert programme.left_out(listed).to_dict("records") == [
        {"reason": "not_closed", "projects": 1}
    ]


def test_twenty_thousand_rows_give_short_tables():
    listed = _list(20_000)
    closed = programme.closed_projects(listed)
    assert len(closed) + programme.left_out(listed)["projects"].sum() == 20_000
    sizes = {by: len(programme.by_group(closed, by)) for by in programme.BREAKDOWNS}
    assert sizes == {
        "fund": 2,
        "authority": 17,
        "priority_axis_code": 5,
        "size_band": 5,
        "end_year": 6,
    }


def test_set_aside_rows_counted_by_kind_of_reason():
    issues = pd.DataFrame(
        {
            "row": [3, 9, 12, 40],
            "reason": [
                "first field is not a project code (a letter and 5 to 9 digits): 'X1'",
                "first field is not a project code (a letter and 5 to 9 digits): 'Y22'",
                "project code S20001 already on row 5",
                "project code S20002 already on row 7",
            ],
            "raw_line": ["a", "b", "c", "d"],
        }
    )
    table = programme.set_aside(issues)
    assert table.to_dict("records") == [
        {"reason": "first field is not a project code", "rows": 2, "first_row": 3},
        {"reason": "project code … already on row N", "rows": 2, "first_row": 12},
    ]
