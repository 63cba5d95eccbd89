"""Speaker groups, stop 39: role nouns read from the tables, adjectives that are no head, home places, named
private bodies. Fixtures are new words that show each general pattern of news writing."""

from analysis.quotes.speakers import group_evidence


def test_editor_in_chief_is_media():
    assert group_evidence("editor-in-chief", "Ann Lee", "person", "editor-in-chief Ann Lee")[0] == "media"


def test_meteorologist_takes_the_body_it_serves():
    """A forecaster's group is the body's: a weather service of the state; alone, no group is guessed."""
    assert group_evidence("a meteorologist at the National Weather Service", "Ann Lee", "person", "Ann Lee")[0] == "government"
    assert group_evidence("meteorologist", "Ann Lee", "person", "meteorologist Ann Lee")[0] == "unknown"


def test_official_before_a_body_noun_is_an_adjective():
    """'the official news agency' is an outlet, however official; 'the official spokesman' keeps the office."""
    assert group_evidence("Norland’s official news agency", "Norpress", "body", "it")[0] == "media"
    assert group_evidence("the official spokesman", "Ann Lee", "person", "Ann Lee")[0] == "government"
