"""Every entry of a corpus folder tree, and where a manifest row's file really is.

``scan_folder`` walks the whole tree without following symbolic links to folders, and returns one
entry per file, per odd thing (symlink loop, broken or outside symlink, named pipe, a folder named
like an article, a folder that cannot be listed) and per hidden entry. ``locate`` checks one manifest
path: inside the folder, a regular file of an article type, not too large. Neither reads a file's
content, so neither can block on a named pipe.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
MANIFEST = "manifest.csv"
#: Files at the top of a corpus folder that describe the corpus (title, description: ``analysis.report.corpusinfo``);
#: like the manifest they are not articles, and not reported as unlisted files.
DESCRIPTION_FILES = frozenset({"corpus.toml", "README.md"})
#: Files larger than this are refused unread (an article is rarely over 1 MB; 64 MB is a concatenation).
MAX_ARTICLE_BYTES = 64 * 2**20

_SPECIAL = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
            stat.S_IFBLK: "a block device"}


@dataclass(frozen=True)
class Entry:
    """One entry of a corpus folder tree: its path relative to the folder, its kind, and a detail."""

    rel: str
    kind: str  # file, symlink_file, folder_named_like_article, hidden_file, hidden_folder, symlink_folder,
    #            symlink_outside, broken_symlink, symlink_loop, special, unreadable_folder
    detail: str = ""
    target: Path | None = None


def show(path: Path, root: Path) -> str:
    """A path for messages: relative to the corpus folder, prefixed with the folder's name.

    >>> show(Path("/x/corpus/sub/a.txt"), Path("/x/corpus"))
    'corpus/sub/a.txt'
    """
    try:
        return (PurePosixPath(root.name) / path.relative_to(root).as_posix()).as_posix()
    except ValueError:
        return path.name


def _resolve(path: Path) -> tuple[Path | None, str]:
    """Resolve a path strictly: (resolved, '') or (None, 'loop' / 'missing' / 'permission' / 'error: ...')."""
    try:
        return path.resolve(strict=True), ""
    except RuntimeError:
        return None, "loop"
    except FileNotFoundError:
        return None, "missing"
    except NotADirectoryError:
        return None, "missing"
    except PermissionError:
        return None, "permission"
    except OSError as err:
        return None, "loop" if err.errno == errno.ELOOP else f"error: {err.strerror}"


def _child(folder: Path, name: str) -> Path:
    """``folder / name`` for one plain name (no separator, not '.' or '..'), without pathlib parsing it again.

    >>> _child(Path("/x/corpus"), "a.txt") == Path("/x/corpus") / "a.txt"
    True
    """
    make = getattr(folder, "_make_child_relpath", None)  # pathlib's own shortcut for a listed name
    return folder / name if make is None else make(name)


def _suffix(name: str) -> str:
    """``Path(name).suffix`` of a plain file name.

    >>> _suffix("a.TXT"), _suffix(".txt"), _suffix("a."), _suffix("a.b.htm")
    ('.TXT', '', '', '.htm')
    """
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _symlink_entry(path: Path, rel: str, root: Path) -> Entry:
    """Classify a symbolic link found while scanning (never followed into folders)."""
    target, problem = _resolve(path)
    if target is None:
        if problem == "loop":
            return Entry(rel, "symlink_loop", "a symlink loop")
        return Entry(rel, "broken_symlink", f"a broken symlink to {os.readlink(path)!r}")
    if not target.is_relative_to(root):
        return Entry(rel, "symlink_outside", "a symlink to a place outside the corpus folder")
    if target.is_dir():
        return Entry(rel, "symlink_folder", "a symlink to a folder (not followed)")
    if target.is_file():
        return Entry(rel, "symlink_file", f"a symlink to {target.relative_to(root).as_posix()!r}", target)
    return Entry(rel, "special", "a symlink to something that is not a regular file")


def _entry(de: os.DirEntry, rel: str, root: Path, folder: Path, pending: list[Path]) -> list[Entry]:
    """Entries for one directory entry; a real subfolder is queued for walking."""
    if de.name.startswith("."):
        is_dir = de.is_dir(follow_symlinks=False)
        return [Entry(rel, "hidden_folder" if is_dir else "hidden_file", "hidden folder" if is_dir else "hidden file")]
    path = _child(folder, de.name)
    if de.is_symlink():
        return [_symlink_entry(path, rel, root)]
    if de.is_dir(follow_symlinks=False):
        pending.append(path)
        if _suffix(de.name).lower() in ARTICLE_SUFFIXES:
            return [Entry(rel, "folder_named_like_article", "a folder named like an article file")]
        return []
    if de.is_file(follow_symlinks=False):
        return [Entry(rel, "file", "", path)]
    mode = de.stat(follow_symlinks=False).st_mode
    return [Entry(rel, "special", _SPECIAL.get(stat.S_IFMT(mode), "not a regular file"))]


def scan_folder(root: Path) -> list[Entry]:
    """Every entry of a corpus folder tree except the top-level manifest and description files, in path order.

    >>> [e.rel for e in scan_folder(Path("data/raw").resolve())][:1]
    ['000_affaa34e85474ccc.txt']
    """
    root = root.resolve()
    entries: list[Entry] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as it:
                listing = sorted(it, key=lambda d: d.name)
        except OSError as err:
            entries.append(Entry(folder.relative_to(root).as_posix(), "unreadable_folder",
                                 f"a folder that cannot be listed ({err.strerror or err})"))
            continue
        prefix = "" if folder == root else folder.relative_to(root).as_posix() + "/"
        for de in listing:
            rel = prefix + de.name
            if rel == MANIFEST or rel in DESCRIPTION_FILES:
                continue
            try:
                entries.extend(_entry(de, rel, root, folder, pending))
            except OSError as err:
                entries.append(Entry(rel, "special", f"cannot be examined ({err.strerror or err})"))
    return sorted(entries, key=lambda e: e.rel)


def _missing_reason(root: Path, name: str, line: str) -> str:
    """Why a listed file is not there, with a hint (other case, backslashes, a broken symlink)."""
    path = root / name
    if path.is_symlink():
        return f"{line} names a broken symlink (it points to {os.readlink(path)!r}, which does not exist)"
    hint = ""
    parent = path.parent
    if "\\" in name:
        hint = "; write paths with '/' (not '\\')"
    elif parent.is_dir():
        try:
            near = [p.name for p in parent.iterdir() if p.name.lower() == path.name.lower()]
        except OSError:
            near = []
        if near:
            hint = f"; did you mean {near[0]!r}? (names are case-sensitive)"
    return f"{line} names a file that does not exist{hint}"


def _plain_file(root: Path, name: str) -> tuple[Path, os.stat_result] | None:
    """(path, stat) when ``name`` is a regular file (not a symlink) right inside ``root``; None when that takes more checks.

    Such a path is already resolved (``root`` is), so ``locate`` needs one ``lstat`` instead of a walk of every
    folder above it.

    >>> _plain_file(Path("data/raw").resolve(), "manifest.csv")[0].name, _plain_file(Path("data").resolve(), "raw")
    ('manifest.csv', None)
    """
    if "/" in name or "\\" in name or name in (".", "..") or not root.is_absolute():
        return None
    try:
        st = os.lstat(os.path.join(root, name))
    except (OSError, ValueError):
        return None  # the full walk says what is wrong
    return (_child(root, name), st) if stat.S_ISREG(st.st_mode) else None


#: A Windows drive at the start of a path (``C:/``, ``c:\\``).
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")


def locate(root: Path, name: str, line: str = "manifest row") -> tuple[Path | None, str, str]:
    """Where a manifest path points in the (resolved) corpus folder ``root``: (file, '', '') or (None, check, reason).

    >>> locate(Path("data/raw").resolve(), "../outside.txt")[1:]
    ('path', "path points outside the corpus folder: '../outside.txt'")
    >>> locate(Path("data/raw").resolve(), "..notes.txt")[1]  # inside the folder, just not there
    'missing'
    """
    if not name:
        return None, "path", f"{line}: empty file name"
    if name.startswith("/") or _DRIVE.match(name):
        return None, "path", f"absolute path {name!r}: give the path relative to the corpus folder"
    separated = "/" in name or "\\" in name  # normpath gives a name without separators back unchanged
    norm = os.path.normpath(name.replace("\\", "/")) if separated else name
    if norm == ".." or norm.startswith("../"):  # a name such as '..notes.txt' stays inside
        return None, "path", f"path points outside the corpus folder: {name!r}"
    plain = _plain_file(root, name)
    if plain is not None:
        return _checked_file(*plain)
    target, problem = _resolve(root / name)
    if problem == "loop":
        return None, "symlink", f"{line} names a symlink loop ({name!r} never reaches a file)"
    if problem == "missing":
        return None, "missing", _missing_reason(root, name, line)
    if target is None:
        return None, "permission", f"{line}: {name!r} cannot be reached ({problem})"
    if not target.is_relative_to(root):
        return None, "path", f"path points outside the corpus folder: {name!r} (a symlink leaving it)"
    st = target.stat()
    if stat.S_ISDIR(st.st_mode):
        return None, "not_a_file", f"{line} names a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return None, "not_a_file", f"{line} names {_SPECIAL.get(stat.S_IFMT(st.st_mode), 'something')}, not a regular file"
    return _checked_file(target, st)


def _checked_file(target: Path, st: os.stat_result) -> tuple[Path | None, str, str]:
    """The checks ``locate`` makes on a regular file: an article type, not over the size limit.

    >>> _checked_file(Path("notes.csv"), os.stat("data/raw/manifest.csv"))[1]
    'type'
    """
    suffix = _suffix(target.name)
    if suffix.lower() not in ARTICLE_SUFFIXES:
        return None, "type", f"unsupported file type {suffix!r} (expected .txt or .html)"
    size = st.st_size
    if size > MAX_ARTICLE_BYTES:
        return None, "size", (f"file of {size / 2**20:.0f} MB is over the {MAX_ARTICLE_BYTES // 2**20} MB limit per "
                              "article (MAX_ARTICLE_BYTES): split it into its articles")
    return target, "", ""
