"""Whole-collection rerun timing: every notebook on a real corpus folder and on the bundled corpus.

    .venv/bin/python benchmarks/bench_collection.py ../tmpdata/polnear300
    .venv/bin/python benchmarks/bench_collection.py ../tmpdata/polnear300 --notebooks 02 --profile
    .venv/bin/python benchmarks/bench_collection.py FOLDER --report-args --workers 2   # passed to analysis.report

For each corpus (the bundled ``data/raw`` first, then each folder given) and each notebook, the
script runs ``python -m analysis.report --corpus <folder> --out <scratch> <notebook>`` in a child
process, exactly as a user reruns the collection, and records its wall time and CPU time (user +
system of the child and everything it waited for: the Jupyter kernel and any local Dask workers).
It prints one table (per notebook: seconds on each corpus and the ratio real / bundled) and writes
``benchmarks/results/bench_collection.json`` with the date, the command and the corpora.

``--profile`` runs the notebooks through papermill in this process instead, with an IPython hook
that times every cell (wall and CPU of the kernel) and a cProfile of the whole kernel session; the
JSON then holds per-cell seconds and the functions with the most cumulative time, so the hotspots
can be named (function, seconds). A profiled run is slower than a plain one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"

#: Injected at the top of a profiled notebook: per-cell wall/CPU hooks and a cProfile of the kernel.
_PROFILE_START = """\
import cProfile as _cp, time as _t, json as _j
_bench_cells, _bench_t = [], {}
def _bench_pre(*a, **k):
    _bench_t.update(w=_t.perf_counter(), c=_t.process_time())
def _bench_post(result, *a, **k):
    if _bench_t:
        _bench_cells.append({"wall": round(_t.perf_counter() - _bench_t["w"], 3),
                             "cpu": round(_t.process_time() - _bench_t["c"], 3),
                             "source": result.info.raw_cell[:80] if result.info else ""})
get_ipython().events.register("pre_run_cell", _bench_pre)
get_ipython().events.register("post_run_cell", _bench_post)
_bench_prof = _cp.Profile()
_bench_prof.enable()
"""
_PROFILE_END = """\
_bench_prof.disable()
_bench_prof.dump_stats({stats!r})
with open({cells!r}, "w") as _f:
    _j.dump(_bench_cells, _f)
"""


def _child_cpu() -> float:
    """CPU seconds (user + system) of all waited-for children so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def notebook_names(selected: list[str] | None) -> list[str]:
    """Notebook file names in pipeline order, optionally only those starting with a selected prefix."""
    names = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    return [n for n in names if not selected or any(n.startswith(s) for s in selected)]


def run_plain(corpus: Path, out: Path, name: str, report_args: list[str]) -> dict:
    """Run one notebook on one corpus with ``python -m analysis.report``; wall and CPU seconds."""
    cmd = [sys.executable, "-m", "analysis.report", "--corpus", str(corpus), "--out", str(out), *report_args, name]
    cpu0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "ANALYSIS_NO_PROGRESS": "1"})
    wall, cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    row = {"notebook": name, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "ok": proc.returncode == 0}
    if proc.returncode:
        row["error"] = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    return row


def _hotspots(stats_file: Path, top: int) -> list[dict]:
    """Functions with the most cumulative time (project code and the heaviest library calls)."""
    st = pstats.Stats(str(stats_file))
    rows = []
    for (file, line, func), (cc, nc, tt, ct, _) in st.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": func, "file": _short(file), "line": line, "calls": nc,
                     "tottime_s": round(tt, 2), "cumtime_s": round(ct, 2)})
    rows.sort(key=lambda r: -r["cumtime_s"])
    project = [r for r in rows if r["file"].startswith("analysis/")][:top]
    heavy_self = sorted(rows, key=lambda r: -r["tottime_s"])[:top]
    return [{"kind": "project, by cumulative time", **r} for r in project] + \
           [{"kind": "any, by own time", **r} for r in heavy_self]


def _short(file: str) -> str:
    """A source path relative to the project (``analysis/...``) or to site-packages."""
    p = file.replace("\\", "/")
    for marker in ("/analysis/", "/site-packages/"):
        if marker in p:
            head = "analysis/" if marker == "/analysis/" else ""
            return head + p.split(marker, 1)[1]
    return p


def run_profiled(corpus: Path, out: Path, name: str, params: dict, top: int) -> dict:
    """Run one notebook through papermill with per-cell timing hooks and a cProfile of the kernel."""
    import nbformat
    import papermill

    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    stats, cells = out / f"{Path(name).stem}.prof", out / f"{Path(name).stem}.cells.json"
    nb.cells.insert(0, nbformat.v4.new_code_cell(_PROFILE_START))
    nb.cells.append(nbformat.v4.new_code_cell(_PROFILE_END.format(stats=str(stats), cells=str(cells))))
    src = out / f"profiled_{name}"
    nbformat.write(nb, src)
    params = {"corpus_dir": str(corpus), "output_dir": str(out / "processed"),
              "figures_dir": str(out / "figures"), **params}
    cpu0, t0 = _child_cpu(), time.perf_counter()
    ok, err = True, ""
    try:
        papermill.execute_notebook(str(src), str(out / name), parameters=params, cwd=str(ROOT),
                                   kernel_name="python3", progress_bar=False)
    except Exception as e:  # noqa: BLE001 - record the failure, go on with the next notebook
        ok, err = False, str(e).strip().splitlines()[-1:]
    row = {"notebook": name, "wall_s": round(time.perf_counter() - t0, 1), "cpu_s": round(_child_cpu() - cpu0, 1),
           "ok": ok}
    if err:
        row["error"] = err
    if cells.exists():
        row["cells"] = [{"cell": k, **c} for k, c in enumerate(json.loads(cells.read_text()))]
    if stats.exists():
        row["hotspots"] = _hotspots(stats, top)
    return row


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, help="real corpus folders (articles + manifest.csv)")
    ap.add_argument("--notebooks", nargs="*", help="only notebooks starting with these prefixes (e.g. 02 03)")
    ap.add_argument("--no-bundled", action="store_true", help="skip the bundled corpus (data/raw)")
    ap.add_argument("--profile", action="store_true", help="per-cell timing and cProfile hotspots (papermill)")
    ap.add_argument("--params", default="{}", help="with --profile: extra notebook parameters as JSON")
    ap.add_argument("--top", type=int, default=25, help="with --profile: hotspots to keep per notebook")
    ap.add_argument("--out", type=Path, help="scratch folder for the reports (default: a temporary folder)")
    ap.add_argument("--results", type=Path, default=RESULTS / "bench_collection.json")
    ap.add_argument("--report-args", nargs=argparse.REMAINDER, default=[],
                    help="further arguments for python -m analysis.report (e.g. --workers 2)")
    args = ap.parse_args(argv)
    corpora = ([] if args.no_bundled else [ROOT / "data" / "raw"]) + [c.resolve() for c in args.corpora]
    missing = [c for c in corpora if not (c / "manifest.csv").is_file()]
    if missing:
        print(f"no corpus folder with a manifest.csv at {', '.join(map(str, missing))}; nothing measured")
        return 0
    scratch = args.out or Path(tempfile.mkdtemp(prefix="bench_collection_"))
    names = notebook_names(args.notebooks)
    runs = []
    for corpus in corpora:
        label = "bundled" if corpus == ROOT / "data" / "raw" else corpus.name
        out = scratch / label
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        for name in names:
            row = (run_profiled(corpus, out, name, json.loads(args.params), args.top) if args.profile
                   else run_plain(corpus, out, name, args.report_args))
            row["corpus"] = label
            runs.append(row)
            print(f"{label:<14} {name:<34} wall {row['wall_s']:7.1f} s  cpu {row['cpu_s']:7.1f} s"
                  f"{'' if row['ok'] else '  FAILED: ' + ' '.join(row.get('error', []))}", flush=True)
    summary = _summary(runs)
    print(_table(summary))
    result = {"date": dt.date.today().isoformat(), "command": " ".join([Path(sys.executable).name, *sys.argv]),
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
              "corpora": {("bundled" if c == ROOT / "data" / "raw" else c.name): _corpus_size(c) for c in corpora},
              "profile": args.profile, "runs": runs, "summary": summary}
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=1) + "\n")
    print("written:", args.results)
    return 0


def _corpus_size(folder: Path) -> dict:
    """Articles listed in the manifest and MB of article files."""
    import csv

    with open(folder / "manifest.csv", encoding="utf-8-sig") as f:
        n = sum(1 for _ in csv.DictReader(f))
    mb = sum(p.stat().st_size for p in folder.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm")) / 1e6
    return {"articles": n, "mb": round(mb, 2)}


def _summary(runs: list[dict]) -> list[dict]:
    """Per notebook (and in total): wall and CPU per corpus, and each corpus' ratio to the bundled one."""
    labels = list(dict.fromkeys(r["corpus"] for r in runs))
    out = []
    for name in list(dict.fromkeys(r["notebook"] for r in runs)) + ["total"]:
        row: dict = {"notebook": name}
        for lab in labels:
            sel = [r for r in runs if r["corpus"] == lab and (name == "total" or r["notebook"] == name)]
            row[f"{lab}_wall_s"] = round(sum(r["wall_s"] for r in sel), 1)
            row[f"{lab}_cpu_s"] = round(sum(r["cpu_s"] for r in sel), 1)
        for lab in labels[1:]:
            if "bundled" in labels and row["bundled_wall_s"]:
                row[f"{lab}_wall_ratio"] = round(row[f"{lab}_wall_s"] / row["bundled_wall_s"], 2)
                row[f"{lab}_cpu_ratio"] = round(row[f"{lab}_cpu_s"] / max(row["bundled_cpu_s"], 0.1), 2)
        out.append(row)
    return out


def _table(summary: list[dict]) -> str:
    """The summary as aligned text."""
    cols = list(summary[0]) if summary else []
    lines = ["  ".join(f"{c:>16}" for c in cols)]
    lines += ["  ".join(f"{str(r.get(c, '')):>16}" for c in cols) for r in summary]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
