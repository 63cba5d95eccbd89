"""The casualty toll of a text (``casualties``), with the running tallies, anniversaries, mourned dead, war tolls and
revised figures it sets aside."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..gates import opens
from ..clauses import split_clauses
from ..counts import count_rows, parse_count
from ..vocabulary import PEOPLE_NOUNS, WEAPON_NOUNS
from .common import (NOT_PEOPLE, _BARE_TOTAL, _KILL, _NAMED_DIED, _NAMED_SUBJECT_DIED, _NOT_BY_ATTACK, _NO_ONE_KILLED,
                     _NUM, _ONE_DEATH, _ONE_NAME_GUNNED, _PART_LIST, _TITLED_KILLED, _blanked)
from .named import named_victims
from .single import (_AND_HIMSELF, _BEFORE_TRAIL, _TRAIL_NOUNS, _TRAIL_ONE, _along_list, _along_with, _also_killed,
                     _attacker_killed, _one_victims, _one_with_count, _zeros)
from .stated import _bare_casualties, _death_toll, _list_entry, _vague_subjects
from .victims import (MARKED, _GENERIC_VICTIMS, _LIST_PREDICATE, _NOUN_ROLE, _TAKEN_AFTER, _WHO_KILLED_ONE, _add, _casualty_role, _elided_part,
                      _lead_victim, _other_place_part, _total_to, _trail_victim, companions)


def casualties(text: str) -> dict:
    """Killed and injured in a clause, by the words that govern each count (see the module docstring).

    >>> c = casualties("One U.S. civilian contractor was killed and several service members were wounded")
    >>> c["killed"], c["killed_who"], c["injured"], c["qualifiers"]
    (1, 'us_coalition', None, ['injured=several'])
    >>> casualties("Two Americans and a British national were killed")["killed"]
    3
    >>> casualties("18 rockets slammed into Camp Taji, killing three coalition personnel and wounding 12")["injured"]
    12
    >>> casualties("Four guards were injured and two drivers were hurt")["injured"]
    6
    >>> casualties("The blast wounded a soldier and other coalition troops")["injured"] is None
    True
    >>> c = casualties("One guard was killed while five others were left wounded"); c["killed"], c["injured"]
    (1, 5)
    >>> casualties("a drone strike, resulting in the deaths of three U.S. soldiers and numerous injuries")["killed"]
    3
    """
    if not opens("casualties", text):  # every rule below needs one of the family's words (``gates.GATES``)
        return {"killed": None, "injured": None, "killed_who": "", "injured_who": "", "qualifiers": [], "named_killed": []}
    out: dict = {"killed": None, "injured": None, "killed_who": set(), "injured_who": set(), "qualifiers": []}
    used: list[tuple[int, int]] = []
    text = _blanked(text)
    said = " said" in text or " told" in text
    rows = [r for r in count_rows(text) if str(r["noun"]) not in WEAPON_NOUNS | NOT_PEOPLE and r["noun"] and
            not (said and _SOURCE_AFTER.match(text, r["end"]))]
    rows = _drop_breakdown(_drop_parts(rows, text, used), text, used)
    last: dict[str, int] = {}  # per role, where its last chain ended
    for chain in _chains(rows, text):
        if _along_with(text, chain, out, used):
            continue  # "A soldier was wounded along with two civilians": 3
        role, trail = _casualty_role(text, chain), None
        at = _BEFORE_TRAIL.match(text, chain[-1]["end"]).end() if not role else chain[-1]["end"]
        if not role and "and" in text[at:at + 6]:
            trail = _TRAIL_ONE.match(text, at)  # "Two fighters and their commander were killed" ("Ten guards of the X
            # Guard, returning from an operation, and their driver were killed")
            role = _casualty_role(text, chain[:-1] + [{**chain[-1], "end": trail.end()}]) if trail else ""
            nouns = None if trail else _TRAIL_NOUNS.match(text, chain[-1]["end"])  # "10 soldiers and fighters were"
            role = _casualty_role(text, chain[:-1] + [{**chain[-1], "end": nouns.end()}]) if nouns else role
        if role:
            told = out[role]
            _add(out, role, chain, text, text[last[role]:chain[0]["start"]] if role in last else "")
            if trail and told is None and out[role] is not None:
                out[role] += 1
            _lead_victim(text, chain, role, out)
            _trail_victim(text, chain, role, out)
            _elided_part(text, chain, role, out, told)
            _other_place_part(text, chain, role, out, told)
            used += [(r["start"], r["end"]) for r in chain]
            last[role] = chain[-1]["end"]
    _casualties_then_hurt(text, out)
    _bare_casualties(text, out, used)
    _death_toll(text, out)
    _total_to(text, out)
    _vague_subjects(text, out)
    _list_entry(text, out)
    _one_victims(text, out)
    _attacker_killed(text, out)
    _also_killed(text, out)
    _one_with_count(text, out)
    _lost_men(text, out)
    if "equal number" in text:
        _equal_number(text, out)
    if out["killed"] is not None and _AND_HIMSELF.search(text):
        out["killed"] += 1  # "the bomber killed a guard and himself": two dead, as the toll says
    if "with" in text or "alongside" in text:
        _along_list(text, rows, out)
    _zeros(text, out)
    _single_deaths(text, out, out["killed"] is None or (out["killed"] == 1 and "killed" not in last))
    if out["killed"] is None and out["injured"] and ("died" in text or "succumb" in text):
        _hurt_then_died(text, out)
    _drop_vague_totals(out, text)
    _drop_tally(text, out)
    out.pop("_parts", None)
    out["killed_who"] = ";".join(sorted(out["killed_who"]))
    out["injured_who"] = ";".join(sorted(out["injured_who"]))
    return out


def vague_roles(qualifiers: str | list[str]) -> set[str]:
    """The casualty roles a toll is told for without a figure or with one, by the qualifiers read with it (a list,
    or ``;``-joined as in a mention row): "killed dozens" marks ``killed=dozens``.

    >>> sorted(vague_roles("killed=dozens;n_fired=about")), vague_roles(["injured=several"])
    (['killed'], {'injured'})
    """
    items = qualifiers.split(";") if isinstance(qualifiers, str) else qualifiers
    return {q.split("=")[0] for q in items if q.startswith(("killed=", "injured="))}


def _drop_tally(text: str, out: dict) -> None:
    """Drop the toll of a clause that tells a year's or a conflict's tally, not an attack's ("1,500 were killed last
    year in X", "leaving dozens killed since May"), with the marks of a vague toll.

    >>> o = {"killed": 1500, "injured": None, "qualifiers": ["killed=more_than"]}
    >>> _drop_tally("More than 1,500 were killed in the province last year", o); o["killed"], o["qualifiers"]
    (None, [])
    """
    vague = vague_roles(out["qualifiers"])
    if not (out["killed"] is not None or out["injured"] is not None or vague):
        return  # a toll to drop, or nothing to read
    if _spans_time(text) and not ATTACK_WORD.search(text) and not out.get("named_killed") or running_tally(text) or \
            _SO_FAR_THIS_YEAR.search(text):
        out["killed"] = out["injured"] = None
        out["qualifiers"] = [q for q in out["qualifiers"] if q.split("=")[0] not in vague]


#: a force's own dead told as men it lost ("we lost six men", "the army lost 12 of its soldiers")
_LOST_MEN = re.compile(r"\blost\s+(?P<n>(?:at\s+least\s+)?[\w,-]+)\s+(?:of\s+(?:its|their|our|his)\s+)?(?:[\w-]+\s+)?"
                       r"(?:men|soldiers|troops|fighters|personnel|officers|policemen|members|comrades|servicemen)\b", re.I)


def _lost_men(text: str, out: dict) -> None:
    """The dead a force says it lost, when no other count gave the killed ("we lost six men": 6; "lost 12 seats": none).

    >>> casualties("According to an initial assessment, we lost six men")["killed"]
    6
    >>> casualties("The party lost 12 seats")["killed"] is None
    True
    """
    if out["killed"] is not None or "lost" not in text:
        return
    m = _LOST_MEN.search(text)
    n = parse_count(m.group("n"))[0] if m else None
    if n:
        out["killed"] = n


#: the other toll told as as many as the first: "two dead and an equal number wounded", "the injury of an equal number"
_EQUAL_HURT = re.compile(r"\ban\s+equal\s+number\s+(?:of\s+[\w-]+\s+)?(?:(?:were|was|got)\s+)?(?:wounded|injured|hurt)\b|"
                         r"\b(?:injury|injuries|wounding|injuring)\s+(?:of\s+)?an\s+equal\s+number\b", re.I)


def _equal_number(text: str, out: dict) -> None:
    """The injured told as "an equal number" to the dead.

    >>> c = casualties("Two officers were killed and an equal number wounded"); c["killed"], c["injured"]
    (2, 2)
    """
    if out["killed"] and out["injured"] is None and _EQUAL_HURT.search(text):
        out["injured"] = out["killed"]


#: a speech verb right after a noun phrase: its people tell the toll, they are not in it ("killing him, a U.S.
#: official said", "killing two, police officers told AFP")
_SOURCE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:said|told)\b")


#: a span of time a toll covers ("killed last year", "each year", "since last November"; not a week: one event's)
_SPAN_TALLY = re.compile(r"\b(?:this|last|past|every|each|per)\s+year\b|\bsince\s+last\b|\bannually\b", re.I)
#: a month just before "last year" dates one event ("in January last year"), it spans nothing
_MONTH_BEFORE = re.compile(r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|early|earlier|late|later|"
                           r"mid-?)\s+$", re.I)  # or a part of it ("early this year")


def _spans_time(text: str) -> bool:
    """Whether the clause tells a span of time a tally covers, not a month of one event.

    >>> _spans_time("1,500 were killed last year"), _spans_time("hit hard in January last year when X killed Y")
    (True, False)
    >>> _spans_time("early this year, two policemen were killed")
    False
    """
    return any(not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) for m in _SPAN_TALLY.finditer(text))


#: a conflict, not an event: its toll is a running tally of many events
_CONFLICT_NOUN = (r"(?:war|warfare|conflict|violence|fighting|hostilities|campaign|bombardment|offensive|insurgency|uprising|"
                  r"revolt|revolution|rebellion|crisis|unrest|clashes|siege|confrontations|exchanges\s+of\s+fire|skirmishes)s?")
#: a toll in the perfect tense ("have been killed", "has killed", "has claimed")
_PERFECT_TOLL = (r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+)?(?:been\s+)?(?:killed|died|wounded|injured|"
                 r"claimed\s+(?:[\w,]+\s+){0,4}?lives|left\s+(?:[\w,]+\s+){0,4}?dead)\b")
#: a conflict that "has killed" ("The cross-border violence has killed 259", "its campaign, which has killed 26,000")
_CONFLICT_KILLED = re.compile(r"\b" + _CONFLICT_NOUN + r"\b(?:\s+(?:of|in|on|against|between|across|along)\s+[^.;:]{1,40}?)?"
                              r"\s*,?\s*(?:(?:which|that)\s+)?" + _PERFECT_TOLL, re.I)
#: the people a participle "fighting" tells ("militants fighting against the government has killed three"): no conflict
_FIGHTERS_BEFORE = re.compile(r"\b(?:militants|rebels|fighters|forces|groups|troops|insurgents|jihadists|gunmen|men|"
                              r"terrorists|factions|militias|soldiers|those|who\s+(?:are|were))\s+$", re.I)


def _conflict_killed(text: str) -> bool:
    """Whether a conflict "has killed" in the clause (``_CONFLICT_KILLED``), not a participle "fighting" after the
    fighters ("a shell fired by militants fighting against the army has killed three": the shell's toll).

    >>> _conflict_killed("The fighting has killed 40"), _conflict_killed("a shell fired by militants fighting the army has killed 3")
    (True, False)
    """
    for m in _CONFLICT_KILLED.finditer(text):
        if not (m.group().lower().startswith("fighting") and _FIGHTERS_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            return True
    return False


#: a toll raised to a new total ("raised the death toll to 60", "bringing the number of those killed to 12")
_RAISED_TOLL = (r"\b(?:rais|bring|brought|push|took|tak)\w*\s+(?:the\s+)?(?:overall\s+|total\s+|official\s+)?"
                r"(?:(?:death|casualty)\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|those\s+killed))\s+(?:\w+\s+){0,3}?to\b")
#: a perfect-tense or raised toll over a span ("have been killed since October 7", "... during the 21-month-old revolt",
#: "raised the death toll to 60 since Tuesday")
_TOLL_OVER_SPAN = re.compile(r"(?:" + _PERFECT_TOLL + "|" + _RAISED_TOLL + r")[^.;:]*?(?:\bsince\s+(?P<since>[^.;:]{0,40})|\b(?:in|during|over|throughout)\s+"
                             r"(?:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?" + _CONFLICT_NOUN + r"\b)|"
                             r"^\s*(?:[\w,]+\s+){0,2}?since\s+(?P<since2>[^.;:]{0,40})(?:[^.;:]|(?<=[A-Z])\.)*?" + _PERFECT_TOLL + r"|"
                             r"\b(?:has|have)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?:ed|en)\b,?\s+killing\b[^.;:,]*?"
                             r"\bsince\s+(?P<since3>[^.;:]{0,40})", re.I)  # "attacks have intensified, killing 250 since X"


#: a number of the dead that reached a total ("the number of those killed in X on Monday reached 70")
_NUMBER_REACHED = re.compile(r"\bthe\s+(?:total\s+)?number\s+of\s+(?:those|people|persons|civilians|victims|the\s+dead|martyrs)\s+"
                             r"(?:who\s+(?:were|have\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:killed|dead|martyred)\s+(?:in|across|throughout)\s+"
                             r"(?-i:(?:[A-Z][\w'’-]+\s*){1,3})(?:(?:on|in|during|since|yesterday|today|so\s+far|last|this)\b[^.;:]{0,30}?)?"
                             r"\s*(?:has\s+)?(?:reached|rose|climbed|stood|jumped|increased|totall?ed)\b", re.I)  # a place's name only
# (not "killed in the Westgate mall siege rose to 67": one event's toll)


#: a count of a year or month so far ("one of 707 people shot and killed by police so far this year"): a tally
_SO_FAR_THIS_YEAR = re.compile(r"\bso\s+far\s+(?:this\s+(?:year|month)|in\s+\d{4})\b|\b(?:this|last)\s+year\s+alone\b", re.I)


#: thousands told in the perfect ("strikes ..., which have reportedly killed over 13,000", "more than 2,000 people have
#: been killed") or as lives lost ("resulted in the loss of over 13,000 lives"): no one event's toll
_THOUSANDS = r"(?:\d{1,3}(?:,\d{3})+|\d{4,})(?!\d)"
_THOUSANDS_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)*killed\s+(?:(?:more\s+than|over|at\s+least|"
                               r"nearly|almost|about|some|around)\s+)?" + _THOUSANDS + r"|\bloss\s+of\s+(?:(?:more\s+than|over|"
                               r"at\s+least|nearly|almost|about|some|around)\s+)?" + _THOUSANDS + r"\s+lives\b|\b" + _THOUSANDS +
                               r"\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)*been\s+killed\b", re.I)
#: one event named in the singular ("in Saturday's attack", "the assault has killed"): its own toll, however large
_ONE_EVENT_NOUN = re.compile(r"\b(?:attack|assault|bombing|strike|airstrike|raid|blast|explosion|massacre|shooting)\b(?!s)", re.I)


#: victims told "also" in the event just told ("were also injured in the attack", "also died in the blast"): that
#: event's toll, not another event's (read by the mention and merge steps)
ALSO_IN_TOLD = re.compile(r"\balso\s+(?:been\s+)?(?:shot\s+(?:and\s+)?)?(?:killed|died|wounded|injured|hurt)\s+(?:in|by|during)\s+"
                          r"(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|strike|blast|explosion|bombing|assault|ambush|exchange|"
                          r"shooting|clash(?:es)?|fighting|gunfight|firefight)\b(?!\s+on\b)", re.I)


def running_tally(text: str) -> bool:
    """Whether a clause gives the running toll of a conflict, not one event's: a war, campaign or violence that "has
    killed", or a perfect-tense toll since a day or during a conflict (not since an attack: "since the blast").

    >>> running_tally("The cross-border violence has killed at least 259 people, according to a tally.")
    True
    >>> running_tally("Since October 7, at least 380 people have been killed in Lebanon.")
    True
    >>> running_tally("Since October 17, 56 U.S. troops have been injured, with 25 diagnosed with TBI.")  # "U.S.": no end
    True
    >>> running_tally("The confrontations between Hezbollah and Israel have killed 426 people on the Lebanese side.")
    True
    >>> running_tally("Nearly 190,000 people have been killed since an uprising erupted in March 2011.")
    True
    >>> running_tally("A suicide car bomb attack has killed at least 14 people.")
    False
    >>> running_tally("Israel's strikes on Gaza, which have reportedly killed over 13,000 people.")
    True
    >>> running_tally("Israel's strikes in Gaza, which reportedly resulted in the loss of over 13,000 lives.")
    True
    >>> running_tally("Three more have died since the blast, raising the toll to nine.")
    False
    >>> running_tally("Two guards have died since the car bomb went off.")
    False
    >>> running_tally("The raid raised the death toll to 60 people, most of them civilians, since Tuesday.")
    True
    >>> running_tally("Shelling has intensified, killing more than 90 civilians since the end of May.")
    True
    >>> running_tally("The number of those killed in Syria on Monday reached 70."), running_tally(
    ...     "The number of people killed in the blast rose to 20.")
    (True, False)
    """
    if not ("has" in text or "have" in text or "had" in text or "toll" in text or "number" in text or "lives" in text):
        return False
    if _conflict_killed(text) or _THOUSANDS_SO_FAR.search(text) and not _ONE_EVENT_NOUN.search(text):
        return True
    if "number" in text and _NUMBER_REACHED.search(text) and not ATTACK_WORD.search(text):
        return True  # "The number of those killed in Syria on 26/9/2013 reached 70": a country's day, no event's toll
    m = _TOLL_OVER_SPAN.search(text)
    if m is None:
        return False
    since = m.group("since") or m.group("since2") or m.group("since3")
    return since is None or not ATTACK_WORD.search(" ".join(since.split()[:4]))  # not "since the car bomb went off"


#: a word of an attack or a weapon: a toll told with one over a span is still that attack's ("killed last year in a
#: rocket attack")
ATTACK_WORD = re.compile(r"\b(?:attack|strike|airstrike|raid|bomb|bombing|blast|explosion|shelling|shooting|gunm[ae]n|"
                          r"ambush|rocket|missile|drone|mortar|shell|i\.?e\.?d|grenade|sniper|gunfire|assault|shot|massacre|stabbing|"
                          r"rampage)s?\b|\b(?:ambush|attack|raid|bomb|shell|storm)(?:ed|ing)\b|\bopened\s+fire\b", re.I)


def _drop_parts(rows: list[dict], text: str, used: list[tuple[int, int]]) -> list[dict]:
    """The counts of a clause without those inside a part list after an earlier count (the total holds them).

    >>> from analysis.events.counts import count_rows
    >>> t = "killing 27 policemen, including two officers shot at home"
    >>> [r["value"] for r in _drop_parts(count_rows(t), t, [])]
    [27]
    >>> t = "leaving 9, including four guards, wounded"
    >>> [r["value"] for r in _drop_parts(count_rows(t), t, [])]
    []
    """
    if "includ" not in text and "among" not in text:
        return rows
    spans = [m.span() for m in _PART_LIST.finditer(text)]
    if not spans:
        return rows
    keep, starts = [], [a for a, _ in spans]  # the spans do not overlap and come in order: bisect over their starts
    first_end = min((q["end"] for q in rows if q["value"]), default=len(text) + 1)  # an earlier count ends by then
    for r in rows:
        k = bisect_right(starts, r["start"]) - 1
        span = spans[k] if k >= 0 and r["start"] < spans[k][1] else None
        if span and (first_end <= span[0] or _BARE_TOTAL.search(text, max(0, span[0] - 20), span[0])):
            used.append((r["start"], r["end"]))  # "eight killed, among them two women": a part of the eight
        else:
            keep.append(r)
    return keep


#: what opens, joins and closes a breakdown set off after a count ("three civilians, two men and one woman, were")
_BREAKDOWN_OPEN = re.compile(r"\s*(?:,|\(|[–—-])\s*")
_BREAKDOWN_JOIN = re.compile(r"\s*,?\s*(?:and|&)\s+|\s*,\s*")
_BREAKDOWN_CLOSE = re.compile(r"\s*(?:,|\)|[–—-])")
#: a group a comma-set breakdown may follow, and the kinds of person it breaks down into
_UMBRELLA = frozenset("people persons civilians villagers residents victims individuals passengers person civilian villager "
                      "resident victim individual passenger".split())
_KINDS = frozenset("men women children boys girls man woman child boy girl adults minors infants babies".split())


#: the verb right after an aside closed by a comma ("one civilian, a man, was killed")
_VERB_AFTER_ASIDE = re.compile(r"\s*,\s*(?:was|were|had|has|is|are|died|who)\b")


def _drop_breakdown(rows: list[dict], text: str, used: list[tuple[int, int]]) -> list[dict]:
    """The counts of a clause without the parts of a count set off right after it when they add up to it ("up to three
    civilians, two men and one woman, were killed": three, not six).

    >>> from analysis.events.counts import count_rows
    >>> t = "three civilians, two men and one woman, were killed"
    >>> [r["value"] for r in _drop_breakdown(count_rows(t), t, [])]
    [3]
    >>> t = "three civilians, two men and four women were killed"
    >>> [r["value"] for r in _drop_breakdown(count_rows(t), t, [])]
    [3, 2, 4]
    >>> t = "One civilian, a man, was killed"
    >>> [r["value"] for r in _drop_breakdown(count_rows(t), t, [])]
    [1]
    >>> t = "killed four soldiers, two police officers and two civilians, the army said"
    >>> [r["value"] for r in _drop_breakdown(count_rows(t), t, [])]
    [4, 2, 2]
    """
    drop: set[int] = set()
    for i, r in enumerate(rows[:-1]):
        if i in drop or not r["value"] or not _BREAKDOWN_OPEN.fullmatch(text, r["end"], rows[i + 1]["start"]):
            continue
        j, total = i + 1, 0
        while j < len(rows) and rows[j]["value"] and total < r["value"]:
            total += rows[j]["value"]
            nxt = rows[j + 1]["start"] if j + 1 < len(rows) else -1
            if total == r["value"] or nxt < 0 or not _BREAKDOWN_JOIN.fullmatch(text, rows[j]["end"], nxt):
                break
            j += 1
        one = j == i + 1 and str(r["noun"]).lower() in _UMBRELLA and str(rows[j]["noun"]).lower() in _KINDS and \
            _VERB_AFTER_ASIDE.match(text, rows[j]["end"]) is not None  # "one civilian, a man, was": the one victim's
        # kind (not "a civilian, a woman, a child and two soldiers": a list)
        if j < len(rows) and (j > i + 1 or one) and total == r["value"] and _BREAKDOWN_CLOSE.match(text, rows[j]["end"]) and \
                (text[r["end"]:rows[i + 1]["start"]].strip() in ("(", "–", "—", "-") or
                 str(r["noun"]).lower() in _UMBRELLA and all(str(q["noun"]).lower() in _KINDS for q in rows[i + 1:j + 1])):
            drop.update(range(i + 1, j + 1))  # (a list after a comma is a breakdown only of a group's kinds of person:
            # "four soldiers, two police officers and two civilians," are eight)
    used += [(rows[k]["start"], rows[k]["end"]) for k in sorted(drop)]
    return [q for k, q in enumerate(rows) if k not in drop]


#: a group told by a plural noun, then some of its members by name ("police personnel, including ASI X")
_GROUP_INCLUDING = re.compile(r"\b(?:personnel|soldiers|policemen|people|civilians|members|troops|officers|guards|fighters|"
                              r"officials|staff|workers)\s*,?\s+(?:including|among\s+them|among\s+whom)\b", re.I)


#: one body found ("police found the body of a shepherd"): one dead (the attack's victim when a mention is read there)
_FOUND_BODY = re.compile(r"\b(?:found|discovered|recovered|retrieved)\s+(?:the\s+)?(?:dead\s+)?body\s+of\s+(?:an?\s|one\s|"
                         r"(?-i:[A-Z][a-z’'-]+\s+(?:(?:al|el|bin|ibn)\s+|[A-Z]\.\s+)?[A-Z][a-z’'-]+))|"  # "the body of Mohammed al Janabi"
                         r"\b(?:an?|one|the)\s+(?:[a-z-]+\s+)?body\s+(?:of\s+(?:an?|the)\s+[^.;,]{1,80}?\s+|" + MARKED + r")?(?:was|has\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+"
                         r"(?:found|discovered|recovered|retrieved)\b", re.I)  # "a dumped body was found in X"


#: bodies (or heads) of a counted group found ("police found the bodies of two soldiers", "the heads of ten men were
#: found in a market")
_FOUND_BODIES = re.compile(r"\b(?:found|discovered|recovered|retrieved|dumped|threw|left)\s+(?:the\s+)?(?:(?:dead|beheaded|"
                           r"decapitated|mutilated|bullet-ridden|tortured)\s+)?"
                           r"(?:bodies|corpses|(?:decapitated\s+|severed\s+)?heads)\s+of\s+(?:at\s+least\s+)?(?P<n>" + _NUM + r")\s+"
                           r"(?!(?:years?|days?|weeks?|months?)\b)|"
                           r"\b(?:the\s+)?(?:bodies|(?:decapitated\s+|severed\s+)?heads)\s+of\s+(?:at\s+least\s+)?(?P<n2>" + _NUM +
                           r")\s+[^.;]{1,60}?\s+(?:were|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:found|discovered|recovered|retrieved|dumped)\b",
                           re.I)

#: a second counted group of the bodies found: "the bodies of seven men (and) four women"
_BODIES_MORE = re.compile(r"\s+(?:[\w-]+\s+){1,2}?and\s+(?:at\s+least\s+)?(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+)??"
                          r"(?P<noun>[\w-]+)", re.I)  # (people only: not "five men and 20 bags of remains")

#: a body found after an accident or a natural death ("the body of a fisherman who drowned", "after the helicopter
#: crashed", "in the rubble ... after the earthquake"), when the text names no weapon or attacker
_NOT_VIOLENT_BODY = re.compile(r"\b(?:drown\w*|crash\w*|earthquake|quake|rubble|collaps\w*|blaze|fire\b|capsiz\w*|"
                               r"hypothermia|natural\s+causes|avalanche|flood\w*|landslide|climbers?|hikers?|overdose|"
                               r"accident\w*|newborn|swept\s+away)", re.I)
#: ... unless the text names a weapon, an attacker or a killing ("in the rubble of a building hit by a missile")
_VIOLENT_BODY = re.compile(r"\b(?:shot|gunmen|gunman|bombs?|missiles?|strikes?|attack\w*|shell\w*|tortur\w*|stabbed|"
                           r"militants?|murder\w*|killed\s+by|executed|beheaded|gunshot)\b", re.I)


def _single_deaths(text: str, out: dict, uncounted: bool) -> None:
    """Deaths the text tells one by one: named victims, "the death of" a titled person, and their companions.

    >>> o = {"killed": None, "qualifiers": []}; _single_deaths("The strike killed Abu Ali and Abu Omar.", o, True); o["killed"]
    2
    >>> casualties("No one was killed by the shells, but one guard died of a heart attack")["killed"] is None
    True
    >>> casualties("On Friday, Haddad was gunned down in Basra by unknown men.")["killed"]
    1
    >>> casualties("Police found the body of a shepherd shot near the village.")["killed"]
    1
    >>> casualties("A dumped body was discovered in the town.")["killed"]
    1
    >>> casualties("The body of a fisherman who drowned on Sunday was recovered from the river.")["killed"] is None
    True
    >>> casualties("ISWAP killed dozens of Boko Haram fighters in Sambisa Forest on Wednesday.")["killed"] is None
    True
    """
    vague = out["killed"] is None and "killed" in vague_roles(out.get("qualifiers", []))
    out["named_killed"] = [] if vague else named_victims(text) if out["killed"] is None or uncounted and \
        out["killed"] == 1 else []  # "killed dozens of fighters in X Forest": a vague toll, no victim named
    if out["named_killed"] and out["killed"] is None and _GROUP_INCLUDING.search(text):
        out["named_killed"] = []  # "the martyrdom of police personnel, including ASI X": how many died is untold
    if out["named_killed"] and len(out["named_killed"]) >= (out["killed"] or 0):
        out["killed"] = len(out["named_killed"])  # "assassinated X and Y": two dead, as the text names them
    if out["killed"] is None and (_ONE_DEATH.search(text) or _NAMED_DIED.match(text) or _TITLED_KILLED.search(text)
                                  or _WHO_KILLED_ONE.search(text) or _NAMED_SUBJECT_DIED.search(text)
                                  or _ONE_NAME_GUNNED.search(text) or "body" in text and _FOUND_BODY.search(text) and
                                  (not _NOT_VIOLENT_BODY.search(text) or _VIOLENT_BODY.search(text))):
        out["killed"] = 1  # "the death of Iranian general Qassem Suleimani": one death, as the text says
    if out["killed"] is None and ("bodies" in text or "heads" in text or "corpses" in text) and \
            (m := _FOUND_BODIES.search(text)) and \
            (not _NOT_VIOLENT_BODY.search(text) or _VIOLENT_BODY.search(text)):
        n = parse_count(m.group("n") or m.group("n2"))[0]
        more = _BODIES_MORE.match(text, m.end("n") if m.group("n") else m.end("n2"))
        more = more if more and more.group("noun").lower() in PEOPLE_NOUNS and more.group("noun").lower() not in \
            ("other", "others") else None
        n = n + (parse_count(more.group("n"))[0] or 0) if n and more else n  # "the bodies of seven men and four women"
        out["killed"] = int(n) if n else None  # "police found the bodies of two soldiers": two dead
    if uncounted and out["killed"]:
        out["killed"] += companions(text, out["named_killed"])  # "killed X, along with a top commander": 2
    if out["killed"] and _NOT_BY_ATTACK.search(text) and not _KILL.search(_NOT_BY_ATTACK.sub(" ", _NO_ONE_KILLED.sub(" ", text))):
        out["killed"] = None  # "died of a cardiac episode while sheltering": not a death the attack caused


#: a subject's aside that it was hurt, then its own verb of dying ("An officer, badly hurt in the blast, later died"):
#: the hurt subject is dead
_HURT_THEN_DIED = re.compile(r",\s*(?:(?:critically|seriously|severely|gravely|badly|fatally|mortally)\s+)?(?:injured|wounded|"
                             r"hurt)\b[^,;.]{0,80},\s*(?:(?:later|subsequently|then|eventually)\s+)?(?:died|succumbed)\b", re.I)


def _hurt_then_died(text: str, out: dict) -> None:
    """Move the hurt to the dead when the subject hurt in an aside later died (the aside opens the clause).

    >>> o = {"killed": None, "injured": 1, "killed_who": set(), "injured_who": {"local_forces"}}
    >>> _hurt_then_died("A guard, badly hurt in the raid, later died.", o); o["killed"], o["injured"], o["killed_who"]
    (1, None, {'local_forces'})
    """
    m = _HURT_THEN_DIED.search(text)
    if m and m.start() < 60 and "," not in text[:m.start()]:
        out["killed"], out["injured"] = out["injured"], None
        out["killed_who"], out["injured_who"] = out["injured_who"], set()


def _drop_vague_totals(out: dict, text: str = "") -> None:
    """No total for a role whose victims end with an uncounted part ("a soldier and other troops") or whose clause
    also tells an uncounted group of them ("many guards were hurt and two cooks were wounded", ``_beside``),
    whatever a later rule read; the part is kept as a vague qualifier.

    >>> o = {"killed": None, "injured": 1, "qualifiers": ["injured=vague_part"]}; _drop_vague_totals(o); o
    {'killed': None, 'injured': None, 'qualifiers': ['injured=approx']}
    >>> t = "Many guards were hurt and two cooks were wounded"
    >>> far = "Two cooks were wounded days after many guards were hurt"
    >>> o = {"killed": None, "injured": 2, "qualifiers": [], "_vague": {"injured": [(0, 11)]},
    ...      "_chained": {"injured": (26, 35)}}; _drop_vague_totals(o, t); o["injured"] is None
    True
    >>> o = {"killed": None, "injured": 2, "qualifiers": [], "_vague": {"injured": [(34, 46)]},
    ...      "_chained": {"injured": (0, 9)}}; _drop_vague_totals(o, far); o["injured"]
    2
    """
    vague, chained = out.pop("_vague", {}), out.pop("_chained", {})
    for role in ("killed", "injured"):
        if f"{role}=vague_part" in out["qualifiers"]:
            out[role] = None
            out["qualifiers"] = [f"{role}=approx" if q == f"{role}=vague_part" else q for q in out["qualifiers"]]
        if role in chained and any(_beside(text, span, chained[role]) for span in vague.get(role, ())):
            out[role] = None  # "many guards were hurt and two cooks were wounded": no total


#: between an uncounted group and an exact count, words that make them two events or two times ("a week after",
#: "days after", "earlier", "in clashes"): the count is no part of the group
_APART = re.compile(r";|\b(?:after|earlier)\b|\bin\s+(?:[\w-]+\s+){0,3}?clashes\b", re.I)


def _beside(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two chains of counts (start, end) are told in one clause of one event: no ``_APART`` words and no
    clause boundary (``split_clauses``) between them.

    >>> t = "Many guards were hurt and two cooks were wounded"; _beside(t, (0, 11), (26, 34))
    True
    >>> t = "Two cooks were wounded, days after many guards were hurt"; _beside(t, (35, 47), (0, 9))
    False
    """
    (lo, lo_end), (hi, hi_end) = sorted((a, b))
    if _APART.search(text, lo_end, hi):
        return False
    return len(split_clauses(text[lo:hi_end])) == 1


#: a count after a comma that is not one more item: a part of the total ("11 people, three of them police")
#: or the source of the report ("killing one officer, an official said")
_NOT_ITEM = re.compile(r"\s+of\s+(?:them|whom)\b|[^,;.]{0,100}?\s(?:said|says|told|added|reported)\b|"
                       r"[^,;.]{0,80}?\s(?:are|were|is|was)\s+among\s+(?:them|those|the\s+\w+)\b", re.I)


#: a word of a short "of the X" phrase inside a counted subject (no verb: "members of the army were killed and ...")
_PP_WORD = r"(?!(?:were|was|are|is|had|have|has|been|being|killed|wounded|injured|hurt|dead|died)\b)[\w'’´.-]+"


#: what may stand between the counts of one chain ("two soldiers and a contractor", "three of the guards, two police")
_CHAIN_GAP = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:" + _PP_WORD + r"\s+){0,3}?" + _PP_WORD + r")?"
                        r"\s*(?:,\s*)?(?:and|&|as well as)\s+(?:the\s+|another\s+|a\s+further\s+|his\s+|her\s+|their\s+)?|"
                        r"\s*,\s*(?:the\s+)?")


#: a verb that takes people unharmed, right before a count ("they took about three people and three persons were shot
#: dead"): its object is no part of the subject of the next count's predicate
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|arrest(?:ed|ing)|"
                           r"detain(?:ed|ing)|rescu(?:ed|ing)|freed|releas(?:ed|ing))\s+(?:(?:about|around|some|at\s+least|"
                           r"more\s+than|nearly)\s+)?$", re.I)


#: a relative clause right after a count's phrase, which may tell of the whole list before it ("seized three engineers
#: and two drivers who were later killed")
_RELATIVE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s*,?\s+(?:who|that|which)\b")
#: the dead a cue governs, then the hurt of a clause of their own ("resulting in the deaths of at least six people, and
#: more than 20 individuals were wounded", "killing six people and 20 others were injured"): two roles, not one
#: coordinated subject of "were wounded" (not a vague group or one more: "killed a shepherd and several others were hurt")
_DEAD_OF_BEFORE = re.compile(r"\b(?:deaths?\s+of|lives\s+of|killing|killed)\s+(?:(?:about|around|some|at\s+least|"
                             r"more\s+than|nearly|over)\s+)?$", re.I)
_HURT_CLAUSE_AFTER = re.compile(r"(?:(?!\b(?:killed|dead|died|killing)\b|,\s*and\b)[^.;:]){0,100}?\s(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|"
                                r"have\s+(?:[a-z]{3,}ly\s+)?been)\s+"
                                r"(?:\w+ly\s+)?(?:wounded|injured|hurt)\b", re.I)  # the hurt list may go on: "and three
# soldiers and 14 civilians were wounded" splits after the dead, before its first item (at the last ", and")


def _chains(rows: list[dict], text: str) -> list[list[dict]]:
    """Counts joined by 'and' or a comma into one coordinated subject ("Two Americans and a British national").

    >>> t = "killing 11 people, three of them police"
    >>> [len(c) for c in _chains(count_rows(t), t)]
    [1, 1]
    >>> t = "they took about three people and three persons were shot dead"
    >>> [len(c) for c in _chains(count_rows(t), t)]
    [1, 1]
    >>> t = "they seized three engineers and two drivers who were later killed"
    >>> [len(c) for c in _chains(count_rows(t), t)]
    [2]
    """
    chains: list[list[dict]] = []
    for r in rows:
        gap = text[chains[-1][-1]["end"]:r["start"]] if chains else ""
        if _past_part_of_them(chains, gap):
            chains[-2].append(r)  # "nine civilians, six of them children, and an Italian soldier": ten
            continue
        if chains and (_CHAIN_GAP.fullmatch(gap) or _after_one_part(text, gap, chains[-1][-1], r)) and \
                not ("," in gap and _NOT_ITEM.match(text, r["start"] + len(str(r["text"]).split()[0]))) and \
                not (_TAKEN_BEFORE.search(text, max(0, chains[-1][0]["start"] - 40), chains[-1][0]["start"]) and
                     not _RELATIVE_AFTER.match(text, r["end"])) and not _TAKEN_AFTER.match(text, r["end"]) and \
                not (_DEAD_OF_BEFORE.search(text, max(0, chains[-1][0]["start"] - 30), chains[-1][0]["start"]) and
                     _HURT_CLAUSE_AFTER.match(text, r["end"]) and r["value"] is not None and
                     chains[-1][0]["value"] is not None) and \
                _NOUN_ROLE.get(str(chains[-1][-1]["noun"]), "") == _NOUN_ROLE.get(str(r["noun"]), ""):
            # "three fatalities and seven injuries": two roles, not one coordinated subject
            chains[-1].append(r)
        else:
            chains.append([r])
    return chains


#: a part of the count before told as "N of them" ("six of them children"), then "and" one more group
_PART_OF_THEM = re.compile(r"\S+\s+of\s+(?:them|whom)\b", re.I)


def _past_part_of_them(chains: list[list[dict]], gap: str) -> bool:
    """Whether the next count follows a part of the chain before the last ("nine civilians, six of them children, and
    an Italian soldier"): it joins that chain, not the part.

    >>> t = "kills nine civilians, six of them children, and an Italian soldier at the bridge"
    >>> [len(c) for c in _chains(count_rows(t), t)]
    [2, 1]
    """
    return len(chains) >= 2 and len(chains[-1]) == 1 and bool(_PART_OF_THEM.match(str(chains[-1][0]["text"]))) and \
        bool(re.fullmatch(r"\s*,\s*and\s+", gap)) and chains[-1][0]["start"] - chains[-2][-1]["end"] <= 3  # ", "


#: one part of the count before, closed by its comma, then "and" a further group: "killed 12 soldiers, including a
#: colonel, and two civilians" (one object of 14: the civilians are none of the soldiers)
_AFTER_ONE_PART = re.compile(r"\s*,\s*(?:including|among\s+them)\s+[^,;.:()]{1,60},\s*and\s+", re.I)
#: a predicate of the further group's own ("..., and 30 of the attackers were killed in the counter-attack")
_OWN_VERB_AFTER = re.compile(r"[^,;.:]{0,40}?\b(?:are\b|is\b|" + _LIST_PREDICATE + r")", re.I)


def _after_one_part(text: str, gap: str, last: dict, r: dict) -> bool:
    """Whether a count joins the chain before it over a part of that chain closed by its comma: "killed 12 soldiers,
    including a colonel, and two civilians" (not a breakdown of people told as a whole, "30 people, including 12
    soldiers, and 18 civilians"; not a group with a verb of its own, "..., and 30 attackers were killed").

    >>> t = "killed 12 soldiers, including a colonel, and two civilians in Gao"
    >>> [len(c) for c in _chains(_drop_parts(count_rows(t), t, []), t)]
    [2]
    >>> t = "killed 30 people, including 12 soldiers, and 18 civilians in Gao"
    >>> [len(c) for c in _chains(_drop_parts(count_rows(t), t, []), t)]
    [1, 1]
    """
    return bool(_AFTER_ONE_PART.fullmatch(gap)) and str(last["noun"]).lower() not in _GENERIC_VICTIMS and \
        not _OWN_VERB_AFTER.match(text, r["end"])


#: casualties told beside "others" who were hurt: the casualties are the dead ("29 casualties and 56 others who were
#: injured")
_CASUALTIES_THEN_HURT = re.compile(r"\b(?P<n>" + _NUM + r")\s+casualties\s+and\s+(?P<m>" + _NUM + r")\s+(?:others|more)\s+"
                                   r"(?:who\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+|(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:injured|wounded|hurt)\b", re.I)


def _casualties_then_hurt(text: str, out: dict) -> None:
    """The dead and the hurt of "N casualties and M others who were injured" (the chain read them as N + M hurt).

    >>> c = casualties("they had identified 29 casualties and 56 others who were injured"); c["killed"], c["injured"]
    (29, 56)
    """
    m = _CASUALTIES_THEN_HURT.search(text) if "casualties" in text else None
    if m is None:
        return
    n, k = parse_count(m.group("n"))[0], parse_count(m.group("m"))[0]
    if n is not None and k is not None and out["killed"] is None and out["injured"] in (None, n + k):
        out["killed"], out["injured"] = n, k


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
