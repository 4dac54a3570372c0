"""Figure axes in the report language's own style: counts, shares, euros and dates labelled as
the tables and sentences write them (``analyysi.formats``), on ticks few enough never to run
together at column width.

Each axis gets a ``LanguageFormatter`` that says what it measures (its ``kind``), so a test can
check every tick label against the language's number style.
"""

from __future__ import annotations

import matplotlib.dates as mdates
from matplotlib.axis import Axis
from matplotlib.ticker import Formatter, MaxNLocator

from analyysi.catalogue import text
from analyysi.formats import format_date, format_number, format_percent

KINDS = ("count", "percent", "euro", "date")
MILLION = 1_000_000
# Steps of "nice" ticks; euro and percent axes keep to few ticks, as their labels are wide.
_STEPS = [1, 2, 2.5, 5, 10]


class LanguageFormatter(Formatter):
    """Tick labels of one ``kind`` in ``lang``: "count" (whole numbers, grouped), "percent"
    (shares drawn as 0–1, labelled 20 % / 20%), "euro" (grouped, or in millions once the axis
    reaches a million: 1,5 milj. € / €1.5 million) or "date" (d.m.yyyy / 1 Feb 2016, or years
    when every tick is a new year)."""

    def __init__(self, kind: str, lang: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown axis kind {kind!r}; choose one of {', '.join(KINDS)}")
        self.kind, self.lang = kind, lang
        self._decimals, self._millions, self._years = 0, False, False

    def set_locs(self, locs) -> None:
        """Decide, for all ticks at once, the decimals and the scale they share."""
        super().set_locs(locs)
        low, high = sorted(self.axis.get_view_interval()) if self.axis else (min(locs), max(locs))
        shown = [v for v in locs if low - 1e-9 * (high - low) <= v <= high + 1e-9 * (high - low)]
        if self.kind == "percent":
            self._decimals = _decimals([100 * v for v in shown])
        elif self.kind == "euro":
            self._millions = max((abs(v) for v in shown), default=0) >= MILLION
            self._decimals = _decimals([v / MILLION for v in shown]) if self._millions else 0
        elif self.kind == "date":
            days = [mdates.num2date(v) for v in shown]
            self._years = bool(days) and all((d.month, d.day) == (1, 1) for d in days)

    def __call__(self, value: float, pos: int | None = None) -> str:
        value += 0.0  # -0.0 is written 0
        if self.kind == "count":
            return format_number(round(value), self.lang)
        if self.kind == "percent":
            return format_percent(value, self.lang, self._decimals)
        if self.kind == "euro":
            if self._millions and value != 0:  # 0, not "0 milj. €"
                millions = format_number(value / MILLION, self.lang, self._decimals)
                return text("figure.eur_millions", self.lang, value=millions)
            return format_number(value, self.lang, 0)
        day = mdates.num2date(value)
        return str(day.year) if self._years else format_date(day.date(), self.lang)


def _decimals(values: list[float]) -> int:
    """The fewest decimals (up to 3) that write every tick exactly: 0,5 and 1,0 → 1."""
    for decimals in range(4):
        if all(abs(v * 10**decimals - round(v * 10**decimals)) < 1e-6 for v in values):
            return decimals
    return 3


class WholeLocator(MaxNLocator):
    """Ticks on whole numbers only, however short the axis: a count has no tick at 0.5, and
    no two euro ticks a few cents apart both read 0."""

    def __init__(self, nbins: int) -> None:
        super().__init__(nbins=nbins, steps=_STEPS, integer=True)

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        return [v for v in super().tick_values(vmin, vmax) if v == round(v)]


def count_axis(axis: Axis, lang: str) -> None:
    """Whole numbers, grouped in the language's style."""
    axis.set_major_locator(WholeLocator(nbins=6))
    axis.set_major_formatter(LanguageFormatter("count", lang))


def percent_axis(axis: Axis, lang: str) -> None:
    """Shares drawn as ratios (1.0 = 100 %) and labelled as percentages."""
    axis.set_major_locator(MaxNLocator(nbins=8, steps=_STEPS))
    axis.set_major_formatter(LanguageFormatter("percent", lang))


def euro_axis(axis: Axis, lang: str) -> None:
    """Euros grouped in the language's style, on whole euros (no two ticks read alike); at most
    six ticks, so no label meets the next."""
    axis.set_major_locator(WholeLocator(nbins=5))
    axis.set_major_formatter(LanguageFormatter("euro", lang))


def date_axis(axis: Axis, lang: str) -> None:
    """Dates on at most seven ticks: years over a span of years, else whole dates."""
    axis.axis_date()
    axis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
    axis.set_major_formatter(LanguageFormatter("date", lang))
