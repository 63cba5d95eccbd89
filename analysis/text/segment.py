"""Paragraphs and sentences with character offsets into the cleaned body text."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

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
    return [{"para_id": i, "start": m.start(), "end": m.end(), "text": m.group()}
            for i, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body))]


def _ends_with_abbreviation(chunk: str) -> bool:
    """True when a candidate sentence ends in an abbreviation or an initial, so it must not end there."""
    m = _SPLIT_AFTER.search(chunk)
    if not m:
        return False
    token = m.group(1).lower()
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.){1,4}[a-z]?|[a-z]", token))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``: Punkt, then re-joined after abbreviations and initials.

    >>> t = "The U.S. Army and Gen. Smith met J. R. Jones. Col. Marotto said so."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.S. Army and Gen. Smith met J. R. Jones.', 'Col. Marotto said so.']
    """
    if not text.strip():
        return []
    spans: list[list[int]] = []
    for start, end in _punkt().span_tokenize(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        prev = text[spans[-1][0]:spans[-1][1]] if spans else ""
        numbered = bool(re.search(r"\b(?:No|Nos|Art|Vol|pp?|Fig|Sec)\.$", prev)) and text[start].isdigit()
        if spans and (numbered or (_ends_with_abbreviation(prev) and not _real_stop(text, spans[-1][1], start))):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]


def _real_stop(text: str, prev_end: int, next_start: int) -> bool:
    """A stop after an abbreviation still ends a sentence when the abbreviation is a country
    initialism (U.S.) and the next word starts a new clause with a capitalised function word."""
    head = text[prev_end - 5:prev_end].lower()
    nxt = re.match(r"[\"'\u201c\u2018]?(\w+)", text[next_start:])
    starters = {"the", "it", "he", "she", "they", "we", "but", "in", "on", "a", "this", "that", "i", "and"}
    return head.endswith(("u.s.", "u.k.", "u.n.", "e.u.")) and bool(nxt) and nxt.group(1).lower() in starters


def sentences(body: str) -> pd.DataFrame:
    """Sentences of a cleaned body with paragraph id and offsets into the body.

    >>> sentences("Gen. Smith spoke. He left.\\n\\nNew para.")[["para_id", "sent_id", "start", "end"]].values.tolist()
    [[0, 0, 0, 17], [0, 1, 18, 26], [1, 2, 28, 37]]
    """
    return pd.DataFrame(sentence_rows(body), columns=["para_id", "sent_id", "start", "end", "text"])


def sentence_rows(body: str) -> list[dict]:
    """Sentence rows as plain dicts (what ``sentences`` wraps in a DataFrame).

    >>> [r["text"] for r in sentence_rows("One. Two.")]
    ['One.', 'Two.']
    """
    rows: list[dict] = []
    for para in paragraph_rows(body):
        for s, e in split_sentences(para["text"]):
            rows.append({"para_id": para["para_id"], "sent_id": len(rows), "start": para["start"] + s,
                         "end": para["start"] + e, "text": para["text"][s:e]})
    return rows
