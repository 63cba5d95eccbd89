"""Source overlap between outlets: ``overlap`` (pair measures, alignment, reuse relations)."""
