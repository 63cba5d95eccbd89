"""Tolls broken down by place: a total told once, then its parts each with a place ("Over 100 killed yesterday in
Syria" / "12 in Homs" / "nine in Kansafra in the province of Idlib"; "Gunmen killed 25 people on Sunday: 15 in Borno,
6 in Yobe and 4 in Adamawa"). Each part is an incident of its own at its place, with the total's kind, day and
actor; the total becomes their summary (``scope = aggregate``)."""

from __future__ import annotations

import re
from collections.abc import Container

from ..counts import parse_number
from ..mention_places import place_cols
from ..places import scan_places
from ..entries import is_title
from ..places.tables import _NOT_NAMES, SITE_TYPES, places_gazetteer
from ..places.unknown import _found_row, country_adjectives, text_place

__all__ = ["place_breakdowns", "toll_parts"]

_N = (r"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
      r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty")
#: one part: a number, "in", where (up to the next separator); no verb or noun between (that is a clause of its own)
_PART = rf"(?P<n>{_N})\s+in\s+(?P<where>[^,;:.!?()\n]+?(?:\s*\([^()]{{2,30}}\))?)(?=\s*(?:[,;.!?]|\band\b|$))"
_PART_RX = re.compile(_PART, re.I)
#: a line that is only one part, maybe a bullet ("12 in Homs", "- 92 in Marzaf (Hama)")
_PART_LINE = re.compile(rf"\s*(?:[•·▪◦*\-–—]\s*)?{_PART}\s*[.;]?\s*", re.I)
#: parts listed after a colon or dash that closes a toll: ": 15 in Borno, 6 in Yobe and 4 in Adamawa."
_PART_LIST = re.compile(rf"[:—–]\s*(?P<list>{_PART}(?:\s*(?:,|;|,?\s+and)\s+{_PART.replace('?P<n>', '').replace('?P<where>', '')})+)"
                        r"\s*[.;]?\s*$", re.I)
#: what a part's "in" phrase may be that is no place: a clause going on, a day or month, a state, a site of one
#: attack, an operation ("3 in critical condition", "7 in January", "8 in Tuesday's raid", "5 in Mayo Hospital")
_NOT_WHERE = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being|will|would)\b|['’]s\b|^(?:the\s+)?(?:jan(?:uary)?|"
                        r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
                        r"nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|operation|custody|"
                        r"critical|serious|stable|hospital|detention|prison|jail|the\s+(?:morning|afternoon|evening|night))\b|"
                        r"\b(?:condition|market|hospital|hotel|road|street|avenue|square|mosque|church|school|university|"
                        r"college|centre|center|station|camp|base|prison|jail|mall|bar|club|stadium|airport|bridge|"
                        r"clinic|compound|building|restaurant|cafe|house|home)s?\s*(?:\([^()]*\))?$", re.I)
#: one attack named before the toll ("The bombing killed 9 ...", "A suicide bomber killed 12 ..."): its parts are the
#: sites or wards of that one attack, not events of their own
_ONE_ATTACK = re.compile(r"\b(?:the|a|an|in)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|shooting|ambush|"
                         r"strike|airstrike|raid|bomber|gunman|assault|massacre|stampede|crash)\b", re.I)
#: the longest place phrase of a part, in words
_WHERE_WORDS = 7
#: a name opening the place of a part ("Kansafra in the province of Idlib"): a place even when no gazetteer lists it
_NAME = re.compile(r"(?:al-|el-|as-|ad-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w'’-]+){0,2}")


def toll_parts(text: str) -> list[tuple[int, int, int, int, int]]:
    """The parts of a toll listed in ``text``: (number, start, end, where_start, where_end) for a line that is one part
    or for the list after a toll's colon; [] when there is none.

    >>> [(n, "Ab in Zed, Qa"[ws:we]) for n, _s, _e, ws, we in toll_parts("Ab in Zed, Qa")]
    []
    >>> [n for n, *_ in toll_parts("Gunmen killed 25: 15 in Borno, 6 in Yobe and 4 in Adamawa.")]
    [15, 6, 4]
    >>> [(n, "12 in Homs"[ws:we]) for n, _s, _e, ws, we in toll_parts("12 in Homs")]
    [(12, 'Homs')]
    >>> toll_parts("Eleven were wounded: 3 in Critical Condition and 8 in Stable Condition.")
    []
    """
    line = _PART_LINE.fullmatch(text)
    if line is not None:
        n = parse_number(line.group("n"))
        ok = n and _where_ok(line.group("where"))
        return [(n, line.start("n"), line.end("where"), line.start("where"), line.end("where"))] if ok else []
    m = _PART_LIST.search(text) if ":" in text or "—" in text or "–" in text else None
    if m is None:
        return []
    out = []
    for p in _PART_RX.finditer(text, m.start("list"), m.end("list")):
        n = parse_number(p.group("n"))
        if not n or not _where_ok(p.group("where")):
            return []
        out.append((n, p.start(), p.end("where"), p.start("where"), p.end("where")))
    return out


def _where_ok(where: str) -> bool:
    """Whether a part's "in" phrase may name a place: a few words, no verb, day, state or site of one attack.

    >>> _where_ok("Kansafra in the province of Idlib"), _where_ok("Critical Condition"), _where_ok("Mombasa were buried")
    (True, False, False)
    """
    return len(where.split()) <= _WHERE_WORDS and _NOT_WHERE.search(where) is None


def _part_place(text: str, ws: int, we: int, found: list[dict]) -> dict | None:
    """The place a part names in text[ws:we] (``found``: the places of ``text``): the first place found there, or a
    name that opens it and that no gazetteer lists ("Kansafra in the province of Idlib"), located by the place found
    after it; None when the part names no place ("five in a mosque")."""
    inside = [p for p in found if ws <= p["start"] < we and (p["type"] != "country" or p["start"] == ws)]
    if any(p["type"] in SITE_TYPES for p in inside):
        return None  # "four in Ain al-Asad air base": a site of the one attack told
    name = _NAME.match(text, ws, we)
    words = name.group(0).lower().split() if name else []
    if name is None or any(p["start"] == ws for p in inside) or words[0] in _NOT_NAMES or \
            len(words) == 1 and words[0] in country_adjectives():
        return inside[0] if inside else None
    parent = next((p for p in inside if p["start"] >= name.end()), None)
    pid = text_place(name.group(0), "place", parent["place_id"] if parent else "")
    return _found_row(text, name.start(), name.end(), pid, 100.0, "pattern", places_gazetteer())


def _places_in(text: str, a: int, b: int, named: Container[str] | None) -> list[dict]:
    """The places of a part's own words text[a:b] ("5 in Homs": a few words, no need to read the whole sentence
    again), with offsets into ``text``.

    >>> [(p["text"], p["start"]) for p in _places_in("Killed 9: 5 in Homs and 4 in Hama.", 10, 19, None)]
    [('Homs', 15)]
    """
    return [{**p, "start": p["start"] + a, "end": p["end"] + a} for p in scan_places(text[a:b], named=named)]


def _role(total: dict) -> str | None:
    """The role a total's parts count: "killed" or "injured" when the total gives only that one."""
    k, i = _count(total.get("killed")), _count(total.get("injured"))
    return "killed" if k and not i else "injured" if i and not k else None


def _count(v: object) -> int:
    """A count cell as an int (0 for None or NA)."""
    try:
        return int(v) if v is not None and v == v else 0  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def _part_row(total: dict, s: dict, role: str, part: tuple[int, int, int, int, int], p: dict) -> dict:
    """A mention for one part of ``total``: its number in ``role``, its place ``p``, the total's kind, day and actor."""
    n, a, b, _ws, _we = part
    text, off = str(s["text"]), int(s["start"])
    row = {**total, **place_cols(p), "sent_id": s["sent_id"], "para_id": s["para_id"], "sent_start": off,
           "sent_end": int(s["end"]), "clause_start": off + a, "clause_end": off + b, "evidence_start": off + a,
           "evidence_end": off + b, "evidence": text[a:b], "scope": "incident", "qualifier": "", "qualifiers": "",
           "n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "killed": None, "injured": None}
    row[role] = n
    return row


def place_breakdowns(kept: list[dict], sents: list[dict], named: Container[str] | None = None) -> list[dict]:
    """``kept`` with the parts of each toll broken down by place as mentions of their own, the total marked
    ``aggregate``: parts listed after the total's colon, or lines that are each one part right after its paragraph.
    The parts must add up to the total (to no more than it under a title line, whose entries may be cut), each must
    name a place of its own (no site of one attack), and the total must name no single attack ("The bombing killed
    9: 7 in X Market and 2 in Y Hospital"). ``named``: the countries the article names (``NamedCountries``), as for
    its other places.

    >>> s = [{"sent_id": 0, "para_id": 0, "start": 0, "end": 34, "text": "Over 100 killed yesterday in Syria"},
    ...      {"sent_id": 1, "para_id": 1, "start": 36, "end": 46, "text": "12 in Homs"}]
    >>> out = place_breakdowns([{"sent_id": 0, "para_id": 0, "killed": 100, "injured": None, "scope": "incident",
    ...                          "place": "Syria"}], s)
    >>> [(r["scope"], r["killed"], r["place"]) for r in out]
    [('aggregate', 100, 'Syria'), ('incident', 12, 'Homs')]
    """
    by_id = {int(s["sent_id"]): s for s in sents}
    order = [int(s["sent_id"]) for s in sents]
    nxt = _next_paragraph(sents)  # per sentence id, where the next paragraph starts: one pass, not one per mention
    added: list[dict] = []
    for r in kept:
        role = _role(r) if r.get("scope") == "incident" else None
        s = by_id.get(int(r["sent_id"]))
        if role is None or s is None:
            continue
        own = [(s, p) for p in toll_parts(str(s["text"]))]
        rows = own or _part_lines(nxt.get(int(s["sent_id"]), len(order)), order, by_id)
        total, head = sum(p[0] for _s, p in rows), str(s["text"])[:rows[0][1][1]] if own else str(s["text"])
        title = int(s["sent_id"]) == order[0] and is_title(sents)  # a title's toll sums up entries that may be cut
        if not rows or len(rows) < (2 if own else 1) or total > _count(r[role]) or \
                total < _count(r[role]) and not title or _ONE_ATTACK.search(head):
            continue  # (a body's total that its parts do not add up to keeps the rest: not broken down)
        where = [_part_place(str(ps["text"]), p[3], p[4], _places_in(str(ps["text"]), p[1], p[4], named))
                 for ps, p in rows]
        if any(w is None for w in where) or len({w["place_id"] for w in where}) < len(where):
            continue  # "five in a mosque and seven in the street outside": parts of one attack's place
        added += [_part_row(r, ps, role, p, w) for (ps, p), w in zip(rows, where)]
        r["scope"] = "aggregate"
    return sorted(kept + added, key=lambda r: int(r["sent_id"])) if added else kept


def _next_paragraph(sents: list[dict]) -> dict[int, int]:
    """Per sentence id, the position in ``sents`` of the first sentence of the next paragraph (``len(sents)`` at the end).

    >>> _next_paragraph([{"sent_id": 0, "para_id": 0}, {"sent_id": 1, "para_id": 0}, {"sent_id": 2, "para_id": 1}])
    {2: 3, 1: 2, 0: 2}
    """
    out: dict[int, int] = {}
    start = len(sents)
    for i in range(len(sents) - 1, -1, -1):
        if i + 1 < len(sents) and int(sents[i + 1]["para_id"]) != int(sents[i]["para_id"]):
            start = i + 1
        out[int(sents[i]["sent_id"])] = start
    return out


def _part_lines(start: int, order: list[int], by_id: dict[int, dict]) -> list[tuple[dict, tuple]]:
    """The lines from position ``start`` (the paragraph after a total's) that are each one part, with their part; the
    run ends at the first line that is not one."""
    out = []
    for sid in order[start:]:
        t = by_id[sid]
        parts = toll_parts(str(t["text"])) if len(str(t["text"])) < 120 else []
        if len(parts) != 1 or _PART_LINE.fullmatch(str(t["text"])) is None:
            break
        out.append((t, parts[0]))
    return out
