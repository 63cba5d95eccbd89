"""The manifest of a corpus folder (``manifest.csv``): read it strictly, draft one, write one.

What stops a corpus as a whole (a ``CorpusError`` naming the file, the line and what to fix): no
manifest, an unreadable, empty (0 bytes), binary or non-UTF-8 manifest, a header without the
``doc_id`` and ``file`` columns or with a column twice, a manifest that lists no article, a line the
CSV reader cannot parse, a manifest none of whose rows can be read. What rejects one row while the
rest loads: a row with more or fewer fields than the header (the row is reported with its line
number; its file is not loaded: a shifted row would put values in the wrong columns). Blank lines
are skipped.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

import pandas as pd

from .. import paths
from .checks import CorpusError, require_folder_arg
from .folder import ARTICLE_SUFFIXES, MANIFEST, scan_folder, show

MANIFEST_COLUMNS = ["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"]
#: Columns read when present: ``encoding`` declares an article file's encoding (e.g. ``cp1252``).
OPTIONAL_COLUMNS = ["encoding"]
REQUIRED_COLUMNS = ["doc_id", "file"]
HOW_TO_WRITE = ("write one with columns " + ", ".join(MANIFEST_COLUMNS)
                + " (analysis.text.manifest.draft_manifest(folder) drafts it)")


@dataclass
class Manifest:
    """The rows of a manifest (with their line numbers) and the lines refused as malformed."""

    path: Path
    rows: pd.DataFrame
    bad_rows: list[dict] = field(default_factory=list)  # file, doc_id, line, check, reason
    #: ``rows`` as the dicts it was built from (``frames.records(rows)``, without the round trip); None: not kept.
    records: list[dict] | None = field(default=None, repr=False, compare=False)


def _manifest_bytes(path: Path, where: str) -> bytes:
    """The manifest's bytes; CorpusError for a missing, unreadable, empty or binary manifest."""
    if not path.exists() and not path.is_symlink():
        raise CorpusError(f"{where}: no manifest.csv in the corpus folder; {HOW_TO_WRITE}")
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CorpusError(f"{where}: is a folder, not a file; {HOW_TO_WRITE}") from None
    except PermissionError:
        raise CorpusError(f"{where}: permission denied; make the manifest readable") from None
    except OSError as err:
        raise CorpusError(f"{where}: cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise CorpusError(f"{where}: is empty ({len(data)} bytes); {HOW_TO_WRITE}, one row per article")
    return data


def _manifest_text(data: bytes, where: str) -> str:
    """Decode a manifest: UTF-8 (a byte-order mark allowed) or UTF-16 with its mark; else CorpusError."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as err:
                raise CorpusError(f"{where}: starts with a {enc} byte-order mark but byte {err.start} is not "
                                  f"{enc}; re-save it as UTF-8") from None
    if b"\x00" in data:
        raise CorpusError(f"{where}: holds NUL bytes (binary, or UTF-16 without a byte-order mark); "
                          "save it as a UTF-8 CSV file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        shown = data[max(0, err.start - 12):err.start + 12].decode("cp1252", "replace")
        raise CorpusError(f"{where}, line {line}: byte {err.start} (0x{data[err.start]:02x}) is not UTF-8, "
                          f"near {shown!r} (is it saved as Latin-1 or Windows-1252?); re-save manifest.csv "
                          "as UTF-8 (in Excel: 'CSV UTF-8')") from None


def _records(text: str, where: str) -> list[tuple[int, list[str]]]:
    """CSV records with the line each starts on; CorpusError (naming the line) when the CSV is malformed."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records, prev = [], 0
    try:
        for fields in reader:
            records.append((prev + 1, fields))
            prev = reader.line_num
    except csv.Error as err:
        raise CorpusError(f"{where}, line {reader.line_num}: not valid CSV ({err}); check the quoting "
                          "of that line") from None
    return records


def _header(records: list[tuple[int, list[str]]], where: str) -> tuple[int, list[str]]:
    """The header record (first non-empty one), checked: names unique, required columns present."""
    first = next(((line, f) for line, f in records if any(x.strip() for x in f)), None)
    if first is None:
        raise CorpusError(f"{where}: holds no header line; {HOW_TO_WRITE}")
    line, names = first[0], [n.strip().lower() for n in first[1]]
    twice = sorted({n for n in names if n and names.count(n) > 1})
    if twice:
        raise CorpusError(f"{where}, line {line}: column(s) {twice} appear twice in the header; keep one of each")
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raw = ",".join(first[1])
        hint = ("; the header looks separated by ';' or tabs: use commas" if (";" in raw or "\t" in raw) else
                f"; the header has {names}")
        raise CorpusError(f"{where}, line {line}: missing required column(s) {missing}{hint}")
    return line, names


def _row_problem(fields: list[str], names: list[str]) -> str:
    """Why a data line cannot be read as a row ('' when it can): a field count that differs from the header."""
    n = len(names)
    if len(fields) > n:
        return (f"has {len(fields)} fields but the header has {n}: a value with a comma must be in double "
                "quotes; the row is not loaded")
    if len(fields) < n:
        return (f"has {len(fields)} fields but the header has {n} (a missing comma?): give every column, "
                "empty when unknown; the row is not loaded")
    return ""


def _row_maker(names: list[str]) -> Callable[[list[str]], dict]:
    """A function from a line's stripped fields (as many as ``names``) to its row: every known column, '' when absent.

    The same as ``{c: dict(zip(names, fields)).get(c, "") for c in columns}``, with the positions found once.

    >>> _row_maker(["file", "doc_id", "extra"])(["a.txt", "a", "x"])["doc_id"], _row_maker(["file", "doc_id"])(["a.txt", "a"])["title"]
    ('a', '')
    """
    columns = MANIFEST_COLUMNS + OPTIONAL_COLUMNS
    position = {name: i for i, name in enumerate(names)}  # the last of equal names, as dict(zip(...)) keeps
    pick = itemgetter(*[position.get(c, -1) for c in columns])  # -1: the '' appended to the fields

    def make(fields: list[str]) -> dict:
        return dict(zip(columns, pick([*fields, ""])))

    return make


def read_manifest(folder: str | Path) -> Manifest:
    """Read ``manifest.csv`` strictly: a Manifest of rows (strings, stripped) and refused lines.

    >>> m = read_manifest(paths.RAW); m.rows.columns[:3].tolist(), len(m.rows), m.bad_rows
    (['doc_id', 'file', 'outlet'], 5, [])
    """
    root = paths.resolve(require_folder_arg(folder))
    path = root / MANIFEST
    where = show(path, root)
    records = _records(_manifest_text(_manifest_bytes(path, where), where), where)
    header_line, names = _header(records, where)
    rows, bad, make_row = [], [], _row_maker(names)
    for line, fields in records:
        if line <= header_line:
            continue
        stripped = [f.strip() for f in fields]
        if not any(stripped):
            continue
        problem = _row_problem(fields, names)
        if problem:
            values = dict(zip(names, stripped))
            bad.append({"file": values.get("file", ""), "doc_id": values.get("doc_id", ""), "line": line,
                        "check": "manifest_row", "reason": f"manifest line {line} {problem}"})
            continue
        row = make_row(stripped)
        row["manifest_row"] = line
        rows.append(row)
    if not rows and not bad:
        raise CorpusError(f"{where}: lists no articles (a header and no rows); add one row per article "
                          "(analysis.text.manifest.draft_manifest(folder) drafts them)")
    if not rows:
        raise CorpusError(f"{where}: no row can be read; the first: {bad[0]['reason'].replace('; the row is not loaded', '')}")
    frame = pd.DataFrame(rows, columns=[*MANIFEST_COLUMNS, *OPTIONAL_COLUMNS, "manifest_row"])
    return Manifest(path, frame, bad, rows)


def draft_manifest(folder: str | Path) -> pd.DataFrame:
    """Draft a manifest for a folder of articles (its whole tree; doc_id from the file name, the rest unknown).

    >>> draft_manifest("data/raw").loc[0, ["doc_id", "published_source"]].tolist()
    ['000_affaa34e85474ccc', 'unknown']

    A folder that does not exist raises CorpusError naming it (never an empty draft).
    """
    root = paths.resolve(require_folder_arg(folder)).resolve()
    if not root.is_dir():
        what = "not a folder" if root.exists() else "corpus folder not found"
        raise CorpusError(f"{what}: {paths.as_given(folder)}; give the folder that holds the article files")
    files = [e.rel for e in scan_folder(root)
             if e.kind in ("file", "symlink_file") and Path(e.rel).suffix.lower() in ARTICLE_SUFFIXES]
    ids, seen = [], set()
    for rel in files:
        doc_id = Path(rel).stem
        if doc_id in seen:  # the same name in two subfolders: the path makes it unique
            doc_id = str(Path(rel).with_suffix("")).replace("/", "__")
        seen.add(doc_id)
        ids.append(doc_id)
    return pd.DataFrame({"doc_id": ids, "file": files, "outlet": "unknown", "title": "", "published": "",
                         "published_source": "unknown", "language": "en", "notes": ""})[MANIFEST_COLUMNS]


def write_manifest(manifest: pd.DataFrame, folder: str | Path) -> Path:
    """Write a manifest DataFrame to ``<folder>/manifest.csv`` (UTF-8, every field as text).

    >>> import tempfile; write_manifest(draft_manifest("data/raw"), tempfile.mkdtemp()).name
    'manifest.csv'
    """
    out = paths.resolve(require_folder_arg(folder)) / MANIFEST
    columns = MANIFEST_COLUMNS + [c for c in OPTIONAL_COLUMNS if c in manifest.columns]
    manifest[columns].to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return out
