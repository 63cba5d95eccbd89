"""Quoted spans that are not speech: titles, names, crossheads, signs, scare quotes, headline single marks, markup.

A quoted fragment governed by a reporting cue and a speaker is speech ("Trump pledged to "cancel" the
accord"); the same fragment with no cue or speaker in its sentence is a scare quote ("the so-called
"resistance"", "Obama's 'pivot'"). Names and titles stay non-speech even next to a cue. Whether a cue governs
the fragment is decided in ``extract.governed`` before these checks run (``_governing_cue``: an evaluative or
request cue, or a reporting or thinking verb whose clause holds the fragment; ``_cast_as``: 'introduced him as
"..."').
"""

from __future__ import annotations

import re

_WORK_NOUNS = (r"titled|entitled|program|programme|show|book|film|article|op-ed|column|headline|documentary|"
               r"newspaper|newssheet|newsletter|tabloid|weekly|daily|journal|magazine|song|slogan|campaign|operation|"
               r"novel|memoir|album|series|play|poem|podcast|"
               r"sequel|single|musical|opera|exhibition|movie|essay|biography|autobiography|thriller|hashtag|"
               r"bill|act|law|plan|report|speech|ad|video|segment|episode|class|course|rally|tour|event|debate|"
               r"forum|summit|conference|initiative|project|policy|doctrine|strategy|motto|theme|tagline")
#: a web address alone: "https://example.com/a.js", "//example.com/sdk.js", "www.example.com"
_ADDRESS = re.compile(r"\s*(?:(?:https?:)?//|www\.)\S+\s*", re.I)
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
#: a label a text keeps at arm's length with an adjective: 'the alleged “international coalition” forces'
_ALLEGED = re.compile(r"\b(?:the|an?|this|these|those)\s+(?:alleged|supposed|purported|self[- ](?:styled|proclaimed|"
                      r"declared))\s*$", re.I)
_NAMING = re.compile(r"\b(?:known\s+as|nicknamed|named|christened|titled|entitled|"
                     r"call(?:s|ing|ed)?\s+(?:itself|themselves|himself|herself)|goes\s+by|going\s+by|"
                     r"dubbed\s+(?:the|a|an)|"
                     # the other name after "or" ('a group calling itself "X" or "Y"', 'called X, or "Y"')
                     r"(?:known\s+as|call(?:s|ing|ed)\s+(?:itself|themselves)|(?:group|militia|faction|organi[sz]ation|"
                     r"brigades?|movement|front|cell|network)\b[^.;:“”\"]{0,40}?\bcalled)\s+"
                     r"(?:[“\"][^”\".;:]{1,50}[”\"]|(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|al-[\w'’-]+|al|of|the)){0,5}),?\s+or)"
                     r"\s*(?:the\s+)?$", re.I)
_SIGN = re.compile(r"\b(?:banners?|signs?|placards?|posters?|t-shirts?|shirts?|graffiti|billboards?|stickers?|"
                   r"caps?|hats?|flags?|slogans?|chants?)\s+(?:that\s+)?(?:read|reading|reads|saying|said|with|"
                   r"bearing|emblazoned\s+with)\s*:?\s*$|"
                   r"\b(?:banners?|signs?|placards?|posters?|graffiti|inscriptions?)\b[^.;:“”\"]{1,60}?"
                   r"\s(?:which|that)\s+(?:read|reads)\s*:?\s*$|"  # 'inscriptions on the wing that read "..."'
                   r"\b(?:written|painted|scrawled|inscribed|spray-painted|printed)\s+on\s+(?:it|them|its\s+\w+|their\s+\w+|"
                   r"the\s+\w+)\s*:\s*$", re.I)  # 'drones with Arabic phrases written on them: "..."': text on a thing
#: a gloss, a translation or a term named before a quote: 'Hashd al-Shaabi, Arabic for "...",' 'which means "...",'
#: 'known locally as a "...",' 'referred to as "...",' 'the word "..."': the quote names or translates, nobody speaks
_GLOSS = re.compile(r"\b(?:(?:Arabic|Persian|Farsi|Kurdish|Turkish|Hebrew|Urdu|Pashto|Dari|Russian|Ukrainian|French|"
                    r"Spanish|Latin|German|Chinese|Japanese|Korean|Italian|Portuguese)\s+for|which\s+means|name\s+means|"
                    r"meaning|(?<=,\s)literally|translat(?:es|ed|ing)\s+(?:as|to)|known\s+(?:[a-z]+ly\s+)?as|referred\s+to\s+as|"
                    r"(?:the|a)\s+(?:[a-z]+\s+)?(?:word|term|phrase|acronym|moniker|nickname))\s*,?\s*(?:(?:the|a|an)\s+)?$")
#: a comparison or an example before a quote: the quote names a kind of thing ('bombs similar to "shaped charges"')
#: a naming verb and its short object right before a quote: 'dubbed the raid "...",' 'code-named the mission "..."'
_NAMED_OBJECT = re.compile(r"\b(?:dubbed|christened|nicknamed|code-?named|named)\s+(?:(?:the|a|an|its|their|his|her|this|"
                           r"that)\s+)?[\w\-’']+(?:\s+[\w\-’']+){0,2}\s+$", re.I)
#: a common noun for a place, a vessel or a business right before its own name in quotes ('the gun shop "Pallada"')
_NAMED_PLACE_NOUN = re.compile(r"\b(?:attacked|hit|struck|targeted|raided|stormed|robbed|bombed|seized|boarded|sank|owns|owned|"
                               r"runs|ran|at|in|on|near|from|to|into|inside|outside|of|aboard)\s+"  # not 'called the X "..."'
                               r"(?:the|a|an|another|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:shop|store|restaurant|caf[eé]|"
                               r"hotel|bar|club|mall|market|bakery|pharmacy|factory|plant|farm|ship|vessel|tanker|boat|ferry|"
                               r"yacht|company|firm|brand|village|camp|base|outpost|checkpoint|mosque|church|school|hospital|"
                               r"station|compound|complex|building|tower|stadium)\s+$", re.I)
#: a military site named by its capitalised modifiers, a military word or its owner, whatever comes before ('that the US
#: Army's Green Village base "X"'); not after a naming or judging verb ('called the base "Fantastic"')
_NAMED_SITE = re.compile(r"(?:\bthe|['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:[A-Z][\w'’-]*|military|army|air|coalition|naval)\s+"
                         r"(?:base|airbase|air\s+base|camp|outpost|garrison)\s+$")
_CALLED_BEFORE = re.compile(r"\b(?:call(?:ed|s|ing)?|dubb(?:ed|ing)|nam(?:ed|ing)|label(?:l)?ed|describ(?:ed|ing)|"
                            r"term(?:ed|ing))\b", re.I)
#: the name of a military or police operation: '"Operation Desert Lantern"'
#: an opening bracket right before a quote (with "the" or "hereinafter"): a term the text defines ('("the Period")')
_DEFINED_BEFORE = re.compile(r"\(\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?$", re.I)
#: the term itself: an acronym ("DI") or "the" and a capitalised noun ("the Period", "the Company"), not a nickname
_DEFINED_TERM = re.compile(r"[A-Z]{2,6}|the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_OPERATION = re.compile(r"\W*(?:Operation|Op\.)\s+[A-Z]")
#: an advertisement's call to act at the start of a quote: '"Don't miss it! Claim your free ..."'
_ADVERT = re.compile(r"\W*(?:Don[’']t\s+miss\s+(?:out|it)\s*!|(?:Grab|Claim)\s+your\s+(?:free|exclusive)\b|Click\s+here\b)",
                     re.I)
#: labels that conflict reporting puts in quotation marks to keep its distance from a party's term: the
#: designation of an enemy ('"terrorists"', 'an "outlaw group"'), a euphemism for killing ('"neutralized"'), a
#: claimed status ('a "caliphate"', '"martyrs"') and the named security zones of a capital ('the "green zone"').
#: Quoted alone, such a label is a term kept at arm's length, not a speaker's words, even inside reported speech.
#: The adjective 'a "terrorist" attack' stays out: called or described so, it is a speaker's characterisation.
_DISTANCED_LABEL = re.compile(
    r"(?:(?:armed|outlaw|criminal|terrorist|terror)\s+)?(?:terrorists|terror(?:ist)?\s+(?:groups?|organi[sz]ations?|"
    r"cells?|elements?)|outlaw\s+(?:groups?|gangs?|elements?)|caliphate|neutrali[sz]ed|liquidated|martyrs?|martyred|"
    r"(?:green|red|international)\s+zone)", re.I)
#: an official designation before a quoted label: 'classify X as a ', 'designated the group as ', 'listed as an '
_DESIGNATED_AS = re.compile(r"\b(?:classif|designat|list|blacklist|proscrib)\w*\s+(?:[\w'’-]+\s+){0,4}?as\s+(?:an?\s+)?$",
                            re.I)
_LIKENED = re.compile(r"\b(?:similar\s+to|such\s+as|akin\s+to|comparable\s+to|resembling|compared\s+to|likened\s+to)\s*$", re.I)
#: a quoted term after such a comparison has at most this many words
LIKENED_MAX_WORDS = 3
#: a partial quote of this many words or more is someone's words, not a scare quote (those mark a word or phrase)
SCARE_MAX_WORDS = 8
_SMALL = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "or", "with", "by", "from", "is", "are",
          "de", "del", "da", "do", "dos", "la", "le", "les", "du", "des", "y", "e", "et", "al", "el", "von", "van"}  # a
# name's particles in other languages ("Carta de Mocambique", "Diario de Noticias")


#: a line that links to another story ("Read more:", "Also read:", "Related:"): its quotes are that story's title
_LINK_LINE = re.compile(r"^\W*(?:read\s+more|read\s+also|also\s+read|more\s+on\s+this|see\s+also|related(?:\s+(?:stories|story|"
                        r"articles?|news|coverage|content|reading))?)\s*[:|]|^\W*see\s+also\s+(?-i:[A-Z\d])", re.I)


#: a page's section labels, which head a line as a speaker's name would ("Watch: '...'", "Photos: '...'")
_SECTION_LABELS = (r"(?:watch|video|videos|photos?|pictures?|in\s+pictures|live|exclusive|analysis|opinion|explainer|"
                   r"breaking|updates?|gallery|listen|podcast|interview|comment|editorial|review|pictured|read|more|"
                   r"related|latest|timeline|factbox|fact\s+check|report|revealed|poll|quiz)\b")
#: a short line that names its speaker by a label or a dash, as headlines and captions do ("Ann Lee: '...'", "Exit
#: '...' - Lee"); ``\x00`` stands for the quote between the text before it and the rest of the line
_LABELLED_LINE = re.compile(r"(?:^|\n)\W*(?!(?i:" + _SECTION_LABELS + r"))(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}):\s*"
                            r"\x00\W*$|\x00.*\s[-–—]\s*(?!(?-i:[A-Z]{2,})\b)(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
                            r"(?<!News)(?<!Times)(?<!Post)(?<!Journal)(?<!Herald)(?<!Online)(?<!Today)(?<!Agency)(?<!Network)"
                            r"(?<!Press)(?<!Radio)\s*$", re.S)  # (a name: at most three words, not a headline's "Trump
# Addresses Munich Attack:", a section's "Watch:" nor an outlet's "- BBC News")


#: a line alone that heads a block of links to other stories ("Check Also", "More news from", "Related Posts")
LINKS_HEADING = re.compile(r"\W*(?:check\s+also|see\s+also|read\s+(?:more|also|next)|also\s+read|more\s+(?:news|stories|"
                           r"articles|from|in|on\s+this)(?:\s+from)?|latest\s+(?:news|stories|posts|articles|from|in)|top\s+"
                           r"(?:news|stories)|related(?:\s+(?:stories|story|articles?|news|posts?|coverage|content|reading))?|"
                           r"you\s+may\s+also\s+like|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|"
                           r"trending(?:\s+(?:now|stories|news))?|most\s+(?:read|popular|viewed|shared))"
                           r"(?:\s+(?-i:[A-Z])[\w.&’'-]*(?:\s+(?-i:[A-Z])[\w.&’'-]*){0,3})?\s*[:|»›-]?\s*", re.I)
#: (a name after the heading is capitalised: 'More from Politics', not 'Latest news of the strike')


def naming_context(before: str) -> bool:
    """Whether the text before a quote introduces a name ('known as', 'calling itself the', 'so-called').

    >>> naming_context("The group, calling itself the "), naming_context("He said ")
    (True, False)
    >>> naming_context('a group calling itself "Ahl al-Kahf" or '), naming_context("A group in Iraq called Ahl al-Kahf, or ")
    (True, True)
    """
    return bool(_NAMING.search(before) or _SO_CALLED.search(before))


#: patterns read by title_case, compiled once
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_CAP_OPEN = re.compile(r"\W*[A-Z0-9]")


def title_case(quote: str) -> bool:
    """Whether every word of a short quote is capitalised (small words excepted): a name or a title.

    >>> title_case("Saturday Night Live"), title_case("The Art of the Deal"), title_case("We will win")
    (True, True, False)
    """
    core = quote.rstrip(".,;:!?")
    words = _TITLE_WORD.findall(core)
    return bool(words) and len(words) <= 10 and bool(_CAP_OPEN.match(core)) and \
        all(w[:1].isupper() or w.lower() in _SMALL for w in words) and not re.search(r"[.!?]\W*$", quote)


def distanced_label(quote: str) -> bool:
    """Whether a quote is only a conflict label kept at arm's length ('"terrorists"', 'the "green zone"').

    >>> distanced_label("terrorists"), distanced_label("Outlaw group,"), distanced_label("we will hunt the terrorists")
    (True, True, False)
    >>> distanced_label("terrorist")
    False
    """
    return bool(_DISTANCED_LABEL.fullmatch(quote.strip(" .,;:'\"“”‘’")))


def non_speech_reason(text: str, quote: str, before: str, rest_of_para: str, attributed: bool, partial: bool,
                      single_in_double_style: bool) -> str:
    """Why a quoted span is not speech ('' when it is speech).

    ``before`` is the text of the sentence before the opening mark, ``rest_of_para`` the paragraph without
    the quote, ``attributed`` whether a cue and speaker govern the quote, ``partial`` whether it sits inside
    a sentence.
    >>> non_speech_reason("", "resistance", "the so-called ", "the so-called  groups", False, True, False)
    'scare quote'
    >>> non_speech_reason("", "cancel", "Trump pledged to ", "Trump pledged to  the accord.", True, True, False)
    ''
    >>> non_speech_reason("", "New Day.", "on CNN’s ", "on CNN’s ", True, True, False)
    'title'
    >>> non_speech_reason("", "Ann Lee", '<post author=', "", True, True, False)
    'markup'
    >>> non_speech_reason("", "international coalition", "forces of the alleged ", "", False, True, False)
    'scare quote'
    >>> non_speech_reason("", "https://connect.example.net/e.js", "(", "", False, True, False)
    'markup'
    >>> non_speech_reason("", "bunker busters", "officials say the shells are similar to ", "", True, True, False)
    'scare quote'
    >>> non_speech_reason("", "terrorist", "Its allies classify the group as a ", "", True, True, False)
    'scare quote'
    >>> non_speech_reason("", "terrorists", "The ministry vowed to drive out the ", "", True, True, False)
    'scare quote'
    >>> non_speech_reason("", "people of the hill,", "Its name, Arabic for ", "", True, True, False)
    'name'
    >>> non_speech_reason("", "Operation Desert Lantern", "The agency dubbed the raid ", "", True, True, False)
    'name'
    >>> non_speech_reason("", "the Period", "its results for the six months ended 30 June (", "", True, True, False)
    'name'
    >>> non_speech_reason("", "Don't miss it! Claim your free trial today!", "", "", True, False, False)
    'advert'
    >>> non_speech_reason("", "about results", "says election is ", "Read More: Official says election is ", True, True, False)
    'link'
    >>> long = "the worst deal ever negotiated by any government in history"
    >>> non_speech_reason("", long, "It was ", "It was ", False, True, False)
    ''
    """
    nwords = len(re.findall(r"\w+", quote))
    before = before[-80:]   # every pattern below is anchored at the end of the text before the quote
    if re.search(r"[\w\-]=\s*$", before):
        return "markup"   # an attribute value left in the text: '<tweet author="...">'
    if single_in_double_style and not (attributed and _LABELLED_LINE.search(before + "\x00" + rest_of_para[len(before):]) and
                                       len(rest_of_para.split()) <= 14):
        return "single marks"   # (a headline or caption line may quote in single marks: "X: '...'", "'...' - X")
    if _ADDRESS.fullmatch(quote):
        return "markup"   # a web address in quotation marks, as in a page's script: '‘https://connect.facebook.net/x.js’'
    if _LINK_LINE.match(rest_of_para):
        return "link"   # another story's title: "Read more: WHO mission reports 'rising desperation'"
    if re.search(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b", rest_of_para) and not attributed and len(rest_of_para.split()) <= 25:
        return "title"
    if _SIGN.search(before):
        return "sign"
    term = _term_reason(quote, before, nwords)
    if term:
        return term
    if _ADVERT.match(quote):
        return "advert"   # a sales line left in a scraped page: '"Don't miss it! Claim your free trial today!"'
    if nwords <= 6 and title_case(quote.rstrip(".")) and re.search(r"\b(?:the|of|with|by|from|called|named)\s*$", before):
        return "name"   # 'militants associated with the "Islamic Resistance of Iraq."'
    if title_case(quote.rstrip(".,")) and re.search(r"(?:[’']s|\b(?:" + _WORK_NOUNS + r"))\s*,?\s*$", before, re.I):
        return "title"
    if not rest_of_para.strip(" -–—.,:;*•\"“”") and not attributed and nwords <= 12 and not re.search(r"[.!?]\W*$", quote):
        return "crosshead"
    if partial and not attributed and (nwords <= SCARE_MAX_WORDS or title_case(quote)):
        return "scare quote"
    if not attributed and title_case(quote) and nwords <= 8:
        return "title"
    return ""


def _term_reason(quote: str, before: str, nwords: int) -> str:
    """'name' or 'scare quote' when the words before a quote mark it as a term, a label or a name, even inside
    reported speech ('' otherwise); ``before`` ends at the opening mark, ``nwords`` counts the quote's words.

    >>> _term_reason("bunker busters", "officials say the shells are similar to ", 2)
    'scare quote'
    >>> _term_reason("Operation Desert Lantern", "The agency dubbed the raid ", 3), _term_reason("we won", "He said ", 2)
    ('name', '')
    """
    closed = bool(re.search(r"[.!?]\W*$", quote))  # a sentence of its own, not a term
    if nwords <= 8 and _GLOSS.search(before) and not closed:
        return "name"   # a gloss or a term: 'the council, Welsh for "meeting place,"'
    if nwords <= LIKENED_MAX_WORDS and _LIKENED.search(before) and not closed:
        return "scare quote"   # a term likened to: 'shells similar to "bunker busters"'
    if distanced_label(quote) or nwords <= LIKENED_MAX_WORDS and _DESIGNATED_AS.search(before) and not closed:
        return "scare quote"   # a label kept at arm's length: 'removing "terrorists"'; a status a state assigns:
        # 'Ankara and its allies classify the PKK as a "terrorist" organisation'
    if nwords <= 8 and _SO_CALLED.search(before) or nwords <= 3 and _ALLEGED.search(before) and \
            not re.search(r"\b(?:I|we|you|me|us)\b", quote, re.I):
        return "scare quote"   # not a few words someone is said to have said: 'the alleged "I hate you" text'
    if nwords <= 8 and _NAMING.search(before):
        return "name"
    if nwords <= 6 and title_case(quote.rstrip(".,")) and (_NAMED_OBJECT.search(before) or _OPERATION.match(quote)):
        return "name"   # 'the agency dubbed the raid "Operation Desert Lantern"': a name given, nobody's words
    if nwords <= 4 and title_case(quote.rstrip(".,")) and not closed and (
            _NAMED_PLACE_NOUN.search(before) or _NAMED_SITE.search(before) and not _CALLED_BEFORE.search(before)):
        return "name"   # 'attacked the gun shop "Pallada"', 'the tanker "Sea Lark"': a place's or a thing's own name
    if nwords <= 4 and _DEFINED_BEFORE.search(before) and _DEFINED_TERM.fullmatch(quote.strip(" ,.")):
        return "name"   # a term a text defines for itself: 'Dubai Investments PJSC ("DI")', 'the six months ("the Period")'
    return ""


#: before a name in a noun phrase: a preposition or an article, maybe with one adjective ('the Kurdish ')
_NAME_SLOT = re.compile(r"\b(?:the|to|on|into|in|at|near|for)\s+(?:[A-Za-z][a-z]+\s+)?$")
#: after a name in a noun phrase: a relative clause, or a lowercase noun it modifies (no article, no verb form)
_NAME_HEAD = re.compile(r"\s*(?:,\s*(?:who|which)\b|(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|and|or|but|to|"
                        r"as|is|was|are|were|be|has|had|have|will|would|said|says)\b)[a-z]{3,}\b)")


def name_in_phrase(before: str, quote: str, after: str) -> bool:
    """Whether a short capitalised quote with no final stop is a proper name inside a noun phrase, after an article or
    a preposition and before the noun it modifies or a relative clause: a place, an outlet or a group that wire copy
    marks as a name, nobody's words.

    >>> name_in_phrase("sources told the ", "Tamsa", " correspondent in the town"), name_in_phrase("to ", "Stop", " the war")
    (True, False)
    """
    if len(quote.split()) > 4 or not title_case(quote) or re.search(r"[.!?,;:]\W*$", quote) or not _NAME_SLOT.search(before):
        return False
    return bool(_NAME_HEAD.match(after))


#: what follows an organisation's name used as a modifier or a subject inside the clause: "'s", a noun of its members,
#: units or arms, or a verb of what a body did ('"Islamic State" fighters', '"Hamas" had fired')
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[’']s\b|(?:fighters?|militants?|gunmen|members?|forces|militia|militiamen|commanders?|"
                             r"leaders?|officials?|supporters|remnants|cells?|positions|attacks?|rockets?|drones?|units?|"
                             r"troops|soldiers|operatives|elements|had|has|have|killed|attacked|claimed|fired|launched|took|"
                             r"seized|captured|controlled|carried|shelled|stormed)\b)", re.I)
#: before such a name: a copula, an answer or a vote ('the answer was "Hamas"', 'said only "Pentagon"', 'vote "Labour"'):
#: the speaker's own word
_ANSWER_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|only|vote|voted|voting|back|backed|chant(?:ed|ing)?|"
                            r"shout(?:ed|ing)?|repl(?:ied|y)|answer(?:ed)?)\s*$", re.I)


def organisation_name(quote: str, after: str, before: str = "") -> bool:
    """Whether a quote is nothing but the name of a known organisation (``lexicon.organisations``) used inside a clause
    as a modifier or a subject: a name the writer marks, nobody's words, even inside reported speech ('said that
    "Islamic State" fighters attacked').

    >>> organisation_name("Islamic State", " fighters attacked"), organisation_name("Islamic State", ", he said")
    (True, False)
    >>> organisation_name("Hamas", " every single time", "The answer, he said, was ")
    False
    """
    from . import lexicon

    name = quote.strip(" ,.")
    return len(name.split()) <= 6 and title_case(name) and name.lower() in lexicon.organisations() and \
        bool(_CLAUSE_GOES_ON.match(after)) and not _ANSWER_BEFORE.search(before)


def nickname(before: str, quote: str, after: str) -> bool:
    """A short capitalised quote inside a personal name: 'Wissam Mohammed "Abu Bakr" al-Saadi', 'Dwayne "The Rock" Johnson'.

    >>> nickname("killed was Wissam Mohammed ", "Abu Bakr", " al-Saadi, the commander"), nickname("Trump said ", "Yes", " Then")
    (True, False)
    >>> nickname("led by Gov. J.R. ", "Buck", " Tanner (R)")
    True
    """
    return len(quote.split()) <= 4 and title_case(quote) and not re.search(r"[.!?,]\W*$", quote) and \
        bool(re.search(r"\b(?:[A-Z][\w’'\-]+|(?:[A-Z]\.){1,3})\s$", before)) and bool(re.match(r"\s(?:[A-Z][\w’'\-]+|(?:al|el|bin|ibn|abu)[-–—]?\w)", after)) \
        and not re.search(r"\b(?:said|says|told|wrote|added)\s$", before)
