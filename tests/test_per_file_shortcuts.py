"""The per-file shortcuts of loading and cleaning give what the general code gives (round s24b)."""

import re
from pathlib import Path

import pytest

from analysis.text.clean import _caption, _lines, _reference_line, is_caption, is_reference_line
from analysis.text.decoding import _bom, decode_bytes
from analysis.text.folder import _child, _suffix, locate

NAMES = ["a.txt", "report.HTML", ".hidden", "noext", "trailing.", "two.dots.htm", "..x", "a b.txt", "x\\y.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_suffix_and_child_match_pathlib(name: str) -> None:
    root = Path("/srv/corpus")
    assert _suffix(name) == Path(name).suffix
    child = _child(root, name)
    assert child == root / name and str(child) == str(root / name) and hash(child) == hash(root / name)


def _regex_lines(view: str) -> list[tuple[int, int, str]]:
    """The line split that ``_lines`` replaced: a regular expression over the text."""
    out = []
    for m in re.finditer(r"[^\n]*(?:\n|$)", view):
        if m.start() == len(view) and m.group() == "":
            break
        content = m.group().rstrip("\n")
        out.append((m.start(), m.start() + len(content), content))
    return out


@pytest.mark.parametrize("view", ["", "\n", "one line", "one\n", "a\n\nb", "a\n \n\nb\n\n", "\n\nx", "x\r\ny"])
def test_lines_match_the_regex_split(view: str) -> None:
    got = _lines(view)
    assert [(ln.start, ln.end, ln.text) for ln in got] == _regex_lines(view)
    assert [ln.blank for ln in got] == [not t.strip() for _, _, t in _regex_lines(view)]


@pytest.mark.parametrize("line", ["Troops patrol a street. (Reuters)", "(Staff photo)", "A plain sentence here.",
                                  "Smoke rises over the town", "Guards at the gate (file", "(unclosed"])
def test_caption_shortcut_agrees(line: str) -> None:
    assert _caption(line.strip()) == is_caption(line)
    if ")" not in line:
        assert not _caption(line)


@pytest.mark.parametrize("line", ['Doe, Jane, "Strikes on the base," Daily Courier, 3/4/24', "No slash here, 2024",
                                  "- continued entry 3/4/24", 'A "quoted" line without a date'])
def test_reference_shortcut_agrees(line: str) -> None:
    assert _reference_line(line) == is_reference_line(line)


def test_bom_shortcut() -> None:
    assert _bom(b"Plain words.") is None and _bom(b"") is None
    assert decode_bytes(b"\xef\xbb\xbfHi").text == "Hi" and decode_bytes(b"\xff\xfeH\x00i\x00").text == "Hi"


def test_locate_plain_file_and_refusals(tmp_path: Path) -> None:
    root = tmp_path.resolve()
    (root / "a.txt").write_text("Rockets hit the base.")
    (root / "notes.csv").write_text("x")
    (root / "sub").mkdir()
    path, check, _ = locate(root, "a.txt")
    assert path == root / "a.txt" and isinstance(path, Path) and check == ""
    assert locate(root, "notes.csv")[1] == "type"
    assert locate(root, "sub")[1] == "not_a_file"
    assert locate(root, "gone.txt")[1] == "missing"
    (root / "link.txt").symlink_to(tmp_path.parent)
    assert locate(root, "link.txt")[1] == "path"
