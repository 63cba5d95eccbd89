"""The candidate incidents of a mention (``_Blocks``): incidents registered under the days, places, months and counts
of their mentions."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from ..places import ancestors, places_gazetteer
from .compat import COUNT_FIELDS, _READ_MAX, _SHORT, _families, _family, _interval
from .cluster import _Cluster, _present
from .retell import _same_site_day, _unnamed
from .apart import _Facts
from .score import _score


class _Blocks:
    """Index of incidents by (family, day), (family, place, month), (family, count field, value) and (family,
    article): the blocks a mention is compared within."""

    def __init__(self) -> None:
        """Empty blocks."""
        self.clusters: list[_Cluster] = []
        self.by_day: dict[tuple, list[int]] = defaultdict(list)
        self.by_place: dict[tuple, list[int]] = defaultdict(list)
        self.by_count: dict[tuple, list[int]] = defaultdict(list)
        self.by_doc: dict[tuple, list[int]] = defaultdict(list)

    def candidates(self, m: dict, use_date: bool, facts: _Facts | None = None) -> list[_Cluster]:
        """Incidents in the blocks of a mention (with its ``facts``: not those of another family when it retells none,
        which ``_score`` would set apart first)."""
        iv = _interval(m) if use_date else None
        months = _months(iv) if iv else ["*"]
        found: set[int] = set()
        both = _family(m["event_type"]) != "threat" and (facts is None or facts.may_retell or facts.unnamed or
                                                        facts.unplaced)
        if both:  # the article's incidents of the other kind: its lead retold
            for fam in ("state", "militia"):  # ("the drone targeted a car" after "a Turkish drone strike killed")
                found.update(self.by_doc.get((fam, m["doc_id"]), ()))
        for fam in (_families(m) if facts is None else facts.families):
            if not (both and fam in ("state", "militia")):  # not found above
                found.update(self.by_doc.get((fam, m["doc_id"]), ()))
            if iv and (iv[1] - iv[0]).days <= _SHORT:
                for d in _days(iv):
                    found.update(self.by_day.get((fam, d), ()))
            for key in _place_keys(m["place_id"]):
                for mo in months:
                    found.update(self.by_place.get((fam, key, mo), ()))
            for f in COUNT_FIELDS:
                if _present(m[f]):
                    for mo in months:
                        found.update(self.by_count.get((fam, f, int(m[f]), mo), ()))
        return [self.clusters[i] for i in sorted(found)]

    def register(self, i: int, m: dict) -> None:
        """Register incident ``i`` under the blocks of a mention just added to it."""
        c, iv = self.clusters[i], _interval(m)
        fam = c.family
        _add_once(self.by_doc[(fam, m["doc_id"])], i)
        civ = c.interval()
        if civ and (civ[1] - civ[0]).days <= _SHORT:
            for d in _days((civ[0] - timedelta(days=1), civ[1] + timedelta(days=1))):
                _add_once(self.by_day[(fam, d)], i)
        months = [*(_months(civ) if civ else ()), "*"]
        for key in set(_place_keys(m["place_id"]) + _place_keys(c.place_id)):
            for mo in months:
                _add_once(self.by_place[(fam, key, mo)], i)
        for f in COUNT_FIELDS:
            if _present(m[f]):
                for mo in months:
                    _add_once(self.by_count[(fam, f, int(m[f]), mo)], i)
        del iv


def _add_once(lst: list[int], i: int) -> None:
    """Append ``i`` unless it is already the last element (registrations come in runs)."""
    if not lst or lst[-1] != i and i not in lst[-4:]:
        lst.append(i)


@lru_cache(maxsize=4096)
def _days(iv: tuple[date, date]) -> tuple[str, ...]:
    """ISO days of an interval (at most ``_SHORT`` + 2), remembered (a block's days are asked of each mention).

    >>> _days((date(2021, 7, 6), date(2021, 7, 7)))
    ('2021-07-06', '2021-07-07')
    """
    n = min((iv[1] - iv[0]).days, _SHORT + 2)
    return tuple((iv[0] + timedelta(days=k)).isoformat() for k in range(n + 1))


@lru_cache(maxsize=4096)
def _months(iv: tuple[date, date]) -> tuple[str, ...]:
    """Months an interval touches (at most 14), remembered.

    >>> _months((date(2021, 12, 30), date(2022, 1, 2)))
    ('2021-12', '2022-01')
    """
    out, y, mo = [], iv[0].year, iv[0].month
    while (y, mo) <= (iv[1].year, iv[1].month) and len(out) < 14:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return tuple(out)


#: ``_place_keys`` of the places a merge blocks by (the gazetteer's answers hold for the merge, like ``_FITS``)
_KEYS: dict[str, list[str]] = {}


def _place_keys(place_id: str) -> list[str]:
    """A place and the places containing it below province level (the keys of its place blocks), remembered within a
    merge (read, never changed, by its callers).

    >>> _place_keys("ain_al_asad")[0], _place_keys("")
    ('ain_al_asad', [])
    """
    keys = _KEYS.get(place_id)
    if keys is None:
        if len(_KEYS) >= _READ_MAX:
            _KEYS.clear()
        keys = _KEYS[place_id] = _own_place_keys(place_id)
    return keys


def _own_place_keys(place_id: str) -> list[str]:
    """``_place_keys`` read from the gazetteer."""
    if not place_id:
        return []
    gaz = places_gazetteer()
    return [place_id] + [a for a in ancestors(place_id) if gaz.row(a)["type"] not in ("country", "region", "province")]


def _assign(m: dict, blocks: _Blocks, use_date: bool = True, unique: bool = False) -> int | None:
    """Index of the best-fitting incident for a mention (None when none fits, or when ``unique`` and several tie)."""
    facts = _Facts(m)
    fits = [(s, c) for c in blocks.candidates(m, use_date, facts) if (s := _score(m, c, use_date, facts)) is not None]
    if not fits and _unnamed(m):  # an unnamed attack that fits no incident of its family: the article's other event
        facts.unnamed = True  # at its site, on its day (only those are put to ``_score``)
        fits = [(s, c) for c in blocks.candidates(m, use_date, facts) if c.family not in facts.families and
                _same_site_day(m, c) and (s := _score(m, c, use_date, facts)) is not None]
    if not fits or unique and len(fits) > 1 and len({round(s, 3) for s, _ in fits}) == 1:
        return None
    best = max(s for s, _ in fits)
    tied = [c for s, c in fits if s == best]
    return max(tied, key=lambda c: ((c.interval() or (date.min, date.min))[1], -c.idx)).idx  # ties: most recent


def _place(m: dict, blocks: _Blocks, use_date: bool = True) -> None:
    """Put a mention into its best incident, or start a new one."""
    i = _assign(m, blocks, use_date)
    if i is None:
        i = len(blocks.clusters)
        blocks.clusters.append(_Cluster(m))
        blocks.clusters[i].idx = i
    else:
        blocks.clusters[i].add(m)
    blocks.register(i, m)
