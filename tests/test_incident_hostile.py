"""Hostile and edge inputs of the incident rules: one long capitalised word, capitalised calibres."""
from analysis.events.counts import count_rows
from incident_fixtures import package_names

roles = package_names("analysis.events.roles")  # the package's names, its modules' private ones too


def test_a_long_capitalised_word_before_a_toll_is_read_in_linear_time():
    """The dateline and headline-subject patterns have one way to split a run of capitals (no quadratic blow-up)."""
    text = "KIRKUKCITY" * 5_000 + " – Two soldiers were killed"
    assert roles.casualties(text)["killed"] == 2
    assert roles._DATELINE_DASH.fullmatch("A" * 50_000 + " x") is None


def test_a_dateline_still_opens_a_clause():
    assert roles.casualties("ZAKHO, Iraq (Agency) – Two border guards were killed")["killed"] == 2
    assert roles.casualties("ZAKHO – The driver was killed")["killed"] == 1


def test_a_capitalised_calibre_is_one_word():
    rows = [r for r in count_rows("They fired 18 107 MM rockets") if r["value"] is not None]
    assert [int(r["value"]) for r in rows] == [18]
