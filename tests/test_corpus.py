"""Loading a corpus folder: good input loads; every kind of bad input is rejected with a reason."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.text.corpus import (CorpusError, decode_bytes, draft_manifest, html_to_text, is_binary, load_corpus,
                                  parse_published, write_manifest)

SEED_SHA256 = {
    "000_affaa34e85474ccc.txt": "1020ef09a9984bd65d93950dde446a786e053ce8fe13712133cfe5803f72326a",
    "001_667751f1980d7570.txt": "8469686bcfb717e0aae9e59591d3922a1dac1337eeb59e435a350a981c18331d",
    "002_3ec81bfbdf16c074.txt": "13c518e3845a9a5b3ca8f69dab786d85e9e99b439290c4c842a0dd7481cf4baf",
    "003_1061284f8022c502.txt": "b1087c012933d89d32db9855449abd5d98073593f7811f884bc39f8c6d44c828",
    "004_58bdf5c8161d49d1.txt": "6e646f09376e6bf009fee1997aca6914f39f144e5641d967c5ac0e1da320e493",
}


def test_raw_articles_are_byte_identical_to_the_seeds():
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths.RAW.glob("*.txt")}
    assert found == SEED_SHA256


def test_bundled_manifest_is_honest_about_dates():
    m = pd.read_csv(paths.RAW / "manifest.csv", dtype=str, keep_default_na=False)
    assert list(m.columns) == ["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"]
    assert set(m["published_source"]) <= {"text", "inferred", "unknown"}
    # an empty date is never claimed to come from the text
    assert not ((m["published"] == "") & (m["published_source"] == "text")).any()
    assert (m.loc[m["published"] != "", "published_source"] != "unknown").all()


def test_bundled_corpus_loads_without_rejects():
    articles, rejects = load_corpus(paths.RAW)
    assert len(articles) == 5 and rejects.empty
    assert articles["raw"].str.len().min() > 1000
    assert (articles["encoding"] == "utf-8").all()


def _corpus(tmp_path: Path, files: dict[str, bytes], rows: list[dict]) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    manifest = pd.DataFrame(rows)
    for col in ["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"]:
        if col not in manifest:
            manifest[col] = ""
    write_manifest(manifest, tmp_path)
    return tmp_path


def _reasons(folder: Path) -> dict[str, str]:
    _, rejects = load_corpus(folder)
    return dict(zip(rejects["file"], rejects["reason"]))


GOOD = "The Pentagon said on Thursday that it was concerned.".encode()


def test_every_bad_input_is_recorded_with_its_file_and_reason(tmp_path):
    files = {"ok.txt": GOOD, "empty.txt": b"  \n", "bin.txt": b"\x00\x01\x02PNG\x00" * 20,
             "orphan.txt": GOOD, "bad_date.txt": GOOD, "dup1.txt": GOOD, "dup2.txt": GOOD}
    rows = [dict(doc_id="a", file="ok.txt", published="2021-07-07", published_source="text"),
            dict(doc_id="b", file="empty.txt"), dict(doc_id="c", file="bin.txt"),
            dict(doc_id="d", file="missing.txt"), dict(doc_id="e", file="bad_date.txt", published="07/07/21"),
            dict(doc_id="f", file="dup1.txt"), dict(doc_id="f", file="dup2.txt"),
            dict(doc_id="g", file="../outside.txt")]
    folder = _corpus(tmp_path, files, rows)
    articles, rejects = load_corpus(folder)
    assert articles["doc_id"].tolist() == ["a"]
    reasons = dict(zip(rejects["file"], rejects["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["bin.txt"]
    assert "does not exist" in reasons["missing.txt"]
    assert "unparseable published date" in reasons["bad_date.txt"]
    assert "duplicate doc_id" in reasons["dup1.txt"] and "duplicate doc_id" in reasons["dup2.txt"]
    assert "outside the corpus folder" in reasons["../outside.txt"]
    assert reasons["orphan.txt"].startswith("not listed in manifest.csv")
    # nothing is lost: every file and every manifest row is accounted for
    assert len(articles) + len(rejects) == len(rows) + 1


def test_non_utf8_file_is_decoded_and_the_fallback_is_said(tmp_path):
    text = "Le ministère a confirmé l’attaque contre la base aérienne à l’aube, selon des sources sécuritaires."
    folder = _corpus(tmp_path, {"latin.txt": text.encode("cp1252")}, [dict(doc_id="x", file="latin.txt", language="fr")])
    articles, rejects = load_corpus(folder)
    assert rejects.empty
    assert articles.loc[0, "raw"] == text
    assert articles.loc[0, "encoding_note"].startswith("not valid UTF-8")
    assert "decoded as cp1252" in articles.loc[0, "encoding_note"]


def test_declared_html_charset_is_used_and_tags_are_stripped(tmp_path):
    page = ('<html><head><meta charset="iso-8859-1"><style>p{}</style><script>var x=1;</script></head>'
            '<body><h1>Headline</h1><p>Caf\xe9 &amp; bar said.</p><p>Second.</p></body></html>').encode("latin-1")
    folder = _corpus(tmp_path, {"page.html": page}, [dict(doc_id="h", file="page.html")])
    articles, _ = load_corpus(folder)
    raw = articles.loc[0, "raw"]
    assert raw == "Headline\n\nCafé & bar said.\n\nSecond."
    assert "the HTML page declares: cp1252 (declared 'iso-8859-1')" in articles.loc[0, "encoding_note"]
    assert "HTML parsed (HTML5)" in articles.loc[0, "encoding_note"]


def test_undecodable_bytes_are_rejected_not_guessed_into_garbage(tmp_path):
    assert decode_bytes("plain".encode()).note == ""
    assert is_binary(b"\x00abc") and not is_binary("Über".encode())
    files = {"noise.txt": bytes(range(128, 256)) * 4, "garbage.txt": bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 30}
    rows = [dict(doc_id="n", file="noise.txt", language="en"), dict(doc_id="g", file="garbage.txt", language="en")]
    reasons = _reasons(_corpus(tmp_path, files, rows))
    assert reasons["noise.txt"].startswith("undecodable bytes")
    assert reasons["garbage.txt"].startswith("undecodable bytes") and "no legacy encoding for 'en'" in reasons["garbage.txt"]


def test_missing_manifest_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    with pytest.raises(CorpusError, match="no manifest.csv"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "nope")


def test_manifest_missing_required_columns(tmp_path):
    (tmp_path / "manifest.csv").write_text("name,outlet\nx,y\n")
    with pytest.raises(CorpusError, match="missing required column"):
        load_corpus(tmp_path)


def test_draft_manifest_round_trips(tmp_path):
    (tmp_path / "one.txt").write_bytes(GOOD)
    write_manifest(draft_manifest(tmp_path), tmp_path)
    articles, rejects = load_corpus(tmp_path)
    assert articles["doc_id"].tolist() == ["one"] and rejects.empty
    assert articles.loc[0, "published_source"] == "unknown"


@pytest.mark.parametrize("value,expected", [("2021-07-07", "2021-07-07"), ("", ""), (" 2023-11-22", "2023-11-22")])
def test_parse_published_accepts_iso_or_empty(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2021-13-01", "July 7", "07/07/2021"])
def test_parse_published_refuses_other_forms(value):
    with pytest.raises(ValueError, match="unparseable"):
        parse_published(value)


def test_html_to_text_keeps_blocks_and_drops_scripts():
    assert html_to_text("<div>a<br>b</div><script>x</script><p>c</p>") == "a\nb\n\nc"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    text = "Rockets hit the base on Wednesday, officials said."
    folder = _corpus(tmp_path, {"u16.txt": text.encode("utf-16")}, [dict(doc_id="u", file="u16.txt")])
    articles, rejects = load_corpus(folder)
    assert rejects.empty and articles.loc[0, "raw"] == text
    assert "utf-16" in articles.loc[0, "encoding_note"]


def test_mojibake_is_flagged_not_silently_kept(tmp_path):
    text = "The militia\u00e2\u20ac\u2122s leader said the attack was over."
    folder = _corpus(tmp_path, {"m.txt": text.encode("utf-8")}, [dict(doc_id="m", file="m.txt")])
    articles, _ = load_corpus(folder)
    assert articles.loc[0, "warnings"].startswith("mojibake: 1 sequence(s) like")


def test_unsupported_file_type_is_rejected_and_an_unknown_published_source_warned(tmp_path):
    files = {"a.pdf": b"%PDF-1.4", "b.txt": GOOD}
    rows = [dict(doc_id="a", file="a.pdf"), dict(doc_id="b", file="b.txt", published_source="guessed")]
    folder = _corpus(tmp_path, files, rows)
    assert "unsupported file type" in _reasons(folder)["a.pdf"]
    articles, _ = load_corpus(folder)
    assert articles.loc[0, "published_source"] == "unknown"
    assert articles.loc[0, "warnings"].startswith("manifest_value: published_source 'guessed' is not one of")


def test_draft_manifest_of_a_missing_folder_names_it(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found: .*nowhere"):
        draft_manifest(tmp_path / "nowhere")
    (tmp_path / "a.txt").write_text("Officials said so on Monday.", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder: .*a.txt"):
        draft_manifest(tmp_path / "a.txt")


def test_a_manifest_date_without_its_origin_is_not_claimed_to_be_printed_in_the_article(tmp_path):
    rows = [dict(doc_id="a", file="a.txt", published="2021-07-07"),
            dict(doc_id="b", file="b.txt", published="2021-07-08", published_source="text"),
            dict(doc_id="c", file="c.txt")]
    folder = _corpus(tmp_path, {"a.txt": GOOD, "b.txt": GOOD, "c.txt": GOOD + b" Again."}, rows)
    articles, rejects = load_corpus(folder)
    assert rejects.empty
    assert articles.set_index("doc_id")["published_source"].to_dict() == {"a": "manifest", "b": "text", "c": "unknown"}
