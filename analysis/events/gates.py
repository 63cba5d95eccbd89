"""Rule-family gates: one table of the words without which a family of clause rules reads nothing.

Each rule family (the munition counts of ``roles.munitions``, the casualty counts of ``roles.casualties``, ...)
is a few dozen expressions and Python steps over a clause. A family whose every rule needs one of a few words
(a casualty count needs "killed", "wounded", "dead", "casualties", ...) cannot find anything in a clause without
them, so the family is skipped there as a whole: one look at the clause's lower-cased letters instead of each
rule scanning it again. ``GATES`` is the one table of these words, family by family; ``opens(family, text)``
tells whether a family must read a text. The words are matched as substrings of the lower-cased text, so a
stem ("injur") covers its forms. A text whose lower-casing does not keep its letters one for one (dotless i,
long s) opens every gate.

A rule added to a family must need one of its family's words, or add its own word here (``tests/test_gates.py``
checks each family's expressions against its words).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C
from re import _parser
from typing import NamedTuple

from .prefilter import _REPEATS, _literal_char, lower_exact

__all__ = ["GATES", "Gate", "opens", "keywords", "families_in", "needs_one_of"]


class Gate(NamedTuple):
    """The words one of which a family needs (``words``), and how many rows of the weapon table
    (``data/reference/weapons.csv``, in order) also open it with their own words (``weapons``)."""

    words: tuple[str, ...]
    weapons: int = 0


#: family -> the words (lower case, matched as substrings) one of which a clause needs for the family to read it
GATES: dict[str, Gate] = {
    # ``roles.munitions``: a counted munition noun ("three rockets", "an unmanned aerial system"), a determiner or "another" with an interception
    # or launch ("the drone was shot down", "another was fired"), and bare counts ("two were intercepted") once a
    # weapon of the first 13 rows of the weapon table is named; a count claimed fired ("claiming to have fired 24")
    "munitions": Gate(("rocket", "missile", "projectile", "drone", "mortar", "shell", "round", "grad", "katyusha",
                       "uav", "uas", "aerial", "munition", "vehicle", "intercepted", "down", "destroyed", "neutrali",
                       "another", "claim"), weapons=13),
    # ``roles.casualties``: casualty verbs, nouns and predicates ("were killed", "injuries", "in critical condition",
    # "taken to hospital", "lost their lives", "struck down"), tolls, zero casualties ("no casualties", "no one was
    # hurt", "material damage only", "non-lethal", "loss of life", "no victims"), a body found and list entries ("Mosul: 3
    # by rockets")
    "casualties": Gate(("kill", "dead", "death", "die", "wound", "injur", "hurt", "slain", "perish",
                        "martyr", "assassinat", "execut", "behead", "gunned", "slay", "slaughter", "massacr", "murder", "lynch",
                        "lives", "life", "lost", "down",
                        "fatal", "succumb", "condition", "casualt", "material", "harm", "lethal", "loss", "toll",
                        "hospital", "human", "concussion", "brain", "tbi", "coma", "body", "bodies", "corpse", "unscathed", "victims",
                        "decapitat", "severed", "alive", ":")),
    # within ``roles.casualties``: counts without a noun ("and 12 wounded", "killing two", "claiming 31 lives",
    # "martyred 30")
    "bare_casualties": Gate(("kill", "dead", "die", "death", "wound", "injur", "hurt", "lives", "life", "martyr", "alive")),
    # within ``roles.casualties``: one victim named by a pronoun, a role or a title ("killing him", "wounded the
    # driver")
    "one_victims": Gate(("kill", "dead", "death", "died", "dies", "wound", "injur", "hurt", "slain", "gunned",
                         "assassinat", "condition", "coma", "lost", "fatally")),
    # within ``roles.casualties``: names of people killed ("assassinated X", "X and Y, who were killed")
    "named_victims": Gate(("kill", "assassinat", "lost", "martyr", "death", "shot", "gunned", "lives", "life")),
}


@lru_cache(maxsize=None)
def keywords(family: str) -> tuple[str, ...] | None:
    """The words that open a family's gate, with those of its weapon rows (None: the gate is always open).

    >>> "injur" in keywords("casualties"), "ied" in keywords("munitions")
    (True, True)
    """
    gate = GATES[family]
    words = list(gate.words)
    if gate.weapons:
        from .vocabulary import vocabulary

        for _label, _fam, _sub, rx in vocabulary().weapons[:gate.weapons]:
            need = getattr(rx, "need", None)
            if need is None:
                return None  # a weapon pattern without a required word: every text may hold it
            words += need
    words = list(dict.fromkeys(words))
    return tuple(w for w in words if not any(v != w and v in w for v in words))  # "missile" covers "cruise missile"


@lru_cache(maxsize=8192)
def opens(family: str, text: str) -> bool:
    """Whether the rules of ``family`` may find anything in ``text`` (False: they surely find nothing); cached, as a
    clause is read by several rules of a family and again as its mention's text.

    >>> opens("casualties", "Three soldiers were wounded"), opens("casualties", "Rockets hit the base")
    (True, False)
    >>> opens("munitions", "The attack on the base"), opens("munitions", "A roadside bomb went off")
    (False, True)
    """
    need, low = keywords(family), lower_exact(text)
    if need is None or low is None:
        return True
    for w in need:  # a loop, not ``any`` over a generator: read for every clause
        if w in low:
            return True
    return False


def families_in(text: str) -> list[str]:
    """The families whose gate a text opens.

    >>> families_in("Two rockets hit the base, wounding three")[:2], families_in("He said so")
    (['munitions', 'casualties'], [])
    """
    return [family for family in GATES if opens(family, text)]


def needs_one_of(rx: re.Pattern | object, words: tuple[str, ...]) -> bool:
    """Whether every text an expression (compiled, or ``Guarded``) matches in holds one of ``words`` in lower case, as
    read from its parse tree (False when that cannot be shown): the test that a rule belongs behind a gate.

    >>> needs_one_of(re.compile(r"\\b(?:shot\\s+dead|gunned\\s+down)", re.I), ("dead", "gunned"))
    True
    >>> needs_one_of(re.compile(r"\\d+\\s+(?:killed|hurt)", re.I), ("kill",))
    False
    """
    rx = getattr(rx, "rx", rx)
    return _seq_needs(_parser.parse(rx.pattern, rx.flags).data, tuple(w.lower() for w in words))


def _seq_needs(items: object, words: tuple[str, ...]) -> bool:
    """Whether one item of a parsed sequence (or a run of its literal letters) always holds one of ``words``; an
    alternation is read with the letters before it (the parser moves a common prefix out: "hurt|harmed")."""
    items, run = list(items), ""
    for k, (op, av) in enumerate(items):
        ch = _literal_char(av) if op is C.LITERAL else None
        if ch is not None:
            run += ch
            continue
        if any(w in run for w in words):
            return True
        if op is C.BRANCH:
            head = [(C.LITERAL, ord(c)) for c in run]
            return _seq_needs(items[k + 1:], words) or \
                all(_seq_needs(head + list(b) + items[k + 1:], words) for b in av[1])  # the rest first: it is cheaper
        run = ""
        inner = av[-1] if op is C.SUBPATTERN else av if op is C.ATOMIC_GROUP else av[1] if op is C.ASSERT else \
            av[2] if op in _REPEATS and av[0] >= 1 else None
        if inner is not None and _seq_needs(inner, words):
            return True
    return any(w in run for w in words)
