"""Value parsers: worked examples and properties (hypothesis)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyysi.documents import values

SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("43 005", Decimal("43005")),
        ("17 743,48", Decimal("17743.48")),
        ("17\u00a0743,48", Decimal("17743.48")),
        ("1\u202f234\u202f567", Decimal("1234567")),
        ("43005", Decimal("43005")),
        ("17743.48", Decimal("17743.48")),
        ("0", Decimal("0")),
        ("  51 005  ", Decimal("51005")),
        ("51 005 €", Decimal("51005")),
        ("12,5", Decimal("12.5")),
    ],
)
def test_parse_amount_examples(raw, expected):
    assert values.parse_amount(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "abc",
        "43.005",
        "1.234,50",
        "43 00",
        "4 3005",
        "-500",
        "12,345",
        "1e5",
        "43 005 kr",
        "1 000 000 000 000",
    ],
)
def test_parse_amount_rejects_ambiguous_or_foreign(raw):
    with pytest.raises(ValueError):
        values.parse_amount(raw)


def _finnish_amount(cents: int, separator: str, decimal: str) -> str:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", separator)
    return grouped if rest == 0 else f"{grouped}{decimal}{rest:02d}"


@given(
    cents=st.integers(min_value=0, max_value=10**13),
    separator=st.sampled_from(SEPARATORS),
    decimal=st.sampled_from([",", "."]),
)
def test_parse_amount_round_trips_any_finnish_spelling(cents, separator, decimal):
    text = _finnish_amount(cents, separator, decimal)
    assert values.parse_amount(text) == Decimal(cents) / 100


@given(st.text(max_size=40))
def test_parse_amount_never_fails_otherwise_than_value_error(text):
    try:
        result = values.parse_amount(text)
    except ValueError:
        return
    assert result >= 0


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(SEPARATORS))
def test_parse_count_round_trips(n, separator):
    assert values.parse_count(f"{n:,}".replace(",", separator)) == n


@pytest.mark.parametrize("raw", ["1,5", "-3", "kaksi", "", "12 34", "99999999999999999999"])
def test_parse_count_rejects(raw):
    with pytest.raises(ValueError):
        values.parse_count(raw)


@pytest.mark.parametrize(("raw", "ok"), [("0", 0), ("10", 10), ("11", None), ("x", None)])
def test_parse_score(raw, ok):
    if ok is None:
        with pytest.raises(ValueError):
            values.parse_score(raw)
    else:
        assert values.parse_score(raw) == ok


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31)), st.booleans())
def test_parse_date_round_trips(date, padded):
    text = (
        f"{date.day:02d}.{date.month:02d}.{date.year}"
        if padded
        else f"{date.day}.{date.month}.{date.year}"
    )
    assert values.parse_date(text) == date


@pytest.mark.parametrize(
    "raw",
    ["31.2.2021", "1.13.2020", "2020-09-01", "1.9.20", "", "1.9.2020 klo 12", "31.8.3021"],
)
def test_parse_date_rejects(raw):
    with pytest.raises(ValueError):
        values.parse_date(raw)


def test_split_period():
    assert values.split_period("Alkaa 1.9.2020 ja päättyy 31.8.2021") == ("1.9.2020", "31.8.2021")
    assert values.split_period("alkaa  1.9.2020  ja  päättyy 31.8.2021") == (
        "1.9.2020",
        "31.8.2021",
    )
    with pytest.raises(ValueError):
        values.split_period("1.9.2020–31.8.2021")


# Y-tunnus: real ones from the bundled documents, checked by hand (weights 7 9 10 5 8 4 2).
@pytest.mark.parametrize(
    "raw",
    ["2819071-5", "2079261-5", "0210427-6", "1733423-4", "1570156-3", "1710217-7", "1091823-7"],
)
def test_business_id_real_ones_are_valid(raw):
    assert values.parse_business_id(raw) == (raw, True)


def test_business_id_wrong_check_digit_is_kept_and_flagged():
    assert values.parse_business_id("2819071-6") == ("2819071-6", False)


def test_business_id_old_six_digit_form_is_padded():
    # 210427-6 is 0210427-6 written without its leading zero
    assert values.parse_business_id("210427-6") == ("0210427-6", True)


@pytest.mark.parametrize("raw", ["2819071", "28190715", "2819071-55", "FI28190715", ""])
def test_business_id_shapeless_is_an_error(raw):
    with pytest.raises(ValueError):
        values.parse_business_id(raw)


bodies = st.text(alphabet="0123456789", min_size=7, max_size=7)


@given(bodies)
def test_business_id_at_most_one_check_digit_fits(body):
    fitting = [d for d in range(10) if values.parse_business_id(f"{body}-{d}")[1]]
    assert len(fitting) <= 1
    assert fitting == (
        []
        if values.business_id_check_digit(body) is None
        else [values.business_id_check_digit(body)]
    )


@given(bodies, st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=9))
def test_business_id_any_single_digit_change_is_caught(body, position, shift):
    check = values.business_id_check_digit(body)
    if check is None:
        return
    changed = body[:position] + str((int(body[position]) + shift) % 10) + body[position + 1 :]
    assert values.parse_business_id(f"{changed}-{check}")[1] is False


@pytest.mark.parametrize(
    ("raw", "answer"), [("Kyllä", True), ("Ei", False), (" kyllä ", True), ("EI.", False)]
)
def test_yes_no(raw, answer):
    assert values.parse_yes_no(raw) is answer


@pytest.mark.parametrize("raw", ["Joo", "", "Kyllä ja ei"])
def test_yes_no_rejects(raw):
    with pytest.raises(ValueError):
        values.parse_yes_no(raw)


def test_numbered_name():
    assert values.split_numbered_name("5. Sosiaalinen osallisuus") == (
        "5",
        "Sosiaalinen osallisuus",
    )
    assert values.split_numbered_name("10.1. Työelämän ulkopuolella") == (
        "10.1",
        "Työelämän ulkopuolella",
    )
    with pytest.raises(ValueError):
        values.split_numbered_name("Sosiaalinen osallisuus")


def test_split_list():
    assert values.split_list("Pohjois-Pohjanmaa, Lappi,  Kainuu ,") == [
        "Pohjois-Pohjanmaa",
        "Lappi",
        "Kainuu",
    ]
    assert values.split_list("") == []
