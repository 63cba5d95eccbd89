"""Speaker groups from evidence, as the real layers (attack sample, quotes dev2/dev3) showed them wrong: our own words."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.quotes import extract_quotes, resolve_speakers
from analysis.quotes.resolve import descriptor_before
from analysis.quotes.speakers.descriptors import _organisation
from analysis.quotes.speakers import group_evidence, match_alias, load_aliases
from analysis.validate import quotes as vq


def _groups(text: str) -> list[str]:
    """Speaker groups of the speech quotes of one passage, as the notebooks resolve them."""
    q = extract_quotes(text).assign(doc_id="d")
    out, _ = resolve_speakers(q)
    return out[out["is_speech"].astype(bool)]["speaker_group"].tolist()


def test_a_surname_takes_the_role_written_before_the_full_name():
    text = ("Harbour police spokesman Tom Reed spoke to reporters on Monday.\n\n"
            "Reed said: \"The coast road stays closed until the storm passes.\"")
    assert _groups(text) == ["government"]


def test_a_pronoun_takes_the_role_the_article_gives_the_person():
    text = ("Riverside boss Ana Costa praised her players after the match.\n\n"
            "\"We were brave and we never stopped running,\" she said.")
    assert _groups(text) == ["organisation"]


def test_no_role_is_read_across_a_sentence_end():
    text = "Neighbours called the police. Dube said he heard two loud bangs."
    assert descriptor_before(text, text.index("Dube")) == ""


@pytest.mark.parametrize("mention,role,group", [
    ("Solicitor General Ann Webb", "", "government"),        # 'General' after an office is no rank
    ("Conservative MP Ann Webb", "", "legislator"),           # a party word modifies the office
    ("Shadow Health Secretary Ann Webb", "", "legislator"),   # the opposition's shadow ministers sit in parliament
    ("Senator Webb", "Finance Minister", "government"),       # an office beats a seat
])
def test_offices_before_a_name(mention, role, group):
    assert group_evidence(role, "Ann Webb", "person", mention)[0] == group


def test_an_international_body_before_the_role_makes_an_organisation():
    assert group_evidence("", "UN envoy", "role", "UN envoy")[0] == "organisation"
    assert group_evidence("", "Iraq's envoy to the UN", "role", "Iraq's envoy to the UN")[0] == "government"


def test_a_document_without_its_issuer_is_unknown_not_anonymous():
    assert group_evidence("", "the statement", "role", "the statement")[0] == "unknown"


def test_a_country_is_not_an_organisation_named_after_it():
    assert match_alias("Iraq", load_aliases())[0] == ""
    assert _organisation("the Security Council of Iraq") is None


def test_a_party_named_before_the_person_lends_its_group():
    assert group_evidence("", "Jo Maseko", "person", "The ANC's Jo Maseko")[0] == "politician"


def test_group_score_counts_only_matched_quotes_with_the_right_speaker():
    utts = pd.DataFrame({"doc_id": ["a", "a"], "utterance_id": [0, 1], "pieces": [[(0, 9)], [(20, 29)]],
                         "mention": [(12, 14), (40, 44)], "speaker": ["X", "Y"]})
    gold = pd.DataFrame({"doc_id": ["a", "a"], "content": [[(0, 10)], [(20, 30)]], "source": [[(12, 14)], [(32, 34)]],
                         "speaker_group": ["military", "civilian"]})
    s = vq.score_groups(utts, ["military", "government"], gold)
    assert (s["n"], s["group_right"], s["unknown_share"]) == (1, 1, 0.0)
