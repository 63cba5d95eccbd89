"""Speakers merged across articles (alias table first, then fuzzy matching within blocks), one row per speaker with its
role, group and country, principals of staff roles and issuers of documents."""

from __future__ import annotations

import re
from rapidfuzz import fuzz

import pandas as pd

from .. import lexicon
from ..tenure import role_at
from .matching import _STATE_GROUPS, _WORDS, _compact, _surname, match_alias, name_key, same_person
from .descriptors import _country, _organisation, _role_head
from .evidence import _out_of_office
from .groups import _slug, clean_role, group_evidence


def _prepared(quotes: pd.DataFrame) -> pd.DataFrame:
    """A copy of the quotes with the columns resolution reads, filled and typed; a type guessed when absent."""
    q = quotes.copy()
    for col, default in [("doc_id", ""), ("speaker_type", ""), ("speaker_role", ""), ("speaker_mention", ""),
                         ("is_speech", True)]:
        if col not in q:
            q[col] = default
    for col in ["speaker", "speaker_mention", "speaker_role", "speaker_type"]:
        q[col] = q[col].fillna("").astype(str).str.strip()
    guess = q["speaker"].map(lambda s: "person" if re.fullmatch(r"(?:[A-Z][\w’'\-.]*\s*){1,5}", s or "x") else ("role" if s else ""))
    q["speaker_type"] = q["speaker_type"].where(q["speaker_type"] != "", guess)
    return q


def _block(speaker: str, typ: str) -> str:
    """Blocking key: people are compared only with people of a similar surname, other speakers by first word.

    >>> _block("Yahya Rasoul", "person") == _block("Yehia Rasool", "person")
    True
    """
    key = name_key(speaker)
    if typ == "person":
        return "p:" + _compact(_surname(key))[:2]
    return f"{typ}:" + (key.split()[0] if key else "")


def _cluster(q: pd.DataFrame, aliases: pd.DataFrame) -> tuple[list[dict], dict[str, int]]:
    """Speakers merged into clusters: the alias table first, then fuzzy matching within blocks."""
    clusters: list[dict] = []
    by_canon: dict[str, int] = {}
    blocks: dict[str, list[int]] = {}
    mapping: dict[str, int] = {}
    order = (q[q["speaker"] != ""].assign(_n=lambda d: d["speaker"].str.split().str.len())
             .sort_values(["_n", "speaker"], ascending=[False, True], kind="stable"))
    for spk, typ in dict.fromkeys(zip(order["speaker"], order["speaker_type"])):
        if spk in mapping:
            continue
        canon, method, score = match_alias(spk, aliases) if typ in {"person", "body"} else ("", "", 0.0)
        idx = by_canon.get(canon) if canon else None
        if idx is None and not canon:
            idx = _fuzzy_member(spk, typ, clusters, blocks.get(_block(spk, typ), []))
        if idx is None:
            clusters.append({"canonical": canon or spk, "method": method or "new", "score": score or 100.0, "type": typ})
            idx = len(clusters) - 1
            by_canon[clusters[idx]["canonical"]] = idx
            blocks.setdefault(_block(clusters[idx]["canonical"], typ), []).append(idx)
        mapping[spk] = idx
    return clusters, mapping


def _fuzzy_member(spk: str, typ: str, clusters: list[dict], cands: list[int]) -> int | None:
    """The cluster of the same block that a speaker belongs to (same person, or a near-identical phrase)."""
    for i in cands:
        c = clusters[i]
        if typ == "person" and c["type"] == "person":
            ok, sc, how = same_person(spk, c["canonical"])
        elif typ == c["type"]:
            sc = fuzz.token_sort_ratio(name_key(spk), name_key(c["canonical"]))
            ok, how = sc >= 92, "fuzzy role"
        else:
            continue
        if ok:
            c["method"] = c["method"] if c["method"] != "new" else f"cluster {how}"
            c["score"] = min(c["score"], sc)
            return i
    return None


def _majority(values: list[str], default: str) -> str:
    """The most frequent non-empty value (ties: first seen), else the default.

    >>> _majority(["", "a", "b", "b"], "x"), _majority(["", ""], "x")
    ('b', 'x')
    """
    vals = [v for v in values if v and v != "unknown"]
    return max(dict.fromkeys(vals), key=vals.count) if vals else default


#: words an appositive parse can leave as a 'role' that describe no one (an adverb, an age, a bare adjective)
_EMPTY_ROLES = {"then", "now", "also", "later", "still", "however", "meanwhile", "former", "but", "and", "too",
                "again", "instead", "already", "yet", "there", "here", "today", "yesterday", "earlier", "late"}


def _best_role(roles: list[str]) -> str:
    """The most frequent informative role (titles alone such as 'Mr.' or 'Gov.' only when nothing else is known).

    >>> _best_role(["Mr.", "a pollster", "a pollster", "a senior pollster at X"])
    'a pollster'
    >>> _best_role(["58", "Then", "former"])
    ''
    """
    roles = [r for r in roles if _WORDS.search(r) and r.lower().strip(".,") not in _EMPTY_ROLES]
    informative = [r for r in roles if not all(w.lower().strip(".,") in lexicon.titles() for w in r.split())]
    pool = informative or roles
    return min(dict.fromkeys(pool), key=lambda r: (-pool.count(r), -len(r))) if pool else ""


#: groups of a public office or a party: a speaker who holds one is no private person, however the text describes them
_PUBLIC = {"government", "legislator", "military", "politician", "armed group"}


def _public_over_private(ev: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A speaker's evidence without its private-person readings when another says they hold a public office or run
    for one ('the son of immigrants' and 'the labor secretary': the office says the group).

    >>> _public_over_private([("civilian", "", "role noun: son"), ("government", "", "title")])
    [('government', '', 'title')]
    >>> _public_over_private([("civilian", "", "role noun: voter"), ("media", "", "role noun: host")])[0][0]
    'civilian'
    """
    return [e for e in ev if e[0] != "civilian"] if any(e[0] in _PUBLIC for e in ev) else ev


def _named_over_bare(ev: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A speaker's evidence without a bare role noun that another reading names in full ('board' beside 'school
    board': the full noun says which board the short one meant).

    >>> _named_over_bare([("organisation", "", "role noun: board"), ("politician", "", "role noun: school board")])
    [('politician', '', 'role noun: school board')]
    >>> len(_named_over_bare([("organisation", "", "role noun: board"), ("civilian", "", "role noun: nurse")]))
    2
    """
    nouns = {e[2].removeprefix("role noun: ") for e in ev if e[2].startswith("role noun: ")}
    full = {n.split()[-1] for n in nouns if " " in n}
    return [e for e in ev if not (e[2].startswith("role noun: ") and e[2].removeprefix("role noun: ") in full)]


def _speaker_row(c: dict, sel: pd.DataFrame, aliases: pd.DataFrame) -> dict:
    """One row of the speakers table: role, group and country from the alias table or the articles' evidence."""
    alias = aliases[aliases["canonical"] == c["canonical"]].head(1)
    t_group, t_role, t_country = (alias[k].iloc[0] if len(alias) else "" for k in ("group", "role", "country"))
    years, full_role = [int(y) for y in sel["_year"].dropna()], t_role
    t_role = role_at(t_role, years, former=True)   # the parts in force when the articles appeared
    roles = [clean_role(r) for r in sel["speaker_role"] if r]
    ev = [group_evidence(r, s, t, m) for r, s, t, m in zip(sel["speaker_role"], sel["speaker"], sel["speaker_type"],
                                                            sel["speaker_mention"])]
    by_year: dict[int, str] = {}
    if not t_group and t_role and _majority([e[0] for e in ev], "unknown") == "unknown":   # articles say nothing
        g, ctry, why = group_evidence(t_role, c["canonical"], "person")
        ev = [(g, ctry, f"alias table role ({why})" if why else "")] * max(1, len(ev))
        by_year = {y: group_evidence(role_at(full_role, [y], former=True), c["canonical"], "person")[0] or "unknown"
                   for y in set(years)}
    ev = _named_over_bare(_public_over_private(ev))
    group = t_group or _majority([by_year[y] for y in years] if by_year else [e[0] for e in ev], "unknown")
    how = "alias table" if t_group else _majority([e[2] for e in ev if e[0] == group], "")
    how = "alias table role in force when published" if by_year else how
    country = t_country or (_majority([e[1] for e in ev], "") if group in _STATE_GROUPS else "")   # 'an Iraq expert' is no Iraqi
    role = t_role or _best_role(roles)
    speech = sel[sel["is_speech"].astype(bool)]
    mentions = [m for m in sel["speaker_mention"] if m and m.lower() not in {"he", "she", "they", "it", "we", "i", "who"}]
    return {"speaker_id": f"spk_{_slug(c['canonical'])}", "canonical": c["canonical"], "speaker_type": c["type"],
            "role": role, "group": group, "country": country, "group_evidence": how or ("" if group == "unknown" else "rule"),
            "aliases": "; ".join(sorted(set(sel["speaker"]) | set(mentions))), "n_quotes": len(speech),
            "n_articles": int(speech["doc_id"].nunique()),
            "match_method": "alias table" if c["method"].startswith("alias") and c["score"] == 100 else c["method"],
            "match_score": round(float(c["score"]), 1), "group_by_year": by_year}


#: a person's staff: the role nouns whose speaker speaks for a principal named beside them ('Cruz spokeswoman')
_STAFF = r"(?:spokes(?:man|woman|person)|aide|advis[eo]r|staffer|ally|confidante?|press\s+secretary|communications\s+director|" \
         r"deputy|chief\s+of\s+staff|campaign\s+manager)"
_NAME = r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]*?)"
_PRINCIPAL = re.compile(r"^(?i:(?:the|a|an|one|former|longtime|senior|top|then)\s+)*" + _NAME +
                        r"(?:[’']s?)?\s+(?i:(?:senior|chief|deputy|top|longtime|national|campaign|press|political|policy)\s+)*"
                        r"(?i:" + _STAFF + r")\b|\b(?i:" + _STAFF + r")\s+(?:to|for)\s+" + _NAME + r"\s*$")
_STAFF_MODIFIERS = {"former", "senior", "chief", "deputy", "top", "longtime", "then"}


def principal(role: str) -> str:
    """The person a staff role speaks for, when it names one ('Cruz spokeswoman', 'a senior adviser to Ann Lee'); ''
    for a body, a country, a title or no name ('Pentagon spokesman', 'Iraqi adviser', 'the spokesman').

    >>> principal("Cruz spokeswoman"), principal("a senior adviser to Ann Lee"), principal("Lee’s press secretary")
    ('Cruz', 'Ann Lee', 'Lee')
    >>> principal("Pentagon spokesman"), principal("Iraqi adviser"), principal("the spokesman"), principal("DFA spokesman")
    ('', '', '', '')
    >>> principal("Mrs. Lee's chief of staff"), principal("Former Lee Senior Adviser"), principal("an aide to Sen. Lee")
    ('Lee', 'Lee', 'Lee')
    """
    m = _PRINCIPAL.search(role.strip())
    found = (m.group(1) or m.group(2) or "").split() if m else []
    kept = [w for w in found if w.lower().strip(".’'") not in lexicon.titles() and w.lower() not in _STAFF_MODIFIERS]
    name = " ".join(kept)
    if not kept or name.isupper() or _organisation(name) or _country(name) \
            or any(w.lower().strip(".’'") in lexicon.role_nouns() for w in kept):
        return ""
    return name


def _inherit_principals(rows: dict[int, dict], roles: dict[int, list[str]]) -> None:
    """A speaker of unknown group whose role names a principal ('Cruz spokeswoman') takes the group of the most quoted
    person of that surname among the speakers (staff speak for their principal's camp; a former aide is a
    politician), in place."""
    by_surname: dict[str, tuple[int, str]] = {}
    for r in rows.values():
        key = _surname(name_key(r["canonical"]))
        if r["speaker_type"] == "person" and r["group"] != "unknown" and r["n_quotes"] > by_surname.get(key, (0, ""))[0]:
            by_surname[key] = (r["n_quotes"], r["group"])
    for i, r in rows.items():
        if r["group"] != "unknown" or r["group_by_year"]:
            continue
        for role in roles.get(i, []):
            who = principal(role)
            group = by_surname.get(_surname(name_key(who)), (0, ""))[1] if who else ""
            if group:
                r["group"], r["group_evidence"] = _out_of_office(group, f"principal: {who}", role)
                break


#: groups whose bodies issue statements, reports and readouts ('the statement said' after 'the army said')
_ISSUER_GROUPS = {"government", "military", "armed group", "organisation", "legislator", "politician"}


def _document_speaker(speaker: str, speaker_type: str) -> bool:
    """Whether a role speaker is a document that speaks for an issuer it does not name ('the statement', 'Another
    statement'); one whose words name the issuer ('the army statement') is read by its own evidence.

    >>> _document_speaker("the statement", "role"), _document_speaker("the spokesman", "role")
    (True, False)
    """
    head = _role_head(speaker)[0] if speaker_type == "role" else ""
    return bool(head) and lexicon.role_nouns()[head].kind == "document"


def _issuer_groups(q: pd.DataFrame) -> list[str]:
    """Each quote's group, a document of unknown issuer ('the statement said') taking the group of the speaker quoted
    last before it in its article when that one is a body or a person of a state, an armed group or an organisation
    (news names the issuer, then quotes its statement); after a private person or a news outlet it stays unknown.

    >>> q = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "start": [0, 90, 5, 50],
    ...                   "speaker": ["the army", "the statement", "Ann Lee", "the statement"],
    ...                   "speaker_type": ["body", "role", "person", "role"],
    ...                   "speaker_group": ["military", "unknown", "civilian", "unknown"]})
    >>> _issuer_groups(q)
    ['military', 'military', 'civilian', 'unknown']
    """
    out = q["speaker_group"].tolist()
    order = q.assign(_pos=range(len(q)))
    order = order.sort_values(["doc_id", "start"], kind="stable") if "start" in q else order
    last: dict[str, str] = {}
    for doc, pos, spk, typ in zip(order["doc_id"], order["_pos"], order["speaker"], order["speaker_type"]):
        if _document_speaker(spk, typ):
            if out[pos] in {"", "unknown"} and last.get(doc):
                out[pos] = last[doc]
        elif spk:
            last[doc] = out[pos] if out[pos] in _ISSUER_GROUPS else ""
    return out


SPEAKER_COLUMNS = ["speaker_id", "canonical", "speaker_type", "role", "group", "country", "group_evidence", "aliases",
                   "n_quotes", "n_articles", "match_method", "match_score"]
