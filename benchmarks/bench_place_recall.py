"""Benchmark: what share of place names of Iraq and Syria ``scan_places`` recognises in neutral sentences.

``.venv/bin/python benchmarks/bench_place_recall.py [--names FOLDER ...] [--sample N] [--seed S] [--out PATH]``

Two name lists, each put into a few neutral sentences ("Gunmen attacked a checkpoint in X on Monday.", "near X",
"X town", "the outskirts of X", "X's outskirts", "X district", "the X sub-district"):

* **gazetteer names**: ``--sample`` names drawn (fixed seed) from the package gazetteer's own towns and units of Iraq and
  Syria, each also written in the spellings reporters use (``spelling_variants``: al-/Al /el-, Tal/Tel/Tell, hyphen or
  space, -iyah/-iya/-iyeh, ou/u, Q/K/G); recognised when a place found on the name is that entry or one of its name.
* **names of real annotated texts**: the gold place names of the development folders given with ``--names`` (an
  attack sample's ``annotations/incidents.jsonl`` or a description set's ``events.jsonl``); recognised when a place
  found on the name is right by ``analysis.validate.incidents.place_right``. Only development folders: never pass a
  held-out one (the script refuses folder names with ``_h``).

Prints the recall of each list per sentence form and writes them as JSON to ``--out`` (default
``benchmarks/results/place_recall.json``, with the date and the command). Nothing of the texts is printed but the names missed of the gazetteer sample.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.events.gazetteer import match_key  # noqa: E402
from analysis.events.places import ancestors, places_gazetteer, scan_places  # noqa: E402

#: neutral sentences a name is tried in (``{}`` the name)
CONTEXTS = {"in": "Gunmen attacked a checkpoint in {} on Monday, police said.",
            "near": "A roadside bomb went off near {} on Monday.",
            "town": "A drone struck a house in {} town on Monday.",
            "outskirts of": "Clashes broke out on the outskirts of {} late on Monday.",
            "'s outskirts": "Clashes broke out on {}'s outskirts late on Monday.",
            "district": "Gunmen attacked a checkpoint in {} district on Monday.",
            "sub-district": "Shells fell on a farm in the {} sub-district on Monday."}


def spelling_variants(name: str) -> list[str]:
    """Other spellings reporters use for a name (each changes one thing).

    >>> spelling_variants("Tall Abyad")
    ['Tel Abyad', 'Tell Abyad']
    >>> spelling_variants("Al-Muqdadiyah")[:4]
    ['Al Muqdadiyah', 'al-Muqdadiyah', 'Muqdadiyah', 'Al-Muqdadiya']
    """
    out: list[str] = []
    m = re.match(r"^(?:Al|al|El|el|Ar|As|Ad|At|Az|Ash|An)[- ](?=[A-Z])", name)
    if m:
        rest = name[m.end():]
        out += [f"Al {rest}" if "-" in m.group() else f"Al-{rest}", f"al-{rest}", rest]
    for a, b in (("Tall ", "Tel "), ("Tall ", "Tell "), ("Tal ", "Tel "), ("Tel ", "Tal "), ("Tell ", "Tal ")):
        if name.startswith(a):
            out.append(b + name[len(a):])
    for a, bs in (("iyah", ("iya", "iyeh")), ("iya", ("iyah", "iyeh")), ("iyeh", ("iya",)), ("ah", ("a",))):
        if name.endswith(a):
            out += [name[: -len(a)] + b for b in bs]
            break
    for a, b in (("ou", "u"), ("Q", "K"), ("q", "k"), ("Q", "G")):
        if a in name:
            out.append(name.replace(a, b, 1))
    if "-" in name:
        out.append(name.replace("-", " "))
    return [v for v in dict.fromkeys(out) if v != name]


def _found(text: str, start: int, end: int) -> list[dict]:
    """The places ``scan_places`` finds overlapping [start, end) of ``text``."""
    return [d for d in scan_places(text) if d["start"] < end and d["end"] > start]


def _entry_hit(rows: list[dict], pid: str, name: str, base: str) -> bool:
    """Whether a found place is the entry ``pid``, an entry of the same name key, (for a district) a town in it, or
    (for a town) the district named after it."""
    gaz = places_gazetteer()
    keys = {match_key(name), match_key(base)}
    return any(d["place_id"] == pid or match_key(gaz.row(d["place_id"])["name"]) in keys or
               pid in ancestors(d["place_id"]) and gaz.row(pid)["type"] == "district" or
               d["place_id"] in ancestors(pid) and d["type"] == "district" and match_key(base) in match_key(d["name"])
               for d in rows)


def gazetteer_sample(n: int, seed: int) -> list[tuple[str, str, str]]:
    """(place id, name, type) of ``n`` package towns and districts of Iraq and Syria (GeoNames rows only: the hand
    lists are not their own test), drawn with ``seed``."""
    t = places_gazetteer().table
    t = t[t["country"].isin(["Iraq", "Syria"]) & t["type"].isin(["city", "town", "village", "district"]) &
          t["source"].eq("geonames")]
    rows = sorted(zip(t["place_id"], t["name"], t["type"]))
    return random.Random(seed).sample(rows, min(n, len(rows)))


def _base_name(name: str, kind: str) -> str:
    """A unit's name without its unit word ("Haditha District" -> "Haditha", "Qada Kifri" -> "Kifri")."""
    if kind != "district":
        return name
    return re.sub(r"^Qada\s+|\s+District$", "", name).strip()


def gazetteer_recall(sample: list[tuple[str, str, str]]) -> dict:
    """Recall on the gazetteer sample: as listed and in reporters' spellings, per sentence form, and the misses."""
    hits: dict[str, list[bool]] = {}
    missed: list[str] = []
    for pid, name, kind in sample:
        base = _base_name(name, kind)
        for label, names in (("as listed", [base]), ("variants", spelling_variants(base))):
            for v in names:
                for form, ctx in CONTEXTS.items():
                    text = ctx.format(v)
                    s = text.index(v)
                    ok = _entry_hit(_found(text, s, s + len(v)), pid, name, base)
                    hits.setdefault(f"{label} / {form}", []).append(ok)
                    hits.setdefault(label, []).append(ok)
                    if not ok and form == "in":
                        missed.append(v)
    return {"recall": {k: round(sum(v) / len(v), 3) for k, v in hits.items()},
            "n": {k: len(v) for k, v in hits.items()}, "missed_in": missed}


def gold_names(folder: Path) -> list[str]:
    """Distinct gold place names of a development folder (attack sample or description set)."""
    if "_h" in folder.name:
        raise SystemExit(f"{folder.name}: a held-out folder is never read")
    files = [folder / "annotations" / "incidents.jsonl", folder / "events.jsonl"]
    names = []
    for f in files:
        if f.exists():
            names += [str(json.loads(ln).get("place") or "") for ln in f.read_text(encoding="utf-8").splitlines() if ln]
    return sorted({n for n in names if n and n[:1].isupper() and len(n.split()) <= 4})


def gold_recall(names: list[str]) -> dict:
    """Recall of gold names per sentence form (right by ``place_right``)."""
    from analysis.validate.incidents import place_right

    hits: dict[str, list[bool]] = {}
    for name in names:
        for form, ctx in CONTEXTS.items():
            text = ctx.format(name)
            s = text.index(name)
            ok = any(place_right({"place": name, "town": ""}, d) for d in _found(text, s, s + len(name)))
            hits.setdefault(form, []).append(ok)
            hits.setdefault("all", []).append(ok)
    return {"recall": {k: round(sum(v) / len(v), 3) for k, v in hits.items()}, "names": len(names)}


def main(argv: list[str] | None = None) -> int:
    """Measure both recalls, print them and write them to ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=Path, nargs="*", default=[], help="development folders with gold place names")
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "place_recall.json")
    args = ap.parse_args(argv)
    import datetime
    import sys

    shown = [a if not a.startswith("/") else "/".join(("..", *Path(a).parts[-2:])) for a in sys.argv[1:]]
    out: dict = {"date": datetime.date.today().isoformat(), "command": " ".join(["python benchmarks/bench_place_recall.py", *shown]),
                 "gazetteer": gazetteer_recall(gazetteer_sample(args.sample, args.seed))}
    if args.names:
        out["gold"] = gold_recall(sorted({n for f in args.names for n in gold_names(f)}))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v["recall"] for k, v in out.items() if isinstance(v, dict)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
