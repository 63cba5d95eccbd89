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
    norm = os.path.normpath(name.replace("\\", "/"))
    outside = norm == ".." or norm.startswith("../")  # '..a.txt' and '...' are names inside the folder
    absolute = name.startswith("/") or bool(re.match(r"^[A-Za-z]:[\\/]", name))
    assert (check == "path") == (absolute or outside), (check, reason)
    if name in ("a.txt", "./a.txt", "sub/../a.txt"):
        assert path == tmp_path.resolve() / "a.txt"


# --- cleaning side ---------------------------------------------------------------------------------------------

from analysis.pipeline import _article_row, _clean_warnings, process_article  # noqa: E402
from analysis.text.checks import require_mapping  # noqa: E402
from analysis.text.clean import _RUN, _gap_edits, _lines, _no_run, clean_text  # noqa: E402
from analysis.text.segment import is_dense, paragraph_rows, sentence_rows_of  # noqa: E402


def test_no_run_only_where_the_run_pattern_cannot_match() -> None:
    rng = random.Random(3)
    alphabet = ["a", " ", ".", "\t", "\r", "\x07", "\x7f", "\xa0", "\u200b", "\u2003", "Z", "\u00e9"]
    for _ in range(5000):
        seg = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if _no_run(seg):
            assert _RUN.search(seg) is None, repr(seg)
    assert _no_run("Rockets hit the base on Monday.") and not _no_run("two  spaces")


def test_gap_edits_of_an_empty_gap() -> None:
    lines = _lines("Rockets hit the base.\n")
    assert _gap_edits("Rockets hit the base.\n", 5, 5, {}, lines, first=True) == []
    assert [e.rule for e in _gap_edits("Rockets hit the base.\n", 21, 22, {}, lines, first=False, last=True)] == [
        "edge_whitespace"]


@pytest.mark.parametrize("raw", ["Short headline words", "Short headline words\n", "  One sentence here, officials said.  \n",
                                 "A title line\n\nA body paragraph that says what happened, officials said.\n",
                                 "A title line\n\nA standfirst line without a stop\n\nThe body, as officials said.\n"])
def test_title_needs_a_body_paragraph_after_it(raw: str) -> None:
    cleaned = clean_text(raw)
    paragraphs = [p for p in raw.split("\n\n") if p.strip()]
    assert (cleaned.meta["title"] != "") == (len(paragraphs) >= 2)


def _old_article_row_keys(row: dict) -> list[str]:
    extra = ["label", "title", "title_in_text", "standfirst", "date_stamp", "updated", "dateline", "byline", "n_raw_chars",
             "n_chars", "n_removed_chars", "n_paragraphs", "n_sentences", "n_references", "warnings", "text"]
    return list({**{k: 0 for k in row if k != "raw"}, **{k: 0 for k in extra}})


def test_article_row_keeps_the_key_order() -> None:
    row = {"doc_id": "a", "file": "a.txt", "outlet": "X", "title": "", "warnings": "w", "raw": "Rockets hit the base.\n",
           "notes": ""}
    got = _article_row(row, clean_text(row["raw"]), 1, 1, [])
    assert list(got) == _old_article_row_keys(row) and "raw" not in got and row["raw"] == "Rockets hit the base.\n"


@pytest.mark.parametrize("body", ["", "One. Two.", "a. " * 200, "No stop at all"])
def test_dense_given_once_matches_the_test_in_place(body: str) -> None:
    dense = is_dense(body)
    assert _clean_warnings(body, dense) == _clean_warnings(body)
    assert sentence_rows_of(body, paragraph_rows(body), dense) == sentence_rows_of(body, paragraph_rows(body))


def test_require_mapping_dict_and_others() -> None:
    import collections

    import pandas as pd

    row = {"doc_id": "a", "raw": "x"}
    assert require_mapping(row, "row", ["doc_id"]) is row
    assert require_mapping(collections.OrderedDict(row), "row", ["raw"])["raw"] == "x"
    assert require_mapping(pd.Series(row), "row", ["raw"]) == row
    with pytest.raises(TypeError):
        require_mapping(["doc_id"], "row")
    with pytest.raises(ValueError):
        require_mapping({"doc_id": "a"}, "row", ["raw"])
    assert process_article({"doc_id": "a", "raw": "Rockets hit the base.", "title": "", "outlet": "X"})["failures"] == []


ONE_LINERS = ["Rockets hit the base on Wednesday, officials said.", "  Rockets hit the base.  \n", "\u00a0Rockets\u00a0hit.\r\n",
              "BAGHDAD \u2013 Rockets hit the base, officials said.", "WASHINGTON (AP) - Two drones struck.\n",
              "Rockets  hit\tthe base\u200b.", "x", "  x  ", "e\u0301t\u00e9 was hot.\n", "Rockets hit.\x07\n",
              "Share this article", "Updated: July 07, 2021, 5:04 PM", "By Jane Doe", "Friday 09/07/2021"]


@pytest.mark.parametrize("raw", ONE_LINERS)
def test_one_line_shortcut_matches_the_general_path(raw: str) -> None:
    from analysis.text.clean import _VIEW_MAP, _assemble, _classify, _one_line, clean_text as clean

    view = raw.translate(_VIEW_MAP)
    lines = _lines(view)
    rules = _classify(lines, "")
    general = _assemble(raw, view, lines, rules)
    assert clean(raw) == general
    if len(lines) == 1 and not rules:
        assert _one_line(raw, view, lines[0]) == general


def test_one_line_shortcut_random_lines() -> None:
    from analysis.text.clean import _VIEW_MAP, _assemble, _one_line

    rng = random.Random(4)
    alphabet = ["a", "B", " ", ".", "-", "\u2013", "\t", "\r", "\xa0", "\u200b", "\x07", "e\u0301", "WASHINGTON ", "(AP) "]
    for _ in range(3000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) + rng.choice(["", "\n", " \n"])
        view = raw.translate(_VIEW_MAP)
        lines = _lines(view)
        if len(lines) == 1 and not lines[0].blank:
            assert _one_line(raw, view, lines[0]) == _assemble(raw, view, lines, {}), repr(raw)


def test_dask_load_partition_detects_languages_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A load task detects the languages of its rows in one batch call, as the in-process loader does."""
    from analysis.scale.corpus import load_partition
    from analysis.text import corpus as text_corpus

    calls = []
    batch = text_corpus.language_verdicts

    def counted(texts: list[str], declared: list[str]) -> list:
        calls.append(len(texts))
        return batch(texts, declared)

    def single(*_args: object) -> None:
        raise AssertionError("one text at a time")

    monkeypatch.setattr(text_corpus, "language_verdicts", counted)
    monkeypatch.setattr(text_corpus, "language_verdict", single)
    plan = text_corpus.plan_corpus("data/raw")
    got = load_partition({"todo": plan.todo, "out": str(tmp_path), "part": 0})
    assert calls == [len(plan.todo)] and [k[1] for k in got["keys"]] == [r["doc_id"] for r, _ in plan.todo]
    assert [k[0] for k in got["keys"]] == [r["manifest_row"] for r, _ in plan.todo]
