"""What is not one specific event: summaries and tallies of many attacks, habitual and running totals, threats,
conditionals and policy (the ``scope`` of a mention)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..prefilter import guard
from ..vocabulary import Folded


#: "three times in a week": a count of times before "times" (case matters: a capitalised word only before "times in")
_COUNTED_TIMES = r"\b(?:(?-i:(?:[a-z]+|[A-Z][a-z]+(?=\s+times\s+(?:in|since|this|last|over|a|an|per)\b))) times\b(?! of))\b"
#: a weekday's name, lower case (the expressions that use it match case-insensitively)
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: habitual or generic aspect, which tells a practice, not one event: a perfect or a present with a habitual adverb
#: ("have historically targeted", "increasingly rely on"), a perfect lasting years ("have harassed ... for more than
#: two years"), a practice called not unusual ("... are not uncommon in the region")
_HABITUAL_WORDS = (r"(?:have|has|had) (?:historically|increasingly|traditionally|habitually|continually|persistently)|"
                   # a practice going on now: "the army continues attacking villages north of the river"
                   r"\bcontinues? (?:to )?(?:attack|shell|target|bomb|strike|raid|pound|striking)(?:ing)? (?![^.;]*\b(?:"
                   + _WEEKDAY_WORD + r"|yesterday|today|overnight|tonight|killing|wounding|injuring|killed|wounded|injured)\b)|"
                   r"(?:have|has|had) been (?:continuously|continually|constantly|persistently|repeatedly|regularly|"
                   r"routinely|relentlessly|incessantly) [a-z]+ing\b|"
                   r"(?:historically|increasingly|habitually|traditionally) (?:rel(?:y|ies|ied)|us(?:e|es|ed)|turn(?:s|ed)?|"
                   r"resort(?:s|ed)?|deploy(?:s|ed)?|employ(?:s|ed)?|target(?:s|ed)?|attack(?:s|ed)?)|"
                   r"(?:have|has)\b[^;]{0,120}?\bfor (?:more than |over |nearly |almost |about |some )?(?:[\w-]+ )?"
                   r"(?:and a half )?(?:years|decades)|"
                   r"(?:are|is|were|was|remains?|have been|has been) not (?:uncommon|unusual|rare|new)|"
                   r"(?:have|has|had) (?:\w+ )?continued (?:conducting|carrying out|launching|staging|mounting|to conduct|"
                   r"to carry out|to launch|to stage|to mount|its|their) (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|bombings|"
                   r"operations)|typically|"
                   r"(?:they|we|militias|militants|rebels|insurgents|groups?|fighters) (?:still |now )?(?:attack|target|strike|"
                   r"shell|bomb|raid) (?:(?!where|that|who|which|used)[^;!?]){0,80}?\b(?:every (?:single )?(?:day|night|week)|"
                   r"on a (?:daily|weekly) basis)|"
                   r"(?:have|has) been (?:attacking|targeting|shelling|striking|raiding) (?:(?!since|for)[^;!?]){0,60}?\b(?:troops|"
                   r"forces|bases|positions|soldiers|personnel)\b(?![^;!?]{0,80}\b(?:since (?:dawn|early|this|last|"
                   + _WEEKDAY_WORD + r")|for (?:several )?hours)\b)")
#: a tally over a span of time or a whole country, which sums many events: "last year alone", "nationally", "during
#: the 1980s", "attacks since 2015", "killed at least 107 civilians ... since December 2021"
#: a month's name or nothing, before a year ("since March 2021", "since 2021")
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_OR_NONE = r"(?:" + _MONTH_NAME + r" )?"
_SPAN_TALLY_WORDS = (r"(?:year|month|decade) alone|nationally|nationwide (?:toll|tally)|"
                     r"(?:have|has) been [^.;]{0,100}?(?:in|over|during) the (?:past |last |first )?(?:\d+|two|three|four|"
                     r"five|six|seven|eight|nine|ten|eleven|twelve|few|several) (?:days|weeks|months|years) (?:since|of (?:the )?"
                     r"(?:war|conflict|fighting))|"  # a perfect toll over the span: a tally, not "a rocket hit X" in it
                     r"(?:during|in|throughout) the (?:early |mid-?|late )?(?:1[89]|20)\d0s|"
                     r"(?:killed|wounded|injured|dead|died|casualties)\b[^.;]{0,100}?\bduring (?:the )?(?:past |last |first )?"
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|decades)\b(?! in office)|"
                     # "17,326 civilians were killed ... during six years in Taiz" (not "plots during six years in office")
                     r"(?:attacks|strikes|raids|bombings|violence|insurgency) (?:[\w-]+ ){0,3}?since " + _MONTH_OR_NONE +
                     r"(?:1[89]|20)\d\d\b|"
                     # "its attacks on northern and eastern Syria since October 9": a campaign kept up since a day
                     r"(?:its|their) (?!(?:\w+est|first|latest|most|biggest|worst)\b)(?:[\w-]+ )?(?:attacks|strikes|raids|"
                     r"bombardments?|shelling) (?:on|against|in) "
                     r"(?:[\w-]+ ){1,5}?since " + _MONTH_NAME + r" \d{1,2}\b|"
                     r"(?:killed|wounded|injured|kidnapped|abducted) (?:at least |more than |over |some |nearly |about |around |an estimated )?"
                     r"\d[\d,]* (?:[\w-]+ ){0,8}?since " + _MONTH_OR_NONE + r"\d{4}\b|"
                     r"between (?:" + _MONTH_NAME + r" (?:\d{1,2},? )?|\d{1,2} [a-z]+ )?(?:1[89]|20)\d\d and |"  # "killed between January 1, 2019 and ..."
                     r"(?:first|second|third|fourth|final|last) quarter of|\d[\d,]* (?:[\w-]+ ){0,2}?incidents|"
                     r"\d[\d,]* (?:[\w-]+ ){0,2}?(?:shootings|bombings|explosions|killings|murders|homicides)\b|"
                     r"(?:hit|set|reached|broke) (?:a|an|the) (?:new |all-time |grim |record )?(?:record|high)\b|"
                     # "since 1991, strikes in the region have killed 425", "has risen to 92 since early 2023": a tally
                     # (the span opens its clause: not "the deadliest attack on the town since 2019, gunmen have killed")
                     r"(?:^\W*|(?<=that )|(?<=, ))since (?:(?:early|late|mid-?) ?)?" + _MONTH_OR_NONE +
                     r"(?:1[89]|20)\d\d(?: alone)?, (?:[\w'’-]+ ){1,10}?(?:have|has) "
                     r"(?:also |now |so far |already )?(?:killed|wounded|injured|left|claimed the lives|executed|murdered|"
                     r"assassinated|abducted|kidnapped)\b|"
                     # a perfect toll told in words over a span since a year ("have killed four contractors ... since 2021")
                     r"(?:have|has) (?:also |now |so far |already )?(?:killed|wounded|injured) (?:at least |more than |over |"
                     r"some |nearly |about )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
                     r"hundreds|thousands) (?:[\w-]+ ){0,8}?since (?:(?:early|late|mid-?) ?)?" + _MONTH_OR_NONE +
                     r"(?:1[89]|20)\d\d\b|"
                     r"(?:has|have) (?:\w+ )?(?:risen|climbed|increased|grown|reached|jumped|soared) (?:to )?(?:more than |"
                     r"over |some |about |nearly |almost )?\d(?:[\d,]*\d)? (?:(?!the |its |a |highest |most )[\w-]+ ){0,3}?"
                     r"since (?:(?:early|late|mid-?) ?)?" + _MONTH_OR_NONE + r"(?:1[89]|20)\d\d\b")
#: the other words of a summary of many attacks (lower case: matched by ``Folded``)
_AGGREGATE_WORDS = (r"\b(?:since (?:the )?(?:beginning|start|inauguration|onset|outbreak)|\d+ times|"
                    # "The attacks in Iraq have mainly targeted X, Y and Z": where many blows fell, not one
                    r"(?:attacks|strikes|rockets|drones|missiles) (?:[\w-]+ ){0,3}?(?:have|had) (?:mainly|mostly|largely|"
                    r"primarily|chiefly|predominantly|typically|usually) (?:struck|hit|targeted|been (?:aimed|directed) at) "
                    r"[^.;]{1,60}?, [^.;]{1,60}? and\b|"  # (a list of the sites: not "... mostly targeted the base, but ...")
                    # "46 service members have been diagnosed with injuries as a result of the drone and rocket attacks"
                    # (a perfect toll: not "five lost their lives as a result of the artillery attacks on the village")
                    r"(?:have|has) [^.;]{0,200}?as a result of (?:the )?(?:[\w-]+ ){0,5}?(?:attacks|strikes|raids|bombings)\b|"
                    r"dozens of (?:attacks|strikes)|such (?:[\w-]+ )?(?:attacks|strikes)|in the space of(?! (?:an?|one|two|three|a few|several|\d+) (?:hours?|minutes?)\b)|(?:rockets|drones|missiles|mortars|attacks) (?:have|had) (?:also |"
                    r"repeatedly |frequently |often )?(?:struck|hit|targeted) (?:[\w-]+ ){0,2}(?:bases|sites|facilities|positions|"
                    r"convoys|installations)|on (?:two|three|four|five|six|several|multiple|numerous|\d+) "
                    r"(?:separate |different )?occasions|(?:several|many|numerous|multiple) other (?:[\w-]+ ){0,2}"
                    r"(?:attacks|strikes|bombs|bombings|ieds|raids)|(?:close to|about|some|more than|nearly|at least) "
                    r"\d+ (?:[\w-]+ (?:and )?){0,3}(?:attacks|strikes|occasions|times|us|sites)|repeatedly|"
                    # a series of blasts or of munitions is one salvo, unless told over weeks ("a series of mortars ...
                    # over several weeks")
                    r"series of (?!(?:[\w-]+ )?(?:explosions|blasts|booms|detonations|rockets|missiles|drones|shells|mortars|"
                    r"projectiles)\b(?![^.;]*\b(?:since|over (?:several|the past|the last|weeks|months)|for (?:weeks|months))\b))|"
                    r"campaign of|have been (?:\w+ )?(?:attacked|targeted)|"
                    r"(?:repeated|numerous|frequent|recurring) (?:cases|incidents|instances) of|"
                    # "has fired ... since October", "... since operations began": a tally (not "since midnight")
                    r"(?:has|have) (?:also )?(?:fired|launched) (?:[\w-]+ ){1,8}?since (?:" + _MONTH_NAME +
                    r"\b|(?:19|20)\d\d\b|the (?:start|beginning|outbreak)\b|"
                    r"last (?:week|month|year)\b|(?:[\w-]+ ){1,6}?(?:began|begun|started|erupted|broke out)\b)|"
                    r"(?:has|have|had) been (?:conducting|carrying out|launching|waging|staging|"
                    r"mounting)\b|began in|repeated (?:[\w-]+ (?:and )?){0,2}?(?:attacks|strikes|drones|rockets|"
                    r"missiles|barrages|salvos)|"
                    r"(?:in|during|throughout) (?:its|their|the|this|that) (?:[\w-]+ )?campaign\b|"
                    r"(?:periodic|sporadic|occasional|intermittent) (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|bombings)|"
                    r"(?:attacks|strikes|raids|bombings|shelling|bombardment) (?:[\w-]+ ){0,4}?(?:are|is|remain|remains) (?:still )?[\"“]?"
                    r"(?:ongoing|continuing)|"
                    r"(?:increased|intensified|escalating|stepped-up|mounting) (?:military action|fighting|hostilities|shelling|"
                    r"attacks|strikes)|"
                    r"(?:during|throughout) the (?:[\w-]+ ){0,2}(?:revolt|uprising|war|conflict|insurgency|rebellion)\b(?![’']s)|"
                    r"in recent (?:months|weeks)|growing numbers|(?:a|new|fresh|latest|renewed|another) wave of(?! (?:[\w-]+ )?(?:rockets|missiles|drones|mortars|shells|projectiles|air strikes|airstrikes|strikes|raids)\b(?![^.;]{0,200}\b(?:since|over the (?:past|last|weekend)|in recent|for (?:days|weeks|months)|(?:this|last) (?:week|month)|across|campaign)\b))|spate of|string of|\d+ attacks|"
                    r"separate (?:[\w-]+ )?(?:attacks|incidents|bombings|explosions|blasts|strikes|shootings)|"
                    r"a number of (?:[\w-]+ ){0,2}(?:attacks|bombings|incidents|explosions|blasts|strikes)|"
                    r"(?<!site of )(?<!scene of )frequent(?:ly)?|(?:site|scene) of frequent(?=[^.;]{0,80}?\b(?:have|has|had)\s+"
                    r"(?:\w+\s+)?(?:killed|claimed|left)\b)|(?:regular(?:ly)?|often|routinely)(?! (?:refuted|denied|dismissed|rejected|disputed|contested|exaggerated|reported|cited|quoted|described|called|referred|visited|used by|seen|found|associated))|the (?:vast )?majority of|most of the|"
                    r"many of the|"  # (not a place's description: "They shelled X, site of frequent violence, killing six";
                    # but "the site of frequent attacks, which have killed 40": a tally)
                    r"numerous (?:[\w-]+ )?(?:attacks|strikes|raids|bombings)|since then|(?<!toll )so far(?!,? (?:the |this |our )?(?:death |casualty )?toll\b)|to date|in total|recurring|dozens of (?:attacks|strikes)|"
                    r"(?:dozens|scores|hundreds|thousands) of (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|bombings)|"
                    r"(?:years?|months?|weeks?|decades?) of (?:[\w-]+ ){0,3}(?:attacks|strikes|launches|bombings|violence)|"
                    r"more than \d+ (?:attacks|strikes)|(?:attacks|strikes) (?:have|had) (?:been|become)|"
                    r"these (?:attacks|assaults)|(?:several|multiple|two|three|four|five) (?:rounds|waves) of|"
                    # (not "in one of two attacks that occurred within minutes": the one attack told)
                    r"(?:(?<!one of )(?<!one of the )(?:two|three|four|five|six|seven|eight|nine|ten)|several|multiple|"
                    r"numerous|various)\s+(?:[\w-]+\s+){0,3}attacks|"
                    r"(?:several|multiple|numerous|various)\s+(?:[\w-]+\s+){0,2}(?:raids|bombings|ambushes|assaults)|"
                    r"(?<!with )(?:(?<!one of )(?<!one of the )(?:two|three|four|five|six|seven|eight|nine|ten)|several|"
                    r"multiple|numerous)\s+(?:[\w-]+\s+){0,3}strikes|recent (?:[\w-]+ ){0,2}?(?:attacks|strikes)|(?:previous|prior|past) (?:[\w-]+ ){0,2}(?:attacks|strikes)|"
                    r"(?:increase|rise|surge|uptick|spike|jump) (?:in|of) (?:[\w\[\]-]+ (?:and )?){0,3}(?:attacks|strikes)|"
                    # victims counted over many operations ("killed in 21 ISIS operations", "in a dozen separate attacks")
                    # (not a year, "in 2008 attacks"; nor one night's wave, "in 12 coordinated attacks")
                    r"\b(?:killed|wounded|injured|died|dead) in (?:(?!(?:19|20)\d\d\b)\d*[1-9]\d+|eleven|twelve|fifteen|twenty|"
                    r"thirty|a dozen|dozens of) (?:(?!coordinated|simultaneous|synchroni[sz]ed|minutes|hours|seconds)[\w-]+ ){0,2}"
                    r"(?:operations|attacks|incidents|raids|ambushes|assaults|bombings)\b|"
                    r"(?:attacks|strikes|raids|bombings),? (?:which |that )?(?:have|had) (?:so far |now |also )?"
                    r"(?:killed|wounded|injured|left|resulted in|caused|led to)|(?:over|in|during) the (?:past|last|previous|preceding) (?:few |several |two |three |four |five |six |seven |eight |nine |ten |\d+ )?"
                    r"(?:days|weeks|months|years)|similar (?:[\w-]+ )?(?:attacks|strikes)|"
                    r"concerns? (?:over|about) the use of|the (?:growing|increasing|rising) use of|"
                    r"(?:have|has|had) (?:died|been killed|perished|lost their lives)\b[^.;]{0,40}? in (?:a|an|the) (?:[\w-]+ ){0,2}?"
                    r"(?:conflict|war|insurgency|uprising|civil war|fighting|violence|unrest)\b(?!['’]s)|"  # "6,800 have
                    # died in the insurgency"; not "killed in the war's deadliest strike on Kyiv" (one strike)
                    r"(?:war|conflict|onslaught|offensive|genocide)\b[^.;]{0,80}?\b(?:which|that) (?:has|have|had) "
                    r"(?:so far |now |already )?(?:killed|claimed)|"
                    r"(?:war|conflict|insurgency)\b[^.;]{0,120}?\b(?:has|have|had) (?:raged|lasted|continued|gone on)\b"
                    r"[^.;]{0,60}?,? (?:killing|leaving|claiming)|"  # "the war ... has raged since April 2023, killing 20,000"
                    r"(?:have|has|had) previously(?! (?:reported|said|announced|stated|told|confirmed))(?! (?:linked|blamed|tied|attributed|"
                    r"accused)\b[^.;]{0,60}?\b(?:to|for|of|with) (?:a|an) (?:[\w-]+ ){0,3}?(?:attack|strike|bombing|assault|"
                    r"raid)\b)|(?:near[- ]|almost )?(?:daily|nightly|weekly) (?:attacks|assaults|strikes)|"
                    r"(?:attacks|assaults|strikes|ieds|bombs|bombings|raids) (?:[\w'’-]+ ){0,10}?(?:have|had) (?:\w+ )?(?:continued|increased|"
                    r"intensified|persisted|escalated|grown|risen|surged|multiplied)|"
                    r"(?:over|during|throughout) the (?:past|last|previous|preceding) (?:week|month|year|decade)\b(?! or so)|"
                    r"(?:continued|continuing|ongoing) (?:[\w-]+ )?(?:attacks|strikes|assaults|raids|bombings)|"
                    r"(?:have|has|had) (?:\w+ )?(?:waged|faced|endured|suffered) (?:a |an )?(?:[\w-]+ ){0,2}(?:attacks|assaults|strikes)|"
                    r"(?:continuous|continual|constant|persistent|incessant|relentless|ceaseless) (?:[\w-]+ )?(?:attacks|strikes|"
                    r"assaults|shelling|bombardment|rocket fire)|(?:attacks|strikes|assaults|raids|bombings|rockets|drones|missiles|"
                    r"mortars|shells) (?:[\w.,'’-]+ ){0,8}?(?:bases|facilities|sites|targets|installations|positions) such as|"
                    r"(?:attacks|strikes|bombings|blasts|explosions|raids|shootings|assaults|ambushes) (?:have |had )?"
                    r"(?:been|become|are|were|remain|remained) (?:\w+ )?(?:rare|uncommon|infrequent|unusual|commonplace|"
                    r"common|routine|a rarity)|"
                    r"(?:have|has|had) (?:\w+ )?(?:escalated|intensified|stepped up|increased|ramped up) (?:their|its) "
                    r"(?:[\w-]+ )?(?:attacks|strikes)|from time to time|in the face of (?:[\w-]+ )?(?:attacks|strikes)|"
                    r"(?:attacks|strikes|raids|bombings|assaults) (?:[\w,'’-]+ ){0,4}?(?:have|has|had) (?:now |already )?"
                    r"(?:exceeded|surpassed|topped|passed|numbered|totall?ed|reached) (?:more than |over |some |about |nearly |"
                    r"almost )?\d|"  # "Israel's airstrikes against Lebanon have exceeded 6,500": a count of a campaign
                    + _HABITUAL_WORDS + "|" + _SPAN_TALLY_WORDS + r")\b")
#: a running tally of the hurt ("N have been wounded in the attacks", "N have been killed by rebel attacks"), not one
#: event: not "in the twin attacks", nor "in the attacks on the base" (a place; "on Camp X": ``_ON_NAME``), nor "in
#: the attacks on Tuesday | Tuesday night | on 3 May" (a day)
_DAY_NEXT = (r"(?:(?:on|late|early|last|this)\s+)?(?:" + _WEEKDAY_WORD + r"|"
             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
             r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
_HURT_TALLY_WORDS = (r"\b(?:have|has)\s+been\s+(?:\w+\s+)?(?:wounded|injured|killed|hurt)\s+(?:in\s+(?:the|those|such)|by|amid)\s+"
                     r"(?!(?:twin|double|coordinated|simultaneous)\b)(?:[\w-]+\s+)?attacks\b"
                     r"(?!\s+(?:on|against)\s+(?:the|a)\s|\s+" + _DAY_NEXT + r"\b)")
_HURT_TALLY = re.compile(_HURT_TALLY_WORDS, re.I)
#: the same tally told over bare plural attacks ("N have been killed or wounded in attacks on ..."): no article makes them
#: one event's parts, whatever follows
_BARE_TALLY = re.compile(r"\b(?:have|has)\s+been\s+(?:\w+\s+)?(?:wounded|injured|killed|hurt)(?:\s+(?:or|and)\s+"
                         r"(?:wounded|injured|killed|hurt))?\s+(?:in|amid)\s+(?!(?:the|th[eo]se|this|that|its|their|such|twin|double|both|two)\b)"
                         r"(?:[\w-]+\s+)?attacks\b(?!\s+" + _DAY_NEXT + r"\b)",
                         re.I)
#: the same tally in the past tense over bare plural attacks that a perpetrator carried out ("24 personnel were wounded
#: in attacks orchestrated by militias"): many attacks, not one
_BY_WHOM_TALLY = re.compile(r"\b(?:were|had\s+been)\s+(?:\w+\s+)?(?:wounded|injured|killed|hurt)(?:\s+(?:or|and)\s+"
                            r"(?:wounded|injured|killed|hurt))?\s+(?:in|amid)\s+(?!(?:the|th[eo]se|this|that|its|their|both|twin|two|"
                            r"coordinated|simultaneous|double|triple)\b)"
                            r"(?:[\w-]+\s+)?attacks\s+(?:orchestrated|carried\s+out|launched|staged|mounted|claimed|blamed|"
                            r"attributed|linked|by)\b(?![^.;]{0,60}?\b(?:" + _WEEKDAY_WORD + r"|yesterday|today|overnight|last\s+night)\b)",
                            re.I)  # not one day's attacks
#: a solid compound ("airstrikes"), read as the two words the summary's expressions are written with
_SOLID_STRIKES = re.compile(r"\b(air|drone)-?(strikes?)\b", re.I)
#: a name after the tally's "attacks" ("in the attacks on Camp X"): a place, one event (case matters: read apart)
_ON_NAME = re.compile(r"\s+(?:on|against)\s+[A-Z]")
_AGGREGATE = re.compile(f"{_COUNTED_TIMES}|{_AGGREGATE_WORDS}", re.I)
#: an event compared with earlier ones after it is told ("..., marking the second time the town has been attacked"): what
#: follows counts the earlier events, not this one
_NTH_TIME = re.compile(r",?\s+(?:marking|making|in|for|it\s+was|it\s+is)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|"
                       r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|umpteenth)\s+time\b", re.I)
#: salvoes of one raid after "N times": "within an hour", "in the space of an hour", "within minutes"
_WITHIN_AN_HOUR = re.compile(r"\s+(?:within|in)\s+(?:the\s+space\s+of\s+)?(?:(?:an?|one|half\s+an|the\s+same)\s+hour|"
                             r"(?:a\s+few\s+|several\s+|\d+\s+)?minutes)\b", re.I)
_SHOT_TIMES = re.compile(r"\b(?:shot|stabbed)\s+[a-z]+\s+times\b")
_IN_ACTION = re.compile(r"\b(?:have|has)\s+been\s+(?:killed|wounded)\s+in\s+action\b", re.I)  # a war's tally
_AGGREGATE_PARTS = (guard(re.compile(_COUNTED_TIMES, re.I)), Folded(_AGGREGATE_WORDS))  # each skipped without its words
_RUNNING_TOTAL = re.compile(r"[\s,]*(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+)?(?:total|tally|number|count)\b",
                            re.I)
#: a running total told with "it" before what it counts ("it rose to N, the number of those killed ..."): what
#: follows sums many events (not "the death toll rose to 12", an event's own updated toll)
_TOTAL_ROSE = re.compile(r"\bit\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|reached)\s+to\s+\d[\d,]*\s*,", re.I)
_FOUND_MUNITIONS = re.compile(r"\b(?:uncovered|found|discovered|seized|defused|dismantled|confiscated|recovered|cleared|"
                             r"disarmed|defuse|dismantle|(?:took|taken|taking)\s+control\s+of|captured|impounded)\b[^.;]{0,50}?"
                             r"\b(?:ieds?|bombs?|explosives?|rockets?|missiles?|drones?|launch(?:ers|pads?)|"
                             r"devices?|mines?|caches?|weapons)\b|"
                             r"\b(?:rockets?|missiles?|drones?|ieds?|bombs?|devices?|explosives?)\s+(?:were|was|had\s+been|"
                             r"have\s+been)\s+(?:later\s+|also\s+)?(?:found|discovered|seized|defused|dismantled|recovered|"
                             r"confiscated)\b|"
                             r"\b(?:ieds?|bombs?|devices?|explosives?|mines?)\s+(?:were|was|had\s+been|have\s+been)\s+"
                             r"(?:safely\s+[a-z]+|planted)\b|"  # placed or made safe, not set off
                             r"\b(?:rockets?|missiles?|drones?)\s+(?:that|which)\s+(?:were|was)\s+(?:ready|prepared|primed)\s+"
                             r"(?:to\s+be\s+(?:launched|fired)|for\s+launch)", re.I)
_GONE_OFF = re.compile(r"\b(?:exploded|detonated|went\s+off|killed|killing|wounded|wounding|injured|injuring|struck|hit|fired|"
                       r"launched\s+(?:at|on|against|toward))\b", re.I)
#: where a clause goes on to attacks it does not tell: those it means to prevent ("to deter attacks"), or those its
#: target is behind ("groups that were behind drone attacks")
_OTHER_ATTACKS_FROM = re.compile(r"\bto (?:prevent|deter|stop|halt|avert|end)\b|\b(?:that|which|who)\s+(?:were|are|was|is|"
                                 r"have\s+been|has\s+been|had\s+been)\s+(?:behind|responsible\s+for|blamed\s+for)\b", re.I)
_CRAM = re.compile(r"Counter[- ]Rockets?,?\s+Artillery,?\s+(?:and\s+|or\s+)?Mortars?(?:,?\s+or\s+C-RAM\b)?|C-RAM", re.I)
_ACCIDENT = re.compile(r"\b(?:accidents?|crash(?:ed)?|collisions?|earthquakes?|floods?|fires? broke|heart attack|"
                       r"covid|virus|disease|overdose|drowned|electrocuted|heatstroke)\b", re.I)
#: a strike or raid told in the clause itself ("aircraft struck a house where the gunmen hid, and both were killed")
_STRUCK_OR_RAIDED = re.compile(r"\b(?:struck|strikes?|airstrikes?|bombed|shelled|raided|aircraft|jets|warplanes|drones?)\b", re.I)
#: U.S. or coalition people as the victims of the clause ("U.S. soldiers were killed", "American troops died")
_US_VICTIMS_AFTER = re.compile(r"\.?\s*(?:[\w-]+\s+){0,2}?(?:soldiers|troops|service\s*members|servicemen|personnel|"
                               r"contractors?|marines|sailors|airmen)\s+(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b",
                               re.I)
#: the attackers of the event told, killed or stopped by the forces that answered ("the two shooters were shot and killed
#: by soldiers", "the gunman was neutralised by police"): the end of that attack, not a strike of its own
_ATTACKERS_DOWNED = re.compile(r"\b(?:the|both)\s+(?:[\w-]+\s+)?(?:shooters?|attackers?|gunm[ae]n|assailants?|terrorists?|"
                               r"bombers?|perpetrators?)\b[^.;]{0,60}?\b(?:were|was)\s+(?:later\s+|quickly\s+)?"
                               r"(?:shot(?:\s+dead|\s+and\s+killed)?|killed|neutrali[sz]ed|gunned\s+down|eliminated)\s+by\s+"
                               r"(?:the\s+)?(?:[\w()-]+\s+){0,4}?(?:soldiers|troops|police|policemen|officers|forces|guards|"
                               r"security|army|personnel)\b", re.I)
#: an accident told as how a part of a toll died ("12 soldiers dead, five of them in an accident during the response")
_PART_ACCIDENT = re.compile(r"\b(?:of\s+(?:them|whom)|including\s+(?:[\w-]+\s+){1,3}?)\s*(?:who\s+died\s+)?in\s+(?:an?|the)\s+"
                            r"(?:[\w-]+\s+)?(?:accidents?|crash|collision)\b", re.I)
#: the attacks a clause's casualties came from, told beside a heart attack ("in these strikes")
_ATTACK_CONTEXT = re.compile(r"\b(?:during|in|from)\s+(?:the|these|those|both)\s+(?:\w+\s+)?(?:attacks?|strikes?|"
                             r"barrages?|assaults?)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:same\s+)?(?:(?:air\s*)?base|airbase|camp|facility|outpost|garrison|"
                      r"embassy|consulate|airport|oil\s*field|field|compound|site)\b", re.I)
#: a place told as the one just named: "in the same area", "near the same town"
_SAME_AREA = re.compile(r"\b(?:in|near|around|at|on)\s+the\s+same\s+(?P<kind>area|city|town|village|region|district|"
                        r"neighbou?rhood|province|place|spot|location|road|highway)\b", re.I)
_DEFINITE_EVENT = re.compile(r"\b(?:the|this|that|these|\w+day(?:\s+night)?[’']s)\s+(?:\w+\s+)?(?:strikes?|airstrikes?|air\s+attacks?|"
                             r"raids?|operations?|bombings?)\b", re.I)
#: places too wide to say, without a day, that two mentions tell the same event ("Iraq ... last year")
_AREA_KINDS = frozenset({"country", "region", "province"})
#: the perpetrator's own account ("X said that they attacked the base with two drones"): its numbers are claimed
_SELF_CLAIM = re.compile(r"\b(?:claimed|said|says|announced|stated|statement)\b[^.;]{0,60}?\b(?:that\s+)?(?:they|it|its|"
                         r"their)\s+(?:\w+\s+)?(?:had\s+|have\s+|has\s+)?(?<!was )(?<!were )(?<!been )(?<!is )(?:attacked|launched|fired|targeted|used|"
                         r"struck|hit|carried\s+out|conducted)\b", re.I)
#: the attackers' own outlets telling the attack ("<outlets> run by / linked to <an armed group> reported that <N>
#: <munitions> were launched"): their numbers are claimed, as a group's own statement's are
_SIDE_REPORT = re.compile(r"\b(?:(?:(?:Telegram|social\s+media|media)\s+)?(?:channels?|accounts?|outlets?)\s+(?:run\s+by|linked\s+to|"
                          r"affiliated\s+with|close\s+to|of)\s+(?:the\s+|pro-[\w-]+\s+|Iran-\w+\s+)?(?:militias?|militants?|"
                          r"armed\s+(?:groups?|factions?)|insurgents?|rebels?|(?:militia|militant|rebel|insurgent)\s+groups?)|"
                          r"(?:militia|militant|rebel|insurgent)[\w-]*\s+(?:Telegram\s+)?(?:channels?|outlets?|media))\b"
                          r"[^.;]{0,30}?\b(?:reported|said|says|claimed|posted|announced)\b", re.I)
_SPEAKER = re.compile(r"\b(?:President|Secretary|Minister|Prime Minister|spokes(?:man|woman|person)|commander|leader|"
                      r"Pentagon|White House|Department|Ministry|official|officials|militia group|armed factions?|"
                      r"[A-Z][a-z]+ [A-Z][a-z]+ (?:said|warned|vowed|told|stated))\b")
#: who threatens, opening the clause as an office, an authority or a party the article has named ("Ruritanian
#: authorities warned of ...", "The prime minister vowed ...", "The rebels asked for recruits and vowed to"): not a bare
#: plural ("Militias vowed revenge": anyone's)
_OFFICE_SPEAKER = re.compile(r"\W*(?:[Tt]he|[A-Z][\w'’-]+)\s+(?:[A-Z][\w'’-]+\s+)?(?i:president|prime\s+minister|government|"
                             r"authorities|leadership|militias?|group|faction|rebels|insurgents)\b")
#: an office of a named state, in lower case ("the Turkish president threatened", "the Israeli defence minister vowed")
_NAMED_OFFICE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:president|prime\s+minister|(?:defen[cs]e|foreign|interior)\s+"
                           r"minister|king|emir|army\s+chief|military\s+chief|supreme\s+leader)\b")
_NOT_MEANS = re.compile(r"\b(?:storing|stored|store|depots?|caches?|warehouses?|workshops?|factories|factory|used to "
                        r"(?:launch|make)|launch sites?|production)\b[^.;]{0,30}$|"
                        r"\b(?:from\s+which|that|who|which)\s+[^.;]{0,50}?\b(?:had\s+|have\s+|has\s+)?(?:reportedly\s+)?"
                        r"(?:fired|launched)\s+(?:[\w-]+\s+){0,2}$|"  # "a vehicle from which militia had fired missiles"
                        r"\bfrom\s+(?:where|which)\s+(?:the|their|its|those|these)\s+(?:[\w-]+\s+)?$", re.I)  # "struck the
# location from where the projectiles were fired": the enemy's munitions, not the strike's


#: a trailing aside that sets one told event in a wider run ("..., the latest in a series of attacks on funerals",
#: "..., as the country suffers its worst spate of violence", "..., the first such bombing in three years"): what
#: precedes it is still the one event
_CONTEXT_TAIL = re.compile(r"(?<!\s)\s+(?:in|as)\s+the\s+latest\s+(?:of|in)\b|"
                           # a place described by the violence it lives with ("in Guayaquil, a port city in the grips of a
                           # wave of violence"): the run is the place's, not the event's
                           r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|country|region|province|state|nation|capital)\s+"
                           r"(?:in\s+the\s+grips?\s+of|gripped\s+by|plagued\s+by|wracked\s+by|racked\s+by|beset\s+by|"
                           r"ravaged\s+by|torn\s+by|struggling\s+with|reeling\s+from|rocked\s+by|(?:that|which)\s+(?:has|had)\s+"
                           r"(?:been\s+)?(?:seen|suffered|endured|witnessed))\b|"
                           r",\s*which\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had)\s+been\s+(?:hit|attacked|targeted|struck|"
                           r"shelled|raided)\s+(?:repeatedly|frequently|often|regularly|several\s+times|many\s+times)\b|"
                           r"\s(?:aimed\s+at|intended\s+to|meant\s+to|designed\s+to)\s+(?:halting|stopping|ending|curbing|"
                           r"preventing|deterring|halt|stop|end|curb|prevent|deter)\b|,\s*(?:(?:marking|making\s+it|becoming)\s+)?(?:the\s+latest\b|as\s+(?:the\s+)?(?:country|nation|city|region|province|iraq|syria)\s+"
                           r"(?:\w+\s+){0,2}?(?:suffers|faces|sees|witnesses|struggles|endures|grapples)\b|amid\s+(?:a|an)\s+"
                           r"(?:\w+\s+){0,2}?(?:wave|spate|surge|string|series)\b|(?:(?:marking|making\s+it|in\s+what\s+(?:was|is))\s+)?"
                           r"the\s+(?:first|deadliest|worst|biggest|largest|bloodiest)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:in|since|for)\s+(?:the\s+(?:last|past)\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                           r"(?:\w+\s+(?:years?|months?|decades?)|years|months|decades|\d{4})\b)", re.I)


#: a few attacks told jointly with their toll ("were killed in two roadside bomb attacks in a market district"): one report
_FEW_JOINT = re.compile(r"\b(?:in|by|during)\s+(?:two|three|four|five|[2-5])\s+(?:separate\s+|simultaneous\s+|twin\s+|"
                        r"coordinated\s+|parallel\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|strikes|"
                        r"airstrikes|raids)\b", re.I)


#: "rockets have struck bases ...": read as a summary unless the bases are named (``_named_bases_struck``)
_HAVE_STRUCK = re.compile(r"\b(?:rockets|drones|missiles|mortars|attacks) (?:have|had) (?:struck|hit|targeted) "
                          r"(?:[\w-]+ ){0,2}(?:bases|sites|facilities|positions|installations)\b", re.I)


def _named_bases_struck(clause: str, place: dict | None) -> bool:
    """Whether "rockets have struck bases" is one report because the clause names the bases' site (as in
    "drones have hit sites used by soldiers at the airfield"), not a summary.

    >>> _named_bases_struck("Drones have hit sites used by soldiers at the airport", {"type": "airport"})
    True
    >>> _named_bases_struck("Rockets have struck bases in Iraq", {"type": "country"})
    False
    """
    if place is None or place.get("type") in _AREA_KINDS or not _HAVE_STRUCK.search(clause):
        return False
    return not _aggregate(_HAVE_STRUCK.sub(" ", _before_context(clause)))


#: a subject that is the last of a run ("The latest in a series of attacks on the base"): one attack, not a summary
_LATEST_OF = re.compile(r"^\W*the\s+latest\s+(?:attack\s+|strike\s+|incident\s+)?in\s+(?:(?:a|the)\s+)?(?:long\s+)?"
                        r"(?:series|string|spate|wave|run)\s+of\b", re.I)


_THREAT_VERB = re.compile(r"\b(?:threaten|vow|warn|pledg|promis)\w*", re.I)


def _threat_part(clause: str) -> str:
    """The conjunct of a clause that holds its threat ("Attacks rose since May and the groups threatened to strike X":
    the threat is one statement, whatever sum, place or day the other conjunct gives).

    >>> _threat_part("Attacks rose since May and the groups threatened to strike the base")
    ' the groups threatened to strike the base'

    A conjunct with no subject of its own shares the clause's ("The rebels asked for recruits and have vowed to storm
    X": the rebels vowed), so the clause is kept whole.

    >>> _threat_part("The rebels asked for recruits and have vowed to storm the depot")
    'The rebels asked for recruits and have vowed to storm the depot'
    """
    verb = _THREAT_VERB.search(clause)
    if verb is None:
        return clause
    cut = max(clause.rfind(" and ", 0, verb.start()) + 4, clause.rfind(";", 0, verb.start()) + 1)
    if cut > 4 and _SAME_SUBJECT.fullmatch(clause, cut, verb.start()):
        return clause  # "... and have threatened": the verb's subject opens the clause
    return clause[cut:] if cut > 4 else clause


def vague_threat(clause: str) -> bool:
    """Whether a warning vows no act of war of its own outside the condition it sets: an unnamed answer ("any attack
    will be answered with a decisive response", "warning of consequences") or no act at all ("warned that the toll
    could rise"), so no threat an analyst codes (unless called a threat: "threatened X with a decisive response").

    >>> vague_threat("Biden warned Iran that if it moved against US forces, we will respond")
    True
    >>> vague_threat("He promised further strikes if the attacks continue"), vague_threat("X threatened to retaliate")
    (False, False)
    >>> vague_threat("Officials condemned the strikes, warning of consequences")
    True
    >>> vague_threat("He warned that the number of casualties could increase"), vague_threat("The group vowed revenge")
    (True, False)
    >>> vague_threat("The US warned that militias have been attacking its troops")
    True
    >>> vague_threat("His group has threatened the US in the past"), vague_threat("The group has threatened the US")
    (True, False)
    """
    verb = _THREAT_VERB.search(clause)
    past = _PAST_THREATS.search(clause)
    if past and not any(not past.start() <= v.start() < past.end() for v in _THREAT_VERB.finditer(clause)) and \
            not _WILL.search(clause, past.end()):
        return True  # "His group has threatened the US in the past": a record of threats, no threat made now (unless
        # the clause makes one too: "... and on Sunday vowed to hit the base")
    if verb and verb.group().lower().startswith("threaten"):
        return False  # "threatened Iran with a decisive response": a threat in so many words
    vowed = clause[verb.end():] if verb else clause  # what the threat says ("condemned the strikes, warning of ...")
    if verb and verb.group().lower().startswith("warn") and _WARNED_FACT.match(vowed):
        return True  # "warned that militias have been attacking US troops": a fact told, no act vowed
    if not _VAGUE_ANSWER.search(vowed) and not verb:
        return False
    return not _THREAT_ACT.search(_CONDITION.sub(" ", vowed))   # "warned that the toll could rise": no act is vowed


#: a future the clause tells after a record of threats ("..., said on Monday it would strike them again"): a threat now
_WILL = re.compile(r"\b(?:will|would|shall|going\s+to)\b", re.I)
#: threats made before, told as a record ("has threatened the US in the past", "have repeatedly threatened")
_PAST_THREATS = re.compile(r"\b(?:has|have|had)\s+(?:repeatedly|often|previously|long|frequently)\s+(?:threatened|vowed)\b|"
                           r"\b(?:has|have|had)\s+threatened\b[^;]{0,60}?\b(?:in\s+the\s+past|previously|many\s+times|"
                           r"on\s+several\s+occasions)\b", re.I)
#: a warning that tells what has happened or is happening, with no modal or condition: a fact, no threat
_WARNED_FACT = re.compile(r"\s*(?:[\w.’'-]+\s+){0,3}?that\s+(?![^,;]*\b(?:will|would|shall|could|may|might|must|going\s+to|"
                          r"if|unless|plan\w*|prepar\w*|plott\w*|intend\w*|threat\w*|about\s+to|poised)\b)[^,;]*?\b(?:has|have|had)"
                          r"\s+been\s+[a-z]+(?:ed|ing)\b", re.I)
#: a threat as a risk someone faces or something poses ("may face the threat of more attacks", "poses a threat")
_RISK_OF = re.compile(r"\b(?:face|faces|faced|facing|pose|poses|posed|posing|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                      r"threats?\b", re.I)
#: an answer that names no act: "respond", "a decisive response", "consequences", "will be answered", "pay a price"
_VAGUE_ANSWER = re.compile(r"\b(?:respond|response|answered|consequences?|measures|pay\s+(?:a|the)\s+(?:heavy\s+)?price)\b",
                           re.I)
#: an act of war the threat itself names (or the blow it leaves to the speaker: "at a time of our choosing")
_THREAT_ACT = re.compile(r"\b(?:strikes?|struck|hit|raids?|retaliat\w*|launch\w*|target\w*|attack\w*|bomb\w*|offensive|"
                         r"operations?|war|fight\w*|destroy\w*|shell\w*|invade|invasion|storm|kill\w*|wipe|avenge\w*|"
                         r"revenge|retribution|reprisals?|vengeance|counter-?attack\w*|punish\w*|fire|missiles?|rockets?|"
                         r"drones?|escalat\w*|force|military|(?:our|its|their)\s+(?:own\s+)?choosing)\b", re.I)
#: the condition a threat sets ("if the attacks continue", "any attack by X that harms Americans ... will"): the other
#: side's acts, not the threatened one
_CONDITION = re.compile(r"\b(?:if|unless|should|whenever)\b[^,;]*|\bany\s+(?:further\s+|new\s+|future\s+)?(?:attacks?|"
                        r"aggression|strikes?|harm)\b.*?(?=\b(?:will|would|shall)\b)", re.I)


#: what stands between "and" and a threat verb that has no subject of its own: auxiliaries and adverbs only
_SAME_SUBJECT = re.compile(r"\s*(?:(?:have|has|had|also|then|later|again|repeatedly|since|now)\s+)*", re.I)


def _summed_up(clause: str, counts: dict, placed: bool) -> bool:
    """Whether a clause sums up many attacks (``_aggregate``), leaving out a trailing aside ("..., the latest in a
    series of attacks") and, when it gives a toll and a place, a few attacks told jointly ("in two bomb attacks").

    >>> c = {"killed": 2, "injured": 8}
    >>> _summed_up("Two were killed in two roadside bomb attacks in the old city", c, True)
    False
    >>> _summed_up("Two were killed in two roadside bomb attacks", c, False)
    True
    >>> _summed_up("Three drones were shot down in two separate attacks on the camp", {"n_intercepted": 3}, True)
    False
    """
    head = _before_context(clause)
    if "latest" in head[:30].lower():
        head = _LATEST_OF.sub(" ", head, count=1)  # "The latest in a series of attacks on X did not cause ...": one
    if not _aggregate(head):
        return False
    told = any(counts.get(c) for c in ("killed", "injured", "n_fired", "n_hit", "n_intercepted"))
    return not (placed and told and _FEW_JOINT.search(head) and not _aggregate(_FEW_JOINT.sub(" ", head)))


@lru_cache(maxsize=1024)
def _before_context(clause: str) -> str:
    """A clause up to a trailing aside that sets its event in a wider run (``_CONTEXT_TAIL``); cached: a mention's
    weapons and its scope both read it.

    >>> _before_context("Rockets hit the base, the latest in a series of attacks")
    'Rockets hit the base'
    >>> _before_context("A bomb hit the market, the first such blast in three years")
    'A bomb hit the market'
    >>> _before_context("Rockets hit the base on Monday, marking the latest incident in a spate of attacks")
    'Rockets hit the base on Monday'
    >>> _before_context("The raid killed six in an offensive aimed at halting rocket fire")
    'The raid killed six in an offensive'
    >>> _before_context("It happened on Monday in X, which residents said has been hit repeatedly in recent weeks")
    'It happened on Monday in X'
    >>> _before_context("Six died in a shootout in X, a port city in the grips of a wave of violence")
    'Six died in a shootout in X'
    """
    return _CONTEXT_TAIL.split(clause, 1)[0]


@lru_cache(maxsize=16_384)
def _aggregate(clause: str) -> bool:
    """Whether a clause sums up many attacks ("since the beginning of the year", "dozens of attacks"); cached.

    >>> _aggregate("Rockets hit the base, the third attack in two days"), _aggregate("dozens of attacks since October")
    (False, True)
    >>> _aggregate("The raids, which have killed at least nine"), _aggregate("The raid killed nine")
    (True, False)
    >>> _aggregate("The bombings have resulted in 70 injuries"), _aggregate("The bombing resulted in 70 injuries")
    (True, False)
    >>> _aggregate("and fired missiles in their campaign, killing four sailors")
    True
    >>> _aggregate("So far the death toll is 15 dead and 20 wounded"), _aggregate("So far 40 attacks hit the base")
    (False, True)
    >>> _aggregate("She added that rocket strikes are “ongoing.”")
    True
    >>> _aggregate("Dozens have been killed by air raids and shelling in the six months since November")
    True
    >>> _aggregate("Israel’s airstrikes against Lebanon have exceeded 6,500"), _aggregate("The airstrikes hit 65 targets")
    (True, False)

    One operation told with its number of strikes ("with four strikes") is not a summary:

    >>> _aggregate("The jets hit the group with four air strikes"), _aggregate("four air strikes hit the area")
    (False, True)
    >>> _aggregate("similar drone strikes over the past few days"), _aggregate("a drone strike on Monday")
    (True, False)
    >>> _aggregate("The army has flown hundreds of air strikes on the hills"), _aggregate("It staged numerous IED bombings")
    (True, True)
    >>> _aggregate("The navy has flown hundreds of airstrikes on the coast"), _aggregate("An airstrike hit the coast")
    (True, False)
    >>> _aggregate("A drone hit the station, marking the second time the police have been attacked this year")
    False
    >>> _aggregate("In the worst suicide bombing so far in Kabul, a bomb on an army bus kills 28 troops")
    False
    >>> _aggregate("The base, regularly targeted by rocket fire, was hit by three rockets on Sunday")
    False
    >>> _aggregate("The base was attacked three times within an hour"), _aggregate("The base was attacked three times")
    (False, True)
    >>> _aggregate("A bomb exploded in one of two attacks that occurred minutes apart"), _aggregate("in two attacks")
    (False, True)
    >>> _aggregate("Three were killed near Baqouba, where insurgent attacks have been frequent")
    False
    >>> _aggregate("46 soldiers have been hurt as a result of the Iran-backed drone and rocket attacks")
    True
    >>> _aggregate("Five civilians lost their lives as a result of the artillery attacks on the village")
    False
    >>> _aggregate("The attacks in Iraq have mainly targeted the airport, the port and the base")
    True
    >>> _aggregate("Rockets have mostly targeted the base, but Tuesday's attack hit a school on Tuesday")
    False
    >>> _aggregate("61 troops were killed in 21 IS operations"), _aggregate("Six were killed in 2 attacks on Monday")
    (True, True)
    >>> _aggregate("Forty guards have been hurt or killed in attacks on convoys"), _aggregate("The unit has been steadily "
    ...     "shelling the ridge"), _aggregate("The unit has been constantly shelling the ridge")
    (True, False, True)
    """
    counted, words = _AGGREGATE_PARTS  # the two parts of ``_AGGREGATE``, the second matched in lower case
    clause = _without_comparisons(clause)
    times = counted.search(clause)
    if times and _SHOT_TIMES.search(clause, max(0, times.start() - 9), times.end()):
        times = counted.search(clause, times.end())  # "hit by gunfire four times": one victim's wounds, not a count of attacks
    if times and _WITHIN_AN_HOUR.match(clause, times.end()):
        times = None  # "attacked three times within an hour": one raid in salvoes, as a coder counts it
    if "trikes" in clause and _ONE_NIGHT.search(clause) and not _SINCE_OR_OVER.search(clause) and \
            not _PLACE_LIST.search(clause):
        clause = _FEW_STRIKES.sub(lambda m: " " * len(m.group()), clause)  # "Three overnight airstrikes on X Saturday
        # killed six": one raid of three strikes on its day ("attacked three times on Thursday" still sums a day up)
    return bool(times) or words.matches(clause) or "in action" in clause and bool(_IN_ACTION.search(clause)) or \
        "attacks" in clause and (any(not _ON_NAME.match(clause, m.end()) for m in _HURT_TALLY.finditer(clause)) or
                                 bool(_BARE_TALLY.search(clause)) or bool(_BY_WHOM_TALLY.search(clause)))


def _without_comparisons(clause: str) -> str:
    """A clause without what compares its one event with others or tells what its place lives with (blanked, or cut
    before "the second time"), and with "airstrikes" spelt "air strikes", as ``_aggregate`` reads it.

    >>> _without_comparisons("Three were killed near Baqouba, where insurgent attacks have been frequent").rstrip()
    'Three were killed near Baqouba'
    """
    if " time" in clause and (nth := _NTH_TIME.search(clause)) and nth.start() > 0:
        clause = clause[:nth.start()]  # "..., marking the second time the town's police have been attacked": a comparison
    if "ly " in clause or "often " in clause:
        rest = _HABIT_ASIDE.sub(lambda m: " " * len(m.group()), clause)  # "The base, regularly targeted by rocket
        # fire, was hit on Sunday": the aside tells what the place lives with, the clause one blow (when it tells one)
        clause = rest if _ONE_BLOW.search(rest) else clause
    if "where" in clause:  # "near Baqouba, where insurgent attacks have been frequent": what the place lives with, not
        # this event's count (a toll of its own stays)
        clause = _WHERE_HABIT.sub(lambda m: m.group() if _TOLL_WORD.search(m.group()) else " " * len(m.group()), clause)
    if "so far" in clause or "to date" in clause:
        clause = _WORST_SO_FAR.sub(lambda m: " " * len(m.group()), clause)  # "the worst bombing so far in Kabul": a
        # comparison of this one event with the others, not a tally
    if "trike" in clause:
        clause = _SOLID_STRIKES.sub(r"\1 \2", clause)  # "hundreds of airstrikes": "hundreds of air strikes"
    return clause


#: a blow the clause tells beside a habit aside ("... was hit by three rockets", "... killing four")
_ONE_BLOW = re.compile(r"\b(?:hit|struck|killed|killing|wounded|wounding|injured|injuring|exploded|fired|attacked|shelled|"
                       r"bombed|targeted|stormed|raided)\b", re.I)
#: a relative clause on a place that tells what it lives with ("..., where insurgent attacks have been frequent")
_WHERE_HABIT = re.compile(r",\s+where\s+[^,;.]{0,80}?\b(?:frequent|common|commonplace|rife|regular|routine|often|"
                          r"frequently|regularly|repeatedly|usually)\b[^,;.]{0,40}", re.I)
#: a toll in such a clause ("where 15 people were killed in frequent attacks last month"): a tally, kept
_TOLL_WORD = re.compile(r"\d|\b(?:killed|wounded|injured|dead|deaths|died)\b", re.I)
#: an aside that tells what a place lives with ("The base, regularly targeted by rocket fire, was hit ...")
_HABIT_ASIDE = re.compile(r",\s*(?:regularly|routinely|often|frequently|repeatedly|constantly)\s+[a-z]+ed\b[^,;.]{0,60},", re.I)
#: a superlative that ranks one event among the others so far ("the worst suicide bombing so far in Kabul")
_WORST_SO_FAR = re.compile(r"\bthe\s+(?:single\s+)?(?:worst|deadliest|bloodiest|biggest|largest|heaviest|most\s+(?:deadly|lethal|"
                           r"violent|destructive|serious|severe|intense|powerful|devastating))\s+(?:[\w-]+\s+){0,5}?"
                           r"(?:so\s+far|to\s+date)\b", re.I)
#: one night or day an operation of several strikes is told on ("overnight", "on Saturday", "yesterday")
_ONE_NIGHT = re.compile(r"\b(?:overnight|last\s+night|yesterday|today|this\s+morning|" + _WEEKDAY_WORD + r")\b",
                        re.I)
#: a few strikes counted, as one raid is told ("three overnight air strikes")
_FEW_STRIKES = re.compile(r"(?<!with )\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?(?:air\s+)?strikes\b",
                          re.I)
#: a list of three places ("hit Khan Younis, Rafah and Deir al-Balah"): strikes on several towns, no one raid
_PLACE_LIST = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*,\s+(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?,?\s+and\s+(?-i:[A-Z])")
#: a span of days a summary covers ("since Monday", "over the past week", "in the past two days")
_SINCE_OR_OVER = re.compile(r"\b(?:since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|so\s+far|throughout|daily|"
                            r"every|each)\b", re.I)


#: a clause that opens on further victims: "and another three were killed near Y", "while two more died in Z"
_ANOTHER_VICTIMS = re.compile(r"[\s,;]*(?:and|while|as|but)\s+(?:another\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
                              r"nine|ten)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|others))\b", re.I)


def _victims_elsewhere(sent: str, pending: tuple[int, int], lo: int, own: dict, places: list[dict],
                       actors: list[dict]) -> bool:
    """Whether a casualty clause waiting for its event and the event clause after it tell victims at two places
    ("Four soldiers were killed in X while on patrol and another three were killed near Y when a bomb hit"): two
    incidents, not one.

    >>> s = "Four guards were killed in Mosul and another three were killed near Basra by a bomb."
    >>> _victims_elsewhere(s, (0, 32), 32, {"places": {"basra"}}, [{"start": 27, "place_id": "mosul", "type": "city"}], [])
    True
    """
    if not _ANOTHER_VICTIMS.match(sent, lo):
        return False
    from ..places import places_compatible

    mine = {p["place_id"] for p in places if pending[0] <= p["start"] < pending[1] and p["type"] != "country"}
    return bool(mine and own["places"]) and not any(places_compatible(a, b) for a in mine for b in own["places"])


#: a later act of the attackers, told after the victims of the first ("..., and that the rebels then ambushed a convoy,
#: killing five police officers")
_THEN_ACT = re.compile(r"[\s,;]*and\s+(?:that\s+)?(?:[\w.'’-]+\s+){1,4}?(?:then|later|subsequently|afterwards)\s+"
                       r"(?:ambushed|attacked|struck|hit|fired|launched|stormed|raided|shelled|bombed|opened\s+fire)\b", re.I)


def _then_another(sent: str, lo: int, cues: dict) -> bool:
    """Whether the event clause at ``lo`` tells a later act with victims of its own, after a casualty clause waiting for
    its event: the waiting victims are those of the first act, not of this one.

    >>> s = "An official said 12 were killed in the town, and that the rebels then ambushed a convoy, killing five."
    >>> i = s.index(", and"); _then_another(s, i, {"attack": [], "casualty": []}), _then_another(s, i, {"attack": []})
    (True, False)
    """
    return "casualty" in cues and bool(_THEN_ACT.match(sent, lo))


def _part_of_tally(sent: str, pending: tuple[int, int], own: dict) -> bool:
    """Whether a clause is one attack told as a part of the tally before it ("60 troops died this month, including 14
    killed by a roadside bomb near X"): the part is an incident of its own, the tally is left out.

    >>> s = "Forty guards died this year, including six killed by a car bomb near Hit."
    >>> _part_of_tally(s, (0, 30), {"kind": "part", "families": {"ied"}})
    True
    """
    tally = sent[pending[0]:pending[1]]
    return own["kind"] == "part" and bool(own["families"]) and (_aggregate(tally) or bool(_TALLY_TIME.search(tally)))


#: a span a tally covers: "this year", "over the past month", "so far", "since"
_TALLY_TIME = re.compile(r"\b(?:this|last|past)\s+(?:year|month|week)\b|\bso\s+far\b|\bsince\b", re.I)


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
