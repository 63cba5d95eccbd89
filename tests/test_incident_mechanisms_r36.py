"""Incident mechanisms from the r36 round (how counts attach to roles, which clause an incident's fields come from),
each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports by benchmarks/bench_incidents.py.
"""

from __future__ import annotations

from incident_fixtures import incidents_of as _incidents
from incident_fixtures import munition_roles as _roles


# ---------------------------------------------------------------- one munition that struck: fired one, hit one
def test_a_munition_told_with_where_it_was_made_keeps_the_role_of_its_verb():
    assert _roles("A loitering drone “of foreign make” struck a fuel depot at the airfield") == (1, 1, None)
    assert _roles("Three shells of local manufacture hit the harbour wall") == (None, 3, None)
    assert _roles("Four rockets landed near the camp's outer wall") == (None, 4, None)  # landed near: struck


# ---------------------------------------------------------------- "all of which had been shot down": all those fired
def test_all_the_munitions_told_again_without_a_count_take_the_number_fired():
    assert _roles("A refinery was targeted by five missiles, all of which had been shot down") == (5, None, 5)
    assert _roles("Six rockets were fired at the camp and the rockets were all intercepted") == (6, None, 6)
    assert _roles("Six rockets were fired at the camp but most of the rockets were intercepted") == (6, None, None)
    inc = _incidents("Militants fired four rockets at the Tal Hamra outpost on Sunday.",
                     "Officials said all of the rockets struck the outpost's fuel store.")
    assert len(inc) == 1 and inc.iloc[0]["n_fired"] == 4 and inc.iloc[0]["n_hit"] == 4


# ---------------------------------------------------------------- "since February, when ...": that time is the clause's
def test_a_when_clause_after_a_time_is_an_event_of_that_time_not_merged_into_the_story():
    inc = _incidents("Four rockets hit the Qayyara depot on Friday, wounding six guards.",
                     "That salvo came after many others in the province and was the second strike on the "
                     "Qayyara depot since February, when two shells hit its gate, wounding a driver.", published="2021-04-10")
    assert len(inc) == 2
    story = inc[inc["date"] == "2021-04-09"].iloc[0]
    assert story["injured"] == 6
    assert inc[inc["date"] == "2021-02"].iloc[0]["injured"] == 1


# ---------------------------------------------------------------- "the June 4 attack on X": a recalled incident by its day
def test_an_attack_named_by_its_own_day_is_a_recalled_incident_of_that_day():
    inc = _incidents("Drones hit a depot near Rutba on Monday, wounding two guards.",
                     "The raid belongs to a wave of assaults on depots across the area that started in late 2021 after "
                     "the June 4, 2021 attack on Kuwait and the clashes that followed.", published="2022-06-10")
    assert "2021-06-04" in inc["date"].tolist()
    inc = _incidents("Drones hit a depot near Rutba on Monday, wounding two guards.",
                     "It was the first loss of life at the depot since last year's May 3 militia attack on Kuwait.",
                     published="2022-06-10")
    assert "2021-05-03" in inc["date"].tolist()
    inc = _incidents("Drones hit a depot near Rutba on Monday, wounding two guards.",
                     "The ministry said Tuesday that police posts had been hit at least 87 times since mid-March, "
                     "following the May 3 attacks by Daesh fighters on villagers.", published="2022-06-10")
    assert "2022-05-03" in inc["date"].tolist()  # a day's attacks, named by that day: one recalled incident


# ---------------------------------------------------------------- "..., following the attack on X": not the main clause's day
def test_an_earlier_event_clause_does_not_take_the_day_of_the_statement_it_follows():
    inc = _incidents("Five sailors were hurt in a drone attack Friday on the harbour at Umm Qasr, the navy said.",
                     "The navy revised its figures on Sunday, following the drone and rocket attack on the harbour at "
                     "Umm Qasr by militiamen.", published="2023-05-16")
    assert len(inc) == 1 and inc.iloc[0]["date"] == "2023-05-12"


# ---------------------------------------------------------------- the verb of a bare count, and a day after the verb
def test_a_count_that_destroyed_something_is_no_interception_and_a_day_after_the_verb_keeps_its_role():
    assert _roles("Gunners downed the attack drones, but wreckage from one wrecked a fuel truck")[2] is None
    assert _roles("Gunners downed the attack drones, but wreckage from one destroyed a fuel truck")[2] is None
    assert _roles("Six drones were launched and two destroyed before reaching the port") == (6, None, 2)
    assert _roles("The frigate shot down on Sunday a cruise missile and two drones aimed at the convoy") == (None, None, 3)
    assert _roles("Air defences intercepted overnight four drones heading for the refinery") == (None, None, 4)


# ---------------------------------------------------------------- "..., which led X to fire ...": a second event
def test_an_act_of_war_a_told_event_led_to_is_its_own_incident_with_its_own_toll():
    inc = _incidents("The feud began with a drone strike in March that killed a militia chief, which, in turn, led the "
                     "militia to fire rockets at a garrison in Syria, leaving 12 soldiers wounded.", published="2022-06-10")
    assert len(inc) == 2
    assert sorted(inc["killed"].dropna().tolist()) == [1] and sorted(inc["injured"].dropna().tolist()) == [12]
    assert inc[inc["injured"] == 12].iloc[0]["weapon"] == "rockets"


# ---------------------------------------------------------------- "..., where the strikes took place": the place before
def test_an_event_told_after_where_is_placed_at_the_place_named_before_it():
    inc = _incidents("Coalition jets bombed two bunkers near Rutba on Friday, killing five gunmen.",
                     "Armed bands hold sway throughout Iraq, above all hugging the long border with Syria and south of the "
                     "lake in Anbar province, where the most recent coalition strikes took place.", published="2023-03-08")
    assert len(inc) == 1


# ---------------------------------------------------------------- fire in a drill is no attack; an attack in one is
def test_fire_in_a_drill_is_no_incident_but_an_attack_during_one_is():
    assert len(_incidents("Sgt. Ann Lee fires an M109 howitzer in a live-fire artillery drill at Harir "
                          "airfield near Erbil on June 9, 2021.")) == 0
    assert len(_incidents("Rockets hit the Qayyara base during a joint drill, wounding two soldiers.")) == 1
    assert len(_incidents("Two rockets were fired at the Qayyara base during a joint exercise with local forces.")) == 1
