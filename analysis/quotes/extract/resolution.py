"""Each quote's mention resolved inside the article (names, pronouns, roles, documents), speakers carried along
utterances and paragraphs, and the output rows."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

import numpy as np
import pandas as pd

from .. import lexicon
from ..cues import Attribution
from ..content import content_span
from ..mentions import Mention, subject_before
from ..resolve import (PersonIndex, Resolved, _seat_only, courtesy_only, full_name, person_index, resolve_document,
                       resolve_pronoun, resolve_role, resolve_who)
from .records import PRIOR_SPEAKERS, QUOTE_COLUMNS, _Article, _NOBODY, _Quote, _WORDS
from .roles import _PAST_EPITHET, _all_role_words, _named_type, _person_role, _self_named


def _resolve_mention(text: str, m: Mention, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """The speaker a mention stands for inside the article."""
    if m.kind in {"body", "role", "person"} and (named := _self_named(text, m)):
        return Resolved(named, _named_type(text, m))   # 'a group calling itself "X" said': X speaks
    if m.kind == "person":
        name = full_name(m.name, m.start, index)
        return Resolved(name, "person", _person_role(text, name, m, index))
    if m.kind == "body" and not text[m.head_start:m.head_end][:1].isupper():
        phrase = m.name[:1].lower() + m.name[1:] if m.name.split()[0].lower() in lexicon.DETERMINERS else m.name
        return resolve_role(text, phrase, m.start, index, prior) if re.match(r"(?:the|this)\s", phrase) \
            else Resolved(phrase, "body", m.role)
    if m.kind in {"body", "place"}:
        written = re.sub(r"\s*\([^)]*\)$", "", text[m.start:m.end])
        lead = re.match(r"(?:The|A|An)\s", written)
        role = m.role or (index.written_before(m.name, m.start) if m.kind == "body" else "")   # 'the state-run news agency X'
        the = lead and lead.group().strip() == "The" and not m.role and not re.match(r"the\s", m.name, re.I)
        return Resolved(("the " + m.name) if the else m.name, "body", role)   # not 'the The "Joint Command"
    if m.kind == "document":
        return resolve_document(text, m.name, m.start, index)
    if m.kind == "role":
        phrase = m.name[:1].lower() + m.name[1:] if m.name.split()[0].lower() in lexicon.DETERMINERS else m.name
        if re.match(r"[Tt]he\s", text[m.start:m.end]) and not re.match(r"(?:the|this)\s", phrase, re.I) and \
                _all_role_words(phrase):
            phrase = "the " + phrase   # 'The Secretary-General' kept as a capitalised role: read it as 'the' role
        r = resolve_role(text, phrase, m.start, index, prior) if re.match(r"(?:the|this)\s", phrase) \
            else Resolved(phrase, "role", m.role)
        keep = r.type != "person" or (r.role and not courtesy_only(r.role)) or _PAST_EPITHET.search(phrase)
        return r if keep else Resolved(r.speaker, "person", phrase)   # 'the Dutch coach' -> Ann Lee, a coach
    if m.name == "who":
        ante = resolve_who(text, m.start, max(0, m.start - 300))
        return _resolve_mention(text, ante, index, prior) if ante is not None and ante.name != "who" \
            else Resolved("", "pronoun")
    if m.name in {"i", "we", "you"}:
        return Resolved(m.name if m.name != "i" else "I", "pronoun")
    r = resolve_pronoun(text, m.name, m.start, index, prior)
    if r.type == "person" and (courtesy_only(r.role) or _seat_only(r.role)):   # 'He' -> the person, described where named
        return Resolved(r.speaker, "person", index.describe(r.speaker, m.start) or r.role)
    return r


#: a reporting verb right before a pronoun subject ("Egypt said it condemned ..."): the pronoun is that verb's subject
_SAID_BEFORE = re.compile(r"\b(?:said|says|stated|states|announced|added)\s+(?:that\s+)?$")


def _matrix_subject(text: str, m: Mention) -> Mention | None:
    """The named subject of the reporting verb a pronoun speaker follows ("Egypt said it condemned ..." -> Egypt), when
    the pronoun can stand for it (it/they for a body, he/she/they for a person or a role); None otherwise.

    >>> t = 'Egypt said it condemned the attack'; _matrix_subject(t, Mention(11, 13, "pronoun", 11, 13, "it")).name
    'Egypt'
    """
    if m.name not in {"it", "they", "he", "she"}:
        return None
    said = _SAID_BEFORE.search(text, max(0, m.start - 30), m.start)
    if said is None:
        return None
    outer = subject_before(text, max(0, said.start() - 300), said.start())
    if outer is None or outer.kind == "pronoun" or (m.name == "it") != (outer.kind in {"body", "place"}):
        return None
    return outer if m.name != "they" or outer.kind != "person" else None


def _promote_past_non_speech(quotes: list[_Quote]) -> None:
    """A speech quote whose utterance starts at a quote found not to be speech (a term, a name) takes that piece's
    attribution and starts the utterance itself; later pieces of it follow the new first piece.

    >>> from analysis.quotes import extract_quotes
    >>> df = extract_quotes('Ann Lee said that by dropping the word "strike," the union is "giving up its only tool."')
    >>> df[["is_speech", "speaker"]].values.tolist()
    [[False, ''], [True, 'Ann Lee']]
    """
    new_root: dict[int, int] = {}
    for k, q in enumerate(quotes):
        if q.reason or q.source < 0 or not quotes[q.source].reason:
            continue
        if q.source in new_root:
            q.source = new_root[q.source]
            continue
        old = quotes[q.source]
        new_root[q.source] = k
        q.attr, q.where, q.source = (q.attr or old.attr), (q.where if q.attr else old.where), -1


def _resolve_all(art: _Article, quotes: list[_Quote]) -> None:
    """Resolve every quote's own mention in order, then copy speakers along utterance and paragraph links."""
    index = person_index(art.text, [(sp.open_start, sp.close_end) for sp in art.spans])
    prior: list[tuple[int, Resolved]] = []
    own = [q.attr is not None and q.attr.mention is not None and not q.reason and
           (q.source < 0 or bool(quotes[q.source].reason)) for q in quotes]   # a root that is no speech: its own
    for q, mine in zip(quotes, own):
        if mine and (outer := _matrix_subject(art.text, q.attr.mention)) is not None:
            q.attr = replace(q.attr, mention=outer)   # 'Egypt said it condemned the attack "...": Egypt speaks
        if mine:
            q.resolved = _resolve_mention(art.text, q.attr.mention, index, prior[-PRIOR_SPEAKERS:])
            if q.resolved.speaker:
                prior.append((q.attr.mention.start, q.resolved))
    for q, mine in zip(quotes, own):
        j = q.source if q.source >= 0 else q.speaker_from
        if j >= 0 and not mine:
            q.resolved = quotes[j].resolved


def _mention_of(quotes: list[_Quote], q: _Quote) -> tuple[Attribution | None, str]:
    """The attribution a quote reports (its own, the one it shares, or the one of the speaker it carries on, followed
    back along the quotes that carry it: '"A," X said. / "B." / "C."') and the cue word."""
    at, j, steps = q.attr, (q.source if q.source >= 0 else q.speaker_from), 0
    while at is None and j >= 0 and steps < 8:
        at, nxt = quotes[j].attr, quotes[j]
        j, steps = (nxt.source if nxt.source >= 0 else nxt.speaker_from), steps + 1
    return at, (at.cue if at else "")


def _row(art: _Article, quotes: list[_Quote], k: int, utterance: int) -> tuple:
    """The output row of quote k, its values in QUOTE_COLUMNS order."""
    q, sp, text = quotes[k], quotes[k].span, art.text
    at, cue = _mention_of(quotes, q)
    speech = not q.reason
    m = at.mention if (at is not None and speech) else None
    res = q.resolved if speech else _NOBODY
    return (k, utterance, sp.start, sp.end, text[sp.start:sp.end], q.kind, cue if speech else "",
            at.cue_start if m else -1, at.cue_end if m else -1, m.start if m else -1, m.end if m else -1,
            text[m.start:m.end] if m else "", res.speaker, res.type, res.role, speech, q.reason, sp.mark,
            sp.unbalanced, sp.para, max(bisect.bisect_right(art.sents, sp.start) - 1, 0),
            len(_WORDS.findall(text, sp.start, sp.end)), q.where if speech else "",
            *(content_span(text, sp, q.attr, q.kind, art.paras[sp.para]) if speech and q.source < 0 else (sp.start, sp.end)),
            *_relayed(text, at if m else None))


def _relayed(text: str, at: Attribution | None) -> tuple[int, int, str]:
    """(start, end, text) of the person whose words a relaying source passes on, or (-1, -1, '').

    >>> _relayed("X", None)
    (-1, -1, '')
    """
    r = at.relays if at is not None else None
    return (r.start, r.end, text[r.start:r.end]) if r is not None else (-1, -1, "")


_NUMPY = {"int64": np.int64, "bool": np.bool_, "str": object}


def _typed(rows: list[tuple]) -> pd.DataFrame:
    """A quotes table with the stable schema (QUOTE_COLUMNS) from row tuples in column order (no per-row casts).

    >>> _typed([]).dtypes["start"], len(_typed([]).columns) == len(QUOTE_COLUMNS)
    (dtype('int64'), True)
    """
    cols = list(zip(*rows)) if rows else [()] * len(QUOTE_COLUMNS)
    return pd.DataFrame({c: np.array(v, dtype=_NUMPY[t]) for (c, t), v in zip(QUOTE_COLUMNS.items(), cols)})
