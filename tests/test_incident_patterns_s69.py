"""Stop 69 incident rules, each on sentences of our own words (regression fixtures, not evidence of accuracy: the
figures on real text are in ``benchmarks/README.md``)."""

import pytest

from analysis.events.clauses import split_clauses
from analysis.events.roles import casualties, raised_toll
from analysis.quotes import extract_quotes
from analysis.validate.incidents import place_right
from incident_fixtures import munition_roles, text_incidents


def _incidents(text: str, published: str = "2020-05-20"):
    return text_incidents(text, published)


# --- a list of victims inside the clause ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen killed 14 people, including seven soldiers, in an attack on a village in Borno state on Friday.",
    "Gunmen killed 14 people, including seven soldiers, two women and two children, in a raid on a village in Borno "
    "state on Friday.",
])
def test_an_aside_of_victims_closed_before_the_place_keeps_one_clause(text):
    assert len(split_clauses(text)) == 1
    inc = _incidents(text)
    assert len(inc) == 1 and inc["killed"].iloc[0] == 14 and inc["place"].iloc[0] == "Borno"


def test_an_aside_that_names_another_event_is_still_its_own_clause():
    s = "Militias have attacked US forces 60 times, including a drone strike on Tower 22 that killed three soldiers."
    assert len(split_clauses(s)) == 2


@pytest.mark.parametrize("text, killed, injured", [
    ("Twelve people, including a local councillor, his wife and two of his bodyguards, were killed in the attack.", 12,
     None),
    ("Twelve people, among them a councillor, his wife, two of his guards and several traders, were killed.", 12, None),
    ("Fifteen people, including four policemen, two children, a journalist and an unknown number of passers-by, died "
     "in the blast.", 15, None),
    ("The blast killed 27 policemen, including two officers, and two more were wounded.", 27, 2),  # not a part
])
def test_a_list_of_several_parts_between_a_total_and_its_verb_leaves_the_total(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


# --- tolls told other ways --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Three police officers are feared dead after the gun battle.", 3),
    ("Two miners were presumed dead after the ambush.", 2),
])
def test_feared_or_presumed_dead_is_a_toll(text, killed):
    assert casualties(text)["killed"] == killed  # ("feared to have been killed" is left a hedge: stop 63's test)


@pytest.mark.parametrize("text, killed", [
    ("Police found the bodies of seven men and four women at the bar.", 11),
    ("The bodies of two soldiers and three civilians were found after the attack.", 5),
    ("Police found the bodies of two soldiers and 3 days later arrested a suspect.", 2),
])
def test_bodies_of_two_counted_groups_are_both_the_dead(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_toll_raised_by_what_the_sentence_tells_updates_the_incident():
    assert raised_toll("The missing soldiers were found dead, raising the death toll to eight.") == 8
    for wider in ("The strikes hit Gaza, bringing the death toll since October to 12,000.",
                  "Two more were found, raising the toll to 25,105.", "..., bringing the death toll in Benue to 45.",
                  "..., bringing the toll to 45 since January.", "..., bringing the death toll to 43 this week."):
        assert raised_toll(wider) is None, wider
    text = ("Jihadists ambushed the troops on Monday in Yagha province, leaving four dead and four others missing.\n\n"
            "\u201cThe bodies of the missing soldiers have been found during a search raising the death toll to "
            "eight,\u201d the source said.")
    inc = _incidents(text)
    assert inc["killed"].tolist() == [8]


def test_the_other_side_s_dead_in_the_clash_join_the_toll():
    text = ("Fifteen soldiers were killed while 12 others were wounded in a firefight with Abu Sayyaf members in Patikul, "
            "Sulu on Monday.\n\nThe command said about two dozen militants were killed in the clash.")
    inc = _incidents(text)
    assert inc[["killed", "injured"]].values.tolist() == [[39, 12]]


def test_a_victims_aside_without_including_leaves_the_total():
    c = casualties("On July 23, at least 45 Afghan civilians, many women and children were killed in a rocket attack.")
    assert c["killed"] == 45
    assert casualties("Seven people, most of them soldiers, were wounded.")["injured"] == 7


# --- munitions: a part of the whole as the subject ------------------------------------------------------------------

@pytest.mark.parametrize("text, fired, hit, intercepted", [
    ("Four of the 14 rockets fired at the base were intercepted.", 14, None, 4),
    ("Two of the three drones were shot down.", 3, None, 2),
    ("Six of 10 missiles hit the base.", 10, 6, None),
    ("Air defences shot down all 18 drones launched by Russia overnight.", 18, None, 18),
    ("Air defences shot down 15 drones launched by Russia overnight.", None, None, 15),  # how many fired is untold
    ("Three of the rockets hit the base.", None, 3, None),
])
def test_a_part_of_the_counted_munitions_takes_the_verb_and_the_whole_was_fired(text, fired, hit, intercepted):
    assert munition_roles(text) == (fired, hit, intercepted)


# --- the scorer's place names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("gold, pred, right", [
    ("Yanbuki settlement", {"place_id": "txt:yanbuki@", "place": "Yanbuki"}, True),
    ("Quirino township", {"place_id": "txt:quirino@", "place": "Quirino"}, True),
    ("Narino state", {"place_id": "txt:narino@", "place": "Narino"}, False),  # a state is not stripped: "Mexico State"
    ("US Al-Tanf base", {"place_id": "al_tanf", "place": "Al-Tanf garrison"}, True),
    ("US military base in the Al-Omar oil field", {"place_id": "omar_oilfield", "place": "Al-Omar oil field"}, True),
    ("Eidak area of Mir Ali", {"place_id": "txt:eidak@", "place": "Eidak"}, True),
    ("Conoco gas factory", {"place_id": "conoco_field", "place": "Conoco gas field"}, True),
    ("Tugas village", {"place_id": "txt:patikul@", "place": "Patikul"}, False),
])
def test_a_gold_place_written_with_a_feature_noun_or_an_owner_is_its_bare_name(gold, pred, right):
    assert place_right({"place": gold}, pred) is right


def test_a_headline_that_condemns_something_as_a_single_marked_phrase_quotes_its_subject():
    t = "Iraq condemns latest U.S. strikes as ‘irresponsible escalation’\n\nThe office said “it was a violation.”"
    q = extract_quotes(t)
    assert q[["is_speech", "speaker"]].values.tolist()[0] == [True, "Iraq"]


def test_a_raised_toll_after_two_attacks_told_apart_updates_neither():
    text = ("A bomb killed five people in Kabul on Monday.\n\nA second bomb killed three in Kandahar on Monday.\n\n"
            "Rescuers pulled another body from the rubble, raising the toll to six.")
    assert sorted(_incidents(text)["killed"].tolist()) == [3, 5]


@pytest.mark.parametrize("text, killed", [
    ("Police found the bodies of five men and 20 bags of human remains.", 5),
    ("Police found the bodies of three migrants and one survivor.", 3),
    ("Four hostages presumed dead for years were freed by the army.", None),
    ("The 30 miners were feared dead after the attack but were later rescued.", None),
    ("Twelve people, including four children, who were fleeing the fighting, were killed.", 12),
])
def test_near_misses_of_the_new_toll_rules(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, injured", [
    ("The bus carried 45 passengers, many of whom were wounded.", None),
    ("The raid targeted 60 people, many were shot and some were wounded.", None),
])
def test_many_with_a_verb_of_its_own_is_no_aside(text, injured):
    assert casualties(text)["injured"] == injured


@pytest.mark.parametrize("text", [
    "At least 30 killed in a series of attacks across Iraq, including a car bomb in Sadr City, in which 12 died.",
    "Attacks across Nigeria killed 40 last week, including 14 in an ambush in Borno, and 16 in Kaduna.",
])
def test_an_aside_that_names_an_event_or_a_place_stays_a_clause(text):
    assert len(split_clauses(text)) >= 2


@pytest.mark.parametrize("text, fired, hit, intercepted", [
    ("All but two of the 30 missiles were intercepted.", None, None, 30),
    ("Two of the 14 rockets intercepted on Monday were fired from Lebanon.", None, None, 14),
    ("Air defences destroyed all 11 drones launched at Kyiv, out of 35 drones launched by Russia.", 35, None, 11),
])
def test_near_misses_of_the_part_of_the_whole(text, fired, hit, intercepted):
    assert munition_roles(text) == (fired, hit, intercepted)


@pytest.mark.parametrize("headline", ["Guardian describes leak as ‘Pandora Papers’", "PM slams rivals as ‘Tories’"])
def test_a_name_after_as_in_a_headline_is_no_quote(headline):
    q = extract_quotes(headline + "\n\nThe office said “it was a violation.”")
    assert not q["is_speech"].iloc[0]


@pytest.mark.parametrize("gold, pred", [
    ("Mexico State", {"place_id": "txt:mexico@", "place": "Mexico"}),
    ("US military base", {"place_id": "txt:usairbase@", "place": "coalition military base"}),
])
def test_a_state_or_a_generic_base_is_not_the_bare_name(gold, pred):
    assert place_right({"place": gold}, pred) is False


@pytest.mark.parametrize("text, fired, hit, intercepted", [
    ("Thirteen of the 15 drones were destroyed.", 15, None, 13),
    ("Several of the 20 rockets hit the base.", 20, None, None),  # how many hit is untold
])
def test_a_part_told_in_any_number_word(text, fired, hit, intercepted):
    assert munition_roles(text) == (fired, hit, intercepted)


def test_depicted_as_is_a_cue_and_a_mission_to_the_un_speaks():
    t = ("Washington has struck again.\n\nTehran’s mission to the UN depicted the strike as part of clashes “between the "
         "US army and resistance groups in the region”.")
    assert extract_quotes(t)[["is_speech", "speaker"]].values.tolist() == [[True, "Tehran’s mission to the UN"]]


# --- round 2 --------------------------------------------------------------------------------------------------------

def test_a_launch_the_targets_intended_is_not_the_strike_s_weapon():
    text = ("A suspected U.S. air strike killed five members of an armed group north of Kirkuk on Sunday as they were "
            "preparing to launch projectiles at U.S. forces.")
    inc = _incidents(text)
    assert inc["weapon"].tolist() == ["air strike"]


def test_the_manifest_s_title_below_a_site_s_menu_line_is_the_title():
    from analysis.text.clean import clean_text
    title = "Suspected U.S. strike in Iraq kills five, sources say"
    raw = (f"Connect with us\n\n{title}\n\nA suspected U.S. air strike killed five militants north of Kirkuk on Sunday, "
           "sources said.\n\nOfficials did not comment.")
    c = clean_text(raw, title)
    assert c.meta["title"] == title and c.meta["standfirst"] == ""
    assert clean_text(raw, "").meta["title"] == "Connect with us"  # without a manifest title: the first line, as before


@pytest.mark.parametrize("text, weapon", [
    ("Gunmen trying to shoot their way into the police station detonated a car bomb in Bannu, killing seven officers.",
     "car bomb"),
    ("A sniper preparing to shoot at soldiers in Donetsk was killed by a Ukrainian drone on Monday.", "drones"),
])
def test_an_intended_launch_inside_the_subject_changes_no_weapon(text, weapon):
    assert _incidents(text)["weapon"].tolist() == [weapon]


@pytest.mark.parametrize("raw, title, got", [
    ("Kabul: magnetic bomb kills 2 civilians\n\nGhazni: Taliban attack checkpoint, 5 police killed\n\nKunduz: 3 soldiers "
     "wounded in clash\n\nThe ministry reported the attacks on Sunday.", "Ghazni: Taliban attack checkpoint, 5 police killed",
     "Kabul: magnetic bomb kills 2 civilians"),  # a news item above is no furniture
    ("Rockets hit Baghdad Green Zone\n\nWorld\n\nBAGHDAD - Rockets hit the zone on Monday.\n\nNo one was hurt.", "World",
     "Rockets hit Baghdad Green Zone"),  # a one-word manifest title is a section's name as often as the headline
])
def test_the_title_below_furniture_only_under_furniture(raw, title, got):
    from analysis.text.clean import clean_text
    assert clean_text(raw, title).meta["title"] == got


# --- the coded descriptions' scorer ---------------------------------------------------------------------------------

def test_a_coded_entry_s_toll_is_its_own_not_its_header_s(tmp_path):
    import json
    from analysis.validate.incidents import score_event_descriptions
    lede = ("At least seven people, mostly soldiers, were killed on Saturday in bomb explosions in the capital "
            "Mogadishu, officials said.")
    rows = [
        {"ev_id": "t_01", "split": "t", "source": "x", "context": lede, "published": "2012-05-20",
         "text": "A roadside bomb killed four soldiers and one civilian in Mogadishu's Karan district.",
         "killed": 5, "wounded": None, "place": "Karan", "date": "2012-05-19"},
        {"ev_id": "t_02", "split": "t", "source": "x", "context": lede, "published": "2012-05-20",
         "text": "The blasts were heard across the city.", "killed": 7, "wounded": None, "place": "Mogadishu",
         "date": "2012-05-19"},  # the entry tells no incident of its own: the header's stands for it, as before
    ]
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    table = score_event_descriptions(tmp_path, splits=("t",))["rows"].set_index("ev_id")
    assert table.loc["t_01", "pred_killed"] == 5 and table.loc["t_02", "pred_killed"] == 7


@pytest.mark.parametrize("text, speech", [
    ("Footage showed debris from two drones, with clearly visible inscriptions on the wing of one drone that read "
     "“Soleimani’s revenge”.", False),
    ("The unit shared photos of the drones with Arabic phrases written on them: “Peace be upon you, Oh Iraq.”", False),
    ("The minister posted a message on Telegram which read: “We will not back down from this fight.”", True),  # hers
])
def test_words_written_on_a_thing_are_no_speech(text, speech):
    assert bool(extract_quotes(text)["is_speech"].iloc[0]) is speech
