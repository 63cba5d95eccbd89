"""Publication dates of articles: the manifest's ISO date and the date stamps printed in the text.

A date is *possible* for a news article from ``EARLIEST`` to today. A manifest date outside that
range is kept out of the analysis (treated as unknown) with a warning; a stamp whose year is
impossible is never re-read with a guessed year.
"""

from __future__ import annotations

import datetime as dt
import re

from .checks import require_text

#: The earliest publication date taken as possible (printed newspapers are older, digital corpora are not).
EARLIEST = dt.date(1800, 1, 1)
_YEAR = re.compile(r"\d+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHORT_YEAR = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}\b")


def parse_published(value: str) -> str:
    """Validate a manifest date: ISO ``YYYY-MM-DD`` or empty; raise ValueError otherwise.

    >>> parse_published(" 2021-07-07 "), parse_published("")
    ('2021-07-07', '')
    """
    value = require_text(value, "value", allow_none=True).strip()
    if not value:
        return ""
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(f"unparseable published date {value!r} (expected YYYY-MM-DD or empty)")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"unparseable published date {value!r} (expected YYYY-MM-DD or empty)") from None


def date_problem(iso: str, today: dt.date | None = None) -> str:
    """'' for a possible publication date, else why it is impossible (in the future, or before EARLIEST).

    >>> date_problem("2021-07-07"), date_problem("2098-12-31", dt.date(2025, 1, 1))
    ('', 'is in the future (after 2025-01-01)')
    >>> date_problem("0001-01-01")
    'is before 1800-01-01'
    """
    iso = require_text(iso, "iso")
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    today = today or dt.date.today()
    if day > today:
        return f"is in the future (after {today.isoformat()})"
    if day < EARLIEST:
        return f"is before {EARLIEST.isoformat()}"
    return ""


def read_stamp(stamp: str, dayfirst: bool, today: dt.date | None = None) -> tuple[str, str]:
    """Read a date stamp printed in an article: (ISO date, '') or ('', why it cannot be read).

    The stamp must name its year (no year is guessed) and the date must be possible.

    >>> read_stamp("Friday 09/07/2021", dayfirst=True), read_stamp("Wednesday, November 22, 2023", False)
    (('2021-07-09', ''), ('2023-11-22', ''))
    >>> read_stamp("1 January 0001", False)[1], read_stamp("5 May 99999", False)[1]
    ('year 0001 is impossible', 'year 99999 is impossible')
    """
    from dateutil import parser

    stamp = require_text(stamp, "stamp")
    if not stamp.strip():
        return "", "no stamp"
    long_years = [y for y in _YEAR.findall(stamp) if len(y) >= 3]
    for y in long_years:
        if not EARLIEST.year <= int(y) <= (today or dt.date.today()).year:
            return "", f"year {y} is impossible"
    if not long_years and not _SHORT_YEAR.search(stamp):
        return "", "no year in the stamp"
    try:
        day = parser.parse(stamp, dayfirst=dayfirst, fuzzy=True, ignoretz=True, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError):
        return "", "not a date"
    problem = date_problem(day.isoformat(), today)
    return ("", f"date {day.isoformat()} {problem}") if problem else (day.isoformat(), "")
