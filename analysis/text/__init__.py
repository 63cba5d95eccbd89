"""Reading a corpus folder and cleaning its articles: ``corpus`` (load, validate, rejects), ``clean``
(furniture, normalisation, audit), ``segment`` (paragraphs and sentences with offsets)."""
