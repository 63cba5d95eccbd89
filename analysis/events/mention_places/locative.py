"""Whether a place a sentence names is where its event happened (``locative``, ``located_places``): not a dateline, a
clock, a modifier, a launch site, a source, a quotation about something else, a war’s theatre or a party; the
heading or dateline town (``header_place``, ``header_wins``); the country a sentence locates its event in and the
place columns of a mention."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ..places import AIMED_AT_BEFORE, SITE_TYPES, TOWN_TYPES, specificity
from .choose import _JOINED, _LOCATED_IN_GAP, _LOCATING_GAP, DISTANCE_FROM


#: where someone is held, speaks or trained, before a part's preposition: not where the event happened (not "sheltering",
#: "living", "praying": the dead of a strike were often sheltering or praying there; nor "training", a camp's kind)
_HELD_WORDS = (r"\b(?:held|jailed|detained|imprisoned|incarcerated|locked\s+up|speaking|spoke|buried|born|studied|"
               r"trained|rallied|rallying|mourners|queued|queuing)")
#: the same with the preposition, before a name ("Speaking at Al-Azhar mosque, the imam ...", "is held in X prison")
_HELD_IN_BEFORE = re.compile(_HELD_WORDS + r"\s+(?:\w+\s+)?(?:in|at|inside|near)\s+(?:the\s+)?$", re.I)


_LEAD_SOURCE = re.compile(r"^[^;]{0,160}?\b(?:said|says|reported|announced|stated|confirmed|told\s+[\w.]+(?:\s+[\w.]+)?)"
                          r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:in\s+an?\s+(?:press\s+|written\s+|official\s+)?statement\s+)?that\b")
_TRAIL_SOURCE = re.compile(r",\s*(?:[^,;]{0,120}?)\s+(?:said|says|reported|told|announced|added|stated)\b"
                           r"(?:\s+(?:on|in|to|at|late|early)\b[^,;]{0,40})?\W*$|"
                           r",\s*(?:citing|according\s+to)\s+[^,;]{0,160}$")


def source_spans(sent: str) -> list[tuple[int, int]]:
    """Spans that name who reports the event, not where it happened: a leading "X in the Kurdistan Region said
    that ..." and a trailing ", the counter-terrorism service of the Kurdish region said."

    >>> s = "A drone killed two, the counter-terrorism service of the Kurdish region said."
    >>> [s[a:b] for a, b in source_spans(s)]
    [', the counter-terrorism service of the Kurdish region said.']
    >>> s = "A drone killed two in Iraq, according to a statement of the security council of the Kurdish region."
    >>> [s[a:b] for a, b in source_spans(s)]
    [', according to a statement of the security council of the Kurdish region.']
    >>> s = "Ann Lee, governor of the northern province, said the attack was cowardly."
    >>> [s[a:b] for a, b in source_spans(s)]
    ['Ann Lee, governor of the northern province, said']
    """
    return list(_source_spans(sent))


@lru_cache(maxsize=4096)
def _source_spans(sent: str) -> tuple[tuple[int, int], ...]:
    """``source_spans`` as a tuple (cached: every mention of a sentence asks)."""
    out = []
    lead = _LEAD_SOURCE.match(sent)
    if lead:
        out.append(lead.span())
    trail = _TRAIL_SOURCE.search(sent)
    if trail:
        out.append(trail.span())
    titled = _TITLED_SOURCE.match(sent) if lead is None else None
    if titled:
        out.append(titled.span())
    return tuple(out)


#: a speaker opening the sentence with a title between commas ("Nechirvan Barzani, president of the Kurdish region to
#: the north, said the attack ..."): the title's place is the speaker's office, not where it happened
_TITLED_SOURCE = re.compile(r"[^,;:.]{2,60},\s+[^,;:]{3,120},\s+(?:said|says|told|stated|added|warned|wrote)\b")


def quoted_spans(sent: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a place quoted in a motive or a slogan is not where the event happened).

    >>> quoted_spans('a response to "the crimes in Gaza." Then')
    [(14, 35)]
    >>> quoted_spans('a base called "Green Village" in the east')  # a name in quotation marks is no quotation
    []
    """
    return list(_quoted_spans(sent))


@lru_cache(maxsize=4096)
def _quoted_spans(sent: str) -> tuple[tuple[int, int], ...]:
    """``quoted_spans`` as a tuple (cached: every mention of a sentence asks)."""
    return tuple(m.span() for m in re.finditer(r"[“\"][^”\"]{1,300}[”\"]", sent)
                 if not _QUOTED_NAME.fullmatch(m.group()[1:-1]))


#: a name set in quotation marks ("a base called “Green Village”"): up to four capitalised words
_QUOTED_NAME = re.compile(r"(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,3}")


#: expressions of ``locative``, compiled once
_MODIFIER_AFTER = re.compile(r"[-‐](?:backed|aligned|allied|linked|made|based|led|supported|sponsored)\b")
#: a capital naming its state: "the Damascus government forces", "the Baghdad authorities"
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|regime|authorities)\b", re.I)
_ORG_NAME_AFTER = re.compile(r"\s+(?:Workers['’]?|Party|Front|Movement|Brigades?|Battalions?|Liberation|Democratic|Patriotic|"
                             r"Resistance|Regional\s+Government|Post|Times|Journal|Herald|Tribune|Examiner|Gazette|"
                             r"Free\s+Press|Daily\s+News|Chronicle|Star|Institute(?!\s+(?:of|for)\b))\b")  # a newspaper or a
# think tank: "the Washington Post", "the Washington Institute" (not "the Karachi Institute of Technology", in Karachi)
_DATELINE_AFTER = re.compile(r"\s+(?:time|local time)\b|\s*\((?:AFP|Reuters|AP|Tasnim|IRNA|Xinhua|Anadolu|Kurdistan 24|"
                             r"Rudaw|[A-Z][A-Za-z ]{1,20})\)\s*[-–—]?")
_CLOCK_AFTER = re.compile(r"\s+(?:time|local time)\b")
_UPPER_DATELINE_AFTER = re.compile(r"\s*[,(–—:-]|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
#: "Kabul, Mar 3 (PTI)", "Kabul, March 3, (dpa/XYZ)": a mixed-case dateline's day and agency (two agencies: a slash)
_MIXED_DATELINE_AFTER = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*\([A-Za-z][A-Za-z /]{1,20}\)")
_FACILITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z][a-z]+['’]s\s+)?(?:Hospital|Clinic|School|Mosque|Church|"
                             r"University|Hotel|Stadium|Bank|Company|Street|Bakery|Market|Square|Bridge|Roundabout)\b")
#: a vehicle's registration after a place's name ("a Sulaimani license plate"): no place of the event
_PLATE_AFTER = re.compile(r"\s+(?:licen[cs]e|number|registration)\s+plates?\b", re.I)
#: a launch site: "fired from X", "from the town of X", "from the direction of (the city of) X"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}$", re.I)
#: the name of the event's place before its noun ("the toll from the Kabul attack", "the dead from the Mosul car
#: bombing"): the event happened there
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:(?:car|truck|suicide|twin|double|triple|roadside|market|mosque|bus)\s+){0,2}"
                               r"(?:attacks?|bombings?|blasts?|explosions?|massacres?|shootings?|ambush(?:es)?|airstrikes?|"
                               r"air\s+strikes?|assaults?|raids?)\b", re.I)
#: ... after a toll's word ("the death toll from the Kabul attack", "casualties from the Baghdad bombing"; not "lessons
#: from the Mumbai attacks", an event recalled)
_TOLL_FROM_BEFORE = re.compile(r"\b(?:toll|casualties|dead|deaths|victims|killed|injured|wounded|injuries|survivors?|"
                               r"bodies)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$", re.I)
_BORDER_AFTER = re.compile(r"\s+border\b")
_NEAR_THE_BEFORE = re.compile(r"\b(?:near|along|on|at|by|across|to)\s+"
                              r"the\s+$")
#: a speech verb and "in" right before a town ("officials said in X that ..."): the speaker's town, not the event's
_SAID_IN_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?|announced|stated)\s+in\s+$")
_COLON_DATELINE_AFTER = re.compile(r"\s?:\s+[A-Z(“\"]")  # "Beirut: A drone ...", "Bangkok : Myanmar's junta ..."
_SLASHED_DATELINE = re.compile(r"\W*(?:[A-Z][A-Z.'’ -]*?\s*/\s*)+")
_DASH_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w ]+)?\s*[-–—]\s")
#: a distance from a town ("a village some 40 km from Baquba"): the town locates the event, no launch site
_DISTANCE_FROM_BEFORE = re.compile(DISTANCE_FROM, re.I)
#: ... unless the clause tells a launch ("fired from Zummar, 40 km from Mosul": the distance locates the launch site) or a
#: journey ("had driven 50 km from Mosul to Erbil")
_LAUNCHED = re.compile(r"\b(?:fired|launched|shot|lobbed)\b", re.I)
_TRAVEL_TO = re.compile(r"\s+(?:city\s+)?to\s", re.I)
#: who reports from a place, or blasts heard from it ("explosions were heard from X"): the event's place, no launch site
_REPORTED_FROM_BEFORE = re.compile(r"\b(?:reports?|quoted|said|sources?|officials?|heard|seen)\s+from\s+")
_IN_BEFORE = re.compile(r"\b(?:in|inside|into|across|throughout|within|on)\s+(?:the\s+)?(?:(?:\w+ern|central),?\s+(?:and|or)\s+)?"
                        r"(?:\w+ern\s+|central\s+|"
                        r"(?:north|south)?(?:east|west)?\s+|north\s+|south\s+|"
                        r"neighbou?ring\s+)?$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_POSSESSIVE_END = re.compile(r"['’]s$")


#: a place named as the target of an attack still feared or awaited ("an anticipated counterattack on Israel")
_AWAITED_BEFORE = re.compile(r"\b(?:anticipated|expected|possible|potential|feared|looming|imminent|planned|promised|"
                             r"threatened|future|fears?\s+(?:\w+\s+){0,2}?of)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:attacks?|counter-?attacks?|strikes?|response|retaliation|assault|offensive)\s+"
                             r"(?:by\s+[^,;.]{0,40}?\s+)?(?:on|against|in)\s+(?:the\s+)?$", re.I)
#: a name followed by what a source does ("Al Mayadeen reported", "Baghdad said"): who tells, not where
_SOURCE_AFTER = re.compile(r"(?:\s+(?:TV|television|channel|news|newspaper|daily|agency))?\s+(?:reported|reports|said|says|"
                           r"quoted|cited|announced|claimed|broadcast|condemn(?:s|ed)|denounc(?:es|ed))\b"
                           r"(?!\s+(?:the\s+)?lives\b)")  # not "claimed the lives"; "Baghdad condemns attack": a speaker
#: where a group operates ("militias that operate in Iraq and Syria") is no event's place
_OPERATE_IN_BEFORE = re.compile(r"\b(?:operat(?:e|es|ed|ing)|active)\s+(?:mainly\s+|largely\s+)?(?:in|across)\s+(?:the\s+)?$", re.I)
#: a war's theatre named as the backdrop of the event told ("attacks that escalated alongside Israel's aggression in
#: Gaza", "since the war in Gaza began"): where the war is fought, not where this event happened
_WAR_IN_BEFORE = re.compile(r"(?:\b(?:war|wars|aggression|invasion|occupation|genocide|onslaught|massacres|crimes|atrocities)|"
                            r"\b(?:amid|following|since|after|during|over|ongoing|triggered|sparked|alongside|because\s+of|"
                            r"in\s+response\s+to)\b[^.;]{0,40}?\b(?:conflict|fighting|violence|operations?|offensive|campaign|"
                            r"bombardment|escalation|hostilities))\s+(?:(?:with|on|against)\s+(?:Hamas|Hezbollah|the\s+Houthis|"
                            r"Palestinians|Ukraine)\s+)?(?:in|on|against)\s+(?:the\s+)?$|"
                            r"\b(?:solidarity\s+with|allies\s+in|support\s+of)\s+(?:the\s+(?:people\s+of\s+)?)?$", re.I)
#: the dead of the fighting told there ("two Marines were killed during combat operations in X"): the fighting is the
#: event, and X its place
_TOLL_OF_FIGHTING = re.compile(r"\b(?:killed|wounded|injured|hurt|died|dead)\s+(?:during|in|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                               r"(?:fighting|operations?|combat|hostilities)\s+(?:in|on)\s+(?:the\s+)?$", re.I)
#: a span of time after the place, that makes its toll a tally ("... in Ukraine in the past week", "... since October")
_SPAN_AFTER = re.compile(r"[\s,]+(?:(?:in|over|during)\s+the\s+(?:past|last|previous|first)\b|since\b|so\s+far\b|"
                         r"(?:this|last)\s+(?:year|month|week)\b)", re.I)
#: the parties of a war, a feud or talks ("a shooting war between Washington and Tehran", "tensions between Iran and
#: Israel"): states told by their names or capitals, not where an event happened
_PARTIES_BEFORE = re.compile(r"\b(?i:wars?|conflicts?|tensions?|rivalry|hostilities|confrontations?|stand-?off|showdown|feud|"
                             r"disputes?|talks|relations|escalation|enmity|truce|ceasefire)\s+between\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’.-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$")
#: a place named before the war it stands for ("the Israel-Gaza conflict", "the Gaza war"): a name of the war
_WAR_AFTER = re.compile(r"\s+(?:conflict|war|crisis)\b", re.I)
#: the home of the victims' unit, told after "from" ("soldiers from an engineer unit in Georgia", "troops from a brigade
#: based in Texas"; not "soldiers of a battalion in Borno", where they were)
_UNIT_HOME_BEFORE = re.compile(r"\b(?:soldiers|troops|members|personnel|reservists|guardsmen)\s+from\s+(?:a|an|the|their)\s+"
                               r"(?:[\w'’-]+\s+){0,3}?(?:unit|battalion|brigade|regiment|division|squadron|detachment)\s+"
                               r"(?:(?:based|stationed|headquartered)\s+)?(?:in|from|of)\s+(?:the\s+)?$", re.I)
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered|registered)\s+(?:in|at|out\s+of)\s+(?:the\s+)?$", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
#: munitions right before "headed for": the place they were aimed at
_MUNITION_BEFORE = re.compile(r"\b(?:drones?|missiles?|rockets?|projectiles?|shells?|UAVs?)\s*$", re.I)
#: where people were headed or met, not where the event happened ("a convoy headed towards the northern city of Jibo",
#: "pilgrims walking to the holy city of Kerbala were killed ... in southern Baghdad",
#: "as officials convened in Aqaba", "on the day of a similar meeting in Sharm el-Sheikh"; not "shots fired outside
#: talks in Khartoum", where the talks were is where it happened)
_HEADED_OR_MET_BEFORE = re.compile(r"\b(?:(?:head(?:ed|ing)|bound|en\s+route|on\s+(?:its|their|his|her)\s+way)\s+(?:to|towards?|for)|"
                                   r"(?:walking|driving|travell?ing|marching|going|returning|fleeing)\s+(?:back\s+)?(?:to|towards?)|"
                                   r"convened\s+in|(?:day|eve|sidelines)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|"
                                   r"talks|conference)\s+in)\s+(?:the\s+)?"
                                   r"(?:(?:[\w'’-]+\s+){0,2}(?:city|town|village|capital|port)\s+of\s+)?$", re.I)
#: a party named as what another backs, or as who announced something ("which supports Damascus", "announced by Ankara")
_BACKER_BEFORE = re.compile(r"\b(?:supports?|supported\s+by|backs|backed\s+by|backing|allied\s+(?:with|to)|an?\s+ally\s+of|"
                            r"allies\s+of|sides?\s+with|announced\s+by|brokered\s+by)\s+(?:the\s+)?$", re.I)
#: where an event was felt or heard from, or the clock of another country ("felt in Srinagar", "20:31 in Italy")
_FELT_OR_CLOCK_IN_BEFORE = re.compile(r"\b(?:(?:felt|heard|audible)\s+as\s+far\s+(?:away\s+)?as|"
                                      r"\d{1,2}[:.]\d{2}\s+(?:(?:local\s+)?time\s+)?in)\s+(?:the\s+)?$", re.I)  # not
# "explosions were heard in the X base": where they were heard may be where they fell
#: where a blast was felt, told with its distance ("felt in Srinagar, 30 km away"): not where it happened
_FELT_IN_BEFORE = re.compile(r"\bfelt\s+(?:in|across|throughout)\s+(?:the\s+)?$", re.I)
_DISTANCE_AFTER = re.compile(r"[^.;]{0,30}?\b\d+\s*(?:km|kilometres|kilometers|miles)\b", re.I)


def locative(sent: str, p: dict) -> bool:
    """Whether a found place can locate the event: any place finer than a country, a country only after a
    locative word ("in Syria", "inside Iraq"), not as a possession or party ("ties to Iran", "Iran's allies").

    >>> locative("with strong ties to Iran", {"type": "country", "start": 20, "end": 24})
    False
    >>> locative("strikes on the Hayat Hospital in Kafr", {"type": "town", "start": 15, "end": 20})
    False
    """
    return _locative(sent, p["start"], p["end"], p["type"], p.get("text"))  # type: ignore[arg-type]


#: a date stamp a page puts before its dateline ("date 2020-12-31 BEIRUT, LEBANON (7:20 A.M.) -", "Dec. 31, 2020 BEIRUT -"):
#: the dateline still opens the sentence
_DATE_STAMP = re.compile(r"\W*(?:date[:\s]+)?(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                         r"\s+\d{1,2},?\s+\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[A-Z])")


def _filed_at(sent: str, p: dict) -> bool:
    """Whether a place opens the text as its dateline, or names a clock: where the story was filed or timed, not where
    the event happened.

    >>> _filed_at("Amman: A drone hit a base in Syria", {"start": 0, "end": 5, "type": "city", "text": "Amman"})
    True
    >>> _filed_at("A drone hit a base in Amman", {"start": 22, "end": 27, "type": "city", "text": "Amman"})
    False
    """
    stamp = _DATE_STAMP.match(sent)
    lead = stamp.end() if stamp else 0   # a page's date stamp before the dateline ("date 2020-12-31 BEIRUT, ...")
    at = p["start"] - lead  # where the name stands after the stamp: a dateline opens the text there
    if _DATELINE_AFTER.match(sent[p["end"]:p["end"] + 30]) and at < 25:
        return True  # a dateline ("TEHRAN (Tasnim) –") or a clock ("Baghdad time") is not where it happened
    if _CLOCK_AFTER.match(sent[p["end"]:p["end"] + 15]) or \
            at == 0 and _DASH_DATELINE_AFTER.match(sent[p["end"]:p["end"] + 40]):
        return True
    if at <= 2 and len(p["text"]) > 2 and p["text"].isupper() and _UPPER_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # an upper-case dateline ("FALLUJA, Iraq, Aug 29 (Reuters) -", "BAGHDAD: ...") is where it was filed
    if 2 < at < 40 and len(p["text"] or "") > 2 and str(p["text"]).isupper() and \
            _SLASHED_DATELINE.fullmatch(sent[lead:p["start"]]) and _UPPER_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # the last town of a shared dateline ("LONDON / MOSUL – ...") is where it was filed too
    if at <= 2 and _MIXED_DATELINE_AFTER.match(sent[p["end"]:]):
        return True  # a dateline in mixed case with its day and agency ("Kabul, Mar 3 (PTI) ...")
    # a city and a colon before the story ("Beirut: A drone attack on a base in Syria ..."): filed there
    return at <= 2 and p["type"] in TOWN_TYPES and bool(_COLON_DATELINE_AFTER.match(sent[p["end"]:p["end"] + 4]))


@lru_cache(maxsize=16_384)
def _locative(sent: str, start: int, end: int, kind: str, text: str | None) -> bool:
    """``locative`` of the place at ``start:end`` (cached: a sentence's places are judged for each of its groups
    and again for its country).

    >>> _locative("a rocket hit a base in Syria", 23, 28, "country", "Syria")
    True
    >>> _locative("Amman: A drone hit a base in Syria", 0, 5, "city", "Amman")
    False
    >>> _locative("AMMAN Jan 14 A drone hit a base in Syria", 0, 5, "city", "AMMAN")  # a wire dateline with its day
    False
    >>> _locative("Officials said in Mosul that a drone hit a base", 18, 23, "city", "Mosul")
    False
    >>> _locative("date 2020-12-31 BEIRUT, LEBANON (7:20 A.M.) - An ambush hit a bus", 16, 22, "city", "BEIRUT")
    False
    >>> _locative("Rockets were fired from the direction of the town of Kafr Tala", 53, 62, "town", "Kafr Tala")
    False
    >>> _locative("to avoid a war between Washington and Tehran", 38, 44, "city", "Tehran")
    False
    >>> _locative("The blast was felt in Mosul, 30 km away", 22, 27, "city", "Mosul")
    False
    """
    p: dict = {"start": start, "end": end, "type": kind, "text": text}
    if _filed_at(sent, p):
        return False
    if _MODIFIER_AFTER.match(sent[p["end"]:p["end"] + 12]) or \
            p["type"] in TOWN_TYPES and _GOVERNMENT_AFTER.match(sent[p["end"]:p["end"] + 25]):
        return False  # "Iran-backed", "Yemen-based", "the Damascus government forces": a modifier, not a location
    if _ORG_NAME_AFTER.match(sent[p["end"]:p["end"] + 25]):
        return False  # part of an organisation's name ("the Kurdistan Workers' Party")
    if p["type"] in TOWN_TYPES and _FACILITY_AFTER.match(sent[p["end"]:p["end"] + 30]):
        return False  # a town's name inside a facility's ("the Al Nour Children's Hospital in ..."), not the place
    if p["type"] in TOWN_TYPES and _SAID_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return False  # "officials said in Baghdad that four were killed near the border": where the speaker was
    if _AWAITED_BEFORE.search(sent[max(0, p["start"] - 90):p["start"]]):
        return False  # "amid an anticipated counterattack on Israel": where an awaited attack would fall
    if _SOURCE_AFTER.match(sent[p["end"]:p["end"] + 40]) or _OPERATE_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]):
        return False  # "Lebanon's Al Mayadeen reported", "militias that operate in Iraq": a source, a group's range
    if (m := _HEADED_OR_MET_BEFORE.search(sent, max(0, p["start"] - 60), p["start"])) and \
            not _MUNITION_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
        return False  # "a convoy headed towards the city of Jibo was ambushed", "as officials met in Aqaba" (drones
        # "headed for Khamis Mushait" name their target)
    if _PLATE_AFTER.match(sent, p["end"]):
        return False  # "a car with a Sulaimani license plate": where the car is registered
    if _UNIT_HOME_BEFORE.search(sent, max(0, p["start"] - 70), p["start"]):
        return False  # "killed three soldiers from an engineer unit in Georgia": where the victims' unit is at home
    if _BASED_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]):
        return False  # "the coalition ..., based in Kuwait": where a party has its seat, not the event's place
    if _ACCORDING_TO_BEFORE.search(sent[max(0, p["start"] - 20):p["start"]]) and sent[p["end"]:p["end"] + 1] == ",":
        return False  # "According to Baghdad, the attacks in western Iraq killed 16": a source, not the place
    if p["type"] not in SITE_TYPES and _BACKER_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]):
        return False  # "announced by Moscow, which supports Damascus": a party backed or backing, no place
    if _FELT_OR_CLOCK_IN_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]) or \
            _FELT_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]) and _DISTANCE_AFTER.match(sent, p["end"]):
        return False  # "the blast was felt in Srinagar, 30 km away", "at 22:31 local time (20:31 in Italy)"
    if p["type"] not in SITE_TYPES and _PARTIES_BEFORE.search(sent, max(0, p["start"] - 60), p["start"]):
        return False  # "a shooting war between Washington and Tehran": the parties, not the event's place
    if p["type"] not in SITE_TYPES and (_WAR_IN_BEFORE.search(sent[max(0, p["start"] - 90):p["start"]]) and
                                        not (_TOLL_OF_FIGHTING.search(sent, max(0, p["start"] - 70), p["start"]) and
                                             not _SPAN_AFTER.match(sent, p["end"])) or
                                        _WAR_AFTER.match(sent, p["end"])):
        return False  # "attacks that escalated alongside Israel's aggression in Gaza", "amid the ongoing conflict in
        # the Gaza Strip", "the Israel-Gaza conflict": a war's theatre, the backdrop of the event told
    if _FROM_BEFORE.search(sent[max(0, p["start"] - 55):p["start"]]) and \
            not (_EVENT_NOUN_AFTER.match(sent, p["end"]) and
                 _TOLL_FROM_BEFORE.search(sent, max(0, p["start"] - 40), p["start"])) and \
            not _REPORTED_FROM_BEFORE.search(sent[max(0, p["start"] - 40):p["start"]]) and \
            not (_DISTANCE_FROM_BEFORE.search(sent, max(0, p["start"] - 55), p["start"]) and "border" not in p["type"] and
                 not _LAUNCHED.search(sent, 0, p["start"]) and not _TRAVEL_TO.match(sent, p["end"])):
        return False  # where the munitions were launched from is not where they struck
    if p["type"] != "country":
        return True
    if _BORDER_AFTER.match(sent[p["end"]:p["end"] + 10]) and _NEAR_THE_BEFORE.search(sent[max(0, p["start"] - 12):p["start"]]):
        return False  # "in northeast Jordan near the Syria border": the border locates, the country is elsewhere
    return bool(_IN_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]]) or
                AIMED_AT_BEFORE.search(sent, max(0, p["start"] - 80), p["start"])) and \
        not _POSSESSIVE_AFTER.match(sent[p["end"]:p["end"] + 3]) and not _POSSESSIVE_END.search(p["text"])




_CAPITAL_OF_BEFORE = re.compile(r"\bcapital\s+of\s+$", re.I)


def located_places(sent: str, places: list[dict]) -> list[dict]:
    """The places of a sentence that can locate its event (``locative``), less those that only locate a place that
    cannot ("withdrawn from the Asad base in Anbar province": Anbar goes with the base).

    >>> from analysis.events.places import scan_places
    >>> s = "Rockets were fired from Mayadin in Deir Ezzor at the Omar field."
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Omar field']
    >>> s = "gunmen attacked Lingyado village located in Dansadau area"
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Lingyado']
    >>> s = "In the capital of Haiti, Port-au-Prince, gangs killed 180 people"
    >>> [p["text"] for p in located_places(s, scan_places(s))]
    ['Port-au-Prince']
    """
    out, prev_ok, prev = [], True, None
    for p in places:
        gap = sent[prev["end"]:p["start"]] if prev is not None and prev["end"] <= p["start"] else None
        named = gap is not None and gap.strip() == "," and prev["type"] == "country" and \
            _CAPITAL_OF_BEFORE.search(sent, max(0, prev["start"] - 15), prev["start"])  # "the capital of Haiti, X": X
        ok = locative(sent, p) and not (not prev_ok and gap is not None and _LOCATING_GAP.fullmatch(gap) and not named) \
            and not (prev_ok and gap is not None and _LOCATED_IN_GAP.fullmatch(gap))
        if ok:
            out.append(p)
        prev_ok, prev = ok, p
    return out


def _not_the_event_before(before: str) -> bool:
    """Whether the words before a name make it a seat, a group's range or an awaited target ("based in X").

    >>> _not_the_event_before("the coalition, based in "), _not_the_event_before("a bomb exploded in ")
    (True, False)
    """
    return bool(_BASED_IN_BEFORE.search(before[-40:]) or _OPERATE_IN_BEFORE.search(before[-30:]) or
                _AWAITED_BEFORE.search(before) or _HELD_IN_BEFORE.search(before[-50:]))


def place_cols(p: dict | None) -> dict:
    """Place columns of a mention from a found place (empty when none)."""
    if p is None:
        return {"place_id": "", "place": "", "place_text": "", "place_type": "", "place_source": "",
                "place_score": np.nan, "place_method": "", "town": "", "district": "", "admin1": "", "country": "",
                "latitude": np.nan, "longitude": np.nan, "geo_precision": pd.NA}
    return {"place_id": p["place_id"], "place": p["name"], "place_text": p["text"], "place_type": p["type"],
            "place_source": "sentence", "place_score": p["score"], "place_method": p["method"], "town": p["town"],
            "district": p["district"], "admin1": p["admin1"], "country": p["country"], "latitude": p["latitude"],
            "longitude": p["longitude"], "geo_precision": specificity(p["place_id"])}


_IN_REGION_BEFORE = re.compile(r"\b(?:in|inside|across)\s+(?:the\s+)?(?:\w+ern\s+)?$")


def country_of(sent: str, places: list[dict]) -> str:
    """The country a sentence locates its event in ("... in Syria", "a camp in southern Iraq"), else ''; none when
    that country is joined to another ("strikes in Syria and Lebanon after a drone attack": neither is the attack's).

    >>> from analysis.events.places import scan_places
    >>> s, t = "Rockets fell on a camp in southern Iraq.", "Jets hit sites in Syria and Lebanon after a drone attack."
    >>> country_of(s, scan_places(s)), country_of(t, scan_places(t))
    ('Iraq', '')
    >>> u = "Rockets were fired from the direction of the city of Tripoli in Lebanon."
    >>> country_of(u, scan_places(u))
    ''
    """
    loc = [p for p in located_places(sent, places) if p["country"] and  # not "from X in Lebanon": a launch site's
           _IN_REGION_BEFORE.search(sent[max(0, p["start"] - 30):p["start"]])]
    if not loc:
        return ""
    joined = [q for q in places if q["type"] == "country" and q is not loc[0] and
              _JOINED.fullmatch(sent[min(loc[0]["end"], q["end"]):max(loc[0]["start"], q["start"])])]
    return "" if loc[0]["type"] == "country" and joined else loc[0]["country"]


#: a list entry's place heading or a news dateline before a dash or colon ("HADITHA - A suicide bomber ...",
#: "KHAN BANI SAAD – ...", "HILLAH, Iraq — ...", "Baghdad: ...", "(Outlet.com) Kirkuk – ...")
_HEADER = re.compile(r"^\W*(?:\([^()]{1,30}\)\s*)?(?:NEAR\s+)?(?P<n>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})"
                     r"(?:,\s*(?:Iraq|IRAQ|Syria|SYRIA))?(?:\s+[-–—]{1,2}|\s*[-–—]{1,2}|:)\s")


def header_place(sent: str, places: list[dict]) -> dict | None:
    """The place an entry's heading or a news dateline names ("HADITHA - Gunmen ...", "HILLAH, Iraq — A car bomb ...")
    when the gazetteer knows it as a town, city or district of Iraq or Syria: the event's place when the entry names
    no finer one (a dateline with its agency in brackets, "BAGHDAD (Reuters) -", is not read here).

    >>> from analysis.events.places import scan_places
    >>> s = "MOSUL - A bomb wounded two people near a market, police said."
    >>> header_place(s, scan_places(s))["name"]
    'Mosul'
    >>> s = "HILLAH, Iraq — A car bomb exploded in a market south of Baghdad."
    >>> header_place(s, scan_places(s))["name"]
    'Hillah'
    """
    m = _HEADER.match(sent)
    if not m:
        return None
    for p in places:
        if p["start"] == m.start("n") and p["end"] == m.end("n") and p["country"] in ("Iraq", "Syria") and \
                p["type"] not in ("country", "region", "province"):
            return p
    return None


#: regions of the gazetteer that span several provinces (admin1): the provinces they hold
REGION_ADMIN1: dict[str, tuple[str, ...]] = {"Kurdistan Region": ("Kurdistan Region", "Erbil", "Dahuk", "Sulaymaniyah",
                                                                  "Halabja")}


def header_wins(header: dict, place: dict | None, locator: bool) -> bool:
    """Whether an entry's heading or dateline town is the event's place rather than the place the sentence gives:
    when that gives none, only a locator ("south of Baghdad"), the heading itself, or an area that holds the town
    (its province, its country, "north Iraq").

    >>> h = {"place_id": "h", "type": "city", "admin1": "Babil", "country": "Iraq"}
    >>> header_wins(h, {"place_id": "i", "type": "country", "admin1": "", "country": "Iraq"}, False)
    True
    >>> header_wins(h, {"place_id": "s", "type": "country", "admin1": "", "country": "Syria"}, False)
    False
    >>> header_wins(h, {"place_id": "k", "type": "region", "admin1": "Kurdistan Region", "country": "Iraq"}, False)
    False
    """
    if place is None or locator or place["place_id"] == header["place_id"]:
        return True
    if place["type"] == "region" and place["admin1"] and header["admin1"] not in REGION_ADMIN1.get(
            place["admin1"], (place["admin1"],)):
        return False  # "BAGHDAD: a drone hit a base in the Kurdistan Region": a region the town is not in
    if place["type"] in ("country", "region"):
        return place["country"] == header["country"]
    return place["type"] == "province" and bool(place["admin1"]) and place["admin1"] == header["admin1"]


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
