"""Quotation extraction: one row per quoted span with its cue, speaker mention and resolved speaker.

The steps live in their own modules: ``marks`` (pairing quotation marks), ``cues`` (the reporting cue and
the mention it governs), ``mentions`` (noun phrases that can speak), ``nonspeech`` (titles, names, scare
quotes), ``resolve`` (pronouns, surnames, roles and documents inside the article). This module chains
them, groups the pieces of one utterance and builds the table (schema: ``QUOTE_COLUMNS``).

The steps of one article live in modules of their own: :mod:`.records` (the working record of each quoted span,
the article's paragraphs and the windows an attribution is read in), :mod:`.own` (a quote's own attribution, and
whether it is speech), :mod:`.paragraphs` (speakers named by the paragraph or sentence before or after a quote),
:mod:`.utterances` (the pieces of one utterance: split, continued and running quotes), :mod:`.governed` (partial quotes
a cue of their clause reports), :mod:`.roles` (a speaker's role: ranks, titles of a body, self-named groups) and
:mod:`.resolution` (each mention resolved inside the article, and the output rows).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from ...progress import progress as _progress
from ...text.checks import require_frame, require_text
from ...text.apostrophes import true_apostrophes
from ..homonyms import home_readings
from ..marks import paired_quotes, primary_mark, sentence_starts
from .records import (DENSE_CHARS, DENSE_QUOTES, MASS_CHARS, MASS_QUOTES, PRIOR_SPEAKERS, QUOTE_COLUMNS, REST_WINDOW,  # noqa: F401
                      _Article, _NOBODY, _Quote, _dense_paragraphs, _transparent, title_case_cues, verbless_document)
from .roles import police_article, sport_article  # noqa: F401
from .own import NAMED_MARKS, SKIPPED_LINES, _attribute, _listed_after, _named_mark, _reason  # noqa: F401
from .paragraphs import CAPTION_PAGE_MIN, FIRST_PERSON_WINDOW, REPORT_SENTENCES, _captions  # noqa: F401
from .utterances import (CHAIN_QUOTES, PLAIN_REST_CHARS, TERM_MAX_WORDS, _backfill, _link, _next_sentence_speaker,  # noqa: F401
                         _pull_quotes, _sentence_subject)
from .governed import (GOVERN_GAP, GOVERN_GAP_AS, LONG_REPORT_GAP, REPORT_GAP, REPORT_WINDOW, STATEMENT_REACH,  # noqa: F401
                       _cast_as, _governing_cue, _in_statement, _join_governed, _possessed)
from .resolution import _promote_past_non_speech, _resolve_all, _row, _typed


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quoted span with kind, cue, speaker mention and resolved speaker.

    >>> df = extract_quotes('“We will respond,” said John Smith, a spokesman. “It is clear.”')
    >>> df[["quote", "kind", "cue", "speaker", "utterance_id"]].values.tolist()
    [['We will respond,', 'direct', 'said', 'John Smith', 0], ['It is clear.', 'direct', 'said', 'John Smith', 0]]

    An accent written for an apostrophe ("Kurdistan´s") is read as one, and a title-case headline's reporting verb
    ("Biden Vows to ‘...’") as in running text (``title_case_cues``); the text columns keep the text passed in:

    >>> extract_quotes('“It hit a car,” Kurdistan´s security office said.')[["speaker_mention", "speaker"]].values.tolist()
    [['Kurdistan´s security office', 'Kurdistan’s security office']]
    """
    work = title_case_cues(true_apostrophes(text)) if isinstance(text, str) else text
    if work is not text:
        return _with_text_of(_extracted(work), text)
    return _extracted(text)


def _with_text_of(quotes: pd.DataFrame, text: str) -> pd.DataFrame:
    """The text columns of a quotes table read again from ``text`` (the same offsets)."""
    for col, a, b in (("quote", "start", "end"), ("speaker_mention", "speaker_mention_start", "speaker_mention_end"),
                      ("relayed_speaker_mention", "relayed_speaker_mention_start", "relayed_speaker_mention_end")):
        quotes[col] = np.array([text[i:j] if i >= 0 else "" for i, j in zip(quotes[a], quotes[b])], dtype=object)
    return quotes


def _extracted(text: str) -> pd.DataFrame:
    """``extract_quotes`` on a text whose apostrophes are read as such."""
    paras, spans = paired_quotes(text)
    if not paras:
        return _typed([])
    dense = _dense_paragraphs(paras, spans)
    art = _Article(text, paras, spans, primary_mark(spans), sentence_starts(text, paras), [sp.open_start for sp in spans],
                   [sp.para not in dense and _transparent(text, sp) for sp in spans], dense)
    art.captions = _captions(art)
    art.named_marks = max(Counter(text[sp.start:sp.end] for sp in spans if _named_mark(text, sp)).values(), default=0)
    quotes = [_attribute(art, k) if sp.para not in art.dense else _Quote(sp, kind="partial") for k, sp in enumerate(spans)]
    for k in range(len(quotes)):
        _link(art, quotes, k)
    _pull_quotes(art, quotes)
    _backfill(art, quotes)
    _sentence_subject(art, quotes)
    for q in quotes:
        if q.attr is None and q.source < 0 and q.speaker_from < 0 and q.span.para not in art.dense:
            q.attr = _governing_cue(art, q) or _possessed(art, q) or _cast_as(art, q) or _in_statement(art, q)
            q.where = q.attr.where if q.attr is not None else q.where
    _join_governed(quotes)
    _next_sentence_speaker(art, quotes)
    for q in quotes:
        q.reason = "dense marks" if q.span.para in art.dense else \
            _reason(art, q, q.attr is not None or q.source >= 0 or q.speaker_from >= 0)
    _listed_after(art, quotes)
    _promote_past_non_speech(quotes)
    _resolve_all(art, quotes)
    _crowd_voices(art, quotes)
    ids: dict[int, int] = {}
    rows = []
    for k, q in enumerate(quotes):
        root = q.source if q.source >= 0 else k
        rows.append(_row(art, quotes, k, ids.setdefault(root, len(ids))))
    return home_readings(_typed(rows), text)


#: a noun of voices before a quote that names what an unnamed crowd cried ('after shouts of "..."', 'amid chants of "..."')
_VOICES_OF = re.compile(r"\b(?:shouts|chants|cries|cheers|screams|yells|roars|chorus(?:es)?|calls)\s+of\s*$", re.I)


def _crowd_voices(art: _Article, quotes: list[_Quote]) -> None:
    """A quote written as the object of 'shouts of', 'chants of' is what an unnamed crowd cried: its own utterance with
    no speaker, not the words of the sentence's speaker ('"A," X joked after shouts of "B"').

    >>> extract_quotes('"Stop it," the singer laughed after shouts of "one more song".')[["speaker", "utterance_id"]].values.tolist()
    [['the singer', 0], ['', 1]]
    """
    for k, q in enumerate(quotes):
        late_cue = q.attr is not None and q.attr.cue_start > q.span.open_start   # '..., according to X': X reports it
        if q.span.para not in art.dense and _VOICES_OF.search(art.text, max(0, q.span.open_start - 40), q.span.open_start) \
                and not late_cue and not any(p.source == k for p in quotes):
            q.attr, q.source, q.speaker_from, q.resolved, q.where = None, -1, -1, _NOBODY, "crowd"


def _quotes_of(article: dict, text_col: str) -> pd.DataFrame:
    """The quotes of one article row, with its doc_id first.

    >>> _quotes_of({"doc_id": "a", "text": '“Hi,” he said.'}, "text")[["doc_id", "quote"]].values.tolist()
    [['a', 'Hi,']]
    """
    q = extract_quotes(require_text(article[text_col], text_col))
    q.insert(0, "doc_id", article["doc_id"])
    return q


def _naming(err: Exception, doc_id: object) -> Exception:
    """The same kind of error with the article's doc_id in front of its message (RuntimeError if it cannot be
    rebuilt).

    >>> str(_naming(ValueError("bad"), "a1"))
    "article 'a1': bad"
    """
    msg = f"article {doc_id!r}: {err}"
    try:
        return type(err)(msg)
    except Exception:  # noqa: BLE001 - an exception type with another constructor
        return RuntimeError(f"{msg} ({type(err).__name__})")


def extract_corpus_quotes(articles: pd.DataFrame, text_col: str = "text", progress: bool | None = None,
                          failures: list[dict] | None = None) -> pd.DataFrame:
    """Run extract_quotes over a table of articles (doc_id + text) and stack the results.

    ``failures``: a list to which an article whose extraction raises is appended as a failure row
    (``analysis.pipeline.FAILURE_COLUMNS``, step ``quotes``) while the loop goes on; None re-raises the error
    with the article's doc_id in its message. ``progress``: a tqdm bar on standard error (None: only when a
    person runs it in a terminal).

    >>> extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": ['“Hi there,” he said.']}))["doc_id"].tolist()
    ['a']
    >>> fails = []; _ = extract_corpus_quotes(pd.DataFrame({"doc_id": ["a"], "text": [None]}), failures=fails)
    >>> [(f["doc_id"], f["step"], f["error"]) for f in fails]
    [('a', 'quotes', 'TypeError')]
    """
    from ...pipeline import per_article

    articles = require_frame(articles, "articles", ["doc_id", text_col])
    if failures is not None and not isinstance(failures, list):
        raise TypeError(f"failures must be a list (rows are appended to it) or None, got {type(failures).__name__}")
    if failures is None:
        parts = []
        for article in _progress(articles.to_dict("records"), enabled=progress, desc="quotes", unit="article"):
            try:
                parts.append(_quotes_of(article, text_col))
            except Exception as err:
                raise _naming(err, article["doc_id"]) from err
    else:
        parts, failed = per_article("quotes", lambda a: _quotes_of(a, text_col), articles, progress=progress)
        failures.extend(failed)
    if not parts:
        return _typed([]).assign(doc_id=pd.Series(dtype="str"))[["doc_id", *QUOTE_COLUMNS]]
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
