"""The command line: ``militia-analysis`` (or ``python -m analysis``) for the common tasks.

    militia-analysis run                              execute every notebook on the bundled corpus, in place
    militia-analysis run --corpus DIR --out REPORT    run the collection on your folder of articles
    militia-analysis manifest DIR                     draft DIR/manifest.csv for a folder of articles
    militia-analysis validate DIR                     list what would be rejected or warned, and why

Problems with a folder or an option end in one line on standard error and a non-zero exit status,
never a traceback.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

EPILOG = ("Each command has its own --help. Exit status: 0 done, 1 a notebook failed (or, with validate "
          "--strict, a file would be rejected or warned), 2 a bad folder or option, 130 interrupted.")


def _run_parser(sub: argparse._SubParsersAction | None, prog: str | None = None) -> argparse.ArgumentParser:
    """The options of ``run`` (also those of ``python -m analysis.report``)."""
    kw = {"description": "Execute the notebooks in order and render them as a report (HTML pages and an index). "
                         "Without --corpus: the bundled corpus, notebooks executed in place, pages in reports/. "
                         "With --corpus: your folder of articles (with manifest.csv); everything goes under --out "
                         "and the committed notebooks are left untouched.",
          "formatter_class": argparse.RawDescriptionHelpFormatter}
    p = sub.add_parser("run", help="run the notebook collection (on the bundled corpus or your folder)", **kw) \
        if sub is not None else argparse.ArgumentParser(prog=prog, **kw)
    p.add_argument("names", nargs="*", metavar="NOTEBOOK", help="only these notebooks (e.g. 02_source_overlap.ipynb)")
    p.add_argument("--corpus", metavar="DIR", help="folder of .txt/.html articles with a manifest.csv")
    p.add_argument("--out", type=Path, metavar="DIR", default=None,
                   help="with --corpus: where notebooks, tables, figures and HTML go (default: my-report)")
    scale = p.add_mutually_exclusive_group()
    scale.add_argument("--workers", type=int, metavar="N", help="with --corpus: run per-article steps on a local Dask "
                                                                "cluster of N workers")
    scale.add_argument("--scheduler", metavar="ADDRESS", help="with --corpus: use the Dask scheduler at ADDRESS "
                                                              "(e.g. tcp://host:8786)")
    p.add_argument("--title", help="with --corpus: the corpus's title in the report (default: corpus.toml, README.md "
                                   "or the folder name)")
    p.add_argument("--description", help="with --corpus: one paragraph saying what the corpus is")
    p.add_argument("--render-only", action="store_true", help="re-render the notebooks as they are; execute nothing")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, one line per step instead")
    return p


def _build_parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _run_parser(sub)
    m = sub.add_parser("manifest", help="draft a manifest.csv for a folder of articles",
                       description="Draft a manifest for a folder of .txt/.html articles: one row per file, doc_id "
                                   "from the file name, outlet/title/published left for you to fill in. Writes "
                                   "DIR/manifest.csv (refuses to overwrite one unless --force) or prints it with -o -.")
    m.add_argument("folder", metavar="DIR")
    m.add_argument("-o", "--output", metavar="FILE", help="write here instead of DIR/manifest.csv ('-' = print)")
    m.add_argument("--force", action="store_true", help="overwrite an existing manifest")
    v = sub.add_parser("validate", help="list the files of a corpus that would be rejected or warned, and why",
                       description="Check a corpus folder without running anything else: every file's fate "
                                   "(loaded, rejected, warned) and the reason. Writes nothing.")
    v.add_argument("folder", metavar="DIR")
    v.add_argument("--all", action="store_true", help="list every file, also those that load cleanly")
    v.add_argument("--strict", action="store_true", help="exit with status 1 when a file is rejected or warned")
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    """Run the collection; exit status 1 when a notebook did not run to the end."""
    from .report import UsageError, run_notebooks, run_on_corpus
    from .text.corpus import preflight

    progress = False if args.no_progress else None
    if args.corpus is not None:
        if args.render_only:
            raise UsageError("--render-only re-renders the committed notebooks; it does not take --corpus")
        result = run_on_corpus(args.corpus, args.out or Path("my-report"), args.names, workers=args.workers,
                               scheduler=args.scheduler, title=args.title, description=args.description,
                               progress=progress)
    else:
        given = [o for o, v in (("--out", args.out), ("--workers", args.workers), ("--scheduler", args.scheduler),
                                ("--title", args.title), ("--description", args.description)) if v is not None]
        if given:
            raise UsageError(f"{', '.join(given)} only apply to a run on your corpus: add --corpus DIR")
        if not args.render_only:
            from . import paths

            preflight(paths.RAW)
        result = run_notebooks(args.names, render_only=args.render_only, progress=progress)
    if result.failures:
        print(f"{len(result.failures)} notebook(s) did not run to the end; their pages show how far they got:",
              file=sys.stderr)
        for f in result.failures:
            print(f"  {f}", file=sys.stderr)
        return 1
    return 0


def cmd_manifest(args: argparse.Namespace) -> int:
    """Draft a manifest; refuse to overwrite one without --force."""
    from .text.corpus import CorpusError, draft_manifest

    folder = args.folder
    if not Path(folder).is_dir():
        raise CorpusError(f"corpus folder not found: {folder}")
    draft = draft_manifest(folder)
    if args.output == "-":
        draft.to_csv(sys.stdout, index=False)
        return 0
    target = Path(args.output) if args.output else Path(folder) / "manifest.csv"
    if target.exists() and not args.force:
        raise CorpusError(f"{target} exists; add --force to overwrite it, or -o - to print the draft")
    draft.to_csv(target, index=False)
    print(f"wrote {target}: {len(draft)} article(s); fill in outlet, title, published and published_source "
          f"where you know them")
    if draft.empty:
        print("note: no .txt or .html file found in the folder", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Print each file's fate; with --strict, exit 1 when any file is rejected or warned."""
    import pandas as pd

    from .text.corpus import validate_corpus

    table = validate_corpus(args.folder)
    flagged = table[(table["status"] != "loaded") | (table["reason"].fillna("") != "")]
    for extra in ("warning", "warnings"):
        if extra in table.columns:
            flagged = table[table.index.isin(flagged.index) | (table[extra].fillna("") != "")]
    counts = table["status"].value_counts()
    print(f"{args.folder}: {len(table)} file(s): " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    shown = table if args.all else flagged
    if len(shown):
        with pd.option_context("display.max_rows", None, "display.max_colwidth", 100, "display.width", 200):
            print(shown.to_string(index=False))
    elif not args.all:
        print("every file would load without a warning")
    return 1 if args.strict and len(flagged) else 0


COMMANDS = {"run": cmd_run, "manifest": cmd_manifest, "validate": cmd_validate}


def _from_cwd(path: str | Path | None) -> str | Path | None:
    """A folder typed on the command line, read from the working directory as a shell user expects.

    The library reads relative paths from the project root (``paths.resolve``); on the command line
    ``validate corpus`` must find the same ``corpus`` that ``manifest corpus`` wrote. Empty stays empty.

    >>> _from_cwd("corpus") == Path.cwd() / "corpus", _from_cwd(""), _from_cwd(None)
    (True, '', None)
    """
    if path is None or str(path) == "":
        return path
    p = Path(path).expanduser()
    return p if p.is_absolute() else Path.cwd() / p


def main(argv: list[str] | None = None, prog: str = "militia-analysis") -> int:
    """Parse the command line and run the command; bad folders and options end in one line, no traceback."""
    from .report import UsageError
    from .text.corpus import CorpusError

    argv = sys.argv[1:] if argv is None else argv
    if prog == "python -m analysis.report":  # the run options only, as before
        args = _run_parser(None, prog).parse_args(argv[1:])
        args.command = "run"
    else:
        args = _build_parser(prog).parse_args(argv)
    for name in ("folder", "corpus"):
        if hasattr(args, name):
            setattr(args, name, _from_cwd(getattr(args, name)))
    try:
        return COMMANDS[args.command](args)
    except (CorpusError, UsageError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `validate DIR | head`: the reader left; no traceback, as other tools
        _quiet_stdout()
        return 0


def _quiet_stdout() -> None:
    """Point standard output at the null device so that the exit flush cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (lives until exit)
