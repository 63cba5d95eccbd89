"""The words of violent events, read from reference tables so that users can extend them.

* ``data/reference/weapons.csv``: weapon label, family (weapons of one family can describe the same
  salvo), ACLED sub-event type and a regular expression (checked in table order, most specific first).
* ``data/reference/event_triggers.csv``: one regular expression per class of cue: ``attack``,
  ``strike`` (air/drone strike, shelling), ``interception``, ``claim`` (of responsibility), ``threat``,
  ``casualty`` (killed, wounded) and ``responsibility`` (blame, suspicion).
* ``data/reference/casualty_groups.csv``: words that say who the casualties were (``us_coalition``,
  ``local_forces``, ``civilians``, ``militants``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

import pandas as pd

from .. import paths
from .prefilter import branches, guard, lower_exact, required_literals, shared_boundary

__all__ = ["Vocabulary", "vocabulary", "weapons_in", "WEAPON_NOUNS", "PEOPLE_NOUNS", "CUE_STEMS", "may_report_event"]

#: Word beginnings every event cue and weapon word of the reference tables starts with: a sentence with none of
#: them cannot match a cue, so the cue expressions are run only on sentences that have one (a set look-up per
#: word). Extend it together with the tables.
CUE_STEMS = frozenset("""attack assault ambush raid fire firing launch shoot shot gunfire gunmen gunned target struck
    hit slam impact explo blast deton bomb suicide ied roadside assassin kill strike airstrike shell bombard artiller
    pound intercept downed downing thwart foil c-ram defen claim respons vow threat warn promis pledg reveng retaliat
    avenge respond toleran tolerat unanswer dead died death fatal wound injur hurt harm casualt concuss traumat martyr lives life
    bod slain perish blam accus suspect attribut behind rocket missile drone mortar grad karad katyusha uav unmanned
    one-way kamikaze projectile multiple-launch grenade rpg mine landmine gunship ac-130 jet warplane aircraft helicopter
    howitzer sniper rifle gun arms weapon pistol silencer sticky vbied booby explosive improvised ballistic cruise
    blew blown charge fell landed necessar machinegun vehicle-borne execut clash burnt burned stray ordnance tribal clan stab behead
    aed mujahedeen mujahideen heroes massacr choosing incident murder human""".split())
if any(not re.fullmatch(r"[a-z][a-z0-9-]{2,}", s) for s in CUE_STEMS):
    raise ValueError("cue stems are a lower-case letter, then at least two of a-z, 0-9 and '-' (see _STEM_START)")


def _stem_start(stems: frozenset[str]) -> re.Pattern:
    """The bytes expression of a word beginning with one of ``stems``, for UTF-8 text in ASCII lower case.

    A word is a run of ASCII letters, digits and hyphens from its first letter on (``[A-Za-z][A-Za-z0-9-]*``, read
    left to right): a letter begins one when the run of those characters just before it holds no letter, that is
    after a character outside the run and any digits or hyphens. A stem (a letter, then letters, digits or hyphens)
    read there lies inside that word, so the expression matches where a word begins with a stem, and only there.
    The bytes of other characters (128 and over in UTF-8) are outside the run, as the characters are.

    >>> rx = _stem_start(frozenset({"rocket", "c-ram"})); [bool(rx.search(t)) for t in (b"2-rockets", b"a2rocket", b"x c-rams")]
    [True, False, True]
    """
    first: dict[str, list[str]] = {}
    for s in sorted(stems, key=lambda s: (-len(s), s)):  # the longest first in each group (any order answers alike)
        first.setdefault(s[0], []).append(re.escape(s[1:]))
    alts = "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(first.items()))
    return re.compile(rf"(?<![a-z0-9-])[0-9-]*(?:{alts})".encode())


#: a word of the text beginning with a cue stem (``may_report_event``)
_STEM_START = _stem_start(CUE_STEMS)


def may_report_event(text: str) -> bool:
    """Quick test: does the text have a word (``[A-Za-z][A-Za-z0-9-]*``) beginning with one of ``CUE_STEMS``, in any
    case (else no cue can match)? One search of ``_STEM_START`` in the text's UTF-8 bytes in ASCII lower case.

    >>> may_report_event("The senator spoke about taxes."), may_report_event("Rockets hit the base.")
    (False, True)
    >>> may_report_event("unshot"), may_report_event("9-SHOTS"), may_report_event("\u212ail\u0130 \u017fhot")
    (False, True, False)
    """
    return _STEM_START.search(text.encode("utf-8", "surrogatepass").lower()) is not None

#: nouns that count munitions ("14 rockets", "two drones", "three mortar rounds")
WEAPON_NOUNS = frozenset("""rocket rockets missile missiles projectile projectiles drone drones mortar mortars shell
    shells bomb bombs round rounds device devices ied ieds grad grads katyusha katyushas uav uavs grenade grenades
    munition munitions""".split())
#: nouns that count people ("three soldiers", "two Americans")
PEOPLE_NOUNS = frozenset("""soldier soldiers troop troops person people civilian civilians fighter fighters member
    members militant militants casualty victim victims servicemen serviceman servicemember servicemembers contractor
    contractors american americans iraqi iraqis syrian syrians kurd kurds personnel official officials militiamen
    commander commanders guard guards policeman policemen police officer officers child children woman women man men
    boy boys girl girls resident residents villager villagers shepherd shepherds farmer farmers worker workers
    others other gunman gunmen insurgents jihadists terrorists operatives marines briton britons national nationals
    peshmerga individuals citizens citizen family relatives pilgrims students leader leaders staff employees
    crew sailors airmen cop cops pilgrim teacher teachers doctor doctors driver drivers tribesman tribesmen elder
    elders cleric clerics imam imams journalist journalists student engineer engineers trader traders
    shopkeeper shopkeepers smuggler smugglers lawmaker lawmakers councilman judge judges son sons daughter daughters
    brother brothers wife husband mother father baby babies infant infants teenager teenagers cameraman cameramen
    photographer photographers reporter reporters patrolman patrolmen bystander bystanders pedestrian pedestrians
    passers-by passer-by bodyguard bodyguards worshipper worshippers worshiper worshipers shopper shoppers
    mourners labourers laborers labourer laborer recruits cadets conscripts firefighters paramedics volunteers
    aide aides lawyer lawyers sister sisters schoolgirl schoolgirls schoolboy schoolboys nephew nephews cousin cousins
    niece nieces uncle uncles pharmacist pharmacists grocer grocers barber barbers merchant merchants businessman
    businessmen employee translator translators interpreter interpreters vendor vendors nurse nurses professor
    professors mayor mayors sheikh sheikhs recruit colonel colonels lieutenant lieutenants captain captains sergeant
    sergeants corporal corporals comrade comrades militiaman kid kids volunteer rebel rebels rider riders passenger
    passengers director directors medic medics paramedic airman sailor marine guardsman guardsmen trooper troopers
    servicewoman servicewomen subcontractor subcontractors sub-contractor sub-contractors commando commandos pilot
    pilots diplomat diplomats wali walis emir emirs amir amirs governor governors gi gis""".split())
#: one of a kind counted by its plural ("killing a firefighter", "an insurgent was shot"): the singular is a person too
PEOPLE_NOUNS |= frozenset("""firefighter fireman firemen cadet conscript mourner individual relative insurgent jihadist
    terrorist operative""".split())
#: people often counted among the victims of violence against crowds, camps and prisons ("four civilians and an
#: activist were killed", "gunmen shot dead five guests")
PEOPLE_NOUNS |= frozenset("""activist activists protester protesters protestor protestors demonstrator demonstrators
    refugee refugees migrant migrants prisoner prisoners detainee detainees inmate inmates hostage hostages guest guests
    customer customers patron patrons spectator spectators fisherman fishermen miner miners herder herders herdsman
    herdsmen tourist tourists pupil pupils youth youths gendarme gendarmes ranger rangers neighbour neighbours neighbor
    neighbors friend friends colleague colleagues""".split())
#: soldiers and police in the English of South Asian and African news ("a CRPF jawan", "two askaris")
PEOPLE_NOUNS |= frozenset("""jawan jawans constable constables askari askaris""".split())
#: members of Iraq's and Syria's local forces named by the force ("two Sahwa injured", "three Hashd killed")
PEOPLE_NOUNS |= frozenset("""sahwa hashd""".split())
#: fighters of an armed group counted by the group's name ("10 Taliban were also killed")
PEOPLE_NOUNS |= frozenset("""taliban""".split())
#: people of ordinary life an attack may strike, counted by their plural ("three inmates dead", "two fishermen killed")
PEOPLE_NOUNS |= frozenset("""fisherman fishermen herder herders miner miners inmate inmates prisoner prisoners detainee
    detainees hostage hostages refugee refugees migrant migrants protester protesters demonstrator demonstrators customer
    customers patient patients guest guests spectator spectators tourist tourists visitor visitors nomad nomads""".split())
#: the crew of a boat, a plane or a tank, one by one ("injuries to a crewman", "two crew members")
PEOPLE_NOUNS |= frozenset("""crewman crewmen crewmember crewmembers seaman seamen""".split())
#: fighters of any side and people counted by a sport or a family tie ("40 civilians and combatants", "one football
#: player", "her grandfather")
PEOPLE_NOUNS |= frozenset("""combatant combatants player players footballer footballers athlete athletes grandfather
    grandfathers grandmother grandmothers grandson grandsons granddaughter granddaughters grandchild grandchildren""".split())
#: people by their trade or age that a blast or a shooting may strike ("a bomb disposal expert died", "two deminers
#: killed", "a toddler was hurt"; not "chief", mostly a title's word: "chief executive")
PEOPLE_NOUNS |= frozenset("""expert experts technician technicians specialist specialists deminer deminers sapper sappers
    pupil pupils priest priests passerby toddler toddlers rescuer rescuers warden wardens""".split())


@dataclass(frozen=True)
class Vocabulary:
    """Compiled event vocabulary."""

    weapons: tuple[tuple[str, str, str, re.Pattern], ...]  # (label, family, sub_event_type, pattern)
    triggers: dict[str, re.Pattern]
    groups: dict[str, str]
    any_cue: re.Pattern  # every cue and weapon word, for lower-cased text
    triggers_lc: dict[str, re.Pattern]  # ``triggers`` for lower-cased text (case-sensitive expressions are faster)
    weapons_lc: tuple[re.Pattern, ...]

    def has_cue(self, low: str) -> bool:
        """Whether ``any_cue`` matches the lower-cased text: tried as its parts, each skipped on a text without its
        words (``prefilter``), which is the same answer (a match of an alternation is a match of one alternative).

        >>> vocabulary().has_cue("two rockets hit the base"), vocabulary().has_cue("the senator spoke about taxes")
        (True, False)
        """
        for need, rx in _cue_scan(self):
            if need is not None:  # a match holds one of these as it is (lower-case expressions on lower-case text)
                for n in need:
                    if n in low:
                        break
                else:
                    continue
            if rx.search(low):
                return True
        return False

    def family(self, label: str) -> str:
        """Family of a weapon label ('' when unknown)."""
        return _families(self).get(label, label)

    def sub_event(self, label: str) -> str:
        """ACLED sub-event type of a weapon label ('' when unknown)."""
        return next((s for lab, _f, s, _p in self.weapons if lab == label), "")


def _raw(rx: object) -> tuple[tuple[str, ...] | None, re.Pattern]:
    """(required literals, compiled expression to scan with) of an expression that may be ``Guarded``."""
    return getattr(rx, "need", None), getattr(rx, "scan", rx)


_READ: dict[tuple[str, int], tuple[Vocabulary, object]] = {}  # (helper, id of a vocabulary) -> (it, what was read)


def _once(kind: str, v: Vocabulary, read: object) -> object:
    """``read(v)`` computed once per vocabulary (a ``Vocabulary`` holds dicts: it cannot key an ``lru_cache``).

    >>> _once("doc", vocabulary(), lambda v: 1), _once("doc", vocabulary(), lambda v: 2)
    (1, 1)
    """
    hit = _READ.get((kind, id(v)))
    if hit is None or hit[0] is not v:
        hit = _READ[(kind, id(v))] = (v, read(v))
    return hit[1]


def _cue_scan(v: Vocabulary) -> tuple[tuple[tuple[str, ...] | None, re.Pattern], ...]:
    """``has_cue``'s expressions in order (trigger classes, then weapons) with their required literals, read once.

    >>> len(_cue_scan(vocabulary())) == len(vocabulary().triggers_lc) + len(vocabulary().weapons)
    True
    """
    return _once("cue", v, lambda v: tuple(_raw(rx) for rx in (*v.triggers_lc.values(), *v.weapons_lc)))


def _weapon_scan(v: Vocabulary) -> tuple[tuple[str, tuple[str, ...] | None, re.Pattern], ...]:
    """(label, required literals, lower-case expression) of each weapon row in table order, for ``_weapon_spans``.

    >>> _weapon_scan(vocabulary())[0][0] == vocabulary().weapons[0][0]
    True
    """
    return _once("weapons", v, lambda v: tuple((label, *_raw(rx)) for (label, _f, _s, _p), rx in zip(v.weapons, v.weapons_lc)))


def _families(v: Vocabulary) -> dict[str, str]:
    """Weapon label -> family (the first row of a label wins, as in table order).

    >>> _families(vocabulary())["Grad/Katyusha"]
    'rocket'
    """
    def read(v: Vocabulary) -> dict[str, str]:
        out: dict[str, str] = {}
        for label, fam, _s, _p in v.weapons:
            out.setdefault(label, fam)
        return out
    return _once("families", v, read)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The compiled vocabulary of the reference tables.

    >>> v = vocabulary(); bool(v.triggers["interception"].search("was shot down")), v.family("Grad/Katyusha")
    (True, 'rocket')
    """
    w = pd.read_csv(paths.REFERENCE / "weapons.csv", dtype=str, keep_default_na=False)
    t = pd.read_csv(paths.REFERENCE / "event_triggers.csv", dtype=str, keep_default_na=False)
    g = pd.read_csv(paths.REFERENCE / "casualty_groups.csv", dtype=str, keep_default_na=False)
    weapons = tuple((r.label, r.family, r.sub_event_type, guard(re.compile(rf"(?:{r.pattern})", re.I)))
                    for r in w.itertuples())  # each skipped on a text without its words (``prefilter``)
    #: each class one expression, its rows' alternatives behind one shared word boundary (``shared_boundary``)
    sources = {cls: shared_boundary("|".join(f"(?:{p})" for p in grp["pattern"])) for cls, grp in t.groupby("class")}
    triggers = {cls: guard(re.compile(src, re.I)) for cls, src in sources.items()}
    for p in list(t["pattern"]) + list(w["pattern"]):
        if re.search(r"(?<!\\)[A-Z]", p):
            raise ValueError(f"event patterns are written in lower case (they are matched against lower-cased text): {p!r}")
    every = "|".join(f"(?:{p})" for p in list(t["pattern"]) + list(w["pattern"]))
    lc = {cls: guard(re.compile(src)) for cls, src in sources.items()}
    return Vocabulary(weapons=weapons, triggers=triggers, groups=dict(zip(g["term"], g["group"])),
                      any_cue=re.compile(every), triggers_lc=lc,
                      weapons_lc=tuple(guard(re.compile(rf"(?:{r.pattern})")) for r in w.itertuples()))


def lowered(text: str) -> str:
    """``text`` in lower case when that keeps every offset (else the text itself, for case-insensitive use).

    >>> lowered("Rockets HIT"), len(lowered("İ")) == len("İ")
    ('rockets hit', True)
    """
    low = text.lower()
    return low if len(low) == len(text) else text


def weapons_in(text: str, not_before: re.Pattern | None = None) -> list[str]:
    """Weapon labels named in ``text``, most specific first, two named together in the text's order (a label inside a
    more specific one's match is dropped; a match followed by what ``not_before`` matches is left out, e.g. "drone
    storage facilities").

    >>> weapons_in("about 14 Grad missiles and a drone"), weapons_in("a roadside bomb exploded")
    (['Grad/Katyusha', 'drones'], ['IEDs'])
    >>> weapons_in("an attack with rocket-propelled grenades and rifles")
    ['small arms', 'RPGs']
    """
    found, spans, own = [], [], {}
    for label, span in _weapon_spans(text):
        if any(s <= span[0] and span[1] <= e for s, e in spans) or \
                not_before is not None and not_before.match(text, span[1]):
            continue
        if label not in found:
            found.append(label)
        own.setdefault(label, span)
        spans.append(span)
    found = _in_text_order(found, own, text) if len(found) > 1 else found
    if "Grad/Katyusha" in found and "missiles" in found and not re.search(r"\bmissiles?\b(?<!grad missile)(?<!grad missiles)",
                                                                          re.sub(r"(?i)grads?\s+missiles?", "", text), re.I):
        found.remove("missiles")
    if "RPGs" in found and "small arms" in found and _named_together(text, own["RPGs"], own["small arms"]):
        found.remove("small arms")  # "an attack with rocket-propelled grenades and rifles": an armed assault, the RPGs
        found.insert(0, "small arms")  # its infantry's other weapon (not "an RPG hit the car ...; they fled with rifles")
    return found


#: what joins two weapons named together ("rocket and drone attacks", "drones, missiles")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s*|\s*[,/]\s*", re.I)


def _named_together(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two weapons' spans are named together, one right after the other ("grenades and rifles").

    >>> t = "with rocket-propelled grenades and rifles"; _named_together(t, (5, 30), (35, 41))
    True
    """
    (s1, e1), (s2, e2) = sorted([a, b])
    return bool(_COORDINATED.fullmatch(text, e1, s2))


def _in_text_order(labels: list[str], spans: dict[str, tuple[int, int]], text: str) -> list[str]:
    """Labels in the table's order (most specific first), except that of two weapons named together the first named
    comes first ("rocket and drone attacks": rockets, then drones).

    >>> t = "rocket and drone attacks"
    >>> _in_text_order(["drones", "rockets"], {"drones": (11, 16), "rockets": (0, 6)}, t)
    ['rockets', 'drones']
    >>> t = "rockets were fired to down a drone"
    >>> _in_text_order(["drones", "rockets"], {"drones": (29, 34), "rockets": (0, 7)}, t)
    ['drones', 'rockets']
    """
    out = list(labels)
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if spans[b][1] <= spans[a][0] and _COORDINATED.fullmatch(text, spans[b][1], spans[a][0]):
                out.remove(b)  # b is named just before a, with it: b first
                out.insert(out.index(a), b)
    return out


@lru_cache(maxsize=16_384)
def _weapon_spans(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """Every match of every weapon pattern in ``text``, in table order: (label, span) (cached: the clauses of a
    sentence are read more than once).

    >>> _weapon_spans("two drones")
    (('drones', (4, 10)),)
    """
    weapons = vocabulary().weapons
    return tuple((weapons[row][0], span) for row, span in _weapon_rows(text))


@lru_cache(maxsize=16_384)
def _weapon_rows(text: str) -> tuple[tuple[int, tuple[int, int]], ...]:
    """``_weapon_spans`` with each match's row of the weapon table instead of its label (read once per text for
    ``weapons_in`` and ``any_weapon``).

    >>> _weapon_rows("two drones") == ((next(i for i, w in enumerate(vocabulary().weapons) if w[0] == "drones"), (4, 10)),)
    True
    """
    v = vocabulary()
    low = lowered(text)
    if low is text:  # lower-casing moved letters: the case-insensitive expressions on the text itself
        return tuple((row, m.span()) for row, (_label, _fam, _sub, rx_i) in enumerate(v.weapons) for m in rx_i.finditer(low))
    out = []
    for row, (_label, need, rx) in enumerate(_weapon_scan(v)):
        if need is not None:  # none of the row's required literals: no match (tested inline: a hot path)
            for n in need:
                if n in low:
                    break
            else:
                continue
        for m in rx.finditer(low):
            out.append((row, m.span()))
    return tuple(out)


def any_weapon(text: str, n: int) -> bool:
    """Whether any of the first ``n`` weapon patterns of the table matches ``text`` (as one alternation of them would
    answer): a match among the text's weapon rows (``_weapon_rows``, read once per text) when the lower-cased text
    reads the same (see ``folds_exactly``), else each case-insensitive pattern tried in turn.

    >>> any_weapon("Katyusha rockets", 3), any_weapon("a drone", 1), any_weapon("ſuicide bombers", 6)
    (True, False, True)
    """
    if lowered(text) is not text and folds_exactly(text):
        for row, _span in _weapon_rows(text):
            if row < n:
                return True
        return False
    for _label, _fam, _sub, rx_i in vocabulary().weapons[:n]:
        if rx_i.search(text):
            return True
    return False


def folds_exactly(text: str) -> bool:
    """Whether a lower-case pattern matched on ``text.lower()`` reads as the case-insensitive pattern on ``text``
    (true unless the text has a dotless i or a long s, which case-insensitive matching takes for i and s).

    >>> folds_exactly("Rockets HIT"), folds_exactly("ſhell")
    (True, False)
    """
    return text.isascii() or ("\u0131" not in text and "\u017f" not in text)


_UNSET = object()


class Folded:
    """A case-insensitive expression that is matched case-sensitively on the lower-cased text when that reads the
    same (``folds_exactly``): the engine then skips an alternative on its first letter, three times faster on
    long alternations. Its letters must all be lower case (escapes such as ``\\S`` aside).

    >>> Folded(r"\\b(?:fired|launched)\\b").matches("Rockets were FIRED"), Folded("drones?").matches("Rockets")
    (True, False)
    """

    def __init__(self, pattern: str, wrap: Callable[[str], str] | None = None,
                 prune: Callable[[str], bool] | None = None) -> None:
        """Compile ``pattern`` (lower case) for case-folded and lower-cased texts; ``prune`` picks droppable alternatives."""
        if re.search(r"(?<!\\)(?<!\(\?)[A-Z]|\(\?-i", pattern):
            raise ValueError(f"a folded expression is written in lower case: {pattern!r}")
        self.wrap = wrap  # applied to the source before compiling (e.g. ``clauses.with_lead``)
        self.pattern = wrap(pattern) if wrap else pattern
        self.ignore_case = re.compile(shared_boundary(self.pattern), re.I)  # the same matches (``shared_boundary``)
        self.lower_case = re.compile(shared_boundary(self.pattern))
        self.need = required_literals(self.pattern, re.I)  # a text without any of these has no match (``prefilter``)
        #: (required literals, source) of each top-level alternative, for ``_pruned``: literals only for those that
        #: ``prune`` selects (costly ones: each set of alternatives kept is compiled once); only without capturing
        #: groups (leaving alternatives out must not renumber them)
        parts = branches(pattern) if prune is not None and not self.lower_case.groups else []
        needs = [required_literals(b, re.I) if prune(b) else None for b in parts]
        self.parts = tuple(zip(needs, parts)) if len(parts) > 1 and any(needs) else None
        self.subsets: dict[tuple[int, ...], re.Pattern | None] = {}

    def _pruned(self, low: str) -> re.Pattern | None:
        """The expression with only the alternatives whose required literals ``low`` holds (the others cannot match
        anywhere in it, so the matches are the same); None when no alternative can match. Compiled once per set.

        >>> f = Folded(r"\\bmissiles?\\b|\\brockets?\\b", prune=bool); f._pruned("two rockets").pattern, f._pruned("a car")
        ('\\\\brockets?\\\\b', None)
        """
        parts = self.parts
        if parts is None:
            return self.lower_case
        key = []
        for i, (need, _src) in enumerate(parts):
            if need is None:
                key.append(i)
                continue
            for n in need:  # loops, not ``any`` over a generator: a hot path
                if n in low:
                    key.append(i)
                    break
        if len(key) == len(parts):
            return self.lower_case
        found = self.subsets.get(tuple(key), _UNSET)
        if found is _UNSET:
            src = "|".join(parts[i][1] for i in key)
            found = re.compile(shared_boundary(self.wrap(src) if self.wrap else src)) if key else None
            if len(self.subsets) >= 1024:
                self.subsets.clear()  # a bound on memory; sets recur, so the table stays small in practice
            self.subsets[tuple(key)] = found
        return found

    def matches(self, text: str) -> bool:
        """Whether the expression matches anywhere in ``text``, ignoring case."""
        low = lower_exact(text)  # computed once per text for every rule that reads it
        if low is None:
            return self.ignore_case.search(text) is not None
        need = self.need
        if need is not None:  # none of the required literals: no match (tested inline: a hot path)
            for n in need:
                if n in low:
                    break
            else:
                return False
        rx = self._pruned(low)
        return rx is not None and rx.search(low) is not None

    def finditer(self, text: str) -> Iterator[re.Match | OnText]:
        """The matches of the expression in ``text``, ignoring case; each reads its groups from ``text`` itself.

        >>> [m.group() for m in Folded(r"\\d+ rockets?").finditer("14 Rockets, 2 ROCKETS")]
        ['14 Rockets', '2 ROCKETS']
        """
        low = lower_exact(text)
        if low is None:
            return self.ignore_case.finditer(text)
        need = self.need
        if need is not None:  # none of the required literals: no match (tested inline: a hot path)
            for n in need:
                if n in low:
                    break
            else:
                return iter(())
        rx = self._pruned(low)
        if rx is None:
            return iter(())
        return (OnText(m, text) for m in rx.finditer(low))


class OnText:
    """A match found on the lower-cased text, read on the original (same offsets): ``group``, ``start``, ``end``.

    >>> m = OnText(re.search("(?P<n>b)", "abc"), "ABC"); m.group(), m.group("n"), m.span("n")
    ('B', 'B', (1, 2))
    """

    __slots__ = ("match", "text")

    def __init__(self, match: re.Match, text: str) -> None:
        self.match, self.text = match, text

    def group(self, name: int | str = 0) -> str | None:
        """The original text of a group (None when the group took no part)."""
        a, b = self.match.span(name)
        return None if a < 0 else self.text[a:b]

    def start(self, name: int | str = 0) -> int:
        """Where a group starts (-1 when it took no part)."""
        return self.match.start(name)

    def end(self, name: int | str = 0) -> int:
        """Where a group ends (-1 when it took no part)."""
        return self.match.end(name)

    def span(self, name: int | str = 0) -> tuple[int, int]:
        """(start, end) of a group."""
        return self.match.span(name)
