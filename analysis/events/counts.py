"""Counts in news text: number words and digits, qualifiers ("at least", "about") and what is counted.

``parse_number`` turns one number phrase into an int; ``count_phrases`` finds every count in a text
with the noun it counts ("14 rockets", "two dozen rockets", "Fourteen of the projectiles").
Years, dates, times, ordinals and codes ("AC-130", "12.30pm", "the 2015 agreement") are not counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

import pandas as pd

from .vocabulary import PEOPLE_NOUNS, Folded

__all__ = ["WORD_NUMBERS", "parse_number", "parse_count", "count_phrases", "count_rows", "COUNT_COLUMNS"]

#: Cardinal number words (units, teens, tens) to their values.
WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_GROUPS: dict[str, int] = {"dozen": 12, "score": 20, "couple": 2, "pair": 2, "half-dozen": 6}
#: Vague plurals: no exact value, but a lower bound.
_VAGUE: dict[str, tuple[int | None, int | None]] = {
    "dozens": (24, None), "scores": (40, None), "hundreds": (200, None), "thousands": (2000, None),
    "millions": (2_000_000, None), "tens": (20, None), "several": (3, None), "a few": (2, None),
    "few": (2, None), "a handful": (2, None), "a number": (2, None), "numerous": (3, None),
    "multiple": (2, None), "many": (3, None), "some": (2, None),
}
#: Qualifier phrases (lower case) -> qualifier label.
_QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "not fewer than": "at_least", "not more than": "at_most",
    "a minimum of": "at_least", "more than": "more_than", "over": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "about": "about", "around": "about",
    "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "nearly": "about", "almost": "about",
    "up to": "at_most", "as many as": "at_most", "at most": "at_most", "no more than": "at_most",
    "fewer than": "less_than", "less than": "less_than", "a total of": "exact", "exactly": "exact",
    "only": "exact", "just": "exact",
}
#: nationals counted by their demonym ("two Americans and one Brit", "a Canadian")
DEMONYMS: frozenset[str] = frozenset(
    """american americans iraqi iraqis syrian syrians kurd kurds briton britons brit brits canadian canadians
    australian australians turk turks jordanian jordanians israeli israelis iranian iranians lebanese palestinian
    palestinians afghan afghans pakistani pakistanis saudi saudis egyptian egyptians yemeni yemenis indian indians
    filipino filipinos nepali nepalis frenchman dane danes national nationals""".split())
#: Nouns after "a"/"an"/"no" that make them a count (incident vocabulary).
COUNT_NOUNS: frozenset[str] = frozenset(
    """rocket rockets missile missiles drone drones mortar mortars shell shells projectile projectiles
    bomb bombs ied ieds device devices attack attacks strike strikes airstrike airstrikes soldier soldiers
    troop troops person people civilian civilians fighter fighters member members militant militants
    casualty casualties injury injuries death deaths fatality fatalities victim victims servicemen
    serviceman contractor contractors american americans iraqi iraqis personnel official officials briton britons
    syrian syrians kurd kurds person man men
    vehicle vehicles truck trucks building buildings base bases site sites gunship rounds round national nationals
    officer policeman child woman man boy girl resident shepherd farmer worker commander guard citizen journalist
    employee servicemember marine leader""".split()
) | DEMONYMS | PEOPLE_NOUNS
_SINGLE_NOUNS = frozenset(
    "rocket missile drone mortar shell projectile bomb ied device attack strike airstrike soldier "
    "civilian fighter militant contractor serviceman truck vehicle gunship national member officer policeman "
    "child woman man boy girl resident shepherd farmer worker american iraqi commander guard citizen journalist "
    "employee person servicemember marine leader brit briton canadian australian turk jordanian israeli iranian "
    "lebanese palestinian afghan pakistani saudi egyptian yemeni indian filipino nepali frenchman dane".split()
) | {w for w in PEOPLE_NOUNS if not w.endswith("s") and w not in {"people", "police", "staff", "crew", "family", "other",
                                                                  "personnel", "peshmerga", "men", "women", "children"}}
#: modifiers between "a" and a person noun that keep it one ("an 18-year-old civilian", "a third policeman")
_ONE_MOD = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old|second|third|fourth|fifth|sixth|another", re.I)
_CASUALTY_NOUNS = frozenset("casualties injuries deaths fatalities victims injured dead".split())

_UNIT_RE = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_WORD_NUM = rf"(?:{_UNIT_RE})(?:[-\s](?:{_UNIT_RE}))?(?:[\s-](?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:{_UNIT_RE})(?:[-\s](?:{_UNIT_RE}))?)?)?"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_NUM = (
    rf"(?:(?:half\s+a\s+dozen|a\s+half[-\s]dozen|a\s+(?:dozen|couple(?:\s+of)?|pair\s+of|score\s+of|hundred|thousand)"
    rf"|(?:{_DIGITS}|{_WORD_NUM})(?:(?:\s+|-)(?:dozen|score|hundred|thousand|million|billion))?"
    rf"|dozens|scores|hundreds|thousands|several|a\s+few|a\s+handful|a\s+number|numerous|multiple))"
)
#: diseases whose names read like a model's code ("COVID-19 deaths"), as written
_DISEASES = ("covid", "COVID", "Covid", "sars", "SARS", "mers", "MERS")


def _model_code(folded: bool = False) -> str:
    """A model's code: letters, then digits (with a hyphen, or two letters, or two digits: "MQ-9", "BM-21", "M79",
    "Kh101"), not a disease ("COVID-19") nor a one-letter road or summit ("A1", "G7"); as written or (``folded``) for
    the lower-cased text.

    >>> re.fullmatch(_model_code(), "MQ-9") is not None, re.fullmatch(_model_code(True), "covid-19")
    (True, None)
    """
    letter = "[a-z]" if folded else "[A-Za-z]"
    names = "|".join(d for d in _DISEASES if not folded or d.islower())
    return (rf"(?!(?:{names})\b)(?:{letter}{{1,6}}-\d{{1,4}}|{letter}{{2,6}}\d{{1,4}}|{letter}\d{{2,4}})"
            rf"{letter}?s?(?![\w-])")


_MODEL_CODE = _model_code()
_QUAL_RE = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_NOUN_WORD = r"(?:(?:[A-Z]\.){2,}|\d+mm|" + _MODEL_CODE + r"|[A-Za-z][A-Za-z'’\-]*)"  # a model's code is a word of the
# phrase ("three M79 grenades", "two MQ-9 drones", "18 Shahed-136 drones")


def _count_pattern(noun_word: str, letter: str) -> str:
    """The count-phrase expression with the given noun-word and letter classes (as written, or in lower case)."""
    return (rf"(?<![\w.,/$£€-])(?<!\d:)(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_NUM})(?![\w])(?!,\d)(?!-{letter})"
            rf"(?:\s*(?:-|to|or|and)\s*(?P<num2>{_DIGITS}|{_WORD_NUM})(?![\w-]))?(?:\s+(?:of|or\s+so)\b)?"
            rf"(?=(?P<np>(?:\s+(?:the|their|its|his|her|these|those|them)\b)?(?:\s+{noun_word}){{0,5}}))")


_COUNT_RE = re.compile(_count_pattern(_NOUN_WORD, "[A-Za-z]"), re.IGNORECASE)
#: the joiner of two numbers that makes them two counts unless "between" opens them ("56 and 194 people"; "between 10
#: and 20 rockets" is a range)
_AND_JOINED = re.compile(r"\s*and\s*", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.I)
#: the same, matched on the lower-cased text (``Folded``: about three times faster; the plain one is the reference)
_COUNT_FOLDED = Folded(_count_pattern(r"(?:(?:[a-z]\.){2,}|\d+mm|" + _model_code(True) + r"|[a-z][a-z'’\-]*)", "[a-z]"))
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_UNITS = frozenset("am pm a.m p.m gmt utc hours hrs percent per cent %".split())
_STOP_NP = frozenset(
    """and or but in on at to from by for with that which who was were is are had has have been
    be will would could said says told as when while after before since than into near against
    across over under during of than per its their his her this these those the a an outside inside along beside
    behind between through toward towards within around amid fired launched dropped released
    also later reportedly allegedly subsequently then""".split()  # a verb ends the phrase: "two F-16 jets fired
    # missiles" counts jets, not missiles; so does an adverb before it ("a soldier also sustained injuries")
)
_ADJ_SKIP = frozenset(
    """more other further additional nearby separate different small large big heavy light new
    us u.s. american iraqi iranian syrian kurdish armed explosive-laden explosive suicide attack
    grad katyusha short-range ballistic cruise guided unguided lethal non-lethal rocket drone mortar
    military civilian coalition foreign international local allied such similar previous recent
    unmanned improvised armed-drone major minor deadly fatal british turkish israeli jordanian lebanese
    palestinian saudi french canadian australian senior young elderly female male security police army off-duty
    on-duty retired former""".split()
)

COUNT_COLUMNS: list[str] = ["start", "end", "text", "value", "low", "high", "qualifier", "noun", "noun_phrase"]


def _parse_word_number(words: str) -> int | None:
    """Value of a spelled-out cardinal ("twenty-four", "two hundred and five")."""
    total, current, seen = 0, 0, False
    for tok in re.split(r"[\s-]+", words.lower().replace(" and ", " ")):
        if not tok:
            continue
        if tok in WORD_NUMBERS:
            current += WORD_NUMBERS[tok]
        elif tok in _SCALES:
            scale = _SCALES[tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


#: expressions of the count readers, compiled once (inline ``re.fullmatch(r"...")`` looked each up per call)
_INITIALS = re.compile(r"\b([A-Z])\.([A-Z])\.")
_NOUN_WORD_RX = re.compile(_NOUN_WORD)
_TRAILING_OF = re.compile(r"\s+(?:of|or so)$")
_RANGE = re.compile(r"(.+?)\s*(?:-|\bto\b|\bor\b)\s*(.+)")
_HYPHENED = re.compile(r"[a-z]+-[a-z]+")
_HALF_DOZEN = re.compile(r"(?:a |one )?half[ -]?a? ?dozen")
_COUPLE = re.compile(r"a (?:couple|pair)(?: of)?")
_DOZEN_SCORE = re.compile(r"a dozen|a score(?: of)?")
_A_HUNDRED = re.compile(r"an? (?:hundred|thousand)")
_NUMBER_WORDS = re.compile(rf"(?P<n>{_DIGITS}|[a-z\- ]+?)(?: (?P<mult>dozen|score|hundred|thousand|million|billion))?")
_DIGITS_RX = re.compile(_DIGITS)
_YEAR = re.compile(r"(1[6-9]|20)\d\d")
_DATE_PART_BEFORE = re.compile(r"\d\s*/?\s*$|\.$|\d\s*:\s*$")
_DATE_PART_AFTER = re.compile(r"\s*[/:]\s*\d|\.\d|\s*(?:[ap]\.?m\b)", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")\.?\s*$", re.I)
#: the day or year a list entry opens with, then its colon ("April 2: 65 people ...", "2009: 40 dead"): no clock time
_ENTRY_DAY_BEFORE = re.compile(r"(?:\b(?:" + "|".join(_MONTHS) + r")\.?\s+\d{1,2}|\b(?:19|20)\d\d):\s+$", re.I)


#: Largest number read as a count: beyond it a "count" is an amount or garbage ("1e308 rockets", forty digits),
#: and it would not fit the Int64 count columns.
MAX_COUNT = 10**12


def parse_count(text: str) -> tuple[int | None, int | None, int | None, str]:
    """Parse a count phrase into (value, low, high, qualifier); value None for vague counts.

    Words after the number are ignored ("two dozen rockets" is 24); "a"/"an" count as 1 only
    before an incident noun ("a drone", not "a lot").

    >>> parse_count("at least 14")
    (14, 14, None, 'at_least')
    >>> parse_count("dozens")
    (None, 24, None, 'approx')
    >>> parse_count("around two-dozen")[0]
    24
    >>> parse_count("9" * 40), parse_count("a million billion billion")[0]
    ((None, None, None, 'exact'), None)
    """
    return _parse_count(text) if isinstance(text, str) else _parse_count(str(text))


_SPACES = re.compile(r"\s+")
_MULT_HYPHEN = re.compile(r"(?<=[a-z0-9])-(?=(?:dozen|score|hundred|thousand|million|billion)\b)")  # "two-dozen" is "two dozen"


@lru_cache(maxsize=8192)
def _parse_count(text: str) -> tuple[int | None, int | None, int | None, str]:
    """``parse_count`` of a string (cached: a few count phrases recur everywhere)."""
    words = _MULT_HYPHEN.sub(" ", _SPACES.sub(" ", text.strip().lower()).rstrip(".")).split(" ")
    result: tuple[int | None, int | None, int | None, str] = (None, None, None, "exact")
    for n in range(len(words), 0, -1):
        head, rest = words[:n], words[n:]
        if rest and head[-1] in {"a", "an"} and (n > 1 or rest[0].strip("'’,.") not in _SINGLE_NOUNS):
            continue
        parsed = _parse_count_phrase(" ".join(head))
        if parsed[0] is not None or parsed[1] is not None:
            return parsed
        if n == len(words) or len(head) == 1:
            result = parsed
    return result


_QUALIFIERS_LONGEST = sorted(_QUALIFIERS, key=len, reverse=True)  # "no more than" before "more than"


def _parse_count_phrase(s: str) -> tuple[int | None, int | None, int | None, str]:
    """parse_count for a phrase that is only a (qualified) number."""
    qualifier = "exact"
    for q in _QUALIFIERS_LONGEST:
        if s.startswith(q + " "):
            rest = s[len(q) + 1 :]
            if q == "some" and not re.match(r"[\d]|" + _UNIT_RE, rest):
                break  # "some drones" is vague, handled below
            qualifier, s = _QUALIFIERS[q], rest
            break
    s = _TRAILING_OF.sub("", s)
    rng = _RANGE.fullmatch(s)
    if rng and not _HYPHENED.fullmatch(s):  # "twenty-four" is one number, not a range
        lo_v, hi_v = parse_number(rng.group(1)), parse_number(rng.group(2))
        if lo_v is not None and hi_v is not None and hi_v > lo_v:
            return None, lo_v, hi_v, "range"
    if s in _VAGUE:
        low, high = _VAGUE[s]
        return None, low, high, "approx"
    m = _HALF_DOZEN.fullmatch(s)
    if m:
        value: int | None = 6
    elif s in {"a", "an", "a single", "single"}:
        value = 1
    elif s in {"no", "none", "zero"}:
        value = 0
    elif _COUPLE.fullmatch(s):
        value = 2
    elif _DOZEN_SCORE.fullmatch(s):
        value = 12 if "dozen" in s else 20
    elif _A_HUNDRED.fullmatch(s):  # "wounded about a hundred"
        value = 100 if s.endswith("hundred") else 1000
    else:
        m = _NUMBER_WORDS.fullmatch(s)
        if not m:
            return None, None, None, qualifier
        n_txt = m.group("n")
        if _DIGITS_RX.fullmatch(n_txt):
            num = float(n_txt.replace(",", ""))
        else:
            parsed = _parse_word_number(n_txt)
            if parsed is None or parsed > MAX_COUNT:
                return None, None, None, qualifier
            num = float(parsed)
        mult = m.group("mult")
        num *= (_GROUPS.get(mult or "", 0) or _SCALES.get(mult or "", 1))
        if not num <= MAX_COUNT or num != int(num):  # a garbled or astronomical number (even inf) is no count
            return None, None, None, qualifier
        value = int(num)
    low = value if qualifier in {"exact", "at_least"} else (value + 1 if qualifier == "more_than" else None)
    high = value if qualifier in {"exact", "at_most"} else (value - 1 if qualifier == "less_than" else None)
    return value, low, high, qualifier


def parse_number(text: str) -> int | None:
    """Parse a count in words or digits to an int (None when vague or not a number).

    >>> [parse_number(s) for s in ["two dozen", "Fourteen", "at least 14", "about 50", "dozens", "an"]]
    [24, 14, 14, 50, None, 1]
    """
    return parse_count(text)[0]


def _noun_of(np_text: str) -> tuple[str, str]:
    """Head noun and noun phrase after a number: skip determiners/modifiers, stop at function words.

    >>> _noun_of("IS militants were killed"), _noun_of("ISIS fighters")
    (('militants', 'IS militants'), ('fighters', 'ISIS fighters'))
    """
    kept: list[str] = []
    np_text = _INITIALS.sub(r"\1\2", np_text)  # "U.S." is one word
    toks = _NOUN_WORD_RX.findall(np_text)[:5]
    for i, tok in enumerate(toks):
        low = tok.lower().strip("'’")
        if low in {"the", "their", "its", "his", "her", "these", "those", "them"} and not kept:
            continue
        if _FORCE_INITIALS.fullmatch(tok) and low not in COUNT_NOUNS and \
                any(t.lower() in PEOPLE_NOUNS and not t.isupper() for t in toks[i + 1:i + 3]):
            kept.append(tok)  # "eleven IS militants", "two ISIS fighters": a group's initials, a modifier
            continue
        if low in {"and", "or"} and kept and all(k.lower() in _ADJ_SKIP for k in kept) and \
                not (i + 1 < len(toks) and parse_number(toks[i + 1]) is not None):  # not "two American and one Brit"
            kept.append(tok)  # "rocket and drone attacks"
            continue
        if low in _STOP_NP or low in _MONTHS:
            break
        kept.append(tok)
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if low in COUNT_NOUNS and not low.endswith("s") and nxt.endswith(("s", "men")) and nxt in COUNT_NOUNS:
            continue  # "five family members", "two police officers": the later noun is the head
        if (low in _UNIT_WORDS or not low.endswith("s")) and _people_follow(toks, i):
            continue  # "three special forces soldiers", "four Afghan army soldiers": the people noun is the head
        if low not in _ADJ_SKIP and (low.endswith("s") or low in COUNT_NOUNS):
            return low, " ".join(kept)
    for i in range(len(kept) - 1, -1, -1):  # "one drone (reportedly) fell": a modifier word that is the head here
        if kept[i].lower() in COUNT_NOUNS:
            return kept[i].lower(), " ".join(kept[:i + 1])
    return "", ""


#: words naming a force or service that modify a following people noun ("army soldiers", "security forces members")
_UNIT_WORDS = frozenset("""army police security forces force special militia border military national guard guards
    government regime paramilitary coalition federal elite corps gendarmerie navy naval""".split())


#: a force's initials before its people noun ("SDF fighters", "PKK members")
_FORCE_INITIALS = re.compile(r"[A-Z]{2,6}")


def _people_follow(toks: list[str], i: int) -> bool:
    """True when the words after ``toks[i]`` are force or service words ending on a plural people noun.

    >>> _people_follow(["Afghan", "army", "soldiers"], 0), _people_follow(["forces", "soldiers"], 0)
    (True, True)
    >>> _people_follow(["special", "forces", "said"], 0)
    False
    >>> _people_follow(["women", "YPJ", "fighters"], 0)  # a force's initials: "three women YPJ fighters"
    True
    >>> _people_follow(["Armed", "Forces", "personnel"], 1)
    True
    """
    j = i + 1
    while j < len(toks) and (toks[j].lower() in _UNIT_WORDS or _FORCE_INITIALS.fullmatch(toks[j])):
        j += 1
    nxt = toks[j].lower() if j < len(toks) else ""
    return (nxt.endswith(("s", "men")) or nxt in ("personnel", "staff", "crew")) and nxt in PEOPLE_NOUNS and \
        (j > i + 1 or toks[i].lower() in _UNIT_WORDS)  # "two Armed Forces personnel": a plural without its "s"


_CODE_BEFORE = re.compile(r"[A-Za-z]-$")
#: a model's name before its number ("an Israeli Hermes 900 drone", "Shahed 136 drones"): a designation, not a count (the
#: names of drones, missiles and aircraft that are written with a bare number; a hyphenated one is ``_CODE_BEFORE``'s)
_MODEL_BEFORE = re.compile(r"\b(?:Hermes|Heron|Shahed|Geran|Samad|Mohajer|Qasef|Quds|Fateh|Zolfaghar|Toufan|Burkan|Qaher|"
                           r"Badr|Orlan|Lancet|Harop|Boeing|Airbus|Antonov|Ilyushin|Tupolev|Sukhoi|Mirage|Patriot)\s$")
_MODEL_NOUNS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "aircraft", "jet", "jets",
                          "helicopter", "helicopters", "plane", "planes", "uav", "uavs", "system", "systems", "tank", "tanks"})


def _is_not_count(text: str, start: int, end: int, num_txt: str, noun: str) -> bool:
    """True for numbers that are years, dates, times, codes or ordinals rather than counts.

    >>> t = "April 2: 65 people died at 10:30"; _is_not_count(t, 9, 11, "65", "people"), _is_not_count(t, 30, 32, "30", "")
    (False, True)
    >>> t = "shot down an Israeli Hermes 900 drone"; _is_not_count(t, 28, 31, "900", "drone")
    True
    """
    before = text[max(0, start - 12) : start]
    after = text[end : end + 8]
    digits = num_txt.replace(",", "")
    if _YEAR.fullmatch(digits) and noun.lower() not in COUNT_NOUNS - {"attack", "strike"}:
        return True  # a year ("in 2018", "the 2015 agreement")
    if _DATE_PART_BEFORE.search(before) and not (num_txt[:1].isalpha() and before[-1:].isspace()) \
            and not _ENTRY_DAY_BEFORE.search(text, max(0, start - 24), start) or _DATE_PART_AFTER.match(after):
        return True  # part of a date, a time or a decimal (not a number in words after a space: "on 2024-01-29 three men")
    if noun in _MONTHS or _MONTH_BEFORE.search(before):
        return True  # "June 28", "28 June"
    if noun in _TIME_UNITS or noun in {"percent", "km", "miles", "kilometres", "kilometers", "metres", "meters"}:
        return True  # durations/percentages/distances are not counts of things
    if _CODE_BEFORE.search(before):
        return True  # codes such as AC-130, F-16
    if num_txt[:1].isdigit() and noun.lower() in _MODEL_NOUNS and _MODEL_BEFORE.search(text, max(0, start - 20), start):
        return True  # "a Hermes 900 drone", "Shahed 136 drones": a model's designation
    return False


def count_phrases(text: str) -> pd.DataFrame:
    """One row per count in the text: start, end, text, value, low, high, qualifier, noun, noun_phrase.

    >>> count_phrases("On Wednesday, 14 rockets hit; two dozen drones and about 50 sites.")[["value", "noun"]].values.tolist()
    [[14, 'rockets'], [24, 'drones'], [50, 'sites']]
    """
    df = pd.DataFrame(count_rows(text), columns=COUNT_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "value": "Int64", "low": "Int64", "high": "Int64"})


def count_rows(text: str) -> list[dict[str, object]]:
    """The rows of ``count_phrases`` as dicts, in text order (no DataFrame: for per-clause use; do not modify them).

    >>> [(r["value"], r["noun"]) for r in count_rows("Two Americans and a British national were killed")]
    [(2, 'americans'), (1, 'national')]
    >>> count_rows("the gunmen killed 2,50")  # a thousands number the page cut off: no count
    []
    """
    return list(_count_rows(text))


_A_AN = re.compile(r"(?i)a|an")
#: a calibre written in two words ("107 mm", "122-millimeter"): read as the one word "107mm"
_CALIBER = re.compile(r"\b(\d{2,3})[\s-](?:mm|millimet(?:er|re))\b", re.I)


_A_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def _count_rows(text: str) -> tuple[dict[str, object], ...]:
    """``count_rows``, cached (the same clause is read for munitions and for casualties)."""
    rows: list[dict[str, object]] = []
    if "mm" in text or "millimet" in text or "MM" in text or "illimet" in text:  # "18 107 mm rockets": the calibre as one word ("107mm"), offsets kept
        text = _CALIBER.sub(lambda m: (m.group(1) + "mm").ljust(len(m.group())), text)
    raw = text
    text, more = _spaced_asides(text)
    plus = _PLUS.search(text) is not None
    if plus:  # '"30-plus" rockets': read as 30 more than (the same length, so offsets hold)
        text = _PLUS.sub(lambda m: " " + m.group("n") + " " * (len(m.group()) - len(m.group("n")) - 1), text)
    for m in _COUNT_FOLDED.finditer(text):
        num_txt = m.group("num")
        noun, np_text = _noun_of(m.group("np") or "")
        value, low, high, qualifier = parse_count(((m.group("qual") or "") + " " + num_txt).strip())
        if m.group("num2") and _AND_JOINED.fullmatch(text, m.end("num"), m.start("num2")) and \
                not _BETWEEN.search(text, max(0, m.start() - 24), m.start()):
            off = m.start("num2")  # "The toll rose to 56 and 194 people were hurt": two counts, no range
            rows.extend({**r, "start": r["start"] + off, "end": r["end"] + off, "text": raw[r["start"] + off:r["end"] + off]}
                        for r in _count_rows(text[off:]) if r["start"] == 0)
            continue
        if m.group("num2"):
            upper = parse_number(m.group("num2"))
            if value is None or upper is None or upper <= value or not noun:
                continue  # "2021-22", "one and two": not a range of counts
            value, low, high, qualifier = None, value, upper, "range"
        if value is None and low is None:
            continue
        if plus and qualifier == "exact" and text[m.end("num"):m.end("num") + 1] == " " and \
                text[m.start("num") - 1:m.start("num")] == " " and _from_plus(text, m.start("num")):
            qualifier, low = "more_than", value + 1
        if num_txt.lower() in {"one"} and not noun:
            continue  # "one of ..." without a noun; pronoun "one"
        if _is_not_count(text, m.start("num"), m.end("num2") if m.group("num2") else m.end("num"), num_txt, noun):
            continue
        if m.end("num") in more and qualifier == "exact":
            qualifier, low = "at_least", value  # "30 or more rockets"
        if (m.group("qual") or "").lower() == "some" and value is None:
            continue
        if _A_AN.fullmatch(num_txt):
            continue
        end = m.end("num2") if m.group("num2") else m.end("num")
        if np_text:
            idx = text.find(np_text.split(" ")[-1], m.end())
            end = idx + len(np_text.split(" ")[-1]) if idx >= 0 else end
        if not noun and (value is None or _A_DIGIT.search(num_txt)):
            continue  # a bare digit without a counted noun is a name or code ("Kurdistan 24")
        rows.append(
            {"start": m.start(), "end": end, "text": raw[m.start() : end], "value": value, "low": low,
             "high": high, "qualifier": qualifier, "noun": noun, "noun_phrase": np_text}
        )
    rows.extend(_article_counts(text, {(r["start"], r["end"]) for r in rows}))
    return tuple(sorted(rows, key=lambda r: (r["start"], r["end"])))


#: what stands between a number and its noun without changing the count: "or more" ("30 or more rockets"), a
#: converted calibre ("107-mm (4.2-inch) rockets"), quotes around the noun ('14 "107mm rockets"')
_OR_MORE = re.compile(r"(?<=\d)\s+or\s+more\b", re.I)
_CONVERTED = re.compile(r"\s*\(\d+(?:\.\d+)?[\s-]?(?:inch(?:es)?|in\.?|mm|cm|millimet(?:er|re)s?)\)", re.I)
#: (the quotation mark first, then the look behind it: the same matches, and the engine jumps to quotation marks)
_QUOTED_NOUN = re.compile(r"[\"“](?<=\d\s[\"“])([^\"“”\n]{1,30})[\"”]")


#: a unit's initials in brackets inside a counted noun phrase: "Two Armed Forces (CAF) personnel"
_INITIALS_ASIDE = re.compile(r"(?<=[a-z])\s\([A-Z][A-Z&.-]{1,8}\)(?=\s+[A-Za-z])")


def _spaced_asides(text: str) -> tuple[str, set[int]]:
    """The text with those asides blanked (same length, so offsets hold), and where each "or more" followed a number.

    >>> _spaced_asides('fired 30 or more rockets; 14 "107mm rockets"; three 107-mm (4.2-inch) rockets')
    ('fired 30         rockets; 14  107mm rockets ; three 107-mm            rockets', {8})
    >>> _spaced_asides("Two Armed Forces (CAF) personnel")[0]
    'Two Armed Forces       personnel'
    """
    if "(" not in text and " or more" not in text and not _QUOTED_NOUN.search(text):
        return text, set()
    more = {m.start() for m in _OR_MORE.finditer(text)}
    for rx in (_OR_MORE, _CONVERTED, _INITIALS_ASIDE):
        text = rx.sub(lambda m: " " * len(m.group()), text)
    return _QUOTED_NOUN.sub(lambda m: " " + m.group(1) + " ", text), more


#: "30-plus rockets", 'a "30-plus" rocket barrage': a number with "-plus" (in quotes or not), or with " plus" before
#: its noun, a verb or a stop ("100 plus got serious injuries"; not "5 plus 3")
_PLUS = re.compile(r"[\"“”]?(?<![\w.,])(?P<n>\d+)(?:-plus\b|\s+plus(?=\s+(?:people|persons|others|civilians|were|are|got|"
                   r"have|had|injured|wounded|hurt|killed|dead|died)\b|\s*[,.;]))[\"“”]?")


def _from_plus(text: str, start: int) -> bool:
    """Whether the number at ``start`` of a rewritten text came from "N-plus" (blanks where "-plus" was).

    >>> _from_plus("30      rockets", 0), _from_plus("30 rockets", 0)
    (True, False)
    """
    j = start
    while j < len(text) and text[j].isdigit():
        j += 1
    return text[j:j + 5] == "     "


_ARTICLE_RE = re.compile(r"(?<![\w-])(?P<num>an?|no|a single|another)\s+(?=(?P<np>(?:[A-Za-z0-9][A-Za-z0-9.'’\-]*\s+){0,4}"
                         r"[A-Za-z][A-Za-z.'’\-]*))", re.I)


_WEAPON_HEADS = frozenset("rocket missile drone mortar shell projectile bomb ied device uav grenade".split())
_VERBS = frozenset("""hit hits struck landed fell exploded slammed impacted killed wounded injured targeted launched fired
    attacked attacks
    crashed carrying armed detonated went damaged destroyed intercepted downed died kills wounds injures suffers
    suffered sustains sustained receives received dies remains remained lost succumbed""".split())


def _head(np_text: str) -> tuple[str, str]:
    """Head noun and phrase of the words after "a"/"no": the last word before a function word or a break.

    >>> _head("U.S. civilian contractor was killed"), _head("Iraqi air base in"), _head("Katyusha rocket hit Ain")
    (('contractor', 'U.S. civilian contractor'), ('base', 'Iraqi air base'), ('rocket', 'Katyusha rocket'))
    """
    words = np_text.split()
    kept: list[str] = []
    for w in words:
        low = w.lower().strip(".,;:")
        if kept and (low in _STOP_NP or low in _VERBS or w[-1:] in ",;:" or
                     low.endswith("ing") and kept[-1].lower() in COUNT_NOUNS):  # "a drone attempting to ..."
            if w[-1:] in ",;:" and low not in _STOP_NP and low not in _VERBS:
                kept.append(w.rstrip(",;:"))
            break
        kept.append(w)
    return (kept[-1].lower().strip(".'’") if kept else ""), " ".join(kept)


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


class _Cover:
    """Whether a position lies inside any of a set of spans, in log time (spans sorted, with running maximum ends).

    >>> c = _Cover({(0, 10), (2, 4), (20, 25)}); [c(x) for x in (3, 9, 10, 22, 30)]
    [True, True, False, True, False]
    """

    def __init__(self, spans: set[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _e in ordered]
        self.reach = list(accumulate((e for _s, e in ordered), max))

    def __call__(self, x: int) -> bool:
        i = bisect_right(self.starts, x) - 1
        return i >= 0 and self.reach[i] > x


#: a nationality written as initials before a person noun ("another US contractor", "a U.K. national")
_NATION_MOD = re.compile(r"U\.?S\.?|U\.?K\.?")


#: the heads ``_article_counts`` makes a row for, whatever the determiner: a casualty noun after "no", a person after
#: "another", a single noun after "a"/"an" (every other head is left out)
_ARTICLE_HEADS = _CASUALTY_NOUNS | PEOPLE_NOUNS | _SINGLE_NOUNS


#: words of one munition that a number parse reads as a count ("a single drone")
_ONE_WORDS = frozenset({"single", "lone", "one"})


def _article_counts(text: str, taken: set[tuple[int, int]]) -> list[dict[str, object]]:
    """Counts from "a drone" (1), "a British national" (1), "another contractor" (1) and "no casualties" (0):
    incident-vocabulary head nouns ("another" only before a person, who may be named by nationality); a phrase whose
    head is none of ``_ARTICLE_HEADS`` is left at once.

    >>> [(r["text"], r["value"]) for r in _article_counts("five troops and another US contractor", set())]
    [('another US contractor', 1)]
    >>> [r["value"] for r in _article_counts("an assault involving nine mortar rounds, then a single drone", set())]
    [1]
    """
    rows: list[dict[str, object]] = []
    covered = _Cover(taken)
    for m in _ARTICLE_RE.finditer(text):
        noun, np_text = _head(m.group("np"))
        if noun not in _ARTICLE_HEADS:
            continue  # no head a row is made for ("a lot", "an investigation"): the checks below are not needed
        det = m.group("num").lower()
        mods = np_text.split()[:-1]
        person = noun in PEOPLE_NOUNS and len(mods) <= 2 and all(_LOWER_WORD.fullmatch(w) or _NATION_MOD.fullmatch(w)
                                                                 or w.lower() in DEMONYMS for w in mods)
        if noun not in _WEAPON_HEADS and not person and any(w.lower().strip(".") not in _ADJ_SKIP and not w[:1].isupper()
                                                            and not _ONE_MOD.fullmatch(w) for w in mods):
            continue  # "a lot of", "an investigation"; any modifier is fine before a weapon ("a kamikaze drone")
        if noun in _WEAPON_HEADS and (len(mods) > 3 or any(parse_number(w) is not None and w.lower() not in _ONE_WORDS
                                                           for w in mods)):
            continue  # "a night assault involving nine mortar rounds": the article is the assault's, not a munition's
        if det == "no":
            if noun not in _CASUALTY_NOUNS:
                continue
            value = 0
        elif det == "another" and not person:
            continue  # "wounded five soldiers and another contractor": one more person, nothing else
        else:
            if noun not in _SINGLE_NOUNS:
                continue
            value = 1
        if covered(m.start()):
            continue
        head = text.find(np_text.split()[-1], m.start("np"))  # its last word (blanked asides widen the phrase)
        end = head + len(np_text.split()[-1]) if head >= 0 else m.start("np") + len(np_text)
        rows.append({"start": m.start(), "end": end, "text": text[m.start():end], "value": value,
                     "low": value, "high": value, "qualifier": "exact", "noun": noun, "noun_phrase": np_text})
    return rows


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
