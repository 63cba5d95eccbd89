"""Benchmark of analysis.reuse on generated corpora with injected reuse, on real text, and against a peer.

    .venv/bin/python benchmarks/bench_overlap.py                       # corpus sizes 1000 2000 4000 8000 10000
    .venv/bin/python benchmarks/bench_overlap.py --sizes 500 2000 --seed 7 --no-peer
    .venv/bin/python benchmarks/bench_overlap.py --sizes 1000 --real-mix --data ../shared/data
    .venv/bin/python benchmarks/bench_overlap.py --align --data ../shared/data   # align / pair_similarity vs length
    .venv/bin/python benchmarks/bench_overlap.py --heldout --distributions --sizes
    .venv/bin/python benchmarks/bench_overlap.py --polnear --sizes 300 0 --data ../shared/data   # whole real corpus
    .venv/bin/python benchmarks/bench_overlap.py --hostile-align --lengths 0.1 0.25 0.5 1 --data ../shared/data

A corpus is built from a Zipfian vocabulary of pseudo-words (so no text is fetched): articles about
shared "events" (event-specific names recur across independent articles, which makes same-event
pairs topically similar without shared text), sentences of 12-30 words, 3-6 paragraphs. A third of
the articles copy 3..all sentences of an earlier article of the same event, each copied sentence
verbatim, lightly reworded (15 % synonym swaps, 5 % dropped words) or heavily reworded (30 % swaps,
10 % dropped, neighbouring words swapped), and the copied blocks are put in shuffled paragraph
order. With ``--real-mix`` half the sentences are real news sentences (PolNeAR, from ``--data``; each
used once while they last) and the rewording also swaps neighbouring words. Ground truth: two articles truly share text when they contain >= 2
sentences of the same origin (so copies of copies count). Per size: CPU and wall seconds of
``find_reuse_detailed`` (one process), rows of its pairs table, pair-level recall and precision of the
injected reuse (relation derived or shared_source), character-level recall/precision on the copying
side per rewording mode; and, on the same corpus in the same session, the peer: datasketch MinHash
LSH over word 4-gram shingles (pairs it proposes at each Jaccard threshold, with its time).
``--align`` times ``align`` and ``pair_similarity`` on two texts of real news of 0.1-2 MB (independent
texts, texts sharing every article, and both without paragraph breaks); ``--heldout`` scores the
held-out human rewrites (data/annotations/heldout_overlap.jsonl); ``--polnear`` times
``find_reuse_detailed`` on real news (a seeded sample of PolNeAR, or all of it; no ground truth, so
only cost and pair counts: candidate pairs, pairs the pre-screen lets through to alignment, rows by relation);
``--hostile-align`` times ``align`` on texts of a tiny vocabulary (7 or 10 words, or 10 short capitalised tokens, in
random order, every 4-gram repeated under the repeat cap), the second text the first turned around one new
sentence, and on real news sharing every article (calibration, with ``--data``). Results go to
``benchmarks/results/bench_overlap.json`` (one section per mode, each with its date and command).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from analysis.reuse import corpus as rc  # noqa: E402
from analysis.reuse import overlap as ov  # noqa: E402
from analysis.reuse.candidates import candidate_pairs  # noqa: E402
from analysis.reuse.constants import MIN_SHARED_FEATURES  # noqa: E402
from analysis.reuse.screen import may_share_passages  # noqa: E402
from analysis.reuse.document import Doc  # noqa: E402
from analysis.reuse.quotespans import scan_quote_spans  # noqa: E402
from analysis.reuse.sentences import sentence_scores  # noqa: E402
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "bench_overlap.json"

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


class RealMixGenerator(Generator):
    """Like Generator, but a share of the sentences are real news sentences (PolNeAR), each used once.

    A real sentence is drawn without replacement (with ``real_share`` probability, while the pool
    lasts), so that two articles never share one by chance; copies of real sentences are reworded by
    dropping and swapping words (no synonyms for real words).
    """

    def __init__(self, seed: int, sentences: list[list[str]], real_share: float = 0.5) -> None:
        super().__init__(seed)
        self.pool = list(sentences)
        self.rng.shuffle(self.pool)
        self.real_share = real_share

    def sentence(self, event_words: list[str]) -> list[str]:
        """A real sentence (each used once) or a generated one."""
        if self.pool and self.rng.random() < self.real_share:
            return list(self.pool.pop())
        return super().sentence(event_words)

    def reword(self, words: list[str], mode: str) -> list[str]:
        """Synonym swaps for generated words; dropped words and neighbour swaps."""
        if mode == "verbatim":
            return list(words)
        out = super().reword(words, mode)
        for _ in range(max(1, len(out) // 10)):
            k = self.rng.randrange(max(1, len(out) - 1))
            out[k:k + 2] = out[k:k + 2][::-1]
        return out


def real_sentences(data: Path, limit: int = 60_000) -> list[list[str]]:
    """Sentences (as word lists) of the PolNeAR articles, each text once.

    PolNeAR repeats some sentences across its articles (wire copy, editor's notes); a repeated
    sentence drawn into two generated articles would be real shared text that the ground truth does
    not know about, so repeats (same words, ignoring case and punctuation) are kept once.
    """
    out: list[list[str]] = []
    seen: set[str] = set()
    for f in sorted((data / "polnear").glob("*/text/*.txt")):
        text = f.read_text(encoding="utf-8")
        for s, e in ov.split_sentences(text):
            words = text[s:e].rstrip(".").split()
            key = " ".join(re.findall(r"\w+", text[s:e].lower()))
            if 8 <= len(words) <= 40 and key not in seen:
                seen.add(key)
                out.append(words)
        if len(out) >= limit:
            break
    return out


def polnear_articles(data: Path) -> pd.DataFrame:
    """All PolNeAR articles (train and dev): doc_id, text, publication date, publisher as label."""
    meta = pd.read_csv(data / "polnear" / "metadata.tsv", sep="\t", dtype=str).fillna("").set_index("filename")
    rows = []
    for f in sorted((data / "polnear").glob("*/text/*.txt")):
        m = meta.loc[f.stem] if f.stem in meta.index else {}
        rows.append({"doc_id": f.stem, "text": f.read_text(encoding="utf-8"),
                     "published": m.get("publication_date", "") or "", "label": m.get("publisher", "") or ""})
    return pd.DataFrame(rows)


def screen_counts(texts: list[str]) -> dict[str, int]:
    """Candidate pairs of ``find_reuse`` and how many of them the pre-screen sends to alignment (not timed)."""
    docs = rc.featurise(texts, rc.quote_mode_for(len(texts), "auto"))
    cand = candidate_pairs(docs, max_df=rc.default_max_df(len(docs)), min_shared=MIN_SHARED_FEATURES)
    return {"candidate_pairs": len(cand), "pairs_aligned": sum(may_share_passages(docs[i], docs[j]) for i, j in cand)}


def run_polnear(data: Path, sizes: list[int]) -> list[dict]:
    """CPU seconds and pairs of ``find_reuse_detailed`` (one process) on seeded samples of PolNeAR (0 = all)."""
    arts = polnear_articles(data)
    rows = []
    for n in sizes or [0]:
        sub = arts if not n or n >= len(arts) else arts.sample(n=n, random_state=13).sort_values("doc_id")
        t0, c0 = time.perf_counter(), time.process_time()
        pairs, al = ov.find_reuse_detailed(sub, n_jobs=1)
        row = {"articles": len(sub), "MB": round(sub["text"].str.len().sum() / 1e6, 2),
               "cpu_s": round(time.process_time() - c0, 1), "wall_s": round(time.perf_counter() - t0, 1),
               **screen_counts(sub["text"].tolist()), "pairs": len(pairs), "passages": len(al),
               **{f"pairs_{k}": int(v) for k, v in pairs["relation"].value_counts().items()}}
        rows.append(row)
        print(row, flush=True)
    return rows


def _pair_scores(pairs: pd.DataFrame, al: pd.DataFrame, prov: dict) -> dict:
    """Pair recall/precision of the injected reuse and character scores per rewording mode."""
    true = truth_pairs(prov)
    found = {(a, b) for a, b, r in zip(pairs["a"], pairs["b"], pairs["relation"]) if r in ("derived", "shared_source")}
    tp = len(found & true)
    row = {"true_pairs": len(true), "recall": round(tp / len(true), 4) if true else None,
           "precision": round(tp / len(found), 4) if found else None}
    cs = char_scores(prov, true, al).set_index("mode")
    for mode in MODES:
        if mode in cs.index:
            row[f"char_R_{mode}"] = round(float(cs.at[mode, "char_recall"]), 4)
            row[f"char_P_{mode}"] = round(float(cs.at[mode, "char_precision"]), 4)
    return row


def peer_minhash(arts: pd.DataFrame, prov: dict, thresholds: tuple[float, ...] = (0.05, 0.1, 0.2)) -> list[dict]:
    """datasketch MinHash LSH (128 permutations) over word 4-gram shingles: pairs proposed at each threshold."""
    from datasketch import MinHash, MinHashLSH

    true = truth_pairs(prov)
    t0, c0 = time.perf_counter(), time.process_time()
    hashes = []
    for text in arts["text"]:
        words = text.lower().split()
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([" ".join(words[k:k + 4]).encode("utf-8") for k in range(max(0, len(words) - 3))])
        hashes.append(m)
    sig_cpu = time.process_time() - c0
    out = []
    for th in thresholds:
        c1 = time.process_time()
        lsh = MinHashLSH(threshold=th, num_perm=128)
        for doc, m in zip(arts["doc_id"], hashes):
            lsh.insert(doc, m)
        found = {tuple(sorted((doc, o))) for doc, m in zip(arts["doc_id"], hashes) for o in lsh.query(m) if o != doc}
        tp = len(found & true)
        out.append({"peer": "datasketch MinHashLSH", "threshold": th, "cpu_s": round(sig_cpu + time.process_time() - c1, 2),
                     "wall_s": round(time.perf_counter() - t0, 2), "pairs_proposed": len(found),
                     "recall": round(tp / len(true), 4) if true else None,
                     "precision": round(tp / len(found), 4) if found else None})
    return out


def run(sizes: list[int], seed: int, *, sentences: list[list[str]] | None = None, peer: bool = True) -> pd.DataFrame:
    """Generate, detect, score (and run the peer); print one line per size and return the table."""
    results = []
    for n in sizes:
        gen = Generator(seed) if sentences is None else RealMixGenerator(seed, sentences)
        arts, prov = gen.corpus(n)
        t0, c0 = time.perf_counter(), time.process_time()
        pairs, al = ov.find_reuse_detailed(arts[["doc_id", "text", "published", "label"]], n_jobs=1)
        row = {"articles": n, "text": "real mix" if sentences else "generated",
               "MB": round(arts["text"].str.len().sum() / 1e6, 2), "cpu_s": round(time.process_time() - c0, 1),
               "wall_s": round(time.perf_counter() - t0, 1), "pairs": len(pairs), **_pair_scores(pairs, al, prov)}
        if peer:
            row["peer"] = peer_minhash(arts, prov)
        results.append(row)
        print(pd.DataFrame([{k: v for k, v in row.items() if k != "peer"}]).to_string(index=False, header=len(results) == 1),
              flush=True)
        for p in row.get("peer", []):
            print("   peer:", p, flush=True)
    return pd.DataFrame(results)


def slope(sizes: list[float], seconds: list[float]) -> float | None:
    """Fitted exponent of cost against size (log-log least squares; 1.0 = linear)."""
    if len(sizes) < 2:
        return None
    return round(float(np.polyfit(np.log(sizes), np.log(np.clip(seconds, 0.01, None)), 1)[0]), 3)


def _align_texts(data: Path, mb: float, kind: str, rng: random.Random) -> tuple[str, str]:
    """Two texts of about ``mb`` MB each of real news: independent, or b = a's articles shuffled (half with words dropped)."""
    texts = [f.read_text(encoding="utf-8") for f in sorted((data / "polnear" / "train" / "text").glob("*.txt"))]
    order = list(range(len(texts)))
    rng.shuffle(order)
    a, b, i = [], [], 0
    while sum(map(len, a)) < mb * 1e6:
        a.append(texts[order[i % len(order)]])
        i += 1
    if kind == "independent":
        while sum(map(len, b)) < mb * 1e6:
            b.append(texts[order[i % len(order)]])
            i += 1
    else:
        b = list(a)
        rng.shuffle(b)
        b = [t if k % 2 else " ".join(w for j, w in enumerate(t.split(" ")) if j % 9) for k, t in enumerate(b)]
    return "\n\n".join(a), "\n\n".join(b)


def run_align(data: Path, lengths: list[float]) -> list[dict]:
    """CPU seconds of align (quotation spans found by the module, or given) and pair_similarity per text length."""
    rows = []
    for kind in ("independent", "shared", "shared, no paragraph breaks"):
        for mb in lengths:
            a, b = _align_texts(data, mb, "independent" if kind == "independent" else "shared", random.Random(1))
            if "no paragraph" in kind:
                a, b = a.replace("\n", " "), b.replace("\n", " ")
            total = (len(a) + len(b)) / 1e6
            row = {"texts": kind, "MB_each": mb, "MB_total": round(total, 2)}
            c0 = time.process_time()
            al = ov.align(a, b)
            row["align_cpu_s"] = round(time.process_time() - c0, 2)
            qa, qb = scan_quote_spans(a), scan_quote_spans(b)
            c0 = time.process_time()
            ov.align(a, b, quote_spans_a=qa, quote_spans_b=qb)
            row["align_given_quotes_cpu_s"] = round(time.process_time() - c0, 2)
            c0 = time.process_time()
            ov.pair_similarity(a, b)
            row["pair_similarity_cpu_s"] = round(time.process_time() - c0, 2)
            row["passages"] = len(al)
            row["s_per_MB"] = round(row["align_cpu_s"] / total, 2)
            rows.append(row)
            print(row, flush=True)
    return rows


def _tiny_vocabulary_pair(words: list[str], mb: float, rng: random.Random) -> tuple[str, str]:
    """Two texts of about ``mb`` MB each of ``words`` in random order; the second is the first turned around a sentence."""
    a = " ".join(rng.choice(words) for _ in range(int(mb * 1e6 / (sum(map(len, words)) / len(words) + 1))))
    cut = len(a) // 3
    return a, a[cut:] + " A ferry left the harbour at dawn with the mail and two goats. " + a[:cut]


HOSTILE_VOCABULARIES = {
    "seven words": "heron reed marsh tide stone gull mist".split(),
    "ten words": "heron reed marsh tide stone gull mist salt oar kelp".split(),
    "ten capitalised tokens": "Al Abu Van De La Mr. Dr. Gen. U.S. St.".split(),
}


def run_align_hostile(data: Path, lengths: list[float]) -> list[dict]:
    """CPU seconds of ``align`` per MB on tiny-vocabulary pairs (and real news sharing every article, with data)."""
    rows = []
    kinds = [*HOSTILE_VOCABULARIES, *(["real news, shared"] if (data / "polnear").is_dir() else [])]
    for kind in kinds:
        for mb in lengths:
            rng = random.Random(36)
            a, b = (_align_texts(data, mb, "shared", rng) if kind.startswith("real")
                    else _tiny_vocabulary_pair(HOSTILE_VOCABULARIES[kind], mb, rng))
            total = (len(a) + len(b)) / 1e6
            c0 = time.process_time()
            al = ov.align(a, b)
            cpu = time.process_time() - c0
            row = {"texts": kind, "MB_each": mb, "MB_total": round(total, 2), "align_cpu_s": round(cpu, 2),
                   "s_per_MB": round(cpu / total, 2), "passages": len(al)}
            rows.append(row)
            print(row, flush=True)
    return rows


def write_section(name: str, payload: object, argv: list[str], data: str = "") -> None:
    """Store one section of the results file (other sections are kept), with the date and the command."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    doc = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    doc[name] = {"date": dt.date.today().isoformat(), "command": " ".join(["python", "benchmarks/bench_overlap.py", *argv]),
                 "cpus": os.cpu_count(), "data": data, "results": payload}
    RESULTS.write_text(json.dumps(doc, indent=1, default=str) + "\n")


def default_data() -> Path:
    """The shared data folder: <project>/../shared/data, else $ANALYSIS_SHARED_DATA."""
    here = ROOT.parent / "shared" / "data"
    return here if here.is_dir() else Path(os.environ.get("ANALYSIS_SHARED_DATA", str(here)))


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000, 4000, 8000, 10000])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-peer", action="store_true", help="skip the datasketch MinHash LSH comparison")
    ap.add_argument("--real-mix", action="store_true", help="sentences from real news (PolNeAR, needs --data)")
    ap.add_argument("--align", action="store_true", help="time align / pair_similarity on 0.1-2 MB of real news")
    ap.add_argument("--lengths", type=float, nargs="+", default=[0.1, 0.5, 1.0, 2.0])
    ap.add_argument("--hostile-align", action="store_true", help="time align on tiny-vocabulary texts of --lengths MB")
    ap.add_argument("--heldout", action="store_true", help="score the held-out overlap set")
    ap.add_argument("--distributions", action="store_true", help="print sentence-score quantiles by kind")
    ap.add_argument("--polnear", action="store_true",
                    help="whole real corpus: PolNeAR samples of --sizes articles (0 or none = all 924)")
    ap.add_argument("--data", type=Path, default=default_data())
    args = ap.parse_args()
    argv = sys.argv[1:]
    if args.distributions:
        d = score_distributions(Generator(args.seed))
        q = d.groupby("kind")["score"].describe(percentiles=[0.01, 0.05, 0.5, 0.95, 0.99]).round(3)
        print(q.to_string())
        write_section("distributions", q.reset_index().to_dict("records"), argv)
    if args.heldout:
        h = ov.evaluate_heldout(ROOT / "data" / "annotations" / "heldout_overlap.jsonl")
        print(h.to_string())
        write_section("heldout", json.loads(h.to_json(orient="records")), argv)
    if args.hostile_align:
        rows = run_align_hostile(args.data, args.lengths)
        fits = {kind: slope([r["MB_total"] for r in rows if r["texts"] == kind],
                            [r["align_cpu_s"] for r in rows if r["texts"] == kind]) for kind in {r["texts"] for r in rows}}
        print("fitted exponent of align CPU time vs length:", fits)
        write_section("align_hostile", {"rows": rows, "exponent": fits}, argv, str(args.data))
        return
    needs_data = args.real_mix or args.align or args.polnear
    if needs_data and not (args.data / "polnear").is_dir():
        print(f"no shared data at {args.data} (PolNeAR needed for --real-mix / --align / --polnear); skipped")
        needs_data = False
    if args.align and needs_data:
        rows = run_align(args.data, args.lengths)
        fits = {kind: slope([r["MB_total"] for r in rows if r["texts"] == kind],
                            [r["align_cpu_s"] for r in rows if r["texts"] == kind]) for kind in {r["texts"] for r in rows}}
        print("fitted exponent of align CPU time vs length:", fits)
        write_section("align", {"rows": rows, "exponent": fits}, argv, str(args.data))
    if args.polnear:
        if needs_data:
            write_section("polnear", {"rows": run_polnear(args.data, args.sizes)}, argv, str(args.data))
        return
    if args.sizes and (not args.real_mix or needs_data):
        sentences = real_sentences(args.data) if args.real_mix else None
        res = run(args.sizes, args.seed, sentences=sentences, peer=not args.no_peer)
        fit = slope(res["articles"].tolist(), res["cpu_s"].tolist())
        print(f"fitted exponent of CPU time vs size: {fit} (1.0 = linear)")
        write_section("real_mix" if args.real_mix else "corpus", {"rows": res.to_dict("records"), "exponent": fit},
                      argv, str(args.data) if args.real_mix else "generated")


if __name__ == "__main__":
    main()
