"""Expressions that carry their own year ("June 5, 2020", "the 1990s", "Q3 2019"): values without the publication date."""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from . import values as V
from .lexicon import DECADE_WORDS, NAMED_EVENTS, ORDINALS, SEASONS, month_number, spelled_year
from .numeric import PLAUSIBLE_YEARS
from .scan import Candidate

__all__ = ["absolute_value", "is_absolute", "timeml_mod", "clock_suffix"]

_MODS = {"early": "START", "start of": "START", "beginning of": "START", "mid": "MID", "middle of": "MID",
         "late": "END", "end of": "END", "close of": "END", "pre": "BEFORE", "post": "AFTER"}


def timeml_mod(text: str | None) -> str:
    """TIMEX3 mod of a modifier word ('early' -> START, 'mid' -> MID, 'the end of' -> END).

    >>> timeml_mod("early"), timeml_mod("the end of"), timeml_mod(None)
    ('START', 'END', '')
    """
    if not text:
        return ""
    key = re.sub(r"\s+", " ", text.lower()).removeprefix("the ")
    return _MODS.get(key, "")


def clock_suffix(text: str) -> str:
    """TimeML time of a clock phrase ('5:04 PM' -> 'T17:04', '10 a.m.' -> 'T10:00'); '' when unreadable.

    >>> clock_suffix("5:04 PM"), clock_suffix("10 a.m."), clock_suffix("12.30pm"), clock_suffix("14:30"), clock_suffix("noon")
    ('T17:04', 'T10:00', 'T12:30', 'T14:30', 'T12:00')
    """
    word = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}.get(text.strip().lower())
    if word:
        return word
    m = re.search(r"(\d{1,2})(?:[:.](\d{2}))?\s*([AaPp])?", text)
    if m is None:
        return ""
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    ap = (m.group(3) or "").lower()
    h = (h % 12) + (12 if ap == "p" else 0) if ap else h
    return f"T{h:02d}:{mi:02d}" if h < 24 and mi < 60 else ""


def _year_of(g: dict[str, str]) -> int | None:
    """The year written in a match: digits, a two-digit "'98", or words."""
    if "year" in g:
        return int(g["year"])
    if "yy" in g:
        return 1900 + int(g["yy"]) if int(g["yy"]) >= 30 else 2000 + int(g["yy"])
    if "syear" in g:
        return spelled_year(g["syear"])
    return None


def is_absolute(c: Candidate) -> bool:
    """True when the expression carries its own year (or is a decade, century or named day).

    >>> is_absolute(Candidate(0, 4, "year", {"year": "1998"})), is_absolute(Candidate(0, 6, "weekday", {"wd": "Friday"}))
    (True, False)
    """
    if c.rule in {"date_iso", "date_numeric", "decade", "century", "named_event", "fiscal_year", "year", "month_year"}:
        return True
    return c.rule in {"date_mdy", "date_dmy", "quarter", "half", "season", "holiday"} and (
        "year" in c.data or "bad_year" in c.data or "syear" in c.data or "yy" in c.data)


def _day_value(c: Candidate) -> V.Value:
    """A month-day with its year ("June 5, 2020"); an implausible year makes it invalid."""
    g = c.data
    y, m, d = _year_of(g), month_number(g["mon"]), int(g["day"])
    if "bad_year" in g or y is None or y not in PLAUSIBLE_YEARS or not V.valid_day(y, m, d):
        return V.invalid()
    return V.day(date(y, m, d))


def _month_year_value(c: Candidate) -> V.Value:
    """A month with its year ("January 2020", "early March 2021" with mod START)."""
    y = _year_of(c.data)
    if y is None or y not in PLAUSIBLE_YEARS:
        return V.invalid()
    return V.month(y, month_number(c.data["mon"])).with_mod(timeml_mod(c.data.get("mod")))


def _year_value(c: Candidate) -> V.Value:
    """A year in digits or words ("1998", "mid-2020", "post-1959" with mod AFTER, "nineteen ninety-six")."""
    y = _year_of(c.data)
    return V.invalid() if y is None else V.year(y).with_mod(timeml_mod(c.data.get("mod") or c.data.get("pp")))


def _decade_value(c: Candidate) -> V.Value:
    """A decade ("the 1990s", "the '90s", "the nineties", "the mid-1990s" with mod MID)."""
    g = c.data
    y = int(g["dec"]) if "dec" in g else 1900 + int(g["dec2"]) if "dec2" in g else 1900 + DECADE_WORDS[g["decw"].lower()]
    return V.decade(y).with_mod(timeml_mod(g.get("mod")))


def _quarter_value(c: Candidate) -> V.Value:
    """A quarter with its year ("the third quarter of 2019", "Q3 2019")."""
    q = int(c.data["q"]) if "q" in c.data else ORDINALS[c.data["ord"].lower()]
    return V.quarter(int(c.data["year"]), q)


def _season_value(c: Candidate) -> V.Value:
    """A season with its year ("the summer of 1998", "winter 2020")."""
    y = _year_of(c.data)
    if y is None:
        return V.invalid()
    return V.season(y, SEASONS[c.data["season"].lower()]).with_mod(timeml_mod(c.data.get("mod")))


def _holiday_value(c: Candidate) -> V.Value:
    """A holiday with its year ("Christmas 2019", "the 1992 Super Tuesday"; a Super Tuesday year without primaries: that
    year's unknown day).

    >>> _holiday_value(Candidate(0, 18, "holiday", {"hol": "Super Tuesday", "year": "1992"})).timex
    '1992-03-10'
    >>> _holiday_value(Candidate(0, 18, "holiday", {"hol": "Super Tuesday", "year": "1990"})).timex
    '1990-XX-XX'
    """
    y = int(c.data["year"])
    if V.is_super_tuesday(c.data["hol"]):
        d = V.super_tuesday(y)
        return V.day(d) if d is not None else V.unknown(f"{y:04d}-XX-XX")
    return (V.week if "hweek" in c.data else V.day)(V.holiday_date(c.data["hol"], y))


_ABSOLUTE: dict[str, Callable[[Candidate], V.Value]] = {
    "date_mdy": _day_value, "date_dmy": _day_value, "month_year": _month_year_value, "year": _year_value,
    "fiscal_year": _year_value, "decade": _decade_value, "quarter": _quarter_value,
    "century": lambda c: V.century(int(c.data["cent"])),
    "half": lambda c: V.half(int(c.data["year"]), ORDINALS[c.data["ord"].lower()] if c.data["ord"].lower() != "last" else 2),
    "season": _season_value,
    "holiday": lambda c: _holiday_value(c),
    "named_event": lambda c: V.day(NAMED_EVENTS[re.sub(r"\s+", " ", c.data["ev"].lower())]),
}


def absolute_value(c: Candidate) -> V.Value:
    """Value of an expression that carries its own year; invalid dates are flagged, never re-read.

    >>> absolute_value(Candidate(0, 0, "date_dmy", {"day": "5", "mon": "May", "bad_year": "99999"})).precision
    'invalid'
    >>> absolute_value(Candidate(0, 0, "month_year", {"mon": "January", "syear": "nineteen ninety-seven"})).timex
    '1997-01'
    """
    return _ABSOLUTE[c.rule](c)
