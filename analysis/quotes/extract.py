"""Quotation extraction: quote marks, reporting cues, speaker mentions and in-article speaker resolution.

Public API:
- ``extract_quotes(text)``: one row per quoted span (offsets of the quoted words, marks excluded), with
  kind, cue, speaker mention, resolved speaker and is_speech (schema: ``QUOTE_COLUMNS``);
- ``extract_corpus_quotes(articles)``: the same for a table of articles (doc_id + text);
- ``evaluate_quotes(pred, gold)``, ``quote_errors(pred, gold)``, ``match_spans``: validation against a hand
  annotation; ``same_speaker`` / ``normalise_speaker``: the speaker comparison used there.
Everything is rule based (quote-mark pairing, a cue-verb lexicon, noun-phrase heuristics) so it runs
offline and is deterministic. Cross-article speaker identity lives in ``analysis.speakers``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

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
    "read", "reads", "telling", "noting", "insisting", "arguing", "stressing", "explaining", "declaring",
    "asking", "urging", "writing", "announcing", "claiming", "vowing", "pledging", "threatening",
    "calling", "describing", "accusing", "branding", "labelling", "labeling", "dismissing", "denouncing",
    "condemning", "praising", "hailing", "terming", "warning", "insisting", "acknowledging", "admitting",
    "reject", "rejects", "rejected", "rejecting", "find", "finds", "found",
})
CUE_RE = r"(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r")"
PASSIVE_CUES = r"(?:said|described|quoted|cited|told|reported|stated|called|branded|labelled|labeled|termed|claimed|denounced|condemned|dismissed|hailed|praised)"
AUX = r"(?:has|have|had|was|were|is|are|also|later|then|again|earlier|once|previously|recently|would|will|could|has\s+also|had\s+earlier)"
TIME_ADV = (r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|in)\s+(?:a\s+|an\s+|his\s+|"
            r"her\s+|its\s+|their\s+|the\s+)?(?:\w+\s+)?"
            r"(?:statement|interview|post|tweet|video|speech|briefing|message|letter)|yesterday|today|last\s+\w+|this\s+week|"
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
    "analyst", "researcher", "expert", "resident", "official", "activist", "witness", "cleric", "lawyer",
    "navy", "army", "air", "force", "marine", "marines", "corps", "coast", "guard", "retired", "rear",
    "adviser", "advisor", "envoy", "special", "constable", "temporary", "acting", "detective", "inspector",
    "superintendent", "officer", "pc", "dc", "ds", "di", "dci", "chancellor", "home", "attorney", "solicitor",
    "first", "lady", "lord", "baroness", "dame", "sir", "rabbi", "father", "bishop", "archbishop", "cardinal",
    "mullah", "hajji", "haji", "speaker", "premier", "crown", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "councilman", "councilwoman", "councillor", "alderman", "delegate", "commissioner",
    "coach", "manager", "captain", "skipper", "boss", "referee", "ceo", "chairperson", "founder",
    "sayyed", "sayed", "seyed", "seyyed", "sayid", "hajj", "mufti", "patriarch", "reverend", "rev",
    "executive", "chairman", "chairwoman", "director", "treasurer",
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
    "society", "association", "foundation", "trust", "federation", "club", "commission", "alliance", "fund",
    "charity", "board", "court", "tribunal", "parliament", "assembly", "police", "inc", "inc.", "corp", "corp.",
    "ltd", "plc", "llc", "co.", "foods", "industries", "holdings", "partners", "securities", "capital", "group",
}
FEMALE_NAMES = set("""mary sarah sara jenin jeanine jeannine hillary nancy kamala karine sabrina linda samantha
fatima fatma aisha ayesha maryam zainab zaynab layla leila huda hanan rania nour noor marsin lina dana rasha amal
emily elizabeth anna anne jennifer jessica julia laura lisa maria michelle rebecca susan victoria helen catherine
kate rachel ruth deborah barbara patricia margaret hannah emma olivia sophia isabel caroline claire charlotte
nadia yasmin yasmine farah dalia ghada salma mona lama reem rana hala ola zeina jeanne christine katherine
kathleen ellen kristina tina wendy ursula antonia angela theresa madeleine condoleezza nikki sabine jane joanna
joan alice amy heather megan melissa nicole stephanie tamara vanessa zahra shirin maha lubna suha
karen laura amanda denise janet judith diane ruth grace priya olena irina natalia olga elena sofia ana claudia
renee kristi jenna dolores joanne gill fiona sally louise sophie chloe lucy jess jessie marcia ingrid mariana
minette margrethe liv gina paula donna carol sandra sharon cynthia kathy pamela debra martha frances gloria
teresa julie joyce evelyn cheryl andrea kimberly ashley brenda diana natasha svetlana tatiana anastasia
ayse fatima leyla zeynep amina ngozi chioma thandi lindiwe nadia""".split())
MALE_NAMES = set("""john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony antony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory alexander frank
patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
johnny antonio lloyd ned jake pat alex joel tim tom nick andy jim bill dick geoff chris matt mike dan ben sam greg
hamdi hamza hamad mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hasan hussein husain hussain omar umar
abdul abdullah abdel abd khalid khaled mahmoud mustafa mostafa ibrahim ismail youssef yusuf yousef karim kareem
tariq tarek walid waleed samir sami nabil fadi rami ziad bilal jamal kamal adel adil haider hayder haidar abbas
qais qassem qasim qasem akram nouri nuri jaafar jafar basim basem yahya yehia saad saeed salem salim faisal fahad
majid nasser nasir nazri osama usama ayman amir amr hisham hazem imad emad falah fuad ghassan hadi hani ihsan
jabbar kadhim kazem latif mahdi mehdi moqtada muqtada raad riyadh sabah sadiq sattar sharif tahsin tahseen wael
zaid zayd hakim mohsen hossein reza javad ebrahim masoud massoud hamid majed faleh falih thamer ammar anas
dmitry vladimir sergei sergey igor ivan andrei mikhail volodymyr olaf emmanuel jean pierre francois hans klaus
recep yoav naftali yair isaac shimon avi moshe rishi boris keir narendra shinzo fumio jair luiz gustavo mauricio
andres carlos luis jorge miguel pedro manuel francisco javier sergio gerhard bernhard quinton kenneth lindsey
jaime dong wim xay""".split())
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "queen", "spokeswoman", "congresswoman", "chairwoman"}
MALE_TITLES = {"mr", "sir", "king", "prince", "sheikh", "spokesman", "congressman", "chairman", "father", "brother"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "col", "gen", "general", "maj", "major", "lt", "capt",
              "sgt", "adm", "president", "minister", "secretary", "sheikh", "senator", "sen", "rep", "gov"}
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s", "him": "m", "her": "f"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "some", "several", "many", "other", "another", "its",
               "his", "her", "their", "our", "this", "that", "these", "those"}
ROLE_NOUNS = (r"(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|analyst|analysts|"
              r"expert|experts|resident|residents|witness|witnesses|commander|leader|minister|officer|diplomat|"
              r"diplomats|statement|faction|group|militia|ministry|army|military|government|mission|agency|"
              r"researcher|fellow|observer|observers|activist|lawmaker|politician|member|members|soldier|"
              r"civilian|civilians|man|woman|father|mother|spokesperson|representative|envoy|adviser|advisor|"
              r"general|colonel|lieutenant|brigadier|major|captain|president|secretary|chief|head|director|"
              r"governor|ambassador|sheikh|cleric|police|policeman|doctor|nurse|journalist|reporter|"
              r"professor|student|farmer|shopkeeper|driver|counterpart|colleague|neighbou?r|partner|wife|husband|son|"
              r"daughter|brother|sister|friend|rival|predecessor|successor|boss|coach|manager|team-?mate|co-author|"
              r"lawyer|attorney|economist|scientist|chairman|chairwoman|founder|owner|executive|editor|author)")
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
        for m in re.finditer(r"[.!?…][\"”’'»)\]]*(?:\s+|(?=[“‘]))(?=[\"“‘'«(\[`]*[A-Z0-9\u00C0-\u00DE])", text[s:e]):
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


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


_DOUBLE_RE = re.compile(r"``|''|[" + re.escape(DOUBLE_MARKS) + "]")


def _pair_double(text: str, s: int, e: int) -> list[tuple[int, int, bool]]:
    """Pair double quote marks inside one paragraph; returns (open, close, unbalanced).

    ``open`` is the offset of the (last character of the) opening mark and ``close`` the offset of the
    (first character of the) closing mark, so the quoted words are text[open + 1:close]. PTB-style
    ``...'' marks are supported.
    >>> _pair_double('a “b” c', 0, 7)
    [(2, 4, False)]
    """
    out: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in _DOUBLE_RE.finditer(text, s, e):
        ms, me = m.start(), m.end()
        glyph = m.group()
        left = text[ms - 1] if ms > s else ""
        right = text[me] if me < e else ""
        is_open_glyph = glyph in DQ_OPEN or glyph == "``"
        is_close_glyph = glyph == "''"
        opening_ctx = (ms == s or _is_space(left) or left in "([{—–-:/") and not _is_space(right)
        closing_ctx = not _is_space(left) and (_is_space(right) or not right.isalnum())
        if open_at is None:
            if (opening_ctx or ms == s or is_open_glyph) and not is_close_glyph:
                open_at = me - 1
            elif closing_ctx and not out and re.match(r"[\s,]*(?:[\w’'.\- ]{0,40}?\b)?" + CUE_RE + r"\b", text[me:me + 60]):
                # stray closing mark followed by an attribution: the quote began at the paragraph start
                out.append((s - 1, ms, True))
            continue
        if is_open_glyph and _is_space(left) and not _is_space(right) and ms - open_at > 1:
            # a new opening while one is open: the earlier quote was never closed
            j = ms
            while j > open_at + 1 and text[j - 1].isspace():
                j -= 1
            out.append((open_at, j, True))
            open_at = me - 1
            continue
        out.append((open_at, ms, False))
        open_at = None
    if open_at is not None:
        out.append((open_at, e, True))
    return out


def _pair_single(text: str, s: int, e: int, blocked: list[tuple[int, int]],
                 next_opens_quote: bool = False) -> list[tuple[int, int, bool]]:
    """Pair single quote marks outside double-quoted spans; apostrophes are skipped.

    An opening mark with no close runs to the paragraph end when the next paragraph opens with a quote mark
    or the mark follows a colon (multi-paragraph quotes in British style).
    """
    starts = [a for a, _ in blocked]

    def inside(i: int) -> bool:
        k = bisect.bisect_right(starts, i + 1) - 1
        # inside a double-quoted span, or the second character of a PTB-style `` / '' mark
        return any(a <= i <= b or (i == b + 1 and text[i] == "'" and text[b] == "'")
                   or (i == a - 1 and text[i] == "`" and text[a] == "`") for a, b in blocked[max(0, k - 1):k + 2])

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
    last_close = -1
    if len(opens) > 400:   # a table or a list of feet/inches, not prose: leave single marks alone
        return out
    for oi, o in enumerate(opens):
        if o <= last_close:
            continue
        nxt_open = opens[oi + 1] if oi + 1 < len(opens) else e
        cands = closes[bisect.bisect_right(closes, o + 1):]
        if not cands:
            strong_open = text[o] in SQ_OPEN or o == s
            if strong_open and (next_opens_quote or re.search(r":\s*$", text[max(s, o - 3):o])) and \
                    oi + 1 == len(opens):
                out.append((o, e, True))
                last_close = e
            continue
        strong = [c for c in cands if c < nxt_open and (text[c - 1] in ",.!?;:…" or c + 1 >= e)]
        weak = [c for c in cands if c < nxt_open and text[c - 1] not in "sS"]
        c = (strong or weak or cands)[0]
        # an apostrophe of a plural possessive (groups’) closes only when no better candidate exists
        if len(text[o + 1:c].split()) > 60:
            continue
        out.append((o, c, False))
        last_close = c
    return out


def _find_spans(text: str, paras: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    for pi, (s, e) in enumerate(paras):
        doubles = _pair_double(text, s, e)
        blocked = [(o, c) for o, c, _ in doubles]
        nxt = paras[pi + 1][0] if pi + 1 < len(paras) else -1
        singles = _pair_single(text, s, e, blocked, nxt >= 0 and text[nxt] in SQ_OPEN + "'")
        # 'He said to me, "Mum, I'll be home,"' recalled X: a double-quoted span nested in a single-quoted one
        doubles = [d for d in doubles if not any(o < d[0] and d[1] < c for o, c, _ in singles)]
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
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if text[ns] in DOUBLE_MARKS + SINGLE_MARKS or (nxt is not None and nxt.para == sp.para + 1
                                                           and nxt.open_mark == ns - 1 and nxt.unbalanced):
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
                elif nt.lower() in NAME_PARTICLES | {"of"} and nt.lower() not in {"at", "as", "an", "ad"} \
                        and j + 2 < len(toks) and _is_cap(toks[j + 2][0]) \
                        and text[toks[j + 1][2]:toks[j + 2][1]] in {" ", ""}:
                    j += 2
                else:
                    break
            a, b = toks[i][1], toks[j][2]
            if re.search(r"[’']s$", text[a:b]) and b - a > 3:
                b -= 2   # possessive: "Joe Biden’s" -> "Joe Biden"
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
    poss = list(re.finditer(r"[’']s\s+", name))
    if poss:
        name = name[poss[-1].end():]   # "the White House's Kirby" -> "Kirby"
    toks = name.split()
    while len(toks) > 2 and toks[0].lower().rstrip(".,") in _LEADING_NON_NAME:
        toks = toks[1:]   # 'But Jordan Hale', 'Neighbor Linda Perez' (a sentence-initial word glued to the name)
    while len(toks) > 1 and (_is_title_word(toks[0], TITLES) or toks[0].lower() in {"of", "the"}
                             or (re.fullmatch(r"[A-Z][A-Z.]{1,4}|[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)", toks[0])
                                 and _is_title_word(toks[1], TITLES))):
        toks = toks[1:]
    # a title further in ("Medford Police Lt. Geoff Kirkpatrick"): keep what follows the last title word
    idx = [i for i, t in enumerate(toks) if _is_title_word(t, _RANK_TITLES) and i < len(toks) - 1]
    if idx and len(toks) - idx[-1] - 1 >= 1 and len(toks) >= 3:
        toks = toks[idx[-1] + 1:]
    return " ".join(toks)


def _is_title_word(tok: str, table: set[str]) -> bool:
    """A title word, including hyphenated compounds of titles ('Secretary-General', 'Vice-Admiral').

    >>> _is_title_word("Secretary-General", TITLES), _is_title_word("Dr.", TITLES), _is_title_word("Smith-Jones", TITLES)
    (True, True, False)
    """
    low = tok.lower().rstrip(".,")
    if low in table or tok.lower() in table:
        return True
    parts = [x for x in low.split("-") if x]
    return len(parts) > 1 and all(x in table or x in TITLES or x in _TITLE_PARTS for x in parts) \
        and any(x in table for x in parts)


#: words that only occur inside hyphenated titles ('Director-General', 'Under-Secretary-General')
_TITLE_PARTS = {"director", "under", "surgeon", "auditor", "in", "at", "arms", "elect", "designate"}


#: sentence-initial words that get capitalised and glued to a following name; never part of it
_LEADING_NON_NAME = {"but", "and", "so", "yet", "however", "then", "when", "while", "after", "before", "as", "if",
                     "because", "though", "although", "meanwhile", "also", "still", "now", "instead", "neighbor",
                     "neighbour", "resident", "witness", "star", "boss", "veteran", "actor", "actress", "singer",
                     "author", "novelist", "writer", "striker", "midfielder", "defender", "goalkeeper", "player",
                     "rev", "rt", "the", "tennis", "golfer", "economist", "scientist", "librarian", "nurse",
                     "doctor", "teacher", "student", "farmer", "shopkeeper", "survivor", "victim", "mother",
                     "father", "wife", "husband", "son", "daughter", "brother", "sister", "lawyer", "attorney",
                     "passenger", "team-mate", "teammate", "colleague", "customer", "shopper", "commuter", "voter",
                     "motorist", "pensioner", "parent", "grandmother", "grandfather", "widow", "fan", "supporter",
                     "spectator", "tourist", "visitor", "volunteer", "protester", "activist", "campaigner", "patient",
                     "opposition", "backbencher", "businessman", "businesswoman", "entrepreneur", "investor"}

#: unambiguous rank/office words that never start a personal name part
_RANK_TITLES = {"mr", "mrs", "ms", "dr", "prof", "col", "colonel", "gen", "lt", "lieutenant", "brig", "brigadier",
                "capt", "sgt", "sergeant", "adm", "admiral", "cmdr", "spokesman", "spokeswoman", "spokesperson",
                "president", "minister", "secretary", "senator", "sen", "rep", "gov", "governor", "ambassador",
                "constable", "detective", "inspector", "superintendent", "chancellor", "mayor", "sheikh", "ayatollah",
                "imam", "commander", "chief", "officer", "pc", "dc", "ds", "di", "dci", "maj", "major", "general",
                "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman",
                "councillor", "commissioner", "attorney", "judge", "justice", "mp", "mep", "msp", "mla", "mk"}


def looks_like_org(name: str) -> bool:
    """True when a capitalised chunk contains organisation or place words.

    >>> looks_like_org("Brookings Institution"), looks_like_org("Hamdi Malik")
    (True, False)
    """
    low = [t.lower().strip("’'.,") for t in name.split()]
    return any(t in ORG_WORDS for t in low) or " of " in f" {name.lower()} " and len(low) > 2


def gender_of(mention: str) -> str:
    """'f', 'm' or '' from a title or a first-name table.

    >>> gender_of("Ms Jenin Plasschaert"), gender_of("Mr Almeida"), gender_of("Renad Mansour")
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
        if t in MALE_NAMES:
            return "m"
    return ""


@lru_cache(maxsize=4096)
def _norm_name(s: str) -> str:
    s = unidecode(s).lower()
    s = re.sub(r"[’'`\-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _n_name_tokens(s: str) -> int:
    return len(re.sub(r"\b(al|el|abu|bin|ibn)\s+", r"\1", _norm_name(s)).split())


@lru_cache(maxsize=4096)
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
                   "before", "if", "that"}
_INTRO = re.compile(r"\s*(?:According|In|On|At|After|Before|During|Since|Speaking|Asked|Later|Earlier|Meanwhile|However|But|"
                    r"And|Yesterday|Today|Separately|Also|Still|Instead|Nonetheless|Moreover|Overall|For|From|With|"
                    r"Without|Despite|Following|Writing|Responding|Addressing|When|While|As|If|Although|Though)\b")
_APPOSITIVE_START = re.compile(r"\s*(?:a|an|the|who|which|whose|head|chief|spokes\w+|director|leader|commander|"
                               r"minister|deputy|secretary|speaking|citing|aged|himself|herself|also|one\s+of|\d+|"
                               r"president|founder|member|editor|author|professor|analyst|expert|fellow|researcher|former|ex|retired|"
                               r"then|chair|chairman|chairwoman|from|of|at|with|in|for|on\s+behalf|representing|"
                               r"executive|managing|senior|junior|assistant|associate|vice|ceo|cfo|coo|cto|chair\w*|"
                               r"partner|owner|professor|lecturer|student|resident|mother|father|wife|husband|son|"
                               r"daughter|brother|sister|aged)\b",
                               re.I)
_PARTICIPLE = re.compile(r"\s*[a-z]+(?:ing|ed)\b")   # ', breathing easy after the win,' (case-sensitive)


#: '-ly' adverbs between a subject and its verb ('has repeatedly warned'); nouns in -ly are excluded
_LY_ADV = (r"(?!(?:family|ally|assembly|rally|supply|monopoly|bully|anomaly|homily|italy|reply|lily|jelly|belly|"
           r"daily|weekly|monthly|quarterly|elderly|deputy)\b)[a-z]{3,}ly")


def _np_span(text: str, a: int, b: int, forward: bool) -> tuple[int, int, str]:
    """Pick the speaker noun phrase in text[a:b] (before or after a cue); returns (start, end, role descriptor)."""
    seg = text[a:b]
    if forward:
        # "said X, a spokesman for Y" -> X ; "said resident Hamza A., his head..." -> resident Hamza A.
        m = re.match(r"\s*(?:" + TIME_ADV + r"\s+)?", seg)
        off = a + (m.end() if m else 0)
        stop = re.search(r"[,;:!?()\[\]“”\"]|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bProf|\bCapt|\bBrig|\bSupt|\bCmdr|\bSgts)\.(?=\s|$)|\s(?:on|in|at|after|before|during|when|while|that|who|and|as|to|"
                         r"according|adding|referring|saying)\s", text[off:b])
        end = off + (stop.start() if stop else b - off)
        if re.match(r"(?:that|which|whether|if|to|how|why|what)\b", text[off:b]):
            return -1, -1, ""   # 'said in a post that it had ...': no speaker after the cue
        head_s, head_e = off, end
        rest = text[end:b]
        role = ""
        nm = re.match(r"\s*,\s*((?:[A-Z][\w.’'\-]*\s+){1,5}[A-Z][\w’'\-]*)(?=\s*(?:,|\.|;|$))", rest)
        if nm and re.match(r"(?:the|a|an|its|his|her|their)\s", text[head_s:head_e], re.I) \
                and not looks_like_org(strip_titles(nm.group(1))):
            role = text[head_s:head_e]          # "said the spokesperson, Col. Richard Goldenberg"
            head_s, head_e = end + nm.start(1), end + nm.end(1)
            rest = text[head_e:b]
        if re.match(r"(?:the|a|an)\s", text[head_s:head_e], re.I) and not name_chunks(text, head_s, head_e):
            clause_end = end + (re.search(r"[,.;:!?]|$", text[end:b]).start())
            tail = [c for c in name_chunks(text, end, clause_end) if c[1] == clause_end or
                    not text[c[1]:clause_end].strip()]
            if tail and len(strip_titles(text[tail[-1][0]:tail[-1][1]]).split()) >= 2 and \
                    len(text[end:clause_end].split()) <= 10 and not re.search(
                        r"\b(?:after|before|to|against|during|over|when|while|with|for|following|at|on|by|from|"
                        r"a|an)\b", text[end:tail[-1][0]]):
                role = text[head_s:tail[-1][0]].strip()   # 'said the minister of state in the PMO V Narayanasamy'
                head_s, head_e = tail[-1]
                rest = text[head_e:b]
        app = re.match(r"\s*,\s*((?:a|an|the|who|head|chief|spokesman|spokeswoman|spokesperson|"
                       r"director|leader|commander|minister|deputy)\b[^.;“”\"]{0,160}?)(?:,|\.|$)", rest)
        if app:
            role = app.group(1).strip()
    else:
        # subject before the cue: from the last clause boundary
        cut = a
        for m in re.finditer(r"[;:!?“”\"]|\s[-–—]\s|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bProf|\bCapt|\bBrig|\bSupt|\bCmdr|\bSgts)\.(?=\s)|"
                             r",\s(?=(?:" + "|".join(_BOUNDARY_WORDS) + r")\b)|\b(?:that|what|whom|which)\s|"
                             r"(?<=[a-z] )(?:after|because|although|though|whereas|until|unless)\s(?=[A-Za-z][^,]*$)", seg):
            cut = a + m.end()
        # drop adverbials that sit between subject and cue
        seg2 = text[cut:b]
        seg2 = re.sub(r"(?:\s*,)?\s*\b(?:" + TIME_ADV + r"|" + AUX + r"|" + _LY_ADV + r")\s*,?\s*$", "", seg2)
        while True:
            new = re.sub(r"(?:\s*,)?\s*\b(?:" + TIME_ADV + r"|" + AUX + r"|" + _LY_ADV + r")\s*,?\s*$", "", seg2)
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
            # walk back from the verb over appositions (", an analyst at X,") to the subject
            k = len(parts) - 1
            def _is_intro(j: int) -> bool:
                seg_j = text[head_s + parts[j][0]:head_s + parts[j][1]]
                tail = re.search(r"[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\s*$", seg_j)
                personish = bool(tail) and not re.search(r"[’']s\b", tail.group()) and not looks_like_org(tail.group())
                return bool(_INTRO.match(seg_j)) and not personish
            while k > 0 and (_APPOSITIVE_START.match(text[head_s + parts[k][0]:head_s + parts[k][1]])
                             or _PARTICIPLE.match(text[head_s + parts[k][0]:head_s + parts[k][1]])) \
                    and not _is_intro(k - 1):
                k -= 1
            def _has_person(j: int) -> bool:
                return any(len(strip_titles(text[x:y]).split()) >= 2 and not looks_like_org(strip_titles(text[x:y]))
                           for x, y in name_chunks(text, head_s + parts[j][0], head_s + parts[j][1]))
            if k == len(parts) - 1 and k > 0 and not _has_person(k) and _has_person(0) \
                    and not _INTRO.match(text[head_s + parts[0][0]:head_s + parts[0][1]]):
                k = 0   # 'David Jaffe, CEO of Ascena, said': the apposition is not the subject
            if k > 0:
                subj = (head_s + parts[k][0], head_s + parts[k][1])
                role = ", ".join(text[head_s + a_:head_s + b_].strip() for a_, b_ in parts[k + 1:])
                if not role and re.match(r"\s*(?:the|a|an)\s", text[head_s + parts[k - 1][0]:head_s + parts[k - 1][1]], re.I) \
                        and name_chunks(text, *subj):
                    role = text[head_s + parts[k - 1][0]:head_s + parts[k - 1][1]].strip()
                head_s, head_e = subj
                parts = []
            elif k == 0 and len(parts) >= 2 and _has_person(0):
                role = ", ".join(text[head_s + a_:head_s + b_].strip() for a_, b_ in parts[1:])
                head_e = head_s + parts[0][1]
                parts = []
        if len(parts) >= 2:
            first = text[head_s + parts[0][0]:head_s + parts[0][1]]
            later = text[head_s + parts[1][0]:head_s + parts[-1][1]].strip()
            chunks_first = name_chunks(text, head_s + parts[0][0], head_s + parts[0][1])
            if chunks_first and not first.strip().split()[0].lower() in DETERMINERS or first.strip().lower() in PRONOUNS \
                    or re.match(r"\s*(?:speaking|who|citing|requesting|asking|declining|on condition)\b", later) \
                    or _PARTICIPLE.match(later):
                role = later
                head_e = head_s + parts[0][1]
            else:
                # "the faction, Revenge of X Brigade, said" -> keep the name, role from the first part
                chunks_later = name_chunks(text, head_s + parts[1][0], head_s + parts[1][1])
                if chunks_later:
                    role = first.strip()
                    head_s, head_e = chunks_later[0]
        # strip leading conjunction / preposition words
        pm = re.search(r"\b(he|she|they|it|we|I)$", text[head_s:head_e])
        if pm and pm.start() > 0:
            head_s += pm.start()   # 'On Twitter he said'
        m = re.match(r"\s*(?:(?:but|and|so|yet|then|however|also|in turn|meanwhile|while|when|as|although|though|"
                     r"after|before|since|if|whereas|earlier|later|separately|still|now|instead)\b[\s,]*)+",
                     text[head_s:head_e], re.I)
        if m and m.end() < head_e - head_s:
            head_s += m.end()
        elif m and m.end() >= head_e - head_s and re.match(r"[A-Za-z]+ing\b", text[b:b + 20]) \
                and not re.fullmatch(r"\s*(?:and|but|or|yet)\s*", text[head_s:head_e], re.I):
            return -1, -1, ""   # '..., while noting that': the subject is the main clause's
        elif m and re.fullmatch(r"\s*(?:and|but|or|yet)\s*", text[head_s:head_e], re.I) and head_s > a:
            # coordinated verbs share the subject: 'Tim Long, an analyst, lowered X, but maintained "..."'
            return _np_span(text, a, head_s, forward=False)
    while head_s < head_e and text[head_s] in " \t\n,":
        head_s += 1
    while head_e > head_s and text[head_e - 1] in " \t\n,":
        head_e -= 1
    if not forward and head_e > head_s:
        head_e = _cut_at_verb(text, head_s, head_e)
    if head_e <= head_s:
        return -1, -1, ""
    # too long to be a subject -> not an attribution
    if len(text[head_s:head_e].split()) > 14:
        return -1, -1, ""
    return head_s, head_e, role


def _according_np(text: str, a: int, b: int) -> tuple[int, int, str]:
    """NP after 'according to': 'a statement from the ministry' -> 'the ministry'."""
    m = re.match(r"\s*(?:an?|the)?\s*(?:\w+\s+)?(?:statement|report|analysis|data|figures|tally|count|spokesman|"
                 r"spokeswoman|spokesperson|post|video|message)\s+(?:by|from|of|issued by|released by)\s+", text[a:b])
    if m:
        return _np_span(text, a + m.end(), b, forward=True)
    s, e, role = _np_span(text, a, b, forward=True)
    app = re.match(r"\s*,\s*((?:[A-Z][\w\-’'.]*\s+){1,3}[A-Z][\w\-’']*)\s*,", text[e:b]) if s >= 0 else None
    if app and not looks_like_org(app.group(1)) and re.search(r"\b(?:" + ROLE_NOUNS + r")$", text[s:e].lower()):
        # 'according to Kallas's spokesperson, Liis Tamm, "..."' -> the named spokesperson
        return e + app.start(1), e + app.end(1), text[s:e]
    return s, e, role


_VERBISH = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            "did", "does", "do", "spoke", "met", "went", "came", "gave", "took", "made", "began", "held", "sent",
            "speaks", "appeared", "issued", "released", "published", "wrote", "spoke", "responded", "reacted",
            "struck", "hit", "visited", "arrived", "left", "remained", "seemed", "appears", "seems", "gets", "got"}
_PREPS = {"a", "an", "the", "to", "on", "in", "at", "with", "for", "of", "from", "by", "about", "after", "before",
          "his", "her", "their", "its", "our", "this", "that", "it", "them", "him", "up", "out", "off", "over"}


#: lowercase words that may follow a name inside a subject noun phrase (never a verb there)
_NOT_VERBS = {"and", "or", "nor", "but", "who", "whose", "which", "whom", "himself", "herself", "themselves", "itself",
              "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief", "head", "director",
              "minister", "leader", "commander", "president", "secretary", "member", "members", "analyst", "expert",
              "professor", "researcher", "fellow", "staff", "chairman", "chairwoman", "founder", "editor", "adviser",
              "advisor", "envoy", "representative", "ambassador", "governor", "mayor", "deputy", "general", "author",
              "lawyer", "manager", "coach", "executive", "officer", "boss", "owner", "partner", "correspondent",
              "reporter", "chief", "ministry", "army", "forces", "police", "government", "group", "team", "office",
              "council", "party", "media", "news", "agency", "statement", "alone", "too", "jr", "sr"}


def _cut_at_verb(text: str, s: int, e: int) -> int:
    """End of the subject noun phrase in text[s:e]: stop before the first finite-verb-like word.

    >>> t = "Kirby spoke to reporters"; t[:_cut_at_verb(t, 0, len(t))]
    'Kirby'
    """
    toks = _tokens(text[s:e], s)
    for i, (tok, a, _b) in enumerate(toks):
        low = tok.lower()
        if i == 0 or not tok[:1].islower():
            continue
        nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
        prev_cap = i > 0 and toks[i - 1][0][:1].isupper() and toks[i - 1][0].lower() not in DETERMINERS
        if low in _VERBISH or (low.endswith("ed") and len(low) > 4 and nxt in _PREPS) or \
                (prev_cap and nxt in _PREPS and low not in _PREPS and low not in _NOT_VERBS and not low.endswith("ing")):
            j = a
            while j > s and text[j - 1] in " ,":
                j -= 1
            return j
    return e


def _find_cue(text: str, a: int, b: int, last: bool) -> re.Match[str] | None:
    ms = list(re.finditer(r"\b(?:[Aa]ccording\s+to|" + CUE_RE + r")\b", text[a:b]))
    ms = [m for m in ms if not re.search(r"\bto\s+$", text[max(0, a + m.start() - 4):a + m.start()])
          or m.group().lower().startswith("according")]
    ms = [m for m in ms if not (m.group().lower() in {"call", "calls", "called", "state", "states", "post",
                                                       "report", "note", "notes", "charge", "term", "point",
                                                       "fear", "claims", "cite", "quote", "comment", "thought",
                                                       "written", "agree", "brand", "label", "read", "reads", "demand", "demands",
                                                       "report", "reports", "promise", "promises", "pledge", "warning",
                                                       "claim", "call", "post", "comment", "comments", "remark",
                                                       "reply", "replies", "response", "answer", "note"}
                                and not _cue_context_ok(text, a + m.start(), a + m.end()))]
    if not ms:
        return None
    return ms[-1] if last else ms[0]


def _cue_context_ok(text: str, s: int, e: int) -> bool:
    after = text[e:e + 20]
    before = text[max(0, s - 20):s]
    if text[s:e].lower().startswith("read"):
        return bool(re.search(r"\b(?:statement|letter|message|post|sign|banner|communique|note|text)\s*$", before))
    if re.search(r"\bso[- ]$", before):
        return False
    if text[s:e].lower().startswith("call"):
        return bool(re.match(r"\s+(?:it|this|that|them|him|her|the|for)\b|\s*[“\"‘]", after)
                    or re.match(r"\s+[^.;!?“”\"‘]{1,50}?\s[“\"‘']\w", text[e:e + 60])) \
            and (not re.search(r",\s*$", before) or bool(re.match(r"\s+(?:it|this|that|them|him|her|the|his|their|its)\b", after))) \
            and not re.search(r"\b(?:a|the|our)\s*$", before)
    return bool(re.search(r"(?:he|she|they|it|[A-Z]\w+)\s*$", before)) \
        and not re.search(r"\b(?:a|an|the|our|this|their|its|his|her)\s*$", before, re.I)


_ABBREV = {"mr", "mrs", "ms", "dr", "col", "gen", "lt", "maj", "capt", "sgt", "st", "no", "prof", "sen", "rep", "gov",
           "brig", "adm", "jr", "sr", "vs", "u.s", "u.n", "u.k", "cmdr", "lt. col", "sheikh", "rev", "hon", "corp",
           "inc", "ltd", "co", "messrs", "mt", "ft", "gens", "cols", "sens", "reps"}


def _first_stop(seg: str) -> int:
    """Offset of the first sentence end (. ! ? not after an abbreviation or initial) or opening quote in seg."""
    for m in re.finditer(r"[.!?](?=\s|$)|[“\"‘]", seg):
        if m.group() == ".":
            prev = re.search(r"([\w.]+)$", seg[:m.start()])
            w = prev.group(1).lower() if prev else ""
            if w in _ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                continue
        return m.start()
    return len(seg)


def _attr_after(text: str, a: int, b: int) -> _Attr | None:
    """Attribution right after a closing mark: ', he said', ' said X, ...', ', X told reporters'."""
    seg = text[a:b]
    lim = a + _first_stop(seg)
    if not re.match(r"\s*[,:;–—-]?\s*\S", seg):
        return None
    q_end = text[:a].rstrip(DOUBLE_MARKS + SINGLE_MARKS)[-1:]
    if q_end in ".…" and re.match(r"\s+[A-Z“\"‘]", seg):
        return None
    dm = re.match(r"\s*(?:[–—]|--?)\s*(?=\w)", seg)
    if dm:   # '"..." – Rep. Doris Goodale, R-Kingman, on her plans'
        s, e, role = _np_span(text, a + dm.end(), max(lim, a + dm.end()), forward=True)
        if s >= 0 and _speaker_from_mention(text, s, e)[1] == "person":
            return _Attr(cue="dash", cue_start=a + dm.start(), cue_end=a + dm.end(), m_start=s, m_end=e,
                         role=role, where="after")
    if re.match(r"\s*,?\s*(?:while|and|but|as|because|although|though|when|after|before|since|whereas|if|so)\b", seg):
        return None
    if not (q_end in ",.!?…-–—" or re.match(r"\s*[,:;–—-]", seg) or re.match(r"\s*" + CUE_RE + r"\b", seg)):
        # partial quote inside the sentence: a sentence-final ', X said' still attributes it
        if re.search(r"[“”\"‘]", text[a:lim]):
            return None
        for m in re.finditer(r"(?:,\s+|^\s+(?=[A-Z]))((?:[\w’'\-\.]+\s+){0,11}?)(" + CUE_RE + r")\b", text[a:lim]):
            np_ = m.group(1).strip()
            if not np_ and m.group().startswith(","):
                # '"A drone fired three rockets" in east Baghdad, said one source.'
                s, e, role = _np_span(text, a + m.end(2), lim, forward=True)
                if s >= 0:
                    return _Attr(cue=m.group(2), cue_start=a + m.start(2), cue_end=a + m.end(2), m_start=s, m_end=e,
                                 role=role, where="end of sentence")
                continue
            if not np_ or re.match(r"(?:about|after|before|while|when|as|and|or|nor|yet|so|but|which|who|where|because|since|"
                                    r"although|though|if|in|on|at|for|with|from|by|to|of)\b", np_, re.I):
                continue
            if re.search(r"\b(?:" + "|".join(sorted(_VERBISH)) + r")\b", np_):
                continue
            s, e, role = _np_span(text, a + m.start(1), a + m.start(2), forward=False)
            if s >= 0:
                return _Attr(cue=m.group(2), cue_start=a + m.start(2), cue_end=a + m.end(2), m_start=s, m_end=e,
                             role=role, where="end of sentence")
        return None
    cue = _find_cue(text, a, lim, last=False)
    if cue is None:
        return None
    cs, ce = a + cue.start(), a + cue.end()
    between = text[a:cs]
    words = re.findall(r"[\w’'\-\.]+", between)
    if cue.group().lower().startswith("according"):
        s, e, role = _according_np(text, ce, lim)
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
    # 'X was quoted (by the agency) as saying': X is the speaker, not the agency
    qm = re.search(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\b(?:\s+by\s+[^,;“”\"]+?)?"
                   r"(?:\s+as\s+saying|\s+as)?\b", seg)
    if qm and qm.start() > 0:
        s0, e0, role0 = _np_span(text, a, a + qm.start(), forward=False)
        if s0 >= 0:
            return _Attr(cue="quoted", cue_start=a + qm.start() + len(qm.group()) - len(qm.group().lstrip()),
                         cue_end=a + qm.end(), m_start=s0, m_end=e0, role=role0, where="before")
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
    cue = _find_cue(text, a, b, last=False)
    if cue is None:
        return None
    last = _find_cue(text, a, b, last=True)
    if last is not None and re.fullmatch(r"\s*[,:]?\s*", seg[last.end():]):
        cue = last   # 'While officials believe ..., Kirby said, "..."'
    elif last is not None and last.start() > cue.end() and cue.group().lower().startswith("according"):
        cue = last   # 'According to Reuters, the minister said the plan was "dead"' -> the minister
    elif last is not None and last.start() > cue.end() and re.search(r"\bthat\b", seg[cue.end():last.start()]) \
            and re.search(r"\b(?:an?|the|one|two|[A-Z]\w+)\b", seg[cue.end():last.start()]):
        cue = last   # 'Al Jazeera reported that a U.S. official said that ... "..."' -> the official
    cs, ce = a + cue.start(), a + cue.end()
    if cue.group().lower().startswith("according"):
        s, e, role = _according_np(text, ce, b)
        return _Attr(cue="according to", cue_start=cs, cue_end=ce, m_start=s, m_end=e, role=role, where="before")
    rel = re.search(r",\s*who\s+(?:(?:" + AUX + r")\s+)*$", text[a:cs])
    if rel:
        # relative clause: the subject is the antecedent person before ', who'
        names = [(x, y) for x, y in name_chunks(text, a, a + rel.start())
                 if len(strip_titles(text[x:y]).split()) >= 2 and not looks_like_org(strip_titles(text[x:y]))]
        if names:
            return _Attr(cue=cue.group(), cue_start=cs, cue_end=ce, m_start=names[-1][0], m_end=names[-1][1],
                         where="before")
        npm = re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Ss]ome|[Mm]any)\s+(?:[\w\-’']+\s+){0,3}[\w\-’']+$",
                        text[a:a + rel.start()])
        if npm:
            return _Attr(cue=cue.group(), cue_start=cs, cue_end=ce, m_start=a + npm.start(), m_end=a + npm.end(),
                         where="before")
    s, e, role = _np_span(text, a, cs, forward=False)
    if s < 0:
        # inverted: 'said X:' right before the quote (not after verbs whose object follows: 'accusing Hughes of')
        if re.match(r"(?:call|describ|accus|brand|label|dismiss|denounc|condemn|prais|hail|term|urg|ask|tell|told)",
                    cue.group(), re.I):
            return None
        s, e, role = _np_span(text, ce, b, forward=True)
        if s < 0 or not re.fullmatch(r"[\s,:;–—-]*", text[e:b]) and not re.fullmatch(r"\s*,[^“”\"]{0,120}[,:]\s*", text[e:b]):
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
    speakerish: bool = True   # has a title/description or sits next to a reporting verb


def _person_mentions(text: str, blocked: list[tuple[int, int]]) -> list[_Person]:
    """Person-like names outside quotes: 2+ capitalised tokens, not organisation/place chunks."""
    out: list[_Person] = []
    starts = [x for x, _ in blocked]
    for a, b in name_chunks(text, 0, len(text)):
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and blocked[k][0] <= a < blocked[k][1]:
            continue
        if len(text[a:b].split()) >= 3 and re.search(r"\b(?:in|at|from)\s+$", text[max(0, a - 6):a]) and \
                _looks_like_person_after_place(text, a, b):
            a += len(text[a:b].split()[0]) + 1   # 'spokesperson in Geneva Ariane Rummery'
        of = re.search(r"\s+of\s+", text[a:b])
        if of and len(strip_titles(text[a:a + of.start()]).split()) >= 2 and not looks_like_org(text[a:a + of.start()]):
            b = a + of.start()   # 'Dr. Keiko Tanaka of Osaka University' -> the person
        raw = text[a:b]
        name = strip_titles(raw)
        shift = raw.find(name)
        toks = name.split()
        if not toks or looks_like_org(name):
            continue
        prev = text[max(0, a - 40):a]
        titled = raw != name and len(toks) >= 2 and raw.split()[0].lower().rstrip(".") in _RANK_TITLES
        if re.search(r"\b(?:at|of|for|from|with|in|on|into|near|about|against|under|over|to|by)\s+(?:the\s+)?$", prev) \
                and not re.search(r"\baccording\s+to\s+$", prev, re.I) \
                and not (re.search(r"\bby\s+$", prev) and (titled or unidecode(toks[0]).lower() in MALE_NAMES | FEMALE_NAMES)):
            continue
        if len(toks) == 1 and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?", raw.split()[0]) and len(raw.split()) == 2 \
                and not looks_like_org(name):
            # 'Mr. Ortega, the finance chief, disagrees': an honorific + surname is a person mention
            ns = a + shift
            out.append(_Person(name, ns, ns + len(name), gender_of(raw), descriptor(text, a, ns + len(name)), True))
            continue
        after = text[b:b + 40]
        personish = (len(toks) >= 2 and all(t[:1].isupper() or t.lower() in NAME_PARTICLES or t.lower().startswith(("al-", "el-")) for t in toks)
                     and (re.match(r"\s*(?:,\s*(?:a|an|the|who|head|spokes|chief|commander|leader|deputy|director|[a-z]+\s+[a-z]+)\b|\s+(?:" + CUE_RE + r")\b|\s+(?:of|from|at)\s+the\b)", after)
                          or re.search(r"\b(?:" + ROLE_NOUNS + r"|said|says|told)\s*,?\s*$", prev, re.I)
                          or re.match(r"\s*,?\s+(?:" + CUE_RE + r")\b", after)
                          or raw != name
                          or re.match(r"\s*,\s*\d{1,3}\s*,", after)
                          or toks[0].lower() in FEMALE_NAMES or unidecode(toks[0]).lower() in MALE_NAMES
                          or re.match(r"\s+(?:has|had|was|is|said|says|told|warned|added|described|condemned|acknowledged|questioned)\b", after)
                          or (re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, a - 3):a]) and re.match(r"\s+[a-z]{3,}ed\b", after))))
        if personish:
            ns, ne = a + shift, a + shift + len(name)
            desc = "; ".join(x for x in [raw[:shift].strip(), descriptor(text, a, ne)] if x)
            cue_next = bool(re.match(r"\s*,?\s+(?:\w+\s+)?(?:" + CUE_RE + r")\b", after)
                            or re.search(r"\b(?:" + CUE_RE + r")\s+$", prev))
            out.append(_Person(name, ns, ne, gender_of(raw), desc, bool(desc) or cue_next))
    # bare surnames of people already named, as sentence subjects: 'Pevkur-Laane thanked Britain.'
    full = {_surname_key(p.name): p for p in out if len(p.name.split()) >= 2}
    seen = {(p.start, p.end) for p in out}
    for a, b in name_chunks(text, 0, len(text)):
        k = bisect.bisect_right(starts, a) - 1
        if (k >= 0 and blocked[k][0] <= a < blocked[k][1]) or (a, b) in seen or len(text[a:b].split()) != 1:
            continue
        p0 = full.get(_surname_key(text[a:b]))
        if p0 is not None and p0.start < a and re.match(r"\s+[a-z]{3,}\b|\s*,\s+[a-z]|\s*,\s*\d{1,3}\s*,", text[b:b + 20]) \
                and re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, a - 3):a]):
            out.append(_Person(text[a:b], a, b, p0.gender, "", True))
    return sorted(out, key=lambda p: p.start)


def descriptor(text: str, s: int, e: int) -> str:
    """Role words around a name: a premodifier ('Pentagon spokesman') and/or an apposition (', an analyst at X').

    >>> t = "said Alex Almeida, a security analyst at Horizon, who"; descriptor(t, 5, 17)
    'a security analyst at Horizon'
    """
    parts = []
    pre = re.split(r"[.,;:!?“”\"()\n—–]|\s-\s|\b(?:" + CUE_RE + r"|and|but|that|while|when)\b", text[max(0, s - 80):s])[-1]
    pre = re.sub(r"^\s*(?:" + "|".join(DETERMINERS) + r")\s+", "", pre.strip(), flags=re.I)
    if pre and re.search(r"\b" + ROLE_NOUNS + r"\b", pre, re.I) and len(pre.split()) <= 7:
        parts.append(pre)
    post = text[e:e + 200]
    m = re.match(r",\s*((?:a|an|the|head|chief|spokesman|spokeswoman|spokesperson|director|leader|commander|"
                 r"minister|deputy|who|[a-z][a-z\-]+)\b[^.;:“”\"]{1,150}?)(?=,|\.|;|:|$|\s(?:said|says|told|has|had|was|on)\b)", post)
    if m:
        parts.append(m.group(1).strip())
    else:
        m = re.match(r"\s+(of|from|at)\s+(the\s+[A-Z][^,.;:“”\"]{2,80}?)(?=,|\.|;|\s(?:said|says|told|has|had|was|"
                     r"acknowledged|warned|on)\b)", post)
        if m:
            parts.append(m.group(1) + " " + m.group(2).strip())
        else:
            m = re.match(r"\s+(?:was|is|has been)\s+((?:a|an|one of the|among the)\s+[^,.;:“”\"]{2,80}?)(?=,|\.|;|$)", post)
            if m:
                parts.append(m.group(1).strip())
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


def _looks_like_person_after_place(text: str, a: int, b: int) -> bool:
    """'in Geneva Ariane Rummery says': the chunk minus its first word is a person (first name or cue after)."""
    rest = text[a:b].split()[1:]
    first = unidecode(rest[0]).lower() if rest else ""
    return first in MALE_NAMES or first in FEMALE_NAMES or bool(re.match(r"\s*,?\s+(?:" + CUE_RE + r")\b", text[b:b + 20]))


def _speaker_from_mention(text: str, s: int, e: int) -> tuple[str, str, str]:
    """(speaker string, type, descriptor) from a mention span: a name, a pronoun or a role."""
    mention = re.sub(r"\s*\([^)]*\)\s*$", "", text[s:e].strip()) or text[s:e].strip()
    mention = re.sub(r"\s*\([^)]*$", "", mention) or mention   # 'The mayor (who told reporters "..."'
    e = s + len(text[s:e]) - len(text[s:e].lstrip()) + len(mention) if text[s:e].strip().startswith(mention) else e
    low = mention.lower()
    if low in {"his", "its", "their", "our", "my", "your", "them", "us", "me", "him"}:
        return "", "", ""
    if low in PRONOUNS:
        return "", "pronoun", ""
    chunks = []
    for a, b in name_chunks(text, s, e):
        poss = list(re.finditer(r"[’']s\s+", text[a:b]))
        a = a + poss[-1].end() if poss else a            # "the White House's Kirby" -> "Kirby"
        of = re.search(r"\s+of\s+", text[a:b])
        if of and len(text[a:a + of.start()].split()) >= 2 and not looks_like_org(text[a:a + of.start()]):
            b = a + of.start()                            # "Renad Mansour of Chatham House" -> the person
        chunks.append((a, b))
    persons = [(a, b) for a, b in chunks if not looks_like_org(strip_titles(text[a:b]))
               and (not text[b:e].strip() or re.match(r"\s+of\s", text[b:e]))   # the name is the head
               and not (len(strip_titles(text[a:b]).split()) == 1 and a == s
                        and re.fullmatch(ROLE_NOUNS, text[a:b].lower()))]
    if len(persons) > 1:
        # 'Oliver Stanton of research firm Oxford Metrics': a chunk after 'of/at/from (the) <common nouns>'
        # is the person's employer, not the speaker
        persons = [(a, b) for a, b in persons if not re.search(
            r"\b(?:of|at|from|with|for)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}$", text[s:a])] or persons
    first = low.split()[0] if low.split() else ""
    if first in DETERMINERS and not (persons and (text[s:persons[-1][0]].strip().endswith(",")
                                                  or re.search(r"[’']s\s*$", text[s:persons[-1][0]]))):
        persons = []
    if persons:
        a, b = persons[-1]
        if len(text[a:b].split()) >= 3 and re.search(r"\b(?:in|at|from)\s+$", text[max(s, a - 6):a]) and \
                _looks_like_person_after_place(text, a, b):
            a += len(text[a:b].split()[0]) + 1   # 'spokesperson in Geneva Ariane Rummery' -> the person
        name = strip_titles(text[a:b])
        pre = text[s:a].strip()
        return name, "person", pre
    if chunks and first not in DETERMINERS and not re.fullmatch(ROLE_NOUNS, low) and mention.split()[-1][:1].isupper():
        return mention, "body", ""
    words = mention.split()
    if words and words[0].lower() in DETERMINERS and words[0][0].isupper():
        mention = words[0].lower() + mention[len(words[0]):]
    elif words and words[0][0].isupper() and not chunks:
        mention = mention[0].lower() + mention[1:]
    return mention, "role", mention


#: Output schema of extract_quotes (column -> dtype); stable across versions.
QUOTE_COLUMNS: dict[str, str] = {
    "quote_id": "int64", "utterance_id": "int64", "start": "int64", "end": "int64", "quote": "str", "kind": "str",
    "cue": "str", "cue_start": "int64", "cue_end": "int64", "speaker_mention_start": "int64",
    "speaker_mention_end": "int64", "speaker_mention": "str", "speaker": "str", "speaker_type": "str",
    "speaker_role": "str", "is_speech": "bool", "non_speech_reason": "str", "mark": "str", "unbalanced": "bool",
    "para_index": "int64", "sent_index": "int64", "n_words": "int64", "attribution": "str",
}


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quoted span with kind, cue, speaker mention and resolved speaker.

    >>> df = extract_quotes('“We will respond,” said John Smith, a spokesman. “It is clear.”')
    >>> df[["quote", "kind", "cue", "speaker", "utterance_id"]].values.tolist()
    [['We will respond,', 'direct', 'said', 'John Smith', 0], ['It is clear.', 'direct', 'said', 'John Smith', 0]]
    """
    cols = list(QUOTE_COLUMNS)
    if not isinstance(text, str) or not text.strip():
        return _typed(pd.DataFrame(columns=cols))
    paras = paragraph_spans(text)
    spans = _find_spans(text, paras)
    sents = sentence_starts(text, paras)
    blocked = [(sp.open_mark, sp.close_mark) for sp in spans]
    persons = _person_mentions(text, blocked)

    def sent_index(pos: int) -> int:
        return max(bisect.bisect_right(sents, pos) - 1, 0)

    def sent_start(pos: int) -> int:
        return sents[sent_index(pos)] if sents else 0

    rows = []
    prev_row: dict | None = None
    mtext = text   # the text with non-speech quotations (names, titles) masked, same offsets
    for k, sp in enumerate(spans):
        ps, pe = paras[sp.para]
        q = text[sp.start:sp.end]
        nxt_open = next((x.open_mark for x in spans[k + 1:] if x.para == sp.para), pe)
        prv_close = max([x.close_mark + (2 if text[x.close_mark:x.close_mark + 2] == "''" else 1)
                         for x in spans[:k] if x.para == sp.para] + [ps])
        after_a = min(sp.close_mark + (2 if text[sp.close_mark:sp.close_mark + 2] == "''" else 1), pe)
        attr = _attr_after(text, after_a, nxt_open) if after_a < nxt_open else None
        before_a = max(prv_close, sent_start(sp.open_mark if sp.open_mark >= ps else ps))
        if (attr is None or attr.where == "end of sentence") and sp.open_mark > before_a:
            attr = _attr_before(text, before_a, max(sp.open_mark, before_a)) or attr
        s0 = sent_start(sp.open_mark if sp.open_mark >= ps else ps)
        if attr is None and mtext is not text and s0 < before_a < sp.open_mark and mtext[s0:before_a] != text[s0:before_a]:
            # a name or title in quotes earlier in the sentence hides the subject:
            # 'The group, calling itself the "X," said in a post that ... "two drones."'
            attr = _attr_before(mtext, s0, sp.open_mark)
        if attr is None and sp.para + 1 < len(paras) and not text[after_a:pe].strip(" .,") \
                and re.match(r"(?:[–—]|--?)\s*[A-Z]", text[paras[sp.para + 1][0]:paras[sp.para + 1][1]]):
            ns_, ne_ = paras[sp.para + 1]   # quote-collection style: the attribution is the next line '— Name, role'
            attr = _attr_after(text, ns_, ne_)
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
        if re.search(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b", text[after_a:pe]) and len(rest_of_para.split()) <= 25 \
                and not re.search(r"\b" + CUE_RE + r"\b", rest_of_para):
            reason = "title"
        elif not rest_of_para.strip(" -–—.,:;*•") and nwords <= 12 and not re.search(r"[.!?]['’\"”]?$", q) and not (prev_row and prev_row.get("_open_next")):
            reason = "crosshead"
        elif len(para_txt.split()) <= 14 and not re.search(r"[.!?…,;]\W*$", para_txt) \
                and not (k == 0 and re.fullmatch(r"[A-Z][\w.’'\- ]{0,40}:\s*", text[ps:max(ps, sp.open_mark)])
                         and nwords >= 4) \
                and not re.search(r"\b" + CUE_RE + r"\b", rest_of_para) and not sp.unbalanced \
                and not (prev_row and prev_row.get("_open_next")) and len(paras) > 1:
            reason = "crosshead"   # headline-like line: short, no final punctuation, no reporting verb
        utter = prev_row["utterance_id"] if prev_row else -1
        speaker, stype, role, mention_s, mention_e, cue = "", "", "", -1, -1, ""
        cue_s = cue_e = -1
        where = ""
        if attr and attr.m_start >= 0:
            mention_s, mention_e, cue, cue_s, cue_e, where = attr.m_start, attr.m_end, attr.cue, attr.cue_start, attr.cue_end, attr.where
            speaker, stype, role0 = _speaker_from_mention(text, mention_s, mention_e)
            role = attr.role or role0
        new_utter = True
        if attr and prev_row is not None and attr.m_start >= 0 and attr.m_start == prev_row["speaker_mention_start"] \
                and prev_row["para_index"] == sp.para:
            new_utter = False   # '"We," said X, "will win."': one attribution serves both parts
        same_sentence_follow = prev_row is not None and prev_row["para_index"] == sp.para and not attr
        if not new_utter:
            pass
        elif prev_row is not None and prev_row["_open_next"] and first_in_para:
            # unclosed paragraph continues here: same utterance
            new_utter, kind = False, "continuation"
        elif same_sentence_follow and prev_row["is_speech"] and (prev_row["speaker"] or re.fullmatch(
                r"[\s,.;:–—-]*(?:[\w’'\-\.]+[\s,]+){0,12}?\b" + CUE_RE + r"\b[^“”\"‘]{0,80}",
                text[spans[k - 1].close_mark + 1:sp.open_mark], re.I)):
            # '"A," he said. "B"' -> same utterance
            new_utter = False
        if (not new_utter or (only_quote_para and not sp.continues_next and prev_row is not None and prev_row["para_index"] >= sp.para - 1
                              and prev_row["speaker"])) and not attr and prev_row is not None:
            if only_quote_para and new_utter:
                kind = "continuation"
            speaker, stype, role = prev_row["speaker"], prev_row["speaker_type"], prev_row["speaker_role"]
            cue, where = prev_row["cue"], "inherited"
            mention_s, mention_e = prev_row["speaker_mention_start"], prev_row["speaker_mention_end"]
            cue_s, cue_e = prev_row["cue_start"], prev_row["cue_end"]
        elif not attr and only_quote_para and sp.para > 0 and not reason and not sp.continues_next:
            # speaker introduced in the previous paragraph by a reporting verb without quote marks
            pps, ppe = paras[sp.para - 1]
            a2 = _attr_before(text, pps, ppe)
            if a2 and a2.m_start >= 0 and a2.cue != "according to":
                mention_s, mention_e, cue, cue_s, cue_e = a2.m_start, a2.m_end, a2.cue, a2.cue_start, a2.cue_end
                speaker, stype, role0 = _speaker_from_mention(text, mention_s, mention_e)
                role = a2.role or role0
                where = "previous paragraph"
        if not speaker and not reason and where == "" and kind != "partial" and new_utter:
            if sp.open_mark > ps:
                a3 = _attr_before(text, max(prv_close, ps), before_a)
                if a3 and a3.m_start >= 0 and a3.cue != "according to":
                    mention_s, mention_e, cue, cue_s, cue_e = a3.m_start, a3.m_end, a3.cue, a3.cue_start, a3.cue_end
                    speaker, stype, role0 = _speaker_from_mention(text, mention_s, mention_e)
                    role, where = a3.role or role0, "earlier sentence"
            if not speaker and sp.open_mark > ps:
                near = [p for p in persons if ps <= p.start < sp.open_mark]
                if near:
                    speaker, stype, role = near[-1].name, "person", near[-1].role
                    mention_s, mention_e, where = near[-1].start, near[-1].end, "earlier sentence"
            if not speaker and not stype and prev_row is not None and prev_row["para_index"] >= sp.para - 1 \
                    and prev_row["speaker"] and not sp.continues_next:
                speaker, stype, role = prev_row["speaker"], prev_row["speaker_type"], prev_row["speaker_role"]
                cue, where = prev_row["cue"], "previous speaker"
                mention_s, mention_e = prev_row["speaker_mention_start"], prev_row["speaker_mention_end"]
                cue_s, cue_e = prev_row["cue_start"], prev_row["cue_end"]
        if stype == "pronoun":
            speaker, stype2 = _resolve_pronoun(text, text[mention_s:mention_e], mention_s, persons, rows)
            stype = stype2
        elif stype == "person":
            speaker = _resolve_name(speaker, mention_s, persons)
        elif stype == "role" and _document_author(text, mention_s, mention_e):
            speaker = _document_author(text, mention_s, mention_e)   # 'the letter, signed by 200 economists'
        elif stype == "role" and re.fullmatch(r"(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|message|"
                                              r"post|communique|video|letter)", speaker.strip(), re.I):
            speaker = _statement_issuer(mtext, sp.open_mark) or speaker
        elif stype == "role":
            org = "" if _resolve_role(speaker, rows, persons, mention_s, text) else _org_by_head(text, speaker, mention_s)
            speaker = org or _resolve_role(speaker, rows, persons, mention_s, text) or speaker
            stype = "body" if org else stype   # 'the alliance' -> the organisation it describes
        if stype == "role" and speaker and _is_org_speaker(speaker):
            stype = "body"   # 'the WHO', 'the Israeli military', 'the alliance' -> an organisation, not a person's role
        if stype == "body" and re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,6}", speaker.strip()):
            speaker = _expand_acronym(text, speaker.split()[-1], mention_s) or speaker   # 'the WHO' -> its full name
        if stype == "person" and speaker:
            descs = [p.role for p in persons if p.name == speaker and p.role]
            local = descriptor(text, mention_s, mention_e) if mention_s >= 0 and where != "inherited" else ""
            bits: list[str] = []
            for x in [role, local] + descs:
                for y in (x or "").split("; "):
                    y = y.strip()
                    if y and not any(y.lower() in z.lower() for z in bits):
                        bits.append(y)
            role = "; ".join(bits)
        if new_utter:
            utter = (max(r["utterance_id"] for r in rows) + 1) if rows else 0
        looks_spoken = bool(re.match(r"[A-Z]", q)) and bool(re.search(r"[,.!?…]$", q)) and kind != "partial"
        if not reason and not speaker and not looks_spoken and (nwords <= 2 or (kind == "partial" and nwords <= 4)):
            reason = "scare quote"
        if not reason and nwords <= 4 and re.search(r"\b(?:called|dubbed|named|nicknamed|known\s+as|termed|labell?ed|"
                                                    r"branded|so-called)\s*$",
                                                    text[max(ps, sp.open_mark - 20):max(sp.open_mark, ps)]):
            reason = "scare quote"   # a name or term, not speech
        if not reason and nwords <= 8 and re.search(r"\b(?:call(?:s|ing|ed)?\s+(?:itself|themselves|himself|herself)|"
                                                   r"known\s+as|goes\s+by|going\s+by|name[sd]?)\s+(?:the\s+)?$",
                                                   text[max(ps, sp.open_mark - 40):max(sp.open_mark, ps)]):
            reason = "scare quote"   # a self-chosen name, not speech
        if not reason and nwords <= 4 and re.match(r"[A-Z]", q) and re.search(
                r"\b(?:dubbed|nicknamed|named|christened|known\s+as|called|branded|labell?ed)\s+(?:the|a|an)\s+$",
                text[max(ps, sp.open_mark - 24):max(sp.open_mark, ps)]):
            reason = "scare quote"   # 'a gang nicknamed the "Wolves"': a name, not speech
        if not reason and kind == "partial" and nwords <= 2 and re.fullmatch(r"[a-z][\w\-’']*[.,]?(?:\s+[a-z][\w\-’']*[.,]?)?", q) \
                and where in {"inherited", "previous speaker", "earlier sentence", "previous paragraph"} \
                and not re.search(r"\b(?:" + CUE_RE + r"|according\s+to)\b", text[s0:sp.open_mark], re.I):
            reason = "scare quote"   # 'cut her rating to "sell" from "hold"': no reporting verb in its sentence
        if not reason and nwords <= 8 and re.search(r"\bso[- ]called\s*$", text[max(ps, sp.open_mark - 12):max(sp.open_mark, ps)]):
            reason = "scare quote"
        if not reason and re.search(r"\b(?:banners?|signs?|placards?|posters?|t-shirts?|graffiti|billboards?|"
                                    r"stickers?|caps?|hats?|flags?)\s+(?:that\s+)?(?:read|reading|reads|saying|said|with|"
                                    r"bearing|emblazoned\s+with)\s*:?\s*$",
                                    text[max(ps, sp.open_mark - 40):max(sp.open_mark, ps)], re.I):
            reason = "sign"   # written slogan, not a reported utterance
        q_core = q.rstrip(".,;:")
        if not reason and nwords <= 10 and re.search(r"(?:[’']s|\b(?:titled|entitled|program|programme|show|book|film|"
                                                    r"article|op-ed|column|headline|documentary|newspaper|magazine|"
                                                    r"song|slogan|campaign|operation|dubbed|named|novel|memoir|album|"
                                                    r"series|play|poem|podcast|debut|sequel|single|musical|opera|"
                                                    r"exhibition|movie|essay|biography|autobiography|thriller))\s*,?\s*$",
                                                    text[max(ps, sp.open_mark - 30):max(sp.open_mark, ps)]) and \
                all(w[:1].isupper() or w.lower() in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
                    for w in re.findall(r"[A-Za-z][\w’'\-]*", q_core)) and re.match(r"[A-Z]", q_core):
            reason = "title"
        if not reason and not speaker and nwords <= 8 and not re.search(r"[.!?,]$", q) and \
                all(w[:1].isupper() or w.lower() in {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"}
                    for w in re.findall(r"[A-Za-z][\w’'\-]*", q)) and re.match(r"[A-Z]", q):
            reason = "title"
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
        if not is_speech:
            c1 = min(sp.close_mark + 1, len(text))
            mtext = mtext[:sp.open_mark] + "x" * (c1 - sp.open_mark) + mtext[c1:]
    # back-fill: the first part of a split quote whose attribution follows the second part
    for k, r in enumerate(rows):
        if r["is_speech"] and not r["speaker"] and not any(x["speaker"] for x in rows
                                                           if x["utterance_id"] == r["utterance_id"]):
            prev = [x for x in rows[:k] if x["is_speech"] and x["speaker"] and x["para_index"] >= r["para_index"] - 1]
            opens_para = not text[paras[r["para_index"]][0]:r["start"]].strip(" " + DOUBLE_MARKS + SINGLE_MARKS + "`")
            if prev and r["attribution"] == "" and opens_para:
                # a multi-paragraph quote with no attribution of its own carries on the previous speaker
                r.update(speaker=prev[-1]["speaker"], speaker_type=prev[-1]["speaker_type"], cue=prev[-1]["cue"],
                         speaker_role=prev[-1]["speaker_role"], attribution="previous speaker", kind="continuation")
    for r in rows:
        if r["is_speech"] and not r["speaker"]:
            later = [x for x in rows if x["utterance_id"] == r["utterance_id"] and x["speaker"]]
            if later:
                r.update(speaker=later[0]["speaker"], speaker_type=later[0]["speaker_type"], cue=later[0]["cue"],
                         speaker_role=later[0]["speaker_role"], attribution="utterance")
    _refine_speakers(text, rows, persons)
    _bullet_speakers(text, rows)
    df = _typed(pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame(columns=cols))
    return df.sort_values("start", kind="stable").reset_index(drop=True)


_BULLET = r"[ \t]*(?:[-•*–—▪●]|\d{1,2}[.)])\s+"


def _bullet_speakers(text: str, rows: list[dict]) -> None:
    """Unattributed quotes in bullet points take the subject of the colon-ended lead-in before the list.

    'The conclusions set out the main points:' / '- "..."' -> the conclusions; a document owned by someone
    ('The leaders' joint conclusions') is credited to its owner ('the leaders').
    """
    for r in rows:
        if r["speaker"] or not r["is_speech"]:
            continue
        p0 = text.rfind("\n", 0, r["start"]) + 1
        if not re.match(_BULLET + r"[\"“‘']", text[p0:r["start"]]):
            continue
        q = p0
        while q > 0:   # walk back over the other bullet paragraphs to the lead-in
            prev0 = text.rfind("\n", 0, max(0, q - 1)) + 1
            line = text[prev0:q].strip()
            q = prev0
            if line and not re.match(_BULLET, line):
                break
        lead = text[q:text.find("\n", q) if text.find("\n", q) >= 0 else len(text)].strip()
        if not lead.endswith(":"):
            continue
        sent = re.split(r"(?<=[.!?])\s+", lead)[-1]
        m = re.match(r"((?:[A-Z][\w\-’'.]*|the|[a-z]+)(?:\s+[\w\-’'.]+){0,5}?)\s+(?:said|says|set\s+out|sets\s+out|listed|lists|"
                     r"included|includes|stated|states|read|reads|outlined|outlines|added|made|make|wrote|writes)\b", sent)
        if not m:
            continue
        np_ = m.group(1)
        own = re.match(r"(.+?)[’'](?:s)?\s+(?:[\w\-]+\s+)?(?:conclusions|statement|letter|report|declaration|"
                       r"communique|communiqué|document|memo|plan|list)$", np_)
        spk = own.group(1) if own else np_
        r["speaker"] = spk[0].lower() + spk[1:] if re.match(r"(?:The|A|An)\b", spk) else spk
        r["speaker_type"] = "body" if _is_org_speaker(r["speaker"]) else ("person" if name_chunks(r["speaker"], 0, len(spk))
                                                                           and not r["speaker"][:1].islower() else "role")
        r["attribution"] = r["attribution"] or "list lead-in"


def _refine_speakers(text: str, rows: list[dict], persons: list[_Person]) -> None:
    """Second pass over attributed quotes: repeated quotes and cataphoric roles get the named speaker.

    - a quote repeated elsewhere in the article (a headline echoing the body) takes the named speaker of the
      other occurrence when its own speaker is only a role;
    - a role that opens the article ('the former governor said ...', headline 'Minister: "..."') with no
      person named before it refers to the next named speaker quoted right after it.
    """
    def key(q: str) -> str:
        return re.sub(r"\W+", " ", unidecode(q).lower()).strip()

    speech = [r for r in rows if r["is_speech"]]
    for r in speech:
        # 'the government's description of the strike as "politically motivated"': the owner of the words
        own = re.search(r"(?:\b([Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)|\b([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))[’']s?\s+"
                        r"(?:description|characteri[sz]ation|depiction|portrayal|claim|accusation|assertion|"
                        r"insistence|suggestion|warning|labell?ing|branding)\s+(?:of\s+[^\"“”‘’\n.]{1,60}?\s+)?(?:as|that)\s+\W?$",
                        text[max(0, r["start"] - 120):r["start"]])
        if own and r["kind"] == "partial":
            owner = own.group(1) or own.group(2)
            r.update(speaker=owner[:1].lower() + owner[1:] if own.group(1) else owner,
                     speaker_type="role" if own.group(1) else "body", speaker_role="", attribution="owner")
            continue
        if r["speaker_type"] == "role" and r["speaker_mention_end"] > 0:
            # 'one rescuer, who gave his name only as Mehmet, told AFP'
            nm = re.match(r"\s*,\s*(?:who\s+)?(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
                          r"(?:who\s+(?:asked|wanted)\s+to\s+be\s+)?identified\s+(?:only\s+)?as|named\s+only\s+as)\s+"
                          r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)", text[r["speaker_mention_end"]:r["speaker_mention_end"] + 80])
            if nm:
                r.update(speaker=nm.group(1), speaker_type="person", attribution="named apposition")
                continue
        if r["speaker_type"] not in {"role", ""}:
            continue
        kr = key(r["quote"])
        twins = [x for x in speech if x is not r and x["speaker_type"] == "person" and x["speaker"]
                 and kr in key(x["quote"])] if len(kr.split()) >= 4 else []
        if twins:
            r.update(speaker=twins[0]["speaker"], speaker_type="person", speaker_role=twins[0]["speaker_role"],
                     attribution="repeated quote")
            continue
        role = r["speaker"].strip()
        pos = r["speaker_mention_start"] if r["speaker_mention_start"] >= 0 else r["start"]
        label = re.fullmatch(r"([A-Z][\w’'\- ]{0,40}):\s*\W?", text[:r["start"]]) if not role and r["start"] < 50 else None
        if label:   # headline 'Minister: "..."'
            role, pos = label.group(1), 0
        elif r["attribution"] not in {"before", "after"} or r["speaker_mention"].strip().lower() != role.lower():
            continue
        m = re.fullmatch(r"(?:[Tt]he\s+)?((?:[a-z][\w\-]*\s+){0,3})([A-Za-z][a-z\-]+)", role)
        if not m or any(p.start < pos for p in persons):
            continue
        head = m.group(2).lower()
        if (not label and not m.group(2)[:1].islower()) or head in _ORG_HEADS or head in {"statement", "report", "source", "sources", "officials", "government",
                                          "police", "army", "military", "group", "study", "document"} \
                or re.search(r"[^s]s$", head) \
                or not (role[:4].lower() == "the " or r["para_index"] == 0 and role[:1].isupper()) \
                or re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-’']+\s+){0,4}?" + re.escape(head) + r"\b", text[:pos]):
            continue
        later = [x for x in speech if x["start"] > r["start"] and x["speaker_type"] == "person" and x["speaker"]
                 and x["attribution"] in {"before", "after"} and x["para_index"] <= r["para_index"] + 2]
        if later:
            nxt = later[0]
            desc = nxt["speaker_role"].lower()
            if desc and re.search(r"\b" + ROLE_NOUNS + r"\b", desc) and not re.search(r"\b" + re.escape(head) + r"\b", desc):
                continue   # the next speaker is introduced with another role: a different person
            r.update(speaker=nxt["speaker"], speaker_type="person", speaker_role=nxt["speaker_role"] or role,
                     attribution="following speaker")
    for r in speech:   # the other parts of an utterance follow its first part
        first = next((x for x in speech if x["utterance_id"] == r["utterance_id"]), r)
        if first is not r and first["attribution"] in {"repeated quote", "following speaker", "named apposition"} \
                and r["attribution"] in {"inherited", "utterance"}:
            r.update(speaker=first["speaker"], speaker_type=first["speaker_type"], speaker_role=first["speaker_role"])


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Apply the stable column schema (QUOTE_COLUMNS) to a quotes table."""
    return df[list(QUOTE_COLUMNS)].astype(QUOTE_COLUMNS)


def _resolve_pronoun(text: str, pron: str, pos: int, persons: list[_Person], rows: list[dict]) -> tuple[str, str]:
    """Resolve he/she/they/it to the nearest fitting earlier speaker or person mention."""
    g = PRONOUNS.get(pron.lower(), "")
    if g in {"m", "f"}:
        roles = _role_subjects(text, pos)
        cands = [p for p in persons if p.end <= pos] + roles
        cands += [_Person(r["speaker"], r["speaker_mention_start"], r["speaker_mention_end"], gender_of(r["speaker"]))
                  for r in rows if r["speaker_type"] == "person" and 0 <= r["speaker_mention_start"] < pos]
        cands.sort(key=lambda p: p.start, reverse=True)
        if g == "f":
            fem = [p for p in cands if (p.gender or gender_of(p.name)) == "f" and pos - p.start < 1500]
            cands = fem + cands
        # the last quoted person keeps the floor unless a described/reporting person is introduced after them
        last = [r for r in rows if r["speaker_type"] == "person" and r["speaker"] and 0 <= pos - r["start"] < 2500
                and gender_of(r["speaker"]) in {g, ""}]
        if last:
            last_pos = max(last[-1]["start"], last[-1]["speaker_mention_end"])
            # a described person, or any person named earlier in the pronoun's own paragraph, takes the floor
            after_last = [p for p in cands if p.start > last_pos
                          and (p.speakerish or "\n" not in text[p.start:pos])
                          and _resolve_name(p.name, p.start, persons) != last[-1]["speaker"]]
            if not after_last:
                return last[-1]["speaker"], "person"
        for p in cands:
            pg = p.gender or gender_of(p.name)
            if pg in {g, ""}:
                if any(p is r for r in roles):
                    return p.name, "role"
                return _resolve_name(p.name, p.start, persons), "person"
        return "", "pronoun"
    if g == "p":
        # 'Diplomats said talks were tense. "...," they said.': a plural subject earlier in the same paragraph
        para0 = text.rfind("\n", 0, pos) + 1
        bare = list(re.finditer(r"(?:^|[.!?]\s+)((?:[A-Z][\w\-]*\s+)?(?:[A-Za-z][\w\-]*\s+)?(?:" + _PLURAL_NOUNS
                                + r"))\s+(?:said|say|told|added|warned|agreed)\b", text[para0:pos]))
        if bare:
            return bare[-1].group(1).strip(), "role"
    prior = [r for r in rows if r["speaker"] and r["speaker_type"] in {"role", "body"}
             and 0 <= pos - r["speaker_mention_start"] < 1500]
    if prior:
        return prior[-1]["speaker"], prior[-1]["speaker_type"]
    if g == "o":
        if re.search(r"\b(?:statement|communique)\b", text[max(0, pos - 300):pos]):
            issuer = _statement_issuer(text, pos)   # 'X issued a statement. "...," it said.'
            if issuer:
                return issuer, "body"
        org = _org_antecedent(text, pos)
        if org:
            return org, "body"
    if g == "p":
        grp = list(_PLURAL_RE.finditer(text, max(0, pos - 800), pos))
        if grp:
            return grp[-1].group().strip(), "role"
    return "", "pronoun"


_PLURAL_NOUNS = r"[Ww]omen|[Mm]en|[Rr]esidents|[Oo]fficials|[Ss]ources|[Aa]nalysts|[Vv]illagers|[Pp]rotesters|[Ww]orkers|" \
                r"[Ff]armers|[Ss]tudents|[Ww]itnesses|[Ee]xperts|[Oo]bservers|[Dd]octors|[Dd]iplomats|[Ll]awmakers|" \
                r"[Aa]ctivists|[Ll]eaders|[Cc]ommanders|[Ss]urvivors|[Rr]elatives|[Ee]conomists|[Tt]raders|[Ii]nvestigators"
_PLURAL_RE = re.compile(r"\b(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
                        r"hundreds\s+of|\d+)\s+)(?:[a-z\-]+\s+){0,2}(?:women|men|residents|officials|sources|"
                        r"analysts|villagers|protesters|people|workers|farmers|students|fighters|families|witnesses|"
                        r"experts|observers|soldiers|troops|police|doctors|parents|survivors|activists|leaders|"
                        r"diplomats|lawmakers|refugees|children|commanders|militants|demonstrators)\b")


_HUMAN_ROLE = (r"official|spokesman|spokeswoman|spokesperson|striker|employee|worker|resident|witness|diplomat|"
               r"officer|commander|soldier|analyst|expert|man|woman|doctor|nurse|teacher|student|farmer|driver|"
               r"activist|lawmaker|member|survivor|villager|shopkeeper|mother|father|relative|neighbou?r|guard|"
               r"engineer|journalist|reporter|leader|minister|envoy|adviser|advisor|source|fighter|militant|"
               r"policeman|policewoman|medic|protester|demonstrator|owner|manager|executive|director|girl|boy")
_ROLE_SUBJ_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+((?:[\w\-’']+\s+){0,5}?)(" + _HUMAN_ROLE + r")\b"
                           r"((?:\s+(?:for|at|of|from|in|with)\s+(?:the\s+)?[\w\-’']+(?:\s+[A-Z\w][\w\-’']*){0,4})?)"
                           r"(?=\s*,?\s+(?:said|says|told|added|confirmed|warned|explained|noted|stated|declined|"
                           r"refused|was|is|had|has|spoke|asked|insisted|acknowledged|[a-z]{3,}ed)\b)")


def _role_subjects(text: str, pos: int) -> list[_Person]:
    """Singular human role phrases in subject position before pos ('a spokesman for the company said')."""
    out = []
    base = max(0, pos - 1200)
    for m in _ROLE_SUBJ_RE.finditer(text, base, pos):
        before = text[max(0, m.start() - 40):m.start()]
        if re.search(r",\s*$", before):
            # after a comma: only '..., a female employee told AFP' (not an apposition 'Joel Wing, an analyst')
            if re.search(r"[A-Z][\w’'\-]*,\s*$", before) or not re.match(
                    r"\s*,?\s+(?:said|says|told|added|explained|noted|stated|insisted)\b", text[m.end():m.end() + 20]):
                continue
        elif not re.search(r"(?:^|[.!?;:“”\"]\s*|\n\s*|\s[-–—]\s+|\b(?:that|but|and|while|when)\s+)$", before):
            continue
        words = (m.group(1) + m.group(2)).lower()
        g = "f" if re.search(r"\b(?:female|woman|spokeswoman|mother|girl|policewoman)\b", words) else \
            ("m" if re.search(r"\b(?:male|man|spokesman|father|boy|policeman)\b", words) else "")
        phrase = text[m.start():m.end()].strip()
        phrase = phrase[0].lower() + phrase[1:]
        out.append(_Person(phrase, m.start(), m.end(), g, ""))
    return out


_PLACES = {"iraq", "syria", "iran", "baghdad", "erbil", "washington", "tehran", "israel", "gaza", "lebanon", "anbar",
           "kurdistan", "us", "u.s.", "united", "states", "america", "jordan", "yemen", "turkey", "london", "moscow",
           "russia", "china", "europe", "middle", "east", "west", "north", "south", "monday", "tuesday", "wednesday",
           "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december", "it", "the", "a", "an", "in", "on", "telegram"}


def _org_antecedent(text: str, pos: int) -> str:
    """Organisation that 'it' most likely refers to: first organisation named in the nearest earlier sentence."""
    sents = [m for m in re.finditer(r"[^.!?\n]+[.!?]*", text[max(0, pos - 1500):pos])]
    base = max(0, pos - 1500)
    for m in reversed(sents[:-1] if sents else []):
        sent = m.group().strip()
        if not sent or re.match(r"(?:It|They)\b", sent):
            continue
        for a, b in name_chunks(text, base + m.start(), base + m.end()):
            name = re.sub(r"^(?:The|A|An)\s+", "", text[a:b])
            toks = [t.lower().strip("’'.,") for t in name.split()]
            if toks and not all(t in _PLACES for t in toks) and looks_like_org(name):
                return name
        # 'The coast guard said ... "...," it said': a lower-case organisation subject
        sub = re.match(r"(?:[Tt]he)\s+((?:[a-z][\w\-]*\s+){0,3}?(?:" + _BODY_HEADS + r"))\s+(?:" + CUE_RE + r")\b", sent)
        if sub:
            return "the " + sub.group(1)
        break
    return ""


def _subject_before(text: str, cs: int) -> tuple[str, str]:
    """Speaker and type of the noun phrase that ends at ``cs`` within its paragraph (('', '') if none)."""
    s0, e0, _role = _np_span(text, text.rfind("\n", 0, cs) + 1, cs, forward=False)
    if s0 < 0:
        return "", ""
    spk, typ, _d = _speaker_from_mention(text, s0, e0)
    return spk, typ


def _statement_issuer(text: str, pos: int) -> str:
    """Issuer of 'the statement': nearest earlier 'X issued/released/posted a statement'."""
    best = ""
    win0 = max(0, pos - 600)
    for m in re.finditer(r"\b(?:said|says|announced|added|wrote)\s+(?:\w+\s+)?in\s+(?:a|an|its|his|her)\s+(?:\w+\s+)?"
                         r"(?:statement|post|message|letter)", text[win0:pos]):
        spk, typ = _subject_before(text, win0 + m.start())
        if spk and (typ in {"person", "body"} or typ == "role" and not re.search(
                r"\b(?:statement|post|message|letter|video)\b", spk)):
            best = spk
    for m in re.finditer(r"\s+in\s+(?:a|an|its|his|her)\s+(?:\w+\s+)?(?:statement|post|message|letter)\s+(?:\w+\s+)?"
                         r"(?:said|says|added|stated|announced)\b", text[win0:pos]):
        spk, typ = _subject_before(text, win0 + m.start())
        if spk and typ in {"person", "body", "role"}:
            best = spk
    # 'In a statement, Hezbollah said ...'
    for m in re.finditer(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|post|message|letter|"
                         r"communique)\s*(?:\s+on\s+\w+)?\s*,\s*([^.!?\n]{2,80}?)\s+(?:has\s+|also\s+)?(?:said|says|added|"
                         r"stated|announced|warned|claimed)\b", text[win0:pos]):
        spk, typ, _d = _speaker_from_mention(text, win0 + m.start(1), win0 + m.end(1))
        if spk and typ in {"person", "body", "role"} and not re.search(r"\b(?:statement|post|message|letter)\b", spk):
            best = spk
    # 'A statement from the Ministry of Transport said ...', 'a statement issued by X'
    for m in re.finditer(r"\b(?:statement|communique|message|letter|post)\s+(?:(?:issued|released|posted|signed)\s+)?"
                         r"(?:from|by)\s+((?:the\s+)?[A-Z][^,.;:!?\n]{1,80})", text[win0:pos]):
        g0 = win0 + m.start(1)
        chunks = name_chunks(text, g0, win0 + m.end(1))
        if chunks and chunks[0][0] - g0 <= 4:
            spk = strip_titles(text[chunks[0][0]:chunks[0][1]]) if not looks_like_org(text[chunks[0][0]:chunks[0][1]]) \
                else text[chunks[0][0]:chunks[0][1]]
            best = spk
    if best:
        return best
    for m in re.finditer(r"(?:^|[.!?]\s+|\n)([A-Z][^.!?\n]{1,80}?)\s+(?:has\s+|had\s+)?(?:issued|released|published|"
                         r"posted|put out|sent|circulated)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|message|post|"
                         r"communique|video|letter|warning|threat|declaration|response|note)", text[max(0, pos - 600):pos]):
        best = m.group(1).strip()
    if best:
        best = re.sub(r"^(?:On|In|Late|Early)\s+[^,]+,\s*", "", best).strip(" ,")
        names = [best[a:b] for a, b in name_chunks(best, 0, len(best))
                 if len(best[a:b].split()) >= 2 and not looks_like_org(strip_titles(best[a:b]))]
        if names:
            return strip_titles(names[-1])
    return best


def _document_author(text: str, s: int, e: int) -> str:
    """Signatories/authors of a document speaker: 'the letter, signed by 200 economists, said' -> '200 economists'.

    Convention: a document is credited to the people who signed or wrote it, when the text names them.
    >>> t = 'The letter, signed by 200 economists, said "no".'
    >>> _document_author(t, 0, 10)
    '200 economists'
    """
    if s < 0 or not re.search(r"\b(?:letter|statement|petition|declaration|report|open letter|appeal|op-ed|memo)$",
                              text[s:e].strip(), re.I):
        return ""
    m = re.match(r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:signed|written|authored|drafted|co-signed)\s+by\s+"
                 r"((?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+|about\s+)?(?:[\d,]+|dozens\s+of|hundreds\s+of|"
                 r"[a-z]+)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+s\b|(?:[A-Z][\w\-’'.]*\s+){1,4}[A-Z][\w\-’']*)", text[e:e + 200])
    return m.group(1).strip() if m else ""


_BODY_HEADS = r"military|army|government|police|ministry|agency|group|alliance|movement|militia|coalition|party|" \
              r"company|bank|department|office|embassy|council|commission|committee|court|union|organi[sz]ation|" \
              r"guard|navy|authority|authorities|administration|kremlin|pentagon|observatory|institute|foundation|charity"


def _expand_acronym(text: str, acr: str, pos: int) -> str:
    """Full name spelled out earlier for an acronym ('WHO' -> 'World Health Organization'), else ''.

    >>> _expand_acronym("The World Health Organization said so. The WHO said", "WHO", 45)
    'World Health Organization'
    """
    best = ""
    for m in re.finditer(r"[A-Z][\w\-’']*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w\-’']*)+", text[:max(0, pos)]):
        words = [w for w in m.group().split() if w[:1].isupper()]
        for i in range(len(words)):
            if "".join(w[0] for w in words[i:]) == acr:
                best = re.sub(r"^(?:The|A|An)\s+", "", m.group()[m.group().find(words[i]):])
                break
    return best


def _is_org_speaker(speaker: str) -> bool:
    """An organisation speaker: an organisation name or 'the <org noun>' ('the WHO', 'the Israeli military')."""
    core = re.sub(r"^(?:the|a|an)\s+", "", speaker.strip(), flags=re.I)
    if not core or re.search(r"\b(?:spokes\w+|officials?|sources?|members?|leaders?|chief|head|of\s+the)\b", core, re.I):
        return False
    last = core.split()[-1].lower().strip("’'.,")
    return bool(re.fullmatch(_BODY_HEADS, last)) or (looks_like_org(core) and core[:1].isupper()) \
        or bool(re.fullmatch(r"[A-Z]{2,6}", core))


def _org_by_head(text: str, role: str, pos: int) -> str:
    """'the group said' -> the nearest earlier name described by that noun ('aid group Sea-Watch', 'X, an alliance')."""
    m = re.fullmatch(r"the\s+(group|alliance|movement|militia|organi[sz]ation|coalition|bloc|faction|party|agency|"
                     r"charity|monitor|network|outfit)", role.strip(), re.I)
    if not m or pos <= 0:
        return ""
    head, win0 = m.group(1).lower(), max(0, pos - 1500)
    name = r"((?:[A-Z][\w\-’'.]*)(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w\-’'.]*){0,5})"
    best = (-1, "")
    for pat in (r"\b" + head + r"\s+" + name, name + r",\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){0,4}?" + head + r"\b"):
        for mm in re.finditer(pat, text[win0:pos]):
            if mm.start(1) > best[0]:
                best = (mm.start(1), re.sub(r"^(?:The|A|An)\s+", "", mm.group(1)))
    if best[1]:
        return best[1]
    # 'Lebanon's Hezbollah said ... "...," the group said': the organisation subject of the last report
    subs = [mm for mm in re.finditer(r"(?:^|\n|[.!?]\s+|\s[-–—]\s+)(?:[A-Z]\w+[’']s\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+"
                                     r"(?:said|says|claimed|announced|warned)\b", text[win0:pos])]
    if subs and looks_like_org(subs[-1].group(1)):
        return subs[-1].group(1)
    return ""


#: head nouns of organisations that a later 'the <noun> said' refers back to
_ORG_HEADS = {"ministry", "trust", "company", "bank", "agency", "institute", "university", "council", "commission",
              "committee", "union", "group", "foundation", "association", "charity", "department", "authority",
              "corporation", "airline", "party", "court", "office", "organisation", "organization", "federation",
              "network", "hospital", "club", "board", "service", "embassy", "centre", "center", "alliance", "fund"}


def _resolve_role(role: str, rows: list[dict], persons: list[_Person] | None = None, pos: int = 0,
                  text: str = "") -> str:
    """'the faction' / 'the spokesman' -> the latest speaker or named person whose descriptor has that noun."""
    m = re.match(r"(?:the|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,2}?([\w\-]+)$", role.strip(), re.I)
    if not m:
        return ""
    head = m.group(1).lower()
    if head in _ORG_HEADS and text and role.lower().startswith("the "):
        # 'the trust said' -> the nearest earlier organisation name ending in that noun ('Lakeside Hospital Trust')
        orgs = [text[a:b] for a, b in name_chunks(text, max(0, pos - 3000), pos)
                if len(text[a:b].split()) >= 2 and text[a:b].split()[-1].lower().strip("’'.,") == head]
        if orgs:
            return re.sub(r"^(?:The|A|An)\s+", "", orgs[-1])
    if head in {"sources", "source", "officials", "statement", "government", "army", "ministry", "pentagon"}:
        return ""
    contrast = r"\b(?:shadow|former|ex|deputy|vice|assistant|acting|junior|opposition)[\s\-]+(?:[\w\-]+\s+)?" + re.escape(head) + r"\b"
    blocked_desc = (lambda d: bool(re.search(contrast, d.lower())) and not re.search(contrast, role.lower()))
    cands: list[tuple[int, str]] = [(r["speaker_mention_start"], r["speaker"]) for r in rows
                                    if r["speaker"] and re.search(r"\b" + re.escape(head) + r"\b", (r["speaker_role"] or "").lower())
                                    and not blocked_desc(r["speaker_role"] or "")
                                    and r["speaker"].lower() != role.lower()]
    # earlier named persons with that role word, or (cataphora) one named in the next few sentences:
    # 'The police chief said ... "..." Chief Constable Andrew Fenwick said.'
    human = bool(re.fullmatch(_HUMAN_ROLE, head)) or head in TITLES
    cands += [(p.start, p.name) for p in (persons or []) if (p.start < pos or (human and p.start < pos + 400))
              and re.search(r"\b" + re.escape(head) + r"\b", p.role.lower()) and not blocked_desc(p.role)]
    cands = [c for c in cands if c[0] < pos] or cands
    # 'A Western diplomat said ... "...," the diplomat said': an unnamed role introduced after the
    # candidate names is the antecedent, so the role stays as written
    intro = [m.start() for m in re.finditer(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-’'.]+\s+){0,4}?" + re.escape(head)
                                            + r"\b", text[:pos])] if text else []
    if intro and (not cands or intro[-1] > max(cands)[0]):
        return ""
    if cands:
        return max(cands)[1]
    if re.fullmatch(_HUMAN_ROLE + r"|skipper|coach|captain|dutchman|frenchman|englishman|veteran|\d+-year-old", head) \
            or re.search(r"\d+-year-old$", role.strip()):
        near = [p for p in (persons or []) if p.start < pos and pos - p.start < 1200]
        if near:
            return near[-1].name
        later = [p for p in (persons or []) if pos <= p.start < pos + 300 and len(p.name.split()) >= 2]
        if later and re.search(r"\d+-year-old$", role.strip()):
            return later[0].name   # "'I'm devastated,' the 19-year-old said. Olivia Brennan had been ..."   # 'the former national skipper said' -> the person just introduced
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
    while toks and (toks[0] in DETERMINERS or toks[0].rstrip(".") in HONORIFICS):
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
    from .speakers import same_person  # local import: speakers does not import quotes
    return same_person(a, b)[0]


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
    extra = {}
    if "speaker_group" in pr and "speaker_group" in gd and len(m):
        same_group = [pr.loc[a, "speaker_group"] == gd.loc[b, "speaker_group"] for a, b in zip(m["pred_idx"], m["gold_idx"])]
        extra["group_accuracy"] = sum(same_group) / len(same_group)
    if "kind" in pr and "kind" in gd and len(m):
        same_kind = [pr.loc[a, "kind"] == gd.loc[b, "kind"] for a, b in zip(m["pred_idx"], m["gold_idx"])]
        extra["kind_accuracy"] = sum(same_kind) / len(same_kind)
    return {"n_pred": len(pr), "n_gold": len(gd), "matched": len(m), "precision": p, "recall": r, "f1": f,
            "exact_precision": pe, "exact_recall": re_, "exact_f1": fe,
            "speaker_accuracy": (sum(correct) / len(correct)) if correct else 0.0,
            "speaker_accuracy_all_gold": (sum(correct) / len(gd)) if len(gd) else 0.0, **extra}


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
        return extract_quotes("").assign(doc_id=pd.Series(dtype="str"))[["doc_id", *QUOTE_COLUMNS]]
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------------
# Held-out evaluation set (data/annotations/heldout_quotes.jsonl)
# --------------------------------------------------------------------------------------------------
def load_heldout(path: str | object) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a held-out JSONL file (id, split, text, quotes[...]) into (texts, gold) tables.

    texts: doc_id, split, text; gold: doc_id, split, start, end, quote, kind, speaker, is_speech.
    Offsets are checked (text[start:end] == quote) so a corrupted file fails loudly.

    >>> import json, tempfile, os
    >>> rec = {"id": "x1", "split": "dev", "text": '"Hi," he said.',
    ...        "quotes": [{"start": 1, "end": 4, "quote": "Hi,", "kind": "direct", "speaker": "", "is_speech": True}]}
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False); _ = f.write(json.dumps(rec)); f.close()
    >>> texts, gold = load_heldout(f.name); os.unlink(f.name)
    >>> texts.doc_id.tolist(), gold[["start", "end", "quote"]].values.tolist()
    (['x1'], [[1, 4, 'Hi,']])
    """
    import json
    from pathlib import Path

    texts, gold = [], []
    for line in Path(str(path)).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        texts.append({"doc_id": rec["id"], "split": rec.get("split", ""), "text": rec["text"]})
        for q in rec.get("quotes", []):
            if rec["text"][q["start"]:q["end"]] != q["quote"]:
                raise ValueError(f"{rec['id']}: offsets {q['start']}-{q['end']} do not match the quote {q['quote']!r}")
            gold.append({"doc_id": rec["id"], "split": rec.get("split", ""), "start": int(q["start"]),
                         "end": int(q["end"]), "quote": q["quote"], "kind": q.get("kind", ""),
                         "speaker": q.get("speaker", ""), "is_speech": bool(q.get("is_speech", True))})
    tcols = {"doc_id": "str", "split": "str", "text": "str"}
    gcols = {"doc_id": "str", "split": "str", "start": "int64", "end": "int64", "quote": "str", "kind": "str",
             "speaker": "str", "is_speech": "bool"}
    t = pd.DataFrame(texts, columns=list(tcols)).astype(tcols)
    g = pd.DataFrame(gold, columns=list(gcols)).astype(gcols)
    return (t.sort_values("doc_id", kind="stable").reset_index(drop=True),
            g.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True))


def evaluate_heldout(path: str | object) -> pd.DataFrame:
    """Span P/R/F1 (overlap and exact), speaker and kind accuracy of extract_quotes per split of a held-out file.

    One row per split (sorted) plus 'all'; columns: split, n_passages and the keys of ``evaluate_quotes``.
    """
    texts, gold = load_heldout(path)
    pred = extract_corpus_quotes(texts)
    rows = []
    for split in sorted(set(texts["split"])) + ["all"]:
        ids = set(texts["doc_id"]) if split == "all" else set(texts.loc[texts["split"] == split, "doc_id"])
        ev = evaluate_quotes(pred[pred["doc_id"].isin(ids)].reset_index(drop=True),
                             gold[gold["doc_id"].isin(ids)].reset_index(drop=True))
        rows.append({"split": split, "n_passages": len(ids), **ev})
    return pd.DataFrame(rows)
