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
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def paragraphs(body: str) -> pd.DataFrame:
    """Split a cleaned body (paragraphs separated by blank lines) into paragraphs with offsets.

    >>> paragraphs("One.\\n\\nTwo.")[["para_id", "start", "end", "text"]].values.tolist()
    [[0, 0, 4, 'One.'], [1, 6, 10, 'Two.']]
    """
    rows = [{"para_id": i, "start": m.start(), "end": m.end(), "text": m.group()}
            for i, m in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body))]
    return pd.DataFrame(rows, columns=["para_id", "start", "end", "text"])


def _ends_with_abbreviation(chunk: str) -> bool:
    """True when a candidate sentence ends in an abbreviation or an initial, so it must not end there."""
    m = _SPLIT_AFTER.search(chunk)
    if not m:
        return False
    token = m.group(1).lower()
    return token in ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.){1,4}[a-z]?|[a-z]", token))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``: pysbd, then re-joined after abbreviations and initials.

    >>> t = "The U.S. Army and Gen. Smith met J. R. Jones. Col. Marotto said so."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.S. Army and Gen. Smith met J. R. Jones.', 'Col. Marotto said so.']
    """
    if not text.strip():
        return []
    spans: list[list[int]] = []
    pos = 0
    for piece in _segmenter().segment(text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = text.find(stripped, pos)
        if start < 0:  # pysbd altered the text: fall back to the remainder as one span
            start = pos
            stripped = text[pos:].strip()
        end = start + len(stripped)
        if spans and _ends_with_abbreviation(text[spans[-1][0]:spans[-1][1]]) and not _real_stop(text, spans[-1][1], start):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        pos = end
    return [(s, e) for s, e in spans if text[s:e].strip()]


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
    rows = []
    for para in paragraphs(body).itertuples():
        for s, e in split_sentences(para.text):
            rows.append({"para_id": para.para_id, "sent_id": len(rows), "start": para.start + s,
                         "end": para.start + e, "text": para.text[s:e]})
    return pd.DataFrame(rows, columns=["para_id", "sent_id", "start", "end", "text"])
