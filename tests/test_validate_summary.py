"""The pooled held-out table (analysis.validate.summary) read from the committed benchmark results."""

import json

from analysis import paths
from analysis.validate.summary import pool_incidents, pooled_table


def _load(name: str) -> dict:
    return json.loads((paths.PROJECT_ROOT / "benchmarks" / "results" / f"{name}.json").read_text(encoding="utf-8"))


def test_pooled_table_has_every_target_with_a_figure_between_0_and_1():
    t = pooled_table(_load("quotes_polnear"), _load("incidents"), _load("dates_timebank"))
    assert len(t) == 16 and t["pooled held-out"].notna().all()
    assert t["pooled held-out"].between(0, 1).all() and (t["samples"] != "").all()
    assert (t["met"] == (t["pooled held-out"] >= t["target"])).all()


def test_pooling_counts_not_averaging_figures():
    """Two samples of unequal size: the pooled F1 comes from summed counts, not the mean of the two F1s."""
    reports = {"h1": {"gold_incidents": 2, "predicted_incidents": 2, "matched": 0, "fields": {}},
               "h2": {"gold_incidents": 98, "predicted_incidents": 98, "matched": 98, "fields": {}}}
    assert pool_incidents(reports, ["h1", "h2"])["f1"] == 0.98
