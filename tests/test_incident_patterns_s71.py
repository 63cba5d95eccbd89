"""Stop 71 incident rules, each on sentences of our own words (regression fixtures, not evidence of accuracy: the
figures on real text are in ``benchmarks/README.md``)."""

import pytest

from analysis.events.roles import casualties
from analysis.events.roles.fired import munitions


# --- munitions told by where they came down, or never fired -----------------------------------------------------------

@pytest.mark.parametrize("text, role, n", [
    ("A barrage of 17 rockets came down near the airbase, causing damage but no casualties.", "n_hit", 17),
    ("Two rockets have come down inside the Green Zone.", "n_hit", 2),
    ("The airbase had been struck with eight Katyusha rockets, injuring four soldiers.", "n_hit", 8),
    ("Explosions rocked the base at dawn after the fall of 4 rockets.", "n_hit", 4),
    ("The drone attack last week used three unmanned vehicles.", "n_fired", 3),
])
def test_a_munitions_role_from_where_it_came_down(text, role, n):
    assert munitions(text)[role] == n


@pytest.mark.parametrize("text", [
    "Three shells that had been loaded into the rocket launcher were found at the scene.",
    "Police found two rockets on a launcher in a field near the airport.",
    "Two of the drones that hit the house exploded and the other did not.",
])
def test_munitions_found_or_a_part_of_them_are_no_number_fired(text):
    m = munitions(text)
    assert m["n_fired"] is None and m["n_hit"] is None


@pytest.mark.parametrize("text, role, n", [
    ("The base was targeted with eight Katyusha rockets.", "n_fired", 8),  # aimed, not said to have struck
    ("Two of the rockets were intercepted.", "n_intercepted", 2),
    ("Two of the rockets were fired at the embassy.", "n_fired", 2),  # a part with its own verb of firing
])
def test_other_roles_stay(text, role, n):
    assert munitions(text)[role] == n


# --- tolls ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("Four civilians and an activist were killed in shelling of the town.", 5),
    ("The clashes left at least six civilians and 11 members of the security forces dead.", 17),
    ("The bomb left 11 members of the police dead.", 11),
    ("A roadside bomb killed a family of four, including two children, police said.", 4),
    ("Gunmen stormed a house where they killed him, his wife, son, sister, and cousin.", 5),
    ("The bomber killed police commander Ali Khan, three of his men, and three civilians in a bazaar.", 7),
    ("The attackers killed him, his wife and their three children before fleeing.", 5),
    ("The US strike killed Qassem Soleimani, Abu Mahdi al-Muhandis and eight others.", 10),
    ("The shelling killed a woman, her son and a neighbour, and wounded five.", 3),
])
def test_listed_and_counted_victims(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("The bombing killed 30 people, 12 soldiers and 18 civilians.", 30),  # a breakdown of the people
    ("Gunmen killed Ahmed Ali, a local commander, and two of his guards.", 3),  # the role is the name's apposition
    ("The bomb killed a family of farmers.", None),
    ("Two relatives of the dead spoke to reporters.", None),
    ("Troops killed 20 militants, seized weapons and destroyed a camp.", 20),
])
def test_lists_that_add_no_one(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text", [
    "The airstrikes come after months of riots, during which the militias reportedly killed over 500 protesters.",
    "The attack came during a week of violence in which 40 people were killed.",
    "The war, during which 500,000 people were killed, ended in 2020.",
])
def test_a_toll_over_a_span_of_time_is_not_the_incidents(text):
    assert casualties(text)["killed"] is None


def test_a_toll_of_one_event_told_with_during_which_stays():
    assert casualties("Gunmen opened fire during a wedding, during which five guests were killed.")["killed"] == 5
