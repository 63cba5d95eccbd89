"""Casualty rules from the s28 round on the attack reports and coded descriptions (dev sets), each in a fixture of
our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties, munitions
from test_incident_patterns import _mentions


# ---------------------------------------------------------------- a singular person noun whose plural was known
def test_a_victim_named_by_the_singular_of_a_known_plural_is_counted():
    c = casualties("the second charge went off, killing a firefighter and a shopkeeper, and wounding 9 people")
    assert (c["killed"], c["injured"]) == (2, 9)
    assert casualties("A conscript was wounded at the gate")["injured"] == 1


# ---------------------------------------------------------------- a toll in words before its part list
def test_a_total_in_words_before_a_part_list_is_the_total():
    assert casualties("Eight, including three women, hurt in mortar fire")["injured"] == 8
    assert casualties("Medics said eleven, among them two boys, were hurt.")["injured"] == 11
    assert casualties("Villagers, including three women, were hurt in mortar fire")["injured"] == 3  # a part only


# ---------------------------------------------------------------- a victim told by where he came from
def test_one_from_a_country_after_a_counted_subject_is_one_more_victim():
    assert casualties("Three Danish engineers and one from Norway were killed in the barrage")["killed"] == 4
    assert casualties("Two guards and one of the cooks were hurt")["injured"] == 3


# ---------------------------------------------------------------- a unit named with an ordinal
def test_a_unit_with_an_ordinal_between_a_victim_and_its_verb():
    assert casualties("A sailor from the 5th Fleet of the 2nd Group was also killed on Friday")["killed"] == 1
    assert casualties("Four troopers from the 3rd Cavalry Regiment were hurt")["injured"] == 4


# ---------------------------------------------------------------- a victim listed "along with" the first one
def test_victims_listed_along_with_the_first_are_added():
    assert casualties("A tax official was gunned down and killed along with his aide and driver")["killed"] == 3
    assert casualties("The headman was killed along with his brother and three nephews")["killed"] == 5
    assert casualties("Raiders killed a village elder along with his son")["killed"] == 2
    assert casualties("Five soldiers were killed along with their interpreter")["killed"] == 6
    assert casualties("A soldier was hurt along with his rifle and radio")["injured"] == 1  # no person in the list


# ---------------------------------------------------------------- an attacker killed by his own device
def test_an_attacker_killed_by_his_own_device_is_one_death():
    c = casualties("A gunman was killed when the grenade he held went off early and killed him near the market")
    assert c["killed"] == 1
    assert casualties("a gunman killed a porter and then was shot dead by guards")["killed"] == 2


# ---------------------------------------------------------------- the parts of a salvo after "with"
def test_hits_told_as_parts_of_a_salvo_after_with_are_summed():
    m = munitions("The shells came down by the camp, with one striking the mess hall and two hitting the wall")
    assert m["n_hit"] == 3
    m = munitions("Six rockets were launched, with four exploding inside the compound")
    assert (m["n_fired"], m["n_hit"]) == (6, 4)
    m = munitions("Six rockets were launched, with four landing outside the compound")
    assert (m["n_fired"], m["n_hit"]) == (6, None)  # those that fell outside did not hit


# ---------------------------------------------------------------- one named person as the subject of a death
def test_a_named_subject_of_a_death_predicate_after_an_opening_phrase_is_one_death():
    for text in ("On the same evening, a witness said Karim Aziz Haddad was killed by masked men near the bakery.",
                 "Later, Samira Adel Nouri was fatally shot by unknown riders outside the clinic.",
                 "In a separate attack, Yusuf Omar al-Khatib lost his life when men fired on his van.",
                 "Haddad, who was walking to the mosque, died instantly.",
                 "Lina Farouk was shot to death at the crossroads, the source said."):
        assert casualties(text)["killed"] == 1, text
    assert casualties("Masked men shot a young shopkeeper to death near the square")["killed"] == 1
    assert casualties("In the capital, the Interior Ministry said it was investigating")["killed"] is None


# ---------------------------------------------------------------- a time between a casualty verb and its object
def test_a_time_between_a_casualty_verb_and_its_object():
    c = casualties("A drone killed on Monday night a member of the local council and wounded two others")
    assert (c["killed"], c["injured"]) == (1, 2)


# ---------------------------------------------------------------- a named lead victim and his own people
def test_a_named_victim_and_his_counted_men_are_all_counted():
    assert casualties("Haddad and four of his guards were killed near the farm")["killed"] == 5
    assert casualties("Nouri and his two sons were wounded")["injured"] == 3


# ---------------------------------------------------------------- "while another was killed"
def test_another_victim_of_the_same_role_in_a_second_clause_is_added():
    assert casualties("Two herders were killed near the well while another was killed on the road")["killed"] == 3
    c = casualties("Two herders were killed near the well, and another was wounded")
    assert (c["killed"], c["injured"]) == (2, 1)


# ---------------------------------------------------------------- a munition with an apposition, shot down
def test_a_single_munition_with_an_apposition_shot_down():
    assert munitions("A drone, carrying explosives, was shot down over the airfield")["n_intercepted"] == 1


# ---------------------------------------------------------------- a wave of munitions is one barrage
def test_a_wave_of_munitions_is_one_barrage_not_a_tally_of_attacks():
    from analysis.events.mentions.scope import _aggregate

    assert not _aggregate("A fresh wave of shells pounded the outpost, wounding four guards")
    assert _aggregate("A wave of attacks has struck outposts in the valley")
    assert _aggregate("A wave of rockets has struck outposts in the valley since the spring")


# ---------------------------------------------------------------- an earlier attack with no day to count back from
def test_an_earlier_attack_told_in_days_takes_no_day_of_the_story_in_an_undated_article():
    m = _mentions(["Rockets struck Camp Delta on March 14, officials said.",
                   "The attack came two days after a similar strike killed two guards at Camp Delta."], published="")
    assert m.loc[0, "date"] == "XXXX-03-14"
    assert m.loc[1, "date"] != "XXXX-03-14" and m.loc[1, "date_rule"] == "earlier than the event told"


# ---------------------------------------------------------------- "no human losses": no casualties
def test_no_human_losses_or_damage_is_no_casualties():
    c = casualties("A rocket fell on the depot, causing no human or material damage")
    assert (c["killed"], c["injured"]) == (0, 0)
    c = casualties("The shell hit a field and caused no human losses")
    assert (c["killed"], c["injured"]) == (0, 0)
    assert casualties("No material damage was reported")["killed"] is None  # property only
