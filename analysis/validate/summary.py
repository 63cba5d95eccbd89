"""Where the accuracy targets stand: the committed benchmark results pooled over held-out samples.

The accuracy benchmarks (``benchmarks/bench_quotes_polnear.py``, ``bench_incidents.py``, ``bench_dates_timebank.py``)
write one row of figures per sample to ``benchmarks/results/*.json``, counts included. A held-out sample holds 20-30
articles, so one sample's figure moves by several points from one sample to the next; pooling the counts of several
held-out samples (micro-averaging) gives the estimate a reader should hold the targets against. These functions read
the results as written and pool them; they never rerun anything. Used by notebooks 03 and 04 and by
``benchmarks/headline.py``, which prints the README's table.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["held_out_names", "pool_quotes", "pool_incidents", "pool_dates", "pool_descriptions", "pooled_table",
           "incident_sets_table"]


def _f1(p: float, r: float) -> float:
    """Harmonic mean (0 when both are 0).

    >>> _f1(0.5, 1.0), _f1(0.0, 0.0)
    (0.6667, 0.0)
    """
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def held_out_names(names: list[str], last: int = 3) -> list[str]:
    """The ``last`` held-out splits (``h<stop>``) by stop number, among ``names``: the current held-out pool. A
    held-out sample retired to development (its texts rescored as ``dev<stop>r``) is left out.

    >>> held_out_names(["dev", "h27", "h33", "dev33r", "h36", "dev39", "h37", "h39", "test"])
    ['h36', 'h37', 'h39']
    >>> held_out_names(["h39", "h40", "h41", "h41b"])  # two samples of one stop: a letter after the number
    ['h40', 'h41', 'h41b']
    """
    held = {n for n in names if re.fullmatch(r"h\d+[a-z]?", n) and f"dev{n[1:]}r" not in names}
    return sorted(held, key=lambda n: (int(n[1:].rstrip("abcdefghijklmnopqrstuvwxyz")), n))[-last:]


def pool_quotes(sets: list[dict], names: list[str]) -> dict:
    """Quote precision/recall/F1, speaker accuracy and end-to-end F1 at 30 % coverage pooled over the result rows
    named (rows of ``quotes_polnear.json``'s ``sets``), with the speaker groups and the rows used.

    >>> rows = [{"set": "quotes h1", "at_30": {"n_pred": 8, "n_gold": 10, "matched": 8, "speaker_right": 7}},
    ...         {"set": "quotes h2", "at_30": {"n_pred": 10, "n_gold": 10, "matched": 9, "speaker_right": 9},
    ...          "groups_at_30": {"n": 9, "group_right": 6}}]
    >>> s = pool_quotes(rows, ["quotes h1", "quotes h2"]); s["f1"], s["speaker_accuracy"], s["groups"], s["gold"]
    (0.8947, 0.9412, 0.6667, 20)
    """
    rows = [r for r in sets if r["set"] in names]
    tot = {k: sum(r["at_30"][k] for r in rows) for k in ("n_pred", "n_gold", "matched", "speaker_right")}
    p = tot["matched"] / tot["n_pred"] if tot["n_pred"] else 0.0
    r = tot["matched"] / tot["n_gold"] if tot["n_gold"] else 0.0
    ep = tot["speaker_right"] / tot["n_pred"] if tot["n_pred"] else 0.0
    er = tot["speaker_right"] / tot["n_gold"] if tot["n_gold"] else 0.0
    g = [r["groups_at_30"] for r in rows if r.get("groups_at_30")]
    n_g = sum(x["n"] for x in g)
    speaker = tot["speaker_right"] / tot["matched"] if tot["matched"] else 0.0
    return {"sets": [r["set"] for r in rows], "gold": tot["n_gold"], "precision": round(p, 4), "recall": round(r, 4),
            "f1": _f1(p, r), "speaker_accuracy": round(speaker, 4), "e2e_f1": _f1(ep, er),
            "groups": round(sum(x["group_right"] for x in g) / n_g, 4) if n_g else None}


def pool_incidents(reports: dict, splits: list[str]) -> dict:
    """Incident precision/recall/F1 and each field's share right on matched incidents, pooled over the splits named
    (``incidents.json``'s ``attack_reports``): fields weighted by the number of pairs each split scored.

    >>> reports = {"h1": {"gold_incidents": 10, "predicted_incidents": 10, "matched": 8,
    ...                   "fields": {"killed": {"right": 0.5, "n": 4}}},
    ...            "h2": {"gold_incidents": 10, "predicted_incidents": 14, "matched": 10,
    ...                   "fields": {"killed": {"right": 1.0, "n": 4}, "place": {"right": None, "n": 0}}}}
    >>> s = pool_incidents(reports, ["h1", "h2"]); s["f1"], s["fields"]["killed"], s["fields"]["place"]
    (0.8182, 0.75, None)
    """
    rows = [reports[s] for s in splits if s in reports]
    gold, pred, hit = (sum(r[k] for r in rows) for k in ("gold_incidents", "predicted_incidents", "matched"))
    p, r = (hit / pred if pred else 0.0), (hit / gold if gold else 0.0)
    fields: dict[str, float | None] = {}
    for f in dict.fromkeys(k for row in rows for k in row["fields"]):
        scored = [row["fields"][f] for row in rows if f in row["fields"] and row["fields"][f]["right"] is not None]
        n = sum(x["n"] for x in scored)
        fields[f] = round(sum(x["right"] * x["n"] for x in scored) / n, 4) if n else None
    return {"splits": [s for s in splits if s in reports], "gold": gold, "precision": round(p, 4),
            "recall": round(r, 4), "f1": _f1(p, r), "fields": fields}


def pool_dates(scores: list[dict], folders: list[str]) -> dict:
    """Date value F1 (relaxed F1 x value accuracy, the TempEval-3 measure) pooled over the score rows named
    (``dates_timebank.json``'s ``attacks_held_out`` ``scores``, by ``folder``).

    >>> rows = [{"folder": "h1", "gold": 10, "predicted": 10, "matched": 9, "correct": 9},
    ...         {"folder": "h2", "gold": 10, "predicted": 12, "matched": 10, "correct": 9}]
    >>> pool_dates(rows, ["h1", "h2"])["value_f1"]
    0.8571
    """
    rows = [r for r in scores if r["folder"] in folders]
    gold, pred, hit, ok = (sum(r[k] for r in rows) for k in ("gold", "predicted", "matched", "correct"))
    p, r = (hit / pred if pred else 0.0), (hit / gold if gold else 0.0)
    relaxed = 2 * p * r / (p + r) if p + r else 0.0
    return {"folders": [r["folder"] for r in rows], "gold": gold, "relaxed_f1": round(relaxed, 4),
            "value_accuracy": round(ok / hit, 4) if hit else 0.0,
            "value_f1": round(relaxed * ok / hit, 4) if hit else 0.0}


def pool_descriptions(incidents: dict, splits: list[str]) -> dict:
    """Coded event descriptions (found, killed, wounded, place, date right) pooled over the held-out sets named
    (``incidents.json``'s ``event_descriptions_<split>`` parts), each measure weighted by its cases.

    >>> res = {"event_descriptions_h1": {"h1": {"descriptions": 10, "found": {"right": 0.9, "n": 10}}},
    ...        "event_descriptions_h2": {"h2": {"descriptions": 30, "found": {"right": 1.0, "n": 30}}}}
    >>> pool_descriptions(res, ["h1", "h2"])["found"], pool_descriptions(res, ["h1", "h2"])["descriptions"]
    (0.975, 40)
    """
    rows = [incidents[f"event_descriptions_{s}"][s] for s in splits if incidents.get(f"event_descriptions_{s}")]
    out: dict = {"splits": [s for s in splits if incidents.get(f"event_descriptions_{s}")],
                 "descriptions": sum(r["descriptions"] for r in rows)}
    for f in ("found", "killed", "wounded", "place", "date"):
        n = sum(r[f]["n"] for r in rows if f in r)
        out[f] = round(sum(r[f]["right"] * r[f]["n"] for r in rows if f in r) / n, 4) if n else None
    return out


def pooled_table(quotes: dict, incidents: dict, dates: dict, last: int = 3, last_descriptions: int = 2
                 ) -> pd.DataFrame:
    """One row per accuracy target of issues 8 and 9 with its pooled held-out figure: the README's table.

    ``quotes``, ``incidents``, ``dates``: the parsed results files; the pool is the ``last`` held-out samples of
    reports and the ``last_descriptions`` held-out sets of coded descriptions (the sets before those were last
    measured on code many stops older).
    """
    q_names = held_out_names([s["set"].split()[1] for s in quotes["sets"] if s["set"].startswith("quotes ")], last)
    a_names = held_out_names([s["set"].split()[2] for s in quotes["sets"] if s["set"].startswith("attack reports ")],
                             last)
    q = pool_quotes(quotes["sets"], [f"quotes {n}" for n in q_names])
    a = pool_quotes(quotes["sets"], [f"attack reports {n}" for n in a_names])
    i = pool_incidents(incidents["attack_reports"], held_out_names(list(incidents["attack_reports"]), last))
    held = dates.get("attacks_held_out", {}).get("scores", [])
    dev = [r["folder"] for r in dates.get("attacks_dev", {}).get("scores", [])]
    d = pool_dates(held, held_out_names([r["folder"] for r in held] + dev, last))
    rows = [("quotes", "quote F1 at 30 % overlap, real news", 0.90, q["f1"], q["sets"], q["gold"]),
            ("quotes", "speaker accuracy, real news", 0.90, q["speaker_accuracy"], q["sets"], q["gold"]),
            ("quotes", "end-to-end F1, real news", 0.82, q["e2e_f1"], q["sets"], q["gold"]),
            ("quotes", "speaker accuracy, attack reports", 0.92, a["speaker_accuracy"], a["sets"], a["gold"]),
            ("quotes", "quote precision, attack reports", 0.97, a["precision"], a["sets"], a["gold"]),
            ("dates", "date value F1, attack reports", 0.93, d["value_f1"], d["folders"], d["gold"]),
            ("incidents", "incident F1, attack reports", 0.85, i["f1"], i["splits"], i["gold"])]
    rows += [("incidents", f"{f} right on matched incidents", 0.85, i["fields"].get(f), i["splits"], i["gold"])
             for f in ("killed", "injured", "n_fired", "killed, injured, fired and hit together")]
    ev = pool_descriptions(incidents, held_out_names([k.rsplit("_", 1)[1] for k in incidents
                                                      if k.startswith("event_descriptions_")], last_descriptions))
    rows += [("incidents", f"coded descriptions: {f} right", t, ev[f], ev["splits"], ev["descriptions"])
             for f, t in (("found", 0.90), ("killed", 0.85), ("wounded", 0.85), ("place", 0.80), ("date", 0.90))]
    out = pd.DataFrame(rows, columns=["issue", "measure", "target", "pooled held-out", "samples", "gold items"])
    out["met"] = [v is not None and v >= t for v, t in zip(out["pooled held-out"], out["target"])]
    out["samples"] = out["samples"].map(", ".join)
    return out


def incident_sets_table(reports: dict, last: int = 3) -> pd.DataFrame:
    """Incident figures of ``incidents.json``'s ``attack_reports`` by group of sets, one column each: the held-out
    pool's samples one by one, the pool, every held-out sample (retired ones left out), every development sample, and the
    attack sample's own ``dev`` and ``test`` halves; rows are the gold incidents, F1, precision, recall and each field
    right on matched incidents (the compact view of notebook 04; the per-set figures stay in the results file).

    >>> rep = {"h1": {"gold_incidents": 10, "predicted_incidents": 10, "matched": 8,
    ...               "fields": {"killed": {"right": 0.5, "n": 4}}},
    ...        "dev2": {"gold_incidents": 10, "predicted_incidents": 12, "matched": 9, "fields": {}}}
    >>> t = incident_sets_table(rep, last=1); list(t.columns), float(t.loc["incident F1", "development (1)"])
    (['h1', 'held-out pool (1)', 'all held-out (1)', 'development (1)'], 0.8182)
    """
    names = list(reports)
    pool, held = held_out_names(names, last), held_out_names(names, len(names))
    dev = [s for s in names if s.startswith("dev") and s != "dev"]
    groups = {**{s: [s] for s in pool}, f"held-out pool ({len(pool)})": pool, f"all held-out ({len(held)})": held,
              f"development ({len(dev)})": dev, **{f"attack sample {s}": [s] for s in ("dev", "test") if s in reports}}
    cols = {}
    for name, splits in groups.items():
        p = pool_incidents(reports, splits)
        cols[name] = {"gold incidents": p["gold"], "incident F1": p["f1"], "precision": p["precision"],
                      "recall": p["recall"], **{f"{f} right": v for f, v in p["fields"].items()}}
    return pd.DataFrame(cols)
