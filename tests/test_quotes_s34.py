"""Quote extraction, round of stop 34: a new cue after an abbreviation's stop, crowd voices after 'shouts of', a cue in
a fronted clause before a main clause, a place in a lead phrase before a colon, 'quizzed' and 'mouthed' as cues
(our own sentences and names)."""

from analysis.quotes import extract_quotes


def _rows(text: str) -> list[list]:
    return extract_quotes(text)[["quote", "speaker", "utterance_id"]].values.tolist()


def test_new_cue_after_an_abbreviation_is_a_new_report():
    rows = _rows('"Talks resume on Monday," a union negotiator said, adding that the E.U. would send "more" '
                 'inspectors in spring.')
    assert [r[2] for r in rows] == [0, 1]


def test_shouts_of_a_crowd_have_no_speaker():
    rows = _rows('"Stop it, you will make me blush," the singer laughed after shouts of "one more song".')
    assert rows[0][1] == "the singer" and rows[1][1] == "" and rows[1][2] == 1


def test_cue_in_a_fronted_clause_gives_way_to_the_main_subject():
    rows = _rows('But as the marches went on, Mara Veld grew sharper: "We are here because we care about it."')
    assert rows[0][1] == "Mara Veld"
    rows = _rows('As Mara Veld put it in May, the plan is "dead on arrival."')
    assert rows[0][1] == "Mara Veld"


def test_place_in_a_lead_phrase_is_no_colon_speaker():
    rows = _rows('In Dover, Delaware, Osric Penn again used sharp words for his rivals: "Nobody will stop me."')
    assert rows[0][1] == "Osric Penn"


def test_quizzed_is_a_cue():
    df = extract_quotes('Nadia Brell grinned. "Who is paying for lunch, then?" she quizzed the interns.')
    assert df.loc[0, "cue"] == "quizzed" and df.loc[0, "speaker_mention"] == "she"


def test_mouthed_is_a_cue():
    df = extract_quotes('Ivo Lane mouthed "thank you" to the crowd as he left.')
    assert df.loc[0, "cue"] == "mouthed" and bool(df.loc[0, "is_speech"]) and df.loc[0, "speaker"] == "Ivo Lane"


_BODY = "\n\nThe mayor spoke to reporters on Monday, saying “the trains will run on time from now on.” She said more later."


def test_headline_single_marks_with_a_source_after_a_colon_are_speech():
    df = extract_quotes("Blast hurts ‘several dock workers’ at port in Leith: Coastguard" + _BODY)
    assert bool(df.loc[0, "is_speech"]) and df.loc[0, "speaker"] == "Coastguard"


def test_headline_calls_object_single_marks_are_speech():
    df = extract_quotes("At Dover rally, Osric Penn calls voters ‘a wave like nobody has seen in this state’" + _BODY)
    assert bool(df.loc[0, "is_speech"]) and df.loc[0, "speaker"] == "Osric Penn"


def test_single_marks_right_after_a_speech_cue_in_a_body_paragraph_are_speech():
    df = extract_quotes("Vera wins" + _BODY + "\n\nIt went on. The fans chanted ‘Ve-ra, Ve-ra’ to drown them out.")
    row = df[df["quote"].str.startswith("Ve-ra")].iloc[0]
    assert bool(row["is_speech"]) and row["speaker"].lower() == "the fans"


def test_single_marks_in_a_first_person_paragraph_stay_out():
    df = extract_quotes("Vera wins" + _BODY + "\n\nThen I ask them about it. They said, ‘Well, every time you buy, you pay.’")
    row = df[df["quote"].str.startswith("Well")].iloc[0]
    assert not bool(row["is_speech"])


def test_another_one_is_a_speaker_mention():
    df = extract_quotes('Listeners phoned the station.\n\n"Will the show return next week?" another one asked.')
    assert df.loc[0, "speaker_mention"] == "another one"


def test_airline_named_after_a_country_speaks():
    df = extract_quotes('"Our fleet is fully deployed", Air France (AF.PA) said while responding to the strike.')
    assert df.loc[0, "speaker"] == "Air France"


def test_crowd_subject_of_the_sentence_owns_its_chant():
    df = extract_quotes('The farmers blocked the road chanting "fair prices now" and "no more imports."\n\nLater, Ida Kern spoke.')
    assert df["speaker"].str.lower().tolist() == ["the farmers", "the farmers"]
