"""Reading a corpus folder and cleaning its articles.

``corpus`` (preflight, load, validate: every file accounted for), ``manifest`` (read, draft, write),
``folder`` (the tree and where a path points), ``decoding`` (bytes to text, never garbled silently),
``markup`` (HTML5 to visible text), ``article`` (one file), ``language`` (offline detection),
``dates`` (publication dates and stamps), ``checks`` (argument checks, ``CorpusError``), ``clean``
(furniture, normalisation, audit), ``segment`` (paragraphs and sentences with offsets), ``apostrophes``
(marks typed for an apostrophe, read as one by the extractors).
"""
