"""Tests for analysis.reuse (one namespace: analysis.reuse.overlap): pair measures, alignment (offsets, swaps, rewording, quotes), find_reuse."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.reuse import overlap as ov
from analysis.reuse.document import Doc
from analysis.reuse.sentences import narrative_dice

P1 = ("The Pentagon said on Thursday it was deeply concerned about a series of attacks on American "
      "personnel in Iraq and Syria in recent days.")
P2 = ("Iraqi militia groups aligned with Iran vowed to retaliate after strikes on the border killed four "
      "of their members last month.")
P3 = ("Observers blame the attacks on existing factions operating under the umbrella of a paramilitary "
      "alliance formed to fight the extremist group.")
P1_REWORDED = ("On Thursday the Pentagon said that it is deeply worried about the series of attacks against "
               "US staff in Syria and Iraq in the past days.")
P2_REWORDED = ("The militia groups in Iraq allied with Iran promised to take revenge after border strikes "
               "killed four members last month.")
UNRELATED = ("The city council approved a new budget for public libraries on Monday evening. Residents "
             "asked for longer opening hours and more children's books. The mayor promised to review the "
             "proposal next spring after the harvest festival.")
UNRELATED_2 = ("The football club signed a young goalkeeper from a rival team during the winter transfer window. "
               "Supporters sang in the stadium until late at night, and the coach praised the training staff.")
SAME_EVENT_OTHER = ("Rockets struck an air base in western Iraq that hosts American troops, wounding two "
                    "service members, a coalition spokesman said. A mosque near the launch site was damaged. "
                    "Officials in Baghdad condemned the attack as an act of terrorism against the state.")


def _passage_texts(text: str, al: pd.DataFrame, side: str) -> list[str]:
    return [text[s:e] for s, e in zip(al[f"{side}_start"], al[f"{side}_end"])]


# ------------------------------------------------------------------ measures
def test_identical_texts_score_one():
    m = ov.pair_similarity(P1 + " " + P2, P1 + " " + P2)
    assert m["containment_ab"] == m["containment_ba"] == m["jaccard"] == 1.0
    assert m["tfidf_word"] == pytest.approx(1.0) and m["tfidf_char"] == pytest.approx(1.0)
    assert m["overlap"] == pytest.approx(1.0)


def test_containment_is_directional_and_jaccard_penalises_length():
    long = " ".join([UNRELATED, P1, P2, P3, SAME_EVENT_OTHER])
    m = ov.pair_similarity(P1, long)
    assert m["containment_ab"] == 1.0  # all of P1 is in the long text
    assert m["containment_ba"] < 0.3
    assert m["jaccard"] < m["containment_ab"] / 2
    assert m["reuse_share_a"] > 0.95 and m["reuse_share_b"] < 0.3


def test_unrelated_texts_score_low():
    m = ov.pair_similarity(P1 + " " + P2 + " " + P3, UNRELATED)
    assert m["containment_ab"] == m["jaccard"] == 0.0
    assert m["reuse_share_a"] == 0.0
    assert m["overlap"] < 0.2


def test_char_cosine_tolerates_spelling_variants():
    a = "Qassem Soleimani and Abu Mahdi al-Muhandis were killed in Baghdad."
    b = "Qasim Suleimani and Abu Mahdi Mohandis were killed in Baghdad."
    m = ov.pair_similarity(a, b)
    assert m["tfidf_char"] > m["tfidf_word"]


def test_measures_in_unit_interval():
    m = ov.pair_similarity(P1_REWORDED, P1)
    assert set(m) == {"containment_ab", "containment_ba", "jaccard", "tfidf_word", "tfidf_char",
                      "reuse_share_a", "reuse_share_b", "overlap"}
    assert all(0.0 <= v <= 1.0 for v in m.values())


# ------------------------------------------------------------------ alignment
def test_exact_offsets_of_a_verbatim_passage():
    a = UNRELATED + "\n\n" + P1 + " " + P2
    b = SAME_EVENT_OTHER + "\n\n" + P2 + " The end of the story is near now."
    al = ov.align(a, b)
    assert len(al) == 1
    row = al.iloc[0]
    assert row["kind"] == "verbatim"
    assert a[row["a_start"]:row["a_end"]] == P2 == b[row["b_start"]:row["b_end"]]
    assert row["a_text"] == P2 and row["score"] == pytest.approx(1.0)


def test_swapped_paragraphs_are_all_found():
    a = "\n\n".join([P1, P2, P3])
    b = "\n\n".join([P3, UNRELATED, P1, P2[:60].rstrip()])
    al = ov.align(a, b)
    found_a = " ".join(_passage_texts(a, al, "a"))
    assert P1 in found_a and P3 in found_a
    for pa, pb in zip(_passage_texts(a, al, "a"), _passage_texts(b, al, "b")):
        assert pa == pb  # verbatim copies: same text on both sides
    starts = sorted(zip(al["a_start"], al["b_start"]))
    assert any(sa > sb for sa, sb in starts) and any(sa < sb for sa, sb in starts)  # crossing order


def test_reworded_sentences_are_aligned():
    a = "\n\n".join([UNRELATED, P1, P2])
    b = "\n\n".join([P1_REWORDED, P2_REWORDED, SAME_EVENT_OTHER])
    al = ov.align(a, b)
    assert len(al) >= 1 and set(al["kind"]) == {"reworded"}
    covered_a = set().union(*(range(s, e) for s, e in zip(al["a_start"], al["a_end"])))
    p1_start = a.index(P1)
    assert set(range(p1_start, p1_start + len(P1))) <= covered_a
    assert not covered_a & set(range(0, len(UNRELATED)))
    assert all(b[s:e] in (P1_REWORDED, P2_REWORDED, P1_REWORDED + "\n\n" + P2_REWORDED)
               for s, e in zip(al["b_start"], al["b_end"]))


def test_no_passage_between_unrelated_or_independent_texts():
    assert ov.align(P1 + " " + P2 + " " + P3, UNRELATED).empty
    assert ov.align(P1 + " " + P2 + " " + P3, SAME_EVENT_OTHER).empty


def test_short_shared_phrase_is_not_a_passage():
    a = "Officials said the attacks on US forces in Iraq and Syria must stop now."
    b = "Nobody has claimed the attacks on US forces in Iraq and Syria this week."
    assert ov.align(a, b).empty  # 8 shared words < MIN_PASSAGE_TOKENS


def test_shared_quotation_is_marked_and_not_evidence_of_copying():
    quote = ("“We will not tolerate attacks on our people and we will respond at a time and place of our "
             "choosing,” ")
    a = "In Washington, the defence secretary spoke to reporters on Friday. " + quote + "he said."
    b = "A statement was read out at a briefing in the capital later that night. " + quote + "the minister added."
    al = ov.align(a, b)
    assert len(al) == 1 and bool(al["is_quote"].iloc[0])
    arts = pd.DataFrame({"doc_id": ["x", "y"], "text": [a, b], "published": ["2021-07-07", "2021-07-08"]})
    assert ov.find_reuse(arts)["relation"].iloc[0] == "same_events"


def test_given_quote_spans_are_used():
    a, b = P1 + " " + P2, P1 + " " + P2
    al = ov.align(a, b, quote_spans_a=[(0, len(a))], quote_spans_b=[(0, len(b))])
    assert al["is_quote"].all()


def test_sentence_splitter_keeps_initials():
    t = "U.S. forces were hit. The U.S. Embassy said so.\nNext line"
    assert [t[s:e] for s, e in ov.split_sentences(t)] == ["U.S. forces were hit.", "The U.S. Embassy said so.", "Next line"]


def test_tokenize_offsets():
    t = "Iran’s forces, U.S. troops"
    tok = ov.tokenize(t)
    assert [t[s:e] for s, e in zip(tok["start"], tok["end"])] == ["Iran’s", "forces", "U", "S", "troops"]


# ------------------------------------------------------------------ find_reuse
def _corpus() -> pd.DataFrame:
    src = "\n\n".join([P1, P2, P3])
    return pd.DataFrame({
        "doc_id": ["src", "copy", "rew", "other", "far"],
        "text": [src, "\n\n".join([P3, P1, P2]), "\n\n".join([P1_REWORDED, P2_REWORDED, P3]),
                 SAME_EVENT_OTHER + " " + UNRELATED, UNRELATED_2],
        "published": ["2021-07-07", "2021-07-09", "", "2021-07-08", "2023-11-22"],
        "label": ["Wire", "Paper", "Aggregator", "Other", "Blog"],
    })


def test_find_reuse_labels_and_direction():
    pairs = ov.find_reuse(_corpus()).set_index(["a", "b"])
    assert pairs.loc[("src", "copy"), "relation"] == "derived"
    assert pairs.loc[("src", "copy"), "direction"] == "a -> b"
    assert pairs.loc[("src", "copy"), "earlier"] == "src"
    assert pairs.loc[("src", "rew"), "relation"] == "derived"
    assert pairs.loc[("src", "rew"), "direction"] == "unknown"
    assert pairs.loc[("src", "far"), "relation"] == "unrelated"
    assert pairs.loc[("other", "far"), "relation"] == "unrelated"
    assert pairs.loc[("other", "far"), "direction"] == "n/a"
    assert len(pairs) == 10 and list(pairs.columns)[:2] == ["label_a", "label_b"]


def test_find_reuse_candidates_without_all_pairs():
    pairs, al = ov.find_reuse_detailed(_corpus(), all_pairs=False)
    found = set(zip(pairs["a"], pairs["b"]))
    assert {("src", "copy"), ("src", "rew"), ("copy", "rew")} <= found
    assert ("src", "far") not in found and pairs["candidate"].all()
    assert set(zip(al["a"], al["b"])) <= found
    for r in al.itertuples():
        assert r.a_text and r.b_text


def test_screen_finds_reworded_and_verbatim_evidence_only():
    from analysis.reuse.screen import may_share_passages
    assert may_share_passages(Doc(P1 + " " + UNRELATED), Doc(P1_REWORDED + " " + UNRELATED_2))  # reworded only
    assert may_share_passages(Doc(UNRELATED + " " + P2), Doc(P2 + " " + P3))  # verbatim
    assert not may_share_passages(Doc(P1 + " " + P2), Doc(UNRELATED + " " + UNRELATED_2))
    assert not may_share_passages(Doc(P1), Doc(SAME_EVENT_OTHER))  # same events, no shared text


def test_screen_drops_only_unrelated_pairs_without_passages():
    arts = _corpus()
    ref_pairs, ref_al = ov.find_reuse_detailed(arts, all_pairs=True)  # every pair aligned, no screen
    pairs, al = ov.find_reuse_detailed(arts, all_pairs=True, screen=True)
    pd.testing.assert_frame_equal(ref_al, al)
    kept = set(zip(pairs["a"], pairs["b"]))
    gone = ref_pairs[[(a, b) not in kept for a, b in zip(ref_pairs["a"], ref_pairs["b"])]]
    assert len(gone) > 0 and (gone["relation"] == "unrelated").all() and (gone["n_passages"] == 0).all()
    same = ref_pairs[[(a, b) in kept for a, b in zip(ref_pairs["a"], ref_pairs["b"])]].reset_index(drop=True)
    pd.testing.assert_frame_equal(same, pairs)


def test_find_reuse_is_deterministic_and_sorted():
    p1, a1 = ov.find_reuse_detailed(_corpus())
    p2, a2 = ov.find_reuse_detailed(_corpus())
    pd.testing.assert_frame_equal(p1, p2)
    pd.testing.assert_frame_equal(a1, a2)
    assert list(zip(p1["a"], p1["b"])) == sorted(zip(p1["a"], p1["b"]))


def test_article_shares_and_word_diff():
    arts = _corpus()
    _, al = ov.find_reuse_detailed(arts)
    sh = ov.article_shares(arts, al, removed_chars={"src": 100}).set_index("doc_id")
    assert sh.loc["far", "reused"] == 0.0 and sh.loc["copy", "reused"] > 0.9
    assert sh.loc["src", "boilerplate"] > 0
    assert (sh[["reused", "shared_quote", "original", "boilerplate"]].sum(axis=1).round(3) == 1.0).all()
    d = ov.word_diff("deeply concerned about a series", "deeply worried about the series")
    assert ("replace", "concerned", "worried") in set(zip(d["op"], d["a_words"], d["b_words"]))


def test_empty_and_degenerate_inputs():
    assert ov.align("", "").empty
    assert ov.pair_similarity("", "")["overlap"] == 0.0
    arts = pd.DataFrame({"doc_id": ["a"], "text": [""], "published": [""]})
    assert ov.find_reuse(arts).empty


# ------------------------------------------------------------------ properties
WORDS = ["attack", "base", "rockets", "the", "militia", "said", "Iraq", "forces", "on", "of", "US", "“", "”",
         "drone", "Baghdad", ".", ",", "\n\n", "strike", "fired", "at", "near", "officials", "two"]
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map(" ".join)


@settings(max_examples=60)
@given(texts, texts)
def test_pair_similarity_symmetry(a, b):
    m, n = ov.pair_similarity(a, b), ov.pair_similarity(b, a)
    assert m["containment_ab"] == n["containment_ba"]
    assert m["jaccard"] == n["jaccard"]
    assert m["tfidf_word"] == pytest.approx(n["tfidf_word"], abs=1e-4)
    assert m["tfidf_char"] == pytest.approx(n["tfidf_char"], abs=1e-4)
    assert all(0.0 <= v <= 1.0 for v in m.values())


@settings(max_examples=60)
@given(texts, texts)
def test_align_offsets_in_range_and_exact(a, b):
    al = ov.align(a, b)
    for r in al.itertuples():
        assert 0 <= r.a_start < r.a_end <= len(a) and 0 <= r.b_start < r.b_end <= len(b)
        assert a[r.a_start:r.a_end] == r.a_text and b[r.b_start:r.b_end] == r.b_text
        assert r.kind in ("verbatim", "reworded") and 0.0 <= r.score <= 1.0


@settings(max_examples=40)
@given(texts)
def test_self_alignment_covers_long_texts(a):
    al = ov.align(a, a)
    if len(ov.tokenize(a)) >= 40 and not al.empty:
        assert (al["a_start"] == al["b_start"]).any()


@settings(max_examples=30)
@given(st.text(max_size=300), st.text(max_size=300))
def test_never_crashes_on_arbitrary_unicode(a, b):
    ov.align(a, b)
    ov.pair_similarity(a, b)


PARAS = [P1, P2, P3, UNRELATED, UNRELATED_2, SAME_EVENT_OTHER, P1_REWORDED]


def _covered(al: pd.DataFrame, side: str) -> set[int]:
    return set().union(*(range(s, e) for s, e in zip(al[f"{side}_start"], al[f"{side}_end"]))) if len(al) else set()


@settings(max_examples=40)
@given(st.permutations(PARAS).map(lambda p: p[:4]), st.permutations(PARAS).map(lambda p: p[:4]))
def test_alignment_is_symmetric_for_shuffled_paragraphs(pa, pb):
    a, b = "\n\n".join(pa), "\n\n".join(pb)
    ab, ba = ov.align(a, b), ov.align(b, a)
    assert _covered(ab, "a") == _covered(ba, "b") and _covered(ab, "b") == _covered(ba, "a")
    for p in set(pa) & set(pb):  # every shared paragraph is found on both sides
        assert set(range(a.index(p), a.index(p) + len(p))) <= _covered(ab, "a")


def test_results_do_not_depend_on_string_hash_seed():
    import os
    import subprocess
    import sys

    code = ("import pandas as pd; from analysis.reuse import overlap as ov; import tests.test_overlap as t; "
            "p, a = ov.find_reuse_detailed(t._corpus(), all_pairs=False); "
            "print(p.drop(columns=['evidence']).to_csv(index=False) + a.to_csv(index=False))")
    from analysis.paths import PROJECT_ROOT

    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=PROJECT_ROOT, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")]
    assert outs[0] == outs[1] and "derived" in outs[0]


# ------------------------------------------------------------------ held-out error classes (regressions)
# Human rewrites of one news passage (PAN-style: the passage is inserted into an unrelated host).
PERU = ("At least 14 people were killed and more than 200 injured when a powerful earthquake hit central Peru on "
        "Saturday, the country's emergency agency said. The magnitude 7.1 quake was centred near the town of Huancayo "
        "at a depth of 45 kilometres and was felt as far away as Lima, where office workers fled tall buildings. "
        "Landslides blocked sections of the Central Highway, cutting off several Andean communities, and rescuers were "
        "using heavy machinery to clear the road. President Dina Boluarte flew to the region on Saturday afternoon and "
        "declared a 60-day state of emergency in four provinces. The health ministry said hospitals in Junin were "
        "treating the injured in tents set up in car parks because of fears that damaged wards could collapse.")
PERU_HEAVY = ("Peru's emergency agency said on Saturday that a 7.1-magnitude earthquake in the centre of the country had "
              "left 14 dead at a minimum and over 200 hurt. The epicentre lay close to Huancayo, 45km underground, and "
              "the tremor reached all the way to the capital, where people evacuated high-rise offices in a hurry. "
              "Rescuers brought in bulldozers after landslides buried stretches of the Central Highway and isolated a "
              "number of mountain villages. Dina Boluarte, the president, travelled to the affected area that afternoon "
              "and imposed a state of emergency lasting 60 days on four provinces. Because damaged hospital wards in "
              "Junin might give way, the health ministry explained, patients were being cared for in tents pitched in "
              "parking lots.")
PERU_OTHER = ("Rescue teams dug through collapsed adobe homes in the Mantaro valley on Sunday, a day after a strong "
              "earthquake shook Peru's central Andes, as the death toll rose to 19. Many of the victims were elderly "
              "residents of rural districts outside Huancayo whose mud-brick houses crumbled during the tremor, local "
              "officials said. The US Geological Survey measured the quake at 7.0 and said it originated at an "
              "intermediate depth. Water and electricity remained cut in parts of Concepcion and Jauja, and the army "
              "was distributing bottled water and blankets as night temperatures fell close to freezing.")


def _span_cover(al: pd.DataFrame, side: str, start: int, end: int) -> float:
    cov = _covered(al, side)
    return len(cov & set(range(start, end))) / (end - start)


def test_heavy_paraphrase_block_is_found_and_independent_report_is_not():
    a = "\n\n".join([UNRELATED, PERU, UNRELATED_2])
    b = "\n\n".join([P3, PERU_HEAVY, P2])
    al = ov.align(a, b)
    assert _span_cover(al, "a", a.index(PERU), a.index(PERU) + len(PERU)) >= 0.8
    assert _span_cover(al, "b", b.index(PERU_HEAVY), b.index(PERU_HEAVY) + len(PERU_HEAVY)) >= 0.8
    assert not _covered(al, "a") - set(range(a.index(PERU), a.index(PERU) + len(PERU)))  # nothing outside
    assert ov.align(a, "\n\n".join([P3, PERU_OTHER])).empty  # same event, own words: no passage


def test_dropped_sentence_inside_a_copy_gives_one_passage():
    sents = ov.split_sentences(PERU)
    drop = sents[2]  # the middle sentence is dropped by the editor, the rest copied verbatim
    copy = (PERU[: drop[0]] + PERU[drop[1] + 1:]).replace("centred", "centered")
    a, b = UNRELATED + "\n\n" + PERU, copy + "\n\n" + UNRELATED_2
    al = ov.align(a, b)
    assert len(al) == 1
    assert al["a_start"].iloc[0] == a.index(PERU) and al["a_end"].iloc[0] == len(a)


def test_sentence_moved_inside_a_paragraph_gives_one_passage():
    sents = [PERU[s:e] for s, e in ov.split_sentences(PERU)]
    moved = " ".join([sents[0], sents[3], sents[1], sents[2], sents[4]])
    al = ov.align(PERU, moved)
    assert len(al) == 1 and al["a_start"].iloc[0] == 0 and al["a_end"].iloc[0] == len(PERU)
    # but swapped paragraphs stay separate passages
    two = ov.align(P1 + "\n\n" + P3, P3 + "\n\n" + P1)
    assert len(two) == 2


def test_pair_similarity_ranks_rewrite_above_same_event_report():
    heavy, other = ov.pair_similarity(PERU, PERU_HEAVY)["overlap"], ov.pair_similarity(PERU, PERU_OTHER)["overlap"]
    unrelated = ov.pair_similarity(PERU, UNRELATED)["overlap"]
    assert ov.pair_similarity(PERU, PERU)["overlap"] > heavy > other > unrelated
    assert heavy - other > 0.2


def test_evaluate_heldout_scores_a_small_file(tmp_path):
    import json

    host = UNRELATED + "\n\n" + PERU + "\n\n" + UNRELATED_2
    recs = [
        {"id": "r1", "split": "dev", "task": "reuse", "level": "verbatim", "source_text": PERU, "host_text": host,
         "passages": [{"source_start": 0, "source_end": len(PERU), "host_start": host.index(PERU),
                       "host_end": host.index(PERU) + len(PERU), "level": "verbatim"}]},
        {"id": "n1", "split": "dev", "task": "reuse", "level": "none", "source_text": PERU,
         "host_text": UNRELATED + "\n\n" + PERU_OTHER, "passages": []},
        {"id": "p1", "split": "dev", "task": "pair", "grade": 4, "a_text": PERU, "b_text": PERU_HEAVY},
        {"id": "p2", "split": "dev", "task": "pair", "grade": 3, "a_text": PERU, "b_text": PERU_OTHER},
        {"id": "p3", "split": "dev", "task": "pair", "grade": 1, "a_text": PERU, "b_text": UNRELATED},
    ]
    path = tmp_path / "h.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    assert list(ov.load_heldout(path)["id"]) == ["n1", "p1", "p2", "p3", "r1"]
    ev = ov.evaluate_heldout(path).set_index("level")
    assert ev.at["verbatim", "char_recall"] == 1.0 and ev.at["verbatim", "passage_recall"] == 1.0
    assert ev.at["none", "false_passages"] == 0
    assert ev.at["graded", "spearman"] == 1.0 and ev.at["graded", "separation"] > 0


# --- regression tests for the d3_ dev cases (heavy rewrites, quotes with independent attribution) ---

_SRC_HEAVY = (
    "Two explosive-laden drones struck the Ain al-Asad air base in western Iraq late on Tuesday, a US military "
    "official said, in the third attack on the sprawling installation in a week. The official, who spoke on "
    "condition of anonymity because he was not authorised to brief reporters, said one of the drones was shot "
    "down by counter-drone systems before it reached the perimeter.\n\nThe second drone hit an open area near the "
    "runway and caused minor damage to a hangar, according to the official. Two service members were treated for "
    "minor injuries and returned to duty within hours. No aircraft were damaged in the attack, which came shortly "
    "before midnight local time.\n\nA group calling itself the Islamic Resistance in Iraq claimed responsibility in "
    "a statement posted on Telegram, saying the strike was a response to American support for Israel. The umbrella "
    "group, which analysts say includes Kataib Hezbollah and Harakat al-Nujaba, has claimed more than forty attacks "
    "on US positions in Iraq and Syria since the middle of October.")
_HOST_HEAVY = (
    "Late on Tuesday a pair of drones packed with explosives targeted Ain al-Asad, the large air base in Iraq’s "
    "western desert, according to an American military officer who asked not to be named. It was the third time in "
    "seven days that the base had come under fire. Air defences designed to stop drones brought one of them down "
    "short of the base’s outer fence.\n\nThe other drone landed in empty ground beside the airstrip, lightly "
    "damaging a hangar. Two US troops suffered small injuries, were treated and were back at work a few hours "
    "later, and none of the planes on the base was hit in the strike shortly before twelve at night.\n\n"
    "Responsibility was claimed on Telegram by the Islamic Resistance in Iraq, which said it acted because "
    "Washington backs Israel. Experts believe the coalition of factions counts Kataib Hezbollah and Harakat "
    "al-Nujaba among its members; since mid-October it has said it was behind upward of forty strikes on American "
    "troops across Iraq and Syria.")


def test_heavy_rewrite_with_two_strong_neighbouring_pairs_is_found():
    # two neighbouring sentence pairs above BLOCK_STRONG_SEED form a block (old rule needed three seeds)
    al = ov.align(_SRC_HEAVY, _HOST_HEAVY)
    assert len(al) >= 1 and (al["kind"] == "reworded").any()
    assert not al["is_quote"].any()


def test_two_strong_seeds_do_not_fire_on_unrelated_text():
    a = _SRC_HEAVY
    b = ("The city council voted on Monday to extend the opening hours of public libraries in the northern "
         "districts. Farmers in the river valley say this year’s wheat harvest will be the smallest in a decade.")
    assert ov.align(a, b).empty


def test_same_quote_with_independent_attribution_is_a_shared_quotation():
    a = ("Fighting spread to six villages on Monday. “We are not against the coalition, we are against those who "
         "steal our oil and humiliate our sons,” Sheikh Ibrahim al-Hifl, a prominent tribal leader, said in a video "
         "message shared widely on social media. He demanded local councils.")
    b = ("Clashes entered a second week. In a video released online, Sheikh Ibrahim al-Hifl said: “We are not "
         "against the coalition, we are against those who steal our oil and humiliate our sons.” Aid agencies "
         "said families had fled.")
    al = ov.align(a, b)
    assert len(al) and al["is_quote"].all()
    # the same quotation paragraph copied with its attribution is still reuse evidence
    c = "Other news first. " + a
    assert narrative_dice(Doc(a), Doc(c), 0, len(a), 18, len(c)) == 1.0


# --- linear-time paths give the same results as the direct ones ---

def _long_text(seed: int, n_sents: int) -> str:
    import random

    rng = random.Random(seed)
    words = [w for p in PARAS for w in p.replace(".", " ").split()]
    common = ["officials", "attack", "militia"]  # in most sentences: above STEM_DF_CAP
    sents = [" ".join(rng.sample(words, 9) + rng.sample(common, 2)).capitalize() + "." for _ in range(n_sents)]
    return "\n\n".join(" ".join(sents[k:k + 3]) for k in range(0, n_sents, 3))


def test_numpy_and_python_stem_counts_agree_on_long_texts():
    from analysis.reuse import sharedstems

    a, b = Doc(_long_text(1, 240)), Doc(_long_text(2, 220))
    assert a.max_stem_df > ov.STEM_DF_CAP  # the cap binds: common stems are counted by the recount
    fa, fb = set(range(0, 240, 2)), set(range(220))
    py = sharedstems._counts_python(a, b, fa, fb)
    ka, kb, cnt = sharedstems._counts_numpy(a, b, fa, fb)
    assert py == dict(zip(zip(ka.tolist(), kb.tolist()), cnt.tolist())) and len(py) > 1000


def test_quote_mask_of_a_long_text_is_found_around_passages():
    quote = "“We will not tolerate attacks on our people,” the minister said on the record. "
    long = (_long_text(3, 300) + "\n\n" + quote * 3).strip()
    d = Doc(long)
    assert len(long) > ov.QUOTE_WINDOW_TEXT
    s = long.index("“")
    assert d.quote_mask_for(s, s + 60)[s + 5] and not d.quote_mask_for(0, 100)[:100].any()
    assert d.quote_mask[s + 5]  # the whole-text mask agrees


def _screen_docs() -> list[Doc]:
    """Texts sharing verbatim, reworded or no passages, a repeated document and one long list-like text."""
    from analysis import paths
    import json
    rows = [json.loads(x) for x in (paths.DATA / "annotations" / "heldout_overlap.jsonl").read_text().splitlines()]
    texts = [t for r in rows[:40] for t in (r.get("source_text") or "", r.get("host_text") or "")]
    texts += [P1 + " " + UNRELATED, P1_REWORDED + " " + UNRELATED_2, UNRELATED + " " + P2, P2 + " " + P3, P1,
              SAME_EVENT_OTHER, " ".join(f"Rockets hit base number {k} near the river." for k in range(60)), ""]
    return [Doc(t) for t in texts]


def test_batched_screen_matches_the_screen_pair_by_pair():
    """screen_pairs and the batched sentence-pair join give exactly the one-pair answers and numbers."""
    import numpy as np
    from analysis.reuse import pairjoin as pj
    from analysis.reuse.screen import may_share_passages, screen_pairs, sentence_pair_dice
    from analysis.reuse.sharedstems import count_arrays
    docs = _screen_docs()
    n = len(docs)
    pairs = [(docs[i], docs[j]) for i in range(n) for j in range(i, n) if (i + j) % 3 == 0 or j == i + 1]
    got = screen_pairs(pairs)
    assert got == [may_share_passages(a, b) for a, b in pairs] and 0 < sum(got) < len(got)
    t = pj.tables(pairs)
    p, ka, kb, shared, dice = pj.pair_dice(t, *pj.shared_stems(t))
    counts = pj.sentence_pair_counts(pairs)
    for q, (a, b) in enumerate(pairs):
        one = sentence_pair_dice(a, b)
        for x, y in zip(one, (ka[p == q], kb[p == q], shared[p == q], dice[p == q])):
            assert np.array_equal(x, y)  # same floats, not merely close
        if max(a.max_stem_df, b.max_stem_df) <= 50:
            ref, keep = count_arrays(a, b, min_shared=2), counts[q][2] >= 2
            assert all(np.array_equal(x, y[keep]) for x, y in zip(ref, counts[q]))


def test_alignment_with_batched_counts_is_the_same():
    """Giving align_records the batched sentence-pair counts changes nothing."""
    from analysis.reuse.alignment import align_records
    from analysis.reuse.pairjoin import sentence_pair_counts
    docs = _screen_docs()[:40]
    pairs = list(zip(docs[0::2], docs[1::2]))
    counts = sentence_pair_counts(pairs)
    assert any(align_records(a, b) for a, b in pairs)
    for (a, b), c in zip(pairs, counts):
        assert align_records(a, b, counts=c) == align_records(a, b)


def test_screen_hands_its_verbatim_runs_to_the_alignment():
    """The verbatim runs the screen collects are the alignment's own, and aligning with them changes nothing."""
    from analysis.reuse.alignment import align_records, verbatim_runs
    from analysis.reuse.screen import screen_pairs
    docs = _screen_docs()
    pairs = [(docs[i], docs[i + 1]) for i in range(len(docs) - 1)] + [(d, d) for d in docs[-9:]]
    runs: dict[int, list[list[int]]] = {}
    assert screen_pairs(pairs, runs) == screen_pairs(pairs)
    assert any(runs.values())
    for k, r in runs.items():
        a, b = pairs[k]
        assert r == verbatim_runs(a, b)
        assert align_records(a, b, runs=r) == align_records(a, b)


@given(st.lists(st.integers(min_value=0, max_value=(1 << 22) - 1), max_size=300),
       st.lists(st.integers(min_value=0, max_value=(1 << 22) - 1), max_size=300))
@settings(max_examples=60, deadline=None)
def test_fast_set_helpers_equal_numpy(xs, ys):
    """Sort-based unique, radix sort, merge of sorted keys and dense document frequencies give numpy's answers."""
    import math
    import numpy as np
    from analysis.reuse.candidates import frequency_table
    from analysis.reuse.vectors import common_keys, radix_sort_u32, sorted_cosine, sorted_unique
    a, b = np.array(xs, dtype=np.uint32), np.array(ys, dtype=np.uint32)
    for arr in (a, a.astype(np.uint64), b.astype(np.int64)):
        got = sorted_unique(arr)
        assert got.dtype == arr.dtype and np.array_equal(got, np.unique(arr))
    assert np.array_equal(radix_sort_u32(a), np.sort(a))
    ua, ub = np.unique(a), np.unique(b)
    ia, ib = common_keys(ua, ub)
    assert np.array_equal(ua[ia], np.intersect1d(ua, ub)) and np.array_equal(ub[ib], ua[ia])
    same = len(np.intersect1d(ua, ub))
    want = round(same / math.sqrt(len(ua) * len(ub)), 4) if len(ua) and len(ub) else 0.0
    assert sorted_cosine(ua, ub) == want
    keys, counts = frequency_table([ua, ub])  # dense path (small unsigned keys)
    ref_k, ref_c = np.unique(np.concatenate([ua, ub]), return_counts=True)
    assert np.array_equal(keys, ref_k) and np.array_equal(counts, ref_c)
    assert keys.dtype == (ua.dtype if len(ref_k) else np.uint64) and counts.dtype == np.int64


def test_verbatim_check_by_shared_vocabulary_matches_the_search():
    """The screen's verbatim check through numbered 4-grams answers as the pair-by-pair search, whatever
    vocabulary the documents were numbered in before (none, a corpus-wide one, or several)."""
    from analysis.reuse.screen import assign_gram_ids, verbatim_possible, verbatim_possible_many
    docs = _screen_docs()
    pairs = [(docs[i], docs[j]) for i in range(len(docs)) for j in range(len(docs)) if (i * 7 + j) % 5 == 0]
    want = [verbatim_possible(a, b) for a, b in pairs]
    assert 0 < sum(want) < len(want)
    assert verbatim_possible_many(pairs) == want  # no numbering yet
    assign_gram_ids(docs[::2])  # half of them numbered in another vocabulary
    assert verbatim_possible_many(pairs) == want
    assign_gram_ids(docs)
    assert verbatim_possible_many(pairs) == want
    assert verbatim_possible_many([]) == []
