"""Patterns of coded event descriptions met in session s27: a wire lead that sums several attacks ("in a new wave of
bombings", "in separate attacks", "in a number of bomb attacks") is a total, not one more incident of the entry it
heads; an entry its text leaves undated takes the day it is listed under, in a separate scoring step. Fixtures are
written in new words for these tests, with their own places, actors and numbers (accuracy is measured on real
descriptions by benchmarks/bench_incidents.py)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.events import incident_mentions
from analysis.events.dating import date_by_listing_day
from analysis.events.mentions.scope import _aggregate
from analysis.events.mentions.slots import _roundup_total
from analysis.validate import incidents as vi

#: the entry under each lead: one attack of the lead's total
_ENTRY = "One of them was a roadside bomb that hit an army pickup outside Khanaqin, killing three soldiers."


def _incidents(rows: list[dict]) -> pd.DataFrame:
    """The incidents the pipeline reads in coded entries (``rows``: ev_id, context, published, text)."""
    ev = pd.DataFrame([{"split": "dev", **r} for r in rows])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


@pytest.mark.parametrize("lead", [
    "On Thursday a renewed wave of bombings hit markets in three provinces, leaving 14 dead and 52 hurt, medics said.",
    "Police in Diyala said on Thursday that separate attacks across the province had left eleven dead and 26 hurt.",
    ("Militants set off a number of roadside bomb attacks against patrols on Thursday, leaving six policemen dead "
     "and 19 wounded."),
    "Across Baquba on Thursday, seven were killed in a number of bomb attacks, two of them soldiers, and 21 were hurt.",
])
def test_a_lead_that_sums_several_attacks_is_not_counted_with_the_entry(lead):
    inc = _incidents([{"ev_id": "e1", "context": lead, "published": "2014-02-06", "text": _ENTRY}])
    assert inc["killed"].sum() == 3


def test_separate_attacks_alone_makes_a_lead_a_total():
    lead = "Police in Diyala said on Thursday that {}attacks across the province had left eleven dead and 26 hurt."
    summed = _incidents([{"ev_id": "e1", "context": lead.format("separate "), "published": "2014-02-06", "text": _ENTRY}])
    counted = _incidents([{"ev_id": "e1", "context": lead.format(""), "published": "2014-02-06", "text": _ENTRY}])
    assert (summed["killed"].sum(), counted["killed"].sum()) == (3, 11)


def test_an_entry_under_a_summing_lead_takes_the_leads_day():
    lead = ("Militants set off a number of roadside bomb attacks against patrols on Thursday, leaving six policemen dead "
            "and 19 wounded.")
    inc = _incidents([{"ev_id": "e1", "context": lead, "published": "2014-02-06", "text": _ENTRY}])
    listed = date_by_listing_day(inc, {"e1": vi.listing_day(lead, "2014-02-06")})
    assert set(listed["date"]) == {"2014-02-06"}


@pytest.mark.parametrize("text", [
    "Coalition jets flew two separate strikes on weapons depots near Abu Kamal on Thursday, a spokesman said.",
    "A number of rockets struck near the airport in Erbil early Sunday, hurting three contractors.",
])
def test_strikes_on_one_site_or_a_number_of_rockets_are_no_total(text):
    inc = _incidents([{"ev_id": "e1", "context": "", "published": "2019-05-06", "text": text}])
    assert len(inc) == 1 and not _roundup_total(text, {"killed": None, "injured": 3})


def test_one_separate_incident_is_not_a_total():
    assert not _aggregate("In a separate incident, two men were shot dead at a market")
    assert _aggregate("Nine were hurt in two separate blasts at the market")


def test_the_listing_day_is_the_headers_own_day_else_the_pages():
    assert vi.listing_day("Digest for 3 September 2016", "2016-09-14") == "2016-09-03"
    assert vi.listing_day("Saturday 3 September", "") == "XXXX-09-03"
    assert vi.listing_day("Noon bulletin, Monday", "2016-09-14") == "2016-09-12"
    assert vi.listing_day("Noon bulletin", "2016-09-14") == "2016-09-14"
    assert vi.listing_day("Noon bulletin", "") == ""


def test_the_listing_day_fills_only_incidents_the_text_leaves_undated():
    inc = _incidents([
        {"ev_id": "own", "context": "", "published": "2016-09-14",
         "text": "Militants fired mortar shells at a checkpoint in Balad on Monday, wounding three soldiers."},
        {"ev_id": "head", "context": "Digest for 3 September 2016", "published": "2016-09-14",
         "text": "Unknown attackers blew up a parked lorry in Khalis, killing its driver."},
        {"ev_id": "none", "context": "", "published": "2016-09-14",
         "text": "A roadside bomb killed the driver of a lorry near Tarmiya."}])
    days = {"own": "2016-09-14", "head": "2016-09-14", "none": "2016-09-14"}
    listed = date_by_listing_day(inc, days).set_index("doc_id")
    assert listed["date"].to_dict() == {"own": "2016-09-12", "head": "2016-09-03", "none": "2016-09-14"}
    assert listed["date_source"].to_dict() == {"own": "", "head": "", "none": "listing day"}


def test_two_days_later_is_not_counted_from_the_page_date(tmp_path):
    rows = [{"ev_id": "e1", "split": "dev", "context": "", "published": "2016-09-14", "killed": None, "wounded": 4,
             "place": "Samarra", "date": "2016-09-14",
             "text": "Two days later a second roadside bomb struck a police pickup outside Samarra, wounding four officers."}]
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    row = vi.score_event_descriptions(tmp_path, ("dev",))["rows"].iloc[0]
    assert row["pred_date"] != "2016-09-16" and row["pred_date_from_text"] != "2016-09-16"
    assert (row["date"], row["date_from_text"]) == (True, False)
