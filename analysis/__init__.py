"""Helpers for the militia-attacks coverage notebooks.

Modules: ``paths`` (project folders), ``corpus`` (load and validate a corpus folder),
``clean`` (boilerplate, normalisation, audit), ``segment`` (paragraphs and sentences),
``pipeline`` (the cleaned corpus in one call), ``plots`` (figure style, save figure + data),
and one module per analysis (``overlap``, ``quotes``, ``speakers``, ``topics``, ``tone``,
``timeline``, ``gazetteer``, ``export``).
"""

__version__ = "0.1.0"
