"""Corpus loops of the incident steps: failures recorded or re-raised naming the article; clear argument errors."""

import pandas as pd
import pytest

from analysis.events import corpus_date_mentions, corpus_incident_mentions, corpus_names, incident_mentions
from analysis.events.actors import find_actors
from analysis.events.merge import merge_incidents
from analysis.events.mentions import MENTION_COLUMNS
from analysis.events.places import find_places
from analysis.pipeline import FAILURE_COLUMNS

GOOD = "On Wednesday, 14 rockets hit Ain al-Asad air base, injuring two soldiers."


def _sentences(rows):
    return pd.DataFrame([{"doc_id": d, "para_id": 0, "sent_id": 0, "start": 0, "end": len(str(t)), "text": t}
                         for d, t in rows])


@pytest.fixture
def broken(monkeypatch):
    """doc_mentions raises for the article 'bad' (as a bug in any step of one article would)."""
    from analysis.events import mentions

    real = mentions.doc_mentions

    def doc_mentions(sents, text, published):
        if sents[0]["doc_id"] == "bad":
            raise TypeError("boom")
        return real(sents, text, published)

    monkeypatch.setattr(mentions, "doc_mentions", doc_mentions)


def test_incident_failures_recorded_and_loop_goes_on(broken):
    sents = _sentences([("good", GOOD), ("bad", GOOD)])
    arts = pd.DataFrame({"doc_id": ["good", "bad"], "published": ["2021-07-07", "2021-07-07"],
                         "file": ["good.txt", "bad.txt"]})
    fails = []
    m = corpus_incident_mentions(sents, arts, failures=fails)
    assert m["doc_id"].unique().tolist() == ["good"]
    assert [(f["doc_id"], f["file"], f["step"]) for f in fails] == [("bad", "bad.txt", "incidents")]
    assert set(fails[0]) == set(FAILURE_COLUMNS)


def test_incident_failure_reraised_with_doc_id(broken):
    sents = _sentences([("bad", GOOD)])
    with pytest.raises(TypeError, match="article 'bad': boom"):
        incident_mentions(sents, pd.DataFrame({"doc_id": ["bad"], "published": [""]}))


def test_date_failures_recorded_and_reraised():
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Rockets hit on Wednesday.", 42], "published": ["2021-07-07", ""]})
    fails = []
    dm = corpus_date_mentions(arts, failures=fails)
    assert dm["doc_id"].tolist() == ["a"] and [f["doc_id"] for f in fails] == ["b"]
    with pytest.raises(TypeError, match="'b'"):
        corpus_date_mentions(arts)


def test_names_failures_and_empty_corpus():
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Rockets hit Ain al-Asad.", None]})
    fails = []
    names = corpus_names(arts, failures=fails)
    assert names["id"].tolist() == ["ain_al_asad"] and fails[0]["step"] == "names"
    empty = pd.DataFrame(columns=["doc_id", "text", "published"])
    assert corpus_names(empty).empty and corpus_date_mentions(empty).empty
    assert "value" in corpus_date_mentions(empty).columns


def test_failures_must_be_a_list():
    with pytest.raises(TypeError, match="failures must be a list"):
        corpus_date_mentions(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), failures={})


@pytest.mark.parametrize("call, error, words", [
    (lambda: incident_mentions(None, pd.DataFrame({"doc_id": []})), TypeError, "sentences"),
    (lambda: incident_mentions(pd.DataFrame({"doc_id": []}), pd.DataFrame({"doc_id": []})), ValueError, "para_id"),
    (lambda: incident_mentions(_sentences([("a", GOOD)]), "articles"), TypeError, "articles"),
    (lambda: incident_mentions(_sentences([("a", GOOD)]), pd.DataFrame({"x": [1]})), ValueError, "doc_id"),
    (lambda: merge_incidents(None), TypeError, "mentions"),
    (lambda: merge_incidents(pd.DataFrame({"doc_id": ["a"]})), ValueError, "mention_id"),
    (lambda: merge_incidents(pd.DataFrame(columns=MENTION_COLUMNS), articles=[1]), TypeError, "articles"),
    (lambda: find_places(None), TypeError, "text"),
    (lambda: find_places(b"Erbil"), TypeError, "decode"),
    (lambda: find_actors(3.5), TypeError, "text"),
])
def test_bad_arguments_name_the_argument(call, error, words):
    with pytest.raises(error, match=words):
        call()


def test_empty_inputs_give_empty_tables():
    m = incident_mentions(pd.DataFrame(columns=["doc_id", "para_id", "sent_id", "start", "end", "text"]),
                          pd.DataFrame(columns=["doc_id", "published"]))
    assert m.columns.tolist() == MENTION_COLUMNS and m.empty
    inc, conf = merge_incidents(m, pd.DataFrame(columns=["doc_id", "published"]))
    assert inc.empty and conf.empty


@pytest.mark.notebooks
def test_notebook_04_runs_on_an_empty_corpus(tmp_path):
    """An empty corpus folder: every cell runs, the problem is shown, the failures CSV is written."""
    from analysis import paths
    from analysis.report import execute

    (tmp_path / "corpus").mkdir()
    out = tmp_path / "04.ipynb"
    execute(paths.NOTEBOOKS / "04_incident_timeline.ipynb", output=out,
            parameters={"corpus_dir": str(tmp_path / "corpus"), "output_dir": str(tmp_path / "processed"),
                        "figures_dir": str(tmp_path / "figures"), "annotations_dir": str(tmp_path / "none")})
    import json

    cells = json.loads(out.read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert "could not be read" in json.dumps(outputs)
    assert (tmp_path / "processed" / "04_incident_timeline_failures.csv").exists()
