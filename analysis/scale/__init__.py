"""Beyond one process: the per-article steps and the reuse pipeline as partitions on a Dask cluster.

Every function takes ``workers`` (processes of a local cluster; default one per core),
``scheduler`` (address of a running Dask scheduler, e.g. ``tcp://host:8786``, used instead) or an
open ``client``, and ``out`` (folder of the partitioned Parquet tables; default a temporary
folder; with workers on other machines, a folder they all reach at the same path, as the corpus). They return the same tables as the in-process functions:

* :func:`cleaned_corpus` -- ``analysis.pipeline.cleaned_corpus`` (load, clean, segment; rejects, failures);
* :func:`quotes`, :func:`dates`, :func:`incidents` -- quotations, time expressions, incident mentions;
* :func:`find_reuse` -- ``analysis.reuse.find_reuse_detailed`` (candidates, alignment, relations).

``connect(workers, scheduler)`` opens one client to share between calls (``open_client`` for a notebook:
None when neither option is set, meaning the in-process path). A partition that fails is
retried; a run that still fails raises :class:`PartitionError` naming the partition. An article whose
step raises is a failure row (``cleaned_corpus(...).failures``; ``failures=[...]`` of the steps) or,
for a step given no ``failures`` list, an :class:`ArticleError` naming its doc_id.
"""

from .cluster import PartitionError, connect, open_client
from .corpus import cleaned_corpus
from .extract import ArticleError, dates, incidents, quotes
from .reuse import find_reuse

__all__ = ["connect", "open_client", "PartitionError", "ArticleError", "cleaned_corpus", "quotes", "dates", "incidents", "find_reuse"]
