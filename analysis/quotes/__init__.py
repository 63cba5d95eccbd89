"""Quotations and their speakers.

Extraction, one step per module: ``marks`` (quotation marks and their pairing), ``cues`` (reporting cues and
attribution), ``mentions`` (speaker noun phrases), ``nonspeech`` (titles, names, scare quotes), ``resolve``
(pronouns, surnames, roles and documents inside one article), chained by ``extract``; ``lexicon`` reads the
reference tables. Across articles: ``speakers`` (one speaker per person or body, with a group from evidence).
Then ``topics``, ``tone`` and ``drift`` (the same quote reworded across outlets).
"""

from .extract import QUOTE_COLUMNS, extract_corpus_quotes, extract_quotes
from .speakers import GROUPS, resolve_speakers

__all__ = ["extract_quotes", "extract_corpus_quotes", "resolve_speakers", "QUOTE_COLUMNS", "GROUPS"]
