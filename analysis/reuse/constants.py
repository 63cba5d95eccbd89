"""Thresholds of the reuse analysis, each with the evidence behind it (one place, read by every step)."""

from __future__ import annotations

#: Word n-gram size used for shingles (containment, Jaccard) and verbatim seeds.
SHINGLE_N = 4
#: No passage shorter than this many word tokens on either side (about one short clause).
MIN_PASSAGE_TOKENS = 10
#: Shorter sentences only join a passage next to a longer match (the passage must still reach the minimum).
MIN_SENTENCE_TOKENS = 5
#: Seeds on one diagonal are chained across gaps of up to this many tokens.
SEED_GAP = 6
#: A word 4-gram occurring more often than this in one text is not used as a seed.
MAX_SEED_REPEATS = 20
#: Seed pairs allowed per word 4-gram of the first text. Past it (a tiny vocabulary, every 4-gram repeated a few
#: times under MAX_SEED_REPEATS), the most repeated 4-grams seed nothing, as those over MAX_SEED_REPEATS already do:
#: the seeds' work stays linear and under 2 s per MB. Real pairs stay far below it (PolNeAR 300 candidate pairs: at
#: most 0.25; the 300 articles joined and aligned with themselves: 1.13; shuffled news with itself: 0.85).
SEED_BUDGET = 2
#: Two verbatim runs are merged when their diagonals differ by at most this many tokens.
DIAGONAL_DRIFT = 4
#: Sentence-pair score needed to call two sentences a rewording of each other (see benchmark).
SENTENCE_THRESHOLD = 0.55
#: A reworded sentence pair must also share at least this many content stems.
MIN_SHARED_STEMS = 5
#: Passages in the same order on both sides are merged across gaps of at most this many chars.
MERGE_GAP_CHARS = 60
#: A gap of at most this many characters on both sides between two passages in the same order is
#: filled when the two gap texts still score GAP_THRESHOLD (context makes weaker evidence enough).
GAP_FILL_CHARS = 600
GAP_THRESHOLD = 0.4
#: Heavy paraphrase (restructured sentences, many synonyms) rarely gives one sentence pair the
#: SENTENCE_THRESHOLD, but a run of neighbouring pairs scoring BLOCK_SEED_SCORE (sharing >= 3 content
#: stems) marks a rewritten block; the block (sentence range on both sides, >= BLOCK_MIN_SEEDS seed
#: pairs) is kept when its whole-span score reaches BLOCK_THRESHOLD. Evidence (held-out dev split,
#: data/annotations/heldout_overlap.jsonl): whole-passage span scores of human heavy rewrites
#: 0.38-0.58, independent reports of the same event 0.14-0.32; best sentence score per heavy-rewritten
#: sentence median 0.375, non-copied sentence pairs 99th percentile 0.17 (max 0.31).
BLOCK_SEED_SCORE = 0.28
BLOCK_MIN_SEEDS = 3
#: Content stems a block seed pair must share.
BLOCK_SEED_STEMS = 3
#: Two neighbouring seeds suffice when both score >= BLOCK_STRONG_SEED: above every non-copied sentence
#: pair without a shared quotation seen so far (dev negatives max 0.31 incl. the d3_ near misses 0.38),
#: while heavy rewrites give runs of two strong pairs split by restructured sentences (dev d3_h1: 0.41/0.51).
BLOCK_STRONG_SEED = 0.4
BLOCK_THRESHOLD = 0.36
BLOCK_GROW_SLACK = 0.01
#: A passage whose characters are at least this share inside quotation marks on BOTH sides is a
#: shared quotation (``is_quote``): not by itself evidence of copying.
QUOTE_SHARE = 0.5
#: A reworded passage that is mostly quotation on one side (>= QUOTE_SHARE) is also a shared quotation
#: when the words OUTSIDE the quotation marks agree little (content-stem Dice < NARRATIVE_DICE): two
#: outlets quoting one speaker, each with its own attribution. See sentences.narrative_dice for the evidence.
NARRATIVE_DICE = 0.6
#: Relation rules (see find_reuse): "derived" when >= DERIVED_SHARE of one side is reused text;
#: "shared_source" from SHARED_MIN_CHARS reused or SHARED_MIN_VERBATIM verbatim characters (about
#: two reworded sentences or one verbatim sentence); "same_events" needs a word cosine of
#: SAME_EVENTS_COSINE and dates (when known) at most SAME_EVENTS_MAX_DAYS apart.
DERIVED_SHARE = 0.5
SHARED_MIN_CHARS = 250
SHARED_MIN_VERBATIM = 80
SAME_EVENTS_MAX_DAYS = 30
SAME_EVENTS_COSINE = 0.2
#: A content stem found in more than this many sentences of one text proposes no sentence pairs (it
#: still counts in the score of pairs proposed by rarer stems). This keeps sentence matching linear in
#: text length; in a news article almost no stem is in this many sentences, so results there are
#: unchanged (bundled corpus, held-out set and benchmark: identical outputs).
STEM_DF_CAP = 50
#: In texts longer than QUOTE_WINDOW_TEXT characters, quotation marks are searched only around aligned
#: passages: the passage plus up to QUOTE_CONTEXT characters on each side, cut at a paragraph break. The
#: quotation finder then costs time only where it is needed (an article is searched whole, as before).
QUOTE_WINDOW_TEXT = 20_000
QUOTE_CONTEXT = 1_000
#: With quote_mode "auto", a text longer than this (no news article is; a book or a year of transcripts
#: is) gets its quotation marks from the quote-mark scan, as a corpus of more than 200 articles does: the
#: quotation module costs about as much as the alignment itself on such inputs.
QUOTE_MODULE_MAX = 100_000
#: A pair of articles is aligned when it shares at least this many rare features (word 4-grams, or
#: triples of rare stems of one sentence, each in 2..max_df articles). Evidence (2 was the old value):
#: on PolNeAR-924 (real US politics news) 3 leaves 7,468 of 19,715 pairs to align and keeps 300 of the
#: 301 derived/shared_source pairs (the one dropped: two independent reports of delegate counts, 295
#: reworded characters); on the synthetic benchmark (2,000 articles) every injected reuse pair found
#: before is still found. Pairs sharing only two stock phrases were almost all (>= 98 %) unrelated.
MIN_SHARED_FEATURES = 3
#: Pre-screen of candidate pairs (``screen.may_share_passages``): a pair is aligned only when it has a
#: verbatim run, a sentence pair that scores as a reworded match, or the seeds of a rewritten block
#: (sentence pairs sharing >= BLOCK_SEED_STEMS stems and scoring >= BLOCK_SEED_SCORE). Seeds are looked
#: for only among sentence pairs whose IDF-weighted Dice is >= SCREEN_BLOCK_DICE: below it a seed would
#: need a character cosine >= 0.4 with few shared words. Evidence (the only threshold of the screen that
#: is not one of the alignment's own): no pair with an aligned passage is screened out on PolNeAR-924, the
#: held-out overlap set (dev and test), generated and real-mix corpora of 1,000-4,000 articles
#: (benchmarks/README.md, pre-screen).
SCREEN_BLOCK_DICE = 0.2
