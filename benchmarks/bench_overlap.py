"""Benchmark analysis.overlap.find_reuse on generated corpora with injected reuse (run on demand).

    .venv/bin/python benchmarks/bench_overlap.py                 # 500 1000 2000 4000 8000 10000
    .venv/bin/python benchmarks/bench_overlap.py --sizes 500 2000 --seed 7

A corpus is built from a Zipfian vocabulary of pseudo-words (so no text is fetched): articles about
shared "events" (event-specific names recur across independent articles, which makes same-event
pairs topically similar without shared text), sentences of 12-30 words, 3-6 paragraphs. A third of
the articles copy 3..all sentences of an earlier article of the same event, each copied sentence
verbatim, lightly reworded (15 % synonym swaps, 5 % dropped words) or heavily reworded (30 % swaps,
10 % dropped, neighbouring words swapped), and the copied blocks are put in shuffled paragraph
order. Ground truth: two articles truly share text when they contain >= 2 sentences of the same
origin (so copies of copies count). Printed per size: seconds, candidate pairs aligned, pair-level
recall and precision of the injected reuse (relation derived or shared_source), character-level
recall/precision on the copying side per rewording mode, and score distributions that justify the
thresholds in analysis.overlap.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis.reuse import overlap as ov  # noqa: E402
from analysis.reuse.document import Doc  # noqa: E402
from analysis.reuse.sentences import sentence_scores  # noqa: E402
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: E402

FUNCTION = sorted(w for w in ENGLISH_STOP_WORDS if w.isalpha() and len(w) <= 5)
SYLL = ["ba", "ko", "ri", "ten", "mal", "su", "dor", "vi", "nek", "ra", "lo", "qu", "sha", "mi", "zan",
        "te", "por", "gu", "lin", "sa", "ber", "fo", "kar", "ni", "vel", "do", "hu", "tam", "ji", "wes"]
MODES = ("verbatim", "light", "heavy")


def make_vocab(rng: random.Random, n: int = 30000) -> list[str]:
    """Distinct pseudo-words of 2-4 syllables."""
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLL) for _ in range(rng.randint(2, 4))))
    return sorted(out)


class Generator:
    """Seeded corpus generator with provenance of every sentence."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = make_vocab(self.rng)
        ranks = np.arange(1, len(self.vocab) + 1)
        self.p = (1 / ranks ** 1.05) / (1 / ranks ** 1.05).sum()
        self.np_rng = np.random.default_rng(seed)
        perm = self.np_rng.permutation(len(self.vocab))
        self.synonym = {self.vocab[i]: self.vocab[j] for i, j in zip(range(len(self.vocab)), perm)}

    def sentence(self, event_words: list[str]) -> list[str]:
        """A random sentence: function words, event names and Zipfian content words."""
        n = self.rng.randint(12, 30)
        content = self.np_rng.choice(len(self.vocab), size=n, p=self.p)
        words = []
        for k in range(n):
            r = self.rng.random()
            if r < 0.4:
                words.append(self.rng.choice(FUNCTION))
            elif r < 0.55:
                words.append(self.rng.choice(event_words))
            else:
                words.append(self.vocab[int(content[k])])
        return words

    def reword(self, words: list[str], mode: str) -> list[str]:
        """Synonym swaps, dropped words, neighbour swaps."""
        if mode == "verbatim":
            return list(words)
        swap, drop = (0.15, 0.05) if mode == "light" else (0.30, 0.10)
        out = []
        for w in words:
            r = self.rng.random()
            if r < drop:
                continue
            out.append(self.synonym.get(w, w) if r < drop + swap and w not in FUNCTION else w)
        if mode == "heavy":
            for _ in range(max(1, len(out) // 8)):
                k = self.rng.randrange(max(1, len(out) - 1))
                out[k:k + 2] = out[k:k + 2][::-1]
        return out if len(out) >= 6 else list(words)

    def corpus(self, n_docs: int, reuse_rate: float = 1 / 3) -> tuple[pd.DataFrame, dict]:
        """Articles (doc_id, text, published, label) and provenance {doc: [(origin, mode, start, end)]}."""
        n_events = max(2, n_docs // 8)
        events = [[self.vocab[self.rng.randrange(2000, len(self.vocab))].capitalize() for _ in range(15)]
                  for _ in range(n_events)]
        docs: list[list[tuple[tuple[int, int], str, list[str]]]] = []
        doc_event, rows, prov = [], [], {}
        by_event: dict[int, list[int]] = defaultdict(list)
        for d in range(n_docs):
            ev = self.rng.randrange(n_events)
            sents = [((d, k), "own", self.sentence(events[ev])) for k in range(self.rng.randint(15, 30))]
            if by_event[ev] and self.rng.random() < reuse_rate:
                src = docs[self.rng.choice(by_event[ev])]
                m = self.rng.randint(3, len(src))
                start = self.rng.randrange(len(src) - m + 1)
                mode = self.rng.choice(MODES)
                block = [(o, mode, self.reword(w, mode)) for o, _, w in src[start:start + m]]
                half = len(block) // 2
                blocks = [block[:half], block[half:]] if self.rng.random() < 0.5 else [block]
                self.rng.shuffle(blocks)  # swapped paragraphs
                keep = sents[: self.rng.randint(0, len(sents) // 2)]
                sents = keep + [s for b in blocks for s in b] + sents[len(keep): len(keep) + 5]
            docs.append(sents)
            by_event[ev].append(d)
            doc_event.append(ev)
            text, spans, para = "", [], 0
            for k, (origin, mode, words) in enumerate(sents):
                s = " ".join(words)
                s = s[0].upper() + s[1:] + "."
                sep = "" if not text else ("\n\n" if k % 4 == 0 else " ")
                text += sep
                spans.append((origin, mode, len(text), len(text) + len(s)))
                text += s
            prov[f"d{d:05d}"] = spans
            day = pd.Timestamp("2021-01-01") + pd.Timedelta(days=d // 20)
            rows.append({"doc_id": f"d{d:05d}", "text": text, "published": day.date().isoformat() if d % 5 else "",
                         "label": f"outlet{d % 40:02d}", "event": ev})
        return pd.DataFrame(rows), prov


def truth_pairs(prov: dict) -> set[tuple[str, str]]:
    """Pairs of documents sharing >= 2 sentences of the same origin."""
    holders: dict[tuple[int, int], set[str]] = defaultdict(set)
    for doc, spans in prov.items():
        for origin, _, _, _ in spans:
            holders[origin].add(doc)
    count: dict[tuple[str, str], int] = defaultdict(int)
    for docs in holders.values():
        ds = sorted(docs)
        for i in range(len(ds)):
            for j in range(i + 1, len(ds)):
                count[(ds[i], ds[j])] += 1
    return {p for p, c in count.items() if c >= 2}


def char_scores(prov: dict, pairs_true: set, al: pd.DataFrame) -> pd.DataFrame:
    """Character recall/precision on the copying side of each injected (true) pair, per rewording mode."""
    origins = {doc: {o: (m, s, e) for o, m, s, e in spans} for doc, spans in prov.items()}
    rows = []
    groups = {k: g for k, g in al.groupby(["a", "b"])}
    for a, b in sorted(pairs_true):
        shared = set(origins[a]) & set(origins[b])
        for side, other in ((b, a), (a, b)):  # the copying side holds non-"own" modes
            modes = {origins[side][o][0] for o in shared} - {"own"}
            if not modes:
                continue
            mode = modes.pop()
            n = max(e for _, _, e in origins[side].values())
            gold = np.zeros(n + 1, bool)
            for o in shared:
                _, s, e = origins[side][o]
                gold[s:e] = True
            pred = np.zeros(n + 1, bool)
            g = groups.get((a, b))
            if g is not None:
                col = "a" if side == a else "b"
                for s, e in zip(g[f"{col}_start"], g[f"{col}_end"]):
                    pred[s:e] = True
            rows.append({"mode": mode, "gold": gold.sum(), "pred": pred.sum(), "hit": (gold & pred).sum()})
            break
    df = pd.DataFrame(rows)
    out = df.groupby("mode")[["gold", "pred", "hit"]].sum()
    out["char_recall"] = out["hit"] / out["gold"]
    out["char_precision"] = out["hit"] / out["pred"].where(out["pred"] > 0)
    return out.reset_index()


def sentence_score(a: str, b: str) -> float:
    """The sentence score analysis.overlap uses to match reworded sentences (one sentence each side)."""
    return sentence_scores(Doc(a), Doc(b), min_dice=0.0).get((0, 0), (0.0, 0))[0]


def score_distributions(gen: Generator, n: int = 400) -> pd.DataFrame:
    """Sentence scores of reworded copies vs. unrelated sentences of the same event (for thresholds)."""
    rows = []
    ev = [gen.vocab[gen.rng.randrange(2000, len(gen.vocab))].capitalize() for _ in range(15)]
    for _ in range(n):
        w = gen.sentence(ev)
        a = " ".join(w).capitalize() + "."
        for mode in MODES[1:]:
            rows.append({"kind": mode, "score": sentence_score(a, " ".join(gen.reword(w, mode)).capitalize() + ".")})
        other = " ".join(gen.sentence(ev)).capitalize() + "."
        rows.append({"kind": "same event, not copied", "score": sentence_score(a, other)})
    return pd.DataFrame(rows)


def run(sizes: list[int], seed: int) -> pd.DataFrame:
    """Generate, detect, score; print one line per size and return the table."""
    results = []
    for n in sizes:
        gen = Generator(seed)
        arts, prov = gen.corpus(n)
        t0 = time.perf_counter()
        pairs, al = ov.find_reuse_detailed(arts[["doc_id", "text", "published", "label"]])
        secs = time.perf_counter() - t0
        true = truth_pairs(prov)
        found = {(a, b) for a, b, r in zip(pairs["a"], pairs["b"], pairs["relation"]) if r in ("derived", "shared_source")}
        tp = len(found & true)
        cs = char_scores(prov, true, al).set_index("mode")
        row = {"articles": n, "seconds": round(secs, 1), "pairs_aligned": len(pairs), "true_pairs": len(true),
               "recall": round(tp / len(true), 3) if true else float("nan"),
               "precision": round(tp / len(found), 3) if found else float("nan")}
        for mode in MODES:
            if mode in cs.index:
                row[f"char_R_{mode}"] = round(float(cs.at[mode, "char_recall"]), 3)
                row[f"char_P_{mode}"] = round(float(cs.at[mode, "char_precision"]), 3)
        results.append(row)
        print(pd.DataFrame([row]).to_string(index=False, header=len(results) == 1), flush=True)
    return pd.DataFrame(results)


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000, 8000, 10000])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--distributions", action="store_true", help="print sentence-score quantiles by kind")
    args = ap.parse_args()
    if args.distributions:
        d = score_distributions(Generator(args.seed))
        print(d.groupby("kind")["score"].describe(percentiles=[0.01, 0.05, 0.5, 0.95, 0.99]).round(3).to_string())
        print(f"threshold in analysis.overlap: SENTENCE_THRESHOLD = {ov.SENTENCE_THRESHOLD}")
    res = run(args.sizes, args.seed)
    if len(res) > 1:
        slope = np.polyfit(np.log(res["articles"]), np.log(res["seconds"].clip(lower=0.01)), 1)[0]
        print(f"log-log slope of time vs size: {slope:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
