"""Incidents: what happened where and when, according to whom.

``date_mentions`` (re-exported from :mod:`analysis.dates`) finds and resolves time expressions.
``incident_mentions`` turns cleaned sentences into one row per mention of an incident (event
type, weapon, counts, casualties, place, actor, date, evidence); ``merge_incidents`` joins the
mentions of the same incident across sentences and outlets, with consensus values and a list of
conflicts; ``reference_series`` turns an article's dated source list into a series of reported
attacks by target, set against the totals that the article's text claims.

Date rule for a mention (column ``date_source``):
1. ``sentence``: a date expression inside the mention's clause (else anywhere in its sentence);
   a date tied to a speech verb ("said on Wednesday") is used only when nothing else is there
   (``statement``: the day the claim or statement was made, an upper bound for the event);
2. ``same place``: else the date of the previous mention of the same place in the article;
3. ``context``: else the date of the previous dated incident mention in the same paragraph or
   at most three sentences earlier (news prose keeps the time of the story it is telling);
4. ``article window``: else the 30 days before publication (precision ``vague``), or
   ``unknown`` when the publication date is unknown.
Undated articles: ``merge_incidents`` links their mentions to incidents dated by other outlets
(same place, compatible type, weapon and counts), infers a publication window with
``dates.infer_publication_window`` (the article's relative dates matched to those outlets' dates,
not before the latest linked day; fallback [latest linked day, +3 days] when the articles' text is
not given or the window stays open), re-resolves the article's dates against that window and
records the inference in ``date_inference``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .timex import date_mentions, infer_publication_window
from .places import (actors_gazetteer, ancestors, match_key, find_actors, find_places, places_compatible, places_gazetteer,
                        specificity)
from .counts import count_phrases, parse_number

__all__ = ["date_mentions", "incident_mentions", "merge_incidents", "resolve_undated", "reference_series",
           "claimed_totals", "evaluate_mentions", "evaluate_dates", "match_gold",
           "MENTION_COLUMNS", "INCIDENT_COLUMNS", "CONFLICT_COLUMNS", "WEAPONS", "annotation_agreement",
           "AGREEMENT_FIELDS"]

# ------------------------------------------------------------------ vocabulary (general rules)
#: weapon label -> regex (checked in this order; the first listed is the most specific)
WEAPONS: dict[str, str] = {
    "ballistic missiles": r"ballistic missiles?|short[- ]range ballistic",
    "Grad/Katyusha": r"grads?\b|katyushas?|karad",
    "gunship": r"gunships?|ac-130",
    "IEDs": r"\bieds?\b|improvised explosive|roadside bombs?|explosive devices?",
    "mortars": r"mortars?|mortar shells?",
    "drones": r"drones?|uavs?|unmanned aerial",
    "rockets": r"rockets?|projectiles?|multiple-launch",
    "missiles": r"missiles?",
    "air strike": r"air ?strikes?|airstrikes?|warplanes?|bombing raids?",
}
#: families of weapons that may describe the same salvo in different reports
WEAPON_FAMILY = {"ballistic missiles": "ballistic", "Grad/Katyusha": "rocket", "rockets": "rocket",
                 "missiles": "missile", "mortars": "mortar", "drones": "drone", "IEDs": "ied",
                 "gunship": "air", "air strike": "air"}
_COMPATIBLE_FAMILIES = {frozenset({"rocket", "missile"}), frozenset({"ballistic", "missile"}),
                        frozenset({"air", "drone"}), frozenset({"rocket", "mortar"})}
_WEAPON_NOUNS = frozenset("rocket rockets missile missiles projectile projectiles drone drones mortar mortars "
                          "shell shells bomb bombs round rounds device devices ied ieds grad grads".split())
_PEOPLE_NOUNS = frozenset("soldier soldiers troop troops person people civilian civilians fighter fighters member "
                          "members militant militants casualty casualties victim victims servicemen serviceman "
                          "contractor contractors american americans iraqi iraqis personnel official officials "
                          "militiamen commander commanders guard guards".split())

_ATTACK = r"\b(?:death of|damaged|(?<!-)launch|hits|attack(?:s|ed|ing)?|target(?:s|ed|ing)?|fired|firing|(?<!-)launch(?:ed|es)?|bomb(?:ed|ing)|shell(?:ed|ing)|" \
          r"struck|strikes?|hit|hitting|landed|explo(?:ded|sion)|assaults?|bombardment|ieds?|(?:were|was) (?:employed|used))\b"
_US_PATIENT = r"(?:bases?|forces|troops|embassy|personnel|interests|sites?|soldiers|service|diplomats|targets|" \
              r"military sites|consulate|citizens?|contractors?|convoys?|patrols?|-occupied|-Iraqi|-led)"
_US_AGENT = r"\b(?:US|U\.S\.|American|United States|Washington|Pentagon|coalition|Coalition)\b(?!\s*" + _US_PATIENT + ")"
_STRIKE_VERB = r"(?:air ?strikes?|airstrikes?|strikes?|struck|bombed|bombing|attacks? on|launched|killed|killing|" \
               r"responded|retaliat\w*|military operation|gunship|firing)"
_US_STRIKE = [re.compile(_US_AGENT + r"[^.;]{0,60}?\b" + _STRIKE_VERB),
              re.compile(r"\b(?:AC-130|gunship|F-15|F-16|warplanes?)\b", re.I)]
_PATIENT = r"(?:facilities|positions|vehicles|headquarters|sites|depots|bases?|camps?|members|fighters)"
_INTERCEPT = re.compile(r"\b(?:shot down|intercept(?:ed|ion)?|thwart(?:ed|s)?|C-RAM|Counter Rocket|air defen[cs]es?|"
                        r"downed)\b", re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|that|the|to have)|\b(?:our|the) (?:mujahedeen|fighters|"
                    r"heroes)\b[^.]{0,80}\b(?:target|hit|struck|bomb)|\bannounce[sd]? (?:the )?(?:bombing|targeting|"
                    r"an? (?:new )?attack)", re.I)
_THREAT = re.compile(r"\b(?:vow(?:ed|s)?|promis(?:ed|es)|threat(?:en(?:ed|s)?)?|warn(?:ed|s)?|plann(?:ing|ed) revenge|"
                     r"revenge|retaliate)\b", re.I)
_RESPONSIBLE = re.compile(r"\b(?:believed|suspected|thought|claimed|blamed|held)\b.{0,30}\bresponsib(?:le|ility)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|could|might|may|should)\b", re.I)
_CRAM = re.compile(r"Counter[- ]Rocket,? Artillery,? and Mortar|C-RAM", re.I)
_ATTRIB = [("claimed", re.compile(r"\bclaim(?:ed|s|ing)?\b|\bsaid\b[^.]{0,30}$|\bannounce", re.I)),
           ("believed", re.compile(r"\b(?:believed|suspected|thought to be|likely|suggested|prime suspects)\b", re.I)),
           ("accused", re.compile(r"\b(?:accus\w*|blam\w*|held responsible)\b", re.I))]
_AGGREGATE = re.compile(r"\b(?:since (?:the )?(?:beginning|start|inauguration)|\d+ times|\w+ times\b|dozens of attacks|"
                        r"in the space of|(?:close to|about|some|more than|nearly) \d+ (?:attacks|US|sites)|repeatedly|"
                        r"series of|campaign|have been (?:\w+ )?attacked|began in|repeated|witnessed|increased|in recent months|"
                        r"growing numbers)\b", re.I)
#: a purpose clause ("strikes ... to prevent further attacks"): its attacks are not the event reported
_PURPOSE = re.compile(r"\bto (?:prevent|deter|stop|halt|avert)\b", re.I)
#: a single US site as the target ("an assault was also mounted against a US base in Syria")
_US_SITE = re.compile(r"\b(?:against|on|at)\s+(?:an?|the)\s+(?:US|U\.S\.|American|coalition|Coalition)\s+(?:[\w-]+\s+)?"
                      r"(?:base|embassy|consulate|patrol|convoy|outpost|garrison)\b|"
                      r"\b(?:hit|struck|landed (?:on|in)|exploded (?:near|inside|in))\s+the\s+(?:air ?)?"
                      r"(?:base|embassy|consulate|compound|camp)\b")
#: casualties of the attack in question ("one of the civilians injured in the explosion")
_CASUALTY = re.compile(r"\b(?:injur\w*|wound\w*|killed)\s+(?:in|by)\s+the\s+(?:explosion|attack|blast|strike|bombing)\b",
                       re.I)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|added|described|warned|confirmed)\b[^.;,]{0,25}$", re.I)
_SPEECH_AFTER = re.compile(r"^[^.;,]{0,12}\b(?:said|says|told|announced|described|warned)\b", re.I)
_INJURE = re.compile(r"injur\w*|wound\w*|hurt|casualt\w*", re.I)
_KILL = re.compile(r"kill\w*|dead|deaths?|died|fatalit\w*|casualt\w*|lethal", re.I)
_HIT = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:hit|hitting|struck|landed|impacted)\b", re.I)
_BARE_CASUALTY = re.compile(r"\b(?:(?P<q>more than|over|at least|about|nearly|some)\s+)?(?P<n>\d+|one|two|three|four|"
                            r"five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?:others?\s+|more\s+)?"
                            r"(?:were\s+)?(?P<c>injured|wounded|killed|dead)\b", re.I)
_SPLITTERS = re.compile(r",\s+(?:an?|the|while|but|and|after|before|when)\b|;|\s(?:and|while|but|after|before|when)\s")

MENTION_COLUMNS = [
    "doc_id", "mention_id", "para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end", "scope",
    "event_type", "weapon", "weapons", "n_fired", "n_hit", "n_claimed", "killed", "injured", "casualty_group",
    "qualifiers", "place_id", "place", "place_text", "place_source", "place_score", "place_method", "country",
    "admin1", "latitude", "longitude", "actor_id", "actor", "attribution", "attributed_by", "target", "date",
    "date_precision", "earliest", "latest", "date_text", "date_rule", "date_source", "date_inference", "evidence",
]


# ------------------------------------------------------------------ small helpers
def _weapons(text: str) -> list[str]:
    """Weapon labels named in ``text``, most specific first.

    >>> _weapons("about 14 Grad missiles and a drone")
    ['Grad/Katyusha', 'drones']
    """
    low = text.lower()
    found = [w for w, rx in WEAPONS.items() if re.search(rx, low)]
    if "ballistic missiles" in found and "missiles" in found:
        found.remove("missiles")
    if "Grad/Katyusha" in found and "missiles" in found:
        found.remove("missiles")
    return found


def weapons_compatible(a: str, b: str) -> bool:
    """Whether two weapon labels can describe the same attack (same or related family).

    >>> weapons_compatible("Grad/Katyusha", "rockets"), weapons_compatible("drones", "rockets")
    (True, False)
    """
    if not a or not b:
        return True
    fa = {WEAPON_FAMILY.get(w, w) for w in str(a).split(";")}
    fb = {WEAPON_FAMILY.get(w, w) for w in str(b).split(";")}
    return bool(fa & fb) or any(frozenset({x, y}) in _COMPATIBLE_FAMILIES for x in fa for y in fb)


def _event_type(clause: str, sentence: str, has_site: bool, has_weapon: bool, has_count: bool) -> str | None:
    """Event type of a clause (claim, us_strike, interception, attack, threat) or None."""
    actors = find_actors(clause)
    pro_iran = actors[actors["side"].isin(["pro_iran", "unknown"])]
    if _CLAIM.search(clause) or _CLAIM.search(sentence) and not re.search(_ATTACK, clause, re.I) is None and \
            _CLAIM.search(clause):
        return "claim"
    if _us_strike(clause) or _strike_on_militia(clause, pro_iran):
        return "us_strike"
    if _INTERCEPT.search(clause) and not re.search(r"\b(?:hit|hitting|landed)\b", clause, re.I):
        return "interception"
    if re.search(_ATTACK, clause, re.I):
        if _THREAT.search(clause) and not (has_site or has_weapon or has_count):
            return "threat"
        return "attack"
    if _THREAT.search(clause) and len(pro_iran):
        return "threat"
    return None


def _us_strike(clause: str) -> bool:
    """A strike by the US/coalition: agent before a strike verb whose object is not a US target, or a US-only weapon.

    >>> _us_strike("the US bombed buildings in Albu Kamal"), _us_strike("the Pentagon said attacks on US personnel rose")
    (True, False)
    """
    for m in _US_STRIKE[0].finditer(clause):
        if not re.match(r"\s*(?:the\s+)?(?:US|U\.S\.|American|coalition|Coalition)\b", clause[m.end():]):
            return True
    return bool(_US_STRIKE[1].search(clause))


def _strike_on_militia(clause: str, pro_iran: pd.DataFrame) -> bool:
    """A strike whose patient is a pro-Iran group ("a drone strike ... upon Asaib", "KH facilities were struck")."""
    for row in pro_iran.itertuples():
        before, after = clause[:row.start], clause[row.end:]
        if re.search(r"\b(?:strikes?|struck|bombed|firing|fired)\b(?:\s+\w+){0,3}\s+(?:at|on|upon|against)\s+"
                     r"(?:the\s+)?(?:\w+\s+){0,2}$", before, re.I):
            return True
        if re.match(rf"\s*(?:'s\s+|’s\s+)?{_PATIENT}?\s*(?:were|was)\s+(?:also\s+)?(?:struck|hit|bombed|targeted)", after, re.I):
            return True
    return False


def _attribution(clause: str, sentence: str, event_type: str) -> tuple[str, str]:
    """(attribution, attributed_by) of the perpetrator in a clause: claimed / believed / accused / stated."""
    for label, rx in _ATTRIB:
        m = rx.search(clause) or (rx.search(sentence) if label != "claimed" else None)
        if not m:
            continue
        if label == "claimed" and event_type not in {"claim", "threat"} and not re.search(r"claim", m.group(), re.I):
            continue
        text = clause if rx.search(clause) else sentence
        who = find_actors(text)
        before = who[who["end"] <= m.start()]
        by = ""
        if label == "claimed" and len(who):
            by = who.iloc[-1]["text"] if len(before) == 0 else before.iloc[-1]["text"]
        else:
            n = re.search(r"\b(analysts?|observers?|officials?|sources?|experts?|[A-Z][a-z]+(?: [A-Z][a-z]+)*)\b"
                          r"(?:\s+\w+){0,2}\s*$", text[:m.start()])
            by = n.group(1) if n else ""
            if by and find_actors(by)["side"].isin(["pro_iran", "unknown"]).any():
                by = ""  # the perpetrator itself ("Kataib Hezbollah was believed ..."): the article's own voice
        return label, by
    return ("stated", "") if event_type != "claim" else ("claimed", "")


def _counts(clause: str, event_type: str) -> dict:
    """Counts in a clause by role: n_fired / n_hit / n_claimed / killed / injured (+ qualifiers, casualty group)."""
    out: dict = {"n_fired": pd.NA, "n_hit": pd.NA, "n_claimed": pd.NA, "killed": pd.NA, "injured": pd.NA,
                 "casualty_group": "", "qualifiers": []}
    cp = count_phrases(clause)
    for row in cp.itertuples():
        noun = str(row.noun).lower()
        if re.match(r"one of\b", str(row.text), re.I):
            continue  # "one of the civilians injured": a member of a group, not a count
        if row.value is None or pd.isna(row.value):
            continue
        value = int(row.value)
        after, before = clause[row.end:row.end + 60], clause[max(0, row.start - 45):row.start]
        if noun in {"injured", "wounded", "dead", "killed"}:  # "more than 40 injured"
            role = "injured" if noun in {"injured", "wounded"} else "killed"
        elif noun in _WEAPON_NOUNS:
            role = "n_claimed" if event_type == "claim" else "n_hit" if _HIT.search(after) else "n_fired"
        elif noun in _PEOPLE_NOUNS or noun in {"casualties", "injuries", "deaths", "fatalities"}:
            if noun == "casualties" and value == 0:
                for role in ("killed", "injured"):
                    if pd.isna(out[role]):
                        out[role] = 0
                continue
            k_after, i_after = _KILL.search(after), _INJURE.search(after)
            k_before, i_before = _KILL.search(before), _INJURE.search(before)
            dist = {"killed": min([m.start() for m in [k_after] if m] + [len(before) - m.end() for m in [k_before] if m]
                                  + [999]),
                    "injured": min([m.start() for m in [i_after] if m] + [len(before) - m.end() for m in [i_before] if m]
                                   + [999])}
            role = min(dist, key=dist.get)
            if dist[role] >= 999:
                continue
            out["casualty_group"] = str(row.noun_phrase)
        else:
            continue
        if pd.isna(out[role]):
            out[role] = value
            if row.qualifier not in ("exact", ""):
                out["qualifiers"].append(f"{role}={row.qualifier}")
    for m in _BARE_CASUALTY.finditer(clause):  # "more than 40 injured": a count whose noun is left out
        role = "injured" if m.group("c").lower() in ("injured", "wounded") else "killed"
        value = parse_number(m.group("n"))
        if value is not None and pd.isna(out[role]):
            out[role] = int(value)
            q = {"more than": "more_than", "over": "more_than", "at least": "at_least"}.get(
                (m.group("q") or "").lower(), "about" if m.group("q") else "")
            if q:
                out["qualifiers"].append(f"{role}={q}")
    if pd.isna(out["killed"]):
        named = _named_victims(clause) or _named_before_relative(clause)
        if named:  # "killed Iranian general Qassem Suleimani and ... Abu Mahdi Al Muhandis": two people
            out["killed"], out["casualty_group"] = len(named), "; ".join(named)
    if pd.isna(out["killed"]) and re.search(r"\b(?:death|killing) of (?:an?|one) (?:[\w-]+ ){0,2}(?:contractor|soldier|"
                                            r"civilian|fighter|commander|serviceman|service member)\b",
                                            clause, re.I):
        out["killed"] = 1  # "the death of an Iraqi-American contractor"
    if pd.isna(out["killed"]) and re.search(r"\bnon-lethal\b", clause, re.I):
        out["killed"] = 0
    out["qualifiers"] = ";".join(out["qualifiers"])
    return out


_TITLES = frozenset("general commander leader lieutenant head chief deputy colonel major brigadier sheikh "
                    "spokesman official".split())
_STOP_CAPS = frozenset("with and the of in his her their its a an as by for to from".split())
_NAME_TOKEN = re.compile(r"(?:[A-Z][a-z’']+|al|Al|el|bin|ibn|Abu|Abi)(?:-[A-Z][a-z’']+)?")


def _named_victims(clause: str) -> list[str]:
    """Names of people a clause says were killed ("killed general Qassem Suleimani and ... Abu Mahdi al-Muhandis").

    >>> _named_victims("a US air strike in Baghdad killed Iranian general Qassem Suleimani and Abu Mahdi Al Muhandis")
    ['Qassem Suleimani', 'Abu Mahdi Al Muhandis']
    """
    m = re.search(r"\b(?:killed|killing of|assassinated|assassination of)\s+", clause)
    if not m:
        return []
    tail = re.split(r"[.;:]|\b(?:who|which|in a|in an|at the|on)\b", clause[m.end():], maxsplit=1)[0]
    tokens = list(re.finditer(r"[\w’'-]+", tail))
    names, run, last_end = [], [], 0
    for t in tokens + [None]:
        word = t.group() if t else ""
        joined = t is not None and (not run or tail[last_end:t.start()].strip() == "")
        if t and joined and _NAME_TOKEN.fullmatch(word) and word.lower() not in _STOP_CAPS and \
                not (word.lower() in ("al", "el", "bin", "ibn") and not run):
            run.append(word)
            last_end = t.end()
            continue
        if len(run) >= 2:
            name = " ".join(run)
            key_hit = find_places(name).empty and find_actors(name).empty
            if key_hit and not any(w.lower() in _TITLES for w in run) and not re.search(
                    r"(?:ian|i|ese|ish)$", run[0]) or key_hit and len(run) >= 3:
                names.append(" ".join(w for w in run if w.lower() not in _TITLES and not re.search(r"(?:ian|i)$", w)
                                       or run.index(w) > 0))
        run = []
        if t and _NAME_TOKEN.fullmatch(word) and word.lower() not in _STOP_CAPS and word.lower() not in ("al", "el"):
            run, last_end = [word], t.end()  # a name can start right after a comma
    return [n for n in names if len(n.split()) >= 2]


def _named_before_relative(clause: str) -> list[str]:
    """Names a relative clause says were killed ("for Qassem Soleimani, ..., and Abu Mahdi al-Muhandis, who were killed").

    >>> _named_before_relative("revenge for Qassem Soleimani, head of the Quds Force, and Abu Mahdi al-Muhandis, who were killed")
    ['Qassem Soleimani', 'Abu Mahdi al-Muhandis']
    >>> _named_before_relative("the base, which was hit")
    []
    """
    m = re.search(r",?\s+who (?:were|was) (?:killed|assassinated)\b", clause)
    if not m:
        return []
    head = re.split(r"[.;:]|\b(?:that|for|including|on|in)\s", clause[:m.start()])[-1][-160:]
    return _named_victims("killed " + head)


def _clauses(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence into one clause per place span, cutting at a clause boundary between places."""
    bounds = [0]
    for (s1, e1), (s2, _e2) in zip(spans, spans[1:]):
        gap = sentence[e1:s2]
        cuts = [m.start() for m in _SPLITTERS.finditer(gap)]
        bounds.append(e1 + (cuts[-1] if cuts else len(gap) // 2))
    bounds.append(len(sentence))
    return list(zip(bounds[:-1], bounds[1:]))


def _site_places(sentence: str) -> pd.DataFrame:
    """Places of a sentence that can locate an incident: the most specific, locators ("X in Y") dropped."""
    pl = find_places(sentence)
    if pl.empty:
        return pl
    tab = places_gazetteer().table
    keep = []
    for i, r in enumerate(pl.itertuples()):
        if i > 0:
            prev = pl.iloc[i - 1]
            gap = sentence[prev["end"]:r.start]
            if re.fullmatch(r"\s*(?:,|in|near|of|outside)\s*(?:the\s+)?|\s*,\s*(?:in\s+)?(?:the\s+)?", gap) and \
                    specificity(r.place_id, tab) >= specificity(prev["place_id"], tab):
                continue  # "Al Omar oilfield in Deir Ezzor", "Abu Ghraib, Baghdad": Y only locates X
        keep.append(i)
    pl = pl.iloc[keep]
    # drop places that contain another place of the sentence, and countries when anything finer exists
    ids = set(pl["place_id"])
    contained = {a for p in ids for a in ancestors(p, tab)}
    pl = pl[~pl["place_id"].isin(contained)]
    if (pl["type"] != "country").any():
        pl = pl[pl["type"] != "country"]
    return pl.drop_duplicates("place_id").reset_index(drop=True)


def _best_date(dm: pd.DataFrame, text: str, lo: int, hi: int) -> dict | None:
    """The event date among date mentions inside [lo, hi) of ``text`` (statement dates last)."""
    inside = dm[(dm["start"] >= lo) & (dm["end"] <= hi) & (dm["precision"] != "vague")]
    if inside.empty:
        return None
    rows = []
    for r in inside.itertuples():
        sb = _SPEECH_BEFORE.search(text[max(0, r.start - 40):r.start])
        statement = bool(sb and not re.search(r"\bthat\b", sb.group()) or _SPEECH_AFTER.search(text[r.end:r.end + 30]))
        rank = (statement, {"day": 0, "month": 1, "year": 2}.get(r.precision, 3))
        rows.append((rank, r))
    rank, r = min(rows, key=lambda x: x[0])
    return {"date": r.value, "date_precision": r.precision, "earliest": r.earliest, "latest": r.latest,
            "date_text": r.text, "date_rule": r.rule, "date_source": "statement" if rank[0] else "sentence"}


def _window(published: str) -> dict:
    """Fallback date of an undated mention: the 30 days before publication, or unknown."""
    if not published:
        return {"date": "", "date_precision": "unknown", "earliest": "", "latest": "", "date_text": "",
                "date_rule": "", "date_source": "unknown"}
    p = date.fromisoformat(published[:10])
    return {"date": published[:7], "date_precision": "vague", "earliest": (p - timedelta(days=30)).isoformat(),
            "latest": p.isoformat(), "date_text": "", "date_rule": "", "date_source": "article window"}


# ------------------------------------------------------------------ mentions
def _sentence_mentions(sent: pd.Series, article_text: str, dm: pd.DataFrame) -> list[dict]:
    """Candidate mentions of one sentence (before inheritance)."""
    text = str(sent["text"])
    off = int(sent["start"])
    places = _site_places(text)
    sites = places[~places["type"].isin(["country"])]
    spans = [(int(r.start), int(r.end)) for r in sites.itertuples()] or [(0, 0)]
    clauses = _clauses(text, spans) if len(sites) > 1 else [(0, len(text))]
    sent_weapons = _weapons(text)
    sent_actors = find_actors(text)
    coordinated = all(re.match(r"\W*(?:and|or|as well as)\b", text[lo:hi]) for lo, hi in clauses[1:])
    out = []
    for k, (lo, hi) in enumerate(clauses):
        clause = text[lo:hi]
        place = sites.iloc[k] if len(sites) else None
        weapons = _weapons(_CRAM.sub(" ", clause)) or (sent_weapons if len(set(WEAPON_FAMILY[w] for w in sent_weapons)) <= 1
                                                       and len(clauses) > 1 else [])
        counts = _counts(clause, "claim" if _CLAIM.search(clause) else "")
        cp_ = count_phrases(clause)
        counted = [w for np_, n_ in zip(cp_["noun_phrase"], cp_["noun"]) if str(n_).lower() in _WEAPON_NOUNS
                   for w in _weapons(str(np_))]
        if counted:
            weapons = [counted[0]] + [w for w in weapons if w != counted[0]]
        has_count = any(pd.notna(counts[c]) for c in ("n_fired", "n_hit", "n_claimed", "killed", "injured"))
        et = _event_type(clause, text, len(sites) > 0, bool(weapons), has_count)
        if et is None and k > 0 and re.match(r"\W*(?:and|or|as well as)\b", clause):
            et = _event_type(text, text, True, bool(weapons), has_count)  # "attacks on X and (on) Y": Y shares the event
        if et is None and (_RESPONSIBLE.search(clause) or has_count and re.search(_KILL.pattern + "|" + _INJURE.pattern,
                                                                                  clause, re.I)):
            et = "inherit"
        if et is None:
            continue
        if et == "us_strike" and len(clauses) > 1 and not _weapons(clause):
            weapons = []
        if et == "us_strike":  # weapons named as the target ("buildings storing explosive drones") are not the means
            own = [w for w in weapons if w in ("gunship", "air strike")]
            if re.search(r"\bdrone (?:strikes?|attacks?)\b|\bdrones? (?:struck|hit|fired)\b", clause, re.I):
                own.append("drones")
            if not own and re.search(r"\b(?:bombed|bombing|struck|strikes?|airstrikes?)\b", clause, re.I):
                own = ["air strike"]
            weapons = own
        positive = any(pd.notna(counts[c]) and counts[c] > 0 for c in ("n_fired", "n_hit", "n_claimed", "killed",
                                                                          "injured"))
        if _FUTURE.search(clause) and not positive and _best_date(dm, article_text, off + lo, off + hi) is None \
                and not _CLAIM.search(clause):
            continue  # "non-lethal attacks will be met with US air strikes": a policy, not an incident
        if et == "claim":
            counts = _counts(clause, "claim")
        aggregate = bool(_AGGREGATE.search(text))
        if re.search(r"\battacks\b", _PURPOSE.split(clause)[0], re.I) and not has_count and (place is None or str(place["type"]) in
                                                                          {"region", "province", "country"}):
            aggregate = aggregate or not re.search(r"\b(?:on|this|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                                                   r"Friday|Saturday|Sunday)|\d", clause)
        date_ = _best_date(dm, article_text, off + lo, off + hi)
        if date_ is None and coordinated:  # "attacks on X and Y on Tuesday": coordinated clauses share the date
            date_ = _best_date(dm, article_text, off, off + len(text))
        specific = len(sites) > 0 and place is not None
        dated = date_ is not None and (date_["date_precision"] in ("day", "month") or
                                       date_["date_precision"] == "unknown" and bool(date_["date_rule"]))
        named_group = bool(len(actors_in := find_actors(clause)) and
                           ((actors_in["type"] == "armed group") & (actors_in["side"] == "pro_iran") &
                            ~actors_in["actor_id"].isin(["pro_iran_militias"])).any())
        keep = et == "inherit" or specific or has_count or (dated and (et == "us_strike" or weapons)) or \
            (et in ("claim", "threat") and named_group)
        needs_context = not keep and (bool(weapons) and et in {"attack", "us_strike"} or et == "interception"
                                      or et == "attack" and bool(_US_SITE.search(clause) or _CASUALTY.search(clause))) \
            and not aggregate
        if not keep and not needs_context:
            continue
        actors = find_actors(clause)
        if actors.empty:
            actors = sent_actors
        perp_side = ["us_coalition"] if et == "us_strike" else ["pro_iran", "unknown"]
        targ_side = ["pro_iran"] if et == "us_strike" else ["us_coalition"]
        perp = _pick_actor(actors, perp_side, et)
        if perp is None and k > 0 and re.match(r"\W*(?:and|or)\b", clause):  # "militias targeted X ... and bombed Y"
            perp = _pick_actor(sent_actors[sent_actors["end"] <= lo], perp_side, et)
        cm = _CLAIM.search(clause) if et == "claim" else None
        if cm is not None:  # the claimant is the group named closest before the claim verb
            before = actors[(actors["end"] <= cm.start()) & actors["side"].isin(perp_side)]
            perp = before.iloc[-1] if len(before) else perp
        if perp is None and et == "us_strike":  # a strike on a pro-Iran group here is by the US or its coalition
            perp = actors_gazetteer().row("united_states").rename({"name": "name"})
            perp = pd.Series({"actor_id": "united_states", "name": perp["name"], "start": -1})
        targ = _pick_actor(actors[actors["start"] > (perp["start"] if perp is not None else -1)] if et == "us_strike"
                           else actors, targ_side, et)
        attribution, by = _attribution(clause, text, et) if perp is not None or et in {"claim", "inherit"} else ("", "")
        row = {"doc_id": sent["doc_id"], "para_id": int(sent["para_id"]), "sent_id": int(sent["sent_id"]),
               "sent_start": off, "sent_end": int(sent["end"]), "clause_start": off + lo, "clause_end": off + hi,
               "scope": "aggregate" if aggregate else "incident", "event_type": et,
               "weapon": weapons[0] if weapons else "", "weapons": ";".join(weapons),
               **{c: counts[c] for c in ("n_fired", "n_hit", "n_claimed", "killed", "injured", "casualty_group",
                                         "qualifiers")},
               "actor_id": perp["actor_id"] if perp is not None else "", "actor": perp["name"] if perp is not None else "",
               "attribution": attribution, "attributed_by": by,
               "target": targ["name"] if targ is not None else "", "evidence": text, "needs_context": needs_context}
        row.update(_place_cols(place, "sentence") if place is not None else _place_cols(None, ""))
        if place is None and len(places):
            loc = [r_.country for r_ in places.itertuples() if re.search(r"\bin\s+(?:the\s+)?$", text[:r_.start])]
            row["country"] = loc[0] if loc else str(places.iloc[0]["country"])
        row.update(date_ or {"date": "", "date_precision": "", "earliest": "", "latest": "", "date_text": "",
                             "date_rule": "", "date_source": ""})
        out.append(row)
    return out


def _pick_actor(actors: pd.DataFrame, sides: list[str], et: str) -> pd.Series | None:
    """The most specific actor of the wanted side (named group before umbrella before generic)."""
    a = actors[actors["side"].isin(sides)]
    if a.empty:
        return None
    rank = a["type"].map({"armed group": 0, "military": 1, "government": 2, "coalition": 3, "umbrella body": 4}).fillna(5)
    rank = rank + a["actor_id"].isin(["pro_iran_militias", "unknown_group"]).astype(int) * 3
    return a.loc[rank.sort_values(kind="stable").index[0]]


def _place_cols(place: pd.Series | None, source: str) -> dict:
    """Place columns of a mention from a find_places row."""
    if place is None:
        return {"place_id": "", "place": "", "place_text": "", "place_source": "", "place_score": np.nan,
                "place_method": "", "country": "", "admin1": "", "latitude": np.nan, "longitude": np.nan}
    return {"place_id": place["place_id"], "place": place["name"], "place_text": place["text"], "place_source": source,
            "place_score": float(place["score"]), "place_method": place["method"], "country": place["country"],
            "admin1": place["admin1"], "latitude": float(place["latitude"]), "longitude": float(place["longitude"])}


def _inherit(rows: list[dict], published: str) -> list[dict]:
    """Fill missing place/event/date from earlier mentions of the same article (rules in the module docstring)."""
    tab = places_gazetteer().table.set_index("place_id")
    done: list[dict] = []
    for r in rows:
        prev = [p for p in done if p["scope"] == "incident" and
                (p["para_id"] == r["para_id"] or r["sent_id"] - p["sent_id"] <= 3)]
        if r.pop("needs_context", False) and not prev:
            continue
        if not r["place_id"] and not prev and r["weapon"] and r["scope"] == "incident":
            same_weapon = [p for p in done if p["scope"] == "incident" and p["place_id"] and
                           _family(p["event_type"]) == _family(r["event_type"]) and p["weapon"] and
                           weapons_compatible(p["weapon"], r["weapon"])]
            prev = same_weapon[-1:]
        own_date = r["date_text"] or r["date"]
        same_time = not own_date or (prev and (own_date in (prev[-1]["date_text"], prev[-1]["date"])
                                                or not (prev[-1]["date_text"] or prev[-1]["date"])))
        if r["event_type"] == "inherit" or (not r["place_id"] and prev and r["scope"] == "incident" and same_time):
            if not prev:
                continue
            p = prev[-1]
            if r["event_type"] == "inherit" and _family(p["event_type"]) == "militia" and r["actor_id"] and \
                    not p["actor_id"]:  # "X was believed to be responsible.": the perpetrator of the previous mention
                p.update({k: r[k] for k in ("actor_id", "actor", "attribution", "attributed_by")})
            if r["event_type"] == "inherit":
                r["event_type"] = p["event_type"]
                if p["event_type"] == "us_strike":
                    if r["actor_id"] and r["actor_id"] != p["actor_id"]:
                        r["target"] = r["target"] or r["actor"]
                    r["actor_id"], r["actor"], r["attribution"] = p["actor_id"], p["actor"], p["attribution"]
            if _family(r["event_type"]) != _family(p["event_type"]):
                p = {**p, "place_id": ""}
            if r["country"] and p["country"] and r["country"] != p["country"]:
                p = {**p, "place_id": "", "weapon": ""}  # "a US base in Syria" is not the Iraqi base just before
            if not r["place_id"] and p["place_id"]:
                r.update({k: p[k] for k in ("place_id", "place", "country", "admin1", "latitude", "longitude",
                                            "place_score", "place_method")})
                r["place_text"], r["place_source"] = "", "inherited"
            r["weapon"] = r["weapon"] or (p["weapon"] if r["event_type"] == p["event_type"] or
                                          (r["event_type"], p["event_type"]) == ("interception", "attack") else "")
            if not r["actor_id"] and r["event_type"] == "us_strike" == p["event_type"]:
                r["actor_id"], r["actor"] = p["actor_id"], p["actor"]
        if not r["date"] and not r["date_text"]:
            same = [p for p in done if p["place_id"] and p["place_id"] == r["place_id"] and p["date"]
                    and p["date_source"] != "article window"]
            ctx = [p for p in prev if p["date"] and p["date_source"] != "article window"]
            src = (same[-1], "same place") if same else (ctx[-1], "context") if ctx else (None, "")
            if src[0] is not None:
                r.update({k: src[0][k] for k in ("date", "date_precision", "earliest", "latest", "date_text",
                                                 "date_rule")})
                r["date_source"] = src[1]
            else:
                r.update(_window(published))
        if r["place_id"]:
            r["country"] = r["country"] or tab.loc[r["place_id"], "country"]
        done.append(r)
    return done


def _family(event_type: str) -> str:
    """Event family: 'us' for US/coalition strikes, 'threat' for threats, 'militia' for attacks, claims, interceptions."""
    return "us" if event_type == "us_strike" else "threat" if event_type == "threat" else "militia"


def incident_mentions(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per mention of an incident in the cleaned sentences (columns: ``MENTION_COLUMNS``).

    ``sentences``: doc_id, para_id, sent_id, start, end, text (offsets into the article text);
    ``articles``: doc_id, published (ISO or ''), optionally text (the cleaned article, used for dates).

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": [0], "sent_id": [0], "start": [0], "end": [60],
    ...     "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base, injuring two soldiers."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))
    >>> m[["event_type", "place_id", "n_hit", "injured", "date"]].values.tolist()
    [['attack', 'ain_al_asad', 14, 2, '2021-07-07']]
    """
    arts = articles.set_index("doc_id")
    rows: list[dict] = []
    for doc_id, sents in sentences.sort_values(["doc_id", "sent_id"]).groupby("doc_id", sort=True):
        published = str(arts.loc[doc_id, "published"]) if doc_id in arts.index else ""
        published = "" if published in ("nan", "<NA>", "None") else published
        rows.extend(_doc_mentions(sents, _article_text(sents, arts, doc_id), published or None))
    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return _finish(df)


def _article_text(sents: pd.DataFrame, arts: pd.DataFrame, doc_id: str) -> str:
    """The article text (from ``articles.text`` when present, else rebuilt from sentence offsets)."""
    if "text" in arts.columns and doc_id in arts.index and isinstance(arts.loc[doc_id, "text"], str):
        return arts.loc[doc_id, "text"]
    buf = [" "] * int(sents["end"].max())
    for r in sents.itertuples():
        buf[r.start:r.end] = list(r.text)
    return "".join(buf)


def _doc_mentions(sents: pd.DataFrame, text: str, published: str | tuple | None) -> list[dict]:
    """Mentions of one article given its text and publication date (or window)."""
    dm = date_mentions(text, published)
    rows: list[dict] = []
    for _, s in sents.iterrows():
        rows.extend(_sentence_mentions(s, text, dm))
    pub = published if isinstance(published, str) else ""
    rows = _inherit(rows, pub)
    rows = [r for r in rows if r["event_type"] != "inherit"]
    for r in rows:
        r["date_inference"] = ""
    return rows


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    """Sort, number and type the mentions table."""
    df = df.sort_values(["doc_id", "sent_start", "clause_start"], kind="stable").reset_index(drop=True)
    df["mention_id"] = [f"{d}-m{i:03d}" for d, i in zip(df["doc_id"], df.groupby("doc_id").cumcount())]
    for c in ("n_fired", "n_hit", "n_claimed", "killed", "injured"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
    for c in ("place_score", "latitude", "longitude"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in MENTION_COLUMNS:
        if df[c].dtype == object or str(df[c].dtype) in ("str", "string"):
            df[c] = df[c].fillna("").astype(str)
    return df[MENTION_COLUMNS]


# ------------------------------------------------------------------ merging
INCIDENT_COLUMNS = [
    "incident_id", "event_type", "event_types", "weapon", "place_id", "place", "country", "admin1", "latitude",
    "longitude", "geo_precision", "date", "date_precision", "earliest", "latest", "date_basis", "n_fired", "n_hit",
    "n_claimed", "killed", "injured", "actor_id", "actor", "attribution", "actors", "target", "n_mentions",
    "n_sources", "doc_ids", "sources", "mention_ids", "conflicts", "date_inference", "evidence",
]
CONFLICT_COLUMNS = ["incident_id", "field", "n_values", "values", "consensus", "place", "date"]
SITE_TYPES = frozenset({"air base", "airport", "embassy", "consulate", "oil field", "gas field", "military base",
                        "district", "border crossing"})
_COUNT_FIELDS = ["n_fired", "n_hit", "n_claimed", "killed", "injured"]
_DAY = timedelta(days=1)


def _interval(r: pd.Series | dict) -> tuple[date, date] | None:
    """(earliest, latest) of a mention's date, or None when unknown."""
    e, l_ = str(r["earliest"] or ""), str(r["latest"] or "")
    if not e or not l_:
        return None
    return date.fromisoformat(e[:10]), date.fromisoformat(l_[:10])


def _count_range(value: int, qualifier: str) -> tuple[float, float]:
    """Interval a reported count stands for, given its qualifier ("at least 14" -> [14, inf))."""
    return {"at_least": (value, np.inf), "more_than": (value + 1, np.inf), "about": (0.8 * value, 1.2 * value),
            "at_most": (0, value), "less_than": (0, value - 1)}.get(qualifier, (value, value))


def counts_compatible(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether two reported counts (value, qualifier) can be the same number.

    >>> counts_compatible((14, "at_least"), (14, "exact")), counts_compatible((14, "about"), (24, "exact"))
    (True, False)
    """
    ra, rb = _count_range(*a), _count_range(*b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _qualifier(m: pd.Series, field: str) -> str:
    """Qualifier of one count field of a mention ('exact' when none was written)."""
    for part in str(m["qualifiers"]).split(";"):
        if part.startswith(field + "="):
            return part.split("=", 1)[1]
    return "exact"


class _Cluster:
    """Mentions believed to report one incident."""

    def __init__(self, m: pd.Series) -> None:
        self.rows: list[pd.Series] = []
        self.add(m)

    def add(self, m: pd.Series) -> None:
        self.rows.append(m)

    @property
    def family(self) -> str:
        return _family(self.rows[0]["event_type"])

    @property
    def place_ids(self) -> list[str]:
        return [r["place_id"] for r in self.rows if r["place_id"]]

    @property
    def place_id(self) -> str:
        ids = self.place_ids
        if not ids:
            return ""
        tab = places_gazetteer().table
        kind = tab.set_index("place_id")["type"]
        return sorted(set(ids), key=lambda p: (specificity(p, tab), kind[p] not in SITE_TYPES, -ids.count(p), p))[0]

    def interval(self) -> tuple[date, date] | None:
        iv = [_interval(r) for r in self.rows if r["date_precision"] in ("day", "month", "year")]
        iv = [i for i in iv if i]
        if not iv:
            iv = [i for i in (_interval(r) for r in self.rows) if i]
        return (min(i[0] for i in iv), max(i[1] for i in iv)) if iv else None

    def day_dates(self) -> list[str]:
        return [r["date"] for r in self.rows if r["date_precision"] == "day" and r["date"]]

    def weapons(self) -> list[str]:
        return [r["weapon"] for r in self.rows if r["weapon"]]


def _score(m: pd.Series, c: _Cluster, use_date: bool = True) -> float | None:
    """How well a mention fits a cluster (None when incompatible)."""
    if _family(m["event_type"]) != c.family:
        return None
    score = 0.0
    cp = c.place_id
    if m["place_id"] and cp:
        if not places_compatible(m["place_id"], cp):
            return None
        score += 3 if m["place_id"] in c.place_ids else 1
    elif m["place_id"] == "" and str(m.get("country") or "") and cp and \
            re.search(rf"\bin\s+(?:the\s+)?{re.escape(str(m['country']))}\b", str(m["evidence"])):
        countries = {str(r.get("country") or "") for r in c.rows} - {""}  # "a US base in Syria" vs. an Iraqi site
        if countries and str(m["country"]) not in countries:
            return None
    if any(not weapons_compatible(m["weapon"], w) for w in c.weapons()):
        return None
    if m["weapon"] and m["weapon"] in c.weapons():
        score += 1
    counts_match = False
    for f in _COUNT_FIELDS:
        if pd.notna(m[f]):
            vals = [(int(r[f]), _qualifier(r, f)) for r in c.rows if pd.notna(r[f])]
            if vals and all(counts_compatible((int(m[f]), _qualifier(m, f)), v) for v in vals):
                counts_match, score = True, score + 2
    if use_date:
        mi, ci = _interval(m), c.interval()
        if mi and ci:
            tol = _DAY if m["date_precision"] == "day" else timedelta(0)
            if mi[0] > ci[1] + tol or ci[0] > mi[1] + tol:
                return None
            score += 2 if m["date"] and m["date"] in c.day_dates() else 1
        elif mi is None and ci is None:
            pass
    if not (m["place_id"] and cp):  # no place on one side: only with a matching count or a precise date
        precise = m["date_precision"] in ("day", "month") and c.interval() is not None and use_date
        if not (counts_match or precise):
            return None
    return score


def _assign(m: pd.Series, clusters: list[_Cluster], use_date: bool = True, unique: bool = False) -> _Cluster | None:
    """The best-fitting cluster for a mention (None when none fits, or when ``unique`` and several fit)."""
    fits = [(s, c) for c in clusters if (s := _score(m, c, use_date)) is not None]
    if not fits or unique and len(fits) > 1 and len({round(s, 3) for s, _ in fits}) == 1:
        return None
    best = max(s for s, _ in fits)
    tied = [c for s, c in fits if s == best]
    return max(tied, key=lambda c: (c.interval() or (date.min, date.min))[1])  # ties: the most recent incident


def _reresolve(m: pd.Series, window: tuple[date, date], why: str) -> pd.Series:
    """Resolve a mention's date expression again against an inferred publication window."""
    m = m.copy()
    if m["date_text"]:
        dm = date_mentions(m["date_text"], (window[0].isoformat(), window[1].isoformat()))
        if len(dm):
            r = dm.iloc[0]
            m["date"], m["date_precision"], m["earliest"], m["latest"] = r["value"], r["precision"], r["earliest"], \
                r["latest"]
    if not m["earliest"]:
        m["date"], m["date_precision"] = "", "vague"
        m["earliest"], m["latest"] = (window[0] - timedelta(days=30)).isoformat(), window[1].isoformat()
        m["date_source"] = "article window"
    m["date_inference"] = why
    return m


def merge_incidents(mentions: pd.DataFrame, articles: pd.DataFrame | None = None
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge incident mentions across sentences and outlets: (incidents, conflicts).

    Same incident = same event family (US strike vs. militia attack/claim/interception), compatible
    place (same, nested, or siblings in one city), dates within one day, compatible weapon
    family; a mention without a place joins only with a matching count or a precise date.
    Mentions of articles without a publication date are first linked by place, weapon and counts to
    incidents that dated outlets report; the article's publication window is then inferred
    (``infer_publication_window`` when ``articles`` has a ``text`` column, else [latest linked day,
    +3 days]) and its relative dates re-resolved (column ``date_inference``; windows in
    ``incidents.attrs["publication_windows"]``).

    >>> m = pd.DataFrame([dict(zip(MENTION_COLUMNS, [""] * len(MENTION_COLUMNS)))] * 2)
    >>> m = m.assign(doc_id=["a", "b"], mention_id=["a-m0", "b-m0"], scope="incident", event_type="attack",
    ...     weapon="rockets", place_id="ain_al_asad", date=["2021-07-07", "2021-07-06"], date_precision="day",
    ...     earliest=["2021-07-07", "2021-07-06"], latest=["2021-07-07", "2021-07-06"],
    ...     n_fired=[14, 24], n_hit=pd.NA, n_claimed=pd.NA, killed=pd.NA, injured=pd.NA, date_source="sentence")
    >>> inc, conf = merge_incidents(m)
    >>> len(inc), sorted(conf["field"])
    (1, ['date', 'n_fired'])
    """
    clusters, windows = _cluster_mentions(mentions, articles)
    inc, conf = _incident_table(clusters, articles)
    inc.attrs["publication_windows"] = windows
    return inc, conf


def resolve_undated(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions table with the dates of undated articles re-resolved as ``merge_incidents`` infers them.

    Rows of articles with a publication date are returned unchanged; ``date_inference`` says what
    was inferred for the others (aggregate statements of those articles are re-resolved too).

    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "para_id": 0, "sent_id": 0, "start": 0, "end": 70, "text": [
    ...     "On Wednesday, 14 rockets were fired at Ain al-Asad air base.",
    ...     "On Tuesday, 24 rockets were launched at the Ain al-Asad base."]})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2021-07-07", ""], "text": list(s["text"])})
    >>> resolve_undated(incident_mentions(s, arts), arts)[["doc_id", "date"]].values.tolist()
    [['a', '2021-07-07'], ['b', '2021-07-06']]
    """
    clusters, windows = _cluster_mentions(mentions, articles)
    updated = {r["mention_id"]: r for c in clusters for r in c.rows}
    out = mentions.copy()
    for idx, r in out.iterrows():
        if r["mention_id"] in updated:
            new = updated[r["mention_id"]]
            for col in ("date", "date_precision", "earliest", "latest", "date_source", "date_inference"):
                out.at[idx, col] = new[col]
        elif r["doc_id"] in windows:
            lo, hi = windows[r["doc_id"]]
            new = _reresolve(r, (date.fromisoformat(lo), date.fromisoformat(hi)), "publication window inferred "
                             f"{lo}/{hi} from the article's incidents (see incidents.csv)")
            for col in ("date", "date_precision", "earliest", "latest", "date_source", "date_inference"):
                out.at[idx, col] = new[col]
    return out


def _undated_docs(m: pd.DataFrame, articles: pd.DataFrame | None) -> list[str]:
    """Articles without a publication date (from ``articles.published`` when given, else from the mentions)."""
    if articles is not None and "published" in articles.columns:
        pub = articles.set_index("doc_id")["published"].fillna("").astype(str)
        return sorted(d for d in m["doc_id"].unique() if d in pub.index and pub[d] in ("", "nan", "<NA>", "None"))
    docs = sorted(m.loc[m["date_precision"].eq("unknown") | m["date"].eq(""), "doc_id"].unique())
    return [d for d in docs if not m.loc[m["doc_id"] == d, "date_source"].isin(["article window"]).any()]


def _cluster_mentions(mentions: pd.DataFrame, articles: pd.DataFrame | None
                      ) -> tuple[list[_Cluster], dict[str, tuple[str, str]]]:
    """Clusters of incident mentions (see ``merge_incidents``) and the inferred publication windows."""
    m = mentions[mentions["scope"] == "incident"].copy()
    m = m.sort_values(["doc_id", "sent_start", "clause_start"], kind="stable")
    undated_docs = _undated_docs(m, articles)
    clusters: list[_Cluster] = []
    windows: dict[str, tuple[str, str]] = {}
    first = m[~m["doc_id"].isin(undated_docs) | (m["date_precision"].isin(["day", "month", "year"]) &
                                                m["date_rule"].str.contains("date|month_year|year", regex=True))]
    rest = m.drop(first.index)
    order = first.assign(_p=first["place_id"].eq("").astype(int),
                         _q=first["date_precision"].map({"day": 0, "month": 1, "year": 2}).fillna(3))
    for _, r in order.sort_values(["_p", "_q", "doc_id", "sent_start"], kind="stable").iterrows():
        c = _assign(r, clusters)
        c.add(r) if c else clusters.append(_Cluster(r))
    # undated articles: link by place/weapon/counts, infer the publication window, re-resolve dates
    for doc in undated_docs:
        rows = rest[rest["doc_id"] == doc]
        votes, linked, anchors = [], [], []
        for _, r in rows.iterrows():
            c = _assign(r, clusters, use_date=False, unique=True)
            if c and c.day_dates() and r["place_id"]:
                day = max(c.day_dates())
                votes.append(day)
                linked.append(sorted({x["doc_id"] for x in c.rows}))
                if r["date_text"] and r["date_precision"] == "unknown" and \
                        (r["date_text"], day) not in {(x[0], x[1]) for x in anchors}:
                    anchors.append((r["date_text"], day, ",".join(linked[-1])))
        text = _text_of(articles, doc)
        if votes:
            last = date.fromisoformat(max(votes))
            window, how = (last, last + timedelta(days=3)), "fallback: latest linked day + 3 days"
            if text:
                inf = infer_publication_window(text, anchors, not_before=last)
                if inf.as_anchor():
                    window, how = inf.as_anchor(), inf.statement
            windows[doc] = (window[0].isoformat(), window[1].isoformat())
            by = sorted({d for ds in linked for d in ds})
            why = (f"publication window {window[0]}/{window[1]} inferred: {len(votes)} mention(s) link to incidents "
                   f"dated by {', '.join(by)} (latest linked day {last}); {how}")
        else:
            window, why = None, "publication date unknown; no link to a dated report"
        for idx, r in rows.iterrows():
            rows.loc[idx] = _reresolve(r, window, why) if window else r.copy()
            if not window:
                rows.loc[idx, "date_inference"] = why
        for _, r in rows.iterrows():
            c = _assign(r, clusters, use_date=bool(window))
            c.add(r) if c else clusters.append(_Cluster(r))
    return clusters, windows


def _text_of(articles: pd.DataFrame | None, doc_id: str) -> str:
    """The cleaned text of one article when ``articles`` carries it, else ''."""
    if articles is None or "text" not in articles.columns:
        return ""
    hit = articles.loc[articles["doc_id"] == doc_id, "text"]
    return str(hit.iloc[0]) if len(hit) else ""


def _consensus_count(rows: list[pd.Series], field: str) -> tuple[object, list[str] | None]:
    """Consensus value of a count field and, when sources disagree, the list of 'doc: value' strings."""
    vals = [(r["doc_id"], int(r[field]), _qualifier(r, field)) for r in rows if pd.notna(r[field])]
    if not vals:
        return pd.NA, None
    ok = all(counts_compatible(a[1:], b[1:]) for a in vals for b in vals)
    shown = sorted({f"{d}: {'' if q == 'exact' else q.replace('_', ' ') + ' '}{v}" for d, v, q in vals})
    if ok:
        exact = [v for _d, v, q in vals if q == "exact"]
        return (max(exact) if exact else max(v for _d, v, _q in vals)), None
    return pd.NA, shown


def _incident_table(clusters: list[_Cluster], articles: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Incidents and conflicts tables from clusters."""
    label = {}
    if articles is not None and "doc_id" in articles:
        col = "label" if "label" in articles.columns else "outlet" if "outlet" in articles.columns else None
        label = dict(zip(articles["doc_id"], articles[col])) if col else {}
    tab = places_gazetteer().table.set_index("place_id")
    recs, confl = [], []
    for c in clusters:
        rows = c.rows
        pid = c.place_id
        rec: dict = {c_: "" for c_ in INCIDENT_COLUMNS}
        types = [r["event_type"] for r in rows]
        rec["event_type"] = next((t for t in ("attack", "us_strike", "interception", "claim", "threat") if t in types),
                                 types[0])
        rec["event_types"] = ";".join(sorted(set(types)))
        ws = c.weapons()
        rec["weapon"] = next((w for w in WEAPONS if w in ws), "")
        if pid:
            p = tab.loc[pid]
            rec.update(place_id=pid, place=p["name"], country=p["country"], admin1=p["admin1"],
                       latitude=float(p["latitude"]), longitude=float(p["longitude"]),
                       geo_precision=specificity(pid, tab.reset_index()))
        else:
            rec.update(country=next((r["country"] for r in rows if r["country"]), ""), latitude=np.nan,
                       longitude=np.nan, geo_precision=pd.NA)
        days = sorted({(r["doc_id"], r["date"]) for r in rows if r["date_precision"] == "day" and r["date"]
                       and r["date_source"] == "sentence"})
        all_days = sorted({d for _doc, d in days}) or sorted(set(c.day_dates()))
        iv = c.interval()
        if len(all_days) == 1:
            rec.update(date=all_days[0], date_precision="day", earliest=all_days[0], latest=all_days[0])
        elif len(all_days) > 1:
            by_day = {d: sum(1 for _doc, x in days if x == d) for d in all_days}
            top = sorted(by_day, key=lambda d: (-by_day[d], d))
            rec.update(date="" if by_day[top[0]] == by_day.get(top[1], -1) else top[0], date_precision="day",
                       earliest=all_days[0], latest=all_days[-1])
            confl.append({"field": "date", "values": [f"{d}: {x}" for d, x in days], "consensus": rec["date"]})
        elif iv:
            prec = [r["date_precision"] for r in rows if r["date_precision"] in ("month", "year")]
            best = [r for r in rows if r["date_precision"] == (prec[0] if prec else "")]
            rec.update(date=best[0]["date"] if best else "", date_precision=prec[0] if prec else "vague",
                       earliest=iv[0].isoformat(), latest=iv[1].isoformat())
        else:
            rec.update(date="", date_precision="unknown")
        rec["date_basis"] = "; ".join(sorted({f"{r['doc_id']}: {r['date_source']}" + (f" ({r['date_text']})"
                                                                                     if r["date_text"] else "")
                                              for r in rows if r["date_source"]}))
        rec["date_inference"] = "; ".join(sorted({r["date_inference"] for r in rows if r["date_inference"] and not
                                                  re.match(r"date_|month_year|year", str(r["date_rule"]))}))
        for f in _COUNT_FIELDS:
            value, bad = _consensus_count(rows, f)
            rec[f] = value
            if bad:
                confl.append({"field": f, "values": bad, "consensus": ""})
        perps = [r for r in rows if r["actor_id"]]
        named = sorted({r["actor_id"] for r in perps if r["actor_id"] not in ("pro_iran_militias", "unknown_group")
                        and actors_gazetteer().row(r["actor_id"])["type"] == "armed group"})
        if len(named) > 1 and c.family == "militia":
            confl.append({"field": "perpetrator", "values": sorted({f"{r['doc_id']}: {r['actor']} ({r['attribution']})"
                                                                    for r in perps if r['actor_id'] in named}),
                          "consensus": ""})
        lead = sorted(perps, key=lambda r: (r["actor_id"] in ("pro_iran_militias", "unknown_group"),
                                            r["attribution"] != "claimed", r["doc_id"]))
        if lead:
            rec.update(actor_id=lead[0]["actor_id"], actor=lead[0]["actor"], attribution=lead[0]["attribution"])
        rec["actors"] = "; ".join(sorted({f"{r['actor']} ({r['attribution']}"
                                          + (f" by {r['attributed_by']}" if r["attributed_by"] else "")
                                          + f", {r['doc_id']})" for r in perps}))
        rec["target"] = next((r["target"] for r in rows if r["target"]), "")
        sites = sorted({r["place_id"] for r in rows if r["place_id"] and tab.loc[r["place_id"], "type"] in SITE_TYPES})
        sites = [p for p in sites if not any(p in ancestors(q) for q in sites)]
        if len(sites) > 1:
            confl.append({"field": "place", "values": sorted({f"{r['doc_id']}: {r['place_id']}" for r in rows
                                                              if r["place_id"] in sites}), "consensus": pid})
        docs = sorted({r["doc_id"] for r in rows})
        rec.update(n_mentions=len(rows), n_sources=len(docs), doc_ids=";".join(docs),
                   sources="; ".join(str(label.get(d, d)) for d in docs),
                   mention_ids=";".join(sorted(r["mention_id"] for r in rows)),
                   evidence=max(rows, key=lambda r: (r["place_source"] == "sentence", r["date_source"] == "sentence",
                                                     -len(r["evidence"])))["evidence"])
        rec["conflicts"] = ";".join(sorted({x["field"] for x in confl if "incident" not in x}))
        for x in confl:
            x.setdefault("incident", rec)
        recs.append(rec)
    inc = pd.DataFrame(recs, columns=INCIDENT_COLUMNS)
    inc["_k"] = inc["earliest"].replace("", "9999")
    inc = inc.sort_values(["_k", "date", "place_id", "mention_ids"], kind="stable").drop(columns="_k")
    inc = inc.reset_index(drop=True)
    ids = {id(r): f"inc{i + 1:03d}" for i, r in enumerate(inc.to_dict("records"))}
    inc["incident_id"] = [f"inc{i + 1:03d}" for i in range(len(inc))]
    key = {r["mention_ids"]: iid for r, iid in zip(inc.to_dict("records"), inc["incident_id"])}
    rows_c = [{"incident_id": key[x["incident"]["mention_ids"]], "field": x["field"], "n_values": len(x["values"]),
               "values": " | ".join(x["values"]), "consensus": str(x["consensus"]),
               "place": x["incident"]["place"], "date": x["incident"]["date"]} for x in confl]
    del ids
    conf = pd.DataFrame(rows_c, columns=CONFLICT_COLUMNS).sort_values(["incident_id", "field"]).reset_index(drop=True)
    for f in _COUNT_FIELDS:
        inc[f] = pd.to_numeric(inc[f], errors="coerce").astype("Int64")
    inc["geo_precision"] = pd.to_numeric(inc["geo_precision"], errors="coerce").astype("Int64")
    for col in INCIDENT_COLUMNS:
        if inc[col].dtype == object:
            inc[col] = inc[col].fillna("").astype(str)
    return inc, conf


# ------------------------------------------------------------------ cited-source series
_TIMES = re.compile(r"\b(?:struck|targeted|attacked|hit|bombed|shelled)\s+(?P<n>\w+(?:[- ]\w+)?)\s+times\b", re.I)


def claimed_totals(text: str) -> pd.DataFrame:
    """Totals an article's text claims per target ("struck 24 times"): place_id, place, admin1, claimed_total, evidence.

    >>> claimed_totals("The Assad airbase has been struck 24 times while Harir has been targeted 15 times.")[
    ...     ["place_id", "claimed_total"]].values.tolist()
    [['ain_al_asad', 24], ['harir', 15]]
    """
    rows = []
    places = find_places(text)
    prev_end = 0
    for m in _TIMES.finditer(text):
        n = parse_number(m.group("n"))
        seg_start = max(prev_end, text.rfind(".", 0, m.start()) + 1)
        before = places[(places["start"] >= seg_start) & (places["end"] <= m.start()) & (places["type"] != "country")]
        prev_end = m.end()
        if n is None or before.empty:
            continue
        p = before.sort_values(["start"]).iloc[0]  # "Al-Harir airbase in Irbil ... 15 times": the site, not its locator
        rows.append({"place_id": p["place_id"], "place": p["name"], "admin1": p["admin1"], "claimed_total": int(n),
                     "evidence": text[max(0, p["start"]):m.end()]})
    return pd.DataFrame(rows, columns=["place_id", "place", "admin1", "claimed_total", "evidence"])


def classify_title(title: str) -> dict:
    """Event type, weapon and target place of one cited headline.

    >>> classify_title("Drone Attack Intercepted Over Skies of US Military Base in Erbil")["event_type"]
    'interception'
    """
    pl = _site_places(title)
    sites = pl[~pl["type"].isin(["country"])] if len(pl) else pl
    p = sites.iloc[0] if len(sites) else None
    weapons = _weapons(title)
    et = _event_type(title, title, p is not None, bool(weapons), False) or ""
    if re.search(r"\b(?:stop|halt|end|prevent|avoid)\s+(?:the\s+)?attack", title, re.I):
        et = ""
    if re.search(r"\b(?:tracking|attacks target|\d+ attacks)\b", title, re.I):
        et = "aggregate"
    if re.search(r"\bthreaten", title, re.I):
        et = "threat"
    return {"event_type": et, "weapon": weapons[0] if weapons else "",
            "place_id": p["place_id"] if p is not None else "", "place": p["name"] if p is not None else "",
            "admin1": p["admin1"] if p is not None else "", "place_score": float(p["score"]) if p is not None else np.nan}


def reference_series(references: pd.DataFrame, articles: pd.DataFrame | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dated source list as a series of reported events by target, and a comparison with claimed totals.

    Returns (series, comparison): ``series`` has one row per cited item (doc_id, ref_id, date, outlet,
    title, event_type, weapon, place_id, place, admin1, place_score, duplicate = same headline and date
    cited earlier in the list); ``comparison`` counts the distinct cited reports of attacks per doc and
    target area (admin1) and sets them against the totals the article's
    text claims (``claimed_totals`` of ``articles.text``).

    >>> refs = pd.DataFrame({"doc_id": ["d", "d"], "ref_id": [0, 1], "author": "", "outlet": "x", "date_raw": "",
    ...     "title": ["Rockets hit Ain al-Asad", "Drone attack targets Ain al-Assad base"], "date": ["2023-10-22", "2023-10-29"]})
    >>> reference_series(refs)[0][["place_id", "event_type"]].values.tolist()
    [['ain_al_asad', 'attack'], ['ain_al_asad', 'attack']]
    """
    recs = []
    for r in references.itertuples(index=False):
        recs.append({"doc_id": r.doc_id, "ref_id": r.ref_id, "date": r.date, "outlet": r.outlet, "title": r.title,
                     **classify_title(str(r.title))})
    cols = ["doc_id", "ref_id", "date", "outlet", "title", "event_type", "weapon", "place_id", "place", "admin1",
            "place_score"]
    series = pd.DataFrame(recs, columns=cols).sort_values(["doc_id", "date", "ref_id"], kind="stable")
    series = series.reset_index(drop=True)
    key = series["title"].map(match_key)
    series["duplicate"] = pd.DataFrame({"d": series["doc_id"], "k": key, "t": series["date"]}).duplicated()
    attacks = series[series["event_type"].isin(["attack", "interception", "claim"]) & series["admin1"].ne("")
                     & ~series["duplicate"]]
    comp = (attacks.groupby(["doc_id", "admin1"], as_index=False)
            .agg(cited_reports=("ref_id", "size"), distinct_days=("date", "nunique"), first=("date", "min"),
                 last=("date", "max"), sites=("place", lambda s: "; ".join(sorted(set(s))))))
    claims = []
    if articles is not None and "text" in articles.columns:
        for a in articles.itertuples(index=False):
            t = claimed_totals(str(a.text))
            if len(t):
                claims.append(t.assign(doc_id=a.doc_id))
    if claims:
        ct = pd.concat(claims).groupby(["doc_id", "admin1"], as_index=False).agg(
            claimed_total=("claimed_total", "sum"), claimed_for=("place", lambda s: "; ".join(sorted(set(s)))))
        comp = comp.merge(ct, on=["doc_id", "admin1"], how="outer")
    else:
        comp = comp.assign(claimed_total=pd.NA, claimed_for="")
    comp["claimed_total"] = pd.to_numeric(comp["claimed_total"], errors="coerce").astype("Int64")
    comp["cited_reports"] = pd.to_numeric(comp["cited_reports"], errors="coerce").fillna(0).astype("int64")
    return series, comp.sort_values(["doc_id", "admin1"]).reset_index(drop=True)


# ------------------------------------------------------------------ validation against a hand annotation
def _norm_ws(text: str) -> str:
    """Whitespace- and quote-normalised text for matching evidence across raw and cleaned offsets."""
    return re.sub(r"\s+", " ", str(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip()


def match_gold(mentions: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair gold incident mentions with predicted ones (same doc, overlapping evidence, compatible place).

    Returns one row per gold mention with the matched ``mention_id`` ('' when missed).

    >>> g = pd.DataFrame({"doc_id": ["a"], "evidence": ["14 rockets hit"], "place_id": ["ain_al_asad"]})
    >>> p = pd.DataFrame({"doc_id": ["a"], "mention_id": ["a-m0"], "evidence": ["On Wednesday, 14 rockets hit it."],
    ...     "place_id": ["ain_al_asad"], "scope": ["incident"]})
    >>> match_gold(p, g)["mention_id"].tolist()
    ['a-m0']
    """
    pred = mentions[mentions["scope"] == "incident"]
    used: set[str] = set()
    out = []
    for _, g in gold.iterrows():
        ev = _norm_ws(g["evidence"])
        best = ""
        for _, p in pred[pred["doc_id"] == g["doc_id"]].iterrows():
            pe = _norm_ws(p["evidence"])
            if p["mention_id"] in used or not (ev in pe or pe in ev):
                continue
            gp, pp = str(g.get("place_id") or ""), str(p["place_id"] or "")
            if gp and pp and not places_compatible(gp, pp):
                continue
            best = p["mention_id"]
            if gp == pp:
                break
        if best:
            used.add(best)
        out.append({**g.to_dict(), "mention_id": best})
    return pd.DataFrame(out, columns=[*gold.columns, "mention_id"])


def evaluate_mentions(mentions: pd.DataFrame, incidents: pd.DataFrame, gold: pd.DataFrame,
                      undated_docs: list[str] | tuple = ()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scores of predicted mentions and merged incidents against a gold annotation: (summary, pairs).

    ``summary`` has one row per measure (mention precision/recall/F1; accuracy of event type, weapon
    family, place, day, counts and actor on matched mentions; pairwise precision/recall of "same
    incident" links); ``pairs`` is the gold table with the matched prediction's values side by side.

    >>> s = pd.DataFrame({"doc_id": ["a"], "para_id": 0, "sent_id": 0, "start": 0, "end": 50,
    ...     "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base."]})
    >>> m = incident_mentions(s, pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"]}))
    >>> g = pd.DataFrame({"incident_id": ["g1"], "doc_id": ["a"], "evidence": ["14 rockets hit Ain al-Asad"],
    ...     "event_type": "attack", "weapon": "rockets", "place_id": "ain_al_asad", "date": "2021-07-07",
    ...     "date_precision": "day", "n_fired": "", "n_hit": "14", "n_claimed": "", "killed": "", "injured": "",
    ...     "actor": ""})
    >>> summary, _ = evaluate_mentions(m, merge_incidents(m)[0], g)
    >>> float(summary.set_index("measure").loc["F1", "value"])
    1.0
    """
    pairs = match_gold(mentions, gold)
    pred = mentions.set_index("mention_id")
    matched = pairs[pairs["mention_id"] != ""]
    n_pred = int((mentions["scope"] == "incident").sum())
    tp = len(matched)
    prec, rec = tp / n_pred if n_pred else 0.0, tp / len(gold) if len(gold) else 0.0
    rows = [("mentions", "precision", prec, n_pred), ("mentions", "recall", rec, len(gold)),
            ("mentions", "F1", 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp)]

    def acc(name: str, ok: list[bool]) -> None:
        rows.append(("matched mentions", name, float(np.mean(ok)) if ok else np.nan, len(ok)))

    get = lambda r, c: pred.loc[r["mention_id"], c]  # noqa: E731
    acc("event type", [str(r["event_type"]) == str(get(r, "event_type")) for _, r in matched.iterrows()])
    acc("weapon (family)", [weapons_compatible(str(r["weapon"]), str(get(r, "weapon"))) and bool(get(r, "weapon"))
                            for _, r in matched.iterrows() if str(r["weapon"] or "")])
    acc("place (same id)", [str(r["place_id"]) == str(get(r, "place_id")) for _, r in matched.iterrows()
                            if str(r["place_id"] or "")])
    acc("place (compatible)", [bool(get(r, "place_id")) and places_compatible(str(r["place_id"]), str(get(r, "place_id")))
                               for _, r in matched.iterrows() if str(r["place_id"] or "")])
    acc("mention date (day; dated articles)", [str(r["date"]) == str(get(r, "date")) for _, r in matched.iterrows()
                                               if r["date_precision"] == "day" and r["doc_id"] not in undated_docs])
    inc_date = dict(zip(incidents["incident_id"], incidents["date"]))
    inc_of_ = {mid: iid for iid, mids in zip(incidents["incident_id"], incidents["mention_ids"])
               for mid in str(mids).split(";")}
    acc("incident date (day; all articles)", [str(r["date"]) == str(inc_date.get(inc_of_.get(r["mention_id"], ""), ""))
                                              for _, r in matched.iterrows() if r["date_precision"] == "day"])
    for f in _COUNT_FIELDS:
        vals = [(r[f], get(r, f)) for _, r in matched.iterrows() if pd.notna(r[f]) and str(r[f]) != ""]
        acc(f, [pd.notna(p) and int(float(g)) == int(p) for g, p in vals])
    acc("actor", [str(r["actor"]) == str(get(r, "actor_id")) for _, r in matched.iterrows() if str(r["actor"] or "")])
    # "same incident" links among matched mentions
    inc_of = {mid: iid for iid, mids in zip(incidents["incident_id"], incidents["mention_ids"])
              for mid in str(mids).split(";")}
    m = matched.assign(pred_inc=matched["mention_id"].map(inc_of).fillna(""))
    gl, pl = set(), set()
    recs = m.to_dict("records")
    for i in range(len(recs)):
        for j in range(i + 1, len(recs)):
            if recs[i]["incident_id"] == recs[j]["incident_id"]:
                gl.add((i, j))
            if recs[i]["pred_inc"] and recs[i]["pred_inc"] == recs[j]["pred_inc"]:
                pl.add((i, j))
    lp = len(gl & pl) / len(pl) if pl else np.nan
    lr = len(gl & pl) / len(gl) if gl else np.nan
    rows += [("same-incident links", "precision", lp, len(pl)), ("same-incident links", "recall", lr, len(gl))]
    summary = pd.DataFrame(rows, columns=["level", "measure", "value", "n"])
    side = m.merge(mentions.drop(columns=["doc_id", "evidence"]), on="mention_id", how="left", suffixes=("_gold", "_pred"))
    pairs = pairs.merge(side[["mention_id", "pred_inc"]], on="mention_id", how="left")
    return summary, side if len(side) else pairs


AGREEMENT_FIELDS = ["event_type", "weapon", "place_id", "date", "date_precision", "n_fired", "n_hit", "n_claimed",
                    "killed", "injured", "actor", "attribution"]


def _same_value(a: object, b: object) -> bool:
    """Two annotation cells agree (numbers compared as numbers, empty equals empty)."""
    a, b = ("" if pd.isna(x) else str(x).strip() for x in (a, b))
    try:
        return float(a) == float(b)
    except ValueError:
        return a == b


def annotation_agreement(a: pd.DataFrame, b: pd.DataFrame, fields: list[str] | None = None
                         ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreement of two incident annotations of the same texts: (summary, pairs).

    Mentions pair up by document and overlapping ``start``/``end`` offsets (same place preferred);
    ``summary`` has mention precision/recall/F1 of ``b`` against ``a``, the share of paired mentions
    agreeing on each field (Cohen's kappa for the event type) and pairwise precision/recall of
    "same incident" links; ``pairs`` has both values of every field side by side.

    >>> a = pd.DataFrame({"incident_id": ["x", "x"], "doc_id": "d", "start": [0, 50], "end": [20, 70],
    ...                   "event_type": "attack", "place_id": "ain_al_asad", "n_fired": ["14", ""]})
    >>> b = a.assign(n_fired=["14.0", "24"], incident_id=["p", "q"])
    >>> s, _ = annotation_agreement(a, b, ["event_type", "n_fired"])
    >>> s.set_index("measure")["value"].round(2).to_dict()["n_fired"], s.set_index("measure")["value"].to_dict()["F1"]
    (0.5, 1.0)
    """
    fields = [f for f in (fields or AGREEMENT_FIELDS) if f in a.columns and f in b.columns]
    used: set[int] = set()
    rows = []
    for i, x in a.reset_index(drop=True).iterrows():
        cand = b[(b["doc_id"] == x["doc_id"]) & (b["start"].astype(int) < int(x["end"])) &
                 (b["end"].astype(int) > int(x["start"])) & ~b.index.isin(list(used))]
        if "place_id" in cand.columns and len(cand):
            cand = cand.assign(_same=(cand["place_id"] == x.get("place_id", "")).astype(int)).sort_values(
                "_same", ascending=False, kind="stable")
        j = cand.index[0] if len(cand) else None
        if j is not None:
            used.add(j)
        y = b.loc[j] if j is not None else None
        rec = {"doc_id": x["doc_id"], "start_a": int(x["start"]), "end_a": int(x["end"]),
               "start_b": int(y["start"]) if y is not None else pd.NA, "end_b": int(y["end"]) if y is not None else pd.NA,
               "incident_a": x.get("incident_id", ""), "incident_b": y.get("incident_id", "") if y is not None else "",
               "evidence": x.get("evidence", "")}
        for f in fields:
            rec[f"{f}_a"], rec[f"{f}_b"] = x[f], (y[f] if y is not None else "")
        rows.append(rec)
    pairs = pd.DataFrame(rows)
    only_b = b[~b.index.isin(list(used))]
    tp, na, nb = len(used), len(a), len(b)
    prec, rec_ = (tp / nb if nb else np.nan), (tp / na if na else np.nan)
    out = [("mentions", "precision (b vs a)", prec, nb), ("mentions", "recall (b vs a)", rec_, na),
           ("mentions", "F1", 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0, tp),
           ("mentions", "only in b", float(len(only_b)), len(only_b))]
    m = pairs[pairs["start_b"].notna()] if len(pairs) else pairs
    for f in fields:
        ok = [_same_value(u, v) for u, v in zip(m[f"{f}_a"], m[f"{f}_b"])]
        out.append(("paired mentions", f, float(np.mean(ok)) if ok else np.nan, len(ok)))
    if "event_type" in fields and len(m):
        ya, yb = m["event_type_a"].astype(str), m["event_type_b"].astype(str)
        po = float((ya == yb).mean())
        pe = sum(float((ya == k).mean()) * float((yb == k).mean()) for k in set(ya) | set(yb))
        out.append(("paired mentions", "event_type kappa", (po - pe) / (1 - pe) if pe < 1 else 1.0, len(m)))
    recs = m.to_dict("records")
    la = {(i, k) for i in range(len(recs)) for k in range(i + 1, len(recs)) if recs[i]["incident_a"] == recs[k]["incident_a"]}
    lb = {(i, k) for i in range(len(recs)) for k in range(i + 1, len(recs)) if recs[i]["incident_b"] == recs[k]["incident_b"]}
    out += [("same-incident links", "precision (b vs a)", len(la & lb) / len(lb) if lb else np.nan, len(lb)),
            ("same-incident links", "recall (b vs a)", len(la & lb) / len(la) if la else np.nan, len(la))]
    return pd.DataFrame(out, columns=["level", "measure", "value", "n"]), pairs


def evaluate_dates(articles: pd.DataFrame, gold: pd.DataFrame, windows: dict | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Value F1 of ``date_mentions`` against a gold table of time expressions: (per rule, pairs).

    ``gold``: doc_id, clean_start, clean_end, text, value, precision (offsets into the cleaned text;
    rows whose span was removed by cleaning are skipped). Each article is read against its manifest
    date, or against ``windows[doc_id]`` (an inferred publication window) when it has none. A
    prediction is correct when it overlaps a gold span and has the same value and precision; F1 is
    computed per predicted ``rule`` (gold expressions that nothing predicted count as rule 'missed').

    >>> arts = pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-07"], "text": ["On Wednesday rockets hit."]})
    >>> g = pd.DataFrame({"doc_id": ["a"], "clean_start": [3], "clean_end": [12], "text": ["Wednesday"],
    ...     "value": ["2021-07-07"], "precision": ["day"]})
    >>> float(evaluate_dates(arts, g)[0].set_index("rule").loc["ALL", "f1"])
    1.0
    """
    windows = windows or {}
    preds = []
    for a in articles.itertuples(index=False):
        anchor = a.published or windows.get(a.doc_id)
        preds.append(date_mentions(a.text, anchor).assign(doc_id=a.doc_id, anchor_used=str(anchor or "")))
    pred = pd.concat(preds, ignore_index=True)
    g = gold[gold["doc_id"].isin(articles["doc_id"])].copy()
    if "removed_by" in g.columns:
        g = g[g["removed_by"].fillna("").astype(str).eq("")]
    g = g[pd.to_numeric(g["clean_start"], errors="coerce").notna()]
    g["clean_start"], g["clean_end"] = g["clean_start"].astype(int), g["clean_end"].astype(int)
    pairs, used = [], set()
    for i, r in g.iterrows():
        cand = pred[(pred["doc_id"] == r["doc_id"]) & (pred["start"] < r["clean_end"]) & (pred["end"] > r["clean_start"])]
        cand = cand[~cand.index.isin(used)]
        if cand.empty:
            pairs.append({**r.to_dict(), "pred_text": "", "pred_value": "", "pred_precision": "", "rule": "missed",
                          "correct": False})
            continue
        p = cand.iloc[0]
        used.add(cand.index[0])
        ok = str(p["value"]) == str(r["value"] if pd.notna(r["value"]) else "") and \
            str(p["precision"]) == str(r["precision"])
        pairs.append({**r.to_dict(), "pred_text": p["text"], "pred_value": p["value"], "pred_precision": p["precision"],
                      "rule": p["rule"], "correct": ok})
    pairs = pd.DataFrame(pairs)
    spurious = pred[~pred.index.isin(used)]
    rows = []
    for rule in sorted(set(pred["rule"]) | {"missed"}):
        pr = pairs[pairs["rule"] == rule] if len(pairs) else pairs
        tp = int(pr["correct"].sum()) if len(pr) else 0
        wrong = int((~pr["correct"]).sum()) if len(pr) else 0  # matched span, wrong value: both FP and FN
        fp = wrong + int((spurious["rule"] == rule).sum()) if rule != "missed" else 0
        fn = wrong
        rows.append({"rule": rule, "tp": tp, "fp": fp, "fn": fn,
                     "precision": tp / (tp + fp) if tp + fp else np.nan, "recall": tp / (tp + fn) if tp + fn else np.nan,
                     "f1": 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else np.nan})
    per_rule = pd.DataFrame(rows)
    tot = per_rule[["tp", "fp", "fn"]].sum()
    per_rule.loc[len(per_rule)] = {"rule": "ALL", "tp": tot.tp, "fp": tot.fp, "fn": tot.fn,
                                   "precision": tot.tp / (tot.tp + tot.fp), "recall": tot.tp / (tot.tp + tot.fn),
                                   "f1": 2 * tot.tp / (2 * tot.tp + tot.fp + tot.fn)}
    return per_rule, pairs
