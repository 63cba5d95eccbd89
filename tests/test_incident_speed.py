"""The shortcuts that make incident extraction fast give what the plain expressions give (our own sentences)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.events.clauses import _BOUNDARY, _BOUNDARY_FOLDED
from analysis.events.counts import _COUNT_FOLDED, _COUNT_RE, parse_count
from analysis.events.gazetteer import Token, _joinable, join_flags, tokens
from analysis.events.mentions.scope import _AGGREGATE, _aggregate
from analysis.events.mentions import incident_mentions
from incident_fixtures import patch_mentions
from analysis.events.timex import date_mentions
from analysis.events.timex.mentions import date_records
from analysis.events.triggers import cue_classes
from analysis.events.vocabulary import Folded, any_weapon, folds_exactly, vocabulary, weapons_in

SENTENCES = [
    "On Wednesday, 14 rockets hit the base; last month a drone fell near Erbil.",
    "Militias have attacked US bases more than 60 times since October 17, officials said on 3 March 2024.",
    "Two soldiers were wounded, and three times in a week the camp was shelled.",
    "Three times the senator spoke; nothing happened next Tuesday or in the 1990s.",
    "A ROADSIDE BOMB EXPLODED IN MOSUL ON FRIDAY, KILLING TWO.",
    "The ſhells landed in the dıstrict, the ministry said.",  # long s and dotless i: case-insensitive readings
    "",
]


@pytest.mark.parametrize("published", ["2024-03-07", None, ("2024-03-01", "2024-03-09")])
def test_date_records_are_the_rows_of_date_mentions(published):
    for text in SENTENCES:
        assert date_records(text, published) == date_mentions(text, published).to_dict("records")


@pytest.mark.parametrize("text", SENTENCES + ["Katyusha rockets", "ſuicide bombers", "İran-backed"])
def test_folded_expressions_match_as_the_case_insensitive_ones(text):
    rx = r"\b(?:fired|launched|struck|hit|landed|exploded|suicide|shelled|iran)\b"
    assert Folded(rx).matches(text) == bool(re.search(rx, text, re.I))
    assert any_weapon(text, 13) == any(p.search(text) for _l, _f, _s, p in vocabulary().weapons[:13])
    assert _aggregate(text) == bool(_AGGREGATE.search(text))


def test_folds_exactly_only_without_dotless_i_and_long_s():
    assert folds_exactly("Rockets HIT") and folds_exactly("Ḥarir")
    assert not folds_exactly("ſhell") and not folds_exactly("dıstrict")


def test_folded_refuses_upper_case_expressions():
    with pytest.raises(ValueError):
        Folded(r"[A-Z]\w+ times")


def test_cached_clause_readings_can_be_changed_by_the_caller():
    text = "Two rockets were fired and intercepted over the base"
    cues = cue_classes(text)
    cues["attack"].append((0, 1))
    assert (0, 1) not in cue_classes(text)["attack"]
    found = weapons_in(text)
    found.append("x")
    assert weapons_in(text) == ["rockets"]
    assert weapons_in("strikes hit drone storage facilities", re.compile(r"\s+storage")) == []


def test_counts_and_tokens_read_the_same_twice():
    assert parse_count("at least 14") == parse_count("at least 14") == (14, 14, None, "at_least")
    toks = tokens("Ain al-Asad")
    assert all(isinstance(t, Token) for t in toks) and [t.key for t in toks] == ["ain", "al", "asad"]


def test_incident_mentions_the_same_on_a_second_run():
    s = pd.DataFrame({"doc_id": ["a"] * 2, "para_id": [0, 1], "sent_id": [0, 1], "start": [0, 70], "end": [68, 140],
                      "text": ["On Wednesday, 14 rockets hit Ain al-Asad air base, injuring two soldiers.",
                               "Separately, a drone was shot down near Erbil airport on Thursday."]})
    arts = pd.DataFrame({"doc_id": ["a"], "published": ["2021-07-09"]})
    first = incident_mentions(s, arts)
    pd.testing.assert_frame_equal(first, incident_mentions(s, arts))
    assert first["place_id"].tolist() == ["ain_al_asad", "erbil_airport"]


COUNT_TEXTS = SENTENCES + [
    "AT LEAST FOURTEEN ROCKETS and Two U.S. Soldiers, while 3 Iraqis were hurt",
    "Some 2,000 troops; about twenty-five 122mm Rockets or so, and a third policeman was shot",
    "İran-backed militias fired two drones, after which ſix rockets hit the base",
    "Four \u212aatyusha rockets hit, and A second drone was downed",
]


def _readings(matches, groups: tuple[str, ...] = ()) -> list[tuple]:
    """Each match's span and text, and the text of the named groups, for comparing two matchers."""
    return [(m.span(), m.group(), *(m.group(g) for g in groups)) for m in matches]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_folded_count_and_clause_expressions_read_as_the_plain_ones(text):
    groups = ("qual", "num", "num2", "np")
    assert _readings(_COUNT_FOLDED.finditer(text), groups) == _readings(_COUNT_RE.finditer(text), groups)
    assert _readings(_BOUNDARY_FOLDED.finditer(text)) == _readings(_BOUNDARY.finditer(text))


def test_folded_matches_give_the_original_letters():
    m = next(_COUNT_FOLDED.finditer("Militias fired AT LEAST Fourteen Rockets"))
    assert (m.group("qual"), m.group("num"), m.group("num2")) == ("AT LEAST", "Fourteen", None)
    assert m.group("np").split() == ["Rockets"] and m.start("num2") == -1


@pytest.mark.parametrize("text", SENTENCES + ["U.S. Embassy. Then Deir ez-Zor's al-Omar field", "Erbil,  Iraq - U.N. K", "a"])
def test_join_flags_are_the_word_by_word_ones(text):
    toks = tokens(text)
    assert join_flags(toks, text) == [_joinable(toks, j, text) for j in range(len(toks))]


BOUNDARY_TEXTS = [
    "Followed by a drone attack, the rockets hit the base; no one was hurt",
    "The strike (followed by two more) hit the depot, while militias fired back",
    "A rocket attack followed by drones struck Erbil, and another was downed near the airport",
    "Militias shelled the base,which was evacuated, in response to the raid",
]


@pytest.mark.parametrize("text", BOUNDARY_TEXTS)
def test_clause_boundary_with_lead_reads_as_the_plain_expression(text):
    assert _readings(_BOUNDARY_FOLDED.finditer(text)) == _readings(_BOUNDARY.finditer(text))
    assert _readings(_BOUNDARY_FOLDED.finditer(text.upper())) == _readings(_BOUNDARY.finditer(text.upper()))


def test_with_lead_keeps_alternatives_that_start_inside_words():
    from analysis.events.clauses import with_lead
    pattern = r";\s*|,\s*(?=but)|\s+(?=and)|,?\s*(?=followed)|x(?=y)"
    lead = with_lead(pattern)
    assert "|x(?=y)" in lead.split("(?:")[0] and "|,?\\s*(?=followed)" in lead
    text = "axy;b, but followed and xy"
    assert [m.span() for m in re.finditer(lead, text)] == [m.span() for m in re.finditer(pattern, text)]


def _one_paragraph(sentences: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One article whose sentences form a single paragraph (sentences and articles tables)."""
    rows, pos = [], 0
    for i, s in enumerate(sentences):
        rows.append({"doc_id": "d", "para_id": 0, "sent_id": i, "start": pos, "end": pos + len(s), "text": s})
        pos += len(s) + 1
    return pd.DataFrame(rows), pd.DataFrame({"doc_id": ["d"], "published": ["2023-10-20"],
                                             "text": [" ".join(sentences)]})


def test_a_long_paragraph_of_placed_events_does_not_compare_every_earlier_mention(monkeypatch):

    calls = []
    patch_mentions(monkeypatch, "_same_story", lambda real: lambda r, p: calls.append(1) or real(r, p))
    sents, arts = _one_paragraph(["A drone attack hit the Al-Tanf garrison on Sunday, officials said."] * 120)
    found = incident_mentions(sents, arts)
    assert len(found) == 120 and (found["place_id"] != "").all()
    assert len(calls) < 120, f"{len(calls)} story comparisons for 120 placed mentions (was one per earlier mention)"


def test_agreeing_counts_are_checked_in_one_pass(monkeypatch):
    from analysis.events.merge import consensus

    calls = []
    real = consensus.counts_compatible
    monkeypatch.setattr(consensus, "counts_compatible", lambda a, b: calls.append(1) or real(a, b))
    rows = [{"doc_id": f"d{i}", "killed": 3, "qualifiers": "killed=at_least" if i % 2 else ""} for i in range(300)]
    assert consensus._consensus_count(rows, "killed") == (3, None)
    assert not calls, "agreeing reports are not compared pair by pair"
    rows[0]["killed"] = 9  # a disagreement is still found and listed
    value, shown = consensus._consensus_count(rows, "killed")
    assert shown is not None and "d0: 9" in shown


class _Reads(dict):
    """A dict that counts how often one key is read (to count the earlier mentions or dates a step looks at)."""

    key, reads = "", [0]

    def __getitem__(self, k):
        if k == self.key:
            self.reads[0] += 1
        return super().__getitem__(k)


def _count_reads(monkeypatch, module, name: str, key: str) -> list[int]:
    """Wrap the dicts ``module.name`` returns (one or a list) in ``_Reads`` of ``key``; the read counter."""
    reads = [0]
    kind = type("R", (_Reads,), {"key": key, "reads": reads})
    real = getattr(module, name)

    def wrapped(*a, **k):
        out = real(*a, **k)
        return [kind(d) for d in out] if isinstance(out, list) else out if out is None else kind(out)
    monkeypatch.setattr(module, name, wrapped)
    return reads


@pytest.mark.parametrize("n", [60, 120])
def test_each_mention_reads_a_bounded_part_of_its_paragraph(monkeypatch, n):
    from analysis.events.mentions import document

    reads = _count_reads(monkeypatch, document, "_mention", "scope")
    sents, arts = _one_paragraph(["Two rockets hit the Ain al-Asad air base on Sunday, officials said."] * n)
    assert len(incident_mentions(sents, arts)) == n
    assert reads[0] < 12 * n, f"{reads[0]} scope reads for {n} mentions (was every earlier mention, per mention)"


@pytest.mark.parametrize("n", [60, 120])
def test_each_clause_reads_only_the_dates_of_its_span(monkeypatch, n):
    from analysis.events.mentions import document

    reads = _count_reads(monkeypatch, document, "_dates_near", "start")
    sents, arts = _one_paragraph(["A drone struck the Harir base on 3 March, the ministry said on Monday."] * n)
    assert len(incident_mentions(sents, arts)) == n
    assert reads[0] < 30 * n, f"{reads[0]} date reads for {n} clauses (was all the article's dates, per clause)"


def test_a_story_of_strikes_is_not_rescanned_for_each_reference_back(monkeypatch):

    calls = []
    patch_mentions(monkeypatch, "_family", lambda real: lambda et: calls.append(1) or real(et))
    sents, arts = _one_paragraph(["US aircraft struck a weapons depot in Al-Qaim on Sunday."] +
                                 ["The strike hit a depot near Al-Qaim on Sunday."] * 80)
    found = incident_mentions(sents, arts)
    assert len(found) == 81 and set(found["event_type"]) == {"us_strike"}
    assert len(calls) < 4 * 81, f"{len(calls)} event-family checks for 81 mentions (was all strikes told, per mention)"


#: our own sentences for the alternatives left out by ``Folded(prune=True)``: with and without the rare words
PRUNE_TEXTS = [
    "Rockets hit the base, and a drone was downed near the airport",
    "Militias shelled the camp in response to the raid, following an earlier strike",
    "The blast was quickly followed by gunfire, which was heard across the town",
    "Following the attack, officials said nothing; the road reopened",
    "IN RETALIATION FOR THE RAID, GUNMEN FIRED ON THE CONVOY, BRINGING THE TOLL TO NINE",
    "The ſhelling, which was followed by a raid, hıt the dıstrict",  # long s and dotless i: read on the text itself
    "",
]


@pytest.mark.parametrize("text", PRUNE_TEXTS)
def test_pruned_alternation_reads_as_the_whole_one(text):
    pattern = r",?\s+(?=following\b)|\s+(?=in\s+response\b)|,\s*(?=which\b)|\s+(?=and\b)|x(?=retaliation)"
    pruned, whole = Folded(pattern, prune=bool), Folded(pattern)
    assert _readings(pruned.finditer(text)) == _readings(whole.finditer(text))
    assert pruned.matches(text) == whole.matches(text)
    assert _readings(_BOUNDARY_FOLDED.finditer(text)) == _readings(_BOUNDARY.finditer(text))


def test_pruned_alternation_leaves_out_the_chosen_alternatives_whose_words_are_absent():
    f = Folded(r"\s+(?=following\b)|\s+(?=and\b)|,\s*(?=response\b)", prune=lambda b: "and" not in b)
    assert f._pruned("rockets hit the base and a drone fell").pattern == r"\s+(?=and\b)"  # "and": never left out
    assert f._pruned("a drone fell, following a raid").pattern == r"\s+(?=following\b)|\s+(?=and\b)"
    assert f._pruned("nothing happened") is not None and Folded(r"\bfollowing\b|\bresponse\b", prune=bool)._pruned("x") is None
    assert Folded(r"(following)|(response)", prune=bool).parts is None  # capturing groups: never renumbered


def test_clause_boundary_reads_only_the_alternatives_a_sentence_can_match():
    plain = "Two rockets hit the base, wounding three soldiers"
    assert r"followed\s+by" not in _BOUNDARY_FOLDED._pruned(plain.lower()).pattern
    assert r"followed\s+by" in _BOUNDARY_FOLDED._pruned("the blast was followed by gunfire").pattern


@pytest.mark.parametrize("text", SENTENCES + PRUNE_TEXTS + ["İnjured in a car bomb and a Katyusha attack"])
def test_direct_weapon_and_cue_readings_are_the_guarded_ones(text):
    from analysis.events.vocabulary import _weapon_spans, lowered

    v, low = vocabulary(), lowered(text)
    rows = zip(v.weapons, v.weapons_lc)
    expected = tuple((label, m.span()) for (label, _f, _s, rx_i), rx in rows for m in (rx_i if low is text else rx).finditer(low))
    assert _weapon_spans.__wrapped__(text) == expected
    assert v.has_cue(text.lower()) == bool(v.any_cue.search(text.lower()))


def test_weapon_family_is_the_first_row_of_its_label():
    v = vocabulary()
    for label, fam, _s, _p in v.weapons:
        assert v.family(label) == next(f for lab, f, _s2, _p2 in v.weapons if lab == label)
    assert v.family("no such weapon") == "no such weapon"


def test_site_place_runs_each_locator_test_once(monkeypatch):
    from analysis.events.mention_places import choose as mention_places
    from analysis.events.places import scan_places

    sent = "Rockets hit a base near Balad and a checkpoint in Dujail, north of Baghdad"
    places = scan_places(sent)
    expected = mention_places.site_place(places, sent)
    calls = []
    real = mention_places._locator
    monkeypatch.setattr(mention_places, "_locator", lambda *a: calls.append(1) or real(*a))
    assert mention_places.site_place(places, sent) == expected
    finer = [p for p in places if p["type"] != "country"] or places
    assert 0 < len(calls) <= len(finer), f"{len(calls)} locator tests for {len(finer)} places (was two per place)"


@pytest.mark.parametrize("sent", ["Rockets hit a base near Balad and the town of Dujail", "Near Baghdad, a bomb hit Taji",
                                  "Jets struck depots near Albu Kamal and Mayadin", "A drone hit the Omar field in Deir Ezzor"])
def test_near_and_wide_are_the_two_locator_readings(sent):
    from analysis.events.mention_places import choose as mp
    from analysis.events.places import scan_places

    finer = [p for p in scan_places(sent) if p["type"] != "country"]
    near, wide = ([p for i, p in enumerate(finer) if not mp._locator(sent, p, finer[i - 1] if i else None, vic) and
                   not (i + 1 < len(finer) and mp._possessor(sent, p, finer[i + 1]))] for vic in (True, False))
    assert mp._near_and_wide(sent, finer) == (near, wide)


def test_threat_naming_no_one_is_dropped_before_its_counts_are_read(monkeypatch):

    calls, counted = [], []
    patch_mentions(monkeypatch, "_mention_place", lambda real: lambda *a: calls.append(1) or real(*a))
    patch_mentions(monkeypatch, "casualties", lambda real: lambda *a: counted.append(a[0]) or real(*a))
    sents, arts = _one_paragraph(["They vowed to retaliate soon."])
    assert incident_mentions(sents, arts).empty
    assert not calls, "a threat that names no one was read past its speaker"
    sents, arts = _one_paragraph(["President Joe Biden vowed to retaliate for the drone attack that killed three soldiers."])
    incident_mentions(sents, arts)
    assert calls  # a threat by a speaker with a title is read in full
    assert not any(c.startswith("President") for c in counted)  # but not its counts: a threat has none of its own


def test_most_rule_expressions_read_the_lower_cased_text():
    """Capitals and curly quotes in a case-insensitive rule no longer keep it off the lower-cased text (s23)."""
    import analysis.events.clauses as clauses
    from analysis.events import counts, roles, triggers
    from analysis.events.mentions import document, groups, headings, inherit, scope, slots, told
    from analysis.events.prefilter import Guarded

    mentions = (scope, groups, slots, told, inherit, document, headings)
    rules = [v for mod in (clauses, counts, *mentions, roles, triggers) for v in vars(mod).values()
             if isinstance(v, Guarded) and v.rx.flags & re.I]
    assert len(rules) > 100 and sum(g.lc is None for g in rules) <= len(rules) // 50
    assert clauses._CAPTION.lc is not None  # its credit line with capitals as written is apart (_CREDIT_NAME)
    for text in ["Soldiers patrol the base. (AFP)", "Smoke over the camp. (Jane Roe /Army Command)",
                 "The attack killed two guards (Iraq/Syria border)", "File photo of the gate", "Photo: the gate"]:
        assert bool(clauses._CAPTION.search(text) or clauses._CREDIT_NAME.search(text)) == \
            bool(re.search(clauses._CAPTION.rx.pattern + "|" + clauses._CREDIT_NAME.rx.pattern, text, re.I))


def test_with_lead_reads_the_first_words_of_alternatives_that_start_with_spaces():
    from analysis.events.clauses import space_words, with_lead
    from analysis.events.prefilter import branches
    pattern = r";\s*|\s+(?=(?:while|whereas)\s)|,?\s+(?=after\s+a\b)"
    assert space_words(branches(pattern)) == ["while", "whereas", "after"]
    assert with_lead(pattern).startswith(r"(?=[;,]|\s+(?:while|whereas|after))")
    text = "Rockets fell while  guards slept, after a drone hit; whereas nothing else after that"
    assert [m.span() for m in re.finditer(with_lead(pattern), text)] == [m.span() for m in re.finditer(pattern, text)]


def test_with_lead_tries_every_space_when_an_alternative_starts_with_an_unread_word():
    from analysis.events.clauses import with_lead
    pattern = r";\s*|\s+(?=\w+ed\b)"
    assert with_lead(pattern).startswith(r"(?=[;,\s])")
    text = "The drone crashed; militias fired"
    assert [m.span() for m in re.finditer(with_lead(pattern), text)] == [m.span() for m in re.finditer(pattern, text)]
