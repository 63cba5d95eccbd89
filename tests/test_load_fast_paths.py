"""Fast paths of loading and cleaning give what their general paths give (our own words)."""

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.frames import records
from analysis.pipeline import add_date_warnings
from analysis.text import folder as folder_module
from analysis.text.corpus import _listed_name, load_corpus
from analysis.text.decoding import mojibake
from analysis.text.folder import locate


def test_records_as_to_dict_for_every_kind_of_column():
    frame = pd.DataFrame({
        "text": pd.Series(["Rockets hit", None], dtype="str"), "nullable": pd.Series(["x", None], dtype="string"),
        "count": [3, 4], "small": np.array([1, 2], dtype="uint8"), "share": [0.5, np.nan], "flag": [True, False],
        "maybe": pd.array([True, None], dtype="boolean"), "line": pd.array([7, None], dtype="Int64"),
        "mixed": pd.Series([np.int64(5), "five"], dtype=object), "when": pd.to_datetime(["2023-11-22", None]),
        "kind": pd.Categorical(["attack", "claim"])})
    fast, slow = records(frame), frame.to_dict("records")
    assert [{k: (type(v), repr(v)) for k, v in row.items()} for row in fast] == \
           [{k: (type(v), repr(v)) for k, v in row.items()} for row in slow]
    assert records(frame.iloc[:0]) == [] and records(pd.DataFrame(index=[0, 1])) == [{}, {}]


def test_date_warnings_go_to_their_own_rows_by_position():
    articles = pd.DataFrame({
        "doc_id": ["b", "a", "c"], "published": ["2021-09-08", "2021-07-09", "2021-07-09"],
        "published_source": ["manifest"] * 3, "date_stamp": ["Friday 09/07/2021", "Friday 09/07/2021", "5 May 99999"],
        "updated": ["", "", ""], "warnings": ["", "", "earlier"]}, index=[10, 5, 7])
    out = add_date_warnings(articles)
    assert out.loc[10, "warnings"].startswith("date_mismatch: manifest date 2021-09-08")
    assert out.loc[5, "warnings"] == ""
    assert out.loc[7, "warnings"].startswith("earlier | impossible_stamp: stamp '5 May 99999'")
    assert articles["warnings"].tolist() == ["", "", "earlier"]  # the input is not changed


def test_plain_file_fast_path_as_full_resolve(tmp_path):
    (tmp_path / "a.txt").write_text("Rockets hit the base.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Drones fell.")
    (tmp_path / "notes.csv").write_text("x")
    os.symlink("a.txt", tmp_path / "alias.txt")
    root = tmp_path.resolve()
    for name in ("a.txt", "sub/b.txt", "./a.txt", "alias.txt", "notes.csv", "sub", "gone.txt", "sub/../a.txt"):
        assert locate(root, name) == _full_walk(root, name), name
    assert folder_module._plain_file(root, "alias.txt") is None  # a symlink always takes the full walk


def _full_walk(root: Path, name: str):
    """locate with the one-lstat fast path switched off."""
    saved = folder_module._plain_file
    folder_module._plain_file = lambda root, name: None
    try:
        return locate(root, name)
    finally:
        folder_module._plain_file = saved


def test_listed_names_as_path_spelling():
    for name in ("a.txt", "./a.txt", "sub//a.txt", "sub\\a.txt", ".", "..", " a.txt "):
        assert _listed_name(name) == Path(name.replace("\\", "/")).as_posix(), name


def test_language_table_is_cast_once_and_scores_the_same():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from analysis.text.language import _identifier

    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert _identifier().nb_ptc.dtype == np.float32
    for text in ("Rockets hit the base on Wednesday, officials said.", "Le ministère a confirmé l'attaque.",
                 "Die Rakete traf den Stützpunkt.", "1234", "a"):
        assert (shipped._decide(text) == _identifier()._decide(text)).all(), text


@pytest.mark.parametrize("text, found", [("plain ascii news", 0), ("caf\u00e9 au lait", 0), ("caf\u00c3\u00a9", 1)])
def test_mojibake_counts_without_and_with_suspect_letters(text, found):
    assert mojibake(text)[0] == found


def test_many_small_files_load_in_manifest_order(tmp_path):
    lines = ["doc_id,file,outlet,title,published,published_source,language,notes"]
    for i in range(30):
        (tmp_path / f"t{i:02d}.txt").write_text(f"Rockets hit base {i} on Wednesday, officials said.\n")
        lines.append(f"d{i:02d},t{i:02d}.txt,Outlet,,,,,")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n")
    articles, rejects = load_corpus(tmp_path)
    assert articles["doc_id"].tolist() == [f"d{i:02d}" for i in range(30)] and rejects.empty
    assert articles["raw"].str.contains("base 7 on").sum() == 1 and articles["english"].all()
