"""Building blocks of the incident-rule tests: one article's sentences, their mentions and their incidents."""

from __future__ import annotations

import pandas as pd

from analysis.events.mentions import incident_mentions
from analysis.events.merge import merge_incidents
from analysis.events.roles import munitions


def package_modules(package: str) -> list:
    """The package ``package`` (a dotted name) and each of its modules.

    >>> [m.__name__.rsplit(".", 1)[-1] for m in package_modules("analysis.events.merge")][:2]
    ['merge', 'apart']
    """
    import importlib
    import pkgutil

    root = importlib.import_module(package)
    return [root] + [importlib.import_module(f"{package}.{m.name}") for m in pkgutil.iter_modules(root.__path__)]


def package_names(package: str):
    """Every name the modules of ``package`` define or import, read as attributes of one namespace (the tests of a
    module that became a package read its private names so).

    >>> package_names("analysis.events.merge")._score.__module__
    'analysis.events.merge.score'
    """
    from types import SimpleNamespace

    names: dict = {}
    for m in package_modules(package):
        names.update({k: v for k, v in vars(m).items() if not k.startswith("__")})
    return SimpleNamespace(**names)


def patch_everywhere(monkeypatch, package: str, name: str, make):
    """Replace ``name`` by ``make(real)`` in every module of ``package`` that binds it (the module defining it and those
    importing it); return the real object.

    >>> import pytest; mp = pytest.MonkeyPatch(); real = patch_mentions(mp, "_family", lambda f: lambda et: "x")
    >>> from analysis.events.mentions import slots, told; slots._family("attack"), told._family("attack")
    ('x', 'x')
    >>> mp.undo(); slots._family("attack") == real("attack") != "x"
    True
    """
    mods = package_modules(package)
    real = next(getattr(m, name) for m in mods if hasattr(m, name))
    fake = make(real)
    for m in mods:
        if getattr(m, name, None) is real:
            monkeypatch.setattr(m, name, fake)
    return real


def patch_mentions(monkeypatch, name: str, make):
    """``patch_everywhere`` in ``analysis.events.mentions``."""
    return patch_everywhere(monkeypatch, "analysis.events.mentions", name, make)


def patch_merge(monkeypatch, name: str, make):
    """``patch_everywhere`` in ``analysis.events.merge``."""
    return patch_everywhere(monkeypatch, "analysis.events.merge", name, make)


def article_sentences(*sents: str, paragraphs: bool = False, sep: str = " ") -> tuple[pd.DataFrame, str]:
    """The sentence table of one article ``a`` made of ``sents`` (each its own paragraph when ``paragraphs``), and its text.

    >>> rows, text = article_sentences("One.", "Two.")
    >>> text, rows["start"].tolist(), rows["para_id"].tolist()
    ('One. Two. ', [0, 5], [0, 0])
    """
    text, rows = "", []
    for i, s in enumerate(sents):
        rows.append({"doc_id": "a", "para_id": i if paragraphs else 0, "sent_id": i, "start": len(text),
                     "end": len(text) + len(s), "text": s})
        text += s + sep
    return pd.DataFrame(rows), text


def mentions_of(*sents: str, published: str = "2022-06-10", paragraphs: bool = False, sep: str = " ") -> pd.DataFrame:
    """Every mention ``incident_mentions`` reads in the article made of ``sents``, published on ``published``."""
    rows, text = article_sentences(*sents, paragraphs=paragraphs, sep=sep)
    return incident_mentions(rows, pd.DataFrame({"doc_id": ["a"], "published": [published], "text": [text]}))


def count_value(x: object) -> int | None:
    """A count cell of a mention as an int, None when empty ("<NA>", NaN, None)."""
    return None if x is None or str(x) in ("<NA>", "nan", "None") else int(x)


def one_mention(sentence: str, published: str = "2023-05-06") -> dict:
    """The one mention ``incident_mentions`` reads in a one-sentence article (asserts there is exactly one)."""
    m = mentions_of(sentence, published=published)
    assert len(m) == 1, m[["event_type", "evidence"]]
    return m.iloc[0].to_dict()


def incidents_of(*sents: str, published: str = "2022-06-10", paragraphs: bool = False, sep: str = " ") -> pd.DataFrame:
    """The incidents ``merge_incidents`` makes of the article's incident-scope mentions."""
    m = mentions_of(*sents, published=published, paragraphs=paragraphs, sep=sep)
    return merge_incidents(m[m["scope"] == "incident"], None)[0]


def text_article(text: str, published: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sentences (one paragraph per block split by a blank line, segmented as the pipeline does) and the article
    ``d`` of one text.

    >>> sents, arts = text_article("One. Two.\\n\\nThree.", "2020-01-01")
    >>> sents["para_id"].tolist(), sents["text"].tolist()
    ([0, 0, 1], ['One.', 'Two.', 'Three.'])
    """
    from analysis.text.segment import sentence_rows

    rows, pos = [], 0
    for pi, para in enumerate(text.split("\n\n")):
        start = text.index(para, pos)
        pos = start + len(para)
        for s in sentence_rows(para):
            rows.append({"doc_id": "d", "para_id": pi, "sent_id": len(rows), "start": start + s["start"],
                         "end": start + s["end"], "text": s["text"]})
    return pd.DataFrame(rows), pd.DataFrame([{"doc_id": "d", "published": published, "text": text}])


def text_incidents(text: str, published: str) -> pd.DataFrame:
    """The incidents of one text's article as the benchmarks merge them (``article_incidents``)."""
    from analysis.validate.incidents import article_incidents

    sents, arts = text_article(text, published)
    return article_incidents(incident_mentions(sents, arts), arts)


def munition_roles(text: str) -> tuple:
    """(fired, hit, intercepted) as ``munitions`` reads them in ``text``."""
    m = munitions(text)
    return m["n_fired"], m["n_hit"], m["n_intercepted"]
