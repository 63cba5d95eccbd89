"""The cleaned corpus in one call: load, validate, clean, segment; and write the processed tables.

No single article can stop a run. A folder-level problem is one ``CorpusError`` (or, with
``folder_errors="record"``, an empty corpus whose rejects say why); a file that cannot be loaded is a
row of ``rejects``; an article that fails in a processing step is a row of ``failures`` (doc_id,
file, step, error type, message, where) and the rest of the corpus goes on. ``per_article`` is the
same guard for any per-article loop (quotes, dates, incidents).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pandas as pd

from . import paths
from .frames import records
from .runtime import no_gc
from .progress import progress as progress_bar
from .text.checks import CorpusError, require_frame, require_mapping, require_text
from .text.clean import Edit, clean_text
from .text.corpus import REJECT_COLUMNS, WARNING_SEP, load_corpus, status_table
from .text.dates import read_stamp
from .text.segment import is_dense, paragraph_rows, sentence_rows_of

T = TypeVar("T")

ARTICLE_COLUMNS = ["doc_id", "file", "outlet", "label", "title", "title_in_text", "standfirst", "published",
                   "published_source", "date_stamp", "updated", "dateline", "byline", "language",
                   "language_detected", "english", "encoding", "encoding_note", "n_raw_chars", "n_chars",
                   "n_removed_chars", "n_paragraphs", "n_sentences", "n_references", "notes", "warnings", "text"]
PARAGRAPH_COLUMNS = ["doc_id", "para_id", "start", "end", "text"]
SENTENCE_COLUMNS = ["doc_id", "para_id", "sent_id", "start", "end", "text"]
REMOVED_COLUMNS = ["doc_id", "start", "end", "rule", "text", "replacement"]
REFERENCE_COLUMNS = ["doc_id", "ref_id", "author", "title", "outlet", "date", "date_raw", "continuation"]
FAILURE_COLUMNS = ["doc_id", "file", "step", "error", "message", "where"]
TABLES = ("articles", "paragraphs", "sentences", "removed", "references", "rejects", "failures")
_COLUMNS = {"articles": ARTICLE_COLUMNS, "paragraphs": PARAGRAPH_COLUMNS, "sentences": SENTENCE_COLUMNS,
            "removed": REMOVED_COLUMNS, "references": REFERENCE_COLUMNS, "failures": FAILURE_COLUMNS}


def _frame(name: str, rows: list[dict] | None = None) -> pd.DataFrame:
    """A table with its declared columns (also when there are no rows)."""
    frame = pd.DataFrame(rows or [], columns=_COLUMNS[name])
    return frame.astype({"english": bool}) if name == "articles" else frame


@dataclass
class CleanedCorpus:
    """Every table of the cleaned corpus; offsets in paragraphs/sentences point into ``articles.text``.

    ``problem`` holds the folder-level error when the corpus could not be read at all (then every
    table is empty and ``rejects`` has one row saying why).
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    references: pd.DataFrame
    rejects: pd.DataFrame
    raw: pd.DataFrame  # doc_id, raw (the text as read, before cleaning)
    failures: pd.DataFrame = field(default_factory=lambda: _frame("failures"))
    problem: str = ""

    def text(self, doc_id: str) -> str:
        """The cleaned body of one article.

        >>> cleaned_corpus("data/raw").text("art002")[:24]
        'At least two people sust'
        """
        return self.articles.set_index("doc_id").at[doc_id, "text"]

    def accounting(self) -> pd.DataFrame:
        """Every manifest row and file with its fate: loaded, warned, rejected, or failed (in a processing step).

        >>> cleaned_corpus("data/raw").accounting().status.unique().tolist()
        ['loaded']
        """
        status = status_table(self.articles, self.rejects)
        failed = self.failures.groupby(["doc_id", "file"], as_index=False).agg(
            reason=("message", lambda m: WARNING_SEP.join(m)), check=("step", lambda s: ",".join(s)))
        failed = failed.assign(status="failed")[status.columns] if len(failed) else failed
        frames = [f for f in (status, failed) if len(f)]
        return (pd.concat(frames, ignore_index=True).sort_values(["file", "doc_id"], ignore_index=True)
                if frames else status)

    @classmethod
    def empty(cls, problem: str = "", rejects: pd.DataFrame | None = None) -> "CleanedCorpus":
        """A corpus with no articles (e.g. when the folder could not be read; ``problem`` says why).

        >>> CleanedCorpus.empty("no manifest").articles.columns[:2].tolist()
        ['doc_id', 'file']
        """
        return cls(_frame("articles"), _frame("paragraphs"), _frame("sentences"), _frame("removed"),
                   _frame("references"), rejects if rejects is not None else pd.DataFrame(columns=REJECT_COLUMNS),
                   pd.DataFrame(columns=["doc_id", "raw"]), _frame("failures"), problem)


def outlet_label(outlet: str, doc_id: str) -> str:
    """A display label: the outlet, or 'unknown (<doc_id>)' so two unknown outlets stay apart.

    >>> outlet_label("unknown", "art000"), outlet_label("The National (UAE)", "art002")
    ('unknown (art000)', 'The National (UAE)')
    """
    return f"unknown ({doc_id})" if not outlet or outlet.lower().startswith("unknown") else outlet


def failure_row(item: Mapping | object, step: str, err: BaseException) -> dict:
    """A failures-table row for an exception raised while processing one article.

    >>> failure_row({"doc_id": "a", "file": "a.txt"}, "clean", ValueError("boom"))["message"]
    'boom'
    """
    get = item.get if isinstance(item, Mapping) else (lambda k, d="": getattr(item, k, d))
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "/analysis/" in f.filename.replace("\\", "/")]
    where = ""
    if frames:
        f = frames[-1]
        where = f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno}"
    return {"doc_id": str(get("doc_id", "")), "file": str(get("file", "")), "step": step,
            "error": type(err).__name__, "message": str(err)[:500] or type(err).__name__, "where": where}


def per_article(step: str, func: Callable[[Mapping], T], items: Iterable[Mapping] | pd.DataFrame,
                progress: bool | None = False) -> tuple[list[T], list[dict]]:
    """Apply ``func`` to each article (a mapping with ``doc_id``, and ``file`` when known; or the rows of a
    DataFrame); an exception becomes a failure row (see FAILURE_COLUMNS) and the loop goes on.

    >>> results, failures = per_article("length", lambda a: len(a["text"]),
    ...                                 [{"doc_id": "a", "text": "abc"}, {"doc_id": "b", "text": None}])
    >>> results, [(f["doc_id"], f["step"], f["error"]) for f in failures]
    ([3], [('b', 'length', 'TypeError')])
    """
    if isinstance(items, pd.DataFrame):
        items = records(items)
    results: list[T] = []
    failures: list[dict] = []
    for item in progress_bar(items, enabled=progress, desc=step, unit="article"):
        try:
            results.append(func(item))
        except Exception as err:  # noqa: BLE001 - any per-article error is recorded, never fatal
            failures.append(failure_row(item, step, err))
    return results, failures


def _article_row(row: Mapping, cleaned, n_paragraphs: int, n_sentences: int, warnings: list[str]) -> dict:
    """The articles-table row of one cleaned article."""
    meta, raw, doc_id = cleaned.meta, row["raw"], row["doc_id"]
    out = dict(row)  # the row's keys in its order (a key given again below keeps its place), less "raw"
    del out["raw"]
    out.update({"label": outlet_label(row["outlet"], doc_id),
            "title": row["title"] or meta["title"], "title_in_text": meta["title"],
            "standfirst": meta["standfirst"], "date_stamp": meta["date_stamp"], "updated": meta["updated"],
            "dateline": meta["dateline"], "byline": meta["byline"], "n_raw_chars": len(raw),
            "n_chars": len(cleaned.body), "n_removed_chars": sum(e.end - e.start for e in cleaned.edits),
            "n_paragraphs": n_paragraphs, "n_sentences": n_sentences, "n_references": len(cleaned.references),
            "warnings": WARNING_SEP.join(filter(None, [row.get("warnings", ""), *warnings])), "text": cleaned.body})
    return out


def _clean_warnings(body: str, dense: bool | None = None) -> list[str]:
    """Warnings that only cleaning can tell: an empty body, text too dense for the sentence splitter.

    ``dense``: ``is_dense(body)`` when the caller has it already.

    >>> _clean_warnings(""), _clean_warnings("a. " * 100, dense=True)[0][:17]
    (['empty_body: every line of the article was taken as furniture (see removed.csv)'], 'dense_punctuation')
    """
    out = []
    if not body.strip():
        out.append("empty_body: every line of the article was taken as furniture (see removed.csv)")
    elif (is_dense(body) if dense is None else dense):
        out.append("dense_punctuation: too many full stops for Punkt, sentences split by the fast splitter")
    return out


def _rebuilds(raw: str, body: str, edits: list[Edit]) -> bool:
    """True when body + the audited spans give back the raw text exactly (``rebuild_raw`` on the edits)."""
    out, raw_pos, body_pos = [], 0, 0
    for e in sorted(edits):
        gap = e.start - raw_pos
        out.append(body[body_pos:body_pos + gap])
        body_pos += gap + len(e.replacement)
        out.append(raw[e.start:e.end])
        raw_pos = e.end
    out.append(body[body_pos:])
    return "".join(out) == raw


def process_article(row: Mapping) -> dict[str, list[dict]]:
    """Clean and segment one loaded article (a row of ``load_corpus``): rows for each per-article table.

    The unit of work that the in-process path and the partitioned (Dask) path both map over articles.
    It never raises for the article's content: a step that fails (``clean``, ``segment``, ``audit`` =
    raw text not rebuilt from body + audit) gives a ``failures`` row and no other rows.

    >>> loaded, _ = load_corpus("data/raw"); out = process_article(loaded.iloc[2].to_dict())
    >>> sorted(out), out["articles"][0]["doc_id"], out["failures"]
    (['articles', 'failures', 'paragraphs', 'references', 'removed', 'sentences'], 'art002', [])
    """
    row = require_mapping(row, "row", ["doc_id", "raw"])
    step = "clean"
    try:
        doc_id, raw = row["doc_id"], require_text(row["raw"], "row['raw']")
        cleaned = clean_text(raw, row.get("title") or "")
        step = "segment"
        paras = paragraph_rows(cleaned.body)
        p = [{"doc_id": doc_id, **r} for r in paras]
        dense = is_dense(cleaned.body)  # one test for the splitter and the warning
        s = [{"doc_id": doc_id, **r} for r in sentence_rows_of(cleaned.body, paras, dense)]
        step = "audit"
        removed = [{"doc_id": doc_id, "start": e.start, "end": e.end, "rule": e.rule,
                    "text": raw[e.start:e.end], "replacement": e.replacement} for e in cleaned.edits]
        if not _rebuilds(raw, cleaned.body, cleaned.edits):
            raise AssertionError("the raw text is not rebuilt from body + audit (a cleaning bug: please report it)")
    except Exception as err:  # noqa: BLE001 - one article's failure is recorded, never fatal
        empty = {name: [] for name in ("articles", "paragraphs", "sentences", "removed", "references")}
        return {**empty, "failures": [failure_row(row, step, err)]}
    refs = [{"doc_id": doc_id, "ref_id": i, **ref} for i, ref in enumerate(cleaned.references)]
    article = _article_row(row, cleaned, len(p), len(s), _clean_warnings(cleaned.body, dense))
    return {"articles": [article], "paragraphs": p, "sentences": s, "removed": removed, "references": refs,
            "failures": []}


def _folder_problem(corpus_dir: object, err: CorpusError) -> CleanedCorpus:
    """An empty corpus whose one reject row says why the folder could not be read."""
    name = Path(str(corpus_dir or "")).name or str(corpus_dir)
    problem = str(err)
    if isinstance(corpus_dir, (str, os.PathLike)) and str(corpus_dir).strip() and Path(corpus_dir).is_absolute():
        problem = problem.replace(paths.as_given(corpus_dir), paths.display(corpus_dir))  # shown in notebook outputs
    rejects = pd.DataFrame([{"file": name, "doc_id": "", "line": None, "check": "folder", "reason": problem}],
                           columns=REJECT_COLUMNS).astype({"line": "Int64"})
    return CleanedCorpus.empty(problem, rejects)


def cleaned_corpus(corpus_dir: str | Path = "data/raw", *, folder_errors: str = "raise",
                   progress: bool | None = None, client=None) -> CleanedCorpus:
    """Load and clean a corpus folder (articles + manifest.csv) into tidy tables; no article stops the run.

    ``folder_errors="raise"`` raises CorpusError for a folder that cannot be read at all (no folder,
    no manifest ...); ``"record"`` returns an empty corpus whose ``problem`` and ``rejects`` say why
    (what a notebook wants: it runs to the end and reports). ``progress``: a bar on a terminal.
    ``client``: a Dask client (``analysis.scale.open_client``); the same tables, computed as partitions
    on its cluster by ``analysis.scale.cleaned_corpus``.

    >>> cc = cleaned_corpus("data/raw"); sorted(cc.articles.doc_id)[:2], len(cc.rejects), len(cc.failures)
    (['art000', 'art001'], 0, 0)
    >>> cleaned_corpus("no/such/folder", folder_errors="record").problem[:23]
    'corpus folder not found'
    """
    if folder_errors not in ("raise", "record"):
        raise ValueError(f"folder_errors must be 'raise' or 'record', got {folder_errors!r}")
    if client is not None:
        from .scale.corpus import cleaned_corpus as on_cluster  # analysis.scale imports this module

        return on_cluster(corpus_dir, client=client, folder_errors=folder_errors, progress=progress)
    try:
        loaded, rejects = load_corpus(corpus_dir)
    except CorpusError as err:
        if folder_errors == "raise":
            raise
        return _folder_problem(corpus_dir, err)
    rows: dict[str, list[dict]] = {name: [] for name in _COLUMNS}
    with no_gc():  # many small row dicts and no cycles
        for row in progress_bar(records(loaded), enabled=progress, desc="cleaning", unit="article"):
            for name, part in process_article(row).items():
                rows[name].extend(part)
    articles = add_date_warnings(_frame("articles", rows["articles"]))
    kept = set(articles["doc_id"])
    return CleanedCorpus(
        articles=articles, paragraphs=_frame("paragraphs", rows["paragraphs"]),
        sentences=_frame("sentences", rows["sentences"]), removed=_frame("removed", rows["removed"]),
        references=_frame("references", rows["references"]), rejects=rejects,
        raw=loaded.loc[loaded["doc_id"].isin(kept), ["doc_id", "raw"]].reset_index(drop=True),
        failures=_frame("failures", rows["failures"]))


def write_processed(corpus: CleanedCorpus, output_dir: str | Path = "data/processed") -> dict[str, Path]:
    """Write every table (articles ... rejects, failures) as CSV, also when empty; return their paths.

    >>> import tempfile; sorted(write_processed(cleaned_corpus(), tempfile.mkdtemp()))[:2]
    ['articles', 'failures']
    """
    if not isinstance(corpus, CleanedCorpus):
        raise TypeError(f"corpus must be a CleanedCorpus, got {type(corpus).__name__}")
    out = paths.resolve(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in TABLES:
        path = out / f"{name}.csv"
        getattr(corpus, name).to_csv(path, index=False, lineterminator="\n")
        written[name] = path
    return written


def english_only(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split articles into (English, skipped) for the English-only extractors; skipped says why.

    >>> kept, skipped = english_only(cleaned_corpus().articles); len(kept), len(skipped)
    (5, 0)
    """
    articles = require_frame(articles, "articles", ["doc_id", "english"])
    english = articles["english"].astype(bool)
    skipped = articles.loc[~english, [c for c in ("doc_id", "file", "language", "language_detected")
                                      if c in articles.columns]].copy()
    skipped["reason"] = [f"not English ({a.get('language_detected') or a.get('language') or '?'})"
                         for a in articles.loc[~english].to_dict("records")]
    return articles[english].reset_index(drop=True), skipped.reset_index(drop=True)


DATE_CHECK_COLUMNS = ["doc_id", "published", "published_source", "stamp_in_text", "read_month_first",
                      "read_day_first", "agrees_as", "problem"]


def _date_check(a: Mapping) -> dict:
    """The date check of one article (see check_dates)."""
    stamp = a.get("date_stamp") or a.get("updated") or ""
    (month_first, p1), (day_first, p2) = (read_stamp(stamp, dayfirst=False) if stamp else ("", "")), (
        read_stamp(stamp, dayfirst=True) if stamp else ("", ""))
    agrees = [label for label, value in (("month/day", month_first), ("day/month", day_first))
              if value and value == a["published"]]
    if not stamp:
        verdict, problem = "no stamp", ""
    elif not (month_first or day_first):
        verdict, problem = "unreadable stamp", f"stamp {stamp!r}: {p1 or p2}"
    elif len(agrees) == 2:
        verdict, problem = "either", ""
    elif agrees:
        verdict, problem = agrees[0], ""
    elif not a["published"]:
        verdict, problem = "no manifest date", ""
    else:
        readings = " or ".join(dict.fromkeys(v for v in (month_first, day_first) if v))
        verdict, problem = "DISAGREES", f"manifest date {a['published']} but the stamp {stamp!r} reads {readings}"
    return {"doc_id": a["doc_id"], "published": a["published"], "published_source": a["published_source"],
            "stamp_in_text": stamp, "read_month_first": month_first, "read_day_first": day_first,
            "agrees_as": verdict, "problem": problem}


def check_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Compare each manifest date with the date stamp found in the text (read both month- and day-first).

    ``agrees_as``: ``either``, ``month/day``, ``day/month``, ``no stamp``, ``no manifest date``,
    ``unreadable stamp`` (e.g. an impossible year: never re-read with a guessed one) or ``DISAGREES``;
    ``problem`` says what is wrong. A report, not an assertion: the run goes on.

    >>> check_dates(cleaned_corpus().articles).set_index("doc_id").at["art003", "agrees_as"]
    'day/month'
    """
    return pd.DataFrame(_date_check_rows(articles), columns=DATE_CHECK_COLUMNS)


def _date_check_rows(articles: pd.DataFrame) -> list[dict]:
    """The rows of ``check_dates`` (dicts, in the articles' order), without the table.

    >>> [r["agrees_as"] for r in _date_check_rows(cleaned_corpus().articles)][3]
    'day/month'
    """
    articles = require_frame(articles, "articles", ["doc_id", "published", "published_source"])
    used = [c for c in ("doc_id", "published", "published_source", "date_stamp", "updated") if c in articles.columns]
    return [_date_check(a) for a in records(articles[used])]


def add_date_warnings(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles with a warning for a manifest date the stamp contradicts, or a stamp that cannot be a date.

    >>> bool(add_date_warnings(cleaned_corpus().articles)["warnings"].eq("").all())
    True
    """
    if articles.empty:
        return articles
    checks = _date_check_rows(articles)  # one row per article, in the articles' order (no table: two fields are read)
    code = {"DISAGREES": "date_mismatch", "unreadable stamp": "impossible_stamp"}
    hits = [(pos, f"{code[c['agrees_as']]}: {c['problem']}") for pos, c in enumerate(checks) if c["agrees_as"] in code]
    out = articles.copy()
    if hits:
        column = out.columns.get_loc("warnings")
        for pos, warning in hits:
            out.iat[pos, column] = WARNING_SEP.join(filter(None, [out.iat[pos, column], warning]))
    return out
