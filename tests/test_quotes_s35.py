"""Quote extraction, round of stop 35: speakers of quotes on round-up and caption pages and of inverted cues with a
time adverbial or a counted crowd (our own sentences and names)."""

from analysis.quotes import extract_quotes


def _rows(text: str) -> list[list]:
    return extract_quotes(text)[["quote", "speaker_mention", "speaker"]].values.tolist()


def test_time_adverbial_after_an_inverted_speaker():
    rows = _rows('"The roof held up well," remarked Captain Oona Threll this week after the storm.')
    assert rows[0][2] == "Oona Threll"
    rows = _rows('"It was a long night," said Perrin Aske yesterday.')
    assert rows[0][1] == "Perrin Aske"
    rows = _rows('"The bridge stays shut," said Perrin Aske Tuesday.')
    assert rows[0][1] == "Perrin Aske"


def test_counted_crowd_before_its_cue():
    rows = _rows('"Open the gates!" about a dozen farmers shouted outside the depot at dawn.')
    assert rows[0][1] == "about a dozen farmers"
    rows = _rows('"Open the gates!" hundreds of farmers shouted outside the depot.')
    assert rows[0][1] == "hundreds of farmers"


def test_caption_sentence_after_a_quote_names_its_speaker():
    text = ('Some words from the weekend.\n'
            '"I trained on sand all winter. It paid off today." Sprint champion Talia Morrow looks back on her win.\n'
            '"My knee is fine now. I will be back next year." Bram Holt, who fell in the final, reflects on the race.')
    rows = _rows(text)
    assert [r[2] for r in rows] == ["Talia Morrow", "Bram Holt"]


def test_past_tense_sentence_after_a_quote_is_no_caption():
    rows = _rows('Some words from the weekend.\n"I trained on sand all winter." Talia Morrow won the race in May.')
    assert rows[0][1] == ""


def test_dash_line_with_a_caption_or_two_roles():
    text = ('"The budget is a mess from top to bottom."\n- Opposition finance spokesman Cal Ferrin sums up the week.\n'
            '"Nobody asked for this tax."\n- Party leader and former senator Ines Varga on the new levy.')
    rows = _rows(text)
    assert [r[2] for r in rows] == ["Cal Ferrin", "Ines Varga"]


def test_capital_heading_with_a_role_names_the_speaker():
    text = ('ROUND-UP OF THE DAY\n"Rail fares will be frozen for a year."\n'
            'TRANSPORT MINISTER HUGO PRENDERGAST\n"The new line opens in spring."')
    rows = _rows(text)
    assert rows[0][2] == "" and rows[1][2] == "Hugo Prendergast"


def test_topic_note_under_a_quote_keeps_its_speaker():
    text = ('HARBOUR BOARD CHAIR LENA OSTROV\n"The cranes are old."\n- On the state of the docks.\n'
            '"We need new ones by winter."\n- Asked about the cost.')
    assert [r[2] for r in _rows(text)] == ["Lena Ostrov", "Lena Ostrov"]


def test_topic_label_line_between_answers_keeps_the_speaker():
    text = ('Coach Ann Vesh said after the match:\n\n"We were sharp from the first minute."\n\n'
            'On the chances of winning the league\n\n"The gap is too big now."')
    assert [r[2] for r in _rows(text)] == ["Ann Vesh", "Ann Vesh"]


def test_acronym_body_before_an_ambiguous_cue():
    rows = _rows('It was the third such strike in weeks after the KDF reported "two mortar rounds fell near the '
                 'northern gate of the depot" late on Friday.')
    assert rows[0][1] == "the KDF"


def test_caption_line_between_answers_keeps_the_speaker():
    text = ('Manager Odo Prell was delighted:\n\n"My players ran until the final whistle."\n\n'
            'The visitors kept their sixth clean sheet of the season\n\n"Nobody gave us a chance before the game."')
    assert [r[2] for r in _rows(text)] == ["Odo Prell", "Odo Prell"]


def test_one_present_tense_sentence_after_a_quote_is_no_caption():
    rows = _rows('"We will appeal," the defence lawyer said.\n\n"This is not over." Kell Darrow faces up to ten years.')
    assert rows[1][2] == "the defence lawyer"
    rows = _rows('The hearing ended early.\n\n"This is not over." Kell Darrow faces up to ten years in jail.')
    assert rows[0][2] == ""


def test_capital_headline_with_a_cue_is_no_heading():
    rows = _rows('COUNCIL LEADER MIRA TESK SAYS\n"The library stays open."')
    assert rows[0][2] == ""


def test_a_champion_is_a_civilian_speaker():
    from analysis.quotes import resolve_speakers
    df = extract_quotes('"I slept well before the final," said singles champion Orla Fenwick.')
    speakers = resolve_speakers(df)[1]
    assert speakers.loc[0, "group"] == "civilian"


def test_a_federal_science_agency_head_is_government():
    from analysis.quotes import resolve_speakers
    df = extract_quotes('Tova Brin, director of the National Science Foundation, said the delays were "a real mess."')
    assert resolve_speakers(df)[1].loc[0, "group"] == "government"


def test_a_roughly_counted_crowd_is_civilian_not_anonymous():
    from analysis.quotes import resolve_speakers
    df = extract_quotes('"Save our pier!" about a dozen residents shouted in front of the library.')
    assert resolve_speakers(df)[1].loc[0, "group"] == "civilian"
    df = extract_quotes('"The deal is done," two people close to the club told reporters.')
    assert resolve_speakers(df)[1].loc[0, "group"] == "anonymous"


def test_furniture_lines_and_a_topic_label_between_answers_keep_the_speaker():
    text = ('Pia Larkin, on the final:\n\n"It was the hardest match of my life."\n\nSponsored content\n\n'
            'Article continues after this message\n\nOn her coach:\n\n"She never doubted me."')
    assert [r[2] for r in _rows(text)] == ["Pia Larkin", "Pia Larkin"]
