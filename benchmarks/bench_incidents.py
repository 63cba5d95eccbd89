"""Benchmark: incident extraction on real attack reports and on coded event descriptions.

``.venv/bin/python benchmarks/bench_incidents.py [--attacks PATH] [--dev2 PATH] [--dev3 PATH] [--dev4 PATH] [--dev5 PATH] [--dev6 PATH] [--dev7 PATH] [--dev8 PATH] [--dev9 PATH] [--dev10 PATH] [--dev28 PATH] [--dev30 PATH] [--dev30b PATH] [--dev31 PATH] [--dev32 PATH] [--dev33 PATH] [--dev35 PATH] [--h27 PATH] [--h30 PATH] [--h31 PATH] [--dev33r PATH] [--dev37 PATH] [--dev38a PATH] [--dev38b PATH] [--h33 PATH] [--h36 PATH] [--h37 PATH] [--h38 PATH] [--events-dev2 PATH] [--events-dev3 PATH] [--events-dev4 PATH] [--events-dev5 PATH] [--events-dev6 PATH] [--events-dev7 PATH] [--events-dev8 PATH] [--events-dev9 PATH] [--events-dev10 PATH] [--events-dev11 PATH] [--events-dev12 PATH] [--events-dev13 PATH] [--events-dev30 PATH] [--events-dev31 PATH] [--events-dev35 PATH] [--events-h27 PATH] [--events-h31 PATH] [--events-h35 PATH] [--splits dev test] [--errors dev]``

``PATH`` is the annotated sample of real reports of the militia attacks (rebuilt on 2026-12-02 by the rules of
``benchmarks/ANNOTATION.md`` after the earlier samples were lost with their machine: 53 articles from 51 sites, 143
incidents, one gold object per incident per article, dev/test split by site; 130 coded event descriptions from 27
pages of 13 sites: Iraq Body Count, Reuters security summaries, blogs, Antiwar.com roundups, ReliefWeb, Airwars and
other event lists, split by site; the guidelines are in ANNOTATION.md and the sample's README files). Default:
the env var ``ANALYSIS_ATTACKS``, then ``<project root>/../tmpdata/attacks`` (or ``../../`` from a worktree). When the folder is
absent the script says so and exits 0 (users do not have it; its texts are never committed). ``--dev2``: a second
development sample in the same format whose articles are all in split ``dev2`` (default ``$ANALYSIS_ATTACKS_DEV2``,
then ``../tmpdata/attacks_dev2``); scored the same way and reported as split ``dev2`` when present; ``--dev3``
likewise a third one (``$ANALYSIS_ATTACKS_DEV3``, then ``../tmpdata/attacks_dev3``; split ``dev3``) and ``--dev4`` a
fourth (``$ANALYSIS_ATTACKS_DEV4``, then ``../tmpdata/attacks_dev4``; split ``dev4``), ``--dev5`` a fifth
(``$ANALYSIS_ATTACKS_DEV5``, then ``../tmpdata/attacks_dev5``; split ``dev5``), ``--dev6`` a sixth
(``$ANALYSIS_ATTACKS_DEV6``, then ``../tmpdata/attacks_dev6``; split ``dev6``), ``--dev7`` a seventh
(``$ANALYSIS_ATTACKS_DEV7``, then ``../tmpdata/attacks_dev7``; split ``dev7``), ``--dev8`` an eighth
(``$ANALYSIS_ATTACKS_DEV8``, then ``../tmpdata/attacks_dev8``; split ``dev8``), ``--dev9`` a ninth
(``$ANALYSIS_ATTACKS_DEV9``, then ``../tmpdata/attacks_dev9``; split ``dev9``) and ``--dev10`` a tenth
(``$ANALYSIS_ATTACKS_DEV10``, then ``../tmpdata/attacks_dev10``; split ``dev10``); ``--dev28`` a development sample annotated in stop 28
(``../tmpdata/attacks_dev28``; split ``dev28``: reports rich in counts and places, first scored on main before any rule);
``--dev30`` a development sample annotated in stop 30 (``../tmpdata/attacks_dev30``; split ``dev30``: 16 reports from
14 sites whose names begin with a-f, rich in counts and places, first scored on main before any rule);
``--dev30b`` a second stop-30 development sample (``../tmpdata/attacks_dev30b``; split ``dev30b``: 16 reports from
16 other sites, militia attacks on US forces, US strikes in reply and other violence in Iraq and Syria, first scored
on main before any rule);
``--dev31`` a stop-31 development sample (``../tmpdata/attacks_dev31``; split ``dev31``: 20 reports from 20 sites in
no other sample, incidents, dates and quotes layers, first scored on main before any rule); ``--dev33`` a second
stop-32 development sample (``../tmpdata/attacks_dev33``; split ``dev33``: incidents layer only, the same way);
``--dev32`` a stop-32 development sample (``../tmpdata/attacks_dev32``; split ``dev32``: reports from sites in no
other sample, incidents, dates and quotes layers, first scored on main before any rule); ``--dev35`` a stop-34
development sample (``../tmpdata/attacks_dev35``; split ``dev35``: reports from sites in no other sample, the three
layers, first scored on main before any rule of that stop);
``--h27`` a held-out sample
annotated in stop 27 (``../tmpdata/attacks_h27``; split ``h27``: scored, never tuned on, its errors never printed);
``--h30`` a held-out sample annotated in stop 30 by a session that never saw the code's output on it
(``../tmpdata/attacks_h30``; split ``h30``: scored only, as h27); ``--h31`` a held-out sample annotated in stop 31
by a session that never ran the code (``../tmpdata/attacks_h31``; split ``h31``: sites in no other sample, scored only);
``--h33`` and ``--h36`` held-out samples annotated in stops 33 and 35 the same way (``../tmpdata/attacks_h33``,
``../tmpdata/attacks_h36``; sites whose domain starts with a-l and in no other sample; scored only); ``--h37`` the
held-out sample of stop 37 (``../tmpdata/attacks_h37``; domains starting with a-h, scored only); ``--dev37`` the
stop-37 development sample (``../tmpdata/attacks_dev37``; domains starting with m-z or a digit); ``--dev33r`` the
stop-33 held-out sample retired to development in stop 37 (``../tmpdata/attacks_dev33r``: the h33 texts and layers
with split ``dev33r``; its figures up to stop 36, under ``h33``, are held-out figures);
``--dev38a`` and ``--dev38b`` the stop-38 development samples (``../tmpdata/attacks_dev38a``, ``attacks_dev38b``;
domains a-f and g-m in no other sample or check corpus, first scored on main before any rule) and ``--h38`` the
stop-38 held-out sample (``../tmpdata/attacks_h38``; domains t-z or a digit, scored only);
a sample whose folder also holds ``annotations/incidents_b.jsonl`` (a second annotator's independent layer) is
scored against both layers, and the second layer against the first (``analysis.validate.agreement``);
each is skipped when absent.
``--errors`` names the split whose error table is printed and saved (``dev`` by default, so that held-out errors
are not read unless asked; ``test``, or ``dev2`` to ``dev10`` for a further development sample).

What is measured (``analysis.validate.incidents``):

* **Attack reports.** The corpus folder is cleaned and segmented by ``cleaned_corpus`` as a user's
  would be; ``incident_mentions`` reads it and the mentions are merged **within each article** with
  ``merge_incidents`` (the gold has one object per incident per article). A predicted incident
  matches a gold one of the same article when their forms are compatible (rocket, missile, drone,
  mortar, IED, shooting, suicide, air strike, shelling; "other attack" is compatible with any
  attack; threats only with threats) and a mention's evidence overlaps the gold evidence (offsets
  mapped from the cleaned to the raw text), or both give the same place and date; one-to-one, best
  first. Incident precision, recall and F1 are micro-averaged over the articles of a split. On
  matched incidents, each field (killed, injured, fired, hit, intercepted, weapon/form, place, date)
  is scored where either side has a value, so a count both leave empty is not a success.
* **Event descriptions.** Each description is read as a two-paragraph article (the coder's header,
  then the text). Per description: an incident found; killed and wounded right when the coder's
  number is above zero; place right; date right (a year the entry does not give matches by month
  and day), an incident the text leaves undated taking the day the entry is listed under (its header's
  day, else its page's date: ``dating.date_by_listing_day``, the coder's convention); date_from_text
  right, the same from the text's own dates only (comparable with the scores before s27).
* **Second development set of event descriptions** (``--events-dev2``, default ``../tmpdata/event_descriptions_dev2``
  when present): a folder holding its own ``events.jsonl`` in the same layout (split ``dev2``), scored the same way.
* **Third development set of event descriptions** (``--events-dev3``, default ``../tmpdata/event_descriptions_dev3``
  when present): the same, split ``dev3``.
* **Fourth development set of event descriptions** (``--events-dev4``, default ``../tmpdata/event_descriptions_dev4``
  when present): the same, split ``dev4`` (annotated before the system was run on it: its first score estimates
  held-out performance).
* **Fifth development set of event descriptions** (``--events-dev5``, default ``../tmpdata/event_descriptions_dev5``
  when present): the same, split ``dev5`` (annotated before the system was run on it).
* **Sixth development set of event descriptions** (``--events-dev6``, default ``../tmpdata/event_descriptions_dev6``
  when present): the same, split ``dev6`` (annotated before the system was run on it; more ways of writing casualties).
* **Seventh development set of event descriptions** (``--events-dev7``, default ``../tmpdata/event_descriptions_dev7``
  when present): the same, split ``dev7`` (annotated before the system was run on it; wounded counts and places
  written in many ways).
* **Eighth development set of event descriptions** (``--events-dev8``, default ``../tmpdata/event_descriptions_dev8``
  when present): the same, split ``dev8`` (annotated before the system was run on it; wire leads, tolls split by
  group, datelines that are not the place, transliteration variants).
* **Ninth development set of event descriptions** (``--events-dev9``, default ``../tmpdata/event_descriptions_dev9``
  when present): the same, split ``dev9`` (annotated before the system was run on it; wounded told in many forms,
  revised tolls, totals before their parts, places with their district).
* **Tenth development set of event descriptions** (``--events-dev10``, default ``../tmpdata/event_descriptions_dev10``
  when present): the same, split ``dev10`` (annotated before the system was run on it; wire and agency notes from
  Iraq and Syria, wounded told in many forms, tolls revised or split by attack, villages and neighbourhoods).
* **Eleventh development set of event descriptions** (``--events-dev11``, default
  ``../tmpdata/event_descriptions_dev11`` when present): the same, split ``dev11`` (annotated from the text alone
  before the system was run on it).
* **Twelfth development set of event descriptions** (``--events-dev12``, default
  ``../tmpdata/event_descriptions_dev12`` when present): the same, split ``dev12`` (56 from 30 pages of 27 sites,
  annotated from the text alone in stop 27 and first scored on main's code before any rule was written on it).
* **Held-out set of event descriptions** (``--events-h27``, default ``../tmpdata/event_descriptions_h27`` when
  present): the same, split ``h27`` (annotated from the text alone in stop 27; scored only, never tuned on).
* **Stop-31 held-out set of event descriptions** (``--events-h31``, default ``../tmpdata/event_descriptions_h31`` when
  present): the same, split ``h31`` (annotated in stop 31 by a session that never ran the code, from sites in no other
  sample; scored only).
* **Thirteenth development set of event descriptions** (``--events-dev13``, default
  ``../tmpdata/event_descriptions_dev13`` when present): the same, split ``dev13`` (annotated in stop 28 from the text
  alone, favouring places named in many ways; first scored on main's code before any rule was written on it).
* **Stop-30 development set of event descriptions** (``--events-dev30``, default
  ``../tmpdata/event_descriptions_dev30`` when present): the same, split ``dev30`` (annotated in stop 30 from the text
  alone, places down to villages and districts of Iraq and Syria; first scored on main's code before any rule).
* **Stop-31 development set of event descriptions** (``--events-dev31``, default
  ``../tmpdata/event_descriptions_dev31`` when present): the same, split ``dev31`` (annotated in stop 31 from the text
  alone, from sites in no other sample; first scored on main's code before any rule: found 0.97, killed 0.73).
* **Stop-34 sets of event descriptions** (``--events-dev35`` and ``--events-h35``, defaults
  ``../tmpdata/event_descriptions_dev35`` and ``../tmpdata/event_descriptions_h35`` when present): splits ``dev35``
  (development) and ``h35`` (held out: scored only), annotated in stop 34 from the text alone by sessions that never
  ran the code, from sites in no other sample of that stop (held-out sites a-l, development sites m-z).
* **Error table**: the failures of one split by type (missed, spurious, and each wrong field).

Results go to ``benchmarks/results/incidents.json`` with the date, the command and the data used. A sample not found in
this run (the local samples are lost with the machine that held them) keeps the figures it was last measured at: the
results file's ``measured`` says, for every split and set of descriptions, the date and command that measured it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not the one the environment installed

from analysis import paths  # noqa: E402
from analysis.validate import incidents as vi  # noqa: E402
from analysis.validate.agreement import incident_layer_agreement  # noqa: E402

RESULTS = paths.PROJECT_ROOT / "benchmarks" / "results" / "incidents.json"

#: the further development samples of reports (``--dev2`` ...) and sets of descriptions (``--events-dev2`` ...)
REPORT_SETS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev28", "dev30", "dev30b", "dev31", "dev32", "dev33", "dev34", "dev34b", "dev35", "dev33r", "dev37", "dev38a", "dev38b", "h27", "h30", "h31", "h33", "h36", "h37", "h38")
DESCRIPTION_SETS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev30", "dev31", "dev35", "h27", "h31", "h35")
_WHICH = {"dev2": "a second", "dev3": "a third", "dev4": "a fourth", "dev5": "a fifth", "dev6": "a sixth",
          "dev7": "a seventh", "dev8": "an eighth", "dev9": "a ninth",
          "dev10": "a tenth", "dev11": "an eleventh", "dev12": "a twelfth", "dev13": "a thirteenth",
          "dev28": "a stop-28", "dev30": "a stop-30", "dev30b": "a second stop-30", "dev31": "a stop-31", "dev32": "a stop-32", "dev33": "a second stop-32", "dev34": "a stop-33", "dev34b": "a second stop-33", "dev35": "a stop-34", "h27": "a stop-27", "h30": "a stop-30",
          "h31": "a stop-31", "h33": "a stop-33", "h35": "a stop-34", "h36": "a stop-35",
          "dev33r": "a retired stop-33 held-out (from stop 37)", "dev37": "a stop-37", "h37": "a stop-37",
          "dev38a": "a stop-38", "dev38b": "a second stop-38", "h38": "a stop-38"}


def _kind(split: str) -> str:
    """What a further set is for: ``h``-splits are held out (scored, never tuned on or read for errors).

    >>> _kind("dev8"), _kind("h27")
    ('development', 'held-out')
    """
    return "held-out" if split.startswith("h") else "development"


def default_attacks() -> Path:
    """Where the attack sample is looked for: $ANALYSIS_ATTACKS, then ../tmpdata/attacks (../../ from a worktree)."""
    if os.environ.get("ANALYSIS_ATTACKS"):
        return Path(os.environ["ANALYSIS_ATTACKS"])
    for up in (paths.PROJECT_ROOT.parent, paths.PROJECT_ROOT.parent.parent):
        if (up / "tmpdata" / "attacks").exists():
            return up / "tmpdata" / "attacks"
    return paths.PROJECT_ROOT.parent / "tmpdata" / "attacks"


def default_dev2(split: str = "dev2") -> Path | None:
    """A further development sample (same format, all in split ``split``): $ANALYSIS_ATTACKS_<SPLIT>, then
    ../tmpdata/attacks_<split> (``dev2`` to ``dev10``)."""
    env = f"ANALYSIS_ATTACKS_{split.upper()}"
    if os.environ.get(env):
        return Path(os.environ[env])
    for up in (paths.PROJECT_ROOT.parent, paths.PROJECT_ROOT.parent.parent):
        if (up / "tmpdata" / f"attacks_{split}").exists():
            return up / "tmpdata" / f"attacks_{split}"
    return None


def _dev2(root: Path | None, split: str = "dev2") -> tuple[dict | None, str | None, pd.DataFrame | None]:
    """Scores of a further development sample (split ``split``), its description and its matched pairs, or
    (None, None, None) when absent."""
    if root is None or not (root / "annotations" / "incidents.jsonl").exists():
        return None, None, None
    r = vi.score_attack_sample(root, (split,))
    n_gold = int((r["pairs"]["gold_id"] != "").sum())
    return (r["splits"][split], f"{r['n_articles'][split]} articles from {_sites(root)} other sites; {n_gold} incidents",
            r["pairs"])


def _nth(split: str) -> str:
    """The ordinal of a further set without its article: ``_nth("dev8")`` -> "eighth"."""
    return _WHICH[split].split(" ", 1)[1]


def default_events_dev2(name: str = "event_descriptions_dev2") -> Path | None:
    """Where a further development set of event descriptions is looked for (../tmpdata or ../../tmpdata)."""
    for up in (paths.PROJECT_ROOT.parent, paths.PROJECT_ROOT.parent.parent):
        if (up / "tmpdata" / name / "events.jsonl").exists():
            return up / "tmpdata" / name
    return None


def _events_dev2_data(root: Path, split: str = "dev2") -> str:
    """How many descriptions, pages and sites a further development set holds (its text is never shown)."""
    ev = vi.load_event_descriptions(root)
    which = _WHICH.get(split, "a further")
    sites = ev["site"] if "site" in ev else ev["source"].astype(str).str.split().str[0]  # "site address", as annotated
    return (f"{which} {_kind(split)} set of coded event descriptions ({len(ev)} from {ev['source'].nunique()} "
            f"pages of {sites.nunique()} sites; split {split})")


def _sites(root: Path) -> int:
    """Distinct sites (web domains) of the sample's articles: the manifest's ``site`` column, else its outlets."""
    manifest = pd.read_csv(root / "corpus" / "manifest.csv", dtype=str, keep_default_na=False)
    return manifest["site" if "site" in manifest.columns else "outlet"].nunique()


def _shown(arg: str) -> str:
    """A command-line argument as recorded: a relative path as typed ("../tmpdata/attacks"), an absolute one by its
    project-relative form or last part (never a machine path), anything else as is.

    >>> _shown("../tmpdata/attacks"), _shown("/srv/x/attacks"), _shown("--errors")
    ('../tmpdata/attacks', 'attacks', '--errors')
    """
    if "/" not in arg:
        return arg
    return paths.display(arg) if Path(arg).is_absolute() else paths.as_given(arg)


def _table(scores: dict) -> pd.DataFrame:
    """One row per measure; per split, the value and the number of cases it is computed on."""
    rows: dict[str, dict] = {}
    for split, s in scores.items():
        if "f1" in s:
            for k in ("precision", "recall", "f1"):
                rows.setdefault(f"incident {k}", {})[split] = s[k]
                rows[f"incident {k}"][f"{split} n"] = s["gold_incidents"]
            for k in ("precision", "f1"):   # the guidelines annotate no threats: unmatched ones set aside
                rows.setdefault(f"incident {k}, threats set aside", {})[split] = s[f"{k}_without_threats"]
                rows[f"incident {k}, threats set aside"][f"{split} n"] = s["gold_incidents"]
            rows.setdefault("predicted threats set aside (count; n = predicted)", {})[split] = s["threats_set_aside"]
            rows["predicted threats set aside (count; n = predicted)"][f"{split} n"] = s["predicted_incidents"]
            items = [(f"{f} right", v) for f, v in s["fields"].items()]
        else:
            items = [(f"{f} right", s[f]) for f in ("found", "killed", "wounded", "place", "date", "date_from_text")]
        for name, v in items:
            rows.setdefault(name, {})[split] = v["right"]
            rows[name][f"{split} n"] = v["n"]
    return pd.DataFrame.from_dict(rows, orient="index")


def _parser() -> argparse.ArgumentParser:
    """The command line: the sample, its splits, the error split, the output and each further set's folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attacks", type=Path, default=None, help="the annotated attack sample (folder with README.md)")
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    ap.add_argument("--errors", default="dev",
                    help="split whose error table is printed and saved (dev by default: held-out errors are not read)")
    for split in REPORT_SETS:
        ap.add_argument(f"--{split}", type=Path, default=None,
                        help=f"{_WHICH[split]} {_kind(split)} sample (split {split}), if any")
    ap.add_argument("--out", type=Path, default=RESULTS)
    for split in DESCRIPTION_SETS:
        ap.add_argument(f"--events-{split}", type=Path, default=None,
                        help=f"a folder with {_nth(split)} set of event descriptions (events.jsonl, split {split})")
    return ap


def _further_sets(args: argparse.Namespace) -> tuple[dict, dict]:
    """Scores of the further report samples {split: (scores, data, pairs)} and description sets {split: (result, root)}
    found (the folders given, else the defaults)."""
    reports = {}
    for split in REPORT_SETS:
        scores, data, pairs = _dev2(getattr(args, split) or default_dev2(split), split)
        if scores:
            reports[split] = (scores, data, pairs)
    descriptions = {}
    for split in DESCRIPTION_SETS:
        root = getattr(args, f"events_{split}") or default_events_dev2(f"event_descriptions_{split}")
        if root and (root / "events.jsonl").exists():
            descriptions[split] = (vi.score_event_descriptions(root, (split,)), root)
    return reports, descriptions


def _result(args: argparse.Namespace, given: list[str], root: Path, attacks: dict, events: dict | None, reports: dict,
            descriptions: dict, errors: pd.DataFrame, t0: float) -> dict:
    """The results file's content (keys in a fixed order; a description set not found is written as null)."""
    n = attacks["n_articles"] if attacks else {}
    data = {"attack_reports": (f"the attack sample's corpus ({', '.join(f'{v} {k}' for k, v in n.items())} articles "
                               f"from {_sites(root)} sites; {int((attacks['pairs']['gold_id'] != '').sum())} "
                               f"annotated incidents)") if attacks else None,
            "event_descriptions": (f"its coded event descriptions ({len(events['rows'])}: "
                                   + ", ".join(f"{int((events['rows']['split'] == s).sum())} {s}" for s in args.splits)
                                   + ")") if events else None,
            **{f"attack_reports_{s}": f"{_WHICH[s]} {_kind(s)} sample ({r[1]})" for s, r in reports.items()},
            **{f"event_descriptions_{s}": _events_dev2_data(d[1], s) for s, d in descriptions.items()}}
    return {
        "date": date.today().isoformat(),
        "command": "python benchmarks/bench_incidents.py " + " ".join(_shown(a) for a in given),
        "data": data,
        "matching": "same article; compatible form; overlapping evidence, or the same place and date; one-to-one",
        "attack_reports": {**(attacks["splits"] if attacks else {}), **{s: r[0] for s, r in reports.items()}},
        "event_descriptions": events["splits"] if events else None,
        **{f"event_descriptions_{s}": descriptions[s][0]["splits"] for s in DESCRIPTION_SETS if s in descriptions},
        "errors": {"split": args.errors, "table": errors.to_dict("records")},
        "cpu_seconds": round(time.process_time() - t0, 1),
    }


def carry_over(result: dict, previous: dict | None) -> dict:
    """The results of this run plus every part of ``previous`` it did not measure, each part's date and command in
    ``measured`` (a sample lost with an earlier machine keeps the figures it was last measured at).

    >>> prev = {"date": "2026-12-02", "command": "c1", "data": {"attack_reports": "old", "attack_reports_h27": "h"},
    ...         "attack_reports": {"dev": {"f1": 0.8}, "h27": {"f1": 0.9}}, "event_descriptions": {"dev": {}},
    ...         "event_descriptions_h27": {"h27": {}}, "errors": {"split": "dev", "table": [{"error": "missed"}]}}
    >>> new = {"date": "2026-12-03", "command": "c2", "data": {"attack_reports": None, "event_descriptions": None,
    ...        "attack_reports_h30": "n"}, "attack_reports": {"h30": {"f1": 0.7}}, "event_descriptions": None,
    ...        "errors": {"split": "dev", "table": []}}
    >>> out = carry_over(new, prev)
    >>> list(out["attack_reports"]), out["measured"]["dev"], out["measured"]["h30"]["date"]
    (['dev', 'h27', 'h30'], {'date': '2026-12-02', 'command': 'c1'}, '2026-12-03')
    >>> out["data"]["attack_reports"], sorted(out["event_descriptions"]), out["errors"]["table"]
    ('old', ['dev'], [{'error': 'missed'}])
    """
    now = {"date": result["date"], "command": result["command"]}
    measured = {k: now for k in result["attack_reports"]}
    measured.update({k: now for k in result if k.startswith("event_descriptions") and result[k]})
    if not previous:
        return {**result, "measured": measured}
    before = previous.get("measured", {})
    old = {"date": previous["date"], "command": previous["command"]}
    reports = {**{k: v for k, v in previous["attack_reports"].items() if k not in result["attack_reports"]},
               **result["attack_reports"]}
    for k in previous["attack_reports"]:
        measured.setdefault(k, before.get(k, old))
    out = {**result, "attack_reports": dict(sorted(reports.items(), key=lambda kv: _order(kv[0])))}
    for k, v in previous.items():
        if k.startswith("event_descriptions") and v and not result.get(k):
            out[k], measured[k] = v, before.get(k, old)
    out["data"] = {**{k: v for k, v in previous["data"].items() if v}, **{k: v for k, v in result["data"].items() if v}}
    if not result["errors"]["table"] and previous.get("errors"):
        out["errors"] = previous["errors"]
    return {**out, "measured": measured}


def _order(split: str) -> tuple[int, int]:
    """Sort key of a split: dev, test, then further development sets, then held-out ones, each by number.

    >>> sorted(["h27", "dev10", "test", "dev", "dev2", "h30"], key=_order)
    ['dev', 'test', 'dev2', 'dev10', 'h27', 'h30']
    """
    if split in ("dev", "test"):
        return (0, ("dev", "test").index(split))
    digits = "".join(ch for ch in split if ch.isdigit())
    return (2 if split.startswith("h") else 1, int(digits or 0))


def second_layers(reports: dict, args: argparse.Namespace) -> dict:
    """For each report sample with a second, independent incidents layer (``annotations/incidents_b.jsonl``): our
    scores against the first layer and against the second, and the second annotator's agreement with the first
    (``analysis.validate.agreement``; scores only, no errors printed)."""
    out = {}
    for split in reports:
        root = getattr(args, split, None) or default_dev2(split)
        if root is None or not (Path(root) / "annotations" / "incidents_b.jsonl").exists():
            continue
        first = vi.load_attack_sample(root)["gold"]
        second = vi.load_attack_sample(root, "incidents_b.jsonl")["gold"]
        out[split] = {"ours vs first layer": reports[split][0],
                      "ours vs second layer": vi.score_attack_sample(root, (split,), "incidents_b.jsonl")["splits"][split],
                      "second layer vs first": incident_layer_agreement(first[first["split"] == split],
                                                                        second[second["split"] == split])}
    return out


def main(argv: list[str] | None = None) -> int:
    """Score every sample found, write the results file and print the tables."""
    args = _parser().parse_args(argv)
    root = args.attacks or default_attacks()
    t0 = time.process_time()
    found = (root / "annotations" / "incidents.jsonl").exists()
    attacks = vi.score_attack_sample(root, tuple(args.splits)) if found else None
    events = vi.score_event_descriptions(root, tuple(args.splits)) if (root / "event_descriptions").exists() else None
    reports, descriptions = _further_sets(args)
    if not found and not reports and not descriptions:
        print(f"attack sample not found at {root} and no further set found: nothing to measure (pass --attacks PATH)")
        return 0
    if not found:
        kept = f"its figures are carried over from {paths.display(args.out)}" if args.out.exists() else "not scored"
        print(f"attack sample not found at {root}: {kept}")
    pairs = reports[args.errors][2] if args.errors in reports else attacks["pairs"] if attacks else None
    errors = vi.error_table(pairs[pairs["split"] == args.errors]) if pairs is not None else pd.DataFrame()
    result = _result(args, argv if argv is not None else sys.argv[1:], root, attacks, events, reports, descriptions,
                     errors, t0)
    result = carry_over(result, json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else None)
    doubled = second_layers(reports, args)
    previous = json.loads(args.out.read_text(encoding="utf-8")).get("second_layer") if args.out.exists() else None
    if doubled:
        result["second_layer"] = {"about": "samples annotated twice, independently (incidents_b.jsonl by a second annotator "
                                           "blind to the first layer and to every prediction)",
                                  "measured": {"date": result["date"], "command": result["command"]}, **doubled}
    elif previous:  # a run that did not find the doubled samples keeps their last figures, with their day
        result["second_layer"] = previous
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    pd.set_option("display.width", 160)
    print("Attack reports (incidents per article)\n", _table(result["attack_reports"]).round(3).to_string(), "\n")
    if events:
        print("Coded event descriptions\n", _table(events["splits"]).round(3).to_string(), "\n")
    for split, (ev, _) in descriptions.items():
        print(f"Coded event descriptions, {_nth(split)} {_kind(split)} set\n", _table(ev["splits"]).round(3).to_string(),
              "\n")
    for split, three in doubled.items():
        print(f"Two annotators, {split}: ours against each layer, and the second layer scored against the first\n",
              _table(three).round(3).to_string(), "\n")
    if len(errors):
        print(f"Errors by failure type ({args.errors})\n", errors.to_string(index=False), "\n")
    print(f"results written to {paths.display(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
