"""Benchmark: loading, cleaning and segmentation throughput on generated, hostile and real corpora.

Targets: cleaning + segmentation at >= 1 MB/s of ordinary news on one core, no input slower than
2 s per MB, cost linear in size (fitted exponent of CPU time against size close to 1).

Run on demand (not part of the tests)::

    .venv/bin/python benchmarks/bench_cleaning.py [--sizes 500 2000 8000] [--data ../shared/data] [--quick]

Every measurement runs in a fresh process (peak memory is per case) and reports CPU time
(``time.process_time``, one core), not wall time. Parts:

- ``generated``: articles recombined from the bundled corpus's paragraphs, wrapped in furniture
  (title, date stamp, caption, site UI, crossheads, a source list, a footer, non-breaking spaces).
- ``hostile``: one article on a single line (2.5 to 20 MB), 10,000 tiny files, 4 MB of dense
  full stops ("a. a. a."), 4 MB without a space, a 4 MB HTML page, 20,000 nested <div>s, a 1 MB
  Windows-1252 file (the checked legacy decoding), 1 MB of UTF-8 with scattered invalid bytes.
- ``real``: the PolNeAR news texts of the shared data folder (924 articles), when present.
- ``splitter``: ``split_sentences(text, fast=False)`` (Punkt asked for) in this process at 0.1, 0.25, 0.5 and 1 MB
  of news prose and of text dense in full stops (". . .", "Word. Word.", "Mr. Dr. Gen. U.S."), with the
  fitted exponent; ``--splitter`` runs only this part and writes nothing.

Results go to ``benchmarks/results/bench_cleaning.json`` (date, command, data, figures) and a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package, not the installed one
from analysis import paths  # noqa: E402
from analysis.frames import records
from analysis.pipeline import ARTICLE_COLUMNS, add_date_warnings, cleaned_corpus, process_article
from analysis.runtime import no_gc
from analysis.text.corpus import draft_manifest, load_corpus, write_manifest

FURNITURE = ["Powered by automated translation", "Share this article", "Controlled violence", "\u2014 Endless cycle \u2014",
             "A file photo shows smoke over the base. (AFP)", "Updated: July 07, 2021, 5:04 PM"]
RESULTS = paths.PROJECT_ROOT / "benchmarks" / "results" / "bench_cleaning.json"


def _paragraphs() -> list[str]:
    return cleaned_corpus(paths.RAW).paragraphs["text"].tolist()


def make_corpus(folder: Path, n: int, seed: int = 0) -> None:
    """Write ``n`` generated articles plus a manifest into ``folder``."""
    rng = random.Random(seed)
    bodies = _paragraphs()
    for i in range(n):
        paras = rng.sample(bodies, k=min(len(bodies), rng.randint(6, 20)))
        paras.insert(rng.randint(1, len(paras) - 1), rng.choice(FURNITURE[2:4]))
        head = [f"Generated headline number {i}", "Friday 09/07/2021", rng.choice(FURNITURE[4:5]), rng.choice(FURNITURE[:2])]
        refs = [f'Author{j}, First, \u201cCited title {j},\u201d Outlet {j}, {rng.randint(1, 12)}/{rng.randint(1, 28)}/23'
                for j in range(rng.randint(0, 6))]
        text = "\n\n".join(head + paras + refs + ["Leave a Reply"])
        (folder / f"doc{i:05d}.txt").write_text(text.replace(" the ", "\u00a0the ", 3), encoding="utf-8")
    write_manifest(draft_manifest(folder), folder)


def _one_file(folder: Path, name: str, data: bytes, language: str = "en") -> None:
    (folder / name).write_bytes(data)
    manifest = draft_manifest(folder).assign(language=language)
    write_manifest(manifest, folder)


def _news_text(n_bytes: int) -> str:
    """News-like prose of about n_bytes, from the bundled paragraphs, seeded."""
    rng = random.Random(1)
    bodies, parts, size = _paragraphs(), [], 0
    while size < n_bytes:
        p = rng.choice(bodies)
        parts.append(p)
        size += len(p.encode()) + 1
    return " ".join(parts)


def build(case: str, arg: float, folder: Path, data_dir: Path | None) -> None:
    """Write the corpus folder of one case."""
    mb = int(arg * 2**20)
    if case == "generated":
        make_corpus(folder, int(arg))
    elif case == "one_line":
        _one_file(folder, "long.txt", _news_text(mb).encode())
    elif case == "tiny_files":
        for i in range(int(arg)):
            (folder / f"t{i:05d}.txt").write_text(f"Rockets hit base {i} on Wednesday, officials said.\n")
        write_manifest(draft_manifest(folder), folder)
    elif case == "dense_stops":
        _one_file(folder, "dense.txt", b"a. " * (mb // 3))
    elif case == "no_spaces":
        _one_file(folder, "nospace.txt", b"a" * mb)
    elif case == "html_page":
        paras = "".join(f"<p>{p}</p><div class=ad><script>var x={i};</script></div>"
                        for i, p in enumerate(_news_text(mb // 2).split(". ")))
        _one_file(folder, "page.html", f"<html><head><title>T</title><body>{paras}".encode())
    elif case == "deep_html":
        _one_file(folder, "deep.html", (b"<div>" * int(arg)) + b"Rockets hit the base." + (b"</div>" * int(arg)))
    elif case == "cp1252":
        text = ("Le minist\u00e8re a confirm\u00e9 l'attaque contre la base a\u00e9rienne \u00e0 l'aube. " * (mb // 75))
        _one_file(folder, "fr.txt", text.encode("cp1252"), language="fr")
    elif case == "invalid_bytes":
        text = _news_text(mb).replace(" ", " \u201c", 50).encode()
        _one_file(folder, "bad.txt", b"\xff".join(text[i:i + 100_000] for i in range(0, len(text), 100_000)))
    elif case == "real":
        for p in sorted(data_dir.glob("polnear/*/text/*.txt")):
            (folder / f"{p.parent.parent.name}_{p.name}").write_bytes(p.read_bytes())
        write_manifest(draft_manifest(folder), folder)


def measure(case: str, arg: float, data_dir: Path | None) -> dict:
    """Build one case in a temporary folder, then time loading and cleaning (CPU seconds)."""
    from analysis.text.language import _identifier
    from analysis.text.segment import _punkt

    _identifier(), _punkt()  # model loading is a fixed start-up cost, not per MB
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(case, arg, folder, data_dir)
        mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != "manifest.csv") / 2**20
        t0 = time.process_time()
        loaded, rejects = load_corpus(folder)
        t_load = time.process_time() - t0
        t0 = time.process_time()
        with no_gc():  # the rows and the loop of cleaned_corpus
            parts = [process_article(row) for row in records(loaded)]
        articles = add_date_warnings(pd.DataFrame([a for p in parts for a in p["articles"]], columns=ARTICLE_COLUMNS))
        clean_s = time.process_time() - t0
    n_sentences = sum(len(p["sentences"]) for p in parts)
    n_failures = sum(len(p["failures"]) for p in parts)
    t_total = t_load + clean_s
    warnings = articles["warnings"].str.split(" | ", regex=False).explode()
    codes = warnings[warnings.fillna("").ne("")].str.split(":").str[0].value_counts().to_dict()
    return {"case": case, "size": arg, "files": len(loaded) + len(rejects), "MB": round(mb, 2),
            "load_cpu_s": round(t_load, 3), "clean_segment_cpu_s": round(clean_s, 3), "total_cpu_s": round(t_total, 3),
            "clean_segment_MB_per_s": round(mb / clean_s, 2) if clean_s >= 0.01 else None, "total_s_per_MB": round(t_total / max(mb, 1e-9), 2),
            "articles": len(articles), "sentences": n_sentences, "rejects": len(rejects), "failures": n_failures,
            "reject_reasons": rejects["check"].value_counts().to_dict(), "warnings": codes,
            "languages": articles["language_detected"].replace("", "undetermined").value_counts().to_dict(),
            "peak_rss_MiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


#: Texts for ``split_sentences(fast=False)``: news prose, and hostile runs of full stops (each n characters long).
SPLITTER_SHAPES = {
    "news": _news_text,
    "spaced_stops": lambda n: (". " * n)[:n],
    "word_stops": lambda n: ("Word. " * n)[:n],
    "abbreviations": lambda n: ("Mr. Dr. Gen. St. U.S. " * n)[:n],
}


def splitter_scaling(sizes: tuple[float, ...] = (0.1, 0.25, 0.5, 1.0)) -> list[dict]:
    """CPU seconds per MB of ``split_sentences(text, fast=False)`` per shape and size (best of 2), and the exponent."""
    from analysis.text.segment import split_sentences

    split_sentences("One. Two.", fast=False)  # Punkt's start-up is not per MB
    rows = []
    for name, make in SPLITTER_SHAPES.items():
        times = []
        for mb in sizes:
            text = make(int(mb * 1e6))
            best = math.inf
            for _ in range(2):
                t0 = time.process_time()
                split_sentences(text, fast=False)
                best = min(best, time.process_time() - t0)
            times.append(best)
        fit = exponent([{"MB": mb, "total_cpu_s": t} for mb, t in zip(sizes, times)])
        rows.append({"shape": name, "MB": list(sizes), "cpu_s": [round(t, 3) for t in times],
                     "s_per_MB": [round(t / mb, 2) for t, mb in zip(times, sizes)], "exponent": fit})
        print(f"  {name:<14} s/MB {' '.join(f'{t / mb:.2f}' for t, mb in zip(times, sizes))}  exponent {fit}", flush=True)
    return rows


def exponent(rows: list[dict], x: str = "MB", y: str = "total_cpu_s") -> float | None:
    """Least-squares slope of log(y) against log(x): 1 means linear cost."""
    pts = [(math.log(r[x]), math.log(r[y])) for r in rows if r[x] > 0 and r[y] > 0]
    if len(pts) < 2:
        return None
    mx, my = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    den = sum((p[0] - mx) ** 2 for p in pts)
    return round(sum((p[0] - mx) * (p[1] - my) for p in pts) / den, 3) if den else None


def run(case: str, arg: float, data_dir: Path | None) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", case, str(arg), str(data_dir or "")],
                         capture_output=True, text=True, check=True)
    row = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"  {case:<14} {arg:>8g}  {row['MB']:>7.2f} MB  load {row['load_cpu_s']:>6.2f} s  "
          f"clean+segment {row['clean_segment_cpu_s']:>6.2f} s ({row['clean_segment_MB_per_s'] or '-'} MB/s)  "
          f"{row['total_s_per_MB']:.2f} s/MB  rejects {row['rejects']} failures {row['failures']}", flush=True)
    return row


def shared_data(arg: str | None) -> Path | None:
    """The shared data folder: --data, else <project>/../shared/data, else $ANALYSIS_SHARED_DATA."""
    for candidate in (arg, paths.PROJECT_ROOT.parent / "shared" / "data", os.environ.get("ANALYSIS_SHARED_DATA")):
        if candidate and (Path(candidate) / "polnear").is_dir():
            return Path(candidate)
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 8000])
    parser.add_argument("--data", help="shared data folder with polnear/ (real text)")
    parser.add_argument("--quick", action="store_true", help="smaller hostile cases (for a smoke run)")
    parser.add_argument("--splitter", action="store_true", help="only split_sentences(fast=False) scaling, nothing written")
    args = parser.parse_args(argv)
    if args.splitter:
        print("split_sentences(fast=False), CPU s/MB at 0.1 0.25 0.5 1 MB:")
        splitter_scaling()
        return
    data_dir = shared_data(args.data)
    scale = 0.25 if args.quick else 1.0
    results: dict[str, list[dict]] = {"generated": [], "one_line": [], "hostile": [], "real": []}
    print("generated corpora:")
    results["generated"] = [run("generated", n, None) for n in args.sizes]
    print("one article on a single line:")
    results["one_line"] = [run("one_line", mb * scale, None) for mb in (2.5, 5, 10, 20)]
    print("other hostile shapes:")
    for case, arg in (("tiny_files", 10000 * scale), ("dense_stops", 4 * scale), ("no_spaces", 4 * scale),
                      ("html_page", 4 * scale), ("deep_html", 20000), ("cp1252", 1 * scale), ("invalid_bytes", 1 * scale)):
        results["hostile"].append(run(case, arg, None))
    if data_dir is None:
        print("real text: shared data folder not found (pass --data PATH); skipped")
    else:
        print("real text (PolNeAR news):")
        results["real"] = [run("real", 0, data_dir)]
    print("split_sentences(fast=False), CPU s/MB at 0.1 0.25 0.5 1 MB:")
    results["splitter"] = splitter_scaling()
    fits = {"generated": exponent(results["generated"]), "one_line": exponent(results["one_line"])}
    print(f"fitted exponent of CPU time against MB: generated {fits['generated']}, one line {fits['one_line']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    record = {"date": dt.date.today().isoformat(), "command": " ".join(["benchmarks/bench_cleaning.py", *(argv or sys.argv[1:])]),
              "data": "PolNeAR text from the shared data folder" if data_dir else "generated only",
              "timing": "CPU seconds (time.process_time), one process per case", "exponents": fits, **results}
    RESULTS.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(pd.DataFrame([r for k, part in results.items() if k != "splitter" for r in part]).drop(columns=["warnings", "languages", "reject_reasons"]).to_string(index=False))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        case, arg, data = sys.argv[2], float(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else ""
        print(json.dumps(measure(case, arg, Path(data) if data else None)))
    else:
        main()
