"""Accuracy of ``extract_quotes`` on real annotated news: PolNeAR (train, dev) and the attack-report sample.

Usage: ``.venv/bin/python benchmarks/bench_quotes_polnear.py [--data PATH] [--splits train dev]
[--attacks PATH] [--sample FOLDER=PATH ...] [--dev-only] [--out benchmarks/results/quotes_polnear.json]``

Scoring (as ``../shared/data/README.md`` says): gold = attributions whose Content holds a pair of double
quotation marks (two apostrophes typed for a double mark count); a predicted utterance (all pieces of one quote,
not-speech quotes excluded) matches a gold one when it covers >= 30 % (and, reported separately, >= 80 %) of the
gold Content characters, one-to-one, best first; the speaker is right when the predicted mention overlaps a gold
Source span or both are absent. Reported: precision, recall, F1, speaker accuracy on matched quotes, end-to-end
F1 (matched and speaker right), CPU seconds, an error table by failure type and cause, and the quoted-words
ceiling: the share of gold Contents whose quoted words (inside their own marks) reach the threshold at all. A
prediction covers its pieces' reported content (columns ``content_start``/``content_end``: the quoted words, or
for a partial quote inside reported speech the clause its cue reports), so it can pass that ceiling; the figures
with each prediction spanning its quoted words only (``start``/``end``) are reported beside them.
The attack sample (``--attacks``, the folder with ``corpus/``, ``split.csv``, ``annotations/quotes.jsonl``) is
scored the same way on its dev split (used to tune) and test split (reported); there the gold is every
annotated utterance, with its marks. The further quotes sets are found by name in ``../tmpdata`` beside the
shared data folder (every ``quotes_<split>`` or ``attacks_<split>`` folder holding ``annotations/quotes.jsonl``, in
the same format: real articles from outlets outside PolNeAR, all in split ``<split>``; ``--sample`` adds one from
elsewhere; a split starting with ``h`` is held out: figures only, ``--dev-only`` leaves it out of the run). Each is
scored as annotated (each paragraph of a running quote its own utterance) and with running quotes grouped as PolNeAR
groups them (``merge_running_quotes``), and, as ``<set> per paragraph``, against the gold as annotated with each
predicted utterance cut at paragraph breaks (``paragraph_units``: the layers' unit; the extractor joins a quote's
paragraphs into one utterance as PolNeAR does, so the as-annotated row counts each later paragraph as missed). On every set whose gold carries ``speaker_group`` (the attack sample,
the quotes sets) the speaker group as the notebooks resolve it (``extract_quotes`` -> ``resolve_speakers``) is scored
on the matched quotes (30 %) whose speaker is right: group accuracy, share ``unknown`` and a gold x predicted
confusion table (``groups_at_30``). Nothing of the texts is written to the results, only figures.
Skips with a message when the data folder is absent. A set not scored in this run (a local sample lost with the
machine that held it) keeps the figures it was last measured at: each row's ``measured`` gives that date and command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.quotes import extract_corpus_quotes, resolve_speakers  # noqa: E402
from analysis.validate import quotes as vq  # noqa: E402

THRESHOLDS = (0.3, 0.8)
_QUOTED = re.compile(r"[“\"„«]([^“”\"«»\n]*)[”\"»]|''(.*?)''|``(.*?)''", re.S)


def default_data() -> Path:
    """``<project>/../shared/data``, or the ANALYSIS_SHARED_DATA environment variable."""
    env = os.environ.get("ANALYSIS_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def ceiling(texts: pd.DataFrame, gold: pd.DataFrame, threshold: float) -> float:
    """Share of gold Contents whose own quoted words (inside double marks within the Content) reach the threshold."""
    T = dict(zip(texts["doc_id"], texts["text"]))
    ok = 0
    for doc, content in zip(gold["doc_id"], gold["content"]):
        chars = vq._chars(content)
        inside: set[int] = set()
        for a, b in content:
            for m in _QUOTED.finditer(T[doc], a, b):
                g = next(i for i in (1, 2, 3) if m.group(i) is not None)
                inside.update(range(m.start(g), m.end(g)))
        ok += len(inside & chars) / max(1, len(chars)) >= threshold
    return ok / len(gold) if len(gold) else 0.0


def default_extra(data: Path, folder: str = "") -> Path:
    """A set's folder under ``tmpdata`` beside the shared data folder's parent: ``../shared/data`` -> ``../tmpdata/<folder>``.

    >>> default_extra(Path("../shared/data"), "quotes_dev3").as_posix()
    '../tmpdata/quotes_dev3'
    """
    return data.parent.parent / "tmpdata" / folder


def found_sets(base: Path, given: list[str] | None = None, dev_only: bool = False) -> list[tuple[str, str, Path]]:
    """The further quotes sets, found by name: ``(split, set name, folder)`` for every ``<base>/quotes_<split>`` or
    ``<base>/attacks_<split>`` holding ``annotations/quotes.jsonl``, then those given as ``FOLDER=PATH``; held-out
    ones (split ``h...``) left out when ``dev_only``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("quotes_h39", "attacks_dev39", "attacks", "quotes_empty"):
    ...         (Path(d) / name / "annotations").mkdir(parents=True)
    ...     for name in ("quotes_h39", "attacks_dev39", "attacks"):
    ...         _ = (Path(d) / name / "annotations" / "quotes.jsonl").write_text("")
    ...     [s[:2] for s in found_sets(Path(d))], [s[:2] for s in found_sets(Path(d), dev_only=True)]
    ([('dev39', 'attack reports dev39'), ('h39', 'quotes h39')], [('dev39', 'attack reports dev39')])
    """
    folders = {p.name: p for p in sorted(base.glob("*_*")) if (p / "annotations" / "quotes.jsonl").is_file()}
    for item in given or []:
        folder, _, path = item.partition("=")
        if not path:
            raise SystemExit(f"expected FOLDER=PATH (such as quotes_dev39=/x/quotes_dev39), got {item!r}")
        folders[folder] = Path(path)
    out = []
    for folder, root in folders.items():
        kind, _, split = folder.partition("_")
        if kind in ("quotes", "attacks") and not (dev_only and _held_out(split)):
            out.append((split, f"{'quotes' if kind == 'quotes' else 'attack reports'} {split}", root))
    return sorted(out, key=lambda s: (_held_out(s[0]), s[1]))


def _held_out(split: str) -> bool:
    """A held-out set's split starts with ``h`` (or ``qh``): figures only, its errors never read.

    >>> _held_out("h39"), _held_out("dev39"), _held_out("qh30")
    (True, False, True)
    """
    return split.startswith(("h", "qh"))


def score_extra_sets(args: argparse.Namespace, rows: list[dict], used: list[str]) -> None:
    """Score each further set found (as annotated, PolNeAR-grouped and per paragraph); say when there is none.

    >>> rows, used = [], []
    >>> score_extra_sets(argparse.Namespace(data=Path("/nonexistent/shared/data"), sample=[], dev_only=False), rows, used)
    no further quotes sets under /nonexistent/tmpdata (quotes_<split> or attacks_<split> with annotations/quotes.jsonl)
    >>> rows, used
    ([], [])
    """
    base = default_extra(args.data)
    sets = found_sets(base, args.sample, args.dev_only)
    if not sets:
        print(f"no further quotes sets under {base.as_posix()} (quotes_<split> or attacks_<split> with "
              "annotations/quotes.jsonl)")
    for split, name, root in sets:
        texts, gold = vq.load_quote_sample(root, split)
        seen = not _held_out(split)  # a held-out set: figures only, its errors are not read
        rows.append(evaluate(texts, gold, name, errors=seen))
        rows.append(evaluate(texts, vq.merge_running_quotes(texts, gold), f"{name} PolNeAR-grouped", groups=False,
                             errors=seen))
        rows.append(evaluate(texts, gold, f"{name} per paragraph", groups=False, errors=seen, per_paragraph=True))
        used.append(f"{name}: a {'held-out' if not seen else 'development'} set of {len(texts)} real articles "
                    f"(split {split}; see the Samples sections of benchmarks/README.md)")
        if (root / "annotations" / "quotes_b.jsonl").is_file():
            rows += second_layer_rows(root, split, name, texts, gold, seen)
            used.append(f"{name}: a second, independent quotes layer (quotes_b.jsonl)")


def second_layer_rows(root: Path, split: str, name: str, texts: pd.DataFrame, gold: pd.DataFrame, seen: bool) -> list[dict]:
    """A set annotated twice: our scores against the second annotator's layer, and that layer scored as predictions
    against the first (how far two annotators agree on quotes and speakers: the ceiling of a score on one layer)."""
    _, second = vq.load_quote_sample(root, split, layer="quotes_b.jsonl")
    ours = evaluate(texts, second, f"{name} vs 2nd layer", errors=seen)
    agree: dict = {"set": f"{name} 2nd vs 1st layer", "articles": len(texts), "gold_quotes": len(gold),
                   "predicted_utterances": len(second)}
    utts = vq.layer_utterances(second)
    for th in THRESHOLDS:
        s = vq.score_utterances(utts, gold, th)
        agree[f"at_{int(th * 100)}"] = {**{k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()},
                                        "ceiling_recall": round(ceiling(texts, gold, th), 4)}
    return [ours, agree]


def shown_path(arg: str) -> str:
    """A command-line path as the results show it: its last two parts under ``..`` (no machine-specific prefix).

    >>> shown_path("/work/shared/data"), shown_path("../../tmpdata/attacks"), shown_path("--splits")
    ('../shared/data', '../tmpdata/attacks', '--splits')
    """
    parts = Path(arg).parts
    keep = not arg.startswith(("/", "..")) or len(parts) < 2
    return arg if keep else "/".join(("..", *parts[-2:]))


def evaluate(texts: pd.DataFrame, gold: pd.DataFrame, name: str, groups: bool = True, errors: bool = True,
             per_paragraph: bool = False) -> dict:
    """Extract, score at both thresholds, count errors by cause (not for a held-out set: ``errors=False``) and speaker
    groups when gold has them; figures only. ``per_paragraph`` cuts each predicted utterance at paragraph breaks
    (the quotes layers' unit, ``vq.paragraph_units``)."""
    t0 = time.process_time()
    pred = extract_corpus_quotes(texts)
    cpu = time.process_time() - t0
    pred = vq.paragraph_units(pred) if per_paragraph else pred
    utts = vq.utterances(pred)
    out: dict = {"set": name, "articles": len(texts), "mb": round(sum(len(t.encode("utf-8")) for t in texts["text"]) / 1e6, 3),
                 "cpu_seconds": round(cpu, 2), "gold_quotes": len(gold), "predicted_utterances": len(utts)}
    for th in THRESHOLDS:
        s = vq.score_utterances(utts, gold, th)
        key = f"at_{int(th * 100)}"
        out[key] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()}
        out[key]["ceiling_recall"] = round(ceiling(texts, gold, th), 4)
        if errors:
            errs = vq.error_table(texts, gold, pred, th)
            out[key]["errors"] = (errs.groupby(["error", "cause"]).size().rename("n").reset_index()
                                  .sort_values(["error", "n"], ascending=[True, False]).to_dict("records"))
    marks = vq.score_utterances(vq.utterances(pred, extent="marks"), gold, THRESHOLDS[0])
    out["at_30_quoted_words_only"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in marks.items()}
    if groups and "speaker_group" in gold and (gold["speaker_group"] != "").any():
        out["groups_at_30"] = group_figures(pred, utts, gold)
        if not errors:  # a held-out set: its group confusions are errors too, neither printed nor kept
            out["groups_at_30"].pop("confusion", None)
    return out


def group_figures(pred: pd.DataFrame, utts: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Speaker groups as the notebooks resolve them (``resolve_speakers``), scored on matched, speaker-right quotes."""
    resolved, _ = resolve_speakers(pred)
    s = vq.score_groups(utts, vq.utterance_groups(resolved, utts), gold, THRESHOLDS[0])
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in s.items()}


def print_table(rows: list[dict]) -> None:
    """The headline figures, one line per set and threshold, then the error tables."""
    print(f"{'set':<28} {'cover':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>7} {'e2e F1':>7} {'ceiling R':>9} {'gold':>6}")
    for r in rows:
        for th in THRESHOLDS:
            s = r[f"at_{int(th * 100)}"]
            print(f"{r['set']:<28} {int(th * 100):>4}% {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                  f"{s['speaker_accuracy']:>7.3f} {s['e2e_f1']:>7.3f} {s['ceiling_recall']:>9.3f} {r['gold_quotes']:>6}")
    print("\nthe same at 30 %, each prediction spanning its quoted words only (start/end, no reported content):")
    for r in (r for r in rows if "at_30_quoted_words_only" in r):  # not for a second layer scored as predictions
        s = r["at_30_quoted_words_only"]
        print(f"{r['set']:<28} {'30':>4}% {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
              f"{s['speaker_accuracy']:>7.3f} {s['e2e_f1']:>7.3f}")
    print("\nspeaker groups (resolve_speakers) on matched quotes with the right speaker, at 30 %:")
    for r in rows:
        if "groups_at_30" in r:
            g = r["groups_at_30"]
            wrong = ", ".join(f"{c['gold']}->{c['predicted']} {c['n']}" for c in g.get("confusion", []) if c["gold"] != c["predicted"])
            print(f"{r['set']:<28} {g['group_right']:>4}/{g['n']:<4} {g['group_accuracy']:.3f}  unknown {g['unknown_share']:.3f}  {wrong}")
    for r in (r for r in rows if "errors" in r["at_30"]):
        print(f"\nerrors, {r['set']} at 30 %:")
        for e in r["at_30"]["errors"]:
            print(f"  {e['error']:<15} {e['n']:>5}  {e['cause']}")


def carry_over(out: dict, previous: dict | None) -> dict:
    """This run's results plus every set of ``previous`` it did not score, each row with the date and command that
    measured it (``measured``): a local sample lost with an earlier machine keeps the figures it was last measured at.

    >>> prev = {"date": "2026-12-02", "command": "c1", "data": ["PolNeAR", "h27 set"],
    ...         "sets": [{"set": "PolNeAR dev"}, {"set": "quotes h27"}]}
    >>> new = {"date": "2026-12-03", "command": "c2", "data": ["PolNeAR"], "sets": [{"set": "PolNeAR dev"}]}
    >>> res = carry_over(new, prev)
    >>> [(r["set"], r["measured"]["date"]) for r in res["sets"]], res["data"]
    ([('PolNeAR dev', '2026-12-03'), ('quotes h27', '2026-12-02')], ['PolNeAR', 'h27 set'])
    """
    now = {"date": out["date"], "command": out["command"]}
    rows = [{**r, "measured": now} for r in out["sets"]]
    if previous:
        names = {r["set"] for r in rows}
        old = {"date": previous["date"], "command": previous["command"]}
        rows += [{**r, "measured": r.get("measured", old)} for r in previous["sets"] if r["set"] not in names]
        out = {**out, "data": out["data"] + [d for d in previous["data"] if d not in out["data"]]}
    return {**out, "sets": rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--splits", nargs="+", default=["train", "dev"])
    ap.add_argument("--attacks", type=Path, default=None, help="folder of the attack-report quotes sample")
    ap.add_argument("--sample", nargs="+", default=[], metavar="FOLDER=PATH",
                    help="a further set beside those found by name under ../tmpdata (quotes_<split>, attacks_<split>)")
    ap.add_argument("--dev-only", action="store_true", help="leave the held-out sets (splits h...) out of this run")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes_polnear.json")
    args = ap.parse_args()
    rows, used = [], []
    if (args.data / "polnear").is_dir():
        for split in args.splits:
            texts, gold = vq.load_polnear(args.data, split)
            rows.append(evaluate(texts, vq.direct_quote_gold(gold), f"PolNeAR {split}"))
        used.append("PolNeAR v1.0 (train/dev, first annotator's file per article) from the shared data folder")
    else:
        print(f"no PolNeAR data under {args.data}: PolNeAR part skipped (pass --data PATH)")
    if args.attacks is not None and (args.attacks / "annotations" / "quotes.jsonl").is_file():
        for split in ("dev", "test"):
            texts, gold = vq.load_quote_sample(args.attacks, split)
            rows.append(evaluate(texts, gold, f"attack reports {split}"))
        used.append("attack-report sample (real reports of the militia attacks, quotes layer; dev tuned, test reported)")
    elif args.attacks is not None:
        print(f"no quotes annotation under {args.attacks}: attack part skipped")
    score_extra_sets(args, rows, used)
    if not rows:
        print("nothing to score: the benchmark needs the shared data folder (see benchmarks/README.md)")
        return
    print_table(rows)
    out = {"date": dt.date.today().isoformat(),
           "command": " ".join(["benchmarks/bench_quotes_polnear.py", *[shown_path(a) for a in sys.argv[1:]]]),
           "data": used, "scoring": "see the module docstring and ../shared/data/README.md", "timer": "time.process_time",
           "sets": rows}
    out = carry_over(out, json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else None)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
