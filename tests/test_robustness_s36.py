"""Hostile shapes left above 2 s/MB by the s35 sweep: each is checked by counting the work it causes, and by its
growth between two sizes (a generous factor on CPU time, never a wall-clock threshold)."""

import time

from analysis.runtime import no_gc
from analysis.text.segment import split_sentences


def _cpu(fn, *args) -> float:
    """CPU seconds of a call, the faster of two (the machine is shared), without the cycle collector (whose full
    passes over the whole test session's objects land in one run or another)."""
    best = float("inf")
    with no_gc():
        for _ in range(2):
            t = time.process_time()
            fn(*args)
            best = min(best, time.process_time() - t)
    return best


def test_past_verb_check_answers_as_its_pattern(monkeypatch):
    from analysis.events.timex import focus
    from analysis.events.timex.focus import _PAST_VERB, Focus, has_past_verb

    texts = ["the lantern GLOWED all night", "the next month", "they rode out", "sledding", "a red kite",
             "Xrowed, hoarded", "bed", "no\u017f saw it", "caf\u00e9 opened", "the sea was calm", "in 2019 and beyond"]
    for t in texts:
        for start in range(len(t) + 1):
            for end in (start, len(t)):
                assert has_past_verb(t, start, end) == bool(_PAST_VERB.search(t, start, end)), (t, start, end)
    monkeypatch.setattr(focus, "_PAST_BLOCK", 5)  # blocks of five characters: words cut at every block boundary
    for t in texts:
        f = Focus(t, [])
        for start in range(len(t) + 1):
            for end in range(start, len(t) + 1):
                assert f.past_before(start, end) == bool(_PAST_VERB.search(t[start:end])), (t, start, end)


def test_a_chain_of_next_units_reads_no_clause_tense_without_a_past_verb(monkeypatch):
    from analysis.events.timex import date_mentions, mentions

    calls = []  # the clause tense asked by the focus for 'the next ...' (through the reading's cues and memo)
    real = mentions._day_tense
    monkeypatch.setattr(mentions, "_day_tense", lambda *a: calls.append(1) or real(*a))
    chain = "The ferry sank in 2031. " + "the next week, the next month, the next year, " * 600
    rows = date_mentions(chain, "2032-02-02")
    assert len(rows) >= 1800 and not calls  # no past verb in the sentence: the tense is never asked
    told = date_mentions("The mill opened in 1998 and was sold the next year.", "2016-04-28")
    assert told["timex"].tolist() == ["1998", "1999"] and calls


def test_a_chain_of_next_units_grows_linearly():
    from analysis.events.timex import date_mentions

    unit = "the next week, the next quarter, "
    small, big = "The ferry sank in 2031. " + unit * 1500, "The ferry sank in 2031. " + unit * 6000
    date_mentions(unit, "2032-02-02")
    assert _cpu(date_mentions, big, "2032-02-02") < 8 * max(_cpu(date_mentions, small, "2032-02-02"), 0.02)


def test_punkt_never_reads_a_piece_dense_in_full_stops(monkeypatch):
    from analysis.text import segment

    read = []  # the characters handed to Punkt
    real = segment._punkt()

    class Counting:
        def span_tokenize(self, piece):
            read.append(len(piece))
            return real.span_tokenize(piece)

    monkeypatch.setattr(segment, "_punkt", Counting)
    stops = "Lamp. " * 20_000 + ". " * 20_000
    spans = split_sentences(stops, fast=False)
    assert sum(read) < 100 and spans == split_sentences(stops, fast=True)  # at most a short tail under the slack
    prose = "The ferry left at dawn. Gen. Oduya waved from the pier. It rained."
    assert [prose[s:e] for s, e in split_sentences(prose, fast=False)] == [
        "The ferry left at dawn.", "Gen. Oduya waved from the pier.", "It rained."] and read[-1] == len(prose)


def test_split_sentences_fast_false_grows_linearly_on_full_stops():
    small, big = ". " * 50_000, ". " * 200_000
    split_sentences("One. Two.", fast=False)
    assert _cpu(split_sentences, big, False) < 8 * max(_cpu(split_sentences, small, False), 0.02)


def _tiny_vocabulary(n_words: int, seed: int = 36) -> tuple[str, str]:
    """Two texts of seven words in random order, the second the first turned around one new sentence."""
    import random

    rng = random.Random(seed)
    words = ["heron", "reed", "marsh", "tide", "stone", "gull", "mist"]
    a = " ".join(rng.choice(words) for _ in range(n_words))
    cut = len(a) // 3
    return a, a[cut:] + " The ferry left the harbour at dawn with the mail and two goats. " + a[:cut]


def test_a_tiny_vocabulary_seeds_within_the_budget():
    from analysis.reuse.alignment import _seed_matches
    from analysis.reuse.constants import SEED_BUDGET
    from analysis.reuse.document import Doc

    da, db = (Doc(t) for t in _tiny_vocabulary(20_000))  # each 4-gram about 8 times in the other text
    d, _ = _seed_matches(da, db)
    assert 0 < len(d) <= SEED_BUDGET * len(da.grams)
    prose = "The ferry left the harbour at dawn with the mail, two goats and the new schoolteacher aboard."
    one, two = Doc("Morning news. " + prose), Doc(prose + " Evening news.")
    assert len(_seed_matches(one, two)[0]) == len(two.grams) - 2  # every shared 4-gram once, no budget reached


def test_aligning_a_tiny_vocabulary_grows_linearly():
    from analysis.reuse.alignment import align

    small, big = _tiny_vocabulary(8_000), _tiny_vocabulary(32_000)
    assert _cpu(align, *big) < 8 * max(_cpu(align, *small), 0.02)
    assert not align(*small).empty


def test_a_sentence_of_many_bare_days_computes_a_bounded_number_of_clause_tenses(monkeypatch):
    from analysis.events.timex import date_mentions, mentions

    calls = []  # clause tenses computed (every other mention takes the tense of the one before in its sentence)
    real = mentions.clause_tense
    monkeypatch.setattr(mentions, "clause_tense", lambda *a: calls.append(1) or real(*a))
    days = ("Monday", "Thursday", "Saturday", "Tuesday", "Sunday", "Friday", "Wednesday")
    text = " ".join(days[(i * i + 3 * i) % 7] for i in range(3000))
    rows = date_mentions(text, "2032-02-02")
    assert len(rows) == 3000 and len(calls) <= mentions._TENSE_CAP
    told = date_mentions("The vote will be held on Tuesday. The ferry left on Tuesday.", "2032-02-02")
    assert told["timex"].tolist() == ["2032-02-03", "2032-01-27"]  # each sentence its own tense


def test_bare_weekdays_grow_linearly():
    from analysis.events.timex import date_mentions

    days = ("Monday", "Thursday", "Saturday", "Tuesday", "Sunday", "Friday", "Wednesday")
    small, big = (" ".join(days[(i * i + 5 * i) % 7] for i in range(n)) for n in (3000, 12000))
    date_mentions(small[:60], "2032-02-02")
    assert _cpu(date_mentions, big, "2032-02-02") < 8 * max(_cpu(date_mentions, small, "2032-02-02"), 0.02)


def test_lone_short_runs_never_reach_the_diagonal_join(monkeypatch):
    import random

    from analysis.reuse import alignment
    from analysis.reuse.document import Doc

    words = "Ox Ulm Van Le Mr. Dr. Col. U.N. St. Bo".split()  # ten short capitalised tokens, abbreviations among them
    rng = random.Random(7)
    a = " ".join(rng.choice(words) for _ in range(12_000))
    b = a[len(a) // 3:] + " The ferry left the harbour at dawn with the mail and two goats. " + a[: len(a) // 3]
    joined = []
    real = alignment._join_diagonals
    monkeypatch.setattr(alignment, "_join_diagonals", lambda runs, *a: joined.append(len(runs)) or real(runs, *a))
    da, db = Doc(a), Doc(b)
    seeds = len(alignment._seed_matches(da, db)[0])
    runs = alignment.verbatim_runs(da, db)
    assert seeds > 5_000 and joined and joined[0] < seeds / 20  # about one lone seed per word: none is joined
    assert any(r[1] - r[0] > 5_000 for r in runs)  # the rotated copy is still found
    prose = "The ferry left the harbour at dawn with the mail, two goats and the new schoolteacher aboard."
    assert alignment.verbatim_runs(Doc("Morning news. " + prose), Doc(prose + " Evening news.")) == [[2, 19, 0, 17]]


def test_the_reuse_splitter_decides_each_abbreviation_once(monkeypatch):
    import random

    from analysis.reuse import tokens

    words = "Ox Ulm Van Le Mr. Dr. Col. U.N. St. Kent.".split()
    rng = random.Random(7)
    text = " ".join(rng.choice(words) for _ in range(12_000))
    calls = []

    class Counted:
        def search(self, *a):
            calls.append(1)
            return real.search(*a)

    real = tokens._LAST_WORD
    monkeypatch.setattr(tokens, "_LAST_WORD", Counted())  # the last word before a stop, looked for
    spans = tokens.split_sentences(text)
    assert len(spans) > 100 and len(calls) < 200  # 7,091 searches before: one per stop after a short word
    t = "Col. Mann met Mr. Ode in Accra. Then U.S. aid came.\nNew line"
    assert [t[s:e] for s, e in tokens.split_sentences(t)] == ["Col. Mann met Mr. Ode in Accra.", "Then U.S. aid came.",
                                                              "New line"]


def test_leaving_lone_runs_out_of_the_join_changes_no_run(monkeypatch):
    import random

    import numpy as np

    from analysis.reuse import alignment
    from analysis.reuse.document import Doc

    for seed, words in ((3, "heron reed marsh tide stone gull mist salt oar kelp".split()),
                        (4, "Ox Ulm Van Le Mr. Dr. Col. U.N. St. Bo".split())):
        rng = random.Random(seed)
        a = " ".join(rng.choice(words) for _ in range(6_000))
        b = a[len(a) // 2:] + " The ferry left the harbour at dawn. " + " ".join(rng.choice(words) for _ in range(99))
        pairs = [(Doc(a), Doc(b)), (Doc(b), Doc(a))]
        fast = [alignment.verbatim_runs(x, y) for x, y in pairs]
        with monkeypatch.context() as m:
            m.setattr(alignment, "_not_lonely", lambda d, a0, a1: np.ones(len(d), dtype=bool))  # every run joined
            assert [alignment.verbatim_runs(x, y) for x, y in pairs] == fast
