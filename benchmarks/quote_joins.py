"""How ``extract_quotes`` joins the pieces of its utterances, checked against real annotated quotes: for every two
consecutive pieces of a predicted utterance, whether gold puts them in one quote (right), in two quotes (wrong: one
of the two gold quotes is then missed) or leaves one outside every quote (none), counted by the mechanism that joined
them (the later piece's ``attribution`` link, its kind, same or next paragraph, the earlier piece closed or left open).

Usage: ``.venv/bin/python benchmarks/quote_joins.py --data ../shared/data [--polnear train dev]
[--sample NAME=FOLDER ...] [--grouped] [--show MECHANISM]``. ``--sample`` takes a quotes layer folder (``corpus/``,
``split.csv``, ``annotations/quotes.jsonl``; pieces span their marks, so pieces are compared by their quoted words);
``--grouped`` also scores each sample with running quotes grouped as PolNeAR groups them; ``--show`` prints the
wrong joins of the mechanisms whose label contains the text (development sets only: a held-out set is refused).
Only counts are printed unless ``--show`` is given; nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.quotes import extract_corpus_quotes  # noqa: E402
from analysis.validate import quotes as vq  # noqa: E402

#: a held-out set's name or folder: 'h' and digits, or 'test' (never scored here)
_HELD_OUT = re.compile(r"(?:^|[_/\-\s])(?:q?h\d+|test)(?:$|[_/\-\s])", re.I)


def held_out(name: str) -> bool:
    """Whether a set's name or folder is a held-out one.

    >>> held_out("quotes_h33"), held_out("/x/attacks_h27/"), held_out("PolNeAR test"), held_out("quotes_dev34b")
    (True, True, True, False)
    """
    return bool(_HELD_OUT.search(name))


def gold_quotes_of(span: tuple[int, int], gold: pd.DataFrame) -> set:
    """Indexes of the gold quotes sharing a character with span.

    >>> g = pd.DataFrame({"content": [[(0, 5)], [(10, 20)]]})
    >>> sorted(gold_quotes_of((4, 12), g)), sorted(gold_quotes_of((6, 9), g))
    ([0, 1], [])
    """
    a, b = span
    return {gi for gi, c in zip(gold.index, gold["content"]) if any(min(b, y) > max(a, x) for x, y in c)}


def mechanism(first: dict, second: dict) -> str:
    """The label of the link that joined piece ``second`` to the piece ``first`` before it.

    >>> mechanism({"para_index": 1, "unbalanced": True}, {"attribution": "inherited", "kind": "continuation",
    ...                                                   "para_index": 2})
    'inherited / continuation / next paragraph / first left open'
    """
    where = "same paragraph" if first["para_index"] == second["para_index"] else "next paragraph"
    closed = "first left open" if first["unbalanced"] else "first closed"
    return f"{second['attribution']} / {second['kind']} / {where} / {closed}"


def joins(texts: pd.DataFrame, gold: pd.DataFrame, marks: bool) -> list[dict]:
    """Every join of two consecutive speech pieces of one predicted utterance, with its mechanism and outcome."""
    pred = extract_corpus_quotes(texts)
    pred = pred[pred["is_speech"].astype(bool)]
    s, e = ("start", "end") if marks else ("content_start", "content_end")
    by_doc = {d: g for d, g in gold.groupby("doc_id")}
    out = []
    for (doc, _u), grp in pred.groupby(["doc_id", "utterance_id"], sort=True):
        gg, rows = by_doc.get(doc, gold.iloc[:0]), grp.to_dict("records")
        for first, second in zip(rows, rows[1:]):
            a, b = gold_quotes_of((first[s], first[e]), gg), gold_quotes_of((second[s], second[e]), gg)
            outcome = "right" if a & b else "wrong" if a and b else "none"
            out.append({"doc_id": doc, "mechanism": mechanism(first, second), "outcome": outcome,
                        "first_end": first["end"], "second_start": second["start"]})
    return out


def print_counts(name: str, rows: list[dict]) -> None:
    """Right / wrong / none counts per mechanism, most frequent first."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[r["mechanism"]][r["outcome"]] += 1
    print(f"\n{name}: {len(rows)} joins, {sum(c['wrong'] for c in counts.values())} wrong")
    for mech, c in sorted(counts.items(), key=lambda kv: (-kv[1]["wrong"], -sum(kv[1].values()))):
        print(f"  right {c['right']:5d}  wrong {c['wrong']:4d}  none {c['none']:4d}  {mech}")


def show(rows: list[dict], texts: pd.DataFrame, what: str) -> None:
    """Print the text between the two pieces of every wrong join whose mechanism contains ``what``."""
    T = dict(zip(texts["doc_id"], texts["text"]))
    for r in rows:
        if r["outcome"] == "wrong" and what in r["mechanism"]:
            gap = T[r["doc_id"]][max(0, r["first_end"] - 60):r["second_start"] + 60]
            print(f"  {r['doc_id']} [{r['mechanism']}] {gap!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder (holds polnear/)")
    ap.add_argument("--polnear", nargs="*", default=["train", "dev"], help="PolNeAR splits to check")
    ap.add_argument("--sample", nargs="*", default=[], help="NAME=FOLDER of a quotes layer sample")
    ap.add_argument("--grouped", action="store_true", help="also score samples with running quotes grouped")
    ap.add_argument("--show", default="", help="print the wrong joins of mechanisms containing this text")
    args = ap.parse_args()
    sets = []
    for split in args.polnear:
        if held_out(split):
            print(f"\nPolNeAR {split}: a held-out split, not read")
            continue
        if not (args.data / "polnear").is_dir():
            print(f"no PolNeAR folder under {args.data.as_posix()}: PolNeAR {split} skipped")
            continue
        texts, gold = vq.load_polnear(args.data, split)
        sets.append((f"PolNeAR {split}", texts, vq.direct_quote_gold(gold), False))
    for item in args.sample:
        name, folder = item.split("=", 1)
        if held_out(name) or held_out(folder):
            print(f"\n{name}: a held-out set, not read")
            continue
        texts, gold = vq.load_quote_sample(folder)
        sets.append((name, texts, gold, True))
        if args.grouped:
            sets.append((f"{name} PolNeAR-grouped", texts, vq.merge_running_quotes(texts, gold), True))
    for name, texts, gold, marks in sets:
        if held_out(name) or any(held_out(s) for s in texts.get("split", pd.Series(dtype=str)).unique()):
            print(f"\n{name}: a held-out set, not checked")
            continue
        rows = joins(texts, gold, marks)
        print_counts(name, rows)
        if args.show:
            show(rows, texts, args.show)


if __name__ == "__main__":
    main()
