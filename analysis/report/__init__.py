"""Run the notebook collection and render it as a report: pages with folded code, live tables and maps, an index.

``python -m analysis.report`` (``make report``) executes every notebook in place on the bundled corpus;
``--corpus FOLDER --out DIR`` (``make report-corpus``) runs them on another corpus, leaving the committed
notebooks untouched; ``--render-only`` re-renders without executing. The corpus folder is checked
(``analysis.text.corpus.preflight``) before any kernel starts. Parts: ``runner`` (execution, progress,
failures), ``render`` (report pages), ``index`` (the index page), ``corpusinfo`` (the corpus's title).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from .corpusinfo import CorpusInfo, describe_corpus
from .index import Page, page_entry, title_and_summary, write_index
from .render import PageContext, render_html
from .runner import Failure, Progress, code_cells, declared_parameters, execute, strip_volatile

__all__ = ["notebooks", "execute", "strip_volatile", "render_html", "write_index", "run_notebooks", "run_on_corpus",
           "title_and_summary", "RunResult", "UsageError", "main", "Failure"]


class UsageError(ValueError):
    """A bad option (unknown notebook, workers and scheduler together, ...): shown as one line, no traceback."""


def notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """The notebooks to run, in pipeline order (``NN_name.ipynb``).

    >>> [p.name for p in notebooks()][0].startswith("01_")
    True
    """
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


@dataclass
class RunResult:
    """What a run produced: the index page, and the notebooks that did not run to the end."""

    index: Path
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0


def _select(names: list[str] | None) -> list[Path]:
    """The notebooks named (file names, with or without .ipynb), or all; unknown names are a UsageError."""
    every = notebooks()
    if not names:
        return every
    by_name = {p.name: p for p in every} | {p.stem: p for p in every}
    unknown = [n for n in names if Path(n).name not in by_name]
    if unknown:
        raise UsageError(f"no notebook named {', '.join(unknown)}; the notebooks are: "
                         f"{', '.join(p.name for p in every)}")
    chosen = {by_name[Path(n).name] for n in names}
    return [p for p in every if p in chosen]


def check_scale_options(workers: int | None, scheduler: str | None) -> dict:
    """The Dask options as notebook parameters; a UsageError when they make no sense.

    >>> check_scale_options(4, None), check_scale_options(None, "tcp://10.0.0.5:8786")
    ({'workers': 4}, {'scheduler': 'tcp://10.0.0.5:8786'})
    """
    if workers is not None and scheduler:
        raise UsageError("give either --workers (a local Dask cluster) or --scheduler (an existing one), not both")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise UsageError(f"--workers must be a whole number of at least 1, not {workers!r}")
    if scheduler is not None and not str(scheduler).strip():
        raise UsageError("--scheduler needs an address such as tcp://host:8786")
    return ({"workers": workers} if workers is not None else {}) | ({"scheduler": scheduler} if scheduler else {})


def _parameters_for(nb: Path, wanted: dict, skipped: dict[str, list[str]]) -> dict:
    """The parameters a notebook declares, from those wanted; note the ones it does not take."""
    declared = declared_parameters(nb)
    for key in wanted:
        if key not in declared:
            skipped.setdefault(key, []).append(nb.name)
    return {k: v for k, v in wanted.items() if k in declared}


def run_notebooks(names: list[str] | None = None, out_dir: Path = paths.REPORTS, nb_dir: Path | None = None,
                  parameters: dict | None = None, render_only: bool = False, corpus: CorpusInfo | None = None,
                  show=paths.display, progress: bool | None = None, log_dir: Path | None = None) -> RunResult:
    """Execute (unless ``render_only``) and render the notebooks in order; return the index and the failures.

    With ``nb_dir`` the executed copies go there and the committed notebooks are left untouched;
    otherwise the notebooks are executed in place and unselected ones keep their existing pages.
    A notebook that fails is saved and rendered as far as it ran; the run goes on with the next one.
    """
    every, chosen = notebooks(), _select(names)
    corpus = corpus or describe_corpus(paths.RAW)
    titles = {nb: title_and_summary(nb)[0] for nb in every}
    skipped: dict[str, list[str]] = {}
    todo = [(nb, _parameters_for(nb, parameters or {}, skipped)) for nb in chosen]
    for key, where in skipped.items():
        print(f"note: {', '.join(where)} take{'s' if len(where) == 1 else ''} no '{key}' parameter; "
              f"{'it runs' if len(where) == 1 else 'they run'} without it", flush=True)
    params_of = dict(todo)
    n_cells = {nb: code_cells(nb) + (1 if params_of[nb] else 0) for nb in chosen}  # papermill adds a cell for them
    bar = None if render_only else Progress(sum(n_cells.values()), len(chosen), enabled=progress)
    pages, failures, total = [], [], 0.0
    try:
        for nb in every:
            target = nb_dir / nb.name if nb_dir else nb
            if nb not in chosen:
                if nb_dir is None:
                    pages.append(page_entry(nb, f"{nb.stem}.html"))
                continue
            seconds, failure = 0.0, None
            if not render_only:
                params = params_of[nb]
                bar.notebook(nb.stem, chosen.index(nb) + 1, n_cells[nb])
                try:
                    seconds = execute(nb, parameters=params, output=target, progress=bar,
                                      kernel_log=(log_dir / f"{nb.stem}.kernel.log") if log_dir else None)
                except Failure as err:
                    failure, seconds = err, err.seconds
                    failures.append(err)
            total += seconds
            page = _render(nb, target, out_dir, every, titles, corpus, failure)
            pages.append(page_entry(target, page.name, seconds, str(failure) if failure else ""))
            status = "FAILED" if failure else "done"
            print(f"{nb.name:<40} {status:>6} {seconds:7.1f} s  -> {show(page)}", flush=True)
            if failure:
                print(f"  {failure}", flush=True)
    finally:
        if bar is not None:
            bar.close()
    index = write_index(pages, out_dir, corpus)
    print(f"{'all notebooks':<40} {'':>6} {total:7.1f} s  -> {show(index)}", flush=True)
    return RunResult(index=index, failures=failures, seconds=total)


def _render(nb: Path, target: Path, out_dir: Path, every: list[Path], titles: dict, corpus: CorpusInfo,
            failure: Failure | None) -> Path:
    """Render one executed notebook with its banner (corpus, neighbours, failure)."""
    i = every.index(nb)
    prev = (f"{every[i - 1].stem}.html", titles[every[i - 1]]) if i > 0 else None
    nxt = (f"{every[i + 1].stem}.html", titles[every[i + 1]]) if i + 1 < len(every) else None
    ctx = PageContext(corpus_title=corpus.title, corpus_description=corpus.description, previous=prev, next=nxt,
                      failure=str(failure) if failure else "")
    return render_html(target, out_dir, ctx)


def run_on_corpus(corpus: Path, out: Path, names: list[str] | None = None, workers: int | None = None,
                  scheduler: str | None = None, title: str | None = None, description: str | None = None,
                  progress: bool | None = None) -> RunResult:
    """Run the notebooks on another corpus folder; notebooks, CSVs, figures, logs and HTML go under ``out``.

    The folder is checked first (a ``CorpusError`` with one clear message, before any kernel starts);
    the committed notebooks are left untouched.
    """
    from ..text.corpus import preflight

    folder = preflight(corpus)
    scale = check_scale_options(workers, scheduler)
    _select(names)
    out = Path(out).expanduser().resolve()
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    info = describe_corpus(folder, title, description)
    params = {"corpus_dir": paths.portable(folder), "output_dir": paths.portable(out / "processed"),
              "figures_dir": paths.portable(out / "figures"), **scale}   # no home folder in the user's report
    optional = {"corpus_title": info.title, "corpus_description": info.description}
    params |= {k: v for k, v in optional.items() if any(k in declared_parameters(nb) for nb in notebooks())}
    print(f"corpus: {info.title} ({folder}) -> {out}", flush=True)
    return run_notebooks(names, out_dir=out, nb_dir=out / "notebooks", parameters=params, corpus=info, show=str,
                         progress=progress, log_dir=out / "logs")


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.report [--corpus DIR --out DIR] [--workers N | --scheduler ADDR] [names]``."""
    from ..cli import main as cli_main

    return cli_main(["run", *(sys.argv[1:] if argv is None else argv)], prog="python -m analysis.report")

