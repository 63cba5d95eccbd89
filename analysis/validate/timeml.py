"""TimeML documents (TempEval-3 ``.tml``) read into plain text, creation date and gold TIMEX3 spans."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GoldTimex", "TimemlDoc", "parse_timeml", "load_timeml_folder"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: character span in the stripped text, its words, type, value and mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass(frozen=True)
class TimemlDoc:
    """A TimeML document: id, folder (TimeBank / AQUAINT), creation date, stripped text and gold timexes."""

    doc_id: str
    folder: str
    dct: str
    text: str
    gold: tuple[GoldTimex, ...]

    def dates(self) -> list[GoldTimex]:
        """The gold expressions of type DATE (the scored ones).

        >>> TimemlDoc("d", "f", "1998-08-08", "", (GoldTimex(0, 1, "x", "TIME", "T10"),)).dates()
        []
        """
        return [g for g in self.gold if g.type == "DATE"]


def _strip(body: str) -> tuple[str, list[GoldTimex]]:
    """Text of a TimeML body with tags removed and entities decoded, and the TIMEX3 spans in it.

    >>> _strip('On <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; more')
    ('On Friday & more', [GoldTimex(start=3, end=9, text='Friday', type='DATE', value='1998-08-07', mod='')])
    """
    out: list[str] = []
    size = 0
    open_: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        out.append(piece)
        size += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_.append((size, dict(_ATTR.findall(m.group(3)))))
        elif open_:
            start, attrs = open_.pop()
            text = "".join(out)[start:size]
            gold.append(GoldTimex(start, size, text, attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod", "")))
    out.append(html.unescape(body[pos:]))
    return "".join(out), gold


def parse_timeml(markup: str, doc_id: str = "", folder: str = "") -> TimemlDoc:
    """A TimemlDoc from TimeML markup: the ``<TEXT>`` element stripped of tags, the CREATION_TIME value as dct.

    >>> m = ('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
    ...      '<TEXT>Bombs hit <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>')
    >>> d = parse_timeml(m, "doc")
    >>> d.dct, d.text, [(g.text, g.value) for g in d.dates()]
    ('1998-08-08', 'Bombs hit Friday.', [('Friday', '1998-08-07')])
    """
    dct_tag = _DCT.search(markup)
    if dct_tag is None:
        raise ValueError(f"{doc_id or 'document'}: no CREATION_TIME timex")
    dct = dict(_ATTR.findall(dct_tag.group(0))).get("value", "")[:10]
    body = _BODY.search(markup)
    if body is None:
        raise ValueError(f"{doc_id or 'document'}: no <TEXT> element")
    text, gold = _strip(body.group(1))
    return TimemlDoc(doc_id, folder, dct, text, tuple(sorted(gold, key=lambda g: g.start)))


def load_timeml_folder(root: str | Path) -> list[TimemlDoc]:
    """Every ``*.tml`` under ``root`` (e.g. timebank/), folder = the file's parent folder name, sorted by path.

    >>> load_timeml_folder("/nonexistent")
    []
    """
    base = Path(root)
    docs = []
    for path in sorted(base.glob("**/*.tml")):
        docs.append(parse_timeml(path.read_text(encoding="utf-8"), path.stem, path.parent.name))
    return docs
