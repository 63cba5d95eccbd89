"""Victims named without a number ("killed Soleimani and al-Muhandis"): ``named_victims``."""

from __future__ import annotations

import re

from ..clauses import name_list_semicolons
from ..gates import opens


_TITLES = frozenset("general commander leader lieutenant head chief deputy colonel major brigadier sheikh "
                    "spokesman official".split())
_TITLE_ABBR = re.compile(r"\b(?:Gen|Lt|Col|Maj|Brig|Capt|Sgt|Cmdr|Adm)\.(?=\s+[A-Z])")
_STOP_CAPS = frozenset("with and the of in his her their its a an as by for to from".split())


#: the words around names of people killed (``named_victims``), compiled once
#: a headline's violent subject before its title-case verb ("US Strike Kills General X"; not "Senate Kills Bill"): one
#: fixed-width look-behind each, as Python's look-behinds must be
_HEADLINE_SUBJECTS = ("[Ss]trike", "[Ss]trikes", "[Aa]ttack", "[Bb]omb", "[Bb]last", "[Dd]rone", "[Rr]aid", "[Gg]unmen",
                      "[Gg]unman")
_KILLED_NAMES = re.compile(r"\b(?:killed|kills|(?:" + "|".join(rf"(?<={w}\s)" for w in _HEADLINE_SUBJECTS) +
                           r")Kill(?:ed|s)|"
                           r"killing of|(?:following|after|since|amid)\s+(?:the\s+)?(?:killings|assassinations)\s+of|"
                           r"(?<=,\s)killing|(?<=\band\s)killing|assassinated|assassinates|assassination of|martyrdom of|"
                           r"deaths of|(?:claimed|took|cost)\s+the\s+li(?:ves|fe)\s+of|shot\s+dead|gunned\s+down|(?:shot|stabbed|beaten)\s+to\s+death)\s+(?!(?:were|are)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b)"  # not "(five of those) killed were police officers"
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
_WHO_ASIDE = re.compile(r",\s+who\s+(?:was|is|had\s+(?:[a-z]{3,}ly\s+)?been|has\s+(?:[a-z]{3,}ly\s+)?been)\s+[^,;.]{1,120},(?=\s+and\s)")
#: the last word of a place's or body's name ("Wase Local Government Area"): no person
_UNIT_ENDS = frozenset("area district province state county community council government village town city region "
                       "governorate municipality".split())
#: a reporting verb right after a name ("Kuwait Times reported", "X said"): the name is the toll's source
_SOURCE_VERB = re.compile(r"\s*(?:reported|reports|said|says|told|quoted|added|confirmed|announced)\b")
#: an apposition that describes the name before it (", a senior figure of the party headed by X"): no victim of its own
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[^,;]*")


#: one name and the age after it ("Hla Aung Thein, 42"), one of a list of victims
_AGED_NAME = re.compile(r"(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,4}),\s+\d{1,3}\b"
                        r"(?:,\s+of\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}(?:,\s+(?-i:[A-Z])[\w.]{1,12})?)?")
# (a rank and a home town as a military release gives them: "Staff Sgt. Marion Flint Jr., 29, of Baltimore, Md.")
#: two or more names each told with an age, the passive subject of a killing ("X, 5, Y, 42, and Z, 65, of the township
#: were killed by the shelling")
_AGED_NAMES_KILLED = re.compile(r"(?P<names>(?:" + _AGED_NAME.pattern + r",?\s+(?:and\s+)?)+" + _AGED_NAME.pattern.replace(
    "?P<name>", "") + r"),?\s+(?:(?:of|from)\s+[^,;.]{1,60}?\s+)?(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot\s+dead|gunned\s+down|assassinated)\b")


#: another name of the one just named ("X, also known as Y,", "X, alias Y,"): not a second victim
_ALIAS = re.compile(r",?\s*(?:also\s+)?(?:known\s+as|alias|a\.k\.a\.?|aka)\s+(?:[A-Z][\w'’.-]*\s*){1,4}(?=,|\s+and\b|$)")


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
    >>> named_victims("a drone killed Abdullah and Mosaad Mubarak, brothers who may have been militants")
    ['Abdullah Mubarak', 'Mosaad Mubarak']
    >>> named_victims("gunmen killed Ramirez and Carlos Mendoza outside a bar")
    ['Carlos Mendoza']
    >>> named_victims("The strike killed Mushtaq Talib al-Saidi, also known as Abu Taqwa, a deputy commander")
    ['Mushtaq Talib al-Saidi']
    >>> named_victims("a drone strike that claimed the lives of Gen. Qassim Soleimani and Abu Mahdi al-Muhandis")
    ['Qassim Soleimani', 'Abu Mahdi al-Muhandis']
    >>> named_victims("Ali Ahmed, 5, Hassan Omar, 42, and Mona, 65, of the village were killed by the shelling.")
    ['Ali Ahmed', 'Hassan Omar', 'Mona']
    >>> named_victims("Sgt. Jon Roe Jr., 29, of Baltimore, Md., and Pfc. Al B. Day, 25, of Merrill, Wis. were killed")
    ['Jon Roe Jr.', 'Pfc. Al B. Day']
    >>> named_victims("The strike killed Ali Jaber, a commander in the unit; Omar Saleh, a leader of the brigade; and "
    ...               "fighter Ziad Haddad, the group said.")
    ['Ali Jaber', 'Omar Saleh', 'Ziad Haddad']
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
        if "known as" in tail or "alias" in tail:  # "killed X, also known as Y, a commander": one person, two names
            tail = _ALIAS.sub(",", tail)
        if "; and " in tail:  # "killed X, a commander; Y, a leader; and Z": a list whose items hold commas
            cut = name_list_semicolons(tail)
            tail = "".join("," if i in cut else c for i, c in enumerate(tail))
        tail = _NAMES_END.split(tail, maxsplit=1)[0]
        return _names(_APPOSITIVE.sub(",", tail))
    aged = _AGED_NAMES_KILLED.search(text) if ", " in text else None
    if aged:  # "X, 5, Y, 42, and Z, 65, of Mrauk-U township were killed": each name told with an age
        return [n.group("name") for n in _AGED_NAME.finditer(aged.group("names"))]
    rel = _WHO_WERE_KILLED.search(text)
    if rel:
        return _names(_NAMES_START.split(text[:rel.start()])[-1][-160:])
    return []


def _names(tail: str) -> list[str]:
    """Runs of two or more name words in ``tail`` that are neither places nor actors, titles and demonyms dropped."""
    from ...quotes.lexicon import first_names
    from ..actors import scan_actors
    from ..places import scan_places

    names: list[str] = []
    for found in re.finditer(r"(?:(?:[A-ZÀ-ÖØ-ÞŞŠŽČĆ][a-zß-öø-ÿşšžčćğı’']+|al|Al|el|bin|ibn|Abu|Abi)(?:-[A-Z][a-z’']+)?"
                             r"(?:\s+|$|(?=[,;]))){2,}", tail):
        if re.search(r"\bthe\s+$", tail[:found.start()]):
            continue  # "the Popular Mobilization Forces": a body's name, not a person's
        if found.group().split()[-1].lower() in _UNIT_ENDS:
            continue  # "Wase Local Government Area", "Nyalun Community": a place's name, not a person's
        if _SOURCE_VERB.match(tail, found.end()):
            continue  # "... were found in the bar, Kuwait Times reported": the source that tells it, not a victim
        words = [w for w in found.group().split() if w.lower() not in _TITLES and w.lower() not in _STOP_CAPS]
        if words and re.search(r"['’]s$", words[0]):
            words = words[1:]  # a possessor before the name ("Syria's Ahmad Karimi")
        while words and (words[0].lower() in ("al", "el", "bin", "ibn") or re.search(r"(?:ian|ese|ish|qi|ri)$", words[0])):
            words = words[1:]  # a demonym before the name ("Iranian", "Iraqi")
        name = " ".join(words)
        if len(words) >= 2 and not scan_places(name, fuzzy=False) and not scan_actors(name):
            shared = _SHARED_SURNAME.search(tail, 0, found.start())
            if shared and shared.end() == found.start() and shared.group(1).lower() in first_names() and \
                    not scan_places(shared.group(1), fuzzy=False) and not scan_actors(shared.group(1)):
                names.append(f"{shared.group(1)} {words[-1]}")  # "Abdullah and Mosaad Mubarak": two brothers
            names.append(name)
    return names


#: a lone given name joined to a full name, who share its surname ("killed Abdullah and Mosaad Mubarak, brothers"); a
#: known first name only ("killed Ramirez and Carlos Mendoza": a surname, one person)
_SHARED_SURNAME = re.compile(r"(?:^\s*|,\s*)([A-Z][a-z’']+)\s+and\s+")


from ..prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
