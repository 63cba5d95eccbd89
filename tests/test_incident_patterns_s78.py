"""Stop 78: incident rules written on the development samples' errors (fixtures in our own words, not the samples')."""

import pytest

from incident_fixtures import count_value, incidents_of, mentions_of
from analysis.events.roles import casualties


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("text, killed", [
    ("Up to four villagers, three men and one woman, were killed when shells hit the market.", 4),
    ("Five guards (two officers and three privates) died in the blast at the gate.", 5),
])
def test_a_breakdown_set_off_after_a_count_that_adds_up_to_it_is_not_added_again(text, killed):
    assert casualties(text)["killed"] == killed


def test_groups_that_do_not_add_up_to_the_count_before_them_are_still_added():
    assert casualties("Four villagers, three men and two women were killed when shells hit the market.")["killed"] == 9


@pytest.mark.parametrize("text, killed", [
    ("Near the river, a body bearing gunshot wounds was found by farmers.", 1),
    ("A body with a gunshot wound to the head was discovered in the orchard.", 1),
    ("Police said nine bodies showing signs of torture were found in the ditch.", 9),
])
def test_bodies_found_with_the_marks_of_violence_are_the_dead(text, killed):
    assert casualties(text)["killed"] == killed


# ---------------------------------------------------------------- what is no event of its own
def test_a_line_that_links_to_another_story_without_a_colon_reports_nothing():
    m = mentions_of("See also Gunmen Kill 12 in Border Town", "Gunmen killed five shepherds near the dam on Monday.")
    assert [count_value(v) for v in m["killed"]] == [5]


def test_an_actors_attacks_on_a_region_since_a_day_are_a_campaign():
    m = mentions_of("The army has continued to commit war crimes in its attacks on northern and western Iraq "
                    "since October 9, in an attempt to seize the region.")
    assert not m.empty and set(m["scope"]) <= {"aggregate", "series"}


def test_sites_a_group_uses_to_engage_in_attacks_are_no_attack():
    m = mentions_of("The targets were depots that the militias were using to engage in rocket attacks against the "
                    "troops, the ministry said.")
    assert m.empty


def test_an_attack_set_off_by_a_comma_after_the_strikes_that_answered_it_is_an_earlier_event_of_its_own():
    m = mentions_of("The navy launched missile strikes on the port on Friday, the ministry said, after a deadly attack "
                    "on a border post that killed four guards and injured 12 others.")
    assert sorted(count_value(v) or 0 for v in m["killed"]) == [0, 4]


@pytest.mark.parametrize("text, killed, injured", [
    ("At least 30 civilians and combatants were killed when rockets hit the parade.", 30, None),
    ("One basketball player from the city team was killed and two others were wounded.", 1, 2),
    ("A guard also sustained injuries in the blast.", None, 1),
    ("Farmers found on Tuesday three bodies of shepherds near the dam after they were abducted.", 3, None),
])
def test_people_nouns_and_words_between_the_count_and_its_verb(text, killed, injured):
    c = casualties(text)
    assert (c["killed"], c["injured"]) == (killed, injured)


def test_a_war_toll_in_the_thousands_told_beside_the_event_is_not_its_toll():
    m = mentions_of("A drone hit the airport on Wednesday.",
                    "The strike answered the war in the region, which has killed at least 12,400 people.",
                    "Another 31,200 people have been wounded as well.")
    assert [count_value(v) for v in m["injured"]] == [None]


@pytest.mark.parametrize("text, killed", [
    ("At least six border guards were killed and two others captured by the rebels overnight.", 6),
    ("A judge was meanwhile shot dead by gunmen as he drove home.", 1),
])
def test_the_taken_are_not_the_dead_and_meanwhile_keeps_the_verb(text, killed):
    assert casualties(text)["killed"] == killed


def test_an_adjective_before_the_first_subject_does_not_cut_a_coordinated_subject_into_two_clauses():
    m = mentions_of("A retired teacher and another villager were killed by an air strike on the market on Thursday.")
    assert [count_value(v) for v in m["killed"]] == [2]


def test_a_group_using_people_to_carry_out_attacks_is_a_habit_and_a_toll_since_a_year_alone_a_tally():
    m = mentions_of("Suicide bombers killed 19 people in the market on Tuesday night.",
                    "The group is increasingly using young recruits to carry out suicide attacks in the region.",
                    "Since 2016 alone, the group has executed 540 members of the village militias in Kirkuk, according to a monitor.")
    inc = m[m["scope"] == "incident"]
    assert [count_value(v) for v in inc["killed"]] == [19]


def test_others_wounded_told_again_after_the_dead_are_not_more_wounded():
    inc = incidents_of("Suicide bombers killed up to 19 people and wounded 23 others in attacks on the camp on Tuesday night.",
                       "The police commissioner said 23 others were wounded in Tuesday night's attacks.")
    assert [count_value(v) for v in inc["injured"]] == [23]
