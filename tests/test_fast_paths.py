"""Fast paths of the event scanners read the text exactly as their general paths do (our own words)."""

from analysis.events.gazetteer import token_key, tokens
from analysis.events.mentions import _dates_near
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
