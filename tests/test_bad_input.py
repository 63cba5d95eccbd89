"""One test per class of bad input (issue 12): every folder or manifest problem is one clear CorpusError;
every file is loaded, warned or rejected with a reason naming it; no article stops a run."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis import pipeline
from analysis.pipeline import (FAILURE_COLUMNS, CleanedCorpus, check_dates, cleaned_corpus, english_only,
                               per_article, write_processed)
from analysis.text import article as article_module
from analysis.text import corpus as corpus_module
from analysis.text import folder as folder_module
from analysis.text.corpus import CorpusError, load_corpus, preflight, validate_corpus
from analysis.text.dates import read_stamp

HEADER = "doc_id,file,outlet,title,published,published_source,language,notes\n"
GOOD = b"Rockets hit the base on Wednesday, officials said. Nobody was hurt, a spokesman said.\n"
OTHER = b"Drones attacked a convoy near the border on Friday, the military said in a statement.\n"


def corpus(tmp_path: Path, files: dict[str, bytes], rows: list[str] | None = None, header: str = HEADER) -> Path:
    """A corpus folder: files (subfolders created), and a manifest of the given rows (None: no manifest)."""
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    if rows is not None:
        (tmp_path / "manifest.csv").write_text(header + "".join(r + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def fates(folder: Path) -> dict[str, tuple[str, str]]:
    """file (or file#doc_id when a file has several rows) -> (status, reason)."""
    table = validate_corpus(folder)
    out = {}
    for r in table.itertuples():
        key = r.file if r.file not in out else f"{r.file}#{r.doc_id}"
        out[key] = (r.status, r.reason)
    return out


# ------------------------------------------------------------------ folder and manifest: one CorpusError

@pytest.mark.parametrize("folder", [None, "", "   "])
def test_no_folder_given(folder):
    with pytest.raises(CorpusError, match="no corpus folder given"):
        preflight(folder)


def test_missing_folder_and_a_file_instead_of_a_folder(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        preflight(tmp_path / "nope")
    (tmp_path / "f.txt").write_bytes(GOOD)
    with pytest.raises(CorpusError, match="not a folder"):
        preflight(tmp_path / "f.txt")


def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder is empty"):
        preflight(tmp_path)


def test_no_manifest(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD})
    with pytest.raises(CorpusError, match=r"no manifest.csv in the corpus folder; write one with columns doc_id"):
        preflight(tmp_path)


def test_zero_byte_manifest(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "manifest.csv": b""})
    with pytest.raises(CorpusError, match=r"manifest.csv: is empty \(0 bytes\)"):
        preflight(tmp_path)


def test_header_only_manifest(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, [])
    with pytest.raises(CorpusError, match="lists no articles"):
        preflight(tmp_path)


def test_latin1_manifest_names_the_line_and_the_fix(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "manifest.csv": (HEADER + "a,a.txt,Le Minist\u00e8re,,,,fr,\n").encode("latin-1")})
    with pytest.raises(CorpusError, match=r"manifest.csv, line 2: byte \d+ \(0xe8\) is not UTF-8.*re-save manifest.csv as UTF-8"):
        preflight(tmp_path)


def test_manifest_missing_required_columns_with_a_delimiter_hint(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a;a.txt"], header="doc_id;file\n")
    with pytest.raises(CorpusError, match=r"line 1: missing required column\(s\) \['doc_id', 'file'\].*';' or tabs"):
        preflight(tmp_path)


def test_manifest_with_a_column_twice(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,b.txt"], header="doc_id,file,file\n")
    with pytest.raises(CorpusError, match="appear twice"):
        preflight(tmp_path)


def test_binary_manifest_and_manifest_that_is_a_folder(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "manifest.csv": HEADER.encode("utf-16-le")})
    with pytest.raises(CorpusError, match="NUL bytes"):
        preflight(tmp_path)
    (tmp_path / "manifest.csv").unlink()
    (tmp_path / "manifest.csv").mkdir()
    with pytest.raises(CorpusError, match="is a folder, not a file"):
        preflight(tmp_path)


def test_unreadable_manifest(tmp_path, monkeypatch):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,"])
    real = Path.read_bytes

    def denied(self):
        if self.name == "manifest.csv":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(CorpusError, match="manifest.csv: permission denied"):
        preflight(tmp_path)


def test_manifest_whose_rows_all_have_the_wrong_field_count(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,x,y,z,w,v,u,EXTRA"])
    with pytest.raises(CorpusError, match="no row can be read; the first: manifest line 2 has 9 fields"):
        preflight(tmp_path)


def test_load_and_validate_raise_the_same_folder_errors(tmp_path):
    with pytest.raises(CorpusError, match="empty"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="empty"):
        validate_corpus(tmp_path)
    assert cleaned_corpus(tmp_path, folder_errors="record").problem.startswith("corpus folder is empty")


# ------------------------------------------------------------------ manifest rows: rejected alone

def test_row_with_an_extra_field_is_rejected_alone(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}, ["a,a.txt,X,,,,en,", "b,b.txt,Outlet, Inc,,,,en,"])
    f = fates(tmp_path)
    assert f["a.txt"][0] == "loaded"
    assert f["b.txt"] == ("rejected", "manifest line 3 has 9 fields but the header has 8: a value with a comma must "
                                      "be in double quotes; the row is not loaded")


def test_row_with_missing_fields_is_rejected_alone(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}, ["a,a.txt,X,,,,en,", "b,b.txt,X,,,en"])
    assert fates(tmp_path)["b.txt"][1].startswith("manifest line 3 has 6 fields but the header has 8")


def test_blank_lines_are_fine_but_trailing_extra_fields_are_not(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}, ["a,a.txt,X,,,,en,", "", "  ", "b,b.txt,X,,,,en,,"])
    f = fates(tmp_path)
    assert f["a.txt"][0] == "loaded" and f["b.txt"][1].startswith("manifest line 5 has 9 fields")


def test_quoted_values_with_commas_and_newlines_load(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ['a,a.txt,"Outlet, Inc",,,,en,"two\nlines"'])
    articles, rejects = load_corpus(tmp_path)
    assert articles.loc[0, "outlet"] == "Outlet, Inc" and rejects.empty


# ------------------------------------------------------------------ files: each a rejection naming it

def test_unreadable_file_is_rejected(tmp_path, monkeypatch):
    corpus(tmp_path, {"a.txt": GOOD, "locked.txt": GOOD}, ["a,a.txt,,,,,en,", "l,locked.txt,,,,,en,"])
    real = article_module._read_bytes  # how an article file is read

    def denied(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(article_module, "_read_bytes", denied)
    f = fates(tmp_path)
    assert f["locked.txt"] == ("rejected", "permission denied: the file cannot be read (make it readable)")
    assert f["a.txt"][0] == "loaded"


def test_symlink_loops_broken_and_outside_symlinks(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,", "l,loop1.txt,,,,,en,", "b,broken.txt,,,,,en,",
                                       "o,outside.txt,,,,,en,"])
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_bytes(GOOD)
    os.symlink(outside, tmp_path / "outside.txt")
    f = fates(tmp_path)
    assert f["loop1.txt"] == ("rejected", "manifest line 3 names a symlink loop ('loop1.txt' never reaches a file)")
    assert f["loop2.txt"] == ("rejected", "a symlink loop, not listed in manifest.csv")
    assert f["broken.txt"][1] == "manifest line 4 names a broken symlink (it points to 'nowhere.txt', which does not exist)"
    assert "outside the corpus folder" in f["outside.txt"][1]


def test_symlink_to_a_listed_file_inside_the_folder(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,"])
    os.symlink("a.txt", tmp_path / "alias.txt")
    f = fates(tmp_path)
    assert f["alias.txt"] == ("rejected", "not listed in manifest.csv (a symlink to 'a.txt'); its text is loaded as doc_id 'a'")


def test_folder_named_like_an_article(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,", "d,listed.txt,,,,,en,"])
    (tmp_path / "listed.txt").mkdir()
    (tmp_path / "unlisted.html").mkdir()
    f = fates(tmp_path)
    assert f["listed.txt"] == ("rejected", "manifest line 3 names a folder, not a file")
    assert f["unlisted.html"][1] == "a folder named like an article file, not listed in manifest.csv (its files are listed separately)"


def test_named_pipe_is_never_read(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,", "p,pipe.txt,,,,,en,"])
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "other.txt")
    f = fates(tmp_path)
    assert f["pipe.txt"] == ("rejected", "manifest line 3 names a named pipe, not a regular file")
    assert f["other.txt"] == ("rejected", "a named pipe, not an article file: never read")


def test_the_same_file_under_two_ids(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,", "b,./a.txt,,,,,en,"])
    articles, rejects = load_corpus(tmp_path)
    assert articles.doc_id.tolist() == ["a"]
    assert rejects.loc[0, "reason"] == ("the same file as doc_id 'a' (manifest line 2): one file is one article; "
                                        "remove one of the rows")


def test_hidden_files_subfolders_and_unlisted_files_anywhere(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "sub/listed.txt": OTHER, "sub/deeper/unlisted.txt": GOOD, ".hidden.txt": GOOD,
                      ".git/config": b"x", "notes.pdf": b"%PDF", "sub/.DS_Store": b"x"},
           ["a,a.txt,,,,,en,", "s,sub/listed.txt,,,,,en,"])
    f = fates(tmp_path)
    assert f["sub/listed.txt"][0] == "loaded"
    assert f["sub/deeper/unlisted.txt"][1].startswith("not listed in manifest.csv")
    assert f[".hidden.txt"] == ("rejected", "hidden file, not listed in manifest.csv: ignored")
    assert f[".git"] == ("rejected", "hidden folder: not searched")
    assert f["sub/.DS_Store"][0] == "rejected"
    assert f["notes.pdf"][1] == "not an article file (type '.pdf') and not listed in manifest.csv"


def test_absolute_traversal_and_case_mistakes(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "Report.txt": OTHER},
           ["a,a.txt,,,,,en,", "b,/etc/passwd,,,,,en,", "c,../x.txt,,,,,en,", "d,report.txt,,,,,en,",
            "e,sub\\a.txt,,,,,en,"])
    _, rejects = load_corpus(tmp_path)
    reasons = dict(zip(rejects.doc_id, rejects.reason))
    assert reasons["b"].startswith("absolute path '/etc/passwd'")
    assert reasons["c"] == "path points outside the corpus folder: '../x.txt'"
    assert reasons["d"].endswith("did you mean 'Report.txt'? (names are case-sensitive)")
    assert reasons["e"].endswith("write paths with '/' (not '\\')")


def test_a_name_starting_with_two_dots_stays_inside_the_folder(tmp_path):
    corpus(tmp_path, {"..draft.txt": GOOD, "a.txt": OTHER},
           ["a,..draft.txt,,,,,en,", "b,a.txt,,,,,en,", "c,sub/../../x.txt,,,,,en,", "d,..,,,,,en,"])
    articles, rejects = load_corpus(tmp_path)
    reasons = dict(zip(rejects.doc_id, rejects.reason))
    assert sorted(articles.doc_id) == ["a", "b"]
    assert reasons["c"] == "path points outside the corpus folder: 'sub/../../x.txt'"
    assert reasons["d"] == "path points outside the corpus folder: '..'"


def test_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(folder_module, "MAX_ARTICLE_BYTES", 50)
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,"])
    _, rejects = load_corpus(tmp_path)
    assert "over the 0 MB limit per article" in rejects.loc[0, "reason"]


def test_invisible_only_file_is_rejected_as_empty(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "z.txt": "\u200b\u200c\u200d\u2060\ufeff \n\u00ad".encode()},
           ["a,a.txt,,,,,en,", "z,z.txt,,,,,en,"])
    assert fates(tmp_path)["z.txt"] == ("rejected", "no visible text: only invisible characters (zero-width, control, "
                                                    "white space)")


def test_html_with_visible_text_only_in_scripts_is_rejected_with_a_true_reason(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "p.html": b"<html><script>var s = 'text';</script><nav>Home</nav></html>",
                      "q.html": b"<title>T</title><p>Rockets hit the base, officials said."},
           ["a,a.txt,,,,,en,", "p,p.html,,,,,en,", "q,q.html,,,,,en,"])
    f = fates(tmp_path)
    assert f["p.html"][1].startswith("HTML page with no visible text")
    assert f["q.html"][0] == "loaded"


@pytest.mark.parametrize("date", ["99999-05-05", "2021-02-30", "5 May 2021"])
def test_unparseable_manifest_dates_are_rejected(tmp_path, date):
    corpus(tmp_path, {"a.txt": GOOD}, [f"a,a.txt,,,{date},text,en,"])
    _, rejects = load_corpus(tmp_path)
    assert rejects.loc[0, "reason"].startswith(f"unparseable published date '{date}'")


# ------------------------------------------------------------------ warnings: loaded, and said

def warnings_of(folder: Path) -> dict[str, str]:
    articles, _ = load_corpus(folder)
    return dict(zip(articles.doc_id, articles.warnings))


def test_future_and_impossible_manifest_dates_are_warned_and_treated_as_unknown(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_module, "_today", lambda: dt.date(2025, 1, 1))
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}, ["a,a.txt,,,2098-12-31,text,en,", "b,b.txt,,,0001-01-01,text,en,"])
    articles, _ = load_corpus(tmp_path)
    assert articles.published.tolist() == ["", ""] and articles.published_source.tolist() == ["unknown", "unknown"]
    w = dict(zip(articles.doc_id, articles.warnings))
    assert w["a"] == "future_date: manifest date 2098-12-31 is in the future (after 2025-01-01), so it is treated as unknown"
    assert w["b"] == "impossible_date: manifest date 0001-01-01 is before 1800-01-01, so it is treated as unknown"


def test_duplicate_files_and_texts_by_checksum(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": GOOD, "c.txt": GOOD.replace(b". ", b".  ").replace(b"\n", b"\r\n")},
           ["a,a.txt,,,,,en,", "b,b.txt,,,,,en,", "c,c.txt,,,,,en,"])
    w = warnings_of(tmp_path)
    assert w == {"a": "", "b": "duplicate_file: identical bytes to doc_id 'a'",
                 "c": "duplicate_text: the same text as doc_id 'a'"}


def test_other_language_is_detected_recorded_and_skipped_by_english_extractors(tmp_path):
    french = "Le minist\u00e8re a confirm\u00e9 l'attaque contre la base a\u00e9rienne \u00e0 l'aube, selon des sources.\n"
    corpus(tmp_path, {"a.txt": GOOD, "f.txt": french.encode(), "g.txt": OTHER},
           ["a,a.txt,,,,,en,", "f,f.txt,,,,,en,", "g,g.txt,,,,,fr,"])
    cc = cleaned_corpus(tmp_path)
    a = cc.articles.set_index("doc_id")
    assert a.at["f", "language_detected"] == "fr" and not a.at["f", "english"]
    assert a.at["f", "warnings"].startswith("language: the text reads as 'fr' (p=1.00), not English (the manifest says 'en')")
    assert a.at["g", "english"] and a.at["g", "warnings"].startswith("language: the manifest says 'fr', but the text reads as English")
    kept, skipped = english_only(cc.articles)
    assert kept.doc_id.tolist() == ["a", "g"] and skipped.reason.tolist() == ["not English (fr)"]


def test_damaged_utf8_and_mojibake_are_warned(tmp_path):
    damaged = "\u201cRockets\u201d hit the base\u2019s gate, officials said. ".encode() * 3 + b"\xff" + OTHER
    garbled = "The militia\u00e2\u20ac\u2122s leader said the attack was over.".encode()
    corpus(tmp_path, {"d.txt": damaged, "m.txt": garbled}, ["d,d.txt,,,,,en,", "m,m.txt,,,,,en,"])
    w = warnings_of(tmp_path)
    assert w["d"].startswith("invalid_bytes: 1 invalid UTF-8 byte run(s) replaced by U+FFFD")
    assert w["m"].startswith("mojibake: 1 sequence(s) like")


def test_long_article_is_warned(tmp_path, monkeypatch):
    monkeypatch.setattr(article_module, "LONG_ARTICLE_CHARS", 20)
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,"])
    assert warnings_of(tmp_path)["a"].startswith("long_article:")


def test_short_cp1252_file_in_a_corpus_decodes_right(tmp_path):
    corpus(tmp_path, {"a.txt": "I had a caf\u00e9 in the minist\u00e8re, na\u00efve as I was.".encode("cp1252")},
           ["a,a.txt,,,,,en,"])
    articles, _ = load_corpus(tmp_path)
    assert articles.loc[0, "raw"] == "I had a caf\u00e9 in the minist\u00e8re, na\u00efve as I was."


# ------------------------------------------------------------------ cleaning and the run: nothing stops it

def test_manifest_date_contradicting_the_stamp_is_reported_not_asserted(tmp_path):
    text = b"Friday 09/07/2021\n\nRockets hit the base on Wednesday, officials said.\n\nNobody was hurt.\n"
    corpus(tmp_path, {"a.txt": text, "b.txt": text}, ["a,a.txt,,,2021-07-09,text,en,", "b,b.txt,,,2021-08-01,text,en,"])
    cc = cleaned_corpus(tmp_path)
    check = check_dates(cc.articles).set_index("doc_id")
    assert check.at["a", "agrees_as"] == "day/month" and check.at["b", "agrees_as"] == "DISAGREES"
    assert check.at["b", "problem"] == "manifest date 2021-08-01 but the stamp 'Friday 09/07/2021' reads 2021-09-07 or 2021-07-09"
    assert "date_mismatch: manifest date 2021-08-01" in cc.articles.set_index("doc_id").at["b", "warnings"]


@pytest.mark.parametrize("stamp,problem", [("5 May 99999", "year 99999 is impossible"),
                                           ("1 January 0001", "year 0001 is impossible"),
                                           ("Updated: May 5", "no year in the stamp")])
def test_impossible_stamps_are_never_re_read(stamp, problem):
    assert read_stamp(stamp, dayfirst=False) == ("", problem)


def test_impossible_stamp_in_a_text_is_warned(tmp_path):
    text = b"1 January 0001\n\nRockets hit the base on Wednesday, officials said.\n\nNobody was hurt.\n"
    corpus(tmp_path, {"a.txt": text}, ["a,a.txt,,,2021-07-09,text,en,"])
    cc = cleaned_corpus(tmp_path)
    assert check_dates(cc.articles).agrees_as.tolist() == ["unreadable stamp"]
    assert cc.articles.warnings[0] == "impossible_stamp: stamp '1 January 0001': year 0001 is impossible"


def test_two_identical_body_paragraphs_keep_one_copy_and_audit_the_other(tmp_path):
    para = "Rockets hit the base on Wednesday, officials said, and nobody was hurt."
    text = f"{para}\n\n{para}\n\nThe militia claimed the attack later that day, a statement said.\n"
    corpus(tmp_path, {"a.txt": text.encode()}, ["a,a.txt,,,,,en,"])
    cc = cleaned_corpus(tmp_path)
    assert cc.articles.text[0].count(para) == 1
    assert cc.removed.loc[cc.removed.text == para, "rule"].tolist() == ["duplicate_paragraph"]


def test_a_repeated_caption_still_goes_as_caption():
    from analysis.text.clean import clean_text

    cap = "A file photo shows smoke rising over the base"
    c = clean_text(f"Rockets hit the base, officials said.\n\n{cap}\n{cap}\n\nNobody was hurt, a spokesman said.")
    assert cap not in c.body
    assert sorted(e.rule for e in c.edits if e.rule.startswith("caption")) == ["caption", "caption_repeat"]


def test_a_failing_step_becomes_a_failure_row_and_the_run_goes_on(tmp_path, monkeypatch):
    corpus(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}, ["a,a.txt,,,,,en,", "b,b.txt,,,,,en,"])
    real = pipeline.clean_text

    def flaky(raw, title=""):
        if raw.startswith("Drones"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(raw, title)

    monkeypatch.setattr(pipeline, "clean_text", flaky)
    cc = cleaned_corpus(tmp_path)
    assert cc.articles.doc_id.tolist() == ["a"]
    f = cc.failures.iloc[0]
    assert (f.doc_id, f.file, f.step, f.error, f.message) == ("b", "b.txt", "clean", "RecursionError",
                                                              "maximum recursion depth exceeded")
    assert f["where"].startswith("analysis/pipeline.py:")  # the innermost frame inside the package
    acc = cc.accounting().set_index("doc_id")
    assert acc.at["b", "status"] == "failed" and acc.at["a", "status"] == "loaded"
    assert set(cc.raw.doc_id) == {"a"}


def test_a_failing_segmenter_is_a_failure_row(tmp_path, monkeypatch):
    corpus(tmp_path, {"a.txt": GOOD}, ["a,a.txt,,,,,en,"])
    monkeypatch.setattr(pipeline, "sentence_rows_of", lambda body, paras, fast=None: 1 / 0)
    cc = cleaned_corpus(tmp_path)
    assert cc.articles.empty and cc.failures[["step", "error"]].values.tolist() == [["segment", "ZeroDivisionError"]]


def test_everything_rejected_still_gives_every_table_and_writes_rejects_and_failures(tmp_path):
    corpus(tmp_path, {"a.txt": b"", "b.txt": b"\x00\x01\x02" * 10}, ["a,a.txt,,,,,en,", "b,b.txt,,,,,en,"])
    cc = cleaned_corpus(tmp_path)
    assert cc.articles.empty and len(cc.rejects) == 2 and list(cc.articles.columns) == pipeline.ARTICLE_COLUMNS
    assert check_dates(cc.articles).empty and list(check_dates(cc.articles).columns)[-2:] == ["agrees_as", "problem"]
    written = write_processed(cc, tmp_path / "out")
    back = pd.read_csv(written["rejects"], dtype=str, keep_default_na=False)
    assert back.file.tolist() == ["a.txt", "b.txt"]
    assert pd.read_csv(written["failures"]).columns.tolist() == FAILURE_COLUMNS


def test_header_only_manifest_recorded_for_a_notebook(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD}, [])
    cc = cleaned_corpus(tmp_path, folder_errors="record")
    assert isinstance(cc, CleanedCorpus) and cc.articles.empty
    assert cc.rejects.loc[0, "check"] == "folder" and "lists no articles" in cc.rejects.loc[0, "reason"]
    written = write_processed(cc, tmp_path / "out")
    assert len(pd.read_csv(written["rejects"])) == 1
    with pytest.raises(CorpusError, match="lists no articles"):
        cleaned_corpus(tmp_path)


def test_one_long_single_line_article_is_processed(tmp_path):
    line = " ".join(["Rockets hit the base on Wednesday, the U.S. military said in a statement."] * 14000)
    corpus(tmp_path, {"long.txt": line.encode()}, ["l,long.txt,,,,,en,"])
    cc = cleaned_corpus(tmp_path)
    assert cc.failures.empty and cc.articles.n_sentences[0] == 14000


def test_dense_punctuation_uses_the_fast_splitter_and_says_so(tmp_path):
    corpus(tmp_path, {"d.txt": ("a. " * 5000).encode()}, ["d,d.txt,,,,,en,"])
    cc = cleaned_corpus(tmp_path)
    assert "dense_punctuation" in cc.articles.warnings[0] and cc.failures.empty


def test_per_article_records_failures_for_any_loop():
    items = pd.DataFrame({"doc_id": ["a", "b", "c"], "file": ["a.txt", "b.txt", "c.txt"], "text": ["x", None, "zz"]})
    results, failures = per_article("quotes", lambda a: len(a["text"]), items)
    assert results == [1, 2]
    assert [(f["doc_id"], f["file"], f["step"], f["error"]) for f in failures] == [("b", "b.txt", "quotes", "TypeError")]


def test_stamp_with_an_unknown_time_zone_reads_without_a_warning(recwarn):
    assert read_stamp("Updated: July 07, 2021, 5:04 PM PST", dayfirst=False) == ("2021-07-07", "")
    assert not [w for w in recwarn if "tzname" in str(w.message)]


def test_html_nested_absurdly_deep_is_rejected(tmp_path):
    corpus(tmp_path, {"a.txt": GOOD, "deep.html": b"<div>" * 5000 + b"text" + b"</div>" * 5000},
           ["a,a.txt,,,,,en,", "d,deep.html,,,,,en,"])
    assert fates(tmp_path)["deep.html"] == ("rejected", "HTML nested 5,000 elements deep (more than 1,000): not an article page")
