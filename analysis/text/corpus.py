"""Load and validate a corpus folder (``.txt`` / ``.html`` articles plus ``manifest.csv``).

Nothing is lost silently. Folder-level problems raise one ``CorpusError`` (``preflight``); every
manifest row and every entry of the folder tree ends up exactly once either in the articles table
(loaded, with a ``warnings`` column for the quiet problems) or in the rejects table, with a reason
that names the file and the problem (``validate_corpus`` lists them all without cleaning anything).

The parts: ``manifest`` (reading it strictly), ``folder`` (the tree, and where a path points),
``decoding`` (bytes to text), ``markup`` (HTML to text), ``article`` (one file), ``language``,
``dates`` (publication dates and stamps), ``checks`` (argument checks, ``CorpusError``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths
from ..frames import records
from ..runtime import no_gc
from .article import Article, Rejection, read_article
from .checks import CorpusError, require_folder_arg
from .dates import date_problem, parse_published
from .decoding import decode_bytes, html_charset, is_binary  # noqa: F401  (public here too)
from .folder import ARTICLE_SUFFIXES, MANIFEST, Entry, locate, scan_folder, show
from .language import language_verdict, language_verdicts
from .manifest import MANIFEST_COLUMNS, draft_manifest, read_manifest, write_manifest  # noqa: F401
from .markup import html_to_text  # noqa: F401  (public here too)

__all__ = ["CorpusError", "load_corpus", "preflight", "validate_corpus", "draft_manifest", "write_manifest",
           "read_manifest", "decode_bytes", "html_to_text", "is_binary", "parse_published", "ARTICLE_COLUMNS",
           "REJECT_COLUMNS", "STATUS_COLUMNS"]

PUBLISHED_SOURCES = {"text", "inferred", "manifest", "unknown"}
ARTICLE_COLUMNS = [*MANIFEST_COLUMNS, "encoding", "encoding_note", "language_detected", "english", "warnings", "raw"]
REJECT_COLUMNS = ["file", "doc_id", "line", "check", "reason"]
STATUS_COLUMNS = ["file", "doc_id", "status", "reason", "check"]
#: Separator between the warnings of one article.
WARNING_SEP = " | "

_UNLISTED = {
    "file": ("unlisted", "not listed in manifest.csv: add a row for it, or move it out of the corpus folder"),
    "symlink_file": ("unlisted", "not listed in manifest.csv ({detail})"),
    "folder_named_like_article": ("unlisted", "{detail}, not listed in manifest.csv (its files are listed separately)"),
    "hidden_file": ("hidden", "hidden file, not listed in manifest.csv: ignored"),
    "hidden_folder": ("hidden", "hidden folder: not searched"),
    "symlink_folder": ("symlink", "{detail}, not listed in manifest.csv"),
    "symlink_outside": ("symlink", "{detail}: not followed"),
    "broken_symlink": ("symlink", "{detail}, not listed in manifest.csv"),
    "symlink_loop": ("symlink", "{detail}, not listed in manifest.csv"),
    "special": ("not_a_file", "{detail}, not an article file: never read"),
    "unreadable_folder": ("permission", "{detail}: its files cannot be checked"),
}


def _today() -> dt.date:
    """Today's date (a function, so that tests can fix it)."""
    return dt.date.today()


def _root(folder: str | Path) -> Path:
    """The corpus folder as an absolute path; CorpusError when not given, missing, not a folder or empty."""
    arg = require_folder_arg(folder)
    given, path = paths.as_given(arg), paths.resolve(arg)  # messages name the folder as the user gave it
    if not path.exists():
        raise CorpusError(f"corpus folder not found: {given}; check the path (relative paths are "
                          "read from the project root)")
    if not path.is_dir():
        raise CorpusError(f"not a folder: {given}; give the folder that holds the articles and manifest.csv")
    try:
        empty = not any(path.iterdir())
    except PermissionError:
        raise CorpusError(f"corpus folder cannot be listed (permission denied): {given}") from None
    if empty:
        raise CorpusError(f"corpus folder is empty: {given}; put the article files and a "
                          "manifest.csv in it")
    return path.resolve()


def preflight(folder: str | Path) -> Path:
    """Check a corpus folder before any work starts; raise CorpusError with one clear message, else its path.

    Folder-level problems only (no folder, empty folder, no or unreadable manifest, a manifest with no
    readable row); problems of single rows and files become rejections when loading.

    >>> preflight("data/raw").name
    'raw'
    """
    root = _root(folder)
    read_manifest(root)
    return root


def _reject(rejects: list[dict], file: str, doc_id: str, line: int | None, check: str, reason: str) -> None:
    rejects.append({"file": file, "doc_id": doc_id, "line": line, "check": check, "reason": reason})


def _text_key(text: str) -> str:
    """Checksum of a text with its spacing and Unicode form normalised (for duplicate texts)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())  # = re.sub(r"\s+", " ", ...).strip()
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()


def _published(row: dict) -> tuple[str, str, list[str]]:
    """(published, published_source, warnings) of a manifest row; Rejection for an unusable date or source."""
    try:
        published = parse_published(row["published"])
    except ValueError as err:
        raise Rejection("date", str(err)) from None
    source, warnings = row["published_source"], []
    if source and source not in PUBLISHED_SOURCES:
        warnings.append(f"manifest_value: published_source {source!r} is not one of {sorted(PUBLISHED_SOURCES)}, "
                        "so where the date comes from is taken as unknown")
        source = "unknown"
    source = source or ("unknown" if not published else "manifest")  # a date whose origin is not said: not "text"
    if not published and source != "unknown":
        raise Rejection("date", f"published_source {source!r} but no published date")
    problem = date_problem(published, _today()) if published else ""
    if not problem:
        return published, source, warnings
    code = "future_date" if "future" in problem else "impossible_date"
    return "", "unknown", [*warnings, f"{code}: manifest date {published} {problem}, so it is treated as unknown"]


def _path_key(path: Path) -> str:
    """A resolved path as a dict key: equal exactly when the paths are (``Path`` equality), cheaper to hash.

    A new ``Path`` computes its hash through two caught AttributeErrors (about 4 µs); its string is needed
    anyway to open the file, and is cached on the object.

    >>> _path_key(Path("/x/a.txt")) == _path_key(Path("/x") / "a.txt")
    True
    """
    return os.path.normcase(os.fspath(path))  # case-insensitive on Windows, as Path equality is there


class _Loader:
    """Loads the rows of one manifest, remembering what was seen to flag duplicates.

    Two phases, so that the file reads can run elsewhere (``analysis.scale``): ``check`` (no file read:
    doc_id, where the file is, the same file twice, the date), ``read_row`` (module function: the file),
    then ``finish`` in manifest order (duplicate bytes or text of an earlier article).
    """

    def __init__(self, root: Path, manifest: pd.DataFrame) -> None:
        self.root = root
        ids = manifest["doc_id"]
        self.duplicate_ids = set(ids[ids.duplicated(keep=False) & ids.ne("")])
        self.targets: dict[str, tuple[str, int]] = {}  # by ``_path_key``: a str hashes faster than a new Path
        self.checksums: dict[str, str] = {}
        self.texts: dict[str, str] = {}

    def load(self, row: dict) -> dict:
        """One manifest row to an article row; Rejection with a check and reason otherwise."""
        return self.finish(read_row(row, self.check(row)))

    def check(self, row: dict) -> Checked:
        """The checks of a row that read no file; Rejection with a check and reason otherwise."""
        line, doc_id = row["manifest_row"], row["doc_id"]
        if not doc_id:
            raise Rejection("doc_id", f"manifest line {line}: empty doc_id")
        if doc_id in self.duplicate_ids:
            raise Rejection("doc_id", f"duplicate doc_id {doc_id!r} in manifest (line {line}); give each article its own id")
        path, check, reason = locate(self.root, row["file"], f"manifest line {line}")
        if path is None:
            raise Rejection(check, reason)
        key = _path_key(path)
        if key in self.targets:
            other, other_line = self.targets[key]
            raise Rejection("duplicate", f"the same file as doc_id {other!r} (manifest line {other_line}): "
                                         "one file is one article; remove one of the rows")
        self.targets[key] = (doc_id, line)
        return Checked(path, *_published(row))

    def finish(self, loaded: dict) -> dict:
        """A read row (``read_row``) with the duplicate warnings added; rows must come in manifest order."""
        out = dict(loaded)  # a copy in the same key order, without the two keys
        del out["checksum"], out["text_key"]
        dups = self.duplicates(out["doc_id"], loaded["checksum"], loaded["text_key"])
        out["warnings"] = WARNING_SEP.join(filter(None, [out["warnings"], *dups]))
        return out

    def duplicates(self, doc_id: str, checksum: str, text_key: str) -> list[str]:
        """Warnings for a file whose bytes, or whose text, an earlier article already has."""
        same_bytes = self.checksums.setdefault(checksum, doc_id)
        if same_bytes != doc_id:
            return [f"duplicate_file: identical bytes to doc_id {same_bytes!r}"]
        same_text = self.texts.setdefault(text_key, doc_id)
        if same_text != doc_id:
            return [f"duplicate_text: the same text as doc_id {same_text!r}"]
        return []


@dataclass(frozen=True)
class Checked:
    """What ``_Loader.check`` found for a row: the file, and the publication date with its warnings."""

    path: Path
    published: str
    source: str
    warnings: list[str]


def read_row(row: dict, checked: Checked) -> dict:
    """Read a checked manifest row's file: the article row (duplicates not yet known), ``checksum``, ``text_key``.

    >>> root = paths.RAW; row = read_manifest(root).rows.iloc[0].to_dict()
    >>> out = read_row(row, _Loader(root, read_manifest(root).rows).check(row)); out["doc_id"], out["english"]
    ('art000', True)
    """
    article = read_article(checked.path, row["language"], row["encoding"])
    return article_row(row, checked, article, language_verdict(article.text, row["language"]))


def article_row(row: dict, checked: Checked, article: Article, verdict: tuple[str, bool, str]) -> dict:
    """``read_row``'s output from the read article and its language verdict (``language_verdict``).

    >>> root = paths.RAW; row = read_manifest(root).rows.iloc[0].to_dict(); checked = _Loader(root, read_manifest(root).rows).check(row)
    >>> article_row(row, checked, read_article(checked.path), ("en", True, ""))["language_detected"]
    'en'
    """
    detected, english, said = verdict
    warnings = [*article.warnings, *checked.warnings, *([said] if said else [])]
    return {**{c: row[c] for c in MANIFEST_COLUMNS}, "published": checked.published, "published_source": checked.source,
            "encoding": article.encoding, "encoding_note": article.note, "language_detected": detected,
            "english": english, "warnings": WARNING_SEP.join(warnings), "raw": article.text,
            "checksum": article.checksum, "text_key": _text_key(article.text)}


def read_rows(todo: list[tuple[dict, Checked]], rejects: list[dict]) -> list[dict]:
    """``read_row`` of each checked row, the languages detected for all articles at once; refused rows go to ``rejects``.

    >>> plan = plan_corpus("data/raw"); [r["doc_id"] for r in read_rows(plan.todo, [])][:2]
    ['art000', 'art001']
    """
    read = []
    for row, checked in todo:
        try:
            read.append((row, checked, read_article(checked.path, row["language"], row["encoding"])))
        except Rejection as err:
            _reject(rejects, row["file"], row["doc_id"], row["manifest_row"], err.check, str(err))
    verdicts = language_verdicts([a.text for _, _, a in read], [r["language"] for r, _, _ in read])
    return [article_row(*one, verdict) for one, verdict in zip(read, verdicts)]


def _unlisted(entries: list[Entry], listed: set[str], loaded: dict[str, tuple[str, int]],
              rejects: list[dict]) -> None:
    """A rejection for every entry of the tree that no manifest row accounts for."""
    for e in entries:
        if e.rel in listed:
            continue
        check, template = _UNLISTED[e.kind]
        reason = template.format(detail=e.detail)
        if e.kind == "file" and Path(e.rel).suffix.lower() not in ARTICLE_SUFFIXES:
            reason = f"not an article file (type {Path(e.rel).suffix or 'none'!r}) and not listed in manifest.csv"
            check = "type"
        key = None if e.target is None else _path_key(e.target)
        if key in loaded:
            reason += f"; its text is loaded as doc_id {loaded[key][0]!r}"
        _reject(rejects, e.rel, "", None, check, reason)


def _listed_name(name: str) -> str:
    """A manifest path in the form the folder scan uses (posix, no './').

    >>> _listed_name("./sub//a.txt"), _listed_name("a.txt")
    ('sub/a.txt', 'a.txt')
    """
    name = name.replace("\\", "/")
    if "/" not in name:
        return name  # one plain name: Path would give it back unchanged
    return Path(name).as_posix()


@dataclass
class CorpusPlan:
    """A corpus folder checked without reading its articles: the rows to read, and what is already refused.

    ``bad_lines``: manifest lines that cannot be read as rows; ``rejects``: rows refused by the checks
    (manifest order); ``unlisted``: tree entries no row accounts for; ``todo``: (row, Checked) to read.
    """

    loader: _Loader
    todo: list[tuple[dict, Checked]]
    bad_lines: list[dict]
    rejects: list[dict]
    unlisted: list[dict]


def plan_corpus(folder: str | Path) -> CorpusPlan:
    """Check a corpus folder without reading the articles (CorpusError for a folder-level problem).

    >>> plan = plan_corpus("data/raw"); len(plan.todo), plan.bad_lines, plan.rejects, plan.unlisted
    (5, [], [], [])
    """
    root = _root(folder)
    manifest = read_manifest(root)
    rejects: list[dict] = []
    loader, todo = _Loader(root, manifest.rows), []
    rows = records(manifest.rows) if manifest.records is None else manifest.records
    for row in rows:
        try:
            todo.append((row, loader.check(row)))
        except Rejection as err:
            _reject(rejects, row["file"], row["doc_id"], row["manifest_row"], err.check, str(err))
    listed = {_listed_name(r["file"]) for r in [*rows, *manifest.bad_rows]}
    unlisted: list[dict] = []
    _unlisted(scan_folder(root), listed, loader.targets, unlisted)
    return CorpusPlan(loader, todo, [dict(r) for r in manifest.bad_rows], rejects, unlisted)


def corpus_tables(rows: list[dict], rejects: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The (articles, rejects) frames of ``load_corpus`` from its rows (sorted by doc_id, and by file, doc_id).

    >>> corpus_tables([], [])[0].columns[:2].tolist()
    ['doc_id', 'file']
    """
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS).astype({"english": bool})
    rejects_df = pd.DataFrame(rejects, columns=REJECT_COLUMNS).astype({"line": "Int64"})
    return (articles.sort_values("doc_id", ignore_index=True),
            rejects_df.sort_values(["file", "doc_id"], ignore_index=True))


def load_corpus(folder: str | Path = "data/raw") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus folder into (articles, rejects); raw text in ``raw``; rejects say why; never lose a file.

    >>> articles, rejects = load_corpus("data/raw"); len(articles), len(rejects)
    (5, 0)
    """
    with no_gc():  # many small objects per file and no cycles: collecting them costs time, frees nothing
        plan = plan_corpus(folder)
        rejects = plan.rejects
        rows = [plan.loader.finish(row) for row in read_rows(plan.todo, rejects)]  # in manifest order
    rejects.sort(key=lambda r: r["line"])  # the order of the manifest rows (check and read rejections)
    return corpus_tables(rows, plan.bad_lines + rejects + plan.unlisted)


def status_table(articles: pd.DataFrame, rejects: pd.DataFrame) -> pd.DataFrame:
    """One row per manifest row and per unlisted entry: loaded, warned (loaded with warnings) or rejected.

    >>> status_table(*load_corpus("data/raw")).status.tolist()
    ['loaded', 'loaded', 'loaded', 'loaded', 'loaded']
    """
    warned = articles["warnings"].fillna("").ne("")
    loaded = pd.DataFrame({"file": articles["file"], "doc_id": articles["doc_id"],
                           "status": warned.map({True: "warned", False: "loaded"}),
                           "reason": articles["warnings"].fillna(""), "check": ""})
    rejected = rejects.assign(status="rejected")[["file", "doc_id", "status", "reason", "check"]]
    frames = [f for f in (loaded, rejected) if len(f)]
    if not frames:
        return pd.DataFrame(columns=STATUS_COLUMNS)
    return pd.concat(frames, ignore_index=True).sort_values(["file", "doc_id"], ignore_index=True)[STATUS_COLUMNS]


def validate_corpus(folder: str | Path) -> pd.DataFrame:
    """Every manifest row and every file of a corpus folder tree with its fate and the reason, without cleaning.

    Columns: file, doc_id, status (``loaded``, ``warned`` = loaded with warnings, ``rejected``), reason, check.
    Folder-level problems raise CorpusError (see ``preflight``).

    >>> validate_corpus("data/raw").status.value_counts().to_dict()
    {'loaded': 5}
    """
    return status_table(*load_corpus(preflight(folder)))
