"""One article at a time (``doc_mentions``): candidate sentences, tallies and bullets, datelines, dates near each
mention, second days, weekdays and updated tolls, then each mention in its story."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

import pandas as pd

from ...text.apostrophes import has_apostrophe_like, true_apostrophes
from ...text.clean import RELATED_HEADING
from ..clauses import MONTH_WORD, is_caption
from ..entries import drop_breakdowns, drop_title_tolls, entry_dates, entry_summaries
from ..dating import EMPTY_DATE, DateIndex, best_date, later_events
from ..idioms import blank_idioms, has_idiom_word
from ..mention_places import place_cols
from ..merge.cluster import _present as _counted
from ..places import NamedCountries, ancestors
from ..roles import casualties, died_of_wounds, raised_toll, revised_toll, rising_toll
from ..timex.mentions import date_records
from ..triggers import cue_classes, launched_inquiry
from ..vocabulary import may_report_event, vocabulary
from .scope import _WEEKDAY_WORD, _aggregate, _before_context
from .groups import _sentence_groups
from .slots import _AFTER_WORD, _HARM_WORDS, _NAMED_BY_DAY, _ONE_EVENT, _SERIES_LEAD, _SERIES_WORDS, _mention, _own_day
from .told import _dateline, _own_casualties, _own_clause, _stamp_dateline
from .inherit import _DATE_KEYS, _NEAR, _inherit
from .parts import place_breakdowns


def _candidates(sentences: list[dict]) -> list[dict]:
    """Sentences with an event cue or weapon word (the rest are never read again)."""
    v = vocabulary()
    return [s for s in sentences if may_report_event(str(s["text"])) and v.has_cue(str(s["text"]).lower())]


def _masked(text: str, keep: Iterable[tuple[int, int]]) -> str:
    """``text`` with everything outside the ``keep`` spans blanked (offsets unchanged).

    >>> _masked("abc def ghi", [(4, 7)])
    '    def    '
    """
    out = [" "] * len(text)
    for a, b in keep:
        out[a:b] = text[a:b]
    return "".join(out)


def _true_apostrophes(sents: list[dict], text: str) -> tuple[list[dict], str]:
    """The sentences and text with marks typed for an apostrophe made one (``true_apostrophes``; offsets unchanged).

    >>> _true_apostrophes([{"text": "Iraq\u00b4s north"}], "Iraq\u00b4s north")[1]
    'Iraq’s north'
    """
    if not has_apostrophe_like(text) and not any(has_apostrophe_like(str(s.get("text", ""))) for s in sents):
        return sents, text
    return [{**s, "text": true_apostrophes(str(s.get("text", "")))} for s in sents], true_apostrophes(text)


#: a list's heading that counts the events it breaks down ("documented 14 attacks, distributed as follows:")
_TALLY_HEAD = re.compile(r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?))\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents|operations)\b[^.]*:\s*$|\bas\s+follows\s*:\s*$", re.I)
_BULLET = re.compile(r"^\s*[•·▪◦*\-–—]\s*")
#: a day or month of its own ("On August 16, ..."): a dated entry is an event of the list, not a row of a tally
_OWN_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|"
                      r"may|jun|jul|aug|sep|oct|nov|dec)|\b" + _WEEKDAY_WORD + r"\b|\byesterday\b|"
                      r"\btoday\b", re.I)


def _tally_rows(sents: list[dict]) -> set[int]:
    """Sentence ids of the undated rows of a bulleted list whose heading counts the events it breaks down ("a monitor
    counted 12 raids, broken down as: • Four raids on X. • A single raid on Y."): parts of one tally.

    >>> rows = lambda *ts: [{"sent_id": i, "text": t} for i, t in enumerate(ts)]
    >>> _tally_rows(rows("Monitors counted 9 attacks since May, as follows:", "• Five attacks on a depot.",
    ...                  "• One attack on an airport.", "Officials said more may follow."))
    {1, 2}
    >>> _tally_rows(rows("Attacks this week:", "- On May 3, a convoy was attacked."))
    set()
    """
    out: set[int] = set()
    open_ = False
    for s in sents:
        text = str(s["text"])
        if _BULLET.match(text):
            if open_ and not _OWN_DAY.search(text):
                out.add(int(s["sent_id"]))
            continue
        open_ = bool(_TALLY_HEAD.search(text))
    return out


_UNENDED = re.compile(r"[^.!?…\"”’')\]]\s*$")


def _link_rows(sents: list[dict]) -> set[int]:
    """Sentence ids of a run of two or more bulleted paragraphs that end without a full stop ("- Rockets hit port
    city overnight" / "- What the strikes mean for the truce"): a list of links to other stories, headlines only.

    >>> rows = lambda *ts: [{"sent_id": i, "para_id": i, "text": t} for i, t in enumerate(ts)]
    >>> sorted(_link_rows(rows("Rockets hit the base.", "- Talks stall in the capital", "- Another drone strike. Why now")))
    [1, 2]
    >>> _link_rows(rows("- On May 3, a convoy was attacked.", "- On May 4, a convoy was attacked."))
    set()

    Under a heading of related stories ("You might also like", "Related"), every bulleted paragraph is a link:

    >>> sorted(_link_rows(rows("Rockets hit the base.", "You might also like", "- In X, two are killed in a knife attack.")))
    [2]
    """
    paras: dict[int, list[dict]] = {}
    for s in sents:
        paras.setdefault(int(s["para_id"]), []).append(s)
    links = [p for p, ss in paras.items() if _BULLET.match(str(ss[0]["text"])) and _UNENDED.search(str(ss[-1]["text"]))]
    run = {p for p in links if p - 1 in links or p + 1 in links}
    order = sorted(paras)
    for i, p in enumerate(order):  # the bulleted paragraphs right under a heading of related stories
        if len(paras[p]) == 1 and RELATED_HEADING.match(str(paras[p][0]["text"])):
            for q in order[i + 1:]:
                if not _BULLET.match(str(paras[q][0]["text"])):
                    break
                run.add(q)
    return {int(s["sent_id"]) for p in run for s in paras[p]}


def _told_after(sent: str, g: dict) -> int:
    """Where the clause after "after" starts in a group whose every cue of violence lies in it ("A hunt was launched
    today after four rangers were killed in a bomb attack yesterday": the event's days are told there; a search
    launched is no blow), else 0.

    >>> t = "A hunt was launched today after four rangers were killed in a bomb attack yesterday"
    >>> t[_told_after(t, {"start": 0, "end": len(t)}):]
    'four rangers were killed in a bomb attack yesterday'
    >>> _told_after("Rockets hit the base today after midnight", {"start": 0, "end": 41})
    0
    """
    clause = sent[g["start"]:g["end"]]
    m = _AFTER_CLAUSE.search(clause) if " after " in clause else None
    if m is None:
        return 0  # most groups: no cue is read
    cues = [(a, b) for cls, spans in cue_classes(clause).items() if cls in ("attack", "strike", "casualty")
            for a, b in spans]  # read on the clause itself (a group's cues keep the offsets of the clauses it joined)
    if not any(a >= m.end() for a, _b in cues) or any(a < m.end() and not launched_inquiry(clause, (a, b))
                                                      for a, b in cues):
        return 0
    return g["start"] + m.end()
_AFTER_CLAUSE = re.compile(r"\s" + _AFTER_WORD + r"\s*")  # inside a clause


def _without_idioms(sents: list[dict], text: str) -> tuple[list[dict], str]:
    """The sentences and text with figurative uses of the words of violence blanked (``idioms.blank_idioms``; offsets
    unchanged): "Trump shot back", "a real shot at the nomination" tell no event.

    >>> _without_idioms([{"text": "Cruz shot back."}], "Cruz shot back.")[1]
    'Cruz          .'
    """
    if not has_idiom_word(text):
        return sents, text
    return [{**s, "text": blank_idioms(str(s.get("text", "")))} for s in sents], blank_idioms(text)


def doc_mentions(sents: list[dict] | pd.DataFrame, text: str, published: str | tuple | None) -> list[dict]:
    """Mentions of one article given its sentences (dicts or a frame), text and publication date (or window).

    Marks typed for an apostrophe are read as one (``true_apostrophes``) and figurative uses of the words of violence
    are blanked (``idioms``); the text columns show the text passed in.
    """
    sents = sents.to_dict("records") if isinstance(sents, pd.DataFrame) else sents
    work_sents, work = _without_idioms(*_true_apostrophes(sents, text))
    rows = _doc_mentions(work_sents, work, published)
    return rows if work is text else _with_text_of(rows, work, text)


#: the columns of a mention that copy words of its article
_TEXT_COLUMNS = ("evidence", "place_text", "date_text")


def _with_text_of(rows: list[dict], work: str, text: str) -> list[dict]:
    """``rows`` read on ``work`` with their text columns taken from ``text`` (same length, marks mapped one for one).

    >>> _with_text_of([{"sent_start": 0, "evidence": "Iraq’s north", "place_text": "Iraq’s"}], "Iraq’s north",
    ...               "Iraq\u00b4s north")[0]["place_text"]
    'Iraq´s'
    """
    for r in rows:
        hint = int(r.get("sent_start") or 0)
        for col in _TEXT_COLUMNS:
            v = r.get(col)
            if not isinstance(v, str) or not v or "\u2019" not in v:
                continue
            i = work.find(v, hint)
            i = work.find(v) if i < 0 else i
            if i >= 0:
                r[col] = text[i:i + len(v)]
    return rows


#: a day of a month whose year is unknown ("Sept. 30" on an undated page)
_YEARLESS_DAY = re.compile(r"XXXX-\d\d-\d\d")


#: a toll this large, told in a sentence with no event of its own, counts a war or a campaign, not one incident
WAR_TOLL = 1000
#: a war's or a campaign's toll in thousands ("the war ..., which has killed at least 16,248 people", "the toll since
#: October has passed 12,000")
_WAR_TALLY = re.compile(r"\b(?:war|conflict|campaign|offensive|fighting|since|so\s+far|in\s+all|total|toll)\b[^.;]{0,160}?"
                        r"\b\d{1,3}(?:,\d{3})+\b|\b\d{1,3}(?:,\d{3})+\b[^.;]{0,160}?\b(?:war|conflict|campaign|offensive|"
                        r"fighting|since|so\s+far|in\s+all)\b", re.I)
#: words that add a toll to one told before ("Another 43,616 people have been wounded as well")
_MORE_OF_A_TALLY = re.compile(r"^\W*(?:another|an\s+additional|a\s+further|further)\b|\b(?:as\s+well|also)\b", re.I)


def _war_toll(r: dict, sents: list[dict]) -> bool:
    """Whether a mention is only casualties (no event, weapon or place of its own) counted in the thousands and added to
    a war's toll the sentence before gives ("... the war, which has killed at least 16,248 people." "Another 43,616
    people have been wounded as well."): the war's toll told beside the event, not this event's.

    >>> war = [{"sent_id": 0, "text": "It answered the war, which has killed at least 16,248 people."}]
    >>> bomb = [{"sent_id": 0, "text": "A truck bomb killed 213 people."}]
    >>> _war_toll({"event_type": "casualty", "killed": None, "injured": 43616, "place_id": "", "weapon": "",
    ...            "sent_id": 1, "evidence": "Another 43,616 people have been wounded as well."}, war)
    True
    >>> _war_toll({"event_type": "casualty", "killed": None, "injured": 4000, "place_id": "", "weapon": "",
    ...            "sent_id": 1, "evidence": "More than 4,000 others were also wounded."}, bomb)
    False
    >>> _war_toll({"event_type": "casualty", "killed": 75, "injured": 1643, "place_id": "", "weapon": "",
    ...            "sent_id": 1, "evidence": "At least 75 people were killed and 1,643 injured."}, war)
    False
    >>> _war_toll({"event_type": "attack", "killed": 1200, "injured": None}, war)
    False
    """
    counts = [v for v in (r.get("killed"), r.get("injured")) if v is not None and v == v]
    if r.get("event_type") != "casualty" or r.get("place_id") or r.get("weapon") or not counts or max(counts) < WAR_TOLL:
        return False  # "more than 1,640 were wounded in Nairobi": a place of its own, the bombing's toll
    # "At least 75 were killed and 1,643 injured" after "The blast ...": the blast's toll, adding to no figure told before
    if not _MORE_OF_A_TALLY.search(str(r.get("evidence") or "")):
        return False
    previous = next((str(x["text"]) for x in sents if int(x["sent_id"]) == int(r["sent_id"]) - 1), "")
    return bool(_WAR_TALLY.search(previous))  # (the sentence before is looked up only for such a toll: rare)


def _doc_mentions(sents: list[dict], text: str, published: str | tuple | None) -> list[dict]:
    """``doc_mentions`` on sentences and text whose apostrophes are read already.

    Slots are filled first; time expressions are looked up only when the article has a mention, and only in
    the paragraphs that hold mentions.
    """
    rows_of_tally = _tally_rows(sents) | _link_rows(sents)
    named = NamedCountries(text)  # a town far away is taken only in an article that names its country
    found = [(s, g, ctx) for s in _candidates(sents) if int(s["sent_id"]) not in rows_of_tally
             for g, ctx in _sentence_groups(s, named)]
    rows = [(r, s, g, ctx) for s, g, ctx in found if (r := _mention(s, g, *ctx)) is not None and not _war_toll(r, sents)]
    if not any(r["event_type"] not in ("casualty", "responsibility") or r["place_id"] or _own_casualties(r)
               for r, *_ in rows):
        return []  # casualties or blame with no event to complete and no place or weapon of their own
    own = {int(s["sent_id"]) for _r, s, _g, _c in rows}
    refs = _event_refs(sents, own)
    paras = {int(s["para_id"]) for _r, s, _g, _c in rows} | {int(sents[0]["para_id"])} | \
        {int(s["para_id"]) for s in refs.values()}  # with the dateline
    dm = _dates_near(sents, paras, text, published, own | set(refs))
    if isinstance(published, str) and published:  # the day a wire dateline gives is the filing day, known already
        dm = _without_filing_days(dm, sents, text, published)
    dm = entry_dates(dm, [s for s in sents if int(s["sent_id"]) in own], text, published)
    ix = DateIndex(dm)  # by position: each clause reads only its own span's dates
    kept = []
    later = {}  # per sentence, the groups of other events: a date in a later one is that event's, not this one's
    for _r, s, g, (_sent, off, *_rest) in rows:
        later.setdefault(int(s["sent_id"]), []).append((off + g["start"], off + g["end"]))
    for s, g, (_sent, off, *_rest) in found:  # an earlier event told in its own clause, even one that made no mention
        if g.get("kind") == "prior":  # ("... amid tensions following the killings last week of X": last week is theirs)
            later.setdefault(int(s["sent_id"]), []).append((off + g["start"], off + g["end"]))
    for r, s, g, (sent, off, *_rest) in rows:
        after = later_events(text, off + g["end"], later[int(s["sent_id"])])
        if r.pop("_own_part", False):  # a threat told in its own conjunct: only the days of its own words
            r.update(best_date(ix, text, int(r["clause_start"]), off + g["end"]) or EMPTY_DATE)
        else:
            told = _told_after(sent, g)  # "A hunt was launched today after four were killed ... yesterday": yesterday
            r.update(told and best_date(ix, text, off + told, off + g["end"]) or
                     best_date(ix, text, off + g["start"], off + g["end"]) or _when_time(ix, text, sent, off, g) or
                     g.get("days_before") is None and not _AFTER_THE_ATTACK.match(sent, g["start"]) and
                     best_date(ix, text, off, off + len(sent), excluded=after) or EMPTY_DATE)  # an earlier event: its own
        if r.pop("_needs_date") and not ((r["date_precision"] == "day" or _YEARLESS_DAY.fullmatch(str(r["date"])))
                                         and r["date_source"] == "sentence"):
            continue  # (a day whose year an undated page does not give, "on Sept. 30", is a precise day too)
        if r["scope"] == "aggregate" and not r["_roundup"] and \
                (_one_day_series(r, sent[g["start"]:g["end"]]) or _own_day(r) and g["kind"] == "prior" and
                 _NAMED_BY_DAY.search(sent, g["start"], g["end"]) or  # "after the Aug. 19 bombings": that day's
                 _own_day(r) and _ONE_EVENT.search(sent, g["start"], g["end"]) and
                 not _aggregate(_before_context(sent[g["start"]:g["end"]]))):
            # "a spate of drone strikes early Saturday in X": reported jointly, one event; or, dated to a day in its
            # own sentence with one event told by its article (``_ONE_EVENT``: "carried out an air strike on
            # Wednesday"), a plural "attacks" without a summary's words is the cause or the setting ("in a move
            # against attacks on its troops"), not a summary (without the article, "mounted attacks on convoys on
            # Wednesday" stays one)
            r["scope"] = "incident"
        kept.append(r)
    _lone_joint_toll(kept)
    pub = published if isinstance(published, str) else ""
    near = _near_dates(refs, {int(r["sent_id"]) for r in kept}, ix, text)
    kept = [r for r in _inherit(kept, pub, _dateline(dm, sents) or _stamp_dateline(ix, text), near)
            if r["event_type"] not in ("casualty", "responsibility")]
    _weekday_told_with_day(kept)
    _updated_tolls(kept, sents, {int(r["sent_id"]) for r in kept})
    kept = place_breakdowns(kept, sents, named)
    kept = drop_title_tolls(kept, sents)
    entry_summaries(kept, sents)
    drop_breakdowns(kept, sents)
    _series_zeros(kept)
    _lede_from_next(kept)
    kept += [r2 for r in kept if (r2 := _second_day(r)) is not None]
    kept += [{**r, **place_cols(p), "_also_at": []} for r in list(kept) for p in r.pop("_also_at", [])]
    _text_place_parents(kept)
    for r in kept:
        r["date_inference"] = ""
    return kept


#: the columns a place known only from the text takes from the same name read with its parent elsewhere in the article
_PARENT_COLUMNS = ("place_id", "town", "district", "admin1", "country", "latitude", "longitude")


def _text_place_parents(kept: list[dict]) -> None:
    """A place known only from the text, read without its parent ("the Mezzah neighbourhood in the capital"), takes the
    parent the article gives the same name elsewhere ("Mezzah ... of Damascus"), when it gives one only.

    >>> a = {"place_id": "txt:meza@", "town": "", "district": "", "admin1": "", "country": "", "latitude": None,
    ...      "longitude": None}
    >>> b = {**a, "place_id": "txt:meza@damascus", "town": "Damascus", "country": "Syria"}
    >>> _text_place_parents([a, b]); a["place_id"], a["town"]
    ('txt:meza@damascus', 'Damascus')
    """
    parented: dict[str, dict[str, dict]] = {}  # name key -> parented id -> its first row
    for r in kept:
        pid = str(r.get("place_id") or "")
        if pid.startswith("txt:") and not pid.endswith("@"):
            parented.setdefault(pid.partition("@")[0], {}).setdefault(pid, r)
    if not parented:
        return
    for r in kept:
        pid = str(r.get("place_id") or "")
        rows = parented.get(pid[:-1]) if pid.startswith("txt:") and pid.endswith("@") else None
        if rows and len(rows) == 1:
            src = next(iter(rows.values()))
            r.update({c: src[c] for c in _PARENT_COLUMNS})


#: "On March 4 and 7, the depot was shelled": the second day of two its sentence gives for one clause
_AND_DAY = re.compile(r"\s+and\s+(?:(?:on\s+)?(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+)?"
                      r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[-–]|km|kilomet|mile|people|rockets?|drones?|"
                      r"missiles?|shells?|[a-z]+\s+(?:were|was)\b))"
                      # a day ends its phrase ("on January 4th and 28th, which ..."), not a count ("and 15 soldiers died")
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|and|when|while|as|respectively|this|last|of)\b)", re.I)


_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def _second_day(r: dict) -> dict | None:
    """A copy of a mention for the second of two days its date gives ("On March 4 and 7, the depot was shelled"),
    two days apart or more: each day its own attack (consecutive days may be one night's event, read as one).

    >>> r = {"date": "XXXX-03-04", "earliest": "", "latest": "", "date_text": "March 4", "date_precision": "unknown",
    ...      "evidence": "On March 4 and 7, the depot was also struck by a drone."}
    >>> _second_day(r)["date"], _second_day({**r, "evidence": "On March 4 and 5, a drone hit it."})
    ('XXXX-03-07', None)
    >>> _second_day({**r, "date_text": "March 4th", "evidence": "On March 4th and 28th, rockets hit it."})["date"]
    'XXXX-03-28'
    >>> _second_day({**r, "evidence": "Rockets hit it on March 4 and March 9."})["date_text"]
    'March 9'
    """
    day, text = str(r.get("date") or ""), str(r.get("date_text") or "")
    if len(day) != 10 or not text or not _ORDINAL_END.sub("", text)[-1:].isdigit():
        return None
    at = str(r.get("evidence") or "").find(text)
    hit = _AND_DAY.match(str(r.get("evidence") or ""), at + len(text)) if at >= 0 else None
    if hit is None or not int(day[8:]) + 2 <= int(hit["d"]) <= 31 or \
            hit["m"] and not text.lower().startswith(hit["m"].lower()[:3]):
        return None  # (another month named after "and": not read here)
    new = f"{day[:8]}{int(hit['d']):02d}"
    return {**r, "date": new, "date_text": f"{text.rsplit(' ', 1)[0]} {int(hit['d'])}",
            "earliest": new if r.get("earliest") == day else r.get("earliest"),
            "latest": new if r.get("latest") == day else r.get("latest")}


#: a clause on an earlier attack named by its noun ("..., following the rocket attack on X"): the day the rest of the
#: sentence gives ("officials disclosed Monday") is not that attack's
_AFTER_THE_ATTACK = re.compile(r"[\s,;]*(?:following|after)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:attacks?|strikes?|"
                               r"airstrikes?|raids?|bombings?|barrage)\b", re.I)
_WHEN_OPEN = re.compile(r"[\s,;]*when\b", re.I)
_TIME_THEN = re.compile(r"(?:since|in|on|during|by|until|last|late|early)\b[^,;.]{0,40}?,?\s*$", re.I)


#: a "when" clause inside a mention's span, after a comma
_INNER_WHEN = re.compile(r",\s*when\b")


def _when_time(ix: DateIndex, text: str, sent: str, off: int, g: dict) -> dict | None:
    """The date of a clause opening on "when" that the words just before give ("the second strike since January, when
    rockets landed on the base", "in December 2019, when a contractor was killed"): that time is the clause's own.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [130], "text": [
    ...     "The mortar attack on Friday was the third on the depot since February, when shells hit the gate, wounding a "
    ...     "guard."]})
    >>> from analysis.events.mentions import incident_mentions
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-04-10"]}))
    >>> m["date"].tolist()[-1]
    '2021-02'
    """
    lo = g["start"]
    inner = None if _WHEN_OPEN.match(sent, lo) else _INNER_WHEN.search(sent, lo, g["end"])
    lo = inner.start() if inner is not None else lo  # "the bloodiest since January 2018, when a bomber killed 30" read as one
    if not _WHEN_OPEN.match(sent, lo) or not _TIME_THEN.search(sent, max(0, lo - 60), lo):
        return None
    near = [d for d in ix.between(off + max(0, lo - 40), off + lo) if d["end"] >= off + lo - 2 and d.get("value")
            and d["precision"] in ("day", "month", "year")]
    if not near:
        return None
    d = near[-1]  # read as written: "since February" starts a span, but February is when the "when" clause happened
    return {"date": d["value"], "date_precision": d["precision"], "earliest": d["earliest"] or "", "latest": d["latest"]
            or "", "date_text": d["text"], "date_rule": d["rule"], "date_source": "sentence"}


#: a weekday the article gives its day once: "on Tuesday evening (March 9)", "on Tuesday, March 9"
_WEEKDAY_WITH_DAY = re.compile(r"\b(?P<wd>" + _WEEKDAY_WORD + r")(?:\s+(?:night|morning|evening|afternoon))?"
                               r"\s*(?:\(\s*|,\s+|\s)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
                               r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I)
_WEEKDAY = re.compile(r"\b" + _WEEKDAY_WORD + r"\b", re.I)


def _weekday_told_with_day(kept: list[dict]) -> None:
    """Date a mention whose own weekday stays unresolved (an undated page's "On Monday night, ...") by the day the
    article gave that weekday earlier ("on Tuesday evening (March 9)"), the one week the article tells.

    >>> a = {"evidence": "Two guards died on Monday night (May 4) in X.", "date": "XXXX-05-04", "date_text": "May 4"}
    >>> b = {"evidence": "On Monday night, gunmen hit Y.", "date": "", "date_text": "Monday night", "date_source": "sentence"}
    >>> _weekday_told_with_day([{**a, **dict.fromkeys(_DATE_KEYS[1:], "")}, b]); b["date"], b["date_source"]
    ('XXXX-05-04', 'same weekday')
    """
    anchors: dict[str, dict] = {}
    for r in kept:
        republished = bool(anchors) and r.get("date_rule") == "weekday" and r.get("date_source") == "sentence"
        if r["date"] and not republished:
            for m in _WEEKDAY_WITH_DAY.finditer(str(r["evidence"])):
                anchors.setdefault(m.group("wd").lower(), r)
            continue
        src = _weekday_anchor(r, anchors) if anchors else None
        if src is not None and (not r["date"] or _weeks_apart(str(src["date"]), str(r["date"])) and
                                not _YEAR_WRITTEN.search(str(src.get("date_text") or ""))):
            r.update({k: src[k] for k in _DATE_KEYS}, date_source="same weekday")  # an unresolved weekday; or one
            # resolved weeks from the day the page gave it ("on Monday July 19 ..., the explosion occurred late Monday
            # afternoon" on a page republished in September): that Monday


def _weekday_anchor(r: dict, anchors: dict[str, dict]) -> dict | None:
    """The mention whose sentence gave the weekday of ``r``'s date text together with its day, if any.

    >>> _weekday_anchor({"date_text": "late Monday afternoon"}, {"monday": {"date": "2021-07-19"}})["date"]
    '2021-07-19'
    """
    wd = _WEEKDAY.search(str(r["date_text"] or ""))
    return anchors.get(wd.group().lower()) if wd else None


#: a year written out in a date's text ("Saturday, October 7, 2023"): an anchor the page dates itself, not its week
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _weeks_apart(a: str, b: str) -> bool:
    """Whether two full days lie two weeks or more apart (False when either is not a full day).

    >>> _weeks_apart("2021-07-19", "2021-09-13"), _weeks_apart("2021-07-19", "2021-07-26"), _weeks_apart("XXXX-07-19", "2021-07-19")
    (True, False, False)
    """
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) >= 14
    except ValueError:
        return False


def _updated_tolls(kept: list[dict], sents: list[dict], own: set[int]) -> None:
    """A later sentence with no event of its own that says the toll rose ("The toll later rose to nine") updates the
    killed of the incident told just before it (within two sentences), the latest figure for the same dead.

    >>> r = {"sent_id": 0, "scope": "incident", "killed": 5}
    >>> _updated_tolls([r], [{"sent_id": 1, "text": "The death toll later rose to nine."}], {0}); r["killed"]
    9
    """
    last = {int(r["sent_id"]): r for r in kept if r["scope"] == "incident"}  # the last incident of each sentence
    for s in sents:
        sid = int(s["sent_id"])
        if not any(w in str(s["text"]) for w in _UPDATE_WORDS):
            continue
        n, revised = rising_toll(str(s["text"])), revised_toll(str(s["text"]))
        raised = raised_toll(str(s["text"])) if n is None and revised is None else None
        if n is None and revised is None and raised is None:
            _died_of_wounds(str(s["text"]), [last[k] for k in (sid - 1, sid - 2, sid - 3) if k in last])
        if sid in own:
            continue
        prev = last.get(sid - 1) or last.get(sid - 2)
        if raised is not None and _one_event_before(kept, sid, raised):
            n = raised  # "..., raising the death toll to eight": the one event told just before (or the figure one of
            # them already gives: the toll that event's lede stated)
        if revised is not None and prev is not None and not _revised_already(kept, sid, revised):
            prev["killed"] = revised  # "The health office lowered the death toll from 41 to 25": the told event's
        elif n is not None and prev is not None and pd.notna(prev["killed"]) and n > int(prev["killed"]):
            prev["killed"] = n


def _one_event_before(kept: list[dict], sid: int, figure: int) -> bool:
    """Whether the two sentences before ``sid`` tell one incident with a toll, or one of them already gives ``figure``
    (then the raised toll is that incident's, told again): a toll raised after two attacks told apart is neither's.

    >>> kept = [{"sent_id": 0, "scope": "incident", "killed": 5}, {"sent_id": 1, "scope": "incident", "killed": 3}]
    >>> _one_event_before(kept, 2, 6), _one_event_before(kept[1:], 2, 6), _one_event_before(kept, 2, 5)
    (False, True, True)
    """
    near = [r for r in kept if r["scope"] == "incident" and sid - 2 <= int(r["sent_id"]) < sid]
    return len(near) == 1 or _revised_already(kept, sid, figure)


def _revised_already(kept: list[dict], sid: int, revised: int) -> bool:
    """Whether an incident of the two sentences before a revision already gives the revised figure: the revision
    ("then raised its toll to eight") tells how that event's toll came about, not a new toll for the event told last
    (an earlier attack the sentence before answers).

    >>> kept = [{"sent_id": 0, "scope": "incident", "killed": 8}, {"sent_id": 1, "scope": "incident", "killed": 12}]
    >>> _revised_already(kept, 2, 8), _revised_already(kept, 2, 9)
    (True, False)
    """
    return any(r["scope"] == "incident" and sid - 2 <= int(r["sent_id"]) < sid and pd.notna(r["killed"]) and
               int(r["killed"]) == revised for r in kept)


#: the words of a later sentence that updates the toll told before it
_UPDATE_WORDS = ("rose", "risen", "climbed", "increased", "jumped", "toll", "died", "succumb", "passed", "number of")


def _died_of_wounds(text: str, before: list[dict]) -> None:
    """Wounded that a later sentence without a count of its own says died of their wounds ("One of the wounded later
    died in hospital") move from the injured to the killed of the nearest incident told before it (within three
    sentences) that counted as many wounded; a stated toll ("the toll rose to 3 after a wounded man died") is read by ``rising_toll`` instead.

    >>> r = {"killed": 1, "injured": 4}; _died_of_wounds("One of the wounded later died.", [r]); r
    {'killed': 2, 'injured': 3}
    >>> r = {"killed": None, "injured": None}; _died_of_wounds("One of the wounded later died.", [r]); r["killed"]
    """
    k = died_of_wounds(text)
    if k and any(casualties(text)[c] is not None for c in ("killed", "injured")):
        return  # "two were killed and three hurt, one of whom later died": the sentence tells its own toll
    prev = next((r for r in before if pd.notna(r["injured"]) and int(r["injured"]) >= k), None) if k else None
    if prev is not None:
        prev["injured"] = int(prev["injured"]) - k
        prev["killed"] = (int(prev["killed"]) if pd.notna(prev["killed"]) else 0) + k


def _lede_from_next(kept: list[dict]) -> None:
    """An undated lede ("The U.S. military conducted an airstrike in eastern Syria.") takes the day of the same side's
    event told in the next sentence without a place of its own ("Two F-15 aircraft carried out the strike on
    Wednesday"): the lede's detail, dated.

    >>> a = {"sent_id": 0, "scope": "incident", "event_type": "us_strike", "date_source": "article window", "place_id": "syria",
    ...      "date": "2023-11", "date_precision": "month", "earliest": "", "latest": "", "date_text": "", "date_rule": ""}
    >>> b = {**a, "sent_id": 1, "date_source": "sentence", "place_id": "", "date": "2023-11-08", "date_precision": "day"}
    >>> _lede_from_next([a, b]); a["date"], a["date_source"]
    ('2023-11-08', 'next sentence')
    """
    lede = next((r for r in kept if r["scope"] == "incident"), None)
    if lede is None or lede["date_source"] != "article window" or lede["event_type"] not in ("attack", "us_strike", "strike"):
        return
    nxt = next((r for r in kept if int(r["sent_id"]) == int(lede["sent_id"]) + 1 and r["scope"] == "incident"), None)
    if nxt is not None and nxt["event_type"] == lede["event_type"] and nxt["date_source"] == "sentence" and \
            nxt["date_precision"] == "day" and (not nxt["place_id"] or nxt["place_id"] == lede["place_id"]):
        lede.update({k: nxt[k] for k in _DATE_KEYS}, date_source="next sentence")


def _series_zeros(kept: list[dict]) -> None:
    """A summary of one day's attacks that says none caused casualties ("attacked four times on Thursday, but there
    were no casualties") gives its zeros to each attack of that day (dated to the day) told in the next three sentences
    (twelve after "a series of attacks ...", whose list follows) without a toll, when the attack's place lies within
    the summary's (or the summary names none).

    >>> a = {"scope": "aggregate", "sent_id": 0, "killed": 0, "injured": 0, "date": "2023-11-23", "date_precision": "day",
    ...      "place_id": "", "evidence": "Rebels attacked four posts on Thursday, but no casualties were reported."}
    >>> r = {"scope": "incident", "sent_id": 2, "event_type": "attack", "killed": None, "injured": None, "date": "2023-11-23",
    ...      "date_precision": "day", "place_id": ""}
    >>> _series_zeros([a, r]); r["killed"], r["injured"]
    (0, 0)
    """
    by_sent: dict[int, list[dict]] = {}
    for r in kept:
        if r["scope"] == "incident" and r["event_type"] == "attack":
            by_sent.setdefault(int(r["sent_id"]), []).append(r)
    for a in kept:
        if a["scope"] != "aggregate" or a["date_precision"] != "day" or any(a[c] for c in ("killed", "injured")) or \
                all(a[c] is None for c in ("killed", "injured")):
            continue
        reach = 12 if _SERIES_LEAD.search(_own_clause(a)) else 3  # "A series of attacks ...": its list that follows
        for r in (r for k in range(1, reach + 1) for r in by_sent.get(int(a["sent_id"]) + k, ())):
            if r["killed"] is None and r["injured"] is None and r["date_precision"] == "day" and r["date"] == a["date"] \
                    and _place_within(r["place_id"], a["place_id"]):
                r["killed"], r["injured"] = a["killed"], a["injured"]


def _place_within(place: str, area: str) -> bool:
    """Whether a place lies within an area (or is it); True when the area is not named.

    >>> _place_within("tower_22", "jordan"), _place_within("tower_22", ""), _place_within("ain_al_asad", "syria")
    (True, True, False)
    """
    return not area or bool(place) and (place == area or area in ancestors(place))


#: words of a tally over time, not of attacks reported jointly for one day
_TALLY = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|this\s+(?:year|month|week)|times|repeatedly|frequent(?:ly)?|"
                    r"regular(?:ly)?|often|routinely|majority|most\s+of|many\s+of|years?|months?|weeks?|recent|"
                    r"(?<!killed\s)(?<!injured\s)(?<!wounded\s)(?<!killing\s)(?<!injuring\s)(?<!wounding\s)dozens|"  # not a toll
                    r"have\s+been|had\s+been|have\s+(?:killed|wounded|injured)|previously|(?:near[- ])?daily|nightly|"
                    r"(?:have|had)\s+(?:\w+\s+)?(?:continued|increased|intensified|persisted|waged|faced))\b", re.I)


#: a dateline's month and day ("Jan. 14", "March 1, 2021") and its agency in brackets ("(UPI)")
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
_AGENCY = r"\([A-Z][A-Za-z/ ]{1,20}\)"
_INLINE_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+)?(?:\s*\[[A-Z][A-Za-z ]+\])?"
                              r"(?:,\s*[A-Z][A-Za-z ]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*"
                              + _AGENCY + r"\s*[-–—:]?|"
                              r"^\s*[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)?,?\s+" + _MONTH_DAY +
                              r"(?:" + _AGENCY + r"\s*)?[-–—:]?\s")  # "BEIRUT Jan 14 A..."
#: a wire dateline with no city: "March 1 (UPI) -- ..."
_BARE_DATELINE = re.compile(r"\s*" + _MONTH_DAY + _AGENCY + r"\s*(?:--|[-–—:])")


#: a wire dateline inside a paragraph: an upper-case city, then agency and day in brackets ("MOSUL (X News / Y -
#: 3rd May, 2022) A drone ..."); group 1 is the bracket
_WIRE_PAREN = re.compile(r"(?m)^[^\S\n]*[A-Z][A-Z'’.-]{2,}(?:[^\S\n]+[A-Z][A-Z'’.-]+)?[^\S\n]*(\([^()\n]{2,60}?[-–—,][^\S\n]*"
                         r"(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]+\.?[^\S\n]+\d{1,2}),?[^\S\n]+\d{4}\))")


def _without_filing_days(dm: list[dict], sents: list[dict], text: str, published: str) -> list[dict]:
    """The time expressions of an article but those a wire dateline gives as its filing day, in one of its first
    paragraphs ("KABUL, Mar 3 (PTI) -", "Feb. 28 (AP) -" on a page of that day) or in brackets ("CITY (Agency - 3rd May,
    2022)").

    >>> t = "KABUL, Mar 3 (PTI) - A blast hit the city on Tuesday."
    >>> dm = [{"start": 7, "value": "2023-03-03"}, {"start": 45, "value": "2023-02-28"}]
    >>> [d["start"] for d in _without_filing_days(dm, [{"para_id": 0, "start": 0}], t, "2023-03-03")]
    [45]
    """
    for p0 in _opening_paragraphs(sents):  # the text's first paragraphs: page furniture may come before it
        opening = text[p0:p0 + 120]  # all that either dateline reads (a paragraph's start, not the article's rest)
        head, bare = _inline_dateline_end(opening), _bare_dateline_end(opening)  # (without a city, only the page's
        # own day: "Feb. 28 (AP) —" on a page of March 2 may be the event's)
        cut = max(head, bare)
        dm = [d for d in dm if not p0 <= (at := d["start"]) < p0 + cut or at >= p0 + head and d["value"] != published[:10]]
    wire = [m.span(1) for m in _WIRE_PAREN.finditer(text)] if dm else []
    return [d for d in dm if not any(a <= d["start"] < b for a, b in wire)]  # "CITY (Agency - 3rd May, 2022)"


#: how many paragraphs from the top a wire dateline may open (after a headline, a caption or a player's furniture)
DATELINE_PARAGRAPHS = 3


def _opening_paragraphs(sents: list[dict]) -> list[int]:
    """Start offsets of the first ``DATELINE_PARAGRAPHS`` paragraphs of an article's sentences.

    >>> _opening_paragraphs([{"para_id": 0, "start": 0}, {"para_id": 0, "start": 9}, {"para_id": 1, "start": 30}])
    [0, 30]
    """
    starts: dict[int, int] = {}
    for s in sents:
        p = int(s["para_id"])
        starts[p] = min(starts.get(p, int(s["start"])), int(s["start"]))
    return [starts[p] for p in sorted(starts)[:DATELINE_PARAGRAPHS]]


def _inline_dateline_end(text: str) -> int:
    """End of a wire dateline that opens the text with its day ("Kabul, Mar 3 (PTI) ..."), else 0.

    >>> _inline_dateline_end("Kabul, Mar 3 (PTI) A bomb went off."), _inline_dateline_end("A bomb went off on Mar 3.")
    (19, 0)
    >>> _inline_dateline_end("Mosul [Iraq], May 2, (ANI/WAM): A bomb went off.")  # a country in brackets, two agencies
    31
    >>> _inline_dateline_end("BEIRUT Jan 14 A bomb went off."), _inline_dateline_end("MAY 3 was calm.")  # upper case, its day
    (14, 0)
    """
    m = _INLINE_DATELINE.match(text[:120])
    return m.end() if m else 0


def _bare_dateline_end(text: str) -> int:
    """End of a wire dateline with no city that opens the text ("March 1 (UPI) -- ..."), else 0.

    >>> _bare_dateline_end("March 1 (UPI) -- A bomb went off."), _bare_dateline_end("March 1 (Monday) was calm.")
    (16, 0)
    """
    m = _BARE_DATELINE.match(text[:60])
    return m.end() if m else 0


#: what a tally's words may also say of one event: "the first such attack in three years", "had been killed", "the
#: deadliest attack in Iraq since the invasion in 2003"
_NOT_TALLY = re.compile(r"\b(?:the\s+)?first\b[^.;]{0,60}?\b(?:in|since)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:[\w-]+\s+)?"
                        r"(?:years?|months?|decades?|\d{4})\b|\b(?:have|had)\s+been\s+(?:\w+ly\s+)?(?:killed|wounded|injured|"
                        r"hurt)\b|\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest)\s+(?:single\s+)?(?:[\w-]+\s+)?"
                        r"(?:attack|bombing|blast|explosion|strike|assault|incident|massacre|day)\b"
                        r"(?:(?!\b(?:month|week|year|this)\b)[^.;]){0,60}?\bsince\b(?:\s+(?:the\s+)?[\w.-]+){1,4}", re.I)


def _lone_joint_toll(rows: list[dict]) -> None:
    """Make one incident of a placed summary of a few attacks with their joint toll ("32 killed in two attacks on
    pilgrims in Baghdad", "six explosions across Baghdad left 20 dead") when the article tells none of them apart: a
    chronology's entry, coded as one event; told with its parts, the summary stays a summary.

    >>> r = {"scope": "aggregate", "place_id": "baghdad", "killed": 32, "injured": None,
    ...      "evidence": "32 killed in two attacks on pilgrims in Baghdad."}
    >>> _lone_joint_toll([r]); r["scope"]
    'incident'
    """
    if any(r["scope"] == "incident" for r in rows):
        return
    for r in rows:
        ev = str(r.get("evidence") or "")
        if r["scope"] == "aggregate" and r["place_id"] and (_counted(r["killed"]) or _counted(r["injured"])) and \
                _JOINT_PARTS.search(ev) and not _TALLY.search(_NOT_TALLY.sub(" ", ev)) and not _OVER_A_SPAN.search(ev):
            r["scope"] = "incident"


#: a span of days the attacks are told over ("over the Christmas period", "during the holidays")
_OVER_A_SPAN = re.compile(r"\b(?:over|during|throughout|across|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:period|days|weeks|months|"
                          r"season|holidays?|weekend|festival)\b", re.I)
#: a few attacks or blasts told together (counted, or a wave or spate of them)
_JOINT_PARTS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twin|[2-9])\s+(?:(?:separate|coordinated|"
                          r"simultaneous|successive|apparently|suicide|car|bomb)\s+){0,2}(?:attacks|bombings|assaults|"
                          r"explosions|blasts)\b|\ba\s+(?:wave|spate|series|string)\s+of\b", re.I)


def _one_day_series(r: dict, clause: str) -> bool:
    """Whether a series of attacks is one joint report: it is placed, no tally over time, and its own sentence gives
    one day ("a spate of drone strikes early Saturday in Iraq's Kurdish region") or it tells its toll ("In X, a string
    of bombings left 10 dead").

    >>> _one_day_series({"date_precision": "day", "date_source": "sentence", "place_id": "x"}, "a spate of strikes")
    True
    >>> r = {"date_precision": "", "date_source": "", "place_id": "x", "killed": 10, "injured": None}
    >>> _one_day_series(r, "In X, a string of attacks left 10 dead"), _one_day_series(r, "a string of attacks this year")
    (True, False)
    >>> _one_day_series(r, "A series of car bombs went off in X, killing 10")  # the devices themselves
    True
    >>> _one_day_series(r, "Ten were killed and more injured in a series of missile attacks on X")
    True
    >>> _one_day_series(r, "Four attacks rippled through X on Thursday, killing 10")  # counted apart: each its own
    False
    >>> _one_day_series(r, "A series of three coordinated explosions rocked X, leaving 10 hurt")
    False
    """
    if not r["place_id"] or _TALLY.search(_NOT_TALLY.sub(" ", clause)) or _COUNTED_ATTACKS.search(clause):
        return False
    return r["date_precision"] == "day" and r["date_source"] == "sentence" or \
        bool((r["killed"] or r["injured"]) and _A_SERIES.search(clause))


#: attacks counted one by one ("Four attacks rippled through X", "two separate bombings"): a summary of several events
#: (not a year's: "the March 2015 attacks")
_COUNTED_ATTACKS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d\d?)\s+(?:(?:separate|"
                              r"coordinated|simultaneous|successive)\s+)?(?:attacks|bombings|assaults|explosions|blasts)\b", re.I)
_SERIES_OF = r"\ba\s+" + _SERIES_WORDS + r"(?:attacks|bombings|blasts|explosions|" \
             r"air\s*strikes|airstrikes|strikes|raids|bombs)\b"
_TOLL_VERB = rf"\b(?:left|{_HARM_WORDS})\b"
#: ... or told before it, as its cause: "six porters were killed and more injured in a wave of rocket attacks on X"
_A_SERIES = re.compile(_SERIES_OF + r"[^.;]{0,140}?" + _TOLL_VERB + "|" + _TOLL_VERB + r"[^.;]{0,80}?\b(?:in|by|during)\s+" +
                       _SERIES_OF[2:], re.I)


_EVENT_REF = re.compile(r"\b(?:the|this|that|these|its|their|\w+day(?:\s+night)?[’']s)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:attacks?|strikes?|airstrikes?|raids?|operations?|bombings?|assaults?|incidents?|"
                        r"explosions?|blasts?|shelling|ambush)\b|\b(?:took\s+place|happened|occurred)\b|"
                        r"\b(?:the|this)\s+(?:massacre|killings|bloodshed|carnage|slaughter)\s+(?:was|were)\s+"
                        r"(?:carried\s+out|committed|perpetrated)\b|"  # "the bloodshed was carried out by X, who ... on Wednesday"
                        r"\bthe\s+(?:[\w-]+\s+)?(?:bandits|gunmen|attackers|assailants|raiders)\s+(?:who\s+[^,.;]{0,60}?\s+)?"
                        r"(?:came|arrived|stormed|entered|struck|opened|began|started)\b", re.I)  # "the bandits ... came ... on Sunday"


def _event_refs(sents: list[dict], own: set[int]) -> dict[int, dict]:
    """Sentences next to a mention's sentence that refer back to an event ("The latest attack took place on
    Wednesday", "Thursday's strikes were defensive"): they may date it. Keyed by sentence id."""
    by_id = {int(s["sent_id"]): s for s in sents}
    out = {}
    for sid in sorted({i + d for i in own for d in _NEAR} - own):
        s = by_id.get(sid)
        if s is not None and (_EVENT_REF.search(str(s["text"])) or sid + 1 in own and _DATE_ONLY.fullmatch(str(s["text"])))\
                and not is_caption(str(s["text"])):
            out[sid] = s  # ... or a line that is only a day, right before ("October 21." heading a chronology's entry)
    return out


#: a sentence that is only a day, as a chronology's entries open ("October 21.", "Sept. 3, 2019:", "12 March -")
_DATE_ONLY = re.compile(r"\s*(?:" + _WEEKDAY_WORD + r",?\s+)?(?:" + MONTH_WORD + r"\.?,?\s+\d{1,2}(?:st|nd|rd|th)?|"
                        r"\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_WORD + r"\.?)(?:,?\s+\d{4})?\s*[.:\u2013-]?\s*", re.I)


def _near_dates(refs: dict[int, dict], taken: set[int], dm: list[dict], text: str) -> dict[int, dict]:
    """Day-precise event dates of the referring sentences that hold no mention of their own
    (``date_source = nearby sentence``; a day something was said does not count); on an undated page, a month and day
    without a year ("both occurred on March 14": ``XXXX-03-14``) is a day too.

    >>> t = ["Two drone attacks hurt ten guards.", "Both attacks occurred on May 3.", "One of them hit the Balad air base."]
    >>> s = pd.DataFrame({"doc_id": "a", "para_id": 0, "sent_id": [0, 1, 2], "start": [0, 35, 67], "end": [34, 66, 102],
    ...                   "text": t})
    >>> from analysis.events.mentions import incident_mentions
    >>> incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": [""], "text": [" ".join(t)]}))["date"].tolist()[-1]
    'XXXX-05-03'
    """
    out = {}
    for sid, s in refs.items():
        d = None if sid in taken else best_date(dm, text, int(s["start"]), int(s["end"]))
        if d and d["date_source"] == "sentence" and (d["date_precision"] == "day" or _YEARLESS_DAY.fullmatch(str(d["date"]))):
            out[sid] = {**d, "date_source": "nearby sentence", "_para": int(s["para_id"])}
    return out




def _dates_near(sents: list[dict], paras: set[int], text: str, published: str | tuple | None,
                keep: set[int] | None = None) -> list[dict]:
    """Time expressions of the sentences holding mentions and of the first paragraph (``date_mentions`` on those
    pieces only, offsets mapped back to the article); ``keep`` = their sentence ids (None: whole paragraphs)."""
    first = int(sents[0]["para_id"]) if sents else -1
    spans = [(int(s["start"]), int(s["end"])) for s in sents if int(s["para_id"]) in paras and
             (keep is None or int(s["sent_id"]) in keep or int(s["para_id"]) == first)]
    pieces, offsets, pos = [], [], 0
    for a, b in spans:
        pieces.append(text[a:b])
        offsets.append((pos, a, b - a))
        pos += b - a + 2
    rows = date_records("\n\n".join(pieces), published)
    firsts = [c0 for c0, _o, _n in offsets]
    for r in rows:  # the piece a row starts in: the last one starting at or before it (a binary search)
        k = bisect_right(firsts, r["start"]) - 1
        if k >= 0 and r["start"] < offsets[k][0] + offsets[k][2]:
            c0, o, _n = offsets[k]
            r["start"], r["end"] = r["start"] - c0 + o, r["end"] - c0 + o
    return rows


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
