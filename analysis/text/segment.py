"""Paragraphs and sentences with character offsets into the cleaned body text.

Sentences come from NLTK's Punkt splitter (no training data, no download) with the project's
abbreviation list, then a second pass re-joins splits after abbreviations and initials. A paragraph
longer than ``MAX_PUNKT_CHARS`` is first cut at likely sentence ends (or, failing those, at spaces)
into pieces of at most that size (NLTK runs its patterns under a time limit, which a 20 MB paragraph
exceeded). An article with more possible sentence ends than real news ever has (``is_dense``) goes to
a fast regular-expression splitter instead, since Punkt's cost grows with the number of full stops:
every input stays under 2 s per MB.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from .checks import require_text

#: Longest piece of text handed to Punkt at once (longer paragraphs are cut at likely sentence ends).
MAX_PUNKT_CHARS = 20_000
#: Possible sentence ends per character above which Punkt is not used (real news: median 1/117, max 1/48).
MAX_END_DENSITY = 1 / 40
#: Stop characters (. ! ?, followed by a space or not) per character above which Punkt is not used either (real
#: news: at most 1/45).
MAX_STOP_DENSITY = 1 / 20
_NUMBERED = re.compile(r"\b(?:No|Nos|Art|Vol|pp?|Fig|Sec)\.$")
_END = re.compile(r"(?<![.!?])[.!?]+[\"'\u2019\u201d)\]]*\s+")  # only from a run's first stop: linear on '....'
_LIKELY_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")

#: Abbreviations after which a full stop does not end a sentence (titles, ranks, initialisms).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres st jr sr "
    "vs etc inc corp ltd dept approx jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n e.u u.s.a a.m p.m i.e e.g".split())
_SPLIT_AFTER = re.compile(r"(?:^|[\s(\"'\u201c\u2018])((?:[A-Za-z]\.){1,4}[A-Za-z]?|[A-Za-z]{1,5})\.[\"'\u201d\u2019)]*\s*$")


@lru_cache(maxsize=1)
def _punkt():
    """NLTK's Punkt splitter with the project's abbreviation list (no training data, no download)."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = {a for a in ABBREVIATIONS}
    return PunktSentenceTokenizer(params)


def paragraphs(body: str) -> pd.DataFrame:
    """Split a cleaned body (paragraphs separated by blank lines) into paragraphs with offsets.

    >>> paragraphs("One.\\n\\nTwo.")[["para_id", "start", "end", "text"]].values.tolist()
    [[0, 0, 4, 'One.'], [1, 6, 10, 'Two.']]
    """
    return pd.DataFrame(paragraph_rows(body), columns=["para_id", "start", "end", "text"])


def paragraph_rows(body: str) -> list[dict]:
    """Paragraph rows as plain dicts (what ``paragraphs`` wraps in a DataFrame).

    >>> paragraph_rows("A.\\n\\nB.")[1]
    {'para_id': 1, 'start': 4, 'end': 6, 'text': 'B.'}
    """
    body = require_text(body, "body")
    return [{"para_id": i, "start": m.start(), "end": m.end(), "text": m.group()}
            for i, m in enumerate(_PARAGRAPH.finditer(body))]


#: A paragraph of a cleaned body: lines up to a blank line.
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def _ends_with_abbreviation(chunk: str) -> bool:
    """True when a candidate sentence ends in an abbreviation or an initial, so it must not end there."""
    m = _SPLIT_AFTER.search(chunk)
    if not m:
        return False
    token = m.group(1).lower()
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.){1,4}[a-z]?|[a-z]", token))


def is_dense(text: str) -> bool:
    """True when a text has more possible sentence ends than ``MAX_END_DENSITY`` allows (beyond a slack
    of 20 for short texts): Punkt's cost per end would pass 2 s per MB, so such text goes to the fast splitter.

    >>> is_dense("Rockets hit the base. Nobody was hurt."), is_dense("a. " * 1000)
    (False, True)
    """
    return _dense(require_text(text, "text"))


def _dense(text: str) -> bool:
    """``is_dense`` of a text known to be a str.

    >>> _dense("One. Two."), _dense("a. " * 100), _dense("!?" * 100)
    (False, True, True)
    """
    stops = text.count(".") + text.count("!") + text.count("?")  # Punkt weighs every stop, spaced or not ('!?!?...')
    return stops > 20 + MAX_STOP_DENSITY * len(text) or len(_END.findall(text)) > 20 + MAX_END_DENSITY * len(text)


def _lookbehinds(words: list[str]) -> str:
    """An alternation of fixed-width lookbehinds, one per word, each at a word start."""
    return "|".join(f"(?<=(?<![\\w.]){re.escape(w)})" for w in sorted(words, key=len, reverse=True))


_CLOSE = "[\"'\u201d\u2019)\\]]*"
#: Full stops that do not end a sentence, for the fast splitter: after an initial (J.), an initialism
#: (U.S.), a listed abbreviation (Gen.), or a numbering word before a number (No. 5).
_NOT_A_STOP = re.compile(  # (?=\.)(?<=[A-Za-z]) first: the alternatives are tried only at a stop after a letter
    "(?=\\.)(?<=[A-Za-z])"
    f"(?:(?:(?<=(?<![\\w.])[A-Za-z])|(?<=\\.[A-Za-z])|{_lookbehinds([a for a in ABBREVIATIONS if '.' not in a])})"
    f"\\.(?={_CLOSE}\\s)|(?:{_lookbehinds(['No', 'Nos', 'Art', 'Vol', 'p', 'pp', 'Fig', 'Sec'])})\\.(?=\\s+\\d))",
    re.I)
#: ... except after U.S./U.K./U.N./E.U. before a capitalised function word (see _real_stop).
_COUNTRY_STOP = re.compile(
    f"(?<=u\\.s|u\\.k|u\\.n|e\\.u)\\x00(?={_CLOSE}\\s+[\"'\u201c\u2018]?"
    "(?:the|it|he|she|they|we|but|in|on|a|this|that|i|and)\\b)", re.I)
_SPACE = re.compile(r"\s*")
_FAST_END = re.compile(f"(?<![.!?])[.!?]+{_CLOSE}(?=\\s)")  # from a run's first stop only: linear on '....'


def _fast_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans for dense text, linear with regular expressions only: cut after . ! ? followed by
    white space, except where the stop belongs to an initial, initialism, abbreviation or numbering word.

    >>> t = "Gen. A. B. Smith met the U.S. envoy. No. 5 left. Then the U.S. The end."
    >>> [t[s:e] for s, e in _fast_spans(t)]
    ['Gen. A. B. Smith met the U.S. envoy.', 'No. 5 left.', 'Then the U.S.', 'The end.']
    """
    view = _COUNTRY_STOP.sub(".", _NOT_A_STOP.sub("\x00", text))
    spans, start = [], len(text) - len(text.lstrip())
    for m in _FAST_END.finditer(view):
        spans.append((start, m.end()))
        start = _SPACE.match(view, m.end()).end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def split_sentences(text: str, fast: bool | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``: Punkt (or, for dense text, the fast splitter), then
    re-joined after abbreviations and initials. ``fast=None`` decides by ``is_dense(text)``.

    >>> t = "The U.S. Army and Gen. Smith met J. R. Jones. Col. Marotto said so."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.S. Army and Gen. Smith met J. R. Jones.', 'Col. Marotto said so.']
    """
    text = require_text(text, "text")
    return _split(text, _dense(text) if fast is None else fast)


def _split(text: str, fast: bool) -> list[tuple[int, int]]:
    """``split_sentences`` of a text known to be a str, the splitter chosen.

    >>> _split("One. Two.", False), _split("  ", True)
    ([(0, 4), (5, 9)], [])
    """
    if not text.strip():
        return []
    if fast:
        return _at_glued_stops(text, _at_datelines(text, _fast_spans(text)))
    spans: list[list[int]] = []
    for start, end, final in _punkt_spans(text):
        if final:  # the fast splitter's span: trimmed, and not cut after an abbreviation in the first place
            spans.append([start, end])
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        prev = _tail(text, *spans[-1]) if spans else ""
        numbered = text[start].isdigit() and bool(_NUMBERED.search(prev))
        if spans and (numbered or (_ends_with_abbreviation(prev) and not _real_stop(text, spans[-1][1], start))):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return _at_glued_stops(text, _at_datelines(text, [(s, e) for s, e in spans]))


#: a full stop glued to the next sentence, as pages that lost the space between paragraphs give ("... in a
#: statement.The Turkish forces ..."): a lower-case word of two letters or more, the stop, then a capitalised word (not
#: a web address or a file name: "www.Example.com", "news.Google.com", "rudaw.Net", "report.Pdf"; nor after a lower-case
#: abbreviation: "vs.Iran", "incl.Two", "approx.Ten")
_GLUED_STOP = re.compile(r"(?<![./@\w])(?!www\.|(?:vs|approx|incl|ca|cf|no|nos|al|est|viz|fig|figs|vol|pp|eg|ie|op|ed|eds|"
                         r"dept|govt|tel|ext|km|kg|mm|cm|lbs?|oz|ft|mph|kph)[.!?])[a-z]{2,}[.!?][\"'\u201d\u2019)]*"
                         r"(?=[\"'\u201c\u2018]?(?!(?:Com|Net|Org|Gov|Edu|Mil|Info|News|Pdf|Jpe?g|Png|Gif|Js|Ly|Sy|Iq|Io|Co|"
                         r"Uk|Html?|Php|Aspx?|Txt|Docx?|Xlsx?|Ir|Tv|Lb|Tr|Ru|Ua|Ps|Qa|Sa|Ae|Int|Eu|De|Fr|Il|Jo|Kw|Eg|Af|Pk|"
                         r"Ye)\b)[A-Z][a-z]+\b(?![.@/]\w))")


def _at_glued_stops(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut after a full stop glued to the next sentence (``_GLUED_STOP``).

    >>> t = "Two were killed, officials said in a statement.The army often strikes the area. Visit www.Example.com now."
    >>> v = t.index("Visit"); [t[s:e] for s, e in _at_glued_stops(t, [(0, v - 1), (v, len(t))])]
    ['Two were killed, officials said in a statement.', 'The army often strikes the area.', 'Visit www.Example.com now.']
    """
    return _cut_spans(text, spans, _GLUED_STOP, lambda m, s, e: m.end() < e, keep_match=True)


#: a dateline run into the sentence before it, as pages copied without their line breaks give ("... outside Baghdad
#: airport last year BAGHDAD: A single rocket struck ...", "... tweeted MOGADISHU (Reuters) - A car bomb ..."): a place
#: in capitals after a lower-case word, then a colon or a dash and a capitalised word
_INLINE_DATELINE = re.compile(r"(?<=[a-z0-9,])\s+(?=[A-Z][A-Z'’.-]{3,}(?:[ /-]+[A-Z][A-Z'’.-]{2,}){0,3},?\s*"
                              r"(?:\([A-Za-z .]{2,30}\)\s*)?(?::|[—–]|-{1,2})\s+(?:[\"“]|[A-Z](?:[a-z]|\s)|\d))")


def _at_datelines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut before a dateline run into a sentence (``_INLINE_DATELINE``).

    >>> t = "Attacks have been frequent since last year BAGHDAD: A rocket struck the base."
    >>> [t[s:e] for s, e in _at_datelines(t, [(0, len(t))])]
    ['Attacks have been frequent since last year', 'BAGHDAD: A rocket struck the base.']
    """
    if not _HAS_CAPS_RUN.search(text):
        return spans
    return _cut_spans(text, spans, _INLINE_DATELINE,  # not "the official said NATO: ..."
                      lambda m, s, e: not _SPEECH_BEFORE.search(text, max(s, m.start() - 12), m.start()))


def _cut_spans(text: str, spans: list[tuple[int, int]], rx: re.Pattern, cut: Callable[[re.Match, int, int], bool],
               keep_match: bool = False) -> list[tuple[int, int]]:
    """``spans`` cut at each match of ``rx`` inside one that ``cut(match, piece start, span end)`` accepts: the piece
    before ends at the match's start (its end with ``keep_match``), the next begins at the match's end.

    >>> _cut_spans("a; b; c", [(0, 7)], re.compile(r";\\s"), lambda m, s, e: True)
    [(0, 1), (3, 4), (6, 7)]
    """
    out = []
    for s, e in spans:
        for m in rx.finditer(text, s, e):
            if cut(m, s, e):
                out.append((s, m.end() if keep_match else m.start()))
                s = m.end()
        out.append((s, e))
    return out


_SPEECH_BEFORE = re.compile(r"\b(?:said|says|say|told|added|warned|stated|declared|wrote|reads|read|as|by|the|of|to|in|from|at|for|"
                            r"with|and|or|on|against)$")  # ... nor an acronym the sentence goes on with ("claimed by the IRGC –")

_HAS_CAPS_RUN = re.compile(r"[A-Z]{4}")


def _tail(text: str, start: int, end: int, size: int = 24) -> str:
    """The last words of text[start:end] (whole words, at most ``size`` characters): enough to see an
    abbreviation, and constant work however long the sentence has grown.

    >>> _tail("He met Gen. Smith and Col.", 0, 26, size=8)
    'Col.'
    """
    if end - start <= size:
        return text[start:end]
    tail = text[end - size:end]
    cut = re.search(r"\s", tail)
    return tail[cut.end():] if cut else ""


def _pieces(text: str) -> list[tuple[int, int]]:
    """Cut a long text into pieces of at most MAX_PUNKT_CHARS, at the last likely sentence end in the
    second half of each window (else the last space, else anywhere).

    >>> _pieces("a" * 10)
    [(0, 10)]
    """
    pieces, start = [], 0
    while len(text) - start > MAX_PUNKT_CHARS:
        low, limit = start + MAX_PUNKT_CHARS // 2, start + MAX_PUNKT_CHARS
        cut = None
        for m in _LIKELY_END.finditer(text, low, limit):
            cut = m.end()
        if cut is None:
            space = text.rfind(" ", low, limit)
            cut = space + 1 if space > 0 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def _punkt_spans(text: str):
    """(start, end, final) sentence spans over a text of any length, piece by piece, offsets into the whole text:
    Punkt's (``final`` False: still to re-join after abbreviations), or, for a piece that ``is_dense`` would send
    to the fast splitter, the fast splitter's (``final`` True), even with ``fast=False``. That is the cap on Punkt's
    work per piece: its cost grows with the possible sentence ends, and past that density it passes 2 s per MB
    (10-20 s on a run of 'Word. '). No piece of real news is that dense (none of PolNeAR's 924 articles, raw or
    cleaned), so there Punkt alone decides.

    >>> list(_punkt_spans("One. Two.")), list(_punkt_spans("a. b. c. " * 20))
    ([(0, 4, False), (5, 9, False)], [(0, 179, True)])
    """
    for p_start, p_end in _pieces(text):
        piece = text[p_start:p_end]
        dense = _dense(piece)
        for start, end in _fast_spans(piece) if dense else _piece_spans(piece):
            yield p_start + start, p_start + end, dense


#: Punkt's possible sentence ends (its ``sent_end_chars``): it can break a text only after one of them.
_PUNKT_END = re.compile(r"[.?!]")


def _piece_spans(piece: str):
    """Punkt's spans of one piece; without . ? ! before its last visible character, Punkt's answer is known.

    Punkt breaks only after an end character followed by punctuation or by white space and a word; with
    none before the last visible character, it gives the piece less its trailing white space, or nothing.

    >>> list(_piece_spans("Rockets hit the base, officials said. ")), list(_piece_spans("  "))
    ([(0, 37)], [])
    """
    last = len(piece.rstrip())
    if _PUNKT_END.search(piece, 0, max(last - 1, 0)):
        return _punkt().span_tokenize(piece)
    return [(0, last)] if last else []


def _real_stop(text: str, prev_end: int, next_start: int) -> bool:
    """A stop after an abbreviation still ends a sentence when the abbreviation is a country
    initialism (U.S.) and the next word starts a new clause with a capitalised function word."""
    head = text[prev_end - 5:prev_end].lower()
    nxt = re.match(r"[\"'\u201c\u2018]?(\w+)", text[next_start:next_start + 40])
    starters = {"the", "it", "he", "she", "they", "we", "but", "in", "on", "a", "this", "that", "i", "and"}
    return head.endswith(("u.s.", "u.k.", "u.n.", "e.u.")) and bool(nxt) and nxt.group(1).lower() in starters


def sentences(body: str) -> pd.DataFrame:
    """Sentences of a cleaned body with paragraph id and offsets into the body.

    >>> sentences("Gen. Smith spoke. He left.\\n\\nNew para.")[["para_id", "sent_id", "start", "end"]].values.tolist()
    [[0, 0, 0, 17], [0, 1, 18, 26], [1, 2, 28, 37]]
    """
    return pd.DataFrame(sentence_rows(body), columns=["para_id", "sent_id", "start", "end", "text"])


def sentence_rows(body: str) -> list[dict]:
    """Sentence rows as plain dicts (what ``sentences`` wraps in a DataFrame); one splitter per article.

    >>> [r["text"] for r in sentence_rows("One. Two.")]
    ['One.', 'Two.']
    """
    body = require_text(body, "body")
    return sentence_rows_of(body, paragraph_rows(body))


def sentence_rows_of(body: str, paras: list[dict], fast: bool | None = None) -> list[dict]:
    """``sentence_rows`` of a body whose ``paragraph_rows`` are at hand (a caller that needs both splits once).

    ``fast``: ``is_dense(body)`` when the caller has it already (None: tested here).

    >>> body = "One. Two.\\n\\nThree."; [r["text"] for r in sentence_rows_of(body, paragraph_rows(body))]
    ['One.', 'Two.', 'Three.']
    """
    rows: list[dict] = []
    body = require_text(body, "body")
    fast = _dense(body) if fast is None else fast
    for para in paras:
        for s, e in _split(para["text"], fast):
            rows.append({"para_id": para["para_id"], "sent_id": len(rows), "start": para["start"] + s,
                         "end": para["start"] + e, "text": para["text"][s:e]})
    return rows
