"""Clause scoping: where one reported event ends and the next begins inside a sentence.

``split_clauses(sentence)`` cuts a sentence at the boundaries of finite clauses (";", ", while",
", but", ", after", ", as", "and" before a new event verb, a relative "which/who" after a comma) and
returns (start, end) offsets. Participial clauses (", killing three ...", ", wounding 12") are not
cut off: they describe the event of the clause they follow. Dashes and brackets are left alone
(they hold appositions). :mod:`analysis.events.mentions` then groups clauses into event mentions,
so that a weapon or type named in one clause never leaks into another event of the same sentence.

``is_caption(sentence)`` recognises photo captions ("Smoke rises ... on Jan. 13", "(AFP)", "File
photo"): their dates are the photo's, not the event's, and they repeat what the text reports.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prefilter import branches as _branches
from .vocabulary import PEOPLE_NOUNS, Folded

__all__ = ["split_clauses", "is_caption"]

_EVENT_VERB = r"(?:fired|launched|targeted|struck|hit|attacked|bombed|shelled|killed|wounded|injured|intercepted|" \
              r"shot|downed|exploded|detonated|claimed|vowed|threatened|carried|conducted|opened|stormed|raided|" \
              r"ambushed|landed|fell|slammed|damaged|destroyed|blew)"
#: a month's name or its abbreviation, lower case as the boundaries read it ("Aug", "August", "Sept.")
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
#: after "since", an earlier event named with its day ("the Hamas Oct. 7 attack", "the May 3, 2021 bombing"): a
#: recalled event of its own, not the start of a span ("since May 3")
SINCE_DATED_EVENT = (r"(?:the\s+|last\s+year['’]s\s+)?(?:[\w'’-]+\s+)?" + MONTH_WORD + r"\.?\s*"
                     r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|"
                     r"bombings?|assault|raid|massacre|ambush|incursion|offensive)\b")
#: after "since", an earlier event named by its noun and its target or place ("since the bombing of a police station in
#: X"): an event of its own when a superlative counts from it
SINCE_AN_EVENT = (r"since\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:bombing|attack|strike|raid|massacre|ambush|assault|shooting|"
                  r"explosion|blast)s?\s+(?:of|on|in|at|against|by|near|that|which)\s")
#: an act of war a told event led to: "which, in turn, led the militia to fire rockets at X" (another event)
LED_TO = (r"(?:which|that),?\s+(?:in\s+turn,?\s+)?(?:led|prompted|caused|pushed|drove|provoked)\s+(?:[\w.'’-]+\s+){1,3}?to\s+"
          r"(?:fire|launch|strike|attack|retaliate|target|hit|bomb)\b")
#: the attack a strike answers, after its blamed party: "(which they) blamed for a ...", "those responsible for a ..."
BLAMED_FOR = (r"(?:(?:which|that|whom)\s+)?(?:(?:it|they|the\s+\w+)\s+)?(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
              r"(?:blamed|held\s+responsible)\s+for\s+(?:an?|the)\s")
#: a party said to be behind what the rest of the clause names ("believed to be responsible for", "said to be behind")
HELD_RESPONSIBLE = r"(?:(?:believed|thought|suspected|said|alleged)\s+to\s+(?:be|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:responsible\s+for|behind)|" \
                   r"(?:believed|thought|suspected|alleged)\s+responsible\s+for)\s+"  # "militia members believed responsible for"
#: a killing named as what a party is behind ("killing two Americans", "the deaths of three guards")
KILLING_OF = r"(?:killing|the\s+(?:deaths?|killing)\s+of)"
RESPONSIBLE_PARTY = r"(?:(?:against|on|from)\s+)?(?:those|whoever\s+(?:is|was|were)|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" \
                    r"(?:militias?|groups?|factions?)(?:\s+(?:it|they|the\s+\w+)\s+(?:holds?|held|deems?|considers?))?)" \
                    r"\s+responsible\s+for\s+(?:an?|the)\s"  # "on the faction responsible for a mortar strike"
#: a strike verb after a comma ("..., has launched airstrikes"): a clause of its own only after ``_ANSWERS_ATTACK``
_HAS_STRUCK = r"(?:has|have|had)\s+(?:also\s+|now\s+)?(?:launched|carried\s+out|conducted|struck|bombed|targeted)\b"
_HAS_STRUCK_RX = re.compile(_HAS_STRUCK, re.I)
#: an aside between commas that tells the attack a strike answers ("X, in retaliation for a bomb attack that killed
#: four, has launched ..."): its toll is not the strike's; any other aside ("X, in a statement, has struck") is not
_ANSWERS_ATTACK = re.compile(r"\s*in\s+(?:retaliation|response|revenge|reprisal)\s+for\s+(?:an?|the)\s", re.I)
#: a time an "after" opens on inside a clause ("hit Erbil just after 9:30 p.m.", "after midnight", "after dawn on
#: Friday", "shortly after Monday's prayers"): a time of the same event, not an earlier event
_CLOCK_OR_DAY = (r"(?:\d|(?:sundown|sunset|sunrise|dusk|dawn|daybreak|dark|nightfall|midnight|midday|noon|"
                 r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)")
#: the people an aside of victims names ("including seven soldiers"): the nouns of the casualty counts
_PEOPLE = "|".join(sorted((re.escape(w) for w in PEOPLE_NOUNS), key=len, reverse=True))
#: a counted group of people: "two civilians", "at least five Iraqi soldiers"
_A_GROUP = (r"(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+"
            r"(?:[\w'’-]+\s+){0,3}?(?:" + _PEOPLE + r")\b")
_BOUNDARY = re.compile(
    r";\s*|"
    r",\s*(?=(?:while|whereas|but|after|before|as(?!\s+well\s+as)|when|although|though|meanwhile|whilst)\b)|"
    r",\s*(?=including\b(?!(?:[^,;]{1,60},\s*){1,5}?(?:were|was|are|is|had|have|has|got|killed|wounded|injured|died|dead)\b)"
    r"(?!\s+" + _A_GROUP + r"(?:[^,;]{0,50},\s*){1,5}?(?:(?:in|at|on|near|during|inside|outside|across)\s(?!which\b)|"
    r"and\s+" + _A_GROUP + r"(?![^,;.:]{0,40}?\b(?:were|was|are|is|had|have|has|died|perished)\b))))|"  # not an
    # aside of victims closed before the event's place or time: "killed 14 people, including seven soldiers, in an attack
    # on a village in Borno": one clause (an aside that names an event or a place stays a clause of its own: "30 killed in
    # attacks across Iraq, including a car bomb in Sadr City, in which 12 died"), nor one closed before a further group
    # of the same verb's victims ("killed 12 soldiers, including a colonel, and two civilians")
    r"\s+(?=(?:while|whereas|whilst)\s)|"
    r"\s+(?=after\s+(?!(?:that|which|this|it|years?|months?|weeks?|days?|hours?)\b|" + _CLOCK_OR_DAY + r"))|"
    r"\s+(?=(?:over|for)\s+(?:the\s+)?(?:killings?|deaths?|assassinations?|murders?)\s+of\s)|"  # "threats of
    # retaliation over the killing of X": the killing the threat answers is another event
    r"(?<!\bthe)(?<!\bthe\s)\s+(?=following\s+(?:the|an?|his|her|its|their|last|[A-Z][\w.-]*['’]s)\s)|"  # "... amid tensions
    # following the killings last week of X": the earlier event's clause (its day is not the event's)
    r"\s+(?=since\s+(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d+|last|early|late|mid|then|mid-\w+|the\s+(?:start|beginning|end|"
    r"middle|outbreak)|this|that)\b)(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){1,4}?" + _EVENT_VERB + r"\b)|"  # "the first since the U.S. struck X"
    r"\s+(?=since\s+" + SINCE_DATED_EVENT + r")|"  # "the first deaths since the Hamas May 3 raid": that raid
    r"\s+(?=" + SINCE_AN_EVENT + r")|"  # "the deadliest attack since the bombing of a police station"
    r",?\s+(?=and\s+(?:(?:also|then|later)\s+)?" + _EVENT_VERB + r"\b(?!\s+them\s+(?:dead|to\s+death|down)\b))|"  # (not
    # "dragged a man and his son outside and shot them dead": "them" are the people of the clause before)
    r",\s+(?=and\s+that\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){1,3}?(?:(?:also|then|later)\s+)?" + _EVENT_VERB + r"\b)|"
    # reported speech going on to another act: "said that 12 were killed in X, and that the rebels then ambushed a convoy"
    r",\s+(?=and\s+(?:a|an|the|another|two|three|four|five|\d+|[A-Z])\b[^,;]{0,80}?\b(?:was|were|had|has|have)\b)|"
    r"\s+(?=and\s+(?:a|an|another|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombs?|ieds?|blasts?|"
    r"explosions?|rockets?|mortars?|shells?|drones?|strikes?|airstrikes?|snipers?|gunmen|grenades?|devices?|missiles?|"
    r"shelling|raids?|ambush|bombers?)\s+(?:killed|wounded|injured|hit|struck|targeted)\s+(?:a|an|the|his|her|their|its|"
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|at\s+least|more\s+than)\b)|"
    r",\s+(?=(?:which|who)\s+(?:was|were|is|are|had|has|have)\s+(?!killed|wounded|injured)\w"
    r"(?![^,;]{0,100},\s+(?:lost\s+their\s+lives|died|were\s+(?:killed|wounded|injured)|sustained)\b))|"  # not an aside
    # before the subject's own toll: "three villagers, who were employed on a farm, lost their lives"
    r"\s+(?=where\s+(?:[\w.'’-]+\s+){1,3}?(?:came\s+under|(?:was|were)\s+(?:attacked|targeted|shelled))\b)|"  # "an area
    # ... where US forces came under rocket fire on June 28": another event, told at the place just named
    r",?\s+(?=in\s+(?:(?:the|its|their|an?)\s+)?(?:(?:first|latest|apparent|direct|swift|immediate)\s+)?(?:response|retaliation|revenge|reprisal)\b)|\s+(?=(?:as\s+)?a\s+response\s+to\b)|"
    r"\s+(?=(?:as|of)\s+(?:retaliation|revenge|reprisal)\s+for\s+(?:an?|the)\s)|"  # "the opening salvo of retaliation for
    # the drone strike that killed three": the attack answered, a clause of its own
    r",\s*(?=" + _HAS_STRUCK + r")|"  # only after an aside that tells the attack it answers (``_ANSWERS_ATTACK``)
    r",\s*(?=" + BLAMED_FOR + r")|"  # "..., blamed for a rocket attack that killed X"
    r"\s+(?=" + HELD_RESPONSIBLE + r"(?:" + KILLING_OF + r"|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|raid))\b)|"
    # "the militia believed to be responsible for killing two Americans": that killing is another event
    r"\s+(?=(?:which|that|whom)\s+(?:it|they|the\s+\w+)\s+(?:(?:has|have|had)\s+)?(?:blamed|held\s+responsible)\s+for\s+"
    r"(?:an?|the)\s)|"
    r"\s+(?=(?:which|that|whom)\s+(?:it|they|the\s+\w+|\w+)\s+(?:(?:blames?|holds?\s+responsible)\s+for\s+(?:an?|the)\s|"
    r"(?:claims?|says?|believes?)\s+(?:is|are|was|were)\s+behind\s))|"  # "..., which the US says are behind a rise in
    # attacks": what the group is held for, not the event the clause before tells
    r"(?<!\bhold)(?<!\ball)\s+(?=" + RESPONSIBLE_PARTY + r"[^.;]{0,120}?\b(?:killed|killing|wounded|wounding|"
    r"injured|injuring|left\s+(?:[\w-]+\s+){1,5}?dead)\b)|"
    r",\s*(?=(?:prompting|triggering|sparking|provoking|drawing)\b)|,\s*(?=to\s+which\b)|"
    r",\s*(?=" + LED_TO + r")|"  # "..., which then led the rebels to launch drones toward Y": the act it led to
    r",\s*(?=adding\s+that\b)|"
    r",\s*(?=with\s+(?:its|their|the)\s+(?:deadliest|worst|bloodiest|biggest|largest|latest|most\s+recent)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:being|coming)\b)|"  # "ramped up attacks in recent months, with its deadliest being a car bomb
    # that killed 79 in Mogadishu on Saturday": one event singled out of the run, a clause of its own
    r",\s*(?=(?:and\s+)?(?:(?:eventually|ultimately|later|then|in\s+turn)\s+)?(?:resulted|resulting|led|leading)\s+(?:in|to)\s+"
    r"(?:an?|the|another)\s+(?:(?:series|wave|round|spate)\s+of\s+)?(?:[\w.-]+\s+){0,3}?(?:air\s*strikes?|airstrikes?|"
    r"strikes?|attacks?|raids?|bombings?|offensive|assault)\b)|"  # "..., leading to the January airstrike in X": another event
    r"\s+(?=coincid(?:ed|es|ing)\s+with\s+(?:an?|the|another)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|assaults?|strikes?|"
    r"bombings?|raids?|offensive)\b)|"  # "The Monday raid coincided with an assault on X": another event, same time
    r",\s*(?=as\s+well\s+as\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+)?(?:rockets?|missiles?|"
    r"drones?|mortars?|shells?|attacks?|strikes?|airstrikes?)\s+(?:that|which)\b)|"  # ", as well as rockets that hit X"
    r",\s*(?=(?:reporting|recording|counting|citing)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?"
    r"(?:\d|dozens|scores|hundreds)[^,;]{0,60}?\b(?:attacks|strikes|raids|bombings)\b)|"  # ", reporting 20 raids this year": a tally  # "..., injuring eight soldiers, the spokeswoman said, adding that a gunship was in the air"
    r"(?<=\s)(?=follow(?:ed|s)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:attack|assault|bombing)s?\b)|"
    r",\s*(?=(?:which|that)\s+(?:came|comes|followed|follows)\b)|"
    r",\s*(?=(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+)?(?:total|tally|number|count|toll)\b)|"
    r",?\s+(?=following\s+(?:the\s+|a\s+|an\s+)?(?!(?:day|week|month|year|statement|meeting)s?\b)\w)|"
    r",?\s*(?=(?:an?\s+attack\s+|which\s+was\s+|that\s+was\s+)?(?:soon\s+|quickly\s+|later\s+)?followed\s+by\b)|"
    r",?\s+(?=and\s+(?:another|a\s+second|a\s+third|two\s+others|others)\b[^,;]{0,60}?\b(?:was|were|had)\b)|"
    r",?\s+(?=and\s+on\s+(?:" + MONTH_WORD + r"\.?\s+\d{1,2}|\d{1,2}\s+" + MONTH_WORD +
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"[^,;.]{0,12},(?!\s*(?:[\w.'’-]+\s+){0,4}?(?:said|told|reported|says|added)\b))", re.I)  # "..., killing 15, and on
    # August 26, a suicide bomber ...": another day's event (not "and on Saturday, officials said, ...")


#: an alternative that surely starts with ";", "," or a space ("\\s+", ",\\s*", ",?\\s+"; not ",?\\s*")
_SEPARATOR_FIRST = re.compile(r"(?:[;,](?![?*{])|\\s\+|,\?\\s\+)")


def with_lead(pattern: str) -> str:
    """``pattern`` behind a lookahead that holds wherever one of its alternatives can start: ";" or ",", a space
    before the first word of an alternative that starts with spaces (``space_words``; any space when one cannot be
    read) or the start of an alternative that may begin elsewhere. The same matches; the engine leaves a position
    inside a word, or a space before another word, after one test instead of trying every alternative there. For
    expressions read by their whole match (an alternative copied into the lookahead would renumber capturing groups).

    >>> p = r";a|,b|,? *(?=followed)|\\s+(?=(?:and|or)\\b)"; t = "x;a,bfollowed and or so"
    >>> [m.span() for m in re.finditer(with_lead(p), t)] == [m.span() for m in re.finditer(p, t)]
    True
    >>> with_lead(p)[:35]
    '(?=[;,]|\\\\s+(?:and|or)|,? *(?=follow'

    """
    parts = _branches(pattern)
    others = [b for b in parts if starts_anywhere(b)]
    words = space_words([b for b in parts if not starts_anywhere(b)])
    spaces = r"[;,\s]" if words is None else r"[;,]|\s+(?:" + "|".join(words) + ")" if words else "[;,]"
    return r"(?=" + spaces + "".join("|" + b for b in others) + ")(?:" + pattern + ")"


#: an alternative that starts with spaces ("\\s+" or ",?\\s+") before a lookahead on its first words: the words
#: (one or a group, after an optional "as " as in "(?:as\\s+)?a\\s+response")
_SPACE_THEN_WORDS = re.compile(r"(?:,\?)?\\s\+\(\?=(?:\(\?:as\\s\+\)\?)?(?:(?P<w>[a-z]+)|\(\?:(?P<ws>[a-z]+(?:\|[a-z]+)*)\))"
                               r"(?:\\s|\\b)")


def space_words(alternatives: list[str]) -> list[str] | None:
    """The first words of the alternatives that start with spaces (those that start with ";" or "," need none);
    None when one such alternative's first words cannot be read (``with_lead`` then tries every space).

    >>> space_words([r";\\s*", r"\\s+(?=after\\s+x)", r",?\\s+(?=(?:which|who)\\s)", r"\\s+(?=(?:as\\s+)?a\\s+response)"])
    ['after', 'which', 'who', 'a']
    >>> space_words([r"\\s+(?=\\w+ed\\b)"]) is None
    True
    """
    words: list[str] = []
    for alt in alternatives:
        if alt.startswith(";") or alt.startswith(",") and not alt.startswith(",?"):
            continue
        m = _SPACE_THEN_WORDS.match(alt)
        if m is None:
            return None
        words += [w for w in (m.group("w") or m.group("ws")).split("|") if w not in words]
    return words


def starts_anywhere(alternative: str) -> bool:
    """Whether an alternative may start elsewhere than at a separator (``with_lead`` then tries it at every position).

    >>> starts_anywhere(r",?\\s*(?=followed)"), starts_anywhere(r";\\s*")
    (True, False)
    """
    return not _SEPARATOR_FIRST.match(alternative)


#: the same, matched on the lower-cased text (``Folded``; the plain one is the reference), behind ``with_lead``; the
#: alternatives tried at every position ("followed by", "follows a") are left out of a sentence without their words
#: (two sets at most: compiled once each)
_BOUNDARY_FOLDED = Folded(_BOUNDARY.pattern.replace("[A-Z]", "[a-z]"), wrap=with_lead, prune=starts_anywhere)
#: a time of day an "after" or "before" can open on ("after sundown Thursday"): a time, not an earlier event
TIME_OF_DAY = r"(?:sundown|sunset|sunrise|dusk|dawn|daybreak|dark|nightfall|midnight|midday|noon)\b"
#: a sentence-initial clause about an earlier event ("Following attacks that injured three US troops, ...")
#: ("Around two weeks before the drone attack, ...", "An hour after the strikes, ...", "Days after ...")
PRIOR = re.compile(r"^\W*(?:\([A-Za-z][\w .&-]{1,30}\)\s*)?"  # after an agency's tag: "(AGENCY) In response to ..."
                   r"(?:Following|(?:After|Before)(?!\s+(?:the\s+)?" + TIME_OF_DAY + r")|Since|In\s+(?:response|retaliation|revenge)\s+(?:to|for)|"
                   r"On\s+the\s+same\s+(?:day|night|morning|evening)\s+as|"  # "On the same day as the X attack, ..."
                   r"Within\s+(?:(?:a\s+few|several|an?|one|two|three|\d+)\s+)?(?:minutes?|hours?|days?|weeks?)\s+(?:after|of)(?!\s+\w+ing\b)|"  # "Within
                   # hours after (of) the U.S. strikes, militia rockets hit ...": the strikes are the earlier event
                   r"(?:(?:just|only|some|about|around|roughly|nearly|almost|barely|less\s+than|more\s+than)\s+)?"
                   r"(?:(?:a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                   r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before))\b[^,;]{5,160}(?=,)|"
                   r"^\W*following\b[^,;]{5,160}", re.I)
_CAPTION = re.compile(
    r"\((?:AFP|AP|Reuters|EPA|Getty)[^)]*\)\s*$|\bphoto(?:graph)?\s*(?:by|:|credit|courtesy)|\bfile\s+(?:photo|picture|image)|"
    r"\b(?:AFP|AP|Reuters|EPA)\s*(?:/|via)\s*|\bGetty\s+Images\b|^\s*(?:photo|picture|image|caption)\s*:|"
    r"\bpictured\b|\bimage\s+(?:courtesy|credit)|\bvia\s+(?:AP|AFP|Reuters|EPA|Getty)\b|"
    r"\b(?:this|the)\s+(?:photo(?:graph)?|image|picture)\s+(?:issued|released|provided|distributed|taken)\s+by\b|"
    r"\b(?:this|the)\s+(?:video\s+)?(?:screenshot|screen\s+grab|photo|image|picture|still)\s+(?:shows|showing)\b|"
    r"^\W*in\s+this\s+(?:undated\s+|handout\s+|file\s+)?(?:photo(?:graph)?|image|picture|frame\s+grab)\b|"
    r"\b(?:photo(?:graph)?|image|picture)\s+taken\s+(?:on|in|at)\b|"
    # "A handout picture received from the embassy on Dec. 31, 2019, shows soldiers ...": a photo described
    r"^\W*(?:an?|this|the)\s+(?:handout\s+|file\s+|undated\s+|still\s+)?(?:photo(?:graph)?|picture|image|video\s+grab|"
    r"screen\s*(?:shot|grab))\s+(?:(?:received|released|provided|distributed|obtained|published|posted|issued)\s+"
    r"(?:by|from)\b(?:[^.]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){0,120}?\s)?(?:shows|showing)\b", re.I)
#: an agency's file photo credited after a slash ("The scene of a previous attack in the town/XINHUA-File"); capitals
#: as written, apart from ``_CAPTION``
_FILE_CREDIT = re.compile(r"/\s*[A-Z][A-Za-z]+(?:\s*-\s*|\s+)(?:File|FILE)\s*$")
#: "(Jane Roe /Army Command)": a photographer's name, then the agency; not "(Iraq/Syria border)" nor "(rockets/mortars)"
#: (apart from ``_CAPTION``: its capitals are read as written, the rest of the caption words in any case)
_CREDIT_NAME = re.compile(r"\((?-i:[A-Z][a-z]+(?:\s+[A-Z][\w.]*){1,3})\s?/\s?(?-i:[A-Z])[^()/]{2,50}\)\s*$", re.I)
_PRESENT = re.compile(r"\b(?:is|are)\s+seen\b|\b(?:stands|stand|walks|walk|gather|gathers|inspects|inspect|rises|rise|"
                      r"looks on|look on|poses|pose|attends|carries|carry|sits|patrols|mourn|mourns|hold|holds|"
                      r"chant|chants|wave|waves|take part|takes part)\b")
_PHOTO_DATE = re.compile(r"\b(?:on|in)\s+(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|"
                         r"\b(?:on|in)\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b", re.I)
_PAST_EVENT = re.compile(r"\b(?:was|were|had|has|have)\b|\b\w+ed\b\s+(?:by|at|on|in)\b", re.I)


#: a fronted span that opens at a year ("Since 2015", "Since early 2022", "Since March 2021"): no prior event of its own
_SINCE_YEAR = re.compile(r"\W*since\s+(?:(?:early|late|mid-?)\s*|the\s+(?:onset|start|beginning|outset)\s+of\s+)?"
                         r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
                         r"(?:1[89]|20)\d\d(?:\s+alone)?\s*", re.I)  # (or "Since the onset of 2023")


#: a toll in the perfect right after the fronted span: "the group has killed 90", "has been responsible for the deaths"
_PERFECT_TOLL = re.compile(r",?\s*(?:[\w'’-]+\s+){1,6}?(?:has|have)\s+(?:also\s+|now\s+|so\s+far\s+)?(?:killed|wounded|"
                           r"injured|left|claimed|been\s+responsible\s+for)\b", re.I)


#: a sentence's opening that is only a subject, a determiner and at most three more words with no verb ("A striking
#: teacher and another civilian were killed"): the "and" after it joins a second subject, not a second clause
_SUBJECT_ONLY = re.compile(r"\W*(?:an?|the|one)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:" + _EVENT_VERB +
                           r"|was|were|is|are|has|have|had|said)\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+", re.I)
_AND_NEXT = re.compile(r",?\s+and\b")


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence, in order, covering it.

    >>> s = "Militias targeted Erbil airport with a drone and bombed 14 rockets at Ain al-Asad, injuring two people."
    >>> [s[a:b] for a, b in split_clauses(s)]
    ['Militias targeted Erbil airport with a drone', ' and bombed 14 rockets at Ain al-Asad, injuring two people.']
    >>> len(split_clauses("Two Americans and a British national were killed in the attack."))
    1
    >>> len(split_clauses("An IED wounded three soldiers and a mortar attack wounded two civilians."))
    2
    >>> len(split_clauses("Eighteen rockets, which are linked to militias, struck the base."))
    1
    >>> len(split_clauses("Since 2015, strikes in the valley have killed 310 villagers."))
    1
    >>> s = "Since the start of 2021, the group has killed 90 people."; [s[a:b] for a, b in split_clauses(s)][0]
    'Since the start of 2021, the group has killed 90 people.'
    >>> s = "Since the start of 2023, a drone strike on Sunday killed four militants."; len(split_clauses(s))
    2
    >>> len(split_clauses("The strike killed Ali Jaber, a commander in the unit; Omar Saleh, a leader of the brigade; "
    ...                   "and fighter Ziad Haddad, the group said."))
    1
    """
    cuts = [0]
    prior = PRIOR.match(sentence)
    if prior and _SINCE_YEAR.fullmatch(sentence, 0, prior.end()) and \
            (" the " not in sentence[:prior.end()] or _PERFECT_TOLL.match(sentence, prior.end())):
        prior = None  # "Since 2015, strikes have killed 310": the span the main clause's tally covers, no earlier event
        # ("Since the start of 2023, ..." only before a perfect toll: "has killed 90", "has been responsible for ...")
    if prior and len(sentence) - prior.end() >= 8:
        cuts.append(prior.end())
    listed = name_list_semicolons(sentence) if "; and " in sentence else set()
    for m in _BOUNDARY_FOLDED.finditer(sentence):
        pos = m.start() if m.group().strip() in ("", ",", ",?") or m.group().startswith((",", " ")) else m.end()
        if m.group().startswith(";"):
            pos = m.end()
            if m.start() in listed:
                continue  # "killed X, a commander; Y, a leader; and Z": one list of victims, not three clauses
        if pos - max(cuts) >= 12 and len(sentence) - pos >= 8 and _answered_aside(sentence, m) and \
                not _toll_goes_on(sentence, max(cuts), m.end()) and not _TITLE_INITIALS_END.search(sentence, max(0, pos - 80), pos) \
                and not (m.group().startswith(",") and _RELATIVE_ASIDE.match(sentence, m.end())) and \
                not (max(cuts) == 0 and _AND_NEXT.match(sentence, pos) and _SUBJECT_ONLY.fullmatch(sentence, 0, pos)):
            cuts.append(pos)
    for c in sorted(set(cuts))[1:]:  # "..., that an hour after the strike on X, proxies launched ...": the prior event's
        inner = PRIOR.match(sentence[c:]) if _PRIOR_WORD.match(sentence, c) else None  # clause ends at its comma
        if inner and len(sentence) - c - inner.end() >= 8 and not _SAID_AFTER.match(sentence, c + inner.end()) and \
                not _YEAR_AFTER.match(sentence, c + inner.end()):  # not inside "after the June 4, 2021 attack"
            cuts.append(c + inner.end())
    cuts = sorted(set(cuts)) + [len(sentence)]
    return [(a, b) for a, b in zip(cuts[:-1], cuts[1:]) if b > a]


_PRIOR_WORD = re.compile(r"\s*(?:after|before|following)\b", re.I)
_YEAR_AFTER = re.compile(r"[\s,]*\d{4}\b")
_SAID_AFTER = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|reported|added)\b")


#: a semicolon that goes on with a list of people, each named and described ("killed X, a commander in the unit; Y, a
#: leader of the women's units; and fighter Z"): wire style for a list whose items hold commas
_SEMICOLON_NAME = re.compile(r";\s+(?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+,\s+(?:a|an|the|his|her|their)\s")
_SEMICOLON_AND = re.compile(r";\s+and\s")


def name_list_semicolons(text: str) -> set[int]:
    """Offsets of the semicolons of ``text`` that go on with a list of named, described people, closed by "; and".

    >>> t = "It killed Ali Jaber, a commander; Omar Saleh, a leader; and fighter Ziad Haddad."; sorted(name_list_semicolons(t))
    [32, 54]
    >>> name_list_semicolons("It killed Ali Jaber, a commander; Omar Saleh, a leader.")
    set()
    """
    names = [m.start() for m in _SEMICOLON_NAME.finditer(text)] if "; and " in text else []
    if not names:
        return set()
    closing = [m.start() for m in _SEMICOLON_AND.finditer(text, names[0])]
    return set(names) | set(closing[:1]) if closing else set()


#: a relative clause set between commas before its subject's verb ("Eighteen rockets, which are linked to militias,
#: struck the base"): an aside inside the clause, not a clause of its own
_RELATIVE_ASIDE = re.compile(r"(?:which|who)\s+[^,;]{1,120},\s+(?:(?:also|then|later|reportedly|allegedly)\s+)?"
                             + _EVENT_VERB + r"\b", re.I)


#: a capitalised title and its initials after a comma ("Divisional Police Officer, DPO"): one victim, not two
TITLE_INITIALS = r"(?P<title>(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+),\s+\(?[A-Z]{2,6}\)?"
#: the same before a boundary ("a Divisional Police Officer, DPO, and two other policemen"): one list of victims goes on
_TITLE_INITIALS_END = re.compile(TITLE_INITIALS + "$")


#: "and wounded|injured ..." after the clause's own toll: the same victims' event goes on ("a drone attack that claimed
#: the lives of three soldiers and injured 40 others")
_AND_HARMED = re.compile(r"\s*and\s+(?:also\s+)?(?:wounded|injured)\b", re.I)
_TOLL_BEFORE = re.compile(r"\b(?:killed|killing|lives\s+of|life\s+of|dead|deaths\s+of)\b", re.I)


#: a verb of violence right before "and killed|wounded" ("shot and killed", "stabbed and wounded"): one act, two verbs
_PAIRED_VERB_BEFORE = re.compile(r"\b(?:shot|stabbed|beat|beaten|attacked|ambushed|abducted|kidnapped|tortured|hacked)\s*$",
                                 re.I)
_AND_HARM_VERB = re.compile(r"\s*and\s+(?:killed|wounded|injured|murdered)\b", re.I)


def _toll_goes_on(sentence: str, lo: int, at: int) -> bool:
    """Whether a boundary before "and wounded|injured" only goes on with the toll its clause has begun, or one before
    "and killed" only ends a pair of verbs of one act ("shot and killed").

    >>> _toll_goes_on("a raid that killed two guards and injured five others", 0, 29)
    True
    >>> _toll_goes_on("after gunmen shot and killed two officers", 0, 17)
    True
    """
    if _AND_HARM_VERB.match(sentence, at) and _PAIRED_VERB_BEFORE.search(sentence, max(lo, at - 20), at):
        return True  # "X shot and killed two officers": one act told with two verbs
    return bool(_AND_HARMED.match(sentence, at)) and bool(_TOLL_BEFORE.search(sentence, lo, at))


def _answered_aside(sentence: str, m: re.Match) -> bool:
    """Whether a boundary match is kept: one before "has launched|struck ..." only when the aside since the comma
    before it tells the attack the strike answers (``_ANSWERS_ATTACK``); every other boundary is kept.

    >>> s = "X, in a statement, has struck Y"; _answered_aside(s, re.search(", (?=has)", s))
    False
    >>> s = "X, in revenge for an ambush, has struck Y"; _answered_aside(s, re.search(", (?=has)", s))
    True
    """
    if not m.group().startswith(",") or not _HAS_STRUCK_RX.match(sentence, m.end()):
        return True
    lo = max(0, m.start() - 200)
    comma = sentence.rfind(",", lo, m.start())
    return comma >= 0 and bool(_ANSWERS_ATTACK.match(sentence, comma + 1, m.start()))


#: an agency's file photo, its caption led by "FILE" in capitals: "FILE - Fighters load a launcher ..."
_FILE_LEAD = re.compile(r"^\W*FILE\s*[-–—:]\s+(?=[A-Z])")


@lru_cache(maxsize=16_384)
def is_caption(sentence: str) -> bool:
    """Whether a sentence is a photo caption (credit line, file photo, or a present-tense scene with a date).

    >>> is_caption("Smoke rises from the site of a strike in Baghdad on Jan. 13, 2024. (AFP)")
    True
    >>> is_caption("Rockets hit the base on Jan. 13, officials said.")
    False
    >>> is_caption("This photo released by the army on Monday shows jets returning after strikes on the rebels.")
    True
    >>> is_caption("In this photo taken on Monday, May 4, 2020, mourners light candles at the site in Basra.")
    True
    >>> is_caption("A patrol rests at the gate. (Jane Roe /Army Command)"), is_caption("The attack killed two guards (Iraq/Syria border)")
    (True, False)
    >>> is_caption("FILE - Fighters load a launcher near Hama, Syria, May 2, 2016."), is_caption("File: 3 dead")
    (True, False)
    >>> is_caption("The scene of a previous attack in the town/XINHUA-File")
    True
    >>> is_caption("A picture received from the embassy on Dec. 31, 2019, shows soldiers taking position in the city.")
    True
    """
    if _CAPTION.search(sentence) or _CREDIT_NAME.search(sentence) or "/" in sentence and _FILE_CREDIT.search(sentence) or \
            _FILE_LEAD.match(sentence):
        return True
    return bool(_PRESENT.search(sentence) and _PHOTO_DATE.search(sentence) and not _PAST_EVENT.search(sentence))


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
