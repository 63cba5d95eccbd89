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

    keys = [k[:-1] + "x" for k in sorted(ix.exact)[::97] if len(k) >= 7] + ["ainalasadd", "kirkukk", "baghdadd"]
    found = 0
    for key in keys:
        ix.cache.pop((key, 90.0), None)
        assert ix._best_fuzzy(key, 90.0) == all_lengths(key, 90.0), key
        found += ix._best_fuzzy(key, 90.0) is not None
    assert found >= 3
