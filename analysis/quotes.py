"""Quotation extraction: quote marks, reporting cues, speaker mentions and in-article speaker resolution.

``extract_quotes(text)`` returns one row per quoted span (offsets of the quoted words, marks excluded);
``evaluate_quotes(pred, gold)`` scores spans and speakers against a hand annotation.
Everything is rule based (quote-mark pairing, a cue-verb lexicon, noun-phrase heuristics) so it runs
offline and is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz
from unidecode import unidecode

# --------------------------------------------------------------------------------------------------
# Lexicons (general English newswire; nothing here is specific to one article)
# --------------------------------------------------------------------------------------------------
DQ_OPEN, DQ_CLOSE, DQ_AMBIG = "“„‟«", "”»", '"″〃＂'
SQ_OPEN, SQ_CLOSE, SQ_AMBIG = "‘‚‛‹", "’›", "'′"
DOUBLE_MARKS = DQ_OPEN + DQ_CLOSE + DQ_AMBIG
SINGLE_MARKS = SQ_OPEN + SQ_CLOSE + SQ_AMBIG

CUE_VERBS = sorted({
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "adding",
    "warn", "warns", "warned", "warning", "stress", "stresses", "stressed", "state", "states", "stated",
    "note", "notes", "noted", "explain", "explains", "explained", "insist", "insists", "insisted",
    "declare", "declares", "declared", "announce", "announces", "announced", "claim", "claims", "claimed",
    "assert", "asserts", "asserted", "argue", "argues", "argued", "write", "writes", "wrote", "written",
    "continue", "continues", "continued", "conclude", "concludes", "concluded", "confirm", "confirms",
    "confirmed", "describe", "describes", "described", "acknowledge", "acknowledges", "acknowledged",
    "admit", "admits", "admitted", "reply", "replies", "replied", "respond", "responds", "responded",
    "ask", "asks", "asked", "urge", "urges", "urged", "vow", "vows", "vowed", "pledge", "pledged",
    "promise", "promised", "promises", "suggest", "suggests", "suggested", "indicate", "indicates",
    "indicated", "emphasise", "emphasised", "emphasize", "emphasized", "emphasizes", "emphasises",
    "comment", "commented", "remark", "remarked", "observe", "observed", "tweet", "tweeted", "post",
    "posted", "report", "reported", "recall", "recalled", "recalls", "caution", "cautioned",
    "complain", "complained", "concede", "conceded", "maintain", "maintained", "predict", "predicted",
    "call", "calls", "called", "condemn", "condemned", "condemns", "denounce", "denounced", "accuse",
    "accused", "deny", "denied", "denies", "threaten", "threatened", "demand", "demanded", "quote",
    "quoted", "cite", "cited", "believe", "believes", "think", "thinks", "thought", "fear", "feared",
    "recount", "recounted", "shout", "shouted", "chant", "chanted", "whisper", "whispered",
    "reiterate", "reiterated", "affirm", "affirmed", "charge", "charged", "dismiss", "dismissed",
    "praise", "praised", "hail", "hailed", "brand", "branded", "label", "labelled", "labeled",
    "term", "termed", "mention", "mentioned", "point", "pointed", "opine", "opined", "agree", "agreed",
    "allege", "alleged", "boast", "boasted", "joke", "joked", "quip", "quipped", "sigh", "sighed",
})
CUE_RE = r"(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")"
PASSIVE_CUES = r"(?:said|described|quoted|cited|told|reported|stated|called|branded|labelled|labeled|termed|claimed|denounced|condemned|dismissed|hailed|praised)"
AUX = r"(?:has|have|had|was|were|is|are|also|later|then|again|earlier|once|previously|recently|would|will|could|has\s+also|had\s+earlier)"
TIME_ADV = (r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|in)\s+(?:a\s+)?"
            r"(?:statement|interview|post|tweet|video|speech|briefing)|yesterday|today|last\s+\w+|this\s+week|"
            r"recently|previously|earlier|later|also|again|then|once)")
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "col", "colonel", "gen", "general", "maj", "major",
    "lt", "lieutenant", "brig", "brigadier", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr",
    "commander", "president", "vice", "prime", "minister", "secretary", "sheikh", "shaikh", "sayyid",
    "imam", "ayatollah", "grand", "senator", "sen", "rep", "representative", "gov", "governor",
    "ambassador", "judge", "justice", "chief", "deputy", "spokesman", "spokeswoman", "spokesperson",
    "king", "queen", "prince", "emir", "sultan", "pope", "mayor", "mp", "lawmaker", "former", "then",
    "iraqi", "us", "u.s.", "american", "iranian", "syrian", "kurdish", "pentagon", "british", "french",
    "state", "defense", "defence", "foreign", "interior", "field", "marshal", "staff", "sgt.", "of",
}
ORG_WORDS = {
    "army", "ministry", "pentagon", "department", "command", "forces", "force", "institute", "institution",
    "brigade", "brigades", "hezbollah", "hizbollah", "council", "government", "mission", "coalition", "party",
    "agency", "news", "times", "post", "reuters", "afp", "ap", "press", "university", "center", "centre",
    "office", "committee", "organisation", "organization", "group", "movement", "front", "units",
    "mobilisation", "mobilization", "corps", "guard", "guards", "embassy", "consulate", "house", "congress",
    "senate", "nations", "league", "union", "kataib", "kata’ib", "asa’ib", "asaib", "harakat", "resistance",
    "company", "bank", "base", "airport", "province", "iraq", "syria", "iran", "baghdad", "erbil",
    "washington", "us", "u.s.", "united", "states", "america", "israel", "gaza", "lebanon", "anbar",
    "tehran", "kurdistan", "telegram", "twitter", "facebook", "al jazeera", "jazeera", "monitor",
    "international", "national", "operations", "joint", "security", "administration", "white", "state",
    "islamic", "ministry", "authority", "service", "services", "tv", "radio", "channel", "network",
}
FEMALE_NAMES = set("""mary sarah sara jenin jeanine jeannine hillary nancy kamala karine sabrina linda samantha
fatima fatma aisha ayesha maryam zainab zaynab layla leila huda hanan rania nour noor marsin lina dana rasha amal
emily elizabeth anna anne jennifer jessica julia laura lisa maria michelle rebecca susan victoria helen catherine
kate rachel ruth deborah barbara patricia margaret hannah emma olivia sophia isabel caroline claire charlotte
nadia yasmin yasmine farah dalia ghada salma mona lama reem rana hala ola zeina jeanne christine katherine
kathleen ellen kristina tina wendy ursula antonia angela theresa madeleine condoleezza nikki sabine jane joanna
joan alice amy heather megan melissa nicole stephanie tamara vanessa zahra shirin maha lubna suha""".split())
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "queen", "spokeswoman", "congresswoman", "chairwoman"}
MALE_TITLES = {"mr", "sir", "king", "prince", "sheikh", "spokesman", "congressman", "chairman", "father", "brother"}
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s", "him": "m", "her": "f"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "some", "several", "many", "other", "another", "its",
               "his", "her", "their", "our", "this", "that", "these", "those"}
ROLE_NOUNS = (r"(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|analyst|analysts|"
              r"expert|experts|resident|residents|witness|witnesses|commander|leader|minister|officer|diplomat|"
              r"diplomats|statement|faction|group|militia|ministry|army|military|government|mission|agency|"
              r"researcher|fellow|observer|observers|activist|lawmaker|politician|member|members|soldier|"
              r"civilian|civilians|man|woman|father|mother|spokesperson|representative|envoy|adviser|advisor|"
              r"official)")
NAME_PARTICLES = {"al", "al-", "el", "el-", "bin", "ibn", "bint", "abu", "de", "da", "di", "van", "von", "der",
                  "la", "le", "du", "ul", "ad", "ash", "as", "ar", "an", "at", "az", "ben"}

_TOKEN_RE = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\-\.]*|\S")
_CAP_RE = re.compile(r"^[A-Z\u00C0-\u00DE]")


# --------------------------------------------------------------------------------------------------
# Paragraphs and sentences
# --------------------------------------------------------------------------------------------------
def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Split text into paragraph (start, end) spans: blank lines, or single newlines between full lines.

    >>> paragraph_spans("A b.\\nC d.\\n\\nE")
    [(0, 4), (5, 9), (11, 12)]
    """
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        b0 = block.start()
        lines = [(m.start() + b0, m.end() + b0) for m in re.finditer(r"[^\n]+", block.group())]
        cur_s, cur_e = None, None
        for s, e in lines:
            if cur_s is None:
                cur_s, cur_e = s, e
                continue
            prev_end_char = text[cur_e - 1] if cur_e > cur_s else "."
            nxt = text[s:e].lstrip()
            hard_wrap = prev_end_char not in ".!?:;\"”’)…" and nxt[:1].islower()
            if hard_wrap:
                cur_e = e
            else:
                spans.append((cur_s, cur_e))
                cur_s, cur_e = s, e
        if cur_s is not None:
            spans.append((cur_s, cur_e))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_starts(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Start offsets of sentences (regex splitter: . ! ? then space and a capital or a quote mark).

    >>> sentence_starts("One. Two three.", [(0, 15)])
    [0, 5]
    """
    starts: list[int] = []
    for s, e in paras:
        starts.append(s)
        for m in re.finditer(r"[.!?…][\"”’'»)\]]*\s+(?=[\"“‘'«(\[]*[A-Z0-9\u00C0-\u00DE])", text[s:e]):
            prev = text[s:e][: m.start()].split()
            last = prev[-1].lower().rstrip(".") if prev else ""
            if last in {"mr", "mrs", "ms", "dr", "col", "gen", "lt", "maj", "capt", "sgt", "st", "no", "u.s", "prof",
                        "sen", "rep", "gov", "brig", "adm", "jr", "sr", "vs"} or re.fullmatch(r"[A-Z]", last.upper()) and len(last) == 1:
                continue
            starts.append(s + m.end())
    return sorted(set(starts))


# --------------------------------------------------------------------------------------------------
# Quote-mark pairing
# --------------------------------------------------------------------------------------------------
@dataclass
class _Span:
    open_mark: int          # offset of the opening mark (or paragraph start when missing)
    close_mark: int         # offset of the closing mark (or paragraph end when missing)
    start: int              # quoted words
    end: int
    para: int
    mark: str               # "double" | "single"
    unbalanced: bool = False
    continues_next: bool = False   # unclosed at paragraph end and the next paragraph opens a quote
    info: dict = field(default_factory=dict)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _pair_double(text: str, s: int, e: int) -> list[tuple[int, int, bool]]:
    """Pair double quote marks inside one paragraph; returns (open, close, unbalanced)."""
    marks = [i for i in range(s, e) if text[i] in DOUBLE_MARKS]
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in marks:
        left = text[i - 1] if i > s else ""
        right = text[i + 1] if i + 1 < e else ""
        opening_ctx = (i == s or _is_space(left) or left in "([{—–-:/") and not _is_space(right)
        closing_ctx = not _is_space(left) and (_is_space(right) or not right.isalnum())
        if open_at is None:
            if opening_ctx or i == s or (text[i] in DQ_OPEN):
                open_at = i
            elif closing_ctx and not out:
                # stray closing mark: the quote began at the paragraph start without a mark
                out.append((s - 1, i, True))
            continue
        if text[i] in DQ_OPEN and _is_space(left) and not _is_space(right) and i - open_at > 1:
            # a new opening while one is open: the earlier quote was never closed
            j = i
            while j > open_at + 1 and text[j - 1].isspace():
                j -= 1
            out.append((open_at, j, True))
            open_at = i
            continue
        out.append((open_at, i, False))
        open_at = None
    if open_at is not None:
        out.append((open_at, e, True))
    return out


def _pair_single(text: str, s: int, e: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Pair single quote marks outside double-quoted spans; apostrophes are skipped."""
    def inside(i: int) -> bool:
        return any(a <= i <= b for a, b in blocked)

    opens, closes = [], []
    for i in range(s, e):
        c = text[i]
        if c not in SINGLE_MARKS or inside(i):
            continue
        left = text[i - 1] if i > s else ""
        right = text[i + 1] if i + 1 < e else ""
        if left.isalnum() and right.isalnum():
            continue  # don't, Iraq’s
        if (i == s or _is_space(left) or left in "([{—–-:/\"“") and right.isalpha() and c not in SQ_CLOSE + "'" \
                or (i == s or _is_space(left) or left in "([{—–-:/") and right.isalpha() and c in SQ_CLOSE + "'":
            if re.match(r"\d0s\b|em\b|til\b|cause\b|n\b", text[i + 1:i + 6]):
                continue
            opens.append(i)
        elif not _is_space(left) and (_is_space(right) or not right.isalnum()):
            closes.append(i)
    out: list[tuple[int, int, bool]] = []
    ci = 0
    last_close = -1
    for o in opens:
        if o <= last_close:
            continue
        cands = [c for c in closes if c > o + 1]
        if not cands:
            continue
        c = cands[0]
        # an apostrophe of a plural possessive (groups’) closes only when no better candidate exists
        if len(text[o + 1:c].split()) > 60:
            continue
        out.append((o, c, False))
        last_close = c
    del ci
    return out


def _find_spans(text: str, paras: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    for pi, (s, e) in enumerate(paras):
        doubles = _pair_double(text, s, e)
        blocked = [(o, c) for o, c, _ in doubles]
        singles = _pair_single(text, s, e, blocked)
        for (o, c, unb), mark in [(d, "double") for d in doubles] + [(x, "single") for x in singles]:
            a, b = o + 1, c
            while a < b and (text[a].isspace()):
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b <= a or not re.search(r"\w", text[a:b]):
                continue
            spans.append(_Span(max(o, s - 1), c, a, b, pi, mark, unb))
    spans.sort(key=lambda x: x.start)
    # multi-paragraph quotes: an unclosed quote followed by a paragraph that opens with a quote mark
    for k, sp in enumerate(spans):
        if sp.unbalanced and sp.close_mark >= paras[sp.para][1] and sp.para + 1 < len(paras):
            ns = paras[sp.para + 1][0]
            if text[ns] in DOUBLE_MARKS + SINGLE_MARKS:
                sp.continues_next = True
    return spans


# --------------------------------------------------------------------------------------------------
# Names and noun phrases
# --------------------------------------------------------------------------------------------------
def _tokens(seg: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _TOKEN_RE.finditer(seg)]


def _is_cap(tok: str) -> bool:
    return bool(_CAP_RE.match(tok)) or tok.lower().startswith(("al-", "el-")) and len(tok) > 3 and tok[3:4].isupper()


def name_chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Capitalised word sequences (with particles such as al-, bin, of) inside text[s:e], as spans.

    >>> t = "said Abu Mahdi al-Muhandis, the leader"; [t[a:b] for a, b in name_chunks(t, 0, len(t))]
    ['Abu Mahdi al-Muhandis']
    """
    toks = _tokens(text[s:e], s)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if _is_cap(toks[i][0]) and toks[i][0] not in {"I"}:
            j = i
            while j + 1 < len(toks):
                nt = toks[j + 1][0]
                gap = text[toks[j][2]:toks[j + 1][1]]
                if gap not in {" ", ""} and not (gap == "" and nt in "’'"):
                    break
                if _is_cap(nt):
                    j += 1
                elif nt.lower() in NAME_PARTICLES | {"of"} and j + 2 < len(toks) and _is_cap(toks[j + 2][0]) \
                        and text[toks[j + 1][2]:toks[j + 2][1]] in {" ", ""}:
                    j += 2
                else:
                    break
            a, b = toks[i][1], toks[j][2]
            while b > a and text[b - 1] in ".’'":
                if text[b - 1] == "." and re.search(r"\b[A-Z]\.$|U\.S\.$", text[a:b]):
                    break
                b -= 1
            out.append((a, b))
            i = j + 1
        elif toks[i][0].lower() in {"al-", "al", "el-", "abu"} and i + 1 < len(toks) and _is_cap(toks[i + 1][0]):
            toks[i + 1] = (toks[i][0] + text[toks[i][2]:toks[i + 1][1]] + toks[i + 1][0], toks[i][1], toks[i + 1][2])
            i += 1
        else:
            i += 1
    return out


def strip_titles(name: str) -> str:
    """Drop leading titles and role adjectives from a capitalised name.

    >>> strip_titles("Iraqi General Hamad Naims"), strip_titles("Mr Biden"), strip_titles("Secretary of State Anthony Blinken")
    ('Hamad Naims', 'Biden', 'Anthony Blinken')
    """
    toks = name.split()
    while len(toks) > 1 and (toks[0].lower().rstrip(".") in TITLES or toks[0].lower() in {"of", "the"}):
        toks = toks[1:]
    return " ".join(toks)


def looks_like_org(name: str) -> bool:
    """True when a capitalised chunk contains organisation or place words.

    >>> looks_like_org("Brookings Institution"), looks_like_org("Hamdi Malik")
    (True, False)
    """
    low = [t.lower().strip("’'.,") for t in name.split()]
    return any(t in ORG_WORDS for t in low) or " of " in f" {name.lower()} " and len(low) > 2


def gender_of(mention: str) -> str:
    """'f', 'm' or '' from a title or a first-name table.

    >>> gender_of("Ms Jenin Plasschaert"), gender_of("Mr Almeida"), gender_of("Hamdi Malik")
    ('f', 'm', '')
    """
    toks = [t.lower().strip(".,") for t in mention.split()]
    if any(t in FEMALE_TITLES for t in toks):
        return "f"
    if any(t in MALE_TITLES for t in toks):
        return "m"
    for t in toks:
        if t in FEMALE_NAMES:
            return "f"
    return ""


def _norm_name(s: str) -> str:
    s = unidecode(s).lower()
    s = re.sub(r"[’'`\-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _n_name_tokens(s: str) -> int:
    return len(re.sub(r"\b(al|el|abu|bin|ibn)\s+", r"\1", _norm_name(s)).split())


def _surname_key(s: str) -> str:
    s = _norm_name(s)
    s = re.sub(r"\b(al|el|abu|bin|ibn)\s+", r"\1", s)
    return s.split()[-1] if s.split() else ""


# --------------------------------------------------------------------------------------------------
# Attribution
# --------------------------------------------------------------------------------------------------
@dataclass
class _Attr:
    cue: str = ""
    cue_start: int = -1
    cue_end: int = -1
    m_start: int = -1
    m_end: int = -1
    role: str = ""
    where: str = ""


_BOUNDARY_WORDS = {"and", "but", "while", "as", "when", "because", "although", "though", "since", "after",
                   "before", "if", "that", "which", "who"}


def _np_span(text: str, a: int, b: int, forward: bool) -> tuple[int, int, str]:
    """Pick the speaker noun phrase in text[a:b] (before or after a cue); returns (start, end, role descriptor)."""
    seg = text[a:b]
    if forward:
        # "said X, a spokesman for Y" -> X ; "said resident Hamza A., his head..." -> resident Hamza A.
        m = re.match(r"\s*(?:" + TIME_ADV + r"\s+)?", seg)
        off = a + (m.end() if m else 0)
        stop = re.search(r"[,.;:!?()\[\]“”\"]|\s(?:on|in|at|after|before|during|when|while|that|who|and|as|to|"
                         r"according|adding|referring|saying)\s", text[off:b])
        end = off + (stop.start() if stop else b - off)
        head_s, head_e = off, end
        rest = text[end:b]
        role = ""
        app = re.match(r"\s*,\s*((?:a|an|the|who|head|chief|spokesman|spokeswoman|spokesperson|"
                       r"director|leader|commander|minister|deputy)\b[^.;“”\"]{0,160}?)(?:,|\.|$)", rest)
        if app:
            role = app.group(1).strip()
    else:
        # subject before the cue: from the last clause boundary
        cut = a
        for m in re.finditer(r"[.;:!?“”\"]|,\s(?=(?:" + "|".join(_BOUNDARY_WORDS) + r")\b)|\b(?:that|and|but)\s", seg):
            cut = a + m.end()
        # drop adverbials that sit between subject and cue
        seg2 = text[cut:b]
        seg2 = re.sub(r"(?:\s*,)?\s*(?:" + TIME_ADV + r"|" + AUX + r")\s*,?\s*$", "", seg2)
        while True:
            new = re.sub(r"(?:\s*,)?\s*(?:" + TIME_ADV + r"|" + AUX + r")\s*,?\s*$", "", seg2)
            if new == seg2:
                break
            seg2 = new
        seg2 = seg2.rstrip(" ,")
        head_s = cut + (len(seg2) - len(seg2.lstrip()))
        head_e = cut + len(seg2)
        role = ""
        # "X, an analyst at Y, said" -> subject X, descriptor the appositive
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", text[head_s:head_e])]
        if len(parts) >= 2:
            first = text[head_s + parts[0][0]:head_s + parts[0][1]]
            later = text[head_s + parts[1][0]:head_s + parts[-1][1]].strip()
            chunks_first = name_chunks(text, head_s + parts[0][0], head_s + parts[0][1])
            if chunks_first or first.strip().lower() in PRONOUNS:
                role = later
                head_e = head_s + parts[0][1]
            else:
                # "the faction, Revenge of X Brigade, said" -> keep the name, role from the first part
                chunks_later = name_chunks(text, head_s + parts[1][0], head_s + parts[1][1])
                if chunks_later:
                    role = first.strip()
                    head_s, head_e = chunks_later[0]
        # strip leading conjunction / preposition words
        m = re.match(r"\s*(?:(?:but|and|so|yet|then|however|also|in turn|meanwhile)\b[\s,]*)+", text[head_s:head_e], re.I)
        if m and m.end() < head_e - head_s:
            head_s += m.end()
    if head_e <= head_s:
        return -1, -1, ""
    # too long to be a subject -> not an attribution
    if len(text[head_s:head_e].split()) > 14:
        return -1, -1, ""
    return head_s, head_e, role


def _find_cue(text: str, a: int, b: int, last: bool) -> re.Match[str] | None:
    ms = list(re.finditer(r"\b(?:according\s+to|" + CUE_RE + r")\b", text[a:b], re.I))
    ms = [m for m in ms if not re.search(r"\bto\s+$", text[max(0, a + m.start() - 4):a + m.start()])
          or m.group().lower().startswith("according")]
    ms = [m for m in ms if not (m.group().lower() in {"call", "calls", "called", "state", "states", "post",
                                                       "report", "note", "notes", "charge", "term", "point",
                                                       "fear", "claims", "cite", "quote", "comment", "thought",
                                                       "written", "agree", "brand", "label"}
                                and not _cue_context_ok(text, a + m.start(), a + m.end()))]
    if not ms:
        return None
    return ms[-1] if last else ms[0]


def _cue_context_ok(text: str, s: int, e: int) -> bool:
    after = text[e:e + 20]
    before = text[max(0, s - 20):s]
    if text[s:e].lower().startswith("call"):
        return bool(re.match(r"\s+(?:it|this|that|them|him|her|the|for)\b", after)) and not re.search(r"\b(?:a|the|our)\s*$", before)
    return bool(re.search(r"(?:he|she|they|it|[A-Z]\w+)\s*$", before)) and not re.search(r"\b(?:a|the|our|this|their)\s*$", before)


def _attr_after(text: str, a: int, b: int) -> _Attr | None:
    """Attribution right after a closing mark: ', he said', ' said X, ...', ', X told reporters'."""
    seg = text[a:b]
    m_end = re.search(r"[.!?](?:\s|$)|[“\"‘]", seg)
    lim = a + (m_end.start() if m_end else len(seg))
    if not re.match(r"\s*[,:;–—-]?\s*\S", seg):
        return None
    q_end = text[:a].rstrip(DOUBLE_MARKS + SINGLE_MARKS)[-1:]
    if not (q_end in ",.!?…-–—" or re.match(r"\s*[,:;–—-]", seg) or re.match(r"\s*" + CUE_RE + r"\b", seg)):
        return None
    cue = _find_cue(text, a, lim, last=False)
    if cue is None:
        return None
    cs, ce = a + cue.start(), a + cue.end()
    between = text[a:cs]
    words = re.findall(r"[\w’'\-\.]+", between)
    if cue.group().lower().startswith("according"):
        s, e, role = _np_span(text, ce, lim, forward=True)
        return _Attr(cue="according to", cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="after")
    if len(words) > 16:
        return None
    if re.fullmatch(r"[\s,:;–—\-]*(?:(?:" + AUX + r")\s+)?", between):
        s, e, role = _np_span(text, ce, lim, forward=True)
        if s < 0:
            return None
        return _Attr(cue=cue.group(), cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="after")
    s, e, role = _np_span(text, a, cs, forward=False)
    if s < 0:
        return None
    if not role:
        app = re.match(r"\s*,\s*([^,.;]{2,160}?)\s*(?:,|\.|$)", text[ce:lim])
        role = ""
        if app and re.match(r"(?:a|an|the|who)\b", app.group(1)):
            role = app.group(1)
    return _Attr(cue=cue.group(), cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="after")


def _attr_before(text: str, a: int, b: int) -> _Attr | None:
    """Attribution before an opening mark in the same sentence: 'X said:', 'X warned that ...', 'according to X,'."""
    seg = text[a:b]
    if not seg.strip():
        return None
    # passive: "described by the government as"
    pm = None
    for pm in re.finditer(r"\b" + PASSIVE_CUES + r"\s+by\s+", seg):
        pass
    if pm is not None:
        s0 = a + pm.end()
        stop = re.search(r"\s(?:as|to|that|of|in|on|for|demanding|saying|who)\b|[,.;:]", text[s0:b])
        e0 = s0 + (stop.start() if stop else b - s0)
        if e0 > s0:
            return _Attr(cue=pm.group().split()[0], cue_start=a + pm.start(), cue_end=a + pm.start() + len(pm.group().split()[0]),
                         m_start=s0, m_end=e0, where="before")
    cue = _find_cue(text, a, b, last=True)
    if cue is None:
        return None
    cs, ce = a + cue.start(), a + cue.end()
    if cue.group().lower().startswith("according"):
        s, e, role = _np_span(text, ce, b, forward=True)
        return _Attr(cue="according to", cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="before")
    s, e, role = _np_span(text, a, cs, forward=False)
    if s < 0:
        # inverted: 'said X:' before the quote
        s, e, role = _np_span(text, ce, b, forward=True)
        if s < 0:
            return None
    return _Attr(cue=cue.group(), cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="before")


# --------------------------------------------------------------------------------------------------
# Speaker resolution inside one article
# --------------------------------------------------------------------------------------------------
@dataclass
class _Person:
    name: str
    start: int
    end: int
    gender: str
    role: str = ""


def _person_mentions(text: str, blocked: list[tuple[int, int]]) -> list[_Person]:
    """Person-like names outside quotes: 2+ capitalised tokens, not organisation/place chunks."""
    out: list[_Person] = []
    for a, b in name_chunks(text, 0, len(text)):
        if any(x <= a < y for x, y in blocked):
            continue
        raw = text[a:b]
        name = strip_titles(raw)
        shift = raw.find(name)
        toks = name.split()
        if not toks or looks_like_org(name):
            continue
        prev = text[max(0, a - 40):a]
        if re.search(r"\b(?:at|of|for|from|with|in|on|into|near|about|against|under|over|to|by)\s+(?:the\s+)?$", prev) \
                and not re.search(r"\baccording\s+to\s+$", prev):
            continue
        after = text[b:b + 40]
        personish = (len(toks) >= 2 and all(t[:1].isupper() or t.lower() in NAME_PARTICLES or t.lower().startswith(("al-", "el-")) for t in toks)
                     and (re.match(r"\s*(?:,\s*(?:a|an|the|who|head|spokes|chief|commander|leader|deputy|director)\b|\s+(?:" + CUE_RE + r")\b|\s+(?:of|from|at)\s+the\b)", after)
                          or re.search(r"\b(?:" + ROLE_NOUNS + r"|said|says|told)\s*$", prev, re.I)
                          or raw != name
                          or toks[0].lower() in FEMALE_NAMES
                          or re.match(r"\s+(?:has|had|was|is|said|says|told|warned|added|described|condemned|acknowledged|questioned)\b", after)))
        if personish:
            ns, ne = a + shift, a + shift + len(name)
            out.append(_Person(name, ns, ne, gender_of(raw), descriptor(text, a, ne)))
    return out


def descriptor(text: str, s: int, e: int) -> str:
    """Role words around a name: a premodifier ('Pentagon spokesman') and/or an apposition (', an analyst at X').

    >>> t = "said Alex Almeida, a security analyst at Horizon, who"; descriptor(t, 5, 17)
    'a security analyst at Horizon'
    """
    parts = []
    pre = re.split(r"[.,;:!?“”\"()\n]|\b(?:" + CUE_RE + r"|and|but|that|while|when)\b", text[max(0, s - 80):s])[-1]
    pre = re.sub(r"^\s*(?:" + "|".join(DETERMINERS) + r")\s+", "", pre.strip(), flags=re.I)
    if pre and re.search(r"\b" + ROLE_NOUNS + r"\b", pre, re.I) and len(pre.split()) <= 7:
        parts.append(pre)
    post = text[e:e + 200]
    m = re.match(r",\s*((?:a|an|the|head|chief|spokesman|spokeswoman|spokesperson|director|leader|commander|"
                 r"minister|deputy|who)\b[^.;:“”\"]{1,150}?)(?=,|\.|;|:|$|\s(?:said|says|told|has|had|was|on)\b)", post)
    if m:
        parts.append(m.group(1).strip())
    else:
        m = re.match(r"\s+(of|from|at)\s+(the\s+[A-Z][^,.;:“”\"]{2,80}?)(?=,|\.|;|\s(?:said|says|told|has|had|was|"
                     r"acknowledged|warned|on)\b)", post)
        if m:
            parts.append(m.group(1) + " " + m.group(2).strip())
    return "; ".join(parts)


def _resolve_name(mention: str, pos: int, persons: list[_Person]) -> str:
    """Resolve a surname or partial name to the nearest fitting full name (earlier first, then later)."""
    base = strip_titles(mention)
    key = _surname_key(base)
    if not key:
        return base
    best, best_d = "", None
    for p in persons:
        if p.name == base:
            continue
        pk = _surname_key(p.name)
        score = max(fuzz.ratio(key, pk), fuzz.ratio(_norm_name(base).replace(" ", ""), _norm_name(p.name).replace(" ", "")[-len(key) - 2:]))
        if score >= 85 or key in [_surname_key(t) for t in p.name.split()]:
            if _n_name_tokens(p.name) <= _n_name_tokens(base) and _n_name_tokens(base) > 1:
                continue
            d = pos - p.start if p.start <= pos else 10_000 + p.start - pos
            if best_d is None or d < best_d:
                best, best_d = p.name, d
    return best or base


def _speaker_from_mention(text: str, s: int, e: int) -> tuple[str, str, str]:
    """(speaker string, type, descriptor) from a mention span: a name, a pronoun or a role."""
    mention = text[s:e].strip()
    low = mention.lower()
    if low in PRONOUNS:
        return "", "pronoun", ""
    chunks = [(a, b) for a, b in name_chunks(text, s, e)]
    persons = [(a, b) for a, b in chunks if not looks_like_org(strip_titles(text[a:b]))
               and not text[b:e].strip()            # the name is the head: nothing after it
               and not (len(strip_titles(text[a:b]).split()) == 1 and a == s
                        and re.fullmatch(ROLE_NOUNS, text[a:b].lower()))]
    first = low.split()[0] if low.split() else ""
    if first in DETERMINERS and not (persons and text[s:persons[-1][0]].strip().endswith(",")):
        persons = []
    if persons:
        a, b = persons[-1]
        name = strip_titles(text[a:b])
        pre = text[s:a].strip()
        return name, "person", pre
    if chunks and first not in DETERMINERS and not re.fullmatch(ROLE_NOUNS, low):
        return mention, "body", ""
    words = mention.split()
    if words and words[0].lower() in DETERMINERS and words[0][0].isupper():
        mention = words[0].lower() + mention[len(words[0]):]
    elif words and words[0][0].isupper() and not chunks:
        mention = mention[0].lower() + mention[1:]
    return mention, "role", mention


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quoted span with kind, cue, speaker mention and resolved speaker.

    >>> df = extract_quotes('“We will respond,” said John Smith, a spokesman. “It is clear.”')
    >>> df[["quote", "kind", "cue", "speaker", "utterance_id"]].values.tolist()
    [['We will respond,', 'direct', 'said', 'John Smith', 0], ['It is clear.', 'direct', 'said', 'John Smith', 0]]
    """
    cols = ["quote_id", "utterance_id", "start", "end", "quote", "kind", "cue", "cue_start", "cue_end",
            "speaker_mention_start", "speaker_mention_end", "speaker_mention", "speaker", "speaker_type",
            "speaker_role", "is_speech", "non_speech_reason", "mark", "unbalanced", "para_index",
            "sent_index", "n_words", "attribution"]
    if not isinstance(text, str) or not text.strip():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    paras = paragraph_spans(text)
    spans = _find_spans(text, paras)
    sents = sentence_starts(text, paras)
    blocked = [(sp.open_mark, sp.close_mark) for sp in spans]
    persons = _person_mentions(text, blocked)

    def sent_index(pos: int) -> int:
        lo = 0
        for k, st in enumerate(sents):
            if st <= pos:
                lo = k
        return lo

    def sent_start(pos: int) -> int:
        return sents[sent_index(pos)] if sents else 0

    rows = []
    prev_row: dict | None = None
    for k, sp in enumerate(spans):
        ps, pe = paras[sp.para]
        q = text[sp.start:sp.end]
        nxt_open = next((x.open_mark for x in spans[k + 1:] if x.para == sp.para), pe)
        prv_close = max([x.close_mark + 1 for x in spans[:k] if x.para == sp.para] + [ps])
        after_a = min(sp.close_mark + 1, pe)
        attr = _attr_after(text, after_a, nxt_open) if after_a < nxt_open else None
        before_a = max(prv_close, sent_start(sp.open_mark if sp.open_mark >= ps else ps))
        if attr is None and sp.open_mark > before_a:
            attr = _attr_before(text, before_a, max(sp.open_mark, before_a))
        first_in_para = sp.open_mark <= ps
        only_quote_para = first_in_para and (not attr) and not text[after_a:pe].strip(" .,\"”’") and \
            not any(x.para == sp.para for x in spans[:k])
        # kind
        prefix = text[before_a:sp.open_mark].strip() if sp.open_mark > before_a else ""
        starts_upper = bool(re.match(r"[\W_]*[A-Z0-9\u00C0-\u00DE]", q))
        ends_full = bool(re.search(r"[.!?,…]['’\"”)\]]*$", q)) or sp.unbalanced
        if not prefix or prefix.endswith(":") or (attr and attr.where == "before" and re.search(CUE_RE + r"\s*,?$", prefix)):
            kind = "direct" if (starts_upper or not prefix) and (ends_full or not text[after_a:after_a + 3].strip()[:1].isalpha()) else "partial"
        else:
            kind = "partial"
        if prefix and not prefix.endswith(":") and not re.search(r"\b" + CUE_RE + r"\s*,?$", prefix, re.I):
            kind = "partial"
        nwords = len(re.findall(r"\w+", q))
        # non-speech categories
        reason = ""
        para_txt = text[ps:pe]
        rest_of_para = (text[ps:sp.open_mark] + text[after_a:pe]) if sp.open_mark >= ps else text[after_a:pe]
        if re.search(r"\b\d{1,2}/\d{1,2}/\s*\d{2,4}\b", text[after_a:pe]) and len(rest_of_para.split()) <= 14 \
                and not re.search(r"\b" + CUE_RE + r"\b", rest_of_para):
            reason = "title"
        elif not rest_of_para.strip(" -–—.,:;*•") and nwords <= 12 and not re.search(r"[.!?]['’\"”]?$", q) and not (prev_row and prev_row.get("_open_next")):
            reason = "crosshead"
        utter = prev_row["utterance_id"] if prev_row else -1
        speaker, stype, role, mention_s, mention_e, cue = "", "", "", -1, -1, ""
        cue_s = cue_e = -1
        where = ""
        if attr and attr.m_start >= 0:
            mention_s, mention_e, cue, cue_s, cue_e, where = attr.m_start, attr.m_end, attr.cue, attr.cue_start, attr.cue_end, attr.where
            speaker, stype, role0 = _speaker_from_mention(text, mention_s, mention_e)
            role = attr.role or role0
        new_utter = True
        same_sentence_follow = prev_row is not None and prev_row["para_index"] == sp.para and not attr
        if prev_row is not None and prev_row["_open_next"] and first_in_para:
            # unclosed paragraph continues here: same utterance
            new_utter, kind = False, "continuation"
        elif same_sentence_follow and prev_row["is_speech"] and prev_row["speaker"]:
            # '"A," he said. "B"' -> same utterance
            new_utter = False
        if (not new_utter or (only_quote_para and prev_row is not None and prev_row["para_index"] >= sp.para - 1
                              and prev_row["speaker"])) and not attr and prev_row is not None:
            if only_quote_para and new_utter:
                kind = "continuation"
            speaker, stype, role = prev_row["speaker"], prev_row["speaker_type"], prev_row["speaker_role"]
            cue, where = prev_row["cue"], "inherited"
            mention_s, mention_e = prev_row["speaker_mention_start"], prev_row["speaker_mention_end"]
            cue_s, cue_e = prev_row["cue_start"], prev_row["cue_end"]
        elif not attr and only_quote_para and sp.para > 0 and not reason:
            # speaker introduced in the previous paragraph by a reporting verb without quote marks
            pps, ppe = paras[sp.para - 1]
            a2 = _attr_before(text, max(pps, sent_start(ppe - 1) if False else pps), ppe)
            if a2 and a2.m_start >= 0 and a2.cue != "according to":
                mention_s, mention_e, cue, cue_s, cue_e = a2.m_start, a2.m_end, a2.cue, a2.cue_start, a2.cue_end
                speaker, stype, role0 = _speaker_from_mention(text, mention_s, mention_e)
                role = a2.role or role0
                where = "previous paragraph"
        if stype == "pronoun":
            speaker, stype2 = _resolve_pronoun(text, text[mention_s:mention_e], mention_s, persons, rows)
            stype = stype2
        elif stype == "person":
            speaker = _resolve_name(speaker, mention_s, persons)
        elif stype == "role" and rows:
            speaker = _resolve_role(speaker, rows) or speaker
        if stype == "person" and speaker:
            descs = [p.role for p in persons if p.name == speaker and p.role]
            local = descriptor(text, mention_s, mention_e) if mention_s >= 0 and where != "inherited" else ""
            role = "; ".join(dict.fromkeys([x for x in [role, local] + descs if x]))
        if new_utter:
            utter = (max(r["utterance_id"] for r in rows) + 1) if rows else 0
        if not reason and not speaker and nwords <= 2:
            reason = "scare quote"
        is_speech = reason == ""
        row = {"quote_id": len(rows), "utterance_id": utter, "start": sp.start, "end": sp.end, "quote": q,
               "kind": kind, "cue": cue.lower() if cue else ("colon" if prefix.endswith(":") else ""),
               "cue_start": cue_s, "cue_end": cue_e, "speaker_mention_start": mention_s,
               "speaker_mention_end": mention_e,
               "speaker_mention": text[mention_s:mention_e] if mention_s >= 0 else "",
               "speaker": speaker if is_speech else "", "speaker_type": stype if is_speech else "",
               "speaker_role": role if is_speech else "", "is_speech": is_speech, "non_speech_reason": reason,
               "mark": sp.mark, "unbalanced": sp.unbalanced, "para_index": sp.para,
               "sent_index": sent_index(sp.start), "n_words": nwords, "attribution": where,
               "_open_next": sp.continues_next}
        if not is_speech:
            row.update(speaker_mention_start=-1, speaker_mention_end=-1, speaker_mention="", cue="",
                       cue_start=-1, cue_end=-1, attribution="")
        rows.append(row)
        prev_row = row if is_speech else prev_row
    # back-fill: the first part of a split quote whose attribution follows the second part
    for r in rows:
        if r["is_speech"] and not r["speaker"]:
            later = [x for x in rows if x["utterance_id"] == r["utterance_id"] and x["speaker"]]
            if later:
                r.update(speaker=later[0]["speaker"], speaker_type=later[0]["speaker_type"], cue=later[0]["cue"])
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return df.sort_values("start", kind="stable").reset_index(drop=True)


def _resolve_pronoun(text: str, pron: str, pos: int, persons: list[_Person], rows: list[dict]) -> tuple[str, str]:
    """Resolve he/she/they/it to the nearest fitting earlier speaker or person mention."""
    g = PRONOUNS.get(pron.lower(), "")
    if g in {"m", "f"}:
        cands = [p for p in persons if p.end <= pos]
        cands += [_Person(r["speaker"], r["speaker_mention_start"], r["speaker_mention_end"], gender_of(r["speaker"]))
                  for r in rows if r["speaker_type"] == "person" and 0 <= r["speaker_mention_start"] < pos]
        cands.sort(key=lambda p: p.start, reverse=True)
        for p in cands:
            pg = p.gender or gender_of(p.name)
            if pg in {g, ""}:
                return _resolve_name(p.name, p.start, persons), "person"
        return "", "pronoun"
    prior = [r for r in rows if r["speaker"] and r["speaker_type"] in {"role", "body"}]
    if prior:
        return prior[-1]["speaker"], prior[-1]["speaker_type"]
    return "", "pronoun"


def _resolve_role(role: str, rows: list[dict]) -> str:
    """'the faction' -> the latest speaker whose descriptor mentions 'faction'."""
    m = re.match(r"the\s+(\w+)$", role.strip(), re.I)
    if not m:
        return ""
    head = m.group(1).lower()
    for r in reversed(rows):
        if r["speaker"] and head in (r["speaker_role"] or "").lower() and r["speaker"].lower() != role.lower():
            return r["speaker"]
    return ""


# --------------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------------
def normalise_speaker(s: str) -> str:
    """Lower-case, ASCII, no leading determiner or titles: the key used to compare speakers.

    >>> normalise_speaker("The Iraqi Army"), normalise_speaker("Mr Almeida")
    ('iraqi army', 'almeida')
    """
    s = unidecode(str(s or "")).lower().strip()
    s = re.sub(r"[’'`]", "", s)
    toks = s.split()
    while toks and (toks[0] in DETERMINERS or toks[0].rstrip(".") in TITLES):
        toks = toks[1:]
    return " ".join(toks)


def same_speaker(a: str, b: str) -> bool:
    """Fuzzy speaker equality: identical keys, a surname match or a token-set ratio >= 85.

    >>> same_speaker("Yahya Rasoul", "Yehia Rasool"), same_speaker("Malik", "Hamdi Malik"), same_speaker("he", "Biden")
    (True, True, False)
    """
    na, nb = normalise_speaker(a), normalise_speaker(b)
    if not na or not nb:
        return na == nb
    if na == nb:
        return True
    if fuzz.token_set_ratio(na, nb) >= 85 and min(len(na), len(nb)) >= 4:
        return True
    return fuzz.ratio(na.replace(" ", "").replace("-", ""), nb.replace(" ", "").replace("-", "")) >= 80


def match_spans(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5) -> pd.DataFrame:
    """One-to-one matches of predicted and gold spans (per doc_id when present) by character overlap.

    >>> p = pd.DataFrame({"start": [0], "end": [10]}); g = pd.DataFrame({"start": [2], "end": [10]})
    >>> match_spans(p, g)[["pred_idx", "gold_idx", "exact"]].values.tolist()
    [[0, 0, False]]
    """
    pairs = []
    p = pred.assign(doc_id=pred["doc_id"] if "doc_id" in pred else "_")
    g = gold.assign(doc_id=gold["doc_id"] if "doc_id" in gold else "_")
    for doc in sorted(set(g["doc_id"]) | set(p["doc_id"])):
        pp, gg = p[p["doc_id"] == doc], g[g["doc_id"] == doc]
        cands = []
        for pi, pr in pp.iterrows():
            for gi, gr in gg.iterrows():
                ov = min(pr["end"], gr["end"]) - max(pr["start"], gr["start"])
                if ov <= 0:
                    continue
                score = ov / max(pr["end"] - pr["start"], gr["end"] - gr["start"])
                if ov / (gr["end"] - gr["start"]) >= min_overlap or ov / (pr["end"] - pr["start"]) >= min_overlap:
                    cands.append((score, pi, gi))
        used_p, used_g = set(), set()
        for score, pi, gi in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            pairs.append({"doc_id": doc, "pred_idx": pi, "gold_idx": gi, "overlap": score,
                          "exact": bool(pred.loc[pi, "start"] == gold.loc[gi, "start"] and pred.loc[pi, "end"] == gold.loc[gi, "end"])})
    return pd.DataFrame(pairs, columns=["doc_id", "pred_idx", "gold_idx", "overlap", "exact"])


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_quotes(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Span precision/recall/F1 (overlap >= 50 % and exact) and speaker accuracy on matched speech quotes.

    Only rows with is_speech True count on both sides.
    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [1], "end": [5], "speaker": ["Kirby"], "is_speech": [True]})
    >>> p = g.assign(speaker="John Kirby"); evaluate_quotes(p, g)["speaker_accuracy"]
    1.0
    """
    pr = pred[pred["is_speech"].astype(bool)].reset_index(drop=True) if "is_speech" in pred else pred.reset_index(drop=True)
    gd = gold[gold["is_speech"].astype(bool)].reset_index(drop=True) if "is_speech" in gold else gold.reset_index(drop=True)
    m = match_spans(pr, gd)
    p, r, f = _prf(len(m), len(pr), len(gd))
    ex = int(m["exact"].sum()) if len(m) else 0
    pe, re_, fe = _prf(ex, len(pr), len(gd))
    correct = [same_speaker(pr.loc[a, "speaker"], gd.loc[b, "speaker"]) for a, b in zip(m["pred_idx"], m["gold_idx"])]
    return {"n_pred": len(pr), "n_gold": len(gd), "matched": len(m), "precision": p, "recall": r, "f1": f,
            "exact_precision": pe, "exact_recall": re_, "exact_f1": fe,
            "speaker_accuracy": (sum(correct) / len(correct)) if correct else 0.0,
            "speaker_accuracy_all_gold": (sum(correct) / len(gd)) if len(gd) else 0.0}


def quote_errors(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Table of errors: missed gold quotes, spurious predictions, boundary and speaker mismatches.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [1], "end": [5], "quote": ["abcd"], "speaker": ["X"], "is_speech": [True]})
    >>> quote_errors(g.iloc[:0], g)["error"].tolist()
    ['missed']
    """
    pr = pred[pred["is_speech"].astype(bool)].reset_index(drop=True) if "is_speech" in pred else pred.reset_index(drop=True)
    gd = gold[gold["is_speech"].astype(bool)].reset_index(drop=True) if "is_speech" in gold else gold.reset_index(drop=True)
    m = match_spans(pr, gd)
    doc = lambda df, i: df.loc[i, "doc_id"] if "doc_id" in df else ""  # noqa: E731
    rows = []
    for _, x in m.iterrows():
        a, b = x["pred_idx"], x["gold_idx"]
        if not x["exact"]:
            rows.append({"doc_id": doc(gd, b), "error": "boundary", "gold_quote": gd.loc[b, "quote"],
                         "pred_quote": pr.loc[a, "quote"], "gold_speaker": gd.loc[b, "speaker"],
                         "pred_speaker": pr.loc[a, "speaker"]})
        if not same_speaker(pr.loc[a, "speaker"], gd.loc[b, "speaker"]):
            rows.append({"doc_id": doc(gd, b), "error": "speaker", "gold_quote": gd.loc[b, "quote"],
                         "pred_quote": pr.loc[a, "quote"], "gold_speaker": gd.loc[b, "speaker"],
                         "pred_speaker": pr.loc[a, "speaker"]})
    for b in sorted(set(gd.index) - set(m["gold_idx"])):
        rows.append({"doc_id": doc(gd, b), "error": "missed", "gold_quote": gd.loc[b, "quote"], "pred_quote": "",
                     "gold_speaker": gd.loc[b, "speaker"], "pred_speaker": ""})
    for a in sorted(set(pr.index) - set(m["pred_idx"])):
        rows.append({"doc_id": doc(pr, a), "error": "spurious", "gold_quote": "", "pred_quote": pr.loc[a, "quote"],
                     "gold_speaker": "", "pred_speaker": pr.loc[a, "speaker"]})
    cols = ["doc_id", "error", "gold_quote", "pred_quote", "gold_speaker", "pred_speaker"]
    return pd.DataFrame(rows, columns=cols).sort_values(["doc_id", "error"], kind="stable").reset_index(drop=True)


def extract_corpus_quotes(articles: pd.DataFrame, text_col: str = "text") -> pd.DataFrame:
    """Run extract_quotes over a table of articles (doc_id + text) and stack the results.

    >>> extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": ['“Hi there,” he said.']}))["doc_id"].tolist()
    ['a']
    """
    parts = []
    for doc_id, txt in zip(articles["doc_id"], articles[text_col]):
        q = extract_quotes(txt)
        q.insert(0, "doc_id", doc_id)
        parts.append(q)
    if not parts:
        return extract_quotes("").assign(doc_id=pd.Series(dtype=object))
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
