"""Quote and speaker-group rules of the stop-49 round (written on the quote layers of the development samples
quotes_dev48q, quotes_dev49q and attacks dev48a-c, dev49a-b), in fixtures of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real news by benchmarks/bench_quotes_polnear.py.
"""

from __future__ import annotations

import pytest

from analysis.quotes import extract_quotes
from analysis.quotes.speakers import group_evidence
from test_quotes_s42 import _spoken


# ---------------------------------------------------------------- cues
@pytest.mark.parametrize("text, speaker", [
    ('"We are ready to act again," it also read.', "it"),
    ('"We are ready to act again," the statement also read.', "the statement"),
    ('"This has been surreal," Ann Lee shared across her social media accounts.', "Ann Lee"),
    ('"We will decide soon," Ann Lee said via a spokesman.', "Ann Lee"),
    ('"The step is unlawful," the General Staff said in a statement.', "the General Staff"),
])
def test_a_speaker_after_the_quote(text, speaker):
    assert _spoken(text) == [(text[1:text.index(",") + 1], speaker)]


def test_he_read_a_book_is_no_attribution():
    assert _spoken("He read the book. He also read the letter.") == []


def test_a_body_named_with_the_keeps_one_article():
    q = extract_quotes("The 'Joint Command' of the armed factions said in a statement, \"We will respond.\"")
    assert q[q["is_speech"]]["speaker"].tolist() == ["The 'Joint Command' of the armed factions"]


# ---------------------------------------------------------------- speaker groups
@pytest.mark.parametrize("role, speaker, kind, mention, group", [
    ("an International Committee of the Red Cross spokesperson in Velmar", "Ann Lee", "person", "Lee", "organisation"),
    ("affiliated with the country's resistance factions", "the Velmar News outlet", "body", "the Velmar News outlet", "media"),
    ("Velmar's official", "National News Agency", "body", "Velmar's official National News Agency", "media"),
])
def test_speaker_groups_from_the_speakers_own_head(role, speaker, kind, mention, group):
    assert group_evidence(role, speaker, kind, mention)[0] == group


def test_a_committee_of_a_parliament_is_still_legislative():
    assert group_evidence("a member of the Senate Armed Services Committee", "Ann Lee", "person", "Ann Lee")[0] == "legislator"


# ---------------------------------------------------------------- roles the article gives
def _roles(text: str) -> list[tuple[str, str, str]]:
    from analysis.quotes import resolve_speakers
    r, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    r = r[r["is_speech"]]
    return list(zip(r["speaker"], r["speaker_role"], r["speaker_group"]))


def test_a_named_bodys_office_and_where_it_serves_before_the_name():
    text = ("Senior Velmar Brigades security official in Orsk, Abu Sami al-Kest, issued a warning on Monday.\n\n"
            "“We are watching closely,” al-Kest said.")
    assert _roles(text) == [("Abu Sami al-Kest", "Senior Velmar Brigades security official in Orsk", "armed group")]


def test_what_a_person_does_for_a_living_told_by_a_relative_clause():
    text = '"Prices are very high," said Bo Hart, who teaches economics at Ames State University.'
    assert _roles(text) == [("Bo Hart", "teaches economics at Ames State University", "analyst")]


@pytest.mark.parametrize("clause", ["who was raised in Ames", "who leads in the polls"])
def test_other_relative_clauses_are_no_role(clause):
    text = f'"Prices are very high," said Bo Hart, {clause}.'
    assert _roles(text)[0][1] == ""


# ---------------------------------------------------------------- a place's or a vessel's own name
@pytest.mark.parametrize("text", ["Gunmen attacked the gun shop 'Velko' at noon, wounding the seller.",
                                  'Missiles hit the tanker "Sea Lark" off the coast on Monday.'])
def test_the_name_of_a_shop_or_a_ship_is_no_quote(text):
    assert _spoken(text) == []


@pytest.mark.parametrize("text", ['He called the hospital "Hell" in a statement.',
                                  'The mayor said the school "Failed" the test.'])
def test_a_word_said_of_a_place_is_still_a_quote(text):
    assert len(_spoken(text)) == 1


@pytest.mark.parametrize("text, speaker, role, group", [
    ('"The board is troubled," said Third District Supervisor Ann Lee.', "Ann Lee", "Third District Supervisor", "legislator"),
    ('Addressing the crowd, Ames Sophomore Bo Hart said, "This is our university."', "Bo Hart", "Ames Sophomore", "civilian"),
])
def test_a_numbered_seat_or_a_students_year_is_no_part_of_the_name(text, speaker, role, group):
    assert _roles(text) == [(speaker, role, group)]
