"""Relative expressions resolved against the publication date, with the tense of their clause.

Each rule has one function ``(candidate, anchor, tense) -> Value``. Past tense (the news default)
reads "Tuesday" as the latest Tuesday on or before publication; future tense as the next one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from . import values as V
from .lexicon import ORDINALS, SEASONS, month_number, number_value, squash, weekday_number
from .scan import Candidate
from .tense import DONE, FUTURE, PAST, UNTIL

__all__ = ["resolve_weekday", "relative_value", "placeholder", "nearest_month_day", "nearest_month", "RELATIVE"]

Resolver = Callable[[Candidate, date, int], V.Value]


def resolve_weekday(weekday: int, anchor: date, direction: str = "past") -> date:
    """Date of a weekday (0 = Monday) named in an article published on ``anchor``.

    ``past`` (news default): the anchor itself when it is that weekday, else the latest such day
    before it; ``future``: the anchor or the next such day; ``last``/``next``: strictly before/after.

    >>> resolve_weekday(2, date(2021, 7, 7)), resolve_weekday(1, date(2021, 7, 7))
    (datetime.date(2021, 7, 7), datetime.date(2021, 7, 6))
    >>> resolve_weekday(1, date(2021, 7, 7), "future")
    datetime.date(2021, 7, 13)
    """
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    steps = {"past": -back, "future": fwd, "last": -(back or 7), "next": fwd or 7}
    if direction not in steps:
        raise ValueError(direction)
    return anchor + timedelta(days=steps[direction])


def _lean_cost(dist: int, tense: int) -> float:
    """Cost of a candidate ``dist`` units after the anchor: news leans to the past, a future clause forward.

    >>> [_lean_cost(-2, t) for t in (0, 1, 2, 3)], _lean_cost(5, 3)
    ([2, -2, -2, 2], 5000)
    """
    if tense == DONE:  # "ended Jan. 31": strictly not after the anchor (three days of slack)
        return -dist if dist <= 3 else dist * 1000
    if tense in {UNTIL, FUTURE}:  # "until", "will": forward; a future clause excludes the past
        return dist if dist >= -3 else -dist * (1000 if tense == FUTURE else 10)
    return -dist if dist <= 3 else dist * 2  # news mostly reports the past, but an upcoming date within months is common


def nearest_month_day(m: int, d: int, anchor: date, tense: int) -> date | None:
    """Year for a month-day without year: the nearest candidate, biased to the past (or to the future by tense).

    >>> nearest_month_day(12, 30, date(2021, 1, 2), 0), nearest_month_day(7, 20, date(2021, 7, 7), 2)
    (datetime.date(2020, 12, 30), datetime.date(2021, 7, 20))
    >>> nearest_month_day(1, 31, date(1989, 10, 31), 3)
    datetime.date(1989, 1, 31)
    """
    cands = [date(y, m, d) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if V.valid_day(y, m, d)]
    return min(cands, key=lambda c: _lean_cost((c - anchor).days, tense)) if cands else None


def nearest_month(m: int, anchor: date, tense: int) -> V.Value:
    """A month name without year: the nearest such month, biased to the past (or the future by tense).

    >>> nearest_month(12, date(2022, 1, 5), 0).timex, nearest_month(1, date(1989, 10, 30), 1).timex
    ('2021-12', '1990-01')
    """
    def cost(y: int) -> float:
        """How unlikely the month is in year ``y``."""
        dist = (y * 12 + m) - (anchor.year * 12 + anchor.month)
        if tense == DONE:
            return -dist if dist <= 0 else dist * 1000
        if tense in {UNTIL, FUTURE}:  # a future clause excludes past months, "until" leans forward
            return dist if dist >= 0 else -dist * (1000 if tense == FUTURE else 3)
        return -dist if dist <= 0 else dist * 3
    y = min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)
    return V.month(y, m)


def _weekday(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'Tuesday', 'last Friday', 'next Monday', 'this Sunday', 'Tuesday last week', 'Friday morning' (a TIME of that day)."""
    rel = squash(c.data.get("rel") or "")
    wd = weekday_number(c.data["wd"])
    monday = anchor - timedelta(days=anchor.weekday())
    week = squash(c.data.get("wk") or "")
    if week:  # "Tuesday last week", "Monday next week": that day of the week named
        d = monday + timedelta(days=7 * {"last": -1, "next": 1}.get(week, 0) + wd)
    elif rel == "next":  # "next Friday" said on a Wednesday: the Friday of next week
        d = monday + timedelta(days=7 + wd)
    elif rel == "this":  # "this Friday": the Friday of the current (Monday-Sunday) week
        d = monday + timedelta(days=wd)
    else:
        direction = {"last": "last", "past": "last", "previous": "last", "this past": "last", "coming": "next",
                     "this coming": "next", "following": "next"}.get(rel, "future" if tense == FUTURE else "past")
        d = resolve_weekday(wd, anchor, direction)
        if tense == UNTIL and not rel:  # leaning forward ("were planning to march on Monday"): the nearer of the two
            d = min(d, resolve_weekday(wd, anchor, "future"), key=lambda x: _lean_cost((x - anchor).days, tense))
    # "Tuesday night" is a TIME in TimeML (TimeBank; AQUAINT often writes a DATE); its readable value is the day
    part = (c.data.get("part") or "").lower()
    return V.day(d).as_time(_PARTS[part]) if part else V.day(d)


def _month_day(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'June 28' (nearest, by tense), 'July 30 last year', 'Sunday, Dec. 29' (the year whose date has that weekday)."""
    m, d = month_number(c.data["mon"]), int(c.data["day"])
    if "ry" in c.data or "ry2" in c.data:  # "July 30 last year", "last year's October 7"
        y = anchor.year + {"last": -1, "next": 1}.get((c.data.get("ry") or c.data["ry2"]).lower(), 0)
        return V.day(date(y, m, d)) if V.valid_day(y, m, d) else V.unknown(f"XXXX-{m:02d}-{d:02d}")
    if "wd" in c.data:
        for y in (anchor.year, anchor.year - 1, anchor.year + 1):
            if V.valid_day(y, m, d) and date(y, m, d).weekday() == weekday_number(c.data["wd"]):
                return V.day(date(y, m, d))
    found = nearest_month_day(m, d, anchor, tense)
    return V.day(found) if found else V.unknown(f"XXXX-{m:02d}-{d:02d}")


def _month_name(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'in October', 'early March' (mod START): the nearest such month."""
    from .absolute import timeml_mod

    return nearest_month(month_number(c.data["mon"]), anchor, tense).with_mod(timeml_mod(c.data.get("mod")))


def _month_rel_year(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'July last year', 'June of next year'."""
    rel = c.data["rel"].lower()
    k = -1 if rel in {"last", "the previous"} else (1 if rel in {"next", "the following"} else 0)
    return V.month(anchor.year + k, month_number(c.data["mon"]))


def _rel_month_name(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'last March' (said in April: March a year ago), 'this September' (of the current year), 'next January'.

    >>> _rel_month_name(Candidate(0, 14, "rel_month_name", {"rel": "this", "mon": "September"}), date(1998, 2, 5), 0).timex
    '1998-09'
    >>> _rel_month_name(Candidate(0, 17, "rel_month_name", {"rel": "last", "mon": "October", "day": "19"}), date(2024, 8, 10), 0).timex
    '2023-10-19'
    >>> _rel_month_name(Candidate(0, 11, "rel_month_name", {"rel": "last", "mon": "July", "day": "7"}), date(2020, 7, 13), 0).timex
    '2020-07-07'
    """
    m, rel = month_number(c.data["mon"]), squash(c.data["rel"])
    if rel == "this":  # the month of the current year; only a future clause moves a month already gone to next year
        y = anchor.year + int(tense == FUTURE and m < anchor.month)
    elif rel in {"last", "this past"}:
        y = anchor.year if m < anchor.month else anchor.year - 1
        y -= int(rel == "last" and m == anchor.month - 1)
    else:
        y = anchor.year if m > anchor.month else anchor.year + 1
        y += int(rel == "next" and m == anchor.month + 1)
    d = int(c.data.get("day") or 0)  # "last October 19": that day of the month named
    if d and rel in {"last", "this past"} and V.valid_day(anchor.year, m, d) and \
            0 < (anchor - date(anchor.year, m, d)).days <= 45:
        y = anchor.year  # "last July 7" written on July 13: six days ago, the day just gone, not a year before
    if d:
        return V.day(date(y, m, d)) if V.valid_day(y, m, d) else V.unknown(f"{y:04d}-{m:02d}-XX")
    return V.month(y, m)


def _weekend(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'the weekend': the coming one in the future tense, else the last (or current) one."""
    sat = resolve_weekday(5, anchor, "future" if tense == FUTURE else "past")
    if tense != FUTURE and anchor.weekday() == 6:
        sat = anchor - timedelta(days=1)
    return V.week(sat, weekend=True)


def _holiday(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'Christmas', 'Thanksgiving Day', 'Easter week': the nearest occurrence, biased to the past (or future by tense);
    'Super Tuesday': that of the election year within a year of the text (the cycle under way or just gone), else (a
    midterm year, with no presidential primaries near) the weekday.

    >>> st = Candidate(0, 13, "holiday", {"hol": "Super Tuesday"})
    >>> _holiday(st, date(2016, 11, 9), 0).timex, _holiday(st, date(2015, 11, 9), 0).timex
    ('2016-03-01', '2016-03-01')
    >>> _holiday(st, date(2018, 11, 9), 0).timex
    '2018-11-06'
    """
    if V.is_super_tuesday(c.data["hol"]):
        cycle = next((y for y in (anchor.year, anchor.year + 1, anchor.year - 1) if y % 4 == 0), 0)
        d = V.super_tuesday(cycle) if cycle else None
        return V.day(d) if d is not None else _weekday(Candidate(c.start, c.end, "weekday", {"wd": "Tuesday"}), anchor, tense)
    cands = [V.holiday_date(c.data["hol"], y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    as_value = V.week if "hweek" in c.data else V.day  # "Easter week", "Christmas week": the week of that day
    if tense == FUTURE:
        return as_value(min(cands, key=lambda d: (d - anchor).days if d >= anchor - timedelta(days=3) else 10 * (anchor - d).days))
    return as_value(min(cands, key=lambda d: (anchor - d).days if d <= anchor + timedelta(days=3) else 2 * (d - anchor).days))


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}  # "Monday overnight"


def _day_word(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'yesterday', 'today', 'tomorrow morning', 'tonight', 'last night', 'this morning' (the last four are TIMEs); a
    past 'overnight' is the night before, as 'last night'."""
    w = squash(c.data["w"])
    off = {"the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1}.get(w)
    if off is None:
        off = -1 if w.startswith("yesterday") else (1 if w.startswith("tomorrow") else 0)
    if w == "overnight" and tense in (PAST, DONE):  # (read with the clause's tense: ``uses_tense``)
        off = -1  # "militants attacked the village overnight": the night that began the day before, as "last night"
    part = c.data.get("part") or c.data.get("part2") or c.data.get("part3") or ""
    code = _PARTS.get(part.lower()) or ("NI" if w in {"tonight", "last night", "overnight"} else "")
    v = V.day(anchor + timedelta(days=off))
    return v.as_time(code) if code else v


def _shift_unit(unit: str, anchor: date, k: int) -> V.Value:
    """The unit (week, month, quarter, year, decade, century, weekend, season word) k steps from the anchor's."""
    u = unit.lower()
    if u in SEASONS:
        return _season_rel(SEASONS[u], {-1: "last", 0: "this", 1: "next"}[max(-1, min(1, k))], anchor)
    if u == "decade":
        return V.decade(anchor.year + 10 * k)
    if u == "century":
        return V.century(anchor.year // 100 + 1 + k)
    return V.unit_value(u, V.shift(anchor, u, k))


_REL_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "next": 1, "coming": 1,
             "following": 1, "this coming": 1, "before last": -2, "after next": 2}


def _rel_unit(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'last week', 'this month', 'next year', 'the current quarter'; 'the past year' is the period up to now."""
    rel = squash(c.data["rel"])
    unit = c.data["unit"].lower()
    base = anchor
    if (c.data.get("the") and rel in {"past", "last"}) or rel == "past":
        if unit in SEASONS:
            return _season_rel(SEASONS[unit], "last", anchor)
        su = {"weekend": "week"}.get(unit, unit)
        code = {"decade": "P1E", "century": "P1C", "quarter": "P1Q"}.get(su, f"P1{su[0].upper()}")
        return V.vague(code, V.shift(anchor, su, -1), anchor, "DURATION")  # a rolling period up to publication
    return _shift_unit(unit, base, _REL_STEP.get(rel, 0))


def _mod_rel_unit(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'earlier this year', 'late last month' (mod END), 'later in the week'."""
    k = {"last": -1, "next": 1}.get((c.data.get("rel") or "").lower(), 0)
    mod = {"early": "START", "late": "END"}.get(c.data["mod"].lower(), "")
    return _shift_unit(c.data["unit"], anchor, k).with_mod(mod)


def _boundary_unit(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'the start of the year' (mod START), 'the end of next month' (mod END), 'the turn of the century'; 'the end of
    the year' in a past clause whose end is still ahead is the end of the unit before.

    >>> from .scan import scan
    >>> c = [c for c in scan("At the end of the year rents had risen.") if c.rule == "boundary_unit"][0]
    >>> _boundary_unit(c, date(2016, 6, 5), DONE).timex, _boundary_unit(c, date(2016, 6, 5), FUTURE).timex
    ('2015', '2016')
    """
    from .absolute import timeml_mod

    k = {"last": -1, "next": 1}.get(c.data["rel"].lower(), 0)
    mod = timeml_mod(c.data["mod"] + " of") or ("START" if c.data["mod"].lower() == "turn" else "")
    v = _shift_unit(c.data["unit"], anchor, k)
    if tense == DONE and c.data["rel"].lower() == "the" and mod == "END" and v.latest is not None and v.latest > anchor + timedelta(days=3):
        v = _shift_unit(c.data["unit"], anchor, -1)  # "come the end of the year, rents had risen": an end already past
    return v.with_mod(mod)


def _year_end(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'by year-end', "by year's end": the end (mod END) of the current year."""
    return V.year(anchor.year).with_mod("END")


def _new_year(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'into the new year': the coming year late in a year or in the future tense, else the current one."""
    return V.year(anchor.year + 1 if anchor.month >= 9 or tense == FUTURE else anchor.year)


def _ago(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'two years ago' (a year), 'three days ago' (a day), 'two weeks from now', 'fifty years ago today' (that day);
    'a decade ago' is the year ten years back, as TimeML writes it (not the decade it falls in).

    >>> _ago(Candidate(0, 12, "ago", {"n": "a", "unit": "decade"}), date(2013, 3, 22), 0).timex
    '2003'
    """
    unit = c.data["unit"].lower().rstrip("s")
    grain = "year" if unit == "decade" else unit
    n = number_value(c.data["n"])
    mod = "APPROX" if c.data.get("qual") or "or so" in c.data.get("_text", "") else ""
    if "fwd" in c.data:
        if n is None:
            return V.vague("FUTURE_REF", anchor, V.shift(anchor, unit, 12 if unit != "day" else 14))
        return V.unit_value(grain, V.shift(anchor, unit, n)).with_mod(mod)
    if n is None:  # "a few days ago", "several years ago"
        return V.vague("PAST_REF", V.shift(anchor, unit, -12 if unit != "day" else -14), anchor)
    ref = squash(c.data.get("agoref", ""))
    if ref:  # "fifty years ago today": the same day (week, month) that many units back
        base = anchor - timedelta(days=1) if ref == "yesterday" else anchor
        return V.unit_value({"this week": "week", "this month": "month"}.get(ref, "day"), V.shift(base, unit, -n))
    return V.unit_value(grain, V.shift(anchor, unit, -n)).with_mod(mod)


def _half(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'the first half' (the latest such half, this year's when under way or ahead), 'the second half of next year'."""
    rel = (c.data.get("rel") or "").lower()
    h = 2 if c.data["ord"].lower() in {"second", "2nd", "last"} else 1
    if rel and rel != "the":
        return V.half(anchor.year + {"last": -1, "next": 1}.get(rel, 0), h)
    cur = 1 if anchor.month <= 6 else 2
    return V.half(anchor.year if h <= cur or tense == FUTURE else anchor.year - 1, h)


def _month_day_ord(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'on the 21st': this month's, or the nearest in the tense's direction; 'the 21st of next month'."""
    d, rel = int(c.data["day"]), (c.data.get("rel") or "").lower()
    k = {"last": -1, "this": 0, "next": 1}.get(rel)
    if k is None:
        k = (0 if d >= anchor.day else 1) if tense == FUTURE else (0 if d <= anchor.day + 3 else -1)
    y, m = V.add_months(anchor.year, anchor.month, k)
    return V.day(date(y, m, d)) if V.valid_day(y, m, d) else V.unknown(f"XXXX-XX-{d:02d}")


def _quarter(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'the third quarter' (the latest one, or this year's ahead in the future tense), 'next year's first quarter'."""
    rel = squash(c.data.get("rel") or "")
    q = int(c.data["q"]) if "q" in c.data else ORDINALS[c.data["ord"].lower()]
    if "ya" in c.data:
        return V.quarter(anchor.year - 1, q)
    if rel:
        return V.quarter(anchor.year + {"last": -1, "next": 1}.get(rel, 0), q)
    cur = (anchor.month - 1) // 3 + 1
    ahead = tense == FUTURE and "_reported" not in c.data  # "Q4 sales will be weaker", not "will report Q4 results"
    return V.quarter(anchor.year if q <= cur or ahead else anchor.year - 1, q)


def _season_rel(code: str, rel: str, anchor: date) -> V.Value:
    """A season relative to the anchor: last = the latest finished one, next = the next one, this = the current or this year's."""
    occ = [V.season(y, code) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel.startswith("this") and "past" not in rel:
        cur = [s for s in occ if s.earliest and s.latest and s.earliest <= anchor <= s.latest]
        return cur[0] if cur else V.season(anchor.year, code)
    if rel in {"last", "this past", "past", "previous"}:
        return [s for s in occ if s.latest and s.latest < anchor][-1]
    return [s for s in occ if s.earliest and s.earliest > anchor][0]


def _season(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'last summer', 'in the spring' (the current one, else the next in the future tense or the last), 'early winter'."""
    code = SEASONS[c.data["season"].lower()]
    rel = squash(c.data.get("rel") or "")
    if rel in {"early", "late"}:
        c.data["mod"], rel = rel, ""
    mod = {"early": "START", "late": "END"}.get((c.data.get("mod") or "").lower(), "")
    if rel:
        return _season_rel(code, rel, anchor).with_mod(mod)
    cur = _season_rel(code, "this", anchor)
    if cur.earliest and cur.latest and cur.earliest <= anchor <= cur.latest:
        return cur.with_mod(mod)
    return _season_rel(code, "next" if tense in {FUTURE, UNTIL} else "last", anchor).with_mod(mod)  # "could last into the spring"


_SPAN_DAYS = {"hour": 1, "day": 7, "week": 42, "month": 366, "quarter": 731, "year": 3660, "decade": 36600}


def _vague_recent(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'in recent years' (PAST_REF); 'coming months' (FUTURE_REF); 'recent days', 'the past few weeks', 'the past hours'
    (PXD, PXW, PTXH durations).

    >>> _vague_recent(Candidate(0, 17, "vague_recent", {"unit": "days", "_text": "the past few days"}), date(2023, 10, 19), 0).timex
    'PXD'
    >>> _vague_recent(Candidate(0, 14, "vague_recent", {"unit": "hours", "_text": "the past hours"}), date(2023, 10, 19), 0).type
    'DURATION'
    """
    unit = c.data["unit"].lower().rstrip("s")
    span = timedelta(days=_SPAN_DAYS[unit])
    code = "PTXH" if unit == "hour" else {"decade": "PXE"}.get(unit, f"PX{unit[0].upper()}")
    txt = c.data.get("_text", "").lower()
    if txt.startswith("the") and any(w in txt for w in ("coming", "next", "ahead", "to come")):
        return V.vague(code, anchor, anchor + span, "DURATION")  # "the next few days": a duration
    if any(w in txt for w in ("coming", "future")):
        return V.vague("FUTURE_REF", anchor, anchor + span)  # "in coming months", "future quarters"
    counted = "past" in txt and re.search(r"\b(?:few|several|couple)\b", txt)  # "the past few days": any unit
    if unit in {"hour", "day", "week", "month", "quarter"} and ("recent" in txt or "past" in txt) or counted:
        return V.vague(code, anchor - span, anchor, "DURATION")  # "recent days", "the past few weeks": durations
    return V.vague("PAST_REF", anchor - span, anchor)


def _vague_word(c: Candidate, anchor: date, tense: int) -> V.Value:
    """'now', 'currently', 'current' (PRESENT_REF); 'recently', 'in the past', 'then current' (PAST_REF); 'soon' (FUTURE_REF)."""
    w = squash(c.data["w"])
    if "future" in w or w.endswith(("term", "later date", "day")):  # also "at a later date", "will one day"
        return V.vague("FUTURE_REF", anchor, anchor + timedelta(days=366 * (1 if "near" in w else 10)))
    if w.endswith("past") or w.startswith("then"):  # "in the past", "the then current price"
        return V.vague("PAST_REF", None, anchor)
    if "these days" in w or re.search(r"now|current|present|time being|this time|moment", w):
        return V.vague("PRESENT_REF", anchor - timedelta(days=31), anchor)
    if w.startswith("soon"):
        return V.vague("FUTURE_REF", anchor, anchor + timedelta(days=183))
    return V.vague("PAST_REF", anchor - timedelta(days=366), anchor)


RELATIVE: dict[str, Resolver] = {
    "weekday": _weekday, "date_mdy": _month_day, "date_dmy": _month_day, "month_name": _month_name,
    "month_bare": _month_name, "month_rel_year": _month_rel_year, "rel_month_name": _rel_month_name,
    "weekend": _weekend, "holiday": _holiday, "day_word": _day_word, "rel_unit": _rel_unit,
    "mod_rel_unit": _mod_rel_unit, "boundary_unit": _boundary_unit, "year_end": _year_end, "new_year": _new_year,
    "ago": _ago, "half": _half, "month_day_ord": _month_day_ord, "quarter": _quarter, "season": _season,
    "vague_recent": _vague_recent, "vague_word": _vague_word,
}


_TENSE_USERS = {"weekday", "date_mdy", "date_dmy", "month_name", "month_bare", "rel_month_name", "weekend", "holiday",
                "new_year", "half", "month_day_ord", "quarter", "season", "boundary_unit"}


def uses_tense(c: Candidate) -> bool:
    """True when the reading of a relative expression depends on the tense ('Tuesday' does, 'last Tuesday' does not).

    >>> uses_tense(Candidate(0, 7, "weekday", {"wd": "Tuesday"})), uses_tense(Candidate(0, 9, "rel_unit", {"unit": "week"}))
    (True, False)
    """
    return c.rule in _TENSE_USERS and not (c.rule == "weekday" and c.data.get("rel")) or \
        c.rule == "day_word" and squash(c.data.get("w", "")) == "overnight"  # a past night or the coming one


def relative_value(c: Candidate, anchor: date, tense: int) -> V.Value:
    """Value of a relative expression read on ``anchor`` in a clause of the given tense.

    >>> relative_value(Candidate(0, 7, "weekday", {"wd": "Tuesday"}), date(2021, 7, 7), 0).timex
    '2021-07-06'
    >>> relative_value(Candidate(0, 9, "rel_unit", {"rel": "last", "unit": "week"}), date(2013, 3, 27), 0).timex
    '2013-W12'
    """
    return RELATIVE[c.rule](c, anchor, tense)


def placeholder(c: Candidate) -> str:
    """TimeML value with X placeholders for a relative expression read without a publication date.

    >>> placeholder(Candidate(0, 7, "weekday", {"wd": "Tuesday"})), placeholder(Candidate(0, 9, "rel_unit", {"unit": "week"}))
    ('XXXX-WXX-2', 'XXXX-WXX')
    >>> placeholder(Candidate(0, 13, "holiday", {"hol": "Christmas Day"})), placeholder(Candidate(0, 6, "holiday", {"hol": "Easter"}))
    ('XXXX-12-25', 'XXXX-XX-XX')
    """
    g = c.data
    if c.rule in {"date_mdy", "date_dmy"}:
        return f"XXXX-{month_number(g['mon']):02d}-{int(g['day']):02d}"
    if c.rule in {"month_name", "month_bare", "rel_month_name", "month_rel_year"}:
        return f"XXXX-{month_number(g['mon']):02d}"
    if c.rule == "weekday":
        return f"XXXX-WXX-{weekday_number(g['wd']) + 1}"
    if c.rule == "month_day_ord":
        return f"XXXX-XX-{int(g['day']):02d}"
    if c.rule.startswith("vague"):
        return relative_value(c, date(2000, 6, 15), 0).timex
    if c.rule == "holiday" and "hweek" not in g and (md := V.fixed_holiday(g["hol"])) is not None:
        return f"XXXX-{md[0]:02d}-{md[1]:02d}"   # a holiday on a fixed day ("Christmas Day"): the year unknown
    unit = str(g.get("unit", "")).lower().rstrip("s")
    if c.rule in {"day_word", "anaphoric_day", "holiday", "weekend"} or unit == "day":
        return "XXXX-XX-XX"
    return {"week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
