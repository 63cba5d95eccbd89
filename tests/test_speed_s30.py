"""The s30 speed shortcuts read from indexes what the whole-text or whole-paragraph scans they replace read
(our own sentences and generated strings; no timer)."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from analysis.events.mentions.told import _Told

from analysis.events.mentions.inherit import _story_before
from analysis.quotes.homonyms import _names_word
from analysis.quotes.mentions.phrase import _named_person, _pairs_ending_in
from analysis.quotes.resolve import person_index
from analysis.quotes.names import surname_key

PIECES = ["Tom", "Hale", "Hale.", "Big", "Ab", "A", "a", "b", " ", "  ", "\n", "\u00a0", ".", "'", "’", "é", "_", "1", "Ross"]


def _scan(text: str, word: str) -> list[tuple[int, int, str]]:
    """The matches the replaced code found: one expression over the whole text."""
    return [(m.start(), m.end(), m.group(1)) for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", text)]


def test_pairs_ending_in_are_the_matches_of_the_whole_text_scan():
    rng = random.Random(30)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        for word in ("Hale", "Hale.", "A", "Ab", "Ross", "a"):
            assert [(m.start(), m.end(), m.group(1)) for m in _pairs_ending_in(text, word)] == _scan(text, word), (text, word)


@pytest.mark.parametrize("text, word, named", [
    ("Greta Lund opened the mill. Lund and Ferris Group said", "Lund", True),
    ("Lund and Ferris Group said", "Lund", False),
    ("Old Lund and New Lund", "Lund", False),     # capitalised words, not first names
    ("Mill Lund Lund and Greta Lund", "Lund", True),  # overlapping pairs: the scan's own order
])
def test_named_person_reads_a_first_name_before_the_surname(text, word, named):
    assert _named_person(text, word) is named


def _mention(rng: random.Random, k: int) -> dict:
    """A made-up incident mention with the fields the story rule reads."""
    return {"scope": rng.choice(["incident", "incident", "aggregate"]), "para_id": rng.choice([0, 0, 1]), "sent_id": k,
            "event_type": rng.choice(["attack", "strike", "us_strike", "threat", "interception", "claim"]),
            "place_id": rng.choice(["", "", "erbil", "tanf"]), "date_text": rng.choice(["", "Monday", "Friday"]),
            "date": rng.choice(["", "", "2024-01-01"]), "country": rng.choice(["", "iraq", "syria"]),
            "weapon": rng.choice(["", "rockets", "drones", "rockets;mortars"]),
            "evidence": rng.choice(["Rockets hit the base.", "Separately, a drone fell.", "Meanwhile, rockets hit."]),
            "_days_before": rng.choice([None, None, None, -1])}


def test_story_index_gives_the_story_the_paragraph_scan_gives():
    rng = random.Random(7)
    found = 0
    for _ in range(60):
        told = _Told()
        for k in range(40):
            r = _mention(rng, k)
            prev = told.context(r)
            want = _story_before(r, prev)
            assert told.story_before(r, prev) is want
            found += want is not None
            told.add(r)
    assert found > 50  # the generated mentions do continue stories


def test_same_key_reads_the_people_of_the_window_with_that_surname():
    text = " ".join(["Mira Holt met Jon Sand.", "Holt spoke.", "Ada Holt left.", "Sand said no.", "Pia Sand came."] * 30)
    idx = person_index(text, [])
    for pos in range(0, len(text), 97):
        for key in ("holt", "sand", "none"):
            window = [*reversed(idx.before(pos, 500)), *idx.after(pos, 500)]
            assert idx._same_key(key, pos, 500) == [p for p in window if surname_key(p.name) == key]


@pytest.mark.parametrize("values", [["the Senate party", ""], ["Senatorial aide", "x"], ["SENATE spokesman"], ["", ""]])
def test_names_word_is_what_pandas_contains_gives(values):
    series = pd.Series(values, dtype="str")
    assert _names_word(series.tolist(), "Senate") == bool(series.str.contains(r"(?i)\bSenate\b", na=False).any())


def test_name_starts_are_the_matches_of_the_whole_name_expression():
    from analysis.quotes.resolve import name_starts

    rng = random.Random(11)
    pieces = ["Ode", "Ode", "O", "de", " ", "-", "’", "'", "_", "é", "1", ".", "OdeOde", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        lo, hi = rng.randint(0, len(text)), rng.randint(0, len(text) + 3)
        for name in ("Ode", "O", "OdeO"):
            rx = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])")
            assert name_starts(text, name, lo, hi) == [m.start() for m in rx.finditer(text, lo, hi)], (text, name, lo, hi)


@pytest.mark.parametrize("text", ['"We won." Then we left.', '"We won" the day, he said.', '"We won." ..', '"We won."  \n',
                                  '"We won!" “Next', '"We won". they said', '"We won,"'])
def test_ends_sentence_reads_the_rest_of_the_paragraph_in_place(text):
    from analysis.quotes.extract.own import _ends_sentence
    from analysis.quotes.marks import find_quotes, paragraph_spans

    sp = find_quotes(text, paragraph_spans(text))[0]
    for end in range(sp.close_end - 1, len(text) + 1):
        rest = text[sp.close_end:end]
        closed = text[sp.start:sp.end].rstrip()[-1:] in {".", "!", "?"} or rest.startswith(".")
        want = not rest.strip(" .,") or closed and bool(re.match(r"\.?\s+[A-Z“\"‘]", rest))
        assert _ends_sentence(text, sp, end) == want, end
