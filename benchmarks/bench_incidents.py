"""Benchmark: incident extraction on real attack reports and on coded event descriptions.

``.venv/bin/python benchmarks/bench_incidents.py [--attacks PATH] [--sample SPLIT=PATH ...] [--events SPLIT=PATH ...]
[--dev-only] [--splits dev test] [--errors dev]``

``--attacks PATH`` is the annotated sample of real reports of the militia attacks in the layout of
``benchmarks/ANNOTATION.md`` (rebuilt on 2026-12-02 after the earlier samples were lost with their machine: reports
split dev/test by site, plus coded event descriptions in ``event_descriptions/``). Default: the env var
``ANALYSIS_ATTACKS``, then ``<project root>/../tmpdata/attacks`` (or ``../../`` from a worktree). Users do not have
these folders (their texts are never committed): when nothing is found the script says so and exits 0.

**Further samples are found by name**, so that a new sample needs no change here: every folder
``<tmpdata>/attacks_<split>`` (beside the ``--attacks`` folder) that holds ``annotations/incidents.jsonl`` is a sample
of reports whose articles are all in split ``<split>`` (``attacks_dev39`` -> ``dev39``), and every folder
``<tmpdata>/event_descriptions_<split>`` holding ``events.jsonl`` a set of coded descriptions. ``--sample`` and
``--events`` add or override one (``--sample h39=/elsewhere/attacks_h39``). A split whose name starts with ``h`` is
**held out**: scored, never tuned on, its errors never printed unless ``--errors`` names it; ``--dev-only`` leaves
the held-out ones out of the run (their last figures stay in the results file). Which stop annotated each sample,
from which sites and by which rules is told in ``benchmarks/README.md`` (the "Samples of stop N" sections).
A sample whose folder also holds ``annotations/incidents_b.jsonl`` (a second annotator's independent layer) is
scored against both layers, and the second layer against the first (``analysis.validate.agreement``).
``--errors`` names the split whose error table is printed and saved (``dev`` by default).

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
* **Further sets** of reports or descriptions (found by name, see above) are scored the same way, each under its
  own split.
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


def found_sets(base: Path, prefix: str, layer: str, given: list[str] | None = None,
               dev_only: bool = False) -> dict[str, Path]:
    """The further sets of one kind: ``{split: folder}`` for every ``<base>/<prefix><split>`` holding ``layer``, then
    those given as ``SPLIT=PATH``; held-out splits (``h...``) left out when ``dev_only``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("attacks", "attacks_dev39", "attacks_h39", "attacks_empty"):
    ...         (Path(d) / name / "annotations").mkdir(parents=True)
    ...     for name in ("attacks_dev39", "attacks_h39"):
    ...         _ = (Path(d) / name / "annotations" / "incidents.jsonl").write_text("")
    ...     sorted(found_sets(Path(d), "attacks_", "annotations/incidents.jsonl")), \\
    ...         sorted(found_sets(Path(d), "attacks_", "annotations/incidents.jsonl", dev_only=True)), \\
    ...         found_sets(Path(d), "attacks_", "x", ["h2=/x/y"])
    (['dev39', 'h39'], ['dev39'], {'h2': PosixPath('/x/y')})
    """
    out = {p.name[len(prefix):]: p for p in sorted(base.glob(f"{prefix}*")) if (p / layer).exists()}
    for item in given or []:
        split, _, path = item.partition("=")
        if not path:
            raise SystemExit(f"expected SPLIT=PATH, got {item!r}")
        out[split] = Path(path)
    return {k: v for k, v in sorted(out.items(), key=lambda kv: _order(kv[0]))
            if not (dev_only and _kind(k) == "held-out")}


def _score_sample(root: Path | None, split: str = "dev2") -> tuple[dict | None, str | None, pd.DataFrame | None]:
    """Scores of a further sample of reports (split ``split``), its description and its matched pairs, or
    (None, None, None) when absent."""
    if root is None or not (root / "annotations" / "incidents.jsonl").exists():
        return None, None, None
    r = vi.score_attack_sample(root, (split,))
    n_gold = int((r["pairs"]["gold_id"] != "").sum())
    return (r["splits"][split], f"{r['n_articles'][split]} articles from {_sites(root)} other sites; {n_gold} incidents",
            r["pairs"])


def _descriptions_data(root: Path, split: str = "dev2") -> str:
    """How many descriptions, pages and sites a further development set holds (its text is never shown)."""
    ev = vi.load_event_descriptions(root)
    sites = ev["site"] if "site" in ev else ev["source"].astype(str).str.split().str[0]  # "site address", as annotated
    return (f"a {_kind(split)} set of coded event descriptions ({len(ev)} from {ev['source'].nunique()} "
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
            for k in ("precision", "f1"):   # as the earliest layers (no threats coded): unmatched ones set aside
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
    ap.add_argument("--sample", nargs="+", default=[], metavar="SPLIT=PATH",
                    help="a further report sample beside those found by name (tmpdata/attacks_<split>)")
    ap.add_argument("--events", nargs="+", default=[], metavar="SPLIT=PATH",
                    help="a further set of coded descriptions beside those found (tmpdata/event_descriptions_<split>)")
    ap.add_argument("--dev-only", action="store_true",
                    help="leave the held-out samples (splits h...) out of this run; their last figures are kept")
    ap.add_argument("--out", type=Path, default=RESULTS)
    return ap


def _further_sets(args: argparse.Namespace, base: Path) -> tuple[dict, dict]:
    """Scores of the further report samples {split: (scores, data, pairs, folder)} and description sets
    {split: (result, folder)} found in ``base`` (the folder that holds the ``--attacks`` sample) or given."""
    reports = {}
    for split, root in found_sets(base, "attacks_", "annotations/incidents.jsonl", args.sample, args.dev_only).items():
        scores, data, pairs = _score_sample(root, split)
        if scores:
            reports[split] = (scores, data, pairs, root)
    descriptions = {}
    for split, root in found_sets(base, "event_descriptions_", "events.jsonl", args.events, args.dev_only).items():
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
            **{f"attack_reports_{s}": f"a {_kind(s)} sample (split {s}; {r[1]})" for s, r in reports.items()},
            **{f"event_descriptions_{s}": _descriptions_data(d[1], s) for s, d in descriptions.items()}}
    return {
        "date": date.today().isoformat(),
        "command": "python benchmarks/bench_incidents.py " + " ".join(_shown(a) for a in given),
        "data": data,
        "matching": "same article; compatible form; overlapping evidence, or the same place and date; one-to-one",
        "attack_reports": {**(attacks["splits"] if attacks else {}), **{s: r[0] for s, r in reports.items()}},
        "event_descriptions": events["splits"] if events else None,
        **{f"event_descriptions_{s}": descriptions[s][0]["splits"] for s in descriptions},
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


def second_layers(reports: dict) -> dict:
    """For each report sample with a second, independent incidents layer (``annotations/incidents_b.jsonl``): our
    scores against the first layer and against the second, and the second annotator's agreement with the first
    (``analysis.validate.agreement``; scores only, no errors printed)."""
    out = {}
    for split, (*_, root) in reports.items():
        if not (Path(root) / "annotations" / "incidents_b.jsonl").exists():
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
    reports, descriptions = _further_sets(args, root.parent)
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
    doubled = second_layers(reports)
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
        print(f"Coded event descriptions, {_kind(split)} set {split}\n", _table(ev["splits"]).round(3).to_string(),
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
