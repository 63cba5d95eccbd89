"""Speaker groups and resolution, second round of stop 34 (general rules, not one article's names): sports and arts
people are civilian, an office's initials ('the PM') name a person, a national's role before a compound office,
an epithet never stands for someone named in its own sentence, one unnamed national is anonymous, a hospital is an
organisation (our own sentences and names)."""

import pandas as pd

from analysis.quotes import extract_corpus_quotes, resolve_speakers
from analysis.quotes.speakers import infer_group


def _resolved(text: str) -> pd.DataFrame:
    res, _ = resolve_speakers(extract_corpus_quotes(pd.DataFrame({"doc_id": ["t"], "text": [text]})))
    return res[res["speaker_mention_start"] >= 0].reset_index(drop=True)


def test_sports_and_arts_roles_are_civilian():
    for role in ("the Welsh skipper", "a veteran batsman", "the club captain", "film producer", "the choreographer"):
        assert infer_group(role, "Orrin Vale", "person", "Orrin Vale") == "civilian", role


def test_the_pm_names_the_person_before():
    res = _resolved("Mr Dorian Quell toured the port on Monday.\n\n“The harbour will reopen,” the PM said.")
    assert res.loc[0, "speaker"] == "Dorian Quell" and res.loc[0, "speaker_group"] == "government"


def test_national_before_compound_office_keeps_the_office():
    res = _resolved("Ruritanian opposition leader Tamsin Orde spoke on Monday.\n\n“We will not yield,” Orde told reporters.")
    assert res.loc[0, "speaker_group"] == "politician"


def test_epithet_is_not_the_person_named_in_its_sentence():
    res = _resolved("Greta Hollis asked the Prime Minister to resign.\n\n"
                    "Hollis “should look at her own party,” the Prime Minister replied.")
    assert res.loc[0, "speaker"] != "Greta Hollis" and res.loc[0, "speaker_group"] == "government"


def test_epithet_opening_the_next_sentence_describes_the_subject():
    res = _resolved("Wendell Marsh asked Fiona Drayke to step down.\nThe Labour leader said she had lost control.\n"
                    "“It is over,” Marsh said.")
    assert res.loc[0, "speaker"] == "Wendell Marsh" and res.loc[0, "speaker_group"] == "politician"


def test_one_unnamed_national_is_anonymous_hospital_is_organisation():
    res = _resolved("Shells hit the depot.\n\n“It burned all night,” an American said.\n\n"
                    "“No patient was hurt,” a hospital statement read.")
    assert res["speaker_group"].tolist() == ["anonymous", "organisation"]


def test_running_quote_takes_its_closing_attribution():
    from analysis.quotes import extract_quotes
    t = ("The depot burned.\n\nFire officer Jonah Pell gave details in a note on Friday in Brackley.\n\n"
         "“Crews reached the depot at dawn and found two trucks alight.\n\n“A third truck was saved.\n\n"
         "“The cause is not yet known,” Pell said.")
    assert extract_quotes(t)["speaker"].tolist() == ["Jonah Pell"] * 3


def test_headline_single_marks_after_says_and_a_short_subject():
    from analysis.quotes import extract_quotes
    df = extract_quotes("Mayor says town ‘will rebuild’ after flood\n\nThe mayor spoke on Monday, saying “we will.”")
    assert df["is_speech"].tolist() == [True, True]


def test_a_group_of_people_takes_the_people_s_group():
    assert infer_group("", "A group of Marlow residents", "role", "A group of Marlow residents") == "civilian"
    assert infer_group("", "a crowd of protesters", "role", "a crowd of protesters") == "civilian"
