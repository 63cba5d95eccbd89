"""Property: a corpus folder of random good and bad files always accounts for every manifest row and every
file (loaded, warned or rejected, exactly once), ``cleaned_corpus`` never raises, and raw = body + audit
holds for every loaded article."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.pipeline import cleaned_corpus
from analysis.text.checks import CorpusError
from analysis.text.clean import rebuild_raw
from analysis.text.corpus import validate_corpus

SENTENCES = ["Rockets hit the base on Wednesday, officials said.", "Nobody was hurt, a spokesman said.",
             "\u201cWe will respond,\u201d the general told reporters.", "Caf\u00e9 owners near the minist\u00e8re left."]

KINDS = ["good", "html", "html_nohead", "empty", "binary", "cp1252", "invisible", "utf16", "utf16_nobom",
         "mojibake", "damaged", "random_bytes", "random_text", "folder", "broken_link", "loop", "hidden",
         "subfolder", "pdf", "duplicate_bytes", "missing", "dup_id", "same_file", "bad_date", "future_date",
         "extra_field", "short_row", "repeated_paragraph"]


def _payload(kind: str, text: str, blob: bytes) -> bytes | None:
    body = (text or " ".join(SENTENCES)).replace("\r", "")
    return {
        "good": body.encode(), "html": f"<p>{body}<p>{SENTENCES[1]}".encode(),
        "html_nohead": f"<head><title>t</title><p>{body} &amp;amp;".encode(), "empty": b"",
        "binary": b"\x00\x01\x02PNG" * 20, "cp1252": SENTENCES[3].encode("cp1252"),
        "invisible": "\u200b\u200d\u2060".encode(), "utf16": body.encode("utf-16"),
        "utf16_nobom": body.encode("utf-16-le"), "mojibake": "It\u00e2\u20ac\u2122s over.".encode(),
        "damaged": body.encode() + b"\xff\xfe" + SENTENCES[2].encode(), "random_bytes": blob,
        "random_text": text.encode("utf-8", "surrogatepass"), "hidden": body.encode(), "subfolder": body.encode(),
        "pdf": b"%PDF-1.4", "duplicate_bytes": " ".join(SENTENCES).encode(),
        "bad_date": body.encode(), "future_date": body.encode(), "extra_field": body.encode(),
        "short_row": body.encode(), "repeated_paragraph": f"{SENTENCES[0]}\n\n{SENTENCES[0]}\n".encode(),
    }.get(kind)


def _build(root: Path, entries: list[tuple[str, bool, str, bytes]]) -> list[list[str]]:
    """Write the entries; return the manifest rows (lists of fields)."""
    rows: list[list[str]] = []
    for i, (kind, listed, text, blob) in enumerate(entries):
        name = {"html": f"f{i}.html", "html_nohead": f"f{i}.htm", "hidden": f".f{i}.txt", "subfolder": f"sub{i}/f{i}.txt",
                "pdf": f"f{i}.pdf"}.get(kind, f"f{i}.txt")
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _payload(kind, text, blob)
        if kind == "folder":
            path.mkdir()
        elif kind == "broken_link":
            os.symlink(f"gone{i}.txt", path)
        elif kind == "loop":
            os.symlink(f"f{i}.txt", path)
        elif data is not None:
            path.write_bytes(data)
        if not listed and kind not in ("missing", "dup_id", "same_file"):
            continue
        row = [f"d{i}", name, "outlet", "", "", "", "en", ""]
        if kind == "dup_id":
            row[0] = "d0"
        if kind == "same_file":
            row[1] = "f0.txt"
        if kind == "bad_date":
            row[4:6] = ["2021-13-45", "text"]
        if kind == "future_date":
            row[4:6] = ["2199-01-01", "text"]
        if kind == "extra_field":
            row.append("surplus")
        if kind == "short_row":
            row = row[:5]
        rows.append(row)
    return rows


def _write_manifest(root: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["doc_id", "file", "outlet", "title", "published", "published_source", "language", "notes"])
    writer.writerows(rows)
    (root / "manifest.csv").write_text(out.getvalue(), encoding="utf-8")


def _files_on_disk(root: Path) -> set[str]:
    """Every entry the scan must account for (files, links, folders named like articles, hidden ones)."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        for d in list(dirnames):
            if d.startswith(".") or d.endswith((".txt", ".html", ".htm")) or os.path.islink(Path(dirpath) / d):
                found.add((rel / d).as_posix())
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and not os.path.islink(Path(dirpath) / d)]
        found.update((rel / f).as_posix() for f in filenames)
    return found - {"manifest.csv"}


entry = st.tuples(st.sampled_from(KINDS), st.booleans(), st.text(max_size=60), st.binary(max_size=40))


@settings(max_examples=60, deadline=None)
@given(st.lists(entry, min_size=1, max_size=8))
def test_every_file_is_accounted_for_and_nothing_raises(entries):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = _build(root, entries)
        _write_manifest(root, rows)
        cc = cleaned_corpus(root, folder_errors="record")  # never raises
        try:
            table = validate_corpus(root)
        except CorpusError as err:  # a folder-level problem: only when no manifest row can be read
            assert all(len(r) != 8 for r in rows) and cc.problem == str(err) and cc.articles.empty
            return
        assert set(table.status) <= {"loaded", "warned", "rejected"}
        listed_rows = table[table.file.isin([r[1] for r in rows]) & table.doc_id.ne("")]
        unlisted = table[table.doc_id.eq("")]
        assert len(table) == len(rows) + len(unlisted) and len(listed_rows) + len(unlisted) >= len(rows)
        assert _files_on_disk(root) <= set(table.file)
        assert not unlisted.file.duplicated().any()
        accounting = cc.accounting()
        assert len(accounting) == len(table)
        assert set(accounting.status) <= {"loaded", "warned", "rejected", "failed"}
        raw = cc.raw.set_index("doc_id")["raw"]
        for art in cc.articles.itertuples():
            assert rebuild_raw(art.text, cc.removed[cc.removed.doc_id == art.doc_id]) == raw[art.doc_id]
        text = cc.articles.set_index("doc_id")["text"]
        for s in cc.sentences.itertuples():
            assert text[s.doc_id][s.start:s.end] == s.text
