"""Text reuse across a corpus as partitions on a Dask cluster: the same steps and results as
``analysis.reuse.find_reuse_detailed``, with memory bounded by the block size.

Stages (each a set of tasks; every intermediate table is partitioned Parquet under ``out``):

1. *featurise* (one task per block of ``block_size`` articles): each article's word 4-grams (written
   as postings, spread over ``buckets`` by feature hash), its sentences' stem keys, and partial
   frequency tables of stems, words and character n-grams (summed on the cluster);
2. *triples* (per block): the rare-stem triples of each sentence, given the corpus-wide stem frequencies;
3. *candidates* (per bucket): the inverted index of one bucket of features -> partial shared-feature
   counts of document pairs, one row group per block of the pair's first document; then *pairs* (per
   block): the counts are summed and pairs sharing ``min_shared`` features kept;
4. *partners* (per block): the articles of the block that other blocks' pairs need, one row group per
   asking block (each block is read once here, instead of once per block that has a pair with it);
5. *align* (per block): the block's pairs are pre-screened, aligned and labelled, with the partner
   articles from those row groups (featurised in chunks of at most ``block_size`` articles).

Per block and stage a task reads and writes a fixed number of files (row groups inside them, not one
file per block and bucket), so the file count and the reads grow with the corpus, not its square.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..reuse import corpus as rc
from ..reuse.candidates import (Table, count_codes, frequency_table, merge_tables, pair_codes, select_pairs,
                                sentence_stem_keys, triples_by_doc)
from ..reuse.constants import MIN_SHARED_FEATURES
from ..reuse.document import Doc
from . import store
from .cluster import client_for, gather, run, stage, submit

#: Articles per block (the unit of featurising and aligning; bounds a worker's memory).
BLOCK_ARTICLES = 1_000


def _blocks_from_frame(articles: pd.DataFrame, out: Path, size: int) -> int:
    """Write the articles as blocks (idx, doc_id, text, published, label); return how many articles."""
    ids, texts, pubs, labels = rc.article_columns(articles.reset_index(drop=True))
    n = len(ids)
    for k, s in enumerate(range(0, max(n, 1), size)):
        e = min(n, s + size)
        store.write_part(pd.DataFrame({"idx": np.arange(s, e, dtype=np.int64), "doc_id": ids[s:e], "text": texts[s:e],
                                       "published": pubs[s:e], "label": labels[s:e]}), out, "blocks", k)
    return n


def _read_block(out: Path, block: int, wanted: set[int] | None = None) -> pd.DataFrame:
    """One block of articles (only the ``wanted`` document numbers when given)."""
    df = pd.read_parquet(store.part_path(out, "blocks", block))
    return df if wanted is None else df[df["idx"].isin(wanted)]


def featurise_block(task: dict) -> tuple[Table, Table, Table]:
    """Stage 1 for one block: gram postings by bucket, stem keys per article; partial frequency tables."""
    out, block, mode, buckets = Path(task["out"]), task["block"], task["mode"], task["buckets"]
    arts = _read_block(out, block)
    with rc.no_gc():
        docs = [Doc(t, None, mode) for t in arts["text"].tolist()]
    idx = arts["idx"].to_numpy()
    keys = [sentence_stem_keys(d) for d in docs]
    store.write_part(pd.DataFrame({"idx": idx, "keys": [k for k, _ in keys], "sents": [s for _, s in keys]}),
                     out, "stems", block)
    grams = [d.gram_set for d in docs]
    _write_postings(out, "grams", block, grams, idx, buckets)
    return (frequency_table(np.unique(k) for k, _ in keys), frequency_table(d.word_tf[0] for d in docs),
            frequency_table(d.char_tf[0] for d in docs))


def _write_postings(out: Path, name: str, block: int, feats: list[np.ndarray], idx: np.ndarray, buckets: int) -> None:
    """Postings (feature hash, document number) of one block: one file, one row group per feature bucket.

    (One file per block and bucket made blocks x buckets small files: 4,000 writes and reads at 100,000 articles.)
    """
    h = np.concatenate(feats) if feats else np.zeros(0, dtype=np.uint64)
    dcol = np.repeat(idx, [len(f) for f in feats]).astype(np.int64)
    bucket = (h % np.uint64(buckets)).astype(np.int64)
    order = np.argsort(bucket, kind="stable")
    cut = np.searchsorted(bucket[order], np.arange(buckets + 1))
    h, dcol = h[order], dcol[order]
    store.write_groups([pd.DataFrame({"h": h[s:e], "doc": dcol[s:e]}) for s, e in zip(cut[:-1], cut[1:])],
                       out, name, block)


def triples_block(task: dict, stem_df: Table) -> int:
    """Stage 2 for one block: rare-stem triple postings by bucket."""
    out, block = Path(task["out"]), task["block"]
    st = pd.read_parquet(store.part_path(out, "stems", block))
    feats = triples_by_doc([(np.asarray(k, dtype=np.uint64), np.asarray(s, dtype=np.int32))
                            for k, s in zip(st["keys"], st["sents"])], stem_df, task["max_df"])
    _write_postings(out, "triples", block, feats, st["idx"].to_numpy(), task["buckets"])
    return int(sum(len(f) for f in feats))


def bucket_pairs(task: dict) -> int:
    """Stage 3a for one feature bucket: shared-feature counts of document pairs, by block of the first one."""
    out, b, n, size = Path(task["out"]), task["bucket"], task["n"], task["block_size"]
    frames = [store.read_group(out, name, k, b) for name in ("grams", "triples") for k in range(task["n_blocks"])]
    frames = [f for f in frames if len(f)]
    h = np.concatenate([f["h"].to_numpy(np.uint64) for f in frames]) if frames else np.zeros(0, dtype=np.uint64)
    dcol = np.concatenate([f["doc"].to_numpy(np.int64) for f in frames]) if frames else np.zeros(0, dtype=np.int64)
    codes, counts = count_codes(pair_codes(h, dcol, n, task["max_df"]))
    cut = np.searchsorted(codes, np.arange(task["n_blocks"] + 1, dtype=np.uint64) * np.uint64(size * n))  # by first block
    store.write_groups([pd.DataFrame({"code": codes[s:e], "n": counts[s:e]}) for s, e in zip(cut[:-1], cut[1:])],
                       out, "paircounts", b)
    return len(codes)


def _block_candidates(out: Path, block: int, n: int, min_shared: int, buckets: int) -> dict[tuple[int, int], int]:
    """Stage 3b for one block: summed shared-feature counts, pairs sharing enough features."""
    parts = [store.read_group(out, "paircounts", b, block) for b in range(buckets)]
    table = merge_tables((f["code"].to_numpy(np.uint64), f["n"].to_numpy(np.int64)) for f in parts if len(f))
    return select_pairs(table, n, min_shared)


def candidates_block(task: dict) -> np.ndarray:
    """Stage 3b for one block: its candidate pairs (first document in the block) and their shared-feature counts,
    written to ``cands``; returns the partner documents outside the block that its alignment needs (sorted, unique)."""
    out, block, size, n = Path(task["out"]), task["block"], task["block_size"], task["n"]
    cand = _block_candidates(out, block, n, task["min_shared"], task["buckets"])
    keys = sorted(cand)
    b = np.array([j for _, j in keys], dtype=np.int64)
    store.write_part(pd.DataFrame({"a": np.array([i for i, _ in keys], dtype=np.int64), "b": b,
                                   "n": np.array([cand[k] for k in keys], dtype=np.int64)}), out, "cands", block)
    hi = min(n, (block + 1) * size)
    return np.arange(hi, n, dtype=np.int64) if task["all_pairs"] else np.unique(b[b >= hi])


def partners_block(task: dict) -> list[int]:
    """Stage 4 for one block: the articles other blocks' alignments need from it, in one file with one row group per
    asking block (``task["requests"]``: asking block -> document numbers); returns the asking blocks in row-group order.

    (The alignment of a block used to read every partner block whole: blocks^2 / 2 block reads in all.)
    """
    out, block, requests = Path(task["out"]), task["block"], task["requests"]
    asking = sorted(requests)
    if not asking:
        return []
    arts = _read_block(out, block, set(np.concatenate([requests[k] for k in asking]).tolist()))
    idx = arts["idx"].to_numpy()
    store.write_groups([arts[np.isin(idx, requests[k])] for k in asking], out, "partners", block)
    return asking


def _partner_chunks(pairs: list[tuple[int, int]], partners: list[int], size: int
                    ) -> Iterator[tuple[set[int], list[tuple[int, int]]]]:
    """Pairs in chunks of at most ``size`` partner documents outside the block (memory stays bounded):
    (partner documents, pairs); pairs within the block come with the first chunk.

    >>> list(_partner_chunks([(0, 1), (0, 5), (1, 7), (2, 5)], [5, 7], 1))
    [({5}, [(0, 1), (0, 5), (2, 5)]), ({7}, [(1, 7)])]
    """
    chunk_of = {j: k // max(1, size) for k, j in enumerate(partners)}
    groups: dict[int, list[tuple[int, int]]] = {}
    for i, j in pairs:
        groups.setdefault(chunk_of.get(j, 0), []).append((i, j))
    for k in range(max(1, -(-len(partners) // max(1, size)))):
        yield set(partners[k * size: (k + 1) * size]), groups.get(k, [])


def align_block(task: dict, word_df: Table, char_df: Table) -> int:
    """Stage 5 for one block: align and label its candidate pairs; write pair and passage rows.

    ``task["sources"]``: (block, row group) of the ``partners`` files holding this block's partner articles.
    """
    out, block, size, n, sources = Path(task["out"]), task["block"], task["block_size"], task["n"], task["sources"]
    cands = pd.read_parquet(store.part_path(out, "cands", block))
    cand = dict(zip(zip(cands["a"].tolist(), cands["b"].tolist()), cands["n"].tolist()))
    lo, hi = block * size, min(n, (block + 1) * size)
    pairs = [(i, j) for i in range(lo, hi) for j in range(i + 1, n)] if task["all_pairs"] else list(cand)
    weigh = (rc.idf_weigher(word_df, n), rc.idf_weigher(char_df, n))
    own = _featurised(_read_block(out, block, {i for i, _ in pairs} | {j for _, j in pairs if j < hi}), task["mode"],
                      weigh)
    frames = [f for f in (store.read_group(out, "partners", p, g) for p, g in sources) if len(f)]
    partner_arts = pd.concat(frames, ignore_index=True).sort_values("idx") if frames else None
    rows: list[dict] = []
    al_rows: list[dict] = []
    partners = [] if partner_arts is None else partner_arts["idx"].tolist()
    for need, group in _partner_chunks(pairs, partners, size):
        if not group:
            continue
        part = _featurised(partner_arts[partner_arts["idx"].isin(need)], task["mode"], weigh) if need else ({}, {}, {}, {})
        merged = tuple({**x, **y} for x, y in zip(own, part))
        r, al = rc.align_pairs(group, merged[0], merged[1], merged[2], merged[3], cand, task["screen"])
        rows.extend(r)
        al_rows.extend(al)
    pairs_df, al_df = rc.result_frames(rows, al_rows)
    store.write_part(pairs_df, out, "pairs", block)
    store.write_part(al_df, out, "alignments", block)
    return len(pairs_df)


def _featurised(arts: pd.DataFrame, mode: str, weigh: tuple[Callable, Callable]) -> tuple[dict, ...]:
    """Docs, metadata and IDF-weighted word and character vectors of some articles, by document number.

    ``weigh``: the word and character IDF weighers (:func:`~analysis.reuse.corpus.idf_weigher`), made once per
    task: each holds an IDF table of the whole corpus (the character one a dense table of 2^23 entries), which
    made a call cost as much as featurising dozens of articles when it was rebuilt per call.
    """
    idx = arts["idx"].tolist()
    with rc.no_gc():
        docs = [Doc(t, None, mode) for t in arts["text"].tolist()]
    meta = list(zip(arts["doc_id"].tolist(), arts["label"].tolist(), arts["published"].tolist()))
    word = [weigh[0](d.word_tf) for d in docs]
    char = [weigh[1](d.char_tf) for d in docs]
    return dict(zip(idx, docs)), dict(zip(idx, meta)), dict(zip(idx, word)), dict(zip(idx, char))


def _requests(needs: list[np.ndarray], size: int, n_blocks: int) -> list[dict[int, np.ndarray]]:
    """Per block: asking block -> the documents of this block that the asking block's alignment needs.

    >>> _requests([np.array([2, 5]), np.array([4])], 2, 3)
    [{}, {0: array([2])}, {0: array([5]), 1: array([4])}]
    """
    out: list[dict[int, np.ndarray]] = [{} for _ in range(n_blocks)]
    for asking, docs in enumerate(needs):
        src = docs // size
        for p in np.unique(src).tolist():
            out[p][asking] = docs[src == p]
    return out


def _sources(asked: list[list[int]], n_blocks: int) -> list[list[tuple[int, int]]]:
    """Per block: (partner block, row group) of the ``partners`` files that hold its partner articles.

    >>> _sources([[], [0], [0, 1]], 3)
    [[(1, 0), (2, 0)], [(2, 1)], []]
    """
    out: list[list[tuple[int, int]]] = [[] for _ in range(n_blocks)]
    for p, asking in enumerate(asked):
        for g, r in enumerate(asking):
            out[r].append((p, g))
    return out


def _reduce(client, futures: list, width: int = 8):
    """Sum partial frequency tables on the cluster, ``width`` at a time, down to one future."""
    while len(futures) > 1:
        futures = [client.submit(_merge, futures[k: k + width], pure=False) for k in range(0, len(futures), width)]
    return futures[0]


def _merge(tables: list[Table]) -> Table:
    """Sum partial frequency tables (a reduction task)."""
    return merge_tables(tables)


def _item(values: tuple, k: int) -> Table:
    """One of a task's results."""
    return values[k]


def find_reuse(articles: pd.DataFrame, *, workers: int | None = None, scheduler: str | None = None, client=None,
               out: str | Path | None = None, max_df: int | None = None, min_shared: int = MIN_SHARED_FEATURES,
               all_pairs: bool | None = None, quote_mode: str = "auto", block_size: int = BLOCK_ARTICLES,
               buckets: int | None = None, progress: bool | None = None, collect_tables: bool = True,
               screen: bool | None = None) -> tuple[pd.DataFrame, pd.DataFrame] | Path:
    """``analysis.reuse.find_reuse_detailed`` as partitions on a Dask cluster: (pairs, alignments), the same tables.

    ``workers``: local worker processes (default: one per core); ``scheduler``: address of a running
    scheduler instead (``tcp://host:8786``); ``out``: folder of the partitioned Parquet tables (default:
    a temporary folder); ``collect_tables=False`` returns that folder (tables ``pairs`` and ``alignments``);
    ``screen``: pre-screen candidate pairs as ``find_reuse_detailed`` does (default: on unless every pair is aligned).

    >>> from analysis.scale import connect
    >>> s = "Rockets hit the base near the river on Tuesday night, officials said."
    >>> arts = pd.DataFrame({"doc_id": ["x", "y"], "text": [s, "Intro. " + s], "published": ["", ""]})
    >>> with connect(1, processes=False) as client:
    ...     pairs, al = find_reuse(arts, client=client)
    >>> pairs["relation"].tolist(), len(al)
    (['derived'], 1)
    """
    with store.scratch(out, "reuse-", keep=not collect_tables) as folder:
        n = _blocks_from_frame(articles, folder, block_size)
        n_blocks = len(store.parts(folder, "blocks"))
        buckets = buckets or max(1, min(64, n // 5_000))
        common = {"out": str(folder), "n": n, "n_blocks": n_blocks, "block_size": block_size, "buckets": buckets,
                  "mode": rc.quote_mode_for(n, quote_mode), "max_df": rc.default_max_df(n) if max_df is None else max_df, "min_shared": min_shared,
                  "all_pairs": (n <= 50 if all_pairs is None else all_pairs)}
        common["screen"] = not common["all_pairs"] if screen is None else screen
        blocks = [{**common, "block": k} for k in range(n_blocks)]
        token = uuid.uuid4().hex[:6]
        key = lambda stage, k: f"reuse-{token}-{stage}-{k:05d}"  # noqa: E731
        with client_for(client, workers, scheduler) as cl:
            with stage(cl, "reuse: featurise"):
                feats = submit(cl, featurise_block, blocks, [key("featurise", k) for k in range(n_blocks)])
                gather(feats, desc="reuse: featurise", progress=progress)
            stem_df, word_df, char_df = (_reduce(cl, [cl.submit(_item, f, i, pure=False) for f in feats])
                                         for i in range(3))
            run(cl, triples_block, blocks, [key("triples", k) for k in range(n_blocks)], desc="reuse: triples",
                progress=progress, stem_df=stem_df)
            run(cl, bucket_pairs, [{**common, "bucket": b} for b in range(buckets)],
                [key("candidates", b) for b in range(buckets)], desc="reuse: candidates", progress=progress)
            needs = run(cl, candidates_block, blocks, [key("pairs", k) for k in range(n_blocks)], desc="reuse: pairs",
                        progress=progress)
            requests = _requests(needs, block_size, n_blocks)
            asked = run(cl, partners_block, [{**t, "requests": r} for t, r in zip(blocks, requests)],
                        [key("partners", k) for k in range(n_blocks)], desc="reuse: partners", progress=progress)
            sources = _sources(asked, n_blocks)
            run(cl, align_block, [{**t, "sources": src} for t, src in zip(blocks, sources)],
                [key("align", k) for k in range(n_blocks)], desc="reuse: align", progress=progress,
                word_df=word_df, char_df=char_df)
        if not collect_tables:
            return folder
        return rc.result_frames(store.read_table(folder, "pairs").to_dict("records"),
                                store.read_table(folder, "alignments").to_dict("records"))
