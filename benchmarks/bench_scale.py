"""Benchmark of the Dask path (analysis.scale.find_reuse) from 1,000 to 100,000 articles, on 1 and 2 workers.

    .venv/bin/python benchmarks/bench_scale.py                                  # 1000 3000 10000 30000 100000
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000 --workers 1 2 --real-mix --data ../shared/data

Corpora are generated as in ``bench_overlap.py`` (pseudo-word news with injected verbatim, light and
heavy reuse; with ``--real-mix`` real PolNeAR sentences). For each size and number of local worker
processes (a fresh ``LocalCluster``, one thread each, 2 GB memory limit per worker): wall time of
``find_reuse`` with partitioned Parquet intermediates, CPU time of the workers, peak resident memory
of each worker (``VmHWM``) and of this driver process, pairs aligned, pair recall/precision of the
injected reuse; per worker count, the fitted exponent of wall time against size. In the same session,
on the same corpus, the peer (datasketch MinHash LSH over word 4-gram shingles, one process) for
comparison. Results: ``benchmarks/results/bench_scale.json`` (date, command, figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import pickle
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "bench_scale.json"


def _bench_overlap():
    """The generators and scorers of bench_overlap.py."""
    spec = importlib.util.spec_from_file_location("bench_overlap", ROOT / "benchmarks" / "bench_overlap.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _peak_rss() -> tuple[int, float]:
    """(pid, peak resident memory in MiB) of the calling process, from /proc (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return os.getpid(), int(line.split()[1]) / 1024
    return os.getpid(), float("nan")


def _cpu() -> float:
    """CPU seconds (user + system) of the calling process."""
    t = os.times()
    return t.user + t.system


def measure(arts: pd.DataFrame, prov: dict, workers: int, bo, block_size: int) -> dict:
    """One run of analysis.scale.find_reuse on a fresh local cluster of ``workers`` processes."""
    from analysis.scale import cluster, connect, find_reuse

    scratch = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        with connect(workers, processes=True) as client:
            cpu0 = sum(client.run(_cpu).values())
            t0 = time.perf_counter()
            cluster.STAGE_LOG = []
            try:
                pairs, al = find_reuse(arts, client=client, out=scratch / "run", block_size=block_size)
            finally:
                stages, cluster.STAGE_LOG = cluster.STAGE_LOG, None
            wall = time.perf_counter() - t0
            cpu = sum(client.run(_cpu).values()) - cpu0
            peaks = sorted(round(mb) for _, mb in client.run(_peak_rss).values())
        disk = sum(p.stat().st_size for p in (scratch / "run").rglob("*") if p.is_file()) / 2**20
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    scores = bo._pair_scores(pairs, al, prov)
    return {"workers": workers, "wall_s": round(wall, 1), "worker_cpu_s": round(cpu, 1), "peak_worker_MiB": peaks,
            "parquet_MiB": round(disk), "pairs_aligned": len(pairs), "passages": len(al),
            "stages": {r["stage"].removeprefix("reuse: "): {"wall_s": round(r["wall_s"], 2), "cpu_s": round(r["cpu_s"], 2)}
                       for r in stages},
            **{k: scores[k] for k in ("true_pairs", "recall", "precision")}}


def _corpus(bo, n: int, seed: int, sentences, cache: Path | None) -> tuple[pd.DataFrame, dict]:
    """The generated corpus of ``n`` articles and its provenance (from ``cache`` when it was kept there before)."""
    name = f"{'mix' if sentences else 'gen'}-{n}-seed{seed}"
    if cache and (cache / f"{name}.parquet").exists():
        return pd.read_parquet(cache / f"{name}.parquet"), pickle.loads((cache / f"{name}.prov.pkl").read_bytes())
    gen = bo.Generator(seed) if sentences is None else bo.RealMixGenerator(seed, sentences)
    arts, prov = gen.corpus(n)
    arts = arts[["doc_id", "text", "published", "label"]]
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        arts.to_parquet(cache / f"{name}.parquet")
        (cache / f"{name}.prov.pkl").write_bytes(pickle.dumps(prov))
    return arts, prov


def _stage_fits(res: pd.DataFrame, workers: list[int], bo) -> dict:
    """Per worker count and stage: fitted exponent of the stage's worker CPU seconds against size."""
    out = {}
    for w in workers:
        rows = [r for r in res.to_dict("records") if r.get("workers") == w and isinstance(r.get("stages"), dict)]
        names = sorted({k for r in rows for k in r["stages"]})
        out[f"{w} worker(s)"] = {k: bo.slope([r["articles"] for r in rows if k in r["stages"]],
                                             [max(r["stages"][k]["cpu_s"], 1e-3) for r in rows if k in r["stages"]])
                                 for k in names}
    return out


def _shown_args(args: list[str]) -> list[str]:
    """The command line as recorded: the cache folder (a machine path) as ``<cache dir>``, data paths as typed.

    >>> _shown_args(["--sizes", "1000", "--cache", "/tmp/x", "--data", "../shared/data"])
    ['--sizes', '1000', '--cache', '<cache dir>', '--data', '../shared/data']
    """
    return ["<cache dir>" if i and args[i - 1] == "--cache" else a for i, a in enumerate(args)]


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000, 30000, 100000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--block-size", type=int, default=1000)
    ap.add_argument("--real-mix", action="store_true", help="sentences from real news (PolNeAR, needs --data)")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--section", help="key of the results file to write (default: generated or real_mix)")
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--cache", type=Path, default=None,
                    help="folder keeping each generated corpus (Parquet + provenance), reused by later runs")
    args = ap.parse_args()
    bo = _bench_overlap()
    data = args.data or bo.default_data()
    sentences = None
    if args.real_mix:
        if not (data / "polnear").is_dir():
            print(f"no shared data at {data}; --real-mix skipped")
            return 0
        sentences = bo.real_sentences(data)
    rows = []
    for n in args.sizes:
        arts, prov = _corpus(bo, n, args.seed, sentences, args.cache)
        base = {"articles": n, "text": "real mix" if sentences else "generated", "MB": round(arts["text"].str.len().sum() / 1e6, 1)}
        for w in args.workers:
            row = {**base, **measure(arts, prov, w, bo, args.block_size)}
            rows.append(row)
            print(row, flush=True)
        if not args.no_peer:
            peer = bo.peer_minhash(arts, prov, thresholds=(0.05,))[0]
            rows.append({**base, **peer})
            print(rows[-1], flush=True)
    res = pd.DataFrame(rows)
    fits = {}
    for w in args.workers:
        sel = res[res.get("workers") == w] if "workers" in res else res.iloc[0:0]
        fits[f"{w} worker(s)"] = bo.slope(sel["articles"].tolist(), sel["wall_s"].tolist())
    print("fitted exponent of wall time vs size:", fits)
    stage_fits = _stage_fits(res, args.workers, bo)
    print("fitted exponent of worker CPU per stage:", stage_fits)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    doc = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    doc[args.section or ("real_mix" if sentences else "generated")] = {
        "date": dt.date.today().isoformat(), "command": " ".join(["python", "benchmarks/bench_scale.py", *_shown_args(sys.argv[1:])]),
        "cpus": os.cpu_count(), "data": str(data) if sentences else "generated",
        "driver_peak_MiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rows": json.loads(res.to_json(orient="records")), "exponent": fits, "stage_cpu_exponent": stage_fits}
    RESULTS.write_text(json.dumps(doc, indent=1) + "\n")
    print("written:", RESULTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
