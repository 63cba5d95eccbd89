"""Counts by role: what a number in an incident report counts, and who the casualties were.

``casualties(text)`` reads killed and injured from the words that govern each count, never from
mere proximity:

* a count that is the subject of a casualty predicate: "Three security personnel **were killed**",
  "34 U.S. service members **suffered concussions and traumatic brain injuries**", "two **dead**";
* a count that is the object of a casualty verb: "**killing** three coalition personnel and
  **wounding** 12", "**claimed the lives of** four", "the **death of** an Iraqi-American contractor";
* coordinated counts share their predicate and are summed: "Two Americans and a British national
  were killed" is 3;
* counts set off by dashes or brackets restate the one before and are not added;
* "no casualties", "no one was hurt", "without causing injuries" are zero.

Who: the casualty words of the counted noun phrase (``data/reference/casualty_groups.csv``):
``us_coalition`` (a US, American, coalition or British word wins), then ``civilians``, ``militants``,
``local_forces``. A vague count ("several service members were wounded") gives no number; its
qualifier ``several`` is kept in ``qualifiers``.

``munitions(text, event_class)`` gives rockets, missiles, drones or shells a role: ``n_intercepted``
("13 were destroyed by air defences", "intercepted two drones"), ``n_hit`` ("two fell on the airbase",
"18 rockets slammed into", "hit by 14 rockets"), ``n_claimed`` inside a claim, else ``n_fired``. A count told only by
its outcome is not a number fired: "three rockets hit the base" is n_hit 3 and n_fired unknown (how many missed is
not said), as ``benchmarks/ANNOTATION.md`` annotates it; a single munition told alone ("a drone hit the base") is the
attack's one munition, fired 1. A
weapon word that only qualifies another noun ("a rocket attack", "drone strikes") counts nothing.
Named victims without a number ("killed Soleimani and al-Muhandis") are listed in ``named_killed`` and
counted (two).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .gates import opens
from .clauses import TITLE_INITIALS, split_clauses
from .counts import DEMONYMS, WORD_NUMBERS, count_rows, parse_count
from .vocabulary import PEOPLE_NOUNS, WEAPON_NOUNS, any_weapon, vocabulary

__all__ = ["casualties", "munitions", "people_group", "named_victims", "died_of_wounds", "vague_roles", "ROLE_FIELDS",
           "ATTACK_WORD"]

#: the targets named and none of them harmed: "neither the governor nor members of his family were injured" (not "neither
#: the police nor medics said how many were hurt", nor "was seriously injured")
_NOT_TOLD = r"(?!(?:said|says|say|would|could|can|how|whether|if|knew|know|confirm\w*|report\w*|gave|give)\b)"
_NEITHER_NOR = re.compile(r"\bneither\s+(?:" + _NOT_TOLD + r"[\w.'’-]+\s+){1,8}?"
                          r"nor\s+(?:" + _NOT_TOLD + r"[\w.'’-]+\s+){1,6}?"
                          r"(?:was|were)\s+(?:(?P<both>hurt|harmed)|injured|wounded)\b", re.I)

#: munitions that are fired and can hit or be intercepted (not bombs, devices, grenades)
PROJECTILES = frozenset("""rocket rockets missile missiles projectile projectiles drone drones mortar mortars shell shells
    round rounds grad grads katyusha katyushas uav uavs uas munition munitions""".split())
ROLE_FIELDS = ["n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured"]
_ADV = r"(?:(?:(?:confirmed|reported|said|believed|thought)\s+(?:by\s+(?:the\s+)?[\w-]+\s+)?(?:as\s+having|to\s+have)\s+" \
       r"been|also|all|both|reportedly|later|slightly|lightly|seriously|critically|badly|severely|fatally|mortally|" \
       r"allegedly|subsequently|initially|each|then|since|now|among\s+(?:those|the)|(?:reported|confirmed|listed)\s+as|" \
       r"[a-z]{3,}ly|" \
       r"reported|confirmed|left|" \
       r"(?:shot|stabbed|attacked|struck)\s+and|" \
       r"suffered\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:heart\s+attack|cardiac\s+arrest|wounds?|injur(?:y|ies)|burns)\s+and)\s+)*"
_AUX = r"(?:(?:(?:were|was|are|is)\s+being|were|was|are|is|have\s+been|has\s+been|had\s+been|have|has|had|got|being|been|" \
       r"who\s+were|who\s+was)\s+)?"
_KILL_PRED = re.compile(r"^[\s,]*(?:who\s+)?" + _AUX + _ADV + r"(?:killed|dead|slain|died|dies?(?!-)|perished|martyred|"
                        r"slaughtered|massacred|assassinated|executed|beheaded|murdered|lynched|shot\s+dead|struck\s+down|(?:shot|stabbed|beaten)\s+to\s+death|gunned\s+down|burnt\s+to\s+death|burned\s+to\s+death|"
                        r"lost\s+(?:their|his|her)\s+li(?:fe|ves)|(?:fell|falling)\s+as\s+martyrs?|(?:fatally|mortally)\s+(?:wounded|injured))\b",
                        re.I)
_INJ_PRED = re.compile(r"^[\s,]*(?:who\s+)?" + _AUX + _ADV + r"(?:wounded|injured|hurt|hospitali[sz]ed|"
                       r"(?:taken|rushed|admitted|evacuated|transferred|brought|airlifted)\s+to\s+(?:a\s+|the\s+|nearby\s+|local\s+|two\s+|three\s+|"
                       r"several\s+|various\s+|different\s+)*hospitals?|"
                       r"(?:suffered|suffers|suffering|sustained|sustains|sustaining|received|reported|to\s+(?:suffer|sustain|receive)|(?:treated|evaluated|assessed|monitored|screened)\s+for|"
                       r"(?:undergo(?:ing|es)?|underwent)\s+(?:medical\s+)?(?:evaluations?|testing|tests|screening|assessments?)\s+for|"
                       r"diagnosed\s+with|were\s+treated\s+for|"  # the care as a noun, in any tense: "are getting treatment for"
                       r"(?:receiv(?:ing|es?)|get(?:ting|s)?|undergo(?:ing|es)?|underwent|need(?:ing|ed|s)?|requir(?:ing|ed|es?))\s+"
                       r"(?:urgent\s+|emergency\s+|hospital\s+)?(?:medical\s+)?(?:treatment|care|attention)\s+for)"
                       r"\b[^.;]{0,80}?\b(?:injur\w*|wound\w*|concussions?|brain|TBI))\b", re.I)
_OBJ = r"\s+(?:(?:[^.;,:]{0,60}?\s)?and\s+)?(?:all\s+|both\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+|another\s+|a\s+further\s+|between\s+)?$"  # "killing his brother and (at least) three..."; "killed all three"
#: what follows an active casualty verb: its object ("killed nine soldiers", "wounded a policeman")
_ACTIVE = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+)?(?:a|an|the|his|her|another|"
                     r"their|its|both|all|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                     r"several|dozens|scores|many|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                     r"February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+)\b")
#: a second toll that ends its clause right after a casualty verb, as headlines run two tolls together
#: ("two guards dead, 9 hurt as ..."): not "killed 20 injured others" (a noun after it) nor "killed 12 wounded 20"
_NEXT_TOLL = re.compile(r"[\s,]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+"
                        r"(?:(?:more|others)\s+)?(?:wounded|injured|hurt)\b"
                        r"(?=\s*[.;]?\s*$|\s*,|\s+(?:after|as|in|when|during)\b)", re.I)
#: a count that owns the casualty noun after it: "one militia member's death", "two guards' injuries"
_POSSESSED = re.compile(r"^(?:['’]s?)?\s+(?:[\w-]+\s+)?(deaths?|injur(?:y|ies)|wounds?)\b", re.I)
_BE_AUX = re.compile(r"[\s,]*(?:who\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got|being|been)\b", re.I)
_CONDITION = re.compile(r"^[\s,]*(?:(?:were|was|are|is|remains?|remained)\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|"
                        r"stable|fair)\s+condition\b|^[\s,]*(?:(?:was|is|remains?|remained|were|are)\s+)?in\s+a\s+coma\b|"
                        r"^[\s,]*with\s+(?:(?!(?:others?|sustaining|suffering|receiving|having|nursing)\b)[\w-]+\s+){0,3}?"
                        r"(?:injuries|wounds)\b", re.I)
# ... "left two soldiers with minor injuries" (not "seven dead, with several others sustaining injuries": others, hurt)
#: a verb of lives taken, before whose dead it stands: "claimed the lives of four", "took the lives of a woman and two guards"
_LIVES_OF = r"(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes)|cost(?:ing|s)?)\s+(?:the\s+)?li(?:ves|fe)\s+of"  # "claiming the life of"
_KILL_VERB = re.compile(r"\b(?:kill(?:ed|ing|s)?|shot\s+dead|shooting\s+dead|gunned\s+down|" + _LIVES_OF + r"|deaths?\s+of|martyrdom\s+of|martyring|"
                        r"loss(?:es)?\s+of|"  # "reported the loss of five members"
                        r"killings?\s+of|assassinat\w+|execut(?:ed|ing)|slayings?\s+of|slaying|left\s+dead|murder(?:ed|ing)|"
                        r"behead(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|lynch(?:ed|ing))" + _OBJ, re.I)
_INJ_VERB = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|injur(?:y|ies)\s+to|wounds\s+to|"
                       r"injur(?:y|ies)\s+of|wounding\s+of|injuries\s+(?:on|among))" + _OBJ, re.I)  # "the injury of 3"
_PP = re.compile(r"^(?:\s+(?:forces|fighters|members|troops|soldiers|militiamen)\s+(?=(?:were|was|had|have)\b))?"
                 r"(?:(?:\s*\b(?:of|from|in(?!\s+addition\b)|with|for|at|on|aboard|inside)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:while|whereas|when|"
                 r"but|said|says|say|told|added|stated|announced|confirmed|reported)\b)(?:[A-Za-z.'’-]+|\d+(?:st|nd|rd|th))(?:\s+|(?=,))){0,5}?){1,2}|"  # not "killing six in the town while
                 # others were hurt"; a unit's ordinal is a word of its name ("from the 1st Brigade of the 82nd Division")
                 r"\s+(?:\w+ing|stationed|based|deployed|serving|affiliated|linked|loyal|attached|assigned|allied)\s+(?:[\w'’.-]+\s+){0,7}?)?"
                 r"(?:,\s*[^,;()]{3,70}?(?:\s*\([A-Z][\w.-]{1,10}\))?,\s*|\s*\([^()]{1,60}\)\s*|,\s*){0,2}"  # ", members of X (XY),"
                 r"(?=(?:who\s+)?(?:were|was|are|is|have|has|had|got|suffered|sustained|reported\s+(?:minor\s+|serious\s+)?injur|died|killed|wounded|injured|"
                 r"executed|shot|dead|lost|fell|falling)\b)")
_OF_PP = re.compile(r"^\s+of\s+(?:the\s+|a\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}(?:forces|army|police|group|militia)?")
#: heads of counted noun phrases that are never people
NOT_PEOPLE = frozenset("""attack attacks strike strikes airstrikes times days weeks months years hours minutes vehicle vehicles
    car cars truck trucks building buildings house houses home homes site sites base bases position positions target
    targets village villages town towns occasions incidents rounds kilometres kilometers miles meters metres percent
    dollars tons weapons launchers depots facilities tanks points locations areas airstrike air-strike bombing
    bombings raid raids explosion explosions blast blasts barrage barrages salvo salvos volley volleys assault assaults
    ambush ambushes operation operations losses damages
    animals livestock cattle cows sheep goats camels donkeys horses mules dogs chickens""".split())
_NUM = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?!,\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
       r"seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|forty(?:-\w+)?|fifty)(?:\s+dozen)?|dozens|several|" \
       r"a\s+dozen|an?\s+hundred)"
_QUAL = r"(?:(?P<q>at\s+least|more\s+than|over|about|around|nearly|some|up\s+to|as\s+many\s+as|an\s+estimated|approximately)\s+)?"
_BARE_AFTER = re.compile(r"(?<![Nn]o\s)(?<!\bnot\s)(?<!\bof\sthe\s)\b" + _QUAL + r"(?P<n>" + _NUM + r")\s+"
                         r"(?:of\s+(?:them|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\s+)?"
                         r"(?:(?:others?|more|people|persons)\s+)?" + _AUX + _ADV
                         + r"(?P<c>killed|dead|died|dies?(?!-)|wounded|injured|hurt|"
                         r"(?:treated|hospitali[sz]ed)\s+for\s+(?:[\w-]+\s+){0,3}?(?:injur\w*|wounds))\b", re.I)
#: plural attackers or blasts that kill, headline-style ("Basra bombs kill 74 and injure hundreds"), unlike a rate
#: ("landmines still kill about 20 a month": no such subject right before the verb)
_PLURAL_KILLERS = ("bombs", "bombings", "blasts", "explosions", "attacks", "strikes", "airstrikes", "gunmen", "militants",
                   "raids", "bombers", "attackers", "rockets", "shells", "drones", "missiles", "clashes", "assailants")
_BARE_BEFORE = re.compile(r"\b(?P<c>kill(?:ed|ing|s)|(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!may\s)(?-i:Kill)|"
                          r"(?:" + "|".join(rf"(?<={w}\s)" for w in _PLURAL_KILLERS) + r")kill|"
                          r"kill(?=\s+[^.;,]{1,30}?\band\s+(?:wound|injure)\b)|"
                          # a headline verb after its subject's aside ("Twin bombings ..., blamed on X, kill at least 118")
                          r"(?<=,\s)kill(?=\s+(?:at\s+least|more\s+than|over|nearly|about|some|up\s+to)\s)|"
                          r"(?<=\d\sand\s)(?:wound|injure)|"
                          r"martyr(?:ed|ing)|" + _LIVES_OF + r"|wound(?:ed|ing|s)|injur(?:ed|ing|es)|death\s+of|injury\s+of|"
                          r"injuries\s+to|wounds\s+to)\s+" + _QUAL + r"(?:another\s+)?(?P<n>" + _NUM
                          + r"|another(?=\s*(?:[.,;]|$|\s+and\s|\s+(?:person|man|woman|one|policeman|soldier|civilian)\b))|"
                          r"one\s+other)\b(?!\s*(?:-|of\s+the\s+)?(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(WEAPON_NOUNS)) + r")\b)"
                          r"(?!\s+(?:years?|months?|days?|weeks?|hours?|times|percent|%|(?:a|per|every|each)\s+(?:day|week|month|"
                          r"year)\b|jobs|posts|seats|points|euros|dollars|pounds|bills|deals|plans|projects))", re.I)
#: lives a count of dead is told as: "claiming over 1,200 lives", "the attack took 31 lives"
_LIVES = re.compile(r"\b(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes)|cost(?:ing|s)?)\s+(?:the\s+)?" + _QUAL + r"(?P<n>" + _NUM
                    + r")\s+(?!(?:hundred|thousand|million|billion)s?\b)(?:[\w-]+\s+)?lives\b", re.I)  # not "5 million lives"
#: "casualties", or "casualty" standing alone ("without damage or casualty"), never before a noun it qualifies ("no
#: casualty figures", "no mass casualty event"): the word of a report of none
_CASUALTIES_SAID = r"casualt(?:ies|y(?=\s*(?:[.,;:)]|$)|\s+(?:or|and|was|were|has|had|reported)\b))\b"
_NONE_BOTH = re.compile(r"\bzero\s+casualties\b|\bno\s+(?![^.;]{0,40}?\b(?:civilian|information|details?|word|data|figures|news|updates?|comment|confirmation)\b)(?:[\w.'’-]+(?:,\s*|\s+(?:or|and)\s+|\s+)){0,4}?" + _CASUALTIES_SAID + r"|"
                        r"\bno\s+(?:injuries|deaths),\s+casualties|\bno\s+casualties\s+(?:or|and)\s+|\blimited\s+to\s+material|"
                        r"\bmaterial\s+(?:losses|damage)\s+only|\bonly\s+material\s+(?:damage|losses)|\bwithout\s+(?:causing\s+)?"
                        r"(?:any\s+)?(?:(?:damage|losses|harm)\s+(?:or|and)\s+)?" + _CASUALTIES_SAID + r"|\bno(?:body|\s+one)\s+(?:was|were)\s+(?:hurt|harmed)|\bdid\s+not\s+"
                        r"(?:cause|result\s+in)\s+(?:any\s+)?(?![^.;]{0,40}?\bcivilian)(?:[\w.'’-]+(?:,\s*|\s+(?:or|and)\s+|\s+)){0,4}?casualties|\bcaus(?:ed|ing)\s+no\s+" + _CASUALTIES_SAID + r"|"
                        r"\bdid\s+not\s+(?:indicate|show|report)\b[^.;]{0,40}?\b(?:injuries|casualties)\b|"
                        r"\bno\s+(?:(?:immediate|reported)\s+)?human\s+(?:(?:or|and|nor)\s+material\s+)?(?:losses|damage|loss)\b|"
                        r"\b(?:neither|none)\b[^.;]{0,40}?\b(?:caused|resulted\s+in|led\s+to|left)\s+(?:any\s+)?casualties\b|"
                        r"\bfail(?:ed|ing|s)\s+to\s+cause\s+(?:any\s+)?casualties\b(?!\s+among\b)|"
                        r"\b(?:no\s+|without\s+(?:any\s+)?)(?:human\s+)?victims\b(?!\s+(?:among|from|of|in|on|had|have|has|were|was|"
                        r"are|is|left|came|come|to|who|that|yet)\b)",  # "no victims this time": as wire copy says "no casualties"
                        re.I)  # "no human or material damage": as wire copy says "no casualties"
_NONE_INJ = re.compile(r"\bno\s+(?:(?:immediate|reported|known)\s+)?(?:injuries|one\s+was\s+(?:injured|wounded))|"
                       r"\bescap(?:ed|ing)\s+(?:without\s+)?(?:injury|injuries)\b|"
                       r"\bno\s+(?:(?:current|immediate|initial|known|further)\s+)?reports?[\"”’']?\s+of\s+(?:any\s+)?(?:damage\s+(?:or|and)\s+)?injur(?:y|ies)\b|"
                       r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,3}?(?:members|troops|personnel|soldiers|forces|Americans|"
                       r"contractors)\s+(?:were\s+)?(?:injured|wounded|hurt)\b|"
                       r"\bno\s+reports?\s+of\s+(?:any\s+)?(?:injured|wounded)\s+(?:persons|people|personnel)\b|"
                       r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,5}?(?:was|were|ha(?:ve|s|d)\s+been)\s+(?:\w+\s+)?(?:killed\s+or\s+)?(?:injured|wounded|hurt)\b|"
                       r"\bno(?:body|\s+one)\s+(?:was|were)\s+(?:injured|wounded)|\bwithout\s+(?:causing\s+)?"
                       r"(?:any\s+)?injur|\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:cause|result\s+in|lead\s+to)\s+(?:any\s+)?injur(?:y|ies)\b"
                       r"(?!\s+among\b)",
                       re.I)
_NONE_KILL = re.compile(r"\bno\s+(?:(?:immediate|reported|known)\s+)?(?:deaths|fatalities)|\bnor\s+any\s+(?:deaths|fatalities)\b|"
                        r"\bwithout\s+(?:causing\s+)?(?:any\s+)?human\s+(?:deaths?|losses|casualties)\b|"
                        r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,5}?(?:was|were|ha(?:ve|s|d)\s+been)\s+(?:\w+\s+)?(?:(?:injured|wounded|hurt)\s+or\s+)?killed\b|\bno(?:body|\s+one)\s+"
                        r"(?:was|were)\s+killed|\bnon-lethal\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:\w+\s+(?:or|and)\s+)?"
                        r"(?:deaths|fatalities|loss of life)", re.I)
_INTERCEPT_AFTER = re.compile(r"^[\s,]*(?:of\s+(?:them|which|the\s+\w+)\s+)?"
                              r"(?:(?:rigged|armed|loaded|laden|packed|fitted|equipped)\s+with\s+(?:[\w-]+\s+){1,3}?)?"  # "drones
                              + _AUX + _ADV +  # rigged with explosives were destroyed"
                              r"(?:intercepted|shot\s+down|downed|brought\s+down|taken\s+down|struck\s+down|knocked\s+down|destroyed|thwarted|neutrali[sz]ed|diverted|"
                              r"deflected)\b", re.I)
_INTERCEPT_BEFORE = re.compile(r"\b(?:intercept(?:ed|ing)?|shot\s+down|shoot(?:ing)?\s+down|downed|downing|destroyed|"
                               r"(?:br(?:ing|ings|inging|ought)|t(?:ake|akes|aking|ook))\s+down|"
                               r"diverted|deflected|destroying|(?<=\band\s)destroy|(?:successfully\s+)?engaged|interception\s+of|"
                               r"thwart(?:ed|ing)|foil(?:ed|ing)|repel(?:led|ling))\s+"
                               r"(?:(?:late\s+|early\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|"
                               r"morning|evening|afternoon))?\s+|overnight\s+)?"  # "downed on Friday a rocket and ..."
                               r"(?:(?:the|all|both)\s+|(?:\w+\s+)?of\s+the\s+)?$", re.I)
#: a singular munition without its article after "attacked by" ("the base was attacked by drone", "came under attack
#: from a one-way drone"), or one attack told "single" ("targeted by a single rocket attack")
_BY_ONE = re.compile(r"\b(?:(?:attacked|targeted|struck|hit)\s+(?:by|with)|under\s+attack\s+(?:from|by))\s+(?:(?:a|an|one|a\s+single)\s+[\"“]?"
                     r"(?:[\w-]+\s+){0,3}?)?(?:drone|rocket|missile|uav)\b(?![\w-])[\"”]?"
                     r"(?!\s+(?:and|or|fire|strikes?|attacks?|barrage|salvo)\b)|"
                     r"\b(?:by|in|with)\s+a\s+single\s+(?:[\w-]+\s+){0,2}?(?:drone|rocket|missile|uav)\s+(?:attack|strike)\b", re.I)
#: a death of natural causes, told apart from the attack's ("a clerk died in the bunker of cardiac arrest", "she lost
#: her life hours later because of an illness", "a cook was killed after having a heart problem")
_NOT_BY_ATTACK = re.compile(r"\b(?:(?:(?:died|lost\s+(?:his|her|their)\s+li(?:fe|ves))\s+(?:[\w-]+\s+){0,4}?|(?:dies|death)\s+)"
                            r"(?:of|from|due\s+to|after\s+(?:suffering|having)|following|because\s+of)|killed\s+after\s+"
                            r"(?:suffering|having))\s+(?:an?\s+)?(?:apparent\s+|suspected\s+|possible\s+)?(?:cardiac|heart|"
                            r"natural\s+causes|medical\s+(?:condition|emergency|problem|issue|complication)|non-combat|illness)",
                            re.I)
#: the one munition left after the others were stopped, that got through: "while the remaining drone hit the compound"
_REST_HIT = re.compile(r"\b(?:the\s+(?:remaining|other|last|third|second|fourth)|a\s+(?:third|second|fourth)|another)(?:\s+(?:one|drone|"
                       r"rocket|missile|projectile|uav|shell))?\s+(?:\w+ly\s+)?(?:hit|struck|landed\s+(?:in|on|inside)|"
                       r"fell\s+(?:in|on|inside)|impacted|exploded\s+(?:in|on|inside)|caused\s+(?:[\w-]+\s+)?(?:injuries|damage|"
                       r"casualties))\b", re.I)
#: interceptions told as a part of those fired: "shot down 34 out of 35 drones", "destroyed 12 of the 15 missiles"
_PART_OF = re.compile(r"\b(?:intercept(?:ed|ing)|shot\s+down|shooting\s+down|downed|downing|destroyed|destroying)\s+"
                      r"(?P<a>\d+|[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+)?(?P<b>\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:rockets|missiles|drones|projectiles|shells|uavs)\b", re.I)
#: a single munition named with "the" that struck: "the mortar landed on a house", "the rocket hit the base"
_THE_ONE_HIT = re.compile(r"(?:\b(?:the|a|an)\s+|^\W*(?=[A-Z]))(?:[\w‘’'“”\"-]+\s+){0,2}?(?:rocket|missile|drone|mortar|mortar\s+(?:round|shell)|"
                          r"projectile|uav|unmanned\s+aerial\s+(?:system|vehicle))"
                          r"(?:\s+(?:packed|laden|loaded|armed|rigged|filled)\s+with\s+(?:[\w-]+\s+){0,2}?(?:explosives?|bombs?|"
                          r"munitions|warheads?))?"  # "a drone packed with explosives hit the base"
                          r"(?:\s+(?:on|early|late|last)\s+(?:\w+day|night|week)|\s+overnight)?"  # "a drone on Wednesday struck the base"
                          r"(?:\s+(?:that\s+|which\s+)?(?:it|they|he|she|officials)\s+said\s+was\s+[^,.;]{1,40}?)?"  # "a drone it said was Iranian"
                          r"(?:,?\s+(?:that|which)(?=\s+(?:\w+ly\s+)?(?:hit|struck|impacted)\b))?"  # "a drone that impacted the camp"
                          r"\s+(?:\w+ly\s+)?(?:hit|hits|struck|slam(?:med|s)\s+into|crash(?:ed|es)\s+into|came\s+down\s+on|impacted|delivered\s+a\s+strike\s+on|"
                          r"(?:landed|fell|exploded)\s+(?:on|in|inside|into))\b", re.I)
#: one drone that dropped its load ("a hostile drone dropped explosives on the airport")
_DROPPED = re.compile(r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:drone|uav)\s+(?:\w+ly\s+)?(?:dropped|released)\s+"
                      r"(?:\w+\s+)?(?:explosives|bombs?|munitions|grenades?|explosive|payload)\b", re.I)
#: one munition told as the means of an attack verb: "attacked the base using an unmanned aerial vehicle", "targeted
#: the post with a drone" (not "with a drone attack", "with a rocket launcher")
_ONE_MEANS = re.compile(r"\b(?:attack(?:ed|s|ing)|target(?:ed|s|ing)|struck|strik(?:es|ing)|hit|bomb(?:ed|ing))\s+"
                        r"(?:[^\s.;]+\s+){1,12}?(?:using|with|by)\s+(?:a|an|one|a\s+single)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:drone|uav|unmanned\s+aerial\s+vehicle|rocket|missile|projectile|mortar\s+(?:round|shell))"
                        r"\b(?!\s*(?:attack|strike|launcher|swarm|barrage|salvo|fire|unit|team|operator|system)s?\b)", re.I)
#: one munition as the subject of a toll: "the missile that killed two guards", "a rocket which wounded a guard"
_ONE_KILLER = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:rocket|missile|drone|mortar\s+(?:round|shell)|projectile|uav)"
                         r",?\s+(?:that|which)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\b", re.I)
#: the one munition told with a passive of firing: "the drone was fired by militants", "the missile had been launched from X"
#: (not a place told by it: "the hill from which the rocket was launched")
_THE_ONE_FIRED = re.compile(r"(?<!which\s)(?<!where\s)\bthe\s+(?:[\w-]+\s+){0,2}?(?:rocket|missile|drone|mortar\s+(?:round|shell)|projectile|uav)\s+"
                            r"(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:fired|launched)\b", re.I)
#: one more munition of the same kind, fired at another target: "and another was launched at the airport"
_ANOTHER = re.compile(r"\banother(?:\s+(?:one|drone|rocket|missile|projectile|uav))?\s+(?:was|had\s+been)\s+(?:\w+\s+)?"
                      r"(?:fired|launched)\b", re.I)
#: interceptions counted by a determiner: "the drone was shot down" (1), "both were intercepted" (2)
_DET_INTERCEPT = re.compile(r"\b(?:(?P<one>the|a|one)\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|projectile|uav)|"
                            r"the\s+(?:second|third|other|last|remaining)(?:\s+(?:one|drone|rocket|missile))?|"
                            r"(?P<two>both)(?:\s+of)?(?:\s+(?:them|these|those|the))?(?:\s+(?:drones|rockets|missiles|projectiles))?)"
                            r"(?:,[^,;.]{1,40},)?,?\s+"  # an apposition: "a drone, identified as armed, was shot down"
                            r"(?:(?:which|that)\s+)?"  # a relative: "attacked by a drone which was shot down"
                            r"(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:intercepted|(?:shot|struck|knocked|brought)\s+down|downed|"
                            r"destroyed\s+(?:in\s+(?:the\s+)?air|by\s+air)|neutrali[sz]ed)\b", re.I)
#: one munition named with a demonstrative, stopped by the defenders: "shot down the drone", "destroyed that particular
#: drone over the desert" ("destroyed" only with a word of flight after it; not "destroyed the drone factory", "the
#: missile battery", nor the defenders' own aircraft: "shot down the drone, a US MQ-9")
_DET_MUNITION = (r"\s+(?:the|that|this)\s+(?:particular\s+|single\s+|lone\s+|incoming\s+|first\s+|second\s+|third\s+)?"
                 r"(?:drone|rocket|missile|projectile|uav)"
                 r"\b(?![\w-]|\s+(?:attacks?\b|barrages?\b|salvos?\b|strikes?\b|"  # "intercepted the missile attack": no munition
                 r"launch|factor|facilit|sites?\b|storage|depots?\b|bases?\b|workshops?\b|warehouses?\b|"
                 r"units?\b|teams?\b|cells?\b|programs?\b|operators?\b|capabilit|batter(?:y|ies)\b|systems?\b|ground\b|"
                 r"stations?\b|control|command|pads?\b|production|plants?\b)|\s*,?\s*(?:an?\s+|the\s+)?(?:U\.?S\.?|American|"
                 r"MQ-\d|Reaper|Predator|coalition)\b)")
#: an interception told done with the infinitive ("were able to intercept", "managed to intercept"; not "failed to",
#: "unable to" or a purpose, "engaged to intercept")
_INTERCEPT_DONE = r"(?:(?<=\bable\sto\s)|(?<=\bmanaged\sto\s))(?<!unable\sto\s)(?<!not\sable\sto\s)intercept"
_DET_INTERCEPT_ACTIVE = re.compile(r"\b(?:(?:intercepted|intercepting|" + _INTERCEPT_DONE + r"|shot\s+down|shooting\s+down|downed|"
                                   r"downing)" + _DET_MUNITION +
                                   r"|(?:destroyed|destroying)" + _DET_MUNITION + r"(?=\s+(?:in\s+(?:the\s+)?air|in\s+flight|"
                                   r"mid-?air|over|before\s+it\s+(?:reached|hit|struck))\b)|"
                                   r"(?:shoot|shot|shooting|bring|brought|bringing)\s+(?:the|that|this)\s+(?:lone\s+|incoming\s+)?"
                                   r"(?:drone|rocket|missile|projectile|uav)\s+down\b)", re.I)  # "shoot the drone down"
#: a non-state shooter just before the verb: "militants shot down the drone" downs an aircraft, not a munition
_NON_STATE_SHOOTER = re.compile(r"\b(?:militants?|militias?|rebels?|insurgents?|fighters|gunmen|jihadists?|Houthis?|"
                                r"Hezbollah|Hamas|the\s+group)\b(?:(?!\band\b)[^.;,]){0,40}$", re.I)
_HIT_AFTER = re.compile(r"^[\s,]*(?:of\s+(?:them|which|the\s+\w+)\s+)?" + _AUX + _ADV + r"(?:\w+ly\s+)?(?:hit|struck|"
                        r"(?<=\s)(?:impacting|hitting|striking|slamming\s+into|landing\s+(?:on|in|inside))|"
                        r"landed|fell|fallen|impacted|slammed|smashed|crashed|rained|exploded\s+(?:in|inside|on|at|near)|"
                        r"(?:hits|strikes?|slams?|smash(?:es)?|crash(?:es)?|impacts?|lands?|falls?)(?=\s+(?:into|on|in|inside|the|a|an)\b)|"
                        r"(?:land|fall)(?=\s+(?:in|inside|on|near)\b)|"  # "saw three shells land in the field"
                        r"(?<=\s)(?:killed|wounded|injured)(?=\s+(?!(?:by|in|when|as|and|or)\b)\w))\b",  # "three rockets
                        # killed four residents": told by what they did, they struck (ANNOTATION.md: n_hit)
                        re.I)
#: a participial or relative modifier between a counted munition and its verb ("three drones directed at the base")
_MODIFIER = re.compile(r",?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:(?!including\b)\w+ing|directed|aimed|launched|fired|bound|laden|"
                       r"armed)\b(?:(?![,;]\s*(?:and\s+|but\s+)?(?:only\s+|just\s+)?(?:some\s+|about\s+|around\s+|roughly\s+|"
                       r"nearly\s+|at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fifteen|twenty)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,100}?(?=\s+(?:was|were|had\s+been|have\s+been|has\s+been|hit|struck|"
                       r"slammed|smashed|crashed|landed|fell|impacted)\s)|"  # "three drones carrying explosives struck"
                       r",\s+(?:which|that)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+[^,;.]{1,100},(?=\s+(?:hit|struck|"
                       r"slammed|smashed|crashed|landed|fell|impacted)\s)", re.I)  # "18 rockets, which are linked to X, struck"
#: defenders who "shot" the counted munitions: "navy troops shot one drone that was heading for the port" (shot down)
_FORCES_SHOT = re.compile(r"\b(?:forces|troops|defen[cs]es|soldiers|military|army|navy|guards)\s+(?:\w+\s+)?shot\s+$", re.I)
#: a counted munition's modifier that says they were fired: "three missiles, fired by gunmen at dawn, struck the camp"
_FIRED_MODIFIER = re.compile(r",?\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:fired|launched)\b", re.I)
_NEAR = re.compile(r"\s+(?:near|close\s+to|outside|short\s+of|in\s+the\s+vicinity\s+of|around|nearby)\b", re.I)

_HIT_BEFORE = re.compile(r"\b(?:hit|struck)\s+by\s+$", re.I)
#: a count the attackers claim to have fired: "claiming to have fired 24 rockets", "claimed it launched five drones"
_CLAIMED_FIRE = re.compile(r"\bclaim(?:ed|ing|s)?\s+(?:to\s+have\s+|(?:that\s+)?(?:it|they)\s+(?:had\s+)?)?(?:fired|launched)\s+$",
                           re.I)
_BARE_MUNITION = re.compile(r"(?<![-/])\b" + _QUAL + r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"thirteen|fourteen|fifteen|twenty)\s+(?:of\s+(?:them|which|the\s+\w+)\s+|(?:that|which)\s+)?" + _AUX + _ADV +
                            r"(?:(?:directly|successfully)\s+)?(?P<v>intercepted|shot\s+down|downed|destroyed|hit|landed|fell|struck|impacted)\b", re.I)
#: one attack sized by its munitions: "a 30-plus rocket attack", "an 18-rocket barrage" (the noun phrase after the number)
_SIZED_VOLLEY = re.compile(r"^(?:rocket|missile|drone|mortar|projectile|katyusha)\s+(?:attack|barrage|salvo|volley)$", re.I)
_ONE_DEATH = re.compile(r"\b(?:the\s+)?(?:death|killing)\s+(?:by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+"
                        r"(?:(?:last|this)\s+\w+\s+|on\s+\w+\s+)?)?of\s+(?:(?:an?|one|the)\s+)?(?:[A-Z][\w'’-]*\s+|Gen\.\s+|"
                        r"general\s+|commander\s+|leader\s+){1,4}[A-Z][\w'’-]+(?!\s+and\b)(?!,\s+[A-Z][\w-]+\s+and\b)")
#: one named person as the subject of a death ("Nawres Hamid, a U.S. contractor, died in a similar attack", "According
#: to witnesses, Ali Hassan was shot dead outside his shop")
_NAMED_DIED = re.compile(r"^\W*(?:[Aa]ccording\s+to\s+[^,;]{1,50},\s+)?[A-Z][\w'’.-]+\s+(?:(?:[A-Z][\w'’.-]+|[ae]l-[\w'’-]+|bin|ibn)\s+){0,2}(?:[A-Z][\w'’-]+|"
                         r"[ae]l-[\w'’-]+)(?:,[^,;]{3,80},)?\s+(?:was\s+(?:\w+\s+)?killed|"
                         r"died|was\s+shot\s+dead)\b")
#: one person named (two to four name words, or one with a "who" clause) as the subject of a death predicate after an
#: opening phrase or a verb of saying ("On the same day, X Y was killed by gunmen", "a source said X Y was fatally shot",
#: "In another incident, X Y lost his life when ...", "X, who was waiting for a bus, died instantly")
_NAME_WORD = r"(?:[A-Z][\w'’.-]+|[ae]l-[\w'’-]+)"
#: a person's role written before the name ("Shia militia commander Abu Taqwa", "local journalist Ann Lee")
_ROLE_BEFORE_NAME = (r"(?:(?:[A-Z][\w'’-]+\s+)?(?:[a-z][\w-]+\s+){0,2}(?:commander|leader|chief|official|officer|general|"
                     r"colonel|cleric|journalist|reporter|activist|militant|fighter|soldier|contractor|politician|lawmaker|"
                     r"judge|mayor|governor|businessman|engineer|doctor)\s+)?")
_NAMED_SUBJECT_DIED = re.compile(
    r"(?:^\W*|,\s+|\b(?:said|says|that)\s+)(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|In|On|At|After|"
    r"When|While|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)"
    r"(?:" + _ROLE_BEFORE_NAME + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|bin|ibn)){1,3}(?:,[^,;]{3,80},)?|"
    r"[A-Z][\w'’-]+,\s+who\s+[^,;]{3,80},)"
    r"\s+(?:was\s+(?:\w+ly\s+)?(?:killed|assassinated|executed|gunned\s+down|shot\s+(?:dead|to\s+death|and\s+killed))|"
    r"was\s+fatally\s+(?:shot|wounded|stabbed)|died|lost\s+(?:his|her)\s+life|succumbed)\b")
#: one person named by a single name after an opening phrase as the subject of an assassination ("On Saturday, X was
#: gunned down in ..."): a name, not a pronoun or a quantifier
_ONE_NAME_GUNNED = re.compile(r"(?:,\s+|^\W*)(?!(?:No|None|Nobody|Everyone|Someone|Anyone|One|Each|It|He|She|They|We|This|"
                              r"That|The|An?|Police|Troops|Soldiers|Forces|Gunmen|Militants)\b)[A-Z][\w'’-]{2,}"
                              r"(?:,\s+(?:the|a|an)\s[^,;]{3,80},)?\s+was\s+"  # "Haniyeh, the political leader of Hamas, was"
                              r"(?:assassinated|gunned\s+down|shot\s+dead)\b")
#: one person named with a title as the subject of a killing ("since Hamas leader X Y was killed in Tehran")
_TITLED_KILLED = re.compile(r"(?:^\W*|\b(?:since|after|when|as|that|because|while|and)\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:leader|commander|chief|general|head|official|spokesman|founder|cleric|deputy|minister)\s+"
                            r"(?:[A-Z][\w'’.-]+\s+|[ae]l-[\w'’-]+\s+){1,3}(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?"
                            r"(?:killed|assassinated|shot\s+dead)\b")
#: an aside between dashes or brackets after a subject ("ten civilians – among them two children – were killed")
_ASIDE = re.compile(r"\s*(?:[—–]|\s-\s|\()[^—–()]{1,100}?(?:[—–]|\s-(?=\s)|\))", re.I)
_APPOSITION = re.compile(r"\s*[—–(]|\s+-\s")
#: a dateline before a dash that opens the sentence ("Homs, AGENCY – Two guards were killed"): no apposition
_DATELINE_DASH = re.compile(r"\s*(?:date[:\s]+\d{4}-\d\d-\d\d\s+)?(?:[*\u2022\u00b7]\s*)?(?:[\[{][^\]}]{0,12}[\]}]\s*)?(?:(?:[A-Z][\w'’.()/-]*|\d{1,4})(?:[\s,]+|(?=[—–-]))){1,6}(?:\(\w[^()]{0,30}\)\s*)?"
                            r"[—–-]\s*(?:\(\w[^()]{0,30}\)\s*[—–-]\s*)?|\s*(?:\(\w[^()]{0,30}\)\s*)?[—–]\s*")  # "* X -" (a list's bullet), "{PI:84} X –", "HASAKAH, Syria (North Press) –", "DAMASCUS, Sept 7 (AGENCY) –", after a page's stamp "date 2023-03-24 X (AP) —", "X — (AP) —", a lone "— " or "(AP) — "
_QUAL_LABEL = {"at least": "at_least", "more than": "more_than", "over": "more_than", "about": "about",
               "around": "about", "nearly": "about", "some": "about", "up to": "at_most", "as many as": "at_most",
               "an estimated": "about",
               "approximately": "about"}


_DOTTED_WORD = re.compile(r"[A-Za-z.]+")
_US_WORD = re.compile(r"\bU\.?S\.?\b|\bAmerican")


def people_group(noun_phrase: str) -> str:
    """Who a counted noun phrase names: us_coalition, civilians, militants, local_forces or ''.

    >>> people_group("U.S. civilian contractor"), people_group("security personnel"), people_group("Iraqi civilians")
    ('us_coalition', 'local_forces', 'civilians')
    """
    words = {w.lower().replace(".", "") for w in _DOTTED_WORD.findall(noun_phrase)}
    groups = {vocabulary().groups[w] for w in words if w in vocabulary().groups}
    if _US_WORD.search(noun_phrase):
        groups.add("us_coalition")
    for g in ("us_coalition", "civilians", "militants", "local_forces"):
        if g in groups:
            return g
    return ""


def _qualifier(text: str) -> str:
    """Qualifier label of a count phrase ('' when exact)."""
    q = parse_count(text)[3]
    return "" if q in ("exact", "") else q


_KILL = re.compile(r"\bkill", re.I)
#: a denial of deaths beside a death of natural causes ("no one was killed by the shells, but a guard died of a heart
#: attack"): the denial's "killed" is no death the attack caused
_NO_ONE_KILLED = re.compile(r"\b(?:no\s+one|nobody|none)\s+(?:\w+\s+){0,2}?(?:was|were|got)\s+killed\b", re.I)


#: one word in quotation marks inside a count ("two “minor” injuries": the source's own word, quoted)
_QUOTED_WORD = re.compile(r"(?<=\s)[“\"]((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]{3,})[”\"](?=[\s,.;])")
#: a quotation opened on a count's harm and left open or closed past the clause ('two “minor injuries.')
_OPEN_ON_HARM = re.compile(r"\b(" + _NUM + r")\s+[“\"](?=(?:[a-z-]+\s+){0,2}(?:injur(?:y|ies)|wounds?|casualties|deaths)\b)",
                           re.I)


def _unquote_words(text: str) -> str:
    """The text with the marks around quoted words or short phrases blanked (offsets kept).

    >>> _unquote_words('causing two “minor” injuries')
    'causing two  minor  injuries'
    >>> _unquote_words('20 troops “sustained minor injuries” from drones')
    '20 troops  sustained minor injuries  from drones'
    >>> _unquote_words('causing two “minor injuries.')
    'causing two  minor injuries.'
    """
    if "“" not in text and '"' not in text:
        return text
    text = _QUOTED_WORD.sub(lambda m: f" {m.group(1)} ", text)
    return _OPEN_ON_HARM.sub(lambda m: m.group(1) + m.group()[len(m.group(1)):-1] + " ", text)


def _blanked(text: str) -> str:
    """The clause with what is no count of this incident's victims blanked out, offsets kept (ages, war tolls...).

    >>> _blanked("at least 3 and as many as 9 were hurt")
    'at least 3                  were hurt'
    """
    if "many" in text:  # "at least 3 and as many as 9": the upper bound blanked, offsets kept
        text = _AS_MANY_AS.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    if ", " in text:  # "a Divisional Police Officer, DPO, and two others": the title's initials, not another victim
        text = _TITLE_INITIALS.sub(lambda m: m.group("title") + " " * (len(m.group()) - len(m.group("title"))), text)
    if " sa" in text or " believ" in text or " claim" in text:  # "16 fighters they said were killed": the source blanked
        text = _SAID_RELATIVE.sub(lambda m: " " * len(m.group()), text)
    return _blank_bare_parts(_blank_joint(_unquote_words(_blank_verb_time(_blank_mourned(_blank_anniversary(_blank_ages(
        _blank_partitive(_unquote_count(_blank_war_toll(text))))))))))


#: a source told inside a count's relative clause ("named 16 fighters they said were killed"): not the count's verb
_SAID_RELATIVE = re.compile(r"(?<=\w)\s+(?:they|he|she|it|officials|sources|police)\s+(?:said|say|says|claimed|claim|believed?|"
                            r"believes)(?=\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:killed|wounded|injured|hurt|dead)\b)",
                            re.I)


#: a capitalised title followed by its initials between commas ("Divisional Police Officer, DPO,")
_TITLE_INITIALS = re.compile(TITLE_INITIALS + r",(?=\s)")


#: a number that picks some out of the victims or names their kin ("one of those killed", "two relatives of the
#: dead", "three of the people wounded"): a part of the toll or other people, never the toll itself
_NOT_AUX = r"(?!(?:were|was|are|is|had|have|has|been|being|got)\b)"
_PART_OF_VICTIMS = re.compile(r"\b(?P<n>" + _NUM + r")\s+(?:[\w'’-]+\s+){0,3}?of\s+(?:those|the(?:\s+" + _NOT_AUX +
                              r"[\w'’-]+){0,2}?)\s+(?:killed|wounded|injured|hurt|dead|slain)\b", re.I)


#: a part of the victims told by a noun for them, unless they died of it ("Three of the victims sustained serious
#: injuries": already counted; "two of the victims later died" is a new toll)
_PART_OF_HURT = re.compile(r"\b(?P<n>" + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?of\s+(?:the|those|these)\s+(?:[\w'’-]+\s+)?"
                           r"(?:victims|casualties)\b(?!\s+(?:(?:have|had)\s+)?(?:later\s+|also\s+|since\s+)?"
                           r"(?:died|succumbed|passed\s+away|were\s+killed))", re.I)


#: one of a counted whole told as victims ("one of three soldiers killed", "one of the 12 people wounded"): the part's
#: number and "of" blanked, so that the whole is the toll
_ONE_OF_WHOLE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the\s+)?(?=" + _NUM + r"\s+(?:" + _NOT_AUX + r"[\w.'’-]+\s+){0,3}?"
                           r"(?:(?:who\s+(?:were|was|had\s+been)\s+)?(?:killed|wounded|injured|hurt|slain)|dead)\b)", re.I)


def _blank_partitive(text: str) -> str:
    """The clause with the number of a part of the victims, or of their kin, blanked (offsets kept).

    >>> _blank_partitive("Two cousins of those killed spoke.")
    '    cousins of those killed spoke.'
    >>> _blank_partitive("Three of the victims sustained serious injuries.")[:6], _blank_partitive("Two of the victims died.")[:4]
    ('      ', 'Two ')
    >>> _blank_partitive("She was one of three soldiers killed.")
    'She was        three soldiers killed.'
    """
    if " of " not in text:
        return text
    blank = lambda m: " " * len(m.group("n")) + m.group()[len(m.group("n")):]  # noqa: E731
    text = _ONE_OF_WHOLE.sub(lambda m: " " * len(m.group()), text)
    return _PART_OF_HURT.sub(blank, _PART_OF_VICTIMS.sub(blank, text))


#: a quotation opened between a casualty verb and its count (killed "three men and wounded ..."): the mark blanked
_QUOTED_COUNT = re.compile(r"\b((?:kill|wound|injur)(?:ed|ing)\s)[“\"](?=(?:at\s+least\s+)?(?:\d|"
                           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b)", re.I)


def _unquote_count(text: str) -> str:
    """The clause with a quotation mark that opens on a casualty count blanked (offsets kept).

    >>> _unquote_count('It wounded "two men".')
    'It wounded  two men".'
    """
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED_COUNT.sub(lambda m: m.group(1) + " ", text)


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
    rows = _drop_parts(rows, text, used)
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
    if "with" in text:
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


#: an age joined to its number ("40-year-old", "a six-month-old"), or a range of ages ("ranging in age from 15 to 19",
#: "aged between 18 and 25", "ages 3 to 12"): the victims' ages, never a count of victims
_AGE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)s?[- ]old\b|"
                  r"\b(?:(?:ranging\s+)?in\s+age\s+from|aged?|ages|between\s+the\s+ages\s+of)\s+(?:between\s+|from\s+)?\d{1,3}\s*"
                  r"(?:to|and|-|–)\s*\d{1,3}\b", re.I)


def _blank_ages(text: str) -> str:
    """The text with ages blanked (offsets kept), so that "killed 40-year-old X" counts one victim, not forty.

    >>> _blank_ages("shot two 19-year-old guards").split()
    ['shot', 'two', 'guards']
    >>> _blank_ages("victims ranging in age from 15 to 19 suffered gunshot wounds").split()
    ['victims', 'suffered', 'gunshot', 'wounds']
    """
    if "old" not in text and "age" not in text:
        return text
    return _AGE.sub(lambda m: " " * len(m.group()), text)


#: the toll of a war told in a clause on the war ("years of trench warfare in which 100,000 died", "a conflict that has
#: claimed 40,000 lives"): a running toll of many events, never one incident's
_WAR_TOLL = re.compile(r"\b(?:war|warfare|conflict|insurgency|civil\s+strife)\s*,?\s*(?:in\s+which|that|which)\b(?:[^.;,]|,(?=\d))*", re.I)


def _blank_war_toll(text: str) -> str:
    """The text with a war's toll clause blanked (offsets kept).

    >>> _blank_war_toll("a war that killed 5,000, officials said").split()
    ['a', 'war', ',', 'officials', 'said']
    """
    if "war" not in text and "onflict" not in text and "nsurgenc" not in text and "strife" not in text:
        return text
    return _WAR_TOLL.sub(_keep_head, text)


def _keep_head(m: re.Match) -> str:
    """The war noun of a ``_WAR_TOLL`` match kept, the clause after it blanked."""
    head = re.match(r"\w+(?:\s+strife)?", m.group()).group()
    return head + " " * (len(m.group()) - len(head))


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
#: a toll raised to a new total ("raised the death toll to 60", "bringing the number of those killed to 12")
_RAISED_TOLL = (r"\b(?:rais|bring|brought|push|took|tak)\w*\s+(?:the\s+)?(?:overall\s+|total\s+|official\s+)?"
                r"(?:(?:death|casualty)\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|those\s+killed))\s+(?:\w+\s+){0,3}?to\b")
#: a perfect-tense or raised toll over a span ("have been killed since October 7", "... during the 21-month-old revolt",
#: "raised the death toll to 60 since Tuesday")
_TOLL_OVER_SPAN = re.compile(r"(?:" + _PERFECT_TOLL + "|" + _RAISED_TOLL + r")[^.;:]*?(?:\bsince\s+(?P<since>[^.;:]{0,40})|\b(?:in|during|over|throughout)\s+"
                             r"(?:the|this|its|their)\s+(?:[\w-]+\s+){0,3}?" + _CONFLICT_NOUN + r"\b)|"
                             r"^\s*(?:[\w,]+\s+){0,2}?since\s+(?P<since2>[^.;:]{0,40})[^.;:]*?" + _PERFECT_TOLL + r"|"
                             r"\b(?:has|have)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?:ed|en)\b,?\s+killing\b[^.;:,]*?"
                             r"\bsince\s+(?P<since3>[^.;:]{0,40})", re.I)  # "attacks have intensified, killing 250 since X"


#: a count of a year or month so far ("one of 707 people shot and killed by police so far this year"): a tally
_SO_FAR_THIS_YEAR = re.compile(r"\bso\s+far\s+(?:this\s+(?:year|month)|in\s+\d{4})\b|\b(?:this|last)\s+year\s+alone\b", re.I)


#: thousands told in the perfect ("strikes ..., which have reportedly killed over 13,000", "more than 2,000 people have
#: been killed"): no one event's toll
_THOUSANDS = r"(?:\d{1,3}(?:,\d{3})+|\d{4,})(?!\d)"
_THOUSANDS_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:(?:\w+ly|now|so\s+far|already)\s+)*killed\s+(?:(?:more\s+than|over|at\s+least|"
                               r"nearly|almost|about|some|around)\s+)?" + _THOUSANDS + r"|\b" + _THOUSANDS +
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
    >>> running_tally("The confrontations between Hezbollah and Israel have killed 426 people on the Lebanese side.")
    True
    >>> running_tally("Nearly 190,000 people have been killed since an uprising erupted in March 2011.")
    True
    >>> running_tally("A suicide car bomb attack has killed at least 14 people.")
    False
    >>> running_tally("Israel's strikes on Gaza, which have reportedly killed over 13,000 people.")
    True
    >>> running_tally("Three more have died since the blast, raising the toll to nine.")
    False
    >>> running_tally("Two guards have died since the car bomb went off.")
    False
    >>> running_tally("The raid raised the death toll to 60 people, most of them civilians, since Tuesday.")
    True
    >>> running_tally("Shelling has intensified, killing more than 90 civilians since the end of May.")
    True
    """
    if not ("has" in text or "have" in text or "had" in text or "toll" in text or "number" in text):
        return False
    if _CONFLICT_KILLED.search(text) or _THOUSANDS_SO_FAR.search(text) and not _ONE_EVENT_NOUN.search(text):
        return True
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


#: what an anniversary marks, to the end of its clause: "on the first anniversary of the killing of a commander"
_ANNIVERSARY = re.compile(r"\banniversary\s+of\b(?:[^,;.]|\.(?=\S)|(?-i:(?<=\b[A-Z])\.(?!\s+[A-Z])))*", re.I)  # "the 2020 U.S. killing of X" read whole
#: an attack told before that anniversary: the clause's own event ("The attack came on the anniversary of ...")
_EVENT_BEFORE = re.compile(r"\b(?:attack|strike|airstrike|raid|bombing|shelling|barrage|rocket|missile|drone|mortar)s?\b",
                           re.I)


#: the dead a funeral or a memorial is held for, told as dead before it ("a funeral for two cousins who had died
#: fighting insurgents"): an earlier event's dead, not the toll of an attack on the mourners
_MOURNED = re.compile(r"\b(?:funeral|burial|wake|memorial|mourners?)\b[^,;.]{0,60}?\b(?:who|that)\s+had\s+"
                      r"(?:died|been\s+killed|"
                      r"perished|been\s+slain)\b", re.I)


def _blank_mourned(text: str) -> str:
    """The text with the dead a funeral is held for blanked (offsets kept), when told as dead before it.

    >>> casualties("A bomber walked into a funeral for two men who had died in clashes and blew himself up, killing 30.")["killed"]
    30
    """
    if " had " not in text:
        return text
    return _MOURNED.sub(lambda m: " " * len(m.group()), text)


def _blank_anniversary(text: str) -> str:
    """The text with what an anniversary marks blanked (offsets kept) when the clause tells an attack before it: that
    death is an earlier event's, not the attack's toll (told alone, the anniversary's event keeps it).

    >>> _blank_anniversary("The raid came on the anniversary of the killing of a general, officials said").split()
    ['The', 'raid', 'came', 'on', 'the', ',', 'officials', 'said']
    >>> _blank_anniversary("A drone attack came on the anniversary of the 2020 U.S. killing of a general.").split()
    ['A', 'drone', 'attack', 'came', 'on', 'the', '.']
    >>> _blank_anniversary("Crowds marked the anniversary of the killing of a general").split()[-1]
    'general'
    """
    if "nniversar" not in text:
        return text
    return _ANNIVERSARY.sub(lambda m: " " * len(m.group()) if _EVENT_BEFORE.search(text, 0, m.start()) else m.group(),
                            text)


#: a time told between a casualty verb and its object ("killed on Sunday night a member of the militia")
_VERB_TIME = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))(?P<when>\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day|"
                        r"overnight|yesterday|today|late\s+[A-Z][a-z]+day|last\s+night)(?:\s+(?:night|morning|evening|"
                        r"afternoon))?)(?=\s+(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at\s+least)\s)"
                        r"(?!\s+\d+\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")  # not "on Sunday 10 September"


def _blank_verb_time(text: str) -> str:
    """The text with a time between a casualty verb and its object blanked (offsets kept), so that the verb meets it.

    >>> _blank_verb_time("aircraft killed on Sunday night a member of the militia").split()
    ['aircraft', 'killed', 'a', 'member', 'of', 'the', 'militia']
    """
    if "day" not in text and "night" not in text:
        return text
    return _VERB_TIME.sub(lambda m: m.group()[:m.start("when") - m.start()] + " " * len(m.group("when")), text)


#: a list of the parts of a total just told: ", including two officers", ", among them two women and two children"
_PART_LIST = re.compile(r"(?:,\s*(?:including|among\s+(?:them|whom))|\b(?:dead|killed|victims)\s+(?:also\s+)?includ(?:ed|e))\s+"
                        r"(?:(?!\b(?:and\s+)?(?:kill|wound|injur|hurt|leav|left)\w*)[^,;.:()]){1,60}", re.I)
# up to a next casualty verb: "including 4 children and wounding 12"; "the 8 dead included two nurses and ..."
#: a count without a noun just before a part list: "leaving 9, including four guards, wounded"
#: or in words ("Seven, including four children, injured in shelling"; not "one", a pronoun as often as a count)
_BARE_TOTAL = re.compile(r"\b(?:\d+|(?i:" + "|".join(sorted(set(WORD_NUMBERS) - {"one", "zero"}, key=len, reverse=True)) +
                         r")(?:-[a-z]+)?)(?:\s+(?:killed|dead))?\s*$")


def _blank_bare_parts(text: str) -> str:
    """The text with a part list after a count without a noun blanked (offsets kept), so that the count meets its
    verb: "leaving 9, including four guards, wounded" reads 9 wounded.

    >>> _blank_bare_parts("leaving 9, including four guards, wounded").split()
    ['leaving', '9', 'wounded']
    """
    if "includ" not in text and "among" not in text:
        return text
    parts, pos = [], 0  # pieces joined once: linear in the text, however many part lists it holds
    for m in _PART_LIST.finditer(text):
        if m.start() >= pos and text[m.start()] == "," and _BARE_TOTAL.search(text, max(0, m.start() - 20), m.start()):
            end = m.end() + 1 if text[m.end():m.end() + 1] == "," else m.end()
            parts += [text[pos:m.start()], " " * (end - m.start())]
            pos = end
    return "".join(parts) + text[pos:] if parts else text


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


#: one body found ("police found the body of a shepherd"): one dead (the attack's victim when a mention is read there)
_FOUND_BODY = re.compile(r"\b(?:found|discovered|recovered|retrieved)\s+(?:the\s+)?(?:dead\s+)?body\s+of\s+(?:an?|one)\s",
                         re.I)


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
    >>> casualties("ISWAP killed dozens of Boko Haram fighters in Sambisa Forest on Wednesday.")["killed"] is None
    True
    """
    vague = out["killed"] is None and "killed" in vague_roles(out.get("qualifiers", []))
    out["named_killed"] = [] if vague else named_victims(text) if out["killed"] is None or uncounted and \
        out["killed"] == 1 else []  # "killed dozens of fighters in X Forest": a vague toll, no victim named
    if out["named_killed"] and len(out["named_killed"]) >= (out["killed"] or 0):
        out["killed"] = len(out["named_killed"])  # "assassinated X and Y": two dead, as the text names them
    if out["killed"] is None and (_ONE_DEATH.search(text) or _NAMED_DIED.match(text) or _TITLED_KILLED.search(text)
                                  or _WHO_KILLED_ONE.search(text) or _NAMED_SUBJECT_DIED.search(text)
                                  or _ONE_NAME_GUNNED.search(text) or "body" in text and _FOUND_BODY.search(text)):
        out["killed"] = 1  # "the death of Iranian general Qassem Suleimani": one death, as the text says
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
#: casualty nouns that name their role themselves
_NOUN_ROLE = {"injuries": "injured", "wounds": "injured", "injured": "injured", "wounded": "injured",
              "deaths": "killed", "fatalities": "killed", "dead": "killed", "corpses": "killed", "bodies": "killed"}


#: what may stand between the counts of one chain ("two soldiers and a contractor", "three of the guards, two police")
_CHAIN_GAP = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:" + _PP_WORD + r"\s+){0,3}?" + _PP_WORD + r")?"
                        r"\s*(?:,\s*)?(?:and|&|as well as)\s+(?:the\s+|another\s+|a\s+further\s+|his\s+|her\s+|their\s+)?|"
                        r"\s*,\s*(?:the\s+)?")


def _chains(rows: list[dict], text: str) -> list[list[dict]]:
    """Counts joined by 'and' or a comma into one coordinated subject ("Two Americans and a British national").

    >>> t = "killing 11 people, three of them police"
    >>> [len(c) for c in _chains(count_rows(t), t)]
    [1, 1]
    """
    chains: list[list[dict]] = []
    for r in rows:
        gap = text[chains[-1][-1]["end"]:r["start"]] if chains else ""
        if chains and _CHAIN_GAP.fullmatch(gap) and \
                not ("," in gap and _NOT_ITEM.match(text, r["start"] + len(str(r["text"]).split()[0]))) and \
                _NOUN_ROLE.get(str(chains[-1][-1]["noun"]), "") == _NOUN_ROLE.get(str(r["noun"]), ""):
            # "three fatalities and seven injuries": two roles, not one coordinated subject
            chains[-1].append(r)
        else:
            chains.append([r])
    return chains


#: casualties told beside "others" who were hurt: the casualties are the dead ("29 casualties and 56 others who were
#: injured")
_CASUALTIES_THEN_HURT = re.compile(r"\b(?P<n>" + _NUM + r")\s+casualties\s+and\s+(?P<m>" + _NUM + r")\s+(?:others|more)\s+"
                                   r"(?:who\s+(?:were|had\s+been)\s+|(?:were|had\s+been)\s+)?(?:injured|wounded|hurt)\b", re.I)


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


#: the dead counted as bodies: left, seen or recovered ("leaving two corpses", "saw at least 12 bodies"), or found
_BODIES_BEFORE = re.compile(r"\b(?:leav\w*|left|saw|seen|found|recovered|retrieved|counted|pulled|discovered|collected|"
                            r"received)\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|the)\s+)?$", re.I)
_BODIES_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:found|recovered|retrieved|pulled|"
                           r"discovered|brought)\b", re.I)
_POSSESSIVE_S = re.compile(r"['’]s?$")


#: a count that is the subject of a causing verb ("one causing minor injuries", "two inflicting wounds"): an attack's count
_COUNT_CAUSING = re.compile(r"^\S+\s+(?:causing|caused|inflicting|inflicted|leaving|resulting\s+in)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:injur|wound|casualt|dead|death)", re.I)


#: a long proper name after "the" inside a subject's phrase, all but its last word ("medics of the Eastern Mountain
#: Rescue Task Force Command were hurt"): ``_PP`` then reads it as one word (never a title-case predicate)
_NAME_RUN = re.compile(r"(?<=\bthe\s)(?:(?!(?:Were|Was|Are|Is|Have|Has|Had|Killed|Wounded|Injured|Hurt|Dead|Died|Who)\b)"
                       r"[A-Z][\w.'’-]*\s+){2,}(?=[A-Z])")


#: a predicate of a count's own that tells no harm ("have fled", "were displaced", "are missing"), tried after the
#: killing and wounding predicates
_OWN_PREDICATE = re.compile(r"^[\s,]*(?:who\s+)?(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|also\s+|since\s+|now\s+)*"
                            r"(?:\w+ly\s+)?[a-z]+(?:ed|en|ft|ne)|fled|escaped|(?:(?:are|were|is|was|remain(?:ed|s)?)\s+"
                            r"(?:still\s+)?|(?:have|has|had)\s+(?:been\s+|gone\s+)(?:reported\s+)?)(?:missing|unaccounted))\b")


#: a long phrase after the victims' noun that tells whose they are, up to their predicate ("of a group within X's
#: Y (Z) forces"): no verb, clause word or stop inside
_LONG_PP = re.compile(r"^\s+(?:of|from|within|with|in|at)\s+(?:(?!(?:who|which|that|and|while|as|after)\b)[^.;:,\"“”\s]+\s+){1,16}?"
                      r"(?=(?:were|was|are|is|have|has|had)\s)")


def _casualty_role(text: str, chain: list[dict]) -> str:
    """'killed', 'injured' or '' for a chain of counts: the predicate after it or the verb before it.

    >>> text = "50 were killed and 1,000 people have fled"
    >>> _casualty_role(text, [{"noun": "people", "text": "1,000 people", "start": 19, "end": 31}])
    ''
    """
    head = str(chain[-1]["noun"])
    if _COUNT_CAUSING.match(str(chain[0]["text"])):
        return ""  # "two drone attacks, with one causing minor injuries": the one is an attack, not a victim
    if head in ("injuries", "wounds", "injured", "wounded"):
        return "injured"  # "inflicting two minor injuries"
    if head in ("deaths", "fatalities", "dead") or head in ("corpses", "bodies") and (_BODIES_BEFORE.search(text[
            max(0, chain[0]["start"] - 40):chain[0]["start"]]) or _BODIES_AFTER.match(text, chain[-1]["end"])):
        return "killed"  # "leaving two corpses and five injured", "he saw at least 12 bodies", "12 bodies were found"
    after, before = text[chain[-1]["end"]:chain[-1]["end"] + 160], text[max(0, chain[0]["start"] - 90):chain[0]["start"]]
    if _CONDITION.match(after):
        return "injured"  # "left one soldier in critical condition"
    poss = _POSSESSED.match(after) if _POSSESSIVE_S.search(str(chain[-1]["text"])) or after[:1] in "'’" else None
    if poss:  # "resulted in one militia member's death"
        return "killed" if poss.group(1).lower().startswith("death") else "injured"
    after = _NAME_RUN.sub("", after, count=1) if "the " in after[:12] else after  # "of the Eastern ... Command"
    pp = _PP.match(after)
    after = after[pp.end():] if pp else after  # "one member of the Iraqi security forces was wounded"
    aside = _ASIDE.match(after) or _INCLUDING.match(after) or _WHO_CLAUSE.match(after)
    after = after[aside.end():] if aside else after  # "five civilians – including two children – died"
    if _APPOSITION.match(before[-3:]) and not _KILL_VERB.search(before) and not _INJ_VERB.search(before) and \
            not _DATELINE_DASH.fullmatch(text[:chain[0]["start"]]):
        return ""
    long_pp = _LONG_PP.match(after)
    rest = after[long_pp.end():] if long_pp else ""
    if rest and (_KILL_PRED.match(rest) or _INJ_PRED.match(rest)):
        after = rest   # "five fighters of a group within X's Y (Z) forces were killed"
    for role, rx in (("killed", _KILL_PRED), ("injured", _INJ_PRED)):
        m = rx.match(after)
        if m and _ACTIVE.match(after[m.end():]) and not _BE_AUX.match(after) and \
                not _NEXT_TOLL.match(after[m.end():]):  # "3 troops killed 25 injured": a headline's two tolls
            if after[:1] == "," and _last_verb(before):
                break  # "killed a guard, wounded another": the verb after the comma has its own object
            return ""  # "Two suicide bombers killed nine soldiers": the count is the agent, not the victims
        if m:
            return role
    if _OWN_PREDICATE.match(after):
        return ""   # "... killed and 1.9 million people have fled": the count has a verb of its own, not the one before
    verb = _last_verb(before)
    if verb:
        return verb
    lead = _LEAD_VICTIM.search(before)  # "injuring her, a driver and ...": the verb before the first victim
    if lead and lead.end() == len(before) and re.match(r"kill|wound|injur", lead.group(), re.I):
        return "killed" if lead.group().lower().startswith("kill") else "injured"
    return ""


def _last_verb(before: str) -> str:
    """The role of the casualty verb nearest before a count ("killing him and wounding his wife and three": injured).

    >>> _last_verb("killing him and wounding his wife and "), _last_verb("a bomb killed "), _last_verb("near ")
    ('injured', 'killed', '')
    """
    kill = [m.start() for m in _KILL_VERB.finditer(before)]
    inj = [m.start() for m in _INJ_VERB.finditer(before)]
    if not kill and not inj:
        return ""
    return "killed" if max(kill, default=-1) > max(inj, default=-1) else "injured"


#: between two counts of one role, only the first one's predicate and "and": a breakdown whose parts add up
#: ("five contractors were injured, and one soldier was wounded"), not a part of a total ("including", "of them")
_BREAKDOWN = re.compile(r"\s*(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?"
                        r"(?:killed|dead|died|wounded|injured|hurt)\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.I)


_OTHERS = re.compile(r"\b(?:others?|more)\b")
#: the side that attacked: "one of the attackers was killed" is a toll of its own, not a part of the victims' toll
_ATTACKERS = frozenset("attacker attackers assailant assailants gunman gunmen bomber bombers militant militants "
                       "insurgent insurgents hijacker hijackers raider raiders".split())
#: those who carried out the attack (not "militants", who may be either side of a clash): no victims of the toll
_ASSAILANTS = _ATTACKERS - {"militant", "militants", "insurgent", "insurgents"}
#: a second attack told between two counts of one role: "killing four people, while two roadside bombs exploded in X,
#: killing two" (two tolls to add, not one told twice)
_ANOTHER_ATTACK = re.compile(r"\b(?:while|whereas|and|as)\s+(?:another\s+|a\s+second\s+|(?:two|three|four|five|\d+)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|attacks?|(?:air)?strikes?|shells?|rockets?|"
                             r"mortars?|devices?|IEDs?)\s+(?:also\s+)?(?:exploded|went\s+off|struck|hit|detonated|blew\s+up|"
                             r"targeted|landed|fell)\b", re.I)
#: between two counts of one role, a second active verb of that role: two objects ("wounded two soldiers and hurt five
#: troops": 7)
_NEXT_OBJECT = re.compile(r"\s*,?\s*(?:and\s+)?(?:also\s+)?(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing))\s+",
                          re.I)
#: harms, not people: "the deaths of three soldiers and numerous injuries" counts three dead and no uncounted victims
_HARM_NOUNS = frozenset({"injuries", "casualties", "deaths", "fatalities", "wounds", "losses", "damages"})
#: an uncounted part after a chain: "a service member and other coalition troops", "two guards and others"
_VAGUE_TAIL = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:others\b|(?:other|several|many|some|numerous|"
                         r"a\s+number\s+of|dozens\s+of|scores\s+of)\s+(?:[\w.-]+\s+){0,2}?(?P<noun>[a-z]+s)\b)", re.I)


def _own_role(text: str, chain: list[dict]) -> str:
    """``_casualty_role`` of a chain read without the words before it (blanked): the role its own predicate tells
    (a bounded window, offsets moved: the verb before a count is not read, the text not copied whole).

    >>> c = [{"start": 14, "end": 28, "noun": "guards", "text": "several guards"}]
    >>> _own_role("A bomb killed several guards", c), _own_role("A bomb killed several guards were hurt", c)
    ('', 'injured')
    """
    lo, pad = chain[0]["start"], min(chain[0]["start"], 90)  # ``_casualty_role`` reads 90 characters before
    moved = [{**r, "start": r["start"] - lo + pad, "end": r["end"] - lo + pad} for r in chain]
    return _casualty_role(" " * pad + text[lo:chain[-1]["end"] + 170], moved)


#: victims named only as a number of people: a list after them, set off by a comma, tells who they were
_GENERIC_VICTIMS = frozenset({"others", "people", "persons", "individuals", "victims"})


def _add(out: dict, role: str, chain: list[dict], text: str, gap: str = "") -> None:
    """Record a chain's count (summed) for a role unless the role already has one (then only the parts of a
    breakdown, ``gap`` being the text since the role's previous count, or "two others" are added)."""
    values = [r["low"] if r["value"] is None and r["qualifier"] == "range" else r["value"] for r in chain]
    if any(v is None for v in values):
        vague = next(str(r["text"]).split()[0].lower() for r in chain if r["value"] is None)
        out["qualifiers"].append(f"{role}={vague if vague in ('several', 'dozens', 'many') else 'approx'}")
        if _own_role(text, chain) == role:  # its own predicate says so: an exact count of the role is a part
            out.setdefault("_vague", {}).setdefault(role, []).append((chain[0]["start"], chain[-1]["end"]))
        return
    if out[role] is not None:
        if any(_OTHERS.search(text[r["start"]:r["end"] + 6]) for r in chain) or \
                _BREAKDOWN.fullmatch(gap) or _ANOTHER_ATTACK.search(gap) or _NEXT_OBJECT.fullmatch(gap):
            out[role] += int(sum(values))  # "leaves one in critical condition and wounds two others": 1 + 2
        return
    tail = _VAGUE_TAIL.match(text, chain[-1]["end"])
    if tail and (tail.group("noun") or "").lower() not in NOT_PEOPLE | WEAPON_NOUNS | _HARM_NOUNS:  # not "and several rockets"
        out["qualifiers"].append(f"{role}=vague_part")  # "a U.S. service member and other coalition troops": no total
        return
    if len(values) > 2 and values[0] == sum(values[1:]) and (
            str(chain[0]["noun"]) not in DEMONYMS and all(str(r["noun"]) in DEMONYMS for r in chain[1:]) or
            str(chain[0]["noun"]) in _GENERIC_VICTIMS and text[chain[0]["end"]:chain[0]["end"] + 2].startswith(",")):
        values = values[:1]  # "three military personnel, two American and one Brit", "three others, a policeman and two
        # guards": a total and its breakdown
    side = [str(r["noun"]).lower() in _ASSAILANTS for r in chain]
    if any(side) and not all(side):  # "A police officer and three gunmen were killed": the attackers are no victims
        values = [v for v, s in zip(values, side) if not s]
    out[role] = int(sum(values))
    out.setdefault("_chained", {})[role] = (chain[0]["start"], chain[-1]["end"])
    for r in (r for r, s in zip(chain, side) if not s or all(side)):
        pp = _OF_PP.match(text[r["end"]:r["end"] + 80])
        g = people_group(str(r["noun_phrase"]) + (pp.group() if pp else ""))
        if g:
            out[f"{role}_who"].add(g)
    q = _qualifier(str(chain[0]["text"]))
    words = [w.lower() for w in str(chain[0]["text"]).split()]
    if not q and len(chain) == 1 and words[1:3] in (["of", "the"], ["of", "those"], ["of", "these"]) and \
            not set(words[3:4]) & _ATTACKERS:
        q = "at_least"  # "one of the guards was badly hurt": a part of a group told as a whole elsewhere
    if not q and _AMONG.match(text, chain[-1]["end"]):
        q = "at_least"  # "six policemen were among those killed": a part of a total told elsewhere
        out.setdefault("_parts", set()).add(role)  # a larger count of the clause may give the total (``_bare_casualties``)
    if q:
        out["qualifiers"].append(f"{role}={q}")


#: a relative clause between a counted subject and its casualty predicate: "four civilians who were passing the
#: checkpoint were also wounded"
_WHO_CLAUSE = re.compile(r"\s*,?\s*(?:who|that)\s+(?:were|was|are|is|had\s+been)\s+(?:[\w'’-]+\s+){1,6}?(?=(?:were|was|"
                         r"had\s+been|have\s+been|are)\s+(?:also\s+|\w+ly\s+)?(?:killed|wounded|injured|hurt|dead)\b)", re.I)


#: the upper bound of a range told as "at least three and as many as nine" (blanked: the lower bound counts)
_AS_MANY_AS = re.compile(r"(\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:and|to|but)\s+"
                         r"(?:perhaps\s+|possibly\s+)?as\s+many(?:\s+as)?\s+(?:\d+|[a-z]+)\b", re.I)
#: a part list between a count and its predicate, without dashes ("nine civilians including 13 children were killed")
_INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them)\s+[^.;:,]{1,80}?(?=,?\s+(?:were|was|had|have|has|died|"
                        r"perished)\b)", re.I)
#: killed and wounded told as one number ("the killing and wounding of 24", "six were killed or wounded", "killed
#: and wounded 15"): neither role's count; not "left a guard dead and wounded two others" (a verb with its object)
_JOINT = re.compile(r"\b(?:kill(?:ed|ing)|dead(?!\s+and\s+\w+ing\b)(?!\s+and\s+(?:wounded|injured|hurt)\s+(?:an?|the|"
                    r"his|her|its|their|another|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|"
                    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|more\s+than|at\s+least|over|about|around|nearly|"
                    r"almost|some|up\s+to|scores|hundreds)\b)|"
                    r"deaths?)(?:\s+(?:and|or|and/or)\s+(?:wound(?:ed|ing)|injur(?:ed|ing|y|ies)|hurt)\b(?!\s+respectively)|"
                    r"\s*,\s*(?:wound(?:ed|ing)|injur(?:ed|ing|y|ies)|hurt)\b(?!\s*,?\s+(?:an?|the|his|her|their|its|\d+|one|"
                    r"two|three|four|five|six|seven|eight|nine|ten|several|dozens|more|at|over|about|around|nearly)\b))", re.I)
_NEGATED = re.compile(r"\b(?:no|not|nor|none|neither|nobody|without|never)\b(?![^.;]{0,80}?\b(?:but|however|while)\b)", re.I)
#: the upper bound of a range "between nine and 23" (the lower bound counts)
_BETWEEN = re.compile(r"(\bbetween\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:and|to|-)"
                      r"\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\b", re.I)


#: a possessor right before "death" ("one guard's death", "two guards' deaths") and a count the injuries go to after
#: "injuries" ("... and injuries to two others"): each noun has its own victims, no joint figure
_POSSESSOR_BEFORE = re.compile(r"\w['’]s?\s+$")
_INJURED_OBJECT = re.compile(r"\s+(?:to|among)\s+(?:an?|another|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|"
                             r"dozens|more|at\s+least|over|about|around|nearly)\b", re.I)


def _own_objects(text: str, start: int, end: int) -> bool:
    """Whether a joint "death and injuries" (``text[start:end]``) names the dead before and the hurt after it.

    >>> t = "resulting in one guard's death and injuries to two others"
    >>> _own_objects(t, 25, 43), _own_objects("caused death and injuries to two others", 7, 25)
    (True, False)
    """
    return bool(_POSSESSOR_BEFORE.search(text[max(0, start - 4):start]) and _INJURED_OBJECT.match(text, end))


def _blank_joint(text: str) -> str:
    """The text with joint casualty words and the upper bound of a "between" range blanked (offsets kept).

    >>> _blank_joint("the killing and wounding of 24 people").split()
    ['the', 'of', '24', 'people']
    >>> _blank_joint("between nine and 23 civilians").split()
    ['between', 'nine', 'civilians']
    >>> _blank_joint("left a guard dead and wounded two others").split()[3:]  # a verb with its own object
    ['dead', 'and', 'wounded', 'two', 'others']
    >>> _blank_joint("left nine dead and wounded more than 20").split()[2:4]  # its object told with a qualifier
    ['dead', 'and']
    >>> _blank_joint("Four Soldiers Killed, Injured in Attack").split()  # a headline's joint figure
    ['Four', 'Soldiers', 'in', 'Attack']
    """
    if "between" in text.lower():
        text = _BETWEEN.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    if " and " in text or " or " in text or "/" in text or "," in text:
        text = _JOINT.sub(lambda m: m.group() if _NEGATED.search(text, max(0, m.start() - 80), m.start()) or
                          _own_objects(text, m.start(), m.end()) else " " * len(m.group()), text)
        # "no troops were killed or wounded": none of either
    return text


#: a count's predicate that makes it a part of the casualties ("were among those killed", "among the dead")
_AMONG = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the)\b", re.I)
#: one victim named before a counted chain, governed by the same verb: "injuring her, a driver and two
#: passengers", "leaving an officer and five of his men dead"
_LEAD_VICTIM = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|leaving|left|deaths?\s+of)\s+(?:him|her|"
                          r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,3}?(?:" + "|".join(sorted(w for w in
                          PEOPLE_NOUNS | {"head", "chief", "governor", "monk", "priest"} if not w.endswith("s") and w not in
                          {"people", "police", "staff", "crew", "family", "other", "personnel", "peshmerga", "men", "women",
                           "children"}))
                          + r"))\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


#: one person named (two or more name words) between a killing verb and a counted chain: "killed the commander Omar
#: Haddad and an aide"
_LEAD_NAMED = re.compile(r"\b(?:kill(?:ed|ing)|assassinat(?:ed|ing))\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
                         r"(?P<name>(?:[A-Z][\w'’-]+|[ae]l-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|[ae]l-[\w'’-]+)){1,3})"
                         r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


#: a named person opening a clause before "and" a counted chain of his own people ("Haddad and three of his guards")
_LEAD_NAME = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:when|as|while|that)\s+)(?!(?:The|A|An|This|That|In|On|At|Both)\b)"
                        r"(?:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]{1,4}\.\s+){1,2}(?=[A-Z][a-z]))?(?P<name>[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]+|[ae]l-[\w'’-]+)){0,3})\s+and\s+(?P<his>(?:his|her)\s+)?$")
_HIS_PEOPLE = re.compile(r"\b(?:his|her)\b|^\S+\s+others?\b", re.I)  # "Haddad and three of his guards", "Lee and two other
# soldiers": the named one is one of them


def _trail_victim(text: str, chain: list[dict], role: str, out: dict) -> None:
    """Add the one victim named after a counted object of the casualty verb before it ("killed two members of the
    border guard and the driver of the vehicle": 3); not after a subject ("two guards and the driver were killed" is
    read with the chain).

    >>> casualties("A drone strike killed two members of the border guard and the driver of their vehicle")["killed"]
    3
    >>> casualties("A drone strike killed two members of the border guard and the driver fled")["killed"]
    2
    """
    if out[role] is None or not _TRAIL_VICTIM.match(text, chain[-1]["end"]):
        return
    if _last_verb(text[max(0, chain[0]["start"] - 40):chain[0]["start"]]) == role:  # the chain is the verb's object
        out[role] += 1


def _lead_victim(text: str, chain: list[dict], role: str, out: dict) -> None:
    """Add the one victim a casualty verb names before a counted chain ("injuring her, a driver and two
    passengers": 4), when the chain gave the role its number.

    >>> casualties("leaving an officer and five of his men dead")["killed"]
    6
    >>> casualties("The mayor and three of his bodyguards were wounded")["injured"]
    4
    >>> casualties("A senior officer, his driver and a guard were killed")["killed"]
    3
    >>> casualties("Haddad and three of his guards were killed")["killed"]
    4
    >>> casualties("Shells fell on the farm, but the parents and their three sons were killed")["killed"]
    5
    >>> casualties("an attack that resulted in the death of the village head and two residents")["killed"]
    3
    """
    m = _LEAD_VICTIM.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"]) or \
        _LEAD_SUBJECT.search(text, max(0, chain[0]["start"] - 90), chain[0]["start"])
    if m and out[role] is not None and m.end() == chain[0]["start"]:
        out[role] += 2 if m.groupdict().get("two") or m.groupdict().get("pair") else 1  # "A chief, his driver and a guard": 3
    elif out[role] is not None and (lead := _LEAD_NAME.search(text, max(0, chain[0]["start"] - 60), chain[0]["start"])) \
            and (lead.group("his") or _HIS_PEOPLE.search(str(chain[0]["text"]))) and \
            lead.group("name").split()[0].lower() not in DEMONYMS | {"british"}:
        out[role] += 1  # "Haddad and three of his guards were killed": the named one and his men, 4
    elif role == "killed" and out[role] is not None:
        named = _LEAD_NAMED.search(text, max(0, chain[0]["start"] - 120), chain[0]["start"])
        if named and named.end() == chain[0]["start"] and _names(named.group("name")):
            out[role] += 1  # "killed the rebel commander Omar Haddad and an aide": 2


#: a one-word count before a demonym adjective whose noun the next, counted part gives ("One British and two
#: American personnel were killed": the first part's noun elided)
_ELIDED = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Z][a-z]+(?:an|sh|ch|qi|ni|ti|se)|"
                     r"(?-i:U\.?S\.?|U\.?K\.?))"
                     r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _elided_part(text: str, chain: list[dict], role: str, out: dict, told: int | None) -> None:
    """Add a part whose noun is elided before a counted chain that starts with a demonym adjective ("One British
    and two American personnel were killed": 3), when the chain gave the role its number.

    >>> casualties("One British and two American personnel were killed")["killed"]
    3
    >>> casualties("a volley that killed three US and two UK engineers")["killed"]
    5
    >>> casualties("Two American personnel were hurt")["injured"]
    2
    >>> casualties("Two U.S. and one United Kingdom service members were killed")["killed"]
    3
    """
    m = _ELIDED.search(text, max(0, chain[0]["start"] - 40), chain[0]["start"])
    first = str(chain[0]["noun_phrase"]).split()
    if m is None or told is not None or out[role] is None or not first or not first[0][:1].isupper() or \
            not (re.search(r"(?:an|sh|ch|qi|ni|ti|se)$", first[0]) or first[0].replace(".", "") in ("US", "UK") or
                 " ".join(first[:2]) in ("United Kingdom", "United States")):  # "two U.S. and one United Kingdom ..."
        return
    n = parse_count(m.group("n"))[0]
    if n is not None:
        out[role] += int(n)


#: a second count told by its place only, after a count located by its own ("13 fighters in Syria, and 16 in Iraq")
_OTHER_PLACE_PART = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+and\s+"
                               r"(?:another\s+)?(?P<n>" + _NUM + r")\s+(?:more\s+|others?\s+)?in\s+(?:the\s+)?[A-Z]"
                               r"(?![^.;,]{0,40}?\b(?:were|was|are|is|had|have|has)\b)")


def _other_place_part(text: str, chain: list[dict], role: str, out: dict, told: int | None) -> None:
    """Add a count whose noun is elided and whose place differs from the counted chain's ("killing at least 13
    members of armed groups in Syria, and 16 in Iraq": 29), when the chain gave the role its number.

    >>> casualties("killing at least 13 members of armed groups in Syria, and 16 in Iraq")["killed"]
    29
    """
    m = _OTHER_PLACE_PART.match(text, chain[-1]["end"])
    if m is None or told is not None or out[role] is None:
        return
    n = parse_count(m.group("n"))[0]
    if n is not None:
        out[role] += int(n)


#: a later total that a counted increment raises ("14 more were diagnosed ..., raising the total to 64")
_TOTAL_TO = re.compile(r"\b(?:rais|bring|tak|push)(?:ing|es|ed|s|e)?\s+(?:the\s+)?(?:total|tally|count|number)"
                       r"(?:\s+(?:number\s+)?of\s+(?:the\s+)?(?:wounded|injured|injuries|dead|deaths|casualties|victims|"
                       r"cases|(?:service\s+)?members|troops|personnel|people))?\s+(?:so\s+far\s+)?to\s+" + _QUAL +
                       r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b", re.I)


#: the same total as the next clause of a sentence (a mention's clause is read with it)
TOTAL_TAIL = re.compile(r"\s*,\s*(?:rais|bring|tak|push)(?:ing|es|ed|s|e)?\s+(?:the\s+)?(?:total|tally|count|number)\b"
                        r"[^.;]{0,80}", re.I)


def _total_to(text: str, out: dict) -> None:
    """Replace the one counted role by the total a sentence says the count raised ("14 more troops were diagnosed
    with brain injuries, raising the total to 64": 64 injured); nothing when both roles were counted.

    >>> casualties("Four more guards were wounded, bringing the total to 11.")["injured"]
    11
    >>> casualties("Four guards were wounded, raising the total number of attacks to 60.")["injured"]
    4
    """
    if "total" not in text and "tally" not in text and "number" not in text and "count" not in text:
        return
    roles = [r for r in ("killed", "injured") if out[r] is not None]
    m = _TOTAL_TO.search(text)
    if m is None or len(roles) != 1:
        return
    n = parse_count(m.group("n"))[0]
    if n is not None and n >= out[roles[0]]:
        out[roles[0]] = int(n)


#: one more victim told with the one named as killed: "killed X, along with a top Iraqi commander", "killed X and
#: an Iraqi paramilitary commander", "X was killed ... along with Iranian Gen. Qassem Soleimani"
_COMPANION_TITLE = (r"(?:a|an|one|the|his|another)\s+(?:[\w'’.-]+\s+){0,4}?(?:commander|leader|general|official|chief|"
                    r"deputy|aide|adviser|advisor|officer|bodyguard|driver|guard|colonel|cleric|lieutenant)\b")
_COMPANION = re.compile(r"(?:,?\s+(?:(?:along|together)\s+with|alongside)|\s+and)\s+" + _COMPANION_TITLE + r"|"
                        r",?\s+(?:(?:along|together)\s+with|alongside)\s+(?:(?:Iranian|Iraqi|Syrian|Lebanese|top|senior|Gen\.|General|"
                        r"Maj\.|commander|leader)\s+){0,4}(?P<name>[A-Z][a-z’']+(?:\s+(?:[A-Z][a-z’']+|[ae]l-[A-Z][\w’']+)){1,3})")
#: before "alongside", a relative clause after the victim or a verb of a shared past ("X, who had fought alongside a
#: commander"): the commander is no second victim
_NOT_BESIDE = re.compile(r"\b(?:who|whom|whose|which|that)\b|\b(?:fought|fighting|served|serving|worked|working|"
                         r"trained|training)(?:\s+[\w-]+){0,2}?,?$", re.I)
_WHO_KILLED_ONE = re.compile(r"\b[A-Z][a-z’']+\s+(?:(?:[A-Z]|[ae]l-)[\w’'-]+\s+){0,2}(?:[A-Z]|[ae]l-)[\w’'-]+,?\s+who\s+"
                             r"was\s+(?:\w+\s+)?"
                             r"(?:killed|assassinated)\b")


def companions(text: str, named: list[str]) -> int:
    """How many victims (0 to 2) a clause tells along with the one it names as killed: a titled person ("and an
    Iraqi commander", "along with a top commander") or a name not already counted.

    >>> companions("a drone strike killed Gen. Qassem Soleimani, along with a top Iraqi commander", ["Qassem Soleimani"])
    1
    >>> companions("killed the Iranian commander Qasem Soleimani and an Iraqi militia commander in Baghdad", [])
    1
    >>> companions("killed the general in a drone strike along with his plans", [])
    0
    """
    kill = re.search(r"\b(?:kill|assassinat|death)", text, re.I)
    if kill is None:
        return 0
    n = 0
    for m in _COMPANION.finditer(text, kill.start()):
        name = m.group("name")
        if name and any(name in v or v in name for v in named) or \
                "alongside" in m.group().lower() and _NOT_BESIDE.search(text, kill.start(), m.start()):
            continue
        n += 1
    return min(n, 2)


#: the number words a stated toll may use
_TOLL_N = (r"(?P<n>\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
           r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen)\b(?!\s*(?:euros?|dollars?|pounds?|cents?|rupees?|yuan|per\b|km\b|miles?))"
           r"(?!\s*(?:percent|%))")
#: the subject of a death toll: "the death toll", "the toll", "the number of (the) dead", "the number of civilians
#: (who were) killed"
_TOLL_SUBJECT = (r"\b(?:(?:death\s+)?toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths)|"
                 r"number\s+of\s+(?:[a-z]+\s+){1,2}?(?:(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+)?"
                 r"(?:killed|dead|died))\b")
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


def _death_toll(text: str, out: dict) -> None:
    """Killed from a stated death toll: when no other count gave it, or as the latest figure for the same dead when
    the toll rose above it ("killing five ...; the toll rose to 9": 9), unless the toll covers more than the event.

    >>> o = {"killed": None, "injured": None}; _death_toll("The death toll of the raid has climbed to 40", o); o["killed"]
    40
    >>> o = {"killed": 5, "injured": None}; _death_toll("Five were killed; the toll later rose to 9", o); o["killed"]
    9
    >>> o = {"killed": 2, "injured": None}; _death_toll("it rose to 6, the number of people killed", o); o["killed"]
    6
    """
    m = (_TOLL.search(text) or _TOLL_BACK.search(text)) if "toll" in text or "number of" in text or "dead" in text \
        else None
    n = parse_count(m.group("n"))[0] if m and not _WIDER_TOLL.search(m.group()) else None
    if n is not None and (out["killed"] is None or n > out["killed"]):
        out["killed"] = int(n)
    revised = revised_toll(text)
    if revised is not None:
        out["killed"] = revised  # "lowered the death toll from 41 to 25": 25
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
                            r"(?:[\w.'’-]+\s+){0,5}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
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


_ONE_VICTIM = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead)|(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))"
                         r"\s+(?:\w+ly\s+)?(?:him|her|the\s+(?:driver|man|woman|owner|cleric|officer|commander|leader|official|head|chief|deputy|"
                         r"mayor|judge|journalist|activist|professor|doctor|engineer|teacher|candidate|guard|policeman|"
                         r"soldier|passenger|bystander|pedestrian)|an?\s+(?:\w+\s+)?(?:passenger|bystander|pedestrian|"
                         r"driver|cleric|activist|professor|journalist|shopkeeper|aide|bodyguard|lawyer|schoolgirl|schoolboy))\b", re.I)


#: one victim named by a pronoun after a present verb, headline-style ("Sticky bomb under a judge's car kills him")
_PRESENT_ONE = re.compile(r"\b(?:(?P<k>kills)|(?P<w>wounds|injures))\s+(?:him|her)\b(?!\s*[’']s\b)")
#: one service member told by the unit he served in, as military releases tell a death ("A soldier assigned to the 1st
#: Brigade died on Monday of wounds", "Another soldier attached to the 3rd Engineer Battalion was killed")
_ASSIGNED_ONE = re.compile(r"\b(?:a|an|another|the)\s+(?:[\w-]+\s+)?(?:soldier|marine|sailor|airman|service\s*member|"
                           r"trooper|contractor|paratrooper)\s+(?:assigned|attached|deployed|serving)\s+(?:to|with|in)\s+"
                           r"(?:(?!\b(?:said|says|told|tells|whose|who|that|which|when)\b)[^,;.]){1,60}?\s+"
                           r"(?:(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed)|(?P<w>wounded|injured|hurt))|"
                           r"(?P<k2>died))\b", re.I)
#: one victim by a pronoun between the verb and its state: "shot him dead", "beat her to death", "left him wounded"
_HIM_DEAD = re.compile(r"\b(?:shot|shooting|shoots|beat|beating|stabbed|stabbing|left|leaving)\s+(?:him|her)\s+"
                       r"(?:(?P<k>dead|to\s+death)|(?P<w>wounded|injured|seriously\s+(?:wounded|injured)))\b", re.I)


#: one victim named by a title and a name after a casualty verb ("gunned down police Major X Y", "wounded Judge X")
_TITLED_VICTIM = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|gunned\s+down)|(?P<w>wound(?:ed|ing)|"
                            r"injur(?:ed|ing)))\s+(?:(?:police|army|retired|former)\s+)?(?:Brigadier|General|Gen\.|Colonel|Col\.|"
                            r"Major|Captain|Lieutenant|Lt\.|Sheikh|Judge|Dr\.|Mayor|Governor)(?:\s+General)?\s+[A-Z][\w'’-]+"
                            r"(?!\s+and\b)")
_ONE_PERSON = "|".join(sorted(w for w in PEOPLE_NOUNS if not w.endswith(("s", "men")) and w not in  # "gunmen": many
                              {"people", "police", "staff", "crew", "family", "other", "personnel", "peshmerga", "men",
                               "women", "children"}))
#: one victim told headline-style, a present verb and a bare singular noun ("Car bomb kills civil engineer")
_HEADLINE_ONE = re.compile(r"\b(?:(?P<k>kills|Kills|Kill)|(?P<w>wounds|Wounds|injures|Injures))\s+(?:[A-Za-z-]+\s+)?(?:" + _ONE_PERSON +
                           r")(?=\s*(?:[.:]|$)|\s*,(?!\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten|his|her|their|an?|the|another|"
                           r"several|dozens|many|others?)\b)|\s+(?:in|at|on|near|outside|after|during|as|and\s+(?:wound|injur|"
                           r"hurt)\w*)\b)")
#: one victim named by a noun phrase after a casualty noun ("the death of the SDF fighter", "the injury of a child")
_NOUN_VICTIM = re.compile(r"\b(?:(?P<k>death|killing|assassination)|(?P<w>injury|wounding))\s+(?:of|to)\s+(?:the|an?|one)\s+"
                          r"(?:[\w.'’-]+\s+){0,2}?(?:" + _ONE_PERSON + r"|general|commander|leader|official|bomber|attacker|"
                          r"gunman|assailant)\b", re.I)  # "the immediate death of the vehicle's driver", "of the bomber"
#: a killing only plotted, attempted or charged ("plotted the assassination of a judge"): no death
_PLOTTED_BEFORE = re.compile(r"\b(?:plot\w*|plann\w*|plans?|foil\w*|attempt\w*|fail\w*|order\w*|conspir\w*|accus\w*|"
                             r"charg\w*|thwart\w*|try\w*|tried)\s+(?:to\s+\w+\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)
#: one victim's harm told by a possessive after a verb of cause ("which caused his death", "resulting in her injury")
_HIS_HARM = re.compile(r"\b(?:caus(?:ed|es|ing)|result(?:ed|s|ing)\s+in|le(?:d|ads|ading)\s+to)\s+(?:his|her)\s+"
                       r"(?:immediate\s+|instant\s+|serious\s+)?(?:(?P<k>death)|(?P<w>injury|wounding))\b", re.I)
#: "wounded another in X", "another was injured" (one), "killing both" (two), when no count was read
_MORE_VICTIMS = re.compile(r"\b(?:(?P<k>kill(?:ed|ing))|(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))\s+(?:them\s+)?"
                           r"(?P<n>another|both)\b(?!\s+of\b)(?!\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|twenty|dozen)\b))|\b(?P<n2>another|both|a\s+(?:second|third|fourth|fifth))"
                           r"(?:\s+(?:person|one|" + _ONE_PERSON + r"))?\s+"
                           r"(?:was\s+|were\s+|had\s+been\s+)?(?:(?P<k2>killed|dead)|(?P<w2>wounded|injured|hurt|"
                           r"(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)))\b", re.I)  # "another suffered wounds"


#: the one wounded victim dying of the wounds ("and she later died", "he later succumbed to his wounds")
_HE_DIED = re.compile(r"\b(?:he|she)\s+(?:(?:later|subsequently|then|also)\s+)?(?:died|succumbed)\b", re.I)
#: one person by a singular noun
_ONE_NOUN = r"(?:owner|companion|colleague|relative|neighbou?r|" \
            r"bodyguard|escort|friend|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|uncle|aunt|sister|" \
            r"youth|general|colonel|brigadier|captain|lieutenant|sheikh|chief|governor|" \
            r"mayor|" + _ONE_PERSON + r")\b"
_DET_ONE = r"(?:the|its|his|her|their|a|an|[a-z][\w-]+['’]s)\s+(?:(?:[A-Z]\.){2,}\s+|[\w-]+\s+){0,2}?" + _ONE_NOUN
# ("a U.S. contractor", "Iran’s most revered general")
#: one more victim after a counted object, named by a singular noun ("killed two guards of the post and the driver of
#: their car"): the object's own phrase, then "and" and a determiner, not followed by a verb of its own
_TRAIL_VICTIM = re.compile(r"(?:\s+(?:of|from|in|at|with|on)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)?\s+and\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+)?" + _ONE_NOUN +
                           r"(?!\s*,?\s+(?:were|was|had|has|have|is|are|who|\w+ed|fled|escaped|ran|survived)\b|[^,.;]{0,40}?\b(?:said|says|told|added|reported)\b)", re.I)
#: a vague group given the other role by its own verb ("killed a guard and several others were wounded"); the
#: conditional reads the verb group ``k`` of ``_SINGLE_VICTIMS``, where it is used
_OTHER_ROLE = r"(?![\w\s-]{0,30}?\s+(?:were|was|had)\s+(?:been\s+)?(?(k)(?:wounded|injured|hurt)|killed)\b)"
#: one or two victims named by singular noun phrases ("wounding its driver", "injuring a woman and her child"), or
#: the next of a series ("killing two fighters and wounding a third")
_SINGLE_VICTIMS = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead|gunned\s+down|fatally\s+(?:shot|stabbed))|"
                             r"(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))\s+(?:at\s+least\s+)?(?:(?P<a>"
                             + _DET_ONE + r")(?P<b>\s+and\s+(?:" + _DET_ONE + r"|(?:" + _ONE_PERSON + r")\b))?"
                             r"(?![\w\s-]{0,30}?\s+and\s+(?:other|multiple|several|many|numerous|dozens|scores)\b"
                             + _OTHER_ROLE + r")|"
                             r"a\s+(?:second|third|fourth|fifth)\b)", re.I)  # not "a soldier and several contractors"
#: one victim named as the first subject before a counted chain: "The mayor and three of his bodyguards were wounded";
#: or two, by a noun that means a pair of people ("the parents and their three children were killed": 5)
_LEAD_SUBJECT = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|while|when|as|whereas|but)\s+)(?:(?P<two>" + _DET_ONE + r",\s+)?" + _DET_ONE +
                           r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’´.-]+\s+){0,3}?[\w'’´.-]+)?|"
                           r"(?P<pair>(?:(?:the|his|her|their)\s+)?(?:parents|twins)))\s+and\s+(?:his\s+|her\s+|their\s+)?$", re.I)
#: a count added to the victims told before it: "... was wounded along with two civilians"
_ALONG = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)\s+(?:along|together)\s+with\s+(?:the\s+|his\s+|her\s+|"
                    r"their\s+)?$", re.I)


def _along_with(text: str, chain: list[dict], out: dict, used: list[tuple[int, int]]) -> bool:
    """Add a chain told "along with" victims just named (one victim when none was counted); True if it was.

    >>> o = {"killed": None, "injured": None, "killed_who": set(), "injured_who": set(), "qualifiers": []}
    >>> t = "A soldier was wounded along with two civilians"
    >>> from analysis.events.counts import count_rows
    >>> _along_with(t, [r for r in count_rows(t) if r["noun"] == "civilians"], o, []), o["injured"]
    (True, 3)
    """
    m = _ALONG.search(text, max(0, chain[0]["start"] - 45), chain[0]["start"])
    if m is None or m.end() != chain[0]["start"]:  # "she, along with three cousins, was hurt": the verb after them
        t = _ALONG_TOLD.search(text, max(0, chain[0]["start"] - 45), chain[-1]["end"] + 30)  # near the chain only
        m = t if t is not None and t.start("chain") == chain[0]["start"] and t.end("chain") == chain[-1]["end"] else None
    values = [r["low"] if r["value"] is None and r["qualifier"] == "range" else r["value"] for r in chain]
    if m is None or any(v is None for v in values):
        return False
    role = "killed" if m.group("k") else "injured"
    out[role] = (1 if out[role] is None else out[role]) + int(sum(values))
    used += [(r["start"], r["end"]) for r in chain]
    return True


#: a list of victims told "along with" the one a casualty verb names: "was shot dead along with her driver and bodyguard"
_ALONG_ONE = r"(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"(?![-'’])"
_ALONG_LIST = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)(?P<obj>\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                         + _ONE_NOUN + r")?(?P<along>\s+(?:along|together)\s+with\s+)", re.I)  # "killed an aide along with"
_ALONG_ONE_RX = re.compile(_ALONG_ONE, re.I)
_ALONG_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: a plural subject before the verb ("guards were killed along with a driver"): the count of the first victims unknown
_PLURAL_SUBJECT = re.compile(r"\b(?:were|are|have\s+been)\s+(?:\w+\s+){0,3}?$", re.I)


def _along_list(text: str, rows: list[dict], out: dict) -> None:
    """Add the victims listed "along with" the first (one, or the count told before the verb) when the list names
    one by a singular noun ("his driver"), which no count reads; counted parts of the list are added too.

    >>> casualties("A judge was shot dead along with her driver and bodyguard")["killed"]
    3
    >>> casualties("An official was killed along with his wife and two children")["killed"]
    4
    >>> casualties("Gunmen killed an official along with her driver and two guards")["killed"]
    4
    """
    counted = {r["start"]: r for r in rows}
    for m in _ALONG_LIST.finditer(text):
        role = "killed" if m.group("k") else "injured"
        listed, singles = _listed_victims(text, m.end(), counted)
        if not singles:
            continue  # a counted list alone is ``_along_with``'s
        chained = out.get("_chained", {}).get(role)
        if chained and chained[1] <= m.start("along") and not m.group("obj"):
            base = out[role]
        elif _PLURAL_SUBJECT.search(text, max(0, m.start() - 40), m.start()):
            continue
        else:
            base = 1
        out[role] = max(out[role] or 0, base + listed)


def _listed_victims(text: str, pos: int, counted: dict[int, dict]) -> tuple[int, int]:
    """How many victims a list from ``pos`` names ("her driver, two guards and a cook": 4) and how many of them by a
    singular noun alone (2); an uncounted plural ends the list."""
    total = singles = 0
    while True:
        row = counted.get(pos)
        one = None if row else _ALONG_ONE_RX.match(text, pos)
        if row and row["value"] is not None and str(row["noun"]) in PEOPLE_NOUNS | DEMONYMS:
            total, pos = total + int(row["value"]), int(row["end"])
        elif one:
            total, singles, pos = total + 1, singles + 1, one.end()
        else:
            return total, singles
        sep = _ALONG_SEP.match(text, pos)
        if sep is None:
            return total, singles
        pos = sep.end()


#: one victim told with others before their verb: "she, along with three cousins, was hurt" (four)
_ALONG_TOLD = re.compile(r"\b(?:he|she|[A-Z][\w'’-]+),\s+(?:along|together)\s+with\s+(?:the\s+|his\s+|her\s+)?"
                         r"(?P<chain>[^,;.]{1,60}?),?\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:(?P<k>killed|shot\s+dead)|wounded|injured|hurt)\b")
#: one victim named after a counted subject: "Two fighters and their commander were killed", or told by where he came
#: from, his noun elided: "Two American personnel and one from Britain were killed"
#: what may stand between a count and the one more victim after it: the counted's unit and a participle aside ("Ten
#: jawans of the District Reserve Guard (DRG), returning in a van from an operation, and their driver were killed")
_BEFORE_TRAIL = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?)?"
                           r"(?:\s*,\s+[a-z]+ing\b[^,;.()]{0,80},)?")
_TRAIL_ONE = re.compile(r"\s+and\s+(?:" + _DET_ONE + r"|(?:one|another)\s+(?:from|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?"
                        r"[\w.'’-]+)(?=,?\s+(?:were|was|have|had|are)\b|\s+(?:dead|wounded|injured)\b)", re.I)
#: a second plural noun under the same count: "10 soldiers and pro-government fighters were killed" (ten in all; not
#: "and other troops", "and two civilians", "and their commander": a quantifier, a number or a determiner opens those)
_TRAIL_NOUNS = re.compile(r"\s+and\s+(?!(?:other|others|several|many|some|numerous|dozens|scores|the|their|his|her|its|an?|"
                          r"\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:[\w'’-]+\s+){0,2}?(?:" +
                          "|".join(sorted(w for w in PEOPLE_NOUNS if w.endswith("s") or w in {"personnel", "police",
                                                                                           "militiamen", "men"})) +
                          r")(?=,?\s+(?:were|have\s+been|had\s+been)\b)", re.I)
#: one or two victims between a verb and their state: "shot a man dead", "left the officer and his driver wounded"
_LEFT_VICTIMS = re.compile(r"\b(?:left|leaving|leaves|shot|shooting)\s+(?P<a>" + _DET_ONE + r")(?P<b>\s+and\s+" + _DET_ONE +
                           r")?\s+(?:(?P<k>dead|to\s+death)|(?P<w>wounded|injured|hurt|in\s+a\s+coma))\b", re.I)
#: one victim as the subject of a casualty predicate: "and the local police chief wounded", "A tribal leader's
#: brother was wounded" (a noun phrase that ``count_rows`` does not count)
_ONE_SUBJECT = re.compile(r"(?:^\W*(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*)(?:the|a|an|another|his|her|its|their)\s+"
                          r"(?:[\w'’.-]+\s+){0,3}?(?:" + _ONE_PERSON +
                          r"|chief|head|director|governor|sheikh|mayor|brother|son|father|husband)"
                          r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?!(?:was|were|is|and|had|has)\b)[\w'’-]+\s+){0,4}?"
                          r"(?!(?:was|were|is|and|had|has)\b)[\w'’-]+)?"  # "The mayor of the small town of X"
                          r"(?:,[^,;.]{1,40},)?\s+(?:(?:was|had\s+been)\s+)?(?:also\s+)?(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead|lost\s+(?:his|her)\s+life)|"
                          r"(?P<w>wounded|injured|hurt|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition))\b", re.I)
#: two singular victims as one subject: "a council member and a farmer were wounded"
_TWO_ONES = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that)\s+)"
                       r"(?=[^.;]{0,160}?\b(?:killed|shot\s+dead|wounded|injured|hurt)\b)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w().'’-]+\s+){0,4}?(?:" + _ONE_PERSON + r")\s+and\s+" + _DET_ONE +
                       r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<w>wounded|injured|hurt))\b",
                       re.I)
#: three or more singular victims listed as one subject: "a farmer, his wife and a neighbour were wounded", "a woman, man,
#: and child were killed" (each item one person; the count is the number of items)
_DET_OPT = r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+)?"
_ONE_LIST = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that|but)\s+)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w'’-]+\s+)?(?:" + _ONE_PERSON + r")(?P<items>(?:\s*,\s*" + _DET_OPT + r"(?:" + _ONE_PERSON +
                       r")\b){1,4}),?\s+and\s+" + _DET_OPT + r"(?:" + _ONE_PERSON + r")\s+(?:were|had\s+been|have\s+been)\s+"
                       r"(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<w>wounded|injured|hurt))\b", re.I)
#: one person of a list: a role with its determiner ("his deputy", "another fighter", "one of his aides")
_LIST_ONE = (r"(?:(?:the|a|an|his|her|its|their|another|one\s+of\s+(?:his|her|their))\s+)(?:[\w'’-]+\s+)?(?:"
             + _ONE_PERSON + r"|deputy|aides|bodyguards|guards)\b")
#: the objects of killing or wounding listed one by one, the first maybe a name with its role ("killed commander Ali
#: al-Debs, his deputy, and another fighter", "wounding a guard, his son and a driver")
_OBJECT_LIST = re.compile(r"\b(?:(?P<k>killed|killing)|(?P<w>wounded|wounding|injured|injuring))\s+(?:" + _LIST_ONE +
                          r"|(?:[A-Z][\w'’-]+\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){1,2})"
                          r"(?P<items>(?:\s*,\s*" + _LIST_ONE + r"){0,4}),?\s+and\s+" + _LIST_ONE)
#: one victim named after a noun: "A Yazidi youth named X Y was killed"
_NAMED_ONE = re.compile(r"\b(?:a|an|the)\s+(?=[^.;]{0,120}?\b(?:killed|shot\s+dead|wounded|injured|hurt)\b)"
                        r"(?:[\w'’-]+\s+){0,2}?(?:" + _ONE_PERSON + r"|youth)\s+(?:named|called|identified\s+as)"
                        r"\s+(?:[^\s,.;]+\s+){1,4}?(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|"
                        r"(?P<w>wounded|injured|hurt))\b", re.I)
#: any singular subject of "was killed/injured" opening a clause is one victim ("MOSUL - A cyclist was badly
#: injured when ..."), unless its noun names a group ("A family was killed")
_ONE_WAS = re.compile(r"(?:^(?:[^:.]{0,30}:\s*)?(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*|,\s+)(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w'’.-]+\s+){0,3}?(?!(?:family|group|crowd|convoy|patrol|unit|crew|team|number|couple|"
                      r"household|delegation)\b)[a-z][\w-]*(?:\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[a-z][\w-]*)?"
                      r"(?:,[^,;.]{1,70},)?\s+was\s+(?:\w+ly\s+)?(?:(?!injured|wounded|hurt)[a-z]+ed\s+and\s+)?(?:(?P<k>killed|shot\s+dead|"
                      r"(?<=fatally\s)(?:shot|stabbed))|"
                      r"(?P<w>wounded|injured|hurt))\b", re.I)
#: a headline-style subject: one person without a determiner opening the text or a list label ("US Marine Killed by
#: IED in X", "Roundup: Teacher gunned down at school gate", "Guard dies of wounds", "US contractor dead after rockets hit")
_BARE_ONE = re.compile(r"(?:^(?:[^:.]{0,30}:)?\W*|,\s+(?=(?:[A-Z][\w.]*\s+){1,2}\w+\s+was\s))(?:[A-Z][\w.]*\s+){0,2}?(?:"
                       + _ONE_PERSON + r"|marine|sailor|airman)"
                       r"(?:\s+(?-i:(?!(?:Killed|Dies|Died|Dead|Wounded|Injured|Hurt|Slain|Shot|Gunned|Was|Is|Says|Said|Reports|"
                       r"Reported|Tells|Told|Recalls|Claims|Confirms|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|"
                       r"Several|Dozens|Scores|Some|Hundreds)\b)[A-Z][a-z][\w'’-]*)){0,3}"
                       r"\s+(?:(?:was|is)\s+)?"  # a name after the noun: "Veteran reporter Lucia Ferraz killed in X"
                       r"(?:(?P<k>killed|dies|died|dead(?![-?]|\s+(?:last|set|serious|even|wrong|heat|ahead|or\s+alive)\b)|"
                       r"gunned\s+down|shot\s+dead|slain)|(?P<w>wounded|injured|hurt))\b", re.I)  # not "dead last", "dead-set"




def _one_victims(text: str, out: dict) -> None:
    """One victim named by a pronoun or a definite role ("killing him", "killed the driver and wounded a passenger").

    >>> o = {"killed": None, "injured": None}; _one_victims("killed the driver and wounded a passenger", o); o
    {'killed': 1, 'injured': 1}
    >>> o = {"killed": 2, "injured": None}; _one_victims("killed two guards and wounded another, killing both", o); o
    {'killed': 2, 'injured': 1}
    >>> o = {"killed": None, "injured": None}; _one_victims("wounding a farmer and his son", o); o["injured"]
    2
    >>> o = {"killed": None, "injured": None}; _one_victims("a bomb left the officer and his driver wounded", o); o
    {'killed': None, 'injured': 2}
    >>> o = {"killed": None, "injured": None}; _one_victims("a drone hit a fighter, which caused his death", o); o
    {'killed': 1, 'injured': None}
    >>> o = {"killed": None, "injured": None}; _one_victims("a shepherd, his wife, and a boy were wounded", o); o["injured"]
    3
    >>> o = {"killed": 1, "injured": None}; _one_victims("it killed commander Ali Hamad, his deputy, and another fighter", o); o
    {'killed': 3, 'injured': None}
    >>> o = {"killed": None, "injured": None}; _one_victims("Car bomb kills civil engineer", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("Veteran reporter Lucia Ferraz killed in Mexico", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("gunmen broke into his house and shot him dead", o); o["killed"]
    1
    >>> o = {"killed": None, "injured": None}; _one_victims("A soldier assigned to the 1st Brigade died of wounds", o); o["killed"]
    1
    """
    if not opens("one_victims", text):
        return  # every expression below needs one of the family's words (``gates.GATES``)
    for m in list(_ONE_VICTIM.finditer(text)) + [m for m in _NOUN_VICTIM.finditer(text) if not _PLOTTED_BEFORE.search(
            text, max(0, m.start() - 40), m.start())] + list(_TITLED_VICTIM.finditer(text)) + \
            list(_HIS_HARM.finditer(text)) + list(_HEADLINE_ONE.finditer(text)) + list(_PRESENT_ONE.finditer(text)) + \
            list(_HIM_DEAD.finditer(text)) + list(_ASSIGNED_ONE.finditer(text)):
        role = "killed" if m.group("k") or m.groupdict().get("k2") else "injured"
        if out[role] is None:
            out[role] = 1
    if out["killed"] is None and out["injured"] == 1 and _HE_DIED.search(text):
        out["killed"] = 1  # "wounding her badly, and she later died": the one victim
    for m in _MORE_VICTIMS.finditer(text):
        role = "killed" if m.group("k") or m.group("k2") else "injured"
        if out[role] is None:
            out[role] = 2 if (m.group("n") or m.group("n2")).lower() == "both" else 1
        elif _one_more(text, m, out.get("_chained", {}).get(role)):
            out[role] += 1  # "two guards were killed in X while another was killed in Y": 3
    for m in list(_SINGLE_VICTIMS.finditer(text)) + list(_LEFT_VICTIMS.finditer(text)):
        role = "killed" if m.group("k") else "injured"
        if out[role] is None or out[role] == 1 and m.group("b"):  # "a woman" was read as one: her child is another
            out[role] = 2 if m.group("b") else 1
    for m in _TWO_ONES.finditer(text) if " and " in text else ():
        role = "killed" if m.group("k") else "injured"
        if out[role] is None or out[role] == 1:
            out[role] = 2  # "a ... member and a civilian were wounded": two, whatever one of them was read as
    for m in _ONE_LIST.finditer(text) if " and " in text else ():
        role, n = "killed" if m.group("k") else "injured", m.group("items").count(",") + 2
        if out[role] is None or out[role] < n:
            out[role] = n  # "a woman, a man and a child were killed": one each, whatever a part was read as
    for m in _OBJECT_LIST.finditer(text) if " and " in text else ():
        role, n = "killed" if m.group("k") else "injured", m.group("items").count(",") + 2
        if out[role] is None or out[role] < n:
            out[role] = n  # "killed commander X, his deputy and another fighter": one each
    was = " was " in text
    for m in list(_ONE_SUBJECT.finditer(text)) + list(_BARE_ONE.finditer(text)) + \
            (list(_ONE_WAS.finditer(text)) + list(_NAMED_ONE.finditer(text)) if was else []):
        role = "killed" if m.group("k") else "injured"
        if out[role] is None:
            out[role] = 1


#: between a counted subject's predicate and "another was killed": a second clause of the same role
_THEN_ANOTHER = re.compile(r"\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b"
                           r"[^;.]{0,60}?(?:,\s*|\s+)(?:while|whereas|and)\s+$", re.I)


def _one_more(text: str, m: re.Match, chained: tuple[int, int] | None) -> bool:
    """Whether "another was killed" (``_MORE_VICTIMS``, subject form) is one more victim after a counted subject of
    the same role ("Two guards were killed in X while another was killed in Y": 3).

    >>> casualties("Two guards were killed in the north while another was killed in the south")["killed"]
    3
    """
    return bool(m.group("n2") and m.group("n2").lower() == "another" and chained and chained[1] <= m.start() and
                _THEN_ANOTHER.match(text[chained[1]:m.start()]))


#: an attacker counted with his victims: "a suicide bomber killed two guards and himself" (no other casualty verb
#: between: not "killed two and wounded a third and himself")
_AND_HIMSELF = re.compile(r"\bkill(?:ed|ing)\s+(?:(?!\b(?:wound|injur|hurt|maim|kill|le(?:ft|aving))\w*)[^.;]){1,60}?\s+and\s+"
                          r"(?:himself|herself)\b", re.I)
#: the one attacker killed after the attack he made ("a gunman killed a soldier and then was shot dead", "guards shot
#: dead the bomber", "troops killed the attacker"): a death of its own, beside his victims
_ATTACKER = r"(?:gunman|attacker|assailant|bomber|suicide\s+bomber|militant|sniper)"
_ATTACKER_KILLED = re.compile(r"\b(?:an?|the)\s+" + _ATTACKER + r"\s+(?:(?!(?:was|were|is|are|been)\b)\w+\s+){0,2}?"
                              r"(?:killed|shot|wounded)\s[^.;]{1,80}?"  # not "a gunman was killed when ... killed him"
                              r"\band\s+(?:then\s+|later\s+|was\s+then\s+)?(?:was\s+)?(?:then\s+)?(?:shot\s+dead|killed)\b|"
                              r"\b(?:killed|shot\s+dead|killing)\s+the\s+" + _ATTACKER + r"\b", re.I)


def _attacker_killed(text: str, out: dict) -> None:
    """One more killed for an attacker killed after his attack, when a count was read for his victims or none was.

    >>> o = {"killed": 1, "injured": None}
    >>> _attacker_killed("a gunman killed a soldier and then was shot dead by troops", o); o["killed"]
    2
    >>> o = {"killed": 1, "injured": None}; _attacker_killed("a gunman killed a soldier", o); o["killed"]
    1
    """
    if ("dead" in text or "kill" in text) and _ATTACKER_KILLED.search(text):
        out["killed"] = (out["killed"] or 0) + 1


#: dead told, then more dead the same blast "also killed" ("five soldiers slain in a bombing that also killed four
#: civilians"): two groups of victims of one event
_ALSO_KILLED = re.compile(r"\b(?P<a>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?" + _AUX + r"(?:killed|slain|died)\b[^.;]{0,120}?"
                          r"\b(?:that|which)\s+also\s+(?:killed|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+)?"
                          r"(?P<b>" + _NUM + r"|an?(?=\s+[a-z]))\b", re.I)


#: the same told the other way round: the dead a strike killed, then more dead that "were also killed" ("the raid killed
#: five guards, and two cooks were also killed"), or dead told "in addition to" others ("two cooks were killed, in
#: addition to five guards")
_ALSO_DEAD = re.compile(r"\bkill(?:ed|ing)\s+(?:at\s+least\s+)?(?P<a>" + _NUM + r")\s+[^.;]{0,80}?\b(?P<b>" + _NUM +
                        r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+also\s+(?:killed|dead)\b|"
                        r"\b(?P<b2>" + _NUM + r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+killed\s*,?\s+"
                        r"in\s+addition\s+to\s+(?:the\s+)?(?P<a2>" + _NUM + r")\b", re.I)


def _also_killed(text: str, out: dict) -> None:
    """The dead of both groups when a clause tells dead and then more dead its blast "also killed" (or that "were also
    killed", or dead "in addition to" others), and only one of the two counts was read.

    >>> o = {"killed": 4}; _also_killed("two guards slain at a gate by a bomb that also killed four", o); o["killed"]
    6
    >>> o = {"killed": 2}; _also_killed("two guards died in a blast which also killed a boy", o); o["killed"]
    3
    >>> o = {"killed": 5}; _also_killed("the raid killed five guards, and two cooks were also killed", o); o["killed"]
    7
    >>> o = {"killed": 2}; _also_killed("two cooks were killed, in addition to five guards", o); o["killed"]
    7
    """
    m = (_ALSO_KILLED.search(text) or _ALSO_DEAD.search(text)) if "also" in text else \
        _ALSO_DEAD.search(text) if "addition" in text else None
    if m is None:
        return
    g = {"a2": None, "b2": None, **m.groupdict()}  # the groups of the form that matched
    a = parse_count(g["a"] or g["a2"])[0]
    b = 1 if (g["b"] or g["b2"]).lower() in ("a", "an") else parse_count(g["b"] or g["b2"])[0]
    if a is not None and b is not None and out["killed"] in (a, b, None):
        out["killed"] = int(a) + int(b)


def both_dead_told(text: str) -> bool:
    """Whether a sentence tells a first group of dead and the group "also killed" with it (``_also_killed``'s forms):
    its toll is both groups, not only the ones it adds.

    >>> both_dead_told("The raid killed five guards, and two cooks were also killed."), both_dead_told("Two were also killed.")
    (True, False)
    """
    return ("also" in text or "addition" in text) and bool(_ALSO_KILLED.search(text) or _ALSO_DEAD.search(text))


#: one person and a counted group "with" them ("a woman (along) with her two children"), as the subject of a casualty
#: predicate or the object of a casualty verb: 1 + N
_ONE_WITH = (r"\b(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"\s+(?:(?:along|together)\s+)?with\s+"
             r"(?:(?:his|her|their)\s+)?(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+)?(?:children|sons|daughters|"
             r"grand(?:sons|daughters|children)|nephews|nieces|cousins|relatives|brothers|sisters|companions|friends|"
             r"colleagues|guards|bodyguards|passengers|people)\b")
_ONE_WITH_OBJECT = re.compile(r"\b(?:(?P<k>kill(?:ed|ing))|wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?)\s+" + _ONE_WITH, re.I)
_ONE_WITH_SUBJECT = re.compile(_ONE_WITH + r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|dead)|"
                               r"wounded|injured|hurt)\b", re.I)


def _one_with_count(text: str, out: dict) -> None:
    """One person and a counted group told "with" them: 1 + N victims of the role the verb gives, when a rule read
    only one of the two (the one person or the group).

    >>> o = {"killed": None, "injured": 2}; _one_with_count("a woman with her two children were wounded", o); o["injured"]
    3
    >>> o = {"killed": 1, "injured": 1}; _one_with_count("killing a guard and injuring his wife with two sons", o); o
    {'killed': 1, 'injured': 3}
    """
    if " with " not in text:
        return
    for m in list(_ONE_WITH_OBJECT.finditer(text)) + list(_ONE_WITH_SUBJECT.finditer(text)):
        role = "killed" if m.group("k") else "injured"
        n = parse_count(m.group("n"))[0]
        if n is not None and out[role] in (None, 1, int(n)):
            out[role] = 1 + int(n)


#: no one harmed at all ("nobody was hurt", "no one was harmed", "escaped unhurt"): no one was killed either. Words of injury alone
#: ("no injuries", "without causing any injuries", "no one was wounded", "escaped injury") rule out the injured only: the toll of dead stays untold
_NONE_HURT = re.compile(r"\bno(?:body|\s+one)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:hurt|harmed)\b|\bescap(?:ed|ing)\s+"
                        r"(?:unhurt|unharmed|unscathed)\b|\b(?:were|was)\s+(?:all\s+)?(?:unhurt|unharmed)\b", re.I)


#: a first report of no casualties that the same sentence takes back: "officials said nobody was hurt, but later checks
#: found two guards with concussions" (the latest figure holds; how many is not told)
_ZERO_TAKEN_BACK = re.compile(r"\b(?:no\s+(?:[\w.'’-]+\s+){0,2}?(?:casualties|injuries)|(?:no(?:body|\s+one)|no\s+(?:[\w.'’-]+\s+){0,2}?"
                              r"(?:soldiers|troops|personnel|sailors|members|people|civilians))\s+(?:was|were|had\s+been)\s+"
                              r"(?:hurt|injured|wounded|harmed))\b[^.;]{0,60}?,?\s+but\s+(?:\w+\s+){0,8}?(?:revealed|found|showed|"
                              r"turned\s+up|identified|confirmed|diagnosed|reported|discovered)\b[^.;]{0,60}?\b(?:injur|wound|"
                              r"concussion|burns|casualt|hurt|dead|killed|deaths?\b)", re.I)


def _zeros(text: str, out: dict) -> None:
    """Zero casualties where the text says so ("no casualties", "no one was hurt"; "no injuries": no one injured only).

    >>> o = {"killed": None, "injured": None}; _zeros("The rocket hit a car park without causing any injuries.", o); o
    {'killed': None, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("The shell fell in a yard; nobody was hurt.", o); o
    {'killed': 0, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("There were no immediate reports of injuries.", o); o
    {'killed': None, 'injured': 0}
    >>> o = {"killed": None, "injured": None}; _zeros("Neither blast caused any casualties, the police said.", o); o
    {'killed': 0, 'injured': 0}

    A "no casualties" the sentence takes back gives no zero:

    >>> o = {"killed": None, "injured": None}
    >>> _zeros("The navy first said no sailors were hurt, but medical checks later found burns among the crew.", o); o
    {'killed': None, 'injured': None}
    >>> o = {"killed": None, "injured": 4}; _zeros("No one was killed, but doctors reported four people injured.", o); o
    {'killed': 0, 'injured': 4}
    """
    if _ZERO_TAKEN_BACK.search(text):
        return
    neither = _NEITHER_NOR.search(text) if out["killed"] is None and out["injured"] is None else None
    if neither:  # "neither the mayor nor his family were hurt", with no victim counted: none of either (injured: none hurt)
        out["injured"] = 0
        out["killed"] = 0 if neither.group("both") else out["killed"]
    both = bool(_NONE_BOTH.search(text) or _NONE_HURT.search(text))
    if out["killed"] is None and (both or _NONE_KILL.search(text)):
        out["killed"] = 0
    if out["injured"] is None and (both or _NONE_INJ.search(text)):
        out["injured"] = 0


#: a part of munitions whose total the clause does not give ("destroyed one of the rockets"): not all that were fired
_PARTITIVE = re.compile(r"\b(?:one|two|three|four|five|\d+)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:rockets|missiles|"
                        r"drones|projectiles|shells|mortars|uavs)\b", re.I)


def munitions(text: str, event_class: str = "") -> dict:
    """Counts of rockets, missiles, drones or shells by role: n_fired, n_hit, n_intercepted, n_claimed.

    >>> m = munitions("The base was targeted by 15 rockets but 13 were destroyed by air-defense systems and two fell on it")
    >>> m["n_fired"], m["n_intercepted"], m["n_hit"]
    (15, 13, 2)
    >>> munitions("Three rockets hit the base")["n_fired"] is None  # only those that hit are told
    True
    >>> munitions("A strike involving six rockets hit the depot")["n_fired"]  # the strike hit; the rockets are its means
    6
    >>> munitions("the group claimed responsibility, claiming to have fired 24 rockets")["n_claimed"]
    24
    >>> m = munitions("One drone was shot down, but another caused minor injuries"); m["n_fired"], m["n_hit"]
    (None, 1)
    >>> munitions("U.S. forces brought down two drones")["n_intercepted"]
    2
    >>> munitions("one shell got struck down near the port")["n_intercepted"]
    1
    >>> munitions("14 rockets were launched and three directly hit the base")["n_hit"]
    3
    >>> munitions("OCT. 2 – Two rockets slam into the base")["n_hit"], munitions("A drone crashes into the barracks")["n_hit"]
    (2, 1)
    >>> munitions("One contractor was killed in a rocket attack")["n_fired"] is None
    True
    >>> munitions("The drone was shot down near the base")["n_intercepted"], munitions("both were intercepted")["n_intercepted"]
    (1, 2)
    >>> m = munitions("two of the drones were downed while the remaining one struck the camp")
    >>> m["n_fired"], m["n_intercepted"], m["n_hit"]
    (3, 2, 1)
    >>> munitions("Warships shot down three drones and a cruise missile")["n_intercepted"]
    4
    >>> munitions("The mortar landed on a house")["n_hit"], munitions("shot down five unmanned aerial vehicles")["n_intercepted"]
    (1, 5)
    >>> m = munitions("air defences shot down 12 of the 15 drones")
    >>> m["n_intercepted"], m["n_fired"]
    (12, 15)
    >>> m = munitions("The rocket did not hit the base"); m["n_fired"], m["n_hit"]
    (1, 0)
    """
    out: dict = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    if not opens("munitions", text):  # every rule below needs one of the family's words (``gates.GATES``)
        return out
    if "up to" in text:  # "a turret able to shoot up to 30 shells each second": what a weapon can do, not what was fired
        text = _RATE_OF_FIRE.sub(lambda m: " " * len(m.group()), text)
    text = _unquote_words(text)  # "25 Shahed “kamikaze” drones": the marks around a word of the count's phrase blanked
    _counted_munitions(text, out, event_class)
    if "with " in text:
        _hits_with(text, out)
    _one_munition(text, out)
    if "another" in text.lower():
        _another_munition(text, out)
    _part_or_single(text, out, event_class)
    if out["n_hit"] is None and out["n_fired"] in (None, 1) and _ONE_MISSED.search(text):
        out["n_fired"], out["n_hit"] = 1, 0  # "the rocket did not hit the base": the one fired hit nothing
    rest = _REST_HIT.search(text) if out["n_intercepted"] is not None and out["n_hit"] in (None, 1) else None
    if rest is not None:
        out["n_hit"] = 1  # "two were shot down while the remaining drone hit the compound": all are told
        another = rest.group().lower().startswith("another")  # one more told, not that no other was fired
        if out["n_fired"] in (None, out["n_intercepted"]) and not another:
            out["n_fired"] = out["n_intercepted"] + 1
        elif another and out["n_fired"] == out["n_intercepted"]:
            out["n_fired"] = None  # "one drone was shot down, but another hit": the one was not all that were fired
    _fired_from_outcomes(text, out)
    _all_of_them(text, out)
    if out["n_fired"] is None and "bomb" in text.lower():
        _bombs_dropped(text, out)
    if out["n_fired"] is None:
        _vague_fired(text, out)
    return out


#: bombs dropped from the air, the munitions of an air strike: "a jet dropped three bombs on the village", "hit 85
#: targets with 145 bombs", "20 bombs were dropped", "seven bombs dropped on X" (bombs planted or carried are no munitions
#: fired)
_BOMBS_DROPPED = re.compile(r"\b(?:(?:dropp(?:ed|ing)|drops?|releas(?:ed|ing)|rain(?:ed|ing))\s+|(?:hit|hitting|struck|strik(?:e|es|ing)|"
                            r"pound(?:ed|ing)|target(?:ed|ing)|launch(?:ed|es|ing))\s+(?:[\w-]+\s+){0,6}?with\s+)" + _QUAL +
                            r"(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+)?bombs\b|\b" + _QUAL.replace("<q>", "<q2>") +
                            r"(?P<n2>" + _NUM + r")\s+(?:[\w-]+\s+)?bombs\s+(?:(?:were|had\s+been|have\s+been)\s+)?dropped\b", re.I)


def _bombs_dropped(text: str, out: dict) -> None:
    """The number fired when bombs dropped from the air are counted ("the jet dropped three bombs": fired 3).

    >>> o = {"n_fired": None, "qualifiers": []}; _bombs_dropped("jets hit 85 targets with more than 145 bombs", o); o
    {'n_fired': 145, 'qualifiers': ['n_fired=more_than']}
    >>> o = {"n_fired": None, "qualifiers": []}; _bombs_dropped("militants planted two bombs", o); o["n_fired"] is None
    True
    """
    m = _BOMBS_DROPPED.search(text)
    if m is None:
        return
    n, _low, _high, q = parse_count(f'{m.group("q") or m.group("q2") or ""} {m.group("n") or m.group("n2")}'.strip())
    if n is not None and n < 10_000:
        out["n_fired"] = n
        if q not in ("exact", ""):
            out["qualifiers"].append(f"n_fired={q}")


#: the one munition of an attack that struck nothing: "the rocket did not hit the base", "a drone missed its target"
_ONE_MISSED = re.compile(r"\b(?:the|a|a\s+single|one)\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|uav|mortar\s+round|shell)\s+"
                         r"(?:(?:did\s+not|didn['’]t|failed\s+to)\s+(?:hit|strike|reach|land\s+(?:on|in|inside))\b|missed\b)", re.I)


#: an object right after a verb: "one destroyed a hangar" (active: the munition destroyed it)
_ACTIVE_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|part\s+of|parts\s+of)\s", re.I)
_PLURAL_MUNITION = r"(?:rockets|missiles|drones|projectiles|shells|mortars|mortar\s+rounds|uavs)"


#: munitions fired told without a number: "several rockets", "multiple one-way attack drones", "dozens of missiles"
_VAGUE_MUNITIONS = re.compile(r"\b(?P<q>several|multiple|numerous|many|a\s+number\s+of|dozens\s+of|scores\s+of)\s+"
                              r"(?:[\w-]+\s+){0,3}?" + _PLURAL_MUNITION + r"\b", re.I)
_VAGUE_KEY = {"several": "several", "numerous": "several", "a number of": "several", "multiple": "multiple",
              "many": "many", "dozens of": "dozens", "scores of": "dozens"}


def _vague_fired(text: str, out: dict) -> None:
    """Mark a number fired told only vaguely ("several rockets": ``n_fired=several``), so that the incident does not take
    a part of them ("one drone was destroyed") for the number fired (``merge.VAGUE_FLOOR``).

    >>> o = {"n_fired": None, "qualifiers": []}; _vague_fired("hurt by multiple one-way attack drones", o); o["qualifiers"]
    ['n_fired=multiple']
    """
    m = _VAGUE_MUNITIONS.search(text)
    if m is not None:
        out["qualifiers"].append("n_fired=" + _VAGUE_KEY[" ".join(m.group("q").lower().split())])


#: all the munitions told before, named again without a count, struck or were shot down: "the rockets slammed into the
#: depot", "all the drones were laden with explosives and struck the camp", "five missiles, all of which had been shot down"
#: (not "most of the missiles", "the shells landed close to a checkpoint", "the projectiles hit in open ground")
_ALL_OF_THEM = re.compile(r"(?:^\W*|[;:]\s*|\b(?:and|but|as|while|when|that)\s+|\ball\s+(?:of\s+)?)(?:the|these|those)\s+"
                          r"(?:[\w-]+\s+)?" + _PLURAL_MUNITION + r"\s+(?:(?:were|had\s+been)\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:\w+ly\s+)?"
                          r"(?:(?P<hit>hit|struck|slammed\s+into|crashed\s+into|impacted|landed\s+(?:on|inside)|fell\s+(?:on|inside))"
                          r"(?!\s+(?:in|near|outside|around|close)\b)|(?:were|had\s+been)\s+(?:all\s+)?(?:intercepted|shot\s+down|"
                          r"downed))\b|,\s+all\s+of\s+(?:which|them)\s+(?:were|had\s+been)\s+(?:intercepted|shot\s+down|downed)\b",
                          re.I)


def _all_of_them(text: str, out: dict) -> None:
    """All the munitions told without a count struck, or were shot down: as many as were fired, when the sentence gives
    that number; else, when the text says "all", the role is marked ``=all`` for the incident to take its number fired
    (``merge._count_fields``); a bare "the rockets hit" in a later sentence is not enough to say all of them did.

    >>> o = {"n_fired": 3, "n_hit": None, "n_intercepted": None, "qualifiers": []}
    >>> _all_of_them("An airfield was targeted by three missiles, all of which had been shot down", o); o["n_intercepted"]
    3
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "qualifiers": []}
    >>> _all_of_them("They said all the rockets slammed into the depot", o); o["n_hit"], o["qualifiers"]
    (None, ['n_hit=all'])
    >>> o["qualifiers"] = []; _all_of_them("Most of the rockets slammed into the depot", o)
    >>> _all_of_them("all the rockets landed near it", o); _all_of_them("The rockets hit the depot", o); o["qualifiers"]
    []
    """
    if out["n_hit"] is not None or out["n_intercepted"] is not None:
        return
    m = _ALL_OF_THEM.search(text)
    if not m:
        return
    role = "n_hit" if m.group("hit") else "n_intercepted"
    if out["n_fired"] is not None:
        out[role] = out["n_fired"]
    elif f"{role}=all" not in out["qualifiers"] and re.match(r"\W*all\b", m.group().lstrip(" ;:"), re.I):
        out["qualifiers"].append(f"{role}=all")


def _fired_from_outcomes(text: str, out: dict) -> None:
    """The number fired when the text tells only what hit or was shot down: one for a single munition ("a drone
    hit the base" tells the whole attack), none for a count ("18 rockets hit": how many missed is not said).

    >>> o = {"n_fired": None, "n_hit": 1, "n_intercepted": None}; _fired_from_outcomes("a drone hit it", o); o["n_fired"]
    1
    >>> o = {"n_fired": None, "n_hit": 18, "n_intercepted": None}; _fired_from_outcomes("18 rockets hit", o); o
    {'n_fired': None, 'n_hit': 18, 'n_intercepted': None}
    >>> o = {"n_fired": None, "n_hit": 1, "n_intercepted": None}; _fired_from_outcomes("the first drone hit", o); o["n_fired"] is None
    True
    """
    if out["n_fired"] is not None or (out["n_hit"] or 0) + (out["n_intercepted"] or 0) != 1 or _ORDINAL_ONE.search(text):
        return  # "the second missile hit": one of a series told by its place, not the whole attack
    if not ((out["n_hit"] is None or out["n_intercepted"] is None) and _PARTITIVE.search(text)):
        out["n_fired"] = 1  # "one of the rockets hit": a part, not the whole


#: a munition told by its place in a series: "the first missile", "a third rocket", "another drone"
_ORDINAL_ONE = re.compile(r"\b(?:(?:the|a)\s+(?:first|second|third|fourth|fifth|last)|another)\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(sorted(PROJECTILES)) + r")\b", re.I)
#: a weapon's rate of fire: "can shoot up to 30 shells per second", "can launch up to 40 rockets a minute"
_RATE_OF_FIRE = re.compile(r"\bup\s+to\s+[\d,]+\s+(?:[\w-]+\s+)?(?:rounds|bullets|shells|rockets|projectiles)\s+"
                           r"(?:per|a|each|every)\s+(?:second|minute)\b", re.I)


#: what a counted drone or aircraft fired ("a drone fired two missiles"): the drone is the launcher, the missiles the
#: munitions fired
_PLATFORM_FIRED = re.compile(r"\s+(?:\w+ly\s+)?(?:fired|launched|dropped|released)\s+(?:at\s+least\s+|more\s+than\s+|up\s+to\s+)?"
                             r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:missiles?|rockets?|bombs?|munitions|projectiles|grenades?)\b", re.I)


def _counted_munitions(text: str, out: dict, event_class: str) -> None:
    """Counted munitions by role ("15 rockets ... 13 were destroyed"), then bare counts ("two were intercepted").

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("Three rockets hit the base", o, ""); o["n_hit"]
    3
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("it fired nine rockets, three of which struck the camp", o, "claim"); o["n_claimed"], o["n_hit"]
    (9, None)
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("jets downed the drones, but debris from one destroyed a shed", o, ""); o["n_intercepted"]
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None, "qualifiers": []}
    >>> _counted_munitions("A drone fired two missiles at a car", o, ""); o["n_fired"]
    2
    """
    taken: list[tuple[int, int]] = []
    rows = [r for r in count_rows(text) if r["value"] is not None and not _PLATFORM_FIRED.match(text, r["end"]) and
            (str(r["noun"]) in PROJECTILES or
            str(r["noun"]).startswith("vehicle") and "aerial" in str(r["noun_phrase"]).lower() or  # "unmanned aerial vehicles"
            _SIZED_VOLLEY.search(str(r["noun_phrase"])) and int(r["value"]) > 1)]  # "a 30-plus rocket attack": 30 fired
    for chain in _chains(rows, text):  # bombs, devices and grenades are not fired, hit or intercepted
        role = _munition_role(text, chain[0]["start"], chain[-1]["end"], event_class)
        total = sum(int(r["value"]) for r in chain)  # "three drones and a missile were shot down": four
        _set(out, role, total, _qualifier(str(chain[0]["text"])))
        if role == "n_hit" and _FIRED_MODIFIER.match(text, chain[-1]["end"]):
            _set(out, "n_fired", total, _qualifier(str(chain[0]["text"])))  # "three missiles, fired at dawn, struck"
        taken += [(r["start"], r["end"]) for r in chain]
    if event_class != "claim" and (any(out[k] is not None for k in ("n_fired", "n_hit", "n_intercepted", "n_claimed")) or
                                   any_weapon(text, 13)):  # a claim's "<N> of which hit" is claimed too
        for m in _BARE_MUNITION.finditer(text):
            if not any(s <= m.start("n") < e for s, e in taken):
                v = m.group("v").lower()
                role = "n_intercepted" if v in ("intercepted", "destroyed", "downed") or "shot" in v else "n_hit"
                if role == "n_hit" and _NEAR.match(text, m.end()):
                    continue  # "including one that landed near the gate": fired, not a hit
                if role == "n_intercepted" and _ACTIVE_OBJECT.match(text, m.end()) and \
                        not _BE_AUX.search(text, m.end("n"), m.start("v")):
                    continue  # "debris from one destroyed a hangar": what the munition did, not an interception
                _set(out, role, parse_count(m.group("n"))[0], "")


#: the parts of a salvo told by absolute participles after "with": "eight rockets were fired, with three exploding
#: near the gate", "the rockets landed, with two striking inside and two hitting the fence"
_WITH_PART = re.compile(r"(?:\bwith|\band)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"(?:all\s+)?(?:the\s+)?(?:rest|others|remainder))\s+(?:of\s+(?:them|which)\s+)?(?:(?P<hit>striking|"
                        r"hitting|exploding|impacting|slamming|crashing|landing\s+(?:on|in|inside))|landing|falling|"
                        r"missing|being\s+(?:intercepted|shot\s+down|downed))\b", re.I)


def _hits_with(text: str, out: dict) -> None:
    """The number that hit, summed over the parts a salvo is told in after "with" (only the struck ones).

    >>> o = {"n_hit": None, "qualifiers": []}
    >>> _hits_with("the rockets landed, with two striking inside and two hitting the perimeter fence", o); o["n_hit"]
    4
    >>> o = {"n_hit": None, "qualifiers": []}; _hits_with("with one landing outside the base", o); o["n_hit"] is None
    True
    """
    if out["n_hit"] is not None:
        return
    total, end = 0, None
    for m in _WITH_PART.finditer(text):
        if not m.group().lower().startswith("with") and (end is None or re.search(r"[;.]", text[end:m.start()])):
            end = None  # an "and" part of no "with" phrase
            continue
        n = parse_count(m.group("n"))[0]
        if m.group("hit") and n is None:
            return  # "with the rest striking the base": how many hit is not told
        total += int(n) if m.group("hit") else 0
        end = m.end()
    if total:
        out["n_hit"] = total


def _one_munition(text: str, out: dict) -> None:
    """One munition told without a count ("the drone was shot down", "another was launched", "hit by a missile").

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None}
    >>> _one_munition("the base had been hit by a missile", o); o["n_fired"], o["n_hit"]
    (1, 1)
    """
    det = _DET_INTERCEPT.search(text)
    if det and out["n_intercepted"] is None:
        out["n_intercepted"] = 2 if det.group("two") else 1
    active = _DET_INTERCEPT_ACTIVE.search(text) if out["n_intercepted"] is None else None
    if active and not _NON_STATE_SHOOTER.search(text, max(0, active.start() - 60), active.start()):
        out["n_intercepted"] = 1  # "air defences shot down the drone near the base"
    more = _ANOTHER.search(text)
    if more and out["n_fired"] is None:  # "... and another was launched at a base near Erbil"
        out["n_fired"] = 1
    by_one = _BY_ONE.search(text) if out["n_fired"] is None else None
    if by_one:
        out["n_fired"] = 1  # "the base was attacked by drone", "targeted by a close-range ballistic missile": one
        if re.match(r"(?:hit|struck)\b", by_one.group(), re.I) and out["n_hit"] is None:
            out["n_hit"] = 1  # "the base had been hit by a missile": the one that was fired hit


_ONE_MORE = r"another\s+(?:[\w-]+\s+){0,2}?(?:drone|rocket|missile|projectile|uav|shell|mortar\s+(?:round|shell))\b"
#: one more munition told by its outcome: "... and another rocket hit a depot", "shot down another drone over the base"
#: (not when the defenders failed to: "were unable to shoot down another missile")
_ANOTHER_OUTCOME = re.compile(r"\b" + _ONE_MORE + r"(?:,?\s+(?:that|which))?\s+(?:\w+ly\s+)?(?P<hit>hit|struck|slammed\s+into|"
                              r"crashed\s+into|impacted|(?:landed|fell|exploded)\s+(?:on|in|inside|into))\b|"
                              r"(?<!failed\sto\s)(?<!fail\sto\s)(?<!unable\sto\s)(?<!not\s)\b(?:intercepted|downed|(?:shot|brought|knocked)\s+down)\s+"
                              + _ONE_MORE, re.I)


def _another_munition(text: str, out: dict) -> None:
    """One more munition told by its outcome ("another rocket hit a depot", "shot down another drone"): one hit or one
    shot down when no count gives that role (it tells no number fired: it is one of a series).

    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": 4}
    >>> _another_munition("air defences downed four rockets and another rocket hit a depot", o); o["n_hit"], o["n_fired"]
    (1, None)
    >>> o = {"n_fired": None, "n_hit": None, "n_intercepted": None}
    >>> _another_munition("guards shot down another drone", o); o["n_intercepted"]
    1
    >>> _another_munition("guards were unable to shoot down another rocket that hit the fence", o); o["n_hit"]
    1
    """
    for m in _ANOTHER_OUTCOME.finditer(text):
        role = "n_hit" if m.group("hit") else "n_intercepted"
        if out[role] is None:
            out[role] = 1


def _part_or_single(text: str, out: dict, event_class: str) -> None:
    """Interceptions told as a part of those fired, or the one munition named with "the" that struck.

    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("The missile slammed into a depot", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("A booby-trapped drone on Friday struck a camp", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Explosive-laden drone hits army post", out, ""); (out["n_fired"], out["n_hit"])  # a headline
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("a drone packed with explosives hit the camp", out, ""); (out["n_fired"], out["n_hit"])
    (1, 1)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Officials said the rocket that wounded two guards was made abroad", out, ""); out["n_fired"], out["n_hit"]
    (1, None)
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Engineers said the drone was launched from the west", out, ""); out["n_fired"]
    1
    >>> out = {"n_fired": None, "n_hit": None, "n_intercepted": None, "n_claimed": None}
    >>> _part_or_single("Fighters attacked the base this morning using an unmanned aerial vehicle", out, ""); out["n_fired"]
    1
    """
    part = _PART_OF.search(text)
    a, b = (parse_count(part.group("a"))[0], parse_count(part.group("b"))[0]) if part else (None, None)
    if a is not None and b is not None and a <= b:
        out["n_intercepted"], out["n_fired"] = int(a), int(b)  # "shot down 34 out of 35 drones"
    one = _THE_ONE_HIT.search(text) if out["n_fired"] in (None, 1) and out["n_hit"] is None and \
        out["n_intercepted"] is None else None  # "a single drone, which impacted the base": the one fired hit
    if one:  # "the rocket hit the base": the one munition of the report; "the drone hit its target": a claim
        claim = event_class == "claim" or re.match(r"\s+(?:its|their)\s+targets?", text[one.end():])
        out["n_claimed" if claim else "n_hit"] = out["n_claimed"] if claim and out["n_claimed"] is not None else 1
        if not _ORDINAL_ONE.search(text):  # "the first missile hit": one of a series, not the number fired
            out["n_fired"] = 1
    if out["n_fired"] is None and _DROPPED.search(text):
        out["n_fired"] = 1  # "a drone dropped explosives on the airport": one drone, not itself a hit
    if out["n_fired"] is None and out["n_hit"] is None and out["n_intercepted"] is None and _ONE_MEANS.search(text) \
            and not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "fighters attacked the base using a drone": the one munition of the attack
    if out["n_fired"] is None and _ONE_KILLER.search(text) and not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "the missile that killed two guards": the one munition of the attack (a hit is not told)
    if out["n_fired"] is None and out["n_intercepted"] is None and _THE_ONE_FIRED.search(text) and \
            not _ORDINAL_ONE.search(text):
        out["n_fired"] = 1  # "officials said the drone was launched from the west": the one munition of the attack


#: munitions told as the means of the attack just named: "an attack involving four rockets", "a strike using two drones"
_MEANS_BEFORE = re.compile(r"\b(?:attacks?|strikes?|assaults?|barrages?)\s+(?:involving|using|employing|comprising)\s+"
                           r"(?:at\s+least\s+|about\s+|some\s+|around\s+)?$", re.I)


#: where a munition was made, told between it and its verb: "a missile “of Russian origin” hit", "rockets of local make"
_OF_ORIGIN = re.compile(r"\s+[“\"]?of\s+(?:[\w-]+\s+){0,2}?(?:origin|make|manufacture|design)[”\"]?(?=\s)", re.I)


#: a day or a time of day between a counted munition and its verb ("two rockets on Sunday fell", "three shells early
#: Monday hit", "two drones overnight struck")
_TIME_ASIDE = re.compile(r",?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|overnight|"
                         r"last\s+night|this\s+morning|at\s+dawn)(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s)")


def _munition_role(text: str, start: int, end: int, event_class: str) -> str:
    """The role of one counted munition phrase at [start, end): a munition that landed or struck near its target
    struck (``n_hit``), as one that struck it; how close is not the count's business.

    >>> _munition_role("Two rockets landed near the base", 0, 11, ""), _munition_role("Two rockets were fired", 0, 11, "")
    ('n_hit', 'n_fired')
    >>> _munition_role("Six drones, including one which landed near a school, were launched", 0, 10, "")  # the part's verb
    'n_fired'
    >>> _munition_role("Two rockets on Sunday fell near the base", 0, 11, "")
    'n_hit'
    """
    after, before = text[end:end + 200], text[max(0, start - 40):start]
    fire = re.match(r"\s+of\s+(?:[\w-]+\s+)?fire\b", after) or _OF_ORIGIN.match(after)
    after = after[fire.end():] if fire else after  # "two rounds of indirect fire struck", "a drone of foreign make hit"
    when = _TIME_ASIDE.match(after)  # "Two rockets on Sunday fell near the base": the day stands between them
    after = after[when.end():] if when else after
    mod = _MODIFIER.match(after)  # not across a further count ("20 rockets fired, some 12 hit": the verb is its)
    after = after[mod.end():] if mod else after  # "three drones directed at the base were destroyed"
    if _INTERCEPT_AFTER.match(after) or _INTERCEPT_BEFORE.search(before) or _FORCES_SHOT.search(before):
        return "n_intercepted"
    if event_class == "claim" or _CLAIMED_FIRE.search(before):
        return "n_claimed"
    if _MEANS_BEFORE.search(before):
        return "n_fired"  # "an attack involving four rockets hit the base": the attack hit, the rockets are its means
    if _HIT_AFTER.match(after) or _HIT_BEFORE.search(before):  # "two rockets landed near the base": they struck
        return "n_hit"
    return "n_fired"


def _set(out: dict, role: str, value: int | None, qualifier: str) -> None:
    """Record a munition count for a role unless the role already has one."""
    if value is None or out[role] is not None:
        return
    out[role] = int(value)
    if qualifier:
        out["qualifiers"].append(f"{role}={qualifier}")


_TITLES = frozenset("general commander leader lieutenant head chief deputy colonel major brigadier sheikh "
                    "spokesman official".split())
_TITLE_ABBR = re.compile(r"\b(?:Gen|Lt|Col|Maj|Brig|Capt|Sgt|Cmdr|Adm)\.(?=\s+[A-Z])")
_STOP_CAPS = frozenset("with and the of in his her their its a an as by for to from".split())
_NAME_TOKEN = re.compile(r"(?:[A-Z][a-z’']+|al|Al|el|bin|ibn|Abu|Abi)(?:-[A-Z][a-z’']+)?")


#: the words around names of people killed (``named_victims``), compiled once
#: a headline's violent subject before its title-case verb ("US Strike Kills General X"; not "Senate Kills Bill"): one
#: fixed-width look-behind each, as Python's look-behinds must be
_HEADLINE_SUBJECTS = ("[Ss]trike", "[Ss]trikes", "[Aa]ttack", "[Bb]omb", "[Bb]last", "[Dd]rone", "[Rr]aid", "[Gg]unmen",
                      "[Gg]unman")
_KILLED_NAMES = re.compile(r"\b(?:killed|kills|(?:" + "|".join(rf"(?<={w}\s)" for w in _HEADLINE_SUBJECTS) +
                           r")Kill(?:ed|s)|"
                           r"killing of|(?:following|after|since|amid)\s+(?:the\s+)?(?:killings|assassinations)\s+of|"
                           r"(?<=,\s)killing|(?<=\band\s)killing|assassinated|assassinates|assassination of|martyrdom of|"
                           r"deaths of|shot\s+dead|gunned\s+down|(?:shot|stabbed|beaten)\s+to\s+death)\s+(?!(?:were|are)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b)"  # not "(five of those) killed were police officers"
                           r"(?!(?i:in|at|on|by|during|near|inside|outside|across|after|when|while|as)\s)")  # "killed in X Y": where
# (a headline's verb in title case only after a word: "US Strike Kills General X"; not "Killed Soldiers Remembered")
#: a charge or verdict before "(and) killing X" ("accused of abducting and killing X", "convicted of killing")
_CHARGED_WITH = re.compile(r"\b(?:accused|charged|convicted|suspected|arrested|jailed|sentenced|tried|acquitted|guilty|"
                           r"denied|admitted|confessed)\b[^.;]{0,40}$", re.I)
_NAMES_END = re.compile(r"[.;:]|\b(?:who|which|in a|in an|at the|on)\b|\band\s+(?:injur|wound|hurt|leav|maim)\w*")
_WHO_WERE_KILLED = re.compile(r",?\s+(?:who (?:were|was) (?:killed|assassinated)|lost their lives)\b")
_NAMES_START = re.compile(r"[.;:]|\b(?:that|for|including|on|in)\s")
#: a relative aside that describes a name in a list of victims before the list goes on ("X, who was the head of the
#: force, and Y")
_WHO_ASIDE = re.compile(r",\s+who\s+(?:was|is|had\s+been|has\s+been)\s+[^,;.]{1,120},(?=\s+and\s)")
#: an apposition that describes the name before it (", a senior figure of the party headed by X"): no victim of its own
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[^,;]*")


def named_victims(text: str) -> list[str]:
    """Names of people a clause says were killed ("killed general Qassem Suleimani and ... Abu Mahdi al-Muhandis",
    "for Qassem Soleimani ... and Abu Mahdi al-Muhandis, who were killed").

    >>> named_victims("a US air strike in Baghdad killed Iranian general Qassem Suleimani and Abu Mahdi Al Muhandis")
    ['Qassem Suleimani', 'Abu Mahdi Al Muhandis']
    >>> named_victims("In the north, gunmen shot dead town councillor Omar Salih Bakr near his home")
    ['Omar Salih Bakr']
    >>> named_victims("police shot to death Omar Salih Bakr, a wanted man")
    ['Omar Salih Bakr']
    >>> named_victims("Scores were killed in raids in Wadi Barada")  # a place after "killed in", no victim's name
    []
    >>> named_victims("gunmen killed Karim Hassan Jabr, an aide of the movement led by Salim Adnan Rahim, near his home")
    ['Karim Hassan Jabr']
    >>> named_victims("the raid killed Omar Salih Bakr, who was the head of the guard, and Ali Hadi Jasim")
    ['Omar Salih Bakr', 'Ali Hadi Jasim']
    >>> named_victims("shells hit the village, killing Tun Aye"), named_victims("warned against killing Tun Aye")
    (['Tun Aye'], [])
    >>> named_victims("The men were accused of abducting and killing Tun Aye last year.")
    []
    """
    if not opens("named_victims", text):
        return []  # both expressions need one of the family's words (``gates.GATES``)
    text = _TITLE_ABBR.sub(lambda t: " " * len(t.group()), text)  # "Gen. Qassim Soleimani": the name, not "Gen"
    m = _KILLED_NAMES.search(text)
    if m and m.group().startswith("killing") and _CHARGED_WITH.search(text, max(0, m.start() - 60), m.start()):
        return []  # "accused of abducting and killing X": a charge, not a death this clause tells
    if m:
        tail = text[m.end():]
        if "who" in tail:  # "killed X, who led the force, and Y": the aside describes X, the list goes on
            tail = _WHO_ASIDE.sub(",", tail)
        tail = _NAMES_END.split(tail, maxsplit=1)[0]
        return _names(_APPOSITIVE.sub(",", tail))
    rel = _WHO_WERE_KILLED.search(text)
    if rel:
        return _names(_NAMES_START.split(text[:rel.start()])[-1][-160:])
    return []


def _names(tail: str) -> list[str]:
    """Runs of two or more name words in ``tail`` that are neither places nor actors, titles and demonyms dropped."""
    from .actors import scan_actors
    from .places import scan_places

    names: list[str] = []
    for found in re.finditer(r"(?:(?:[A-ZÀ-ÖØ-ÞŞŠŽČĆ][a-zß-öø-ÿşšžčćğı’']+|al|Al|el|bin|ibn|Abu|Abi)(?:-[A-Z][a-z’']+)?"
                             r"(?:\s+|$|(?=[,;]))){2,}", tail):
        if re.search(r"\bthe\s+$", tail[:found.start()]):
            continue  # "the Popular Mobilization Forces": a body's name, not a person's
        words = [w for w in found.group().split() if w.lower() not in _TITLES and w.lower() not in _STOP_CAPS]
        if words and re.search(r"['’]s$", words[0]):
            words = words[1:]  # a possessor before the name ("Syria's Ahmad Karimi")
        while words and (words[0].lower() in ("al", "el", "bin", "ibn") or re.search(r"(?:ian|ese|ish|qi|ri)$", words[0])):
            words = words[1:]  # a demonym before the name ("Iranian", "Iraqi")
        name = " ".join(words)
        if len(words) >= 2 and not scan_places(name, fuzzy=False) and not scan_actors(name):
            names.append(name)
    return names


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
