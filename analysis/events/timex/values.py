"""Resolved values: a TimeML value with its calendar interval, built from dates, and calendar arithmetic on them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta
from typing import Callable

from .lexicon import FIXED_HOLIDAYS, RULE_HOLIDAYS, SEASON_FIRST_MONTH, SEASONS, SUPER_TUESDAYS

__all__ = ["Value", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "vague",
           "unknown", "invalid", "consensus", "shift", "unit_value", "offset_like", "holiday_date", "valid_day", "GRAIN",
           "is_super_tuesday", "super_tuesday"]

#: the share of a span its "early", "mid" or "late" part covers (generous: a report's "early" is loose)
PART_SHARE = 0.4
_PARTS = frozenset({"START", "MID", "END"})
#: Order of granularities from fine to coarse (for "keep the finer one" decisions).
GRAIN: dict[str, int] = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5,
                         "decade": 6, "century": 7}


@dataclass(frozen=True, slots=True)
class Value:
    """A resolved time expression: readable value, precision, interval, TimeML value, TIMEX3 type and mod."""

    value: str
    precision: str
    earliest: date | None
    latest: date | None
    timex: str
    type: str = "DATE"
    mod: str = ""

    def with_mod(self, mod: str) -> "Value":
        """The same value with a TIMEX3 mod (START, MID, END, APPROX ...); START, MID and END narrow the interval of
        a month or longer span to its first, middle or last part (``PART_SHARE`` of it: "early this year" is no
        October day).

        >>> year(2020).with_mod("MID").mod, year(2023).with_mod("START").latest, month(2023, 3).with_mod("END").earliest
        ('MID', datetime.date(2023, 5, 26), datetime.date(2023, 3, 20))
        """
        if mod not in _PARTS or self.earliest is None or self.latest is None or GRAIN.get(self.precision, 0) < 2:
            return replace(self, mod=mod)
        n = (self.latest - self.earliest).days + 1
        part = timedelta(days=max(1, round(n * PART_SHARE)) - 1)
        if mod == "START":
            lo, hi = self.earliest, self.earliest + part
        elif mod == "END":
            lo, hi = self.latest - part, self.latest
        else:
            lo = self.earliest + timedelta(days=(n - part.days - 1) // 2)
            hi = lo + part
        return replace(self, mod=mod, earliest=lo, latest=hi)

    def as_time(self, part: str) -> "Value":
        """A day value as a TIME of day ('MO', 'AF', 'EV', 'NI' or a clock time 'T17:04'), keeping the readable day.

        >>> day(date(1998, 2, 12)).as_time("EV").timex
        '1998-02-12TEV'
        """
        suffix = part if part.startswith("T") else f"T{part}"
        return replace(self, timex=self.timex + suffix, type="TIME") if self.precision == "day" else self


def valid_day(y: int, m: int, d: int) -> bool:
    """True when (y, m, d) is a calendar date in years 1..9999.

    >>> valid_day(2021, 2, 29), valid_day(2024, 2, 29), valid_day(2021, 13, 1)
    (False, True, False)
    """
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


@lru_cache(maxsize=4096)
def day(d: date) -> Value:
    """Value of one day.

    >>> day(date(2021, 7, 7)).timex
    '2021-07-07'
    """
    return Value(d.isoformat(), "day", d, d, d.isoformat())


def week(d: date, weekend: bool = False) -> Value:
    """Value of the ISO week (or its weekend) containing a day.

    >>> week(date(2013, 3, 20)).timex, week(date(2013, 3, 20), weekend=True).timex
    ('2013-W12', '2013-W12-WE')
    """
    iy, iw, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    v = f"{iy:04d}-W{iw:02d}" + ("-WE" if weekend else "")
    first = monday + timedelta(days=5) if weekend else monday
    return Value(v, "week", first, monday + timedelta(days=6), v)


def month(y: int, m: int) -> Value:
    """Value of a calendar month.

    >>> month(1998, 8).timex
    '1998-08'
    """
    v = f"{y:04d}-{m:02d}"
    return Value(v, "month", date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), v)


def quarter(y: int, q: int) -> Value:
    """Value of a calendar quarter.

    >>> quarter(1989, 3).latest
    datetime.date(1989, 9, 30)
    """
    last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    v = f"{y:04d}-Q{q}"
    return Value(v, "quarter", date(y, 3 * q - 2, 1), last, v)


def half(y: int, h: int) -> Value:
    """Value of a half year.

    >>> half(2020, 2).timex
    '2020-H2'
    """
    first, last = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    return Value(f"{y:04d}-H{h}", "half", first, last, f"{y:04d}-H{h}")


def season(y: int, code: str) -> Value:
    """Value of a season (SP, SU, FA, WI); winter runs from December into the next year.

    >>> season(1998, "SU").timex, season(1998, "WI").latest
    ('1998-SU', datetime.date(1999, 2, 28))
    """
    m = SEASON_FIRST_MONTH[code]
    end_y, end_m = (y + 1, 2) if code == "WI" else (y, m + 2)
    last = date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
    return Value(f"{y:04d}-{code}", "season", date(y, m, 1), last, f"{y:04d}-{code}")


def year(y: int) -> Value:
    """Value of a year.

    >>> year(1998).timex
    '1998'
    """
    return Value(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31), f"{y:04d}")


def decade(y: int) -> Value:
    """Value of the decade containing a year (TimeML: the first three digits).

    >>> decade(1994).timex
    '199'
    """
    d0 = y - y % 10
    return Value(f"{d0 // 10:03d}", "decade", date(d0, 1, 1), date(d0 + 9, 12, 31), f"{d0 // 10:03d}")


def century(ordinal: int) -> Value:
    """Value of a century given by its ordinal (the 20th century -> TimeML '19').

    >>> century(20).timex
    '19'
    """
    n = ordinal - 1
    return Value(f"{n:02d}", "century", date(max(n * 100, 1), 1, 1), date(n * 100 + 99, 12, 31), f"{n:02d}")


def vague(timex: str, earliest: date | None = None, latest: date | None = None, type_: str = "DATE") -> Value:
    """A reference without a calendar value (PAST_REF, PRESENT_REF, FUTURE_REF, P1Y ...): empty readable value.

    >>> vague("PAST_REF").precision
    'vague'
    """
    return Value("", "vague", earliest, latest, timex, type_)


def unknown(timex: str, earliest: date | None = None, latest: date | None = None) -> Value:
    """A relative expression that cannot be placed (no publication date): X placeholders in the TimeML value.

    >>> unknown("XXXX-WXX-2").timex
    'XXXX-WXX-2'
    """
    return Value("", "unknown", earliest, latest, timex)


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
_YEARLESS_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")


def step_yearless_day(timex: str, days: int) -> str | None:
    """A month-day or a weekday without its year ('XXXX-03-23', 'XXXX-WXX-2') stepped by ``days`` (None for any other
    value); a step across the end of February counts it as 28 days unless the day is the 29th.

    >>> step_yearless_day("XXXX-03-23", 1), step_yearless_day("XXXX-03-01", -1), step_yearless_day("XXXX-WXX-1", -1)
    ('XXXX-03-24', 'XXXX-02-28', 'XXXX-WXX-7')
    """
    w = _YEARLESS_WEEKDAY.fullmatch(timex)
    if w is not None:  # "the day before" a Tuesday of an undated page: a Monday
        return f"XXXX-WXX-{(int(w.group(1)) - 1 + days) % 7 + 1}"
    m = _YEARLESS_DAY.fullmatch(timex)
    if m is None:
        return None
    ref = 2000 if m.group(1) == "02" and m.group(2) == "29" else 2001  # 2001: no 29 February to step onto
    d = date(ref, int(m.group(1)), int(m.group(2))) + timedelta(days=days)
    return f"XXXX-{d:%m-%d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) k months after (y, m).

    >>> add_months(2021, 11, 3)
    (2022, 2)
    """
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def shift(d: date, unit: str, k: int) -> date:
    """Date shifted by k days, weeks, months, quarters, years or decades (month ends clipped).

    >>> shift(date(2020, 3, 31), "month", -1), shift(date(2020, 2, 29), "year", 1)
    (datetime.date(2020, 2, 29), datetime.date(2021, 2, 28))
    """
    if unit == "day":
        return d + timedelta(days=k)
    if unit in {"week", "weekend"}:
        return d + timedelta(weeks=k)
    months = k * {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit]
    y, m = add_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


@lru_cache(maxsize=4096)
def unit_value(unit: str, d: date) -> Value:
    """Value of the unit (day, week, weekend, month, quarter, half, year, decade, season word) containing a day.

    >>> unit_value("quarter", date(1989, 11, 2)).timex, unit_value("weekend", date(2021, 7, 7)).timex
    ('1989-Q4', '2021-W27-WE')
    """
    unit = unit.lower()
    if unit in SEASONS:
        code = SEASONS[unit]
        return season(d.year - 1 if code == "WI" and d.month <= 2 else d.year, code)
    return _UNIT_MAKERS[unit.rstrip("s")](d)


_UNIT_MAKERS: dict[str, Callable[[date], Value]] = {
    "day": day, "week": week, "weekend": lambda d: week(d, weekend=True), "month": lambda d: month(d.year, d.month),
    "quarter": lambda d: quarter(d.year, (d.month - 1) // 3 + 1), "half": lambda d: half(d.year, 1 if d.month <= 6 else 2),
    "year": lambda d: year(d.year), "decade": lambda d: decade(d.year), "century": lambda d: century(d.year // 100 + 1)}


def offset_like(ref: Value, unit: str, k: int) -> Value:
    """A value shifted by k units, at the reference's granularity when that is at least as fine as the unit.

    >>> offset_like(month(2010, 8), "month", -1).timex, offset_like(quarter(2023, 3), "year", -1).timex
    ('2010-07', '2022-Q3')
    >>> offset_like(day(date(2021, 3, 3)), "week", 1).timex
    '2021-03-10'
    """
    assert ref.earliest is not None
    d = shift(ref.earliest, unit, k)
    grain = ref.precision
    if grain not in GRAIN or GRAIN[grain] > GRAIN.get(unit, 5):
        return unit_value(unit, d)
    if grain == "season":
        return season(d.year, ref.timex[-2:])
    if grain == "week":
        return week(d, weekend=ref.timex.endswith("WE"))
    return unit_value(grain, d)


def holiday_date(name: str, y: int) -> date:
    """Date of a named holiday in a year (fixed day, n-th weekday of a month, or Easter-based).

    >>> holiday_date("Thanksgiving", 2019), holiday_date("good friday", 2024)
    (datetime.date(2019, 11, 28), datetime.date(2024, 3, 29))
    """
    key = _holiday_key(name)
    if key in FIXED_HOLIDAYS:
        return date(y, *FIXED_HOLIDAYS[key])
    rule = RULE_HOLIDAYS[key]
    if rule[0] == "easter":
        from dateutil.easter import easter

        return easter(y) + timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    _, m, wd, n, *extra = rule
    return _nth_weekday(y, int(m), int(wd), int(n)) + timedelta(days=int(extra[0]) if extra else 0)  # type: ignore[call-overload]


def fixed_holiday(name: str) -> tuple[int, int] | None:
    """(month, day) of a holiday on a fixed day, None for one whose day moves with the year.

    >>> fixed_holiday("Christmas Day"), fixed_holiday("Easter")
    ((12, 25), None)
    """
    return FIXED_HOLIDAYS.get(_holiday_key(name))


def is_super_tuesday(name: str) -> bool:
    """True for the name of the US primaries' Super Tuesday (a day of election years only, see super_tuesday).

    >>> is_super_tuesday("Super  Tuesday"), is_super_tuesday("Easter")
    (True, False)
    """
    return _holiday_key(name) == "super tuesday"


def super_tuesday(y: int) -> date | None:
    """Super Tuesday of a presidential election year: as held in 1984-2024, the first Tuesday of March after that (the
    convention since 2012); None in other years or earlier ones (the caller falls back to the weekday reading).

    >>> super_tuesday(1984), super_tuesday(2028), super_tuesday(2018)
    (datetime.date(1984, 3, 13), datetime.date(2028, 3, 7), None)
    """
    if y % 4 or y < 1984:
        return None
    return date(y, *SUPER_TUESDAYS[y]) if y in SUPER_TUESDAYS else _nth_weekday(y, 3, 1, 1)


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y, m, calendar.monthrange(y, m)[1])
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _holiday_key(name: str) -> str:
    """Canonical holiday name: lower case, single spaces, 'st' for saint, US spellings."""
    import re

    key = re.sub(r"\s+", " ", name.lower().replace("\u2019", "'"))
    key = re.sub(r"^(?:st\.?|saint) ", "st ", key).replace("labour", "labor")
    key = re.sub(r"^presidents?'?s? day$", "presidents' day", key)
    return re.sub(r"^martin luther king.*day$", "martin luther king day", key)


def invalid() -> Value:
    """A written date that is not a plausible calendar date ("5 May 99999"): flagged, no value, no type.

    >>> invalid().precision, invalid().value
    ('invalid', '')
    """
    return Value("", "invalid", None, None, "", "")


def consensus(results: list[Value], placeholder: str) -> Value:
    """One value when every possible publication day gives the same one, else an unknown with the covering interval.

    >>> consensus([year(2020), year(2020)], "XXXX").timex, consensus([year(2020), year(2021)], "XXXX").precision
    ('2020', 'unknown')
    >>> consensus([day(date(2020, 1, 2)).as_time("NI"), day(date(2020, 1, 3)).as_time("NI")], "XXXX-XX-XX").timex
    'XXXX-XX-XXTNI'
    """
    if len({r.value for r in results}) == 1:
        r = results[0]
        if len(results) == 1:
            return r
        return Value(r.value, r.precision, min((x.earliest for x in results if x.earliest), default=None),
                     max((x.latest for x in results if x.latest), default=None), r.timex, r.type, r.mod)
    parts = {r.timex[r.timex.find("T"):] if r.type == "TIME" and "T" in r.timex else "" for r in results}
    part = parts.pop() if len(parts) == 1 else ""  # "last night" in a window of days: still a night (a TIME)
    return Value("", "unknown", min((x.earliest for x in results if x.earliest), default=None),
                 max((x.latest for x in results if x.latest), default=None), placeholder + part, "TIME" if part else "DATE")
