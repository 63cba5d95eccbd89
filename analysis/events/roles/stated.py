"""Tolls stated as such ("the death toll rose to 40", "the number of wounded reached 15", a revised toll, the wounded
who later died), counts without a noun ("killing 12"), vague subjects ("a number of US personnel") and the entries of
casualty lists ("Mosul: 3 by rockets")."""

from __future__ import annotations

import re

from ..gates import opens
from ..counts import parse_count
from .common import (_BARE_AFTER, _BARE_BEFORE, _LIVES, _QUAL, _QUAL_LABEL)




#: the number words a stated toll may use
_TOLL_N = (r"(?P<n>\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
           r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen)\b(?!\s*(?:euros?|dollars?|pounds?|cents?|rupees?|yuan|per\b|km\b|miles?))"
           r"(?!\s*(?:percent|%))")
#: the subject of a death toll: "the death toll", "the toll", "the number of (the) dead", "the number of civilians
#: (who were) killed"
_TOLL_SUBJECT = (r"\b(?:(?:death\s+)?toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths)|"
                 r"number\s+of\s+(?:[a-z]+\s+){1,2}?(?:(?:who|that)\s+(?:were|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+)?"
                 r"(?:killed|dead|died))\b")
#: a clause that updates a toll, with no figure read (``mentions.groups`` and ``merge.apart`` anchor it): "the number
#: of fighters killed has risen to", "the death toll climbed to"; wider than ``_TOLL`` in its subjects (the wounded, the
#: victims), narrower in its span
TOLL_UPDATE = (r"(?:(?:death\s+|casualty\s+)?toll|number\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|wounded|injured|"
               r"victims|casualties|fatalities))\b[^.;]{0,60}?\b(?:rose|risen|climbed|increased|reached|jumped|grown|grew)\s+to\b")
#: a time between the verb and its figure ("rose on Friday to 32", "climbed overnight to 9")
_RISE_WHEN = r"(?:(?:on\s+(?:[A-Z][a-z]+day|[a-z]+day)|overnight|later|further|again|yesterday|today)\s+)?"
_TOLL_RISE = r"(?:has\s+|had\s+)?(?:(?:risen|rose|rises|climbed|climbs|reached|increased|jumped|jumps|grew|grown)\s+" + \
    _RISE_WHEN + r"to|reached|reaches)"
#: a death toll stated as such: "the death toll climbed to 40", "the toll stood at 12", "the number of people killed
#: has risen to 6", and told the other way round: "it rose to 9, ..., the number of people who were killed"
_TOLL = re.compile(_TOLL_SUBJECT + r"(?:[^.;]|(?<=[A-Z][a-z]{2})\.){0,120}?\b(?:" + _TOLL_RISE + r"|(?:stands?|stood)\s+at|(?:is|was)(?:\s+(?:now|actually|in\s+fact|really))?)"
                   r"\s+" + _QUAL + _TOLL_N, re.I)
_TOLL_BACK = re.compile(r"\b(?:it\s+)?(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|jumped)\s+to\s+"
                        r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)?" + _TOLL_N +
                        r"[^.;]{0,80}?\bthe\s+" + _TOLL_SUBJECT[2:], re.I)
#: a toll that covers more than the event told ("the toll of this week's attacks", "since Friday"): not its update
_WIDER_TOLL = re.compile(r"\b(?:this|last|past)\s+(?:week|month|year)|\bsince\s+(?!(?:risen|rose|climbed|increased|jumped|"
                         r"reached)\b)|\bso\s+far\s+this\b|\bin\s+(?:all|total)\b"
                         r"|\battacks\b", re.I)


_RISE_WORDS = ("rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "jumps")
#: a toll raised by what the sentence tells ("the bodies ... were found, raising the death toll to eight"): the figure
#: right after "to" (a figure with a thousands separator is no one event's update), nothing between the toll and "to"
_TOLL_RAISED = re.compile(r"\b(?:raising|bringing|pushing)\s+(?:the\s+)?(?:total\s+|official\s+)?"
                          r"(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|those\s+killed))\s+to\s+" +
                          _QUAL + _TOLL_N + r"(?![,.]\d)", re.I)
#: what makes a raised toll wider than one event, after its figure ("... to 45 since January", "this week", "in 2021")
_WIDER_AFTER = re.compile(r"[^.;]*?\b(?:since|so\s+far|this\s+(?:week|month|year)|last\s+(?:week|month|year)|in\s+\d{4}|"
                          r"in\s+(?:the|this|that)\s+(?:war|conflict|country|region|province|state|year|month|week)|"
                          r"across|nationwide|overall|in\s+all|in\s+total|of\s+the\s+(?:war|conflict))\b", re.I)


def rising_toll(text: str) -> int | None:
    """The figure of a death toll a sentence says has risen ("The toll later rose to nine"), not a wider tally.

    >>> rising_toll("The death toll later rose to nine, a doctor said."), rising_toll("The toll stood at 4.")
    (9, None)
    >>> rising_toll("The toll of this month's attacks rose to 40.") is None
    True
    """
    if not any(w in text for w in _RISE_WORDS):
        return None
    m = _TOLL.search(text) or _TOLL_BACK.search(text)
    if not m or not any(w in m.group() for w in _RISE_WORDS) or _WIDER_TOLL.search(m.group()):
        return None
    n = parse_count(m.group("n"))[0]
    return int(n) if n is not None else None


def raised_toll(text: str) -> int | None:
    """The figure of a death toll a sentence raises by what it tells ("The bodies of the missing soldiers were found,
    raising the death toll to eight"), not a wider tally ("bringing the toll since January to 45").

    >>> raised_toll("The bodies of the missing soldiers were found, raising the death toll to eight.")
    8
    >>> raised_toll("Two more died, bringing the toll to 45 since January."), raised_toll("..., bringing the toll to 27,019.")
    (None, None)
    """
    m = _TOLL_RAISED.search(text) if "raising" in text or "bringing" in text or "pushing" in text else None
    if not m or _WIDER_TOLL.search(m.group()) or _WIDER_AFTER.match(text, m.end()):
        return None
    n = parse_count(m.group("n"))[0]
    return int(n) if n is not None else None


#: a wounded toll stated as such: "the number of wounded rose to 15", "the toll of injured reached 30"
_WOUNDED_TOLL = re.compile(r"(?:\b(?:number|toll|count|tally)\s+of\s+(?:the\s+)?(?:wounded|injured|injuries)\b[^.;]{0,60}?\b(?:"
                           r"(?:has\s+|had\s+)?(?:risen|rose|climbed|reached|increased|jumped|grew|grown)\s+to|(?:stands?|stood)\s+at|"
                           r"(?:is|was)(?:\s+now)?)|\bthe\s+(?:wounded|injured)\s+(?:were|numbered|reached|rose\s+to))\s+" +
                           _QUAL + _TOLL_N, re.I)  # "... rose to five, while the wounded were 30": 30


#: a death toll revised by whoever gives it ("lowered the death toll from 41 to at least 25", "revised the toll in the
#: attacks from 40 killed to 23"): the revised figure, lower or higher
_TOLL_REVISED = re.compile(r"\b(?:lowered|revised|raised|cut|reduced|updated|corrected)\s+(?:the|its|their)\s+(?:death\s+)?toll\b"
                           r"(?:[^.;]{0,60}?\bfrom\s+(?:\d+|[a-z]+)\s+(?:killed\s+|dead\s+)?|[^.;]{0,80}?\s)to\s+" + _QUAL + _TOLL_N, re.I)


def revised_toll(text: str) -> int | None:
    """The figure a death toll was revised to, up or down ("lowered the death toll from 41 to 25").

    >>> revised_toll("The health office lowered the death toll from 41 to at least 25."), revised_toll("Toll: 4")
    (25, None)
    """
    r = _TOLL_REVISED.search(text) if "toll" in text else None
    n = parse_count(r.group("n"))[0] if r else None
    return int(n) if n is not None else None


#: wounded who later died of their wounds, told apart from the toll: "one of the wounded later died", "two of the
#: injured men succumbed", "one of whom died of his wounds" (a wound word after "them"/"whom"; not "of a heart attack")
_DIED_OF_WOUNDS = re.compile(r"\b(?P<n>one|two|three|four|five|\d{1,2})\s+of\s+(?:(?:the|those)\s+)?(?:(?P<w>wounded|injured)"
                             r"(?:\s+[a-z]+)?|them|whom)\s+(?:[^.;]{0,60}?\s)?(?:(?:later|subsequently|then|also|since)\s+)?"
                             r"(?:(?:died|succumbed|passed\s+away)(?(w)(?!\s+(?:of|from)\s+(?:an?\s+)?(?:heart|cardiac|"
                             r"natural|illness|disease|covid))|\s+(?:to|of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)))\b",
                             re.I)


def died_of_wounds(text: str) -> int:
    """How many of the wounded a sentence says later died of their wounds (0 when none).

    >>> died_of_wounds("Hospital staff said one of the wounded later died."), died_of_wounds("One of them died of his wounds")
    (1, 1)
    >>> died_of_wounds("One of them died of a heart attack"), died_of_wounds("one of the injured died of a heart attack")
    (0, 0)
    """
    if "died" not in text and "succumb" not in text and "passed" not in text:
        return 0
    m = _DIED_OF_WOUNDS.search(text)
    n = parse_count(m.group("n"))[0] if m else None
    return int(n) if n is not None else 0


#: lives taken told in the simple past passive: "the lives of two citizens were claimed", "the lives of 12 soldiers were
#: lost" (not "have been lost since the war began": a tally)
_LIVES_CLAIMED = re.compile(r"\b[Tt]he\s+lives\s+of\s+" + _QUAL + _TOLL_N + r"\s+(?:[\w-]+\s+){0,3}?"
                            r"were\s+(?:claimed|lost)\b")


def _death_toll(text: str, out: dict) -> None:
    """Killed from a stated death toll: when no other count gave it, or as the latest figure for the same dead when
    the toll rose above it ("killing five ...; the toll rose to 9": 9), unless the toll covers more than the event.

    >>> o = {"killed": None, "injured": None}; _death_toll("The death toll of the raid has climbed to 40", o); o["killed"]
    40
    >>> o = {"killed": 5, "injured": None}; _death_toll("Five were killed; the toll later rose to 9", o); o["killed"]
    9
    >>> o = {"killed": 2, "injured": None}; _death_toll("it rose to 6, the number of people killed", o); o["killed"]
    6
    >>> o = {"killed": None, "injured": None}; _death_toll("The lives of two citizens were claimed", o); o["killed"]
    2
    """
    m = (_TOLL.search(text) or _TOLL_BACK.search(text)) if "toll" in text or "number of" in text or "dead" in text \
        else None
    n = parse_count(m.group("n"))[0] if m and not _WIDER_TOLL.search(m.group()) else None
    if n is not None and (out["killed"] is None or n > out["killed"]):
        out["killed"] = int(n)
    revised = revised_toll(text)
    if revised is not None:
        out["killed"] = revised  # "lowered the death toll from 41 to 25": 25
    lives = _LIVES_CLAIMED.search(text) if out["killed"] is None and "lives of" in text else None
    if lives is not None and parse_count(lives.group("n"))[0] is not None:
        out["killed"] = int(parse_count(lives.group("n"))[0])  # "the lives of two citizens were claimed": 2
    w = _WOUNDED_TOLL.search(text) if out["injured"] is None and ("wound" in text or "injur" in text) else None
    if w and parse_count(w.group("n"))[0] is not None:
        out["injured"] = int(parse_count(w.group("n"))[0])  # "the number of wounded rose to 15": 15


#: a month's name just before a number: the number is a day ("on Jan. 8 injured dozens")
_DAY_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$", re.I)


def _bare_casualties(text: str, out: dict, used: list[tuple[int, int]]) -> None:
    """Counts whose noun is left out: "and 12 wounded", "one was injured", "killing two", "claiming 31 lives".

    >>> o = {"killed": None, "injured": None, "qualifiers": []}
    >>> _bare_casualties("an attack that killed about 1,200", o, []); o["killed"], o["qualifiers"]
    (1200, ['killed=about'])
    >>> from analysis.events.roles import casualties
    >>> casualties("An attack on the base on Jan. 8 injured dozens of soldiers.")["injured"] is None
    True
    """
    if not opens("bare_casualties", text):
        return  # the expressions need one of the family's words (``gates.GATES``)
    found = [(m, m.group("c"), rx is _BARE_BEFORE) for rx in (_BARE_AFTER, _BARE_BEFORE) for m in rx.finditer(text)]
    covered = {i for s, e in used for i in range(s, e)}  # a set, not a scan of ``used`` per count: linear
    for m, verb, verb_first in found + [(m, "killed", False) for m in _LIVES.finditer(text)]:
        if m.start("n") in covered or not verb_first and _DAY_MONTH_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n")):
            continue  # "the attack on January 8 injured dozens": a day, no count
        if verb.lower() in ("kill", "wound", "injure") and _UNREAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "If the bombings kill 10, ...", "raids that could kill 50": no toll told
        role = "killed" if verb.lower().startswith(("kill", "dead", "die", "death", "martyr")) or "lives" in verb \
            else "injured"
        value = 1 if m.group("n").lower().startswith(("another", "one other")) else parse_count(m.group("n"))[0]
        if value is None:
            out["qualifiers"].append(f"{role}={m.group('n').lower()}")
            continue
        if out[role] is not None and verb_first and m.group("n").lower().startswith(("another", "one other")) and \
                role not in out.get("_parts", ()):
            out[role] += 1  # "killed a guard, wounded another and hurt four drivers": 4 + 1 wounded
        elif out[role] is None or role in out.get("_parts", ()) and int(value) > out[role]:
            out[role] = int(value)  # "seven injured civilians ... a girl was among the injured": 7, not the part
            q = _QUAL_LABEL.get(re.sub(r"\s+", " ", (m.group("q") or "").lower()), "")
            if q:
                out["qualifiers"].append(f"{role}={q}")
        used.append(m.span("n"))
        covered.update(range(*m.span("n")))


#: a condition or a modal before a bare present "kill": "if the bombings kill", "strikes that could kill"
_UNREAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|could|would|may|might|will|can|should|[Ww]hether)\s+(?:\S+\s+){0,4}$")


_VAGUE_SUBJECT = re.compile(r"\b(?P<q>a\s+number|a\s+few|several|many|dozens|scores|multiple|numerous|a\s+handful)\s+of\s+"
                            r"(?:[\w.'’-]+\s+){0,5}?(?:were|was|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?"
                            r"(?P<c>killed|dead|wounded|injured|hurt)\b", re.I)


def _vague_subjects(text: str, out: dict) -> None:
    """A vague subject of a casualty predicate ("A number of US personnel were injured") keeps its qualifier, so that
    a smaller exact figure of another clause ("one Iraqi was wounded") is not taken for the total.

    >>> o = {"qualifiers": []}; _vague_subjects("A number of US personnel were injured", o); o["qualifiers"]
    ['injured=approx']
    """
    for m in _VAGUE_SUBJECT.finditer(text):
        role = "killed" if m.group("c").lower() in ("killed", "dead") else "injured"
        q = re.sub(r"\s+", " ", m.group("q").lower())
        label = q if q in ("several", "dozens", "many", "multiple") else "approx"
        if not any(x.startswith(role + "=") for x in out["qualifiers"]):
            out["qualifiers"].append(f"{role}={label}")


#: the heading of a casualty-list entry: a place name (no digits), a colon, then a count ("Mosul: 3 by rockets")
ENTRY_HEAD = re.compile(r"^\s*(?:(?:al|el|an|ad|as|ar|at|az)-)?[A-Z][^:;.\d]{1,60}:\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                        r"(?!\s*(?:[ap]\.?m\b|:|\d)))")


def _list_entry(text: str, out: dict) -> None:
    """A casualty-list entry ("Baghdad: 1 shot in Maalif.", "Madain: 2 by IED.", "Mosul: 17 executed; 7 killed by air
    strikes.") counts the dead of each of its segments, as such lists do (bodies found are not an event's dead).

    >>> o = {"killed": None, "injured": None, "killed_who": set(), "injured_who": set(), "qualifiers": []}
    >>> _list_entry("Mosul: 17 executed; 7 killed by coalition air strikes; 10 bodies found.", o); o["killed"]
    24
    >>> o["killed"] = None; _list_entry("Coalition: 2 armed drones shot down at Baghdad airport", o); o["killed"] is None
    True
    """
    head = ENTRY_HEAD.match(text)
    if not head or out["killed"] is not None:
        return
    total = None
    for seg in re.split(r";\s*|,\s+(?=\d)", text[head.end():]):
        m = re.match(_QUAL + r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?P<rest>[^;]*)", seg, re.I)
        if not m or re.search(r"wound|injur|hurt|bod(?:y|ies)|found|kidnap|arrest|\bshot\s+down\b", m.group("rest"), re.I) \
                or _MUNITION_COUNTED.match(m.group("rest")):
            continue
        value = parse_count(m.group("n"))[0]
        if value is not None:
            total = (total or 0) + int(value)
    if total is not None:
        out["killed"] = total


#: a count of munitions in a list entry ("Army: 3 armed drones shot down"): no dead
_MUNITION_COUNTED = re.compile(r"\s+(?:[\w-]+\s+)?(?:drones?|rockets?|missiles?|mortars?|shells?|projectiles?|uavs?)\b", re.I)


#: a source's count of a toll, told as the whole sentence's news ("Meanwhile, a war monitor said at least eight people
#: were killed and 23 wounded")
_SOURCE_TOLL = re.compile(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?"
                          r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+"
                          r"(?:people|persons|civilians|soldiers|members|others)?\s*(?:were|had\s+been)\s+"
                          r"(?:killed|wounded|injured|dead)\b", re.I)
#: what gives such a count a scope of its own: a day or span, an area or the country, a running total, an event
_OWN_SCOPE = re.compile(r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month|year|night)|"
                        r"(?:past|last)\s+(?:\d+|two|three|few|several|24)\s+(?:hours|days|weeks|months)|this\s+(?:week|month|"
                        r"year)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
                        r"december|(?:19|20)\d\d)|since|so\s+far|to\s+date|in\s+total|nationwide|across\s+the\s+\w+|"
                        r"in\s+the\s+(?:province|area|region|country|territory|city|district)|elsewhere|"
                        r"attacks?|strikes?|raids?|bombings?|blasts?|explosions?|shelling|ambush|clashes|fighting|"
                        r"operations?|offensive)\b", re.I)
#: the other side's dead ("40 assailants were killed"): not the victims counted before
_OTHER_SIDE = re.compile(r"\b(?:assailants?|attackers?|militants?|fighters|gunmen|insurgents|terrorists|rebels|jihadists|"
                         r"both\s+sides)\b", re.I)


def source_toll(evidence: str) -> bool:
    """Whether a sentence is only a source's count of a toll, with no day, span, area, event or other side of its own:
    another count of the event just told ("Meanwhile, a war monitor said at least eight people were killed and 23
    wounded").

    >>> source_toll("Meanwhile, a war monitor said at least eight people were killed and 23 wounded.")
    True
    >>> source_toll("The ministry said 34 people were killed in the past 24 hours."), source_toll("The army said 40 "
    ...     "assailants were killed in the counter-offensive.")
    (False, False)
    """
    return bool(_SOURCE_TOLL.search(evidence)) and not _OWN_SCOPE.search(evidence) and not _OTHER_SIDE.search(evidence)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
