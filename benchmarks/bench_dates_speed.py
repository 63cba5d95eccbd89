"""Throughput and scaling of ``date_mentions`` on ordinary news and on hostile shapes (CPU time, one core).

    .venv/bin/python benchmarks/bench_dates_speed.py --data ../shared/data
    .venv/bin/python benchmarks/bench_dates_speed.py --sizes 0.25 0.5 1 2 5 --repeat 3

Ordinary news: the TempEval-3 documents of the shared data folder, each read as one article against its
creation date (articles per second and MB per second); without the shared data, paragraphs written for this
benchmark. Scaling: the same text concatenated to each size and read as one document. Hostile shapes, built
here (nothing is fetched): one long digit run, years separated by spaces, slashes between digits, month names,
dense full dates, month names after prepositions, weekdays, chains of relative expressions, a paragraph of
words without any sentence end, month-days in sentences on one line (no newline), and 'the next week, the next
month, ...' in one endless sentence, without and with past verbs in it (a tense check per mention), and bare weekdays in random order (a mention
every eight characters, no verb, no sentence end). Each size is timed ``--repeat`` times with ``time.process_time`` and the fastest
run kept (the machine is shared; CPU time, not wall time). The exponent is the slope of log(time) against
log(size) (1 = linear). A calibration loop of pure Python is timed too, so that figures from different
machines can be compared. Results go to benchmarks/results/dates_speed.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.events.timex import date_mentions  # noqa: E402

MB = 1_000_000
_OWN_NEWS = (
    "Rockets struck a base housing US troops in western Iraq on Wednesday, officials said, the third such attack "
    "this week. A drone was shot down near the airport late Tuesday, and two contractors were wounded last month. "
    "The Pentagon said on Thursday it would respond at a time of its choosing. Talks resume on March 3, 2022, "
    "after a pause that began in January. Since 2019, militias have claimed dozens of attacks; 14 rockets hit "
    "the base on 5 May 2020 and a year earlier a convoy was targeted.\n\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    """A maker of texts of ``n`` characters repeating ``unit``."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _shuffled(parts: list[str], seed: int = 36) -> Callable[[int], str]:
    """A maker of texts of ``n`` characters of ``parts`` in seeded random order (no period for a memo to find)."""
    def make(n: int) -> str:
        """The text."""
        rng, out, size = random.Random(seed), [], 0
        while size < n:
            out.append(rng.choice(parts))
            size += len(out[-1])
        return "".join(out)[:n]
    return make


_UNITS = ["day", "week", "month", "quarter", "year", "decade"]
_PAST_CLAUSES = ["they left", "the ferry sailed", "we met", "she wrote", "he sold it", "the river rose"]
HOSTILE: dict[str, Callable[[int], str]] = {
    "digit_run": _repeat("1234567890"),
    "spaced_years": _repeat("2021 "),
    "slashed_digits": _repeat("1/2/3/4/5/6/7/8/9/10/11/12/"),
    "month_names": _repeat("May June July 5 May 2020, on Tuesday last week. "),
    "full_dates": _repeat("1 January 2020, 2 February 2021, March 3, 2022, "),
    "months_after_prepositions": _repeat("in March, in April, since May, until June, "),
    "weekdays": _repeat("Monday Tuesday Wednesday Thursday Friday "),
    "relative_chain": _repeat("On March 3 a day later the next day a year earlier that year the same day, "),
    "paragraph_without_full_stops": _repeat("the minister said troops would withdraw from the region within weeks and officials "),
    "month_days_one_line": _repeat("Troops left on March 5 and came back 5 May. "),
    "next_units_one_sentence": _shuffled([f"the next {u}, " for u in _UNITS]),
    "next_units_past_clause": _shuffled([f"{v} the next {u} and " for v in _PAST_CLAUSES for u in _UNITS]),
    "bare_weekdays": _shuffled([f"{d} " for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")]),
}


def cpu(fn: Callable[[], object], repeat: int) -> float:
    """Fastest CPU time of ``repeat`` runs."""
    best = math.inf
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def calibration(repeat: int) -> float:
    """CPU seconds of a fixed pure-Python loop (dict, string and arithmetic work), to compare machines."""
    def loop() -> None:
        """The calibration work."""
        d: dict[str, int] = {}
        for i in range(300_000):
            k = str(i % 1000)
            d[k] = d.get(k, 0) + len(k) * 3
    return cpu(loop, repeat)


def exponent(sizes: list[float], times: list[float]) -> float:
    """Least-squares slope of log(time) on log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def news_articles(data: Path) -> tuple[list[tuple[str, str]], str]:
    """(text, publication date) of real news articles when the shared data exist, else our own paragraphs."""
    tml = data / "timebank"
    if tml.exists():
        from analysis.validate.timeml import load_timeml_folder

        return [(d.text, d.dct) for d in load_timeml_folder(tml)], "TempEval-3 documents (shared data)"
    return [(_OWN_NEWS * 8, "2022-03-01")] * 200, "paragraphs written for this benchmark (no shared data)"


def scaling(make: Callable[[int], str], sizes: list[float], repeat: int, published: str) -> dict:
    """CPU seconds per size, seconds per MB and the fitted exponent for one text shape."""
    times = []
    for s in sizes:
        text = make(int(s * MB))
        times.append(cpu(lambda: date_mentions(text, published), repeat))
    return {"sizes_mb": sizes, "cpu_seconds": [round(t, 3) for t in times],
            "seconds_per_mb": [round(t / s, 3) for t, s in zip(times, sizes)],
            "worst_seconds_per_mb": round(max(t / s for t, s in zip(times, sizes)), 3),
            "exponent": round(exponent(sizes, times), 3)}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the tables and write the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="shared data folder (for real news articles)")
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0, 5.0], help="sizes in MB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "dates_speed.json")
    args = ap.parse_args(argv)
    data = args.data or Path(os.environ.get("ANALYSIS_SHARED_DATA", ROOT.parent / "shared" / "data"))
    articles, source = news_articles(data)
    size = sum(len(t.encode("utf-8")) for t, _ in articles) / MB
    per_article = cpu(lambda: [date_mentions(t, d) for t, d in articles], args.repeat)
    result = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d"), "command": " ".join(["python", *sys.argv]),
              "measure": "CPU time (time.process_time), fastest of --repeat runs, one process, one core",
              "calibration_seconds": round(calibration(args.repeat), 3),
              "news": {"source": source, "articles": len(articles), "mb": round(size, 3),
                       "cpu_seconds": round(per_article, 3), "mb_per_second": round(size / per_article, 2),
                       "articles_per_second": round(len(articles) / per_article, 1)}}
    print(f"news, one call per article: {len(articles)} articles, {size:.2f} MB, {per_article:.2f} s CPU "
          f"= {size / per_article:.2f} MB/s ({source})")
    news_text = "\n\n".join(t for t, _ in articles)
    shapes = {"news_concatenated": lambda n: (news_text * (n // len(news_text) + 1))[:n], **HOSTILE}
    result["scaling"] = {}
    print(f"{'shape':<30} {'s/MB at each size':<40} {'worst':>6} {'exponent':>8}")
    for name, make in shapes.items():
        r = scaling(make, args.sizes, args.repeat, "2021-07-07")
        result["scaling"][name] = r
        print(f"{name:<30} {' '.join(f'{x:.2f}' for x in r['seconds_per_mb']):<40} {r['worst_seconds_per_mb']:>6.2f} {r['exponent']:>8.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"calibration loop: {result['calibration_seconds']} s CPU; written {args.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
