"""Execute notebooks with papermill, telling the person who runs them what is happening.

A run shows which notebook, which cell and step (the section heading above the cell), how far, the
time elapsed and an estimate of the time left: a tqdm bar at a terminal, one line per step in a log.
The kernel's own log (not the notebook's outputs) goes to a file, so its transport and shutdown
notices do not reach the terminal. A failing cell is reported with the notebook, the cell number,
the step and the error; the partly executed notebook is still saved.
"""

from __future__ import annotations

import ast
import json
import logging
import re
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from .. import paths
from ..progress import wanted

TIMING_KEYS = ("start_time", "end_time", "duration", "exception", "status")


@dataclass
class Failure(Exception):
    """A notebook that stopped: where (cell number, step) and why."""

    notebook: str
    cell: int | None
    step: str
    error: str
    seconds: float = 0.0

    def __str__(self) -> str:
        where = f"cell {self.cell}" if self.cell else "before its first cell"
        step = f" (step: {self.step})" if self.step else ""
        return f"{self.notebook} stopped at {where}{step}: {self.error}"


class QuietKernelManager(AsyncKernelManager):
    """A kernel whose own log (stderr of the kernel process) goes to ``log_path`` instead of the terminal."""

    log_path: Path | None = None

    async def _async_launch_kernel(self, kernel_cmd, **kw):  # type: ignore[override]
        if self.log_path is not None:
            Path(self.log_path).parent.mkdir(parents=True, exist_ok=True)
            kw["stderr"] = open(self.log_path, "ab")  # noqa: SIM115 - the kernel process owns it
        return await super()._async_launch_kernel(kernel_cmd, **kw)


def declared_parameters(nb_path: Path) -> set[str]:
    """Names assigned in a notebook's cell tagged ``parameters``.

    >>> {"corpus_dir", "figures_dir", "workers"} <= declared_parameters(paths.NOTEBOOKS / "01_corpus_and_cleaning.ipynb")
    True
    """
    nb = json.loads(Path(nb_path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            tree = ast.parse("".join(cell["source"]))
            return {t.id for node in ast.walk(tree) if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(t, ast.Name)}
    return set()


def code_cells(nb_path: Path) -> int:
    """How many code cells a notebook has (the unit of progress)."""
    nb = json.loads(Path(nb_path).read_text(encoding="utf-8"))
    return sum(1 for c in nb.get("cells", []) if c.get("cell_type") == "code")


def _heading(cell: dict) -> str:
    """The last heading of a markdown cell ('' when it has none)."""
    heads = [ln.lstrip("#").strip() for ln in "".join(cell.get("source", "")).splitlines() if ln.startswith("#")]
    return heads[-1] if heads else ""


class Progress:
    """Progress of a whole run over the code cells of every notebook: a bar at a terminal, lines otherwise."""

    def __init__(self, total_cells: int, n_notebooks: int, enabled: bool | None = None, stream=None):
        self.total, self.n_notebooks, self.done = total_cells, n_notebooks, 0
        self.stream = stream or sys.stderr
        self.bar = None
        self.start = time.perf_counter()
        self.name, self.index, self.step, self.cells, self.cell_no = "", 0, "", 0, 0
        if wanted(enabled):
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total_cells, unit="cell", file=self.stream, dynamic_ncols=True, leave=False,
                            bar_format="{desc} |{bar}| {n_fmt}/{total_fmt} cells [{elapsed}<{remaining}]")
        self._stop = threading.Event()
        self._cell_started = time.perf_counter()
        self._beat = threading.Thread(target=self._heartbeat, daemon=True)
        self._beat.start()

    def _heartbeat(self, every_bar: float = 1.0, every_line: float = 60.0) -> None:
        """Keep the bar's clock moving during a long cell; in a log, say every minute that the cell still runs."""
        last_line = time.perf_counter()
        while not self._stop.wait(every_bar):
            try:
                if self.bar is not None:
                    self.bar.refresh()
                elif time.perf_counter() - last_line >= every_line and self.name:
                    last_line = time.perf_counter()
                    print(f"  [{self.index}/{self.n_notebooks}] {self.name} · cell {self.cell_no}/{self.cells} still "
                          f"running ({_clock(time.perf_counter() - self._cell_started)} in this cell, "
                          f"{_clock(time.perf_counter() - self.start)} elapsed)", file=self.stream, flush=True)
            except (ValueError, OSError):   # the stream was closed under us (end of the run, a test's capture)
                return

    def notebook(self, name: str, index: int, cells: int) -> None:
        """A notebook starts (``cells``: its code cells, with papermill's injected parameters cell if any)."""
        self.name, self.index, self.cells, self.cell_no, self.step = name, index, cells, 0, "starting the kernel"
        self._show(force=True)

    def on_cell_start(self, cell, cell_index: int, **_) -> None:
        """nbclient hook: remember the step (the heading of the markdown cell above) and the code cell number."""
        if cell.get("cell_type") == "markdown":
            self.step = _heading(cell) or self.step
            return
        if cell.get("cell_type") == "code":
            self.cell_no += 1
            self._cell_started = time.perf_counter()
            self._show(force=False)

    def on_cell_executed(self, cell, cell_index: int, **_) -> None:
        """nbclient hook: one code cell more is done."""
        if cell.get("cell_type") == "code":
            self.done += 1
            if self.bar is not None:
                self.bar.update(1)

    def _show(self, force: bool) -> None:
        desc = f"[{self.index}/{self.n_notebooks}] {self.name} · cell {self.cell_no}/{self.cells}"
        if self.bar is not None:
            self.bar.set_description_str(f"{desc}{' · ' + self.step[:40] if self.step else ''}", refresh=True)
            return
        if force or self.step != getattr(self, "_last_step", None):
            self._last_step = self.step
            elapsed = time.perf_counter() - self.start
            left = elapsed / self.done * max(self.total - self.done, 0) if self.done else None
            eta = f", about {_clock(left)} left" if left is not None else ""
            print(f"  {desc}{' · ' + self.step if self.step else ''} ({_clock(elapsed)} elapsed{eta})",
                  file=self.stream, flush=True)

    def close(self) -> None:
        """End the bar and the heartbeat."""
        self._stop.set()
        if self.bar is not None:
            self.bar.close()


def _clock(seconds: float) -> str:
    """'1:05' for 65 seconds, '1:01:05' past an hour.

    >>> _clock(65), _clock(3665)
    ('1:05', '1:01:05')
    """
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def strip_volatile(nb_path: Path) -> None:
    """Drop papermill's per-run timestamps so that a rerun leaves the notebook file unchanged."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    meta = nb.get("metadata", {}).get("papermill", {})
    for key in (*TIMING_KEYS, "input_path", "output_path", "environment_variables", "version"):
        meta.pop(key, None)
    for cell in nb.get("cells", []):
        cell.get("metadata", {}).pop("papermill", None)
        cell.get("metadata", {}).pop("execution", None)
        if cell.get("cell_type") == "code":
            cell["outputs"] = _coalesce_streams(cell.get("outputs", []))
        else:
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    nb_path.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _coalesce_streams(outputs: list[dict]) -> list[dict]:
    """Join consecutive stdout (or stderr) chunks, whose split depends on timing, into one output."""
    merged: list[dict] = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (out.get("output_type") == "stream" and prev and prev.get("output_type") == "stream"
                and prev.get("name") == out.get("name")):
            text = "".join(prev["text"]) + "".join(out["text"])
            prev["text"] = text.splitlines(keepends=True)
        else:
            merged.append(out)
    return merged


def _step_of(nb_path: Path, exec_count: int | None) -> str:
    """The heading of the section that holds the code cell with ``exec_count`` (from the saved notebook)."""
    step = ""
    try:
        cells = json.loads(nb_path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return ""
    for cell in cells:
        if cell.get("cell_type") == "markdown" and "papermill-error-cell-tag" not in cell.get("metadata", {}).get(
                "tags", []):
            step = _heading(cell) or step
        elif cell.get("cell_type") == "code" and cell.get("execution_count") == exec_count:
            return step
    return ""


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def execute(nb_path: Path, parameters: dict | None = None, output: Path | None = None,
            progress: Progress | None = None, kernel_log: Path | None = None) -> float:
    """Execute one notebook with papermill (in place by default); return seconds taken.

    Raises ``Failure`` (notebook, cell number, step, error) when a cell fails or the kernel dies;
    the partly executed notebook is saved at ``output`` all the same.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    out = Path(output or nb_path)
    start = time.perf_counter()
    km = QuietKernelManager(kernel_name="python3")
    km.log_path = kernel_log or Path(tempfile.gettempdir()) / "militia-analysis" / f"{nb_path.stem}.kernel.log"
    hooks = {"on_cell_start": progress.on_cell_start, "on_cell_executed": progress.on_cell_executed} if progress else {}
    logging.getLogger("papermill").setLevel(logging.ERROR)  # its parameter-parsing notices are not the user's concern
    try:
        papermill.execute_notebook(str(nb_path), str(out), parameters=parameters or {}, cwd=str(paths.PROJECT_ROOT),
                                   kernel_name="python3", progress_bar=False, request_save_on_cell_execute=False,
                                   km=km, **hooks)
    except PapermillExecutionError as err:
        stop_kernel(km)
        strip_volatile(out)
        raise Failure(nb_path.name, err.exec_count, _step_of(out, err.exec_count),
                      f"{err.ename}: {_ANSI.sub('', str(err.evalue))}", time.perf_counter() - start) from None
    except Exception as err:  # the kernel died, timed out or could not start
        stop_kernel(km)
        if out.exists():
            strip_volatile(out)
        cell = progress.cell_no if progress else None
        raise Failure(nb_path.name, cell, progress.step if progress else "",
                      f"{type(err).__name__}: {err} (kernel log: {km.log_path})", time.perf_counter() - start) from None
    stop_kernel(km)
    strip_volatile(out)
    return time.perf_counter() - start


def stop_kernel(km: AsyncKernelManager) -> None:
    """Shut down a notebook's kernel: papermill leaves it running when it is handed the manager (``km=``).

    Without this every executed notebook's kernel, with its corpus in memory, lived until the whole run ended.

    >>> stop_kernel(QuietKernelManager(kernel_name="python3"))  # never started: nothing to do
    """
    from jupyter_core.utils import run_sync

    if km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)
