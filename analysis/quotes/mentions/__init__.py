"""Speaker mentions: the noun phrase next to a reporting cue, kept only when it can speak or write.

A speaker mention is a person ("Sen. Marco Rubio"), a role ("a senior military official"), a body or
government ("the Pentagon", "Baghdad"), a document that speaks for its issuer ("the statement"), or a
pronoun. Verb phrases ("injuring eight soldiers"), adverbs ("however"), event nouns ("the incident"),
places after a preposition ("in Washington") and clause openers ("Despite Trump") are rejected.

The readers live in modules of their own: :mod:`.words` (the ``Mention`` record, the words a noun phrase may hold,
names classified and the walk back to a phrase's start), :mod:`.phrase` (``np_at_end``: the speaker noun phrase
ending at a point, and whether it opens a clause), :mod:`.parts` (the comma parts of a clause: appositives,
adverbials, intro phrases, subordinate and relative clauses), :mod:`.subjects` (``subject_before``: the subject of a
cue, past appositions, hometowns and roles) and :mod:`.objects` (``object_after``, ``named_apposition`` and
``loose_np``: the speaker after an inverted cue or filling a slot).
"""

from __future__ import annotations

from .words import (ED_ING_ADJECTIVES, MAX_NP_WORDS, Mention, QUANTIFIERS, subject_position,  # noqa: F401
                    trim_subject_end)
from .phrase import joined_body, np_at_end  # noqa: F401
from .subjects import TITLED_ROLE_WORDS, subject_before  # noqa: F401
from .objects import loose_np, named_apposition, object_after  # noqa: F401
