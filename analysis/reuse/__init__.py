"""Source overlap between outlets: pair measures, passage alignment with offsets, reuse relations.

``from analysis.reuse import find_reuse, align, pair_similarity`` (or the one-namespace module
``analysis.reuse.overlap``); the corpus-scale version on a Dask cluster is ``analysis.scale.find_reuse``.
"""

from .alignment import align
from .corpus import find_reuse, find_reuse_detailed
from .measures import pair_similarity
from .shares import article_shares, substitutions

__all__ = ["align", "pair_similarity", "find_reuse", "find_reuse_detailed", "article_shares", "substitutions"]
