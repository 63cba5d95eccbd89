"""Where ``incident_mentions`` spends its CPU time on dense text, by stage, and what one candidate sentence costs.

``.venv/bin/python benchmarks/profile_incident_stages.py [--attacks PATH ...] [--repeat 3]``

* ``--attacks``: corpus folders read as one corpus, as ``bench_incidents_speed.py`` reads them (default: the bundled
  corpus ``data/raw``). The tables are loaded first; each run empties the caches keyed by text (new text).
* **Stages**: CPU seconds of the functions of the package ``analysis.events.mentions`` that make up a run (nested
  ones inside their caller, shown indented), the mean of ``--repeat`` runs, with the share of the whole call. A
  stage's timer wraps the name in every module of the package that binds it, so only calls made through the package
  are counted.
* **One sentence**: each candidate sentence read alone (its clause groups, then their slots), and a least-squares
  line ``ms = fixed + per_char * characters`` over them: the fixed part is the cost of the rule cascade run once per
  sentence whatever its length, the part that no change inside one rule can remove.
* The calibration loop of ``bench_dates_speed.py`` is printed before and after, to compare machines and loads.

Prints only: the figures go to ``benchmarks/README.md`` by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's package, not the installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))
from analysis import paths  # noqa: E402
from analysis.events import mentions  # noqa: E402
from analysis.events.mentions import document, groups, headings, inherit, scope, slots, told  # noqa: E402
from bench_dates_speed import calibration  # noqa: E402
from bench_incidents_speed import cold_caches, read_folder, time_calls  # noqa: E402

#: the stages of a run: (depth, function name in ``analysis.events.mentions``)
STAGES: list[tuple[int, str]] = [
    (0, "_candidates"), (0, "_sentence_groups"), (1, "tokens"), (1, "scan_places"), (1, "scan_actors"),
    (1, "_groups"), (2, "split_clauses"), (2, "cue_classes"), (2, "_clause_facts"),
    (0, "_mention"), (1, "agent_and_target"), (1, "event_type"), (1, "_mention_counts"), (2, "munitions"),
    (2, "casualties"), (1, "_mention_place"), (1, "_row"),
    (0, "_dates_near"), (0, "best_date"), (0, "_inherit"), (0, "_finish"),
]


#: the modules of the package, where a stage's name may be bound
MODULES = [mentions, scope, groups, slots, told, inherit, document, headings]


def bindings(name: str) -> list:
    """The modules of the package that bind ``name`` to the function its first binding holds."""
    fn = next(getattr(m, name) for m in MODULES if hasattr(m, name))
    return [m for m in MODULES if getattr(m, name, None) is fn]


def stage_seconds(sents, arts, repeat: int) -> tuple[float, dict[str, float]]:
    """Mean CPU seconds of a cold ``incident_mentions`` call and of each stage in it."""
    total, spent = 0.0, dict.fromkeys([name for _d, name in STAGES if any(hasattr(m, name) for m in MODULES)], 0.0)
    for _ in range(repeat):
        cold_caches()
        with contextlib.ExitStack() as stack:
            timers = {name: stack.enter_context(time_calls(bindings(name), name)) for name in spent}
            t0 = time.process_time()
            mentions.incident_mentions(sents, arts)
            total += time.process_time() - t0
        for name, cell in timers.items():
            spent[name] += cell[0]
    return total / repeat, {name: s / repeat for name, s in spent.items()}


def line_fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """(intercept, slope) of the least-squares line of ``ys`` on ``xs``.

    >>> line_fit([1, 2, 3], [3, 5, 7])
    (1.0, 2.0)
    """
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread if spread else 0.0
    return my - slope * mx, slope


def sentence_costs(sents) -> list[tuple[int, float, float]]:
    """(characters, CPU seconds of its clause groups, CPU seconds of their slots) of each candidate sentence read
    alone."""
    cold_caches()
    out = []
    for s in sents.to_dict("records"):
        if not document._candidates([s]):
            continue
        t0 = time.process_time()
        found = groups._sentence_groups(s)
        t1 = time.process_time()
        for g, ctx in found:
            slots._mention(s, g, *ctx)
        out.append((len(str(s["text"])), t1 - t0, time.process_time() - t1))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attacks", type=Path, nargs="+", default=[paths.RAW])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"calibration {calibration(3):.3f} s (0.047 on the quiet machine of 2026-12-01)")
    sents, arts = read_folder(args.attacks)
    mb = arts["text"].str.len().sum() / 1e6
    mentions.incident_mentions(sents, arts)  # the tables, loaded once
    total, spent = stage_seconds(sents, arts, args.repeat)
    print(f"{len(arts)} articles, {len(sents)} sentences, {mb:.3f} MB: {total:.3f} CPU s, {total / mb:.2f} s/MB")
    for depth, name in STAGES:
        if name in spent:
            print(f"{'  ' * depth}{name:<{24 - 2 * depth}} {spent[name]:7.3f} s {100 * spent[name] / total:5.1f} %")
    top = sum(spent[name] for depth, name in STAGES if depth == 0 and name in spent)
    print(f"{'the rest':<24} {total - top:7.3f} s {100 * (total - top) / total:5.1f} %")
    costs = sentence_costs(sents)
    chars = sum(c[0] for c in costs) / len(costs)
    print(f"{len(costs)} candidate sentences read alone, {chars:.0f} characters on average; ms = fixed + per 1,000 "
          f"characters:")
    for label, parts in (("clause groups", (1,)), ("slots", (2,)), ("both", (1, 2))):
        fixed, per_char = line_fit([float(c[0]) for c in costs], [1000 * sum(c[k] for k in parts) for c in costs])
        print(f"  {label:<14} {fixed:.3f} + {per_char * 1000:.2f} (fixed part "
              f"{100 * fixed / (fixed + per_char * chars):.0f} % of an average sentence)")
    print(f"calibration {calibration(3):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
