"""Score ``date_mentions`` on real annotated news: TempEval-3 training data (TimeBank, AQUAINT) and the attack reports.

    .venv/bin/python benchmarks/bench_dates_timebank.py --data ../shared/data
    .venv/bin/python benchmarks/bench_dates_timebank.py --data ../shared/data --attacks ../tmpdata/attacks
    .venv/bin/python benchmarks/bench_dates_timebank.py --data ../shared/data --attacks-dev ../tmpdata/attacks_dev2

Protocol (the shared data README): gold = TIMEX3 of type DATE (the creation-time timex excluded); text = the
``<TEXT>`` element with tags stripped; publication date = the CREATION_TIME value. Predictions = the rows of
``date_mentions`` whose ``type`` is DATE, with their ``timex`` value. A prediction matches a gold expression when
the character spans overlap (one-to-one, largest overlap first). Relaxed P/R/F1 count matches; value accuracy is
exact equality of the TimeML value on matched pairs (the gold's own granularity); value F1 = relaxed F1 x value
accuracy. A sensitivity figure, ``value_f1_without_ref``, scores the same alignment with every pair, miss or
spurious prediction whose value is a vague reference (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) left out on
both sides: TimeML annotates "now" or "recently", the annotators of the attack samples mostly did not, and the
figure shows how much of a gap is that convention. Scores per folder, per half of TimeBank (by sorted document id) and overall, then an error table: missed
and spurious expressions by form, wrong values by cause (anchor, tense direction, granularity, year, reference
class, underspecified gold).

The attack reports (``--attacks``: a folder with corpus/manifest.csv, corpus/*.txt, split.csv and
annotations/dates.jsonl) are scored the same way per split (dev used for error analysis, test only measured).
Further development samples of attack reports (``--attacks-dev``: folders of the same form whose split is a
development split, such as dev2 ... dev5) are scored per folder and together (all for tuning; by default the
``attacks_dev*`` folders beside the ``--attacks`` folder, else in ``../tmpdata``, that hold a dates layer).
Results go to benchmarks/results/dates_timebank.json with the date, the command and the data used; a part not
measured in this run (the attack reports without ``--attacks``) keeps its previous figures, marked ``carried_over``
with the date and command that measured them. Samples with a second, independent dates layer
(``annotations/dates_b.jsonl`` beside ``dates.jsonl``) are also scored against it, and the two annotators' agreement
is printed (the second layer scored as predictions against the first); held-out ones by scores only. The script
exits 0 with a message when the data are absent. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.validate import dates as vd  # noqa: E402
from analysis.validate.timeml import TimemlDoc, load_timeml_folder  # noqa: E402


def default_data() -> Path:
    """<project root>/../shared/data, else $ANALYSIS_SHARED_DATA."""
    here = ROOT.parent / "shared" / "data"
    env = os.environ.get("ANALYSIS_SHARED_DATA")
    return here if here.exists() or not env else Path(env)


def load_attacks(folder: Path, layer: str = "dates.jsonl") -> list[TimemlDoc]:
    """The attack reports' dates layer (``layer``: a file of annotations/) as documents grouped by split (dev / test)."""
    with open(folder / "corpus" / "manifest.csv", encoding="utf-8", newline="") as fh:
        manifest = list(csv.DictReader(fh))
    texts = {r["doc_id"]: (folder / "corpus" / r["file"]).read_text(encoding="utf-8") for r in manifest}
    dcts = {r["doc_id"]: r["published"] or "" for r in manifest}
    with open(folder / "split.csv", encoding="utf-8", newline="") as fh:
        split = {r["doc_id"]: r["split"] for r in csv.DictReader(fh)}
    with open(folder / "annotations" / layer, encoding="utf-8") as fh:
        spans = [json.loads(line) for line in fh if line.strip()]
    return vd.documents_from_spans(texts, dcts, split, spans)


def halves(docs: list[TimemlDoc], folder: str = "TimeBank") -> dict[str, str]:
    """Each document of a folder labelled with the half it falls in by sorted id ('TimeBank-1', 'TimeBank-2').

    >>> halves([TimemlDoc(k, "TimeBank", "", "", ()) for k in ("c", "a", "b")])
    {'a': 'TimeBank-1', 'b': 'TimeBank-2', 'c': 'TimeBank-2'}
    """
    ids = sorted(d.doc_id for d in docs if d.folder == folder)
    return {k: f"{folder}-{1 if i < len(ids) // 2 else 2}" for i, k in enumerate(ids)}


def evaluate(docs: list[TimemlDoc], by: str = "folder", ours: bool = False) -> tuple[list[dict], dict[str, list[dict]], float]:
    """Scores per group and overall, error tables per group and overall, and the CPU seconds spent predicting.

    With ``by="folder"`` the scores also hold the two halves of TimeBank by sorted document id, to see whether a
    change helps both halves of the tuning set. ``ours``: a layer of ours, whose undated pages leave the expressions
    their date would resolve unannotated (``without_unannotated``; TimeML gold annotates them as ``XXXX``).
    """
    t0 = time.process_time()
    table = vd.evaluate_timeml(docs)
    cpu = time.process_time() - t0
    table = vd.without_unannotated(table) if ours else table
    half = halves(docs) if by == "folder" else {}
    if half:
        table = pd.concat([table, table[table["doc_id"].isin(half.keys())].assign(folder=lambda t: t["doc_id"].map(half))])
        docs = docs + [TimemlDoc(d.doc_id, half[d.doc_id], d.dct, d.text, d.gold) for d in docs if d.doc_id in half]
    whole = table[~table[by].isin(set(half.values()))]
    scores = [r for r in vd.summarise(table, by).to_dict("records") if r[by] != "all"]
    scores += [r for r in vd.summarise(whole, by).to_dict("records") if r[by] == "all"]
    no_ref = vd.summarise(vd.without_reference_values(table), by).set_index(by)["value_f1"].to_dict()
    no_ref["all"] = vd.score_alignment(vd.without_reference_values(whole))["value_f1"]
    for row in scores:  # convention sensitivity: both sides without PRESENT_REF / PAST_REF / FUTURE_REF
        row["value_f1_without_ref"] = no_ref.get(row[by], 0.0)
    parts = [getattr(d, by) for d in docs]
    for row in scores:  # documents read, including those with no DATE expression at all
        row["documents"] = parts.count(row[by]) if row[by] != "all" else sum(p not in half.values() for p in parts)
    errors = {str(k): vd.error_table(part).to_dict("records") for k, part in whole.groupby(by)}
    errors["all"] = vd.error_table(whole).to_dict("records")
    return scores, errors, cpu


def print_scores(title: str, scores: list[dict], errors: list[dict], top: int) -> None:
    """A table of scores and the largest error kinds."""
    print(f"\n{title}")
    cols = ["documents", "gold", "predicted", "matched", "correct", "relaxed_precision", "relaxed_recall",
            "relaxed_f1", "value_accuracy", "value_f1", "value_f1_without_ref"]
    key = next(k for k in scores[0] if k not in cols)
    print(f"{key:>10} " + " ".join(f"{c[:10]:>10}" for c in cols))
    for s in scores:
        print(f"{s[key]:>10} " + " ".join(f"{s[c]:>10}" for c in cols))
    print("errors of the tuning part (those of each part are in the JSON):")
    for e in errors[:top]:
        print(f"  {e['n']:>4}  {e['error']:<12} {e['kind']:<16} {e['examples'][:110]}")


def carry_over(result: dict, out: Path) -> None:
    """Keep the parts of a previous result file that this run did not measure (e.g. the attack reports when their
    folder is absent), marked with the date and command they were measured with.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     f = Path(d) / "r.json"
    ...     _ = f.write_text(json.dumps({"date": "2026-11-30", "command": "python b.py --attacks x", "attacks": {"scores": []}}))
    ...     r = {"date": "2026-12-01", "command": "python b.py", "timebank": {}}
    ...     carry_over(r, f)
    >>> r["attacks"]["carried_over"]
    {'measured': '2026-11-30', 'command': 'python b.py --attacks x'}
    """
    if not out.exists():
        return
    try:
        old = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    when = {"measured": old.get("date", ""), "command": old.get("command", "")}
    for part in ("timebank", "attacks", "attacks_dev", "attacks_held_out", "second_layer"):
        if part not in result and isinstance(old.get(part), dict):
            kept = dict(old[part])
            kept.setdefault("carried_over", when)
            result[part] = kept
        elif part in ("attacks_dev", "attacks_held_out") and isinstance(old.get(part), dict):
            result[part]["scores"] += _kept_samples(result[part]["scores"], old[part], when)


def _kept_samples(scores: list[dict], old: dict, when: dict) -> list[dict]:
    """The rows of an earlier run's samples that this run did not score (not its ``all`` row), marked as carried over.

    >>> old = {"scores": [{"folder": "h27", "value_f1": 0.9}, {"folder": "all", "value_f1": 0.9}]}
    >>> _kept_samples([{"folder": "h30"}, {"folder": "all"}], old, {"measured": "2026-12-02", "command": "c"})
    [{'folder': 'h27', 'value_f1': 0.9, 'carried_over': {'measured': '2026-12-02', 'command': 'c'}}]
    """
    have = {s["folder"] for s in scores}
    return [{**s, "carried_over": s.get("carried_over", old.get("carried_over", when))}
            for s in old.get("scores", []) if s["folder"] not in have and s["folder"] != "all"]


def dev_folders(given: list[Path] | None, attacks: Path | None) -> list[Path]:
    """The development attack samples to score: those given, else the ``attacks_dev*`` folders with a dates layer
    beside the ``--attacks`` folder (or in ``<project>/../tmpdata``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("attacks", "attacks_dev2", "attacks_dev3"):
    ...         (Path(d) / name / "annotations").mkdir(parents=True)
    ...     _ = (Path(d) / "attacks_dev2" / "annotations" / "dates.jsonl").write_text("")
    ...     [p.name for p in dev_folders(None, Path(d) / "attacks")]
    ['attacks_dev2']
    """
    if given is not None:
        return [p for p in given if (p / "annotations" / "dates.jsonl").exists()]
    base = attacks.parent if attacks is not None else ROOT.parent / "tmpdata"
    return sorted(p for p in base.glob("attacks_dev*") if (p / "annotations" / "dates.jsonl").exists())


def held_out_folders(attacks: Path | None) -> list[Path]:
    """The held-out attack samples (``attacks_h*`` folders with a dates layer beside ``--attacks``): scored only.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("attacks", "attacks_dev2", "attacks_h27"):
    ...         (Path(d) / name / "annotations").mkdir(parents=True)
    ...         _ = (Path(d) / name / "annotations" / "dates.jsonl").write_text("")
    ...     [p.name for p in held_out_folders(Path(d) / "attacks")]
    ['attacks_h27']
    """
    base = attacks.parent if attacks is not None else ROOT.parent / "tmpdata"
    return sorted(p for p in base.glob("attacks_h*") if (p / "annotations" / "dates.jsonl").exists())


def score_held_out(folders: list[Path]) -> dict:
    """Scores of the held-out attack samples per split and together; their errors are neither printed nor kept."""
    docs = [d for f in folders for d in load_attacks(f)]
    scores, _errors, cpu = evaluate(docs, ours=True)
    print_scores("attack reports, held-out samples " + ", ".join(f.name for f in folders), scores, [], 0)
    return {"data": "held-out samples of attack reports, dates layer (" + ", ".join(f.name for f in folders) + ")",
            "tuned_on": "none: annotated from the text alone, scored only, errors not read",
            "scores": scores, "cpu_seconds": round(cpu, 2)}


def score_dev_samples(folders: list[Path], top: int) -> dict:
    """Scores of the development attack samples per split (dev2, dev3 ...) and together, with their errors."""
    docs = [d for f in folders for d in load_attacks(f)]
    scores, errors, cpu = evaluate(docs, ours=True)
    print_scores("attack reports, development samples " + ", ".join(f.name for f in folders), scores,
                 errors.get("all", []), top)
    return {"data": "development samples of attack reports, dates layer (" + ", ".join(f.name for f in folders) + ")",
            "tuned_on": "all of them (development)", "scores": scores, "errors": errors, "cpu_seconds": round(cpu, 2)}


def score_second_layer(folders: list[Path]) -> dict:
    """Samples with a second, independent dates layer (``dates_b.jsonl``): our scores against it, and the two
    annotators' agreement (the second layer scored as predictions against the first). Scores only, no errors."""
    names = ", ".join(f.name for f in folders)
    first = [d for f in folders for d in load_attacks(f)]
    second = [d for f in folders for d in load_attacks(f, "dates_b.jsonl")]
    ours, _errors, _cpu = evaluate(second, ours=True)
    print_scores(f"attack reports against the second annotator's layer ({names})", ours, [], 0)
    table = vd.layer_agreement(first, second)
    agree = vd.summarise(table, "folder").to_dict("records")
    no_ref = vd.summarise(vd.without_reference_values(table), "folder").set_index("folder")["value_f1"].to_dict()
    for row in agree:
        row["value_f1_without_ref"] = no_ref.get(row["folder"], 0.0)
        row["documents"] = sum(d.folder == row["folder"] or row["folder"] == "all" for d in first)
    print_scores(f"agreement: second annotator's layer scored against the first ({names})", agree, [], 0)
    return {"data": f"second, independent dates layers (annotations/dates_b.jsonl) of {names}",
            "annotation": "a second annotator, blind to the first layer and to every prediction, following ANNOTATION.md "
                          "and TimeML (vague references included)",
            "ours_against_second": ours, "agreement_second_vs_first": agree}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the tables and write the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="shared data folder (with timebank/)")
    ap.add_argument("--attacks", type=Path, default=None, help="attack-report sample folder (dates layer)")
    ap.add_argument("--attacks-dev", type=Path, nargs="*", default=None,
                    help="development attack samples (default: the attacks_dev* folders with a dates layer)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "dates_timebank.json")
    ap.add_argument("--top", type=int, default=15, help="error kinds printed")
    args = ap.parse_args(argv)
    data = args.data or default_data()
    result: dict = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "command": " ".join(["python", *sys.argv]),
                    "protocol": next(p for p in __doc__.split("\n\n") if p.startswith("Protocol")).replace("\n", " ")}
    tml = data / "timebank"
    if not tml.exists():
        print(f"No TimeML data at {tml}: skipping the TimeBank/AQUAINT benchmark (pass --data).")
    else:
        docs = load_timeml_folder(tml)
        scores, errors, cpu = evaluate(docs)
        result["timebank"] = {"data": "shared data timebank/ (TempEval-3 TBAQ-cleaned: TimeBank 183, AQUAINT 73 documents)",
                              "tuned_on": "TimeBank and AQUAINT (development proxy)",
                              "check": "none here: the TempEval-3 evaluation set is held out", "scores": scores, "errors": errors,
                              "cpu_seconds": round(cpu, 2)}
        print_scores("TimeML (TimeBank and AQUAINT = development)", scores, errors.get("all", []), args.top)
    if args.attacks is not None:
        if not (args.attacks / "annotations" / "dates.jsonl").exists():
            print(f"No dates layer at {args.attacks}: skipping the attack reports.")
        else:
            scores, errors, cpu = evaluate(load_attacks(args.attacks), ours=True)
            result["attacks"] = {"data": "attack-report sample, dates layer (dev = tuning, test = measured only)",
                                 "scores": scores, "errors": errors, "cpu_seconds": round(cpu, 2)}
            print_scores("attacks (dev = tuning, test = measured)", scores, errors.get("dev", []), args.top)
    dev = dev_folders(args.attacks_dev, args.attacks)
    if dev:
        result["attacks_dev"] = score_dev_samples(dev, args.top)
    held = held_out_folders(args.attacks)
    if held:
        result["attacks_held_out"] = score_held_out(held)
    base = args.attacks.parent if args.attacks is not None else ROOT.parent / "tmpdata"
    doubled = sorted(p for p in base.glob("attacks_*") if (p / "annotations" / "dates_b.jsonl").exists())
    if doubled:
        result["second_layer"] = score_second_layer(doubled)
    if len(result) == 3:
        return 0
    carry_over(result, args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
