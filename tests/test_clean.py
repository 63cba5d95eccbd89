"""Cleaning: each rule on a small fixture, the audit rebuilds the raw text, and it never crashes."""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.text.clean import (apply_edits, clean_text, is_caption, is_crosshead, is_date_line, is_reference_line,
                            normalise_for_matching, parse_reference, rebuild_raw)


def audit_of(raw: str, cleaned) -> pd.DataFrame:
    return pd.DataFrame([{"start": e.start, "end": e.end, "rule": e.rule, "text": raw[e.start:e.end],
                          "replacement": e.replacement} for e in cleaned.edits],
                        columns=["start", "end", "rule", "text", "replacement"])


def rules(raw: str, **kw) -> dict[str, list[str]]:
    c = clean_text(raw, **kw)
    out: dict[str, list[str]] = {}
    for e in c.edits:
        out.setdefault(e.rule, []).append(raw[e.start:e.end])
    return out


ARTICLE = (
    "Militias attack US forces in Iraq\n\n"
    "Washington activated defensive measures as rockets struck the base\n\n"
    "Powered by automated translation\n\n"
    "BAGHDAD \u2013 At least 14 rockets hit the base on Wednesday, officials said.\n\n"
    "A 2018 file photo shows US soldiers at an outpost. (AP)\n\n"
    "Controlled violence\n\n"
    "Gen. Smith said the U.S. would respond.\u00a0It did.\n\n"
    "Updated: July 07, 2021, 5:04 PM\n\n"
    "Leave a Reply\n"
)


def test_furniture_is_separated_and_moved_to_metadata():
    c = clean_text(ARTICLE)
    assert c.body == ("At least 14 rockets hit the base on Wednesday, officials said.\n\n"
                      "Gen. Smith said the U.S. would respond. It did.")
    assert c.meta["title"] == "Militias attack US forces in Iraq"
    assert c.meta["standfirst"].startswith("Washington activated")
    assert c.meta["dateline"] == "BAGHDAD"
    assert c.meta["updated"] == "July 07, 2021, 5:04 PM"
    r = rules(ARTICLE)
    assert r["site_ui"] == ["Powered by automated translation"]
    assert r["caption"] == ["A 2018 file photo shows US soldiers at an outpost. (AP)"]
    assert r["crosshead"] == ["Controlled violence"]
    assert r["footer"] == ["Leave a Reply"]
    assert r["normalise_space"] == ["\u00a0"]


def test_raw_is_body_plus_audit():
    c = clean_text(ARTICLE)
    assert rebuild_raw(c.body, audit_of(ARTICLE, c)) == ARTICLE
    assert apply_edits(ARTICLE, c.edits) == c.body


def test_repeated_caption_is_marked_as_repeat():
    raw = ("Title line here\n\nA photo shows smoke over the base. (AFP)\nA photo shows smoke over the base. (AFP)\n\n"
           "Rockets hit the base on Wednesday, officials said.\n\nMore text follows here, said an official.")
    r = rules(raw)
    assert r["caption"] and r["caption_repeat"]


def test_single_newline_paragraphs_become_blank_line_separated():
    raw = "First paragraph is here and long enough.\nSecond paragraph is also here, he said."
    assert clean_text(raw).body == "First paragraph is here and long enough.\n\nSecond paragraph is also here, he said."


def test_hard_wrapped_lines_are_joined():
    raw = "The attack on the base was carried out\nby a faction, officials said.\n\nNext paragraph here, he said."
    c = clean_text(raw)
    assert c.body.split("\n\n")[0] == "The attack on the base was carried out by a faction, officials said."
    assert "unwrap_line" in {e.rule for e in c.edits}


def test_text_wrapped_at_a_fixed_width_is_joined_even_before_a_capital_or_digit():
    # a plain-text export wrapped at a fixed width, paragraphs ended by a short line and no blank line
    paras = ["KANDAHAR - Drones struck the fuel depot on Tuesday and killed at least 12 guards and wounded "
             "dozens more, a provincial official told The Associated Press by phone from the city.",
             "He said the toll could rise as rescuers searched the site, where 40 tankers stood.",
             "The depot had been hit twice before, according to the police in the province."]
    for width in (60, 72, 100):
        raw = "Depot hit by drones\n\n" + "\n".join(textwrap.fill(p, width) for p in paras)
        assert clean_text(raw).body == "\n\n".join(paras)[len("KANDAHAR - "):], width


def test_one_line_paragraphs_are_not_taken_for_wrapped_text():
    paras = ["Rockets hit the base on Wednesday, officials said, and no one was hurt in the attack on it.",
             "The militia claimed the attack in a statement on its channel.",
             "A spokesman for the coalition said an inquiry had been opened into the attack.",
             "Two more attacks followed on Thursday near the airport, according to the security media cell."]
    assert clean_text("Base attacked\n\n" + "\n".join(paras)).body == "\n\n".join(paras)


def test_zero_width_and_runs_of_spaces():
    raw = "Rockets\u200b hit   the base, officials said on Wednesday.\n\nAnother paragraph, he said."
    c = clean_text(raw)
    assert c.body.startswith("Rockets hit the base,")
    assert rebuild_raw(c.body, audit_of(raw, c)) == raw


def test_trailing_source_list_is_parsed_not_kept():
    raw = ("Body text of the blog post, which says a lot about the attacks.\n\n"
           "Babb, Carla, \u201cPentagon: 38 Attacks Target US Forces,\u201d Voice of America, 11/6/23\n\n"
           "- \"Fifth drone strike in past week targets U.S. troops,\" 10/21/23\n\n"
           "Shafaq News, \"The factions attack Ain al-Assad with a drone,\" 11/20\u00a0\u00a0/23\n")
    c = clean_text(raw)
    assert c.body == "Body text of the blog post, which says a lot about the attacks."
    assert [r["date"] for r in c.references] == ["2023-11-06", "2023-10-21", "2023-11-20"]
    assert c.references[1]["author"] == "Babb, Carla" and c.references[1]["continuation"]
    assert c.references[2]["outlet"] == "Shafaq News" and c.references[2]["author"] == ""


@pytest.mark.parametrize("entry,author,title,outlet,date", [
    ('Al Aalem, \u201cSudani has a last chance,\u201d 11/7/23', "", "Sudani has a last chance", "Al Aalem", "2023-11-07"),
    ('Dri, Karwan Faidhi, "Iraqi militia hits US troops," Rudaw, 10/26/23', "Dri, Karwan Faidhi",
     "Iraqi militia hits US troops", "Rudaw", "2023-10-26"),
    ('Knights, Michael, "Tracking Strikes," The Washington Institute, 11/21 \u00a0 /23', "Knights, Michael",
     "Tracking Strikes", "The Washington Institute", "2023-11-21"),
])
def test_parse_reference(entry, author, title, outlet, date):
    r = parse_reference(entry)
    assert (r["author"], r["title"], r["outlet"], r["date"]) == (author, title, outlet, date)


def test_continuation_with_shortened_author_keeps_the_author():
    head = parse_reference('Van Wilgenburg, Wladimir, "Attack drones shot down," Kurdistan 24, 11/6/23')
    cont = parse_reference('- Wladimir, "Iran-backed groups continue attacks," 10/30/23', head)
    assert cont["author"] == "Van Wilgenburg, Wladimir" and cont["outlet"] == "Kurdistan 24"


@pytest.mark.parametrize("line,expected", [
    ("Controlled violence", True), ("Consecutive attacks..", True), ("\u2014 Endless cycle \u2014", True),
    ("\u2018Play with fire\u2019", True), ("Loss of legitimacy?", True), ("Iranian provocation and maneuver.", True),
    ("Five members of a PMF group were killed.", False), ("The Erbil attack also caused no casualties.", False),
    ("\u201cWe can expect this cycle to continue,\u201d he said.", False),
])
def test_is_crosshead(line, expected):
    assert is_crosshead(line) is expected


def test_line_shape_helpers():
    assert is_caption("(US Air Force)") and not is_caption("He said the strike hit (again) the base on Monday.")
    assert is_date_line("Wednesday, November 22, 2023") and is_date_line("Friday 09/07/2021")
    assert not is_date_line("On November 22, 2023 the base was hit.")
    assert is_reference_line('NINA, "Targeting Ain al-Assad base," 11/5/23')
    assert normalise_for_matching("\u201cA\u201d \u2013 b\u2019s") == '"A" - b\'s'


@given(st.text(max_size=400))
def test_cleaning_never_crashes_and_the_audit_rebuilds_any_text(raw):
    c = clean_text(raw)
    assert rebuild_raw(c.body, audit_of(raw, c)) == raw
    for e in c.edits:
        assert 0 <= e.start <= e.end <= len(raw)


lines = st.sampled_from(["", "Title Case Heading", "A sentence that ends here, he said.", "(AP)",
                         "Updated: July 07, 2021, 5:04 PM", "\u00a0", "  spaced  out  ", "Leave a Reply",
                         "Babb, Carla, \u201cT,\u201d VOA, 11/6/23", "\u2014 Cycle \u2014", "x\u200by", "\r"])


@given(st.lists(lines, max_size=25).map("\n".join))
def test_structured_articles_rebuild_and_have_tidy_paragraphs(raw):
    c = clean_text(raw)
    assert rebuild_raw(c.body, audit_of(raw, c)) == raw
    assert "\n\n\n" not in c.body and c.body == c.body.strip()
    assert "\u00a0" not in c.body and "\u200b" not in c.body


def test_byline_and_agency_signoff_are_moved_out():
    raw = ("Rockets hit US base in Iraq\n\nBy Jane Arraf and John Smith | Reuters\n\n"
           "BAGHDAD (Reuters) - Rockets hit the base on Wednesday, officials said.\n\n"
           "By Tuesday, the militias had fired dozens of rockets at the base.\n\n"
           "(Reporting by John Smith; Editing by Jane Doe)\n")
    c = clean_text(raw)
    assert c.meta["byline"] == "By Jane Arraf and John Smith | Reuters"
    assert c.meta["dateline"] == "BAGHDAD (Reuters)"
    assert c.body == ("Rockets hit the base on Wednesday, officials said.\n\n"
                      "By Tuesday, the militias had fired dozens of rockets at the base.")
    assert "signoff" in rules(raw)


def test_decomposed_accents_are_composed_and_audited():
    raw = "Le ministe\u0300re a confirme\u0301 l'attaque, a dit le porte-parole.\n\nSecond paragraph, he said."
    c = clean_text(raw)
    assert c.body.startswith("Le minist\u00e8re a confirm\u00e9 l'attaque")
    assert rules(raw)["unicode_nfc"] == ["e\u0300", "e\u0301"]
    assert rebuild_raw(c.body, audit_of(raw, c)) == raw


@given(st.text(alphabet=st.sampled_from(list("ab .\n\"\u201c\u201d\u00a0\u200b\u0301\u0300e\r\t-\u2014(")), max_size=200))
def test_adversarial_character_soup_rebuilds(raw):
    c = clean_text(raw)
    assert rebuild_raw(c.body, audit_of(raw, c)) == raw
    assert apply_edits(raw, c.edits) == c.body
