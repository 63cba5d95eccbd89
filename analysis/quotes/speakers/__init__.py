"""Canonical speakers across articles: alias table + fuzzy name matching, with role and group rules.

``resolve_speakers(quotes)`` takes the output of ``analysis.quotes.extract_corpus_quotes`` (or any table with
``speaker`` and optionally ``doc_id``, ``speaker_type``, ``speaker_role``, ``speaker_mention``, ``is_speech``)
and returns the quotes with ``speaker_id``/``canonical``/``speaker_group`` plus one row per speaker.

The steps live in modules of their own: :mod:`.matching` (name keys, fuzzy person matching and the alias table),
:mod:`.descriptors` (what a descriptor's words say: countries, organisations, head role nouns, titles and the bodies
they serve), :mod:`.evidence` (readings that change a group: outlets, ranks, unnamed sources, firms, offices out of
power), :mod:`.groups` (``group_evidence`` and ``infer_group``: one attribution's group, country and evidence; roles
apposed to a name) and :mod:`.clusters` (speakers merged across articles, and one row per speaker).
"""

from __future__ import annotations

import pandas as pd

from ...text.checks import require_frame
from ..tenure import publication_years
from .matching import (ALIASES_FILE, GROUPS, load_aliases, match_alias, name_key, name_similarity,  # noqa: F401
                       same_person)
from .evidence import outlet_name, police_rank  # noqa: F401
from .groups import RUNS_ON, apposed_role, clean_role, group_evidence, home_place, infer_group  # noqa: F401
from .clusters import (SPEAKER_COLUMNS, _cluster, _inherit_principals, _issuer_groups, _prepared,  # noqa: F401
                       _speaker_row, principal)


def resolve_speakers(quotes: pd.DataFrame, aliases: pd.DataFrame | None = None,
                     published: pd.Series | dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Attach speaker_id, canonical, speaker_group and speaker_country to quotes and build the speakers table.

    ``published`` (doc_id -> publication date, or a ``published`` column of the quotes) dates the alias
    table's roles: a speaker's role is the parts in force when the articles appeared (``tenure.role_at``),
    and a quote's group, when only the table's role gives it, is the group of the role in force that year.

    >>> q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Yahya Rasoul", "Yehia Rasool"],
    ...                   "speaker_role": ["spokesman", "Ministry of Defence spokesman"], "is_speech": [True, True]})
    >>> out, spk = resolve_speakers(q); out["speaker_id"].nunique(), spk["canonical"].tolist(), spk["group"].tolist()
    (1, ['Yahya Rasool'], ['military'])
    """
    quotes = require_frame(quotes, "quotes", ["speaker"])
    aliases = load_aliases() if aliases is None else require_frame(aliases, "aliases",
                                                                   ["canonical", "alias", "role", "group", "country", "key"])
    aliases = aliases.assign(**{c: aliases[c].astype(object).where(aliases[c].notna(), "")
                                for c in ("canonical", "alias", "role", "group", "country", "key")})
    q = _prepared(quotes)
    q["_year"] = publication_years(q, published)
    clusters, mapping = _cluster(q, aliases)
    cluster_of = q["speaker"].map(mapping)
    by_idx = {int(i): _speaker_row(clusters[int(i)], sel, aliases) for i, sel in q.groupby(cluster_of, sort=True)}
    _inherit_principals(by_idx, {int(i): list(dict.fromkeys(sel["speaker_role"])) for i, sel in q.groupby(cluster_of, sort=True)})
    for col, key in [("speaker_id", "speaker_id"), ("canonical", "canonical"), ("speaker_group", "group"),
                     ("speaker_country", "country")]:
        q[col] = cluster_of.map(lambda i, k=key: by_idx[int(i)][k] if i == i else "")
    q["speaker_group"] = [by_idx[int(i)]["group_by_year"].get(y, g) if i == i and y is not pd.NA else g
                          for i, y, g in zip(cluster_of, q.pop("_year"), q["speaker_group"])]
    q["speaker_group"] = _issuer_groups(q)
    spk = pd.DataFrame(list(by_idx.values()), columns=SPEAKER_COLUMNS)
    spk = spk.sort_values(["n_quotes", "speaker_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return q, spk
