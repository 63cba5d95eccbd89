"""Tone of quotations with NLTK's VADER (offline lexicon), with a variant that discounts event vocabulary.

VADER scores words, not positions: on conflict news its score mostly measures the events a quote
mentions (attack, killed, terrorist), not what the speaker thinks about them. ``score_tone`` returns
the raw score, a score computed with event words set to neutral, and the share of the raw lexical
valence that comes from event words. Sentiment is not stance: a negative score says the words are
negative, not that the speaker opposes anyone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd
from sklearn.metrics import cohen_kappa_score, confusion_matrix

from .. import paths

EVENT_VOCABULARY = "data/reference/event_vocabulary.csv"
LABELS = ("negative", "neutral", "positive")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _vader_class():
    """Import NLTK's VADER with the vaderSentiment package's lexicon on NLTK's data path (no download)."""
    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer


@lru_cache(maxsize=8)
def _analyzer(neutral: frozenset[str]):
    cls = _vader_class()
    sia = cls(lexicon_file="vader_lexicon.txt")
    if neutral:
        # a copy of the lexicon with event words set to neutral (0.0); the scorer reads sia.lexicon at call time
        sia.lexicon = {w: (0.0 if w in neutral else v) for w, v in sia.lexicon.items()}
    return sia


def analyzer(neutral_terms: Iterable[str] = ()):
    """Return an NLTK VADER analyzer (offline lexicon); ``neutral_terms`` get valence 0 in its lexicon copy.

    >>> analyzer().polarity_scores("a terrible attack")["compound"] < 0
    True
    >>> analyzer(["terrible", "attack"]).polarity_scores("a terrible attack")["compound"]
    0.0
    """
    return _analyzer(frozenset(t.lower() for t in neutral_terms))


def load_event_vocabulary(path: str | os.PathLike[str] = EVENT_VOCABULARY) -> pd.DataFrame:
    """Read the reference list of event words (term, category, rationale), lower-cased and sorted.

    >>> "attack" in set(load_event_vocabulary().term)
    True
    """
    df = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False)
    df["term"] = df["term"].str.strip().str.lower()
    return df.drop_duplicates("term").sort_values("term").reset_index(drop=True)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens as VADER looks them up (apostrophes normalised).

    >>> tokens("Don’t SHOOT, please!")
    ["don't", 'shoot', 'please']
    """
    return [t.lower().replace("’", "'").strip("'-") for t in _TOKEN.findall(text or "")]


def word_valences(text: str, event_terms: Iterable[str] = ()) -> pd.DataFrame:
    """Lexicon valence of every scored word in ``text`` and whether it is an event word.

    >>> word_valences("The attack was terrible", ["attack"])[["word", "valence", "is_event"]].values.tolist()
    [['attack', -2.1, True], ['terrible', -2.1, False]]
    """
    lex = analyzer().lexicon
    events = {t.lower() for t in event_terms}
    rows = [(i, w, float(lex[w]), w in events) for i, w in enumerate(tokens(text)) if w in lex]
    return pd.DataFrame(rows, columns=["position", "word", "valence", "is_event"])


def label_compound(compound: float, threshold: float = 0.05) -> str:
    """Map a compound score to negative / neutral / positive with VADER's usual ±0.05 threshold.

    >>> [label_compound(x) for x in (-0.5, 0.0, 0.3)]
    ['negative', 'neutral', 'positive']
    """
    if compound <= -threshold:
        return "negative"
    if compound >= threshold:
        return "positive"
    return "neutral"


def score_tone(
    quotes: pd.DataFrame,
    text_col: str = "quote",
    event_terms: Iterable[str] | None = None,
    threshold: float = 0.05,
) -> pd.DataFrame:
    """Add raw and event-discounted VADER scores, labels and the event share of valence to each row.

    Columns added: ``compound_raw, neg_raw, neu_raw, pos_raw, tone_raw, compound_discounted,
    tone_discounted, event_effect`` (raw minus discounted), ``event_words`` (';'-joined),
    ``n_event_words``, ``valence_total`` (sum of |valence| of scored words), ``event_share``
    (share of that sum from event words; NaN when no word is scored).

    >>> out = score_tone(pd.DataFrame({"quote": ["The attack killed two people."]}))
    >>> out.loc[0, "tone_raw"], out.loc[0, "tone_discounted"], float(out.loc[0, "event_share"])
    ('negative', 'neutral', 1.0)
    """
    terms = sorted(load_event_vocabulary().term) if event_terms is None else sorted({t.lower() for t in event_terms})
    raw, disc = analyzer(), analyzer(terms)
    out = quotes.copy()
    texts = out[text_col].fillna("").astype(str).tolist()
    r = [raw.polarity_scores(t) for t in texts]
    d = [disc.polarity_scores(t) for t in texts]
    out["compound_raw"] = [s["compound"] for s in r]
    out["neg_raw"] = [s["neg"] for s in r]
    out["neu_raw"] = [s["neu"] for s in r]
    out["pos_raw"] = [s["pos"] for s in r]
    out["tone_raw"] = [label_compound(s["compound"], threshold) for s in r]
    out["compound_discounted"] = [s["compound"] for s in d]
    out["tone_discounted"] = [label_compound(s["compound"], threshold) for s in d]
    out["event_effect"] = out["compound_raw"] - out["compound_discounted"]
    ev, n_ev, tot, share = [], [], [], []
    for t in texts:
        wv = word_valences(t, terms)
        total = float(wv["valence"].abs().sum())
        evw = wv.loc[wv["is_event"], "word"].tolist()
        ev.append(";".join(evw))
        n_ev.append(len(evw))
        tot.append(total)
        share.append(float(wv.loc[wv["is_event"], "valence"].abs().sum()) / total if total else np.nan)
    out["event_words"] = ev
    out["n_event_words"] = n_ev
    out["valence_total"] = tot
    out["event_share"] = share
    return out


def event_word_contributions(scored: pd.DataFrame, text_col: str = "quote",
                             event_terms: Iterable[str] | None = None) -> pd.DataFrame:
    """Count and summed valence of each scored word over all quotes, flagged event / other, most valent first.

    >>> event_word_contributions(pd.DataFrame({"quote": ["attack attack good"]}), event_terms=["attack"]).word.tolist()
    ['attack', 'good']
    """
    terms = sorted(load_event_vocabulary().term) if event_terms is None else list(event_terms)
    parts = [word_valences(t, terms) for t in scored[text_col].fillna("").astype(str)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=["word", "is_event", "n", "valence", "total_valence"])
    allw = pd.concat(parts, ignore_index=True)
    g = (allw.groupby(["word", "is_event"], as_index=False)
         .agg(n=("valence", "size"), valence=("valence", "first"), total_valence=("valence", "sum")))
    g["abs_total"] = g["total_valence"].abs()
    return (g.sort_values(["abs_total", "word"], ascending=[False, True])
            .drop(columns="abs_total").reset_index(drop=True))


def aggregate_tone(scored: pd.DataFrame, by: str | list[str]) -> pd.DataFrame:
    """Mean raw and discounted compound per group, with n, standard error and shares of negative labels.

    >>> df = score_tone(pd.DataFrame({"quote": ["bad", "good", "attack"], "g": ["a", "a", "b"]}))
    >>> aggregate_tone(df, "g")[["g", "n"]].values.tolist()
    [['a', 2], ['b', 1]]
    """
    by = [by] if isinstance(by, str) else list(by)
    g = scored.groupby(by, dropna=False)
    out = g.agg(
        n=("compound_raw", "size"),
        compound_raw_mean=("compound_raw", "mean"),
        compound_raw_se=("compound_raw", lambda s: s.std(ddof=1) / np.sqrt(len(s)) if len(s) > 1 else np.nan),
        compound_discounted_mean=("compound_discounted", "mean"),
        compound_discounted_se=("compound_discounted",
                                lambda s: s.std(ddof=1) / np.sqrt(len(s)) if len(s) > 1 else np.nan),
        share_negative_raw=("tone_raw", lambda s: float((s == "negative").mean())),
        share_negative_discounted=("tone_discounted", lambda s: float((s == "negative").mean())),
        event_share_mean=("event_share", "mean"),
    ).reset_index()
    return out.sort_values(by).reset_index(drop=True)


def agreement(predicted: Iterable[str], gold: Iterable[str], labels: tuple[str, ...] = LABELS) -> dict:
    """Accuracy, Cohen's kappa and confusion matrix (rows gold, columns predicted) of two label lists.

    >>> a = agreement(["negative", "neutral"], ["negative", "positive"]); a["n"], a["accuracy"]
    (2, 0.5)
    """
    p, g = list(predicted), list(gold)
    if len(p) != len(g):
        raise ValueError("predicted and gold differ in length")
    n = len(g)
    acc = float(np.mean([a == b for a, b in zip(p, g)])) if n else float("nan")
    if n and len(set(p) | set(g)) > 1:
        kappa = float(cohen_kappa_score(g, p, labels=list(labels)))
    else:
        kappa = float("nan")
    cm = pd.DataFrame(confusion_matrix(g, p, labels=list(labels)) if n else np.zeros((len(labels),) * 2, int),
                      index=pd.Index(labels, name="gold"), columns=pd.Index(labels, name="predicted"))
    return {"n": n, "accuracy": acc, "kappa": kappa, "confusion": cm}
