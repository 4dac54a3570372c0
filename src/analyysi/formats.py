"""Numbers, money, shares and dates as a reader of each report language writes them.

One style per language, from the Unicode CLDR through Babel, so tables, sentences and figure
axes agree: Finnish ``1 200``, ``20,2 %``, ``1,2 milj. €``, ``1.2.2016``; English (British
usage, as in EU documents) ``1,200``, ``20.2%``, ``€1.2 million``, ``1 Feb 2016``. The results
are plain text: callers escape them for HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import math

from babel import Locale
from babel.dates import format_date as _format_date
from babel.numbers import format_compact_currency, format_compact_decimal, format_decimal

LOCALES = {"fi": "fi_FI", "en": "en_GB"}
# Dates a Finnish reader writes as d.m.yyyy; an English one as "1 Feb 2016".
_DATE_PATTERNS = {"fi": "d.M.yyyy", "en": "d MMM yyyy"}
_POINTS = {"fi": "{value}\u00a0%-yks.", "en": "{value} pp"}


@functools.cache
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(LOCALES[lang])
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose one of fi, en") from None


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except TypeError:
        return type(value).__name__ in ("NAType", "NaTType")


def _decimals(pattern: str, decimals: int) -> str:
    """The locale's pattern (its sign placement and spacing) with ``decimals`` fixed."""
    return pattern.replace("#,##0", "#,##0." + "0" * decimals if decimals else "#,##0", 1)


def format_number(value: float, lang: str, decimals: int | None = 0) -> str:
    """A number with its thousands grouped: ``1 200`` / ``1,200``; ``decimals`` fixed, or
    None for as many as needed up to three (``0,032``, ``1,5``)."""
    if decimals is None:
        pattern = "#,##0.###"
    else:
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    return format_decimal(value, format=pattern, locale=_locale(lang))


def format_percent(share: float, lang: str, decimals: int = 1) -> str:
    """A share (0.202) as a percentage: ``20,2 %`` / ``20.2%``."""
    pattern = _decimals(_locale(lang).percent_formats[None].pattern, decimals)
    return format_decimal(share, format=pattern, locale=_locale(lang))


def format_points(difference: float, lang: str, decimals: int = 1) -> str:
    """A difference of two shares (0.052) in percentage points: ``5,2 %-yks.`` / ``5.2 pp``,
    never written as a per cent of anything."""
    return _POINTS[lang].format(value=format_number(100 * difference, lang, decimals))


def format_euros(amount: float, lang: str, compact: bool = False) -> str:
    """Euros: ``431 177 €`` / ``€431,177``; ``compact`` rounds large sums as a report does
    (``1,2 milj. €`` / ``€1.2 million``)."""
    if compact and abs(amount) >= 1_000_000:
        if lang == "en":
            long = format_compact_decimal(
                amount, format_type="long", locale=_locale(lang), fraction_digits=1
            )
            return f"€{long}"
        return format_compact_currency(amount, "EUR", locale=_locale(lang), fraction_digits=1)
    pattern = _locale(lang).currency_formats["standard"].pattern.split(";")[0]
    pattern = pattern.replace(".00", "")
    return format_decimal(amount, format=pattern, locale=_locale(lang)).replace("¤", "€")


def format_date(value: dt.date | dt.datetime, lang: str) -> str:
    """A date: ``1.2.2016`` / ``1 Feb 2016``."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return _format_date(value, format=_DATE_PATTERNS[lang], locale=_locale(lang))


def plural_form(count: float, lang: str) -> str:
    """The CLDR plural category of ``count`` in ``lang`` ("one" or "other" in both)."""
    return _locale(lang).plural_form(abs(count))


def format_value(value: object, lang: str, unit: str | None = None, decimals: int = 0) -> str:
    """A cell for a page: ``unit`` "ratio" as a percentage, "EUR" as euros, else a number or
    a date; missing values as an empty string."""
    if _is_missing(value):
        return ""
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if unit == "ratio":
        return format_percent(value, lang)
    if unit == "EUR":
        return format_number(value, lang)
    if isinstance(value, float) and not value.is_integer():
        return format_number(value, lang, decimals or 1)
    return format_number(value, lang)
