"""Calendar arithmetic shared by the date rules: what a relative date expression points to."""

from __future__ import annotations

import datetime as dt
import re

_DAY_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$")
_YEAR = re.compile(r"^\d{4}$")


def long_date(day: dt.date) -> str:
    """A date as a reader writes it: 'Monday 2 November 2026'."""
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')} {day.year}"


def week_start(day: dt.date) -> dt.date:
    """The Monday of the calendar week that holds `day`."""
    return day - dt.timedelta(days=day.weekday())


def same_week(a: dt.date, b: dt.date) -> bool:
    """Whether two dates fall in the same Monday-to-Sunday week."""
    return week_start(a) == week_start(b)


def previous_weekday(before: dt.date, weekday: int) -> dt.date:
    """The latest date strictly before `before` that falls on `weekday` (Monday is 0)."""
    back = (before.weekday() - weekday) % 7 or 7
    return before - dt.timedelta(days=back)


def weekday_index(
    text: str, weekdays: list[str], abbreviations: frozenset[str] = frozenset()
) -> int | None:
    """'Tuesday', 'tuesday', 'Tues', 'Weds.' as a weekday (Monday is 0), or None. `weekdays`
    are the full names in calendar order; a short form counts only when capitalised (so the
    verb 'sat' or the noun 'sun' is not a day), and its first three letters tell the day."""
    word = text.lower().rstrip(".")
    if word in weekdays:
        return weekdays.index(word)
    if word in abbreviations and text[:1].isupper():
        return next((i for i, name in enumerate(weekdays) if name[:3] == word[:3]), None)
    return None


def day_number(text: str) -> int | None:
    """'3', '3rd', '21st' as a day of the month, or None."""
    match = _DAY_NUMBER.match(text)
    if match is None:
        return None
    day = int(match.group(1))
    return day if 1 <= day <= 31 else None


def year_number(text: str) -> int | None:
    """A four-digit year, or None."""
    return int(text) if _YEAR.match(text) else None


def numeric_date(text: str) -> tuple[int, int, int | None] | None:
    """'11/3', '3.11.2026': the two leading numbers and the year (None when not given)."""
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return None
    year = match.group(3)
    if year is not None and len(year) == 2:
        year = "20" + year
    return int(match.group(1)), int(match.group(2)), int(year) if year else None


def date_matches(
    interview: dt.date, month: int | None, day: int | None, year: int | None = None
) -> bool:
    """Whether a written date (any part may be missing) agrees with the interview date."""
    if month is not None and month != interview.month:
        return False
    if day is not None and day != interview.day:
        return False
    return year is None or year == interview.year


def resolve_written(
    sent: dt.date, month: int | None, day: int | None, year: int | None
) -> dt.date | None:
    """The calendar date a written date most likely means, seen from the sent date: a date
    without a year is taken in the sent date's year, or the year before when that would put
    it more than half a year ahead. None when the parts make no date."""
    month = month or sent.month
    day = day or 1
    try:
        candidate = dt.date(year or sent.year, month, day)
    except ValueError:
        return None
    if year is None and (candidate - sent).days > 183:
        try:
            candidate = dt.date(sent.year - 1, month, day)
        except ValueError:
            return None
    return candidate
