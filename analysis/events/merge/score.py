"""A mention against a candidate incident (``_score``): place, weapons, counts and dates that fit, and the article-
level facts that may join them."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..places import ancestors, places_gazetteer
from ..vocabulary import weapons_in
from .compat import COUNT_FIELDS  # noqa: F401  (the examples)
from .compat import (DEFINITE_START, EARLIER_THAN_TOLD, RELATIVE_TO_TOLD, _TOLD_AS_EARLIER, _opens,
                     _pair_fit, _places_fit, _searched, counts_compatible, weapons_compatible)
from .cluster import _Cluster, _namesakes, _stated_day
from .retell import (_Once, _UNREAD, _bare_locator, _claim_lede, _dateline_placed, _loose_places, _means_of_told,
                     _next_account, _next_refers_back, _next_unplaced, _retold, _rows_at, _same_site_day, _same_toll,
                     _sent_no, _settled_apart, _stated_intervals, _targets_retold, _text_siblings, _told_site_named,
                     _toll_differs, _toll_told_again, _unplaced, _unplaced_in_country, _unplaced_in_province,
                     _within_span)
from .apart import _Facts, _part_of_salvo, _told_apart


def _score(m: dict, c: _Cluster, use_date: bool = True, facts: _Facts | None = None) -> float | None:
    """How well a mention fits an incident (None when incompatible); ``facts``: the mention's ``_Facts``, if read.

    Each test that sets the two apart is pure, so they run cheapest first (families no retelling crosses, weapons, the
    story's earlier event, year-less days, dates, families a retelling may cross, then the text's own tests and places);
    the score adds the same parts in the same order.
    """
    facts = facts or _Facts(m)
    mine = m["doc_id"] in c.docs
    may_retell = facts.may_retell and mine
    crosses = mine and c.family != "threat" and (facts.unnamed and _same_site_day(m, c) or
                                                 facts.unplaced and _next_unplaced(m, c))
    # an unnamed attack of the article at the incident's own site, on its day or on none, or with no place in the
    # sentence after one of the incident's: the incident told, whichever family it is
    if c.family not in facts.families and (not (may_retell or crosses) or "threat" in (c.family, facts.family)):
        return None  # another family, which no retelling crosses (``_told_apart``'s first test)
    if c.weapon_key and _weapons_clash(m["weapon"], c.weapon_key) and not (
            mine and m["date"] and m["date"] in c.days and (_strong(m, c) or _means_of_told(m))) and not (
            mine and (_definite_next(m, c) or _weapon_told_with(m, c))):
        return None  # different weapons are different attacks, unless one article reports both for one site and day,
        # or the next sentence goes on about the munitions told by a definite name ("The rockets struck a car ...")
    part = facts.part
    if c.earlier and m.get("date_rule") != RELATIVE_TO_TOLD and not _searched(_TOLD_AS_EARLIER, str(m.get("evidence") or "")) and (m["date_precision"] != "day" and c.n_earlier ==
                                                                  len(c.rows) or any(d == m["doc_id"] and day != part
                                                                                     for d, day in c.earlier)):
        return None  # the article told this one as before its story ("comes a day after X"); its story is apart
    if facts.year_less and (_year_less_apart(part, c.partial) or _off_the_days(part, c.days)):
        return None  # "November 9" and "November 17" of an undated article are two days, year or not
    fit = None
    if use_date and not (facts.claim_of_told and mine):  # "X claimed the attack" (on whatever day) is the attack told
        fit = _date_fit(m, c, facts.interval)
        if fit is None:
            return None
    retold = _Once(lambda: may_retell and (_retold(m, c) or _next_account(m, c) or _same_toll(m, c) or
                                           _targets_retold(m, c)) or _part_of_salvo(m, c)) if mine else False
    # the very toll told again, or one munition of the salvo told with its own victims (asked only when it matters);
    # "The source told the agency that ... killing two brothers": the lead's event in detail; "Another source said at
    # least 12 had died in the strikes", right after the first account
    if c.family not in facts.families and ("threat" in (c.family, facts.family) or not (retold or crosses)):
        return None  # another family (``_told_apart``'s first test, asked before its others: a retelling may cross it)
    if _told_apart(m, c, retold, facts, crosses):
        return None
    placed = _place_score(m, c, facts, retold)
    if placed is None:
        return None
    score, strong = placed
    score += 1 if m["weapon"] and m["weapon"] in c.weapons else 0
    counts_match = False
    for f, own in facts.counts:
        if c.counts.get(f):
            fits = [_counts_fit(own, v) for v in c.counts[f]]
            if all(fits):
                counts_match, score = True, score + 2
            elif any(fits):
                score += 1  # the incident already holds reports that disagree, and this one agrees with one of them
            elif mine:
                score -= 1.5  # one article's other figure: its own event when another incident fits as well
    if fit is not None:
        score += fit
    if not strong:
        if c.separate and mine and not m["place_id"]:
            return None  # an event the article set apart ("Separately, ...") is not the story told around it
        precise = use_date and m["date_precision"] in ("day", "month") and c.interval() is not None
        same_story = mine and (m.get("date_rule") != EARLIER_THAN_TOLD or _answered_again(m, c))  # not an event it
        # answers, unless that event told again
        if not (counts_match or precise or same_story or mine and _same_answered(m, c)):  # one article's mentions of one story join
            return None
    return score + (0.5 if mine else 0)


def _definite_next(m: dict, c: _Cluster) -> bool:
    """Whether a mention opens on a definite munition or blast ("The rockets struck ...", "The explosion occurred ...")
    one or two sentences after one of the incident's, with no place of its own that the incident lacks.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "rockets",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(3, "A drone fired two missiles at the base."))
    >>> _definite_next(row(4, "The rockets struck a car."), c), _definite_next(row(9, "The rockets struck a car."), c)
    (True, False)
    """
    sid = _sent_no(m)
    return sid is not None and bool(_DEFINITE_MUNITION.match(str(m.get("evidence") or ""))) and \
        any((m["doc_id"], str(sid - k)) in c.sents for k in (1, 2)) and (not m["place_id"] or m["place_id"] in c.place_ids)


def _victims_next(m: dict, c: _Cluster) -> bool:
    """Whether a mention opens on the victims just told ("The deceased – three men and an infant – were killed when
    the assailants attacked X village"), the sentence right after one of the incident's: the incident told again, in
    detail, at its finer place; or the other way round, the lede of such a sentence that the incident holds.

    >>> row = lambda i, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(3, "Six were killed after gunmen attacked a village."))
    >>> _victims_next(row(4, "The deceased were killed in X."), c), _victims_next(row(6, "The victims were shot."), c)
    (True, False)
    >>> _victims_next(row(2, "Six were killed."), _Cluster(row(3, "The dead were shot in X.")))
    True
    """
    if _TOLD_VICTIMS.match(str(m.get("evidence") or "")):
        return bool(_rows_at(m, c, (-1,)))
    return any(_TOLD_VICTIMS.match(str(r.get("evidence") or "")) for r in _rows_at(m, c, (1,)))  # the lede, read after


#: a sentence opening on the victims just told, by a definite name ("The deceased", "The victims", "The dead")
_TOLD_VICTIMS = re.compile(r"^\W*(?:the|these|those)\s+(?:deceased|dead|victims|slain|bodies)\b(?!\s+(?:of|in|from)\b)",
                           re.I)


def _weapon_told_with(m: dict, c: _Cluster) -> bool:
    """Whether a mention opens on munitions already told ("Of the two drones, one was intercepted", "The drones ...")
    and one of the incident's sentences of its article, at most three before it, names its weapon beside the incident's
    own ("launched three drones and a ballistic missile"): the salvo told, not another attack.

    >>> row = lambda i, w, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": w,
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "evidence": ev}
    >>> c = _Cluster(row(0, "ballistic missiles", "They launched three drones and a ballistic missile at ships."))
    >>> _weapon_told_with(row(2, "drones", "Of the two drones, one was shot down."), c)
    True
    >>> _weapon_told_with(row(2, "drones", "A drone hit a ship."), c), _weapon_told_with(row(6, "drones", "The drone hit."), c)
    (False, False)
    """
    if not _opens(_TOLD_MUNITIONS, str(m.get("evidence") or "")):
        return False
    return any(_weapons_fit(str(m["weapon"]), w) for r in _rows_at(m, c, (-1, -2, -3))
               for w in weapons_in(str(r.get("evidence") or "")))


#: a sentence opening on munitions already told, by a definite or partitive reference ("Of the two drones deployed",
#: "The UAVs", "One of the missiles")
_TOLD_MUNITIONS = re.compile(r"^\W*(?:of\s+)?(?:the|these|those|both(?:\s+of\s+the)?|"
                             r"(?:one|two|three|all|some|most|none)\s+of\s+the)\s+(?:[\w()-]+\s+){0,4}?(?:drones?|uavs?|unmanned|rockets?|missiles?|projectiles?|"
                             r"shells?|mortars?)\b", re.I)


#: a sentence opening on the munitions or blast just told, by a definite name
_DEFINITE_MUNITION = re.compile(r"^\W*(?:the|these|those)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|drones?|projectiles?|shells?|"
                                r"explosions?|blasts?|bombs?|munitions?)\b(?!\s+(?:that|which)\b)", re.I)


def _same_answered(m: dict, c: _Cluster) -> bool:
    """Whether a mention and an incident are one article's accounts of the attack its story answers: both told as
    earlier than the event told ("strikes ... after a mortar attack that left X dead"; "in reply to a volley of 18
    rockets"), with the same weapon and no place to set them apart.

    >>> row = lambda w: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": w, "date": "",
    ...     "date_precision": "", "date_rule": EARLIER_THAN_TOLD, **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> _same_answered(row("rockets"), _Cluster(row("rockets"))), _same_answered(row("rockets"), _Cluster(row("drones")))
    (True, False)
    """
    return not m["place_id"] and _told_earlier_same_weapon(m, c, [r for r in c.rows if r["doc_id"] == m["doc_id"]])


def _told_earlier_same_weapon(m: dict, c: _Cluster, rows: list[dict]) -> bool:
    """Whether a mention told as earlier than its story names a weapon of the incident and all of ``rows`` are told so
    too: the test ``_same_answered`` (one article's rows) and ``_answered_again`` (every row) share.

    >>> row = {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets", "date": "",
    ...        "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "date_rule": EARLIER_THAN_TOLD, "evidence": ""}
    >>> _told_earlier_same_weapon(row, _Cluster(row), [row]), _told_earlier_same_weapon(row, _Cluster(row), [{}])
    (True, False)
    """
    return m.get("date_rule") == EARLIER_THAN_TOLD and bool(m["weapon"]) and m["weapon"] in c.weapons and \
        all(r.get("date_rule") == EARLIER_THAN_TOLD for r in rows)


def _answered_again(m: dict, c: _Cluster) -> bool:
    """Whether a mention an article tells as before its story ("in reply to a volley of rockets launched on Monday")
    and an incident all of whose mentions it told so ("a week after a rocket assault") name the same weapon: the one
    event the story answers, told twice.

    >>> row = lambda ev: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "rockets",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "date_rule": EARLIER_THAN_TOLD, "evidence": ev}
    >>> c = _Cluster(row("Jets struck the hills three days after the rocket attack."))
    >>> _answered_again(row("It answered rockets fired at dawn on Monday."), c)
    True
    >>> _answered_again({**row("It answered rockets fired at dawn on Monday."), "weapon": "drones"}, c)
    False
    """
    return _told_earlier_same_weapon(m, c, c.rows)


def _strong(m: dict, c: _Cluster) -> bool:
    """Whether a mention's place and an incident's fit (``_places_fit``), both given."""
    cp = c.place_id
    return bool(m["place_id"]) and bool(cp) and _places_fit(m["place_id"], cp)


def _place_score(m: dict, c: _Cluster, facts: _Facts, retold: bool | _Once) -> tuple[float, bool] | None:
    """The place part of ``_score``: (score, whether the places fit), or None when the places set the mention apart."""
    cp, mp = c.place_id, m["place_id"]
    if mp and cp:
        if _places_fit(mp, cp):
            return (3 if mp in c.place_ids else 1), True
        if m["doc_id"] in c.docs and _pair_fit(_namesakes, mp, cp):
            return 1, True  # one article's "Ankara" and "the Kahramankazan district": the city and a part of its province
        if not (_pair_fit(_places_nested, mp, cp) or
                m["doc_id"] in c.docs and (_bare_locator(m, c) or _pair_fit(_unplaced_in_country, mp, cp) or
                                           _pair_fit(_unplaced_in_province, mp, cp) and not _toll_differs(m, c) and
                                           (bool(_opens(DEFINITE_START, str(m.get("evidence") or ""))) or
                                            _next_refers_back(m, c)) or
                                           _pair_fit(_text_siblings, mp, cp) and _toll_told_again(m, c) or
                                           facts.restated or facts.may_same_toll and _same_toll(m, c) or
                                           _victims_next(m, c) and not _toll_differs(m, c) or
                                           facts.told_ref and (_unplaced(mp) or _unplaced(cp)) or
                                           facts.may_site_named and _told_site_named(m, c) or
                                           c.n_claims == len(c.rows) and _claim_lede(m, c) or
                                           (retold or facts.account) and
                                           (_pair_fit(_loose_places, mp, cp) and not _settled_apart(m, mp, cp) or
                                            _dateline_placed(m, c)))):
            return None  # a country or province holding the other's site is compatible but says little; a place that
            # only locates ("60 km north of Baghdad") does not set one article's mentions apart
    elif not m["place_id"] and m.get("country") and cp and c.rows[0].get("country") and \
            m["country"] != places_gazetteer().row(cp)["country"] and not (facts.claim_of_told and m["doc_id"] in c.docs):
        return None  # (not "Iraqi militias claimed the attack": the claimants' country, not the attack's)
    return 0.0, False


def _places_nested(a: str, b: str) -> bool:
    """Whether one place holds the other or is a city named like a province that holds it.

    >>> _places_nested("erbil_gov", "erbil"), _places_nested("deir_ezzor", "omar_oilfield"), _places_nested("mosul", "basra")
    (True, True, False)
    """
    return a in ancestors(b) or b in ancestors(a) or _namesakes(a, b)


@lru_cache(maxsize=4096)
def _weapons_fit(a: str, b: str) -> bool:
    """``weapons_compatible``, remembered (the weapon families are a fixed table).

    >>> _weapons_fit("Grad/Katyusha", "rockets"), _weapons_fit("drones", "rockets")
    (True, False)
    """
    return weapons_compatible(a, b)


@lru_cache(maxsize=4096)
def _weapons_clash(weapon: str, weapons: tuple[str, ...]) -> bool:
    """Whether a weapon is incompatible with one of an incident's weapons, remembered.

    >>> _weapons_clash("drones", ("rockets", "Grad/Katyusha")), _weapons_clash("rockets", ("Grad/Katyusha",))
    (True, False)
    """
    return any(not _weapons_fit(weapon, w) for w in weapons)


@lru_cache(maxsize=4096)
def _counts_fit(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """``counts_compatible``, remembered.

    >>> _counts_fit((14, "at_least"), (14, "exact")), _counts_fit((14, "about"), (24, "exact"))
    (True, False)
    """
    return counts_compatible(a, b)


def _year_less_apart(part: str, partial: set[str]) -> bool:
    """Whether a date without a year falls outside the year-less days and months of an incident: two days, or a day
    and another month ("mid-February" is not "July 5th", whatever the year).

    >>> _year_less_apart("XXXX-02", {"XXXX-07-05"}), _year_less_apart("XXXX-07", {"XXXX-07-05"})
    (True, False)
    >>> _year_less_apart("XXXX-11-09", {"XXXX-11-17", "XXXX-11"}), _year_less_apart("XXXX-11-09", set())
    (True, False)
    """
    if not (part.startswith("XXXX-") and len(part) in (7, 10) and partial):
        return False
    days = {p for p in partial if len(p) == 10}
    if len(part) == 10 and days:
        return part not in days
    return not any(p.startswith(part) or part.startswith(p) for p in partial)


def _off_the_days(part: str, days: set[str]) -> bool:
    """Whether a date without a year falls in another month or on another day than every dated day of an incident
    ("mid-August" of an undated page is not "22 September 2016", whatever the year).

    >>> _off_the_days("XXXX-08", {"2016-09-22"}), _off_the_days("XXXX-09", {"2016-09-22"}), _off_the_days("XXXX-08", set())
    (True, False, False)
    """
    if not (part.startswith("XXXX-") and len(part) in (7, 10)):
        return False
    full = [d for d in days if len(d) == 10 and d[:4].isdigit()]
    return bool(full) and not any(d[4:].startswith(part[4:]) for d in full)


def _date_fit(m: dict, c: _Cluster, interval: object = _UNREAD) -> float | None:
    """How a mention's date fits an incident's: None when apart, 2 for one of its days, 1 for an overlap, 0 unknown.

    >>> row = lambda day: {"doc_id": "a", "sent_id": 0, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": day, "date_precision": "day", "date_source": "sentence", "earliest": day, "latest": day,
    ...     **dict.fromkeys(COUNT_FIELDS), "evidence": ""}
    >>> c = _Cluster(row("2021-07-06"))
    >>> _date_fit(row("2021-07-06"), c), _date_fit(row("2021-07-07"), c), _date_fit(row("2021-07-09"), c)
    (2, 1, None)
    """
    mi, ci = _stated_intervals(m, c, interval)  # ``interval``: the mention's ``_interval``, if read
    if not (mi and ci):
        return 0
    tol = timedelta(days=1) if m["date_precision"] == "day" and m.get("date_rule") != RELATIVE_TO_TOLD \
        else timedelta(0)  # "a day after X": X was the day before, exactly
    if mi[0] > ci[1] + tol or ci[0] > mi[1] + tol:
        return None
    if m["date_precision"] == "day" and c.days and not _within_span(m["date"], c.day_span) and \
            not (_stated_day(m) and m["doc_id"] in c.docs):
        return None  # reports a day apart can be one incident; a chain of days cannot
    return 2 if m["date"] and m["date"] in c.days else 1


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
