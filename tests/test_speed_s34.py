"""Stop-34 speed round of the mention path: each faster form gives the answers of the form it replaced.

Fixtures are written in new words; the reference forms are the code as it was before the round.
"""

from __future__ import annotations

import random
import re

import pytest

from analysis.events.vocabulary import CUE_STEMS, _stem_start, any_weapon, may_report_event, vocabulary

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_STEM_INDEX: dict[str, tuple[str, ...]] = {}
for _s in CUE_STEMS:
    _STEM_INDEX[_s[:3]] = _STEM_INDEX.get(_s[:3], ()) + (_s,)


def _may_report_event_before(text: str) -> bool:
    """``may_report_event`` as it was: every word looked up by its first three letters."""
    for w in _WORD.findall(text):
        low = w.lower()
        for stem in _STEM_INDEX.get(low[:3], ()):
            if low.startswith(stem):
                return True
    return False


def _any_weapon_before(text: str, n: int) -> bool:
    """``any_weapon`` as it was: one alternation of the first ``n`` weapon expressions."""
    v = vocabulary()
    rx_i = re.compile("|".join(f"(?:{rx.pattern})" for _l, _f, _s, rx in v.weapons[:n]), re.I)
    rx_lc = re.compile("|".join(f"(?:{rx.pattern})" for rx in v.weapons_lc[:n]))
    low = text.lower()
    exact = len(low) == len(text) and (text.isascii() or ("\u0131" not in text and "\u017f" not in text))
    return bool(rx_lc.search(low) if exact else rx_i.search(text))


_TEXTS = ["The mayor opened a bakery on Tuesday.", "Two mortar rounds landed near the granary.",
          "9-SHOTS rang out", "an unshot arrow", "Pre-2020 raids", "x2bombers", "ac-130s circled",
          "\u212aill the lights", "\u0130ED found", "\u017fhelling", "the c-ram whirred", "co-pilot", "-blast", "",
          "ÉXPLOSION", "a katyusha salvo", "tea and a blasted oven", "Drones\u2019 hum", "under fire"]


@pytest.mark.parametrize("text", _TEXTS)
def test_stem_test_reads_as_the_word_loop(text: str) -> None:
    """Fixed texts (cases, digits and hyphens before a word, letters outside ASCII) answer as the word loop."""
    assert may_report_event(text) == _may_report_event_before(text)


def test_stem_test_on_random_texts() -> None:
    """Random texts built of stems, pieces of words and awkward characters answer as the word loop."""
    rng = random.Random(34)
    stems = sorted(CUE_STEMS)
    pieces = list("abiklmnorstuAKIS-09 .,'") + ["\u212a", "\u0130", "\u0131", "\u017f", "é", "\u2019", "\ud800"]
    for _ in range(20000):
        parts = [rng.choice(pieces) for _ in range(rng.randint(0, 7))]
        if rng.random() < 0.6:
            stem = rng.choice(stems)
            parts.insert(rng.randint(0, len(parts)), stem.upper() if rng.random() < 0.3 else stem)
        text = "".join(parts)
        assert may_report_event(text) == _may_report_event_before(text), repr(text)


def test_stem_expression_is_built_from_the_stems() -> None:
    """The expression follows the stems it is given (a word beginning with one; not inside a word)."""
    rx = _stem_start(frozenset({"plow", "ox-cart"}))
    assert [bool(rx.search(t)) for t in (b"3-plows", b"snowplow", b"an ox-cart", b"box-cart")] == [True, False, True, False]


@pytest.mark.parametrize("text", _TEXTS + ["The Grad launcher", "a ROADSIDE BOMB", "\u017fuicide bombers", "İran's drones"])
@pytest.mark.parametrize("n", [1, 3, 13])
def test_any_weapon_reads_as_the_alternation(text: str, n: int) -> None:
    """Each weapon expression tried in turn answers as their alternation did."""
    assert any_weapon(text, n) == _any_weapon_before(text, n)
