"""What keeps two reports apart: an earlier event told as such, another year or weekday, another part of a country or
of a salvo, a toll the other does not give."""

from __future__ import annotations

import re
from datetime import date

from ..places import ancestors, places_gazetteer
from ..roles import ALSO_IN_TOLD, TOLL_UPDATE
from .compat import (COUNT_FIELDS, DEFINITE_START, EARLIER_THAN_TOLD, SITE_TYPES, _ANOTHER_EVENT, _CLAIM_OF_TOLD,
                     _DAYS_EARLIER, _EARLIER_THAT_DAY, _LATER_ON_DAY, _SET_APART, _account_of_told, _families, _family,
                     _interval, _opens, _places_fit, _qualifier, _searched)
from .cluster import _Cluster, _present, _recalls
from .retell import (_EVENT_START, _OTHER_ACCOUNT, _Once, _PLACE_OPENER, _THE_TOLD, _TOLD_REF, _forward_reference,
                     _may_give_same_toll, _may_retell, _new_victims, _other_quarter, _restated, _same_told_twice,
                     _toll_differs, _unplaced_weapon, _victims)


def _before_an_earlier_hour(m: dict, c: "_Cluster") -> bool:
    """Whether a placeless mention would join an incident its article tells only later, as an event of an earlier hour
    of the day ("Earlier Friday, a Saudi airstrike in X hit ...") after the story's lede.

    >>> row = {"doc_id": "a", "sent_id": 0, "sent_start": 0, "event_type": "strike", "place_id": "", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "An airstrike hit a prison."}
    >>> c = _Cluster({**row, "sent_id": 4, "sent_start": 90, "place_id": "x", "evidence": "Earlier Friday, jets hit X."})
    >>> _before_an_earlier_hour(row, c), _before_an_earlier_hour({**row, "sent_id": 5}, c)
    (True, False)
    """
    if m["place_id"] or m["doc_id"] not in c.docs:
        return False
    rows = c.told[m["doc_id"]].rows
    return bool(rows) and all(r["place_id"] and _EARLIER_THAT_DAY.match(str(r.get("evidence") or "")) and
                              int(r.get("sent_id") or 0) > int(m.get("sent_id") or 0) for r in rows)


#: the kinds of event an "Earlier Friday" or "Two days earlier" sentence sets apart from (not a claim's or a threat's
#: lede: "A day before, a bomber blew himself up in the market" tells the event claimed)
_ACTS = ("attack", "strike", "us_strike")
#: the event told compared with others ("The blast was another bombing claimed by X"), not a further one (not "There
#: was another attack")
_COMPARED = re.compile(r"(?<!\bthere\s)\b(?:was|is|been)\s+(?:yet\s+|just\s+|only\s+)?another\b", re.I)


def _told_as_another(m: dict, c: "_Cluster") -> bool:
    """Whether a mention told as "another attack" (or a placed attack told "Earlier Friday, ...") would join an
    incident its article told only in earlier sentences (it is a further event; its own later retellings still join
    it).

    >>> row = {"doc_id": "a", "sent_id": 3, "sent_start": 90, "event_type": "attack", "place_id": "", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS),
    ...        "evidence": "Officials reported another attack, where a drone was downed."}
    >>> c = _Cluster({**row, "sent_id": 1, "sent_start": 10, "evidence": ""})
    >>> _told_as_another(row, c), _told_as_another({**row, "evidence": "The attack hit the base."}, c)
    (True, False)
    """
    ev = str(m.get("evidence") or "")
    if m["doc_id"] not in c.docs:
        return False
    here, told = int(m.get("sent_id") or 0), c.told[m["doc_id"]]
    earlier = (_EARLIER_THAT_DAY.match(ev) or _DAYS_EARLIER.match(ev) and
               any(r.get("date_source") == "sentence" and r["event_type"] in _ACTS for r in told.rows)) and \
        m["place_id"] and m["event_type"] in _ACTS
    if not (_searched(_ANOTHER_EVENT, ev) and not _searched(_COMPARED, ev) or earlier):
        return False
    if told.exact:
        return told.max_sent < here
    return all(int(r.get("sent_id") or 0) < here for r in told.rows)


#: a sentence that updates the toll of the event it names as told ("Following the attack on the post, the number of
#: fighters killed has risen to four"): that event's new figure, not new victims
_UPDATE_OF_TOLD = re.compile(r"^\W*(?:following|after)\s+the\s+[^.;]{0,120}?\b" + TOLL_UPDATE, re.I)


class _Facts:
    """What a mention says whatever incident it is put to, read once per placement (``_assign``) instead of once per
    incident of its block: the families it may join, its own family, its counts, and the tests of the mention alone
    that each comparison would otherwise repeat (each flag False only where the comparison it guards is False).

    >>> f = _Facts({**dict.fromkeys(COUNT_FIELDS), "event_type": "us_strike", "place_id": "", "weapon": "", "date": "",
    ...     "n_fired": 3, "evidence": "A strike hit a depot."})
    >>> f.families, f.family, f.may_retell, f.victims, f.counts
    (('state',), 'state', False, False, [('n_fired', (3, 'exact'))])
    """

    __slots__ = ("families", "family", "may_retell", "victims", "may_new_victims", "may_other_quarter", "set_apart",
                 "may_another", "forward", "account", "may_same_toll", "may_site_named", "counts", "restated",
                 "interval", "part", "year_less", "claim_of_told", "unnamed", "unplaced", "told_ref")

    def __init__(self, m: dict) -> None:
        """Read the mention."""
        ev = str(m.get("evidence") or "")
        self.families, self.family = _families(m), _family(m["event_type"])
        self.unplaced = _unplaced_weapon(m)
        self.victims, self.may_same_toll = _victims(m), _may_give_same_toll(m)
        self.may_retell, self.account = _may_retell(m), _account_of_told(m)
        definite = bool(_opens(DEFINITE_START, ev))
        self.told_ref = bool(_searched(_TOLD_REF, ev)) and not _PLACE_OPENER.match(ev) or bool(_UPDATE_OF_TOLD.match(ev))
        self.may_new_victims = self.victims and not (definite or self.told_ref or _searched(_OTHER_ACCOUNT, ev) or self.account or
                                                     _searched(ALSO_IN_TOLD, ev))
        self.may_other_quarter = bool(str(m.get("place_id") or "")) and bool(m.get("weapon")) and not definite and \
            self.victims
        self.set_apart = self.victims and bool(_opens(_SET_APART, ev)) or \
            bool(_opens(_LATER_ON_DAY, ev)) and not (self.told_ref or self.may_retell)  # not "Later on May 3, the
        # Pentagon confirmed two were wounded in the rocket attack": the event told, retold
        self.may_another = bool(_searched(_ANOTHER_EVENT, ev) or _EARLIER_THAT_DAY.match(ev) or _DAYS_EARLIER.match(ev))
        try:
            self.forward = _forward_reference(m)
        except (TypeError, ValueError):
            self.forward = True  # ``_points_forward`` reads it again, and fails as it would
        self.may_site_named = not any(_present(m[f]) for f in COUNT_FIELDS) and bool(_searched(_THE_TOLD, ev))
        self.counts = [(f, (int(m[f]), _qualifier(m, f))) for f in COUNT_FIELDS if _present(m[f])]
        self.restated = _Once(lambda: _restated(m))  # reads the gazetteer row of its place: only when asked
        self.interval = _interval(m)
        self.part = str(m["date"])
        self.year_less = self.part.startswith("XXXX-") and len(self.part) in (7, 10)  # ``_year_less_apart`` may be True
        self.claim_of_told = m["event_type"] == "claim" and bool(_searched(_CLAIM_OF_TOLD, ev)) and not _own_year(m)
        self.unnamed = False  # ``_assign`` sets it when no incident of the mention's own family fits


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _own_year(m: dict) -> bool:
    """Whether a claim is dated by its own sentence with a year it names after the claim ("claimed the last such attack,
    in January 2018"): it claims the event of that date, not whatever attack the story tells (a year before the claim,
    "which took the town in 2013, claimed that attack", dates something else).

    >>> ev = "IS claimed the last such attack, in January 2018."
    >>> _own_year({"date_source": "sentence", "date_text": "January 2018", "evidence": ev})
    True
    >>> _own_year({"date_source": "sentence", "date_text": "2013", "evidence": "IS, which took X in 2013, claimed it."})
    False
    """
    text = str(m.get("date_text") or "")
    if m.get("date_source") != "sentence" or not _YEAR.search(text):
        return False
    ev = str(m.get("evidence") or "")
    claim = ev.lower().find("claim")
    return 0 <= claim < ev.find(text)


def _told_apart(m: dict, c: _Cluster, retold: bool | _Once, facts: _Facts | None = None, crosses: bool = False) -> bool:
    """Whether the text itself sets a mention apart from an incident (another family, sentence, attack or quarter);
    ``crosses``: an unnamed attack of the incident's article, which another family does not set apart."""
    facts = facts or _Facts(m)
    mine = m["doc_id"] in c.docs
    if c.family not in facts.families and ("threat" in (c.family, facts.family) or not (retold or crosses)) or \
            str(m.get("sent_id", "")) != "" and (m["doc_id"], str(m.get("sent_id", ""))) in c.sents and \
            not _same_told_twice(m, c):
        return True  # two events of one sentence were told apart when the sentence was read; a drone strike's
        # detail ("the drone targeted a car") read as an attack is the strike retold
    if facts.may_new_victims and mine and _new_victims(m, c) and not retold:
        return True  # "A bomb killed one ... Gunmen killed two": an article's next attack, not its last one retold
    if facts.may_other_quarter and mine and _other_quarter(m, c) and not retold:
        return True  # "In Baghdad, ... A sticky bomb in Karrada wounded two": the roundup's next attack
    if mine and facts.set_apart:
        return True  # "Separately, a sticky bomb killed a policeman": the article says it is another event
    if facts.may_another and mine and _told_as_another(m, c):
        return True  # "an official reported another attack, where a drone was intercepted": not the one told before
    if mine and _before_an_earlier_hour(m, c):
        return True  # the story's placeless lede is not "Earlier Friday, a strike in X hit ..." told after it
    if _other_part_of_country(m, c):
        return True  # "drones shot down in southwest Syria" is not the attack on a site in Syria's east
    if _other_span_told(m, c) and not retold:
        return True  # "Last week, gunmen killed seven ... And last month, a bomb killed six": two recalled events
    if facts.forward and mine and _points_forward(m, c):
        return True  # "The attack targeted the base" refers back, not to an earlier attack the article recalls later
    if not mine:
        return False  # the tests below are of one article's mentions
    if _recall_apart(m, c) and not retold:
        return True  # "Israel previously launched a missile attack at the airport": not the story's own strike
    if _recalled_year(m, c):
        return True  # "Mar 31: a car bomb killed seven ... In 2009, a truck bomb there killed over 50": two events
    if _weekday_clash(m, c):
        return True  # "Shells hit the depot early Monday ... On June 4, 2025 (a Wednesday), a blast ...": two days
    if m.get("date_rule") == EARLIER_THAN_TOLD and (_toll_differs(m, c) or _toll_only_here(m, c) and not
                                                    _same_site(m, c)):
        return True  # "The raid came days after three guards died in a similar one": the earlier one, its own toll
    if _year_recalled(m, c) and any(_present(m[f]) and int(m[f]) > 0 and c.victims.get((m["doc_id"], f)) and
                                    all(int(m[f]) != v for v, _q in c.victims[m["doc_id"], f]) for f in ("killed", "injured")):
        return True  # "In 2009, over 50 died when a truck bomb ...": a year's event recalled with its own figure
    if m.get("date_rule") != EARLIER_THAN_TOLD and _earlier_with_toll(c, m["doc_id"]) and not facts.victims and \
            not _same_site(m, c) and not facts.claim_of_told and not _same_day_told(m, c):  # "X claimed the attack":
        # the attack told, earlier or not; "the attacks on February 15" named by the earlier one's own day: it, again
        return True  # the same, the other way round: the story's own event does not join the earlier one's toll
    return False


#: an attack named again with "the" ("the attacks on February 15", "the February 15 strikes")
_DEFINITE_EVENT = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|bombings?|assaults?|raids?|"
                             r"shelling|blasts?|explosions?)\b", re.I)


def _same_day_told(m: dict, c: _Cluster) -> bool:
    """Whether a mention's own sentence dates it to a day one of the incident's mentions of its article is dated to
    ("the attacks on February 15" after "attacks ... on February 15, which killed a contractor").

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "2021-02-15",
    ...     "date_precision": "day", "date_source": "sentence", **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> m = {**row, "sent_id": 3, "evidence": "It was not tied to the attacks on February 15."}
    >>> _same_day_told(m, _Cluster(row)), _same_day_told({**m, "date": "2021-02-16"}, _Cluster(row))
    (True, False)
    >>> _same_day_told({**m, "evidence": "On February 15, a drone attack also hit a hideout."}, _Cluster(row))
    False
    """
    if m.get("date_precision") != "day" or m.get("date_source") != "sentence" or not m.get("date") or \
            not _DEFINITE_EVENT.search(str(m.get("evidence") or "")):
        return False  # (named again with "the": not "On February 15, a drone attack also hit ...", another one)
    return any(r["doc_id"] == m["doc_id"] and r.get("date") == m["date"] and r.get("date_precision") == "day"
               for r in c.rows)


def _recall_apart(m: dict, c: "_Cluster") -> bool:
    """Whether one article tells a mention as recalled and the incident's mentions not at all, or the other way round."""
    n = c.recalled.get(m["doc_id"], 0)
    return n == 0 if _recalls(m) else n > 0 and n == len(c.told[m["doc_id"]].rows)


def _year_dated(r: dict) -> bool:
    """Whether a mention's own sentence dates it to a year only ("In 2017, a car bomb ...")."""
    return r.get("date_precision") == "year" and r.get("date_source") == "sentence"


def _year_recalled(m: dict, c: _Cluster) -> bool:
    """Whether a mention and an incident's tolls of its article are told apart by a year: one side is dated by its own
    sentence to a year only (a recalled event, "In 2009, over 50 died ..."), the other is not dated to that year.

    >>> row = lambda k, d, p: {"doc_id": "a", "sent_id": k, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": d, "date_precision": p, "date_source": "sentence", **dict.fromkeys(COUNT_FIELDS), "killed": k,
    ...     "evidence": ""}
    >>> _year_recalled(row(7, "XXXX-03-31", "unknown"), _Cluster(row(40, "2017", "year")))
    True
    >>> _year_recalled(row(7, "XXXX-03-31", "unknown"), _Cluster(row(40, "", "")))
    False
    """
    tolled = [r for r in c.rows if r["doc_id"] == m["doc_id"] and (_present(r["killed"]) or _present(r["injured"]))]
    if _year_dated(m):
        return bool(tolled) and all(str(r["date"])[:4] != str(m["date"])[:4] for r in tolled)
    return bool(tolled) and all(_year_dated(r) and str(r["date"])[:4] != str(m["date"])[:4] for r in tolled)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                        r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _weekday(r: dict) -> tuple[str, int] | None:
    """("told", weekday) of a mention dated by a weekday its article could not resolve (an undated page), ("day",
    weekday) of one dated by a day of a known year, else None.

    >>> told = {"date": "", "date_rule": "weekday", "date_text": "early Tuesday"}
    >>> _weekday(told), _weekday({"date": "2025-06-04", "evidence": "On June 4, 2025, a blast hit X."})
    (('told', 1), ('day', 2))
    """
    day = str(r.get("date") or "")
    if not day and r.get("date_rule") in ("weekday", EARLIER_THAN_TOLD) and r.get("date_source") != "statement":
        text = str(r.get("date_text") or "").lower()
        named = [i for i, w in enumerate(_WEEKDAYS) if w in text]
        return ("told", named[0]) if len(named) == 1 else None
    if len(day) == 10 and day[:4].isdigit() and len(_MONTH_DAY.findall(str(r.get("evidence") or ""))) == 1:
        try:  # the one day its sentence names ("on April 1, ... April 2, 2024": which day is the event's is unsure)
            return "day", date.fromisoformat(day).weekday()
        except ValueError:
            return None
    return None


def _weekday_clash(m: dict, c: _Cluster) -> bool:
    """Whether a mention and its article's mentions of an incident give two weekdays, one only named (an undated page's
    "on Tuesday") and one of a known day ("September 11, 2024", a Wednesday), or two named at least two days apart, one
    of an event told as before the other ("another strike on Tuesday", "came after ... a drone strike on Friday"; not
    "late Monday" and "Tuesday", one night, nor a siege's end or a toll risen days later): two days, two events."""
    own = _weekday(m)
    if own is None:
        return False
    mine = [(r, _weekday(r)) for r in c.rows if r["doc_id"] == m["doc_id"]]
    return any(w is not None and w[1] != own[1] and (w[0] != own[0] or own[0] == "told" and
                                                     min((w[1] - own[1]) % 7, (own[1] - w[1]) % 7) >= 2 and
                                                     EARLIER_THAN_TOLD in (m.get("date_rule"), r.get("date_rule")))
               for r, w in mine)


def _recalled_year(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives a day of no year or of another year and all the dated mentions its article gives an
    incident are dated by a year their own sentence names ("In 2017, ..."): an event the article recalls, not its
    story's day.

    >>> row = lambda d, p, src: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": d, "date_precision": p, "date_source": src, **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> c = _Cluster(row("2017", "year", "sentence"))
    >>> _recalled_year(row("XXXX-03-31", "unknown", "sentence"), c), _recalled_year(row("2017-03-31", "day", "sentence"), c)
    (True, False)
    """
    day = str(m.get("date") or "")
    if not (day.startswith("XXXX-") or m.get("date_precision") == "day"):
        return False
    own = [r for r in c.rows if r["doc_id"] == m["doc_id"] and r.get("date")]
    return bool(own) and all(_year_dated(r) and not day.startswith(str(r["date"])) for r in own)


def _other_span_told(m: dict, c: _Cluster) -> bool:
    """Whether a mention and all of its article's mentions of an incident each date their event in their own sentence
    by another span of time (a week, a month: "last week" and "last month"), each with its own victims: two events.

    >>> row = lambda t, d, p: {"doc_id": "a", "date_source": "sentence", "date_text": t, "date": d, "date_precision": p,
    ...                        "killed": 6, "injured": None}
    >>> c = type("C", (), {"rows": [row("last month", "2023-07", "month")], "docs": {"a"}})()
    >>> _other_span_told(row("Last week", "2023-W31", "week"), c), _other_span_told(row("last month", "2023-07", "month"), c)
    (True, False)
    """
    spans = ("week", "month")
    if m.get("date_source") != "sentence" or m.get("date_precision") not in spans or m["doc_id"] not in c.docs or \
            not _harmed(m):
        return False
    own = [r for r in c.rows if r["doc_id"] == m["doc_id"]]
    return bool(own) and all(r.get("date_source") == "sentence" and r.get("date_precision") in spans and _harmed(r) and
                             str(r.get("date_text")).lower() != str(m.get("date_text")).lower() and
                             r.get("date") != m.get("date") for r in own)


def _harmed(r: dict) -> bool:
    """Whether a mention gives victims (killed or wounded above zero).

    >>> _harmed({"killed": 2, "injured": None}), _harmed({"killed": 0, "injured": None})
    (True, False)
    """
    return any(_present(r.get(f)) and int(r[f]) > 0 for f in ("killed", "injured"))


#: one munition of a salvo told by its place in it: "the third rocket struck a fence", "the other drone hit a house"
_SALVO_PART = re.compile(r"\b(?:the|a)\s+(?:second|third|fourth|fifth|last|remaining|other)\s+(?:one|rocket|missile|drone|"
                         r"shell|mortar|projectile|round)\s+(?:\w+ly\s+)?(?:struck|hit|landed|fell|exploded|slammed|crashed)\b",
                         re.I)


def _salvo_part(r: dict) -> bool:
    """Whether a mention tells one munition of a salvo by its place in it, with victims of its own ("the third rocket
    struck a fence, wounding two"): a part of the attack whose toll adds to the one told before.

    >>> _salvo_part({"evidence": "The third rocket struck a fence, wounding two.", "killed": None, "injured": 2})
    True
    """
    return _harmed(r) and bool(_searched(_SALVO_PART, str(r.get("evidence") or "")))


def _part_of_salvo(m: dict, c: _Cluster) -> bool:
    """Whether a mention is one munition of the salvo its article told for an incident (``_salvo_part``), at a place
    the incident's fits: it joins the incident, its victims added, rather than starting another.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "n_fired": 3, "evidence": "Three rockets were fired."}
    >>> part = {**row, "sent_id": 1, "n_fired": None, "injured": 2, "evidence": "The third rocket hit a fence, wounding two."}
    >>> _part_of_salvo(part, _Cluster(row))
    True
    """
    if m["doc_id"] not in c.docs or not _salvo_part(m) or not any(c.counts.get(f) for f in ("n_fired", "n_hit")):
        return False
    return not m["place_id"] or not c.place_id or _places_fit(m["place_id"], c.place_id)


#: a part of a country told by its quarter: "in southwest Syria", "in the north of Iraq", "northeastern Syria"
_QUARTER = re.compile(r"\b(?P<q>(?:north|south)?-?(?:east|west)|north|south)(?:ern)?\s+(?:part\s+of\s+)?(?P<c>[A-Z][a-z]+)\b",
                      re.I)
_MARGIN = 1.0  # degrees: a site this far on the other side of its country's centre is in another quarter


def _other_part_of_country(m: dict, c: _Cluster) -> bool:
    """Whether a mention placed only by its country names a quarter of it ("in southwest Syria") that the incident's
    site lies clearly outside of (its coordinates on the other side of the country's centre): two events.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "omar_oilfield", "weapon": "",
    ...        "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": "Drones hit the Omar field."}
    >>> m = {**row, "place_id": "syria", "evidence": "Two drones were downed in southwest Syria."}
    >>> _other_part_of_country(m, _Cluster(row)), _other_part_of_country({**m, "evidence": "in eastern Syria"}, _Cluster(row))
    (True, False)
    """
    pid, site = str(m.get("place_id") or ""), str(c.place_id or "")
    if not pid or not site:
        return False
    gaz = places_gazetteer()
    country = gaz.row(pid)
    if country["type"] != "country" or gaz.row(site)["type"] == "country" or pid not in ancestors(site):
        return False
    q = _read_quarter(str(m.get("evidence") or ""), str(country["name"]))
    if not q:
        return False
    lat, lon = float(gaz.row(site)["latitude"]), float(gaz.row(site)["longitude"])
    clat, clon = float(country["latitude"]), float(country["longitude"])
    return lat == lat and ("west" in q and lon > clon + _MARGIN or "east" in q and lon < clon - _MARGIN or
                           q.startswith("north") and lat < clat - _MARGIN or q.startswith("south") and lat > clat + _MARGIN)


def _read_quarter(text: str, country: str) -> str:
    """The quarter of ``country`` a text names ("southwest" in "in southwest Syria"), '' when none.

    >>> _read_quarter("near forces in southwest Syria", "Syria"), _read_quarter("in Syria", "Syria")
    ('southwest', '')
    """
    for m in _QUARTER.finditer(text):
        if m.group("c") == country:
            return m.group("q").lower().replace("-", "")
    return ""


def _points_forward(m: dict, c: _Cluster) -> bool:
    """Whether a mention opening on a definite event noun and undated in its own sentence ("The attack targeted the
    base"), not the article's first, would join an incident its article tells only in later sentences, each dated in
    itself (an event recalled further on, placed first because its date is given in full): a definite noun refers back
    to an event already told.

    >>> row = lambda i, ev, src="": {"doc_id": "a", "sent_start": i, "sent_id": i, "evidence": ev, "date_source": src,
    ...     "event_type": "attack", "place_id": "", "weapon": "", "date": "", "date_precision": "",
    ...     **dict.fromkeys(COUNT_FIELDS)}
    >>> c = _Cluster(row(300, "In 2019, rockets hit the base.", "sentence"))
    >>> _points_forward(row(100, "The attack targeted the base."), c), _points_forward(row(400, "The attack hit it."), c)
    (True, False)
    >>> c = _Cluster({**row(300, "Rockets hit the base.", "sentence"), "place_id": "ain_al_asad", "date": "2019-05-02",
    ...               "date_precision": "day"})
    >>> _points_forward({**row(100, "The attack on the base came late."), "place_id": "ain_al_asad", "date": "2019-05"}, c)
    False
    """
    if m.get("date_source") == "sentence" or not int(m.get("sent_id") or 0) or \
            not _EVENT_START.match(str(m.get("evidence") or "")) or _same_site(m, c) and m["date"] and \
            any(d.startswith(str(m["date"])) for d in c.days) and places_gazetteer().row(m["place_id"])["type"] in SITE_TYPES:
        return False  # the article's first sentence may name its event before telling it; so may a lede that names its
        # very site, in the incident's month ("The attack on US troops at the X field comes ...", told in full further on)
    told = c.told.get(m["doc_id"])
    if told is None:
        return False
    here = int(m["sent_start"])
    if told.exact:
        return told.n_not_sentence == 0 and told.min_start > here
    return all(int(r["sent_start"]) > here and r.get("date_source") == "sentence" for r in told.rows)


def _toll_only_here(m: dict, c: _Cluster) -> bool:
    """Whether a mention gives victims (killed or wounded above zero) to an incident its article gives none.

    >>> row = lambda k: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ""}
    >>> _toll_only_here(row(40), _Cluster(row(None))), _toll_only_here(row(40), _Cluster(row(40)))
    (True, False)
    """
    return any(_present(m[f]) and int(m[f]) > 0 for f in ("killed", "injured")) and \
        not any(c.victims.get((m["doc_id"], f)) for f in ("killed", "injured"))


def _same_site(m: dict, c: _Cluster) -> bool:
    """Whether a mention names the very place of an incident (not merely a place compatible with it)."""
    return bool(m["place_id"]) and m["place_id"] in c.place_ids


def _earlier_with_toll(c: _Cluster, doc: str) -> bool:
    """Whether an article tells an incident only as earlier than its story, with victims ("since gunmen killed 40").

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 40, "evidence": "", "date_rule": EARLIER_THAN_TOLD}
    >>> _earlier_with_toll(_Cluster(row), "a"), _earlier_with_toll(_Cluster({**row, "date_rule": ""}), "a")
    (True, False)
    """
    told = c.told.get(doc)
    return told is not None and told.n_earlier_rule == len(told.rows) and told.toll


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
