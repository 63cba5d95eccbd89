"""The command line (``python -m analysis``, ``militia-analysis``): each command on temporary folders."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.cli import main


def _cli(*args: str, module: str = "analysis") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True,
                          cwd=paths.PROJECT_ROOT, timeout=600)


def _corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


GOOD = "Officials said on Tuesday that the vote would go ahead.\n\nThe count starts at noon.\n"


def test_console_script_is_declared_and_help_works():
    scripts = tomllib.loads((paths.PROJECT_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"militia-analysis": "analysis.cli:main"}
    for args in (["--help"], ["run", "--help"], ["manifest", "--help"], ["validate", "--help"]):
        done = _cli(*args)
        assert done.returncode == 0 and "usage:" in done.stdout, args
    assert "--workers" in _cli("--help", module="analysis.report").stdout


def test_manifest_drafts_and_refuses_to_overwrite(tmp_path, capsys):
    folder = _corpus(tmp_path / "c", {"a.txt": GOOD, "b.html": f"<p>{GOOD}</p>", "notes.md": "not an article"})
    assert main(["manifest", str(folder)]) == 0
    drafted = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    assert drafted["file"].tolist() == ["a.txt", "b.html"] and drafted["doc_id"].tolist() == ["a", "b"]
    assert main(["manifest", str(folder)]) == 2
    assert "exists; add --force" in capsys.readouterr().err
    assert main(["manifest", str(folder), "-o", "-"]) == 0 and "doc_id,file" in capsys.readouterr().out


def test_validate_lists_rejections_with_reasons_and_runs_nothing_else(tmp_path, capsys):
    folder = _corpus(tmp_path / "c", {"a.txt": GOOD, "empty.txt": ""})
    main(["manifest", str(folder)])
    capsys.readouterr()
    before = sorted(p.name for p in folder.iterdir())
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2 file(s)" in out and "empty.txt" in out and "rejected" in out
    assert "a.txt" not in out.split("\n", 1)[1], "a file that loads cleanly is not listed without --all"
    assert main(["validate", str(folder), "--strict"]) == 1
    assert sorted(p.name for p in folder.iterdir()) == before, "validate writes nothing"


@pytest.mark.parametrize("args, message", [
    (["run", "--corpus", "/no/such/folder"], "corpus folder not found"),
    (["run", "--corpus", ""], "no corpus folder given"),
    (["validate", "/no/such/folder"], "corpus folder not found"),
    (["manifest", "/no/such/folder"], "corpus folder not found"),
    (["run", "--workers", "2"], "--corpus"),
    (["run", "--corpus", "data/raw", "--workers", "0"], "at least 1"),
    (["run", "--corpus", "data/raw", "no_such.ipynb"], "no notebook named no_such.ipynb"),
])
def test_bad_folders_and_options_end_in_one_line_without_a_traceback(args, message):
    done = _cli(*args)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr + done.stdout
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_folder_without_manifest_is_refused_before_any_kernel_starts(tmp_path):
    folder = _corpus(tmp_path / "c", {"a.txt": GOOD})
    done = _cli("run", "--corpus", str(folder), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and "manifest.csv" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out" / "logs").exists(), "no kernel was started"


def test_run_on_a_corpus_writes_a_report_with_that_corpus_s_title(tmp_path):
    folder = tmp_path / "my-corpus"
    shutil.copytree(paths.RAW, folder)
    (folder / "corpus.toml").write_text('title = "My own corpus"\ndescription = "Five articles, copied."\n')
    out = tmp_path / "report"
    done = _cli("run", "--corpus", str(folder), "--out", str(out), "--no-progress", "01_corpus_and_cleaning.ipynb")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "[1/1] 01_corpus_and_cleaning · cell" in done.stderr and "elapsed" in done.stderr
    assert "without encryption" not in done.stderr + done.stdout and "Unable to parse" not in done.stderr
    index = (out / "index.html").read_text()
    assert "My own corpus" in index and "Five articles, copied." in index
    assert "How outlets covered militia attacks" not in index
    assert "My own corpus" in (out / "01_corpus_and_cleaning.html").read_text()
    assert (out / "processed" / "articles.csv").exists() and (out / "notebooks" / "01_corpus_and_cleaning.ipynb").exists()


def test_relative_folders_are_read_from_the_working_directory(tmp_path, monkeypatch, capsys):
    _corpus(tmp_path / "mine", {"a.txt": GOOD})
    monkeypatch.chdir(tmp_path)
    assert main(["manifest", "mine"]) == 0 and (tmp_path / "mine" / "manifest.csv").exists()
    assert main(["validate", "mine"]) == 0, "validate finds the folder that manifest just wrote into"
    assert "1 loaded" in capsys.readouterr().out
    assert main(["validate", ""]) == 2 and "no corpus folder given" in capsys.readouterr().err


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "c", {"a.txt": GOOD, "empty.txt": ""})
    main(["manifest", str(folder)])

    class Gone:
        def write(self, _text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stdout", Gone())
    assert main(["validate", str(folder)]) == 0
