"""Rule-family gates (``analysis.events.gates``): a family is skipped on a clause without its words, read on one
with them, and every rule of the family needs one of the words (our own sentences)."""

import re
import types

import pytest

from analysis.events import gates
from analysis.events.gates import GATES, keywords, needs_one_of, opens
from analysis.events.prefilter import Guarded
from incident_fixtures import package_names, patch_everywhere

roles = package_names("analysis.events.roles")  # the package's names, its modules' private ones too

#: family -> (its function, a clause without the family's words, a clause with them, what the family reads there)
FAMILIES = {
    "munitions": (roles.munitions, "The convoy was attacked near the bridge on Monday",
                  "Three rockets hit the base on Monday", ("n_hit", 3)),
    "casualties": (roles.casualties, "Rockets hit the base on Monday, officials said",
                   "Two guards were wounded on Monday", ("injured", 2)),
}

#: the function behind each gate of ``GATES`` (a family added to the table is added here too)
FUNCTIONS = {"munitions": roles.munitions, "casualties": roles.casualties, "bare_casualties": roles._bare_casualties,
             "one_victims": roles._one_victims, "named_victims": roles.named_victims}

#: expressions a family reaches that need none of its words: each only refines what a rule behind the gate found
#: (the role of a count already read, the join of two counts, a name's edges), or is run only after one of the words
#: was seen (a weapon of the gate's weapon rows for the bare munition counts, an interception for "the remaining one")
#: the items of a listed set of victims, read only after a killing or wounding verb (``single._LIST_VERB``, gated)
LIST_ITEMS = {"_LIST_SEP", "_LIST_END", "_LIST_PRONOUN", "_LIST_COUNT", "_GENERIC_HEAD", "_LIST_PERSON", "_LIST_BARE",
              "_LIST_NAME"}
HELPERS = {
    "munitions": {"_BARE_MUNITION", "_HIT_AFTER", "_HIT_BEFORE", "_INTERCEPT_AFTER", "_INTERCEPT_BEFORE", "_MODIFIER",
                  "_NEAR", "_REST_HIT", "_CHAIN_GAP", "_NOT_ITEM", "_TAKEN_BEFORE", "_RELATIVE_AFTER",
                  "_NON_STATE_SHOOTER",  # read only before an interception the gated rule found
                  "_RATE_OF_FIRE",  # blanks a weapon's rate of fire once the gate has opened: decides no count
                  "_N_MORE", "_MORE_VERB", "_OTHER_TIME_OR_PLACE",  # only once the gate opened and one role has its
                  # count: more of the same, the role of their verb, another day or place after them
                  "_WITH_PART",  # the parts of a salvo after "with", read once a munition word opened the gate
                  "_MEANS_BEFORE",  # read only before a counted munition the gated rule found
                  "_OF_ORIGIN",  # only between a munition a gated rule found and its verb
                  "_ACTIVE_OBJECT", "_BE_AUX",  # only after a bare count a gated rule found: its verb's voice
                  "_FIRED_MODIFIER", "_FORCES_SHOT",  # only around a counted munition a gated rule found
                  "_PART_BEFORE", "_ALL_BEFORE",  # only just before a counted munition a gated rule found
                  "_TIME_ASIDE",  # only between a counted munition a gated rule found and its verb
                  "_QUOTED_WORD", "_OPEN_ON_HARM",
                  "_LAUNCHED_BEFORE", "_NOT_LAUNCHED",
                  "_DEAD_OF_BEFORE", "_HURT_CLAUSE_AFTER", "_AFTER_ONE_PART", "_OWN_VERB_AFTER",
                  "_UNFIRED_AFTER", "_UNFIRED_BEFORE", "_PART_OF_THEM", "_FIRED_AFTER", "_FIRED_NEXT",
                  "_SMALL_ARMS",  # only after a count of rounds a gated count row found
                  "_HIT_WITH", "_STOPPED", "_REMAINS_BEFORE", "_CLAUSE_STOP",
                  "_TAKEN_AFTER"},  # only after a counted chain a gated rule found: the taken alive are no victims  # only around a counted munition a gated rule found  # only around a counted
    # munition a gated rule found: found, not fired; a part of those told  # only between the counts of a chain ``_chains`` joins  # only before a counted grenade a gated count row found  # blank quotation marks after the gate opened: decide no count
    "casualties": {"_ACTIVE", "_FIGHTERS_BEFORE",  # read only before a conflict toll a gated rule found
                   "_VERB_AFTER_ASIDE",  # only after a breakdown of counts the gated count rows found
                   *LIST_ITEMS,
                   "_FAMILY_OF",  # respells "a family of four" once the gate has opened: adds no count of its own
                   "_UNIT_NUMBER",  # blanks a unit's number ("Combat Team 5") once the gate has opened: decides no count
                   "_LEFT_DEAD", "_KIN_OF",  # only around a partitive match the blanking found
                   "_SPAN_TOLL", "_DAY_IN_CLAUSE", "_DAY_RANGE",  # blanks a span's toll clause once the gate opened: decides no count
                   "_CUT_HEADS",  # only before a count row's chain, once the gate opened
                   "_PART_OF_THEM",  # only on a count row the gated rules found ("six of them")
                   "_SINCE_YEAR",  # only on the fronted span a PRIOR match found: keeps a clause whole, counts nothing
                   "_AMONG", "_APPOSITION", "_ASIDE", "_BEFORE_TRAIL", "_AS_MANY_AS", "_BETWEEN", "_BE_AUX", "_CHAIN_GAP",
                   "_MORE_BEFORE",  # only before a counted chain, once a role already has its count
                   "_ALIAS",  # (``named_victims``) another name after a victim's name a killing rule found
                   "_AGED_NAME",  # (``named_victims``) one name of a list a gated killing rule found: counts each name
                   "_TAKEN_BEFORE", "_RELATIVE_AFTER", "_DEAD_OF_BEFORE", "_HURT_CLAUSE_AFTER",  # only between the
                   "_AFTER_ONE_PART", "_OWN_VERB_AFTER",
                   "_NOT_ONE", "_PART_OF_GROUP",  # blank the clause's words once the gate opened: decide no count
                   # counts of a chain ``_chains`` joins
                   "_MORE_BODIES",  # only after a chain of bodies the gate let through
                   "_TITLED_NAME", "_NOT_HARM_AFTER",  # only before (after) a counted chain the gated rules found
                   "_TAKEN_AFTER", "_BREAKDOWN_OPEN", "_BREAKDOWN_JOIN", "_BREAKDOWN_CLOSE",  # only around the count rows
                   # a gated rule found: the taken alive, a count's parts set off after it
                   "_AND_NEXT", "_SUBJECT_ONLY",  # (``split_clauses``) keep a coordinated subject whole: count nothing
                   "_NOT_ITEM", "_DATELINE_DASH", "_DOTTED_WORD", "_HE_DIED", "_INCLUDING", "_LEAD_SUBJECT",
                   "_LEAD_VICTIM", "_NAMES_END", "_NAMES_START", "_NEGATED", "_OF_PP", "_OTHERS", "_POSSESSIVE_S",
                   "_PP", "_NAME_RUN", "_TITLE_ABBR", "_TRAIL_ONE", "_TRAIL_NOUNS", "_US_WORD", "_WIDER_TOLL",
                   "_TRAIL_VICTIM",  # only after a counted chain a casualty verb before it already gave its role
                   "_SO_FAR_THIS_YEAR",  # only once a toll was read: drops a year's tally
                   "_NOT_VIOLENT_BODY", "_VIOLENT_BODY",  # only once ``_FOUND_BODY`` found a body: an accident's or not
                   "_FOUND_BODIES",  # only once the gate opened (its "heads" reads only after a casualty word)
                   "_BODIES_MORE",  # only after ``_FOUND_BODIES`` found the bodies of a counted group: a second group
                   "_PAIR_BEFORE",  # only before "shot them dead", which a gated rule found
                   "_ONE_EVENT_NOUN",  # only after a toll of thousands told in the perfect was found: keeps one event's
                   "_BARE_BEFORE",  # its "death of N" was left outside the guard's words before the table: kept as is
                   "_SOURCE_AFTER",  # read only after a count row, once the gate has opened: drops the toll's tellers
                   "_SOURCE_VERB", "_GROUP_INCLUDING",  # only after names a gated rule found: the teller's name, a vague group's
                   "_SHARED_SURNAME",  # only before a name a gated rule found: a given name sharing its surname
                   "_NO_DASH_ONE",  # respells "no-one" once the gate has opened: adds no count
                   "_COMPANION", "_ELIDED", "_TOTAL_TO", "_VAGUE_TAIL",  # run once a victim, a chain or a total was read
                   "_PART_LIST", "_ANOTHER_ATTACK",  # the parts of a total read before; a second attack between two tolls
                   "_BARE_TOTAL",  # the count just before a part list that ``_PART_LIST`` found
                   "_NOT_BESIDE",  # only before an "alongside" that ``_COMPANION`` found
                   # only between an uncounted group and an exact count of one role (``roles._beside``): the
                   # clause split (``split_clauses``) and the words of two events
                   "_APART", "PRIOR", "_HAS_STRUCK_RX", "_ANSWERS_ATTACK",
                   "_RELATIVE_ASIDE",  # only after a ", which" boundary the split found: keeps or drops that cut
                   "_BODIES_BEFORE", "_BODIES_AFTER",  # only around a count of bodies a gated rule found
                   "_QUOTED_WORD", "_OPEN_ON_HARM",  # blank quotation marks after the gate opened: decide no count
                   "_ANNIVERSARY", "_EVENT_BEFORE",  # blank what an anniversary marks after the gate opened: no count added
                   "_TITLE_INITIALS",  # blanks a title's initials after the gate opened: decides no count
                   "_TITLE_INITIALS_END",  # keeps a clause whole in ``split_clauses``: decides no count
                   "_PAIRED_VERB_BEFORE",  # keeps "shot and killed" in one clause (``split_clauses``): decides no count
                   "_SEMICOLON_NAME", "_SEMICOLON_AND",  # keep a list of named victims in one clause: decide no count
                   "_PERFECT_TOLL",  # only after a fronted "Since the start of <year>": keeps a clause whole, counts nothing
                   "_BRUTAL_VERB_BEFORE",  # only before a count whose "to death" follows, once the gate opened ("death")
                   "_PRIOR_WORD", "_SAID_AFTER", "_YEAR_AFTER",  # where ``split_clauses`` ends an inner prior clause
                   "_OTHER_PLACE_PART",  # read only after a counted chain that gave its role a number
                   "_AGE", "_WAR_TOLL",  # blank ages and a war's toll clause after the gate opened: no count added
                   "_SPAN_TALLY", "ATTACK_WORD", "_MONTH_BEFORE", "_DAY_MONTH_BEFORE", "_PLOTTED_BEFORE",  # drop a toll over a span told without an attack: no count added
                   "_PLURAL_SUBJECT", "_ALONG_ONE_RX", "_ALONG_SEP",  # only after an "along with" that ``_ALONG_LIST`` found
                   "_LEAD_NAME", "_HIS_PEOPLE",  # only before a chain given a role
                   "_POSSESSOR_BEFORE", "_INJURED_OBJECT",  # only around a joint "death and injuries" ``_JOINT`` found
                   "_APPOSITIVE",  # blanks an apposition after the names a gated killing rule found: no count added
                   "_WHO_ASIDE",  # blanks a relative aside after the names a gated killing rule found: no count added
                   "_LONG_PP", "_OWN_PREDICATE",  # only after a count row the gate let through: its predicate's place
                   "_PART_OF_HURT",  # blanks a part of the victims once the gate has opened: no count added
                   "_MUNITION_COUNTED",  # drops a list entry's count of munitions: decides no count
                   "_CHARGED_WITH",  # only before a "killing" a gated killing rule found: drops a charge's names
                   "_UNREAL_BEFORE"},  # only before a bare "kill" a gated rule found: drops a condition's count
    "bare_casualties": {"_DAY_MONTH_BEFORE",  # drops a day of a month before a verb the gated rule found: no count
                        "_UNREAL_BEFORE"},  # only before a bare "kill" a gated rule found: drops a condition's count
    "one_victims": {*LIST_ITEMS, "_HE_DIED",  # only once one victim was wounded
                    "_PLOTTED_BEFORE",  # only before a killing noun a gated rule found: drops a plotted one
                    "_PAIR_BEFORE"},  # only before "shot them dead", which a gated rule found
    "named_victims": {"_NAMES_END", "_NAMES_START", "_TITLE_ABBR",  # the edges of names after a killing
                      "_APPOSITIVE", "_WHO_ASIDE", "_ALIAS",  # the description (or another name) after a victim's name,
                      # read once a killing was found
                      "_CHARGED_WITH",  # only before a "killing" the gated rule found: a charge, not a death
                      "_SOURCE_VERB",  # only after a name a killing rule found: the toll's teller
                      "_SHARED_SURNAME",  # only before a name a killing rule found: a given name sharing its surname
                      "_AGED_NAME",  # only inside the list of aged names a killing rule found: its names
                      "_SEMICOLON_NAME", "_SEMICOLON_AND"},  # only after a killing was found: a list whose items hold commas
}


def _expressions(fn: types.FunctionType) -> dict[str, object]:
    """The module-level expressions a function reaches, through the functions of the package it calls by name."""
    seen, found, todo = set(), {}, [fn]
    while todo:
        f = todo.pop()
        codes = [f.__code__]
        while codes:
            code = codes.pop()
            codes += [c for c in code.co_consts if isinstance(c, types.CodeType)]
            for name in code.co_names:
                value = f.__globals__.get(name)
                if isinstance(value, (re.Pattern, Guarded)):
                    found[name] = value
                elif isinstance(value, types.FunctionType) and value not in seen and \
                        value.__module__.startswith("analysis.events") and value.__module__ != gates.__name__:
                    seen.add(value)
                    todo.append(value)
    return found


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_clause_without_the_words_is_skipped(family, monkeypatch):
    fn, without, with_words, (field, value) = FAMILIES[family]
    read = []
    patch_everywhere(monkeypatch, "analysis.events.roles", "count_rows", lambda real: lambda text: read.append(text) or [])
    out = fn(without)
    assert read == [] and not opens(family, without)
    assert all(v is None for k, v in out.items() if k in roles.ROLE_FIELDS)
    fn(with_words)
    assert read and opens(family, with_words)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_clause_with_the_words_is_read(family):
    fn, _without, with_words, (field, value) = FAMILIES[family]
    assert fn(with_words)[field] == value


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_skipped_answer_is_the_rules_own(family, monkeypatch):
    fn, without, _with, _ = FAMILIES[family]
    gated = fn(without)
    patch_everywhere(monkeypatch, "analysis.events.roles", "opens", lambda real: lambda fam, text: True)
    assert fn(without) == gated


def test_every_gate_has_its_function():
    assert set(FUNCTIONS) == set(GATES)


@pytest.mark.parametrize("family", sorted(FUNCTIONS))
def test_every_rule_of_a_family_needs_one_of_its_words(family):
    # a rule added to a family must need one of the family's words (or its word is added to ``GATES``)
    words = keywords(family)
    missing = [name for name, rx in _expressions(FUNCTIONS[family]).items()
               if name not in HELPERS[family] and not needs_one_of(rx, words)]
    assert missing == []


def test_needs_one_of_reads_alternations_and_shared_prefixes():
    assert needs_one_of(re.compile(r"\bno\s+one\s+was\s+(?:hurt|harmed)", re.I), ("hurt", "harm"))
    assert not needs_one_of(re.compile(r"\bno\s+one\s+was\s+(?:hurt|harmed)", re.I), ("hurt",))
    assert needs_one_of(re.compile(r"(?:shot|beaten)\s+to\s+death"), ("death",))
    assert not needs_one_of(re.compile(r"\d+\s+(?:were\s+)?killed"), ("were",))


def test_gate_table_words_are_lower_case():
    for family, gate in GATES.items():
        assert gate.words and all(w == w.lower() and w for w in gate.words), family


def test_text_not_lowered_letter_for_letter_opens_every_gate():
    assert all(opens(family, "\u017fhelter") for family in GATES)
    assert not any(opens(family, "shelter") for family in ("casualties",))


class _Spy:
    """An expression that records the texts it is asked to search."""

    def __init__(self, rx: object) -> None:
        self.rx, self.read = rx, []

    def search(self, text: str, *a: int) -> object:
        self.read.append(text)
        return self.rx.search(text, *a)

    def finditer(self, text: str, *a: int) -> object:
        self.read.append(text)
        return self.rx.finditer(text, *a)

    def sub(self, repl: object, text: str, *a: int) -> str:
        self.read.append(text)
        return self.rx.sub(repl, text, *a)


@pytest.mark.parametrize("family, first, call, without, with_words", [
    ("bare_casualties", "_BARE_AFTER", lambda t: roles._bare_casualties(t, {"killed": None, "injured": None,
                                                                              "qualifiers": []}, []),
     "two rockets were intercepted", "and 12 wounded"),
    ("one_victims", "_ONE_VICTIM", lambda t: roles._one_victims(t, {"killed": None, "injured": None}),
     "the soldier saw two drones", "killing him"),
    ("named_victims", "_TITLE_ABBR", roles.named_victims, "the strike wounded Gen. Ali Hassan",
     "the strike killed Gen. Ali Hassan"),
])
def test_inner_families_skip_clauses_without_their_words(family, first, call, without, with_words, monkeypatch):
    spy = _Spy(getattr(roles, first))
    patch_everywhere(monkeypatch, "analysis.events.roles", first, lambda real: spy)
    call(without)
    assert spy.read == [] and not opens(family, without)
    call(with_words)
    assert spy.read and opens(family, with_words)
