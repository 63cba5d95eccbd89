"""Patterns of coded event descriptions met in session s28 (dates and detection): a day told after a toll that goes
on ("killed 30 and wounded 70 Friday") dates the whole event; "followed by" introduces a later blast, not an earlier
one; a date that qualifies a background event ("after the invasion in May 2016") is not the incident's; a wire
dateline with a country in brackets and two agencies ("Basra [Iraq], June 3, (ANI/WAM):") is the filing day; the day
a victim died of wounds is not the attack's; a device that went off, was blown up or thrown is an attack. Fixtures
are written in new words for these tests, with their own places, actors and numbers (accuracy is measured on real
descriptions by benchmarks/bench_incidents.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.dating import later_events
from analysis.events.mentions.groups import _earlier_event
from analysis.events.mentions.document import _inline_dateline_end
from analysis.validate import incidents as vi


def _incidents(rows: list[dict]) -> pd.DataFrame:
    """The incidents the pipeline reads in coded entries (``rows``: ev_id, context, published, text)."""
    ev = pd.DataFrame([{"split": "dev", "context": "", **r} for r in rows])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


def _dates(text: str, published: str = "") -> list[str]:
    """The dates of the incidents of one entry, in incident order."""
    inc = _incidents([{"ev_id": "e1", "published": published, "text": text}])
    return inc.sort_values("incident_id")["date"].tolist()


def test_a_day_after_a_toll_that_goes_on_dates_the_whole_event():
    text = ("A truck bomb followed by three smaller blasts killed more than 30 people and wounded at least 70 Friday "
            "in what residents call the worst attack this town has seen since the war began, police said.")
    assert set(_dates(text, "2011-03-19")) == {"2011-03-18"}


def test_a_clause_that_goes_on_with_the_toll_is_no_other_event():
    t = "A mortar round killed four and injured nine on Sunday. Gunmen shot a guard on Monday."
    toll, other = t.index(" and injured"), t.index("Gunmen")
    assert later_events(t, toll, [(toll, t.index(".")), (other, len(t))]) == [(other, len(t))]


def test_followed_by_introduces_a_later_event_not_an_earlier_one():
    assert _earlier_event("A truck bomb", " followed by two car bombs killed 12") is None
    assert _earlier_event("Two soldiers were wounded Friday", ", which followed a rocket attack on the base") == -1


@pytest.mark.parametrize("text", [
    ("Army guns shelled the town of Kafr Musa today, killing six. A monitor said four boys died in the shelling of the "
     "town, which took in families who fled after the invasion in May 2016."),
    ("Army guns shelled the town of Kafr Musa today, killing six. A monitor said four boys died in the shelling of the "
     "town, where many had come back after the truce of April 2017."),
])
def test_a_date_of_a_background_event_is_not_the_incidents(text):
    assert set(_dates(text, "2020-02-11")) == {"2020-02-11"}


def test_a_when_clause_after_a_background_date_makes_it_the_events_day():
    text = ("The feud took the two sides to the edge of war on 9 May 2019, when a drone strike near Kafr Musa killed "
            "a militia chief and two guards.")
    assert _dates(text, "2021-03-02") == ["2019-05-09"]


def test_a_dateline_with_a_bracketed_country_and_two_agencies_is_the_filing_day():
    text = "Basra [Iraq], June 3, (ANI/WAM): Two rockets hit an oil company compound on Monday, the police said."
    assert _inline_dateline_end(text) == text.index(" Two")
    assert _dates(text, "2019-06-03") == ["2019-06-03"]


@pytest.mark.parametrize("text", [
    "An explosive charge went off beside an army jeep on the Kirkuk road on Saturday, a witness said.",
    "Three shops owned by a Christian family were blown up at dawn in Tal Afar.",
    "Masked men threw a hand grenade into the courtyard of a village chief's house near Sinjar.",
])
def test_a_device_set_off_or_thrown_is_an_attack(text):
    inc = _incidents([{"ev_id": "e1", "published": "2012-10-06", "text": text}])
    assert len(inc) == 1 and inc["event_type"].iloc[0] == "attack"


@pytest.mark.parametrize("text", [
    "The fire alarm went off twice during the minister's speech in Erbil.",
    "The governor of Basra blew up at reporters who asked about the power cuts.",
])
def test_words_of_a_device_going_off_in_ordinary_life_are_no_attack(text):
    assert _incidents([{"ev_id": "e1", "published": "2012-10-06", "text": text}]).empty


def test_the_day_a_victim_died_of_wounds_is_not_the_attacks_day():
    text = "A teacher died on Thursday of wounds she received when gunmen fired on her car near Hawija on Monday."
    assert _dates(text, "2015-04-24") == ["2015-04-20"]
