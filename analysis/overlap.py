"""Text reuse between articles: pair measures, passage alignment, corpus-wide reuse detection.

Three public functions:

* :func:`pair_similarity` -- several similarity measures for two texts (containment, Jaccard,
  TF-IDF cosines, aligned shares) and one combined ``overlap`` in [0, 1].
* :func:`align` -- every shared passage of two texts, with exact character offsets on both
  sides, ``kind`` ``verbatim`` or ``reworded`` and a quotation flag.
* :func:`find_reuse` -- for a whole corpus: candidate pairs from an inverted index of rare
  features (no N^2 alignment), then alignment, shares and a relation label per pair.

Alignment is seed-and-extend, not one monotone dynamic programme: every shared word 4-gram is a
seed, seeds are chained along (nearly) the same diagonal, so passages in a different order
(swapped paragraphs) are found independently.  Sentences not covered by verbatim passages are
then matched one-to-one by a sentence score (content-stem Dice + character 3/4-gram cosine) that
survives synonym swaps, reordered words and dropped words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer, TfidfVectorizer

__all__ = [
    "pair_similarity",
    "align",
    "find_reuse",
    "find_reuse_detailed",
    "article_shares",
    "word_diff",
    "tokenize",
    "split_sentences",
    "quote_spans",
]

#: Word n-gram size used for shingles (containment, Jaccard) and verbatim seeds.
SHINGLE_N = 4
#: No passage shorter than this many word tokens on either side (about one short clause).
MIN_PASSAGE_TOKENS = 10
#: Shorter sentences only join a passage next to a longer match (the passage must still reach the minimum).
MIN_SENTENCE_TOKENS = 5
#: Seeds on one diagonal are chained across gaps of up to this many tokens.
SEED_GAP = 6
#: Two verbatim runs are merged when their diagonals differ by at most this many tokens.
DIAGONAL_DRIFT = 4
#: Sentence-pair score needed to call two sentences a rewording of each other (see benchmark).
SENTENCE_THRESHOLD = 0.55
#: A reworded sentence pair must also share at least this many content stems.
MIN_SHARED_STEMS = 4
#: Passages in the same order on both sides are merged across gaps of at most this many chars.
MERGE_GAP_CHARS = 60
#: A gap of at most this many characters on both sides between two passages in the same order is
#: filled when the two gap texts still score GAP_THRESHOLD (context makes weaker evidence enough).
GAP_FILL_CHARS = 600
GAP_THRESHOLD = 0.4
#: A passage whose characters are at least this share inside quotation marks on BOTH sides is a
#: shared quotation (``is_quote``): not by itself evidence of copying.
QUOTE_SHARE = 0.5
#: Relation thresholds (justified with the synthetic benchmark, see benchmarks/bench_overlap.py).
DERIVED_SHARE = 0.5
SHARED_MIN_CHARS = 150
SAME_EVENTS_COSINE = 0.2

_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
_STOP = frozenset(ENGLISH_STOP_WORDS)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
_CHAR_VEC = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 4), n_features=2**20,
                              alternate_sign=False, norm="l2", lowercase=True)
_STEM_VEC = HashingVectorizer(analyzer=lambda stems: stems, n_features=2**20,
                              alternate_sign=False, norm=None, binary=True)


# --------------------------------------------------------------------------------------------
# tokens, sentences, quotes
# --------------------------------------------------------------------------------------------

def tokenize(text: str) -> pd.DataFrame:
    """Word tokens with exact character offsets and a normalised form.

    >>> tokenize("U.S. troops’ base").to_dict("list")["norm"]
    ['u', 's', "troops'", 'base']
    """
    rows = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN_RE.finditer(text)]
    return pd.DataFrame(rows, columns=["start", "end", "norm"]).astype({"start": "int64", "end": "int64"})


def _tokens(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Normalised tokens, start and end offsets (fast internal form of :func:`tokenize`)."""
    norms, starts, ends = [], [], []
    for m in _TOKEN_RE.finditer(text):
        norms.append(m.group().lower().replace("’", "'"))
        starts.append(m.start())
        ends.append(m.end())
    return norms, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)


@lru_cache(maxsize=200_000)
def _stem(tok: str) -> str:
    """Crude stem: strip a common suffix, keep at most 6 characters ("weaponry" ~ "weapons")."""
    t = tok.split("'")[0]
    for suf in _SUFFIXES:
        if len(t) > len(suf) + 3 and t.endswith(suf):
            t = t[: -len(suf)]
            break
    return t[:6]


def _content_stems(norms: list[str]) -> list[str]:
    """Stems of the non-stopword tokens (numbers kept)."""
    return [_stem(t) for t in norms if t not in _STOP and (len(t) > 1 or t.isdigit())]


_SENT_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "col", "gen", "lt", "st", "no", "sgt", "maj", "capt", "rep", "sen", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec"})


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding whitespace; newlines always split.

    >>> t = "The U.S. Embassy was hit. Nobody was hurt.\\nNew line"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['The U.S. Embassy was hit.', 'Nobody was hurt.', 'New line']
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p0, ptxt = para.start(), para.group()
        cuts = [0]
        for m in _SENT_END.finditer(ptxt):
            word = re.search(r"(\w+)\W*$", ptxt[: m.start() + 1])
            w = word.group(1) if word else ""
            if len(w) == 1 and w.isalpha() or w.lower() in _ABBREV:
                continue  # initial ("U.S.") or abbreviation ("Col.")
            cuts.append(m.end())
        cuts.append(len(ptxt))
        for s, e in zip(cuts[:-1], cuts[1:]):
            seg = ptxt[s:e]
            ls, rs = len(seg) - len(seg.lstrip()), len(seg.rstrip())
            if rs > ls:
                spans.append((p0 + s + ls, p0 + s + rs))
    return spans


_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}


def _fallback_quote_spans(text: str) -> list[tuple[int, int]]:
    """Simple quotation scan: curly/straight double quotes, guillemets, single curly quotes at word starts."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _OPEN_CLOSE or c == '"' or (c == "‘" and (i == 0 or not text[i - 1].isalnum())):
            closers = {"‘": "’"}.get(c) or ('"”' if c == '"' else _OPEN_CLOSE[c] + '"')
            j = i + 1
            while j < n and text[j] != "\n":
                if text[j] in closers and (c != "‘" or j + 1 >= n or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < n and text[j] != "\n" and j - i > 2:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans: ``analysis.quotes.extract_quotes`` when available, else a simple mark scan.

    >>> quote_spans('He said "we will leave" today.')
    [(8, 23)]
    """
    try:  # lazily: the quotes module is optional for this one
        from analysis.quotes import extract_quotes  # type: ignore[import-not-found]

        q = extract_quotes(text)
        if q is not None and len(q) and {"start", "end"} <= set(q.columns):
            return sorted((int(s), int(e)) for s, e in zip(q["start"], q["end"]) if 0 <= s < e <= len(text))
        if q is not None and len(q) == 0:
            return []
    except Exception:  # noqa: BLE001 - any failure of the optional module falls back to the scan
        pass
    return _fallback_quote_spans(text)


def _coverage(mask: np.ndarray, start: int, end: int) -> float:
    """Share of characters [start, end) set in a boolean mask."""
    return float(mask[start:end].mean()) if end > start else 0.0


# --------------------------------------------------------------------------------------------
# per-document features
# --------------------------------------------------------------------------------------------

@dataclass
class _Doc:
    """Everything alignment needs about one text, computed once."""

    text: str
    norms: list[str]
    starts: np.ndarray
    ends: np.ndarray
    ids: np.ndarray                       # token ids (for hashing)
    grams: np.ndarray                     # hash of each word 4-gram starting at token i
    sents: list[tuple[int, int]]          # sentence char spans
    sent_tok: list[tuple[int, int]]       # sentence token spans [i0, i1)
    sent_stems: list[list[str]]
    char_mat: sp.csr_matrix
    stem_mat: sp.csr_matrix
    quote_mask: np.ndarray
    gram_index: dict[int, list[int]] = field(default_factory=dict)


_VOCAB: dict[str, int] = {}


def _token_ids(norms: list[str]) -> np.ndarray:
    """Stable integer ids for normalised tokens (process-wide vocabulary)."""
    get = _VOCAB.setdefault
    return np.fromiter((get(t, len(_VOCAB) + 1) for t in norms), dtype=np.int64, count=len(norms))


def _ngram_hashes(ids: np.ndarray, n: int = SHINGLE_N) -> np.ndarray:
    """Polynomial hash of every word n-gram (uint64 arithmetic wraps, fine for equality)."""
    if len(ids) < n:
        return np.zeros(0, dtype=np.uint64)
    u = ids.astype(np.uint64)
    h = np.zeros(len(ids) - n + 1, dtype=np.uint64)
    mult = np.uint64(1_000_003)
    for k in range(n):
        h = h * mult + u[k: len(ids) - n + 1 + k]
    return h


def _make_doc(text: str, quotes: list[tuple[int, int]] | None = None) -> _Doc:
    """Tokenise, segment and featurise one text."""
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    norms, starts, ends = _tokens(text)
    ids = _token_ids(norms)
    sents = split_sentences(text)
    sent_tok, sent_stems, sent_texts = [], [], []
    for s, e in sents:
        i0 = int(np.searchsorted(starts, s, side="left"))
        i1 = int(np.searchsorted(starts, e, side="left"))
        sent_tok.append((i0, i1))
        sent_stems.append(_content_stems(norms[i0:i1]))
        sent_texts.append(" ".join(norms[i0:i1]))
    if sents:
        char_mat = _CHAR_VEC.transform(sent_texts).tocsr()
        stem_mat = _STEM_VEC.transform([sorted(set(x)) for x in sent_stems]).tocsr()
    else:
        char_mat = sp.csr_matrix((0, _CHAR_VEC.n_features))
        stem_mat = sp.csr_matrix((0, _STEM_VEC.n_features))
    mask = np.zeros(len(text) + 1, dtype=bool)
    for qs, qe in (quote_spans(text) if quotes is None else quotes):
        mask[max(0, qs): max(0, min(len(text), qe))] = True
    doc = _Doc(text, norms, starts, ends, ids, _ngram_hashes(ids), sents, sent_tok, sent_stems,
               char_mat, stem_mat, mask)
    for i, h in enumerate(doc.grams.tolist()):
        doc.gram_index.setdefault(h, []).append(i)
    return doc


# --------------------------------------------------------------------------------------------
# alignment
# --------------------------------------------------------------------------------------------

def _verbatim_runs(da: _Doc, db: _Doc) -> list[list[int]]:
    """Seed-and-extend: chain shared 4-grams along diagonals; returns [a_i0, a_i1, b_j0, b_j1] token spans."""
    matches: list[tuple[int, int]] = []
    for i, h in enumerate(da.grams.tolist()):
        js = db.gram_index.get(h)
        if js:
            matches.extend((j - i, i) for j in js)
    if not matches:
        return []
    matches.sort()
    runs: list[list[int]] = []
    for d, i in matches:  # chain along one diagonal across small gaps
        if runs and runs[-1][4] == d and i - runs[-1][1] <= SEED_GAP + SHINGLE_N:
            runs[-1][1] = max(runs[-1][1], i + SHINGLE_N)
            runs[-1][3] = runs[-1][1] + d
        else:
            runs.append([i, i + SHINGLE_N, i + d, i + d + SHINGLE_N, d])
    runs.sort(key=lambda r: (r[0], r[2]))
    merged = True
    while merged:  # join neighbouring diagonals (inserted or dropped words)
        merged = False
        out: list[list[int]] = []
        for r in runs:
            for o in reversed(out[-4:]):
                if (abs(r[4] - o[4]) <= DIAGONAL_DRIFT and -SHINGLE_N <= r[0] - o[1] <= SEED_GAP
                        and -SHINGLE_N <= r[2] - o[3] <= SEED_GAP):
                    o[1], o[3] = max(o[1], r[1]), max(o[3], r[3])
                    o[0], o[2] = min(o[0], r[0]), min(o[2], r[2])
                    merged = True
                    break
            else:
                out.append(r)
        runs = sorted(out, key=lambda r: (r[0], r[2]))
    hit_a = np.zeros(len(da.norms) + 1, dtype=np.int64)
    hit_b = np.zeros(len(db.norms) + 1, dtype=np.int64)
    for d, i in matches:
        hit_a[i: i + SHINGLE_N] = 1
        hit_b[i + d: i + d + SHINGLE_N] = 1
    return [r[:4] for r in runs if hit_a[r[0]:r[1]].sum() >= MIN_PASSAGE_TOKENS
            and hit_b[r[2]:r[3]].sum() >= MIN_PASSAGE_TOKENS]


def _sentence_scores(da: _Doc, db: _Doc) -> tuple[np.ndarray, np.ndarray]:
    """Sentence-by-sentence score and shared-stem counts.

    Score = 0.6 * IDF-weighted Dice of content stems + 0.4 * character 3/4-gram cosine. The IDF is
    computed over the sentences of both texts, so topic words that occur everywhere ("Iraq",
    "attack") count less than the specific words a rewording keeps.
    """
    if not da.sents or not db.sents:
        z = np.zeros((len(da.sents), len(db.sents)))
        return z, z
    cos = (da.char_mat @ db.char_mat.T).toarray()
    m = sp.vstack([da.stem_mat, db.stem_mat]).tocsr()
    cols, inv = np.unique(m.indices, return_inverse=True)
    df = np.bincount(inv, minlength=len(cols)).astype(float)
    w = np.log((m.shape[0] + 1) / (df + 1)) + 1.0
    local = sp.csr_matrix((w[inv], inv, m.indptr), shape=(m.shape[0], len(cols)))
    binary = sp.csr_matrix((np.ones(len(inv)), inv, m.indptr), shape=(m.shape[0], len(cols)))
    na = len(da.sents)
    wa, ba = local[:na], binary[na:]
    inter_w = (wa @ ba.T).toarray()
    tot = np.asarray(local.sum(axis=1)).ravel()
    denom = tot[:na, None] + tot[None, na:]
    dice = np.divide(2 * inter_w, denom, out=np.zeros_like(inter_w), where=denom > 0)
    inter = (binary[:na] @ ba.T).toarray()
    return 0.6 * dice + 0.4 * cos, inter


def _span_score(da: _Doc, db: _Doc, a0: int, a1: int, b0: int, b1: int) -> float:
    """Similarity of two character spans (same sentence score, on the whole spans)."""
    ta = " ".join(da.norms[int(np.searchsorted(da.starts, a0)): int(np.searchsorted(da.starts, a1))])
    tb = " ".join(db.norms[int(np.searchsorted(db.starts, b0)): int(np.searchsorted(db.starts, b1))])
    if not ta or not tb:
        return 0.0
    ca, cb = _CHAR_VEC.transform([ta, tb])
    cos = float(ca.multiply(cb).sum())
    sa, sb = set(_content_stems(ta.split())), set(_content_stems(tb.split()))
    dice = 2 * len(sa & sb) / (len(sa) + len(sb)) if sa or sb else 0.0
    return round(0.5 * dice + 0.5 * cos, 4)


def _align_docs(da: _Doc, db: _Doc, *, threshold: float = SENTENCE_THRESHOLD,
                merge_gap: int = MERGE_GAP_CHARS) -> pd.DataFrame:
    """Align two featurised documents (see :func:`align`)."""
    passages: list[dict] = []
    cov_a = np.zeros(len(da.norms) + 1, dtype=bool)
    cov_b = np.zeros(len(db.norms) + 1, dtype=bool)
    for i0, i1, j0, j1 in _verbatim_runs(da, db):
        cov_a[i0:i1] = True
        cov_b[j0:j1] = True
        passages.append({"a_start": int(da.starts[i0]), "a_end": int(da.ends[i1 - 1]),
                         "b_start": int(db.starts[j0]), "b_end": int(db.ends[j1 - 1]), "verb": True})
    # reworded sentences: one-to-one greedy matching of sentences not covered verbatim
    free_a = [k for k, (i0, i1) in enumerate(da.sent_tok) if i1 > i0 and cov_a[i0:i1].mean() < 0.9]
    free_b = [k for k, (j0, j1) in enumerate(db.sent_tok) if j1 > j0 and cov_b[j0:j1].mean() < 0.9]
    if free_a and free_b:
        score, inter = _sentence_scores(da, db)
        sub = score[np.ix_(free_a, free_b)]
        shared_stems = inter[np.ix_(free_a, free_b)]
        ok = (sub >= threshold) & ((shared_stems >= MIN_SHARED_STEMS) | ((shared_stems >= 2) & (sub >= 0.8)))
        cand = sorted(((-sub[x, y], free_a[x], free_b[y]) for x, y in zip(*np.nonzero(ok))))
        used_a: set[int] = set()
        used_b: set[int] = set()
        pairs_ab: list[list] = []
        for neg, ka, kb in cand:
            if ka in used_a or kb in used_b:
                continue
            (i0, i1), (j0, j1) = da.sent_tok[ka], db.sent_tok[kb]
            if min(i1 - i0, j1 - j0) < MIN_SENTENCE_TOKENS:
                continue
            used_a.add(ka)
            used_b.add(kb)
            pairs_ab.append([ka, ka, kb, kb, -neg])
        for pr in pairs_ab:  # a sentence split in two on one side: absorb unmatched neighbours
            for step in (-1, 1):
                for move_a, move_b in ((1, 0), (0, 1), (1, 1)):
                    trial = pr[:4]
                    ok_trial = True
                    for move, d, used, free, lo, hi in ((move_a, da, used_a, free_a, 0, 1), (move_b, db, used_b, free_b, 2, 3)):
                        if not move:
                            continue
                        k = trial[lo] - 1 if step < 0 else trial[hi] + 1
                        if not 0 <= k < len(d.sents) or k in used or k not in free:
                            ok_trial = False
                            break
                        trial[lo if step < 0 else hi] = k
                    if not ok_trial:
                        continue
                    sc = _span_score(da, db, da.sents[trial[0]][0], da.sents[trial[1]][1],
                                     db.sents[trial[2]][0], db.sents[trial[3]][1])
                    if sc > pr[4] + 0.02:
                        for k in range(trial[0], trial[1] + 1):
                            used_a.add(k)
                        for k in range(trial[2], trial[3] + 1):
                            used_b.add(k)
                        pr[:4], pr[4] = trial, sc
                        break
        for ka0, ka1, kb0, kb1, _ in pairs_ab:
            passages.append({"a_start": da.sents[ka0][0], "a_end": da.sents[ka1][1],
                             "b_start": db.sents[kb0][0], "b_end": db.sents[kb1][1], "verb": False})
    if not passages:
        return _empty_alignment()
    passages.sort(key=lambda p: (p["a_start"], p["b_start"]))
    merged: list[dict] = []
    for p in passages:  # merge neighbours that continue in the same order on both sides
        if merged:
            q = merged[-1]
            ga, gb = p["a_start"] - q["a_end"], p["b_start"] - q["b_end"]
            overlap_ab = ga < 0 and gb < 0
            close = -1 <= ga <= merge_gap and -1 <= gb <= merge_gap
            fill = (not close and merge_gap < ga <= GAP_FILL_CHARS and merge_gap < gb <= GAP_FILL_CHARS
                    and _span_score(da, db, q["a_end"], p["a_start"], q["b_end"], p["b_start"]) >= GAP_THRESHOLD)
            if (overlap_ab or close or fill) and p["b_start"] >= q["b_start"] - merge_gap:
                q["b_start"] = min(q["b_start"], p["b_start"])
                q["a_end"], q["b_end"] = max(q["a_end"], p["a_end"]), max(q["b_end"], p["b_end"])
                q["vchars"] += (p["a_end"] - p["a_start"]) if p["verb"] else 0
                continue
        merged.append({**p, "vchars": (p["a_end"] - p["a_start"]) if p["verb"] else 0})
    rows = []
    for q in merged:
        a0, a1, b0, b1 = q["a_start"], q["a_end"], q["b_start"], q["b_end"]
        n_a = int(np.searchsorted(da.starts, a1) - np.searchsorted(da.starts, a0))
        n_b = int(np.searchsorted(db.starts, b1) - np.searchsorted(db.starts, b0))
        if min(n_a, n_b) < MIN_PASSAGE_TOKENS:
            continue
        qa, qb = _coverage(da.quote_mask, a0, a1), _coverage(db.quote_mask, b0, b1)
        rows.append({"a_start": a0, "a_end": a1, "b_start": b0, "b_end": b1,
                     "score": _span_score(da, db, a0, a1, b0, b1),
                     "kind": "verbatim" if q["vchars"] >= 0.8 * (a1 - a0) else "reworded",
                     "is_quote": bool(min(qa, qb) >= QUOTE_SHARE),
                     "quote_share_a": round(qa, 3), "quote_share_b": round(qb, 3),
                     "a_text": da.text[a0:a1], "b_text": db.text[b0:b1]})
    if not rows:
        return _empty_alignment()
    return pd.DataFrame(rows).astype(_ALIGN_DTYPES).sort_values(["a_start", "b_start"], ignore_index=True)


_ALIGN_DTYPES = {"a_start": "int64", "a_end": "int64", "b_start": "int64", "b_end": "int64", "score": "float64",
                 "kind": "str", "is_quote": "bool", "quote_share_a": "float64", "quote_share_b": "float64",
                 "a_text": "str", "b_text": "str"}


def _empty_alignment() -> pd.DataFrame:
    """An alignment table with no rows and the right columns."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _ALIGN_DTYPES.items()})


def align(a: str, b: str, *, quote_spans_a: list[tuple[int, int]] | None = None,
          quote_spans_b: list[tuple[int, int]] | None = None,
          threshold: float = SENTENCE_THRESHOLD, merge_gap: int = MERGE_GAP_CHARS) -> pd.DataFrame:
    """Every shared passage of ``a`` and ``b`` with exact character offsets on both sides.

    Columns: ``a_start, a_end, b_start, b_end`` (``a[a_start:a_end]`` is the passage), ``score``
    (0.5 content-stem Dice + 0.5 character 3/4-gram cosine of the two spans, 1 = identical),
    ``kind`` (``verbatim`` when >= 80 % of the span is covered by chained shared word 4-grams, else
    ``reworded``), ``is_quote`` (>= half of the passage inside quotation marks on both sides:
    a shared quotation is not by itself evidence of copying), ``quote_share_a/b``, ``a_text``, ``b_text``.
    Passages shorter than ``MIN_PASSAGE_TOKENS`` words are never reported.

    >>> s = "Rockets hit the base near the river on Tuesday night, officials said."
    >>> al = align("Intro text here. " + s, s + " Other words follow.")
    >>> al[["a_start", "a_end", "b_start", "b_end", "kind"]].values.tolist()
    [[17, 86, 0, 69, 'verbatim']]
    """
    return _align_docs(_make_doc(a, quote_spans_a), _make_doc(b, quote_spans_b),
                       threshold=threshold, merge_gap=merge_gap)


# --------------------------------------------------------------------------------------------
# pair measures
# --------------------------------------------------------------------------------------------

def _shingle_set(doc: _Doc) -> set[int]:
    """Set of word-4-gram hashes of a document."""
    return set(doc.grams.tolist())


def _union_length(spans: list[tuple[int, int]]) -> int:
    """Number of characters covered by possibly overlapping spans."""
    total, cur_s, cur_e = 0, -1, -1
    for s, e in sorted(spans):
        if s > cur_e:
            total += max(0, cur_e - cur_s)
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + max(0, cur_e - cur_s)


def _shares(al: pd.DataFrame, len_a: int, len_b: int) -> tuple[float, float]:
    """Share of each side's characters inside non-quotation passages."""
    al = al[~al["is_quote"]] if len(al) else al
    ra = _union_length(list(zip(al["a_start"], al["a_end"]))) if len(al) else 0
    rb = _union_length(list(zip(al["b_start"], al["b_end"]))) if len(al) else 0
    return (ra / len_a if len_a else 0.0), (rb / len_b if len_b else 0.0)


def _combine(cont_max: float, share_max: float, cos_word: float, cos_char: float) -> float:
    """Combined overlap: half reuse evidence (max of containment and aligned share), half topical cosine."""
    return float(np.clip(0.5 * max(cont_max, share_max) + 0.25 * cos_word + 0.25 * cos_char, 0.0, 1.0))


def pair_similarity(a: str, b: str) -> dict[str, float]:
    """Similarity measures of two texts (all in [0, 1]).

    * ``containment_ab`` -- share of ``a``'s word 4-gram shingles found in ``b`` (how much of a is in b);
      ``containment_ba`` the other way. A short rewrite of a long text has high containment on
      its own side while the Jaccard stays low.
    * ``jaccard`` -- shared shingles / all shingles of both (symmetric; penalises length difference).
    * ``tfidf_word`` -- cosine of word TF-IDF vectors (sublinear tf, English stop words removed, IDF
      fitted on the two texts); ``tfidf_char`` -- the same on character 3-5-grams (robust to
      spelling variants such as transliterated names).
    * ``reuse_share_a`` / ``reuse_share_b`` -- share of each text's characters inside aligned,
      non-quotation passages (:func:`align`; catches rewording that shingles miss).
    * ``overlap`` -- 0.5 * max(containment, reuse share) + 0.25 * tfidf_word + 0.25 * tfidf_char.

    >>> m = pair_similarity("the cat sat on the mat today", "the cat sat on the mat today")
    >>> m["containment_ab"], m["jaccard"], round(m["overlap"], 2)
    (1.0, 1.0, 1.0)
    """
    da, db = _make_doc(a), _make_doc(b)
    return _measures(da, db, *_pair_cosines(a, b), _align_docs(da, db))


def _pair_cosines(a: str, b: str) -> tuple[float, float]:
    """Word and character TF-IDF cosines with IDF fitted on the pair."""
    out = []
    for kw in ({"analyzer": "word", "stop_words": "english", "token_pattern": r"(?u)\b\w+\b"},
               {"analyzer": "char_wb", "ngram_range": (3, 5)}):
        try:
            x = TfidfVectorizer(sublinear_tf=True, **kw).fit_transform([a or "", b or ""])
            out.append(float(np.clip((x[0] @ x[1].T).toarray()[0, 0], 0, 1)))
        except ValueError:  # empty vocabulary
            out.append(0.0)
    return out[0], out[1]


def _measures(da: _Doc, db: _Doc, cos_word: float, cos_char: float, al: pd.DataFrame) -> dict[str, float]:
    """All pair measures from featurised docs, cosines and an alignment."""
    sa, sb = _shingle_set(da), _shingle_set(db)
    inter = len(sa & sb)
    c_ab = inter / len(sa) if sa else 0.0
    c_ba = inter / len(sb) if sb else 0.0
    jac = inter / len(sa | sb) if (sa or sb) else 0.0
    ra, rb = _shares(al, len(da.text), len(db.text))
    return {"containment_ab": round(c_ab, 4), "containment_ba": round(c_ba, 4), "jaccard": round(jac, 4),
            "tfidf_word": round(cos_word, 4), "tfidf_char": round(cos_char, 4),
            "reuse_share_a": round(ra, 4), "reuse_share_b": round(rb, 4),
            "overlap": round(_combine(max(c_ab, c_ba), max(ra, rb), cos_word, cos_char), 4)}


# --------------------------------------------------------------------------------------------
# corpus level
# --------------------------------------------------------------------------------------------

def _candidate_pairs(docs: list[_Doc], *, max_df: int, min_shared: int, rare_k: int = 4) -> pd.DataFrame:
    """Candidate pairs from an inverted index of rare features: word 4-grams and, per sentence,
    unordered pairs of its ``rare_k`` rarest content stems (robust to rewording). Features in
    more than ``max_df`` documents (boilerplate, stock phrases) are discounted (dropped)."""
    n = len(docs)
    feats_doc, feats_h = [], []
    for k, d in enumerate(docs):  # verbatim features
        u = np.unique(d.grams)
        feats_doc.append(np.full(len(u), k, dtype=np.int64))
        feats_h.append(u)
    # stem document frequencies
    stem_ids: dict[str, int] = {}
    doc_stems = []
    for d in docs:
        ss = [[stem_ids.setdefault(s, len(stem_ids)) for s in st] for st in d.sent_stems]
        doc_stems.append(ss)
    df = np.zeros(len(stem_ids) + 1, dtype=np.int64)
    for ss in doc_stems:
        flat = np.unique(np.fromiter((x for s in ss for x in s), dtype=np.int64)) if ss else np.zeros(0, np.int64)
        df[flat] += 1
    salt = np.uint64(0x9E3779B97F4A7C15)
    for k, ss in enumerate(doc_stems):  # reworded features
        hs = set()
        for s in ss:
            us = [x for x in set(s) if 2 <= df[x] <= max_df]
            if len(us) < 2:
                continue
            us.sort(key=lambda x: (df[x], x))
            for x, y in combinations(sorted(us[:rare_k]), 2):
                hs.add((x * 1_000_003 + y) * 2 + 1)
        if hs:
            arr = np.fromiter(hs, dtype=np.int64).astype(np.uint64) ^ salt
            feats_doc.append(np.full(len(arr), k, dtype=np.int64))
            feats_h.append(arr)
    if not feats_h:
        return pd.DataFrame({"i": [], "j": [], "shared": []}, dtype="int64")
    h = np.concatenate(feats_h)
    dcol = np.concatenate(feats_doc)
    order = np.argsort(h, kind="stable")
    h, dcol = h[order], dcol[order]
    bounds = np.flatnonzero(np.diff(h)) + 1
    starts = np.concatenate([[0], bounds])
    sizes = np.diff(np.concatenate([starts, [len(h)]]))
    keep = (sizes >= 2) & (sizes <= max_df)
    pair_codes = []
    for size in np.unique(sizes[keep]):  # vectorised per posting-list length
        st = starts[keep & (sizes == size)]
        groups = dcol[st[:, None] + np.arange(size)[None, :]]
        ii, jj = np.triu_indices(size, 1)
        a, b = groups[:, ii].ravel(), groups[:, jj].ravel()
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        pair_codes.append(lo * n + hi)
    if not pair_codes:
        return pd.DataFrame({"i": [], "j": [], "shared": []}, dtype="int64")
    codes, counts = np.unique(np.concatenate(pair_codes), return_counts=True)
    sel = counts >= min_shared
    codes, counts = codes[sel], counts[sel]
    return pd.DataFrame({"i": codes // n, "j": codes % n, "shared": counts}).query("i != j").reset_index(drop=True)


def _relation(share_a: float, share_b: float, reused_chars: int, cos_word: float, n_quote: int) -> tuple[str, str]:
    """Relation label and a one-line reason from reuse shares and topical cosine."""
    if max(share_a, share_b) >= DERIVED_SHARE:
        return "derived", f"one side is {max(share_a, share_b):.0%} reused text"
    if reused_chars >= SHARED_MIN_CHARS:
        return "shared_source", f"{reused_chars} reused characters but neither side mostly reused"
    if cos_word >= SAME_EVENTS_COSINE or n_quote:
        why = "shared quotation only" if n_quote else f"word cosine {cos_word:.2f}"
        return "same_events", f"no substantial shared text; {why}"
    return "unrelated", f"no shared passages; word cosine {cos_word:.2f}"


def _direction(relation: str, doc_a: str, doc_b: str, pub_a: str, pub_b: str,
               share_a: float, share_b: float) -> tuple[str, str]:
    """Direction of reuse from publication dates ('unknown' when a date is missing)."""
    if relation not in ("derived", "shared_source"):
        return "n/a", ""
    pa, pb = (pub_a or "")[:10], (pub_b or "")[:10]
    if not pa or not pb:
        return "unknown", ""
    if pa == pb:
        return "same date", ""
    if relation == "shared_source":
        return ("a earlier", doc_a) if pa < pb else ("b earlier", doc_b)
    return ("a -> b", doc_a) if pa < pb else ("b -> a", doc_b)


def find_reuse_detailed(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = 2,
                        all_pairs: bool | None = None, quote_spans_col: str | None = None
                        ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`find_reuse` plus the alignment table (one row per passage, with ``a``/``b`` doc ids).

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["a b c d e f g h i j", "k l m"], "published": ["", ""]})
    >>> p, al = find_reuse_detailed(arts); (len(p), len(al))
    (1, 0)
    """
    arts = articles.reset_index(drop=True)
    n = len(arts)
    ids = arts["doc_id"].astype(str).tolist()
    texts = arts["text"].fillna("").astype(str).tolist()
    pubs = (arts["published"].fillna("").astype(str).tolist() if "published" in arts else [""] * n)
    labels_col = "label" if "label" in arts else ("outlet" if "outlet" in arts else "doc_id")
    labels = arts[labels_col].fillna("").astype(str).tolist()
    qcol = arts[quote_spans_col].tolist() if quote_spans_col else [None] * n
    docs = [_make_doc(t, q) for t, q in zip(texts, qcol)]
    if max_df is None:
        max_df = max(3, min(100, int(0.05 * n)))
    cand = _candidate_pairs(docs, max_df=max_df, min_shared=min_shared)
    if all_pairs is None:
        all_pairs = n <= 50
    shared = {(int(i), int(j)): int(s) for i, j, s in cand.itertuples(index=False)}
    pairs = list(combinations(range(n), 2)) if all_pairs else sorted(shared)
    # word TF-IDF over the corpus; char TF-IDF over the documents that take part in a pair
    used = sorted({x for p in pairs for x in p})
    wvec = TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=r"(?u)\b\w+\b")
    cvec = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5))
    try:
        xw = wvec.fit_transform(texts)
    except ValueError:
        xw = sp.csr_matrix((n, 1))
    xc = sp.csr_matrix((n, 1))
    if used:
        try:
            xc_used = cvec.fit_transform([texts[k] for k in used])
            pos = {k: r for r, k in enumerate(used)}
            xc = xc_used[[pos.get(k, 0) for k in range(n)]]
        except ValueError:
            pass
    rows, al_rows = [], []
    for i, j in pairs:
        da, db = docs[i], docs[j]
        al = _align_docs(da, db)
        cw = float((xw[i] @ xw[j].T).toarray()[0, 0]) if xw.shape[1] else 0.0
        cc = float((xc[i] @ xc[j].T).toarray()[0, 0]) if xc.shape[1] > 1 else 0.0
        m = _measures(da, db, min(cw, 1.0), min(cc, 1.0), al)
        nq = int(al["is_quote"].sum()) if len(al) else 0
        non_q = al[~al["is_quote"]] if len(al) else al
        reused = max(_union_length(list(zip(non_q["a_start"], non_q["a_end"]))),
                     _union_length(list(zip(non_q["b_start"], non_q["b_end"])))) if len(non_q) else 0
        rel, why = _relation(m["reuse_share_a"], m["reuse_share_b"], reused, m["tfidf_word"], nq)
        direction, earlier = _direction(rel, ids[i], ids[j], pubs[i], pubs[j], m["reuse_share_a"], m["reuse_share_b"])
        rows.append({"a": ids[i], "b": ids[j], "label_a": labels[i], "label_b": labels[j],
                     "published_a": pubs[i], "published_b": pubs[j], "candidate": (i, j) in shared,
                     "shared_features": shared.get((i, j), 0), **m,
                     "n_passages": len(al), "n_verbatim": int((al["kind"] == "verbatim").sum()) if len(al) else 0,
                     "n_reworded": int((al["kind"] == "reworded").sum()) if len(al) else 0,
                     "n_quote_passages": nq, "reused_chars": reused,
                     "relation": rel, "direction": direction, "earlier": earlier, "evidence": why})
        if len(al):
            al_rows.append(al.assign(a=ids[i], b=ids[j]))
    pairs_df = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    if len(pairs_df):
        pairs_df = pairs_df.sort_values(["a", "b"], ignore_index=True)
    al_df = (pd.concat(al_rows, ignore_index=True) if al_rows else _empty_alignment().assign(a="", b=""))
    al_df = al_df[["a", "b", *_ALIGN_DTYPES]].sort_values(["a", "b", "a_start", "b_start"], ignore_index=True)
    return pairs_df, al_df


_PAIR_COLUMNS = ["a", "b", "label_a", "label_b", "published_a", "published_b", "candidate", "shared_features",
                 "containment_ab", "containment_ba", "jaccard", "tfidf_word", "tfidf_char", "reuse_share_a",
                 "reuse_share_b", "overlap", "n_passages", "n_verbatim", "n_reworded", "n_quote_passages",
                 "reused_chars", "relation", "direction", "earlier", "evidence"]


def find_reuse(articles: pd.DataFrame, *, max_df: int | None = None, min_shared: int = 2,
               all_pairs: bool | None = None) -> pd.DataFrame:
    """Reuse between all articles of a corpus, one row per candidate pair (a < b in input order).

    ``articles`` needs ``doc_id``, ``text`` and ``published`` (ISO date or ''); ``label`` or ``outlet``
    is carried along. Candidate pairs come from an inverted index of rare features (word 4-grams and
    pairs of rare content stems per sentence) -- features in more than ``max_df`` documents
    (default 5 % of the corpus, 3..100) are discounted as boilerplate -- so cost grows with the
    number of pairs that share something, not N^2. Small corpora (<= 50 articles, or
    ``all_pairs=True``) get every pair. Each pair is aligned (:func:`align`) and labelled:
    ``derived`` (>= half of one side is reused, non-quotation text), ``shared_source`` (at least
    ``SHARED_MIN_CHARS`` reused characters but neither side mostly reused: both draw on a third text
    or one took a part of the other), ``same_events`` (no substantial shared text but word cosine
    >= ``SAME_EVENTS_COSINE`` or only shared quotations), ``unrelated``. ``direction`` compares the
    ``published`` dates ('a -> b' = a is earlier, b reused it; 'unknown' when a date is missing).

    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": ["one two", "three four"], "published": ["", ""]})
    >>> find_reuse(arts)["relation"].tolist()
    ['unrelated']
    """
    return find_reuse_detailed(articles, max_df=max_df, min_shared=min_shared, all_pairs=all_pairs)[0]


# --------------------------------------------------------------------------------------------
# reporting helpers for the notebook
# --------------------------------------------------------------------------------------------

def article_shares(articles: pd.DataFrame, alignments: pd.DataFrame,
                   removed_chars: dict[str, int] | None = None) -> pd.DataFrame:
    """Share of each article's characters that is reused (in any non-quote passage), shared quotation,
    original, and boilerplate (``removed_chars``: characters the cleaning step removed, counted on top).

    >>> arts = pd.DataFrame({"doc_id": ["x"], "text": ["abcdefghij"]})
    >>> al = pd.DataFrame({"a": ["x"], "b": ["y"], "a_start": [0], "a_end": [5], "b_start": [0], "b_end": [5], "is_quote": [False]})
    >>> article_shares(arts, al)[["reused", "original"]].values.tolist()
    [[0.5, 0.5]]
    """
    rows = []
    removed_chars = removed_chars or {}
    for doc, text in zip(articles["doc_id"].astype(str), articles["text"].fillna("").astype(str)):
        n = len(text)
        reused, quoted = np.zeros(n, bool), np.zeros(n, bool)
        for side, other in (("a", "b"), ("b", "a")):
            sub = alignments[alignments[side].astype(str) == doc]
            for s, e, q in zip(sub[f"{side}_start"], sub[f"{side}_end"], sub["is_quote"]):
                (quoted if q else reused)[int(s):int(e)] = True
        quoted &= ~reused
        boiler = int(removed_chars.get(doc, 0))
        total = n + boiler
        if total == 0:
            rows.append({"doc_id": doc, "reused": 0.0, "shared_quote": 0.0, "original": 0.0, "boilerplate": 0.0})
            continue
        r, q = reused.sum() / total, quoted.sum() / total
        b = boiler / total
        rows.append({"doc_id": doc, "reused": round(r, 4), "shared_quote": round(q, 4),
                     "original": round(1 - r - q - b, 4), "boilerplate": round(b, 4)})
    return pd.DataFrame(rows, columns=["doc_id", "reused", "shared_quote", "original", "boilerplate"])


def word_diff(a: str, b: str) -> pd.DataFrame:
    """Word-level edit operations turning passage ``a`` into ``b`` (difflib on lower-cased words).

    Columns ``op`` (equal/replace/delete/insert), ``a_words``, ``b_words``.

    >>> word_diff("the big dog barked", "the large dog barked")[["op", "a_words", "b_words"]].values.tolist()[1]
    ['replace', 'big', 'large']
    """
    import difflib

    wa, wb = a.split(), b.split()
    key = lambda ws: [re.sub(r"\W+", "", w.lower().replace("’", "'")) for w in ws]  # noqa: E731
    sm = difflib.SequenceMatcher(a=key(wa), b=key(wb), autojunk=False)
    rows = [{"op": op, "a_words": " ".join(wa[i1:i2]), "b_words": " ".join(wb[j1:j2])}
            for op, i1, i2, j1, j2 in sm.get_opcodes()]
    return pd.DataFrame(rows, columns=["op", "a_words", "b_words"])
