"""Time expressions in news text, normalised against the publication date.

``date_mentions(text, published)`` finds every time expression with regular expressions (no
``dateparser.search_dates``) and resolves it with plain calendar arithmetic:

* absolute dates: "June 28", "December 27, 2019", "9 July 2021", "Friday 09/07/2021",
  "11/21   /23", "July 07, 2021, 5:04 PM", "January 2020", "in October", "in 2018", "the 2015 deal";
* relative dates against the publication date: weekdays, yesterday/today/tonight/last night,
  last/this/next week|month|year, "January last year", "earlier this year", "since the start of
  the year", "two years ago", "fifty years ago today", "on the 21st", "in the spring", "the first half",
  "the same day" (inherits the previous day mentioned; an offset such as "a day earlier" skips a
  date inside a ", who ... ," clause, and "a year earlier" after a holiday is that holiday's date);
* named historical days: "D-Day", "9/11", and "September 11" when it names the attacks
  ("the September 11 attacks"); otherwise "September 11" is a calendar date near the publication date;
* sets ("every April") are not dates;
* vague references ("in recent days", "recently"): precision ``vague``, empty value.

When the publication date is unknown, relative expressions get precision ``unknown`` (and an
interval when ``published`` is an interval). ``infer_publication_window`` infers that interval
from weekday mentions matched to dates that other outlets give for the same events.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable, Iterable, Sequence

import pandas as pd

from .counts import parse_number

__all__ = [
    "DATE_COLUMNS",
    "EVIDENCE_COLUMNS",
    "PublicationInference",
    "date_mentions",
    "align_heldout",
    "infer_publication_window",
    "load_heldout",
    "resolve_weekday",
    "score_date_mentions",
    "score_heldout",
]

#: Columns of ``date_mentions`` output, in order.
DATE_COLUMNS: list[str] = [
    "start", "end", "text", "value", "precision", "rule", "earliest", "latest", "anchor", "timex",
]

AnchorLike = date | str | tuple[date | str, date | str] | None

# --------------------------------------------------------------------------------------------
# vocabulary
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
             "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31)}
# holidays by rule: (month, day) fixed; ("nth", month, weekday, n) n-th weekday (n=-1 last); ("easter", offset days)
_HOLIDAY_RULES: dict[str, tuple[Any, ...]] = {
    "boxing day": (12, 26), "independence day": (7, 4), "bastille day": (7, 14), "veterans day": (11, 11),
    "armistice day": (11, 11), "remembrance day": (11, 11), "st patrick's day": (3, 17),
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4), "black friday": ("nth", 11, 3, 4, 1),
    "cyber monday": ("nth", 11, 3, 4, 4), "memorial day": ("nth", 5, 0, -1), "labor day": ("nth", 9, 0, 1),
    "martin luther king day": ("nth", 1, 0, 3), "presidents' day": ("nth", 2, 0, 3), "mother's day": ("nth", 5, 6, 2),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1), "good friday": ("easter", -2),
}
# named historical days: a date name that stands for one event ("the September 11 attacks", "D-Day")
_NAMED_EVENTS = {"d-day": date(1944, 6, 6), "ve day": date(1945, 5, 8), "v-e day": date(1945, 5, 8),
                 "9/11": date(2001, 9, 11), "september 11": date(2001, 9, 11), "sept. 11": date(2001, 9, 11),
                 "sept 11": date(2001, 9, 11), "sep. 11": date(2001, 9, 11)}
# nouns after "the May ..." that make the month name a month, not a name or a verb ("the May contract")
_MAY_NOUNS = (r"contracts?|futures|delivery|deadline|meeting|elections?|vote|poll|figures|data|report|sales|jobs|payrolls|"
              r"budget|issue|edition|primary|summit|session|survey|reading|index|numbers|total|auction|options|"
              r"crude|shipments?|exports|imports|inflation|unemployment|release|rally|protests?|riots|uprising|offensive|"
              r"ceasefire|truce|deal|agreement|accord|statement|decision|announcement|hearing|trial|ruling|launch")
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_WD_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON = rf"(?:{_MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d])(?!\.\d)(?!:\d)(?!-[A-Za-z])"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"
_TIME = r"(?P<time>,?\s*(?:at\s+)?(?:about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\b\.?|GMT|UTC)|,?\s*(?:at\s+)?\d{1,2}:\d{2})?"
_NUMW = (r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
         r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
         r"a\s+few|a\s+couple\s+of|several)")
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|planned\s+for|scheduled|slated|"
    r"due\s+to|is\s+due|are\s+due|expected\s+to|set\s+to|to\s+be\s+held|upcoming|"
    r"expects?|expecting|forecasts?|predicts?|(?:hopes?|aims?|intends?|vows?|pledges?)\s+to|would(?!\s+have)|takes?\s+effect|go(?:es)?\s+into\s+effect|come\s+into\s+force)\b|'ll\b",
    re.IGNORECASE,
)
_REPORTING_END = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed|warned|noted)\s*(?:on\s*)?$",
    re.IGNORECASE,
)
# counts that follow a four-digit number make it a count, not a year
_COUNT_AFTER_YEAR = re.compile(
    r"\s+(?:people|troops|soldiers|rockets|missiles|drones|attacks|strikes|civilians|fighters|members|"
    r"militants|families|refugees|dollars|euros|pounds|barrels|tons|tonnes|km|miles|metres|meters|feet|"
    r"residents|votes|points|cases|jobs|units|homes|houses|vehicles|workers|employees|students|children|"
    r"men|women|deaths|casualties|rounds|shells|mortars|projectiles|miles|kilometres|kilometers|hectares|acres)\b",
    re.IGNORECASE,
)
_NAMED_DAYS = re.compile(r"(?:Ash|Good|Black|Bloody|Holy|Palm|Easter|Cyber|Shrove|Maundy)\s+$")

_SPACE_TABLE = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f\u3000\t"})
_PUNCT_TABLE = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2019": "'", "\u2018": "'"})


def _norm(text: str) -> str:
    """Same-length copy of the text with odd spaces, dashes and apostrophes made ASCII."""
    return text.translate(_SPACE_TABLE).translate(_PUNCT_TABLE)


# --------------------------------------------------------------------------------------------
# resolved values
@dataclass(frozen=True)
class _Res:
    value: str
    precision: str
    earliest: date | None
    latest: date | None
    timex: str = ""


def _day(d: date) -> _Res:
    return _Res(d.isoformat(), "day", d, d, d.isoformat())


def _month(y: int, m: int) -> _Res:
    last = calendar.monthrange(y, m)[1]
    v = f"{y:04d}-{m:02d}"
    return _Res(v, "month", date(y, m, 1), date(y, m, last), v)


def _year(y: int) -> _Res:
    return _Res(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31), f"{y:04d}")


def _week(d: date, weekend: bool = False) -> _Res:
    iy, iw, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    v = f"{iy:04d}-W{iw:02d}" + ("-WE" if weekend else "")
    if weekend:
        return _Res(v, "week", monday + timedelta(days=5), monday + timedelta(days=6), v)
    return _Res(v, "week", monday, monday + timedelta(days=6), v)


def _quarter(y: int, q: int) -> _Res:
    first = date(y, 3 * q - 2, 1)
    last = date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    v = f"{y:04d}-Q{q}"
    return _Res(v, "quarter", first, last, v)


def _half(y: int, h: int) -> _Res:
    first, last = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    v = f"{y:04d}-H{h}"
    return _Res(v, "half", first, last, v)


def _season(y: int, code: str) -> _Res:
    m = _SEASON_MONTH[code]
    first = date(y, m, 1)
    end_y, end_m = (y + 1, 2) if code == "WI" else (y, m + 2)
    last = date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
    v = f"{y:04d}-{code}"
    return _Res(v, "season", first, last, v)


def _decade(y: int) -> _Res:
    d0 = y - y % 10
    return _Res(f"{d0 // 10:03d}", "decade", date(d0, 1, 1), date(d0 + 9, 12, 31), f"{d0 // 10:03d}")


def _vague(timex: str, earliest: date | None = None, latest: date | None = None) -> _Res:
    return _Res("", "vague", earliest, latest, timex)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _shift(d: date, unit: str, k: int) -> date:
    """Date shifted by k days/weeks/months/years (month ends clipped)."""
    if unit == "day":
        return d + timedelta(days=k)
    if unit == "week":
        return d + timedelta(weeks=k)
    if unit in {"month", "year", "decade"}:
        months = k * {"month": 1, "year": 12, "decade": 120}[unit]
        y, m = _add_months(d.year, d.month, months)
        return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    raise ValueError(unit)


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
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    if direction == "next":
        return anchor + timedelta(days=fwd or 7)
    raise ValueError(direction)


def _holiday_date(name: str, year: int) -> date:
    """Date of a named holiday in a year (fixed, n-th weekday of a month, or Easter-based).

    >>> _holiday_date("thanksgiving", 2019), _holiday_date("good friday", 2024)
    (datetime.date(2019, 11, 28), datetime.date(2024, 3, 29))
    """
    key = re.sub(r"\s+", " ", name.lower())
    key = re.sub(r"^(?:st\.?|saint) ", "st ", key)
    key = re.sub(r"^presidents?'?s? day$", "presidents' day", key.replace("labour", "labor"))
    key = re.sub(r"^martin luther king.*day$", "martin luther king day", key)
    if key in _HOLIDAYS:
        return date(year, *_HOLIDAYS[key])
    rule = _HOLIDAY_RULES[key]
    if rule[0] == "easter":
        from dateutil.easter import easter
        return easter(year) + timedelta(days=rule[1])
    if rule[0] == "nth":
        _, m, wd, n, *extra = rule
        if n > 0:
            first = date(year, m, 1)
            d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        else:
            last = date(year, m, calendar.monthrange(year, m)[1])
            d = last - timedelta(days=(last.weekday() - wd) % 7)
        return d + timedelta(days=extra[0] if extra else 0)
    return date(year, rule[0], rule[1])


def _infer_year_holiday(name: str, anchor: date, future: bool) -> date:
    """Nearest occurrence of a holiday, biased to the past (or to the future)."""
    cands = [_holiday_date(name, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if future:
        return min(cands, key=lambda d: (d - anchor).days if d >= anchor - timedelta(days=3) else 10 * (anchor - d).days)
    return min(cands, key=lambda d: (anchor - d).days if d <= anchor + timedelta(days=3) else 2 * (d - anchor).days)


def _infer_year_day(month: int, day: int, anchor: date, future: int) -> date | None:
    """Year for a month-day without year: the nearest candidate, biased to the past (or future)."""
    best: tuple[float, date] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day > calendar.monthrange(y, month)[1]:
            continue
        cand = date(y, month, day)
        dist = (cand - anchor).days
        if future:  # a future-tense clause (2) excludes dates before the anchor; "until" (1) leans forward
            cost = dist if dist >= -3 else -dist * (1000 if future >= 2 else 10)
        else:  # news mostly reports the past, but an upcoming date within months is common too
            cost = -dist if dist <= 3 else dist * 2
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None


def _infer_year_month(month: int, anchor: date, future: bool) -> tuple[int, int]:
    """Year for a month name without year: nearest month, biased to the past (or future)."""
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        dist = (y * 12 + month) - (anchor.year * 12 + anchor.month)
        cost = (dist if dist >= 0 else -dist * 3) if future else (-dist if dist <= 0 else dist * 3)
        if best is None or cost < best[0]:
            best = (cost, y)
    assert best is not None
    return best[1], month


# --------------------------------------------------------------------------------------------
# extraction
@dataclass
class _Cand:
    start: int
    end: int
    rule: str
    data: dict[str, Any] = field(default_factory=dict)
    relative: bool = False  # needs the publication date
    priority: int = 0


Resolver = Callable[[_Cand, date, bool], _Res]


def _month_num(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _wd_num(name: str) -> int:
    n = name.lower().rstrip(".")
    return _WEEKDAYS.index(n) if n in _WEEKDAYS else _WD_ABBR[n]


def _two_digit_year(y: str) -> int:
    v = int(y)
    if len(y) == 4:
        return v
    return 2000 + v if v < 70 else 1900 + v


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] if 1 <= m <= 12 else False


_P: list[tuple[str, re.Pattern[str], int]] = []


def _pat(rule: str, regex: str, priority: int = 0, flags: int = 0) -> None:
    _P.append((rule, re.compile(regex, flags), priority))


_B = r"(?<![\w/.-])"
_RY = r"(?:,?\s+{_YEAR}|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year\b)?".replace("{_YEAR}", _YEAR)
_pat("date_mdy", rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+{_DAY}(?:\s*-\s*(?P<day2>[0-3]?\d)(?!\d))?{_RY}{_TIME}", 5)
_pat("date_dmy", rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+(?P<mon>{_MON}){_RY}{_TIME}", 5)
_pat("date_numeric", rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?<![\d/.])(?P<a>\d{{1,2}})\s*/\s*(?P<b>\d{{1,2}})\s*/\s*(?P<y>\d{{4}}|\d{{2}})(?![\d/])", 6)
_pat("date_numeric", rf"{_B}(?:(?P<wd>{_WD}),?\s+)?(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d.-]\d)", 6)
_pat("date_iso", r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])", 7)
_pat("month_year", rf"{_B}(?:(?P<mod>early|late|mid|(?:the\s+)?(?:start|beginning|end|middle)\s+of)[\s-]+)?(?P<mon>{_MON}),?\s+(?:of\s+)?{_YEAR}", 4)
_pat("month_rel_year", rf"{_B}(?P<mon>{_MON_FULL})\s+(?:of\s+)?(?P<rel>last|this|next|the\s+previous|the\s+following)\s+year\b", 4)
_pat("rel_month_name", rf"(?i:(?<![\w])(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)(?P<mon>{_MON_FULL})(?![\w])", 4)
_pat("month_name", rf"(?<![\w])(?:(?i:in|as|since|until|till|by|during|before|after|from|through|throughout|of|to|between|and|starting|beginning|early|late|mid|start\s+of|end\s+of|middle\s+of)[\s-]+)(?:(?P<mod>early|late|mid)[\s-]+)?(?P<mon>{_MON_FULL})(?![\w])(?!\s+\d)", 2)
_pat("decade", r"(?<![\w'])(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dec>(?:1[89]|20)\d0)'?s\b", 3)
_pat("decade", r"(?<![\w])(?i:the)\s+'(?P<dec2>\d0)s\b", 3)
_pat("year", rf"(?<![\w$£€#/:.,-])(?:(?P<mod>early|late|mid)[\s-]+)?{_YEAR}(?![\w/-])(?!'(?!s\b))(?!,\d)(?!\.\d)(?!:\d)", 1, re.IGNORECASE)
_pat("month_bare", r"(?<![\w])(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?P<mon>January|February|April|June|July|August|September|October|November|December)(?![\w])(?!\s+[A-Z0-9])", 0)
_pat("month_bare", r"(?<![\w])(?P<mon>May)\s+(?=(?:{n})\b)".replace("{n}", _MAY_NOUNS), 0)
_pat("century", r"(?i:(?<![\w])(?:the\s+)?(?P<cent>1[0-9]|2[0-2])(?:st|nd|rd|th)[\s-]+century)(?![\w])", 3)
_pat("fiscal_year", rf"(?i:\bfiscal(?:\s+year)?\s+){_YEAR}", 4)
_pat("quarter", rf"(?i:(?<![\w])(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter(?:\s+of\s+(?:{_YEAR}|(?P<rel>this|last|next)\s+year))?)\b", 4)
_pat("quarter", rf"(?<![\w])Q(?P<q>[1-4])\s+{_YEAR}", 4)
_pat("quarter", rf"(?<![\w]){_YEAR}\s+Q(?P<q>[1-4])(?![\w])", 4)
_pat("quarter", r"(?<![\w-])Q(?P<q>[1-4])(?![\w-])", 3)
_pat("half", rf"(?i:(?<![\w])(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half\s+of\s+(?:{_YEAR}|(?P<rel>this|last|next|the)\s+year))(?![\w])", 4)
_pat("half", r"(?i:(?<![\w])(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half)(?![\w])(?!\s+of\b)", 3)
_pat("month_day_ord", r"(?i:(?<![\w])(?:on|by|until|till|from|since|before|after|through)\s+(?P<the>the)\s+)(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
     r"(?:\s+of\s+(?:(?P<rel>this|last|next)\s+month|the\s+(?:same\s+)?month))?(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|when|at|to|in)\b)", 3)
_pat("season", rf"(?i:(?<![\w])(?P<rel>last|this|next|this\s+past|early|late)\s+(?P<season>spring|summer|autumn|fall|winter))\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", 3)
_pat("season", r"(?i:(?<![\w])(?:in|during|by|until|before|after|since|through)\s+(?P<the>the)\s+(?P<season>spring|summer|autumn|fall|winter))(?![\w])(?!\s+(?:of|months?|season|term|session|break|holidays?|games|olympics)\b)", 2)
_pat("season", rf"(?i:(?<![\w])(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?){_YEAR}", 4)
_pat("weekday", rf"(?<![\w])(?:(?P<rel>(?i:last|this|next|past|coming|previous|this\s+past|this\s+coming))\s+)?(?P<wd>{_WD_FULL})(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w])", 3)
_pat("day_word", r"(?i:(?<![\w])(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?![\w]))", 3)
_pat("rel_unit", r"(?i:(?<![\w])(?P<the>the\s+)?(?P<rel>last|this|next|past|coming|previous|prior|current|following|this\s+past|this\s+coming)\s+(?P<unit>week|month|year|weekend|quarter|decade|summer|winter|spring|autumn|fall)(?![\w]))", 3)
_pat("rel_unit", r"(?i:(?<![\w])(?P<the>the\s+)(?P<unit>week|month|year)\s+(?P<dir>before|after))(?=\s*[,.;:)]|\s*$)", 3)
_pat("mod_rel_unit", r"(?i:(?<![\w])(?P<mod>earlier|later|early|late)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year|decade)(?![\w]))", 4)
_pat("boundary_unit", r"(?i:(?<![\w])(?:the\s+)?(?P<mod>start|beginning|end|middle|turn|close)\s+of\s+(?P<rel>the|this|last|next|the\s+current)\s+(?P<unit>year|month|week|decade)(?![\w]))", 4)
_pat("weekend", r"(?i:(?<![\w])the\s+weekend(?![\w]))", 2)
_pat("holiday", r"(?<![\w])(?P<hol>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|Valentine's\s+Day|Halloween|"
     r"Boxing\s+Day|Independence\s+Day|Bastille\s+Day|Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day|(?:St\.?|Saint)\s+Patrick's\s+Day|"
     r"Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Memorial\s+Day|Labou?r\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|"
     r"Presidents'?\s+Day|President's\s+Day|Mother's\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday)(?![\w])(?:,?\s+{_YEAR})?".replace("{_YEAR}", _YEAR), 3)
_pat("ago", rf"(?i:(?<![\w])(?P<n>{_NUMW})\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+(?:ago(?:\s+(?P<agoref>today|this\s+week|this\s+month|yesterday))?|(?P<fwd>from\s+(?:now|today)))(?![\w]))", 4)
_pat("vague_recent", r"(?i:(?<![\w])(?:in\s+)?the\s+(?P<unit>days|weeks|months|years)\s+(?P<ahead>ahead|to\s+come)(?![\w]))", 3)
_pat("vague_recent", r"(?i:(?<![\w])(?:in\s+)?(?:recent|the\s+(?:past|last|coming|next)(?:\s+(?:few|several|couple\s+of))?|the\s+(?:few|several)\s+(?:past|last)|past|coming)\s+(?P<unit>hours|days|weeks|months|years|decades)(?![\w]))", 3)
_pat("offset", rf"(?i:(?<![\w])(?P<n>{_NUMW})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:(?P<dir>earlier|later)(?![\w])(?!\s+(?:the|a|an|his|her|its|their|that|this|these|those|he|she|it|they|we|I|than)\b)|(?P<dir2>before|after)(?=\s*[,.;:)]|\s*$)))", 3)
_pat("offset", r"(?i:(?<![\w])(?:the\s+)?(?P<ya>year-(?:ago|earlier))(?:\s+(?P<yan>period|quarter|month|week|levels?|figures?|results))?)(?![\w-])", 3)
# "the same period last year", "the same quarter a year earlier": the reporting period one year back
_pat("offset", r"(?i:(?<![\w])the\s+(?:same|comparable|corresponding)\s+(?P<yan>period|quarter|month|week)\s+(?P<ya>(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)))(?![\w-])", 4)
# "the latest quarter", "the most recent quarter": the quarter being reported
_pat("new_year", r"(?<![\w])(?<!Lunar\s)(?<!Chinese\s)(?<!Jewish\s)(?<!Persian\s)(?<!Iranian\s)(?<!Islamic\s)(?i:the\s+)(?P<w>[Nn]ew\s+[Yy]ear)(?![\w'-])(?!\s+(?:holidays?|celebrations?|resolutions?|party|parties|message|speech|honou?rs)\b)", 3)
_pat("quarter_latest", r"(?i:(?<![\w])the\s+(?:latest|most\s+recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?quarter)(?![\w-])", 4)
# "the July-September quarter": a calendar quarter named by its months
_pat("quarter", rf"(?<![\w])(?i:the\s+)?(?P<m1>{_MON_FULL})\s*-\s*(?P<m2>{_MON_FULL})(?:\s+{_YEAR})?\s+(?i:quarter|period)(?![\w])", 4)
_pat("vague_word", r"(?i:(?<![\w])(?P<w>(?:right\s+)?now(?![\w'-])|currently|presently|at\s+present|nowadays|for\s+the\s+time\s+being|soon(?!\s+after\b)|"
     r"recently(?!\s+as\b)|lately|of\s+late|in\s+recent\s+times|(?:in\s+)?the\s+recent\s+(?:period|past)|in\s+the\s+near\s+future|these\s+days|in\s+the\s+(?:past|future)(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|or)\b)|the\s+(?:near\s+|distant\s+)?future(?!\s+(?:tense|perfect)\b))(?![\w]))", 3)
_pat("named_event", r"(?<![\w/-])(?P<ev>(?:September|Sept?\.?)\s+11|9/11)(?![\w/])(?=(?:\s+(?:terrorist|terror))?\s+(?:attacks?|hijackings|strikes|Commission|memorial|museum)\b)", 6)
_pat("named_event", r"(?<![\w/-])(?P<ev>9/11)(?![\w/])", 5)
_pat("named_event", r"(?i:attacks?\s+(?:of|on)\s+)(?P<ev>(?:September|Sept?\.?)\s+11)(?![\w/])(?!,?\s+(?:19|20)\d\d)", 6)
_pat("named_event", r"(?<![\w-])(?P<ev>D-Day|V-?E\s+Day)(?![\w-])", 5)
_pat("anaphoric_day", r"(?i:(?<![\w])(?:on\s+)?(?P<w>the\s+same\s+(?:day|night|morning|evening)|that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)|(?:earlier|later)\s+in\s+the\s+day|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+(?:later|earlier)(?![\w])(?!\s+(?:the|a|an|his|her|its|their|that|this|these|those|he|she|it|they|we|I)\b)|a\s+day\s+(?:before|after)(?=\s*[,.;:)]|\s*$)))(?![\w])", 3)


def _context_future(text: str, start: int, end: int) -> int:
    """2 when the clause around a mention is in the future tense (will, plans to ...), 1 after until/till, else 0."""
    s0 = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("?", 0, start), text.rfind("!", 0, start),
             text.rfind(";", 0, start)) + 1
    before = text[max(s0, start - 70) : start]
    if _REPORTING_END.search(before):
        return False
    stop = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    after = text[end : min([*stop, end + 30])]
    if _FUTURE.search(before) or re.match(r"\s*(?:,\s*)?(?:will|'ll|is\s+to|are\s+to)\b", after, re.I):
        return 2
    if re.search(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|set\s+for|slated\s+for|(?<!was\s)(?<!were\s)(?<!had\s)(?<!been\s)(?:now\s+)?expected\s+(?:on|by|for)?)\s*$", before, re.I) or (
            re.search(r"\b(?:must|could|may|might|should|needs?\s+to|has\s+to|have\s+to)\b(?!\s+have\b)", before, re.I)
            and re.search(r"\bby\s+$", before, re.I)) or (re.search(r"\bfor\s+$", before, re.I) and not after.startswith("'")):
        return 2  # deadlines and scheduled events: "must repay by Tuesday", "ahead of Sunday's vote", "set for Sunday"
    sched = re.search(r"(?:\b(?P<aux>was|were|had|has|have|did)\s+)?\b(?:begins?|starts?|opens?|reopens?|resumes?|expires?|convenes?|arrives|departs|takes\s+office|kicks\s+off|votes|meets|"
                 r"go\s+to\s+the\s+polls|goes\s+to\s+the\s+polls)\s+(?:on\s+)?$", before, re.I)
    if sched and not sched.group("aux"):
        return 2  # scheduled event in the present tense: "the trial begins Monday"
    return 1 if re.search(r"\b(?:until|till)\s+$", before, re.I) else 0


def _in_relative_clause(text: str, start: int, until: int) -> bool:
    """True when the mention at ``start`` sits in a closed ", ... who/which ... ," clause before ``until``.

    >>> t = "Hicks, who flew with him on Wednesday, tested positive a day earlier."
    >>> _in_relative_clause(t, t.index("Wednesday"), t.index("a day"))
    True
    """
    open_ = text.rfind(",", 0, start)
    if open_ < 0 or re.search(r"[.!?;]\s", text[open_:start]):
        return False
    close = text.find(",", start, until)
    return close >= 0 and bool(re.search(r"\b(?:who|which|whom|whose)\b", text[open_:start], re.I))


def _candidates(norm: str) -> list[_Cand]:
    """All pattern matches as candidates (overlaps not yet resolved)."""
    out: list[_Cand] = []
    for rule, rx, prio in _P:
        for m in rx.finditer(norm):
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = m.start(), m.end()
            if rule in {"month_name", "month_bare"} and re.search(r"(?i)\b(?:every|each)\s+$", norm[max(0, m.start("mon") - 8) : m.start("mon")]):
                continue  # "every April" is a set, not a date
            if rule == "month_bare" and g["mon"] == "May":
                before = norm[max(0, start - 30) : start]
                det = re.search(r"(?i)\b(?:the|a|an|its|their|his|her|our|for|of|in|by|before|after)\s+$", before)
                if not det and (not before.strip() or re.search(r"[.!?:\n]\s*$|[A-Z][\w.'-]*\s+$", before)):
                    continue  # sentence-initial or after a name ("Theresa May deal")
                end = m.end("mon")
            if rule in {"rel_unit", "season"} and (g.get("unit") or g.get("season", "")) in {"Summer", "Winter", "Spring", "Autumn", "Fall"}:
                if re.match(r"\s+[A-Z]", norm[m.end():m.end() + 2]):
                    continue  # "the next Summer Olympics": part of a name, not a season
            if rule == "named_event":
                start, end = m.start("ev"), m.end("ev")
            if rule == "month_day_ord" or (rule == "season" and "the" in g):
                start = m.start("the")
            if rule == "rel_unit" and "dir" in g:  # "the week before": the previous week (of the last date mentioned)
                g["rel"] = "previous" if g["dir"].lower() == "before" else "following"
            if rule == "half" and "year" not in g and "rel" not in g:
                s0 = max(norm.rfind(". ", 0, start), norm.rfind("\n", 0, start)) + 1
                s1 = [i for i in (norm.find(". ", end), norm.find("\n", end)) if i >= 0]
                sent = norm[s0 : min(s1) if s1 else len(norm)]
                if not re.search(r"(?i)\b(?:profits?|revenues?|sales|earnings|growth|economy|gdp|results|loss(?:es)?|"
                                 r"output|exports|imports|inflation|fiscal|shipments|deliveries|income|prices)\b|%", sent):
                    continue  # "scored in the second half": a half of a match, not of a year
            if rule == "quarter" and re.search(
                    r"(?i)\b(?:report|post|announce|release|publish)\w*\b[^.;]{0,30}\b(?:results|earnings|figures|numbers)\s+(?:for|of)\s+$",
                    norm[max(0, start - 70) : start]):
                g["_reported"] = "1"  # "will report results for the fourth quarter": a finished quarter
            if rule == "month_name":
                start = m.start("mod") if "mod" in g else m.start("mon")
                if g["mon"] == "May" and not re.match(r"(?i)(in|since|until|by|during|early|late|mid|of|before|after)\b", norm[m.start():]):
                    continue
            elif rule in {"vague_recent", "vague_word"} and norm[start:start + 3].lower() == "in ":
                start += 3
            elif rule == "anaphoric_day":
                start = m.start("w")
            elif rule == "date_mdy":
                after = re.sub(r"^(?:st|nd|rd|th)\b", "", norm[m.end("day"):m.end("day") + 4])[:1]  # "May 3rd,"
                if g["mon"] == "May" and "year" not in g and "wd" not in g and after not in {"", ",", ".", " ", ";", ")", "\n"}:
                    continue
            elif rule == "year":
                if _COUNT_AFTER_YEAR.match(norm, m.end()):
                    continue
                if re.search(r"\d{2,}[ -]$", norm[max(0, start - 6) : start]) or re.match(r"[ -]\d{3,}", norm[m.end() : m.end() + 5]):
                    continue
                if re.search(r"(?i)(?:no\.|number|resolution|flight|route|model|page|code|room|highway|#|windows|office|version|release)\s*$", norm[max(0, start - 12) : start]):
                    continue
            elif rule == "weekday":
                if _NAMED_DAYS.search(norm[max(0, start - 10) : start]) or re.search(r"(?i)\b(?:every|each)\s+$", norm[max(0, start - 8) : start]):
                    continue
            elif rule == "rel_unit":
                if g["unit"].lower() in _SEASONS and g["rel"].lower() in {"past", "current", "following", "previous", "coming"}:
                    continue
            if rule == "offset" and "ya" in g:
                g.update(n="one", unit="year", dir="earlier")
            if rule == "quarter" and "m1" in g:
                m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
                if m1 % 3 != 1 or m2 != m1 + 2:
                    continue
                g["q"] = str((m1 - 1) // 3 + 1)
            if rule == "offset" and "ya" not in g and re.search(r"(?i)\b(?:of|in|for|within|over|about|nearly|almost|than)\s*$", norm[max(0, start - 8) : start]):
                continue
            if rule in {"rel_unit", "vague_recent"} and re.search(r"(?i)\b(?:per|every|each|a)\s*$", norm[max(0, start - 6) : start]):
                continue
            relative = rule not in {"date_iso", "date_numeric", "month_year", "decade", "century", "year", "fiscal_year", "named_event"}
            if rule in {"date_mdy", "date_dmy"} and "year" in g:
                relative = False
            if rule in {"quarter", "half"} and ("year" in g):
                relative = False
            if rule in {"season", "holiday"} and "year" in g:
                relative = False
            if rule.startswith("vague"):
                relative = True
            out.append(_Cand(start, end, rule, g, relative, prio))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: longest span first, then rule priority, then leftmost."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: (c.start, c.end))


# --------------------------------------------------------------------------------------------
# resolution
def _numeric_readings(c: _Cand) -> dict[str, date]:
    """Valid (convention -> date) readings of a numeric date."""
    if c.rule == "date_iso":
        y, m, d = int(c.data["y"]), int(c.data["m"]), int(c.data["d"])
        return {"iso": date(y, m, d)} if _valid(y, m, d) else {}
    a, b, y = int(c.data["a"]), int(c.data["b"]), _two_digit_year(c.data["y"])
    out = {}
    if _valid(y, a, b):
        out["mdy"] = date(y, a, b)
    if _valid(y, b, a):
        out["dmy"] = date(y, b, a)
    return out


def _choose_numeric(c: _Cand, convention: str, doc_convention: str | None, anchor: date | None) -> tuple[date | None, str]:
    """Pick the reading of a numeric date and say why (rule suffix)."""
    readings = _numeric_readings(c)
    if not readings:
        return None, "invalid"
    if len(readings) == 1:
        conv, d = next(iter(readings.items()))
        if conv != "iso" and convention in {"mdy", "dmy"} and conv != convention:
            return d, f"{conv}_forced"  # the given convention is impossible for this date
        return d, conv if conv == "iso" or readings.get("mdy") != readings.get("dmy") else conv
    if readings["mdy"] == readings["dmy"]:
        return readings["mdy"], "mdy=dmy"
    if convention in {"mdy", "dmy"}:
        return readings[convention], convention
    if "wd" in c.data:
        wd = _wd_num(c.data["wd"])
        fits = [k for k, d in readings.items() if d.weekday() == wd]
        if len(fits) == 1:
            return readings[fits[0]], f"{fits[0]}_by_weekday"
    if doc_convention:
        return readings[doc_convention], f"{doc_convention}_by_document"
    if anchor is not None and any(abs((d - anchor).days) <= 366 for d in readings.values()):
        cost = {k: (anchor - d).days if d <= anchor else 3 * (d - anchor).days for k, d in readings.items()}
        k = min(cost, key=lambda k: (cost[k], k))
        return readings[k], f"{k}_by_anchor"
    return readings["mdy"], "mdy_default"


def _resolve_absolute(c: _Cand) -> _Res | None:
    """Resolution of expressions that do not need the publication date."""
    g = c.data
    if c.rule in {"date_mdy", "date_dmy"} and "year" in g:
        y, m, d = int(g["year"]), _month_num(g["mon"]), int(g["day"])
        return _day(date(y, m, d)) if _valid(y, m, d) else None
    if c.rule == "month_year":
        return _month(int(g["year"]), _month_num(g["mon"]))
    if c.rule in {"year", "fiscal_year"}:
        return _year(int(g["year"]))
    if c.rule == "decade":
        y = int(g["dec"]) if "dec" in g else 1900 + int(g["dec2"])
        return _decade(y)
    if c.rule == "century":
        n = int(g["cent"]) - 1
        return _Res(f"{n:02d}", "century", date(max(n * 100, 1), 1, 1), date(n * 100 + 99, 12, 31), f"{n:02d}")
    if c.rule == "half" and "year" in g:
        return _half(int(g["year"]), _ORD[g["ord"].lower()])
    if c.rule == "quarter" and "year" in g:
        q = int(g["q"]) if "q" in g else _ORD[g["ord"].lower()]
        return _quarter(int(g["year"]), q)
    if c.rule == "season" and "year" in g:
        return _season(int(g["year"]), _SEASONS[g["season"].lower()])
    if c.rule == "holiday" and "year" in g:
        return _day(_holiday_date(g["hol"], int(g["year"])))
    if c.rule == "named_event":
        return _day(_NAMED_EVENTS[re.sub(r"\s+", " ", g["ev"].lower())])
    return None


def _unit_res(unit: str, d: date) -> _Res:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _day(d)
    if unit == "week":
        return _week(d)
    if unit == "weekend":
        return _week(d, weekend=True)
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "year":
        return _year(d.year)
    if unit == "decade":
        return _decade(d.year)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit in _SEASONS:
        return _season(d.year if d.month > 2 or _SEASONS[unit] != "WI" else d.year - 1, _SEASONS[unit])
    raise ValueError(unit)


_GRAIN = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "season": 3, "year": 5}


def _offset_like(ref: _Res, unit: str, k: int) -> _Res:
    """A mention shifted by k units, at the reference's granularity when it is at least as fine as the unit.

    >>> _offset_like(_month(2010, 8), "month", -1).value, _offset_like(_quarter(2023, 3), "year", -1).value
    ('2010-07', '2022-Q3')
    """
    assert ref.earliest is not None
    d = _shift(ref.earliest, unit, k)
    prec = ref.precision
    if prec not in _GRAIN or _GRAIN[prec] > _GRAIN.get(unit, 5):
        return _unit_res(unit, d)
    if prec == "day":
        return _day(d)
    if prec == "week":
        return _week(d, weekend=ref.value.endswith("WE"))
    if prec == "month":
        return _month(d.year, d.month)
    if prec == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if prec == "half":
        return _half(d.year, 1 if d.month <= 6 else 2)
    if prec == "season":
        return _season(d.year, ref.value[-2:])
    return _year(d.year)


def _step(unit: str) -> tuple[str, int]:
    unit = unit.lower()
    return {"weekend": ("week", 1), "quarter": ("month", 3)}.get(unit, (unit, 1))


def _season_rel(code: str, rel: str, anchor: date) -> _Res:
    """Season relative to the anchor: last = latest finished one, next = next one, this = this year's."""
    def occ(y: int) -> _Res:
        return _season(y, code)
    if rel.startswith("this"):
        cands = [occ(anchor.year - 1), occ(anchor.year)]
        cur = [r for r in cands if r.earliest and r.latest and r.earliest <= anchor <= r.latest]
        return cur[0] if cur else occ(anchor.year)
    if rel in {"last", "this past", "past", "previous"}:
        cands = [occ(y) for y in (anchor.year - 2, anchor.year - 1, anchor.year)]
        return [r for r in cands if r.latest and r.latest < anchor][-1]
    cands = [occ(y) for y in (anchor.year, anchor.year + 1)]
    return [r for r in cands if r.earliest and r.earliest > anchor][0]


def _resolve_relative(c: _Cand, anchor: date, future: bool) -> _Res:
    """Resolution of an expression against a publication date."""
    g = c.data
    rule = c.rule
    if rule in {"date_mdy", "date_dmy"}:
        m, d = _month_num(g["mon"]), int(g["day"])
        if "ry" in g:  # "July 30 last year"
            y = anchor.year + {"last": -1, "next": 1}.get(g["ry"].lower(), 0)
            return _day(date(y, m, d)) if _valid(y, m, d) else _vague(f"XXXX-{m:02d}-{d:02d}")
        if "wd" in g:  # weekday + month-day: the year whose date has that weekday, near the anchor
            for y in (anchor.year, anchor.year - 1, anchor.year + 1):
                if _valid(y, m, d) and date(y, m, d).weekday() == _wd_num(g["wd"]):
                    return _day(date(y, m, d))
        found = _infer_year_day(m, d, anchor, future)
        return _day(found) if found else _vague(f"XXXX-{m:02d}-{d:02d}")
    if rule in {"month_name", "month_bare"}:
        y, m = _infer_year_month(_month_num(g["mon"]), anchor, future)
        return _month(y, m)
    if rule == "month_rel_year":
        rel = g["rel"].lower()
        k = -1 if rel in {"last", "the previous"} else (1 if rel in {"next", "the following"} else 0)
        return _month(anchor.year + k, _month_num(g["mon"]))
    if rule == "rel_month_name":
        m, rel = _month_num(g["mon"]), g["rel"].lower()
        if rel.startswith("this") and "past" not in rel and "coming" not in rel:
            y, m = _infer_year_month(m, anchor, future)
            return _month(y, m)
        if rel in {"last", "this past"}:
            y = anchor.year if m < anchor.month else anchor.year - 1
            if rel == "last" and m == anchor.month - 1:
                y -= 1  # said in April, "last March" is not last month but March a year ago
        else:
            y = anchor.year if m > anchor.month else anchor.year + 1
            if rel == "next" and m == anchor.month + 1:
                y += 1
        return _month(y, m)
    if rule == "weekday":
        rel = (g.get("rel") or "").lower()
        wd = _wd_num(g["wd"])
        if rel in {"last", "past", "previous", "this past"}:
            direction = "last"
        elif rel == "next":  # "next Friday" said on a Wednesday: the Friday of next week
            return _day(anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 + wd))
        elif rel in {"coming", "this coming"}:
            direction = "next"
        elif rel == "this":  # "this Friday": the Friday of the current (Monday-Sunday) week
            return _day(anchor - timedelta(days=anchor.weekday()) + timedelta(days=wd))
        else:
            direction = "future" if future else "past"
        return _day(resolve_weekday(wd, anchor, direction))
    if rule == "weekend":
        sat = resolve_weekday(5, anchor, "future" if future else "past")
        if not future and anchor.weekday() == 6:
            sat = anchor - timedelta(days=1)
        return _week(sat, weekend=True)
    if rule == "holiday":
        return _day(_infer_year_holiday(g["hol"], anchor, future))
    if rule == "day_word":
        w = re.sub(r"\s+", " ", g["w"].lower())
        off = {"the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1}.get(w)
        if off is None:
            off = -1 if w.startswith("yesterday") else (1 if w.startswith("tomorrow") else 0)
        return _day(anchor + timedelta(days=off))
    if rule == "rel_unit":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        unit = g["unit"].lower()
        if unit in _SEASONS:
            return _season_rel(_SEASONS[unit], rel, anchor)
        if (g.get("the") and rel in {"past", "last"}) or rel == "past":  # "the past year": a period up to now
            su, k = _step(unit)
            return _vague("P1DE" if unit == "decade" else f"P1{unit[0].upper()}", _shift(anchor, su, -k), anchor)
        k = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "next": 1, "coming": 1,
             "following": 1, "this coming": 1}.get(rel, 0)
        su, n = _step(unit)
        if unit == "decade":
            return _decade(anchor.year + 10 * k)
        return _unit_res(unit, _shift(anchor, su, k * n))
    if rule == "mod_rel_unit":
        rel = g["rel"].lower()
        k = {"last": -1, "next": 1}.get(rel, 0)
        su, n = _step(g["unit"])
        if g["unit"].lower() == "decade":
            return _decade(anchor.year + 10 * k)
        return _unit_res(g["unit"], _shift(anchor, su, k * n))
    if rule == "boundary_unit":
        rel = g["rel"].lower()
        k = {"last": -1, "next": 1}.get(rel, 0)
        unit = g["unit"].lower()
        if unit == "decade":
            return _decade(anchor.year + 10 * k)
        return _unit_res(unit, _shift(anchor, unit, k))
    if rule == "new_year":  # "into the new year": the coming year late in a year, else the current one
        return _year(anchor.year + 1 if anchor.month >= 9 or future else anchor.year)
    if rule == "ago":
        n_txt = re.sub(r"\s+", " ", g["n"].lower())
        unit = g["unit"].lower().rstrip("s")
        n = parse_number(n_txt)
        if "fwd" in g:  # "two weeks from now"
            if n is None:
                return _vague("FUTURE_REF", anchor, _shift(anchor, unit, 12 if unit != "day" else 14))
            return _unit_res(unit, _shift(anchor, unit, n))
        if n is None:  # "a few days ago", "several years ago"
            return _vague("PAST_REF", _shift(anchor, unit, -12 if unit != "day" else -14), anchor)
        ref = re.sub(r"\s+", " ", g.get("agoref", "").lower())
        if ref:  # "fifty years ago today": the same day (week, month) that many units back
            base = anchor - timedelta(days=1) if ref == "yesterday" else anchor
            return _unit_res({"this week": "week", "this month": "month"}.get(ref, "day"), _shift(base, unit, -n))
        return _unit_res(unit, _shift(anchor, unit, -n))
    if rule == "half":
        rel = (g.get("rel") or "").lower()
        h = _ORD[g["ord"].lower()]
        if not rel:  # "profit rose in the first half": the latest such half (this year's when under way or ahead)
            cur_h = 1 if anchor.month <= 6 else 2
            return _half(anchor.year if h <= cur_h or future else anchor.year - 1, h)
        return _half(anchor.year + {"last": -1, "next": 1}.get(rel, 0), h)
    if rule == "month_day_ord":
        day, rel = int(g["day"]), re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        k = {"last": -1, "this": 0, "next": 1}.get(rel)
        if k is None:  # "on the 21st": this month's, or the nearest one in the tense's direction
            k = (0 if day >= anchor.day else 1) if future else (0 if day <= anchor.day + 3 else -1)
        y, m = _add_months(anchor.year, anchor.month, k)
        return _day(date(y, m, day)) if _valid(y, m, day) else _vague(f"XXXX-XX-{day:02d}")
    if rule == "quarter":
        rel = (g.get("rel") or "").lower()
        q = int(g["q"]) if "q" in g else _ORD[g["ord"].lower()]
        cur_q = (anchor.month - 1) // 3 + 1
        if rel:
            y = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        else:
            y = anchor.year if q <= cur_q or (future and "_reported" not in g) else anchor.year - 1  # "Q4 sales will be weaker"
        return _quarter(y, q)
    if rule == "season":
        code = _SEASONS[g["season"].lower()]
        if "rel" not in g:  # "in the spring": the current one, else the next (future tense) or the last one
            cur = _season_rel(code, "this", anchor)
            if cur.earliest and cur.latest and cur.earliest <= anchor <= cur.latest:
                return cur
            return _season_rel(code, "next" if future else "last", anchor)
        return _season_rel(code, re.sub(r"\s+", " ", g["rel"].lower()), anchor)
    if rule == "vague_recent":
        unit = g["unit"].lower().rstrip("s")
        txt = c.data.get("_text", "").lower()
        fut = any(w in txt for w in ("coming", "next", "ahead", "to come"))
        span = {"hour": 1, "day": 7, "week": 42, "month": 366, "year": 3660, "decade": 36600}[unit]
        if fut:
            return _vague("FUTURE_REF", anchor, anchor + timedelta(days=span))
        return _vague("PAST_REF", anchor - timedelta(days=span), anchor)
    if rule == "vague_word":
        w = g["w"].lower()
        if "future" in w:
            return _vague("FUTURE_REF", anchor, anchor + timedelta(days=366 * (1 if "near" in w else 10)))
        if w.endswith("past"):
            return _vague("PAST_REF", None, anchor)
        if "these days" in w or re.search(r"now|current|present|time being", w):
            return _vague("PRESENT_REF", anchor - timedelta(days=31), anchor)
        if w.startswith("soon"):
            return _vague("FUTURE_REF", anchor, anchor + timedelta(days=183))
        return _vague("PAST_REF", anchor - timedelta(days=366), anchor)
    raise ValueError(rule)


def _unknown_timex(c: _Cand) -> str:
    """TimeML-style value with X placeholders for a relative expression without anchor."""
    g = c.data
    if c.rule in {"date_mdy", "date_dmy"}:
        return f"XXXX-{_month_num(g['mon']):02d}-{int(g['day']):02d}"
    if c.rule in {"month_name", "month_bare", "rel_month_name", "month_rel_year"}:
        return f"XXXX-{_month_num(g['mon']):02d}"
    if c.rule == "weekday":
        return f"XXXX-WXX-{_wd_num(g['wd']) + 1}"
    if c.rule.startswith("vague"):
        return "PAST_REF"
    unit = str(g.get("unit", "")).lower().rstrip("s")
    if c.rule == "month_day_ord":
        return f"XXXX-XX-{int(g['day']):02d}"
    if c.rule in {"day_word", "anaphoric_day", "holiday", "weekend"} or unit == "day":
        return "XXXX-XX-XX"
    return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(unit, "XXXX")


def _to_anchor_range(published: AnchorLike) -> tuple[date, date] | None:
    """Normalise ``published`` (date, ISO string, (earliest, latest) or None) to a date range."""
    if _is_missing(published):
        return None
    if isinstance(published, tuple):
        lo, hi = (_to_date(p) for p in published)
        if lo is None or hi is None:
            return None
        return (lo, hi) if lo <= hi else (hi, lo)
    if isinstance(published, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*/\s*\d{4}-\d{2}-\d{2}\s*", published):
        lo_s, hi_s = published.split("/")
        return _to_anchor_range((lo_s.strip(), hi_s.strip()))
    d = _to_date(published)
    return (d, d) if d else None


def _is_missing(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA (scalars only)."""
    if value is None:
        return True
    if isinstance(value, (tuple, list)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _to_date(value: Any) -> date | None:
    if _is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value if type(value) is date else date(value.year, value.month, value.day)
    s = str(value).strip()
    if not s:
        return None
    if "/" in s and re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", s):
        return None
    return date.fromisoformat(s[:10])


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def date_mentions(
    text: str,
    published: AnchorLike = None,
    convention: str = "auto",
    *,
    max_window_days: int = 62,
) -> pd.DataFrame:
    """One row per time expression: start, end, text, value, precision, rule, earliest, latest, anchor, timex.

    ``published`` is the publication date (date or ISO string), an (earliest, latest) interval
    when only a window is known, or None. ``convention`` reads numeric dates: 'mdy' (US), 'dmy',
    or 'auto' (a part > 12 decides; else a weekday in the phrase, the document's other numeric
    dates, proximity to the publication date, then m/d).

    >>> df = date_mentions("On Wednesday, 14 rockets hit the base; last month a drone fell.", "2021-07-07")
    >>> df[["text", "value", "precision"]].values.tolist()
    [['Wednesday', '2021-07-07', 'day'], ['last month', '2021-06', 'month']]
    """
    if convention not in {"auto", "mdy", "dmy"}:
        raise ValueError("convention must be 'auto', 'mdy' or 'dmy'")
    text = "" if text is None else str(text)
    norm = _norm(text)
    anchors = _to_anchor_range(published)
    cands = _select(_candidates(norm))
    # document-level numeric convention from unambiguous dates
    votes = {"mdy": 0, "dmy": 0}
    for c in cands:
        if c.rule == "date_numeric":
            r = _numeric_readings(c)
            if len(r) == 1:
                votes[next(iter(r))] += 1
    doc_conv = None if votes["mdy"] == votes["dmy"] else max(votes, key=lambda k: votes[k])
    if anchors is None:
        anchor_txt = ""
        days: list[date] = []
    elif anchors[0] == anchors[1]:
        anchor_txt, days = anchors[0].isoformat(), [anchors[0]]
    else:
        anchor_txt = f"{anchors[0].isoformat()}/{anchors[1].isoformat()}"
        n = (anchors[1] - anchors[0]).days
        days = [anchors[0] + timedelta(days=i) for i in range(n + 1)] if n <= max_window_days else []

    rows: list[dict[str, Any]] = []
    last_day: tuple[_Res, str] | None = None
    last_pos = 0
    last_any: tuple[date, int] | None = None  # earliest day of the previous resolved mention, its end
    last_ref: tuple[_Res, int] | None = None  # the previous resolved (non-vague) mention, its end
    day_hist: list[tuple[_Res, int, str]] = []  # day mentions so far: value, start, holiday name
    last_q: tuple[_Res, int] | None = None  # the previous reported quarter (not a year-earlier one), its end
    q_hist: list[tuple[_Res, int]] = []  # reported quarters so far, with their ends
    per_hist: list[tuple[_Res, int]] = []  # month/quarter/half mentions so far (reporting periods), with their ends
    for c in cands:
        c.data["_text"] = norm[c.start : c.end]
        rule = c.rule
        res: _Res | None
        if c.rule in {"date_numeric", "date_iso"}:
            mid = days[len(days) // 2] if days else None
            d, why = _choose_numeric(c, convention, doc_conv, mid)
            if d is None:
                continue
            res, rule = _day(d), f"{c.rule}_{why}" if c.rule == "date_numeric" else c.rule
        elif c.rule == "offset":
            n = parse_number(re.sub(r"\s+", " ", c.data["n"].lower()))
            unit = c.data["unit"].lower().rstrip("s")
            sign = -1 if (c.data.get("dir") or c.data.get("dir2", "")).lower() in {"earlier", "before"} else 1
            ref = last_day[0] if last_day is not None and last_day[0].value and c.start - last_pos < 300 else None
            near = last_ref if last_ref is not None and not re.search(r"[.!?]\s", norm[last_ref[1] : c.start]) else None
            if near is not None and (ref is None or near[1] > last_pos):
                ref = near[0]  # "in August, up from 9.5% a month earlier": the mention just before, same sentence
            if "yan" in c.data and last_q is not None and c.start - last_q[1] < 400 and c.data["yan"].lower() in {"period", "quarter"}:
                ref = last_q[0]  # "sales of the third quarter ... the year-earlier period": that quarter a year back
            hist = [h for h in day_hist if h[0] is ref]
            if hist and _in_relative_clause(norm, hist[0][1], c.start):
                # "X, an adviser who travelled with him on Wednesday, tested positive a day earlier": not Wednesday
                older = [h for h in day_hist if h[1] < hist[0][1] and c.start - h[1] < 300]
                ref = older[-1][0] if older else ref
                hist = older[-1:] if older else hist
            if n is not None and ref is not None and unit == "year" and hist and hist[0][2] and ref.earliest:
                # "Thanksgiving ... a year earlier": the same holiday that year, not the same calendar day
                res, rule = _day(_holiday_date(hist[0][2], ref.earliest.year + sign * n)), "offset_from_previous_date"
            elif n is not None and ref is not None:
                # shift the previous mention, keeping its granularity ("on March 3 ... a week later" -> a day)
                res, rule = _offset_like(ref, unit, sign * n), "offset_from_previous_date"
            elif n is None or not days:
                res, rule = _Res("", "vague" if n is None else "unknown", None, None, "XXXX"), "offset_unresolved"
            else:
                results = [_unit_res(unit, _shift(b, unit, sign * n)) for b in days]
                res = results[0] if len({r.value for r in results}) == 1 else _Res(
                    "", "unknown", min(r.earliest for r in results if r.earliest), max(r.latest for r in results if r.latest), "XXXX")
                rule = "offset_from_publication"
        elif (c.rule == "ago" and "fwd" not in c.data and "agoref" not in c.data and c.data["unit"].lower().startswith("year")
              and parse_number(re.sub(r"\s+", " ", c.data["n"].lower())) == 1
              and re.search(r"(?i)\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against)\s+$", norm[max(0, c.start - 20) : c.start])
              and any(c.start - e < 300 for r, e in per_hist)):
            # "sales in September were up 9% from a year ago": September of the year before
            ref_p = [r for r, e in per_hist if c.start - e < 300][-1]
            res, rule = _offset_like(ref_p, "year", -1), "ago_comparison_from_previous_period"
        elif c.rule == "quarter_latest" or (c.rule == "quarter" and c.relative and "rel" not in c.data and "q" not in c.data
                                            and any(c.start - e < 400 and r.value.endswith(f"Q{_ORD.get(c.data.get('ord', '').lower(), 0)}")
                                                    for r, e in q_hist)):
            # "fourth-quarter profit ... sales to decline from the fourth quarter": the same quarter again
            same = [r for r, e in q_hist if c.start - e < 400 and (c.rule == "quarter_latest"
                                                                   or r.value.endswith(f"Q{_ORD.get(c.data.get('ord', '').lower(), 0)}"))]
            if same:
                res, rule = same[-1], f"{c.rule}_from_previous_quarter"  # the quarter the report is about
            elif days:
                prev = _shift(days[0], "month", -3)
                res, rule = _quarter(prev.year, (prev.month - 1) // 3 + 1), "quarter_latest"
            else:
                res, rule = _Res("", "unknown", None, None, "XXXX-QX"), "quarter_latest"
        elif c.rule == "anaphoric_day":
            w = re.sub(r"\s+", " ", c.data["w"].lower())
            off = 0 if "in the day" in w else 1 if re.search(r"\b(?:next|following|later|after)\b", w) else (-1 if re.search(r"\b(?:previous|earlier|before)\b", w) else 0)
            ante = last_day
            s0 = max(norm.rfind(". ", 0, c.start), norm.rfind("\n", 0, c.start)) + 1
            if (ante is not None and ante[0].precision == "day" and ante[0].value and days and date.fromisoformat(ante[0].value) > days[-1]
                    and not _context_future(norm, c.start, c.end) and re.search(r"(?i)\b(?:had|was|were|did|\w+ed)\b", norm[s0 : c.start])):
                # "Biden will take office on Jan. 20. Lawmakers had gathered that afternoon": a past day, not the future one
                past = [h for h in day_hist if h[0].precision == "day" and h[0].value and date.fromisoformat(h[0].value) <= days[-1]]
                ante = (past[-1][0], "anaphoric_day") if past else ante
            last_day = ante
            if last_day is None:
                res = _Res("", "vague", None, None, "XXXX-XX-XX")
                rule = "anaphoric_day_unresolved"
            elif last_day[0].precision == "day" and last_day[0].value:
                d = date.fromisoformat(last_day[0].value) + timedelta(days=off)
                res, rule = _day(d), "anaphoric_day"
            else:
                prev = last_day[0]
                sh = timedelta(days=off)
                res = _Res("", prev.precision, prev.earliest + sh if prev.earliest else None,
                           prev.latest + sh if prev.latest else None, prev.timex)
                rule = "anaphoric_day"
        elif (c.rule == "rel_unit" and c.data["rel"].lower() in {"previous", "prior", "following"} and last_any is not None
              and c.start - last_any[1] < 300 and last_ref is not None
              and _GRAIN.get(last_ref[0].precision, 5) <= _GRAIN.get(c.data["unit"].lower(), 5)):
            k = -1 if c.data["rel"].lower() in {"previous", "prior"} else 1
            su, n = _step(c.data["unit"])
            res = _unit_res(c.data["unit"], _shift(last_any[0], su, k * n))
            rule = "rel_unit_from_previous_date"
        elif not c.relative:
            res = _resolve_absolute(c)
            if res is None:
                continue
            if rule in {"date_mdy", "date_dmy"} and "wd" in c.data and date.fromisoformat(res.value).weekday() != _wd_num(c.data["wd"]):
                rule += "_weekday_mismatch"
        else:
            future = _context_future(norm, c.start, c.end)
            if not days:
                res = _Res("", "unknown", None, None, _unknown_timex(c))
                if c.rule.startswith("vague"):
                    res = _Res("", "vague", None, None, _resolve_relative(c, date(2000, 6, 15), future).timex)
            else:
                results = [_resolve_relative(c, d, future) for d in days]
                if len({r.value for r in results}) == 1:
                    res = results[0] if len(results) == 1 else _Res(
                        results[0].value, results[0].precision,
                        min((r.earliest for r in results if r.earliest), default=None),
                        max((r.latest for r in results if r.latest), default=None), results[0].timex)
                else:
                    res = _Res("", "unknown", min((r.earliest for r in results if r.earliest), default=None),
                               max((r.latest for r in results if r.latest), default=None), _unknown_timex(c))
            if future and c.rule in {"weekday", "date_mdy", "date_dmy", "month_name", "month_bare"}:
                rule += "_future"
        if res.precision in {"day", "unknown"} and c.rule in {"weekday", "date_mdy", "date_dmy", "date_numeric", "date_iso", "day_word", "anaphoric_day", "offset", "holiday", "month_day_ord", "named_event"}:
            last_day = (res, rule)
            day_hist.append((res, c.start, c.data.get("hol", "") if c.rule == "holiday" else ""))
            last_pos = c.end
        if (res.precision in {"month", "quarter", "half"} and res.value and res.earliest is not None
                and not re.search(r"(?i)\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?$", norm[max(0, c.start - 20) : c.start])):
            per_hist.append((res, c.end))  # a reported period, not a comparison base ("in September from August")
        if res.precision == "quarter" and res.value and c.rule != "offset":
            last_q = (res, c.end)
            q_hist.append(last_q)
        if res.value and res.earliest is not None and res.precision != "vague":
            last_any = (res.earliest, c.end)
            last_ref = (res, c.end)
        rows.append({
            "start": c.start, "end": c.end, "text": text[c.start : c.end], "value": res.value,
            "precision": res.precision, "rule": rule, "earliest": _iso(res.earliest),
            "latest": _iso(res.latest), "anchor": anchor_txt, "timex": res.timex or res.value,
        })
    df = pd.DataFrame(rows, columns=DATE_COLUMNS)
    df = df.astype({"start": "int64", "end": "int64"})
    for col in DATE_COLUMNS[2:]:
        df[col] = df[col].astype("string").fillna("")
    return df.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# publication date inference
@dataclass
class PublicationInference:
    """Result of ``infer_publication_window``: the window, how it was inferred, and the evidence."""

    earliest: date | None
    latest: date | None
    statement: str
    evidence: pd.DataFrame
    n_candidates: int = 0

    @property
    def published(self) -> date | None:
        """The single inferred date, when the window is one day."""
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    def as_anchor(self) -> tuple[date, date] | None:
        """The window as the ``published`` argument of ``date_mentions`` (None if open)."""
        return (self.earliest, self.latest) if self.earliest and self.latest else None


EVIDENCE_COLUMNS: list[str] = [
    "mention_start", "mention_text", "external_date", "source", "resolved", "agrees", "days_off",
]


def _find_mention(df: pd.DataFrame, text: str, key: int | str) -> pd.Series | None:
    """Row of a date_mentions table for an offset (inside the span, or up to 12 characters before it) or a text."""
    if isinstance(key, (int,)) and not isinstance(key, bool):
        hit = df[(df["start"] <= key) & (df["end"] > key)]
        if hit.empty:  # an offset on a preposition just before the mention ("On Tuesday")
            hit = df[(df["start"] >= key) & (df["start"] <= key + 12)]
    else:
        k = str(key).strip().lower()
        hit = df[df["text"].str.lower().str.contains(re.escape(k), regex=True)]
    return None if hit.empty else hit.iloc[0]


def infer_publication_window(
    text: str,
    anchors: Iterable[Sequence[Any]] = (),
    *,
    not_before: date | str | None = None,
    not_after: date | str | None = None,
    search_days: int = 21,
) -> PublicationInference:
    """Infer when an undated article was published from its relative dates and other outlets' dates.

    ``anchors`` are (mention, external_date) or (mention, external_date, source) tuples: ``mention``
    is a character offset inside a relative date mention of ``text`` (as in ``date_mentions``) or its
    text ("Thursday"); ``external_date`` is the date other outlets give to the same event. Every
    candidate day is tried as the publication date; the days under which most mentions resolve to
    their external dates (ties: smallest total distance in days, then the weekday mentions of the
    text lying closest together, as news weekdays refer to the same few days) form the window. Absolute past dates in the
    text bound it from below. Mentions that cannot agree are reported as conflicts.

    >>> inf = infer_publication_window("On Wednesday rockets hit. On Thursday the Pentagon spoke.",
    ...                                [("Wednesday", "2021-07-07"), ("Thursday", "2021-07-08")])
    >>> inf.earliest, inf.latest
    (datetime.date(2021, 7, 8), datetime.date(2021, 7, 13))
    """
    items: list[tuple[int | str, date, str]] = []
    for a in anchors:
        d = _to_date(a[1])
        if d is not None:
            items.append((a[0], d, str(a[2]) if len(a) > 2 and a[2] is not None else ""))
    lo_bound = _to_date(not_before)
    hi_bound = _to_date(not_after)
    # absolute past day-precision dates in the text: the article cannot be older than them
    base = date_mentions(text, None)
    absolute = [date.fromisoformat(v) for v, p, r in zip(base["value"], base["precision"], base["rule"])
                if p == "day" and v and not r.endswith("_future")]
    text_floor = max(absolute) if absolute else None
    if not items:
        lo = max([d for d in (lo_bound, text_floor) if d], default=None)
        stmt = ("No external dates for this article's events: "
                + (f"published on or after {lo.isoformat()} (latest absolute date it mentions or given bound)." if lo else "publication date unknown."))
        return PublicationInference(lo, hi_bound, stmt, pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    ext = [d for _, d, _ in items]
    first = min(ext) - timedelta(days=1)
    last = max(ext) + timedelta(days=search_days)
    if lo_bound:
        first = max(first, lo_bound)
    if hi_bound:
        last = min(last, hi_bound)
    if text_floor and text_floor <= last:
        first = max(first, text_floor)
    scored: list[tuple[int, float, date, list[dict[str, Any]]]] = []
    day = first
    while day <= last:
        df = date_mentions(text, day)
        ev: list[dict[str, Any]] = []
        score = dist = 0
        for key, d, src in items:
            row = _find_mention(df, text, key)
            if row is None or not row["earliest"]:
                ev.append({"mention_start": -1 if row is None else int(row["start"]),
                           "mention_text": str(key) if row is None else row["text"], "external_date": d.isoformat(),
                           "source": src, "resolved": "", "agrees": False, "days_off": pd.NA})
                continue
            e0, e1 = date.fromisoformat(row["earliest"]), date.fromisoformat(row["latest"])
            ok = e0 <= d <= e1
            off = 0 if ok else min(abs((d - e0).days), abs((d - e1).days))
            score += int(ok)
            dist += off
            ev.append({"mention_start": int(row["start"]), "mention_text": row["text"], "external_date": d.isoformat(),
                       "source": src, "resolved": row["value"], "agrees": ok, "days_off": off})
        wd = [date.fromisoformat(v) for v, r in zip(df["value"], df["rule"]) if v and r.startswith("weekday")]
        spread = (max(wd) - min(wd)).days if wd else 0
        scored.append((score, dist + spread / 100.0, day, ev))
        day += timedelta(days=1)
    if not scored:
        return PublicationInference(None, None, "No candidate publication day satisfies the bounds.",
                                    pd.DataFrame(columns=EVIDENCE_COLUMNS), 0)
    best_score = max(s for s, *_ in scored)
    best_dist = min(dd for s, dd, *_ in scored if s == best_score)
    best = [(day, ev) for s, dd, day, ev in scored if s == best_score and dd == best_dist]
    lo, hi = best[0][0], best[-1][0]
    evidence = pd.DataFrame(best[0][1], columns=EVIDENCE_COLUMNS)
    evidence["agrees"] = evidence["agrees"].astype(bool)
    evidence["days_off"] = evidence["days_off"].astype("Int64")
    agree = evidence[evidence["agrees"]]
    clash = evidence[~evidence["agrees"]]
    window = lo.isoformat() if lo == hi else f"{lo.isoformat()} to {hi.isoformat()}"
    parts = [f"Publication date inferred as {window} ({len(best)} candidate day{'s' if len(best) != 1 else ''})"]
    if len(agree):
        parts.append("; consistent with " + ", ".join(
            f"'{r.mention_text}' = {r.external_date}" + (f" ({r.source})" if r.source else "") for r in agree.itertuples()))
    if len(clash):
        parts.append("; CONFLICT: " + ", ".join(
            f"'{r.mention_text}' resolves to {r.resolved or 'nothing'} but others give {r.external_date}"
            + (f" ({r.source})" if r.source else "") for r in clash.itertuples()))
    if text_floor and first == text_floor:
        parts.append(f"; not before {text_floor.isoformat()}, the latest absolute date in the text")
    n_tied = sum(1 for sc, dd, *_ in scored if sc == best_score and int(dd) == int(best_dist))
    if n_tied > len(best):
        parts.append("; among equally consistent days, those placing the text's weekdays closest together were kept")
    gaps = len(best) != (hi - lo).days + 1
    if gaps:
        parts.append("; the candidate days are not contiguous")
    return PublicationInference(lo, hi, "".join(parts) + ".", evidence, len(best))


# --------------------------------------------------------------------------------------------
# validation
def score_date_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    """Value P/R/F1 of predicted mentions against gold (both: doc_id, start, end, value, precision).

    A gold mention is found when a predicted span overlaps it with the same value (for gold
    values left empty, the same precision: vague or unknown); each prediction is used once.
    Returns the aligned table (outcome tp/fn/fp per row) and the scores.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [3], "end": [10], "value": ["2021-07-06"], "precision": ["day"]})
    >>> p = g.assign(start=6, end=13)
    >>> score_date_mentions(p, g)[1]["f1"]
    1.0
    """
    rows: list[dict[str, Any]] = []
    for doc in sorted(set(gold["doc_id"]) | set(predicted["doc_id"])):
        g = gold[gold["doc_id"] == doc].sort_values("start")
        p = predicted[predicted["doc_id"] == doc].sort_values("start")
        used: set[Any] = set()
        for gr in g.itertuples():
            cand = p[(p["start"] < gr.end) & (p["end"] > gr.start) & ~p.index.isin(list(used))]
            pr = cand.iloc[0] if len(cand) else None
            if pr is not None:
                used.add(cand.index[0])
            gv, gp = str(gr.value or ""), str(gr.precision)
            ok = pr is not None and str(pr["value"]) == gv and (gv != "" or str(pr["precision"]) == gp)
            rows.append({"doc_id": doc, "gold_start": gr.start, "gold_end": gr.end, "gold_value": gv,
                         "gold_precision": gp, "pred_start": pd.NA if pr is None else int(pr["start"]),
                         "pred_end": pd.NA if pr is None else int(pr["end"]),
                         "pred_value": "" if pr is None else str(pr["value"]),
                         "pred_precision": "" if pr is None else str(pr["precision"]),
                         "outcome": "tp" if ok else ("fn" if pr is None else "fn+fp")})
        for pr in p[~p.index.isin(list(used))].itertuples():
            rows.append({"doc_id": doc, "gold_start": pd.NA, "gold_end": pd.NA, "gold_value": "", "gold_precision": "",
                         "pred_start": pr.start, "pred_end": pr.end, "pred_value": str(pr.value),
                         "pred_precision": str(pr.precision), "outcome": "fp"})
    table = pd.DataFrame(rows, columns=["doc_id", "gold_start", "gold_end", "gold_value", "gold_precision",
                                        "pred_start", "pred_end", "pred_value", "pred_precision", "outcome"])
    tp = int((table["outcome"] == "tp").sum())
    fn = int(table["outcome"].isin(["fn", "fn+fp"]).sum())
    fp = int(table["outcome"].isin(["fp", "fn+fp"]).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return table, {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


# --------------------------------------------------------------------------------------------
# held-out evaluation (TimeML-style gold values for newswire passages with a creation date)
HELDOUT_COLUMNS: list[str] = ["id", "split", "dct", "convention", "text", "expressions"]


def load_heldout(path: Any = None) -> pd.DataFrame:
    """Passages of a held-out JSONL file (id, split, dct, convention, text, expressions [{start, end, text, value}]).

    ``path`` defaults to data/annotations/heldout_dates.jsonl; offsets are checked against the text.

    >>> import json, tempfile, os
    >>> row = {"id": "x", "split": "dev", "dct": "2021-07-07", "text": "On Tuesday.",
    ...        "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    ...     _ = f.write(json.dumps(row))
    >>> load_heldout(f.name)[["id", "split", "convention"]].values.tolist(); os.remove(f.name)
    [['x', 'dev', 'auto']]
    """
    import json

    from analysis import paths

    p = paths.ANNOTATIONS / "heldout_dates.jsonl" if path is None else paths.resolve(path)
    rows = []
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            for e in r["expressions"]:
                if r["text"][e["start"] : e["end"]] != e["text"]:
                    raise ValueError(f"{r['id']}: offsets {e['start']}-{e['end']} do not give {e['text']!r}")
            rows.append({"id": str(r["id"]), "split": str(r.get("split", "")), "dct": str(r.get("dct") or ""),
                         "convention": str(r.get("convention") or "auto"), "text": r["text"],
                         "expressions": list(r["expressions"])})
    return pd.DataFrame(rows, columns=HELDOUT_COLUMNS).sort_values("id", kind="stable").reset_index(drop=True)


def align_heldout(passages: pd.DataFrame, column: str = "timex") -> pd.DataFrame:
    """Gold expressions aligned with ``date_mentions`` output: one row per gold or unmatched predicted mention.

    A gold expression is matched by an overlapping prediction (each used once, preferring one with the gold
    value in ``column``); outcome is tp (same value), wrong (overlap, other value), fn (missed) or fp.

    >>> p = pd.DataFrame([{"id": "x", "split": "dev", "dct": "2021-07-07", "convention": "auto", "text": "On Tuesday, 14 rockets.",
    ...                    "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}])
    >>> align_heldout(p)["outcome"].tolist()
    ['tp']
    """
    out: list[dict[str, Any]] = []
    for r in passages.itertuples(index=False):
        df = date_mentions(r.text, r.dct or None, r.convention if r.convention in {"auto", "mdy", "dmy"} else "auto")
        preds = list(zip(df["start"].tolist(), df["end"].tolist(), df["text"].tolist(), df[column].astype(str).tolist()))
        used: set[int] = set()
        for g in r.expressions:
            over = [i for i, p in enumerate(preds) if i not in used and p[0] < g["end"] and g["start"] < p[1]]
            same = [i for i in over if preds[i][3] == g["value"]]
            i = (same or over or [None])[0]
            if i is not None:
                used.add(i)
            out.append({"id": r.id, "split": r.split, "gold_text": g["text"], "gold_value": g["value"],
                        "pred_text": "" if i is None else preds[i][2], "pred_value": "" if i is None else preds[i][3],
                        "outcome": "fn" if i is None else ("tp" if same else "wrong")})
        for i, p in enumerate(preds):
            if i not in used:
                out.append({"id": r.id, "split": r.split, "gold_text": "", "gold_value": "", "pred_text": p[2],
                            "pred_value": p[3], "outcome": "fp"})
    cols = ["id", "split", "gold_text", "gold_value", "pred_text", "pred_value", "outcome"]
    return pd.DataFrame(out, columns=cols).astype({c: "string" for c in cols})


def score_heldout(passages: pd.DataFrame, columns: Sequence[str] = ("timex", "value")) -> pd.DataFrame:
    """Value precision/recall/F1 per split and compared column (span overlap + equal value).

    Precision is over all predicted mentions (every extra mention counts against it); ``span_f1`` ignores values.

    >>> p = pd.DataFrame([{"id": "x", "split": "dev", "dct": "2021-07-07", "convention": "auto", "text": "On Tuesday, 14 rockets.",
    ...                    "expressions": [{"start": 3, "end": 10, "text": "Tuesday", "value": "2021-07-06"}]}])
    >>> score_heldout(p, ["timex"])[["split", "column", "f1"]].values.tolist()
    [['dev', 'timex', 1.0]]
    """
    rows = []
    for col in columns:
        table = align_heldout(passages, col)
        for split in sorted(set(table["split"])):
            t = table[table["split"] == split]
            tp, wrong = int((t["outcome"] == "tp").sum()), int((t["outcome"] == "wrong").sum())
            fn, fp = int((t["outcome"] == "fn").sum()), int((t["outcome"] == "fp").sum())
            n_gold, n_pred = tp + wrong + fn, tp + wrong + fp
            prec, rec = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
            sp, sr = ((tp + wrong) / n_pred if n_pred else 0.0), ((tp + wrong) / n_gold if n_gold else 0.0)
            rows.append({"split": split, "column": col, "passages": int(t["id"].nunique()), "gold": n_gold,
                         "predicted": n_pred, "correct": tp, "precision": round(prec, 3), "recall": round(rec, 3),
                         "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
                         "span_f1": round(2 * sp * sr / (sp + sr), 3) if sp + sr else 0.0})
    return pd.DataFrame(rows).sort_values(["split", "column"], kind="stable").reset_index(drop=True)
