"""Helpers for the militia-attacks coverage notebooks.

Subpackages, one per analysis: ``text`` (load, validate and clean a corpus; segment it), ``reuse``
(source overlap between outlets), ``quotes`` (quotations, speakers, topics, tone, drift), ``events``
(time expressions, counts, places, incidents, merging, exports) and ``validate`` (scoring against
annotations). Shared modules: ``paths`` (project folders), ``pipeline`` (the cleaned corpus in one
call), ``plots`` (figure style, save figure + data), ``textdiff`` (word-level differences) and
``report`` (run the notebook collection).
"""

__version__ = "0.1.0"
