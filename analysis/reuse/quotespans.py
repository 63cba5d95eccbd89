"""Quotation spans of a text: from ``analysis.quotes.extract_quotes``, or a simple quote-mark scan."""

from __future__ import annotations

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}


def scan_quote_spans(text: str) -> list[tuple[int, int]]:
    """Simple quotation scan: curly/straight double quotes, guillemets, single curly quotes at word starts.

    >>> t = 'He said “we leave” and ‘maybe’ later.'
    >>> [t[s:e] for s, e in scan_quote_spans(t)]
    ['“we leave”', '‘maybe’']
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _OPEN_CLOSE or c == '"' or (c == "‘" and (i == 0 or not text[i - 1].isalnum())):
            closers = {"‘": "’"}.get(c) or ('"”' if c == '"' else _OPEN_CLOSE[c] + '"')
            j = i + 1
            while j < n and text[j] != "\n":
                if text[j] in closers and (c != "‘" or j + 1 >= n or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < n and text[j] != "\n" and j - i > 2:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans: ``analysis.quotes.extract_quotes`` when available, else a simple mark scan.

    >>> t = 'He said "we will leave" today.'
    >>> [t[s:e].strip('"') for s, e in quote_spans(t)]
    ['we will leave']
    """
    try:  # lazily: the quotes module is optional for this one
        from analysis.quotes.extract import extract_quotes  # type: ignore[import-not-found]

        q = extract_quotes(text)
        if q is not None and len(q) and {"start", "end"} <= set(q.columns):
            return sorted((int(s), int(e)) for s, e in zip(q["start"], q["end"]) if 0 <= s < e <= len(text))
        if q is not None and len(q) == 0:
            return []
    except Exception:  # noqa: BLE001 - any failure of the optional module falls back to the scan
        pass
    return scan_quote_spans(text)
