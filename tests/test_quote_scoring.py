"""The quote scorer's regrouping of running quotes (our own short texts)."""

from __future__ import annotations

import pandas as pd

from analysis.validate.quotes import merge_running_quotes


def _gold(text: str, pieces: list[list[tuple[int, int]]], speakers: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    g = pd.DataFrame({"doc_id": "d", "attr_id": [str(i) for i in range(len(pieces))], "content": pieces,
                      "source": [[(0, 2)]] * len(pieces), "content_text": "", "n_chars": 1, "speaker_resolved": speakers})
    return pd.DataFrame({"doc_id": ["d"], "text": [text]}), g


def test_a_paragraph_left_open_joins_the_next_quote_paragraph():
    t = "Jo said: “We begin today.\n“We end next year.”"
    texts, g = _gold(t, [[(9, 25)], [(26, 45)]], ["Jo", "Jo"])
    assert merge_running_quotes(texts, g)["content"].tolist() == [[(9, 25), (26, 45)]]


def test_closed_quotes_other_speakers_and_text_between_stay_apart():
    t = "Jo said: “We begin.”\n“We end.”\nAl said: “No.\n“Yes.”"
    closed = _gold(t, [[(9, 20)], [(21, 30)]], ["Jo", "Jo"])
    assert len(merge_running_quotes(*closed)) == 2
    other = _gold(t, [[(40, 44)], [(45, 51)]], ["Al", "Jo"])
    assert len(merge_running_quotes(*other)) == 2


def test_gold_rows_out_of_text_order_are_grouped_in_text_order():
    t = "Jo said: “We begin today.\n“We end next year.”"
    texts, g = _gold(t, [[(26, 45)], [(9, 25)]], ["Jo", "Jo"])
    assert merge_running_quotes(texts, g)["content"].tolist() == [[(9, 25), (26, 45)]]
