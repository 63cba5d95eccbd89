"""py3langid's language scores for many texts at once, the same numbers as one ``classify`` call per text.

One call per text pays a Python walk of the model's automaton over every byte and a dozen numpy calls,
45-60 µs whatever the text's length: most of the cost of loading a folder of small files. Here the walk
advances all texts of a batch one byte per numpy step (the automaton's state of each text in one array;
texts sorted by length, so the ones still running are a prefix), the few long ones left finish in Python,
and the scores are normalised for the whole batch in one go. Each text keeps its own product of feature
counts and model rows, computed exactly as py3langid does (features in their order of first occurrence,
the same numpy call), so every score is the same bit for bit (tests/test_language_batch.py).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import numpy as np

#: Texts classified together, at most, and their bytes, about (bound the memory of the walk's arrays: 40 bytes a byte).
BATCH = 2048
BATCH_BYTES = 1 << 17
#: Model rows gathered at once for the products (bounds their memory: 142 float32 a row).
GATHER_ROWS = 16384
#: Below this many texts still running, the walk goes on in Python (a numpy step costs a few µs).
MIN_ACTIVE = 24


@lru_cache(maxsize=1)
def _automaton() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(next-move table, row offset per state, feature per state or -1) of the model as numpy arrays.

    >>> moves, rows, features = _automaton(); moves.dtype.name, rows.dtype.name, int(features.max()) > 0
    ('uint32', 'int64', True)
    """
    from .language import _identifier

    ident = _identifier()
    moves = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)  # a view: no copy of the 9.8 M entries
    return moves, np.asarray(ident._rowbase, dtype=np.int64), np.asarray(ident.tk_output, dtype=np.int64)


def _walk_tail(encoded: bytes, state: int, start: int, moves: Any, rows: list[int]) -> list[int]:
    """The automaton's states over ``encoded[start:]`` from ``state``, in Python (py3langid's walk).

    >>> _walk_tail(b"", 0, 0, [], [])
    []
    """
    states = []
    append = states.append
    for byte in encoded[start:]:
        state = moves[rows[state] + byte]
        append(state)
    return states


def _walk(encoded: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text index, byte position, state) of every byte of the texts, the automaton run from state 0 on each.

    >>> t, p, s = _walk([b"ab", b"a"]); sorted(zip(t.tolist(), p.tolist())) == [(0, 0), (0, 1), (1, 0)]
    True
    """
    moves, rows, _ = _automaton()
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    order = np.argsort(-lengths, kind="stable")
    flat = np.frombuffer(b"".join(encoded[i] for i in order.tolist()), dtype=np.uint8).astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths[order])[:-1])) if len(encoded) else lengths
    sorted_len = lengths[order]
    states = np.zeros(len(encoded), dtype=np.int64)
    texts, positions, seen = [], [], []
    pos, active = 0, int(np.count_nonzero(sorted_len > 0))
    while active >= MIN_ACTIVE:
        states = moves[rows[states[:active]] + flat[starts[:active] + pos]].astype(np.int64)
        texts.append(order[:active]), positions.append(np.full(active, pos)), seen.append(states)
        pos += 1
        active = int(np.count_nonzero(sorted_len[:active] > pos))
    ident_moves, ident_rows = _py_tables()
    for k in range(active):
        tail = _walk_tail(encoded[order[k]], int(states[k]) if pos else 0, pos, ident_moves, ident_rows)
        texts.append(np.full(len(tail), order[k])), positions.append(np.arange(pos, pos + len(tail)))
        seen.append(np.asarray(tail, dtype=np.int64))
    if not seen:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(texts), np.concatenate(positions), np.concatenate(seen)


@lru_cache(maxsize=1)
def _py_tables() -> tuple[Any, list[int]]:
    """py3langid's own next-move table and row offsets (for the Python walk of the last long texts).

    >>> moves, rows = _py_tables(); len(moves) % 256, len(rows) > 0
    (0, True)
    """
    from .language import _identifier

    return _identifier().tk_nextmove, _identifier()._rowbase


def _features(encoded: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text index, feature, count) per text and feature, each text's features in their order of first occurrence.

    That order is py3langid's (a Counter filled byte by byte), and the order of the sum of its scores.

    >>> t, f, c = _features([b"the the"]); set(t.tolist()) == {0}, int(c.sum()) >= 2
    (True, True)
    """
    texts, positions, states = _walk(encoded)
    feats = _automaton()[2][states]
    keep = feats >= 0
    texts, positions, feats = texts[keep], positions[keep], feats[keep]
    by_text = np.lexsort((positions, texts))
    key = texts[by_text] * (int(feats.max(initial=0)) + 1) + feats[by_text]
    _, first, counts = np.unique(key, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")  # by text, then by first position within the text
    picked = by_text[first[order]]
    return texts[picked], feats[picked], counts[order]


def raw_scores(encoded: list[bytes]) -> np.ndarray:
    """py3langid's naive Bayes scores (``_raw_score``) of UTF-8 texts, one row per text (norm_probs: 0 if featureless).

    >>> raw_scores([b"the base", b""]).shape[0], float(abs(raw_scores([b""])).sum())
    (2, 0.0)
    """
    from .language import _identifier

    ident = _identifier()
    table, prior = ident.nb_ptc, ident.nb_pc
    scores = np.zeros((len(encoded), len(ident.nb_classes)), dtype=np.float32)
    texts, feats, counts = _features(encoded)
    logs = np.log1p(counts.astype(np.float32))
    bounds = np.flatnonzero(np.diff(texts, prepend=-1, append=-1))
    starts, sizes = bounds[:-1], np.diff(bounds)
    for k in np.unique(sizes).tolist():  # texts with as many features: one stacked product, a vector each
        same = starts[sizes == k]
        for s in range(0, len(same), max(1, GATHER_ROWS // k)):
            where = same[s:s + max(1, GATHER_ROWS // k), None] + np.arange(k)
            scores[texts[where[:, 0]]] = np.matmul(logs[where][:, None, :], table[feats[where]])[:, 0, :] + prior
    return scores


def probabilities(encoded: list[bytes]) -> np.ndarray:
    """py3langid's normalised scores (``_decide`` with norm_probs) of UTF-8 texts, one row per text.

    >>> bool(abs(probabilities([b"the base of the army"]).sum() - 1) < 1e-5)
    True
    """
    from .language import _identifier

    scores = raw_scores(encoded)
    scale = np.array([1.0 / math.sqrt(len(e) or 1) for e in encoded], dtype=np.float32)
    scores *= scale[:, None]
    np.exp(scores - scores.max(axis=1, keepdims=True), out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    for i, j in _identifier()._alias_pairs:
        scores[:, i] += scores[:, j]
        scores[:, j] = 0.0
    return scores


def _batches(encoded: list[bytes]) -> list[list[bytes]]:
    """The texts in order, cut into batches of at most BATCH texts and about BATCH_BYTES bytes (the walk's memory).

    >>> [len(b) for b in _batches([b"x" * 40_000] * 5)], [len(b) for b in _batches([b"x"] * 5000)], _batches([])
    ([3, 2], [2048, 2048, 904], [])
    """
    batches: list[list[bytes]] = []
    size = 0
    for text in encoded:
        if not batches or len(batches[-1]) >= BATCH or (size and size + len(text) > BATCH_BYTES):
            batches.append([])
            size = 0
        batches[-1].append(text)
        size += len(text)
    return batches


def classify_many(texts: list[str]) -> list[tuple[str, float]]:
    """(language, probability) of each text: ``[_identifier().classify(t) for t in texts]``, in batches.

    >>> [lang for lang, _ in classify_many(["the army said the base was hit", "la base a été touchée"])]
    ['en', 'fr']
    """
    from .language import _identifier

    ident = _identifier()
    out: list[tuple[str, float]] = []
    for batch in _batches([ident._encode(t) for t in texts]):
        scores = probabilities(batch)
        best = scores.argmax(axis=1)
        out += [(ident.nb_classes[i], float(p)) for i, p in zip(best.tolist(), scores[np.arange(len(best)), best].tolist())]
    return out
