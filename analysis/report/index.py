"""The index page: for each notebook its title, its full summary, a key figure and how the run went.

The summary is the whole first paragraph after the notebook's title (never cut mid-sentence); the key
figure is the output of the cell tagged ``key-figure``, else the notebook's first figure, embedded
so that the index works on its own. The page names the corpus the collection ran on.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .corpusinfo import CorpusInfo

INDEX_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.5; color: #222;
       padding: 0 1em; }
ol.notebooks { list-style: none; padding: 0; counter-reset: nb; }
ol.notebooks > li { display: flex; gap: 1.2em; margin: 1.4em 0; padding-bottom: 1.2em; border-bottom: 1px solid #eee; }
ol.notebooks .thumb { flex: 0 0 220px; }
ol.notebooks .thumb img { width: 220px; max-height: 170px; object-fit: contain; border: 1px solid #ddd; background: #fff; }
ol.notebooks h2 { margin: 0 0 0.3em; font-size: 1.2em; }
.corpus { background: #f6f6f6; padding: 0.6em 1em; border-left: 4px solid #1a5fb4; }
.failed { color: #c01c28; }
"""


@dataclass
class Page:
    """One notebook's entry in the index."""

    href: str
    title: str
    summary_html: str
    figure: str = ""  # data URI of the key figure, or ''
    seconds: float | None = None
    failure: str = ""


def title_and_summary(nb_path: Path) -> tuple[str, str]:
    """The H1 title and the whole first paragraph after it (markdown), from the first markdown cell.

    >>> t, s = title_and_summary(paths.NOTEBOOKS / "01_corpus_and_cleaning.ipynb"); t[:2], s.endswith(".")
    ('01', True)
    """
    nb = json.loads(Path(nb_path).read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown" and "papermill-error-cell-tag" not in cell.get("metadata", {}).get(
                "tags", []):
            text = "".join(cell["source"]).strip()
            lines = text.splitlines()
            title = lines[0].lstrip("# ").strip() if lines else nb_path.stem
            paras = [p for p in re.split(r"\n\s*\n", "\n".join(lines[1:])) if p.strip()]
            return title, " ".join(paras[0].split()) if paras else ""
    return Path(nb_path).stem, ""


def key_figure(nb_path: Path) -> str:
    """A data URI of the notebook's key figure (cell tagged ``key-figure``, else its first figure), or ''."""
    nb = json.loads(Path(nb_path).read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
    tagged = [c for c in cells if "key-figure" in c.get("metadata", {}).get("tags", [])]
    for cell in tagged + cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/svg+xml" in data:
                svg = "".join(data["image/svg+xml"]).encode("utf-8")
                return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
            if "image/png" in data:
                return "data:image/png;base64," + "".join(data["image/png"]).replace("\n", "")
    return ""


def markdown_html(text: str) -> str:
    """Inline markdown (code, bold, italics, links) of a summary as HTML.

    >>> markdown_html("Uses `pysbd` and **rules**.")
    '<p>Uses <code>pysbd</code> and <strong>rules</strong>.</p>'
    """
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text).strip()


def page_entry(nb_path: Path, href: str, seconds: float | None = None, failure: str = "") -> Page:
    """The index entry of an executed notebook."""
    title, summary = title_and_summary(nb_path)
    return Page(href=href, title=title, summary_html=markdown_html(summary), figure=key_figure(nb_path),
                seconds=seconds, failure=failure)


def write_index(pages: list[Page], out_dir: Path, corpus: CorpusInfo) -> Path:
    """Write ``<out_dir>/index.html`` linking the rendered notebooks in order; return its path."""
    items = []
    for p in pages:
        thumb = (f"<div class='thumb'><a href='{html.escape(p.href)}'><img alt='key figure of {html.escape(p.title)}' "
                 f"src='{p.figure}'></a></div>") if p.figure else "<div class='thumb'></div>"
        failed = f"<p class='failed'><b>Did not run to the end:</b> {html.escape(p.failure)}</p>" if p.failure else ""
        items.append(f"<li>{thumb}<div><h2><a href='{html.escape(p.href)}'>{html.escape(p.title)}</a></h2>"
                     f"{p.summary_html}{failed}</div></li>")
    page = ("<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{html.escape(corpus.title)}: notebooks</title><style>{INDEX_CSS}</style></head><body>"
            f"<h1>{html.escape(corpus.title)}</h1>"
            f"<p class='corpus'>{html.escape(corpus.description) or 'No description of this corpus.'}</p>"
            "<p>The notebooks, executed on this corpus and rendered in pipeline order; each page shows "
            "the narrative and results, with its code folded. Start with the first.</p>"
            f"<ol class='notebooks'>{''.join(items)}</ol></body></html>\n")
    out = out_dir / "index.html"
    out.write_text(page, encoding="utf-8")
    return out
