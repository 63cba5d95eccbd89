"""Execute every notebook in order, in place, and render each to HTML under ``reports/``.

Run with ``python -m analysis.report`` (what ``make report`` does). Prints how long each took.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from pathlib import Path

from . import paths

TIMING_KEYS = ("start_time", "end_time", "duration", "exception", "status")


def notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """The notebooks to run, in pipeline order (``NN_name.ipynb``).

    >>> [p.name for p in notebooks()][0].startswith("01_")
    True
    """
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


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


def title_and_purpose(nb_path: Path) -> tuple[str, str]:
    """The H1 title and the first paragraph after it, from a notebook's first markdown cell."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            lines = "".join(cell["source"]).strip().splitlines()
            title = lines[0].lstrip("# ").strip() if lines else nb_path.stem
            purpose = next((ln.strip() for ln in lines[1:] if ln.strip()), "")
            return title, purpose
    return nb_path.stem, ""


def execute(nb_path: Path, parameters: dict | None = None, output: Path | None = None) -> float:
    """Execute one notebook with papermill (in place by default); return seconds taken."""
    import papermill

    start = time.perf_counter()
    papermill.execute_notebook(str(nb_path), str(output or nb_path), parameters=parameters or {},
                               cwd=str(paths.PROJECT_ROOT), kernel_name="python3", progress_bar=False,
                               request_save_on_cell_execute=False)
    strip_volatile(output or nb_path)
    return time.perf_counter() - start


def render_html(nb_path: Path, out_dir: Path = paths.REPORTS) -> Path:
    """Render an executed notebook to ``reports/<name>.html``."""
    import nbformat
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(nb_path, as_version=4))
    out = out_dir / f"{nb_path.stem}.html"
    out.write_text(body, encoding="utf-8")
    return out


def write_index(pages: list[tuple[Path, str, str]], out_dir: Path = paths.REPORTS) -> Path:
    """Write ``reports/index.html`` linking the rendered notebooks in order."""
    items = "\n".join(f'<li><a href="{html.escape(p.name)}">{html.escape(t)}</a><br><small>{html.escape(d)}</small></li>'
                      for p, t, d in pages)
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>Militia attacks coverage: notebooks</title>"
            "<style>body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.5}li{margin:1em 0}</style>"
            "</head><body><h1>How outlets covered militia attacks on US forces in Iraq and Syria</h1>"
            f"<p>The notebooks, executed and rendered in pipeline order. Start with the first.</p><ol>{items}</ol>"
            "</body></html>\n")
    out = out_dir / "index.html"
    out.write_text(page, encoding="utf-8")
    return out


def run_notebooks(names: list[str] | None = None, out_dir: Path = paths.REPORTS, nb_dir: Path | None = None,
                  parameters: dict | None = None, render_only: bool = False, show=paths.display) -> Path:
    """Execute (unless ``render_only``) and render the notebooks in order; print timings; return the index.

    With ``nb_dir`` the executed copies go there and the committed notebooks are left untouched;
    otherwise the notebooks are executed in place and unselected ones keep their existing pages.
    """
    pages, total = [], 0.0
    for nb in notebooks():
        target = nb_dir / nb.name if nb_dir else nb
        if names and nb.name not in names:
            if nb_dir is None:
                pages.append((out_dir / f"{nb.stem}.html", *title_and_purpose(nb)))
            continue
        seconds = 0.0 if render_only else execute(nb, parameters=parameters, output=target)
        total += seconds
        page = render_html(target, out_dir)
        pages.append((page, *title_and_purpose(target)))
        print(f"{nb.name:<40} {seconds:7.1f} s  -> {show(page)}", flush=True)
    index = write_index(pages, out_dir)
    print(f"{'all notebooks':<40} {total:7.1f} s  -> {show(index)}")
    return index


def run_on_corpus(corpus: Path, out: Path, names: list[str] | None = None) -> Path:
    """Run every notebook on another corpus folder; notebooks, CSVs, figures and HTML go under ``out``.

    The committed notebooks are left untouched. Returns the index page of the new report.
    """
    out = out.resolve()
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    params = {"corpus_dir": str(corpus.resolve()), "output_dir": str(out / "processed"),
              "figures_dir": str(out / "figures")}
    return run_notebooks(names, out_dir=out, nb_dir=out / "notebooks", parameters=params, show=str)


def main(argv: list[str] | None = None) -> int:
    """Run (or only render, with --render-only) every notebook; print timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render-only", action="store_true", help="render the committed notebooks, do not execute")
    parser.add_argument("--corpus", type=Path, help="run on this corpus folder (articles + manifest.csv) instead")
    parser.add_argument("--out", type=Path, default=Path("my-report"), help="with --corpus: where results go")
    parser.add_argument("names", nargs="*", help="only these notebooks (file names)")
    args = parser.parse_args(argv)
    if args.corpus:
        run_on_corpus(args.corpus, args.out, args.names)
    else:
        run_notebooks(args.names, render_only=args.render_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
