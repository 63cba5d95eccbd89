"""Words of time expressions: months, weekdays, seasons, holidays, number words, and the regex pieces built from them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

__all__ = ["MONTHS", "WEEKDAYS", "SEASONS", "ORDINALS", "NAMED_EVENTS", "month_number", "weekday_number", "squash",
           "number_value", "spelled_year", "normalise"]

WEEKDAYS: list[str] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ABBR: dict[str, int] = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                                 "fri": 4, "sat": 5, "sun": 6}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "febuary": 2, "feburary": 2,  # the common misspellings of February, as written in web news ("Febuary 03, 2024")
}
#: Season words to TimeML season codes, and the first month of each season (northern meteorological).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                            "4th": 4, "final": 4, "last": 4}
_DAY_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                 "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
#: Spelled ordinal days of a month ("first" 1 ... "thirty-first" 31), for "the first of January".
SPELLED_DAYS: dict[str, int] = {**{w: i + 1 for i, w in enumerate(_DAY_ORDINALS)},
                                **{f"twenty-{w}": 21 + i for i, w in enumerate(_DAY_ORDINALS[:9])},
                                "thirtieth": 30, "thirty-first": 31}
SPELLED_DAY = "|".join(sorted(SPELLED_DAYS, key=len, reverse=True))
SPELLED_DAY_KEYS = " ".join(_DAY_ORDINALS[:20] + ["thirtieth", "twenty", "thirty"])
#: Holidays on a fixed day: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
    "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
    "independence day": (7, 4), "bastille day": (7, 14), "veterans day": (11, 11), "armistice day": (11, 11),
    "remembrance day": (11, 11), "st patrick's day": (3, 17),
}
#: Holidays by rule: ("nth", month, weekday, n[, shift days]) (n = -1: the last) or ("easter", shift days).
RULE_HOLIDAYS: dict[str, tuple[object, ...]] = {
    "thanksgiving": ("nth", 11, 3, 4), "thanksgiving day": ("nth", 11, 3, 4), "black friday": ("nth", 11, 3, 4, 1),
    "cyber monday": ("nth", 11, 3, 4, 4), "memorial day": ("nth", 5, 0, -1), "labor day": ("nth", 9, 0, 1),
    "martin luther king day": ("nth", 1, 0, 3), "presidents' day": ("nth", 2, 0, 3), "mother's day": ("nth", 5, 6, 2),
    "father's day": ("nth", 6, 6, 3), "easter": ("easter", 0), "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1), "good friday": ("easter", -2), "palm sunday": ("easter", -7),
    "election day": ("nth", 11, 0, 1, 1),  # US: the Tuesday after the first Monday of November
}
#: "Super Tuesday" of the US presidential primaries, held in election years only: its day in the cycles of 1984-2024
#: (values.super_tuesday: the first Tuesday of March in later election years, the convention since 2012).
SUPER_TUESDAYS: dict[int, tuple[int, int]] = {1984: (3, 13), 1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2000: (3, 7),
                                              2004: (3, 2), 2008: (2, 5), 2012: (3, 6), 2016: (3, 1), 2020: (3, 3),
                                              2024: (3, 5)}
#: Date names that stand for one historical day ("the September 11 attacks", "D-Day").
NAMED_EVENTS: dict[str, date] = {
    "d-day": date(1944, 6, 6), "ve day": date(1945, 5, 8), "v-e day": date(1945, 5, 8), "9/11": date(2001, 9, 11),
    "september 11": date(2001, 9, 11), "sept. 11": date(2001, 9, 11), "sept 11": date(2001, 9, 11),
    "sep. 11": date(2001, 9, 11),
}
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: Decades named by their tens word ("the nineties" -> 1990).
DECADE_WORDS: dict[str, int] = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                                "seventies": 70, "eighties": 80, "nineties": 90}

# ------------------------------------------------------------------ regex pieces
WD_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\.)|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)"
MON_FULL = r"(?:January|February|Febuary|Feburary|March|April|May|June|July|August|September|October|November|December)"
_MON_UPPER = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
#: A month name or abbreviation, capitalised or in capitals ("SEPTEMBER 27" in captions); "Oct.7" has no space.
MON = rf"(?:{MON_FULL}|{_MON_UPPER}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|" \
      rf"(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?:\.|(?=\s+\d)))(?![a-zA-Z])"  # "OCT. 18 -" heads timeline
# entries; "17 OCT 2011" dates a page
DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d])(?!\.\d)(?!:\d)(?!-[A-Za-z])"
#: The one range of years a written date may have (news of the modern era, far-future plans included); a date
#: written with a year outside it ("1 January 0001", "5 May 99999", "5 May 2500") is flagged invalid, never re-read.
#: ``FULL_YEAR`` matches exactly these years and ``BAD_YEAR`` every other 4+ digit number (tests check both).
PLAUSIBLE_YEARS = range(1000, 2200)
#: A year standing alone ("in 2021"): a narrower, frequent range, as a bare 4-digit number is often a count.
YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"
#: A year written after a month or month-day: any year of ``PLAUSIBLE_YEARS``.
FULL_YEAR = r"(?P<year>1\d\d\d|2[01]\d\d)(?![\d])"
#: A number written after a month-day that would be its year if it were a plausible one ("5 May 99999").
BAD_YEAR = r"(?P<bad_year>0\d{3}|\d{5,}|2[2-9]\d\d|[3-9]\d{3})(?![\d])"
UNIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
            r"sixteen|seventeen|eighteen|nineteen)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER = rf"(?:\d+|{TENS_WORD}(?:-{UNIT_WORD})?|a|an|{UNIT_WORD}|a\s+few|a\s+couple\s+of|a\s+couple|several|some)"
SPELLED_YEAR = (rf"(?:(?!twenty[\s-]+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b)"  # "twenty-one" is 21
                rf"(?:nineteen|eighteen|twenty)[\s-]+(?:{TENS_WORD}(?:[\s-]+{UNIT_WORD})?|{UNIT_WORD}|hundred(?:\s+and)?"
                rf"(?:[\s-]+{TENS_WORD}(?:[\s-]+{UNIT_WORD})?|[\s-]+{UNIT_WORD})?)"
                rf"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{TENS_WORD}(?:[\s-]+{UNIT_WORD})?|{UNIT_WORD}))?)")

_SPACE_TABLE = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f\u3000\t"})
_PUNCT_TABLE = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2019": "'", "\u2018": "'", "\u2010": "-",
                              "\u2011": "-"})

_REPLACE = tuple((chr(a), b) for table in (_SPACE_TABLE, _PUNCT_TABLE) for a, b in table.items())


def normalise(text: str) -> str:
    """Same-length copy of the text with odd spaces, dashes and apostrophes made ASCII.

    >>> normalise("Sept.\\u00a011 \\u2013 Iraq\\u2019s")
    "Sept. 11 - Iraq's"
    """
    if text.isascii():  # only the tab of the tables is ASCII
        return text.replace("\t", " ")
    for a, b in _REPLACE:  # one character for one: the same as the tables, faster than ``translate`` on such text
        if a in text:
            text = text.replace(a, b)
    return text


def squash(text: str) -> str:
    """Lower case with single spaces ("Last  Week" -> "last week").

    >>> squash("This \\n Coming")
    'this coming'
    """
    return " ".join(text.lower().split())


def month_number(name: str) -> int:
    """Month number of a month name or abbreviation.

    >>> month_number("Sept."), month_number("june")
    (9, 6)
    """
    return MONTHS[name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    """Weekday number (Monday = 0) of a weekday name or abbreviation.

    >>> weekday_number("Thurs."), weekday_number("Sunday")
    (3, 6)
    """
    n = name.lower().rstrip(".")
    return WEEKDAYS.index(n) if n in WEEKDAYS else _WEEKDAY_ABBR[n]


@lru_cache(maxsize=1024)
def number_value(text: str) -> int | None:
    """Value of a small count in digits or words ("two", "twenty-five", "a", "12"); None when vague ("several").

    >>> [number_value(t) for t in ["two", "Twenty-five", "an", "12", "a few", "several"]]
    [2, 25, 1, 12, None, None]
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t.isdigit():
        return int(t)
    if t in {"a", "an"}:
        return 1
    parts = t.split(" ")
    if len(parts) == 1:
        return _UNITS.get(t, _TENS.get(t))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def _small_words(words: list[str]) -> int | None:
    """Value of one or two number words below a hundred ("ninety six" -> 96)."""
    return number_value(" ".join(words)) if words else 0


def spelled_year(text: str) -> int | None:
    """Year written in words, as broadcast transcripts do ("nineteen ninety-six", "two thousand and one").

    >>> [spelled_year(t) for t in ["nineteen ninety-six", "Two thousand", "two thousand and one", "nineteen oh"]]
    [1996, 2000, 2001, None]
    """
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = _small_words(words[2:])
        return None if rest is None else 2000 + rest
    if len(words) < 2 or words[0] not in {"eighteen", "nineteen", "twenty"}:
        return None
    century = _UNITS.get(words[0], _TENS.get(words[0], 0)) * 100
    if words[1] == "hundred":
        rest = _small_words(words[2:])
        return None if rest is None else century + rest
    rest = _small_words(words[1:])
    return None if rest is None or rest < 10 else century + rest
