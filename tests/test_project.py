"""The project's own promises: one source of dependencies, committed notebooks executed and clean."""

from __future__ import annotations

import json
import re
import tomllib

import pytest
import yaml

from analysis import paths
from analysis.report import notebooks

PYPROJECT = tomllib.loads((paths.PROJECT_ROOT / "pyproject.toml").read_text())


def test_environment_yml_agrees_with_pyproject():
    env = yaml.safe_load((paths.PROJECT_ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    python = next(d for d in deps if isinstance(d, str) and d.startswith("python="))
    assert python == "python=3.11"
    assert ">=3.11" in PYPROJECT["project"]["requires-python"]
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    extras = set(PYPROJECT["project"]["optional-dependencies"])
    assert pip_section == [f"-e .[{','.join(sorted(extras))}]"]
    # nothing is listed twice: conda gets python and pip only, the rest comes from pyproject
    assert [d for d in deps if isinstance(d, str)] == ["python=3.11", "pip"]


def test_lock_file_pins_every_declared_dependency():
    lock = {re.split(r"[=<>]", ln)[0].lower().replace("_", "-")
            for ln in (paths.PROJECT_ROOT / "requirements.lock").read_text().splitlines() if "==" in ln}
    declared = PYPROJECT["project"]["dependencies"] + sum(PYPROJECT["project"]["optional-dependencies"].values(), [])
    names = {re.split(r"[=<>\[ ]", d)[0].lower().replace("_", "-") for d in declared}
    assert names <= lock, names - lock


def test_ci_runs_the_readme_test_command():
    ci = (paths.PROJECT_ROOT / ".ci" / "run").read_text()
    readme = (paths.PROJECT_ROOT / "README.md").read_text()
    assert "make test" in ci and "make test" in readme and "make report" in readme


NOTEBOOKS = notebooks()
MACHINE_PATH = re.compile(r"(?<![\w./:~-])/(?:[A-Za-z0-9_.-]+/){2,}[A-Za-z0-9_.-]+")


def test_there_are_notebooks():
    assert [p.name[:3] for p in NOTEBOOKS][:1] == ["01_"]


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_is_executed_top_to_bottom_and_clean(nb_path):
    import nbformat

    nbformat.validate(nbformat.read(nb_path, as_version=4))
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code)
    first = "".join(nb["cells"][0]["source"])
    assert first.startswith("# "), "a notebook opens with an H1 title"
    for cell in code:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error"
            assert out.get("name") != "stderr", f"stderr output in {nb_path.name}: {''.join(out.get('text', ''))[:200]}"
            text = json.dumps({k: v for k, v in out.get("data", {}).items() if not k.startswith("image/")}) + \
                "".join(out.get("text", ""))
            assert not MACHINE_PATH.search(text), f"machine path in an output of {nb_path.name}"
            assert str(paths.PROJECT_ROOT) not in json.dumps(out)


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=lambda p: p.name)
def test_rendered_report_exists(nb_path):
    assert (paths.REPORTS / f"{nb_path.stem}.html").is_file()
    assert nb_path.stem in (paths.REPORTS / "index.html").read_text()


def _dictionary_section(readme: str, name: str) -> str:
    """The README data-dictionary text for one output file: from its heading to the next heading."""
    dd = readme[readme.index("## Data dictionary"):readme.index("## Reference tables")]
    head = re.search(rf"(?:\*\*`(?:data/processed/)?{re.escape(name)}`\*\*|\n`(?:data/processed/)?{re.escape(name)}`)", dd)
    assert head, f"{name} has no entry in the README's data dictionary"
    rest = dd[head.end():]
    nxt = re.search(r"\n\*\*`|\n`[\w/.]+\.csv`|\n### |\n\*\*[A-Z]", rest)
    return rest[:nxt.start()] if nxt else rest


@pytest.mark.parametrize("csv_path", sorted(paths.PROCESSED.glob("*.csv")), ids=lambda p: p.name)
def test_readme_documents_every_column_of_every_output(csv_path):
    import pandas as pd

    readme = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = _dictionary_section(readme, csv_path.name)
    columns = pd.read_csv(csv_path, nrows=0).columns
    missing = [c for c in columns if not re.search(rf"(?<![\w]){re.escape(c)}(?![\w])", section)]
    assert not missing, f"README does not document {missing} of {csv_path.name}"
