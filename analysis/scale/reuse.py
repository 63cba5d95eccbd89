"""Text reuse across a corpus as partitions on a Dask cluster: the same steps and results as
``analysis.reuse.find_reuse_detailed``, with memory bounded by the block size.

Stages (each a set of tasks; every intermediate table is partitioned Parquet under ``out``):

1. *featurise* (one task per block of ``block_size`` articles): each article's word 4-grams (written
   as postings, spread over ``buckets`` by feature hash), its sentences' stem keys, and partial
   frequency tables of stems, words and character n-grams (summed on the cluster);
2. *triples* (per block): the rare-stem triples of each sentence, given the corpus-wide stem frequencies;
3. *candidates* (per bucket): the inverted index of one bucket of features -> partial shared-feature
   counts of document pairs, written by the block of the pair's first document; then per block the
   counts are summed and pairs sharing ``min_shared`` features kept;
4. *align* (per block): the block's pairs are pre-screened, aligned and labelled, the partner articles
   read one block at a time (features computed once per block pass).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
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
from .cluster import client_for, gather, run, submit

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
    """Postings (feature hash, document number) of one block, one file per feature bucket."""
    h = np.concatenate(feats) if feats else np.zeros(0, dtype=np.uint64)
    dcol = np.repeat(idx, [len(f) for f in feats])
    bucket = (h % np.uint64(buckets)).astype(np.int64)
    for b in range(buckets):
        sel = bucket == b
        store.write_part(pd.DataFrame({"h": h[sel], "doc": dcol[sel]}), out / name, f"b{b:04d}", block)


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
    out, b, n = Path(task["out"]), task["bucket"], task["n"]
    frames = [pd.read_parquet(p) for name in ("grams", "triples") for p in store.parts(out / name, f"b{b:04d}")]
    frames = [f for f in frames if len(f)]
    h = np.concatenate([f["h"].to_numpy(np.uint64) for f in frames]) if frames else np.zeros(0, dtype=np.uint64)
    dcol = np.concatenate([f["doc"].to_numpy(np.int64) for f in frames]) if frames else np.zeros(0, dtype=np.int64)
    codes, counts = count_codes(pair_codes(h, dcol, n, task["max_df"]))
    first_block = (codes.astype(np.int64) // n) // task["block_size"]
    for blk in np.unique(first_block).tolist():
        sel = first_block == blk
        store.write_part(pd.DataFrame({"code": codes[sel], "n": counts[sel]}), out / "paircounts", f"a{blk:05d}", b)
    return len(codes)


def _block_candidates(out: Path, block: int, n: int, min_shared: int) -> dict[tuple[int, int], int]:
    """Stage 3b for one block: summed shared-feature counts, pairs sharing enough features."""
    parts = [pd.read_parquet(p) for p in store.parts(out / "paircounts", f"a{block:05d}")]
    table = merge_tables((f["code"].to_numpy(np.uint64), f["n"].to_numpy(np.int64)) for f in parts)
    return select_pairs(table, n, min_shared)


def _partner_blocks(pairs: list[tuple[int, int]], size: int) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """The pairs grouped by the block of their second document, in block order."""
    by: dict[int, list[tuple[int, int]]] = {}
    for i, j in pairs:
        by.setdefault(j // size, []).append((i, j))
    yield from sorted(by.items())


def align_block(task: dict, word_df: Table, char_df: Table) -> int:
    """Stage 4 for one block: align and label its candidate pairs; write pair and passage rows."""
    out, block, size, n = Path(task["out"]), task["block"], task["block_size"], task["n"]
    cand = _block_candidates(out, block, n, task["min_shared"])
    if task["all_pairs"]:
        pairs = [(i, j) for i in range(block * size, min(n, (block + 1) * size)) for j in range(i + 1, n)]
    else:
        pairs = sorted(cand)
    own = _featurised(_read_block(out, block, {i for i, _ in pairs}), task["mode"], n, word_df, char_df)
    rows: list[dict] = []
    al_rows: list[dict] = []
    for other, group in _partner_blocks(pairs, size):
        need = {j for _, j in group} - set(own[0])
        part = _featurised(_read_block(out, other, need), task["mode"], n, word_df, char_df)
        merged = tuple({**a, **b} for a, b in zip(own, part))
        r, al = rc.align_pairs(group, merged[0], merged[1], merged[2], merged[3], cand, task["screen"])
        rows.extend(r)
        al_rows.extend(al)
    pairs_df, al_df = rc.result_frames(rows, al_rows)
    store.write_part(pairs_df, out, "pairs", block)
    store.write_part(al_df, out, "alignments", block)
    return len(pairs_df)


def _featurised(arts: pd.DataFrame, mode: str, n: int, word_df: Table, char_df: Table) -> tuple[dict, ...]:
    """Docs, metadata and IDF-weighted word and character vectors of some articles, by document number."""
    idx = arts["idx"].tolist()
    with rc.no_gc():
        docs = [Doc(t, None, mode) for t in arts["text"].tolist()]
    meta = list(zip(arts["doc_id"].tolist(), arts["label"].tolist(), arts["published"].tolist()))
    word = rc.idf_vectors([d.word_tf for d in docs], word_df, n)
    char = rc.idf_vectors([d.char_tf for d in docs], char_df, n)
    return dict(zip(idx, docs)), dict(zip(idx, meta)), dict(zip(idx, word)), dict(zip(idx, char))


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
        common = {"out": str(folder), "n": n, "block_size": block_size, "buckets": buckets,
                  "mode": rc.quote_mode_for(n, quote_mode), "max_df": rc.default_max_df(n) if max_df is None else max_df, "min_shared": min_shared,
                  "all_pairs": (n <= 50 if all_pairs is None else all_pairs)}
        common["screen"] = not common["all_pairs"] if screen is None else screen
        blocks = [{**common, "block": k} for k in range(n_blocks)]
        token = uuid.uuid4().hex[:6]
        key = lambda stage, k: f"reuse-{token}-{stage}-{k:05d}"  # noqa: E731
        with client_for(client, workers, scheduler) as cl:
            feats = submit(cl, featurise_block, blocks, [key("featurise", k) for k in range(n_blocks)])
            gather(feats, desc="reuse: featurise", progress=progress)
            stem_df, word_df, char_df = (_reduce(cl, [cl.submit(_item, f, i, pure=False) for f in feats])
                                         for i in range(3))
            run(cl, triples_block, blocks, [key("triples", k) for k in range(n_blocks)], desc="reuse: triples",
                progress=progress, stem_df=stem_df)
            run(cl, bucket_pairs, [{**common, "bucket": b} for b in range(buckets)],
                [key("candidates", b) for b in range(buckets)], desc="reuse: candidates", progress=progress)
            run(cl, align_block, blocks, [key("align", k) for k in range(n_blocks)], desc="reuse: align", progress=progress,
                word_df=word_df, char_df=char_df)
        if not collect_tables:
            return folder
        return rc.result_frames(store.read_table(folder, "pairs").to_dict("records"),
                                store.read_table(folder, "alignments").to_dict("records"))
