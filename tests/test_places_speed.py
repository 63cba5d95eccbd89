"""The shortcuts of the place scan give what the plain definitions give, in linear time (our own sentences)."""

from __future__ import annotations

import random
import re

import pytest

from analysis.events import gazetteer as gm
from incident_fixtures import package_names, patch_everywhere

pl = package_names("analysis.events.places")   # the package's names, private ones included, as one namespace

WORDS = ["in ", "In ", "near ", "twin ", "the ", "village of ", "Tal ", "Kafr ", "al-", "Abu Saida", ": 1 ", ". ", "; ",
         ":", " 2", "Mosul", ", ", "district", "x", "\n", "!", "? ", "Xin ", "on ", "At ", "sub-district ", "area of ",
         "the town of Hit", "Ras al-Jadah", "Erbil's ", "northern ", "(", "’s ", "Qala "]


def _texts(n: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 50))) for _ in range(n)]


def test_tokens_are_the_matches_of_the_word_expression():
    for text in _texts(300) + ["", "Deir ez-Zor's outskirts", "Ḥarir 2nd", "’x"]:
        plain = [(m.start(), m.end(), m.group(), gm.token_key(m.group()), m.group()[0].isupper() or m.group()[0].isdigit())
                 for m in gm._TOKEN.finditer(text)]
        assert [tuple(t) for t in gm.tokens(text)] == plain


def test_word_starts_read_as_a_word_boundary_before_the_words():
    fast = re.compile(pl._word_starts("in near at around") + r"\s+[A-Z]\w*")
    plain = re.compile(r"\b(?:in|near|at|around)\s+[A-Z]\w*")
    for text in _texts(300, seed=2) + ["twin Towers", "in Erbil", "at\tHit", "_in Hit"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_headings_are_found_at_the_start_and_after_a_full_stop_or_semicolon():
    plain = re.compile(r"(?:^|(?<=[.;]\s))" + pl._HEADING_NAME)
    for text in _texts(500, seed=3) + ["Abu Saida: 1 by IED. Ras al-Jadah district, Mosul: 3 shot; Hit: 2 dead."]:
        assert [m.span("name") for m in pl._headings(text)] == [m.span("name") for m in plain.finditer(text)]


def _after_plain(text: str, pos: int, known: list[dict]) -> dict | None:
    """The locating place after ``pos`` as first written: every place in start order, each gap checked."""
    for d in sorted(known, key=lambda d: d["start"]):
        if d["start"] >= pos and pl._LOCATES_AFTER.fullmatch(text[pos:d["start"]]):
            return d
    return None


def _before_plain(text: str, pos: int, known: list[dict]) -> dict | None:
    """The locating place before ``pos`` as first written: the last in list order whose gap is a locating one."""
    for d in reversed(known):
        if d["end"] <= pos and pl._LOCATES_BEFORE.fullmatch(text[d["end"]:pos]):
            return d
    return None


@pytest.mark.parametrize("seed", range(5))
def test_indexed_locators_answer_as_the_plain_scans(seed):
    rnd = random.Random(seed)
    for text in _texts(60, seed=seed):
        spans = [m.span() for m in re.finditer(r"[A-Z]\w+", text)]
        known = [{"start": s, "end": e, "place_id": f"p{k}"} for k, (s, e) in enumerate(spans) if rnd.random() < 0.6]
        rnd.shuffle(known)  # scan_places hands them over exact matches first, then fuzzy ones
        loc = pl._Locators(known)
        for pos in range(len(text) + 1):
            assert loc.after(text, pos) is _after_plain(text, pos, known)
            assert loc.before(text, pos) is _before_plain(text, pos, known)
            assert loc.overlaps(pos, pos + 3) == any(pos < d["end"] and d["start"] < pos + 3 for d in known)


def test_unknown_places_look_at_a_bounded_number_of_gaps_per_name(monkeypatch):
    """Hostile shape: thousands of known places and of names the text calls villages. Each name checks the few places
    its gap can reach, not every place of the text."""
    calls = {"n": 0}

    class Counting:
        def __init__(self, rx):
            self.rx = rx

        def fullmatch(self, s):
            calls["n"] += 1
            return self.rx.fullmatch(s)

    patch_everywhere(monkeypatch, "analysis.events.places", "_LOCATES_AFTER", Counting)
    patch_everywhere(monkeypatch, "analysis.events.places", "_LOCATES_BEFORE", Counting)
    per_name = []
    for n in (300, 1_200):
        text = " ".join(f"Rockets hit Qaryat{i % 7}x village near Erbil and Mosul." for i in range(n))
        calls["n"] = 0
        found = pl.scan_places(text)
        assert sum(d["method"] == "pattern" for d in found) >= n
        per_name.append(calls["n"] / n)
    assert per_name[1] <= per_name[0] * 1.1 and per_name[1] < 8


def test_a_long_chain_of_villages_is_read_without_deep_ids():
    """Each name is located by the next one ("X village Y village ..."): past MAX_TEXT_CHAIN text places the chain's
    own end locates it, so ids stay short and rows are made without recursing down the chain."""
    text = " ".join(f"Qaryat{i} village" for i in range(1_500)) + " in Erbil."
    found = [d for d in pl.scan_places(text) if d["method"] == "pattern"]
    assert len(found) == 1_500
    assert max(d["place_id"].count("@") for d in found) <= pl.MAX_TEXT_CHAIN
    last = found[-1]
    assert last["text"] == "Qaryat1499" and last["place_id"].endswith("@erbil") and last["admin1"] == "Erbil"


def test_a_short_chain_keeps_its_parents():
    found = pl.find_places("Drones struck Kani Spika village in Sidakan sub-district, Erbil.")
    assert found.set_index("text").loc["Kani Spika", "place_id"] == "txt:kanispika@txt:sidakan@erbil"
