"""Quotation spans of a text: the mark pairing of ``analysis.quotes`` (the spans ``extract_quotes`` finds), or a simple quote-mark scan."""

from __future__ import annotations

import re

_OPENERS = re.compile("[“«„\"‘]")
_CLOSERS = {c: re.compile("[" + re.escape(cl) + "\n]") for c, cl in
            {'"': '"”', "“": '”"', "«": '»"', "„": '“"', "‘": "’"}.items()}


def scan_quote_spans(text: str) -> list[tuple[int, int]]:
    """Simple quotation scan: curly/straight double quotes, guillemets, single curly quotes at word starts.

    A quotation closes on the same line; a single curly quote closes before a non-letter.

    >>> t = 'He said “we leave” and ‘maybe’ later.'
    >>> [t[s:e] for s, e in scan_quote_spans(t)]
    ['“we leave”', '‘maybe’']
    """
    spans: list[tuple[int, int]] = []
    n, i = len(text), 0
    unclosed: dict[str, int] = {}  # mark -> line end before which a mark of that kind has no closing one
    while True:
        m = _OPENERS.search(text, i)
        if m is None:
            return spans
        o, c = m.start(), m.group()
        if c == "‘" and o > 0 and text[o - 1].isalnum():
            i = o + 1
            continue
        j = None if o < unclosed.get(c, -1) else _closing(text, o, c, n)
        if j is None and o >= unclosed.get(c, -1):  # later marks of this kind on the line: none closes (linear)
            end = text.find("\n", o)
            unclosed[c] = n if end < 0 else end
        if j is not None and j - o > 2:
            spans.append((o, j + 1))
            i = j + 1
        else:
            i = o + 1


def _closing(text: str, o: int, c: str, n: int) -> int | None:
    """Offset of the mark closing the quotation opened by ``c`` at ``o`` (None: the line ends first)."""
    pat, k = _CLOSERS[c], o + 1
    while True:
        m = pat.search(text, k)
        if m is None or m.group() == "\n":
            return None
        j = m.start()
        if c != "‘" or j + 1 >= n or not text[j + 1].isalnum():
            return j
        k = j + 1


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans: those ``analysis.quotes.extract_quotes`` finds (its mark pairing alone, no cues or
    speakers), else a simple mark scan when the quotes module is missing or fails.

    >>> t = 'He said "we will leave" today.'
    >>> [t[s:e].strip('"') for s, e in quote_spans(t)]
    ['we will leave']
    """
    try:  # lazily: the quotes module is optional for this one
        from analysis.quotes.marks import quote_offsets  # type: ignore[import-not-found]

        return sorted((s, e) for s, e in quote_offsets(text) if 0 <= s < e <= len(text))
    except Exception:  # noqa: BLE001 - any failure of the optional module falls back to the scan
        pass
    return scan_quote_spans(text)
