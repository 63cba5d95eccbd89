"""The descriptor told with a name: the role before it ('Defense Secretary Lloyd Austin'), an apposition after it
('X, a senior official,'), 'who works as' clauses, and courtesy titles that are no role."""

from __future__ import annotations

import re


from .. import lexicon
from ..speakers import RUNS_ON

_COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "the", "hon", "honourable", "honorable", "but", "and",
             "sheikh", "sheikha", "sayyid", "his", "her", "highness", "excellency", "he", "she", "datuk", "dato", "datin",
             "seri", "tunku", "tengku"}
_LINKS = {"of", "for", "the", "and", "at", "to"}
_MODIFIERS = {"former", "acting", "then", "interim", "incoming", "outgoing", "national", "senior"}
_BEFORE_CUT = re.compile(r"[;:!?\n“”\"()\[\]–—]|\.\s|,\s")


def courtesy_only(role: str) -> bool:
    """Whether a role is only courtesy titles ('Mr', 'the Hon'), which say nothing of a group.

    >>> courtesy_only("Mr."), courtesy_only("Finance Minister")
    (True, False)
    """
    return all(w.lower().strip(".,") in _COURTESY for w in role.split())


#: patterns read by descriptor_before, compiled once
_QUOTE_CLOSE_END = re.compile(r"[.!?,][”’\"']$")
_STOP_END = re.compile(r"[.!?]$")


def descriptor_before(text: str, start: int) -> str:
    """The role phrase written just before a name, within its clause ('state police spokesman Bill Sadler').

    >>> t = "late on Friday, state police spokesman Bill Sadler said"; descriptor_before(t, t.index("Bill"))
    'police spokesman'
    >>> t = "according to Wes Streeting"; descriptor_before(t, t.index("Wes"))
    ''
    >>> t = "With Chief Officer Al Wu and Director Bo Li, Mr Ek said"; descriptor_before(t, t.index("Mr"))
    ''
    >>> t = "He called the police. Ek said"; descriptor_before(t, t.index("Ek"))
    ''
    >>> t = "She waved at the protesters" + chr(10) + "Lee first met"; descriptor_before(t, t.index("Lee"))
    ''
    >>> t = "He used his time to press Trudeau to act"; descriptor_before(t, t.index("Trudeau"))
    ''
    """
    window = text[max(0, start - 90):start].rstrip(" \t")
    if window.endswith("\n"):
        return ""    # 'a group of protesters\nHarris first met': a line break ends the look-back
    window = window.rstrip()
    if _QUOTE_CLOSE_END.search(window):
        return ""    # '... the mayor,” Ek said': a closing quote mark ends the look-back
    if _STOP_END.search(window) and window.split()[-1].lower().rstrip(".") not in lexicon.titles():
        return ""    # 'told the authorities. Markward said': a sentence ends before the name
    words = _BEFORE_CUT.split(window[:-1] if window.endswith(",") else window)[-1].split()
    keep: list[str] = []
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        low = w.lower().strip(".,’'")
        if not (w[:1].isupper() or _role_word(w) or low in _LINKS or low in _MODIFIERS or _compound_role(low, keep) or
                _role_goes_on(words, j, keep)):
            break
        keep.insert(0, w)
    while keep and keep[0].lower() in _LINKS:
        keep.pop(0)
    if keep and _role_word(keep[-1]) and "and" in keep:     # 'Officer X and Director Y' : the last role only
        keep = keep[len(keep) - keep[::-1].index("and"):]
    ok = keep and (_role_word(keep[-1]) or _role_word(keep[0]) and len(keep) > 1 and keep[1].lower() in {"for", "of"} or
                   _role_then_place(keep))
    lead = words[:len(words) - len(keep)]
    if ok and lead and lead[-1].lower() in {"to", "will", "would", "could", "should", "must", "can"} and keep[0].islower():
        return ""   # 'used his time to press Trudeau to act': a verb after 'to', not a role
    if ok and window.endswith(",") and not _apposed_before(words[:len(words) - len(keep)], text, start):
        return ""   # 'troops were hurt at the base of coalition forces, Lee said': an object ends the clause, no apposition
    return " ".join(keep).strip(" ,") if ok and not courtesy_only(" ".join(keep)) else ""


#: a lower-case word that qualifies an office between a named body and the office ('security', 'presidential')
_OFFICE_MODIFIER = re.compile(r"[a-z]+(?:al|ary|ic|ive|ian)|security|defen[cs]e|police|intelligence|media|press|campaign|"
                              r"party|state|foreign|border|health|finance|justice|interior|army|navy")


def _role_goes_on(words: list[str], j: int, keep: list[str]) -> bool:
    """Whether the lower-case word words[j], read back from a name, still belongs to the role kept after it: the
    preposition of where an office serves ('official in Iraq') or a modifier between a named body and its office
    ('Kataib Hezbollah security official', 'Democratic presidential candidate').

    >>> w = "Senior Hezbollah security official in Iraq".split()
    >>> _role_goes_on(w, 4, ["Iraq"]), _role_goes_on(w, 2, ["official", "in", "Iraq"]), _role_goes_on(w, 4, [])
    (True, True, False)
    """
    low = words[j].lower().strip(".,’'")
    if not keep or j == 0:
        return False
    if low in {"in", "from"}:
        return all(k[:1].isupper() and not _role_word(k) for k in keep) and _office_noun(words[j - 1])
    return bool(_OFFICE_MODIFIER.fullmatch(low)) and _role_word(keep[0]) and words[j - 1][:1].isupper()


def _office_noun(word: str) -> bool:
    """Whether a word is a person's role noun with a group of its own ('official', 'commander'; not 'people').

    >>> _office_noun("official"), _office_noun("people")
    (True, False)
    """
    role = lexicon.role_nouns().get(word.lower().strip(".,’'"))
    return role is not None and role.kind == "person" and role.group not in {"", "civilian"}


def _role_then_place(words: list[str]) -> bool:
    """Whether a role word is followed only by where it serves ('security official in Iraq', 'envoy to the UN').

    >>> _role_then_place("Senior security official in Iraq".split()), _role_then_place("Ann Lee in Iraq".split())
    (True, False)
    """
    low = [w.lower().strip(".,’'") for w in words]
    for i in range(len(words) - 2, 0, -1):
        if low[i] in {"in", "at", "from", "to"} and _role_word(words[i - 1]) and \
                1 <= len(words) - i - 1 <= 3 and all(w[:1].isupper() or w.lower() == "the" for w in words[i + 1:]):
            return True
    return False


def _compound_role(low: str, keep: list[str]) -> bool:
    """Whether a lower-case word opens a two-word role noun with the first kept word ('opposition' + 'leader').

    >>> _compound_role("opposition", ["leader"]), _compound_role("angry", ["leader"]), _compound_role("police", [])
    (True, False, False)
    """
    return bool(keep) and f"{low} {keep[0].lower().strip('.,’')}" in lexicon.role_nouns()


#: a name closed by a comma right after it: the second comma of an apposition ('the mayor, Ana Ruiz, said')
_NAME_THEN_COMMA = re.compile(r"(?:(?:[A-Z]|[ae]l-|bin\s|ibn\s)[\w.’'\-]*\s+){0,4}(?:[A-Z]|[ae]l-)[\w.’'\-]*,")  # 'Abu Ali al-Askari,'
_DETERMINERS = {"the", "a", "an", "our", "their", "its", "his", "her", "my", "your", "this", "that"}


def _apposed_before(lead: list[str], text: str, start: int) -> bool:
    """Whether a role phrase closed by a comma before the name at ``start`` stands in apposition to it: only a
    determiner or a possessor opens its clause before it ('the city's mayor, Ana Ruiz said'), or a comma closes the
    name too ('She met the mayor, Ana Ruiz, on Friday'); not an object ending a clause ('They met the mayor, Ruiz said').

    >>> t = "They met the mayor, Ana Ruiz said"; _apposed_before(["They", "met", "the"], t, t.index("Ana"))
    False
    >>> u = "She met the mayor, Ana Ruiz, on Friday"; _apposed_before(["the", "city’s"], t, 19), _apposed_before(["met"], u, 19)
    (True, True)
    """
    if all(w.lower() in _DETERMINERS or w.lower().endswith(("'s", "’s", "s'", "s’")) for w in lead):
        return True
    return _NAME_THEN_COMMA.match(text, start) is not None


def person_role_before(text: str, start: int) -> bool:
    """Whether a person's role noun is written just before a name, maybe closed by a comma ('the city's mayor, Ana
    Ruiz', 'union organiser Bo Kent'): a sign that the name is a person's.

    >>> t = "Our county's sheriff, Ilse Marrow, wrote"; person_role_before(t, t.index("Ilse"))
    True
    >>> t = "the company Breta Lorn said"; person_role_before(t, t.index("Breta"))
    False
    >>> t = "an aide, Olwen Tarrant Institute, found"; person_role_before(t, t.index("Olwen"))
    False
    """
    words = descriptor_before(text, start).split()
    role = lexicon.role_nouns().get(words[-1].lower().strip(".,’'")) if words else None
    if _ORG_NAME_END.match(text, start):
        return False    # 'the nonprofit's director, Harlow Policy Center': an organisation's name, no person
    return bool(role and role.kind == "person" and role.group != "civilian")   # 'his son, X': often not the speaker


#: a capitalised name that ends with one of these words is an organisation's ('Harlow Policy Center')
_ORG_NAME_END = re.compile(r"(?:[A-Z][\w’'&.-]*\s+){0,4}(?:Center|Centre|Club|Media|Capital|Research|Fund|Institute|"
                           r"Foundation)\b")


def _role_word(word: str) -> bool:
    """A role noun or title word ('spokesman', 'Minister', 'MP').

    >>> _role_word("Spokesman"), _role_word("Chris")
    (True, False)
    """
    low = word.lower().strip(".,’'")
    return low in lexicon.role_nouns() or low in lexicon.titles()


def _descriptor_after(text: str, end: int) -> str:
    """The apposition or predicate right after a name (', a Republican senator,' / ' was one of the civilians').

    >>> _descriptor_after("Ali Saleh was one of the civilians injured.", 9)
    'one of the civilians injured'
    """
    m = re.match(r",\s*((?:a|an|the)\s[^,.;:“”\"]{1,80})|\s+(?:was|is|has\s+been)\s+((?:a|an|one\s+of\s+the)\s[^,.;:“”\"]{1,80})",
                 text[end:end + 120])
    return (m.group(1) or m.group(2)) if m else _bare_apposition(text, end)


def who_works(text: str, end: int) -> str:
    """What a person does for a living, told by a relative clause right after the name ('' when none).

    >>> who_works("Bo Hart, who teaches law at Ames University, said", 7), who_works("Bo Hart, who was raised in Ames, said", 7)
    ('teaches law at Ames University', '')
    >>> who_works("Bo Hart, who leads in the polls, said", 7)
    ''
    """
    job = _WHO_WORKS.match(text, end, end + 120)
    return job.group(1) if job else ""


#: a relative clause that says what a person does for a living (', who teaches economics at X', ', who works as an
#: analyst at X', ', who heads the X'): the person's role; any other relative clause says something else
_WHO_WORKS = re.compile(r",\s*who\s+(?:works\s+as\s+|serves\s+as\s+)?((?:teaches|taught|lectures|researches|studies|"
                        r"(?:heads|headed|leads|led|runs|directs|chairs|manages|owns|represents)\s+(?!Mr|Mrs|Ms|Dr)"
                        r"(?=the\s|a\s|an\s|his\s|her\s|their\s|[A-Z])|covers|works\s+(?:at|for)|an?\s)"
                        r"[^,.;:“”\"\n]{1,80})")


#: an apposition with no determiner, closed by a comma, a stop or the end of the line
_BARE_APPOSITION = re.compile(r",[^\S\n]*(?![^\S\n])((?!(?:and|or|but|who|which|whose|where|when|while|as|in|on|at|of)\b)"
                              r"[^,.;:()“”\"\n]{3,80}?)\s*(?=[,.;]|\s*$|\s*\n)")


def _bare_apposition(text: str, end: int) -> str:
    """An apposition without a determiner that opens with a role noun or title, maybe after names, possessives and
    modifiers (', interim city police chief,', ', mother of hostage X', ', NASA Administrator'), with no reporting verb.

    >>> _bare_apposition("Ann Lee, interim Ames police chief, said", 7), _bare_apposition("Ann Lee, Texas, said", 7)
    ('interim Ames police chief', '')
    >>> _bare_apposition("Ann Lee, who left the police force, said", 7), _bare_apposition("Ann Lee, still hated by voters, said", 7)
    ('', '')
    >>> _bare_apposition("Ann Lee, then 44, said", 7), _bare_apposition("Ann Lee, then Bo's literary agent, said", 7)
    ('', '')
    >>> _bare_apposition("Ann Lee, Mayor of Ames and Chair of the Ames Army Museum, said", 7)
    'Mayor of Ames'
    >>> _bare_apposition("Ann Lee, Vice-President and Mayor of Ames, said", 7)
    'Vice-President'
    """
    m = _BARE_APPOSITION.match(text, end, end + 120)
    if m is None:
        return ""
    words = m.group(1).split()
    first = next((i for i, w in enumerate(words[:5]) if any(_role_word(x) for x in w.split("-")) and w.lower() not in _MODIFIERS), -1)
    if first < 0 or "of" in [w.lower() for w in words[:first]] or lexicon.find_cues(m.group(1), 0, len(m.group(1))) or \
            not all(w[:1].isupper() or re.search(r"[’']s?$", w) or w.lower() in _MODIFIERS for w in words[:first]):
        return ""   # 'rather than as an insurgent', 'will air an ad': no noun phrase
    if RUNS_ON.search(m.group(1)) or \
            any(lexicon.first_names().get(w.lower()) is not None for w in words[first + 1:first + 4] if w[:1].isupper()):
        return ""   # 'Chief among the opponents', 'Deputy Mayor Joe Bell and the council leader': no apposition
    return re.split(r"\s+and\s+(?=[A-Z])", m.group(1))[0]   # 'Crown Prince of X and Deputy Commander of Y': the first
