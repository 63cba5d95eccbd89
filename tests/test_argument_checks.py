"""Public helpers of dates, reuse and word diffs refuse bad arguments with an error naming the argument
(never an empty result or an AttributeError deep inside); error messages name a folder as the user gave it."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from analysis import paths, pipeline
from analysis.events.timex import date_mentions
from analysis.events.timex.lexicon import BAD_YEAR, FULL_YEAR, PLAUSIBLE_YEARS
from analysis.reuse import align, find_reuse, find_reuse_detailed, pair_similarity
from analysis.text.corpus import CorpusError, preflight, validate_corpus
from analysis.textdiff import diff_html, word_diff

BAD_TEXTS = [None, 3, b"bytes", float("nan"), ["a list"]]


# ------------------------------------------------------------------ date_mentions arguments

@pytest.mark.parametrize("bad", BAD_TEXTS, ids=repr)
def test_date_mentions_text_must_be_a_str(bad):
    with pytest.raises(TypeError, match=r"^text must be a str, got "):
        date_mentions(bad, "2021-07-07")


@pytest.mark.parametrize("bad", [5, 2021.5, True, ["2021-07-07"], {"published": "2021-07-07"}, ("2021-07-07",),
                                 ("2021-07-01", 7)], ids=repr)
def test_date_mentions_published_of_a_wrong_type(bad):
    with pytest.raises(TypeError, match=r"^published must be a date, an ISO date string"):
        date_mentions("Rockets hit on Wednesday.", bad)


@pytest.mark.parametrize("bad", ["yesterday", "07/07/2021", "2021-13-01", "2021-02-30", "2021-07", "2021-07-01/soon",
                                 ("2021-07-01", "July 9")], ids=repr)
def test_date_mentions_published_that_is_not_a_date(bad):
    with pytest.raises(ValueError, match=r"^published is not a date: "):
        date_mentions("Rockets hit on Wednesday.", bad)


@pytest.mark.parametrize("bad", ["0001-01-01", "9999-12-31", ("9999-11-01", "9999-12-31"), dt.date.min, dt.date.max])
def test_date_mentions_published_outside_the_plausible_years(bad):
    with pytest.raises(ValueError, match=r"^published .* is outside the plausible years 1000-2199"):
        date_mentions("Yesterday, next year and in two days.", bad)


@pytest.mark.parametrize("unknown", [None, "", "  ", float("nan"), pd.NaT, pd.NA, ("2021-07-01", None)], ids=repr)
def test_date_mentions_unknown_publication_dates_stay_accepted(unknown):
    df = date_mentions("Rockets hit on Wednesday.", unknown)
    assert df["anchor"].tolist() == [""] and df["value"].tolist() == [""] and df["timex"].tolist() == ["XXXX-WXX-3"]


@pytest.mark.parametrize("published", [dt.date(2021, 7, 7), dt.datetime(2021, 7, 7, 10), pd.Timestamp("2021-07-07"),
                                       np.datetime64("2021-07-07"), "2021-07-07T10:00", " 2021-07-07 "], ids=repr)
def test_date_mentions_accepts_every_documented_date_form(published):
    assert date_mentions("Rockets hit on Wednesday.", published)["value"].tolist() == ["2021-07-07"]


def test_date_mentions_bad_convention_names_the_value():
    with pytest.raises(ValueError, match=r"^convention must be 'auto', 'mdy' or 'dmy', got 'ymd'"):
        date_mentions("11/9/23", None, convention="ymd")


# ------------------------------------------------------------------ impossible and out-of-range dates

def _read(text: str, published: str | None = "2021-07-07") -> list[tuple[str, str, str]]:
    df = date_mentions(text, published)
    return [tuple(r) for r in df[["text", "value", "precision"]].values.tolist()]


@pytest.mark.parametrize("published", ["2021-07-07", None])
@pytest.mark.parametrize("text,expected", [
    # a 5-digit year is not a date: flagged invalid, no value, never re-read as "5 May" of the publication year
    ("Rockets hit on 5 May 99999.", [("5 May 99999", "", "invalid")]),
    ("It ended on May 5, 99999.", [("May 5, 99999", "", "invalid")]),
    ("on 12/25/99999", [("12/25/99999", "", "invalid")]),
    # year 0001 (and any year before 1000) is outside the plausible range: a mention without a value
    ("It began on 1 January 0001.", [("1 January 0001", "", "invalid")]),
    ("It began in January 0001.", []),
    # a year after 2199 written with a month-day: invalid too, not "5 May" of this year
    ("Talks resume on 5 May 2500.", [("5 May 2500", "", "invalid")]),
    # a far-future year the grammar reads as a date is a legitimate mention
    ("The lease runs until 2098.", [("2098", "2098", "year")]),
    ("The base closes in March 2098.", [("March 2098", "2098-03", "month")]),
    ("The last unit leaves on 31 December 2199.", [("31 December 2199", "2199-12-31", "day")]),
    # an invalid day of the month never gets a day-precision value
    ("It happened on February 30, 2021.", [("February 30, 2021", "", "invalid")]),
    ("It happened on 29 February 2021.", [("29 February 2021", "", "invalid")]),
    ("It happened on 31 April 2021.", [("31 April 2021", "", "invalid")]),
    ("It happened on 2021-02-30.", [("2021-02-30", "", "invalid")]),
    ("It happened on 30/02/2021.", [("30/02/2021", "", "invalid")]),
    ("It happened on 32 July 2021.", [("July 2021", "2021-07", "month")]),
    ("It happened on July 32, 2021.", [("2021", "2021", "year")]),
    # a valid leap day stays a day
    ("It happened on 29 February 2024.", [("29 February 2024", "2024-02-29", "day")]),
])
def test_impossible_and_out_of_range_dates(text, expected, published):
    assert _read(text, published) == expected


def test_an_implausible_year_never_borrows_the_year_of_a_date_in_focus():
    assert _read("It began on 5 May 1000, not on 5 May 0999.") == [
        ("5 May 1000", "1000-05-05", "day"), ("5 May 0999", "", "invalid")]


def test_far_future_dates_anchor_relative_expressions_without_crashing():
    got = _read("On May 5, 2098, the base closes; two days later the troops leave, and the year after.", "2097-01-10")
    assert ("May 5, 2098", "2098-05-05", "day") in got and ("two days later", "2098-05-07", "day") in got
    edge = _read("Yesterday, tomorrow, next year, next month, next decade and in two days.", "2199-12-31")
    assert ("tomorrow", "2200-01-01", "day") in edge and ("next year", "2200", "year") in edge
    assert _read("Yesterday and last week.", "1000-01-01")[0] == ("Yesterday", "0999-12-31", "day")


def test_one_plausible_year_range_is_what_the_year_patterns_match():
    full, bad = re.compile(rf"^{FULL_YEAR}$"), re.compile(rf"^{BAD_YEAR}$")
    for y in [*range(0, 10000), 10000, 99999, 123456]:
        s = f"{y:04d}"
        assert bool(full.match(s)) == (y in PLAUSIBLE_YEARS), s
        assert bool(bad.match(s)) == (y not in PLAUSIBLE_YEARS), s


# ------------------------------------------------------------------ reuse and word diffs

@pytest.mark.parametrize("func", [pair_similarity, align, word_diff, diff_html], ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", BAD_TEXTS, ids=repr)
def test_pair_helpers_name_the_bad_side(func, bad):
    with pytest.raises(TypeError, match=r"^a must be a str, got "):
        func(bad, "Rockets hit the base.")
    with pytest.raises(TypeError, match=r"^b must be a str, got "):
        func("Rockets hit the base.", bad)


@pytest.mark.parametrize("func", [find_reuse, find_reuse_detailed], ids=lambda f: f.__name__)
def test_find_reuse_names_a_bad_articles_argument(func):
    for bad in [None, "articles.csv", [{"doc_id": "a", "text": "x"}]]:
        with pytest.raises(TypeError, match=r"^articles must be a pandas DataFrame, got "):
            func(bad)
    with pytest.raises(ValueError, match=r"^articles lacks column\(s\) \['text'\]"):
        func(pd.DataFrame({"doc_id": ["a"], "body": ["x"]}))
    with pytest.raises(ValueError, match=r"^quote_mode must be one of \['auto', 'module', 'scan'\], got 'quotes'"):
        func(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), quote_mode="quotes")


def test_find_reuse_of_an_empty_frame_is_an_empty_table_not_an_error():
    pairs, passages = find_reuse_detailed(pd.DataFrame({"doc_id": [], "text": []}))
    assert pairs.empty and passages.empty and "relation" in pairs.columns


# ------------------------------------------------------------------ paths in messages

def test_as_given_keeps_what_the_user_typed():
    assert paths.as_given("../other/corpus") == "../other/corpus"
    assert paths.as_given("~/corpora/news") == "~/corpora/news"
    assert paths.as_given(paths.RAW) == "data/raw"
    assert paths.as_given(paths.PROJECT_ROOT) == "."
    assert paths.as_given("/srv/corpora/news") == "/srv/corpora/news"
    assert paths.display("/srv/corpora/news") == "news"  # notebook outputs: never a machine path


def test_preflight_names_the_folder_as_given(tmp_path):
    with pytest.raises(CorpusError, match=r"^corpus folder not found: \.\./no/such/corpus;"):
        preflight("../no/such/corpus")
    with pytest.raises(CorpusError, match=rf"^corpus folder not found: {re.escape((tmp_path / 'nope').as_posix())};"):
        preflight(tmp_path / "nope")
    with pytest.raises(CorpusError, match=rf"^corpus folder is empty: {re.escape(tmp_path.as_posix())};"):
        preflight(tmp_path)


def test_a_recorded_folder_problem_holds_no_machine_path(tmp_path):
    problem = pipeline.cleaned_corpus(tmp_path, folder_errors="record").problem
    assert problem == f"corpus folder is empty: {tmp_path.name}; put the article files and a manifest.csv in it"
    assert pipeline.cleaned_corpus("../no/such", folder_errors="record").problem.startswith(
        "corpus folder not found: ../no/such;")


# ------------------------------------------------------------------ corpus description files

def test_corpus_description_files_are_not_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Rockets hit the base on Wednesday, officials said. Nobody was hurt.\n")
    (tmp_path / "manifest.csv").write_text("doc_id,file,outlet,title,published\na,a.txt,AP,T,2021-07-07\n")
    (tmp_path / "corpus.toml").write_text('title = "Test corpus"\n')
    (tmp_path / "README.md").write_text("# Test corpus\n\nOne article.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "README.md").write_text("# not the corpus description\n")
    table = validate_corpus(tmp_path)
    assert table[["file", "status"]].values.tolist() == [["a.txt", "loaded"], ["sub/README.md", "rejected"]]
