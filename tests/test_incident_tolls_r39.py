"""Stop 39: dead told with the group that "were also killed" or "in addition to" others (fixtures in new words)."""
from incident_fixtures import incidents_of, mentions_of

from analysis.events.roles import both_dead_told


def test_dead_that_were_also_killed_add_to_the_first_group():
    m = mentions_of("The watchdog said the raids killed six guards, and said three drivers were also killed.")
    assert m["killed"].tolist() == [9]


def test_a_sentence_that_tells_both_groups_is_not_added_again():
    inc = incidents_of("A raid near the depot at Arbor killed six guards on Monday, the ministry said.",
                       "The watchdog said the raid killed six guards, and said three drivers were also killed.")
    assert inc["killed"].tolist() == [9]


def test_both_dead_told_needs_the_first_group():
    assert both_dead_told("Two cooks were killed, in addition to five guards.")
    assert not both_dead_told("Three drivers were also killed.")
