"""The words, expressions and small readers the role readers share: casualty verbs and predicates, people groups,
qualifiers, and the blanking of quoted, partitive and aged counts."""

from __future__ import annotations

import re

from ..clauses import _PEOPLE, TITLE_INITIALS
from ..counts import WORD_NUMBERS, parse_count
from ..vocabulary import WEAPON_NOUNS, vocabulary


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
#: no later words that the missing, feared or reported dead, are alive ("feared dead, but found alive"): for ``_ADV``
_NOT_FOUND_ALIVE = r"(?![^.;]{0,120}?\b(?:freed|rescued|released|returned|found\s+alive|alive|survived|reappeared|turned\s+up)\b)"
_ADV = r"(?:(?:(?:confirmed|reported|said|believed|thought|announced|understood|known|estimated)" + _NOT_FOUND_ALIVE + \
       r"\s+(?:by\s+(?:the\s+)?[\w-]+\s+)?(?:as\s+having|to\s+have)" \
       r"(?:\s+been|(?=\s+(?:died|perished)\b))|(?:believed|thought)(?=\s+(?:dead|killed)\b)(?![^.;]{0,120}?\b(?:rescued|found\s+alive|alive|survived|reappeared|turned\s+up)\b)|also|all|both|reportedly|later|slightly|lightly|seriously|critically|badly|severely|fatally|mortally|" \
       r"allegedly|subsequently|initially|each|then|since|now|meanwhile|separately|again|among\s+(?:those|the)|(?:reported|confirmed|listed)\s+as|" \
       r"[a-z]{3,}ly|" \
       r"reported|confirmed|left|found(?!\s+dead\b)|(?:feared|presumed)" + _NOT_FOUND_ALIVE + r"|" \
       r"(?:shot|stabbed|attacked|struck|ambushed|abducted|kidnapped|beaten|tortured|captured|hacked)\s+and|" \
       r"(?:shot|attacked|struck|hit|targeted|ambushed)\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:drone|missile|" \
       r"rocket|bomb|shell|mortar|sniper|gunmen|militants|strike|airstrike|grenade|device|ied)s?\s+and|" \
       r"suffered\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:heart\s+attack|cardiac\s+arrest|wounds?|injur(?:y|ies)|burns)\s+and)\s+)*"
_AUX = r"(?:(?:(?:were|was|are|is)\s+being|were|was|are|is|ha(?:ve|s|d)\s+(?:[a-z]{3,}ly\s+|also\s+|since\s+|now\s+|all\s+)?been|" \
       r"have|has|had|got|being|been|" \
       r"who\s+were|who\s+was)\s+)?"
_KILL_PRED = re.compile(r"^[\s,]*(?:who\s+)?" + _AUX + _ADV + r"(?:killed|dead|slain|died|dies?(?!-)|perished|martyred|"
                        r"slaughtered|massacred|assassinated|executed|beheaded|murdered|lynched|burn(?:ed|t)\s+alive|shot\s+dead|struck\s+down|(?:shot|stabbed|beaten|tortured|hacked|strangled)\s+to\s+death|gunned\s+down|burnt\s+to\s+death|burned\s+to\s+death|"
                        r"lost\s+(?:their|his|her)\s+li(?:fe|ves)|(?:fell|falling)\s+as\s+martyrs?|(?:fatally|mortally)\s+(?:wounded|injured))\b",
                        re.I)
_INJ_PRED = re.compile(r"^[\s,]*(?:who\s+)?" + _AUX + _ADV + r"(?:wounded|injured|hurt|hospitali[sz]ed|"
                       r"got\s+(?:(?:serious|minor|critical|severe|grave|bullet|gunshot|shrapnel|multiple|various|burn)\s+){0,2}"
                       r"(?:injur(?:y|ies)|wounds)\b|"  # "100 plus got serious injuries" (not "got off the bus ... injuring")
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
_BE_AUX = re.compile(r"[\s,]*(?:who\s+)?(?:were|was|are|is|ha(?:ve|s|d)\s+(?:[a-z]{3,}ly\s+)?been|got|being|been)\b", re.I)
_CONDITION = re.compile(r"^[\s,]*(?:(?:were|was|are|is|remains?|remained)\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|"
                        r"stable|fair)\s+condition\b|^[\s,]*(?:(?:was|is|remains?|remained|were|are)\s+)?in\s+a\s+coma\b|"
                        r"^[\s,]*with\s+(?:(?!(?:others?|sustaining|suffering|receiving|having|nursing)\b)[\w-]+\s+){0,3}?"
                        r"(?:injuries|wounds)\b", re.I)
# ... "left two soldiers with minor injuries" (not "seven dead, with several others sustaining injuries": others, hurt)
#: a verb of lives taken, before whose dead it stands: "claimed the lives of four", "took the lives of a woman and two guards"
_LIVES_OF = r"(?:claim(?:ed|ing|s)?|t(?:ook|aking|akes)|cost(?:ing|s)?)\s+(?:the\s+|a\s+)?li(?:ves|fe)\s+of"  # "claiming the (a) life of"
_KILL_VERB = re.compile(r"\b(?:kill(?:ed|ing|s)?|shot\s+dead|shooting\s+dead|gunned\s+down|fatally\s+(?:shot|shooting|stabbed|stabbing)|" + _LIVES_OF + r"|deaths?\s+of|martyrdom\s+of|martyring|"
                        r"loss(?:es)?\s+of|"  # "reported the loss of five members"
                        r"killings?\s+of|an?\s+[\"“]?massacre[\"”’]?\s+of|assassinat\w+|execut(?:ed|ing)|slayings?\s+of|slaying|left\s+dead|murder(?:ed|ing)|"
                        r"behead(?:ed|ing)|massacr(?:ed|ing)|slaughter(?:ed|ing)|lynch(?:ed|ing)|burn(?:ed|t|ing)\s+alive)" + _OBJ, re.I)
_INJ_VERB = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing)?|injur(?:y|ies)\s+to|wounds\s+to|"
                       r"injur(?:y|ies)\s+of|(?:wounding|injuring)\s+of|injuries\s+(?:on|among))" + _OBJ, re.I)  # "the injury (injuring) of 3"
_PP = re.compile(r"^(?:\s+(?:forces|fighters|members|troops|soldiers|militiamen)\s+(?=(?:were|was|had|have)\b))?"
                 r"(?:(?:(?:\s+(?:mainly|mostly|largely|chiefly|primarily|predominantly))?"  # "84 people mainly from X"
                 r"\s*\b(?:of|from|in(?!\s+addition\b)|with|for|at|on|aboard|inside)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:while|whereas|when|"
                 r"but|said|says|say|told|added|stated|announced|confirmed|reported)\b)(?:[A-Za-z.'’-]+|\d+(?:st|nd|rd|th))(?:\s+|(?=,))){0,5}?){1,2}|"  # not "killing six in the town while
                 # others were hurt"; a unit's ordinal is a word of its name ("from the 1st Brigade of the 82nd Division")
                 r"\s+(?:\w+ing|stationed|based|deployed|serving|affiliated|linked|loyal|attached|assigned|allied)\s+(?:[\w'’.-]+\s+){0,7}?)?"
                 r"(?:,\s*[^,;()]{3,70}?(?:\s*\([A-Z][\w.-]{1,10}\))?,\s*|\s*\([^()]{1,60}\)\s*|,\s*){0,2}"  # ", members of X (XY),"
                 r"(?=(?:who\s+)?(?:were|was|are|is|have|has|had|got|suffered|sustained|reported\s+(?:minor\s+|serious\s+)?injur|died|killed|wounded|injured|"
                 r"executed|shot|dead|lost|fell|falling|perished|(?:abducted|kidnapped|captured|tortured|stabbed|beaten|ambushed|"
                 r"attacked|hacked)\s+and)\b)")  # ("1 activist, X Y, kidnapped and killed")
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
       r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)(?:\s+dozen)?|dozens|several|" \
       r"a\s+dozen|an?\s+hundred)"
_QUAL = r"(?:(?P<q>at\s+least|more\s+than|over|about|around|nearly|some|up\s+to|as\s+many\s+as|an\s+estimated|approximately)\s+)?"
_BARE_AFTER = re.compile(r"(?<![Nn]o\s)(?<!\bnot\s)(?<!\bof\sthe\s)\b" + _QUAL + r"(?P<n>" + _NUM + r")(?:-plus|\s+plus)?\s+"
                         r"(?:of\s+(?:them|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\s+)?"
                         r"(?:(?:others?|more|people|persons)\s+)?" + _AUX + _ADV
                         + r"(?P<c>killed|dead|died|dies?(?!-)|wounded|injured|hurt|got\s+(?:(?:serious|minor|critical|severe|"
                         r"grave|bullet|gunshot|shrapnel|multiple)\s+){0,2}(?:injur(?:y|ies)|wounds)|"
                         r"(?:treated|hospitali[sz]ed)\s+for\s+(?:[\w-]+\s+){0,3}?(?:injur\w*|wounds))\b", re.I)
#: plural attackers or blasts that kill, headline-style ("Basra bombs kill 74 and injure hundreds"), unlike a rate
#: ("landmines still kill about 20 a month": no such subject right before the verb)
_PLURAL_KILLERS = ("bombs", "bombings", "blasts", "explosions", "attacks", "strikes", "airstrikes", "gunmen", "militants",
                   "raids", "bombers", "attackers", "rockets", "shells", "drones", "missiles", "clashes", "assailants")
#: the people a count of dead is told of, just before "and wound"/"and injure" ("kill 30 people and injure 80")
_COUNTED_VICTIMS = ("people", "others", "civilians", "soldiers", "policemen", "police", "troops", "persons", "children",
                    "women", "men", "militants", "fighters", "members", "officers", "guards", "workers", "students",
                    "pilgrims", "worshippers", "protesters", "Iraqis", "Syrians", "Afghans", "Americans", "Palestinians",
                    "Israelis", "Kurds", "Yazidis", "Shiites", "Sunnis", "Christians", "villagers", "residents")
_BARE_BEFORE = re.compile(r"\b(?P<c>kill(?:ed|ing|s)|(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!may\s)(?-i:Kill)|"
                          r"(?:" + "|".join(rf"(?<={w}\s)" for w in _PLURAL_KILLERS) + r")kill|"
                          r"kill(?=\s+[^.;,]{1,30}?\band\s+(?:wound|injure)\b)|"
                          # a headline verb after its subject's aside ("Twin bombings ..., blamed on X, kill at least 118")
                          r"(?<=,\s)kill(?=\s+(?:at\s+least|more\s+than|over|nearly|about|some|up\s+to)\s)|"
                          r"(?<=\d\sand\s)(?:wound|injure)|"
                          # the same after a counted group of people, before a figure ("kill 30 people and injure some 80
                          # others"; not "left the square and wound some 3 kilometres")
                          r"(?:" + "|".join(rf"(?<={w}\sand\s)" for w in _COUNTED_VICTIMS) + r")(?:wound|injure)"
                          r"(?=\s+(?:at\s+least|more\s+than|over|nearly|about|some|around|approximately|an\s+estimated|"
                          r"as\s+many\s+as|up\s+to|dozens|scores|hundreds|\d))|"
                          r"martyr(?:ed|ing)|" + _LIVES_OF + r"|wound(?:ed|ing|s)|injur(?:ed|ing|es)|deaths?\s+of|injury\s+of|"
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
                        r"\bmaterial\s+(?:losses|damage)\s+only|\bonly\s+material\s+(?:damage|losses)|"
                        # "without reporting casualties", not of one side ("... among civilians", "... of its own")
                        r"\bwithout\s+(?:(?:causing\s+)?(?:any\s+)?reported\s+|(?:immediately\s+)?reporting\s+)(?:any\s+)?"
                        + _CASUALTIES_SAID + r"(?!\s*(?:among|on\s+(?:its|the|their|either)|of\s+(?:its|their)\s+own|"
                        r"in\s+(?:its|their|the)\s+ranks|yet|so\s+far|figures)\b)|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:(?:damage|losses|harm)\s+(?:or|and)\s+)?" + _CASUALTIES_SAID + r"|\bno(?:body|\s+one)\s+(?:was|were)\s+(?:hurt|harmed)|"
                        r"\bno\s+(?:(?:U\.?S\.?|American|coalition|Iraqi|Israeli|British|military|civilian)\s+)?(?:personnel|troops|"
                        r"service\s?members|servicemen|soldiers|forces|staff|people)\s+(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+"
                        r"(?:hurt|harmed)\b|\bdid\s+not\s+"
                        r"(?:cause|result\s+in)\s+(?:any\s+)?(?![^.;]{0,40}?\bcivilian)(?:[\w.'’-]+(?:,\s*|\s+(?:or|and)\s+|\s+)){0,4}?casualties|\bcaus(?:ed|ing)\s+no\s+" + _CASUALTIES_SAID + r"|"
                        r"\bdid\s+not\s+(?:indicate|show|report)\b[^.;]{0,40}?\b(?:injuries|casualties)\b|"
                        r"\bno\s+(?:(?:immediate|reported)\s+)?human\s+(?:(?:or|and|nor)\s+material\s+)?(?:losses|damage|loss)\b|"

                        r"\b(?:neither|none)\b[^.;]{0,40}?\b(?:caused|resulted\s+in|led\s+to|left)\s+(?:any\s+)?casualties\b|"
                        r"\bfail(?:ed|ing|s)\s+to\s+cause\s+(?:any\s+)?casualties\b(?!\s+among\b)|"
                        r"\b(?:no\s+|without\s+(?:causing\s+)?(?:any\s+)?)(?:human\s+)?victims\b(?!\s+(?:among|from|of|on|had|have|has|"
                        r"were|was|are|is|left|came|come|to|who|that|yet)\b)(?!\s+in\b(?!\s+(?:the|this|that)\s+(?:[\w-]+\s+)?"
                        r"(?:attack|strike|blast|explosion|incident|shelling|bombing|raid|shooting)\b(?![^.;,]{0,40}?\b(?:were|was|"
                        r"are|is|have|has|had|been|who|that|received)\b)))",  # "no victims this time", "no victims in the attack"
                        re.I)  # "no human or material damage": as wire copy says "no casualties"
#: the group after "none", "neither" or "not one" up to its harm verb: a noun phrase, no clause ("Neither side said how
#: many were killed" tells no zero) and no degree ("Neither was seriously hurt" may still be hurt)
_NONE_OF = (r"(?:of\s+(?:the|them|those|these|its|their)\s+)?(?:(?!(?:said|says|say|knows?|knew|told|who|whom|that|which|"
            r"how|many|whether|they|claimed|reported|when|where|why)\b)[\w.'’-]+\s+){0,4}?(?:was|were|has\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|"
            r"had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:(?!(?:seriously|critically|severely|badly|fatally|gravely|mortally)\b)\w+ly\s+)?")
_NONE_INJ = re.compile(r"\bno\s+(?:(?:immediate|reported|known|apparent)\s+)?(?:injuries|one\s+was\s+(?:injured|wounded))|"
                       r"\b(?:none|not\s+(?:a\s+single|one)|neither)\s+" + _NONE_OF + r"(?:injured|wounded|hurt|harmed)\b"
                       r"(?![^.;]{0,60}\bbut\b)|"  # "Not a single soldier was hurt", "none of the 12 was injured"
                       r"\bcaus(?:ed|ing)\s+no\s+(?:(?:immediate|reported|known|apparent)\s+)?(?:damage\s+(?:or|and)\s+)?injur(?:y|ies)\b|"
                       r"\bescap(?:ed|ing)\s+(?:without\s+)?(?:injury|injuries)\b|"
                       r"\bno\s+(?:(?:current|immediate|initial|known|further)\s+)?reports?[\"”’']?\s+of\s+(?:any\s+)?(?:damage\s+(?:or|and)\s+)?injur(?:y|ies)\b|"
                       r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,3}?(?:members|troops|personnel|soldiers|forces|Americans|"
                       r"contractors)\s+(?:were\s+)?(?:injured|wounded|hurt)\b|"
                       r"\bno\s+reports?\s+of\s+(?:any\s+)?(?:injured|wounded)\s+(?:persons|people|personnel)\b|"
                       r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,5}?(?:was|were|ha(?:ve|s|d)\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?(?:killed\s+or\s+)?(?:injured|wounded|hurt)\b|"
                       r"\bno(?:body|\s+one)\s+(?:was|were)\s+(?:injured|wounded)|\bwithout\s+(?:causing\s+)?"
                       r"(?:any\s+)?injur|\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:cause|result\s+in|lead\s+to)\s+(?:any\s+)?injur(?:y|ies)\b"
                       r"(?!\s+among\b)",
                       re.I)
_NONE_KILL = re.compile(r"\bno\s+(?:(?:immediate|reported|known)\s+)?(?:deaths|fatalities)|\bnor\s+any\s+(?:deaths|fatalities)\b|"
                        r"\b(?:none|not\s+(?:a\s+single|one)|neither)\s+" + _NONE_OF + r"killed\b(?![^.;]{0,60}\bbut\b)|"
                        r"\bwithout\s+(?:causing\s+)?(?:any\s+)?human\s+(?:deaths?|losses|casualties)\b|"
                        r"\bno\s+(?!civilian)(?:[\w.'’-]+\s+){0,5}?(?:was|were|ha(?:ve|s|d)\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?(?:(?:injured|wounded|hurt)\s+or\s+)?killed\b|\bno(?:body|\s+one)\s+"
                        r"(?:was|were)\s+killed|\bnon-lethal\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?(?:\w+\s+(?:or|and)\s+)?"
                        r"(?:deaths|fatalities|loss of life)", re.I)
_INTERCEPT_AFTER = re.compile(r"^[\s,]*(?:of\s+(?:them|which|the\s+\w+)\s+)?"
                              r"(?:(?:rigged|armed|loaded|laden|packed|fitted|equipped)\s+with\s+(?:[\w-]+\s+){1,3}?)?"  # "drones
                              + _AUX + _ADV +  # rigged with explosives were destroyed"
                              r"(?:intercepted|shot\s+down|downed|brought\s+down|taken\s+down|struck\s+down|knocked\s+down|destroyed|thwarted|neutrali[sz]ed|diverted|"
                              r"deflected|shot\s+out\s+of\s+the\s+sky)\b", re.I)  # "two drones have been shot out of the sky"
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
                            r"(?:was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:fired|launched)\b", re.I)
#: one more munition of the same kind, fired at another target: "and another was launched at the airport"
_ANOTHER = re.compile(r"\banother(?:\s+(?:one|drone|rocket|missile|projectile|uav))?\s+(?:was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?"
                      r"(?:fired|launched)\b", re.I)
#: interceptions counted by a determiner: "the drone was shot down" (1), "both were intercepted" (2)
_DET_INTERCEPT = re.compile(r"\b(?:(?P<one>the|a|one)\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|projectile|uav)|"
                            r"the\s+(?:second|third|other|last|remaining)(?:\s+(?:one|drone|rocket|missile))?|"
                            r"(?P<two>both)(?:\s+of)?(?:\s+(?:them|these|those|the))?(?:\s+(?:drones|rockets|missiles|projectiles))?)"
                            r"(?:,[^,;.]{1,40},)?,?\s+"  # an apposition: "a drone, identified as armed, was shot down"
                            r"(?:(?:which|that)\s+)?"  # a relative: "attacked by a drone which was shot down"
                            r"(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?(?:intercepted|(?:shot|struck|knocked|brought)\s+down|downed|"
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
                        r"(?:came|come|comes|coming)\s+down(?=\s+(?:in|inside|on|near|at|into|close)\b)|"  # "17 rockets came down near"
                        r"(?<=\s)(?:killed|wounded|injured)(?=\s+(?!(?:by|in|when|as|and|or)\b)\w))\b",  # "three rockets
                        # killed four residents": told by what they did, they struck (ANNOTATION.md: n_hit)
                        re.I)
#: a participial or relative modifier between a counted munition and its verb ("three drones directed at the base")
_MODIFIER = re.compile(r",?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:(?!including\b)\w+ing|directed|aimed|launched|fired|bound|laden|"
                       r"armed)\b(?:(?![,;]\s*(?:and\s+|but\s+)?(?:only\s+|just\s+)?(?:some\s+|about\s+|around\s+|roughly\s+|"
                       r"nearly\s+|at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fifteen|twenty)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,100}?(?=\s+(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|has\s+(?:[a-z]{3,}ly\s+)?been|hit|struck|"
                       r"slammed|smashed|crashed|landed|fell|impacted)\s)|"  # "three drones carrying explosives struck"
                       r",\s+(?:which|that)\s+(?:are|were|is|was|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\s+[^,;.]{1,100},(?=\s+(?:hit|struck|"
                       r"slammed|smashed|crashed|landed|fell|impacted)\s)", re.I)  # "18 rockets, which are linked to X, struck"
#: defenders who "shot" the counted munitions: "navy troops shot one drone that was heading for the port" (shot down)
_FORCES_SHOT = re.compile(r"\b(?:forces|troops|defen[cs]es|soldiers|military|army|navy|guards)\s+(?:\w+\s+)?shot\s+$", re.I)
#: a counted munition's modifier that says they were fired: "three missiles, fired by gunmen at dawn, struck the camp"
_FIRED_MODIFIER = re.compile(r",?\s+(?:(?:that|which)\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:fired|launched)\b", re.I)
_NEAR = re.compile(r"\s+(?:near|close\s+to|outside|short\s+of|in\s+the\s+vicinity\s+of|around|nearby)\b", re.I)

_HIT_BEFORE = re.compile(r"\b(?:(?:hit|struck)\s+by|(?:the\s+)?fall\s+of)\s+$", re.I)  # "after the fall of four rockets"
#: a target that "was struck with" its munitions: they struck it, unless their clause tells some stopped ("Kyiv was
#: struck with 20 drones; air defences downed 18": fired; not "jets struck with 20 missiles": fired, the active)
_HIT_WITH = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:hit|struck)\s+with\s+$", re.I)
_STOPPED = re.compile(r"\b(?:intercept\w*|shot\s+down|downed|destroyed\s+in\s+(?:the\s+)?(?:air|flight))", re.I)  # (read
# within the clause after the count)
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
    r"\s+(?:(?:was|is(?!\s+\w+\s+(?:every|each|daily)\b))\s+(?:\w+ly\s+|also\s+)?(?:killed|assassinated|executed|gunned\s+down|"
    r"shot\s+(?:dead|to\s+death|and\s+killed))|"
    r"was\s+fatally\s+(?:shot|wounded|stabbed)|died|lost\s+(?:his|her)\s+life|succumbed)\b")  # ("is killed": a timeline's
# present)
#: one person named by a single name after an opening phrase as the subject of an assassination ("On Saturday, X was
#: gunned down in ..."): a name, not a pronoun or a quantifier
_ONE_NAME_GUNNED = re.compile(r"(?:,\s+|^\W*)(?!(?:No|None|Nobody|Everyone|Someone|Anyone|One|Each|It|He|She|They|We|This|"
                              r"That|The|An?|Police|Troops|Soldiers|Forces|Gunmen|Militants)\b)[A-Z][\w'’-]{2,}"
                              r"(?:,\s+(?:the|a|an)\s[^,;]{3,80},)?\s+was\s+"  # "Haniyeh, the political leader of Hamas, was"
                              r"(?:assassinated|gunned\s+down|shot\s+dead)\b")
#: one person named with a title as the subject of a killing ("since Hamas leader X Y was killed in Tehran")
_TITLED_KILLED = re.compile(r"(?:^\W*|\b(?:since|after|when|as|that|because|while|and)\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:leader|commander|chief|general|head|official|spokesman|founder|cleric|deputy|minister|mayor|"
                            r"governor|judge|imam|sheikh|mukhtar)\s+"
                            r"(?:[A-Z][\w'’.-]+\s+|[ae]l-[\w'’-]+\s+){1,3}(?:was|had\s+(?:[a-z]{3,}ly\s+)?been|has\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+)?"
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
    >>> _blanked("Not a single soldier was killed")
    'No           soldier was killed'
    >>> _blanked("It killed a family of four.")
    'It killed four family     .'
    >>> _blanked("A girl from a family of eight was killed.")[:29]
    'A girl from a family of eight'
    >>> _blanked("a sailor of Combat Team 5 was killed")
    'a sailor of Combat Team   was killed'
    """
    if "many" in text:  # "at least 3 and as many as 9": the upper bound blanked, offsets kept
        text = _AS_MANY_AS.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    if ", " in text:  # "a Divisional Police Officer, DPO, and two others": the title's initials, not another victim
        text = _TITLE_INITIALS.sub(lambda m: m.group("title") + " " * (len(m.group()) - len(m.group("title"))), text)
    if "-one" in text or "-One" in text:  # "no-one was hurt" (British spelling): "no one", not a count of one
        text = _NO_DASH_ONE.sub(lambda m: m.group(1) + " " + m.group(2), text)
    if "ot " in text:  # "not a single soldier was killed", "not one of the 40 passengers": "no", not a count of one
        text = _NOT_ONE.sub(lambda m: m.group(1) + "o" + " " * (len(m.group()) - 2), text)
    if "amily of" in text:  # "killed a family of four": four of a family (offsets kept)
        text = _FAMILY_OF.sub(lambda m: f"{m.group('n')} family".ljust(len(m.group())), text)
    if any(c.isdigit() for c in text):  # "a sailor assigned to Regimental Combat Team 5 was killed": a unit's number
        text = _UNIT_NUMBER.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if " sa" in text or " believ" in text or " claim" in text:  # "16 fighters they said were killed": the source blanked
        text = _SAID_RELATIVE.sub(lambda m: " " * len(m.group()), text)
    return _blank_bare_parts(_blank_joint(_unquote_words(_blank_verb_time(_blank_mourned(_blank_anniversary(_blank_ages(
        _blank_partitive(_unquote_count(_blank_war_toll(text))))))))))


#: the number that ends the name of a unit ("Regimental Combat Team 5", "Task Force 1-22"): no count of victims
_UNIT_NUMBER = re.compile(r"\b((?:Team|Force|Brigade|Battalion|Division|Regiment|Squadron|Company|Corps|Group|Unit|Wing|"
                          r"Fleet|Flight|Platoon|Battery|Troop)\s+)(\d{1,4}(?:-\d{1,4})?)\b")
#: a family counted by its members: "killed a family of four", "a family of five was wounded" (not "a family of farmers")
_FAMILY_OF = re.compile(r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bfor\s)\b(?:an?|the|one|entire|whole)\s+(?:entire\s+|whole\s+)?"
                        r"family\s+of\s+(?P<n>two|three|four|five|six|"
                        r"seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9])\b(?!\s+(?:children|sons|daughters|kids)\b)", re.I)


#: "not a single" and "not one" before the victims: none of them ("not one but two" is a count)
_NOT_ONE = re.compile(r"\b(n)ot\s+(?:a\s+single(?:\s+one)?|one)\b(?!\s+(?:but|or|and)\b)", re.I)
#: "no-one", the British spelling of "no one" (read as "one" it would be a count of one victim)
_NO_DASH_ONE = re.compile(r"\b(no)-(one)\b", re.I)


#: a source told inside a count's relative clause ("named 16 fighters they said were killed"): not the count's verb
_SAID_RELATIVE = re.compile(r"(?<=\w)\s+(?:they|he|she|it|officials|sources|police)\s+(?:said|say|says|claimed|claim|believed?|"
                            r"believes)(?=\s+(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|are)\s+(?:killed|wounded|injured|hurt|dead)\b)",
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
                           r"(?:(?:who\s+(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:killed|wounded|injured|hurt|slain)|dead)\b)", re.I)


#: a part of a counted group as the subject of its own harm ("Two of the 40 passengers were injured": 2, not 40; "None
#: of the 12 soldiers was hurt": none): group "of" is the whole's number, blanked so the part meets the noun
_PART_OF_GROUP = re.compile(r"(?<!\ball\sbut\s)(?<!\bexcept\s)(?<!\bin\s)\b(?:" + _NUM +
                            r"|none|no|not\s+(?:a\s+single|one)|neither)(?P<of>\s+of\s+(?:the|those|these|its|"
                            r"their)\s+" + _NUM + r")(?=\s+(?:[\w'’-]+\s+){0,3}?(?:" + _PEOPLE +
                            r")\s+(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|"
                            r"harmed|shot)\b(?![^.;]{0,80}\bthe\s+(?:rest|others|other\s+\w+|remaining)\b))", re.I)  # not
# "Two of the 12 people were killed on the spot, and the rest died later": the whole is the toll


def _blank_partitive(text: str) -> str:
    """The clause with the number of a part of the victims, or of their kin, blanked (offsets kept).

    >>> _blank_partitive("Two cousins of those killed spoke.")
    '    cousins of those killed spoke.'
    >>> _blank_partitive("Three of the victims sustained serious injuries.")[:6], _blank_partitive("Two of the victims died.")[:4]
    ('      ', 'Two ')
    >>> _blank_partitive("She was one of three soldiers killed.")
    'She was        three soldiers killed.'
    >>> _blank_partitive("Two of the 40 passengers were injured.").split()
    ['Two', 'passengers', 'were', 'injured.']
    >>> _blank_partitive("The blast left 11 members of the police dead.")[15:25]
    '11 members'
    >>> _blank_partitive("The bombing left two relatives of the dead in shock.")[17:20]
    '   '
    """
    if " of " not in text:
        return text
    blank = lambda m: " " * len(m.group("n")) + m.group()[len(m.group("n")):]  # noqa: E731
    text = _ONE_OF_WHOLE.sub(lambda m: " " * len(m.group()), text)
    text = _PART_OF_GROUP.sub(lambda m: m.group()[:m.start("of") - m.start()] + " " * len(m.group("of")), text)
    return _PART_OF_HURT.sub(blank, _PART_OF_VICTIMS.sub(lambda m: m.group() if _LEFT_DEAD.search(
        text, max(0, m.start() - 60), m.start()) and _DEAD_ENDS.match(text, m.end()) and not _KIN_OF.search(m.group())
        else blank(m), text))


#: "left" before the victims and "dead" after them closing the clause ("left six civilians and 11 members of the
#: security forces dead"): the state of the counted, not "two relatives of the dead"
_LEFT_DEAD = re.compile(r"\b(?:left|leaving|leaves|leave)\s+[^.;:,]*$", re.I)  # (no comma between: "After they left, four")
#: kin or relations of the dead ("two relatives of the dead", "three widows of the dead"): other people, never the toll
_KIN_OF = re.compile(r"\b(?:relatives|brothers|sisters|widows|widowers|famil(?:y|ies)|sons|daughters|wives|husbands|parents|"
                     r"mothers|fathers|kin|friends|colleagues|orphans|children|cousins|neighbou?rs)\s+of\b", re.I)
_DEAD_ENDS = re.compile(r"(?<=dead)(?:\s*(?:[.,;:]|$)|\s+(?:and|after|in|on|when|while|as)\b)")


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
#: one event told inside a span's relative clause ("during which a bomb killed 9", "in which twin suicide bombings killed
#: 40"): its toll is that event's
_ONE_EVENT_INSIDE = (r"(?!\s+(?:an?|one|twin|two)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|attack|strike|airstrike|"
                     r"missile|rocket|shell|drone|raid|ambush|shooting|gunman|attacker|bomber)s?\b(?!\s+after\s+another))")
_WAR_TOLL = re.compile(r"\b(?:war|warfare|conflict|insurgency|civil\s+strife)\s*,?\s*(?:(?:in|during)\s+which" + _ONE_EVENT_INSIDE +
                       r"|that|which)\b(?:[^.;,]|,(?=\d))*", re.I)
#: the toll of a span of time told in a relative clause on it ("after months of riots, during which militias killed 500
#: protesters", "a week of violence in which 40 people were killed"): many events; not one event inside the span ("a
#: month of processions, during which a bomb killed 9"), nor a clause the span's end opens ("weeks of calm that ended
#: when ...": no "that" here), nor an apposition's ("the raid, the first in months of quiet, in which 4 were hurt")
_SPAN_TOLL = re.compile(r"\b(?:months|weeks|years|decades|a\s+(?:week|month|year|decade))\s+of\s+(?:[\w-]+\s+){0,2}?[a-z-]+"
                        r"(?:\s+in\s+which|\s*,?\s*during\s+which)\b" + _ONE_EVENT_INSIDE +
                        r"(?:(?!\b(?:when|until|since|before|after|preceded|followed|ended|and\s+then)\b)[^.;,]|,(?=\d))*",
                        re.I)


#: a day in a span's relative clause ("in which bombers killed 30 at a market on Monday"): one event's, its toll kept
_DAY_IN_CLAUSE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last\s+night|overnight|(?:Jan|Feb|Mar|"
                            r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)")


#: days given as a range ("from Monday to Friday"): the span's own, its toll still a tally
_DAY_RANGE = re.compile(r"\b(?:from|between)\s+\w+day\s+(?:to|and|until|through)\b", re.I)


def _blank_war_toll(text: str) -> str:
    """The text with a war's toll clause blanked (offsets kept).

    >>> _blank_war_toll("a war that killed 5,000, officials said").split()
    ['a', 'war', ',', 'officials', 'said']
    >>> _blank_war_toll("after weeks of riots during which police killed 30").split()
    ['after', 'weeks']
    """
    if " which " in text and " of " in text:  # (not a clause that dates its event: "... killed 30 on Monday")
        text = _SPAN_TOLL.sub(lambda m: m.group() if _DAY_IN_CLAUSE.search(m.group()) and not _DAY_RANGE.search(m.group())
                              else _keep_head(m), text)
    if "war" not in text and "onflict" not in text and "nsurgenc" not in text and "strife" not in text:
        return text
    return _WAR_TOLL.sub(_keep_head, text)


def _keep_head(m: re.Match) -> str:
    """The war noun of a ``_WAR_TOLL`` match kept, the clause after it blanked."""
    head = re.match(r"\w+(?:\s+strife)?", m.group()).group()
    return head + " " * (len(m.group()) - len(head))


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

    >>> from analysis.events.roles import casualties
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


#: a further item of a part list: it opens on a count or a determiner and holds no verb
_PART_ITEM = (r"(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|his|her|their|its)\s)"
              r"(?![^,;.:()]{0,60}?\b(?:kill\w*|wound\w*|injur\w*|hurt|leav\w*|left|were|was|are|is|had|have|has|"
              r"died)\b)[^,;.:()]{1,60}")
#: a list of the parts of a total just told: ", including two officers", ", among them two women and two children"
_PART_LIST = re.compile(r"(?:,\s*(?:including|among\s+(?:them|whom))|\b(?:dead|killed|victims)\s+(?:also\s+)?includ(?:ed|e))\s+"
                        r"(?:(?!\b(?:and\s+)?(?:kill|wound|injur|hurt|leav|left)\w*)[^,;.:()]){1,60}"
                        r"(?:,\s*" + _PART_ITEM + r"(?:,\s*(?:and\s+)?" + _PART_ITEM + r"){0,4})?", re.I)
# up to a next casualty verb: "including 4 children and wounding 12"; "the 8 dead included two nurses and ..."; and on
# over the list's further items, each opening on a count or a determiner ("including four policemen, two children, a
# journalist and ..."); the first further item does not open on "and", which after one part closes the list and
# adds a group ("killed 12 soldiers, including a colonel, and two civilians": ``tolls._after_one_part``)
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


#: the upper bound of a range told as "at least three and as many as nine" (blanked: the lower bound counts)
_AS_MANY_AS = re.compile(r"(\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:and|to|but)\s+"
                         r"(?:perhaps\s+|possibly\s+)?as\s+many(?:\s+as)?\s+(?:\d+|[a-z]+)\b", re.I)
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


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
