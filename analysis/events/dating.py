"""Which date a mention gets (column ``date_source``), from the article's time expressions.

1. ``sentence``: a date expression inside the mention's own clauses (else anywhere in its sentence);
   in an article without a publication date, a date without its year keeps the TimeML form
   ``XXXX-MM-DD`` until ``merge_incidents`` infers the window.
   Among several, a date attached to the event words ("the January 8 attack", "attack on 8 January")
   comes first, a date tied to a speech verb ("said on Friday", "On Friday, officials said") last
   (``statement``: the day something was said, an upper bound for the event; only when the date comes
   first, "On Friday, the Pentagon said": in "hit the base on Friday, officials said" it is the event's);
   then the most precise. The day of an event told as "followed by" others is not theirs. A page's date stamp
   ("date 2023-09-18", "Published May 3, 2022", a date before "Updated" or a clock time) ranks after everything
   (``dateline``: the page's day, an upper bound); a day told right after a speech verb and its speaker ("said army
   spokesman X on Friday") is a statement's; a date clarified by another in brackets ("tonight (Monday)") yields to
   it; a month chosen yields to a day of the sentence inside it ("the January 2012 bombing - On 6 January 2012").
   "Tonight", "today" told after a dated speech verb ("said Thursday that ... strikes tonight") count from that day.
   The day a victim died of wounds ranks after the attack's own day; a date of a background
   event ("after the occupation in March 2018") is not the event's; a later clause that only goes on with the toll
   ("and wounded 180 Monday") is the same event's (:func:`later_events`).
2. ``nearby sentence``: else a day in a sentence next to it (up to two away, no mention of its own) that
   refers back to the event ("The latest attack took place on Wednesday", "Thursday's strikes were ...").
3. ``same place``: else the date of the previous mention of the same place in the article (a mention of a
   whole country or province only when it gives a day).
4. ``context``: else the date of the previous dated mention in the same paragraph or at most three
   sentences earlier (news prose keeps the time of the story it is telling).
5. ``dateline``: else the day of a short first paragraph that is a dateline or an entry header, else the
   page's date stamp near the top ("date 2024-02-07", "Published May 3, 2022").
6. ``article window``: else the 30 days before publication (precision ``vague``), or ``unknown``
   when the publication date is unknown.

A separate, explicit step for coded lists (:func:`date_by_listing_day`): an incident that rule 1-5 left undated
takes the day its entry is listed under (``listing day``), as a coder dates such an entry; it is no anchor for
relative phrases, which keep counting from the text's own dates.

Dates in photo captions are never used (:func:`analysis.events.clauses.is_caption`). Rules 2-6 are
applied by :mod:`analysis.events.mentions`, which knows the article's earlier mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["best_date", "is_stamp", "later_events", "DateIndex", "window_date", "date_by_listing_day", "EMPTY_DATE", "DATE_FIELDS"]

DATE_FIELDS = ["date", "date_precision", "earliest", "latest", "date_text", "date_rule", "date_source"]
EMPTY_DATE = dict.fromkeys(DATE_FIELDS, "")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|described|warned|confirmed|reported|speaking|spoke|"
                            r"statement|tweeted|posted|wrote|revealed|disclosed)\b[^.;,]{0,25}$", re.I)
#: a source that put out a footage, a report or an order on a day, the verb right before the day and the thing after it
#: ("The ministry published on Thursday a footage showing missiles hit X on December 30"): that day is the statement's
_PUT_OUT_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)\b(?:published|issued|aired|"
                             r"broadcast|released)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
_PUT_OUT_AFTER = re.compile(r"\s*,?\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:footage|video|report|statement|"
                            r"recording|clip|images?|photos?|pictures?|communiqu[eé]|order|warning|notice|decree|list|names|identities|"
                            r"details|figures|toll)\b", re.I)
_SPEECH_AFTER = re.compile(r"^[^.;]{0,6}?(?:,\s*)?(?:(?:the|a|an|its|their|US|U\.S\.|Iraqi)\s+)?(?:[\w.'’()-]+\s+){0,3}?"
                           r"(?:said|says|told|announced|stated|confirmed|reported|added|warned|posted|tweeted|revealed|"
                           r"disclosed)\b", re.I)
#: a speech verb, then who spoke, right before a date ("said Pentagon spokesman John Doe on Friday"): capitals read as
#: written, so that "said rockets hit the base on Friday" (the event's day) is not one
_SPEECH_SPEAKER = re.compile(r"\b(?:said|says|told|announced|stated|added|confirmed|warned|wrote|tweeted)\s+"
                             r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’-]*|spokes(?:man|woman|person)|officials?|minister|"
                             r"secretary|press|deputy|chief|general|commander|director|ministry|agency|monitor|army|military|police)\s+){1,7}"
                             r"(?:(?:late|early)\s+)?(?:on\s+)?$")
#: an event that "was reported" at a time happened then ("The attack was reported early on Sunday")
_EVENT_REPORTED = re.compile(r"\b(?:attacks?|strikes?|blasts?|explosions?|bombings?|shelling|incident|fire|it)\s+"
                             r"(?:was|were)\s+(?:first\s+)?reported\s+(?:early\s+|late\s+)?(?:on\s+|at\s+|in\s+)?$", re.I)
_FRONTED = re.compile(r"(?:^|[.!?:;\n]\s*|\A|\)\s*(?:--|[-–—])\s)[\s\W]*(?:[\w.'’-]+\s+){0,3}$")  # or after a dateline's
# dash ("March 1 (UPI) -- The Pentagon on Monday said ...")
_EVENT_WORD = r"(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|shelling|assault|raid|incident)"
_ATTACHED_BEFORE = re.compile(_EVENT_WORD + r"\s+(?:on|of)\s+(?:the\s+)?$", re.I)
_ATTACHED_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:[\w-]+\s+){0,2}?" + _EVENT_WORD + r"\b", re.I)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "unknown": 5}


def _is_statement(text: str, start: int, end: int) -> bool:
    """A date tied to a speech verb ("said on Wednesday", "On Friday, the Pentagon said").

    >>> t = "On Friday, the Pentagon said the January 8 attack injured 34."; _is_statement(t, 3, 9)
    True
    >>> t = "A drone hit the base early Friday, a U.S. official said."; _is_statement(t, 27, 33)
    False
    >>> t = "The attack was reported early on Sunday at the base."; _is_statement(t, 33, 39)
    False
    >>> t = "On May 4, Central Command (CENTCOM) posted that jets struck depots on May 3."; _is_statement(t, 3, 8)
    True
    >>> t = "Ten were hurt in the blast last week, said army spokesman Jane Roe on Friday."
    >>> _is_statement(t, t.index("Friday"), t.index("Friday") + 6)
    True
    >>> t = "Speaking to reporters on Friday, officials said a drone hit the base."; _is_statement(t, 24, 30)
    True
    >>> t = "Officials said US jets struck the depots in Iraq on Friday."
    >>> _is_statement(t, t.index("Friday"), t.index("Friday") + 6)
    False
    >>> t = "The group on Tuesday claimed an attack on a post late on Sunday."; _is_statement(t, 13, 20)
    True
    >>> t = "A strike which hit a car on Friday claimed the lives of three."; _is_statement(t, 28, 34)
    False
    >>> _is_statement("November 1. Lebanese media reported a strike near Homs.", 0, 10)
    False
    >>> t = "March 1 (UPI) -- The Pentagon on Monday said a strike last week killed one."; _is_statement(t, 33, 39)
    True
    >>> t = "The ministry published on Thursday a footage showing missiles hit X."; _is_statement(t, 26, 34)
    True
    >>> t = "Missiles hit the broadcast tower on Tuesday."; _is_statement(t, t.index("Tue"), t.index("Tue") + 7)
    False
    """
    if _SPEECH_SPEAKER.search(text[max(0, start - 80):start]) or _CLAIMED_AFTER.match(text, end):
        return True  # "said Pentagon spokesman John Doe on Friday"; "The group on Tuesday claimed the attack"
    if _PUT_OUT_BEFORE.search(text[max(0, start - 30):start]) and _PUT_OUT_AFTER.match(text, end):
        return True  # "published on Thursday a footage showing ...": the day it was put out
    sb = _SPEECH_BEFORE.search(text[max(0, start - 40):start])
    if sb and not re.search(r"\bthat\b", sb.group()) and not _EVENT_REPORTED.search(text[max(0, start - 60):start]):
        return True
    fronted = bool(_FRONTED.search(text[max(0, start - 40):start])) and text[end:end + 1] not in ".:"  # "On Friday,
    # the Pentagon said", not "... hit the base on Friday, officials said" nor an entry's heading day ("November 1.
    # Lebanese media reported ...")
    return fronted and bool(_SPEECH_AFTER.match(text[end:end + 50])) and \
        not re.match(r"^\s*,?\s*\d", text[end:end + 5])  # the base on Friday, officials said" (the event's day)


#: a claim right after a date: the day of the claim, not of the attack it claims ("on Tuesday claimed responsibility")
_CLAIMED_AFTER = re.compile(r"\s*,?\s*(?:claimed(?!\s+(?:the\s+|\d[\d,]*\s+|[a-z]+\s+)?lives?\b)|took\s+(?:full\s+)?"
                            r"(?:responsibility|credit))\b", re.I)  # (not "on Friday claimed the lives of three": a toll)


#: a page's date stamp: after "Published", "Updated" or a bare "date" label, or before "Updated" or a clock time
_STAMP_BEFORE = re.compile(r"\b(?:Published|Updated|Posted|Last\s+(?:updated|modified)|UPDATED|PUBLISHED)\s*(?:on|at)?\s*:?\s*$")
_STAMP_LABEL = re.compile(r"[\s|•-]*date\s*:?\s*", re.I)
_STAMP_AFTER = re.compile(r"\s*(?:\|\s*)?(?:[-–|]\s*)?(?:updated\b|published\b|\d{1,2}:\d\d\b)", re.I)


def is_stamp(text: str, start: int, end: int) -> bool:
    """A full date printed as page furniture (the page's own date, not an event's): a line opening with a bare "date"
    label, or a date next to "Published", "Updated" or a clock time.

    >>> t = " date 2023-09-18 A drone strike on Sunday killed four."; is_stamp(t, 6, 16), is_stamp(t, t.index("Sun"), 38)
    (True, False)
    >>> t = "May 3, 2022 Updated: May 3, 2022"; is_stamp(t, 0, 11), is_stamp("Rockets hit the base on May 3, 2022.", 24, 35)
    (True, False)
    >>> is_stamp("Published May 3, 2022 - A drone hit", 10, 21), is_stamp("The army posted on May 3, 2022 that", 19, 30)
    (True, False)
    """
    if not _FOUR_DIGITS.search(text[start:end]):
        return False  # a stamp gives the year
    lo = max(0, start - 40)
    nl = text.rfind("\n", lo, start)
    if (nl >= 0 or lo == 0) and _STAMP_LABEL.fullmatch(text, nl + 1, start):
        return True
    return bool(_STAMP_BEFORE.search(text[lo:start]) or _STAMP_AFTER.match(text, end))


def _attached(text: str, start: int, end: int) -> bool:
    """A date that qualifies the event words ("the January 8 attack", "the attack on 8 January").

    >>> t = "the January 8 attack injured 34"; _attached(t, 4, 13)
    True
    """
    return bool(_ATTACHED_BEFORE.search(text[max(0, start - 25):start]) or _ATTACHED_AFTER.match(text[end:end + 30]))


_SINCE_BEFORE = re.compile(r"\b(?:since|ever since)\s+(?:the\s+)?$", re.I)
_SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+(?:in\s+)?$", re.I)


#: the day of an event told as followed or preceded by others ("Friday's assault was followed by drone attacks on X"):
#: that event's day, not the day of the attacks the clause tells
_FOLLOWED_BY = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?" + _EVENT_WORD + r"\s+(?:was|were|had\s+been)\s+"
                          r"(?:quickly\s+|soon\s+|later\s+)?(?:followed|preceded)\s+by\b", re.I)


_LAST_YEARS = re.compile(r"last\s+year['’]s\s", re.I)


def _range_start(text: str, start: int, end: int | None = None) -> bool:
    """A date that opens a span of time ("74 attacks since October 17"): the start of a count, not an event's day; not
    a date that names the day of the event told right after it ("since the May 3 bombing"): that event's own day.

    >>> _range_start("74 attacks since October 17", 17), _range_start("a rocket on October 17", 12)
    (True, False)
    >>> t = "raids went on since the May 3 bombing of the depot"; _range_start(t, 24, 29)
    False
    >>> t = "the first deaths since last year's May 3 bombing"; _range_start(t, 23, 40)
    False
    >>> t = "it counted 14 raids so far this year"; _range_start(t, t.index("this"), len(t))  # a tally's span
    True
    """
    if end is not None and (text[max(0, start - 10):start].lower().endswith("the ") or
                            _LAST_YEARS.match(text, start)) and _ATTACHED_AFTER.match(text[end:end + 30]):
        return False  # "since the May 3 bombing", "since last year's May 3 bombing": that event's own day
    return bool(_SINCE_BEFORE.search(text[max(0, start - 20):start])) or \
        text[start:start + 6].lower() == "since " or bool(_SO_FAR_BEFORE.search(text[max(0, start - 12):start]))


#: a clause that goes on with the toll of the event before it ("... killed 80 and wounded 180 Monday", ", wounding two");
#: not a passive "and killed by police" (a victim of another act)
_TOLL_GOES_ON = re.compile(r"[\s,;]*(?:and\s+)?(?:also\s+)?(?:killing|wounding|injuring|killed|wounded|injured)\s+"
                           r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|another\s+|"
                           r"up\s+to\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                           r"twenty|thirty|forty|fifty|dozens|scores|several|many|hundreds)\b", re.I)


def later_events(text: str, end: int, groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause groups of a sentence after ``end`` that tell another event: their dates are not the event's. A group
    that only goes on with the toll ("and wounded 12 on Monday") is the same event's predicate, so its day is kept.

    >>> t = "A car bomb killed 8 and wounded 12 Monday. Gunmen shot a guard on Friday."
    >>> later_events(t, 19, [(0, 19), (19, 41)]), later_events(t, 41, [(42, 73)])
    ([], [(42, 73)])
    >>> t = "One of 90 people shot and killed by police this year"; later_events(t, 22, [(22, 52)])
    [(22, 52)]
    """
    return [(a, b) for a, b in groups if a >= end and not _TOLL_GOES_ON.match(text, a, b)]


#: a noun of a background event a date may qualify ("after the occupation in March 2018", "the 2003 invasion")
_BACKGROUND_BEFORE = re.compile(r"\b(?:occupation|invasion|liberation|withdrawal|takeover|capture|uprising|revolution|"
                                r"war|ceasefire|truce|agreement|deal|elections?|referendum|independence|coup|putsch|"
                                r"annexation|pandemic|earthquake)\s+"
                                r"(?:(?:began|started|ended)\s+)?(?:on|in|of|since)\s+(?:the\s+)?$", re.I)


#: the event an anniversary marks ("the fourth anniversary of the death of X in 2020"): its date is that event's (not
#: when an attack is named after it, "... of his death in a US air strike two years ago": that strike's own date)
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\b(?![^.;:]*\b(?:(?:air)?strikes?|attacks?|bombings?|raids?|shelling)\b)"
                             r"[^.;:]{0,100}$", re.I)
#: a 'when' clause right after a date: the date is that clause's event's ("the brink of war on May 2, when a drone hit")
_WHEN_AFTER = re.compile(r"[\s,]*when\b", re.I)


def _background(text: str, start: int, end: int) -> bool:
    """A date that qualifies a background event rather than the incident ("refugees who fled after the occupation in
    March 2018"); not when a 'when' clause after the date tells what happened that day. A condition's deadline
    (``_deadline``) is not the incident's day either.

    >>> t = "shells hit a town that took in people who fled after the occupation in March 2018"
    >>> _background(t, t.index("March"), len(t)), _background("shells hit a town in March 2018", 21, 31)
    (True, False)
    >>> t = "a blast near the shrine during a ceremony marking the anniversary of the death of General X in 2020"
    >>> _background(t, t.index("2020"), len(t))
    True
    >>> t = "an air strike killed ten as fighting goes on since a military coup in 2021"
    >>> _background(t, t.index("2021"), len(t))
    True
    >>> t = "it came close to war on May 2, 2020, when a drone hit the base"
    >>> _background(t, t.index("May"), t.index(", when"))
    False
    >>> t = "Jets fired from the Golan Heights, which Israel seized in 1967"
    >>> _background(t, t.index("1967"), len(t))
    True
    >>> t = "The raid hit an area that stays restive years after the army declared victory over the group in 2017"
    >>> _background(t, t.index("2017"), len(t))
    True
    >>> t = "The assault on the town was the bloodiest since the president was re-elected in May"
    >>> _background(t, t.index("May"), len(t))
    True
    >>> t = "It was the deadliest attack since 2019 and happened on April 3 in the town"
    >>> _background(t, t.index("April"), len(t))
    False
    """
    return bool(_BACKGROUND_BEFORE.search(text[max(0, start - 40):start]) or
                _ANNIVERSARY_OF.search(text[max(0, start - 110):start]) or
                _YEARS_AFTER.search(text[max(0, start - 120):start]) or
                _RANKED_SINCE.search(text[max(0, start - 120):start]) or
                _TAKEN_IN.search(text[max(0, start - 80):start])) and not _WHEN_AFTER.match(text, end) or \
        _deadline(text, start)


#: a place's history in a relative clause ("the Golan Heights, which Israel seized in 1967"): that act's date
_TAKEN_IN = re.compile(r"\b(?:which|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:seized|captured|annexed|occupied|conquered|overran|"
                       r"liberated|took\s+(?:over|control\s+of))\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:the\s+)?$", re.I)


#: the event a ranking counts from ("the bloodiest since Uribe was re-elected in May", "the deadliest attack since the
#: truce of March"): a date in that clause is the earlier event's
_RANKED_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?since\s+"
                           r"(?:(?!\b(?:and|hit|hits|struck|happened|occurred|took\s+place|came|exploded|targeted|killed|"
                           r"left|carried)\b)[^.;:,]){0,100}$", re.I)  # (inside that clause: not the event's own "... since
# 2019 and happened on April 3", nor after a comma)


#: an event years before the one told ("... remains a hotbed years after Iraq declared victory over the group in
#: 2017"): a date in the clause after it is that earlier event's
_YEARS_AFTER = re.compile(r"\b(?:years|decades|months)\s+(?:after|since)\s+[^.;:]{0,100}$", re.I)


#: a condition's deadline ("vowed to shell the port if the fleet stays beyond March 3", "unless they leave by Friday"):
#: the day the condition names, not the day of what the sentence tells
_DEADLINE_BEFORE = re.compile(r"\b(?:if|unless)\s+[^.;]{0,50}?\b(?:after|by|beyond|past|before|until)\s+(?:the\s+)?$", re.I)


def _deadline(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the deadline of a condition (``_DEADLINE_BEFORE``).

    >>> t = "The rebels vowed to shell the port if the fleet stays beyond March 3."
    >>> _deadline(t, t.index("March")), _deadline("Rockets hit the base after midnight on May 2", 35)
    (True, False)
    """
    return bool(_DEADLINE_BEFORE.search(text[max(0, start - 70):start]))


#: the day a victim died of wounds, later than the attack that caused them ("died on Friday of his wounds")
_DIED_BEFORE = re.compile(r"\b(?:died|succumbed|passed\s+away)\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+)?$", re.I)
_OF_WOUNDS = re.compile(r"\b(?:died|succumbed|passed\s+away)\b[^.;]{0,40}?\b(?:wounds|injuries)\b", re.I)


def _death_day(text: str, start: int, lo: int) -> bool:
    """A date tied to a victim's later death from wounds ("died on Wednesday of wounds he suffered ... on Monday").

    >>> t = "A guard died on Wednesday of wounds he suffered when a bomb hit his post on Monday."
    >>> _death_day(t, t.index("Wednesday"), 0), _death_day(t, t.index("Monday"), 0)
    (True, False)
    """
    return bool(_DIED_BEFORE.search(text[max(lo, start - 40):start]) and _OF_WOUNDS.search(text[lo:start + 80]))


class DateIndex(list):
    """Time expressions sorted by start (stable), with their starts for bisection: ``best_date`` then reads only
    the expressions of its span, not all of the article's (linear time on a long one-paragraph article).

    >>> ix = DateIndex([{"start": 9}, {"start": 2}, {"start": 5}]); [d["start"] for d in ix.between(3, 9)]
    [5, 9]
    """

    def __init__(self, dm: list[dict] = ()) -> None:
        super().__init__(sorted(dm, key=lambda d: d["start"]))
        self.starts = [d["start"] for d in self]

    def between(self, lo: int, hi: int) -> list[dict]:
        """The expressions starting in [lo, hi] (the end is inclusive: an empty one at ``hi`` may still fit)."""
        return self[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]


def _span_dates(dm: list[dict], lo: int, hi: int) -> list[dict]:
    """The time expressions of ``dm`` that may lie in [lo, hi): by bisection for a :class:`DateIndex`, else all.

    >>> _span_dates([{"start": 1}, {"start": 7}], 2, 5)
    [{'start': 1}, {'start': 7}]
    """
    return dm.between(lo, hi) if isinstance(dm, DateIndex) else dm


def _refined(rank: tuple, r: dict, rows: list[tuple[tuple, dict]]) -> tuple[tuple, dict]:
    """The chosen date, or a day of the same sentence inside it that is no statement's or stamp's ("the January 2012
    bombing - On 6 January 2012, a bomb exploded": the day, which the month only names coarsely).

    >>> m = {"value": "2012-01", "precision": "month"}; d = {"value": "2012-01-06", "precision": "day", "start": 9}
    >>> _refined((False, 0, False, 2), m, [((False, 0, False, 2), m), ((True, 0, False, 0), d)])[1]["value"]
    '2012-01-06'
    >>> _refined((False, 0, False, 2), m, [((True, 0, False, 0), {**d, "value": "2012-02-06"})])[1]["value"]
    '2012-01'
    """
    value = str(r.get("value") or "")
    if r["precision"] != "month" or not re.fullmatch(r"\d{4}-\d\d", value):
        return rank, r
    inside = [(k, x) for k, x in rows if x["precision"] == "day" and k[1] == 0 and str(x.get("value") or "")[:7] == value]
    return min(inside, key=lambda x: x[1]["start"]) if inside else (rank, r)


def _speech_deixis(r: dict, rows: list[tuple[tuple, dict]]) -> dict:
    """A word counting from the moment of speaking ("tonight", "today", "yesterday") told after a dated speech verb
    ("Austin said Thursday that he had ordered strikes tonight") counts from that day, not from the publication day.

    >>> said = {"start": 10, "value": "2023-03-23", "precision": "day"}
    >>> tonight = {"start": 40, "value": "2023-03-24", "anchor": "2023-03-24", "precision": "day", "rule": "day_word",
    ...            "earliest": "2023-03-24", "latest": "2023-03-24"}
    >>> _speech_deixis(tonight, [((True, 2, False, 0), said), ((True, 0, False, 0), tonight)])["value"]
    '2023-03-23'
    >>> _speech_deixis(tonight, [((True, 0, False, 0), tonight)])["value"]
    '2023-03-24'
    """
    said = [x for k, x in rows if k[1] == 2 and x["start"] < r["start"] and x["precision"] == "day" and
            _ISO_DAY.fullmatch(str(x.get("value") or ""))]
    value, anchor = str(r.get("value") or ""), str(r.get("anchor") or "")
    if r.get("rule") != "day_word" or not said or not _ISO_DAY.fullmatch(value) or not _ISO_DAY.fullmatch(anchor):
        return r
    day = (date.fromisoformat(said[-1]["value"]) + (date.fromisoformat(value) - date.fromisoformat(anchor))).isoformat()
    return {**r, "value": day, "earliest": day, "latest": day, "rule": r["rule"] + "+speech-day"}


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PAREN_OPEN = re.compile(r"\s*\(\s*")


def _clarified(text: str, end: int, starts: set[int]) -> bool:
    """Whether a date is followed by another in brackets that clarifies it ("tonight (Monday)"): the bracketed one,
    which the writer gives as the day meant, comes first.

    >>> t = "fire landed on the base tonight (Monday)."; _clarified(t, t.index(" ("), {t.index("Mon")})
    True
    """
    m = _PAREN_OPEN.match(text, end)
    return bool(m) and m.end() in starts


_MONTH_DAY_TIMEX = re.compile(r"XXXX-\d\d(?:-\d\d)?")
_FOUR_DIGITS = re.compile(r"\d{4}")


def best_date(dm: list[dict], text: str, lo: int, hi: int, excluded: list[tuple[int, int]] = ()) -> dict | None:
    """The event date among time expressions inside [lo, hi) of ``text`` (see the module docstring), or None.

    >>> dm = [{"start": 3, "end": 9, "text": "Friday", "value": "2020-01-24", "precision": "day", "rule": "weekday",
    ...        "earliest": "2020-01-24", "latest": "2020-01-24"},
    ...       {"start": 31, "end": 40, "text": "January 8", "value": "2020-01-08", "precision": "day", "rule": "date",
    ...        "earliest": "2020-01-08", "latest": "2020-01-08"}]
    >>> best_date(dm, "On Friday, the Pentagon said the January 8 attack injured 34.", 0, 60)["date"]
    '2020-01-08'
    """
    rows = []
    span = _span_dates(dm, lo, hi)  # a DateIndex: only this span's expressions (in start order, ties as given)
    starts = {r["start"] for r in span}
    for r in span:
        if r["start"] < lo or r["end"] > hi or r["precision"] == "vague" or \
                any(a <= r["start"] < b for a, b in excluded):
            continue
        if r["precision"] == "unknown" and not r.get("text") or _range_start(text, r["start"], r["end"]) or \
                _background(text, r["start"], r["end"]) or _FOLLOWED_BY.match(text, r["end"]):
            continue
        # after the event's own days: the day a victim died of wounds (1), the day it was told (2), the page's stamp (3)
        later = 3 if is_stamp(text, r["start"], r["end"]) else 2 if _is_statement(text, r["start"], r["end"]) else \
            int(_death_day(text, r["start"], lo))
        rank = (not _attached(text, r["start"], r["end"]), later, _clarified(text, r["end"], starts),
                _PRECISION_RANK.get(r["precision"], 6))
        rows.append((rank, r))
    if not rows:
        return None
    rank, r = min(rows, key=lambda x: (x[0], not _MONTH_DAY_TIMEX.fullmatch(str(x[1].get("timex") or "")),
                                       -len(str(x[1].get("timex") or x[1]["value"] or "")), x[1]["start"]))
    rank, r = _refined(rank, r, rows)
    r = _speech_deixis(r, rows)
    # "on Tuesday night (August 25)" in an undated text: the month and day, not the weekday
    timex = str(r.get("timex") or "")
    value = r["value"] or (timex if _MONTH_DAY_TIMEX.fullmatch(timex) else "")
    back = 0 if _FOUR_DIGITS.search(str(r["text"])) else _anniversary_years(text[lo:r["start"]])
    return {"date": _years_back(value, back), "date_precision": r["precision"],
            "earliest": _years_back(r["earliest"] or "", back), "latest": _years_back(r["latest"] or "", back),
            "date_text": r["text"], "date_rule": r["rule"] + (f"+anniversary-{back}y" if back else ""),
            "date_source": {2: "statement", 3: "dateline"}.get(rank[1], "sentence")}


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "twentieth": 20}
_ANNIVERSARY = re.compile(r"\b(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+anniversary\b", re.I)


def _anniversary_years(before: str) -> int:
    """Years between an anniversary and the event it marks, for a date without its year after "the Nth anniversary"
    ("the second anniversary on Monday of the killing", "the first anniversary of the killing ... on January 3"),
    else 0.

    >>> _anniversary_years("marking the second anniversary on "), _anniversary_years("a rocket hit the base on ")
    (2, 0)
    >>> _anniversary_years("ahead of the first anniversary of the killing of X outside the airport on ")
    1
    """
    m = _ANNIVERSARY.search(before)
    if not m:
        return 0
    n = m.group("n").lower()
    return _ORDINALS.get(n) or int(re.match(r"\d+", n).group())


def _years_back(iso: str, n: int) -> str:
    """An ISO date (day, month or year) ``n`` years earlier; unchanged when ``n`` is 0 or the year is unknown.

    >>> _years_back("2021-01-03", 1), _years_back("XXXX-01-03", 1)
    ('2020-01-03', 'XXXX-01-03')
    """
    if not n or not re.match(r"\d{4}", iso):
        return iso
    year = int(iso[:4]) - n
    return f"{year:04d}{iso[4:]}" if iso[4:] != "-02-29" else f"{year:04d}-02-28"


def window_date(published: str) -> dict:
    """Fallback date of an undated mention: the 30 days before publication, or unknown.

    >>> window_date("2021-07-07")["earliest"], window_date("")["date_precision"]
    ('2021-06-07', 'unknown')
    """
    if not published:
        return {**EMPTY_DATE, "date_precision": "unknown", "date_source": "unknown"}
    p = date.fromisoformat(published[:10])
    return {**EMPTY_DATE, "date": published[:7], "date_precision": "vague", "earliest": (p - timedelta(days=30)).isoformat(),
            "latest": p.isoformat(), "date_source": "article window"}


#: sources that are no expression of the text: the article's window, or nothing at all
_NO_TEXT_SOURCES = {"article window", "unknown", ""}
_LISTED_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def dated_by_text(r: Mapping) -> bool:
    """Whether a mention's or an incident's date came from an expression of its text (its ``date_source``, or every
    source named in a merged incident's ``date_basis``), not from the article's window.

    >>> dated_by_text({"date": "2021-07", "date_basis": "a: article window"}), dated_by_text({"date": ""})
    (False, False)
    >>> dated_by_text({"date": "2021-07-05", "date_source": "sentence"})
    True
    """
    if str(r.get("date") or "") in ("", "nan", "None", "<NA>"):
        return False
    if "date_source" in r and str(r.get("date_source") or "") in _NO_TEXT_SOURCES - {""}:
        return False
    sources = re.findall(r"(?:^|; )[^:;]+: ([a-z ]+)", str(r.get("date_basis") or ""))
    return not sources or any(s.strip() not in _NO_TEXT_SOURCES for s in sources)


def date_by_listing_day(incidents: pd.DataFrame, listing_days: Mapping[str, str]) -> pd.DataFrame:
    """A copy of ``incidents`` in which each incident its text leaves undated (``dated_by_text`` false) takes the day
    its document is listed under (``listing_days[doc_id]``: ``YYYY-MM-DD`` or ``XXXX-MM-DD``), precision ``day``,
    ``date_source`` "listing day". Incidents dated by their text are never touched; the day anchors nothing.

    >>> import pandas as pd
    >>> inc = pd.DataFrame({"doc_id": ["a", "a"], "date": ["2009-06", "2009-06-21"], "date_precision": ["vague", "day"],
    ...                     "date_basis": ["a: article window", "a: sentence (Sunday)"]})
    >>> date_by_listing_day(inc, {"a": "2009-06-25"})[["date", "date_precision", "date_source"]].values.tolist()
    [['2009-06-25', 'day', 'listing day'], ['2009-06-21', 'day', '']]
    """
    out = incidents.copy()
    if "date_source" not in out.columns:
        out["date_source"] = ""
    for i, r in out.iterrows():
        day = str(listing_days.get(r["doc_id"]) or "")
        if dated_by_text(r.to_dict()) or not _LISTED_DAY.fullmatch(day):
            continue
        iso = "" if day.startswith("XXXX") else day
        out.loc[i, ["date", "date_precision", "earliest", "latest", "date_source"]] = [day, "day", iso, iso,
                                                                                      "listing day"]
        if "date_basis" in out.columns:
            out.loc[i, "date_basis"] = f"{r['doc_id']}: listing day"
    return out
