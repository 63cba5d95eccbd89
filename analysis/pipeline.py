"""The cleaned corpus in one call: load, validate, clean, segment; and write the processed tables."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths
from .text.clean import clean_text
from .text.corpus import load_corpus
from .text.segment import paragraph_rows, sentence_rows

ARTICLE_COLUMNS = ["doc_id", "file", "outlet", "label", "title", "title_in_text", "standfirst", "published",
                   "published_source", "date_stamp", "updated", "dateline", "byline", "language", "encoding",
                   "encoding_note", "n_raw_chars", "n_chars", "n_removed_chars", "n_paragraphs", "n_sentences",
                   "n_references", "notes", "text"]
REMOVED_COLUMNS = ["doc_id", "start", "end", "rule", "text", "replacement"]
REFERENCE_COLUMNS = ["doc_id", "ref_id", "author", "title", "outlet", "date", "date_raw", "continuation"]
TABLES = ("articles", "paragraphs", "sentences", "removed", "references", "rejects")


@dataclass
class CleanedCorpus:
    """Every table of the cleaned corpus; offsets in paragraphs/sentences point into ``articles.text``."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    references: pd.DataFrame
    rejects: pd.DataFrame
    raw: pd.DataFrame  # doc_id, raw (the text as read, before cleaning)

    def text(self, doc_id: str) -> str:
        """The cleaned body of one article."""
        return self.articles.set_index("doc_id").at[doc_id, "text"]


def outlet_label(outlet: str, doc_id: str) -> str:
    """A display label: the outlet, or 'unknown (<doc_id>)' so two unknown outlets stay apart.

    >>> outlet_label("unknown", "art000"), outlet_label("The National (UAE)", "art002")
    ('unknown (art000)', 'The National (UAE)')
    """
    return f"unknown ({doc_id})" if not outlet or outlet.lower().startswith("unknown") else outlet


def process_article(row: dict) -> dict[str, list[dict]]:
    """Clean and segment one loaded article (a row of ``load_corpus``): rows for each per-article table.

    The unit of work that the in-process path and the partitioned (Dask) path both map over articles.

    >>> loaded, _ = load_corpus("data/raw"); out = process_article(loaded.iloc[2].to_dict())
    >>> sorted(out), out["articles"][0]["doc_id"]
    (['articles', 'paragraphs', 'references', 'removed', 'sentences'], 'art002')
    """
    doc_id, raw = row["doc_id"], row["raw"]
    cleaned = clean_text(raw, row["title"])
    p = [{"doc_id": doc_id, **r} for r in paragraph_rows(cleaned.body)]
    s = [{"doc_id": doc_id, **r} for r in sentence_rows(cleaned.body)]
    removed = [{"doc_id": doc_id, "start": e.start, "end": e.end, "rule": e.rule,
                "text": raw[e.start:e.end], "replacement": e.replacement} for e in cleaned.edits]
    refs = [{"doc_id": doc_id, "ref_id": i, **ref} for i, ref in enumerate(cleaned.references)]
    meta = cleaned.meta
    article = {**{k: v for k, v in row.items() if k != "raw"}, "label": outlet_label(row["outlet"], doc_id),
               "title": row["title"] or meta["title"], "title_in_text": meta["title"],
               "standfirst": meta["standfirst"], "date_stamp": meta["date_stamp"], "updated": meta["updated"],
               "dateline": meta["dateline"], "byline": meta["byline"], "n_raw_chars": len(raw),
               "n_chars": len(cleaned.body), "n_removed_chars": sum(e.end - e.start for e in cleaned.edits),
               "n_paragraphs": len(p), "n_sentences": len(s), "n_references": len(cleaned.references),
               "text": cleaned.body}
    return {"articles": [article], "paragraphs": p, "sentences": s, "removed": removed, "references": refs}


def cleaned_corpus(corpus_dir: str | Path = "data/raw") -> CleanedCorpus:
    """Load and clean a corpus folder (articles + manifest.csv) into tidy tables.

    >>> cc = cleaned_corpus("data/raw"); sorted(cc.articles.doc_id)[:2], len(cc.rejects)
    (['art000', 'art001'], 0)
    """
    loaded, rejects = load_corpus(corpus_dir)
    rows: dict[str, list[dict]] = {name: [] for name in ("articles", "paragraphs", "sentences", "removed", "references")}
    for row in loaded.to_dict("records"):
        for name, part in process_article(row).items():
            rows[name].extend(part)
    return CleanedCorpus(
        articles=pd.DataFrame(rows["articles"], columns=ARTICLE_COLUMNS),
        paragraphs=pd.DataFrame(rows["paragraphs"], columns=["doc_id", "para_id", "start", "end", "text"]),
        sentences=pd.DataFrame(rows["sentences"], columns=["doc_id", "para_id", "sent_id", "start", "end", "text"]),
        removed=pd.DataFrame(rows["removed"], columns=REMOVED_COLUMNS),
        references=pd.DataFrame(rows["references"], columns=REFERENCE_COLUMNS),
        rejects=rejects,
        raw=loaded[["doc_id", "raw"]].copy(),
    )


def write_processed(corpus: CleanedCorpus, output_dir: str | Path = "data/processed") -> dict[str, Path]:
    """Write articles/paragraphs/sentences/removed/references/rejects CSVs; return their paths.

    >>> import tempfile; sorted(write_processed(cleaned_corpus(), tempfile.mkdtemp()))[:2]
    ['articles', 'paragraphs']
    """
    out = paths.resolve(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in TABLES:
        path = out / f"{name}.csv"
        getattr(corpus, name).to_csv(path, index=False, lineterminator="\n")
        written[name] = path
    return written


def check_dates(articles: pd.DataFrame) -> pd.DataFrame:
    """Compare each manifest date with the date stamps found in the text (read both as m/d and d/m).

    >>> check_dates(cleaned_corpus().articles).set_index("doc_id").at["art003", "agrees_as"]
    'day/month'
    """
    from dateutil import parser

    rows = []
    for a in articles.itertuples():
        stamp = a.date_stamp or a.updated
        readings = {}
        for label, dayfirst in (("month/day", False), ("day/month", True)):
            try:
                readings[label] = parser.parse(stamp, dayfirst=dayfirst, fuzzy=True).date().isoformat() if stamp else ""
            except (ValueError, OverflowError):
                readings[label] = ""
        agrees = [k for k, v in readings.items() if v and v == a.published]
        rows.append({"doc_id": a.doc_id, "published": a.published, "published_source": a.published_source,
                     "stamp_in_text": stamp, "read_month_first": readings["month/day"],
                     "read_day_first": readings["day/month"],
                     "agrees_as": ("either" if len(agrees) == 2 else agrees[0] if agrees else
                                   ("no stamp" if not stamp else "DISAGREES"))})
    return pd.DataFrame(rows)
