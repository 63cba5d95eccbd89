"""Bodies named like another country's: in an article about India, 'Congress' is the Congress party, not the US
Congress (``data/reference/speaker_homonyms.csv``). The article's country is read from its own words."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from . import lexicon

_CAP_WORDS = re.compile(r"[A-Z][\w’'\-.]*(?:\s+(?:of\s+)?[A-Z][\w’'\-.]*){0,3}")
#: words that place an article in the US legislature (each counts as the United States named once)
_US_LEGISLATURE = re.compile(r"\b(?:(?:Senators?|Congress(?:wo)?m[ae]n|Capitol|House\s+of\s+Representatives|Republicans?|"
                             r"Democrats?|lawmakers\s+in\s+Washington)\b|(?:Sen|Rep)\.)")


def _names_in(phrase: str) -> list[str]:
    """Every run of 1-4 words inside a capitalised phrase, longest first at each start (lower case).

    >>> _names_in("New Delhi")
    ['new delhi', 'new', 'delhi']
    """
    words = phrase.split()
    return [" ".join(words[i:j]).lower().strip(".,’'") for i in range(len(words)) for j in range(len(words), i, -1)]


def home_country(text: str) -> str:
    """The country an article names most by its country words and national bodies ('' when none is named twice
    or the United States is named as often).

    >>> home_country("The BJP said the BJP had won in Jaipur."), home_country("The Senate met in Washington.")
    ('India', '')
    >>> home_country("India and the BJP, said Senator Lee and Rep. Cole, upset India.")
    ''
    """
    skip = set(lexicon.homonyms())
    count: Counter[str] = Counter()
    for m in _CAP_WORDS.finditer(text):
        for name in _names_in(m.group()):
            if name in skip:
                continue
            hit = lexicon.countries().get(name) or lexicon.organisations().get(name)
            country = (hit[0] if len(hit) == 2 else hit[2]) if hit else ""
            if country and country != "international" and (len(name) > 3 or name.upper() in m.group()):
                count[country] += 1
                break
    count["United States"] += len(_US_LEGISLATURE.findall(text))
    if not count:
        return ""
    top, n = max(((c, k) for c, k in count.items() if c != "United States"), key=lambda x: x[1], default=("", 0))
    return top if n >= 2 and n > 2 * count["United States"] else ""


def _local(field: object, word: str, reading: str) -> object:
    """The field with a bare body word read as the local body ('the Congress' -> 'the Congress party'); a word named
    by a longer name ('Indian National Congress', 'US Congress') or already read is kept.

    >>> _local("Congress spokesperson", "Congress", "Congress party"), _local("US Congress", "Congress", "Congress party")
    ('Congress party spokesperson', 'US Congress')
    >>> _local(None, "Congress", "Congress party") is None
    True
    """
    if not isinstance(field, str):
        return field
    m = re.search(rf"\b{re.escape(word)}\b", field, re.I)
    if m is None or field[m.end():].lower().startswith(reading[len(word):].lower()):
        return field
    before = field[:m.start()].split()
    if before and before[-1][:1].isupper() and before[-1].lower() != "the":
        return field
    return field[:m.start()] + reading + field[m.end():]


def _names_word(values: list[object], word: str) -> bool:
    """Whether any string of a column names the word (as a whole word, any case).

    >>> _names_word(["the Congress party", None], "congress"), _names_word(["Congressman Lee"], "Congress")
    (True, False)
    """
    rx = _word_pattern(word)
    return any(isinstance(v, str) and rx.search(v) is not None for v in values)


@lru_cache(maxsize=256)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The whole-word, case-blind expression of a body word (compiled once)."""
    return re.compile(rf"(?i)\b{re.escape(word)}\b")


def home_readings(quotes: pd.DataFrame, text: str) -> pd.DataFrame:
    """Quotes whose speaker or role names a bare body word read, in an article about another country, as that
    country's body (``speaker_homonyms.csv``).

    >>> q = pd.DataFrame({"speaker": ["the Congress"], "speaker_role": [""]})
    >>> home_readings(q, "The BJP and the BJP's allies met in New Delhi.")["speaker"].tolist()
    ['the Congress party']
    """
    columns = [quotes[c].tolist() for c in ("speaker", "speaker_role")] if len(quotes) else []
    words = [w for w in lexicon.homonyms() if any(_names_word(values, w) for values in columns)]
    home = home_country(text) if words else ""
    readings = [(w, lexicon.homonyms()[w][home]) for w in words if home in lexicon.homonyms()[w]]
    if not readings:
        return quotes
    out = quotes.copy()
    for col in ("speaker", "speaker_role"):
        for w, reading in readings:
            out[col] = [_local(v, w, reading) for v in out[col]]
    return out
