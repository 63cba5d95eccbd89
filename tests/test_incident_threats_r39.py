"""Stop 39: threats told by an office or a named party, announced further strikes, deadlines, restated ambushes
(fixtures in new words)."""
from incident_fixtures import incidents_of, mentions_of

from analysis.events.dating import _deadline
from analysis.events.mentions.scope import _threat_part


def _types(*sents: str) -> list[str]:
    """The event types of the article's mentions, in order."""
    return mentions_of(*sents)["event_type"].tolist()


# ---------------------------------------------------------------- who threatens: an office, an authority, a party named
def test_a_threat_by_an_office_or_authority_is_kept():
    assert _types("Ruritanian authorities warned of reprisals.") == ["threat"]
    assert _types("The prime minister vowed that the state will retaliate against any aggressor.") == ["threat"]
    assert _types("The rebels asked villagers for recruits and have vowed to storm the garrison in Arbor.") == ["threat"]


def test_a_bare_plural_threat_names_no_one():
    assert _types("Militias vowed revenge.") == []


def test_a_threat_conjunct_without_subject_shares_the_clause_subject():
    clause = "The rebels asked for recruits and have vowed to storm the garrison"
    assert _threat_part(clause) == clause
    assert _threat_part("Raids rose in May and the rebels vowed to storm the garrison") == \
        " the rebels vowed to storm the garrison"


# ---------------------------------------------------------------- further strikes announced
def test_strikes_announced_as_a_first_phase_or_more_to_come_are_a_threat():
    assert _types("A defence spokesman said the raids were just the start of the country's retaliation.") == ["threat"]
    assert _types("A defence spokesman called the raids the opening round of the country's response.") == ["threat"]
    assert _types("President Ada Lind said further air strikes would follow in the coming weeks.") == ["threat"]


def test_more_strikes_that_hit_are_no_threat():
    assert "threat" not in _types("The army said more strikes hit the depot on Monday.")


def test_an_airborne_threat_eliminated_is_no_threat_made():
    assert "threat" not in _types("The Defence Ministry said guns over the harbour downed an aerial threat.")


# ---------------------------------------------------------------- a condition's deadline is not the event's day
def test_a_deadline_in_a_condition_is_not_the_date():
    t = "The rebels threatened to attack the garrison unless the troops leave by March 3."
    assert _deadline(t, t.index("March"))
    assert not _deadline("Shells hit the garrison on March 3.", 22)
    m = mentions_of(t, published="2022-02-20")
    assert m["event_type"].tolist() == ["threat"] and m["date"].iloc[0] != "2022-03-03"


# ---------------------------------------------------------------- a definite ambush told again is the story's
def test_the_ambush_restated_at_a_finer_place_joins_the_story():
    for noun in ("ambush", "raid"):
        inc = incidents_of("Nine guards were killed in an ambush by rebels near Mosul on Sunday.",
                           f"The {noun} targeted a supply truck near Tal Afar.")
        assert len(inc) == 1, noun


# ---------------------------------------------------------------- a patron's proxies are its clients, not the patron
def test_a_patrons_proxies_are_its_client_groups():
    from analysis.events.actors import scan_actors
    for text in ("The colonel said the raids were launched by Iranian proxy militias from farms.",
                 "Iran's proxies fired at the camp.", "Iran proxy groups shelled the camp."):
        assert [d["actor_id"] for d in scan_actors(text)] == ["pro_iran_militias"], text
    assert [d["actor_id"] for d in scan_actors("Iran fired missiles at the camp.")] == ["iran"]
