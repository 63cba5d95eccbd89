"""Names across articles: matching keys robust to transliteration, name similarity, whether two names are one person
(``same_person``), and the alias table (``load_aliases``, ``match_alias``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from rapidfuzz import fuzz
from unidecode import unidecode

import pandas as pd

from ... import paths
from ..names import looks_like_org, strip_titles


#: The speaker-group scheme (data/reference/speaker_groups.csv describes each group and its evidence).
GROUPS = ["government", "legislator", "military", "armed group", "politician", "analyst", "media", "civilian",
          "organisation", "anonymous", "unknown"]
ALIASES_FILE = "data/reference/speaker_aliases.csv"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "col", "colonel", "gen", "general", "maj", "major",
           "lt", "lieutenant", "brig", "brigadier", "capt", "captain", "sgt", "adm", "admiral", "president",
           "prime", "minister", "secretary", "sheikh", "sayyid", "imam", "senator", "sen", "rep", "gov",
           "ambassador", "spokesman", "spokeswoman", "spokesperson", "resident", "commander", "chief",
           "director", "deputy", "vice", "under", "governor", "mayor", "chancellor", "judge", "inspector",
           "detective", "chairman", "chairwoman", "councillor", "sir", "dame", "lord", "attorney", "elect"}
_DETS = {"a", "an", "the", "one", "some", "two", "three", "several", "many", "other", "another", "its", "his",
         "her", "their"}
_PARTICLES = r"(?:al|el|abu|bin|ibn|ul|ad|as|ash|ar|az)"
#: groups whose country the descriptor states (for analysts or media a place in the descriptor is a topic or a seat)
_STATE_GROUPS = {"government", "military", "legislator", "armed group", "politician", "anonymous"}
#: role nouns that say nothing but that someone spoke: unnamed, they make an anonymous source
_ANONYMOUS_NOUNS = {"source", "sources", "insider", "insiders", "person", "people", "official", "officials"}


#: portfolios after a title ('Secretary of State', 'Minister for Foreign Affairs') that are not part of the name
_PORTFOLIO = r"(?:of|for)\s+(?:the\s+)?(?:homeland\s+security|foreign\s+affairs|home\s+affairs|veterans\s+affairs|" \
             r"internal\s+affairs|air\s+force|national\s+defen[cs]e|state|defen[cs]e|interior|finance|health|justice|" \
             r"treasury|education|energy|labou?r|transport(?:ation)?|commerce|agriculture|trade|war|navy|army|economy|" \
             r"housing|environment|culture|oil|planning|information|communications|industry|immigration)\b"


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Matching key: ASCII, lower case, no titles/determiners/apostrophes/hyphens, al- particles glued.

    >>> name_key("Abu Ala’ al-Wala’i"), name_key("Mr. Almeida"), name_key("the Iraqi army")
    ('abuala alwalai', 'almeida', 'iraqi army')
    >>> name_key("NATO Secretary-General Jens Stoltenberg"), name_key("WHO Director-General Tedros Ghebreyesus")
    ('jens stoltenberg', 'tedros ghebreyesus')
    >>> name_key("U.S. Secretary of State Antony Blinken")
    'antony blinken'
    >>> name_key("House Minority Leader Nancy Pelosi")
    'nancy pelosi'
    """
    name = str(name or "")
    if name[:1].isupper() and not re.match(r"(?:The|A|An)\s", name):
        name = strip_titles(name) or name   # 'Minority Leader Nancy Pelosi' -> 'Nancy Pelosi'
    raw = unidecode(name).split()
    if len(raw) > 2 and re.fullmatch(r"[A-Z]{2,5}|[A-Z](?:\.[A-Z])+\.?", raw[0]) \
            and raw[1].lower().strip(".").split("-")[0] in _TITLES:
        name = " ".join(raw[1:])   # 'NATO Secretary-General Jens Stoltenberg': the acronym qualifies the title
    s = unidecode(str(name or "")).lower()
    s = re.sub(r"[’'`\.]", "", s)
    s = re.sub(r"[-‐–]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    toks = s.split()
    while len(toks) > 1 and (toks[0] in _TITLES or toks[0] in _DETS):
        toks = toks[1:]
        m = re.match(_PORTFOLIO, " ".join(toks)) if toks and toks[0] in {"of", "for"} else None
        if m and len(toks) - len(m.group().split()) >= 1:
            toks = toks[len(m.group().split()):]   # 'secretary of state antony blinken': the portfolio goes
    s = " ".join(toks)
    return re.sub(r"\b" + _PARTICLES + r"\s+(?=\w)", lambda m: m.group().strip(), s)


@lru_cache(maxsize=1 << 16)
def _compact(key: str) -> str:
    """Key without spaces and with doubled vowels/consonants squeezed and common transliteration variants merged."""
    s = key.replace(" ", "")
    s = re.sub(r"(.)\1+", r"\1", s)
    s = s.replace("ou", "u").replace("ee", "i").replace("ei", "i").replace("ay", "ai").replace("ey", "ei")
    s = re.sub(r"(?<=\w)[yi]$", "i", s)
    s = s.replace("q", "k").replace("ph", "f").replace("dh", "d").replace("th", "t")
    return s[:1] + re.sub(r"[aeiouy]", "", s[1:])  # consonant skeleton (first letter kept)


def name_similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two names robust to transliteration, spacing and particle variants.

    >>> name_similarity("Marsin Alshamary", "Marsin Al Shamari") >= 88, name_similarity("Joel Wing", "Joe Biden") < 70
    (True, True)
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    r1 = fuzz.ratio(ka.replace(" ", ""), kb.replace(" ", ""))
    r2 = fuzz.token_sort_ratio(ka, kb)
    ca, cb = _compact(ka), _compact(kb)
    r3 = fuzz.ratio(ca, cb) if min(len(ca), len(cb)) >= 4 else 0.0
    return float(max(r1, r2, r3 - 3))


def _surname(key: str) -> str:
    """The last token of a name key ('' for an empty key).

    >>> _surname("hamza mishaan")
    'mishaan'
    """
    toks = key.split()
    return toks[-1] if toks else ""


def same_person(a: str, b: str, threshold: float = 86.0) -> tuple[bool, float, str]:
    """Whether two name strings denote the same person: full fuzzy match, or surname(+initial) match.

    >>> same_person("Yahya Rasoul", "Yehia Rasool")[0], same_person("Mishan", "Hamza Mishaan")[0], same_person("Hamdi Malik", "Hamad Naims")[0]
    (True, True, False)
    """
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False, 0.0, ""
    full = name_similarity(ka, kb)
    na, nb = len(ka.split()), len(kb.split())
    if na >= 2 and nb >= 2:
        # first names must be compatible (same initial) and surnames close
        fa, fb = ka.split()[0], kb.split()[0]
        sur = fuzz.ratio(_compact(_surname(ka)), _compact(_surname(kb)))
        if fuzz.ratio(_surname(ka), _surname(kb)) < 70:
            return False, full, ""
        if full >= threshold and (fa[0] == fb[0] or fuzz.ratio(fa, fb) >= 70):
            return True, full, "fuzzy full name"
        if sur >= 90 and fuzz.ratio(_compact(fa), _compact(fb)) >= 80:
            return True, (full + sur) / 2, "fuzzy surname + first name"
        return False, full, ""
    # one side is a single token (surname, or "Al Walae" glued): compare with the other's last token
    short, long_ = (ka, kb) if na <= nb else (kb, ka)
    s = max(fuzz.ratio(short.replace(" ", ""), _surname(long_)),
            fuzz.ratio(_compact(short), _compact(_surname(long_))) - 3,
            fuzz.ratio(short.replace(" ", ""), long_.replace(" ", "")[-len(short.replace(" ", "")):]))
    if s >= threshold and len(short) >= 4 and fuzz.ratio(short.replace(" ", ""), _surname(long_)) >= 70:
        return True, float(s), "surname"
    return False, float(s), ""


def load_aliases(path: str | Path = ALIASES_FILE) -> pd.DataFrame:
    """Read the alias reference table (canonical, alias, role, group, country) and add a ``key`` column.

    An empty group means the person's group depends on the time (a candidate, later a president): the
    article's own evidence decides.
    >>> set(load_aliases().columns) >= {"canonical", "alias", "role", "group", "country", "key"}
    True
    """
    df = pd.read_csv(paths.resolve(path), dtype=str, keep_default_na=False)
    if "country" not in df:
        df["country"] = ""
    bad = set(df["group"]) - set(GROUPS) - {""}
    if bad:
        raise ValueError(f"{paths.display(paths.resolve(path))}: unknown groups {sorted(bad)} (allowed: {GROUPS})")
    return df.assign(key=df["alias"].map(name_key)).sort_values(["canonical", "alias"]).reset_index(drop=True)


def match_alias(name: str, aliases: pd.DataFrame) -> tuple[str, str, float]:
    """Canonical name from the alias table: exact key, then fuzzy person match; ('', '', score) when none.

    >>> a = load_aliases(); match_alias("Qasim Soleimani", a)[0], match_alias("Yehia Rasoul", a)[0], match_alias("Iraq", a)[0]
    ('Qassem Soleimani', 'Yahya Rasool', '')
    """
    key = name_key(name)
    if not key:
        return "", "", 0.0
    hit = aliases[aliases["key"] == key]
    if len(hit):
        return hit["canonical"].iloc[0], "alias table", 100.0
    best = ("", "", 0.0)
    multi = len(key.split()) >= 2
    for canon, alias in zip(aliases["canonical"], aliases["alias"]):
        if multi and len(name_key(alias).split()) < 2 or not multi and looks_like_org(alias):
            continue    # only people are called by their last word: 'Iraq' is not 'Islamic Resistance in Iraq'
        ok, score, how = same_person(key, alias)
        if ok and score > best[2]:
            best = (canon, f"alias {how}", score)
    if best[0] and not multi:
        # a bare surname must be unambiguous in the table
        cands = {c for c, a in zip(aliases["canonical"], aliases["alias"]) if same_person(key, a)[0]}
        if len(cands) > 1:
            return "", "", best[2]
    return best


_WORDS = re.compile(r"[A-Za-z][\w’'\-.]*")
