"""Clean one article: normalise characters, separate furniture from body text, keep an audit.

Cleaning is a list of *edits* on the raw text. Each edit replaces ``raw[start:end]`` (a removed
or moved span, with the rule that fired) by ``replacement`` (usually empty; a single space for
a non-breaking space; a paragraph break between paragraphs). Edits never overlap, so the body is
``apply_edits(raw, edits)`` and the raw text is rebuilt from the body and the audit by
``rebuild_raw`` - a test checks both directions on every article.

Rules are general (line shapes, word lists, date and credit patterns), never per-file patches:

- ``normalise_space`` / ``zero_width`` / ``control`` / ``line_ending``: non-breaking and other
  Unicode spaces become a plain space, zero-width and control characters are dropped, CRLF -> LF.
- ``whitespace``: runs of spaces collapsed, spaces at line ends trimmed.
- ``paragraph_break`` / ``blank_lines`` / ``edge_whitespace``: paragraphs are separated by one
  blank line; extra blank lines and leading/trailing whitespace go.
- ``unwrap_line``: a hard-wrapped line (no closing punctuation, next line lower-case) is joined.
- ``title``, ``standfirst``: the headline and the summary line under it (moved to metadata).
- ``date_stamp``, ``updated_stamp``: a line that is only a date, or an "Updated: ..." stamp.
- ``dateline``: "WASHINGTON -" style place prefix of the first paragraph (moved to metadata).
- ``caption`` / ``caption_repeat``: photo captions and credits; a caption repeated verbatim.
- ``duplicate_paragraph``: a body paragraph printed twice in a row (a scraping or paste error): the
  first copy stays in the body, the second is removed and audited. Two identical lines count as a
  repeated *caption* only when they are caption-shaped (a credit, a caption cue, or next to a caption).
- ``site_ui``: interface strings ("Powered by automated translation", "Share this", ...).
- ``crosshead``: short section headings between paragraphs.
- ``source_list``: the trailing list of cited sources (parsed by ``parse_reference``).
- ``footer``: everything after a footer marker ("Source link", "Leave a Reply", "No comments:").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from .checks import require_frame, require_text

#: Every audit rule, with what it removes or moves and why (shown in notebook 01 and the README).
RULES: dict[str, str] = {
    "title": "headline line at the top (moved to metadata: title_in_text)",
    "standfirst": "summary line under the headline (moved to metadata)",
    "date_stamp": "a line that is only a date, e.g. the publication stamp (moved to metadata)",
    "updated_stamp": "an 'Updated: <date>' stamp (moved to metadata: updated)",
    "dateline": "'WASHINGTON -' style place prefix of the first paragraph (moved to metadata)",
    "caption": "photo caption or credit line (moved to metadata)",
    "caption_repeat": "a caption repeated verbatim",
    "duplicate_paragraph": "second copy of a body paragraph printed twice in a row (the first copy is kept)",
    "site_ui": "site interface text ('Powered by automated translation', 'Share this', a ticker of other headlines, ...)",
    "byline": "'By <name>' line (moved to metadata: byline)",
    "signoff": "agency sign-off ('Reporting by ...', '- AFP')",
    "crosshead": "short section heading between paragraphs",
    "source_list": "trailing list of cited sources (parsed into references)",
    "related_links": "a heading of links to other stories ('You might also like') and the bulleted headlines under it",
    "footer": "everything after a footer marker ('Source link', 'Leave a Reply', 'No comments:')",
    "normalise_space": "non-breaking or other Unicode space replaced by a plain space",
    "unicode_nfc": "a letter written as base + combining accent composed into one character (NFC)",
    "zero_width": "zero-width or soft-hyphen character dropped",
    "control": "control character dropped",
    "line_ending": "carriage return dropped (CRLF -> LF)",
    "whitespace": "extra spaces in a run, or spaces at a line's ends",
    "unwrap_line": "line break inside a hard-wrapped paragraph replaced by a space",
    "paragraph_break": "separator between two paragraphs normalised to one blank line",
    "blank_lines": "further blank lines between paragraphs",
    "edge_whitespace": "whitespace before the first or after the last paragraph",
}
FURNITURE_RULES = frozenset(list(RULES)[:list(RULES).index("footer") + 1])

# ---------------------------------------------------------------- characters

SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                           "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-",
                           "\u2015": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})
_VIEW_MAP = str.maketrans({**{c: " " for c in SPACE_CHARS + ZERO_WIDTH}, "\r": "\n"})


def normalise_for_matching(text: str) -> str:
    """Map curly quotes and dashes to ASCII one-for-one, so offsets into the result still hold.

    >>> normalise_for_matching("“Go” – he’s")
    '"Go" - he\\'s'
    """
    return require_text(text, "text").translate(QUOTE_MAP)


# ---------------------------------------------------------------- edits

@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``raw[start:end]`` by ``replacement``; ``rule`` says why."""

    start: int
    end: int
    rule: str
    replacement: str = ""


def apply_edits(raw: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits to a text.

    >>> apply_edits("a\\u00a0b  c", [Edit(1, 2, "normalise_space", " "), Edit(4, 5, "whitespace")])
    'a b c'
    """
    raw = require_text(raw, "raw")
    out, pos = [], 0
    for e in sorted(edits):
        if e.start < pos:
            raise ValueError(f"overlapping edits at {e.start}: {e.rule}")
        out.append(raw[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(raw[pos:])
    return "".join(out)


def rebuild_raw(body: str, audit: pd.DataFrame) -> str:
    """Rebuild the raw text from the cleaned body and its audit rows (start, end, text, replacement).

    >>> rebuild_raw("a b", pd.DataFrame({"start": [1], "end": [2], "text": ["\\u00a0"], "replacement": [" "]})) == "a\\u00a0b"
    True
    """
    body = require_text(body, "body")
    audit = require_frame(audit, "audit", ["start", "end", "text", "replacement"])
    out, raw_pos, body_pos = [], 0, 0
    for row in audit.sort_values("start").itertuples():
        gap = row.start - raw_pos
        out.append(body[body_pos:body_pos + gap])
        body_pos += gap + len(row.replacement)
        out.append(row.text)
        raw_pos = row.end
    out.append(body[body_pos:])
    return "".join(out)


# ---------------------------------------------------------------- line rules

WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_NUMERIC_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?)?"
_DATE_ONLY = (rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{_NUMERIC_DATE}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}")
DATE_LINE = re.compile(rf"^\s*(?:(?:Published|Posted|Date)\s*:?\s*)?{_DATE_ONLY}\s*$", re.I)
UPDATED_LINE = re.compile(rf"^\s*(?:Last\s+)?(?:Updated|Modified)\s*(?:on|:)?\s*{_DATE_ONLY}\s*$", re.I)
CREDIT = re.compile(r"\((?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Xinhua|Anadolu|file|[A-Z][\w.&' -]{1,40})\)\s*$")
CAPTION_CUES = re.compile(r"\b(?:file photo|photo(?:graph)?:|picture:|image:|pictured|seen in this|"
                          r"handout|(?:shows|show) .{0,60}\b(?:soldiers|troops|people|smoke|members))", re.I)
SITE_UI = re.compile(
    r"^\s*(?:powered by (?:automated|machine) translation|source link|leave a (?:reply|comment)|"
    r"no comments:?|\d+ comments?:?|share this(?: article| story)?:?|share on \w+|read more:?|"
    r"related(?: articles| posts| stories)?:?|related(?: articles?| posts?| stories| news| coverage)?:\s.{1,160}(?<![.!?])|"
    r"(?:previous|next|prev)\s+(?:post|article|story)(?![\w-]):?\s.{0,160}(?<![.!?])|advertisement|sponsored|subscribe(?: now)?(?: to .{0,40})?|"
    r"sign up for .{0,60}|click here.{0,60}|follow us on .{0,40}|print|email|posted by .{0,60}|"
    r"labels?:.{0,200}|tags?:.{0,200}|newer post|older post|home|post comments \(atom\)|"
    r"skip to (?:main )?content|cookie .{0,80}|all rights reserved.{0,80}|copyright .{0,80}|©.{0,80}|"
    r"read (?:the )?full (?:article|story).{0,40}|\d+ min(?:ute)?s? read|listen to (?:this )?article.{0,20}|"
    r"image (?:caption|source|copyright).{0,120}|getty images|toggle .{0,30}|download (?:the )?app.{0,40}|"
    r"(?:most )?(?:popular|trending|recommended)(?: now| stories| articles)?:?|you may also like:?|"
    r"also read:?.{0,120}|watch:.{0,120}|(?:facebook|twitter|whatsapp|telegram|linkedin|x)(?:\s*[|,]\s*\w+)*)\s*$",
    re.I)
BYLINE = re.compile(r"^\s*(?:By|BY|From|Written by)\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})*"
                    r"(?:\s*[|,\u2013\u2014-]\s*[A-Z][\w .'&()-]{0,60})?\s*$")
SIGNOFF = re.compile(r"^\s*[(\[]?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Edited) by\b.{0,200}$|"
                     r"^\s*[\u2013\u2014-]\s*(?:AFP|AP|Reuters|Xinhua|dpa|Agencies|Agency)\s*$|^\s*\((?:AFP|AP|Reuters)\)\s*$")
#: The characters a sign-off line can start with (``text`` is stripped: the pattern's leading spaces are gone).
_SIGNOFF_FIRST = "([ARrWEC\u2013\u2014-"
FOOTER_START = re.compile(r"^\s*(?:source link|leave a (?:reply|comment)|no comments:?|\d+ comments?:?|"
                          r"post comments \(atom\)|newer post|older post|this day in .{0,80}history\b.*)\s*$", re.I)
DATELINE = re.compile(r"^((?:[A-Z][A-Z'.-]+)(?:[ ][A-Z][A-Z'.-]+){0,3}(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?"
                      r"(?:[ ]\((?:AP|AFP|Reuters|dpa|AA|UPI)\))?)\s*[\u2013\u2014-]{1,2}\s+(?=[A-Z\"\u201c'])")
#: a lead's dateline with the day: "Srinagar, Nov 3:", "LAGOS, March 4 (Reuters) -", "Jammu, July 8 (IANS)"
_DAY_DATELINE = re.compile(r"^[A-Z][\w.'\u2019-]+(?:[ ][A-Z][\w.'\u2019-]+){0,3},?[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
                           r"Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,?[ ]\d{4})?\s*(?::|\(|[\u2013\u2014-])")
QUOTED_LINE = re.compile(r"^\s*[\"'\u2018\u2019\u201c\u201d](.{1,80})[\"'\u2018\u2019\u201c\u201d]\s*$")
DASHED_LINE = re.compile(r"^\s*[\u2013\u2014-]+\s*(.{1,80}?)\s*[\u2013\u2014-]+\s*$")
REFERENCE_DATE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})\s*$")
REFERENCE_TITLE = re.compile(r"[\"\u201c\u201d](.+?)[,.]?\s*[\"\u201d\u201c]")
AUXILIARIES = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|"
                         r"said|says|told|say|should|may|might|must)\b", re.I)
_CLOSERS = "\"'\u2019\u201d)]"


def _ends_sentence(text: str) -> bool:
    """True when a line ends like a sentence (. ! ? before closing quotes and brackets); linear time."""
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


_WORD = re.compile(r"[\w'\u2019-]+")


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_reference_line(line: str) -> bool:
    """True for a source-list entry: (author/outlet,) "title," (outlet,) m/d/yy - or a '- ' continuation.

    >>> is_reference_line('Babb, Carla, “Pentagon: 38 Attacks,” Voice of America, 11/6/23')
    True
    >>> is_reference_line("He said the attacks on 11/6/23 were bad.")
    False
    """
    return _reference_line(require_text(line, "line"))


def _reference_line(line: str) -> bool:
    """``is_reference_line`` without the argument check; a line without a "/" cannot be one (its date needs one).

    >>> _reference_line("No date here, 2023")
    False
    """
    if "/" not in line:
        return False
    line = line.strip()
    return len(line) < 400 and bool(REFERENCE_DATE.search(line) and REFERENCE_TITLE.search(line))


def is_crosshead(line: str) -> bool:
    """True for a short section heading: few words, no sentence shape (or marked by '..', dashes, quotes).

    >>> is_crosshead("Controlled violence"), is_crosshead("Consecutive attacks.."), is_crosshead("Five members were killed.")
    (True, True, False)
    """
    text = require_text(line, "line").strip()
    if len(text) > 90:
        return False
    words = _words(text)
    if not words or len(words) > 10:
        return False
    if DASHED_LINE.match(text) or QUOTED_LINE.match(text) or text.endswith(".."):
        return len(words) <= 8
    if text.endswith("?"):
        return len(words) <= 6
    if text.endswith(".") or text.endswith(":") or text.endswith(","):
        return len(words) <= 5 and not AUXILIARIES.search(text) and text[0].isupper()
    if text[-1] in "\"'\u201d\u2019)":
        return False
    return len(words) <= 8 and text[0].isupper()


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line.

    >>> is_caption("A 2018 file photo shows US Army soldiers at an outpost. (AP)"), is_caption("(US Air Force)")
    (True, True)
    """
    return _caption(require_text(line, "line").strip())


_PARENTHESISED = re.compile(r"\([^()]{1,60}\)")


def _caption(text: str) -> bool:
    """``is_caption`` on a stripped line; both of its patterns need a ')', so a line without one is no caption.

    >>> _caption("Troops at the base. (AP)"), _caption("Troops at the base.")
    (True, False)
    """
    if ")" not in text:
        return False
    if _PARENTHESISED.fullmatch(text):
        return True
    return bool(CREDIT.search(text) and (CAPTION_CUES.search(text) or len(_words(text)) <= 40))


#: The start of a page stamp or a dated line: a stamp word ("Updated", "Last modified on", "Date:") or a full date.
DATE_START = re.compile(rf"^\s*(?:(?:Last\s+)?(?:updated|published|posted|modified|edited|uploaded)\b|date\s*:|{_DATE_ONLY})",
                        re.I)


def starts_with_date(line: str) -> bool:
    """True for a line that opens with a page stamp word or a full date ('Posted May 3 ...', 'May 3, 2019 (Wire)').

    >>> starts_with_date("Updated May 3, 2019 10:00 AM (UTC)"), starts_with_date("Friday, May 3, 2019 (Wire)")
    (True, True)
    >>> starts_with_date("Boats on May 3, 2019. (Wire)"), starts_with_date("Dated stamps were sold.")
    (False, False)
    """
    return bool(DATE_START.match(require_text(line, "line")))


def is_date_line(line: str) -> bool:
    """True for a line that is only a date (optionally weekday and time), e.g. a publication stamp.

    >>> is_date_line("Friday 09/07/2021"), is_date_line("Wednesday, November 22, 2023"), is_date_line("On June 28 they met.")
    (True, True, False)
    """
    return bool(DATE_LINE.match(require_text(line, "line")))


# ---------------------------------------------------------------- references

def parse_reference(entry: str, previous: dict | None = None) -> dict:
    """Parse a source-list entry into author, title, outlet and ISO date (m/d/yy, spacing tolerant).

    >>> r = parse_reference('Babb, Carla, “Pentagon: 38 Attacks,” Voice of America, 11/6/23')
    >>> r["author"], r["title"], r["outlet"], r["date"]
    ('Babb, Carla', 'Pentagon: 38 Attacks', 'Voice of America', '2023-11-06')
    """
    text = re.sub(r"\s+", " ", require_text(entry, "entry").translate(_VIEW_MAP)).strip()
    continuation = text.startswith("- ")
    text = text[2:] if continuation else text
    m_title = REFERENCE_TITLE.search(text)
    title = m_title.group(1).strip() if m_title else ""
    before = text[:m_title.start()].strip(" ,") if m_title else ""
    after = text[m_title.end():] if m_title else text
    m_date = REFERENCE_DATE.search(after)
    date_raw = m_date.group(0).strip() if m_date else ""
    middle = after[:m_date.start()] if m_date else after
    outlet = middle.strip(" ,")
    author = ""
    if before:
        if "," in before or outlet:
            author = before
        else:
            outlet = before
    if continuation and previous:
        prev_author = previous.get("author", "")
        if before and set(_words(before)) <= set(_words(prev_author)):
            author, outlet = prev_author, outlet if middle.strip(" ,") else previous.get("outlet", "")
        elif author and not prev_author and "," not in author and not middle.strip(" ,"):
            outlet, author = author, ""
        author = author or prev_author
        outlet = outlet or previous.get("outlet", "")
    date = ""
    if m_date:
        month, day, year = (int(g) for g in m_date.groups())
        year += 2000 if year < 100 else 0
        try:
            date = dt.date(year, month, day).isoformat()
        except ValueError:
            date = ""
    return {"author": author, "title": title, "outlet": outlet, "date": date, "date_raw": date_raw,
            "continuation": continuation}


# ---------------------------------------------------------------- the cleaner

@dataclass
class Cleaned:
    """The result of cleaning one article."""

    body: str
    edits: list[Edit]
    meta: dict = field(default_factory=dict)
    references: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # end of visible content (line break excluded)
    text: str  # the line as seen through the normalised view
    blank: bool  # nothing but spaces


def _lines(view: str) -> list[_Line]:
    """The lines of a text (a final line break opens no empty line), with their offsets.

    >>> [(ln.start, ln.end, ln.blank) for ln in _lines("ab\\n \\ncd\\n")]
    [(0, 2, False), (3, 4, True), (5, 7, False)]
    """
    parts = view.split("\n")
    if not parts[-1]:
        parts.pop()
    out, pos = [], 0
    for part in parts:
        end = pos + len(part)
        out.append(_Line(pos, end, part, not part.strip()))
        pos = end + 1
    return out


def _ticker(text: str) -> bool:
    """A ticker of other stories' headlines on one line, joined by bullets: three short headlines at least.

    >>> _ticker("Rates rise: bank \u2022 Storm hits coast \u2022 Team wins cup \u2022 More news")
    True
    >>> _ticker("Mosul \u2022 A bomb killed two guards at the gate on Monday, police said.")
    False
    """
    if "\u2022" not in text and "\u00b7" not in text:
        return False
    parts = [p.strip() for p in re.split(r"\s[\u2022\u00b7]\s", text)]
    parts = [p for p in parts if p]
    return len(parts) >= 3 and all(len(_words(p)) <= 16 for p in parts)


def _classify(lines: list[_Line], manifest_title: str) -> dict[int, str]:
    """Give each furniture line (by index) its rule; unlabelled non-blank lines are body."""
    rules: dict[int, str] = {}
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    if not content:
        return rules
    # footer: everything from the first footer marker in the second half of the text
    half = lines[content[-1]].end // 2
    footer_from = next((i for i in content if lines[i].start >= half and FOOTER_START.match(lines[i].text)), None)
    if footer_from is not None:
        for i in content:
            if i >= footer_from:
                rules[i] = "footer"
    _related_links(lines, content, half, rules)
    seen: dict[str, int] = {}
    for i in content:
        if i in rules:
            continue
        text = lines[i].text.strip()
        if SITE_UI.match(text) or _ticker(text):
            rules[i] = "site_ui"
        elif text[0] in _SIGNOFF_FIRST and SIGNOFF.match(text):
            rules[i] = "signoff"
        elif text[0] in "BFW" and BYLINE.match(text) and len(_words(text)) <= 16 and not _ends_sentence(text):
            rules[i] = "byline"
        elif UPDATED_LINE.match(text):
            rules[i] = "updated_stamp"
        elif DATE_LINE.match(text):
            rules[i] = "date_stamp"
        elif _caption(text):
            rules[i] = "caption_repeat" if text in seen else "caption"
        elif text in seen and len(_words(text)) <= 60 and rules.get(seen[text]) in {"caption", "caption_repeat"}:
            rules[i] = "caption_repeat"
        seen.setdefault(text, i)
    _repeated_lines(lines, content, rules)
    # trailing source list (at least two entries, ignoring blanks and furniture)
    body = [i for i in content if i not in rules]
    k = len(body)
    while k > 0 and _reference_line(lines[body[k - 1]].text):
        k -= 1
    if len(body) - k >= 2:
        for i in body[k:]:
            rules[i] = "source_list"
        body = body[:k]
    # header: title and standfirst at the top, before the first body paragraph
    _header(lines, content, body, rules, manifest_title)
    body = [i for i in content if i not in rules]
    for pos, i in enumerate(body[1:-1], start=1):
        if is_crosshead(lines[i].text):
            rules[i] = "crosshead"
    return rules


#: a heading over links to other stories
RELATED_HEADING = re.compile(r"^\s*(?:you\s+(?:might|may)\s+also\s+like|related(?:\s+(?:stories|articles|news|posts|"
                             r"coverage))?|(?:read|see)\s+(?:more|also)|also\s+read|more\s+(?:stories|news)|"
                             r"recommended(?:\s+(?:stories|for\s+you))?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|"
                             r"top\s+stories|latest\s+(?:news|stories))\s*:?\s*$", re.I)
_BULLET_LINE = re.compile(r"^\s*[-\u2013\u2014\u2022\u00b7*]\s+\S")


def _related_links(lines: list[_Line], content: list[int], half: int, rules: dict[int, str]) -> None:
    """Mark a heading of related stories in the second half of the text and the bulleted headlines right under it.

    >>> ls = _lines("Rockets hit the base.\\nYou might also like\\n- Two killed in a knife attack.\\n- Talks stall.")
    >>> r = {}; _related_links(ls, [0, 1, 2, 3], 10, r); sorted(r.items())
    [(1, 'related_links'), (2, 'related_links'), (3, 'related_links')]
    """
    for k, i in enumerate(content):
        if lines[i].start < half or i in rules or not RELATED_HEADING.match(lines[i].text):
            continue
        under = []
        for j in content[k + 1:]:
            if not _BULLET_LINE.match(lines[j].text):
                break
            under.append(j)
        if under:
            for j in [i, *under]:
                rules.setdefault(j, "related_links")


def _caption_shaped(text: str, neighbours: list[str | None]) -> bool:
    """A line printed twice is a caption when it reads like one: a caption cue, or a caption next to it."""
    if len(_words(text)) > 40:
        return False
    return bool(CAPTION_CUES.search(text)) or any(r in ("caption", "caption_repeat") for r in neighbours)


def _repeated_lines(lines: list[_Line], content: list[int], rules: dict[int, str]) -> None:
    """Lines printed twice (or more) in a row: a repeated caption, else a duplicated body paragraph."""
    for k in range(1, len(content)):
        i, j = content[k - 1], content[k]
        if j in rules or lines[i].text.strip() != lines[j].text.strip():
            continue
        if rules.get(i) == "duplicate_paragraph" or (i not in rules and not _caption_shaped(
                lines[i].text.strip(), [rules.get(content[k - 2]) if k >= 2 else None,
                                        rules.get(content[k + 1]) if k + 1 < len(content) else None])):
            rules[j] = "duplicate_paragraph"
        elif i not in rules:
            rules[i], rules[j] = "caption", "caption_repeat"


def _header(lines: list[_Line], content: list[int], body: list[int], rules: dict[int, str], title: str) -> None:
    if len(body) < 2:
        return  # a title needs a body paragraph after it (tested before the title's cues: they cost more)
    norm = lambda s: re.sub(r"\W+", " ", normalise_for_matching(s)).strip().lower()  # noqa: E731
    body = _title_below_furniture(lines, body, rules, norm(title) if title else "", norm)
    if len(body) < 2:
        return
    first = body[0]
    text = lines[first].text.strip()
    looks_like_title = (len(_words(text)) <= 25 and not _ends_sentence(text)) or (title and norm(text) == norm(title))
    if not looks_like_title:
        return
    if body[1] == first + 1 and lines[body[1]].text.strip()[:1].islower():
        return  # a hard-wrapped first paragraph, not a headline
    rules[first] = "title"
    nxt = body[1]
    stand = lines[nxt].text.strip()
    later = [i for i in content if i > nxt]
    furniture_follows = bool(later) and later[0] in rules and rules[later[0]] in {
        "date_stamp", "caption", "site_ui", "updated_stamp"}
    if len(body) > 2 and len(_words(stand)) <= 45 and (
            (not _ends_sentence(stand) and len(_words(stand)) >= 5) or furniture_follows) and \
            not (DATELINE.match(stand) or _DAY_DATELINE.match(stand)):
        rules[nxt] = "standfirst"  # not a lead that opens with its dateline ("Srinagar, Nov 3: Militants ...")


def _title_below_furniture(lines: list[_Line], body: list[int], rules: dict[int, str], title: str,
                           norm: Callable[[str], str]) -> list[int]:
    """The body lines from the manifest's title on, when the title is one of the first four lines and every line above
    it is page furniture (``_furniture_line``: a site's menu or "Connect with us" over the headline) and the title ends no
    sentence: those lines are marked ``site_ui``.

    >>> ls = _lines("Connect with us\\nRockets hit the base, officials say\\nRockets hit the base on Monday, officials said.")
    >>> r = {}; _title_below_furniture(ls, [0, 1, 2], r, "rockets hit the base, officials say", str.lower), r
    ([1, 2], {0: 'site_ui'})
    """
    if len(title.split()) < 4:
        return body  # (a one-word manifest title, "World" or "Iraq", is a section's name as often as the headline)
    k = next((k for k, i in enumerate(body[:4]) if norm(lines[i].text) == title), 0)
    if k == 0 or _ends_sentence(lines[body[k]].text.strip()) or not all(_furniture_line(lines[i].text) for i in body[:k]):
        return body
    for i in body[:k]:
        rules[i] = "site_ui"
    return body[k:]


def _furniture_line(text: str) -> bool:
    """Whether a line over the headline reads as page furniture: at most four words ("Connect with us", "WORLD") or a
    menu of capitalised words ("World Russia Society Opinion Science"), not a news item ("Kabul: bomb kills 2").

    >>> _furniture_line("Connect with us"), _furniture_line("World Russia Society Opinion Science Sport")
    (True, True)
    >>> _furniture_line("Kabul: magnetic bomb kills 2 civilians")
    False
    """
    words = _words(text)
    return not _ends_sentence(text.strip()) and (len(words) <= 4 or len(words) <= 12 and all(w[:1].isupper() for w in words))


def _nfc_edits(raw: str, start: int, end: int) -> list[Edit]:
    """Compose decomposed characters (e + combining accent) into their NFC form, one edit per cluster."""
    segment = raw[start:end]
    if unicodedata.is_normalized("NFC", segment):
        return []
    edits = []
    for m in re.finditer(r".[\u0300-\u036f\u0653-\u0655\u3099\u309a]+", segment, re.S):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            edits.append(Edit(start + m.start(), start + m.end(), "unicode_nfc", composed))
    return edits


_EDGE = SPACE_CHARS + ZERO_WIDTH + " \r" + "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127]))
_SPECIAL = f"[{ZERO_WIDTH}{SPACE_CHARS}\\r\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]"
#: A run of two or more space-like characters, or a single special one (non-breaking space, zero-width ...).
_RUN = re.compile(f"[ {SPACE_CHARS}{ZERO_WIDTH}\\r\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]{{2,}}|{_SPECIAL}")


def _run_edits(raw: str, start: int, end: int, keep_one: bool, skip: set[int]) -> list[Edit]:
    """Edits for one run of space-like characters raw[start:end]: the first space is kept (as a plain
    space) when ``keep_one``, other spaces go as ``whitespace``; zero-width, control and CR characters go."""
    edits: list[Edit] = []
    kept = not keep_one
    for pos in range(start, end):
        ch = raw[pos]
        if pos in skip:
            continue
        if ch in ZERO_WIDTH:
            edits.append(Edit(pos, pos + 1, "zero_width"))
        elif ch == "\r":
            edits.append(Edit(pos, pos + 1, "line_ending"))
        elif ch == " " or ch in SPACE_CHARS:
            if kept:
                edits.append(Edit(pos, pos + 1, "whitespace"))
            elif ch != " ":
                edits.append(Edit(pos, pos + 1, "normalise_space", " "))
            kept = True
        else:
            edits.append(Edit(pos, pos + 1, "control"))
    return edits


def _paragraph_edits(raw: str, start: int, end: int) -> list[Edit]:
    """Normalise one kept line raw[start:end]: compose accents (NFC), drop invisible characters, map
    Unicode spaces to a plain space, collapse runs of spaces and trim the ends; linear time."""
    edits: list[Edit] = _nfc_edits(raw, start, end)
    composed = {i for e in edits for i in range(e.start, e.end)}
    seg = raw[start:end]
    lead = len(seg) - len(seg.lstrip(_EDGE))
    trail = len(seg) - len(seg.rstrip(_EDGE)) if lead < len(seg) else 0
    if lead:
        edits.extend(_run_edits(raw, start, start + lead, False, composed))
    if trail:
        edits.extend(_run_edits(raw, end - trail, end, False, composed))
    if _no_run(seg):
        return edits
    for m in _RUN.finditer(raw, start + lead, end - trail):
        edits.extend(_run_edits(raw, m.start(), m.end(), True, composed))
    return edits


def _no_run(seg: str) -> bool:
    """True when ``_RUN`` cannot match in ``seg``: printable ASCII (no tab, CR or control) without two spaces in a row.

    >>> _no_run("Rockets hit the base."), _no_run("two  spaces"), _no_run("tab\there"), _no_run("no\u00a0break")
    (True, False, False, False)
    """
    return seg.isascii() and seg.isprintable() and "  " not in seg


def _join_wrapped(lines: list[_Line], kept: list[int]) -> list[list[int]]:
    """Group kept line indices into paragraphs: hard-wrapped lines of one block are joined (the next line begins in
    lower case, a long line ends on a word no sentence ends on, or the block is wrapped at a fixed width and the
    next line's first word would not have fitted on this one).

    >>> c = clean_text("Intro line of the story.\\n\\nMore than 60,000 people have been killed during the\\n21-month-old revolt.")
    >>> c.body.splitlines()[-1]
    'More than 60,000 people have been killed during the 21-month-old revolt.'
    """
    widths = _wrap_widths(lines, kept)
    paragraphs: list[list[int]] = []
    for i in kept:
        prev = paragraphs[-1][-1] if paragraphs else None
        if prev is not None and prev == i - 1:
            tail, head = lines[prev].text.rstrip(), lines[i].text.lstrip()
            if tail and head and (_full_line(tail, head, widths.get(prev)) or (
                    not re.search(r"[.!?:;\"'\u201d\u2019)\]]$", tail) and
                    (head[0].islower() or len(tail) >= 30 and _OPEN_ENDING.search(tail)))):
                paragraphs[-1].append(i)
                continue
        paragraphs.append([i])
    return paragraphs


def _full_line(tail: str, head: str, width: int | None) -> bool:
    """True when ``tail`` was broken by a fixed-width wrap: the next line's first word would have overrun ``width``.

    >>> _full_line("rebels killed at least", "70 detainees died", 24), _full_line("rebels killed.", "Then", 40)
    (True, False)
    """
    if not width or head[0] in "-*\u2022\u2013\u2014>#|":
        return False
    return len(tail) + 1 + len(head.split(None, 1)[0]) > width - 2


def _wrap_widths(lines: list[_Line], kept: list[int]) -> dict[int, int]:
    """The wrap width of each line in a block of four or more consecutive lines wrapped at one width (most lines
    end within a word of the block's longest line, 50-200 characters); lines of other blocks are absent.

    >>> ls = _lines("\\n".join(["word " * 11 + "end"] * 4 + ["short line."]))
    >>> sorted(_wrap_widths(ls, [0, 1, 2, 3, 4]).values())
    [58, 58, 58, 58, 58]
    """
    widths: dict[int, int] = {}
    blocks: list[list[int]] = []
    for i in kept:
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        if len(block) < 4:
            continue
        texts = [lines[i].text.strip() for i in block]
        width = max(map(len, texts))
        if not 50 <= width <= 200:
            continue
        full = sum(_full_line(a, b, width) for a, b in zip(texts, texts[1:]) if a and b)
        if full >= 3 and full * 2 >= len(block) - 1:
            widths.update(dict.fromkeys(block, width))
    return widths


#: the last word of a line that no sentence ends on (an article, preposition or conjunction): the line is wrapped
#: even when the next begins with a capital or a digit ("killed during the" / "21-month-old revolt")
_OPEN_ENDING = re.compile(r"(?<![\w'’-])(?:the|a|an|of|to|in|into|on|at|by|for|from|with|during|and|or|but|that|which|"
                          r"who|whose|its|their|his|her|than|as|near|after|before|since)$")


def clean_text(raw: str, title: str = "") -> Cleaned:
    """Clean one raw article; the manifest title (if any) helps recognise the headline line.

    >>> c = clean_text("Title here\\n\\nWASHINGTON \\u2013 The Pentagon said so.\\n\\nUpdated: July 07, 2021, 5:04 PM")
    >>> c.body, c.meta["dateline"], c.meta["title"]
    ('The Pentagon said so.', 'WASHINGTON', 'Title here')
    """
    raw = require_text(raw, "raw")
    title = require_text(title, "title", allow_none=True)
    view = raw.translate(_VIEW_MAP)
    lines = _lines(view)
    rules = _classify(lines, title)
    if not rules and len(lines) == 1 and not lines[0].blank:
        return _one_line(raw, view, lines[0])
    return _assemble(raw, view, lines, rules)


def _assemble(raw: str, view: str, lines: list[_Line], rules: dict[int, str]) -> Cleaned:
    """``clean_text`` from the classified lines: furniture removed, paragraphs joined and normalised (the general path).

    >>> t = "Title\\n\\nBody text."; v = t.translate(_VIEW_MAP); _assemble(t, v, _lines(v), {0: "title"}).body
    'Body text.'
    """
    edits: list[Edit] = []
    meta = _empty_meta()
    references: list[dict] = []
    for i, rule in rules.items():
        ln = lines[i]
        edits.append(Edit(ln.start, ln.end, rule))
        text = ln.text.strip()
        if rule in {"title", "standfirst", "date_stamp", "dateline", "byline"} and not meta[rule]:
            meta[rule] = text
        elif rule == "updated_stamp":
            meta["updated"] = re.sub(r"^\s*(?:Last\s+)?(?:Updated|Modified)\s*(?:on|:)?\s*", "", text, flags=re.I)
        elif rule == "caption":
            meta["captions"].append(text)
        elif rule == "source_list":
            references.append(parse_reference(raw[ln.start:ln.end], references[-1] if references else None))
    kept = [i for i, ln in enumerate(lines) if not ln.blank and i not in rules]
    paragraphs = _join_wrapped(lines, kept)
    prev_end = 0
    for n, group in enumerate(paragraphs):
        p_start, p_end = _trimmed(view, lines[group[0]].start, lines[group[-1]].end)
        edits.extend(_gap_edits(raw, prev_end, p_start, rules, lines, first=(n == 0)))
        if n == 0:
            p_start = _take_dateline(view, p_start, p_end, meta, edits)
        for a, b in zip(group, group[1:]):
            # the line break of a hard-wrapped line becomes one space
            edits.extend(_gap_edits(raw, lines[a].end, lines[b].start, {}, lines, first=False,
                                    joiner=" ", rule="unwrap_line"))
        for a_line in group:
            s = max(lines[a_line].start, p_start)
            e = min(lines[a_line].end, p_end)
            edits.extend(_paragraph_edits(raw, s, e))
        prev_end = p_end
    edits.extend(_gap_edits(raw, prev_end, len(raw), rules, lines, first=not paragraphs, last=True))
    body = apply_edits(raw, edits)
    return Cleaned(body=body, edits=sorted(edits), meta=meta, references=references)


def _one_line(raw: str, view: str, ln: _Line) -> Cleaned:
    """``clean_text`` of a text of one visible line that no line rule takes: the general path's steps for one paragraph.

    >>> c = _one_line(" Rockets hit.\\n", " Rockets hit.\\n", _lines(" Rockets hit.\\n")[0]); c.body, [e.rule for e in c.edits]
    ('Rockets hit.', ['edge_whitespace', 'edge_whitespace'])
    """
    meta = _empty_meta()
    p_start, p_end = _trimmed(view, ln.start, ln.end)  # the only line starts the text
    edits = [Edit(0, p_start, "edge_whitespace")] if p_start else []
    p_start = _take_dateline(view, p_start, p_end, meta, edits)
    edits.extend(_paragraph_edits(raw, p_start, p_end))
    if p_end < len(raw):
        edits.append(Edit(p_end, len(raw), "edge_whitespace"))
    return Cleaned(body=apply_edits(raw, edits), edits=sorted(edits), meta=meta, references=[])


def _empty_meta() -> dict:
    """The metadata of a cleaned article before any line is read.

    >>> sorted(_empty_meta())[:3]
    ['byline', 'captions', 'date_stamp']
    """
    return {"title": "", "standfirst": "", "date_stamp": "", "updated": "", "dateline": "", "byline": "", "captions": []}


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """A paragraph's span without its leading and trailing spaces (whitespace, not content).

    >>> _trimmed("  ab  ", 0, 6)
    (2, 4)
    """
    while start < end and view[start] == " ":
        start += 1
    while end > start and view[end - 1] == " ":
        end -= 1
    return start, end


def _take_dateline(view: str, start: int, end: int, meta: dict, edits: list[Edit]) -> int:
    """Where the first paragraph's text starts after its dateline, which goes to ``meta`` and ``edits`` (if any).

    >>> meta, edits = _empty_meta(), []; _take_dateline("BAGHDAD - Rockets hit.", 0, 22, meta, edits), meta["dateline"]
    (10, 'BAGHDAD')
    """
    m = DATELINE.match(view[start:end])
    if m is None:
        return start
    meta["dateline"] = m.group(1).strip()
    edits.append(Edit(start, start + m.end(), "dateline"))
    return start + m.end()


def _gap_edits(raw: str, start: int, end: int, rules: dict[int, str], lines: list[_Line], first: bool,
               last: bool = False, joiner: str = "\n\n", rule: str = "paragraph_break") -> list[Edit]:
    """Edits for the text between two kept paragraphs: whitespace runs around removed lines."""
    if start >= end:
        return []  # no text between them: no piece, no edit
    removed = sorted((lines[i].start, lines[i].end) for i in rules if start <= lines[i].start < end)
    pieces, pos = [], start
    for s, e in removed:
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if end > pos:
        pieces.append((pos, end))
    edits: list[Edit] = []
    placed = first or last
    for s, e in pieces:
        # trailing spaces of a removed line / leading ones are whitespace as well
        if not placed:
            edits.append(Edit(s, e, rule, joiner))
            placed = True
        else:
            edits.append(Edit(s, e, "edge_whitespace" if (first or last) else "blank_lines"))
    return [e for e in edits if e.replacement != raw[e.start:e.end]]
