"""The per-file shortcuts of round s25 give what the general code gives (loading side)."""

import hashlib
import os
import random
import re
import unicodedata
from pathlib import Path

import pytest

from analysis.frames import records
from analysis.text.corpus import _path_key, _text_key
from analysis.text.decoding import _SUSPECT, mojibake
from analysis.text.folder import locate
from analysis.text.language import _has_letters, _sample
from analysis.text.manifest import MANIFEST_COLUMNS, OPTIONAL_COLUMNS, _row_maker, read_manifest

SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u2028", "\u3000", "\u200b"]


def _regex_text_key(text: str) -> str:
    """The duplicate-text key as it was computed before: a regular expression over the NFC text."""
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()


def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = [*SPACES, "a", "B", "7", ".", "e\u0301", "\u00e9", "\ud800", "_"]
    return [""] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_text_key_matches_the_regex_key() -> None:
    for text in _random_texts(1, 3000):
        assert _text_key(text) == _regex_text_key(text), repr(text)


def test_path_key_equal_exactly_when_paths_are() -> None:
    paths = [Path("/c/a.txt"), Path("/c") / "a.txt", Path("/c/./a.txt"), Path("/c//a.txt"), Path("/c/b.txt"),
             Path("/c/sub/a.txt"), Path("/c/sub") / "a.txt", Path("/c/A.txt")]
    for p in paths:
        for q in paths:
            assert (_path_key(p) == _path_key(q)) == (p == q), (p, q)


def _general_has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text[:2000]) or any(ch.isalpha() for ch in _sample(text))


@pytest.mark.parametrize("text", ["", "12:30", "-- 42 --", "Rockets hit", "12 rockets", "\u0660\u0661", "\u00e9t\u00e9",
                                  "1" * 5000 + "x", "1" * 5000, "_" * 3 + "\u00b2"])
def test_has_letters_matches_isalpha(text: str) -> None:
    assert _has_letters(text) == _general_has_letters(text)


def test_has_letters_random_ascii_and_beyond() -> None:
    rng = random.Random(2)
    for _ in range(2000):
        text = "".join(chr(rng.choice([rng.randrange(128), rng.randrange(128, 0x3000)])) for _ in range(rng.randint(0, 6)))
        assert _has_letters(text) == _general_has_letters(text), repr(text)


@pytest.mark.parametrize("text", ["Plain ASCII words, 12 of them.", "", "caf\u00c3\u00a9 au lait", "It\u00e2\u20ac\u2122s"])
def test_mojibake_ascii_shortcut(text: str) -> None:
    got = mojibake(text)
    if text.isascii():
        assert got == (0, "") and not _SUSPECT.search(text)  # the general path finds nothing to scan
    else:
        assert got[0] >= 1


def _general_row(names: list[str], fields: list[str]) -> dict:
    values = dict(zip(names, fields))
    return {c: values.get(c, "") for c in MANIFEST_COLUMNS + OPTIONAL_COLUMNS}


@pytest.mark.parametrize("names", [["doc_id", "file"], ["file", "doc_id", "outlet", "title", "published", "published_source",
                                   "language", "notes", "encoding"], ["notes", "extra", "file", "", "doc_id", ""],
                                   ["encoding", "doc_id", "file", "language"]])
def test_row_maker_matches_the_dict_lookup(names: list[str]) -> None:
    fields = [f"v{i}" for i in range(len(names))]
    got = _row_maker(names)(fields)
    assert got == _general_row(names, fields) and list(got) == MANIFEST_COLUMNS + OPTIONAL_COLUMNS


def test_manifest_keeps_its_rows_as_records(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("file,doc_id,title\na.txt,a, A title \nb.txt,b,\n,,\nc.txt,c,x,extra\n")
    man = read_manifest(tmp_path)
    assert man.records == records(man.rows) and len(man.records) == 2 and man.records[0]["title"] == "A title"
    assert [b["line"] for b in man.bad_rows] == [5]


@pytest.mark.parametrize("name", ["..a.txt", "...", "a..txt", "C:/x.txt", "c:\\x.txt", "C:x.txt", "./a.txt", "sub/../a.txt",
                                  "sub/../../a.txt", "a.txt", "missing.txt", ".hid.txt"])
def test_locate_plain_name_checks_match_normpath(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_text("Rockets hit the base.")
    (tmp_path / "sub").mkdir()
    path, check, reason = locate(tmp_path.resolve(), name)
    outside = os.path.normpath(name.replace("\\", "/")).startswith("..")
    absolute = name.startswith("/") or bool(re.match(r"^[A-Za-z]:[\\/]", name))
    assert (check == "path") == (absolute or outside), (check, reason)
    if name in ("a.txt", "./a.txt", "sub/../a.txt"):
        assert path == tmp_path.resolve() / "a.txt"
