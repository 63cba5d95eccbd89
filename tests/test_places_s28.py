"""Place rules of session s28 (issue 9: places of incidents that generalise), each in a fixture of our own words.

Regression checks, not evidence of accuracy: accuracy is measured on real reports and coded descriptions by
benchmarks/bench_incidents.py.
"""

from __future__ import annotations

import pandas as pd

from analysis.events import incident_mentions
from analysis.validate import incidents as vi


def _incidents(text: str, context: str = "", published: str = "2009-03-02") -> pd.DataFrame:
    """The incidents the pipeline reads in one coded entry."""
    ev = pd.DataFrame([{"ev_id": "e1", "split": "dev", "context": context, "published": published, "text": text}])
    sents, arts = vi.description_corpus(ev)
    return vi.article_incidents(incident_mentions(sents, arts), arts)


# ---------------------------------------------------------------- an entry header's wider place does not replace a finer one
def test_a_header_country_does_not_replace_the_province_the_entry_names():
    inc = _incidents("KARBALA – A roadside bomb killed three pilgrims in Babil province south of the capital on Sunday, "
                     "police said.", context="Below are the security incidents reported in Iraq on Monday.")
    assert inc["place"].tolist() == ["Babil"]
    inc = _incidents("A roadside bomb killed three pilgrims on Sunday, police said.",
                     context="Below are the security incidents reported in Iraq on Monday.")
    assert inc["place"].tolist() == ["Iraq"]  # with no place of its own, the header's country stands
