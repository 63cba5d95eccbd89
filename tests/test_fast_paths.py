"""Fast paths of the event scanners read the text exactly as their general paths do (our own words)."""

from analysis.events.gazetteer import token_key, tokens
from analysis.events.mentions.document import _dates_near
from analysis.events.timex.lexicon import normalise
from analysis.events.timex.scan import key_positions

TEXT = ("On Friday, 14 rockets hit the base; last week, on 11/9/23 at 5 pm, Tell Abyad and Rutbah were shelled "
        "and the attack came a day after the election.\tIn December, two drones fell.")


def test_key_positions_ascii_as_word_loop():
    # a non-ASCII letter at the end sends the text down the word loop; the keys before it are the same
    ascii_keys = {k: v for k, v in key_positions(TEXT).items() if not k.startswith("#")}
    loop_keys = {k: v for k, v in key_positions(TEXT + " Ré").items() if not k.startswith("#")}
    assert ascii_keys == loop_keys and ascii_keys["friday"] == [3] and "december" in ascii_keys


def test_token_key_plain_words_as_general_path():
    # "X’s" goes through transliteration and possessive stripping; the plain word takes the fast path
    for word in ("Rutbah", "Tell", "Shah", "Baghdad", "IRAQ", "Sulaymaniyah", "K2", "Ouhh"):
        assert token_key(word) == token_key(word + "\u2019s"), word
    assert [t.key for t in tokens("Tell Abyad")] == ["tal", "abyad"]


def test_normalise_ascii_and_unicode():
    assert normalise("a\tb") == "a b"
    assert normalise("5\u00a0May \u2013 Iraq\u2019s\t") == "5 May - Iraq's "


def test_dates_near_maps_pieces_back():
    text = "Intro line.\n\nRockets hit on Monday.\n\nNothing here.\n\nDrones struck on Friday."
    sents = [{"para_id": i, "sent_id": i, "start": text.index(t), "end": text.index(t) + len(t), "text": t}
             for i, t in enumerate(text.split("\n\n"))]
    rows = _dates_near(sents, {1, 3}, text, "2024-01-10")
    assert sorted(text[r["start"]:r["end"]] for r in rows) == ["Friday", "Monday"]


def test_fuzzy_lengths_skip_only_lengths_that_cannot_match():
    # every key length left out scores below the cut against any key of its length (a repeated letter is the best case)
    from rapidfuzz import fuzz

    from analysis.events.gazetteer import _fuzzy_lengths
    for size in range(5, 30):
        for cut in (90.0, 94.0):
            kept = _fuzzy_lengths(size, cut)
            assert size in kept
            for n in range(int(size * 0.8), int(size * 1.25) + 2):
                best = fuzz.ratio("a" * size, "a" * n)
                assert (n in kept) == (best >= cut), (size, n, cut, best)


def test_fuzzy_lookup_as_all_lengths():
    # the fuzzy look-up answers as the loop over every length from 0.8 to 1.25 times the key's
    from rapidfuzz import fuzz, process

    from analysis.events.places import places_gazetteer
    ix = places_gazetteer().index

    def all_lengths(key: str, cut: float) -> tuple[str, float] | None:
        out = None
        for n in range(int(len(key) * 0.8), int(len(key) * 1.25) + 2):
            best = process.extractOne(key, ix.fuzzy_keys.get((key[0], n), ()), scorer=fuzz.ratio, score_cutoff=cut)
            if best is None or abs(len(best[0]) - len(key)) >= 3 and (best[0] in key or key in best[0]):
                continue
            if out is None or best[1] > out[1]:
                out = (ix.fuzzy_ids[(key[0], n)][best[2]], round(float(best[1]), 1))
        return out

    keys = [k[:-1] + "x" for k in sorted(ix.exact)[::97] if len(k) >= 7] + ["ainasadd", "kirkukk", "baghdadd", "damascuss", "ramadii"]
    found = 0
    for key in keys:
        ix.cache.pop((key, 90.0), None)
        assert ix._best_fuzzy(key, 90.0) == all_lengths(key, 90.0), key
        found += ix._best_fuzzy(key, 90.0) is not None
    assert found >= 3


def _finish_by_pandas(rows: list[dict]):
    """The mentions table built the general way (a frame of records, sorted and typed by pandas)."""
    import pandas as pd

    from analysis.events.mentions import COUNT_FIELDS, MENTION_COLUMNS

    df = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    df = df.sort_values(["doc_id", "sent_start", "clause_start"], kind="stable").reset_index(drop=True)
    df["mention_id"] = [f"{d}-m{i:03d}" for d, i in zip(df["doc_id"], df.groupby("doc_id").cumcount())]
    for c in COUNT_FIELDS + ["geo_precision"]:
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
    for c in ("place_score", "latitude", "longitude"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in ("para_id", "sent_id", "sent_start", "sent_end", "clause_start", "clause_end", "evidence_start",
              "evidence_end"):
        df[c] = pd.to_numeric(df[c]).astype("int64")
    for c in MENTION_COLUMNS:
        if df[c].dtype == object or str(df[c].dtype) in ("str", "string"):
            df[c] = df[c].fillna("").astype(str)
    return df[MENTION_COLUMNS]


def test_mentions_table_typed_as_pandas_path():
    import pandas as pd

    from analysis.events.mentions import MENTION_COLUMNS, _finish

    base = dict.fromkeys(MENTION_COLUMNS, "")
    offsets = {"para_id": 0, "sent_id": 0, "sent_end": 9, "clause_end": 9, "evidence_start": 0, "evidence_end": 9}
    rows = [  # plain values (typed directly) and odd ones (a count as text, a missing place, a flag as a bool)
        {**base, **offsets, "doc_id": "b", "sent_start": 5, "clause_start": 5, "killed": 2, "injured": None,
         "place_score": 0.9, "latitude": 33, "longitude": None, "geo_precision": None, "place": None},
        {**base, **offsets, "doc_id": "a", "sent_start": 0, "clause_start": 3, "killed": "3", "injured": 1,
         "n_fired": None, "place_score": "", "latitude": 1.5, "longitude": 2.5, "geo_precision": 1, "target": True},
        {**base, **offsets, "doc_id": "b", "sent_start": 0, "clause_start": 0, "killed": None, "place_score": None,
         "latitude": None, "longitude": None, "geo_precision": 2},
    ]
    for case in (rows, rows[:1], []):
        pd.testing.assert_frame_equal(_finish([dict(r) for r in case]), _finish_by_pandas([dict(r) for r in case]))


def test_sentences_by_doc_as_records():
    import pandas as pd

    from analysis.events.mentions import _by_doc

    s = pd.DataFrame({"doc_id": ["b", "a", "a", "b"], "para_id": [0, 1, 0, 0], "sent_id": [1, 1, 0, 0],
                      "start": [9, 20, 0, 0], "end": [15, 30, 10, 8], "text": ["x", None, "y", "w"], "extra": [1.5, 2, 3, 4]})
    expected: dict = {}
    for r in s.sort_values(["doc_id", "sent_id"], kind="stable").to_dict("records"):
        expected.setdefault(r["doc_id"], []).append(r)
    got = _by_doc(s)
    assert list(got) == list(expected) and str(got) == str(expected)


def test_alias_lengths_follow_new_aliases():
    from analysis.events.gazetteer import AliasIndex

    ix = AliasIndex()
    ix.add("ain", "Ain Dara")
    text = "Shells hit Ain Dara Asad today"
    assert [m.ids for m in ix.scan(tokens(text), text)] == [("ain",)]
    ix.add("x", "Ain Dara Asad")  # a longer alias added after a scan is found first
    assert [m.ids for m in ix.scan(tokens(text), text)] == [("x",)]


def test_key_positions_as_one_expression_per_key():
    # the general path: one alternation of the letter key words, and each number expression over the whole text
    import re

    from analysis.events.timex.patterns import KEY_WORDS
    from analysis.events.timex.scan import _NUMBERS

    words = sorted((k for k in KEY_WORDS if k.isalpha()), key=len, reverse=True)
    key_word = re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])")
    texts = [TEXT, "Mayday: MAY 5th, 123 4567 12345 1 / 2, 2021 - 07, 11.30am, 1230 pm, x12 pm, ٣/٤, Decembers",
             "sinceJune 2019-2020 at 9:45 PM; 07 .  8 and 99a"]
    for text in texts:
        expected: dict = {}
        for m in key_word.finditer(text.lower()):
            expected.setdefault(m.group(), []).append(m.start())
        for key, rx in _NUMBERS.items():
            found = [m.start() for m in rx.finditer(text)]
            if found:
                expected[key] = found
        assert dict(key_positions(text)) == expected, text


def test_locative_cache_keys_on_type_and_span():
    """The cached locative verdict depends on the place's type and span, not on the sentence alone."""
    from analysis.events.mention_places import locative

    sent = "The militia has strong ties to Iran and a rocket fell in Iran"
    country = {"type": "country", "start": 31, "end": 35, "text": "Iran"}
    assert locative(sent, country) is False  # a party ("ties to Iran"), not where it happened
    assert locative(sent, {**country, "type": "town"}) is True  # any finer place locates
    assert locative(sent, {**country, "start": 57, "end": 61}) is True  # "fell in Iran"
