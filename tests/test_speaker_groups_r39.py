"""Speaker groups, stop 39: role nouns read from the tables, adjectives that are no head, home places, named
private bodies. Fixtures are new words that show each general pattern of news writing."""

from analysis.quotes.speakers import group_evidence


def test_editor_in_chief_is_media():
    assert group_evidence("editor-in-chief", "Ann Lee", "person", "editor-in-chief Ann Lee")[0] == "media"


def test_meteorologist_takes_the_body_it_serves():
    """A forecaster's group is the body's: a weather service of the state; alone, no group is guessed."""
    assert group_evidence("a meteorologist at the National Weather Service", "Ann Lee", "person", "Ann Lee")[0] == "government"
    assert group_evidence("meteorologist", "Ann Lee", "person", "meteorologist Ann Lee")[0] == "unknown"


def test_official_before_a_body_noun_is_an_adjective():
    """'the official news agency' is an outlet, however official; 'the official spokesman' keeps the office."""
    assert group_evidence("Norland’s official news agency", "Norpress", "body", "it")[0] == "media"
    assert group_evidence("the official spokesman", "Ann Lee", "person", "Ann Lee")[0] == "government"


def test_a_union_named_after_its_members_is_a_private_body():
    """'Growers’ Union chairman': the union's officer, not a grower; a police officers' association is no police."""
    mention = "Dunmore Growers’ Union chairman Tom Reed"
    assert group_evidence("Dunmore Growers’ Union chairman", "Tom Reed", "person", mention)[0] == "organisation"
    role = "a spokesman for the Eastvale Police Benevolent Association"
    assert group_evidence(role, "Tom Reed", "person", "Tom Reed")[0] == "organisation"


def test_a_public_body_name_keeps_its_group():
    assert group_evidence("Eastvale Police Department spokesman", "Tom Reed", "person", "Tom Reed")[0] == "government"
    assert group_evidence("Senate Finance Committee chairman", "Tom Reed", "person", "Tom Reed")[0] == "legislator"


def test_a_person_told_by_home_is_a_private_person():
    """'X, 35, of <town>' and 'X, of <street>' are the news formulae for a private person; a body after 'of' is not."""
    from analysis.quotes.speakers import apposed_role

    t = "“We may have to leave,” said Rina Mott, 41, of Hallowby, on Tuesday."
    assert apposed_role(t, t.index(", 41")) == "resident of Hallowby"
    t = "Owen Tarr, also of Pellam Close, said the plan was rushed."
    assert apposed_role(t, t.index(",")) == "resident of Pellam Close"
    assert group_evidence("of Pellam Close", "Owen Tarr", "person", "Owen Tarr")[0] == "civilian"
    assert group_evidence("resident of Hallowby", "Rina Mott", "person", "Rina Mott")[0] == "civilian"


def test_a_town_without_an_age_or_a_body_is_no_home():
    """'X of Hallowby said' may name a firm or an office ('of Norcrest'): no group is guessed from it."""
    from analysis.quotes.speakers import apposed_role

    t = "Owen Tarr, of Hallowby, said the plan was rushed."
    assert apposed_role(t, t.index(",")) == ""
    t = "Owen Tarr, 52, of the Hallowby Rowing Club, said so."
    assert apposed_role(t, t.index(", 52")) != "resident of the Hallowby Rowing Club"


def test_a_persian_first_name_gives_the_pronoun_its_antecedent():
    """A spokesman introduced by apposition with a first name of the table is indexed, so 'he said' finds him."""
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers

    t = ("The spokesman for the Norland Foreign Ministry, Esmaeil Darvani, held his weekly briefing on Monday.\n"
         "Darvani said no talks were under way.\n"
         "“There is nothing to announce,” he told reporters.")
    q = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [t]}))
    out, _ = resolve_speakers(q)
    assert out["speaker"].tolist() == ["Esmaeil Darvani"]
    assert out["speaker_group"].tolist() == ["government"]


def test_a_body_named_later_keeps_the_descriptor_written_before_its_first_mention():
    """'Norland’s state-run news agency NPA said ...' then '"...," NPA added': an outlet in the later quote too."""
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers

    t = ("Norland’s state-run news agency NPA said on Monday that the harbour would reopen.\n"
         "Traders hope for “a busy spring after a lean winter,” NPA added.")
    q = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [t]}))
    out, _ = resolve_speakers(q)
    assert out["speaker"].tolist() == ["NPA"]
    assert out["speaker_group"].tolist() == ["media"]


def test_words_before_a_cut_name_complete_a_listed_body():
    """'The Britain-based Syrian Observatory for Human Rights said': the adjective cut off the name is put back before
    the name when the reference table is searched."""
    mention = "The Britain-based Syrian Observatory for Human Rights"
    assert group_evidence("", "Observatory for Human Rights", "person", mention)[0] == "organisation"


def test_the_militia_is_the_body_named_with_in_before_its_description():
    """'<Name> in <country>, a ... militia, ...' then 'The militia said': the whole name, not the country."""
    import pandas as pd
    from analysis.quotes import extract_corpus_quotes, resolve_speakers

    t = ("The Islamic Resistance in Iraq, a coalition of armed militia, said it hit a supply depot overnight.\n"
         "The militia said the strike was “a warning to the occupiers” and would be repeated.")
    q = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [t]}))
    out, _ = resolve_speakers(q)
    assert out["speaker"].tolist() == ["Islamic Resistance in Iraq"]
    assert out["speaker_group"].tolist() == ["armed group"]


def test_a_body_named_in_an_anti_or_pro_adjective_is_not_the_speaker():
    """'the statement from the anti-Hezbollah coalition' is the coalition's, not Hezbollah's; Hezbollah alone is."""
    speaker = "the statement from the anti-Hezbollah coalition"
    assert group_evidence("", speaker, "role", speaker)[0] == "military"
    assert group_evidence("", "Hezbollah", "body", "Hezbollah")[0] == "armed group"
    assert group_evidence("a pro-Hezbollah radio channel", "Valley Voice", "body", "Valley Voice")[0] == "media"


def test_a_plural_private_body_name_is_read_without_error():
    """'the Ames Growers’ Unions' (a plural head) is read as the unions, not as growers, and raises nothing."""
    assert group_evidence("spokesman for the Ames Growers’ Unions", "Tom Reed", "person", "Tom Reed")[0] == "organisation"
