"""Joins within one article (leads and their detail, retold tolls, twins, totals and their parts) and the undated
articles' publication window."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

import numpy as np
import pandas as pd

from ..places import register_text_places
from ..timex import infer_publication_window
from ..timex.lexicon import PLAUSIBLE_YEARS
from ..timex.mentions import date_records
from .compat import COUNT_FIELDS  # noqa: F401  (the examples)
from .compat import (DEFINITE_START, SEPARATE, _FITS, _READ, _READ_MAX, _SET_APART, maybe_box_native,
                     weapons_compatible)
from .cluster import _Cluster, _present
from .retell import (_ANOTHER_ATTACK, _MORE_VICTIMS, _NEXT_ENTRY, _OTHER_ACCOUNT, _QUOTE_RETELLS, _SOURCE_RETELLS,
                     _other_countries, _settled_apart, _within_a_day)
from .blocks import _Blocks, _KEYS, _assign, _place
from .consensus import _SEVERAL, _told_total


def _reresolve(m: dict, window: tuple[date, date], why: str) -> dict:
    """Resolve a mention's date expression again against an inferred publication window."""
    m = dict(m)
    if m["date_text"] and window[0].year in PLAUSIBLE_YEARS and window[1].year in PLAUSIBLE_YEARS:  # else no anchor
        dm = _redated(m["date_text"], window[0].isoformat(), window[1].isoformat())  # as the mention read it
        if dm:
            r = dm[0]
            m.update(date=r["value"], date_precision=r["precision"], earliest=r["earliest"], latest=r["latest"])
    if not m["earliest"]:
        m.update(date="", date_precision="vague", earliest=(window[0] - timedelta(days=30)).isoformat(),
                 latest=window[1].isoformat(), date_source="article window")
    m["date_inference"] = why
    return m


#: ``date_records`` of a date expression against an inferred window (the rows are read, never changed)
_REDATED: dict[tuple[str, str, str], list[dict]] = {}


def _redated(text: str, lo: str, hi: str) -> list[dict]:
    """``date_records(text, (lo, hi))``, remembered: an article's mentions repeat their date expressions ("on Monday").

    >>> again = date_records("on Tuesday", ("2021-07-07", "2021-07-09"))
    >>> [r["value"] for r in _redated("on Tuesday", "2021-07-07", "2021-07-09")] == [r["value"] for r in again]
    True
    """
    key = (text, lo, hi)
    rows = _REDATED.get(key)
    if rows is None:
        if len(_REDATED) >= _READ_MAX:
            _REDATED.clear()
        rows = _REDATED[key] = date_records(text, (lo, hi))
    return rows


def _undated_docs(m: pd.DataFrame, articles: pd.DataFrame | None) -> list[str]:
    """Articles without a publication date (from ``articles.published`` when given, else from the mentions)."""
    if articles is not None and "published" in articles.columns:
        pub = articles.set_index("doc_id")["published"].fillna("").astype(str)
        return sorted(d for d in m["doc_id"].unique() if d in pub.index and pub[d] in ("", "nan", "<NA>", "None"))
    docs = sorted(m.loc[m["date_precision"].eq("unknown") | m["date"].eq(""), "doc_id"].unique())
    windowed = set(m.loc[m["date_source"].isin(["article window"]), "doc_id"])  # one pass, not one per article
    return [d for d in docs if d not in windowed]


def _absolute(r: dict) -> bool:
    """A mention of an undated article whose date the text gives in full (not relative to publication)."""
    return r["date_precision"] in ("day", "month", "year") and bool(r["date"]) and r["date_source"] == "sentence"


#: extension dtypes whose values ``to_numpy(dtype=object)`` are Python scalars or pd.NA, which ``to_dict`` boxes (the
#: scalars unchanged, pd.NA as ``maybe_box_native`` makes it: None in pandas 3)
_OBJECT_READ = ("Int64", "Int32", "Float64", "boolean")


def _records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")`` (the same values, of the same types), read a column at a time: numbers, strings and
    nullable counts as Python lists, not cell by cell; a frame with other column types is read by ``to_dict``.

    >>> f = pd.DataFrame({"a": ["x", None], "n": pd.array([2, None], dtype="Int64"), "s": [1, 2]})
    >>> _records(f) == f.to_dict("records"), [type(v).__name__ for v in _records(f)[1].values()]
    (True, ['float', 'NoneType', 'int'])
    """
    if not frame.columns.is_unique or maybe_box_native is None:
        return frame.to_dict("records")
    cols, na = [], maybe_box_native(pd.NA)
    for name in frame.columns:
        dt = frame[name].dtype
        if isinstance(dt, np.dtype) and dt.kind in "iufb":
            cols.append(frame[name].to_numpy().tolist())
        elif isinstance(dt, pd.StringDtype) or str(dt) in _OBJECT_READ:  # only pd.NA changes when boxed
            cols.append([na if v is pd.NA else v for v in frame[name].to_numpy(dtype=object).tolist()])
        elif dt == object:  # the cells as stored, made Python scalars as ``to_dict`` makes them
            cols.append([maybe_box_native(v) for v in frame[name].to_numpy(dtype=object).tolist()])
        else:
            return frame.to_dict("records")
    names = list(frame.columns)
    return [dict(zip(names, row)) for row in zip(*cols)]


def _cluster_mentions(mentions: pd.DataFrame, articles: pd.DataFrame | None, progress: bool | None = None
                      ) -> tuple[list[_Cluster], dict[str, tuple[str, str]]]:
    """Incidents of the mentions (see the module docstring) and the inferred publication windows."""
    from ...progress import progress as _progress

    register_text_places(mentions)   # places known only from the text, found in another process (Dask)
    m = mentions[mentions["scope"] == "incident"].sort_values(["doc_id", "sent_start", "clause_start"], kind="stable")
    undated = set(_undated_docs(m, articles))
    recs = _records(m)
    first = [r for r in recs if r["doc_id"] not in undated or _absolute(r)]
    rest = [r for r in recs if not (r["doc_id"] not in undated or _absolute(r))]
    prec = {"day": 0, "month": 1, "year": 2}
    first.sort(key=lambda r: (r["place_id"] == "", prec.get(r["date_precision"], 3), r["doc_id"], r["sent_start"]))
    blocks = _Blocks()
    by_doc: dict[str, list[dict]] = {doc: [] for doc in undated}
    texts = _texts_of(articles, undated)
    for r in rest:  # each undated article's mentions, in order (one pass, not one per article)
        by_doc[r["doc_id"]].append(r)
    _READ.clear()  # the sentences' readings and place pairs are remembered for this merge only
    _FITS.clear()
    _KEYS.clear()
    try:
        for r in _progress(first, progress, desc="merging mentions", unit="mention"):
            _place(r, blocks)
        windows: dict[str, tuple[str, str]] = {}
        for doc in sorted(undated):
            rows = by_doc[doc]
            window, why = _infer_window(doc, rows, blocks, texts.get(doc, ""))
            if window:
                windows[doc] = (window[0].isoformat(), window[1].isoformat())
            for r in rows:
                r2 = _reresolve(r, window, why) if window else {**r, "date_inference": why}
                _place(r2, blocks, use_date=bool(window))
        return _join_retold_tolls(blocks.clusters), windows
    finally:
        _READ.clear()
        _FITS.clear()
        _KEYS.clear()


def _tolls(c: _Cluster, doc: str) -> dict[str, set[int]]:
    """The killed and wounded figures (above zero) an article gives an incident, by field.

    >>> _tolls(_Cluster({"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ""}), "a")
    {'killed': {2}}
    """
    return {f: {v for v, _q in c.victims[doc, f]} for f in ("killed", "injured") if c.victims.get((doc, f))}


def _casualty_evidence(c: _Cluster) -> list[str]:
    """The evidence sentences of an incident's mentions that give a killed or wounded figure.

    >>> _casualty_evidence(_Cluster({"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": "It killed two."}))
    ['It killed two.']
    """
    return [str(r.get("evidence") or "") for r in c.rows if any(_present(r[f]) for f in ("killed", "injured"))]


def _opens_another(c: _Cluster) -> bool:
    """Whether an incident's casualty sentences tell another attack or more victims ("Separately, ...", "A bomb
    killed ...", "two more ...").

    >>> row = lambda ev: {"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ev}
    >>> _opens_another(_Cluster(row("Also, two more were killed."))), _opens_another(_Cluster(row("It killed two.")))
    (True, False)
    """
    return c.separate or any(_SET_APART.match(e) or SEPARATE.match(e) or _ANOTHER_ATTACK.match(e) or
                             _NEXT_ENTRY.match(e) or _MORE_VICTIMS.search(e) for e in _casualty_evidence(c))


#: a sentence that retells through its source ("According to local sources, ...", "X, a local official, told the
#: agency that ...")
_ATTRIBUTED = re.compile(r"^\W*according\s+to\b|^[^.;\"“”]{0,160}?\b(?:told|said|stated|explained|added|confirmed)\b"
                         r"[^.;\"“”]{0,60}?\bthat\s", re.I)


def _retells(c: _Cluster) -> bool:
    """Whether one of an incident's casualty sentences retells an event: it opens on it or on a source's account.

    >>> row = lambda ev: {"doc_id": "a", "event_type": "attack", "place_id": "", "weapon": "", "date": "",
    ...     "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 2, "evidence": ev}
    >>> _retells(_Cluster(row("According to sources, gunmen killed two."))), _retells(_Cluster(row("Two were killed.")))
    (True, False)
    """
    return any(DEFINITE_START.match(e) or _SOURCE_RETELLS.match(e) or _QUOTE_RETELLS.match(e) or _ATTRIBUTED.match(e)
               for e in _casualty_evidence(c))


def _lead_and_detail(a: _Cluster, b: _Cluster) -> bool:
    """Whether two incidents of one article, the only two it gives casualties for, are its lead and the lead's detail
    told apart by their places: the same family, weapons and days, and the same toll (every figure both give is one
    figure, and one gives no field the other lacks), the later one not opening another attack."""
    doc = next(iter(a.docs))
    ta, tb = _tolls(a, doc), _tolls(b, doc)
    if a.family != b.family or not ta or not tb or not (set(ta) <= set(tb) or set(tb) <= set(ta)) or \
            _other_countries(b.rows[0], a) or \
            _settled_apart(b.rows[0], str(b.place_id or ""), str(a.place_id or "")):
        return False  # (nor an event its own sentence places in another country, "a drone attack in Jordan", or in
        # another town or village the text names)
    if any(not (ta[f] & tb[f]) for f in set(ta) & set(tb)) or _opens_another(b):
        return False
    if len(set(ta) & set(tb)) < 2 and not _retells(b):
        return False  # one shared figure ("two were killed") is a coincidence unless the sentence retells
    if any(not weapons_compatible(w, v) for w in a.weapons for v in b.weapons):
        return False
    ia, ib = a.interval(), b.interval()
    if ia and ib and (ia[1] < ib[0] or ib[1] < ia[0]):
        return False  # a background event of another day ("since the killing of X last year")
    return all(_within_a_day(d, a.days) for d in b.days)


def _join_retold_tolls(clusters: list[_Cluster]) -> list[_Cluster]:
    """The incidents with each article's lead and its detail joined (``_lead_and_detail``): an article that gives
    casualties for exactly two incidents of its own, with one toll ("One was killed and eight wounded in a bomb in X.
    ... 'The attack in the Y quarter killed one and wounded eight'"), tells one event twice; with three or more, a
    first toll the others add up to (``_total_of_parts``) is their total and is left to them."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if len(c.docs) == 1 and any(v for v in c.victims.values()):
            by_doc[next(iter(c.docs))].append(i)
    drop = set()
    for idx in by_doc.values():
        told = sorted((clusters[i] for i in idx), key=lambda c: min(int(r.get("sent_start") or 0) for r in c.rows))
        if len(told) == 2 and _lead_and_detail(*told):
            for r in told[1].rows:
                told[0].add(r)
            drop.add(id(told[1]))
            continue
        told = _join_twins(told, drop)
        if len(told) >= 3:
            summed = _total_of_parts(told[0], told[1:])
            told[0].rows = [{**r, **dict.fromkeys(summed, pd.NA)} for r in told[0].rows]  # the parts tell them
            summed = _total_after_parts(told[-1], told[:-1])  # "so the toll has reached N": a sum of the parts
            told[-1].rows = [{**r, **dict.fromkeys(summed, pd.NA)} for r in told[-1].rows]
        if len(told) >= 2:
            wins = _total_wins(told[0], told[1:])
            for c in told[1:]:  # "43 killed in two car bombings ... the deadliest killed 35": the total wins
                c.rows = [{**r, **dict.fromkeys(wins, pd.NA)} for r in c.rows]
    return [c for c in clusters if id(c) not in drop]


def _join_twins(told: list[_Cluster], drop: set[int]) -> list[_Cluster]:
    """An article's incidents with those that retell an earlier one's whole toll joined to it: the same family and
    the same killed and wounded figures, both above zero ("15 deaths and 30 injuries ... 'killed at least 15 people
    and injured 30'"), the later one not opening another attack; the kept incidents, in order."""
    doc, kept, whole = next(iter(told[0].docs)), [], {}  # whole tolls seen, by (family, killed, wounded): linear
    for c in told:
        tc = _tolls(c, doc)
        key = (c.family, *sorted((f, min(v)) for f, v in tc.items())) if len(tc) == 2 and \
            all(len(v) == 1 for v in tc.values()) else None
        twin = whole.get(key) if key is not None and not _opens_another(c) else None
        if twin is None:
            kept.append(c)
            whole.setdefault(key, c) if key is not None else None
            continue
        for r in c.rows:
            twin.add(r)
        drop.add(id(c))
    return kept


def _total_wins(lead: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's first incident gives as a total over several events ("43 were killed in two
    car bombings") that the others' figures stay below in sum (a part told, the rest not): the total wins over
    the parts. Each figure one number; no part opening as another source's count or told as an attack elsewhere.

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> _total_wins(_Cluster(row(0, 43, "43 died in two bombings.")), [_Cluster(row(1, 35, "The deadliest killed 35."))])
    ['killed']
    >>> _total_wins(_Cluster(row(0, 43, "43 died in a bombing.")), [_Cluster(row(1, 35, "The deadliest killed 35."))])
    []
    """
    doc = next(iter(lead.docs))
    total = {f: {v} for f in ("killed", "injured") if (v := _told_total(lead.rows, f))}  # its own parts aside
    tolls = [_tolls(c, doc) for c in parts]
    if not total or any(len(v) != 1 for t in tolls for v in t.values()):
        return []
    if any(_OTHER_ACCOUNT.search(str(c.rows[0].get("evidence") or "")) or c.family != lead.family or _opens_another(c)
           or _told_on_its_own(c, lead) for c in parts):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    return [f for f, v in total.items() if 0 < sums[f] < next(iter(v))]


#: a part told as an attack of its own inside its sentence ("while one was killed in another attack in X")
_ITS_OWN = re.compile(r"\b(?:another|separate|second|elsewhere|earlier|last|later)\b|\bafter\s+the\s+(?:attack|blast|"
                      r"explosion|bombing)\b", re.I)  # "After the attack, a roadside bomb wounded two guards"


def _told_on_its_own(part: _Cluster, lead: _Cluster) -> bool:
    """Whether a part is told as an event of its own rather than a part of the lead's total: a clause of the lead's
    own sentence, a sentence that marks another attack, or one that gives the part a date of its own ("In late
    January, a drone attack killed three").

    >>> row = lambda i, ev, when: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": 1, "evidence": ev,
    ...     "date_text": when}
    >>> lead = _Cluster(row(0, "Nine died in two blasts on Monday.", "Monday"))
    >>> _told_on_its_own(_Cluster(row(1, "The first killed one.", "")), lead)
    False
    >>> _told_on_its_own(_Cluster(row(1, "In late May a bomb killed one.", "late May")), lead)
    True
    """
    lead_sents, lead_times = {r.get("sent_id") for r in lead.rows}, {str(r.get("date_text") or "") for r in lead.rows}
    return any(r.get("sent_id") in lead_sents or _ITS_OWN.search(str(r.get("evidence") or "")) or
               _own_time(r) not in lead_times | {""} for r in part.rows)


def _own_time(r: dict) -> str:
    """The time expression a mention takes from its own sentence ('' when its date comes from elsewhere).

    >>> _own_time({"date_text": "late May", "evidence": "In late May a bomb went off."}), _own_time({"date_text": "May 3"})
    ('late May', '')
    """
    t = r.get("date_text")
    t = t if isinstance(t, str) else ""
    return t if t and t in str(r.get("evidence") or "") else ""


def _total_of_parts(lead: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's first incident gives as the total of the others' ("14 were killed in strikes
    on the province ... 13 in X ... a woman in Y"): each figure one number, the others' own one number each (none
    opening as another source's count, no field the lead lacks), none of its figures below their sum.

    >>> row = lambda i, k, w: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "injured": w,
    ...     "evidence": "in two attacks"}
    >>> _total_of_parts(_Cluster(row(0, 5, 9)), [_Cluster(row(1, 3, 4)), _Cluster(row(2, 1, 5))])
    ['injured']
    >>> _total_of_parts(_Cluster(row(0, 5, 9)), [_Cluster(row(1, 3, 4)), _Cluster(row(2, 3, 5))])
    []
    """
    doc = next(iter(lead.docs))
    total = _tolls(lead, doc)
    tolls = [_tolls(c, doc) for c in parts]
    if not any(_SEVERAL.search(str(r.get("evidence") or "")) for r in lead.rows if r["killed"] or r["injured"]):
        return []  # "Nine were killed in a car bombing in X": a roundup's first entry, not a total
    if any(len(v) != 1 for t in [total, *tolls] for v in t.values()) or any(set(t) - set(total) for t in tolls):
        return []
    if any(_OTHER_ACCOUNT.search(str(c.rows[0].get("evidence") or "")) or c.family == "threat" for c in parts):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    if any(sums[f] > next(iter(v)) for f, v in total.items()):
        return []
    return [f for f, v in total.items() if sums[f] == next(iter(v))]


#: a sentence that sums up the tolls told before it: "so the number killed in the day's attacks has reached N"
_SUMMED_UP = re.compile(r"\b(?:number|toll|tally|total|count)\b[^.;]{0,100}?\b(?:has\s+|have\s+|had\s+)?(?:reached|"
                        r"(?:rose|risen|climbed|increased|jumped)\s+to|stands?\s+at|stood\s+at)\b", re.I)


def _total_after_parts(last: _Cluster, parts: list[_Cluster]) -> list[str]:
    """The casualty fields an article's last incident gives as the sum of the earlier ones' in a sentence that sums
    them up (``_SUMMED_UP``): each figure one number, equal to the sum of the others' own one number each.

    >>> row = lambda i, k, ev: {"doc_id": "a", "sent_id": i, "event_type": "attack", "place_id": "", "weapon": "",
    ...     "date": "", "date_precision": "", **dict.fromkeys(COUNT_FIELDS), "killed": k, "evidence": ev}
    >>> parts = [_Cluster(row(0, 5, "Five were killed in X.")), _Cluster(row(1, 3, "Three died in Y."))]
    >>> _total_after_parts(_Cluster(row(2, 8, "Thus the number killed has reached eight.")), parts)
    ['killed']
    >>> _total_after_parts(_Cluster(row(2, 8, "A bomb killed eight in Z.")), parts)
    []
    """
    if not any(_SUMMED_UP.search(str(r.get("evidence") or "")) for r in last.rows
               if _present(r["killed"]) and r["killed"] or _present(r["injured"]) and r["injured"]):
        return []
    doc = next(iter(last.docs))
    total, tolls = _tolls(last, doc), [_tolls(c, doc) for c in parts]
    if any(len(v) != 1 for t in [total, *tolls] for v in t.values()):
        return []
    sums = {f: sum(next(iter(t[f])) for t in tolls if f in t) for f in total}
    return [f for f, v in total.items() if sums[f] and sums[f] == next(iter(v))]


def _infer_window(doc: str, rows: list[dict], blocks: _Blocks, text: str) -> tuple[tuple[date, date] | None, str]:
    """Publication window of an undated article (``text``: its cleaned text, or '') from its links to dated
    incidents, and why."""
    votes, linked, anchors = [], [], []
    anchored: set[tuple[str, str]] = set()  # (date text, day) of the anchors, looked up in constant time
    for r in rows:
        i = _assign(r, blocks, use_date=False, unique=True)
        c = blocks.clusters[i] if i is not None else None
        if c and c.days and r["place_id"]:
            day = max(c.days)
            votes.append(day)
            linked.append(sorted(c.docs))
            if r["date_text"] and r["date_precision"] == "unknown" and (r["date_text"], day) not in anchored:
                anchors.append((r["date_text"], day, ",".join(linked[-1])))
                anchored.add((r["date_text"], day))
    if not votes:
        return None, "publication date unknown; no link to a dated report"
    last = date.fromisoformat(max(votes))
    window, how = (last, last + timedelta(days=3)), "fallback: latest linked day + 3 days"
    if text:
        inf = infer_publication_window(text, anchors, not_before=last)
        if inf.as_anchor():
            window, how = inf.as_anchor(), inf.statement
    by = sorted({d for ds in linked for d in ds})
    return window, (f"publication window {window[0]}/{window[1]} inferred: {len(votes)} mention(s) link to incidents "
                    f"dated by {', '.join(by)} (latest linked day {last}); {how}")


def _texts_of(articles: pd.DataFrame | None, docs: set[str]) -> dict[str, str]:
    """The cleaned text of each of ``docs`` that ``articles`` carries (its first row's, as text), in one pass.

    >>> _texts_of(pd.DataFrame({"doc_id": ["a", "b", "a", "c"], "text": ["x", "z", "y", "w"]}), {"a", "b"})
    {'a': 'x', 'b': 'z'}
    """
    if articles is None or "text" not in articles.columns:
        return {}
    out: dict[str, str] = {}
    for d, t in zip(articles["doc_id"], articles["text"]):
        if d in docs and d not in out:
            out[d] = str(t)
    return out


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
