"""Every notebook executes top to bottom on the bundled corpus (outputs go to a temporary folder)."""

from __future__ import annotations

import json

import pytest

from analysis.report import execute, notebooks


@pytest.mark.notebooks
@pytest.mark.parametrize("nb_path", notebooks(), ids=lambda p: p.name)
def test_notebook_executes(nb_path, tmp_path):
    out = tmp_path / nb_path.name
    execute(nb_path, parameters={"output_dir": str(tmp_path / "processed"), "figures_dir": str(tmp_path / "figures")},
            output=out)
    nb = json.loads(out.read_text(encoding="utf-8"))
    errors = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
              if o["output_type"] == "error"]
    assert not errors
    assert any((tmp_path / "processed").iterdir()), "the notebook wrote its outputs to output_dir"
