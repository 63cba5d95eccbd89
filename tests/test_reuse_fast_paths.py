"""The fast paths of the reuse pipeline give exactly what their plain definitions give (general patterns)."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes.extract import extract_quotes
from analysis.quotes.marks import quote_offsets
from analysis.reuse import pairjoin as pj
from analysis.reuse.alignment import GramLookup, verbatim_runs
from analysis.reuse.candidates import sentence_stem_keys, triple_features, triple_features_loop, triples_by_doc
from analysis.reuse.candidates import distinct_frequency_table, frequency_table
from analysis.reuse.corpus import IdfVectors, idf_vectors
from analysis.reuse.measures import common_count
from analysis.reuse.constants import STEM_DF_CAP
from analysis.reuse.document import Doc, _sentence_norms
from analysis.reuse.screen import _covers_passage, _covers_passages, assign_gram_ids, screen_pairs
from analysis.reuse.quotespans import quote_spans
from analysis.reuse.sentences import PairScores, StemWeights, bounded_scores, score_pairs, sentence_dice
from analysis.reuse.sharedstems import count_arrays
from analysis.reuse.tokens import _ABBREV, _LAST_WORD, _SENT_END, TOKEN_RE, ngram_hashes, split_sentences, token_spans
from analysis.reuse.vectors import cosine, cosine_bound, set_signatures, sorted_cosine, sorted_cosines

#: Characters that decide token and sentence boundaries: apostrophes, underscore, digits, non-ASCII
#: letters (one that lower-cases to two characters, the Greek capital sigma), marks, quotes, line breaks.
TRICKY = list("ab Z9_'’.!?\n\"“”-–()") + ["İ", "Σ", "é", "ß", "\u0301", "ǅ", "Ⅻ", "  ", "U.S.", "Mr."]
TEXTS = st.lists(st.sampled_from(TRICKY), max_size=60).map("".join)

#: Quotation marks of every kind (straight, curly, low, guillemets, primes, backticks, doubled apostrophes),
#: with the letters, spaces, punctuation and line breaks that decide whether a mark opens or closes.
MARKS = list("ab Z.,;:!?\n-—()") + ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‟", "`", "``", "''", "'''", "″", "′",
                                    "‹", "›", "＂", "  ", "\n\n", "He said ", "Mr. ", "it's ", "’90s "]
MARKED = st.lists(st.sampled_from(MARKS), max_size=80).map("".join)

NEWS = ("The Pentagon said on Thursday it was deeply concerned about attacks on personnel in Iraq and Syria. "
        "Iraqi militia groups vowed to retaliate after strikes killed four of their members.\n\n"
        "Observers blame the attacks on factions operating under a paramilitary alliance. "
        "It’s the third such strike; the U.S. Embassy said nobody was hurt.")


def _docs() -> list[Doc]:
    """News-like texts sharing sentences in several ways, and a text with a stem in very many sentences."""
    parts = NEWS.split(". ")
    texts = [NEWS, ". ".join(parts[::-1]), ". ".join(parts[1:]) + " Markets rose on Thursday.",
             "Markets rose on Thursday while the city council met.",
             " ".join(f"Rockets hit base number {k} near the river." for k in range(STEM_DF_CAP + 10)),
             " ".join(f"Rockets hit base number {k} near the lake." for k in range(STEM_DF_CAP + 5)), "", "Short."]
    return [Doc(t) for t in texts]


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_token_spans_follow_the_token_expression(text):
    """Token offsets from character classes are those of the regular expression."""
    starts, ends = token_spans(text)
    assert list(zip(starts.tolist(), ends.tolist())) == [m.span() for m in TOKEN_RE.finditer(text)]


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_whole_text_tokens_equal_sentence_by_sentence(text):
    """One scan of the whole text gives the tokens, sentence ranges and offsets of the scan per sentence."""
    d = Doc(text)
    norms, sent_tok = [], []
    for s, e in d.sents:
        toks = _sentence_norms(text, s, e)
        sent_tok.append((len(norms), len(norms) + len(toks)))
        norms.extend(toks)
    assert d.norms == norms and d.sent_tok == sent_tok
    spans = [m.span() for s, e in d.sents for m in TOKEN_RE.finditer(text, s, e)]
    assert list(zip(d.starts.tolist(), d.ends.tolist())) == spans


@given(st.lists(st.sampled_from(["a", "b", "Z", "é", "ab", "rock", "x9"]), max_size=30))
@settings(max_examples=100, deadline=None)
def test_char_gram_hashes_follow_their_definition(words):
    """Each n-gram hash extended from the shorter one equals n * P^n + sum c_k P^(n-1-k), mod 2^64, mod 2^22."""
    d = Doc(" ".join(words))
    joined = " ".join(d.norms)
    for n, got in zip((3, 4, 5), d._joined_grams[1]):
        want = []
        for i in range(len(joined) - n + 1):
            h = n
            for ch in joined[i: i + n]:
                h = (h * 1_000_003 + ord(ch)) % (1 << 64)
            want.append(h % (1 << 22))
        assert got.tolist() == want


def test_rare_stem_triples_of_all_documents_equal_the_loop():
    """Triples computed for all documents at once equal the sentence-by-sentence definition."""
    docs = _docs()
    keys = [sentence_stem_keys(d) for d in docs]
    stem_df = frequency_table(np.unique(k) for k, _ in keys)
    for max_df, rare_k in ((3, 4), (8, 4), (8, 3), (8, 5)):
        want = [triple_features_loop(k, s, stem_df, max_df, rare_k) for k, s in keys]
        assert any(len(w) for w in want)
        for got in (triples_by_doc(keys, stem_df, max_df, rare_k),
                    [triple_features(k, s, stem_df, max_df, rare_k) for k, s in keys]):
            assert all(np.array_equal(g, w) and g.dtype == w.dtype for g, w in zip(got, want))


@given(st.lists(st.lists(st.integers(min_value=0, max_value=120), max_size=12), max_size=30))
@settings(max_examples=200, deadline=None)
def test_reach_of_verbatim_hits_measured_at_once(lists):
    """The batched reach check answers as the check of each array of hits alone."""
    hits = [np.unique(np.array(x, dtype=np.int64)) for x in lists]
    assert _covers_passages(hits).tolist() == [_covers_passage(h) for h in hits]


def test_verbatim_runs_through_dense_tables_equal_the_search():
    """Finding 4-grams through the dense tables of a numbering gives the runs of the binary search."""
    docs = _docs()
    assign_gram_ids(docs)
    lookup = GramLookup(docs[0]._gram_ids[1])
    pairs = [(a, b) for a in docs for b in docs]
    want = [verbatim_runs(a, b) for a, b in pairs]
    assert sum(map(bool, want)) > len(docs)
    assert [verbatim_runs(a, b, lookup=lookup) for a, b in pairs] == want
    assert not lookup.count.any()  # left empty


def test_batched_counts_with_a_rare_stem_cap_equal_count_arrays():
    """With rare_cap the batched join proposes the pairs count_arrays proposes, long texts included."""
    docs = _docs()
    pairs = [(a, b) for a in docs for b in docs]
    assert any(max(a.max_stem_df, b.max_stem_df) > STEM_DF_CAP for a, b in pairs)
    for (a, b), got in zip(pairs, pj.sentence_pair_counts(pairs, 2, rare_cap=STEM_DF_CAP)):
        want = count_arrays(a, b, min_shared=2)
        assert all(np.array_equal(g, w) for g, w in zip(got, want))


def test_pair_dice_dropping_pairs_sharing_one_stem_keeps_the_same_numbers():
    """min_shared drops rows; the rows kept carry the very same floats."""
    docs = _docs()
    pairs = [(a, b) for a in docs for b in docs]
    t = pj.tables(pairs)
    full = pj.pair_dice(t, *pj.shared_stems(t))
    part = pj.pair_dice(t, *pj.shared_stems(t), min_shared=2)
    keep = full[3] >= 2
    assert 0 < keep.sum() < len(keep)
    assert all(np.array_equal(f[keep], p) for f, p in zip(full, part))


def test_tables_concatenated_once_for_all_batches_give_the_same_numbers():
    """Batches numbered in one store of all documents give the Dice, counts and screen answers of per-batch tables."""
    docs = _docs()
    store = pj.TableStore(docs[::-1])  # another document order than the batches'
    for pairs in ([(a, b) for a in docs for b in docs], [(docs[2], docs[0]), (docs[1], docs[1])]):
        own, shared = pj.tables(pairs), pj.tables(pairs, store)
        assert len(shared.key) > len(own.key) or len(pairs) > 2
        want, got = pj.pair_dice(own, *pj.shared_stems(own)), pj.pair_dice(shared, *pj.shared_stems(shared))
        assert all(np.array_equal(w, g) for w, g in zip(want, got))
        plain, stored = pj.sentence_pair_counts(pairs, 2, STEM_DF_CAP), pj.sentence_pair_counts(pairs, 2, STEM_DF_CAP, store)
        for w, g in zip(plain, stored):
            assert all(np.array_equal(x, y) for x, y in zip(w, g))
        assert screen_pairs(pairs) == screen_pairs(pairs, store=store)
    assert store.tables([(Doc("Not in the store."), docs[0])]) is None


@given(st.lists(st.integers(min_value=1, max_value=40), max_size=40), st.integers(1, 9), st.integers(1, 600))
@settings(max_examples=100, deadline=None)
def test_batches_cover_every_pair_in_order_within_the_budget(sizes, max_pairs, max_cells):
    """Batches are consecutive, cover every pair once, and stay within both limits (a big pair alone)."""
    docs = {n: Doc(" ".join(["Word here."] * n)) for n in set(sizes)}
    pairs = [(docs[n], docs[n]) for n in sizes]
    got = pj.batches(pairs, max_pairs, max_cells)
    assert [k for s, e in got for k in range(s, e)] == list(range(len(pairs)))
    for s, e in got:
        cells = sum(len(a.sents) * len(b.sents) for a, b in pairs[s:e])
        assert e - s <= max_pairs and (cells <= max_cells or e - s == 1)


def test_stem_frequencies_equal_the_lengths_of_the_stem_index():
    """``Doc.stem_df`` (one counter) holds the sentence count of every stem of ``stem_index``, in the same order."""
    for d in _docs():
        assert list(d.stem_df.items()) == [(x, len(v)) for x, v in d.stem_index.items()]
        assert d.max_stem_df == max(map(len, d.stem_index.values()), default=0)
    assert max(d.max_stem_df for d in _docs()) > STEM_DF_CAP


@given(st.lists(st.sampled_from(TRICKY + ["abcdefghij" * 4, "Col", "x"]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_last_word_of_a_window_equals_the_plain_expression(text):
    """The last-word pattern of the sentence splitter finds what ``(\\w+)\\W*$`` finds."""
    plain = re.compile(r"(\w+)\W*$")
    for k in range(len(text) + 1):
        fast, slow = _LAST_WORD.search(text[:k]), plain.search(text[:k])
        assert (fast and fast.group(1)) == (slow and slow.group(1))


def test_sentence_dice_equals_its_definition():
    """The weighted Dice of sentence pairs is the sum of the shared stems' weights in sorted order over both totals."""
    docs = _docs()
    for da, db in [(docs[0], docs[1]), (docs[1], docs[2]), (docs[4], docs[5]), (docs[2], docs[3])]:
        pairs = [(ka, kb) for ka in range(len(da.sents)) for kb in range(len(db.sents))]
        got = sentence_dice(da, db, pairs)
        w = StemWeights(da, db)
        for ka, kb in pairs:
            sa, sb = da.sent_stems[ka], db.sent_stems[kb]
            den = sum(w[x] for x in sorted(sa)) + sum(w[x] for x in sorted(sb))
            both = sa & sb
            assert got[(ka, kb)] == ((2 * sum(w[x] for x in sorted(both)) / den if den else 0.0), len(both))
        assert any(v[1] for v in got.values())


SENT_TEXTS = st.lists(st.sampled_from(list("aZ9_ .!?\n\"”’)(“") + ["Mr", "capt", "Sept", "U", "words", "İ", "\u00a0"]),
                      max_size=40).map("".join)


def _split_definition(text: str) -> list[tuple[int, int]]:
    """Sentence spans by the plain rule: a sentence end cuts unless the word before it is an initial or abbreviation."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        p0, ptxt = para.start(), para.group()
        cuts = [0]
        for m in _SENT_END.finditer(ptxt):
            word = _LAST_WORD.search(ptxt[max(0, m.start() - 30): m.start() + 1])
            w = word.group(1) if word else ""
            if not (len(w) == 1 and w.isalpha() or w.lower() in _ABBREV):
                cuts.append(m.end())
        cuts.append(len(ptxt))
        for s, e in zip(cuts[:-1], cuts[1:]):
            seg = ptxt[s:e]
            ls, rs = len(seg) - len(seg.lstrip()), len(seg.rstrip())
            if rs > ls:
                spans.append((p0 + s + ls, p0 + s + rs))
    return spans


@given(SENT_TEXTS)
@settings(max_examples=400, deadline=None)
def test_sentence_split_shortcut_after_long_words_changes_nothing(text):
    """Skipping the abbreviation look-up after a long word gives the spans of the plain rule."""
    assert split_sentences(text) == _split_definition(text)


@given(st.lists(st.tuples(st.lists(st.integers(0, 60), max_size=25), st.lists(st.integers(0, 60), max_size=25)),
                max_size=300))
@settings(max_examples=150, deadline=None)
def test_cosines_of_many_pairs_equal_pair_by_pair(rows):
    """Sentence cosines counted in one merge equal the cosine of each pair alone (empty sets, many rows)."""
    a = [np.unique(np.array(x, dtype=np.uint32)) for x, _ in rows]
    b = [np.unique(np.array(y, dtype=np.uint32)) for _, y in rows]
    assert sorted_cosines(a, b) == [sorted_cosine(x, y) for x, y in zip(a, b)]
    wide = [x.astype(np.uint64) for x in a]  # other dtypes: pair by pair
    assert sorted_cosines(wide, b) == [sorted_cosine(x, y) for x, y in zip(wide, b)]


def test_character_gram_frequencies_counted_with_repeats_equal_distinct_counts():
    """Document frequencies from each document's n-grams with repeats equal those of its distinct n-grams."""
    docs = _docs() + [Doc("ab"), Doc("abcd"), Doc("")]  # tiny texts have empty n-gram arrays of another dtype
    for group in (docs, docs[:4], docs[-3:]):
        want = frequency_table(d.char_tf[0] for d in group)
        got = distinct_frequency_table(d.char_gram_array() for d in group)
        assert all(np.array_equal(g, w) and g.dtype == w.dtype for g, w in zip(got, want))
    rng = np.random.default_rng(3)
    arrays = [rng.integers(0, 50, size=k).astype(np.uint64) for k in range(0, 40, 3)]
    want = frequency_table(np.unique(a) for a in arrays)
    assert all(np.array_equal(g, w) for g, w in zip(distinct_frequency_table(arrays), want))


def test_lazy_idf_vectors_and_gram_overlap_equal_their_definitions():
    """Vectors weighted when first asked for equal the eager ones; the gram overlap is the set intersection."""
    docs = _docs()
    for vec in ((lambda d: d.word_tf), (lambda d: d.char_tf)):
        vecs = [vec(d) for d in docs]
        table = frequency_table(k for k, _ in vecs)
        lazy = IdfVectors(vecs.__getitem__, table, len(docs))
        for k, (keys, w) in enumerate(idf_vectors(vecs, table, len(docs))):
            assert np.array_equal(lazy[k][0], keys) and np.array_equal(lazy[k][1], w)
    for x in docs:
        for y in docs:
            assert common_count(x.gram_set, y.gram_set) == len(set(x.gram_set.tolist()) & set(y.gram_set.tolist()))


@given(TEXTS, st.integers(-3, 70), st.integers(-3, 70))
@settings(max_examples=200, deadline=None)
def test_token_range_by_list_search_equals_the_array_search(text, start, end):
    """The token range of a span, from a binary search of a list of starts, is numpy's left search of them."""
    d = Doc(text)
    want = (int(np.searchsorted(d.starts, start)), int(np.searchsorted(d.starts, end)))
    assert d.tok_range(start, end) == want


@given(st.lists(st.integers(0, 2**64 - 1), max_size=12), st.integers(1, 5))
@settings(max_examples=200, deadline=None)
def test_word_gram_hashes_in_place_follow_their_definition(ids, n):
    """Each word n-gram hash is the FNV-style xor-multiply over its token ids, mod 2^64."""
    got = ngram_hashes(np.array(ids, dtype=np.uint64), n).tolist()
    want = []
    for i in range(len(ids) - n + 1):
        h = 0xCBF29CE484222325
        for x in ids[i: i + n]:
            h = ((h ^ x) * 0x100000001B3) % (1 << 64)
        want.append(h)
    assert got == want


def test_whole_text_cosine_equals_the_clipped_array_formula():
    """The cosine of two weighted vectors is numpy's clipped dot product over the norms, float for float."""
    docs = _docs()
    for vec in ((lambda d: d.word_tf), (lambda d: d.char_tf)):
        for x in docs:
            for y in docs:
                (ka, wa), (kb, wb) = vec(x), vec(y)
                common, ia, ib = np.intersect1d(ka, kb, assume_unique=True, return_indices=True)
                den = float(np.sqrt((wa * wa).sum() * (wb * wb).sum()))
                want = float(np.clip((wa[ia] * wb[ib]).sum() / den, 0.0, 1.0)) if den else 0.0
                assert cosine((ka, wa), (kb, wb)) == want


@given(st.lists(st.tuples(st.lists(st.integers(0, 1 << 22), max_size=600),
                          st.lists(st.integers(0, 1 << 22), max_size=600), st.integers(0, 3000)), max_size=40))
@settings(max_examples=150, deadline=None)
def test_signature_bound_never_falls_below_the_set_cosine(rows):
    """The cosine bound from bit signatures is never below the exact set cosine (sets crowding the bits too)."""
    a = [np.unique(np.array(x + list(range(n)), dtype=np.uint32)) for x, _, n in rows]  # large sets collide
    b = [np.unique(np.array(y + list(range(0, n, 2)), dtype=np.uint32)) for _, y, n in rows]
    for sa, sb, x, y in zip(set_signatures(a), set_signatures(b), a, b):
        assert cosine_bound(sa, sb) + 5e-5 >= sorted_cosine(x, y)


def test_sentence_scores_with_a_floor_equal_the_plain_scores_that_reach_it():
    """Scores asked with a floor (greedy matching, block seeds) equal the plain ones from that floor up."""
    docs, seen = _docs(), []
    for da, db in [(docs[0], docs[1]), (docs[0], docs[2]), (docs[1], docs[2]), (docs[4], docs[5])]:
        pairs = [(i, j) for i in range(len(da.sents)) for j in range(len(db.sents))]
        dice = sentence_dice(da, db, pairs)
        plain = score_pairs(da, db, dice)
        cache = PairScores(da, db)
        for floor in (0.55, 0.28, 0.4, 0.0):
            want = {p: v for p, v in plain.items() if v[0] >= floor}
            assert score_pairs(da, db, dice, floor) == want
            got = cache.scores_of(cache.dice_of(pairs), floor)
            assert {p: v for p, v in got.items() if v[0] >= floor} == want
        seen.extend(v[0] for v in plain.values())
    assert min(seen) < 0.28 and max(seen) >= 0.55  # both pruned and kept pairs


def _module_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) rows of the full quotation extractor, in its order."""
    q = extract_quotes(text)
    return list(zip(q["start"].tolist(), q["end"].tolist()))


@given(MARKED)
@settings(max_examples=400, deadline=None)
def test_quote_spans_of_the_mark_pairing_equal_the_full_extractor(text):
    """The aligner's quotation spans (mark pairing alone) are the spans of every row of extract_quotes."""
    full = _module_spans(text)
    assert quote_offsets(text) == full
    assert quote_spans(text) == sorted((s, e) for s, e in full if 0 <= s < e <= len(text))


def test_quote_spans_of_hostile_mark_runs_equal_the_full_extractor():
    """Long runs of unbalanced, nested, doubled and mixed marks in one paragraph or across many."""
    texts = ['"' * 301, "“a ” b “ c" * 60, "‘a’ ’b‘ " * 80, "He said \"we 'will' go\n\n" * 40, "'' `` ''' ``` " * 50,
             "« a » » b « " * 60, '"a" "b" "c" ' * 100, "It's the '90s 'rock' ’n’ roll. " * 40, '"' + "word " * 700 + '"']
    for text in texts:
        full = _module_spans(text)
        assert quote_offsets(text) == full and quote_spans(text) == sorted(full)
    assert quote_offsets("") == [] and quote_offsets(" \n ") == [] and quote_spans("  ") == []
