"""Render an executed notebook as a report page: narrative and results first, code folded, widgets live.

The page uses a small nbconvert template (``templates/report``, based on JupyterLab's): every code
input sits in a closed ``<details>`` (shown on demand, or all at once with the "show code" button),
prompts are hidden, no script is loaded from the network (no require.js, MathJax or Mermaid), and
the display data written by ``analysis.display`` becomes interactive tables, maps and timelines
with their libraries inlined once per page. A banner names the corpus the notebook ran on.
"""

from __future__ import annotations

import copy
import html
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..display.html import interactive_outputs, page_assets

TEMPLATES = Path(__file__).resolve().parent / "templates"

PAGE_CSS = """
main { max-width: 1180px; margin: 0 auto; }
.report-banner { font-family: var(--jp-ui-font-family, sans-serif); border-bottom: 1px solid #ddd;
  padding: 0.6em 1em; margin: 0 0 1em; background: #fafafa; display: flex; gap: 1.5em; align-items: baseline;
  flex-wrap: wrap; }
.report-banner .corpus { flex: 1 1 30em; color: #333; }
.report-banner a { color: #1a5fb4; }
.report-banner button { font: inherit; cursor: pointer; }
.report-failed { border: 2px solid #c01c28; background: #fff0f0; padding: 0.6em 1em; margin: 1em; }
details.report-code > summary { cursor: pointer; color: #777; font-size: 85%; font-family: var(--jp-ui-font-family);
  padding: 2px 0 2px calc(var(--jp-cell-prompt-width, 64px) - 56px); list-style-position: inside; }
details.report-code > summary:hover { color: #1a5fb4; }
details.report-code:not([open]) + * { margin-top: 0; }
.analysis-map { height: 560px; width: 100%; border: 1px solid #ccc; }
.analysis-popup { max-width: 420px; }
.analysis-popup h4 { margin: 0.5em 0 0.2em; font-size: 100%; }
.analysis-popup p { margin: 0.1em 0; }
.analysis-popup blockquote { margin: 0.3em 0; padding-left: 0.6em; border-left: 3px solid #ddd; color: #444; }
.analysis-timeline { width: 100%; border: 1px solid #ddd; }
.analysis-table-wrap td { white-space: normal; max-width: 38em; vertical-align: top; }
.analysis-table-wrap caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
.analysis-print-only { display: none; }
@media print {
  .analysis-interactive, .report-banner button { display: none !important; }
  .analysis-print-only { display: block !important; }
  details.report-code { display: none; }
}
"""

TOGGLE_JS = """<script>
function analysisToggleCode(btn) {
  var all = document.querySelectorAll("details.report-code");
  var open = btn.dataset.open !== "1";
  all.forEach(function (d) { d.open = open; });
  btn.dataset.open = open ? "1" : "0";
  btn.textContent = open ? "Hide all code" : "Show all code";
}
</script>"""


@dataclass
class PageContext:
    """What the banner of a page says: the corpus, links to the index and the neighbouring pages, any failure."""

    corpus_title: str = ""
    corpus_description: str = ""
    index_href: str = "index.html"
    previous: tuple[str, str] | None = None  # (href, title)
    next: tuple[str, str] | None = None
    failure: str = ""
    extra: dict = field(default_factory=dict)


def banner_html(ctx: PageContext) -> str:
    """The banner at the top of a page.

    >>> "US politics" in banner_html(PageContext(corpus_title="US politics"))
    True
    """
    corpus = (f"<span class='corpus'>Corpus: <b>{html.escape(ctx.corpus_title)}</b>"
              f"{' · ' + html.escape(ctx.corpus_description) if ctx.corpus_description else ''}</span>")
    links = [f"<a href='{html.escape(ctx.index_href)}'>All notebooks</a>"]
    if ctx.previous:
        links.insert(0, f"<a href='{html.escape(ctx.previous[0])}'>← {html.escape(ctx.previous[1])}</a>")
    if ctx.next:
        links.append(f"<a href='{html.escape(ctx.next[0])}'>{html.escape(ctx.next[1])} →</a>")
    failed = (f"<div class='report-failed'><b>This notebook did not run to the end.</b> "
              f"{html.escape(ctx.failure)}</div>") if ctx.failure else ""
    return (f"<div class='report-banner'>{corpus}<span>{' · '.join(links)}</span>"
            f"<button type='button' onclick='analysisToggleCode(this)'>Show all code</button></div>{failed}")


def render_html(nb_path: Path, out_dir: Path = paths.REPORTS, ctx: PageContext | None = None) -> Path:
    """Render an executed notebook to ``<out_dir>/<name>.html`` as a report page; return its path."""
    import nbformat
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    nb = copy.deepcopy(nbformat.read(nb_path, as_version=4))
    kinds = interactive_outputs(nb)
    exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.log.setLevel("ERROR")  # e.g. "alternative text is missing" for matplotlib's SVG figures
    resources = {"report": {"css": PAGE_CSS, "assets": page_assets(kinds) + TOGGLE_JS,
                            "banner": banner_html(ctx or PageContext())}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    out = out_dir / f"{nb_path.stem}.html"
    out.write_text(body, encoding="utf-8")
    return out
