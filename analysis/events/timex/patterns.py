"""The regular expressions that find time expressions, one per rule, each with the words that must occur in its matches.

Every pattern lists ``keys``: lower-case words (or ``#`` for any number) of which each of its matches
contains at least one. The scanner only runs a pattern near occurrences of its keys, which keeps the
scan linear and fast whatever the text; a match is at most ``MAX_SPAN`` characters long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import BAD_YEAR, DAY, FULL_YEAR, MON, MON_FULL, NUMBER, SPELLED_DAY, SPELLED_DAY_KEYS, SPELLED_YEAR, WD, WD_FULL, YEAR

__all__ = ["Pattern", "PATTERNS", "MAX_SPAN", "KEY_WORDS"]

#: Longest match any pattern can produce (characters); keys are searched this far around.
MAX_SPAN = 100


@dataclass(frozen=True)
class Pattern:
    """A rule name, its compiled regex, its priority among overlapping matches, and its key words."""

    rule: str
    regex: re.Pattern[str]
    priority: int
    keys: frozenset[str]
    reach: tuple[int, int] = (MAX_SPAN, MAX_SPAN)
    #: further word sets each match has a word of, each with how far before and after a key word it may be
    also: tuple[tuple[frozenset[str], int, int], ...] = ()


PATTERNS: list[Pattern] = []

_MONTH_KEYS = "january february march april may june july august september october november december " \
              "jan feb mar apr jun jul aug sep sept oct nov dec febuary feburary"
_WD_KEYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_UNIT_KEYS = "day days week weeks weekend weekends month months year years quarter quarters decade decades century"
_SEASON_KEYS = "spring summer autumn fall winter"
_NUM_WORD_KEYS = "nineteen eighteen twenty thousand"


def _p(rule: str, keys: str, regex: str, priority: int = 0, flags: int = 0, reach: tuple[int, int] = (MAX_SPAN, MAX_SPAN),
       also: tuple[str | tuple[str, int, int], ...] = ()) -> None:
    """Register a pattern; ``reach`` bounds how far its matches start before and end after a key word; each string of
    ``also`` lists other words of which every match contains one, within ``reach`` of a key word unless given as
    (words, before, after): a key word without one of them that near is not looked at."""
    PATTERNS.append(Pattern(rule, re.compile(regex, flags), priority, frozenset(keys.split()), reach,
                            tuple((frozenset(a.split()), *reach) if isinstance(a, str) else (frozenset(a[0].split()), a[1], a[2])
                                  for a in also)))


_B = r"(?<![\w/.-])"
_RY = rf"(?:(?:,?\s+|,(?=(?:19|20)\d\d\b(?!\s+(?:people|persons|men|women|children|troops|soldiers|civilians|residents|families|workers|more|others)\b))){FULL_YEAR}|,?\s+{BAD_YEAR}(?!\s+[a-z])|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year\b)?"
_TIME = (r"(?P<time>,?\s*(?:at\s+)?(?:about\s+|around\s+)?(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.\s?[Mm]\.?|[AaPp][Mm]\b|GMT|UTC)"
         r"|\d{1,2}:\d{2}))?")
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.\s?[Mm]\.?|[AaPp][Mm]\b)|\d{1,2}:\d{2}|noon|midnight|midday)"
_CLOCK_PRE = rf"(?P<clockpre>{_CLOCK})(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local\s+time))?,?\s+(?:(?i:on)\s+)?"
_CLOCK_KEYS = "#clock noon midnight midday"
_CLOCK_POST = rf"(?P<clockpost>,?\s+(?:(?i:at)\s+)?(?:about\s+|around\s+)?(?P<clock>{_CLOCK}))?"
_MOD = r"(?P<mod>early|late|mid|(?:the\s+)?(?:start|beginning|end|middle|close)\s+of)"

# ------------------------------------------------------------------ days written with a month
_WEEK_OF = r"(?:(?P<weekof>(?i:the\s+week\s+of))\s+)?"  # "the week of March 6": that day's week
#: a part of the day between a weekday and its date ("Sunday morning, December 3, 2023"): one day
_WD_PART = r"(?:\s+(?:morning|afternoon|evening|night),)?"
#: a month and its day (or a month and the figure after it) are never read across a blank line: "January" heading a
#: list, then "2 January – ..." (``_NO_BLANK_LINE`` before the whitespace between them)
_NO_BLANK_LINE = r"(?![^\S\n]*\n[^\S\n]*\n)"
_p("date_mdy", "#1 #2", rf"{_B}{_WEEK_OF}(?:(?P<wd>{WD}){_WD_PART},?\s+|(?P<ry2>(?i:last|this|next))\s+year's\s+)?(?P<mon>{MON})(?:(?<=[a-z])\.(?=\s+[0-3]?\d,\s*(?:1[89]|20)\d\d\b))?(?:{_NO_BLANK_LINE}\s+|(?<=\.)|(?<=[a-z])(?=\d)|,\s*(?=[0-3]?\d,\s*(?:1[89]|20)\d\d\b)){DAY}(?:\s*-\s*(?P<day2>[0-3]?\d)(?!\d))?{_RY}{_TIME}", 5, reach=(50, 70), also=((_MONTH_KEYS, 50, 0),))
_p("date_mdy", _CLOCK_KEYS, rf"{_B}{_CLOCK_PRE}(?:(?P<wd>{WD}),?\s+|(?P<ry2>(?i:last|this|next))\s+year's\s+)?(?P<mon>{MON})(?:(?<=[a-z])\.(?=\s+[0-3]?\d,\s*(?:1[89]|20)\d\d\b))?(?:{_NO_BLANK_LINE}\s+|(?<=\.)){DAY}(?:\s*-\s*(?P<day2>[0-3]?\d)(?!\d))?{_RY}{_TIME}", 5, reach=(2, 130), also=((_MONTH_KEYS, 0, 130),))
_p("date_dmy", "#1 #2", rf"{_B}{_WEEK_OF}(?:(?P<wd>{WD}){_WD_PART},?\s+)?(?:the\s+)?{DAY}(?:{_NO_BLANK_LINE}(?:\s+of)?\s+|(?={MON_FULL}\s))(?P<mon>{MON}){_RY}{_TIME}", 5, reach=(45, 60), also=((_MONTH_KEYS, 0, 60),))
#: a table's day and abbreviated month joined by hyphens ("31-Dec", "5-Jan-2020", "12-Mar-21"), as spreadsheets write them
_p("date_dmy", _MONTH_KEYS, r"(?<![\w/.-])(?P<day>0?[1-9]|[12]\d|3[01])-(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
   rf"(?:-(?:{FULL_YEAR}|(?P<yy>\d\d)(?!\d)))?(?![\w-])", 5, reach=(3, 9))
#: "the first of January", "the twenty-first of May": a spelled ordinal day of a month (read as a day-month date)
_p("date_dmy", SPELLED_DAY_KEYS, rf"{_B}(?i:the)\s+(?P<day>(?i:{SPELLED_DAY}))\s+of\s+(?P<mon>{MON}){_RY}", 5, reach=(20, 40),
   also=((_MONTH_KEYS, 0, 40),))
#: "October seventh", "May twenty-first": a month and a spelled ordinal day
_p("date_dmy", SPELLED_DAY_KEYS, rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON_FULL})\s+(?P<day>(?i:{SPELLED_DAY}))(?![\w-])"
   rf"(?!\s+(?!(?:and|or|but|when|at|in|to|on|that|the|as|after|before|with|for|from|until|while)\b)[a-z]){_RY}", 5, reach=(40, 40),
   also=((_MONTH_KEYS, 20, 0),))
_p("date_numeric", "#sep", rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?<![\d/.])(?P<a>\d{{1,2}})\s*/\s*(?P<b>\d{{1,2}})\s*/\s*(?P<y>\d{{5,}}|\d{{4}}|\d{{2}})(?![\d/])", 6, reach=(16, 30))
_p("date_numeric", "#sep", rf"{_B}(?:(?P<wd>{WD}),?\s+)?(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{5,}}|\d{{4}})(?![\d.-]\d)", 6, reach=(16, 30))
_p("date_iso", "#sep", r"(?<![\d/.-])(?P<y>\d{4,5})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])", 7, reach=(2, 14))
#: year first with slashes or dots ("2024/01/28", "2024.1.28"), as some news sites date their stories
_p("date_iso", "#sep", r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<isep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=isep)(?P<d>0?[1-9]|[12]\d|3[01])(?![\d])(?![/.]\d)", 7, reach=(2, 14))
_p("month_year", "#4 #2", rf"{_B}(?:{_MOD}[\s-]+)?(?P<mon>{MON}),?\s+(?:of\s+)?(?:{FULL_YEAR}|'(?P<yy>\d\d)(?![\w']))", 4, reach=(45, 8), also=((_MONTH_KEYS, 45, 0),))
_p("month_year", _NUM_WORD_KEYS, rf"{_B}(?:{_MOD}[\s-]+)?(?P<mon>{MON})\s+(?:of\s+)?(?P<syear>{SPELLED_YEAR})(?![\w-])", 4, re.I, reach=(50, 45), also=((_MONTH_KEYS, 50, 0),))
_p("month_rel_year", "year", rf"{_B}(?P<mon>{MON_FULL})\s+(?:of\s+)?(?P<rel>last|this|next|the\s+previous|the\s+following)\s+year\b", 4, reach=(35, 8),
   also=((_MONTH_KEYS, 35, 0), ("last this next previous following", 35, 0)))
#: "last October 19", "next March 3rd": a day of that month (not "last October 19 rockets", "next May 2024")
_REL_DAY = (r"(?:\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w:-])(?!\.\d)(?!,?\s+\d)"
            r"(?!\s+(?!(?:and|or|but|when|at|in|to|on|that|the|as|after|before|with|for|from|until)\b)[a-z]))?")
_p("rel_month_name", "last this next past coming", rf"(?i:(?<![\w])(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)(?P<mon>{MON_FULL})(?![\w]){_REL_DAY}", 4, reach=(2, 36), also=((_MONTH_KEYS, 0, 30),))
_p("month_name", _MONTH_KEYS, rf"(?<![\w])(?:(?i:in|as|since|until|till|by|during|before|after|from|through|throughout|of|to|between|and|"
   rf"starting|beginning|early|late|mid|start\s+of|end\s+of|middle\s+of)[\s-]+)(?:(?P<mod>early|late|mid)[\s-]+)?(?P<mon>{MON_FULL})(?![\w])(?!{_NO_BLANK_LINE}\s+\d)", 2, reach=(35, 12),
   also=(("in as since until till by during before after from through throughout of to between and starting beginning early late mid start end middle", 35, 0),))
_p("month_bare", _MONTH_KEYS, r"(?<![\w])(?:(?<=\bThe\s)|(?<=\bAn\s)|(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s))(?P<mon>January|February|April|June|July|August|"
   r"September|October|November|December)(?![\w])(?!" + _NO_BLANK_LINE + r"\s+[A-Z0-9])", 0, reach=(2, 12))
#: "a June Smith campaign rally", "the July Labour conference": a month before a name that qualifies an event or poll noun
_EVENT_NOUNS = (r"polls?|surveys?|interviews?|summits?|conventions?|events?|rall(?:y|ies)|meetings?|debates?|primar(?:y|ies)|"
                r"caucus(?:es)?|elections?|votes?|speech(?:es)?|hearings?|reports?|visits?|conferences?|campaign|trips?|address")
_p("month_bare", _MONTH_KEYS, r"(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))(?P<mon>January|February|March|April|May|June|July|August|"
   rf"September|October|November|December)(?=(?:\s+[A-Z][\w.'&-]*){{1,4}}\s+(?:{_EVENT_NOUNS})\b)", 0, reach=(4, 12))
#: "the March accession", "a March deadline": the month before a noun (not "the March of Dimes", the verb or a march)
_p("month_bare", "march", r"(?:(?<=\b[Tt]he\s)|(?<=\b[Aa]\s))(?P<mon>March)(?=\s+[a-z])(?!\s+(?:of|on|to|for|through|across|against|from|by|and|in)\b)", 0, reach=(2, 8))
_MAY_NOUNS = (r"contracts?|futures|delivery|deadline|meeting|elections?|vote|poll|figures|data|report|sales|jobs|payrolls|"
              r"budget|issue|edition|primary|summit|session|survey|reading|index|numbers|total|auction|options|"
              r"crude|shipments?|exports|imports|inflation|unemployment|release|rally|protests?|riots|uprising|offensive|"
              r"ceasefire|truce|deal|agreement|accord|statement|decision|announcement|hearing|trial|ruling|launch")
_p("month_bare", "may", rf"(?<![\w])(?P<mon>May)\s+(?=(?:{_MAY_NOUNS})\b)", 0, reach=(2, 12))

# ------------------------------------------------------------------ years, decades, centuries
_p("year", "#4", rf"(?<![\w$£€#/:.,-])(?:(?P<mod>early|late|mid)[\s-]+|(?P<pp>pre|post)-)?{YEAR}(?![\w/-])(?!'(?!s\b))(?!,\d)(?!\.\d)(?!:\d)", 1, re.I, reach=(10, 8))
#: the two ends of a span of years ("2009-2013", "the 2012-13 season", "2008-9"): TimeML tags each end as its own year;
#: the scan check keeps only a rising, short span (not "2016-09" as a month, not a score)
_p("year", "#sep", rf"(?<![\w$£€#/:.,-]){YEAR}(?=-(?P<y2>(?:1[89]|20)\d\d|\d\d?)(?![\w/-]))", 1, reach=(2, 8))
_p("year", "#sep", r"(?<=(?<![\w$£€#/:.,-])(?P<y1>(?:1[89]|20)\d\d)-)(?:(?P<year>(?:1[89]|20)\d\d)|(?P<yy>\d\d?))(?![\w/-])", 1,
   reach=(0, 12))
_p("year", _NUM_WORD_KEYS, rf"(?i:(?<![\w-])(?:(?P<the>the\s+year\s+)|(?P<prep>in|by|since|until|till|of|before|after|from)\s+|(?P<mod>early|late|mid)[\s-]+)?(?P<syear>{SPELLED_YEAR}))(?![\w-])", 1, reach=(30, 50))
_p("decade", "#4", r"(?<![\w'])(?:(?i:the\s+)?(?P<mod>early|late|mid)[\s-]+)?(?P<dec>(?:1[0-9]|20)\d0)'?s\b", 3, reach=(20, 8), also=(("s", 0, 8),))
_p("decade", "#2", r"(?<![\w])(?i:the)\s+(?:(?P<mod>early|late|mid)[\s-]+)?'(?P<dec2>\d0)s\b", 3, reach=(25, 6))
#: "the 1960s and '70s", "the '80s to '90s": a second decade in the apostrophe form, after a first one
_p("decade", "#2", r"(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0s\sinto\s)|(?<=0s\sthrough\s)|(?<=0s-)|(?<=0s\s-\s))'(?P<dec2>\d0)s\b", 3, reach=(2, 6),
   also=(("s", 0, 6),))
_p("decade", "twenties thirties forties fifties sixties seventies eighties nineties",
   r"(?i:(?<![\w])the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])", 3, reach=(25, 12))
_p("century", "century", r"(?i:(?<![\w])(?:the\s+)?(?P<cent>1[0-9]|2[0-2])(?:st|nd|rd|th)[\s-]+century)(?![\w])", 3, reach=(25, 10))
_p("fiscal_year", "fiscal fy", rf"(?i:(?<![\w])(?:fiscal(?:\s+year)?\s+|FY\s?)){YEAR}", 4, reach=(2, 22))

# ------------------------------------------------------------------ quarters and halves
_QORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
_p("quarter", "quarter", rf"(?i:(?<![\w])(?:the\s+)?(?:fiscal[\s-]+)?{_QORD}[\s-]+(?:fiscal\s+)?quarter"
   rf"(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|last|next|the\s+current)\s+(?:fiscal\s+)?year))?)\b", 4, reach=(45, 45))
_p("quarter", "quarter", rf"(?i:(?<![\w])(?:the\s+)?(?:(?:(?:fiscal\s+)?{YEAR}(?:'s)?|(?P<rel>last|this|next)\s+year's|(?P<ya>year-(?:ago|earlier)))\s+)"
   rf"(?:fiscal\s+)?{_QORD}[\s-]+quarter)\b", 5, reach=(45, 6))
_p("quarter", "#1", rf"(?<![\w])Q(?P<q>[1-4])\s+{YEAR}", 4, reach=(2, 10), also=("q",))
_p("quarter", "#4", rf"(?<![\w]){YEAR}\s+Q(?P<q>[1-4])(?![\w])", 4, reach=(2, 10), also=("q",))
_p("quarter", "#1", r"(?<![\w-])Q(?P<q>[1-4])(?![\w-])", 3, reach=(2, 3), also=("q",))
_p("quarter", "quarter period", rf"(?<![\w])(?i:the\s+)?(?P<m1>{MON_FULL})\s*-\s*(?P<m2>{MON_FULL})(?:\s+{YEAR})?\s+(?i:quarter|period)(?![\w])", 4, reach=(45, 12))
_p("quarter_latest", "quarter period", r"(?i:(?<![\w])the\s+(?:latest|most\s+recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?(?:quarter|period))(?![\w-])", 4, reach=(45, 6))
_p("focus_quarter", "quarter period", r"(?i:(?<![\w-])(?:the|that|this)\s+(?:same\s+)?(?:fiscal\s+)?(?:quarter|period)(?![\w-]))(?!\s+(?:of|to|before|after)\b)"
   rf"(?=\s+(?:ended|ending)\s+(?P<qmon>{MON})\s+(?P<qday>\d{{1,2}})\b)?", 2, reach=(12, 8))
_p("half", "half", rf"(?i:(?<![\w])(?:the\s+)?(?P<ord>first|second|1st|2nd|last)[\s-]+half\s+of\s+(?:{YEAR}|(?P<rel>this|last|next|the)\s+year))(?![\w])", 4, reach=(25, 35))
_p("half", "half", r"(?i:(?<![\w])(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half)(?![\w])(?!\s+of\b)", 3, reach=(25, 6))
#: "1998's first half", "fiscal 2012's second half": the half of the year named before it
_p("half", "half", rf"(?i:(?<![\w])(?:fiscal\s+)?{YEAR}'s\s+(?P<ord>first|second|1st|2nd)[\s-]+half)(?![\w])", 4, reach=(25, 6))

# ------------------------------------------------------------------ weekdays, named days, seasons, holidays
#: "Tuesday last week", "on Monday next week": that weekday of the week named after it
_WEEK_AFTER = r"(?:\s+(?P<wk>(?i:last|next|this))\s+(?i:week)(?![\w]))?"
_p("weekday", _WD_KEYS, rf"(?<![\w])(?:(?P<the>(?i:the)\s+)?(?P<rel>(?i:last|this|next|past|coming|previous|following|this\s+past|this\s+coming))\s+)?"
   rf"(?P<wd>{WD_FULL})(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?(?![\w]){_WEEK_AFTER}{_CLOCK_POST}", 3, reach=(50, 40))
_p("weekday", _CLOCK_KEYS, rf"(?<![\w]){_CLOCK_PRE}(?:(?P<the>(?i:the)\s+)?(?P<rel>(?i:last|this|next|past|coming|previous|following|this\s+past|this\s+coming))\s+)?"
   rf"(?P<wd>{WD_FULL})(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w]){_CLOCK_POST}", 3, reach=(2, 110))
_p("day_word", "yesterday today tomorrow tonight night overnight morning afternoon evening",
   r"(?i:(?<![\w])(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:yesterday|today|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?"
   r"|tonight|last\s+night|overnight|(?:early|late|later|earlier)\s+this\s+(?P<part2>morning|afternoon|evening)|this\s+(?P<part3>morning|afternoon|evening)))(?![\w])", 3, reach=(35, 25))
#: "2:00 a.m. today", "10 p.m. yesterday": one TIME of that day (TimeML, as "10 p.m. Wednesday")
_p("day_word", _CLOCK_KEYS, rf"(?<![\w]){_CLOCK_PRE}(?P<w>(?i:yesterday|today|tomorrow))(?![\w])", 3, reach=(2, 60))
#: "today is the eighth day of the strike", "it's the second day of talks": the publication day (checked in scan)
_p("day_word", "first second third fourth fifth sixth seventh eighth ninth tenth",
   r"(?i:(?<![\w])(?P<w>the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:straight\s+|consecutive\s+)?day)"
   r"(?=\s+(?:of|in\s+a\s+row|running)\b))", 3, reach=(6, 40), also=(("day", 0, 40),))
_p("season", _SEASON_KEYS, r"(?i:(?<![\w])(?P<rel>last|this|next|this\s+past|early|late)\s+(?P<season>spring|summer|autumn|fall|winter))\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", 3, reach=(25, 12))
_p("season", _SEASON_KEYS, r"(?i:(?<![\w])(?:in|during|by|until|before|after|since|through|over|into|throughout)\s+(?P<the>the)\s+(?:(?P<mod>early|late)\s+)?"
   r"(?P<season>spring|summer|autumn|fall|winter))(?![\w])(?!\s+(?:of|months?|season|term|session|break|holidays?|games|olympics)\b)", 2, reach=(40, 12))
_p("season", _SEASON_KEYS, rf"(?i:(?<![\w])(?:the\s+)?(?:(?P<mod>early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?)(?:{YEAR}|(?P<syear>{SPELLED_YEAR}))(?![\w-])", 4, reach=(25, 55))
_p("holiday", "christmas new valentine halloween boxing independence bastille veterans armistice remembrance patrick "
   "thanksgiving black cyber memorial labor labour martin presidents president mother father easter good election super palm",
   r"(?<![\w])(?P<hol>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|Valentine's\s+Day|Halloween|"
   r"Boxing\s+Day|Independence\s+Day|Bastille\s+Day|Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day|(?:St\.?|Saint)\s+Patrick's\s+Day|"
   r"Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday|Memorial\s+Day|Labou?r\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|"
   rf"Presidents'?\s+Day|President's\s+Day|Mother's\s+Day|Father's\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Palm\s+Sunday|Election\s+Day|(?<![Mm]ini\s)(?<![Mm]ini-)(?<![Ss]econd\s)Super\s+Tuesday(?!\s*(?:2|II|III)\b))(?![\w])"
   r"(?!\s+(?:season|holidays|period|spirit|decorations?|trees?|markets?|lights|carols?|gifts|presents)\b)"
   rf"(?P<hweek>\s+[Ww]eek(?![\w-]))?(?:,?\s+{YEAR})?", 3, reach=(6, 45))
_p("named_event", "september sept sep", r"(?<![\w/-])(?P<ev>(?:September|Sept?\.?)\s+11)(?![\w/])(?=(?:\s+(?:terrorist|terror))?\s+(?:attacks?|hijackings|strikes|Commission|memorial|museum)\b)", 6, reach=(2, 70))
_p("named_event", "#sep", r"(?<![\w/-])(?P<ev>9/11)(?![\w/])", 5, reach=(2, 6))
_p("named_event", "september sept sep", r"(?i:attacks?\s+(?:of|on)\s+)(?P<ev>(?:September|Sept?\.?)\s+11)(?![\w/])(?!,?\s+(?:19|20)\d\d)", 6, reach=(20, 12))
_p("named_event", "d v e ve", r"(?<![\w-])(?P<ev>D-Day|V-?E\s+Day)(?![\w-])", 5, reach=(4, 8), also=(("day", 0, 8),))

# ------------------------------------------------------------------ units relative to the publication date or a mentioned date
_REL = r"(?P<rel>last|this|next|past|coming|previous|prior|current|following|this\s+past|this\s+coming)"
_p("rel_unit", "week weekend month year quarter decade century " + _SEASON_KEYS, rf"(?<![\w])(?P<the>(?i:the)\s+)?(?i:{_REL})\s+(?:(?i:fiscal|calendar)\s+)?"
   r"(?P<unit>week|month|year|weekend|quarter|decade|century|summer|winter|spring|autumn|fall|Summer|Winter|Spring|Autumn|Fall)(?![\w])", 3, reach=(40, 12),
   also=(("last this next past coming previous prior current following", 40, 0),))
_p("rel_unit", "week month year", r"(?i:(?<![\w])(?P<the>the\s+)(?P<unit>week|month|year)\s+(?P<dir>before|after))(?=\s*[,.;:)]|\s*$)", 3, reach=(12, 20), also=(("before after", 0, 20),))
#: "the week before last", "the year after next": two steps from the publication date's unit
_p("rel_unit", "last next", r"(?i:(?<![\w])(?P<the>the\s+)(?P<unit>week|weekend|month|year)\s+(?P<rel>before\s+last|after\s+next))(?![\w])", 4, reach=(30, 4),
   also=(("before after", 12, 0),))
_p("mod_rel_unit", "week month year decade", r"(?i:(?<![\w])(?P<mod>earlier|later|early|late)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year|decade)(?![\w]))", 4, reach=(30, 12), also=(("earlier later early late", 30, 0), ("this last next", 30, 0)))
_p("mod_rel_unit", "week month year", r"(?i:(?<![\w])(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)(?![\w]))", 4, reach=(30, 8), also=(("earlier later", 30, 0),))
_p("boundary_unit", "start beginning end middle turn close", r"(?i:(?<![\w])(?:the\s+)?(?P<mod>start|beginning|end|middle|turn|close)\s+of\s+"
   r"(?P<rel>the|this|last|next|the\s+current)\s+(?P<unit>year|month|week|decade|century)(?![\w]))", 4, reach=(10, 45))
_p("that_unit", "year month week", r"(?i:(?<![\w])(?:that|the\s+same)\s+(?P<unit>year|month|week))(?![\w-])(?!\s+(?:ago|earlier|later|before|after)\b)", 2, reach=(10, 8), also=(("that same", 10, 0),))
_p("the_year", "year", r"(?i:(?<![\w])the\s+(?:(?:full|whole|entire|calendar)\s+)?year)(?![\w'-])(?!\s+(?:ago|earlier|later|before|after|ended|ending|to|of(?!\s+[$£€])|two|nineteen|in\s+review)\b)(?!\s+\d)", 1, reach=(20, 8),
   also=(("the", 20, 0),))
_p("months_period", "months", r"(?i:(?<![\w-])(?:the\s+)?(?:(?:first|latest|past|last|recent)\s+)?(?:year-(?:ago|earlier)\s+)?(?P<n>three|six|nine|twelve|3|6|9|12)\s+months)"
   r"(?![\w-])(?!\s+(?:ago|earlier|later|before|after|from)\b)", 2, reach=(30, 12))
_p("year_end", "year", r"(?i:(?<![\w-])(?P<w>year[\s-]end|year's\s+end)(?![\w-]))", 3, reach=(8, 14), also=(("end", 0, 14),))
_p("weekend", "weekend", r"(?i:(?<![\w])the\s+weekend(?![\w]))", 2, reach=(10, 10))
_p("new_year", "new", r"(?<![\w])(?<!Lunar\s)(?<!Chinese\s)(?<!Jewish\s)(?<!Persian\s)(?<!Iranian\s)(?<!Islamic\s)(?i:the\s+)(?P<w>[Nn]ew\s+[Yy]ear)(?![\w'-])"
   r"(?!\s+(?:holidays?|celebrations?|resolutions?|party|parties|message|speech|honou?rs)\b)", 3, reach=(10, 12))
_p("ago", "ago now today", rf"(?i:(?<![\w])(?:(?P<qual>about|nearly|almost|roughly|some|more\s+than|less\s+than|over)\s+)?(?P<n>{NUMBER})(?:\s+or\s+so)?\s+"
   r"(?P<unit>days?|weeks?|months?|years?|decades?|quarters?)(?:\s+or\s+so)?\s+(?:ago(?:\s+(?P<agoref>today|this\s+week|this\s+month|yesterday))?"
   r"|(?P<fwd>from\s+(?:now|today)))(?![\w]))", 4, reach=(60, 20))
_p("offset", "earlier later before after", rf"(?i:(?<![\w])(?P<n>{NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:(?P<dir>earlier|later)(?![\w])"
   r"(?!\s+than\b)|(?P<dir2>before|after)(?=\s*[,.;:)]|\s*$)))", 3, reach=(50, 12))
_p("offset", "year", r"(?i:(?<![\w])(?:the\s+)?(?:(?:same|comparable|corresponding)\s+)?(?P<ya>year-(?:ago|earlier))(?:\s+(?P<yan>period|quarter|month|week|levels?|figures?|results))?)(?![\w-])", 3, reach=(35, 25), also=(("ago earlier", 0, 10),))
_p("offset", "period quarter month week", r"(?i:(?<![\w])the\s+(?:(?:same|comparable|corresponding)\s+)?(?P<yan>period|quarter|month|week)\s+"
   r"(?P<ya>(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)))(?![\w-])", 4, reach=(35, 50))
_p("offset", "year", r"(?i:(?<![\w])(?P<ya>last\s+year's)\s+(?:(?:same|comparable|corresponding)\s+)?(?P<yan>period|quarter))(?![\w-])", 4, reach=(12, 30), also=(("period quarter", 0, 30),))
_p("year_period", "#4", rf"(?i:(?<![\w])the\s+{YEAR}\s+(?:fiscal\s+)?(?P<yan>period|quarter))(?![\w-])", 4, reach=(6, 25), also=(("period quarter", 0, 25),))
_p("anaphoric_day", "day night morning evening afternoon", r"(?i:(?<![\w])(?:on\s+)?(?P<w>the\s+same\s+(?:day|night|morning|evening)(?!\s+as\b)|that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)"
   r"|(?:earlier|later)\s+in\s+the\s+day|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)(?=\s*[,.;:)]|\s*$)|a\s+day\s+(?:later|earlier)(?![\w])"
   r"(?!\s+(?:the|a|an|his|her|its|their|that|this|these|those|he|she|it|they|we|I)\b)|a\s+day\s+(?:before|after)(?=\s*[,.;:)]|\s*$)))(?![\w])", 3, reach=(35, 25))
_p("month_day_ord", "st nd rd th", r"(?i:(?<![\w])(?:on|by|until|till|from|since|before|after|through"
   r"|(?:morning|afternoon|evening|night)\s+of)\s+(?P<the>the)\s+)(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
   r"(?:\s+of\s+(?:(?P<rel>this|last|next)\s+month|the\s+(?:same\s+)?month))?(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|when|at|to|in)\b)", 3, reach=(30, 45))

# ------------------------------------------------------------------ references without a calendar value
_p("vague_recent", "days weeks months years ahead come", r"(?i:(?<![\w])(?:in\s+)?the\s+(?P<unit>days|weeks|months|years)\s+(?P<ahead>ahead|to\s+come)(?![\w]))", 3, reach=(40, 20))
_p("vague_recent", "hours days weeks months quarters years decades", r"(?i:(?<![\w])(?:in\s+)?(?:recent|the\s+(?:past|last|coming|next)(?:\s+(?:few|several|couple\s+of))?"
   r"|the\s+(?:few|several)\s+(?:past|last)|past|coming|future)\s+(?P<unit>hours|days|weeks|months|quarters|years|decades)(?![\w]))"
   r"(?!\s+of\b)", 3, reach=(45, 12))  # not "the last days of 2012", "the final years of his rule"
#: What makes "in the past ..." a duration ("in the past two weeks", "in the past few years") rather than PAST_REF.
_COUNTED = (r"\d[\d,.]*|few|several|couple|many|dozen|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"\w+teen|twenty|thirty|forty|fifty|sixty|hundred|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|"
            r"quarters?|generations?|tense|perfect|\w+-\w+")
#: "current" as an adjective of a state now ("current market conditions", "his current position"): PRESENT_REF in TimeML;
#: not before a unit ("the current year" is that year), nor as a noun or in set phrases ("current account").
_CURRENT = (r"(?:(?P<then>then)[\s-]+)?current(?=\s+[A-Za-z$])(?!\s+(?:fiscal|calendar|year|quarter|month|week|weekend|decade|century|"
            r"period|season|account|accounts|affairs|events|of|in|on|at|and|or|to|from|with|was|is|are|were|has|had|as|through)\b)")
#: "at this crucial moment", "in this moment of alert": the present (PRESENT_REF), not "the moment", "a moment"
_THIS_MOMENT = r"this\s+(?:(?:crucial|critical|particular|very|difficult|delicate|decisive|historic|pivotal|sensitive)\s+)?moment(?![\w-])"
# Reference words and vague relative expressions: what is kept, by the evidence of all the development data (the 256
# TempEval-3 TimeBank/AQUAINT documents and the attack development samples dev34, dev34b, dev35), counted on main of
# 2026-12-03: times the gold annotates the words as a DATE where we predicted one / times we predicted one it leaves out.
#   now, right now             60 / 22   kept (adverb of time; "now-defunct", "Now," opening a sentence were left out before)
#   recently (more, until ..)  13 / 7    kept
#   currently                  10 / 6    kept
#   current (adjective)        10 / 7    kept ("the current year" is that year: a unit, not this word)
#   (in) the future            6 / 3     kept; the near future, the near/short term 3 / 1 kept
#   in the past                4 / 1     kept ("the past two months" is a duration)
#   recent years               3 / 2     kept (one more annotated PXY)
#   soon                       4 / 5     kept, but not told of a past time (0 / 2: "soon became", "was too soon to"):
#                                        soon after a past event, or a judgement (mentions._soon_in_past)
#   recent days                1 / 3     a duration PXD, as "recent weeks", "recent months" (anchoring._vague_recent)
#   at this time               1 / 3     left out
#   the same day as <event>    0 / 1     left out: the event names the day, not the date told before (anaphoric_day)
#   that day with no day told  0 / 2     left out of date_mentions (mentions._listed; date_records keeps it)
#   presently, today's <noun>  0 / 1     kept: one case each is no evidence
# On undated attack pages the layer annotates none of them (0 / 4): that is the benchmark's protocol to decide.
#: "most recently last October", "recently, in March": the adverb only leads to the date named next, which is the value
_DATED = (r",?\s+(?:(?:last|this|in|on|during|since)\s+)?(?:" + "|".join(w for w in _MONTH_KEYS.split()[:12] + _WD_KEYS.split()[:7] if w != "may")
          + r"|(?-i:May)|(?:19|20)\d\d)\b")  # "recently may have", the verb, is no month
_p("vague_word", "term previous now currently current presently present nowadays soon recently lately late recent past future these moment",
   rf"(?i:(?<![\w])(?P<w>(?:right\s+)?now(?![\w'-])|currently|{_CURRENT}|presently|at\s+present|nowadays|{_THIS_MOMENT}|soon(?!\s+after\b)(?!\s+as\b)(?!\s+\w+ed\b)|"
   rf"the\s+(?:very\s+)?(?:near|short)\s+term(?![\w-])|(?:in\s+)?previous\s+years|(?:more\s+|most\s+|only\s+|until\s+)?recently(?!\s+as\b)(?!{_DATED})|lately|of\s+late|in\s+recent\s+times|(?:in\s+)?the\s+recent\s+(?:period|past)|in\s+the\s+near\s+future|these\s+days|"
   rf"in\s+the\s+(?:past|future)(?!\s+(?:{_COUNTED})\b)(?!-)|the\s+(?:near\s+|distant\s+)?future(?!\s+(?:tense|perfect|of)\b)))(?![\w])", 3, reach=(25, 25))
#: "at a later date", "will one day", "may someday": an unnamed time to come (FUTURE_REF)
_p("vague_word", "date", r"(?i:(?<![\w])(?<=\bat\s)(?P<w>a\s+(?:later|future)\s+date)(?![\w])(?!\s+than\b))", 3, reach=(10, 5), also=(("later future", 8, 0),))
_p("vague_word", "day someday", r"(?i:\b(?:will|could|may|might|would|can|shall)\s+(?P<w>one\s+day|some\s*day)(?![\w'-]))", 3, reach=(12, 8),
   also=(("will could may might would can shall", 12, 0),))

#: Every key word of every pattern (the scanner's token filter).
KEY_WORDS: frozenset[str] = frozenset(k for p in PATTERNS for k in p.keys.union(*(words for words, _, _ in p.also)))
