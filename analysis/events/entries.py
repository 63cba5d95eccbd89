"""Rules for short coded entries and the titles above them (event lists, roundup entries, casualty lines).

A roundup page, an event list or a short report often opens with a title line ("Bombs kill 12 across the
country", "Monday 3 May: 9 killed", "Car bombings since 2005") whose toll or span of time sums up the entries or
the story below it. When the body tells the tolls (or an incident) itself, the title is that summary, not an
incident of its own: ``drop_title_tolls`` leaves it out.
"""

from __future__ import annotations

import re
from datetime import date

from .counts import parse_number
from .prefilter import guard
from .timex.lexicon import MON
from .timex.mentions import date_records

__all__ = ["drop_title_tolls", "is_title", "entry_dates", "entry_summaries", "drop_breakdowns"]

#: the end of a sentence (a title line has none): a full stop, a question or exclamation mark, maybe quoted
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
#: the longest line read as a title
_TITLE_MAX = 200


def is_title(sents: list[dict]) -> bool:
    """Whether an article's first paragraph is a title line: one sentence, short, no closing full stop, and more
    paragraphs follow it.

    >>> s = lambda p, t: {"para_id": p, "text": t}
    >>> is_title([s(0, "Blasts kill nine in the capital"), s(1, "Two bombs went off.")])
    True
    >>> is_title([s(0, "Two bombs killed nine in the capital."), s(1, "Police said so.")])
    False
    >>> is_title([s(0, "Blasts kill nine in the capital")])  # nothing below it: the text itself
    False
    """
    if not sents:
        return False
    first = [s for s in sents if s["para_id"] == sents[0]["para_id"]]
    text = str(first[0]["text"]).strip()
    return len(first) == 1 and len(first) < len(sents) and 0 < len(text) <= _TITLE_MAX and \
        not _SENTENCE_END.search(text)


def _toll(r: dict) -> bool:
    """Whether a mention gives a killed or wounded figure above zero."""
    return any(isinstance(v, (int, float)) and v == v and v > 0 for v in (r.get("killed"), r.get("injured")))


#: the precision of a span of time longer than a day ("since 2005", "in March"): a list's span, not an event's day
_SPAN = ("month", "year", "season", "week", "decade", "century")


#: a span from a year on ("since 2005", "since early 2012", "from March 2016 on")
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def _span(r: dict) -> bool:
    """Whether a mention's own sentence dates it only to a span longer than a day ("in March 2016", "since 2005").

    >>> _span({"date_precision": "vague", "evidence": "Car bombings since 2005"}), _span({"evidence": "Bombs kill 9"})
    (True, False)
    """
    return r.get("date_precision") in _SPAN and r.get("date_source") == "sentence" or \
        bool(_SINCE_YEAR.search(str(r.get("evidence") or "")))


def drop_title_tolls(kept: list[dict], sents: list[dict]) -> list[dict]:
    """The mentions without those of a title line that gives a toll when the body below tells a toll of its own
    ("Bombs kill 12 in the north" over "A car bomb killed five in X."), or that gives a span of time longer than a
    day when the body tells an incident ("Car bombings since 2005" over "May 3: a car bomb ..."): the title sums up
    the body (or the page's other entries), its figures and span are not another incident's.

    >>> s = [{"para_id": 0, "sent_id": 0, "text": "Bombs kill 12 in the north"},
    ...      {"para_id": 1, "sent_id": 1, "text": "A car bomb killed five in X."}]
    >>> m = [{"sent_id": 0, "scope": "incident", "killed": 12}, {"sent_id": 1, "scope": "incident", "killed": 5}]
    >>> [r["killed"] for r in drop_title_tolls(m, s)]
    [5]
    >>> [r["killed"] for r in drop_title_tolls(m[:1], s)]  # the body tells no toll: the title's is kept
    [12]
    >>> m[0].update(killed=None, date_precision="year", date_source="sentence")
    >>> [r["killed"] for r in drop_title_tolls(m, s)]  # "Bombings since 2005": a span over the body's incident
    [5]
    """
    if not is_title(sents):
        return kept
    title = {s["sent_id"] for s in sents if s["para_id"] == sents[0]["para_id"]}
    body = [r for r in kept if r["sent_id"] not in title and r["scope"] == "incident"]
    if not body:
        return kept
    tolls = any(_toll(r) for r in body)
    return [r for r in kept if not (r["sent_id"] in title and (tolls and _toll(r) or _span(r)))]


#: a list entry that opens with its day and a colon or a dash ("- Aug. 3, 2009: ...", "12 March – ...", "MAY 20: ...")
ENTRY_DAY = re.compile(r"[\s*\u2022\u00b7\-\u2013\u2014]*(?P<d>(?:" + MON + r"\s*\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
                        + MON + r")(?:,?\s+(?:19|20)\d\d)?)\s*(?::|[\-\u2013\u2014](?!\d))\s")
#: a publication window written "YYYY-MM-DD/YYYY-MM-DD" (a page known only to its year, say)
_WINDOW = re.compile(r"(\d{4})-\d\d-\d\d/(\d{4}-\d\d-\d\d)")
_YEARLESS = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _window_year(published: str | tuple | None) -> tuple[int, str] | None:
    """The one calendar year of a publication window longer than a day, with its last day (None otherwise).

    >>> _window_year("2013-01-01/2013-12-31"), _window_year(("2013-12-20", "2014-01-05")), _window_year("2013-05-02")
    ((2013, '2013-12-31'), None, None)
    """
    text = "/".join(published) if isinstance(published, tuple) else str(published or "")
    m = _WINDOW.fullmatch(text)
    return (int(m.group(1)), m.group(2)) if m and m.group(2).startswith(m.group(1)) else None


def _in_year(r: dict, window: tuple[int, str]) -> dict:
    """A month and day without a year (``XXXX-MM-DD``) resolved to the window's year, when that day is not after the
    window's end; the row unchanged otherwise."""
    m = _YEARLESS.fullmatch(str(r.get("timex") or "")) if r.get("precision") == "unknown" else None
    if not m:
        return r
    try:
        day = date(window[0], int(m.group(1)), int(m.group(2))).isoformat()
    except ValueError:  # "February 30"
        return r
    if day > window[1]:
        return r
    return {**r, "value": day, "timex": day, "precision": "day", "earliest": day, "latest": day}


def entry_dates(dm: list[dict], sents: list[dict], text: str, published: str | tuple | None) -> list[dict]:
    """The article's time expressions with the day each list entry opens with ("May 20: a car bomb ...",
    "- Oct. 3 - ...": that entry's day, also where the expression reader leaves it out), and a month and day without
    a year resolved to the year of a publication window inside one calendar year (a page known by a year heading).

    >>> t = "May 20: a car bomb killed nine in X."
    >>> s = [{"start": 0, "end": len(t), "text": t}]
    >>> [(r["text"], r["value"]) for r in entry_dates([], s, t, "2009-08-19")]
    [('May 20', '2009-05-20')]
    >>> [(r["text"], r["value"]) for r in entry_dates([], s, t, "2012-01-01/2012-12-31")]
    [('May 20', '2012-05-20')]
    """
    out, starts = list(dm), None
    for s in sents:
        m = ENTRY_DAY.match(str(s["text"]))
        if not m:
            continue
        lo = int(s["start"]) + m.start("d")
        starts = {int(r["start"]) for r in dm} if starts is None else starts  # read only for an entry that opens with a day
        if not any(lo <= x < lo + len(m.group("d")) for x in starts) and text[lo:lo + len(m.group("d"))] == m.group("d"):
            out += [{**r, "start": r["start"] - 3 + lo, "end": r["end"] - 3 + lo}
                    for r in date_records("on " + m.group("d"), published) if r["start"] == 3]
    window = _window_year(published)
    return [_in_year(r, window) for r in out] if window else out


#: words of a tally over a span of time rather than one day's attacks ("since Oct. 17", "so far", "have been attacked")
_TALLY_WORDS = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|overall|altogether|this\s+(?:year|month|week)|"
                          r"(?:past|last)\s+(?:year|month|week|\d+\s+days)|ha(?:ve|s|d)\s+been)\b", re.I)


def entry_summaries(kept: list[dict], sents: list[dict]) -> None:
    """A summary of one day's attacks that is a dated list entry of its own ("Oct. 3 - Forces in X are attacked three
    times in a day, with no casualties") is that entry's event: its scope becomes ``incident`` when its sentence
    opens the paragraph with the day it is dated to and no incident of the paragraph tells the attacks one by one.

    >>> s = [{"sent_id": 0, "para_id": 1, "text": "May 3 - Bases in X are attacked three times in a day."}]
    >>> r = {"sent_id": 0, "scope": "aggregate", "date_text": "May 3", "date_precision": "day", "date_source": "sentence",
    ...      "evidence": s[0]["text"]}
    >>> entry_summaries([r], s); r["scope"]
    'incident'
    """
    if not any(r["scope"] == "aggregate" and r["date_precision"] == "day" for r in kept):
        return
    para = {int(s["sent_id"]): int(s["para_id"]) for s in sents}
    opens = {int(s["para_id"]): s for s in sorted(sents, key=lambda s: int(s["sent_id"]), reverse=True)}
    told = {para.get(int(r["sent_id"])) for r in kept if r["scope"] == "incident"}
    for r in kept:
        p = para.get(int(r["sent_id"]))
        if r["scope"] != "aggregate" or p in told or r["date_precision"] != "day" or r["date_source"] != "sentence" \
                or int(opens[p]["sent_id"]) != int(r["sent_id"]) or _TALLY_WORDS.search(str(r["evidence"])):
            continue
        m = ENTRY_DAY.match(str(opens[p]["text"]))
        if m and m.group("d") == r["date_text"]:
            r["scope"] = "incident"


_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)"
#: a count without a noun that opens a clause of a toll ("Six were killed in X, while two were killed in Y"); skipped on
#: a text without its words, matched in lower case otherwise (``prefilter.guard``: the same matches)
_BARE_PART = guard(re.compile(r"(?:^|[,;]\s*(?:while|whereas|and)?\s*|\b(?:while|whereas|and)\s+)[\s\W]*(?P<n>" + _SMALL +
                              r")\s+(?:others?\s+|more\s+)?(?:were|was)\s+(?:also\s+)?(?P<c>killed|wounded|injured)\b", re.I))


def _bare_parts(text: str) -> dict[str, list[int]]:
    """The counts without a noun a sentence gives per role ("Six were killed in X, while two were killed in Y").

    >>> _bare_parts("Six were killed in X, while two were killed in Y.")
    {'killed': [6, 2]}
    """
    out: dict[str, list[int]] = {}
    for m in _BARE_PART.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None:
            out.setdefault("killed" if m.group("c").lower() == "killed" else "injured", []).append(n)
    return out


def drop_breakdowns(kept: list[dict], sents: list[dict]) -> None:
    """A sentence that splits the toll just told into parts without a noun of their own ("the army killed ten militants
    ... Seven died in a raid on X and three in a clash at Y"): its parts add up to the previous mention's figure of
    the paragraph, so its mentions' figures are that toll again, not more victims.

    >>> s = [{"sent_id": 0, "para_id": 0, "text": "Troops killed eight fighters."},
    ...      {"sent_id": 1, "para_id": 0, "text": "Six were killed in X, while two were killed in Y."}]
    >>> m = [{"sent_id": 0, "killed": 8, "injured": None}, {"sent_id": 1, "killed": 6, "injured": None}]
    >>> drop_breakdowns(m, s); m[1]["killed"] is None
    True
    """
    by_id = {int(s["sent_id"]): s for s in sents}
    bare: dict[int, bool] = {}  # per sentence id: whether it has a bare part (read once for its mentions)
    for i, r in enumerate(kept):
        s = by_id.get(int(r["sent_id"]))
        if s is None or i == 0 or not _has_bare_part(bare, int(r["sent_id"]), str(s["text"])):
            continue
        prev = [p for p in kept[:i] if int(p["sent_id"]) < int(r["sent_id"]) and
                int(by_id.get(int(p["sent_id"]), s)["para_id"]) == int(s["para_id"])]
        for role, parts in _bare_parts(str(s["text"])).items():
            told = next((p[role] for p in reversed(prev) if _num(p[role])), None)
            if len(parts) > 1 and told is not None and sum(parts) == int(told) and _num(r[role]) and int(r[role]) in parts:
                r[role] = None


def _has_bare_part(seen: dict[int, bool], sid: int, text: str) -> bool:
    """Whether sentence ``sid`` (``text``) holds a ``_BARE_PART``, read once per sentence into ``seen``.

    >>> seen = {}; _has_bare_part(seen, 3, "Six were killed in X, while two were killed in Y."), seen
    (True, {3: True})
    """
    found = seen.get(sid)
    if found is None:
        found = seen[sid] = _BARE_PART.search(text) is not None
    return found


def _num(v: object) -> bool:
    """Whether a figure is a number above zero (not None or NA)."""
    try:
        return v is not None and v == v and int(v) > 0  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False
