"""Quote drift: the same utterance reported by two outlets in different words.

``match_quotes`` pairs quotations of different articles whose words agree (token-set ratio and
character 3-gram Dice on a normalised form, so a machine rewording that swaps a few words still
matches) and whose speakers do not contradict each other. ``word_diff`` / ``diff_html`` show the
word-level differences; ``mark_shared_quotes`` flags passages of an ``analysis.overlap`` alignment
that are such shared quotations (a shared quote is not, by itself, evidence of copying).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from unidecode import unidecode

from ..textdiff import diff_html, word_diff  # noqa: F401  (public here: drift.word_diff / diff_html)

#: Similarity needed to match two quotes when their speakers agree or one is unknown.
MIN_SIMILARITY = 0.6
#: Similarity needed when the two speakers are known and differ (resolution may have failed).
MIN_SIMILARITY_SPEAKER_CONFLICT = 0.85
#: Quotes with fewer content words than this need a near-verbatim match (char Dice >= SHORT_DICE).
MIN_WORDS = 4
SHORT_DICE = 0.8
#: A fragment whose content words lie mostly (>= this share) inside a longer quote of the SAME speaker
#: matches at a lower similarity (a partial quote cut from a differently translated statement).
FRAGMENT_CONTAINMENT = 0.75
FRAGMENT_MIN_CONTENT = 3
FRAGMENT_MIN_SIMILARITY = 0.4

PAIR_COLUMNS = ["pair_id", "doc_id_a", "start_a", "end_a", "quote_a", "speaker_a", "doc_id_b", "start_b", "end_b",
                "quote_b", "speaker_b", "similarity", "token_set", "char_dice", "speaker_agreement", "speaker",
                "match_rule", "containment", "verbatim", "n_substitutions", "n_insertions", "n_deletions"]


def normalise(text: str) -> str:
    """Lower-case ASCII words separated by single spaces (quote glyphs, brackets and punctuation dropped).

    >>> normalise("“Don’t take action,” [pro-Iran groups]")
    'dont take action pro iran groups'
    """
    return _normalised(str(text or ""))


@lru_cache(maxsize=1 << 16)
def _normalised(text: str) -> str:
    """normalise() of a string, memoised: a quote is compared with many others."""
    t = (text if text.isascii() else unidecode(text)).lower().replace("'", "")
    return " ".join(_WORD.findall(t))


_WORD = re.compile(r"[a-z0-9]+")


def content_words(text: str) -> set[str]:
    """Normalised content words (no stop words), plural/possessive -s stripped from words over three letters.

    >>> sorted(content_words("Targeting the country's security"))
    ['country', 'security', 'targeting']
    """
    return set(_content_words(normalise(text)))


@lru_cache(maxsize=1 << 16)
def _content_words(normalised: str) -> frozenset[str]:
    """content_words() of a normalised string, memoised."""
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                     for w in normalised.split() if w not in ENGLISH_STOP_WORDS)


def containment(a: str, b: str) -> float:
    """Share of the content words of the shorter quote (fewer content words) found in the other.

    >>> containment("targeting the sovereignty and security of our country",
    ...             "the enemies of Iraq are targeting the country's security")
    0.75
    """
    ca, cb = _content_words(normalise(a)), _content_words(normalise(b))
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return len(small & big) / len(small) if small else 0.0


@lru_cache(maxsize=1 << 16)
def _grams(a: str, n: int = 3) -> frozenset[str]:
    """Character n-grams of a string, memoised."""
    return frozenset(a[i:i + n] for i in range(max(len(a) - n + 1, 0)))


def _dice(a: str, b: str, n: int = 3) -> float:
    """Dice coefficient of the character n-gram sets of two strings."""
    ga, gb = _grams(a, n), _grams(b, n)
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga or gb else 0.0


def quote_similarity(a: str, b: str) -> dict[str, float]:
    """Token-set ratio, character 3-gram Dice and their mean (``similarity``) of two quotations.

    Quotes shorter than ``MIN_WORDS`` words on either side score their Dice only, so a short
    fragment is not a perfect match just because its words occur in a long quote.

    >>> s = quote_similarity("They are using lethal weapons.", "They are using lethal weaponry")
    >>> round(s["similarity"], 2) >= 0.8, quote_similarity("fire", "playing with fire")["similarity"] < 0.6
    (True, True)
    """
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return {"token_set": 0.0, "char_dice": 0.0, "similarity": 0.0}
    ts = fuzz.token_set_ratio(na, nb) / 100
    dice = _dice(f" {na} ", f" {nb} ")
    short = min(len(na.split()), len(nb.split())) < MIN_WORDS
    sim = dice if short else (ts + dice) / 2
    return {"token_set": float(ts), "char_dice": float(dice), "similarity": float(sim)}


def speaker_agreement(a: object, b: object) -> str:
    """'same', 'different' or 'unknown' (one side empty); names agree when one's words contain the
    other's (token-set ratio >= 85) or their spellings differ by a few letters (ratio >= 80, transliteration).

    >>> speaker_agreement("John Kirby", "Kirby"), speaker_agreement("Malik", "Kirby"), speaker_agreement("", "Kirby")
    ('same', 'different', 'unknown')
    >>> speaker_agreement("Yahya Rasool", "Yehia Rasool")
    'same'
    """
    a = "" if a is None or (isinstance(a, float) and np.isnan(a)) else normalise(str(a))
    b = "" if b is None or (isinstance(b, float) and np.isnan(b)) else normalise(str(b))
    if not a or not b:
        return "unknown"
    if a == b or fuzz.token_set_ratio(a, b) >= 85 or fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= 80:
        return "same"
    return "different"


def _accept(sim: dict[str, float], agreement: str, n_words: int, min_similarity: float,
            contained: float, n_content: int) -> str:
    """The rule that accepts a candidate pair ('similarity', 'fragment+speaker') or '' when rejected."""
    if n_words < MIN_WORDS and sim["char_dice"] < SHORT_DICE:
        return ""
    need = MIN_SIMILARITY_SPEAKER_CONFLICT if agreement == "different" else min_similarity
    if sim["similarity"] >= need:
        return "similarity"
    if (agreement == "same" and n_content >= FRAGMENT_MIN_CONTENT and contained >= FRAGMENT_CONTAINMENT
            and sim["similarity"] >= FRAGMENT_MIN_SIMILARITY):
        return "fragment+speaker"
    return ""


def _prefixes(text: str) -> set[str]:
    """Blocking keys of a quote: the first five letters of each content word.

    >>> sorted(_prefixes("They are using lethal weaponry"))
    ['letha', 'using', 'weapo']
    """
    return {w[:5] for w in content_words(text)}


def candidate_pairs(q: pd.DataFrame, max_share: float = 0.02, min_df: int = 50) -> dict[tuple[str, str], tuple[set, set]]:
    """Article pairs that may share a quotation, with the rows of each side to compare.

    Two quotes of different articles are candidates when they share two content-word prefixes that are not common
    to many quotes (at most ``max(min_df, max_share * n)`` quotes), or all the keys of a quote that has fewer than
    two; the cost follows the number of plausible pairs, not the square of the number of quotes.
    >>> q = pd.DataFrame({"doc_id": ["a", "b", "c"], "quote": ["lethal weapons used", "lethal weaponry", "rain today"]})
    >>> {k: (sorted(v[0]), sorted(v[1])) for k, v in candidate_pairs(q).items()}
    {('a', 'b'): ([0], [1])}
    """
    keys = [_prefixes(t) for t in q["quote"]]
    index: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for key in ks:
            index.setdefault(key, []).append(i)
    cap = max(min_df, int(max_share * len(q)))
    docs = q["doc_id"].astype(str).tolist()
    shared: dict[tuple[int, int], int] = {}
    for rows in index.values():
        if len(rows) <= cap:
            for x in rows:
                for y in rows:
                    if docs[x] < docs[y]:
                        shared[(x, y)] = shared.get((x, y), 0) + 1
    out: dict[tuple[str, str], tuple[set, set]] = {}
    for (x, y), n in shared.items():
        if n >= min(2, len(keys[x]), len(keys[y])):
            pa, pb = out.setdefault((docs[x], docs[y]), (set(), set()))
            pa.add(x)
            pb.add(y)
    return out


def _pair_row(qa: pd.Series, qb: pd.Series, sim: dict[str, float], agree: str, rule: str, contained: float) -> dict:
    """One output row of ``match_quotes`` for an accepted pair of quotations."""
    wd = word_diff(qa["quote"], qb["quote"])
    return {"doc_id_a": str(qa["doc_id"]), "start_a": int(qa["start"]), "end_a": int(qa["end"]), "quote_a": qa["quote"],
            "speaker_a": str(qa["_spk"]), "doc_id_b": str(qb["doc_id"]), "start_b": int(qb["start"]),
            "end_b": int(qb["end"]), "quote_b": qb["quote"], "speaker_b": str(qb["_spk"]), **sim,
            "speaker_agreement": agree, "speaker": str(qa["_spk"] or qb["_spk"]), "match_rule": rule,
            "containment": contained, "verbatim": normalise(qa["quote"]) == normalise(qb["quote"]),
            "n_substitutions": int((wd.op == "replace").sum()), "n_insertions": int((wd.op == "insert").sum()),
            "n_deletions": int((wd.op == "delete").sum())}


def _match_block(q: pd.DataFrame, rows_a: list[int], rows_b: list[int], min_similarity: float) -> list[dict]:
    """One-to-one matches (Hungarian assignment on similarity plus a speaker bonus) between two articles' quotes."""
    sims = [[quote_similarity(q.at[x, "quote"], q.at[y, "quote"]) for y in rows_b] for x in rows_a]
    agr = [[speaker_agreement(q.at[x, "_spk"], q.at[y, "_spk"]) for y in rows_b] for x in rows_a]
    bonus = {"same": 0.05, "unknown": 0.0, "different": -0.05}
    S = np.array([[s["similarity"] + bonus[g] for s, g in zip(srow, grow)] for srow, grow in zip(sims, agr)])
    out = []
    for r, c in zip(*linear_sum_assignment(-S)):
        xa, xb = q.at[rows_a[r], "quote"], q.at[rows_b[c], "quote"]
        n_words = min(len(normalise(xa).split()), len(normalise(xb).split()))
        n_content = min(len(content_words(xa)), len(content_words(xb)))
        contained = containment(xa, xb)
        rule = _accept(sims[r][c], agr[r][c], n_words, min_similarity, contained, n_content)
        if rule:
            out.append(_pair_row(q.loc[rows_a[r]], q.loc[rows_b[c]], sims[r][c], agr[r][c], rule, contained))
    return out


def match_quotes(quotes: pd.DataFrame, min_similarity: float = MIN_SIMILARITY,
                 speaker_col: str = "speaker_id", exclude_not_speech: bool = True) -> pd.DataFrame:
    """Pairs of quotations from different articles that report the same words (one-to-one per article pair).

    ``quotes`` needs doc_id, start, end, quote; ``speaker_col`` (canonical id or name; falls back
    to ``speaker``) and ``is_speech`` are used when present. Only quotes that share a content-word prefix
    are compared (``candidate_pairs``). Within each pair of articles these are matched one-to-one by the
    Hungarian algorithm on similarity; a pair is kept when similarity >= ``min_similarity``
    (>= ``MIN_SIMILARITY_SPEAKER_CONFLICT`` if both speakers are known and differ; a speaker agreement also
    breaks ties). A short fragment of the same speaker whose content words lie mostly inside the other quote
    is accepted at a lower similarity (``match_rule`` 'fragment+speaker'). Returns ``PAIR_COLUMNS``, sorted by
    doc_id_a, start_a, doc_id_b, start_b.

    >>> q = pd.DataFrame({"doc_id": ["a", "b", "b"], "start": [0, 5, 50], "end": [30, 36, 60],
    ...                   "quote": ["They are using lethal weapons.", "they are using lethal weaponry", "other words here"],
    ...                   "speaker": ["John Kirby", "Kirby", ""]})
    >>> match_quotes(q, speaker_col="speaker")[["doc_id_a", "doc_id_b", "start_b", "speaker_agreement"]].values.tolist()
    [['a', 'b', 5, 'same']]
    """
    q = quotes.copy()
    if exclude_not_speech and "is_speech" in q:
        q = q[q["is_speech"].fillna(True).astype(bool)]
    col = speaker_col if speaker_col in q else ("speaker" if "speaker" in q else None)
    q["_spk"] = q[col].astype(object).where(q[col].notna(), "") if col else ""
    q = q.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)
    rows = []
    for (_da, _db), (ra, rb) in sorted(candidate_pairs(q).items()):
        rows += _match_block(q, sorted(ra), sorted(rb), min_similarity)
    out = pd.DataFrame(rows, columns=[c for c in PAIR_COLUMNS if c != "pair_id"])
    out = out.sort_values(["doc_id_a", "start_a", "doc_id_b", "start_b"]).reset_index(drop=True)
    out.insert(0, "pair_id", [f"qp{i:03d}" for i in range(len(out))])
    return out


def substitutions(pairs: pd.DataFrame) -> pd.DataFrame:
    """Every non-equal word operation of every matched pair: pair_id, doc_id_a, doc_id_b, op, a_words, b_words.

    >>> p = pd.DataFrame({"pair_id": ["qp000"], "doc_id_a": ["a"], "doc_id_b": ["b"],
    ...                   "quote_a": ["lethal weapons"], "quote_b": ["lethal weaponry"]})
    >>> substitutions(p)[["op", "a_words", "b_words"]].values.tolist()
    [['replace', 'weapons', 'weaponry']]
    """
    rows = []
    for p in pairs.itertuples(index=False):
        wd = word_diff(p.quote_a, p.quote_b)
        for op, aw, bw in wd[wd.op != "equal"].itertuples(index=False):
            rows.append((p.pair_id, p.doc_id_a, p.doc_id_b, op, aw, bw))
    return pd.DataFrame(rows, columns=["pair_id", "doc_id_a", "doc_id_b", "op", "a_words", "b_words"])


def quote_spans_by_doc(pairs: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Spans of shared (matched) quotations per article, sorted, for ``overlap.align(quote_spans_a=...)``.

    >>> quote_spans_by_doc(pd.DataFrame({"doc_id_a": ["a"], "start_a": [3], "end_a": [9],
    ...                                  "doc_id_b": ["b"], "start_b": [0], "end_b": [4]}))
    {'a': [(3, 9)], 'b': [(0, 4)]}
    """
    spans: dict[str, set[tuple[int, int]]] = {}
    for side in ("a", "b"):
        for d, s, e in zip(pairs[f"doc_id_{side}"], pairs[f"start_{side}"], pairs[f"end_{side}"]):
            spans.setdefault(str(d), set()).add((int(s), int(e)))
    return {d: sorted(v) for d, v in sorted(spans.items())}


def _overlaps(s1: int, e1: int, s2: int, e2: int) -> bool:
    return min(e1, e2) > max(s1, s2)


def _pairs_by_docs(pairs: pd.DataFrame) -> dict[tuple[str, str], list[tuple[int, int, int, int, str]]]:
    """Matched quote pairs indexed by (doc a, doc b), both orientations: (start a, end a, start b, end b, pair id)."""
    out: dict[tuple[str, str], list[tuple[int, int, int, int, str]]] = {}
    for p in pairs.itertuples(index=False):
        out.setdefault((str(p.doc_id_a), str(p.doc_id_b)), []).append(
            (p.start_a, p.end_a, p.start_b, p.end_b, str(p.pair_id)))
        out.setdefault((str(p.doc_id_b), str(p.doc_id_a)), []).append(
            (p.start_b, p.end_b, p.start_a, p.end_a, str(p.pair_id)))
    return out


def _union_length(spans: list[tuple[int, int]]) -> int:
    """Characters covered by a list of (start, end) spans.

    >>> _union_length([(0, 10), (5, 20), (30, 31), (4, 4)])
    21
    """
    total, reach = 0, None
    for s, e in sorted(x for x in spans if x[1] > x[0]):
        if reach is None or s >= reach:
            total, reach = total + e - s, e
        elif e > reach:
            total, reach = total + e - reach, e
    return total


def mark_shared_quotes(alignments: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Flag passages of an overlap alignment that contain shared quotations of matched pairs.

    ``alignments`` has columns a, b, a_start, a_end, b_start, b_end (as from
    ``overlap.find_reuse_detailed``). Adds ``shared_quote_pairs`` (';'-joined ids of the pairs whose
    quotes fall inside the passage on both sides), ``is_shared_quote`` and ``shared_quote_share_a/b``
    (share of the passage's characters covered by those quotes on each side).

    >>> al = pd.DataFrame({"a": ["x"], "b": ["y"], "a_start": [0], "a_end": [50], "b_start": [10], "b_end": [60]})
    >>> pr = pd.DataFrame({"pair_id": ["qp000"], "doc_id_a": ["x"], "start_a": [5], "end_a": [30],
    ...                    "doc_id_b": ["y"], "start_b": [15], "end_b": [30]})
    >>> mark_shared_quotes(al, pr)[["shared_quote_pairs", "is_shared_quote", "shared_quote_share_a"]].values.tolist()
    [['qp000', True, 0.5]]
    """
    out = alignments.copy()
    by_docs = _pairs_by_docs(pairs)
    ids, share_a, share_b = [], [], []
    for r in out.itertuples(index=False):
        hit, cov_a, cov_b = [], [], []
        for sa, ea, sb, eb, pid in by_docs.get((str(r.a), str(r.b)), ()):
            if _overlaps(r.a_start, r.a_end, sa, ea) and _overlaps(r.b_start, r.b_end, sb, eb):
                hit.append(pid)
                cov_a.append((max(r.a_start, sa), min(r.a_end, ea)))
                cov_b.append((max(r.b_start, sb), min(r.b_end, eb)))
        ids.append(";".join(sorted(set(hit))))
        share_a.append(_union_length(cov_a) / (r.a_end - r.a_start) if r.a_end > r.a_start else 0.0)
        share_b.append(_union_length(cov_b) / (r.b_end - r.b_start) if r.b_end > r.b_start else 0.0)
    out["shared_quote_pairs"] = ids
    out["is_shared_quote"] = out["shared_quote_pairs"] != ""
    out["shared_quote_share_a"] = share_a
    out["shared_quote_share_b"] = share_b
    return out


def drift_summary(pairs: pd.DataFrame, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """Matched pairs per pair of articles: n_pairs, n_verbatim, mean similarity, word operations.

    >>> p = pd.DataFrame({"doc_id_a": ["a"], "doc_id_b": ["b"], "verbatim": [False], "similarity": [0.8],
    ...                   "n_substitutions": [1], "n_insertions": [0], "n_deletions": [0]})
    >>> drift_summary(p)[["doc_id_a", "n_pairs", "n_verbatim"]].values.tolist()
    [['a', 1, 0]]
    """
    g = pairs.groupby(["doc_id_a", "doc_id_b"], as_index=False).agg(
        n_pairs=("similarity", "size"), n_verbatim=("verbatim", "sum"), mean_similarity=("similarity", "mean"),
        substitutions=("n_substitutions", "sum"), insertions=("n_insertions", "sum"),
        deletions=("n_deletions", "sum"))
    g["n_verbatim"] = g["n_verbatim"].astype(int)
    if labels:
        g.insert(2, "label_a", g["doc_id_a"].map(labels))
        g.insert(3, "label_b", g["doc_id_b"].map(labels))
    return g.sort_values(["doc_id_a", "doc_id_b"]).reset_index(drop=True)
