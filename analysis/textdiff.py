"""Word-level differences between two passages, as a table and as side-by-side HTML.

Shared by the overlap analysis (aligned passages) and the quote-drift analysis (matched quotes).
"""

from __future__ import annotations

import difflib
import html
import re

import pandas as pd
from unidecode import unidecode

from .text.checks import require_text


def word_key(word: str) -> str:
    """Comparison key of a word: ASCII, lower case, punctuation and apostrophes dropped.

    >>> word_key("“Don’t"), word_key("weapons.")
    ('dont', 'weapons')
    """
    return re.sub(r"[^a-z0-9]+", "", unidecode(word).lower())


def word_diff(a: str, b: str) -> pd.DataFrame:
    """Word operations turning ``a`` into ``b``: columns op (equal/replace/delete/insert), a_words, b_words.

    Words are compared by :func:`word_key`; the table keeps their original spelling.

    >>> word_diff("They are using lethal weapons.", "They are using lethal weaponry.").values.tolist()
    [['equal', 'They are using lethal', 'They are using lethal'], ['replace', 'weapons.', 'weaponry.']]
    """
    wa, wb = require_text(a, "a").split(), require_text(b, "b").split()
    sm = difflib.SequenceMatcher(a=[word_key(w) for w in wa], b=[word_key(w) for w in wb], autojunk=False)
    rows = [(op, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])) for op, i1, i2, j1, j2 in sm.get_opcodes()]
    return pd.DataFrame(rows, columns=["op", "a_words", "b_words"])


def diff_html(a: str, b: str, label_a: str = "", label_b: str = "") -> str:
    """Two-column HTML table: words only in ``a`` struck through on red, words only in ``b`` on green.

    >>> h = diff_html("the big dog", "the large dog", "A", "B"); "<del" in h and "<ins" in h and "<th" in h
    True
    """
    left, right = [], []
    for op, aw, bw in word_diff(a, b).itertuples(index=False):
        aw, bw = html.escape(aw), html.escape(bw)
        if op == "equal":
            left.append(aw)
            right.append(bw)
            continue
        if aw:
            left.append(f'<del style="background:#fdd;color:#900">{aw}</del>')
        if bw:
            right.append(f'<ins style="background:#dfd;color:#060;text-decoration:none">{bw}</ins>')
    cell = 'style="vertical-align:top;text-align:left;padding:4px 8px;width:50%"'
    head = (f"<tr><th {cell}>{html.escape(label_a)}</th><th {cell}>{html.escape(label_b)}</th></tr>"
            if label_a or label_b else "")
    return (f'<table style="width:100%;border-collapse:collapse">{head}<tr><td {cell}>{" ".join(left)}</td>'
            f'<td {cell}>{" ".join(right)}</td></tr></table>')
