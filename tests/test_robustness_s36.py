"""Hostile shapes left above 2 s/MB by the s35 sweep: each is checked by counting the work it causes, and by its
growth between two sizes (a generous factor on CPU time, never a wall-clock threshold)."""

import time

from analysis.text.segment import split_sentences


def _cpu(fn, *args) -> float:
    """CPU seconds of a call, the faster of two (the machine is shared)."""
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - t)
    return best


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
