"""Sources named apart from a speech cue: 'according to X', colon labels and headline names, transcript labels,
captions and digests, polls, parentheticals, passives ('was quoted as saying') and viewpoints ('For X, "..."')."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..mentions import Mention, np_at_end, object_after, subject_before
from .gate import Attribution, _cue_kind, cues_in
from .after import according_to_source


#: a determiner opening the clause after an 'according to' source written without its comma
_NEXT_SUBJECT = re.compile(r"\s+(?=(?:the|a|an|this|that|these|its|his|her|their)\s)")


def _source_before_clause(text: str, ce: int, o: int) -> Mention | None:
    """'According to Ann Lee the board "..."': with no comma, the source runs up to the determiner that opens the
    reported clause's subject.

    >>> t = 'According to Ann Lee the board "failed".'; _source_before_clause(t, 12, t.index('"')).name
    'Ann Lee'
    >>> t = 'According to the court the board "failed".'; _source_before_clause(t, 12, t.index('"')).name
    'the court'
    """
    first = re.match(r"\s*\S+", text[ce:o])
    cut = _NEXT_SUBJECT.search(text, ce + first.end(), o) if first is not None else None
    return according_to_source(text, ce, cut.start()) if cut is not None else None


_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|being)\s+(?:widely\s+|later\s+)?(?:quoted|cited)\b"
                        r"(?:\s+by\s+[^,;“”\"]+?)?(?:\s+as\s+(?:saying|telling|writing|calling|describing))?")
_BY = re.compile(r"\b(?:described|called|branded|labell?ed|termed|dubbed|characteri[sz]ed|quoted|cited|criticized|claimed|"
                 r"criticised|condemned|denounced|slammed|blasted|praised|hailed|dismissed|mocked|asked|questioned|pressed|"
                 r"told|warned|urged)\s+by\s+")
_LABEL = re.compile(r"\s*(?:[^:;“”\"]{0,160}\s[-–—]\s+)?([^:;“”\"]{2,80}?)\s*(?:,\s*(?:[A-Z][\w.]*|on\s+\w+))?\s*:\s*$")


#: a source label opening the sentence: 'From the report: ', 'From Lee's Facebook post: '
_FROM_LABEL = re.compile(r"\s*From\s+([^:;“”\"]{2,60}?)\s*:\s*")
#: the first of two coordinated names before a second one: 'Ann Lee and '
_COORDINATED = re.compile(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s+(?:and|&)\s+")


#: a name before a vertical bar and the quote: 'Ann Lee | '
_PIPE_LABEL = re.compile(r"\s*([^|:;“”\"\n]{2,60}?)\s*\|\s*")
#: a colon after a headline quote and the name ending the line: '"...": Ann Lee'
_COLON_NAME = re.compile(r"\s*:\s+([^:;,.!?“”\"‘’\n]{2,60}?)\s*$")
#: a headline's subject and its present-tense speech verb after the colon: '“...”: Ann Lee defends her record'
_COLON_SUBJECT = re.compile(r"\s*:\s+((?:[\w’'.-]+\s+){1,6}?)(defends|says|warns|vows|insists|claims|calls|urges|slams|denies|"
                            r"admits|tells|declares|pledges|threatens|accuses|blasts|hails|praises|rejects|apologi[sz]es|issues\s+(?:an?\s+)?"
                            r"(?:apology|warning|statement|plea|appeal|update)|responds|reacts|explains|speaks|"
                            r"hits\s+(?:back|out)|opens\s+up|thanks|promises|stresses)\b")
#: the same after the rest of a headline line: '‘several hurt’ at the base: Pentagon'
_TAIL_COLON_NAME = re.compile(r"[^:;.!?“”\"‘’\n]{1,80}:\s+([^:;,.!?“”\"‘’\n]{2,60}?)\s*$")


def colon_name_after(text: str, close_end: int, pe: int) -> Attribution | None:
    """A headline quote followed by a colon and the name that ends its line: '‘We will win’: Ann Lee'.

    >>> t = '‘We will win the seat’: Omar Khan'; colon_name_after(t, t.index(":"), len(t)).mention.name
    'Omar Khan'
    >>> t = '‘We will win’: the list'; colon_name_after(t, t.index(":"), len(t)) is None
    True
    >>> t = 'Blast hurts ‘several workers’ at the dock: Coastguard'; colon_name_after(t, t.index(" at"), len(t)).mention.name
    'Coastguard'
    >>> t = '“We will win”: Party leader Omar Khan defends his record'; colon_name_after(t, t.index(":"), len(t)).mention.name
    'Omar Khan'
    >>> t = '‘We are so sorry’: Ferry boss issues apology over delays'; colon_name_after(t, t.index(":"), len(t)).mention.name
    'Ferry boss'
    """
    v = _COLON_SUBJECT.match(text, close_end, pe)
    if v is not None:   # '“...”: Iran's leader Ali Khamenei defends ...': the headline's subject speaks
        men = np_at_end(text, v.start(1), v.end(1))
        if men is not None and men.kind in {"person", "role", "body"} and not text[men.end:v.end(1)].strip():
            return Attribution(v.group(2), v.start(2), v.end(2), men, "after")
    m = _COLON_NAME.match(text, close_end, pe) or _TAIL_COLON_NAME.match(text, close_end, pe)
    men = np_at_end(text, m.start(1), m.end(1)) if m is not None else None
    known = men is not None and men.kind == "place" and men.name.lower() in lexicon.organisations()   # 'Pentagon'
    if men is None or men.start != m.start(1) or men.kind not in {"person", "role", "body"} and not known:
        return None
    return Attribution("colon", m.start(1) - 1, m.start(1), men, "after")


#: a label naming the topic of the answer after it: 'On Ann Lee: ', 'About the referee: '
_TOPIC_LABEL = re.compile(r"(?:On|About|Regarding)\s")


def _label_attribution(text: str, s: int, o: int) -> Attribution | None:
    """A colon label before the quote: 'Meghan McCain, Twitter: "..."', 'Iraq PM: "..."'.

    >>> t = 'Ann Lee, Twitter: "No."'; _label_attribution(t, 0, 18).mention.name
    'Ann Lee'
    >>> t = 'POLLS WERE EARLY - Ann Lee: "No."'; _label_attribution(t, 0, 28).mention.name
    'Ann Lee'
    >>> t = 'EARLY, NOT WRONG - Ann Lee and Bo Hale: "No."'; _label_attribution(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'From the report: "Most samples erred."'; _label_attribution(t, 0, t.index('"')).mention.name
    'the report'
    >>> t = 'On Ann Lee: "She was fine."'; _label_attribution(t, 0, t.index('"')) is None
    True
    >>> t = "Ann Lee | 'I never plan a plot'"; _label_attribution(t, 0, t.index("'")).mention.name
    'Ann Lee'
    >>> t = 'Her position: "People cannot recover."'; _label_attribution(t, 0, t.index('"')).mention.name
    'she'
    """
    own = _POSSESSIVE_LABEL.fullmatch(text, s, o)   # 'Her position: "..."': the one whose position it is
    if own is not None:
        a, b = own.span(1)
        who = {"his": "he", "her": "she"}[text[a:b].lower()]   # read as the subject pronoun it stands for ("Their": a
        # group whose members the text may not name as one)
        return Attribution("colon", own.end() - 1, own.end(), Mention(a, b, "pronoun", a, b, who), "colon")
    src = _FROM_LABEL.fullmatch(text, s, o)   # 'From the report: "..."', 'From Bush's Facebook post: "..."'
    men = np_at_end(text, src.start(1), src.end(1)) if src is not None else None
    if men is not None and men.start == src.start(1) and men.kind in {"document", "person", "body", "role"}:
        return Attribution("colon", src.end(1), src.end(1) + 1, men, "colon")
    pipe = _PIPE_LABEL.fullmatch(text, s, o)   # 'Ann Lee | "..."': a tag page's interview headline
    men = np_at_end(text, pipe.start(1), pipe.end(1)) if pipe is not None else None
    if men is not None and men.start == pipe.start(1) and men.kind in {"person", "role", "body"}:
        return Attribution("label", pipe.end(1), pipe.end(1), men, "colon")
    m = _LABEL.fullmatch(text, s, o)
    if not m or lexicon.find_cues(text, m.start(1), m.end(1)) or _TOPIC_LABEL.match(text, m.start(1)):
        return None   # 'On the new signing: "..."' names a topic, not a speaker
    men = np_at_end(text, m.start(1), m.end(1))
    pair = _COORDINATED.fullmatch(text, m.start(1), men.start) if men is not None and men.kind == "person" else None
    if pair is not None:   # 'HEADLINE - Ann Lee and Bo Hale: "..."': the first of two named authors
        men = np_at_end(text, m.start(1), m.start(1) + len(pair.group(1)))
    if men is None or men.kind not in {"person", "body", "role", "place"} or men.start != m.start(1):
        return None
    colon = text.rfind(":", s, o)
    return Attribution("colon", colon, colon + 1, men, "colon")


#: a possessive label for what its owner said: 'Her position: "..."', 'His reply: "..."'
_POSSESSIVE_LABEL = re.compile(r"\s*(His|Her)\s+(?:[a-z]+\s+)?(?:position|response|reply|answer|verdict|view|take|message|"
                               r"advice|explanation|argument|reasoning|words|reaction|assessment|prediction|plea|warning|"
                               r"retort|conclusion|excuse|promise|vow)\s*:\s*")


#: a transcript's speaker label opening the quoted words: 'LEE: Well, ...', 'SEN. ANN LEE: ...'
_INNER_LABEL = re.compile(r"\s*((?:[A-Z][A-Z.’'\-]*\s+){0,3}[A-Z][A-Z’'\-]+)\s*:\s+(?=\S)")
#: capitalised labels that head a paragraph without naming a speaker
_NOT_SPEAKER_LABELS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ", "VIDEO", "PHOTOS",
                       "CORRECTION", "CLARIFICATION", "WARNING", "ALERT", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION"}


def inner_label(text: str, a: int, b: int) -> Attribution | None:
    """A transcript line quoted whole, its speaker label inside the marks: '"LEE: Well, we won."' (Lee speaks).

    >>> t = '"LEE: Well, look, we won."'; inner_label(t, 1, len(t) - 1).mention.name
    'LEE'
    >>> t = '"UPDATE: The road is open."'; inner_label(t, 1, len(t) - 1) is None
    True
    """
    m = _INNER_LABEL.match(text, a, b)
    if m is None or len(m.group(1)) < 3 or m.group(1) in _NOT_SPEAKER_LABELS:
        return None
    men = Mention(m.start(1), m.end(1), "person", m.start(1), m.end(1), m.group(1))
    return Attribution("label", m.end(1), m.end(1) + 1, men, "label")


#: a sentence after a quote naming whose words they were: 'That was the message from X', 'So said X'
_MESSAGE_FROM = re.compile(r"\s*(?:(?:That|This|Such|These)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+"
                           r"(?:the\s+)?(?:[a-z\-]+\s+){0,2}(?:message|verdict|view|warning|assessment|words?|reaction|"
                           r"response|plea|promise|advice|prediction|take|stark\s+warning)\s+(?:from|of)|So\s+(?:said|says))\s+")


def message_from(text: str, pos: int, hi: int) -> Attribution | None:
    """'"...." That was the message from X.': the sentence at ``pos`` names the speaker of the quote before it.

    >>> t = '"We will win." That was the message from coach Ann Lee on Sunday.'
    >>> message_from(t, t.index("That"), len(t)).mention.name
    'Ann Lee'
    >>> t = '"We will win." That was the last game of the season.'; message_from(t, t.index("That"), len(t)) is None
    True
    """
    m = _MESSAGE_FROM.match(text, pos, hi)
    men = object_after(text, m.end(), hi) if m is not None else None
    if men is None or men.kind not in {"person", "role", "body"}:
        return None
    cue = m.group().split()[-1] if m.group().strip().startswith("So") else "message"   # 'So said X': 'said'
    return Attribution(cue, m.start(), m.end(), men, "next sentence")


#: longest headline and longest quote-plus-outlet tail of a digest item read (keeps the check linear)
DIGEST_CHARS = 3000
#: a digest item: a capitalised headline of three or more words, its quote, and the outlet in brackets at the end
_DIGEST_HEAD = re.compile(r"\s*([A-Z0-9][A-Z0-9’'‘,:$%&.\-]*(?:\s+[A-Z0-9’'‘$%&\-][A-Z0-9’'‘,:$%&.\-]*){2,24})\s*")
_DIGEST_TAIL = re.compile(r"[^\[\]]*\[[^\[\]\n]{1,40}\]\.?\s*")


def digest_headline(text: str, s: int, o: int, close: int, pe: int) -> Attribution | None:
    """A digest item 'HEADLINE "..." [Outlet.]': the capitalised headline introduces the quote it heads.

    >>> t = 'LATE SHIFT IN IOWA "Voters moved late." [Post.]'; digest_headline(t, 0, 19, 39, len(t)).mention.name
    'LATE SHIFT IN IOWA'
    >>> t = 'LATE SHIFT IN IOWA "Voters moved late."'; digest_headline(t, 0, 19, 39, len(t)) is None
    True
    """
    m = _DIGEST_HEAD.fullmatch(text, s, o) if o - s <= DIGEST_CHARS else None
    if m is None or pe - close > DIGEST_CHARS or not _DIGEST_TAIL.fullmatch(text, close, pe):
        return None
    a, b = m.span(1)
    return Attribution("headline", a, a, Mention(a, b, "document", a, b, text[a:b]), "before")


#: a poll named in the sentence: 'In a CNN/ORC poll released Monday,', ', according to a Quinnipiac poll'
_POLL = re.compile(r"(?:\b[Ii]n|\baccording\s+to|^\s*The)\s+((?:a|an|the|its|this|that)\s+[^.;:,“”\"]{0,70}?\b(?:poll|survey)\b"
                   r"(?:\s+(?:released|conducted|published|taken)(?:\s+[\w\-]+){1,3})?|poll|survey)")
#: a mention standing for a share or a group of respondents: '8 percent of Democrats', 'the vast majority of voters'
_RESPONDENTS = re.compile(r"\b(?:percent|per\s+cent|%|majority|minority|plurality|half|third|quarter|most|share)\b|"
                          r"\b(?:in|of)\s+(?:10|ten|five|\d+)\b|^(?:voters|Americans|Democrats|Republicans|respondents|"
                          r"independents|adults|they)\b|\b(?:voters|Americans|Democrats|Republicans|respondents)$", re.I)


def poll_source(text: str, s: int, e: int, men: Mention) -> Mention | None:
    """'In a CNN poll released Monday, 8 percent of Democrats said "..."': a share of respondents speaking in a
    sentence that names its poll gives the poll as the source (the respondents answer the poll's question).

    >>> t = 'In a CNN poll released Monday, 8 percent of Democrats said they were "very worried."'
    >>> poll_source(t, 0, len(t), Mention(31, 52, "role", 31, 52, "8 percent of Democrats")).name
    'a CNN poll released Monday'
    >>> t = 'Some 8 percent of Democrats said they were "very worried."'
    >>> poll_source(t, 0, len(t), Mention(5, 27, "role", 5, 27, "8 percent of Democrats")) is None
    True
    """
    seg = text[s:e]
    if ("poll" not in seg and "survey" not in seg) or \
            (not _RESPONDENTS.search(text[men.start:men.end]) and not (men.kind == "pronoun" and men.name == "they")):
        return None
    m = _POLL.search(text, s, e)
    if m is None:
        return None
    a, b = m.span(1)
    if m.group(1) in {"poll", "survey"}:   # 'The poll has bad news for Lee: 25 percent of voters say ...'
        a = m.start()
    return Mention(a, b, "document", a, b, text[a:b])


#: the inverted form, with an optional apposition: ', says Ann Lee, a historian at X, '
_PARENTHETICAL_INVERTED = re.compile(r",\s+(said|says|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains)\s+"
                                     r"([A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}|"
                                     r"(?:an?|the|one|two)(?:\s+[\w’'\-]+){1,7}?)(?:,\s[^,;:“”\"]{2,100})?,\s")
#: speakers named by a bare plural in a parenthetical (no determiner): their aside governs a quote only when no other
#: cue stands between it and the quote
_BARE_PLURALS = frozenset("officials sources authorities witnesses residents analysts experts diplomats investigators "
                          "prosecutors lawmakers aides spokesmen organisers organizers doctors medics".split())
_PARENTHETICAL = re.compile(r",\s+(he|she|they|I|we|[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,2}|"
                            r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal)(?:\s+[\w’'\-]+){1,4}|"
                            # speakers named by a bare plural ("Strikes began at 4 p.m., officials said, targeting '...'")
                            r"(?:[\w.’'\-]+\s+){0,2}?(?:" + "|".join(sorted(_BARE_PLURALS)) + r"))\s+"
                            r"(said|says|added|adds|wrote|writes|noted|argued|explained|contended)(?:\s[^,;:“”\"]{0,50})?,\s")


def last_match(rx: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``rx`` in ``text[start:end]`` (None when none).

    >>> last_match(re.compile(r"a"), "banana", 0, 6).start()
    5
    """
    m = None
    for m in rx.finditer(text, start, end):
        pass
    return m


def _parenthetical(text: str, s: int, o: int) -> Attribution | None:
    """An attribution set off by commas inside the sentence that holds the quote: 'South Carolina, he said, was "..."'.

    >>> t = 'The documents indicate, he said in an interview, that "they worked hand in hand."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'he'
    >>> t = 'The mayor, an aide said, "is sure" now.'; _parenthetical(t, 0, t.index('"')).mention.name
    'an aide'
    >>> t = 'The paradox, says Ann Lee, a historian at X, is that she was "one of a kind."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'Ann Lee'
    >>> t = 'The strike, said a senior official also on the call, was aimed at "degrading them."'
    >>> _parenthetical(t, 0, t.index('"')).mention.name
    'a senior official'
    >>> t = 'Two were killed, the ministry said, as the army confirmed it did "counter-terrorism" work.'
    >>> _parenthetical(t, 0, t.index('"')) is None
    True
    """
    m = last_match(_PARENTHETICAL, text, s, o)
    if m is None:
        inv = last_match(_PARENTHETICAL_INVERTED, text, s, o)   # 'The paradox, says Ann Lee, a historian, is that "..."'
        men = object_after(text, inv.end(1), o) if inv is not None else None
        ok = men is not None and men.start == inv.start(2) and men.kind in {"person", "role"}
        return Attribution(inv.group(1), inv.start(1), inv.end(1), men, "before") if ok else None
    men = np_at_end(text, m.start(1), m.end(1), subject=False)
    if men is None or men.start != m.start(1) or men.kind not in {"person", "pronoun", "role", "body"}:
        return None
    if m.group(1)[:1].islower() and m.group(1).split()[-1] in _BARE_PLURALS and cues_in(text, m.end(), o):
        return None  # "Prices, analysts said, will rise, but the minister told reporters it would be '...'": the
        # minister's words, not the analysts'
    if _NEW_CLAUSE.match(text, m.end()) and cues_in(text, m.end(), o):
        return None  # "Two were killed, the ministry said, as the army confirmed it did "counter-terrorism" work": the
        # clause after the aside has its own cue and speaker
    return Attribution(m.group(2), m.start(2), m.end(2), men, "before")


#: a clause of its own after a parenthetical attribution (', as the army confirmed ...', ', while X said ...')
_NEW_CLAUSE = re.compile(r"\W*(?:as|while|whereas|but|and|though|although)\s+(?!(?:no|nobody|none|neither|not)\b)"
                         r"(?:the\s+|a\s+|an\s+)?(?:[A-Z\w][\w'’.-]*\s+){1,5}?"
                         r"(?:said|says|confirmed|confirms|added|adds|stated|states|told|announced|reported|noted|insisted|"
                         r"claimed|denied|acknowledged|admitted|described|describes)\b")


def _passive_attribution(text: str, s: int, o: int) -> Attribution | None:
    """'X was quoted as saying' (X speaks) and 'described by X as' (X speaks).

    >>> t = 'The plan was described by the mayor as "dead".'; _passive_attribution(t, 0, t.index('"')).mention.name
    'the mayor'
    >>> t = 'Lee was asked by host Ann Ray, "Why now?"'; _passive_attribution(t, 0, t.index('"')).mention.name
    'Ann Ray'
    >>> t = 'When asked by host Ann Ray about it, Lee said: "No."'; _passive_attribution(t, 0, t.index('"')) is None
    True
    """
    q = last_match(_QUOTED_AS, text, s, o)
    if q is not None:
        men = subject_before(text, s, q.start())
        if men is not None:
            return Attribution("quoted", q.start() + 1, q.end(), men, "before")
    b = last_match(_BY, text, s, o)
    if b is not None:
        men = object_after(text, b.end(), o)
        if men is not None and not any(_cue_kind(f) == "speech" for _a, _b, f in cues_in(text, men.end, o)):
            return Attribution(b.group().split()[0].lower(), b.start(), b.start() + len(b.group().split()[0]), men, "passive")
    return None


#: a passive cue right before an opening mark: 'was branded a', 'were described as', 'has been called', ', called'
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been|being|be)|[,—–]|\s--)\s+(?:(?:[a-z]+ly|often|also)\s+)?"
                             r"((?:described|called|branded|labell?ed|"
                             r"termed|characteri[sz]ed|criticized|criticised|condemned|denounced|slammed|blasted|praised|"
                             r"hailed|dismissed|mocked|reported|claimed|welcomed|rejected))\s+(?:as\s+(?:being\s+)?)?"
                             r"(?:(?:a|an|the)\s+)?$")
#: participles that name what they label without "as" ('The raids, called "a reprisal" by the council')
_NAMING_PARTICIPLES = frozenset({"called", "branded", "labeled", "labelled", "termed", "dubbed", "described"})
#: the agent after the closing mark: 'by angry residents'
_BY_AFTER = re.compile(r"[\s,.]{0,2}\s*by\s+")


def passive_agent_after(text: str, s: int, o: int, close_end: int, hi: int) -> Attribution | None:
    """'X was branded a "..." by Y': a passive cue before the quote and its agent after it; the agent speaks.

    >>> t = 'The board was branded a "total disgrace" by angry parents at the meeting.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'angry parents'
    >>> t = 'The board called it a "total disgrace" by any measure.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)) is None
    True
    >>> t = 'The raid was reported as being "a complete success" by the group.'
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'the group'
    >>> t = 'The raids, often called "a reprisal" by the council, went on.'   # a participle after a comma: no auxiliary
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)).mention.name
    'the council'
    >>> t = 'The premier, Ann Lee, condemned the "barbaric act" by the militants.'   # a main verb after an apposition
    >>> passive_agent_after(t, 0, t.index('"'), t.index('" by') + 1, len(t)) is None
    True
    """
    cue = _PASSIVE_BEFORE.search(text, max(s, o - 60), o)
    if cue is not None and cue.group().lstrip()[:1] in ",—–-" and cue.group(1).lower() not in _NAMING_PARTICIPLES and \
            not re.search(r"\bas\b|\b[a-z]+ly\b|\b(?:often|also)\b", cue.group()):
        cue = None  # "X, condemned the "barbaric act" by Y": a main verb after an apposition, not a participle
    by = _BY_AFTER.match(text, close_end, hi) if cue is not None else None
    men = object_after(text, by.end(), hi) if by is not None else None
    if men is None or men.kind not in {"person", "role", "body", "place"}:   # 'by the Pentagon' reads as a place
        return None
    return Attribution(cue.group(1), cue.start(1), cue.end(1), men, "passive")


_FOR_LEAD = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?For\s+")


def _for_viewpoint(text: str, s: int, o: int, para_lo: int = -1) -> Attribution | None:
    """'For the mayor, Ann Lee, "the bridge is a matter of pride."': a sentence opened by 'For' and a speaker, with no
    cue before the quote and no quote earlier in its paragraph (whose speaker may go on), gives that speaker's view.

    >>> t = 'For the mayor, the bridge is "a matter of pride."'; _for_viewpoint(t, 0, t.index('"')).mention.name
    'the mayor'
    >>> t = 'For years, the bridge was "a matter of pride."'; _for_viewpoint(t, 0, t.index('"')) is None
    True
    >>> t = '"We won," Lee said. For the rest, "we lost."'; _for_viewpoint(t, 20, t.rindex('"w'), 0) is None
    True
    >>> t = 'For the mayor, the plan is a "bargain" now.'; _for_viewpoint(t, 0, t.index('"')) is None
    True
    """
    if _quoted_word_count(text, o) <= 3:
        return None   # 'For critics, the "reform" ...': a few quoted words inside the writer's own sentence are no view
    lead = _FOR_LEAD.match(text, s, o)
    comma = text.find(",", lead.end(), o) if lead is not None else -1
    if comma < 0 or re.search(r"[“”\"]|''", text[max(0, para_lo):s]) or \
            not re.search(r"(?:^|[.!?…][”\"’']?|\n)\s*$", text[max(0, s - 3):s]):
        return None
    men = object_after(text, lead.end(), o)
    if men is None or men.kind not in {"person", "role", "body"} or re.search(r"[;:“”\"]", text[men.end:o]):
        return None   # the quote must be the sentence's first after the lead
    return Attribution("for", lead.start(), lead.end(), replace(men, role=""), "before")


def _quoted_word_count(text: str, o: int) -> int:
    """How many words the quotation opened at text[o] holds (up to its closing mark, or 300 characters).

    >>> _quoted_word_count('a "big" day', 2), _quoted_word_count("it was ''a fine day for us'' then", 7)
    (1, 5)
    """
    close = "''" if text.startswith("''", o) else {"“": "”", "‘": "’"}.get(text[o], text[o])
    end = text.find(close, o + len(close), o + 300)
    return len(text[o + len(close): end if end > 0 else o + 300].split())


_WORDS_OF = re.compile(r"\b[Ii]n\s+(?:the\s+)?words\s+of\s+")


def _words_of(text: str, s: int, o: int) -> Attribution | None:
    """'The mayor was, in the words of one aide, "the best choice"': the phrase after 'in the words of' speaks.

    >>> t = 'It was, in the words of one aide, "the best choice" for us.'; _words_of(t, 0, t.index('"')).mention.name
    'one aide'
    """
    w = last_match(_WORDS_OF, text, s, o)
    if w is None:
        return None
    men = object_after(text, w.end(), o)
    if men is None or men.kind not in {"person", "role", "body", "document"}:
        return None
    return Attribution("words of", w.start(), w.end(), men, "before")
