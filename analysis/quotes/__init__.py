"""Quotations and their speakers: ``extract`` (quotes and attribution), ``speakers`` (resolution and
groups across outlets), ``topics``, ``tone`` and ``drift`` (the same quote reworded across outlets)."""

from .extract import extract_corpus_quotes, extract_quotes

__all__ = ["extract_quotes", "extract_corpus_quotes"]
