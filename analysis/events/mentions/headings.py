"""Headlines and headings: the figures a title gives its article's lead incident, and the day or place a heading gives
the entries under it."""

from __future__ import annotations

import re

from ..dating import DATE_FIELDS, best_date, dated_by_text
from ..mention_places import place_cols, SEVERAL_COUNTRIES
from ..merge import weapons_compatible
from ..merge.cluster import _present as _counted
from ..places import scan_places, well_known_place
from ..timex.mentions import date_records
from .scope import _AREA_KINDS
from .slots import _family
from .inherit import _header_finer
from .document import _DATE_ONLY, _YEARLESS_DAY, doc_mentions


#: the figures a headline may give its article's lead incident
_TITLE_FIELDS = ("killed", "injured")
#: how many sentences into the body the lead incident is looked for
_LEAD_SENTENCES = 3


def title_fills(rows: list[dict], title: str, published: str | None) -> list[dict]:
    """The body's mentions, the lead incident completed from the headline: a toll (killed, injured) or a weapon the
    headline gives and the lead does not ("2 fans killed by gunman" over "Two fans were shot"), when the headline tells
    one incident of the lead's family and weapon and no other body mention gives that figure already.

    >>> body = [{"sent_id": 0, "scope": "incident", "event_type": "attack", "weapon": "", "weapons": "",
    ...          "killed": None, "injured": 1, "evidence": "Two fans were shot and a third injured."}]
    >>> title_fills(body, "Two football fans killed by gunman in Brussels", "2023-10-17")[0]["killed"]
    2
    """
    if not rows:
        return rows  # no incident in the body: the headline is not read
    heads = [r for r in doc_mentions([{"doc_id": "", "para_id": 0, "sent_id": 0, "start": 0, "end": len(title),
                                       "text": title}], title, published)
             if r["scope"] == "incident" and r["event_type"] not in ("threat", "claim")]
    if not heads and ((day := _DAY_HEADING.fullmatch(title)) and not _NOT_A_PLACE_WORD.search(title, day.end(1)) or
                      _day_place_heading(title)):
        _heading_day(rows, title, published)  # "October 10, 2015: Ankara" over its entry (not "October 7: One Year On"),
        # "July 11 Sar-i-Pul Province: three civilians killed"
    _heading_place_fills(rows, title)
    if len(heads) != 1:
        return rows
    head = heads[0]
    first = min(int(r["sent_id"]) for r in rows)
    lead = next((r for r in rows if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["scope"] == "incident" and
                 _family(r["event_type"]) == _family(head["event_type"]) and
                 weapons_compatible(r["weapon"], head["weapon"])), None)
    if lead is None:
        return rows
    for f in _TITLE_FIELDS:
        if _counted(head[f]) and not _counted(lead[f]) and not any(r[f] == head[f] for r in rows):
            lead[f] = head[f]
    if head["weapon"] and not lead["weapon"]:
        lead["weapon"], lead["weapons"] = head["weapon"], head["weapons"]
    if (head["date_precision"] == "day" or _YEARLESS_DAY.fullmatch(str(head["date"]))) and head["date_source"] == "sentence" \
            and not dated_by_text(lead):
        lead.update({f: head[f] for f in DATE_FIELDS}, date_source="dateline")  # "March 21: Car bomb kills ..." (on an
        # undated page a day without its year: "July 11 Zabul Province: one police officer killed")
    return rows


#: a headline that is only a day, or a day and a place, as a chronology's entry is headed ("October 10, 2015: Ankara",
#: "July 20, 2015 - Suruc")
_DAY_HEADING = re.compile("((?i:" + _DATE_ONLY.pattern + r"))(?:(?:[A-Z][\w'’.-]*|al|el|de)(?:\s+|$)){0,4}[:\u2013-]?\s*")


#: a headline word after a day that is no place's ("October 7: One Year On", "September 11 Anniversary")
_NOT_A_PLACE_WORD = re.compile(r"\b(?:one|two|three|four|five|ten|years?|months?|days?|on|ago|later|after|since|anniversary|"
                               r"remembered|remembering|memorial|timeline|live|updates?|what|why|how|the|a|an|of|in|"
                               r"attacks?|day)\b", re.I)


#: a headline that is only a place, after a day or before a colon, as a chronology's entry is headed ("Mosul",
#: "July, 20, 2015: Suruc", "Dec. 20 Herat Province: four civilians killed")
_PLACE_HEADING = re.compile(r"(?:(?i:" + _DATE_ONLY.pattern + r"))?(?P<n>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el)){0,3})"
                            r"\s*(?::\s.*)?")


class _EveryCountry:
    """A container that holds every country: to ``scan_places``, a name alone in a heading is that place wherever it is."""

    def __contains__(self, country: object) -> bool:
        return True


_EVERY_COUNTRY = _EveryCountry()


def _heading_place_fills(rows: list[dict], title: str) -> None:
    """Give the place of a headline that is only a place ("Mosul") to the first incidents of the body that name none,
    or only an area that holds it, as a chronology's entry is placed by its heading.

    >>> rows = [{"sent_id": 0, "place_id": "", "place_type": "", "place_source": ""}]
    >>> _heading_place_fills(rows, "Kirkuk"); rows[0]["place"], rows[0]["place_source"]
    ('Kirkuk', 'dateline')
    """
    where = _heading_place(title)
    if where is None:
        return
    first = min(int(r["sent_id"]) for r in rows)
    for r in rows:  # "Mosul" over "Three women ... are killed in a home invasion": the entry's place
        if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["place_type"] in ("", *_AREA_KINDS) and \
                r["place_source"] != SEVERAL_COUNTRIES and _header_finer(r["place_id"], where["place_id"]):
            r.update(place_cols(where), place_source="dateline")


def _day_place_heading(title: str) -> bool:
    """Whether a headline is a day, a place and a summary after a colon, as a chronology's entry is headed (the place
    known to the gazetteer or not).

    >>> _day_place_heading("July 11 Sar-i-Pul Province: three civilians killed"), _day_place_heading("October 7: One Year On")
    (True, False)
    >>> _day_place_heading("March 3: Biden Says"), _day_place_heading("May 5, 2022: Tal Afar")
    (False, True)
    """
    m = _PLACE_HEADING.fullmatch(title.strip())
    return m is not None and _DATE_ONLY.match(title) is not None and not _NOT_A_PLACE_WORD.search(m.group("n")) and \
        (_UNIT_NAME_END.search(m.group("n")) is not None or _heading_place(title) is not None)


#: a unit noun ending a name ("Sar-i-Pul Province", "Borno State"): a place, known to the gazetteer or not
_UNIT_NAME_END = re.compile(r"\b(?:Province|District|Governorate|State|Region|County|Oblast)$")


def _heading_place(title: str) -> dict | None:
    """The place a headline that is only a place names: alone ("Mosul", a place of the region, a capital or a large
    city), or after a day, with a summary after a colon or not ("July 20, 2015: Suruc", "Dec. 20 Herat Province: four
    civilians killed"); a town, district or province the gazetteer knows, no country or region; None otherwise.

    >>> _heading_place("Mosul")["name"], _heading_place("Dec. 20 Herat Province: four civilians killed")["name"]
    ('Mosul', 'Herat')
    >>> _heading_place("Iraq"), _heading_place("Mosul bombing kills four"), _heading_place("Austin: US will respond")
    (None, None, None)
    >>> _heading_place("Reading"), _heading_place("Kabul")["name"]
    (None, 'Kabul')
    """
    m = _PLACE_HEADING.fullmatch(title.strip())
    dated = m is not None and _DATE_ONLY.match(title) is not None
    if m is None or not dated and ":" in title:
        return None  # "Austin: US will respond", "Washington: Three troops killed": a speaker or a wire's dateline
    name = m.group("n")  # read as "in <name>": a heading that is only a place names it, far or near
    whole = [p for p in scan_places("in " + name, named=_EVERY_COUNTRY) if p["start"] == 3 and p["end"] == 3 + len(name)]
    p = whole[0] if whole and whole[0]["type"] not in ("country", "region") and whole[0]["place_id"] else None
    if p is not None and not dated and not _UNIT_NAME_END.search(name) and not well_known_place(p):
        return None  # "Mobile", "Reading": a word before it is a town of Alabama or England
    return p


def _heading_day(rows: list[dict], title: str, published: str | None) -> None:
    """Give the day of a headline that is only a day (and a place) to the first incidents of the body that have no
    date of their own text, as a chronology's entry is dated by its heading.

    >>> rows = [{"sent_id": 0, "scope": "incident", "date": "2015-10", "date_source": "article window"}]
    >>> _heading_day(rows, "October 10, 2015: Ankara", "2015-10-12"); rows[0]["date"], rows[0]["date_source"]
    ('2015-10-10', 'dateline')
    """
    day = best_date(date_records(title, published), title, 0, len(title))
    if not day or day["date_precision"] != "day" and not _YEARLESS_DAY.fullmatch(str(day["date"])):
        return  # (on an undated page, a day without its year: "XXXX-07-11")
    first = min(int(r["sent_id"]) for r in rows)
    for r in rows:
        if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["scope"] == "incident" and not dated_by_text(r):
            r.update(day, date_source="dateline")


def _rebuilt_text(sents: list[dict]) -> str:
    """The article text rebuilt from sentence offsets (when ``articles`` has no text column)."""
    buf = [" "] * max(int(s["end"]) for s in sents)
    for s in sents:
        buf[int(s["start"]):int(s["end"])] = list(str(s["text"]))
    return "".join(buf)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
