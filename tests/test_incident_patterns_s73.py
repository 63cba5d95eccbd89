"""Stop 73: incident rules written on the development samples' errors (fixtures in our own words, not the samples')."""

import pytest

from incident_fixtures import count_value as _value, one_mention as _one, text_incidents


@pytest.mark.parametrize("sentence, field, n", [
    ("Six guards have reportedly been killed in a car bombing near Tikrit.", "killed", 6),
    ("Four shepherds have allegedly been killed in a drone strike near Sinjar.", "killed", 4),
    ("Three civilians have reportedly been wounded in shelling on a market in Idlib.", "injured", 3),
    ("Two soldiers had apparently been injured in a roadside bomb near Baiji.", "injured", 2),
    ("Nine fighters have been killed in an air strike near Qaim.", "killed", 9),  # no adverb, as before
])
def test_an_adverb_inside_the_perfect_passive_keeps_the_toll(sentence, field, n):
    assert _value(_one(sentence)[field]) == n


@pytest.mark.parametrize("sentence, n", [
    ("One guard was killed and three others had their truck shot at near Baiji.", 1),  # the others: another predicate
    ("One guard was killed and three others survived a roadside bomb near Baiji.", 1),
    ("One guard was killed and three others were wounded in a roadside bomb near Baiji.", 1),
])
def test_others_with_a_predicate_of_their_own_are_not_the_dead(sentence, n):
    assert _value(_one(sentence)["killed"]) == n


@pytest.mark.parametrize("sentence, n", [
    ("The colonel was killed along with Samir Haddad in a drone strike near Qaim.", 2),
    ("The colonel was killed last year alongside Brig. Gen. Samir Haddad in a drone strike near Qaim.", 2),
    ("Haddad was killed alongside Omar al-Rawi and two guards in a drone strike near Qaim.", 4),
    ("The colonel was killed along with his driver in a drone strike near Qaim.", 2),  # as before
])
def test_a_named_person_killed_alongside_is_one_more(sentence, n):
    assert _value(_one(sentence)["killed"]) == n


def test_a_group_named_alongside_is_not_one_person():
    assert _value(_one("A guard was wounded alongside Peshmerga fighters in shelling near Sinjar.")["injured"]) == 1


def test_a_toll_update_after_following_the_attack_is_that_attacks_toll():
    text = ("Gunmen stormed a police checkpoint in the town of Hit on 2 March 2023, killing three officers.\n\n"
            "Following the attack on the checkpoint near Hit, the number of officers killed has risen to five.")
    inc = text_incidents(text, "2023-03-03")
    assert len(inc) == 1, inc[["killed", "evidence"]]


def test_an_earlier_attack_with_its_own_toll_stays_apart():
    text = ("Gunmen stormed a police checkpoint in the town of Hit on 2 March 2023, killing three officers.\n\n"
            "Following the attack on the checkpoint, gunmen killed two guards at a market in Ramadi.")
    inc = text_incidents(text, "2023-03-03")
    assert len(inc) == 2, inc[["killed", "evidence"]]


def test_the_named_persons_apposition_is_the_same_person():
    sentence = "The judge was killed alongside Omar Saleh Karim, his driver, in a car bombing in Mosul."
    assert _value(_one(sentence)["killed"]) == 2
