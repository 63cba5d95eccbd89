"""Literal prefilters (analysis.events.prefilter): a guarded expression answers exactly as the expression does."""

import re
import sys

import pytest

from analysis.events import prefilter
from analysis.events.prefilter import Guarded, case_sensitive_twin, lacks, required_literals
from analysis.events.vocabulary import Folded, vocabulary

#: our own sentences, with the letters that case-insensitive matching folds in its own way (dotless i, long s,
#: dotted capital I, Kelvin sign)
TEXTS = [
    "Two rockets hit the base on Tuesday, wounding three soldiers; no one was killed.",
    "NO CASUALTIES WERE REPORTED after the DRONE was SHOT DOWN near the airport.",
    "The senator spoke about taxes and the budget.",
    "Gunmen opened fire on a checkpoint, killing two policemen and injuring another.",
    "A roadſide bomb wounded two; the convoy was hıt by gunfire (AFP).",
    "İnjured civilians were taken to hoſpital after the ſtrike.",
    "Militias vowed revenge, saying attacks will be met with force. \u212aatyusha rockets fell short.",
    "Photo: smoke rises over the town on Jan. 13; five were found dead in the village of Tal Baydar.",
    "",
]


def _patterns() -> list[tuple[str, re.Pattern]]:
    """Every guarded expression of the event modules, with its name."""
    out = []
    for name, mod in sorted(sys.modules.items()):
        if name.startswith("analysis.events"):
            out += [(f"{name}.{k}", v.rx) for k, v in vars(mod).items() if isinstance(v, Guarded)]
    out += [(f"weapon {lab}", rx.rx) for lab, _f, _s, rx in vocabulary().weapons if isinstance(rx, Guarded)]
    return out


def _answers(rx: re.Pattern | Guarded, text: str) -> tuple:
    """What each method of an expression answers on a text (spans, not match objects)."""
    m = rx.search(text)
    return (m and (m.span(), m.group(), m.groups(), m.groupdict()), [(x.span(), x.group(), x.groups()) for x in
                                                                     rx.finditer(text)],
            rx.findall(text), rx.sub("#", text), rx.split(text))


def test_guarded_answers_as_the_expression():
    import analysis.events.mentions  # noqa: F401  (loads every event module)

    pats = _patterns()
    assert len(pats) > 50  # the rule modules are guarded
    for name, rx in pats:
        g = Guarded(rx)
        for text in TEXTS + [t[k:] for t in TEXTS for k in (5, 20)]:
            assert _answers(g, text) == _answers(rx, text), (name, text)


@pytest.mark.parametrize("pattern,flags,expected", [
    (r"\bno\s+casualties|material\s+damage", re.I, ("casualties", "material")),
    (r"(?:killed|dead)\b", re.I, ("dead", "killed")),
    (r"rockets?|rocket attack", 0, ("rocket",)),
    (r",\s*(?=while\b)", 0, ("while",)),  # the longest requirement of a sequence
    (r"\d+\s+\w+", 0, None),
    (r"(?:kill|x?)", 0, None),  # an alternative that needs nothing
    (r"(?!killed)\w+", 0, None),  # a negative lookahead needs nothing
])
def test_required_literals(pattern, flags, expected):
    assert required_literals(pattern, flags) == expected


def test_unsafe_folding_runs_the_expression():
    rx = re.compile(r"\bhit\b|\bstrike\b", re.I)
    for text in ("was hıt", "a ſtrike", "H\u0130T"):  # letters re.I folds that lower() does not
        assert lacks(text, ("hit", "strike")) is False
        assert bool(Guarded(rx).search(text)) == bool(rx.search(text))
    assert prefilter.lower_exact("\u212aILLED") == "killed"  # the Kelvin sign lower-cases to k, as re.I reads it


def test_folded_guard():
    f = Folded(r"\b(?:dozens of|series of) attacks\b")
    assert f.need == ("dozens of", "series of")
    assert f.matches("DOZENS OF ATTACKS") and not f.matches("two attacks")
    assert [m.group() for m in f.finditer("a Series of attacks")] == ["Series of attacks"]


def test_guarded_pickles():
    import copy
    import pickle

    g = Guarded(re.compile(r"\bno\s+casualties", re.I))
    for h in (pickle.loads(pickle.dumps(g)), copy.deepcopy(g)):
        assert h.need == g.need and h.pattern == g.pattern and h.search("No casualties").span() == (0, 13)


def test_guarded_takes_the_pattern_arguments():
    rx = re.compile(r"rockets?", re.I)
    g = Guarded(rx)
    text = "Two rockets, then a ROCKET"
    assert g.search(text, pos=5).span() == rx.search(text, pos=5).span()
    assert [m.span() for m in g.finditer(text, 0, 12)] == [m.span() for m in rx.finditer(text, 0, 12)]
    assert g.sub("#", text, count=1) == rx.sub("#", text, count=1)
    assert g.split(text, maxsplit=1) == rx.split(text, maxsplit=1)
    assert g.match(text, 4).span() == (4, 11) and g.fullmatch("rocket") is not None


def test_lowering_is_shared_and_bounded():
    texts = [f"Rocket {k} HIT the BASE" for k in range(3 * prefilter._LOWERED_MAX)] + ["was hıt", "\u212aILLED"]
    for text in texts + [t[:] + "" for t in texts[:5]]:  # equal texts read again, and new ones past the bound
        low = text.lower()
        want = low if len(low) == len(text) and "\u0131" not in text and "\u017f" not in text else None
        assert prefilter.lower_exact(text) == want
        assert prefilter.lower_exact("".join(text)) == want  # an equal text that is another object
    assert len(prefilter._LOWERED) <= prefilter._LOWERED_MAX


def test_folded_answers_as_case_insensitive():
    pats = [r"\b(?:hit|strike)s?\b", r"killed|dead", r"\d+ rockets?", r"\bno\s+casualties"]
    for p in pats:
        f, rx = Folded(p), re.compile(p, re.I)
        for text in TEXTS + ["x", "K", "HIT", "\u212a", "ſtrikes", "14 ROCKETS"]:
            assert f.matches(text) == bool(rx.search(text)), (p, text)
            assert [m.span() for m in f.finditer(text)] == [m.span() for m in rx.finditer(text)], (p, text)
            assert [m.group() for m in f.finditer(text)] == [m.group() for m in rx.finditer(text)], (p, text)


def test_case_sensitive_twin_reads_the_original_text():
    g = Guarded(re.compile(r"\b(?P<n>\d+|two)\s+(?P<w>rockets?|drones?)\b", re.I))
    assert g.lc is not None  # run without case folding, on the lower-cased text
    text = "TWO Rockets and 3 DRONES hit; ſome rockets"
    assert [(m.group(), m["n"], m.group("w"), m.span("w")) for m in g.finditer(text)] == \
        [(m.group(), m["n"], m.group("w"), m.span("w")) for m in g.rx.finditer(text)]
    assert g.search(text).groupdict() == {"n": "TWO", "w": "Rockets"} and g.search(text).string is text


@pytest.mark.parametrize("pattern,has_twin", [
    (r"\bkill(?:ed|ing)?\b", True), (r"[a-z0-9]+ rockets?", True), (r"Kill", True), (r"[A-Z]\w+", True),
    (r"(?-i:Rockets)", False), (r"\x4b", True), (r"caf\u00e9", False), (r"(?P<Name>x)", True),
    (r"[’']s\b", True), (r"[0-z]", False), (r"\u0130", False),
])
def test_which_expressions_have_a_twin(pattern, has_twin):
    assert (case_sensitive_twin(re.compile(pattern, re.I)) is not None) == has_twin
    assert case_sensitive_twin(re.compile(r"rockets?")) is None  # already case-sensitive


#: capitals, ranges of capitals and caseless punctuation (curly quotes, dashes): read on the lower-cased text
_TWIN_CASES = [r"\bUS\s+(?:troops|forces)\b", r"(?<![Nn]o\s)\b(?P<n>\d+|[A-Z][a-z]+)\s+killed", r"[A-Z][\w’'-]+[’']s\b",
               r"\b[^\W\d]+[‐–—-]backed\b", r"\bI\b", r"\bK[a-z]+", r"\bS\w+"]
_TWIN_TEXTS = ["US troops and us forces", "Two killed, no 3 killed", "IRAN’S militias' Kata’ib’s",
               "Iran‐backed and Iran–backed", "I said İ and ı", "\u212aelvin KELVIN", "ſome Strikes SHIFTS",
               "no Two killed; NO Two killed", ""]


@pytest.mark.parametrize("pattern", _TWIN_CASES)
def test_twin_of_capitals_and_punctuation_reads_as_the_case_insensitive_expression(pattern):
    g, rx = Guarded(re.compile(pattern, re.I)), re.compile(pattern, re.I)
    assert g.lc is not None
    for text in _TWIN_TEXTS:
        assert [(m.span(), m.group()) for m in g.finditer(text)] == [(m.span(), m.group()) for m in rx.finditer(text)]
        got, want = g.search(text), rx.search(text)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


SHARED_TEXTS = ["Gunmen fired at the convoy; a fire broke out", "firefighters put out the fire", "The FIRED guard",
                "no boundary insidefire here", "fire"]


@pytest.mark.parametrize("text", SHARED_TEXTS)
def test_shared_boundary_keeps_matches_and_their_order(text):
    from analysis.events.prefilter import shared_boundary
    pattern = r"(?:\bfire\b|\bfired\b)|\bfirefight\w*|x(?=y)|\bbroke\s+out\b"
    src = shared_boundary(pattern)
    assert src == r"\b(?:fire\b|fired\b|firefight\w*)|x(?=y)|\bbroke\s+out\b"
    for flags in (0, re.I):
        assert [m.span() for m in re.finditer(src, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]


def test_guarded_scans_with_the_shared_boundary_and_keeps_its_expression():
    rx = re.compile(r"\bkilled\b|\bwounded\b|\bdead\b", re.I)
    g = Guarded(rx)
    assert g.rx is rx and g.scan.pattern == r"\b(?:killed\b|wounded\b|dead\b)"
    text = "Two were KILLED and three wounded; the dead were named"
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert g.search(text).span() == rx.search(text).span()


def test_formula_holds_wherever_an_expression_matches():
    """``formula_check`` never rejects a text an expression matches in (each guarded expression, each sample text and
    each clause of it): it only skips the engine where the answer is "no match"."""
    texts = TEXTS + [part for t in TEXTS for part in re.split(r"(?<=[,;])", t)]
    for name, rx in _patterns():
        check = prefilter.formula_check(rx.pattern, rx.flags)
        for text in texts:
            low = prefilter.lower_exact(text)
            if check is not None and low is not None and rx.search(text):
                assert check(low), (name, text)


@pytest.mark.parametrize("pattern, text, expected", [
    (r"\((?:AFP|AP)\)\s*$|photo\s+by", "(AP) crews at work", True),
    (r"\((?:AFP|AP)\)\s*$|photo\s+by", "a map of the camp", False),  # "ap" alone: the literal test passes, this fails
    (r"\b(?:found|seized)\b[^.;]{0,50}?\b(?:rockets?|mines?)\b", "they seized two rockets", True),
    (r"\b(?:found|seized)\b[^.;]{0,50}?\b(?:rockets?|mines?)\b", "they found the road closed", False),
    (r"(?!no)\w+\s+rockets\s+fell", "six rockets fell", True),  # a negative lookahead asks nothing of the text
])
def test_formula_check(pattern, text, expected):
    assert prefilter.formula_check(pattern, re.I)(text.lower()) is expected


def test_formula_check_only_when_finer_than_the_literals():
    assert prefilter.formula_check(r"rockets?|drones?", re.I) is None  # alternatives of words: ``need`` says as much
    assert prefilter.formula_check(r"\d+") is None
