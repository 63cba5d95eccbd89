"""Topics of quotations: NMF on TF-IDF, the number of topics, stability, labels and a codebook of themes.

With a few dozen short quotes a topic model can only sort the vocabulary into a handful of
recurring word groups; ``select_k`` therefore reports, for each candidate number of topics,
the reconstruction error, an NPMI coherence of the top words (document co-occurrence in a
reference corpus), and stability: the mean Jaccard overlap of top words between the reference
model and (a) models started from other random seeds, (b) models fitted on bootstrap resamples
of the quotes, after matching topics one-to-one (Hungarian assignment). Everything is seeded.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer, strip_accents_unicode

from .. import paths

CODEBOOK = "data/reference/quote_codebook.csv"
#: Reporting words and fillers that say nothing about a quote's topic (added to scikit-learn's list).
EXTRA_STOP_WORDS = frozenset({"said", "says", "say", "told", "think", "just", "like", "don", "doesn", "ve", "ll",
                              "re", "it's", "i'm", "don't", "maybe", "know", "want", "way", "going", "lot"})
TOKEN_PATTERN = r"(?u)\b[a-zA-Z][a-zA-Z-]{2,}\b"
MAX_ITER = 5000
#: stability re-fits stop after this many NMF iterations (top words settle long before the loss does)
REFIT_MAX_ITER = 400
#: stability is measured on at most this many quotes (an evenly spaced subsample beyond it)
MAX_STABILITY_DOCS = 5000
#: NPMI coherence reads at most this many reference documents (sentences), evenly spaced
MAX_REFERENCE_DOCS = 20000


@dataclass
class TopicModel:
    """A fitted NMF topic model: vectoriser, document-topic W, topic-term H and the vocabulary."""

    vectorizer: TfidfVectorizer
    nmf: NMF
    W: np.ndarray
    H: np.ndarray
    terms: np.ndarray

    @property
    def k(self) -> int:
        """Number of topics."""
        return self.H.shape[0]


def vectorizer(extra_stop_words: Iterable[str] = EXTRA_STOP_WORDS, min_df: int = 1,
               strip_accents: str | None = "unicode") -> TfidfVectorizer:
    """A TF-IDF vectoriser with scikit-learn's English stop words plus ``extra_stop_words``.

    ``strip_accents=None`` is for texts already passed through ``strip_accents_unicode`` (re-fits on resamples).
    >>> vectorizer().fit(["the rockets hit the base"]).get_feature_names_out().tolist()
    ['base', 'hit', 'rockets']
    """
    stop = sorted(set(ENGLISH_STOP_WORDS) | {w.lower() for w in extra_stop_words})
    return TfidfVectorizer(stop_words=stop, token_pattern=TOKEN_PATTERN, lowercase=True,
                           sublinear_tf=True, min_df=min_df, strip_accents=strip_accents)


def fit_nmf(texts: Sequence[str], k: int, seed: int = 0, init: str = "nndsvda",
            vec: TfidfVectorizer | None = None, min_df: int = 1, max_iter: int = MAX_ITER) -> TopicModel:
    """Fit NMF with ``k`` topics on the TF-IDF of ``texts`` (deterministic for a given seed).

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> m.W.shape, m.H.shape
    ((4, 2), (2, 8))
    """
    vec = vec if vec is not None else vectorizer(min_df=min_df)
    X = vec.fit_transform([str(t) for t in texts])
    return fit_matrix(X, vec, k, seed, init, max_iter)


def fit_matrix(X: csr_matrix, vec: TfidfVectorizer, k: int, seed: int = 0, init: str = "nndsvda",
               max_iter: int = MAX_ITER) -> TopicModel:
    """Fit NMF with ``k`` topics on a TF-IDF matrix already built by ``vec`` (re-fits share one matrix).

    >>> v = vectorizer(); X = v.fit_transform(["rockets hit base", "rockets fired base", "nuclear talks", "talks deal"])
    >>> fit_matrix(X, v, 2).k
    2
    """
    nmf = NMF(n_components=k, init=init, random_state=seed, max_iter=max_iter, tol=1e-4)
    with warnings.catch_warnings():
        if max_iter < MAX_ITER:   # capped stability re-fits: top words, not the loss, are what is compared
            warnings.simplefilter("ignore", ConvergenceWarning)
        W = nmf.fit_transform(X)
    return TopicModel(vec, nmf, W, nmf.components_, vec.get_feature_names_out())


def top_terms(model: TopicModel, n: int = 8) -> pd.DataFrame:
    """Top ``n`` words of each topic: topic, rank, term, weight (ties broken alphabetically).

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> sorted(top_terms(m, 2).groupby("topic").term.apply(tuple))
    [('base', 'rockets'), ('nuclear', 'talks')]
    """
    rows = []
    for t, h in enumerate(model.H):
        pool = np.argsort(-h, kind="stable")[: n + 32]   # ties are broken among the heaviest candidates only
        order = sorted(pool, key=lambda j: (-round(float(h[j]), 6), model.terms[j]))[:n]
        rows += [(t, r + 1, str(model.terms[j]), float(h[j])) for r, j in enumerate(order) if h[j] > 0]
    return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])


def _top_sets(model: TopicModel, n: int) -> list[set[str]]:
    """The top ``n`` words of each topic as sets."""
    tt = top_terms(model, n)
    return [set(tt.loc[tt.topic == t, "term"]) for t in range(model.k)]


def match_topics(a: list[set[str]], b: list[set[str]]) -> pd.DataFrame:
    """Match two lists of top-word sets one-to-one maximising Jaccard overlap (Hungarian algorithm).

    >>> match_topics([{"a", "b"}, {"c"}], [{"c"}, {"a", "x"}]).round(2).to_dict("list")
    {'topic_a': [0, 1], 'topic_b': [1, 0], 'jaccard': [0.33, 1.0]}
    """
    J = np.array([[len(x & y) / len(x | y) if x | y else 0.0 for y in b] for x in a])
    rows, cols = linear_sum_assignment(-J)
    return pd.DataFrame({"topic_a": rows, "topic_b": cols, "jaccard": J[rows, cols]})


def _even_subsample(n_items: int, limit: int) -> list[int]:
    """At most ``limit`` evenly spaced indices of ``n_items`` items (all of them when there are fewer).

    >>> _even_subsample(10, 4), _even_subsample(3, 4)
    ([0, 2, 5, 7], [0, 1, 2])
    """
    if n_items <= limit:
        return list(range(n_items))
    return [int(i * n_items / limit) for i in range(limit)]


def npmi_coherence(model: TopicModel, reference_texts: Sequence[str] | None = None, n: int = 8,
                   max_docs: int = MAX_REFERENCE_DOCS) -> pd.DataFrame:
    """Mean NPMI of each topic's top-word pairs, from document co-occurrence in ``reference_texts``.

    ``reference_texts`` default to nothing but the fitted documents' own vocabulary analysis
    (pass e.g. all sentences of the articles for a more meaningful reference). At most ``max_docs`` evenly
    spaced reference documents are read; co-occurrences come from one sparse product over the top words.

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> npmi_coherence(m, ["rockets base", "nuclear talks"], n=2).npmi.round(2).tolist()
    [1.0, 1.0]
    """
    tops = top_terms(model, n).groupby("topic").term.apply(list).reindex(range(model.k))
    vocab = sorted({w for ws in tops if isinstance(ws, list) for w in ws})
    col = {w: i for i, w in enumerate(vocab)}
    ref = list(reference_texts) if reference_texts is not None else []
    analyzer = model.vectorizer.build_analyzer()
    rows, cols = [], []
    for r, i in enumerate(_even_subsample(len(ref), max_docs)):
        hits = {col[w] for w in analyzer(str(ref[i])) if w in col}
        rows += [r] * len(hits)
        cols += sorted(hits)
    N = min(len(ref), max_docs)
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(max(N, 1), max(len(vocab), 1)))
    C = (X.T @ X).toarray() / N if N else np.zeros((len(vocab), len(vocab)))
    out = []
    for t, words in enumerate(tops):
        words = words if isinstance(words, list) else []
        scores = [_npmi(C[col[w1], col[w1]], C[col[w2], col[w2]], C[col[w1], col[w2]])
                  for w1, w2 in combinations(words, 2)]
        out.append((t, float(np.mean(scores)) if scores else np.nan))
    return pd.DataFrame(out, columns=["topic", "npmi"])


def _npmi(p1: float, p2: float, p12: float) -> float:
    """Normalised PMI of two words from their document probabilities (-1 when they never co-occur).

    >>> _npmi(0.5, 0.5, 0.5), _npmi(0.5, 0.5, 0.0)
    (1.0, -1.0)
    """
    if p12 == 0:
        return -1.0
    if p12 == 1:
        return 1.0
    return float(np.log(p12 / (p1 * p2)) / -np.log(p12))


def bootstrap_sample(n_docs: int, seed: int) -> np.ndarray:
    """Indices of a bootstrap resample (with replacement) of ``n_docs`` documents.

    >>> bootstrap_sample(5, 0).tolist() == bootstrap_sample(5, 0).tolist()
    True
    """
    return np.random.default_rng(seed).integers(0, n_docs, n_docs)


def stability(texts: Sequence[str], k: int, n_seeds: int = 5, n_boot: int = 10, n: int = 8,
              seed: int = 0, min_df: int = 1, max_docs: int = MAX_STABILITY_DOCS,
              refit_iter: int = REFIT_MAX_ITER, reference: TopicModel | None = None) -> pd.DataFrame:
    """Matched top-word Jaccard between a reference model and re-fits (random inits, bootstrap resamples).

    Bounded cost: everything is fitted on at most ``max_docs`` documents (an evenly spaced subsample of the
    quotes when there are more), the seed re-fits share one TF-IDF matrix, re-fits stop after ``refit_iter``
    iterations, and there are exactly ``n_seeds + n_boot`` re-fits. Returns one row per re-fit and reference topic: kind (``seed``/``bootstrap``),
    run, topic, jaccard. ``reference``: the model already fitted on the same texts (reused when no subsample is
    taken).

    >>> texts = ["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"] * 3
    >>> st = stability(texts, 2, n_seeds=2, n_boot=2, n=2)
    >>> float(st.loc[st.kind == "seed", "jaccard"].mean()), len(st)
    (1.0, 8)
    """
    texts = [str(t) for t in texts]
    whole = len(texts) <= max_docs
    texts = [strip_accents_unicode(texts[i]) for i in _even_subsample(len(texts), max_docs)]   # once, not per re-fit
    vec = vectorizer(min_df=min_df, strip_accents=None)
    X = vec.fit_transform(texts)   # the seed re-fits share one TF-IDF matrix
    ref = _top_sets(reference if reference is not None and whole else fit_matrix(X, vec, k, seed=seed), n)
    rows = []
    for s in range(1, n_seeds + 1):
        other = _top_sets(fit_matrix(X, vec, k, seed=seed + s, init="random", max_iter=refit_iter), n)
        m = match_topics(ref, other)
        rows += [("seed", s, int(a), float(j)) for a, j in zip(m.topic_a, m.jaccard)]
    for b in range(1, n_boot + 1):
        idx = bootstrap_sample(len(texts), seed + 1000 + b)
        sample = [texts[i] for i in idx]
        try:
            other = _top_sets(fit_nmf(sample, k, seed=seed, vec=vectorizer(min_df=min_df, strip_accents=None),
                                      max_iter=refit_iter), n)
        except ValueError:  # resample too small for k topics
            continue
        m = match_topics(ref, other)
        rows += [("bootstrap", b, int(a), float(j)) for a, j in zip(m.topic_a, m.jaccard)]
    return pd.DataFrame(rows, columns=["kind", "run", "topic", "jaccard"])


def select_k(texts: Sequence[str], ks: Iterable[int] = range(2, 9), reference_texts: Sequence[str] | None = None,
             n_seeds: int = 5, n_boot: int = 10, n: int = 8, seed: int = 0, min_df: int = 1,
             min_docs_per_topic: int = 5, max_docs: int = MAX_STABILITY_DOCS) -> pd.DataFrame:
    """Per candidate k: reconstruction error, NPMI coherence, seed and bootstrap stability, and a score.

    ``score`` = mean of the two stabilities and the coherence rescaled to 0..1; ``chosen`` marks the
    highest score (smaller k on ties). k values the data cannot support are skipped: k >= the number of
    terms, or fewer than ``min_docs_per_topic`` documents per topic on average. The cost is bounded whatever
    the corpus size: stability on at most ``max_docs`` quotes with ``n_seeds + n_boot`` capped re-fits per k,
    coherence on at most ``MAX_REFERENCE_DOCS`` reference documents.

    >>> texts = ["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"] * 3
    >>> sk = select_k(texts, [2, 3, 20], n_seeds=2, n_boot=2, n=2, min_docs_per_topic=3)
    >>> sk.k.tolist(), int(sk.chosen.sum())
    ([2, 3], 1)
    """
    texts = [str(t) for t in texts]
    ref_texts = reference_texts if reference_texts is not None else texts
    try:
        n_terms = len(vectorizer(min_df=min_df).fit(texts).get_feature_names_out()) if texts else 0
    except ValueError:  # no term survives
        n_terms = 0
    rows = []
    for k in ks:
        if k < 2 or k * min_docs_per_topic > len(texts) or k >= n_terms:
            continue
        m = fit_nmf(texts, k, seed=seed, min_df=min_df)
        coh = npmi_coherence(m, ref_texts, n).npmi.mean()
        st = stability(texts, k, n_seeds, n_boot, n, seed, min_df, max_docs=max_docs, reference=m)
        rows.append({"k": k, "reconstruction_error": float(m.nmf.reconstruction_err_), "coherence_npmi": float(coh),
                     "seed_jaccard": float(st.loc[st.kind == "seed", "jaccard"].mean()),
                     "bootstrap_jaccard": float(st.loc[st.kind == "bootstrap", "jaccard"].mean())})
    df = pd.DataFrame(rows, columns=["k", "reconstruction_error", "coherence_npmi", "seed_jaccard",
                                     "bootstrap_jaccard"])
    df["score"] = (df["seed_jaccard"] + df["bootstrap_jaccard"] + (df["coherence_npmi"] + 1) / 2) / 3
    df["chosen"] = False
    if len(df):
        best = df.sort_values(["score", "k"], ascending=[False, True]).index[0]
        df.loc[best, "chosen"] = True
    return df


def content_terms(texts: Sequence[str]) -> list[int]:
    """Number of distinct content words (after stop words) in each text: too few cannot define a topic.

    >>> content_terms(["playing with fire", "rockets hit the base"])
    [1, 3]
    """
    analyze = vectorizer().build_analyzer()
    return [len(set(analyze(str(t)))) for t in texts]


def label_topics(model: TopicModel, n: int = 3) -> pd.DataFrame:
    """A label per topic from its top ``n`` words ("w1 / w2 / w3") and its top 10 words.

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> sorted(label_topics(m, 2).label)
    ['base / rockets', 'nuclear / talks']
    """
    tt = top_terms(model, max(n, 10))
    rows = []
    for t in range(model.k):
        words = tt.loc[tt.topic == t].sort_values("rank").term.tolist()
        rows.append((t, " / ".join(words[:n]), ", ".join(words)))
    return pd.DataFrame(rows, columns=["topic", "label", "top_words"])


def document_topics(model: TopicModel) -> pd.DataFrame:
    """Dominant topic of each document with its share of the document's topic weight (-1 if no weight).

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> document_topics(m).topic.nunique()
    2
    """
    W = model.W
    tot = W.sum(axis=1)
    top = np.where(tot > 0, W.argmax(axis=1), -1)
    share = np.where(tot > 0, W.max(axis=1) / np.where(tot > 0, tot, 1), 0.0)
    return pd.DataFrame({"doc": range(len(W)), "topic": top.astype(int), "topic_share": share})


def load_codebook(path: str | os.PathLike[str] = CODEBOOK) -> pd.DataFrame:
    """Read the codebook of themes: theme, description, keywords (a ';'-separated list of stems/phrases).

    >>> "escalation_risk" in set(load_codebook().theme)
    True
    """
    return pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False)


def _keyword_pattern(keywords: str) -> re.Pattern[str]:
    """One regex matching any of the ';'-separated keyword stems at a word start."""
    kws = sorted({k.strip().lower() for k in keywords.split(";") if k.strip()}, key=lambda k: (-len(k), k))
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in kws) + r")", re.IGNORECASE)


def codebook_hits(texts: Sequence[str], codebook: pd.DataFrame) -> pd.DataFrame:
    """Count keyword hits (prefix match at a word start) of every theme in every text: doc, theme, hits.

    >>> cb = pd.DataFrame({"theme": ["war", "talk"], "description": "", "keywords": ["escalat;attack", "negotiat"]})
    >>> codebook_hits(["Attacks escalate", "talks"], cb).values.tolist()
    [[0, 'talk', 0], [0, 'war', 2], [1, 'talk', 0], [1, 'war', 0]]
    """
    pats = {r.theme: _keyword_pattern(r.keywords) for r in codebook.itertuples()}
    rows = []
    for i, t in enumerate(texts):
        t = str(t).replace("’", "'")
        for theme, pat in pats.items():
            rows.append((i, theme, len(pat.findall(t))))
    return pd.DataFrame(rows, columns=["doc", "theme", "hits"]).sort_values(["doc", "theme"]).reset_index(drop=True)


def assign_themes(texts: Sequence[str], codebook: pd.DataFrame) -> pd.DataFrame:
    """Primary codebook theme of each text (most hits; codebook order on ties; 'none' without hits) + all themes hit.

    >>> cb = pd.DataFrame({"theme": ["war", "talk"], "description": "", "keywords": ["escalat;attack", "negotiat"]})
    >>> assign_themes(["Attacks escalate", "nothing"], cb)[["theme", "themes"]].values.tolist()
    [['war', 'war'], ['none', '']]
    """
    hits = codebook_hits(texts, codebook)
    order = {t: i for i, t in enumerate(codebook.theme)}
    per_doc: dict[int, list[tuple[int, str]]] = {}
    for doc, theme, n in zip(hits["doc"], hits["theme"], hits["hits"]):   # one pass: linear in texts x themes
        if n > 0:
            per_doc.setdefault(int(doc), []).append((int(n), theme))
    rows = []
    for doc in range(len(texts)):
        h = sorted(per_doc.get(doc, []), key=lambda x: (-x[0], order[x[1]]))
        rows.append((doc, h[0][1] if h else "none", sum(n for n, _ in h),
                     ";".join(sorted((t for _, t in h), key=order.get))))
    return pd.DataFrame(rows, columns=["doc", "theme", "theme_hits", "themes"])


def topics_vs_codebook(model: TopicModel, codebook: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Share of each topic's top-``n`` word weight that falls on each theme's keywords: topic, theme, share.

    >>> m = fit_nmf(["rockets hit base", "rockets fired base", "talks nuclear deal", "nuclear talks Iran"], 2)
    >>> cb = pd.DataFrame({"theme": ["attack", "talk"], "description": "", "keywords": ["rocket;base", "nuclear;talk"]})
    >>> topics_vs_codebook(m, cb, n=2).groupby("topic").share.max().round(2).tolist()
    [1.0, 1.0]
    """
    tt = top_terms(model, n)
    pats = {r.theme: _keyword_pattern(r.keywords) for r in codebook.itertuples()}
    rows = []
    for t in range(model.k):
        sub = tt[tt.topic == t]
        total = sub.weight.sum()
        for theme, pat in pats.items():
            w = sub.loc[[bool(pat.match(term)) for term in sub.term], "weight"].sum()
            rows.append((t, theme, float(w / total) if total else 0.0))
    return pd.DataFrame(rows, columns=["topic", "theme", "share"])
