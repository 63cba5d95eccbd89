"""Session s34 date rules: a photo caption's full date sets no year for the story's month-days; 'the late hours of
<weekday>' is the DATE of that weekday (as 'late <weekday>'), not a part of the day (our own sentences)."""

from __future__ import annotations

import pytest

from analysis.events.timex import date_mentions


def _values(text: str, published: str | None) -> dict[str, str]:
    rows = date_mentions(text, published)
    return dict(zip(rows["text"], rows["timex"]))


@pytest.mark.parametrize("caption", [
    "Fishing boats moored at the quay on Dec. 4, 2016. Mara Quill/Coast Wire/Lens Bank",
    "Fishing boats moored at the quay on Dec. 4, 2016. Lens Bank via Coast Wire",
    "Fishing boats moored at the quay on Dec. 4, 2016. Photo: Mara Quill",
    "Fishing boats moored at the quay on Dec. 4, 2016. (Coast Wire)",
])
def test_a_caption_date_gives_no_year_to_an_undated_story(caption: str) -> None:
    text = ("Harbour Closed Since March 9\n\n" + caption + "\n\n"
            "The harbour has stayed shut since March 9, the port authority said at an April 2 briefing.")
    got = _values(text, None)
    assert got["Dec. 4, 2016"] == "2016-12-04"
    assert got["March 9"] == "XXXX-03-09" and got["April 2"] == "XXXX-04-02"


def test_a_story_date_before_a_caption_still_gives_the_year() -> None:
    text = ("Posted: May 6, 2022.\n\n"
            "Fishing boats moored at the quay on Dec. 4, 2016. Mara Quill/Coast Wire\n\n"
            "The ferry sailed again on May 8.")
    assert _values(text, None)["May 8"] == "2022-05-08"


def test_a_month_day_inside_the_caption_keeps_its_year() -> None:
    text = "Crowds on the pier on Sept. 14, 2016, two days after the Sept. 12 storm. Mara Quill/Coast Wire"
    assert _values(text, None)["Sept. 12"] == "2016-09-12"


def test_an_ordinary_story_line_is_no_caption() -> None:
    text = ("The ferry first sailed on June 3, 2019. It carried forty people.\n\n"
            "It sailed again on June 10.")
    assert _values(text, None)["June 10"] == "2019-06-10"


def test_the_late_hours_of_a_weekday_are_that_day() -> None:
    rows = date_mentions("Power failed during the late hours of Sunday, the utility said.", "2022-05-08")
    assert rows[["type", "timex"]].values.tolist() == [["DATE", "2022-05-08"]]
    rows = date_mentions("Power failed during the late night hours of Sunday.", "2022-05-08")
    assert rows["type"].tolist() == ["TIME"]
