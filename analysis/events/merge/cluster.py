"""An incident while mentions join it (``_Cluster``: running summaries, so that each comparison costs constant time),
and the story one article has told so far (``_Told``)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from ..gazetteer import match_key
from ..places import ancestors, places_gazetteer, specificity
from .compat import (COUNT_FIELDS, EARLIER_THAN_TOLD, RELATIVE_TO_TOLD, SEPARATE, SITE_TYPES, _family, _interval,
                     _qualifier)


class _Told:
    """One article's mentions of an incident, with what the comparisons ask of them kept as they are added (constant
    time per comparison however many mentions the article gives the incident; ``exact`` False: a value could not be
    read as a number, and the tests read the rows themselves, as before).

    >>> t = _Told(); t.add({"sent_id": 4, "sent_start": 90, "date_source": "sentence", "place_text": "Erbil",
    ...     "evidence": "A drone hit Erbil.", "date_rule": "", "killed": 2, "injured": None})
    >>> t.max_sent, t.min_start, t.n_not_sentence, t.toll, list(t.place_texts)
    (4, 90, 0, True, ['Erbil'])
    """

    __slots__ = ("rows", "exact", "max_sent", "min_start", "n_not_sentence", "n_earlier_rule", "toll", "place_texts",
                 "evidence", "direction")

    def __init__(self) -> None:
        """No mention yet."""
        self.rows: list[dict] = []
        self.exact = True
        self.max_sent: int | None = None
        self.min_start: int | None = None
        self.n_not_sentence = self.n_earlier_rule = 0
        self.toll = self.direction = False  # a figure of victims; a place told as a direction's point
        self.place_texts: dict[str, None] = {}  # distinct place texts, in order
        self.evidence: dict[str, None] = {}  # distinct sentences, in order

    def add(self, r: dict) -> None:
        """Add one mention of the article."""
        self.rows.append(r)
        pt, ev = str(r.get("place_text") or ""), str(r.get("evidence") or "")
        self.place_texts[pt] = None
        self.evidence[ev] = None
        self.direction = self.direction or _named_in(pt, ev, True)
        self.n_not_sentence += r.get("date_source") != "sentence"
        self.n_earlier_rule += r.get("date_rule") == EARLIER_THAN_TOLD
        self.toll = self.toll or any(_present(r[f]) and int(r[f]) > 0 for f in ("killed", "injured"))
        try:
            sent, start = int(r.get("sent_id") or 0), int(r["sent_start"])
        except (KeyError, TypeError, ValueError):
            self.exact = False
            return
        self.max_sent = sent if self.max_sent is None else max(self.max_sent, sent)
        self.min_start = start if self.min_start is None else min(self.min_start, start)


class _Cluster:
    """Mentions believed to report one incident, with running summaries for constant-time scoring."""

    def __init__(self, m: dict) -> None:
        """Start an incident from its first mention."""
        self.rows: list[dict] = []
        self.family = _family(m["event_type"])  # the family it starts; ``_families``: those it may join
        self.place_ids: Counter[str] = Counter()  # place -> mentions naming it (constant-time look-ups)
        self.locators: set[str] = set()  # places only told as locators ("60 km north of Baghdad")
        self.weapons: dict[str, None] = {}  # distinct weapons in the order first told
        self.counts: dict[str, dict[tuple[int, str], None]] = defaultdict(dict)  # distinct (count, qualifier)
        self.victims: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)  # (doc, field): casualties > 0
        self.days: set[str] = set()
        self.partial: set[str] = set()  # days or months without a year ("XXXX-11-17", an undated article's "November 17")
        self.precise: tuple[date, date] | None = None
        self.any_iv: tuple[date, date] | None = None
        self.stated: tuple[date, date] | None = None  # days of the statements its mentions are dated by
        self._place: str | None = None
        self.idx = -1
        self.docs: set[str] = set()
        self.sents: set[tuple[str, str]] = set()
        self.separate = bool(SEPARATE.match(str(m.get("evidence") or "")))  # "In other violence, ..." opens it
        self.earlier: set[tuple[str, str]] = set()  # (doc, day) of mentions an article dates "a day before" its story
        self.n_earlier = 0
        self.recalled: Counter[str] = Counter()  # article -> its mentions told as recalled ("previously", "earlier in 2018")
        self.told: dict[str, _Told] = {}  # doc -> its mentions of the incident
        self.n_claims = self.n_locators = 0  # mentions that are claims; placed only by a locator
        self.weapon_key: tuple[str, ...] = ()  # its weapons, as a key of remembered tests
        self.day_span: tuple[date, date] | None = None  # first and last of its days written in full
        self.add(m)

    def add(self, m: dict) -> None:
        """Add a mention and update the summaries."""
        self.rows.append(m)
        self.docs.add(m["doc_id"])
        told = self.told.get(m["doc_id"])
        if told is None:
            told = self.told[m["doc_id"]] = _Told()
        told.add(m)
        self.n_claims += m["event_type"] == "claim"
        self.n_locators += m.get("place_source") == "locator"
        if _recalls(m):
            self.recalled[m["doc_id"]] += 1
        self.sents.add((m["doc_id"], str(m.get("sent_id", ""))))
        if m["place_id"]:
            self.place_ids[m["place_id"]] += 1
            self._place = None
            if m.get("place_source") == "locator" or _named_in(str(m.get("place_text") or ""),
                                                                str(m.get("evidence") or ""), True):
                self.locators.add(m["place_id"])  # "exploded west of Mosul": a point to find the site from
        if m["weapon"]:
            if m["weapon"] not in self.weapons:
                self.weapons[m["weapon"]] = None
                self.weapon_key = tuple(self.weapons)
        for f in COUNT_FIELDS:
            if _present(m[f]):
                self.counts[f][int(m[f]), _qualifier(m, f)] = None
                if f in ("killed", "injured") and int(m[f]) > 0 and len(self.victims[m["doc_id"], f]) < 8:
                    self.victims[m["doc_id"], f].append((int(m[f]), _qualifier(m, f)))
        own = m.get("date_source", "sentence") in ("sentence", "") and m["event_type"] != "claim"
        # not a statement's, the page's (dateline or stamp) or the story's day, nor the day a group claimed the attack
        if m["date_precision"] == "day" and m["date"] and own:
            self.days.add(m["date"])
            self.day_span = _span_with(self.day_span, m["date"])
        if str(m["date"]).startswith("XXXX-") and len(str(m["date"])) in (7, 10):
            self.partial.add(str(m["date"]))
        if m.get("date_rule") == RELATIVE_TO_TOLD:
            self.earlier.add((m["doc_id"], str(m["date"])))
            self.n_earlier += 1
        iv = _interval(m)
        if iv and _stated_day(m):  # the day a statement was made bounds the event's day from above only
            self.stated = _union(self.stated, iv)
        elif iv:
            self.any_iv = _union(self.any_iv, iv)
            if m["date_precision"] in ("day", "month", "year", "week") and own:
                self.precise = _union(self.precise, iv)

    @property
    def place_id(self) -> str:
        """The most specific place its mentions name (sites before areas, then the most frequent)."""
        if self._place is None:
            ids = self.place_ids
            kind = lambda p: places_gazetteer().row(p)["type"]  # noqa: E731
            own = self.locators and any(q not in self.locators and kind(q) not in ("country", "region", "province")
                                        for q in ids)  # a finer place of its own beside a locator
            holders = {a for q in ids for a in ancestors(q)}  # "Dourat al-Hamam, eastern Mosul": not Mosul
            first = {p: i for i, p in enumerate(ids)}  # the order the mentions first named them: the lead's place first
            self._place = sorted(ids, key=lambda p: (bool(own) and p in self.locators, p in holders, specificity(p),
                                                          kind(p) not in SITE_TYPES, kind(p) != "village", -ids[p], first[p])
                                 )[0] if ids else ""  # a village beside the town the text also names: the village
        return self._place

    def interval(self) -> tuple[date, date] | None:
        """Date interval of the incident (precise mentions first, a statement's day last)."""
        return self.precise or self.any_iv or self.stated


@lru_cache(maxsize=4096)
def _namesake_province(place_id: str) -> str:
    """The province a city shares its name with ("Deir Ezzor" may mean the city or its governorate), else ''.

    >>> _namesake_province("deir_ezzor"), _namesake_province("mayadin")
    ('deir_ezzor_gov', '')
    """
    gaz = places_gazetteer()
    if not place_id or gaz.row(place_id)["type"] != "city":
        return ""
    key = match_key(str(gaz.row(place_id)["name"]))
    return next((a for a in ancestors(place_id) if gaz.row(a)["type"] == "province" and match_key(re.sub(
        r"\s+(?:governorate|province)$", "", str(gaz.row(a)["name"]), flags=re.I)) == key), "")


@lru_cache(maxsize=1)
def _countryside_provinces() -> dict[str, str]:
    """Provinces named as a city's countryside ("X Countryside", "Rural X"): the city's match key -> province id.

    >>> _countryside_provinces().get(match_key("Damascus"))
    'adm:SY.08'
    """
    out: dict[str, str] = {}
    for pid, r in places_gazetteer().rows.items():
        if r["type"] == "province":
            for name in str(r.get("aliases") or "").split(";") + [str(r["name"])]:
                city = re.fullmatch(r"\s*(?:rural\s+(.+?)|(.+?)\s+countryside)(?:\s+(?:province|governorate))?\s*", name, re.I)
                if city:
                    out.setdefault(match_key(city.group(1) or city.group(2)), pid)
    return out


def _namesakes(a: str, b: str) -> bool:
    """Whether one place is a city named like a province that holds the other ("in Deir Ezzor", the Omar field), or
    a city whose countryside a province is named after ("near Damascus", a village of the Damascus Countryside).

    >>> _namesakes("deir_ezzor", "omar_oilfield"), _namesakes("mayadin", "omar_oilfield")
    (True, False)
    >>> from analysis.events.places import text_place
    >>> _namesakes("damascus", text_place("Beit Nuram", "village", "adm:SY.08"))
    True
    """
    pa, pb = _namesake_province(a), _namesake_province(b)
    return bool(pa and pa in ancestors(b) or pb and pb in ancestors(a) or _around(a, b) or _around(b, a))


def _around(city: str, place: str) -> bool:
    """Whether ``place`` lies in the province named as ``city``'s countryside."""
    gaz = places_gazetteer()
    if not city or gaz.row(city)["type"] != "city":
        return False
    prov = _countryside_provinces().get(match_key(str(gaz.row(city)["name"])))
    return bool(prov) and (place == prov or prov in ancestors(place))


#: a place told only as the point a direction is taken from ("exploded west of Mosul", "20 km north of Baquba"), or
#: as what a site is near ("a military base near the town of X", "a coalition base near X": the site is the target)
_DIRECTION_OF = r"(?:(?:north|south|east|west)(?:ern|east|west)*\s+of|(?:base|airbase|airport|camp|garrison|outpost)\s+" \
                r"near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"


@lru_cache(maxsize=16384)  # a merge asks it of one sentence for every incident of the block
def _named_in(place_text: str, text: str, direction: bool = False) -> bool:
    """Whether a place's words are named in a sentence (``direction``: only as the point a direction is taken from).

    >>> _named_in("Mosul", "a bomb exploded west of Mosul", True), _named_in("Mosul", "a bomb in Mosul", True)
    (True, False)
    >>> _named_in("Lakeview", "rockets hit a military base near the small town of Lakeview", True)
    True
    """
    if len(place_text) < 3:
        return False
    name = re.escape(place_text)
    return bool(re.search((_DIRECTION_OF if direction else r"\b") + name + r"\b", text, re.I))


def _present(v: object) -> bool:
    """A count cell that holds a number."""
    return v is not None and not (isinstance(v, float) and np.isnan(v)) and v is not pd.NA and str(v) != ""


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _span_with(span: tuple[date, date] | None, day: str) -> tuple[date, date] | None:
    """The first and last of some days with one more (only a day written in full counts: ``_within_a_day``).

    >>> _span_with(None, "2021-07-06"), _span_with(None, "XXXX-07-06")
    ((datetime.date(2021, 7, 6), datetime.date(2021, 7, 6)), None)
    """
    if not _ISO_DAY.fullmatch(day[:10]):
        return span
    d = date.fromisoformat(day[:10])
    return (d, d) if span is None else (min(span[0], d), max(span[1], d))


def _stated_day(m: dict) -> bool:
    """Whether a mention is dated by the day of the statement that reports it, or of the page that files it (its
    dateline or date stamp), not by the event's own day.

    >>> _stated_day({"date_source": "statement", "date_precision": "day"}), _stated_day({"date_source": "sentence"})
    (True, False)
    >>> _stated_day({"date_source": "dateline", "date_precision": "day"})
    True
    """
    return m.get("date_source") in ("statement", "dateline") and m.get("date_precision") == "day"


def _union(a: tuple[date, date] | None, b: tuple[date, date]) -> tuple[date, date]:
    """The smallest interval holding both."""
    return b if a is None else (min(a[0], b[0]), max(a[1], b[1]))


#: an event told as one the story recalls: "previously" with its verb ("X previously launched an attack", "the base was
#: previously targeted", not "as previously reported" nor "X has previously linked the militia to an attack": the
#: linking is earlier, not the attack), or an opening "Earlier in 2018 | this year | last month", "In the previous
#: month", "A year earlier"
_RECALL = re.compile(r"\bpreviously\s+(?!(?:reported|said|announced|stated|told|confirmed|noted|mentioned|known|linked|"
                     r"blamed|tied|attributed|accused)\b)[a-z]+ed\b|"
                     r"^\W*(?:earlier|previously)\s+(?:in\s+(?:\d{4}|the\s+(?:year|month))|this\s+(?:year|month)|"
                     r"last\s+(?:year|month))\b|"
                     r"^\W*(?:in\s+)?the\s+(?:previous|preceding)\s+(?:year|month)\b|"
                     r"^\W*(?:a|one)\s+(?:year|month)\s+(?:earlier|before)\b", re.I)


def _recalls(m: dict) -> bool:
    """Whether a mention's sentence tells its event as one recalled before the story (``_RECALL``).

    >>> _recalls({"evidence": "The army previously launched a raid on the port last week."})
    True
    >>> _recalls({"evidence": "As previously reported, the raid killed two."}), _recalls({"evidence": "A raid hit the port."})
    (False, False)
    >>> _recalls({"evidence": "Earlier in 2019, a bomb went off in the same market."})
    True
    >>> _recalls({"evidence": "In the previous month, an airstrike on a school killed five."})
    True
    """
    ev = str(m.get("evidence") or "")
    head = ev.lstrip(" \"'“(")[:40].lower()
    if "reviously" not in ev and not head.startswith("earlier") and "previous" not in head and "preceding" not in head \
            and " earlier" not in head and " before" not in head:
        return False  # none of its words: no search
    return bool(_RECALL.search(ev))


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
