"""Casualty rules from the s28 round on the attack reports and coded descriptions (dev sets), each in a fixture of
our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from analysis.events.roles import casualties, munitions


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
