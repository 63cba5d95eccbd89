"""Where a mention's event happened: which of the places a sentence names is the event's own.

Rules (each a general habit of news prose, not of one outlet):

* the most specific place wins; a place that only locates another ("Halwan, Kirkuk", "the Omar field in
  Deir Ezzor"), gives a direction or distance ("south of Baghdad", "120 km west of Mosul") or a vicinity ("a
  town near Baghdad") gives way, and is used only when nothing else is named (:func:`site_place`);
* a place is not the event's when it is a dateline ("TEHRAN (Tasnim) -", "FALLUJA, Iraq, Aug 29 (Reuters) -"),
  a clock ("Baghdad time"), a modifier ("Iran-backed"), a launch site ("from Mayadin"), part of an
  organisation's name ("the Kurdistan Workers' Party"), inside a quotation about something else, or in the
  words that say who reports the event ("X in the Kurdistan Region said that ...", ", the service of the
  Kurdish region said") (:func:`locative`, :func:`source_spans`);
* a country counts only after "in"/"inside"; a place the gazetteers lack is taken as written after
  "in"/"near" ("a sticky bomb in Talibiya") or as a named base ("the Tal Baydar base") (:func:`named_place`).

The rules live in modules of their own: :mod:`.choose` (``site_place``: the most specific place, and the places
that only locate another, give a direction or a vicinity, or join two countries), :mod:`.locative` (whether a place
named is where the event happened at all: datelines and headings, sources, quotations, launch sites, war theatres;
``located_places``, ``header_place``, ``country_of``, ``place_cols``), :mod:`.named` (places the gazetteers lack, named
by the clause: ``named_place``, named bases, roads and areas, a site told by its country's adjective) and :mod:`.parts`
(a finer place inside the one found: ``part_place``, parts told before their town, landmarks, bases, holy sites).
"""

from __future__ import annotations

from .choose import SEVERAL_COUNTRIES, countries_joined, joined_names, site_place, two_countries  # noqa: F401
from .locative import (REGION_ADMIN1, country_of, header_place, header_wins, located_places, locative, place_cols,  # noqa: F401
                       quoted_spans, source_spans)
from .named import AREA_NAME, BASE_NAME, REGION_ADJECTIVES, ROAD_NAME, demonym_site, named_place, road_place  # noqa: F401
from .parts import PART_NAME, part_place  # noqa: F401


__all__ = ["site_place", "named_place", "header_place", "header_wins", "source_spans", "quoted_spans", "locative", "place_cols",
           "country_of", "countries_joined", "joined_names", "SEVERAL_COUNTRIES", "BASE_NAME", "AREA_NAME", "ROAD_NAME", "road_place", "part_place", "demonym_site", "located_places"]
