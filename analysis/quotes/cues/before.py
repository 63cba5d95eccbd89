"""Attribution before an opening mark (``attribution_before``): the subject of the cue before the quote, coordinated
and participle cues and the finite cue they hang on, restrictive 'who' clauses, 'as X put it' and 'that said'."""

from __future__ import annotations

import re

from .. import lexicon
from ..marks import D_CLOSE, sentence_end, sentence_start
from ..mentions import Mention, named_apposition, np_at_end, object_after, subject_before
from .gate import (AMBIGUOUS, Attribution, WINDOW, _AS_PUT_IT, _DOC_BEFORE_PARTICIPLE, _PARTICIPLE, _cue_kind,
                   _infinitive_subject, _loose_subject, cues_in)
from .after import _document_subject, _loose_slot, according_to_source, np_at_start
from .labels import (_for_viewpoint, _label_attribution, _parenthetical, _passive_attribution, _source_before_clause,
                     _words_of, last_match)
from .subjects import (_clause_colon, _cue_in_closed_aside, _cue_in_subordinate, _fronted_before_main, _heard_subject,
                       _main_subject, _name_then_aside, _name_then_dashes, _outer_speech, _participle_voice,
                       _passive_agent_before, _person_relays, _relative_subject, _same_referent, _what_subject,
                       _with_subject)


def _shared_subject(text: str, s: int, cs: int, para_lo: int) -> Mention | None:
    """'X mocked Y and called Z "..."': a cue after 'and'/'but' takes the subject that opens the sentence.

    >>> t = 'The senator mocked the bill and called it "a joke".'; _shared_subject(t, 0, t.index("called"), 0).name
    'The senator'
    >>> t = 'Lee used to back it, but now says it is "a waste".'; _shared_subject(t, 0, t.index("says"), 0).name
    'Lee'
    >>> t = 'said an aide who ran the inquiry and described it as "a mess".'; _shared_subject(t, 0, t.index("desc"), 0).name
    'who'
    >>> t = 'Asked about Ann Lee, she laughed and said, "Never."'; _shared_subject(t, 0, t.index("said"), 0).name
    'she'
    """
    if not re.search(r"\b(?:and|but|or|then)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|now\s+|still\s+|again\s+|"
                     r"even\s+|never\s+|soon\s+)?$", text[max(s, cs - 30):cs]):
        return None
    pron = _PRONOUN_VERB_AND.search(text, max(s, cs - 60), cs)   # 'When asked, she smiled and said': she
    if pron is not None:
        return Mention(pron.start(1), pron.end(1), "pronoun", pron.start(1), pron.end(1), pron.group(1).lower())
    who = _WHO_THEN_AND.search(text, max(s, cs - 160), cs)   # 'an official who oversaw it and described it as'
    if who is not None:
        return Mention(who.start(), who.start() + 3, "pronoun", who.start(), who.start() + 3, "who")
    return np_at_start(text, sentence_start(text, cs, para_lo), cs)


#: a subject pronoun and one verb coordinated with the cue: 'she smiled and said', 'he paused, then added'
_PRONOUN_VERB_AND = re.compile(r"(?:^|(?<=[\s,;(]))(he|she|they|we|He|She|They|We)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b,?\s+"
                               r"(?:and|but|then)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$")
#: a relative 'who' clause whose verb is coordinated with the cue: 'who oversaw the inquiries and described'
_WHO_THEN_AND = re.compile(r"\bwho\s+[a-z]+\s+[^,;:“”\"]{1,140}?\s(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?$")


def _coordinated_report(text: str, s: int, cs: int, para_lo: int) -> Mention | None:
    """'Lee said it was too early but added, "..."': a second cue joined by 'and'/'but' to an earlier report of the
    sentence's subject takes that subject, not a noun phrase of the first report's clause.

    >>> t = 'Ann Lee said it was too early but added, "We tried."'; _coordinated_report(t, 0, t.index("added"), 0).name
    'Ann Lee'
    >>> t = 'Ann Lee waited and added, "We tried."'; _coordinated_report(t, 0, t.index("added"), 0) is None
    True
    """
    men = _shared_subject(text, s, cs, s if para_lo < 0 else para_lo)
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    earlier = [c0 for c0, _c1, f in cues_in(text, men.end, cs) if _cue_kind(f) == "speech" and c0 < cs - 1]
    return men if earlier and re.fullmatch(r"\s*(?:,[^,;:“”\"]{1,60},)?\s*", text[men.end:earlier[0]]) else None


def _finite_cue_before(text: str, s: int, cs: int) -> Attribution | None:
    """The last non-participle cue with a subject in text[s:cs] (the main clause of a participle cue).

    >>> t = 'That is up to them, Lee added, saying'; _finite_cue_before(t, 0, 31).mention.name
    'Lee'
    """
    for c0, c1, form in reversed(cues_in(text, s, cs)[-3:]):
        if not _PARTICIPLE.search(form):
            men = subject_before(text, s, c0)
            men = None if men is not None and men.name == "who" else men   # 'X, who said last week ..., saying'
            if men is None and not re.search(r"\bto\s+$", text[max(s, c0 - 4):c0]):   # 'added Lee, saying'
                inv = object_after(text, c1, cs)
                men = inv if inv is not None and re.fullmatch(r"[\s,]*", text[inv.end:cs]) and \
                    re.fullmatch(r"\s*", text[c1:inv.start]) else None
            if men is not None:
                return Attribution(form, c0, c1, men, "before")
    return None


def _finite_cue_here_or_before(text: str, s: int, cs: int, para_lo: int) -> Attribution | None:
    """``_finite_cue_before`` in text[s:cs], or in the sentence before when a participle cue opens the sentence.

    >>> t = 'Ann Lee stated it. Adding, "No."'; _finite_cue_here_or_before(t, 19, 19, 0).mention.name
    'Ann Lee'
    """
    earlier = _finite_cue_before(text, s, cs)
    if earlier is None and not text[s:cs].strip() and s > max(para_lo, 0):   # 'X stated Y. Adding, "..."'
        earlier = _finite_cue_before(text, sentence_start(text, s - 1, max(para_lo, 0)), s)
    return earlier


#: a relative clause set off by commas right before a participle cue: ', who represents the ward, '
_WHO_ASIDE_END = re.compile(r",\s+who\s+[^,;:.!?“”\"]{2,120},\s*$")


def attribution_before(text: str, s: int, o: int, para_lo: int = -1) -> Attribution | None:
    """Attribution in the sentence before an opening mark at ``o`` (``s`` is the sentence start).

    >>> t = 'Trump pledged to "cancel" the accord.'; at = attribution_before(t, 0, 17); at.cue, at.mention.name
    ('pledged', 'Trump')
    >>> t = 'Meghan McCain, Twitter: "This is wrong."'; attribution_before(t, 0, 24).mention.name
    'Meghan McCain'
    >>> t = 'According to the ministry, "three were hurt."'; attribution_before(t, 0, 27).mention.name
    'the ministry'
    """
    if not text[s:o].strip():
        return None
    at = _label_attribution(text, s, o) or _passive_attribution(text, s, o) or _parenthetical(text, s, o) or \
        _words_of(text, s, o)
    if at is not None:
        return at
    for cs, ce, form in reversed(cues_in(text, s, o)[-2:]):
        if form == "according to":
            stop = text.find(",", ce, o)
            men = according_to_source(text, ce, stop if stop > 0 else o)
            men = named_apposition(text, men, stop, o) if men is not None and stop > 0 else men   # 'to X's aide, Ann Lee,'
            men = men if men is not None or stop > 0 else _source_before_clause(text, ce, o)
            if men is not None:
                return Attribution(form, cs, ce, men, "according to")
            continue
        if _physical_attack(text, form, ce, o):
            continue   # 'forces attacked sites believed to pose an "imminent threat"': a strike, no speech
        aside = _WHO_ASIDE_END.search(text, max(s, cs - 160), cs) if form.endswith("ing") else None
        who = np_at_end(text, s, aside.start(), subject=False) if aside is not None else None
        if who is not None and who.kind in {"person", "role", "body"}:
            return Attribution(form, cs, ce, who, "before")   # 'said X, who represents Y, describing it as "..."'
        heard = _heard_subject(text, s, cs) if form.endswith("ing") else None
        if heard is not None:   # 'a driver is heard cursing as the bus stops and then a child is heard crying'
            return Attribution(form, cs, ce, heard, "before")
        if _cue_in_closed_aside(text, s, cs, ce, o) or _cue_in_subordinate(text, s, cs, ce, o) or \
                _fronted_before_main(text, s, cs, ce, o):
            continue   # 'Lee said the plan, which some have argued was a ploy, was "an insult."': Lee's words
        voice = _participle_voice(text, s, cs, form) or (_passive_agent_before(text, s, cs) if form.endswith("ing") else None)
        if voice is not None:   # 'where about 50 protesters had gathered, chanting', 'X wrote a letter to Y asking'
            return Attribution(form, cs, ce, voice, "before")
        men = _cue_subject(text, s, cs, ce, o, form, para_lo)
        what = _what_subject(text, s, cs)
        if what is not None and not (isinstance(men, Mention) and _same_referent(what, men)):
            return Attribution(form, cs, ce, what, "before")   # 'Protesters marched against what he called "a fraud"'
        if isinstance(men, Attribution):
            return men
        if men is not None and (men.kind != "pronoun" or men.name in {"he", "she", "they"} or _restrictive_who(text, men)):
            outer = _outer_speech(text, s, men.start, any_pronoun=men.kind in {"body", "place", "document"})
            if outer is not None and (men.kind == "pronoun" or _person_relays(outer)):
                outermost = _outer_speech(text, s, outer.mention.start)   # 'The Journal notes that X tweeted that'
                return outermost if outermost is not None and outermost.mention.kind in {"body", "document"} else outer
        if men is not None:
            return Attribution(form, cs, ce, men, "before")
    return _clause_colon(text, s, o, para_lo) or _for_viewpoint(text, s, o, para_lo)


#: what ties 'attacked' to the words it reports: 'attacked X as "..."', 'for "..."', 'over', a colon, ', calling'
_ATTACK_SPEECH = re.compile(r"\b(?:as|for|over)\b|[:“”\"]|,\s+[a-z]+ing\b")


def _physical_attack(text: str, form: str, ce: int, o: int) -> bool:
    """Whether 'attacked' before a quote at ``o`` is a strike, not speech: no 'as', 'for', 'over', colon or participle
    ties its object to the quoted words (in attack reports 'attacked' is mostly physical).

    >>> t = 'Troops attacked sites thought to pose an "urgent threat" to the base'
    >>> _physical_attack(t, "attacked", 14, t.index('"')), _physical_attack('Lee attacked Bo as "weak"', "attacked", 12, 19)
    (True, False)
    """
    return form == "attacked" and not _ATTACK_SPEECH.search(text, ce, o)


#: a subject, a restrictive 'who' clause with its own verb, then the cue: 'Tom Reed who acted for the union believes'
_WHO_CLAUSE = re.compile(r"\s*((?:[A-Z][\w.’'\-]*\s+){0,5}?[A-Z][\w.’'\-]*|(?:[Tt]he|[Aa]n?)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
                         r"\s+who\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b[^,;:.!?“”\"()]{0,160}\s+")


def _who_clause_subject(text: str, s: int, cs: int) -> Mention | None:
    """The head a restrictive 'who' clause describes, when that clause with its own verb stands between the head and
    the cue ('Tom Reed who acted for the farmers and the union believes'): the cue is the head's, not the clause's
    last noun's.

    >>> t = "Tom Reed who acted for the farmers and the union believes"; _who_clause_subject(t, 0, t.index("believes")).name
    'Tom Reed'
    >>> t = "The woman who owns the cafe said"; _who_clause_subject(t, 0, t.index("said")).name
    'The woman'
    """
    m = _WHO_CLAUSE.fullmatch(text, s, cs)
    men = np_at_end(text, m.start(1), m.end(1)) if m is not None else None
    return men if men is not None and men.start == m.start(1) and men.kind in {"person", "role"} else None


def _restrictive_who(text: str, men: Mention) -> bool:
    """Whether a mention is a restrictive 'who' (no comma before it): its clause sits inside another speaker's
    report ('Lee said the way they treated staff who protested "was wrong."': Lee's words).

    >>> t = "staff who protested"; _restrictive_who(t, Mention(6, 9, "pronoun", 6, 9, "who"))
    True
    >>> t = "Ann Lee, who said"; _restrictive_who(t, Mention(9, 12, "pronoun", 9, 12, "who"))
    False
    """
    return men.name == "who" and not text[max(0, men.start - 20):men.start].rstrip().endswith((",", "(", "—", "–"))


#: a verb of motion right before a participle cue: 'The guard came in shouting "..."', 'she walked out saying'
_MOTION_THEN = re.compile(r"\b(?:entered|arrived|emerged|walked|ran|rushed|stormed|came|went|left)"
                          r"(?:\s+(?:in|out|off|away|back|up))?\s+$")


def _as_put_it_subject(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The noun phrase opening an 'as ... put it' clause, with what describes it after ('As one reporter covering the
    trial put it').

    >>> t = "It fell. As a critic covering the case put it, "; _as_put_it_subject(t, 9, t.index("put"), "put it").name
    'a critic'
    """
    lo = max(s, cs - 100)
    m = _AS_PUT_IT.search(text[lo:cs]) if form == "put it" else None   # a bounded slice: '^' is the clause's start
    if m is None:
        return None
    men = np_at_start(text, lo + m.start(1), cs)
    return men if men is not None and men.kind in {"person", "role", "body", "document"} else None


def _cue_subject(text: str, s: int, cs: int, ce: int, o: int, form: str, para_lo: int) -> Mention | Attribution | None:
    """The speaker a cue at text[cs:ce] before a quote at ``o`` reports: its subject read strictly, then loosely,
    the main clause's for a participle, or an inverted subject ('added the senator, "..."'); an Attribution when
    an earlier finite cue speaks for a participle ('Comey cannot say that, Lewandowski added, saying "..."').

    >>> t = 'The senator, in a speech, said "No."'; _cue_subject(t, 0, 26, 30, 31, "said", 0).name
    'The senator'
    """
    blamed = _blamed_for_saying(text, s, cs, form)
    if blamed is not None:   # 'Biden criticized Trump for saying the U.S. had "turned the corner"': Trump's words
        return blamed
    men = _as_put_it_subject(text, s, cs, form) or \
        _coordinated_report(text, s, cs, para_lo) or _infinitive_subject(text, s, cs) or _who_clause_subject(text, s, cs) or \
        _relative_subject(text, s, cs) or \
        _that_which_subject(text, s, cs, ce, o) or \
        (_with_subject(text, s, cs) if _PARTICIPLE.search(form) else None) \
        or subject_before(text, s, cs) or _shared_subject(text, s, cs, s if para_lo < 0 else para_lo) \
        or (None if _PARTICIPLE.search(form) else _document_subject(text, s, cs))
    if _PARTICIPLE.search(form) and text[s:cs].rstrip().endswith(","):
        earlier = _finite_cue_before(text, s, cs)   # 'X went after Bush, calling him "..."': X, not Bush
        main = earlier.mention if earlier is not None else _main_subject(text, s, cs)
        men = main if main is not None else men
    if men is None and _PARTICIPLE.search(form) and (text[s:cs].rstrip().endswith(",") or not text[s:cs].strip()
                                                      or re.search(r"\b(?:by|before|after|while|when)\s*$", text[s:cs])
                                                      or _MOTION_THEN.search(text, max(s, cs - 30), cs)
                                                      or _DOC_BEFORE_PARTICIPLE.search(text, max(s, cs - 40), cs)):
        fronted = _fronted_participle_subject(text, s, cs, o)
        if fronted is not None:   # 'Alleging that a "mafia raj" ran the state, the Congress leader claimed ...'
            return fronted
        earlier = _finite_cue_here_or_before(text, s, cs, para_lo)
        if earlier is not None:   # 'Comey cannot say that, Lewandowski added, saying "..."'
            return Attribution(form, cs, ce, earlier.mention, "before")
        by = re.search(r"(\w+)\s+by\s*$", text[max(s, cs - 30):cs])   # 'he began by saying'
        men = np_at_start(text, sentence_start(text, cs, s if para_lo < 0 else para_lo), cs) or \
            (subject_before(text, s, max(s, cs - 30) + by.start(1)) if by else None)
    if men is None and _cue_kind(form) == "speech" and not _PARTICIPLE.search(form):
        men = _loose_subject(text, s, cs) or _name_then_aside(text, s, cs) or \
            _name_then_dashes(text, s, cs)   # 'because House Speaker X has said'; 'X – who ... – said'
        men = None if men is not None and form in AMBIGUOUS and len(men.name.split()) < 2 and \
            not re.fullmatch(r"[A-Z]{2,6}", men.name) else men   # an acronym names a body: 'after the SDF reported'
    if men is None and re.fullmatch(r"[\s,:]*", text[ce:o]):   # 'Another source familiar with X said, "..."'
        lead = re.match(r"\s*(?:(?:and|but|so|yet|then|still)\s+)?", text[s:cs], re.I)
        men = _loose_slot(text, s + lead.end(), cs, form, inverted=False)
    if men is None and re.fullmatch(r"[\s,:]*", text[ce:o]) is None and not re.match(r"\s*that\b", text[ce:o]) \
            and not (_PARTICIPLE.search(form) and form.endswith("ing")) \
            and _cue_kind(form) in {"speech", "writing"}:   # 'calling Lee "..."', 'call Lee "...": Lee is called
        inv = object_after(text, ce, o)   # 'Said Trump: "..."', 'added the senator, "..."'
        men = inv if inv is not None and re.fullmatch(r"[\s,:;–—-]*|\s*,[^“”\"]{0,160}[,:]\s*", text[inv.end:o]) else None
    return men


#: a quotation mark that closes a double quote ('”', '»', '’’', or a straight one)
_CLOSE_MARK = re.compile("|".join(map(re.escape, sorted(D_CLOSE + ('"',), key=len, reverse=True))))


def _fronted_participle_subject(text: str, s: int, cs: int, o: int) -> Mention | None:
    """The main clause's subject for a quote inside a sentence-opening speech participle ('Alleging that a "mafia
    raj" ruled the state, the Congress leader on Wednesday claimed ...'): the participle's implied subject.

    >>> t = 'Alleging that a "mafia raj" ran it, Congress leader Ann Lee on Wednesday claimed the minister lied.'
    >>> _fronted_participle_subject(t, 0, 0, t.index('"')).name
    'Ann Lee'
    """
    line = max(0, cs - WINDOW, text.rfind("\n", 0, cs) + 1)
    lead = text[min(s, sentence_start(text, cs, line)):cs]
    if lead.strip(" \t\n\"“'‘") or not re.search(r"\w", text[cs:o][len(text[cs:o].split()[0]):]) \
            or (close := _CLOSE_MARK.search(text, o + 1, o + WINDOW)) is None:
        return None   # the participle opens its sentence and the quote lies inside its clause ('adding, "..."' does not)
    end = sentence_end(text, close.end(), close.end() + WINDOW)
    comma = text.find(",", close.start(), end)
    return _main_subject(text, comma + 1, end) if comma > 0 else None


#: a verb of judging someone for what they said, before its object and 'for' ('criticized X for saying')
_JUDGED_FOR = re.compile(r"\b(?:criticiz|criticis|slamm|blast|mock|prais|thank|condemn|rebuk|fault|chastis|scold|"
                         r"lambast|ridicul|applaud|credit|knock|accus|blam|attack|denounc|castigat|berat|censur|"
                         r"commend|hail)(?:ed|ing|es|s|e)?\s+(?=\S)")


#: participles that report words as said ("for saying"), not a stance ("for suggesting")
_SAYING = frozenset({"saying", "claiming", "calling", "declaring", "stating", "telling", "tweeting", "writing", "posting"})


def _blamed_for_saying(text: str, s: int, cs: int, form: str) -> Mention | None:
    """The object of a verb that judges someone 'for' a speech participle ('criticized Trump for saying'): the one
    judged said the words, not the judge.

    >>> t = 'Biden criticized Trump for saying the U.S. had "turned the corner"'
    >>> _blamed_for_saying(t, 0, t.index("saying"), "saying").name
    'Trump'
    """
    if form.lower() not in _SAYING or not re.search(r"\sfor\s+$", text[max(s, cs - 8):cs]):
        return None   # ('scolded Romney for suggesting ... "self-deport"': PolNeAR gives the words to the scolder)
    verb = last_match(_JUDGED_FOR, text, max(s, cs - 120), cs)
    if verb is None or re.search(r"[,;:“”\"]", text[verb.end():cs]):
        return None
    end = text.rfind(" for", verb.end(), cs)
    pron = re.fullmatch(r"(him|her|them)\s*", text[verb.end():end + 1])
    if pron is not None:   # 'blasted him for claiming'
        a, b = verb.end(), verb.end() + len(pron.group(1))
        return Mention(a, b, "pronoun", a, b, {"him": "he", "her": "she"}.get(pron.group(1), "they"))
    men = object_after(text, verb.end(), end)
    return men if men is not None and men.kind in {"person", "role", "body", "pronoun"} else None


#: a relative 'that' or 'which' right before a cue, after a noun: 'a message that said', 'the report, which notes'
_THAT_WHICH = re.compile(r"\b([a-z][\w\-]*|[A-Z][\w\-]*)(,?\s+)(that|which)\s+(?:[a-z]+ly\s+)?$")
#: words before a 'that' that make it a conjunction or a demonstrative, not a relative pronoun
_NOT_ANTECEDENT = {"is", "was", "are", "were", "be", "been", "so", "such", "now", "and", "but", "or", "than", "of",
                   "in", "on", "at", "for", "with", "by", "to", "from", "about", "said", "says", "say", "like", "all"}


def _that_which_subject(text: str, s: int, cs: int, ce: int, o: int) -> Mention | None:
    """'a message that said, "..."', 'T-shirts that said "We won."': the relative pronoun after a noun is the subject
    of a cue that introduces a whole quote (resolved to that noun, as a relative 'who' is) when no cue before it
    reports the clause ('Lee said the town lost a voice that said "..."' is Lee's report).

    >>> t = 'It was replaced by a message that said, "Gone."'; c = t.rindex("said")
    >>> t[_that_which_subject(t, 0, c, c + 4, t.index('"')).start:][:4]
    'that'
    >>> t = 'Lee said it was a message that said, "Gone."'; c = t.rindex("said")
    >>> _that_which_subject(t, 0, c, c + 4, t.index('"')) is None
    True
    >>> t = 'It was in the report, which notes, "Most gave."'; c = t.index("notes")
    >>> _that_which_subject(t, 0, c, c + 5, t.index('"')).name
    'who'
    """
    if not re.fullmatch(r"[\s,:]*", text[ce:o]):
        return None
    m = _THAT_WHICH.search(text, max(s, cs - 60), cs)
    doc = m is not None and getattr(lexicon.role_nouns().get(m.group(1).lower()), "kind", "") == "document"
    if m is None or m.group(1).lower() in _NOT_ANTECEDENT or (lexicon.is_cue(m.group(1).lower()) and not doc) or \
            (m.group(3) == "that" and "," in m.group(2)) or \
            any(_cue_kind(f) == "speech" for _a, _b, f in cues_in(text, s, m.start())):
        return None
    a, b = m.span(3)
    return Mention(a, b, "pronoun", a, b, "who")
