"""Tests for analysis.topics: deterministic NMF, k selection on planted topics, stability, codebook."""

from __future__ import annotations

import numpy as np
import pandas as pd
from analysis.quotes import topics

VOCAB = {
    "war": ["rockets", "missiles", "drones", "launched", "airbase", "barrage", "artillery", "shelling"],
    "talks": ["negotiations", "diplomats", "nuclear", "agreement", "sanctions", "envoy", "treaty", "summit"],
    "harm": ["civilians", "homes", "families", "hospital", "children", "shelter", "refugees", "villagers"],
}


def planted_corpus(n_per: int = 12, seed: int = 0) -> tuple[list[str], list[str]]:
    """Documents drawn from three disjoint vocabularies (+ shared filler words)."""
    rng = np.random.default_rng(seed)
    texts, labels = [], []
    for theme, words in VOCAB.items():
        for _ in range(n_per):
            picked = rng.choice(words, size=5, replace=False).tolist() + rng.choice(["region", "week"], 1).tolist()
            texts.append(" ".join(picked))
            labels.append(theme)
    return texts, labels


def test_fit_is_deterministic():
    texts, _ = planted_corpus()
    a, b = topics.fit_nmf(texts, 3, seed=0), topics.fit_nmf(texts, 3, seed=0)
    assert np.allclose(a.W, b.W) and np.allclose(a.H, b.H)
    pd.testing.assert_frame_equal(topics.top_terms(a), topics.top_terms(b))
    r1 = topics.stability(texts, 3, n_seeds=3, n_boot=3)
    r2 = topics.stability(texts, 3, n_seeds=3, n_boot=3)
    pd.testing.assert_frame_equal(r1, r2)


def test_planted_topics_recovered_and_k_selected():
    texts, labels = planted_corpus()
    sk = topics.select_k(texts, range(2, 6), n_seeds=4, n_boot=6)
    assert sk.loc[sk.chosen, "k"].tolist() == [3]
    m = topics.fit_nmf(texts, 3)
    dom = topics.document_topics(m)
    # every planted theme maps to exactly one topic
    ct = pd.crosstab(pd.Series(labels, name="theme"), dom.topic)
    assert (ct.gt(0).sum(axis=1) == 1).all() and ct.shape == (3, 3)
    st = topics.stability(texts, 3, n_seeds=4, n_boot=6)
    assert st.jaccard.mean() > 0.8


def test_unstable_on_noise():
    rng = np.random.default_rng(1)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    words = sorted({"".join(rng.choice(letters, 6)) for _ in range(200)})
    texts = [" ".join(rng.choice(words, 6, replace=False)) for _ in range(30)]
    st = topics.stability(texts, 4, n_seeds=3, n_boot=5)
    assert st.loc[st.kind == "bootstrap", "jaccard"].mean() < 0.5


def test_match_topics_is_permutation_invariant():
    a = [{"x", "y"}, {"p", "q"}, {"m"}]
    m = topics.match_topics(a, [a[2], a[0], a[1]])
    assert m.jaccard.tolist() == [1.0, 1.0, 1.0]
    assert m.topic_b.tolist() == [1, 2, 0]


def test_npmi_in_range():
    texts, _ = planted_corpus()
    coh = topics.npmi_coherence(topics.fit_nmf(texts, 3), texts, n=5)
    assert coh.npmi.between(-1, 1).all() and coh.npmi.mean() > 0


def test_select_k_skips_unsupported_k():
    texts, _ = planted_corpus(n_per=3)  # 9 documents
    sk = topics.select_k(texts, [2, 3, 4, 8], n_seeds=1, n_boot=1, min_docs_per_topic=3)
    assert sk.k.tolist() == [2, 3]
    assert topics.select_k(["a b", "c d"], [2]).empty


def test_stop_words_and_labels():
    m = topics.fit_nmf(["The rockets said hit the base", "the talks were said to resume"], 2)
    assert "the" not in set(m.terms) and "said" not in set(m.terms)
    lab = topics.label_topics(m, 2)
    assert lab.topic.tolist() == [0, 1] and lab.label.str.contains(" / ").all()


def test_codebook_file_is_well_formed():
    cb = topics.load_codebook()
    assert list(cb.columns) == ["theme", "description", "keywords"]
    assert cb.theme.is_unique and len(cb) >= 5
    assert (cb.keywords.str.len() > 0).all() and (cb.description.str.len() > 0).all()


def test_assign_themes_prefix_and_ties():
    cb = pd.DataFrame({"theme": ["a", "b"], "description": ["", ""], "keywords": ["escalat;war", "negotiat;war"]})
    out = topics.assign_themes(["Escalation and escalating war", "war", "negotiations", "calm day"], cb)
    assert out.theme.tolist() == ["a", "a", "b", "none"]  # tie on 'war' goes to the first theme
    assert out.themes.tolist() == ["a;b", "a;b", "b", ""]
    # prefix at word start only: 'postwar' is not 'war'
    assert topics.assign_themes(["postwar"], cb).theme.tolist() == ["none"]


def test_topics_vs_codebook_shares():
    texts, _ = planted_corpus()
    m = topics.fit_nmf(texts, 3)
    cb = pd.DataFrame({"theme": list(VOCAB), "description": "", "keywords": [";".join(v) for v in VOCAB.values()]})
    tv = topics.topics_vs_codebook(m, cb, n=5)
    best = tv.loc[tv.groupby("topic").share.idxmax()]
    assert sorted(best.theme) == sorted(VOCAB) and np.allclose(best.share, 1.0)


def test_content_terms():
    assert topics.content_terms(["", "fire fire", "rockets struck base"]) == [0, 0, 3]
