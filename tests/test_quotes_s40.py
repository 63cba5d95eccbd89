"""Stop 40: an accent written for an apostrophe in a speaker's name; tables written the same on every machine
(fixtures in new words)."""
import math

import pandas as pd

from analysis.frames import write_csv
from analysis.quotes import extract_quotes


def test_an_accent_for_an_apostrophe_keeps_the_speaker():
    for mark in ("´", "ʼ"):
        t = f"The blast hit a bus.\n\n“Two drivers died,” Ruritania{mark}s interior ministry said in a statement."
        q = extract_quotes(t)
        assert q["speaker"].tolist() == ["Ruritania’s interior ministry"]
        r = q.iloc[0]
        assert r["quote"] == t[r["start"]:r["end"]]
        assert r["speaker_mention"] == t[r["speaker_mention_start"]:r["speaker_mention_end"]]


def test_the_text_columns_read_the_text_passed_in():
    t = "“We are ready,” said Ana Ruiz. “It was the bus´s driver,” she added."
    q = extract_quotes(t)
    assert all(r.quote == t[r.start:r.end] for r in q.itertuples())


def test_floats_that_differ_in_their_last_bits_are_written_alike(tmp_path):
    x = 0.19129684175795328
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(pd.DataFrame({"share": [x, 2.0]}), a)
    write_csv(pd.DataFrame({"share": [math.nextafter(x, 1.0), 2.0]}), b)
    assert a.read_bytes() == b.read_bytes()
