"""Tense around a time expression: does its clause point to the future (will, plans to, scheduled) or the past?

Looks only at a bounded window (the clause up to 70 characters before the mention and 40 after),
so the cost per mention is constant.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["IRREGULAR_PAST", "PAST", "UNTIL", "FUTURE", "DONE", "clause_tense", "cue_positions", "sentence_index", "in_relative_clause", "sentence_start"]

#: Tenses: PAST (news default, leaning to the past), UNTIL (leaning forward: "until", "by" in a present clause),
#: FUTURE (will, plans to, scheduled), DONE (a past-tense verb right before: "ended Jan. 31", strictly the past).
PAST, UNTIL, FUTURE, DONE = 0, 1, 2, 3
NEARER = UNTIL  #: the nearer of the last and the coming day (anchoring reads UNTIL so for a weekday)

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|plann(?:ed|ing)\s+(?:to|for)|as\s+(?:soon|early)\s+as|scheduled|slated|"
    r"due\s+to|is\s+due|are\s+due|due(?=\s+(?:on|in|by|this|next|later|early|late|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)|expected\s+to|(?:un)?likely\s+to|poised\s+to|set\s+to|to\s+be\s+held|upcoming|"
    r"expects?|expecting|forecasts?|predicts?|(?:hopes?|aims?|intends?|vows?|pledges?)\s+to|would(?!\s+(?:have|say|think|argue|"
    r"guess|suggest)\b)|"
    r"takes?\s+effect|go(?:es)?\s+into\s+effect|come\s+into\s+force)\b|'ll\b", re.IGNORECASE)
#: What after a mention puts it ahead: "Tuesday will ...", "the vote is to ...", "as Election Day nears/approaches"
_FUTURE_AFTER = re.compile(r"\s*(?:,\s*)?(?:will|'ll|is\s+to|are\s+to|nears|approaches|looms)\b", re.IGNORECASE)
#: Irregular simple-past forms of common English verbs (the regular ones end in -ed). Left out: forms that are also the
#: present or a common noun (hit, put, set, cut, let, cost, read, spread, beat, lay, bit, bore, wound, ground, lit).
IRREGULAR_PAST = frozenset(
    "arose ate awoke became began bent bled blew broke brought built burnt bought caught chose clung came crept dealt dug "
    "drew drank drove dwelt fed fell felt fought found fled flew forbade forgave forgot forsook froze gave went grew got hung heard "
    "hid held kept knelt knew led leapt learnt left lent lost made meant met mistook oversaw overtook overthrew paid "
    "rebuilt retook rode rang rose ran said saw sought sold sent shook shone shot sang sank sat slept slid slung spoke "
    "sped spent spun sprang stood stole stuck stung strode struck strove swore swept swam swung took taught tore told "
    "thought threw undertook understood upheld withdrew withheld won wore wove wept wrote".split())
_IRREGULAR_RX = "|".join(sorted(IRREGULAR_PAST))
_PAST_MARK = re.compile(rf"\b(?:was|were|had|did|\w{{3,}}ed|{_IRREGULAR_RX})\b", re.IGNORECASE)
#: A past verb not in the present perfect ("has extended loans through January" still runs forward).
_SIMPLE_PAST = re.compile(rf"(?<!\bhas\s)(?<!\bhave\s)(?<!'ve\s)\b(?:was|were|had|did|\w{{3,}}ed|{_IRREGULAR_RX})\b", re.IGNORECASE)

# the last words before a mention, lower case
_REPORTING = frozenset("said says told announced reported added stated confirmed claimed warned noted".split())
_DONE = frozenset("was were began took came went fell rose met held left won lost saw got made died struck hit shot killed "
                  "fled led sent sold bought paid spoke wrote told".split())
_SCHEDULED = frozenset("begin begins start starts open opens reopen reopens resume resumes expire expires convene convenes "
                       "arrive arrives depart departs vote votes meet meets return returns end ends conclude concludes".split())
_AUX = frozenset("was were had has have did didn't to".split())
_DETERMINERS = frozenset("the a an this that its their his her our your whose".split())  # "the vote on Sunday": a noun
_DEADLINES = (("ahead", "of"), ("run-up", "to"), ("set", "for"), ("slated", "for"), ("expected", "on"), ("expected", "in"), ("expected", "by"),
              ("expected", "for"), ("expected",))
_UNTIL = frozenset("until till through by".split())


#: A sentence or clause boundary: ". ", "? ", "! ", "; " or a line end, but not the full stop of a title before a name
#: ("In October, Mrs. Clinton proposed ...": one sentence)
_BOUNDARY_RX = re.compile(r"[.?!;](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bGen\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bLt\.)"
                          r"(?<!\bCol\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bMaj\.)(?<!\bAdm\.)(?<!\bProf\.)(?<!\bRev\.) |\n")


def sentence_index(text: str) -> tuple[list[int], list[int]]:
    """Ends and offsets of every sentence boundary of a text (". ", "? ", "! ", "; ", line end), for bisection.

    >>> sentence_index("It rained. Then\\nit snowed.")
    ([11, 16], [9, 15])
    """
    found = [(m.end(), m.start()) for m in _BOUNDARY_RX.finditer(text)]
    return [e for e, _ in found], [c for _, c in found]


def sentence_start(text: str, i: int, limit: int = 300, index: tuple[list[int], list[int]] | None = None) -> int:
    """Offset where the sentence containing offset ``i`` starts, looking back at most ``limit`` characters.

    >>> t = "It rained. On Friday they met."
    >>> t[sentence_start(t, t.index("Friday")):]
    'On Friday they met.'
    """
    lo = max(0, i - limit)
    if index is not None:
        k = bisect_right(index[0], i) - 1
        cut = index[1][k] if k >= 0 and index[1][k] >= lo else -1
    else:
        cut = max((m.start() for m in _BOUNDARY_RX.finditer(text, lo, i)), default=-1)
    if cut < 0:
        return lo
    return cut + 1 + (text[cut + 1 : cut + 2] == " ")


_CUES = ("will", "won't", "shall", "going to", " is to", " are to", "plan", "soon as", "early as", "schedul", "slated", "due", "expect", "set to",
         "likely to", "poised to",
         "to be held", "upcoming", "forecast", "predict", "hope", "aim", "intend", "vow", "pledge", "would", "effect",
         "into force", "'ll")


def cue_positions(text: str) -> list[int]:
    """Offsets of every future-cue word stem in a text (computed once per text, so that each mention only bisects).

    >>> cue_positions("It will rain; they plan to go.")
    [3, 19]
    """
    low, out = text.lower(), []
    for cue in _CUES:
        i = low.find(cue)
        while i >= 0:
            out.append(i)
            i = low.find(cue, i + 1)
    return sorted(out)


def _future_cue(window: str, lo: int, cues: list[int] | None) -> bool:
    """True when a future cue (will, plans to, expected to ...) occurs in the window starting at offset ``lo``."""
    if cues is None:
        low = window.lower()
        if not any(cue in low for cue in _CUES):
            return False
    else:
        i = bisect_left(cues, lo)
        if i == len(cues) or cues[i] >= lo + len(window):
            return False
    return bool(_FUTURE.search(window))


_RELATIVE_START = re.compile(r",\s+(?:where|which|who|whom|whose|when|but)\b", re.IGNORECASE)


def _clause_start(text: str, lo: int, start: int) -> int:
    """Where the clause of a mention starts: after the last ', where/which/who/when/but' of its sentence (a relative
    or contrasted clause has its own tense: "she would aid the towns, where the bombs fell on Friday"; "he was due
    to speak, but on Monday he withdrew"), else ``lo``. A ', but' clause with no tense of its own ("not Friday, but
    Monday", "but on Friday he meets the king") keeps the clause before it.

    >>> t = "She will visit Kenya, where the bombs exploded on Friday."
    >>> t[_clause_start(t, 0, t.index("Friday")):]
    ' the bombs exploded on Friday.'
    >>> u = "It will not open Friday, but Monday."
    >>> _clause_start(u, 0, u.index("Monday"))
    0
    """
    found = None
    for m in _RELATIVE_START.finditer(text, lo, start):
        if not m.group().lower().endswith("but") or _own_tense(text, m.end(), start):
            found = m
    return found.end() if found is not None else lo


def _own_tense(text: str, at: int, start: int) -> bool:
    """The clause from ``at`` (past the mention at ``start``, to the sentence end) has a past verb or a future cue.

    >>> _own_tense("late, but on Friday she left.", 5, 12), _own_tense("late, but on Friday he meets her.", 5, 12)
    (True, False)
    """
    stop = _BOUNDARY_RX.search(text, start, start + 150)
    clause = text[at : stop.start() if stop else start + 150]
    return bool(_FUTURE.search(clause) or _SIMPLE_PAST.search(_BE_PARTICIPLE.sub("", clause)))


_EDGE_PUNCT = "\"'()[]{},.;:!?\u201c\u201d"


def _last_words(window: str, n: int = 4) -> list[str]:
    """The last ``n`` words of a window, lower case, without surrounding punctuation.

    >>> _last_words('The Pentagon said, "on')
    ['the', 'pentagon', 'said', 'on']
    """
    return [w.strip(_EDGE_PUNCT) for w in window[-50:].lower().rsplit(None, n)[-n:]]


#: Prepositions after which "a <word> start" is a noun phrase, not a subject and its verb
_NOUN_PREPS = frozenset("to after of with for from despite since".split())


def _scheduled(words: list[str]) -> bool:
    """'the trial begins (on|in)', 'they meet separately': a scheduling verb in the present, without an auxiliary;
    not a noun object of a preposition ("the tour was off to a bumpy start Friday"), though a subject after 'that'
    keeps its verb ("asked that a panel start Friday").

    >>> _scheduled(["the", "talks", "start"]), _scheduled(["to", "a", "bumpy", "start"])
    (True, False)
    >>> _scheduled(["that", "a", "panel", "start"])
    True
    """
    w = words[:-1] if words and words[-1] in {"on", "in"} else words
    w = w[:-1] if w and w[-1].endswith("ly") and len(w) > 1 else w
    if len(w) > 3 and w[-4] in _NOUN_PREPS and w[-3] in {"a", "an"} and not w[-1].endswith("s"):
        return False
    return bool(w) and w[-1] in _SCHEDULED and not (len(w) > 1 and (w[-2] in _AUX or w[-2] in _DETERMINERS))


#: Present-tense verbs of a trip or fixture that a day follows a few words on ("the minister visits Berlin on Monday",
#: "voters go to the polls Sunday", "the side plays the champions Saturday"): news tells such plans in the present
#: (the scheduling verbs of ``_SCHEDULED`` count only right before the day, where they cannot be a noun's object)
_TRIP = frozenset("goes heads travels flies visits plays hosts testifies begins starts opens reopens resumes expires convenes "
                  "arrives departs meets concludes celebrates".split())  #: after any subject (not "leaves N dead", "the move comes")
_TRIP_PLURAL = frozenset("go head travel fly visit play host testify begin start open reopen resume expire convene arrive "
                         "depart meet conclude celebrate return end vote".split())  #: after a plural subject
_TRIP_BEFORE = _AUX | _DETERMINERS | frozenset("to two three four five several many few both".split())
_TRIP_BETWEEN = IRREGULAR_PAST | frozenset("was were had has have did will would that which who when said says after since".split())


def _trip_subject(verb: str, before: str) -> bool:
    """Whether the word before a trip verb reads as its subject: any word but an article, auxiliary, number or
    possessive before 'visits'; a pronoun or a plural noun before 'visit' ('voters go', not 'a state visit')."""
    if before in _TRIP_BEFORE or before.endswith(("'s", "\u2019s")) or before.isdigit():
        return False
    if verb in _TRIP:
        return True
    return before in {"they", "we", "i", "you"} or (before.endswith("s") and not before.endswith("ss"))


def _trip(words: list[str]) -> bool:
    """A present trip or fixture verb at most four words before a day, after its subject (not 'plans to visit', 'his
    visits', 'a state visit'), with no past verb, auxiliary or clause word between ('who left', 'visits that began');
    or a present 'is'/'are' right before it ('the funeral is Saturday': a past one would be 'was').

    >>> _trip("turnout as voters go to the polls".split()), _trip("the minister visits berlin on".split())
    (True, True)
    >>> _trip("made his visits to berlin on".split()), _trip("and she went to the polls".split())
    (False, False)
    >>> _trip("the minister's visits to berlin on".split()), _trip("during a state visit on".split())
    (False, False)
    >>> _trip("the talks are on".split()), _trip("it is".split())
    (True, False)
    """
    w = words[:-1] if words and words[-1] in {"on", "in"} else words
    if len(w) > 1 and w[-1] in {"is", "are"} and w[-2] not in {"that", "which", "what", "it", "this", "today"}:
        return True  # "the funeral is Saturday", "the talks are on Friday": told in the present, still to come
    for i in range(len(w) - 1, max(-1, len(w) - 5), -1):
        if w[i] in _TRIP or w[i] in _TRIP_PLURAL:
            return i > 0 and _trip_subject(w[i], w[i - 1])
        if w[i] in _TRIP_BETWEEN or w[i].endswith("ed"):
            return False
    return False


#: verbs that put an event off to a later day: "postponed until", "pushed back to", "extended to", "put off till"
_DEFERRED = frozenset("postponed postpones postpone delayed delays delay deferred defers defer adjourned adjourns adjourn "
                      "rescheduled reschedules reschedule extended extends extend recessed recesses pushed put".split())


def _deferred(words: list[str]) -> bool:
    """'postponed until', 'delayed to', 'pushed back to', 'put off till': the day after it is the coming one.

    >>> _deferred(["the", "vote", "was", "postponed", "until"]), _deferred(["it", "was", "pushed", "back", "to"])
    (True, True)
    >>> _deferred(["fighting", "lasted", "until"]), _deferred(["he", "put", "it", "to"])
    (False, False)
    """
    if len(words) < 2 or words[-1] not in {"until", "till", "to"}:
        return False
    verb = words[-3] if len(words) > 2 and words[-2] in {"back", "off"} else words[-2]
    return verb in _DEFERRED and (verb not in {"pushed", "put"} or words[-2] in {"back", "off"})


_GRANT = frozenset("gives give given giving grants granted".split())
_PRESENT_STATE = frozenset("is are remains remain stays stay".split())
_PAST_WORDS = frozenset("was were had gave did been".split())


def _allowed_until(words: list[str]) -> bool:
    """'has until', 'have until', 'has given the family until', 'are closed until', 'remains shut until': time allowed or
    a present state that lasts up to the day, which is therefore still ahead (not 'had until', 'gave ... until', 'was
    closed until', 'have held the town until').

    >>> _allowed_until("the island has until".split()), _allowed_until("banks are closed until".split())
    (True, True)
    >>> _allowed_until("the island had until".split()), _allowed_until("banks were closed until".split())
    (False, False)
    """
    if len(words) < 2 or words[-1] not in {"until", "till"}:
        return False
    near = words[-6:-1]
    if _PAST_WORDS & set(near):
        return False
    if words[-2] in {"has", "have"}:
        return True  # "the island has until Monday to pay" (not "have held the town until")
    state = next((i for i, w in enumerate(near) if w in _PRESENT_STATE), None)
    return bool(_GRANT & set(near)) or (state is not None and len(near) - state <= 3)


def _deadline(words: list[str]) -> bool:
    """'ahead of', 'set for', 'slated for', 'in the run-up to', '(now) expected (on|in|by|for)' not after was/were/had/been;
    'postponed until', 'pushed back to'."""
    if words[-1:] == ["due"] or _deferred(words) or _allowed_until(words):
        return True  # "the filings due Sunday", "the vote was postponed until Tuesday"
    if not words or words[-1] not in {"of", "to", "for", "on", "in", "by", "expected"}:
        return False
    for cue in _DEADLINES:
        if tuple(words[-len(cue) :]) == cue:
            before = words[-len(cue) - 1] if len(words) > len(cue) else ""
            return not (cue[0] == "expected" and before in {"was", "were", "had", "been"})
    return False


def _done(words: list[str]) -> bool:
    """A past-tense verb right before the mention ('ended Jan. 31', 'died on Friday'), not a participle after 'be'
    ('should be completed in April', 'to be held on Friday': a modal or an infinitive, not the past).

    >>> _done(["it", "ended"]), _done(["should", "be", "completed", "in"])
    (True, False)
    """
    w = words[:-1] if words and words[-1] in {"on", "in", "at"} else words
    if len(w) > 1 and w[-2] == "be":
        return False
    return bool(w) and (w[-1] in _DONE or (len(w[-1]) > 4 and w[-1].endswith("ed")))


def clause_tense(text: str, start: int, end: int, cues: list[int] | None = None, memo: dict | None = None,
                 day: bool = True, sentences: tuple[list[int], list[int]] | None = None) -> int:
    """Tense of the clause around a mention: FUTURE (will, plans to, scheduled), DONE (a past verb right before),
    UNTIL ('until', or 'by'/'through' in a clause without past verbs), else PAST.

    ``cues`` (from ``cue_positions``), ``sentences`` (from ``sentence_index``) and ``memo`` (a dict kept for one
    text) make repeated calls cheap. ``day`` says
    the mention names a day: then a bare "for" points forward ("set for Sunday"), unlike "the figures for January".

    >>> t = "Talks will resume on Tuesday. The Pentagon said on Thursday it will respond. It ended Jan. 31."
    >>> [clause_tense(t, t.index(w), t.index(w) + len(w)) for w in ("Tuesday", "Thursday", "Jan. 31")]
    [2, 0, 3]
    """
    lo = sentence_start(text, start, 150, sentences)  # the sentence so far, at most 150 characters
    if memo is None:
        return _clause_tense(text, start, end, lo, cues, day)
    seen = (text[max(0, lo - 6) : end + 120], min(lo, 6), start - lo, end - start, day)  # all the tense depends on
    if seen not in memo:
        memo[seen] = _clause_tense(text, start, end, lo, cues, day)
    return memo[seen]


#: A day's possessive before an act that is over once named ("Sunday's attack", "Wednesday's ruling").
_DONE_EVENT = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|bombings?|blasts?|explosions?|"
                         r"killings?|shootings?|raids?|assaults?|ambush|crash|massacre|(?P<act>ruling|decision|verdict|"
                         r"announcement))\b")
#: A word of a place phrase that is no verb (not was/is/will..., not an -ed form)
_PLACE_WORD = r"(?!(?:was|were|is|are|will|would|has|have|had|be|been|to)\b)(?![\w-]+ed\b)[\w'.-]+"
#: A violent act named as a noun just before "on <day>", with at most a place phrase between ("the killing at a
#: checkpoint on Friday", "a bombing in the capital on Monday"): an act that has happened, whatever the tense around it
_NAMED_ACT_ON = re.compile(r"(?:\b(?:the|a|an|last)|'s|\u2019s)\s+(?:(?!on\b)" + _PLACE_WORD + r"\s+)?"
                           r"(?:attacks?|airstrikes?|bombings?|blasts?|explosions?|killings?|shootings?|slayings?|raids?|"
                           r"assaults?|ambush(?:es)?|massacres?|murders?)\s+"
                           r"(?:(?:in|at|on|near|outside)\s+(?:" + _PLACE_WORD + r"\s+){1,4}?)?on\s+$", re.IGNORECASE)
_AWAITED = frozenset("ahead await awaits awaited awaiting before pending until till expected upcoming".split())


#: "as <speaker> put it (on) <day>": the reporting idiom after a quotation
_PUT_IT = re.compile(r"\bas\s+(?:\w+\s+){1,3}?put\s+it\s+(?:on\s+)?$", re.IGNORECASE)


def _done_event(text: str, end: int, words: list[str]) -> bool:
    """A day named as the day of an act that has happened: a violent event always, a ruling or decision unless
    awaited ("ahead of Tuesday's ruling").

    >>> t = "Officials vowed to respond to Sunday's drone attack."
    >>> _done_event(t, t.index("Sunday") + 6, ["to"]), _done_event("awaiting Monday's ruling", 15, ["awaiting"])
    (True, False)
    """
    m = _DONE_EVENT.match(text, end, end + 40)
    return m is not None and not (m.group("act") and _AWAITED & set(words[-4:]))


#: 'recently' right before a date ("most recently in May", "recently, on Monday")
_RECENTLY = re.compile(r"(?i)\brecently,?\s+(?:(?:in|on|during)\s+)?$")


def _clause_tense(text: str, start: int, end: int, lo: int, cues: list[int] | None, day: bool) -> int:
    """``clause_tense`` of the mention at ``start:end`` whose sentence starts at ``lo``.

    >>> t, u = "The Pentagon said on Thursday it will act.", "Following the vote on March 9, raids have surged."
    >>> _clause_tense(t, 21, 29, 0, None, True) == PAST, _clause_tense(u, 22, 29, 0, None, False) == DONE
    (True, True)
    """
    lead = text[lo:start].split()
    fronted = len(lead) <= 1 or (len(lead) == 2 and lead[1].lower() in {"a", "an"})  # "In January, ...", "In a May poll, ..."
    lo = _clause_start(text, lo, start)
    words = _last_words(text[max(lo, start - 50) : start])
    verb = -1 if words and words[-1] in _REPORTING else -2 if len(words) > 1 and words[-1] == "on" and words[-2] in _REPORTING else 0
    if verb and not (len(words) > -verb and words[verb - 1] == "be"):  # "will be announced on Saturday": not a past saying
        return PAST  # "the Pentagon said on Thursday it will ...": the saying is past
    if "put" in words and _PUT_IT.search(text, max(lo, start - 40), start):
        return PAST  # '"we will win," as the coach put it Friday': the saying is past, whatever the words promise
    if words[-2:-1] == ["since"] and words[-1] in _DETERMINERS:
        return DONE  # "will take the stage after gains since their Oct. 13 debate": since names a past day
    if "recently" in words and _RECENTLY.search(text, max(lo, start - 30), start):
        return DONE  # "closures, most recently in May": the date 'recently' leads to has passed
    if day and (_done_event(text, end, words) or _NAMED_ACT_ON.search(text, max(lo, start - 60), start)):
        return PAST  # "will respond to Sunday's attack", "the killing at a checkpoint on Friday": it has happened
    if _future_cue(text[lo:start], lo, cues) and not _past_after_cue(text[lo:start]) and not _done_after_cue(text[lo:start]):
        wide = text[lo:start]
        if _FUTURE.search(wide[-70:]) or not _PAST_MARK.search(wide[wide.rfind(",") + 1 :] if "," in wide else "") \
                and not _PAST_MARK.search(_BE_PARTICIPLE.sub("", wide[_last_cue_end(wide) :])):  # "he says he raised"
            if _future_in_past(wide):
                return UNTIL  # "filings were due by March 15" said in April: the nearer March 15 (weekdays too)
            return FUTURE
    if len(words) <= 1 and not _done(words) and _future_ahead(text, end):
        return FUTURE  # a fronted date: "On Tuesday, the league plans to hold a news conference"
    if words[-1:] == ["since"] or (fronted and _past_ahead(text, end)) \
            or (_opening_phrase(text, lo, start) and _past_ahead(text, end, perfect=True)):
        return DONE  # "attacks have risen since early January"; a fronted month or day: "In January, rockets hit the
        # base", "On Feb. 15, rockets struck an airfield" (told in October: last February, not the coming one)
        # "Following the outbreak of the war on October 7, attacks have surged": an opening phrase before a past clause
    lead = _lead_up(text, lo, start, end) if day and _WEEKDAY_RX.match(text, start) and not _deadline(words) else None
    if lead is not None:
        return lead  # "ahead of the state's contest on Saturday", "days before Tuesday's primary": a vote ahead
    if day and _past_range(text, lo, start, end, words):
        return PAST  # "the census ran from March 2 through Friday", "Until Tuesday, the ferry had sailed twice daily"
    return _near_tense(text, end, words, max(lo, start - 70), start, day)


#: A phrase that looks ahead to a reference point ("ahead of", "days before", "in the run-up to", "heading into"), then at
#: most five words before the day (an optional "on")
_LEAD_UP = re.compile(r"\b(?:ahead\s+of|before|leading\s+up\s+to|lead[- ]up\s+to|run[- ]up\s+to|heading\s+into|going\s+into|"
                      r"prior\s+to|in\s+advance\s+of)\s+((?:[\w'\u2019.-]+\s+){0,5}?)(?:on\s+)?$", re.IGNORECASE)
#: Nouns of a scheduled vote or meeting that a day can name ("Tuesday's primary", "the caucuses on Monday")
_EVENT_NOUN = (r"(?:primar(?:y|ies)|caucus(?:es)?|elections?|votes?|voting|ballots?|referendum|debates?|contests?|kickoff|"
               r"meetings?|summit|hearings?|talks|deadline|polls)")
#: A present "holds"/"hosts" before a vote or meeting ("Nevada holds its caucuses on Saturday"): scheduled, ahead
_HOLDS = re.compile(rf"\b(?:holds|hold|hosts|host)\s+(?:[\w'\u2019.-]+\s+){{0,4}}?{_EVENT_NOUN}\s+(?:on\s+)?$", re.IGNORECASE)
_WEEKDAY_RX = re.compile(r"(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
_EVENT_BEFORE = re.compile(rf"\b{_EVENT_NOUN}\b", re.IGNORECASE)
_EVENT_AFTER = re.compile(rf"(?:'s|\u2019s)?\s+(?:[\w'\u2019.-]+\s+){{0,3}}?{_EVENT_NOUN}\b", re.IGNORECASE)


def _lead_up(text: str, lo: int, start: int, end: int) -> int | None:
    """A day that names a scheduled vote or meeting after a phrase looking ahead to it ("ahead of the state's contest
    on Saturday", "days before Tuesday's primary", "in the run-up to the caucuses on Monday"): the coming day when its
    clause has no past verb, else the nearer of the two ("polls that were taken before Tuesday's primary ..." told on
    Wednesday); a present "holds"/"hosts" before the vote ("the state holds its caucuses on Saturday") is the coming
    day too; None when there is no such phrase or no such noun ("appearing before supporters Monday").

    >>> t = "Rivals swarm the state ahead of the caucuses on Monday."
    >>> _lead_up(t, 0, t.index("Monday"), t.index("Monday") + 6) == FUTURE
    True
    >>> u = "Polls that were taken before Tuesday's primary showed a tie."
    >>> _lead_up(u, 0, u.index("Tuesday"), u.index("Tuesday") + 7) == NEARER
    True
    >>> v = "Appearing before supporters Monday, she spoke."
    >>> _lead_up(v, 0, v.index("Monday"), v.index("Monday") + 6) is None
    True
    """
    before = text[max(lo, start - 80) : start]
    if _HOLDS.search(before):
        return FUTURE  # "Wisconsin holds its primary on Tuesday": the present of a scheduled vote
    m = _LEAD_UP.search(before)
    if m is None or not (_EVENT_BEFORE.search(m.group(1)) or _EVENT_AFTER.match(text, end, end + 50)):
        return None
    return NEARER if _SIMPLE_PAST.search(_BE_PARTICIPLE.sub("", text[lo:start])) else FUTURE


_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "3,050": a thousands separator, no clause break


def _past_range(text: str, lo: int, start: int, end: int, words: list[str]) -> bool:
    """A day closing a span told in the past: 'through <day>' in a past clause ("the beetles were counted by 3,050
    volunteers from April 9 through Friday"), or a sentence opening 'Until <day>' before a past main clause ("Until
    Tuesday's recall, the toaster had sold well"). In a future or present clause the day stays the coming one.

    >>> t = "Trout were tagged by 2,480 anglers in nine lakes from April 9 through Friday."
    >>> _past_range(t, 0, t.index("Friday"), t.index("Friday") + 6, ["lakes", "from", "april", "9", "through"])
    True
    >>> u = "Until Tuesday's recall, the toaster had sold well."
    >>> _past_range(u, 0, 6, 13, ["until"]), _past_range("The rink is open through Friday.", 0, 25, 31, ["open", "through"])
    (True, False)
    """
    if words[-1:] == ["through"]:
        return _past_clause(_NUMBER_COMMA.sub("", text[lo:start]))
    if words not in (["until"], ["till"]) or len(text[lo:start].split()) > 1:
        return False
    comma = text.find(",", end, end + 80)
    rest = _clause_ahead(text, comma if comma > 0 else end)
    return rest is not None and rest.startswith(",") and _FUTURE.search(rest) is None \
        and _SIMPLE_PAST.search(_BE_PARTICIPLE.sub("", rest)) is not None


#: Past forms that are never participles after "be" (unlike "released", "held"): a clause of their own in the past.
_PLAIN_PAST = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)"
                         r"\b(?:was|were|had|did|said|told|wrote|announced|reported|added|stated|confirmed|claimed|warned|"
                         r"noted|began|took|came|went|fell|rose|met|won|lost|saw|got|died|fled|spoke)\b", re.IGNORECASE)


def _last_future_cue(before: str) -> re.Match[str] | None:
    """The last future cue of a clause, or None.

    >>> _last_future_cue("It will say it plans to go on ").group()
    'plans to'
    """
    last = None
    for last in _FUTURE.finditer(before):
        pass
    return last


def _last_cue_end(before: str) -> int:
    """Where the last future cue of a clause ends (0 when there is none).

    >>> _last_cue_end("It will tout what he raised on ")
    7
    """
    last = _last_future_cue(before)
    return last.end() if last is not None else 0


def _past_after_cue(before: str) -> bool:
    """A plain past verb after the last future cue: the mention is in a past clause of its own ("is more likely to be
    seen as honest than he was in December").

    >>> _past_after_cue("more likely to be seen as honest than he was in "), _past_after_cue("It will open in ")
    (True, False)
    >>> _past_after_cue('"We are going to win," he said at a '), _past_after_cue("results will be announced on ")
    (True, False)
    """
    last = _last_future_cue(before)
    return last is not None and bool(_PLAIN_PAST.search(before, last.end()))


#: A future cue told in the past ("was due to", "were expected to", "had planned to", "was scheduled for"): what was
#: ahead then may be over now
_PAST_BEFORE_CUE = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:(?:not|also|still|originally|initially|first|already)\s+)?$",
                              re.IGNORECASE)


def _future_in_past(before: str) -> bool:
    """The last future cue of a clause follows a past 'was/were/had': a future seen from a past moment, which leans
    forward from publication without excluding a date just past ("filings were due by March 15" said in April).

    >>> _future_in_past("Applicants were due to file by "), _future_in_past("Applicants are due to file by ")
    (True, False)
    >>> _future_in_past("The vote was originally scheduled for ")
    True
    """
    last = _last_future_cue(before)
    return last is not None and _PAST_BEFORE_CUE.search(before, max(0, last.start() - 30), last.start()) is not None


#: Words before which a participle is no past verb: 'be', 'to', a modal, a link verb ("will remain closed Monday",
#: "keep shut"), 'as' ("as amended Monday")
_AUX_BEFORE_PARTICIPLE = frozenset("be been being to will would 'll remain remains stay stays keep keeps get gets seem seems "
                                   "as".split())


def _done_after_cue(before: str) -> bool:
    """A past verb right before the mention, after the clause's last future cue: the mention is that verb's
    ("the mayor's rival in the coming vote, phoned Friday to ..."), unless it is a participle after 'be', 'to' or a link verb.

    >>> _done_after_cue("Her foe in the upcoming poll, phoned "), _done_after_cue("The results will be announced ")
    (True, False)
    >>> _done_after_cue("The vote is scheduled "), _done_after_cue("keen to sell as soon as the market opened ")
    (False, False)
    """
    last = _last_future_cue(before)
    if last is not None and last.group().lower().startswith("as "):
        return False  # "as soon as the market opened Monday": a clause the cue opens, its past a reported future
    words = _last_words(before[last.end() if last is not None else 0 :])
    w = words[:-1] if words and words[-1] in {"on", "in", "at"} else words
    return bool(w) and _done(w[-1:]) and (len(w) < 2 or w[-2] not in _AUX_BEFORE_PARTICIPLE)


_AHEAD_BLOCK = re.compile(rf"\b(?:says|announced|reported|was|were|had|did|\w{{3,}}ed|{_IRREGULAR_RX})\b", re.IGNORECASE)


def _clause_ahead(text: str, end: int) -> str | None:
    """The rest of the clause after a sentence-initial mention (up to 120 characters), or None after a possessive.

    >>> _clause_ahead("On Tuesday, rockets hit. Then", 10), _clause_ahead("Tuesday's outcome is unlikely", 7)
    (', rockets hit', None)
    """
    if text[end : end + 2] in {"'s", "\u2019s"}:
        return None  # "Tuesday's outcome is unlikely to change ...": a noun phrase, not a fronted date
    rest = text[end : end + 120]
    stop = _BOUNDARY_RX.search(rest)
    return rest[: stop.start()] if stop else rest


def _future_ahead(text: str, end: int) -> bool:
    """A future cue (not the past 'would' or 'planned') in the rest of the clause after a sentence-initial mention,
    before any past or reporting verb.

    >>> t = "On Tuesday, the league plans to hold a news conference. It said it will."
    >>> _future_ahead(t, t.index(",")), _future_ahead("On Tuesday, he said he will go.", 10)
    (True, False)
    """
    rest = _clause_ahead(text, end)
    if rest is None:
        return False
    cue = _FUTURE.search(rest)
    return cue is not None and not cue.group().lower().startswith(("would", "planned")) and not _AHEAD_BLOCK.search(rest, 0, cue.start())


def _past_ahead(text: str, end: int, perfect: bool = False) -> bool:
    """A simple past verb (or, with ``perfect``, a present perfect) in the rest of the clause after a sentence-initial
    mention, and no future cue in it.

    >>> t = "In January, rockets hit the base and militants claimed it."
    >>> _past_ahead(t, t.index(",")), _past_ahead("In January, officials said they will go.", 10)
    (True, False)
    >>> _past_ahead("After May 3, raids have surged.", 10), _past_ahead("After May 3, raids have surged.", 10, perfect=True)
    (False, True)
    """
    rest = _clause_ahead(text, end)
    if rest is None or _FUTURE.search(rest) is not None:
        return False
    rest = _BE_PARTICIPLE.sub("", rest)
    return _SIMPLE_PAST.search(rest) is not None or any(w.strip(_EDGE_PUNCT) in _DONE for w in rest.lower().split()) \
        or (perfect and _PERFECT.search(rest) is not None)


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:already|since|repeatedly|also|been)\s+)?(?:\w{3,}ed|been|seen|risen|grown|fallen|taken|come)\b",
                      re.IGNORECASE)
#: A sentence-opening adverbial ("Following the outbreak of the war on October 7, ...", "After the strikes on May 3, ..."):
#: a preposition first, no comma before the mention, a comma after it before the main clause.
#: Only openers that place the day before the main clause: not "Before", "With", "Despite", "Amid", "During" (the day
#: may lie ahead: "Before the vote on January 9, parties have campaigned hard").
_OPENER = re.compile(r"(?:Following|After|Since|(?:(?:Two|Three|Several|A\s+few)\s+)?(?:[Dd]ays|[Ww]eeks)\s+after)\s")


def _opening_phrase(text: str, lo: int, start: int) -> bool:
    """True when a mention sits in the adverbial phrase that opens its sentence and ends at a comma.

    >>> t = "Following the outbreak of the war on October 7, attacks have surged."
    >>> _opening_phrase(t, 0, t.index("October")), _opening_phrase("Raids hit on October 7, officials said.", 0, 13)
    (True, False)
    """
    if _OPENER.match(text, lo) is None or "," in text[lo:start]:
        return False
    comma = text.find(",", start, start + 60)
    return comma >= 0 and _BOUNDARY_RX.search(text, start, comma) is None


#: A modal in lower case ("may", not the month "May"), not "could have": the clause leans forward.
#: A modal that leans forward ("should close in August", "could have a large effect in May", "Can he win in
#: May?"), not one of the past ("could have won", "may have been")
_LEANING_MODAL = re.compile(r"\b(?:[Mm]ust|[Cc]ould|may|[Mm]ight|[Ss]hould|[Cc]an(?:not|'t|\u2019t)?(?!['\u2019])|needs?\s+to|has\s+to|have\s+to)\b"
                            r"(?!\s+(?:not\s+)?(?:have|'ve)\s+(?:been|had|\w+ed|\w+en|won|lost|met|made|done|gone|seen|left|"
                            r"said|told|got|come|become|run|begun|brought|thought|taken|given|known|shown|hit|put|set|cut)\b)")  # not "May"
_BE_PARTICIPLE = re.compile(r"\bbe\s+\w+ed\b", re.IGNORECASE)  # "be completed": a passive after a modal, not the past
_NOT_DONE = re.compile(r"(?i)\b(?:would|could|might|(?-i:may)|must|should|can|if|unless|when|before|is|are|am|"
                       r"to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|about|more|less)\b)(?-i:[a-z]+))\b")


def _past_clause(before: str) -> bool:
    """A past verb in the clause before a mention, with no modal, infinitive or condition after it.

    >>> _past_clause("The operator changed from a fiscal year to a calendar year in "), _past_clause("It agreed to buy it in ")
    (True, False)
    >>> _past_clause("The sale should be completed in "), _past_clause("The case is heard in ")
    (False, False)
    >>> _past_clause("Attacks rose after "), _past_clause("It said it is calling for a vote on ")
    (True, False)
    """
    clause = before[before.rfind(",") + 1 :]
    last = None
    for last in _PAST_MARK.finditer(clause):
        pass
    if last is None or clause[: last.start()].rstrip().lower().endswith((" be", " being", " is", " are")):
        return False  # "should be completed in April", "is heard in May": a participle after 'be' is not the past
    return not _NOT_DONE.search(clause, last.end())


#: A month naming a scheduled event ("the November election", "a June referendum"): the coming one, unless a past verb
#: comes first in the clause
_SCHEDULED_EVENT = re.compile(r"(?:'s|\u2019s)?\s+(?:(?:general|presidential|midterm|national|local|snap|special)\s+)?(?:elections?|vote|ballot|"
                              r"referendum|primary|primaries|caucus(?:es)?|convention|summit|deadline)\b", re.IGNORECASE)


#: Contest words in a form that is not the past ("can win", "whoever wins", "chances of winning", "up for re-election"):
#: a contest still to be decided ("beat" is left out: it is also the past)
_CONTEST = frozenset("win wins winning lose loses losing defeat defeats defeating beats beating chance chances "
                     "re-election reelection".split())
#: Where the clause of a contest word starts: after a comma, colon, semicolon or an opening quotation mark
_CONTEST_CLAUSE = re.compile(r"[,:;\"\u201c]")
#: "is elected", "be elected": a present or infinitive passive, not the past
_ELECTED = re.compile(r"\b(?:is|are|be|gets)\s+elected\b", re.IGNORECASE)


def _contest_ahead(before: str, words: list[str]) -> bool:
    """A month after 'in' with a contest word not in the past just before it ("Cruz can win in November", "whoever
    wins in November", "if a Republican is elected president in November"), and no past verb in the contest's clause
    before it ("failed to win in November", "was elected in November" are over): a contest still ahead.

    >>> _contest_ahead("Not only can Cruz win in ", ["can", "cruz", "win", "in"])
    True
    >>> _contest_ahead("She failed to win in ", ["failed", "to", "win", "in"])
    False
    >>> _contest_ahead("He was elected president in ", ["was", "elected", "president", "in"])
    False
    """
    if words[-1:] != ["in"]:
        return False
    w = words[:-1]
    if not any(x in _CONTEST for x in w) and not _ELECTED.search(" ".join(w)):
        return False
    stop = None
    for stop in _CONTEST_CLAUSE.finditer(before):
        pass
    clause = _BE_PARTICIPLE.sub("", _ELECTED.sub("", before[stop.end() if stop is not None else 0 :]))
    return _SIMPLE_PAST.search(clause) is None


#: Prepositions before which a date in a past clause is in the past ("changed in December", "attacks rose after Oct. 7",
#: "he left before Jan. 5"); not after "until" ("postponed until after Jan. 6" runs forward).
_PAST_PREPS = frozenset({"in", "on", "during", "after", "before"})


#: "planned" (any use) and "planned" as a verb after its subject ("rangers planned a cleanup on Sunday"): not after
#: an article or a hyphen ("a planned", "the planned", "well-planned"), nor before "to" (a future in the past)
_PLANNED_ANY = re.compile(r"\bplanned\b", re.IGNORECASE)
_PLANNED_VERB = re.compile(r"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)planned\b(?!\s+to\b)", re.IGNORECASE)
#: The end of a day's own clause part: a coordinated verb after "and"/"but" or a new clause
_PART_END = re.compile(r"\s(?:and|but|while|as)\s|[,;:]")


def _plan_tense(text: str, before: str, end: int) -> int | None:
    """A day after "planned": the day just gone when a simple past follows the day ("a planned vigil on Friday never
    took place"), else the nearer day when "planned" is the verb ("rangers planned a cleanup on Sunday"); else None.

    >>> _plan_tense("A planned vigil on Friday was scrapped.", "A planned vigil on ", 25) == PAST
    True
    >>> _plan_tense("Rangers planned a cleanup on Sunday.", "Rangers planned a cleanup on ", 35) == NEARER
    True
    >>> _plan_tense("The planned cleanup on Sunday is off.", "The planned cleanup on ", 29) is None
    True
    """
    last = None
    for last in _PLANNED_ANY.finditer(before):
        pass
    if last is None or _SIMPLE_PAST.search(before, last.end()):
        return None
    rest = text[end : end + 120]
    stop = _PART_END.search(rest) or _BOUNDARY_RX.search(rest)
    if _SIMPLE_PAST.search(rest[: stop.start()] if stop else rest):
        return PAST
    verb = _PLANNED_VERB.match(before, last.start())
    return NEARER if verb is not None else None


#: an event a month can date ("a September poll", "the May Harbour Party rally"), after up to four capitalised words
_DATED_EVENT = re.compile(r"(?:\s+[A-Z][\w.'&-]*){0,4}\s+(?:polls?|surveys?|interviews?|meetings?|rall(?:y|ies)|speech(?:es)?|"
                          r"debates?|hearings?|visits?|trips?|conferences?|summits?|attacks?|raids?|bombings?)\b")


def _past_in_a(text: str, end: int, before: str, words: list[str]) -> bool:
    """A month before an event noun after 'in a' / 'at the' in a past clause ("voters agreed with him in a September
    poll"): the month gone; not a month naming a group ("officials detailed the work in the March states").

    >>> t = "Voters agreed with him in a September poll."
    >>> _past_in_a(t, 37, t[:28], ["voters", "agreed", "with", "him", "in", "a"])
    True
    >>> t = "Officials detailed the work in the March states."
    >>> _past_in_a(t, 40, t[:35], ["officials", "detailed", "the", "work", "in", "the"])
    False
    """
    if len(words) < 3 or words[-1] not in {"a", "an", "the"} or words[-2] not in _PAST_PREPS | {"at"} \
            or not _DATED_EVENT.match(text, end):
        return False
    cut = before.rstrip()
    cut = cut[: cut.rfind(" ")].rstrip()
    return _past_clause(cut[: cut.rfind(" ") + 1])


def _near_tense(text: str, end: int, words: list[str], at: int, start: int, day: bool) -> int:
    """The tense given by the words right before (from ``at``) and after a mention (no future cue in the clause).

    >>> t, u = "The deal ended Jan. 31.", "The trial begins Monday."
    >>> _near_tense(t, 22, ["deal", "ended"], 0, 15, False) == DONE, _near_tense(u, 23, ["trial", "begins"], 0, 17, True) == FUTURE
    (True, True)
    """
    before = text[at:start]
    plan = _plan_tense(text, before, end) if day and "planned" in before.lower() else None
    if plan is not None:
        return plan  # "protesters planned a march on Saturday": a plan told in the past, the nearer Saturday
    if not day and _SCHEDULED_EVENT.match(text, end) and not _SIMPLE_PAST.search(before) and not _PLAIN_PAST.search(before):
        return UNTIL  # "ahead of the November election": the coming November
    if words[-1:] == ["come"] and words[-2:-1] != ["did"] or not day and _contest_ahead(before, words):
        return FUTURE  # "the election come November", "Cruz can win in November": ahead
    if _FUTURE_AFTER.match(text, end, end + 30) or _deadline(words) or _scheduled(_last_words(before, 5)) or (day and _trip(_last_words(before, 7))) \
            or (day and words[-1:] == ["for"] and text[end : end + 1] != "'") or (words[-1:] == ["by"] and _LEANING_MODAL.search(before)):
        return FUTURE  # deadlines and scheduled events: "must repay by Tuesday", "ahead of Sunday's vote", "the trial begins Monday"
    if _done(words) or (words[-1:] and words[-1] in _PAST_PREPS and words[-2:-1] != ["until"]
                         and _past_clause(before[: before.rstrip().rfind(" ") + 1])) or (not day and _past_in_a(text, end, before, words)):
        return DONE  # "ended Jan. 31", "changed to a calendar year in December", "attacks rose after Oct. 7"
    if words[-1:] and words[-1] in _UNTIL and (words[-1] in {"until", "till"} or not _SIMPLE_PAST.search(text, at, start)):
        return UNTIL
    modal = _LEANING_MODAL.search(before)
    if modal is not None and not _SIMPLE_PAST.search(_BE_PARTICIPLE.sub("", before[modal.end() :])):
        return UNTIL  # "should close in August", "could be approved in May": leaning forward
    return PAST


_CLAUSE_BREAK = re.compile(r"[.!?;]\s")
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|whom|whose)\b", re.I)


def in_relative_clause(text: str, start: int, until: int) -> bool:
    """True when the mention at ``start`` sits in a closed ', who/which ... ,' clause that ends before ``until``.

    >>> t = "Hicks, who flew with him on Wednesday, tested positive a day earlier."
    >>> in_relative_clause(t, t.index("Wednesday"), t.index("a day"))
    True
    """
    open_ = text.rfind(",", max(0, start - 200), start)
    if open_ < 0 or _CLAUSE_BREAK.search(text, open_, start):
        return False
    close = text.find(",", start, until)
    return close >= 0 and bool(_RELATIVE_PRONOUN.search(text[open_:start]))
