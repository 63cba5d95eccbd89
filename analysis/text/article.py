"""Read one article file into text, or refuse it with a reason: empty, binary, undecodable, no
visible text, unreadable. Warnings (bytes replaced, mojibake, a very long file) travel with the text.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .checks import require_text
from .decoding import DecodeError, binary_reason, decode_bytes, is_binary, mojibake
from .folder import _suffix
from .markup import html_to_text

#: An article longer than this (in characters) is loaded with a warning: it may be several articles in one.
LONG_ARTICLE_CHARS = 1_000_000
_WORD_CHAR = re.compile(r"\w")
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # binary mode on Windows; looked up once


class Rejection(ValueError):
    """An article file refused, with a short check code (``empty``, ``binary``, ``encoding`` ...) and a reason."""

    def __init__(self, check: str, reason: str) -> None:
        super().__init__(reason)
        self.check = check


@dataclass(frozen=True)
class Article:
    """An article file read as text."""

    text: str
    encoding: str
    note: str
    warnings: tuple[str, ...]
    checksum: str  # sha256 of the file's bytes


def has_visible_text(text: str) -> bool:
    """True when a text holds a visible character (not only white space, zero-width or control characters).

    >>> has_visible_text("\\u200b\\u200d \\n\\x07"), has_visible_text("\\u200b.")
    (False, True)
    """
    text = require_text(text, "text")
    if _WORD_CHAR.search(text):
        return True
    return any(unicodedata.category(ch)[0] in "LMNPS" for ch in text)


#: the tags of a scraped article body (paragraphs, breaks, blocks) left in a text file
_BODY_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote)(?:\s[^<>]{0,300})?\s*/?>", re.I)


def markup_in_text(text: str) -> bool:
    """Whether a text file holds an article body in HTML: paragraph or block tags, three at least, closing ones among
    them (looked for in its first 20,000 characters).

    >>> markup_in_text("<p>Two rockets hit the base.</p><p>No one was hurt.</p>"), markup_in_text("Use a <p> tag.")
    (True, False)
    """
    tags = _BODY_TAG.findall(text, 0, 20_000)
    return len(tags) >= 3 and any(t.startswith("</") or t.lower().startswith("<br") for t in tags)


def _plain_utf8(data: bytes) -> bool:
    """True for valid UTF-8 without NUL bytes: text, even if it holds control characters."""
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_bytes(path: Path) -> bytes:
    """The bytes of a file with the os calls only: open, read to the end, close.

    ``Path.read_bytes`` adds a stat call and two buffer objects: twice the cost of reading a small file.

    >>> from analysis import paths; _read_bytes(paths.RAW / "manifest.csv") == (paths.RAW / "manifest.csv").read_bytes()
    True
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks, size = [], 1 << 16
        while True:
            chunk = os.read(fd, size)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size = min(size * 2, 1 << 24)  # few calls for a large file, no large buffer for a small one
    finally:
        os.close(fd)


def _read(path: Path) -> bytes:
    """The file's bytes; unreadable files become a Rejection naming why."""
    try:
        return _read_bytes(path)
    except PermissionError:
        raise Rejection("permission", "permission denied: the file cannot be read (make it readable)") from None
    except IsADirectoryError:
        raise Rejection("not_a_file", "is a folder, not a file") from None
    except OSError as err:
        raise Rejection("unreadable", f"cannot be read ({err.strerror or err})") from None


def read_article(path: Path, language: str = "", encoding: str = "") -> Article:
    """Read one article file (``.txt`` or ``.html``) as text; raise Rejection naming the problem.

    ``language`` and ``encoding`` come from the manifest (either may be empty).

    >>> from analysis import paths; read_article(paths.RAW / "003_1061284f8022c502.txt").encoding
    'utf-8'
    """
    data = _read(path)
    if not data.strip():
        raise Rejection("empty", "empty file")
    if is_binary(data) and not _plain_utf8(data):
        raise Rejection("binary", binary_reason(data))
    is_html = _suffix(path.name).lower() in (".html", ".htm")
    try:
        decoded = decode_bytes(data, declared=encoding, language=language, html=is_html)
    except DecodeError as err:
        raise Rejection("encoding", f"undecodable bytes: {err}") from None
    text, notes, warnings = decoded.text, [decoded.note], list(decoded.warnings)
    if not is_html and markup_in_text(text):
        is_html = True  # a scraped body saved as text with its paragraph tags ("<p>...</p><p>...")
        warnings.append("markup_in_text: HTML tags in a text file; read as HTML (tags removed, block elements "
                        "made paragraphs)")
    if is_html:
        try:
            text = html_to_text(text)
        except ValueError as err:
            raise Rejection("html", str(err)) from None
        notes.append("HTML parsed (HTML5) to its visible text")
        if not has_visible_text(text):
            raise Rejection("empty", "HTML page with no visible text (nothing outside scripts, styles, "
                                     "navigation and hidden elements)")
    if not has_visible_text(text):
        raise Rejection("invisible", "no visible text: only invisible characters (zero-width, control, white space)")
    count, example = mojibake(text)
    if count:
        warnings.append(f"mojibake: {count} sequence(s) like {example!r}: text garbled before it reached "
                        "this file (UTF-8 read as Windows-1252 or Mac Roman); kept as is")
    if len(text) > LONG_ARTICLE_CHARS:
        warnings.append(f"long_article: {len(text):,} characters in one article (news articles rarely pass "
                        "50,000): it may be several articles in one file")
    return Article(text, decoded.encoding, "; ".join(filter(None, notes)), tuple(warnings),
                   hashlib.sha256(data).hexdigest())
