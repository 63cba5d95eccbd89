"""Load and validate a corpus folder (``.txt`` / ``.html`` articles plus ``manifest.csv``).

Nothing is lost silently: every file in the folder and every manifest row ends up either in the
articles table or in the rejects table, with a reason that names the file and the problem.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from .. import paths

MANIFEST_COLUMNS = ["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"]
PUBLISHED_SOURCES = {"text", "inferred", "unknown"}
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
REJECT_COLUMNS = ["file", "doc_id", "reason"]


MOJIBAKE = re.compile("(?:\u00e2\u20ac[\u2122\u0153\u009d\u02dc\u201c\u201d\u00a6]|\u00c3[\u00a0-\u00bf])")


class CorpusError(ValueError):
    """A corpus folder that cannot be read at all (no manifest, missing columns)."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and a note when it was not plain UTF-8."""

    text: str
    encoding: str
    note: str


def is_binary(data: bytes) -> bool:
    """True when bytes look like binary data rather than text (NUL bytes or many control bytes).

    >>> is_binary(b"plain text"), is_binary(b"\\x00\\x01PNG")
    (False, True)
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


LATIN_LANGUAGES = frozenset("en fr de es it pt nl sv da no fi tr pl cs ro hu id ms ku".split())


def looks_latin(text: str) -> bool:
    """True when at least 90 % of the letters are Latin-script (for checking a guessed encoding).

    >>> looks_latin("Café au lait"), looks_latin("걤룓쓠뜌맃")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) / len(letters) >= 0.9


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes: UTF-8 (BOM allowed) first, then a declared HTML charset, then detection.

    >>> decode_bytes("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode_bytes("café".encode("cp1252")).note.startswith("not valid UTF-8")
    True
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Decoded(data.decode(enc), enc, f"{enc} byte-order mark: decoded as {enc}")
    try:
        text = data.decode("utf-8-sig")
        return Decoded(text, "utf-8", "byte-order mark dropped" if data.startswith(b"\xef\xbb\xbf") else "")
    except UnicodeDecodeError as err:
        first_error = f"not valid UTF-8 (byte {err.start})"
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        enc = declared.group(1).decode("ascii", "replace").lower()
        try:
            return Decoded(data.decode(enc), enc, f"{first_error}; decoded with declared charset {enc}")
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UnicodeError(f"{first_error}; no declared charset and detection failed")
    return Decoded(str(best), best.encoding, f"{first_error}; decoded with detected encoding {best.encoding}")


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "figcaption", "blockquote", "title"}
    HIDDEN = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Strip tags from an HTML page, keeping block structure as blank-line-separated paragraphs.

    >>> html_to_text("<html><head><title>T</title></head><body><p>One &amp; two</p><p>Three</p></body></html>")
    'One & two\\n\\nThree'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_published(value: str) -> str:
    """Validate a manifest date: ISO ``YYYY-MM-DD`` or empty; raise ValueError otherwise.

    >>> parse_published(" 2021-07-07 "), parse_published("")
    ('2021-07-07', '')
    """
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"unparseable published date {value!r} (expected YYYY-MM-DD or empty)") from None


def read_manifest(folder: Path) -> pd.DataFrame:
    """Read ``manifest.csv`` of a corpus folder as strings; raise CorpusError if absent or malformed.

    >>> read_manifest(paths.RAW).columns[:3].tolist()
    ['doc_id', 'file', 'outlet']
    """
    path = folder / "manifest.csv"
    if not path.is_file():
        raise CorpusError(f"{paths.display(folder)}: no manifest.csv; write one with columns "
                          f"{', '.join(MANIFEST_COLUMNS)} (analysis.corpus.draft_manifest drafts it)")
    manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in ("doc_id", "file") if c not in manifest.columns]
    if missing:
        raise CorpusError(f"{paths.display(path)}: missing required column(s) {missing}")
    for col in MANIFEST_COLUMNS:
        if col not in manifest.columns:
            manifest[col] = ""
    manifest["manifest_row"] = range(2, len(manifest) + 2)  # line number in the CSV, header = 1
    return manifest.map(lambda v: v.strip() if isinstance(v, str) else v)


def draft_manifest(folder: str | Path) -> pd.DataFrame:
    """Draft a manifest for a folder of articles (doc_id from the file name, everything else unknown).

    >>> draft_manifest("data/raw").loc[0, "published_source"]
    'unknown'
    """
    folder = paths.resolve(folder)
    files = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    return pd.DataFrame({"doc_id": [Path(f).stem for f in files], "file": files, "outlet": "unknown",
                         "title": "", "published": "", "published_source": "unknown", "language": "en",
                         "notes": ""})[MANIFEST_COLUMNS]


def _reject(rejects: list[dict], file: str, doc_id: str, reason: str) -> None:
    rejects.append({"file": file, "doc_id": doc_id, "reason": reason})


def _check_row(row: pd.Series, folder: Path) -> tuple[Path | None, str]:
    """Return the article path of a manifest row, or None and the reason it is refused."""
    name = row["file"]
    if not name:
        return None, f"manifest row {row['manifest_row']}: empty file name"
    target = (folder / name).resolve()
    if not target.is_relative_to(folder.resolve()):
        return None, f"path points outside the corpus folder: {name!r}"
    if not target.is_file():
        return None, f"manifest row {row['manifest_row']} names a file that does not exist"
    if target.suffix.lower() not in ARTICLE_SUFFIXES:
        return None, f"unsupported file type {target.suffix!r} (expected .txt or .html)"
    if not row["doc_id"]:
        return None, f"manifest row {row['manifest_row']}: empty doc_id"
    if row["published_source"] and row["published_source"] not in PUBLISHED_SOURCES:
        return None, f"published_source {row['published_source']!r} is not one of {sorted(PUBLISHED_SOURCES)}"
    return target, ""


def read_article(path: Path, language: str = "") -> tuple[str, str, str]:
    """Read one article file as text: (text, encoding, note); raise ValueError naming the problem.

    A guessed (not UTF-8, not declared) encoding is refused when it turns a Latin-script language
    into another script: that is a wrong guess, not a text.

    >>> read_article(paths.RAW / "003_1061284f8022c502.txt")[1]
    'utf-8'
    """
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if is_binary(data):
        raise ValueError("binary data, not text")
    try:
        decoded = decode_bytes(data)
    except UnicodeError as err:
        raise ValueError(f"undecodable bytes: {err}") from None
    text, note = decoded.text, decoded.note
    if "detected encoding" in note and language.lower()[:2] in LATIN_LANGUAGES and not looks_latin(text):
        raise ValueError(f"undecodable bytes: {note}, but the result is not {language!r} text")
    mojibake = len(MOJIBAKE.findall(text))
    if mojibake:
        note = "; ".join(filter(None, [note, f"possible mojibake: {mojibake} sequence(s) like 'â€™' (text kept as is)"]))
    if path.suffix.lower() in {".html", ".htm"}:
        text = html_to_text(text)
        note = "; ".join(filter(None, [note, "HTML tags stripped"]))
        if not text.strip():
            raise ValueError("HTML page with no visible text")
    return text, decoded.encoding, note


def load_corpus(folder: str | Path = "data/raw") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus folder into (articles, rejects); raw text in ``raw``; rejects say why.

    >>> articles, rejects = load_corpus("data/raw"); len(articles), len(rejects)
    (5, 0)
    """
    folder = paths.resolve(folder)
    if not folder.is_dir():
        raise CorpusError(f"corpus folder not found: {paths.display(folder)}")
    manifest = read_manifest(folder)
    rejects: list[dict] = []
    rows: list[dict] = []
    duplicated = manifest["doc_id"].duplicated(keep=False) & manifest["doc_id"].ne("")
    listed: set[str] = set()
    for _, row in manifest.iterrows():
        listed.add(row["file"])
        if duplicated[_]:
            _reject(rejects, row["file"], row["doc_id"], f"duplicate doc_id {row['doc_id']!r} in manifest")
            continue
        path, reason = _check_row(row, folder)
        if path is None:
            _reject(rejects, row["file"], row["doc_id"], reason)
            continue
        try:
            published = parse_published(row["published"])
            text, encoding, note = read_article(path, row["language"])
        except ValueError as err:
            _reject(rejects, row["file"], row["doc_id"], str(err))
            continue
        source = row["published_source"] or ("unknown" if not published else "text")
        if not published and source != "unknown":
            _reject(rejects, row["file"], row["doc_id"], f"published_source {source!r} but no published date")
            continue
        rows.append({**{c: row[c] for c in MANIFEST_COLUMNS}, "published": published,
                     "published_source": source, "encoding": encoding, "encoding_note": note, "raw": text})
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name in listed or p.name == "manifest.csv" or p.name.startswith("."):
            continue
        if p.suffix.lower() in ARTICLE_SUFFIXES:
            _reject(rejects, p.name, "", "file has no manifest row")
        else:
            _reject(rejects, p.name, "", f"not an article file (type {p.suffix or 'none'!r}) and no manifest row")
    articles = pd.DataFrame(rows, columns=[*MANIFEST_COLUMNS, "encoding", "encoding_note", "raw"])
    rejects_df = pd.DataFrame(rejects, columns=REJECT_COLUMNS)
    return articles.sort_values("doc_id", ignore_index=True), rejects_df.sort_values(
        ["file", "doc_id"], ignore_index=True)


def write_manifest(manifest: pd.DataFrame, folder: str | Path) -> Path:
    """Write a manifest DataFrame to ``<folder>/manifest.csv`` (UTF-8, all fields as text).

    >>> import tempfile; write_manifest(draft_manifest("data/raw"), tempfile.mkdtemp()).name
    'manifest.csv'
    """
    out = paths.resolve(folder) / "manifest.csv"
    manifest[MANIFEST_COLUMNS].to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return out


def preflight(folder: str | Path) -> Path:
    """Check a corpus folder before any work starts; raise CorpusError with one clear message, else its path.

    Folder-level problems only (no folder, no or unreadable manifest); per-file problems are rejections.

    >>> preflight("data/raw").name
    'raw'
    """
    if folder is None or not str(folder).strip():
        raise CorpusError("no corpus folder given: pass the folder that holds the articles and manifest.csv")
    path = paths.resolve(folder)
    if not path.is_dir():
        raise CorpusError(f"corpus folder not found: {paths.display(path)}")
    try:
        read_manifest(path)
    except CorpusError:
        raise
    except (ValueError, UnicodeError, OSError) as err:
        raise CorpusError(f"{paths.display(path / 'manifest.csv')}: cannot be read as CSV ({err})") from None
    return path


def validate_corpus(folder: str | Path) -> pd.DataFrame:
    """Every file of a corpus folder with its fate (loaded or rejected) and the reason, without cleaning.

    >>> validate_corpus("data/raw").status.value_counts().to_dict()
    {'loaded': 5}
    """
    articles, rejects = load_corpus(preflight(folder))
    loaded = articles.assign(status="loaded", reason="")[["file", "doc_id", "status", "reason"]]
    rejected = rejects.assign(status="rejected")[["file", "doc_id", "status", "reason"]]
    return pd.concat([loaded, rejected], ignore_index=True).sort_values(["file", "doc_id"], ignore_index=True)
