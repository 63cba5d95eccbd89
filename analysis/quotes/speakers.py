"""Canonical speakers across articles: alias table + fuzzy name matching, with role and group rules.

``resolve_speakers(quotes)`` takes the output of ``analysis.quotes.extract_corpus_quotes`` (or any table with
``speaker`` and optionally ``doc_id``, ``speaker_type``, ``speaker_role``, ``speaker_mention``, ``is_speech``)
and returns the quotes with ``speaker_id``/``canonical``/``speaker_group`` plus one row per speaker.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz
from unidecode import unidecode

from .. import paths

GROUPS = ["US government", "Iraqi government", "militias", "analysts", "civilians", "UN", "anonymous sources",
          "media", "other"]
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

# (group, pattern) in priority order; applied to the role/descriptor text plus the speaker string
GROUP_RULES: list[tuple[str, str]] = [
    ("UN", r"\bU\.?N\.?\b|united nations|unami|security council|secretary[- ]general|unicef|unhcr|\bwho\b"),
    ("analysts", r"analyst|expert|fellow|researcher|specialist|scholar|professor|think[- ]?tank|institute|"
                 r"institution|observer|academic|consultan|chatham|brookings|carnegie|rand\b|lecturer|author"),
    ("media", r"newspaper|\bagency\b|television|\btv\b|channel|outlet|reuters|\bafp\b|associated press|"
              r"al jazeera|news|correspondent|journalist|reporter|editor|broadcaster|media"),
    ("militias", r"militia|faction|brigade|kata.?i?b|hezbollah|hizbollah|hizballah|asa.?i?b|nujaba|hashd|\bpmf\b|"
                 r"\bpmu\b|popular mobili|resistance|mujahideen|mujahedeen|quds force|\birgc\b|revolutionary guard|"
                 r"houthi|armed group|insurgent|fighters|jihad|\bgroups?\b"),
    ("civilians", r"resident|civilian|witness|villager|farmer|shopkeeper|student|\blocal\b|father|mother|"
                  r"relative|injured|survivor|driver|worker|neighbou?r|passer|citizen|family|striker|employee|"
                  r"protester|demonstrator|teacher|doctor|nurse|shop|owner|victim|parent|pilgrim|"
                  r"displaced|refugee|eyewitness|passenger|mourner|tribal|sheikh"),
    ("Iraqi government", r"iraq|baghdad|joint operations command|kurdistan regional government|peshmerga|"
                         r"commander-in-chief|iraqi"),
    ("US government", r"\bus\b|\bu\.s\.|american|pentagon|white house|state department|centcom|central command|"
                      r"coalition|washington|defen[cs]e department|department of defen[cs]e|senator|congress|"
                      r"biden|trump|administration|national security council|navy|air force|marine"),
    # domain default of this project (coverage of Iraq): an unqualified government body is Iraq's
    ("Iraqi government", r"government|ministry|\barmy\b|security forces|prime minister|parliament|police|"
                         r"general\b|military"),
]
_ANON = r"\bsources?\b|\bofficials?\b|\bdiplomats?\b|\binsiders?\b|who (?:asked|declined|spoke) .*(?:named|anonymity)|"\
        r"anonymity|unnamed|\bspokesperson\b|\bspokesman\b"


#: portfolios after a title ('Secretary of State', 'Minister for Foreign Affairs') that are not part of the name
_PORTFOLIO = r"(?:of|for)\s+(?:the\s+)?(?:homeland\s+security|foreign\s+affairs|home\s+affairs|veterans\s+affairs|" \
             r"internal\s+affairs|air\s+force|national\s+defen[cs]e|state|defen[cs]e|interior|finance|health|justice|" \
             r"treasury|education|energy|labou?r|transport(?:ation)?|commerce|agriculture|trade|war|navy|army|economy|" \
             r"housing|environment|culture|oil|planning|information|communications|industry|immigration)\b"


def name_key(name: str) -> str:
    """Matching key: ASCII, lower case, no titles/determiners/apostrophes/hyphens, al- particles glued.

    >>> name_key("Abu Ala’ al-Wala’i"), name_key("Mr. Almeida"), name_key("the Iraqi army")
    ('abuala alwalai', 'almeida', 'iraqi army')
    >>> name_key("NATO Secretary-General Jens Stoltenberg"), name_key("WHO Director-General Tedros Ghebreyesus")
    ('jens stoltenberg', 'tedros ghebreyesus')
    >>> name_key("U.S. Secretary of State Antony Blinken")
    'antony blinken'
    """
    raw = unidecode(str(name or "")).split()
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
    """Read the alias reference table (canonical, alias, role, group) and add a ``key`` column.

    >>> set(load_aliases().columns) >= {"canonical", "alias", "role", "group", "key"}
    True
    """
    df = pd.read_csv(paths.resolve(path), dtype=str).fillna("")
    bad = set(df["group"]) - set(GROUPS)
    if bad:
        raise ValueError(f"unknown groups in alias table: {sorted(bad)}")
    return df.assign(key=df["alias"].map(name_key)).sort_values(["canonical", "alias"]).reset_index(drop=True)


def match_alias(name: str, aliases: pd.DataFrame) -> tuple[str, str, float]:
    """Canonical name from the alias table: exact key, then fuzzy person match; ('', '', score) when none.

    >>> a = load_aliases(); match_alias("Qasim Soleimani", a)[0], match_alias("Yehia Rasoul", a)[0]
    ('Qassem Soleimani', 'Yahya Rasool')
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
        if multi and len(name_key(alias).split()) < 2:
            continue
        ok, score, how = same_person(key, alias)
        if ok and score > best[2]:
            best = (canon, f"alias {how}", score)
    if best[0] and not multi:
        # a bare surname must be unambiguous in the table
        cands = {c for c, a in zip(aliases["canonical"], aliases["alias"]) if same_person(key, a)[0]}
        if len(cands) > 1:
            return "", "", best[2]
    return best


def infer_group(role: str, speaker: str = "", speaker_type: str = "") -> str:
    """Group of a speaker from the words of its attribution (rules, not names).

    >>> infer_group("Pentagon spokesman", "John Kirby", "person"), infer_group("a senior military official", "", "role")
    ('US government', 'anonymous sources')
    >>> infer_group("an Iraq specialist at the Brookings Institution"), infer_group("resident")
    ('analysts', 'civilians')
    """
    text = f"{role} {speaker}".lower()
    if speaker_type in {"role", ""} and re.search(_ANON, text) and not re.search(r"\b(?:ministry|army|pentagon|"
                                                                                  r"government|command)\b", speaker.lower()):
        if speaker_type == "role":
            return "anonymous sources"
    for group, pat in GROUP_RULES:
        if re.search(pat, text, re.I):
            return group
    return "other"


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name_key(s)).strip("_") or "unknown"


def resolve_speakers(quotes: pd.DataFrame, aliases: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Attach speaker_id/canonical/speaker_group to quotes and build the table of speakers.

    >>> q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Yahya Rasoul", "Yehia Rasool"],
    ...                   "speaker_role": ["spokesman", "Ministry of Defence spokesman"], "is_speech": [True, True]})
    >>> out, spk = resolve_speakers(q); out["speaker_id"].nunique(), spk["canonical"].tolist()
    (1, ['Yahya Rasool'])
    """
    aliases = load_aliases() if aliases is None else aliases
    q = quotes.copy()
    for col, default in [("doc_id", ""), ("speaker_type", ""), ("speaker_role", ""), ("speaker_mention", ""),
                         ("is_speech", True)]:
        if col not in q:
            q[col] = default
    q["speaker"] = q["speaker"].fillna("").astype(str).str.strip()
    q["speaker_mention"] = q["speaker_mention"].fillna("").astype(str)
    q["speaker_role"] = q["speaker_role"].fillna("").astype(str)
    stype = q["speaker_type"].fillna("").astype(str)
    # infer a type when absent: capitalised 2+ tokens -> person, else role
    stype = stype.where(stype != "", q["speaker"].map(
        lambda s: "person" if re.fullmatch(r"(?:[A-Z][\w’'\-]*\s*){1,5}", s.strip() or "x") else ("role" if s else "")))
    q["speaker_type"] = stype
    clusters: list[dict] = []   # canonical, method, score, type, members
    order = (q[q["speaker"] != ""].assign(_len=lambda d: d["speaker"].str.split().str.len())
             .sort_values(["_len", "speaker"], ascending=[False, True], kind="stable"))
    mapping: dict[str, int] = {}
    for spk, typ in dict.fromkeys(zip(order["speaker"], order["speaker_type"])):
        if spk in mapping:
            continue
        canon, method, score = ("", "", 0.0)
        if typ in {"person", "body"}:
            canon, method, score = match_alias(spk, aliases)
        elif typ == "role":
            hit = aliases[aliases["key"] == name_key(spk)]
            if len(hit):
                canon, method, score = hit["canonical"].iloc[0], "alias table", 100.0
        idx = None
        if canon:
            idx = next((i for i, c in enumerate(clusters) if c["canonical"] == canon), None)
            if idx is None:
                clusters.append({"canonical": canon, "method": method, "score": score, "type": typ})
                idx = len(clusters) - 1
        else:
            for i, c in enumerate(clusters):
                if typ == "person" and c["type"] == "person":
                    ok, sc, how = same_person(spk, c["canonical"])
                elif typ == c["type"]:
                    sc = fuzz.token_sort_ratio(name_key(spk), name_key(c["canonical"]))
                    ok, how = sc >= 92, "fuzzy role"
                else:
                    ok = False
                if ok:
                    idx = i
                    c["method"] = c["method"] if c["method"] != "new" else f"cluster {how}"
                    c["score"] = min(c["score"], sc) if c["score"] else sc
                    break
            if idx is None:
                clusters.append({"canonical": spk, "method": "new", "score": 100.0, "type": typ})
                idx = len(clusters) - 1
        mapping[spk] = idx
    rows = []
    alias_role = dict(zip(aliases["canonical"], aliases["role"]))
    alias_group = dict(zip(aliases["canonical"], aliases["group"]))
    q["speaker_id"] = ""
    q["canonical"] = ""
    q["speaker_group"] = ""
    for i, c in enumerate(clusters):
        members = [s for s, j in mapping.items() if j == i]
        sel = q["speaker"].isin(members)
        speech = sel & q["is_speech"].astype(bool)
        roles = [r for r in q.loc[sel, "speaker_role"] if r]
        obs_role = max(roles, key=len) if roles else (c["canonical"] if c["type"] == "role" else "")
        role = alias_role.get(c["canonical"], "") or obs_role
        group = alias_group.get(c["canonical"], "") or infer_group(" ; ".join(roles) or obs_role, c["canonical"], c["type"])
        sid = f"spk_{_slug(c['canonical'])}"
        mentions = [m for m in q.loc[sel, "speaker_mention"] if isinstance(m, str) and m and m.lower() not in {"he", "she", "they", "it", "we", "i"}]
        rows.append({"speaker_id": sid, "canonical": c["canonical"], "speaker_type": c["type"], "role": role,
                     "group": group, "aliases": "; ".join(sorted(set(members) | set(mentions))),
                     "n_quotes": int(speech.sum()), "n_articles": int(q.loc[speech, "doc_id"].nunique()),
                     "match_method": "alias table" if c["method"].startswith("alias") and c["score"] == 100 else c["method"],
                     "match_score": round(float(c["score"]), 1)})
        q.loc[sel, "speaker_id"] = sid
        q.loc[sel, "canonical"] = c["canonical"]
        q.loc[sel, "speaker_group"] = group
    cols = ["speaker_id", "canonical", "speaker_type", "role", "group", "aliases", "n_quotes", "n_articles",
            "match_method", "match_score"]
    spk = pd.DataFrame(rows, columns=cols).sort_values(["n_quotes", "speaker_id"], ascending=[False, True],
                                                       kind="stable").reset_index(drop=True)
    return q, spk
