"""Speed and scaling of ``extract_quotes`` on ordinary news and on hostile shapes of text.

Usage: ``.venv/bin/python benchmarks/bench_quotes_speed.py [--data PATH] [--sizes 0.1 0.25 0.5 1 2 4]
[--shapes ...] [--out benchmarks/results/quotes_speed.json]``

Each shape is one text of the given size (MB of UTF-8) passed whole to ``extract_quotes``:
- ``news``: real news articles joined with blank lines (PolNeAR train when ``--data`` has it, else the
  bundled corpus), repeated to the size;
- ``news_one_paragraph``: the same text with every line break replaced by a space (one paragraph);
- ``unbalanced``: news where every other closing double mark is removed (quotes that never close);
- ``marks_10k``: short paragraphs made of quoted words, about 10,000 marks per 100 KB;
- ``apostrophes``: one paragraph of words with apostrophes and single marks that never pair;
- ``no_sentence_end``: one paragraph of words and quotes with no sentence-final punctuation at all;
- ``quote_every_50``: one paragraph of short sentences, each with a reporting verb and a partial quote;
- ``quote_every_60_no_end``: the same without sentence ends (the widest attribution windows).
The cost is measured as CPU time (``time.process_time``), the least of ``--repeat`` calls per size (3 by default: the
least is the figure least disturbed by other work on the machine, as ``timeit`` advises); the fitted exponent is the
least-squares slope of log(time) on log(size) (1.0 = linear). Targets: >= 1 MB/s on news, no shape
slower than 2 s per MB. Results go to JSON with the date, the command, the data used and the CPU seconds of
``bench_dates_speed.py``'s calibration loop (a fixed pure-Python loop: 0.047 s on the machine of 2026-12-01), so
that runs on machines of different speed can be compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.quotes import extract_quotes  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_dates_speed import calibration  # noqa: E402


def default_data() -> Path:
    """``<project>/../shared/data``, or the ANALYSIS_SHARED_DATA environment variable."""
    env = os.environ.get("ANALYSIS_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def news_text(data: Path) -> tuple[str, str]:
    """Real news to scale up: PolNeAR train texts when present, else the bundled corpus; (text, source)."""
    folder = data / "polnear" / "train" / "text"
    if folder.is_dir():
        files = sorted(folder.glob("*.txt"))
        return "\n\n".join(p.read_text(encoding="utf-8") for p in files), f"PolNeAR train ({len(files)} articles)"
    from analysis.pipeline import cleaned_corpus

    arts = cleaned_corpus(ROOT / "data" / "raw").articles
    return "\n\n".join(arts["text"]), f"bundled corpus ({len(arts)} articles)"


def _repeat(unit: str, size_mb: float) -> str:
    """``unit`` repeated and cut to about size_mb megabytes of UTF-8."""
    n = int(size_mb * 1_000_000)
    reps = n // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps)[:n]


def shape(name: str, news: str, size_mb: float) -> str:
    """A text of one hostile or ordinary shape and about the given size."""
    if name == "news":
        return _repeat(news + "\n\n", size_mb)
    if name == "news_one_paragraph":
        return _repeat(news.replace("\n", " ") + " ", size_mb)
    if name == "unbalanced":
        out, n = [], 0
        for ch in news:
            if ch in "”\"":
                n += 1
                if n % 2 == 0:
                    continue
            out.append(ch)
        return _repeat("".join(out) + "\n\n", size_mb)
    if name == "marks_10k":
        return _repeat('"We" said "they" and "them" ' * 8 + "\n", size_mb)
    if name == "apostrophes":
        return _repeat("the groups' names and 'the Iraqs' he's 'they'd 'n' rock 'em ", size_mb)
    if name == "quote_every_50":
        return _repeat('Officials said "we will win" and then they left. ', size_mb)
    if name == "quote_every_60_no_end":
        return _repeat('Officials said "we will win" and then they left and more ', size_mb)
    if name == "no_sentence_end":
        return _repeat('he said "we will not leave and they said “no more” while Officials said ', size_mb)
    raise ValueError(f"unknown shape {name!r}")


def fit_exponent(sizes: list[float], secs: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size).

    >>> round(fit_exponent([1, 2, 4], [1, 2, 4]), 3)
    1.0
    """
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in secs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")


def least_cpu(text: str, repeat: int) -> tuple[float, int]:
    """The least CPU seconds of ``repeat`` calls of ``extract_quotes`` on text, and the number of quotes found."""
    best, n = float("inf"), 0
    for _ in range(max(1, repeat)):
        t0 = time.process_time()
        n = len(extract_quotes(text))
        best = min(best, time.process_time() - t0)
    return best, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.25, 0.5, 1.0, 2.0, 4.0])
    ap.add_argument("--shapes", nargs="+", default=["news", "news_one_paragraph", "unbalanced", "marks_10k",
                                                    "apostrophes", "no_sentence_end", "quote_every_50",
                                                    "quote_every_60_no_end"])
    ap.add_argument("--repeat", type=int, default=3, help="calls per text; the least CPU time is kept")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes_speed.json")
    args = ap.parse_args()
    news, source = news_text(args.data)
    rows = []
    extract_quotes(news[:20000])   # warm-up: the reference tables load once per process, not per text
    print(f"news text: {source}; CPU seconds per call of extract_quotes on one text (after one warm-up call; "
          f"the least of {args.repeat})")
    print(f"{'shape':<20} {'MB':>6} {'cpu s':>8} {'MB/s':>7} {'s/MB':>6} {'quotes':>7}")
    for name in args.shapes:
        for size in args.sizes:
            text = shape(name, news, size)
            mb = len(text.encode("utf-8")) / 1e6
            sec, n = least_cpu(text, args.repeat)
            rows.append({"shape": name, "mb": round(mb, 3), "cpu_seconds": round(sec, 3), "mb_per_s": round(mb / sec, 3),
                         "s_per_mb": round(sec / mb, 3), "quotes": n})
            print(f"{name:<20} {mb:>6.2f} {sec:>8.2f} {mb / sec:>7.2f} {sec / mb:>6.2f} {n:>7}", flush=True)
    fits = {}
    for name in args.shapes:
        r = [x for x in rows if x["shape"] == name]
        fits[name] = round(fit_exponent([x["mb"] for x in r], [x["cpu_seconds"] for x in r]), 3)
        print(f"fitted exponent {name}: {fits[name]}")
    worst = max(rows, key=lambda x: x["s_per_mb"])
    calib = calibration(3)
    print(f"calibration loop (bench_dates_speed.calibration, best of 3): {calib:.3f} s CPU")
    out = {"date": dt.date.today().isoformat(), "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
           "timer": f"time.process_time (CPU seconds, one process), least of {args.repeat} calls", "news_source": source, "rows": rows,
           "calibration_seconds": round(calib, 3),
           "fitted_exponent": fits, "worst_s_per_mb": worst["s_per_mb"], "worst_shape": worst["shape"],
           "news_mb_per_s_median": sorted(x["mb_per_s"] for x in rows if x["shape"] == "news")[
               len([x for x in rows if x["shape"] == "news"]) // 2] if any(x["shape"] == "news" for x in rows) else None}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"worst: {worst['s_per_mb']} s/MB ({worst['shape']}); wrote {args.out}")


if __name__ == "__main__":
    main()
