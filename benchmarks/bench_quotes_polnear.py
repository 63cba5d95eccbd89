"""Accuracy of ``extract_quotes`` on real annotated news: PolNeAR (train, dev) and the attack-report sample.

Usage: ``.venv/bin/python benchmarks/bench_quotes_polnear.py [--data PATH] [--splits train dev]
[--attacks PATH] [--quotes-dev2 PATH] ... [--quotes-dev6 PATH] [--out benchmarks/results/quotes_polnear.json]``

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
annotated utterance, with its marks. The further quotes development sets (``EXTRA_SETS``: same format, real
articles from outlets outside PolNeAR, each with its option such as ``--quotes-dev2``/``--quotes-dev3`` and its default
folder under ``../tmpdata`` beside the shared data folder) are each scored when present and skipped with a message when
absent, as annotated (each paragraph of a running quote its own utterance) and with running quotes grouped as PolNeAR
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


# (folder under ../tmpdata, split, set name, option, what it is): the quotes sets beside PolNeAR, one row each
EXTRA_SETS = (
    ("quotes_dev2", "qdev2", "quotes dev2", "--quotes-dev2",
     "second quotes development set (real articles from 30 sites outside PolNeAR's outlets; tuned on)"),
    ("quotes_dev3", "qdev3", "quotes dev3", "--quotes-dev3",
     "third quotes development set (real articles from 30 further sites: non-US outlets, sport, culture, statements)"),
    ("quotes_dev4", "qdev4", "quotes dev4", "--quotes-dev4",
     "fourth quotes development set (real articles from 30 further sites: UK/Irish/Canadian local papers, courts, "
     "wires, business and tech, releases, militia attacks, other conflicts)"),
    ("quotes_dev5", "qdev5", "quotes dev5", "--quotes-dev5",
     "fifth quotes development set (real articles from 30 further sites: US local TV and wires, Irish, South African, "
     "Gulf, Indian, Canadian and Australian papers, sport, film, science, releases, militia attacks, other conflicts)"),
    ("quotes_dev6", "qdev6", "quotes dev6", "--quotes-dev6",
     "sixth quotes development set (real articles from 30 further sites, not about the militia attacks; first scored "
     "on main's code before any rule was written on it)"),
    ("quotes_dev7", "qdev7", "quotes dev7", "--quotes-dev7",
     "seventh quotes development set (24 real articles from 24 further sites, not about the militia attacks; first "
     "scored on main's code before any rule was written on it: F1 0.887, speaker 0.851, e2e 0.755, groups 0.44)"),
    ("quotes_dev8", "qdev8", "quotes dev8", "--quotes-dev8",
     "eighth quotes development set (real articles from further sites, not about the militia attacks, chosen for "
     "uncommon quote forms; annotated in stop 28 and first scored on main's code before any rule was written on it)"),
    ("attacks_dev28", "dev28", "attack reports dev28", "--attacks-dev28",
     "the quotes layer of the stop-28 development sample of attack reports (first scored on main before any rule)"),
    ("quotes_h27", "qh27", "quotes h27", "--quotes-h27",
     "held-out quotes set (real articles from further sites, not about the militia attacks; annotated from the text "
     "alone in stop 27; scored only, never tuned on)"),
    ("attacks_h27", "h27", "attack reports h27", "--attacks-h27",
     "held-out attack reports (the quotes layer of the stop-27 attack sample; scored only, never tuned on)"),
    ("quotes_dev30", "qdev30", "quotes dev30", "--quotes-dev30",
     "quotes development set of stop 30 (16 real articles from 16 further sites, half about the militia attacks; "
     "annotated from the text alone and first scored on main's code before any rule was written on it)"),
    ("quotes_h30", "h30", "quotes h30", "--quotes-h30",
     "held-out quotes set of stop 30 (real articles from further sites, half about the militia attacks; annotated "
     "from the text alone by a session that never ran the code on it; scored only, never tuned on)"),
    ("attacks_dev30", "dev30", "attack reports dev30", "--attacks-dev30",
     "the quotes layer of the stop-30 development sample of attack reports (added in stop 31 from the text alone)"),
    ("attacks_dev30b", "dev30b", "attack reports dev30b", "--attacks-dev30b",
     "the quotes layer of the second stop-30 development sample of attack reports (added in stop 31)"),
    ("attacks_dev31", "dev31", "attack reports dev31", "--attacks-dev31",
     "the quotes layer of the stop-31 development sample of attack reports (20 reports, 20 further sites; first "
     "scored on main before any rule)"),
    ("attacks_dev32", "dev32", "attack reports dev32", "--attacks-dev32",
     "the quotes layer of the stop-32 development sample of attack reports (reports from sites in no other sample; "
     "first scored on main before any rule)"),
    ("quotes_dev32", "qdev32", "quotes dev32", "--quotes-dev32",
     "quotes development set of stop 32 (real articles from sites in no other sample, not about the militia attacks; "
     "annotated from the text alone and first scored on main's code before any rule was written on it)"),
    ("attacks_h31", "h31", "attack reports h31", "--attacks-h31",
     "held-out attack reports of stop 31 (the quotes layer of the stop-31 attack sample: 20 reports from 20 sites in no "
     "other sample, annotated by sessions that never ran the code on them; scored only, never tuned on)"),
    ("attacks_dev34", "dev34", "attack reports dev34", "--attacks-dev34",
     "the quotes layer of the stop-33 development sample of attack reports (20 reports from sites in no held-out "
     "sample; first scored on main before any rule)"),
    ("quotes_dev34", "qdev34", "quotes dev34", "--quotes-dev34",
     "quotes development set of stop 33 (real articles from sites in no held-out sample, mostly not about the militia "
     "attacks; annotated from the text alone and first scored on main's code before any rule was written on it)"),
    ("quotes_dev34b", "qdev34b", "quotes dev34b", "--quotes-dev34b",
     "second quotes development set of stop 33 (real articles from sites in no other sample of that stop, chosen for "
     "several speakers each; annotated from the text alone and first scored on main's code before any rule)"),
    ("quotes_h33", "qh33", "quotes h33", "--quotes-h33",
     "held-out quotes set of stop 33 (real articles, mostly not about the militia attacks, from sites in no "
     "development sample of that stop; annotated from the text alone by helpers that never ran the code; scored only)"),
    ("attacks_h33", "h33", "attack reports h33", "--attacks-h33",
     "held-out attack reports of stop 33 (the quotes layer of the stop-33 held-out attack sample; scored only)"),
    ("attacks_dev35", "dev35", "attack reports dev35", "--attacks-dev35",
     "the quotes layer of the stop-34 development sample of attack reports (sites in no other sample; first scored "
     "on main before any rule)"),
    ("quotes_dev35", "qdev35", "quotes dev35", "--quotes-dev35",
     "quotes development set of stop 34 (real articles from sites in no other sample, mostly not about the militia "
     "attacks; annotated from the text alone and first scored on main's code before any rule)"),
    ("quotes_h36", "h36", "quotes h36", "--quotes-h36",
     "held-out quotes set of stop 35 (real articles, mostly not about the militia attacks, from sites whose domain "
     "starts with a-l and in no other sample; annotated from the text alone by helpers that never ran the code; "
     "scored only)"),
    ("attacks_h36", "h36", "attack reports h36", "--attacks-h36",
     "held-out attack reports of stop 35 (the quotes layer of the stop-35 held-out attack sample; scored only)"),
    ("quotes_dev33r", "qdev33r", "quotes dev33r", "--quotes-dev33r",
     "the stop-33 held-out quotes set (quotes h33), retired to development in stop 37: its figures up to stop 36 are "
     "held-out figures (the quotes h33 row); from stop 37 it is read for errors and tuned on"),
    ("attacks_dev33r", "dev33r", "attack reports dev33r", "--attacks-dev33r",
     "the quotes layer of the stop-33 held-out attack sample (attack reports h33), retired to development in stop 37"),
    ("quotes_dev37", "dev37", "quotes dev37", "--quotes-dev37",
     "quotes development set of stop 37 (real articles from sites whose domain starts with m-z or a digit, in no "
     "other sample; annotated from the text alone and first scored on main's code before any rule)"),
    ("attacks_dev37", "dev37", "attack reports dev37", "--attacks-dev37",
     "the quotes layer of the stop-37 development sample of attack reports (first scored on main before any rule)"),
    ("quotes_h37", "h37", "quotes h37", "--quotes-h37",
     "held-out quotes set of stop 37 (real articles from sites whose domain starts with a, e, g or i-l and in no other "
     "sample; annotated from the text alone by helpers that never ran the code; scored only)"),
    ("attacks_h37", "h37", "attack reports h37", "--attacks-h37",
     "held-out attack reports of stop 37 (the quotes layer of the stop-37 held-out attack sample; scored only)"),
    ("attacks_dev38a", "dev38a", "attack reports dev38a", "--attacks-dev38a",
     "the quotes layer of the first stop-38 development sample of attack reports (first scored on main before any rule)"),
    ("attacks_dev38b", "dev38b", "attack reports dev38b", "--attacks-dev38b",
     "the quotes layer of the second stop-38 development sample of attack reports (first scored on main before any rule)"),
    ("quotes_dev38", "dev38", "quotes dev38", "--quotes-dev38",
     "quotes development set of stop 38 (real articles from sites in no other sample or check corpus; annotated from "
     "the text alone and first scored on main's code before any rule)"),
    ("quotes_h38", "h38", "quotes h38", "--quotes-h38",
     "held-out quotes set of stop 38 (real articles from sites in no other sample or check corpus; annotated from the "
     "text alone by helpers that never ran the code; scored only)"),
    ("attacks_h38", "h38", "attack reports h38", "--attacks-h38",
     "held-out attack reports of stop 38 (the quotes layer of the stop-38 held-out attack sample; scored only)"),
)


def default_extra(data: Path, folder: str) -> Path:
    """A set's folder under ``tmpdata`` beside the shared data folder's parent: ``../shared/data`` -> ``../tmpdata/<folder>``.

    >>> default_extra(Path("../shared/data"), "quotes_dev3").as_posix()
    '../tmpdata/quotes_dev3'
    """
    return data.parent.parent / "tmpdata" / folder


def score_extra_sets(args: argparse.Namespace, rows: list[dict], used: list[str]) -> None:
    """Score each ``EXTRA_SETS`` row found (as annotated, PolNeAR-grouped and per paragraph); say which are skipped.

    >>> rows, used = [], []
    >>> ns = argparse.Namespace(data=Path("/nonexistent/shared/data"),
    ...                         **{o.lstrip("-").replace("-", "_"): None for _f, _s, _n, o, _w in EXTRA_SETS})
    >>> score_extra_sets(ns, rows, used)  # doctest: +ELLIPSIS
    no quotes annotation under /nonexistent/tmpdata/quotes_dev2: quotes dev2 part skipped (pass --quotes-dev2 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev3: quotes dev3 part skipped (pass --quotes-dev3 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev4: quotes dev4 part skipped (pass --quotes-dev4 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev5: quotes dev5 part skipped (pass --quotes-dev5 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev6: quotes dev6 part skipped (pass --quotes-dev6 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev7: quotes dev7 part skipped (pass --quotes-dev7 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev8: quotes dev8 part skipped (pass --quotes-dev8 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev28: attack reports dev28 part skipped (pass --attacks-dev28 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h27: quotes h27 part skipped (pass --quotes-h27 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h27: attack reports h27 part skipped (pass --attacks-h27 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev30: quotes dev30 part skipped (pass --quotes-dev30 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h30: quotes h30 part skipped (pass --quotes-h30 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev30: attack reports dev30 part skipped (pass --attacks-dev30 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev30b: attack reports dev30b part skipped (pass --attacks-dev30b PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev31: attack reports dev31 part skipped (pass --attacks-dev31 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev32: attack reports dev32 part skipped (pass --attacks-dev32 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev32: quotes dev32 part skipped (pass --quotes-dev32 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h31: attack reports h31 part skipped (pass --attacks-h31 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev34: attack reports dev34 part skipped (pass --attacks-dev34 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev34: quotes dev34 part skipped (pass --quotes-dev34 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev34b: quotes dev34b part skipped (pass --quotes-dev34b PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h33: quotes h33 part skipped (pass --quotes-h33 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h33: attack reports h33 part skipped (pass --attacks-h33 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev35: attack reports dev35 part skipped (pass --attacks-dev35 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev35: quotes dev35 part skipped (pass --quotes-dev35 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h36: quotes h36 part skipped (pass --quotes-h36 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h36: attack reports h36 part skipped (pass --attacks-h36 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev33r: quotes dev33r part skipped (pass --quotes-dev33r PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev33r: attack reports dev33r part skipped (pass --attacks-dev33r PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev37: quotes dev37 part skipped (pass --quotes-dev37 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev37: attack reports dev37 part skipped (pass --attacks-dev37 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h37: quotes h37 part skipped (pass --quotes-h37 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h37: attack reports h37 part skipped (pass --attacks-h37 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev38a: attack reports dev38a part skipped (pass --attacks-dev38a PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_dev38b: attack reports dev38b part skipped (pass --attacks-dev38b PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_dev38: quotes dev38 part skipped (pass --quotes-dev38 PATH)
    no quotes annotation under /nonexistent/tmpdata/quotes_h38: quotes h38 part skipped (pass --quotes-h38 PATH)
    no quotes annotation under /nonexistent/tmpdata/attacks_h38: attack reports h38 part skipped (pass --attacks-h38 PATH)
    >>> rows, used
    ([], [])
    """
    for folder, split, name, option, what in EXTRA_SETS:
        root = getattr(args, option.lstrip("-").replace("-", "_")) or default_extra(args.data, folder)
        if not (root / "annotations" / "quotes.jsonl").is_file():
            print(f"no quotes annotation under {root.as_posix()}: {name} part skipped (pass {option} PATH)")
            continue
        texts, gold = vq.load_quote_sample(root, split)
        seen = not split.startswith(("h", "qh"))  # a held-out set: figures only, its errors are not read
        rows.append(evaluate(texts, gold, name, errors=seen))
        rows.append(evaluate(texts, vq.merge_running_quotes(texts, gold), f"{name} PolNeAR-grouped", groups=False,
                             errors=seen))
        rows.append(evaluate(texts, gold, f"{name} per paragraph", groups=False, errors=seen, per_paragraph=True))
        used.append(what)
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
    for folder, _split, name, option, _what in EXTRA_SETS:
        ap.add_argument(option, type=Path, default=None,
                        help=f"folder of the {name} set (default ../tmpdata/{folder} beside --data)")
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
