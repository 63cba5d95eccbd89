"""Stop-32 speed round of the mention path: each faster form gives the answers of the form it replaced.

Fixtures are written in new words; the reference forms are the expressions as they were before the round.
"""

from __future__ import annotations

import importlib.util
import random
import re

import pytest

from analysis import paths
from analysis.events import counts, triggers
from analysis.events.gazetteer import _DOUBLED, _FOLD_STEPS, _join_tuple, collapse_runs, fold_key

#: the quoted-noun expression as it was written before (its look-behind first)
_QUOTED_NOUN_BEFORE = re.compile(r"(?<=\d\s)[\"“]([^\"“”\n]{1,30})[\"”]")
_TEXTS = ['the patrol counted 12 "heavy shells" near the ford', 'two “loitering drones” and 3 "crates"',
          '7 "a"8 "b" 9 "" 10 "x\ny"', 'no quotes at all, 14 rockets', '5 “unclosed quotation', '"4 "q" and 6 ”x"']


def test_collapse_runs_is_the_doubled_letters_expression() -> None:
    """Random texts (with newlines and accents) collapse as ``_DOUBLED.sub`` collapses them."""
    rng = random.Random(32)
    for _ in range(5000):
        s = "".join(rng.choice("aab\n é0-") for _ in range(rng.randint(0, 14)))
        assert collapse_runs(s) == _DOUBLED.sub(r"\1", s), repr(s)


@pytest.mark.parametrize("keys", [("harrir",), ("tall", "abbyad"), ("al", "mosull"), ("kirkuk",), ("ain", "al", "assad")])
def test_keys_fold_as_before(keys: tuple[str, ...]) -> None:
    """``fold_key`` and ``_join_tuple`` equal their step-by-step forms with the expression's sub."""
    s = "".join(k for k in keys if k not in ("al", "el", "the", "ul"))
    for pattern, repl in _FOLD_STEPS:
        s = pattern.sub(repl, s)
    assert fold_key(keys) == s
    joined = "".join(k for k in keys if k not in ("al", "el", "the", "ul"))
    assert _join_tuple(keys) == _DOUBLED.sub(r"\1", joined)


@pytest.mark.parametrize("text", _TEXTS)
def test_quoted_noun_matches_as_before(text: str) -> None:
    """The quotation mark read first finds the spans and groups the look-behind form found."""
    rx = counts._QUOTED_NOUN
    assert [(m.span(), m.group(1)) for m in rx.finditer(text)] == \
        [(m.span(), m.group(1)) for m in _QUOTED_NOUN_BEFORE.finditer(text)]
    assert rx.sub(lambda m: " " + m.group(1) + " ", text) == _QUOTED_NOUN_BEFORE.sub(lambda m: " " + m.group(1) + " ", text)


@pytest.mark.parametrize(("clause", "etype"), [
    ("The ministry blamed a cell of the group for the blast", "attack"),
    ("Officials said the crew was believed to be behind the raid", "attack"),
    ("The faction CLAIMED the strike in a short post", "claim"),
    ("A roadside charge hit the convoy at dawn", "attack"),
])
def test_attribution_guarded_as_plain(clause: str, etype: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``attribution`` with its guarded expressions answers as with the plain compiled ones."""
    fast = triggers.attribution(clause, clause, etype)
    monkeypatch.setattr(triggers, "_ATTRIB", [(label, getattr(rx, "rx", rx)) for label, rx in triggers._ATTRIB])
    assert fast == triggers.attribution(clause, clause, etype)


def _bench():
    """The speed benchmark's module."""
    spec = importlib.util.spec_from_file_location("bench_speed", paths.PROJECT_ROOT / "benchmarks" / "bench_incidents_speed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_reads_several_folders_as_one(tmp_path) -> None:
    """``--attacks`` with two folders: one corpus, doc ids numbered across them, each folder's own dates."""
    bench = _bench()
    for name, day, words in (("one", "2022-03-04", "A drone fell near the ford. Nobody was hurt."),
                             ("two", "2023-05-06", "Shells landed by the depot on Monday.")):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(words, encoding="utf-8")
        (tmp_path / name / "manifest.csv").write_text(f"file,published\n{name}.txt,{day}\n", encoding="utf-8")
    sents, arts = bench.read_folder([tmp_path / "one", tmp_path / "two"])
    assert arts["doc_id"].tolist() == ["n00000", "n00001"]
    assert arts["published"].tolist() == ["2022-03-04", "2023-05-06"]
    assert sents.groupby("doc_id").size().tolist() == [2, 1]
    assert bench.folder_names([tmp_path / "one", tmp_path / "two"]) == "one+two"
    assert bench.read_folder(tmp_path / "one")[1]["doc_id"].tolist() == ["n00000"]
