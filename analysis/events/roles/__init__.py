"""Counts by role: what a number in an incident report counts, and who the casualties were.

``casualties(text)`` reads killed and injured from the words that govern each count, never from
mere proximity:

* a count that is the subject of a casualty predicate: "Three security personnel **were killed**",
  "34 U.S. service members **suffered concussions and traumatic brain injuries**", "two **dead**";
* a count that is the object of a casualty verb: "**killing** three coalition personnel and
  **wounding** 12", "**claimed the lives of** four", "the **death of** an Iraqi-American contractor";
* coordinated counts share their predicate and are summed: "Two Americans and a British national
  were killed" is 3;
* counts set off by dashes or brackets restate the one before and are not added;
* "no casualties", "no one was hurt", "without causing injuries" are zero.

Who: the casualty words of the counted noun phrase (``data/reference/casualty_groups.csv``):
``us_coalition`` (a US, American, coalition or British word wins), then ``civilians``, ``militants``,
``local_forces``. A vague count ("several service members were wounded") gives no number; its
qualifier ``several`` is kept in ``qualifiers``.

``munitions(text, event_class)`` gives rockets, missiles, drones or shells a role: ``n_intercepted``
("13 were destroyed by air defences", "intercepted two drones"), ``n_hit`` ("two fell on the airbase",
"18 rockets slammed into", "hit by 14 rockets"), ``n_claimed`` inside a claim, else ``n_fired``. A count told only by
its outcome is not a number fired: "three rockets hit the base" is n_hit 3 and n_fired unknown (how many missed is
not said), as ``benchmarks/ANNOTATION.md`` annotates it; a single munition told alone ("a drone hit the base") is the
attack's one munition, fired 1. A
weapon word that only qualifies another noun ("a rocket attack", "drone strikes") counts nothing.
Named victims without a number ("killed Soleimani and al-Muhandis") are listed in ``named_killed`` and
counted (two).

The readings live in modules of their own: :mod:`.common` (the words, expressions and small readers the others
share), :mod:`.named` (victims named without a number), :mod:`.victims` (chains of counts and the victims beside them),
:mod:`.stated` (tolls stated as such, bare counts, list entries), :mod:`.single` (victims told without a count,
attackers killed, 'also killed', zeros), :mod:`.tolls` (``casualties`` and the tallies, anniversaries and earlier deaths it
sets aside) and :mod:`.fired` (``munitions``: rockets, missiles, drones and shells by role).
"""

from __future__ import annotations

# the public names of the package, read from here
from .common import NOT_PEOPLE, PROJECTILES, ROLE_FIELDS, people_group  # noqa: F401
from .named import named_victims  # noqa: F401
from .victims import TOTAL_TAIL, companions  # noqa: F401
from .stated import ENTRY_HEAD, TOLL_UPDATE, died_of_wounds, raised_toll, revised_toll, rising_toll, source_toll  # noqa: F401
from .single import both_dead_told  # noqa: F401
from .tolls import ALSO_IN_TOLD, ATTACK_WORD, casualties, running_tally, vague_roles  # noqa: F401
from .fired import munitions  # noqa: F401

__all__ = ["casualties", "munitions", "people_group", "named_victims", "died_of_wounds", "vague_roles", "ROLE_FIELDS",
           "ATTACK_WORD"]
