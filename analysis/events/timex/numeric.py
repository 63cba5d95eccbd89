"""All-digit dates (11/9/23, 09.07.2021, 2021-07-09): their possible readings and the choice between m/d and d/m."""

from __future__ import annotations

from datetime import date
from typing import Sequence

from .lexicon import PLAUSIBLE_YEARS, weekday_number
from .scan import Candidate
from .values import valid_day

__all__ = ["PLAUSIBLE_YEARS", "readings", "document_convention", "choose_reading", "two_digit_year"]



def two_digit_year(y: str) -> int:
    """Full year of a written year: two digits are 1970-2069.

    >>> two_digit_year("23"), two_digit_year("98"), two_digit_year("2021")
    (2023, 1998, 2021)
    """
    v = int(y)
    if len(y) != 2:
        return v
    return 2000 + v if v < 70 else 1900 + v


def readings(c: Candidate) -> dict[str, date]:
    """Valid readings of a numeric date by convention ('iso', 'mdy', 'dmy'); empty when none is a plausible date.

    >>> from analysis.events.timex.scan import Candidate
    >>> readings(Candidate(0, 8, "date_numeric", {"a": "11", "b": "9", "y": "23"}))
    {'mdy': datetime.date(2023, 11, 9), 'dmy': datetime.date(2023, 9, 11)}
    >>> readings(Candidate(0, 10, "date_numeric", {"a": "1", "b": "1", "y": "0001"}))
    {}
    """
    if c.rule == "date_iso":
        y, m, d = int(c.data["y"]), int(c.data["m"]), int(c.data["d"])
        return {"iso": date(y, m, d)} if y in PLAUSIBLE_YEARS and valid_day(y, m, d) else {}
    a, b, y = int(c.data["a"]), int(c.data["b"]), two_digit_year(c.data["y"])
    if y not in PLAUSIBLE_YEARS:
        return {}
    out = {}
    if valid_day(y, a, b):
        out["mdy"] = date(y, a, b)
    if valid_day(y, b, a):
        out["dmy"] = date(y, b, a)
    return out


def document_convention(cands: Sequence[Candidate]) -> str | None:
    """'mdy' or 'dmy' when the document's unambiguous numeric dates favour one, else None.

    >>> from analysis.events.timex.scan import Candidate
    >>> document_convention([Candidate(0, 8, "date_numeric", {"a": "11", "b": "21", "y": "23"})])
    'mdy'
    """
    votes = {"mdy": 0, "dmy": 0}
    for c in cands:
        if c.rule == "date_numeric":
            r = readings(c)
            if len(r) == 1:
                votes[next(iter(r))] += 1
    return None if votes["mdy"] == votes["dmy"] else max(votes, key=lambda k: votes[k])


def choose_reading(c: Candidate, convention: str, doc_convention: str | None, anchor: date | None) -> tuple[date | None, str]:
    """The reading of a numeric date and why (rule suffix): a part > 12, the given convention, a weekday, the document, the anchor.

    >>> from analysis.events.timex.scan import Candidate
    >>> choose_reading(Candidate(0, 8, "date_numeric", {"a": "11", "b": "9", "y": "23"}), "dmy", None, None)
    (datetime.date(2023, 9, 11), 'dmy')
    """
    found = readings(c)
    if not found:
        return None, "invalid"
    if len(found) == 1:
        conv, d = next(iter(found.items()))
        if conv != "iso" and convention in {"mdy", "dmy"} and conv != convention:
            return d, f"{conv}_forced"  # the given convention is impossible for this date
        return d, conv
    if found["mdy"] == found["dmy"]:
        return found["mdy"], "mdy=dmy"
    if convention in {"mdy", "dmy"}:
        return found[convention], convention
    if "wd" in c.data:
        fits = [k for k, d in found.items() if d.weekday() == weekday_number(c.data["wd"])]
        if len(fits) == 1:
            return found[fits[0]], f"{fits[0]}_by_weekday"
    if doc_convention:
        return found[doc_convention], f"{doc_convention}_by_document"
    if anchor is not None and any(abs((d - anchor).days) <= 366 for d in found.values()):
        cost = {k: (anchor - d).days if d <= anchor else 3 * (d - anchor).days for k, d in found.items()}
        k = min(cost, key=lambda k: (cost[k], k))
        return found[k], f"{k}_by_anchor"
    return found["mdy"], "mdy_default"
