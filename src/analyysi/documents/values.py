"""Value parsers for the description format: amounts, counts, dates, Y-tunnus, yes/no, lists.

Each parser takes the raw text of one value and returns the parsed value, or raises
``ValueError`` with a short English reason. Callers turn that into a ``parse_issues`` row;
nothing here guesses a value.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

# Space-like characters real exports use as thousands separators: space, no-break space,
# narrow no-break space, thin space.
_GROUP_SEPARATORS = " \u00a0\u202f\u2009"
_GROUPED = rf"\d{{1,3}}(?:[{_GROUP_SEPARATORS}]\d{{3}})+"
_AMOUNT = re.compile(rf"^(?P<int>{_GROUPED}|\d+)(?:[,.](?P<frac>\d{{1,2}}))?$")
_COUNT = re.compile(rf"^(?:{_GROUPED}|\d+)$")
_SEPARATOR = re.compile(f"[{_GROUP_SEPARATORS}]")
_TRAILING_UNIT = re.compile(r"\s*(?:€|eur|euroa)$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_BUSINESS_ID = re.compile(r"^(\d{6,7})-(\d)$")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_PERIOD = re.compile(r"^alkaa\s+(?P<start>\S+)\s+ja\s+päättyy\s+(?P<end>\S+)$", re.IGNORECASE)
_NUMBERED_NAME = re.compile(r"^(?P<code>\d+(?:\.\d+)*)\.?\s+(?P<name>\S.*)$")
_YES = {"kyllä": True, "ei": False}
# Bounds that no real description comes near; beyond them a value is a typo, not data.
MAX_AMOUNT = Decimal(10) ** 12  # euros
MAX_COUNT = 10**9
YEARS = range(1950, 2151)


def parse_amount(raw: str) -> Decimal:
    """Parse a euro amount such as ``43 005``, ``17 743,48`` or ``1\u00a0200``."""
    text = _TRAILING_UNIT.sub("", raw.strip())
    match = _AMOUNT.match(text)
    if not match:
        raise ValueError("not a euro amount (expected e.g. '43 005' or '17 743,48')")
    digits = _SEPARATOR.sub("", match["int"])
    frac = match["frac"] or ""
    amount = Decimal(f"{digits}.{frac}") if frac else Decimal(digits)
    if amount >= MAX_AMOUNT:
        raise ValueError("implausibly large amount (a trillion euros or more)")
    return amount


def parse_count(raw: str) -> int:
    """Parse a non-negative whole count such as ``70`` or ``1 200``."""
    text = raw.strip()
    if text.isascii() and text.isdigit():  # the common case, without the two regexes
        count = int(text)
    elif _COUNT.match(text):
        count = int(_SEPARATOR.sub("", text))
    else:
        raise ValueError("not a whole number")
    if count > MAX_COUNT:
        raise ValueError("implausibly large count (over a billion)")
    return count


def parse_score(raw: str) -> int:
    """Parse a sustainability score: a whole number from 0 to 10."""
    value = parse_count(raw)
    if value > 10:
        raise ValueError("score outside 0–10")
    return value


def parse_date(raw: str) -> dt.date:
    """Parse a Finnish date ``d.m.yyyy`` (leading zeros optional)."""
    match = _DATE.match(raw.strip())
    if not match:
        raise ValueError("not a date d.m.yyyy")
    day, month, year = (int(part) for part in match.groups())
    if year not in YEARS:
        raise ValueError(f"year {year} outside {YEARS.start}–{YEARS.stop - 1}")
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a calendar date ({exc})") from None


def split_period(raw: str) -> tuple[str, str]:
    """Split ``Alkaa 1.9.2020 ja päättyy 31.8.2021`` into its two raw dates."""
    match = _PERIOD.match(" ".join(raw.split()))
    if not match:
        raise ValueError("not a period 'Alkaa d.m.yyyy ja päättyy d.m.yyyy'")
    return match["start"], match["end"]


def parse_business_id(raw: str) -> tuple[str, bool]:
    """Parse a Y-tunnus; return it (old six-digit form padded to seven) and whether its check
    digit is right. Raises ``ValueError`` only when the text is not shaped like a Y-tunnus."""
    match = _BUSINESS_ID.match(raw.strip())
    if not match:
        raise ValueError("not a Y-tunnus (expected 1234567-8)")
    body = match[1].rjust(7, "0")
    return f"{body}-{match[2]}", business_id_check_digit(body) == int(match[2])


def business_id_check_digit(body: str) -> int | None:
    """Check digit of the seven-digit body of a Y-tunnus, or None where no digit can be valid."""
    remainder = sum(int(d) * w for d, w in zip(body, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def parse_yes_no(raw: str) -> bool:
    """Parse ``Kyllä`` / ``Ei``."""
    answer = _YES.get(raw.strip().rstrip(".").casefold())
    if answer is None:
        raise ValueError("not Kyllä or Ei")
    return answer


def split_numbered_name(raw: str) -> tuple[str, str]:
    """Split ``5. Sosiaalinen osallisuus …`` or ``10.1. Työelämän …`` into code and name."""
    match = _NUMBERED_NAME.match(raw.strip())
    if not match:
        raise ValueError("not a numbered name (expected e.g. '10.1. Name')")
    return match["code"], match["name"].strip()


def split_list(raw: str) -> list[str]:
    """Split a comma-separated list of names; empty items are dropped."""
    return [item.strip() for item in raw.split(",") if item.strip()]
