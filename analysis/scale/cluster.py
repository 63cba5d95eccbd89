"""Where the partitions run: a local Dask cluster (``workers=N``) or any scheduler (``scheduler=address``).

Every partition is one task with a readable key (``clean-00012``). A task that raises is retried
``RETRIES`` times; a task whose worker dies is started again on another worker by the scheduler
(up to ``distributed.scheduler.allowed-failures`` times). If it still fails, the run stops with a
:class:`PartitionError` that names the partition and the cause.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..progress import progress as progress_bar

#: Times a failing task is tried again before the run fails.
RETRIES = 2
#: Memory limit of each local worker (the benchmarks stay below it at 100,000 articles).
WORKER_MEMORY = "2GB"
#: When a list (benchmarks set it), every stage run through :func:`stage` appends its name, wall seconds and the
#: CPU seconds of all workers during it; None (the default): nothing is measured.
STAGE_LOG: list[dict] | None = None


class PartitionError(RuntimeError):
    """A partition failed on the cluster after its retries (the message names the partition)."""


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None, *, processes: bool = True,
            memory_limit: str = WORKER_MEMORY) -> Iterator[Any]:
    """A ``distributed.Client``: on ``scheduler`` when given, else on a local cluster of ``workers`` processes.

    Local workers run one thread each (the work is pure Python) and print only errors.

    >>> with connect(1, processes=False) as client:
    ...     run(client, abs, [-2, 3], ["abs-00000", "abs-00001"])
    [2, 3]
    """
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    n = max(1, int(workers or os.cpu_count() or 1))
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=processes, memory_limit=memory_limit,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def open_client(workers: int | None = None, scheduler: str | None = None) -> Any:
    """A client that lives as long as the process (for a notebook), or None when neither option is set.

    None means: run everything in this process (the pandas path).

    >>> open_client() is None
    True
    """
    if not workers and not scheduler:
        return None
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True, memory_limit=WORKER_MEMORY,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster)


@contextmanager
def client_for(client: Any = None, workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """The given client, or a new one (see :func:`connect`) closed at the end."""
    if client is not None:
        yield client
        return
    with connect(workers, scheduler) as new:
        yield new


def submit(client: Any, fn: Callable, items: Sequence, keys: Iterable[str], **kwargs: Any) -> list:
    """One task ``fn(item, **kwargs)`` per item, keyed by partition, retried ``RETRIES`` times if it raises."""
    return [client.submit(fn, item, key=key, retries=RETRIES, pure=False, **kwargs) for item, key in zip(items, keys)]


def gather(futures: list, *, desc: str = "", progress: bool | None = None) -> list:
    """Wait for tasks (with a progress bar for a person at a terminal); results in task order.

    Raises :class:`PartitionError` naming the first partition that failed after its retries (or whose
    workers kept dying).
    """
    from distributed import as_completed

    index = {f.key: k for k, f in enumerate(futures)}
    results: list = [None] * len(futures)
    for fut in progress_bar(as_completed(futures), progress, desc=desc, total=len(futures), unit="partition"):
        if fut.status != "finished":
            err = fut.exception()
            raise PartitionError(f"{desc or 'task'}: partition {fut.key} failed after {RETRIES} retries "
                                 f"({type(err).__name__}: {err})") from err
        results[index[fut.key]] = fut.result()
    return results


def run(client: Any, fn: Callable, items: Sequence, keys: Iterable[str], *, desc: str = "",
        progress: bool | None = None, **kwargs: Any) -> list:
    """Run ``fn(item, **kwargs)`` for every item as one task each (see :func:`submit`, :func:`gather`)."""
    with stage(client, desc):
        futures = submit(client, fn, items, keys, **kwargs)
        try:
            return gather(futures, desc=desc, progress=progress)
        finally:
            for f in futures:
                f.release()


def _worker_cpu() -> float:
    """CPU seconds (user + system) of the calling process."""
    t = os.times()
    return t.user + t.system


@contextmanager
def stage(client: Any, name: str) -> Iterator[None]:
    """Measure one stage into :data:`STAGE_LOG` when it is a list (wall seconds, CPU seconds of all workers).

    >>> import analysis.scale.cluster as c; c.STAGE_LOG = []
    >>> with connect(1, processes=False) as client, stage(client, "demo"):
    ...     _ = run(client, abs, [-2], ["abs-00000"])
    >>> [r["stage"] for r in c.STAGE_LOG]; c.STAGE_LOG = None
    ['', 'demo']
    """
    log = STAGE_LOG
    if log is None:
        yield
        return
    cpu0, t0 = sum(client.run(_worker_cpu).values()), time.perf_counter()
    try:
        yield
    finally:
        log.append({"stage": name, "wall_s": time.perf_counter() - t0,
                    "cpu_s": sum(client.run(_worker_cpu).values()) - cpu0})
