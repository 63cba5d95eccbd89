"""The report runner and renderer: parameters, progress, failures named and rendered, pages, index, corpus title."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import paths
from analysis.display.tables import MIME as TABLE_MIME
from analysis.display.tables import table_bundle
from analysis.report import Failure, UsageError, check_scale_options, execute, notebooks, render_html
from analysis.report.corpusinfo import BUNDLED_TITLE, describe_corpus
from analysis.report.index import key_figure, page_entry, title_and_summary, write_index
from analysis.report.render import PageContext
from analysis.report.runner import Progress, declared_parameters


def _notebook(path: Path, cells: list[tuple[str, str]], tags: dict[int, list[str]] | None = None) -> Path:
    nb = nbformat.v4.new_notebook()
    for i, (kind, source) in enumerate(cells):
        cell = nbformat.v4.new_markdown_cell(source) if kind == "md" else nbformat.v4.new_code_cell(source)
        cell.metadata["tags"] = (tags or {}).get(i, [])
        nb.cells.append(cell)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_summary_is_the_whole_first_paragraph_never_cut():
    for nb in notebooks():
        title, summary = title_and_summary(nb)
        first = "".join(json.loads(nb.read_text())["cells"][0]["source"]).split("\n\n")[1]
        assert summary == " ".join(first.split()), nb.name
        assert summary.rstrip().endswith((".", ":", ")")), f"{nb.name}: {summary[-40:]}"


def test_corpus_title_comes_from_the_corpus_not_the_bundle(tmp_path):
    folder = tmp_path / "senate-race"
    folder.mkdir()
    (folder / "manifest.csv").write_text("doc_id,file,outlet,published\na,a.txt,Post,2024-01-02\n"
                                         "b,b.txt,Times,2024-03-04\n", encoding="utf-8")
    info = describe_corpus(folder)
    assert info.title == "senate-race" and BUNDLED_TITLE not in info.title
    assert info.description == "2 articles from 2 named outlets, published 2024-01-02 to 2024-03-04"
    (folder / "corpus.toml").write_text('title = "Senate race 2024"\ndescription = "Local press."\n')
    assert (describe_corpus(folder).title, describe_corpus(folder).description) == ("Senate race 2024", "Local press.")
    assert describe_corpus(folder, title="Mine").title == "Mine"
    assert describe_corpus(paths.RAW).title == BUNDLED_TITLE


def test_scale_options_are_checked():
    assert check_scale_options(None, None) == {}
    with pytest.raises(UsageError, match="not both"):
        check_scale_options(2, "tcp://h:8786")
    with pytest.raises(UsageError, match="at least 1"):
        check_scale_options(0, None)


def test_failure_names_notebook_cell_step_and_error_and_keeps_the_partial_notebook(tmp_path):
    nb = _notebook(tmp_path / "99_demo.ipynb", [
        ("md", "# Demo\n\nA demo."), ("code", "corpus_dir = 'x'"), ("md", "## 1. Loading"),
        ("code", "print('loaded')"), ("md", "## 2. Checking the dates"),
        ("code", "raise ValueError('manifest.csv row 3: date 2021-13-01 is not a date')"), ("code", "print('never')"),
    ], tags={1: ["parameters"]})
    assert declared_parameters(nb) == {"corpus_dir"}
    out = tmp_path / "out.ipynb"
    with pytest.raises(Failure) as info:
        execute(nb, output=out, kernel_log=tmp_path / "kernel.log")
    err = info.value
    assert (err.notebook, err.cell, err.step) == ("99_demo.ipynb", 3, "2. Checking the dates")
    assert "ValueError: manifest.csv row 3" in err.error and "cell 3" in str(err)
    saved = json.loads(out.read_text())
    assert any("loaded" in "".join(o.get("text", "")) for c in saved["cells"] for o in c.get("outputs", []))
    page = render_html(out, tmp_path, PageContext(corpus_title="t", failure=str(err)))
    assert "did not run to the end" in page.read_text() and "manifest.csv row 3" in page.read_text()


def test_progress_lines_name_notebook_cell_and_step(tmp_path, capsys):
    nb = _notebook(tmp_path / "98_demo.ipynb", [("md", "# Demo\n\nA demo."), ("md", "## 1. First step"),
                                                ("code", "x = 1"), ("md", "## 2. Second step"), ("code", "y = 2")])
    bar = Progress(2, 1, enabled=False)
    bar.notebook("98_demo", 1, 2)
    execute(nb, output=tmp_path / "o.ipynb", progress=bar, kernel_log=tmp_path / "k.log")
    err = capsys.readouterr().err
    assert "[1/1] 98_demo · cell 1/2 · 1. First step" in err
    assert "[1/1] 98_demo · cell 2/2 · 2. Second step" in err and "left" in err
    assert "without encryption" not in err and "KeyboardInterrupt" not in err


def test_rendered_page_folds_code_and_loads_nothing_from_the_network(tmp_path):
    page = render_html(notebooks()[0], tmp_path, PageContext(corpus_title="The corpus"))
    text = page.read_text(encoding="utf-8")
    assert "require.min.js" not in text and "mathjax" not in text.lower().replace("mathjax_url", "")
    assert "<script src=" not in text and "<link href=\"http" not in text
    assert text.count('<details class="report-code">') == sum(
        c["cell_type"] == "code" for c in json.loads(notebooks()[0].read_text())["cells"])
    assert "The corpus" in text and 'class="jp-InputPrompt' not in text and 'In&nbsp;[' not in text


def test_long_table_becomes_interactive_at_render_time_and_rerenders_identically(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show_table(df)")
    bundle = table_bundle(pd.DataFrame({"outlet": ["A", "B"] * 30, "n": range(60)}), caption="Demo", source="d.csv")
    cell.outputs = [nbformat.v4.new_output("display_data", data=bundle)]
    nb.cells = [nbformat.v4.new_markdown_cell("# Demo\n\nSummary."), cell]
    path = tmp_path / "97_demo.ipynb"
    nbformat.write(nb, path)
    assert "<script" not in path.read_text(), "the notebook stores data, not JavaScript"
    first = render_html(path, tmp_path).read_text()
    assert "dt_bundle" not in first or "_itables" in first
    assert first.count('class="analysis-interactive analysis-table-wrap"') == 1 and "Demo (60 rows; every row is in d.csv)" in first
    assert render_html(path, tmp_path).read_text() == first
    assert TABLE_MIME in json.loads(path.read_text())["cells"][1]["outputs"][0]["data"]


def test_index_has_full_summaries_figures_and_the_corpus(tmp_path):
    pages = [page_entry(nb, f"{nb.stem}.html") for nb in notebooks()]
    info = describe_corpus(paths.RAW, title="Another corpus", description="Articles about something else.")
    text = write_index(pages, tmp_path, info).read_text()
    assert "Another corpus" in text and "Articles about something else." in text and BUNDLED_TITLE not in text
    for nb, page in zip(notebooks(), pages):
        assert page.href in text
        assert " ".join(title_and_summary(nb)[1].split()[-4:]).replace("`", "")[:20] in text.replace("<code>", "").replace("</code>", "")
    assert sum(bool(key_figure(nb)) for nb in notebooks()) == len(notebooks()), "every notebook has a figure"


def test_in_place_runs_refuse_corpus_only_options(tmp_path):
    from analysis.cli import main

    assert main(["run", "--workers", "2"]) == 2
    assert main(["run", "no_such_notebook.ipynb", "--render-only"]) == 2


def test_render_only_leaves_committed_notebooks_untouched(tmp_path):
    from analysis.report import run_notebooks

    before = {nb: nb.read_bytes() for nb in notebooks()}
    result = run_notebooks(render_only=True, out_dir=tmp_path, progress=False)
    assert result.failures == [] and result.index.exists()
    assert {nb: nb.read_bytes() for nb in notebooks()} == before
    assert sorted(p.name for p in tmp_path.glob("*.html")) == sorted([f"{nb.stem}.html" for nb in notebooks()]
                                                                      + ["index.html"])


def test_a_long_cell_is_still_reported_in_a_log():
    import io
    import threading
    import time

    buf = io.StringIO()
    bar = Progress(1, 1, enabled=False, stream=buf)
    bar.notebook("96_slow", 1, 1)
    bar.close()  # stop the default heartbeat; run one with short intervals instead
    bar._stop.clear()
    beat = threading.Thread(target=bar._heartbeat, args=(0.05, 0.1))
    beat.start()
    time.sleep(0.4)
    bar._stop.set()
    beat.join()
    assert "[1/1] 96_slow · cell 0/1 still running" in buf.getvalue()


def test_each_notebook_kernel_is_shut_down_when_it_ends(tmp_path, monkeypatch):
    from analysis.report import runner

    started = []

    class Recorded(runner.QuietKernelManager):
        def __init__(self, **kw):
            super().__init__(**kw)
            started.append(self)

    monkeypatch.setattr(runner, "QuietKernelManager", Recorded)
    execute(_notebook(tmp_path / "97_ok.ipynb", [("code", "x = 1")]), output=tmp_path / "o.ipynb",
            kernel_log=tmp_path / "k.log")
    with pytest.raises(Failure):
        execute(_notebook(tmp_path / "96_bad.ipynb", [("code", "raise ValueError('no')")]),
                output=tmp_path / "p.ipynb", kernel_log=tmp_path / "k.log")
    assert len(started) == 2 and not any(km.has_kernel for km in started), "a finished notebook's kernel still runs"


def test_an_empty_table_says_it_has_no_rows():
    bundle = table_bundle(pd.DataFrame(columns=["pair_id", "speaker"]), caption="Quotations reported by two outlets")
    assert "Empty DataFrame" not in bundle["text/plain"] and "No rows (columns: pair_id, speaker)" in bundle["text/plain"]
    assert "No rows." in bundle["text/html"] and "<th>speaker</th>" in bundle["text/html"]
