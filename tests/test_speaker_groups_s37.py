"""Speaker groups from evidence (stop 37): councillors, business owners, places, plain members, unnamed officials.

Fixtures are invented sentences, not sample text.
"""

from analysis.quotes.speakers import group_evidence, infer_group


def test_a_councillor_sits_in_an_elected_council():
    assert infer_group("Councillor", "Orla Penrose", "person", "Councillor Orla Penrose") == "legislator"
    assert infer_group("", "Orla Penrose", "person", "Cllr Orla Penrose") == "legislator"


def test_a_business_owner_speaks_for_the_business():
    assert infer_group("Quarry Lane Bakery owner", "Tam Oduya", "person", "Tam Oduya") == "organisation"
    assert infer_group("the owner of a corner shop", "Tam Oduya", "person", "Tam Oduya") == "organisation"
    assert infer_group("a dog owner", "Tam Oduya", "person", "Tam Oduya") == "civilian"


def test_museum_and_festival_staff_speak_for_their_body():
    assert infer_group("Museum technician", "Ivo Sands", "person", "Museum technician Ivo Sands") == "organisation"
    assert infer_group("the festival's programme co-ordinator", "Ivo Sands", "person", "Ivo Sands") == "organisation"


def test_a_place_after_a_persons_role_says_where_they_live_not_whom_they_serve():
    assert infer_group("a farmer in Brackwater County", "Ned Hollis", "person", "Ned Hollis") == "civilian"
    assert infer_group("a resident of the town", "Ned Hollis", "person", "Ned Hollis") == "civilian"
    assert infer_group("a spokesman for the county", "Ned Hollis", "person", "Ned Hollis") == "government"


def test_a_plain_member_of_a_private_body_is_a_private_person():
    assert infer_group("a member of the Fenby Rambling Society", "Ada Crewe", "person", "Ada Crewe") == "civilian"
    assert infer_group("a member of the hospital board", "Ada Crewe", "person", "Ada Crewe") == "organisation"


def test_an_unnamed_holder_of_a_state_office_is_anonymous():
    assert infer_group("", "a planning inspector", "role", "a planning inspector") == "anonymous"
    assert infer_group("", "Opposition MPs", "role", "Opposition MPs") == "anonymous"
    assert infer_group("", "the prime minister", "role", "the prime minister") == "government"


def test_a_company_representative_is_no_lawmaker():
    assert infer_group("", "a sales representative with Harlow Tiles", "role", "a sales representative with Harlow Tiles") \
        == "anonymous"
    assert infer_group("", "Lise Quint", "person", "Representative Lise Quint") == "legislator"


def test_a_un_body_described_as_an_agency_is_an_organisation():
    assert group_evidence("The UN relief agency", "UNDP", "body", "The UN relief agency UNDP")[0] == "organisation"


def test_a_regions_own_security_council_is_not_the_uns():
    assert infer_group("the", "Lowmark Region Security Council", "body", "the Lowmark Region Security Council") != "organisation"


def test_titles_of_science_and_the_presidency():
    assert infer_group("the mission's principal investigator", "Kai Brandt", "person", "Kai Brandt") == "analyst"
    assert infer_group("Ostrian presidential spokesperson", "Kai Brandt", "person", "Kai Brandt") == "government"
    assert infer_group("a regional health board chief executive", "Kai Brandt", "person", "Kai Brandt") == "government"


def test_an_apposed_role_with_lower_case_modifiers_gives_the_group():
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers
    text = ('The lock gates reopened on Monday.\n\n"Traffic is back to normal," said Mary Penrose, regional operations '
            'manager for the Tarnside Canal Company.\n\n"We expect a busy summer," Penrose added.\n\n'
            '"The new gates will last decades," said Ned Hollis, senior hydraulics researcher at the Fenby Institute.')
    pred = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    out, _ = resolve_speakers(pred)
    got = dict(zip(out["speaker"], out["speaker_group"]))
    assert got.get("Mary Penrose") == "organisation" and got.get("Ned Hollis") == "analyst", got


def test_who_owns_clause_says_the_speaker_runs_a_business():
    from analysis.quotes.speakers import apposed_role
    text = 'Tam Oduya, who owns a tile shop on the quay, said "Sales are down."'
    assert infer_group(apposed_role(text, len("Tam Oduya")), "Tam Oduya", "person", "Tam Oduya") == "organisation"


def test_sports_positions_are_private_people_not_unnamed_sources():
    assert infer_group("", "the veteran shortstop", "role", "the veteran shortstop") == "civilian"
    assert infer_group("", "the rookie", "role", "the rookie") == "civilian"


def test_an_office_named_alone_and_a_firm_cut_as_title_and_name():
    assert infer_group("the", "Treasurer", "person", "the Treasurer") == "government"
    assert infer_group("General", "Airways", "person", "General Airways") == "organisation"


def test_a_study_speaks_as_research_unless_its_issuer_is_named():
    assert infer_group("", "the study", "role", "the study") == "analyst"
    assert infer_group("", "a survey by the Pentagon", "role", "a survey by the Pentagon") == "government"


def test_a_country_written_with_its_article_speaks_for_its_government():
    assert infer_group("", "the United States", "body", "The United States") == "government"


def test_an_institutions_staff_noun_owned_by_a_one_word_name():
    assert infer_group("Brackfield’s education co-ordinator", "Ada Crewe", "person", "Ada Crewe") == "organisation"
    assert infer_group("Lee’s aide", "Ada Crewe", "person", "Ada Crewe") != "organisation"


def test_a_firm_named_by_its_legal_form_and_local_public_bodies():
    assert infer_group("a spokesman for Harlow Tiles Ltd", "Tam Oduya", "person", "Tam Oduya") == "organisation"
    assert infer_group("a spokeswoman for the Brackley school district", "Tam Oduya", "person", "Tam Oduya") == "government"
    assert infer_group("chair of the Brackley Planning Commission", "Tam Oduya", "person", "Tam Oduya") == "government"
    assert infer_group("a member of the Brackley Town Council", "Tam Oduya", "person", "Tam Oduya") == "legislator"
    assert infer_group("a bartender at the Crooked Oar", "Tam Oduya", "person", "Tam Oduya") == "civilian"


def test_an_apposition_after_an_age_or_a_body_after_of():
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers
    text = ('The ferry ran late again.\n\n"We lost a morning," said Mary Fenwick, 52, a nurse from the old town.\n\n'
            '"The timetable is fiction," said David Orrell of the Brackley Rowing Club.')
    out, _ = resolve_speakers(extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]})))
    got = dict(zip(out["speaker"], out["speaker_group"]))
    assert got.get("Mary Fenwick") == "civilian" and got.get("David Orrell") == "organisation", got


def test_an_expert_keeps_their_group_at_a_firm_and_a_general_manager_is_no_general():
    assert infer_group("a senior economist at Harlow Bank", "Ida Marsh", "person", "Ida Marsh") == "analyst"
    assert infer_group("the team's general manager", "Ida Marsh", "person", "Ida Marsh") == "organisation"
    assert infer_group("a GP in Brackley", "Ida Marsh", "person", "Ida Marsh") == "civilian"


def test_an_apposed_role_before_a_cue_word_in_its_tail():
    from analysis.quotes.speakers import apposed_role
    text = "said Ida Marsh, defence attorney for the accused."
    assert apposed_role(text, text.index(",")) == "defence attorney for the accused"


def test_a_bodys_name_taken_for_a_persons_and_a_research_centre():
    assert infer_group("", "Fenby Film Festival", "person", "the Fenby Film Festival") == "organisation"
    assert infer_group("", "John Church", "person", "John Church") == "unknown"
    assert infer_group("", "Fenby Centre for Policy Research", "body", "the Fenby Centre for Policy Research") == "analyst"


def test_a_role_given_where_the_person_is_introduced_carries_to_later_quotes():
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers
    text = ('Mary Fenwick, 61, owns the corner bakery on Quay Street.\n\n"Flour costs doubled," Fenwick said.\n\n'
            '"We cannot keep up," she added.')
    out, _ = resolve_speakers(extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]})))
    assert set(out["speaker_group"]) == {"organisation"}, out[["speaker", "speaker_role", "speaker_group"]]


def test_officer_alone_names_no_army():
    assert infer_group("a press officer for the Brackley ferry company", "Ida Marsh", "person", "Ida Marsh") == "organisation"
    assert infer_group("a planning officer", "Ida Marsh", "person", "Ida Marsh") == "government"
    assert infer_group("an army officer", "Ida Marsh", "person", "Ida Marsh") == "military"
    assert infer_group("a loan officer", "Ida Marsh", "person", "Ida Marsh") == "organisation"


def test_wrong_defaults_of_ambiguous_nouns():
    assert infer_group("a social justice campaigner", "Ida Marsh", "person", "Ida Marsh") == "civilian"
    assert infer_group("a petrol station owner", "Ida Marsh", "person", "Ida Marsh") == "organisation"
    assert infer_group("a travel agent", "Ida Marsh", "person", "Ida Marsh") == "organisation"
    assert infer_group("the central bank governor", "Ida Marsh", "person", "Ida Marsh") == "government"


def test_clergy_consultants_and_majors_outside_their_default_groups():
    assert infer_group("a Methodist minister", "Ida Marsh", "person", "Ida Marsh") == "civilian"
    assert infer_group("a management consultant", "Ida Marsh", "person", "Ida Marsh") != "politician"
    assert infer_group("a political consultant", "Ida Marsh", "person", "Ida Marsh") == "politician"
    assert infer_group("a major in the army", "Ida Marsh", "person", "Ida Marsh") == "military"
    assert infer_group("a major donor", "Ida Marsh", "person", "Ida Marsh") == "civilian"
