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


def portable(path: str | os.PathLike[str]) -> str:
    """A path as a notebook parameter without the machine's layout: project-relative, else ``~/...``, else absolute.

    ``resolve`` reads all three forms back, so a user's report shows ``~/corpora/iraq`` rather than their home folder.

    >>> portable(RAW), portable(Path.home() / "corpora" / "iraq"), resolve(portable(Path.home() / "x")) == Path.home() / "x"
    ('data/raw', '~/corpora/iraq', True)
    """
    p = Path(path).expanduser().resolve()   # a relative path is read from the working folder, as on the command line
    try:
        home = [(Path.home().resolve(), "~/")]
    except RuntimeError:    # no HOME and no passwd entry: no ~/ form
        home = []
    for base, shown in [(PROJECT_ROOT.resolve(), ""), *home]:
        try:
            rel = p.relative_to(base).as_posix()
        except ValueError:
            continue
        return f"{shown}{rel}" if rel != "." else (shown.rstrip("/") or ".")
    return p.as_posix()


def display(path: str | os.PathLike[str]) -> str:
    """Show a path relative to the project root (never a machine path) for notebook output.

    A path outside the project shows only its last part: notebook outputs never hold machine paths.
    Error messages naming a folder the user gave use :func:`as_given` instead.

    >>> display(RAW / "manifest.csv")
    'data/raw/manifest.csv'
    """
    p = Path(path).resolve()
    try:
        return p.relative_to(PROJECT_ROOT.resolve()).as_posix()
    except ValueError:
        return p.name


def as_given(path: str | os.PathLike[str]) -> str:
    """Show a path the user gave, for an error message: as typed, or relative to the project root when inside it.

    A relative path (read from the project root, see :func:`resolve`) or one starting with ``~`` stays as
    typed; an absolute path inside the project becomes project-relative; an absolute path elsewhere is
    shown as given (the user typed it). Not for notebook outputs: use :func:`display` there.

    >>> as_given("../elsewhere/corpus"), as_given(RAW), as_given("/srv/corpora/news")
    ('../elsewhere/corpus', 'data/raw', '/srv/corpora/news')
    """
    p = Path(path)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.resolve().relative_to(PROJECT_ROOT.resolve()).as_posix() or "."
    except ValueError:
        return p.as_posix()
