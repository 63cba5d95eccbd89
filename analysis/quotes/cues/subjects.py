"""Speakers the noun phrase right before a cue does not give: the main clause's subject, names set off by asides or
dashes, voices heard, passive agents, crowds, document issuers, free relatives ('what he called'), 'with' clauses,
clauses ending in a colon, and possessed speech ('his call for "..."')."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..marks import sentence_start
from ..mentions import Mention, np_at_end, subject_before
from ..mentions.parts import _is_adverbial, _parts
from .gate import Attribution, _PARTICIPLE, _cue_kind, cues_in
from .after import _np_opening, _opens_before_subject, np_at_start
from .labels import _TOPIC_LABEL, last_match


def _main_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of the main clause of text[s:cs]: the first comma part (after intro phrases, datelines and
    places) that opens with a speaker noun phrase followed by a verb.

    >>> t = "At a rally in Ames, Iowa, on Sunday, Ann Lee went after Bush, calling"; _main_subject(t, 0, len(t)).name
    'Ann Lee'
    >>> t = "Sen. Ann Lee (D-Vt.) went on TV to discuss her rival, Bo Hale, saying"; _main_subject(t, 0, len(t)).name
    'Ann Lee'
    """
    prev = ""
    parts = _parts(text, s, cs)[:8]
    for i, (x, y) in enumerate(parts):
        inner = _subject_inside_intro(text, x, y)
        if inner is not None:
            return inner   # 'When his name was called he declined to speak, saying': the clause after the intro
        men = None if _opens_before_subject(text, x, y) or _is_adverbial(text[x:y]) else _np_opening(text, x, y)
        rest = _after_subject(text, men.end, y, parts[i + 1:i + 3]).split() if men is not None else []
        if men is not None and men.kind == "place" and _state_acting(men, rest):
            return replace(men, kind="body")   # 'The U.S. launched an airstrike ..., citing': the state acts
        if men is None or men.kind == "place" or (not rest and re.search(r"\b[A-Z][\w.]*$", prev)):
            prev = text[x:y].strip()   # 'in Ames, Iowa, on Sunday': the state after a town is a place
            continue
        return men if rest and rest[0][:1].islower() and rest[0].lower() not in lexicon.PREPOSITIONS else None
    return None


#: a subordinate clause run into its main clause without a comma: 'When his name was called he declined'; the
#: nominative pronoun after the subordinate clause's verb opens the main clause (the clause's own subject comes first)
_INTRO_THEN_PRONOUN = re.compile(r"(?:(?:but|and|yet|so)\s+)?(?:when|after|as|once|before|while|although|though|because|since|if)\s+[^,;:]{3,80}?"
                                 r"\b(?<!the )(?<!\ba )(?<!an )(?<!his )(?<!her )(?<!its )(?<!their )(?<!those )(?<!these )(?<!this )(?<!that )"
                                 r"(?!(?:children|women|men|citizens?|kitchen|garden|screen|oven|sudden|often|then|when|even|"
                                 r"seven|eleven|listen|open|one|none|done|gone|alone|phone|zone|line|online)\b)"
                                 r"(?:[a-z]+(?:ed|en|wn|ne)|came|went|began|rose|fell|left|spoke|sat|stood|ran|met|got|won|lost|"
                                 r"heard|saw|took|gave|made|sang|rang|struck|broke)\s+(?P<p>he|she|they|we)\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+(?:ed|s))\b",
                                 re.I)


def _subject_inside_intro(text: str, x: int, y: int) -> Mention | None:
    """The pronoun subject of a main clause run into an intro clause with no comma ('When his name was called he
    declined to step up, saying'), or None.

    >>> t = "When his name was called he declined to step up"; _subject_inside_intro(t, 0, len(t)).name
    'he'
    >>> _subject_inside_intro("When they left, ", 0, 15) is None
    True
    """
    m = _INTRO_THEN_PRONOUN.match(text, x + len(text[x:y]) - len(text[x:y].lstrip()), y)
    if m is None or lexicon.is_cue(m.group("v")):
        return None
    return Mention(m.start("p"), m.end("p"), "pronoun", m.start("p"), m.end("p"), m.group("p"),
                   plural=m.group("p").lower() in ("they", "we"))


def _state_acting(men: Mention, rest: list[str]) -> bool:
    """Whether a place opening a clause is a state or its capital acting: a country's name and a verb after it.

    >>> _state_acting(Mention(0, 8, "place", 0, 8, "U.S."), ["launched", "an"]), _state_acting(
    ...     Mention(0, 4, "place", 0, 4, "Ames"), ["launched"])
    (True, False)
    """
    return bool(rest) and rest[0][:1].islower() and rest[0].lower() not in lexicon.PREPOSITIONS and \
        re.sub(r"^the\s+", "", men.name.lower()) in lexicon.countries() and re.fullmatch(r"[a-z]+", rest[0]) is not None


#: a time word between a subject and its verb: 'The board on Tuesday rejected', 'Lee last week called'
_SUBJECT_TIME = re.compile(r"^\s*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)\b|"
                           r"^\s*(?:yesterday|today|tonight|also|again|then)\b")


#: a comma part that is one prepositional phrase: ' in a statement', ' at a news conference on Monday'
_PREP_PART = re.compile(r"\s*(?:in|on|at|during|after|before|over|via|through)\s+[\w\s’'\-.]{1,50}")


def _after_subject(text: str, end: int, y: int, nxt: list[tuple[int, int]]) -> str:
    """The words after a subject that ends at ``end`` in its comma part ending at ``y``, past a party label ('(D-Vt.)'),
    a time word ('on Tuesday') or a comma-closed adverbial part ('The board, in a statement, rejected').

    >>> t = "The board, in a statement, rejected"; _after_subject(t, 9, 9, [(10, 25), (26, len(t))])
    ' rejected'
    >>> t = "The board on Tuesday rejected"; _after_subject(t, 9, len(t), [])
    ' rejected'
    """
    tail = text[end:y]
    after = text[nxt[1][0]:nxt[1][1]] if len(nxt) == 2 else ""
    if not tail.strip() and after.strip()[:1].islower() and (_is_adverbial(text[nxt[0][0]:nxt[0][1]])
                                                            or _PREP_PART.fullmatch(text, *nxt[0])):
        tail = after
    return _SUBJECT_TIME.sub("", re.sub(r"^\s*\([^()]{0,30}\)", "", tail))


def _name_then_aside(text: str, s: int, cs: int) -> Mention | None:
    """'Tom Reed, the head of X, a group that has sued Y over Z, said': a sentence that opens with a name set off
    by a comma, then a long aside (relative clauses, quoted titles) closed by a comma right before the cue.

    >>> t = 'Ann Lee, head of a group that has sued the city over "its rules," said'; _name_then_aside(t, 0, t.index("said")).name
    'Ann Lee'
    >>> _name_then_aside("In May, the plan, said", 0, 17) is None, _name_then_aside(", said", 0, 2) is None
    (True, True)
    """
    parts = _parts(text, s, cs) if re.search(r",[”\"’']?\s*$", text[s:cs]) and len(text[s:cs]) <= 300 else []
    if not parts:  # no comma before the cue, a long stretch, or nothing but the comma ('…\n\n, said')
        return None
    first = parts[0]
    men = np_at_end(text, first[0], first[1])
    if men is None or men.kind != "person" or text[first[0]:men.start].strip() or cues_in(text, first[1], cs):
        return None
    return men


#: an aside set off by dashes right before the cue: 'Ann Lee – who has led the board since 1989 – said'
_DASH_ASIDE = re.compile(r"\s+[–—]\s+[^–—.;:“”\"]{3,200}?\s+[–—]\s*$")


def _name_then_dashes(text: str, s: int, cs: int) -> Mention | None:
    """'Ann Lee – who has led the board since 1989 – assured that ...': the name that opens the sentence before an
    aside set off by dashes right before the cue.

    >>> t = 'Ann Lee – who has led the board since 1989 – assured that it was “legal”.'
    >>> _name_then_dashes(t, 0, t.index("assured")).name
    'Ann Lee'
    """
    aside = _DASH_ASIDE.search(text, s, cs)
    if aside is None:
        return None
    men = np_at_end(text, s, aside.start())
    if men is None or men.kind != "person" or text[s:men.start].strip() or cues_in(text, aside.start(), cs):
        return None
    return men


#: a relative word whose clause has its own subject before the cue: 'what Lee called', 'whom one aide described as'
_RELATIVE = re.compile(r"\b(?:what|whom|who|which)\s+(?=[A-Za-z])", re.I)


#: participle cues of a crowd's voice ('protesters gathered, chanting "..."')
_CROWD_CUES = {"chanting", "shouting", "yelling", "singing", "screaming", "cheering", "booing", "chanted", "shouted"}
#: a crowd noun phrase: an optional count or modifiers, then the crowd noun, then a verb ('about 200 protesters gathered')
_CROWD = re.compile(r"(?:\b(?:the|some|many|several|dozens\s+of|hundreds\s+of|thousands\s+of|(?:about|nearly|some|over|"
                    r"more\s+than|at\s+least)\s+\d[\d,]*|\d[\d,]*)\s+|\b(?:[A-Z][\w\-’']*\s+){1,3})?"
                    r"\b(protesters|demonstrators|crowds?|audiences?|supporters|fans|students|marchers|activists|attendees|"
                    r"hecklers|onlookers|spectators|delegates|rallygoers|rally-goers|mourners|voters|residents|workers|"
                    r"members|people|citizens|worshippers|worshipers|participants|followers|backers|opponents|veterans|"
                    r"miners|farmers|parents|locals|villagers|youths|(?:many|some|others|those)\s+in\s+the\s+(?:crowd|audience))"
                    r"\s+(?:also\s+|then\s+)?(?:had\s+|have\s+)?[a-z]+ed\b(?:\s+up)?")


#: a voice heard on a recording or in a room: 'X can be heard (after the alarm) saying', 'X is heard calling'
_HEARD = re.compile(r"\s(?:(?:can|could|may|might|will)\s+be|is|was|are|were)\s+(?:also\s+|then\s+)?heard\b"
                    r"(?:(?!\sheard\b)[^,;:.“”\"]){0,60}$")
#: an indefinite person as the subject ('Someone else in the hall'), kept as written
_SOMEONE = re.compile(r"\b((?:[Ss]ome(?:one|body)|[Aa]nother\s+(?:man|woman|person|voice))(?:\s+else)?)"
                      r"(?:\s+(?:in|at|inside|outside|from|near)\s+the\s+\w+)?$")


def _heard_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a voice heard saying something: 'a guard can be heard after the alarm saying "..."'.

    >>> t = "Someone else in the hall can be heard saying"; _heard_subject(t, 0, t.index("saying")).name
    'Someone else'
    >>> t = "A ferry pilot, Ann Lee, is heard calling"; _heard_subject(t, 0, t.index("calling")).name
    'Ann Lee'
    >>> t = "a man is heard swearing and then someone else is heard yelling"; _heard_subject(t, 0, t.index("yelling")).name
    'someone else'
    >>> _heard_subject("Lee said it was heard by all, saying", 0, 30) is None
    True
    """
    m = last_match(_HEARD, text, max(s, cs - 120), cs)   # bounded windows: linear on texts with no sentence end
    if m is None:
        return None
    one = _SOMEONE.search(text, max(s, m.start() - 80), m.start())
    if one is not None:
        return Mention(one.start(1), one.end(1), "role", one.start(1), one.end(1), one.group(1))
    return subject_before(text, s, m.start() + 1)


#: a passive verb's agent closing the clause before a participle cue: 'This was reported by X, stating that'
_PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:reported|announced|confirmed|"
                                r"stated|claimed|released|issued|published|posted|said|disclosed|revealed)\s+by\s+"
                                r"(?P<np>[^,;:“”\"]{2,120}?)\s*,\s*$")


def _passive_agent_before(text: str, s: int, cs: int) -> Mention | None:
    """The agent of a passive report verb right before a participle cue, who speaks it ('This was reported by the
    army's command, stating that ...').

    >>> t = "This was reported by the army command, stating"; _passive_agent_before(t, 0, t.index("stating")).name
    'the army command'
    """
    m = _PASSIVE_BY_BEFORE.search(text, max(s, cs - 200), cs)
    if m is None:
        return None
    men = np_at_end(text, m.start("np"), m.end("np"), subject=False)
    return men if men is not None and men.start == m.start("np") and men.kind in {"person", "role", "body"} else None


def _participle_voice(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The speaker of a participle cue that is neither the sentence subject nor the nearest noun phrase: a crowd for a
    chant, the writer of a document for what it asks or says (None for any other cue).

    >>> t = "Lee spoke, where about 50 protesters had gathered, chanting"; _participle_voice(t, 0, 51, "chanting").name
    'about 50 protesters'
    >>> t = "The farmers blocked the road chanting"; _participle_voice(t, 0, t.index("chanting"), "chanting").name
    'The farmers'
    """
    if form.lower() in _CROWD_CUES:
        crowd = _crowd_subject(text, s, cs)
        lead = len(text[s:cs]) - len(text[s:cs].lstrip())
        if crowd is not None and (re.search(r"(?:,|\band)\s*$", text[s:cs]) or crowd.start == s + lead):
            return crowd    # '..., where protesters had gathered, chanting'; 'The protesters cut in chanting'
    return _document_issuer(text, s, cs) if _PARTICIPLE.search(form) else None


def _crowd_subject(text: str, s: int, cs: int) -> Mention | None:
    """'..., where about 50 protesters had gathered, chanting "..."': a crowd's chant belongs to the last crowd noun
    phrase that is the subject of a clause before the participle, not to the sentence's main subject.

    >>> t = "Lee spoke near the hall, where about 50 protesters had gathered on Monday, chanting"
    >>> _crowd_subject(t, 0, t.index("chanting")).name
    'about 50 protesters'
    >>> _crowd_subject("Lee spoke near the hall, chanting", 0, 25) is None
    True
    """
    m = last_match(_CROWD, text, max(s, cs - 200), cs)
    if m is None:
        return None
    start = m.start()
    while (w := re.match(r"([A-Z][a-z]*)\s+", text[start:m.start(1)])) and \
            w.group(1).lower() in lexicon.SUBORDINATORS | lexicon.PREPOSITIONS | {"and", "but", "then", "so"}:
        start += w.end()   # 'When protesters gathered': not 'When'
    head = m.group(1).lower()
    kind = "body" if head.rstrip("s") in {"crowd", "audience"} else "role"
    return Mention(start, m.end(1), kind, m.start(1), m.end(1), text[start:m.end(1)], "", head.endswith("s"))


#: a document its subject wrote or issued, then its object and modifiers up to a participle cue: 'wrote a letter to X '
_ISSUED_DOC = re.compile(r"\b(?:wrote|sent|released|issued|posted|published|signed|filed|penned|circulated|put\s+out|"
                         r"sent\s+out)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-’']+\s+){0,3}?([a-z\-]+)\b"
                         r"[^,;:“”\"–—]{0,90}$")


def _document_issuer(text: str, s: int, cs: int) -> Mention | None:
    """'Mayor Ann Lee wrote a letter to the minister asking ...': a participle cue after a document that its subject
    wrote or issued speaks for that subject, the writer (not the document, nor its addressee).

    >>> t = "Mayor Ann Lee wrote a letter to Attorney General Bo Hale asking"; _document_issuer(t, 0, t.index("asking")).name
    'Ann Lee'
    >>> _document_issuer("Ann Lee wrote a song asking", 0, 21) is None
    True
    """
    m = _ISSUED_DOC.search(text, max(s, cs - 160), cs)
    role = lexicon.role_nouns().get(m.group(1)) if m is not None else None
    if m is None or role is None or role.kind != "document":
        return None
    men = subject_before(text, s, m.start())
    return men if men is not None and men.kind in {"person", "role", "body"} else None


#: the opening of a ', which ...' or '- as ...' aside inside a clause
_ASIDE_OPEN = re.compile(r"(?:,|\s[–—-]|—)\s*(?:which|as)\s+")


def _cue_in_closed_aside(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether the cue at text[cs:ce] sits in a ', which ...,' or '- as X said -' aside that closes before the clause
    holding the quote at ``o`` goes on ('Lee said the plan, which some have called a ploy, was "an insult"').

    >>> t = 'Lee said the plan, which some have argued was a ploy, was "an insult."'
    >>> _cue_in_closed_aside(t, 0, t.index("argued"), t.index("argued") + 6, t.index('"'))
    True
    >>> t = 'Lee read the report, which notes, "No."'; _cue_in_closed_aside(t, 0, 28, 33, t.index('"'))
    False
    >>> t = 'As Lee observed, the winner was the stage, "not them."'; _cue_in_closed_aside(t, 0, 7, 15, t.index('"'))
    False
    """
    op = last_match(_ASIDE_OPEN, text, max(s, cs - 100), cs)
    if op is None or re.search(r"[,;:“”\"]|\s[–—-]\s", text[op.end():cs]) or \
            not any(_cue_kind(f) == "speech" or _evaluative_before(text, a, b, f, op.start())
                    for a, b, f in cues_in(text, s, op.start())):
        return False   # the aside's cue is the only one ('As X observed, the winner was ...:'): it speaks
    for cl in re.finditer(r",|\s[–—]\s?|—|\s-\s", text[ce:o]):
        return bool(re.search(r"[A-Za-z]{2,}", text[ce + cl.end():o]))
    return False


#: evaluative cues that also name ('a bill called the SAFE Act', 'an operation dubbed Iron Wall'): no cue of their own
_NAMING = frozenset({"called", "dubbed", "named", "termed", "known", "labelled", "labeled", "nicknamed", "titled"})


def _evaluative_before(text: str, a: int, b: int, form: str, op: int) -> bool:
    """Whether an evaluative cue at text[a:b] governs the clause an aside opening at ``op`` sits in: not a naming
    participle, and no ', and' or ';' between them ('Critics called it a stunt, and the agency, which ...').

    >>> t = "Lee described the agency, which was set up in May, as"; _evaluative_before(t, 4, 13, "described", 24)
    True
    >>> t = "A bill called the Act, which Ann said"; _evaluative_before(t, 7, 13, "called", 21)
    False
    """
    return _cue_kind(form) == "evaluative" and form not in _NAMING and \
        not re.search(r"[;:]|,\s*(?:and|while|but|yet|whereas)\b", text[b:op])


#: an adverbial clause opening inside a reported clause: 'X said that when ...', 'X said if ...'
_SUBORDINATE_OPEN = re.compile(r"\b(?:when|whenever|while|if|after|because|although|though|since|before)\s+")


_WHAT_CLAUSE = re.compile(r"\b[Ww]hat\s+((?:[\w’'.\-]+\s+){0,4}?)(?:has\s+|had\s+|have\s+)?$")


def _what_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a free relative right before its cue ('what he called', 'what the mayor described as'): the one
    who uses the quoted words (a pronoun there that can stand for the sentence's subject is taken for it, which stays).

    >>> t = 'Crowds marched against what the mayor called "a fair plan."'; _what_subject(t, 0, t.index("called")).name
    'the mayor'
    """
    m = _WHAT_CLAUSE.search(text, max(s, cs - 60), cs)
    if m is None or not m.group(1).strip():
        return None
    a, b = m.start(1), m.start(1) + len(m.group(1).rstrip())
    pm = re.fullmatch(r"(he|she|they|it|we|I)", text[a:b])
    if pm is not None:
        return Mention(a, b, "pronoun", a, b, pm.group(1).lower())
    men = np_at_end(text, a, b)
    return men if men is not None and men.start == a and men.kind in {"person", "role", "body", "document"} else None


def _same_referent(pron: Mention, men: Mention) -> bool:
    """Whether a pronoun can stand for a mention: 'he'/'she' for one person, 'they'/'it' for a group or a body.

    >>> _same_referent(Mention(0, 2, "pronoun", 0, 2, "he"), Mention(0, 9, "role", 0, 9, "Activists"))
    False
    """
    if men.kind not in {"person", "role", "body"}:
        return False
    return pron.name in {"he", "she"} and _one_person(men) or pron.name in {"they", "it"} and not _one_person(men)


def _one_person(men: Mention) -> bool:
    """Whether a mention is one person ('Ann Lee', 'the mayor'), not a group ('Activists', 'the families').

    >>> _one_person(Mention(0, 9, "role", 0, 9, "Activists")), _one_person(Mention(0, 9, "role", 0, 9, "the boss"))
    (False, True)
    """
    head = men.name.split()[-1].lower() if men.name.split() else ""
    noun = lexicon.role_nouns().get(head)
    plural = men.plural or (noun.plural if noun is not None else head.endswith("s") and not head.endswith("ss"))
    return men.kind == "person" or (men.kind == "role" and not plural)


def _cue_in_subordinate(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether the cue at text[cs:ce] sits in an adverbial clause of a reported clause that closes with a comma
    before the quote at ``o``: the quote is the main clause's report ('Lee said that when Kim argued it, "we
    listened."': Lee's words, not Kim's).

    >>> t = 'Lee said that when Kim argued for the plan, "we all listened."'
    >>> _cue_in_subordinate(t, 0, t.index("argued"), t.index("argued") + 6, t.index('"'))
    True
    >>> t = 'When Kim argued for the plan, she said "we all listened."'
    >>> _cue_in_subordinate(t, 0, t.index("said"), t.index("said") + 4, t.index('"'))
    False
    """
    op = last_match(_SUBORDINATE_OPEN, text, max(s, cs - 120), cs)
    if op is None or re.search(r"[,;:“”\"()]", text[op.end():cs]) or "," not in text[ce:o]:
        return False
    lead = cues_in(text, s, op.start())
    return bool(lead) and _cue_kind(lead[-1][2]) == "speech" and \
        bool(re.fullmatch(r"\s*(?:that\s+)?", text[lead[-1][1]:op.start()]))


#: a verb whose object is the subject's own speech: 'X continued his scathing remarks.', 'Y began her testimony.'
_SPEECH_NOUN_VERB = re.compile(r"\s(continued|began|opened|ended|closed|concluded|resumed|delivered|went\s+on\s+with)\s+"
                               r"(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:remarks|comments|speech|statement|testimony|"
                               r"address|rant|tirade|answer|response|argument|attack|pitch|sermon|monologue|lecture)\b")


def speech_noun_report(text: str, s: int, e: int) -> Attribution | None:
    """'Howard continued his scathing remarks.' (text[s:e], no cue in it): a sentence whose verb takes its subject's
    own speech introduces the quote that follows it; the subject speaks.

    >>> t = 'Ann Lee continued her scathing remarks.'; speech_noun_report(t, 0, len(t)).mention.name
    'Ann Lee'
    >>> speech_noun_report('The band continued its tour.', 0, 28) is None
    True
    >>> t = 'Asked about the levy, the mayor was blunt'; speech_noun_report(t, 0, len(t)).mention.name
    'the mayor'
    >>> t = 'White House spokesman Tom Reid had this to say.'; speech_noun_report(t, 0, len(t)).mention.name
    'Tom Reid'
    """
    m = _SPEECH_NOUN_VERB.search(text, s, e) or _MANNER.search(text, s, e)
    men = subject_before(text, s, m.start(1)) if m is not None else None
    if men is None or men.kind not in {"person", "role", "body", "pronoun"}:
        return None
    return Attribution(m.group(1), m.start(1), m.end(1), men, "before")


#: a sentence that ends by telling how its subject spoke, then gives the words: 'The senator was blunt.', 'Lee shrugged.'
_MANNER = re.compile(r"\s((?:was|were|is|are|seemed|sounded|remained|appeared)\s+(?:(?:more|less|even|equally|far|much|"
                     r"characteristically|typically|just\s+as)\s+)?(?:blunt|defiant|emphatic|adamant|unapologetic|"
                     r"unrepentant|frank|candid|direct|succinct|terse|philosophical|optimistic|pessimistic|upbeat|hopeful|"
                     r"cautious|sceptical|skeptical|dismissive|unequivocal|categorical|firm|forthright|scathing|measured|"
                     r"diplomatic|combative|indignant|defensive|effusive|gracious|resolute|unmoved|unimpressed|undeterred|"
                     r"unbowed|contrite|apologetic|circumspect|coy|evasive|non-?committal)|shrugged|nodded|smiled|grinned|"
                     r"demurred|chuckled|bristled|scoffed|did\s+not\s+mince\s+words|didn[’']t\s+mince\s+words|"
                     r"(?:had|has|have)\s+(?:this|these\s+words|the\s+following)\s+to\s+say|put\s+it\s+this\s+way)"
                     r"(?:\s+(?:about|on|over)\s+[^,.;:!?“”\"]{1,40}|,?\s+(?:too|though|however))?\s*[.:]?\s*$")


def _relative_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of a relative clause that reports: 'in what Ann Lee, a treasurer, called "..."', 'Kim, whom one
    aide described as "..."', 'Dale, who Ortiz on Monday called "..."': the noun phrase between the relative
    word and the cue.

    >>> t = "Kim, whom one council aide described"; _relative_subject(t, 0, t.index("described")).name
    'one council aide'
    >>> t = "Kim, who said"; _relative_subject(t, 0, t.index("said")) is None
    True
    >>> t = "Lee backs the bill, which she called"; _relative_subject(t, 0, t.index("called")).name
    'she'
    >>> t = "Ann Lee, who leads Guayas, condemned"; _relative_subject(t, 0, t.index("condemned")) is None
    True
    """
    rel = last_match(_RELATIVE, text, max(s, cs - 160), cs)
    if rel is None or not text[rel.end():cs].strip() or \
            rel.group().strip().lower() in {"who", "which"} and text[rel.end():cs].rstrip().endswith(","):
        return None   # 'X, who leads Y, condemned': the clause closed, the cue is the main clause's
    men = subject_before(text, rel.end(), cs)
    if men is None or men.start != rel.end() or men.kind not in {"person", "role", "body", "document", "pronoun"}:
        return None
    if men.kind == "pronoun" and rel.group().strip().lower() == "what":
        return _what_pronoun_subject(text, s, rel.start(), men)
    return men if men.kind != "pronoun" or men.name in {"he", "she", "they"} else None


def _what_pronoun_subject(text: str, s: int, rel: int, pron: Mention) -> Mention | None:
    """'X denounced what he called "..."': the main clause's subject when the pronoun can stand for it (the named
    phrase is the speaker's mention), else the pronoun.

    >>> t = "Ann Lee has railed against what she calls"; _what_pronoun_subject(t, 0, 27, Mention(32, 35, "pronoun", 32, 35, "she")).name
    'Ann Lee'
    >>> t = "The voters booed what he calls"; _what_pronoun_subject(t, 0, 19, Mention(24, 26, "pronoun", 24, 26, "he")).name
    'he'
    """
    if pron.name not in {"he", "she", "they"}:
        return None
    main = _main_subject(text, s, rel)
    plural = main is not None and (main.plural or main.kind == "body")
    if main is None or main.kind not in {"person", "role", "body"} or plural != (pron.name == "they"):
        return pron
    return main


_WITH = re.compile(r"\bwith\s+(?=[A-Za-z])", re.I)


def _with_subject(text: str, s: int, cs: int) -> Mention | None:
    """The subject of an absolute 'with X calling ...' clause: the noun phrase between 'with' and the participle.

    >>> t = "Critics were irritated, with Sen. Ann Lee calling"; _with_subject(t, 0, t.index("calling")).name
    'Ann Lee'
    >>> t = "Lee went on air, with one of her ads asking"; _with_subject(t, 0, t.index("asking")).name
    'one of her ads'
    """
    w = last_match(_WITH, text, max(s, cs - 120), cs)
    if w is None or not text[w.end():cs].strip():
        return None
    men = subject_before(text, w.end(), cs)
    if men is None or "," in text[men.end:cs]:
        return None   # 'facilities associated with a militia group last week, citing': an object, not the clause's subject
    return men if men.start == w.end() and men.kind in {"person", "role", "body", "document"} else None


def _person_relays(outer: Attribution) -> bool:
    """Whether an outer report of a named speaker's words is a person's own speech ('Lee said Kim was "..."': Lee's
    words), not an outlet or a document relaying the inner speaker ('Al Jazeera reported that an official said').

    >>> _person_relays(Attribution("said", 0, 4, Mention(0, 3, "person", 0, 3, "Lee"), "before"))
    True
    >>> _person_relays(Attribution("reported", 0, 8, Mention(0, 3, "body", 0, 3, "Al Jazeera"), "before"))
    False
    """
    m = outer.mention
    return m is not None and (m.kind in {"person", "role"} or m.name in {"he", "she", "they"}) and not outer.cue.startswith("report")


def _outer_speech(text: str, s: int, pos: int, any_pronoun: bool = False) -> Attribution | None:
    """The speech cue and named subject of the clause that reports a pronoun subject at ``pos`` in its complement.

    >>> t = 'Ann Lee told reporters that she believed "we will win."'; at = _outer_speech(t, 0, t.index("she"))
    >>> at.cue, at.mention.name
    ('told', 'Ann Lee')
    >>> t = 'She said she asked "the first question."'; _outer_speech(t, 0, t.index("she")).mention.start
    0
    >>> t = 'Ann Lee hailed the vote, telling reporters that she thinks "it is great."'
    >>> _outer_speech(t, 0, t.index("she")).mention.name
    'Ann Lee'
    >>> t = 'He said the board should declare "a state of emergency."'; _outer_speech(t, 0, 12, any_pronoun=True).mention.name
    'he'
    >>> t = 'Ann Lee warned that officers he has met "are tired."'; _outer_speech(t, 0, t.index("he ")).mention.name
    'Ann Lee'
    """
    inner = re.match(r"\w+", text[pos:pos + 5])
    same: Attribution | None = None   # 'He says he believes': the reporting clause's own 'he', if no name is found
    for c0, c1, form in reversed(cues_in(text, s, pos)[-2:]):
        participle = bool(_PARTICIPLE.search(form))
        kind = _cue_kind(form)   # 'X wrote that ...', 'X warned that ...' report a clause as 'said' does
        if not (kind == "speech" or (kind in {"writing", "request"} and re.match(r"\s+that\b", text[c1:pos]))) or \
                (participle and not text[s:c0].rstrip().endswith(",")) or \
                not re.fullmatch(r"[^.;:!?“”\"]{0,80}?(?:\bthat\s+|\s)", text[c1:pos]) or \
                re.search(r"\b(?:which|whom|what|who|although|though|but|while|when)\b", text[c1:pos]) or \
                _fronted_clause_cue(text, s, c0, c1, pos) or _relative_aside_cue(text, s, c0, c1, pos):
            continue
        men = _main_subject(text, s, c0) if participle else \
            (subject_before(text, s, c0) or _name_then_aside(text, s, c0))   # 'X hailed it, telling Y he'; 'X, head of Y (Z), said
        if men is not None and (men.kind != "pronoun" or (any_pronoun and men.name in {"he", "she", "they"})):
            return Attribution(form, c0, c1, men, "before")
        if same is None and men is not None and inner is not None and men.name == inner.group().lower():
            same = Attribution(form, c0, c1, men, "before")
    return same


#: an adverbial or participle clause opening its sentence or clause, up to a cue: 'When Lee announced', 'Watching X talk'
_FRONTED_OPEN = re.compile(r"(?:^\W*|[,;(]\s*|\b(?:and|but)\s+)(?:ever\s+since|when|whenever|while|after|because|although|"
                           r"though|since|before|once|until|as\s+soon\s+as)\s+[^,;:()“”\"]*$|"
                           r"^\W*(?-i:[A-Z][a-z]+ing)\s[^,;:()“”\"]*$", re.I)   # 'Watching X talk about Y, Lee said


def _fronted_clause_cue(text: str, s: int, c0: int, c1: int, pos: int) -> bool:
    """Whether a cue at text[c0:c1] sits in a fronted adverbial clause that a comma closes before ``pos``: the
    clause after the comma is the main clause, not the cue's report ('When Lee announced her bid, she called ...').

    >>> t = "When Lee announced her bid, she called"; _fronted_clause_cue(t, 0, 9, 18, t.index("she"))
    True
    >>> t = "Lee announced that, if elected, she would"; _fronted_clause_cue(t, 0, 4, 13, t.index("she"))
    False
    >>> t = "Watching Kim speak about it, Lee said"; _fronted_clause_cue(t, 0, 13, 18, t.index("Lee"))
    True
    """
    return "," in text[c1:pos] and bool(_FRONTED_OPEN.search(text[s:c0]))   # the sentence's own start is '^'


#: a relative clause opened after a comma, up to a cue: 'the plan, which critics say', 'Trump, who has insulted'
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where)\s[^,;:()“”\"]*$")


_AS_OPEN = re.compile(r"(?:^\W*|[,;(]\s*|\b(?:and|but)\s+)as\s+([^,;:()“”\"]*)$", re.I)


def _fronted_before_main(text: str, s: int, cs: int, ce: int, o: int) -> bool:
    """Whether a cue at text[cs:ce] sits in a fronted adverbial clause ('when', 'while', 'as' ...) and a main clause
    of two words or more follows its comma before the quote at ``o``: the main clause's subject speaks ('But as the
    protests went on, Kim grew sharper: "..."'); 'As Lee put it, "..."' has no main clause and keeps its cue.

    >>> t = 'But as the protests went on, Kim grew sharper: "No."'
    >>> _fronted_before_main(t, 0, t.index("went"), t.index("went") + 7, t.index('"'))
    True
    >>> t = 'As Lee put it, "no."'; _fronted_before_main(t, 0, t.index("put"), t.index("put") + 3, t.index('"'))
    False
    >>> t = 'As Lee put it in May, the plan is "dead."'
    >>> _fronted_before_main(t, 0, t.index("put"), t.index("put") + 3, t.index('"'))
    False
    """
    comma = text.find(",", ce, o)
    as_open = _AS_OPEN.search(text[s:cs])
    if as_open is not None and np_at_start(text, s + as_open.start(1), cs):
        return False    # 'As Ms. Lee put it, RT is "..."': an 'as' clause with a speaker reports the main clause
    if comma < 0 or not (_FRONTED_OPEN.search(text[s:cs]) or as_open):
        return False
    return len(re.findall(r"[A-Za-z][\w’'-]*", text[comma:o])) >= 2 and not cues_in(text, comma, o)


def _relative_aside_cue(text: str, s: int, c0: int, c1: int, pos: int) -> bool:
    """Whether a cue at text[c0:c1] sits in a relative clause that a comma closes before ``pos``: the subject after
    that comma belongs to the main clause, which the relative clause does not report ('Asked about the levy, which
    critics say is unfair, she replied').

    >>> t = "Asked about the levy, which critics say is unfair, she replied"
    >>> _relative_aside_cue(t, 0, t.index("say"), t.index("say") + 3, t.index("she"))
    True
    >>> t = "Critics say the levy, which is new, is unfair and she agreed"
    >>> _relative_aside_cue(t, 0, t.index("say"), t.index("say") + 3, t.index("she"))
    False
    """
    return "," in text[c1:pos] and bool(_RELATIVE_OPEN.search(text, s, c0))


def _clause_colon(text: str, s: int, o: int, para_lo: int) -> Attribution | None:
    """'X delivered a blunt message to Y: "..."': a clause ending in a colon speaks through its subject.

    >>> t = 'The senator delivered a message: "Stop."'; _clause_colon(t, 0, 33, 0).mention.name
    'The senator'
    >>> t = 'The vote does not surprise pollster Dan Hale: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Dan Hale'
    >>> t = 'Ann Lee’s reply was: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Ann Lee'
    >>> t = 'But back home, he returned to his lines: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'he'
    >>> _clause_colon('On Ann Lee: "Fine."', 0, 12, 0) is None
    True
    >>> t = 'In Dover, Delaware, Kim used sharp words: "No."'; _clause_colon(t, 0, t.index('"'), 0).mention.name
    'Kim'
    >>> _clause_colon('One reason for the A: "We worked."', 0, 22, 0) is None
    True
    """
    colon = text.rfind(":", s, o)
    if colon < 0 or text[colon + 1:o].strip():
        return None
    lo = sentence_start(text, colon, s if para_lo < 0 else para_lo)
    label = text[lo:colon].strip()
    if _TOPIC_LABEL.match(label) and "," not in label and len(label.split()) <= 8:
        return None   # 'On the new signing: "..."': a topic label, the speaker is the interview's
    owned = possessed_speech(text, lo, o) if re.search(r"\b(?:was|is)\s*:\s*$", text[lo:o]) else None
    if owned is not None:   # 'Lee's response was: "..."'
        return owned
    men = _with_participle_subject(text, lo, colon) or np_at_start(text, lo, colon)
    if men is None or _place_name(men.name):   # 'In Dover, Delaware, Kim said': the place of a lead phrase is no subject
        men = _main_subject(text, lo, colon) or men   # 'But back home, he had a message:'
    if men is None or men.kind not in {"person", "role", "body", "document", "pronoun", "place"}:
        men = _named_before_colon(text, lo, colon)
    if men is not None and counts_a_thing(text, men):
        return None   # 'One reason for the grade: "..."': a label of a thing, whose speaker the text gave before
    return None if men is None else Attribution("colon", colon, colon + 1, men, "colon")


#: "one" that counts a thing, not a person: 'One reason for the A:', 'One example:'
_ONE_OF_THINGS = re.compile(r"\s+(?:more\s+|other\s+|key\s+|big\s+|main\s+)?(?:reason|thing|problem|example|issue|question|"
                            r"answer|sign|point|factor|explanation|note|difference|change|lesson|hint|clue)s?\b", re.I)


def counts_a_thing(text: str, men: Mention) -> bool:
    """Whether mention 'One' counts a thing named after it ('One reason for the A'), not a person.

    >>> t = "One reason for the A"; counts_a_thing(t, Mention(0, 3, "pronoun", 0, 3, "One"))
    True
    """
    return men.name.lower() == "one" and bool(_ONE_OF_THINGS.match(text, men.end))


#: 'with <speaker> <verb>ing ...' closing a clause before a colon: the absolute phrase's subject speaks
_WITH_ING = re.compile(r"\bwith\s+([^,;:()“”\"]{2,80}?)\s+[a-z]{3,}ing\b[^,;:“”\"]{0,80}$")


def _with_participle_subject(text: str, lo: int, colon: int) -> Mention | None:
    """'The jury met the press, with its chair Ann Lee making the opening remarks:': the person of the 'with' phrase.

    >>> t = 'The board met, with Chair Ann Lee opening the session'; _with_participle_subject(t, 0, len(t)).name
    'Ann Lee'
    """
    a = max(lo, colon - 240)
    m = _WITH_ING.search(text[a:colon])   # a bounded slice of the sentence's end
    men = np_at_end(text, a + m.start(1), a + m.end(1), subject=False) if m is not None else None
    return men if men is not None and men.kind in {"person", "role"} else None


def _place_name(name: str) -> bool:
    """Whether a name is a US state's or a country's ('Delaware', 'Kenya'), a place and no speaker of a clause.

    >>> _place_name("Delaware"), _place_name("Kim Lee")
    (True, False)
    """
    return name.lower() in lexicon.US_STATES or name.lower() in lexicon.countries()


def _named_before_colon(text: str, lo: int, colon: int) -> Mention | None:
    """'The result does not surprise pollster Dan Hale:': a named person closing the clause before a colon.

    >>> t = 'The result pleased analyst Ann Lee:'; _named_before_colon(t, 0, len(t) - 1).name
    'Ann Lee'
    >>> _named_before_colon('The town has one message:', 0, 24) is None
    True
    """
    if re.search(r"[,;]", text[lo:colon]) or not re.search(r"[A-Z][a-z]+$", text[lo:colon]):
        return None
    men = np_at_end(text, lo, colon, subject=False)
    return men if men is not None and men.kind == "person" and men.start > lo else None


#: nouns for what someone said or wrote: 'his call for "..."', 'Lee's claim that she "..."'
_SPEECH_NOUNS = (r"claims?|assertions?|calls?|pledges?|promises?|vows?|warnings?|statements?|remarks?|comments?|words|"
                 r"accusations?|insistence|arguments?|suggestions?|demands?|threats?|pleas?|boasts?|declarations?|"
                 r"denials?|admissions?|predictions?|contention|characterization|complaints?|rejection|description|"
                 r"slogan|refrain|mantra|quip|jab|retort|rebuke|tweets?|post|response|reply|answer")
_POSSESSED_SPEECH = re.compile(r"(?:\b(his|her|their)|([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s?)\s+"
                               r"(?:[a-z][\w\-]*\s+){0,3}?(?:" + _SPEECH_NOUNS + r")\b(?:\s+(?:that|of|for|to|as))?"
                               r"(?:[^.;:!?“”\"]{0,60}|\s+(?:was|is)\s*:\s*)$")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


#: 'a report by X that he "..."': a speech or document noun, 'by', its author, then the partial quote's clause
_NOUN_BY = re.compile(r"\b(?:" + _SPEECH_NOUNS + r"|reports?|story|stories|study|analysis|estimates?|calculations?)"
                      r"\s+by\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:that|which|saying)\b"
                      r"[^.;:!?“”\"]{0,60}$")


def _speech_noun_by(text: str, s: int, o: int) -> Attribution | None:
    """'It was a report by the Herald that he "made up" the story': the named author of the noun speaks.

    >>> t = 'It was a report by the Herald that he "made up" the story.'; _speech_noun_by(t, 0, t.index('"')).mention.name
    'Herald'
    """
    m = _NOUN_BY.search(text, max(s, o - 160), o)
    men = np_at_end(text, m.start(1), m.end(1), subject=False) if m else None
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    return Attribution("by", m.start(1), m.start(1), men, "possessive")


def possessed_speech(text: str, s: int, o: int) -> Attribution | None:
    """'his call for "a total ban"', 'Lee's claim that she "never sent" it': a partial quote inside a speech noun's
    complement is the words of the noun's possessor (a pronoun mention for his/her/their).

    >>> t = 'It followed Ann Lee’s claim that she "never sent" it.'; possessed_speech(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'It followed his call for "a total ban" on it.'; possessed_speech(t, 0, t.index('"')).mention.name
    'he'
    """
    m = _POSSESSED_SPEECH.search(text, max(s, o - 160), o)
    if m is None:
        return _speech_noun_by(text, s, o)
    if m.group(1):
        a, b = m.span(1)
        men = Mention(a, b, "pronoun", a, b, _POSSESSIVE_PRONOUN[m.group(1)])
    else:
        men = np_at_end(text, m.start(2), m.end(2))
        if men is None or men.kind not in {"person", "role", "body"}:
            return None
    return Attribution("possessive", men.end, men.end, men, "possessive")
