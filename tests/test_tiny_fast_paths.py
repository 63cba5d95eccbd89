"""Per-file fast paths of loading and segmenting give what the general paths give (our own words)."""

import pytest

from analysis.text.article import Rejection, _read, _read_bytes
from analysis.text.segment import _piece_spans, _punkt, paragraph_rows, sentence_rows, sentence_rows_of

PIECES = [
    "Rockets hit the base on Tuesday, a spokesman said.", "Rockets hit the base  ", "   ", "", "ok", "?",
    "No injuries were reported.\n", "Was anyone hurt?  ", "It was loud!", "The U.S. base was hit.",
    "Two hit. One missed.", "A drone (unarmed.) crashed", 'He said "stop." Then left', "End.)", "Wait... what",
    "Gen. Smith", "a.b", "“Quoted.” Next", "It ended!!", "It ended!! Then", "\tTabbed line.\t\n",
]


@pytest.mark.parametrize("piece", PIECES)
def test_piece_spans_are_punkts_spans(piece):
    assert list(_piece_spans(piece)) == list(_punkt().span_tokenize(piece))


def test_sentence_rows_of_given_paragraphs_equal_sentence_rows():
    body = "The convoy was hit near the border. Two trucks burned.\n\nOfficials said little.\n\nNo. 5 left at 3 p.m. today."
    assert sentence_rows_of(body, paragraph_rows(body)) == sentence_rows(body)


@pytest.mark.parametrize("size", [0, 49, 65_536, 65_537, 300_000])
def test_read_bytes_reads_every_byte(tmp_path, size):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert _read_bytes(path) == path.read_bytes()


def test_reading_a_folder_is_a_rejection(tmp_path):
    with pytest.raises(Rejection, match="is a folder") as err:
        _read(tmp_path)
    assert err.value.check == "not_a_file"
