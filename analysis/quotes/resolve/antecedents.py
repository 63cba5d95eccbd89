"""What a pronoun, a relative 'who', a role ('the senator'), a body ('the ministry') or a document ('the statement')
stands for: the nearest earlier person, body or issuer the article names, within a bounded window."""

from __future__ import annotations

import re
from functools import lru_cache


from .. import lexicon
from ..mentions import Mention, np_at_end
from ..mentions.parts import _is_appositive, _parts
from ..names import gender_of, looks_like_org, name_chunks, strip_titles
from .descriptors import _descriptor_after, descriptor_before
from .people import LOOKBACK, Person, PersonIndex, Resolved, full_name
from .people import person_index  # noqa: F401  (the examples use it)

#: a relative clause between a role subject and its speech verb ('A witness who asked not to be named told AFP'), whose
#: first word is a verb (not 'A man who witnesses said had fired'), the speech verb not a passive's ('was told')
_WHO_THEN_SPEAKS = (r"(?:\s+who\s+(?:[a-z]+ed|spoke|saw|was|is|has|had|lives|works|gave|knew|heard|lost|fled|ran)\b"
                    r"(?:\s+[\w\-’']+){0,6}?(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bbe),?)"
                    r"(?=\s+(?:said|says|told|added|explained|recalled|described|spoke|confirmed)\b)")


@lru_cache(maxsize=1)
def _role_subject_re() -> re.Pattern[str]:
    """Singular human role phrases in subject position ('A spokesman for the company confirmed'), also with a
    relative clause before a speech verb ('A witness who declined to be named said')."""
    nouns = sorted({r.noun for r in lexicon.role_nouns().values() if r.kind == "person" and not r.plural and " " not in r.noun},
                   key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[a-z],\s)|(?<=\bthat\s)|(?<=[-–—]\s))((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                      r"(?:[\w\-’'.]+\s+){0,4}?(?:" + "|".join(map(re.escape, nouns)) + r")"
                      r"(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?[\w\-’']+(?:\s+[A-Z][\w\-’']*){0,3})?)"
                      r"(?:(?=\s*,?\s+(?:(?:also|later|then|further|earlier|again)\s+)?(?:[a-z]+ed|said|says|told|spoke|wrote|is|"
                      r"was|has|had|declined|refused)\b)|" + _WHO_THEN_SPEAKS + ")")


@lru_cache(maxsize=1)
def _plural_subject_re() -> re.Pattern[str]:
    """Plural people or groups in subject position ('Diplomats said', 'the striking workers voted')."""
    nouns = sorted({w for w, r in lexicon.role_nouns().items() if r.plural and r.kind == "person" and " " not in w},
                   key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bbut\s))((?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|"
                      r"[Ii]ts|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|\d+)\s+)?(?:(?!(?:said|says|say|told|tells|reported|added|"
                      r"stated|announced)\b)[\w\-’'.]+\s+){0,3}?(?:" +  # (not "Police said 30 migrants were")
                      "|".join(map(re.escape, nouns)) + r"))(?=\s+(?:[a-z]+ed|said|say|told|have|had|are|were|voted|"
                      r"warned|insisted|spoke|wrote)\b)", re.I)


@lru_cache(maxsize=1)
def _body_subject_re() -> re.Pattern[str]:
    """A definite body described in common nouns opening a sentence as its subject ('The prime minister's office
    issued', 'The ministry said')."""
    nouns = sorted({r.noun for r in lexicon.role_nouns().values() if r.kind == "body" and not r.plural}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([Tt]he\s+(?:[\w\-’'.]+\s+){0,3}?(?:" + "|".join(map(re.escape, nouns)) +
                      r"))(?=\s+(?:[a-z]+ed|said|says|issued|released|put\s+out|is|was|has|had)\b)")


def body_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str]]:
    """(offset, phrase) of definite bodies opening sentences as subjects in text[lo:pos], for 'it said'.

    >>> t = "Rockets fell. The prime minister's office issued a statement."; body_subjects(t, 0, len(t))
    [(14, "the prime minister's office")]
    """
    return [(m.start(1), "t" + m.group(1)[1:]) for m in _body_subject_re().finditer(text, lo, pos)]


def plural_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str]]:
    """(offset, phrase) of plural people subjects in text[lo:pos], for 'they said'.

    >>> plural_subjects("Diplomats said talks were tense.", 0, 32)
    [(0, 'diplomats')]
    """
    out = []
    for m in _plural_subject_re().finditer(text, lo, pos):
        phrase = m.group(1)
        out.append((m.start(1), phrase[:1].lower() + phrase[1:] if phrase.split()[0].lower() in lexicon.DETERMINERS
                    or phrase.split()[0].lower() in lexicon.role_nouns() else phrase))
    return out


def role_subjects(text: str, lo: int, pos: int) -> list[tuple[int, str, str]]:
    """(offset, phrase, gender) of unnamed singular role subjects in text[lo:pos].

    >>> role_subjects("A spokesman for the company confirmed the strike.", 0, 49)
    [(0, 'a spokesman for the company', 'm')]
    >>> role_subjects("The minister’s spokesperson also said it was true.", 0, 49)
    [(0, 'the minister’s spokesperson', '')]
    >>> role_subjects("A witness who asked not to be named told AFP.", 0, 44)
    [(0, 'a witness', '')]
    """
    out = []
    for m in _role_subject_re().finditer(text, lo, pos):
        phrase = m.group(1)
        if re.search(r"[A-Z][\w’'\-.]*,\s*$", text[max(0, m.start(1) - 40):m.start(1)]):
            continue   # 'Hamdi Malik, an analyst, commented': an apposition, not a subject
        g = "f" if re.search(r"\b(?:woman|spokeswoman|mother|girl|wife|actress|chairwoman|congresswoman)\b", phrase) else \
            ("m" if re.search(r"\b(?:man|spokesman|father|boy|husband|chairman|congressman)\b", phrase) else "")
        out.append((m.start(1), phrase[:1].lower() + phrase[1:], g))
    return out


#: a speech verb right after a name: the person speaks there in indirect speech ('Ann Lee said the court ...',
#: 'Lee admitted to ...'); a plain act ('Lee opened the scoring') does not take the floor from the last speaker
_REPORTS_AFTER = re.compile(r"\s+(?:said|says|told|added|argued|insisted|stated|claimed|explained|admitted|"
                            r"acknowledged|conceded|denied|warned|accused|urged)\b")


#: a verb's object position right before a name ("asked Bob Hale", "met with Dr. Ann Lee", "thanked him and Bo Day")
_OBJECT_BEFORE = re.compile(r"\b(?:asked|questioned|pressed|met|told|thanked|urged|called|visited|interviewed|criticized|"
                            r"criticised|accused|praised|blamed|replaced|succeeded|defeated|fired|hired|appointed|"
                            r"nominated|named|elected|met\s+with|spoke\s+with|spoke\s+to|talked\s+to|talked\s+with)\s+"
                            r"(?:(?:[A-Z][a-z]{1,4}\.|[A-Z][a-z]+)\s+){0,3}$")


def _object_position(text: str, start: int) -> bool:
    """Whether a name at ``start`` is the object of a verb ('Sen. Bo Day asked Ann Lee, ...'), which a later 'he' or
    'she' is less likely to mean than the verb's subject.

    >>> t = "Senator John Lee asked Bob Hale about it."; _object_position(t, t.index("Bob")), _object_position(t, t.index("John"))
    (True, False)
    """
    return bool(_OBJECT_BEFORE.search(text, max(0, start - 60), start))


#: between a speaking subject and a later name of its sentence: a speech verb and 'that' open the reported clause
_REPORTED_BETWEEN = re.compile(r"[^.!?;“”\"\n]{0,60}?\s(?:said|says|told\s+(?:[\w.]+\s+){1,3}|added|argued|insisted|stated|"
                               r"claimed|charged|alleged|warned|noted|complained|explained|believes|believed)\s+that\s"
                               r"[^.!?;“”\"\n]{0,80}$")


def _reported_position(text: str, x: Person, people: list[Person]) -> bool:
    """Whether a name stands in the clause another person of its sentence reports ('Ann Lee said that Bob Day had
    lied'), which a later 'he added' is less likely to mean than the one who reported it.

    >>> t = "Ann Lee said that Bob Day had lied."; idx = person_index(t, []); ps = idx.before(len(t))
    >>> [_reported_position(t, p, ps) for p in ps]
    [False, True]
    """
    return any(y.start < x.start and _REPORTED_BETWEEN.fullmatch(text, y.end, x.start) for y in people)


def resolve_pronoun(text: str, pron: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """he/she: the last quoted person of that gender unless another person became a subject since;
    they/it: the last body or plural speaker, else the nearest organisation named before.

    ``prior`` holds (mention offset, resolved speaker) of earlier quotes, in order.
    >>> idx = person_index("Mary Lee, a senator, spoke. Later John Day arrived.", [])
    >>> resolve_pronoun("", "she", 60, idx, []).speaker
    'Mary Lee'
    >>> t = "Tom Lee spoke." + chr(10) + "In court, John Hart said the case was weak." + chr(10) + "“It is bad,” he said."
    >>> resolve_pronoun(t, "he", t.index("he said"), person_index(t, []), [(0, Resolved("Tom Lee", "person", ""))]).speaker
    'John Hart'
    """
    g = lexicon.PRONOUNS.get(pron.lower(), "")
    recent = [(p, r) for p, r in prior if 0 <= pos - p < LOOKBACK]
    if g in {"m", "f"}:
        last = next(((p, r) for p, r in reversed(recent) if r.type == "person" and gender_of(r.speaker) in {g, ""}), None)
        cands = [x for x in index.before(pos) if (x.gender or gender_of(x.name)) in {g, ""}]
        para0 = text.rfind("\n", max(0, pos - LOOKBACK), pos)  # every candidate starts after pos - LOOKBACK: no further back
        cands = [x for x in cands if not _object_position(text, x.start)] or cands  # "X asked Y, ... He pressed": X
        cands = [x for x in cands if not _reported_position(text, x, cands)]   # "X said that Y lied. ... he added": X
        newer = [x for x in cands if last is None or (x.start > last[0] and index.is_subject(x)
                                                      and (x.start > para0 or x.role or _descriptor_after(text, x.end)
                                                           or _REPORTS_AFTER.match(text, x.end)))]
        if last is not None and newer and full_name(newer[-1].name, newer[-1].start, index) == last[1].speaker:
            newer = []   # the last speaker named again after the others: still the one speaking
        newer = [x for x in newer if last is None or full_name(x.name, x.start, index) != last[1].speaker]
        roles = [r for r in role_subjects(text, max(0, pos - 800), pos) if r[2] in {g, ""}
                 and (last is None or r[0] > last[0]) and (not (newer or cands) or r[0] > (newer or cands)[-1].start)]
        if roles:
            return _role_antecedent(text, roles[-1][1], roles[-1][0], index, prior)
        if last is not None and not newer:
            return last[1]
        if newer or cands:
            x = (newer or cands)[-1]
            return Resolved(full_name(x.name, x.start, index), "person", x.role)
        return Resolved("", "pronoun")
    group = next((p_r for p_r in reversed(recent) if p_r[1].type in {"body", "role"} and pos - p_r[0] < 1500
                  and not (pron.lower() == "it" and _one_person_role(p_r[1].speaker))), None)   # 'it' is no 'a member'
    plural = plural_subjects(text, max(0, pos - 800), pos) if g == "p" else []
    if plural and (group is None or plural[-1][0] > group[0]):
        return Resolved(plural[-1][1], "role")
    bodies = body_subjects(text, max(0, pos - 600), pos) if pron.lower() == "it" else []
    if bodies and (group is None or bodies[-1][0] > group[0]):   # 'The ministry issued a statement. "...," it said.'
        return resolve_role(text, bodies[-1][1], bodies[-1][0], index, prior)
    if group is not None:
        return group[1]
    org = _org_before(text, pos) or (_issuer_before(text, pos) if pron.lower() == "it" else "")
    return Resolved(org, "body") if org else Resolved("", "pronoun")


def _issuer_before(text: str, pos: int) -> str:
    """The name that issued a statement (a letter, a release) in the 400 characters before pos and is no one's given
    name: what 'it' stands for ('Chesapeake issued a statement ..., saying that it maintained "..."'); '' if none.

    >>> t = 'After Chesapeake issued a statement, saying that it kept "a positive outlook"'; _issuer_before(t, t.index("it kept"))
    'Chesapeake'
    >>> _issuer_before("Mary Lee issued a statement, saying it", 35)
    ''
    """
    found = [m.group(1) for m in _ISSUER.finditer(text, max(0, pos - 400), pos)]
    name = found[-1] if found else ""
    return name if name and not gender_of(name) and not name.startswith(("The ", "A ", "An ")) else ""


#: a capitalised name (maybe set off by commas) that issued a statement, a release or a letter
_ISSUER = re.compile(r"(?<![\w’'-])(?!(?:After|Before|When|While|As|Since|But|And|Then|Meanwhile|However|Earlier|Later|"
                     r"Also|On|In|At|Last|This|It|He|She|They|We)\b)"
                     r"([A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*){0,4}),?\s+(?:has\s+|had\s+|"
                     r"also\s+)?(?:issued|released|put\s+out|published|sent)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?"
                     r"(?:statement|release|letter|communiqu[eé])\b")


def _role_antecedent(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """The speaker a role subject that a pronoun refers back to stands for: the person a definite role names ('The
    chief declined. "No," he said' after 'Police Chief Dan Ruiz'), else the role phrase itself.

    >>> t = "Police Chief Dan Ruiz spoke. The chief declined to say more."
    >>> _role_antecedent(t, "the chief", t.index("The chief"), person_index(t, []), []).speaker
    'Dan Ruiz'
    >>> _role_antecedent(t, "a spokesman", 0, person_index(t, []), []).speaker
    'a spokesman'
    """
    r = resolve_role(text, phrase, pos, index, prior) if re.match(r"(?:the|this)\s", phrase) else None
    return r if r is not None and r.type == "person" else Resolved(phrase, "role")


def _one_person_role(phrase: str) -> bool:
    """Whether a role phrase names one person ('a member of X', 'the spokesman'), whom 'it' cannot stand for.

    >>> _one_person_role("a member of Kataib Hezbollah"), _one_person_role("the ministry"), _one_person_role("officials")
    (True, False, False)
    """
    head = re.split(r"\s+(?:of|for|at|from|with|in|to)\s+", phrase.strip(), maxsplit=1)[0].split()
    role = lexicon.role_nouns().get(head[-1].lower().strip(".,’'")) if head else None
    return role is not None and role.kind == "person" and not role.plural


def _org_before(text: str, pos: int, head: str = "") -> str:
    """The last organisation-like capitalised name in the 600 characters before pos, ending in ``head`` when
    given ('the ministry' -> 'Ministry of Defence'); '' if none."""
    best = ""
    for a, b in name_chunks(text, max(0, pos - 600), pos):
        name = re.sub(r"^(?:The|A|An)\s+", "", text[a:b])
        if looks_like_org(name) and name.lower() not in lexicon.countries() and (not head or head in name.lower()):
            best = name
    return best


#: a clause part that opens right after a closing quotation mark ('" said Ann Lee'): no apposition of what came before
_AFTER_CLOSING_MARK = re.compile(r"\s*[”\"’']")


def resolve_who(text: str, who_start: int, lo: int) -> Mention | None:
    """The antecedent of a relative 'who': the noun phrase right before ', who', '(who' or 'who'.

    >>> t = "Sen. Ann Lee, who chairs the panel, said"; resolve_who(t, 14, 0).name
    'Ann Lee'
    >>> t = "The mayor (who told reporters"; resolve_who(t, 11, 0).name
    'The mayor'
    >>> t = "He cited the assessment of Mayor Ann Lee, who called it"; resolve_who(t, t.index("who"), 0).name
    'Ann Lee'
    >>> t = "He attended the church of the Rev. James Betner, who remembered him"; resolve_who(t, t.index("who"), 0).name
    'James Betner'

    An inverted attribution after a quote is the clause the 'who' follows, never an apposition of the quote's words:
    >>> t = '"We met the nurses," said Ann Lee, who added'; resolve_who(t, t.index("who"), 0).name
    'Ann Lee'
    """
    end = who_start
    while end > lo and text[end - 1] in " ,(":
        end -= 1
    parts = _parts(text, max(lo, end - 200), end)
    k = len(parts) - 1
    while k > 0 and _is_appositive(text, parts[k]) and not _AFTER_CLOSING_MARK.match(text, parts[k][0], parts[k][1]):
        k -= 1
    m = np_at_end(text, parts[k][0], parts[k][1], subject=False) if parts else None
    of = text.rfind(" of ", m.start, m.end) if m is not None and m.kind in {"document", "body"} else -1
    if of >= 0 and m.kind == "body" and not re.search(r"\b[a-z]+$", text[m.start:of]):
        of = -1   # "the Royal College of Nursing, who": a body's own name, not "the church of X"
    whose = np_at_end(text, of + 4, m.end, subject=False) if of >= 0 else None
    return whose if whose is not None and whose.kind in {"person", "role"} else m   # 'the assessment of X, who': X
    # ('the church of the Rev. X, who': X, a person; a body is no 'who')


def resolve_role(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the senator' -> the nearest earlier person described or titled with that noun; otherwise the phrase.

    >>> idx = person_index("Sen. Ann Lee spoke on Monday.", [])
    >>> resolve_role("", "the senator", 40, idx, []).speaker
    'Ann Lee'
    >>> t = "Wales head coach Warren Gatland spoke. Maro Itoje scored. The head coach said"
    >>> resolve_role(t, "the head coach", t.index("The head"), person_index(t, []), []).speaker
    'Warren Gatland'
    """
    m = re.fullmatch(r"(?:the|this)\s+(?:[\w\-’'.]+\s+){0,3}?(\w[\w\-]*)", phrase.strip(), re.I)
    if not m:
        return Resolved(phrase, "role")
    head = re.sub(r"^\d+-", "", m.group(1).lower())
    body = lexicon.role_nouns().get(head)
    if body is not None and body.kind == "body":
        return _resolve_body(text, phrase, head, pos, prior)
    keys = _role_keys(head)
    if not keys or re.search(r"\b(?:a|an|one|another)\s+(?:[\w\-’'.]+\s+){0,3}?" + re.escape(head) + r"\b",
                             text[max(0, pos - 600):pos], re.I):
        return Resolved(phrase, "role")
    for p, r in reversed(prior):
        if 0 <= pos - p < LOOKBACK and r.type == "person" and _has_role(r.role, keys):
            return r
    for x in [*reversed(index.before(pos)), *index.after(pos, 400)]:  # titled, or described before or after the name
        if _has_role(x.role + " " + _descriptor_after(text, x.end), keys) or _has_role(descriptor_before(text, x.start), keys):
            return Resolved(full_name(x.name, x.start, index), "person", x.role)
    earlier = described_earlier(text, phrase, pos, index)
    if earlier:
        return Resolved(full_name(earlier.name, earlier.start, index), "person", earlier.role)
    found = _epithet(text, phrase, pos, index, prior)
    return Resolved(phrase, "role") if found.type == "person" and _office_conflict(found.role, keys) else found


def _office_conflict(role: str, keys: set[str]) -> bool:
    """Whether a person's title names an office other than the epithet's ('Sen.' for 'the minority leader').

    >>> _office_conflict("French President", {"nominee"}), _office_conflict("Sen.", {"senator", "sen"})
    (True, False)
    >>> _office_conflict("", {"candidate"}), _office_conflict("Mr.", {"businessman"})
    (False, False)
    """
    offices = {w for w in (x.lower().strip(".,’'") for x in role.split())
               if lexicon.titles().get(w, ("", ""))[0] or (r := lexicon.role_nouns().get(w)) is not None
               and r.kind == "person" and r.group in {"government", "legislator", "military"}}
    return bool(offices) and not offices & keys


_PREDICATE = re.compile(r"(?:\bas|,|\b(?:is|was|became|becomes|remains|remained))\s+$", re.I)


def described_earlier(text: str, phrase: str, pos: int, index: PersonIndex) -> Person | None:
    """The person an earlier sentence described with the same words ('X spoke as the Democratic nominee', 'X, the
    nominee,'): the nearest person before that description in its sentence, or None.

    >>> t = "Ann Lee spoke as the Democratic nominee, attacking Bob Hart. “No,” said the Democratic nominee."
    >>> described_earlier(t, "the Democratic nominee", t.rindex("the Dem"), person_index(t, [])).name
    'Ann Lee'
    """
    core = re.sub(r"^(?:the|this)\s+", "", phrase.strip(), flags=re.I)
    lo = max(0, pos - LOOKBACK)
    hits = [m for m in re.finditer(r"\b(?:the\s+)?" + re.escape(core) + r"\b", text[lo:pos], re.I)
            if _PREDICATE.search(text, max(0, lo + m.start() - 12), lo + m.start())]
    if not hits:
        return None
    at = lo + hits[-1].start()
    stop = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    people = [x for x in index.before(at, at - stop) if x.end <= at]
    return people[-1] if people else None


def _epithet(text: str, phrase: str, pos: int, index: PersonIndex, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the former national skipper', 'the 46-year-old': the person the article is about just before, when the
    role noun does not say who (the last speaker or named subject within the previous 1,200 characters), never one
    named earlier in the epithet's own sentence ('X “...,” the minister replied': the minister is someone else)."""
    other = _named_in_sentence(text, pos, index)
    last = next((r for p, r in reversed(prior) if 0 <= pos - p < 1200 and r.type == "person" and r.speaker not in other), None)
    subj = [x for x in index.before(pos, 1200) if index.is_subject(x) and full_name(x.name, x.start, index) not in other]
    if subj and (last is None or subj[-1].start > next(p for p, r in reversed(prior) if r is last)):
        return Resolved(full_name(subj[-1].name, subj[-1].start, index), "person", subj[-1].role)
    if last is None and not index.before(pos, 1200) and re.search(r"\d+-year-old$", phrase):   # named only after it
        ahead = [x for x in index.after(pos, 400) if len(x.name.split()) >= 2 and index.is_subject(x)]
        if ahead:
            return Resolved(ahead[0].name, "person", ahead[0].role)
    return last if last is not None else Resolved(phrase, "role")


def _named_in_sentence(text: str, pos: int, index: PersonIndex) -> set[str]:
    """Full names of the people named earlier in the sentence (and paragraph) that ends at ``pos``.

    >>> t = "Mary Lee spoke. John Hart “will pay,” the mayor said."; sorted(_named_in_sentence(t, t.index("the mayor"), person_index(t, [])))
    ['John Hart']
    >>> t = "John Hart spoke. The mayor said"; _named_in_sentence(t, t.index("The mayor"), person_index(t, []))
    set()
    """
    out: set[str] = set()
    for x in reversed(index.before(pos, 400)):
        if "\n" in text[x.end:pos] or re.search(r"[.!?][”\"’]?\s+[A-Z“\"]", text[x.end:pos + 1]):
            break
        out.add(full_name(x.name, x.start, index))
    return out


def _resolve_body(text: str, phrase: str, head: str, pos: int, prior: list[tuple[int, Resolved]]) -> Resolved:
    """'the faction', 'the group', 'the ministry': the last body quoted or named before, described by that noun."""
    bodies = [r for p, r in reversed(prior) if 0 <= pos - p < 1500 and r.type == "body"]
    for r in bodies:
        if head in r.speaker.lower() or head in r.role.lower():
            return r
    generic = head in {"faction", "group", "militia", "movement", "alliance", "organization", "organisation", "brigade"}
    if bodies and generic:
        return _body_of_kind(text, pos, phrase, bodies)
    bare = generic and re.fullmatch(r"(?:the|this)\s+" + re.escape(head), phrase.strip(), re.I) is not None
    name = _org_before(text, pos, head) or (_described_body_before(text, pos, head) if generic else "") or \
        (_listed_body_before(text, pos) if bare else "")   # not 'the rights group'
    return Resolved(name, "body") if name else Resolved(phrase, "body")


def _described_body_before(text: str, pos: int, head: str) -> str:
    """The last body the 600 characters before pos name together with the kind noun ``head``: 'Aid group Sea-Watch',
    'the militia Liwa Tahrir', 'Liwa Tahrir, an alliance of ...' ('' when none): what 'the group' stands for.

    >>> t = "Aid group Sea-Watch said it warned them. The group said"; _described_body_before(t, t.index("The group"), "group")
    'Sea-Watch'
    >>> t = "The Ames Front, an alliance of Shiite parties, said"; _described_body_before(t, len(t), "alliance")
    'Ames Front'
    >>> t = "The Islamic Resistance in Norland, a Shiite militia, claimed it."; _described_body_before(t, len(t), "militia")
    'Islamic Resistance in Norland'
    """
    name = r"([A-Z][\w\-’']*(?:\s+(?:of\s+|al-)?[A-Z][\w\-’']*){0,4})"
    named = r"([A-Z][\w\-’']*(?:\s+(?:of\s+|in\s+|al-)?[A-Z][\w\-’']*){0,4})"   # 'Islamic Resistance in Norland, a militia'
    rx = re.compile(r"\b" + re.escape(head) + r"\s+" + name + r"|" + named + r",\s+(?:an?|the)\s+(?:[\w\-’']+\s+){0,3}?" +
                    re.escape(head) + r"\b")
    best = ""
    for m in rx.finditer(text, max(0, pos - 600), pos):
        found = re.sub(r"^The\s+", "", m.group(1) or m.group(2))
        best = found if found.split()[0].lower() not in lexicon.DETERMINERS else best
    return best


def _listed_body_before(text: str, pos: int) -> str:
    """The last body of the reference table named in the 600 characters before pos: what 'the group' stands for
    when no body has been quoted yet ('Kataib Hezbollah halted its raids. The group said ...'); '' if none.

    >>> t = "Kataib Hezbollah halted its raids on Monday. The group said"; _listed_body_before(t, t.index("The group"))
    'Kataib Hezbollah'
    """
    from ..speakers.descriptors import _organisation
    best = ""
    for a, b in name_chunks(text, max(0, pos - 600), pos):
        org = _organisation(text[a:b])
        best = org[0] if org else best
    return best


def _body_of_kind(text: str, pos: int, phrase: str, bodies: list[Resolved]) -> Resolved:
    """The body a generic phrase at ``pos`` stands for: when its modifier names a group ('the militant group', 'the
    resistance group' -> armed group), the nearest quoted body of that group, else the nearest name of that group in
    the 1,500 characters before; otherwise (or when none) the nearest quoted body.

    >>> forum, militia = Resolved("Harbour Forum", "body"), Resolved("Hezbollah", "body")
    >>> _body_of_kind("", 0, "the resistance group", [forum, militia]).speaker, _body_of_kind("", 0, "the group", [forum, militia]).speaker
    ('Hezbollah', 'Harbour Forum')
    >>> t = "Hezbollah fired rockets. The Harbour Forum spoke. The resistance group"
    >>> _body_of_kind(t, len(t) - 20, "the resistance group", [forum]).speaker
    'Hezbollah'
    """
    from ..speakers.descriptors import _role_head
    from ..speakers import group_evidence
    kind = _role_head(phrase)[1]
    if not kind:
        return bodies[0]
    same = [r for r in bodies if group_evidence("", r.speaker, "body", r.speaker)[0] == kind]
    named = [text[a:b] for a, b in name_chunks(text, max(0, pos - 1500), pos)
             if group_evidence("", text[a:b], "body", text[a:b])[0] == kind]
    return same[0] if same else Resolved(named[-1], "body") if named else bodies[0]


def _role_keys(head: str) -> set[str]:
    """Words that show a person holds the role named by ``head`` ('senator' -> senator, sen).

    >>> sorted(_role_keys("senator"))
    ['sen', 'senator']
    """
    keys = {"senator": {"sen"}, "congressman": {"rep"}, "congresswoman": {"rep"}, "representative": {"rep"},
            "governor": {"gov"}, "general": {"gen"}, "colonel": {"col"}, "lieutenant": {"lt"},
            "captain": {"capt"}, "professor": {"prof"}, "doctor": {"dr"}}.get(head, set())
    role = lexicon.role_nouns().get(head)
    if role is None or role.kind != "person" or role.plural:
        return set()
    return keys | {head}


def _has_role(desc: str, keys: set[str]) -> bool:
    """Whether a descriptor contains one of the role keys as a word."""
    words = {w.lower().strip(".,") for w in re.findall(r"[\w\-.]+", desc)}
    return bool(words & keys)


_ISSUED = re.compile(r"(?:^|[.!?](?:\s+|(?=[A-Z][a-z]))|\n|,\s+)([A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6}|"
                     r"[Tt]he\s+(?:[\w\-’']+\s+){0,3}?[a-z]+)\s+(?:has\s+|had\s+|also\s+)?"
                     r"(?:issued|released|published|posted|put\s+out|sent|circulated|tweeted|wrote)\s+(?:a|an|the|its|his|her)\s+"
                     r"(?:[\w\-]+\s+)?(?:statement|letter|message|post|communique|video|memo|report|tweet|ad)\b")
_FROM = re.compile(r"\b(?i:statement|letter|message|post|communique|video|memo|report|release|ad)\s+(?:issued\s+|released\s+|"
                   r"posted\s+|signed\s+)?(?:from|by)\s+((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'\-.]*){0,6})")
_DOCS = r"(?:statement|letter|message|post|communique|video|tweet|release)"
#: 'In a statement, Hezbollah said' / 'Kataib Hezbollah said in a Telegram post'
_SAID_IN = re.compile(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}" + _DOCS + r"\b[^.!?\n\"“”]{0,40}?,\s+"
                      r"((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6})\s+(?:has\s+|had\s+|also\s+)?(?:said|says|claimed|announced|stated|wrote)\b|"
                      r"(?:^|[.!?]\s+|\n|,\s+)((?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:(?:of|in|for|the|and|al)\s+)?[A-Z][\w’'\-.]*){0,6}|"
                      r"[Tt]he\s+(?:[\w\-’']+\s+){0,3}?[a-z]+)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|claimed|announced|stated)\s+"
                      r"in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}" + _DOCS + r"\b")


def resolve_document(text: str, phrase: str, pos: int, index: PersonIndex) -> Resolved:
    """'the statement' -> the issuer named before it ('X issued a statement', 'a statement from X', 'In a statement,
    X said', 'X said in a statement').

    >>> t = "The Islamic Resistance in Iraq issued a statement. It said"; resolve_document(t, "the statement", 55, None).speaker
    'The Islamic Resistance in Iraq'
    >>> t = "In a statement, Kataib Hezbollah said it fired. The statement said"; resolve_document(t, "the statement", 55, None).speaker
    'Kataib Hezbollah'
    >>> t = "Rockets fell, the embassy said in a statement. The statement said"; resolve_document(t, "the statement", 47, None).speaker
    'the embassy'
    >>> t = "Rockets fell. The defence ministry said in a statement. The statement said"; resolve_document(t, "the statement", 56, None).speaker
    'The defence ministry'
    >>> t = "The Iraqi army said in a statement that it held. The statement said"; resolve_document(t, "the statement", 49, None).speaker
    'The Iraqi army'
    >>> t = "They left.The Harbour Board released a statement. It said more."; resolve_document(t, "the statement", 60, None).speaker
    'The Harbour Board'
    >>> resolve_document("Statement from Ann Lee:", "Statement from Ann Lee", 0, None).speaker
    'Ann Lee'
    >>> resolve_document("It fell, per a statement from the Port Authority.", "a statement", 11, None).speaker
    'Port Authority'
    >>> resolve_document("he added, per a report from MarketWatch.\\n\\nOil fell.", "a report from MarketWatch", 15, None).speaker
    'MarketWatch'
    """
    win = text[max(0, pos - 800):pos + len(phrase) + 120]
    found = [(m.start(), m.group(1)) for m in _FROM.finditer(win)] + [(m.start(), m.group(1)) for m in _ISSUED.finditer(win)]
    found += [(m.start(), m.group(1) or m.group(2)) for m in _SAID_IN.finditer(win)]
    best = max(found)[1] if found else ""   # the issuer named nearest before (or just after) the phrase
    if not best:
        return Resolved(phrase, "role")
    best = re.split(r"(?<=[a-z]{2})\.(?:\s|$)", best)[0]   # the sentence's full stop and what follows it are no part
    best = re.sub(r"^the\s+(?=[A-Z])", "", best)
    name = strip_titles(best) if not looks_like_org(best) else best
    return Resolved(name or best, "body" if looks_like_org(best) or best.lower().startswith("the ") else "person")
