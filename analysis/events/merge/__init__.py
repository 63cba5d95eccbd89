"""Merging incident mentions across sentences and outlets, with consensus values and conflicts kept.

Same incident = same event family (strikes by states vs. attacks, claims and interceptions vs.
threats), compatible place (the same, one inside the other below country level, or two sites of one
town or district), dates at most one day apart and compatible weapon families. A mention without a
place, or whose place only contains the incident's site (a country, a province), joins only through a
matching count, a precise date, or another mention of the same article (one article tells one story;
its background incidents have dates of their own that keep them apart). Within one article: a claim of "the
attack" joins it whatever day the claim was made; two clauses of one sentence on the same site and day are one
event; a city named like its province may stand for the province; an event the article tells as earlier than its
story (``EARLIER_THAN_TOLD``, ``RELATIVE_TO_TOLD``) joins only by place, count or date, and never the story it
precedes. A mention dated only by the day of the
statement reporting it ("officials said on Monday") may join the article's event up to a week before that day; a
source's account of the event told ("X stated that the strikes had killed ...") or another source's account in the
next sentence joins it with other figures (kept as conflicts), a loose place or another name for the event; a figure
one article gives that an incident's own contradicts counts against joining it when another incident fits. An
article that gives casualties for exactly two incidents of its own, with one toll (both figures, or one figure the
later sentence retells through its source), tells its lead and the lead's detail: they are joined whatever their places.
An article's first toll told for several events ("killed in two attacks") that the later incidents' own figures add up
to is their total: the parts keep the figures and the lead gives up those it totals.

**Blocking.** A mention is compared only with the incidents in its block: those registered under the
days of its date (an incident with a short date interval is registered under each of its days,
plus one day either side), or, for a mention with a wide interval, under its place (and the places
containing it) and the months of its interval, or under one of its counts. Each comparison costs
constant time (an incident keeps running summaries of its mentions), so the merge is linear in the
number of mentions times the size of their blocks.

**Undated articles.** Their mentions are first linked by place, weapon and counts to incidents that
dated outlets report; the article's publication window is inferred from those links
(``infer_publication_window`` when ``articles`` has a ``text`` column, else [latest linked day,
+3 days]), its relative dates re-resolved, and the inference recorded (``date_inference``).

The steps live in modules of their own: :mod:`.compat` (what two mentions may share: places, weapons, counts,
dates, event families), :mod:`.cluster` (an incident's running summaries), :mod:`.retell` (whether one article tells
one event again), :mod:`.apart` (what keeps two reports apart), :mod:`.score` (a mention against an incident),
:mod:`.blocks` (the candidate incidents of a mention), :mod:`.consensus` (an incident's values and conflicts) and
:mod:`.article` (joins within one article: leads and details, totals and parts; undated articles).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...text.checks import require_frame
from .compat import (COUNT_FIELDS, CONFLICT_COLUMNS, INCIDENT_COLUMNS, MERGE_INPUT, SITE_TYPES, counts_compatible,  # noqa: F401
                     weapons_compatible)
from .consensus import _incident_table
from .article import _cluster_mentions, _reresolve


__all__ = ["merge_incidents", "resolve_undated", "counts_compatible", "weapons_compatible", "INCIDENT_COLUMNS",
           "CONFLICT_COLUMNS", "SITE_TYPES"]


def merge_incidents(mentions: pd.DataFrame, articles: pd.DataFrame | None = None,
                    progress: bool | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge incident mentions across sentences and outlets: (incidents, conflicts).

    See the module docstring for the rules; windows inferred for undated articles are in
    ``incidents.attrs["publication_windows"]``.

    >>> from analysis.events.mentions import MENTION_COLUMNS
    >>> m = pd.DataFrame([dict.fromkeys(MENTION_COLUMNS, "")] * 2)
    >>> m = m.assign(doc_id=["a", "b"], mention_id=["a-m0", "b-m0"], scope="incident", event_type="attack",
    ...     weapon="rockets", place_id="ain_al_asad", date=["2021-07-07", "2021-07-06"], date_precision="day",
    ...     earliest=["2021-07-07", "2021-07-06"], latest=["2021-07-07", "2021-07-06"],
    ...     n_fired=[14, 24], n_hit=pd.NA, n_intercepted=pd.NA, n_claimed=pd.NA, killed=pd.NA, injured=pd.NA,
    ...     date_source="sentence")
    >>> inc, conf = merge_incidents(m)
    >>> len(inc), sorted(conf["field"])
    (1, ['date', 'n_fired'])
    """
    mentions = require_frame(mentions, "mentions", MERGE_INPUT)
    if articles is not None:
        require_frame(articles, "articles", ["doc_id"])
    clusters, windows = _cluster_mentions(mentions, articles, progress)
    inc, conf = _incident_table(clusters, articles)
    inc.attrs["publication_windows"] = windows
    return inc, conf


def resolve_undated(mentions: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions table with the dates of undated articles re-resolved as ``merge_incidents`` infers them.

    >>> from analysis.events.mentions import incident_mentions
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "para_id": 0, "sent_id": 0, "start": 0, "end": 70, "text": [
    ...     "On Wednesday, 14 rockets were fired at Ain al-Asad air base.",
    ...     "On Tuesday, 24 rockets were launched at the Ain al-Asad base."]})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2021-07-07", ""], "text": list(s["text"])})
    >>> resolve_undated(incident_mentions(s, arts), arts)[["doc_id", "date"]].values.tolist()
    [['a', '2021-07-07'], ['b', '2021-07-06']]
    """
    clusters, windows = _cluster_mentions(mentions, articles)
    updated = {r["mention_id"]: r for c in clusters for r in c.rows}
    cols = ["date", "date_precision", "earliest", "latest", "date_source", "date_inference"]
    out = mentions.copy()
    for idx, r in zip(out.index, out.to_dict("records")):
        if r["mention_id"] in updated:
            new = updated[r["mention_id"]]
        elif r["doc_id"] in windows:
            lo, hi = windows[r["doc_id"]]
            new = _reresolve(r, (date.fromisoformat(lo), date.fromisoformat(hi)),
                             f"publication window inferred {lo}/{hi} from the article's incidents (see incidents.csv)")
        else:
            continue
        for col in cols:
            out.at[idx, col] = new[col]
    return out
