"""Print where the accuracy targets stand, pooled over the latest held-out samples, as the README's table.

``.venv/bin/python benchmarks/headline.py [--last 3]``

Reads the committed results (``benchmarks/results/quotes_polnear.json``, ``incidents.json``,
``dates_timebank.json``) and pools, per target, the counts of the ``--last`` held-out samples (splits ``h<stop>``,
retired ones left out) with ``analysis.validate.summary.pooled_table``; runs nothing else. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not the installed one

from analysis.validate.summary import pooled_table  # noqa: E402


def markdown(table) -> str:
    """The pooled table as Markdown rows (figures to three decimals)."""
    lines = ["| issue | measure | target | pooled held-out | met | samples (gold items) |", "|---|---|---|---|---|---|"]
    for r in table.itertuples(index=False):
        value = "n/a" if r[3] is None else f"{r[3]:.3f}"
        lines.append(f"| {r.issue} | {r.measure} | {r.target:.2f} | {value} | {'yes' if r.met else '**no**'} | "
                     f"{r.samples} ({r[5]}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Read the three results files and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--last", type=int, default=3, help="how many of the latest held-out samples to pool")
    args = ap.parse_args(argv)
    res = ROOT / "benchmarks" / "results"
    load = {n: json.loads((res / f"{n}.json").read_text(encoding="utf-8"))
            for n in ("quotes_polnear", "incidents", "dates_timebank")}
    print(markdown(pooled_table(load["quotes_polnear"], load["incidents"], load["dates_timebank"], args.last)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
