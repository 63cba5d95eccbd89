"""Scoring the helpers against annotations, kept apart from the extraction code."""
