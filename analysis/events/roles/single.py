"""Victims told without a count: one or two named by a noun or a pronoun ("killing the driver", "shot him dead"), the
ones beside a counted group ("a woman with her two children"), attackers killed with their victims, the dead "also
killed", and zero casualties ("nobody was hurt")."""

from __future__ import annotations

import re

from ..gates import opens
from ..clauses import _PEOPLE
from ..counts import DEMONYMS, parse_count
from ..vocabulary import PEOPLE_NOUNS
from .common import (_AUX, _NEITHER_NOR, _NONE_BOTH, _NONE_INJ, _NONE_KILL, _NUM)




_ONE_VICTIM = re.compile(r"\b(?:(?P<k>kill(?:ed|ing)|assassinat(?:ed|ing)|shot\s+dead)|(?P<w>wound(?:ed|ing)|injur(?:ed|ing)))"
                         r"\s+(?:\w+ly\s+)?(?:him|her|the\s+(?:driver|man|woman|owner|cleric|officer|commander|leader|official|head|chief|deputy|"
                         r"mayor|judge|journalist|activist|professor|doctor|engineer|teacher|candidate|guard|policeman|"
                         r"soldier|passenger|bystander|pedestrian|civilian)|the\s+other(?!\s+(?:\w+s|two|three|four|five|six|"
                         r"seven|eight|nine|ten|\d+)\b)|an?\s+(?:\w+\s+)?(?:passenger|bystander|pedestrian|"
                         r"driver|cleric|activist|professor|journalist|shopkeeper|aide|bodyguard|lawyer|schoolgirl|schoolboy))\b", re.I)


#: one victim named by a pronoun after a present verb, headline-style ("Sticky bomb under a judge's car kills him")
_PRESENT_ONE = re.compile(r"\b(?:(?P<k>kills)|(?P<w>wounds|injures))\s+(?:him|her)\b(?!\s*[’']s\b)")
#: one service member told by the unit he served in, as military releases tell a death ("A soldier assigned to the 1st
#: Brigade died on Monday of wounds", "Another soldier attached to the 3rd Engineer Battalion was killed")
_ASSIGNED_ONE = re.compile(r"\b(?:a|an|another|the)\s+(?:[\w-]+\s+)?(?:soldier|marine|sailor|airman|service\s*member|"
                           r"trooper|contractor|paratrooper)\s+(?:assigned|attached|deployed|serving)\s+(?:to|with|in)\s+"
                           r"(?:(?!\b(?:said|says|told|tells|whose|who|that|which|when)\b)[^,;.]){1,60}?\s+"
                           r"(?:(?:was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:(?P<k>killed)|(?P<w>wounded|injured|hurt))|"
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
#: a pair of victims referred to by "them" ("shot them dead", "killed them"), told just before as two single people
_THEM_DEAD = re.compile(r"\b(?:(?:shot|stabbed|beat|hacked)\s+them\s+(?:dead|to\s+death)|gunned\s+them\s+down|"
                        r"killed\s+them)\b", re.I)
_PAIR_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + _ONE_PERSON + r")\s+and\s+(?:his|her|their|a|an|the)\s+"
                          r"(?:[\w-]+\s+)?(?:" + _ONE_PERSON + r"|son|daughter|wife|husband|brother|sister|father|mother|"
                          r"nephew|cousin|friend|driver|bodyguard)\b(?![^.;]{0,120}?\b(?:and|,)\s+(?:a|an|the|his|her)\s)",
                          re.I)
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
                           r"(?:was\s+|were\s+|had\s+(?:[a-z]{3,}ly\s+)?been\s+)?(?:(?P<k2>killed|dead)|(?P<w2>wounded|injured|hurt|"
                           r"(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)))\b", re.I)  # "another suffered wounds"


#: the one wounded victim dying of the wounds ("and she later died", "he later succumbed to his wounds")
_HE_DIED = re.compile(r"\b(?:he|she)\s+(?:(?:later|subsequently|then|also)\s+)?(?:died|succumbed)\b", re.I)
#: one person by a singular noun
_ONE_NOUN = r"(?:owner|companion|colleague|relative|neighbou?r|" \
            r"bodyguard|escort|friend|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|uncle|aunt|sister|" \
            r"youth|general|colonel|brigadier|captain|lieutenant|sheikh|chief|governor|" \
            r"mayor|founder|manager|editor|candidate|mukhtar|deputy|aide|assistant|head(?=\s+of\s)|" + _ONE_PERSON + r")\b"
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
                             + _DET_ONE + r"(?:\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+and\s+(?:his|her|their)\s))?)"
                             r"(?P<b>\s+and\s+(?:" + _DET_ONE + r"|(?:" + _ONE_PERSON + r")\b))?"
                             r"(?![\w\s-]{0,30}?\s+and\s+(?:other|multiple|several|many|numerous|dozens|scores)\b"
                             + _OTHER_ROLE + r")|"
                             r"a\s+(?:second|third|fourth|fifth)\b)", re.I)  # not "a soldier and several contractors"
#: one victim named as the first subject before a counted chain: "The mayor and three of his bodyguards were wounded";
#: or two, by a noun that means a pair of people ("the parents and their three children were killed": 5)
_LEAD_SUBJECT = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|while|when|as|whereas|but)\s+)(?:(?P<two>" + _DET_ONE + r",\s+)?" + _DET_ONE +
                           r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’´.-]+\s+){0,3}?[\w'’´.-]+)?|"
                           r"(?P<pair>(?:(?:the|his|her|their)\s+)?(?:parents|twins)))\s+and\s+(?:his\s+|her\s+|their\s+)?$", re.I)
#: a count added to the victims told before it: "... was wounded along with two civilians"
_ALONG = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)\s+(?:(?:along|together)\s+with|alongside)\s+(?:the\s+|his\s+|her\s+|"
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
        m = t if t is not None and t.start("chain") == chain[0]["start"] and t.end("chain") == chain[-1]["end"] and \
            not (t.group("subj")[0].islower() and t.group("subj") not in ("he", "she") and t.group("aux") == "were") \
            else None  # "the militia, along with two civilians, were killed": a noun the plural verb counts as many
    values = [r["low"] if r["value"] is None and r["qualifier"] == "range" else r["value"] for r in chain]
    if m is None or any(v is None for v in values):
        return False
    role = "killed" if m.group("k") else "injured"
    out[role] = (1 if out[role] is None else out[role]) + int(sum(values))
    used += [(r["start"], r["end"]) for r in chain]
    return True


#: a list of victims told "along with" the one a casualty verb names: "was shot dead along with her driver and bodyguard"
_ALONG_ONE = r"(?:(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"(?![-'’])|" \
             r"(?-i:(?:[A-Z][a-z]{1,4}\.\s+|[A-Z][a-z]+\s+(?=[A-Z])){0,2}[A-Z][a-z'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){1,2}" \
             r"(?![\w'’-]|\s+[A-Z]|\s+(?!(?:in|on|at|and|near|when|after|during|as|while|by|last|this|from|of|who|outside|inside)\b)[a-z])" \
             r"(?:,\s+(?:his|her|their|its|the|a|an)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=,))?))"
# or a person's name ("alongside Iranian Gen. Qassem Soleimani"), with its apposition ("X, his bodyguard,"): one person
_ALONG_LIST = re.compile(r"\b(?:(?P<k>killed|dead)|wounded|injured|hurt)(?P<obj>\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                         + _ONE_NOUN + r")?(?:\s+(?:last|this)\s+(?:year|month|week)|\s+in\s+\d{4})?"
                         r"(?P<along>\s+(?:(?:along|together)\s+with|alongside)\s+)", re.I)  # "killed an aide along with"
_ALONG_ONE_RX = re.compile(_ALONG_ONE, re.I)
_ALONG_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: a plural subject before the verb ("guards were killed along with a driver"): the count of the first victims unknown
_PLURAL_SUBJECT = re.compile(r"\b(?:were|are|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+\s+){0,3}?$", re.I)


def _along_list(text: str, rows: list[dict], out: dict) -> None:
    """Add the victims listed "along with" the first (one, or the count told before the verb) when the list names
    one by a singular noun ("his driver"), which no count reads; counted parts of the list are added too.

    >>> from analysis.events.roles import casualties
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


#: one victim told with others before their verb: "she, along with three cousins, was hurt" (four); a singular noun
#: phrase too ("a commander of an Iran-backed militia, along with two of his guards, was killed"), not a plural or a
#: collective noun ("police, along with two soldiers, were hurt": how many police is not told), nor a common noun
#: before "were" ("the militia, along with two civilians, were killed")
_ALONG_TOLD = re.compile(r"\b(?!(?i:police|personnel|staff|people|crew|troops|forces|family|members|others|men|women|"
                         r"children|militiamen|gunmen|policemen|servicemen|youths|clergy|cattle)\b)"
                         r"(?P<subj>he|she|[A-Z][\w'’-]+|[a-z][\w'’-]*[^\Ws'’]),\s+(?:(?:along|together)\s+with|alongside)\s+"
                         r"(?:the\s+|his\s+|her\s+)?"
                         r"(?P<chain>[^,;.]{1,60}?),?\s+(?:(?P<aux>was|were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?=killed|shot|wounded|"
                         r"injured|hurt)|(?=died|perished))(?:(?P<k>killed|shot\s+dead|died|perished)|wounded|injured|hurt)\b")
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
                          r")(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"  # "and members of the army"
                          r"(?=,?\s+(?:were|have\s+(?:[a-z]{3,}ly\s+)?been|had\s+(?:[a-z]{3,}ly\s+)?been)\b)", re.I)
#: one or two victims between a verb and their state: "shot a man dead", "left the officer and his driver wounded"
_LEFT_VICTIMS = re.compile(r"\b(?:left|leaving|leaves|shot|shooting)\s+(?P<a>" + _DET_ONE + r")(?P<b>\s+and\s+" + _DET_ONE +
                           r")?\s+(?:(?P<k>dead|to\s+death)|(?P<w>wounded|injured|hurt|in\s+a\s+coma))\b", re.I)
#: one victim as the subject of a casualty predicate: "and the local police chief wounded", "A tribal leader's
#: brother was wounded" (a noun phrase that ``count_rows`` does not count)
_ONE_SUBJECT = re.compile(r"(?:^\W*(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*)(?:the|a|an|another|his|her|its|their)\s+"
                          r"(?:(?:[\w'’.-]+\s+){0,3}?|(?:[\w'’.-]+\s+){0,2}?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}\((?-i:[A-Z]){2,8}\)\s+)(?:" + _ONE_PERSON +
                          r"|chief|head|director|governor|sheikh|mayor|brother|son|father|husband)"
                          r"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?!(?:was|were|is|and|had|has)\b)[\w'’-]+\s+){0,4}?"
                          r"(?!(?:was|were|is|and|had|has)\b)[\w'’-]+)?"  # "The mayor of the small town of X"
                          r"(?:,[^,;.]{1,40},)?\s+(?:(?:was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:also\s+)?(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead|lost\s+(?:his|her)\s+life)|"
                          r"(?P<w>wounded|injured|hurt|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition))\b", re.I)
#: two singular victims as one subject: "a council member and a farmer were wounded"
_TWO_ONES = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that)\s+)"
                       r"(?=[^.;]{0,160}?\b(?:killed|shot\s+dead|wounded|injured|hurt)\b)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w().'’-]+\s+){0,4}?(?:" + _ONE_PERSON + r")\s+and\s+" + _DET_ONE +
                       r"\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|(?P<w>wounded|injured|hurt))\b",
                       re.I)
#: three or more singular victims listed as one subject: "a farmer, his wife and a neighbour were wounded", "a woman, man,
#: and child were killed" (each item one person; the count is the number of items)
_DET_OPT = r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’-]+\s+)?"
_ONE_LIST = re.compile(r"(?:^\W*|[,;:–—]\s*|\b(?:and|while|when|as|that|but)\s+)(?:the|a|an|his|her|its|their)\s+"
                       r"(?:[\w'’-]+\s+)?(?:" + _ONE_PERSON + r")(?P<items>(?:\s*,\s*" + _DET_OPT + r"(?:" + _ONE_PERSON +
                       r")\b){1,4}),?\s+and\s+" + _DET_OPT + r"(?:" + _ONE_PERSON + r")\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+"
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
                        r"\s+(?:[^\s,.;]+\s+){1,4}?(?:was|had\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|shot\s+dead)|"
                        r"(?P<w>wounded|injured|hurt))\b", re.I)
#: any singular subject of "was killed/injured" opening a clause is one victim ("MOSUL - A cyclist was badly
#: injured when ..."), unless its noun names a group ("A family was killed")
_ONE_WAS = re.compile(r"(?:^(?:[^:.]{0,30}:\s*)?(?:[A-Z]{3,}+[A-Z ]*+\s*[-–—]\s*)?|\band\s+|;\s*|,\s+)(?:a|an|the|his|her|their|its)\s+"
                      r"(?!(?:[\w'’.-]+\s+){0,3}?(?:no\s+one|nobody|none)\s+was\b)"  # "The Pentagon said no one was hurt": none
                      r"(?:[\w'’.-]+\s+){0,3}?(?!(?:family|group|crowd|convoy|patrol|unit|crew|team|number|couple|"
                      r"household|delegation)\b)[a-z][\w-]*(?:\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?[a-z][\w-]*)?"
                      r"(?:,[^,;.]{1,70},)?\s+was\s+(?:\w+ly\s+)?(?:(?!injured|wounded|hurt)[a-z]+ed\s+and\s+)?(?:(?P<k>killed|shot\s+dead|"
                      r"(?<=fatally\s)(?:shot|stabbed))|"
                      r"(?P<w>wounded|injured|hurt))\b", re.I)
#: a headline-style subject: one person without a determiner opening the text or a list label ("US Marine Killed by
#: IED in X", "Roundup: Teacher gunned down at school gate", "Guard dies of wounds", "US contractor dead after rockets hit")
_BARE_ONE = re.compile(r"(?:^(?:[^:.]{0,30}:)?\W*|,\s+(?=(?:[A-Z][\w.]*\s+){1,2}\w+\s+was\s))"
                       r"(?:(?!(?:no|not|nor|neither|never)\b)[A-Z][\w.]*\s+){0,2}?(?:"  # not "No Iraqi soldier was wounded"
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
    if out["killed"] is None and "them" in text and (m := _THEM_DEAD.search(text)) and \
            _PAIR_BEFORE.search(text, max(0, m.start() - 120), m.start()):
        out["killed"] = 2  # "dragged a man and his son outside the house and shot them dead": the pair told before
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
    if ", " in text and " and " in text:
        _victim_list(text, out)
    was = " was " in text
    for m in list(_ONE_SUBJECT.finditer(text)) + list(_BARE_ONE.finditer(text)) + \
            (list(_ONE_WAS.finditer(text)) + list(_NAMED_ONE.finditer(text)) if was else []):
        role = "killed" if m.group("k") else "injured"
        if out[role] is None:
            out[role] = 1


#: the objects of a killing or a wounding listed with commas and a final "and", each one person or a counted group
#: ("killed him, his wife and two children", "killed commander X, three of his men, and three civilians")
_LIST_VERB = re.compile(r"\b(?:(?P<k>killed|killing)|wounded|wounding|injured|injuring)\s+(?=\S)", re.I)
_LIST_PRONOUN = re.compile(r"(?:him|her)\b")
_LIST_NAME = re.compile(r"(?:(?!(?:in|at|on|near|by|from|during|with|of|the|and|to|into|across|outside|inside|around|"
                        r"between|along|over|under|through|throughout|since|for|while|when|as|after|before|touring|"
                        r"visiting|alias|aka|known|nicknamed|called|dubbed|also|named)\b)[a-z]+\s+){0,3}?"
                        r"(?:[A-Z][\w'’-]+\s+)?(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’-]+"
                        r"(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){1,2}\b")
_LIST_PERSON = re.compile(r"(?:(?P<poss>his|her|their)\s+|(?:the|a|an|another)\s+)(?:[\w'’-]+\s+)?(?:" + _ONE_PERSON + r")\b",
                          re.I)
_LIST_BARE = re.compile(r"(?:" + _ONE_PERSON + r")\b", re.I)
_LIST_COUNT = re.compile(r"(?:(?:his|her|their|its)\s+)?(?P<n>" + _NUM + r")\s+(?:of\s+(?:his|her|their|its|the)\s+)?"
                         r"(?:[\w'’-]+\s+)??(?:" + _PEOPLE + r")\b", re.I)
_GENERIC_HEAD = re.compile(r"\b(?:people|persons|individuals|others)$", re.I)
_LIST_SEP = re.compile(r"\s*,\s*(?P<and>and\s+)?|\s+(?P<and2>and)\s+")
_LIST_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|at|on|near|when|while|as|after|during|before|inside|outside|from|with|"
                       r"by)\b")


def _list_item(text: str, pos: int, first: bool, kin: bool, named: bool) -> tuple[int, int, str] | None:
    """(people, end, kind) of one listed victim at ``pos``: a pronoun, one person ("poss" after his/her/their), a
    counted group ("count"), a bare kin noun after a possessive item, or a name with its role (first, or after a name); None when
    none is there. A role with "a" or "the" right after a name, closed by a comma, is the name's apposition: no one
    more.

    >>> _list_item("three of his men and", 0, False, False, False), _list_item("son, and", 0, False, True, False)
    ((3, 16, 'count'), (1, 3, 'poss'))
    >>> _list_item("a local commander, and", 0, False, False, True)
    (0, 17, '')
    """
    if first and (m := _LIST_PRONOUN.match(text, pos)):
        return 1, m.end(), ""
    if m := _LIST_COUNT.match(text, pos):
        n = parse_count(m.group("n"))[0]
        if first and _GENERIC_HEAD.search(m.group()):
            return None  # "killed 30 people, 12 soldiers and 18 civilians": a breakdown of the people, not more
        return (int(n), m.end(), "count") if n is not None and n >= 2 else None
    if m := _LIST_PERSON.match(text, pos):
        appos = named and not m.group("poss") and text.startswith(",", m.end())
        return (0 if appos else 1), m.end(), "poss" if m.group("poss") else ""
    if kin and (m := _LIST_BARE.match(text, pos)):
        return 1, m.end(), "poss"
    if (first or named) and (m := _LIST_NAME.match(text, pos)):
        return 1, m.end(), "name"
    return None


def _victim_list(text: str, out: dict) -> None:
    """Raise a role's count to the sum of a listed set of victims after its verb (three items or more, the last after
    "and", the list closing the clause or before its place; two only with a counted group, as "X and his three
    children": two names or roles are the pair rules' and the named victims').

    >>> o = {"killed": 1, "injured": None}; _victim_list("gunmen killed him, his wife, son, sister, and cousin.", o); o
    {'killed': 5, 'injured': None}
    >>> o = {"killed": None, "injured": None}; _victim_list("it killed Ali Khan, three of his men and two civilians in a bazaar", o); o
    {'killed': 6, 'injured': None}
    >>> o = {"killed": 3, "injured": None}; _victim_list("killed three soldiers and wounded five", o); o
    {'killed': 3, 'injured': None}
    >>> o = {"killed": 2, "injured": None}; _victim_list("killed two men, his brother and a cousin", o); o  # a breakdown
    {'killed': 2, 'injured': None}
    """
    for v in _LIST_VERB.finditer(text):
        pos, total, items, kin, closed, named, lead, counted = v.end(), 0, 0, False, False, False, None, False
        while True:
            item = _list_item(text, pos, items == 0, kin, named)
            if item is None:
                break
            lead = item[0] if items == 0 and item[2] == "count" else lead  # a counted first group
            counted = counted or item[2] == "count"
            total, items, pos = total + item[0], items + 1, item[1]
            kin, named = kin or item[2] == "poss", item[2] == "name"
            if closed:
                break
            sep = _LIST_SEP.match(text, pos)
            if sep is None:
                break
            closed, pos = bool(sep.group("and") or sep.group("and2")), sep.end()
        role = "killed" if v.group("k") else "injured"
        if lead is not None and total - lead == lead:
            continue  # "killed two men, his brother and a cousin": the men named one by one
        if closed and (items >= 3 or items == 2 and counted) and _LIST_END.match(text, pos) and \
                (out[role] is None or out[role] < total):
            out[role] = total


#: between a counted subject's predicate and "another was killed": a second clause of the same role
_THEN_ANOTHER = re.compile(r"\s+(?:(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+)?(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b"
                           r"[^;.]{0,60}?(?:,\s*|\s+)(?:while|whereas|and)\s+$", re.I)


def _one_more(text: str, m: re.Match, chained: tuple[int, int] | None) -> bool:
    """Whether "another was killed" (``_MORE_VICTIMS``, subject form) is one more victim after a counted subject of
    the same role ("Two guards were killed in X while another was killed in Y": 3).

    >>> from analysis.events.roles import casualties
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
                        r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+also\s+(?:killed|dead)\b|"
                        r"\b(?P<b2>" + _NUM + r")\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+killed\s*,?\s+"
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
_ONE_WITH_SUBJECT = re.compile(_ONE_WITH + r"\s+(?:were|had\s+(?:[a-z]{3,}ly\s+)?been|have\s+(?:[a-z]{3,}ly\s+)?been)\s+(?:\w+ly\s+)?(?:(?P<k>killed|dead)|"
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
                              r"(?:soldiers|troops|personnel|sailors|members|people|civilians))\s+(?:was|were|had\s+(?:[a-z]{3,}ly\s+)?been)\s+"
                              r"(?:hurt|injured|wounded|harmed))\b[^.;]{0,60}?,?\s+but\s+(?:\w+\s+){0,8}?(?:revealed|found|showed|"
                              r"turned\s+up|identified|confirmed|diagnosed|reported|discovered)\b[^.;]{0,60}?\b(?:injur|wound|"
                              r"concussion|burns|casualt|hurt|dead|killed|deaths?\b)", re.I)


#: reports of casualties dismissed by the side that was struck ("dismissing reports of casualties as false"): none, when
#: the sentence counts no one ("two were killed, though the army denied reports of casualties" keeps its two)
_DENIED_CASUALTIES = re.compile(r"\b(?:dismiss|den(?:y|ied|ies|ying)|reject|refut)\w*\s+(?:the\s+|any\s+)?(?:reports?|claims?)"
                                r"\s+of\s+(?:any\s+)?casualties\b(?![^.;]{0,30}\bamong\b)(?![^.;]{0,80}?\bbut\b)", re.I)


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
    both = bool(_NONE_BOTH.search(text) or _NONE_HURT.search(text)) or \
        out["killed"] is None and out["injured"] is None and bool(_DENIED_CASUALTIES.search(text))
    if out["killed"] is None and (both or _NONE_KILL.search(text)):
        out["killed"] = 0
    if out["injured"] is None and (both or _NONE_INJ.search(text)):
        out["injured"] = 0


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
