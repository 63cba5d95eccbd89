"""The Dask path (analysis.scale) gives exactly the in-process tables, records bad input, survives dead workers."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis import paths, pipeline
from analysis.events import incident_mentions
from analysis.quotes import extract_corpus_quotes
from analysis.reuse import find_reuse_detailed
import analysis.events
import analysis.quotes
from analysis.scale import ArticleError, PartitionError, cleaned_corpus, connect, dates, find_reuse, incidents, quotes
from analysis.scale import cluster as scale_cluster
from analysis.scale import corpus as scale_corpus
from analysis.text.checks import CorpusError
from analysis.scale.extract import article_dates

from test_overlap import P1, P1_REWORDED, P2, P2_REWORDED, P3, SAME_EVENT_OTHER, UNRELATED, UNRELATED_2

TABLES = ("articles", "paragraphs", "sentences", "removed", "references", "rejects", "raw", "failures")


@pytest.fixture(scope="module")
def client():
    with connect(2, processes=False) as c:  # threads: fast to start; the process cluster is tested below
        yield c


@pytest.fixture()
def messy_corpus(tmp_path: Path) -> Path:
    """The bundled corpus plus a binary file, an empty file, a missing file, a duplicate doc_id, an unlisted file."""
    folder = tmp_path / "corpus"
    shutil.copytree(paths.RAW, folder)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "stray.txt").write_text("A file that no manifest row lists.", encoding="utf-8")
    rows = (folder / "manifest.csv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    rows += ["bin,binary.txt,x,,,unknown,en,", "void,empty.txt,x,,,unknown,en,", "gone,missing.txt,x,,,unknown,en,",
             "art001,000_affaa34e85474ccc.txt,y,,,unknown,en,"]
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _same(a: pd.DataFrame, b: pd.DataFrame, keys: list[str] | None = None) -> None:
    """Same rows in the same order (after sorting by keys when given), same columns and dtypes."""
    if keys:
        a, b = (x.sort_values(keys, kind="stable", ignore_index=True) for x in (a, b))
    pd.testing.assert_frame_equal(a, b)


def test_cleaned_corpus_on_dask_equals_in_process_and_records_bad_files(client, messy_corpus, tmp_path):
    ref = pipeline.cleaned_corpus(messy_corpus)
    got = cleaned_corpus(messy_corpus, client=client, partition_size=2, out=tmp_path / "run")
    for name in TABLES:
        _same(getattr(ref, name), getattr(got, name))
    rejected = set(got.rejects["file"])
    assert {"binary.txt", "empty.txt", "missing.txt", "stray.txt"} <= rejected  # recorded, not a failed run
    assert len(got.articles) == len(ref.articles) >= 3 and got.failures.empty
    assert (tmp_path / "run" / "articles").is_dir()  # partitioned Parquet, one file per partition
    assert len(list((tmp_path / "run" / "articles").glob("part-*.parquet"))) >= 3
    again = scale_corpus.collect(tmp_path / "run")  # the folder alone gives the same corpus back
    for name in TABLES:
        _same(getattr(got, name), getattr(again, name))


def test_a_corpus_whose_every_article_fails_cleaning_on_dask_equals_in_process(client, monkeypatch):
    def boom(raw: str, title: str = ""):
        raise RuntimeError("nothing can be cleaned")

    monkeypatch.setattr(pipeline, "clean_text", boom)
    ref = pipeline.cleaned_corpus(paths.RAW)
    got = cleaned_corpus(paths.RAW, client=client, partition_size=2)
    for name in TABLES:
        _same(getattr(ref, name), getattr(got, name))
    assert got.articles.empty and len(got.failures) == 5 and set(got.failures["step"]) == {"clean"}


def test_manifest_line_numbers_in_rejections_point_at_the_real_manifest(client, messy_corpus):
    got = cleaned_corpus(messy_corpus, client=client, partition_size=1)
    ref = pipeline.cleaned_corpus(messy_corpus)
    reason = got.rejects.set_index("file").at["missing.txt", "reason"]
    assert reason == ref.rejects.set_index("file").at["missing.txt", "reason"]


def test_an_article_whose_cleaning_raises_is_a_failure_row(client, monkeypatch):
    real = pipeline.process_article

    def flaky(row: dict) -> dict:
        if row["doc_id"] == "art002":
            raise ValueError("cannot clean this one")
        return real(row)

    monkeypatch.setattr(pipeline, "process_article", flaky)
    got = cleaned_corpus(paths.RAW, client=client, partition_size=2)
    assert got.failures[["doc_id", "step"]].values.tolist() == [["art002", "clean"]]
    assert got.failures[["error", "message"]].values.tolist() == [["ValueError", "cannot clean this one"]]
    assert "art002" not in set(got.articles["doc_id"]) and len(got.articles) == 4


def test_per_article_steps_on_dask_equal_in_process(client):
    cc = pipeline.cleaned_corpus(paths.RAW)
    _same(extract_corpus_quotes(cc.articles), quotes(cc.articles, client=client, partition_size=2))
    _same(article_dates(cc.articles), dates(cc.articles, client=client, partition_size=2))
    _same(incident_mentions(cc.sentences, cc.articles), incidents(cc.sentences, cc.articles, client=client,
                                                                  partition_size=2))


def test_temporary_partition_folders_are_removed_once_the_tables_are_back(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # every default folder is made here
    cc = cleaned_corpus(paths.RAW, client=client, partition_size=2)
    dates(cc.articles, client=client, partition_size=2)
    incidents(cc.sentences, cc.articles, client=client, partition_size=2)
    find_reuse(cc.articles, client=client, block_size=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    kept = find_reuse(cc.articles, client=client, block_size=2, collect_tables=False)  # the caller reads it back
    assert kept.parent == tmp_path and (kept / "pairs").is_dir()


FRENCH = ("Le ministère de la Défense a confirmé mercredi qu'une attaque de drones a visé la base aérienne "
          "d'Aïn al-Asad, dans l'ouest de l'Irak. Selon un porte-parole, aucun soldat n'a été blessé, mais "
          "les dégâts matériels sont importants. Les milices soutenues par l'Iran ont revendiqué l'attaque.")


@pytest.fixture()
def messier_corpus(messy_corpus: Path) -> Path:
    """The messy corpus plus: a copy of art002 with a contradicting date, a French article, an article whose
    cleaning raises (see ``_boom``), a short manifest line, an impossible date, an empty doc_id."""
    folder = messy_corpus
    shutil.copy(folder / "002_3ec81bfbdf16c074.txt", folder / "copy.txt")
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "boom.txt").write_text("BOOM-MARKER: this article cannot be cleaned.\n\nA second paragraph.", encoding="utf-8")
    (folder / "baddate.txt").write_text("Rockets hit the base on Wednesday, officials said.", encoding="utf-8")
    rows = ["copy,copy.txt,x,,2021-07-20,text,en,", "fr,fr.txt,x,,,unknown,en,", "boom,boom.txt,x,,,unknown,en,",
            "short,short.txt", "baddate,baddate.txt,x,,2021-13-45,text,en,", ",000_affaa34e85474ccc.txt,x,,,unknown,en,"]
    with (folder / "manifest.csv").open("a", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    return folder


def _boom(real):
    """A clean_text that raises for the article holding BOOM-MARKER (patched into analysis.pipeline)."""
    def clean(raw: str, title: str = ""):
        if "BOOM-MARKER" in raw:
            raise RuntimeError("cleaning blew up")
        return real(raw, title)
    return clean


@pytest.mark.parametrize("size", [1, 3])
def test_messier_corpus_on_dask_equals_in_process(client, messier_corpus, monkeypatch, size):
    monkeypatch.setattr(pipeline, "clean_text", _boom(pipeline.clean_text))
    ref = pipeline.cleaned_corpus(messier_corpus)
    got = cleaned_corpus(messier_corpus, client=client, partition_size=size)
    for name in TABLES:
        _same(getattr(ref, name), getattr(got, name))
    _same(ref.accounting(), got.accounting())
    # what the comparison covers (so that it cannot pass on two empty tables)
    arts = got.articles.set_index("doc_id")
    assert not arts.at["fr", "english"] and arts.drop(index="fr")["english"].all()
    assert "duplicate_file: identical bytes to doc_id 'art002'" in arts.at["copy", "warnings"]
    assert "date_mismatch: manifest date 2021-07-20" in arts.at["copy", "warnings"]
    assert got.failures[["doc_id", "step", "error", "message"]].values.tolist() == [
        ["boom", "clean", "RuntimeError", "cleaning blew up"]]
    reasons = got.rejects.set_index("file")["reason"]
    assert reasons["short.txt"].startswith("manifest line ") and "fields but the header has" in reasons["short.txt"]
    assert {"baddate.txt", "binary.txt", "empty.txt", "missing.txt", "stray.txt"} <= set(got.rejects["file"])
    assert (got.rejects["doc_id"] == "").sum() >= 2  # the empty doc_id row and the unlisted file


def test_folder_errors_record_on_a_missing_folder_is_the_in_process_empty_corpus(client, tmp_path):
    missing = tmp_path / "no_such_corpus"
    ref = pipeline.cleaned_corpus(missing, folder_errors="record")
    got = cleaned_corpus(missing, client=client, folder_errors="record")
    assert got.problem == ref.problem and got.problem.startswith("corpus folder not found")
    for name in TABLES:
        _same(getattr(ref, name), getattr(got, name))
    assert got.articles.empty and got.rejects["check"].tolist() == ["folder"]
    with pytest.raises(CorpusError, match="corpus folder not found"):
        cleaned_corpus(missing, client=client)
    with pytest.raises(ValueError, match="folder_errors"):
        cleaned_corpus(paths.RAW, client=client, folder_errors="ignore")


def test_pipeline_cleaned_corpus_with_a_client_runs_on_the_cluster(client, messy_corpus, monkeypatch):
    calls = []
    real = scale_corpus.cleaned_corpus

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(scale_corpus, "cleaned_corpus", spy)
    got = pipeline.cleaned_corpus(messy_corpus, client=client)
    assert len(calls) == 1 and calls[0]["client"] is client
    ref = pipeline.cleaned_corpus(messy_corpus)
    for name in TABLES:
        _same(getattr(ref, name), getattr(got, name))
    empty = pipeline.cleaned_corpus(messy_corpus / "nothing", client=client, folder_errors="record")
    assert calls[-1]["folder_errors"] == "record" and empty.problem.startswith("corpus folder not found")


def _raising(module, name: str, bad: str, pick):
    """A stand-in for ``module.name`` that raises for the article ``bad`` (``pick`` gets its doc_id from the args)."""
    real = getattr(module, name)

    def fn(*args, **kwargs):
        if pick(*args) == bad:
            raise ValueError("step broke on purpose")
        return real(*args, **kwargs)
    return fn


def _text_doc(cc):
    """The doc_id of an article text (quotes and dates get the text, not the doc_id)."""
    by_text = dict(zip(cc.articles["text"], cc.articles["doc_id"]))
    return lambda text, *rest: by_text.get(text)


@pytest.mark.parametrize("step", ["quotes", "dates", "incidents"])
def test_a_step_that_raises_on_one_article_gives_a_failure_row_or_a_clear_error(client, monkeypatch, step):
    cc = pipeline.cleaned_corpus(paths.RAW)
    keep = cc.articles[cc.articles["doc_id"] != "art002"]
    if step == "quotes":
        ref = extract_corpus_quotes(keep)
        monkeypatch.setattr(analysis.quotes, "extract_quotes", _raising(analysis.quotes, "extract_quotes", "art002",
                                                                        _text_doc(cc)))
        run = lambda **o: quotes(cc.articles, client=client, partition_size=2, **o)  # noqa: E731
    elif step == "dates":
        ref = article_dates(keep)
        monkeypatch.setattr(analysis.events, "date_mentions", _raising(analysis.events, "date_mentions", "art002",
                                                                       _text_doc(cc)))
        run = lambda **o: dates(cc.articles, client=client, partition_size=2, **o)  # noqa: E731
    else:
        ref = incident_mentions(cc.sentences, keep)
        ref = ref[ref["doc_id"] != "art002"].reset_index(drop=True)
        monkeypatch.setattr(analysis.events, "incident_mentions", _raising(
            analysis.events, "incident_mentions", "art002", lambda s, *rest: s["doc_id"].iloc[0] if len(s) else None))
        run = lambda **o: incidents(cc.sentences, cc.articles, client=client, partition_size=2, **o)  # noqa: E731
    failures: list[dict] = []
    got = run(failures=failures)
    assert len(ref) and "art002" not in set(got["doc_id"])
    _same(ref, got)
    assert [(f["doc_id"], f["file"], f["step"], f["error"], f["message"]) for f in failures] == [
        ("art002", "002_3ec81bfbdf16c074.txt", step, "ValueError", "step broke on purpose")]
    assert list(failures[0]) == pipeline.FAILURE_COLUMNS
    with pytest.raises(ArticleError, match=r"doc_id 'art002' \(file 002_3ec81bfbdf16c074.txt\).*step broke on purpose"):
        run()


def _reuse_corpus(n: int = 36) -> pd.DataFrame:
    """Articles built from a few paragraphs: copies, rewordings, same-event and unrelated texts, some dated."""
    paras = [P1, P2, P3, P1_REWORDED, P2_REWORDED, SAME_EVENT_OTHER, UNRELATED, UNRELATED_2]
    rows = []
    for k in range(n):
        pick = [paras[(k * 3 + j * (k % 5 + 1)) % len(paras)] for j in range(3)]
        rows.append({"doc_id": f"d{k:03d}", "text": "\n\n".join(pick) + f"\n\nStory number {k} ends here.",
                     "published": f"2021-07-{k % 28 + 1:02d}" if k % 4 else "", "label": f"outlet{k % 6}"})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("all_pairs", [True, False])
def test_find_reuse_on_dask_equals_in_process(client, all_pairs):
    arts = _reuse_corpus()
    ref_pairs, ref_al = find_reuse_detailed(arts, all_pairs=all_pairs, max_df=40)
    pairs, al = find_reuse(arts, client=client, all_pairs=all_pairs, max_df=40, block_size=7, buckets=3)
    assert len(ref_pairs) > 60 and len(ref_al) > 50 and "derived" in set(ref_pairs["relation"])
    _same(ref_pairs, pairs, ["a", "b"])
    _same(ref_al, al, ["a", "b", "a_start", "b_start"])


def test_find_reuse_on_dask_files_grow_with_blocks_not_their_square(client, tmp_path):
    # every stage writes one file per block (or per bucket), with row groups inside: no blocks x blocks files
    arts = _reuse_corpus()
    folder = find_reuse(arts, client=client, max_df=40, block_size=7, buckets=3, out=tmp_path / "run",
                        collect_tables=False)
    count = {t: len(list((folder / t).glob("*.parquet"))) for t in ("grams", "triples", "paircounts", "cands",
                                                                      "partners", "pairs")}
    assert count == {"grams": 6, "triples": 6, "paircounts": 3, "cands": 6, "partners": 5, "pairs": 6}
    assert not list(folder.rglob("*/*/*.parquet"))  # no sub-folders of partitions
    # the last block's pairs need no later block; each other block is asked for its articles by earlier ones
    groups = [pq.ParquetFile(p).num_row_groups for p in sorted((folder / "partners").glob("*.parquet"))]
    assert groups == [1, 2, 3, 4, 5]


def test_find_reuse_on_dask_bundled_corpus(client):
    arts = pipeline.cleaned_corpus(paths.RAW).articles
    ref_pairs, ref_al = find_reuse_detailed(arts)
    pairs, al = find_reuse(arts, client=client, block_size=2)
    _same(ref_pairs, pairs)
    _same(ref_al, al)


# --- dead workers: a process cluster whose task kills its own worker ------------------------------------

def _die_once(marker: str) -> str:
    """Kill the worker process the first time (no marker yet), succeed the second time."""
    if not os.path.exists(marker):
        Path(marker).write_text("died once")
        os._exit(1)
    return "done"


def _die_always(marker: str) -> str:
    """Kill the worker process every time."""
    os._exit(1)


@pytest.fixture()
def by_value():
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # worker processes need not import this file
    yield
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def test_a_worker_that_dies_is_replaced_and_the_task_rerun(tmp_path, by_value):
    with connect(1, processes=True) as c:
        out = scale_cluster.run(c, _die_once, [str(tmp_path / "marker")], ["die-once-00007"], desc="test")
    assert out == ["done"] and (tmp_path / "marker").exists()


def test_a_task_that_keeps_killing_workers_fails_naming_its_partition(tmp_path, by_value):
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), connect(1, processes=True) as c:
        with pytest.raises(PartitionError, match="partition die-always-00003"):
            scale_cluster.run(c, _die_always, [str(tmp_path / "m")], ["die-always-00003"], desc="test")
