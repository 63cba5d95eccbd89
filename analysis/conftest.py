"""Doctest set-up: temporary folders made by the examples go to pytest's own (cleaned) temporary area."""

from __future__ import annotations

import tempfile

import pytest


@pytest.fixture(autouse=True)
def _doctest_temporary_folders(tmp_path, monkeypatch):
    """Point ``tempfile`` at this test's ``tmp_path`` so examples that call ``mkdtemp`` leave nothing in /tmp."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
