"""Stop 71 incident rules, each on sentences of our own words (regression fixtures, not evidence of accuracy: the
figures on real text are in ``benchmarks/README.md``)."""

import pytest

from analysis.events.roles import casualties
from analysis.events.roles.fired import munitions
from incident_fixtures import text_incidents


# --- munitions told by where they came down, or never fired -----------------------------------------------------------

@pytest.mark.parametrize("text, role, n", [
    ("A barrage of 17 rockets came down near the airbase, causing damage but no casualties.", "n_hit", 17),
    ("Two rockets have come down inside the Green Zone.", "n_hit", 2),
    ("The airbase had been struck with eight Katyusha rockets, injuring four soldiers.", "n_hit", 8),
    ("Explosions rocked the base at dawn after the fall of 4 rockets.", "n_hit", 4),
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
    ("Eight rockets that were fired at the Green Zone and whose launchers were found in a field wounded a child.",
     "n_fired", 8),
    ("Two rockets which had been fired at the airport were discovered in a nearby orchard.", "n_fired", 2),
    ("Police discovered 12 rockets had been fired from an orchard near the base.", "n_fired", 12),
    ("Israeli jets struck with 20 missiles at dawn.", "n_fired", 20),  # the attackers struck: fired
    ("Analysts said the impact of 300 missiles and drones fired at Israel was limited.", "n_fired", 300),
    ("Two of the drones, launched from Yemen, exploded over the sea.", "n_fired", 2),
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


def test_unmanned_ground_vehicles_are_no_munitions():
    assert munitions("Ukrainian troops used 20 unmanned ground vehicles in an assault.")["n_fired"] is None


@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed Juan Perez, Maria Lopez and a bodyguard outside a bar in Celaya.", 3),
    ("Militants killed a Pakistani Army Major, a Captain and two soldiers.", 4),
    ("The 15-year-old girl, from a family of eight, was killed by a stray bullet.", 1),
    ("A civilian was killed in the Gaza Strip and the West Bank, officials said.", 1),  # places, not names
])
def test_list_items_after_a_name_and_places(text, killed):
    assert casualties(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed two men, his brother and a cousin.", 2),  # the two named one by one
    ("The drone strike killed three of his relatives, his wife, son and nephew.", 3),
    ("The bombing left two relatives of the dead in shock.", None),
    ("Soldiers were killed in Lagos State, Rivers State and Delta State, police said.", None),
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


@pytest.mark.parametrize("text, killed", [
    ("Gunmen opened fire during a wedding, during which five guests were killed.", 5),
    ("Following weeks of calm that ended when a suicide bomber killed 15 people at a market, residents fear more.", 15),
    ("A month of Muharram processions, during which a bomb killed 9 mourners in Karachi, ended on Friday.", 9),
    ("Months of unrest in which dozens died preceded the attack in which 7 police officers were killed in Tumaco.", 7),
])
def test_a_toll_of_one_event_near_a_span_of_time_stays(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_raid_in_an_apposition_keeps_its_toll():
    assert casualties("The raid, the first in months of quiet, in which 4 soldiers were wounded, took place in Jenin.")[
        "injured"] == 4


# --- dates ------------------------------------------------------------------------------------------------------------

def test_the_parts_of_a_series_told_on_a_day_take_its_day():
    t = ("Suspected Al-Shabaab militants launched a series of simultaneous attacks in Mandera County in the early hours of Friday "
         "morning. The first attack took place in Iresuki, where militants ambushed police officers guarding a mast. "
         "The second attack took place in Elwak, where militants targeted a police station.")
    inc = text_incidents(t, "2023-07-15")
    assert len(inc) >= 2 and set(inc["date"]) == {"2023-07-14"}


def test_the_day_a_footage_was_published_is_not_the_attacks():
    t = ("The ministry of interior published on Thursday a footage showing the moment missiles hit Aden International "
         "Airport on the 30th of December, targeting the members of the new cabinet.")
    inc = text_incidents(t, "2021-01-15")
    assert inc["date"].tolist() == ["2020-12-30"]


@pytest.mark.parametrize("text, n", [
    ("The gunman fired 30 rounds from an AK-47 into the crowd.", None),
    ("Police fired 20 rounds of tear gas at the crowd.", None),
    ("An unidentified man fired two rounds from a grenade launcher at the house.", 2),
    ("Soldiers fired two rounds from a tank gun at the house.", 2),
    ("Militants fired three mortar rounds at the base.", 3),
    ("The officer fired 12 rounds from his service weapon.", None),
    ("Rebels fired 12 rounds from a recoilless gun at the post.", 12),
])
def test_rounds_of_a_gun_or_of_tear_gas_are_no_munitions(text, n):
    assert munitions(text)["n_fired"] == n


@pytest.mark.parametrize("text, role, n", [
    ("Kyiv was struck with 20 drones overnight; air defences downed 18 of them.", "n_fired", 20),
    ("Security forces found three rockets that had been fired from an orchard near the air base.", "n_fired", 3),
    ("Bomb disposal experts defused a rocket and two mortar shells fired at the base on Sunday.", "n_fired", 3),
    ("The remains of three missiles were found in a field.", "n_fired", 3),
])
def test_munitions_that_struck_with_some_stopped_or_found_after_firing(text, role, n):
    assert munitions(text)[role] == n


def test_every_item_of_a_seized_list_is_unfired():
    m = munitions("Police seized 20 drones and 14 rockets in Idlib.")
    assert m["n_fired"] is None and m["n_hit"] is None


@pytest.mark.parametrize("text, killed", [
    ("Police killed Juan Perez, alias El Gordo, and his bodyguard in a shootout in Culiacan.", 2),
    ("A week of fighting in which suicide bombers killed 30 people at a market in Mogadishu on Monday ended.", 30),
    ("Six years of war during which a bomb killed 40 people at a funeral in Sanaa ended.", 40),
    ("The war in which a million people died ended in 1995.", None),
])
def test_aliases_and_one_dated_event_inside_a_span(text, killed):
    assert casualties(text)["killed"] == killed


def test_a_reactions_day_does_not_date_the_parts_of_the_series_it_is_about():
    t = ("Police in Karachi on Monday arrested three suspects over a series of recent attacks on Chinese nationals. In "
         "one attack, a suicide bomber killed three Chinese teachers at a university.")
    assert "2021-03-01" not in set(text_incidents(t, "2021-03-03")["date"])


def test_a_broadcast_tower_is_no_statement():
    t = "Missiles hit the broadcast tower in Kyiv on Monday, and power was only restored on Wednesday; five were killed."
    assert text_incidents(t, "2021-03-03")["date"].tolist() == ["2021-03-01"]


@pytest.mark.parametrize("text, role, n", [
    ("The base was struck with two missiles on Monday, and the US Navy shot down three drones.", "n_hit", 2),
    ("The air defence base in Hmeimim was struck with four drones.", "n_hit", 4),
    ("Kurdish forces seized three villages after 40 rockets pounded the area.", "n_fired", 40),
])
def test_stopped_munitions_are_read_in_the_clause_and_seized_items_are_weapons(text, role, n):
    assert munitions(text)[role] == n


def test_the_names_published_on_a_day_are_a_statement():
    t = "Police published on Tuesday the names of five people killed in Monterrey on Sunday."
    assert text_incidents(t, "2021-03-02")["date"].tolist() == ["2021-02-28"]


def test_a_series_in_a_relative_clause_is_the_arrests_not_a_day_for_its_parts():
    t = ("Police on Monday arrested five militants who carried out a series of bomb attacks in Borno and Yobe states last "
         "month. In one attack, a bomb killed six people in Geidam.")
    assert "2021-03-01" not in set(text_incidents(t, "2021-03-02")["date"])
