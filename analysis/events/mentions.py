"""Incident mentions: one row per report of a violent event in the cleaned sentences of a corpus.

For each article:

1. **Candidate sentences.** One regular expression of every event cue and weapon word
   (:mod:`analysis.events.vocabulary`) picks the sentences worth reading; the rest of the article
   costs one scan. Time expressions are found (``date_mentions``) only in the paragraphs holding
   candidates, the other characters blanked so that offsets hold.
2. **Clauses into mentions.** A candidate sentence is cut into clauses
   (:mod:`analysis.events.clauses`); clauses are grouped into mentions: a clause with its own event
   cue starts a new mention when it brings its own place, weapon family, agent or kind of event
   (claim, threat); other clauses (a participial "killing three", a "rocket attack" phrase) join the
   mention they belong to. Each mention's slots are filled from its own clauses only.
3. **Slots.** Event type, agent and target (:mod:`analysis.events.triggers`), weapon and ACLED
   sub-event type, counts by role and casualties with who and qualifier (:mod:`analysis.events.roles`),
   place with its town, district, province, country and coordinates (:mod:`analysis.events.places`; which
   named place is the event's own: :mod:`analysis.events.mention_places`),
   date with precision (:mod:`analysis.events.dating`), and the evidence span.
4. **Context.** A sentence with casualties or blame but no event cue ("Three security personnel were
   killed", "X was believed responsible") completes the previous mention of the paragraph (or up to
   three sentences back); a mention without a place or date takes them from the story it sits in.

A mention is kept when it says something specific (a place finer than a country, a weapon, a count,
casualties, a precise date or a named agent); summaries of many attacks ("since the beginning of the
year", "dozens of attacks") are kept with ``scope = aggregate``; policy and conditionals ("attacks will
be met with strikes") are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
import pandas as pd

from ..runtime import no_gc
from ..text.checks import require_frame
from ..text.apostrophes import has_apostrophe_like, true_apostrophes
from ..text.clean import RELATED_HEADING
from .actors import STATE_TYPES, actors_gazetteer, scan_actors
from .clauses import (BLAMED_FOR, HELD_RESPONSIBLE, KILLING_OF, LED_TO, MONTH_WORD, PRIOR, RESPONSIBLE_PARTY,
                      SINCE_AN_EVENT, SINCE_DATED_EVENT, is_caption, split_clauses)
from .entries import ENTRY_DAY, drop_breakdowns, drop_title_tolls, entry_dates, entry_summaries
from .dating import DATE_FIELDS, EMPTY_DATE, DateIndex, best_date, dated_by_text, is_stamp, later_events, window_date
from .gazetteer import join_flags, tokens
from .idioms import blank_idioms, has_idiom_word
from .mention_places import (AREA_NAME, BASE_NAME, country_of, demonym_site, header_place, header_wins, locative, located_places,
                             named_place, part_place, place_cols, quoted_spans, road_place, site_place, source_spans, countries_joined,
                             SEVERAL_COUNTRIES)
from .merge import DEFINITE_START, EARLIER_FIGURE, EARLIER_THAN_TOLD, RELATIVE_TO_TOLD, SEPARATE, VAGUE_FLOOR, weapons_compatible
from .merge import _present as _counted  # a count cell that holds a number
from .places import SITE_TYPES, TOWN_TYPES, NamedCountries, ancestors, scan_places, well_known_place
from .counts import parse_number
from .roles import ATTACK_WORD, ALSO_IN_TOLD, ENTRY_HEAD, TOTAL_TAIL, casualties, died_of_wounds, munitions, revised_toll, rising_toll, running_tally, vague_roles
from .timex.mentions import date_records
from .triggers import US_SIDES, agent_and_target, attribution, cue_classes, event_type, launched_inquiry
from .prefilter import guard, may_match
from .vocabulary import Folded, may_report_event, vocabulary, weapons_in

__all__ = ["incident_mentions", "MENTION_COLUMNS", "doc_mentions"]

#: Columns ``incident_mentions`` needs in ``sentences``.
SENTENCE_INPUT = ["doc_id", "para_id", "sent_id", "start", "end", "text"]

MENTION_COLUMNS = [
    "doc_id", "mention_id", "para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end",
    "evidence_start", "evidence_end", "scope", "event_type", "event_subtype", "weapon", "weapons", "n_fired", "n_hit",
    "n_intercepted", "n_claimed", "killed", "injured", "killed_who", "injured_who", "casualty_group", "qualifier",
    "qualifiers", "place_id", "place", "place_text", "place_type", "place_source", "place_score", "place_method",
    "town", "district", "admin1", "country", "latitude", "longitude", "geo_precision", "actor_id", "actor",
    "actor_attribution", "attribution", "attributed_by", "target", "date", "date_precision", "earliest", "latest",
    "date_text", "date_rule", "date_source", "date_inference", "evidence",
]
COUNT_FIELDS = ["n_fired", "n_hit", "n_intercepted", "n_claimed", "killed", "injured"]
#: "three times in a week": a count of times before "times" (case matters: a capitalised word only before "times in")
_COUNTED_TIMES = r"\b(?:(?-i:(?:[a-z]+|[A-Z][a-z]+(?=\s+times\s+(?:in|since|this|last|over|a|an|per)\b))) times\b(?! of))\b"
#: habitual or generic aspect, which tells a practice, not one event: a perfect or a present with a habitual adverb
#: ("have historically targeted", "increasingly rely on"), a perfect lasting years ("have harassed ... for more than
#: two years"), a practice called not unusual ("... are not uncommon in the region")
_HABITUAL_WORDS = (r"(?:have|has|had) (?:historically|increasingly|traditionally|habitually|continually|persistently)|"
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
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|for (?:several )?hours)\b)")
#: a tally over a span of time or a whole country, which sums many events: "last year alone", "nationally", "during
#: the 1980s", "attacks since 2015", "killed at least 107 civilians ... since December 2021"
_SPAN_TALLY_WORDS = (r"(?:year|month|decade) alone|nationally|nationwide (?:toll|tally)|"
                     r"(?:have|has) been [^.;]{0,100}?(?:in|over|during) the (?:past |last |first )?(?:\d+|two|three|four|"
                     r"five|six|seven|eight|nine|ten|eleven|twelve|few|several) (?:days|weeks|months|years) (?:since|of (?:the )?"
                     r"(?:war|conflict|fighting))|"  # a perfect toll over the span: a tally, not "a rocket hit X" in it
                     r"(?:during|in|throughout) the (?:early |mid-?|late )?(?:1[89]|20)\d0s|"
                     r"(?:killed|wounded|injured|dead|died|casualties)\b[^.;]{0,100}?\bduring (?:the )?(?:past |last |first )?"
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|decades)\b(?! in office)|"
                     # "17,326 civilians were killed ... during six years in Taiz" (not "plots during six years in office")
                     r"(?:attacks|strikes|raids|bombings|violence|insurgency) (?:[\w-]+ ){0,3}?since (?:(?:january|february|march|"
                     r"april|may|june|july|august|september|october|november|december) )?(?:1[89]|20)\d\d\b|"
                     r"(?:killed|wounded|injured|kidnapped|abducted) (?:at least |more than |over |some |nearly |about |around |an estimated )?"
                     r"\d[\d,]* (?:[\w-]+ ){0,8}?since (?:(?:january|february|march|april|may|june|july|august|september|october|"
                     r"november|december) )?\d{4}\b|"
                     r"between (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                     r" (?:\d{1,2},? )?|\d{1,2} [a-z]+ )?(?:1[89]|20)\d\d and |"  # "killed between January 1, 2019 and ..."
                     r"(?:first|second|third|fourth|final|last) quarter of|\d[\d,]* (?:[\w-]+ ){0,2}?incidents|"
                     r"\d[\d,]* (?:[\w-]+ ){0,2}?(?:shootings|bombings|explosions|killings|murders|homicides)\b|"
                     r"(?:hit|set|reached|broke) (?:a|an|the) (?:new |all-time |grim |record )?(?:record|high)\b")
#: the other words of a summary of many attacks (lower case: matched by ``Folded``)
_AGGREGATE_WORDS = (r"\b(?:since (?:the )?(?:beginning|start|inauguration|onset|outbreak)|\d+ times|"
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
                    r"(?:has|have) (?:also )?(?:fired|launched) (?:[\w-]+ ){1,8}?since (?:(?:january|february|march|april|may|"
                    r"june|july|august|september|october|november|december)\b|(?:19|20)\d\d\b|the (?:start|beginning|outbreak)\b|"
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
                    r"in recent (?:months|weeks)|growing numbers|(?:a|new|fresh|latest|renewed|another) wave of(?! (?:[\w-]+ )?(?:rockets|missiles|drones|mortars|shells|projectiles)\b(?![^.;]{0,200}\b(?:since|over the (?:past|last)|in recent|for (?:days|weeks|months))\b))|spate of|string of|\d+ attacks|"
                    r"separate (?:[\w-]+ )?(?:attacks|incidents|bombings|explosions|blasts|strikes|shootings)|"
                    r"a number of (?:[\w-]+ ){0,2}(?:attacks|bombings|incidents|explosions|blasts|strikes)|"
                    r"frequent(?:ly)?|regular(?:ly)?|often|routinely|the (?:vast )?majority of|most of the|many of the|"
                    r"numerous (?:[\w-]+ )?(?:attacks|strikes|raids|bombings)|since then|(?<!toll )so far(?!,? (?:the |this |our )?(?:death |casualty )?toll\b)|to date|in total|recurring|dozens of (?:attacks|strikes)|"
                    r"(?:dozens|scores|hundreds|thousands) of (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|bombings)|"
                    r"(?:years?|months?|weeks?|decades?) of (?:[\w-]+ ){0,3}(?:attacks|strikes|launches|bombings|violence)|"
                    r"more than \d+ (?:attacks|strikes)|(?:attacks|strikes) (?:have|had) (?:been|become)|"
                    r"these (?:attacks|assaults)|(?:several|multiple|two|three|four|five) (?:rounds|waves) of|"
                    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|various)\s+(?:[\w-]+\s+){0,3}attacks|"
                    r"(?:several|multiple|numerous|various)\s+(?:[\w-]+\s+){0,2}(?:raids|bombings|ambushes|assaults)|"
                    r"(?<!with )(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous)\s+(?:[\w-]+\s+){0,3}"
                    r"strikes|recent (?:[\w-]+ ){0,2}?(?:attacks|strikes)|(?:previous|prior|past) (?:[\w-]+ ){0,2}(?:attacks|strikes)|"
                    r"(?:increase|rise|surge|uptick|spike|jump) (?:in|of) (?:[\w\[\]-]+ (?:and )?){0,3}(?:attacks|strikes)|"
                    r"(?:attacks|strikes|raids|bombings),? (?:which |that )?(?:have|had) (?:so far |now |also )?"
                    r"(?:killed|wounded|injured|left|resulted in|caused|led to)|(?:over|in|during) the (?:past|last|previous|preceding) (?:few |several |two |three |four |five |six |seven |eight |nine |ten |\d+ )?"
                    r"(?:days|weeks|months|years)|similar (?:[\w-]+ )?(?:attacks|strikes)|"
                    r"concerns? (?:over|about) the use of|the (?:growing|increasing|rising) use of|"
                    r"(?:war|conflict|onslaught|offensive|genocide)\b[^.;]{0,80}?\b(?:which|that) (?:has|have|had) "
                    r"(?:so far |now |already )?(?:killed|claimed)|"
                    r"(?:war|conflict|insurgency)\b[^.;]{0,120}?\b(?:has|have|had) (?:raged|lasted|continued|gone on)\b"
                    r"[^.;]{0,60}?,? (?:killing|leaving|claiming)|"  # "the war ... has raged since April 2023, killing 20,000"
                    r"(?:have|has|had) previously(?! (?:reported|said|announced|stated|told|confirmed))|(?:near[- ]|almost )?(?:daily|nightly|weekly) (?:attacks|assaults|strikes)|"
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
#: a weekday's name, lower case (the expressions that use it match case-insensitively)
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
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
#: a solid compound ("airstrikes"), read as the two words the summary's expressions are written with
_SOLID_STRIKES = re.compile(r"\b(air|drone)-?(strikes?)\b", re.I)
#: a name after the tally's "attacks" ("in the attacks on Camp X"): a place, one event (case matters: read apart)
_ON_NAME = re.compile(r"\s+(?:on|against)\s+[A-Z]")
_AGGREGATE = re.compile(f"{_COUNTED_TIMES}|{_AGGREGATE_WORDS}", re.I)
#: an event compared with earlier ones after it is told ("..., marking the second time the town has been attacked"): what
#: follows counts the earlier events, not this one
_NTH_TIME = re.compile(r",?\s+(?:marking|making|in|for|it\s+was|it\s+is)\s+(?:only\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|"
                       r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|umpteenth)\s+time\b", re.I)
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
    >>> _aggregate("Forty guards have been hurt or killed in attacks on convoys"), _aggregate("The unit has been steadily "
    ...     "shelling the ridge"), _aggregate("The unit has been constantly shelling the ridge")
    (True, False, True)
    """
    counted, words = _AGGREGATE_PARTS  # the two parts of ``_AGGREGATE``, the second matched in lower case
    if " time" in clause and (nth := _NTH_TIME.search(clause)) and nth.start() > 0:
        clause = clause[:nth.start()]  # "..., marking the second time the town's police have been attacked": a comparison
    if "trike" in clause:
        clause = _SOLID_STRIKES.sub(r"\1 \2", clause)  # "hundreds of airstrikes": "hundreds of air strikes"
    times = counted.search(clause)
    if times and _SHOT_TIMES.search(clause, max(0, times.start() - 9), times.end()):
        times = counted.search(clause, times.end())  # "hit by gunfire four times": one victim's wounds, not a count of attacks
    if "trikes" in clause and _ONE_NIGHT.search(clause) and not _SINCE_OR_OVER.search(clause) and \
            not _PLACE_LIST.search(clause):
        clause = _FEW_STRIKES.sub(lambda m: " " * len(m.group()), clause)  # "Three overnight airstrikes on X Saturday
        # killed six": one raid of three strikes on its day ("attacked three times on Thursday" still sums a day up)
    return bool(times) or words.matches(clause) or "in action" in clause and bool(_IN_ACTION.search(clause)) or \
        "attacks" in clause and (any(not _ON_NAME.match(clause, m.end()) for m in _HURT_TALLY.finditer(clause)) or
                                 bool(_BARE_TALLY.search(clause)))


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
    from .places import places_compatible

    mine = {p["place_id"] for p in places if pending[0] <= p["start"] < pending[1] and p["type"] != "country"}
    return bool(mine and own["places"]) and not any(places_compatible(a, b) for a in mine for b in own["places"])


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


#: the word that opens the clause an event is told in, after the news it led to ("... launched today after ...")
_AFTER_WORD = r"(?:soon\s+|shortly\s+|hours\s+|a\s+day\s+|days\s+)?after\s"
_AFTER_START = re.compile(r"\W*" + _AFTER_WORD, re.I)  # at a clause's start
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


def _doc_mentions(sents: list[dict], text: str, published: str | tuple | None) -> list[dict]:
    """``doc_mentions`` on sentences and text whose apostrophes are read already.

    Slots are filled first; time expressions are looked up only when the article has a mention, and only in
    the paragraphs that hold mentions.
    """
    rows_of_tally = _tally_rows(sents) | _link_rows(sents)
    named = NamedCountries(text)  # a town far away is taken only in an article that names its country
    found = [(s, g, ctx) for s in _candidates(sents) if int(s["sent_id"]) not in rows_of_tally
             for g, ctx in _sentence_groups(s, named)]
    rows = [(r, s, g, ctx) for s, g, ctx in found if (r := _mention(s, g, *ctx)) is not None]
    if not any(r["event_type"] not in ("casualty", "responsibility") or r["place_id"] or _own_casualties(r)
               for r, *_ in rows):
        return []  # casualties or blame with no event to complete and no place or weapon of their own
    own = {int(s["sent_id"]) for _r, s, _g, _c in rows}
    refs = _event_refs(sents, own)
    paras = {int(s["para_id"]) for _r, s, _g, _c in rows} | {int(sents[0]["para_id"])} | \
        {int(s["para_id"]) for s in refs.values()}  # with the dateline
    dm = _dates_near(sents, paras, text, published, own | set(refs))
    if isinstance(published, str) and published:  # the day a wire dateline gives is the filing day, known already
        dm = [d for d in dm if d["start"] >= _inline_dateline_end(text)]
        wire = [m.span(1) for m in _WIRE_PAREN.finditer(text)] if dm else []
        dm = [d for d in dm if not any(a <= d["start"] < b for a, b in wire)]  # "CITY (Agency - 3rd May, 2022)"
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


#: what joins the places of one list ("X, Y and Z", "a base in X and a base in Y", "the towns of X and Y")
_COORD_GAP = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=,|\s+and\s))?"  # "A in Syria, B", "A in X
                        # Province and B": A's country or province
                        r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?"
                        r"(?:(?:towns?|villages?|cities|city|areas?|outskirts|bases?)\s+(?:of\s+)?(?:the\s+)?)?"
                        r"(?:(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}?(?:base|camp|outpost)\s+(?:in|at|near)\s+(?:the\s+)?)?")
#: place types of which a list names several events' places (a country or province list names one event's area)
_LISTED_TYPES = SITE_TYPES | TOWN_TYPES | {"district", "sub-district", "neighbourhood", "place", "area", "municipality"}


#: the event told before, named again by a definite noun ("the strikes", "these attacks"): its targets are one event's
_THE_EVENT_TOLD = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|attacks|raids|bombings|"
                             r"shelling|operation|operations)\b", re.I)


#: a number of the events that follow ("Two of the militia attacks ..."): events counted, not the one told before
_PARTITIVE_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|both|\d+)\s+of\s+$", re.I)


def _coordinated_places(sent: str, lo: int, hi: int, place: dict, places: list[dict]) -> list[dict]:
    """The other places of the list a mention's place stands in, within its clause ("rockets hit bases in X and Y",
    "strikes reached the towns of X, Y and Z"): sites, towns or districts, none holding another; each its own event.

    >>> ps = scan_places("Rockets were fired at a base in the Omar oil field and a base in the Conoco gas field.")
    >>> [p["name"] for p in _coordinated_places("Rockets were fired at a base in the Omar oil field and a base in the "
    ...     "Conoco gas field.", 0, 86, ps[0], ps)]
    ['Conoco gas field']
    """
    listed = sorted((p for p in places if lo <= p["start"] < hi and p.get("type") in _LISTED_TYPES), key=lambda p: p["start"])
    chain: list[dict] = []
    for p in listed:
        if chain and not _COORD_GAP.fullmatch(sent, chain[-1]["end"], p["start"]):
            if any(q["start"] == place["start"] for q in chain):
                break
            chain = []
        chain.append(p)
    if len(chain) < 2 or not any(q["start"] == place["start"] for q in chain) or \
            not re.search(r"\band\b|\bor\b|as\s+well\s+as", sent[chain[0]["end"]:chain[-1]["start"]]):
        return []
    ids = [q["place_id"] for q in chain]
    if len(set(ids)) < len(ids) or any(a in ancestors(b) for a in ids for b in ids if a != b):
        return []   # "Sinjar, Nineveh": a place and the one that holds it, not a list
    told = _THE_EVENT_TOLD.search(sent, lo, chain[0]["start"])
    if told and not _PARTITIVE_BEFORE.search(sent, max(0, told.start() - 20), told.start()):
        return []   # "In Syria, the strikes targeted sites near X and Y": the targets of the operation told before (not
        # "Two of the attacks took place at X and Y": attacks counted, one per site)
    return [q for q in chain if q["start"] != place["start"]]


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
        if n is None and revised is None:
            _died_of_wounds(str(s["text"]), [last[k] for k in (sid - 1, sid - 2, sid - 3) if k in last])
        if sid in own:
            continue
        prev = last.get(sid - 1) or last.get(sid - 2)
        if revised is not None and prev is not None and not _revised_already(kept, sid, revised):
            prev["killed"] = revised  # "The health office lowered the death toll from 41 to 25": the told event's
        elif n is not None and prev is not None and pd.notna(prev["killed"]) and n > int(prev["killed"]):
            prev["killed"] = n


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
_UPDATE_WORDS = ("rose", "risen", "climbed", "increased", "jumped", "toll", "died", "succumb", "passed")


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


_INLINE_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+)?(?:\s*\[[A-Z][A-Za-z ]+\])?"
                              r"(?:,\s*[A-Z][A-Za-z ]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s*"
                              r"\([A-Z][A-Za-z/ ]{1,20}\)\s*[-–—:]?|"
                              r"^\s*[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+)?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                              r"[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([A-Z][A-Za-z/ ]{1,20}\)\s*)?[-–—:]?\s")  # "BEIRUT Jan 14 A..."


#: a wire dateline inside a paragraph: an upper-case city, then agency and day in brackets ("MOSUL (X News / Y -
#: 3rd May, 2022) A drone ..."); group 1 is the bracket
_WIRE_PAREN = re.compile(r"(?m)^[^\S\n]*[A-Z][A-Z'’.-]{2,}(?:[^\S\n]+[A-Z][A-Z'’.-]+)?[^\S\n]*(\([^()\n]{2,60}?[-–—,][^\S\n]*"
                         r"(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]+\.?[^\S\n]+\d{1,2}),?[^\S\n]+\d{4}\))")


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


#: what a tally's words may also say of one event: "the first such attack in three years", "had been killed"
_NOT_TALLY = re.compile(r"\b(?:the\s+)?first\b[^.;]{0,60}?\b(?:in|since)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:[\w-]+\s+)?"
                        r"(?:years?|months?|decades?|\d{4})\b|\b(?:have|had)\s+been\s+(?:\w+ly\s+)?(?:killed|wounded|injured|"
                        r"hurt)\b", re.I)


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
#: a joint report of one place's attacks with their toll ("In X, a string of attacks left 10 dead"), no tally over time
#: "a string of", "a wave of" ... and up to two words before the events it groups
_SERIES_WORDS = r"(?:string|wave|spate|series)\s+of\s+(?:[\w-]+\s+){0,3}?"  # "a series of bomb and shooting attacks"
_SERIES_OF = r"\ba\s+" + _SERIES_WORDS + r"(?:attacks|bombings|blasts|explosions|" \
             r"air\s*strikes|airstrikes|strikes|raids|bombs)\b"
#: the verbs of harm a toll is told with ("killed", "wounding"), shared by the tally and earlier-event rules
_HARM_WORDS = r"killed|killing|wounded|wounding|injured|injuring"
_TOLL_VERB = rf"\b(?:left|{_HARM_WORDS})\b"
#: ... or told before it, as its cause: "six porters were killed and more injured in a wave of rocket attacks on X"
_A_SERIES = re.compile(_SERIES_OF + r"[^.;]{0,140}?" + _TOLL_VERB + "|" + _TOLL_VERB + r"[^.;]{0,80}?\b(?:in|by|during)\s+" +
                       _SERIES_OF[2:], re.I)


_EVENT_REF = re.compile(r"\b(?:the|this|that|these|its|their|\w+day(?:\s+night)?[’']s)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:attacks?|strikes?|airstrikes?|raids?|operations?|bombings?|assaults?|incidents?|"
                        r"explosions?|blasts?|shelling|ambush)\b|\b(?:took\s+place|happened|occurred)\b|"
                        r"\bthe\s+(?:[\w-]+\s+)?(?:bandits|gunmen|attackers|assailants|raiders)\s+(?:who\s+[^,.;]{0,60}?\s+)?"
                        r"(?:came|arrived|stormed|entered|struck|opened|began|started)\b", re.I)  # "the bandits ... came ... on Sunday"


_NEAR = (-1, 1, -2, 2)  # sentences next to a mention, nearest first (the one before it at equal distance)
#: a sentence that opens by timing its event minutes or hours from the event just told ("Hours after the attack, ...")
_HOURS_AFTER = re.compile(r"^\W*(?:(?:just|only|some|about|around|within|less\s+than)\s+)?(?:(?:an?|one|two|three|"
                          r"four|five|six|\d+|a\s+few|several)\s+)?(?:minutes?|hours?)\s+(?:after|later)\b", re.I)


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


def _groups(sent: str, places: list[dict], actors: list[dict]) -> list[dict]:
    """Clauses of a sentence grouped into mentions (start, end, cues) as described in the module docstring."""
    groups: list[dict] = []
    pending: tuple[int, int] | None = None
    prior = PRIOR.match(sent)  # "Two weeks before the drone attack, rockets hit ...": the opening clause is earlier
    total = _TOTAL_ROSE.search(sent)  # "..., it rose to N, the number of those killed ...": a tally follows
    stop = total.start() if total else len(sent)
    for lo, hi in _cut_behind(sent, split_clauses(sent)):
        if lo >= stop:
            break
        hi = min(hi, stop)
        clause = sent[lo:hi]
        if _RUNNING_TOTAL.match(clause) or _FOUND_MUNITIONS.search(clause) and not _GONE_OFF.search(clause):
            continue  # a tally of many events ("bringing the number of attacks to 70"); weapons found, not used
        cues = _specific_cues(clause, cue_classes(clause))
        if not cues and _SINCE_AN_EVENT.match(clause) and _SUPERLATIVE.search(sent, max(0, lo - 60), lo):
            cues = cue_classes(clause)  # "the deadliest attack since the bombing of a police station in X": that bombing
        event = {"attack", "strike", "interception", "claim", "threat"} & set(cues)
        own = _clause_facts(lo, hi, clause, places, actors, cues)
        earlier = _earlier_event(sent[:lo], clause)
        toll = (own["kind"] == "prior" or earlier is not None) and _toll_of_following(sent, pending, groups, clause)
        if toll and own["kind"] == "prior":
            own["kind"] = "event"  # "Twelve soldiers were killed following an explosion in X": the blast that killed them
        if _BEHIND_ATTACK.match(clause):
            own["kind"] = "prior"  # "... the fighters behind a drone strike that killed two": that strike, told apart
        elif prior and lo == 0 and hi == prior.end() or _RESPONSE_TO.match(clause):
            own["kind"], own["days_before"] = "prior", -1  # "Following ...,", "a response to the killing of X"
        if earlier is not None and toll:
            earlier = None  # "34 troops suffered concussions following the missile attack on X": that attack's toll
        if earlier is not None:  # "..., which came a day after a drone attack on al-Tanf": an earlier event
            own["kind"], own["days_before"] = "prior", earlier
        elif own["kind"] == "prior" and groups and "days_before" not in own and _PRIOR_EVENT.match(clause):
            own["days_before"] = -1  # "X was shot down on Saturday, months after ... following the deaths of three"
        if not event and own["families"] and (_ENTRY_HEAD.match(sent) and re.match(r"[;\s]*(?:[A-Z][^:]{1,60}:\s*)?\d",
                                                                                 sent[lo:hi]) or "casualty" in cues):
            cues = {**cues, "casualty": cues.get("casualty", [])}  # "Madain: 1 by IED."
        if "casualty" in cues and not event and (own["kind"] == "prior" or own["families"]):
            event = {"attack"}  # "following the deaths of three U.S. soldiers", "gunmen killed two shepherds"
            cues = {**cues, "attack": []}
        if not event and not cues and _ADDING.match(clause):
            continue  # "..., adding that a gunship was already in the air": a further remark, not the event's own words
        if not event or groups and (not (_distinct(groups[-1], own) or _COINCIDED.match(clause)) or _COUNT_PART.match(clause) or
                                    _THE_SAME_SALVO.match(clause)):
            if groups:
                if not event and _announced_toll(groups[-1], sent[groups[-1]["start"]:lo], clause, cues):
                    groups[-1].pop("days_before", None)  # "In response to the strike, X announced a death": its toll
                _extend(groups[-1], hi, cues, own)
            elif cues or pending:  # "One contractor was killed and ... in a rocket attack"
                pending = (pending[0] if pending else lo, hi)
            continue
        if pending and not groups and _victims_elsewhere(sent, pending, lo, own, places, actors):
            pc = cue_classes(sent[pending[0]:pending[1]])  # "Four were killed in X and another three near Y when ..."
            groups.append({"start": pending[0], "end": pending[1], "cues": pc,
                           **_clause_facts(*pending, sent[pending[0]:pending[1]], places, actors, pc)})
            pending = None
        start = pending[0] if pending and not groups and not _part_of_tally(sent, pending, own) and \
            not _SINCE_DATED.match(clause) else lo  # "the first deaths since the X May 3 raid": not that raid's
        if start < lo and own["kind"] == "event" and "casualty" not in cues and _FOLLOWING_ATTACK.match(clause):
            cues = _specific_cues(sent[start:hi], cue_classes(sent[start:hi]))  # the victims' words join the blast's
        groups.append({"start": start, "end": hi, "cues": dict(cues), **own})
        pending = None
    if not groups and pending:
        cues = cue_classes(sent[pending[0]:pending[1]])
        if cues:
            groups.append({"start": pending[0], "end": pending[1], "cues": cues,
                           **_clause_facts(*pending, sent[pending[0]:pending[1]], places, actors, cues)})
    return groups


#: a group announcing or mourning its dead: what answers the event told is a statement, not another act of war
_ANNOUNCES_DEAD = re.compile(r"\b(?:announc|confirm|acknowledg|mourn)\w*\s+(?:that\s+)?(?:the\s+)?(?:death|deaths|loss|"
                             r"killing|martyrdom)\b", re.I)


def _announced_toll(g: dict, opening: str, clause: str, cues: dict) -> bool:
    """Whether a clause that only announces deaths ("..., the group announced the death of a fighter") follows an
    opening that names what it answers ("In response to the strike"): the deaths are that event's, which is then the
    event the sentence tells, not one earlier than it.

    >>> g = {"start": 0, "days_before": -1}
    >>> _announced_toll(g, "In response to the strike", ", the militia announced the death of a fighter", {"casualty": []})
    True
    >>> _announced_toll(g, "In response to the strike", ", gunmen killed two guards", {"casualty": []})
    False
    """
    return g.get("days_before") == -1 and g["start"] == 0 and "casualty" in cues and \
        bool(_RESPONSE_TO.match(opening)) and bool(_ANNOUNCES_DEAD.search(clause)) and not _OWN_ACT.search(clause)


#: an attack named right after the victims it harmed: "following the missile attack on ...", "after a drone strike"
_FOLLOWING_ATTACK = re.compile(r"[\s,]*(?:following|after|in\s+the\s+wake\s+of)\s+(?:an?|the|two|three|twin|\d+)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|barrage|ambush|assault)\b",
                               re.I)


def _toll_of_following(sent: str, pending: tuple[int, int] | None, groups: list[dict], clause: str) -> bool:
    """Whether a clause names the attack whose victims the sentence has just told, with no event of their own before
    it ("Five guards were wounded following a drone attack on the camp"): the attack's toll, not an earlier event.

    >>> s = "Five guards were wounded following a drone attack on the camp."
    >>> _toll_of_following(s, (0, 24), [], s[24:])
    True
    >>> s = "Jets struck two depots following a drone attack on the camp."
    >>> _toll_of_following(s, None, [{"start": 0}], s[22:])
    False
    """
    if groups or not pending or not _FOLLOWING_ATTACK.match(clause):
        return False
    before = sent[pending[0]:pending[1]]
    return "casualty" in cue_classes(before) and not _OWN_ACT.search(before)


_ADDING = re.compile(r"[\s,]*(?:adding|saying|noting|stressing)\s+that\b", re.I)
#: "X coincided with an assault on Y": another event at the same time (``split_clauses`` cuts before it)
_COINCIDED = re.compile(r"\s*coincid(?:ed|es|ing)\s+with\b|[\s,]*" + LED_TO, re.I)  # or an act the event led to
#: the attack a strike's targets are said to be behind, told with its own victims: "it hit the positions of fighters
#: behind a drone strike that killed a contractor" (an earlier event of its own, not the strike's toll)
_BEHIND_ATTACK = re.compile(r"\s*behind\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|bombings?|assault|barrage)\b"
                            r"(?=[^.;]{0,80}?\b(?:that|which)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|left)\b)|"
                            r"\s*" + HELD_RESPONSIBLE + KILLING_OF + r"\b", re.I)  # "(the militia) believed to be responsible
# for killing two Americans": that killing


def _cut_behind(sent: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses with each one cut where it names the attack its subject is behind (``_BEHIND_ATTACK``).

    >>> s = "Jets hit the men behind a drone strike that killed a guard."
    >>> [s[a:b] for a, b in _cut_behind(s, [(0, len(s))])]
    ['Jets hit the men', ' behind a drone strike that killed a guard.']
    """
    if "behind" not in sent:
        return clauses
    out = []
    for lo, hi in clauses:
        m = _BEHIND_ATTACK.search(sent, lo, hi)
        out += [(lo, m.start()), (m.start(), hi)] if m and m.start() - lo >= 12 else [(lo, hi)]
    return out
#: the attack a strike answers, told with its own victims: "strikes against groups it blamed for a drone attack that
#: killed a contractor", "in response to an attack in northern Iraq, which injured three"
_ANSWERED = re.compile(r"\b(?:for|after|following|over|behind|(?:in\s+)?(?:response|retaliation|reprisal)\s+(?:to|for))\s+(?:an?|the)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:attacks?|assault|bombing|(?:drone|rocket|missile)\s+strikes?)\b[^.;]{0,80}?\b(?:that|which|in\s+which)\s+(?:\w+\s+)?"
                       r"(?:killed|injured|wounded|left|hurt|claimed)\b", re.I)
#: a clause that names what the event told answers: an earlier event ("as a response to the assassination of X")
_RESPONSE_TO = re.compile(r"^[\s,]*(?:(?:in|as|of)\s+)?(?:a\s+)?(?:response|retaliation|revenge|reprisal)\s+(?:to|for)\b|"
                          r"^\s*(?:over|for)\s+(?:the\s+)?(?:killings?|deaths?|assassinations?|murders?)\s+of\s|"  # "threats of
                          # retaliation over the killing of X" (``clauses``): the killing answered
                          r"^[\s,]*" + BLAMED_FOR + r"|^[\s,]*" + RESPONSIBLE_PARTY, re.I)
#: a clause that places its event before the one just told: "..., which came a day after X", "comes days after X"
_CAME_AFTER = re.compile(r"^[\s,]*(?:(?:which|that)\s+(?:came|comes)\s+(?P<d>[^,;]{0,30}?)\s*after|"
                         r"(?:(?:which|that)\s+)?follow(?:ed|s)(?!\s+by\b)|following\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
                         r"strikes?|bombings?|raids?))\b", re.I)
_CAME_BEFORE = re.compile(r"\b(?:comes?|came|follow(?:s|ed)|happened|occurred|took\s+place)(?:\s+(?P<d>(?:[\w-]+\s+){0,2}"
                          r"[\w-]+))?\s*$", re.I)
#: a clause after "since" that tells an event by its verb ("since the U.S. launched strikes", "since jets struck X"; not
#: "since Monday", "since the start of the war"): ``split_clauses`` cuts it off; the event it tells came earlier
_SINCE_EVENT = re.compile(r"^\s*since\s+(?!(?:the\s+)?(?:start|beginning|end|outbreak|onset)\b)(?:the\s+|a\s+|an\s+)?"
                          r"(?:[\w.'’-]+\s+){1,4}?(?:fired|launched|targeted|struck|hit|attacked|bombed|shelled|killed|"
                          r"carried|conducted|raided)\b", re.I)
#: an earlier event a superlative counts from ("the deadliest attack since the bombing of a police station in X")
_SINCE_AN_EVENT = re.compile(r"^\s*" + SINCE_AN_EVENT, re.I)
#: a superlative or first that an event is measured by, right before "since" ("the deadliest attack", "the first raid")
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|first|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:attack|strike|bombing|raid|assault|incident|violence|ambush)s?\s*$", re.I)
_SINCE_DATED = re.compile(r"^\s*since\s+" + SINCE_DATED_EVENT, re.I)  # "since the Hamas Oct. 7 attack": an earlier one
#: a duration set off by a comma before "after": "... struck three sites, two days after a rocket attack killed X"
_SET_OFF_DAYS = re.compile(r",\s*(?P<d>(?:(?:just|only|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|\d)\s+)?"
                           r"(?:days?|hours?))\s*$", re.I)
_DAYS = re.compile(r"^(?:just\s+|only\s+|some\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+(?P<u>days?|hours?|weeks?)"
                   r"\s*$|^(?:just\s+|only\s+)?(?:hours|minutes)\s*$", re.I)


#: small expressions of the clause readers, compiled once
_ATTACKS_WORD = re.compile(r"\battacks\b", re.I)
_DIGIT = re.compile(r"\d")
_INCLUDING = re.compile(r"[\s,;]*including\b")
#: a clause going on with the munitions just told, by a definite reference: ", but the rockets fell short and hit a
#: village" (where they fell is that attack's detail, not another attack)
_THE_SAME_SALVO = re.compile(r"[\s,;]*(?:(?:but|and|yet)\s+the\s+(?:rockets?|missiles?|drones?|shells?|projectiles?|"
                             r"mortars?)\b(?!\s*(?:that|which)\b)|and\s+(?:then\s+)?(?:hit|struck|landed|fell|slammed|"
                             r"crashed)\b)", re.I)  # or the same subject's next verb: "... fell short and hit a village"
#: a part of the munitions just counted, told by its number alone: ", including two that were shot down" (the same
#: attack's salvo, not another event as ", including a drone strike on X" is)
_COUNT_PART = re.compile(r"[\s,;]*including\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:that|which|of\s+(?:them|which))\b", re.I)
_AFTER = re.compile(r"\s*after\b", re.I)
#: "after" with an event named by a noun: "... launched strikes on Monday after a drone attack injured three"
_AFTER_EVENT = re.compile(r"\s*after\s+(?:an?|the|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|"
                          r"airstrikes?|air\s+strikes?|bombings?|assault|raid|ambush|barrage)\b", re.I)
#: a clause on an earlier event named by its noun ("following the deaths of three troopers"; not "after midnight")
_PRIOR_EVENT = re.compile(r"^\W*(?!(?:following|after)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|strike|incident|bombing|"
                          r"explosion|blast)s?\b(?!\s+(?:on|in|at|that|which|by|against)\b))"  # not "following the attack were ..."
                          r"(?:following|after)\s+(?:[\w'’.-]+\s+){0,5}?(?:deaths?|killings?|attacks?|strikes?|airstrikes?|"
                          r"bombings?|assassination|raids?|shooting|fire|barrage|targeted|launched|fired|hit|struck|attacked|"
                          r"killed|bombed|shelled)\b", re.I)
#: a clause that tells its own act of war before that "after": "US forces launched strikes", "militants fired rockets"
_OWN_ACT = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"  # active: "a post was hit after ..." is no act
                      r"\b(?:launch(?:ed|es)|carried\s+out|carries\s+out|conducted|struck|hit|fired|targeted|attacked|"
                      r"bombed|shelled|shot\s+down|intercepted|downed)\b", re.I)


#: "since <a day>" closing the text before a clause, after a first or a superlative ("the first attack on X since 28
#: December"), and that clause opening on "when": the day's own event, before the one told ("the death toll has climbed
#: since Friday, when the bomber ..." is the event told itself)
_SINCE_DAY = re.compile(r"\b(?:first|last|deadliest|worst|biggest|largest|latest|only|heaviest|bloodiest|fiercest|"
                        r"most\s+\w+)\b[^.;]{0,80}?\bsince\s+"
                        r"(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|"
                        r"Oct\.?|Nov\.?|Dec\.?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+|\d{4})"
                        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s*$", re.I)
_WHEN_THEN = re.compile(r"^[\s,;]*when\b", re.I)


def _earlier_event(before: str, clause: str) -> int | None:
    """Days between the event told and an earlier one its clause introduces ("which came a day after a drone attack":
    1; "hours after": 0; unknown: -1), or None when the clause introduces no earlier event.

    >>> _earlier_event("No one was hurt in the attack", ", which came a day after a drone attack on Tanf")
    1
    >>> _earlier_event("The development comes one day ", "after the coalition foiled a rocket attack")
    1
    >>> _earlier_event("Jets hit two depots, two days", " after a rocket attack killed a contractor")
    2
    >>> _earlier_event("The bombings came a week ", "after 80 were killed in a day of violence")
    7
    >>> _earlier_event("US forces launched strikes on Monday", " after a drone attack injured three")
    -1
    >>> _earlier_event("Two soldiers were killed", " after a rocket attack on the base") is None
    True
    >>> _earlier_event("Rockets hit the camp, the first attack", " since US jets struck the depots on Friday")
    -1
    >>> _earlier_event("The first losses in the south", " since the Hamas May 3 raid on the farms")
    -1
    >>> _earlier_event("The deadliest attack", " since the bombing of a police station in X")
    -1
    >>> _earlier_event("the first attack on the town since 28 December", ", when gunmen killed 50 people")
    -1
    """
    if (_SINCE_EVENT.match(clause) or _SINCE_DATED.match(clause) or _SINCE_AN_EVENT.match(clause)) and before.strip() or \
            _WHEN_THEN.match(clause) and _SINCE_DAY.search(before):
        return -1  # "..., the first attack since the U.S. launched strikes on Friday": the strikes came earlier; "the
        # first attack on the city since 28 December, when X killed 50": that day's event
    m = _CAME_AFTER.match(clause)
    if m is None and _AFTER.match(clause):
        m = _CAME_BEFORE.search(before) or _SET_OFF_DAYS.search(before)
    if m is None:
        return -1 if _AFTER_EVENT.match(clause) and _OWN_ACT.search(before) else None
    d = _DAYS.match((m.group("d") or "").strip() + " ")
    if d is None:
        return -1
    n = d.group("n")
    if n is None or d.group("u").lower().startswith("hour"):
        return 0
    k = 1 if n.lower() in ("a", "an") else parse_number(n)
    if not k:
        return -1
    return k * 7 if d.group("u").lower().startswith("week") else k


def _clause_facts(lo: int, hi: int, clause: str, places: list[dict], actors: list[dict], cues: dict) -> dict:
    """What a clause brings of its own: places, weapon families, agent sides, kind of event (whether it sums up many
    attacks only for a clause that can start a mention: one with a cue or a weapon)."""
    fam = {vocabulary().family(w) for w in weapons_in(_CRAM.sub(" ", clause))}
    return {"aggregate": bool(cues or fam) and _aggregate(clause),
            "places": {p["place_id"] for p in places if lo <= p["start"] < hi and p["type"] != "country"},
            "families": fam, "sides": {a["side"] for a in actors if lo <= a["start"] < hi},
            "kind": "claim" if "claim" in cues else "threat" if "threat" in cues and len(cues) <= 2 else
            "prior" if PRIOR.match(clause) and not _OWN_ACT_AFTER.match(clause) else "part" if _INCLUDING.match(clause)
            else "event"}


#: a clause set off after the event's own words, on the same subject's act with no day of its own: "... has left 20
#: dead, after hitting a wedding in X" (that strike hitting, not an earlier event; "After being hit on Monday, ..."
#: and "..., after firing rockets on Friday" stay earlier events)
_OWN_ACT_AFTER = re.compile(r"^\s*,\s*(?:after|before)\s+(?:hitting|striking|targeting|exploding|detonating|crashing|slamming|"
                            r"landing)\b(?![^;]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[^;]*\b(?:January|February|"
                            r"March|April|May|June|July|August|September|October|November|December|yesterday|last\s+week)\b)")


def _distinct(g: dict, own: dict) -> bool:
    """Whether a clause with its own event cue reports another event than the group before it."""
    from .places import places_compatible

    if own["kind"] != g["kind"] or own["aggregate"] != g["aggregate"]:
        return True  # another kind of event, or one attack told after a tally of many ("... three times; a drone ...")
    if own["places"] and g["places"] and not any(places_compatible(a, b) for a in own["places"] for b in g["places"]):
        return True
    if own["families"] and g["families"] and not own["families"] & g["families"] and \
            not {"rocket", "missile", "mortar"} >= own["families"] | g["families"]:
        return True
    return bool(own["sides"] and g["sides"] and not own["sides"] & g["sides"] and
                ({"us_coalition"} & own["sides"]) != ({"us_coalition"} & g["sides"]))


def _extend(g: dict, hi: int, cues: dict, own: dict) -> None:
    """Add a clause to a group."""
    g["end"] = hi
    for k, v in cues.items():
        g["cues"].setdefault(k, []).extend(v)
    for k in ("places", "families", "sides"):
        g[k] |= own[k]


#: where a weapon was made, just before a place: "rockets manufactured in Iran" (its origin, not the event's place)
_MADE_IN = re.compile(r"\b(?:made|manufactured|produced|built|designed|supplied)\s+(?:by\s+\w+\s+)?in\s+(?:the\s+)?$|"
                      r"\b(?:not|never|n['’]t)\s+(?:target|strike|hit|attack|bomb)\w*\s+(?:[\w-]+\s+){0,3}?(?:inside|in|within)\s+"
                      r"(?:the\s+)?$|"  # or where the event is said not to have struck: "did not target sites inside X"
                      # or where victims were taken: "three others were sent to Peshawar for treatment"
                      r"\b(?:sent|taken|transported|rushed|evacuated|airlifted|flown|transferred|referred|driven)\s+"
                      r"(?:[\w-]+\s+){0,2}?to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:hospitals?|clinic)\s+in\s+)?$|"
                      # or where the event was condemned: "The attack was condemned on Friday in Belfast, London and Dublin"
                      r"\b(?:condemned|denounced|deplored|mourned)\b[^.;]{0,40}?\bin\s+(?:the\s+)?"
                      r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+|,\s+and\s+))*$|"
                      # or who was blamed: "which a senior US general blamed on Iran", "attributed the attack to Syria"
                      r"\b(?:blam(?:ed|es|ing)|pinn(?:ed|ing))\s+(?:it\s+|them\s+)?on\s+(?:the\s+)?$|"  # not "blamed an attack on
                      r"\battribut(?:ed|es|ing)\s+(?:it\s+|them\s+)?to\s+(?:the\s+)?$",  # Erbil on X": the attack's target
                      re.I)


def _not_origins(sent: str, places: list[dict]) -> list[dict]:
    """The places of a sentence without those told as where something was made ("drones manufactured in Iran"),
    where victims were taken, where the event was condemned, or whom it was blamed on.

    >>> _not_origins("rockets made in Iran hit Erbil", [{"start": 16}, {"start": 25}])
    [{'start': 25}]
    >>> _not_origins("the raids did not strike any sites in Oman", [{"start": 38}])
    []
    >>> _not_origins("two others were sent to Peshawar for treatment", [{"start": 24}])
    []
    >>> _not_origins("the attack, which the Pentagon blamed on Iran", [{"start": 41}])
    []
    """
    if "in " not in sent and "to " not in sent and "on " not in sent:
        return places
    return [p for p in places if not _MADE_IN.search(sent, max(0, p["start"] - 80), p["start"])]


#: a link to another story ("READ MORE Rockets hit ...", "Also read: ...", "Related: ..."): its headline is not this one's
_LINKED_STORY = re.compile(r"^\W*(?:read\s+more|read\s+also|also\s+read|(?:related|see\s+also|watch)\s*:)", re.I)
#: an attack told as any or every one ("they will pay for every attack", "in response to any strike") or a campaign
#: stepped up ("an air force escalated airstrikes in X"): no one event
_ANY_ATTACK = re.compile(r"\b(?:every|each|any|future)\s+(?:single\s+|such\s+|new\s+|further\s+)?$", re.I)
_CAMPAIGN = re.compile(r"\b(?:escalat|intensif|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up)\w*\s+(?:its\s+|their\s+|the\s+)?"
                       r"(?:[\w-]+\s+)?$|\b(?:has|have|had)\s+(?:been\s+)?(?:systematically|routinely|repeatedly|regularly|"
                       r"frequently|often|continually|continuously|consistently|deliberately\s+and\s+systematically)\s+$|"
                       r"\bcontinu(?:es|e|ed|ing)\s+to\s+(?:carry\s+out|launch|conduct|stage|mount|wage)\s+(?:[\w-]+\s+){0,2}?$",
                       re.I)  # ... or a habit told in the perfect ("the army has systematically targeted civilians") or
# kept up ("the group continues to carry out high-profile attacks in the capital")

#: an attack its source says it does not believe happened ("officials did not think the drones were aimed at X")
_DISBELIEVED = re.compile(r"\b(?:(?:did|do|does)\s+not|didn[’']t|don[’']t|doesn[’']t)\s+(?:believe|think)\b[^.;:]*$", re.I)

#: the event told, as the time of something else ("flights increased before the attack"): no event of the clause's own
_TIME_OF_TOLD = re.compile(r"\b(?:before|after|since|prior\s+to|ahead\s+of)\s+the\s+$", re.I)


def _specific_cues(clause: str, cues: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """A clause's cues without the attacks and strikes it tells as any one (``_ANY_ATTACK``), that its source does not
    believe happened (``_DISBELIEVED``), or, when the clause gives no casualties of its own, as a campaign stepped up
    (``_CAMPAIGN``) or as the time of something else ("flights rose before the attack", ``_TIME_OF_TOLD``). The
    expressions whose words the whole clause lacks are left out before the cues are read (``may_match``).

    >>> sorted(_specific_cues("the militia vowed revenge for every attack", {"attack": [(36, 42)]}))
    []
    >>> sorted(_specific_cues("Jets escalated airstrikes in the north", {"strike": [(15, 25)]}))
    []
    >>> sorted(_specific_cues("a drone attack hit the base", {"attack": [(8, 14)]}))
    ['attack']
    """
    if not ({"attack", "strike"} & set(cues)):
        return cues
    generic = [_ANY_ATTACK, _DISBELIEVED] if "casualty" in cues else [_ANY_ATTACK, _DISBELIEVED, _CAMPAIGN, _TIME_OF_TOLD]
    generic = [rx for rx in generic if may_match(rx, clause)]  # tested once on the clause, not before each cue
    out = {}
    for cls, spans in cues.items():
        if cls in ("attack", "strike") and generic:
            spans = [(a, b) for a, b in spans if not any(rx.search(clause, max(0, a - 40), a) for rx in generic)]
        if spans:
            out[cls] = spans
    return out


#: a state's name after "in" that only locates the place after it ("in Russia's southernmost Dagestan province", "in
#: Iraq's northern Kurdistan region"): no actor
_PLACE_OF_STATE = re.compile(r"['’]s\s+(?:(?:[a-z]+ern(?:most)?|central|southernmost|northernmost|restive|remote|mountainous|"
                             r"oil-rich|semi-autonomous)\s+){0,2}(?:[A-Z][\w'’-]+\s+){0,3}(?:province|region|republic|"
                             r"governorate|oblast|district|territory|enclave|countryside|desert|border\s+(?:town|city|area)|"
                             r"capital)\b")


def _only_locates(sent: str, actor: dict) -> bool:
    """Whether a state's name after "in" only locates the place after it: where it happened, not who acted.

    >>> s = "Gunmen killed nine in Russia's Dagestan province."; _only_locates(s, {"method": "exact", "start": 22, "end": 30})
    True
    >>> s = "A missile launched from Russia's Kursk region hit X."; _only_locates(s, {"method": "exact", "start": 24, "end": 32})
    False
    >>> s = "Shootings across the U.S. killed six."; _only_locates(s, {"method": "exact", "start": 21, "end": 25})
    True
    """
    a, b = actor["start"], actor["end"]
    if actor["method"] != "adjective" and _ACROSS.search(sent, max(0, a - 24), a):
        return True   # "violence across the U.S. killed six": where, not who
    b = b - 2 if sent[b - 2:b] in ("'s", "’s") else b  # the possessive may be read with the name
    return actor["method"] != "client" and sent[max(0, a - 4):a] in (" in ", "\nin ") and bool(_PLACE_OF_STATE.match(sent, b))


#: a state named as the stretch of land something spread over ("across the U.S.", "throughout Nigeria")
_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?$", re.I)


def _sentence_groups(s: dict, named: Container[str] | None = None) -> list[tuple[dict, tuple]]:
    """The clause groups of one candidate sentence with what they need (sentence text, offset, places, actors);
    ``named``: the countries its article names (``NamedCountries``)."""
    sent = str(s["text"])
    if is_caption(sent) or sent.rstrip(" \"'”’)").endswith("?") or _LINKED_STORY.match(sent):
        return []  # a question ("Who is behind the strike?") reports no event; nor another story's link
    toks = tokens(sent)
    joins = join_flags(toks, sent)  # shared by the place and actor scans
    places = _not_origins(sent, scan_places(sent, toks=toks, joins=joins, named=named))
    actors = [a for a in scan_actors(sent, toks=toks, joins=joins) if not _only_locates(sent, a)]
    groups = _groups(sent, places, actors)
    for g in groups:
        g["alone"] = len(groups) == 1
    return [(g, (sent, int(s["start"]), places, actors)) for g in groups]


def _mention(s: dict, g: dict, sent: str, off: int, places: list[dict], actors: list[dict]) -> dict | None:
    """Fill the slots of one group (dates come later); None when it is not an incident mention.

    ``_needs_date`` marks a mention kept only if its own sentence gives a precise date."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    own_actors = [{**a, "start": a["start"] - lo, "end": a["end"] - lo} for a in actors if lo <= a["start"] < hi]
    if not _worth_filling(g, clause, own_actors):
        return None
    agent, target = agent_and_target(clause, own_actors, g["cues"])
    weapons = _toll_of_followed(clause) or _weapons(clause)
    fams = {vocabulary().family(w) for w in weapons}
    et = event_type(clause, g["cues"], agent, fams, any(a["type"] == "armed group" and not _attacking_subject(clause, a)
                                                        for a in own_actors if a is not agent))
    if et is None or _EXERCISE.search(clause) and "casualty" not in g["cues"] and not _STRUCK_ON.search(clause):
        return None  # no event; or fire in a drill ("fires a howitzer during a live-fire exercise at X"): no attack
    if "casualty" not in g["cues"] and _HOW_OFTEN.search(clause) and not _ONE_TOLD.search(clause):
        return None  # "rocket attacks in Syria are quite rare": how often such events happen, none of them told
    if et == "casualty" and g["kind"] == "prior":
        et = "attack"
    if et == "strike" and agent is None and "air" not in fams and any(
            a["side"] == "us_coalition" and _US_VICTIMS_AFTER.match(clause, a["end"]) for a in own_actors):
        et = "attack"  # "Three U.S. soldiers were killed in a drone strike near the border": an attack on U.S. forces
    if et in ("strike", "us_strike") and (downed := _ATTACKERS_DOWNED.search(sent)) and downed.end() > lo and \
            not _STRUCK_OR_RAIDED.search(clause):
        return None  # "the two shooters were shot and killed by soldiers": how the attack told ended, no strike
    if _says_who(et, agent, weapons[0] if weapons else "", clause) is False:
        if not (et == "claim" and "attack" in g["cues"] and "casualty" in g["cues"]):
            return None  # a threat or claim that names no one (``_specific`` would drop it after reading counts and place)
        et = "attack"  # "The group claimed an attack on X on Sunday, killing four": the attack told, its claimant unnamed
    if et == "threat" and (vague_threat(clause) or _RISK_OF.search(clause) and not _THREAT_VERB.search(clause)):
        return None  # "any attack ... will be answered with a decisive response": no act of war vowed; "forces may face
        # the threat of more attacks": a risk the writer sees, no one's threat
    if et == "threat" and len(part := _threat_part(clause)) < len(clause):
        lo, clause = hi - len(part), part  # "Attacks rose since May and X threatened to ...": the threat's own words
        g = {**g, "start": lo, "own_part": True}
    counts = _mention_counts(et, sent, clause, lo, hi)
    if _only_reacted_to(clause, g["cues"]) and not any(counts[c] for c in COUNT_FIELDS) and not counts["qualifiers"]:
        return None  # "In Iran, a spokesman issued a statement condemning the American strike": a reaction to an event
        # told already, whose places are the speaker's
    if et in ("us_strike", "strike"):
        weapons = _strike_means(clause, weapons)
    told = weapons or counts["killed"] or counts["injured"] or _STRUCK_SITE.search(clause) or \
        vague_roles(counts["qualifiers"])  # "killed dozens of soldiers in X"
    place, source, joined = _mention_place(sent, g, places, actors, bool(told))
    row = _row(s, g, sent, off, et, weapons, counts, agent, target, place, None, places)
    if et == "strike" and "attack" in g["cues"] and row["place_type"] in _GARRISON_TYPES:
        row["event_type"] = "attack"  # "Iran fired missiles at the Ain al-Asad base": a state's attack on a garrison
    if source == "locator" and place is not None:
        row["place_source"] = "locator"  # the place only locates the event's own: the merge lets a finer one win
    if source == SEVERAL_COUNTRIES:  # "strikes in Iraq and Syria": neither country is the event's; the words name both
        row["place_source"], row["country"], row["place_text"] = source, "", joined
    keep = True if et in ("casualty", "responsibility") else _specific(row, et, agent, clause)
    if keep is False:
        return None
    row["_needs_date"] = keep == "date"
    row["_also_at"] = _coordinated_places(sent, lo, hi, place, places) if place is not None and \
        et in ("attack", "strike", "us_strike") and not any(counts[c] for c in COUNT_FIELDS) and not counts["qualifiers"] \
        else []   # a toll, even a vague one ("killing scores"), is told for the places together: one event
    row["_own_part"] = g.get("own_part", False)
    row["_days_before"] = g.get("days_before")
    if row["_days_before"] is None and _EARLIER_BY.search(clause):
        row["_days_before"] = -1  # "The group had also fired rockets weeks earlier, killing a guard": not the story
    return row


#: plural events said to be rare or common: a remark on how often they happen ("rocket attacks in Syria are quite rare")
_HOW_OFTEN = re.compile(r"\b(?:attacks|strikes|airstrikes|bombings|shootings|incidents|raids|ambushes)\s+(?:[\w,'’-]+\s+){0,5}?"
                        r"(?:are|were|have\s+been|remain|remained)\s+(?:quite\s+|very\s+|relatively\s+|increasingly\s+|"
                        r"fairly\s+|extremely\s+|still\s+)?(?:rare|common|frequent|uncommon|infrequent|routine|"
                        r"commonplace|unusual|on\s+the\s+rise)\b|"
                        # or a way such attacks are done: "a common militant strategy is to crash drones into targets"
                        r"\b(?:common|usual|typical|favou?red|standard|preferred|frequent)\s+(?:[\w-]+\s+){0,2}?(?:strategy|"
                        r"tactic|practice|method|technique|approach|modus\s+operandi)\s+(?:is|was|has\s+been)\s+to\b", re.I)
#: an event told beside the remark ("..., and two rockets hit it on Monday")
_ONE_TOLD = re.compile(r"\b(?:hit|struck|killed|wounded|injured|landed|exploded|fired|launched|targeted|blew\s+up|attacked|"
                       r"rammed|stormed|bombed|shelled|killing|wounding|injuring)\b", re.I)


#: a capitalised name after "in", "near" or "at" (a place the gazetteers may lack)
_IN_A_NAME = re.compile(r"\b(?:in|near|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
#: an attack on a made or held place ("attacked an army base", "stormed two police posts", "assaulted Israeli sites"):
#: the name after "in" that follows is where it happened, as for a harm ("fighters attacked Israeli sites in the X")
_STRUCK_SITE = re.compile(r"\b(?:attacked|stormed|raided|assaulted|overran|ambushed|besieged)\s+(?:an?\s+|the\s+|two\s+|three\s+|"
                          r"several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?(?:bases?|camps?|posts?|checkpoints?|positions?|sites?|"
                          r"outposts?|barracks|garrisons?|stations?|convoys?|patrols?|villages?|towns?|headquarters|"
                          r"compounds?|facilit(?:y|ies)|prisons?|airports?|military\s+installations?)\b", re.I)


def _attacking_subject(clause: str, actor: dict) -> bool:
    """Whether an actor opens its clause as an active subject ("The militants began a strike on the base": the attacker,
    not a group struck), not a passive one ("Militants were hit by a strike").

    >>> t = "The militants began a strike on the base"; _attacking_subject(t, {"start": 4, "end": 13})
    True
    >>> t = "Militants were hit by a strike"; _attacking_subject(t, {"start": 0, "end": 9})
    False
    """
    return bool(_SUBJECT_AT.fullmatch(clause, 0, actor["start"])) and not _PASSIVE_AFTER.match(clause, actor["end"])


#: what may stand before a clause's subject: nothing, or its article and adjectives ("The suspected militants")
_SUBJECT_AT = re.compile(r"\W*(?:(?:the|a|an|some|several|suspected|armed|heavily\s+armed)\s+)*", re.I)
#: a passive verb right after it: the subject is what was struck
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been|being)\s+(?:\w+ly\s+)?"
                            r"(?:hit|struck|targeted|killed|attacked|bombed|pounded|shelled|wounded|injured)\b", re.I)


def _mention_counts(et: str, sent: str, clause: str, lo: int, hi: int) -> dict:
    """The munition and casualty counts of a mention of type ``et`` told by ``sent[lo:hi]`` (``clause``); none for a
    threat, without reading them ("... over Washington's support for Israel, where 1,400 died": not its own).

    >>> s = "Two rockets hit the base, wounding three guards."
    >>> c = _mention_counts("attack", s, s, 0, len(s)); c["n_hit"], c["injured"]
    (2, 3)
    >>> _mention_counts("threat", s, s, 0, len(s))["injured"] is None
    True
    """
    if et == "threat":
        return {**dict.fromkeys(COUNT_FIELDS), "killed_who": "", "injured_who": "", "qualifiers": []}
    head = _ENTRY_HEAD.match(sent)
    entry = head.group() + clause.lstrip(" ;,") if head and lo >= head.end() else clause  # "Mosul: ...; 9 by IEDs"
    claimed = _claimed(et, clause)
    if et in ("us_strike", "strike"):  # a state's drone is the aircraft, not a munition fired ("a Turkish drone hit a car")
        mun = munitions(_PLATFORM.sub(lambda m: " " * len(m.group()), clause), "claim" if claimed else "")
    else:
        mun = munitions(clause, "claim" if claimed else "")
    answered = _ANSWERED.search(entry) if et in ("us_strike", "strike") else None
    total = TOTAL_TAIL.match(sent, hi) if not answered else None
    entry = entry + sent[hi:total.end()] if total else entry  # "14 more were wounded, raising the total to 64"
    cas = casualties(entry[:answered.start()] if answered else entry)  # the victims of the attack it answers are not its own
    if lo and _SINCE_LEAD.fullmatch(sent, 0, lo) and running_tally(sent[:lo] + clause):
        cas = {**cas, "killed": None, "injured": None}  # "Since October 7, 380 have been killed in X": a running tally
    counts = {**mun, **cas, "qualifiers": mun["qualifiers"] + cas["qualifiers"] + _initial(clause, cas)}
    if counts["n_hit"] is None and et in ("attack", "strike", "us_strike") and _NOT_STRUCK.search(clause):
        counts["n_hit"] = 0  # "the base itself had not been struck", "none of the rockets hit": no munition struck
    return counts


#: a sentence's lead that gives only the day a span starts ("Since October 7, ")
_SINCE_LEAD = re.compile(r"\s*since\s+[^,;:.]{1,40}?,?\s*", re.I)


#: a span of time before the event the article tells ("several weeks earlier", "a month before."): an earlier event
_EARLIER_BY = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|few|some|\d+)\s+|(?<!\w\s))"
                         r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before(?=\s*[,.;]|\s*$))", re.I)


#: kinds of place that are garrisons of the forces whose attacks are told (the gazetteer's bases): a state's strike
#: there is an attack on them, merged with the militias' attacks ("Iran fired missiles at the base")
_GARRISON_TYPES = frozenset({"military base", "air base"})
#: where a strike's clause goes on to the attack it answers ("... in reprisal over a <weapon> attack in Z")
_ANSWERS = re.compile(r"\bin\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to|over)\b", re.I)


def _claimed(et: str, clause: str) -> bool:
    """Whether a clause's numbers are the attackers' claim: a claim, the group's own statement or its own channels.

    >>> _claimed("attack", "Channels run by rebel groups said that nine shells were fired at the camp")
    True
    >>> _claimed("attack", "The coalition said that nine shells were fired at the camp")
    False
    >>> _claimed("claim", "A cell took credit for the raid that employed four mortars"), _claimed("claim", "X claimed 9 hits")
    (False, True)
    """
    if et == "claim":  # "X took credit for the raid that used two drones": the told raid's means, not X's figure
        return not _CLAIMED_TOLD_MEANS.search(clause)
    return et == "attack" and bool(_SELF_CLAIM.search(clause) or _SIDE_REPORT.search(clause))


#: a claim that names the told event's means in a relative clause: the report's account of that event, not the claim's
_CLAIMED_TOLD_MEANS = re.compile(r"\b(?:responsibility|credit)\s+for\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|"
                                 r"raid|bombing|assault|operation)s?,?\s+(?:that|which)\s+(?:had\s+)?(?:used|utili[sz]ed|"
                                 r"involved|employed|featured)\b", re.I)


#: fire in a drill: "during a live-fire exercise", "in a joint military drill", "at a training range"
_EXERCISE = re.compile(r"\b(?:during|in|at|for)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|"
                       r"manoeuvres|maneuvers|training\s+(?:range|session|mission))\b|\blive[- ]fire\b", re.I)
_STRUCK_ON = re.compile(r"\b(?:hit|struck|landed|targeted|attacked|exploded|slammed|impacted|attacks?|(?:fired|launched)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:at|on|towards?)\b)", re.I)  # what was struck: an attack, drill or not
_WHERE = re.compile(r",\s+where\b", re.I)


def _where_place(sent: str, lo: int, hi: int, found: list[dict], cues_at: list[int]) -> dict | None:
    """The place named right before ", where" when the event is told only after it ("... gunmen hold the hills and
    the Anbar desert, where the most recent raids happened": Anbar), else None.

    >>> s = "Militias roam the north, near the border, and Deir Ezzor, where the strikes took place."
    >>> ps = [{"start": 37, "end": 44, "text": "border"}, {"start": 50, "end": 59, "text": "Deir Ezzor"}]
    >>> _where_place(s, 0, len(s), ps, [s.index("strikes")])["text"], _where_place(s, 0, len(s), ps, [0])
    ('Deir Ezzor', None)
    """
    m = _WHERE.search(sent, lo, hi)
    if m is None or not cues_at or min(cues_at) < m.end():
        return None
    before = [p for p in found if p["start"] < m.start() and m.start() - p["end"] <= 12]
    return before[-1] if before else None


def _mention_place(sent: str, g: dict, places: list[dict], actors: list[dict],
                   harmed: bool) -> tuple[dict | None, str, str]:
    """The place of one group's mention and "locator" when it only locates the event (weaker in the merge), or no
    place, ``SEVERAL_COUNTRIES`` and the words that name them when the event is told in two joined countries.

    ``harmed``: the clause names weapons or casualties (then a bare name after "in" is taken as a place)."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    quoted = quoted_spans(sent)
    cue_at = lo + min((a for spans in g["cues"].values() for a, _b in spans), default=0)
    outside = not any(a <= cue_at < b for a, b in quoted)
    cues_at = [lo + a for spans in g["cues"].values() for a, _b in spans]
    source = [sp for sp in source_spans(sent) if any(not sp[0] <= c < sp[1] for c in cues_at)]  # who says it
    places = [p for p in places if not any(a["start"] <= p["start"] < a["end"] and a["end"] - a["start"] > len(p["text"])
                                           for a in actors)]  # part of a longer name ("the Kurdistan Workers' Party")
    ties = [m.span() for m in _TIES_BETWEEN.finditer(sent, lo, hi)] if " between " in clause else []
    ties += _asides_without_event(sent, lo, hi)  # "..., as police strengthened security around the capital X"
    found = [p for p in located_places(sent, places) if lo <= p["start"] < hi and
             not (outside and any(a <= p["start"] < b for a, b in quoted)) and
             not any(a <= p["start"] < b for a, b in source + ties)]
    cut = _ANSWERS.search(sent, lo, hi)  # "raids in X and Y in revenge for an attack in Z"
    joined = countries_joined(sent, [p for p in found if cut is None or p["start"] < cut.start()],
                              [p for p in places if lo <= p["start"] < hi])
    if joined:
        return None, SEVERAL_COUNTRIES, joined  # "strikes in Iraq and Syria": no one country is the place of the event
    place = _where_place(sent, lo, hi, found, cues_at) or site_place(found, sent)
    place = road_place(clause, lo, actors, place) or place  # "on the Basra-Dhi Qar highway": the road, not Basra
    place = part_place(clause, lo, actors, place, found) or place  # "on the Daf al-Shouq area in Damascus"
    if place is None and g.get("alone"):  # "The outpost, called Tower 22, ..., when the drone struck": the one event
        place = site_place([p for p in places if p["type"] in SITE_TYPES and locative(sent, p)], sent)
    if place is None and lo > 0 and (_AND_PREDICATE.match(clause) or _AFTER_START.match(clause) and
                                     not cue_classes(sent[:lo])):
        # "Gunmen stormed a house in X and killed him"; "A hunt was launched in X after four were killed": the place of
        # the clause the event's own follows, when that clause tells no event of its own
        place = site_place([p for p in located_places(sent, places) if p["start"] < lo and
                            not any(a <= p["start"] < b for a, b in quoted + source)], sent)
    if place is None and lo > 0 and _IN_THE_TOWN.search(clause):  # "..., after a drone hit a house in the city"
        place = _town_before(sent, lo, places, quoted + source)
    if place is None and harmed:
        place = named_place(clause, lo, actors, known=places)  # "A sticky bomb in Talibiya wounded two people" (not a
        # name the gazetteers found and judged no locator of the event: "fired from X in Lebanon", "said in Baghdad")
    if place is None:
        place = named_place(clause, lo, actors, BASE_NAME)  # "The attack took place at the Bashur base"
    if place is None:
        place = named_place(clause, lo, actors, AREA_NAME)  # "a checkpoint in the Sayyid Gharib area, between ..."
    if place is not None and place.get("method") == "pattern":
        place = part_place(clause, lo, actors, place, found) or place  # "on Hudayrat village in the X district"
    located = place is None and bool(found)
    if located:
        place = site_place(found, sent, locators_ok=True)  # "a base north of Baghdad": Baghdad, for want of better
        part = part_place(clause, lo, actors, place, found)  # "in X, a village 250 km northwest of Y": X, inside Y
        place, located = (part, False) if part is not None else (place, located)
    header = header_place(sent, places)  # "HADITHA - ...", "HILLAH, Iraq — ... south of Baghdad": heading, dateline
    if header is not None and header_wins(header, place, located):
        place, located = header, True  # weaker than a place the text names: the merge lets a finer one win
    if place is None:
        place = demonym_site(clause, lo)  # "a rocket attack on an Iraqi military base": Iraq
    pid = str(place["place_id"]) if place is not None else ""
    if pid.startswith("txt:") and pid.endswith("@"):  # the same name read with its parent elsewhere in the sentence
        place = next((p for p in places if str(p["place_id"]).startswith(pid) and p["place_id"] != pid), place)
    return place, "locator" if located else "", ""


#: an event named as what someone reacted to ("condemning the American strike", "denounced Sunday's attacks")
_REACTED_TO = re.compile(r"\b(?:condemn|denounc|deplor|decr(?:y|ie)|slam|criticis|criticiz|welcom|prais|hail|protest)\w*\s+"
                         r"(?:the|this|that|these|those|[A-Z]\w+['’]s)\s+(?:[\w.'’-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|"
                         r"air\s+strikes?|bombings?|raids?|assaults?|shelling|bombardment)\b")


#: a place told right after the event reacted to ("condemned the bombing at a mosque in Peshawar"): the event's own
_OWN_PLACE_AFTER = re.compile(r"\s+(?:at|in|on|near|outside|inside)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:in\s+)?"
                              r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                              r"May|June|July|August|September|October|November|December)\b)[A-Z]")


def _only_reacted_to(clause: str, cues: dict) -> bool:
    """Whether every event word of a clause lies in what someone reacted to ("condemning the American strike"): no
    event of the clause's own.

    >>> c = "In Iran, a spokesman issued a statement condemning the American strike."
    >>> _only_reacted_to(c, cue_classes(c)), _only_reacted_to("Iran condemned the strike that hit a school in Homs", {})
    (True, False)
    """
    spans = [m.span() for m in _REACTED_TO.finditer(clause) if not _OWN_PLACE_AFTER.match(clause, m.end())]
    cue_spans = [c for v in cues.values() for c in v]
    return bool(spans and cue_spans) and all(any(a <= c0 < b for a, b in spans) for c0, _ in cue_spans)


#: a clause joined by "as" or "while" after the event's own ("..., as police strengthened security in X")
_JOINED_ASIDE = re.compile(r",\s*(?:as|while|whereas|although|though)\s+(?!well\b)[^,;]*", re.I)
#: (not "but", which may go on with the event told: "The embassy was not hit, but three places in the X zone were")


def _asides_without_event(sent: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the clauses joined by "as" or "while" inside a mention's group that tell no event of their own:
    their places are not the event's ("X condemned the bombing, as police strengthened security around the capital").

    >>> s = "The president condemned the bombing on Sunday, as police stepped up security around the capital Manila."
    >>> [s[a:b] for a, b in _asides_without_event(s, 0, len(s))]
    [', as police stepped up security around the capital Manila.']
    >>> _asides_without_event("Rockets hit the base, as a drone struck a convoy near Erbil.", 0, 58)
    []
    """
    if ", " not in sent[lo:hi]:
        return []
    return [m.span() for m in _JOINED_ASIDE.finditer(sent, lo, hi) if not cue_classes(m.group())]


#: the states a relation holds between, named by their capitals or names ("strained relations between Washington and
#: Tehran"): parties, not where anything happened
_TIES_BETWEEN = re.compile(r"\b(?:relations|relationship|tensions|ties|talks|dialogue|rift|rapprochement|rivalry|standoff|"
                           r"stand-off|feud|dispute|hostility|hostilities|diplomacy)\s+between\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?")


#: a town the clause names only as "the city" / "the town": the one the sentence named before it
_IN_THE_TOWN = re.compile(r"\b(?:in|of|across|near|outside|inside)\s+the\s+(?:same\s+)?(?:city|town)\b(?!\s+of\b)", re.I)
_TOWN_KINDS = frozenset({"city", "town", "village"})


def _town_before(sent: str, lo: int, places: list[dict], skip: list[tuple[int, int]]) -> dict | None:
    """The town the sentence names before a clause that calls it only "the city" (not within quotes or a source).

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [120], "text": [
    ...     "Mortar fire hit Basra again on Tuesday, hours after a rocket launched on Monday night struck a market in "
    ...     "the city without wounding anyone."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2022-05-05"]}))
    >>> m["place"].tolist()
    ['Basra', 'Basra']
    """
    return site_place([p for p in located_places(sent, places) if p["start"] < lo and p["type"] in _TOWN_KINDS
                       and not any(a <= p["start"] < b for a, b in skip)], sent)


#: aircraft words: in a state's strike they name the platform, not what was fired
_PLATFORM = re.compile(r"\b(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?|aircraft|warplanes?|jets?|helicopters?)\b", re.I)
_TARGET_THINGS = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:ballistic\s+|cruise\s+)?(?:drones?|missiles?|"
                            r"rockets?|uavs?)){0,3}"  # "<munition> and <munition> <facility>", "<munition>, <munition> or <munition> depots"
                            r"(?:[\s-]+(?:storage|depots?|facilities|facility|launch\s+sites?|launchers?|factories|headquarters|"
                            r"regiments?|battalions?|brigades?|"
                            r"factory|production|warehouses?|workshops?|caches?|units?|teams?|cells?|operators?|"
                            r"experts?|programs?|capabilit(?:y|ies)))\b", re.I)


#: the heading of a list entry: "Mosul: 3 by rockets; 10 bodies."
_ENTRY_HEAD = ENTRY_HEAD
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|"
                        r"a|an|no|single)\b", re.I)


def _worth_filling(g: dict, clause: str, actors: list[dict]) -> bool:
    """A cheap test before filling slots: a group whose only cue is an attack word and that has no place, weapon,
    number, casualty word or actor cannot become a mention ("Trump attacked his rival")."""
    if g["places"] or g["families"] or actors or set(g["cues"]) - {"attack"} or _NAMED_BY_DAY.search(clause) or \
            _STRUCK_SITE.search(clause) and _IN_A_NAME.search(clause):
        return True  # ... or an attack named by its day ("the June 4, 2021 attack on Kuwait"), or on a held place with
        # a name after "in" ("fighters attacked enemy positions in the X Heights")
    return bool(_NUMBERISH.search(clause)) and bool(re.search(r"\b(?:rockets?|missiles?|drones?|shells?|mortars?|"
                                                              r"bombs?|projectiles?)\b", clause, re.I))


def _weapons(clause: str) -> list[str]:
    """Weapons used in a mention's clauses: the C-RAM air-defence system and weapons named as targets ("drone
    storage facilities", "missile launchers") are not means of the attack.

    >>> _weapons("strikes hit drone storage facilities"), _weapons("a drone hit the base")
    ([], ['drones'])
    >>> _weapons("the raids levelled drone, rocket and missile workshops")  # a list of targets
    []
    >>> _weapons("the raids hit command posts, missiles, rockets and drone launchers")
    []
    """
    if "armed with" in clause and _ARMED_ONE_SHOT.search(clause):  # "a man armed with knives and explosive devices was
        clause = _ARMED_WITH.sub(lambda m: " " * len(m.group()), clause)  # shot and killed": his arms, not the means
    head = _before_context(clause)  # "rockets hit the base, the latest in a series of drone attacks"
    own = weapons_in(_CRAM.sub(" ", head), _TARGET_THINGS) if len(head) < len(clause) else []
    return own or weapons_in(_CRAM.sub(" ", clause), _TARGET_THINGS)


#: what an assailant carried ("armed with knives and explosive devices"), up to the clause's next verb or comma
_ARMED_WITH = re.compile(r"\barmed\s+with\s+[^,;]{1,80}?(?=\s+(?:was|were|who|when|before|and\s+(?:was|were))\b|[,;]|$)", re.I)
#: the armed one shot or killed by others: "... was shot and killed by a settler", "were shot dead"
_ARMED_ONE_SHOT = re.compile(r"\b(?:was|were)\s+(?:(?:fatally|later)\s+)?(?:shot|killed|neutrali[sz]ed|gunned\s+down)\b", re.I)


_STRIKE_MEANS = re.compile(r"\b(?:bombed|bombing|struck|strikes?|airstrikes?|raids?)\b", re.I)


#: "X follows a strike", "X came two days after a strike": the event before it is another one
_FOLLOWS = re.compile(r"\b(?:follows|followed|(?:comes|came|coming)\s+(?:[\w-]+\s+){0,3}?after)\s", re.I)


_HARM_VERB = re.compile(rf"\b(?:{_HARM_WORDS}|left\s+\w+\s+(?:dead|wounded))\b", re.I)


def _toll_of_followed(clause: str) -> list[str]:
    """The weapons of the earlier event a clause tells its subject followed, when the toll is that event's ("The
    injuries from the drone attack followed a rocket strike ... that wounded five"): the mention is that event's.

    >>> _toll_of_followed("The injuries from the drone attack followed a rocket strike on Monday that wounded five")
    ['rockets']
    >>> _toll_of_followed("A drone attack that wounded two followed a rocket strike on Monday")
    []
    """
    cut = _FOLLOWS.search(clause)
    if cut is None or not _HARM_VERB.search(clause, cut.end()) or _HARM_VERB.search(clause, 0, cut.start()):
        return []
    return _weapons(clause[cut.end():])


def _strike_means(clause: str, weapons: list[str]) -> list[str]:
    """The means of a strike: weapons named as its target ("depots storing drones") are dropped, and so are those of an
    attack the clause tells the strike came before ("Friday's rocket attack follows an airstrike in X").

    >>> _strike_means("Friday's rocket attack follows an airstrike near the border", ["rockets", "air strike"])
    ['air strike']
    >>> _strike_means("Jets struck the spot from where the rockets were fired", ["rockets"])
    ['air strike']
    """
    from .vocabulary import vocabulary as _v

    cut = _FOLLOWS.search(clause)
    if cut and _STRIKE_MEANS.search(clause, cut.end()) and not _STRIKE_MEANS.search(clause, 0, cut.start()):
        clause = clause[cut.end():]  # the strike is the event followed: its means are named after the cut
    own = []
    for label, _f, _s, rx in _v().weapons:
        if label in weapons and any(not _NOT_MEANS.search(clause[:m.start()]) for m in rx.finditer(clause)):
            own.append(label)
    if not own and _STRIKE_MEANS.search(clause):
        own = ["air strike"]
    return own


def _specific(row: dict, et: str, agent: dict | None, clause: str) -> bool | str:
    """Whether a mention pins an event down (place, weapon, count or casualties: True; only a precise date of its
    own sentence could: 'date'; nothing: False)."""
    accident = _ACCIDENT.search(clause)
    if accident and _PART_ACCIDENT.search(clause):
        accident = None  # "the raid left 12 soldiers dead, five of them in an accident": a part of the attack's toll
    if accident and not row["weapon"] and not (accident.group().lower() == "heart attack" and _ATTACK_CONTEXT.search(clause)
                                               and (row["injured"] is not None or row["killed"] is not None)):
        return False  # not "a cook had a heart attack in the strikes, and nine were hurt"
    said = _says_who(et, agent, row["weapon"], clause)
    if said is not None:
        return said
    named = agent is not None and agent["actor_id"] not in ("unknown_group", "pro_iran_militias")
    has_count = any(row[c] is not None for c in COUNT_FIELDS)
    site = bool(row["place_id"]) and row["place_type"] != "country"
    if site or bool(row["weapon"]) or has_count:
        return True
    return "date" if named or et != "attack" or _NAMED_BY_DAY.search(clause) else False


#: an attack named by its day: "the March 12, 2019 attack on Y", "the Aug. 19 bombings" (kept when the day is its own)
_NAMED_BY_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?"
                           r"(?:,?\s+\d{4},?)?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assault|raid|massacre|bombings?)\b", re.I)


def _says_who(et: str, agent: dict | None, weapon: str, clause: str) -> bool | None:
    """Whether a threat or claim pins itself down (``_specific``): a threat names its actor or a speaker with a title
    or office ("President Joe Biden has pledged ..."), a claim a named group or its weapon; None for other types.
    Known before the counts and the place: a mention that fails it is dropped without reading them.

    >>> _says_who("threat", None, "", "Militias vowed revenge"), _says_who("claim", None, "drones", "X claimed it")
    (False, True)
    >>> _says_who("threat", None, "", "after the Ruritanian president threatened to launch an offensive")
    True
    """
    named = agent is not None and agent["actor_id"] not in ("unknown_group", "pro_iran_militias")
    if et == "threat":
        return named or agent is not None or bool(_SPEAKER.search(clause) or _OFFICE_SPEAKER.match(clause) or
                                                  _NAMED_OFFICE.search(clause))
    if et == "claim":
        return named or bool(weapon)
    return None


_EVENTS = r"(?:attacks|incidents|shootings|bombings|explosions|strikes|raids|clashes)"
_AREA = r"(?:(?:northern|southern|eastern|western|central)\s+(?:and\s+\w+\s+)?)?(?:iraq|syria)"
_TOLL = r"\b(?:killed|wounded|injured|dead)\s+(?:[\w.-]+\s+){0,3}?"  # the toll, then up to three words
#: a toll over several events, as a roundup's lead gives it; never one incident, whatever its day or place
_ROUNDUP_TOTAL = re.compile("|".join([
    rf"\bin\s+(?:[\w-]+\s+)?separate\s+(?:[\w-]+\s+){{0,3}}?{_EVENTS}",  # "in three separate roadside bombings"
    rf"\bin\s+(?:several\s+|a\s+(?:new\s+)?(?:wave|series)\s+of\s+)?(?:[\w-]+\s+)?{_EVENTS}\s+and\s+(?:[\w-]+\s+)?"
    rf"{_EVENTS}",  # two plural kinds: "in raids and shootings"
    r"\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:attacks|incidents)\b",  # counted: "in five attacks"
    rf"\bin\s+a\s+number\s+of\s+(?:[\w-]+\s+)?{_EVENTS}",  # "in a number of raids"
    rf"{_TOLL}in\s+(?:attacks|bombings|shootings)\s+(?:in|across|around)\b",  # "wounded in bombings around Mosul"
    rf"{_TOLL}across\s+{_AREA}\b",  # "twelve were killed across northern Iraq": the toll itself spread over a country
]), re.I)
#: one attack named with "a" ("a car bomb as violence rose", "a shooting at their checkpoint"): no roundup's total;
#: not "a number of bomb attacks", "a wave of bomb blasts" (many, counted together)
_ONE_ATTACK = re.compile(r"\ban?\s+(?!(?:number|series|wave|spate|string)\s+of\b)(?:[\w-]+\s+){0,2}?"
                         r"(?:attack|bombing|bomb|shooting|strike|explosion|blast|ambush)\b(?!\s+(?:attacks|blasts|explosions))",
                         re.I)


#: a series told as the subject of its toll, its parts told after ("A series of three coordinated explosions rocked X on
#: Friday, leaving eight injured. The first blast ..."): a summary whose day its parts take; not "the latest in a string
#: of incidents" or "amid a wave of attacks" (the setting of one event's toll)
_SERIES_LEAD = re.compile(rf"(?<!\bin\s)(?<!\bof\s)(?<!\bamid\s)(?<!\bafter\s)(?<!\bamong\s)(?<!\bfollowing\s)\b(?:a|the)\s+"
                          rf"{_SERIES_WORDS}(?:{_EVENTS}|blasts)\b", re.I)


def _roundup_total(clause: str, counts: dict) -> bool:
    """Whether a clause gives a toll over several events (``_ROUNDUP_TOTAL``), naming no single attack with "a".

    >>> _roundup_total("Nine people were killed in separate shootings across Iraq", {"killed": 9, "injured": None})
    True
    >>> _roundup_total("Nine people were killed in a car bombing in Hilla", {"killed": 9, "injured": None})
    False
    >>> _roundup_total("as 17 more were hurt in a number of bomb explosions near Kirkuk", {"killed": None, "injured": 17})
    True
    """
    return bool(counts["killed"] or counts["injured"]) and bool(_ROUNDUP_TOTAL.search(clause)) and \
        not _ONE_ATTACK.search(clause)


def _open_water(place: dict) -> bool:
    """Whether a place is a sea, gulf or strait (a region of no country): "the attacks on shipping in the Red Sea" are
    a campaign's, not one attack's.

    >>> _open_water({"type": "region", "country": ""}), _open_water({"type": "air base", "country": "Iraq"})
    (True, False)
    """
    return place.get("type") == "region" and not place.get("country")


#: a span of time fronted alone before a clause ("Since the beginning of 2019, ...", "Over the past year, ...")
_FRONTED_SPAN = re.compile(r"\W*(?:since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\s+[^,;.]{2,40},?\s*", re.I)


def _row(s: dict, g: dict, sent: str, off: int, et: str, weapons: list[str], counts: dict, agent: dict | None,
         target: str, place: dict | None, date_: dict | None, places: list[dict]) -> dict:
    """The mention row (columns ``MENTION_COLUMNS``, without mention_id and date_inference)."""
    lo, hi = g["start"], g["end"]
    clause = sent[lo:hi]
    roundup = _roundup_total(clause, counts)
    spanned = sent[:hi] if lo and not any(counts[c] for c in COUNT_FIELDS) and _FRONTED_SPAN.fullmatch(sent[:lo]) \
        else clause  # "Since the start of 2019, five incidents have been reported": the fronted span is the clause's
    # (not "Since the start of the violence, 1,500 rockets have been fired": a barrage its count tells)
    aggregate = et != "threat" and (  # a threat is one vow, whatever it vows ("vowed to carry out 100 attacks")
        (_summed_up(spanned, counts, place is not None) and not _named_bases_struck(clause, place)) or
        (bool(_ATTACKS_WORD.search(_OTHER_ATTACKS_FROM.split(clause)[0])) and not any(counts[c] for c in COUNT_FIELDS)
         and (place is None or _open_water(place)) and not _DIGIT.search(clause)) or roundup)
    act_attr, old_attr, by = attribution(clause, sent, et) if agent is not None or et == "claim" else ("", "", "")
    row = {"doc_id": s["doc_id"], "para_id": int(s["para_id"]), "sent_id": int(s["sent_id"]), "sent_start": off,
           "sent_end": int(s["end"]), "clause_start": off + lo, "clause_end": off + hi, "evidence_start": off + lo,
           "evidence_end": off + hi, "scope": "aggregate" if aggregate else "incident", "event_type": et,
           "event_subtype": _subtype(et, weapons, clause), "weapon": weapons[0] if weapons else "",
           "weapons": ";".join(weapons), **{c: counts[c] for c in COUNT_FIELDS},
           "killed_who": counts["killed_who"], "injured_who": counts["injured_who"],
           "casualty_group": counts["killed_who"] or counts["injured_who"],
           "qualifier": _qualifier_words(counts["qualifiers"]), "qualifiers": ";".join(counts["qualifiers"]),
           "actor_id": agent["actor_id"] if agent else "", "actor": agent["name"] if agent else "",
           "actor_attribution": act_attr, "attribution": old_attr, "attributed_by": by, "target": target,
           "evidence": sent, **place_cols(place), **(date_ or EMPTY_DATE), "_roundup": roundup}
    if place is None:  # an earlier event the sentence answers is located by its own clause, not by the lead's places
        row["country"] = country_of(sent, places if g["kind"] != "prior" else [p for p in places if lo <= p["start"] < hi])
    return row


_SHELLING = re.compile(r"\bshell|artillery", re.I)


#: one event told with its article ("conducted an airstrike on ...", "a rocket attack"), not "claimed attacks on ..."
_ONE_EVENT = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|strike|attack|raid|bombing|ambush)"
                        r"(?![\w-])", re.I)


def _own_day(r: dict) -> bool:
    """Whether a mention's own sentence dates its event to a day ("conducted an airstrike ... on Wednesday").

    >>> _own_day({"date_precision": "day", "date_source": "sentence"}), _own_day({"date_precision": "month"})
    (True, False)
    """
    return r.get("date_precision") == "day" and r.get("date_source") == "sentence"


def _subtype(et: str, weapons: list[str], clause: str) -> str:
    """ACLED-style sub-event type of a mention from its weapon and type."""
    if weapons:
        return vocabulary().sub_event(weapons[0])
    if et in ("us_strike", "strike"):
        return "Shelling/artillery/missile attack" if _SHELLING.search(clause) else "Air/drone strike"
    if et == "interception":
        return "Disrupted weapons use"
    return ""


#: a first account that a later one may revise ("initial reports indicate 3 minor injuries", "initially put the number")
_INITIAL = re.compile(r"\b(?:initial(?:ly)?|preliminary|first)\s+(?:reports?|indications?|information|assessments?|"
                      r"figures?|toll|count)\b|\binitially\s+(?:said|put|reported|gave|counted)\b", re.I)


#: the target told as not struck: "the base itself had not been struck", "none of the rockets hit the camp"
_NOT_STRUCK = re.compile(r"\b(?:base|compound|facility|embassy|consulate|airport|camp|outpost)\s+(?:itself\s+)?(?:had|has|was|were)"
                         r"\s+not\s+(?:been\s+)?(?:struck|hit)\b|\b(?:none|no\s+(?:rockets?|drones?|missiles?|"
                         r"projectiles?|shells?))\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:hit|struck|landed\s+(?:on|inside|in))\b",
                         re.I)


def _initial(clause: str, cas: dict) -> list[str]:
    """Qualifiers marking the casualty counts of a first account ("killed=initial"), which an article's later,
    settled (exact) figure outweighs when they differ (``merge._consensus_count``).

    >>> _initial("At this time initial reports indicate 3 minor injuries", {"killed": None, "injured": 3, "qualifiers": []})
    ['injured=initial']
    """
    if "initial" not in clause.lower() and "preliminary" not in clause.lower() and "first" not in clause.lower():
        return []
    if not _INITIAL.search(clause):
        return []
    return [f"{f}=initial" for f in ("killed", "injured") if cas[f] is not None and
            not any(q.startswith(f + "=") for q in cas["qualifiers"])]


def _qualifier_words(qualifiers: list[str]) -> str:
    """Qualifiers of the casualty counts in words ("killed: at least").

    >>> _qualifier_words(["killed=at_least", "n_fired=about", "injured=several"])
    'killed: at least; injured: several'
    """
    return "; ".join(f"{q.split('=')[0]}: {q.split('=')[1].replace('_', ' ')}" for q in qualifiers
                     if q.startswith(("killed=", "injured=")))


def _family(event_type: str) -> str:
    """Event family: 'state' for strikes by states, 'threat', 'militia' for attacks, claims, interceptions."""
    return "state" if event_type in ("us_strike", "strike") else "threat" if event_type == "threat" else "militia"


def _context(done: list[dict], r: dict) -> list[dict]:
    """Earlier incident mentions of the same paragraph or at most three sentences back (a full scan: ``_Told`` in
    ``_inherit`` gives the same mentions from its indexes).

    >>> _context([{"scope": "incident", "para_id": 0, "sent_id": 0}], {"para_id": 1, "sent_id": 5})
    []
    """
    return [p for p in done if p["scope"] == "incident" and (p["para_id"] == r["para_id"] or
                                                             0 <= r["sent_id"] - p["sent_id"] <= 3)]


class _Prev:
    """``_context`` of one mention as a view read from the end (``prev[-1]``, ``reversed(prev)``, ``bool``): the
    paragraph's incident mentions so far plus those of other paragraphs at most three sentences back, in the
    article's order. Building it costs the few near sentences, not the paragraph (a long paragraph stays linear)."""

    def __init__(self, para: list[tuple[int, dict]], n: int, near: list[tuple[int, dict]]) -> None:
        self.para, self.n, self.near = para, n, near

    def __bool__(self) -> bool:
        return bool(self.n or self.near)

    def __len__(self) -> int:
        return self.n + len(self.near)

    def __reversed__(self):
        a, b = self.n - 1, len(self.near) - 1
        while a >= 0 or b >= 0:
            if b < 0 or a >= 0 and self.para[a][0] > self.near[b][0]:
                yield self.para[a][1]
                a -= 1
            else:
                yield self.near[b][1]
                b -= 1

    def __iter__(self):
        return iter(list(reversed(self))[::-1])

    def __getitem__(self, k: int) -> dict:
        if k == -1 and self:
            return next(reversed(self))
        return list(self)[k]


class _Told:
    """The mentions ``_inherit`` kept so far, indexed as they come: incident mentions by paragraph and sentence, the
    first attack or strike (the lede), the last strike, and whether a militia event was told. Each mention costs
    O(1) to add; ``context`` equals ``_context(done, r)`` without rescanning earlier mentions.

    >>> t = _Told(); t.add({"scope": "incident", "para_id": 0, "sent_id": 0, "event_type": "strike"})
    >>> list(t.context({"para_id": 0, "sent_id": 9})) == _context(t.done, {"para_id": 0, "sent_id": 9}), t.strike["sent_id"]
    (True, 0)
    """

    def __init__(self) -> None:
        self.done: list[dict] = []
        self.by_para: dict[int, list[tuple[int, dict]]] = {}
        self.by_sent: dict[int, list[tuple[int, dict]]] = {}
        self.lede: dict | None = None
        self.strike: dict | None = None
        self.militia = False
        #: incident mentions by (paragraph, family, time key): what ``story_before`` reads instead of the paragraph
        self.stories: dict[tuple[int, str, object], list[tuple[int, dict]]] = {}

    def add(self, r: dict) -> None:
        """Keep a mention (scope and type are final once kept)."""
        i = len(self.done)
        self.done.append(r)
        if r["scope"] != "incident":
            return
        self.by_para.setdefault(r["para_id"], []).append((i, r))
        self.by_sent.setdefault(r["sent_id"], []).append((i, r))
        fam = _family(r["event_type"])
        for key in (_ANY_TIME, *_time_keys(r)):
            self.stories.setdefault((r["para_id"], fam, key), []).append((i, r))
        if self.lede is None and r["event_type"] in ("attack", "us_strike", "strike"):
            self.lede = r
        if r["event_type"] in ("us_strike", "strike"):
            self.strike = r
        self.militia = self.militia or _family(r["event_type"]) == "militia"

    def strikes(self) -> list[dict]:
        """The last incident strike told, as a list (empty when none): what ``_toll_of_strike`` reads."""
        return [self.strike] if self.strike is not None else []

    def story_before(self, r: dict, prev: _Prev) -> dict | None:
        """``_story_before(r, prev)`` for ``prev = self.context(r)``, read from the index: only the paragraph's mentions
        of the same family and a compatible time (same date or text, or none), each list back to its first match; a
        long paragraph of other days' or families' mentions is not rescanned for every placeless mention.

        >>> t = _Told(); a = {"scope": "incident", "para_id": 0, "sent_id": 0, "event_type": "attack", "place_id": "x",
        ...      "date_text": "Monday", "date": "", "country": "", "weapon": "", "evidence": "Rockets hit X."}
        >>> t.add(a); r = {**a, "sent_id": 1, "place_id": "", "_days_before": None}
        >>> t.story_before(r, t.context(r)) is a, t.story_before({**r, "date_text": "Friday"}, t.context(r))
        (True, None)
        """
        if r["place_id"] or r["scope"] != "incident" or r.get("_days_before") is not None or _SEPARATE.match(r["evidence"]):
            return None  # placed, an earlier event, or "Separately, ...": no story to continue (``_same_story``)
        own, fam, para = r["date_text"] or r["date"], _family(r["event_type"]), r["para_id"]
        keys = (own, _NO_TIME) if own else (_ANY_TIME,)
        best: tuple[int, dict] | None = None
        for items in [self.stories.get((para, fam, k), []) for k in keys] + [prev.near]:
            for i, p in reversed(items):
                if best is not None and i <= best[0]:
                    break
                if p["place_id"] and _same_story(r, p):
                    best = (i, p)
                    break
        return best[1] if best is not None else None

    def context(self, r: dict) -> _Prev:
        """Earlier incident mentions of the same paragraph or at most three sentences back (see ``_context``)."""
        para = self.by_para.get(r["para_id"], [])
        near = sorted((ip for k in range(4) for ip in self.by_sent.get(r["sent_id"] - k, ())
                       if ip[1]["para_id"] != r["para_id"]), key=lambda ip: ip[0])
        return _Prev(para, len(para), near)


#: time keys of the story index (``_Told.stories``): every mention, and a mention with neither date nor date text
_ANY_TIME, _NO_TIME = object(), object()


def _time_keys(p: dict) -> tuple:
    """The keys under which a mention's time is filed: its date text and date, or ``_NO_TIME`` (``_same_time``).

    >>> _time_keys({"date_text": "Monday", "date": "2024-01-01"}), _time_keys({"date_text": "", "date": ""}) == (_NO_TIME,)
    (('Monday', '2024-01-01'), True)
    """
    keys = tuple(dict.fromkeys(k for k in (p.get("date_text"), p.get("date")) if k))
    return keys or (_NO_TIME,)


def _dateline(dm: list[dict], sents: list[dict]) -> dict | None:
    """The day of a dateline: a first paragraph that is little more than a date ("Thursday 19 July", "Oct. 14, 2010"),
    or a short entry header with no event word ("Incident date March 3, 2017; Raqqa, Syria"), dates the report's
    events when nothing closer does (``date_source = dateline``); the header's most specific place goes in
    ``_place`` for mentions that name none finer than a country."""
    first = [s for s in sents if int(s["para_id"]) == int(sents[0]["para_id"])] if sents else []
    size = sum(len(str(s["text"])) for s in first)
    if not first or size > 160 or size > 60 and any(vocabulary().has_cue(str(s["text"]).lower()) for s in first) or \
            any(is_caption(str(s["text"])) for s in first):
        return None  # longer headers only without an event word ("Incident date March 3, 2017; Raqqa, Syria"); a photo's
        # caption dates the photo ("A picture received on Dec. 31 shows soldiers ...")
    lo, hi = int(first[0]["start"]), int(first[-1]["end"])
    days = [r for r in dm if lo <= r["start"] < hi and r["precision"] in ("day", "unknown")]
    if not days:
        return None
    r = days[0]
    timex = str(r.get("timex") or "")
    value = r["value"] or (timex if re.fullmatch(r"XXXX-\d\d-\d\d", timex) else "")
    if not value:
        return None
    return {"date": value, "date_precision": r["precision"], "earliest": r["earliest"] or "", "latest": r["latest"] or "",
            "date_text": r["text"], "date_rule": r["rule"], "date_source": "dateline",
            "_place": site_place(scan_places(" ".join(str(s["text"]) for s in first)))}


#: how far into the text a page's date stamp is looked for (its header: title, stamp, lead)
_STAMP_REACH = 300


def _stamp_dateline(dm: list[dict], text: str) -> dict | None:
    """The page's date stamp near the top ("date 2024-02-07 A drone ...", "Published May 3, 2022") as a dateline when
    the first paragraph is no dateline of its own: it dates the report's undated mentions instead of the window.

    >>> t = " date 2024-02-07 A drone hit a car in Baghdad."
    >>> dm = [{"start": 6, "end": 16, "text": "2024-02-07", "value": "2024-02-07", "precision": "day", "rule": "date_iso",
    ...        "earliest": "2024-02-07", "latest": "2024-02-07"}]
    >>> _stamp_dateline(dm, t)["date"], _stamp_dateline(dm, "In 2024-02-07 a drone hit a car.")
    ('2024-02-07', None)
    """
    r = next((r for r in dm if r["start"] < _STAMP_REACH and r["precision"] == "day" and r["value"] and
              is_stamp(text, r["start"], r["end"])), None)
    if r is None:
        return None
    return {"date": r["value"], "date_precision": "day", "earliest": r["earliest"] or "", "latest": r["latest"] or "",
            "date_text": r["text"], "date_rule": r["rule"], "date_source": "dateline", "_place": None}


def _casualty_as_attack(r: dict, prev: list[dict], told: "_Told") -> bool:
    """Whether a casualty or responsibility row stands as an attack of its own (then retyped); False when it is a
    tally, completes an earlier mention (which it then fills) or says too little (rules in the module docstring)."""
    vague = _vague_toll(r) and not _PERFECT_AUX.search(str(r["evidence"])) and \
        bool(r.get("actor_id") or r.get("weapon") or ATTACK_WORD.search(str(r["evidence"])))  # "militants killed dozens
    # of soldiers": a toll without a figure, told as one event's by its attacker or weapon (not "have been fighting,
    # leaving dozens killed": a conflict's; nor "heavy rains killed dozens": no attack)
    if r["scope"] != "incident" and (r["killed"] or r["injured"] or vague) or _IN_THOSE_ATTACKS.search(str(r["evidence"])):
        return False  # "thousands of troops have been killed in action", "56 were injured in those attacks": tallies
    lede = [told.lede] if told.lede is not None else []
    prev = _story_first(prev, r)
    zero = r["event_type"] == "casualty" and (r["killed"] == 0 or r["injured"] == 0)
    placed = r["event_type"] == "casualty" and r["place_id"] and (r["killed"] or r["injured"] or vague)
    own = _own_casualties(r)
    if placed and prev and (_other_day(r, prev[-1]) or _victims_elsewhere_too(r, prev[-1])):
        pass  # "... before the anniversary of the killing of X near the airport on March 5"; "At nearby Y village, they
        # killed two" after the six killed at X: another place's victims, an attack of its own
    elif _ANOTHER_LEAD.match(str(r["evidence"])) and (r["killed"] or r["injured"]):
        pass  # "Another violent instance happened earlier this month, which claimed 35 lives": an event of its own
    elif prev and not own and zero and _zeros_to_joint(prev, r):
        return False  # "No casualties were reported" after two attacks told in one sentence: each attack's
    elif prev and not own and _care_of_told(r, prev[-1], told.done):
        return False  # "Two wounded troops were flown out" after the toll of an earlier event: those victims' care
    elif prev and not own and _complete_previous(prev[-1], r) or \
            not prev and lede and not r["place_id"] and (zero or _retells_toll(lede[0], r)) and _complete_previous(lede[0], r):
        return False  # "No casualties were reported" far from the lede still belongs to the lede's event; so does
        # "the death toll is 15 dead and 20 wounded" after a lede that told the 15 dead
    elif not (placed or own):
        return False
    r["event_type"] = _state_strike(r) or "attack"  # "Two civilians were killed in the market", "A bomb wounded two": own events
    _toll_of_strike(r, told.strikes())
    return True


_PERFECT_AUX = re.compile(r"\b(?:has|have)\b", re.I)


def _vague_toll(r: dict) -> bool:
    """Whether a row tells its dead or wounded without a figure ("killed dozens of soldiers", "scores were hurt").

    >>> _vague_toll({"killed": None, "injured": None, "qualifiers": "killed=dozens"}), _vague_toll({"killed": 2, "injured": None, "qualifiers": "killed=at_least"})
    (True, False)
    """
    marks = vague_roles(str(r.get("qualifiers") or ""))
    return r["killed"] is None and "killed" in marks or r["injured"] is None and "injured" in marks


#: a sentence that opens on one more event ("Another violent instance ...", "Yet another attack ...")
_ANOTHER_LEAD = re.compile(r"^\W*(?:in\s+)?(?:yet\s+)?another\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|instance|episode|"
                           r"bombing|blast|explosion|shooting|ambush|raid|strike|assault)s?\b", re.I)
#: an event named or referred to ("that operation", "the strike", "it also killed"): a casualty row's own antecedent
_NAMES_AN_EVENT = re.compile(r"\b(?:operations?|strikes?|attacks?|raids?|bomb\w*|blasts?|explosions?|assassinations?|"
                             r"killings?|shelling|ambush|it)\b", re.I)


def _story_first(prev: "_Prev | list[dict]", r: dict) -> "_Prev | list[dict]":
    """The earlier mentions a casualty row may complete: an event told as earlier ("... threats of retaliation over the
    killing of X") in an earlier sentence does not take the victims told next ("one of the Americans was seriously
    wounded"); the story's events of the last sentence that told one do (read back only as far as that sentence).

    >>> a, b = {"sent_id": 1, "_days_before": None}, {"sent_id": 2, "_days_before": -1}
    >>> _story_first([a, b], {"sent_id": 3})[-1] is a, _story_first([a, b], {"sent_id": 2})[-1] is b
    (True, True)
    >>> _story_first([a, b], {"sent_id": 3, "evidence": "That operation also killed a commander."})[-1] is b
    True
    """
    if not prev or prev[-1].get("_days_before") != -1 or prev[-1]["sent_id"] >= r["sent_id"] or \
            _NAMES_AN_EVENT.search(str(r.get("evidence") or "")):
        return prev  # "That operation also killed a commander": the event just told, earlier or not
    story: list[dict] = []
    for p in reversed(prev):
        if story and p["sent_id"] != story[-1]["sent_id"]:
            break
        if p.get("_days_before") is None:
            story.append(p)
    return story[::-1] or prev


def _victims_elsewhere_too(r: dict, p: dict) -> bool:
    """Whether a placed casualty row tells victims at another place than the mention before it, which has a toll of its
    own ("At X, they killed six residents. At nearby Y village, they killed two"): each place's attack.

    >>> p = {"place_id": "txt:x@", "killed": 6, "injured": None}
    >>> _victims_elsewhere_too({"place_id": "txt:y@", "killed": 2}, p), _victims_elsewhere_too({"place_id": "txt:x@"}, p)
    (True, False)
    """
    from .places import places_compatible

    return bool(p["place_id"] and (p["killed"] or p["injured"]) and r["place_id"] != p["place_id"] and
                not places_compatible(r["place_id"], p["place_id"]))


def _retells_toll(lede: dict, r: dict) -> bool:
    """Whether a casualty row far from the lede gives the lede's own death toll again, so that its other figures are
    that event's too.

    >>> _retells_toll({"killed": 15, "injured": None}, {"event_type": "casualty", "killed": 15, "injured": 20})
    True
    >>> _retells_toll({"killed": 15, "injured": None}, {"event_type": "casualty", "killed": 3, "injured": 20})
    False
    """
    return r["event_type"] == "casualty" and _counted(lede.get("killed")) and _counted(r.get("killed")) and \
        int(lede["killed"]) == int(r["killed"]) > 0


def _state_strike(r: dict) -> str | None:
    """The strike type of a toll a state's forces caused by its strikes ("two soldiers dead in Israeli strikes on X"):
    "strike" ("us_strike" for the US side), else None.

    >>> _state_strike({"actor_id": "israel", "evidence": "Two guards died in Israeli strikes on the depot."})
    'strike'
    >>> _state_strike({"actor_id": "israel", "evidence": "Two guards died in a bombing."}) is None
    True
    """
    aid = str(r.get("actor_id") or "")
    row = actors_gazetteer().rows.get(aid) if aid else None
    if row is None or row["type"] not in STATE_TYPES or not _STRIKES_WORD.search(str(r["evidence"])):
        return None
    return "us_strike" if row["side"] in US_SIDES else "strike"


#: care of victims already told, named as the wounded: "Two wounded soldiers were treated on site", "three of the
#: injured were flown to a hospital"
_CARE_OF_WOUNDED = re.compile(r"\b(?:wounded|injured)\s+(?:[\w.-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|are|is)\s+"
                              r"(?:later\s+|then\s+|being\s+)?(?:treated|evacuated|taken|flown|transported|airlifted|"
                              r"transferred|moved|released|discharged|hospitali[sz]ed)\b", re.I)


def _care_of_told(r: dict, p: dict, done: list[dict]) -> bool:
    """Whether a sentence of injured only tells the care of victims an earlier event of the article left ("Two wounded
    soldiers were treated on site"), while the mention just before has no injured of its own (a strike told since):
    no toll for that mention.

    >>> r = {"injured": 2, "killed": None, "evidence": "Two wounded guards were treated on site."}
    >>> _care_of_told(r, {"injured": None}, [{"injured": 6}, {"injured": None}])
    True
    >>> _care_of_told(r, {"injured": None}, [{"injured": None}])
    False
    """
    n = r["injured"]
    if not _counted(n) or _counted(r["killed"]) or _counted(p["injured"]) or not _CARE_OF_WOUNDED.search(str(r["evidence"])):
        return False
    return any(q is not p and _counted(q["injured"]) and int(q["injured"]) >= int(n) for q in done)


def _after_summary(r: dict, prev: "_Prev", last: dict | None) -> bool:
    """Whether a sentence of casualties only follows right after a summary of many attacks, with the last incident told
    further back ("Attacks have been frequent since a strike killed X at the airport. That operation also killed Y."):
    its toll is the summary's event's, not that incident's.

    >>> r, p = {"sent_id": 5, "killed": 1, "injured": None}, {"sent_id": 2}
    >>> _after_summary(r, [p], {"sent_id": 4, "scope": "aggregate"}), _after_summary(r, [p], {"sent_id": 2, "scope": "incident"})
    (True, False)
    """
    return bool(prev) and last is not None and last["scope"] != "incident" and \
        prev[-1]["sent_id"] < last["sent_id"] == r["sent_id"] - 1 and any(r[c] for c in ("killed", "injured"))


def _zeros_to_joint(prev: "_Prev", r: dict) -> bool:
    """Give a sentence's "no casualties" to every attack told in the sentence before when it tells several, none with
    casualties of its own ("Mortars hit the zone and rockets struck a base, a day after a strike killed X. No
    casualties were reported."): not to the strike told last as background; False (nothing done) otherwise.

    >>> a, b = ({"event_type": "attack", "sent_id": 3, "killed": None, "injured": None, "qualifiers": "",
    ...          "qualifier": "", "actor_id": "", "place_id": "x", "evidence_end": 9} for _ in range(2))
    >>> s = {"event_type": "us_strike", "sent_id": 3, "killed": 2, "injured": None}
    >>> r = {"killed": 0, "injured": 0, "evidence": "No casualties were reported.", "killed_who": "", "injured_who": "",
    ...      "clause_start": 0, "sent_start": 0, "clause_end": 28, "qualifiers": "", "actor_id": "", "place_id": "",
    ...      "evidence_end": 28, "qualifier": "", "event_type": "casualty"}
    >>> _zeros_to_joint([a, b, s], r), a["killed"], b["injured"], s["injured"]
    (True, 0, 0, None)
    """
    if any(r[c] for c in ("killed", "injured")):
        return False
    sent: list[dict] = []
    for p in reversed(prev):  # the mentions of the last sentence told, read back only that far
        if sent and p["sent_id"] != sent[0]["sent_id"]:
            break
        sent.append(p)
    attacks = [p for p in sent if p["event_type"] == "attack" and p["killed"] is None and p["injured"] is None]
    if len(sent) < 2 or not attacks or len(attacks) < 2 and sent[0]["event_type"] == "attack":
        return False  # one attack, or the attack told last: the mention before takes it as before
    for p in attacks:
        _complete_previous(p, r)
    return True


def _inherit(rows: list[dict], published: str, dateline: dict | None = None,
             near: dict[int, dict] | None = None) -> list[dict]:
    """Complete mentions from the article's earlier mentions (rules in the module docstring and dating.py)."""
    told = _Told()
    done = told.done  # appended only through told.add
    roundup = None  # the day of a roundup's toll over several events, told before: the day of its parts
    heading = None  # the day a list entry opens with ("5 January - ..."): the day of the entry's other events too
    last: dict | None = None  # the latest mention of an event read, kept or not (a summary's too)
    for r in rows:
        prev = told.context(r)
        if r["date_precision"] == "day" and (r["scope"] == "aggregate" and r.get("_roundup") or
                                             (r["killed"] is not None or r["injured"] is not None) and _SERIES_LEAD.search(_own_clause(r))):
            roundup = r  # a roundup's toll, or a series' ("A series of three blasts ... left eight hurt", "... but no
            # casualties were reported"): its parts' day
        if r["date_precision"] == "day" and r["date_source"] == "sentence" and ENTRY_DAY.match(str(r["evidence"])):
            heading = r
        if r["event_type"] in ("casualty", "responsibility"):
            if _after_summary(r, prev, last) or not _casualty_as_attack(r, prev, told):
                continue
        else:
            last = r
        if r["event_type"] == "attack" and not r["weapon"] and not r["place_id"] and \
                _IN_THOSE_ATTACKS.search(_own_clause(r)):
            continue  # "At least 56 personnel have been injured in those attacks": a tally of many attacks
        _part_of_told(r, prev)
        if r["event_type"] == "attack" and not r["weapon"]:
            _toll_of_strike(r, told.strikes())  # "fifteen fighters were killed in the strikes": the strike told, not another attack
        just = _just_told(r, prev)  # "In the attack, ...": the event just told, whichever family
        story = _same_toll_before(r, done) or just or told.story_before(r, prev)  # the latest of the same story
        if story is None:
            story = just = _the_event_told(r, prev)  # "... as the rocket attacks left 20 injured": the strike just told
        if story is not None:  # (``_story_before``; "initially said rockets")
            _take_place(r, story)
            if just is not None and story is just and not r["actor_id"] and not r["weapon"]:
                r["event_type"] = just["event_type"]
                r.update({k: just[k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})
            if not r["weapon"] and r["event_type"] in (story["event_type"], "interception"):
                r["weapon"], r["weapons"] = story["weapon"], story["weapons"]
        strike = _strike_told(r, prev, told.strike, told.militia)
        if strike is not None:  # "The strike came on a main thoroughfare": the strike just told
            if r["event_type"] == "interception":
                r["weapon"] = r["weapons"] = ""  # the strike's own munitions, stopped in part: not another weapon
            elif r["weapon"] in ("missiles", "rockets"):
                r["weapon"], r["weapons"] = strike["weapon"], strike["weapons"]  # "Five missiles hit": the strike's own
            r["event_type"] = strike["event_type"]
            r.update({k: strike[k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})
            if strike["date_precision"] == "day" and r["date_precision"] in ("year", "month", "season", "week") and \
                    not _other_period(r, strike):
                r.update({k: strike[k] for k in _DATE_KEYS}, date_source="context")  # "the drone ... since 2014"
        _place_from_told(r, done, dateline)
        _date_from_told(r, done, prev, published, dateline, near,
                        (roundup, heading if heading is not None and heading["para_id"] == r["para_id"] else None))
        if r.get("date_rule") == EARLIER_THAN_TOLD and not r["place_id"] and all(r[c] is None for c in COUNT_FIELDS) \
                and r["date_source"] != "sentence":
            continue  # "in response to the attacks": what the story answers, with no place, day or count of its own
        if _restates_story(r, done):
            continue  # "This attack comes amid ...": the event just told, set in context
        told.add(r)
    return done


def _place_from_told(r: dict, done: list[dict], dateline: dict | None) -> None:
    """A mention's place from the article's earlier mentions when its clause points back ("The base was hit", "in the
    same area") or from the entry header when the mention names none finer (``place_source = dateline``)."""
    if not r["place_id"] and _ANAPHOR.search(_own_clause(r)):
        site = next((p for p in reversed(done) if p["place_id"] and p["place_type"] in SITE_TYPES), None)
        if site is not None:  # "The base was hit ...": the site the article last named
            _take_place(r, site)
    if not r["place_id"] and (same := _SAME_AREA.search(_own_clause(r))):
        named = next((p for p in reversed(done) if p["place_id"]), None)
        if named is not None:  # "a further four were killed in the same area on Tuesday": the place last named
            _take_place(r, named)
            _widened(r, same.group("kind"))
    if dateline and dateline["_place"] and r["place_type"] in ("", *_AREA_KINDS) and r["place_source"] != SEVERAL_COUNTRIES and \
            _header_finer(r["place_id"], dateline["_place"]["place_id"]):
        r.update(place_cols(dateline["_place"]), place_source="dateline")  # the entry header's place


def _date_from_told(r: dict, done: list[dict], prev: list[dict], published: str, dateline: dict | None,
                    near: dict[int, dict] | None, days: tuple[dict | None, ...]) -> None:
    """A mention's date when its sentence gives none (``_take_date``); over the article window, the first of ``days``
    that applies (a roundup's day for its parts, "In Kirkuk, a bomb ..."; a list entry's opening day for its other
    events, "5 January - ... A bomb ..."); an event told as earlier than the story marked so (``EARLIER_THAN_TOLD``)."""
    if r["date_source"] == "dateline":
        _nearby_over_stamp(r, near)  # "date 2021-11-08 Gunmen have attacked X ..." then "... came on Sunday"
    if not r["date"] and not r["date_text"]:
        _take_date(r, done, prev, published, dateline, near)
        day = next((d for d in days if d is not None), None)
        if day is not None and r["date_source"] == "article window" and r.get("_days_before") is None:
            r.update({k: day[k] for k in _DATE_KEYS}, date_source="context")
        _mark_earlier(r, published)
    elif r.get("_days_before") == -1 and r["date_source"] == "sentence" or not r["date"] and _PAST_OFFSET.search(r["date_text"]):
        r["date_rule"] = EARLIER_THAN_TOLD  # "since X killed 40 on May 2": its own day, an event before the story;
        # "two days ago" in an article with no date to count from: before the story all the same


#: "the attack", "Monday's reported drone strike": a definite reference back to an event told
_DEFINITE_ANY = re.compile(r"\b(?:the|this|that|\w+day(?:\s+night)?[’']s)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|"
                           r"raid|operation|bombing|assault|drone|uav|aircraft|warplanes?|jets?)\b", re.I)


#: a toll told "in the strikes": the state's strike the article told, not an attack by anyone else
_IN_THE_STRIKES = re.compile(r"\b(?:in|by|during)\s+(?:the|these|those|its)\s+(?:[\w-]+\s+)?(?:air\s*)?(?:strikes?|airstrikes?|"
                             r"raids?|bombings?|bombardment)\b|\b(?:in|by|during)\s+(?:the|these|those)\s+air\s+attacks?\b", re.I)


#: victims told "in the attack on the headquarters (positions, bases) of" a group: where a strike hits an armed group
_IN_THE_ATTACK_ON_GROUP = re.compile(r"\b(?:in|during|by)\s+the\s+(?:\w+\s+)?attack\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                     r"(?:headquarters|positions?|bases?|camps?|offices?|depots?|compound)\s+of\b", re.I)


def _toll_of_strike(r: dict, done: list[dict]) -> None:
    """Make a casualty clause told "in the strikes" the toll of the state's strike the article told last.

    >>> r = {"event_type": "attack", "evidence": "Five fighters were killed in the strikes.", "actor_id": ""}
    >>> s = {"scope": "incident", "event_type": "us_strike", "actor_id": "united_states", "actor": "United States",
    ...      "actor_attribution": "", "attribution": ""}
    >>> _toll_of_strike(r, [s]); r["event_type"], r["actor_id"]
    ('us_strike', 'united_states')
    """
    strikes = [p for p in done if p["scope"] == "incident" and p["event_type"] in ("us_strike", "strike")]
    last = [p for p in done if p["scope"] == "incident"][-1:]
    on_group = bool(last) and last[0] is strikes[-1] and _IN_THE_ATTACK_ON_GROUP.search(str(r["evidence"])) \
        if strikes else False  # "four fighters were killed in the attack on the headquarters of X", the strike just told
    if strikes and not r["actor_id"] and (_IN_THE_STRIKES.search(str(r["evidence"])) or on_group):
        r["event_type"] = strikes[-1]["event_type"]
        r.update({k: strikes[-1][k] for k in ("actor_id", "actor", "actor_attribution", "attribution")})


_DATE_KEYS = ("date", "date_precision", "earliest", "latest", "date_text", "date_rule")
_STRIKES_WORD = re.compile(r"\b(?:air\s*)?strikes?\b", re.I)


#: a strike's munitions told striking their target: "Five missiles hit the building", "rockets hitting a vehicle"
_MUNITIONS_HIT = re.compile(r"\b(?:missiles|rockets)\s+(?:hit|hitting|struck|striking|slammed\s+into|landed\s+on)\s+(?:the|a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:building|vehicle|car|truck|headquarters|depot|warehouse|house|site|"
                            r"facility|compound|office)\b", re.I)


def _strike_told(r: dict, prev: list[dict], strike: dict | None, militia: bool) -> dict | None:
    """The state's strike an actorless "attack" mention refers back to, or None: "the strike" after a strike just
    told, or any definite "the attack" when the article has told a strike and no attack by anyone else (then also
    an actorless interception: the air defences that stopped part of that strike).

    ``strike`` is the last incident strike the article told, ``militia`` whether it told an incident attack, claim or
    interception (kept as mentions come, so that nothing earlier is rescanned).

    >>> s = {"scope": "incident", "event_type": "strike", "actor_id": "turkey"}
    >>> r = {"event_type": "attack", "actor_id": "", "weapon": "", "evidence": "They died in the attack."}
    >>> _strike_told(r, [], s, False)["actor_id"], _strike_told(r, [], s, True)
    ('turkey', None)
    >>> a = {"event_type": "attack", "_days_before": -1}  # the attack the strike answered, told after it
    >>> _strike_told({**r, "evidence": "The strikes hit 20 sites."}, [s, a], s, True)["actor_id"]
    'turkey'
    """
    if r["event_type"] not in ("attack", "interception", "strike") or r["actor_id"] or r.get("_days_before") is not None \
            or r["event_type"] == "strike" and r["weapon"] != "air strike":
        return None  # not the earlier attack a strike "followed" (nor a strike of a weapon of its own); an actorless
        # air strike ("wounded in the air attacks") may be the strike told
    alone = strike is not None and not militia
    if r["event_type"] == "interception":  # "air defences shot down several missiles": of the strike just told
        return strike if alone and r["weapon"] in ("", "missiles", "rockets", "drones") else None
    if alone and r["weapon"] in ("missiles", "rockets") and _MUNITIONS_HIT.search(_own_clause(r)):
        return strike  # "Five missiles hit the administrative building": the strike's own munitions, in a story of strikes
    if r["weapon"] not in ("", "drones", "air strike"):
        return None
    own = _own_clause(r)  # "strikes on Monday after a drone attack by X": the attack's clause does not name the strike
    told = next((p for p in reversed(prev) if p.get("_days_before") is None), None) if prev else None
    if told is not None and told["event_type"] in ("us_strike", "strike") and _DEFINITE_EVENT.search(own):
        return told  # "The strikes targeted 20 sites": the strike told last, past an earlier attack it answered
    if alone and (_DEFINITE_ANY.search(own) or _STRIKES_WORD.search(own)):
        return strike  # "the attack", "the drone", or "strikes" again, in a story of strikes only
    return None


def _other_period(r: dict, strike: dict) -> bool:
    """Whether a mention's own week or month ("one such strike last week", "In April 2017, Turkey also launched
    airstrikes") leaves out the day of the strike told: another strike.

    >>> r = {"date_precision": "week", "earliest": "2022-07-18", "latest": "2022-07-24"}
    >>> _other_period(r, {"date": "2022-07-28"}), _other_period(r, {"date": "2022-07-20"})
    (True, False)
    >>> _other_period({"date_precision": "month", "earliest": "2017-04-01", "latest": "2017-04-30"}, {"date": "2018-12-13"})
    True
    """
    return r["date_precision"] in ("week", "month") and bool(r.get("earliest")) and bool(r.get("latest")) and \
        not str(r["earliest"]) <= str(strike["date"]) <= str(r["latest"])


def _own_clause(r: dict) -> str:
    """The text of a mention's own clause (its whole evidence when the offsets are not given).

    >>> _own_clause({"evidence": "Jets struck, after a drone attack.", "sent_start": 0, "clause_start": 13, "clause_end": 34})
    'after a drone attack.'
    """
    if r.get("clause_start") is None or r.get("sent_start") is None:
        return str(r["evidence"])
    return str(r["evidence"])[r["clause_start"] - r["sent_start"]:r["clause_end"] - r["sent_start"]]


#: a sentence whose subject is the event just told and whose verb only sets it in context ("This attack comes amid")
_RESTATED = re.compile(r"^\W*(?:this|that|the)\s+(?:(?:latest|most\s+recent|recent|new|last|deadly|[\w-]+day(?:['’]s)?)\s+)?"
                       r"(?:[\w-]+\s+)?(?:attack|strike|assault|incident|bombing)\s+(?:(?:comes?|came)(?!\s+(?:(?:just|only|shortly|soon|some|a|an|few|one|two|three|\d+|days?|hours?|"
                       r"weeks?|months?|minutes?|less|more|than|about|nearly|barely|over|under|within)\s+){0,4}(?:after|before)\b)|"
                       r"(?:on\s+\w+\s+)?(?:marks?|marked)|represents?|is\s+(?:the|a|an|part|seen|likely|believed)|was\s+(?:the|a|an|part|seen|"
                       r"likely|believed))\b", re.I)
#: a clause that only characterises the event told: "It was the latest strike in an internal war ...", "This was the
#: deadliest bombing since ..." (read on the mention's own clause: "..., after rockets hit it on Monday" is another event)
_CHARACTERISED = re.compile(r"^\W*(?:it|this|that)\s+(?:was|is|marked|marks|became)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:attack|strike|assault|incident|bombing|blast|explosion)\b", re.I)


def _characterised(clause: str) -> bool:
    """Whether a clause only characterises the event told ("It was the latest strike in a feud"), with no other event
    after "after", "following", "since" or "when" ("It was the second attack this week, after rockets hit ...").

    >>> _characterised("It was the latest strike in a feud."), _characterised("It was the second attack, after rockets hit it.")
    (True, False)
    """
    return bool(_CHARACTERISED.match(clause)) and not _ANOTHER_TOLD.search(clause)


_ANOTHER_TOLD = re.compile(r"\b(?:after|following|since|when)\b", re.I)


def _restates_story(r: dict, done: list[dict]) -> bool:
    """Whether a mention only restates an incident the article already told: its sentence opens on "this/the latest
    attack" with a verb that sets it in context, and it brings no count or casualty of its own.

    >>> told = [{"scope": "incident", "doc_id": "a"}]
    >>> row = {"doc_id": "a", "evidence": "This strike comes amid talks on the troops' future.", **{c: None for c in COUNT_FIELDS}}
    >>> _restates_story(row, told), _restates_story(row, [])
    (True, False)
    >>> _restates_story({**row, "evidence": "It was the latest strike in a long feud among the clans."}, told)
    True
    """
    ev = str(r["evidence"])
    own = _own_clause(r)  # "The latest attack came hours after | X shot and killed two": the clause before "after"
    if any(r[c] is not None for c in COUNT_FIELDS) or not (_RESTATED.match(ev) or _characterised(own) or
                                                           _after_no_event(ev) or
                                                           own != ev and _after_no_event(own)) or _opened_by_another(r):
        return False
    return any(p["scope"] == "incident" and p["doc_id"] == r["doc_id"] for p in done)


#: the event told set after something else: "The shelling comes just over a week after X visited the troops"
_RESTATED_AFTER = re.compile(r"^\W*(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|incident|bombing|shelling|"
                             r"barrage|explosion|blast)\s+(?:comes?|came)\s+(?:[\w-]+\s+){0,5}?(?:after|before)\s+(?P<rest>.*)",
                             re.I)


def _after_no_event(evidence: str) -> bool:
    """Whether a sentence sets the event told after or before something that is no act of war ("The shelling comes a
    week after the vice president visited the troops"): the event told, dated by the other thing, restated.

    >>> _after_no_event("The shelling comes a week after the vice president visited the troops.")
    True
    >>> _after_no_event("The shelling comes a week after rockets hit the base.")
    False
    """
    m = _RESTATED_AFTER.match(evidence)
    return m is not None and not cue_classes(m.group("rest")) and not weapons_in(m.group("rest"))


def _opened_by_another(r: dict) -> bool:
    """Whether a mention is an earlier event told in a later clause of its sentence ("The attack is the largest since
    X launched missiles at Y"): the sentence's opening restates the story, not this event.

    >>> _opened_by_another({"sent_start": 0, "clause_start": 40, "_days_before": -1, "date_source": "sentence"})
    True
    >>> _opened_by_another({"sent_start": 0, "clause_start": 0, "_days_before": -1})
    False
    """
    try:
        return r.get("_days_before") == -1 and r.get("date_source") == "sentence" and \
            int(r["clause_start"]) > int(r["sent_start"]) + 2
    except (TypeError, ValueError, KeyError):
        return False


def _own_event(r: dict) -> bool:
    """Whether a casualty sentence the mention before could not take tells an event of its own: it names a weapon or
    an attacker and does not open on the event just told ("A bomb wounded a civilian", "Gunmen killed a soldier",
    "The guerrilla group killed 11 soldiers"; not "The blast also killed two"), or it is the second predicate of
    attackers who open the sentence ("Gunmen stormed a house ... and killed him")."""
    clause = _own_clause(r)
    if ALSO_IN_TOLD.search(clause):
        return False  # "More than 40 service members were also injured in the attack": the attack just told
    return bool(r["weapon"] or r["actor_id"] or re.search(r"\b(?:gunmen|bombers?|assailants|attackers|bombs?|blasts?|"
                                                         r"explosions?|grenades?)\b", clause, re.I)) \
        and (not DEFINITE_START.match(clause) or bool(r["actor_id"] and _DEFINITE_ATTACKERS.match(clause))) or \
        bool(_AND_PREDICATE.match(clause) and _ATTACKERS_OPEN.match(str(r["evidence"])))


#: a definite subject that is the attackers, not the event just told ("The country's second-largest guerrilla group
#: killed 11 soldiers"; not "The blast also killed two")
_DEFINITE_ATTACKERS = re.compile(r"^\W*(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:group|militants|gunmen|rebels|"
                                 r"guerrillas|insurgents|jihadists|bandits|attackers|assailants|fighters)\s+(?:also\s+)?"
                                 r"(?:killed|shot|gunned|executed|murdered|massacred)\b", re.I)
#: attackers as the subject that opens a sentence ("Gunmen ...", "Unknown assailants ...")
_ATTACKERS_OPEN = re.compile(r"^\W*(?:(?:unknown|armed|masked|unidentified)\s+)?(?:gunmen|assailants|attackers|militants|"
                             r"insurgents)\b", re.I)
#: a clause that is a second predicate of the sentence's subject ("... and killed him", "... and shot dead two")
_AND_PREDICATE = re.compile(r"^[\s,]*(?:and|then|before)\s+(?:then\s+)?(?:killed|shot|wounded|injured|gunned|executed)\b",
                            re.I)


def _own_casualties(r: dict) -> bool:
    """A casualty mention with a figure of its own and its own weapon or attacker (see ``_own_event``)."""
    return r["event_type"] == "casualty" and bool(r["killed"] or r["injured"]) and _own_event(r)


#: a count told as a part of casualties already given ("two guards were among the dead")
_AMONG_TOLD = re.compile(r"\bamong\s+(?:those\s+(?P<k>killed|dead)|the\s+(?P<k2>dead|killed|victims)|"
                         r"those\s+(?P<w>wounded|injured|hurt)|the\s+(?P<w2>wounded|injured))\b", re.I)


def _part_of_told(r: dict, prev: list[dict]) -> None:
    """Drop a count that is only a part of casualties an earlier mention of the paragraph gave (no new victims).

    >>> r = {"evidence": "Six policemen were among those killed.", "killed": 6, "injured": None}
    >>> _part_of_told(r, [{"killed": 20, "injured": 30}]); r["killed"] is None
    True
    """
    m = _AMONG_TOLD.search(str(r["evidence"]))
    if not m or not prev:
        return
    role = "killed" if m.group("k") or m.group("k2") else "injured"
    told = next((p[role] for p in reversed(prev) if _counted(p[role])), None)
    if r[role] is not None and told is not None and int(told) >= int(r[role]):
        r[role] = None


_ALSO = re.compile(r"\b(?:also|too)\b", re.I)


def _other_day(r: dict, p: dict) -> bool:
    """Whether a mention's own sentence gives it a day other than the day of the mention before (another event).

    >>> _other_day({"date_precision": "day", "date_source": "sentence", "date": "2020-01-03"}, {"date": "2020-12-20"})
    True
    """
    return r["date_precision"] == "day" and r["date_source"] == "sentence" and bool(p["date"]) and \
        r["date"] != p["date"]


#: casualties of many attacks told together: "in those attacks", "during these attacks" (not "in the strikes": the one told)
_IN_THOSE_ATTACKS = re.compile(r"\b(?:in|during|from)\s+(?:those|these|such|all\s+(?:the|those|these))\s+(?:[\w-]+\s+)?"
                               r"(?:attacks|incidents)\b", re.I)


def _complete_previous(p: dict, r: dict) -> bool:
    """Give casualties or a perpetrator stated in a sentence of their own to the mention before; True if used.

    A death that a rite or a date marks ("mourners commemorating the killing of X") is no victim of that mention:

    >>> p = {"event_type": "attack", "killed": None}
    >>> _complete_previous(p, {"evidence": "Crowds were commemorating the killing of a saint centuries ago."})
    False
    """
    ev = str(r["evidence"])
    if p["event_type"] not in ("attack", "us_strike", "strike", "interception") or _EARLIER_FIGURE.search(ev) or \
            ("commemorat" in ev or "anniversary" in ev or "mark" in ev) and _MARKED_DEATH.search(ev):
        return False  # "The officer said earlier that four were hurt": a figure since revised, no victims to add
    used = False
    also = _ALSO_HIT.match(str(r["evidence"])) or _ALSO_HIT.search(str(r["evidence"]))
    verb = "" if also is None else also.group("c") or also.group("c2") or also.group("c3") or ""  # "Another N were hurt"
    also_role = "" if also is None else "killed" if re.match(r"kill|dead", verb, re.I) else "injured"
    any_also = bool(_ALSO.search(_own_clause(r)))
    for c in ("killed", "injured"):
        if p["event_type"] == "us_strike" and "us_coalition" in str(r[f"{c}_who"]).split(";"):
            continue  # "56 U.S. service members have suffered wounds" after a US strike: not the strike's victims
        if r[c] is not None and p[c] is None and _part_of_vague(p, c, int(r[c])):
            used = True  # "Six were flown to a hospital" after "dozens were hurt": the event's, no toll of its own
        elif r[c] is not None and p[c] is None:
            p[c], p[f"{c}_who"] = r[c], r[f"{c}_who"]
            marks = [q for q in str(r["qualifiers"]).split(";") if q.startswith(c + "=") and
                     q not in str(p["qualifiers"]).split(";")]  # "initial" (a first account's figure), "at_least" ("one
            if marks:  # of the Americans was wounded": a part of a toll told elsewhere) go with the count
                p["qualifiers"] = ";".join(x for x in (p["qualifiers"], *marks) if x)
            used = True
        elif r[c] and p[c] and (c == also_role or any_also):
            p[c] = int(p[c]) + int(r[c])  # "Also killed is X", "It also killed a shepherd": more victims
            used = True
        elif r[c] and p[c] and int(r[c]) > int(p[c]) and f"{c}=at_least" in str(p["qualifiers"]).split(";") and \
                f"{c}=at_least" not in str(r["qualifiers"]).split(";"):
            p[c] = int(r[c])  # "one of the Americans was seriously wounded", then "seven were injured": the whole toll
            p["qualifiers"] = ";".join(q for q in str(p["qualifiers"]).split(";") if q and q != f"{c}=at_least")
            used = True
        vague = [q for q in str(r["qualifiers"]).split(";") if q.startswith(c + "=")]
        if r[c] is None and p[c] is None and vague and not any(q.startswith(c + "=") for q in p["qualifiers"].split(";")):
            p["qualifiers"] = ";".join(x for x in (p["qualifiers"], vague[0]) if x)  # "Several were wounded": kept
            used = True
    if r["actor_id"] and not p["actor_id"] and p["event_type"] == "attack":
        p.update({k: r[k] for k in ("actor_id", "actor", "actor_attribution", "attribution", "attributed_by")})
        used = True
    if used and r["place_id"] and (not p["place_id"] or p["place_id"] in ancestors(r["place_id"])):
        _take_place(p, r)  # "The killing of three Americans at Tower 22": the site of the attack just told
        p["place_text"], p["place_source"] = r["place_text"], "sentence"
    if used:
        p["evidence_end"] = max(p["evidence_end"], r["evidence_end"])
        p["qualifier"] = "; ".join(x for x in (p["qualifier"], r["qualifier"]) if x)
    return used or r["event_type"] == "responsibility"


def _part_of_vague(p: dict, field: str, n: int) -> bool:
    """Whether a count is smaller than the vague total the mention before gives: a part of it ("dozens of guards were
    hurt ... Six guards who suffered wounds were flown to a hospital"), not the toll.

    >>> _part_of_vague({"qualifiers": "injured=dozens"}, "injured", 8), _part_of_vague({"qualifiers": ""}, "injured", 8)
    (True, False)
    """
    return any(q.startswith(field + "=") and VAGUE_FLOOR.get(q.split("=", 1)[1], 0) > n
               for q in str(p["qualifiers"]).split(";"))


#: a figure the source gave before the one just told ("The officer said earlier that four were hurt")
_EARLIER_FIGURE = re.compile(EARLIER_FIGURE, re.I)
#: a death that a rite or a date marks: "rituals commemorating the killing of X", "marking the anniversary of the death of"
_MARKED_DEATH = re.compile(r"\b(?:commemorat\w*|anniversary\s+of|mark(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?"
                           r"(?:killing|death|assassination|martyrdom|murder)\b", re.I)
#: a sentence that adds victims to the event just told: "Also killed is X", "X was also wounded"
_ALSO_HIT = re.compile(r"^\W*also\s+(?P<c>killed|dead|wounded|injured)\b|\b(?:was|were)\s+also\s+(?P<c2>killed|wounded|"
                       r"injured)\b|^\W*another\s+(?:[\w-]+\s+){1,3}?(?:were|was|had\s+been)\s+"
                       r"(?P<c3>wounded|injured|hurt|killed)\b",
                       re.I)  # "Another 20 bystanders were hurt" after "killing two and wounding three": 23 wounded
_SEPARATE = SEPARATE


def _story_before(r: dict, prev: list[dict]) -> dict | None:
    """The latest earlier mention with a place whose story a placeless incident mention continues, else None.

    Only asked when it is used, and read backwards to the first match: a long paragraph of placed mentions
    costs nothing here (it was a full scan per mention, quadratic in a paragraph's mentions).

    >>> r = {"place_id": "x", "scope": "incident"}; _story_before(r, [{"place_id": "y"}]) is None
    True
    """
    if r["place_id"] or r["scope"] != "incident" or r.get("_days_before") is not None:  # placed, or an earlier event
        return None
    return next((p for p in reversed(prev) if p["place_id"] and _same_story(r, p)), None)


#: a sentence opening on the event just told, bare ("In the attack, one guard was killed")
_IN_THE_EVENT = re.compile(r"^\W*(?:in|during)\s+the\s+(?:attack|strike|assault|raid|bombing|blast|explosion|incident)\s*,",
                           re.I)


def _just_told(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The placed mention of the sentence just before that a placeless one opening on "In the attack," goes on with,
    whatever its family ("... in response to an Iranian drone attack on a base in X. In the attack, one soldier was
    killed"), else None.

    >>> p = {"sent_id": 4, "place_id": "x", "event_type": "strike"}
    >>> r = {"sent_id": 5, "place_id": "", "scope": "incident", "evidence": "In the attack, one guard was killed."}
    >>> _just_told(r, [p])["place_id"], _just_told({**r, "sent_id": 6}, [p]), _just_told({**r, "evidence": "A guard died."}, [p])
    ('x', None, None)
    """
    if r["place_id"] or r["scope"] != "incident" or not prev or not _IN_THE_EVENT.match(str(r["evidence"])):
        return None
    return _placed_before(r, prev, 1)


def _placed_before(r: dict, prev: _Prev | list[dict], back: int) -> dict | None:
    """The last earlier mention when it is told at most ``back`` sentences before ``r``, has a place and is no threat.

    >>> _placed_before({"sent_id": 5}, [{"sent_id": 3, "place_id": "x", "event_type": "attack"}], 1)
    """
    last = prev[-1]
    return last if 0 < r["sent_id"] - last["sent_id"] <= back and last["place_id"] and last["event_type"] != "threat" \
        else None


#: the event told before, named again ("the intensive rocket attacks", "the strike")
_THE_EVENT = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|shelling|"
                        r"bombardment|assault|raids?)\b(?!\s+(?:on|against|in|at|near)\b)|"
                        r"\b(?:of|among)\s+the\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|wounded|injured|victims)\b", re.I)


def _the_event_told(r: dict, prev: _Prev | list[dict]) -> dict | None:
    """The placed mention of the two sentences before that a placeless one naming no actor goes on with when it names
    that event again ("the intensive rocket attacks left 20 injured" after "regime forces fired rockets on X"), of
    either family and of a weapon that fits, else None.

    >>> p = {"sent_id": 4, "place_id": "x", "event_type": "strike", "weapon": "rockets"}
    >>> r = {"sent_id": 5, "place_id": "", "scope": "incident", "actor_id": "", "weapon": "rockets",
    ...      "evidence": "The toll may rise as the rocket attacks left 20 injured."}
    >>> _the_event_told(r, [p])["place_id"], _the_event_told({**r, "weapon": "drones"}, [p])
    ('x', None)
    >>> _the_event_told({**r, "evidence": "Of the three people killed, one was a guard."}, [p])["place_id"]
    'x'
    >>> _the_event_told({**r, "evidence": "Rockets hit a school on Monday."}, [p])
    """
    if r["place_id"] or r["scope"] != "incident" or r.get("actor_id") or not prev or \
            not _THE_EVENT.search(_own_clause(r)):
        return None
    last = _placed_before(r, prev, 2)
    if last is None:
        return None
    w, v = str(r.get("weapon") or ""), str(last.get("weapon") or "")
    return last if not w or not v or vocabulary().family(w) == vocabulary().family(v) else None


#: a definite attack told by its weapon ("in the drone attack", "the rocket strike"): an attack the article told before
_DEFINITE_WEAPON_ATTACK = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|mortar|bomb|suicide|car\s+bomb)\s+"
                                     r"(?:attack|strike|blast|bombing)\b", re.I)


def _same_toll_before(r: dict, prev: list[dict]) -> dict | None:
    """The placed earlier mention whose toll and weapon a placeless "the <weapon> attack" toll repeats ("<N> <people>
    killed in the <weapon> attack" after "a <weapon> attack killed <N> <people> in X"), whatever was told in between.

    >>> p = {"place_id": "x", "killed": 3, "weapon": "drones", "event_type": "attack"}
    >>> q = {"place_id": "y", "killed": None, "weapon": "", "event_type": "attack"}
    >>> r = {"killed": 3, "weapon": "drones", "event_type": "attack", "evidence": "the three guards killed in the drone attack",
    ...      "place_id": "", "scope": "incident"}
    >>> _same_toll_before(r, [p, q])["place_id"], _same_toll_before({**r, "killed": 4}, [p, q])
    ('x', None)
    """
    if r["place_id"] or r["scope"] != "incident" or not r["killed"] or not r["weapon"] or \
            not _DEFINITE_WEAPON_ATTACK.search(str(r["evidence"])):
        return None
    return next((p for p in reversed(prev) if p["place_id"] and p["killed"] == r["killed"] and p["weapon"] == r["weapon"]
                 and _family(p["event_type"]) == _family(r["event_type"])), None)


def _same_story(r: dict, p: dict) -> bool:
    """Whether a mention without a place continues the story of an earlier one (same time, family, country and
    weapon family; not "Separately, ...")."""
    return _same_time(r, p) and _family(r["event_type"]) == _family(p["event_type"]) and \
        not (r["country"] and p["country"] and r["country"] != p["country"]) and \
        weapons_compatible(r["weapon"], p["weapon"]) and not _SEPARATE.match(r["evidence"])


def _same_time(r: dict, p: dict) -> bool:
    """Whether a mention can belong to the same story as an earlier one (no date, or the same date)."""
    own = r["date_text"] or r["date"]
    return not own or own in (p["date_text"], p["date"]) or not (p["date_text"] or p["date"])


def _widened(r: dict, kind: str) -> None:
    """An inherited site or town widened to the province a "same region" names ("ISIS killed 20 soldiers in the same
    region" after an attack on a gas field: the field's province, not the field).

    >>> r = {"place_id": "omar_oilfield", "place_type": "oil field"}; _widened(r, "region"); r["place_id"], r["place"]
    ('deir_ezzor_gov', 'Deir ez-Zor Governorate')
    """
    from .places import ancestors, places_gazetteer

    if kind.lower() not in ("region", "province", "governorate") or r["place_type"] in ("province", "region", "country"):
        return
    gaz = places_gazetteer()
    wide = next((a for a in ancestors(r["place_id"]) if gaz.row(a)["type"] == "province"), None)
    if wide is not None:
        row = gaz.row(wide)
        r.update(place_cols({"place_id": wide, "name": row["name"], "text": "", "type": row["type"], "score": 100.0,
                             "method": "inherited", "town": "", "district": "", "admin1": row["admin1"],
                             "country": row["country"], "latitude": row["latitude"], "longitude": row["longitude"]}),
                 place_source="inherited")


def _take_place(r: dict, p: dict) -> None:
    """Copy the place of an earlier mention (``place_source = inherited``); not to one told in two countries."""
    if not p["place_id"] or r["place_source"] == SEVERAL_COUNTRIES:
        return
    for k in ("place_id", "place", "place_type", "place_score", "place_method", "town", "district", "admin1",
              "country", "latitude", "longitude", "geo_precision"):
        r[k] = p[k]
    r["place_text"], r["place_source"] = "", "inherited"


def _nested(a: str, b: str) -> bool:
    """The same place, or one inside the other (Tower 22 and Jordan).

    >>> _nested("tower_22", "jordan"), _nested("ain_al_asad", "jordan")
    (True, False)
    """
    return bool(a and b) and (a == b or a in ancestors(b) or b in ancestors(a))


def _header_finer(own: str, header: str) -> bool:
    """Whether an entry header's place may stand for a mention's own: the mention names none, or the header's place
    is the same or lies inside it (a header "security developments in Iraq" does not replace "in Diyala province").

    >>> _header_finer("", "iraq"), _header_finer("jordan", "tower_22"), _header_finer("tower_22", "jordan")
    (True, True, False)
    """
    return not own or own == header or own in ancestors(header)


def _relative_to_told(r: dict, done: list[dict], published: str) -> bool:
    """Date a mention timed from the event the article tells: "An hour after the attacks, ..." (that day), "...,
    which came a day after a drone attack on X" (the day before; the anchor is the last dated event told, else the
    publication day). True when dated so."""
    days = r.get("_days_before")
    if days is None and not _HOURS_AFTER.match(r["evidence"]) or days is not None and days < 0:
        return False
    told = next((p for p in reversed(done) if p["date_precision"] == "day" and p["date_source"] != "article window"), None)
    anchor = told["date"] if told is not None else published if re.fullmatch(r"\d{4}-\d\d-\d\d", published or "") else ""
    if not anchor:
        if days:  # "The attack came two days after a similar one killed X", with no day to count back from: not
            r.update(window_date(published), date_rule=EARLIER_THAN_TOLD)  # the day of the one told, by its place
            return True
        return False
    when = date.fromisoformat(anchor) - timedelta(days=days or 0)
    if (days or 0) >= 7:  # "a week after": journalists round (five to nine days), a window around the day counted back
        r.update(date=when.isoformat()[:7], date_precision="vague", earliest=(when - timedelta(days=3)).isoformat(),
                 latest=(when + timedelta(days=3)).isoformat(), date_text="", date_rule=RELATIVE_TO_TOLD,
                 date_source="context")
        return True
    day = when.isoformat()
    r.update(date=day, date_precision="day", earliest=day, latest=day, date_text="", date_rule=RELATIVE_TO_TOLD,
             date_source="context")
    return True





#: a time told back from the day of writing ("two days ago", "last week"): before the story's own day
_PAST_OFFSET = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+ago\b|\blast\s+(?:week|month|year)\b", re.I)


def _mark_earlier(r: dict, published: str) -> None:
    """An event told as earlier than the story ("Following ...", "a response to X") takes no day from the story
    around it, and the merge joins it to an incident only by place, count or date (``EARLIER_THAN_TOLD``)."""
    if r.get("_days_before") != -1 or r["date_source"] == "same place":
        return
    if r["date_source"] == "context":
        r.update(window_date(published))
    r["date_rule"] = EARLIER_THAN_TOLD


#: a sentence that opens on the event just told ("The drone targeted a car ...", "The strike hit ...")
_ANTECEDENT_LEAD = re.compile(r"\W*(?:the|this|that)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:attack|strike|airstrike|drone|uav|raid|"
                              r"bombing|blast|explosion|ambush|assault)s?\b", re.I)


#: the event just told, referred back to by a demonstrative ("There were no casualties in that attack"): its day
_IN_THAT_EVENT = re.compile(r"\b(?:in|during|from|by|after)\s+(?:that|this|the\s+same)\s+(?:[\w-]+\s+)?(?:attack|strike|"
                            r"incident|raid|bombing|assault|blast|explosion)\b", re.I)


def _antecedent(r: dict, prev: list[dict]) -> dict | None:
    """The dated mention of the sentence just before that a sentence opening on "the drone", "the strike" refers back
    to, whatever place each names ("A drone strike in the north killed four on Sunday. The drone hit a car in X.").

    >>> p = {"sent_id": 4, "date": "2023-09-17", "date_source": "sentence", "event_type": "strike"}
    >>> r = {"sent_id": 5, "evidence": "The drone hit a car near the pass.", "event_type": "strike"}
    >>> _antecedent(r, [p])["date"], _antecedent({**r, "evidence": "A drone hit a car."}, [p])
    ('2023-09-17', None)
    >>> _antecedent({**r, "sent_id": 7, "evidence": "Monitors said the strikes also hit a depot in X."}, [p])["date"]
    '2023-09-17'
    """
    if prev and _ALSO_TARGETED.search(str(r["evidence"])):  # "... said the strikes also hit X": the strikes told
        return next((p for p in reversed(prev) if _dated_antecedent(p, r)), None)
    last = prev[-1] if prev else None
    if last is None or last["sent_id"] != r["sent_id"] - 1 or not _ANTECEDENT_LEAD.match(str(r["evidence"])):
        return None
    return last if _dated_antecedent(last, r) else None


#: the strikes just told, given a further target ("the raids also hit a depot", "that the strikes also targeted X")
_ALSO_TARGETED = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes|airstrikes|air\s+strikes|raids|attacks|"
                            r"bombardment|shelling)\s+(?:also|further|additionally)\s+(?:targeted|hit|struck|destroyed)\b", re.I)


def _dated_antecedent(p: dict, r: dict) -> bool:
    """Whether an earlier mention can lend ``r`` its day (``_antecedent``): dated by its own sentence or context, not a
    threat, of the same family."""
    ok = p["date"] and p["date_source"] not in ("article window", "statement") and p["event_type"] != "threat"
    return bool(ok) and _family(p["event_type"]) == _family(r["event_type"])


def _nearby_over_stamp(r: dict, near: dict[int, dict] | None) -> None:
    """A mention dated only by the page's stamp or dateline in its sentence takes the day a sentence next to it gives
    the event ("date 2021-11-08 Gunmen have attacked X village ..." / "the bandits came to the village on Sunday").

    >>> r = {"sent_id": 0, "para_id": 0, "date": "2021-11-08", "date_source": "dateline"}
    >>> _nearby_over_stamp(r, {1: {"date": "2021-11-07", "date_source": "nearby sentence", "_para": 1}}); r["date"]
    '2021-11-07'
    """
    nearby = [d for k in _NEAR for d in [(near or {}).get(r["sent_id"] + k)]
              if d is not None and abs(d["_para"] - r["para_id"]) <= 1]
    if nearby:
        r.update({k: v for k, v in nearby[0].items() if k != "_para"})


def _take_date(r: dict, done: list[dict], prev: list[dict], published: str, dateline: dict | None = None,
               near: dict[int, dict] | None = None) -> None:
    """Date of a mention whose sentence has none: a sentence next to it that refers back to the event with a day
    ("The attack took place on Wednesday"), else same place, else context (not a mere year: "a similar attack
    last year" is background), else the dateline, else the article window."""
    back = prev[-1] if prev and _IN_THAT_EVENT.search(str(r["evidence"])) else None  # "no casualties in that attack"
    if back is not None and back["sent_id"] == r["sent_id"] - 1 and _dated_antecedent(back, r):
        r.update({k: back[k] for k in _DATE_KEYS})
        r["date_source"] = "context"
        return
    _nearby_over_stamp(r, near)
    if r["date"]:
        return
    if _relative_to_told(r, done, published):
        return
    told = _antecedent(r, prev) if _ALSO_TARGETED.search(str(r["evidence"])) else None  # "the strikes also hit X"
    same = None if told is not None else next((p for p in reversed(done) if p["place_id"] and (
                 p["place_type"] not in _AREA_KINDS or p["date_precision"] == "day") and
                 _nested(p["place_id"], r["place_id"]) and p["date"]
                 and p["date_source"] not in ("article window",) and p["event_type"] != "threat"
                 and not (p["scope"] == "aggregate" and p["date_source"] == "sentence")
                 and not (r.get("_days_before") == -1 and p["sent_id"] == r["sent_id"])), None) \
        if r["place_id"] else None  # read back to the latest: no place, no same place; nor a summary's own time span;
    # nor the event of its own sentence that one told as earlier came before ("X was hit on Saturday, days after a
    # similar attack killed three")
    ctx = told if told is not None or same is not None else next((
        p for p in reversed(prev) if p["date"] and p["date_source"] not in ("article window", "statement") and
        p["event_type"] != "threat"  # a day the source spoke on is not the event's
        and p.get("_days_before") != -1  # not the day of an event told as earlier ("since X killed 40 on May 2")
        and _family(p["event_type"]) == _family(r["event_type"]) and p["date_precision"] != "year" and
        (not r["place_id"] or not p["place_id"] or _nested(p["place_id"], r["place_id"]))), None)
    if same is None and ctx is None:
        ctx = _antecedent(r, prev)
    src, how = (same, "same place") if same is not None else (ctx, "context") if ctx is not None else (None, "")
    if src is not None:
        r.update({k: src[k] for k in _DATE_KEYS})
        r["date_source"] = how
    elif dateline is not None:
        r.update({k: v for k, v in dateline.items() if k != "_place"})
    else:
        r.update(window_date(published))


def incident_mentions(sentences: pd.DataFrame, articles: pd.DataFrame, progress: bool | None = None,
                      failures: list[dict] | None = None) -> pd.DataFrame:
    """One row per mention of an incident in the cleaned sentences (columns ``MENTION_COLUMNS``).

    ``sentences``: doc_id, para_id, sent_id, start, end, text (offsets into the article text);
    ``articles``: doc_id, published (ISO or ''), optionally text (the cleaned article, used for dates) and
    file; ``progress``: a progress bar over articles (None: only at a terminal); ``failures``: a list to
    which an article whose extraction raises is appended as a failure row (step ``incidents``) while the
    loop goes on; None re-raises the error with the article's doc_id in its message.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [60],
    ...     "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base, injuring two soldiers."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))
    >>> m[["event_type", "place_id", "n_hit", "injured", "date"]].values.tolist()
    [['attack', 'ain_al_asad', 14, 2, '2021-07-07']]
    """
    from .corpus import each_article

    sentences = require_frame(sentences, "sentences", SENTENCE_INPUT)
    arts = require_frame(articles, "articles", ["doc_id"]).drop_duplicates("doc_id").set_index("doc_id")
    by_doc = _by_doc(sentences)
    pub = arts["published"].astype(str).to_dict() if "published" in arts else {}
    texts = arts["text"].to_dict() if "text" in arts else {}
    files = arts["file"].astype(str).to_dict() if "file" in arts else {}
    titles = arts["title"].to_dict() if "title" in arts else {}

    def one(item: dict) -> list[dict]:
        doc_id = item["doc_id"]
        published = pub.get(doc_id, "")
        published = "" if published in ("nan", "<NA>", "None", "NaT") else published
        text = texts.get(doc_id) if isinstance(texts.get(doc_id), str) else _rebuilt_text(by_doc[doc_id])
        rows = doc_mentions(by_doc[doc_id], text, published or None)
        title = titles.get(doc_id)
        return title_fills(rows, title, published or None) if isinstance(title, str) and title.strip() else rows

    items = [{"doc_id": d, "file": files.get(d, "")} for d in sorted(by_doc)]
    with no_gc():  # many small dicts and no cycles: the collector would only cost time
        rows = [r for found in each_article("incidents", one, items, failures, progress) for r in found]
    return _finish(rows)


#: the figures a headline may give its article's lead incident
_TITLE_FIELDS = ("killed", "injured")
#: how many sentences into the body the lead incident is looked for
_LEAD_SENTENCES = 3


def title_fills(rows: list[dict], title: str, published: str | None) -> list[dict]:
    """The body's mentions, the lead incident completed from the headline: a toll (killed, injured) or a weapon the
    headline gives and the lead does not ("2 fans killed by gunman" over "Two fans were shot"), when the headline tells
    one incident of the lead's family and weapon and no other body mention gives that figure already.

    >>> body = [{"sent_id": 0, "scope": "incident", "event_type": "attack", "weapon": "", "weapons": "",
    ...          "killed": None, "injured": 1, "evidence": "Two fans were shot and a third injured."}]
    >>> title_fills(body, "Two football fans killed by gunman in Brussels", "2023-10-17")[0]["killed"]
    2
    """
    if not rows:
        return rows  # no incident in the body: the headline is not read
    heads = [r for r in doc_mentions([{"doc_id": "", "para_id": 0, "sent_id": 0, "start": 0, "end": len(title),
                                       "text": title}], title, published)
             if r["scope"] == "incident" and r["event_type"] not in ("threat", "claim")]
    if not heads and ((day := _DAY_HEADING.fullmatch(title)) and not _NOT_A_PLACE_WORD.search(title, day.end(1)) or
                      _day_place_heading(title)):
        _heading_day(rows, title, published)  # "October 10, 2015: Ankara" over its entry (not "October 7: One Year On"),
        # "July 11 Sar-i-Pul Province: three civilians killed"
    _heading_place_fills(rows, title)
    if len(heads) != 1:
        return rows
    head = heads[0]
    first = min(int(r["sent_id"]) for r in rows)
    lead = next((r for r in rows if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["scope"] == "incident" and
                 _family(r["event_type"]) == _family(head["event_type"]) and
                 weapons_compatible(r["weapon"], head["weapon"])), None)
    if lead is None:
        return rows
    for f in _TITLE_FIELDS:
        if _counted(head[f]) and not _counted(lead[f]) and not any(r[f] == head[f] for r in rows):
            lead[f] = head[f]
    if head["weapon"] and not lead["weapon"]:
        lead["weapon"], lead["weapons"] = head["weapon"], head["weapons"]
    if (head["date_precision"] == "day" or _YEARLESS_DAY.fullmatch(str(head["date"]))) and head["date_source"] == "sentence" \
            and not dated_by_text(lead):
        lead.update({f: head[f] for f in DATE_FIELDS}, date_source="dateline")  # "March 21: Car bomb kills ..." (on an
        # undated page a day without its year: "July 11 Zabul Province: one police officer killed")
    return rows


#: a headline that is only a day, or a day and a place, as a chronology's entry is headed ("October 10, 2015: Ankara",
#: "July 20, 2015 - Suruc")
_DAY_HEADING = re.compile("((?i:" + _DATE_ONLY.pattern + r"))(?:(?:[A-Z][\w'’.-]*|al|el|de)(?:\s+|$)){0,4}[:\u2013-]?\s*")


#: a headline word after a day that is no place's ("October 7: One Year On", "September 11 Anniversary")
_NOT_A_PLACE_WORD = re.compile(r"\b(?:one|two|three|four|five|ten|years?|months?|days?|on|ago|later|after|since|anniversary|"
                               r"remembered|remembering|memorial|timeline|live|updates?|what|why|how|the|a|an|of|in|"
                               r"attacks?|day)\b", re.I)


#: a headline that is only a place, after a day or before a colon, as a chronology's entry is headed ("Mosul",
#: "July, 20, 2015: Suruc", "Dec. 20 Herat Province: four civilians killed")
_PLACE_HEADING = re.compile(r"(?:(?i:" + _DATE_ONLY.pattern + r"))?(?P<n>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el)){0,3})"
                            r"\s*(?::\s.*)?")


class _EveryCountry:
    """A container that holds every country: to ``scan_places``, a name alone in a heading is that place wherever it is."""

    def __contains__(self, country: object) -> bool:
        return True


_EVERY_COUNTRY = _EveryCountry()


def _heading_place_fills(rows: list[dict], title: str) -> None:
    """Give the place of a headline that is only a place ("Mosul") to the first incidents of the body that name none,
    or only an area that holds it, as a chronology's entry is placed by its heading.

    >>> rows = [{"sent_id": 0, "place_id": "", "place_type": "", "place_source": ""}]
    >>> _heading_place_fills(rows, "Kirkuk"); rows[0]["place"], rows[0]["place_source"]
    ('Kirkuk', 'dateline')
    """
    where = _heading_place(title)
    if where is None:
        return
    first = min(int(r["sent_id"]) for r in rows)
    for r in rows:  # "Mosul" over "Three women ... are killed in a home invasion": the entry's place
        if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["place_type"] in ("", *_AREA_KINDS) and \
                r["place_source"] != SEVERAL_COUNTRIES and _header_finer(r["place_id"], where["place_id"]):
            r.update(place_cols(where), place_source="dateline")


def _day_place_heading(title: str) -> bool:
    """Whether a headline is a day, a place and a summary after a colon, as a chronology's entry is headed (the place
    known to the gazetteer or not).

    >>> _day_place_heading("July 11 Sar-i-Pul Province: three civilians killed"), _day_place_heading("October 7: One Year On")
    (True, False)
    >>> _day_place_heading("March 3: Biden Says"), _day_place_heading("May 5, 2022: Tal Afar")
    (False, True)
    """
    m = _PLACE_HEADING.fullmatch(title.strip())
    return m is not None and _DATE_ONLY.match(title) is not None and not _NOT_A_PLACE_WORD.search(m.group("n")) and \
        (_UNIT_NAME_END.search(m.group("n")) is not None or _heading_place(title) is not None)


#: a unit noun ending a name ("Sar-i-Pul Province", "Borno State"): a place, known to the gazetteer or not
_UNIT_NAME_END = re.compile(r"\b(?:Province|District|Governorate|State|Region|County|Oblast)$")


def _heading_place(title: str) -> dict | None:
    """The place a headline that is only a place names: alone ("Mosul", a place of the region, a capital or a large
    city), or after a day, with a summary after a colon or not ("July 20, 2015: Suruc", "Dec. 20 Herat Province: four
    civilians killed"); a town, district or province the gazetteer knows, no country or region; None otherwise.

    >>> _heading_place("Mosul")["name"], _heading_place("Dec. 20 Herat Province: four civilians killed")["name"]
    ('Mosul', 'Herat')
    >>> _heading_place("Iraq"), _heading_place("Mosul bombing kills four"), _heading_place("Austin: US will respond")
    (None, None, None)
    >>> _heading_place("Reading"), _heading_place("Kabul")["name"]
    (None, 'Kabul')
    """
    m = _PLACE_HEADING.fullmatch(title.strip())
    dated = m is not None and _DATE_ONLY.match(title) is not None
    if m is None or not dated and ":" in title:
        return None  # "Austin: US will respond", "Washington: Three troops killed": a speaker or a wire's dateline
    name = m.group("n")  # read as "in <name>": a heading that is only a place names it, far or near
    whole = [p for p in scan_places("in " + name, named=_EVERY_COUNTRY) if p["start"] == 3 and p["end"] == 3 + len(name)]
    p = whole[0] if whole and whole[0]["type"] not in ("country", "region") and whole[0]["place_id"] else None
    if p is not None and not dated and not _UNIT_NAME_END.search(name) and not well_known_place(p):
        return None  # "Mobile", "Reading": a word before it is a town of Alabama or England
    return p


def _heading_day(rows: list[dict], title: str, published: str | None) -> None:
    """Give the day of a headline that is only a day (and a place) to the first incidents of the body that have no
    date of their own text, as a chronology's entry is dated by its heading.

    >>> rows = [{"sent_id": 0, "scope": "incident", "date": "2015-10", "date_source": "article window"}]
    >>> _heading_day(rows, "October 10, 2015: Ankara", "2015-10-12"); rows[0]["date"], rows[0]["date_source"]
    ('2015-10-10', 'dateline')
    """
    day = best_date(date_records(title, published), title, 0, len(title))
    if not day or day["date_precision"] != "day" and not _YEARLESS_DAY.fullmatch(str(day["date"])):
        return  # (on an undated page, a day without its year: "XXXX-07-11")
    first = min(int(r["sent_id"]) for r in rows)
    for r in rows:
        if int(r["sent_id"]) - first < _LEAD_SENTENCES and r["scope"] == "incident" and not dated_by_text(r):
            r.update(day, date_source="dateline")


def _rebuilt_text(sents: list[dict]) -> str:
    """The article text rebuilt from sentence offsets (when ``articles`` has no text column)."""
    buf = [" "] * max(int(s["end"]) for s in sents)
    for s in sents:
        buf[int(s["start"]):int(s["end"])] = list(str(s["text"]))
    return "".join(buf)


def _by_doc(sentences: pd.DataFrame) -> dict[str, list[dict]]:
    """The sentence rows of each article as dicts, in sentence order (read column by column: cheaper than records).

    >>> s = pd.DataFrame({"doc_id": ["b", "a", "a"], "sent_id": [0, 1, 0], "text": ["x", "z", "y"]})
    >>> {d: [r["text"] for r in rows] for d, rows in _by_doc(s).items()}
    {'a': ['y', 'z'], 'b': ['x']}
    """
    ordered = sentences.sort_values(["doc_id", "sent_id"], kind="stable")
    cols = list(ordered.columns)
    by_doc: dict[str, list[dict]] = {}
    for values in zip(*(ordered[c].tolist() for c in cols)):
        row = dict(zip(cols, values))
        by_doc.setdefault(row["doc_id"], []).append(row)
    return by_doc


#: the typed columns of the mentions table (the others are text)
_INT_NA_COLUMNS = COUNT_FIELDS + ["geo_precision"]
_FLOAT_COLUMNS = ["place_score", "latitude", "longitude"]
_INT_COLUMNS = ["para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end", "evidence_start",
                "evidence_end"]


def _finish(rows: list[dict]) -> pd.DataFrame:
    """The mentions table of the mention rows: sorted, numbered and typed, built column by column.

    >>> row = {**dict.fromkeys(MENTION_COLUMNS, ""), **dict.fromkeys(_INT_COLUMNS, 0), "doc_id": "a"}
    >>> _finish([{**row, **dict.fromkeys(_INT_NA_COLUMNS + _FLOAT_COLUMNS)}])[["mention_id", "killed"]].values.tolist()
    [['a-m000', <NA>]]
    """
    rows = sorted(rows, key=lambda r: (r["doc_id"], r["sent_start"], r["clause_start"]))  # stable, as pandas's sort
    seen: dict[object, int] = {}
    ids = []
    for r in rows:
        k = seen[r["doc_id"]] = seen.get(r["doc_id"], -1) + 1
        ids.append(f"{r['doc_id']}-m{k:03d}")
    data = {c: ids if c == "mention_id" else _typed_column(c, [r[c] for r in rows]) for c in MENTION_COLUMNS}
    return pd.DataFrame(data, columns=MENTION_COLUMNS)


def _typed_column(name: str, values: list) -> pd.Series | pd.api.extensions.ExtensionArray | np.ndarray:
    """One column of the mentions table with its type (counts Int64, coordinates float64, offsets int64, the rest
    text with '' for missing); plain values are typed directly as arrays (a Series per column costs more than the
    column itself on a small table), anything else as ``pd.to_numeric``/``astype`` would.

    >>> _typed_column("killed", [1, None]).tolist(), _typed_column("place", ["x", None]).tolist()
    ([1, <NA>], ['x', ''])
    """
    kinds = {type(v) for v in values}
    if name in _INT_NA_COLUMNS:
        if kinds <= {int, type(None)}:
            return pd.array(values, dtype="Int64")
        return pd.to_numeric(pd.Series(values), errors="coerce").astype("Int64")
    if name in _FLOAT_COLUMNS:
        if kinds <= {float, int, type(None)}:
            return np.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
        return pd.to_numeric(pd.Series(values), errors="coerce").astype("float64")
    if name in _INT_COLUMNS:
        if kinds <= {int}:
            return np.array(values, dtype="int64")
        return pd.to_numeric(pd.Series(values)).astype("int64")
    if kinds <= {str}:  # also the empty column: text, as ``astype(str)`` makes it
        return pd.array(values, dtype="str")
    col = pd.Series(values)
    if col.dtype == object or str(col.dtype) in ("str", "string"):
        col = col.fillna("").astype(str)
    return col


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
