"""Actors named in news text: armed groups, state forces and governments (``data/reference/actors.csv``).

Names and aliases match exactly on normalised keys, or fuzzily (ratio >= 90) on runs of capitalised
words; lower-case aliases ("gunmen", "assailants") match lower-case text. A nationality adjective
from the ``adjectives`` column names the state's forces when it stands before a word of military
action or equipment ("Turkish airstrikes", "a US drone strike", "Israeli warplanes"), but not before
people ("Iraqi civilians") or other things ("Iranian-backed", "the Iraqi government" is matched by
its own alias). ``side`` groups actors for the event rules (``us_coalition`` strikes are ``us_strike``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from pathlib import Path

import pandas as pd

from .. import paths
from ..text.checks import require_frame, require_text
from .gazetteer import FUZZY_THRESHOLD, SHORT_KEY_THRESHOLD, AliasIndex, match_key, split_cell, token_key, tokens

__all__ = ["ACTOR_COLUMNS", "FOUND_ACTOR_COLUMNS", "STATE_TYPES", "load_actors", "actors_gazetteer", "scan_actors",
           "find_actors", "match_actor", "ActorGazetteer"]

ACTOR_COLUMNS = ["actor_id", "name", "aliases", "type", "parent", "country", "side", "adjectives"]
FOUND_ACTOR_COLUMNS = ["start", "end", "text", "actor_id", "name", "type", "side", "score", "method"]
STATE_TYPES = frozenset({"government", "military", "coalition"})
_MILITARY_HEAD = re.compile(r"^[\s-]*(?:(?:military|armed|army|air|war|fighter|combat|attack|unmanned|killer)\s+)?"
                            r"(?:air\s*strikes?|airstrikes?|drone\s+strikes?|strikes?|raids?|warplanes?|jets?|"
                            r"aircraft|drones?|artillery|shelling|bombardment|bombing|forces|troops|army|military|"
                            r"soldiers|helicopters?|gunships?|operations?|offensive|missiles?|rockets?|attacks?|assaults?|incursions?|"
                            r"enemy)\b", re.I)  # "the <demonym> enemy <verb> ...": a foe named by its nationality
_FUZZY_SKIP = frozenset("""the a an he she it they we in on at of and or but for with by from as us u s
    american iraqi syrian turkish iranian israeli kurdish russian islamic national international security military
    forces army government ministry state group brigades brigade movement resistance""".split())


def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Read the actors table (data/reference/actors.csv).

    >>> load_actors().set_index("actor_id").loc["pmf", "type"]
    'umbrella body'
    """
    df = pd.read_csv(paths.resolve(path) if path else paths.REFERENCE / "actors.csv", dtype=str, keep_default_na=False)
    require_frame(df, "actors table", ACTOR_COLUMNS)
    if not df["actor_id"].is_unique:
        raise ValueError("actor_id must be unique")
    return df.sort_values("actor_id").reset_index(drop=True)


@dataclass
class ActorGazetteer:
    """The actors table with an alias index and a nationality-adjective index."""

    table: pd.DataFrame
    index: AliasIndex
    rows: dict[str, dict]
    adjectives: dict[str, str]

    def row(self, actor_id: str) -> dict:
        """The table row of one actor."""
        return self.rows[actor_id]


@lru_cache(maxsize=2)
def actors_gazetteer(path: str | None = None) -> ActorGazetteer:
    """The actor gazetteer built from data/reference/actors.csv (cached).

    >>> "kataib_hezbollah" in actors_gazetteer().rows, actors_gazetteer().adjectives["russian"]
    (True, 'russia')
    """
    table = load_actors(path)
    ix = AliasIndex().add_all(((r.actor_id, [r.name, *split_cell(r.aliases)]) for r in table.itertuples()), fuzzy=True)
    adjectives = {token_key(a): r.actor_id for r in table.itertuples() for a in split_cell(r.adjectives)}  # keyed as
    # words are ("Russian": 'russian'; a name's key folds double letters)
    return ActorGazetteer(table=table, index=ix, rows={r["actor_id"]: r for r in table.to_dict("records")},
                          adjectives=adjectives)


_KEY = attrgetter("key")  # a word's match key
_BACKED_AFTER = re.compile(r"[-‐]\s*(?:backed|led|aligned|allied|linked)")


def scan_actors(text: str, gazetteer: ActorGazetteer | None = None, threshold: float = FUZZY_THRESHOLD,
                toks: list | None = None, joins: list[bool] | None = None) -> list[dict]:
    """Actor mentions in ``text`` as dicts (the rows of ``find_actors``), in one linear pass.

    >>> [(d["text"], d["actor_id"]) for d in scan_actors("Turkish airstrikes hit PKK positions; gunmen fled.")]
    [('Turkish', 'turkey'), ('PKK', 'pkk'), ('gunmen', 'unknown_group')]
    """
    gaz = gazetteer or actors_gazetteer()
    toks = tokens(text) if toks is None else toks
    used = [False] * len(toks)
    found = [(m, m.ids[0]) for m in gaz.index.scan(toks, text, used, joins)]
    found += [(m, m.ids[0]) for m in gaz.index.fuzzy(toks, text, used, _FUZZY_SKIP, threshold, joins)]
    rows = [_client(text, m.start, m.end, aid, gaz) or _row(text, m.start, m.end, aid, m.score, m.method, gaz)
            for m, aid in found]
    adjectives = gaz.adjectives
    for k in compress(range(len(toks)), map(adjectives.__contains__, map(_KEY, toks))):  # adjectives only
        t, aid = toks[k], adjectives[toks[k].key]
        if aid and not used[k] and t.cap and _MILITARY_HEAD.match(text[t.end:t.end + 40]) and \
                not _BACKED_AFTER.match(text[t.end:t.end + 10]):
            rows.append(_row(text, t.start, t.end, aid, 100.0, "adjective", gaz))
        elif aid and not used[k] and t.cap and (c := _client(text, t.start, t.end, aid, gaz)) is not None:
            rows.append(c)  # "Iranian-backed militias", "pro-Iranian factions"
    clients = [(r["start"], r["end"]) for r in rows if r["method"] == "client"]
    rows = [r for r in rows if r["method"] == "client" or not any(a <= r["start"] < b for a, b in clients)]
    return sorted(rows, key=lambda d: (d["start"], d["end"]))


_GROUP_NOUN = (r"(?:\s+[\w'’-]+){0,2}?\s+(?:militias?|militants?|groups?|factions?|fighters?|forces|proxies|"
               r"terrorists?|rebels?|gunmen|paramilitar(?:y|ies)|organi[sz]ations?|units?)\b")
_CLIENT = re.compile(r"^[-‐](?:backed|aligned|allied|linked|supported|sponsored|affiliated|funded|armed|(?P<based>based))\b" +
                     _GROUP_NOUN, re.I)
#: a patron's proxies named without a hyphen ("Turkey's proxies", "Iranian proxy militias", "X proxy groups")
_PROXY_AFTER = re.compile(r"(?:['’]s)?\s+prox(?:y|ies)\b(?:\s+(?:forces|militias?|groups?|fighters))?", re.I)
_HYPHENS = ("-", "‐")  # the hyphens ``_CLIENT`` opens with and ``_PRO_BEFORE`` ends with
#: "pro-Iran militias", "pro-Turkish factions": the patron's name after "pro-", then a group noun
_PRO_BEFORE = re.compile(r"(?<![\w-])pro[-‐]$", re.I)
_PRO_CLIENT = re.compile(r"^" + _GROUP_NOUN, re.I)
#: the armed groups a patron's clients are taken to be ("Iran-backed militants" are pro-Iran militias)
CLIENT_OF = {"iran": "pro_iran_militias", "irgc": "pro_iran_militias", "turkey": "syrian_opposition",
             "united_states": "sdf", "coalition": "sdf"}
#: the states whose "X-based" armed groups are taken to be their clients ("X-based" elsewhere only places the group:
#: "UK-based groups" are groups located in the UK)
BASED_CLIENT_OF = {"iran": "pro_iran_militias", "irgc": "pro_iran_militias"}


def _client(text: str, start: int, end: int, aid: str, gaz: ActorGazetteer) -> dict | None:
    """The client group of "X-backed militants" (not X itself), or None when the name is not so used.

    >>> _client("Iran-backed militants fired", 0, 4, "iran", actors_gazetteer())["actor_id"]
    'pro_iran_militias'
    >>> _client("Pro-Iran militia fighters fired", 4, 8, "iran", actors_gazetteer())["text"]
    'Pro-Iran militia'
    >>> _client("Turkey's proxies shelled", 0, 6, "turkey", actors_gazetteer())["actor_id"]  # a patron's proxies
    'syrian_opposition'
    """
    if (proxy := _PROXY_AFTER.match(text, end, end + 40)) is not None:
        return _row(text, start, proxy.end(), CLIENT_OF.get(aid, "unknown_group"), 100.0, "client", gaz)
    if text[end:end + 1] not in _HYPHENS and text[start - 1:start] not in _HYPHENS:
        return None  # both forms need a hyphen right after the name ("Iran-backed") or right before it ("pro-Iran")
    m = _CLIENT.match(text[end:end + 60])
    if not m and _PRO_BEFORE.search(text[max(0, start - 4):start]):
        m, start = _PRO_CLIENT.match(text[end:end + 60]), start - 4  # "pro-Iran militia fighters"
    if not m or m.groupdict().get("based") and aid not in BASED_CLIENT_OF:
        return None
    return _row(text, start, end + m.end(), CLIENT_OF.get(aid, "unknown_group"), 100.0, "client", gaz)


def _row(text: str, start: int, end: int, aid: str, score: float, method: str, gaz: ActorGazetteer) -> dict:
    """One row of ``find_actors``."""
    r = gaz.rows[aid]
    return {"start": start, "end": end, "text": text[start:end], "actor_id": aid, "name": r["name"], "type": r["type"],
            "side": r["side"], "score": float(score), "method": method}


def find_actors(text: str, threshold: float = FUZZY_THRESHOLD, gazetteer: ActorGazetteer | None = None) -> pd.DataFrame:
    """Actor mentions in ``text``: start, end, text, actor_id, name, type, side, score, method.

    >>> find_actors("Kata'ib Hizbollah and the Hashed al-Shaabi")[["actor_id", "method"]].values.tolist()
    [['kataib_hezbollah', 'fuzzy'], ['pmf', 'exact']]
    """
    text = require_text(text, "text")
    return pd.DataFrame(scan_actors(text, gazetteer, threshold), columns=FOUND_ACTOR_COLUMNS)


def match_actor(name: str, threshold: float = FUZZY_THRESHOLD) -> tuple[str | None, float]:
    """Best actor id and score for one whole name (exact key first, then fuzzy).

    >>> match_actor("Hased Shabi")[0], match_actor("Kataeb Hizbollah")[0]
    ('pmf', 'kataib_hezbollah')
    """
    gaz = actors_gazetteer()
    key = match_key(name)
    if key in gaz.index.exact:
        return gaz.index.exact[key][0][0], 100.0
    hit = gaz.index._best_fuzzy(key, 0.0) if len(key) >= 5 else None
    cut = threshold if len(key) >= 7 else max(threshold, SHORT_KEY_THRESHOLD)
    return (hit[0] if hit and hit[1] >= cut else None), (hit[1] if hit else 0.0)


from .prefilter import guard_patterns  # noqa: E402  (after every expression of the module is defined)

guard_patterns(globals())
