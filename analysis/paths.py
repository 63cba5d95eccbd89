"""Project folders, all built from one project root; nothing else lives here."""

from __future__ import annotations

import os
from pathlib import Path

#: The checkout's root (override with the MILITIA_PROJECT_ROOT environment variable).
PROJECT_ROOT: Path = Path(os.environ.get("MILITIA_PROJECT_ROOT", Path(__file__).resolve().parents[1]))
DATA: Path = PROJECT_ROOT / "data"
RAW: Path = DATA / "raw"
PROCESSED: Path = DATA / "processed"
REFERENCE: Path = DATA / "reference"
ANNOTATIONS: Path = DATA / "annotations"
REPORTS: Path = PROJECT_ROOT / "reports"
FIGURES: Path = REPORTS / "figures"
NOTEBOOKS: Path = PROJECT_ROOT / "notebooks"


def resolve(path: str | os.PathLike[str]) -> Path:
    """Resolve a path given relative to the project root; absolute paths pass through.

    >>> resolve("data/raw") == RAW
    True
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else (PROJECT_ROOT / p)


def display(path: str | os.PathLike[str]) -> str:
    """Show a path relative to the project root (never a machine path) for notebook output.

    >>> display(RAW / "manifest.csv")
    'data/raw/manifest.csv'
    """
    p = Path(path).resolve()
    try:
        return p.relative_to(PROJECT_ROOT.resolve()).as_posix()
    except ValueError:
        return p.name
