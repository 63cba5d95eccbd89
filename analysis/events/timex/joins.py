"""Passes over the rows ``date_mentions`` reads that join or re-read neighbouring expressions: a weekday next to
its date ('Saturday (20th January)'), a part of a day ('dawn Friday'), a modifier ('late Tuesday'), conjoined days
('April 24 and 25'), joined weekdays ('late Thursday and early Friday'), 'the day before X', and 'today' inside a
quotation said on an earlier day. Each takes and gives (start, end, value, rule) rows sorted by start."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from . import values as V
from .focus import QuoteMarks
from .lexicon import weekday_number

Row = tuple[int, int, V.Value, str]  # (start, end, value, rule) of one expression

_APPOSED = re.compile(r"\s*(?:\(|,|\u2014|-)?\s*")


def _apposed_weekdays(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """A weekday written just before a date of that weekday ('Saturday (20th January)', 'Friday, 5 May') takes its day.

    >>> r = [(0, 8, V.unknown("XXXX-WXX-6"), "weekday"), (10, 22, V.day(date(2024, 1, 20)), "date_dmy")]
    >>> _apposed_weekdays("Saturday (20th January)", r)[0][2].timex
    '2024-01-20'
    """
    out = list(rows)
    for i in range(len(rows) - 1):
        s, e, v, rule = rows[i]
        s2, _, v2, _ = rows[i + 1]
        if (not rule.startswith("weekday") or v.type != "DATE" or v2.precision != "day" or v2.earliest is None
                or v2.earliest == v.earliest):
            continue
        wd = v.earliest.weekday() if v.earliest is not None else int(v.timex[-1]) - 1 if v.timex[-1:].isdigit() else -1
        if v2.earliest.weekday() == wd and _APPOSED.fullmatch(norm, e, s2):  # the cheaper test first
            out[i] = (s, e, V.day(v2.earliest), rule + "_apposed")
    return out


_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_AFTER_DATE = re.compile(r"\s*(?:,|\()\s*")  # between a date and the weekday written after it
#: where a weekday may follow a date (``_weekdays_after_dates``): a word or number (a date's year, day or month), then
#: ', ' or ' ('
_DATE_BEFORE = re.compile(r"[\w.]\s*[,(]\s*$")


def _weekdays_after_dates(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """A weekday written just after a date of that weekday ('7 February 2024, Wednesday', 'May 6 (Friday)') is part of
    the date's expression, one DATE, as 'Wednesday, 7 February 2024' is (the span takes in the weekday).

    >>> r = [(0, 15, V.day(date(2024, 2, 7)), "date_dmy"), (17, 26, V.day(date(2024, 2, 14)), "weekday")]
    >>> [(s, e, v.timex) for s, e, v, _ in _weekdays_after_dates("7 February 2024, Wednesday |", r)]
    [(0, 26, '2024-02-07')]
    >>> len(_weekdays_after_dates("7 February 2024, Thursday", [r[0], (17, 25, V.day(date(2024, 2, 8)), "weekday")]))
    2
    """
    out: list[tuple[int, int, V.Value, str]] = []
    for row in rows:
        s, e, _, rule = row
        if out and rule.startswith("weekday") and _WEEKDAY_NAME.fullmatch(norm, s, e):
            ps, pe, pv, prule = out[-1]
            if (prule.startswith("date_") and pv.type == "DATE" and pv.precision == "day" and pv.earliest is not None
                    and _AFTER_DATE.fullmatch(norm, pe, s) and pv.earliest.weekday() == weekday_number(norm[s:e])):
                closed = "(" in norm[pe:s] and norm[e : e + 1] == ")"
                out[-1] = (ps, e + closed, pv, prule)
                continue
        out.append(row)
    return out


_VERB = r"(?:said|says|told|reported|announced|stated|added|declared|wrote|tweeted|posted|noted|confirmed)"
#: between a closing quotation mark and the day: '," the army said on ', '," Col. Smith told reporters on ' 
_SAID_AFTER = re.compile(r"(?i)[,\s]*(?:[^,;:!?\"\u201c\u201d\n]{0,60}?\s)?" + _VERB + r"(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?")
#: between the day and an opening quotation mark: ', said: ' ('X, on Wednesday, said: "...')
_SAID_BETWEEN = re.compile(r"(?i)[,\s]*" + _VERB + r"[\s,:]*")
_SAID_BEFORE = re.compile(r"(?i)\b" + _VERB + r"\s+(?:on\s+)?$")  # 'said on Monday: "...'
_CLOSING = re.compile(r'\u201d|"|\'\'|\n\n')


def _said_day(norm: str, rows: list[tuple[int, int, V.Value, str]], i: int, opening: int) -> date | None:
    """The day of the attribution of the quotation holding row ``i``: '"...," the army said on Tuesday', 'X, on
    Wednesday, said: "...', 'X said on Monday: "...' (the reporting verb joined to the day; else None).

    >>> r = [(20, 25, V.day(date(2023, 11, 22)), "day_word"), (45, 52, V.day(date(2023, 11, 21)), "weekday")]
    >>> _said_day('"A drone hit a base today," the army said on Tuesday.', r, 0, 0)
    datetime.date(2023, 11, 21)
    """
    close = _CLOSING.search(norm, rows[i][1], rows[i][1] + 800)  # bounded: linear time on an unclosed quotation
    said = []
    if close is not None and close.group() != "\n\n" and i + 1 < len(rows):
        r = rows[i + 1]
        said += [r] if _SAID_AFTER.fullmatch(norm, close.end(), r[0]) else []
    if i > 0 and rows[i - 1][1] <= opening:
        r = rows[i - 1]
        said += [r] if _SAID_BETWEEN.fullmatch(norm, r[1], opening) or (
            re.fullmatch(r"[,\s:]*", norm[r[1] : opening]) and _SAID_BEFORE.search(norm, max(0, r[0] - 25), r[0])) else []
    for r in said:
        if r[3].startswith(("weekday", "date_")) and r[2].precision == "day":
            return r[2].earliest
    return None


_QUOTE_ENDS = re.compile(r'(?:["\u201d][.]?|[.]["\u201d])\s*$')  # a paragraph ending with a quotation


def _opens_paragraph(norm: str, opening: int) -> bool:
    """True when the quotation mark at ``opening`` starts a paragraph (only spaces between it and a line break).

    >>> _opens_paragraph('He said so.\\n\\n"Go."', 13), _opens_paragraph('He said "go."', 8)
    (True, False)
    """
    line = norm.rfind("\n", max(0, opening - 8), opening)
    return line >= 0 and not norm[line + 1 : opening].strip()


def _said_before_paragraph(norm: str, rows: list[tuple[int, int, V.Value, str]], i: int) -> date | None:
    """The day of an attribution in the paragraph before row ``i``'s when that paragraph ends with a quotation:
    'The warden said Monday that he had shut "the gates".' then a paragraph '"... today's storm ..."' goes on with his words.

    >>> r = [(9, 17, V.day(date(2023, 3, 23)), "weekday"), (35, 40, V.day(date(2023, 3, 24)), "day_word")]
    >>> _said_before_paragraph('Kay said Thursday: "No."\\n\\n"It came today."', r, 1)
    datetime.date(2023, 3, 23)
    """
    top = norm.rfind("\n", max(0, rows[i][0] - 600), rows[i][0])  # bounded: linear time
    if top < 0 or not _QUOTE_ENDS.search(norm, max(0, top - 4), top):
        return None
    start = norm.rfind("\n", max(0, top - 1200), max(0, top - 1)) + 1  # the paragraph before (within 1200 characters)
    for s, _, v, rule in reversed(rows[max(0, i - 8) : i]):
        if s < start:
            break
        if rule.startswith(("weekday", "date_")) and v.precision == "day" and _SAID_BEFORE.search(norm, max(0, s - 25), s):
            return v.earliest
    return None


def _quoted_today_said(norm: str, rows: list[tuple[int, int, V.Value, str]],
                       marks: Callable[[], QuoteMarks] | None = None) -> list[tuple[int, int, V.Value, str]]:
    """'today' inside a quotation attributed to an earlier day in the same sentence ('"... hit today," the army said on
    Tuesday' in a Wednesday story) is the day the words were said (one to seven days before the day it had).

    >>> r = [(20, 25, V.day(date(2023, 11, 22)), "day_word"), (45, 52, V.day(date(2023, 11, 21)), "weekday")]
    >>> _quoted_today_said('"A drone hit a base today," the army said on Tuesday.', r)[0][2].timex
    '2023-11-21'
    """
    out = list(rows)
    for i, (s, e, v, rule) in enumerate(rows):
        if not rule.startswith("day_word") or v.earliest is None or not norm[s:e].lower().startswith("today"):
            continue
        near = [r[2].earliest for r in rows[max(0, i - 1) : i + 2] if r[3].startswith(("weekday", "date_"))]
        before = _said_before_paragraph(norm, rows, i)
        if before is None and not any(d is not None and 1 <= (v.earliest - d).days <= 7 for d in near):
            continue  # no earlier day next to it (checked first: finding the quotation costs a scan)
        marks = marks or (lambda q=QuoteMarks(norm): q)  # the quotation marks, read once for every 'today'
        opening = marks().opening(s)
        said = _said_day(norm, rows, i, opening) if opening is not None else None
        said = before if said is None and opening is not None and _opens_paragraph(norm, opening) else said
        if said is not None and 1 <= (v.earliest - said).days <= 7:
            out[i] = (s, e, V.day(said), "day_word_quoted_on_said_day")
    return out


@lru_cache(maxsize=64)  # a text read against several publication days (``MentionReader``) asks the same again
def _has_any(norm: str, words: tuple[str, ...]) -> bool:
    """True when any of the lower-case ``words`` occurs in the text in any case (plain substring scans, fast in C).

    >>> _has_any("Late on Monday", ("earl", "late")), _has_any("On Monday", ("earl", "late"))
    (True, False)
    """
    low = norm.lower()
    return any(w in low for w in words)


_PART_OF = re.compile(r"(?i)(?<![\w])(?:the\s+(?P<part>morning|afternoon|evening|night|(?:early|small|wee|pre-?dawn|(?:early\s+|late\s+)?(?:morning|evening|night))\s+hours)\s+of"
                      r"|(?:(?:early|late|mid)[\s-]+|(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<bare>morning|afternoon|evening|night)"
                      r"|(?P<point>dawn|daybreak|dusk|sunrise|sunset|overnight(?:\s+(?:on|into))?|pre-?dawn(?:\s+hours)?))\s+$")
_EVERY = re.compile(r"(?i)\b(?:every|each|per|a)\s+$")
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO", "daybreak": "MO",
              "dusk": "EV", "sunrise": "MO", "sunset": "EV", "overnight": "NI"}


def _parts_of_days(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'mid-afternoon yesterday', 'late morning Friday', 'dawn Friday': one TIME of that day (TimeML), its span including
    the part of the day (a bare part only with 'early', 'late', 'mid' or after 'at', 'by', 'until', or a dawn, dusk or
    'overnight', and only before a weekday or 'yesterday', 'today', 'tomorrow': not "a good night Tuesday", "opening night
    Monday"), and 'the early hours of Sunday', 'the small hours of 4 May'. In 'the evening of 18 February', 'the night of
    Oct. 23' the day stays a DATE of its own, as AQUAINT and the attack layers tag it (2 of 2 and 1 of 1).

    >>> day = V.day(date(2023, 2, 18))
    >>> [(s, v.timex, v.type) for s, _, v, _ in _parts_of_days("It hit at dawn yesterday", [(15, 24, day, "day_word")])]
    [(10, '2023-02-18TMO', 'TIME')]
    >>> [(s, v.timex, v.type) for s, _, v, _ in _parts_of_days("It hit on the evening of 18 February", [(25, 36, day, "date_dmy")])]
    [(25, '2023-02-18', 'DATE')]
    """
    if not _has_any(norm, ("morning", "afternoon", "evening", "night", "hours", "dawn", "daybreak", "dusk", "sunrise", "sunset")):
        return rows  # no part of a day anywhere: nothing to join (one scan of the text instead of one per row)
    out = []
    for s, e, v, rule in rows:
        m = _PART_OF.search(norm, max(0, s - 30), s) if v.type == "DATE" and v.precision == "day" and v.value else None
        if m is not None and (m["point"] or "").lower().startswith("overnight "):
            if out and out[-1][0] >= m.start() and out[-1][1] <= s and out[-1][2].type == "TIME":
                out.pop()  # "overnight on Feb. 23": that night, dated by its day, not the night before the report
            m = None  # (the day stays a DATE of its own, as the development layers tag it)
        if m is not None and (m["bare"] or m["point"]) and (not rule.startswith(("weekday", "day_word"))
                                                            or _EVERY.search(norm, max(0, m.start() - 8), m.start())):
            m = None  # "every morning Monday through Friday": a recurring time
        if m is not None and m["part"] and not m["part"].lower().endswith("hours"):
            m = None  # "the night of Oct. 23": the day stays a DATE of its own (the development layers tag it)
        if m is not None and out and out[-1][0] >= m.start() and out[-1][1] <= s and out[-1][2].type == "TIME":
            out.pop()  # "overnight" read alone before its weekday: one TIME with it
        if m is not None and (not out or out[-1][1] <= m.start()):
            words = (m["part"] or m["bare"] or m["point"]).lower().split()
            code = next((_PART_CODE[w] for w in words if w in _PART_CODE), "NI")  # "the early hours of": night
            out.append((m.start(), e, v.as_time(code), rule + "_part_of_day"))
        else:
            out.append((s, e, v, rule))
    return out


#: a modifier before a day: 'early', 'late', 'mid' ('late Friday'), or 'the late hours of', which is 'late' told at
#: length (the DATE 'the late hours of Sunday', mod END; 'the early hours of' and 'the late evening hours of' name a
#: part of the day: TIMEs, ``_PART_OF``)
_DAY_MOD = re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|late|mid|earlier|later)[\s-]+|the\s+(?P<hours>late)\s+hours\s+of\s+)$")
_DAY_MOD_REACH = 24  # characters ``_DAY_MOD`` is looked for in before a day ('the late hours of ' and some spaces)
_MOD_CODE = {"early": "START", "late": "END", "mid": "MID", "earlier": "", "later": ""}


def _day_modifiers(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'early Tuesday', 'late yesterday', 'late Friday night', 'the late hours of Sunday': the modifier joins the span
    as a TimeML mod ('earlier today', 'later tomorrow': one span, no mod).

    >>> r = [(16, 23, V.day(date(2024, 1, 23)), "weekday")]
    >>> [(s, v.timex, v.mod) for s, _, v, _ in _day_modifiers("Drones hit late Tuesday", r)]
    [(11, '2024-01-23', 'END')]
    >>> r = [(32, 39, V.day(date(2024, 1, 23)), "weekday")]
    >>> [(s, v.timex, v.mod) for s, _, v, _ in _day_modifiers("Drones hit in the late hours of Tuesday", r)]
    [(14, '2024-01-23', 'END')]
    """
    if not _has_any(norm, ("earl", "late", "mid")):
        return rows
    out = []
    for s, e, v, rule in rows:
        m = _DAY_MOD.search(norm, max(0, s - _DAY_MOD_REACH), s) if rule.startswith(("weekday", "day_word")) and not v.mod else None
        mod = (m["mod"] or m["hours"]).lower() if m is not None else ""
        if m is not None and mod in {"earlier", "later"} and not rule.startswith("day_word"):
            m = None  # "earlier today" is one expression; "later Tuesday" is left as it was
        if m is not None and v.precision == "day" and (not out or out[-1][1] <= m.start()):
            out.append((m.start(), e, v.with_mod(_MOD_CODE[mod]), rule))
        else:
            out.append((s, e, v, rule))
    return out


#: the words joining two days of one month: 'and', 'or', or a range's 'to', 'through', 'until' ('January 12 to 27')
_DAY_JOIN = r"(?:and|or|&|to|through|thru|until|till)"
_DAY_JOIN_WORDS = (" and ", " or ", "&", " to ", " through ", " thru ", " until ", " till ")  # ``_has_any`` gate
_NEXT_DAY = re.compile(r"\s+" + _DAY_JOIN + r"\s+(?P<d>[0-3]?\d)(?![.,]\d)(?:st|nd|rd|th)?(?:,\s+(?P<y>1[89]\d\d|20\d\d))?"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|at|in|to|when|with|for)\b)")
_PREV_DAY = re.compile(r"(?i)\b(?:on|between|from)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _DAY_JOIN + r"\s+$")


def _conjoined_days(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'April 24 and 25', '3 and 4 May', 'from January 12 to 27': the bare day joined to a month-day is a DATE of its
    own in that month (TimeML: each end of a range is a DATE; not '4' in 'May 3 and 4,000 people').

    >>> r = [(3, 11, V.day(date(1999, 4, 24)), "date_mdy")]
    >>> [(s, e, v.timex) for s, e, v, _ in _conjoined_days("on April 24 and 25.", r)]
    [(3, 11, '1999-04-24'), (16, 18, '1999-04-25')]
    >>> [v.timex for *_, v, _ in _conjoined_days("On November 9 and 11, a drone hit it.", [(3, 13, V.unknown("XXXX-11-09"), "date_mdy")])]
    ['XXXX-11-09', 'XXXX-11-11']
    >>> [v.timex for *_, v, _ in _conjoined_days("from January 12 to 27, and on May 3 to 4,000 people", [
    ...     (5, 15, V.day(date(2023, 1, 12)), "date_mdy"), (35, 40, V.day(date(2023, 5, 3)), "date_mdy")])]
    ['2023-01-12', '2023-01-27', '2023-05-03']
    """
    out = list(rows)
    for i, (s, e, v, rule) in enumerate(rows):
        if not rule.startswith(("date_mdy", "date_dmy")) or v.mod:
            continue
        day = v.earliest if v.precision == "day" else _undated_day(v.timex)
        if day is None:
            continue
        m = _NEXT_DAY.match(norm, e) if rule.startswith("date_mdy") else _PREV_DAY.search(norm, max(0, s - 20), s)
        if m is None or int(m["d"]) == day.day:
            continue
        try:
            first = day.replace(year=int(m["y"])) if m.groupdict().get("y") else day
            second = first.replace(day=int(m["d"]))
        except ValueError:  # no such day in that month
            continue
        if first != day:  # "May 3 and 4, 2001": the year after the second day is both days' year
            out[i] = (s, e, V.day(first), rule + "_year_after")
        value = V.day(second) if v.earliest is not None or first != day else V.unknown(f"XXXX-{second:%m-%d}")
        out.append((m.start("d"), m.end("y") if m.groupdict().get("y") else m.end("d"), value, rule + "_conjoined"))
    if len(out) == len(rows) and all(a[0] <= b[0] for a, b in zip(rows, rows[1:])):
        return out  # nothing joined: the rows as they were, still in order
    joined = [(a, b) for a, b, _, r in out if r.endswith("_conjoined")]
    return sorted((r for r in out if r[3].endswith("_conjoined") or not any(a <= r[0] and r[1] <= b for a, b in joined)),
                  key=lambda r: r[0])


def _undated_day(timex: str) -> date | None:
    """The month and day of a month-day without a year ('XXXX-11-09'), in a leap year; else None.

    >>> _undated_day("XXXX-11-09"), _undated_day("XXXX-WXX-2")
    (datetime.date(2000, 11, 9), None)
    """
    m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", timex)
    try:
        return date(2000, int(m[1]), int(m[2])) if m else None
    except ValueError:
        return None


#: between two weekdays of one span of days: ' and ', ' night and early ', ' to '
_NEXT_WEEKDAY_GAP = re.compile(r"(?i)(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*)?(?:and|to|through|into|or|-)\s+"
                               r"(?:(?:early|late)\s+(?:on\s+)?)?")


def _next_weekdays(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'late Thursday and early Friday': a weekday joined to the weekday before it is the day after that one, even when
    the first is the publication day (the second then lies after it, not a week before).

    >>> r = [(5, 13, V.day(date(2020, 3, 12)), "weekday"), (24, 30, V.day(date(2020, 3, 6)), "weekday")]
    >>> [v.timex for _, _, v, _ in _next_weekdays("late Thursday and early Friday", r)]
    ['2020-03-12', '2020-03-13']
    """
    out = list(rows)
    for i in range(1, len(rows)):
        s1, e1, v1, r1 = out[i - 1]
        s, e, v, rule = rows[i]
        if (r1 == "weekday" and rule == "weekday" and v1.earliest is not None and v.earliest is not None
                and v.earliest.weekday() == (v1.earliest.weekday() + 1) % 7 and v.earliest < v1.earliest
                and _NEXT_WEEKDAY_GAP.fullmatch(norm, e1, s)):
            out[i] = (s, e, V.day(v1.earliest + timedelta(days=1)), rule + "_after_joined_weekday")
    return out


_DAY_STEP = re.compile(r"(?i)(?<![\w])(?:the|a)\s+day\s+(?P<dir>before|after)\s+$")


def _day_before_after(norm: str, rows: list[tuple[int, int, V.Value, str]]) -> list[tuple[int, int, V.Value, str]]:
    """'the day before Tuesday', 'the day after Christmas': one DATE, the named day stepped by one (TimeML anchoring).

    >>> r = [(15, 27, V.day(date(2000, 2, 22)), "weekday")]
    >>> [(s, v.timex) for s, _, v, _ in _day_before_after("The day before last Tuesday", r)]
    [(0, '2000-02-21')]
    """
    out = []
    for s, e, v, rule in rows:
        m = _DAY_STEP.search(norm, max(0, s - 16), s) if v.precision == "day" and v.earliest is not None else None
        if m is None or (out and out[-1][1] > m.start()):
            out.append((s, e, v, rule))
            continue
        step = timedelta(days=-1 if m["dir"].lower() == "before" else 1)
        out.append((m.start(), e, V.day(v.earliest + step), rule + "_day_" + m["dir"].lower()))  # type: ignore[operator]
    return out
