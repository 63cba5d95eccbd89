"""Speaker groups from evidence, round of stop 34: clergy as one rule (religious leaders are civilian unless the text
gives a public office), a party's general secretary, fire chiefs, investment strategists, a sports captain, a firm
named by its company word, a carrier, sources and officials 'from' a body (our own sentences and names)."""

from analysis.quotes.speakers import group_evidence, infer_group


def test_clergy_role_nouns_and_titles_are_civilian():
    assert infer_group("a cleric in the old quarter", "Idris Vahl", "person", "Idris Vahl") == "civilian"
    assert infer_group("the bishop of Harrowfold", "Tobin Serle", "person", "Tobin Serle") == "civilian"
    assert infer_group("", "Noam Quell", "person", "Rabbi Noam Quell") == "civilian"
    assert infer_group("", "Hadi Farrow", "person", "Grand Ayatollah Hadi Farrow") == "civilian"
    assert infer_group("", "the imam", "role", "the imam") == "civilian"


def test_public_office_beats_a_clergy_title():
    assert infer_group("the religious affairs minister", "Hadi Farrow", "person", "Imam Hadi Farrow") == "government"
    assert infer_group("", "Hadi Farrow", "person", "Supreme Leader Ayatollah Hadi Farrow") == "government"


def test_party_general_secretary_is_politician_not_general():
    g = group_evidence("Labour Party General Secretary", "Orla Penn", "person", "Orla Penn")
    assert g[0] == "politician"
    assert infer_group("", "Orla Penn", "person", "Labour Party General Secretary Orla Penn") == "politician"
    assert infer_group("", "Orla Penn", "person", "Major General Orla Penn") == "military"


def test_fire_chief_and_investment_strategist():
    assert infer_group("Fire Chief", "Dell Maro", "person", "Dell Maro") == "government"
    assert infer_group("chief global investment strategist at Brightwater Funds", "Ula Ketter", "person",
                       "Ula Ketter") == "analyst"


def test_national_team_captain_is_civilian_army_captain_military():
    assert infer_group("Kenyan captain", "Ruel Odo", "person", "Ruel Odo") == "civilian"
    assert infer_group("a Kenyan Army captain", "Ruel Odo", "person", "Ruel Odo") == "military"


def test_firm_named_by_company_word_and_carrier_are_organisation():
    assert infer_group("", "Northwind Airways", "body", "Northwind Airways") == "organisation"
    assert infer_group("", "the carrier", "role", "the carrier") == "organisation"


def test_sources_and_officials_from_a_body_are_anonymous():
    assert infer_group("", "the security source", "role", "the security source") == "anonymous"
    assert infer_group("", "an official from the Harbour Workers Union", "role",
                       "an official from the Harbour Workers Union") == "anonymous"


def test_malay_given_name_alone_takes_the_titled_full_name_and_role():
    from analysis.quotes.resolve import full_name, person_index
    text = "Finance Minister Datuk Seri Amran Halim spoke on Monday. Later, Amran said the budget would pass."
    idx = person_index(text, [])
    assert full_name("Amran", text.index("Amran said"), idx) == "Amran Halim"
    assert idx.describe("Amran Halim", text.index("Amran said")) == "Finance Minister Datuk Seri"


def test_line_break_ends_the_descriptor_look_back():
    from analysis.quotes.resolve import descriptor_before
    text = "The senator waved at a row of protesters\nBrenna Colt first met them in May."
    assert descriptor_before(text, text.index("Brenna")) == ""


def test_an_office_named_elsewhere_beats_a_bare_seat_title():
    from analysis.quotes import extract_quotes
    text = ("Health minister Orla Fenn defended the cuts on Monday.\n\n"
            "Senator Fenn said today she often wished to do more. \"We cannot spend what we do not have,\" she said.")
    df = extract_quotes(text)
    assert df.loc[0, "speaker"] == "Orla Fenn" and df.loc[0, "speaker_role"] == "Health minister"
    assert infer_group(df.loc[0, "speaker_role"], "Orla Fenn", "person", "she") == "government"
