"""Trigger detection and event typing: which kind of event a clause reports, by whom, on whom.

Cue classes come from ``data/reference/event_triggers.csv`` (attack, strike, interception, claim,
threat, casualty, responsibility). A group of clauses (one mention) gets its event type by general
rules, not by the corpus' actors:

* a claim of responsibility ("claimed responsibility", "said it had targeted") is a ``claim``;
  "claiming it was retaliation" is not (no responsibility or attack object);
* a threat verb without a realised event ("vowed revenge", "threatened to strike") is a ``threat``;
* an interception without a hit is an ``interception`` (with a hit, the attack's count of
  intercepted munitions);
* a strike (air/drone strike, shelling, bombardment) or an attack carried out by a state's forces is
  a ``us_strike`` when the agent is the US, the coalition or a coalition member, else a ``strike``;
* any other violent act (rocket, missile, drone, mortar, IED, shooting, suicide attack, raid) is an
  ``attack``, whoever carries it out.

The agent is the actor named as the subject of the event verb, after "by", or as a nationality
adjective before a military word ("Turkish airstrikes"); an actor after "on", "against", "targeting"
is the target. Attribution says how the text ties the agent to the event: ``claimed``, ``blamed``
(accused, held responsible), ``suspected`` (believed, thought, likely) or ``stated``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import STATE_TYPES, actors_gazetteer
from .vocabulary import PEOPLE_NOUNS, Folded, Vocabulary, _once, _raw, lowered, vocabulary
from .prefilter import guard, lower_exact

__all__ = ["cue_classes", "event_type", "agent_and_target", "attribution", "US_SIDES"]

US_SIDES = frozenset({"us_coalition"})
_PATIENT_BEFORE = re.compile(r"\b(?:on|against|at|upon|targeting|targeted|toward|towards|hit|hitting|struck|striking|"
                             r"attacked|attacking|bombed|bombing|shelled|shelling|killing|killed|wounding|wounded|near|"
                             r"of|into|in|inside|housing|hosting|hosts|houses)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:(?!(?:in|by|during|after|amid|from|with)\s)[\w'’.-]+\s+){0,2}$", re.I)
#: a day or "that" between a speaker's "said" and its own act ("said on Sunday it targeted", "said Monday that it struck")
_SAID_WHEN = (r"(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+night)?\s+|yesterday\s+|today\s+)?"
              r"(?:that\s+)?")
#: a second state named with the first before their joint act ("The U.S. and British militaries ...")
_PARTNER = r"and\s+(?:the\s+)?[A-Z][\w'’.-]*\s+"
_AGENT_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:" + _PARTNER + r"(?=[a-z]))?"  # "The U.S. and British militaries launched": a joint act
    r"(?:(?!(?:said|says|say|told|tell|tells|announced|announce|announces|report|reports|reported|"
    r"confirm|confirms|confirmed|that|and|but|was|were|been|is|are|be|being|believes?|believed|thinks?|thought|"
    r"suspects?|assess(?:es|ed)?|blames?|accuses?|alleges?|alleged|knows?|concluded|determined)\b)[\w'’.-]+\s+){0,3}?"
    r"(?:has\s+|have\s+|had\s+|then\s+|later\s+|also\s+)?(?:fired|launched|attacked|targeted|struck|bombed|shelled|"
    rf"carried\s+out|carrying\s+out|conducted|conducting|destroyed|claimed(?!\s+that\s+(?:no\s+one|nobody|none|no\s+[\w-]+\s+(?:was|were)|there\s+(?:was|were)\s+no)\b)|said\s+{_SAID_WHEN}(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?(?:fired|launched|attacked|"
    r"targeted|struck|bombed|shelled|carried\s+out|conducted|hit|killed|downed|intercepted)|"
    rf"said\s+{_SAID_WHEN}(?:its|their)\s+(?:[\w-]+\s+)?(?:strikes?|airstrikes?|air\s+strikes?|raids?|operation)|stormed|raided|ambushed|detonated|killed|hit|used|"
    r"opened\s+fire|shot|downed|intercepted|assassinated|pounded|began\s+(?:conducting|launching|striking)|"
    r"responded|retaliated|hit\s+back|(?:will|would|shall)\s+(?:\w+\s+)?(?:respond|retaliate|strike\s+back|hit\s+back)|"
    r"(?:is|are)\s+(?:fully\s+)?(?:ready|prepared)\s+to\s+(?:respond|retaliate|strike|act|take)|"
    r"vowed|threatened|warned|pledged|promised|issued\s+(?:[\w-]+\s+){0,2}?(?:warnings?|threats?)|(?:was|were|is|are)\s+(?:\w+\s+)?(?:believed|suspected|thought|"
    r"blamed|accused|held)\b[^.;]{0,40}?\b(?:responsib\w+|behind))\b(?!\s+by\b)|"  # not a headline's passive: "US troops killed by"
    r"^(?:'s|’s)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?\s+)?"  # "Hamas Oct. 7 attack"
    r"(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|drone\s+strikes?|warplanes?|jets|"
    r"raids?|bombardment|shelling|drones?\s+(?:struck|hit|targeted|attacked))\b"
    r"(?!\s+(?:follow(?:s|ed)?|came\s+after|come\s+after|comes\s+after)\b)", re.I)  # "The U.S. strikes follow a rocket attack"
#: the agent's verb after an aside: "The U.S. military, under the direction of the president, conducted airstrikes"
_ASIDE_AGENT = re.compile(r"^\s*(?:(?:military|forces|army|troops|air\s+force|navy)\s*)?,[^,;]{3,60},\s+(?:has\s+|have\s+|had\s+)?"
                          r"(?:fired|launched|attacked|targeted|struck|bombed|shelled|carried\s+out|conducted|killed|hit|"
                          r"raided)\b", re.I)
#: a state said to have done the act, passive ("Turkey is being accused by Kurdish officials of carrying out a drone
#: attack"): the act's agent as told (not "X was accused of an attack on a school", an earlier act)
_ACCUSED_OF_AFTER = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?(?:widely\s+)?"
                               r"accused\b[^.;]{0,60}?\bof\s+(?:carrying\s+out|launching|conducting|staging|mounting)\b", re.I)
_BLAMED_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing|suspect(?:ed|s)?|held|holds)\s+(?:the\s+)?"
                            r"(?:[\w'’.-]+\s+){0,2}$", re.I)
#: an event put down to a party named after "to" ("attributed the drone strike to X"; not "blamed the strike on X base
#: on ...", whose "on" may name the target)
_PUT_DOWN_TO_BEFORE = re.compile(r"\battribut(?:ed|es|ing|e)\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’.-]+\s+){0,3}?"
                                 r"(?:attacks?|strikes?|bombings?|raids?|assaults?|shelling|blasts?|explosions?)\s+"
                                 r"(?:(?:on|in|at|against)\s+(?:[\w'’.-]+\s+){1,4}?)?to\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,1}$", re.I)
_BY_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,2}$", re.I)
_TARGET_NOUN = re.compile(r"\b(?:on|against|targeting|targeted|at|hit|struck)\s+(?P<t>(?:the\s+|a\s+|an\s+|two\s+|"
                          r"three\s+)?(?:[\w'’.-]+\s+){0,3}?(?:base|bases|convoy|convoys|patrol|patrols|checkpoint|"
                          r"vehicle|vehicles|car|truck|positions?|headquarters|forces|troops|soldiers|embassy|"
                          r"consulate|airport|camp|outpost|post|house|home|village|market|mosque|office|compound|"
                          r"facility|facilities|site|sites|personnel|fighters|members|civilians|gathering|pipeline|"
                          r"field|oilfield|station))\b", re.I)
#: words of an event that took place (lower case: also matched by ``Folded``; a timeline's present with its toll, "car
#: bombing kills 11 in an attack which appeared to target a bus", tells one too)
_REALISED_WORDS = (r"\b(?:fired|launched|struck|hit|landed|exploded|killed|wounded|injured|intercepted|shot down|"
                   r"targeted|bombed|shelled|attacked|detonated|carried out|conducted|conducting|began|launching|"
                   r"carrying out|striking|died|retaliated|destroyed|destroying|ambushed|"
                   r"(?:kills|injures)\s+(?:at least |some |more than |over )?(?:\d+|one|two|three|four|five|six|seven|"
                   r"eight|nine|ten|eleven|twelve|dozens|scores)|"
                   r"ordered (?:[\w.]+ )?(?:air ?strikes|airstrikes|strikes|raids))\b")
_MODAL_WORDS = (r"\b(?:will|would|could|might|may|should|shall|to|if)\s+(?:(?!(?:the|a|an|that|this|these|those|its|their|his|"
                r"her|our|any|each|every)\s)\w+\s+)?(?:strike|attack|target|hit|respond|retaliate|bomb|fire|launch)\b")
#: a condition of a vow, not an attack told: "would strike US bases if attacked", "if its forces were targeted"
_IF_ATTACKED = re.compile(r"\bif\s+(?:(?:it|they|we|he|she|its\s+\w+|their\s+\w+)\s+(?:is|are|was|were|gets?)\s+)?"
                          r"(?:attacked|struck|targeted|hit)\b", re.I)
#: (a determiner before the verb makes it a noun: "responded to that strike with a missile attack" is an act told)
_REALISED, _REALISED_FOLDED = re.compile(_REALISED_WORDS, re.I), Folded(_REALISED_WORDS)
#: a killing told as done ("soldiers shot dead three gunmen who tried to attack"), not as an adjective ("the
#: assassinated president") nor as what one would have done ("threatened to have the governor assassinated")
_KILLING_DONE = re.compile(r"(?<!\bthe )(?<!\ban )(?<!\ba )\b(?:shot dead|gunned down|assassinated|massacred)\b", re.I)
_KILLING_CAUSED = re.compile(r"\b(?:to|would|will|could|might|may|should|shall)\s+(?:(?:have|get)\s+(?:[\w'’-]+\s+){1,4}?|"
                             r"(?:be|have\s+(?:[a-z]{3,}ly\s+)?been|get)\s+(?:\w+ly\s+)?)(?:shot dead|gunned down|assassinated|massacred|"
                             r"killed)\b", re.I)  # "threatened to have X assassinated", "anyone who tries would be shot dead"


def _killing_done(text: str) -> bool:
    """Whether a text tells a killing done (an act, whatever attempt or vow it also tells).

    >>> _killing_done("Soldiers shot dead three gunmen who tried to attack the post"), _killing_done(
    ...     "They threatened to have the governor assassinated"), _killing_done("the son of the assassinated leader")
    (True, False, False)
    >>> _killing_done("He warned that anyone who tried to attack the hall would be shot dead")
    False
    """
    return ("dead" in text or "down" in text or "assassinat" in text or "massacr" in text) and \
        _KILLING_DONE.search(_KILLING_CAUSED.sub(" ", text)) is not None


#: a past "used X to hit": the means of an act done ("the navy used drones to strike the port"), not "is used to"
_USED_TO = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)\bused\s+(?:[\w.-]+\s+){1,3}?(?:\([\w.-]+\)\s+)?to\s+"
                      r"(?:hit|strike|attack|target|bomb|fire|launch|shell)\b|"
                      r"\b(?:led|prompted|pushed|drove|provoked)\s+(?:[\w.'’-]+\s+){1,3}?to\s+(?:fire|launch|strike|attack|"
                      r"target|hit|bomb)\b|\b(?:led|prompted|provoked)\s+(?:[\w.'’-]+\s+){1,3}?to\s+(?:respond\s+(?:by|with)|"
                      r"retaliate\s+(?:by|with)|return\s+fire|open\s+fire)\b|"
                      r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbecome\s)(?<!\bas\s)(?<!\bnever\s)(?<!\bnot\s)"
                      r"\bthe\s+(?:latest|second|third|fourth|fifth|deadliest|biggest|largest|worst)\s+"
                      r"(?:[\w-]+\s+){0,2}?to\s+(?:hit|strike|target|rock)\b", re.I)
# "which led the militia to fire rockets at X", "which prompted the guards to respond by opening fire": an act done;
# "..., the latest to hit the country": one of a run of acts done (not "would be the first to strike", "has never been
# the first to strike": 'first' is left out, as are a copula or a negation before)
_MODAL, _MODAL_FOLDED = re.compile(_MODAL_WORDS, re.I), Folded(_MODAL_WORDS)
#: the passive of a weapon's use on one target: "a weaponized drone was used to target the base" (an act done; not
#: "military sites", a practice)
_USED_PASSIVE = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:was|were)\s+(?:\w+ly\s+)?used\s+to\s+(?:hit|strike|attack|target|bomb|shell)\s+(?!(?:\w+\s+){0,3}?"
                           r"(?:sites|bases|targets|positions|facilities|convoys|troops|forces|interests)\b)", re.I)
#: what keeps that passive from telling a blow: a negation or a doubt before it ("No drone was", "whether a drone was"),
#: a comparison ("the same missile", "such drones"); a relative ("the drone that was used") is left out above
_USED_NOT_TOLD = re.compile(r"\b(?:no|not|never|denied|denies|deny|whether|if|unclear|unknown|same|similar|such|"
                            r"any)\b[^.;]{0,60}$", re.I)
#: ... or a time before the story's after it ("in 2016", "in the past", "before", "previously")
_USED_EARLIER = re.compile(r"[^.;]{0,80}?\b(?:in\s+(?:19|20)\d\d|in\s+the\s+past|previously|before|earlier|years\s+ago)\b", re.I)


def _used_passive(text: str) -> bool:
    """Whether a clause tells a weapon used on one target in the passive, as a blow that fell.

    >>> _used_passive("A weaponized drone was used to target the base"), _used_passive("No drone was used to hit it")
    (True, False)
    >>> _used_passive("The same missile was used to strike a hospital in 2016")
    False
    >>> _used_passive("Officials said that a drone was used to hit the depot"), _used_passive("The drone that was used to hit it")
    (True, False)
    """
    m = _USED_PASSIVE.search(text) if "used" in text else None
    return m is not None and not _USED_NOT_TOLD.search(text, max(0, m.start() - 60), m.start()) and \
        not _USED_EARLIER.match(text, m.end())


#: blows only foreseen, with whose they would be: "fearing possible US strikes", "anticipating potential airstrikes",
#: "amid fears of imminent attacks" (not "the feared strikes came overnight": those fell)
_FORESEEN = re.compile(r"\b(?:fearing|anticipating|expecting|bracing\s+for|braced\s+for|(?:warned|warning|warns)\s+of|"
                       r"fears?\s+of|threat\s+of|risk\s+of|prospect\s+of|(?:on|on\s+high)\s+alert\s+for)\s+"
                       r"(?:(?:a|an|the|further|more|new)\s+)?(?:(?:potential|possible|imminent|expected|further|future|"
                       r"more|new|retaliatory)\s+)?(?:[\w.-]+\s+){0,2}?(?:air\s*)?(?:strikes?|attacks?|raids?|"
                       r"retaliation|reprisals?)\b(?:\s+in\s+(?:retaliation|response|revenge))?", re.I)
#: what a weapon or a site can do or is used for, not an event: "a gunship capable of firing artillery", "facilities
#: (that were) being used to launch drone attacks", "militias that are engaged in drone attacks" (plural attacks: a
#: habit; "was used to attack the base" is an event)
_NO_EVENT = re.compile(r"\b(?:capable\s+of|designed\s+to)\s+(?:\w+\s+){0,2}?(?:firing|striking|launching|carrying|hitting|"
                       r"fire|strike|launch|carry|hit)\b[^.;]{0,60}|"
                       r"\b(?:were|was|are|is|been|be|being)\s+(?:being\s+)?(?:(?:increasingly|regularly|routinely|frequently|repeatedly|"
                       r"often|still|also|now)\s+)?us(?:ing|ed)\b[^.;]{0,70}?\bto\s+(?:launch|carry\s+out|"
                       r"conduct|stage|plan|store|engage\s+in)\s+[^.;]{0,40}?\battacks\b[^.;]{0,60}|"
                       r"\b(?:that|which|who)\s+(?:are|were|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?engaged\s+in\s+[^.;]{0,60}?"
                       r"\battacks\b[^.;]{0,60}", re.I)
_HIT = re.compile(r"\b(?:hit|hitting|struck|landed|impacted|fell|slammed)\b", re.I)
_STRIKE_WEAPON_FAMILIES = frozenset({"air", "drone", "artillery", "missile", "ballistic", "rocket", "mortar"})
_DESCRIBING = re.compile(r"\b(?:militias?|groups?|factions?|militants?|fighters|organi[sz]ations?)\s+(?:that|who|which)\s+"
                         r"(?:have\s+|has\s+|had\s+)?(?:long\s+|repeatedly\s+|often\s+|also\s+)?$", re.I)
#: "the emerging drone threat", "an imminent threat", "in response to the threat posed by X": a danger described, not a
#: threat someone made; "guns over the harbour downed an aerial threat": the thing shot down
_THREAT_NOUN = re.compile(r"\blife[- ]threatening\b|\b(?:response|respond(?:s|ed|ing)?)\s+to\s+(?:the|a|an|this|that|any)\s+"
                          r"(?:[\w-]+\s+)?threats?\b|\bpos(?:e|es|ed|ing)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?threats?\b|\b(?:drone|rocket|missile|security|terror(?:ist)?|emerging|growing|main|chief|biggest|potential|"
                          r"airborne|aerial|incoming|"
                          r"imminent|persistent|serious|major|direct|existential|constant)\s+threats?\b", re.I)
#: a determiner or number before "target(s)": the noun ("these targets", "85 targets", "a legitimate target")
_TARGET_NOUN_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such|other|a|an|\d+|many|several|"
                                 r"potential|legitimate|possible|main|key|military)\s+(?:[\w-]+\s+)?$")
_TARGET_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:included|include|includes|including|were|are|was|is|of|in|and|that|which|"
                                r"such|across|inside|linked|associated|belonging|used|for)\b)")
_ATTACK_KIND_AFTER = re.compile(r"\s+(?:weapons|aircraft|helicopters?|jets?|planes?|capabilit(?:y|ies)|submarines?|craft|"
                                r"squadrons?|variants?)\b")
_LAUNCH_NOUN_AFTER = re.compile(r"\s+(?:sites?|pads?|points?|positions?|areas?|locations?|vehicles?|platforms?|tubes?|rails?)\b")
#: a search or an inquiry launched (``launched_inquiry``): "a massive hunt for insurgents was launched", "launched an
#: investigation into"
_INQUIRIES = r"(?:hunt|manhunt|search|investigation|inquiry|enquiry|probe|appeal|campaign|crackdown)"
_INQUIRY_LAUNCHED = re.compile(r"\b" + _INQUIRIES + r"\b(?:\s+[\w'’-]+){0,8}?\s+(?:was|were|has\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|"
                               r"had\s+(?:[a-z]{3,}ly\s+)?been|is\s+being)\s+launched$")
_LAUNCHED_INQUIRY = re.compile(r"launch(?:ed|es|ing)?\s+(?:a|an|the|his|her|its|their|our|a\s+new|its\s+own)\s+(?:[\w'’-]+\s+){0,2}?"
                               r"(?:" + _INQUIRIES[3:-1] + r"|bid|run|website|product|initiative|programm?e|app|effort|drive|"
                               r"review|consultation|fund|tour|album|book|company|business|platform|service|"
                               # or a years-long struggle, no one blow: "the PKK launched an insurgency against Ankara"
                               r"insurgenc(?:y|ie)|rebellion|uprising|revolt|intifada|armed\s+struggle|guerrilla\s+war|"
                               r"civil\s+war)s?\b")
#: "struck" of deals, not of blows: "an agreement struck on", "struck a deal", "struck a balance", "struck a chord"
_STRUCK_DEAL = re.compile(r"\b(?:agreements?|deals?|accords?|compromises?|truces?|ceasefires?|bargains?|pacts?|balance)\s+"
                          r"(?:(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|has\s+(?:[a-z]{3,}ly\s+)?been|recently|just)\s+)?struck\s|"
                          r"\bstruck\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|compromise|truce|ceasefire|"
                          r"bargain|pact|balance|chord|tone|note|pose)\b", re.I)
#: a vow to hold someone to account, with no violent act named: "pledged to hold those responsible accountable"
_ACCOUNTABLE = re.compile(r".{0,40}?\b(?P<h>hold|holding|bring|bringing)\s+(?:[\w'’]+\s+){0,7}?(?:accountable|to\s+account|"
                          r"to\s+justice)\b", re.I | re.S)
_VIOLENT_VOW = re.compile(r"\b(?:strike|strikes|attack|retaliat\w*|hit|target|bomb|destroy|kill|eliminat\w*|avenge|revenge|"
                          r"military\s+(?:action|response)|(?:our|its|their)\s+(?:own\s+)?choosing)\b", re.I)


def _accountable(low: str, span: tuple[int, int]) -> bool:
    """Whether a threat cue only vows to hold someone to account ("pledged to hold those responsible accountable").

    >>> _accountable("he pledged to hold those responsible accountable", (3, 10)), _accountable("vowed to strike back", (0, 5))
    (True, False)
    """
    m = _ACCOUNTABLE.match(low, span[0])
    return m is not None and not _VIOLENT_VOW.search(low, span[0], m.start("h")) and \
        not _VIOLENT_VOW.search(low[m.end():m.end() + 40])  # "vowed to strike and hold ...", "... with military action"


def launched_inquiry(text: str, span: tuple[int, int]) -> bool:
    """Whether the cue at ``span`` launched a search, an inquiry or a years-long struggle, not a blow ("a hunt for the
    gunmen was launched", "launched an insurgency").

    >>> t = "A hunt for the gunmen was launched today"; launched_inquiry(t, (26, 34))
    True
    >>> launched_inquiry("Police launched an investigation", (7, 15)), launched_inquiry("They launched rockets", (5, 13))
    (True, False)
    >>> launched_inquiry("Rubio is launching his campaign in Florida", (9, 18))
    True
    >>> launched_inquiry("The PKK launched an insurgency against Ankara in 1984", (8, 16))
    True
    """
    low = text.lower()
    word = low[span[0]:span[1]]
    return word.startswith("launch") and bool(word == "launched" and _INQUIRY_LAUNCHED.search(low, max(0, span[0] - 80),
                                                                                             span[1]) or
                                              _LAUNCHED_INQUIRY.match(low, span[0]))


def _struck_deal(low: str, span: tuple[int, int]) -> bool:
    """Whether the cue at ``span`` is the "struck" of a deal ("an agreement struck on ...", "struck a deal").

    >>> _struck_deal("an agreement struck on control", (13, 19)), _struck_deal("rockets struck the base", (8, 14))
    (True, False)
    """
    return low[span[0]:span[1]] == "struck" and _within_match(_STRUCK_DEAL, low, span, 30, 25)


def _within_match(rx: re.Pattern, low: str, span: tuple[int, int], before: int, after: int) -> bool:
    """Whether the cue at ``span`` lies inside a match of ``rx`` found in a bounded window around it.

    >>> _within_match(re.compile(r"a deal struck"), "a deal struck today", (7, 13), 30, 25)
    True
    """
    lo = max(0, span[0] - before)
    return any(lo + m.start() <= span[0] < lo + m.end() for m in rx.finditer(low[lo:span[1] + after]))


#: "shot" of a remark or a chance, not of a gun: "a veiled shot at", "a shot at the nomination"
_FIGURATIVE_SHOT = re.compile(r"\b(?:parting|veiled|cheap|subtle|rhetorical|political|verbal|indirect|thinly[- ]veiled|"
                              r"not-so-subtle|pointed|sharp|direct)\s+shots?\s+at\b|"
                              r"\bshots?\s+at\s+(?:the\s+)?(?:nomination|presidency|title|redemption|victory|winning|"
                              r"glory|power|the\s+white\s+house|a\s+(?:second|third)\s+term|reelection|re-election)\b", re.I)
#: "took a shot at", "with a shot at": a remark unless the sentence speaks of weapons or casualties
_TAKEN_SHOT = re.compile(r"\b(?:tak(?:e|es|ing)|took|with|and|got\s+in|gets?\s+in|getting\s+in)\s+(?:a|an|another|"
                         r"one\s+last|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?shot\s+at\b", re.I)
_GUNFIRE_CONTEXT = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|sniper\w*|gun\w*|rifles?|bullets?|pistols?|"
                              r"range|patrols?|convoys?|checkpoints?|troops|soldiers?|police\w*|militants?|fighters?|"
                              r"insurgents?|guards?)\b")


def _figurative_shot(low: str, span: tuple[int, int]) -> bool:
    """Whether the cue at ``span`` is the "shot" of a remark or a chance ("took a parting shot at the senator").

    >>> _figurative_shot("she took a parting shot at the senator", (19, 23)), _figurative_shot("a gunman shot at police", (9, 13))
    (True, False)
    >>> _figurative_shot("he took a shot at the governor", (10, 14)), _figurative_shot("a sniper took a shot at the patrol", (16, 20))
    (True, False)
    """
    if not low[span[0]:span[1]].startswith("shot"):
        return False
    if _within_match(_FIGURATIVE_SHOT, low, span, 40, 40):
        return True
    return _within_match(_TAKEN_SHOT, low, span, 40, 40) and \
        not _GUNFIRE_CONTEXT.search(low[max(0, span[0] - 200):span[1] + 200])


_CLAIM_NOT = re.compile(r"\bclaim(?:ed|ing|s)?\s+(?:that\s+)?(?:it|this|they)\s+(?:was|were|is)\b|\bclaim(?:ed|s)?\s+the\s+lives\b",
                        re.I)


#: what a "destroyed" strike cue destroyed when it is a munition in flight or a defence fired ("two drones were
#: destroyed by jets", "jets destroyed two drones", "destroyed by air defence missiles"): an interception, no strike
_MUNITION_DESTROYED = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?|projectiles?)\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?"
                                 r"(?:destroyed|demolished|levell?ed|flattened|razed)\b|\b(?:destroyed|demolished)\s+(?:an?|the|its|"
                                 r"their|two|three|four|five|several|all|\d+)\s+(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|missiles?|"
                                 r"rockets?|projectiles?)\b|\bair\s+defen[cs]es?\b|\bdestroyed\s+(?:[\w-]+\s+){0,3}?in\s+mid-?air\b")
#: the strike cue's active form opens on the destroyer ("jets destroyed ...")
_DESTROYER_FIRST = re.compile(r"(?:jets?|warplanes?|aircraft|drones?|missiles?)\s")


def cue_classes(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of each cue class found in ``text``.

    >>> sorted(cue_classes("Two rockets were fired and intercepted; militias vowed revenge"))
    ['attack', 'interception', 'threat']
    >>> sorted(cue_classes("militias that have vowed to expel US troops"))
    []
    """
    return {cls: list(spans) for cls, spans in _cue_spans(text)}


@lru_cache(maxsize=16_384)
def _cue_spans(text: str) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """``cue_classes`` as tuples (cached: a clause is read again as its own mention)."""
    out: dict[str, list[tuple[int, int]]] = {}
    v, low = vocabulary(), lowered(text)
    folded = lower_exact(low) if low is not text else None  # what each guarded expression tests its literals on
    for cls, need, rx in _trigger_tables(v)[0 if low is not text else 1]:
        if need is not None and folded is not None and not _holds_any(folded, need):
            continue  # none of the class's words: no match (``prefilter``'s test, made once per clause)
        spans = [m.span() for m in rx.finditer(low)]
        if cls == "claim":
            spans = [s for s in spans if not _CLAIM_NOT.match(text[s[0]:s[0] + 60])]
        if cls == "attack" and "target" in low:  # "these targets included depots": the noun, not a blow
            spans = [s for s in spans if not (low[s[0]:s[1]] in ("target", "targets") and
                                              _TARGET_NOUN_BEFORE.search(low[max(0, s[0] - 30):s[0]]) and
                                              _TARGET_NOUN_AFTER.match(low, s[1]))]
        if cls == "attack" and "attack " in low:  # "ground attack weapons", "attack helicopters": a kind of weapon
            spans = [s for s in spans if not (low[s[0]:s[1]] == "attack" and _ATTACK_KIND_AFTER.match(low, s[1]))]
        if cls == "strike" and "destroy" in low:  # "drones destroyed by jets", "jets destroyed two drones": an
            spans = [sp for sp in spans if not (low[sp[0]:sp[0] + 7] == "destroy" or _DESTROYER_FIRST.match(low, sp[0])) or
                     not _MUNITION_DESTROYED.search(low, max(0, sp[0] - 45), min(len(low), sp[1] + 45))]  # interception
        if cls == "attack" and "launch " in low:  # "launch sites", "the launch point": where from, not a launch
            spans = [s for s in spans if not (low[s[0]:s[1]] == "launch" and _LAUNCH_NOUN_AFTER.match(low, s[1]))]
        if cls == "attack" and "launch" in low:  # "a manhunt was launched", "launching his campaign": no blow
            spans = [s for s in spans if not launched_inquiry(low, s)]
        if cls == "attack" and "shot" in low:  # "took a parting shot at the senator": a remark, not gunfire
            spans = [s for s in spans if not _figurative_shot(low, s)]
        if cls in ("attack", "strike") and "struck" in low:  # "an agreement struck on ...", "struck a deal": no blow
            spans = [s for s in spans if not _struck_deal(low, s)]
        if cls == "threat":  # "militias that have vowed to fight": a description of the group, not a threat made
            spans = [s for s in spans if not _DESCRIBING.search(text[max(0, s[0] - 40):s[0]]) and
                     not _THREAT_NOUN.search(text[max(0, s[0] - 30):s[1] + 1]) and not _accountable(low, s)]
        if spans:
            out[cls] = spans
    return tuple((cls, tuple(spans)) for cls, spans in out.items())


def _holds_any(low: str, need: tuple[str, ...]) -> bool:
    """Whether ``low`` holds one of ``need`` (a loop, not ``any`` over a generator: a hot path).

    >>> _holds_any("two rockets", ("drone", "rocket")), _holds_any("two rockets", ("drone",))
    (True, False)
    """
    for n in need:
        if n in low:
            return True
    return False


def _trigger_tables(v: Vocabulary) -> tuple[tuple, tuple]:
    """(class, required literals, expression) of the vocabulary's triggers: for lower-cased text, the guarded
    expressions' parts (``_cue_spans`` tests a clause's literals itself, without a wrapper call per class); for other
    text, the case-insensitive expressions (no literals). Read once per vocabulary.

    >>> lc, plain = _trigger_tables(vocabulary()); [cls for cls, _n, _rx in lc][:2], plain[0][:2]
    (['attack', 'casualty'], ('attack', None))
    """
    return _once("triggers", v, lambda v: (tuple((cls, *_raw(rx)) for cls, rx in v.triggers_lc.items()),
                                           tuple((cls, None, rx) for cls, rx in v.triggers.items())))


def event_type(text: str, cues: dict, agent: dict | None, weapon_families: set[str], has_target_group: bool) -> str | None:
    """Event type of a mention's text (see the module docstring), or 'casualty'/'responsibility'/None.

    >>> event_type("Turkish forces conducted airstrikes", cue_classes("Turkish forces conducted airstrikes"),
    ...     {"actor_id": "turkey", "type": "military", "side": "turkey"}, {"air"}, False)
    'strike'
    >>> t = "The navy used two jets to hit the port"
    >>> event_type(t, cue_classes(t), {"actor_id": "turkey", "type": "military", "side": "turkey"}, set(), False)
    'strike'
    >>> t = "A drone was used to target the air base on Friday"; event_type(t, cue_classes(t), None, set(), False)
    'attack'
    >>> t = "Gunmen fled and no group claimed responsibility for the attack"; event_type(t, cue_classes(t), None, set(), False)
    'attack'
    """
    cues = _without_negated_claim(text, cues)
    state = agent is not None and agent["type"] in STATE_TYPES
    if "claim" in cues and not (state and {"attack", "strike"} & set(cues) and _says_it_did(text, cues["claim"])):
        return "claim"  # a state that "said it targeted" a group tells its own strike; "claimed responsibility" is a claim
    used = bool(_USED_TO.search(text)) or _used_passive(text)  # "the army used jets to hit the camp": an act done, not
    # an intent
    realised = used or _REALISED_FOLDED.matches(text) and not _MODAL_FOLDED.matches(text) or \
        "threat" in cues and _killing_done(text)
    if "threat" in cues and not realised:
        return "threat"
    violent = {"attack", "strike", "interception"} & set(cues)
    if not violent:
        return "casualty" if "casualty" in cues else "responsibility" if "responsibility" in cues else None
    if _NO_EVENT.search(text) and not _REALISED.search(_NO_EVENT.sub(" ", text)):
        return None  # "a gunship capable of firing artillery", "sites being used to launch drone attacks": no event
    if _only_foreseen(text, cues):
        return None  # "fighters left their posts, fearing possible US strikes": no blow fell
    unconditional = _IF_ATTACKED.sub(" ", text)   # "would strike US bases if attacked": 'attacked' is no act told
    if not used and _MODAL_FOLDED.matches(text) and not _REALISED_FOLDED.matches(_MODAL.sub(" ", unconditional)) and \
            not _killing_done(_MODAL.sub(" ", unconditional)) and \
            not _strike_outside_modal(text, cues):
        return "threat" if agent else None
    if violent == {"interception"} or "interception" in cues and not _HIT.search(text) and "casualty" not in cues \
            and "strike" not in cues and not _attack_noun_only(text, cues):
        return "interception"
    if state and "interception" in cues and not _strike_words(text) and \
            not _OWN_STRIKES.match(text, int(agent.get("end") or 0)):  # "... dead in Israeli strikes": its own strikes
        return "attack"  # "two drones were shot down by coalition forces while one struck the base": the defender's side
    if state and ("strike" in cues or weapon_families & _STRIKE_WEAPON_FAMILIES or "attack" in cues):
        return "us_strike" if agent["side"] in US_SIDES else "strike"
    if agent is None and ("strike" in cues and (_strike_words(text) or has_target_group) or "air" in weapon_families):
        return "strike"  # aircraft and gunships are states' weapons
    return "attack"


#: the strikes of the agent named right before them ("Israeli strikes", "Turkish drone strikes")
_OWN_STRIKES = re.compile(r"\s+(?:[\w-]+\s+)?(?:air\s*)?strikes?\b", re.I)


def _without_negated_claim(text: str, cues: dict) -> dict:
    """The cues without a claim said not to have been made ("no group has claimed responsibility"), nor the
    responsibility cue inside it: no claim, nobody's responsibility; ``cues`` itself when its claims stand.

    >>> t = "no group has claimed responsibility"; sorted(_without_negated_claim(t, cue_classes(t)))
    []
    """
    claims = cues.get("claim")
    if not claims or not all(_NEGATED_CLAIM.search(text, max(0, a - 40), a) for a, _b in claims):
        return cues
    out = {k: v for k, v in cues.items() if k not in ("claim", "responsibility")}
    kept = [(a, b) for a, b in cues.get("responsibility", ()) if not any(x <= a <= y + 20 for x, y in claims)]
    return {**out, "responsibility": kept} if kept else out


#: a claim said not to have been made, right before its cue ("no group has claimed", "nobody immediately claimed",
#: "has not yet claimed", "did not claim")
_NEGATED_CLAIM = re.compile(r"(?:\b(?:no|nobody|none)\b(?:\s+[\w-]+){0,3}?\s+(?:has\s+|had\s+|have\s+)?|\b(?:has|have|had|did|does|"
                            r"do)\s*n[o’']t\s+|\bnot\s+)(?:yet\s+|immediately\s+|so\s+far\s+|publicly\s+)?$", re.I)


def _says_it_did(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every claim cue is a statement of one's own act ("said it targeted", "announced it struck"), not a
    claim of responsibility ("an unknown faction claimed responsibility" after "US attacks" earlier in the clause).

    >>> t = "The army said it targeted depots"; _says_it_did(t, [(9, 26)]), _says_it_did("a faction claimed responsibility", [(10, 32)])
    (True, False)
    """
    return all(text[a:b].lower().startswith(("said", "announced")) for a, b in spans)


#: the participles of a clause that tells only what its subject braced for ("..., fearing possible US strikes")
_BRACING = re.compile(r"(?:fearing|anticipating|expecting|bracing\s+for)\b", re.I)


def _only_foreseen(text: str, cues: dict) -> bool:
    """Whether every violent or casualty cue of a clause lies in a blow only foreseen ("fearing possible US strikes"),
    so that the clause tells no event.

    >>> t = "Fighters left their posts, fearing possible US strikes."; _only_foreseen(t, cue_classes(t))
    True
    >>> t = "Gunmen stormed a hotel, killing nine, amid fears of possible attacks."; _only_foreseen(t, cue_classes(t))
    False
    """
    spans = [m.span() for m in _FORESEEN.finditer(text) if _BRACING.match(m.group())]  # not "on alert for possible
    # attacks" (a clause that may go on "after a drone hit the base")
    told = [s for cls in ("attack", "strike", "interception", "casualty") for s in cues.get(cls, [])]
    return bool(spans) and bool(told) and all(any(a <= s < b for a, b in spans) for s, _e in told)


def _strike_outside_modal(text: str, cues: dict) -> bool:
    """A strike named outside every modal phrase: an event told as a noun ("a U.S. strike last week against militants
    preparing to launch drones"), not only a possibility.

    >>> t = "a U.S. strike last week against militants preparing to launch drones"
    >>> _strike_outside_modal(t, cue_classes(t)), _strike_outside_modal("vowed to strike", cue_classes("vowed to strike"))
    (True, False)
    """
    modal = [m.span() for m in _MODAL.finditer(text)]
    return any(not any(a <= s < b for a, b in modal) for s, _ in cues.get("strike", []))


_FIRED_ROCKETS = re.compile(r"\b(?:rockets?|missiles?)\s+(?:were|was)\s+(?:fired|launched)\b", re.I)


def _attack_noun_only(text: str, cues: dict) -> bool:
    """An interception clause that also names the attack it stopped ("the drone attack was thwarted")."""
    return "attack" in cues and bool(_FIRED_ROCKETS.search(text))


#: words of air or artillery action, and a passive event's "by" before its agent (compiled once)
_STRIKE_WORDS = re.compile(r"\bair ?strikes?\b|\bairstrikes?\b|\bair raids?\b|\bshell(?:ed|ing)\b|"
                           r"\bbombard\w*|\bartillery\b(?!,?\s+(?:and\s+|or\s+)?mortars?\b)|\bwarplanes?\b|\bjets?\b|"
                           r"\bhelicopters?\b|\baircraft\b", re.I)
_PASSIVE_EVENT = re.compile(r"\b(?:attacked|targeted|hit|struck|shot|carried out|launched|fired|bombed|shelled|"
                            r"orchestrated|conducted|killed|wounded|injured|raided|ambushed|"
                            r"assassinated|attacks?|strikes?|airstrikes?|bombardment|shelling)\s+(?:(?!(?:used|operated|run|"
                            r"controlled|owned|held|occupied|manned|belonging)\b)\w+\s+){0,3}?(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,2}$", re.I)


def _strike_words(text: str) -> bool:
    """Words of air or artillery action (not a militia's "drone attack" or "strike" used loosely)."""
    return bool(_STRIKE_WORDS.search(text))


_LEAD_DET = re.compile(r"^(?:the|a|an)\s+")


#: an acronym in brackets after a name ("the Royal Air Force (RAF)", "the Popular Mobilization Forces (PMF)")
_ACRONYM = re.compile(r"(?<=\s)\((?-i:[A-Z][A-Za-z.&-]{1,9})\)(?=\s)")


def agent_and_target(text: str, actors: list[dict], cues: dict) -> tuple[dict | None, str]:
    """The agent (an actor row dict) and the target (actor name or target words) of a mention's text.

    >>> from analysis.events.actors import scan_actors
    >>> t = "Turkish drones struck a vehicle of PKK fighters near Sinjar"
    >>> a, tg = agent_and_target(t, scan_actors(t), cue_classes(t)); a["actor_id"], tg
    ('turkey', "Kurdistan Workers' Party (PKK)")
    >>> t = "since the Hezbollah Aug. 9 rocket attack"  # a day between the group and its attack
    >>> agent_and_target(t, scan_actors(t), cue_classes(t))[0]["actor_id"]
    'lebanese_hezbollah'
    """
    agents, patients = [], []
    if "(" in text:  # "two Royal Air Force (RAF) Typhoons bombed": an acronym in brackets is read as blank (offsets kept)
        text = _ACRONYM.sub(lambda m: " " * len(m.group()), text)
    foreseen = [m.span() for m in _FORESEEN.finditer(text)]
    for a in actors:
        if any(x <= a["start"] < y for x, y in foreseen):
            continue  # "fearing possible US strikes": the US struck no one in this clause
        before, after = text[max(0, a["start"] - 40):a["start"]], text[a["end"]:a["end"] + 60]
        if after.startswith(".") and "." in a["text"]:
            after = after[1:]  # the abbreviation's own full stop ("U.S. drone strike" read as "U.S")
        if (_BLAMED_BEFORE.search(before[-30:]) or _PUT_DOWN_TO_BEFORE.search(text, max(0, a["start"] - 80), a["start"])) \
                and a["type"] not in STATE_TYPES:
            agents.append(a)  # "the Pentagon blamed Kataib Hezbollah for the attack", "attributed the strike to X"
        elif a["type"] in STATE_TYPES and "accused" in after and _ACCUSED_OF_AFTER.match(text, a["end"]):
            agents.append(a)  # "Turkey is being accused by Kurdish forces of carrying out a drone attack": the accused
        elif _IN_EVENT_BEFORE.search(before[-20:]) and _OWN_EVENT_AFTER.match(after):
            agents.append(a)  # "killed in a US drone strike": whose strike it was
        elif _PATIENT_BEFORE.search(before[-30:]) and not _BY_BEFORE.search(before) or _victims_after(after):
            patients.append(a)   # "the U.S. soldier killed in a rocket attack": the actor's own people were the victims
        elif _BY_BEFORE.search(before) and _passive_event(before) or (_AGENT_AFTER.match(after) or _ASIDE_AGENT.match(after)) \
                and (a["method"] != "adjective" or _ADJ_AGENT.match(after)):
            agents.append(a)
        elif a["type"] not in STATE_TYPES or a["method"] != "adjective":
            patients.append(a) if a["side"] == "us_coalition" else None
    speaker = None
    if "claim" in cues:
        first = min(s for s, _ in cues["claim"])
        speaker = _own_act_speaker(text, actors, cues["claim"], first)
        claimers = [a for a in actors if a["end"] <= first and a["type"] not in STATE_TYPES] or \
                   [a for a in actors if a["type"] not in STATE_TYPES]
        agents = claimers[-1:] + [a for a in agents if a not in claimers]
    agent = speaker or _best_agent(agents)
    tgt = next((p["name"] if p["method"] != "adjective" else p["text"] for p in patients if p is not agent), "")
    if not tgt:
        m = _TARGET_NOUN.search(text)
        tgt = _LEAD_DET.sub("", m.group("t")) if m else ""
    return agent, tgt


#: what may stand between a speaker and its "said it": spaces, commas, a possessive ("the Pentagon's")
_SPEAKER_GAP = re.compile(r"\.?[\s,]*(?:['’]s?[\s,]*)?(?:" + _PARTNER + r"(?:(?:military|militaries|forces|"
                          r"armed\s+forces|governments?|navy|navies|air\s+forces?)\s+)?)?")  # "The U.S. and British militaries said they"


def _own_act_speaker(text: str, actors: list[dict], claims: list[tuple[int, int]], first: int) -> dict | None:
    """The state that says it did the act itself ("The Pentagon said it targeted caches linked to X"): the speaker
    just before "said it ...", not the group named after it; None when the claim is another's or no state speaks.

    >>> from analysis.events.actors import scan_actors
    >>> t = "The US military said it targeted camps run by Harakat al-Nujaba"
    >>> _own_act_speaker(t, scan_actors(t), [(16, 32)], 16)["actor_id"]
    'united_states'
    """
    before = [a for a in actors if a["end"] <= first]
    if not before or not _says_it_did(text, claims) or before[-1]["type"] not in STATE_TYPES:
        return None
    return before[-1] if _SPEAKER_GAP.fullmatch(text, before[-1]["end"], first) else None


#: the actor's own people told as the victims, in a reduced relative ("U.S. soldier killed in", "Turkish troops wounded
#: by"): a passive participle, then no object
_VICTIMS_AFTER = re.compile(r"^(?:['’]s)?\s*(?:(?!(?:said|says|say|told|reported|claimed|announced|and|that)\b)"
                            r"[A-Za-z][\w'’.-]*\s+){0,2}?(?P<noun>[a-z]+)\s+(?:who\s+(?:were|was)\s+)?"
                            r"(?:killed|wounded|injured|hurt|slain)(?=\s+(?:in|by|during|when|after|while|near)\b|"
                            r"\s*[,.;]|\s*$)")  # not "at least", "as many as", "on Tuesday": the object may follow


def _victims_after(after: str) -> bool:
    """Whether the words after an actor make its people the victims ("U.S. soldier killed in a rocket attack").

    >>> _victims_after(" soldier killed in a rocket attack"), _victims_after(" troops killed two militants")
    (True, False)
    >>> _victims_after(" troops killed at least 12"), _victims_after(" military said soldiers killed in a raid")
    (False, False)
    """
    m = _VICTIMS_AFTER.match(after)
    return bool(m) and m.group("noun") in PEOPLE_NOUNS


_IN_EVENT_BEFORE = re.compile(r"\b(?:in|during|after|by|from|amid|following)\s+(?:(?:an?|the)\s+)?"
                              r"(?:(?:suspected|alleged|apparent|presumed|reported)\s+)?$", re.I)  # "in a suspected Turkish
# drone strike": whose strike it is said to be
_OWN_EVENT_AFTER = re.compile(r"^(?:['’]s)?\s*(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|raids?|"
                              r"bombardment|shelling|bombing|operation)\b", re.I)
_ADJ_AGENT = re.compile(r"^[\s-]*(?:(?:military|armed|air|war|fighter|combat|attack|unmanned|drone|missile|killer)\s+)?"
                        r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|raids?|warplanes?|jets?|aircraft|"
                        r"drones?|artillery|shelling|bombardment|bombing|helicopters?|gunships?|missiles?|rockets?|"
                        r"(?:missile\s+|rocket\s+|drone\s+|air\s+)?(?:attacks?|assaults?|incursions?)|"
                        r"(?:forces|troops|army|military|soldiers|enemy)\s+(?:\w+\s+){0,2}?(?<!was\s)(?<!were\s)(?<!been\s)"
                        r"(?:conducted|carried|launched|"
                        r"struck|fired|shelled|bombed|targeted|attacked|hit|pounded|killed|raided))\b", re.I)


def _passive_event(before: str) -> bool:
    """An agent after "by" in a passive event ("was struck by Turkish drones", "claimed by")."""
    return bool(_PASSIVE_EVENT.search(before))


def _best_agent(agents: list[dict]) -> dict | None:
    """The most specific agent: a named group or state before an umbrella body or an unidentified one."""
    if not agents:
        return None
    rank = {"armed group": 0, "military": 1, "government": 2, "coalition": 3, "umbrella body": 4}
    return sorted(agents, key=lambda a: (a["actor_id"] in ("pro_iran_militias", "unknown_group"),
                                         rank.get(a["type"], 5), a["start"]))[0]


_ATTRIB = [("claimed", re.compile(r"\bclaim(?:ed|s|ing)?\b(?!\s+the\s+lives)|\btook responsibility\b", re.I)),
           ("suspected", re.compile(r"\b(?:believed|suspected|thought to be|likely|suggested|prime suspects?|"
                                    r"presumably|allegedly|alleged)\b", re.I)),
           ("blamed", re.compile(r"\b(?:accus\w*|blam\w*|held\s+(?:\w+\s+){0,3}responsible|attributed\s+(?:it\s+|the\s+"
                                 r"\w+\s+)?to)\b", re.I))]
_ATTRIB = [(label, guard(rx)) for label, rx in _ATTRIB]  # each skipped on a text without its words (``prefilter``)
_OLD_LABEL = {"claimed": "claimed", "suspected": "believed", "blamed": "accused", "stated": "stated"}


def attribution(clause: str, sentence: str, etype: str) -> tuple[str, str, str]:
    """(actor_attribution, attribution in the former vocabulary, attributed_by) of a mention's agent.

    >>> attribution("Kataib Hezbollah was believed to be responsible", "", "attack")
    ('suspected', 'believed', '')
    >>> attribution("The Pentagon blamed Kataib Hezbollah for the attack", "", "attack")[::2]
    ('blamed', 'Pentagon')
    """
    for label, rx in _ATTRIB:
        own = rx.search(clause)  # the clause's own words first, then (but for a claim) the sentence's
        m = own or (rx.search(sentence) if label != "claimed" else None)
        if not m or label == "claimed" and etype not in ("claim", "threat") and not re.search("claim", m.group(), re.I):
            continue
        if label == "claimed" and etype not in ("claim", "threat", "attack"):
            continue
        text = clause if own else sentence
        by = _attributor(text[:m.start()]) if label != "claimed" else ""
        return label, _OLD_LABEL[label], by
    return ("claimed", "claimed", "") if etype == "claim" else ("stated", "stated", "")


def _attributor(before: str) -> str:
    """Who makes an attribution: the actor or source named just before the verb ('' for the perpetrator itself)."""
    from .actors import scan_actors

    who = [a for a in scan_actors(before[-80:]) if a["type"] in STATE_TYPES]
    if who:
        return who[-1]["text"]
    n = re.search(r"\b(analysts?|observers?|officials?|sources?|experts?|[A-Z][a-z]+(?: [A-Z][a-z]+)*)\b(?:\s+\w+){0,2}\s*$",
                  before)
    if not n:
        return ""
    hit = [a for a in scan_actors(n.group(1)) if a["type"] not in STATE_TYPES]
    return "" if hit else n.group(1)


def actor_side(actor_id: str) -> str:
    """Side of an actor id ('' when unknown).

    >>> actor_side("kataib_hezbollah")
    'pro_iran'
    """
    row = actors_gazetteer().rows.get(actor_id)
    return row["side"] if row else ""


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
