"""Benchmark: speed of incident extraction, place finding and merging, and how it grows with input.

``.venv/bin/python benchmarks/bench_incidents_speed.py [--news PATH] [--attacks PATH ...] [--copies 1 2 4]``
``.venv/bin/python benchmarks/bench_incidents_speed.py --paragraph 0.5 1 2`` (the hostile shape only)
``.venv/bin/python benchmarks/bench_incidents_speed.py --undated 0.25 1`` (merging an undated dense article only)
``.venv/bin/python benchmarks/bench_incidents_speed.py --attacks data/raw ../tmpdata/attacks_dev34/corpus --sentences 500 2000`` (one-sentence articles only)

* ``--news``: a folder of ordinary news articles (.txt, optional manifest.csv with ``published``); default
  ``../tmpdata/polnear924`` (real PolNeAR US-politics articles: few incidents). ``--attacks``: the
  attack sample's corpus folder (real reports, dense in incidents), or several read as one corpus (the development
  samples: ``--attacks .../attacks_dev30/corpus .../attacks_dev30b/corpus .../attacks_dev31/corpus``). Missing folders
  are skipped.
* Texts are read and split into sentences with ``analysis.text.segment`` (cleaning is not what is
  measured). Each corpus is run at 1, 2 and 4 copies (doc ids renamed), and the exponent of CPU time
  against size is fitted on a log-log scale (1.0 = linear).
* ``incident_mentions`` (including ``date_mentions`` on the paragraphs with mentions), ``scan_places``
  over whole articles, and ``merge_incidents`` on the mentions are timed separately; the merge is also
  timed on synthetic mentions (many reports of the same few sites and days: the blocks' worst case).
* Time is CPU time of this process (``time.process_time``), after the gazetteers are loaded (their
  one-off load time, with the actor gazetteer and the event vocabulary, is reported apart). The caches
  keyed by text are emptied before each timed call (:func:`cold_caches`); inside one call, the copies of
  an article still find the first copy's clauses cached, so the 1-copy row is the figure for new text.
  The machine is shared: the lead re-measures on a quiet one.

* ``--paragraph MB ...``: the hostile shape of issue 10 instead: one article that is one single paragraph, all
  sentences of the attack sample joined with spaces and repeated to each size; prints CPU s per MB of
  ``incident_mentions`` and the exponent, and stores them under ``one_paragraph`` in the results file.

* ``--sentences N ...``: many one-sentence articles (each distinct sentence of the ``--attacks`` articles on its own,
  the shape of coded event data), N of them, timed in passes over the distinct ones with caches emptied before each
  pass; prints CPU s per MB and ms per article of ``incident_mentions`` and stores them under
  ``one_sentence_articles`` in the results file.

* ``--undated MB ...``: the merge of an undated dense article (issues 9 and 10): the bundled corpus (``--dated``,
  default ``data/raw``, its dates kept) plus one undated article of each size, its texts repeated paragraph by
  paragraph; prints CPU s per MB of ``merge_incidents`` and of the ``infer_publication_window`` calls within it,
  stored under ``undated_article`` in the results file.

Results go to ``benchmarks/results/incidents_speed.json`` with the date and the command.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import math
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package, not the installed one
from analysis import paths  # noqa: E402
from analysis.events.merge import article as merge_module  # where the merge calls infer_publication_window
from analysis.events.merge import merge_incidents
from analysis.events.mentions import MENTION_COLUMNS, incident_mentions
from analysis.events.actors import actors_gazetteer
from analysis.events.places import place_stopwords, places_gazetteer, scan_places
from analysis.events.vocabulary import vocabulary
from analysis.text.segment import paragraph_rows, sentence_rows

RESULTS = paths.PROJECT_ROOT / "benchmarks" / "results" / "incidents_speed.json"


def folders(given: Path | list[Path]) -> list[Path]:
    """The folders of a ``--news`` or ``--attacks`` argument (one path or several)."""
    return list(given) if isinstance(given, list) else [given]


def published_dates(folder: Path) -> dict[str, str]:
    """File name -> publication date, from the folder's manifest.csv when present."""
    if not (folder / "manifest.csv").exists():
        return {}
    man = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    return dict(zip(man["file"], man["published"]))


def read_folder(folder: Path | list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sentences, articles) of a folder of .txt articles, or of several read as one corpus (publication dates from
    each manifest.csv when present; doc ids numbered across the folders)."""
    files = [(f, pub.get(f.name, "")) for d in folders(folder) for pub in [published_dates(d)] for f in sorted(d.glob("*.txt"))]
    sents, arts = [], []
    for i, (f, published) in enumerate(files):
        text = f.read_text(encoding="utf-8", errors="replace")
        doc = f"n{i:05d}"
        paras = paragraph_rows(text)
        for s in sentence_rows(text):
            para = next((p["para_id"] for p in paras if p["start"] <= s["start"] < p["end"]), 0)
            sents.append({"doc_id": doc, "para_id": para, **{k: s[k] for k in ("sent_id", "start", "end", "text")}})
        arts.append({"doc_id": doc, "published": published, "text": text})
    return pd.DataFrame(sents), pd.DataFrame(arts)


def folder_names(given: Path | list[Path]) -> str:
    """The folder name(s) of a ``--news`` or ``--attacks`` argument, as stored in the results ("a+b" for several)."""
    several = folders(given)
    return several[0].name if len(several) == 1 else "+".join(f.parent.name if f.name == "corpus" else f.name
                                                              for f in several)


def copies(sents: pd.DataFrame, arts: pd.DataFrame, k: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``k`` copies of a corpus with renamed doc ids."""
    return (pd.concat([sents.assign(doc_id=sents["doc_id"] + f"c{c}") for c in range(k)], ignore_index=True),
            pd.concat([arts.assign(doc_id=arts["doc_id"] + f"c{c}") for c in range(k)], ignore_index=True))


def cold_caches() -> None:
    """Empty the package's caches keyed by text (sentences, clauses, words, place ids), so that each timed run reads
    its texts afresh: copies of a corpus would otherwise find them all cached. Reference tables stay loaded."""
    for name, mod in list(sys.modules.items()):
        if name != "analysis" and not name.startswith("analysis."):
            continue
        for fn in list(vars(mod).values()):
            info = getattr(fn, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 16:
                fn.cache_clear()


def cpu(fn, *args) -> tuple[float, object]:
    """CPU seconds of one call, and its result."""
    t = time.process_time()
    out = fn(*args)
    return time.process_time() - t, out


def exponent(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread if spread else float("nan")  # one size: no slope


def measure_corpus(name: str, folder: Path | list[Path], ks: list[int]) -> list[dict]:
    """Rows of timings for ``k`` copies of one corpus."""
    sents, arts = read_folder(folder)
    rows = []
    for k in ks:
        s, a = copies(sents, arts, k)
        mb = a["text"].str.len().sum() / 1e6
        cold_caches()
        t_m, m = cpu(incident_mentions, s, a)
        cold_caches()
        t_p, _ = cpu(lambda texts: [scan_places(t) for t in texts], list(a["text"]))
        t_g, (inc, _c) = cpu(merge_incidents, m, a)
        rows.append({"corpus": name, "copies": k, "articles": len(a), "MB": round(mb, 2), "mentions": len(m),
                     "incidents": len(inc), "incident_mentions s": round(t_m, 2), "MB/s": round(mb / t_m, 2),
                     "scan_places s": round(t_p, 2), "places MB/s": round(mb / t_p, 2), "merge s": round(t_g, 3)})
        print(pd.DataFrame(rows).to_string(index=False), "\n", flush=True)
    return rows


def one_paragraph(folder: Path | list[Path], mb: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One article of about ``mb`` MB that is a single paragraph: the folder's sentences joined with spaces, repeated."""
    base = " ".join(str(t).replace("\n", " ") for t in read_folder(folder)[0]["text"])
    text = ((base + " ") * (int(mb * 1e6) // len(base) + 1))[:int(mb * 1e6)]
    text = text[:text.rfind(". ") + 1]
    rows = [{"doc_id": "p0", "para_id": 0, **{k: r[k] for k in ("sent_id", "start", "end", "text")}}
            for r in sentence_rows(text)]
    return pd.DataFrame(rows), pd.DataFrame([{"doc_id": "p0", "published": "2024-02-01", "text": text}])


def measure_paragraph(folder: Path | list[Path], sizes: list[float]) -> list[dict]:
    """CPU seconds of ``incident_mentions`` on one-paragraph articles of the given sizes (MB), and per MB."""
    incident_mentions(*one_paragraph(folder, 0.01))  # warm the reference tables
    rows = []
    for mb in sizes:
        s, a = one_paragraph(folder, mb)
        cold_caches()
        t, m = cpu(incident_mentions, s, a)
        size = len(a["text"].iloc[0]) / 1e6
        rows.append({"MB": round(size, 2), "sentences": len(s), "mentions": len(m), "incident_mentions s": round(t, 2),
                     "s/MB": round(t / size, 2)})
        print(pd.DataFrame(rows).to_string(index=False), "\n", flush=True)
    return rows


def undated_corpus(folder: Path, mb: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The folder's articles (dates kept) plus one undated article of about ``mb`` MB: their texts repeated."""
    sents, arts = read_folder(folder)
    base = "\n\n".join(arts["text"])
    text = ((base + "\n\n") * (int(mb * 1e6) // len(base) + 1))[:int(mb * 1e6)]
    text = text[:text.rfind(". ") + 1]
    paras = paragraph_rows(text)
    starts = [p["start"] for p in paras]
    rows = [{"doc_id": "u0", "para_id": paras[bisect.bisect_right(starts, r["start"]) - 1]["para_id"],
             **{k: r[k] for k in ("sent_id", "start", "end", "text")}} for r in sentence_rows(text)]
    return (pd.concat([sents, pd.DataFrame(rows)], ignore_index=True),
            pd.concat([arts, pd.DataFrame([{"doc_id": "u0", "published": "", "text": text}])], ignore_index=True))


@contextlib.contextmanager
def time_calls(module: object | list, name: str):
    """Meanwhile, ``module.name`` adds its CPU seconds to the yielded one-item list (``module`` may be a list of modules
    that bind the same function: every binding is timed into the one cell)."""
    spent, mods = [0.0], module if isinstance(module, list) else [module]
    fns = [getattr(m, name) for m in mods]

    def timer(fn):
        def timed(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - t
        return timed
    for m, fn in zip(mods, fns):
        setattr(m, name, timer(fn))
    try:
        yield spent
    finally:
        for m, fn in zip(mods, fns):
            setattr(m, name, fn)


def measure_undated(folder: Path, sizes: list[float]) -> list[dict]:
    """CPU seconds of ``merge_incidents`` with one undated article of each size (MB), and of its publication window."""
    rows = []
    for mb in sizes:
        s, a = undated_corpus(folder, mb)
        m = incident_mentions(s, a)
        size = len(a["text"].iloc[-1]) / 1e6
        with time_calls(merge_module, "infer_publication_window") as spent:
            t, (inc, _c) = cpu(merge_incidents, m, a)
        rows.append({"MB": round(size, 2), "mentions": len(m), "incidents": len(inc), "merge s": round(t, 2),
                     "merge s/MB": round(t / size, 2), "infer_publication_window s": round(spent[0], 2),
                     "window s/MB": round(spent[0] / size, 2)})
        print(pd.DataFrame(rows).to_string(index=False), "\n", flush=True)
    return rows


def synthetic_mentions(n: int, sites: int = 5, days: int = 20) -> pd.DataFrame:
    """``n`` mentions of rocket attacks on ``sites`` bases over ``days`` days (dense blocks)."""
    bases = ["ain_al_asad", "erbil_airport", "harir", "al_tanf", "omar_oilfield"][:sites]
    rows = []
    for i in range(n):
        d = (pd.Timestamp("2023-10-17") + pd.Timedelta(days=3 * (i % days))).date().isoformat()
        rows.append({**dict.fromkeys(MENTION_COLUMNS, ""), "doc_id": f"s{i:06d}", "mention_id": f"s{i:06d}-m0",
                     "scope": "incident", "event_type": "attack", "weapon": "rockets", "place_id": bases[i % sites],
                     "date": d, "date_precision": "day", "earliest": d, "latest": d, "date_source": "sentence",
                     "n_fired": pd.NA, "n_hit": pd.NA, "n_intercepted": pd.NA, "n_claimed": pd.NA,
                     "killed": pd.NA, "injured": pd.NA})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, default=Path(__file__).resolve().parents[2] / "tmpdata" / "polnear924")
    ap.add_argument("--attacks", type=Path, nargs="+", default=Path(__file__).resolve().parents[2] / "tmpdata" / "attacks" / "corpus",
                    help="the attack reports' corpus folder, or several read as one corpus (e.g. the development samples)")
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--merge-sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--paragraph", type=float, nargs="+", help="sizes (MB) of the one-paragraph hostile article")
    ap.add_argument("--undated", type=float, nargs="+", help="sizes (MB) of the undated article merged")
    ap.add_argument("--dated", type=Path, default=paths.DATA / "raw", help="the dated corpus beside it (--undated)")
    ap.add_argument("--sentences", type=int, nargs="+",
                    help="numbers of one-sentence articles (each sentence of --attacks alone: the coded-event shape)")
    args = ap.parse_args(argv)
    if args.sentences:
        return sentences_main(args, argv if argv is not None else sys.argv[1:])
    if args.paragraph:
        return paragraph_main(args, argv if argv is not None else sys.argv[1:])
    if args.undated:
        return undated_main(args, argv if argv is not None else sys.argv[1:])
    t_load, _ = cpu(lambda: (places_gazetteer(), place_stopwords(), actors_gazetteer(), vocabulary()))
    given = argv if argv is not None else sys.argv[1:]
    result = {"date": date.today().isoformat(), "command": "python benchmarks/bench_incidents_speed.py "
              + " ".join(paths.as_given(a) if "/" in a else a for a in given), "time": "CPU seconds (time.process_time)",
              "gazetteer_load_s": round(t_load, 2), "corpora": {}, "exponents": {}}
    for name, folder in (("ordinary news", args.news), ("attack reports", args.attacks)):
        missing = [f for f in folders(folder) if not f.exists()]
        if missing:
            print(f"{name}: {', '.join(map(str, missing))} not found, skipped")
            continue
        rows = measure_corpus(name, folder, args.copies)
        result["corpora"][name] = {"folder": folder_names(folder), "rows": rows}
        for col in ("incident_mentions s", "scan_places s", "merge s"):
            result["exponents"][f"{name}: {col}"] = round(exponent([r["MB"] for r in rows], [r[col] for r in rows]), 2)
    merge_rows = []
    for n in args.merge_sizes:
        t, (inc, _c) = cpu(merge_incidents, synthetic_mentions(n))
        merge_rows.append({"mentions": n, "incidents": len(inc), "merge s": round(t, 2)})
    result["synthetic_merge"] = merge_rows
    result["exponents"]["synthetic merge"] = round(exponent([r["mentions"] for r in merge_rows],
                                                            [r["merge s"] for r in merge_rows]), 2)
    print(pd.DataFrame(merge_rows).to_string(index=False))
    print("exponents (1.0 = linear):", json.dumps(result["exponents"], indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {paths.display(args.out)}")
    return 0


def paragraph_main(args: argparse.Namespace, given: list[str]) -> int:
    """``--paragraph``: time the one-paragraph shape and store it under ``one_paragraph`` in the results file."""
    if not any(any(f.glob("*.txt")) for f in folders(args.attacks)):
        print(f"{folder_names(args.attacks)}: no .txt articles (give --attacks)")
        return 1
    rows = measure_paragraph(args.attacks, args.paragraph)
    slope = round(exponent([r["MB"] for r in rows], [r["incident_mentions s"] for r in rows]), 2)
    print("exponent (1.0 = linear):", slope)
    result = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    result["one_paragraph"] = {"date": date.today().isoformat(), "command": "python benchmarks/bench_incidents_speed.py "
                               + " ".join(paths.as_given(a) if "/" in a else a for a in given),
                               "folder": folder_names(args.attacks), "rows": rows, "exponent": slope}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {paths.display(args.out)}")
    return 0


def sentence_articles(folder: Path | list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One-sentence articles: each distinct sentence (over 30 characters) of the folder's articles on its own (the
    shape of coded event data: many short entries, each paying the fixed cost of a whole article)."""
    texts = list(dict.fromkeys(str(t) for t in read_folder(folder)[0]["text"] if len(str(t)) > 30))
    rows = [{"doc_id": f"s{i}", "para_id": 0, "sent_id": 0, "start": 0, "end": len(t), "text": t} for i, t in enumerate(texts)]
    arts = [{"doc_id": f"s{i}", "published": "2024-02-01", "text": t} for i, t in enumerate(texts)]
    return pd.DataFrame(rows), pd.DataFrame(arts)


def time_sentence_articles(s: pd.DataFrame, a: pd.DataFrame, n: int) -> tuple[float, int, float]:
    """CPU seconds, mentions and MB of ``incident_mentions`` over ``n`` one-sentence articles: the distinct articles
    in turn, caches emptied before each pass, so that no repeated text is served from a cache."""
    seconds, mentions, mb, done = 0.0, 0, 0.0, 0
    while done < n:
        k = min(len(a), n - done)
        cold_caches()
        t, m = cpu(incident_mentions, s.iloc[:k], a.iloc[:k])
        seconds, mentions, mb, done = seconds + t, mentions + len(m), mb + a["text"].iloc[:k].str.len().sum() / 1e6, done + k
    return seconds, mentions, mb


def sentences_main(args: argparse.Namespace, given: list[str]) -> int:
    """``--sentences N ...``: time ``incident_mentions`` on N one-sentence articles; stored under ``one_sentence_articles``."""
    if not any(any(f.glob("*.txt")) for f in folders(args.attacks) if f.exists()):
        print(f"{folder_names(args.attacks)}: no .txt articles (give --attacks): skipped")
        return 0
    s, a = sentence_articles(args.attacks)
    incident_mentions(s.iloc[:50], a.iloc[:50])  # warm the reference tables
    rows = []
    for n in args.sentences:
        t, found, mb = time_sentence_articles(s, a, n)
        rows.append({"articles": n, "distinct": min(n, len(a)), "MB": round(mb, 3), "mentions": found,
                     "incident_mentions s": round(t, 2), "s/MB": round(t / mb, 2), "ms/article": round(1000 * t / n, 3)})
        print(pd.DataFrame(rows).to_string(index=False), "\n", flush=True)
    slope = exponent([r["MB"] for r in rows], [r["incident_mentions s"] for r in rows]) if len(rows) > 1 else None
    result = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    result["one_sentence_articles"] = {"date": date.today().isoformat(), "command": "python benchmarks/bench_incidents_speed.py "
                                       + " ".join(paths.as_given(a) if "/" in a else a for a in given),
                                       "folder": folder_names(args.attacks), "rows": rows,
                                       "exponent": round(slope, 2) if slope is not None else None}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {paths.display(args.out)}")
    return 0


def undated_main(args: argparse.Namespace, given: list[str]) -> int:
    """``--undated``: time the merge of an undated article and store it under ``undated_article`` in the results file."""
    if not any(args.dated.glob("*.txt")):
        print(f"{paths.display(args.dated)}: no .txt articles (give --dated)")
        return 1
    s, a = undated_corpus(args.dated, 0.01)
    merge_incidents(incident_mentions(s, a), a)  # warm the reference tables
    rows = measure_undated(args.dated, args.undated)
    result = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    result["undated_article"] = {"date": date.today().isoformat(), "command": "python benchmarks/bench_incidents_speed.py "
                                 + " ".join(paths.as_given(a) if "/" in a else a for a in given),
                                 "folder": args.dated.name, "rows": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {paths.display(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
