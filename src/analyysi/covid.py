"""The pandemic timeline as the analyses share it.

``covid_era`` is the one definition of a project's COVID cohort, used by the funding
breakdowns and the COVID analysis alike.
"""

from __future__ import annotations

import pandas as pd

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
