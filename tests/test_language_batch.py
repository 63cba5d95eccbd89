"""Languages detected for many texts at once: the same answers, bit for bit, as one text at a time (our own words)."""

import numpy as np
import pytest

from analysis.text import language_batch
from analysis.text.corpus import load_corpus
from analysis.text.language import (_identifier, _sample, detect_language, detect_languages, language_verdict,
                                    language_verdicts)
from analysis.text.language_batch import classify_many, probabilities

SENTENCES = [
    "Two rockets landed near the airfield before dawn, and the garrison reported no injuries.",
    "Deux roquettes sont tombées près de l'aérodrome avant l'aube ; la garnison ne signale aucun blessé.",
    "Zwei Raketen schlugen vor Sonnenaufgang nahe dem Flugplatz ein, die Garnison meldete keine Verletzten.",
    "Dos cohetes cayeron cerca del aeródromo antes del amanecer y la guarnición no informó de heridos.",
    "Due razzi sono caduti vicino all'aeroporto prima dell'alba; la guarnigione non segnala feriti.",
    "Dois foguetes caíram perto do aeródromo antes do amanhecer e a guarnição não relatou feridos.",
    "Две ракеты упали возле аэродрома перед рассветом, раненых нет.",
    "TWO ROCKETS LANDED NEAR THE AIRFIELD", "base", "12:30", "", "?!", "x" * 3000,
]


def _texts() -> list[str]:
    """Our sentences whole, cut short and joined long: lengths from 0 to a few thousand characters."""
    cut = [s[:n] for s in SENTENCES for n in (3, 11, 27)]
    joined = [" ".join(SENTENCES[i % 7] for i in range(k, k + n)) for k, n in ((0, 9), (2, 30), (5, 60))]
    return SENTENCES + cut + joined


def test_batch_classify_gives_the_scores_of_one_call_per_text():
    ident, texts = _identifier(), _texts()
    assert len(texts) > language_batch.MIN_ACTIVE  # the numpy walk runs, and the long texts end in Python
    assert classify_many(texts) == [ident.classify(t) for t in texts]
    batch = probabilities([ident._encode(t) for t in texts])
    one = np.stack([ident._decide(t) for t in texts])
    assert np.array_equal(batch.view(np.uint32), one.view(np.uint32))
    assert {lang for lang, _ in classify_many(SENTENCES[:7])} == {"en", "fr", "de", "es", "it", "pt", "ru"}


def test_batches_smaller_than_the_texts_and_few_texts(monkeypatch):
    texts = _texts()
    expected = [detect_language(t) for t in texts]
    monkeypatch.setattr(language_batch, "BATCH", 5)
    assert detect_languages(texts) == expected
    monkeypatch.setattr(language_batch, "BATCH_BYTES", 200)  # a long text alone in its batch
    assert detect_languages(texts) == expected
    monkeypatch.setattr(language_batch, "GATHER_ROWS", 3)  # one text per product, and longer texts than that
    assert detect_languages(texts) == expected
    assert detect_languages(texts[:2]) == expected[:2] and detect_languages([]) == []


def test_verdicts_at_once_equal_verdicts_one_by_one():
    texts = _texts()
    declared = ["", "en", "fr", "de ", "ES", None] * (len(texts) // 6 + 1)
    assert language_verdicts(texts, declared[:len(texts)]) == [language_verdict(t, d) for t, d in zip(texts, declared)]
    with pytest.raises(ValueError, match="2 texts but 1"):
        language_verdicts(["a", "b"], [""])
    with pytest.raises(TypeError, match="text must be a str"):
        detect_languages(["fine", None])


def test_load_corpus_keeps_each_article_language(tmp_path):
    rows = ["doc_id,file,outlet,title,published,published_source,language,notes"]
    for i, text in enumerate(SENTENCES[:7] + ["Base hit.", "1234"]):
        (tmp_path / f"a{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append(f"a{i:02d},a{i:02d}.txt,Outlet,,,,{'fr' if i > 6 else ''},")
    (tmp_path / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, rejects = load_corpus(tmp_path)
    assert len(rejects) == 0
    for row in articles.itertuples():
        text = (tmp_path / row.file).read_text(encoding="utf-8")
        assert (row.language_detected, row.english) == language_verdict(text, row.language)[:2]
    assert articles["language_detected"].tolist()[:7] == ["en", "fr", "de", "es", "it", "pt", "ru"]
    assert articles["english"].tolist()[7:] == [False, False]  # too short to tell: the manifest's 'fr' decides
    assert articles["language_detected"].tolist()[7:] == ["", ""]


def test_sample_of_a_long_text_is_what_the_batch_classifies():
    long = " ".join(SENTENCES[:2] * 40)
    assert detect_languages([long]) == [detect_language(long)]
    assert classify_many([_sample(long)]) == [_identifier().classify(_sample(long))]
