"""What a report says about the corpus it ran on: a title and a description, taken from the corpus itself.

In order: ``--title`` / ``--description`` given by the user; ``corpus.toml`` in the corpus folder
(``title = "..."``, ``description = "..."``); its ``README.md`` (first heading, first paragraph); else
the folder's name, with the article and outlet counts and the date range read from ``manifest.csv``.
Never the bundled corpus's title for someone else's corpus.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import paths

BUNDLED_TITLE = "How outlets covered militia attacks on US forces in Iraq and Syria"


@dataclass
class CorpusInfo:
    """A corpus's title and one-paragraph description, for banners and the index page."""

    title: str
    description: str


def manifest_summary(folder: Path) -> str:
    """'N articles from M outlets, published A to B' from a folder's manifest ('' when unreadable).

    >>> manifest_summary(paths.RAW).split(",")[0]
    '5 articles from 3 named outlets'
    """
    try:
        m = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeError):
        return ""
    outlets = m.get("outlet", pd.Series(dtype=str)).str.strip()
    named = outlets[(outlets != "") & ~outlets.str.lower().str.startswith("unknown")].nunique()
    dates = pd.to_datetime(m.get("published", pd.Series(dtype=str)), errors="coerce", format="%Y-%m-%d").dropna()
    text = f"{len(m)} article{'s' if len(m) != 1 else ''} from {named} named outlet{'s' if named != 1 else ''}"
    if len(dates):
        text += f", published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
    return text


def _from_toml(path: Path) -> tuple[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeError):
        return "", ""
    return str(data.get("title", "")).strip(), " ".join(str(data.get("description", "")).split())


def _from_readme(path: Path) -> tuple[str, str]:
    """First heading and first paragraph of a README.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "README.md"
    >>> _ = p.write_text("# Senate race\\n\\nArticles about the\\nrace.\\n\\nMore.\\n")
    >>> _from_readme(p)
    ('Senate race', 'Articles about the race.')
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return "", ""
    title = next((ln.lstrip("#").strip() for ln in text.splitlines() if ln.startswith("#")), "")
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not p.lstrip().startswith("#")]
    return title, " ".join(paras[0].split()) if paras else ""


def describe_corpus(folder: str | Path, title: str | None = None, description: str | None = None) -> CorpusInfo:
    """Title and description of the corpus in ``folder`` (see the module's docstring for the order).

    >>> describe_corpus(paths.RAW).title == BUNDLED_TITLE
    True
    >>> import tempfile; d = Path(tempfile.mkdtemp()) / "senate-2024"; d.mkdir()
    >>> describe_corpus(d).title
    'senate-2024'
    """
    path = paths.resolve(folder)
    t, d = _from_toml(path / "corpus.toml")
    if not t:
        t2, d2 = _from_readme(path / "README.md")
        t, d = t or t2, d or d2
    bundled = path.resolve() == paths.RAW.resolve()
    if not t:
        t = BUNDLED_TITLE if bundled else path.name
    counts = manifest_summary(path)
    if not d:
        d = f"{'The bundled corpus: ' if bundled else ''}{counts}" if counts else ""
    return CorpusInfo(title=title or t, description=description if description is not None else d)
