"""Tests for analysis.speakers: alias table, fuzzy variants, groups and the speakers table."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes.tenure import role_periods
from analysis.quotes.speakers import GROUPS, infer_group, load_aliases, match_alias, name_key, resolve_speakers, same_person


@pytest.mark.parametrize("a,b", [
    ("Marsin Alshamary", "Al Shamari"), ("Marsin Alshamary", "Alshamary"), ("Yahya Rasoul", "Yehia Rasool"),
    ("Abu Ala’ al-Wala’i", "Abu Alaa Al Walae"), ("Mishan", "Hamza Mishaan"), ("Qassem Soleimani", "Suleimani"),
    ("Qasim Soleimani", "Qassem Soleimani"), ("Abu Mahdi al-Muhandis", "Abu Mahdi Mohandis"),
])
def test_variants_of_one_person_match(a, b):
    assert same_person(a, b)[0]


@pytest.mark.parametrize("a,b", [
    ("Hamdi Malik", "Hamad Naims"), ("Hamza Mishaan", "Hamza Abdulrazzaq"), ("Joel Wing", "Joe Biden"),
    ("John Kirby", "John Bolton"), ("Ali Hussein", "Ali Hassan"),
])
def test_different_people_do_not_match(a, b):
    assert not same_person(a, b)[0]


def test_alias_table_is_valid():
    a = load_aliases()
    assert set(a["group"]) <= set(GROUPS) | {""} and not a["canonical"].eq("").any()
    assert not a.duplicated(["canonical", "alias"]).any()


def test_unseen_variant_matched_to_alias_table():
    a = load_aliases()
    assert match_alias("Yehia Rasoul", a)[0] == "Yahya Rasool"
    assert match_alias("Qasim Suleimani", a)[0] == "Qassem Soleimani"
    assert match_alias("Somebody Unknown", a)[0] == ""


def test_name_key_strips_titles_and_particles():
    assert name_key("Major General Yahya Rasoul") == "yahya rasoul"
    assert name_key("Abu Ala’ al-Wala’i") == "abuala alwalai"


@pytest.mark.parametrize("role,stype,group", [
    ("Pentagon spokesman", "person", "government"),
    ("a senior military official", "role", "anonymous"),    # unnamed officials are anonymous (ANNOTATION.md)
    ("informed sources", "role", "anonymous"),
    ("an Iraq specialist at the Brookings Institution", "person", "analyst"),
    ("resident", "person", "civilian"),
    ("head of the UN mission in Iraq", "person", "organisation"),
    ("the head of Kataib Sayyid Al Shuhada", "person", "armed group"),
    ("Iraqi Ministry of Defence spokesman", "person", "government"),
    ("a correspondent for the newspaper", "person", "media"),
    ("Republican presidential nominee", "person", "politician"),
    ("Florida senator", "person", "legislator"),
])
def test_group_rules(role, stype, group):
    assert infer_group(role, "", stype) == group


def test_resolve_speakers_merges_unseen_variants_across_articles():
    q = pd.DataFrame({
        "doc_id": ["a", "b", "b", "c"],
        "speaker": ["Zaid Al Obaidi", "Zaid Alobaidy", "a resident", "Zayd al-Ubaidi"],
        "speaker_type": ["person", "person", "role", "person"],
        "speaker_role": ["an analyst at the Iraq Institute", "", "a resident", ""],
        "speaker_mention": ["Zaid Al Obaidi", "Alobaidy", "a resident", "he"],
        "is_speech": [True, True, True, True],
    })
    out, spk = resolve_speakers(q)
    assert out.loc[[0, 1, 3], "speaker_id"].nunique() == 1
    row = spk[spk["speaker_id"] == out.loc[0, "speaker_id"]].iloc[0]
    assert row["n_quotes"] == 3 and row["n_articles"] == 3 and row["group"] == "analyst"
    assert spk.loc[spk["canonical"] == "a resident", "group"].item() == "civilian"
    assert list(spk.columns) == ["speaker_id", "canonical", "speaker_type", "role", "group", "country", "group_evidence",
                                 "aliases", "n_quotes", "n_articles", "match_method", "match_score"]


def test_resolve_speakers_is_deterministic():
    q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["John Kirby", "Kirby"], "is_speech": [True, True]})
    a1, s1 = resolve_speakers(q)
    a2, s2 = resolve_speakers(q.iloc[::-1].reset_index(drop=True))
    assert s1.equals(s2) and set(a1["speaker_id"]) == {"spk_john_kirby"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=25), min_size=1, max_size=6))
def test_resolve_speakers_never_crashes(names):
    q = pd.DataFrame({"doc_id": ["d"] * len(names), "speaker": names, "is_speech": [True] * len(names)})
    out, spk = resolve_speakers(q)
    assert len(out) == len(q) and set(spk["group"]) <= set(GROUPS)


def test_name_key_drops_acronym_and_hyphenated_titles():
    from analysis.quotes.speakers import name_key, same_person
    assert name_key("NATO Secretary-General Jens Halvard") == "jens halvard"
    assert same_person("WHO Director-General Amara Tesfaye", "Amara Tesfaye")[0]
    assert name_key("NASA Ames") == "nasa ames"   # an acronym not followed by a title is kept


def test_name_key_drops_title_portfolio():
    assert name_key("U.S. Secretary of State Antony Blinken") == "antony blinken"
    assert name_key("Minister of the Interior Abu Ala al-Walai") == "abuala alwalai"
    assert name_key("Bank of England") == "bank of england"


@pytest.mark.parametrize("role, speaker, mention, group", [
    ("a Washington lawyer who represents the campaign", "Jane Roe", "Jane Roe", "politician"),  # 'who' is no WHO
    ("the president of Judicial Watch", "Tom Fitton", "Mr. Fitton", "organisation"),
    ("president of the Kurdistan Region", "Nechirvan Barzani", "Barzani", "government"),
    ("Virginia Gov.", "Terry McAuliffe", "McAuliffe", "government"),
    ("Former Rep.", "Anthony Weiner", "Weiner", "politician"),
    ("the organizational Grand Marshal for the parade", "Jane Roe", "Jane Roe", "unknown"),
])
def test_group_evidence_patterns(role, speaker, mention, group):
    """Groups come from what the descriptor says: a head of a named body, a title cut from before the name."""
    from analysis.quotes.speakers import group_evidence
    got = group_evidence(role, speaker, "person", mention)[0]
    assert got == group or (group == "politician" and got in {"politician", "unknown"}), got


def test_alias_table_role_fills_a_missing_group():
    """A person in the alias table with a role but no group gets the role's group when the articles give none."""
    q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Chris Christie"], "speaker_type": ["person"],
                      "speaker_role": [""], "speaker_mention": ["Christie"], "is_speech": [True]})
    _, speakers = resolve_speakers(q)
    row = speakers.set_index("canonical").loc["Chris Christie"]
    assert row["group"] == "government" and row["group_evidence"].startswith("alias table role")


def test_empty_roles_are_not_reported():
    """An age, an adverb or a bare 'former' left by an appositive is no role."""
    q = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Jorge Ramos"] * 2, "speaker_type": ["person"] * 2,
                      "speaker_role": ["58", "Then"], "speaker_mention": ["Jorge Ramos"] * 2, "is_speech": [True] * 2})
    _, speakers = resolve_speakers(q)
    assert speakers["role"].fillna("").tolist() == [""]


def test_epithet_resolves_to_the_person_it_described_earlier():
    """'said the Democratic nominee' goes to whoever an earlier sentence called the Democratic nominee."""
    from analysis.quotes import extract_quotes
    text = ("Ann Lee spoke on Thursday as the Democratic nominee, painting her rival, Bob Hart, as unfit. "
            "“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.")
    q = extract_quotes(text)
    assert q["speaker"].tolist() == ["Ann Lee"]


def _dated_aliases() -> pd.DataFrame:
    """A two-person alias table with dated roles (invented people), so the tests pin the logic, not the shipped data."""
    rows = [("Ada Quill", "Ada Quill", "Governor of Lakeland (2013-2017); Vice President (2017-2021)"),
            ("Ada Quill", "Quill", "Governor of Lakeland (2013-2017); Vice President (2017-2021)"),
            ("Ben Marsh", "Ben Marsh", "President (2017-2021, 2025-); Unity Party candidate 2016, 2024"),
            ("Ben Marsh", "Marsh", "President (2017-2021, 2025-); Unity Party candidate 2016, 2024"),
            ("Cy Dorn", "Cy Dorn", "President (2009-2017)")]
    frame = pd.DataFrame(rows, columns=["canonical", "alias", "role"]).assign(group="", country="Lakeland")
    return frame.assign(key=frame["alias"].map(name_key))


def test_table_roles_are_dated_by_publication_year():
    """A dated alias-table role counts only in the years it was held; an ended one reads 'former'."""
    q = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "speaker": ["Ben Marsh", "Marsh", "Cy Dorn", "Ada Quill"],
                      "is_speech": [True] * 4})
    published = {"a": "2015-08-06", "b": "2019-01-01", "c": "2019-05-01", "d": "2015-01-01"}
    out, spk = resolve_speakers(q, _dated_aliases(), published=published)
    assert out["speaker_group"].tolist() == ["politician", "government", "politician", "government"]
    roles = dict(zip(spk["canonical"], spk["role"]))
    assert roles["Cy Dorn"] == "former President (2009-2017)"
    assert roles["Ada Quill"] == "Governor of Lakeland (2013-2017)"
    undated, _ = resolve_speakers(q, _dated_aliases())        # no dates: the whole role, as before
    assert undated["speaker_group"].tolist() == ["government"] * 4


def test_a_missing_role_in_a_users_alias_table_is_no_error():
    """A NaN role or group in an alias table given by the user reads as empty."""
    aliases = _dated_aliases().assign(role=float("nan"), group=float("nan"))
    q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Ben Marsh"], "is_speech": [True]})
    out, spk = resolve_speakers(q, aliases, published={"a": "2015-01-01"})
    assert spk["role"].tolist() == [""] and out["speaker_group"].tolist() == ["unknown"]


def test_a_hostile_dated_role_is_read_in_linear_time():
    """The term pattern has one way to split each stretch of spaces (no backtracking blow-up)."""
    assert role_periods("Envoy (2017" + ",2018-  " * 20_000 + ")") is not None


def test_published_column_dates_roles_too():
    """A 'published' column on the quotes serves when no mapping is passed."""
    q = pd.DataFrame({"doc_id": ["a"], "speaker": ["Donald Trump"], "is_speech": [True], "published": ["2015-08-06"]})
    out, spk = resolve_speakers(q)
    assert out["speaker_group"].tolist() == ["politician"] and "President" not in spk["role"].iloc[0]
    assert "published" in out.columns and "_year" not in out.columns


@pytest.mark.parametrize("role, speaker, kind, mention, group", [
    ("", "Ann Pike", "person", "Cllr Ann Pike", "legislator"),            # councillor titles, written short: a member
    ("", "Ann Pike", "person", "Clr Ann Pike", "legislator"),             # of an elected council (the samples' convention)
    ("", "Ann Pike", "person", "Coun Ann Pike", "legislator"),
    ("", "Ann Pike", "person", "Alderman Ann Pike", "legislator"),
    ("", "Ann Pike", "person", "Councilmember Ann Pike", "legislator"),
    ("a council member in Brackley", "Ann Pike", "person", "Ann Pike", "legislator"),
    ("an alderman", "Ann Pike", "person", "Ann Pike", "legislator"),
    ("", "Tom Wren", "person", "CFO Tom Wren", "organisation"),           # a company officer's title
    ("chief executive officer of Brightwell", "Tom Wren", "person", "Tom Wren", "organisation"),
    ("of the Eastport Police Department", "Joe Hale", "person", "Sergeant Joe Hale", "government"),   # a police rank
    ("of the 3rd Infantry Division", "Joe Hale", "person", "Sergeant Joe Hale", "military"),          # an army rank
    ("", "Eastport Gazette", "body", "The Eastport Gazette", "media"),     # a masthead word names a newspaper
    ("", "Eastport Gazette", "person", "The Eastport Gazette", "media"),
    ("", "Joan Post", "person", "Joan Post", "unknown"),                   # a person named like a masthead
    ("", "Lakeland Herald-Tribune", "body", "The Lakeland Herald-Tribune", "media"),
])
def test_group_evidence_titles_ranks_and_mastheads(role, speaker, kind, mention, group):
    """Short councillor and company titles, a rank held in a police force, a newspaper's name give the group."""
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, speaker, kind, mention)[0] == group


def test_a_bare_congress_in_indian_news_is_the_congress_party():
    """'Congress' speaks for India's Congress party where the article's own words are about India, and for the US
    Congress elsewhere (speaker_homonyms.csv)."""
    from analysis.quotes import extract_quotes
    india = ('The BJP hit back on Monday.\n\n"The BJP has no plan at all," the Congress said in Jaipur, '
             'adding that the BJP was "out of touch."')
    us = 'The Congress said in Washington on Monday: "The budget will pass this week."'
    got_in, _ = resolve_speakers(extract_quotes(india).assign(doc_id="a"))
    got_us, _ = resolve_speakers(extract_quotes(us).assign(doc_id="b"))
    assert set(got_in["speaker_group"]) == {"politician"} and set(got_in["speaker_country"]) == {"India"}
    assert set(got_us["speaker_group"]) == {"legislator"}


@pytest.mark.parametrize("speaker, group", [
    ("President Ann Lee’s military adviser", "military"),   # the possessed role, not the possessor's title
    ("the ministry’s spokesman", "government"),            # a bare possessed role takes the possessor's group
    ("the Iraqi army’s spokesman", "military"),
])
def test_a_possessed_role_gives_its_own_group(speaker, group):
    assert infer_group("", speaker, "role") == group


def _groups_of(text: str) -> list[tuple[str, str]]:
    """(speaker, group) of each quote of one invented article, as the notebooks resolve them."""
    from analysis.quotes import extract_quotes
    out, _ = resolve_speakers(extract_quotes(text).assign(doc_id="a"))
    return list(zip(out["speaker"], out["speaker_group"]))


def test_a_role_apposition_before_an_unknown_first_name_makes_a_person_with_that_role():
    """'Last spring the valley's mayor, Oriel Fandango, ...': the role before the comma is evidence of a person, so the
    later surname-only attribution resolves to him and takes the mayor's group."""
    text = ("Last spring the valley's mayor, Oriel Fandango, blamed the bus firm for missed connections.\n\n"
            "“Riders want buses that come,” Fandango said on Monday.")
    assert _groups_of(text) == [("Oriel Fandango", "government")]


def test_a_firm_named_by_one_word_takes_the_role_written_before_an_earlier_mention():
    text = ("Workers walked out against the Dutch manufacturer Velmora over shift pay.\n\n"
            "In a statement, Velmora said: “Our offer was fair and remains on the table.”")
    assert _groups_of(text) == [("Velmora", "organisation")]


def test_a_body_word_before_a_private_persons_noun_does_not_make_an_organisation():
    text = 'Petra Osk, a union worker on the night rota, said the new hours were "a slap in the face."'
    assert _groups_of(text) == [("Petra Osk", "civilian")]


def test_an_unnamed_utility_is_an_organisation_not_an_unnamed_source():
    text = 'The outage ended at noon, after "a fault at the substation was repaired," the power utility said.'
    assert [g for _, g in _groups_of(text)] == ["organisation"]


def test_a_body_name_opening_with_a_legislature_and_joined_by_and_is_one_body():
    """'the Senate Heritage and Archives Bureau': a body word that opens the first half modifies the name; it is
    not a second body as in 'the Army and Navy'."""
    text = 'Old ledgers are "now open to every reader," the Senate Heritage and Archives Bureau announced.'
    (speaker, group), = _groups_of(text)
    assert speaker.endswith("Senate Heritage and Archives Bureau") and group == "legislator"


@pytest.mark.parametrize("speaker,group", [
    ("Kenya’s president", "government"), ("Brazil’s president", "government"), ("the Fed’s chair", "government"),
    ("the Federal Reserve’s chair", "government"), ("Acme Corp’s president", "organisation"),
])
def test_a_possessive_owner_groups_its_head_only_on_firm_evidence(speaker, group):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", speaker, "role")[0] == group


@pytest.mark.parametrize("role,group", [
    ("a party activist", "politician"), ("a campaign volunteer", "politician"), ("a campaign worker", "politician"),
    ("a union worker", "civilian"),
])
def test_a_party_word_before_a_private_persons_noun_keeps_the_party_group(role, group):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, "Ines Varga", "person", "Ines Varga")[0] == group


@pytest.mark.parametrize("role", ["Director General", "director general of the harbour board", "the deputy director general"])
def test_general_after_another_role_noun_is_no_army_rank(role):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, "Ines Varga", "person", "Ines Varga")[0] != "military"


@pytest.mark.parametrize("text, name", [
    ("the sheriff’s aide, Brant Youth Club, said", "Brant"),           # an organisation's name
    ("the board's adviser, Orrin Policy Center, wrote", "Orrin"),
    ("‘Ask the sheriff,’ Ilse Marrow wrote", "Ilse"),                  # a closing quote mark ends the look-back
])
def test_no_person_role_is_read_across_a_quote_or_before_an_organisation(text, name):
    from analysis.quotes.resolve import person_role_before
    assert not person_role_before(text, text.index(name))


def test_a_known_organisation_owning_a_head_title_makes_it_an_organisations():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("Planned Parenthood’s president", "Ines Varga", "person", "Ines Varga")[0] == "organisation"


@pytest.mark.parametrize("role,group", [
    ("a liberal talk radio host", "media"), ("a veteran Democratic strategist", "politician"),
    ("a conservative newspaper columnist", "media"), ("a libertarian economist", "analyst"),
    ("a Republican voter from the suburbs", "civilian"),
])
def test_an_adjective_like_role_word_yields_to_the_head_noun_after_it(role, group):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, "Ines Varga", "person", "Ines Varga")[0] == group


@pytest.mark.parametrize("speaker", ["law enforcement sources", "a Republican familiar with the committee’s agenda",
                                     "an aide close to the mayor’s organization"])
def test_an_unnamed_source_described_by_what_it_knows_is_anonymous(speaker):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", speaker, "role", speaker)[0] == "anonymous"


@pytest.mark.parametrize("role", ["president of the voter advocacy group Citizens Forward",
                                  "the president of the United States Orchard Growers Chamber of Commerce",
                                  "chairman of the United States Cycling Federation"])
def test_the_head_of_a_private_body_is_an_organisation_even_when_it_names_a_country(role):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, "Ines Varga", "person", "Ines Varga")[0] == "organisation"


def test_a_body_word_inside_a_known_name_takes_the_names_group():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", "the Heritage Foundation newsletter", "role", "the Heritage Foundation newsletter")[0] == "analyst"


def test_a_spokesperson_named_after_a_principal_takes_the_principals_group():
    q = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "speaker": ["Ines Varga", "Tomas Brill", "Lena Osk", "Per Hald"],
                      "speaker_type": ["person"] * 4,
                      "speaker_role": ["a state senator", "Varga spokesman", "a former adviser to Ms. Varga",
                                       "Quist spokesman"],    # no Quist is quoted: no group to take
                      "speaker_mention": ["Sen. Ines Varga", "Tomas Brill", "Lena Osk", "Per Hald"], "is_speech": [True] * 4})
    out, _ = resolve_speakers(q)
    assert out["speaker_group"].tolist() == ["legislator", "legislator", "politician", "unknown"]


@pytest.mark.parametrize("role,speaker,stype,group", [
    ("a philanthropist from the valley", "Ines Varga", "person", "civilian"),
    ("a Democratic superdelegate from Ohio", "Ines Varga", "person", "politician"),
    ("an epidemiologist", "Ines Varga", "person", "analyst"),
    ("the coroner", "Ines Varga", "person", "government"),
    ("a spokesman for Doctors Without Borders", "Ines Varga", "person", "organisation"),
    ("", "Crisis Group", "body", "analyst"),
    ("", "Xinhua", "body", "media"),
    ("", "Boko Haram", "body", "armed group"),
    ("", "the state legislature", "body", "legislator"),
])
def test_reference_tables_name_roles_and_bodies_of_many_countries(role, speaker, stype, group):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence(role, speaker, stype, speaker)[0] == group


def test_lawyers_are_private_unless_they_serve_a_named_body_and_founders_head_theirs():
    from analysis.quotes.speakers import group_evidence
    roles = ["a lawyer in Eastport", "Brill's defense attorney", "an attorney for the Pentagon", "the county attorney",
             "founder of Norland Capital Partners", "owner of the Lakeside Rowing Club"]
    assert [group_evidence(r, "Ines Varga", "person", "Ines Varga")[0] for r in roles] == \
        ["civilian", "civilian", "government", "government", "organisation", "organisation"]


def test_a_titled_principal_is_found_behind_the_title():
    q = pd.DataFrame({"doc_id": ["a", "a"], "speaker": ["Ines Varga", "Tomas Brill"], "speaker_type": ["person"] * 2,
                      "speaker_role": ["Finance Minister", "Mrs. Varga's chief of staff"],
                      "speaker_mention": ["Ines Varga", "Tomas Brill"], "is_speech": [True] * 2})
    assert resolve_speakers(q)[0]["speaker_group"].tolist() == ["government", "government"]


def test_a_non_state_militia_alliance_is_an_armed_group():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", "a statement from the SDF", "body", "a statement from the SDF")[0] == "armed group"


@pytest.mark.parametrize("speaker,stype", [("Harbour Plain Dealer", "person"), ("the Lakeside Sentinel", "body"),
                                           ("Valley Daily News", "body")])
def test_more_mastheads_name_a_newspaper(speaker, stype):
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", speaker, stype, speaker)[0] == "media"


def test_an_office_held_beats_private_descriptions_of_the_same_speaker():
    q = pd.DataFrame({"doc_id": ["a"] * 3, "speaker": ["Ines Varga"] * 3, "speaker_type": ["person"] * 3,
                      "speaker_role": ["the daughter of two farmers", "the daughter of two farmers", "Labor Secretary"],
                      "speaker_mention": ["Ines Varga"] * 3, "is_speech": [True] * 3})
    assert resolve_speakers(q)[1]["group"].tolist() == ["government"]


def test_an_outlet_written_with_a_plural_possessive_lends_its_group():
    from analysis.quotes.speakers import group_evidence
    assert group_evidence("", "Ines Varga", "person", "Reuters’ Ines Varga")[0] == "media"


def test_a_minister_of_a_church_is_no_government_minister():
    from analysis.quotes.speakers import group_evidence
    roles = ["a minister with the Harbour Gospel Church", "pastor of the Lakeside Parish", "the Foreign Minister"]
    assert [group_evidence(r, "Ines Varga", "person", "Ines Varga")[0] for r in roles] == \
        ["organisation", "organisation", "government"]
